"""The command line as a coordinator uses it: help, exit codes, the contract files."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from conftest import narrative_review

from pipeline.cli import main
from pipeline.messages import problem_label

VERDICT_COLUMNS = [
    "file", "qualification", "document", "verdict", "expert", "date", "lki_level", "sector",
    "evidence", "location", "method", "confidence",
]
PROBLEM_COLUMNS = ["file", "code", "message"]
PROBLEM_CODES = {
    "empty", "corrupt", "encrypted", "legacy_doc", "not_docx", "unsupported_format", "too_large",
    "lock_file", "duplicate", "no_verdict", "unknown_qualification", "conflict", "timeout",
    "worker_crash", "unreadable",
}


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name} must start with a UTF-8 BOM for Excel"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return reader.fieldnames, list(reader)


def all_commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path,cmd", list(all_commands(main)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help_with_an_example(path, cmd):
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0
    assert cmd.help and len(cmd.help.strip()) > 20
    assert "Example" in result.output and "reviews " in result.output


def test_missing_input_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "does not exist" in result.output
    assert "Traceback" not in result.output


def test_bad_option_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--lang", "de"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_unwritable_output_is_a_usage_error(tmp_path, review_folder):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(blocker / "out"), "-q"])
    assert result.exit_code == 2
    assert "Kļūda:" in result.output and "Traceback" not in result.output


def test_bad_register_is_a_usage_error(tmp_path, review_folder):
    reg = tmp_path / "reg.csv"
    reg.write_text("title,level\nx,3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(tmp_path / "o"), "--register", str(reg)])
    assert result.exit_code == 2
    assert "trūkst kolonnas" in result.output


def test_run_writes_the_contract_files_and_accounts_for_every_file(tmp_path, review_folder):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "2"])
    # broken.docx and empty.docx cannot be read: outputs written, exit status 1
    assert result.exit_code == 1, result.output
    for name in ("verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"):
        assert (out / name).is_file(), name

    vcols, verdicts = read_csv(out / "verdicts.csv")
    pcols, problems = read_csv(out / "problems.csv")
    assert vcols[: len(VERDICT_COLUMNS)] == VERDICT_COLUMNS
    assert pcols[: len(PROBLEM_COLUMNS)] == PROBLEM_COLUMNS
    assert {p["code"] for p in problems} <= PROBLEM_CODES
    assert all(p["message"] for p in problems)

    inputs = {str(p.relative_to(review_folder)) for p in review_folder.rglob("*") if p.is_file()}
    seen = {v["file"] for v in verdicts} | {p["file"] for p in problems}
    assert seen == inputs

    by_file = {p["file"]: p["code"] for p in problems}
    assert by_file["broken.docx"] == "corrupt"
    assert by_file["empty.docx"] == "empty"
    assert by_file["~$a.docx"] == "lock_file"
    assert by_file["notes.txt"] == "not_docx"

    got = {(v["file"], v["qualification"], v["document"]): v["verdict"] for v in verdicts}
    assert got[("a.docx", "mēbeļu galdnieks", "MIP")] == "supported"
    assert got[("a.docx", "mēbeļu galdnieks", "PKE")] == "needs_corrections"
    assert got[("energy/b.docx", "elektromontieris", "MIP")] == "not_supported"
    assert got[("energy/b.docx", "elektromontieris", "PKE")] == "supported"
    b = next(v for v in verdicts if v["file"] == "energy/b.docx")
    assert b["expert"] == "Jānis Bērziņš" and b["date"] == "2026-02-05" and b["sector"] == "Enerģētika"

    assert "Faili: 6" in result.output
    assert "Problēmas:" in result.output and f"{problem_label('corrupt', 'lv')} 1" in result.output


def test_clean_folder_exits_zero(tmp_path, review_folder):
    for name in ("broken.docx", "empty.docx", "notes.txt"):
        (review_folder / name).unlink()
    result = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(tmp_path / "o"), "-q", "--jobs", "0"])
    assert result.exit_code == 0, result.output


def test_second_run_is_served_from_the_cache(tmp_path, review_folder):
    out = tmp_path / "o"
    first = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0"])
    second = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0"])
    assert "no kešatmiņas 0" in first.output
    # every file but the lock file (never read) comes from the cache
    assert "no kešatmiņas 5" in second.output
    assert (out / "verdicts.csv").read_bytes()
    third = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0", "--no-cache"])
    assert "no kešatmiņas 0" in third.output


@pytest.mark.slow
def test_results_cached_from_worker_processes_read_back_the_same(tmp_path, review_folder):
    # results made in worker processes read back the same from the cache (stored as JSON)
    out, again = tmp_path / "o", tmp_path / "again"
    first = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "2"])
    assert "no kešatmiņas 0" in first.output
    shutil.copy(out / "reviews.sqlite", tmp_path / "store.sqlite")
    again.mkdir()
    shutil.copy(tmp_path / "store.sqlite", again / "reviews.sqlite")
    second = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(again), "--jobs", "2"])
    assert "no kešatmiņas 5" in second.output
    for name in ("verdicts.csv", "problems.csv"):
        assert read_csv(again / name) == read_csv(out / name), name


@pytest.mark.slow
def test_unchanged_rerun_through_workers_with_a_copy_is_recognised(tmp_path, review_folder):
    # the run digest names cached results by path and content; a copy, rewritten as a duplicate
    # after caching, must give the same digest on both runs, and a different one once it is gone
    (review_folder / "a - Copy.docx").write_bytes((review_folder / "a.docx").read_bytes())
    out = tmp_path / "o"
    first = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "2"])
    assert "nekas nav mainījies" not in first.output
    again = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "2"])
    assert "nekas nav mainījies" in again.output
    (review_folder / "a - Copy.docx").unlink()
    third = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "2"])
    assert "nekas nav mainījies" not in third.output
    _, problems = read_csv(out / "problems.csv")
    assert not [p for p in problems if p["code"] == "duplicate"]


@pytest.mark.slow
def test_the_command_leaves_spacy_to_the_workers(tmp_path, review_folder):
    """`reviews run` takes its workers from a fork server that loads spaCy while the command starts up.

    The command's own process never loads it, on a cold run or on a warm one.
    """
    script = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "for _ in range(2):\n"
        "    try:\n"
        f"        main(['run', {str(review_folder)!r}, '-o', {str(tmp_path / 'out')!r}, '-q', '--jobs', '2'])\n"
        "    except SystemExit as done:\n"
        "        print(done.code, 'spacy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "False", "1", "False"]  # exit code 1: broken.docx and empty.docx
    assert "lock" in (tmp_path / "out" / "problems.csv").read_text(encoding="utf-8-sig")  # the run did happen
    assert "Jānis Bērziņš" in (tmp_path / "out" / "verdicts.csv").read_text(encoding="utf-8-sig")


def test_the_fork_server_preload_loads_the_pipeline():
    """Importing ``pipeline.preload`` (what the fork server does) leaves the pipeline loaded for the workers."""
    script = "import pipeline.preload\nimport pipeline.pool as pool\nprint(pool._ready)\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]


def test_a_missing_model_is_one_clear_error(tmp_path, review_folder, monkeypatch):
    from pipeline import run as run_module

    monkeypatch.setattr(run_module, "MODEL_DIR", tmp_path / "no-model")
    result = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 2
    assert "make model" in result.output and "Traceback" not in result.output


def test_check_lists_actions_without_writing(tmp_path, review_folder):
    result = CliRunner().invoke(main, ["check", str(review_folder)])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert "read" in lines["a.docx"]
    assert "skip" in lines["~$a.docx"]
    assert "refuse" in lines["empty.docx"]
    assert not (review_folder / "outputs").exists()


def test_python_dash_m_pipeline_is_the_same_command():
    out = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    assert "run" in out.stdout and "explain" in out.stdout


@pytest.mark.slow
def test_the_installed_program_keeps_exit_status_and_output(tmp_path, review_folder):
    """`reviews` exits with the contract's status, its last words printed, and leaves no temporary files."""
    program = [sys.executable, "-m", "pipeline"]
    temp = tmp_path / "temp"
    temp.mkdir()
    done = subprocess.run([*program, "run", str(review_folder), "-o", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "TMPDIR": str(temp)})
    assert done.returncode == 1, done.stderr  # broken.docx and empty.docx
    assert "Rezultāti:" in done.stderr.splitlines()[-1]  # the summary screen, printed last, is flushed
    assert list(temp.iterdir()) == [], "the exit handlers still remove the fork server's socket folder"
    bad = subprocess.run([*program, "run", str(tmp_path / "nowhere")], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "nowhere" in bad.stderr
    listed = subprocess.run([*program, "check", str(review_folder)], capture_output=True, text=True, timeout=60)
    assert listed.returncode in (0, 1) and "a.docx" in listed.stdout + listed.stderr


def test_a_copy_is_the_duplicate_not_the_original(tmp_path, review_folder):
    (review_folder / "a - Copy.docx").write_bytes((review_folder / "a.docx").read_bytes())
    out = tmp_path / "o"
    CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "-q", "--jobs", "0"])
    _, problems = read_csv(out / "problems.csv")
    _, verdicts = read_csv(out / "verdicts.csv")
    dup = [p for p in problems if p["code"] == "duplicate"]
    assert [p["file"] for p in dup] == ["a - Copy.docx"]
    assert "a.docx" in dup[0]["message"]
    assert {v["file"] for v in verdicts} == {"a.docx", "energy/b.docx"}


