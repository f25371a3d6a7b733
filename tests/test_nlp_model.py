"""The committed model in models/lv_reviews: up to date with the rule files, reproducible, loadable."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy

from pipeline.config import MODEL_DIR
from pipeline.nlp.build import build
from pipeline.nlp.rules_io import rules_digest


def test_model_records_the_current_rule_files():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["rules_sha256"] == rules_digest(), "rule files changed: run `make model` and commit models/"


def test_rebuild_is_byte_identical_to_the_committed_model(tmp_path):
    out = build(tmp_path / "lv_reviews")
    built = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(MODEL_DIR).as_posix() for p in MODEL_DIR.rglob("*") if p.is_file())
    assert built == committed
    for name in built:
        assert (out / name).read_bytes() == (MODEL_DIR / name).read_bytes(), f"{name} differs: run `make model`"


@pytest.mark.slow
def test_spacy_load_works_in_a_fresh_process_without_network():
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "import pipeline.nlp, spacy\n"
        f"nlp = spacy.load({str(MODEL_DIR)!r})\n"
        "doc = nlp('MIP saturs nav atbalstāms.')\n"
        "print([v.label_ for v in doc.spans['verdicts']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['not_supported']"


def test_pipeline_is_blank_latvian_with_registered_factories():
    import pipeline.nlp  # noqa: F401 (registers the factories)

    nlp = spacy.load(MODEL_DIR)
    assert nlp.lang == "lv"
    assert nlp.pipe_names == ["lv_normalizer", "lv_lemmatizer", "lv_sentencizer", "lv_cue_ruler",
                              "lv_negation", "lv_contexts", "lv_predicates", "lv_verdicts"]


def test_load_pipeline_is_cached():
    from pipeline.nlp import load_pipeline

    assert load_pipeline() is load_pipeline()
