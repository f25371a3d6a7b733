"""The store holds data only, heals when damaged, and its cache keys cannot be fooled (issue 19, items 1-3)."""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import shlex
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import narrative_review

import pipeline.cache as cache_module
from pipeline.cache import Cache, pipeline_version, result_from_json, result_to_json
from pipeline.cli import main
from pipeline.config import DEFAULT_REGISTER, STORE_DB
from pipeline.discover import InputFile
from pipeline.records import FileResult, Problem, Recommendation, VerdictRow
from pipeline.run import run
from pipeline.store import damage, latest_run

#: review_folder's files whose results the cache keeps (all but the lock file, which is never read)
CACHEABLE = 5
#: A ``RACY_NS`` under which every stamp vouches at once, however recent: only the stamp's fields tell.
TRUST_AT_ONCE = -(10**12)


def run_batch(folder: Path, out: Path):
    return run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=True, progress=False)


def result_of(outcome, name: str) -> FileResult:
    (found,) = [r for r in outcome.results if r.file == name]
    return found


# --- 1. no code in the store --------------------------------------------------------------


class _Planted:
    """Unpickled, runs a shell command that creates ``marker`` (what an attacker would plant)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {shlex.quote(str(self.marker))}",)


def planted_pickle(tmp_path: Path, marker: Path) -> bytes:
    blob = pickle.dumps(_Planted(marker))
    proof = tmp_path / "proof"
    pickle.loads(pickle.dumps(_Planted(proof)))  # the same kind of pickle does run when loaded
    assert proof.exists()
    return blob


def test_results_round_trip_through_json_exactly():
    result = FileResult(
        file="Enerģētika/a \\xff.docx", size=12345, mtime=1741776000.123456789, sha256="ab" * 32,
        verdicts=[
            VerdictRow("Enerģētika/a \\xff.docx", "mēbeļu galdnieks", "MIP", "supported", "Ilze Kalniņa",
                       "2026-03-12", "4", "Kokrūpniecība", 'teksts ar "pēdiņām"\nun rindu', "paragraph 7",
                       "rule", 0.1 + 0.2, False),
            VerdictRow("Enerģētika/a \\xff.docx", "mēbeļu galdnieks", "PKE", "unknown"),
        ],
        recommendations=[Recommendation("Enerģētika/a \\xff.docx", "mēbeļu galdnieks", "PKE", "Ilze", "Labot 3.",
                                        "table 1, row 2, cell 1")],
        problems=[Problem("Enerģētika/a \\xff.docx", "conflict", "two verdicts\x00\udcff",
                          (("document", "PKE"), ("qualification", "mēbeļu galdnieks")))],
        seconds=0.25, cached=False,
    )
    text = result_to_json(result)
    assert text.isascii()  # any string, even an unpaired surrogate, is stored
    back = result_from_json(text)
    assert back == result
    assert type(back.problems[0].params) is tuple and type(back.problems[0].params[0]) is tuple
    assert type(back.verdicts[0]) is VerdictRow and back.verdicts[0].confidence == 0.1 + 0.2
    assert back.verdicts[0].in_register is False


def test_results_of_a_real_run_round_trip(tmp_path, review_folder):
    outcome = run(review_folder, tmp_path / "out", DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
    assert any(r.verdicts for r in outcome.results) and any(r.problems for r in outcome.results)
    for result in outcome.results:
        assert result_from_json(result_to_json(result)) == result


@pytest.mark.parametrize("text", [
    "not json",
    "[" * 100_000,  # nested past the recursion limit
    "null",
    '{"file": "a.docx"}',  # fields missing
    None,
    b'{"file": "a.docx"}',  # bytes are not what the cache writes
])
def test_values_that_do_not_parse_are_misses(text):
    assert result_from_json(text) is None


@pytest.mark.parametrize("change", [
    lambda d: d.update(size="12"),  # a string where a number belongs
    lambda d: d.update(size=True),  # a bool is no int
    lambda d: d.update(cached=1),  # nor an int a bool
    lambda d: d.update(extra=1),  # an unknown field
    lambda d: d.pop("seconds"),  # a missing field
    lambda d: d["verdicts"][0].update(confidence="0.9"),
    lambda d: d["verdicts"][0].pop("in_register"),
    lambda d: d["problems"][0].update(params=[["only one"]]),
    lambda d: d["problems"][0].update(params="document=PKE"),
    lambda d: d.update(verdicts={"0": d["verdicts"][0]}),
])
def test_values_that_do_not_fit_the_records_are_misses(change):
    import json

    good = FileResult("a.docx", 1, 2.0, "s", [VerdictRow("a.docx", "q", "MIP", "supported")],
                      problems=[Problem("a.docx", "conflict", "", (("document", "PKE"),))])
    data = json.loads(result_to_json(good))
    change(data)
    assert result_from_json(json.dumps(data)) is None


def test_a_pickle_planted_in_an_old_format_store_never_runs(tmp_path, review_folder):
    """The pickle-era layout, with a row that matches a.docx exactly, holds a pickle that runs a command."""
    out, marker = tmp_path / "out", tmp_path / "pwned"
    out.mkdir()
    target = review_folder / "a.docx"
    st, sha = target.stat(), hashlib.sha256(target.read_bytes()).hexdigest()
    with closing(sqlite3.connect(out / STORE_DB)) as con, con:
        con.execute("CREATE TABLE cache_files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT)")
        con.execute("CREATE TABLE cache_results (sha256 TEXT, version TEXT, result BLOB, PRIMARY KEY (sha256, version))")
        con.execute("INSERT INTO cache_files VALUES ('a.docx', ?, ?, ?)", (st.st_size, st.st_mtime_ns, sha))
        con.execute("INSERT INTO cache_results VALUES (?, ?, ?)",
                    (sha, pipeline_version(DEFAULT_REGISTER), planted_pickle(tmp_path, marker)))

    outcome = run_batch(review_folder, out)

    assert not marker.exists()
    a = result_of(outcome, "a.docx")
    assert not a.cached and a.verdicts  # read again from the file
    with closing(sqlite3.connect(out / STORE_DB)) as con:
        kinds = {r[0] for r in con.execute("SELECT typeof(result) FROM cache_results")}
    assert kinds == {"text"}  # the old rows are gone; the new ones are JSON
    assert result_of(run_batch(review_folder, out), "a.docx").cached


def test_a_pickle_planted_in_a_current_format_store_never_runs(tmp_path, review_folder):
    """Even in this format's tables, with a stamp that vouches for a.docx, a pickle is only a miss."""
    out, marker = tmp_path / "out", tmp_path / "pwned"
    run_batch(review_folder, out)
    with closing(sqlite3.connect(out / STORE_DB)) as con, con:
        (sha,) = con.execute("SELECT sha256 FROM cache_files WHERE path = 'a.docx'").fetchone()
        con.execute("UPDATE cache_files SET checked_ns = ? WHERE path = 'a.docx'", (1 << 62,))  # vouches
        con.execute("UPDATE cache_results SET result = ? WHERE sha256 = ?", (planted_pickle(tmp_path, marker), sha))

    outcome = run_batch(review_folder, out)

    assert not marker.exists()
    a = result_of(outcome, "a.docx")
    assert not a.cached and a.verdicts
    assert outcome.cached == CACHEABLE - 1


