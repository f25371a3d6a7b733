"""Build summary.xlsx: the only code that styles the workbook's cells.

Each sheet is an Excel table (filters, banded rows) under a frozen, styled
header row, with fitted column widths, wrapped text, real date cells,
verdict cells coloured by code, and a landscape print setup that fits the
width and repeats the header row on every page.

The workbook is written with openpyxl in write-only mode: each row goes to
the file as it is appended, so memory does not grow with the number of rows.
Every format a cell can have is a named style, registered once (``Palette``);
each cell is made with its style's array of format ids (``NamedStyle.as_tuple``),
which is what assigning the style's name gives, without openpyxl looking the
name up among all the named styles for every cell.
Links to the source files are real hyperlinks; a sheet that would need more
than Excel's limit of 65,530 gets HYPERLINK() formulas instead.  Row heights
are estimated from the text length and the column width.

Longer than 500 lines on purpose: it is the only code that styles openpyxl sheets (style.md), one
sheet builder per sheet; splitting it would spread one palette and one set of column rules.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import zip_longest

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.consolidate import STATUSES, status_totals
from pipeline.messages import (
    label,
    location_label,
    method_label,
    note_message,
    problem_label,
    short_verdict_label,
    status_label,
    verdict_label,
)
from pipeline.records import VERDICTS
from pipeline.safe_text import xml_text

#: Cell fill per verdict code (Excel's good / neutral / bad palette, grey for unknown).
VERDICT_FILLS = {
    "supported": "C6EFCE",
    "needs_corrections": "FFEB9C",
    "not_supported": "FFC7CE",
    "unknown": "D9D9D9",
}
VERDICT_FONTS = {
    "supported": "006100",
    "needs_corrections": "7F6000",
    "not_supported": "9C0006",
    "unknown": "404040",
}
STATUS_FILLS = {"done": "C6EFCE", "in_progress": "FFEB9C", "not_started": "F2F2F2"}
FONT = "Calibri"
HEADER_FILL = "1F4E78"
HEADER_FONT = "FFFFFF"
LINK_FONT = "0563C1"
MAX_CELL = 32_000  # Excel's limit is 32,767 characters
MAX_WIDTH = 60
DATE_FORMATS = {"lv": "dd.mm.yyyy", "en": "yyyy-mm-dd"}
DATETIME_FORMATS = {"lv": "dd.mm.yyyy hh:mm", "en": "yyyy-mm-dd hh:mm"}
#: Excel keeps at most this many hyperlinks on a worksheet.
MAX_LINKS = 65_530
#: HYPERLINK() takes at most 255 characters per argument.
MAX_FORMULA_TEXT = 255

_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
#: Characters XML 1.0 does not allow (control characters, surrogates, U+FFFE/U+FFFF).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class WorkbookData:
    """Everything the workbook shows, already consolidated."""

    status: pd.DataFrame
    reviews: pd.DataFrame
    recommendations: pd.DataFrame
    sectors: pd.DataFrame
    problems: pd.DataFrame  # file, code, message, detail
    about: list[tuple[str, object]] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # what changed since the previous run
    created: dt.datetime | None = None


@dataclass(frozen=True)
class Column:
    """One column of a sheet: heading, the column's values from the sheet's frame, and how to show them."""

    heading: str
    values: Callable[[pd.DataFrame], Sequence]
    kind: str = "text"  # text, wrap, date, number, verdict, status, link, center, about
    width: int | None = None
    header: str | None = None  # a verdict or status code: the heading takes its colours


# --- cell values -------------------------------------------------------------


def cell_value(value: object) -> object:
    """Return ``value`` as a cell can hold it: text without control characters and within Excel's
    length limit, numbers and dates as they are, nothing for None or NaN, anything else as text."""
    if isinstance(value, str):
        value = xml_text(value)  # control characters shown as escapes, never dropped silently
        return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, bool | int | float | dt.date):
        return value
    return cell_value(str(value))


def to_date(text: object) -> dt.date | None:
    """Return the ``YYYY-MM-DD`` string as a date, or None."""
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


#: Characters a wrapped line loses on average to the word moved to the next line.
_WRAP_LOSS = 4


def wrapped_lines(text: str, width: float) -> int:
    """Return about how many lines ``text`` takes when wrapped in a column ``width`` characters wide.

    An estimate from the length (no word wrapping is simulated): each line is
    taken to lose a few characters to the word that did not fit.
    """
    per_line = max(1.0, int(width) - 1 - _WRAP_LOSS)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


def row_height(lines: int) -> int:
    """Return a row height (points) that shows ``lines`` lines of text.

    Excel and LibreOffice do not always fit row heights on opening, so the
    heights are written, estimated from the text length and the column width.
    """
    return min(409, 15 * lines + 1)


def _longest_line(value: object) -> int:
    if isinstance(value, dt.date):
        return 10
    text = str(value if value is not None else "")
    return max(map(len, text.split("\n")))


# --- styles --------------------------------------------------------------------


@dataclass(frozen=True)
class Palette:
    """The cell styles every cell of the workbook uses, registered in the workbook."""

    header: NamedStyle
    text: NamedStyle
    wrap: NamedStyle
    center: NamedStyle
    date: NamedStyle
    number: NamedStyle
    link: NamedStyle
    about: NamedStyle
    about_datetime: NamedStyle
    verdict: dict[str, NamedStyle]
    status: dict[str, NamedStyle]
    header_coded: dict[str, NamedStyle]  # a verdict's or status's colours, by code
    total_label: NamedStyle
    total: NamedStyle
    headline: NamedStyle
    legend_title: NamedStyle
    legend: NamedStyle
    legend_verdict: dict[str, NamedStyle]
    legend_status: dict[str, NamedStyle]

    @classmethod
    def register(cls, wb: Workbook, lang: str) -> Palette:
        """Register every cell style the sheets use in ``wb``; return them."""

        def style(name: str, *, bold: bool = False, size: float | None = None, color: str | None = None, underline: str | None = None,
                  fill: str | None = None, border: bool = True, wrap: bool = False, horizontal: str | None = None,
                  vertical: str | None = "top", number_format: str = "General", aligned: bool = True) -> NamedStyle:
            named = NamedStyle(
                name=f"reviews {name}",
                font=Font(name=FONT, bold=bold, size=size, color=color, underline=underline),
                fill=PatternFill("solid", fgColor=fill) if fill else PatternFill(),
                border=_BORDER if border else Border(),
                alignment=Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap) if aligned
                else Alignment(),
                number_format=number_format,
            )
            wb.add_named_style(named)
            return named

        header = {"bold": True, "border": False, "wrap": True, "vertical": "center"}
        return cls(
            header=style("header", color=HEADER_FONT, fill=HEADER_FILL, **header),
            text=style("text"),
            wrap=style("wrapped", wrap=True),
            center=style("centred", horizontal="center"),
            date=style("date", horizontal="center", number_format=DATE_FORMATS[lang]),
            number=style("number", number_format="0.00"),
            link=style("link", color=LINK_FONT, underline="single"),
            about=style("about", horizontal="left", wrap=True),
            about_datetime=style("about time", horizontal="left", wrap=True, number_format=DATETIME_FORMATS[lang]),
            verdict={**{c: style(c, fill=VERDICT_FILLS[c], color=VERDICT_FONTS[c]) for c in VERDICT_FILLS},
                     "": style("other verdict", fill="FFFFFF", color="000000")},
            status={**{c: style(c, fill=STATUS_FILLS[c]) for c in STATUS_FILLS},
                    "": style("other status", fill="FFFFFF")},
            header_coded={**{c: style(f"header {c}", color=VERDICT_FONTS[c], fill=VERDICT_FILLS[c], **header)
                             for c in VERDICT_FILLS},
                          **{c: style(f"header {c}", fill=STATUS_FILLS[c], **header) for c in STATUS_FILLS}},
            total_label=style("total label", bold=True),
            total=style("total", bold=True, horizontal="center"),
            headline=style("headline", bold=True, size=13, border=False, aligned=False),
            legend_title=style("legend title", bold=True, border=False, aligned=False),
            legend=style("legend", border=False, aligned=False),
            legend_verdict={c: style(f"legend {c}", fill=VERDICT_FILLS[c], color=VERDICT_FONTS[c], border=False,
                                     aligned=False) for c in VERDICT_FILLS},
            legend_status={c: style(f"legend {c}", fill=STATUS_FILLS[c], border=False, aligned=False)
                           for c in STATUS_FILLS},
        )


# --- sheets ------------------------------------------------------------------


@dataclass
class Sheet:
    """One sheet: its table of rows, how its columns show, and cells below the table."""

    title: str
    table: str
    columns: list[Column]
    frame: pd.DataFrame
    link: Callable[[str], str | None] | None = None
    below: list[tuple[int, int, object, NamedStyle]] = field(default_factory=list)  # (row, column, value, style)
    #: Further tables below this one, an empty row apart, each under its own header row.
    after: list[Sheet] = field(default_factory=list)

    def last_row(self) -> int:
        """Return the last row of this table and the tables after it."""
        row = len(self.frame) + 1
        for table in self.after:
            row += 2 + len(table.frame)
        return row

    def column_values(self) -> list[list]:
        """Return the values of each column, in order."""
        return [list(col.values(self.frame)) if len(self.frame) else [] for col in self.columns]

    def widths(self, values: list[list]) -> list[float]:
        """Return each column's width: the one it asks for, or fitted to its longest line."""
        widths = []
        for col, column_values in zip(self.columns, values, strict=True):
            if col.width:
                width = col.width
            else:
                longest = max(map(_longest_line, set(column_values)), default=0)
                width = min(MAX_WIDTH, max(longest, len(col.heading)) + 2)
            widths.append(max(8, width))
        return widths


