"""The dry run: say what a run would do with each file (read, convert, skip or refuse) without reading it.

It answers from the same table of file kinds and problem codes as the reader
(``REFUSED_KINDS``, ``CONVERTED_KINDS``), so ``reviews check`` and ``reviews run``
agree on every file.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from pipeline.config import Limits
from pipeline.discover import discover
from pipeline.reader import CONVERTED_KINDS, PACKAGE_KINDS, REFUSED_KINDS


def plan(input_dir: Path, limits: Limits | None = None) -> list[tuple[str, str, str]]:
    """Return ``(file, action, reason)`` for every file: read, convert, skip or refuse."""
    from pipeline.sniff import sniff

    limits = limits or Limits.from_env()
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
        if kind in PACKAGE_KINDS:
            over = over_zip_limits(f.path, limits)
            if over:
                rows.append((f.rel, "refuse", f"too_large: {over}"))
                continue
        if kind in CONVERTED_KINDS:
            if has_soffice:
                rows.append((f.rel, "convert", f"{CONVERTED_KINDS[kind]}, converted with LibreOffice"))
            else:
                rows.append((f.rel, "refuse", f"legacy_doc: {CONVERTED_KINDS[kind]}, LibreOffice (soffice) not found"))
        elif kind in REFUSED_KINDS:
            code = REFUSED_KINDS[kind][0]
            rows.append((f.rel, "skip" if code == "lock_file" else "refuse", f"{code}: {kind}"))
        else:
            rows.append((f.rel, "read", kind))
    return rows


def over_zip_limits(path: str, limits: Limits) -> str:
    """Return why the zip at ``path`` breaks ``limits`` by its directory alone, or ``""``.

    Only the central directory is read (nothing is inflated): the member
    count, and the declared size and compression ratio of XML parts, the
    same checks the reader makes before inflating a part.
    """
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
