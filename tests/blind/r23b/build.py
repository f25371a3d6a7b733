# -*- coding: utf-8 -*-
"""Build the r23b blind evaluation set: Latvian expert reviews as filled-in forms and tables.

Run:  /work/hvenv/bin/python build.py
Each build(...) call creates one .docx and carries its gold rows and problem codes.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r23b"

GOLD = []      # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []  # (file, code)
NOTES = []     # (file, note)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_ids = {"n": 100}


def _nid():
    _ids["n"] += 1
    return _ids["n"]


# ----------------------------------------------------------------------------------------------
# inline segment types
class R:
    """A formatted run."""

    def __init__(self, text, b=False, i=False, u=False, strike=False, font=None, size=None,
                 color=None, hl=None):
        self.text, self.b, self.i, self.u, self.strike = text, b, i, u, strike
        self.font, self.size, self.color, self.hl = font, size, color, hl


class SYM:
    """A w:sym glyph (Wingdings by default): F0FE checked box, F0A8 empty box, F0FD boxed x."""

    def __init__(self, char, font="Wingdings"):
        self.char, self.font = char, font


class CHK:
    """A Word 2010 content-control checkbox (w:sdt / w14:checkbox)."""

    def __init__(self, checked):
        self.checked = checked


class FCHK:
    """A legacy FORMCHECKBOX field. mode='checked' writes w:checked, mode='default' writes w:default=1."""

    def __init__(self, checked, mode="checked"):
        self.checked, self.mode = checked, mode


class INS:
    def __init__(self, text, author, date, b=False):
        self.text, self.author, self.date, self.b = text, author, date, b


class DEL:
    def __init__(self, text, author, date, b=False):
        self.text, self.author, self.date, self.b = text, author, date, b


class BR:
    pass


class TAB:
    pass


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fmt_run(run, s):
    run.bold = s.b or None
    run.italic = s.i or None
    if s.u:
        run.underline = True
    if s.strike:
        run.font.strike = True
    if s.font:
        run.font.name = s.font
        rpr = run._r.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        rfonts.set(qn("w:eastAsia"), s.font)
        rfonts.set(qn("w:hAnsi"), s.font)
    if s.size:
        run.font.size = Pt(s.size)
    if s.color:
        run.font.color.rgb = RGBColor.from_string(s.color)
    if s.hl:
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml('<w:highlight %s w:val="%s"/>' % (W_NS, s.hl)))


def add_runs(p, segs):
    if isinstance(segs, str):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
        elif isinstance(s, R):
            _fmt_run(p.add_run(s.text), s)
        elif isinstance(s, BR):
            p.add_run().add_break()
        elif isinstance(s, TAB):
            p.add_run().add_tab()
        elif isinstance(s, SYM):
            p._p.append(parse_xml(
                '<w:r %s><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/><w:sz w:val="24"/></w:rPr>'
                '<w:sym w:font="%s" w:char="%s"/></w:r>' % (W_NS, s.font, s.font, s.font, s.char)))
        elif isinstance(s, CHK):
            glyph = "\u2612" if s.checked else "\u2610"
            p._p.append(parse_xml(
                '<w:sdt %s %s><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
                'w:hAnsi="MS Gothic"/></w:rPr><w:id w:val="%d"/>'
                '<w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
                'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                % (W_NS, W14_NS, 500000000 + _nid(), 1 if s.checked else 0, glyph)))
        elif isinstance(s, FCHK):
            n = _nid()
            if s.mode == "default":
                cb = '<w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>' % (1 if s.checked else 0)
            else:
                cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>' % (
                    "<w:checked/>" if s.checked else "")
            p._p.append(parse_xml('<w:bookmarkStart %s w:id="%d" w:name="Check%d"/>' % (W_NS, n, n)))
            p._p.append(parse_xml(
                '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>' % (W_NS, n, cb)))
            p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W_NS))
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W_NS))
            p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (W_NS, n)))
        elif isinstance(s, INS):
            rpr = "<w:rPr><w:b/></w:rPr>" if s.b else ""
            p._p.append(parse_xml(
                '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                % (W_NS, _nid(), s.author, s.date, rpr, _esc(s.text))))
        elif isinstance(s, DEL):
            rpr = "<w:rPr><w:b/></w:rPr>" if s.b else ""
            p._p.append(parse_xml(
                '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                % (W_NS, _nid(), s.author, s.date, rpr, _esc(s.text))))
        else:
            raise TypeError(s)
    return p


def para(container, segs="", style=None, align=None, size=None, bold=False, space_after=None,
         indent=None, italic=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(segs, str) and (bold or size or italic):
        segs = [R(segs, b=bold, size=size, i=italic)]
    add_runs(p, segs)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def put(cell, *paras):
    """Fill a table cell: each argument is one paragraph (str or list of segments)."""
    first = True
    for segs in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_runs(p, segs)
    return cell


def table(doc, rows, widths=None, style="Table Grid", bold_col0=False, bold_row0=False, shade_row0=None,
          shade_col0=None):
    """rows: list of lists; each cell spec is str, list (one paragraph of segments) or tuple (paragraphs)."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, spec in enumerate(row):
            c = t.cell(i, j)
            if spec is None:
                continue
            if isinstance(spec, tuple):
                put(c, *spec)
            else:
                if (bold_col0 and j == 0) or (bold_row0 and i == 0):
                    if isinstance(spec, str):
                        spec = [R(spec, b=True)]
                put(c, spec)
            if shade_row0 and i == 0:
                shade(c, shade_row0)
            if shade_col0 and j == 0:
                shade(c, shade_col0)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (W_NS, fill)))


def merge_row(t, i, a, b, spec=None):
    c = t.cell(i, a).merge(t.cell(i, b))
    if spec is not None:
        for p in list(c.paragraphs)[1:]:
            p._p.getparent().remove(p._p)
        for r in list(c.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        if isinstance(spec, tuple):
            put(c, *spec)
        else:
            put(c, spec)
    return c


def bottom_border(p, sz=12):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="auto"/></w:pBdr>'
                         % (W_NS, sz)))


def left_border(p):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:left w:val="single" w:sz="12" w:space="8" w:color="1F4E79"/></w:pBdr>'
                         % W_NS))


def textbox(doc, paras, width_cm=16, height_cm=3.2):
    """A text box in a run: DrawingML (wps) with VML fallback; the text is written in both."""
    def tx(paras):
        out = []
        for segs in paras:
            if isinstance(segs, str):
                segs = [R(segs)]
            runs = ""
            for s in segs:
                b = "<w:b/>" if s.b else ""
                runs += '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (b, _esc(s.text))
            out.append("<w:p>%s</w:p>" % runs)
        return "".join(out)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    n = _nid()
    xml = (
        '<w:r %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="%d" cy="%d"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" path="m,l,21600r21600,l21600,xe"/>'
        '<v:shape id="Text Box %d" type="#_x0000_t202" style="width:%dpt;height:%dpt" fillcolor="#f2f2f2" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
        % (W_NS, cx, cy, n, n, cx, cy, tx(paras), n, int(width_cm * 28.35), int(height_cm * 28.35), tx(paras)))
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def new_doc(font="Times New Roman", size=12, margins=2.0, landscape=False):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.element.rPr.rFonts.set(qn("w:hAnsi"), font)
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins + 0.5)
        s.top_margin = s.bottom_margin = Cm(margins)
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
    return d


def header(doc, *paras, align=None):
    h = doc.sections[0].header
    h.is_linked_to_previous = False
    first = True
    for segs in paras:
        p = h.paragraphs[0] if first else h.add_paragraph()
        first = False
        add_runs(p, segs)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return h


def footer(doc, *paras, align=None):
    f = doc.sections[0].footer
    f.is_linked_to_previous = False
    first = True
    for segs in paras:
        p = f.paragraphs[0] if first else f.add_paragraph()
        first = False
        add_runs(p, segs)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return f


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build(name, make, rows=(), problems=(), note="", author="", created=None, last_by=None, title=None):
    """name without PREFIX; rows: (qualification, document, verdict, expert, date, lki)."""
    fname = "%s%s.docx" % (PREFIX, name)
    doc = make()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = title or ""
    cp.comments = ""
    if created:
        cp.created = created
        cp.modified = created + dt.timedelta(minutes=37)
        cp.revision = 3
    doc.save(os.path.join(OUT, fname))
    for r in rows:
        assert r[1] in ("MIP", "PKE") and r[2] in ("supported", "needs_corrections", "not_supported", "unknown"), r
        GOLD.append((fname,) + tuple(r))
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict"), c
        PROBLEMS.append((fname, c))
    NOTES.append((fname, note))


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


# ---------------------------------------------------------------------------------------------
# verdict phrases used in printed option lists
OPT_SUP = "saturs ir atbalstāms un virzāms saskaņošanai"
OPT_COR = "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
OPT_NOT = "saturs nav atbalstāms"

BOX_ON, BOX_OFF = "\u2612", "\u2610"


def gothic(ch):
    return R(ch, font="MS Gothic")

# ============================================================================================
# FILES
# ============================================================================================


# ---- 01: key/value table (value right) + summary table Dokuments | Slēdziens | Piezīmes
def f01():
    d = new_doc("Times New Roman", 12)
    para(d, "EKSPERTĪZES ATZINUMS", bold=True, size=14, align="c")
    para(d, "par modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu",
         align="c", space_after=12)
    table(d, [
        ["Profesionālā kvalifikācija", "Motorzāģa operators"],
        ["LKI līmenis", "3"],
        ["Nozare", "Kokrūpniecība"],
        ["Izstrādātājs", "Profesionālās izglītības iestādes darba grupa (vadītāja – A. Siliņa)"],
        ["Nozares eksperts", "Inese Kalniņa"],
        ["Ekspertīzes datums", "14.04.2026."],
    ], widths=[5.5, 10.5], bold_col0=True, shade_col0="E7E6E6")
    para(d, "")
    para(d, "1. Vispārīgs vērtējums", bold=True)
    para(d, "Iesniegtie dokumenti kopumā atbilst profesionālās kvalifikācijas prasībām un nozares vajadzībām. "
            "Programmā ir iekļauti visi kvalifikācijai būtiskie moduļi, tostarp koku gāšana sarežģītos apstākļos "
            "un motorzāģa tehniskā apkope. Eksāmena saturs ir praktiski orientēts, vērtēšanas kritēriji saprotami "
            "gan eksaminētājam, gan izglītojamajam.", align="j")
    para(d, "2. Slēdziens par dokumentiem", bold=True)
    table(d, [
        ["Dokuments", "Slēdziens", "Piezīmes / nepieciešamie precizējumi"],
        ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
         ("1) Modulī „Koku gāšana” precizēt darba aizsardzības prasības darbam bīstamo koku tuvumā;",
          "2) papildināt mācību rezultātus ar individuālo aizsardzības līdzekļu pārbaudi pirms darba;",
          "3) saskaņot stundu skaitu moduļu aprakstos ar programmas plānu (atšķiras par 16 st.).")],
        ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai.", "Piezīmju nav."],
    ], widths=[2.2, 6.0, 7.8], bold_row0=True, shade_row0="D9E2F3")
    para(d, "")
    para(d, "Eksperte: Inese Kalniņa  ____________________", space_after=0)
    return d


