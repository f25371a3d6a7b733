"""Read a Word review file into a ``ReviewDocument``: the only code that touches WordprocessingML.

``read_path`` classifies the file from its bytes, converts legacy ``.doc``
with LibreOffice, opens the package within the safety limits and walks the
parts it needs with lxml.  It raises only ``ReadError``.
"""

from __future__ import annotations

import errno
import io
import os
import stat
from pathlib import Path

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.records import ReviewDocument

__all__ = ["CONVERTED_KINDS", "PACKAGE_KINDS", "REFUSED_KINDS", "check_stat", "read_bytes", "read_path"]

#: What ``pipeline.sniff.sniff`` calls a file -> the problem code and detail it gets (never read).
#: ``pipeline.reader.plan`` gives the same answers in a dry run.
REFUSED_KINDS = {
    "empty": ("empty", "zero bytes"),
    "lock_file": ("lock_file", "Word owner file"),
    "encrypted": ("encrypted", "password-protected (OLE EncryptedPackage)"),
    "corrupt": ("corrupt", "damaged zip package"),
    "pdf": ("unsupported_format", "PDF file"),
    "odt": ("unsupported_format", "OpenDocument file"),
    "odf": ("unsupported_format", "OpenDocument file"),
    "image": ("unsupported_format", "image file"),
    "xlsx": ("unsupported_format", "Excel workbook"),
    "pptx": ("unsupported_format", "PowerPoint presentation"),
    "ole": ("unsupported_format", "OLE file that is not a Word document"),
    "text": ("not_docx", "plain text, not a Word package"),
    "zip": ("not_docx", "zip without a Word main part"),
    "unknown": ("not_docx", "not a Word package"),
}
#: Kinds converted with LibreOffice before reading -> what they are.
CONVERTED_KINDS = {"doc": "Word 97-2003 .doc", "rtf": "RTF document"}
#: Kinds read as a WordprocessingML package.
PACKAGE_KINDS = frozenset({"docx", "docm", "dotx", "dotm"})
DEFAULT_LIMITS = Limits()
_SWAPPED_FOR_LINK = "replaced by a symbolic link since it was listed; the link was not followed"


def check_stat(st: os.stat_result, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise ``ReadError`` when the file ``st`` describes is not a regular file or is too large to read.

    ``st`` from ``os.lstat`` of a listed file that is now a link: the link is not followed.
    """
    if stat.S_ISLNK(st.st_mode):
        raise ReadError("unreadable", _SWAPPED_FOR_LINK)
    if not stat.S_ISREG(st.st_mode):  # e.g. replaced by a pipe or a device since it was listed: never open it
        raise ReadError("unsupported_format", "not a regular file")
    if st.st_size > limits.max_file_bytes:
        raise ReadError("too_large", f"{st.st_size} bytes on disk, limit {limits.max_file_bytes}")


def read_bytes(path: str | os.PathLike, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """Return the content of the file listed at ``path``, at most one byte over the size limit.

    ``path`` is a real path, as ``pipeline.discover`` lists it.  The file is opened
    without following a link (``O_NOFOLLOW``), then checked to be the regular file
    at ``path`` still: a file swapped for a link, or a folder on its way swapped
    for one, since it was listed is refused (``ReadError`` unreadable), never read
    from outside the input folder.  A file that grew past the limit since it was
    listed is read no further than the limit plus one byte, so the caller's size
    check still refuses it.
    """
    path = os.fspath(path)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) and os.path.islink(path):
            raise ReadError("unreadable", _SWAPPED_FOR_LINK) from None
        raise
    with open(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a pipe or a device, opened without blocking, is never read
            raise ReadError("unsupported_format", "not a regular file")
        if not _opened_at(fd, path):
            raise ReadError("unreadable", "no longer inside the input folder (a folder on its path was replaced "
                                          "by a link since it was listed); not read")
        return fh.read(limits.max_file_bytes + 1)


def _opened_at(fd: int, path: str) -> bool:
    """Return True when the open file ``fd`` is the file at real path ``path``, reached through no link."""
    try:
        return os.readlink(f"/proc/self/fd/{fd}") == os.path.abspath(path)
    except OSError:  # no /proc (macOS, Windows): the path must resolve to itself and to this file
        try:
            return os.path.realpath(path) == os.path.abspath(path) and os.path.samestat(os.fstat(fd), os.stat(path))
        except OSError:
            return False


def read_path(path: str | Path, limits: Limits = DEFAULT_LIMITS, data: bytes | None = None) -> ReviewDocument:
    """Read the Word file at ``path``; raise ``ReadError`` with a problem code when it cannot be read.

    ``data``, when given, is the file's content already read by the caller (the worker
    hashes it) after ``check_stat``, so the file is neither checked nor read a second time.
    """
    from pipeline.sniff import sniff

    try:
        if data is not None:
            if len(data) > limits.max_file_bytes:
                raise ReadError("too_large", f"{len(data)} bytes, limit {limits.max_file_bytes}")
            head = data[:4]
        else:
            check_stat(os.stat(path), limits)
            with open(path, "rb") as fh:
                head = fh.read(4)
        # A zip goes straight to the package reader, which classifies it from its own parts.
        kind = "docx" if head == b"PK\x03\x04" and not os.path.basename(path).startswith("~$") else sniff(Path(path), data)
        if kind in REFUSED_KINDS:
            raise ReadError(*REFUSED_KINDS[kind])
        if kind in CONVERTED_KINDS:
            from pipeline.reader.convert import read_converted

            return read_converted(Path(path), kind, limits, data)
        from pipeline.reader.document import read_package

        return read_package(path if data is None else io.BytesIO(data), limits, source_format=kind)
    except ReadError:
        raise
    except (PermissionError, FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise ReadError("unreadable", exc.strerror or type(exc).__name__) from None
    except MemoryError:
        raise ReadError("too_large", "out of memory while reading") from None
    except RecursionError:
        raise ReadError("corrupt", "content nested too deeply") from None
    except OSError as exc:
        raise ReadError("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
    except Exception as exc:  # any other failure is a damaged file, never a crash
        raise ReadError("corrupt", f"{type(exc).__name__}: {exc}"[:200]) from None
