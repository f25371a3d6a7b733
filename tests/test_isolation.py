"""Isolation: a stuck or crashing file costs that file only; outputs are replaced atomically.

A test that patches what the workers run (``pipeline.pool.process_file`` or the
reader/extractor it calls) has the workers forked from this process
(``workers_see_patches``), so that they run the patched code; by default they come
from a fork server started before the patch.  The parent's handling of a stuck or
dead worker is the same whichever way the worker started.
"""

from __future__ import annotations

import ctypes
import os
import signal
import time
from pathlib import Path

import hostile
import openpyxl
import pytest
from click.testing import CliRunner
from conftest import narrative_review

from pipeline import pool
from pipeline.cli import main
from pipeline.config import DEFAULT_REGISTER, Limits
from pipeline.messages import problem_label
from pipeline.run import run

QUALIFICATIONS = ("Mēbeļu galdnieks", "Elektromontieris", "Elektrotehniķis", "Motorzāģa operators")
N_FILES = 40


@pytest.fixture(scope="module")
def review_bytes() -> list[bytes]:
    """Return N_FILES different good reviews (built once)."""
    return [
        narrative_review(QUALIFICATIONS[i % len(QUALIFICATIONS)], expert=f"Ilze Kalniņa {i:02d}")
        for i in range(N_FILES)
    ]


@pytest.fixture
def folder(tmp_path, review_bytes) -> Path:
    """Return a folder of N_FILES good reviews named r00.docx .. r39.docx."""
    path = tmp_path / "in"
    path.mkdir()
    for i, data in enumerate(review_bytes):
        (path / f"r{i:02d}.docx").write_bytes(data)
    return path


def workers_see_patches(monkeypatch) -> None:
    """Fork the workers from this process, so that they run what this test patched."""
    monkeypatch.setattr(pool, "START_METHOD", "fork")


def sabotage(monkeypatch, actions: dict[str, object]) -> None:
    """Make ``process_file`` run ``actions[rel]()`` before reading that file (in the worker)."""
    workers_see_patches(monkeypatch)
    real = pool.process_file

    def patched(path, rel, register, limits):
        if rel in actions:
            actions[rel]()
        return real(path, rel, register, limits)

    monkeypatch.setattr(pool, "process_file", patched)


def hang() -> None:
    """Never return (a file that makes the reader loop)."""
    time.sleep(3600)


def outcome_by_file(outcome) -> dict[str, list[str]]:
    """Return file -> problem codes, ``[]`` for a file read cleanly with verdicts."""
    found = {}
    for r in outcome.results:
        found[r.file] = [p.code for p in r.problems]
        if not r.problems:
            assert r.verdicts, r.file
    return found


def assert_only(outcome, expected: dict[str, str]) -> None:
    """Assert that the files in ``expected`` got that one code and every other file was read."""
    by_file = outcome_by_file(outcome)
    assert len(by_file) == N_FILES
    for rel, codes in by_file.items():
        assert codes == ([expected[rel]] if rel in expected else []), rel


def run_batch(folder: Path, out: Path, seconds: float = 60.0, jobs: int = 2, cache: bool = False):
    """Run the batch over ``folder`` with a per-file time limit of ``seconds``."""
    return run(folder, out, DEFAULT_REGISTER, jobs=jobs, use_cache=cache, progress=False,
               limits=Limits(seconds_per_file=seconds))


# --- time limit -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_stuck_file_times_out_and_the_rest_is_read(folder, tmp_path, monkeypatch):
    sabotage(monkeypatch, {"r05.docx": hang, "r30.docx": hang})
    t0 = time.monotonic()
    outcome = run_batch(folder, tmp_path / "out", seconds=1.5)
    assert time.monotonic() - t0 < 40
    assert_only(outcome, {"r05.docx": "timeout", "r30.docx": "timeout"})
    assert outcome.exit_code == 1
    rows = hostile.read_contract_csv(tmp_path / "out" / "problems.csv")
    assert [(r["file"], r["code"]) for r in rows] == [("r05.docx", "timeout"), ("r30.docx", "timeout")]
    assert all("laika ierobežojum" in r["message"] for r in rows)  # "time limit", in Latvian


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_the_limit_is_per_file_not_per_worker(folder, tmp_path, monkeypatch):
    slow = {f"r{i:02d}.docx": (lambda: time.sleep(1.0)) for i in (0, 1, 2, 3)}  # each under the limit, together over
    sabotage(monkeypatch, slow)
    outcome = run_batch(folder, tmp_path / "out", seconds=1.8)
    assert_only(outcome, {})


