"""Problem codes, safety limits and legacy formats: read_path raises only ReadError."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from docxfixtures import make_docx, make_ole, p

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.reader import read_path

REPO = Path(__file__).resolve().parents[1]


def code_of(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(ReadError) as info:
        read_path(path, limits or Limits())
    assert info.value.detail
    return info.value.code


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(("name", "data", "code"), [
    ("empty.docx", b"", "empty"),
    ("~$lock.docx", b"\x05Ilze " + b"\x00" * 150, "lock_file"),
    ("notes.docx", "Zvanīt Jānim.".encode(), "not_docx"),
    ("scan.docx", b"%PDF-1.4 ...", "unsupported_format"),
    ("photo.docx", b"\xff\xd8\xff\xe0" + b"\x00" * 100, "unsupported_format"),
    ("secret.docx", make_ole("EncryptedPackage"), "encrypted"),
    ("cut.docx", make_docx(p("truncated document")).rstrip(b"\x00")[:-60], "corrupt"),
])
def test_problem_codes(tmp_path, name, data, code):
    assert code_of(write(tmp_path, name, data)) == code


def test_missing_file_is_unreadable(tmp_path):
    assert code_of(tmp_path / "gone.docx") == "unreadable"


def test_zip_without_word_part(tmp_path):
    assert code_of(_zip(tmp_path / "a.docx", {"readme.txt": b"hi"})) == "not_docx"
    xlsx = {"[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'spreadsheetml.sheet.main+xml"/></Types>'}
    assert code_of(_zip(tmp_path / "b.docx", xlsx)) == "unsupported_format"


def test_malformed_xml_is_corrupt(tmp_path):
    bad = b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p>'
    assert code_of(write(tmp_path, "a.docx", make_docx("", raw_document=bad))) == "corrupt"


def test_entity_declarations_refused(tmp_path):
    bomb = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
    assert code_of(write(tmp_path, "a.docx", make_docx("", raw_document=bomb))) == "corrupt"


def test_external_dtd_refused(tmp_path):
    doc = (b'<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "/dev/zero">'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>")
    assert code_of(write(tmp_path, "a.docx", make_docx("", raw_document=doc))) == "corrupt"


def test_depth_limit(tmp_path):
    deep = "<w:sdt><w:sdtContent>" * 40 + p("deep") + "</w:sdtContent></w:sdt>" * 40
    path = write(tmp_path, "a.docx", make_docx(deep))
    assert code_of(path, Limits(max_depth=30)) == "corrupt"
    assert read_path(path).blocks[0].text == "deep"
    tables = "<w:tbl><w:tr><w:tc>" * 300 + p("x") + "</w:tc></w:tr></w:tbl>" * 300
    assert code_of(write(tmp_path, "b.docx", make_docx(tables))) == "corrupt"


def test_size_and_member_limits(tmp_path):
    path = write(tmp_path, "a.docx", make_docx(p("x" * 5000)))
    assert code_of(path, Limits(max_file_bytes=100)) == "too_large"
    assert code_of(path, Limits(max_part_bytes=1000)) == "too_large"
    assert code_of(path, Limits(max_total_bytes=2000)) == "too_large"
    assert code_of(path, Limits(max_members=2)) == "too_large"
    zeros = write(tmp_path, "b.docx", make_docx(p("y") + "<!--" + " " * 3_000_000 + "-->"))
    assert code_of(zeros, Limits(max_ratio=50)) == "too_large"
    assert read_path(zeros, Limits(max_ratio=10**6)).blocks[0].text == "y"


def test_a_file_that_changes_size_after_listing_is_read_as_it_is_now(tmp_path):
    """The worker stats a file, then reads it: a file that grew or shrank in between is read whole, or refused."""
    from pipeline.reader import read_bytes

    path = write(tmp_path, "a.docx", make_docx(p("x")))
    data = path.read_bytes()
    assert read_bytes(path) == data
    write(tmp_path, "a.docx", data + b"\0" * 10_000)  # grew since the stat
    assert read_bytes(path) == data + b"\0" * 10_000
    write(tmp_path, "a.docx", data[:100])  # shrank since the stat
    assert read_bytes(path) == data[:100]
    write(tmp_path, "a.docx", data + b"\0" * 3_000_000)  # grew past the limit: read no further than limit + 1
    limits = Limits(max_file_bytes=len(data) + 1_000)
    assert len(read_bytes(path, limits)) == limits.max_file_bytes + 1
    with pytest.raises(ReadError) as info:
        read_path(path, limits, data=read_bytes(path, limits))
    assert info.value.code == "too_large"


def test_lying_zip_header_cannot_inflate_past_limit(tmp_path):
    """A central directory that under-states a part's size is caught while inflating."""
    path = write(tmp_path, "a.docx", make_docx(p("z" * 200_000)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    real = info.file_size
    fake = (1000).to_bytes(4, "little")
    for sig, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header, central directory
        pos = data.find(sig)
        while pos >= 0:
            name_len = int.from_bytes(data[pos + (26 if sig == b"PK\x03\x04" else 28):][:2], "little")
            start = pos + (30 if sig == b"PK\x03\x04" else 46)
            if bytes(data[start:start + name_len]) == b"word/document.xml":
                data[pos + offset:pos + offset + 4] = fake
            pos = data.find(sig, pos + 4)
    path.write_bytes(bytes(data))
    assert real > 100_000
    assert code_of(path, Limits(max_part_bytes=50_000)) in ("too_large", "corrupt")
    assert code_of(path) in ("too_large", "corrupt")


@pytest.mark.slow
def test_zip_bomb_rejected_without_memory_growth(tmp_path):
    """A 400 MB part of zeros is refused as too_large and the process stays small."""
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", make_docx_ct())
        zf.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                    'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/'
                    '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\x00" * (4 * 1024 * 1024)
            for _ in range(100):
                fh.write(chunk)
    script = textwrap.dedent(f"""
        import resource, sys
        from pathlib import Path
        from pipeline.errors import ReadError
        from pipeline.config import Limits
        from pipeline.reader import read_path
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        codes = []
        try:
            read_path(Path({str(bomb)!r}), Limits())
        except ReadError as exc:
            codes.append(exc.code)
        # Now make the zip directory lie (declare 1 kB) and lift the ratio limit: the bounded
        # read must still stop early instead of inflating 400 MB.
        import pipeline.reader.package as package
        real_open = package.open_package
        def lying_open(path, limits):
            pkg = real_open(path, limits)
            for info in pkg.members.values():
                info.file_size = 1000
            return pkg
        package.open_package = lying_open
        import pipeline.reader.document as document
        document.open_package = lying_open
        try:
            read_path(Path({str(bomb)!r}), Limits(max_ratio=10**6))
        except ReadError as exc:
            codes.append(exc.code)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(codes, (after - before) // 1024)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr
    codes, grown_mib = out.stdout.rsplit(" ", 1)
    assert codes == "['too_large', 'corrupt']"
    assert int(grown_mib) < 200


def make_docx_ct() -> str:
    return ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>')


def test_damaged_packages_only_raise_read_error(tmp_path):
    good = make_docx(p("Saturs ir atbalstāms") + p("☒ jā", "<w:r><w:sym w:font='Wingdings' w:char='F0FE'/></w:r>"),
                     comments="", headers=[p("h")])
    rng = random.Random(7)
    for i in range(150):
        data = bytearray(good)
        if i % 3 == 0:
            data = data[: rng.randrange(len(data))]
        else:
            for _ in range(rng.randrange(1, 20)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        path = write(tmp_path, f"f{i}.docx", bytes(data))
        try:
            read_path(path)
        except ReadError as exc:
            assert exc.code in {"corrupt", "not_docx", "unsupported_format", "too_large", "encrypted"}, exc


# --- legacy .doc -------------------------------------------------------------------


def test_doc_without_libreoffice_is_legacy_doc(tmp_path, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert code_of(write(tmp_path, "old.doc", make_ole("WordDocument"))) == "legacy_doc"


@pytest.mark.slow
def test_doc_that_libreoffice_cannot_convert(tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) not on PATH")
    assert code_of(write(tmp_path, "junk.doc", make_ole("WordDocument")), Limits(convert_seconds=60)) == "legacy_doc"


@pytest.mark.libreoffice
@pytest.mark.slow
def test_doc_converted_with_libreoffice(tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) not on PATH")
    import docx

    d = docx.Document()
    d.add_paragraph("MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    d.add_paragraph("☒ atbalstāms")
    d.save(tmp_path / "src.docx")
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
                    "--convert-to", "doc", "--outdir", str(tmp_path / "o"), str(tmp_path / "src.docx")],
                   capture_output=True, timeout=120, check=True)
    doc_file = tmp_path / "o" / "src.doc"
    renamed = tmp_path / "renamed.docx"
    shutil.copy(doc_file, renamed)
    for path in (doc_file, renamed):
        doc = read_path(path)
        assert doc.source_format == "doc"
        assert doc.blocks[0].text == "MIP saturs ir atbalstāms un virzāms saskaņošanai."
        assert doc.blocks[1].marks[0].checked


def _rezip(src: bytes, tweak) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        tweak(zin, zout)
    return out.getvalue()


def test_two_parts_with_one_name_are_corrupt_not_silently_the_last(tmp_path):
    def plant(zin, zout):
        import warnings

        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
            zout.writestr("word/document.xml", zin.read("word/document.xml").replace(b"Hello", b"Planted"))

    path = tmp_path / "twice.docx"
    path.write_bytes(_rezip(make_docx(p("Hello")), plant))
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.code == "corrupt"


def test_unknown_compression_method_is_corrupt_not_encrypted(tmp_path):
    import io

    data = bytearray(make_docx(p("Hello")))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    method_99 = (99).to_bytes(2, "little")
    data[info.header_offset + 8 : info.header_offset + 10] = method_99  # local header
    idx = data.find(b"PK\x01\x02")
    while idx != -1:  # central directory entry of the same part
        name_len = int.from_bytes(data[idx + 28 : idx + 30], "little")
        if data[idx + 46 : idx + 46 + name_len] == b"word/document.xml":
            data[idx + 10 : idx + 12] = method_99
        idx = data.find(b"PK\x01\x02", idx + 4)
    path = tmp_path / "method.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as err:
        read_path(path)
    assert err.value.code == "corrupt"


def test_a_file_read_once_is_not_opened_again_to_tell_its_kind(tmp_path):
    """The worker hands over the bytes it hashed: a PDF or a .doc is told apart without opening the file again."""
    gone = tmp_path / "gone.docx"  # never written: any attempt to open it would fail as unreadable
    with pytest.raises(ReadError) as pdf:
        read_path(gone, data=b"%PDF-1.7\n" + b"x" * 100)
    assert pdf.value.code == "unsupported_format"
    with pytest.raises(ReadError) as encrypted:
        read_path(gone, data=make_ole("EncryptedPackage"))
    assert encrypted.value.code == "encrypted"
