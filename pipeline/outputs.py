"""Write every output of a run into OUTPUT_DIR, each one atomically.

``verdicts.csv`` and ``problems.csv`` follow shared/contract.md; ``summary.xlsx``
and ``report.docx`` are built from the consolidated tables; the run is kept in
the SQLite history so the next run can say what changed.  Each output is
written to a temporary file in OUTPUT_DIR and moved over the old one with
``os.replace``; when one cannot be replaced (open in Excel on a shared drive)
the others are still written and the reason is returned in ``.failed``.

A warm re-run costs little: the store keeps a digest of the last written
result set and the size and modification time of the four files; when both
match, nothing is rewritten (see ``write_outputs``).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import os
import posixpath
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd

from pipeline.config import PROBLEMS_CSV, REPORT_DOCX, STORE_DB, SUMMARY_XLSX, VERDICTS_CSV
from pipeline.consolidate import (
    PROBLEM_COLUMNS,
    PROBLEM_EXTRA,
    RECOMMENDATION_COLUMNS,
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
from pipeline.store import Changes, latest_run, record_outputs, record_run, unchanged_since
from pipeline.workbook import WorkbookData, build_workbook


@dataclass
class Written:
    """What ``write_outputs`` did: files written, outputs that failed, changes since the last run."""

    paths: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)
    #: True when the results were those of the last run and its files were left as they were.
    unchanged: bool = False


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


def in_background(job: Callable[..., str | None], inbox: bool = False) -> Background:
    """Start ``job`` in a forked child process; return a handle that waits for it and gives its answer.

    ``job`` returns None or why it failed (as ``write_one`` does); the child sends
    that back through a pipe.  A child that dies without answering gives a reason
    too, and one interrupted (Ctrl-C) makes the waiting raise ``KeyboardInterrupt``
    as the same job run here would.

    With ``inbox``, ``job`` is called with a function that returns what this
    process hands over later with ``.send(data)``, waiting for it; or None when
    this process waits for the answer without having sent anything (it stopped
    short).  So the child can start on its work before all it needs is known.

    Where there is no ``fork`` the job runs here, when it is waited for.
    """
    if not hasattr(os, "fork"):
        return _Here(job, inbox)
    read_end, write_end = os.pipe()
    in_read, in_write = os.pipe() if inbox else (-1, -1)
    pid = os.fork()
    if pid == 0:  # the child: run the job, answer, and leave without running the parent's exit handlers
        answer, status = b"failed\0the process writing it ended unexpectedly", 1
        try:
            os.close(read_end)
            if inbox:
                os.close(in_write)
                why = job(functools.partial(_read_inbox, in_read))
            else:
                why = job()
            answer, status = (b"ok" if why is None else b"failed\0" + why.encode("utf-8", "replace")), 0
        except KeyboardInterrupt:
            answer = b"interrupted"
        except BaseException as exc:  # noqa: BLE001 - whatever it is, it must reach the parent as a reason
            answer = f"failed\0{type(exc).__name__}: {exc}".encode("utf-8", "replace")
        finally:
            try:
                _write_all(write_end, answer)
            finally:
                os._exit(status)
    os.close(write_end)
    if inbox:
        os.close(in_read)
    return _Child(pid, read_end, in_write if inbox else None)


def _write_all(fd: int, data: bytes) -> None:
    """Write all of ``data`` to the pipe ``fd``."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _read_all(fd: int) -> bytes:
    """Return what comes through the pipe ``fd`` until its writer closes it; close it."""
    chunks = []
    try:
        while chunk := os.read(fd, 65536):
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def _read_inbox(fd: int) -> bytes | None:
    """Return what the parent sent: a 1 byte, then the data; None when it closed the pipe without sending."""
    data = _read_all(fd)
    return data[1:] if data[:1] == b"\1" else None


class Background(Protocol):
    """A job started by ``in_background``: ``send`` hands it data (once); calling the handle waits for its answer."""

    def send(self, data: bytes) -> None: ...

    def __call__(self) -> str | None: ...


class _Child:
    def __init__(self, pid: int, answers: int, inbox: int | None) -> None:
        self.pid, self.answers, self.inbox = pid, answers, inbox

    def send(self, data: bytes) -> None:
        if self.inbox is None:
            raise RuntimeError("the job was started without an inbox, or was sent its data already")
        fd, self.inbox = self.inbox, None
        try:
            _write_all(fd, b"\1" + data)
        except OSError:  # the child is gone: waiting for it says why
            pass
        finally:
            os.close(fd)

    def __call__(self) -> str | None:
        if self.inbox is not None:  # never sent: the child learns it by the end of its inbox
            os.close(self.inbox)
            self.inbox = None
        try:
            answer = _read_all(self.answers)
        finally:
            _, status = os.waitpid(self.pid, 0)
        if answer == b"ok":
            return None
        if answer == b"interrupted":
            raise KeyboardInterrupt
        if answer.startswith(b"failed\0"):
            return answer[len(b"failed\0"):].decode("utf-8", "replace")
        return f"the process writing it ended unexpectedly (wait status {status})"


