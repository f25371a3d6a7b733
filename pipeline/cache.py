"""The incremental cache: per-file results keyed by content hash and pipeline version.

Kept in the SQLite store of the output folder (``reviews.sqlite``) in tables
prefixed ``cache_``.  A re-run over an unchanged folder reads only file
metadata: a file whose stamp (path, size, mtime, ctime, inode) is known gets
its hash from ``cache_files``, and a known hash gets its result from
``cache_results``.  A file whose size is unchanged but whose stamp is not, or
whose stamp was taken too soon after it changed to vouch for it, is hashed
again ("in doubt"), so an edit that keeps size and mtime is still noticed.
``cache_outputs`` remembers which results the output files show and their
size and modification time, so a re-run that would write the same files
again, into files nobody touched, writes nothing.

The store holds data only: results are JSON (``result_to_json``), read back
field by field against the record types (``result_from_json``).  A value that
does not parse or does not fit is a miss, never an error, and nothing read
from the store can run code.  ``FORMAT`` names the layout of the ``cache_``
tables; a store written with another layout has its cache tables dropped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import stat
import time
import typing
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.config import MODEL_DIR, PROBLEMS_CSV, REPORT_DOCX, RULES_DIR, SUMMARY_XLSX, VERDICTS_CSV
from pipeline.records import FileResult
from pipeline.store import open_db

if TYPE_CHECKING:
    from pipeline.discover import InputFile

#: The layout of the ``cache_`` tables and of the JSON in them.  1 was pickled results
#: keyed by (path, size, mtime); a store with any other layout has its cache tables dropped.
FORMAT = 2

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS cache_format (format INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS cache_files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER,"
    " ctime_ns INTEGER, ino INTEGER, checked_ns INTEGER, sha256 TEXT)",
    "CREATE TABLE IF NOT EXISTS cache_results (sha256 TEXT, version TEXT, result TEXT,"
    " PRIMARY KEY (sha256, version))",
    "CREATE TABLE IF NOT EXISTS cache_outputs (id INTEGER PRIMARY KEY CHECK (id = 1), digest TEXT, stats TEXT)",
)

#: The files a run writes; their size and mtime tell whether someone touched them.
OUTPUT_FILES = (VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX)

#: A stamp vouches for a file only when the file last changed at least this long before the
#: stamp was taken: a change within the same clock tick (a few ms; 2 s on FAT) keeps mtime and
#: ctime as they were, so a file that changed just before it was listed is hashed next time.
RACY_NS = 2_000_000_000

#: A stored result longer than this (characters of JSON) is not read: no real result comes near.
MAX_RESULT_CHARS = 16 << 20


def pipeline_version(register_path: Path | None = None) -> str:
    """Return a key that changes whenever code, rules, model or register change."""
    h = hashlib.sha256(__version__.encode())
    h.update(f"cache format {FORMAT}".encode())
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + sorted(RULES_DIR.glob("*.json*"))
    meta = MODEL_DIR / "meta.json"
    if meta.exists():
        files.append(meta)
    if register_path is not None and Path(register_path).exists():
        files.append(Path(register_path))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


# --- results as JSON ------------------------------------------------------------


def result_to_json(result: FileResult) -> str:
    """Return ``result`` as JSON text: an object per record, keyed by field name."""
    return json.dumps(_plain(result), separators=(",", ":"))


def result_from_json(text: str | bytes | None) -> FileResult | None:
    """Return the ``FileResult`` that ``result_to_json`` wrote as ``text``, or None when it does not fit.

    Every record must have exactly its fields, each of its declared type; anything
    else (not JSON, a missing or unknown field, a wrong type) gives None.
    """
    if not isinstance(text, str) or len(text) > MAX_RESULT_CHARS:
        return None
    try:
        return _FILE_RESULT(json.loads(text))
    except (ValueError, TypeError, RecursionError):  # ValueError covers json.JSONDecodeError
        return None


def _plain(value):
    """Return ``value`` (records, lists, tuples, scalars) as JSON-ready dicts, lists and scalars."""
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float):  # bool is an int
        return value
    raise TypeError(f"cannot store a {type(value).__name__} in the cache")


_DECODERS: dict[object, typing.Callable] = {}


def _decoder(kind) -> typing.Callable:
    """Return a function that checks a JSON value against the type ``kind`` and rebuilds it (raises TypeError)."""
    if kind not in _DECODERS:
        _DECODERS[kind] = _make_decoder(kind)
    return _DECODERS[kind]


def _make_decoder(kind) -> typing.Callable:
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        # scalar fields are checked in place (most of a result's fields), the others rebuilt
        scalars = [(name, hint) for name, hint in hints.items() if name in names and hint in _SCALARS]
        nested = [(name, _decoder(hint)) for name, hint in hints.items() if name in names and hint not in _SCALARS]

        def record(value):
            if type(value) is not dict or value.keys() != names:
                raise TypeError(f"not a {kind.__name__}")
            for name, hint in scalars:
                if type(value[name]) is not hint:
                    value[name] = _decoder(hint)(value[name])  # raises unless an int for a float
            for name, decode in nested:
                value[name] = decode(value[name])
            return kind(**value)

        return record
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        item = _decoder(args[0])
        return lambda value: [item(v) for v in _array(value)]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0])
        return lambda value: tuple(item(v) for v in _array(value))
    if origin is tuple:
        items = [_decoder(a) for a in args]

        def fixed(value):
            value = _array(value)
            if len(value) != len(items):
                raise TypeError("wrong length")
            return tuple(decode(v) for decode, v in zip(items, value, strict=True))

        return fixed
    if kind is float:
        return _number
    if kind in (str, int, bool):
        return lambda value: _scalar(value, kind)
    raise TypeError(f"no JSON form for {kind!r}")


_SCALARS = (str, int, bool, float)


def _array(value) -> list:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def _scalar(value, kind: type):
    # type() rather than isinstance: True is an int, and 1 is no bool
    if type(value) is not kind:
        raise TypeError(f"not a {kind.__name__}")
    return value


def _number(value) -> float:
    if type(value) not in (int, float):
        raise TypeError("not a number")
    return float(value)


#: Built here, so that a record field of a type JSON cannot hold fails at import, not as a miss on every get.
_FILE_RESULT = _decoder(FileResult)


# --- the cache ---------------------------------------------------------------


class Cache:
    """Read and write cached per-file results in ``db_path``.

    ``listed_at`` is when the files were listed (seconds since the epoch; by default
    now): a stamp vouches for a file only if it last changed ``RACY_NS`` before that.
    """

    #: Results held in memory before they go to the database (uncommitted until ``commit``).
    BATCH = 1000

    def __init__(self, db_path: Path, version: str, listed_at: float | None = None) -> None:
        self.version = version
        self.db_path = db_path
        self.checked_ns = time.time_ns() if listed_at is None else int(listed_at * 1e9)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._con = open_db(db_path)
        try:
            try:
                _prepare(self._con)
                self._files = self._load_files()
            except sqlite3.OperationalError:  # tables of this format's names but not its columns
                _prepare(self._con, rebuild=True)
                self._files = self._load_files()
        except BaseException:
            self._con.close()
            raise
        self._pending_files: list[tuple] = []
        self._pending_results: list[tuple] = []
        self._error: Exception | None = None  # a batch the database refused (see ``put``)
        # the files whose result this run served from or stored in the cache (see ``results_digest``)
        self._backed: set[str] = set()
        # files hashed because their stamp was in doubt: rel -> the stamp row to keep on a hit
        self._rehashed: dict[str, tuple] = {}

    def _load_files(self) -> dict[str, tuple]:
        rows = self._con.execute("SELECT path, size, mtime_ns, ctime_ns, ino, checked_ns, sha256 FROM cache_files")
        return {row[0]: row[1:] for row in rows}

    def known_hash(self, file: InputFile) -> str | None:
        """Return the content hash of ``file`` if the cache knows it, or None.

        A stamp that matches in size, mtime, ctime and inode, taken well after the
        file last changed, vouches for the stored hash.  When only the size matches,
        or the stamp was taken too soon, the file is hashed here (a read, no parsing);
        a changed size means changed content.
        """
        known = self._files.get(file.rel)
        if known is None or known[0] != file.size:
            return None
        _size, mtime_ns, ctime_ns, ino, checked_ns, sha = known
        if (mtime_ns, ctime_ns, ino) == (file.mtime_ns, file.ctime_ns, file.ino) and _settled(known):
            return sha if isinstance(sha, str) else None
        sha = _hash_file(file.path, file.size)
        if sha is not None:
            self._rehashed[file.rel] = self._stamp(file, sha)
        return sha

    def get(self, sha256: str, rel: str) -> FileResult | None:
        """Return the cached result for content ``sha256``, renamed to ``rel``.

        A stored value that does not parse or does not fit the records is a miss.
        """
        row = self._con.execute(
            "SELECT result FROM cache_results WHERE sha256 = ? AND version = ? AND length(result) <= ?",
            (sha256, self.version, MAX_RESULT_CHARS),
        ).fetchone()
        result = result_from_json(row[0]) if row is not None else None
        if result is None:
            return None
        if rel in self._rehashed:  # the content vouched for the new stamp: it will not be hashed again
            self._pending_files.append(self._rehashed.pop(rel))
        self._backed.add(rel)
        return _renamed(result, rel)

    def put(self, result: FileResult, file: InputFile) -> None:
        """Remember ``result`` for ``file`` as it was listed (only results that do not depend on timing)."""
        if not result.sha256 or any(p.code in {"timeout", "worker_crash", "unreadable"} for p in result.problems):
            return
        try:
            text = result_to_json(result)
        except (TypeError, ValueError):  # a value JSON cannot hold: this result is just not cached
            return
        self._pending_files.append(self._stamp(file, result.sha256))
        self._pending_results.append((result.sha256, self.version, text))
        self._backed.add(result.file)
        if len(self._pending_results) >= self.BATCH and self._error is None:
            try:
                self._flush()
            except Exception as exc:  # e.g. locked by another program: ``commit`` reports it
                self._error = exc
                self._pending_files.clear()
                self._pending_results.clear()

    def _stamp(self, file: InputFile, sha256: str) -> tuple:
        return (file.rel, file.size, file.mtime_ns, file.ctime_ns, file.ino, self.checked_ns, sha256)

    def _flush(self) -> None:
        """Hand what was remembered to SQLite, in the transaction ``commit`` ends (nothing is visible before)."""
        self._con.executemany("INSERT OR REPLACE INTO cache_files VALUES (?, ?, ?, ?, ?, ?, ?)", self._pending_files)
        self._con.executemany("INSERT OR REPLACE INTO cache_results VALUES (?, ?, ?)", self._pending_results)
        self._pending_files.clear()
        self._pending_results.clear()

    def commit(self) -> None:
        """Write what was remembered and drop entries for other versions."""
        with self._con:
            if self._error is not None:
                raise self._error  # nothing of this run is kept: the transaction is rolled back
            self._flush()
            self._con.execute("DELETE FROM cache_results WHERE version != ?", (self.version,))

    def results_digest(self, results: list[FileResult], *context: str) -> str:
        """Return a digest of what the outputs would show for ``results`` in ``context``.

        ``context`` holds the language and the folders; the pipeline version
        (code, rules, model, register) is part of the digest too.
        A result served from or stored in the cache is hashed as its path and
        content hash: the cache serves one result per content and version to
        any path, so these two name it, and which of them are duplicates follows
        from the same pairs.  Any other result (a problem found before reading,
        a timeout) is hashed whole.
        """
        h = hashlib.sha256(self.version.encode())
        for part in context:
            h.update(b"\0" + part.encode("utf-8", "surrogateescape"))
        backed, others = [], []
        for r in sorted(results, key=_by_file):
            if r.file in self._backed:
                backed.append((r.file, r.sha256))
            else:
                others.append((r.file, r.sha256, r.verdicts, r.recommendations, r.problems))
        h.update(json.dumps([backed, _plain(others)], separators=(",", ":")).encode())
        return h.hexdigest()

    def outputs_unchanged(self, digest: str, out_dir: Path) -> bool:
        """Return True when the last outputs were written for ``digest`` and nobody touched them since."""
        row = self._con.execute("SELECT digest, stats FROM cache_outputs WHERE id = 1").fetchone()
        return row is not None and row[0] == digest and row[1] == _stats(out_dir)

    def remember_outputs(self, digest: str, out_dir: Path) -> None:
        """Record that the outputs now in ``out_dir`` show ``digest``."""
        with self._con:
            self._con.execute("INSERT OR REPLACE INTO cache_outputs VALUES (1, ?, ?)", (digest, _stats(out_dir)))

    def close(self) -> None:
        """Close the database."""
        with closing(self._con):
            pass


def _prepare(con: sqlite3.Connection, rebuild: bool = False) -> None:
    """Make the ``cache_`` tables those of ``FORMAT``: a store of another format (or ``rebuild``) loses them."""
    with con:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'cache!_%' ESCAPE '!'")]
        if not rebuild and "cache_format" in tables:
            if con.execute("SELECT format FROM cache_format").fetchall() == [(FORMAT,)]:
                for statement in _SCHEMA:  # a table dropped by hand comes back
                    con.execute(statement)
                return
        for table in tables:
            con.execute('DROP TABLE "{}"'.format(table.replace('"', '""')))
        for statement in _SCHEMA:
            con.execute(statement)
        con.execute("INSERT INTO cache_format VALUES (?)", (FORMAT,))


def _settled(known: tuple) -> bool:
    """Return True when the stored stamp was taken ``RACY_NS`` or more after the file last changed."""
    _size, mtime_ns, ctime_ns, _ino, checked_ns, _sha = known
    try:
        return max(mtime_ns, ctime_ns) < checked_ns - RACY_NS
    except TypeError:  # a value that is not a number: not to be trusted
        return False


def _hash_file(path: str, size: int) -> str | None:
    """Return the SHA-256 of the regular file at ``path`` if it still holds ``size`` bytes, else None.

    Links are not followed here (the worker decides about them); any error is a miss.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size != size:
            return None
        h, left = hashlib.sha256(), size + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            h.update(chunk)
            left -= len(chunk)
        return h.hexdigest() if left == 1 else None  # exactly ``size`` bytes
    except OSError:
        return None
    finally:
        os.close(fd)


def _by_file(result: FileResult) -> str:
    return result.file


def _stats(out_dir: Path) -> str:
    """Return the size and mtime of every output file ("missing" if one is absent)."""
    parts = []
    for name in OUTPUT_FILES:
        try:
            st = (Path(out_dir) / name).stat()
        except OSError:
            return "missing"
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return ";".join(parts)


def _renamed(result: FileResult, rel: str) -> FileResult:
    """Return ``result`` as if read from ``rel`` (same content, another path)."""
    if result.file == rel:
        result.cached = True
        return result
    return FileResult(
        file=rel,
        size=result.size,
        mtime=result.mtime,
        sha256=result.sha256,
        verdicts=[replace(v, file=rel) for v in result.verdicts],
        recommendations=[replace(r, file=rel) for r in result.recommendations],
        problems=[replace(p, file=rel) for p in result.problems],
        seconds=result.seconds,
        cached=True,
        author=result.author,
        expert_from_author=result.expert_from_author,
    )