@pytest.mark.slow
@pytest.mark.timeout(60)
def test_a_single_stuck_file_times_out_too(tmp_path, monkeypatch):
    """One new file (the rest from the cache) must still get the time limit."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "only.docx").write_bytes(narrative_review())
    sabotage(monkeypatch, {"only.docx": hang})
    outcome = run_batch(folder, tmp_path / "out", seconds=1.0)
    assert [(r.file, [p.code for p in r.problems]) for r in outcome.results] == [("only.docx", ["timeout"])]


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_time_limit_from_the_environment_and_the_cli(folder, tmp_path, monkeypatch):
    sabotage(monkeypatch, {"r10.docx": hang})
    monkeypatch.setenv("REVIEWS_SECONDS_PER_FILE", "1")
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-cache",
                                       "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert f"{problem_label('timeout', 'en')} 1" in result.output and "Traceback" not in result.output


def test_bad_limit_in_the_environment_is_a_usage_error(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("REVIEWS_SECONDS_PER_FILE", "one minute")
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 2
    assert "REVIEWS_" in result.output and "Traceback" not in result.output


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_timed_out_file_is_tried_again_next_run(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    with monkeypatch.context() as m:
        sabotage(m, {"r07.docx": hang})
        first = run_batch(folder, out, seconds=1.0, cache=True)
    assert_only(first, {"r07.docx": "timeout"})
    second = run_batch(folder, out, seconds=60, cache=True)
    assert_only(second, {})
    assert second.cached == N_FILES - 1  # only the timed-out file was read again


# --- crashes --------------------------------------------------------------------------


def exit_hard() -> None:
    """End the worker without cleanup, as a C extension calling exit() would."""
    os._exit(3)


def sigkill() -> None:
    """Die as the out-of-memory killer kills."""
    os.kill(os.getpid(), signal.SIGKILL)


def segfault() -> None:
    """Crash in C code, as a parser bug would (quietly: no faulthandler dump in the test log)."""
    import faulthandler

    faulthandler.disable()
    ctypes.string_at(0)


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("crash", [exit_hard, sigkill, segfault], ids=["os._exit", "SIGKILL", "SIGSEGV"])
def test_worker_death_costs_one_file(folder, tmp_path, monkeypatch, crash):
    sabotage(monkeypatch, {"r01.docx": crash, "r20.docx": crash, "r39.docx": crash})
    outcome = run_batch(folder, tmp_path / "out")
    assert_only(outcome, {"r01.docx": "worker_crash", "r20.docx": "worker_crash", "r39.docx": "worker_crash"})
    assert outcome.exit_code == 1
    assert (tmp_path / "out" / "summary.xlsx").is_file()


@pytest.mark.parametrize("jobs", [0, 2])
def test_memory_error_while_extracting_costs_one_file(folder, tmp_path, monkeypatch, jobs):
    import pipeline.extract

    real = pipeline.extract.extract

    def greedy(doc, file, register):
        if file == "r12.docx":
            raise MemoryError
        return real(doc, file, register)

    workers_see_patches(monkeypatch)
    monkeypatch.setattr(pipeline.extract, "extract", greedy)
    outcome = run_batch(folder, tmp_path / "out", jobs=jobs)
    assert_only(outcome, {"r12.docx": "too_large"})  # issue 19: out of memory is the file's size, not a crash
    crashed = next(r for r in outcome.results if r.file == "r12.docx")
    assert "memory" in crashed.problems[0].detail


@pytest.mark.parametrize("jobs", [0, 2])
def test_a_bug_in_extraction_costs_one_file(folder, tmp_path, monkeypatch, jobs):
    import pipeline.extract

    real = pipeline.extract.extract

    def buggy(doc, file, register):
        if file == "r03.docx":
            raise KeyError("a bug")
        return real(doc, file, register)

    workers_see_patches(monkeypatch)
    monkeypatch.setattr(pipeline.extract, "extract", buggy)
    assert_only(run_batch(folder, tmp_path / "out", jobs=jobs), {"r03.docx": "worker_crash"})


# --- outputs --------------------------------------------------------------------------


def cell_values(path: Path) -> dict[str, list[tuple]]:
    """Return every sheet's cell values."""
    wb = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def test_summary_that_cannot_be_replaced_keeps_the_whole_previous_set(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    (folder / "r00.docx").unlink()  # the first run sees 39 files
    assert CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "-q", "--jobs", "0"]).exit_code == 0
    old_summary = (out / "summary.xlsx").read_bytes()
    old = {name: (out / name).read_bytes() for name in ("verdicts.csv", "problems.csv", "report.docx")}
    (folder / "r00.docx").write_bytes(narrative_review("Elektrotehniķis", expert="Anna Ozola"))
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really")

    real_replace = os.replace

    def replace(src, dst, **kwargs):
        if Path(dst).name == "summary.xlsx":
            raise PermissionError(13, "Permission denied", str(dst))
        return real_replace(src, dst, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "--jobs", "0"])
    assert result.exit_code == 3, result.output  # all four outputs or none: nothing was written
    assert "Traceback" not in result.output
    warning = next(line for line in result.output.splitlines() if "summary.xlsx" in line and "Brīdinājums" in line)
    assert "Close it" in warning  # says what to do

    assert "previous outputs are kept" in warning
    assert (out / "summary.xlsx").read_bytes() == old_summary, "the old workbook is kept whole"
    for name, data in old.items():
        assert (out / name).read_bytes() == data, f"{name} should still hold the previous run"
    assert not list(out.glob(".*.tmp")), "temporary files are cleaned up"


