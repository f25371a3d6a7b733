"""ReviewDocument records built in code for the NLP and extraction tests.

The fixtures those tests share (``nlp``: the built pipeline, loaded once; ``register``:
the bundled register) are in ``conftest.py``.
"""

from __future__ import annotations

from pipeline.records import Block, CellRef, Comment, Mark, ReviewDocument


def para(text: str, i: int = 0, **kw) -> Block:
    """Return a body paragraph block."""
    return Block(text=text, location=f"paragraph {i + 1}", index=i, **kw)


def doc_of(*texts: str, title: str = "", comments: tuple[Comment, ...] = (), author: str = "") -> ReviewDocument:
    """Return a review whose body is one paragraph per text (a str, or a ready Block)."""
    blocks = []
    for i, t in enumerate(texts):
        blocks.append(t if isinstance(t, Block) else para(t, i))
    return ReviewDocument(blocks=tuple(blocks), comments=comments, title=title, author=author)


def cell(text: str, table: int, row: int, col: int, i: int, marks: tuple[Mark, ...] = ()) -> Block:
    """Return a table-cell block."""
    return Block(text=text, location=f"table {table} row {row + 1} cell {col + 1}", index=i,
                 cell=CellRef(table, row, col), marks=marks)


HEADER = (
    "Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP un PKE saturu",
    "Profesionālā kvalifikācija: Mēbeļu galdnieks",
    "Eksperts: Ilze Kalniņa",
    "Datums: 12.03.2026.",
)
