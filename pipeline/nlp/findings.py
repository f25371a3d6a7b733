"""Run the pipeline over the blocks of a review that may hold a verdict; collect what it found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from pipeline.nlp.verdicts import DISTRACTORS_KEY, VERDICTS_KEY
from pipeline.records import Block
from pipeline.textnorm import fold

#: Folded stems of the words that can give a verdict; a block without one is never parsed.
KEY_STEMS = ("atbalst", "virz", "saskano", "iebild", "noraid", "pienemam")
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


def read_blocks(nlp, blocks: list[Block], indices: list[int]) -> tuple[list[Finding], list[Distractor]]:
    """Return the verdict findings and distractors in ``blocks[i]`` for ``i`` in ``indices``."""
    findings: list[Finding] = []
    distractors: list[Distractor] = []
    texts = [pipeline_text(blocks[i].text) for i in indices]
    for i, doc in zip(indices, nlp.pipe(texts), strict=True):
        block = blocks[i]
        cues = tuple((c.start_char, c.end_char, c.label_) for c in doc.spans["cues"])
        for span in doc.spans[VERDICTS_KEY]:
            sent = span.sent
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
                    start=span.start_char,
                    end=span.end_char,
                    sent_start=sent.start_char,
                    sent_end=sent.end_char,
                    cues=tuple(c for c in cues if sent.start_char <= c[0] < sent.end_char),
                )
            )
        for span in doc.spans[DISTRACTORS_KEY]:
            distractors.append(Distractor(i, span._.context, span.start_char, span.end_char))
    return findings, distractors
