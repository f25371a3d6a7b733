"""Convert legacy Word files (.doc, .rtf) to .docx with LibreOffice, then read them."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.records import ReviewDocument


def soffice() -> str | None:
    """Return the path of LibreOffice's ``soffice``, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_converted(path: Path, kind: str, limits: Limits) -> ReviewDocument:
    """Convert ``path`` to .docx in a private temporary folder and read the result."""
    from pipeline.reader.document import read_package

    exe = soffice()
    if exe is None:
        raise ReadError("legacy_doc", f"{kind}: LibreOffice (soffice) not found")
    with tempfile.TemporaryDirectory(prefix="reviews-convert-") as tmp:
        tmp_path = Path(tmp)
        source = tmp_path / f"source.{kind}"
        shutil.copyfile(path, source)
        out_dir = tmp_path / "out"
        cmd = [
            exe,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            proc = subprocess.run(
                cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=limits.convert_seconds
            )
        except subprocess.TimeoutExpired:
            raise ReadError("legacy_doc", f"LibreOffice took over {limits.convert_seconds:.0f} s") from None
        except OSError as exc:
            raise ReadError("legacy_doc", f"LibreOffice failed to start: {exc}") from None
        result = out_dir / "source.docx"
        if proc.returncode != 0 or not result.is_file():
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise ReadError("legacy_doc", f"LibreOffice conversion failed: {err[-1] if err else proc.returncode}")
        return read_package(result, limits, source_format=kind)
