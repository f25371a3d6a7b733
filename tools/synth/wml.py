"""Build WordprocessingML fragments as strings.

Every function returns a piece of ``word/document.xml`` (or ``comments.xml``)
as text.  Building strings is much faster than building element trees, which
matters when the benchmark generates tens of thousands of documents.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

NBSP = "\u00a0"
GOTHIC = "MS Gothic"


def _text_el(text: str, tag: str = "w:t") -> str:
    """Return a ``w:t`` (or ``w:delText``) element that keeps its spaces."""
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def rpr(bold: bool = False, italic: bool = False, strike: bool = False, dstrike: bool = False,
        font: str | None = None, size: int | None = None) -> str:
    """Return a ``w:rPr`` element with the given run formatting (empty string if none)."""
    parts = []
    if font:
        parts.append(f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:hint="eastAsia"/>')
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if dstrike:
        parts.append("<w:dstrike/>")
    if size:
        parts.append(f'<w:sz w:val="{size}"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def run(text: str, **fmt) -> str:
    """Return one run holding ``text`` with formatting keywords as for :func:`rpr`."""
    return f"<w:r>{rpr(**fmt)}{_text_el(text)}</w:r>"


def split_runs(text: str, rng, pieces: int = 4, bold_some: bool = True) -> str:
    """Return ``text`` as several runs cut at random places (even inside words)."""
    if len(text) < 4:
        return run(text)
    cuts = sorted(rng.sample(range(1, len(text)), min(pieces - 1, len(text) - 1)))
    out, start = [], 0
    for i, end in enumerate([*cuts, len(text)]):
        piece = text[start:end]
        out.append(run(piece, bold=bold_some and i % 3 == 1))
        start = end
    return "".join(out)


def para(content: str = "", style: str | None = None, jc: str | None = None) -> str:
    """Return a paragraph around already built run XML."""
    ppr = ""
    if style or jc:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


def text_para(text: str = "", style: str | None = None, **fmt) -> str:
    """Return a paragraph holding ``text`` in one run."""
    return para(run(text, **fmt) if text else "", style=style)


def cell(content: str, width: int = 4500, shade: str | None = None) -> str:
    """Return a table cell; ``content`` is paragraph XML (a bare string becomes one paragraph)."""
    if not content.startswith("<w:p") and not content.startswith("<w:tbl"):
        content = text_para(content)
    if content.startswith("<w:tbl"):
        content += "<w:p/>"  # a cell must end with a paragraph
    shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>{content}</w:tc>'


def table(rows: list[list[str]], widths: list[int]) -> str:
    """Return a bordered table; each row is a list of cell contents (see :func:`cell`)."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = []
    for r in rows:
        cells = "".join(cell(c, widths[min(i, len(widths) - 1)]) for i, c in enumerate(r))
        body.append(f"<w:tr>{cells}</w:tr>")
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
        'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(body)}</w:tbl>"
    )


# --- choice marks -------------------------------------------------------------


def glyph_box(checked: bool, style: str = "x") -> str:
    """Return a checkbox typed as a character in MS Gothic (☒/☑ checked, ☐ empty)."""
    char = ("☒" if style == "x" else "☑") if checked else "☐"
    return run(char, font=GOTHIC)


def sym_box(checked: bool, boxed_x: bool = False) -> str:
    """Return a Wingdings ``w:sym`` checkbox: F0FE (or F0FD boxed x) checked, F0A8 empty."""
    char = ("F0FD" if boxed_x else "F0FE") if checked else "F0A8"
    return f'<w:r><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'


def sdt_box(checked: bool, sdt_id: int) -> str:
    """Return a Word 2010 content-control checkbox (``w14:checkbox``) with its glyph."""
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="{sdt_id}"/><w14:checkbox>'
        f'<w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f"</w14:checkbox></w:sdtPr><w:sdtContent>{run(glyph, font=GOTHIC)}</w:sdtContent></w:sdt>"
    )


def formfield_box(checked: bool, name: str, via_default: bool = True) -> str:
    """Return a legacy ``FORMCHECKBOX`` field; checked through ``w:default`` or ``w:checked``.

    With ``via_default`` False an unchecked box says ``w:default 1`` overridden
    by ``w:checked 0``, as a form whose default was "checked" and was cleared.
    """
    if checked and via_default:
        state = '<w:default w:val="1"/>'
    elif checked:
        state = '<w:default w:val="0"/><w:checked/>'
    elif via_default:
        state = '<w:default w:val="0"/>'
    else:
        state = '<w:default w:val="1"/><w:checked w:val="0"/>'
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
        f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>"
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


# --- revisions, comments, text boxes -------------------------------------------

REVISION_DATE = "2026-03-10T09:00:00Z"


def inserted(text: str, rev_id: int, author: str) -> str:
    """Return tracked-change inserted text (``w:ins``)."""
    return f'<w:ins w:id="{rev_id}" w:author="{escape(author)}" w:date="{REVISION_DATE}">{run(text)}</w:ins>'


def deleted(text: str, rev_id: int, author: str) -> str:
    """Return tracked-change deleted text (``w:del`` with ``w:delText``)."""
    return (
        f'<w:del w:id="{rev_id}" w:author="{escape(author)}" w:date="{REVISION_DATE}">'
        f"<w:r>{_text_el(text, 'w:delText')}</w:r></w:del>"
    )


def commented(runs: str, comment_id: int) -> str:
    """Return ``runs`` wrapped in a comment range with the reference run after it."""
    return (
        f'<w:commentRangeStart w:id="{comment_id}"/>{runs}<w:commentRangeEnd w:id="{comment_id}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>'
    )


def comment(comment_id: int, author: str, text: str) -> str:
    """Return one ``w:comment`` element for ``word/comments.xml``."""
    initials = "".join(w[0] for w in author.split() if w)
    return (
        f'<w:comment w:id="{comment_id}" w:author="{escape(author)}" w:date="{REVISION_DATE}" '
        f'w:initials="{escape(initials)}">{text_para(text, style="CommentText")}</w:comment>'
    )


def textbox(paragraphs: str, shape_id: int) -> str:
    """Return a run holding a text box as Word writes it: DrawingML choice plus VML fallback.

    Both branches carry the same paragraphs, so a reader that looks at both
    sees the text twice.
    """
    emu_w, emu_h = 5760720, 1440180
    drawing = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{emu_w}" cy="{emu_h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{emu_w}" cy="{emu_h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/>'
        '</a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing>"
    )
    vml = (
        f'<w:pict><v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:453.6pt;height:113.4pt;z-index:251659264" '
        'fillcolor="white" strokeweight=".5pt">'
        f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>'
    )
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f"{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>"
    )


SECTION = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/>'
    "</w:sectPr>"
)
