"""Read files in worker processes: one result per file, whatever the file does to its worker.

``read_files`` hands each file to a ``pebble.ProcessPool`` worker.  A file that
takes longer than ``Limits.seconds_per_file`` has its worker killed and becomes
a ``timeout`` problem; a file whose worker dies (a crash in C code, the
out-of-memory killer) becomes a ``worker_crash`` problem.  Either way pebble
starts a fresh worker and the batch goes on.  Each worker has a hard memory
ceiling (``Limits.worker_memory_bytes``, see ``limit_memory``): a file that needs
more becomes ``too_large`` and the worker reads the next one.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import as_completed
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.records import FileResult, Problem
from pipeline.register import Register

#: How worker processes start (``run(start_method=...)``):
#:
#: - "forkserver": from a fork server that loads the spaCy pipeline once (it imports
#:   ``PRELOAD``) while this process goes on with its own start-up; each worker is
#:   forked from the server with the pipeline loaded.  The ``reviews`` command uses
#:   it.  As with "spawn", each worker imports the caller's main module again, so a
#:   script that calls ``run`` with it needs the ``if __name__ == "__main__":`` guard.
#: - "fork" (the default where there is fork): forked from this process, after it has
#:   loaded the pipeline itself; safe for any caller.
#: - "spawn": each worker loads the pipeline on its own (where there is no fork).
#:
#: ``START_METHOD``, when set, overrides the caller's choice (tests that patch what
#: workers run set "fork").
START_METHOD: str | None = None
#: What the fork server imports before it forks any worker.
PRELOAD = ["pipeline.preload"]

_ready = False  # True once ``prepare_worker`` has run in this process (or the one it was forked from)


def process_file(path: str, rel: str, register: Register, limits: Limits) -> FileResult:
    """Read and extract one file; return its result, never raise."""
    from pipeline.extract import extract
    from pipeline.reader import check_stat, read_bytes, read_path

    started = time.perf_counter()
    result = FileResult(file=rel)
    try:
        st = os.lstat(path)
        result.size, result.mtime = st.st_size, st.st_mtime
        check_stat(st, limits)  # replaced by a link, a pipe or a device since discovery, or too large: never open it
        data = read_bytes(path, limits)  # opened without following a link, and only if still where it was listed
        result.sha256 = hashlib.sha256(data).hexdigest()
        doc = read_path(path, limits, data=data)
        del data
        found = extract(doc, rel, register)
        result.verdicts = list(found.verdicts)
        result.recommendations = list(found.recommendations)
        result.problems = list(found.problems)
        result.author, result.expert_from_author = found.author, found.expert_from_author
    except ReadError as exc:
        result.problems = [Problem(file=rel, code=exc.code, detail=exc.detail)]
    except OSError as exc:
        result.problems = [Problem(file=rel, code="unreadable", detail=exc.strerror or str(exc))]
    except MemoryError:  # over the worker's memory ceiling (``limit_memory``): this file only
        result.verdicts, result.recommendations = [], []
        result.problems = [Problem(file=rel, code="too_large", detail=_OUT_OF_MEMORY.format(limits))]
    except Exception as exc:  # a bug must cost one file, not the batch
        result.verdicts, result.recommendations = [], []
        result.problems = [Problem(file=rel, code="worker_crash", detail=f"{type(exc).__name__}: {exc}")]
    result.seconds = time.perf_counter() - started
    return result


_OUT_OF_MEMORY = "out of memory (a worker may use {0.worker_memory_bytes} bytes more than it holds at start)"


def limit_memory(headroom: int) -> int | None:
    """Cap this process's address space (``RLIMIT_AS``) at what it maps now plus ``headroom`` bytes.

    Past the cap an allocation fails, which Python raises as ``MemoryError``: the
    file being read becomes ``too_large`` and the worker lives on for the next
    one.  Return the cap, or None where there is none (``headroom`` <= 0, no
    ``resource`` module, or the system refuses).
    """
    if headroom <= 0:
        return None
    try:
        import resource
    except ImportError:  # Windows
        return None
    cap = _address_space() + headroom
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        return None
    return cap


def _address_space() -> int:
    """Return the bytes of address space this process maps now (0 where /proc cannot say)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


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

    load_pipeline()
    _warm_up(register)
    _ready = True


def _warm_up(register: Register | None) -> None:
    """Run extraction once on a small made-up review before any worker is forked.

    The first document through spaCy and the rule caches costs more than the
    next; paid here once, it is shared by every forked worker instead of paid in each.
    """
    from pipeline.extract import extract
    from pipeline.records import Block, CellRef, Mark, ReviewDocument

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


