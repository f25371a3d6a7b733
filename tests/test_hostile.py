"""Hostile and broken inputs: each ends as one clear problem, nothing leaks, nothing hangs.

One folder holds every hostile case next to good reviews; it is run once as
a batch (in worker processes) and every test reads that run's outputs.
Cases that need the run itself changed (files vanishing, permissions) have
their own small runs.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import hostile
import pytest
from click.testing import CliRunner
from conftest import REPO, narrative_review

from pipeline import pool
from pipeline import run as run_module
from pipeline.cli import main
from pipeline.config import DEFAULT_REGISTER, Limits
from pipeline.discover import printable
from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.reader.plan import plan
from pipeline.records import UNREADABLE_CODES
from pipeline.run import run

SECRET = "TOPSECRET-7c1e5a-not-for-outputs"
OUTSIDE_EXPERT = "Slepena Āriene"
PASSWD_MARKER = "root:x:0:0"
BOMB_BYTES = 400 * hostile.MIB
RSS_LIMIT_MIB = 400

FORMULA_NAME = '=HYPERLINK("#A1","klik")+1.docx'  # a name Excel would run as a formula
NON_UTF8_A = b"atzinums-\xff\xfe.docx"
NON_UTF8_B = b"atzinums-\xfe\xff.docx"  # differs from A only in undecodable bytes
LONG_NAME = "Atzinums " + "ā" * 120 + "x.docx"  # 255 bytes in UTF-8, the longest name Linux allows

#: file -> the one problem code expected, or None for a review that must be read.
EXPECTED = {
    "good.docx": None,
    "energy/good2.docx": None,
    "x.docx/inside.docx": None,
    LONG_NAME: None,
    FORMULA_NAME: None,
    printable(os.fsdecode(NON_UTF8_A)): None,
    printable(os.fsdecode(NON_UTF8_B)): None,
    "zz kopija no good.docx": "duplicate",
    "zip_bomb.docx": "too_large",
    "many_members.docx": "too_large",
    "huge_text.docx": "too_large",
    "billion_laughs.docx": "corrupt",
    "xxe_secret.docx": "corrupt",
    "xxe_passwd.docx": "corrupt",
    "xxe_parameter.docx": "corrupt",
    "xxe_external_dtd.docx": "corrupt",
    "deep_nesting.docx": "corrupt",
    "encrypted.docx": "encrypted",
    "truncated.docx": "corrupt",
    "~$good.docx": "lock_file",
    ".~lock.good.docx#": "lock_file",
    "empty.docx": "empty",
    "notes.txt": "not_docx",
    "pipe.docx": "unsupported_format",
    "loop": "unreadable",
    "outside.docx": "unreadable",
    "dangling.docx": "unreadable",
}


# --- building the folder -------------------------------------------------------------


@pytest.fixture(scope="module")
def zip_bomb(tmp_path_factory) -> Path:
    """Return a .docx whose document.xml inflates to 400 MB of zeros (built once)."""
    path = tmp_path_factory.mktemp("bomb") / "zip_bomb.docx"
    hostile.write_zip_bomb(path, BOMB_BYTES)
    return path


def build_hostile_folder(base: Path, zip_bomb: Path) -> Path:
    """Write the hostile folder under ``base`` and return it (secrets live beside it, outside)."""
    folder, outside = base / "in", base / "outside"
    (folder / "energy").mkdir(parents=True)
    (folder / "x.docx").mkdir()
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    dtd = outside / "secret.dtd"
    dtd.write_text(f'<!ENTITY secret "{SECRET}">', encoding="utf-8")
    (outside / "review.docx").write_bytes(narrative_review("Elektriķis", expert=OUTSIDE_EXPERT))

    good = narrative_review()
    files = {
        "good.docx": good,
        "zz kopija no good.docx": good,
        "energy/good2.docx": narrative_review("Elektromontieris", mip="MIP saturs nav atbalstāms."),
        "x.docx/inside.docx": narrative_review("Meža mašīnu operators"),
        LONG_NAME: narrative_review("Mehatronisko sistēmu tehniķis"),
        FORMULA_NAME: narrative_review("Kokapstrādes iekārtu operators"),
        "many_members.docx": hostile.many_members(),
        "huge_text.docx": hostile.huge_text(),
        "billion_laughs.docx": hostile.billion_laughs(),
        "xxe_secret.docx": hostile.external_entity(secret.as_uri()),
        "xxe_passwd.docx": hostile.external_entity("file:///etc/passwd"),
        "xxe_parameter.docx": hostile.external_parameter_entity(dtd.as_uri()),
        "xxe_external_dtd.docx": hostile.external_dtd(dtd.as_uri()),
        "deep_nesting.docx": hostile.deep_nesting(100_000),
        "encrypted.docx": hostile.encrypted_ole(),
        "truncated.docx": hostile.truncated(good),
        "~$good.docx": hostile.word_lock_file(),
        ".~lock.good.docx#": b",Ilze Kalnina,host,01.03.2026 10:00,file:///home/ilze/.config/libreoffice/4;",
        "empty.docx": b"",
        "notes.txt": "Zvanīt Jānim otrdien.".encode(),
    }
    for rel, data in files.items():
        (folder / rel).write_bytes(data)
    raw = os.fsencode(folder)
    for name, qualification in ((NON_UTF8_A, "Būvizstrādājumu galdnieks"), (NON_UTF8_B, "Elektrotehniķis")):
        with open(os.path.join(raw, name), "wb") as fh:
            fh.write(narrative_review(qualification))
    os.link(zip_bomb, folder / "zip_bomb.docx")  # no second 400 MB build, no copy
    os.mkfifo(folder / "pipe.docx")
    os.symlink(".", folder / "loop")
    os.symlink(outside / "review.docx", folder / "outside.docx")
    os.symlink(folder / "nowhere.docx", folder / "dangling.docx")
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Return a fingerprint of every entry under ``folder``: content hash, link target or kind."""
    prints = {}
    for dirpath, dirnames, filenames in os.walk(os.fsencode(folder)):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                prints[path] = "link:" + os.fsdecode(os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                with open(path, "rb") as fh:
                    prints[path] = f"{hashlib.file_digest(fh, 'sha256').hexdigest()}:{st.st_mtime_ns}"
            else:
                prints[path] = f"mode:{stat.S_IFMT(st.st_mode)}"
    return prints


@dataclass
class HostileRun:
    """One batch over the hostile folder and what it left behind."""

    folder: Path
    out: Path
    outcome: object
    before: dict[str, str]
    after: dict[str, str]
    verdicts: list[dict[str, str]]
    problems: list[dict[str, str]]
    seconds: float


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, zip_bomb) -> HostileRun:
    """Run the batch once, in two worker processes, over the hostile folder."""
    base = tmp_path_factory.mktemp("hostile")
    folder = build_hostile_folder(base, zip_bomb)
    out = base / "out"
    before = snapshot(folder)
    t0 = time.perf_counter()
    outcome = run(folder, out, DEFAULT_REGISTER, jobs=2, use_cache=False, progress=False,
                  limits=Limits(seconds_per_file=60))
    seconds = time.perf_counter() - t0
    return HostileRun(
        folder, out, outcome, before, snapshot(folder),
        hostile.read_contract_csv(out / "verdicts.csv"), hostile.read_contract_csv(out / "problems.csv"), seconds,
    )


