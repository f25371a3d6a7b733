"""The ``lv_sentencizer`` factory: sentence starts that respect Latvian abbreviations and ordinals."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import LIKE_NUM, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.component_data import DataComponent
from pipeline.nlp.docutil import remember_sentence_ids
from pipeline.textnorm import fold

# What one word contributes to the rule (see ``Sentencizer._codes``).
_NO, _YES, _IF_CAPITAL, _BY_PREVIOUS = 0, 1, 2, 3


#: A number range or a list of numbers written as one token ("2.–5", "3.1"): an ordinal before a period.
_NUMBERS = re.compile(r"\d[\d.\-–—]*\d|\d")


class Sentencizer(DataComponent):
    """Mark sentence starts: after . ! ? and line breaks, except after abbreviations and ordinals.

    "2026. gada 12. martā" and "3. punkts" stay one sentence because a number followed by
    a period is an ordinal unless a capitalised word that is not a month or unit follows.

    The rule is worked out once per distinct word (ORTH, NORM, LIKE_NUM) and cached; a
    document is read as token arrays, without a ``Token`` object per token.
    """

    schema = "sentences"

    def __init__(self, nlp: Language, name: str = "lv_sentencizer") -> None:
        super().__init__(name)
        self._cache: dict[tuple[int, int, int], tuple[int, bool, int]] = {}

    def prepare(self) -> None:
        """Fold the word lists for lookups on NORM."""
        self.enders = set(self.data["enders"])
        self.never = {fold(a).rstrip(".") for a in self.data["never_final"]}
        self.may_end = {fold(a).rstrip(".") for a in self.data["may_end"]}
        self.followers = {fold(w) for w in self.data["ordinal_followers"]}
        self._cache = {}

    def _codes(self, text: str, norm: str, like_num: bool) -> tuple[int, bool, int]:
        """Return (as ender, capital, as previous word) for one word.

        As ender: whether a sentence ends after the word (_NO, _YES), only before a
        capital (_IF_CAPITAL) or depending on the word before it (_BY_PREVIOUS).
        Capital: the word starts with a capital letter and is not a month or unit.
        As previous word (before a detached ender): _NO, _YES or _IF_CAPITAL.
        """
        capital = text[:1].isupper() and norm not in self.followers
        last = text[-1:]
        if "\n" in text:
            ender = _YES
        elif last != "." and text not in self.enders:
            ender = _NO
        else:
            word = norm.rstrip(".")
            if last == "." and len(text) > 1 and word in self.may_end:
                ender = _IF_CAPITAL
            elif last == "." and len(text) > 1 and word in self.never:
                ender = _NO
            elif text not in self.enders:
                ender = _NO
            else:
                ender = _BY_PREVIOUS
        if norm in self.never:
            prev = _NO
        elif norm in self.may_end:
            prev = _IF_CAPITAL
        elif like_num or _NUMBERS.fullmatch(text) or (len(text) == 1 and text.isupper()):
            prev = _NO if text.isupper() else _IF_CAPITAL
        else:
            prev = _YES
        return ender, capital, prev

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on the tokens that begin a sentence."""
        n = len(doc)
        if not n:
            return doc
        cache = self._cache
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, NORM, SPACY, LIKE_NUM]).tolist()
        codes = []
        for orth, norm, _, like_num in rows:
            key = (orth, norm, like_num)
            c = cache.get(key)
            if c is None:
                c = cache[key] = self._codes(strings[orth], strings[norm], bool(like_num))
            codes.append(c)
        starts = [1] * n
        ids = [0] * n
        sid = 0
        for i in range(n - 1):
            ender = codes[i][0]
            if ender == _NO:
                end = False
            elif ender == _YES:
                end = True
            elif ender == _IF_CAPITAL:
                end = codes[i + 1][1]
            elif i == 0 or rows[i - 1][2]:
                end = True
            else:
                prev = codes[i - 1][2]
                end = prev == _YES or (prev == _IF_CAPITAL and codes[i + 1][1])
            if end:
                sid += 1
            else:
                starts[i + 1] = -1
            ids[i + 1] = sid
        doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        remember_sentence_ids(doc, ids)
        return doc


@Language.factory("lv_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> Sentencizer:
    """Create the Latvian sentence splitter (rules loaded by the build or from disk)."""
    return Sentencizer(nlp, name)
