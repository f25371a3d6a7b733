"""tools.evaluate on a small labelled corpus made in code."""

from __future__ import annotations

import csv

from conftest import narrative_review

from tools.evaluate import evaluate, main

FIELDS = ["file", "qualification", "document", "verdict", "expert", "date", "lki_level"]


def make_corpus(folder, wrong_label=False):
    folder.mkdir()
    (folder / "a.docx").write_bytes(narrative_review())
    (folder / "b.docx").write_bytes(narrative_review("Elektromontieris", mip="MIP saturs nav atbalstāms.",
                                                     pke="PKE saturs ir atbalstāms un virzāms saskaņošanai.",
                                                     expert="Jānis Bērziņš", date="2026. gada 5. februārī"))
    rows = [
        ["a.docx", "mēbeļu galdnieks", "MIP", "supported", "Ilze Kalniņa", "2026-03-12", "4"],
        ["a.docx", "mēbeļu galdnieks", "PKE", "needs_corrections", "Ilze Kalniņa", "2026-03-12", "4"],
        ["b.docx", "elektromontieris", "MIP", "supported" if wrong_label else "not_supported", "Jānis Bērziņš",
         "2026-02-05", "3"],
        ["b.docx", "elektromontieris", "PKE", "supported", "Jānis Bērziņš", "2026-02-05", "3"],
    ]
    with open(folder / "expected.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(FIELDS)
        writer.writerows(rows)
    return folder


def test_a_correct_corpus_passes(tmp_path, register):
    report = evaluate(make_corpus(tmp_path / "c"), register)
    assert report.accuracy == 1.0 and report.passed
    assert report.precision_recall("not_supported") == (1.0, 1.0, 1)
    assert report.fields["expert"] == [4, 4] and report.fields["date"] == [4, 4]


def test_wrong_cases_are_listed_and_fail(tmp_path, register):
    report = evaluate(make_corpus(tmp_path / "c", wrong_label=True), register)
    assert report.accuracy == 0.75 and not report.passed
    assert any("b.docx elektromontieris/MIP: expected supported, got not_supported" in w for w in report.wrong)
    assert "FAIL" in str(report)


def test_command_exit_status(tmp_path, capsys):
    assert main([str(make_corpus(tmp_path / "ok"))]) == 0
    assert "verdict accuracy: 1.0000" in capsys.readouterr().out
    assert main([str(make_corpus(tmp_path / "bad", wrong_label=True))]) == 1
    assert main([str(tmp_path / "missing")]) == 2


def test_helper_files_in_the_corpus_are_ignored(tmp_path, register):
    folder = make_corpus(tmp_path / "c")
    (folder / "make_docs.py").write_text("print('helper')\n", encoding="utf-8")
    (folder / "notes.txt").write_text("to do\n", encoding="utf-8")
    report = evaluate(folder, register)
    assert report.files == 2 and report.passed
    (folder / "expected_problems.csv").write_text("file,code\nnotes.txt,not_docx\n", encoding="utf-8")
    report = evaluate(folder, register)  # a labelled non-document still counts
    assert report.files == 3 and report.problems == [1, 1]
