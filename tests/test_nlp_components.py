"""Each component of the Latvian pipeline on its own, with the built model loaded once."""

from __future__ import annotations

import json

import pytest
from spacy.pipeline import SpanRuler

from pipeline.config import RULES_DIR
from pipeline.nlp.docutil import get_extension, set_extension
from pipeline.nlp.rules_io import RULE_FILES, RuleError, load_data, load_patterns


def lemmas(nlp, text):
    return [(t.text, t.lemma_, str(t.morph)) for t in nlp(text)]


# --- normaliser ---------------------------------------------------------------


def test_norm_folds_case_diacritics_and_quotes(nlp):
    doc = nlp("ATBALSTĀMS „Mēbeļu” atbal\u00adstāms")
    norms = [t.norm_ for t in doc]
    assert norms[0] == "atbalstams"
    assert '"' in norms and "mebelu" in norms
    assert norms[-1] == "atbalstams"  # soft hyphen dropped at lexeme level


def test_norm_is_lexeme_level(nlp):
    nlp("Saskaņošanai")
    assert nlp.vocab["Saskaņošanai"].norm_ == "saskanosanai"


# --- lemmatizer ---------------------------------------------------------------


@pytest.mark.parametrize("word", ["atbalstāms", "atbalstāma", "atbalstāmi", "atbalstīts", "atbalstīta",
                                  "atbalstams", "atbalstu", "atbalstīt", "Atbalstāms"])
def test_support_forms_share_one_lemma(nlp, word):
    assert nlp(word)[0].lemma_ == "atbalstīt"


@pytest.mark.parametrize("word,lemma", [("virzāms", "virzīt"), ("virzīšanai", "virzīt"), ("virzīt", "virzīt"),
                                        ("precizējumi", "precizēt"), ("precizējumiem", "precizēt"),
                                        ("precizēt", "precizēt"), ("saskaņošanai", "saskaņot"), ("saskaņot", "saskaņot")])
def test_inflected_forms(nlp, word, lemma):
    assert nlp(word)[0].lemma_ == lemma


def test_ne_prefix_is_polarity_neg(nlp):
    tok = nlp("neatbalstāms")[0]
    assert tok.lemma_ == "atbalstīt" and "Polarity=Neg" in tok.morph


def test_ja_prefix_is_debitive(nlp):
    tok = nlp("jāprecizē")[0]
    assert tok.lemma_ == "precizēt" and "Mood=Nec" in tok.morph


def test_past_auxiliary(nlp):
    tok = nlp("netika")[0]
    assert tok.lemma_ == "tikt" and "Tense=Past" in tok.morph and "Polarity=Neg" in tok.morph


def test_ne_words_that_are_not_negations(nlp):
    for word in ("nepieciešams", "neskatoties", "nedaudz"):
        assert "Polarity=Neg" not in nlp(word)[0].morph


def test_lookalikes_are_not_verdict_words(nlp):
    assert nlp("precīzi")[0].lemma_ != "precizēt"
    assert nlp("virziens")[0].lemma_ != "virzīt"


# --- sentences ----------------------------------------------------------------


