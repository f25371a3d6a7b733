"""Text normalisation: folding and normalising, as every matcher of names, labels and verdicts sees text."""

from __future__ import annotations

from pipeline.textnorm import fold, key, normalize_text


def test_fold_removes_latvian_diacritics_and_case() -> None:
    assert fold("Ekspertīzes ATZINUMS par „Mēbeļu galdnieka” kvalifikāciju") == (
        "ekspertizes atzinums par „mebelu galdnieka” kvalifikaciju"
    )
    assert fold("ĀČĒĢĪĶĻŅŠŪŽŌŖ āčēģīķļņšūžōŗ") == "acegiklnsuzor acegiklnsuzor"
    assert fold("plain ascii") == "plain ascii"


def test_normalize_text_unifies_quotes_and_spaces() -> None:
    assert normalize_text("  „Mēbeļu\u00a0galdnieks”\t(LKI\u2009 4) ") == '"Mēbeļu galdnieks" (LKI 4)'
    assert normalize_text("‘a’ «b» `c´") == '"a" "b" "c"'
    assert normalize_text("kvalifi\u00adkācija") == "kvalifikācija"
    assert normalize_text("e\u0301") == "é"  # NFC


def test_key_ignores_case_diacritics_quotes_and_punctuation() -> None:
    assert key("„Mēbeļu galdnieks” (LKI 4).") == key('mebelu   GALDNIEKS "lki 4"') == "mebelu galdnieks lki 4"
