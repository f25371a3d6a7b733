"""Cheap per-document helpers shared by the components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc


def sentence_ids(doc: Doc) -> list[int]:
    """Return the sentence number of every token (one array op instead of ``span.sent`` per span)."""
    if not len(doc):
        return []
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


def sentence_bounds(ids: list[int], token: int) -> tuple[int, int]:
    """Return the token range (start, end) of the sentence holding ``token``."""
    sid = ids[token]
    return bisect_left(ids, sid), bisect_right(ids, sid)
