"""Tell what a file is from its bytes, not its name.

``sniff`` returns one of: ``docx``, ``docm``, ``dotx``, ``dotm``, ``doc``, ``rtf``,
``encrypted``, ``empty``, ``lock_file``, ``pdf``, ``odt``, ``odf``, ``image``,
``xlsx``, ``pptx``, ``ole``, ``zip``, ``corrupt``, ``text``, ``unknown``.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

LOCK_PREFIX = "~$"
_HEAD = 8192
_MAX_CT_BYTES = 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*")

#: Main-part content type ending -> kind, for Office Open XML packages.
_OOXML_KINDS = (
    ("wordprocessingml.document.main+xml", "docx"),
    ("wordprocessingml.template.main+xml", "dotx"),
    ("ms-word.document.macroenabled.main+xml", "docm"),
    ("ms-word.template.macroenabledtemplate.main+xml", "dotm"),
    ("spreadsheetml.sheet.main+xml", "xlsx"),
    ("ms-excel.sheet.macroenabled.main+xml", "xlsx"),
    ("presentationml.presentation.main+xml", "pptx"),
    ("ms-powerpoint.presentation.macroenabled.main+xml", "pptx"),
)


def sniff(path: Path, data: bytes | None = None) -> str:
    """Return the kind of file at ``path`` from its first bytes (raises ``OSError`` if unreadable).

    ``data``, when given, is the file's whole content, already read by the caller:
    the file is then not opened again.
    """
    path = Path(path)
    if data is None:
        with open(path, "rb") as fh:
            head = fh.read(_HEAD)
    else:
        head = data[:_HEAD]
    if not head:
        return "empty"
    if _looks_like_lock(path.name, head):
        return "lock_file"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _sniff_zip(path if data is None else io.BytesIO(data))
    if head.startswith(OLE_MAGIC):
        return _sniff_ole(str(path) if data is None else io.BytesIO(data))
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGES) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if _looks_like_text(head):
        return "text"
    return "unknown"


def _looks_like_lock(name: str, head: bytes) -> bool:
    """Return True for a Word owner file: "~$" name and small, or the owner-file layout."""
    if len(head) > 4096:
        return False
    if name.startswith(LOCK_PREFIX):
        return True
    # Owner file: a length byte, the user name, padding; 162 bytes in practice.
    n = head[0]
    if not 1 <= n <= 54 or len(head) < 54 or len(head) > 1024:
        return False
    user = head[1 : 1 + n]
    return all(b >= 0x20 for b in user) and head[1 + n : 54].strip(b"\x00 ") == b""


def _sniff_zip(source: Path | io.BytesIO) -> str:
    """Return the kind of a zip package (a path or its bytes): an Office main part type, ODF, or plain zip."""
    try:
        with zipfile.ZipFile(source) as zf:
            names = {n.lower(): n for n in zf.namelist()}
            if "mimetype" in names:
                mime = _read_small(zf, names["mimetype"])
                return "odt" if b"opendocument.text" in mime else "odf"
            ct = names.get("[content_types].xml")
            if ct is None:
                return "zip"
            types = _read_small(zf, ct).lower()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return "corrupt"
    except Exception:  # zlib.error and friends: a damaged package
        return "corrupt"
    for ending, kind in _OOXML_KINDS:
        if ending.encode() in types:
            return kind
    if b"word/" in types:
        return "docx"
    return "zip"


def _read_small(zf: zipfile.ZipFile, name: str) -> bytes:
    """Return at most 1 MiB of a zip member."""
    with zf.open(name) as fh:
        return fh.read(_MAX_CT_BYTES)


def _sniff_ole(source: str | io.BytesIO) -> str:
    """Return ``encrypted``, ``doc`` or ``ole`` for an OLE compound file (its path, or its bytes)."""
    import olefile

    try:
        with olefile.OleFileIO(source) as ole:
            if ole.exists("EncryptedPackage"):
                return "encrypted"
            if ole.exists("WordDocument"):
                return "doc"
            return "ole"
    except Exception:  # olefile raises many kinds on damaged files
        return "corrupt"


_TEXT_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f]")


def _looks_like_text(head: bytes) -> bool:
    """Return True when ``head`` decodes as text with no control characters."""
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            try:
                head[len(bom):].decode(enc, errors="strict")
            except UnicodeDecodeError:
                return enc.startswith("utf-16")  # cut mid-character at the buffer end
            return True
    if _TEXT_BYTES.search(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 or _mostly_printable(head)
    return True


def _mostly_printable(head: bytes) -> bool:
    return sum(b >= 0x20 or b in b"\t\r\n" for b in head) > 0.95 * len(head)
