"""Write every output of a run into OUTPUT_DIR, each one atomically.

``verdicts.csv`` and ``problems.csv`` follow shared/contract.md; ``summary.xlsx``
and ``report.docx`` are built from the consolidated tables; the run is kept in
the SQLite history so the next run can say what changed.  Each output is
written to a temporary file in OUTPUT_DIR and moved over the old one with
``os.replace``; when one cannot be replaced (open in Excel on a shared drive)
the others are still written and the reason is returned in ``.failed``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.config import PROBLEMS_CSV, REPORT_DOCX, STORE_DB, SUMMARY_XLSX, VERDICTS_CSV
from pipeline.consolidate import (
    PROBLEM_COLUMNS,
    PROBLEM_EXTRA,
    STATUS_DONE,
    STATUS_IN_PROGRESS,
    STATUS_NOT_STARTED,
    VERDICT_COLUMNS,
    VERDICT_EXTRA,
    consolidate,
    problems_frame,
    recommendations_frame,
    register_frame,
    sort_verdicts,
    verdicts_frame,
)
from pipeline.messages import label
from pipeline.records import FileResult, RunInfo
from pipeline.register import Register
from pipeline.report import build_report, problem_rows
from pipeline.store import Changes, latest_run, record_run
from pipeline.workbook import WorkbookData, build_workbook


@dataclass
class Written:
    """What ``write_outputs`` did: files written, outputs that failed, changes since the last run."""

    paths: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)


# --- atomic writing ----------------------------------------------------------


def replace_atomically(dest: Path, write: Callable[[Path], None]) -> None:
    """Write ``dest`` through ``write(tmp_path)`` into a temp file beside it, then move it in place.

    A crash leaves the previous file untouched; the temp file is removed on failure.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
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


# --- CSV ---------------------------------------------------------------------


def csv_bytes(frame: pd.DataFrame, columns: list[str]) -> bytes:
    """Return ``frame[columns]`` as UTF-8 CSV bytes with a BOM (Excel reads the diacritics right)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in frame[columns].itertuples(index=False, name=None):
        writer.writerow(row)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def verdicts_csv_frame(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Return verdict rows formatted for verdicts.csv (confidence with 2 decimals, in_register true/false)."""
    frame = sort_verdicts(verdicts)
    return frame.assign(
        confidence=[f"{float(c or 0):.2f}" for c in frame["confidence"]],
        in_register=["true" if x else "false" for x in frame["in_register"]],
        lki_level=[str(x or "") for x in frame["lki_level"]],
    )


def problems_csv_frame(problems: pd.DataFrame) -> pd.DataFrame:
    """Return problems with messages, sorted by file and code, for problems.csv."""
    return problems.sort_values(["file", "code", "detail"], kind="stable", ignore_index=True)


# --- the whole output set ----------------------------------------------------


#: Characters escaped in relative links; letters with diacritics stay as they are (Excel and
#: LibreOffice read them), but a space, '#', '%' or '?' would change what the link means.
_URL_ESCAPES = {"%": "%25", " ": "%20", "#": "%23", "?": "%3F", "[": "%5B", "]": "%5D"}


def hyperlink_target(out_dir: Path, input_dir: str) -> Callable[[str], str | None]:
    """Return a function mapping an input file name to a link relative to ``out_dir``."""
    if not input_dir:
        return lambda _file: None
    base = os.path.relpath(Path(input_dir).resolve(), Path(out_dir).resolve())

    def target(file: str) -> str | None:
        if not file or file.endswith("/"):
            return None
        rel = os.path.normpath(os.path.join(base, file)).replace(os.sep, "/")
        return "".join(_URL_ESCAPES.get(ch, ch) for ch in rel)

    return target


def _run_datetime(run: RunInfo) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(run.started).replace(tzinfo=None)
    except (TypeError, ValueError):
        return dt.datetime.now().replace(microsecond=0)


def about_rows(run: RunInfo, tables: dict, verdicts: pd.DataFrame, problems: pd.DataFrame,
               readable: int, lang: str) -> list[tuple[str, object]]:
    """Return the (label, value) rows of the About sheet."""
    status = tables["status"]
    experts = {e for e in verdicts["expert"] if isinstance(e, str) and e.strip()}
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
        (label("about_experts", lang), len(experts)),
        (label("about_problems", lang), len(problems)),
        (label("about_seconds", lang), round(float(run.seconds or 0), 1)),
    ]


