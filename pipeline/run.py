"""The batch: find the files, read them in isolated workers, write the outputs.

Every input file yields exactly one ``FileResult``: verdict rows, problems, or
both.  A file that hangs or crashes its worker becomes a ``timeout`` or
``worker_crash`` problem and the batch goes on (see ``pipeline.pool``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None

from pipeline import __version__, pool
from pipeline.config import (
    JOURNAL,
    LOCK_FILE,
    MODEL_DIR,
    PROBLEMS_CSV,
    REPORT_DOCX,
    STAGING_PREFIX,
    STORE_DB,
    SUMMARY_XLSX,
    VERDICTS_CSV,
    Limits,
    missing_model,
)
from pipeline.discover import discover
from pipeline.errors import UsageError
from pipeline.messages import cli_message
from pipeline.records import FileResult, Problem, RunInfo, Written
from pipeline.register import Register, load_register
from pipeline.stages import ReportScope, default_scope
from pipeline.textnorm import key


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
        """Return 0 when every file was read, 1 when some were not (the outputs are still written), 3 when
        the outputs could not be written (the previous ones are kept)."""
        if self.written is not None and set(self.written.failed) & {VERDICTS_CSV, PROBLEMS_CSV, SUMMARY_XLSX, REPORT_DOCX}:
            return 3
        return 0 if all(r.readable for r in self.results) else 1


# --- the batch ---------------------------------------------------------------


#: How copies are named by Windows, macOS, LibreOffice and mail clients ("x - Copy.docx",
#: "x - kopija.docx", "x copy 2.docx", "x (1).docx").
_COPY_NAME = re.compile(r"(\s-\s(copy|kopija|kopēt)\b|\scopy(\s\d+)?$|\s\(\d+\)$)", re.IGNORECASE)


def looks_like_copy(rel: str) -> bool:
    """Return True when a file name reads like a copy of another file."""
    return bool(_COPY_NAME.search(Path(rel).stem))


#: What a Word file is named like (a review saved in any of Word's formats).
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".rtf")


def is_word_file(f) -> bool:
    """Return True when the listed file ``f`` is named like a Word file and is not a lock file."""
    return f.rel.lower().endswith(WORD_SUFFIXES) and not (f.problem is not None and f.problem.code == "lock_file")


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
            r.problems = [Problem(file=r.file, code="duplicate", detail=f"same content as {first[r.sha256]}",
                                  params=(("original", first[r.sha256]),))]
        else:
            first[r.sha256] = r.file


#: How many other signers make a file's author property a coordinator's name (see ``coordinator_authors``).
COORDINATOR_SIGNERS = 2


def coordinator_authors(results: list[FileResult]) -> None:
    """Take no coordinator for the expert: blank the expert that came from a file's author property when
    that property is also the author of files signed by ``COORDINATOR_SIGNERS`` or more other people.

    The coordinator who forwards or fills in the experts' files is often their author; a review that
    names no signer then does not name its expert either.
    """
    signers: dict[str, set[str]] = defaultdict(set)
    for r in results:
        if r.author and not r.expert_from_author:
            signers[key(r.author)].update(key(v.expert) for v in r.verdicts if v.expert and key(v.expert) != key(r.author))
    for r in results:
        if r.expert_from_author and len(signers[key(r.author)]) >= COORDINATOR_SIGNERS:
            r.verdicts = [replace(v, expert="") for v in r.verdicts]
            r.recommendations = [replace(x, expert="") for x in r.recommendations]
            r.expert_from_author = False


def settle_batch(results: list[FileResult]) -> None:
    """Apply what only the whole batch tells: copies of one file, and coordinators' author properties."""
    mark_duplicates(results)
    coordinator_authors(results)


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
    """Read every file under ``input_dir`` and write the outputs to ``output_dir``, one run at a time.

    A run that writes holds the output folder's lock (``output_lock``) from before
    the files are listed until its outputs and history are saved, and first finishes
    or undoes what a killed run left there (``pipeline.outputs.recover_outputs``).
    See ``_run`` for the arguments.
    """
    args = (input_dir, output_dir, register_path, lang, jobs, use_cache, progress, limits, write, start_method,
            scope)
    if not write:
        return _run(*args)
    # what can be refused is refused before the output folder is made for the lock
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise UsageError(f"input folder {input_dir} does not exist or is not a folder")
    register = load_register(register_path, lang)
    files = discover(input_dir, exclude=_outputs_of(output_dir))
    if not any(is_word_file(f) for f in files):  # an empty folder or a wrong path: keep the last outputs
        raise UsageError(cli_message("no_word_files", lang, folder=input_dir, output=output_dir))
    with output_lock(output_dir):
        return _run(*args, files=files, register=register)


