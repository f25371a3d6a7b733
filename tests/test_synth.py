"""Tests of the synthetic review generator (tools.synth) and of its committed outputs."""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest

from tools.synth import LAYOUTS, VerdictDeck, build_eval_corpus, generate_corpus, make_spec, render
from tools.synth.layouts import TRAPS
from tools.synth.oddities import lock_file
from tools.synth.samples import SAMPLE_PLAN

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus"
SAMPLES = REPO / "inputs" / "samples"
SAMPLES_META = REPO / "inputs" / "samples_expected"
VERDICTS = {"supported", "needs_corrections", "not_supported", "unknown"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _specs(pool: str, seed: int = 7):
    """Yield (spec, bytes) for every layout, twice with different variants."""
    rng = random.Random(seed)
    deck = VerdictDeck(rng)
    for variant in (0, 1, 2, 3):
        for name in LAYOUTS:
            spec = make_spec(name, rng, deck, pool, variant=variant)
            yield spec, render(spec)


def _paragraph_texts(data: bytes) -> list[str]:
    """Return every paragraph's text from document.xml, including inserted, text-box and control runs."""
    from lxml import etree

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("pool", ["samples", "eval"])
def test_every_layout_opens_with_python_docx(pool):
    for spec, data in _specs(pool):
        document = docx.Document(io.BytesIO(data))
        assert document.paragraphs or document.tables, spec.layout


def test_generation_is_deterministic(tmp_path):
    first = [data for _, data in _specs("samples", seed=3)]
    second = [data for _, data in _specs("samples", seed=3)]
    assert first == second
    rows_a = generate_corpus(tmp_path / "a", 40, seed=11)
    rows_b = generate_corpus(tmp_path / "b", 40, seed=11)
    assert rows_a == rows_b
    for f in (tmp_path / "a").iterdir():
        assert f.read_bytes() == (tmp_path / "b" / f.name).read_bytes()


@pytest.mark.parametrize("pool", ["samples", "eval"])
def test_verdict_text_is_in_the_document(pool):
    for spec, data in _specs(pool):
        text = "\n".join(_paragraph_texts(data)).replace("\u00a0", " ")
        for evidence in spec.evidence:
            assert evidence in text, (spec.layout, evidence)
        expected = {r["verdict"] for r in spec.expected_rows("x.docx")}
        assert expected <= VERDICTS


def test_tracked_changes_put_the_new_verdict_in_w_ins():
    rng = random.Random(5)
    spec = make_spec("tracked_changes", rng, VerdictDeck(rng))
    xml = zipfile.ZipFile(io.BytesIO(render(spec))).read("word/document.xml").decode()
    inserted = " ".join(re.findall(r"<w:ins [^>]*>(.*?)</w:ins>", xml))
    for sentence in spec.evidence:
        assert sentence in inserted
    assert "<w:delText" in xml


def test_pools_are_disjoint():
    from tools.synth.phrases import FORM_OPTIONS, SUMMARY_PHRASES, VERDICT_SENTENCES

    for table in (VERDICT_SENTENCES, FORM_OPTIONS, SUMMARY_PHRASES):
        samples, evaluation = table["samples"], table["eval"]
        flat = lambda pool: {x for v in pool.values() for x in ((v,) if isinstance(v, str) else v)}  # noqa: E731
        assert not flat(samples) & flat(evaluation)


def test_lock_file_is_word_sized():
    data = lock_file("Ilze Kalniņa")
    assert len(data) == 162 and data[0] == len("Ilze Kalniņa")


def test_generate_corpus_writes_n_files(tmp_path):
    rows = generate_corpus(tmp_path, 30, seed=1)
    files = sorted(p.name for p in tmp_path.glob("*.docx"))
    assert len(files) == 30
    assert {r["file"] for r in rows} <= set(files)


# --- the committed labelled corpus --------------------------------------------


def test_corpus_is_up_to_date(tmp_path):
    build_eval_corpus(tmp_path)
    for f in sorted(tmp_path.iterdir()):
        assert f.read_bytes() == (CORPUS / f.name).read_bytes(), f"{f.name} differs: run `make samples`"
    assert {p.name for p in CORPUS.iterdir()} == {p.name for p in tmp_path.iterdir()}


def test_corpus_rows_match_files_on_disk():
    rows = _read_csv(CORPUS / "expected.csv")
    problems = _read_csv(CORPUS / "expected_problems.csv")
    docs = {p.name for p in CORPUS.glob("*.docx")}
    assert {r["file"] for r in rows} == docs
    assert {p["file"] for p in problems} <= docs
    assert len(docs) >= 110 and len(rows) >= 170
    counts = Counter(r["verdict"] for r in rows)
    main = [counts[v] for v in ("supported", "needs_corrections", "not_supported")]
    assert max(main) - min(main) <= 0.1 * sum(main)
    assert 6 <= counts["unknown"] <= 16
    for r in rows:
        assert r["document"] in ("MIP", "PKE") and r["verdict"] in VERDICTS
        assert re.fullmatch(r"2026-\d\d-\d\d", r["date"]) and r["lki_level"] in ("3", "4", "5")
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 4 * 1024 * 1024


def test_corpus_covers_every_layout_and_trap():
    manifest = _read_csv(CORPUS / "layouts.csv")
    assert {m["layout"] for m in manifest} == set(LAYOUTS)
    traps = {t for m in manifest for t in m["traps"].split()}
    assert set(TRAPS) | {"messy"} <= traps


# --- the committed samples ------------------------------------------------------


def test_samples_match_expectations():
    rows = _read_csv(SAMPLES_META / "expected.csv")
    problems = _read_csv(SAMPLES_META / "expected_problems.csv")
    on_disk = {p.relative_to(SAMPLES).as_posix() for p in SAMPLES.rglob("*") if p.is_file()}
    listed = {r["file"] for r in rows} | {p["file"] for p in problems}
    assert listed <= on_disk
    reviews = {f for f in on_disk if f.endswith(".docx") and f not in {p["file"] for p in problems}}
    assert reviews <= {r["file"] for r in rows}
    assert len([f for f in on_disk if f.endswith(".docx")]) >= 24
    codes = {p["code"] for p in problems}
    assert {"empty", "corrupt", "lock_file", "duplicate", "no_verdict", "unknown_qualification"} <= codes
    assert any(f.endswith(".doc") for f in on_disk)
    assert any("/" in f for f in on_disk)
    assert {layout for layout, _, _ in SAMPLE_PLAN} == set(LAYOUTS)
    readme = (SAMPLES_META / "README.md").read_text(encoding="utf-8")
    assert all(f"`{f}`" in readme for f in on_disk)


def test_sample_reviews_open_with_python_docx():
    bad = {p["file"] for p in _read_csv(SAMPLES_META / "expected_problems.csv")
           if p["code"] in ("empty", "corrupt", "lock_file", "not_docx", "unsupported_format")}
    for path in SAMPLES.rglob("*.docx"):
        if path.relative_to(SAMPLES).as_posix() not in bad:
            docx.Document(str(path))