def print_setup(ws: Worksheet, title: str = "", lang: str = "lv") -> None:
    """Set landscape A4, fit to page width, repeat the header row on every page; a header with the
    workbook's and the sheet's title and a footer with page numbers on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.oddHeader.left.text = label("about_title", lang).replace("&", "&&")
    ws.oddHeader.right.text = title.replace("&", "&&")
    ws.oddFooter.center.text = label("page_footer", lang)


def _frame_values(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist()


def frame_column(heading: str, name: str, kind: str = "text", width: int | None = None,
                 header: str | None = None) -> Column:
    """Return a column that shows the frame's column ``name`` as it is."""
    return Column(heading, functools.partial(_frame_values, name=name), kind, width, header)


def _worded(frame: pd.DataFrame, name: str, word: Callable[[str, str], str], lang: str) -> list:
    """Return the frame's column ``name`` with each value worded by ``word(value, lang)``."""
    return [word(v, lang) if isinstance(v, str) else v for v in _frame_values(frame, name)]


def _or(frame: pd.DataFrame, name: str, default: str) -> list:
    return [v if v else default for v in frame[name].tolist()]


def _expert_or_source(frame: pd.DataFrame, lang: str) -> list:
    """Return the expert of each row; a progress report's row says it comes from a report."""
    if "source" not in frame:
        return frame["expert"].tolist()
    mark = label("from_report", lang)
    return [f"{e} {mark}".strip() if s == "report" else e
            for e, s in zip(frame["expert"].tolist(), frame["source"].tolist(), strict=True)]


