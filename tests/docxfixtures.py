"""Build .docx bytes in code from raw WordprocessingML snippets.

``make_docx('<w:p><w:r><w:t>Hi</w:t></w:r></w:p>')`` returns a complete
package whose ``w:body`` holds the snippet.  Optional parts (styles,
numbering, comments, notes, headers, core properties) are added when given.
Other test modules may import these helpers.
"""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_W_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'mc:Ignorable="w14 wps"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_PART_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{}+xml"


def p(*runs: str, ppr: str = "") -> str:
    """Return a ``w:p`` holding ``runs`` (strings are wrapped as plain runs unless they are XML)."""
    inner = "".join(x if x.startswith("<") else r(x) for x in runs)
    return f"<w:p>{ppr}{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    """Return a run with text that keeps its spaces, and optional ``w:rPr`` content."""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr_xml}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def tc(*paragraphs: str, tcpr: str = "") -> str:
    """Return a table cell; plain strings become paragraphs."""
    body = "".join(x if x.startswith("<") else p(x) for x in paragraphs) or "<w:p/>"
    return f"<w:tc>{'<w:tcPr>' + tcpr + '</w:tcPr>' if tcpr else ''}{body}</w:tc>"


def tbl(*rows: list[str]) -> str:
    """Return a table from rows of cells (each cell a string or ``tc(...)`` XML)."""
    xml_rows = "".join("<w:tr>" + "".join(c if c.startswith("<w:tc") else tc(c) for c in row) + "</w:tr>"
                       for row in rows)
    return f"<w:tbl><w:tblPr/><w:tblGrid/>{xml_rows}</w:tbl>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _part(root: str, body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{root} {NAMESPACES}>{body}</w:{root}>'


def make_docx(
    body: str,
    *,
    styles: str | None = None,
    numbering: str | None = None,
    comments: str | None = None,
    footnotes: str | None = None,
    endnotes: str | None = None,
    headers: list[str] = (),
    footers: list[str] = (),
    core: dict[str, str] | None = None,
    main: str = "word/document.xml",
    main_type: str = MAIN_CT,
    strict: bool = False,
    raw_document: bytes | None = None,
) -> bytes:
    """Return the bytes of a .docx whose body is ``body`` (raw WordprocessingML)."""
    parts: dict[str, tuple[str, str | bytes]] = {}  # name -> (content type, xml)
    rels = []
    folder = main.rsplit("/", 1)[0]

    def add(kind: str, name: str, ct: str, xml: str) -> None:
        parts[f"{folder}/{name}"] = (ct, xml)
        rels.append((f"rId{len(rels) + 1}", kind, name))

    if styles is not None:
        add("styles", "styles.xml", _PART_CT.format("styles"), _part("styles", styles))
    if numbering is not None:
        add("numbering", "numbering.xml", _PART_CT.format("numbering"), _part("numbering", numbering))
    if comments is not None:
        add("comments", "comments.xml", _PART_CT.format("comments"), _part("comments", comments))
    if footnotes is not None:
        add("footnotes", "footnotes.xml", _PART_CT.format("footnotes"), _part("footnotes", footnotes))
    if endnotes is not None:
        add("endnotes", "endnotes.xml", _PART_CT.format("endnotes"), _part("endnotes", endnotes))
    for i, h in enumerate(headers, start=1):
        add("header", f"header{i}.xml", _PART_CT.format("header"), _part("hdr", h))
    for i, f in enumerate(footers, start=1):
        add("footer", f"footer{i}.xml", _PART_CT.format("footer"), _part("ftr", f))
    document = raw_document if raw_document is not None else _part("document", f"<w:body>{body}</w:body>")
    parts[main] = (main_type, document)

    pkg_rels = [("rId1", "officeDocument", main)]
    if core is not None:
        fields = "".join(f"<{tag}>{_esc(core[key])}</{tag}>" for key, tag in
                         (("title", "dc:title"), ("author", "dc:creator")) if key in core)
        fields += "".join(f'<{tag} xsi:type="dcterms:W3CDTF">{core[key]}</{tag}>' for key, tag in
                          (("created", "dcterms:created"), ("modified", "dcterms:modified")) if key in core)
        parts["docProps/core.xml"] = (
            "application/vnd.openxmlformats-package.core-properties+xml",
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{fields}</cp:coreProperties>',
        )
        pkg_rels.append(("rId2", "metadata/core-properties", "docProps/core.xml"))

    rel_ns = "http://purl.oclc.org/ooxml/officeDocument/relationships" if strict else REL
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        overrides = "".join(f'<Override PartName="/{n}" ContentType="{ct}"/>' for n, (ct, _x) in parts.items())
        zf.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{overrides}</Types>',
        )
        zf.writestr("_rels/.rels", _rels(pkg_rels, rel_ns, core_ns=True))
        if rels:
            base = main.rsplit("/", 1)[1]
            zf.writestr(f"{folder}/_rels/{base}.rels", _rels(rels, rel_ns))
        for name, (_ct, xml) in parts.items():
            data = xml if isinstance(xml, bytes) else xml.encode("utf-8")
            if strict:
                data = data.replace(W_NS.encode(), STRICT_W_NS.encode())
            zf.writestr(name, data)
    return buf.getvalue()


def _rels(rels: list[tuple[str, str, str]], rel_ns: str, core_ns: bool = False) -> str:
    items = []
    for rid, kind, target in rels:
        prefix = "http://schemas.openxmlformats.org/package/2006/relationships" \
            if kind.startswith("metadata/") else rel_ns
        items.append(f'<Relationship Id="{rid}" Type="{prefix}/{kind}" Target="{target}"/>')
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(items) + "</Relationships>")


def make_ole(stream: str, size: int = 4096) -> bytes:
    """Return a minimal OLE compound file (CFB v3) holding one stream called ``stream``.

    ``make_ole("EncryptedPackage")`` looks like a password-protected Word file,
    ``make_ole("WordDocument")`` like a Word 97-2003 ``.doc`` (to a sniffer).
    """
    import struct

    end, free, fat_sect, nostream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    sectors = (size + 511) // 512
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16)
    header += struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<109I", 0, *([free] * 108))
    fat = [fat_sect, end] + [i + 1 for i in range(2, 1 + sectors)] + [end]
    fat += [free] * (128 - len(fat))

    def entry(name: str, kind: int, child: int, start: int, length: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00" if name else b""
        return (raw.ljust(64, b"\x00") + struct.pack("<HBBIII", len(raw), kind, 1 if name else 0,
                nostream, nostream, child) + bytes(16) + struct.pack("<I", 0) + bytes(16)
                + struct.pack("<IQ", start, length))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry(stream, 2, nostream, 2, size)
                 + entry("", 0, nostream, 0, 0) * 2)
    return header + struct.pack("<128I", *fat) + directory + bytes(range(256)) * (sectors * 2)
