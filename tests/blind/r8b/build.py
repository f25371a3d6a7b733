# -*- coding: utf-8 -*-
"""Builds the r8b blind evaluation set (forms, tables, printed e-mails, letterheads).

Run:  /work/hvenv/bin/python build.py
Every build(...) call carries its own gold rows and problem codes.
"""
import csv
import datetime as dt
import os
from xml.sax.saxutils import escape as _esc

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8b"
GOLD, PROBLEMS, NOTES = [], [], []

# canonical register names
MOT = "motorzāģa operators"
MST_T = "mežsaimniecības tehniķis"
KIO = "kokapstrādes iekārtu operators"
DKIO = "datorizētu kokapstrādes iekārtu operators"
KIRT = "koka izstrādājumu ražošanas tehniķis"
MEB = "mēbeļu galdnieks"
BUV = "būvizstrādājumu galdnieks"
MMO = "meža mašīnu operators"
EM = "elektromontieris"
ET = "elektrotehniķis"
VGK_R = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGK_S = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
MEH = "mehatronisko sistēmu tehniķis"

S, NC, NS, UNK = "supported", "needs_corrections", "not_supported", "unknown"

# option wordings used by many forms
OPT3 = ["saturs ir atbalstāms un virzāms saskaņošanai",
        "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        "saturs nav atbalstāms"]

_ids = [500]


def nid():
    _ids[0] += 1
    return _ids[0]


def esc(t):
    return _esc(t, {'"': "&quot;"})


# ---------------------------------------------------------------- segments
class T:
    """Formatted text run."""

    def __init__(self, text, b=None, i=None, u=None, s=None, font=None, size=None, color=None):
        self.text, self.b, self.i, self.u, self.s = text, b, i, u, s
        self.font, self.size, self.color = font, size, color


def B(t, **k):
    return T(t, b=True, **k)


def I(t, **k):
    return T(t, i=True, **k)


def U(t, **k):
    return T(t, u=True, **k)


def STRK(t, **k):
    return T(t, s=True, **k)


def G(glyph):  # checkbox glyph typed as text, MS Gothic
    return T(glyph, font="MS Gothic")


class Sym:
    def __init__(self, char, font="Wingdings"):
        self.char, self.font = char, font


class CB:  # content-control checkbox
    def __init__(self, checked):
        self.checked = checked


class FF:  # legacy FORMCHECKBOX
    def __init__(self, checked, how="default"):
        self.checked, self.how = checked, how


class Ins:
    def __init__(self, text, author, date, b=False):
        self.text, self.author, self.date, self.b = text, author, date, b


class Del:
    def __init__(self, text, author, date):
        self.text, self.author, self.date = text, author, date


class DD:  # drop-down content control
    def __init__(self, shown, items, alias=""):
        self.shown, self.items, self.alias = shown, items, alias


class DT:  # date-picker content control
    def __init__(self, shown, iso):
        self.shown, self.iso = shown, iso


class TB:  # text box: DrawingML choice + VML fallback
    def __init__(self, lines, height_cm=3.2):
        self.lines, self.h = lines, height_cm


class Par:
    def __init__(self, *segs, align=None, size=None, bold=False, italic=False, indent=None,
                 space_after=None, style=None, font=None, color=None):
        self.segs = segs
        self.align, self.size, self.bold, self.italic = align, size, bold, italic
        self.indent, self.space_after, self.style, self.font = indent, space_after, style, font
        self.color = color


def _fmt_run(run, b=None, i=None, u=None, s=None, font=None, size=None, color=None):
    if b:
        run.bold = True
    if i:
        run.italic = True
    if u:
        run.underline = True
    if s:
        run.font.strike = True
    if font:
        run.font.name = font
        rpr = run._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _txbx_xml(lines, h):
    def para(line):
        if isinstance(line, tuple):
            text, bold = line
        else:
            text, bold = line, False
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'

    body = "".join(para(l) for l in lines)
    cx, cy = 5760000, int(h * 360000)
    did = nid()
    return (
        f'<w:r {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{did}" name="Text Box {did}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shape id="TextBox{did}" type="#_x0000_t202" '
        f'style="width:453.5pt;height:{h * 28.35:.1f}pt" fillcolor="#f2f2f2" strokecolor="#1f3864" strokeweight="1pt" '
        'xmlns:o="urn:schemas-microsoft-com:office:office">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def add_seg(p, seg):
    if seg is None:
        return
    if isinstance(seg, str):
        if seg:
            p.add_run(seg)
        return
    if isinstance(seg, T):
        r = p.add_run(seg.text)
        _fmt_run(r, seg.b, seg.i, seg.u, seg.s, seg.font, seg.size, seg.color)
        return
    if isinstance(seg, Sym):
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:sym w:font="{seg.font}" w:char="{seg.char}"/></w:r>'))
        return
    if isinstance(seg, CB):
        g = "☒" if seg.checked else "☐"
        p._p.append(parse_xml(
            f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:id w:val="{nid() * 7919}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if seg.checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>'))
        return
    if isinstance(seg, FF):
        n = nid()
        if seg.how == "default":
            inner = f'<w:default w:val="{1 if seg.checked else 0}"/>'
        else:
            inner = '<w:default w:val="0"/>' + ('<w:checked/>' if seg.checked else '')
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
            f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{inner}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'))
        p._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
        return
    if isinstance(seg, Ins):
        rpr = "<w:rPr><w:b/></w:rPr>" if seg.b else ""
        p._p.append(parse_xml(
            f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{esc(seg.author)}" w:date="{seg.date}">'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(seg.text)}</w:t></w:r></w:ins>'))
        return
    if isinstance(seg, Del):
        p._p.append(parse_xml(
            f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{esc(seg.author)}" w:date="{seg.date}">'
            f'<w:r><w:delText xml:space="preserve">{esc(seg.text)}</w:delText></w:r></w:del>'))
        return
    if isinstance(seg, DD):
        items = '<w:listItem w:displayText="Izvēlieties vienumu." w:value=""/>' + "".join(
            f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in seg.items)
        alias = f'<w:alias w:val="{esc(seg.alias)}"/><w:tag w:val="{esc(seg.alias)}"/>' if seg.alias else ""
        p._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr>{alias}<w:id w:val="{nid() * 104729}"/>'
            f'<w:dropDownList w:lastValue="{esc(seg.shown)}">{items}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{esc(seg.shown)}</w:t></w:r></w:sdtContent></w:sdt>'))
        return
    if isinstance(seg, DT):
        p._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{nid() * 15485863 % 2000000000}"/>'
            f'<w:date w:fullDate="{seg.iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/>'
            '<w:lid w:val="lv-LV"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
            f'</w:date></w:sdtPr><w:sdtContent><w:r><w:t>{esc(seg.shown)}</w:t></w:r></w:sdtContent></w:sdt>'))
        return
    if isinstance(seg, TB):
        p._p.append(parse_xml(_txbx_xml(seg.lines, seg.h)))
        return
    raise TypeError(seg)


def _apply_par(p, par):
    if par.style:
        p.style = par.style
    if par.align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif par.align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif par.align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if par.indent is not None:
        p.paragraph_format.left_indent = Cm(par.indent)
    if par.space_after is not None:
        p.paragraph_format.space_after = Pt(par.space_after)
    for s in par.segs:
        add_seg(p, s)
    if par.bold or par.size or par.italic or par.font or par.color:
        for r in p.runs:
            _fmt_run(r, b=par.bold or None, i=par.italic or None, size=par.size, font=par.font,
                     color=par.color)


def para(container, *segs, **kw):
    p = container.add_paragraph()
    _apply_par(p, Par(*segs, **kw))
    return p


def fill(cell, content):
    items = content if isinstance(content, list) else [content]
    first = True
    for it in items:
        if isinstance(it, str):
            lines = it.split("\n")
        else:
            lines = [it]
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if isinstance(ln, Par):
                _apply_par(p, ln)
            else:
                add_seg(p, ln)


def shade(cell, fill_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill_hex}"/>'))


class Span:
    def __init__(self, content, fill=None):
        self.content, self.fill = content, fill


def table(container, rows, widths=None, style="Table Grid", head=False, head_fill=None, font_size=None):
    ncols = max(len(r) if isinstance(r, list) else 1 for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        if isinstance(row, Span):
            c = t.cell(ri, 0).merge(t.cell(ri, ncols - 1))
            fill(c, row.content)
            if row.fill:
                shade(c, row.fill)
            continue
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            fill(c, val)
            if head and ri == 0:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.bold = True
                if head_fill:
                    shade(c, head_fill)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(row.cells):
                    row.cells[ci].width = Cm(w)
    if font_size:
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(font_size)
    return t


def header(doc, *segs, align=None, footer=False, size=None):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    p = hf.paragraphs[0]
    _apply_par(p, Par(*segs, align=align, size=size))
    return p


# ---------------------------------------------------------------- build
def build(name, body, rows=(), problems=(), note="", author="", created=None, font=("Calibri", 11),
          last_by=None, title=None):
    assert name.startswith(PREFIX)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font[0]
    st.font.size = Pt(font[1])
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font[0])
    body(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = title or ""
    if created:
        cp.created = created
        cp.modified = created + dt.timedelta(hours=3, minutes=17)
    cp.revision = 2
    path = os.path.join(OUT, name)
    doc.save(path)
    for r in rows:
        q, d, v, e, date, lki = r
        GOLD.append([name, q, d, v, e, date, lki])
    for code in problems:
        PROBLEMS.append([name, code])
    NOTES.append((name, note))


def D(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


def opt_lines(container, marks, prefix_fn, texts=OPT3, indent=0.6):
    """One paragraph per option; prefix_fn(bool) returns the mark segment."""
    for on, txt in zip(marks, texts):
        para(container, prefix_fn(on), " " + txt, indent=indent, space_after=2)


# =====================================================================
# 01 key/value table (value right), options with typed ☒/☐
def f01(doc):
    para(doc, "NOZARES EKSPERTA ATZINUMS", align="c", bold=True, size=14)
    para(doc, "par modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu",
         align="c", italic=True)
    table(doc, [
        ["Profesionālā kvalifikācija", B("Mežsaimniecības tehniķis")],
        ["LKI līmenis", "4"],
        ["Nozare", "Kokrūpniecība (mežsaimniecība)"],
        ["Izstrādātājs", "PIKC darba grupa (MIP 1. redakcija, PKE 1. redakcija)"],
        ["Nozares eksperts", "Kristīne Sproģe"],
        ["Atzinuma datums", "2026. gada 9. martā"],
    ], widths=[5.5, 10.5])
    para(doc, "")
    para(doc, "1. Vērtējums (atzīmēt vienu katram dokumentam)", bold=True)

    def opts(marks):
        return [Par(G("☒" if m else "☐"), " " + t, space_after=2) for m, t in zip(marks, OPT3)]

    table(doc, [
        ["Dokuments", "Vērtējums"],
        ["MIP", opts([0, 1, 0])],
        ["PKE", opts([1, 0, 0])],
    ], widths=[3, 13], head=True, head_fill="DEEAF6")
    para(doc, "")
    para(doc, "2. Precizējamie jautājumi", bold=True)
    table(doc, [
        ["Nr.", "Dokuments / modulis", "Eksperta komentārs"],
        ["1.", "MIP, modulis “Meža atjaunošana un kopšana”",
         "Mācību rezultātos nav minēta stādmateriāla kvalitātes novērtēšana – lūdzu papildināt."],
        ["2.", "MIP, modulis “Meža inventarizācija”",
         "Jāaktualizē atsauces uz normatīvajiem aktiem (koku ciršanas noteikumu spēkā esošā redakcija)."],
        ["3.", "MIP, prakse uzņēmumā",
         "240 h prakse mežsaimniecības tehniķim ir par maz; ieteicams vismaz 320 h, ieskaitot sezonālos darbus."],
        ["4.", "PKE",
         "Precizējumi nav nepieciešami. Praktiskais uzdevums (cirsmas izvērtēšana un dokumentēšana) labi atspoguļo reālo darba vidi."],
    ], widths=[1.2, 5, 9.8], head=True)


build("r8b01_Mezsaimniecibas tehnikis_atzinums_Sproge.docx", f01,
      rows=[(MST_T, "MIP", NC, "Kristīne Sproģe", "2026-03-09", 4),
            (MST_T, "PKE", S, "Kristīne Sproģe", "2026-03-09", 4)],
      author="Līga Auziņa", created=D(2026, 3, 10, 9, 5),
      note="Key/value table (value right); all three options printed per document, choice marked with typed ☒ (MS Gothic) vs ☐. "
           "Remarks table lists MIP corrections and says PKE needs none – consistent with the marks.")


# 02 summary table; name + date only in the footer
def f02(doc):
    header(doc, I("LDDK | ES Kohēzijas politikas programmas 4.2.2.9. pasākums"), align="r", size=8)
    para(doc, "Elektromontiera kvalifikācijas (LKI 3. līmenis) MIP un PKE izvērtējums", bold=True, size=13)
    para(doc, "Izskatīti darba grupas iesniegtie dokumenti: modulārā izglītības programma (2. redakcija) un "
              "profesionālās kvalifikācijas eksāmena saturs (1. redakcija).")
    table(doc, [
        ["Dokuments", "Eksperta vērtējums", "Piezīmes"],
        ["Modulārā izglītības programma",
         "Atbalstu. Programmu var virzīt saskaņošanai tādu, kāda tā ir.",
         "Moduļu secība loģiska, darba drošības jautājumi integrēti katrā modulī; A un B daļas apjoms sabalansēts."],
        ["Kvalifikācijas eksāmens",
         "Pašreizējā redakcijā neatbalstu.",
         "Praktiskā uzdevuma vērtēšanas kritēriji neatbilst profesijas standartam – nav iekļauta zemsprieguma "
         "kabeļu savienojumu pārbaude ar mērinstrumentiem. Teorētiskajā daļā 9 jautājumiem norādītas kļūdainas "
         "pareizās atbildes. Eksāmens jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."],
    ], widths=[4, 5, 8], head=True, head_fill="E2EFD9")
    para(doc, "")
    para(doc, "Citu komentāru nav.", italic=True)
    header(doc, "Ekspertīzi veica: R. Krūmiņš   |   14.04.2026", footer=True, size=9)


build("r8b02_elektromontieris ekspertize RK.docx", f02,
      rows=[(EM, "MIP", S, "R. Krūmiņš", "2026-04-14", 3),
            (EM, "PKE", NS, "R. Krūmiņš", "2026-04-14", 3)],
      author="", created=D(2026, 4, 14, 15, 40),
      note="Summary table Dokuments | vērtējums | piezīmes; documents named in full, not by acronym; qualification in genitive in the title. "
           "Expert and date appear ONLY in the page footer, expert as initial + surname. Author metadata empty.")


# 03 criterion table Jā/Nē, PKE only, overall table below
def f03(doc):
    para(doc, "PKE satura ekspertīzes kritēriju tabula", bold=True, size=14)
    para(doc, B("Kvalifikācija: "), "Mehatronisko sistēmu tehniķis, LKI 4")
    para(doc, B("Nozare: "), "Mašīnbūve un metālapstrāde")
    para(doc, I("Piezīme: šis vērtējums attiecas tikai uz PKE. Programmas (MIP) ekspertīzi veic cits nozares eksperts."))
    table(doc, [
        ["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"],
        ["1.", "Eksāmena saturs aptver profesijas standartā noteiktās pamatkompetences", "X", "", ""],
        ["2.", "Teorētiskās daļas uzdevumi atbilst LKI 4. līmenim", "X", "", ""],
        ["3.", "Praktiskā uzdevuma vērtēšanas kritēriji ir skaidri un izmērāmi", "", "X",
         "Kritērijā “pareizi saprogrammēts PLC” nav definēts, kas ir pareizi; jāpievieno punktu skala."],
        ["4.", "Norādīts eksāmenam nepieciešamais aprīkojums un materiāli", "", "X",
         "Trūkst pneimatikas stenda un sensoru komplekta specifikācijas."],
        ["5.", "Eksāmena ilgums ir samērīgs ar uzdevumu apjomu", "X", "", ""],
        ["6.", "Ievērotas darba aizsardzības un elektrodrošības prasības", "X", "", ""],
    ], widths=[1, 7, 1.1, 1.1, 6], head=True, head_fill="D9D9D9")
    para(doc, "")
    table(doc, [
        Span(B("KOPVĒRTĒJUMS (atzīmēt ar X)"), fill="D9D9D9"),
        ["PKE saturs ir atbalstāms un virzāms saskaņošanai", ""],
        ["PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", Par(B("X"), align="c")],
        ["PKE saturs nav atbalstāms", ""],
    ], widths=[14, 2])
    para(doc, "")
    para(doc, "Eksperts: Valdis Graudiņš", "\t\t\t", "Datums: 23.03.2026.")


build("r8b03_PKE_mehatronika_galigais.docx", f03,
      rows=[(MEH, "PKE", NC, "Valdis Graudiņš", "2026-03-23", 4)],
      author="Valdis Graudiņš", created=D(2026, 3, 23, 11, 20),
      note="Criterion table with Jā/Nē columns (two criteria Nē) followed by an overall table with X in the middle option. "
           "Explicitly covers only PKE ('MIP ekspertīzi veic cits eksperts') → no MIP row.")


# 04 Wingdings w:sym boxes
def f04(doc):
    para(doc, "Profesionālās kvalifikācijas “Motorzāģa operators” (3. LKI) MIP un PKE satura ekspertīze",
         bold=True, size=12)
    para(doc, "Eksperts: Aivars Strautmanis")
    para(doc, "Datums: 2026-05-06")
    para(doc, "")
    para(doc, "I. Modulārā izglītības programma", bold=True)
    para(doc, "Programma strukturēta pārskatāmi, moduļi atbilst profesijas standartam. Koku gāšanas modulī "
              "iekļauta arī vējgāžu un vējlaužu apstrāde – tas ir ļoti vērtīgi, jo tieši tur notiek visvairāk negadījumu.")
    para(doc, "Vērtējums:", italic=True)
    for on, txt in zip([1, 0, 0], OPT3):
        para(doc, Sym("F0FE" if on else "F0A8"), " " + txt, indent=0.8, space_after=0)
    para(doc, "")
    para(doc, "II. Profesionālās kvalifikācijas eksāmens", bold=True)
    para(doc, "Teorētiskās daļas testā 14 no 40 jautājumiem attiecas uz traktortehniku, nevis uz darbu ar "
              "motorzāģi. Praktiskajā daļā nav paredzēta zāģa ķēdes asināšana un ikdienas apkope pirms darba, "
              "kas ir pamatprasme. Vērtēšanas lapa neparedz eksāmena pārtraukšanu, ja kandidāts rupji pārkāpj "
              "drošības prasības. Eksāmens būtiski jāpārstrādā un jāiesniedz atkārtoti.")
    para(doc, "Vērtējums:", italic=True)
    for on, txt in zip([0, 0, 1], OPT3):
        para(doc, Sym("F0FE" if on else "F0A8"), " " + txt, indent=0.8, space_after=0)


build("r8b04_RE motorzāģa operators vērtējums.docx", f04,
      rows=[(MOT, "MIP", S, "Aivars Strautmanis", "2026-05-06", 3),
            (MOT, "PKE", NS, "Aivars Strautmanis", "2026-05-06", 3)],
      author="astrautmanis", created=D(2026, 5, 6, 8, 30),
      note="Options as paragraphs preceded by Wingdings w:sym boxes (F0FE checked / F0A8 empty); no text marker at all. "
           "ISO date; level written '3. LKI'.")


# 05 content-control checkboxes in a 4-column table
def f05(doc):
    para(doc, "Ekspertīzes atzinums", bold=True, size=16, color="2F5496")
    para(doc, B("Kvalifikācija: "), "koka izstrādājumu ražošanas tehniķis", space_after=0)
    para(doc, B("LKI: "), "4. līmenis", space_after=0)
    para(doc, B("Eksperte: "), "Dace Bērziņa-Liepa")
    table(doc, [
        ["Dokuments", "Atbalstāms un virzāms saskaņošanai",
         "Atbalstāms; virzāms saskaņošanai pēc precizējumiem", "Nav atbalstāms"],
        ["MIP", Par(CB(True), align="c"), Par(CB(False), align="c"), Par(CB(False), align="c")],
        ["PKE", Par(CB(False), align="c"), Par(CB(True), align="c"), Par(CB(False), align="c")],
    ], widths=[2.5, 4.5, 5, 4], head=True, head_fill="FFF2CC")
    para(doc, "")
    para(doc, "Komentāri", bold=True)
    para(doc, "MIP – iebildumu nav; moduļu apraksti skaidri, labi integrēta ilgtspējas tēma.")
    para(doc, "PKE – praktiskajā uzdevumā jānorāda pieļaujamās izmēru novirzes (±0,5 mm) un jāpievieno detaļas "
              "rasējums A3 formātā. Teorētiskajā daļā jāaizstāj trīs jautājumi, kas balstīti uz novecojušu "
              "standarta redakciju.")
    para(doc, "")
    table(doc, [["Paraksts / datums", "D. Bērziņa-Liepa / 30.04.2026"]], widths=[5, 11])


build("r8b05 KIRT atzinums v2.docx", f05,
      rows=[(KIRT, "MIP", S, "Dace Bērziņa-Liepa", "2026-04-30", 4),
            (KIRT, "PKE", NC, "Dace Bērziņa-Liepa", "2026-04-30", 4)],
      author="Dace", created=D(2026, 4, 28, 13, 0),
      note="Document × option grid with Word content-control checkboxes (w14:checkbox, checked state in w14:checked). "
           "Abbreviation KIRT only in the file name. Date only in the 'Paraksts / datums' cell; full name in the header block.")


# 06 legacy FORMCHECKBOX fields
def f06(doc):
    para(doc, "Veidlapa Nr. 2 – Nozares eksperta vērtējums", bold=True, size=13)
    table(doc, [
        ["Profesionālās kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"],
        ["LKI līmenis", "4"],
        ["Eksperta vārds, uzvārds", "Jurijs Ivanovs"],
        ["Datums", "12.05.2026."],
    ], widths=[7, 9])
    para(doc, "")
    para(doc, "A. Modulārās izglītības programmas vērtējums", bold=True)
    for on, txt in zip([0, 1, 0], OPT3):
        para(doc, FF(on, "default"), "  " + txt.capitalize(), space_after=0)
    para(doc, B("Piezīmes par MIP: "),
         "Programmā nav atbalstāma pieeja, ka CNC iekārtu programmēšana sākas tikai otrajā mācību gadā – "
         "pamatus ieteicams apgūt jau pirmajā gadā. Modulī “Iekārtu apkope” jāpapildina ar putekļu nosūkšanas "
         "sistēmu apkopi.")
    para(doc, "")
    para(doc, "B. Profesionālās kvalifikācijas eksāmena vērtējums", bold=True)
    for on, txt in zip([0, 1, 0], OPT3):
        para(doc, FF(on, "checked"), "  " + txt.capitalize(), space_after=0)
    para(doc, B("Piezīmes par PKE: "),
         "Praktiskā uzdevuma rasējumā trūkst izmēru pielaides; vērtēšanas kritērijos jāparedz vadības "
         "programmas pārbaude pirms iekārtas palaišanas.")


build("r8b06_DKIO_MIP-PKE_ekspertize.docx", f06,
      rows=[(DKIO, "MIP", NC, "Jurijs Ivanovs", "2026-05-12", 4),
            (DKIO, "PKE", NC, "Jurijs Ivanovs", "2026-05-12", 4)],
      author="LDDK", created=D(2026, 5, 4, 9, 0), last_by="Jurijs Ivanovs",
      note="Legacy FORMCHECKBOX fields (no text): MIP boxes use w:default=1, PKE boxes w:checked. "
           "Body remark 'nav atbalstāma pieeja, ka…' is about one approach inside MIP – the ticked box (middle option) is the verdict.")


# 07 'nevajadzīgo svītrot' – strikethrough
def f07(doc):
    para(doc, "EKSPERTA ATZINUMS", align="c", bold=True, size=14)
    para(doc, B("Profesionālā kvalifikācija: "), "Mēbeļu galdnieks", space_after=0)
    para(doc, B("Līmenis: "), "LKI 4", space_after=0)
    para(doc, B("Eksperte: "), "Agnese Leimane, mēbeļu ražotāja ražošanas vadītāja", space_after=0)
    para(doc, B("Atzinums sagatavots: "), "2026. gada 2. jūnijā")
    para(doc, "")
    para(doc, B("1. Modulārās izglītības programmas saturs"), I(" (nevajadzīgo svītrot):"))
    para(doc, "ir atbalstāms un virzāms saskaņošanai / ",
         STRK("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"), " / ",
         STRK("nav atbalstāms"), indent=0.6)
    para(doc, "")
    para(doc, B("2. Profesionālās kvalifikācijas eksāmena saturs"), I(" (nevajadzīgo svītrot):"))
    para(doc, STRK("ir atbalstāms un virzāms saskaņošanai"), indent=0.6, space_after=0)
    para(doc, "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", indent=0.6, space_after=0)
    para(doc, STRK("nav atbalstāms"), indent=0.6)
    para(doc, "")
    para(doc, B("3. Ieteikumi un precizējumi"))
    para(doc, "PKE praktiskajā daļā (skapīša ar atvilktni izgatavošana) jānorāda konkrēts virsmas apdares veids "
              "un jāpārskata laika norma – 6 stundas nepietiek, ja jāveic arī lakošana un žāvēšana.")
    para(doc, "MIP – piezīmju nav. Īpaši jāuzteic ergonomikas un ilgtspējīgu materiālu moduļi.")


build("r8b07_Mebelu galdnieks_ekspertize_Leimane.docx", f07,
      rows=[(MEB, "MIP", S, "Agnese Leimane", "2026-06-02", 4),
            (MEB, "PKE", NC, "Agnese Leimane", "2026-06-02", 4)],
      author="Agnese Leimane", created=D(2026, 6, 2, 17, 45),
      note="'Nevajadzīgo svītrot': all options printed, non-chosen ones carry strikethrough. MIP options on one line "
           "separated by '/', PKE options on separate lines. The un-struck option is the verdict.")


# 08 'vajadzīgo pasvītrot' – underline
def f08(doc):
    para(doc, "MIP un PKE satura ekspertīze", bold=True, size=13)
    table(doc, [
        [B("Kvalifikācija"), "Būvizstrādājumu galdnieks", B("LKI"), "4"],
        [B("Eksperts"), "Rūta Eglīte", B("Datums"), "2026-06-15"],
    ], widths=[3, 7, 2.5, 3.5])
    para(doc, "")
    table(doc, [
        ["Dokuments", "Vērtējums (vajadzīgo pasvītrot)", "Pamatojums"],
        ["MIP", ["atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumiem virzāms saskaņošanai / ",
                 Par(U("nav atbalstāms"))],
         "Programmā nav iekļauta logu un durvju bloku montāža objektā, kas ir būtiska būvizstrādājumu galdnieka "
         "darba daļa; B daļas moduļi gandrīz pilnībā dublē mēbeļu galdnieka programmu. Programma jāpārstrādā un "
         "jāiesniedz atkārtoti."],
        ["PKE", Par(U("atbalstāms un virzāms saskaņošanai"),
                    " / atbalstāms, pēc precizējumiem virzāms saskaņošanai / nav atbalstāms"),
         "Eksāmena uzdevums (loga rāmja izgatavošana ar profilētiem savienojumiem) atbilst kvalifikācijai, iebildumu nav."],
    ], widths=[2, 7, 7], head=True, head_fill="EDEDED")


build("r8b08_buvizstradajumu galdnieks (vajadzigo pasvitrot).docx", f08,
      rows=[(BUV, "MIP", NS, "Rūta Eglīte", "2026-06-15", 4),
            (BUV, "PKE", S, "Rūta Eglīte", "2026-06-15", 4)],
      author="Līga Auziņa", created=D(2026, 6, 15, 12, 10), last_by="Rūta Eglīte",
      note="'Vajadzīgo pasvītrot': chosen option is only underlined, all three printed in the same cell. "
           "Name/date in a 4-column key/value table. Pamatojums column agrees with the underlines.")


# 09 bold marks the choice; PKE left unmarked → no verdict
def f09(doc):
    para(doc, "Meža mašīnu operators – MIP un PKE ekspertīze", bold=True, size=13)
    para(doc, "Kvalifikācija: Meža mašīnu operators (LKI 3)", space_after=0)
    para(doc, "Eksperts: Mārtiņš Zvirbulis", space_after=0)
    para(doc, "Datums: 20.03.2026")
    para(doc, I("Norādījums: atbilstošo vērtējumu iezīmēt treknrakstā."), size=9)

    def opts(k):
        return [Par(T(t.capitalize(), b=(i == k) or None), space_after=2) for i, t in enumerate(OPT3)]

    table(doc, [
        ["Dokuments", "Vērtējuma varianti", "Eksperta piezīmes"],
        ["MIP", opts(1),
         "Harvestera un forvardera moduļos jāpapildina ar digitālo darba uzdevumu (StanForD failu) apstrādi; "
         "jāprecizē prakses vietu prasības."],
        ["PKE", opts(-1),
         "PKE praktiskās daļas simulatora uzdevumu vēl jāpārrunā ar mežizstrādes uzņēmumiem; vērtējumu "
         "sniegšu pēc tam."],
    ], widths=[2, 7.5, 6.5], head=True)


build("r8b09_Meza masinu operators MIP PKE.docx", f09,
      rows=[(MMO, "MIP", NC, "Mārtiņš Zvirbulis", "2026-03-20", 3),
            (MMO, "PKE", UNK, "Mārtiņš Zvirbulis", "2026-03-20", 3)],
      problems=["no_verdict"],
      author="Zane Miezīte", created=D(2026, 3, 19, 16, 0), last_by="Mārtiņš Zvirbulis",
      note="Choice marked only by bold. MIP middle option bold. PKE: no option bold, remark says the verdict will come later → "
           "PKE covered without verdict: unknown + no_verdict.")


# 10 Outlook print (Latvian headers) with quoted request listing all options
def f10(doc):
    para(doc, "Auziņa Līga", bold=True, size=14, space_after=0)
    para(doc, "______________________________________________________________________________", space_after=2)
    table(doc, [
        [B("No:"), "Normunds Tiltiņš <n.tiltins@vesma-serviss.lv>"],
        [B("Nosūtīts:"), "otrdiena, 2026. gada 19. maijs 16:42"],
        [B("Kam:"), "Līga Auziņa <liga.auzina@lddk.lv>"],
        [B("Tēma:"), "RE: VGK sistēmu tehniķis – MIP un PKE ekspertīze (precizētā redakcija)"],
        [B("Pielikumi:"), "VGK_ST_piezimes.docx"],
    ], style=None, widths=[2.6, 13.4])
    para(doc, "")
    para(doc, "Labdien, Līga!")
    para(doc, "Izskatīju abus precizētos dokumentus.")
    para(doc, "Programmu (MIP) atbalstu pilnībā, skola ir ņēmusi vērā visus marta piezīmju punktus – var virzīt "
              "saskaņošanai.")
    para(doc, "Ar eksāmenu situācija sarežģītāka. Saturu kopumā atbalstu, taču pirms saskaņošanas skolai "
              "jāprecizē praktiskā uzdevuma laika normatīvs (4 stundas nav reāli, ja jāveic arī sistēmas "
              "regulēšana) un jāpapildina uzdevums ar aukstumaģenta noplūdes pārbaudi. Sīkāk pielikumā.")
    para(doc, "Ar cieņu")
    para(doc, "Normunds Tiltiņš", space_after=0)
    para(doc, "SIA “Vēsma Serviss”, tehniskais direktors", space_after=0)
    para(doc, "tālr. 2900 0000")
    para(doc, "")
    para(doc, B("No:"), " Līga Auziņa <liga.auzina@lddk.lv>", space_after=0, size=10)
    para(doc, B("Nosūtīts:"), " pirmdiena, 2026. gada 4. maijs 10:15", space_after=0, size=10)
    para(doc, B("Kam:"), " Normunds Tiltiņš <n.tiltins@vesma-serviss.lv>", space_after=0, size=10)
    para(doc, B("Tēma:"), " VGK sistēmu tehniķis – MIP un PKE ekspertīze (precizētā redakcija)", size=10)
    para(doc, "Labdien, Normund!", size=10)
    para(doc, "Pielikumā skolas precizētā VGK sistēmu tehniķa (LKI 4) MIP un PKE redakcija. Lūdzu līdz 19.05. "
              "sniegt vērtējumu par katru dokumentu, norādot vienu no variantiem:", size=10)
    for t in OPT3:
        para(doc, "– " + t + ";", indent=0.8, space_after=0, size=10)
    para(doc, "Paldies!", size=10)
    para(doc, "Līga Auziņa, LDDK projekta koordinatore", size=10)


build("r8b10_RE_ VGK sistemu tehnikis - ekspertize.docx", f10,
      rows=[(VGK_S, "MIP", S, "Normunds Tiltiņš", "2026-05-19", 4),
            (VGK_S, "PKE", NC, "Normunds Tiltiņš", "2026-05-19", 4)],
      author="Līga Auziņa", created=D(2026, 5, 20, 8, 50),
      note="Outlook e-mail printed to Word (Latvian headers in a borderless table). Expert answers in prose: MIP fully supported, "
           "PKE supported but corrections required before approval (condition in the next sentence). Quoted coordinator request below "
           "lists all three options – not a verdict. Date = reply's sent date; qualification given by alias 'VGK sistēmu tehniķis'.")


# 11 Gmail print, English headers, expert writes without diacritics
def f11(doc):
    para(doc, "Gmail", bold=True, size=16, color="C5221F", space_after=0)
    para(doc, "Zane Miezīte <zane.miezite@lddk.lv>", align="r", size=9)
    para(doc, "______________________________________________________________________________", space_after=2)
    para(doc, "Re: elektrotehniķa MIP un PKE – lūgums sniegt vērtējumu", bold=True, size=12)
    para(doc, "2 messages", size=9)
    para(doc, "______________________________________________________________________________", space_after=2)
    para(doc, B("Edgars Šteinbergs"), " <edgars.steinbergs@gmail.com>", "\t\t", "Mon, Jun 8, 2026 at 9:13 AM",
         size=10, space_after=0)
    para(doc, "To: Zane Miezīte <zane.miezite@lddk.lv>", size=10)
    for ln in ["Sveika, Zane!",
               "Izskatiju elektrotehnika (LKI 4) dokumentus.",
               "MIP - atbalstu, nav iebildumu, var virzit saskanosanai bez precizejumiem.",
               "PKE - saturs atbalstams, bet saskanosanai virzams tikai pec precizejumu veiksanas:",
               "1) teorijas testa 17. un 23. jautajumam ir divas pareizas atbildes;",
               "2) prakt. uzdevuma japrecize, kada releju aizsardziba jaiestata (nav noradits iestatijumu diapazons).",
               "Ja vajag, varu atnakt uz darba grupas sanaksmi.",
               "Edgars"]:
        para(doc, ln, size=10, space_after=2)
    para(doc, "")
    para(doc, "On Tue, May 26, 2026 at 2:05 PM Zane Miezīte <zane.miezite@lddk.lv> wrote:", size=10, color="5F6368")
    for ln in ["> Labdien, Edgar!",
               "> Pielikumā nosūtu elektrotehniķa (LKI 4) MIP un PKE projektus. Lūdzu izvērtēt, vai saturs ir "
               "atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms, un atsūtīt "
               "vērtējumu līdz 5. jūnijam.",
               "> Paldies!",
               "> Zane Miezīte",
               "> LDDK projekta koordinatore"]:
        para(doc, ln, size=10, color="5F6368", space_after=0)


build("r8b11_Fwd elektrotehnikis.docx", f11,
      rows=[(ET, "MIP", S, "Edgars Šteinbergs", "2026-06-08", 4),
            (ET, "PKE", NC, "Edgars Šteinbergs", "2026-06-08", 4)],
      author="Zane Miezīte", created=D(2026, 6, 8, 10, 2),
      note="Gmail print (English header lines). Expert's reply without diacritics: 'bez precizejumiem' (=supported) vs "
           "'tikai pec precizejumu veiksanas' (=needs corrections). Signed only 'Edgars'; full name from the sender line. "
           "Quoted request (with '>') lists all options and an earlier date.")


# 12 NON-REVIEW: meeting minutes
def f12(doc):
    para(doc, "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", align="c", bold=True, size=12)
    para(doc, "Nozaru ekspertu darba sanāksmes", align="c", space_after=0)
    para(doc, "PROTOKOLS Nr. 3", align="c", bold=True, size=14)
    para(doc, "Rīgā, 2026. gada 15. aprīlī", align="r")
    table(doc, [
        ["Sanāksmi vada", "Līga Auziņa, projekta koordinatore"],
        ["Protokolē", "Zane Miezīte"],
        ["Piedalās", "R. Krūmiņš, U. Ābele, K. Sproģe, A. Strautmanis, V. Graudiņš, I. Vītola, N. Tiltiņš (attālināti)"],
    ], widths=[4, 12])
    para(doc, "")
    para(doc, "Darba kārtība:", bold=True)
    for ln in ["1. Informācija par projekta 4. posma rezultātiem.",
               "2. MIP un PKE ekspertīzes veidlapas precizēšana.",
               "3. Ekspertīžu sadalījums 5. posmā."]:
        para(doc, ln, indent=0.6, space_after=0)
    para(doc, "")
    para(doc, B("1. "), "L. Auziņa informēja, ka projekts tiek īstenots 4.2.2. specifiskā atbalsta mērķa "
                       "4.2.2.9. pasākuma ietvaros un ka 4. posmā MIP un PKE ekspertīze pabeigta trim "
                       "kvalifikācijām, bet vēl desmit kvalifikācijām uzsākta. Koordinatori nodrošinās "
                       "ekspertiem metodisko atbalstu.", align="j")
    para(doc, B("2. "), "R. Krūmiņš ierosināja veidlapā vērtējuma variantus – “atbalstāms un virzāms "
                       "saskaņošanai”, “atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” un “nav "
                       "atbalstāms” – izvietot ar izvēles rūtiņām, lai izvairītos no neskaidrībām. U. Ābele norādīja, "
                       "ka nozares uzņēmumi atbalsta ciešāku iesaisti PKE praktisko uzdevumu izstrādē.", align="j")
    para(doc, B("3. "), "Diskutēja par to, kā rīkoties, ja eksperts nav atzīmējis nevienu vērtējumu.", align="j")
    para(doc, "NOLĒMA:", bold=True)
    for ln in ["2.1. Apstiprināt precizēto ekspertīzes veidlapu (pielikumā).",
               "2.2. Ekspertiem atzinumu par katru kvalifikāciju iesniegt atsevišķā failā, norādot datumu un vārdu, uzvārdu.",
               "3.1. Koordinatorei līdz 20.04.2026. nosūtīt ekspertiem 5. posma sadalījumu."]:
        para(doc, ln, indent=0.6, space_after=0)
    para(doc, "")
    para(doc, "Sanāksmes vadītāja\t\t\tL. Auziņa")
    para(doc, "Protokolētāja\t\t\t\tZ. Miezīte")


build("r8b12_Protokols_ekspertu sanaksme 2026-04-15.docx", f12,
      problems=["no_verdict"],
      author="Zane Miezīte", created=D(2026, 4, 15, 14, 30),
      note="NOT A REVIEW: meeting minutes. Mentions MIP/PKE, 'specifiskā atbalsta mērķa', 'metodisko atbalstu', "
           "'uzņēmumi atbalsta', all three verdict wordings in quotes and expert names – but no verdict on any qualification.")


# 13 several qualifications in one table (one PKE not submitted)
def f13(doc):
    para(doc, "Ekspertīzes rezultāti: kokapstrādes kvalifikācijas", bold=True, size=13)
    para(doc, "Esmu izvērtējis man nodotos dokumentus trim kvalifikācijām. Vērtējums un galvenās piezīmes "
              "apkopotas tabulā; detalizētie komentāri nosūtīti darba grupām atsevišķi.")
    table(doc, [
        ["Nr.", "Kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "Atbalstāms un virzāms saskaņošanai",
         "Atbalstu, var virzīt saskaņošanai", "–"],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "Atbalstāms pēc precizējumu veikšanas",
         "Nav iesniegts (skola PKE iesniegs 5. posmā)",
         "MIP: papildināt CAM programmatūras apguvi, precizēt moduļu apjomu kredītpunktos."],
        ["3.", "Koka izstrādājumu ražošanas tehniķis", "4", "Neatbalstu",
         "Atbalstāms, jāprecizē vērtēšanas kritēriji; pēc tam var virzīt saskaņošanai",
         "MIP: programmā gandrīz nav ražošanas plānošanas un kvalitātes vadības kompetenču, kas tehniķa līmenim "
         "ir galvenās – jāpārstrādā. PKE: kritērijiem jānorāda punktu sadalījums."],
    ], widths=[1, 4, 1.2, 3.3, 3.3, 4.2], head=True, head_fill="C5E0B3", font_size=10)
    para(doc, "")
    para(doc, "Sagatavoja: Aivars Strautmanis, kokrūpniecības nozares eksperts", space_after=0)
    para(doc, "Rīgā, 2026. gada 27. martā")


build("r8b13_kokrupnieciba_kopsavilkums_Strautmanis.docx", f13,
      rows=[(KIO, "MIP", S, "Aivars Strautmanis", "2026-03-27", 3),
            (KIO, "PKE", S, "Aivars Strautmanis", "2026-03-27", 3),
            (DKIO, "MIP", NC, "Aivars Strautmanis", "2026-03-27", 4),
            (KIRT, "MIP", NS, "Aivars Strautmanis", "2026-03-27", 4),
            (KIRT, "PKE", NC, "Aivars Strautmanis", "2026-03-27", 4)],
      author="Aivars Strautmanis", created=D(2026, 3, 27, 18, 5),
      note="One expert's table covering three qualifications (Nr | kvalifikācija | LKI | MIP | PKE | piezīmes). "
           "DKIO PKE 'nav iesniegts' → no row. 'Neatbalstu' (1st person) = not_supported; 'Atbalstāms, jāprecizē… pēc tam' = needs_corrections.")


# 14 letterhead letter, body remark vs conclusion
def f14(doc):
    header(doc, B("SIA “ZIEMEĻVĒJA KLIMATS”", size=14, color="1F4E79"), align="c")
    sec = doc.sections[0]
    hp = sec.header.add_paragraph()
    _apply_par(hp, Par("Reģ. Nr. 40103000000 · Ganību dambis 00, Rīga, LV-1005 · info@zvklimats.lv",
                       align="c", size=8, color="595959"))
    para(doc, "Rīgā, 2026. gada 3. jūnijā", "\t\t\t\t\t", "Nr. 26/14-N")
    para(doc, "Latvijas Darba devēju konfederācijai", align="r", space_after=0)
    para(doc, "projekta koordinatorei Līgai Auziņai", align="r")
    para(doc, "")
    para(doc, "Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE ekspertīzi",
         bold=True, italic=True)
    para(doc, "Atbildot uz Jūsu 2026. gada 18. maija lūgumu, esmu izskatījis kvalifikācijas (LKI 3. līmenis) "
              "modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu un sniedzu šādu "
              "atzinumu.", align="j")
    para(doc, "Programmas 4. modulī “Aukstumaģentu apstrāde” paredzētās 40 stundas šādā apjomā nav atbalstāmas – "
              "darbam ar fluorētām siltumnīcefekta gāzēm nepieciešams sertifikāts, tāpēc teorijas un prakses apjoms "
              "jāpalielina vismaz līdz 80 stundām. Jāprecizē arī prakses uzdevumi uzņēmumā (šobrīd tie formulēti "
              "pārāk vispārīgi).", align="j")
    para(doc, "Eksāmena praktiskais uzdevums (sadalītā tipa kondicioniera uzstādīšana, vakuumēšana un "
              "palaišana) atbilst darba vidē ikdienā veicamajiem darbiem.", align="j")
    para(doc, "Secinājumi:", bold=True)
    para(doc, "1. MIP saturs kopumā ir atbalstāms; pēc 4. moduļa un prakses uzdevumu precizēšanas to var virzīt "
              "saskaņošanai.", indent=0.6)
    para(doc, "2. Pret PKE saturu iebildumu nav – atbalstu tā virzīšanu saskaņošanai bez izmaiņām.", indent=0.6)
    para(doc, "")
    para(doc, "Ar cieņu", space_after=0)
    para(doc, "valdes loceklis, enerģētikas nozares eksperts", "\t\t\t", "Kaspars Bite")
    header(doc, I("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU"), footer=True,
           align="c", size=8)


build("r8b14_Vestule_VGK_iekartu_remontatsledznieks.docx", f14,
      rows=[(VGK_R, "MIP", NC, "Kaspars Bite", "2026-06-03", 3),
            (VGK_R, "PKE", S, "Kaspars Bite", "2026-06-03", 3)],
      author="Kaspars Bite", created=D(2026, 6, 3, 11, 0),
      note="Company letterhead in the page header; letter with register number and an earlier date (coordinator's request 18 May). "
           "Body says the 40 h of module 4 'nav atbalstāmas' – a remark; 'Secinājumi' outranks it: MIP supported after corrections, "
           "PKE 'iebildumu nav … atbalstu virzīšanu … bez izmaiņām'. Qualification in genitive.")


# 15 tracked changes in verdict cells
def f15(doc):
    A, W = "Ilze Vītola", "2026-04-29T10:12:00Z"
    para(doc, "Elektromontieris – MIP un PKE ekspertīzes veidlapa (2. redakcija)", bold=True, size=13)
    table(doc, [
        ["Kvalifikācija", "Elektromontieris"],
        ["LKI", "3"],
        ["Eksperte", A],
        ["Datums", Par(Del("15.04.2026", A, W), Ins("29.04.2026", A, W))],
    ], widths=[4, 12])
    para(doc, "")
    table(doc, [
        ["Dokuments", "Vērtējums"],
        ["MIP", Par(Del("Atbalstāms un virzāms saskaņošanai.", A, W),
                    Ins("Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (sk. 3. piezīmi).", A, W))],
        ["PKE", Par(Del("Nav atbalstāms.", A, W),
                    Ins("Atbalstāms un virzāms saskaņošanai – skolas precizētajā redakcijā visi aizrādījumi ņemti vērā.",
                        A, W))],
    ], widths=[3, 13], head=True, head_fill="F2F2F2")
    para(doc, "")
    para(doc, "Piezīmes", bold=True)
    para(doc, "1. PKE teorētiskās daļas jautājumi pārskatīti, kļūdas novērstas.", space_after=0)
    para(doc, "2. PKE praktiskajā uzdevumā papildināta izolācijas pretestības mērīšana.", space_after=0)
    para(doc, "3. ", Ins("MIP modulī “Elektroietaišu montāža” jāiekļauj darbs ar zemsprieguma sadalnēm; "
                         "jāsaskaņo stundu skaits ar mācību plānu.", A, W))


build("r8b15_elektromontieris_labots.docx", f15,
      rows=[(EM, "MIP", NC, "Ilze Vītola", "2026-04-29", 3),
            (EM, "PKE", S, "Ilze Vītola", "2026-04-29", 3)],
      author="Ilze Vītola", created=D(2026, 4, 15, 9, 30),
      note="Track changes: verdicts and date replaced via w:del/w:ins (old MIP 'atbalstāms un virzāms', old PKE 'nav atbalstāms', "
           "old date 15.04). Current text = inserted text; the note explaining the MIP condition is itself an insertion.")


# 16 unknown qualification, value-below layout
def f16(doc):
    para(doc, "NOZARES EKSPERTA VĒRTĒJUMS", bold=True, size=13, align="c")
    rows = []
    for lab, val in [("Profesionālās kvalifikācijas nosaukums", "Metinātājs"),
                     ("LKI līmenis", "3"),
                     ("Nozare", "Mašīnbūve un metālapstrāde"),
                     ("Eksperts", "Gatis Puriņš"),
                     ("Vērtējuma datums", "2026. g. 11. maijs"),
                     ("MIP – eksperta slēdziens",
                      "Atbalstāms un virzāms saskaņošanai. Programmā labi izstrādāti MAG un TIG metināšanas moduļi, "
                      "atbilstoši metinātāju sertifikācijas standarta prasībām."),
                     ("PKE – eksperta slēdziens",
                      "Saturs atbalstāms, precizējumi nav nepieciešami – var virzīt saskaņošanai."),
                     ("Citas piezīmes",
                      "Ieteikums nākotnei (neietekmē vērtējumu): apsvērt robotizētās metināšanas pamatu iekļaušanu.")]:
        rows.append(Span(B(lab), fill="DDEBF7"))
        rows.append(Span(val))
    table(doc, rows, widths=[16])


build("r8b16_Metinatajs_atzinums.docx", f16,
      rows=[("metinātājs", "MIP", S, "Gatis Puriņš", "2026-05-11", 3),
            ("metinātājs", "PKE", S, "Gatis Puriņš", "2026-05-11", 3)],
      problems=["unknown_qualification"],
      author="", created=D(2026, 5, 11, 14, 0), last_by="Gatis Puriņš",
      note="Qualification NOT in the register ('Metinātājs', LKI 3 stated). Single-column form: shaded label row, value in the row below. "
           "'precizējumi nav nepieciešami' is positive.")


# 17 conflict: two options marked for PKE
def f17(doc):
    para(doc, "MIP/PKE vērtējuma lapa", bold=True, size=14)
    para(doc, "Kvalifikācija: Mehatronisko sistēmu tehniķis  |  LKI 4  |  Eksperts: Gatis Puriņš  |  Datums: 2026.04.08.",
         size=10)
    table(doc, [
        ["Dokuments", "Vērtējums", "Atzīme"],
        ["MIP", OPT3[0], ""],
        ["", OPT3[1], Par("X", align="c")],
        ["", OPT3[2], ""],
        ["PKE", OPT3[0], Par("X", align="c")],
        ["", OPT3[1], ""],
        ["", OPT3[2], Par("X", align="c")],
    ], widths=[2.5, 11.5, 2], head=True, head_fill="E7E6E6")
    para(doc, "")
    para(doc, B("Piezīmes. "), "MIP: pneimatikas un hidraulikas modulī jāprecizē mācību rezultāti; robotikas modulim "
                              "trūkst drošības prasību. PKE: praktiskais uzdevums (šķirošanas stacijas programmēšana un "
                              "regulēšana) ir piemērots; teorijas testā daudz jautājumu par elektropiedziņām.")


def f17_fix(doc):
    f17(doc)
    t = doc.tables[0]
    t.cell(1, 0).merge(t.cell(3, 0))
    t.cell(4, 0).merge(t.cell(6, 0))


build("r8b17_mehatronisko sist tehn_MIP PKE_Purins.docx", f17_fix,
      rows=[(MEH, "MIP", NC, "Gatis Puriņš", "2026-04-08", 4),
            (MEH, "PKE", UNK, "Gatis Puriņš", "2026-04-08", 4)],
      problems=["conflict"],
      author="Gatis", created=D(2026, 4, 8, 7, 55),
      note="Option rows with an 'Atzīme' column. MIP: X on the middle option. PKE: X on BOTH 'atbalstāms un virzāms' and 'nav atbalstāms', "
           "remarks do not settle it → unknown + conflict. Metadata in one pipe-separated line; date '2026.04.08.'.")


# 18 very short – PKE only
def f18(doc):
    para(doc, "MIP vērtēts jau martā, šeit tikai PKE.", italic=True, size=9)
    table(doc, [
        [B("Elektrotehniķis (4. LKI)"), B("PKE")],
        ["Vērtējums", "Atbalstu, virzīt saskaņošanai."],
        ["Ilze Vītola", "02.06.2026"],
    ], widths=[7, 9])


build("r8b18_elektrotehnikis PKE - Vitola.docx", f18,
      rows=[(ET, "PKE", S, "Ilze Vītola", "2026-06-02", 4)],
      author="Ilze Vītola", created=D(2026, 6, 2, 20, 14),
      note="Very short: a 3×2 table. Explicitly PKE only ('MIP vērtēts jau martā') → no MIP row. Name and date in the last table row without labels.")


# 19 NON-REVIEW: assignment table
def f19(doc):
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(doc, "MIP un PKE ekspertīžu sadalījums projekta 5. posmā (01.04.–31.07.2026.)", bold=True, size=13)
    table(doc, [
        ["Nr.", "Kvalifikācija", "LKI", "Nozare", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "Kokrūpniecība", "D. Bērziņa-Liepa", "D. Bērziņa-Liepa", "29.05.", "gaida dokumentus"],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "Kokrūpniecība", "J. Ivanovs", "J. Ivanovs", "15.05.", "atkārtota ekspertīze pēc precizējumiem"],
        ["3.", "Mēbeļu galdnieks", "4", "Kokrūpniecība", "A. Leimane", "A. Leimane", "05.06.", "—"],
        ["4.", "Būvizstrādājumu galdnieks", "4", "Kokrūpniecība", "R. Eglīte", "I. Roze", "19.06.", "—"],
        ["5.", "Elektrotehniķis", "4", "Enerģētika", "E. Šteinbergs", "I. Vītola", "05.06.", "MIP atzinums saņemts"],
        ["6.", "VGK iekārtu remontatslēdznieks", "3", "Enerģētika", "U. Ābele", "K. Bite", "05.06.", "—"],
        ["7.", "VGK sistēmu tehniķis", "4", "Enerģētika", "N. Tiltiņš", "N. Tiltiņš", "19.05.", "atbalsts skolai konsultācijas veidā"],
        ["8.", "Meža mašīnu operators", "3", "Kokrūpniecība", "M. Zvirbulis", "M. Zvirbulis", "08.05.", "PKE atkārtoti"],
        ["9.", "Metālapstrādes darbgaldu operators", "3", "Mašīnbūve", "V. Graudiņš", "V. Graudiņš", "30.06.", "jauna kvalifikācija"],
    ], head=True, head_fill="FCE4D6", font_size=9)
    para(doc, "")
    para(doc, "Sagatavoja L. Auziņa, 30.03.2026. Izmaiņas lūdzu saskaņot ar koordinatori.", size=9, italic=True)


build("r8b19_Ekspertu sadalijums 5.posms.docx", f19,
      problems=["no_verdict"],
      author="Līga Auziņa", created=D(2026, 3, 30, 12, 0),
      note="NOT A REVIEW: landscape assignment table (qualification, experts, deadlines, status). Status cells contain "
           "'pēc precizējumiem', 'atbalsts skolai', 'atzinums saņemts' – no verdicts.")


# 20 long MIP criterion review, name at end, date only in header, PKE not submitted
def f20(doc):
    header(doc, "LDDK  |  4.2.2.9. pasākums  |  MIP ekspertīze  |  26.03.2026.", align="r", size=8)
    para(doc, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa modulārās izglītības programmas ekspertīze",
         bold=True, size=13)
    para(doc, "LKI 4. līmenis · Enerģētikas nozare", italic=True)
    para(doc, "Ekspertīzes mērķis – izvērtēt, vai programmas saturs ir atbalstāms un virzāms saskaņošanai, vai "
              "nepieciešami precizējumi, kā arī sniegt ieteikumus darba grupai. PKE šajā kārtā ekspertīzei netika "
              "iesniegts; tā vērtējums tiks sniegts atsevišķi.", align="j")
    crit = [
        ("Programmas mērķis un uzdevumi atbilst profesijas standartam", "Daļēji",
         "Mērķī nav minēta energoefektivitātes auditēšana un sistēmu regulēšana pēc nodošanas ekspluatācijā, lai gan "
         "abas ir standarta pamatuzdevumi."),
        ("Moduļu struktūra un secība ir loģiska", "Nē",
         "Modulis “Automātikas un vadības sistēmas” paredzēts pirms moduļa “Elektrotehnikas pamati”; audzēkņi "
         "nevarēs apgūt regulatoru pieslēgšanu bez elektrodrošības pamatiem."),
        ("Mācību rezultāti formulēti izmērāmi", "Daļēji",
         "Vairākos moduļos rezultāti formulēti kā “iepazīstas ar…”, “zina par…” – tās nav izmērāmas darbības."),
        ("A daļas (obligātā) saturs aptver visas pamatkompetences", "Nē",
         "Trūkst aukstumaģentu apstrādes un noplūžu kontroles; bez tā tehniķis nevar strādāt ar kondicionēšanas "
         "iekārtām."),
        ("B daļas (izvēles) moduļi atbilst nozares vajadzībām", "Jā",
         "Labi izvēlēti siltumsūkņu un rekuperācijas moduļi."),
        ("Darba vidē balstītu mācību iespējas", "Daļēji",
         "Nav noteikts minimālais prakses apjoms uzņēmumā; nav norādīti uzņēmumi, ar kuriem noslēgti līgumi."),
        ("Mācību līdzekļi un aprīkojums", "Jā",
         "Aprīkojuma saraksts pietiekams, ieteicams papildināt ar gaisa plūsmas mērierīcēm."),
        ("Vērtēšanas sistēma", "Nē",
         "Moduļu noslēguma pārbaudījumi aprakstīti vienā teikumā; nav kritēriju un vērtēšanas lapu."),
        ("Darba aizsardzība un vides prasības", "Daļēji",
         "Nav minēta darba augstumā drošība, kas ventilācijas montāžā ir ikdiena."),
        ("Apjoms kredītpunktos un stundu sadalījums", "Jā", "Atbilst normatīvajām prasībām."),
    ]
    rows = [["Nr.", "Kritērijs", "Atbilst", "Eksperta komentārs"]]
    for i, (c, a, k) in enumerate(crit, 1):
        rows.append([f"{i}.", c, a, k])
    table(doc, rows, widths=[1, 5.5, 2, 7.5], head=True, head_fill="D9E1F2", font_size=10)
    para(doc, "")
    para(doc, "Slēdziens", bold=True, size=12)
    para(doc, "   ", OPT3[0].replace("saturs", "MIP saturs"), indent=0.4, space_after=0)
    para(doc, "   ", OPT3[1].replace("saturs", "MIP saturs"), indent=0.4, space_after=0)
    para(doc, B("✓ "), "MIP saturs nav atbalstāms – programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
         indent=0.4)
    para(doc, "Ieteikumi pārstrādei", bold=True)
    for ln in ["• pārkārtot moduļu secību (elektrotehnikas pamati pirms automātikas);",
               "• iekļaut A daļā aukstumaģentu apstrādes moduli (vismaz 80 h);",
               "• pārformulēt mācību rezultātus izmērāmās darbībās;",
               "• izstrādāt moduļu noslēguma pārbaudījumu kritērijus;",
               "• noteikt minimālo prakses apjomu uzņēmumā un papildināt darba drošības saturu."]:
        para(doc, ln, indent=0.8, space_after=0)
    para(doc, "")
    para(doc, "Eksperts: ______________________   Uldis Ābele")


build("r8b20_VGK_sistemu_tehnikis_MIP_ekspertize_pilna.docx", f20,
      rows=[(VGK_S, "MIP", NS, "Uldis Ābele", "2026-03-26", 4)],
      author="Uldis Ābele", created=D(2026, 3, 25, 19, 40),
      note="Long (about two pages) MIP review with a 10-row criterion table (Jā/Daļēji/Nē + comments). Purpose sentence lists verdict words. "
           "'Slēdziens' prints all options, the chosen one marked with ✓. PKE explicitly not submitted → no PKE row. Date only in the page header.")


# 21 repeated review with history table
def f21(doc):
    para(doc, "Atkārtotas ekspertīzes atzinums", bold=True, size=14)
    table(doc, [
        ["Kvalifikācija", "mežsaimniecības tehniķis (LKI 4)"],
        ["Eksperte", "Kristīne Sproģe"],
        ["Atkārtotās ekspertīzes datums", "22.04.2026."],
        ["Iepriekšējā ekspertīze", "09.03.2026."],
    ], widths=[6, 10])
    para(doc, "")
    table(doc, [
        ["Dokuments", "1. kārta (09.03.2026.)", "2. kārta (22.04.2026.) – pašreizējais vērtējums", "Komentārs"],
        ["MIP", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "atbalstāms un virzāms saskaņošanai",
         "Visi trīs precizējumi veikti: papildināts atjaunošanas modulis, aktualizētas atsauces, prakse palielināta līdz 320 h."],
        ["PKE", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
         "Skola papildināja teorētisko daļu ar 5 jautājumiem par meža ugunsdrošību; izmaiņas vērtēju pozitīvi."],
    ], widths=[2, 4, 4.5, 5.5], head=True, head_fill="E2EFD9", font_size=10)
    para(doc, "")
    para(doc, "Abi dokumenti pašreizējā redakcijā ir virzāmi saskaņošanai; papildu precizējumi nav nepieciešami.")


build("r8b21_Mezsaimniecibas tehniķis_atkartota ekspertize.docx", f21,
      rows=[(MST_T, "MIP", S, "Kristīne Sproģe", "2026-04-22", 4),
            (MST_T, "PKE", S, "Kristīne Sproģe", "2026-04-22", 4)],
      author="Kristīne Sproģe", created=D(2026, 4, 22, 15, 15),
      note="Re-review: history table with 1st-round (09.03) and current 2nd-round (22.04) verdicts side by side; the current column counts. "
           "Two dates in the key/value table – the re-review date is the review date. Qualification in lower case as in the register.")


# 22 name + date only in page header; V marks in MIP/PKE columns
def f22(doc):
    header(doc, "Eksperte Sandra Lāce | 17.03.2026.", align="r", size=9)
    header(doc, "Mēbeļu galdnieks_MIP_PKE_vērtējums", footer=True, size=8)
    para(doc, "Mēbeļu galdnieka (LKI 4) MIP un PKE vērtējums", bold=True, size=13)
    table(doc, [
        ["Vērtēšanas aspekts", "MIP", "PKE"],
        ["Atbilstība profesijas standartam", "atbilst", "atbilst"],
        ["Mācību rezultātu / uzdevumu formulējums", "daļēji – jāprecizē 3 moduļos", "atbilst"],
        ["Darba vidē balstītu mācību iespējas", "atbilst", "n/a"],
        ["Vērtēšanas kritēriji", "atbilst", "atbilst"],
        Span(B("Kopējais vērtējums (atzīmēt ar V)"), fill="EDEDED"),
        ["atbalstāms un virzāms saskaņošanai", "", Par("V", align="c")],
        ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", Par("V", align="c"), ""],
        ["nav atbalstāms", "", ""],
    ], widths=[9, 3.5, 3.5], head=True, head_fill="EDEDED")
    para(doc, "")
    para(doc, "Precizējamie moduļi: “Mēbeļu konstruēšana”, “Finierēšana”, “Apdares materiāli” – mācību rezultāti "
              "formulēti kā darbības, nevis kā sasniedzamie rezultāti.")


build("r8b22_Mēbeļu galdnieks - vērtējums (S.Lāce).docx", f22,
      rows=[(MEB, "MIP", NC, "Sandra Lāce", "2026-03-17", 4),
            (MEB, "PKE", S, "Sandra Lāce", "2026-03-17", 4)],
      author="Zane Miezīte", created=D(2026, 3, 17, 10, 30),
      note="Expert name and date ONLY in the page header. Aspect table with MIP/PKE columns ending in an overall block where 'V' "
           "in the MIP or PKE column marks the chosen option per document.")


# 23 PKE only, [X] brackets, label | value table
def f23(doc):
    para(doc, "PKE satura vērtējums", bold=True, size=14)
    table(doc, [
        ["Kvalifikācija:", "Meža mašīnu operators"],
        ["Līmenis:", "3. līmenis (LKI)"],
        ["Vērtējamais dokuments:", "Profesionālās kvalifikācijas eksāmena saturs (PKE). Atzinums attiecas tikai uz PKE – "
                                   "MIP vērtējums sniegts atsevišķi 20.03.2026."],
        ["Eksperts:", "Mārtiņš Zvirbulis"],
        ["Datums:", "2026. gada 7. maijā"],
    ], style=None, widths=[4.5, 11.5])
    para(doc, "")
    para(doc, B("Vērtējums:"))
    for m, t in zip([" ", " ", "X"], OPT3):
        para(doc, f"[{m}] " + t, indent=0.5, space_after=0, font="Consolas", size=10)
    para(doc, "")
    para(doc, B("Pamatojums: "),
         "Pēc sarunām ar trim mežizstrādes uzņēmumiem secinu, ka praktiskā daļa, kas notiek tikai uz simulatora, "
         "nepārbauda mašīnas ikdienas apkopi, darbu reālā cirsmā un sortimentu kvalitātes kontroli. Eksāmena "
         "modelis jāmaina, paredzot vismaz daļu uzdevumu uz reālas tehnikas.", align="j")


build("r8b23_MMO_PKE_Zvirbulis.docx", f23,
      rows=[(MMO, "PKE", NS, "Mārtiņš Zvirbulis", "2026-05-07", 3)],
      author="Mārtiņš Zvirbulis", created=D(2026, 5, 7, 13, 45),
      note="Borderless label | value table; options as monospace '[ ]' / '[X]' lines. Explicitly PKE only (MIP assessed separately, "
           "with another date in the same cell) → no MIP row.")


# 24 conclusion inside a text box
def f24(doc):
    para(doc, "Motorzāģa operatora MIP un PKE – eksperta piezīmes", bold=True, size=13)
    table(doc, [
        ["Dokuments / daļa", "Piezīme", "Prioritāte"],
        ["MIP, 2. modulis", "Ieteicams papildināt ar pirmās palīdzības praktisko nodarbību mežā.", "ieteikums"],
        ["MIP, 5. modulis", "Labi aprakstīta koku gāšana sarežģītos apstākļos.", "–"],
        ["PKE, praktiskā daļa", "Nav iekļauta ķēdes asināšana un zāģa tehniskā apkope.", "obligāti"],
        ["PKE, teorija", "Jautājumi atbilst līmenim.", "–"],
    ], widths=[4, 9.5, 2.5], head=True)
    para(doc, "")
    para(doc, TB([("SLĒDZIENS", True),
                  "MIP – atbalstāma un virzāma saskaņošanai.",
                  "PKE – atbalstāms ar nosacījumu, ka praktiskajā uzdevumā tiek iekļauta ķēdes asināšana un zāģa "
                  "tehniskā apkope; pēc šī precizējuma virzāms saskaņošanai."], height_cm=3.0))
    para(doc, "")
    para(doc, "Eksperts: Aleksandrs Kovaļovs", space_after=0)
    para(doc, "Datums: 14.05.2026")


build("r8b24_motorzaga operators_Kovalovs.docx", f24,
      rows=[(MOT, "MIP", S, "Aleksandrs Kovaļovs", "2026-05-14", 3),
            (MOT, "PKE", NC, "Aleksandrs Kovaļovs", "2026-05-14", 3)],
      author="User", created=D(2026, 5, 14, 16, 20),
      note="Verdicts only inside a text box (DrawingML wps:txbx with VML fallback → text present twice in XML). "
           "Remarks table above has priorities; 'ar nosacījumu, ka … pēc šī precizējuma virzāms' = needs_corrections.")


# 25 nested tables, two qualifications, ☑/☐
def f25(doc):
    para(doc, "Enerģētikas nozares eksperta atzinums", bold=True, size=14)
    para(doc, "Eksperte: Svetlana Markova", space_after=0)
    para(doc, "Datums: 2026-03-31")
    outer = doc.add_table(rows=8, cols=2)
    outer.style = "Table Grid"

    def block(r0, title, marks_mip, marks_pke, note):
        c = outer.cell(r0, 0).merge(outer.cell(r0, 1))
        fill(c, Par(B(title)))
        shade(c, "DEEAF6")
        for k, (lab, marks) in enumerate([("MIP", marks_mip), ("PKE", marks_pke)], 1):
            fill(outer.cell(r0 + k, 0), lab)
            cell = outer.cell(r0 + k, 1)
            inner = cell.add_table(rows=3, cols=2)
            inner.style = "Table Grid"
            for i, (m, t) in enumerate(zip(marks, OPT3)):
                fill(inner.cell(i, 0), Par(G("☑" if m else "☐"), align="c"))
                fill(inner.cell(i, 1), t)
                inner.cell(i, 0).width = Cm(1)
                inner.cell(i, 1).width = Cm(11)
        fill(outer.cell(r0 + 3, 0), "Piezīmes")
        fill(outer.cell(r0 + 3, 1), note)

    block(0, "1. Elektromontieris (LKI 3)", [1, 0, 0], [0, 1, 0],
          "PKE: praktiskajā uzdevumā jānorāda, kādi mērinstrumenti kandidātam pieejami; teorijas testā jāsamazina "
          "jautājumu skaits par apgaismojuma projektēšanu.")
    block(4, "2. Elektrotehniķis (LKI 4)", [0, 1, 0], [0, 0, 1],
          "MIP: jāprecizē releju aizsardzības moduļa rezultāti. PKE neatbilst 4. līmenim – uzdevumi ir montiera, "
          "nevis tehniķa līmeņa; eksāmens jāizstrādā no jauna.")
    for row in outer.rows:
        row.cells[0].width = Cm(2.5)
        row.cells[1].width = Cm(13.5)


build("r8b25_Energetika_EM_ET_vertejums.docx", f25,
      rows=[(EM, "MIP", S, "Svetlana Markova", "2026-03-31", 3),
            (EM, "PKE", NC, "Svetlana Markova", "2026-03-31", 3),
            (ET, "MIP", NC, "Svetlana Markova", "2026-03-31", 4),
            (ET, "PKE", NS, "Svetlana Markova", "2026-03-31", 4)],
      author="Svetlana Markova", created=D(2026, 3, 31, 17, 0),
      note="Two qualifications in one file; outer table with a nested 3×2 option table per document, ☑ (typed glyph) marks the choice. "
           "Notes agree with the marks.")


# 26 NON-REVIEW: blank template with instructions
def f26(doc):
    para(doc, "VEIDLAPA", align="c", bold=True, size=14, space_after=0)
    para(doc, "Nozares eksperta atzinums par MIP un PKE saturu", align="c", bold=True)
    para(doc, I("Aizpilda eksperts. Katram dokumentam atzīmējiet vienu vērtējumu (☒). Ja dokuments nav iesniegts, "
                "ierakstiet “nav iesniegts”."), size=9)
    table(doc, [
        ["Profesionālā kvalifikācija", "[ierakstīt]"],
        ["LKI līmenis", "[3 / 4 / 5]"],
        ["Eksperta vārds, uzvārds", ""],
        ["Datums", "__.__.2026."],
    ], widths=[6, 10])
    para(doc, "")

    def opts():
        return [Par(G("☐"), " " + t, space_after=2) for t in OPT3]

    table(doc, [["Dokuments", "Vērtējums"], ["MIP", opts()], ["PKE", opts()]],
          widths=[3, 13], head=True)
    para(doc, "")
    para(doc, "Vērtējuma skaidrojums", bold=True)
    para(doc, "“Saturs ir atbalstāms un virzāms saskaņošanai” – dokuments atbilst prasībām, labojumi nav nepieciešami.",
         size=10, space_after=0)
    para(doc, "“Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” – dokuments kopumā atbilst, "
              "bet izstrādātājam jāveic eksperta norādītie precizējumi.", size=10, space_after=0)
    para(doc, "“Saturs nav atbalstāms” – dokuments jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.", size=10)


build("r8b26_Veidlapa_MIP_PKE_ekspertize_TUKSA.docx", f26,
      problems=["no_verdict"],
      author="Līga Auziņa", created=D(2026, 1, 12, 11, 0),
      note="NOT A REVIEW: the blank coordinator template – placeholders, all boxes ☐ and an explanation of each verdict wording.")


# 27 key/value with 'Paraksts / datums'
def f27(doc):
    para(doc, "Eksperta atzinums par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE",
         bold=True, size=12)
    table(doc, [
        ["Eksperta vārds, uzvārds", "Uldis Ābele"],
        ["Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks, LKI 3"],
        ["Ekspertīzes rezultāts – MIP",
         "Atbalstu, ja tiks veikti 1.–3. punktā minētie precizējumi; pēc tam programmu var virzīt saskaņošanai."],
        ["Ekspertīzes rezultāts – PKE", "Atbalstāms un virzāms saskaņošanai."],
        ["Precizējumi", ["1. Papildināt moduli par aukstumaģentu savākšanu un uzskaiti.",
                         "2. Norādīt prakses uzdevumus ventilācijas iekārtu filtru nomaiņā un tīrīšanā.",
                         "3. Saskaņot moduļu nosaukumus ar profesijas standarta terminiem."]],
        ["Paraksts / datums", "Uldis Ābele (paraksts) / 28.05.2026"],
    ], widths=[5, 11])


build("r8b27_VGK remontatslēdznieks_Abele.docx", f27,
      rows=[(VGK_R, "MIP", NC, "Uldis Ābele", "2026-05-28", 3),
            (VGK_R, "PKE", S, "Uldis Ābele", "2026-05-28", 3)],
      author="Līga Auziņa", created=D(2026, 5, 28, 9, 0), last_by="Uldis Ābele",
      note="Pure key/value table; verdicts as free text in result cells ('Atbalstu, ja tiks veikti … precizējumi' = needs_corrections). "
           "Date only in the 'Paraksts / datums' cell.")


# 28 old level PKL
def f28(doc):
    para(doc, "Koka izstrādājumu ražošanas tehniķis (3. PKL)", bold=True, size=13)
    table(doc, [
        Span(B("Vispārīgā informācija"), fill="D0CECE"),
        ["Kvalifikācijas līmenis", "3. profesionālās kvalifikācijas līmenis"],
        ["Eksperts", "Rūta Eglīte"],
        ["Ekspertīzes datums", "2026. gada 16. aprīlī"],
        Span(B("Piezīmes par MIP"), fill="D0CECE"),
        Span("Programma labi strukturēta; ražošanas plānošanas modulis pārstrādāts pēc darba devēju ieteikumiem."),
        Span(B("Piezīmes par PKE"), fill="D0CECE"),
        Span("Praktiskais uzdevums (sērijveida detaļu partijas izgatavošanas plānošana) nav izpildāms paredzētajās "
             "4 stundās, un vērtēšanas kritēriji neattiecas uz tehniķa darba pienākumiem. Teorijas daļa pieņemama."),
        Span(B("Slēdziens"), fill="D0CECE"),
        ["MIP", "atbalstīta, var virzīt saskaņošanai"],
        ["PKE", "šādā redakcijā neatbalstu – jāpārstrādā praktiskais uzdevums un kritēriji"],
    ], widths=[5, 11])


build("r8b28_KIRT_PKL3_Eglite.docx", f28,
      rows=[(KIRT, "MIP", S, "Rūta Eglīte", "2026-04-16", 4),
            (KIRT, "PKE", NS, "Rūta Eglīte", "2026-04-16", 4)],
      author="Rūta Eglīte", created=D(2026, 4, 16, 12, 40),
      note="Level given only in the old PKL scale ('3. PKL' = LKI 4, consistent with the register). Sectioned table with merged headings; "
           "'Slēdziens' rows: feminine participle 'atbalstīta' for the programme, first-person 'neatbalstu' for the exam.")


# 29 two VGK qualifications, '+' in option columns
def f29(doc):
    para(doc, "Vērtējums – VGK kvalifikācijas (4. posms)", bold=True, size=13)
    table(doc, [
        ["Kvalifikācija", "Dok.", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, virzāms pēc precizējumiem",
         "Nav atbalstāms", "Komentārs"],
        ["VGK iekārtu remontatslēdznieks (LKI 3)", "MIP", "", Par("+", align="c"), "",
         "jāprecizē aukstumaģentu apstrādes modulis"],
        ["", "PKE", Par("+", align="c"), "", "", ""],
        ["VGK sistēmu tehniķis (LKI 4)", "MIP", Par("+", align="c"), "", "", ""],
        ["", "PKE", "", "", Par("+", align="c"),
         "uzdevumi neatbilst 4. līmenim – tikai montāža, nav regulēšanas un nodošanas ekspluatācijā"],
    ], widths=[4, 1.3, 2.6, 2.6, 2.2, 4.3], head=True, head_fill="FFF2CC", font_size=10)
    t = doc.tables[0]
    t.cell(1, 0).merge(t.cell(2, 0))
    t.cell(3, 0).merge(t.cell(4, 0))
    para(doc, "")
    para(doc, "Eksperts Normunds Tiltiņš, 13.03.2026")


build("r8b29_VGK_abas_kvalifikacijas_Tiltins.docx", f29,
      rows=[(VGK_R, "MIP", NC, "Normunds Tiltiņš", "2026-03-13", 3),
            (VGK_R, "PKE", S, "Normunds Tiltiņš", "2026-03-13", 3),
            (VGK_S, "MIP", S, "Normunds Tiltiņš", "2026-03-13", 4),
            (VGK_S, "PKE", NS, "Normunds Tiltiņš", "2026-03-13", 4)],
      author="", created=D(2026, 3, 13, 21, 10),
      note="Matrix: one row per qualification×document, '+' in one of three verdict columns; qualification cells vertically merged; "
           "both qualifications by their VGK aliases.")


# 30 hasty, no diacritics
def f30(doc):
    para(doc, "meza masinu operators - vertejums", bold=True)
    table(doc, [
        ["Kvalifikacija", "Meza masinu operators, LKI 3"],
        ["MIP", "atbalstams ar nosacijumu, ka 4. modulis tiek papildinats ar harvestera ikdienas apkopi un "
                "hidraulikas diagnostiku"],
        ["PKE", "atbalstams, virzams saskanosanai"],
        ["Eksperts", "Kristine Sproge"],
        ["Datums", "22/06/2026"],
    ], widths=[3.5, 12.5])


build("r8b30_meza masinu operators_vertejums.docx", f30,
      rows=[(MMO, "MIP", NC, "Kristine Sproge", "2026-06-22", 3),
            (MMO, "PKE", S, "Kristine Sproge", "2026-06-22", 3)],
      author="Kristine", created=D(2026, 6, 22, 22, 5),
      note="Hasty, no diacritics anywhere (name written 'Kristine Sproge' – kept as written). 'atbalstams ar nosacijumu, ka …' = needs_corrections. "
           "Date with slashes.")


# 31 drop-down and date-picker content controls
QUAL_ITEMS = ["Motorzāģa operators", "Kokapstrādes iekārtu operators", "Datorizētu kokapstrādes iekārtu operators",
              "Koka izstrādājumu ražošanas tehniķis", "Mēbeļu galdnieks", "Būvizstrādājumu galdnieks",
              "Meža mašīnu operators", "Mežsaimniecības tehniķis"]
VERD_ITEMS = ["Saturs ir atbalstāms un virzāms saskaņošanai",
              "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
              "Saturs nav atbalstāms"]


def f31(doc):
    para(doc, "Ekspertīzes atzinuma veidlapa (elektroniskā)", bold=True, size=13, color="385623")
    table(doc, [
        ["Kvalifikācija", Par(DD("Kokapstrādes iekārtu operators", QUAL_ITEMS, "Kvalifikācija"))],
        ["LKI", "3"],
        ["Eksperts", "Dace Bērziņa-Liepa"],
        ["Datums", Par(DT("25.05.2026", "2026-05-25"))],
        ["MIP vērtējums", Par(DD(VERD_ITEMS[1], VERD_ITEMS, "MIP vērtējums"))],
        ["PKE vērtējums", Par(DD(VERD_ITEMS[2], VERD_ITEMS, "PKE vērtējums"))],
        ["Komentāri", ["MIP: jāprecizē 3. moduļa apjoms un jāpievieno darba drošība pie ēvelmašīnām.",
                       "PKE: praktiskais uzdevums neatbilst 3. līmenim – paredz iekārtu programmēšanu, kas ir "
                       "datorizēto iekārtu operatora kompetence. Eksāmens jāizstrādā no jauna."]],
    ], widths=[4, 12])


build("r8b31_KIO_dropdown_forma.docx", f31,
      rows=[(KIO, "MIP", NC, "Dace Bērziņa-Liepa", "2026-05-25", 3),
            (KIO, "PKE", NS, "Dace Bērziņa-Liepa", "2026-05-25", 3)],
      author="Dace Bērziņa-Liepa", created=D(2026, 5, 25, 10, 0),
      note="Electronic form: qualification and both verdicts are drop-down content controls (the list of all options sits in sdtPr; "
           "the chosen value is the sdtContent text), date is a date-picker control. python-docx paragraph.text sees none of them.")


# 32 Q&A table + Word comments (coordinator question, expert reply)
def f32(doc):
    para(doc, "Būvizstrādājumu galdnieks (LKI 4) – eksperta atbildes", bold=True, size=13)
    para(doc, "Eksperte: Inese Roze", space_after=0)
    para(doc, "Datums: 10.06.2026")
    t = table(doc, [
        ["Nr.", "Jautājums", "Eksperta atbilde"],
        ["1.", "Vai MIP saturs ir atbalstāms?", "Jā, atbalstu; programma var tikt virzīta saskaņošanai."],
        ["2.", "Vai PKE saturs ir atbalstāms?",
         "Atbalstāms, taču pirms virzīšanas saskaņošanai jāprecizē vērtēšanas kritēriju tabula (punktu summa "
         "nesakrīt ar 100)."],
        ["3.", "Citi ieteikumi", "Nākamajā mācību gadā vēlams iekļaut koka–alumīnija logu montāžu."],
    ], widths=[1, 5, 10], head=True, head_fill="E2EFD9")
    run = t.cell(2, 2).paragraphs[0].runs[0]
    doc.add_comment(run, text="Inese, vai tas nozīmē, ka PKE nav atbalstāms?", author="Zane Miezīte", initials="ZM")
    doc.add_comment(run, text="Nē – atbalstāms, bet pēc precizējumiem.", author="Inese Roze", initials="IR")
    run1 = t.cell(1, 2).paragraphs[0].runs[0]
    doc.add_comment(run1, text="Atzīmēju kā atbalstītu (ZM).", author="Zane Miezīte", initials="ZM")


build("r8b32_buvizstradajumu galdnieks_Roze_ar komentariem.docx", f32,
      rows=[(BUV, "MIP", S, "Inese Roze", "2026-06-10", 4),
            (BUV, "PKE", NC, "Inese Roze", "2026-06-10", 4)],
      author="Inese Roze", created=D(2026, 6, 10, 14, 25), last_by="Zane Miezīte",
      note="Question/answer table: questions themselves contain 'Vai … ir atbalstāms?'. Word comments by the coordinator ('vai … nav "
           "atbalstāms?') and the expert are not verdicts; answers in the table are.")


# 33 short Outlook (English headers); MIP deferred
def f33(doc):
    table(doc, [
        [B("From:"), "Jurijs Ivanovs <jurijs.ivanovs@kokmeistars.lv>"],
        [B("Sent:"), "Thursday, June 4, 2026 8:57 AM"],
        [B("To:"), "Zane Miezīte <zane.miezite@lddk.lv>"],
        [B("Subject:"), "RE: DKIO precizētie dokumenti"],
    ], style=None, widths=[2.2, 13.8])
    para(doc, "")
    para(doc, "Zane, labdien.")
    para(doc, "Precizēto MIP redakciju izskatīju, bet vērtējumu sniegšu pēc tikšanās ar darba grupu 10. jūnijā – "
              "pagaidām neesmu pārliecināts par CNC moduļa apjomu.")
    para(doc, "PKE precizējumi veikti, to atbalstu un var virzīt saskaņošanai.")
    para(doc, "Jurijs")
    para(doc, "")
    para(doc, B("From:"), " Zane Miezīte <zane.miezite@lddk.lv>", space_after=0, size=10)
    para(doc, B("Sent:"), " Monday, June 1, 2026 11:20 AM", space_after=0, size=10)
    para(doc, B("To:"), " Jurijs Ivanovs", space_after=0, size=10)
    para(doc, B("Subject:"), " DKIO precizētie dokumenti", size=10)
    para(doc, "Labdien! Skola ir iesniegusi datorizētu kokapstrādes iekārtu operatora MIP un PKE precizētās redakcijas "
              "pēc Jūsu 12.05. atzinuma. Lūdzu apstiprināt, vai precizētais saturs ir atbalstāms un virzāms saskaņošanai.",
         size=10)


build("r8b33_RE_ datorizētu kokapstr. operators.docx", f33,
      rows=[(DKIO, "MIP", UNK, "Jurijs Ivanovs", "2026-06-04", 4),
            (DKIO, "PKE", S, "Jurijs Ivanovs", "2026-06-04", 4)],
      problems=["no_verdict"],
      author="Zane Miezīte", created=D(2026, 6, 4, 9, 3),
      note="Short Outlook print with English header labels. MIP reviewed but verdict explicitly deferred → unknown + no_verdict; "
           "PKE 'to atbalstu un var virzīt' = supported. Qualification named only in the quoted request (genitive) and as 'DKIO'. "
           "Signed with first name only; full name from 'From:'.")


# 34 multi-qualification incl. one not in the register
def f34(doc):
    para(doc, "Mašīnbūves un metālapstrādes nozares eksperta vērtējums (5. posms)", bold=True, size=13)
    table(doc, [
        ["Kvalifikācija", "LKI", "MIP", "PKE"],
        ["Mehatronisko sistēmu tehniķis", "4", "Atbalstu bez iebildumiem – virzīt saskaņošanai.",
         "Atbalstāms, ja tiks novērstas 2 nepilnības (sk. piezīmes); tad virzāms saskaņošanai."],
        ["Metālapstrādes darbgaldu operators", "3",
         "Nav atbalstāms: programma būtībā dublē metinātāja un CNC operatora moduļus, nav skaidra kvalifikācijas robeža.",
         "Atbalstāms un virzāms saskaņošanai."],
    ], widths=[4.5, 1.2, 5.2, 5.1], head=True, head_fill="DDEBF7")
    para(doc, "")
    para(doc, "Piezīmes (mehatronika, PKE):", bold=True)
    para(doc, "1) vērtēšanas lapā trūkst kritērija par dokumentācijas aizpildīšanu;", space_after=0)
    para(doc, "2) praktiskajā uzdevumā nav norādīts pieļaujamais laiks kļūmju meklēšanai.")
    para(doc, "")
    para(doc, "Valdis Graudiņš, 2026. gada 29. jūnijā", align="r")


build("r8b34_Masinbuve_kopsavilkums_Graudins.docx", f34,
      rows=[(MEH, "MIP", S, "Valdis Graudiņš", "2026-06-29", 4),
            (MEH, "PKE", NC, "Valdis Graudiņš", "2026-06-29", 4),
            ("metālapstrādes darbgaldu operators", "MIP", NS, "Valdis Graudiņš", "2026-06-29", 3),
            ("metālapstrādes darbgaldu operators", "PKE", S, "Valdis Graudiņš", "2026-06-29", 3)],
      problems=["unknown_qualification"],
      author="Valdis Graudiņš", created=D(2026, 6, 29, 15, 50),
      note="Two qualifications in one table, one of them NOT in the register (LKI 3 stated). 'Atbalstu bez iebildumiem' = supported; "
           "'Atbalstāms, ja tiks novērstas … tad virzāms' = needs_corrections. Name+date right-aligned at the end, no label.")


# 35 NON-REVIEW: news draft
def f35(doc):
    para(doc, "Jaunums mājaslapai (melnraksts, saskaņot ar komunikācijas nodaļu)", italic=True, size=9)
    para(doc, "Nozaru eksperti turpina MIP un PKE satura ekspertīzi", bold=True, size=15)
    para(doc, "Latvijas Darba devēju konfederācija (LDDK) arī 2026. gadā turpina dalību Eiropas Savienības Kohēzijas "
              "politikas programmas 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma īstenošanā. Projekta 4. posmā "
              "iesaistīti 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti.", align="j")
    para(doc, "Eksperti izvērtē, vai profesionālās izglītības iestāžu darba grupu izstrādāto modulāro izglītības "
              "programmu un profesionālās kvalifikācijas eksāmenu saturs ir atbalstāms un virzāms saskaņošanai, vai "
              "tam nepieciešami precizējumi.", align="j")
    para(doc, "“Darba devēji atbalsta to, ka eksāmenos arvien vairāk uzdevumu notiek reālā darba vidē, nevis tikai "
              "mācību darbnīcās,” uzsver enerģētikas nozares eksperts Raimonds Krūmiņš.", align="j")
    para(doc, "Ekspertīzi plānots pabeigt 2026. gada jūlijā. Vairāk informācijas – pie projekta koordinatorēm.",
         align="j")
    para(doc, "Foto: LDDK", italic=True, size=9)


build("r8b35_Jaunums_LDDK_majaslapai.docx", f35,
      problems=["no_verdict"],
      author="Līga Auziņa", created=D(2026, 4, 2, 13, 30),
      note="NOT A REVIEW: news draft. 'specifiskā atbalsta mērķa', purpose sentence with 'atbalstāms un virzāms', 'Darba devēji atbalsta' "
           "and a named expert's quote – no verdict on any document.")


# =====================================================================
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "code"])
    w.writerows(PROBLEMS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("# r8b – blind set: forms, tables, printed e-mails, letterheads\n\n")
    fh.write("Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold labels: `expected.csv`, "
             "`expected_problems.csv`.\n\n")
    fh.write(f"Files: {len(NOTES)}; gold rows: {len(GOLD)}; problem rows: {len(PROBLEMS)}.\n\n")
    fh.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        fh.write(f"| {n} | {note.replace('|', '/')} |\n")
print(len(NOTES), "files,", len(GOLD), "gold rows,", len(PROBLEMS), "problem rows")
