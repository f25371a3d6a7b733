"""The dry run: say what a run would do with each file (read, convert, skip or refuse) without extracting.

It reads each file as a run does (the same checks, the same reader, the same
duplicate rule) but stops before extraction, so ``reviews check`` and
``reviews run`` give every file they cannot read the same problem code.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from pipeline.config import Limits
from pipeline.discover import discover
from pipeline.errors import ReadError
from pipeline.reader import CONVERTED_KINDS, check_stat, read_bytes, read_path


def plan(input_dir: Path, limits: Limits | None = None) -> list[tuple[str, str, str]]:
    """Return ``(file, action, reason)`` for every file: read, convert, skip or refuse.

    ``reason`` starts with the problem code ``reviews run`` gives the file
    (``corrupt: ...``, ``duplicate: same content as ...``), or with what the
    file is when it would be read.  Each package is opened and its XML parsed
    with the reader's limits, as a run does, but nothing is extracted, and
    legacy ``.doc`` and RTF files are not converted.
    """
    from pipeline.records import FileResult, Problem
    from pipeline.run import mark_duplicates
    from pipeline.sniff import sniff

    limits = limits or Limits.from_env()
    has_soffice = bool(shutil.which("soffice") or shutil.which("libreoffice"))
    results: list[FileResult] = []
    reasons: list[str] = []
    for f in discover(Path(input_dir)):
        result = FileResult(file=f.rel, size=f.size)
        results.append(result)
        if f.problem is not None:
            result.problems = [f.problem]
            reasons.append("")
            continue
        try:
            st = os.stat(f.path)
            check_stat(st, limits)
            data = read_bytes(f.path, limits)
            result.sha256 = hashlib.sha256(data).hexdigest()
            kind = "docx" if data[:4] == b"PK\x03\x04" else sniff(Path(f.path), data)
            if kind in CONVERTED_KINDS:
                if not has_soffice:
                    raise ReadError("legacy_doc", f"{CONVERTED_KINDS[kind]}, LibreOffice (soffice) not found")
                reasons.append(f"{CONVERTED_KINDS[kind]}, converted with LibreOffice")
                continue
            doc = read_path(f.path, limits, data=data)
            reasons.append(doc.source_format)
        except ReadError as exc:
            result.problems = [Problem(file=f.rel, code=exc.code, detail=exc.detail)]
            reasons.append("")
        except OSError as exc:
            result.problems = [Problem(file=f.rel, code="unreadable", detail=exc.strerror or str(exc))]
            reasons.append("")
    mark_duplicates(results)
    rows = []
    for result, reason in zip(results, reasons, strict=True):
        if result.problems:
            p = result.problems[0]
            action = "skip" if p.code == "lock_file" else "refuse"
            rows.append((result.file, action, f"{p.code}: {p.detail}" if p.detail else p.code))
        else:
            rows.append((result.file, "convert" if reason.endswith("LibreOffice") else "read", reason))
    return rows
