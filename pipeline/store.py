"""Keep each run's results in SQLite and say what changed between runs.

The store is ``OUTPUT_DIR/reviews.sqlite`` (``config.STORE_DB``).  This module
owns the tables prefixed ``history_``; ``pipeline.cache`` keeps its own
``cache_`` tables in the same file and the two never touch each other's.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.config import STORE_DB
from pipeline.messages import change_message, short_verdict_label, status_label
from pipeline.records import RunInfo

#: How many runs the history keeps; older ones are pruned.
KEEP_RUNS = 100

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
CREATE INDEX IF NOT EXISTS history_verdicts_run ON history_verdicts(run_id);
CREATE TABLE IF NOT EXISTS history_problems (
    run_id INTEGER, file TEXT, code TEXT, detail TEXT, params TEXT
);
CREATE INDEX IF NOT EXISTS history_problems_run ON history_problems(run_id);
CREATE TABLE IF NOT EXISTS history_status (
    run_id INTEGER, qualification TEXT, sector TEXT, mip TEXT, pke TEXT, status TEXT
);
CREATE INDEX IF NOT EXISTS history_status_run ON history_status(run_id);
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


def connect(db_path: Path) -> sqlite3.Connection:
    """Open the store at ``db_path`` and make sure the history tables exist."""
    con = sqlite3.connect(db_path, timeout=30)
    con.executescript(_SCHEMA)
    return con


def record_run(
    db_path: Path, run: RunInfo, verdicts: pd.DataFrame, problems: pd.DataFrame, status: pd.DataFrame
) -> Changes:
    """Store this run's results and return what changed since the previous run."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(connect(db_path)) as con, con:
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
            [(run_id, *(_plain(row.get(f)) for f in _VERDICT_FIELDS)) for row in verdicts.to_dict("records")],
        )
        con.executemany(
            "INSERT INTO history_problems (run_id, file, code, detail, params) VALUES (?, ?, ?, ?, ?)",
            [
                (run_id, row["file"], row["code"], row.get("detail", ""), json.dumps(list(row.get("params") or ())))
                for row in problems.to_dict("records")
            ],
        )
        con.executemany(
            "INSERT INTO history_status (run_id, qualification, sector, mip, pke, status) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (run_id, r["qualification"], r["sector"], r["mip"], r["pke"], r["status"])
                for r in status.to_dict("records")
            ],
        )
        _prune(con)
        ids = _run_ids(con, 2)
        return compare(con, ids[1], ids[0]) if len(ids) == 2 else Changes()


def _plain(value):
    if isinstance(value, bool):
        return int(value)
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    return value


def _prune(con: sqlite3.Connection) -> None:
    old = [r[0] for r in con.execute("SELECT id FROM history_runs ORDER BY id DESC LIMIT -1 OFFSET ?", (KEEP_RUNS,))]
    for run_id in old:
        for table in _TABLES:
            con.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
        con.execute("DELETE FROM history_runs WHERE id = ?", (run_id,))


def _run_ids(con: sqlite3.Connection, n: int) -> list[int]:
    """Return the ids of the latest ``n`` runs, newest first."""
    return [r[0] for r in con.execute("SELECT id FROM history_runs ORDER BY id DESC LIMIT ?", (n,))]


def compare(con: sqlite3.Connection, old_id: int, new_id: int) -> Changes:
    """Return what changed from run ``old_id`` to run ``new_id``."""
    (previous,) = con.execute("SELECT started FROM history_runs WHERE id = ?", (old_id,)).fetchone()
    items: list[tuple[str, dict]] = []

    def statuses(run_id):
        return {r[0]: r[1] for r in con.execute(
            "SELECT qualification, status FROM history_status WHERE run_id = ?", (run_id,))}

    old_s, new_s = statuses(old_id), statuses(new_id)
    for q in sorted(new_s):
        if q in old_s and old_s[q] != new_s[q]:
            items.append(("status", {"kind": "status", "qualification": q, "old": old_s[q], "new": new_s[q]}))

    def verdicts(run_id):
        return {
            (r[0], r[1], r[2]): {"file": r[0], "qualification": r[1], "document": r[2], "verdict": r[3], "expert": r[4]}
            for r in con.execute(
                "SELECT file, qualification, document, verdict, expert FROM history_verdicts WHERE run_id = ?",
                (run_id,),
            )
        }

    old_v, new_v = verdicts(old_id), verdicts(new_id)
    for key in sorted(new_v):
        row = new_v[key]
        base = {k: row[k] for k in ("file", "qualification", "document", "expert")}
        if key not in old_v:
            items.append(("new_review", {**base, "new": row["verdict"]}))
        elif old_v[key]["verdict"] != row["verdict"]:
            items.append(("verdict", {**base, "old": old_v[key]["verdict"], "new": row["verdict"]}))
    for key in sorted(set(old_v) - set(new_v)):
        row = old_v[key]
        items.append(("removed_review", {k: row[k] for k in ("file", "qualification", "document", "expert")}))

    def problems(run_id):
        return set(con.execute("SELECT file, code FROM history_problems WHERE run_id = ?", (run_id,)))

    old_p, new_p = problems(old_id), problems(new_id)
    for file, code in sorted(new_p - old_p):
        items.append(("new_problem", {"file": file, "code": code}))
    for file, code in sorted(old_p - new_p):
        items.append(("resolved_problem", {"file": file, "code": code}))
    return Changes(previous=previous, items=items)


def latest_run(db_path: Path) -> tuple[RunInfo, pd.DataFrame, pd.DataFrame] | None:
    """Return the latest stored run with its verdict and problem frames, or None."""
    if not Path(db_path).exists():
        return None
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
            f"SELECT {', '.join(_VERDICT_FIELDS)} FROM history_verdicts WHERE run_id = ?", con, params=ids
        )
        problems = pd.read_sql_query(
            "SELECT file, code, detail, params FROM history_problems WHERE run_id = ?", con, params=ids
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
    with closing(connect(db_path)) as con:
        ids = _run_ids(con, runs + 1)
        if not ids:
            return none
        blocks = []
        for newer, older in list(zip(ids, [*ids[1:], None], strict=True))[:runs]:
            started, files = con.execute("SELECT started, files FROM history_runs WHERE id = ?", (newer,)).fetchone()
            title = {"lv": f"{_when(started)} ({files} faili)", "en": f"{_when(started)} ({files} files)"}[lang]
            changes = compare(con, older, newer) if older is not None else Changes()
            blocks.append("\n".join([title, *("  " + line for line in changes.lines(lang))]))
    return "\n\n".join(blocks)
