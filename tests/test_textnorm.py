"""Text normalisation: folding and cleaning, as every matcher of names, labels and verdicts sees text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.textnorm import _FOLD, _SPACES, clean, fold, key

#: Latvian letters in both cases, the letters that lower-case oddly, quotes, spaces and marks.
_ALPHABET = (
    "aāĀbcčČeēĒgģĢiīĪkķĶlļĻnņŅsšŠuūŪzžŽoōŌrŗŖ İIẞßΣςσABCxyz019"
    "„“”«»‟″〝〞＂‘’‚‛'`´\"\u00ad\u00a0\u2009\u3000\t\n-–.,:;é\u0301e"
)


def test_fold_removes_latvian_diacritics_and_case() -> None:
    assert fold("Ekspertīzes ATZINUMS par „Mēbeļu galdnieka” kvalifikāciju") == (
        "ekspertizes atzinums par „mebelu galdnieka” kvalifikaciju"
    )
    assert fold("ĀČĒĢĪĶĻŅŠŪŽŌŖ āčēģīķļņšūžōŗ") == "acegiklnsuzor acegiklnsuzor"
    assert fold("plain ascii") == "plain ascii"


def test_clean_unifies_quotes_and_spaces() -> None:
    assert clean("  „Mēbeļu\u00a0galdnieks”\t(LKI\u2009 4) ") == '"Mēbeļu galdnieks" (LKI 4)'
    assert clean("‘a’ «b» `c´") == '"a" "b" "c"'
    assert clean("kvalifi\u00adkācija") == "kvalifikācija"
    assert clean("e\u0301") == "é"  # NFC


def test_key_ignores_case_diacritics_quotes_and_punctuation() -> None:
    assert key("„Mēbeļu galdnieks” (LKI 4).") == key('mebelu   GALDNIEKS "lki 4"') == "mebelu galdnieks lki 4"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_fold_and_clean_match_their_definitions(text: str) -> None:
    """The fast paths give exactly what the plain definitions give, for any text."""
    assert fold(text) == text.lower().translate(_FOLD)
    quotes = str.maketrans(dict.fromkeys("„“”«»‟″〝〞＂‘’‚‛'`´", '"'))
    expected = unicodedata.normalize("NFC", text).replace("\u00ad", "").translate(quotes)
    assert clean(text) == _SPACES.sub(" ", expected).strip()
