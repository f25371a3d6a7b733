"""Builders of hostile and broken input files, made in code (nothing checked in).

Every builder returns bytes, or writes a file when the result is too big to
hold in memory.  The mutators take a ``random.Random`` so that a failing case
can be rebuilt from its seed.  At the end: helpers that read what a run wrote
and check the accounting invariant on it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import random
import struct
import warnings
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from pipeline.records import UNREADABLE_CODES

MIB = 1024 * 1024
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/>'
    b"</Relationships>"
)
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# --- plain packages ------------------------------------------------------------


def document_xml(body: str, prolog: str = "") -> bytes:
    """Return a ``word/document.xml`` whose body holds ``body`` (WordprocessingML)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{prolog}"
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def paragraphs(*texts: str) -> str:
    """Return WordprocessingML paragraphs, one per text."""
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{t}</w:t></w:r></w:p>" for t in texts)


def package(document: bytes, extra: dict[str, bytes] | None = None, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Return a minimal .docx holding ``document`` as its main part (deterministic bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        parts = {"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": document, **(extra or {})}
        for name, data in parts.items():
            zf.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, compress_type=compression)
    return buf.getvalue()


# --- resource exhaustion ---------------------------------------------------------


def write_zip_bomb(path, uncompressed: int = 400 * MIB) -> int:
    """Write a .docx whose document.xml inflates to ``uncompressed`` zero bytes.

    Built streaming (1 MiB at a time) so the test itself stays small; the
    file on disk is about 0.1 % of the inflated size.  Returns the file size.
    """
    chunk = bytes(MIB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(zipfile.ZipInfo("[Content_Types].xml", _ZIP_TIME), _CT)
        zf.writestr(zipfile.ZipInfo("_rels/.rels", _ZIP_TIME), _RELS)
        info = zipfile.ZipInfo("word/document.xml", _ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as fh:
            for _ in range(uncompressed // MIB):
                fh.write(chunk)
    return path.stat().st_size


def many_members(count: int = 20_000) -> bytes:
    """Return a .docx with ``count`` tiny extra zip members (a directory bomb)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", _CT)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("word/document.xml", document_xml(paragraphs("Sveiki")))
        for i in range(count):
            zf.writestr(f"customXml/item{i}.xml", b"<a/>")
    return buf.getvalue()


def billion_laughs(levels: int = 10) -> bytes:
    """Return a .docx whose document.xml declares exponentially expanding entities."""
    decls = ['<!ENTITY lol0 "lol">']
    decls += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    prolog = f"<!DOCTYPE w:document [{''.join(decls)}]>\n"
    return package(document_xml(paragraphs(f"&lol{levels - 1};"), prolog))


def external_entity(uri: str) -> bytes:
    """Return a .docx whose text is an external entity pointing at ``uri`` (XXE)."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "{uri}">]>\n'
    return package(document_xml(paragraphs("MIP saturs ir atbalstāms. &secret;"), prolog))


def external_parameter_entity(uri: str) -> bytes:
    """Return a .docx whose DTD pulls in ``uri`` through a parameter entity."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY % ext SYSTEM "{uri}"> %ext;]>\n'
    return package(document_xml(paragraphs("MIP saturs ir atbalstāms."), prolog))


def external_dtd(uri: str) -> bytes:
    """Return a .docx with an external DTD subset at ``uri`` and a reference to an entity it would define."""
    prolog = f'<!DOCTYPE w:document SYSTEM "{uri}">\n'
    return package(document_xml(paragraphs("MIP saturs ir atbalstāms. &secret;"), prolog))


def deep_nesting(depth: int = 100_000) -> bytes:
    """Return a .docx with ``depth`` (x2) nested elements inside one paragraph."""
    body = "<w:p>" + "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth + "</w:p>"
    # stored, not deflated: the compression-ratio limit must not stop it before the parser sees it
    return package(document_xml(body), compression=zipfile.ZIP_STORED)


def huge_text(size: int = 50 * MIB, compressible: bool = True) -> bytes:
    """Return a .docx whose single ``w:t`` holds ``size`` characters.

    ``compressible=True`` uses one repeated letter (a high compression ratio);
    ``False`` uses pseudo-random letters stored uncompressed (ratio 1, so
    only the size limits can stop it).
    """
    if compressible:
        text, compression = b"a" * size, zipfile.ZIP_DEFLATED
    else:
        alphabet = b"abcdefghijklmnopqrstuvwxyz " * 10  # 270 symbols: every byte value maps to one
        block = random.Random(7).randbytes(MIB).translate(alphabet[:256])
        text, compression = block * (size // MIB), zipfile.ZIP_STORED
    head = document_xml("<w:p><w:r><w:t>SPLIT</w:t></w:r></w:p>").split(b"SPLIT")
    return package(head[0] + text + head[1], compression=compression)


# --- other formats ---------------------------------------------------------------


def encrypted_ole(payload_size: int = 8192) -> bytes:
    """Return a minimal OLE compound file (CFB v3) shaped like a password-protected .docx.

    Word saves an encrypted document as a compound file holding the streams
    ``EncryptionInfo`` and ``EncryptedPackage`` instead of a zip.  Both
    streams are at least 4096 bytes so they live in regular sectors and no
    mini stream is needed.
    """
    sector = 512
    endofchain, fatsect, freesect, nostream = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption">'
        b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
        b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>'
    )
    info = (struct.pack("<HHI", 4, 4, 0x40) + xml).ljust(4096, b"\0")
    noise = b"".join(hashlib.sha256(i.to_bytes(4, "little")).digest() for i in range(payload_size // 32))
    encrypted = struct.pack("<Q", 123_456) + noise[8:]
    streams = [("EncryptionInfo", info), ("EncryptedPackage", encrypted)]

    fat = [fatsect, endofchain]  # sector 0: the FAT, sector 1: the directory
    starts, data = [], b""
    for _name, content in streams:
        count = -(-len(content) // sector)
        first = len(fat)
        starts.append(first)
        fat += [first + i + 1 for i in range(count - 1)] + [endofchain]
        data += content.ljust(count * sector, b"\0")
    assert len(fat) <= sector // 4
    fat_sector = struct.pack(f"<{sector // 4}I", *(fat + [freesect] * (sector // 4 - len(fat))))

    def entry(name: str, kind: int, child=nostream, right=nostream, start=endofchain, size=0) -> bytes:
        raw = (name + "\0").encode("utf-16-le") if name else b""
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBBIII", len(raw), kind, 1, nostream, right, child)
            + bytes(16 + 4 + 16)
            + struct.pack("<IQ", start, size)
        )

    directory = (
        entry("Root Entry", 5, child=1)
        # siblings compare by name length first: EncryptionInfo < EncryptedPackage
        + entry("EncryptionInfo", 2, right=2, start=starts[0], size=len(info))
        + entry("EncryptedPackage", 2, start=starts[1], size=len(encrypted))
        + entry("", 0, start=0)
    )
    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<9I", 0, 1, 1, 0, 0x1000, endofchain, 0, endofchain, 0)
        + struct.pack("<109I", 0, *[freesect] * 108)
    )
    assert len(header) == sector and len(directory) == sector
    return header + fat_sector + directory + data


def word_lock_file(owner: str = "Ilze Kalniņa") -> bytes:
    """Return a Word owner file (``~$name.docx``): 162 bytes starting with the user name."""
    name = owner.encode("latin-1", "replace")[:53]
    return (bytes([len(name)]) + name).ljust(54, b" ") + owner.encode("utf-16-le")[:108].ljust(108, b"\0")


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    """Return the first ``keep`` fraction of ``data`` (a download that stopped)."""
    return data[: max(1, int(len(data) * keep))]


# --- mutations (fuzzing) -----------------------------------------------------------


def zip_parts(data: bytes) -> list[tuple[str, bytes]]:
    """Return ``(name, bytes)`` of every member of the zip ``data``, in order."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def rezip(parts: list[tuple[str, bytes]]) -> bytes:
    """Return a zip of ``parts`` (duplicate names allowed) with fixed timestamps."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in parts:
                zf.writestr(zipfile.ZipInfo(name, _ZIP_TIME), content, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _with_document(data: bytes, mutate) -> bytes:
    parts = zip_parts(data)
    return rezip([(n, mutate(c) if n == "word/document.xml" else c) for n, c in parts])


def _tree_mutation(rng: random.Random, xml: bytes, op: str) -> bytes:
    root = etree.fromstring(xml)
    elements = [el for el in root.iter() if el is not root and el.getparent() is not None]
    if not elements:
        return xml
    el = rng.choice(elements)
    parent = el.getparent()
    if op == "drop":
        parent.remove(el)
    elif op == "duplicate":
        parent.insert(parent.index(el), etree.fromstring(etree.tostring(el)))
    elif op == "swap":
        other = rng.choice(elements)
        if other is not el and other not in el.iterancestors() and el not in other.iterancestors():
            a_parent, b_parent = el.getparent(), other.getparent()
            placeholder = etree.Element("placeholder")
            a_parent.replace(el, placeholder)
            b_parent.replace(other, el)
            a_parent.replace(placeholder, other)
    elif op == "move_into":
        target = rng.choice(elements)
        if target is not el and el not in target.iterancestors():
            target.append(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _byte_mutation(rng: random.Random, xml: bytes, op: str) -> bytes:
    if op == "garbage":
        at = rng.randrange(len(xml))
        return xml[:at] + rng.randbytes(rng.randint(1, 64)) + xml[at:]
    if op == "bad_namespace":
        return xml.replace(W_NS.encode(), rng.choice([b"urn:not-word", b"", b"http://x/\xff"]), 1)
    if op == "drop_namespace":
        return xml.replace(b'xmlns:w="' + W_NS.encode() + b'"', b"", 1)
    if op == "cut":
        return xml[: rng.randrange(len(xml))]
    if op == "encoding":
        return xml.replace(b'encoding="UTF-8"', rng.choice([b'encoding="UTF-16"', b'encoding="x-bogus"']), 1)
    if op == "control_chars":
        at = rng.randrange(len(xml))
        return xml[:at] + bytes([rng.randrange(0, 32)]) + xml[at:]
    raise ValueError(op)


XML_MUTATIONS = ("drop", "duplicate", "swap", "move_into", "garbage", "bad_namespace", "drop_namespace", "cut",
                 "encoding", "control_chars")
ZIP_MUTATIONS = ("flip", "truncate", "crc", "duplicate_member", "drop_member", "rename_main", "stored_garbage")


def mutate_xml(rng: random.Random, data: bytes, op: str | None = None) -> tuple[str, bytes]:
    """Return ``(operation, mutated .docx)``: one XML-level change to document.xml."""
    op = op or rng.choice(XML_MUTATIONS)
    if op in ("drop", "duplicate", "swap", "move_into"):
        return op, _with_document(data, lambda xml: _tree_mutation(rng, xml, op))
    return op, _with_document(data, lambda xml: _byte_mutation(rng, xml, op))


def mutate_zip(rng: random.Random, data: bytes, op: str | None = None) -> tuple[str, bytes]:
    """Return ``(operation, mutated .docx)``: one change at the zip level."""
    op = op or rng.choice(ZIP_MUTATIONS)
    if op == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return op, bytes(out)
    if op == "truncate":
        return op, data[: rng.randrange(len(data))]
    if op == "crc":
        return op, _wrong_crc(data, "word/document.xml")
    parts = zip_parts(data)
    if op == "duplicate_member":
        name, _ = next(p for p in parts if p[0] == "word/document.xml")
        junk = document_xml(paragraphs("Dublikāts: MIP saturs nav atbalstāms."))
        parts.insert(rng.randrange(len(parts) + 1), (name, junk))
    elif op == "drop_member":
        parts.pop(rng.randrange(len(parts)))
    elif op == "rename_main":
        parts = [("word/Document.XML" if n == "word/document.xml" else n, c) for n, c in parts]
    elif op == "stored_garbage":
        parts = [(n, rng.randbytes(len(c)) if n == "word/document.xml" else c) for n, c in parts]
    else:
        raise ValueError(op)
    return op, rezip(parts)


def _wrong_crc(data: bytes, member: str) -> bytes:
    """Return ``data`` with the CRC-32 of ``member`` wrong in both zip headers."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo(member)
    out = bytearray(data)
    bad = struct.pack("<I", (info.CRC ^ 0xDEADBEEF) & 0xFFFFFFFF)
    out[info.header_offset + 14 : info.header_offset + 18] = bad  # local file header
    pos = 0
    while True:
        pos = bytes(out).find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if bytes(out[pos + 46 : pos + 46 + name_len]) == member.encode():
            out[pos + 16 : pos + 20] = bad
        pos += 4
    return bytes(out)


# --- reading what a run wrote --------------------------------------------------------


def read_contract_csv(path) -> list[dict[str, str]]:
    """Return the rows of a contract CSV (UTF-8 with BOM) as dicts, formula-defused text restored."""
    from pipeline.outputs import undefuse

    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [{k: undefuse(v) for k, v in row.items()} for row in csv.DictReader(fh)]


def output_bytes(out_dir) -> dict[str, bytes]:
    """Return every output file's searchable bytes, zip members inflated (xlsx, docx)."""
    found = {}
    for path in sorted(Path(out_dir).rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data.startswith(b"PK\x03\x04"):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                data = b"".join(zf.read(info) for info in zf.infolist())
        found[path.name] = data
    return found


def files_on_disk(folder) -> dict[str, bytes]:
    """Return every file under ``folder`` as relative '/' name -> bytes."""
    found = {}
    for dirpath, _dirnames, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            found[path.relative_to(folder).as_posix()] = path.read_bytes()
    return found


def assert_accounted(folder, out, outcome) -> None:
    """Assert the accounting invariant on the CSVs a run over ``folder`` wrote into ``out``.

    - every file on disk is in verdicts.csv or problems.csv, and nothing else is;
    - a file that could not be read (or is a lock file or a duplicate) has
      exactly one row in problems.csv and none in verdicts.csv;
    - files with identical readable content are counted once: every copy but
      one is ``duplicate``, and its message names that one.
    """
    one_row_codes = UNREADABLE_CODES | {"duplicate", "lock_file"}
    on_disk = files_on_disk(folder)
    problems = read_contract_csv(Path(out) / "problems.csv")
    verdicts = read_contract_csv(Path(out) / "verdicts.csv")
    problem_rows = Counter(p["file"] for p in problems)
    verdict_rows = Counter(v["file"] for v in verdicts)

    assert set(problem_rows) | set(verdict_rows) == set(on_disk), "every file in the outputs, no phantom file"
    assert sorted(r.file for r in outcome.results) == sorted(on_disk), "one result per file"
    codes: dict[str, set[str]] = {}
    for p in problems:
        codes.setdefault(p["file"], set()).add(p["code"])
    for rel in on_disk:
        if codes.get(rel, set()) & one_row_codes:
            assert problem_rows[rel] == 1, (rel, codes[rel])
            assert verdict_rows[rel] == 0, rel

    # identical readable content is counted once; each copy's message names the original
    by_content: dict[bytes, list[str]] = {}
    for rel in sorted(on_disk):
        if not codes.get(rel, set()) & (UNREADABLE_CODES | {"lock_file"}):
            by_content.setdefault(on_disk[rel], []).append(rel)
    messages = {p["file"]: p["message"] for p in problems if p["code"] == "duplicate"}
    for names in by_content.values():
        originals = [n for n in names if n not in messages]
        assert len(originals) == 1, names
        for copy in set(names) - set(originals):
            assert originals[0] in messages[copy], (copy, messages[copy])