def _documents(frame: pd.DataFrame, lang: str) -> list[str]:
    """Return which document each recommendation is about: MIP, PKE, or both ("abi") when it names
    both or neither."""
    both = label("doc_both", lang)
    return [d if d in ("MIP", "PKE") else both for d in frame["document"].tolist()]


def _yes_no(values, lang: str) -> list[str]:
    yes, no = label("yes", lang), label("no", lang)
    return [yes if v else no for v in values]


def summary_sheet(status: pd.DataFrame, lang: str, palette: Palette) -> Sheet:
    """Return one row per qualification grouped by sector, with a colour legend below it."""
    columns = [
        Column(label("col_sector", lang), lambda f: _or(f, "sector", label("no_sector", lang)), "wrap", 22),
        frame_column(label("col_qualification", lang), "qualification", "wrap", 40),
        Column(label("col_lki", lang), lambda f: [int(x) if str(x).isdigit() else "" for x in f["lki_level"]],
               "center", 9),
        frame_column(label("col_mip", lang), "mip", "verdict", 17),
        frame_column(label("col_pke", lang), "pke", "verdict", 17),
        frame_column(label("col_status", lang), "status", "status", 13),
        Column(label("col_experts", lang), lambda f: ["\n".join(x) for x in f["experts"]], "wrap", 24),
        frame_column(label("col_last_date", lang), "last_date", "date", 14),
        Column(label("col_notes", lang),
               lambda f: ["\n".join(note_message(c, p, lang) for c, p in notes) for notes in f["notes"]], "wrap", 50),
    ]
    return Sheet(label("sheet_summary", lang), "Summary", columns, status,
                 below=legend(len(status) + 3, lang, palette))


