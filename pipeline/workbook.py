"""Build summary.xlsx: the only code that styles the workbook's cells.

Each sheet is an Excel table (filters, banded rows) under a frozen, styled
header row, with fitted column widths, wrapped text, real date cells,
verdict cells coloured by code, and a landscape print setup that fits the
width and repeats the header row on every page.

How it is written, and why.  A run over 20,000 reviews shows some 40,000
verdict rows and 70,000 recommendations: about a million styled cells.
openpyxl spends ~50 µs on each styled cell, even in write-only mode, so the
rows are not openpyxl cells.  openpyxl builds the package around them with
empty sheets: styles.xml, the Excel tables (with their filters), the chart,
frozen panes, column widths, print setup and titles, document properties.
Every format a cell can have is registered once in openpyxl's style tables
up front (``Styles``) and is then known by its ``xf`` id.
``SummaryWorkbook.save`` copies that package and streams each sheet's rows
into its ``<sheetData>`` as XML text built a column and a chunk of rows at a
time, so memory is bounded by one chunk, not by the number of cells.  Text is
written as inline strings, as openpyxl writes it, so text starting with '='
stays text.  Links to the source files are real hyperlinks, one per run of
rows with the same target; a sheet that would need more than Excel's limit
of 65,530 hyperlinks gets HYPERLINK() formulas instead.  Row heights are
estimated from the text length and the column width.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, groupby, repeat
from pathlib import Path

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.styles.numbers import BUILTIN_FORMATS_MAX_SIZE, BUILTIN_FORMATS_REVERSE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.consolidate import STATUSES
from pipeline.messages import (
    label,
    location_label,
    method_label,
    note_message,
    short_verdict_label,
    status_label,
    verdict_label,
)
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
#: Excel keeps at most this many hyperlinks on a worksheet.
MAX_LINKS = 65_530
#: HYPERLINK() takes at most 255 characters per argument.
MAX_FORMULA_TEXT = 255
#: Rows turned into XML at a time.
CHUNK_ROWS = 2_000
#: Deflate level of the package; 1 is ~3x faster than the default on sheet XML, ~15% larger.
COMPRESSLEVEL = 1

_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
#: Characters XML 1.0 does not allow (control characters, surrogates, U+FFFE/U+FFFF).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HYPERLINK_REL = _REL_NS + "/hyperlink"


@dataclass
class WorkbookData:
    """Everything the workbook shows, already consolidated."""

    status: pd.DataFrame
    reviews: pd.DataFrame
    recommendations: pd.DataFrame
    sectors: pd.DataFrame
    problems: pd.DataFrame  # file, code, message, detail
    about: list[tuple[str, object]] = field(default_factory=list)
    #: The changes since the previous run, or a function that returns them: it is called once
    #: the other sheets are ready, so the lines may still be in the making meanwhile.
    changes: list[str] | Callable[[], list[str]] = field(default_factory=list)
    created: dt.datetime | None = None


@dataclass(frozen=True)
class Column:
    """One column of a sheet: heading, the column's values from the sheet's frame, and how to show them."""

    heading: str
    values: Callable[[pd.DataFrame], Sequence]
    kind: str = "text"  # text, wrap, date, number, verdict, status, link, center, about
    width: int | None = None
    header: str | None = None  # a verdict code: the heading takes that verdict's colours


# --- cell values -------------------------------------------------------------


def clean(value: object) -> object:
    """Return ``value`` safe for a cell: no control characters, within Excel's length limit."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    return value


def clean_texts(texts: list[str]) -> list[str]:
    """Return every text of ``texts`` cleaned as ``clean`` does, checking them all in one pass."""
    joined = "".join(texts)
    if _ILLEGAL.search(joined):
        texts = [_ILLEGAL.sub("", t) for t in texts]
    if len(joined) > MAX_CELL and max(map(len, texts)) > MAX_CELL:
        texts = [t if len(t) <= MAX_CELL else t[: MAX_CELL - 1] + "…" for t in texts]
    return texts