def write_outputs(
    results: list[FileResult], out_dir: Path, register: Register, run: RunInfo, lang: str = "lv"
) -> Written:
    """Write verdicts.csv, problems.csv, summary.xlsx and report.docx into ``out_dir``; record the run."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = Written()
    verdicts = verdicts_frame(results)
    problems = problems_csv_frame(problem_rows(problems_frame(results), lang))
    recommendations = recommendations_frame(results)
    tables = consolidate(verdicts, register_frame(register))

    def attempt(name: str, write: Callable[[Path], None]) -> None:
        dest = out_dir / name
        try:
            replace_atomically(dest, write)
            written.paths[name] = dest
        except OSError as exc:
            written.failed[name] = _why(name, exc)
        except Exception as exc:  # a bug in one writer must not cost the other outputs
            written.failed[name] = f"{name} could not be written: {type(exc).__name__}: {exc}"

    attempt(VERDICTS_CSV, lambda p: p.write_bytes(
        csv_bytes(verdicts_csv_frame(verdicts), VERDICT_COLUMNS + VERDICT_EXTRA)))
    attempt(PROBLEMS_CSV, lambda p: p.write_bytes(csv_bytes(problems, PROBLEM_COLUMNS + PROBLEM_EXTRA)))

    try:
        written.changes = record_run(out_dir / STORE_DB, run, verdicts, problems, tables["status"])
    except (sqlite3.Error, OSError) as exc:
        written.failed[STORE_DB] = f"{STORE_DB}: the run history could not be saved ({exc})"

    readable = sum(1 for r in results if r.readable)
    data = WorkbookData(
        status=tables["status"],
        reviews=tables["reviews"],
        recommendations=recommendations,
        sectors=tables["sectors"],
        problems=problems,
        about=about_rows(run, tables, verdicts, problems, readable, lang),
        changes=written.changes.lines(lang),
        created=_run_datetime(run),
    )
    link = hyperlink_target(out_dir, run.input_dir)
    attempt(SUMMARY_XLSX, lambda p: build_workbook(data, lang, link).save(p))
    attempt(REPORT_DOCX, lambda p: _report(tables, verdicts, problems, run, lang).save(p))
    return written


def _report(tables: dict, verdicts: pd.DataFrame, problems: pd.DataFrame, run: RunInfo, lang: str):
    started = _run_datetime(run)
    return build_report(
        tables["status"], verdicts, problems, started.date(), lang,
        made=started.strftime("%Y-%m-%d %H:%M"), folder=run.input_dir, files=run.files,
    )


# --- `reviews report OUTPUT_DIR` ----------------------------------------------


def read_contract_csv(path: Path) -> pd.DataFrame:
    """Return a contract CSV as a frame of strings (empty cells as "")."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def report_from_folder(out_dir: Path, register: Register, lang: str = "lv", dest: Path | None = None) -> Path:
    """Write report.docx again from a previous run's verdicts.csv/problems.csv (or the history store)."""
    out_dir = Path(out_dir)
    stored = latest_run(out_dir / STORE_DB)
    verdicts_path, problems_path = out_dir / VERDICTS_CSV, out_dir / PROBLEMS_CSV
    if verdicts_path.exists():
        verdicts = _verdicts_from_csv(read_contract_csv(verdicts_path), stored)
        problems = _problems_from_csv(problems_path, lang)
        run = stored[0] if stored else _run_from_file(verdicts_path, out_dir)
    elif stored:
        run, verdicts, raw = stored
        problems = problem_rows(raw, lang)
    else:
        raise FileNotFoundError(f"{out_dir} holds neither {VERDICTS_CSV} nor a run history ({STORE_DB})")
    tables = consolidate(verdicts, register_frame(register))
    dest = Path(dest) if dest else out_dir / REPORT_DOCX
    dest.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(dest, lambda p: _report(tables, verdicts, problems, run, lang).save(p))
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


def _problems_from_csv(path: Path, lang: str) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame(columns=["file", "code", "detail", "params", "message"])
    frame = read_contract_csv(path)
    if "detail" not in frame:
        frame["detail"] = ""
    frame["params"] = [() for _ in range(len(frame))]
    return frame


def _run_from_file(path: Path, out_dir: Path) -> RunInfo:
    from pipeline import __version__

    started = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        files = len({row["file"] for row in csv.DictReader(fh)})
    return RunInfo(started=started.isoformat(), input_dir="", output_dir=str(out_dir), version=__version__,
                   files=files)

