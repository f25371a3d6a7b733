"""Decide which printed form options were chosen: checkboxes, X/V/✓ marks, strikethrough.

Forms print every option ("atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc
precizējumu veikšanas ...", "nav atbalstāms") and mark one. Reading the text alone would
find every option, so each finding from an option is kept only when its option is marked
(a checked box in the same paragraph, a checked box or a lone X/V/✓ in the same table
row, or in the neighbouring cell of a column layout) or when the other options are struck
out; unmarked printed options are dropped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import Finding, candidate, option_parts
from pipeline.nlp.formtable import (
    CRITERION_HEADER,
    LETTER_MARKS,
    MAX_OPTION_WORDS,
    Table,
    block_marks,
    cell_documents,
    method_of,
    table_of,
    tables_of,
)
from pipeline.nlp.questionnaire import answer
from pipeline.nlp.structure import HISTORY_LABEL, alternatives
from pipeline.nlp.tables import cell_above
from pipeline.records import NEEDS_CORRECTIONS, NOT_SUPPORTED, SUPPORTED, Block, Mark
from pipeline.textnorm import fold

#: A sentence whose subject is a part of a document ("Modulis „…” nav atbalstāms", "3. uzdevums …"):
#: it judges the part, not the document.
PART_SUBJECT = re.compile(r"^\W*(?:\d+[.)]?\s*)?(?:(?:tomer|tacu|bet|ari|savukart|turpreti)\s+)?(?:"
                          + alternatives("part_subjects") + r")\w*")


def _struck_share(block: Block, start: int, end: int) -> float:
    return _share(block.struck, start, end)


def _share(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> float:
    if not ranges or end <= start:
        return 0.0
    covered = sum(max(0, min(e, end) - max(s, start)) for s, e in ranges)
    return covered / (end - start)


def _emphasized(block: Block, start: int | None = None, end: int | None = None) -> bool:
    """Return True when the text of ``block`` (or its range) is mostly bold, underlined or highlighted."""
    if start is None:
        text = block.text
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return _share(block.emphasized, start, end) >= 0.5


def _governing_mark(marks: tuple[Mark, ...], f: Finding) -> Mark | None:
    ordered = sorted(marks, key=lambda m: m.offset)
    before = [m for m in ordered if m.offset <= f.start]
    if before:
        return before[-1]
    after = [m for m in ordered if m.offset >= f.end]
    return after[0] if after else None


def in_history_row(blocks: list[Block], i: int, tables: dict[tuple, Table]) -> bool:
    """Return True if cell block ``i`` sits in a row or column labelled as an earlier review."""
    b = blocks[i]
    table = table_of(b, tables)
    if table is None:
        return False
    row, col = b.cell.row, b.cell.col
    labels = table.row_label(blocks, row, col) + " " + table.column_header(blocks, row, col)
    above = cell_above(blocks, i)  # a form of one column, each label over its value
    if above is not None and len(above.text.split()) <= 4:
        labels += " " + above.text
    return HISTORY_LABEL.search(fold(labels)) is not None


#: Row labels of a criterion table that give the overall verdict ("Kopvērtējums", "Kopumā", "Slēdziens").
OVERALL_ROW = re.compile(r"\b(?:kopvertejum\w*|kopuma|kopeja\w*|sledzien\w*|secinajum\w*|gala vertejum\w*|"
                         r"kopsavilkum\w*|vertejums)\b")


def _stated(text: str) -> bool:
    """Return True for a cell that states the overall verdict after its label ("Kopējais vērtējums: …")."""
    label, colon, _ = fold(text).partition(":")
    return bool(colon) and len(label.split()) <= 3 and OVERALL_ROW.search(label) is not None


#: A line that introduces a filled-in example ("Piemērs aizpildītai tabulai:", "Aizpildīšanas paraugs:").
_EXAMPLE_LEAD = re.compile(r"\b(?:piemer\w*|paraug\w*)\b[^.]{0,60}:\s*$")


def in_example_table(blocks: list[Block], i: int) -> bool:
    """Return True if cell block ``i`` is in a table that a line introduces as an example of filling
    in the form ("Piemērs aizpildītai tabulai:"): its marks show how, they choose nothing."""
    c = blocks[i].cell
    if c is None:
        return False
    k = i
    while k > 0 and blocks[k - 1].cell is not None and (blocks[k - 1].cell.path, blocks[k - 1].cell.table) == (c.path, c.table):
        k -= 1
    return k > 0 and blocks[k - 1].cell is None and _EXAMPLE_LEAD.search(fold(blocks[k - 1].text)) is not None


def in_criterion_row(blocks: list[Block], i: int, tables: dict[tuple, Table]) -> bool:
    """Return True if cell block ``i`` remarks on one criterion of a criterion table ("Eksāmena ilgums
    | Pieņemami."): a part of the document, not its verdict, unless the row is the overall one."""
    b = blocks[i]
    table = table_of(b, tables)
    if table is None:
        return False
    top = table.first_row()
    first = table.first_col(b.cell.row)
    if b.cell.row == top or b.cell.col == first:
        return False
    if not CRITERION_HEADER.match(fold(table.text_at(blocks, top, table.first_col(top)))):
        return False
    label = fold(table.text_at(blocks, b.cell.row, first))
    return not OVERALL_ROW.search(label) and not (documents_in(label) and len(label.split()) <= 3)  # "| PKE |"


def part_level(f: Finding, blocks: list[Block]) -> bool:
    """Return True if ``f`` names no document in its own sentence and that sentence is about a part
    of one (a module, a task): "Tomēr modulis „…” šādā apjomā nav atbalstāms"."""
    if f.documents and f.reference not in ("previous sentence",):
        return False
    return PART_SUBJECT.match(fold(blocks[f.block].text[f.sent_start:f.start])) is not None


def line_documents(block: Block, f: Finding) -> tuple[str, ...]:
    """Return the documents named on the line of a form option, before it ("PKE: ☐ … ☒ …",
    "MIP saturs: a / b / c"), for a block that prints options; () otherwise."""
    if not (block.marks or block.struck or len(option_parts(block)) > 1):
        return ()
    return documents_in(block.text[: f.start])


def _choose(f: Finding, mark: Mark | None) -> Finding | None:
    """Return ``f`` as chosen by ``mark``, or None when the mark is empty."""
    if mark is None or not mark.checked:
        return None
    return f.copy_with(method=method_of(mark), confidence=0.95)


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
    if _stated(block.text) and not table.row_marks(blocks, row, col) and not table.column_marks(blocks, col, row):
        return True, [f.copy_with(method="table")]  # "Kopējais vērtējums: atbalstāms; …" under ticked criteria
    if not table.has_lone_marks(blocks):  # each mark sits in a verdict of its own ("✓ atbalstāms …"):
        if any(block_marks(blocks[i]) for i in table.cells[(row, col)]):
            return True, []  # an option left unmarked beside the marked one in its cell
        beside = any(block_marks(blocks[i]) for (r, c), idx in table.cells.items() if r == row for i in idx)
        return (True, [f.copy_with(method="table")]) if beside else (False, [f])  # it chooses no other
        # cell; the expert's words beside the marked options weigh as much as the mark
    by_column = _row_marks_by_column(table, blocks, row, col)
    headers = {c: table.column_header(blocks, row, c) for c in by_column}
    headed = {c: documents_in(h) for c, h in headers.items()}
    if any(headed.values()):
        # a matrix: options in rows, one column of marks per document (or per qualification's document)
        chosen = []
        for c, column in sorted(by_column.items()):
            checked = [m for m in column if m.checked]
            if checked and headed[c]:
                chosen.append(f.copy_with(documents=headed[c], method=method_of(checked[0]), confidence=0.95,
                                          column=headers[c]))
        return True, chosen
    marks = table.row_marks(blocks, row, col)
    if marks:
        checked = [m for m in marks if m.checked]
        if not checked and f.verdict == SUPPORTED and not f.settled and table.answered_no(blocks, row, col):
            # "Saturs atbalstāms | | X" under "Jā | Nē", the table's only verdict row: not supported
            return True, [f.copy_with(verdict=NOT_SUPPORTED, method="table", confidence=0.9)]
        return True, _listed(_choose(f, checked[0] if checked else marks[0]))
    # the option heads a column: each row below marks it for the document that row names
    chosen = []
    for r, column in sorted(table.column_marks(blocks, col, row).items()):
        checked = [m for m in column if m.checked]
        if checked:  # the finding moves to the marked cell: its row names the qualification too
            docs = documents_in(table.row_text(blocks, r)) or f.documents
            cell = table.cells[(r, col)][0]
            size = len(blocks[cell].text)
            chosen.append(f.copy_with(documents=docs, method=method_of(checked[0]), confidence=0.95, block=cell,
                                      location=blocks[cell].location, start=0, end=size, sent_start=0,
                                      sent_end=size, cues=(), column=blocks[f.block].text))
    return True, chosen


def _row_marks_by_column(table: Table, blocks: list[Block], row: int, skip_col: int) -> dict[int, list[Mark]]:
    found: dict[int, list[Mark]] = {}
    for (r, c), idx in table.cells.items():
        if r == row and c != skip_col:
            marks = [m for i in idx if not candidate(blocks[i].text) for m in table.cell_marks(blocks, i)]
            if marks:
                found[c] = marks
    return found


def _listed(f: Finding | None) -> list[Finding]:
    return [f] if f is not None else []


def _option_like(block: Block) -> bool:
    words = block.text.split()
    return len(words) <= MAX_OPTION_WORDS and (
        block.cell is not None or bool(block.list_label) or not block.text.rstrip().endswith(".")
    )


def _abbreviated_options(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return a finding for each option cell that names the middle verdict by its condition alone
    ("Atbalstāms, virzāms saskaņošanai | Pēc precizējumiem | Nav atbalstāms"), beside two options."""
    found = {f.block for f in findings}
    options: dict[tuple, set[int]] = defaultdict(set)
    for i in found:
        c = blocks[i].cell
        if c is not None:
            options[(c.path, c.table, c.row)].add(i)
    extra = []
    for i, b in enumerate(blocks):
        c = b.cell
        if c is None or i in found or len(options.get((c.path, c.table, c.row), ())) < 2:
            continue
        if len(b.text.split()) <= 4 and answer(b.text) == "after":
            size = len(b.text)
            extra.append(Finding(i, NEEDS_CORRECTIONS, (), True, 0.9, "rule", b.text.strip(), b.location, 0, size,
                                 0, size))
    return extra


def select(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Return the findings that are real verdicts: chosen options and narrative sentences."""
    tables = tables_of(blocks)
    findings = findings + _abbreviated_options(findings, blocks)
    kept: list[Finding] = []
    struck_blocks: set[int] = set()
    undecided: list[Finding] = []
    for f in findings:
        if in_history_row(blocks, f.block, tables) or part_level(f, blocks) or in_criterion_row(blocks, f.block, tables):
            continue
        if in_example_table(blocks, f.block):
            continue
        if not f.documents:
            docs = cell_documents(blocks, f.block, tables) or line_documents(blocks[f.block], f)
            if docs:
                f = f.copy_with(documents=docs)
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
            kept.append(f.copy_with(method="strike", confidence=0.9))
    rest = [f for f in undecided if f.block not in struck_near]
    kept += drop_printed_options(rest, blocks, tables)
    return sorted(kept, key=lambda f: (f.block, f.start))


def drop_printed_options(findings: list[Finding], blocks: list[Block],
                         tables: dict[tuple, Table] | None = None) -> list[Finding]:
    """Return ``findings`` without unmarked lists of options (several verdicts for the same documents
    printed one after another, or in one paragraph separated by '/')."""
    tables = tables if tables is not None else tables_of(blocks)
    drop: set[int] = set()
    picked: set[int] = set()  # the one option set apart in bold, underline or highlight
    by_block: dict[int, list[int]] = defaultdict(list)
    for n, f in enumerate(findings):
        by_block[f.block].append(n)
    for idx in by_block.values():  # options in one paragraph: "atbalstāms / nav atbalstāms"
        verdicts = {findings[n].verdict for n in idx}
        same_docs = len({findings[n].documents for n in idx}) == 1
        if len(verdicts) > 1 and same_docs and len(option_parts(blocks[findings[idx[0]].block])) > 1:
            block = blocks[findings[idx[0]].block]
            chosen = [n for n in idx if _emphasized(block, findings[n].start, findings[n].end)]
            if len(chosen) == 1:
                picked.update(chosen)
            drop.update(n for n in idx if n not in chosen or len(chosen) != 1)
    run: list[int] = []
    order = sorted(range(len(findings)), key=lambda n: (findings[n].block, findings[n].start))

    def flush() -> None:
        groups: dict[tuple, list[int]] = defaultdict(list)
        for n in run:  # the options printed for one document, in one cell when in a table ...
            c = blocks[findings[n].block].cell
            docs = findings[n].documents or _label_above(findings[n].block)
            table = tables[(c.path, c.table)] if c is not None else None
            # ... or in one column: of a table of one column, or under a header that names the document
            # in rows that are only numbered ("1 | atbalstāms … | atbalstāms …"), not labelled by a qualification
            stacked = table is not None and (table.one_column() or (
                documents_in(table.column_header(blocks, c.row, c.col))
                and not re.search(r"[^\W\d_]{3}", table.row_label(blocks, c.row, c.col))))
            row = None if stacked or c is None else c.row
            groups[(docs, (c.path, c.table, row, c.col) if c else None)].append(n)
        for members in groups.values():  # "vajadzīgo pasvītrot": one option of a list underlined
            if len({findings[n].verdict for n in members}) > 1:
                chosen = [n for n in members if _emphasized(blocks[findings[n].block])]
                if len(chosen) == 1:
                    picked.update(chosen)
                    drop.update(n for n in members if n not in chosen)
        if len({findings[n].verdict for n in run}) > 1 and len({findings[n].documents for n in run}) == 1 \
                and not _overall_row(run) and not _labelled_rows(run):
            drop.update(n for n in run if n not in picked)

    def _label_above(i: int) -> tuple[str, ...]:
        """Return the documents a short line just above block ``i`` names ("MIP:" over its options,
        "Atzinums par MIP (atbilstošo izcelt treknrakstā)": its bracketed instruction apart)."""
        for j in range(i - 1, max(-1, i - 5), -1):
            label = re.sub(r"\([^)]*\)", " ", blocks[j].text)
            if len(label.split()) <= 3 and documents_in(label):
                return documents_in(label)
        return ()

    def _first_cell(c) -> tuple[int, str]:
        """Return (column, text) of the first cell of the row of cell ``c``."""
        table = tables[(c.path, c.table)]
        first = table.first_col(c.row)
        return first, table.text_at(blocks, c.row, first)

    def _labelled_rows(members: list[int]) -> bool:
        """Return True for cells of different table rows, each right of its own row label ("Būvizstrādājumu
        galdnieks – PKE | Virzīt …", "Koka … tehniķis – PKE | Atbalstīt …"): verdicts, not printed options."""
        labels, rows = [], []
        for n in members:
            c = blocks[findings[n].block].cell
            if c is None:
                return False
            first, label = _first_cell(c)
            if first == c.col or candidate(label):
                return False
            labels.append(label)
            rows.append((c.path, c.table, c.row))
        apart = len({r[:2] for r in rows}) == 1 and any(b[2] - a[2] > 1 for a, b in pairwise(sorted(rows)))
        return len(labels) > 1 and (len(set(labels)) == len(labels) or apart)  # rows apart: not one printed list

    def _overall_row(members: list[int]) -> bool:
        """Return True for cells of one table row labelled as the overall verdict ("Kopumā |
        Atbalstāms | Pēc precizējumiem var virzīt"): a verdict and its note, not printed options."""
        cells = [blocks[findings[n].block].cell for n in members]
        if None in cells or len({(c.path, c.table, c.row) for c in cells}) != 1:
            return False
        return bool(OVERALL_ROW.search(fold(_first_cell(cells[0])[1])))

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
    return [f.copy_with(method="mark", confidence=0.85) if n in picked else f
            for n, f in enumerate(findings) if n not in drop]
