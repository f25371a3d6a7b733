"""Name every layout and build a random ``ReviewSpec`` that fits it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from tools.synth import layouts_forms as forms
from tools.synth import layouts_text as text
from tools.synth import phrases as ph
from tools.synth.spec import DOCS, QualReview, ReviewSpec, docs_for
from tools.synth.vocab import EXPERTS, random_date, register, unregistered


def form_unmarked(spec: ReviewSpec) -> bytes:
    """Return a checkbox form where one document has no option checked."""
    return forms.form(spec, ("glyph", "sdt", "formfield")[spec.variant % 3])


def form_conflict(spec: ReviewSpec) -> bytes:
    """Return a form where one document has two options checked."""
    return forms.form(spec, ("sym", "letter", "glyph")[spec.variant % 3])


#: Every layout the generator knows, by name.
LAYOUTS: dict[str, Callable[[ReviewSpec], bytes]] = {
    "narrative_lines": text.narrative_lines,
    "narrative_table": text.narrative_table,
    "form_mark": forms.form_mark,
    "checkbox_glyph": forms.checkbox_glyph,
    "checkbox_sym": forms.checkbox_sym,
    "checkbox_sdt": forms.checkbox_sdt,
    "checkbox_formfield": forms.checkbox_formfield,
    "strike": forms.strike,
    "tracked_changes": text.tracked_changes,
    "textbox": text.textbox,
    "messy_runs": text.messy_runs,
    "multi_qualification": text.multi_qualification,
    "summary": text.summary,
    "no_verdict": text.no_verdict,
    "unregistered": text.unregistered,
    "form_unmarked": form_unmarked,
    "form_conflict": form_conflict,
}

TRAPS = ("purpose", "instructions", "history", "comment", "neutral")
_NO_COMMENT_LAYOUTS = {"summary", "multi_qualification"}


class VerdictDeck:
    """Deal verdict codes so that the three verdicts stay balanced."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cards: list[str] = []

    def draw(self) -> str:
        """Return the next verdict code, reshuffling a fresh balanced deck when empty."""
        if not self.cards:
            self.cards = [ph.SUPPORTED, ph.NEEDS, ph.NOT] * 4
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def _traps(rng: random.Random, layout: str) -> set[str]:
    """Return a random set of distractors for a document."""
    traps = {t for t in TRAPS if rng.random() < 0.3}
    if layout in _NO_COMMENT_LAYOUTS:
        traps.discard("comment")
    return traps


def make_spec(layout: str, rng: random.Random, deck: VerdictDeck, pool: str = "samples",
              variant: int | None = None, sector: str | None = None) -> ReviewSpec:
    """Return a random spec for ``layout`` whose verdicts come from ``deck``.

    With ``sector``, the reviewed qualifications come from that sector.
    """
    quals = list(register())
    pick_from = [q for q in quals if q.sector == sector] if sector else quals
    strangers = [q for q in unregistered() if q.sector == sector] if sector else list(unregistered())
    spec = ReviewSpec(
        layout=layout,
        reviews=[],
        expert=rng.choice(EXPERTS),
        date=random_date(rng),
        pool=pool,
        date_style=rng.randrange(3),
        lki_style=rng.randrange(3),
        traps=_traps(rng, layout),
        variant=rng.randrange(60) if variant is None else variant,
        rng=rng,
    )
    if layout == "summary":
        done = rng.sample(quals, 3)
        spec.reviews = [QualReview(q, {d: deck.draw() for d in DOCS}) for q in done]
        spec.started = [q for q in quals if q not in done][: rng.randint(6, 10)]
        spec.traps = set()
        spec.date = random_date(rng, dt.date(2026, 4, 1), 10)
    elif layout == "multi_qualification":
        sector = sector or rng.choice(sorted({q.sector for q in quals if sum(x.sector == q.sector for x in quals) > 2}))
        same = [q for q in quals if q.sector == sector]
        spec.reviews = [QualReview(q, {d: deck.draw() for d in DOCS}) for q in rng.sample(same, min(3, len(same)))]
    else:
        qual = rng.choice(strangers) if layout == "unregistered" else rng.choice(pick_from)
        docs = DOCS if layout in ("form_unmarked", "form_conflict", "no_verdict") else docs_for(rng)
        spec.reviews = [QualReview(qual, {d: deck.draw() for d in docs})]
    review = spec.reviews[0]
    if layout == "no_verdict":
        review.verdicts = dict.fromkeys(review.verdicts, ph.UNKNOWN)
        spec.problems.append("no_verdict")
    elif layout in ("form_unmarked", "form_conflict"):
        review.verdicts[rng.choice(DOCS)] = ph.UNKNOWN
        spec.problems.append("no_verdict" if layout == "form_unmarked" else "conflict")
    elif layout == "unregistered":
        spec.problems.append("unknown_qualification")
    return spec


def render(spec: ReviewSpec) -> bytes:
    """Return the .docx bytes of ``spec``."""
    return LAYOUTS[spec.layout](spec)
