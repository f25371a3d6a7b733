"""Cheap per-document helpers shared by the components."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc


def sentence_ids(doc: Doc) -> numpy.ndarray:
    """Return the sentence number of every token (one array op instead of ``span.sent`` per span)."""
    if not len(doc):
        return numpy.zeros(0, dtype="int64")
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    return numpy.cumsum(starts) - 1


def sentence_bounds(ids: numpy.ndarray, token: int) -> tuple[int, int]:
    """Return the token range (start, end) of the sentence holding ``token``."""
    sid = ids[token]
    start = int(numpy.searchsorted(ids, sid, side="left"))
    end = int(numpy.searchsorted(ids, sid, side="right"))
    return start, end
