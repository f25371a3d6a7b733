"""The ``lv_negation`` factory: NegEx-style negation of verdict cues with Latvian term sets.

The terms live in ``rules/negation.v1.json``: preceding negations (nav, netiek,
nevar), following ones (precizējumi nav nepieciešami), pseudo-negations that only
look negative (nav iebildumu, neskatoties uz, nepieciešams), terminators that end a
negation's scope (bet, tomēr, jo) and the ne- prefix written together with the word
(neatbalstāms), which the lemmatizer records as ``Polarity=Neg``.

negspacy's ``negex`` was evaluated and not used: it matches terms on LOWER (no
diacritic folding), scopes over the whole sentence without a distance limit, and
knows nothing of a prefix written together with the word.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.component_data import DataComponent
from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.docutil import get_spans, sentence_bounds, sentence_ids
from pipeline.nlp.terms import TermMatcher, starts_in

if not Span.has_extension("negated"):
    Span.set_extension("negated", default=False)


class Negation(DataComponent):
    """Set ``span._.negated`` on the verdict cues in ``doc.spans["cues"]``."""

    schema = "negation"

    def __init__(self, nlp: Language, name: str = "lv_negation") -> None:
        super().__init__(name)
        self.nlp = nlp
        self.terms: TermMatcher | None = None

    def prepare(self) -> None:
        """Build the term matcher from the data."""
        d = self.data
        lists = {
            "preceding": d["preceding"],
            "following": d["following"],
            "pseudo": d["pseudo"],
            "terminators": d["terminators"],
        }
        for side in ("preceding_limited", "following_limited"):
            for term in d[side]:
                lists[f"{side}:{term}"] = [term]
        self.terms = TermMatcher(self.nlp, lists)
        self.applies = set(d["applies_to"])
        self.window = d["window"]

    def negated(self, span: Span, found: dict, sentence: tuple[int, int]) -> bool:
        """Return True if ``span`` (in the token range ``sentence``) is negated given the terms ``found``."""
        pseudo = found["pseudo"]
        sent_start, sent_end = sentence
        stops = [s for s, _ in found["terminators"]]
        if self.data["prefix_negates"]:
            for tok in span:
                if "Polarity=Neg" in tok.morph and not starts_in(tok.i, pseudo):
                    return True
        for s, e in found["preceding"]:
            if sent_start <= s and e <= span.start and span.start - e <= self.window:
                if not starts_in(s, pseudo) and not any(e <= t < span.start for t in stops):
                    return True
        for term, labels in self.data["preceding_limited"].items():
            if span.label_ in labels:
                for s, e in found["preceding_limited:" + term]:
                    if sent_start <= s and e <= span.start and span.start - e <= 2:
                        return True
        for term, labels in self.data["following_limited"].items():
            if span.label_ in labels:
                for s, _ in found["following_limited:" + term]:
                    if span.end <= s < sent_end and s - span.end <= 2:
                        return True
        for s, _ in found["following"]:
            if span.end <= s < sent_end and s - span.end <= self.window:
                if not starts_in(s, pseudo) and not any(span.end <= t < s for t in stops):
                    return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        """Mark the negated cues of ``doc``."""
        cues = [c for c in get_spans(doc, CUES_KEY) if c.label_ in self.applies]
        if not cues:
            return doc
        found = self.terms(doc)
        ids = sentence_ids(doc)
        for cue in cues:
            if self.negated(cue, found, sentence_bounds(ids, cue.start)):
                cue._.negated = True
        return doc


@Language.factory("lv_negation")
def make_negation(nlp: Language, name: str) -> Negation:
    """Create the negation component (terms loaded by the build or from disk)."""
    return Negation(nlp, name)
