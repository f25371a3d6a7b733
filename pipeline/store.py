"""Keep each run's results in SQLite and say what changed between runs.

The store is ``OUTPUT_DIR/reviews.sqlite`` (``config.STORE_DB``).  This module
owns the tables prefixed ``history_``; ``pipeline.cache`` keeps its own
``cache_`` tables in the same file and the two never touch each other's.

Rows are inserted in bulk in one transaction, and what changed between two
runs is found with joins on indexed keys, so both cost about the same per
row at 40,000 verdict rows as at 40.

The file holds data only (text, numbers, JSON), never anything that runs when
read.  A file that is not a database, or is truncated or malformed, is moved
aside as ``reviews.sqlite.damaged-<time>`` with a one-line warning and a fresh
one is started (``open_db``), so one damaged file costs one run's history and
cache, not every later run's.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import STORE_DB
from pipeline.errors import UsageError
from pipeline.messages import change_message, short_verdict_label, status_label
from pipeline.records import RunInfo

if TYPE_CHECKING:  # pandas is imported where frames are made: the cache opens the store without it
    import pandas as pd

#: How many runs the history keeps; older ones are pruned.
KEEP_RUNS = 20

_SCHEMA = """
CREATE TABLE IF NOT EXISTS history_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT, input_dir TEXT, output_dir TEXT, version TEXT, lang TEXT,
    files INTEGER, seconds REAL, register TEXT
);
CREATE TABLE IF NOT EXISTS history_verdicts (
    run_id INTEGER, file TEXT, qualification TEXT, document TEXT, verdict TEXT, expert TEXT,
    date TEXT, lki_level TEXT, sector TEXT, evidence TEXT, location TEXT, method TEXT,
    confidence REAL, in_register INTEGER, mtime REAL
);
CREATE INDEX IF NOT EXISTS history_verdicts_key ON history_verdicts(run_id, file, qualification, document);
CREATE TABLE IF NOT EXISTS history_problems (
    run_id INTEGER, file TEXT, code TEXT, detail TEXT, params TEXT
);
CREATE INDEX IF NOT EXISTS history_problems_key ON history_problems(run_id, file, code);
CREATE TABLE IF NOT EXISTS history_status (
    run_id INTEGER, qualification TEXT, sector TEXT, mip TEXT, pke TEXT, status TEXT
);
CREATE INDEX IF NOT EXISTS history_status_key ON history_status(run_id, qualification);
DROP INDEX IF EXISTS history_verdicts_run;
DROP INDEX IF EXISTS history_problems_run;
DROP INDEX IF EXISTS history_status_run;
DROP TABLE IF EXISTS history_outputs;
"""

_VERDICT_FIELDS = [
    "file", "qualification", "document", "verdict", "expert", "date", "lki_level", "sector",
    "evidence", "location", "method", "confidence", "in_register", "mtime",
]
_TABLES = ("history_verdicts", "history_problems", "history_status")


@dataclass
class Changes:
    """What changed between the previous run and this one, as ``(code, params)`` items."""

    previous: str | None = None  # when the previous run started; None on the first run
    items: list[tuple[str, dict]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.items)

    def lines(self, lang: str = "lv") -> list[str]:
        """Return the changes as sentences for a coordinator."""
        if self.previous is None:
            return [change_message("first_run", {}, lang)]
        when = _when(self.previous)
        if not self.items:
            return [change_message("no_changes", {"previous": when}, lang)]
        head = change_message("since", {"previous": when}, lang)
        return [head, *(change_message(code, _render(params, lang), lang) for code, params in self.items)]


def _when(started: str) -> str:
    return started.replace("T", " ")


def _render(params: dict, lang: str) -> dict:
    """Return ``params`` with verdict and status codes turned into words."""
    out = dict(params)
    for key in ("old", "new"):
        if key in out:
            kind = out.get("kind")
            out[key] = status_label(out[key], lang) if kind == "status" else short_verdict_label(out[key], lang)
    out["expert"] = out.get("expert") or "?"
    return out


#: What a damaged store is renamed to, followed by the time: ``reviews.sqlite.damaged-20260312-101500``.
DAMAGED = ".damaged-"
#: SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB.
_DAMAGE_CODES = frozenset({11, 26})


def damage(db_path: Path) -> str | None:
    """Return why the SQLite file at ``db_path`` is damaged, or None when it is sound, absent or only busy.

    ``PRAGMA quick_check`` reads every page, so a truncated or overwritten file is
    found here rather than halfway through a run (about 90 ms for a 15 MB store).
    """
    if not os.path.isfile(db_path):
        return None
    try:
        with closing(sqlite3.connect(db_path, timeout=30)) as con:
            rows = con.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        # locked, read-only or unopenable is not damage: the caller meets that error itself
        return str(exc) if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _DAMAGE_CODES else None
    if rows == [("ok",)]:
        return None
    detail = str(rows[0][0] if rows and rows[0] else "no answer").strip().splitlines()
    return "malformed: " + (detail[-1] if detail else "?")


def heal(db_path: Path) -> Path | None:
    """Move a damaged store aside with a one-line warning; return where it went (None when nothing moved).

    The next connection to ``db_path`` starts a fresh store.
    """
    db_path = Path(db_path)
    why = damage(db_path)
    if why is None:
        return None
    try:
        moved = _move_aside(db_path)
    except OSError as exc:
        print(f"reviews: {db_path.name} is damaged ({why}) and could not be moved aside ({exc.strerror or exc})",
              file=sys.stderr)
        return None
    if moved is not None:
        print(f"reviews: {db_path.name} was damaged ({why}); moved aside as {moved.name}, a fresh one is started",
              file=sys.stderr)
    return moved


def _move_aside(db_path: Path) -> Path | None:
    """Rename ``db_path`` to a free ``.damaged-<time>`` name; return it (None when the file is already gone).

    Its journal or write-ahead log needs no moving: opening the file in ``damage``
    let SQLite roll a hot journal back, or delete one that fits no database.
    """
    stem = f"{db_path.name}{DAMAGED}{datetime.now():%Y%m%d-%H%M%S}"
    target, n = db_path.with_name(stem), 1
    while os.path.lexists(target):
        n += 1
        target = db_path.with_name(f"{stem}-{n}")
    try:
        os.rename(db_path, target)
    except FileNotFoundError:  # another run moved it first
        return None
    return target


def open_db(db_path: Path) -> sqlite3.Connection:
    """Return a connection to the store at ``db_path``, first moving it aside when it is damaged."""
    heal(db_path)
    return sqlite3.connect(db_path, timeout=30)


def connect(db_path: Path) -> sqlite3.Connection:
    """Open the store at ``db_path`` (healed, see ``open_db``) and make sure the history tables exist."""
    con = open_db(db_path)
    try:
        con.executescript(_SCHEMA)
    except BaseException:
        con.close()
        raise
    return con


def record_run(
    db_path: Path, run: RunInfo, verdicts: pd.DataFrame, problems: pd.DataFrame, status: pd.DataFrame
) -> Changes:
    """Store this run's results and return what changed since the previous run."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(connect(db_path)) as con, con:
        return insert_run(con, run, verdicts, problems, status)[1]


