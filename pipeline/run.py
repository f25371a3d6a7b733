"""The batch: discover files, read them in isolated workers, write the outputs.

Every input file yields exactly one ``FileResult``: verdict rows, problems, or
both.  A file that hangs or crashes its worker becomes a ``timeout`` or
``worker_crash`` problem and the batch goes on.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import multiprocessing as mp
import os
import pickle
import re
import selectors
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline import __version__
from pipeline.config import (
    MODEL_DIR,
    PROBLEMS_CSV,
    REPORT_DOCX,
    STORE_DB,
    SUMMARY_XLSX,
    VERDICTS_CSV,
    Limits,
    missing_model,
)
from pipeline.errors import ReadError, UsageError
from pipeline.records import FileResult, Problem, RunInfo, Written
from pipeline.register import Register, load_register
from pipeline.stages import ReportScope, default_scope

LOCK_PREFIX = "~$"
#: LibreOffice's lock file: ``.~lock.<name>#``.
LO_LOCK_PREFIX, LO_LOCK_SUFFIX = ".~lock.", "#"


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file found under INPUT_DIR: where it is and how it is named in outputs."""

    path: str  # real path for reading (may hold undecodable bytes as surrogates)
    rel: str  # relative, '/'-separated, printable name used in every output
    size: int = 0
    mtime_ns: int = 0
    problem: Problem | None = None  # decided without reading (lock file, link, ...)


@dataclass
class RunOutcome:
    """What a run produced: per-file results, the run record and written outputs."""

    results: list[FileResult]
    run: RunInfo
    written: Written | None = None
    cached: int = 0
    timings: dict = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """Return 0 when every file was read, else 1 (the outputs are still written)."""
        return 0 if all(r.readable for r in self.results) else 1


# --- discovery ---------------------------------------------------------------


