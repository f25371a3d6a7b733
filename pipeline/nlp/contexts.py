"""The ``lv_contexts`` factory: find verdict words that sit in a context giving no verdict.

A verdict word inside the review's purpose ("izvērtēt, vai saturs ir atbalstāms"), an
instruction listing the options ("atzīmējiet atbilstošo"), or the history of an earlier
review ("iepriekšējā redakcijā netika atbalstīts") is recorded with
``span._.context`` set to ``purpose``, ``instruction`` or ``history``; the verdict
component skips such cues. Scopes and terminators live in ``rules/contexts.v1.json``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.component_data import DataComponent
from pipeline.nlp.cues import CUES_KEY
from pipeline.nlp.docutil import get_spans, sentence_ids, set_extension
from pipeline.nlp.terms import TermMatcher

VERDICT_LABELS = frozenset({"SUPPORT", "FORWARD", "CONDITION", "REJECT"})

if not Span.has_extension("context"):
    Span.set_extension("context", default="")


class Contexts(DataComponent):
    """Set ``span._.context`` on verdict cues covered by a purpose, instruction or history cue."""

    schema = "contexts"

    def __init__(self, nlp: Language, name: str = "lv_contexts") -> None:
        super().__init__(name)
        self.nlp = nlp

    def prepare(self) -> None:
        """Build the terminator matcher."""
        self.openers = frozenset(self.data["clause_openers"])
        self.terms = TermMatcher(
            self.nlp,
            {"stop": self.data["terminators"], "purpose_stop": self.data["purpose_terminators"]},
        )

    def _covers(self, ctx: Span, cue: Span, found: dict, ids) -> bool:
        """Return True if the context cue ``ctx`` covers the verdict cue ``cue`` (``ids``: sentence numbers)."""
        if ids[ctx.start] != ids[cue.start]:
            return False
        kind = self.data["cue_labels"][ctx.label_]
        if cue.label_ in self.data["spared"].get(kind, ()):
            return False
        if ctx.label_ in self.data["aux_labels"]:
            return ctx.end <= cue.start and cue.start - ctx.end <= self.data["next_window"]
        scope = self.data["scopes"][kind]
        if scope == "sentence":
            return not (ctx.start >= cue.end and any(
                t.norm_ in self.openers for t in cue.doc[cue.end:ctx.start]))
        if ctx.end > cue.start:
            return False
        stops = found["purpose_stop" if kind == "purpose" else "stop"]
        return not any(ctx.end <= s < cue.start for s, _ in stops)

    def __call__(self, doc: Doc) -> Doc:
        """Mark the verdict cues of ``doc`` that sit in a non-verdict context."""
        spans = get_spans(doc, CUES_KEY)
        contexts = [s for s in spans if s.label_ in self.data["cue_labels"]]
        if not contexts:
            return doc
        found = self.terms(doc)
        ids = sentence_ids(doc)
        for cue in spans:
            if cue.label_ not in VERDICT_LABELS:
                continue
            for ctx in contexts:
                if self._covers(ctx, cue, found, ids):
                    set_extension(cue, "context", self.data["cue_labels"][ctx.label_])
                    break
        return doc


@Language.factory("lv_contexts")
def make_contexts(nlp: Language, name: str) -> Contexts:
    """Create the non-verdict context component (rules loaded by the build or from disk)."""
    return Contexts(nlp, name)
