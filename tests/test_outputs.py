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
    assert "verdicts.csv" in written.paths
    assert (tmp_path / "summary.xlsx").read_bytes() == before


def test_the_workbook_writer_dying_is_reported_and_the_other_outputs_are_still_written(tmp_path, monkeypatch):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    before = (tmp_path / "summary.xlsx").read_bytes()

    def die(*_args, **_kwargs):
        os._exit(9)  # the workbook is written in a child process: this kills only that process

    monkeypatch.setattr(outputs, "build_workbook", die)
    written = write_outputs(results()[:1], tmp_path, REGISTER, run_info("2026-03-21T10:00:00"))
    assert "ended unexpectedly" in written.failed["summary.xlsx"]
    assert {"verdicts.csv", "problems.csv", "report.docx"} <= set(written.paths)
    assert "a.docx" not in (tmp_path / "verdicts.csv").read_text(encoding="utf-8-sig")  # the new run's rows
    assert (tmp_path / "summary.xlsx").read_bytes() == before


def test_background_job_answers_reach_the_caller():
    assert outputs.in_background(lambda: None)() is None
    assert outputs.in_background(lambda: "x.csv could not be written: disk full")() == (
        "x.csv could not be written: disk full")
    assert "ZeroDivisionError" in outputs.in_background(lambda: 1 // 0)()

    def interrupted():
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        outputs.in_background(interrupted)()


def test_a_background_job_gets_what_is_sent_after_it_started():
    def echo(received):
        data = received()
        return "nothing sent" if data is None else data.decode()

    job = outputs.in_background(echo, inbox=True)
    job.send(("ø" * 100_000).encode())  # more than a pipe holds at once
    assert job() == "ø" * 100_000
    assert outputs.in_background(echo, inbox=True)() == "nothing sent"  # waited for without sending


def test_without_fork_a_background_job_runs_when_waited_for(monkeypatch):
    """Where there is no fork (Windows), the job runs in this process once its data has been sent."""
    monkeypatch.delattr(outputs.os, "fork")
    ran = []

    def job(received):
        ran.append(received())
        return None

    handle = outputs.in_background(job, inbox=True)
    handle.send(b"lines")
    assert ran == []  # nothing has run yet: the data might not have been known
    assert handle() is None and ran == [b"lines"]
    assert outputs.in_background(lambda: "x could not be written")() == "x could not be written"


def test_without_fork_the_workbook_still_lists_the_changes(tmp_path, monkeypatch):
    import openpyxl

    monkeypatch.delattr(outputs.os, "fork")
    write_outputs(results(), tmp_path, REGISTER, run_info("2026-03-20T10:00:00"))
    written = write_outputs(results()[:1], tmp_path, REGISTER, run_info("2026-03-21T10:00:00"))
    assert not written.failed and written.changes
    about = openpyxl.load_workbook(tmp_path / "summary.xlsx", read_only=True)["Par"]
    shown = [row[1] for row in about.iter_rows(min_row=2, values_only=True)]
    assert written.changes.lines("lv")[0] in shown


def test_a_run_that_stops_before_its_changes_are_known_leaves_the_workbook_as_it_was(tmp_path, monkeypatch):
    """The workbook is started before the run is recorded; if recording fails outright, no workbook is half made."""
    write_outputs(results(), tmp_path, REGISTER, run_info())
    before = (tmp_path / "summary.xlsx").read_bytes()

    def broken(*_args, **_kwargs):
        raise KeyError("a bug while recording the run")

    monkeypatch.setattr(outputs, "record_run", broken)
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


def test_a_locked_workbook_is_reported_and_the_other_outputs_are_still_written(tmp_path, monkeypatch):
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
    assert set(written.paths) == {"verdicts.csv", "problems.csv", "report.docx"}
    assert (tmp_path / "summary.xlsx").read_bytes() == old_summary
    _, rows = read(tmp_path / "verdicts.csv")
    assert {r["file"] for r in rows} == {"z/b.docx"}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_hyperlink_targets_are_relative_to_the_output_folder(tmp_path):
    link = outputs.hyperlink_target(tmp_path / "out", str(tmp_path / "in"))
    assert link("sub/Mēbeļu galdnieks #2.docx") == "../in/sub/Mēbeļu%20galdnieks%20%232.docx"
    assert link("") is None
    assert outputs.hyperlink_target(tmp_path, "")("a.docx") is None


def stats(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(folder.iterdir())
            if p.name in ("verdicts.csv", "problems.csv", "summary.xlsx", "report.docx")}


def runs_recorded(folder: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(folder / "reviews.sqlite")) as con:
        return con.execute("SELECT count(*) FROM history_runs").fetchone()[0]


def test_an_unchanged_rerun_leaves_the_outputs_as_they_were(tmp_path):
    import openpyxl

    first = write_outputs(results(), tmp_path, REGISTER, run_info("2026-03-20T10:00:00"))
    assert not first.unchanged
    before = stats(tmp_path)
    again = write_outputs(list(reversed(results())), tmp_path, REGISTER, run_info("2026-03-21T08:00:00"))
    assert again.unchanged and not again.failed
    assert set(again.paths) == {"verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"}
    assert stats(tmp_path) == before  # not rewritten: same bytes, same modification times
    assert not again.changes and again.changes.lines("en") == ["Nothing changed since 2026-03-20 10:00:00."]
    assert runs_recorded(tmp_path) == 1
    about = openpyxl.load_workbook(tmp_path / "summary.xlsx", read_only=True)["Par"]
    assert next(about.iter_rows(min_row=2, max_row=2, values_only=True))[1].day == 20  # the earlier run's time


def test_a_changed_result_language_or_output_file_writes_everything_again(tmp_path):
    write_outputs(results(), tmp_path, REGISTER, run_info("2026-03-20T10:00:00"))

    changed = write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-21T10:00:00"))
    assert not changed.unchanged and changed.changes
    assert write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-22T10:00:00")).unchanged

    english = write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-23T10:00:00"), lang="en")
    assert not english.unchanged
    assert write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-24T10:00:00"), lang="en").unchanged

    report = tmp_path / "report.docx"
    os.utime(report, ns=(report.stat().st_atime_ns, report.stat().st_mtime_ns - 5_000_000_000))  # edited by hand
    touched = write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-25T10:00:00"), lang="en")
    assert not touched.unchanged and set(touched.paths) == {"verdicts.csv", "problems.csv", "summary.xlsx",
                                                            "report.docx"}
    (tmp_path / "problems.csv").unlink()
    removed = write_outputs(results()[:2], tmp_path, REGISTER, run_info("2026-03-26T10:00:00"), lang="en")
    assert not removed.unchanged and (tmp_path / "problems.csv").exists()
    assert runs_recorded(tmp_path) == 5


def test_a_changed_register_writes_everything_again(tmp_path):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    bigger = Register([*REGISTER, Qualification("motorzāģa operators", "Kokrūpniecība", "3")])
    written = write_outputs(results(), tmp_path, bigger, run_info("2026-03-21T10:00:00"))
    assert not written.unchanged and set(written.paths) >= {"summary.xlsx", "report.docx"}


def test_a_new_version_of_the_writers_writes_everything_again(tmp_path, monkeypatch):
    write_outputs(results(), tmp_path, REGISTER, run_info())
    monkeypatch.setattr(outputs, "writer_fingerprint", lambda: "another version of the workbook code")
    assert not write_outputs(results(), tmp_path, REGISTER, run_info("2026-03-21T10:00:00")).unchanged


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
