"""Find the files a run reads: every file under the input folder, without following links out."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from pipeline.records import Problem

LOCK_PREFIX = "~$"
#: LibreOffice's lock file: ``.~lock.<name>#``.
LO_LOCK_PREFIX, LO_LOCK_SUFFIX = ".~lock.", "#"


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file found under INPUT_DIR: where it is and how it is named in outputs."""

    path: str  # real path for reading, with no link in it (may hold undecodable bytes as surrogates)
    rel: str  # relative, '/'-separated, printable name used in every output
    size: int = 0
    mtime_ns: int = 0
    problem: Problem | None = None  # decided without reading (lock file, link, ...)
    ctime_ns: int = 0  # with size, mtime and inode: the stamp the cache trusts (see pipeline.cache)
    ino: int = 0


def printable(name: str) -> str:
    r"""Return ``name`` with undecodable file-name bytes shown as ``\xNN`` escapes.

    Escapes (not U+FFFD) keep two names that differ only in such bytes apart
    in the outputs and the cache.  Every backslash of the name itself is
    doubled, so no name can spell an escape: the byte 0xFF gives ``\xff``,
    a name typed with the four characters ``\xff`` gives ``\\xff``.
    (A backslash in a name is rare: Windows never allows one.)
    """
    return name.replace("\\", "\\\\").encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


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

    def on_error(exc: OSError) -> None:
        rel = os.path.relpath(exc.filename or root, root) if exc.filename else "."
        rel = printable(rel.replace(os.sep, "/")) + "/"
        found.append(InputFile(exc.filename or root, rel, problem=_problem(rel, "unreadable", str(exc))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if os.path.join(dirpath, d) not in skip)
        under = os.path.relpath(dirpath, root).replace(os.sep, "/")
        under = "" if under == "." else under + "/"
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if path not in skip:
                found.append(_describe(path, printable(under + name), name, root))
        # os.walk lists links to folders as dirnames but never enters them
        for name in dirnames:
            path = os.path.join(dirpath, name)
            if os.path.islink(path):
                rel = printable(under + name)
                found.append(
                    InputFile(path, rel, problem=_problem(rel, "unreadable", "link to a folder, not followed"))
                )
    return sorted(found, key=lambda f: f.rel)


def _describe(path: str, rel: str, name: str, root: str) -> InputFile:
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            target = os.path.realpath(path)
            if os.path.commonpath([target, root]) != root or not os.path.isfile(target):
                return InputFile(path, rel, problem=_problem(rel, "unreadable", "link outside the folder or broken"))
            st = os.stat(target)
            path = target  # read where it leads: the reader never follows a link
        if not stat.S_ISREG(st.st_mode):
            return InputFile(path, rel, problem=_problem(rel, "unsupported_format", "not a regular file"))
    except OSError as exc:
        return InputFile(path, rel, problem=_problem(rel, "unreadable", exc.strerror or str(exc)))
    if name.startswith(LOCK_PREFIX) or (name.startswith(LO_LOCK_PREFIX) and name.endswith(LO_LOCK_SUFFIX)):
        return InputFile(path, rel, st.st_size, st.st_mtime_ns, _problem(rel, "lock_file", "Word owner file"))
    return InputFile(path, rel, st.st_size, st.st_mtime_ns, ctime_ns=st.st_ctime_ns, ino=st.st_ino)


def _problem(rel: str, code: str, detail: str) -> Problem:
    return Problem(file=rel, code=code, detail=detail)
