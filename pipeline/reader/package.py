"""Open a Word package (zip) within the safety limits and find its parts.

Every limit is checked against the zip directory before anything is
inflated, and a part is inflated no further than its declared size (or, through
zipfile, in bounded chunks) so a zip header that lies about a part's size
cannot make the reader inflate more than allowed.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from pipeline.config import Limits
from pipeline.errors import ReadError
from pipeline.reader.xmlparse import parse_xml

MIB = 1024 * 1024
_CHUNK = 256 * 1024

#: Local file header of a zip entry: signature, versions, flags, method, time, date,
#: CRC-32, sizes, name length, extra field length (as ``zipfile.structFileHeader``).
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
#: Flag bits zipfile handles specially (encryption, patched data): such parts go through zipfile.
_SPECIAL_FLAGS = 0x1 | 0x20 | 0x40

PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL = f"{{{PKG_REL_NS}}}Relationship"

#: Content types of the main part of a Word document (Transitional and Strict alike).
WORD_MAIN_TYPES = (
    "wordprocessingml.document.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.document.macroenabled.main+xml",
    "ms-word.template.macroenabledtemplate.main+xml",
)

#: Main-part content types of other Office packages (workbooks, presentations).
_OTHER_OFFICE_TYPES = (
    "spreadsheetml.sheet.main+xml",
    "ms-excel.sheet.macroenabled.main+xml",
    "presentationml.presentation.main+xml",
    "ms-powerpoint.presentation.macroenabled.main+xml",
)

#: What zipfile raises on a damaged package (OSError: seeks to offsets a broken directory gives).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError)


@dataclass
class Package:
    """An open Word package: the zip, its limits and the bytes read so far."""

    zf: zipfile.ZipFile
    limits: Limits
    members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    total_read: int = 0
    elements: int = 0  # tags of the XML parsed so far (see ``count_elements``)
    _rels: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    main_type: str = ""

    def fingerprint(self, name: str) -> tuple[str, int, int] | None:
        """Return ``(name, CRC-32, size)`` of a part from the zip directory (nothing inflated)."""
        info = self.members.get(name.lstrip("/").lower())
        return (name, info.CRC, info.file_size) if info is not None else None

    def has(self, name: str) -> bool:
        """Return True when the package holds a part called ``name``."""
        return name.lstrip("/").lower() in self.members

    def read(self, name: str) -> bytes:
        """Return the bytes of part ``name``, inflating no more than the limits allow."""
        info = self.members.get(name.lstrip("/").lower())
        if info is None:
            raise ReadError("corrupt", f"missing part {name}")
        if info.flag_bits & 0x1:
            raise ReadError("encrypted", f"{name}: zip entry is encrypted")
        lim = self.limits
        budget = min(lim.max_part_bytes, lim.max_total_bytes - self.total_read)
        if info.file_size > budget:
            raise ReadError("too_large", f"{name}: declares {info.file_size} bytes uncompressed")
        if info.file_size > MIB and info.file_size > lim.max_ratio * max(info.compress_size, 1):
            raise ReadError("too_large", f"{name}: compression ratio over {lim.max_ratio}")
        data = self._read_plain(info)
        if data is not None:
            self.total_read += len(data)
            return data
        chunks, size = [], 0
        try:
            with self.zf.open(info) as fh:
                while True:
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > budget:
                        raise ReadError("too_large", f"{name}: inflates past {budget} bytes")
                    chunks.append(chunk)
        except ReadError:
            raise
        except NotImplementedError as exc:  # an unknown compression method, not a password
            raise ReadError("corrupt", f"{name}: {exc}") from None
        except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
            raise ReadError("encrypted", f"{name}: {exc}") from None
        except _ZIP_ERRORS as exc:
            raise ReadError("corrupt", f"{name}: {type(exc).__name__}: {exc}") from None
        self.total_read += size
        return b"".join(chunks)

    def _read_plain(self, info: zipfile.ZipInfo) -> bytes | None:
        """Return a stored or deflated part inflated in one call, or None to let zipfile read it.

        Opening a part through zipfile costs more than inflating a small part, so the
        usual entry is read straight from the archive.  The result is only returned when
        it is exactly what zipfile would give: the local header agrees with the
        directory, the data inflates to the declared size (never more, so the size
        limits hold) and the CRC-32 matches.  Anything else returns None and zipfile
        reads the part, with its own checks and error messages.
        """
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & _SPECIAL_FLAGS:
            return None
        fp = self.zf.fp
        try:
            fp.seek(info.header_offset)
            header = fp.read(_LOCAL_HEADER.size)
            if len(header) != _LOCAL_HEADER.size:
                return None
            magic, _v, _s, flags, _m, _t, _d, _crc, _cs, _fs, name_len, extra_len = _LOCAL_HEADER.unpack(header)
            name = fp.read(name_len)
            encoding = "utf-8" if flags & 0x800 else (self.zf.metadata_encoding or "cp437")
            if magic != b"PK\x03\x04" or name.decode(encoding) != info.orig_filename:
                return None
            fp.seek(extra_len, 1)
            raw = fp.read(info.compress_size)
            if len(raw) != info.compress_size:
                return None
            if info.compress_type == zipfile.ZIP_STORED:
                data = raw
            else:
                inflater = zlib.decompressobj(-15)
                data = inflater.decompress(raw, info.file_size + 1)
                if not inflater.eof:
                    return None
        except (OSError, ValueError, zlib.error):  # UnicodeDecodeError is a ValueError
            return None
        if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
            return None
        return data

    def xml(self, name: str) -> etree._Element:
        """Return the parsed root element of XML part ``name``, refused before parsing when over the limits.

        Every call counts: a part read for three references counts three times.
        """
        data = self.read(name)
        self.count_elements(name, data.count(b"<"))
        return parse_xml(data, name, self.limits.max_depth)

    def count_elements(self, name: str, tags: int) -> None:
        """Add ``tags`` (the ``<`` of a part's markup) to what this package expanded; raise when over the limit.

        Counting the bytes ``<`` bounds the elements a part parses into (each takes
        one or two tags) before any is built, so a part of millions of tiny
        elements is refused without the memory its tree would take.
        """
        self.elements += tags
        if self.elements > self.limits.max_elements:
            raise ReadError("too_large", f"{name}: over {self.limits.max_elements} XML elements in all the parts "
                                         "read (a part counts each time it is referenced)")

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Return ``{rId: (type suffix, part name)}`` for the internal relationships of ``part``."""
        if part in self._rels:
            return self._rels[part]
        folder, base = posixpath.split(part.lstrip("/"))
        key = ("rels", part, self.fingerprint(posixpath.join(folder, "_rels", base + ".rels")))
        self._rels[part] = out = memo(self, part, key, lambda: self._read_rels(part))
        return out

    def _read_rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part.lstrip("/"))
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if not self.has(rels_name):
            return {}
        out = {}
        for rel in self.xml(rels_name).iter(_REL):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            if target.startswith("/"):
                name = target.lstrip("/")
            else:
                name = posixpath.normpath(posixpath.join(folder, target))
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            out[rel.get("Id") or ""] = (kind, name)
        return out

    def content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        """Return ``(overrides by part name, defaults by extension)`` from ``[Content_Types].xml``."""
        if not self.has("[Content_Types].xml"):
            return {}, {}
        return memo(self, "[Content_Types].xml", ("ct", self.fingerprint("[Content_Types].xml")),
                    self._read_content_types)

    def _read_content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        root = self.xml("[Content_Types].xml")
        overrides = {
            (el.get("PartName") or "").lstrip("/").lower(): (el.get("ContentType") or "").lower()
            for el in root.iter(f"{{{CT_NS}}}Override")
        }
        defaults = {
            (el.get("Extension") or "").lower(): (el.get("ContentType") or "").lower()
            for el in root.iter(f"{{{CT_NS}}}Default")
        }
        return overrides, defaults

    def main_part(self) -> str:
        """Return the name of the main document part, or raise ``ReadError`` (not_docx, unsupported_format)."""
        if self.has("mimetype"):
            raise ReadError("unsupported_format", "OpenDocument package")
        overrides, _ = self.content_types()
        candidates = []
        if self.has("_rels/.rels"):
            candidates = [name for kind, name in self.rels("/").values() if kind == "officeDocument"]
        candidates += [name for name, ct in overrides.items() if ct.endswith(WORD_MAIN_TYPES)]
        candidates.append("word/document.xml")
        for name in candidates:
            if not self.has(name):
                continue
            ct = overrides.get(name.lower(), "")
            if ct and not ct.endswith(WORD_MAIN_TYPES):
                code = "unsupported_format" if "officedocument" in ct or "ms-" in ct else "not_docx"
                raise ReadError(code, f"main part {name} is {ct}")
            self.main_type = ct
            return name
        other = next((ct for ct in overrides.values() if ct.endswith(_OTHER_OFFICE_TYPES)), None)
        if other:
            raise ReadError("unsupported_format", f"Office package of type {other}")
        raise ReadError("not_docx", "zip without a Word main document part")


