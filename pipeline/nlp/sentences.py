"""The ``lv_sentencizer`` factory: sentence starts that respect Latvian abbreviations and ordinals."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.component_data import DataComponent
from pipeline.textnorm import fold


class Sentencizer(DataComponent):
    """Mark sentence starts: after . ! ? and line breaks, except after abbreviations and ordinals.

    "2026. gada 12. martā" and "3. punkts" stay one sentence because a number followed by
    a period is an ordinal unless a capitalised word that is not a month or unit follows.
    """

    schema = "sentences"

    def __init__(self, nlp: Language, name: str = "lv_sentencizer") -> None:
        super().__init__(name)

    def prepare(self) -> None:
        """Fold the word lists for lookups on NORM."""
        self.enders = set(self.data["enders"])
        self.never = {fold(a).rstrip(".") for a in self.data["never_final"]}
        self.may_end = {fold(a).rstrip(".") for a in self.data["may_end"]}
        self.followers = {fold(w) for w in self.data["ordinal_followers"]}

    def _ends_after(self, doc: Doc, i: int) -> bool:
        """Return True if a sentence ends after token ``i``."""
        tok = doc[i]
        nxt = doc[i + 1]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return True
        capital = nxt.text[:1].isupper() and nxt.norm_ not in self.followers
        word = tok.norm_.rstrip(".")
        if tok.text.endswith(".") and len(tok.text) > 1 and word in self.may_end | self.never:
            return word in self.may_end and capital
        if tok.text not in self.enders:
            return False
        if i == 0 or doc[i - 1].whitespace_:
            return True
        prev = doc[i - 1]
        if prev.norm_ in self.never:
            return False
        if prev.norm_ in self.may_end:
            return capital
        if prev.like_num or (len(prev.text) == 1 and prev.text.isupper()):
            return capital and not prev.text.isupper()
        return True

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token of ``doc``."""
        if not len(doc):
            return doc
        doc[0].is_sent_start = True
        for i in range(len(doc) - 1):
            doc[i + 1].is_sent_start = self._ends_after(doc, i)
        return doc


@Language.factory("lv_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    """Create the Latvian sentence splitter (rules loaded by the build or from disk)."""
    return Sentencizer(nlp, name)
