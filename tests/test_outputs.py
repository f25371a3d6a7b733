"""The output contract: CSV columns, BOM, order, byte-identical reruns, atomic replacement."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from pipeline import outputs
from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Problem, RunInfo, VerdictRow
from pipeline.register import Qualification, Register

VERDICT_COLUMNS = ["file", "qualification", "document", "verdict", "expert", "date", "lki_level", "sector",
                   "evidence", "location", "method", "confidence"]
PROBLEM_COLUMNS = ["file", "code", "message"]
REGISTER = Register([
    Qualification("mēbeļu galdnieks", "Kokrūpniecība", "4"),
    Qualification("elektromontieris", "Enerģētika", "3"),
])


def run_info(started="2026-03-20T10:00:00", input_dir="") -> RunInfo:
    return RunInfo(started=started, input_dir=input_dir, output_dir="out", version="test", files=4)


def results() -> list[FileResult]:
    """Return results given in a scrambled order, with text that needs CSV quoting."""
    def v(file, q, doc, verdict, conf, evidence="MIP saturs ir atbalstāms, un virzāms „saskaņošanai”."):
        return VerdictRow(file=file, qualification=q, document=doc, verdict=verdict, expert="Ilze Kalniņa",
                          date="2026-03-12", lki_level="4", sector="Kokrūpniecība", evidence=evidence,
                          location="tabula 1, rinda 2", method="checkbox", confidence=conf)
    return [
        FileResult(file="z/b.docx", verdicts=[v("z/b.docx", "mēbeļu galdnieks", "PKE", "supported", 0.876),
                                              v("z/b.docx", "mēbeļu galdnieks", "MIP", "needs_corrections", 1)]),
        FileResult(file="a.docx", verdicts=[v("a.docx", "elektromontieris", "MIP", "not_supported", 0.5,
                                               'rinda ar "pēdiņām"\nun jaunu rindu')]),
        FileResult(file="empty.docx", problems=[Problem("empty.docx", "empty", "0 bytes")]),
        FileResult(file="a.docx~dup", problems=[Problem("a.docx~dup", "duplicate", "same", (("original", "a.docx"),)),
                                                Problem("a.docx~dup", "conflict", "x")]),
    ]


def read(path: Path) -> tuple[list[str], list[dict]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames), list(reader)


def test_csvs_follow_the_contract(tmp_path):
    written = write_outputs(results(), tmp_path / "new" / "out", REGISTER, run_info())
    assert not written.failed
    columns, rows = read(written.paths["verdicts.csv"])
    assert columns[: len(VERDICT_COLUMNS)] == VERDICT_COLUMNS
    assert columns[len(VERDICT_COLUMNS):] == ["in_register"]
    assert [(r["file"], r["qualification"], r["document"]) for r in rows] == [
        ("a.docx", "elektromontieris", "MIP"),
        ("z/b.docx", "mēbeļu galdnieks", "MIP"),
        ("z/b.docx", "mēbeļu galdnieks", "PKE"),
    ]
    assert [r["confidence"] for r in rows] == ["0.50", "1.00", "0.88"]
    assert rows[0]["evidence"] == 'rinda ar "pēdiņām"\nun jaunu rindu'
    assert {r["verdict"] for r in rows} <= {"supported", "needs_corrections", "not_supported", "unknown"}

    columns, problems = read(written.paths["problems.csv"])
    assert columns[:3] == PROBLEM_COLUMNS and columns[3:] == ["detail"]
    assert [(p["file"], p["code"]) for p in problems] == [
        ("a.docx~dup", "conflict"), ("a.docx~dup", "duplicate"), ("empty.docx", "empty")]
    assert problems[1]["message"].startswith("Saturs ir tāds pats kā failam a.docx")


def test_messages_follow_the_language(tmp_path):
    written = write_outputs(results(), tmp_path, REGISTER, run_info(), lang="en")
    _, problems = read(written.paths["problems.csv"])
    assert problems[-1]["message"].startswith("The file is empty")


@pytest.mark.parametrize("lang, words", [("lv", "ar precizējumiem, atbalstāms"),
                                         ("en", "after corrections, supported")])
def test_a_conflict_names_the_verdicts_in_words_and_keeps_the_codes_in_the_detail(tmp_path, lang, words):
    conflict = Problem("c.docx", "conflict", "PKE: needs_corrections, supported",
                       (("qualification", "mēbeļu galdnieks"), ("document", "PKE"),
                        ("verdicts", "needs_corrections, supported")))
    written = write_outputs([FileResult(file="c.docx", problems=[conflict])], tmp_path, REGISTER, run_info(),
                            lang=lang)
    _, problems = read(written.paths["problems.csv"])
    assert f"PKE (mēbeļu galdnieks): {words}." in problems[0]["message"]
    assert "needs_corrections" not in problems[0]["message"]
    assert problems[0]["detail"] == "PKE: needs_corrections, supported"


def test_two_runs_give_byte_identical_csvs(tmp_path):
    first = write_outputs(results(), tmp_path / "one", REGISTER, run_info())
    second = write_outputs(list(reversed(results())), tmp_path / "two", REGISTER, run_info("2026-03-21T08:00:00"))
    for name in ("verdicts.csv", "problems.csv"):
        assert first.paths[name].read_bytes() == second.paths[name].read_bytes()


def test_no_results_still_writes_every_output_with_headers(tmp_path):
    written = write_outputs([], tmp_path, REGISTER, run_info())
    assert set(written.paths) == {"verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"}
    assert read(written.paths["verdicts.csv"]) == (VERDICT_COLUMNS + ["in_register"], [])


def test_no_temporary_files_are_left_behind(tmp_path):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "problems.csv", "report.docx", "reviews.sqlite", "summary.xlsx", "verdicts.csv"]


def test_a_crash_while_writing_leaves_the_previous_file_intact(tmp_path, monkeypatch):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    before = (tmp_path / "summary.xlsx").read_bytes()

    def boom(*_args, **_kwargs):
        raise RuntimeError("crash in the middle of writing")

    monkeypatch.setattr(outputs, "build_workbook", boom)
    written = write_outputs(results()[:1], tmp_path, REGISTER, run_info())
    assert "crash in the middle" in written.failed["summary.xlsx"]
    assert not written.paths  # all four outputs or none
    assert (tmp_path / "summary.xlsx").read_bytes() == before


def test_a_bug_while_recording_the_run_leaves_the_previous_outputs_as_they_were(tmp_path, monkeypatch):
    """The run is recorded before any output is written; a bug there writes no output at all."""
    write_outputs(results(), tmp_path, REGISTER, run_info())
    before = (tmp_path / "summary.xlsx").read_bytes()

    def broken(*_args, **_kwargs):
        raise KeyError("a bug while recording the run")

    monkeypatch.setattr(outputs, "insert_run", broken)
    with pytest.raises(KeyError):
        write_outputs(results()[:1], tmp_path, REGISTER, run_info("2026-03-21T10:00:00"))
    assert (tmp_path / "summary.xlsx").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "problems.csv", "report.docx", "reviews.sqlite", "summary.xlsx", "verdicts.csv"]


def test_an_interrupted_write_removes_its_temporary_file(tmp_path):
    (tmp_path / "x.csv").write_text("old")

    def half(path):
        path.write_text("half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        outputs.replace_atomically(tmp_path / "x.csv", half)
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]
    assert (tmp_path / "x.csv").read_text() == "old"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_locked_workbook_is_reported_and_no_output_is_replaced(tmp_path, monkeypatch):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    old_summary = (tmp_path / "summary.xlsx").read_bytes()
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).name == "summary.xlsx":
            raise PermissionError(13, "Permission denied", str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(outputs.os, "replace", replace)
    written = write_outputs(results()[:1], tmp_path, REGISTER, run_info("2026-03-22T10:00:00"))
    assert set(written.failed) == {"summary.xlsx"}
    assert "open in another program" in written.failed["summary.xlsx"]
    assert not written.paths  # all four outputs or none: the previous set stays whole
    assert (tmp_path / "summary.xlsx").read_bytes() == old_summary
    _, rows = read(tmp_path / "verdicts.csv")
    assert {r["file"] for r in rows} != {"z/b.docx"}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_hyperlink_targets_are_relative_to_the_output_folder(tmp_path):
    link = outputs.hyperlink_target(tmp_path / "out", str(tmp_path / "in"))
    assert link("sub/Mēbeļu galdnieks #2.docx") == "../in/sub/Mēbeļu%20galdnieks%20%232.docx"
    assert link("") is None
    assert outputs.hyperlink_target(tmp_path, "")("a.docx") is None


def test_text_excel_would_run_as_a_formula_stays_text_in_the_csvs(tmp_path):
    evil = "=HYPERLINK(\"http://x\",\"klik\")+1.docx"
    res = [
        FileResult(file=evil, verdicts=[VerdictRow(file=evil, qualification="mēbeļu galdnieks", document="MIP",
                                                   verdict="supported", evidence="@SUM(1+1)", expert="-2+3")]),
        FileResult(file="ok.docx", verdicts=[VerdictRow(file="ok.docx", qualification="elektromontieris",
                                                        document="PKE", verdict="supported",
                                                        evidence="- saturs ir atbalstāms")]),
    ]
    write_outputs(res, tmp_path, REGISTER, run_info())
    _, rows = read(tmp_path / "verdicts.csv")
    evil_row = next(r for r in rows if r["file"].endswith("+1.docx"))
    assert evil_row["file"] == "'" + evil
    assert evil_row["evidence"] == "'@SUM(1+1)" and evil_row["expert"] == "'-2+3"
    ok = next(r for r in rows if r["file"] == "ok.docx")
    assert ok["evidence"] == "- saturs ir atbalstāms"  # a dash and a space is a list item, not a formula


def test_outputs_are_readable_by_the_team_not_only_their_writer(tmp_path):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    mask = os.umask(0)
    os.umask(mask)
    for name in ("verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o666 & ~mask, name


def test_defused_text_reads_back_as_written(tmp_path):
    evil = "=cmd|' /C calc'!A0.docx"
    res = [FileResult(file=evil, problems=[Problem(evil, "corrupt", "bad zip")])]
    write_outputs(res, tmp_path, REGISTER, run_info())
    assert outputs.read_contract_csv(tmp_path / "problems.csv")["file"].tolist() == [evil]