build("01_Ekspertizes_atzinums_Motorzaga_operators_Kalnina", f01,
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Inese Kalniņa", "2026-04-14", 3),
            ("motorzāģa operators", "PKE", "supported", "Inese Kalniņa", "2026-04-14", 3)],
      note="Key/value table with value to the right; summary table Dokuments|Slēdziens|Piezīmes. Plain canonical "
           "wording in the verdict column, corrections listed in the notes column.",
      author="Dace Ziemele", created=T(2026, 4, 14, 15, 20))


# ---- 02: criterion table Jā/Nē ending with overall rows; MIP only, PKE reviewed by someone else
def f02():
    d = new_doc("Calibri", 11)
    para(d, "Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP saturu",
         bold=True, size=13, align="c", space_after=10)
    t = table(d, [
        ["Eksperts", "Datums", "LKI"],
        ["Mārtiņš Zariņš", "2026. gada 28. aprīlī", "4. līmenis"],
    ], widths=[6, 6, 4], bold_row0=True, shade_row0="FFF2CC")
    para(d, "Piezīme: PKE saturu šajā kārtā vērtē cits nozares eksperts, tāpēc šis atzinums attiecas tikai uz MIP.",
         italic=True)
    rows = [
        ["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"],
        ["1.", "MIP mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "X", "", ""],
        ["2.", "Moduļu secība ir loģiska un pēctecīga", "X", "", ""],
        ["3.", "Mācību rezultāti ir formulēti izmērāmi", "", "X",
         "Moduļos B3 un B5 rezultāti formulēti kā darbības („iepazīstas ar…”, „zina par…”), nevis kā "
         "pārbaudāmi sasniedzamie rezultāti."],
        ["4.", "Ietvertas nozarē aktuālās jaunās prasmes (CNC iekārtas, digitālā rasēšana)", "X", "",
         "Labi, ka iekļauts 3D modelēšanas pamatu modulis."],
        ["5.", "Aprakstītas darba vidē balstītu mācību iespējas", "", "X",
         "Jāpapildina ar uzdevumiem, ko izglītojamais veic uzņēmumā."],
        ["6.", "Stundu sadalījums atbilst normatīvajam regulējumam", "X", "", ""],
        ["", "KOPĒJAIS VĒRTĒJUMS: MIP saturs ir atbalstāms un virzāms saskaņošanai", "", "X", ""],
        ["", "KOPĒJAIS VĒRTĒJUMS: MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "X", "", "Precizējumi – skat. 3. un 5. kritēriju."],
        ["", "KOPĒJAIS VĒRTĒJUMS: MIP saturs nav atbalstāms", "", "X", ""],
    ]
    table(d, rows, widths=[1.0, 7.5, 1.0, 1.0, 5.5], bold_row0=True, shade_row0="FFF2CC")
    return d


build("02_Mēbeļu galdnieks MIP atzinums Zariņš", f02,
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Mārtiņš Zariņš", "2026-04-28", 4)],
      note="Title-only qualification name; value-below metadata table; Jā/Nē criterion table whose last three rows "
           "are the verdict options answered Jā/Nē (Jā on the 'pēc precizējumu' row). PKE explicitly reviewed by "
           "someone else -> no PKE row.",
      author="Mārtiņš Zariņš", created=T(2026, 4, 28, 19, 5))


# ---- 03: ☒/☐ typed glyphs, two blocks MIP and PKE
def f03():
    d = new_doc("Arial", 10)
    para(d, [R("LDDK nozaru eksperta atzinums", b=True, size=14)], space_after=2)
    para(d, "ESF+ projekts Nr. 4.2.2.9/1/24/I/001 – MIP un PKE satura ekspertīze", italic=True, space_after=10)
    table(d, [
        ["Profesionālā kvalifikācija:", "Elektromontieris (LKI 3. līmenis)"],
        ["Nozare:", "Enerģētika"],
        ["Eksperts:", "Guntis Apinis"],
        ["Atzinuma sagatavošanas datums:", "2026-03-19"],
    ], widths=[5.5, 10.5], style=None, bold_col0=True)
    para(d, "")
    para(d, "A. Modulārā izglītības programma (MIP)", bold=True)
    t = table(d, [
        ["Eksperta piezīmes",
         ("Programmas struktūra ir pārskatāma. Moduļi par zemsprieguma elektroietaisēm un elektrodrošību "
          "ir izstrādāti kvalitatīvi, ar reālām darba situācijām.",
          "Ieteikums (nav obligāts): nākotnē vairāk vērības pievērst viedajām skaitītāju sistēmām.")],
        ["Vērtējums (atzīmēt vienu)",
         ([gothic(BOX_ON), " MIP " + OPT_SUP],
          [gothic(BOX_OFF), " MIP " + OPT_COR],
          [gothic(BOX_OFF), " MIP " + OPT_NOT])],
    ], widths=[4.5, 11.5], bold_col0=True)
    para(d, "")
    para(d, "B. Profesionālās kvalifikācijas eksāmena saturs (PKE)", bold=True)
    table(d, [
        ["Eksperta piezīmes",
         ("Praktiskā uzdevuma vērtēšanas lapā trūkst kritērija par izolācijas pretestības mērījumu "
          "rezultātu pierakstīšanu protokolā.",
          "Teorētiskās daļas 14. un 22. jautājums dublējas – viens jāaizstāj.")],
        ["Vērtējums (atzīmēt vienu)",
         ([gothic(BOX_OFF), " PKE " + OPT_SUP],
          [gothic(BOX_ON), " PKE " + OPT_COR],
          [gothic(BOX_OFF), " PKE " + OPT_NOT])],
    ], widths=[4.5, 11.5], bold_col0=True)
    para(d, "")
    para(d, "G. Apinis", align="r")
    return d


build("03_Elektromontieris_atzinums_galigais", f03,
      rows=[("elektromontieris", "MIP", "supported", "Guntis Apinis", "2026-03-19", 3),
            ("elektromontieris", "PKE", "needs_corrections", "Guntis Apinis", "2026-03-19", 3)],
      note="All three options printed per document, chosen one marked with a typed ☒ (MS Gothic) vs ☐. "
           "An optional 'ieteikums' in the MIP remarks does not turn it into needs_corrections.",
      author="Apinis", created=T(2026, 3, 19, 21, 44))


# ---- 04: Wingdings w:sym marks in a verdict grid; name in key/value, date in Paraksts/datums cell
def f04():
    d = new_doc("Times New Roman", 11)
    para(d, "Atzinums par MIP un PKE saturu", bold=True, size=14, align="c")
    para(d, "Kvalifikācija „Elektrotehniķis”, LKI 4", align="c", space_after=10)
    table(d, [
        ["Eksperts", "Vija Strazdiņa"],
        ["Pārstāvētā organizācija", "SIA „Elektroserviss Kurzeme”"],
        ["Izvērtētie dokumenti", "MIP (versija 03.2026) un PKE saturs (versija 2)"],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    para(d, "Piezīmes par MIP", bold=True)
    para(d, "Programmā nav ietverts modulis par saules fotoelementu sistēmu pieslēgšanu un uzturēšanu, kas saskaņā "
            "ar 2025. gadā pilnveidotajām kvalifikācijas prasībām ir obligāta prasme. Relejaizsardzības modulis "
            "balstīts uz novecojušām iekārtām. Ar šādu saturu programma neatbilst nozares vajadzībām un ir "
            "būtiski jāpārstrādā.", align="j")
    para(d, "Piezīmes par PKE", bold=True)
    para(d, "Eksāmena struktūra ir laba. Jāprecizē praktiskā uzdevuma laika normas (3 h nav pietiekami "
            "2. variantam) un jāpapildina vērtēšanas kritēriji ar darba drošības pārkāpumu ietekmi uz vērtējumu.",
         align="j")
    para(d, "Slēdziens", bold=True)
    on, off = SYM("F0FE"), SYM("F0A8")
    table(d, [
        ["", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", [off], [off]],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [off], [on]],
        ["Saturs nav atbalstāms", [on], [off]],
    ], widths=[11, 2.5, 2.5], bold_row0=True, shade_row0="DEEAF6")
    para(d, "")
    table(d, [["Paraksts / datums", "__________________   02.06.2026."]], widths=[5, 11], bold_col0=True)
    return d


build("04_RE Elektrotehnikis MIP PKE (Strazdina)", f04,
      rows=[("elektrotehniķis", "MIP", "not_supported", "Vija Strazdiņa", "2026-06-02", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Vija Strazdiņa", "2026-06-02", 4)],
      note="Verdict grid options x documents, marks are Wingdings w:sym F0FE (checked) / F0A8 (empty): no text at "
           "all in the cells. Date only in a 'Paraksts / datums' cell.",
      author="Dace Ziemele", created=T(2026, 6, 3, 9, 12))


# ---- 05: content-control checkboxes; date only in page header, name only in footer
def f05():
    d = new_doc("Calibri", 11)
    header(d, [R("LDDK | Nozaru ekspertīze | 2026. gada 7. maijā", size=9, color="7F7F7F")], align="r")
    footer(d, [R("Eksperts: Normunds Eglītis, SIA „Kokpārstrāde Vidzeme”, tālr. 29 114 508", size=9)])
    para(d, "MIP un PKE satura izvērtējums", bold=True, size=14)
    table(d, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI līmenis", "4"],
        ["Izglītības iestādes darba grupa", "Kokapstrādes tehnikumu apvienotā darba grupa"],
    ], widths=[5.5, 10.5], bold_col0=True, shade_col0="E2EFD9")
    para(d, "")
    table(d, [
        ["Dokuments", "Atbalstāms un virzāms saskaņošanai",
         "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Nav atbalstāms"],
        ["MIP", [CHK(True)], [CHK(False)], [CHK(False)]],
        ["PKE", [CHK(True)], [CHK(False)], [CHK(False)]],
    ], widths=[2.5, 4.5, 5, 4], bold_row0=True, shade_row0="E2EFD9")
    para(d, "")
    para(d, "Ieteikumi turpmākajam darbam (neietekmē vērtējumu)", bold=True)
    para(d, "Abi dokumenti ir sagatavoti rūpīgi. Nākamajā pārskatīšanas reizē ieteicams MIP papildināt ar "
            "piemēriem par ražošanas plānošanas programmatūru, un PKE situācijas uzdevumos varētu izmantot "
            "vairāk reālu uzņēmumu tehnoloģisko karšu.", align="j")
    return d


build("05_KIRT_atzinums_2026", f05,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Normunds Eglītis", "2026-05-07", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Normunds Eglītis", "2026-05-07", 4)],
      note="Options as table columns with Word content-control checkboxes (w14:checkbox) – the cells have no text "
           "python-docx sees. Date only in the page header, expert only in the footer. Non-binding suggestions "
           "after the grid.",
      author="", created=T(2026, 5, 7, 11, 30))


# ---- 06: legacy FORMCHECKBOX fields (w:checked for MIP, w:default=1 for PKE)
def f06():
    d = new_doc("Times New Roman", 12)
    para(d, "Latvijas Darba devēju konfederācija", align="c", size=10)
    para(d, "NOZARES EKSPERTA ATZINUMS", bold=True, size=14, align="c", space_after=12)
    table(d, [
        ["1.", "Profesionālās kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"],
        ["2.", "LKI līmenis", "4"],
        ["3.", "Eksperta vārds, uzvārds", "Oskars Rudzītis"],
        ["4.", "Datums", "12.05.2026."],
    ], widths=[1, 6.5, 8.5])
    para(d, "")
    para(d, "5. Eksperta vērtējums par MIP saturu", bold=True)
    para(d, [FCHK(False), "  atbalstāms un virzāms saskaņošanai"])
    para(d, [FCHK(True, "checked"), "  atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"])
    para(d, [FCHK(False), "  nav atbalstāms"])
    para(d, "Precizējamie jautājumi: CNC apstrādes centra programmēšanas modulī jāiekļauj darbs ar CAM "
            "programmatūru (vismaz 40 st.); jāatjauno literatūras saraksts.", italic=True)
    para(d, "6. Eksperta vērtējums par PKE saturu", bold=True)
    para(d, [FCHK(False, "default"), "  atbalstāms un virzāms saskaņošanai"])
    para(d, [FCHK(False, "default"), "  atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"])
    para(d, [FCHK(True, "default"), "  nav atbalstāms"])
    para(d, "Pamatojums: eksāmena praktiskais uzdevums paredz tikai manuālu iekārtu iestatīšanu, nevis "
            "vadības programmas sagatavošanu un pārbaudi, tāpēc nepārbauda kvalifikācijas galveno kompetenci. "
            "Uzdevums jāizstrādā no jauna.", italic=True)
    return d


build("06_Atzinums DKIO Rudzitis", f06,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Oskars Rudzītis",
             "2026-05-12", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Oskars Rudzītis",
             "2026-05-12", 4)],
      note="Legacy FORMCHECKBOX fields with no text: MIP choice via w:checked, PKE choice via w:default=1. "
           "File name uses the abbreviation DKIO.",
      author="Oskars", created=T(2026, 5, 12, 8, 50))


# ---- 07: nevajadzīgo svītrot (strikethrough on non-chosen options)
def f07():
    d = new_doc("Times New Roman", 12)
    para(d, "ATZINUMS", bold=True, size=14, align="c")
    para(d, "par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” (LKI 4) izglītības dokumentu saturu",
         align="c", space_after=10)
    table(d, [
        ["Nozares eksperte", "Sandra Krūmiņa"],
        ["Datums", "20.05.2026"],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    para(d, "Vērtējums (nevajadzīgo svītrot):", bold=True)
    t = table(d, [
        ["Dokuments", "Vērtējums", "Komentārs"],
        ["MIP",
         ([R("Saturs ir atbalstāms un virzāms saskaņošanai", strike=True)],
          [R("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")],
          [R("Saturs nav atbalstāms", strike=True)]),
         "Logu un durvju montāžas modulī jāiekļauj siltuma tiltu novēršana un hermētiķu izvēle. "
         "Precizēt praktisko mācību apjomu uzņēmumā."],
        ["PKE",
         ([R("Saturs ir atbalstāms un virzāms saskaņošanai")],
          [R("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", strike=True)],
          [R("Saturs nav atbalstāms", strike=True)]),
         "—"],
    ], widths=[2, 8, 6], bold_row0=True)
    para(d, "")
    para(d, "S. Krūmiņa", align="r")
    return d


build("07_Būvizstrādājumu galdnieks - Krūmiņa", f07,
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Sandra Krūmiņa", "2026-05-20", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Sandra Krūmiņa", "2026-05-20", 4)],
      note="'Nevajadzīgo svītrot': all options printed, non-chosen ones carry strikethrough; the surviving one is "
           "the verdict.",
      author="Sandra", created=T(2026, 5, 20, 17, 2))


# ---- 08: vajadzīgo pasvītrot (underline the chosen option); name + date in cells
def f08():
    d = new_doc("Cambria", 11)
    para(d, "Meža mašīnu operators – ekspertīzes atzinums", bold=True, size=14)
    table(d, [
        ["Kvalifikācija / LKI", "Meža mašīnu operators / 3. LKI līmenis"],
        ["Eksperts", "Valdis Grīnbergs"],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    table(d, [
        ["", "Vērtējums (vajadzīgo pasvītrot)", "Pamatojums"],
        ["MIP",
         ("atbalstāms un virzāms saskaņošanai /",
          "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai /",
          [R("nav atbalstāms", u=True)]),
         "Programmā nav harvestera un forvardera vadības simulatora mācību, kas šodien ir obligāts posms pirms "
         "darba ar tehniku mežā. Meža mašīnu tehniskās apkopes modulis ir pārāk virspusējs. Jāizstrādā jauna "
         "redakcija."],
        ["PKE",
         ([R("atbalstāms un virzāms saskaņošanai", u=True), " /"],
          "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai /",
          "nav atbalstāms"),
         "Eksāmena uzdevumi atbilst kvalifikācijas prasībām."],
    ], widths=[1.8, 7.2, 7], bold_row0=True, shade_row0="EDEDED")
    para(d, "")
    table(d, [["Paraksts / datums", "V. Grīnbergs, 2026. g. 15. aprīlis"]], widths=[5, 11], bold_col0=True)
    return d


build("08_meza masinu operators_atzinums_Grinbergs", f08,
      rows=[("meža mašīnu operators", "MIP", "not_supported", "Valdis Grīnbergs", "2026-04-15", 3),
            ("meža mašīnu operators", "PKE", "supported", "Valdis Grīnbergs", "2026-04-15", 3)],
      note="'Vajadzīgo pasvītrot': chosen option underlined, the others plain. Date in 'Paraksts / datums' cell "
           "as '2026. g. 15. aprīlis'.",
      author="Valdis Grinbergs", created=T(2026, 4, 15, 20, 15))


# ---- 09: bold marks the chosen option; alias VGK; MIP not submitted
def f09():
    d = new_doc("Calibri", 11)
    para(d, "Atzinums par PKE saturu", bold=True, size=14)
    table(d, [
        ["Kvalifikācija", "VGK iekārtu remontatslēdznieks"],
        ["LKI līmenis", "3"],
        ["Izvērtētais dokuments", "PKE saturs (MIP šajā kārtā netika iesniegts ekspertīzei)"],
        ["Eksperts", "Dainis Sproģis"],
        ["Datums", "2026-06-09"],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    para(d, "Slēdziens (vajadzīgo izcelt treknrakstā):", bold=False)
    table(d, [
        ["PKE saturs ir atbalstāms un virzāms saskaņošanai"],
        [[R("PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", b=True)]],
        ["PKE saturs nav atbalstāms"],
    ], widths=[16])
    para(d, "")
    para(d, "Precizējumi", bold=True)
    para(d, "1. Praktiskajā uzdevumā jānorāda, kurš aukstumaģents tiek izmantots, un jāpievieno prasība par "
            "noplūdes pārbaudes pieraksta aizpildīšanu.")
    para(d, "2. Teorētiskās daļas jautājumos Nr. 7–9 jāaktualizē atsauces uz F-gāzu regulu.")
    return d


build("09_VGK remontatslēdznieks PKE", f09,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
             "Dainis Sproģis", "2026-06-09", 3)],
      note="Register alias 'VGK iekārtu remontatslēdznieks'. Options in a one-column table, chosen one in bold "
           "only ('vajadzīgo izcelt treknrakstā'). MIP explicitly not submitted -> no MIP row.",
      author="Dace Ziemele", created=T(2026, 6, 9, 13, 40))


def mail_head(d, fields, first_bold=None):
    if first_bold:
        p = para(d, [R(first_bold, b=True, size=13)], space_after=2)
        bottom_border(p, 18)
    for k, v in fields:
        para(d, [R(k + "\t", b=True), v], space_after=0)
    para(d, "")


# ---- 10: Outlook e-mail printed to Word (Latvian headers), small table in the reply, quoted request below
def f10():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("No:", "Ilona Jurēvica <ilona.jurevica@klimatserviss.lv>"),
        ("Nosūtīts:", "otrdiena, 2026. gada 26. maijs 16:42"),
        ("Kam:", "Laura Miezīte <laura.miezite@lddk.lv>"),
        ("Tēma:", "RE: VGK sistēmu tehniķis – lūgums sniegt atzinumu līdz 29.05."),
    ], first_bold="Laura Miezīte")
    para(d, "Labdien, Laura!")
    para(d, "Izskatīju abus dokumentus par ventilācijas un gaisa kondicionēšanas sistēmu tehniķi (LKI 4). "
            "Programmai man nav iebildumu, to var virzīt saskaņošanai tādu, kāda tā ir. Eksāmena saturu "
            "atbalstu, bet pirms saskaņošanas darba grupai jāpārstrādā 2. praktiskais uzdevums (sistēmas "
            "ieregulēšana pēc gaisa daudzuma mērījumiem – pašlaik nav norādītas pieļaujamās novirzes) un "
            "jāprecizē vērtēšanas kritēriji. Pēc labojumiem varu vēlreiz paskatīties.", align="j")
    para(d, "Īsumā tabulā, lai vieglāk ielikt kopsavilkumā:")
    table(d, [
        ["Dokuments", "Vērtējums"],
        ["MIP", "atbalstāms, virzāms saskaņošanai"],
        ["PKE", "atbalstāms pēc precizējumu veikšanas (2. praktiskais uzdevums, kritēriji)"],
    ], widths=[3, 12], bold_row0=True)
    para(d, "")
    para(d, "Ar cieņu", space_after=0)
    para(d, "Ilona Jurēvica", space_after=0)
    para(d, "SIA „Klimatserviss”, tehniskā direktore", space_after=0)
    para(d, "+371 26 400 871")
    para(d, "")
    q = []
    for k, v in [("No:", "Laura Miezīte <laura.miezite@lddk.lv>"),
                 ("Nosūtīts:", "pirmdiena, 2026. gada 18. maijs 10:05"),
                 ("Kam:", "Ilona Jurēvica <ilona.jurevica@klimatserviss.lv>"),
                 ("Tēma:", "VGK sistēmu tehniķis – lūgums sniegt atzinumu līdz 29.05.")]:
        q.append(para(d, [R(k + " ", b=True), v], space_after=0))
    bottom_border(q[-1], 4)
    for t in ["Labdien, Ilona!",
              "Pielikumā VGK sistēmu tehniķa MIP un PKE saturs no darba grupas. Lūdzu atzinumā par katru "
              "dokumentu norādīt vienu no vērtējumiem:",
              "1) saturs ir atbalstāms un virzāms saskaņošanai;",
              "2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
              "3) saturs nav atbalstāms.",
              "Ja nepieciešams metodiskais atbalsts, droši zvani.",
              "Paldies!",
              "Laura Miezīte, LDDK projekta koordinatore"]:
        para(d, t, space_after=2)
    return d


build("10_RE_ VGK sistemu tehnikis - lugums sniegt atzinumu", f10,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Ilona Jurēvica",
             "2026-05-26", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
             "Ilona Jurēvica", "2026-05-26", 4)],
      note="Outlook print (Latvian headers) of the expert's reply; 'nav iebildumu ... var virzīt' = supported; "
           "small summary table in the mail. Quoted coordinator request below lists all three options and "
           "'metodiskais atbalsts' (noun) – must not count. Date = reply's Nosūtīts date.",
      author="Laura Miezīte", created=T(2026, 5, 27, 9, 3))


