"""Recognise choice marks: checkbox glyphs, symbol-font boxes and lone letters.

The tables map what Word stores onto Unicode so that text and marks agree:
a Wingdings ``F0FE`` becomes ``☑`` in ``Block.text`` with a ``sym`` mark at
its offset.
"""

from __future__ import annotations

import functools
import re

CHECKED = "☒"
UNCHECKED = "☐"

#: Glyphs typed as text that mark a choice, and whether they mean "chosen".
GLYPHS = {
    "☒": True,
    "☑": True,
    "✓": True,
    "✔": True,
    "■": True,
    "☐": False,
    "□": False,
}
GLYPH_RE = re.compile("[" + "".join(GLYPHS) + "]")

#: Letters that, standing alone as a table cell's whole text, mark the option beside them.
LETTERS = frozenset({"X", "x", "V", "v", "✓", "✔"})

#: Wingdings code point (low byte) -> Unicode.
WINGDINGS = {
    0x6E: "■",
    0x6F: "☐",
    0x71: "☐",
    0x72: "☐",
    0x78: "☒",
    0xA1: "○",
    0xA4: "◉",
    0xA7: "▪",
    0xA8: "☐",
    0x9F: "•",
    0x9E: "·",
    0xD8: "➢",
    0xFB: "☒",
    0xFC: "✓",
    0xFD: "☒",
    0xFE: "☑",
}

#: Wingdings 2 code point (low byte) -> Unicode.
WINGDINGS2 = {
    0x50: "✓",
    0x4F: "☒",
    0x51: "☒",
    0x52: "☑",
    0x53: "☒",
    0x54: "☒",
    0xA3: "☐",
    0x81: "☐",
    0x97: "•",
}

#: Symbol font code point (low byte) -> Unicode (bullets mostly).
SYMBOL = {0xB7: "•", 0xA8: "♦", 0xD6: "√", 0xB4: "×"}

#: Unicode produced by the tables above that counts as a choice mark.
SYM_MARKS = {"☒": True, "☑": True, "✓": True, "■": True, "☐": False}


@functools.lru_cache(maxsize=256)
def symbol_table(font: str | None) -> dict[int, str] | None:
    """Return the code table for a symbol ``font`` name, or None for an ordinary font."""
    if not font:
        return None
    low = font.lower()
    if low.startswith("wingdings 2"):
        return WINGDINGS2
    if low.startswith("wingdings") or low.startswith("webdings"):
        return WINGDINGS
    if low == "symbol":
        return SYMBOL
    return None


def map_symbol_char(code: int, table: dict[int, str] | None) -> str | None:
    """Return the Unicode for a symbol-font ``code`` (``F0xx`` or ``xx``), or None if unknown."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    elif code > 0xFF:
        return None
    return (table or WINGDINGS).get(code)


def map_symbol_text(text: str, table: dict[int, str] | None) -> str:
    """Return ``text`` with private-use symbol characters (and, for a symbol font, all) mapped."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xF000 <= code <= 0xF0FF or (table is not None and code <= 0xFF):
            mapped = map_symbol_char(code, table)
            if mapped is not None:
                out.append(mapped)
                continue
        out.append(ch)
    return "".join(out)


_PRIVATE_USE = re.compile("[\uf000-\uf0ff]")


def has_private_use(text: str) -> bool:
    """Return True when ``text`` holds a private-use character from a symbol font."""
    return _PRIVATE_USE.search(text) is not None


def on_off(val: str | None) -> bool:
    """Return the boolean of an OOXML on/off value (a missing value means on)."""
    return val is None or val.lower() not in ("0", "false", "off", "none")
