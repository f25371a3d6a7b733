"""Tell which documents (MIP, PKE) a piece of text talks about."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.structure import RULES
from pipeline.textnorm import fold

#: How each document is named (structure.v1.json "documents").
_MIP = re.compile("|".join(RULES["documents"]["MIP"]))
_PKE = re.compile("|".join(RULES["documents"]["PKE"]))


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