# ---- 11: Gmail print (English headers), PKE only; MIP sent separately
def f11():
    d = new_doc("Arial", 10)
    p = para(d, [R("Gmail", b=True, size=16, color="C5221F"), "\t\t\t\t\t\t",
                 "Dace Ziemele <dace.ziemele.lddk@gmail.com>"])
    bottom_border(p, 6)
    para(d, [R("Re: Mehatronisko sistēmu tehniķis – PKE ekspertīzei", b=True, size=13)])
    para(d, "1 message", size=None)
    p = para(d, [R("Andris Pētersons", b=True), " <andris.petersons@mehtron.lv>", "\t\t",
                 "Mon, May 11, 2026 at 9:14 AM"], space_after=0)
    para(d, "To: Dace Ziemele <dace.ziemele.lddk@gmail.com>")
    for t in [
        "Sveika, Dace!",
        "Paskatījos mehatroniķu eksāmenu. Diemžēl šādā redakcijā PKE saturu neatbalstu. Praktiskais uzdevums "
        "nepārbauda PLC programmēšanu un kļūmju meklēšanu automatizētā sistēmā, kas ir kvalifikācijas kodols – "
        "tas ir vairāk montāžas uzdevums. Teorijas jautājumu bankā ap trešdaļa jautājumu ir par vispārīgo "
        "elektrotehniku. Jāpārstrādā un jāsūta atkārtotai ekspertīzei.",
        "MIP atzinumu aizsūtīju jau pagājušajā nedēļā atsevišķā vēstulē, tas paliek spēkā, šeit tikai par PKE.",
        "Andris",
    ]:
        para(d, t)
    para(d, "")
    para(d, "On Thu, May 7, 2026 at 2:30 PM Dace Ziemele <dace.ziemele.lddk@gmail.com> wrote:", italic=True)
    for t in [
        "Labdien, Andri!",
        "Pielikumā mehatronisko sistēmu tehniķa (LKI 4) PKE saturs. Lūdzu atzinumu līdz 15. maijam, "
        "ar vienu no formulējumiem: atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumu "
        "veikšanas virzāms saskaņošanai / nav atbalstāms.",
        "Paldies,",
        "Dace",
    ]:
        p = para(d, t, indent=0.6, space_after=2)
        left_border(p)
    return d