def xml_texts(texts: list[str]) -> list[str]:
    """Return ``texts`` escaped for XML element content (one pass over all of them)."""
    joined = "\x00".join(texts)  # cleaned texts hold no NUL
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;")):
        if char in joined:
            joined = joined.replace(char, entity)
    return joined.split("\x00")


def to_date(text: object) -> dt.date | None:
    """Return the ``YYYY-MM-DD`` string as a date, or None."""
    if isinstance(text, dt.date):
        return text
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def wrapped_lines(text: str, width: float) -> int:
    """Return about how many lines ``text`` takes when wrapped in a column ``width`` characters wide.

    An estimate from the length (no word wrapping is simulated): each line is
    taken to lose a few characters to the word that did not fit.
    """
    per_line = max(1.0, int(width) - 1 - _WRAP_LOSS)
    if "\n" not in text:
        return max(1, math.ceil(len(text) / per_line))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


#: Characters a wrapped line loses on average to the word moved to the next line.
_WRAP_LOSS = 4


def _line_counts(texts: list[str], width: float) -> np.ndarray:
    """Return ``wrapped_lines`` of every text, computed on their lengths at once."""
    per_line = max(1.0, int(width) - 1 - _WRAP_LOSS)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    lines = np.maximum(1, np.ceil(lengths / per_line)).astype(np.int64)
    for i in [i for i, t in enumerate(texts) if "\n" in t]:
        lines[i] = wrapped_lines(texts[i], width)
    return lines


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
    return max(map(len, text.split("\n"))) if "\n" in text else len(text)


# --- styles --------------------------------------------------------------------


class Styles:
    """The cell formats of one workbook, each registered once in openpyxl's style tables.

    ``styles(...)`` returns the ``xf`` id a cell's ``s`` attribute names, the
    same id openpyxl gives a cell formatted that way.
    """

    def __init__(self, wb: Workbook):
        self._wb = wb
        self._ids: dict[tuple, int] = {}

    def __call__(
        self, *, bold: bool = False, color: str | None = None, underline: str | None = None,
        fill: str | None = None, border: bool = True, wrap: bool = False, horizontal: str | None = None,
        vertical: str | None = "top", number_format: str | None = None, aligned: bool = True,
    ) -> int:
        key = (bold, color, underline, fill, border, wrap, horizontal, vertical, number_format, aligned)
        if key in self._ids:
            return self._ids[key]
        wb = self._wb
        style = StyleArray()
        font = {"name": FONT}
        if bold:
            font["bold"] = True
        if color:
            font["color"] = color
        if underline:
            font["underline"] = underline
        style.fontId = wb._fonts.add(Font(**font))
        if fill:
            style.fillId = wb._fills.add(PatternFill("solid", fgColor=fill))
        if border:
            style.borderId = wb._borders.add(_BORDER)
        if aligned:
            style.alignmentId = wb._alignments.add(Alignment(horizontal=horizontal, vertical=vertical,
                                                              wrap_text=wrap))
        if number_format:
            if number_format in BUILTIN_FORMATS_REVERSE:
                style.numFmtId = BUILTIN_FORMATS_REVERSE[number_format]
            else:
                style.numFmtId = wb._number_formats.add(number_format) + BUILTIN_FORMATS_MAX_SIZE
        self._ids[key] = wb._cell_styles.add(style)
        return self._ids[key]


