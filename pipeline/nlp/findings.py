"""Run the pipeline over the blocks of a review that may hold a verdict; collect what it found.

What it reads in each passage is remembered per passage text (``part_cache``), see ``read_blocks``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from weakref import WeakKeyDictionary

from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.docutil import get_extension, get_spans, sentence_bounds, sentence_ids
from pipeline.nlp.structure import RULES
from pipeline.nlp.verdicts import DISTRACTORS_KEY, VERDICTS_KEY, gives_verdicts, is_distractor
from pipeline.records import Block
from pipeline.textnorm import fold

#: Folded stems of the words that can give a verdict; a block without one is never parsed.
KEY_STEMS = tuple(RULES["prefilter_stems"])
_OPTION_SEP = re.compile(r"\s+[/|]\s+")  # "atbalstāms / nav atbalstāms", "… | nav atbalstāms"
_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\v\f]")


@dataclass(frozen=True, slots=True)
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
    reference: str = ""  # how the documents were found ("named", "previous sentence", "heading", …)
    person: str = ""  # "1" for a statement in the first person or with the expert as subject
    salience: tuple[int, int] = (0, 0)  # (conclusion, explicit): see pipeline.extract.salience
    column: str = ""  # the header of the form column whose mark chose it (may name a qualification)

    def copy_with(self, **changes) -> Finding:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
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


def without_bracketed_options(text: str) -> str:
    """Return ``text`` with a bracketed list of verdict options blanked out, keeping every offset:
    "Gala vērtējumu (atbalstāms/nav atbalstāms) sniegšu vēlāk" names the options, it chooses none."""
    def blank(m: re.Match) -> str:
        options = re.split(r"\s*/\s*", m.group(1))
        return " " * len(m.group(0)) if sum(map(candidate, options)) >= 2 else m.group(0)
    return _BRACKETED_OPTIONS.sub(blank, text) if "/" in text else text


_BRACKETED_OPTIONS = re.compile(r"\(([^()]*/[^()]*)\)")


def option_parts(block: Block) -> list[tuple[int, int]]:
    """Return the character ranges of ``block`` to read separately.

    A paragraph printing several options ("☒ atbalstāms ☐ nav atbalstāms", or options
    separated by " / " or " | ") is cut into one part per option, so each option gets its own
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
#: How many part readings each pipeline remembers (a form template repeats its option texts in every review).
PART_CACHE_SIZE = 8192


@dataclass(frozen=True)
class PartReading:
    """What the pipeline read in one part: findings and distractors with offsets relative to the part.

    The findings carry ``block=0`` and no location; ``read_blocks`` places them in their block.
    ``decisive`` is True when the part holds a support, forward or reject cue: the verdict component
    reports distractors only for a text with at least one.
    """

    findings: tuple[Finding, ...]
    distractors: tuple[tuple[str, int, int], ...]  # (context, start, end)
    decisive: bool


