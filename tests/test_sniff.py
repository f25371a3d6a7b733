"""File kinds come from bytes, not names."""

from __future__ import annotations

import io
import zipfile

import pytest
from docxfixtures import make_docx, make_ole, p

from pipeline.sniff import sniff


def _zip(**members: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name.replace("__", "/"), data)
    return buf.getvalue()


CASES = {
    "empty.docx": (b"", "empty"),
    "~$review.docx": (b"\x05Ilze " + b"\x00" * 150, "lock_file"),
    "owner-renamed.docx": (b"\x04Anna" + b" " * 49 + b"\x04\x00A\x00n\x00n\x00a\x00" + b"\x00" * 90, "lock_file"),
    "notes.docx": ("Zvanīt Jānim otrdien.\n".encode(), "text"),
    "scan.docx": (b"%PDF-1.7\n...", "pdf"),
    "photo.docx": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "image"),
    "old.docx": (b"{\\rtf1\\ansi hello}", "rtf"),
    "binary.bin": (bytes(range(256)) * 4, "unknown"),
    "plain.zip": (_zip(a__b=b"x"), "zip"),
    "cut.docx": (make_docx(p("x"))[:300], "corrupt"),
    "odt.docx": (_zip(mimetype=b"application/vnd.oasis.opendocument.text"), "odt"),
    "sheet.docx": (_zip(**{"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.'
                           b'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'}), "xlsx"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_kind_from_bytes(tmp_path, name):
    data, kind = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert sniff(path) == kind
    path.unlink()  # given the bytes already read, sniff never opens the file again
    assert sniff(path, data) == kind


def test_word_kinds(tmp_path):
    for fmt, ct in (("docx", None), ("docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
                    ("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")):
        path = tmp_path / "renamed.txt"
        path.write_bytes(make_docx(p("x"), **({"main_type": ct} if ct else {})))
        assert sniff(path) == fmt


@pytest.mark.parametrize(("stream", "kind"), [("EncryptedPackage", "encrypted"), ("WordDocument", "doc"),
                                             ("Workbook", "ole")])
def test_ole_kinds(tmp_path, stream, kind):
    path = tmp_path / "file.docx"
    path.write_bytes(make_ole(stream))
    assert sniff(path) == kind
    assert sniff(tmp_path / "gone.docx", make_ole(stream)) == kind
