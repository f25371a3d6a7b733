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

from spacy.attrs import MORPH
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.component_data import DataComponent
from pipeline.nlp.contexts import VERDICT_LABELS
from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.docutil import get_spans, sentence_bounds, sentence_ids, set_extension
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
        self._negative_morph: dict[int, bool] = {}

    def prepare(self) -> None:
        """Build the term matcher from the data, and the limited term lists that apply to each label."""
        d = self.data
        lists = {
            "preceding": d["preceding"],
            "following": d["following"],
            "pseudo": d["pseudo"],
            "terminators": d["terminators"],
            "parentheticals": d["parentheticals"],
            "cancelling": d["cancelling"],
        }
        for side in ("preceding_limited", "following_limited"):
            for term in d[side]:
                lists[f"{side}:{term}"] = [term]
        self.terms = TermMatcher(self.nlp, lists)
        self.applies = set(d["applies_to"])
        self.window = d["window"]
        labels = {label for side in ("preceding_limited", "following_limited") for ls in d[side].values() for label in ls}
        #: label -> (names of the preceding_limited lists, names of the following_limited lists) that negate it
        self.limited = {
            label: tuple([f"{side}:{term}" for term, ls in d[side].items() if label in ls]
                         for side in ("preceding_limited", "following_limited"))
            for label in labels
        }
        self._negative_morph = {}

    def _negative_tokens(self, doc: Doc) -> list[bool]:
        """Return, per token of ``doc``, whether its morphology holds ``Polarity=Neg`` (the ne- prefix).

        Read as one MORPH column; each distinct analysis is tested once, through a token that has it.
        """
        column = doc.to_array(MORPH).tolist()
        known = self._negative_morph
        for i, key in enumerate(column):
            if key not in known:
                known[key] = "Polarity=Neg" in doc[i].morph
        return [known[key] for key in column]

    def negated(self, span: Span, found: dict, sentence: tuple[int, int], negative: list[bool],
                stops: list[int], taken: frozenset[int] = frozenset()) -> bool:
        """Return True if ``span`` (in the token range ``sentence``) is negated given the terms ``found``,
        the tokens with a negative prefix (``negative``) and the starts of the terminators (``stops``).
        A term that starts inside another cue (``taken``: "iebildumu nav - atbalstāms") negates that one only."""
        pseudo = found["pseudo"]
        sent_start, sent_end = sentence
        start, end = span.start, span.end
        if self.data["prefix_negates"]:
            for i in range(start, end):
                if negative[i] and not starts_in(i, pseudo):
                    return not self._cancelled(span, found["cancelling"], sentence, stops)
        for s, e in found["preceding"]:
            if sent_start <= s and e <= start and start - e <= self.window and s not in taken:
                if not starts_in(s, pseudo) and not any(e <= t < start for t in stops):
                    return True
        preceding_limited, following_limited = self.limited.get(span.label_, ((), ()))
        for name in preceding_limited:
            for s, e in found[name]:
                if sent_start <= s and e <= start and start - e <= 2:
                    return True
        for name in following_limited:
            for s, _ in found[name]:
                if end <= s < sent_end and s - end <= 2:
                    return True
        for s, _ in found["following"]:
            if end <= s < sent_end and s - end <= self.window and s not in taken:
                if not starts_in(s, pseudo) and not any(end <= t < s for t in stops):
                    return True
        return False

    def _cancelled(self, span: Span, cancelling: list[tuple[int, int]], sentence: tuple[int, int],
                   stops: list[int]) -> bool:
        """Return True if a "no reason" term next to ``span`` makes its ne- prefix a double negative:
        "Neatbalstīt nav neviena iemesla" and "Nav pamata neatbalstīt" support the document."""
        for s, e in cancelling:
            if not (sentence[0] <= s and e <= sentence[1]):
                continue
            if e <= span.start and span.start - e <= self.window and not any(e <= t < span.start for t in stops):
                return True
            if span.end <= s and s - span.end <= self.window and not any(span.end <= t < s for t in stops):
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        """Mark the negated cues of ``doc``."""
        cues = [c for c in get_spans(doc, CUES_KEY) if c.label_ in self.applies]
        if not cues:
            return doc
        found = self.terms(doc)
        ids = sentence_ids(doc)
        negative = self._negative_tokens(doc)
        ends = {e for _, e in found["preceding"]}  # a negation, then a parenthetical: "nav, manuprāt, atbalstāms"
        around = {i for s, e in found["parentheticals"] if s - 1 in ends and e < len(doc)
                  and doc[s - 1].text == "," and doc[e].text == "," for i in (s - 1, e)}
        stops = [s for s, _ in found["terminators"] if s not in around]
        for cue in cues:
            taken = frozenset(t for c in cues if c is not cue and c.label_ in VERDICT_LABELS for t in range(c.start, c.end))
            if self.negated(cue, found, sentence_bounds(ids, cue.start), negative, stops, taken):
                set_extension(cue, "negated", True)
        return doc


@Language.factory("lv_negation")
def make_negation(nlp: Language, name: str) -> Negation:
    """Create the negation component (terms loaded by the build or from disk)."""
    return Negation(nlp, name)