class PartCache:
    """A bounded least-recently-used map from part text to its ``PartReading``."""

    def __init__(self, size: int = PART_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[str, PartReading] = OrderedDict()

    def get(self, text: str) -> PartReading | None:
        """Return the reading of ``text`` if remembered (and mark it recently used)."""
        found = self._items.get(text)
        if found is not None:
            self._items.move_to_end(text)
        return found

    def put(self, text: str, reading: PartReading) -> None:
        """Remember ``reading`` for ``text``, forgetting the least recently used entry when full."""
        self._items[text] = reading
        if len(self._items) > self.size:
            self._items.popitem(last=False)

    def clear(self) -> None:
        """Forget every reading."""
        self._items.clear()


_CACHES: WeakKeyDictionary = WeakKeyDictionary()


def part_cache(nlp) -> PartCache:
    """Return the part cache of the pipeline ``nlp``, one per pipeline object.

    A loaded pipeline's rules do not change; code that changes them in place must clear the cache.
    """
    cache = _CACHES.get(nlp)
    if cache is None:
        cache = _CACHES[nlp] = PartCache()
    return cache


def reusable(piece: str) -> bool:
    """Return True if the reading of ``piece`` does not depend on where it stands in the joined text.

    A line break ends every sentence and every rule works within a sentence, but whitespace at
    either end of a part joins the separator's whitespace token (or, at the very start or end of
    the text, does not), which moves the sentence bounds of the finding.
    """
    return bool(piece) and not piece[0].isspace() and not piece[-1].isspace()


def read_blocks(nlp, blocks: list[Block], indices: list[int]) -> tuple[list[Finding], list[Distractor]]:
    """Return the verdict findings and distractors in ``blocks[i]`` for ``i`` in ``indices``.

    A line break always ends a sentence and every rule works within a sentence, so what the
    pipeline reads in a part depends only on the part's text (``reusable`` names the exception)
    and is remembered per text (``part_cache``). The parts not remembered are joined into one
    text, separated by blank lines, so the pipeline runs at most once per review instead of once
    per paragraph. One rule spans the review: distractors are reported only when some part of it
    holds a decisive cue, as the verdict component does for the joined text.
    """
    parts: list[tuple[int, int, str]] = []  # (block, offset in block, text read)
    for i in indices:
        block = blocks[i]
        text = block.text if block.marks or block.struck or block.emphasized else without_bracketed_options(block.text)
        for a, b in option_parts(block):
            parts.append((i, a, pipeline_text(text[a:b])))
    cache = part_cache(nlp)
    readings = [cache.get(piece) if reusable(piece) else None for _, _, piece in parts]
    missing = [n for n, r in enumerate(readings) if r is None]
    if missing:
        fresh, alone = read_parts(nlp, [parts[n][2] for n in missing])
        for n, reading, stands_alone in zip(missing, fresh, alone, strict=True):
            readings[n] = reading
            if stands_alone and reusable(parts[n][2]):
                cache.put(parts[n][2], reading)
    findings: list[Finding] = []
    distractors: list[Distractor] = []
    report_distractors = any(r.decisive for r in readings)
    for (i, base, _), reading in zip(parts, readings, strict=True):
        location = blocks[i].location
        for f in reading.findings:
            findings.append(
                Finding(i, f.verdict, f.documents, f.settled, f.confidence, f.method, f.evidence, location,
                        f.start + base, f.end + base, f.sent_start + base, f.sent_end + base,
                        tuple((a + base, b + base, label) for a, b, label in f.cues), f.reference, f.person)
            )
        if report_distractors:
            distractors += [Distractor(i, kind, a + base, b + base) for kind, a, b in reading.distractors]
    return findings, distractors


def read_parts(nlp, pieces: list[str]) -> tuple[list[PartReading], list[bool]]:
    """Run the pipeline once over ``pieces`` joined by blank lines; return each piece's reading and
    whether it stands alone (no cue of it reaches past its end, which no rule file does today)."""
    starts = []
    at = 0
    for piece in pieces:
        starts.append(at)
        at += len(piece) + len(SEPARATOR)
    joined = SEPARATOR.join(pieces)
    doc = nlp(joined)
    ends = [start + len(piece) for start, piece in zip(starts, pieces, strict=True)]
    cues: list[list[tuple[int, int, str]]] = [[] for _ in pieces]
    decisive = [False] * len(pieces)
    alone = [True] * len(pieces)
    n = 0
    cue_spans = get_spans(doc, CUES_KEY)
    for span in cue_spans:  # in text order
        a, b, label = span.start_char, span.end_char, span.label_
        while n + 1 < len(starts) and a >= starts[n + 1]:
            n += 1
        cues[n].append((a - starts[n], b - starts[n], label))
        decisive[n] = decisive[n] or gives_verdicts((span,))
        alone[n] = alone[n] and b <= ends[n]
    # The verdict component lists distractors only in a text that gives verdicts; when this one
    # does not, the parts' distractors are kept anyway, by the component's own test, for a later
    # review in which they stand beside a decisive cue.
    distractor_spans = get_spans(doc, DISTRACTORS_KEY) if any(decisive) else [
        c for c in cue_spans if is_distractor(c)]
    distractors: list[list[tuple[str, int, int]]] = [[] for _ in pieces]
    for span in distractor_spans:
        n = bisect_right(starts, span.start_char) - 1
        distractors[n].append((get_extension(span, "context"), span.start_char - starts[n], span.end_char - starts[n]))
    findings: list[list[Finding]] = [[] for _ in pieces]
    ids = sentence_ids(doc)
    for span in get_spans(doc, VERDICTS_KEY):
        n = bisect_right(starts, span.start_char) - 1
        base, piece = starts[n], pieces[n]
        first, last = sentence_bounds(ids, span.start)
        end_tok = doc[last - 1]
        s0 = max(doc[first].idx - base, 0)
        s1 = min(end_tok.idx + len(end_tok.text) - base, len(piece))
        findings[n].append(
            Finding(
                block=0,
                verdict=span.label_,
                documents=tuple(get_extension(span, "documents")),
                settled=bool(get_extension(span, "settled")),
                confidence=float(get_extension(span, "confidence")),
                method="rule",
                evidence=piece[s0:s1].strip(),
                location="",
                start=span.start_char - base,
                end=span.end_char - base,
                sent_start=s0,
                sent_end=s1,
                cues=tuple(c for c in cues[n] if s0 <= c[0] < s1),
                reference=get_extension(span, "reference"),
                person=get_extension(span, "person"),
            )
        )
    readings = [PartReading(tuple(f), tuple(d), dec) for f, d, dec in zip(findings, distractors, decisive, strict=True)]
    return readings, alone