def test_cache_tables_of_another_format_are_dropped(tmp_path):
    db = tmp_path / STORE_DB
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("CREATE TABLE cache_format (format INTEGER NOT NULL)")
        con.execute("INSERT INTO cache_format VALUES (?)", (cache_module.FORMAT + 1,))
        con.execute("CREATE TABLE cache_results (sha256 TEXT, version TEXT, result TEXT)")
        con.execute("INSERT INTO cache_results VALUES ('s', 'v', '{}')")
        con.execute("CREATE TABLE history_runs (id INTEGER PRIMARY KEY, started TEXT)")
        con.execute("INSERT INTO history_runs (started) VALUES ('2026-03-01T10:00:00')")
    Cache(db, "v").close()
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("SELECT format FROM cache_format").fetchall() == [(cache_module.FORMAT,)]
        assert con.execute("SELECT count(*) FROM cache_results").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM history_runs").fetchone() == (1,)  # not the cache's to drop


def test_cache_tables_with_foreign_columns_are_rebuilt(tmp_path):
    db = tmp_path / STORE_DB
    Cache(db, "v").close()
    with closing(sqlite3.connect(db)) as con, con:
        con.execute("DROP TABLE cache_files")
        con.execute("CREATE TABLE cache_files (path TEXT, payload BLOB)")
    cache = Cache(db, "v")  # no error: the cache starts empty
    assert cache.known_hash(InputFile("/nowhere", "a.docx", 1, 1)) is None
    cache.close()


