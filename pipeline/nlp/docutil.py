"""Cheap per-document helpers shared by the components."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

#: ``doc.user_data`` key of the sentence numbers the sentencizer worked out.
SENTENCE_IDS_KEY = "lv_sentence_ids"

# The span list last written to each span group key, so the components after the writer
# iterate over it instead of building a fresh ``Span`` per member on every read.
_WRITTEN: dict[str, tuple] = {}


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
    """Write ``spans`` to ``doc.spans[key]`` and remember the list for ``get_spans``."""
    doc.spans[key] = spans
    _WRITTEN[key] = (doc.spans[key], spans)


def get_spans(doc: Doc, key: str) -> list[Span]:
    """Return the spans of ``doc.spans[key]`` (empty if missing), reusing the list ``set_spans`` wrote.

    Extension values live in ``doc.user_data`` keyed by character offsets, so setting
    ``span._.x`` on a remembered span is the same as on one read from the group.
    """
    group = doc.spans.get(key)
    if group is None:
        return []
    last, spans = _WRITTEN.get(key, (None, []))
    if last is group and len(group) == len(spans):
        return spans
    return list(group)


def _extension_key(name: str, span: Span) -> tuple:
    """Return the ``doc.user_data`` key under which spaCy keeps ``span._.<name>``
    (``spacy.tokens.underscore.Underscore._get_key``: the span's character offsets)."""
    return ("._.", name, span.start_char, span.end_char)


def get_extension(span: Span, name: str):
    """Return ``span._.<name>`` (an extension registered with an immutable default) without making
    an ``Underscore`` object, which costs more than the look-up itself in the components' loops."""
    return span.doc.user_data.get(_extension_key(name, span), Span.get_extension(name)[0])


def set_extension(span: Span, name: str, value) -> None:
    """Set ``span._.<name>`` to ``value`` (an extension registered with a default, no setter)."""
    span.doc.user_data[_extension_key(name, span)] = value