build("11_Gmail - Re_ Mehatronisko sist. tehn. PKE", f11,
      rows=[("mehatronisko sistēmu tehniķis", "PKE", "not_supported", "Andris Pētersons", "2026-05-11", 4)],
      note="Gmail print with English header labels; first-person 'neatbalstu'. The expert says the MIP verdict "
           "was sent in a separate mail -> this file has no MIP row. Quoted request lists all options.",
      author="Dace Ziemele", created=T(2026, 5, 11, 10, 2))


# ---- 12: company letterhead letter to LDDK with a small table
def f12():
    d = new_doc("Times New Roman", 12)
    header(d, [R("AS „MEŽA SERVISS ZEMGALE”", b=True, size=15, color="385623")],
           [R("Reģ. Nr. 40003918274 | Rūpniecības iela 14, Jelgava, LV-3001 | info@msz.lv", size=8)],
           align="c")
    bottom_border(d.sections[0].header.paragraphs[-1], 12)
    para(d, "Jelgavā, 2026. gada 22. aprīlī\tNr. 2026/04-17", space_after=12)
    para(d, "Latvijas Darba devēju konfederācijai", space_after=0, align="r")
    para(d, "projekta koordinatorei D. Ziemelei", align="r", space_after=12)
    para(d, "Par mežsaimniecības tehniķa MIP un PKE ekspertīzi", bold=True)
    para(d, "Atbildot uz Jūsu 2026. gada 30. marta vēstuli, nosūtām nozares eksperta atzinumu par "
            "profesionālās kvalifikācijas „Mežsaimniecības tehniķis” (LKI 4. līmenis) modulārās izglītības "
            "programmas un profesionālās kvalifikācijas eksāmena saturu.", align="j")
    para(d, "Programma veidota kvalitatīvi, tajā iekļautas nozarē aktuālās prasmes – meža inventarizācijas "
            "datu apstrāde ĢIS vidē, meža atjaunošanas plānošana un ilgtspējīgas apsaimniekošanas principi. "
            "Eksāmena saturā ir vairākas neprecizitātes, kas norādītas zemāk.", align="j")
    table(d, [
        ["Dokuments", "Eksperta slēdziens"],
        ["MIP", "Saturs ir atbalstāms un virzāms saskaņošanai."],
        ["PKE", ("Saturs ir atbalstāms; virzāms saskaņošanai pēc šādu precizējumu veikšanas:",
                 "1) cirsmas skices uzdevumā jānorāda mērogs un nosacītie apzīmējumi;",
                 "2) jāpārskata teorijas jautājumi par meža likumdošanu (vairāki atsaucas uz spēku "
                 "zaudējušiem MK noteikumiem);",
                 "3) vērtēšanas kritērijos jānosaka minimālais punktu skaits katrā daļā.")],
    ], widths=[3, 13], bold_row0=True)
    para(d, "")
    para(d, "Ar cieņu", space_after=18)
    para(d, ["valdes loceklis, nozares eksperts", TAB(), TAB(), TAB(), "Egils Stepiņš"])
    para(d, "")
    para(d, [R("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8)])
    return d


build("12_Vestule LDDK_mezsaimniecibas tehnikis", f12,
      rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Egils Stepiņš", "2026-04-22", 4),
            ("mežsaimniecības tehniķis", "PKE", "needs_corrections", "Egils Stepiņš", "2026-04-22", 4)],
      note="Company letterhead in the page header; official letter with date+number line; verdicts in a two-"
           "column table; the PKE condition list follows the verdict sentence. Referenced earlier letter date "
           "(30 March) is not the review date.",
      author="Birojs", created=T(2026, 4, 22, 14, 10))


# ---- 13: one table, three qualifications; 'Paraksts / datums' cell; initial + surname only
def f13():
    d = new_doc("Calibri", 10, landscape=True)
    para(d, "Kokrūpniecības nozares eksperta vērtējums – MIP un PKE (5. posms)", bold=True, size=13)
    table(d, [
        ["Nr.", "Kvalifikācija (LKI)", "MIP", "PKE", "Piezīmes"],
        ["1.", "Kokapstrādes iekārtu operators (3)", "atbalstāms un virzāms saskaņošanai",
         "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "PKE: praktiskajā uzdevumā papildināt ar ripzāģa iestatīšanu un instrumenta nomaiņu."],
        ["2.", "Datorizētu kokapstrādes iekārtu operators (4)", "nav atbalstāms",
         "– (nav iesniegts)",
         "MIP: nav CNC programmēšanas moduļa; apjoms praktiskajām mācībām uzņēmumā nepietiekams. "
         "Jāizstrādā atkārtoti."],
        ["3.", "Koka izstrādājumu ražošanas tehniķis (4)",
         "atbalstāms pēc precizējumiem, tad virzāms saskaņošanai", "– (vērtē N. Eglītis)",
         "MIP: precizēt kvalitātes vadības moduļa mācību rezultātus."],
    ], widths=[1, 6, 5.5, 5.5, 7], bold_row0=True, shade_row0="D9D9D9")
    para(d, "")
    table(d, [
        ["Eksperts", "Paraksts / datums"],
        ["J. Bērziņš", "(paraksts)   03.06.2026."],
    ], widths=[8, 8], bold_row0=True)
    return d


build("13_kokrupnieciba_3kval_JBerzins", f13,
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "J. Bērziņš", "2026-06-03", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "J. Bērziņš", "2026-06-03", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "J. Bērziņš", "2026-06-03", 4),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "J. Bērziņš", "2026-06-03", 4)],
      note="One landscape table, three qualifications x MIP/PKE columns with LKI in brackets. Two PKE cells "
           "say not submitted / reviewed by someone else -> no rows. Expert only as initial + surname.",
      author="Jānis", created=T(2026, 6, 3, 16, 25))


# ---- 14: key/value with values BELOW labels; second round MIP, not supported now
def f14():
    d = new_doc("Times New Roman", 12)
    para(d, "MIP ATKĀRTOTĀS EKSPERTĪZES ATZINUMS", bold=True, size=13, align="c", space_after=10)
    t = table(d, [
        ["Kvalifikācija"], ["Elektromontieris, LKI 3"],
        ["Eksperts"], ["Artūrs Celmiņš"],
        ["Datums"], ["2026. gada 5. jūnijā"],
        ["Iepriekšējā ekspertīze"],
        ["1. kārta, 2026. gada marts: MIP tika atbalstīts, pēc precizējumu veikšanas virzāms saskaņošanai."],
        ["Atzinums par MIP (2. kārta)"],
        [("Darba grupa jaunajā redakcijā ir mainījusi moduļu struktūru: modulis „Elektrodrošība un darba "
          "aizsardzība” apvienots ar moduli „Mērījumi elektroietaisēs”, un kopējais stundu skaits abām tēmām "
          "samazināts gandrīz uz pusi. Iepriekšējās piezīmes par zemējuma ierīkošanu ņemtas vērā tikai daļēji.",
          "Tādā redakcijā MIP nevaru atbalstīt. Programma jāpārstrādā, atjaunojot atsevišķu elektrodrošības "
          "moduli, un jāiesniedz atkārtotai ekspertīzei.")],
    ], widths=[16])
    for i in (0, 2, 4, 6, 8):
        shade(t.cell(i, 0), "D9E2F3")
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    return d


build("14_Elektromontieris MIP 2.karta", f14,
      rows=[("elektromontieris", "MIP", "not_supported", "Artūrs Celmiņš", "2026-06-05", 3)],
      note="Single-column form: each label cell has its value in the cell below. History cell restates the "
           "first-round 'atbalstīts, pēc precizējumu...' – the current second-round verdict is 'nevaru atbalstīt'.",
      author="Artūrs Celmiņš", created=T(2026, 6, 5, 12, 0))


# ---- 15: tracked changes on the verdict and on the date
def f15():
    d = new_doc("Calibri", 11)
    au, tm = "Kristīne Laizāne", "2026-04-29T08:41:00Z"
    para(d, "Profesionālās kvalifikācijas eksāmena satura izvērtējums", bold=True, size=14)
    t = table(d, [
        ["Kvalifikācija", "Mēbeļu galdnieks (LKI 4)"],
        ["Vērtētājs", "Kristīne Laizāne"],
        ["Datums", [DEL("24.04.2026.", au, tm), INS("29.04.2026.", au, tm)]],
        ["Piezīmes", ("1. Teorētiskās daļas jautājumi atbilst kvalifikācijas prasībām.",
                      "2. Praktiskā uzdevuma rasējumā nav norādītas pielaides savienojumiem – jāpapildina.",
                      "3. Materiālu saraksts uzdevumam ir reāls un izpildāms dotajā laikā.",
                      [INS("4. Vērtēšanas lapā jāparedz atsevišķs kritērijs virsmas apdares kvalitātei.",
                           au, tm)])],
        ["Slēdziens par PKE", [DEL("Saturs ir atbalstāms un virzāms saskaņošanai.", au, tm),
                               INS("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai "
                                   "(skat. 2. un 4. piezīmi).", au, tm)]],
    ], widths=[4.5, 11.5], bold_col0=True)
    return d