# --- 2. a damaged store heals -------------------------------------------------------------


def _overwrite_pages(db: Path) -> None:
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        for offset in range(4096, size, 4096):  # every page after the first: its b-tree header garbled
            fh.seek(offset)
            fh.write(b"\xff" * 512)


DAMAGE = {
    "not_a_database": lambda db: db.write_bytes(b"this is not a database\n" * 200),
    "truncated": lambda db: os.truncate(db, db.stat().st_size // 2),
    "truncated_in_the_header": lambda db: os.truncate(db, 50),
    "malformed": _overwrite_pages,
}


def damaged_store(tmp_path: Path, review_folder: Path, kind: str) -> tuple[Path, bytes]:
    """Return an output folder after one run whose store was then damaged, and the damaged bytes."""
    out = tmp_path / "out"
    run_batch(review_folder, out)
    db = out / STORE_DB
    assert db.stat().st_size >= 4 * 4096  # pages to lose
    DAMAGE[kind](db)
    assert damage(db) is not None
    return out, db.read_bytes()


def damage_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "damaged" in line]


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_run_moves_a_damaged_store_aside_and_starts_a_fresh_one(kind, tmp_path, review_folder, capsys):
    out, damaged = damaged_store(tmp_path, review_folder, kind)
    capsys.readouterr()

    outcome = run_batch(review_folder, out)

    err = capsys.readouterr().err
    (line,) = damage_lines(err)
    (moved,) = out.glob(STORE_DB + ".damaged-*")
    assert line.startswith(f"reviews: {STORE_DB} was damaged (") and line.endswith(
        f"moved aside as {moved.name}, a fresh one is started")
    assert moved.read_bytes() == damaged  # kept as it was, for whoever wants to look
    assert "cache disabled" not in err and "Traceback" not in err
    assert STORE_DB not in outcome.written.failed
    assert damage(out / STORE_DB) is None
    assert latest_run(out / STORE_DB)[0].started == outcome.run.started  # this run's history is kept

    again = run_batch(review_folder, out)  # and the next run is served from the cache, without a word
    assert again.cached == CACHEABLE
    assert capsys.readouterr().err == ""
    assert [p.name for p in out.glob(STORE_DB + ".damaged-*")] == [moved.name]


def test_a_damaged_store_moved_aside_in_the_input_folder_is_not_read_as_a_review(review_folder, capsys):
    run_batch(review_folder, review_folder)  # -o is the input folder
    DAMAGE["not_a_database"](review_folder / STORE_DB)
    first = run_batch(review_folder, review_folder)
    second = run_batch(review_folder, review_folder)
    assert len(damage_lines(capsys.readouterr().err)) == 1
    (moved,) = review_folder.glob(STORE_DB + ".damaged-*")
    for outcome in (first, second):
        assert moved.name not in {r.file for r in outcome.results}
        assert len(outcome.results) == CACHEABLE + 1  # the review folder's files and nothing else
    assert second.cached == CACHEABLE


@pytest.mark.parametrize("kind", DAMAGE)
def test_history_and_report_say_in_one_line_that_the_store_was_damaged(kind, tmp_path, review_folder):
    out, _ = damaged_store(tmp_path, review_folder, kind)
    history = CliRunner().invoke(main, ["history", str(out), "--lang", "en"])
    assert history.exit_code == 0, history.output
    assert history.exception is None and "Traceback" not in history.output
    assert len(damage_lines(history.stderr)) == 1
    assert history.stdout.strip() == "No runs are recorded in this folder."

    DAMAGE[kind](out / STORE_DB)  # damaged again, now for `reviews report`
    report = CliRunner().invoke(main, ["report", str(out), "--lang", "en", "--to", str(tmp_path / "r.docx")])
    assert report.exit_code == 0, report.output
    assert report.exception is None and "Traceback" not in report.output
    assert len(damage_lines(report.stderr)) == 1
    assert (tmp_path / "r.docx").stat().st_size > 0  # written from verdicts.csv and problems.csv
    assert len(list(out.glob(STORE_DB + ".damaged-*"))) == 2


