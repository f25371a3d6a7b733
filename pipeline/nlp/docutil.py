"""Cheap per-document helpers shared by the components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

#: ``doc.user_data`` key of the sentence numbers the sentencizer worked out.
SENTENCE_IDS_KEY = "lv_sentence_ids"



def remember_sentence_ids(doc: Doc, ids: list[int]) -> None:
    """Record the sentence number of every token of ``doc`` as set by the sentencizer."""
    doc.user_data[SENTENCE_IDS_KEY] = ids


def sentence_ids(doc: Doc) -> list[int]:
    """Return the sentence number of every token (one array op instead of ``span.sent`` per span)."""
    if not len(doc):
        return []
    ids = doc.user_data.get(SENTENCE_IDS_KEY)
    if ids is not None and len(ids) == len(doc):
        return ids
    starts = doc.to_array(SENT_START) == 1
    starts[0] = True
    return (numpy.cumsum(starts) - 1).tolist()


def sentence_bounds(ids: list[int], token: int) -> tuple[int, int]:
    """Return the token range (start, end) of the sentence holding ``token``."""
    sid = ids[token]
    return bisect_left(ids, sid), bisect_right(ids, sid)


def set_spans(doc: Doc, key: str, spans: list[Span]) -> None:
    """Write ``spans`` to ``doc.spans[key]``."""
    doc.spans[key] = spans


def get_spans(doc: Doc, key: str) -> list[Span]:
    """Return the spans of ``doc.spans[key]`` (empty if missing)."""
    group = doc.spans.get(key)
    return [] if group is None else list(group)


def get_extension(span: Span, name: str):
    """Return ``span._.<name>`` (spaCy keeps it per character offsets, so any ``Span`` object over the
    same text sees it)."""
    return span._.get(name)


def set_extension(span: Span, name: str, value) -> None:
    """Set ``span._.<name>`` to ``value``."""
    span._.set(name, value)