#: Parsed package plumbing (content types, relationships) by the part's CRC-32 and
#: size, with the elements its parse counted: reviews made from one template share
#: these parts byte for byte, so a hit inflates and parses nothing.  Small and
#: bounded; callers never mutate values.
_MEMO: dict[tuple, object] = {}
_MEMO_SIZE = 256


def memo(pkg: Package, name: str, key: tuple, load, store: dict | None = None, size: int = _MEMO_SIZE):
    """Return ``load()`` (which parses part ``name``), or what it returned for the same ``key`` before.

    A hit counts the elements the parse counted, so whether a part was seen
    before never changes what a file is allowed to expand.
    """
    store = _MEMO if store is None else store
    if key in store:
        value, tags = store[key]
        pkg.count_elements(name, tags)
        return value
    before = pkg.elements
    value = load()
    if len(store) >= size:
        store.pop(next(iter(store)))
    store[key] = (value, pkg.elements - before)
    return value


def open_package(path, limits: Limits) -> Package:
    """Open the zip at ``path`` and check its directory against ``limits``."""
    try:
        zf = zipfile.ZipFile(path)
    except _ZIP_ERRORS as exc:
        raise ReadError("corrupt", f"bad zip: {exc}") from None
    infos = zf.infolist()
    if len(infos) > limits.max_members:
        zf.close()
        raise ReadError("too_large", f"{len(infos)} zip members, limit {limits.max_members}")
    members = {info.filename.replace("\\", "/").lstrip("/").lower(): info for info in infos}
    if len(members) != len(infos):  # two entries with one name: which is the document is ambiguous
        zf.close()
        raise ReadError("corrupt", "the package holds two parts with the same name")
    return Package(zf, limits, members)