def sents(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_dates_and_ordinals_do_not_end_sentences(nlp):
    assert len(sents(nlp, "Atzinums sagatavots 2026. gada 12. martā un skar 3. punktu.")) == 1


@pytest.mark.parametrize("abbr", ["Nr.", "t.sk.", "piem.", "u.c.", "utt."])
def test_abbreviations_do_not_end_sentences(nlp, abbr):
    assert len(sents(nlp, f"Skatīt {abbr} dokumentus un pielikumus.")) == 1


def test_real_sentence_ends(nlp):
    assert sents(nlp, "MIP saturs ir atbalstāms. PKE saturs nav atbalstāms.") == [
        "MIP saturs ir atbalstāms.", "PKE saturs nav atbalstāms."]


def test_may_end_abbreviation_before_capital(nlp):
    assert len(sents(nlp, "Moduļi, iekārtas u.c. Saturs ir atbalstāms.")) == 2


def test_line_break_ends_sentence(nlp):
    assert len(sents(nlp, "MIP saturs\n\nPKE saturs")) == 2


# --- rule files ---------------------------------------------------------------


def test_every_rule_file_loads():
    for name in RULE_FILES:
        if name.endswith(".jsonl"):
            assert load_patterns(RULES_DIR / name)
        else:
            assert load_data(RULES_DIR / name)["version"] == 1


def test_unknown_pattern_key_is_rejected(tmp_path):
    path = tmp_path / "bad.v1.jsonl"
    path.write_text(json.dumps({"id": "x", "lable": "SUPPORT", "pattern": [{"LEMMA": "a"}]}) + "\n")
    with pytest.raises(RuleError, match="unknown key.*'lable'"):
        load_patterns(path)


def test_unknown_label_is_rejected(tmp_path):
    path = tmp_path / "bad.v1.jsonl"
    path.write_text(json.dumps({"id": "x", "label": "MAYBE", "pattern": [{"LEMMA": "a"}]}) + "\n")
    with pytest.raises(RuleError, match="unknown label"):
        load_patterns(path)


def test_unknown_token_attribute_is_rejected(tmp_path):
    path = tmp_path / "bad.v1.jsonl"
    path.write_text(json.dumps({"id": "x", "label": "SUPPORT", "pattern": [{"LEMA": "a"}]}) + "\n")
    with pytest.raises(RuleError, match="unknown token attribute"):
        load_patterns(path)


def test_unknown_key_in_json_rules_is_rejected(tmp_path):
    data = json.loads((RULES_DIR / "negation.v1.json").read_text(encoding="utf-8"))
    data["preceeding"] = ["nav"]
    path = tmp_path / "negation.v1.json"
    path.write_text(json.dumps(data))
    with pytest.raises(RuleError, match="preceeding"):
        load_data(path)


def _structure(tmp_path, change):
    data = json.loads((RULES_DIR / "structure.v1.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "structure.v1.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_structure_rules_are_in_the_model_digest():
    assert "structure.v1.json" in RULE_FILES


def test_unknown_key_in_structure_rules_is_rejected(tmp_path):
    path = _structure(tmp_path, lambda d: d.update(history_lables=["ieprieksej\\w*"]))
    with pytest.raises(RuleError, match=r"structure\.v1\.json: unknown key.*'history_lables'"):
        load_data(path)


def test_unknown_key_in_a_structure_entry_is_rejected(tmp_path):
    path = _structure(tmp_path, lambda d: d["nominative"][0].update(ending="a"))
    with pytest.raises(RuleError, match=r"structure\.v1\.json, 'nominative' entry 0: unknown key.*'ending'"):
        load_data(path)
    path = _structure(tmp_path, lambda d: d["lki_patterns"][1].update(shfit=1))
    with pytest.raises(RuleError, match=r"'lki_patterns' entry 1: unknown key.*'shfit'"):
        load_data(path)


def test_bad_structure_values_are_rejected(tmp_path):
    path = _structure(tmp_path, lambda d: d.update(round_words=["ekspertiz(\\w*"]))
    with pytest.raises(RuleError, match="'round_words': bad regular expression"):
        load_data(path)
    path = _structure(tmp_path, lambda d: d["documents"].update(XYZ=["x"]))
    with pytest.raises(RuleError, match="'documents': keys must be exactly"):
        load_data(path)
    path = _structure(tmp_path, lambda d: d.update(field_labels=[]))
    with pytest.raises(RuleError, match="'field_labels': expected a non-empty list"):
        load_data(path)


# --- cue ruler ----------------------------------------------------------------

SENTENCES = [
    "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
    "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
    "Iepriekšējā redakcijā MIP saturs netika atbalstīts, jo bija nepilnīgs.",
    "Ekspertīzes mērķis ir izvērtēt, vai saturs ir atbalstāms; atzīmējiet atbilstošo variantu.",
    "Saturu nevaru atbalstīt, pirms virzīšanas jāveic labojumi ar nosacījumu, ka modulārās izglītības programma un eksāmena saturs tiek noraidīts.",
]


def test_cue_ruler_matches_like_spacy_span_ruler(nlp):
    patterns = load_patterns(RULES_DIR / "verdicts.v1.jsonl")
    ruler = SpanRuler(nlp, "reference", spans_key="reference", overwrite=True)
    ruler.add_patterns(patterns)
    for text in SENTENCES:
        with nlp.select_pipes(disable=["lv_predicates", "lv_verdicts"]):  # they drop cues that are no predicate
            doc = nlp(text)
        ours = {(s.label_, s.start, s.end) for s in doc.spans["cues"]}
        ruler(doc)
        assert ours == {(s.label_, s.start, s.end) for s in doc.spans["reference"]}, text


def test_extension_helpers_agree_with_spacy_underscore(nlp):
    doc = nlp("MIP nav atbalstāms. PKE ir atbalstāma.")
    first, second = doc[0:3], doc[4:7]
    set_extension(first, "negated", True)
    second._.context = "history"
    assert first._.negated is True and get_extension(first, "negated") is True
    assert get_extension(second, "context") == "history"
    assert get_extension(second, "negated") is second._.negated is False
    assert get_extension(doc[4:6], "documents") == doc[4:6]._.documents == ()


# --- negation and contexts ----------------------------------------------------


def cues(nlp, text):
    doc = nlp(text)
    return [(c.text, c.label_, c._.negated, c._.context) for c in doc.spans["cues"]]


def test_preceding_negation_with_words_between(nlp):
    assert ("atbalstāms", "SUPPORT", True, "") in cues(nlp, "Saturs nav pilnībā atbalstāms.")


def test_terminator_ends_negation_scope(nlp):
    found = cues(nlp, "Iebildumu nav, bet saturs ir atbalstāms.")
    assert ("atbalstāms", "SUPPORT", False, "") in found


def test_following_negation_of_a_condition(nlp):
    assert ("Precizējumi", "CONDITION", True, "") in cues(nlp, "Precizējumi nav nepieciešami.")


def test_bez_negates_only_conditions(nlp):
    found = cues(nlp, "Atbalstāms bez precizējumiem.")
    assert ("precizējumiem", "CONDITION", True, "") in found
    assert ("Atbalstāms", "SUPPORT", False, "") in found


def test_history_context(nlp):
    found = cues(nlp, "Iepriekšējā redakcijā saturs netika atbalstīts.")
    assert ("atbalstīts", "SUPPORT", True, "history") in found


# --- inflection: the measured choice ------------------------------------------


def test_paradigm_table_joins_every_verdict_word_and_no_lookalike():
    from tools.measure_nlp import methods, score

    assert score(methods()["paradigm table (used)"]) == {
        "groups joined": "5/5", "ne-/jā- forms joined": "4/4", "lookalikes wrongly joined": "0/4"}