def overview_sheet(sectors: pd.DataFrame, lang: str, palette: Palette) -> Sheet:
    """Return how many qualifications are done, in progress and not started per sector, the total of
    all sectors right below, then one sentence saying the same and the status legend."""
    columns = [Column(label("col_sector", lang), lambda f: _or(f, "sector", label("no_sector", lang)), "wrap", 30)]
    for code in STATUSES:
        columns.append(Column(status_label(code, lang), lambda f, c=code: _frame_values(f, c), "center", 14,
                              header=code))
    columns.append(frame_column(label("col_total", lang), "total", "center", 10))
    totals = status_totals(sectors)
    row = len(sectors) + 2
    below = [(row, 1, label("all_sectors", lang), palette.total_label)]
    below += [(row, c, totals[code], palette.total) for c, code in enumerate([*STATUSES, "total"], start=2)]
    below.append((row + 2, 1, label("overview_headline", lang).format(**totals), palette.headline))
    below += legend(row + 4, lang, palette, verdicts=False)
    return Sheet(label("sheet_overview", lang), "Overview", columns, sectors, below=below)


def legend(row: int, lang: str, palette: Palette, verdicts: bool = True) -> list[tuple[int, int, object, NamedStyle]]:
    """Return the cells of the colour legend of verdicts (unless not ``verdicts``) and statuses, from ``row``
    down in columns B and C."""
    cells = [(row, 2, label("legend", lang), palette.legend_title)]
    for code in VERDICTS if verdicts else ():
        row += 1
        cells.append((row, 2, short_verdict_label(code, lang), palette.legend_verdict[code]))
        cells.append((row, 3, verdict_label(code, lang), palette.legend))
    for code in STATUSES:
        row += 1
        cells.append((row, 2, status_label(code, lang), palette.legend_status[code]))
        cells.append((row, 3, label(f"status_{code}_means", lang), palette.legend))
    return cells