def test_an_unchanged_rerun_keeps_the_outputs_and_says_so(tmp_path, review_folder):
    out = tmp_path / "o"
    CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0", "-q"])
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.*") if p.suffix != ".sqlite"}
    again = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0"])
    assert "nekas nav mainījies" in again.output
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.*") if p.suffix != ".sqlite"} == before
    # a new review changes the results: everything is written again
    (review_folder / "c.docx").write_bytes(narrative_review("Elektrotehniķis", expert="Anna Ozola"))
    third = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0"])
    assert "nekas nav mainījies" not in third.output
    assert "Anna Ozola" in (out / "verdicts.csv").read_text(encoding="utf-8-sig")
    # so is a deleted output
    (out / "report.docx").unlink()
    CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0", "-q"])
    assert (out / "report.docx").is_file()
    # and one edited by hand
    summary = out / "summary.xlsx"
    os.utime(summary, ns=(summary.stat().st_atime_ns, summary.stat().st_mtime_ns - 5_000_000_000))
    touched = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "--jobs", "0"])
    assert "nekas nav mainījies" not in touched.output


def test_records_survive_the_trip_between_processes_unchanged():
    import pickle

    from pipeline.records import FileResult, Mark, Problem, Recommendation, VerdictRow

    r = FileResult(
        file="a.docx", size=3, sha256="ab",
        verdicts=[VerdictRow("a.docx", "elektromontieris", "MIP", "supported", confidence=0.9)],
        recommendations=[Recommendation("a.docx", "elektromontieris", "MIP", "Ilze Kalniņa", "Papildināt 3. moduli")],
        problems=[Problem("a.docx", "conflict", "x", (("document", "PKE"),))],
    )
    assert pickle.loads(pickle.dumps(r)) == r
    assert pickle.loads(pickle.dumps(Mark("sdt", True, 4))) == Mark("sdt", True, 4)
