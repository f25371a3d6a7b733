"""Where a table cell sits among its neighbours: its column's header, the cells left of and above it,
the label of its row. Only the layout of the blocks; what the cells say is read elsewhere."""

from __future__ import annotations

from pipeline.records import Block


def table_index(blocks: list[Block]) -> tuple[dict, dict]:
    """Return the indices of the table cells by (path, table, col) and by (path, table, row), in order."""
    columns: dict[tuple, list[int]] = {}
    rows: dict[tuple, list[int]] = {}
    for j, x in enumerate(blocks):
        c = x.cell
        if c:
            columns.setdefault((c.path, c.table, c.col), []).append(j)
            rows.setdefault((c.path, c.table, c.row), []).append(j)
    return columns, rows


def column_header(blocks: list[Block], i: int, columns: dict | None = None) -> Block | None:
    """Return the first-row cell above table cell ``blocks[i]`` (same table and column), if any.

    ``columns`` (from ``table_index``) maps (path, table, col) to the indices of that
    column's cells in document order, so a review is not rescanned for every cell.
    """
    c = blocks[i].cell
    if columns is None:
        columns = table_index(blocks)[0]
    best = None
    for j in columns.get((c.path, c.table, c.col), ()):
        if j >= i:
            break
        r = blocks[j].cell.row
        if r < c.row and (best is None or r < blocks[best].cell.row):
            best = j
    return None if best is None else blocks[best]


def alone_in_row(blocks: list[Block], i: int) -> bool:
    """Return True when table cell ``blocks[i]`` is the only cell of its row (a merged, full-width row)."""
    c = blocks[i].cell
    near = blocks[max(0, i - 6):i] + blocks[i + 1:i + 7]
    return not any(x.cell and (x.cell.path, x.cell.table, x.cell.row) == (c.path, c.table, c.row)
                   and x.cell.col != c.col for x in near)


def cell_above(blocks: list[Block], i: int) -> Block | None:
    """Return the cell right above table cell ``blocks[i]`` (same table and column, the row before)
    when the table has one column, else None."""
    c = blocks[i].cell
    for x in reversed(blocks[max(0, i - 4):i]):
        if x.cell and (x.cell.path, x.cell.table) == (c.path, c.table):
            if x.cell.col != c.col:
                return None
            if x.cell.row == c.row - 1:
                return x
    return None


def cell_in_column(blocks: list[Block], i: int, step: int, columns: dict | None = None) -> Block | None:
    """Return the cell ``step`` rows below table cell ``blocks[i]`` (above, when negative) in its column, in a
    table of any width: a form's label over its value ("Profesionālā kvalifikācija" over "Metinātājs")."""
    c = blocks[i].cell
    if columns is None:
        columns = table_index(blocks)[0]
    found = [j for j in columns.get((c.path, c.table, c.col), ()) if blocks[j].cell.row == c.row + step]
    return blocks[found[0]] if found else None


def left_cell(blocks: list[Block], i: int) -> Block | None:
    """Return the nearest of the four blocks before table cell ``blocks[i]`` that sits in the cell to its left."""
    c = blocks[i].cell
    for j in range(i - 1, max(-1, i - 5), -1):
        x = blocks[j].cell
        if x and x.table == c.table and x.path == c.path and x.row == c.row and x.col == c.col - 1:
            return blocks[j]
    return None


def row_label(blocks: list[Block], i: int) -> str:
    """Return the text of the first cell of the table row holding block ``i``."""
    c = blocks[i].cell
    for x in blocks[max(0, i - 12): i + 1]:
        if x.cell and x.cell.table == c.table and x.cell.path == c.path and x.cell.row == c.row:
            return x.text
    return ""


def rest_of_row(blocks: list[Block], i: int) -> list[Block]:
    """Return the cells after table cell ``blocks[i]`` in its row (among the next twelve blocks)."""
    c = blocks[i].cell
    return [x for x in blocks[i + 1:i + 13] if x.cell and (x.cell.path, x.cell.table, x.cell.row) == (c.path, c.table, c.row)]
