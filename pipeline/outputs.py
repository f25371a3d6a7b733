"""Write every output of a run into OUTPUT_DIR, each one atomically.

``verdicts.csv`` and ``problems.csv`` follow shared/contract.md; ``summary.xlsx``
and ``report.docx`` are built from the consolidated tables; the run is kept in
the SQLite history so the next run can say what changed.  Each output is
written to a temporary file in OUTPUT_DIR and moved over the old one with
``os.replace``; when one cannot be replaced (open in Excel on a shared drive)
the others are still written and the reason is returned in ``.failed``.
(Whether a re-run needs to write anything is decided before, by
``pipeline.cache``.)

Longer than 500 lines on purpose: it is the only code that writes into OUTPUT_DIR, and the
all-or-nothing commit (staging, journal, recovery) is read best beside the writers it commits.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pandas as pd

from pipeline.config import (
    JOURNAL,
    PROBLEMS_CSV,
    REPORT_DOCX,
    STAGING_PREFIX,
    STORE_DB,
    SUMMARY_XLSX,
    VERDICTS_CSV,
)
from pipeline.consolidate import (
    PROBLEM_COLUMNS,
    PROBLEM_EXTRA,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    VERDICT_COLUMNS,
    VERDICT_EXTRA,
    consolidate,
    count_experts,
    problem_rows,
    problems_frame,
    recommendations_frame,
    register_frame,
    sort_verdicts,
    verdicts_frame,
)
from pipeline.messages import label
from pipeline.records import FileResult, RunInfo, Written
from pipeline.register import Register
from pipeline.report import build_report
from pipeline.stages import ReportScope, default_scope
from pipeline.store import Changes, connect, insert_run, latest_run
from pipeline.workbook import WorkbookData, build_workbook

# --- atomic writing ----------------------------------------------------------


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def replace_atomically(dest: Path, write: Callable[[Path], None]) -> None:
    """Write ``dest`` through ``write(tmp_path)`` into a temp file beside it, then move it in place.

    A crash leaves the previous file untouched; the temp file is removed on failure.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for the whole team to read
    try:
        write(Path(tmp))
        os.replace(tmp, dest)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _why(name: str, exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return (f"{name} could not be replaced: it is open in another program (Excel/Word) or read-only. "
                f"Close it and run again. ({exc.strerror or exc})")
    return f"{name} could not be written: {exc.strerror or exc}"


def write_one(out_dir: Path, name: str, write: Callable[[Path], None]) -> str | None:
    """Write output ``name`` atomically through ``write``; return None, or why it could not be written.

    A bug in one writer must not cost the other outputs, so any exception becomes the reason.
    """
    try:
        replace_atomically(out_dir / name, write)
    except OSError as exc:
        return _why(name, exc)
    except Exception as exc:
        return f"{name} could not be written: {type(exc).__name__}: {exc}"
    return None


# --- CSV ---------------------------------------------------------------------


#: Text Excel would run as a formula when it opens a CSV ("=HYPERLINK(...)", "+cmd|...",
#: "@SUM(...)", "-2+3"): file names and review text come from outside, so such a
#: cell gets a leading apostrophe, which Excel shows as plain text.
_FORMULA = re.compile(r"^(?:[=+@\t\r]|-[^\s])")


def defuse(value: object) -> object:
    """Return ``value`` with a leading apostrophe if Excel would read it as a formula."""
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def csv_bytes(frame: pd.DataFrame, columns: list[str]) -> bytes:
    """Return ``frame[columns]`` as UTF-8 CSV bytes with a BOM (Excel reads the diacritics right).

    Rows are handed to the csv module column-wise as plain lists: iterating a
    frame's rows costs ~10x more (and ``to_csv`` is no faster).  Text that
    Excel would evaluate as a formula is defused (see ``defuse``).
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    cols = []
    for c in columns:
        values = frame[c].tolist()
        if not pd.api.types.is_numeric_dtype(frame[c]):
            values = [defuse(v) for v in values]
        cols.append(values)
    writer.writerows(zip(*cols, strict=True))
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def verdicts_csv_frame(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Return verdict rows formatted for verdicts.csv (confidence with 2 decimals, in_register true/false)."""
    frame = sort_verdicts(verdicts)
    return frame.assign(
        confidence=[f"{float(c or 0):.2f}" for c in frame["confidence"].tolist()],
        in_register=["true" if x else "false" for x in frame["in_register"].tolist()],
        lki_level=[str(x or "") for x in frame["lki_level"].tolist()],
    )


def problems_csv_frame(problems: pd.DataFrame) -> pd.DataFrame:
    """Return problems with messages, sorted by file and code, for problems.csv."""
    return problems.sort_values(["file", "code", "detail"], kind="stable", ignore_index=True)


# --- the whole output set ----------------------------------------------------


#: Characters kept as they are in a link's path segment: letters and digits of any script (Excel
#: and LibreOffice read diacritics) and the few marks RFC 3986 allows there without meaning.
#: Everything else is percent-encoded: ':' (no segment reads as a URL scheme, ``https:`` stays a
#: folder), '\\' (not a Windows separator), '%', '#', '?', spaces and control characters.
_SEGMENT_SAFE = frozenset("-._~!$&'()*+,;=@")


def _encode_segment(segment: str) -> str:
    return "".join(ch if ch.isalnum() or ch in _SEGMENT_SAFE else
                   "".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")) for ch in segment)


def link_base(out_dir: Path, input_dir: str) -> str:
    """Return INPUT_DIR relative to ``out_dir`` with '/' separators ("" without an input folder)."""
    if not input_dir:
        return ""
    return os.path.relpath(Path(input_dir).resolve(), Path(out_dir).resolve()).replace(os.sep, "/")


def hyperlink_target(out_dir: Path, input_dir: str,
                     unlinked: frozenset[str] | set[str] = frozenset()) -> Callable[[str], str | None]:
    """Return a function mapping an input file name to a link relative to ``out_dir``.

    The link resolves inside the input folder: a name with an empty, '.' or '..'
    segment, or one in ``unlinked`` (files reported as leading outside the folder
    or unreadable), gets no link.  Each segment is percent-encoded (see ``_SEGMENT_SAFE``).
    """
    if not input_dir:
        return lambda _file: None
    base = link_base(out_dir, input_dir)
    prefix = "" if base == "." else "/".join(_encode_segment(s) if s != ".." else s for s in base.split("/")) + "/"

    def target(file: str) -> str | None:
        if not file or file in unlinked:
            return None
        segments = file.split("/")
        if any(s in ("", ".", "..") for s in segments):
            return None
        return prefix + "/".join(_encode_segment(s) for s in segments)

    return target


#: Problem codes of files that cannot be opened from the input folder: they get no link.
UNLINKED_CODES = frozenset({"unreadable"})


def _run_datetime(run: RunInfo) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(run.started).replace(tzinfo=None)
    except (TypeError, ValueError):
        return dt.datetime.now().replace(microsecond=0)


def about_rows(run: RunInfo, tables: dict, verdicts: pd.DataFrame, problems: pd.DataFrame,
               readable: int, lang: str) -> list[tuple[str, object]]:
    """Return the (label, value) rows of the About sheet."""
    status = tables["status"]
    experts = count_experts(verdicts["expert"].tolist())
    return [
        (label("about_started", lang), _run_datetime(run)),
        (label("about_input", lang), run.input_dir),
        (label("about_output", lang), run.output_dir),
        (label("about_register", lang), run.register),
        (label("about_version", lang), run.version),
        (label("about_files", lang), run.files),
        (label("about_readable", lang), readable),
        (label("about_verdicts", lang), len(verdicts)),
        (label("about_qualifications", lang), len(status)),
        (label("about_done", lang), int((status["status"] == STATUS_DONE).sum())),
        (label("about_in_progress", lang), int((status["status"] == STATUS_IN_PROGRESS).sum())),
        (label("about_not_started", lang), int((status["status"] == STATUS_NOT_STARTED).sum())),
        (label("about_experts", lang), experts),
        (label("about_problems", lang), len(problems)),
        (label("about_seconds", lang), round(float(run.seconds or 0), 1)),
    ]


#: The files ``write_outputs`` writes, in the order it writes them.
OUTPUT_NAMES = (VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_tree(path: Path) -> None:
    """Remove a staging folder and what it holds (files, and the folder of previous outputs)."""
    try:
        entries = list(path.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            _remove_tree(entry)
        else:
            entry.unlink(missing_ok=True)
    try:
        path.rmdir()
    except OSError:
        pass


def _recorded(db: Path, run_id: int | None, started: str) -> bool:
    """Return True when the history holds run ``run_id`` started at ``started``."""
    if run_id is None or not db.exists():
        return False
    try:
        with closing(sqlite3.connect(db, timeout=30)) as con:
            row = con.execute("SELECT started FROM history_runs WHERE id = ?", (run_id,)).fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == started


def recover_outputs(out_dir: Path) -> str | None:
    """Finish or undo what a killed run left in ``out_dir``; return what was done, or None.

    A run stages its outputs in a ``.reviews-staging-*`` folder, keeps links to the
    previous outputs there, writes the journal, moves the new outputs in place and
    only then commits its history.  So with a journal, a history holding the run
    means the new set is complete; otherwise the previous set is put back.  Staging
    folders are removed.  Call it holding the output folder's lock.
    """
    out_dir = Path(out_dir)
    done = None
    journal = out_dir / JOURNAL
    if journal.exists():
        try:
            entry = json.loads(journal.read_text(encoding="utf-8"))
            staging = out_dir / Path(str(entry["staging"])).name
            run_id, started, existed = entry.get("run_id"), str(entry.get("started", "")), set(entry["existed"])
        except (OSError, ValueError, KeyError, TypeError):
            entry = None
        if entry is not None and not _recorded(out_dir / STORE_DB, run_id, started):
            for name in OUTPUT_NAMES:
                previous = staging / "previous" / name
                if name in existed and previous.exists():
                    os.replace(previous, out_dir / name)
                elif name not in existed:
                    (out_dir / name).unlink(missing_ok=True)
            done = "the outputs of an interrupted run were undone; the previous outputs are back"
        elif entry is not None:
            done = "an interrupted run had written all its outputs; they are kept"
        journal.unlink(missing_ok=True)
    for staging in out_dir.glob(STAGING_PREFIX + "*"):
        _remove_tree(staging)
    for tmp in out_dir.glob(f".{JOURNAL}.*.tmp"):
        tmp.unlink(missing_ok=True)
    return done


def commit_outputs(out_dir: Path, staging: Path, names: list[str], con: sqlite3.Connection | None,
                   run_id: int | None, started: str) -> None:
    """Put the staged ``names`` in place together, then commit the history in ``con``.

    The previous outputs are hard-linked (or copied) into the staging folder and
    the journal is written first, so ``recover_outputs`` can undo a killed commit.
    A failure here undoes the moves already made and rolls the history back.
    """
    previous = staging / "previous"
    previous.mkdir()
    existed = []
    for name in OUTPUT_NAMES:
        if (out_dir / name).exists():
            try:
                os.link(out_dir / name, previous / name)
            except OSError:
                shutil.copy2(out_dir / name, previous / name)
            existed.append(name)
    _step("backup", "")
    entry = {"staging": staging.name, "run_id": run_id, "started": started, "existed": existed}
    replace_atomically(out_dir / JOURNAL, lambda p: p.write_text(json.dumps(entry), encoding="utf-8"))
    try:
        _step("journal", "")
        for name in names:
            _step("move", name)
            os.replace(staging / name, out_dir / name)
        _step("history", "")
        if con is not None:
            con.commit()
    except BaseException:
        if con is not None:
            con.rollback()
        recover_outputs(out_dir)
        raise
    _step("committed", "")
    (out_dir / JOURNAL).unlink(missing_ok=True)
    _remove_tree(staging)


def _step(what: str, name: str) -> None:
    """Mark a step of the commit sequence (tests raise here to stand for a kill)."""


def write_outputs(
    results: list[FileResult], out_dir: Path, register: Register, run: RunInfo, lang: str = "lv",
    scope: ReportScope | None = None,
) -> Written:
    """Write verdicts.csv, problems.csv, summary.xlsx and report.docx into ``out_dir``; record the run.

    All four or none: each is written into a staging folder first; when every one
    is written they are moved in place together and only then is the run committed
    to the history (``commit_outputs``).  When one cannot be written or moved in
    place (disk full, a file open in Excel), the previous outputs are kept whole, the
    run is not recorded, and that output is named in ``.failed`` with the reason.  ``scope`` holds the stage
    calendar and which stage the report covers (by default the shipped calendar and
    the stage of the newest review).
    """
    scope = scope or default_scope()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = Written()
    verdicts = verdicts_frame(results)
    problems = problems_csv_frame(problem_rows(problems_frame(results), lang))
    recommendations = recommendations_frame(results)
    register_table = register_frame(register)
    readable = sum(1 for r in results if r.readable)
    tables = consolidate(verdicts, register_table, scope.calendar)
    con, run_id = None, None
    try:
        con = connect(out_dir / STORE_DB)
        run_id, written.changes = insert_run(con, run, verdicts, problems, tables["status"])
    except BaseException as exc:
        if con is not None:
            con.close()
        if not isinstance(exc, sqlite3.Error | OSError):
            raise
        con, written.changes = None, Changes()
        written.failed[STORE_DB] = f"{STORE_DB}: the run history could not be saved ({exc})"

    workbook = WorkbookData(
        status=tables["status"], reviews=tables["reviews"], recommendations=recommendations,
        sectors=tables["sectors"], problems=problems,
        about=about_rows(run, tables, verdicts, problems, readable, lang),
        changes=written.changes.lines(lang), created=_run_datetime(run),
    )
    unlinked = set(problems.loc[problems["code"].isin(UNLINKED_CODES), "file"])
    link = hyperlink_target(out_dir, run.input_dir, unlinked)
    writers = {
        VERDICTS_CSV: lambda p: p.write_bytes(csv_bytes(verdicts_csv_frame(verdicts), VERDICT_COLUMNS + VERDICT_EXTRA)),
        PROBLEMS_CSV: lambda p: p.write_bytes(csv_bytes(problems, PROBLEM_COLUMNS + PROBLEM_EXTRA)),
        SUMMARY_XLSX: lambda p: build_workbook(workbook, lang, link).save(p),
        REPORT_DOCX: lambda p: _report(verdicts, register_table, run, lang, scope).save(p),
    }
    try:
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out_dir))
        os.chmod(staging, 0o777 & ~_UMASK)
    except OSError as exc:
        written.failed.update({name: _why(name, exc) + KEPT for name in writers})
        if con is not None:
            con.close()
        return written
    try:
        for name, write in writers.items():
            _step("write", name)
            why = _write_staged(staging / name, name, write)
            if why is not None:
                written.failed[name] = why + KEPT
                break
        if not any(name in written.failed for name in writers):
            try:
                commit_outputs(out_dir, staging, list(writers), con, run_id, run.started)
            except OSError as exc:
                name = Path(exc.filename or "").name
                name = name if name in writers else next(iter(writers))
                written.failed[name] = _why(name, exc) + KEPT
            else:
                written.paths.update({name: out_dir / name for name in writers})
    finally:
        if con is not None:
            if written.failed.keys() & set(writers):
                con.rollback()
            con.close()
        _remove_tree(staging)
    if written.failed.keys() & set(writers):
        written.changes = Changes()
    return written


#: Said after every reason an output could not be written.
KEPT = " The previous outputs are kept unchanged; nothing of this run was saved."


def _write_staged(path: Path, name: str, write: Callable[[Path], None]) -> str | None:
    """Write output ``name`` to ``path`` and flush it to disk; return None, or why it could not be written.

    A bug in one writer must not become a traceback, so any exception becomes the reason.
    """
    try:
        write(path)
        os.chmod(path, 0o666 & ~_UMASK)
        _fsync(path)
    except OSError as exc:
        return _why(name, exc)
    except Exception as exc:
        return f"{name} could not be written: {type(exc).__name__}: {exc}"
    return None


def _report(verdicts: pd.DataFrame, register_table: pd.DataFrame, run: RunInfo, lang: str, scope: ReportScope):
    return build_report(verdicts, register_table, _run_datetime(run), lang, scope)


# --- `reviews report OUTPUT_DIR` ----------------------------------------------


def undefuse(value: str) -> str:
    """Return ``value`` as it was before ``defuse`` (the apostrophe before a formula-like text removed)."""
    if value.startswith("'") and _FORMULA.match(value[1:]):
        return value[1:]
    return value


def read_contract_csv(path: Path) -> pd.DataFrame:
    """Return a contract CSV as a frame of strings (empty cells as ""), defused text restored."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.apply(lambda col: col.map(undefuse))


def report_from_folder(out_dir: Path, register: Register, lang: str = "lv", dest: Path | None = None,
                       scope: ReportScope | None = None) -> Path:
    """Write report.docx again from a previous run's verdicts.csv (or the history store), for ``scope``."""
    out_dir = Path(out_dir)
    scope = scope or default_scope()
    stored = latest_run(out_dir / STORE_DB)
    verdicts_path = out_dir / VERDICTS_CSV
    if verdicts_path.exists():
        verdicts = _verdicts_from_csv(read_contract_csv(verdicts_path), stored)
        run = stored[0] if stored else _run_from_file(verdicts_path, out_dir)
    elif stored:
        run, verdicts, _problems = stored
    else:
        raise FileNotFoundError(f"{out_dir} holds neither {VERDICTS_CSV} nor a run history ({STORE_DB})")
    dest = Path(dest) if dest else out_dir / REPORT_DOCX
    dest.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(dest, lambda p: _report(verdicts, register_frame(register), run, lang, scope).save(p))
    return dest


def _verdicts_from_csv(frame: pd.DataFrame, stored) -> pd.DataFrame:
    for col in VERDICT_COLUMNS:
        if col not in frame:
            frame[col] = ""
    frame["confidence"] = pd.to_numeric(frame["confidence"], errors="coerce").fillna(0.0)
    if "in_register" in frame:
        frame["in_register"] = frame["in_register"].str.lower().isin(["true", "1", "yes", "jā"])
    else:
        frame["in_register"] = True
    mtimes = {}
    if stored:
        mtimes = dict(zip(stored[1]["file"], stored[1]["mtime"], strict=True))
    frame["mtime"] = [float(mtimes.get(f, 0.0) or 0.0) for f in frame["file"]]
    return sort_verdicts(frame[[*VERDICT_COLUMNS, *VERDICT_EXTRA, "mtime"]])


def _run_from_file(path: Path, out_dir: Path) -> RunInfo:
    from pipeline import __version__

    started = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        files = len({row["file"] for row in csv.DictReader(fh)})
    return RunInfo(started=started.isoformat(), input_dir="", output_dir=str(out_dir), version=__version__,
                   files=files)

