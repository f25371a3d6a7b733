"""Find which qualifications a review is about and split it into one section per qualification."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.nlp.folded import folded as fold
from pipeline.records import Block
from pipeline.register import Qualification, Register

_LABEL = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:profesionalas\s+kvalifikacijas\s+nosaukums|kvalifikacijas\s+nosaukums|"
    r"profesionala\s+kvalifikacija|kvalifikacija|pk|profesija)\s*(?:\([^)]*\))?\s*[:\-–|]\s*"
)
_LABEL_CELL = re.compile(
    r"^\s*(?:\d+[.)]\s*)?(?:profesionalas\s+kvalifikacijas\s+nosaukums|kvalifikacijas\s+nosaukums|"
    r"profesionala\s+kvalifikacija|kvalifikacija|pk|profesija)\s*[:]?\s*$"
)
_QUOTED = re.compile(r"kvalifikacij\w*\s+[\"„“”«]([^\"„“”«»]{3,80})[\"”“»]")
_TRAILING = re.compile(r"\s*[\(,;].*$|\s*(?:\d\.\s*)?(?:lki|pkl)\b.*$|[.\s]+$")


@dataclass(frozen=True)
class QualName:
    """A qualification as the review names it, resolved against the register when possible."""

    name: str  # canonical register name, or the name as written
    in_register: bool
    qualification: Qualification | None = None


@dataclass
class Section:
    """The blocks of a review that concern one qualification."""

    qual: QualName | None
    start: int  # first block index (inclusive)
    end: int  # last block index (exclusive)
    anchor: int = -1
    blocks: list[int] = field(default_factory=list)


def resolve(written: str, register: Register) -> QualName | None:
    """Return the qualification named ``written`` (any inflection) or, if unknown, as written."""
    text = _TRAILING.sub("", written.strip().strip("\"„“”«»'").strip())
    text = text.strip("\"„“”«»' ")
    if len(text) < 3 or not re.search(r"[^\W\d_]", text):
        return None
    q = register.lookup(text)
    if q is None:
        found = register.find_all(text)
        if len(found) == 1:
            q = found[0][1]
    if q is not None:
        return QualName(q.name, True, q)
    return QualName(nominative(text), False)


def nominative(name: str) -> str:
    """Return ``name`` with a genitive head noun turned back to nominative where it is safe."""
    words = name.split()
    if words:
        last = words[-1]
        if last.endswith("nieka") or last.endswith("tora") or last.endswith("ēja"):
            words[-1] = last[:-1] + "s"
        elif last.endswith("tāja"):
            words[-1] = last[:-1] + "s"
    return " ".join(words)


def labelled_name(text: str) -> str:
    """Return the value after a qualification label in ``text`` ("Profesionālā kvalifikācija: X")."""
    m = _LABEL.match(fold(text))
    return text[m.end():].strip() if m and text[m.end():].strip() else ""


def is_label_cell(text: str) -> bool:
    """Return True if ``text`` is a table cell labelling the qualification."""
    return bool(_LABEL_CELL.match(fold(text)))


def quoted_name(text: str) -> str:
    """Return the quoted name after 'kvalifikācijas' in ``text`` (a title), else ''."""
    m = _QUOTED.search(fold(text.replace("\u201d", '"')))
    return text[m.start(1):m.end(1)] if m else ""


def anchors(blocks: list[Block], register: Register) -> list[tuple[int, QualName]]:
    """Return ``(block index, qualification)`` for blocks that introduce a qualification.

    An anchor is a labelled line, a labelled table row, or a heading naming a qualification.
    """
    found: list[tuple[int, QualName]] = []
    for i, b in enumerate(blocks):
        q = None
        value = labelled_name(b.text)
        if value:
            q = resolve(value, register)
        elif b.cell is not None and b.cell.col > 0:
            left = [x for x in blocks[max(0, i - 4):i] if x.cell and x.cell.table == b.cell.table
                    and x.cell.row == b.cell.row and x.cell.col == b.cell.col - 1]
            if left and is_label_cell(left[-1].text):
                q = resolve(b.text, register)
        elif b.heading_level is not None or (b.style or "").lower().startswith(("heading", "virsraksts", "title")):
            hits = register.find_all(b.text)
            if len(hits) == 1:
                q = QualName(hits[0][1].name, True, hits[0][1])
            elif quoted_name(b.text):
                q = resolve(quoted_name(b.text), register)
        if q is not None:
            found.append((i, q))
    return found


def title_qualification(title: str, blocks: list[Block], register: Register) -> QualName | None:
    """Return the qualification named in the title (document title or first heading-like blocks)."""
    candidates = [title] + [b.text for b in blocks[:6] if b.cell is None]
    for text in candidates:
        if not text:
            continue
        quoted = quoted_name(text)
        if quoted:
            return resolve(quoted, register)
        if "kvalifik" in fold(text) or "atzinum" in fold(text):
            hits = register.find_all(text)
            if len(hits) == 1:
                return QualName(hits[0][1].name, True, hits[0][1])
    return None


def split_sections(blocks: list[Block], title: str, register: Register) -> list[Section]:
    """Return the sections of the review, one per distinct qualification in document order."""
    found = anchors(blocks, register)
    distinct: list[tuple[int, QualName]] = []
    for i, q in found:
        if not distinct or distinct[-1][1].name != q.name:
            if all(q.name != d[1].name for d in distinct):
                distinct.append((i, q))
    if not distinct:
        q = title_qualification(title, blocks, register)
        return [Section(q, 0, len(blocks))]
    sections = []
    for n, (i, q) in enumerate(distinct):
        start = 0 if n == 0 else _section_start(blocks, i)
        end = _section_start(blocks, distinct[n + 1][0]) if n + 1 < len(distinct) else len(blocks)
        sections.append(Section(q, start, end, anchor=i))
    return sections


def _section_start(blocks: list[Block], anchor: int) -> int:
    """Return where the section of ``anchor`` begins: at a heading just above it, if any."""
    for j in range(anchor, max(-1, anchor - 3), -1):
        if blocks[j].heading_level is not None:
            return j
    return anchor