def worker_start_method(preferred: str | None = None) -> str:
    """Return how this run's workers start: ``START_METHOD``, else ``preferred``, else fork or spawn."""
    available = mp.get_all_start_methods()
    return next(m for m in (START_METHOD, preferred, "fork", "spawn") if m is not None and m in available)


# What each worker reads with: set once per worker by ``_start_worker``.
_register: Register | None = None
_limits: Limits | None = None


def _start_worker(register: Register, limits: Limits) -> None:
    global _register, _limits
    _register, _limits = register, limits
    try:
        prepare_worker(register)  # nothing to do when forked from a process that did it
    except Exception:  # e.g. no model: each file then reports the error itself
        pass
    limit_memory(limits.worker_memory_bytes)  # once loaded: the ceiling is for what reading a file adds


def _read_one(path: str, rel: str) -> FileResult:
    return process_file(path, rel, _register, _limits)


def read_files(
    tasks: list[tuple[int, str, str]], jobs: int, register: Register, limits: Limits, method: str | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Iterator[tuple[int, FileResult]]:
    """Yield ``(index, result)`` for every ``(index, path, rel)`` in ``tasks``, in the order they finish.

    With ``jobs`` > 0 the files are read in that many worker processes started
    by ``method`` (see ``START_METHOD``); even one file goes to a worker, as only
    there do the time limit and crash isolation hold.  ``meanwhile`` is called
    once the workers are starting.  When no worker can run (pebble then reports
    a broken pool: fork refused, or every worker dies before it takes a file), the
    files not yet read are read in this process.  With ``jobs`` 0 every file is
    read in this process.
    """
    left = tasks
    if jobs > 0 and tasks:
        done: set[int] = set()
        try:
            for index, result in _read_in_workers(tasks, jobs, register, limits, method, meanwhile):
                done.add(index)
                yield index, result
        except (BrokenProcessPool, OSError) as exc:  # e.g. fork refused, or a script without a __main__ guard
            why = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
            why = getattr(why, "strerror", None) or why
            print(f"reviews: worker processes unavailable ({why}); reading here", file=sys.stderr)
        left = [task for task in tasks if task[0] not in done]
    if left:
        prepare_worker(register)
    for index, path, rel in left:
        yield index, process_file(path, rel, register, limits)


def _read_in_workers(tasks, jobs, register, limits, method, meanwhile):
    method = worker_start_method(method)
    context = mp.get_context(method)
    if method == "fork":
        prepare_worker(register)  # once here, inherited by every worker
    elif method == "forkserver":
        context.set_forkserver_preload(PRELOAD)
    pool = ProcessPool(max_workers=min(jobs, len(tasks)), initializer=_start_worker,
                       initargs=(register, limits), context=context)
    try:
        futures = {}
        for index, path, rel in tasks:
            try:
                futures[pool.schedule(_read_one, (path, rel), timeout=limits.seconds_per_file)] = (index, rel)
            except RuntimeError as exc:  # pebble refuses new tasks once the pool is broken
                raise BrokenProcessPool("the worker pool stopped") if not pool.active else exc from exc
        if meanwhile is not None:
            meanwhile()
        pending = set(futures)
        while pending:
            try:
                for future in as_completed(pending, timeout=1.0):
                    pending.discard(future)
                    index, rel = futures[future]
                    yield index, _result(future, rel, limits)
            except FutureTimeout:  # every second: a pool broken before it took these files never finishes them
                if not pool.active:
                    raise BrokenProcessPool("the worker pool stopped") from None
    finally:
        pool.stop()
        pool.join()


def _result(future, rel: str, limits: Limits) -> FileResult:
    """Return the result of a finished task, or the problem that ended it."""
    try:
        return future.result()
    except FutureTimeout:
        return _failed(rel, "timeout", f"over {limits.seconds_per_file:g} s")
    except ProcessExpired as exc:
        return _failed(rel, "worker_crash", f"worker exited with status {exc.exitcode}")
    except BrokenProcessPool:
        raise
    except Exception as exc:  # e.g. a result that could not be sent back: this file only
        return _failed(rel, "worker_crash", f"{type(exc).__name__}: {exc}")


def _failed(rel: str, code: str, detail: str) -> FileResult:
    return FileResult(file=rel, problems=[Problem(file=rel, code=code, detail=detail)])