@dataclass(frozen=True)
class Palette:
    """The ``xf`` ids every cell of the workbook uses."""

    header: int
    text: int
    wrap: int
    center: int
    date: int
    number: int
    link: int
    about: int
    about_datetime: int
    verdict: dict[str, int]
    status: dict[str, int]
    header_verdict: dict[str, int]
    legend_title: int
    legend: int
    legend_verdict: dict[str, int]
    legend_status: dict[str, int]

    @classmethod
    def register(cls, styles: Styles, lang: str) -> Palette:
        """Register every format the sheets use in ``styles``; return their ids."""
        header = {"bold": True, "border": False, "wrap": True, "vertical": "center"}
        return cls(
            header=styles(color=HEADER_FONT, fill=HEADER_FILL, **header),
            text=styles(),
            wrap=styles(wrap=True),
            center=styles(horizontal="center"),
            date=styles(horizontal="center", number_format=DATE_FORMATS[lang]),
            number=styles(number_format="0.00"),
            link=styles(color=LINK_FONT, underline="single"),
            about=styles(horizontal="left", wrap=True),
            about_datetime=styles(horizontal="left", wrap=True, number_format=DATETIME_FORMATS[lang]),
            verdict={**{c: styles(fill=VERDICT_FILLS[c], color=VERDICT_FONTS[c]) for c in VERDICT_FILLS},
                     "": styles(fill="FFFFFF", color="000000")},
            status={**{c: styles(fill=STATUS_FILLS[c]) for c in STATUS_FILLS}, "": styles(fill="FFFFFF")},
            header_verdict={c: styles(color=VERDICT_FONTS[c], fill=VERDICT_FILLS[c], **header) for c in VERDICT_FILLS},
            legend_title=styles(bold=True, border=False, aligned=False),
            legend=styles(border=False, aligned=False),
            legend_verdict={c: styles(fill=VERDICT_FILLS[c], color=VERDICT_FONTS[c], border=False, aligned=False)
                            for c in VERDICT_FILLS},
            legend_status={c: styles(fill=STATUS_FILLS[c], border=False, aligned=False) for c in STATUS_FILLS},
        )


# --- cells as XML ----------------------------------------------------------------


def _number(value) -> str:
    return str(int(value)) if isinstance(value, bool) else repr(value) if isinstance(value, float) else str(value)


def _text_cell(ref: str, sid: int, text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}" s="{sid}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def value_cells(letter: str, rows: Sequence[int], values: Sequence, sid: int,
                datetime_sid: int | None = None) -> list[str]:
    """Return one column's cells as XML: text, numbers, dates (as Excel dates) or empty, all styled ``sid``."""
    if set(map(type, values)) <= {str}:  # the common case: text, some of it maybe empty
        escaped = xml_texts(clean_texts(list(values)))
        empty = f'<c r="{letter}{{}}" s="{sid}"/>'
        if list(map(str.strip, escaped)) == escaped:  # no text needs xml:space="preserve"
            head = f'" s="{sid}" t="inlineStr"><is><t>'
            return [f'<c r="{letter}{r}{head}{t}</t></is></c>' if t else empty.format(r)
                    for r, t in zip(rows, escaped, strict=True)]
        return [_text_cell(f"{letter}{r}", sid, t) if t else empty.format(r) for r, t in zip(rows, escaped, strict=True)]
    texts = [v for v in values if type(v) is str and v]
    escaped = iter(xml_texts(clean_texts(texts)) if texts else ())
    out = []
    for r, v in zip(rows, values, strict=True):
        ref = f"{letter}{r}"
        if type(v) is str and v:
            out.append(_text_cell(ref, sid, next(escaped)))
        elif v is None or v == "" or (isinstance(v, float) and math.isnan(v)):
            out.append(f'<c r="{ref}" s="{sid}"/>')
        elif isinstance(v, bool):
            out.append(f'<c r="{ref}" s="{sid}" t="b"><v>{int(v)}</v></c>')
        elif isinstance(v, int | float):
            out.append(f'<c r="{ref}" s="{sid}" t="n"><v>{_number(v)}</v></c>')
        elif isinstance(v, dt.date):
            out.append(f'<c r="{ref}" s="{datetime_sid or sid}" t="n"><v>{_number(to_excel(v))}</v></c>')
        else:
            out.append(_text_cell(ref, sid, xml_texts(clean_texts([str(v)]))[0]))
    return out