def printable(name: str) -> str:
    r"""Return ``name`` with undecodable file-name bytes shown as ``\xNN`` escapes.

    Escapes (not U+FFFD) keep two names that differ only in such bytes apart
    in the outputs and the cache.
    """
    if name.isascii():  # no undecodable bytes: nothing to escape
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def discover(input_dir: Path, exclude: tuple[Path, ...] = ()) -> list[InputFile]:
    """Return every file under ``input_dir``, sorted, without following links out.

    Symbolic links to folders are not followed (no loops); a link to a file
    inside ``input_dir`` is read like the file, any other link is reported.
    Folders and files in ``exclude`` (the output folder or the outputs, when
    they sit inside ``input_dir``) are left out.
    """
    root = os.path.realpath(input_dir)
    skip = {os.path.realpath(p) for p in exclude} - {root}
    found: list[InputFile] = []
    errors: list[InputFile] = []

    def on_error(exc: OSError) -> None:
        rel = os.path.relpath(exc.filename or root, root) if exc.filename else "."
        rel = printable(rel.replace(os.sep, "/"))
        errors.append(InputFile(exc.filename or root, rel + "/", problem=_problem(rel + "/", "unreadable", str(exc))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if os.path.join(dirpath, d) not in skip)
        # every dirpath is root or under it: the relative name is its tail (os.path.relpath
        # took half of listing a 20,000-file folder)
        head = dirpath if dirpath.endswith(os.sep) else dirpath + os.sep
        under = dirpath[len(root):].strip(os.sep).replace(os.sep, "/")
        under = under + "/" if under else ""
        for name in sorted(filenames):
            path = head + name
            if path in skip:
                continue
            rel = printable(under + name)
            found.append(_describe(path, rel, name, root))
        # os.walk lists links to folders as dirnames but never enters them
        for name in list(dirnames):
            path = head + name
            if os.path.islink(path):
                rel = printable(under + name)
                found.append(
                    InputFile(path, rel, problem=_problem(rel, "unreadable", "link to a folder, not followed"))
                )
    return sorted(found + errors, key=lambda f: f.rel)


def _describe(path: str, rel: str, name: str, root: str) -> InputFile:
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            target = os.path.realpath(path)
            if os.path.commonpath([target, root]) != root or not os.path.isfile(target):
                return InputFile(path, rel, problem=_problem(rel, "unreadable", "link outside the folder or broken"))
            st = os.stat(target)
        if not stat.S_ISREG(st.st_mode):
            return InputFile(path, rel, problem=_problem(rel, "unsupported_format", "not a regular file"))
    except OSError as exc:
        return InputFile(path, rel, problem=_problem(rel, "unreadable", exc.strerror or str(exc)))
    if name.startswith(LOCK_PREFIX) or (name.startswith(LO_LOCK_PREFIX) and name.endswith(LO_LOCK_SUFFIX)):
        return InputFile(path, rel, st.st_size, st.st_mtime_ns, _problem(rel, "lock_file", "Word owner file"))
    return InputFile(path, rel, st.st_size, st.st_mtime_ns)


def _problem(rel: str, code: str, detail: str = "", **params: str) -> Problem:
    return Problem(file=rel, code=code, detail=detail, params=tuple(sorted(params.items())))


# --- one file ----------------------------------------------------------------


def process_file(path: str, rel: str, register: Register, limits: Limits) -> FileResult:
    """Read and extract one file; return its result, never raise."""
    from pipeline.extract import extract
    from pipeline.reader import check_stat, read_bytes, read_path

    started = time.perf_counter()
    result = FileResult(file=rel)
    try:
        st = os.stat(path)
        result.size, result.mtime = st.st_size, st.st_mtime
        check_stat(st, limits)  # replaced by a pipe or a device since discovery, or too large: never open it
        data = read_bytes(path, st, limits)
        result.sha256 = hashlib.sha256(data).hexdigest()
        doc = read_path(path, limits, data=data)
        del data
        found = extract(doc, rel, register)
        result.verdicts = list(found.verdicts)
        result.recommendations = list(found.recommendations)
        result.problems = list(found.problems)
    except ReadError as exc:
        result.problems = [_problem(rel, exc.code, exc.detail)]
    except OSError as exc:
        result.problems = [_problem(rel, "unreadable", exc.strerror or str(exc))]
    except MemoryError:
        result.verdicts, result.recommendations = [], []
        result.problems = [_problem(rel, "worker_crash", "out of memory")]
    except Exception as exc:  # a bug must cost one file, not the batch
        result.verdicts, result.recommendations = [], []
        result.problems = [_problem(rel, "worker_crash", f"{type(exc).__name__}: {exc}")]
    result.seconds = time.perf_counter() - started
    return result


# --- workers -----------------------------------------------------------------

#: How worker processes start (``run(start_method=...)``):
#:
#: - "forkserver": from a fork server that loads the spaCy pipeline once while this
#:   process goes on with its own start-up (listing, the cache, importing the output
#:   libraries); each worker is forked from the server with the pipeline loaded.
#:   The ``reviews`` command uses it.  As with "spawn", each worker imports the
#:   caller's main module again, so a script that calls ``run`` with it needs the
#:   ``if __name__ == "__main__":`` guard.
#: - "fork" (the default where there is fork): forked from this process, after it has
#:   loaded the pipeline itself; safe for any caller.
#: - "spawn": each worker loads the pipeline on its own (where there is no fork).
#:
#: ``START_METHOD``, when set, overrides the caller's choice (tests that patch what
#: workers run set "fork").
START_METHOD: str | None = None
#: What the fork server imports before it forks any worker (see ``pipeline.preload``).
PRELOAD = ["pipeline.preload"]

_ready = False  # True once ``prepare_worker`` has run in this process (or the one it was forked from)


def prepare_worker(register: Register | None = None) -> None:
    """Load what reading and extraction need, once per process (workers forked later inherit it).

    Imports the reader and extraction, loads the spaCy pipeline and runs one small
    made-up review through them, so that no worker pays the first document's extra cost.
    """
    global _ready
    if _ready:
        return
    import pipeline.reader.document  # noqa: F401  imported once here, not in every worker
    import pipeline.sniff  # noqa: F401
    from pipeline.nlp import load_pipeline

    collecting = gc.isenabled()
    load_pipeline()
    if not collecting:  # srsly, reading the model, turns the collector on when it is done
        gc.disable()
    _warm_up(register)
    _ready = True


def worker_start_method(preferred: str | None = None) -> str:
    """Return how this run's workers start: ``START_METHOD``, else ``preferred``, else fork or spawn."""
    available = mp.get_all_start_methods()
    return next(m for m in (START_METHOD, preferred, "fork", "spawn") if m is not None and m in available)


def start_server(method: str) -> None:
    """Start the workers' fork server now (for ``method`` "forkserver"), so that it loads the pipeline meanwhile."""
    if method != "forkserver":
        return
    from multiprocessing import forkserver

    mp.get_context("forkserver").set_forkserver_preload(PRELOAD)
    try:
        forkserver.ensure_running()
    except OSError:  # the workers' own start then fails the same way, and the run reads here
        pass


def _warm_up(register: Register | None) -> None:
    """Run extraction once on a small made-up review before any worker is forked.

    The first document through spaCy and the rule caches costs ~50 ms; paid
    here once, it is shared by every forked worker instead of paid in each.
    """
    from pipeline.extract import extract
    from pipeline.records import Block, CellRef, Mark, ReviewDocument
    from pipeline.register import Register

    register = register if register is not None else Register([])
    name = register.qualifications[0].name if len(register) else "mēbeļu galdnieks"
    lines = [
        f"Ekspertīzes atzinums par profesionālās kvalifikācijas „{name}” MIP un PKE saturu",
        "Eksperts: Ilze Kalniņa", "Datums: 2026. gada 12. martā", "LKI 4. līmenis",
        "Ekspertīzes mērķis ir izvērtēt, vai saturs ir atbalstāms.",
        "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
        "Pret PKE saturu nav iebildumu, tas ir atbalstāms un virzāms saskaņošanai.",
    ]
    blocks = [Block(text, f"paragraph {i + 1}", index=i) for i, text in enumerate(lines)]
    cells = ["☒ Saturs ir atbalstāms un virzāms saskaņošanai", "☐ Saturs nav atbalstāms"]
    for row, text in enumerate(cells, start=1):
        blocks.append(Block(text, f"table 1, row {row}, cell 1", index=len(blocks), cell=CellRef(1, row, 1),
                            marks=(Mark("glyph", text.startswith("☒"), 0),)))
    try:
        extract(ReviewDocument(blocks=tuple(blocks), title=lines[0]), "warm-up.docx", register)
    except Exception:  # warming is an optimisation: a failure here must not stop the run
        pass


def _worker_main(conn, register: Register, limits: Limits) -> None:
    """Process chunks of (index, path, rel) sent over ``conn``, one result per file."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    gc.enable()  # forked from a run, which turns the collector off for itself (see ``run``)
    try:
        prepare_worker(register)  # nothing to do when forked from a process that did it
    except Exception:  # e.g. no model: each file then reports the error itself
        pass
    conn.send_bytes(b"")  # ready: from now on a death is the current file's doing
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for index, path, rel in chunk:
            # pickled here once: the parent keeps these bytes for the cache instead of pickling again
            payload = pickle.dumps(process_file(path, rel, register, limits), protocol=5)
            conn.send_bytes(index.to_bytes(8, "little") + payload)


class _Worker:
    def __init__(self, ctx, register: Register, limits: Limits) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, register, limits), daemon=True)
        self.proc.start()
        child.close()
        self.chunk: list[tuple[int, str, str]] = []
        self.since = time.monotonic()
        self.ready = False  # said so (an empty message) before reading any file

    def send(self, chunk: list[tuple[int, str, str]]) -> None:
        self.chunk = list(chunk)
        self.since = time.monotonic()
        self.conn.send(chunk)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


#: Workers in a row that may end before reading any file before the pool is given up.
STILLBORN_LIMIT = 3


class WorkersUnavailable(OSError):
    """Worker processes start but cannot run (e.g. a script without a ``__main__`` guard)."""


def process_parallel(
    tasks: list[tuple[int, str, str]],
    jobs: int,
    register: Register,
    limits: Limits,
    on_result: Callable[[int, FileResult, bytes | None], None],
    method: str | None = None,
) -> None:
    """Run ``tasks`` in ``jobs`` worker processes, calling ``on_result`` per file.

    ``on_result`` gets the file's index, its result and the result as the worker
    pickled it (None for a result made here, after a timeout or a crash).
    ``method`` says how the workers start (see ``START_METHOD``).

    A worker that exceeds ``limits.seconds_per_file`` on a file is killed and
    the file reported as ``timeout``; a worker that dies reports its current
    file as ``worker_crash``.  Either way a fresh worker takes the rest.

    One selector watches every worker's pipe and its process sentinel, so each
    result costs one wake-up and one read, and a worker is asked whether it is
    alive only when its sentinel says it has ended.
    """
    method = worker_start_method(method)
    if method == "fork":
        prepare_worker(register)
    start_server(method)
    ctx = mp.get_context(method)
    queue = list(reversed(tasks))
    chunk_size = max(1, min(32, len(tasks) // (jobs * 8) or 1))
    workers: list[_Worker] = []
    selector = selectors.DefaultSelector()
    stillborn: list[str] = []  # workers in a row that ended before they were ready

    def start(i: int | None = None) -> None:
        w = _Worker(ctx, register, limits)
        selector.register(w.conn, selectors.EVENT_READ, w)
        selector.register(w.proc.sentinel, selectors.EVENT_READ, w)
        if i is None:
            workers.append(w)
        else:
            workers[i] = w

    def forget(fileobj) -> None:
        try:
            selector.unregister(fileobj)
        except (KeyError, ValueError):  # already forgotten
            pass

    def replace(i: int) -> None:
        w = workers[i]
        forget(w.conn)
        forget(w.proc.sentinel)
        w.stop(kill=True)
        start(i)

    def feed(i: int) -> None:
        if not queue:
            return
        # chunks shrink towards the end, so that the workers finish together rather than
        # one idling while the other reads the last full chunk
        size = max(1, min(chunk_size, len(queue) // (2 * jobs)))
        chunk = [queue.pop() for _ in range(size)]
        try:
            workers[i].send(chunk)
        except OSError:  # the idle worker died (killed from outside): its files are not to blame
            replace(i)
            workers[i].send(chunk)

    def fail_current(i: int, code: str, detail: str) -> None:
        w = workers[i]
        index, _path, rel = w.chunk[0]
        on_result(index, FileResult(file=rel, problems=[_problem(rel, code, detail)]), None)
        queue.extend(reversed(w.chunk[1:]))
        w.chunk = []
        replace(i)

    def receive(w: _Worker) -> bool:
        """Take one message (a result, or that it is ready) from ``w``; return False when its pipe is closed."""
        try:
            message = w.conn.recv_bytes()
        except (EOFError, OSError):
            forget(w.conn)  # a closed pipe reads as ready for ever: its sentinel tells the rest
            return False
        if not message:
            w.ready = True
            stillborn.clear()
            return True
        payload = message[8:]
        w.chunk.pop(0)
        w.since = time.monotonic()
        on_result(int.from_bytes(message[:8], "little"), pickle.loads(payload), payload)
        return True

    def ended(i: int) -> None:
        """Handle worker ``i`` whose process has ended: keep what it sent, blame its current file."""
        w = workers[i]
        try:
            while w.conn.poll() and receive(w):  # results sent just before it died
                pass
        except OSError:
            pass
        if not w.ready:
            stillborn_worker(i, f"exited with status {w.proc.exitcode}")
        elif w.chunk:
            fail_current(i, "worker_crash", f"worker exited with status {w.proc.exitcode}")
        else:  # died idle (killed from outside): no file to blame
            replace(i)
        feed(i)

    def stillborn_worker(i: int, why: str) -> None:
        """Worker ``i`` ended before it could read a file: its files go back, and a few such in a row end the pool."""
        w = workers[i]
        queue.extend(reversed(w.chunk))
        w.chunk = []
        stillborn.append(why)
        if len(stillborn) >= STILLBORN_LIMIT:
            raise WorkersUnavailable(f"{len(stillborn)} worker processes in a row ended before reading a file "
                                     f"(the last {why})")
        replace(i)

    try:
        for _ in range(min(jobs, len(tasks))):
            start()
        for i in range(len(workers)):
            feed(i)
        while any(w.chunk for w in workers):
            oldest = min(w.since for w in workers if w.chunk)
            wait = min(0.5, max(0.0, oldest + limits.seconds_per_file - time.monotonic()) + 0.01)
            dead = set()
            for key, _mask in selector.select(wait):
                w = key.data
                if key.fileobj is w.conn:
                    if w.chunk and not receive(w):
                        dead.add(id(w))
                else:
                    dead.add(id(w))
            for i, w in enumerate(workers):
                if id(w) in dead:
                    w.proc.join(timeout=5)
                    ended(i)
                elif not w.chunk:
                    feed(i)
                elif time.monotonic() - w.since > limits.seconds_per_file and not w.conn.poll():
                    if w.ready:
                        fail_current(i, "timeout", f"over {limits.seconds_per_file:g} s")
                    else:
                        stillborn_worker(i, f"did not start within {limits.seconds_per_file:g} s")
                    feed(i)
    finally:
        for w in workers:
            w.stop(kill=bool(w.chunk))
        selector.close()
        if method == "forkserver":
            stop_server()


def stop_server() -> None:
    """Stop the workers' fork server once the files are read: its memory is not needed for the writing.

    multiprocessing has no public way to stop it; ``_stop`` is the method
    CPython's own tests use (it closes the server's "alive" pipe and waits for
    it, which ``pipeline.preload`` makes quick).  Where it is missing the
    server simply lives until this process ends.
    """
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        try:
            stop()
        except OSError:  # already gone
            pass


# --- the batch ---------------------------------------------------------------


#: How copies are named by Windows, macOS, LibreOffice and mail clients ("x - Copy.docx",
#: "x - kopija.docx", "x copy 2.docx", "x (1).docx").
_COPY_NAME = re.compile(r"(\s-\s(copy|kopija|kopēt)\b|\scopy(\s\d+)?$|\s\(\d+\)$)", re.IGNORECASE)


def looks_like_copy(rel: str) -> bool:
    """Return True when a file name reads like a copy of another file."""
    return bool(_COPY_NAME.search(Path(rel).stem))


def mark_duplicates(results: list[FileResult]) -> None:
    """Count files with identical content once: the copies become ``duplicate``.

    The original is the one whose name does not read like a copy, then the
    first by path, so "x.docx" stays and "x - Copy.docx" is the duplicate.
    """
    first: dict[str, str] = {}
    candidates = [r for r in results if r.sha256 and r.readable and not any(p.code == "lock_file" for p in r.problems)]
    seen = Counter(r.sha256 for r in candidates)
    shared = [r for r in candidates if seen[r.sha256] > 1]  # only these can be copies: the names of the rest never matter
    for r in sorted(shared, key=lambda r: (looks_like_copy(r.file), r.file)):
        if r.sha256 in first:
            r.verdicts, r.recommendations = [], []
            r.problems = [_problem(r.file, "duplicate", f"same content as {first[r.sha256]}", original=first[r.sha256])]
        else:
            first[r.sha256] = r.file


def _without_cycle_collection(fn):
    """Run ``fn`` with Python's cyclic garbage collector off, then put it back as it was.

    A run keeps every result until the end and makes next to no reference
    cycles, so the collector only walked an ever larger heap over and over:
    0.8 s of this process's CPU at 20,000 files, for nothing (the process's
    peak memory was the same without it).  Workers turn it back on.
    """

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        collecting = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:  # fn may have switched it (srsly turns it on while reading the model)
            if collecting:
                gc.enable()
            else:
                gc.disable()

    return wrapper


@_without_cycle_collection
def run(
    input_dir: Path,
    output_dir: Path,
    register_path: Path,
    lang: str = "lv",
    jobs: int | None = None,
    use_cache: bool = True,
    progress: bool = True,
    limits: Limits | None = None,
    write: bool = True,
    start_method: str | None = None,
    scope: ReportScope | None = None,
) -> RunOutcome:
    """Read every file under ``input_dir`` and write the outputs to ``output_dir``.

    ``start_method`` says how worker processes start ("forkserver", "fork" or
    "spawn"; see ``START_METHOD``); by default they are forked from this process.
    ``scope`` is the stage calendar and the report's stage and author
    (``pipeline.stages``; by default the shipped calendar and the newest review's stage).
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise UsageError(f"input folder {input_dir} does not exist or is not a folder")
    register = load_register(register_path)
    scope = scope or default_scope()  # a broken stage calendar is said before any file is read
    limits = limits or _limits_from_env()
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    started = datetime.now().replace(microsecond=0)
    t0 = time.perf_counter()
    # outputs written into INPUT_DIR or a folder inside it must not be read back as reviews
    files = discover(input_dir, exclude=_outputs_of(output_dir))

    cache = None
    if use_cache:
        from pipeline.cache import Cache, pipeline_version

        try:
            cache = Cache(output_dir / STORE_DB, pipeline_version(register_path))
        except Exception as exc:  # an unusable cache must not stop the run
            print(f"reviews: cache disabled ({exc})", file=sys.stderr)
            cache = None

    results: list[FileResult | None] = [None] * len(files)
    todo: list[tuple[int, str, str]] = []
    cached = 0
    for i, f in enumerate(files):
        if f.problem is not None:
            results[i] = FileResult(file=f.rel, size=f.size, problems=[f.problem])
            continue
        if cache is not None:
            sha = cache.known_hash(f.rel, f.size, f.mtime_ns)
            try:
                hit = cache.get(sha, f.rel) if sha else None
            except Exception as exc:  # locked or damaged store: read the files instead
                print(f"reviews: cache disabled ({exc})", file=sys.stderr)
                cache, hit = None, None
            if hit is not None:
                results[i] = hit
                cached += 1
                continue
        todo.append((i, f.path, f.rel))

    bar = _progress_bar(len(todo), progress)

    def on_result(index: int, result: FileResult, pickled: bytes | None = None) -> None:
        results[index] = result
        if cache is not None:
            cache.put(result, files[index].mtime_ns, pickled)
        if bar is not None:
            bar.update(1)

    if todo and (why := missing_model(MODEL_DIR)):  # said once, here, rather than by every file
        raise UsageError(why)
    if jobs > 0 and todo:
        method = worker_start_method(start_method)
        start_server(method)  # with a fork server, the workers' pipeline loads there from now on
        if method == "forkserver" and write:
            import pipeline.outputs  # noqa: F401  meanwhile pandas and openpyxl load here, for the writing
        # even one file goes to a worker: only there do the time limit and crash isolation hold
        try:
            process_parallel(todo, jobs, register, limits, on_result, method)
        except OSError as exc:  # no worker could be started (fork refused): go on in this process
            print(f"reviews: worker processes unavailable ({exc.strerror or exc}); reading here", file=sys.stderr)
    left = [task for task in todo if results[task[0]] is None]
    if left:
        prepare_worker(register)
    for index, path, rel in left:
        on_result(index, process_file(path, rel, register, limits))
    if bar is not None:
        bar.close()
    if cache is not None:
        try:
            cache.commit()
        except Exception as exc:  # the results are in hand: a cache that cannot be saved costs speed only
            print(f"reviews: cache not saved ({exc})", file=sys.stderr)
            cache = None

    final = [r for r in results if r is not None]
    mark_duplicates(final)
    info = RunInfo(
        started=started.isoformat(),
        input_dir=str(input_dir),
        output_dir=str(output_dir),
        version=__version__,
        lang=lang,
        files=len(final),
        seconds=round(time.perf_counter() - t0, 3),
        register=str(register_path),
    )
    outcome = RunOutcome(results=final, run=info, cached=cached)
    if write:
        outcome.written = _write(final, output_dir, register, info, lang, cache, scope)
    if cache is not None:
        cache.close()
    return outcome


def _write(results: list[FileResult], output_dir: Path, register: Register, info: RunInfo, lang: str, cache,
           scope: ReportScope | None = None):
    """Write the outputs, unless the cache shows they already hold exactly these results.

    The check needs neither pandas nor openpyxl, so a re-run over an unchanged
    folder costs little more than listing it.  (``write_outputs`` makes the same
    decision on its own, with its history store, when there is no cache.)
    """
    digest = None
    if cache is not None:
        try:
            digest = cache.results_digest(results, lang, info.input_dir, str(output_dir),
                                          (scope or default_scope()).fingerprint())
            if cache.outputs_unchanged(digest, output_dir):
                paths = {name: output_dir / name for name in (VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX)}
                return Written(paths=paths, unchanged=True)
        except Exception:  # a damaged cache costs the shortcut, never the outputs
            digest = None
    from pipeline.outputs import write_outputs

    written = write_outputs(results, output_dir, register, info, lang, scope)
    if digest is not None and not written.failed:
        try:
            cache.remember_outputs(digest, output_dir)
        except Exception:
            pass
    return written


def _outputs_of(output_dir: Path) -> tuple[Path, ...]:
    """Return the output folder and every file a run writes (or leaves after a crash) in it."""
    names = [VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX, STORE_DB]
    names += [STORE_DB + suffix for suffix in ("-journal", "-wal", "-shm")]
    paths = [output_dir, *(output_dir / name for name in names)]
    try:  # temp files of an interrupted atomic write: .summary.xlsx.XXXX.tmp
        paths += [p for p in output_dir.glob(".*.tmp") if p.name.split(".")[1] in {n.split(".")[0] for n in names}]
    except OSError:
        pass
    return tuple(paths)


def _limits_from_env() -> Limits:
    """Return ``Limits.from_env()``, turning a malformed ``REVIEWS_*`` value into a usage error."""
    try:
        return Limits.from_env()
    except (TypeError, ValueError) as exc:
        raise UsageError(f"bad REVIEWS_* limit in the environment: {exc}") from None


def _progress_bar(total: int, enabled: bool):
    if not enabled or total == 0:
        return None
    import tqdm

    tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers may be forked later
    return tqdm.tqdm(total=total, unit="file", desc="reviews", file=sys.stderr, leave=False)


# --- dry run -----------------------------------------------------------------

#: sniff() kind -> the problem code the reader gives it (see pipeline.reader.read_path).
_REFUSED_KINDS = {
    "empty": "empty",
    "encrypted": "encrypted",
    "corrupt": "corrupt",
    "pdf": "unsupported_format",
    "odt": "unsupported_format",
    "odf": "unsupported_format",
    "image": "unsupported_format",
    "xlsx": "unsupported_format",
    "pptx": "unsupported_format",
    "ole": "unsupported_format",
    "zip": "not_docx",
    "text": "not_docx",
    "unknown": "not_docx",
    "lock_file": "lock_file",
}
_CONVERTED_KINDS = {"doc": "Word 97-2003 .doc", "rtf": "RTF document"}
_PACKAGE_KINDS = {"docx", "docm", "dotx", "dotm"}


def _over_zip_limits(path: str, limits: Limits) -> str:
    """Return why the zip at ``path`` breaks ``limits`` by its directory alone, or ``""``.

    Only the central directory is read (nothing is inflated): the member
    count, and the declared size and compression ratio of XML parts, the
    same checks the reader makes before inflating a part.
    """
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return ""  # the reader will say what is wrong
    if len(infos) > limits.max_members:
        return f"{len(infos)} zip members, limit {limits.max_members}"
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels")):
            continue
        if info.file_size > limits.max_part_bytes:
            return f"{info.filename} inflates to {info.file_size} bytes, limit {limits.max_part_bytes}"
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            return f"{info.filename} compression ratio over {limits.max_ratio}"
    return ""


def plan(input_dir: Path, limits: Limits | None = None) -> list[tuple[str, str, str]]:
    """Return ``(file, action, reason)`` for every file: read, convert, skip or refuse."""
    import shutil

    from pipeline.sniff import sniff

    limits = limits or _limits_from_env()
    has_soffice = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    rows = []
    for f in discover(Path(input_dir)):
        if f.problem is not None:
            action = "skip" if f.problem.code == "lock_file" else "refuse"
            rows.append((f.rel, action, f"{f.problem.code}: {f.problem.detail}"))
            continue
        if f.size > limits.max_file_bytes:
            rows.append((f.rel, "refuse", f"too_large: {f.size} bytes"))
            continue
        try:
            kind = sniff(Path(f.path))
        except OSError as exc:
            rows.append((f.rel, "refuse", f"unreadable: {exc.strerror or exc}"))
            continue
        except Exception as exc:  # a damaged file must not stop the listing
            rows.append((f.rel, "refuse", f"corrupt: {type(exc).__name__}: {exc}"))
            continue
        if kind in _PACKAGE_KINDS:
            over = _over_zip_limits(f.path, limits)
            if over:
                rows.append((f.rel, "refuse", f"too_large: {over}"))
                continue
        if kind in _CONVERTED_KINDS:
            if has_soffice:
                rows.append((f.rel, "convert", f"{_CONVERTED_KINDS[kind]}, converted with LibreOffice"))
            else:
                rows.append((f.rel, "refuse", f"legacy_doc: {_CONVERTED_KINDS[kind]}, LibreOffice (soffice) not found"))
        elif kind in _REFUSED_KINDS:
            code = _REFUSED_KINDS[kind]
            rows.append((f.rel, "skip" if code == "lock_file" else "refuse", f"{code}: {kind}"))
        else:
            rows.append((f.rel, "read", kind))
    return rows
