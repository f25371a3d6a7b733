"""Text normalisation shared by the reader, the register and the NLP rules."""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "ā": "a", "č": "c", "ē": "e", "ģ": "g", "ī": "i", "ķ": "k", "ļ": "l",
        "ņ": "n", "š": "s", "ū": "u", "ž": "z", "ō": "o", "ŗ": "r",
        "Ā": "A", "Č": "C", "Ē": "E", "Ģ": "G", "Ī": "I", "Ķ": "K", "Ļ": "L",
        "Ņ": "N", "Š": "S", "Ū": "U", "Ž": "Z", "Ō": "O", "Ŗ": "R",
    }
)

_QUOTE_CHARS = "„“”«»‟″〝〞＂‘’‚‛'`´"
_QUOTE_RE = re.compile(f"[{re.escape(_QUOTE_CHARS)}]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def fold(text: str) -> str:
    """Return ``text`` lower-cased with Latvian diacritics removed (ā -> a)."""
    return text.lower().translate(_FOLD)


def normalize_text(text: str) -> str:
    """Return ``text`` in NFC with quotes unified and white space collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return _SPACES.sub(" ", _QUOTE_RE.sub('"', text)).strip()


def key(text: str) -> str:
    """Return a comparison key: normalized, folded, without quotes or punctuation."""
    return " ".join(re.sub(r"[^\w ]+", " ", fold(normalize_text(text))).split())