build("15_Mebelu_galdnieks_PKE_labots_KL", f15,
      rows=[("mēbeļu galdnieks", "PKE", "needs_corrections", "Kristīne Laizāne", "2026-04-29", 4)],
      note="Tracked changes left unaccepted: verdict 'atbalstāms un virzāms' deleted (w:del) and replaced by "
           "'pēc precizējumu...' (w:ins); date 24.04 deleted, 29.04 inserted. Current text counts.",
      author="Kristīne Laizāne", created=T(2026, 4, 24, 18, 0))


# ---- 16: qualification not in the register (metinātājs), ✓ marks
def f16():
    d = new_doc("Arial", 10)
    para(d, "EKSPERTA ATZINUMS", bold=True, size=13, align="c")
    para(d, "Mašīnbūves un metālapstrādes nozare", align="c", space_after=10)
    table(d, [
        ["Profesionālā kvalifikācija", "Metinātājs"],
        ["LKI līmenis", "3"],
        ["Eksperts", "Aleksandrs Volkovs"],
        ["Atzinuma datums", "16.06.2026."],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    table(d, [
        ["Vērtējums", "MIP", "PKE"],
        ["Atbalstāms un virzāms saskaņošanai", "\u2713", ""],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", "\u2713"],
        ["Nav atbalstāms", "", ""],
        ["Komentāri", "Programmā labi sabalansētas MAG, MMA un TIG metināšanas prasmes.",
         "PKE praktiskajā daļā jāparedz metinājuma vizuālā kontrole pēc LVS EN ISO 5817 un jānorāda "
         "kvalitātes līmenis."],
    ], widths=[8, 4, 4], bold_row0=True, shade_row0="FBE4D5")
    return d


build("16_Metinatajs_atzinums_Volkovs", f16,
      rows=[("metinātājs", "MIP", "supported", "Aleksandrs Volkovs", "2026-06-16", 3),
            ("metinātājs", "PKE", "needs_corrections", "Aleksandrs Volkovs", "2026-06-16", 3)],
      problems=["unknown_qualification"],
      note="'Metinātājs' is not in the register -> unknown_qualification, name as written, LKI from the review. "
           "✓ marks in an options x documents grid.",
      author="A.Volkovs", created=T(2026, 6, 16, 10, 45))


# ---- 17: form covers MIP (marked) and PKE (remarks but no option marked)
def f17():
    d = new_doc("Calibri", 11)
    para(d, "Ekspertīzes atzinums – Elektrotehniķis", bold=True, size=14)
    table(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["LKI", "4"],
        ["Eksperte", "Līga Vītola"],
        ["Datums", "10.06.2026"],
    ], widths=[4, 12], bold_col0=True)
    para(d, "")
    table(d, [
        ["", "MIP", "PKE"],
        ["Atbalstāms un virzāms saskaņošanai", [gothic(BOX_ON)], [gothic(BOX_OFF)]],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [gothic(BOX_OFF)], [gothic(BOX_OFF)]],
        ["Nav atbalstāms", [gothic(BOX_OFF)], [gothic(BOX_OFF)]],
        ["Piezīmes", "Bez piezīmēm.",
         ("Nav skaidrs, vai praktiskajā daļā paredzēts darbs ar reālu sadalni vai ar maketu. "
          "Vai 3. variantā paredzēts izmantot darba devēja iekārtas?",
          "PKE vērtējumu sniegšu pēc tikšanās ar darba grupu 15. jūnijā.")],
    ], widths=[9, 3.5, 3.5], bold_row0=True)
    return d


build("17_Elektrotehniķis_Vītola_nepabeigts", f17,
      rows=[("elektrotehniķis", "MIP", "supported", "Līga Vītola", "2026-06-10", 4),
            ("elektrotehniķis", "PKE", "unknown", "Līga Vītola", "2026-06-10", 4)],
      problems=["no_verdict"],
      note="Grid with ☒/☐ glyphs: MIP marked, PKE column left all ☐ and the notes say the PKE verdict will follow "
           "later -> PKE unknown + no_verdict.",
      author="Liga", created=T(2026, 6, 10, 22, 31))