# --- the batch over every hostile case ------------------------------------------------


@pytest.mark.slow
def test_the_batch_finishes_quickly_and_writes_every_output(hostile_run):
    assert hostile_run.seconds < 60, "a hostile file must not stall the batch"
    for name in ("verdicts.csv", "problems.csv", "summary.xlsx", "report.docx"):
        assert (hostile_run.out / name).stat().st_size > 0
    assert hostile_run.outcome.exit_code == 1  # outputs written, some files unreadable


@pytest.mark.slow
def test_every_entry_is_accounted_for_exactly_once(hostile_run):
    reported = [p["file"] for p in hostile_run.problems]
    read = {v["file"] for v in hostile_run.verdicts}
    assert set(reported) | read == set(EXPECTED), "no file missing, no phantom file"
    for rel, code in EXPECTED.items():
        if code is not None:
            assert reported.count(rel) == 1, rel
            assert rel not in read, rel


@pytest.mark.slow
@pytest.mark.parametrize("rel", sorted(EXPECTED), ids=lambda r: r[:40])
def test_each_case_gets_its_problem_code(hostile_run, rel):
    codes = [p["code"] for p in hostile_run.problems if p["file"] == rel]
    expected = EXPECTED[rel]
    if expected is None:
        assert any(v["file"] == rel for v in hostile_run.verdicts), f"{rel} should have been read"
        assert not set(codes) & UNREADABLE_CODES, codes
    else:
        assert codes == [expected]
        row = next(p for p in hostile_run.problems if p["file"] == rel)
        assert len(row["message"]) > 30, "the coordinator gets a sentence saying what to do"


