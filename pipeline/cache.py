"""The incremental cache: per-file results keyed by content hash and pipeline version.

Kept in the SQLite store of the output folder (``reviews.sqlite``) in tables
prefixed ``cache_``.  A re-run over an unchanged folder reads only file
metadata: a file whose (path, size, mtime) is known gets its hash from
``cache_files``, and a known hash gets its result from ``cache_results``.
``cache_outputs`` remembers which results the output files show and their
size and modification time, so a re-run that would write the same files
again, into files nobody touched, writes nothing.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from pipeline import __version__
from pipeline.config import MODEL_DIR, PROBLEMS_CSV, REPORT_DOCX, RULES_DIR, SUMMARY_XLSX, VERDICTS_CSV
from pipeline.records import FileResult

_SCHEMA = """
CREATE TABLE IF NOT EXISTS cache_files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, sha256 TEXT
);
CREATE TABLE IF NOT EXISTS cache_results (
    sha256 TEXT, version TEXT, result BLOB, PRIMARY KEY (sha256, version)
);
CREATE TABLE IF NOT EXISTS cache_outputs (
    id INTEGER PRIMARY KEY CHECK (id = 1), digest TEXT, stats TEXT
);
"""

#: The files a run writes; their size and mtime tell whether someone touched them.
OUTPUT_FILES = (VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX)


def pipeline_version(register_path: Path | None = None) -> str:
    """Return a key that changes whenever code, rules, model or register change."""
    h = hashlib.sha256(__version__.encode())
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


class Cache:
    """Read and write cached per-file results in ``db_path``."""

    #: Results held in memory before they go to the database (uncommitted until ``commit``).
    BATCH = 1000

    def __init__(self, db_path: Path, version: str) -> None:
        self.version = version
        self.db_path = db_path
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._con = sqlite3.connect(db_path, timeout=30)
        self._con.executescript(_SCHEMA)
        self._files = {
            row[0]: row[1:] for row in self._con.execute("SELECT path, size, mtime_ns, sha256 FROM cache_files")
        }
        self._pending_files: list[tuple] = []
        self._pending_results: list[tuple] = []
        self._error: sqlite3.Error | None = None  # a batch the database refused (see ``put``)
        # the files whose result this run served from or stored in the cache (see ``results_digest``)
        self._backed: set[str] = set()

    def known_hash(self, rel: str, size: int, mtime_ns: int) -> str | None:
        """Return the cached hash of ``rel`` if its size and mtime are unchanged."""
        hit = self._files.get(rel)
        if hit and hit[0] == size and hit[1] == mtime_ns:
            return hit[2]
        return None

    def get(self, sha256: str, rel: str) -> FileResult | None:
        """Return the cached result for content ``sha256``, renamed to ``rel``."""
        row = self._con.execute(
            "SELECT result FROM cache_results WHERE sha256 = ? AND version = ?", (sha256, self.version)
        ).fetchone()
        if row is None:
            return None
        try:
            result: FileResult = pickle.loads(row[0])
        except Exception:  # a damaged cache entry is just a miss
            return None
        self._backed.add(rel)
        return _renamed(result, rel)

    def put(self, result: FileResult, mtime_ns: int, pickled: bytes | None = None) -> None:
        """Remember ``result`` (only for results that do not depend on timing).

        ``pickled`` is ``result`` already pickled (by the worker that made it), saving a second pickling.
        """
        if not result.sha256 or any(p.code in {"timeout", "worker_crash", "unreadable"} for p in result.problems):
            return
        self._pending_files.append((result.file, result.size, mtime_ns, result.sha256))
        blob = pickled if pickled is not None else pickle.dumps(result, protocol=5)
        self._pending_results.append((result.sha256, self.version, blob))
        self._backed.add(result.file)
        if len(self._pending_results) >= self.BATCH and self._error is None:
            try:
                self._flush()
            except sqlite3.Error as exc:  # e.g. locked by another program: ``commit`` reports it
                self._error = exc
                self._pending_files.clear()
                self._pending_results.clear()

    def _flush(self) -> None:
        """Hand what was remembered to SQLite, in the transaction ``commit`` ends (nothing is visible before)."""
        self._con.executemany("INSERT OR REPLACE INTO cache_files VALUES (?, ?, ?, ?)", self._pending_files)
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
        h.update(pickle.dumps((backed, others), protocol=5))
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
    )
