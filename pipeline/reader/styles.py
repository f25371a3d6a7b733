"""Resolve paragraph styles (names, heading levels) and list numbering labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from pipeline.reader.xmlparse import W_NS

W = f"{{{W_NS}}}"
VAL = W + "val"
_HEADING = re.compile(r"^(?:heading|virsraksts|überschrift|titre|заголовок)\s*(\d)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Style:
    """What the reader needs of one paragraph style."""

    name: str
    outline: int | None = None
    num: tuple[str, int] | None = None


class Styles:
    """Paragraph styles of ``styles.xml``, resolved lazily (only the styles a document uses)."""

    def __init__(self, root: etree._Element | None) -> None:
        self._elements = {}
        if root is not None:
            for st in root.iterchildren(W + "style"):
                sid = st.get(W + "styleId")
                if sid:
                    self._elements[sid] = st
        self._resolved: dict[str, Style | None] = {}

    def get(self, sid: str) -> Style | None:
        """Return the style with id ``sid`` (inheriting outline level and numbering), or None."""
        try:
            return self._resolved[sid]
        except KeyError:
            pass
        self._resolved[sid] = None  # guards against basedOn cycles
        el = self._elements.get(sid)
        style = None
        if el is not None:
            name_el = el.find(W + "name")
            outline = num = None
            ppr = el.find(W + "pPr")
            if ppr is not None:
                lvl = ppr.find(W + "outlineLvl")
                if lvl is not None and (lvl.get(VAL) or "").isdigit():
                    outline = int(lvl.get(VAL))
                num = numbering_of(ppr)
            based = el.find(W + "basedOn")
            parent = self.get(based.get(VAL) or "") if based is not None else None
            if parent is not None:
                outline = parent.outline if outline is None else outline
                num = parent.num if num is None else num
            name = name_el.get(VAL) if name_el is not None else None
            style = Style(name or sid, outline, num)
        self._resolved[sid] = style
        return style

    def any_numbering(self) -> bool:
        """Return True when some style carries list numbering."""
        return any(el.find(f"{W}pPr/{W}numPr") is not None for el in self._elements.values())


def load_styles(root: etree._Element | None) -> Styles:
    """Return the styles of ``styles.xml`` (empty when absent)."""
    return Styles(root)


def numbering_of(ppr: etree._Element) -> tuple[str, int] | None:
    """Return ``(numId, ilvl)`` of a ``w:pPr``'s ``w:numPr``, or None."""
    numpr = ppr.find(W + "numPr")
    if numpr is None:
        return None
    num_id = numpr.find(W + "numId")
    ilvl = numpr.find(W + "ilvl")
    nid = num_id.get(VAL) if num_id is not None else None
    level = ilvl.get(VAL) if ilvl is not None else "0"
    return (nid or "", int(level) if (level or "").isdigit() else 0)


def heading_level(style_id: str | None, style: Style | None, outline: int | None) -> int | None:
    """Return the heading level (1-9) from a style name or id, or the outline level."""
    for name in (style.name if style else None, style_id):
        m = _HEADING.match(name or "")
        if m:
            return int(m.group(1))
    if outline is None and style is not None:
        outline = style.outline
    if outline is not None and 0 <= outline <= 8:
        return outline + 1
    return None


# --- numbering ---------------------------------------------------------------


def _roman(n: int) -> str:
    """Return ``n`` as upper-case Roman numerals."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    """Return ``n`` as Word's list letters (A..Z, AA..ZZ, ...)."""
    n = max(n, 1)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Return counter ``n`` formatted in Word's ``numFmt`` style."""
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


@dataclass
class Numbering:
    """List definitions from ``numbering.xml`` and the running counters."""

    levels: dict[str, dict[int, tuple[str, str, int]]] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def fresh(self) -> Numbering:
        """Return the same definitions with counters reset (for the next document)."""
        return Numbering(self.levels)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Return the label of the next paragraph in list ``num_id`` at level ``ilvl``."""
        if not num_id or num_id == "0":
            return None
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return f"list:{num_id}:{ilvl}"
        fmt, text, start = levels[ilvl]
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt == "bullet":
            return text if text and text.isprintable() and not _private(text) and len(text) == 1 else "•"

        def sub(m: re.Match) -> str:
            lvl = int(m.group(1)) - 1
            l_fmt, _t, l_start = levels.get(lvl, ("decimal", "", 1))
            return format_number(counts.get(lvl, l_start), l_fmt)

        return re.sub(r"%(\d)", sub, text) or None


def _private(text: str) -> bool:
    return any(0xE000 <= ord(c) <= 0xF8FF for c in text)


def load_numbering(root: etree._Element | None) -> Numbering:
    """Return the list definitions of ``numbering.xml`` (empty when absent)."""
    if root is None:
        return Numbering()
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for an in root.iterchildren(W + "abstractNum"):
        abstract[an.get(W + "abstractNumId") or ""] = _levels(an)
    levels = {}
    for num in root.iterchildren(W + "num"):
        ref = num.find(W + "abstractNumId")
        base = dict(abstract.get(ref.get(VAL) if ref is not None else "", {}))
        for over in num.iterchildren(W + "lvlOverride"):
            ilvl = int(over.get(W + "ilvl") or 0)
            lvl = over.find(W + "lvl")
            if lvl is not None:
                base.update(_levels(over))
            start = over.find(W + "startOverride")
            if start is not None and ilvl in base and (start.get(VAL) or "").isdigit():
                fmt, text, _s = base[ilvl]
                base[ilvl] = (fmt, text, int(start.get(VAL)))
        levels[num.get(W + "numId") or ""] = base
    return Numbering(levels)


def _levels(parent: etree._Element) -> dict[int, tuple[str, str, int]]:
    """Return ``{ilvl: (numFmt, lvlText, start)}`` for the ``w:lvl`` children of ``parent``."""
    out = {}
    for lvl in parent.iterchildren(W + "lvl"):
        ilvl = lvl.get(W + "ilvl") or "0"
        fmt = lvl.find(W + "numFmt")
        text = lvl.find(W + "lvlText")
        start = lvl.find(W + "start")
        start_val = start.get(VAL) if start is not None else "1"
        out[int(ilvl) if ilvl.isdigit() else 0] = (
            fmt.get(VAL) if fmt is not None else "decimal",
            text.get(VAL) if text is not None else "",
            int(start_val) if (start_val or "").isdigit() else 1,
        )
    return out