def test_a_history_that_cannot_be_read_is_one_line_without_a_traceback(tmp_path):
    (tmp_path / STORE_DB).mkdir()  # neither a database nor a damaged file to move aside
    result = CliRunner().invoke(main, ["history", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1 and "the run history in" in result.stderr  # "Kļūda: …" in Latvian


def test_an_empty_file_is_a_sound_store(tmp_path):
    (tmp_path / STORE_DB).write_bytes(b"")
    assert damage(tmp_path / STORE_DB) is None


def test_a_store_another_run_holds_is_busy_not_damaged(tmp_path, monkeypatch):
    db = tmp_path / STORE_DB
    Cache(db, "v").close()
    real_connect = sqlite3.connect
    holder = real_connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.1}))
        assert damage(db) is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.damaged-*"))


def test_two_damaged_stores_in_one_second_keep_both_copies(tmp_path, capsys):
    db = tmp_path / STORE_DB
    for text in (b"first damaged file", b"second damaged file"):
        db.write_bytes(text * 100)
        Cache(db, "v").close()
    moved = sorted(tmp_path.glob(STORE_DB + ".damaged-*"), key=lambda p: p.stat().st_mtime_ns)
    assert [p.read_bytes()[:5] for p in moved] == [b"first", b"secon"]
    assert len(damage_lines(capsys.readouterr().err)) == 2
    assert damage(db) is None


# --- 3. cache keys that cannot be fooled -----------------------------------------------------


