"""Build summary.xlsx: the only code that styles openpyxl sheets.

Each sheet is an Excel table (filters, banded rows) under a frozen, styled
header row, with fitted column widths, wrapped text, real date cells,
verdict cells coloured by code, and a landscape print setup that fits the
width and repeats the header row on every page.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.consolidate import STATUSES
from pipeline.messages import label, note_message, short_verdict_label, status_label, verdict_label
from pipeline.records import VERDICTS

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

_THIN = Side(style="thin", color="BFBFBF")


@dataclass
class WorkbookData:
    """Everything the workbook shows, already consolidated."""

    status: pd.DataFrame
    reviews: pd.DataFrame
    recommendations: pd.DataFrame
    sectors: pd.DataFrame
    problems: pd.DataFrame  # file, code, message, detail
    about: list[tuple[str, object]] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)
    created: dt.datetime | None = None


@dataclass(frozen=True)
class Column:
    """One column of a sheet: heading, value getter and how to show it."""

    heading: str
    value: Callable[[dict], object]
    kind: str = "text"  # text, wrap, date, number, verdict, status, link, center
    width: int | None = None


# --- cell values -------------------------------------------------------------


def clean(value: object) -> object:
    """Return ``value`` safe for a cell: no control characters, within Excel's length limit."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    return value


def to_date(text: object) -> dt.date | None:
    """Return the ``YYYY-MM-DD`` string as a date, or None."""
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def set_value(cell, value: object) -> None:
    """Put ``value`` in ``cell`` as data: text that starts with '=' stays text, never a formula."""
    value = clean(value)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


# --- sheets ------------------------------------------------------------------