@pytest.mark.slow
def test_non_utf8_names_stay_distinct_and_printable(hostile_run):
    names = {printable(os.fsdecode(NON_UTF8_A)), printable(os.fsdecode(NON_UTF8_B))}
    assert len(names) == 2
    rows = {v["file"]: v["qualification"] for v in hostile_run.verdicts if v["file"] in names}
    assert sorted(rows.values()) == ["būvizstrādājumu galdnieks", "elektrotehniķis"]
    raw = (hostile_run.out / "verdicts.csv").read_bytes()
    raw.decode("utf-8")  # no lone surrogates or raw bytes in the CSV


@pytest.mark.slow
def test_long_name_is_read(hostile_run):
    assert len(LONG_NAME.encode()) == 255
    assert any(v["file"] == LONG_NAME for v in hostile_run.verdicts)


@pytest.mark.slow
def test_no_file_name_becomes_a_formula_in_the_workbook(hostile_run):
    import openpyxl

    wb = openpyxl.load_workbook(hostile_run.out / "summary.xlsx")
    formulas = [(ws.title, c.coordinate, c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    assert not formulas
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert FORMULA_NAME in texts, "the name is shown as it is, as text"


@pytest.mark.slow
def test_secrets_and_outside_files_never_reach_the_outputs(hostile_run):
    for name, data in hostile.output_bytes(hostile_run.out).items():
        assert SECRET.encode() not in data, f"secret file content leaked into {name}"
        assert PASSWD_MARKER.encode() not in data, f"/etc/passwd leaked into {name}"
        assert OUTSIDE_EXPERT.encode() not in data, f"a file outside INPUT_DIR was read into {name}"


@pytest.mark.slow
def test_inputs_are_never_modified(hostile_run):
    assert hostile_run.after == hostile_run.before


@pytest.mark.slow
def test_check_lists_the_same_decisions_without_writing(hostile_run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", str(hostile_run.folder)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == [], "check must not write anything"
    assert snapshot(hostile_run.folder) == hostile_run.before
    line = re.compile(r"^(.*?)\s{2,}(read|convert|skip|refuse)\s{2,}(\S.*)$")
    listed = {}
    for text in result.stdout.splitlines():
        m = line.match(text)
        assert m, text
        listed[m[1].rstrip()] = (m[2], m[3])
    assert set(listed) == set(EXPECTED)

    run_codes = {p["file"]: p["code"] for p in hostile_run.problems}
    for rel, (action, reason) in listed.items():
        if action == "read":
            # the dry run may only promise what the run then reads, or refuses after parsing XML
            assert EXPECTED[rel] in (None, "duplicate", "corrupt", "too_large"), (rel, reason)
        else:
            code = reason.split(":", 1)[0]
            assert code == run_codes[rel], (rel, reason, run_codes[rel])
    assert listed["zip_bomb.docx"][0] == "refuse" and listed["zip_bomb.docx"][1].startswith("too_large")
    assert listed["pipe.docx"][0] == "refuse"
    assert listed["~$good.docx"][0] == "skip" and listed[".~lock.good.docx#"][0] == "skip"


@pytest.mark.slow
def test_plan_rows_cover_every_file(hostile_run):
    rows = plan(hostile_run.folder)
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert {r[0] for r in rows} == set(EXPECTED)
    assert all(r[1] in {"read", "convert", "skip", "refuse"} and r[2] for r in rows)


# --- single cases, read directly ------------------------------------------------------

_READ_AND_REPORT = """
import resource, subprocess, sys
child = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(child.stdout.strip(), peak, child.stderr.strip()[-500:].replace(chr(10), " | "))
"""
_READ = """
import sys
from pipeline.errors import ReadError
from pipeline.reader import read_path
from pipeline.records import UNREADABLE_CODES
try:
    doc = read_path(sys.argv[1])
    print("read")
except ReadError as exc:
    print(exc.code)
"""


def read_in_subprocess(path: Path) -> tuple[str, int]:
    """Read ``path`` in a fresh process; return its outcome (code or ``read``) and peak RSS in KiB.

    A small driver process runs the reader as its own child and reports
    ``getrusage(RUSAGE_CHILDREN).ru_maxrss``: the reader's peak alone, not
    the test runner's.
    """
    out = subprocess.run(
        [sys.executable, "-c", _READ_AND_REPORT, _READ, str(path)],
        capture_output=True, text=True, cwd=REPO, timeout=120, check=True,
    )
    code, peak, *err = out.stdout.split(maxsplit=2)
    assert code in UNREADABLE_CODES | {"read"}, out.stdout
    return code, int(peak)


@pytest.mark.slow
def test_zip_bomb_is_too_large_with_bounded_memory(zip_bomb, capsys):
    assert zip_bomb.stat().st_size < 2 * hostile.MIB  # 400 MB inflated
    code, peak_kib = read_in_subprocess(zip_bomb)
    with capsys.disabled():
        print(f"\n[zip bomb] {BOMB_BYTES // hostile.MIB} MiB inflated: {code}, reader peak RSS {peak_kib // 1024} MiB")
    assert code == "too_large"
    assert peak_kib < RSS_LIMIT_MIB * 1024


@pytest.mark.slow
def test_huge_incompressible_text_node_is_too_large_or_read(tmp_path, capsys):
    """50 MB in one w:t, stored (ratio 1): refused as too large, never called damaged, memory bounded."""
    path = tmp_path / "huge_random_text.docx"
    path.write_bytes(hostile.huge_text(50 * hostile.MIB, compressible=False))
    code, peak_kib = read_in_subprocess(path)
    with capsys.disabled():
        print(f"\n[huge text] 50 MiB in one w:t: {code}, reader peak RSS {peak_kib // 1024} MiB")
    assert peak_kib < RSS_LIMIT_MIB * 1024
    assert code in {"too_large", "read"}


def fifo_opened_while_reading(docx: Path, fifo: Path, seconds: float = 5.0) -> tuple[bool, str]:
    """Read ``docx`` in a subprocess; return whether it opened ``fifo`` and the outcome.

    A reader that opens the named pipe blocks there until a writer appears;
    opening the write end without blocking succeeds only then, which is how
    the test sees the open.  The writer is closed at once so the reader
    goes on.
    """
    proc = subprocess.Popen([sys.executable, "-c", _READ, str(docx)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    opened, deadline = False, time.monotonic() + seconds
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                assert exc.errno == errno.ENXIO  # no reader has it open
                time.sleep(0.01)
                continue
            opened = True
            os.close(fd)
            break
        out, _err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return opened, out.strip()


@pytest.mark.parametrize("build", [hostile.external_entity, hostile.external_parameter_entity],
                         ids=["entity", "parameter_entity"])
def test_external_entities_open_nothing_on_disk(tmp_path, build):
    fifo = tmp_path / "target"
    os.mkfifo(fifo)
    docx = tmp_path / "xxe.docx"
    docx.write_bytes(build(fifo.as_uri()))
    opened, outcome = fifo_opened_while_reading(docx, fifo)
    assert not opened, "the reader opened a file named by the document"
    assert outcome == "corrupt"


def test_external_dtd_opens_nothing_on_disk(tmp_path):
    """lxml with load_dtd=False still opened <!DOCTYPE ... SYSTEM "file:..."> (a FIFO there hung the file)."""
    fifo = tmp_path / "target.dtd"
    os.mkfifo(fifo)
    docx = tmp_path / "xxe_dtd.docx"
    docx.write_bytes(hostile.external_dtd(fifo.as_uri()))
    opened, outcome = fifo_opened_while_reading(docx, fifo)
    assert not opened, "the reader opened the external DTD named by the document"
    assert outcome == "corrupt"


def test_encrypted_builder_is_a_real_compound_file():
    """The hand-made CFB must be what Word writes in shape, or the encrypted case proves nothing."""
    import io

    import olefile

    data = hostile.encrypted_ole()
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        assert sorted(ole.listdir()) == [["EncryptedPackage"], ["EncryptionInfo"]]
        assert len(ole.openstream("EncryptedPackage").read()) == 8192


def test_read_path_raises_only_read_error_on_every_builder(tmp_path):
    cases = {
        "bomb_members": hostile.many_members(),
        "laughs": hostile.billion_laughs(),
        "deep": hostile.deep_nesting(100_000),
        "encrypted": hostile.encrypted_ole(),
        "lock": hostile.word_lock_file(),
        "truncated": hostile.truncated(narrative_review(), 0.9),
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        with pytest.raises(ReadError):
            read_path(path, Limits())


# --- files that change under the run -----------------------------------------------------


def small_folder(tmp_path: Path) -> Path:
    """Return a folder with three different good reviews."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, qualification in (("a.docx", "Mēbeļu galdnieks"), ("b.docx", "Elektromontieris"), ("c.docx", "Motorzāģa operators")):
        (folder / name).write_bytes(narrative_review(qualification))
    return folder


def codes_by_file(out: Path) -> dict[str, list[str]]:
    """Return problems.csv as file -> codes."""
    found: dict[str, list[str]] = {}
    for row in hostile.read_contract_csv(out / "problems.csv"):
        found.setdefault(row["file"], []).append(row["code"])
    return found


@pytest.mark.slow
@pytest.mark.timeout(120)
@pytest.mark.parametrize("jobs", [0, 2])
@pytest.mark.parametrize("change", ["deleted", "replaced_by_folder", "replaced_by_pipe"])
def test_file_that_changes_after_discovery(tmp_path, monkeypatch, jobs, change):
    folder = small_folder(tmp_path)
    victim = folder / "b.docx"
    real_discover = run_module.discover

    def discover_then_change(*args, **kwargs):
        found = real_discover(*args, **kwargs)
        victim.unlink()
        if change == "replaced_by_folder":
            victim.mkdir()
        elif change == "replaced_by_pipe":
            os.mkfifo(victim)  # opening it for reading would block forever
        return found

    monkeypatch.setattr(run_module, "discover", discover_then_change)
    outcome = run(folder, tmp_path / "out", DEFAULT_REGISTER, jobs=jobs, use_cache=False, progress=False,
                  limits=Limits(seconds_per_file=20))
    problems = codes_by_file(tmp_path / "out")
    assert problems["b.docx"] == ["unreadable" if change == "deleted" else "unsupported_format"]
    verdict_files = {v["file"] for v in hostile.read_contract_csv(tmp_path / "out" / "verdicts.csv")}
    assert verdict_files == {"a.docx", "c.docx"}
    assert outcome.exit_code == 1


@pytest.mark.parametrize("jobs", [0, 2])
def test_permission_denied_is_unreadable(tmp_path, monkeypatch, jobs):
    folder = small_folder(tmp_path)
    locked = folder / "b.docx"
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads through chmod 000: refuse the open the way the OS would
        import builtins

        def guard(real_open):
            def guarded_open(file, *args, **kwargs):
                if isinstance(file, (str, bytes, os.PathLike)) and os.path.realpath(file) == os.path.realpath(locked):
                    raise PermissionError(errno.EACCES, "Permission denied", str(locked))
                return real_open(file, *args, **kwargs)
            return guarded_open

        monkeypatch.setattr(builtins, "open", guard(builtins.open))
        monkeypatch.setattr(os, "open", guard(os.open))
        monkeypatch.setattr(pool, "START_METHOD", "fork")  # so that the workers refuse it too
    try:
        run(folder, tmp_path / "out", DEFAULT_REGISTER, jobs=jobs, use_cache=False, progress=False)
    finally:
        locked.chmod(0o644)
    problems = codes_by_file(tmp_path / "out")
    assert problems == {"b.docx": ["unreadable"]}
    row = next(r for r in hostile.read_contract_csv(tmp_path / "out" / "problems.csv"))
    assert "piekļuv" in row["message"]  # Latvian: tells the coordinator to check access


def test_unlistable_subfolder_is_reported(tmp_path, monkeypatch):
    folder = small_folder(tmp_path)
    sub = folder / "closed"
    sub.mkdir()
    (sub / "d.docx").write_bytes(narrative_review("Elektrotehniķis"))
    if os.geteuid() != 0:
        sub.chmod(0)
    else:  # root lists folders whatever their mode: refuse the listing the way the OS would
        real_scandir = os.scandir

        def guarded_scandir(path="."):
            if os.path.realpath(path) == os.path.realpath(sub):
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", guarded_scandir)
    try:
        run(folder, tmp_path / "out", DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
    finally:
        sub.chmod(0o755)
    assert codes_by_file(tmp_path / "out") == {"closed/": ["unreadable"]}


@pytest.mark.parametrize("where", ["subfolder", "same folder"])
def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path, where):
    """Run twice: the second run must not read the first one's report.docx as a review."""
    folder = small_folder(tmp_path)
    out = folder / "outputs" if where == "subfolder" else folder
    (out / ".summary.xlsx.x1y2z3.tmp").parent.mkdir(exist_ok=True)
    (out / ".summary.xlsx.x1y2z3.tmp").write_bytes(b"left by a killed run")
    for _ in range(2):
        outcome = run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=True, progress=False)
        assert outcome.exit_code == 0
        assert sorted(r.file for r in outcome.results) == ["a.docx", "b.docx", "c.docx"]
    assert not codes_by_file(out)


def test_symlinked_file_inside_the_folder_is_read_once_per_name(tmp_path):
    folder = small_folder(tmp_path)
    os.symlink(folder / "a.docx", folder / "alias.docx")
    outcome = run(folder, tmp_path / "out", DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
    by_file = {r.file: [p.code for p in r.problems] for r in outcome.results}
    assert by_file["alias.docx"] == ["duplicate"]  # same content as a.docx, counted once
    assert by_file["a.docx"] == []
