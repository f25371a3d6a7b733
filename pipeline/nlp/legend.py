"""Forms that mark a verdict with a code explained in a legend.

"Apzīmējumi: A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, pēc
precizējumu veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms", then a table with "AP" under
MIP. ``expand_legends`` writes each code's meaning into the cells that hold only the code, and empties
the legend itself (it lists every option, so it is no verdict), before the review is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.nlp.documents import documents_in
from pipeline.nlp.findings import candidate
from pipeline.records import Block
from pipeline.textnorm import fold

#: One "code – meaning" entry of a legend; entries are separated by ";" (or a new line).
_ENTRY = re.compile(r"(?:^|[;\n]|[:.]\s)\s*([A-ZĀ-Ž]{1,3}|\d)\s*[–—=-]\s*([^;\n]+)")
#: Words that open a legend line.
_OPENERS = ("apzimejumi", "saisinajumi", "legenda", "kodi")


def legend(text: str) -> dict[str, str]:
    """Return ``{code: meaning}`` of a legend line whose meanings are verdicts, else {}. Without an
    opening word ("Atzīme ✓ kolonnā nozīmē … A – …; P – …; N – …") no code or meaning may name a document."""
    codes = {m.group(1): m.group(2).strip(" .") for m in _ENTRY.finditer(text) if candidate(m.group(2))}
    if not fold(text).lstrip().startswith(_OPENERS) and any(documents_in(f"{c} {m}") for c, m in codes.items()):
        return {}  # "MIP – atbalstāms; PKE – …", "1 – MIP atbalstāms; 2 – PKE …": verdicts, not a legend
    return codes if len(codes) >= 2 else {}


def expand_legends(blocks: list[Block]) -> list[Block]:
    """Return ``blocks`` with table cells holding only a legend's code replaced by its meaning."""
    codes: dict[str, str] = {}
    legend_at = []
    for i, b in enumerate(blocks):
        if b.cell is None:
            found = legend(b.text)
            if found:
                codes.update(found)
                legend_at.append(i)
    if not codes:
        return blocks
    out = list(blocks)
    for i in legend_at:
        out[i] = replace(blocks[i], text="", marks=(), struck=(), emphasized=())
    for i, b in enumerate(blocks):
        code = b.text.strip().rstrip(".")
        if b.cell is not None and code in codes:
            out[i] = replace(b, text=codes[code], marks=(), struck=(), emphasized=())
    return out
