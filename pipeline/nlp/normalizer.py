"""The ``lv_normalizer`` factory: lexeme-level NORM that folds case, diacritics, quotes and spaces."""

from __future__ import annotations

from spacy.attrs import NORM
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.textnorm import fold, normalize_text

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def fold_norm(string: str) -> str:
    """Return the NORM of a lexeme: NFC, invisible characters dropped, quotes unified, folded."""
    folded = fold(normalize_text(string.translate(_INVISIBLE)))
    return folded or string


class Normalizer:
    """Install ``fold_norm`` as the vocabulary's NORM getter; documents pass through untouched.

    NORM is a lexeme attribute, so the folding is computed once per word type and every
    later component (lemmatizer, span ruler, negation) matches folded text for free.
    """

    def __init__(self, nlp: Language, name: str = "lv_normalizer") -> None:
        self.name = name
        nlp.vocab.lex_attr_getters[NORM] = fold_norm
        for lexeme in nlp.vocab:
            lexeme.norm_ = fold_norm(lexeme.orth_)

    def __call__(self, doc: Doc) -> Doc:
        """Return ``doc`` unchanged: its tokens already carry the folded NORM."""
        return doc


@Language.factory("lv_normalizer")
def make_normalizer(nlp: Language, name: str) -> Normalizer:
    """Create the lexeme-level normaliser."""
    return Normalizer(nlp, name)
