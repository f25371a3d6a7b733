"""A cached ``textnorm.fold``: block texts are folded by several stages of one review."""

from __future__ import annotations

from functools import lru_cache

from pipeline.textnorm import fold


@lru_cache(maxsize=16384)
def folded(text: str) -> str:
    """Return ``fold(text)``, remembered for texts seen recently."""
    return fold(text)