def insert_run(
    con: sqlite3.Connection, run: RunInfo, verdicts: pd.DataFrame, problems: pd.DataFrame, status: pd.DataFrame
) -> tuple[int, Changes]:
    """Insert this run into ``con`` without committing; return its id and what changed since the previous run."""
    cur = con.execute(
        "INSERT INTO history_runs (started, input_dir, output_dir, version, lang, files, seconds, register)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (run.started, run.input_dir, run.output_dir, run.version, run.lang, run.files, run.seconds,
         run.register),
    )
    run_id = cur.lastrowid
    con.executemany(
        f"INSERT INTO history_verdicts (run_id, {', '.join(_VERDICT_FIELDS)})"
        f" VALUES (?{', ?' * len(_VERDICT_FIELDS)})",
        _rows(verdicts, _VERDICT_FIELDS, run_id),
    )
    params = [json.dumps(list(p or ())) for p in _column(problems, "params")]
    con.executemany(
        "INSERT INTO history_problems (run_id, file, code, detail, params) VALUES (?, ?, ?, ?, ?)",
        zip([run_id] * len(problems), _column(problems, "file"), _column(problems, "code"),
            _column(problems, "detail", ""), params, strict=True),
    )
    con.executemany(
        "INSERT INTO history_status (run_id, qualification, sector, mip, pke, status) VALUES (?, ?, ?, ?, ?, ?)",
        _rows(status, ["qualification", "sector", "mip", "pke", "status"], run_id),
    )
    _prune(con)
    ids = _run_ids(con, 2)
    return run_id, (compare(con, ids[1], ids[0]) if len(ids) == 2 else Changes())