def _hyperlink_formula(target: str, text: str) -> str | None:
    if len(target) > MAX_FORMULA_TEXT or len(text) > MAX_FORMULA_TEXT:
        return None
    target, text = (s.replace('"', '""') for s in (target, text))
    return xml_texts([f'HYPERLINK("{target}","{text}")'])[0]


# --- sheets ------------------------------------------------------------------


@dataclass
class Sheet:
    """One sheet: its table of rows, how its columns show, and cells below the table."""

    title: str
    table: str
    columns: list[Column]
    frame: pd.DataFrame
    link: Callable[[str], str | None] | None = None
    below: list[tuple[int, int, object, int]] = field(default_factory=list)  # (row, column, value, xf id)
    values: list[list] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (cell range, target)
    link_formulas: bool = False
    targets: dict[str, str | None] = field(default_factory=dict)  # file -> link target

    def prepare(self) -> None:
        """Compute the column values, widths and hyperlinks (once, before the package is written)."""
        self.values = [list(col.values(self.frame)) if len(self.frame) else [] for col in self.columns]
        self.widths = []
        for col, values in zip(self.columns, self.values, strict=True):
            if col.width:
                width = col.width
            else:
                longest = max(map(_longest_line, set(values)), default=0)
                width = min(MAX_WIDTH, max(longest, len(col.heading)) + 2)
            self.widths.append(max(8, width))
        self.links = self._links()
        self.link_formulas = len(self.links) > MAX_LINKS

    def _links(self) -> list[tuple[str, str]]:
        if self.link is None:
            return []
        links: list[tuple[str, str]] = []
        memo = self.targets
        for c, col in enumerate(self.columns):
            if col.kind != "link":
                continue
            letter = get_column_letter(c + 1)
            for value in set(self.values[c]) - memo.keys():
                memo[value] = self.link(str(value)) if value and isinstance(value, str) else None
            row = 2
            for target, group in groupby(map(memo.__getitem__, self.values[c])):
                n = sum(1 for _ in group)
                if target:
                    ref = f"{letter}{row}" if n == 1 else f"{letter}{row}:{letter}{row + n - 1}"
                    links.append((ref, target))
                row += n
        return links

    @property
    def last_row(self) -> int:
        return max([len(self.frame) + 1, *(r for r, _c, _v, _s in self.below)])

    @property
    def last_column(self) -> int:
        return max([len(self.columns), *(c for _r, c, _v, _s in self.below)])

    def rows_xml(self, palette: Palette, lang: str) -> Iterator[str]:
        """Yield the sheet's ``<row>`` elements as XML text, a chunk of rows at a time."""
        yield self._header_xml(palette)
        for start in range(0, len(self.frame), CHUNK_ROWS):
            yield self._chunk_xml(start, min(len(self.frame), start + CHUNK_ROWS), palette, lang)
        for row in sorted({r for r, _c, _v, _s in self.below}):
            cells = sorted((c, v, s) for r, c, v, s in self.below if r == row)
            body = "".join(value_cells(get_column_letter(c), [row], [v], s)[0] for c, v, s in cells)
            yield f'<row r="{row}">{body}</row>'

    def _header_xml(self, palette: Palette) -> str:
        lines = 1
        cells = []
        for c, (col, width) in enumerate(zip(self.columns, self.widths, strict=True), start=1):
            sid = palette.header_verdict[col.header] if col.header else palette.header
            cells.append(value_cells(get_column_letter(c), [1], [col.heading], sid)[0])
            lines = max(lines, wrapped_lines(col.heading, width))
        return f'<row r="1" ht="{row_height(lines)}" customHeight="1">{"".join(cells)}</row>'

    def _chunk_xml(self, start: int, stop: int, palette: Palette, lang: str) -> str:
        rows = range(start + 2, stop + 2)
        lines = np.ones(stop - start, dtype=np.int64)
        columns = []
        for c, (col, width) in enumerate(zip(self.columns, self.widths, strict=True)):
            values = self.values[c][start:stop]
            letter = get_column_letter(c + 1)
            columns.append(self._cells(col.kind, letter, rows, values, palette, lang))
            if col.kind in ("wrap", "about"):
                texts = [v if type(v) is str else "" if v is None else str(v) for v in values]
                np.maximum(lines, _line_counts(texts, width * 1.15), out=lines)
        heights = np.minimum(409, 15 * lines + 1).tolist()
        starts = [f'<row r="{r}" ht="{h}" customHeight="1">' for r, h in zip(rows, heights, strict=True)]
        return "".join(chain.from_iterable(zip(starts, *columns, repeat("</row>"), strict=False)))

    def _cells(self, kind: str, letter: str, rows: range, values: list, palette: Palette, lang: str) -> list[str]:
        if kind in ("verdict", "status", "date"):
            memo: dict = {}
            make = partial(_coded_cell if kind != "date" else _date_cell, kind, palette, lang)
            pieces = [memo[v] if v in memo else memo.setdefault(v, make(v)) for v in values]
            return [f'<c r="{letter}{r}"{piece}' for r, piece in zip(rows, pieces, strict=True)]
        if kind == "number":
            return value_cells(letter, rows, values, palette.number)
        if kind == "link":
            return self._link_cells(letter, rows, values, palette)
        sid = {"wrap": palette.wrap, "center": palette.center, "about": palette.about}.get(kind, palette.text)
        return value_cells(letter, rows, values, sid, palette.about_datetime if kind == "about" else None)

    def _link_cells(self, letter: str, rows: range, values: list, palette: Palette) -> list[str]:
        linked = value_cells(letter, rows, values, palette.link)
        targets = [self.targets.get(v) if type(v) is str and v else None for v in values]
        if all(targets) and not self.link_formulas:
            return linked
        plain = value_cells(letter, rows, values, palette.text)
        out = [a if t else b for a, b, t in zip(linked, plain, targets, strict=True)]
        if self.link_formulas:
            for i, (r, value, target) in enumerate(zip(rows, values, targets, strict=True)):
                text = str(clean(value)) if target else ""
                formula = _hyperlink_formula(target, text) if target else None
                if formula is not None:
                    out[i] = (f'<c r="{letter}{r}" s="{palette.link}" t="str"><f>{formula}</f>'
                              f"<v>{xml_texts([text])[0]}</v></c>")
        return out


