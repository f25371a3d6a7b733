"""Tell which documents (MIP, PKE) a piece of text talks about."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.folded import folded as fold

_MIP = re.compile(r"\bmip\b|modular\w*\s+izglitib|izglitibas\s+programm")
_PKE = re.compile(r"\bpke\b|kvalifikacijas\s+eksamen|\beksamen")


@lru_cache(maxsize=16384)
def documents_in(text: str) -> tuple[str, ...]:
    """Return the documents ``text`` names, in the fixed order MIP, PKE."""
    folded = fold(text)
    docs = []
    if _MIP.search(folded):
        docs.append("MIP")
    if _PKE.search(folded):
        docs.append("PKE")
    return tuple(docs)