class _Here:
    """``in_background`` where there is no fork: the job runs when it is waited for."""

    def __init__(self, job: Callable[..., str | None], inbox: bool) -> None:
        self.job, self.inbox, self.data = job, inbox, None

    def send(self, data: bytes) -> None:
        self.data = data

    def __call__(self) -> str | None:
        return self.job(lambda: self.data) if self.inbox else self.job()


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


#: Characters escaped in relative links; letters with diacritics stay as they are (Excel and
#: LibreOffice read them), but a space, '#', '%' or '?' would change what the link means.
_URL_ESCAPES = str.maketrans({"%": "%25", " ": "%20", "#": "%23", "?": "%3F", "[": "%5B", "]": "%5D"})
#: A '.' or '..' path segment: only such names need normalising.
_DOT_SEGMENT = re.compile(r"(^|/)\.\.?(/|$)")


def link_base(out_dir: Path, input_dir: str) -> str:
    """Return INPUT_DIR relative to ``out_dir`` with '/' separators ("" without an input folder)."""
    if not input_dir:
        return ""
    return os.path.relpath(Path(input_dir).resolve(), Path(out_dir).resolve()).replace(os.sep, "/")


def hyperlink_target(out_dir: Path, input_dir: str) -> Callable[[str], str | None]:
    """Return a function mapping an input file name to a link relative to ``out_dir``."""
    if not input_dir:
        return lambda _file: None
    base = link_base(out_dir, input_dir)
    prefix = "" if base == "." else base + "/"

    def target(file: str) -> str | None:
        if not file or file.endswith("/"):
            return None
        file = file.replace(os.sep, "/")
        rel = prefix + file
        if _DOT_SEGMENT.search(file) or "//" in file:
            rel = posixpath.normpath(rel)
        return rel.translate(_URL_ESCAPES)

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
    experts = {e for e in set(verdicts["expert"].tolist()) if isinstance(e, str) and e.strip()}
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


#: The files ``write_outputs`` writes, in the order it writes them.
OUTPUT_NAMES = (VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX)


def results_digest(
    verdicts: pd.DataFrame, problems: pd.DataFrame, recommendations: pd.DataFrame, register_table: pd.DataFrame,
    run: RunInfo, lang: str, base: str, readable: int,
) -> str:
    """Return a SHA-256 digest of everything the outputs show except the run's time and duration.

    The sorted verdict rows (with each review file's modification time, which
    decides the newest review), the problem rows with their messages, the
    recommendations, the register, the language, the program version and the
    source of the writing modules, the folders, the file counts and the relative
    link base (the workbook's links depend on it).
    Each column is hashed whole: its values joined, and their lengths.
    """
    h = hashlib.sha256()

    def part(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)

    def frame(table: pd.DataFrame, columns: list[str]) -> None:
        part(repr([len(table), *columns]).encode())
        for name in columns:
            col = table[name] if name in table else pd.Series([""] * len(table), index=table.index)
            if col.dtype.kind in "fbiu":
                part(col.to_numpy().tobytes())
                continue
            texts = [v if type(v) is str else repr(v) for v in col.tolist()]
            part(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)).tobytes())
            part("".join(texts).encode("utf-8", "surrogatepass"))

    part(repr((lang, run.version, run.input_dir, run.output_dir, run.register, run.files, readable, base)).encode())
    part(writer_fingerprint().encode())
    frame(verdicts, [*VERDICT_COLUMNS, *VERDICT_EXTRA, "mtime"])
    frame(problems, [*PROBLEM_COLUMNS, *PROBLEM_EXTRA])
    frame(recommendations, RECOMMENDATION_COLUMNS)
    frame(register_table, list(register_table.columns))
    return h.hexdigest()


#: The modules that decide what the outputs look like: a change in any of them writes the outputs again.
_WRITER_MODULES = ("outputs", "workbook", "report", "consolidate", "store", "messages", "records")