def _coded_cell(kind: str, palette: Palette, lang: str, raw: object) -> str:
    """Return the XML after ``<c r="..."`` of a verdict or status cell: its words in its colours."""
    code = str(raw or "")
    if not code:
        text, sid = "—", palette.center
    elif kind == "verdict":
        text, sid = short_verdict_label(code, lang), palette.verdict.get(code, palette.verdict[""])
    else:
        text, sid = status_label(code, lang), palette.status.get(code, palette.status[""])
    return f' s="{sid}" t="inlineStr"><is><t>{xml_texts([text])[0]}</t></is></c>'


def _date_cell(_kind: str, palette: Palette, _lang: str, raw: object) -> str:
    """Return the XML after ``<c r="..."`` of a date cell: an Excel date, or empty."""
    day = to_date(raw)
    if day is None:
        return f' s="{palette.text}"/>'
    return f' s="{palette.date}" t="n"><v>{to_excel(day)}</v></c>'


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


def _frame_values(frame: pd.DataFrame, name: str) -> list:
    return frame[name].tolist()


def field(heading: str, name: str, kind: str = "text", width: int | None = None, header: str | None = None) -> Column:
    """Return a column that shows the frame's column ``name`` as it is."""
    return Column(heading, functools.partial(_frame_values, name=name), kind, width, header)


def _worded(frame: pd.DataFrame, name: str, word: Callable[[str, str], str], lang: str) -> list:
    """Return the frame's column ``name`` with each distinct value worded once by ``word(value, lang)``."""
    values = _frame_values(frame, name)
    words = {v: word(v, lang) if isinstance(v, str) else v for v in set(values)}
    return [words[v] for v in values]


