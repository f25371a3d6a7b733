"""Make the awkward files a shared folder holds: lock files, broken copies, notes, legacy .doc."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from pathlib import Path


def lock_file(owner: str) -> bytes:
    """Return a 162-byte Word owner file: name length, ANSI name, then the UTF-16 name, padded."""
    ansi = owner.encode("cp1257", errors="replace")[:53]
    data = bytes([len(ansi)]) + ansi.ljust(53, b"\x20")
    data += struct.pack("<H", len(owner)) + owner.encode("utf-16-le")
    return data.ljust(162, b"\x00")[:162]


def lock_name(docx_name: str) -> str:
    """Return the owner-file name Word uses for ``docx_name`` (first two characters become ``~$``)."""
    stem = docx_name[2:] if len(Path(docx_name).stem) > 6 else docx_name
    return "~$" + stem


def truncated(data: bytes, keep: float = 0.55) -> bytes:
    """Return the first part of a file, as left by an interrupted copy or e-mail download."""
    return data[: int(len(data) * keep)]


def pdf_stub(text: str) -> bytes:
    """Return a small one-page PDF holding ``text`` (ASCII only) in its content stream."""
    stream = f"BT /F1 12 Tf 72 760 Td ({text}) Tj ET".encode("ascii", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def convert_to_doc(docx: bytes, timeout: float = 120.0) -> bytes | None:
    """Return ``docx`` converted to Word 97-2003 .doc by LibreOffice, or None if soffice is missing or fails."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "review.docx"
        src.write_bytes(docx)
        profile = Path(tmp) / "profile"
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "doc",
               "--outdir", tmp, str(src)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        out = Path(tmp) / "review.doc"
        return out.read_bytes() if out.exists() else None