def same_size_reviews() -> tuple[bytes, bytes]:
    """Return two reviews of the same size: MIP supported in the first, not supported in the second."""
    first = narrative_review(mip="MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    second = narrative_review(mip="MIP saturs nav atbalstāms.")
    short, long_ = sorted([first, second], key=len)
    padded = io.BytesIO(short)
    with zipfile.ZipFile(padded, "a") as z:
        z.comment = b" " * (len(long_) - len(short))  # a zip comment: read by nobody, sized at will
    padded_bytes = padded.getvalue()
    first, second = (padded_bytes, long_) if short is first else (long_, padded_bytes)
    assert len(first) == len(second) and first != second
    return first, second


def mip_verdict(outcome, name: str = "a.docx") -> str:
    return next(v.verdict for v in result_of(outcome, name).verdicts if v.document == "MIP")


def test_an_edit_that_keeps_size_and_mtime_is_noticed(tmp_path, review_folder, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", TRUST_AT_ONCE)  # only ctime and inode can tell
    first, second = same_size_reviews()
    target, out = review_folder / "a.docx", tmp_path / "out"
    target.write_bytes(first)
    assert mip_verdict(run_batch(review_folder, out)) == "supported"
    st = target.stat()

    with open(target, "r+b") as fh:  # edited in place: same size, same inode
        fh.write(second)
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # and the modification time put back
    assert (target.stat().st_size, target.stat().st_mtime_ns) == (st.st_size, st.st_mtime_ns)

    outcome = run_batch(review_folder, out)
    assert mip_verdict(outcome) == "not_supported"
    assert not result_of(outcome, "a.docx").cached
    assert outcome.cached == CACHEABLE - 1


def test_a_file_replaced_by_another_of_the_same_size_and_mtime_is_noticed(tmp_path, review_folder, monkeypatch):
    monkeypatch.setattr(cache_module, "RACY_NS", TRUST_AT_ONCE)
    first, second = same_size_reviews()
    target, out = review_folder / "a.docx", tmp_path / "out"
    target.write_bytes(first)
    run_batch(review_folder, out)
    st = target.stat()
    replacement = review_folder / "a.docx.new"
    replacement.write_bytes(second)
    os.utime(replacement, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.replace(replacement, target)  # how editors save: a new file (new inode) renamed over the old

    assert mip_verdict(run_batch(review_folder, out)) == "not_supported"


def _input(path: Path, rel: str) -> InputFile:
    st = path.stat()
    return InputFile(str(path), rel, st.st_size, st.st_mtime_ns, ctime_ns=st.st_ctime_ns, ino=st.st_ino)


def _cached(tmp_path: Path, f: InputFile, listed_at: float) -> Path:
    """Return a store where ``f`` is cached with its stamp as taken at ``listed_at``."""
    db = tmp_path / STORE_DB
    cache = Cache(db, "v", listed_at=listed_at)
    cache.put(FileResult(f.rel, f.size, sha256=hashlib.sha256(Path(f.path).read_bytes()).hexdigest()), f)
    cache.commit()
    cache.close()
    return db


def test_a_stamp_taken_as_the_file_changed_does_not_vouch_for_it(tmp_path):
    """Within one clock tick a second change keeps mtime and ctime: such a stamp is checked by hashing."""
    path = tmp_path / "a.docx"
    path.write_bytes(b"first version")
    listed = _input(path, "a.docx")
    db = _cached(tmp_path, listed, listed_at=listed.mtime_ns / 1e9)  # listed in the tick it was written
    path.write_bytes(b"other version")  # same size; suppose the clock did not tick (same stamp)
    cache = Cache(db, "v")
    assert cache.known_hash(listed) == hashlib.sha256(b"other version").hexdigest()
    cache.close()


def test_a_settled_stamp_is_trusted_without_reading_the_file(tmp_path, monkeypatch):
    path = tmp_path / "a.docx"
    path.write_bytes(b"first version")
    f = _input(path, "a.docx")
    db = _cached(tmp_path, f, listed_at=max(f.mtime_ns, f.ctime_ns) / 1e9 + 60)
    reads = []
    monkeypatch.setattr(cache_module, "_hash_file", lambda *a: reads.append(a))
    cache = Cache(db, "v")
    assert cache.known_hash(f) == hashlib.sha256(b"first version").hexdigest()
    assert reads == []
    cache.close()


@pytest.mark.parametrize("field, value", [("ctime_ns", 1), ("ino", 1), ("mtime_ns", 1)])
def test_a_stamp_that_differs_in_anything_but_size_means_hashing(tmp_path, field, value):
    path = tmp_path / "a.docx"
    path.write_bytes(b"first version")
    f = _input(path, "a.docx")
    db = _cached(tmp_path, f, listed_at=max(f.mtime_ns, f.ctime_ns) / 1e9 + 60)
    path.write_bytes(b"other version")
    changed = InputFile(f.path, f.rel, f.size, **{"mtime_ns": f.mtime_ns, "ctime_ns": f.ctime_ns, "ino": f.ino,
                                                   field: getattr(f, field) + value})
    cache = Cache(db, "v")
    assert cache.known_hash(changed) == hashlib.sha256(b"other version").hexdigest()
    assert cache.known_hash(InputFile(f.path, f.rel, f.size + 1, f.mtime_ns, ctime_ns=f.ctime_ns, ino=f.ino)) is None
    cache.close()


def test_a_hash_that_finds_the_content_renews_the_stamp(tmp_path, review_folder, monkeypatch):
    """A folder copied with its times kept (new inodes, new ctimes) is hashed once, then trusted."""
    out = tmp_path / "out"
    run_batch(review_folder, out)
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(review_folder, copy, copy_function=shutil.copy2)
    reads = []
    real_hash = cache_module._hash_file
    monkeypatch.setattr(cache_module, "_hash_file", lambda *a: reads.append(a) or real_hash(*a))
    monkeypatch.setattr(cache_module, "RACY_NS", TRUST_AT_ONCE)
    assert run_batch(copy, out).cached == CACHEABLE  # served from the cache after hashing
    assert len(reads) == CACHEABLE
    reads.clear()
    assert run_batch(copy, out).cached == CACHEABLE
    assert reads == []