def _or(frame: pd.DataFrame, name: str, default: str) -> list:
    return [v if v else default for v in frame[name].tolist()]


def _yes_no(values, lang: str) -> list[str]:
    yes, no = label("yes", lang), label("no", lang)
    return [yes if v else no for v in values]


def summary_sheet(status: pd.DataFrame, lang: str, palette: Palette) -> Sheet:
    """Return one row per qualification grouped by sector, with a colour legend below it."""
    columns = [
        Column(label("col_sector", lang), lambda f: _or(f, "sector", label("no_sector", lang)), "wrap", 22),
        field(label("col_qualification", lang), "qualification", "wrap", 40),
        Column(label("col_lki", lang), lambda f: [int(x) if str(x).isdigit() else "" for x in f["lki_level"]],
               "center", 9),
        field(label("col_mip", lang), "mip", "verdict", 17),
        field(label("col_pke", lang), "pke", "verdict", 17),
        field(label("col_status", lang), "status", "status", 13),
        Column(label("col_experts", lang), lambda f: ["\n".join(x) for x in f["experts"]], "wrap", 24),
        field(label("col_last_date", lang), "last_date", "date", 14),
        Column(label("col_notes", lang),
               lambda f: ["\n".join(note_message(c, p, lang) for c, p in notes) for notes in f["notes"]], "wrap", 50),
    ]
    return Sheet(label("sheet_summary", lang), "Summary", columns, status,
                 below=legend(len(status) + 3, lang, palette))


def legend(row: int, lang: str, palette: Palette) -> list[tuple[int, int, object, int]]:
    """Return the cells of the colour legend of verdicts and statuses, from ``row`` down in columns B and C."""
    cells = [(row, 2, label("legend", lang), palette.legend_title)]
    for code in VERDICTS:
        row += 1
        cells.append((row, 2, short_verdict_label(code, lang), palette.legend_verdict[code]))
        cells.append((row, 3, verdict_label(code, lang), palette.legend))
    for code in STATUSES:
        row += 1
        cells.append((row, 2, status_label(code, lang), palette.legend_status[code]))
    return cells