def _column(frame: pd.DataFrame, name: str, default=None) -> list:
    """Return ``frame[name]`` as plain Python values for SQLite: NaN as None, booleans as 0/1."""
    if name not in frame:
        return [default] * len(frame)
    col = frame[name]
    if col.dtype == bool:
        return col.astype(int).tolist()
    values = col.astype(object).where(col.notna(), None).tolist()
    if col.dtype == object and any(isinstance(v, bool) for v in values):
        values = [int(v) if isinstance(v, bool) else v for v in values]
    return values


def _rows(frame: pd.DataFrame, fields: list[str], run_id: int):
    return zip([run_id] * len(frame), *(_column(frame, f) for f in fields), strict=True)


def _prune(con: sqlite3.Connection) -> None:
    old = [r[0] for r in con.execute("SELECT id FROM history_runs ORDER BY id DESC LIMIT -1 OFFSET ?", (KEEP_RUNS,))]
    if not old:
        return
    marks = ", ".join("?" * len(old))
    for table in _TABLES:
        con.execute(f"DELETE FROM {table} WHERE run_id IN ({marks})", old)
    con.execute(f"DELETE FROM history_runs WHERE id IN ({marks})", old)


def _run_ids(con: sqlite3.Connection, n: int) -> list[int]:
    """Return the ids of the latest ``n`` runs, newest first."""
    return [r[0] for r in con.execute("SELECT id FROM history_runs ORDER BY id DESC LIMIT ?", (n,))]


#: ``{t}`` is the last row stored for its key in run ``{run}`` (a lookup by key sees that one), via the key index.
_LAST_OF_KEY = {
    "history_verdicts": "{t}.rowid = (SELECT max(rowid) FROM history_verdicts WHERE run_id = {run}"
                        " AND file = {t}.file AND qualification = {t}.qualification AND document = {t}.document)",
    "history_status": "{t}.rowid = (SELECT max(rowid) FROM history_status WHERE run_id = {run}"
                      " AND qualification = {t}.qualification)",
}


def _last(table: str, alias: str, run: str) -> str:
    return _LAST_OF_KEY[table].format(t=alias, run=run)


def compare(con: sqlite3.Connection, old_id: int, new_id: int) -> Changes:
    """Return what changed from run ``old_id`` to run ``new_id``.

    Each query walks one run's rows in key order and looks the other run's row
    up by the indexed key, so the cost grows as n log n with the rows.
    """
    (previous,) = con.execute("SELECT started FROM history_runs WHERE id = ?", (old_id,)).fetchone()
    items: list[tuple[str, dict]] = []
    ids = {"old": old_id, "new": new_id}

    status = con.execute(
        f"""
        SELECT n.qualification, o.status, n.status FROM history_status AS n
        JOIN history_status AS o ON o.run_id = :old AND o.qualification = n.qualification
            AND {_last("history_status", "o", ":old")}
        WHERE n.run_id = :new AND {_last("history_status", "n", ":new")} AND o.status IS NOT n.status
        ORDER BY n.qualification
        """,
        ids,
    )
    for q, old, new in status:
        items.append(("status", {"kind": "status", "qualification": q, "old": old, "new": new}))

    def verdict_rows(this: str, other: str, where: str, columns: str):
        return con.execute(
            f"""
            SELECT {columns} FROM history_verdicts AS a
            LEFT JOIN history_verdicts AS b ON b.run_id = {other} AND b.file = a.file
                AND b.qualification = a.qualification AND b.document = a.document
                AND {_last("history_verdicts", "b", other)}
            WHERE a.run_id = {this} AND {_last("history_verdicts", "a", this)} AND ({where})
            ORDER BY a.file, a.qualification, a.document
            """,
            ids,
        )

    changed = verdict_rows(":new", ":old", "b.rowid IS NULL OR b.verdict IS NOT a.verdict",
                           "a.file, a.qualification, a.document, a.expert, a.verdict, b.verdict, b.rowid IS NULL")
    for file, qualification, document, expert, new, old, added in changed:
        base = {"file": file, "qualification": qualification, "document": document, "expert": expert}
        items.append(("new_review", {**base, "new": new}) if added else ("verdict", {**base, "old": old, "new": new}))
    removed = verdict_rows(":old", ":new", "b.rowid IS NULL", "a.file, a.qualification, a.document, a.expert")
    for file, qualification, document, expert in removed:
        items.append(("removed_review", {"file": file, "qualification": qualification, "document": document,
                                         "expert": expert}))

    problems = "SELECT file, code FROM history_problems WHERE run_id = {}"
    for code, first, second in (("new_problem", ":new", ":old"), ("resolved_problem", ":old", ":new")):
        rows = con.execute(f"{problems.format(first)} EXCEPT {problems.format(second)} ORDER BY 1, 2", ids)
        items.extend((code, {"file": file, "code": c}) for file, c in rows)
    return Changes(previous=previous, items=items)


