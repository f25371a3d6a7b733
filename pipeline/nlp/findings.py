"""Run the pipeline over the blocks of a review that may hold a verdict; collect what it found."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.nlp.docutil import get_extension, get_spans, sentence_bounds, sentence_ids
from pipeline.nlp.folded import folded as fold
from pipeline.nlp.structure import RULES
from pipeline.nlp.verdicts import DISTRACTORS_KEY, VERDICTS_KEY
from pipeline.records import Block

#: Folded stems of the words that can give a verdict; a block without one is never parsed.
KEY_STEMS = tuple(RULES["prefilter_stems"])
_OPTION_SEP = re.compile(r"\s+/\s+")
_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\v\f]")


@dataclass(frozen=True)
class Finding:
    """A verdict read from one sentence (or one form option) of a block."""

    block: int
    verdict: str
    documents: tuple[str, ...]
    settled: bool
    confidence: float
    method: str
    evidence: str
    location: str
    start: int  # character span of the verdict words in the block text
    end: int
    sent_start: int = 0
    sent_end: int = 0
    cues: tuple[tuple[int, int, str], ...] = field(default=(), compare=False)

    def but(self, **changes) -> Finding:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Distractor:
    """A verdict word that gives no verdict (purpose, instruction, history)."""

    block: int
    kind: str
    start: int
    end: int


@lru_cache(maxsize=16384)
def candidate(text: str) -> bool:
    """Return True if ``text`` contains a verdict word stem (cheap prefilter on folded text).

    Remembered per text: every block is tested by several stages of one review."""
    folded = fold(text)
    return any(stem in folded for stem in KEY_STEMS)


def pipeline_text(text: str) -> str:
    """Return ``text`` with odd spaces made plain, keeping every character offset."""
    return _SPACES.sub(" ", text)


def option_parts(block: Block) -> list[tuple[int, int]]:
    """Return the character ranges of ``block`` to read separately.

    A paragraph printing several options ("☒ atbalstāms ☐ nav atbalstāms", or options
    separated by " / ") is cut into one part per option, so each option gets its own
    verdict; any other block is one part.
    """
    text = block.text
    offsets = sorted({m.offset for m in block.marks if 0 <= m.offset <= len(text)})
    if len(offsets) >= 2:
        marks_lead = not candidate(text[: offsets[0]])
        cuts = offsets if marks_lead else [0] + [o + 1 for o in offsets[:-1]]
        bounds = [*cuts, len(text)] if marks_lead else [*cuts, offsets[-1] + 1]
        return [(bounds[k], bounds[k + 1]) for k in range(len(bounds) - 1) if bounds[k] < bounds[k + 1]]
    pieces = [m.span() for m in _OPTION_SEP.finditer(text)]
    if pieces:
        starts = [0] + [e for _, e in pieces]
        ends = [s for s, _ in pieces] + [len(text)]
        parts = list(zip(starts, ends, strict=True))
        if sum(candidate(text[a:b]) for a, b in parts) >= 2:
            return parts
    return [(0, len(text))]


SEPARATOR = "\n\n"


def read_blocks(nlp, blocks: list[Block], indices: list[int]) -> tuple[list[Finding], list[Distractor]]:
    """Return the verdict findings and distractors in ``blocks[i]`` for ``i`` in ``indices``.

    All the parts to read are joined into one text, separated by blank lines (a line
    break always ends a sentence, and every rule works within a sentence), so the
    pipeline runs once per review instead of once per paragraph.
    """
    findings: list[Finding] = []
    distractors: list[Distractor] = []
    parts: list[tuple[int, int, int]] = []  # (block, offset in block, offset in joined text)
    pieces: list[str] = []
    at = 0
    for i in indices:
        for a, b in option_parts(blocks[i]):
            parts.append((i, a, at))
            pieces.append(pipeline_text(blocks[i].text[a:b]))
            at += b - a + len(SEPARATOR)
    if not parts:
        return findings, distractors
    joined = SEPARATOR.join(pieces)
    doc = nlp(joined)
    starts = [p[2] for p in parts]

    def locate(char: int) -> tuple[int, int, int, int]:
        """Return (block, shift, part start, part end) in joined-text coordinates for ``char``."""
        n = bisect_right(starts, char) - 1
        block, base, joined = parts[n]
        return block, base - joined, joined, joined + len(pieces[n])

    cues = [(c.start_char, c.end_char, c.label_) for c in get_spans(doc, "cues")]
    ids = sentence_ids(doc)
    for span in get_spans(doc, VERDICTS_KEY):
        i, shift, lo, hi = locate(span.start_char)
        first, last = sentence_bounds(ids, span.start)
        end_tok = doc[last - 1]
        s0, s1 = max(doc[first].idx, lo), min(end_tok.idx + len(end_tok.text), hi)
        findings.append(
            Finding(
                block=i,
                verdict=span.label_,
                documents=tuple(get_extension(span, "documents")),
                settled=bool(get_extension(span, "settled")),
                confidence=float(get_extension(span, "confidence")),
                method="rule",
                evidence=joined[s0:s1].strip(),
                location=blocks[i].location,
                start=span.start_char + shift,
                end=span.end_char + shift,
                sent_start=s0 + shift,
                sent_end=s1 + shift,
                cues=tuple((a + shift, b + shift, label) for a, b, label in cues if s0 <= a < s1),
            )
        )
    for span in get_spans(doc, DISTRACTORS_KEY):
        i, shift, _, _ = locate(span.start_char)
        distractors.append(Distractor(i, get_extension(span, "context"), span.start_char + shift, span.end_char + shift))
    return findings, distractors
