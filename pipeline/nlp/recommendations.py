"""Collect the expert's recommendations: list items under recommendation headings,
rows of comment tables, and Word comments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.metadata import is_sign_off
from pipeline.nlp.structure import alternatives
from pipeline.records import Block, Comment
from pipeline.textnorm import fold

_HEADINGS = alternatives("recommendation_headings")
_HEADING = re.compile(r"\b(" + _HEADINGS + r")\w*")
#: A line that starts with a recommendations label and goes on after it ("Piezīmes: MIP jāpapildina …").
_LABELLED = re.compile(r"^\s*(?:" + _HEADINGS + r")\w*\s*[:\-–]\s*(?=\S)")
_BULLET = re.compile(r"^\s*(?:[-–•·▪◦*]|\d{1,2}[.)]|[a-z][.)])\s+")


@dataclass(frozen=True, slots=True)
class Item:
    """One recommendation: its text, where it is, and the block it came from (-1 for comments)."""

    text: str
    location: str
    block: int = -1


def is_heading(block: Block) -> bool:
    """Return True if ``block`` heads a list of recommendations ("Ieteikumi", "Precizējumi:")."""
    text = block.text.strip()
    words = text.split()
    if not words or len(words) > 8 or not _HEADING.search(fold(text)):
        return False
    return block.heading_level is not None or text.endswith(":") or len(words) <= 4


def _heading_like(block: Block) -> bool:
    text = block.text.strip()
    return block.heading_level is not None or (
        text.endswith(":") and len(text.split()) <= 8 and not block.list_label
    )


def from_sections(blocks: list[Block]) -> list[Item]:
    """Return the items listed under recommendation headings.

    A list ends at the next heading, or at the expert's signature, name or date line
    (``is_sign_off``): what follows a list often closes the review.
    """
    items: list[Item] = []
    i = 0
    while i < len(blocks):
        if blocks[i].cell is None and is_heading(blocks[i]):
            j = i + 1
            while j < len(blocks) and not _heading_like(blocks[j]) and not is_sign_off(blocks[j].text):
                b = blocks[j]
                text = _BULLET.sub("", b.text).strip()
                if text and b.cell is None:
                    items.append(Item(text, b.location, j))
                j += 1
            i = j
        else:
            i += 1
    return items


def from_labelled_lines(blocks: list[Block], taken: set[int] = frozenset()) -> list[Item]:
    """Return the text after a recommendations label that opens a line ("Piezīmes: MIP jāpapildina …").

    Only paragraphs outside tables and outside the lists ``from_sections`` found (block
    indices in ``taken``); a label alone on its line heads a list instead.
    """
    items = []
    for i, b in enumerate(blocks):
        if b.cell is None and i not in taken and (m := _LABELLED.match(fold(b.text))):
            text = _BULLET.sub("", b.text[m.end():]).strip()
            if text:
                items.append(Item(text, b.location, i))
    return items


def from_tables(blocks: list[Block]) -> list[Item]:
    """Return one item per row of tables whose first row names comments or recommendations."""
    tables: dict[tuple, dict[int, list[tuple[int, int]]]] = {}
    for i, b in enumerate(blocks):
        if b.cell is not None:
            tables.setdefault((b.cell.path, b.cell.table), {}).setdefault(b.cell.row, []).append((b.cell.col, i))
    items = []
    for rows in tables.values():
        header = rows.get(min(rows), [])
        if not any(_HEADING.search(fold(blocks[i].text)) for _, i in header):
            continue
        for r in sorted(rows)[1:]:
            cells = [blocks[i] for _, i in sorted(rows[r])]
            parts = [c.text.strip() for c in cells if c.text.strip() and not re.fullmatch(r"[\d.)]+", c.text.strip())]
            if parts:
                items.append(Item(" | ".join(parts), cells[0].location, rows[r][0][1]))
    return items


def from_comments(comments: tuple[Comment, ...]) -> list[Item]:
    """Return one item per Word comment."""
    return [
        Item(c.text.strip(), c.location or f"comment {c.id}")
        for c in comments if c.text.strip()
    ]