def reviews_sheet(reviews: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> Sheet:
    """Return every verdict row with its evidence and a link that opens the source file."""
    columns = [
        frame_column(label("col_file", lang), "file", "link"),
        frame_column(label("col_qualification", lang), "qualification", "wrap", 30),
        frame_column(label("col_document", lang), "document", "center", 11),
        frame_column(label("col_verdict", lang), "verdict", "verdict", 17),
        Column(label("col_expert", lang), lambda f: _expert_or_source(f, lang), "wrap", 20),
        frame_column(label("col_date", lang), "date", "date", 12),
        frame_column(label("col_evidence", lang), "evidence", "wrap", 60),
        Column(label("col_location", lang), lambda f: _worded(f, "location", location_label, lang), "wrap", 18),
        Column(label("col_method", lang), lambda f: _worded(f, "method", method_label, lang), "center", 12),
        Column(label("col_confidence", lang),
               lambda f: pd.to_numeric(f["confidence"], errors="coerce").fillna(0.0).astype(float).round(2).tolist(),
               "number", 10),
        Column(label("col_current", lang),
               lambda f: _yes_no(f["current"] if "current" in f else [True] * len(f), lang), "center", 8),
        Column(label("col_in_register", lang), lambda f: _yes_no(f["in_register"], lang), "center", 10),
    ]
    return Sheet(label("sheet_reviews", lang), "Reviews", columns, reviews, link)


def recommendations_sheet(recommendations: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> Sheet:
    """Return the experts' recommendations per qualification, document and expert."""
    columns = [
        frame_column(label("col_qualification", lang), "qualification", "wrap", 30),
        Column(label("col_document", lang), lambda f: _documents(f, lang), "center", 11),
        frame_column(label("col_expert", lang), "expert", "wrap", 20),
        frame_column(label("col_recommendation", lang), "text", "wrap", 70),
        frame_column(label("col_file", lang), "file", "link"),
        Column(label("col_location", lang), lambda f: _worded(f, "location", location_label, lang), "wrap", 16),
    ]
    return Sheet(label("sheet_recommendations", lang), "Recommendations", columns, recommendations, link)


def _documents_total(frame: pd.DataFrame) -> list[int]:
    return frame[list(VERDICTS)].sum(axis=1).astype(int).tolist()


def sectors_sheet(sectors: pd.DataFrame, lang: str) -> Sheet:
    """Return two tables per sector, each under its own header: documents by verdict, then qualifications
    by status (the chart is added with the sheet)."""
    sector = Column(label("col_sector", lang), lambda f: _or(f, "sector", label("no_sector", lang)), "wrap", 28)
    documents = [sector]
    for code in VERDICTS:
        documents.append(Column(short_verdict_label(code, lang), lambda f, c=code: _frame_values(f, c), "center",
                                14, header=code))
    documents.append(Column(label("col_documents_total", lang), _documents_total, "center", 12))
    qualifications = [sector]
    for code in STATUSES:
        qualifications.append(Column(status_label(code, lang), lambda f, c=code: _frame_values(f, c), "center", 14,
                                     header=code))
    qualifications.append(frame_column(label("col_qualifications_total", lang), "total", "center", 14))
    statuses = Sheet(label("sheet_sectors", lang), "SectorStatuses", qualifications, sectors)
    return Sheet(label("sheet_sectors", lang), "Sectors", documents, sectors, after=[statuses])


def sectors_chart(ws: Worksheet, sectors: pd.DataFrame, lang: str) -> None:
    """Add the stacked bar chart of document verdicts per sector below the sectors table."""
    if not len(sectors):
        return
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = label("chart_title", lang)
    chart.y_axis.title = label("chart_y", lang)
    chart.y_axis.majorGridlines = None
    highest = int(sectors[list(VERDICTS)].sum(axis=1).max() or 1)
    chart.y_axis.majorUnit = max(1, math.ceil(highest / 8))
    chart.y_axis.numFmt = "0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    rows = len(sectors)
    data = Reference(ws, min_col=2, max_col=1 + len(VERDICTS), min_row=1, max_row=rows + 1)
    cats = Reference(ws, min_col=1, min_row=2, max_row=rows + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    for series, code in zip(chart.series, VERDICTS, strict=True):
        series.graphicalProperties.solidFill = VERDICT_FILLS[code]
        series.graphicalProperties.line.solidFill = VERDICT_FONTS[code]
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"A{2 * rows + 6}")  # below both tables


def problems_sheet(problems: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> Sheet:
    """Return every problem with the message saying what to do."""
    columns = [
        frame_column(label("col_file", lang), "file", "link"),
        Column(label("col_code", lang), lambda f: _worded(f, "code", problem_label, lang), "wrap", 22),
        frame_column(label("col_message", lang), "message", "wrap", 70),
        frame_column(label("col_detail", lang), "detail", "wrap", 36),
    ]
    return Sheet(label("sheet_problems", lang), "Problems", columns, problems, link)


def about_sheet(about: list[tuple[str, object]], changes: list[str], lang: str) -> Sheet:
    """Return when and how the workbook was made, its counts and what changed since the previous run."""
    records = [{"item": k, "value": v} for k, v in about]
    records += [{"item": label("about_changes", lang) if i == 0 else "", "value": line}
                for i, line in enumerate(changes)]
    columns = [
        frame_column(label("col_item", lang), "item", "wrap", 34),
        frame_column(label("col_value", lang), "value", "about", 90),
    ]
    return Sheet(label("sheet_about", lang), "About", columns, pd.DataFrame(records, columns=["item", "value"]))


# --- the workbook ------------------------------------------------------------


def build_workbook(data: WorkbookData, lang: str, link: Callable[[str], str | None]) -> Workbook:
    """Return the summary workbook for ``data`` in ``lang`` (Latvian sheet names by default); ``.save(path)`` it.

    The workbook is in write-only mode: its rows are already written out, and it can be saved once.
    """
    wb = Workbook(write_only=True)
    palette = Palette.register(wb, lang)
    sheets = [
        overview_sheet(data.sectors, lang, palette),
        summary_sheet(data.status, lang, palette),
        reviews_sheet(data.reviews, lang, link),
        recommendations_sheet(data.recommendations, lang, link),
        sectors_sheet(data.sectors, lang),
        problems_sheet(data.problems, lang, link),
        about_sheet(data.about, data.changes, lang),
    ]
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title)
        if sheet.table == "Sectors":
            sectors_chart(ws, data.sectors, lang)
        SheetWriter(ws, sheet, palette, lang).write()
    if data.created is not None:
        wb.properties.created = data.created
        wb.properties.modified = data.created
    wb.properties.creator = "reviews"
    wb.properties.lastModifiedBy = "reviews"
    wb.properties.title = label("about_title", lang)
    return wb


class SheetWriter:
    """Write one ``Sheet`` into a write-only worksheet: its frame, tables and print setup, then its rows."""

    def __init__(self, ws, sheet: Sheet, palette: Palette, lang: str) -> None:
        self.ws, self.sheet, self.palette, self.lang = ws, sheet, palette, lang
        self.tables = [sheet, *sheet.after]
        self.table_values = [table.column_values() for table in self.tables]
        self.values = self.table_values[0]
        self.widths = [max(w) for w in zip_longest(*(t.widths(v) for t, v in zip(self.tables, self.table_values,
                                                                                     strict=True)), fillvalue=0)]
        self.targets = self._link_targets()
        links = sum(1 for c, col in enumerate(sheet.columns) if col.kind == "link"
                    for value in self.values[c] if self.targets.get(value))
        self.link_formulas = links > MAX_LINKS

    def _link_targets(self) -> dict[str, str]:
        """Return the link target of every file named in a link column."""
        if self.sheet.link is None:
            return {}
        files = {v for c, col in enumerate(self.sheet.columns) if col.kind == "link"
                 for v in self.values[c] if v and isinstance(v, str)}
        targets = {f: self.sheet.link(f) for f in files}
        return {f: _ILLEGAL.sub("", t) for f, t in targets.items() if t}

    def write(self) -> None:
        """Write the sheet: column widths, frozen header, Excel tables, print setup, then every row."""
        ws = self.ws
        for c, width in enumerate(self.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A2"
        first_rows, row = [], 1
        for table in self.tables:
            first_rows.append(row)
            self.add_table(table, row)
            row += len(table.frame) + 2
        print_setup(ws, self.sheet.title, self.lang)
        for table, values, first in zip(self.tables, self.table_values, first_rows, strict=True):
            if first > 1:
                ws.append([])
            self.write_rows(table, values, first)
        self.write_below()

    def add_table(self, table: Sheet, first: int) -> None:
        """Add ``table`` as an Excel table whose header row is ``first`` (none without data rows)."""
        if not len(table.frame):  # an Excel table without data rows makes Excel offer a repair
            return
        ref = f"A{first}:{get_column_letter(len(table.columns))}{first + len(table.frame)}"
        names = [str(cell_value(col.heading)) for col in table.columns]
        excel = Table(
            displayName=table.table, ref=ref, autoFilter=AutoFilter(ref=ref),
            tableColumns=[TableColumn(id=i, name=name) for i, name in enumerate(names, start=1)],
        )
        excel.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():  # it asks for the columns to be given, as they are above
            warnings.filterwarnings("ignore", "In write-only mode you must add table columns manually")
            self.ws.add_table(excel)

    def write_rows(self, table: Sheet, values: list[list], first: int) -> None:
        """Write ``table``'s header row (row ``first``) and its data rows."""
        ws, palette = self.ws, self.palette
        header_lines = max(wrapped_lines(col.heading, width) for col, width in zip(table.columns, self.widths[:len(table.columns)], strict=True))
        ws.row_dimensions[first].height = row_height(header_lines)
        ws.append([self.cell(col.heading, palette.header_coded[col.header] if col.header else palette.header)
                   for col in table.columns])
        heights = self.row_heights(table, values)
        makers = [self.cell_maker(col.kind) for col in table.columns]
        for i, row in enumerate(zip(*values, strict=True)):
            ws.row_dimensions[first + 1 + i].height = heights[i]
            ws.append([make(value) for make, value in zip(makers, row, strict=True)])

    def row_heights(self, table: Sheet, values: list[list]) -> list[int]:
        """Return each data row's height: enough for the most lines any of its wrapped cells takes."""
        lines = [1] * len(table.frame)
        for col, width, column_values in zip(table.columns, self.widths[:len(table.columns)], values, strict=True):
            if col.kind in ("wrap", "about"):
                texts = [_text(v) for v in column_values]
                counted = {t: wrapped_lines(t, width * 1.15) for t in set(texts)}  # repeated texts counted once
                lines = [max(n, counted[t]) for n, t in zip(lines, texts, strict=True)]
        return [row_height(n) for n in lines]

    def write_below(self) -> None:
        """Write the cells below the table (the legend), leaving empty rows where there are none."""
        row = self.sheet.last_row()
        for r in sorted({r for r, _c, _v, _s in self.sheet.below}):
            while row < r - 1:
                self.ws.append([])
                row += 1
            cells = {c: (v, s) for rr, c, v, s in self.sheet.below if rr == r}
            self.ws.append([self.cell(*cells[c]) if c in cells else None for c in range(1, max(cells) + 1)])
            row = r

    def cell(self, value: object, style: NamedStyle) -> Cell:
        """Return a cell holding ``value`` (text stays text, even when it starts with '=') in ``style``."""
        cell = Cell(self.ws, row=1, column=1, value=cell_value(value), style_array=style.as_tuple())
        if isinstance(cell.value, str) and cell.data_type != "s":  # not a formula, not an error code
            cell.data_type = "s"
        return cell

    def cell_maker(self, kind: str) -> Callable[[object], Cell]:
        """Return the function that makes the cell showing a value in a column of ``kind``.

        It is chosen once per column, not per cell; a coded or date column has few
        distinct values, and each is worded and styled once.
        """
        palette = self.palette
        if kind == "link":
            return self.link_cell
        if kind in ("verdict", "status", "date"):
            shown = functools.cache(functools.partial(self.shown, kind))
            return lambda value: self.cell(*shown(value))
        if kind == "about":
            return lambda value: self.cell(value, palette.about_datetime if isinstance(value, dt.date)
                                           else palette.about)
        style = {"wrap": palette.wrap, "center": palette.center, "number": palette.number}.get(kind, palette.text)
        return functools.partial(self.cell, style=style)

    def shown(self, kind: str, value: object) -> tuple[object, NamedStyle]:
        """Return what a verdict, status or date cell shows for ``value``, and in which style."""
        palette = self.palette
        if kind == "date":
            day = to_date(value)
            return (day, palette.date) if day else (None, palette.text)
        code = str(value or "")
        if not code:
            return "—", palette.center
        if kind == "verdict":
            return short_verdict_label(code, self.lang), palette.verdict.get(code, palette.verdict[""])
        return status_label(code, self.lang), palette.status.get(code, palette.status[""])

    def link_cell(self, value: object) -> Cell:
        """Return a cell naming a file, linked to it: a hyperlink, or a HYPERLINK() formula past Excel's limit."""
        target = self.targets.get(value) if isinstance(value, str) else None
        if not target:
            return self.cell(value, self.palette.text)
        if not self.link_formulas:
            cell = self.cell(value, self.palette.link)
            cell.hyperlink = target
            return cell
        text = str(cell_value(value))
        if len(target) > MAX_FORMULA_TEXT or len(text) > MAX_FORMULA_TEXT:
            return self.cell(value, self.palette.text)
        quoted = (s.replace('"', '""') for s in (target, text))
        return Cell(self.ws, row=1, column=1, value='=HYPERLINK("{}","{}")'.format(*quoted),
                    style_array=self.palette.link.as_tuple())


def _text(value: object) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)