# ---- 18: two checkboxes ticked for MIP -> conflict
def f18():
    d = new_doc("Calibri", 11)
    para(d, "Atzinums: Mehatronisko sistēmu tehniķis (LKI 4)", bold=True, size=14)
    para(d, "Eksperte: Zane Upīte        Datums: 2026-05-19")
    para(d, "")
    table(d, [
        ["Dokuments", "Vērtējums", "Komentārs"],
        ["MIP",
         ([CHK(True), " atbalstāms un virzāms saskaņošanai"],
          [CHK(False), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          [CHK(True), " nav atbalstāms"]),
         "Pneimatikas un hidraulikas moduļi labi. Robotikas modulis ir ļoti vispārīgs."],
        ["PKE",
         ([CHK(True), " atbalstāms un virzāms saskaņošanai"],
          [CHK(False), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          [CHK(False), " nav atbalstāms"]),
         "Eksāmens atbilst kvalifikācijas prasībām."],
    ], widths=[2.5, 8, 5.5], bold_row0=True)
    return d


build("18_Mehatronika_MIP_PKE_Upite", f18,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "unknown", "Zane Upīte", "2026-05-19", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Zane Upīte", "2026-05-19", 4)],
      problems=["conflict"],
      note="Content-control checkboxes; for MIP both 'atbalstāms un virzāms' and 'nav atbalstāms' are ticked, "
           "comment is mixed -> MIP unknown + conflict. PKE single tick.",
      author="Zane Upīte", created=T(2026, 5, 19, 15, 55))


# ---- 19: NOT A REVIEW – coordinator's assignment table
def f19():
    d = new_doc("Calibri", 10, landscape=True)
    para(d, "Nozaru ekspertu sadalījums MIP un PKE satura ekspertīzei – projekta 5. posms", bold=True, size=13)
    para(d, "Sagatavoja: Dace Ziemele, LDDK; aktualizēts 2026. gada 8. aprīlī", italic=True)
    table(d, [
        ["Nr.", "Kvalifikācija", "LKI", "Nozare", "MIP eksperts", "PKE eksperts", "Termiņš", "Piezīmes"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "Kokrūpniecība", "J. Bērziņš", "J. Bērziņš", "05.06.",
         "atkārtota ekspertīze pēc precizējumiem"],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "Kokrūpniecība", "O. Rudzītis", "O. Rudzītis",
         "15.05.", ""],
        ["3.", "Mēbeļu galdnieks", "4", "Kokrūpniecība", "M. Zariņš", "K. Laizāne", "30.04.", ""],
        ["4.", "Būvizstrādājumu galdnieks", "4", "Kokrūpniecība", "S. Krūmiņa", "S. Krūmiņa", "22.05.", ""],
        ["5.", "Elektrotehniķis", "4", "Enerģētika", "V. Strazdiņa", "L. Vītola", "05.06.",
         "PKE – gaida darba grupas labojumus"],
        ["6.", "VGK iekārtu remontatslēdznieks", "3", "Enerģētika", "I. Gaile", "D. Sproģis", "10.06.",
         "MIP iesniegs vēlāk"],
        ["7.", "Mehatronisko sistēmu tehniķis", "4", "Mašīnbūve un metālapstrāde", "A. Pētersons",
         "A. Pētersons", "15.05.", ""],
    ], widths=[1, 6, 1.2, 3.5, 3, 3, 2, 5], bold_row0=True, shade_row0="BDD7EE")
    para(d, "")
    para(d, "Atgādinājums ekspertiem", bold=True)
    para(d, "Atzinumā par katru dokumentu norāda vienu no vērtējumiem: saturs ir atbalstāms un virzāms "
            "saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav "
            "atbalstāms. Ja vērtējums ir „nav atbalstāms”, obligāti norāda pamatojumu. Metodisko atbalstu "
            "veidlapu aizpildīšanā sniedz projekta koordinatore.", align="j")
    return d


build("19_Ekspertu sadalijums 5.posms", f19,
      problems=["no_verdict"],
      note="NOT a review: coordinator's assignment table (qualifications, experts, deadlines, status notes) plus a "
           "reminder that lists all three verdict options. No rows; one no_verdict.",
      author="Dace Ziemele", created=T(2026, 4, 8, 9, 30))


# ---- 20: NOT A REVIEW – meeting minutes
def f20():
    d = new_doc("Times New Roman", 12)
    para(d, "LDDK nozaru ekspertu darba sanāksmes", align="c", bold=True)
    para(d, "PROTOKOLS Nr. 3", align="c", bold=True, size=14)
    para(d, "Rīgā, 2026. gada 6. maijā, tiešsaistē (MS Teams)", align="c", space_after=10)
    table(d, [
        ["Sanāksmi vada", "Dace Ziemele, LDDK projekta koordinatore"],
        ["Protokolē", "Laura Miezīte"],
        ["Piedalās", "G. Apinis, J. Bērziņš, I. Gaile, I. Jurēvica, K. Laizāne, O. Rudzītis, D. Sproģis, "
                     "V. Strazdiņa, Z. Upīte, M. Zariņš"],
    ], widths=[4, 12], bold_col0=True)
    para(d, "")
    para(d, "Darba kārtība", bold=True)
    for t in ["1. MIP un PKE ekspertīzes gaita 5. posmā.",
              "2. Vienots atzinumu noformējums.",
              "3. Dažādi jautājumi."]:
        para(d, t, space_after=0)
    para(d, "")
    para(d, "1. D. Ziemele informēja, ka līdz 5. maijam saņemti 11 atzinumi, daļa no tiem atkārtoti pēc "
            "precizējumiem. Z. Upīte vērsa uzmanību, ka ne visas darba grupas ievēro termiņus. "
            "O. Rudzītis jautāja, vai atzinumu par PKE var sniegt, ja MIP vēl nav apstiprināts – "
            "D. Ziemele apstiprināja, ka dokumentus vērtē neatkarīgi.", align="j")
    para(d, "2. Diskusijā par atzinumu formu eksperti vienojās, ka formulējums „atbalstāms ar nosacījumiem” "
            "turpmāk netiek lietots – jāizvēlas „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
            "saskaņošanai” un jāuzskaita precizējumi. Nozares uzņēmumi atbalsta ideju par vienotu veidlapu.",
         align="j")
    para(d, "3. Dažādi: nākamā sanāksme – jūnija sākumā.", align="j")
    para(d, "")
    table(d, [
        ["Nr.", "Lēmums", "Atbildīgais", "Termiņš"],
        ["1.", "Izsūtīt ekspertiem vienoto atzinuma veidlapu", "L. Miezīte", "08.05.2026."],
        ["2.", "Apkopot saņemtos atzinumus pārskatam VISC", "D. Ziemele", "29.05.2026."],
    ], widths=[1, 9, 3, 3], bold_row0=True)
    para(d, "")
    para(d, "Protokolēja: L. Miezīte")
    return d


build("20_Protokols_2026-05-06", f20,
      problems=["no_verdict"],
      note="NOT a review: meeting minutes that discuss verdict wording, 'nozares uzņēmumi atbalsta ideju' "
           "(3rd person with its own subject), experts' names and a decision table. No verdict on any document.",
      author="Laura Miezīte", created=T(2026, 5, 6, 16, 0))


# ---- 21: NOT A REVIEW – blank template with instructions
def f21():
    d = new_doc("Calibri", 11)
    para(d, "NOZARES EKSPERTA ATZINUMS PAR MIP UN PKE SATURU", bold=True, size=13, align="c")
    para(d, "(veidlapa – paraugs; aizpilda eksperts)", italic=True, align="c", space_after=10)
    table(d, [
        ["Profesionālā kvalifikācija", ""],
        ["LKI līmenis", ""],
        ["Nozares eksperts (vārds, uzvārds)", ""],
        ["Datums", ""],
    ], widths=[6, 10], bold_col0=True)
    para(d, "")
    table(d, [
        ["Vērtējums (atzīmēt ar ☒)", "MIP", "PKE"],
        [OPT_SUP.capitalize(), [gothic(BOX_OFF)], [gothic(BOX_OFF)]],
        [OPT_COR.capitalize(), [gothic(BOX_OFF)], [gothic(BOX_OFF)]],
        [OPT_NOT.capitalize(), [gothic(BOX_OFF)], [gothic(BOX_OFF)]],
        ["Precizējumi / pamatojums", "", ""],
    ], widths=[10, 3, 3], bold_row0=True)
    para(d, "")
    para(d, "Norādījumi", bold=True)
    for t in ["• Atzinumu sagatavo par katru dokumentu atsevišķi; ja kāds dokuments nav iesniegts, to norāda.",
              "• Vērtējumu „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” izvēlas, ja trūkumi "
              "novēršami bez atkārtotas ekspertīzes.",
              "• Vērtējumu „nav atbalstāms” izvēlas, ja dokuments jāpārstrādā; šādā gadījumā pēc labojumiem "
              "veic atkārtotu ekspertīzi.",
              "• Aizpildītu veidlapu nosūta koordinatorei e-pastā."]:
        para(d, t, space_after=2)
    return d


build("21_Atzinuma veidlapa_paraugs", f21,
      problems=["no_verdict"],
      note="NOT a review: the blank form template with instructions; all boxes empty, metadata cells empty.",
      author="Laura Miezīte", created=T(2026, 5, 8, 11, 15))


# ---- 22: NOT A REVIEW – letter from the content centre asking to delegate experts
def f22():
    d = new_doc("Times New Roman", 12)
    header(d, [R("VALSTS IZGLĪTĪBAS SATURA CENTRS", b=True, size=13)],
           [R("Vaļņu iela 2, Rīga, LV-1050", size=8)], align="c")
    bottom_border(d.sections[0].header.paragraphs[-1], 8)
    para(d, "Rīgā\t\t\t\t\t\t\t26.03.2026. Nr. 4.2-8/412", space_after=12)
    para(d, "Latvijas Darba devēju konfederācijai", align="r", space_after=12)
    para(d, "Par nozaru ekspertu deleģēšanu projekta 5. posmā", bold=True)
    para(d, "Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa "
            "4.2.2.9. pasākuma ietvaros Valsts izglītības satura centrs lūdz deleģēt nozaru ekspertus šādu "
            "profesionālo kvalifikāciju MIP un PKE satura ekspertīzei:", align="j")
    table(d, [
        ["Kvalifikācija", "LKI", "Dokumenti", "Plānotais iesniegšanas laiks"],
        ["Elektrotehniķis", "4", "MIP, PKE", "aprīlis"],
        ["VGK sistēmu tehniķis", "4", "MIP, PKE", "maijs"],
        ["Mēbeļu galdnieks", "4", "MIP, PKE", "aprīlis"],
        ["Meža mašīnu operators", "3", "PKE", "aprīlis"],
    ], widths=[6, 1.5, 3.5, 5], bold_row0=True)
    para(d, "")
    para(d, "Eksperta atzinumā lūdzam norādīt, vai dokumenta saturs ir atbalstāms un virzāms saskaņošanai, "
            "atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, un pamatot vērtējumu. Atzinumus lūdzam "
            "iesniegt ne vēlāk kā 15 darba dienu laikā pēc dokumentu saņemšanas.", align="j")
    para(d, "Pateicamies par sadarbību!", space_after=18)
    para(d, ["Projekta vadītāja", TAB(), TAB(), TAB(), TAB(), "R. Avotiņa"])
    return d


build("22_VISC uzaicinajums deleget ekspertus", f22,
      problems=["no_verdict"],
      note="NOT a review: an agency letter (letterhead) requesting experts; contains 'specifiskā atbalsta mērķa', "
           "a qualification table and a description of the verdict options.",
      author="R.Avotina", created=T(2026, 3, 26, 10, 20))


# ---- 23: very short; expert only in header, date only in footer
def f23():
    d = new_doc("Calibri", 11)
    header(d, [R("Aivars Ozols, nozares eksperts (kokrūpniecība)", size=9)])
    footer(d, [R("2026-04-30", size=9)], align="r")
    para(d, "Motorzāģa operators – PKE", bold=True, size=13)
    table(d, [
        ["Atbalstāms un virzāms saskaņošanai", "\u2713"],
        ["Atbalstāms pēc precizējumiem", ""],
        ["Nav atbalstāms", ""],
    ], widths=[10, 2])
    para(d, "Uzdevumi reāli, laiks pietiek. Labs darbs.")
    return d


build("23_PKE motorzagis", f23,
      rows=[("motorzāģa operators", "PKE", "supported", "Aivars Ozols", "2026-04-30", 3)],
      note="Very short: one three-row option table with ✓; expert only in the page header, date only in the "
           "footer; MIP not mentioned at all -> no MIP row.",
      author="", created=T(2026, 4, 30, 7, 55))


# ---- 24: hasty, no diacritics
def f24():
    d = new_doc("Arial", 10)
    para(d, "Mezsaimniecibas tehnikis - eksperta vertejums", bold=True)
    table(d, [
        ["Kvalifikacija", "Mezsaimniecibas tehnikis, LKI 4"],
        ["Eksperts", "Raivis Liepins"],
        ["Datums", "08.05.2026"],
        ["MIP", "atbalstams, pec precizejumu veiksanas virzams saskanosanai (sk. piezimes)"],
        ["PKE", "NAV atbalstams - eksamena praktiskais uzdevums (cirsmas uzmerisana) neatbilst kvalifikacijas "
                "prasibam, jaizstrada no jauna"],
        ["Piezimes", ("MIP: modulim Meza inventarizacija pievienot darbu ar LVM GEO / Meza valsts registra datiem, "
                      "izlabot stundu summas 2. kursa plana",
                      "PKE: sk. augstak")],
    ], widths=[3, 13])
    return d


build("24_mezsaimn_tehn_liepins", f24,
      rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Raivis Liepins", "2026-05-08", 4),
            ("mežsaimniecības tehniķis", "PKE", "not_supported", "Raivis Liepins", "2026-05-08", 4)],
      note="Hasty, typed without diacritics everywhere (including the expert's own name, kept as written). "
           "Upper-case 'NAV atbalstams'.",
      author="raivis", created=T(2026, 5, 8, 23, 12))


# ---- 25: rounds table 1st round vs 2nd round; the newest column counts
def f25():
    d = new_doc("Times New Roman", 11)
    para(d, "Kokapstrādes iekārtu operators (LKI 3) – atkārtotā ekspertīze", bold=True, size=13)
    para(d, "Eksperte: Rūta Kalēja", space_after=8)
    table(d, [
        ["Dokuments", "1. kārta (12.02.2026.)", "2. kārta (21.05.2026.)"],
        ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (jāpapildina moduļi par "
                "darba aizsardzību un instrumentu asināšanu).",
         "Precizējumi veikti pilnā apjomā. Saturs ir atbalstāms un virzāms saskaņošanai."],
        ["PKE", "Saturs nav atbalstāms – praktiskais uzdevums neatbilda LKI 3. līmenim.",
         "Praktiskais uzdevums izstrādāts no jauna, vērtēšanas kritēriji skaidri. Atbalstu, virzāms "
         "saskaņošanai."],
    ], widths=[2.5, 6.75, 6.75], bold_row0=True, shade_row0="E2EFD9")
    para(d, "")
    para(d, "Atzinums sagatavots 2026. gada 21. maijā.")
    return d


build("25_KIO_atkartota ekspertize_Kaleja", f25,
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Rūta Kalēja", "2026-05-21", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Rūta Kalēja", "2026-05-21", 3)],
      note="Side-by-side history table: first-round column (needs corrections / nav atbalstāms) and second-round "
           "column (supported). Only the newest round is the current verdict; date = second round.",
      author="Dace Ziemele", created=T(2026, 5, 22, 8, 30))


# ---- 26: criterion table with Jā/Nē per document, overall row in free text; a module 'nav atbalstāms'
def f26():
    d = new_doc("Calibri", 10)
    para(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, LKI 4", bold=True, size=13)
    para(d, "MIP un PKE satura atbilstības izvērtējums", space_after=8)
    table(d, [
        ["Nr.", "Kritērijs", "MIP", "PKE", "Komentārs"],
        ["1.", "Saturs atbilst profesionālās kvalifikācijas prasībām", "Jā", "Jā", ""],
        ["2.", "Iekļautas jaunās prasmes (energoefektivitāte, automatizēta vadība)", "Nē", "Jā",
         "MIP nav iekļauta siltuma atgūšanas iekārtu vadības automatizācija."],
        ["3.", "Mācību rezultāti / vērtēšanas kritēriji ir izmērāmi", "Jā", "Jā", ""],
        ["4.", "Darba drošība un vides prasības", "Nē", "Jā",
         "Modulis „Aukstumaģentu aprite” šādā veidā nav atbalstāms – trūkst F-gāzu apstrādes prasību."],
        ["5.", "Apjoms un laika plānojums", "Jā", "Jā", ""],
        ["6.", "Darba vidē balstītas mācības", "Nē", "–", "Nav norādīti prakses uzdevumi."],
        ["", "KOPĒJAIS VĒRTĒJUMS",
         "MIP saturu atbalstu ar nosacījumu, ka pirms iesniegšanas saskaņošanai tiek novērsti 2., 4. un 6. "
         "kritērijā konstatētie trūkumi.",
         "PKE – atbalstāms un virzāms saskaņošanai.", ""],
    ], widths=[1, 5.5, 3.8, 2.7, 4], bold_row0=True, shade_row0="DDEBF7")
    para(d, "")
    table(d, [["Paraksts / datums", "Kaspars Lācis / 04.06.2026"]], widths=[5, 11], bold_col0=True)
    return d


build("26_VGK sistēmu tehniķis_kritēriji", f26,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections",
             "Kaspars Lācis", "2026-06-04", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Kaspars Lācis",
             "2026-06-04", 4)],
      note="Jā/Nē criteria per document; a criterion comment says one module 'nav atbalstāms' but the overall row "
           "outranks it: MIP supported on condition that deficiencies are fixed before approval = needs_corrections. "
           "Name and date only in the 'Paraksts / datums' cell.",
      author="Kaspars", created=T(2026, 6, 4, 18, 20))


