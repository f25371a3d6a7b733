"""All four outputs from one run or none, and one run at a time (issue 19, items 7 and 8)."""

from __future__ import annotations

import csv
import errno
import fcntl
import os
import sqlite3

import openpyxl
import pytest
from test_outputs import REGISTER, results, run_info

from pipeline import outputs
from pipeline import run as run_module
from pipeline.config import DEFAULT_REGISTER
from pipeline.discover import discover
from pipeline.errors import UsageError
from pipeline.outputs import recover_outputs, write_outputs
from pipeline.records import Written

NAMES = ("verdicts.csv", "problems.csv", "summary.xlsx", "report.docx")
OLD, NEW = "2026-03-20T10:00:00", "2026-03-21T10:00:00"


def output_set(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in NAMES}


def workbook_files(folder) -> set[str]:
    wb = openpyxl.load_workbook(folder / "summary.xlsx", read_only=True)
    ws = wb.worksheets[[s.title for s in wb.worksheets].index("Atzinumi")]
    files = {row[0] for row in ws.iter_rows(min_row=2, values_only=True) if row and row[0]}
    wb.close()
    return files


def csv_files(folder) -> set[str]:
    with open(folder / "verdicts.csv", encoding="utf-8-sig", newline="") as fh:
        return {row["file"] for row in csv.DictReader(fh)}


def last_started(folder) -> str:
    with sqlite3.connect(folder / "reviews.sqlite") as con:
        return con.execute("SELECT started FROM history_runs ORDER BY id DESC LIMIT 1").fetchone()[0]


def steps(tmp_path, monkeypatch) -> list[tuple[str, str]]:
    """Return every step of a run's write and commit sequence, in order."""
    seen = []
    monkeypatch.setattr(outputs, "_step", lambda what, name: seen.append((what, name)))
    write_outputs(results(), tmp_path / "probe", REGISTER, run_info(OLD))
    monkeypatch.undo()
    return seen


def test_a_kill_at_any_step_leaves_one_complete_set_and_a_history_that_matches(tmp_path, monkeypatch):
    sequence = steps(tmp_path, monkeypatch)
    assert ("move", "summary.xlsx") in sequence and sequence[-1] == ("committed", "")
    for k, step in enumerate(sequence):
        out = tmp_path / f"kill{k}"
        write_outputs(results(), out, REGISTER, run_info(OLD))
        old = output_set(out)
        pid = os.fork()
        if pid == 0:  # the run that is killed at step k: no handler, no clean-up runs
            def kill(what, name, target=step):
                if (what, name) == target:
                    os._exit(9)
            outputs._step = kill
            try:
                write_outputs(results()[:1], out, REGISTER, run_info(NEW))
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.WEXITSTATUS(status) == 9, step
        recover_outputs(out)  # what the next run does first, holding the lock
        leftovers = [p.name for p in out.iterdir() if p.name.startswith(".")]
        assert leftovers == [], (step, leftovers)
        if output_set(out) == old:
            assert last_started(out) == OLD, step
        else:
            assert last_started(out) == NEW, step
            assert csv_files(out) == workbook_files(out) == {"z/b.docx"}, step
        assert csv_files(out) == workbook_files(out), step


def test_disk_full_keeps_the_previous_set_and_is_not_success(tmp_path, monkeypatch):
    write_outputs(results(), tmp_path, REGISTER, run_info(OLD))
    old = output_set(tmp_path)
    real = outputs._write_staged

    def full(path, name, write):
        if name == "report.docx":
            return real(path, name, lambda p: (_ for _ in ()).throw(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
        return real(path, name, write)

    monkeypatch.setattr(outputs, "_write_staged", full)
    written = write_outputs(results()[:1], tmp_path, REGISTER, run_info(NEW))
    assert "No space left on device" in written.failed["report.docx"]
    assert "previous outputs are kept" in written.failed["report.docx"]
    assert not written.paths
    assert output_set(tmp_path) == old and last_started(tmp_path) == OLD
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    outcome = run_module.RunOutcome(results=results(), run=run_info(NEW), written=written)
    assert outcome.exit_code == 3


def test_a_killed_runs_staging_folder_is_never_read_as_input_and_is_removed(tmp_path):
    folder = tmp_path / "in"  # -o is the input folder
    staging = folder / ".reviews-staging-abc123"
    staging.mkdir(parents=True)
    (staging / "verdicts.csv").write_text("half")
    (staging / "atzinums.docx").write_bytes(b"PK\x03\x04 half")
    (folder / "real.docx").write_bytes(b"PK\x03\x04")
    (folder / ".reviews.lock").write_bytes(b"")
    listed = [f.rel for f in discover(folder, exclude=run_module._outputs_of(folder))]
    assert listed == ["real.docx"]
    with run_module.output_lock(folder):
        assert not staging.exists()


def test_a_second_run_into_the_same_folder_is_refused_while_the_first_holds_it(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.docx").write_bytes(b"")
    out = tmp_path / "out"
    out.mkdir()
    with open(out / ".reviews.lock", "a+b") as held:  # stands for the first run
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(UsageError, match="another 'reviews run' is writing into"):
            run_module.run(tmp_path / "in", out, DEFAULT_REGISTER, progress=False)
    with run_module.output_lock(out):  # released: the next run goes ahead
        pass


def test_a_run_that_cannot_write_its_outputs_exits_non_zero():
    written = Written(failed={"summary.xlsx": "summary.xlsx could not be written: No space left on device"})
    assert run_module.RunOutcome(results=[], run=run_info(NEW), written=written).exit_code == 3
    history_only = Written(failed={"reviews.sqlite": "history not saved"})
    assert run_module.RunOutcome(results=[], run=run_info(NEW), written=history_only).exit_code == 0
