"""The ``lv_lemmatizer`` factory: lemmas from a paradigm table, with ne-/jā- prefixes as morphology.

Latvian verdict words come in many forms (atbalstāms, atbalstīts, atbalstu,
neatbalstāms, jāprecizē). A light suffix stemmer does not join participles with
their verb (atbalstām- vs atbalstīt-), so the table maps folded word forms to a
lemma by explicit forms and stem prefixes, and records the negative prefix as
``Polarity=Neg``, the debitive prefix as ``Mood=Nec`` and past auxiliaries as
``Tense=Past``, the Universal Dependencies features used for Latvian.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, NORM
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.component_data import DataComponent
from pipeline.textnorm import fold


class Lexicon:
    """Look up the lemma and morphology of a folded word form."""

    def __init__(self, data: dict) -> None:
        self.negative = fold(data["negative_prefix"])
        self.debitive = fold(data["debitive_prefix"])
        self.past = {fold(w) for w in data["tense_past"]}
        self.negative_words = {fold(k): v for k, v in data["negative_words"].items()}
        self.forms: dict[str, str] = {}
        prefixes = []
        for entry in data["entries"]:
            for form in entry["forms"]:
                self.forms[fold(form)] = entry["lemma"]
            excludes = tuple(fold(e) for e in entry["exclude"])
            prefixes += [(fold(p), excludes, entry["lemma"]) for p in entry["prefixes"]]
        self.prefixes = sorted(prefixes, key=lambda p: -len(p[0]))

    def _plain(self, word: str) -> str | None:
        lemma = self.forms.get(word)
        if lemma:
            return lemma
        for prefix, excludes, lemma in self.prefixes:
            if word.startswith(prefix) and not word.startswith(excludes):
                return lemma
        return None

    def analyse(self, word: str) -> tuple[str | None, str]:
        """Return ``(lemma, morph)`` for a folded word; ``(None, "")`` if it is not in the table."""
        feats = []
        if word in self.past:
            feats.append("Tense=Past")
        if word in self.negative_words:
            return self.negative_words[word], "|".join(sorted([*feats, "Polarity=Neg"]))
        lemma = self._plain(word)
        if lemma:
            return lemma, "|".join(feats)
        for prefix, feat in ((self.negative, "Polarity=Neg"), (self.debitive, "Mood=Nec")):
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 2:
                lemma = self._plain(rest)
                if lemma:
                    if rest in self.past:
                        feats.append("Tense=Past")
                    return lemma, "|".join(sorted([*feats, feat]))
        return None, "|".join(feats)


class Lemmatizer(DataComponent):
    """Set ``token.lemma_`` (the table's lemma, else the folded form) and ``token.morph``."""

    schema = "lemmas"

    def __init__(self, nlp: Language, name: str = "lv_lemmatizer") -> None:
        super().__init__(name)
        self.lexicon: Lexicon | None = None
        self._cache: dict[int, tuple[int, int]] = {}

    def prepare(self) -> None:
        """Build the lexicon and forget cached analyses."""
        self.lexicon = Lexicon(self.data)
        self._cache = {}

    def analyse(self, norm: str) -> tuple[str, str]:
        """Return ``(lemma, morph)`` for a folded form, the form itself being the fallback lemma."""
        lemma, morph = self.lexicon.analyse(norm)
        return lemma or norm, morph

    def __call__(self, doc: Doc) -> Doc:
        """Annotate every token of ``doc`` (array reads and writes, few token objects).

        LEMMA is written as one column. MORPH is set only on the tokens whose analysis changes:
        ``Doc.from_array`` would look up every token's value in the morphology table, and most
        tokens have none.
        """
        if not len(doc):
            return doc
        cache = self._cache
        vocab = doc.vocab
        lemmas = []
        morphs = []
        for norm in doc.to_array(NORM).tolist():
            found = cache.get(norm)
            if found is None:
                lemma, morph = self.analyse(vocab.strings[norm])
                key = vocab.morphology.add(morph)  # "" registers the empty analysis, as from_array does
                found = cache[norm] = (vocab.strings.add(lemma), key if morph else 0)
            lemmas.append(found[0])
            morphs.append(found[1])
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        for i, (old, new) in enumerate(zip(doc.to_array(MORPH).tolist(), morphs, strict=True)):
            if old != new:
                doc[i].set_morph(new or None)
        return doc


@Language.factory("lv_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    """Create the paradigm-table lemmatizer (rules loaded by the build or from disk)."""
    return Lemmatizer(nlp, name)