@functools.cache
def writer_fingerprint() -> str:
    """Return a digest of the source of the modules that write the outputs (a new version writes anew)."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in _WRITER_MODULES:
        path = here / f"{name}.py"
        h.update(name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()


def file_stats(out_dir: Path) -> dict[str, list[int]]:
    """Return ``{name: [size, mtime_ns]}`` of the output files present in ``out_dir``."""
    stats = {}
    for name in OUTPUT_NAMES:
        try:
            st = os.stat(out_dir / name)
        except OSError:
            continue
        stats[name] = [st.st_size, st.st_mtime_ns]
    return stats


def write_outputs(
    results: list[FileResult], out_dir: Path, register: Register, run: RunInfo, lang: str = "lv"
) -> Written:
    """Write verdicts.csv, problems.csv, summary.xlsx and report.docx into ``out_dir``; record the run.

    A warm re-run is skipped: when the results are those of the last run recorded in
    the store (same ``results_digest``: verdict, problem and recommendation rows,
    register, language, program version, folders and counts) and the four files are
    still the ones that run wrote (same size and modification time), nothing is
    written and no run is added to the history.  ``.unchanged`` is then True,
    ``.paths`` names the four files kept and ``.changes`` says nothing changed since
    that run; the workbook's About sheet (Par) and the report keep showing the
    earlier run's time and duration.  A difference, a missing or edited output, or a
    store that cannot be read means everything is written as usual.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = Written()
    verdicts = verdicts_frame(results)
    problems = problems_csv_frame(problem_rows(problems_frame(results), lang))
    recommendations = recommendations_frame(results)
    register_table = register_frame(register)
    readable = sum(1 for r in results if r.readable)
    db = out_dir / STORE_DB

    digest = results_digest(verdicts, problems, recommendations, register_table, run, lang,
                            link_base(out_dir, run.input_dir), readable)
    try:
        previous = unchanged_since(db, digest, file_stats(out_dir))
    except (sqlite3.Error, OSError):
        previous = None
    if previous is not None:
        return Written(paths={name: out_dir / name for name in OUTPUT_NAMES}, changes=Changes(previous=previous),
                       unchanged=True)

    def record(name: str, why: str | None) -> None:
        if why is None:
            written.paths[name] = out_dir / name
        else:
            written.failed[name] = why

    tables = consolidate(verdicts, register_table)
    about = about_rows(run, tables, verdicts, problems, readable, lang)
    link = hyperlink_target(out_dir, run.input_dir)

    def workbook(changes_sent: Callable[[], bytes | None]) -> str | None:
        def changes() -> list[str]:
            sent = changes_sent()
            if sent is None:
                raise RuntimeError("the run stopped before its changes were known")
            return json.loads(sent)

        data = WorkbookData(
            status=tables["status"], reviews=tables["reviews"], recommendations=recommendations,
            sectors=tables["sectors"], problems=problems, about=about, changes=changes, created=_run_datetime(run),
        )
        return write_one(out_dir, SUMMARY_XLSX, lambda p: build_workbook(data, lang, link).save(p))

    # The workbook takes longest: it is written in a process of its own, started before the run is
    # recorded here; the changes since the previous run (its About sheet) follow when known.
    summary = in_background(workbook, inbox=True)
    recorded = False
    try:
        try:
            written.changes = record_run(db, run, verdicts, problems, tables["status"], digest=digest)
            recorded = True
        except (sqlite3.Error, OSError) as exc:
            written.failed[STORE_DB] = f"{STORE_DB}: the run history could not be saved ({exc})"
        summary.send(json.dumps(written.changes.lines(lang)).encode("utf-8"))
        record(VERDICTS_CSV, write_one(out_dir, VERDICTS_CSV, lambda p: p.write_bytes(
            csv_bytes(verdicts_csv_frame(verdicts), VERDICT_COLUMNS + VERDICT_EXTRA))))
        record(PROBLEMS_CSV, write_one(out_dir, PROBLEMS_CSV, lambda p: p.write_bytes(
            csv_bytes(problems, PROBLEM_COLUMNS + PROBLEM_EXTRA))))
        report_why = write_one(out_dir, REPORT_DOCX, lambda p: _report(tables, verdicts, problems, run, lang).save(p))
    finally:
        summary_why = summary()  # waited for even when interrupted here: it cleans up after itself
    record(SUMMARY_XLSX, summary_why)
    record(REPORT_DOCX, report_why)
    if recorded and not written.failed:
        try:
            record_outputs(db, digest, file_stats(out_dir))
        except (sqlite3.Error, OSError):
            pass  # the next run then writes everything again
    return written


def _report(tables: dict, verdicts: pd.DataFrame, problems: pd.DataFrame, run: RunInfo, lang: str):
    started = _run_datetime(run)
    return build_report(
        tables["status"], verdicts, problems, started.date(), lang,
        made=started.strftime("%Y-%m-%d %H:%M"), folder=run.input_dir, files=run.files,
    )


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