def test_interrupted_write_keeps_the_previous_output_whole(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch(folder, out, jobs=0)
    before = cell_values(out / "summary.xlsx")
    (folder / "r00.docx").unlink()

    def save_half_then_die(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        raise KeyboardInterrupt

    monkeypatch.setattr(openpyxl.Workbook, "save", save_half_then_die)
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "--jobs", "0", "-q"])
    assert result.exit_code == 130 and "Pārtraukts" in result.output
    assert "Traceback" not in result.output
    assert cell_values(out / "summary.xlsx") == before, "a crash never leaves a half-written output"
    assert not list(out.glob(".*.tmp"))


# --- the store in the output folder -----------------------------------------------------


def test_locked_store_costs_the_cache_not_the_run(folder, tmp_path, monkeypatch):
    """Another run holding reviews.sqlite must not stop this one from writing its outputs."""
    import sqlite3

    out = tmp_path / "out"
    run_batch(folder, out, jobs=0, cache=True)  # creates the store
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.2}))
    holder = real_connect(out / "reviews.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        (out / "verdicts.csv").unlink()
        outcome = run_batch(folder, out, jobs=0, cache=True)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_only(outcome, {})
    assert outcome.cached == 0
    assert len(hostile.read_contract_csv(out / "verdicts.csv")) >= N_FILES
    assert "reviews.sqlite" in outcome.written.failed  # the run history could not be saved: said, not hidden


def test_cache_that_cannot_be_saved_costs_speed_only(folder, tmp_path, monkeypatch, capsys):
    import sqlite3

    from pipeline.cache import Cache

    def locked(self):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Cache, "commit", locked)
    outcome = run_batch(folder, tmp_path / "out", jobs=2, cache=True)
    assert_only(outcome, {})
    assert (tmp_path / "out" / "summary.xlsx").is_file()
    assert "cache not saved" in capsys.readouterr().err


def test_results_reach_the_cache_in_batches(folder, tmp_path, monkeypatch):
    """Results go to the store in batches while the files are read (the run keeps no backlog)."""
    from pipeline.cache import Cache

    monkeypatch.setattr(Cache, "BATCH", 3)  # 40 files: 13 batches and a rest
    run_batch(folder, tmp_path / "out", jobs=2, cache=True)
    assert run_batch(folder, tmp_path / "out", jobs=2, cache=True).cached == N_FILES


def test_a_batch_the_store_refuses_costs_speed_only(folder, tmp_path, monkeypatch, capsys):
    import sqlite3

    from pipeline.cache import Cache

    real_flush, calls = Cache._flush, []

    def locked_from_the_second_batch(self):
        calls.append(1)
        if len(calls) > 1:
            raise sqlite3.OperationalError("database is locked")
        real_flush(self)

    monkeypatch.setattr(Cache, "BATCH", 3)
    monkeypatch.setattr(Cache, "_flush", locked_from_the_second_batch)
    outcome = run_batch(folder, tmp_path / "out", jobs=2, cache=True)
    assert_only(outcome, {})
    assert len(hostile.read_contract_csv(tmp_path / "out" / "verdicts.csv")) >= N_FILES
    assert "cache not saved" in capsys.readouterr().err
    monkeypatch.undo()
    assert run_batch(folder, tmp_path / "out", jobs=2, cache=True).cached == 0, "the first batch is not kept either"


@pytest.mark.timeout(120)
def test_workers_that_cannot_start_are_given_up_and_the_files_read_here(folder, tmp_path, monkeypatch, capsys):
    """Workers that die before they take a file blame no file: the run reads the files in-process."""
    workers_see_patches(monkeypatch)

    def dies_at_start(register, limits):
        os._exit(7)  # as a worker does that cannot import the caller's main module

    monkeypatch.setattr(pool, "_start_worker", dies_at_start)
    outcome = run_batch(folder, tmp_path / "out")
    assert_only(outcome, {})  # every file read, none blamed
    assert "reading here" in capsys.readouterr().err