def latest_run(db_path: Path) -> tuple[RunInfo, pd.DataFrame, pd.DataFrame] | None:
    """Return the latest stored run with its verdict and problem frames, or None.

    A store that cannot be read (locked, or damaged and moved aside) gives None
    after a one-line warning: the caller goes on from the CSV files.
    """
    if not Path(db_path).exists():
        return None
    try:
        return _latest_run(db_path)
    except sqlite3.Error as exc:
        print(f"reviews: the run history in {Path(db_path).name} cannot be read ({exc}); not used",
              file=sys.stderr)
        return None


def _latest_run(db_path: Path) -> tuple[RunInfo, pd.DataFrame, pd.DataFrame] | None:
    import pandas as pd

    with closing(connect(db_path)) as con:
        ids = _run_ids(con, 1)
        if not ids:
            return None
        row = con.execute(
            "SELECT started, input_dir, output_dir, version, lang, files, seconds, register"
            " FROM history_runs WHERE id = ?",
            ids,
        ).fetchone()
        run = RunInfo(*row)
        verdicts = pd.read_sql_query(
            f"SELECT {', '.join(_VERDICT_FIELDS)} FROM history_verdicts WHERE run_id = ? ORDER BY rowid", con,
            params=ids,
        )
        problems = pd.read_sql_query(
            "SELECT file, code, detail, params FROM history_problems WHERE run_id = ? ORDER BY rowid", con,
            params=ids,
        )
    verdicts["in_register"] = verdicts["in_register"].fillna(1).astype(bool)
    verdicts = verdicts.fillna({c: "" for c in _VERDICT_FIELDS if c not in ("confidence", "in_register", "mtime")})
    problems["params"] = [tuple(tuple(p) for p in json.loads(x or "[]")) for x in problems["params"]]
    return run, verdicts, problems


def history_text(out_dir: Path, lang: str = "lv", runs: int = 5) -> str:
    """Return what changed between each of the latest ``runs`` runs kept in ``out_dir``."""
    db_path = Path(out_dir) / STORE_DB
    none = {"lv": "Šajā mapē nav saglabātu palaišanu.", "en": "No runs are recorded in this folder."}[lang]
    if not db_path.exists():
        return none
    try:
        return _history_text(db_path, lang, runs) or none
    except sqlite3.Error as exc:  # locked, or damaged and not movable: one line, no traceback
        raise UsageError(f"the run history in {db_path} cannot be read ({exc})") from None


def _history_text(db_path: Path, lang: str, runs: int) -> str:
    with closing(connect(db_path)) as con:
        ids = _run_ids(con, runs + 1)
        if not ids:
            return ""
        blocks = []
        for newer, older in list(zip(ids, [*ids[1:], None], strict=True))[:runs]:
            started, files = con.execute("SELECT started, files FROM history_runs WHERE id = ?", (newer,)).fetchone()
            title = {"lv": f"{_when(started)} ({files} faili)", "en": f"{_when(started)} ({files} files)"}[lang]
            changes = compare(con, older, newer) if older is not None else Changes()
            blocks.append("\n".join([title, *("  " + line for line in changes.lines(lang))]))
    return "\n\n".join(blocks)
