"""The ``lv_sentencizer`` factory: sentence starts that respect Latvian abbreviations and ordinals."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
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

    def _ends_after(self, toks: list, i: int) -> bool:
        """Return True if a sentence ends after token ``i``."""
        tok = toks[i]
        text = tok.text
        if "\n" in text or "\n" in tok.whitespace_:
            return True
        last = text[-1:]
        if last != "." and text not in self.enders:
            return False
        nxt = toks[i + 1]
        capital = nxt.text[:1].isupper() and nxt.norm_ not in self.followers
        word = tok.norm_.rstrip(".")
        if last == "." and len(text) > 1:
            if word in self.may_end:
                return capital
            if word in self.never:
                return False
        if text not in self.enders:
            return False
        if i == 0 or toks[i - 1].whitespace_:
            return True
        prev = toks[i - 1]
        if prev.norm_ in self.never:
            return False
        if prev.norm_ in self.may_end:
            return capital
        if prev.like_num or (len(prev.text) == 1 and prev.text.isupper()):
            return capital and not prev.text.isupper()
        return True

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on the tokens that begin a sentence."""
        toks = list(doc)
        if not toks:
            return doc
        starts = [1] + [1 if self._ends_after(toks, i) else -1 for i in range(len(toks) - 1)]
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc


@Language.factory("lv_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    """Create the Latvian sentence splitter (rules loaded by the build or from disk)."""
    return Sentencizer(nlp, name)
