"""Decide which printed form options were chosen: checkboxes, X/V/✓ marks, strikethrough.

Forms print every option ("atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc
precizējumu veikšanas ...", "nav atbalstāms") and mark one. Reading the text alone would
find every option, so each finding from an option is kept only when its option is marked
(a checked box in the same paragraph, a checked box or a lone X/V/✓ in the same table
row, or in the neighbouring cell of a column layout) or when the other options are struck
out; unmarked printed options are dropped.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import Finding, option_parts
from pipeline.records import Block, Mark

LETTER_MARKS = frozenset({"x", "v", "✓", "✔", "☒", "☑", "+", "✗", "✘"})
BOX_KINDS = frozenset({"glyph", "sym", "sdt", "formfield"})
MAX_OPTION_WORDS = 16


def block_marks(block: Block) -> tuple[Mark, ...]:
    """Return the marks of ``block``, treating a cell holding only X/V/✓ as a checked letter mark."""
    if block.marks:
        return block.marks
    if block.cell is not None and block.text.strip().lower() in LETTER_MARKS:
        return (Mark("letter", True, 0),)
    return ()


def method_of(mark: Mark) -> str:
    """Return the verdict method for a choice made with ``mark``."""
    return "checkbox" if mark.kind in BOX_KINDS else "mark"


def _struck_share(block: Block, start: int, end: int) -> float:
    if not block.struck or end <= start:
        return 0.0
    covered = sum(max(0, min(e, end) - max(s, start)) for s, e in block.struck)
    return covered / (end - start)


def _governing_mark(marks: tuple[Mark, ...], f: Finding) -> Mark | None:
    ordered = sorted(marks, key=lambda m: m.offset)
    before = [m for m in ordered if m.offset <= f.start]
    if before:
        return before[-1]
    after = [m for m in ordered if m.offset >= f.end]
    return after[0] if after else None


class Table:
    """The cells of one table by (row, col), with the marks found in them."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[int]] = defaultdict(list)

    def marks_at(self, blocks: list[Block], row: int, col: int) -> list[Mark]:
        """Return the marks in cell (row, col)."""
        return [m for i in self.cells.get((row, col), []) for m in block_marks(blocks[i])]

    def row_marks(self, blocks: list[Block], row: int, skip_col: int) -> list[Mark]:
        """Return the marks in row ``row`` outside column ``skip_col``."""
        return [
            m for (r, c), idx in self.cells.items() if r == row and c != skip_col
            for i in idx for m in block_marks(blocks[i])
        ]

    def column_marks(self, blocks: list[Block], col: int, skip_row: int) -> dict[int, list[Mark]]:
        """Return the marks of column ``col`` by row, outside row ``skip_row``."""
        found: dict[int, list[Mark]] = {}
        for (r, c), idx in self.cells.items():
            if c == col and r != skip_row:
                marks = [m for i in idx for m in block_marks(blocks[i])]
                if marks:
                    found[r] = marks
        return found

    def row_text(self, blocks: list[Block], row: int) -> str:
        """Return the text of row ``row``."""
        return " ".join(blocks[i].text for (r, _), idx in sorted(self.cells.items()) if r == row for i in idx)

    def has_marks(self, blocks: list[Block]) -> bool:
        """Return True if any cell of the table holds a mark."""
        return any(block_marks(blocks[i]) for idx in self.cells.values() for i in idx)


def tables_of(blocks: list[Block]) -> dict[tuple, Table]:
    """Return the tables of ``blocks`` keyed by (path, table number)."""
    tables: dict[tuple, Table] = defaultdict(Table)
    for i, b in enumerate(blocks):
        if b.cell is not None:
            tables[(b.cell.path, b.cell.table)].cells[(b.cell.row, b.cell.col)].append(i)
    return tables


def _choose(f: Finding, mark: Mark | None) -> Finding | None:
    """Return ``f`` as chosen by ``mark``, or None when the mark is empty."""
    if mark is None or not mark.checked:
        return None
    return f.but(method=method_of(mark), confidence=0.95)


def _from_marks(f: Finding, blocks: list[Block], tables: dict[tuple, Table]) -> tuple[bool, list[Finding]]:
    """Return (decided, chosen findings) for ``f`` from the marks around it; decided=False if none apply."""
    block = blocks[f.block]
    own = block_marks(block)
    if own and block.text.strip().lower() not in LETTER_MARKS:
        return True, _listed(_choose(f, _governing_mark(own, f)))
    if block.cell is None:
        return False, [f]
    table = tables[(block.cell.path, block.cell.table)]
    if not table.has_marks(blocks):
        return False, [f]
    row, col = block.cell.row, block.cell.col
    marks = table.row_marks(blocks, row, col)
    if marks:
        checked = [m for m in marks if m.checked]
        return True, _listed(_choose(f, checked[0] if checked else marks[0]))
    # the option heads a column: each row below marks it for the document that row names
    chosen = []
    for r, column in sorted(table.column_marks(blocks, col, row).items()):
        checked = [m for m in column if m.checked]
        if checked:
            docs = documents_in(table.row_text(blocks, r)) or f.documents
            chosen.append(f.but(documents=docs, method=method_of(checked[0]), confidence=0.95))
    return True, chosen


def _listed(f: Finding | None) -> list[Finding]:
    return [f] if f is not None else []


def _option_like(block: Block) -> bool:
    words = block.text.split()
    return len(words) <= MAX_OPTION_WORDS and (
        block.cell is not None or bool(block.list_label) or not block.text.rstrip().endswith(".")
    )


def select(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return the findings that are real verdicts: chosen options and narrative sentences."""
    tables = tables_of(blocks)
    kept: list[Finding] = []
    struck_blocks: set[int] = set()
    undecided: list[Finding] = []
    for f in findings:
        if _struck_share(blocks[f.block], f.start, f.end) >= 0.5:
            struck_blocks.add(f.block)
            continue
        decided, chosen = _from_marks(f, blocks, tables)
        if decided:
            kept += chosen
        else:
            undecided.append(f)
    struck_near = {i + d for i in struck_blocks for d in (-2, -1, 0, 1, 2)}
    for f in undecided:
        if f.block in struck_near:
            kept.append(f.but(method="strike", confidence=0.9))
    rest = [f for f in undecided if f.block not in struck_near]
    kept += drop_printed_options(rest, blocks)
    return sorted(kept, key=lambda f: (f.block, f.start))


def drop_printed_options(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return ``findings`` without unmarked lists of options (several verdicts for the same documents
    printed one after another, or in one paragraph separated by '/')."""
    drop: set[int] = set()
    by_block: dict[int, list[int]] = defaultdict(list)
    for n, f in enumerate(findings):
        by_block[f.block].append(n)
    for idx in by_block.values():  # options in one paragraph: "atbalstāms / nav atbalstāms"
        verdicts = {findings[n].verdict for n in idx}
        same_docs = len({findings[n].documents for n in idx}) == 1
        if len(verdicts) > 1 and same_docs and len(option_parts(blocks[findings[idx[0]].block])) > 1:
            drop.update(idx)
    run: list[int] = []
    order = sorted(range(len(findings)), key=lambda n: (findings[n].block, findings[n].start))

    def flush() -> None:
        if len({findings[n].verdict for n in run}) > 1 and len({findings[n].documents for n in run}) == 1:
            drop.update(run)

    for n in order:
        f = findings[n]
        if not _option_like(blocks[f.block]):
            flush()
            run = []
            continue
        if run and f.block - findings[run[-1]].block > 2:
            flush()
            run = []
        run.append(n)
    flush()
    return [f for n, f in enumerate(findings) if n not in drop]