def reviews_sheet(reviews: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> Sheet:
    """Return every verdict row with its evidence and a link that opens the source file."""
    columns = [
        field(label("col_file", lang), "file", "link"),
        field(label("col_qualification", lang), "qualification", "wrap", 30),
        field(label("col_document", lang), "document", "center", 11),
        field(label("col_verdict", lang), "verdict", "verdict", 17),
        field(label("col_expert", lang), "expert", "wrap", 20),
        field(label("col_date", lang), "date", "date", 12),
        field(label("col_evidence", lang), "evidence", "wrap", 60),
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
        field(label("col_qualification", lang), "qualification", "wrap", 30),
        field(label("col_document", lang), "document", "center", 11),
        field(label("col_expert", lang), "expert", "wrap", 20),
        field(label("col_recommendation", lang), "text", "wrap", 70),
        field(label("col_file", lang), "file", "link"),
        Column(label("col_location", lang), lambda f: _worded(f, "location", location_label, lang), "wrap", 16),
    ]
    return Sheet(label("sheet_recommendations", lang), "Recommendations", columns, recommendations, link)


def sectors_sheet(sectors: pd.DataFrame, lang: str) -> Sheet:
    """Return document verdict and qualification status counts per sector (the chart is added with the sheet)."""
    columns = [Column(label("col_sector", lang), lambda f: _or(f, "sector", label("no_sector", lang)), "wrap", 28)]
    for code in VERDICTS:
        columns.append(Column(short_verdict_label(code, lang), lambda f, c=code: _frame_values(f, c), "center", 14,
                              header=code))
    for code in STATUSES:
        columns.append(Column(status_label(code, lang), lambda f, c=code: _frame_values(f, c), "center", 13))
    columns.append(field(label("col_total", lang), "total", "center", 9))
    return Sheet(label("sheet_sectors", lang), "Sectors", columns, sectors)


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
    ws.add_chart(chart, f"A{rows + 4}")


def problems_sheet(problems: pd.DataFrame, lang: str, link: Callable[[str], str | None]) -> Sheet:
    """Return every problem with the message saying what to do."""
    columns = [
        field(label("col_file", lang), "file", "link"),
        field(label("col_code", lang), "code", "text", 20),
        field(label("col_message", lang), "message", "wrap", 70),
        field(label("col_detail", lang), "detail", "wrap", 36),
    ]
    return Sheet(label("sheet_problems", lang), "Problems", columns, problems, link)


def about_sheet(about: list[tuple[str, object]], changes: list[str], lang: str) -> Sheet:
    """Return when and how the workbook was made, its counts and what changed since the previous run."""
    records = [{"item": k, "value": v} for k, v in about]
    records += [{"item": label("about_changes", lang) if i == 0 else "", "value": line}
                for i, line in enumerate(changes)]
    columns = [
        field(label("col_item", lang), "item", "wrap", 34),
        field(label("col_value", lang), "value", "about", 90),
    ]
    return Sheet(label("sheet_about", lang), "About", columns, pd.DataFrame(records, columns=["item", "value"]))


# --- the workbook ------------------------------------------------------------


class SummaryWorkbook:
    """summary.xlsx ready to save: the openpyxl package (``workbook``, sheets without rows) and the rows."""

    def __init__(self, workbook: Workbook, sheets: list[Sheet], palette: Palette, lang: str):
        self.workbook = workbook
        self.sheets = sheets
        self.palette = palette
        self.lang = lang

    def save(self, path) -> None:
        """Write the workbook to ``path``: openpyxl's package with each sheet's rows streamed in."""
        fd, skeleton = tempfile.mkstemp(prefix=".summary-package.", suffix=".tmp", dir=Path(path).parent)
        os.close(fd)
        try:
            self.workbook.save(skeleton)  # a few kB: every sheet is still empty
            self._fill(skeleton, path)
        finally:
            os.unlink(skeleton)

    def _fill(self, skeleton: str, path) -> None:
        parts = {f"xl/worksheets/sheet{i}.xml": s for i, s in enumerate(self.sheets, start=1)}
        rels = {f"xl/worksheets/_rels/sheet{i}.xml.rels": s for i, s in enumerate(self.sheets, start=1)}
        with zipfile.ZipFile(skeleton) as src, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESSLEVEL
        ) as out:
            names = src.namelist()
            for name in names:
                data = src.read(name)
                if name in parts:
                    self._write_sheet(out, name, data.decode("utf-8"), parts[name])
                elif name in rels:
                    out.writestr(name, _with_hyperlinks(data.decode("utf-8"), rels[name]).encode("utf-8"))
                else:
                    out.writestr(name, data)
            for name, sheet in rels.items():  # a sheet with links but no table or chart has no rels yet
                if name not in names and sheet.links and not sheet.link_formulas:
                    out.writestr(name, _with_hyperlinks(_EMPTY_RELS, sheet).encode("utf-8"))

    def _write_sheet(self, out: zipfile.ZipFile, name: str, xml: str, sheet: Sheet) -> None:
        head, sep, tail = xml.partition("<sheetData></sheetData>")
        if not sep:
            head, sep, tail = xml.partition("<sheetData/>")
        if not sep:
            raise ValueError(f"{name}: no empty <sheetData> to fill")
        last = f"{get_column_letter(sheet.last_column)}{sheet.last_row}"
        head = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:{last}"/>', head, count=1)
        if sheet.links and not sheet.link_formulas:
            tail = _insert_before(tail, ("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter",
                                         "<drawing", "<tableParts", "</worksheet>"), _hyperlinks_xml(sheet))
        with out.open(name, "w") as fh:
            fh.write(head.encode("utf-8") + b"<sheetData>")
            for chunk in sheet.rows_xml(self.palette, self.lang):
                fh.write(chunk.encode("utf-8"))
            fh.write(b"</sheetData>" + tail.encode("utf-8"))