def write_table(
    ws: Worksheet,
    columns: Sequence[Column],
    records: list[dict],
    name: str,
    lang: str,
    link: Callable[[str], str | None] | None = None,
) -> None:
    """Write ``records`` under a header row as an Excel table named ``name``, formatted."""
    for c, col in enumerate(columns, start=1):
        cell = ws.cell(row=1, column=c, value=col.heading)
        cell.font = Font(name=FONT, bold=True, color=HEADER_FONT)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for r, rec in enumerate(records, start=2):
        for c, col in enumerate(columns, start=1):
            style_cell(ws.cell(row=r, column=c), col.kind, col.value(rec), lang, link)
    widths = []
    for c, col in enumerate(columns, start=1):
        longest = max((_longest_line(ws.cell(row=r, column=c).value) for r in range(2, len(records) + 2)),
                      default=0)
        width = max(8, col.width or min(MAX_WIDTH, max(longest, len(col.heading)) + 2))
        widths.append(width)
        ws.column_dimensions[get_column_letter(c)].width = width
    for r in range(1, len(records) + 2):
        ws.row_dimensions[r].height = row_height(ws, r, widths)
    ws.freeze_panes = "A2"
    if records:  # an Excel table without data rows makes Excel offer a repair
        last = f"{get_column_letter(len(columns))}{len(records) + 1}"
        table = Table(displayName=name, ref=f"A1:{last}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(table)
    print_setup(ws)


def _longest_line(value: object) -> int:
    if isinstance(value, dt.date):
        return 10
    return max((len(x) for x in str(value if value is not None else "").split("\n")), default=0)


def wrapped_lines(text: str, width: float) -> int:
    """Return how many lines ``text`` takes when word-wrapped in a column ``width`` characters wide."""
    per_line = max(1, int(width) - 1)
    return sum(len(textwrap.wrap(part, per_line, break_long_words=True)) or 1 for part in text.split("\n"))


def row_height(ws: Worksheet, row: int, widths: list[float]) -> float:
    """Return a row height (points) that shows every wrapped line of the row's cells.

    Excel and LibreOffice do not always fit row heights on opening, so the
    heights are estimated from the text length and the column width.
    """
    lines = 1
    for c, width in enumerate(widths, start=1):
        cell = ws.cell(row=row, column=c)
        if not (cell.alignment and cell.alignment.wrap_text) or cell.value is None:
            continue
        bold = bool(cell.font and cell.font.b)
        lines = max(lines, wrapped_lines(str(cell.value), width * (1.0 if bold else 1.15)))
    return min(409, 15 * lines + 1)


def style_cell(cell, kind: str, raw: object, lang: str, link: Callable[[str], str | None] | None) -> None:
    """Fill ``cell`` with ``raw`` shown as ``kind`` (verdict colours, dates, links, wrapping)."""
    cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
    cell.font = Font(name=FONT)
    cell.alignment = Alignment(vertical="top", wrap_text=kind == "wrap")
    if kind in ("verdict", "status"):
        code = str(raw or "")
        if not code:
            set_value(cell, "—")
            cell.alignment = Alignment(vertical="top", horizontal="center")
            return
        fills = VERDICT_FILLS if kind == "verdict" else STATUS_FILLS
        text = short_verdict_label(code, lang) if kind == "verdict" else status_label(code, lang)
        set_value(cell, text)
        cell.fill = PatternFill("solid", fgColor=fills.get(code, "FFFFFF"))
        if kind == "verdict":
            cell.font = Font(name=FONT, color=VERDICT_FONTS.get(code, "000000"))
        return
    if kind == "date":
        value = to_date(raw)
        cell.value = value
        if value is not None:
            cell.number_format = DATE_FORMATS[lang]
            cell.alignment = Alignment(vertical="top", horizontal="center")
        return
    if kind == "number":
        cell.value = raw
        cell.number_format = "0.00"
        return
    if kind == "center":
        set_value(cell, raw)
        cell.alignment = Alignment(vertical="top", horizontal="center")
        return
    set_value(cell, raw)
    if kind == "link" and link is not None and raw:
        target = link(str(raw))
        if target:
            cell.hyperlink = target
            cell.font = Font(name=FONT, color=LINK_FONT, underline="single")


def print_setup(ws: Worksheet) -> None:
    """Set landscape A4, fit to page width, repeat the header row on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


def _notes(rec: dict, lang: str) -> str:
    return "\n".join(note_message(code, params, lang) for code, params in rec["notes"])


def summary_sheet(ws: Worksheet, status: pd.DataFrame, lang: str) -> None:
    """Write one row per qualification grouped by sector, with a colour legend beside it."""
    columns = [
        Column(label("col_sector", lang), lambda r: r["sector"] or label("no_sector", lang), "wrap", 22),
        Column(label("col_qualification", lang), lambda r: r["qualification"], "wrap", 40),
        Column(label("col_lki", lang), lambda r: int(r["lki_level"]) if str(r["lki_level"]).isdigit() else "",
               "center", 9),
        Column(label("col_mip", lang), lambda r: r["mip"], "verdict", 17),
        Column(label("col_pke", lang), lambda r: r["pke"], "verdict", 17),
        Column(label("col_status", lang), lambda r: r["status"], "status", 13),
        Column(label("col_experts", lang), lambda r: "\n".join(r["experts"]), "wrap", 24),
        Column(label("col_last_date", lang), lambda r: r["last_date"], "date", 14),
        Column(label("col_notes", lang), lambda r: _notes(r, lang), "wrap", 50),
    ]
    records = status.to_dict("records")
    write_table(ws, columns, records, "Summary", lang)
    legend(ws, len(records) + 3, lang)


def legend(ws: Worksheet, row: int, lang: str) -> None:
    """Write the colour legend of verdicts and statuses below the table, from ``row``."""
    ws.cell(row=row, column=2, value=label("legend", lang)).font = Font(name=FONT, bold=True)
    for code in VERDICTS:
        row += 1
        cell = ws.cell(row=row, column=2, value=short_verdict_label(code, lang))
        cell.fill = PatternFill("solid", fgColor=VERDICT_FILLS[code])
        cell.font = Font(name=FONT, color=VERDICT_FONTS[code])
        ws.cell(row=row, column=3, value=verdict_label(code, lang)).font = Font(name=FONT)
    for code in STATUSES:
        row += 1
        cell = ws.cell(row=row, column=2, value=status_label(code, lang))
        cell.fill = PatternFill("solid", fgColor=STATUS_FILLS[code])
        cell.font = Font(name=FONT)


def reviews_sheet(ws: Worksheet, reviews: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> None:
    """Write every verdict row with its evidence and a link that opens the source file."""
    yes, no = label("yes", lang), label("no", lang)
    columns = [
        Column(label("col_file", lang), lambda r: r["file"], "link"),
        Column(label("col_qualification", lang), lambda r: r["qualification"], "wrap", 30),
        Column(label("col_document", lang), lambda r: r["document"], "center", 11),
        Column(label("col_verdict", lang), lambda r: r["verdict"], "verdict", 17),
        Column(label("col_expert", lang), lambda r: r["expert"], "wrap", 20),
        Column(label("col_date", lang), lambda r: r["date"], "date", 12),
        Column(label("col_evidence", lang), lambda r: r["evidence"], "wrap", 60),
        Column(label("col_location", lang), lambda r: r["location"], "wrap", 18),
        Column(label("col_method", lang), lambda r: r["method"], "center", 10),
        Column(label("col_confidence", lang), lambda r: round(float(r["confidence"] or 0), 2), "number", 10),
        Column(label("col_current", lang), lambda r: yes if r.get("current", True) else no, "center", 8),
        Column(label("col_in_register", lang), lambda r: yes if r["in_register"] else no, "center", 10),
    ]
    write_table(ws, columns, reviews.to_dict("records"), "Reviews", lang, link)


def recommendations_sheet(
    ws: Worksheet, recommendations: pd.DataFrame, lang: str, link: Callable[[str], str | None]
) -> None:
    """Write the experts' recommendations per qualification, document and expert."""
    columns = [
        Column(label("col_qualification", lang), lambda r: r["qualification"], "wrap", 30),
        Column(label("col_document", lang), lambda r: r["document"], "center", 11),
        Column(label("col_expert", lang), lambda r: r["expert"], "wrap", 20),
        Column(label("col_recommendation", lang), lambda r: r["text"], "wrap", 70),
        Column(label("col_file", lang), lambda r: r["file"], "link"),
        Column(label("col_location", lang), lambda r: r["location"], "wrap", 16),
    ]
    write_table(ws, columns, recommendations.to_dict("records"), "Recommendations", lang, link)


def sectors_sheet(ws: Worksheet, sectors: pd.DataFrame, lang: str) -> None:
    """Write document verdict and qualification status counts per sector, with a bar chart."""
    columns = [Column(label("col_sector", lang), lambda r: r["sector"] or label("no_sector", lang), "wrap", 28)]
    for code in VERDICTS:
        columns.append(Column(short_verdict_label(code, lang), lambda r, c=code: r[c], "center", 14))
    for code in STATUSES:
        columns.append(Column(status_label(code, lang), lambda r, c=code: r[c], "center", 13))
    columns.append(Column(label("col_total", lang), lambda r: r["total"], "center", 9))
    records = sectors.to_dict("records")
    write_table(ws, columns, records, "Sectors", lang)
    for i, code in enumerate(VERDICTS, start=2):
        ws.cell(row=1, column=i).fill = PatternFill("solid", fgColor=VERDICT_FILLS[code])
        ws.cell(row=1, column=i).font = Font(name=FONT, bold=True, color=VERDICT_FONTS[code])
    if not records:
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
    data = Reference(ws, min_col=2, max_col=1 + len(VERDICTS), min_row=1, max_row=len(records) + 1)
    cats = Reference(ws, min_col=1, min_row=2, max_row=len(records) + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    for series, code in zip(chart.series, VERDICTS, strict=True):
        series.graphicalProperties.solidFill = VERDICT_FILLS[code]
        series.graphicalProperties.line.solidFill = VERDICT_FONTS[code]
    chart.height, chart.width = 9, 18
    ws.add_chart(chart, f"A{len(records) + 4}")


def problems_sheet(ws: Worksheet, problems: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> None:
    """Write every problem with the message saying what to do."""
    columns = [
        Column(label("col_file", lang), lambda r: r["file"], "link"),
        Column(label("col_code", lang), lambda r: r["code"], "text", 20),
        Column(label("col_message", lang), lambda r: r["message"], "wrap", 70),
        Column(label("col_detail", lang), lambda r: r["detail"], "wrap", 36),
    ]
    write_table(ws, columns, problems.to_dict("records"), "Problems", lang, link)


def about_sheet(ws: Worksheet, about: list[tuple[str, object]], changes: list[str], lang: str) -> None:
    """Write when and how the workbook was made, its counts and what changed since the previous run."""
    columns = [
        Column(label("col_item", lang), lambda r: r["item"], "wrap", 34),
        Column(label("col_value", lang), lambda r: r["value"], "wrap", 90),
    ]
    records = [{"item": k, "value": v} for k, v in about]
    records += [{"item": label("about_changes", lang) if i == 0 else "", "value": line}
                for i, line in enumerate(changes)]
    write_table(ws, columns, records, "About", lang)
    for row in ws.iter_rows(min_row=2, max_col=2):
        row[1].alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        if isinstance(row[1].value, dt.datetime):
            row[1].number_format = DATETIME_FORMATS[lang]


def build_workbook(data: WorkbookData, lang: str, link: Callable[[str], str | None]) -> Workbook:
    """Return the summary workbook for ``data`` in ``lang`` (Latvian sheet names by default)."""
    wb = Workbook()
    summary_sheet(_sheet(wb, "sheet_summary", lang, first=True), data.status, lang)
    reviews_sheet(_sheet(wb, "sheet_reviews", lang), data.reviews, lang, link)
    recommendations_sheet(_sheet(wb, "sheet_recommendations", lang), data.recommendations, lang, link)
    sectors_sheet(_sheet(wb, "sheet_sectors", lang), data.sectors, lang)
    problems_sheet(_sheet(wb, "sheet_problems", lang), data.problems, lang, link)
    about_sheet(_sheet(wb, "sheet_about", lang), data.about, data.changes, lang)
    if data.created is not None:
        wb.properties.created = data.created
        wb.properties.modified = data.created
    wb.properties.creator = "reviews"
    wb.properties.lastModifiedBy = "reviews"
    wb.properties.title = label("about_title", lang)
    return wb


def _sheet(wb: Workbook, key: str, lang: str, first: bool = False) -> Worksheet:
    if first:
        ws = wb.active
        ws.title = label(key, lang)
        return ws
    return wb.create_sheet(label(key, lang))
