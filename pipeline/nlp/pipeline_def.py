"""Assemble the Latvian review pipeline from the rule files (used by the build and the tests)."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from pipeline.config import RULES_DIR
from pipeline.nlp import contexts, cues, lemmatizer, negation, normalizer, predicates, sentences, verdicts  # noqa: F401
from pipeline.nlp.rules_io import load_data, load_patterns, rules_digest

#: Component order: each reads what the ones before it wrote.
COMPONENTS = ("lv_normalizer", "lv_lemmatizer", "lv_sentencizer", "lv_cue_ruler", "lv_negation", "lv_contexts",
              "lv_predicates", "lv_verdicts")
DATA_FILES = {
    "lv_lemmatizer": "lemmas.v1.json",
    "lv_sentencizer": "sentences.v1.json",
    "lv_negation": "negation.v1.json",
    "lv_contexts": "contexts.v1.json",
    "lv_predicates": "predicates.v1.json",
}


def assemble(rules_dir: Path = RULES_DIR) -> Language:
    """Return a ``spacy.blank("lv")`` pipeline with every component configured from ``rules_dir``."""
    rules_dir = Path(rules_dir)
    nlp = spacy.blank("lv")
    sentence_rules = load_data(rules_dir / DATA_FILES["lv_sentencizer"])
    for case in sorted(sentence_rules["special_cases"]):
        nlp.tokenizer.add_special_case(case, [{ORTH: case}])
    for name in COMPONENTS:
        if name == "lv_cue_ruler":
            nlp.add_pipe(name).add_patterns(load_patterns(rules_dir / "verdicts.v1.jsonl"))
            continue
        component = nlp.add_pipe(name)
        if name in DATA_FILES:
            component.set_data(
                sentence_rules if name == "lv_sentencizer" else load_data(rules_dir / DATA_FILES[name])
            )
    nlp.meta["name"] = "lv_reviews"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Rule-based Latvian pipeline reading verdicts of MIP/PKE expert reviews"
    nlp.meta["rules_sha256"] = rules_digest(rules_dir)
    return nlp