_EMPTY_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'


def _insert_before(xml: str, markers: Sequence[str], text: str) -> str:
    for marker in markers:
        at = xml.find(marker)
        if at >= 0:
            return xml[:at] + text + xml[at:]
    raise ValueError("worksheet XML without an end tag")


def _link_id(n: int) -> str:
    return f"rIdLink{n}"


def _hyperlinks_xml(sheet: Sheet) -> str:
    links = "".join(f'<hyperlink ref="{ref}" r:id="{_link_id(n)}"/>' for n, (ref, _target) in
                    enumerate(sheet.links, start=1))
    return f'<hyperlinks xmlns:r="{_REL_NS}">{links}</hyperlinks>'


def _with_hyperlinks(rels_xml: str, sheet: Sheet) -> str:
    if not sheet.links or sheet.link_formulas:
        return rels_xml
    targets = "\x00".join(target for _ref, target in sheet.links)
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("\n", "&#10;"),
                         ("\r", "&#13;"), ("\t", "&#9;")):
        if char in targets:
            targets = targets.replace(char, entity)
    rels = "".join(
        f'<Relationship Id="{_link_id(n)}" Type="{_HYPERLINK_REL}" Target="{target}" TargetMode="External"/>'
        for n, target in enumerate(targets.split("\x00"), start=1)
    )
    at = rels_xml.rfind("</Relationships>")
    return rels_xml[:at] + rels + rels_xml[at:]


def build_workbook(data: WorkbookData, lang: str, link: Callable[[str], str | None]) -> SummaryWorkbook:
    """Return the summary workbook for ``data`` in ``lang`` (Latvian sheet names by default); ``.save(path)`` it."""
    wb = Workbook()
    palette = Palette.register(Styles(wb), lang)
    sheets = [
        summary_sheet(data.status, lang, palette),
        reviews_sheet(data.reviews, lang, link),
        recommendations_sheet(data.recommendations, lang, link),
        sectors_sheet(data.sectors, lang),
        problems_sheet(data.problems, lang, link),
    ]
    targets: dict[str, str | None] = {}  # one link target per review file, whichever sheet lists it
    for sheet in sheets:
        sheet.targets = targets
        sheet.prepare()
    changes = data.changes() if callable(data.changes) else data.changes
    sheets.append(about_sheet(data.about, changes, lang))
    sheets[-1].prepare()
    for i, sheet in enumerate(sheets):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = sheet.title
        _frame_sheet(ws, sheet)
        if sheet.table == "Sectors":
            sectors_chart(ws, data.sectors, lang)
    if data.created is not None:
        wb.properties.created = data.created
        wb.properties.modified = data.created
    wb.properties.creator = "reviews"
    wb.properties.lastModifiedBy = "reviews"
    wb.properties.title = label("about_title", lang)
    return SummaryWorkbook(wb, sheets, palette, lang)


def _frame_sheet(ws: Worksheet, sheet: Sheet) -> None:
    """Give the (row-less) openpyxl sheet its widths, frozen header, Excel table and print setup."""
    for c, width in enumerate(sheet.widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
    if len(sheet.frame):  # an Excel table without data rows makes Excel offer a repair
        ref = f"A1:{get_column_letter(len(sheet.columns))}{len(sheet.frame) + 1}"
        names = [str(clean(col.heading)) for col in sheet.columns]
        table = Table(
            displayName=sheet.table, ref=ref, autoFilter=AutoFilter(ref=ref),
            tableColumns=[TableColumn(id=i, name=name) for i, name in enumerate(names, start=1)],
        )
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(table)
    print_setup(ws)