@contextlib.contextmanager
def output_lock(output_dir: Path):
    """Hold ``OUTPUT_DIR/.reviews.lock`` for one run; a second run into the folder is refused (exit 2).

    The lock is ``fcntl.flock`` on the file, so it goes with the process: a killed
    run leaves the file but never the lock.  (Where there is no ``fcntl``, no lock.)
    """
    output_dir.mkdir(parents=True, exist_ok=True)
    with open(output_dir / LOCK_FILE, "a+b") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise UsageError(f"another 'reviews run' is writing into {output_dir}; wait until it finishes "
                                 f"and run again") from None
        if (output_dir / JOURNAL).exists() or any(output_dir.glob(STAGING_PREFIX + "*")):
            from pipeline.outputs import recover_outputs  # pandas and openpyxl load only when needed

            done = recover_outputs(output_dir)
            if done:
                print(f"reviews: {done}", file=sys.stderr)
        yield


def _run(
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
    files: list | None = None,
    register: Register | None = None,
) -> RunOutcome:
    """Read every file under ``input_dir`` and write the outputs to ``output_dir``.

    ``files`` and ``register`` are what ``run`` listed and loaded already, when it did.
    ``start_method`` says how worker processes start ("forkserver", "fork" or
    "spawn"; see ``pipeline.pool.START_METHOD``); by default they are forked from this process.
    ``scope`` is the stage calendar and the report's stage and author
    (``pipeline.stages``; by default the shipped calendar and the newest review's stage).
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    if not input_dir.is_dir():
        raise UsageError(f"input folder {input_dir} does not exist or is not a folder")
    register = register or load_register(register_path, lang)
    scope = scope or default_scope()  # a broken stage calendar is said before any file is read
    limits = limits or Limits.from_env()
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    started = datetime.now().replace(microsecond=0)
    t0 = time.perf_counter()
    # outputs written into INPUT_DIR or a folder inside it must not be read back as reviews
    files = discover(input_dir, exclude=_outputs_of(output_dir)) if files is None else files
    if not any(is_word_file(f) for f in files):  # an empty folder or a wrong path: keep the last outputs
        raise UsageError(cli_message("no_word_files", lang, folder=input_dir, output=output_dir))

    cache = None
    if use_cache:
        from pipeline.cache import Cache, pipeline_version

        try:
            cache = Cache(output_dir / STORE_DB, pipeline_version(register_path), listed_at=started.timestamp())
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
            sha = cache.known_hash(f)
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

    if todo and (why := missing_model(MODEL_DIR)):  # said once, here, rather than by every file
        raise UsageError(why)
    bar = _progress_bar(len(todo), progress)
    method = pool.worker_start_method(start_method)

    def meanwhile() -> None:
        if method == "forkserver" and write:  # the server loads spaCy; pandas and openpyxl load here
            import pipeline.outputs  # noqa: F401

    for index, result in pool.read_files(todo, jobs, register, limits, method, meanwhile):
        results[index] = result
        if cache is not None:
            cache.put(result, files[index])
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if cache is not None:
        try:
            cache.commit()
        except Exception as exc:  # the results are in hand: a cache that cannot be saved costs speed only
            print(f"reviews: cache not saved ({exc})", file=sys.stderr)
            cache = None

    final = [r for r in results if r is not None]
    settle_batch(final)
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
    paths += [output_dir / LOCK_FILE, output_dir / JOURNAL]
    try:  # staging folders and temp files of an interrupted write: .summary.xlsx.XXXX.tmp
        paths += list(output_dir.glob(STAGING_PREFIX + "*"))
        paths += [p for p in output_dir.glob(".*.tmp") if p.name.split(".")[1] in {n.split(".")[0] for n in names}]
        paths += output_dir.glob(STORE_DB + ".damaged-*")  # a damaged store moved aside (see pipeline.store)
    except OSError:
        pass
    return tuple(paths)


def _progress_bar(total: int, enabled: bool):
    if not enabled or total == 0:
        return None
    import tqdm

    tqdm.tqdm.monitor_interval = 0  # no monitor thread: workers may be forked later
    return tqdm.tqdm(total=total, unit="file", desc="reviews", file=sys.stderr, leave=False)