# ---- 27: old template with PKL level, lowercase x marks
def f27():
    d = new_doc("Times New Roman", 12)
    para(d, "Eksperta atzinums", bold=True, size=14, align="c")
    table(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["Profesionālās kvalifikācijas līmenis", "3. PKL"],
        ["Eksperts", "Ivars Kļaviņš"],
        ["Datums", "27.03.2026"],
    ], widths=[7, 9], bold_col0=True)
    para(d, "(veidlapa no 2023. gada, līmenis norādīts pēc vecās klasifikācijas)", italic=True, size=9)
    para(d, "")
    table(d, [
        ["Atzīmēt ar x", "MIP", "PKE"],
        ["atbalstāms un virzāms saskaņošanai", "x", ""],
        ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["nav atbalstāms", "", "x"],
    ], widths=[10, 3, 3], bold_row0=True)
    para(d, "")
    para(d, "Pamatojums PKE: eksāmena teorētiskā daļa ir 60 % apjomā, praktiskā – tikai 40 %; praktiskajā daļā nav "
            "elektroietaišu pārbaudes un nodošanas ekspluatācijā. Eksāmena saturs jāpārveido un jāiesniedz "
            "atkārtoti.", align="j")
    return d


build("27_Elektrotehnikis_vecā veidlapa", f27,
      rows=[("elektrotehniķis", "MIP", "supported", "Ivars Kļaviņš", "2026-03-27", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Ivars Kļaviņš", "2026-03-27", 4)],
      note="Old form giving the level as '3. PKL' (= LKI 4, consistent with the register); lowercase x marks.",
      author="Ivars Kļaviņš", created=T(2026, 3, 27, 20, 40))


# ---- 28: conclusion only inside a text box (DrawingML + VML fallback)
def f28():
    d = new_doc("Calibri", 11)
    para(d, "Nozares eksperta atzinums", bold=True, size=14)
    table(d, [
        ["Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"],
        ["LKI", "4. līmenis"],
        ["Nozare", "Mašīnbūve un metālapstrāde"],
        ["Eksperts", "Ģirts Vanags"],
        ["Datums", "2026-06-12"],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    table(d, [
        ["Dokuments", "Konstatētais", "Nepieciešamie precizējumi"],
        ["MIP", "Programma aptver visas kvalifikācijas kompetences; labi izstrādāts PLC programmēšanas modulis.",
         "Rūpniecisko robotu modulī jāiekļauj sadarbīgie roboti (koboti) un riska novērtējums; precizēt "
         "stundu skaitu moduļiem C2 un C4."],
        ["PKE", "Eksāmena struktūra atbilst; praktiskais uzdevums ir reālistisks.",
         "Jānosaka kļūmju meklēšanas uzdevuma laika limits un jāpapildina vērtēšanas kritēriji ar "
         "dokumentēšanu."],
    ], widths=[2.5, 6.5, 7], bold_row0=True)
    para(d, "")
    textbox(d, [[R("SLĒDZIENS", b=True)],
                "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
                "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai."])
    return d


build("28_Vanags_mehatronika_galigais", f28,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Ģirts Vanags", "2026-06-12", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Ģirts Vanags", "2026-06-12", 4)],
      note="Remarks table without verdict words; the verdicts are only inside a text box (w:txbxContent written "
           "twice: wps DrawingML choice and VML fallback) – each verdict must be counted once.",
      author="Ģirts Vanags", created=T(2026, 6, 12, 14, 5))


# ---- 29: two qualifications, each in its own section with its own table; X marks
def f29():
    d = new_doc("Times New Roman", 11)
    para(d, "Ekspertīzes atzinums par kokrūpniecības nozares kvalifikāciju MIP un PKE saturu", bold=True,
         size=13, align="c", space_after=10)
    table(d, [["Eksperts", "Uldis Krastiņš"]], widths=[4, 12], bold_col0=True)
    para(d, "")
    for i, (q, lki, marks, notes) in enumerate([
        ("Mēbeļu galdnieks", "4", {"MIP": 0, "PKE": 2},
         ("MIP: bez iebildumiem.",
          "PKE: praktiskais uzdevums (skapja korpusa izgatavošana) nav izpildāms paredzētajās 6 stundās, "
          "teorijas jautājumi neaptver apdares materiālus. Eksāmena saturs jāpārstrādā.")),
        ("Būvizstrādājumu galdnieks", "4", {"MIP": 1, "PKE": 1},
         ("MIP: precizēt kāpņu izgatavošanas moduļa mācību rezultātus.",
          "PKE: precizēt vērtēšanas kritērijus montāžas daļai.")),
    ]):
        para(d, "%d. %s (LKI %s)" % (i + 1, q, lki), bold=True)
        rows = [["Vērtējums", "MIP", "PKE"]]
        for k, opt in enumerate(["Atbalstāms un virzāms saskaņošanai",
                                 "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                 "Nav atbalstāms"]):
            rows.append([opt, "X" if marks["MIP"] == k else "", "X" if marks["PKE"] == k else ""])
        rows.append(["Piezīmes", notes, ""])
        t = table(d, rows, widths=[10, 3, 3], bold_row0=True, shade_row0="F2F2F2")
        merge_row(t, 4, 1, 2)
        para(d, "")
        if i == 0:
            page_break(d)
    para(d, "Datums: 2026. gada 11. jūnijā")
    return d


build("29_Galdnieki_MIP_PKE_Krastins", f29,
      rows=[("mēbeļu galdnieks", "MIP", "supported", "Uldis Krastiņš", "2026-06-11", 4),
            ("mēbeļu galdnieks", "PKE", "not_supported", "Uldis Krastiņš", "2026-06-11", 4),
            ("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Uldis Krastiņš", "2026-06-11", 4),
            ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Uldis Krastiņš", "2026-06-11", 4)],
      note="Two qualifications, each in its own section (page break) with its own X-grid; name at the top, date "
           "once at the very end; merged notes cell.",
      author="Dace Ziemele", created=T(2026, 6, 12, 8, 10))


# ---- 30: Outlook forward with English headers; coordinator's note on top, expert's message below
def f30():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("From:", "Dace Ziemele <dace.ziemele@lddk.lv>"),
        ("Sent:", "Wednesday, May 20, 2026 11:03 AM"),
        ("To:", "projekts@visc.gov.lv"),
        ("Subject:", "FW: Meža mašīnu operators – atzinums"),
    ], first_bold="Dace Ziemele")
    para(d, "Labdien!")
    para(d, "Pārsūtu Toma Jansona atzinumu par meža mašīnu operatora dokumentiem. Darba grupai nosūtīsim "
            "MIP precizējumus.")
    para(d, "Dace")
    para(d, "")
    p = para(d, [R("From: ", b=True), "Toms Jansons <toms.jansons@forestmach.lv>"], space_after=0)
    para(d, [R("Sent: ", b=True), "Monday, May 18, 2026 5:47 PM"], space_after=0)
    para(d, [R("To: ", b=True), "Dace Ziemele <dace.ziemele@lddk.lv>"], space_after=0)
    p = para(d, [R("Subject: ", b=True), "Atzinums – meža mašīnu operators"], space_after=6)
    bottom_border(p, 4)
    para(d, "Sveiki!")
    para(d, "Nosūtu vērtējumu par meža mašīnu operatora (LKI 3) MIP un PKE.")
    table(d, [
        ["", "Mans vērtējums", "Kas jādara"],
        ["MIP", "atbalstāms, bet saskaņošanai virzīt tikai pēc precizējumiem",
         "papildināt ar simulatora mācībām (min. 40 h) un degvielas patēriņa optimizāciju"],
        ["PKE", "atbalstāms un virzāms saskaņošanai bez precizējumiem", "–"],
    ], widths=[2, 7, 7], bold_row0=True)
    para(d, "")
    para(d, "Ar cieņu,", space_after=0)
    para(d, "Toms Jansons", space_after=0)
    para(d, "servisa vadītājs, SIA „Forest Machinery Baltic”")
    return d


build("30_FW_ Meza masinu operators - atzinums", f30,
      rows=[("meža mašīnu operators", "MIP", "needs_corrections", "Toms Jansons", "2026-05-18", 3),
            ("meža mašīnu operators", "PKE", "supported", "Toms Jansons", "2026-05-18", 3)],
      note="Outlook forward (English headers): coordinator's forward on top (20 May), the expert's own message "
           "below (18 May) with a small verdict table. Expert = the original sender; date = the expert's mail. "
           "'bez precizējumiem' is positive.",
      author="Dace Ziemele", created=T(2026, 5, 20, 11, 5))


# ---- 31: qualification not in register; Wingdings boxed-x F0FD; PKE not submitted
def f31():
    d = new_doc("Arial", 10)
    para(d, "ATZINUMS PAR MODULĀRĀS IZGLĪTĪBAS PROGRAMMAS SATURU", bold=True, size=12, align="c",
         space_after=10)
    t = table(d, [
        ["Kvalifikācija", "Siltumenerģētikas tehniķis"],
        ["LKI līmenis", "4"],
        ["Nozare", "Enerģētika"],
        ["Eksperts", "Gatis Millers"],
        ["Datums", "18.06.2026."],
        ["Piezīme", "PKE saturs ekspertīzei netika iesniegts; atzinums attiecas tikai uz MIP."],
    ], widths=[4, 12], bold_col0=True)
    para(d, "")
    box, empty = SYM("F0FD"), SYM("F0A8")
    table(d, [
        [[empty], "MIP saturs ir atbalstāms un virzāms saskaņošanai"],
        [[empty], "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
        [[box], "MIP saturs nav atbalstāms"],
    ], widths=[1.2, 14.8])
    para(d, "")
    para(d, "Pamatojums", bold=True)
    para(d, "Programma balstīta uz katlumājas operatora uzdevumiem un neaptver siltumtīklu hidrauliskos aprēķinus, "
            "siltummezglu automātiku un siltumsūkņu sistēmas. Mācību rezultāti neatbilst LKI 4. līmenim. "
            "Nepieciešama būtiska pārstrāde un atkārtota ekspertīze.", align="j")
    return d


build("31_Siltumenergetikas tehnikis_Millers", f31,
      rows=[("siltumenerģētikas tehniķis", "MIP", "not_supported", "Gatis Millers", "2026-06-18", 4)],
      problems=["unknown_qualification"],
      note="Qualification not in the register; Wingdings F0FD (boxed x) marks the chosen option, F0A8 the others; "
           "PKE explicitly not submitted -> MIP row only.",
      author="Gatis", created=T(2026, 6, 18, 9, 0))


# ---- 32: grid with 'V' marks, two VGK qualifications, MIP only (PKE by another expert)
def f32():
    d = new_doc("Calibri", 10, landscape=True)
    para(d, "VGK kvalifikāciju MIP satura ekspertīze", bold=True, size=13)
    para(d, "Eksperte: Ināra Gaile   |   2026. gada 27. maijā", space_after=4)
    para(d, "PKE saturu abām kvalifikācijām vērtē D. Sproģis, tāpēc šeit tikai MIP.", italic=True)
    table(d, [
        ["Kvalifikācija", "LKI", "Atbalstāms un virzāms saskaņošanai",
         "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Nav atbalstāms", "Piezīmes"],
        ["Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "3", "", "V", "",
         "Papildināt ar gaisa apstrādes iekārtu filtru nomaiņas un dokumentēšanas uzdevumiem."],
        ["Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "4", "V", "", "", "Piezīmju nav."],
    ], widths=[6, 1.2, 3.5, 4.5, 2.5, 6.5], bold_row0=True, shade_row0="FFF2CC")
    para(d, "(atzīmēt ar V)", italic=True, size=9)
    return d


build("32_VGK_MIP_Gaile", f32,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
             "Ināra Gaile", "2026-05-27", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Ināra Gaile",
             "2026-05-27", 4)],
      note="Landscape grid, one row per qualification, options as columns with a 'V'. Two VGK qualifications "
           "with full names; PKE explicitly reviewed by another expert -> no PKE rows.",
      author="Ināra Gaile", created=T(2026, 5, 27, 13, 33))


# ---- 33: PKE only; title before the name in the signature cell; condition sentence
def f33():
    d = new_doc("Times New Roman", 12)
    para(d, "Atzinums par profesionālās kvalifikācijas eksāmena saturu", bold=True, size=13, align="c")
    para(d, "Koka izstrādājumu ražošanas tehniķis, LKI 4. līmenis", align="c", space_after=10)
    table(d, [
        ["Vērtētais dokuments", "PKE saturs (teorētiskā un praktiskā daļa, vērtēšanas kritēriji)"],
        ["Kopsavilkums",
         ("Eksāmena saturs kopumā atbilst kvalifikācijas prasībām un nozares praksei.",
          "Atbalstāms ar nosacījumu, ka tiek precizēti praktiskās daļas vērtēšanas kritēriji (jānosaka "
          "izmēru pielaides un virsmas kvalitātes prasības). Tikai pēc tam virzāms saskaņošanai.")],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    table(d, [
        ["Eksperts", "Paraksts / datums"],
        ["Mg.sc.ing. Edgars Dreimanis", "2026-06-03"],
    ], widths=[8, 8], bold_row0=True)
    return d


build("33_KIRT PKE Dreimanis", f33,
      rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Edgars Dreimanis",
             "2026-06-03", 4)],
      note="PKE only. 'Atbalstāms ar nosacījumu, ka ...' with 'tikai pēc tam virzāms' in the next sentence. "
           "Academic title 'Mg.sc.ing.' before the name is dropped in the gold.",
      author="Edgars Dreimanis", created=T(2026, 6, 3, 10, 0))


# ---- 34: template redesigned by the expert: free text in 'Mans vērtējums' cells; date in header
def f34():
    d = new_doc("Georgia", 10)
    header(d, [R("Sīle_atzinums_KIO_v2   |   02.06.2026", size=8, color="808080")], align="r")
    para(d, "Kokapstrādes iekārtu operators (3. LKI) – MIP un PKE", bold=True, size=13)
    para(d, "Vērtēja: Baiba Sīle, SIA „Latgales finieris”, ražošanas meistare", space_after=8)
    table(d, [
        ["", "Kas labi", "Kas jāuzlabo", "Mans vērtējums"],
        ["Programma",
         "Skaidra moduļu struktūra, daudz praktisko darbu.",
         "Trūkst darba ar finierēšanas presēm un līmju sagatavošanu; nepietiekami par kvalitātes kontroli "
         "pēc ražošanas partijas.",
         "Programmu kopumā var atbalstīt, taču virzīt saskaņošanai tikai pēc tam, kad būs novērsti blakus "
         "minētie trūkumi."],
        ["Eksāmens",
         "Uzdevumi tuvi reālajam darbam, kritēriji saprotami.",
         "Nav būtisku iebildumu.",
         "Bez precizējumiem atbalstāms un virzāms saskaņošanai."],
    ], widths=[2.3, 4.2, 4.8, 4.7], bold_row0=True, bold_col0=True, shade_row0="EDEDED")
    return d


build("34_Sile_atzinums_KIO_v2", f34,
      rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Baiba Sīle", "2026-06-02", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Baiba Sīle", "2026-06-02", 3)],
      note="Expert's own table layout (Kas labi | Kas jāuzlabo | Mans vērtējums); documents called 'Programma' "
           "and 'Eksāmens'; modal 'var atbalstīt, taču virzīt ... tikai pēc tam' = needs_corrections; "
           "'Bez precizējumiem atbalstāms' = supported. Date only in the page header.",
      author="Baiba", created=T(2026, 6, 2, 21, 17))


# ---- 35: MIP verdict cell says 'skat. piezīmes' and the notes contain no verdict
def f35():
    d = new_doc("Calibri", 11)
    para(d, "Eksperta atzinums", bold=True, size=14)
    table(d, [
        ["Profesionālā kvalifikācija", "Mežsaimniecības tehniķis"],
        ["LKI", "4"],
        ["Eksperts", "Kārlis Zvaigzne"],
        ["Datums", "14.05.2026."],
    ], widths=[5, 11], bold_col0=True)
    para(d, "")
    table(d, [
        ["Dokuments", "Slēdziens"],
        ["MIP", "skat. piezīmes"],
        ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai."],
    ], widths=[4, 12], bold_row0=True)
    para(d, "")
    para(d, "Piezīmes par MIP", bold=True)
    para(d, "Programmas apjoms ir ļoti liels, un nav skaidrs, kā to realizēt tālākizglītības formā. "
            "Diskutabls ir medniecības moduļa iekļaušana obligātajā daļā. Meža ceļu būves tēma aplūkota tikai "
            "teorētiski. Šos jautājumus vēlos pārrunāt ar darba grupu klātienē.", align="j")
    return d


build("35_Mezsaimniecibas_tehnikis_Zvaigzne", f35,
      rows=[("mežsaimniecības tehniķis", "MIP", "unknown", "Kārlis Zvaigzne", "2026-05-14", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Kārlis Zvaigzne", "2026-05-14", 4)],
      problems=["no_verdict"],
      note="Summary table: MIP verdict cell points to the notes, the notes only raise questions (no verdict "
           "words) -> MIP unknown + no_verdict; PKE plain supported.",
      author="Kārlis Zvaigzne", created=T(2026, 5, 14, 12, 12))


# ---- 36: expert's own summary over four energy qualifications; history inside a cell
def f36():
    d = new_doc("Times New Roman", 11, landscape=True)
    para(d, "Enerģētikas nozares eksperta atzinumu kopsavilkums", bold=True, size=13, align="c")
    para(d, "(MIP un PKE satura ekspertīze, projekta 5. posms)", align="c", space_after=10)
    table(d, [
        ["Kvalifikācija", "LKI", "MIP", "PKE"],
        ["Elektromontieris", "3", "atbalstāms un virzāms saskaņošanai",
         "atbalstāms un virzāms saskaņošanai (iepriekšējā redakcijā netika atbalstīts; darba grupa "
         "praktisko uzdevumu pārstrādāja)"],
        ["Elektrotehniķis", "4", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "nav atbalstāms – teorijas un prakses proporcija neatbilst; nav iekļauta ietaišu nodošana ekspluatācijā"],
        ["VGK iekārtu remontatslēdznieks", "3", "atbalstāms un virzāms saskaņošanai",
         "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
        ["VGK sistēmu tehniķis", "4",
         "nav atbalstāms, jo trūkst automatizētās vadības moduļa", "atbalstāms, virzāms pēc precizējumiem"],
    ], widths=[6, 1.3, 8.5, 9], bold_row0=True, shade_row0="DEEAF6")
    para(d, "")
    para(d, "Detalizētas piezīmes par katru dokumentu pievienotas atsevišķi darba grupām.", italic=True)
    para(d, "")
    table(d, [
        ["Eksperts", "Vieta, datums"],
        ["Gunārs Priede", "Rīgā, 30.06.2026."],
    ], widths=[8, 8], bold_row0=True, style=None)
    return d


build("36_Energetika_kopsavilkums_Priede", f36,
      rows=[("elektromontieris", "MIP", "supported", "Gunārs Priede", "2026-06-30", 3),
            ("elektromontieris", "PKE", "supported", "Gunārs Priede", "2026-06-30", 3),
            ("elektrotehniķis", "MIP", "needs_corrections", "Gunārs Priede", "2026-06-30", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Gunārs Priede", "2026-06-30", 4),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
             "Gunārs Priede", "2026-06-30", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
             "Gunārs Priede", "2026-06-30", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", "Gunārs Priede",
             "2026-06-30", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
             "Gunārs Priede", "2026-06-30", 4)],
      note="The expert's own summary table over four energy qualifications (VGK aliases), verdicts per cell in "
           "free variants; one PKE cell carries the history 'iepriekšējā redakcijā netika atbalstīts' after the "
           "current verdict. Name/date in a borderless signature table.",
      author="Gunārs Priede", created=T(2026, 6, 30, 15, 45))


# ============================================================================================
# outputs
# ============================================================================================
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for r in GOLD:
            w.writerow(r)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for r in PROBLEMS:
            w.writerow(r)
    lines = ["# r23b – forms and tables (blind set)", "",
             "Built by `build.py` (python-docx 1.2 plus raw WordprocessingML). Gold labels: `expected.csv`, "
             "`expected_problems.csv`.", "",
             "| file | design and judgement calls | gold |", "|---|---|---|"]
    for fname, note in NOTES:
        g = [r for r in GOLD if r[0] == fname]
        pr = [c for f2, c in PROBLEMS if f2 == fname]
        short = {"supported": "S", "needs_corrections": "C", "not_supported": "N", "unknown": "?"}
        gs = "; ".join("%s %s=%s" % (r[1], r[2], short[r[3]]) for r in g) or "–"
        if pr:
            gs += " [" + ", ".join(pr) + "]"
        lines.append("| `%s` | %s | %s |" % (fname, note.replace("|", "/"), gs))
    lines += ["", "Verdict codes in the gold column: S supported, C needs_corrections, N not_supported, ? unknown.", ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def verify():
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".docx"))
    built = [n for n, _ in NOTES]
    assert sorted(built) == files, (set(files) ^ set(built))
    for x in files:
        assert x.startswith(PREFIX)
        Document(os.path.join(OUT, x))
    for r in GOLD:
        assert r[0] in files
    for f2, _ in PROBLEMS:
        assert f2 in files
    covered = {r[0] for r in GOLD} | {f2 for f2, _ in PROBLEMS}
    assert covered == set(files), set(files) - covered
    keys = [(r[0], r[1], r[2]) for r in GOLD]
    assert len(keys) == len(set(keys)), "duplicate gold key"
    from collections import Counter
    print("files:", len(files), "gold rows:", len(GOLD), "problems:", len(PROBLEMS))
    print("verdicts:", Counter(r[3] for r in GOLD))
    print("docs:", Counter(r[2] for r in GOLD))
    print("codes:", Counter(c for _, c in PROBLEMS))
    print("non-reviews:", [f2 for f2 in files if f2 not in {r[0] for r in GOLD}])


if __name__ == "__main__":
    write_outputs()
    verify()
