"""The marks in a review's blocks and the layout of its form tables.

A mark is a checked or empty box, or a lone X/V/✓; a "Jā"/"Nē" typed under a "Jā / Nē" header or a
document's column answers its row the same way. ``Table`` keeps a table's cells by (row, column) and
reads its headers, row labels and marks; ``pipeline.nlp.forms`` decides with them which printed
options were chosen.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import candidate
from pipeline.nlp.structure import HISTORY_LABEL
from pipeline.records import Block, Mark
from pipeline.textnorm import fold

LETTER_MARKS = frozenset({"x", "v", "✓", "✔", "☒", "☑", "+", "✗", "✘"})
BOX_KINDS = frozenset({"glyph", "sym", "sdt", "formfield"})
MAX_OPTION_WORDS = 16

#: The header of a column that answers each option row with "Jā" or "Nē" (its mark).
_YES_NO_HEADER = re.compile(r"^\W*(?:ja\s*/\s*ne|ne\s*/\s*ja|atzim\w*|izvel\w*)\W*$")

#: A box typed with brackets before an option: "[X] atbalstāms", "[ ] nav atbalstāms", "( x )".
BRACKET_BOX = re.compile(r"(?:^|(?<=\s))(?:\[\s*([xXvV✓✔]?)\s*\]|\(\s*([xXvV✓✔]?)\s*\))(?=\s*[^\W\d_])")


def block_marks(block: Block) -> tuple[Mark, ...]:
    """Return the marks of ``block``, treating a cell holding only X/V/✓ as a checked letter mark
    and a box typed with brackets ("[X]", "[ ]") as a box checked or not."""
    if block.marks:
        return block.marks
    if block.cell is not None and block.text.strip().lower() in LETTER_MARKS:
        return (Mark("letter", True, 0),)
    boxes = list(BRACKET_BOX.finditer(block.text))
    if boxes and (any(m.group(1) or m.group(2) for m in boxes) or not block.text[:boxes[0].start()].strip()):
        return tuple(Mark("letter", bool(m.group(1) or m.group(2)), m.start()) for m in boxes)
    return ()


def method_of(mark: Mark) -> str:
    """Return the verdict method for a choice made with ``mark``."""
    return "checkbox" if mark.kind in BOX_KINDS else "mark"


class Table:
    """The cells of one table by (row, col), with the marks found in them.

    ``tables_of`` fills ``cells``; the first row, each row's first column and whether
    any cell holds a mark are then worked out once, on first use.
    """

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._top: int | None = None
        self._first_cols: dict[int, int] = {}
        self._marked: bool | None = None
        self._lone: bool | None = None
        self._one_cell_rows: set[int] | None = None

    def cell_marks(self, blocks: list[Block], i: int) -> tuple[Mark, ...]:
        """Return the marks of cell block ``i``: its own (unchecked in a "Nē" column), or its "Jā"/"Nē"
        under a "Jā / Nē" header or a document's column."""
        marks = block_marks(blocks[i])
        answer = fold(blocks[i].text).strip(" .")
        if not marks and answer not in ("ja", "ne"):
            return marks
        c = blocks[i].cell
        header = fold(self.column_header(blocks, c.row, c.col))
        if marks:  # an X under "Nē" answers no
            return tuple(replace(m, checked=False) for m in marks) if header.strip(" .:") in ("ne", "nav") else marks
        if not _YES_NO_HEADER.match(header) and not (documents_in(header) and len(header.split()) <= 3):
            return ()  # "Jā" under "Jā / Nē", or under "MIP" beside an option ("Saturs nav atbalstāms | Nē | Jā")
        option = self.text_at(blocks, c.row, self.first_col(c.row))  # "PKE saturs nav atbalstāms | Nē" ...
        if CRITERION_HEADER.match(fold(self.column_header(blocks, c.row, self.first_col(c.row)))):
            return ()  # ... not a criterion's row
        return (Mark("letter", answer == "ja", 0),) if candidate(option) and len(option.split()) <= MAX_OPTION_WORDS \
            else ()

    def _others(self, blocks: list[Block], i: int) -> tuple[Mark, ...]:
        """Return the marks of cell block ``i`` that may choose another cell's option: none when the
        cell holds a verdict of its own ("✓ atbalstāms un virzāms saskaņošanai")."""
        return () if candidate(blocks[i].text) else self.cell_marks(blocks, i)

    def marks_at(self, blocks: list[Block], row: int, col: int) -> list[Mark]:
        """Return the marks in cell (row, col)."""
        return [m for i in self.cells.get((row, col), []) for m in self.cell_marks(blocks, i)]

    def row_marks(self, blocks: list[Block], row: int, skip_col: int) -> list[Mark]:
        """Return the marks in row ``row`` outside column ``skip_col``."""
        return [
            m for (r, c), idx in self.cells.items() if r == row and c != skip_col
            for i in idx for m in self._others(blocks, i)
        ]

    def column_marks(self, blocks: list[Block], col: int, skip_row: int) -> dict[int, list[Mark]]:
        """Return the marks of column ``col`` by row, outside row ``skip_row``."""
        found: dict[int, list[Mark]] = {}
        for (r, c), idx in self.cells.items():
            if c == col and r != skip_row:
                marks = [m for i in idx for m in self._others(blocks, i)]
                if marks:
                    found[r] = marks
        return found

    def row_text(self, blocks: list[Block], row: int) -> str:
        """Return the text of row ``row``."""
        return " ".join(blocks[i].text for (r, _), idx in sorted(self.cells.items()) if r == row for i in idx)

    def text_at(self, blocks: list[Block], row: int, col: int) -> str:
        """Return the text of cell (row, col)."""
        return " ".join(blocks[i].text for i in self.cells.get((row, col), []))

    def first_row(self) -> int:
        """Return the number of the table's first row."""
        if self._top is None:
            self._top = min(r for r, _ in self.cells)
        return self._top

    def first_col(self, row: int) -> int:
        """Return the number of the first column of ``row``."""
        if not self._first_cols:
            for r, c in self.cells:
                if c < self._first_cols.get(r, c + 1):
                    self._first_cols[r] = c
        return self._first_cols[row]

    def column_header(self, blocks: list[Block], row: int, col: int) -> str:
        """Return the header cell of column ``col`` (first row, or the second under a title across the
        table), '' for a cell of that row. A row that only names a document ("PKE" alone in its row) heads
        the rows below it."""
        top = self.first_row()
        if row == top:
            return ""
        if self._one_cell_rows is None:
            widths = Counter(r for r, _ in self.cells)
            self._one_cell_rows = {r for r, n in widths.items() if n == 1}
        if top in self._one_cell_rows and top + 1 not in self._one_cell_rows and (top + 1, col) in self.cells \
                and len(self.row_text(blocks, top).split()) >= 3:
            top += 1  # a title across the table ("Mēbeļu galdnieks (LKI 4) — …") over the header row
            if row == top:
                return ""
        for r in range(row - 1, top, -1):
            text = self.text_at(blocks, r, col) if r in self._one_cell_rows else ""
            if text and len(text.split()) <= 3 and documents_in(text) and not candidate(text):
                return text
        return self.text_at(blocks, top, col)

    def row_label(self, blocks: list[Block], row: int, col: int) -> str:
        """Return the label cell of ``row`` (its first column, when it gives no verdict), '' in that column."""
        first = self.first_col(row)
        if col == first:
            return ""
        text = self.text_at(blocks, row, first)
        return "" if candidate(text) and HISTORY_LABEL.search(fold(text)) is None else text

    def answered_no(self, blocks: list[Block], row: int, col: int) -> bool:
        """Return True when the marks of ``row`` (outside ``col``) sit only under a "Nē" header, and no
        other row of the table marks a verdict option: the option in ``col`` is answered no."""
        marked = {c for (r, c), idx in self.cells.items() if r == row and c != col
                  for i in idx if self._others(blocks, i)}
        if not marked or any(fold(self.column_header(blocks, row, c)).strip(" .:") not in ("ne", "nav")
                             for c in marked):
            return False
        return not any(m.checked for r in {r for r, _ in self.cells} - {row, self.first_row()}
                       if candidate(self.text_at(blocks, r, self.first_col(r)))
                       for m in self.row_marks(blocks, r, self.first_col(r)))

    def has_lone_marks(self, blocks: list[Block]) -> bool:
        """Return True if a cell of the table holds a mark that may choose another cell's option."""
        if self._lone is None:
            self._lone = any(self._others(blocks, i) for idx in self.cells.values() for i in idx)
        return self._lone

    def one_column(self) -> bool:
        """Return True for a table of one column."""
        return len({col for _, col in self.cells}) == 1

    def has_marks(self, blocks: list[Block]) -> bool:
        """Return True if any cell of the table holds a mark."""
        if self._marked is None:
            self._marked = any(self.cell_marks(blocks, i) for idx in self.cells.values() for i in idx)
        return self._marked


