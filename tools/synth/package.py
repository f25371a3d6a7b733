"""Zip WordprocessingML parts into a minimal, deterministic .docx package."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from tools.synth.wml import SECTION

#: Fixed zip timestamp so that the same content gives the same bytes.
ZIP_TIME = (2026, 1, 1, 0, 0, 0)

NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 wp14"'
)

_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _content_types(with_comments: bool) -> str:
    """Return ``[Content_Types].xml``."""
    comments = (
        f'<Override PartName="/word/comments.xml" ContentType="{_CT_MAIN}.comments+xml"/>' if with_comments else ""
    )
    return (
        _DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_CT_MAIN}.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_CT_MAIN}.styles+xml"/>'
        f"{comments}"
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )


_PACKAGE_RELS = (
    _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    "</Relationships>"
)


def _document_rels(with_comments: bool) -> str:
    """Return ``word/_rels/document.xml.rels``."""
    comments = f'<Relationship Id="rId2" Type="{_REL}/comments" Target="comments.xml"/>' if with_comments else ""
    return (
        _DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>{comments}</Relationships>'
    )


def _style(style_id: str, name: str, kind: str = "paragraph", ppr: str = "", rpr: str = "", extra: str = "") -> str:
    """Return one ``w:style`` element."""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>{extra}'
        f"{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}</w:style>"
    )


def _heading(level: int, size: int) -> str:
    """Return a built-in heading style (``Heading1``.. with name ``heading 1``)."""
    return _style(
        f"Heading{level}", f"heading {level}",
        extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>',
        ppr=f'<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{level - 1}"/>',
        rpr=f'<w:b/><w:sz w:val="{size}"/>',
    )


STYLES = (
    _DECL + '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
    'w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="lv-LV"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>'
    + _style("Normal", "Normal", extra='<w:qFormat/>')
    + _style("Title", "Title", extra='<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>',
             ppr='<w:jc w:val="center"/>', rpr='<w:b/><w:sz w:val="32"/>')
    + _heading(1, 28)
    + _heading(2, 26)
    + _heading(3, 24)
    + _style("ListParagraph", "List Paragraph", extra='<w:basedOn w:val="Normal"/><w:qFormat/>',
             ppr='<w:ind w:left="720"/>')
    + _style("CommentText", "annotation text", extra='<w:basedOn w:val="Normal"/>', rpr='<w:sz w:val="20"/>')
    + _style("CommentReference", "annotation reference", kind="character", rpr='<w:sz w:val="16"/>')
    + _style("TableGrid", "Table Grid", kind="table",
             extra='<w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>')
    + "</w:styles>"
)


def _core(title: str, author: str, when: str) -> str:
    """Return ``docProps/core.xml``; ``when`` is a W3CDTF timestamp."""
    return (
        _DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def document_xml(body: str) -> str:
    """Return ``word/document.xml`` around the body XML (the section properties are added)."""
    return f"{_DECL}<w:document {NAMESPACES}><w:body>{body}{SECTION}</w:body></w:document>"


def comments_xml(comments: list[str]) -> str:
    """Return ``word/comments.xml`` holding the given ``w:comment`` elements."""
    return f"{_DECL}<w:comments {NAMESPACES}>{''.join(comments)}</w:comments>"


def docx_bytes(body: str, comments: list[str] | None = None, title: str = "", author: str = "",
               when: str = "2026-03-01T09:00:00Z") -> bytes:
    """Return the bytes of a .docx holding ``body`` (and ``comments``), the same bytes every time."""
    parts = [
        ("[Content_Types].xml", _content_types(bool(comments))),
        ("_rels/.rels", _PACKAGE_RELS),
        ("word/document.xml", document_xml(body)),
        ("word/_rels/document.xml.rels", _document_rels(bool(comments))),
        ("word/styles.xml", STYLES),
        ("docProps/core.xml", _core(title, author, when)),
    ]
    if comments:
        parts.append(("word/comments.xml", comments_xml(comments)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, text.encode("utf-8"), compresslevel=6)
    return buf.getvalue()
