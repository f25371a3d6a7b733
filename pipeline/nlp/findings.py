"""Run the pipeline over the blocks of a review that may hold a verdict; collect what it found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.nlp.verdicts import DISTRACTORS_KEY, VERDICTS_KEY
from pipeline.records import Block
from pipeline.textnorm import fold

#: Folded stems of the words that can give a verdict; a block without one is never parsed.
KEY_STEMS = ("atbalst", "virz", "saskano", "iebild", "noraid", "pienemam")
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


def candidate(text: str) -> bool:
    """Return True if ``text`` contains a verdict word stem (cheap prefilter on folded text)."""
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


def read_blocks(nlp, blocks: list[Block], indices: list[int]) -> tuple[list[Finding], list[Distractor]]:
    """Return the verdict findings and distractors in ``blocks[i]`` for ``i`` in ``indices``."""
    findings: list[Finding] = []
    distractors: list[Distractor] = []
    jobs = [(i, a, b) for i in indices for a, b in option_parts(blocks[i])]
    texts = [pipeline_text(blocks[i].text[a:b]) for i, a, b in jobs]
    for (i, base, _), doc in zip(jobs, nlp.pipe(texts), strict=True):
        block = blocks[i]
        cues = tuple((base + c.start_char, base + c.end_char, c.label_) for c in doc.spans["cues"])
        for span in doc.spans[VERDICTS_KEY]:
            sent = span.sent
            s0, s1 = base + sent.start_char, base + sent.end_char
            findings.append(
                Finding(
                    block=i,
                    verdict=span.label_,
                    documents=tuple(span._.documents),
                    settled=bool(span._.settled),
                    confidence=float(span._.confidence),
                    method="rule",
                    evidence=sent.text.strip(),
                    location=block.location,
                    start=base + span.start_char,
                    end=base + span.end_char,
                    sent_start=s0,
                    sent_end=s1,
                    cues=tuple(c for c in cues if s0 <= c[0] < s1),
                )
            )
        for span in doc.spans[DISTRACTORS_KEY]:
            distractors.append(Distractor(i, span._.context, base + span.start_char, base + span.end_char))
    return findings, distractors