def tables_of(blocks: list[Block]) -> dict[tuple, Table]:
    """Return the tables of ``blocks`` keyed by (path, table number)."""
    tables: dict[tuple, Table] = defaultdict(Table)
    for i, b in enumerate(blocks):
        if b.cell is not None:
            tables[(b.cell.path, b.cell.table)].cells[(b.cell.row, b.cell.col)].append(i)
    return tables


def table_of(block: Block, tables: dict[tuple, Table]) -> Table | None:
    """Return the table holding ``block``, None outside tables."""
    return tables.get((block.cell.path, block.cell.table)) if block.cell is not None else None


def cell_documents(blocks: list[Block], i: int, tables: dict[tuple, Table]) -> tuple[str, ...]:
    """Return the documents the labels of cell block ``i`` name: its row label first, else its column header."""
    b = blocks[i]
    table = table_of(b, tables)
    if table is None:
        return ()
    row, col = b.cell.row, b.cell.col
    return documents_in(table.row_label(blocks, row, col)) or documents_in(table.column_header(blocks, row, col))


#: The first column's header of a criterion table ("Kritērijs | Vērtējums / komentārs").
CRITERION_HEADER = re.compile(r"^\W*(?:kriterij\w*|aspekt\w*|vertesanas kriterij\w*|prasib\w*)\W*$")
