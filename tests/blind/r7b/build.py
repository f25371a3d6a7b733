# -*- coding: utf-8 -*-
"""Builds the r7b blind evaluation set (forms and tables style).

Run:  /work/hvenv/bin/python build.py
Each build(...) call carries the gold rows of the file it writes.
"""
import csv
import datetime as dt
import os
import glob
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7b"

REGISTER_LKI = {
    "motorzāģa operators": 3, "mežsaimniecības tehniķis": 4, "kokapstrādes iekārtu operators": 3,
    "datorizētu kokapstrādes iekārtu operators": 4, "koka izstrādājumu ražošanas tehniķis": 4,
    "mēbeļu galdnieks": 4, "būvizstrādājumu galdnieks": 4, "meža mašīnu operators": 3,
    "elektromontieris": 3, "elektrotehniķis": 4,
    "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks": 3,
    "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis": 4,
    "mehatronisko sistēmu tehniķis": 4,
}
VGK_R = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGK_S = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"

GOLD, PROBLEMS, README = [], [], []
_ID = [100]


def nid():
    _ID[0] += 1
    return _ID[0]


def R(qual, doc, verdict, expert, date, lki=None):
    """One gold row. lki defaults to the register level."""
    assert doc in ("MIP", "PKE")
    assert verdict in ("supported", "needs_corrections", "not_supported", "unknown")
    if lki is None:
        lki = REGISTER_LKI.get(qual, "")
    return (qual, doc, verdict, expert, date, lki)


def build(name, doc, author, created, rows=(), problems=(), note="", modified_by=None):
    assert name.startswith(PREFIX)
    cp = doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2, minutes=17)
    cp.last_modified_by = modified_by if modified_by is not None else author
    cp.title = ""
    cp.comments = ""
    doc.save(os.path.join(OUT, name))
    for r in rows:
        GOLD.append((name,) + tuple(r))
    for p in problems:
        PROBLEMS.append((name, p))
    README.append((name, note))


# ---------------------------------------------------------------- helpers
def new_doc(font="Times New Roman", size=12, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return d


def fmt_run(r, f=""):
    if "b" in f:
        r.bold = True
    if "i" in f:
        r.italic = True
    if "u" in f:
        r.underline = True
    if "s" in f:
        r.font.strike = True
    if "g" in f:  # grey
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if "m" in f:  # MS Gothic glyph
        r.font.name = "MS Gothic"
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "MS Gothic")
    return r


def add_parts(p, parts, size=None):
    """parts: str | list of str / (text, fmt) tuples"""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, f = part
        else:
            text, f = part, ""
        r = p.add_run(text)
        fmt_run(r, f)
        if size:
            r.font.size = Pt(size)
    return p


def P(container, parts="", align=None, size=None, style=None, before=None, after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_parts(p, parts, size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def split_runs(p, text, cuts, f=""):
    """Write text as several runs split at the given character offsets (as Word often does)."""
    prev = 0
    for c in list(cuts) + [len(text)]:
        fmt_run(p.add_run(text[prev:c]), f)
        prev = c
    return p


def fill(cell, content, size=None, align=None, bold=False, shade=None):
    """content: str (\n = new paragraph) | list of parts | callable(cell)"""
    first = cell.paragraphs[0]
    if callable(content):
        content(cell)
    elif isinstance(content, list):
        add_parts(first, content, size)
    else:
        lines = str(content).split("\n")
        for i, line in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            add_parts(p, [(line, "b" if bold else "")], size)
    if align:
        for p in cell.paragraphs:
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if shade:
        shade_cell(cell, shade)


def shade_cell(cell, fill_hex):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcPr.append(shd)


def T(container, data, widths=None, style="Table Grid", size=None, head_shade=None, bold_first_col=False,
      bold_head=False):
    t = container.add_table(rows=len(data), cols=max(len(r) for r in data))
    if style:
        t.style = style
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            if val is None:
                continue
            c = t.cell(i, j)
            b = (bold_head and i == 0) or (bold_first_col and j == 0 and isinstance(val, str))
            fill(c, val, size=size, bold=b)
            if head_shade and i == 0:
                shade_cell(c, head_shade)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if j < len(widths):
            gc.set(qn("w:w"), str(int(Cm(widths[j]).twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>")
    tblPr.append(b)


def bottom_rule(p, sz=12, color="000000"):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="{color}"/></w:pBdr>'))


def header_text(doc, lines, footer=False, size=9, align=None):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    p0 = hf.paragraphs[0]
    for i, line in enumerate(lines):
        p = p0 if i == 0 else hf.add_paragraph()
        add_parts(p, line, size)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return hf


GOTHIC = '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'


def glyph(p, checked, on="☒", off="☐"):
    r = p.add_run(on if checked else off)
    fmt_run(r, "m")
    return r


def sym(p, char, size=24):
    """Wingdings symbol: F0FE = checked box, F0A8 = empty box, F0FD = boxed x."""
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:cs="Wingdings"/>'
        f'<w:sz w:val="{size}"/></w:rPr><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'))


def sdt_checkbox(p, checked, tag=None):
    """Word 2010+ content-control checkbox (w14:checkbox)."""
    W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    tagxml = f'<w:tag w:val="{tag}"/>' if tag else ""
    xml = (f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}"><w:sdtPr>{GOTHIC}{tagxml}<w:id w:val="{-1000000 - nid()}"/>'
           f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r>{GOTHIC}<w:t>{"☒" if checked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(xml))


def form_checkbox(p, checked, name, mode="default"):
    """Legacy FORMCHECKBOX field. mode='default' uses w:default, 'checked' uses w:checked."""
    if mode == "default":
        cb = f'<w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
    else:
        cb = '<w:sizeAuto/><w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
    bid = nid()
    xmls = [
        f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{name}"/>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox>{cb}</w:checkBox></w:ffData></w:fldChar></w:r>',
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
        f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>',
    ]
    for x in xmls:
        p._p.append(parse_xml(x))


def ins(p, text, author, when, f=""):
    rpr = "<w:rPr><w:b/></w:rPr>" if "b" in f else ""
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{escape(author)}" w:date="{when}">'
        f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def dele(p, text, author, when, f=""):
    rpr = "<w:rPr><w:b/></w:rPr>" if "b" in f else ""
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{escape(author)}" w:date="{when}">'
        f'<w:r>{rpr}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def merge_row(t, i, a, b, content=None, **kw):
    c = t.cell(i, a).merge(t.cell(i, b))
    if content is not None:
        for p in c.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        for r in list(c.paragraphs[0].runs):
            r._r.getparent().remove(r._r)
        fill(c, content, **kw)
    return c


def D(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi)


V_A = "saturs ir atbalstāms un virzāms saskaņošanai"
V_P = "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
V_N = "saturs nav atbalstāms"


# =====================================================================  01
def f01():
    d = new_doc("Times New Roman", 12)
    header_text(d, ["LDDK nozaru ekspertu atzinums · 4.2.2.9. pasākums „Izglītības procesa individualizācija "
                    "un starpnozaru sadarbība profesionālās izglītības izcilībai”"], size=8, align="c")
    P(d, [("EKSPERTA ATZINUMS", "b")], align="c", size=14, after=0)
    P(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas "
         "eksāmena (PKE) satura atbilstību nozares prasībām", align="c", size=11)
    T(d, [
        ["Profesionālā kvalifikācija", [("Mēbeļu galdnieks", "b")]],
        ["LKI līmenis", "4. līmenis"],
        ["Nozare", "Kokrūpniecība"],
        ["Darba grupa / izglītības iestāde", "Vidzemes Amatniecības tehnikuma darba grupa (vad. M. Ose)"],
        ["Izvērtētās dokumentu redakcijas", "MIP – 2026. gada 23. februāra redakcija;\nPKE – 2026. gada 2. marta redakcija"],
        ["Nozares eksperts", "Inese Kalniņa"],
        ["Atzinuma datums", "12.03.2026."],
    ], widths=[5.5, 11], bold_first_col=True, size=11)
    P(d, [("1. Piezīmes un ieteikumi par MIP saturu", "b")], before=10)
    for t in [
        "1.1. Modulī „Korpusa mēbeļu izgatavošana” sasniedzamajos rezultātos nav minēts darbs ar CNC apstrādes "
        "centrā sagatavotām detaļām, lai gan uzņēmumos tā ir ikdiena. Lūdzu papildināt.",
        "1.2. Mācību prakses apjoms (320 st.) ir pietiekams, taču prakses uzdevumi daļēji dublē A moduļu grupas "
        "saturu – ieteicams tos pārskatīt kopā ar prakses vietu pārstāvjiem.",
        "1.3. Tēmā par apdares materiāliem ir atsauces uz spēku zaudējušiem darba aizsardzības noteikumiem – "
        "jāaktualizē.",
    ]:
        P(d, t, align="j", size=11)
    P(d, [("2. Piezīmes par PKE saturu", "b")], before=6)
    P(d, "Eksāmena praktiskais uzdevums (skapīša korpusa ar atvilktni izgatavošana) labi atspoguļo kvalifikācijas "
         "pamatprasmes. Vērtēšanas kritēriji ir skaidri, punktu sadalījums loģisks. Būtisku iebildumu nav.",
      align="j", size=11)
    P(d, [("3. Eksperta slēdziens", "b"), (" (katram dokumentam atzīmē vienu ailīti ar ☒)", "i")], before=6)

    def box(on):
        return lambda c: glyph(c.paragraphs[0], on)
    t = T(d, [
        [[("Slēdziens", "b")], [("MIP", "b")], [("PKE", "b")]],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", box(False), box(True)],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", box(True), box(False)],
        ["Saturs nav atbalstāms", box(False), box(False)],
    ], widths=[11, 2.5, 2.5], size=11, head_shade="D9D9D9")
    for row in t.rows:
        for c in row.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, "")
    P(d, "Paraksts: ______________________", size=11)
    e, dd = "Inese Kalniņa", "2026-03-12"
    build("r7b01_Mebelu_galdnieks_MIP_PKE_atzinums_IKalnina.docx", d, "Inese Kalniņa", D(2026, 3, 12, 8, 40), rows=[
        R("mēbeļu galdnieks", "MIP", "needs_corrections", e, dd),
        R("mēbeļu galdnieks", "PKE", "supported", e, dd),
    ], note="Key/value table (value to the right) + verdict grid with ☒/☐ typed as MS Gothic text. "
            "MIP ☒ on the 'pēc precizējumu' row, PKE ☒ on 'atbalstāms un virzāms'. Remarks in body are "
            "requests to add content, consistent with needs_corrections.")


# =====================================================================  02
def f02():
    d = new_doc("Arial", 10)
    P(d, [("Atzinums par kvalifikācijas „Elektrotehniķis” (LKI 4) MIP un PKE saturu", "b")], size=12)
    P(d, "Izskatīti materiāli: MIP (2. versija, 02.03.2026.), PKE saturs ar teorijas jautājumu banku un trim "
         "praktisko uzdevumu variantiem (05.03.2026.).")
    T(d, [
        ["Dokuments", "Slēdziens", "Komentāri"],
        ["MIP", [("Atbalstu; var virzīt saskaņošanai.", "b")],
         "Moduļu secība loģiska, saturs atbilst profesijas standartam un kvalifikācijas prasībām. "
         "Ieteikums (nav obligāts, pēc iestādes ieskatiem): vienādot terminus „sadalne” / „sadales skapis” "
         "visos moduļos."],
        ["PKE", [("Neatbalstu.", "b")],
         "Praktiskajos uzdevumos nav ietverta releju aizsardzības iestatīšana un pārbaude, kas ir viena no "
         "kvalifikācijas pamatprasībām.\nAptuveni 40 % teorijas jautājumu attiecas uz tēmām, kuras MIP netiek "
         "apgūtas.\nPēc pārstrādes lūdzu PKE atsūtīt atkārtotai ekspertīzei."],
    ], widths=[2.2, 4.5, 10], bold_head=True, head_shade="DEEAF6")
    P(d, "")
    T(d, [["Eksperts", "Paraksts / datums"], ["R. Vītols", "(paraksts)      17.03.2026."]],
      widths=[6, 8], bold_head=True)
    build("r7b02_RE_Elektrotehnikis_atzinums.docx", d, "Evita Šmite", D(2026, 3, 18, 10, 5), rows=[
        R("elektrotehniķis", "MIP", "supported", "R. Vītols", "2026-03-17"),
        R("elektrotehniķis", "PKE", "not_supported", "R. Vītols", "2026-03-17"),
    ], note="Summary table Dokuments | Slēdziens | Komentāri, first-person 'Atbalstu; var virzīt' / 'Neatbalstu'. "
            "Optional suggestion on MIP does not make it a correction. Expert only as initial + surname in a "
            "'Paraksts / datums' table; core author is the coordinator who forwarded it (file name 'RE').")


# =====================================================================  03
def f03():
    d = new_doc("Calibri", 11)
    header_text(d, ["LDDK · nozaru ekspertīze · Mašīnbūve un metālapstrāde"], size=8, align="r")
    header_text(d, ["Eksperts: Aigars Pētersons   |   2026. gada 9. februāris"], footer=True, size=8)
    P(d, [("MIP satura izvērtējums pēc kritērijiem", "b")], size=14)
    P(d, [("Kvalifikācija: ", "b"), "mehatronisko sistēmu tehniķis (LKI\u00a04. līmenis)"])
    P(d, [("Vērtētais dokuments: ", "b"), "modulārā izglītības programma. PKE saturu šajā kārtā vērtē cits "
          "nozares eksperts, tāpēc šis izvērtējums uz to neattiecas."])
    rows = [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "Programmas mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
        ["2.", "Moduļu sasniedzamie rezultāti aptver visas kvalifikācijas prasībās noteiktās kompetences", "Nē",
         "Nav ietverta pneimatisko un hidraulisko sistēmu diagnostika un defektu meklēšana."],
        ["3.", "Moduļu apjoms kredītpunktos atbilst normatīvajām prasībām", "Jā", ""],
        ["4.", "Mācību prakse darba vidē plānota atbilstoši nozares praksei", "Jā",
         "Labi, ka paredzēta prakse pie iekārtu apkopes uzņēmumā."],
        ["5.", "Sasniedzamo rezultātu vērtēšana ir skaidri aprakstīta", "Nē",
         "Moduļa „Programmējamie loģiskie kontrolleri” noslēguma pārbaudījumam nav vērtēšanas kritēriju."],
        ["6.", "Terminoloģija atbilst nozarē lietotajai", "Jā", "Dažas drukas kļūdas, labojamas redakcionāli."],
        ["", "", "", ""],
    ]
    t = T(d, rows, widths=[1.0, 7.5, 1.6, 6.5], bold_head=True, head_shade="E2EFDA", size=10)
    merge_row(t, 7, 0, 1, [("Kopējais vērtējums", "b")], size=10)
    merge_row(t, 7, 2, 3, [("Atbalstāma; virzāma saskaņošanai pēc 2. un 5. kritērijā minēto precizējumu "
                             "veikšanas.", "b")], size=10)
    build("r7b03_MST_MIP_kriteriji.docx", d, "", D(2026, 2, 9, 14, 30), rows=[
        R("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Aigars Pētersons", "2026-02-09"),
    ], note="Criterion table of Jā/Nē ending in a merged 'Kopējais vērtējums' row (feminine 'Atbalstāma; "
            "virzāma ... pēc precizējumu'). PKE explicitly reviewed by someone else -> no PKE row. Name and "
            "date only in the page footer; empty core author.")


# =====================================================================  04
def f04():
    d = new_doc("Times New Roman", 12)
    for parts in [[("Profesionālā kvalifikācija: ", "b"), "Motorzāģa operators"],
                  [("Kvalifikācijas līmenis: ", "b"), "LKI 3. līmenis"],
                  [("Eksperte: ", "b"), "Dace Liepiņa"],
                  [("Datums: ", "b"), "2026. gada 3. martā"],
                  [("Vērtēšanai iesniegti: ", "b"), "MIP un PKE saturs (darba grupas e-pasts 20.02.2026.)"]]:
        P(d, parts, after=0)
    P(d, [("Piezīmes", "b")], before=12)
    P(d, [("MIP. ", "b"), "Programma veidota pārdomāti, darba drošības jautājumi integrēti visos moduļos, "
          "motorzāģa apkopes un ķēdes asināšanas prasmēm atvēlēts pietiekami daudz laika. Iebildumu nav."],
      align="j")
    P(d, [("PKE. ", "b"), "Praktiskā uzdevuma aprakstā jānorāda koka gāšanas bīstamās zonas rādiuss (vismaz "
          "divi koka garumi) un jāprecizē, kas nodrošina individuālos aizsardzības līdzekļus eksāmena laikā. "
          "Teorijas testā 14. un 22. jautājums pēc būtības dublējas – vienu aizstāt."], align="j")
    P(d, [("Eksperta slēdziens", "b")], before=12)
    P(d, "(atzīmēt vienu variantu katram dokumentam)", size=10)

    def s(ch):
        return lambda c: sym(c.paragraphs[0], ch)
    t = T(d, [
        ["", [("MIP", "b")], [("PKE", "b")]],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", s("F0FE"), s("F0A8")],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", s("F0A8"), s("F0FE")],
        ["Saturs nav atbalstāms", s("F0A8"), s("F0A8")],
    ], widths=[11.5, 2.2, 2.2])
    for row in t.rows:
        for c in row.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    e, dd = "Dace Liepiņa", "2026-03-03"
    build("r7b04_motorzaga_operators_atzinums_Liepina.docx", d, "Dace Liepiņa", D(2026, 2, 27, 17, 2), rows=[
        R("motorzāģa operators", "MIP", "supported", e, dd),
        R("motorzāģa operators", "PKE", "needs_corrections", e, dd),
    ], note="Header block of labelled lines; verdict grid marked with Wingdings w:sym (F0FE checked, F0A8 "
            "empty), no text mark at all. Created date earlier than review date (draft begun before).")


# =====================================================================  05
def f05():
    d = new_doc("Calibri", 11)
    header_text(d, ["Eksperte: Gunta Bērziņa-Lāce  |  Kokrūpniecības nozare"], size=9)
    P(d, [("Atzinuma veidlapa – MIP un PKE satura ekspertīze", "b")], size=14, after=2)
    T(d, [["Aizpildīšanas datums", "2026-03-24"], ["Vērtēto kvalifikāciju skaits", "2"]], widths=[6, 5])

    def section(title, marks, remark):
        P(d, [(title, "b")], before=12)
        data = [["Dokuments", "atbalstāms un virzāms saskaņošanai",
                 "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]]
        for docname, m in marks:
            row = [docname]
            for k in range(3):
                row.append((lambda on: (lambda c: sdt_checkbox(c.paragraphs[0], on)))(k == m))
            data.append(row)
        data.append([remark, None, None, None])
        t = T(d, data, widths=[2.5, 4.3, 5.2, 3.5], size=10, head_shade="FFF2CC")
        for row in t.rows[1:3]:
            for c in row.cells[1:]:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        merge_row(t, 3, 0, 3)
        return t

    section("1. Meža mašīnu operators, LKI 3", [("MIP", 2), ("PKE", 1)],
            "Piezīmes: MIP – harvestera un forvardera vadības moduļos nav paredzētas mācības simulatorā, nav "
            "ietverta meža atjaunošanas un dabas aizsardzības prasību ievērošana cirsmā; programma jāpārstrādā "
            "un jāiesniedz atkārtoti. PKE – jāprecizē praktiskā uzdevuma vērtēšanas kritēriji sortimentu "
            "uzmērīšanai.")
    section("2. Kokapstrādes iekārtu operators, LKI 3", [("MIP", 1), ("PKE", 0)],
            "Piezīmes: MIP 4. modulī papildināt ar zāģripu un frēžu drošas nomaiņas praksi, izlabot stundu "
            "summu mācību plānā. PKE – bez piezīmēm.")
    e, dd = "Gunta Bērziņa-Lāce", "2026-03-24"
    build("r7b05_MMO_un_KIO_atzinums_BerzinaLace.docx", d, "Gunta Bērziņa-Lāce", D(2026, 3, 20, 11, 12), rows=[
        R("meža mašīnu operators", "MIP", "not_supported", e, dd),
        R("meža mašīnu operators", "PKE", "needs_corrections", e, dd),
        R("kokapstrādes iekārtu operators", "MIP", "needs_corrections", e, dd),
        R("kokapstrādes iekārtu operators", "PKE", "supported", e, dd),
    ], note="Two qualifications, one grid each; the choice is a Word content-control checkbox (w:sdt with "
            "w14:checked) invisible to paragraph.text. Expert only in the page header; date in a labelled cell "
            "in ISO form.")


# =====================================================================  06
def f06():
    d = new_doc("Times New Roman", 11)
    P(d, [("EKSPERTĪZES ATZINUMS", "b")], align="c", size=13)
    P(d, "profesionālās izglītības programmas satura ekspertīze", align="c", size=10)
    t = T(d, [
        ["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators", "LKI", "4"],
        ["Eksperts", "Edgars Zariņš", "Datums", "14.04.2026"],
    ], widths=[3, 8, 2, 3])
    for r in t.rows:
        shade_cell(r.cells[0], "EDEDED")
        shade_cell(r.cells[2], "EDEDED")
    P(d, "")
    P(d, [("Vērtētais dokuments: ", "b"), "MIP. PKE saturs ekspertīzei netika iesniegts – par to atzinums "
          "tiks sniegts atsevišķi, kad darba grupa to iesūtīs."])
    P(d, [("Piezīmes", "b")], before=8)
    for t_ in ["CNC programmēšanas modulī iekļauta gan G-koda rediģēšana, gan CAM programmatūras lietošana – tas "
               "atbilst uzņēmumu vajadzībām.",
               "Iekārtu apkopes un instrumentu nomaiņas tēmas aprakstītas pietiekami detalizēti.",
               "Sīkas neprecizitātes moduļu aprakstos (numerācija 7. un 8. modulim) darba grupa var izlabot "
               "redakcionāli, tas neietekmē saturu."]:
        P(d, "– " + t_, align="j")
    P(d, [("Slēdziens", "b")], before=8)
    for i, (txt, on) in enumerate([(V_A, True), (V_P, False), (V_N, False)]):
        p = d.add_paragraph()
        form_checkbox(p, on, f"Check{i + 1}", mode="default")
        p.add_run("  MIP " + txt)
    build("r7b06_DKIO_MIP_ekspertize.docx", d, "Rūta Daugule", D(2026, 1, 20, 13, 0),
          modified_by="Edgars Zariņš", rows=[
              R("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Edgars Zariņš", "2026-04-14"),
          ], note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox with w:default=1 on the chosen line), no "
                  "visible mark text. PKE explicitly not submitted -> no PKE row. Editorial fixes 'var izlabot "
                  "redakcionāli, tas neietekmē saturu' do not turn it into needs_corrections (box decides). "
                  "Template author = coordinator, created in January.")


# =====================================================================  07
def f07():
    d = new_doc("Cambria", 11)
    P(d, [("Nozares eksperta atzinums", "b")], size=15)
    T(d, [
        ["Kvalifikācija", "Elektromontieris (LKI 3)"],
        ["Eksperts", "Māris Grīnbergs"],
        ["Datums", "2026. g. 22. aprīlī"],
        ["Piezīme", "Galīgā redakcija pēc 16.04. tikšanās ar darba grupu (aizstāj 10.04. nosūtīto variantu)."],
    ], widths=[4, 12], bold_first_col=True)
    P(d, [("Par MIP", "b")], before=10)
    P(d, "Zemsprieguma elektroinstalācijas darbi programmā ietverti pietiekami. Trūkst prasību par darbu "
         "elektroietaišu tuvumā un darba atļauju (norīkojumu) noformēšanu – tas jāpapildina 2. modulī. Modulim "
         "„Apgaismojuma tīkli” jāprecizē apjoms, pašlaik tas neatbilst mācību plānam.", align="j")
    P(d, [("Par PKE", "b")], before=6)
    P(d, "Eksāmena saturs atbilst kvalifikācijas prasībām, praktiskais uzdevums (dzīvokļa sadalnes montāža un "
         "pārbaude) ir reāls un izmērāms.", align="j")
    P(d, [("Slēdziens ", "b"), ("(nevajadzīgo svītrot)", "i")], before=10)
    for docname, chosen in [("MIP", 1), ("PKE", 0)]:
        P(d, [(docname + " saturs:", "b")], after=0)
        for k, txt in enumerate(["ir atbalstāms un virzāms saskaņošanai",
                                 "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                 "nav atbalstāms"]):
            p = P(d, "", after=0)
            p.paragraph_format.left_indent = Cm(1)
            fmt_run(p.add_run(txt), "" if k == chosen else "s")
    e, dd = "Māris Grīnbergs", "2026-04-22"
    build("r7b07_Elektromontieris_Grinbergs_galigais.docx", d, "Māris Grīnbergs", D(2026, 4, 22, 19, 45), rows=[
        R("elektromontieris", "MIP", "needs_corrections", e, dd),
        R("elektromontieris", "PKE", "supported", e, dd),
    ], note="'nevajadzīgo svītrot': the two non-applicable options carry strikethrough, the chosen one is plain. "
            "Mention of an earlier 10.04 version is history only. Date '2026. g. 22. aprīlī'.")


# =====================================================================  08
def f08():
    d = new_doc("Arial", 10)
    P(d, [("ATZINUMS", "b")], size=13)
    P(d, [("Kvalifikācija: ", "b"), "VGK iekārtu remontatslēdznieks (3. LKI līmenis)"], after=0)
    P(d, [("Eksperte: ", "b"), "Ilze Strautmane, servisa inženiere"], after=8)

    def opts(chosen):
        def f(c):
            texts = ["atbalstāms un virzāms saskaņošanai",
                     "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                     "nav atbalstāms"]
            for k, txt in enumerate(texts):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                fmt_run(p.add_run(txt), "ub" if k == chosen else "")
        return f
    T(d, [
        ["Dokuments", "Slēdziens (vajadzīgo pasvītrot)", "Pamatojums"],
        ["MIP", opts(2),
         "Programmā nav moduļa par darbu ar fluorētām siltumnīcefekta gāzēm (F-gāzēm) un noplūžu pārbaudēm, "
         "bez kura remontatslēdznieks praksē nevar strādāt ar dzesēšanas iekārtām. Praktisko mācību apjoms "
         "daudzos moduļos ir tikai formāls. Programma būtiski jāpārstrādā."],
        ["PKE", opts(1),
         "Jāprecizē praktiskā uzdevuma iekārtu saraksts (ne visām skolām pieejams rekuperators ar siltumsūkni) "
         "un jāpievieno vērtēšanas lapa noplūdes pārbaudei."],
    ], widths=[2, 6, 8.5], bold_head=True, head_shade="D9E2F3")
    P(d, "")
    P(d, "Datums: 20.04.2026.")
    e, dd = "Ilze Strautmane", "2026-04-20"
    build("r7b08_VGK_remontatslednieks_Strautmane.docx", d, "istrautmane", D(2026, 4, 20, 7, 55), rows=[
        R(VGK_R, "MIP", "not_supported", e, dd),
        R(VGK_R, "PKE", "needs_corrections", e, dd),
    ], note="Qualification by register alias 'VGK iekārtu remontatslēdznieks'. All options printed in the "
            "cell, 'vajadzīgo pasvītrot': the chosen one is underlined (and bold). Author is a login name.")


# =====================================================================  09
def f09():
    d = new_doc("Calibri", 11)
    T(d, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI", "4"],
        ["Izvērtētie dokumenti", "MIP (21.04.2026. redakcija), PKE (21.04.2026. redakcija)"],
    ], widths=[4.5, 11.5], bold_first_col=True)
    P(d, [("Komentāri", "b")], before=10)
    P(d, "MIP: programma aptver visu ražošanas ciklu no izejmateriālu pieņemšanas līdz gatavā izstrādājuma "
         "kvalitātes kontrolei. Ražošanas plānošanas modulis labs, iekļauti arī digitālie rīki. Man nav "
         "iebildumu.", align="j")
    P(d, "PKE: teorijas daļā par daudz jautājumu par vēsturiskām kokapstrādes tehnoloģijām; praktiskajā daļā "
         "jāprecizē, kādas ražošanas dokumentācijas paraugs tiek izsniegts eksaminējamam. Šie precizējumi "
         "jāveic pirms virzīšanas saskaņošanai.", align="j")
    P(d, [("Slēdziens ", "b"), ("(izvēlēto variantu iezīmēt treknrakstā)", "i")], before=10)
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    for docname, chosen in [("MIP", 0), ("PKE", 1)]:
        P(d, docname + ":", after=0)
        for k, o in enumerate(opts):
            p = P(d, [("\t" + o, "b" if k == chosen else "")], after=0)
    P(d, "")
    T(d, [["Eksperts", "Paraksts / datums"], ["", "Valdis Krūmiņš          05.05.2026"]], widths=[4, 12])
    e, dd = "Valdis Krūmiņš", "2026-05-05"
    build("r7b09_KIRT_atzinums.docx", d, "Valdis Krūmiņš", D(2026, 5, 5, 12, 1), rows=[
        R("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", e, dd),
        R("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", e, dd),
    ], note="Options printed per document, the chosen one set in bold ('iezīmēt treknrakstā'); no other mark. "
            "The 'Eksperts' cell is left empty, name + date written in the 'Paraksts / datums' cell. "
            "'Man nav iebildumu' on MIP agrees with the bold choice.")


# =====================================================================  10
def outlook_block(d, rows, lang="lv"):
    for k, v in rows:
        p = P(d, [(k + "\t", "b"), v], after=0, size=10)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.8))
        p.paragraph_format.left_indent = Cm(2.8)
        p.paragraph_format.first_line_indent = Cm(-2.8)


def f10():
    d = new_doc("Calibri", 11)
    p = P(d, [("Evita Šmite", "b")], size=14, after=2)
    bottom_rule(p, 18)
    outlook_block(d, [("No:", "Artūrs Eglītis <arturs.eglitis@inbox.lv>"),
                      ("Nosūtīts:", "otrdiena, 2026. gada 7. aprīlis 10:42"),
                      ("Kam:", "Evita Šmite <evita.smite@lddk.lv>"),
                      ("Tēma:", "RE: Mežsaimniecības tehniķa PKE – ekspertīze")])
    P(d, "")
    for t_ in ["Labdien, Evita!",
               "Paldies par atgādinājumu. Izskatīju mežsaimniecības tehniķa PKE saturu (27.03. versija, ko "
               "atsūtījāt pagājušajā nedēļā).",
               "Teorētiskās daļas jautājumi aptver visas kvalifikācijas prasībās minētās kompetenču jomas; labi, ka "
               "iekļauti jautājumi par meža atjaunošanu un dabas aizsardzības prasībām cirsmās. Praktiskais "
               "uzdevums (cirsmas novērtēšana un dastojuma sagatavošana) ir reāli izpildāms, vērtēšanas lapa skaidra.",
               "Mans vērtējums – PKE saturs ir atbalstāms un virzāms saskaņošanai, papildu precizējumi nav "
               "nepieciešami.",
               "Starp citu, paskatījos arī motorzāģa operatora PKE precizēto variantu, ko skola atsūtīja pēc "
               "Daces piezīmēm: bīstamās zonas apraksts un testa jautājumi tagad izlaboti, tāpēc to arī atbalstu – "
               "var virzīt saskaņošanai.",
               "Mežsaimniecības tehniķa MIP atzinumu nosūtīju atsevišķi jau 5. martā, šeit par to nerakstu.",
               "Ar cieņu\nArtūrs Eglītis\nkokrūpniecības nozares eksperts"]:
        P(d, t_.split("\n")[0]) if "\n" not in t_ else [P(d, x, after=0) for x in t_.split("\n")]
    P(d, "")
    p = P(d, "", after=0)
    bottom_rule(p, 4, "B5C4DF")
    outlook_block(d, [("No:", "Evita Šmite <evita.smite@lddk.lv>"),
                      ("Nosūtīts:", "piektdiena, 2026. gada 3. aprīlis 15:10"),
                      ("Kam:", "Artūrs Eglītis <arturs.eglitis@inbox.lv>"),
                      ("Tēma:", "Mežsaimniecības tehniķa PKE – ekspertīze")])
    P(d, "")
    for t_ in ["Labdien, Artūr!",
               "Atgādinu, ka līdz 10. aprīlim gaidām Jūsu atzinumu par mežsaimniecības tehniķa PKE saturu. Lūdzu "
               "slēdzienā izmantot vienu no formulējumiem:",
               "– saturs ir atbalstāms un virzāms saskaņošanai;",
               "– saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
               "– saturs nav atbalstāms.",
               "Paldies un jauku nedēļas nogali!",
               "Evita Šmite\nLDDK projekta koordinatore"]:
        for x in t_.split("\n"):
            P(d, x, after=0 if "\n" in t_ else 4)
    e, dd = "Artūrs Eglītis", "2026-04-07"
    build("r7b10_RE_Mezsaimniecibas_tehnikis_PKE.docx", d, "Evita Šmite", D(2026, 4, 7, 11, 3), rows=[
        R("mežsaimniecības tehniķis", "PKE", "supported", e, dd),
        R("motorzāģa operators", "PKE", "supported", e, dd),
    ], note="Outlook e-mail printed to Word, Latvian headers (No/Nosūtīts/Kam/Tēma); verdict in prose, plus a "
            "second qualification mentioned in passing ('to arī atbalstu – var virzīt saskaņošanai' = supported). "
            "MIP explicitly sent separately -> no MIP row. Quoted coordinator request below lists all three "
            "options and must not count. Date from the 'Nosūtīts' line of the reply, not the quoted one.")


# =====================================================================  11
def f11():
    d = new_doc("Arial", 10)
    t = T(d, [[[("Gmail", "b")], "Rūta Daugule <ruta.daugule@lddk.lv>"]], style=None, widths=[6, 10.5])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = P(d, "", after=2)
    bottom_rule(p, 6, "999999")
    P(d, [("Fwd: Re: Buvizstradajumu galdnieks MIP/PKE", "b")], size=13, after=0)
    P(d, "1 message", size=9)
    p = P(d, "", after=0)
    bottom_rule(p, 4, "CCCCCC")
    P(d, [("Rūta Daugule", "b"), " <ruta.daugule@lddk.lv>\t\tThu, Apr 16, 2026 at 8:55 AM"], after=0)
    P(d, "To: Evita Šmite <evita.smite@lddk.lv>")
    P(d, "Evita, pārsūtu Normunda atzinumu par būvizstrādājumu galdnieku, ieliec, lūdzu, kopsavilkumā.")
    P(d, "---------- Forwarded message ---------", after=0)
    for x in ["From: Normunds Kalejs <normunds.kalejs@gmail.com>",
              "Date: Wed, Apr 15, 2026 at 9:07 PM",
              "Subject: Re: Buvizstradajumu galdnieks MIP/PKE",
              "To: Rūta Daugule <ruta.daugule@lddk.lv>"]:
        P(d, x, after=0)
    P(d, "")
    body = [
        "Sveika, Ruta!",
        "Izskatiju abus dokumentus, isuma:",
        "MIP - kopuma atbalstams, bet pirms virzisanas saskanosanai japrecize:",
        "1) modulim \"Logu un durvju bloku izgatavosana\" jaieklauj stiklojuma paketes montaza, tagad tas nav nekur;",
        "2) praksei darba vide noradits 240 st., modulu tabula 280 st. - jasakarto;",
        "3) literaturas saraksta vairakas atsauces uz 2009. g. standartiem, janomaina uz aktualajiem.",
        "PKE - pasreizeja redakcija neatbalstu. Praktiskais uzdevums (kapnu posma izgatavosana) 8 stundas nav "
        "izpildams, un vertesanas lapa nav neviena kriterija par darba drosibu. Lai parstrada un atsuta vel "
        "reizi, paskatisos.",
        "Normunds",
    ]
    for x in body:
        P(d, x, after=2)
    P(d, "")
    P(d, "On Mon, Apr 6, 2026 at 10:12 AM Rūta Daugule <ruta.daugule@lddk.lv> wrote:", after=0, size=9)
    for x in ["Labdien, Normund!",
              "Pielikumā būvizstrādājumu galdnieka MIP un PKE no Daugavpils darba grupas. Atzinumu lūdzu līdz "
              "17. aprīlim, slēdzienā norādot, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc "
              "precizējumiem vai nav atbalstāms.",
              "Paldies!", "Rūta"]:
        p = P(d, [(x, "g")], after=0, size=9)
        p.paragraph_format.left_indent = Cm(0.6)
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="12" w:space="6" '
                             f'w:color="CCCCCC"/></w:pBdr>'))
    e, dd = "Normunds Kalejs", "2026-04-15"
    build("r7b11_Buvizstradajumu galdnieks - Fwd.docx", d, "Rūta Daugule", D(2026, 4, 16, 9, 2), rows=[
        R("būvizstrādājumu galdnieks", "MIP", "needs_corrections", e, dd),
        R("būvizstrādājumu galdnieks", "PKE", "not_supported", e, dd),
    ], note="Gmail print of a forwarded message (English headers). Expert's text has no diacritics: 'kopuma "
            "atbalstams, bet pirms virzisanas saskanosanai japrecize' / 'pasreizeja redakcija neatbalstu'. "
            "Expert name as written ('Kalejs', no diacritics). Review date = the expert's Date line (15 Apr), "
            "not the forward (16 Apr). Quoted request lists options.")


# =====================================================================  12
def f12():
    d = new_doc("Georgia", 11)
    P(d, [("SIA „KURZEMES KLIMATA TEHNIKA”", "b")], align="c", size=15, after=0)
    p = P(d, [("Reģ. Nr. 42103087715 · Rūpniecības iela 7, Liepāja, LV-3401 · birojs@kktehnika.lv", "g")],
          align="c", size=8)
    bottom_rule(p, 12, "1F4E79")
    header_text(d, ["Kurzemes klimata tehnika · ventilācija · kondicionēšana · siltumsūkņi"], footer=True,
                size=7, align="c")
    P(d, "Liepājā", after=0, before=6)
    P(d, "28.04.2026. Nr. 2026/17-A")
    P(d, "Latvijas Darba devēju konfederācijai", align="r", after=0)
    P(d, "projekta koordinatorei Evitai Šmitei", align="r")
    P(d, [("Par VGK kvalifikāciju MIP un PKE satura ekspertīzi", "b")], before=8)
    for t_ in [
        "Atbilstoši LDDK 2026. gada 8. aprīļa lūgumam esmu izvērtējusi ventilācijas un gaisa kondicionēšanas "
        "sistēmu tehniķa (LKI\u00a04. līmenis) un ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka "
        "(LKI 3. līmenis) modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu.",
    ]:
        P(d, t_, align="j")
    P(d, [("1. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "b")], before=6)
    P(d, "MIP kopumā ir labi strukturēta. Tomēr modulis „Dzesēšanas iekārtu apkope” šādā apjomā (4 moduļu "
         "kredītpunkti) nav atbalstāms – tehniķim vajadzīga padziļināta izpratne par siltumsūkņu un VRF sistēmu "
         "regulēšanu, tāpēc apjoms jāpalielina vismaz līdz 6 kredītpunktiem. Tāpat jāpārskata moduļa „Sistēmu "
         "projektēšanas pamati” sasniedzamie rezultāti, jo daļa no tiem pārsniedz LKI 4. līmeni.", align="j")
    P(d, "PKE saturs ir sabalansēts; praktiskais uzdevums (gaisa apstrādes iekārtas palaišana un regulēšana) "
         "atbilst darba vides realitātei.", align="j")
    P(d, [("2. Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "b")], before=6)
    P(d, "MIP atbilst kvalifikācijas prasībām, iebildumu nav. PKE praktiskā uzdevuma aprakstā jānorāda konkrēti "
         "izmantojamie mērinstrumenti un jāprecizē izpildes laiks (šobrīd „līdz 6 stundām”).", align="j")
    P(d, [("Secinājumi", "b")], before=8)
    T(d, [
        ["Kvalifikācija", "MIP", "PKE"],
        ["Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis",
         "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "Saturs ir atbalstāms un virzāms saskaņošanai"],
        ["VGK iekārtu remontatslēdznieks",
         "Saturs ir atbalstāms un virzāms saskaņošanai",
         "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
    ], widths=[5.5, 5.5, 5.5], size=10, bold_head=True, head_shade="DDEBF7")
    P(d, "")
    P(d, "Ar cieņu", after=0)
    t = T(d, [["tehniskā direktore,\nLDDK deleģētā nozares eksperte", "Sandra Mūrniece"]], style=None,
          widths=[9, 7])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    P(d, "")
    P(d, [("ŠIS DOKUMENTS IR ELEKTRONISKI PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU",
           "g")], align="c", size=7)
    e, dd = "Sandra Mūrniece", "2026-04-28"
    build("r7b12_Atzinums_VGK_KKT_2026-04-28.docx", d, "Sandra Mūrniece", D(2026, 4, 27, 16, 20), rows=[
        R(VGK_S, "MIP", "needs_corrections", e, dd),
        R(VGK_S, "PKE", "supported", e, dd),
        R(VGK_R, "MIP", "supported", e, dd),
        R(VGK_R, "PKE", "needs_corrections", e, dd),
    ], note="Company letterhead letter, two qualifications. Body says one module 'šādā apjomā nav atbalstāms' "
            "but the 'Secinājumi' table outranks it (MIP supported after corrections). Date in the letter's "
            "date/number line; name only in the signature block.")


# =====================================================================  13
def f13():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(d, ["Kristaps Vanags · kokrūpniecības nozares eksperts"], size=9, align="r")
    P(d, [("Ekspertīzes rezultātu kopsavilkums – kokrūpniecība, 5. posms", "b")], size=14)
    P(d, "Šis kopsavilkums ir mans ekspertīzes atzinums par trīs kvalifikāciju MIP un PKE materiāliem, kas "
         "saņemti 2026. gada aprīlī. Detalizētas piezīmes pa moduļiem nosūtītas darba grupām atsevišķi.")
    P(d, [("Apzīmējumi: ", "b"), "A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, "
          "pēc precizējumu veikšanas virzāms saskaņošanai; NA – saturs nav atbalstāms."], size=9)
    T(d, [
        ["Nr.", "Kvalifikācija", "LKI", "MIP", "PKE", "Galvenās piezīmes"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "AP", "A",
         "MIP: precizēt 5. moduļa rezultātus (zāģēšanas iekārtu regulēšana), izlabot kredītpunktu summu. "
         "PKE – bez iebildumiem."],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "A", "NA",
         "PKE praktiskais uzdevums nepārbauda CNC programmas sagatavošanu, tikai iekārtas apkalpošanu; "
         "vērtēšanas lapā nav pielaižu. PKE jāpārstrādā un jāiesniedz atkārtoti."],
        ["3.", "Koka izstrādājumu ražošanas tehniķis", "4", "AP", "AP",
         "MIP: papildināt ar ražošanas izmaksu aprēķinu. PKE: precizēt uzdevumu laika normas."],
    ], widths=[1, 6, 1.2, 1.5, 1.5, 13], bold_head=True, head_shade="E2EFDA")
    P(d, "")
    P(d, "Sagatavoja: K. Vanags, 2026-05-06", size=9)
    e, dd = "Kristaps Vanags", "2026-05-06"
    build("r7b13_Kokrupnieciba_kopsavilkums_Vanags.docx", d, "Kristaps", D(2026, 5, 6, 15, 40), rows=[
        R("kokapstrādes iekārtu operators", "MIP", "needs_corrections", e, dd),
        R("kokapstrādes iekārtu operators", "PKE", "supported", e, dd),
        R("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", e, dd),
        R("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", e, dd),
        R("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", e, dd),
        R("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", e, dd),
    ], note="Expert's own multi-qualification summary table (landscape) with coded verdicts A/AP/NA defined in a "
            "legend. Full name only in the page header; 'Sagatavoja: K. Vanags, 2026-05-06' at the bottom. "
            "It states it is the expert's review, so it is a review, not a coordinator report.")


# =====================================================================  14
def f14():
    d = new_doc("Times New Roman", 12)
    P(d, [("Atzinums par mašīnbūves un metālapstrādes nozares kvalifikāciju MIP un PKE saturu (5. posms)",
           "b")], align="c")

    def block(items):
        data = []
        for k, v in items:
            data.append([[(k, "b")]])
            data.append([v])
        t = T(d, data, widths=[16.5], size=11)
        for i in range(0, len(data), 2):
            shade_cell(t.cell(i, 0), "F2F2F2")
        P(d, "")

    block([
        ("Profesionālā kvalifikācija", "Metinātājs"),
        ("LKI līmenis", "3"),
        ("MIP – eksperta slēdziens",
         "Atbalstu un iesaku virzīt saskaņošanai. Programma aptver MAG, TIG un MMA metināšanu, prakses apjoms "
         "pietiekams, darba drošība integrēta katrā modulī."),
        ("PKE – eksperta slēdziens",
         "Atbalstāms, taču jāprecizē: eksāmenā jāparedz vismaz divi metināšanas procesi atbilstoši kvalifikācijas "
         "prasībām un jānorāda šuvju vizuālās kontroles kritēriji.\nPēc šo precizējumu veikšanas var virzīt "
         "saskaņošanai."),
    ])
    block([
        ("Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"),
        ("LKI līmenis", "4"),
        ("Piezīme", "Vērtēta precizētā MIP redakcija (2026. gada 20. aprīlis), kurā ņemti vērā 1. kārtas "
                    "ieteikumi; PKE vērtēts pirmo reizi."),
        ("MIP – eksperta slēdziens", "Atbalstāms un virzāms saskaņošanai, precizējumi vairs nav nepieciešami."),
        ("PKE – eksperta slēdziens", "Atbalstāms un virzāms saskaņošanai."),
    ])
    P(d, "Eksperts: Ojārs Freimanis\t\t\tDatums: 11.05.2026.")
    e, dd = "Ojārs Freimanis", "2026-05-11"
    build("r7b14_Metinatajs_MST_atzinums_Freimanis.docx", d, "Ojārs Freimanis", D(2026, 5, 11, 10, 10), rows=[
        R("metinātājs", "MIP", "supported", e, dd, lki=3),
        R("metinātājs", "PKE", "needs_corrections", e, dd, lki=3),
        R("mehatronisko sistēmu tehniķis", "MIP", "supported", e, dd),
        R("mehatronisko sistēmu tehniķis", "PKE", "supported", e, dd),
    ], problems=["unknown_qualification"],
        note="One-column key/value tables with the value BELOW its shaded label, one block per qualification. "
             "'Metinātājs' is not in the register (unknown_qualification, LKI 3 from the review). PKE for "
             "metinātājs: condition in the next paragraph -> needs_corrections. MST MIP: 'precizējumi vairs "
             "nav nepieciešami' = supported.")


# =====================================================================  15
def f15():
    d = new_doc("Arial", 10)
    P(d, [("Eksperta atzinums – Elektrotehniķis (LKI 4)", "b")], size=13)
    t = T(d, [["Eksperte", "Līga Avotiņa"], ["Datums", ""], ["Vērtētais dokuments", "MIP (PKE vērtē R. Vītols)"]],
          widths=[4.5, 12], bold_first_col=True)
    pd = t.cell(1, 1).paragraphs[0]
    dele(pd, "05.05.2026.", "Līga Avotiņa", "2026-05-12T08:31:00Z")
    ins(pd, "12.05.2026.", "Līga Avotiņa", "2026-05-12T08:31:00Z")
    P(d, [("Piezīmes", "b")], before=8)
    for t_ in ["1. Moduļos „Elektriskās mašīnas” un „Elektropiedziņa” sasniedzamie rezultāti formulēti kā "
               "tēmas, nevis kā prasmes – jāpārformulē.",
               "2. Nav ietverta frekvenču pārveidotāju parametrēšana, kas ir ikdienas darbs uzņēmumos.",
               "3. Pēc sarunas ar darba grupas vadītāju 11.05. saņēmu apliecinājumu, ka 1. un 2. punktu viņi "
               "novērsīs, tāpēc mainīju slēdzienu."]:
        P(d, t_, align="j")
    P(d, [("Slēdziens", "b")], before=8)
    p = P(d, "MIP saturs ")
    dele(p, "nav atbalstāms, jāpārstrādā", "Līga Avotiņa", "2026-05-12T08:29:00Z")
    ins(p, "ir atbalstāms; pēc precizējumu veikšanas (sk. 1. un 2. punktu) virzāms saskaņošanai",
        "Līga Avotiņa", "2026-05-12T08:29:00Z")
    p.add_run(".")
    e = "Līga Avotiņa"
    build("r7b15_Elektrotehnikis_MIP_labots_Avotina.docx", d, "Līga Avotiņa", D(2026, 5, 5, 18, 0), rows=[
        R("elektrotehniķis", "MIP", "needs_corrections", e, "2026-05-12"),
    ], note="Track changes: the old verdict 'nav atbalstāms, jāpārstrādā' is inside w:del, the current one "
            "'ir atbalstāms; pēc precizējumu veikšanas ... virzāms' inside w:ins. The date cell also changed by "
            "tracked edit (05.05 deleted, 12.05 inserted). PKE reviewed by someone else -> no PKE row.")


# =====================================================================  16
def f16():
    d = new_doc("Calibri", 11)
    T(d, [
        [[("Motorzāģa operators (3. LKI) – eksperta viedoklis", "b")], None],
        ["MIP", "atbalstu, var virzīt tālāk saskaņošanai"],
        ["PKE", lambda c: split_runs(c.paragraphs[0], "atbalstāms, virzāms saskaņošanai; nav iebildumu", [6, 19, 33])],
        ["", "D. Liepiņa, 03.06.2026"],
    ], widths=[2.5, 12])
    t = d.tables[0]
    merge_row(t, 0, 0, 1)
    build("r7b16_motorzagis.docx", d, "", D(2026, 6, 3, 7, 48), rows=[
        R("motorzāģa operators", "MIP", "supported", "D. Liepiņa", "2026-06-03"),
        R("motorzāģa operators", "PKE", "supported", "D. Liepiņa", "2026-06-03"),
    ], note="Very short: a single 4-row table. 'nav iebildumu' is positive. Expert only as initial + surname; "
            "empty core author.")


# =====================================================================  17
def f17():
    d = new_doc("Times New Roman", 11)
    P(d, [("Meža mašīnu operators – MIP un PKE satura ekspertīze", "b")], size=13)
    T(d, [["Eksperts:", "Agris Siliņš"], ["Datums:", "29.04.2026"], ["Kvalifikācijas līmenis:", "LKI 3"]],
      style=None, widths=[4.5, 8])
    P(d, "")
    data = [["Dokuments", "Slēdziens", "X"]]
    for docname, mark in [("MIP", 0), ("PKE", None)]:
        for k, o in enumerate([V_A, V_P, V_N]):
            data.append([docname if k == 0 else "", o, "X" if mark == k else ""])
    t = T(d, data, widths=[2.5, 11.5, 1.5], bold_head=True)
    t.cell(1, 0).merge(t.cell(3, 0))
    t.cell(4, 0).merge(t.cell(6, 0))
    for r in t.rows:
        r.cells[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, [("Piezīmes par MIP", "b")], before=8)
    P(d, "Programma atbilst kvalifikācijas prasībām, harvestera un forvardera vadība mācīta simulatorā un mežā. "
         "Iebildumu nav.", align="j")
    P(d, [("Piezīmes par PKE", "b")], before=6)
    P(d, "Teorijas jautājumi kopumā atbilstoši, taču praktiskā uzdevuma vērtēšanas lapa nav pievienota, tāpēc "
         "slēdzienu par PKE šobrīd nesniedzu. Atzinumu papildināšu, kad darba grupa vērtēšanas lapu iesūtīs.",
      align="j")
    e, dd = "Agris Siliņš", "2026-04-29"
    build("r7b17_MMO_atzinums_PKE_gaida.docx", d, "Agris Siliņš", D(2026, 4, 29, 13, 33), rows=[
        R("meža mašīnu operators", "MIP", "supported", e, dd),
        R("meža mašīnu operators", "PKE", "unknown", e, dd),
    ], problems=["no_verdict"],
        note="Option table with an 'X' column. MIP marked; PKE all three options left blank and the remarks say "
             "the expert withholds the PKE verdict -> PKE unknown + no_verdict (document covered, no verdict).")


# =====================================================================  18
def f18():
    d = new_doc("Arial", 10)
    P(d, [("Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis – ekspertīzes veidlapa", "b")], size=12)
    P(d, "LKI 4. līmenis · Enerģētikas nozare")
    data = [["", "Slēdziens", "MIP", "PKE"]]
    marks = {0: ("", "X"), 1: ("X", ""), 2: ("", "X")}
    for k, o in enumerate([V_A, V_P, V_N]):
        data.append([str(k + 1) + ".", o[0].upper() + o[1:], marks[k][0], marks[k][1]])
    t = T(d, data, widths=[1, 11, 2, 2], bold_head=True, head_shade="FCE4D6")
    for r in t.rows:
        for c in r.cells[2:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, "")
    P(d, [("Piezīmes: ", "b"), "MIP – jāsaskaņo moduļu nosaukumi ar kvalifikācijas prasībām un jāpapildina "
          "automātikas regulēšanas tēma, pēc tam var virzīt. PKE – piezīmes pielikumā (2 lpp.)."])
    P(d, "")
    T(d, [["Eksperts", "Paraksts / datums"], ["Raimonds Vītols", "14.05.2026"]], widths=[7, 7], bold_head=True)
    e, dd = "Raimonds Vītols", "2026-05-14"
    build("r7b18_VGK_sistemu_tehnikis_Vitols.docx", d, "Raimonds Vītols", D(2026, 5, 14, 9, 20), rows=[
        R(VGK_S, "MIP", "needs_corrections", e, dd),
        R(VGK_S, "PKE", "unknown", e, dd),
    ], problems=["conflict"],
        note="Grid with MIP/PKE X columns. PKE has X both on 'atbalstāms un virzāms' and on 'nav atbalstāms' "
             "and the remark defers to an annex that is not in the file -> conflict, PKE unknown. MIP clear.")


# =====================================================================  19 (not a review)
def f19():
    d = new_doc("Times New Roman", 12)
    P(d, [("NOZARU EKSPERTU KOORDINĀCIJAS SANĀKSMES PROTOKOLS Nr. 3", "b")], align="c")
    P(d, "Tiešsaistē (MS Teams), 2026. gada 31. martā, plkst. 14.00–15.20", align="c", size=11)
    T(d, [
        ["Piedalās:", "E. Šmite, R. Daugule (LDDK); nozaru eksperti A. Pētersons, O. Freimanis, I. Kalniņa, "
                      "D. Liepiņa, A. Eglītis, R. Vītols, M. Grīnbergs"],
        ["Protokolē:", "R. Daugule"],
    ], style=None, widths=[3, 13.5], size=11)
    P(d, [("Darba kārtība", "b")], before=8)
    for x in ["1. Projekta 4. posma ekspertīžu rezultāti.", "2. 5. posma plāns un ekspertu sadalījums.",
              "3. Dažādi."]:
        P(d, x, after=0)
    P(d, [("1. Projekta 4. posma ekspertīžu rezultāti", "b")], before=8)
    P(d, "E. Šmite informē, ka līdz 31. martam pabeigta MIP un PKE satura ekspertīze motorzāģa operatora, "
         "mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. Motorzāģa operatora MIP "
         "saturs atbalstīts ar precizējumiem, mehatronisko sistēmu tehniķa abi dokumenti – atbalstāmi pēc "
         "precizējumu veikšanas. Elektrotehniķa PKE pirmajā kārtā netika atbalstīts, darba grupa to pārstrādā.",
      align="j")
    P(d, "A. Pētersons norāda, ka skolām nepieciešams lielāks metodiskais atbalsts vērtēšanas kritēriju "
         "izstrādē; vairākos MIP moduļu noslēguma pārbaudījumiem kritēriju nav vispār.", align="j")
    P(d, [("NOLĒMA: ", "b"), "pieņemt informāciju zināšanai; R. Daugulei līdz 7. aprīlim sagatavot kopsavilkuma "
          "tabulu ar katras kvalifikācijas statusu."], align="j")
    P(d, [("2. 5. posma plāns", "b")], before=8)
    P(d, "Atlikušās 9 MIP un PKE ekspertīzes jāpabeidz līdz 2026. gada jūlija beigām. Eksperti vienojas, ka "
         "atzinumus iesniedz vienotā veidlapā, slēdzienā norādot vienu no trim variantiem; ja dokuments nav "
         "atbalstāms, pamatojumā jānorāda konkrēti labojamie moduļi.", align="j")
    P(d, [("NOLĒMA: ", "b"), "atjaunoto veidlapu izsūtīt ekspertiem līdz 3. aprīlim."], align="j")
    P(d, [("3. Dažādi", "b")], before=8)
    P(d, "I. Kalniņa jautā par atlīdzību par atkārtotām ekspertīzēm. E. Šmite skaidro, ka atkārtota ekspertīze "
         "pēc precizējumiem tiek uzskaitīta kā daļa no sākotnējā uzdevuma.", align="j")
    P(d, "")
    P(d, "Sanāksmi vadīja: E. Šmite\t\tProtokolēja: R. Daugule")
    build("r7b19_Sanaksmes protokols 2026-03-31.docx", d, "Rūta Daugule", D(2026, 3, 31, 16, 5), rows=[],
          problems=["no_verdict"],
          note="NOT a review: meeting minutes restating earlier verdicts ('atbalstīts ar precizējumiem', "
               "'netika atbalstīts') and 'metodiskais atbalsts'. No rows; one no_verdict row for the file.")


# =====================================================================  20 (not a review)
def f20():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    P(d, [("Ekspertu sadalījums – projekta 5. posms (2026. gada aprīlis–jūlijs)", "b")], size=13)
    P(d, "Aktualizēts 02.04.2026. Termiņi attiecas uz pirmo ekspertīzes kārtu; atkārtotai ekspertīzei pēc "
         "precizējumiem – 10 darba dienas no dokumentu saņemšanas.")
    T(d, [
        ["Nozare", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
        ["Kokrūpniecība", "Kokapstrādes iekārtu operators", "3", "K. Vanags", "K. Vanags", "08.05.2026",
         "materiāli nosūtīti"],
        ["Kokrūpniecība", "Datorizētu kokapstrādes iekārtu operators", "4", "E. Zariņš", "K. Vanags",
         "08.05.2026", "MIP atzinums saņemts"],
        ["Kokrūpniecība", "Koka izstrādājumu ražošanas tehniķis", "4", "V. Krūmiņš", "V. Krūmiņš", "15.05.2026",
         "gaida precizēto PKE"],
        ["Kokrūpniecība", "Būvizstrādājumu galdnieks", "4", "N. Kalējs", "N. Kalējs", "17.04.2026",
         "PKE atgriezts darba grupai"],
        ["Kokrūpniecība", "Meža mašīnu operators", "3", "G. Bērziņa-Lāce", "A. Siliņš", "30.04.2026",
         "MIP pārstrādē"],
        ["Enerģētika", "Elektromontieris", "3", "M. Grīnbergs", "M. Grīnbergs", "24.04.2026", "—"],
        ["Enerģētika", "Elektrotehniķis", "4", "L. Avotiņa", "R. Vītols", "15.05.2026", "PKE 2. kārta"],
        ["Enerģētika", "VGK iekārtu remontatslēdznieks", "3", "I. Strautmane", "S. Mūrniece", "30.04.2026", "—"],
        ["Enerģētika", "VGK sistēmu tehniķis", "4", "S. Mūrniece", "R. Vītols", "15.05.2026", "—"],
        ["Mašīnbūve un metālapstrāde", "Metinātājs", "3", "O. Freimanis", "O. Freimanis", "15.05.2026",
         "jauna kvalifikācija sarakstā"],
    ], widths=[4, 6.5, 1.2, 3, 3, 2.5, 4.5], bold_head=True, head_shade="BDD7EE", size=9)
    P(d, "")
    P(d, "Jautājumu gadījumā sazināties ar projekta koordinatori E. Šmiti.", size=9)
    build("r7b20_Ekspertu_sadalijums_5posms.docx", d, "Evita Šmite", D(2026, 4, 2, 11, 0), rows=[],
          problems=["no_verdict"],
          note="NOT a review: assignment table of experts per qualification and document, with deadlines and "
               "status words. No rows; one no_verdict row.")


# =====================================================================  21 (not a review)
def f21():
    d = new_doc("Arial", 10)
    P(d, [("Norādījumi ekspertiem atzinuma veidlapas aizpildīšanai", "b")], size=13)
    P(d, "Versija 2 · spēkā no 2026. gada 3. aprīļa", size=9)
    for x in [
        "1. Katrai profesionālajai kvalifikācijai aizpilda atsevišķu veidlapu. Ja vērtējat tikai vienu "
        "dokumentu (MIP vai PKE), otra dokumenta ailes atstājiet tukšas un norādiet iemeslu.",
        "2. Veidlapas galvenē norādiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un atzinuma "
        "datumu.",
        "3. Sadaļā „Slēdziens” katram dokumentam atzīmējiet tikai vienu no variantiem:",
    ]:
        P(d, x, align="j")
    for o in [V_A, V_P, V_N]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1)
        glyph(p, False)
        p.add_run("  " + o)
    for x in [
        "4. Ja izvēlaties variantu „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”, pamatojuma "
        "ailē uzskaitiet visus precizējumus tā, lai darba grupa tos varētu izpildīt bez papildu skaidrojuma.",
        "5. Variantu „nav atbalstāms” izvēlas, ja dokuments būtiski neatbilst kvalifikācijas prasībām; šādā "
        "gadījumā pēc pārstrādes tiek veikta atkārtota ekspertīze.",
        "6. Aizpildītu veidlapu nosūtiet koordinatorei Word formātā (.docx), faila nosaukumā norādot "
        "kvalifikāciju un savu uzvārdu.",
    ]:
        P(d, x, align="j")
    P(d, [("Piemērs", "b")], before=6)
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(1)
    glyph(p, True)
    p.add_run("  MIP saturs ir atbalstāms un virzāms saskaņošanai").italic = True
    P(d, "Metodisko atbalstu veidlapas aizpildīšanā sniedz LDDK projekta koordinatores.", size=9, before=8)
    build("r7b21_Instrukcija ekspertiem_atzinuma veidlapa v2.docx", d, "Evita Šmite", D(2026, 4, 3, 9, 30),
          rows=[], problems=["no_verdict"],
          note="NOT a review: instructions listing all verdict options (☐ glyphs) and an illustrative example "
               "with ☒. No rows; one no_verdict row.")


# =====================================================================  22 (not a review)
def f22():
    d = new_doc("Times New Roman", 12)
    P(d, [("Profesionālās izglītības kompetences centrs „Zemgales Tehnoloģiju tehnikums”", "b")], align="c",
      size=12, after=0)
    p = P(d, "Skolas iela 14, Jelgava, LV-3001, tālr. 63000000, e-pasts: kanceleja@ztt.edu.lv", align="c", size=9)
    bottom_rule(p, 8)
    P(d, "Jelgavā, 2026. gada 19. maijā  Nr. 1-12/184", before=6)
    P(d, "Latvijas Darba devēju konfederācijai\nProjekta koordinatorei E. Šmitei", align="r")
    P(d, [("Par precizētā PKE satura iesniegšanu", "b")], before=8)
    for x in [
        "Nosūtām koka izstrādājumu ražošanas tehniķa (LKI 4. līmenis) profesionālās kvalifikācijas eksāmena "
        "satura precizēto redakciju, kurā ņemti vērā eksperta V. Krūmiņa 2026. gada 5. maija atzinumā norādītie "
        "precizējumi (teorijas jautājumu aktualizācija, ražošanas dokumentācijas parauga pievienošana "
        "praktiskajam uzdevumam).",
        "MIP saturs netika mainīts, jo eksperts to atbalstīja bez precizējumiem.",
        "Lūdzam precizēto PKE saturu nodot atkārtotai ekspertīzei un, ja iebildumu nav, virzīt saskaņošanai. "
        "Pateicamies LDDK un nozares ekspertiem par sniegto atbalstu un konstruktīvo sadarbību.",
        "Pielikumā: PKE saturs (precizēta redakcija, 12 lp.); izmaiņu tabula (2 lp.).",
    ]:
        P(d, x, align="j")
    P(d, "")
    P(d, "Direktora vietniece profesionālās izglītības jomā\t\tL. Ziemele")
    P(d, "Dokuments parakstīts ar drošu elektronisko parakstu", size=8)
    build("r7b22_Pavadvestule_KIRT_PKE_precizeta.docx", d, "Lelde Ziemele", D(2026, 5, 19, 10, 45), rows=[],
          problems=["no_verdict"],
          note="NOT a review: a school's cover letter sending a corrected PKE, citing the expert's earlier "
               "verdict and asking to 'virzīt saskaņošanai'. No rows; one no_verdict row.")


# =====================================================================  23
def f23():
    d = new_doc("Calibri", 11)
    P(d, [("Atkārtotās ekspertīzes atzinums", "b")], size=14)
    T(d, [
        ["Kvalifikācija", "Mežsaimniecības tehniķis"],
        ["LKI līmenis", "4"],
        ["Dokuments", "MIP (precizētā redakcija, saņemta 02.03.2026.)"],
        ["Ekspertīzes kārta", "atkārtotā (2.)"],
        ["Iepriekšējais slēdziens (16.02.2026.)",
         "Saturs nav atbalstāms – nebija ietverta meža inventarizācijas datu apstrāde ĢIS vidē, mācību prakses "
         "apjoms nepietiekams."],
        ["Izmaiņu izvērtējums",
         "Abas piezīmes novērstas: pievienots modulis „Meža datu apstrāde ĢIS”, prakse palielināta līdz 480 st. "
         "Citu iebildumu nav."],
        ["Šīs kārtas slēdziens", lambda c: split_runs(c.paragraphs[0], "MIP saturs ir atbalstāms un virzāms "
                                                       "saskaņošanai.", [4, 17, 22, 35], "b")],
        ["Eksperts", "Artūrs Eglītis"],
        ["Datums", "05.03.2026"],
    ], widths=[5.5, 11], bold_first_col=True)
    P(d, "")
    P(d, [("PKE saturs šajā kārtā netiek vērtēts – par to sniegšu atsevišķu atzinumu.", "i")], size=10)
    build("r7b23_Mezsaimniecibas tehnikis MIP 2.karta Eglitis.docx", d, "Artūrs Eglītis", D(2026, 3, 5, 20, 14),
          rows=[R("mežsaimniecības tehniķis", "MIP", "supported", "Artūrs Eglītis", "2026-03-05")],
          note="Second-round review in a key/value table; a cell holds the earlier 'nav atbalstāms' verdict "
               "(history, ignored). Current 'Šīs kārtas slēdziens' = supported. PKE explicitly not covered.")


# =====================================================================  24
def f24():
    d = new_doc("Arial", 10)
    header_text(d, [[("Ilze Strautmane", "b"), "  ·  19.05.2026  ·  Elektromontieris (LKI 3)"]], size=9, align="r")
    P(d, [("Atzinums par MIP un PKE saturu", "b")], size=13)
    T(d, [
        ["Aspekts", "Eksperta komentārs"],
        ["Atbilstība kvalifikācijas prasībām",
         "Programma kopumā aptver kvalifikācijas prasības. Eksāmena uzdevumi sasaistīti ar reāliem montāžas "
         "darbiem."],
        ["Moduļu struktūra",
         "3. un 6. moduļa apjomi moduļu aprakstos nesakrīt ar mācību plānu (attiecīgi 6 un 8 kredītpunkti pret "
         "5 un 9). Moduļa „Elektroinstalācijas pārbaudes” rezultātos jāiekļauj izolācijas pretestības mērījumi."],
        ["Mācību prakse", "Pietiekama. Ieteicams vairāk prakses uzņēmumos, kas strādā ar saules paneļu sistēmām."],
        ["PKE uzdevumi", "Trīs varianti, līdzvērtīgi pēc sarežģītības. Vērtēšanas kritēriji skaidri."],
        ["Slēdziens par MIP",
         "Atbalstāms ar nosacījumu, ka tiks precizēti 3. un 6. moduļa apjomi un papildināti pārbaužu moduļa "
         "rezultāti. Tikai pēc tam virzāms saskaņošanai."],
        ["Slēdziens par PKE", "Iebildumu nav – virzāms saskaņošanai."],
    ], widths=[4.5, 12], bold_head=True, bold_first_col=True, head_shade="D9D9D9")
    e, dd = "Ilze Strautmane", "2026-05-19"
    build("r7b24_elektromontieris_atzinums.docx", d, "Rūta Daugule", D(2026, 5, 19, 15, 0),
          modified_by="Ilze Strautmane", rows=[
              R("elektromontieris", "MIP", "needs_corrections", e, dd),
              R("elektromontieris", "PKE", "supported", e, dd),
          ], note="Aspect | comment table with prose verdict rows. Name and date ONLY in the page header. MIP: "
                  "'Atbalstāms ar nosacījumu, ka ... Tikai pēc tam virzāms' (condition split over two "
                  "sentences). PKE: 'Iebildumu nav – virzāms saskaņošanai' = supported.")


# =====================================================================  25
def f25():
    d = new_doc("Times New Roman", 11)
    P(d, [("PKE satura ekspertīze – 2. kārta", "b")], size=13)
    P(d, [("Kvalifikācija: ", "b"), "Elektrotehniķis, LKI 4"], after=0)
    P(d, [("Eksperts: ", "b"), "Raimonds Vītols"], after=0)
    P(d, [("Vērtētais dokuments: ", "b"), "PKE saturs (pārstrādāta redakcija, 29.05.2026.)"])
    P(d, "Iepriekšējā atzinumā (17.03.2026.) PKE saturs netika atbalstīts. Pārstrādātajā redakcijā ir iekļauta "
         "releju aizsardzības iestatīšana, teorijas jautājumi saskaņoti ar MIP. Joprojām jāprecizē: 2. praktiskā "
         "uzdevuma shēmā norādīt aizsardzības aparātu nominālus; vērtēšanas lapā punktu kopsumma nav 100.",
      align="j")

    def tick(on):
        return lambda c: fmt_run(c.paragraphs[0].add_run("✓" if on else ""), "b")
    t = T(d, [
        ["Vērtējums", "✓"],
        ["PKE saturs ir atbalstāms un virzāms saskaņošanai", tick(False)],
        ["PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", tick(True)],
        ["PKE saturs nav atbalstāms", tick(False)],
    ], widths=[14, 1.5], bold_head=True)
    for r in t.rows:
        r.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, "")
    T(d, [["Paraksts / datums", "R. Vītols, 09.06.2026"]], widths=[5, 10])
    build("r7b25_Elektrotehnikis_PKE_2karta.docx", d, "Raimonds Vītols", D(2026, 6, 9, 8, 12), rows=[
        R("elektrotehniķis", "PKE", "needs_corrections", "Raimonds Vītols", "2026-06-09"),
    ], note="Only PKE (second round). History sentence 'netika atbalstīts' is about the earlier review. Option "
            "table with a ✓ column. Full name in a labelled line, initial form in 'Paraksts / datums' -> use "
            "the full name.")


# =====================================================================  26
def f26():
    d = new_doc("Calibri", 11)
    P(d, [("EKSPERTA ATZINUMS", "b")], align="c", size=13, after=0)
    P(d, "Profesionālā kvalifikācija: Siltumapgādes sistēmu montētājs", align="c", after=0)
    P(d, "LKI 3. līmenis · Enerģētika", align="c")
    P(d, [("Ievērojiet: ", "b"), "šī kvalifikācija iekļauta ekspertīzes sarakstā papildus 5. posmā."], size=9)
    t = T(d, [
        ["Variants", "MIP", "PKE"],
        ["atbalstāms un virzāms saskaņošanai", "", ""],
        ["atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "x", ""],
        ["nav atbalstāms", "", "x"],
    ], widths=[11, 2.5, 2.5], bold_head=True, head_shade="E7E6E6")
    for r in t.rows:
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, [("Pamatojums", "b")], before=8)
    P(d, "MIP: jāpapildina siltummezglu montāžas modulis ar plākšņu siltummaiņu montāžu un hidraulisko "
         "pārbaudi; jāizlabo atsauces uz spēku zaudējušiem būvnormatīviem.", align="j")
    P(d, "PKE: praktiskais uzdevums faktiski ir santehniķa uzdevums (radiatoru pieslēgšana), tas nepārbauda "
         "siltumapgādes sistēmu montāžas prasmes. Teorijas daļā nav jautājumu par siltumenerģijas uzskaiti. PKE "
         "jāizstrādā no jauna.", align="j")
    P(d, "")
    T(d, [["Vārds, uzvārds", "Līga Avotiņa"], ["Datums", "16.06.2026."], ["Paraksts", ""]], widths=[4, 8])
    e, dd = "Līga Avotiņa", "2026-06-16"
    build("r7b26_Siltumapgades_montetajs_Avotina.docx", d, "Līga Avotiņa", D(2026, 6, 16, 12, 30), rows=[
        R("siltumapgādes sistēmu montētājs", "MIP", "needs_corrections", e, dd, lki=3),
        R("siltumapgādes sistēmu montētājs", "PKE", "not_supported", e, dd, lki=3),
    ], problems=["unknown_qualification"],
        note="Qualification not in the register (unknown_qualification; LKI 3 from the review). Grid with "
             "lower-case 'x' marks in MIP/PKE columns.")


# =====================================================================  27
def f27():
    d = new_doc("Garamond", 12)
    P(d, [("Mēbeļu galdnieks – MIP (tālākizglītība)", "b")], size=15)
    P(d, "Atzinums attiecas tikai uz MIP tālākizglītības programmas variantu (960 st.). PKE nav mainīts, un "
         "šeit tas netiek vērtēts.", align="j")
    P(d, [("Ko pārbaudīju", "b")], before=6)
    P(d, "Moduļu izvēli, īsinātās programmas atbilstību kvalifikācijas prasībām un iepriekš iegūtās izglītības "
         "ieskaitīšanas kārtību.", align="j")
    P(d, [("Ko atradu", "b")], before=6)
    for x in ["Programmā izņemti visi B moduļu grupas moduļi par korpusa mēbeļu konstruēšanu – bez tiem "
              "kvalifikācijas prasības netiek izpildītas.",
              "Prakses apjoms (120 st.) ir nepietiekams mēbeļu galdnieka prasmju apguvei.",
              "Nav aprakstīts, kā tiek atzīta iepriekš apgūtā izglītība, lai gan programma uz to balstās."]:
        P(d, "•  " + x, align="j", after=2)
    P(d, [("Mans slēdziens", "b")], before=6)
    for on, txt in [(False, "atbalstāms un virzāms saskaņošanai"),
                    (False, "atbalstāms ar precizējumiem"),
                    (True, "nav atbalstāms – jāpārstrādā un jāiesniedz atkārtoti")]:
        P(d, ("[X]  " if on else "[  ]  ") + txt, after=0)
    P(d, "")
    P(d, "Inese Kalniņa, 2026. gada 2. jūnijā", align="r")
    build("r7b27_Mebelu galdnieks MIP talakizglitiba (tikai MIP) Kalnina.docx", d, "Inese", D(2026, 6, 2, 21, 5),
          rows=[R("mēbeļu galdnieks", "MIP", "not_supported", "Inese Kalniņa", "2026-06-02")],
          note="Expert redesigned the form: 'Ko pārbaudīju / Ko atradu / Mans slēdziens', bracketed [X] / [  ] "
               "options. Only MIP ('attiecas tikai uz MIP'), so no PKE row.")


# =====================================================================  28
def f28():
    d = new_doc("Calibri", 11)
    p = P(d, [("Evita Šmite", "b")], size=14, after=2)
    bottom_rule(p, 18)
    outlook_block(d, [("From:", "Valdis Krūmiņš <valdis.krumins@kokaserviss.lv>"),
                      ("Sent:", "Monday, May 25, 2026 8:14 AM"),
                      ("To:", "Evita Šmite <evita.smite@lddk.lv>"),
                      ("Cc:", "Rūta Daugule <ruta.daugule@lddk.lv>"),
                      ("Subject:", "RE: KIO un mēbeļu galdnieka materiāli ekspertīzei")])
    P(d, "")
    for x in ["Sveiki!", "Par abām kvalifikācijām īsumā."]:
        P(d, x)
    P(d, [("Kokapstrādes iekārtu operators", "b")], after=0)
    P(d, "– MIP atbalstāms, virzāms saskaņošanai.", after=0)
    P(d, "– PKE arī atbalstu bez iebildumiem.")
    P(d, [("Mēbeļu galdnieks", "b")], after=0)
    P(d, "– MIP: atbalstāms, bet pirms virzīšanas jāsakārto mācību prakšu apjoms (nesakrīt stundas 3. un 7. "
         "modulī) un jāizlabo atsauces uz veco profesijas standartu.", after=0)
    P(d, "– PKE vēl neesmu paspējis izskatīt, atsūtīšu līdz piektdienai.")
    P(d, "Valdis", after=0)
    P(d, "")
    p = P(d, "", after=0)
    bottom_rule(p, 4, "B5C4DF")
    outlook_block(d, [("From:", "Evita Šmite <evita.smite@lddk.lv>"),
                      ("Sent:", "Tuesday, May 19, 2026 3:47 PM"),
                      ("To:", "Valdis Krūmiņš <valdis.krumins@kokaserviss.lv>"),
                      ("Subject:", "KIO un mēbeļu galdnieka materiāli ekspertīzei")])
    P(d, "")
    for x in ["Labdien, Valdi!",
              "Pielikumā kokapstrādes iekārtu operatora un mēbeļu galdnieka MIP un PKE (Kuldīgas darba grupa). "
              "Lūdzu atzinumu līdz 29. maijam. Slēdzienā, lūdzu, katram dokumentam norādiet, vai saturs ir "
              "atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms – tā mums "
              "vieglāk sagatavot ceturkšņa pārskatu.",
              "Paldies!", "Evita"]:
        P(d, x)
    e, dd = "Valdis Krūmiņš", "2026-05-25"
    build("r7b28_RE_KIO un mebelu galdnieks materiali.docx", d, "Evita Šmite", D(2026, 5, 25, 9, 0), rows=[
        R("kokapstrādes iekārtu operators", "MIP", "supported", e, dd),
        R("kokapstrādes iekārtu operators", "PKE", "supported", e, dd),
        R("mēbeļu galdnieks", "MIP", "needs_corrections", e, dd),
    ], note="Outlook e-mail with English headers (From/Sent/To/Cc/Subject), Latvian body as short bullet list. "
            "'PKE arī atbalstu bez iebildumiem' = supported; mēbeļu galdnieks PKE explicitly not yet reviewed "
            "-> no row. Signed only 'Valdis': full name from the From header. Quoted request below.")


# =====================================================================  29
def f29():
    d = new_doc("Times New Roman", 11)
    P(d, [("Eksperta atzinums par MIP un PKE saturu", "b")], align="c", size=13)
    outer = d.add_table(rows=5, cols=2)
    outer.style = "Table Grid"
    for i, (k, v) in enumerate([("Kvalifikācija", "Mehatronisko sistēmu tehniķis, LKI 4"),
                                ("Eksperts", "Ojārs Freimanis"),
                                ("Datums", "2026. gada 26. martā"),
                                ("Vērtējums", None),
                                ("Papildu komentāri",
                                 "Abos dokumentos jūtams darba grupas ieguldītais darbs. Pēc precizējumu veikšanas "
                                 "lūdzu atsūtīt man precizētās redakcijas zināšanai; atkārtota pilna ekspertīze "
                                 "nav nepieciešama.")]):
        fill(outer.cell(i, 0), [(k, "b")])
        shade_cell(outer.cell(i, 0), "F2F2F2")
        if v is not None:
            fill(outer.cell(i, 1), v)
    cell = outer.cell(3, 1)
    inner = cell.add_table(rows=3, cols=3)
    inner.style = "Table Grid"
    vals = [["Dokuments", "Slēdziens", "Galvenie precizējumi"],
            ["MIP", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "Papildināt ar pneimatikas/hidraulikas diagnostiku; PLC moduļa vērtēšanas kritēriji."],
            ["PKE", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "Praktiskajā uzdevumā norādīt izmantojamo PLC programmatūru; precizēt laika normu."]]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            fill(inner.cell(i, j), [(v, "b" if i == 0 else "")], size=10)
    cell.paragraphs[0].add_run("Slēdziens pa dokumentiem:")
    set_widths(outer, [4, 12.5])
    set_widths(inner, [2.4, 4.8, 4.8])
    e, dd = "Ojārs Freimanis", "2026-03-26"
    build("r7b29_MST_atzinums_Freimanis.docx", d, "Ojārs Freimanis", D(2026, 3, 26, 17, 40), rows=[
        R("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", e, dd),
        R("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", e, dd),
    ], note="Key/value table whose 'Vērtējums' cell holds a NESTED table (Dokuments | Slēdziens | precizējumi). "
            "Both documents needs_corrections.")


# =====================================================================  30
def f30():
    d = new_doc("Arial", 10)
    P(d, [("Eksperta vērtējuma lapa – PKE atkārtotā izvērtēšana", "b")], size=12)
    T(d, [["Vērtētājs", "Normunds Kalējs"],
          ["Piezīme", "Koka izstrādājumu ražošanas tehniķa PKE vērtēju V. Krūmiņa prombūtnes laikā."]],
      widths=[3.5, 13], bold_first_col=True)
    P(d, "")
    T(d, [
        ["Vērtējuma objekts", "Ieteikums", "Pamatojums"],
        ["Būvizstrādājumu galdnieks – PKE (2. kārta)",
         "Virzīt saskaņošanai pēc precizējumu veikšanas",
         "Praktiskais uzdevums pārveidots uz kāpņu posma elementu izgatavošanu 6 stundās – tagad izpildāms. "
         "Vērtēšanas lapā joprojām trūkst kritērija par darba vietas sakārtošanu un aizsardzības līdzekļu "
         "lietošanu; tas jāpievieno."],
        ["Koka izstrādājumu ražošanas tehniķis – PKE (precizētā redakcija)",
         "Atbalstīt un virzīt saskaņošanai",
         "Visi 05.05. atzinumā prasītie precizējumi veikti (sk. skolas izmaiņu tabulu). Papildu iebildumu nav."],
    ], widths=[5, 4, 7.5], bold_head=True, head_shade="FFF2CC")
    header_text(d, ["Vērtējuma lapa aizpildīta 18.06.2026."], footer=True, size=8)
    e, dd = "Normunds Kalējs", "2026-06-18"
    build("r7b30_PKE_2karta_BIG_KIRT_Kalejs.docx", d, "Normunds Kalējs", D(2026, 6, 18, 16, 50), rows=[
        R("būvizstrādājumu galdnieks", "PKE", "needs_corrections", e, dd),
        R("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", e, dd),
    ], note="Three-column 'Vērtējuma objekts | Ieteikums | Pamatojums' table; verdicts as infinitive "
            "recommendations ('Virzīt saskaņošanai pēc precizējumu veikšanas' / 'Atbalstīt un virzīt'). Only PKE "
            "for both (MIP not covered). Date only in the footer.")


# =====================================================================  31
def f31():
    d = new_doc("Courier New", 10)
    P(d, [("Energetikas nozare - eksperta slēdzieni (maijs)", "b")])
    P(d, "Eksperts: Maris Grinbergs")
    T(d, [
        ["Kvalifikacija", "Dokuments", "Sledziens", "Piezimes"],
        ["Elektromontieris", "MIP (precizeta red.)", "atbalstams un virzams saskanosanai",
         "aprilii prasitie labojumi izdariti"],
        ["Elektromontieris", "PKE", "atbalstams un virzams saskanosanai", "-"],
        ["Elektrotehnikis", "PKE", "atbalstams, pec precizejumu veiksanas virzams saskanosanai",
         "2. uzdevuma shemaa nav aizsardzibas aparatu nominalu, punktu summa nav 100"],
        ["VGK iekartu remontatslednieks", "PKE", "nav atbalstams",
         "praktiskais uzdevums bez F-gazu nopludes parbaudes, jaizstrada no jauna"],
    ], widths=[4, 3, 5, 5], bold_head=True, size=9)
    P(d, "")
    T(d, [["Paraksts / datums", "Maris Grinbergs   27.05.2026"]], widths=[4, 8])
    e, dd = "Maris Grinbergs", "2026-05-27"
    build("r7b31_Energetika_sledzieni_Grinbergs.docx", d, "Maris", D(2026, 5, 27, 22, 10), rows=[
        R("elektromontieris", "MIP", "supported", e, dd),
        R("elektromontieris", "PKE", "supported", e, dd),
        R("elektrotehniķis", "PKE", "needs_corrections", e, dd),
        R(VGK_R, "PKE", "not_supported", e, dd),
    ], note="Whole document typed without diacritics (Courier), multi-qualification table "
            "Kvalifikacija | Dokuments | Sledziens. Name as written ('Maris Grinbergs'). Only the listed "
            "(qualification, document) pairs get rows.")


# =====================================================================  32
def f32():
    d = new_doc("Times New Roman", 12)
    P(d, [("Ekspertīzes lapa", "b")], align="c", size=14)
    T(d, [
        ["Kvalifikācija:", "Motorzāģa operators"],
        ["Kvalifikācijas līmenis:", "2. PKL"],
        ["Eksperts:", "Jurģis Ločmelis"],
        ["Datums:", "30.03.2026."],
    ], style=None, widths=[5, 10])
    P(d, "")
    T(d, [
        ["Jautājums", "MIP", "PKE"],
        ["Vai saturs ir atbalstāms?", "Jā", "Jā"],
        ["Vai nepieciešami precizējumi?", "Jā", "Nē"],
        ["Vai virzāms saskaņošanai?", "Jā, pēc precizējumiem", "Jā"],
    ], widths=[8, 4, 4], bold_head=True, head_shade="DDDDDD")
    P(d, [("Precizējumi MIP: ", "b"), "moduļa „Koku gāšana” aprakstā ietvert darbu vējgāzēs un "
          "vējlauzēs; mācību plānā izlabot stundu skaitu 3. modulim."], before=8, align="j")
    build("r7b32_Motorzaga operators_Ja-Ne forma.docx", d, "Jurģis Ločmelis", D(2026, 3, 30, 11, 11), rows=[
        R("motorzāģa operators", "MIP", "needs_corrections", "Jurģis Ločmelis", "2026-03-30", lki=3),
        R("motorzāģa operators", "PKE", "supported", "Jurģis Ločmelis", "2026-03-30", lki=3),
    ], note="Verdict decomposed into three Jā/Nē questions (atbalstāms / precizējumi / virzāms) per document. "
            "Old-style level '2. PKL' = LKI 3 (matches the register).")


# =====================================================================  33
def f33():
    d = new_doc("Calibri", 11)
    header_text(d, [[("MELNRAKSTS – nav galīgā redakcija", "b")]], size=10, align="c")
    P(d, [("Kokapstrādes iekārtu operators (LKI 3) – MIP tālākizglītības variants", "b")], size=13)
    T(d, [["Eksperts", "Edgars Zariņš"], ["Datums", "05.06.2026"], ["Dokuments", "MIP (tālākizglītība, 640 st.)"]],
      widths=[4, 12], bold_first_col=True)
    P(d, [("Piezīmes (darba versija)", "b")], before=8)
    for x in ["– nav skaidrs, vai 2. modulis („Plātņu materiālu apstrāde”) paredzēts visiem vai tikai "
              "izvēlei;",
              "– jānoskaidro ar darba grupu, kā tiks ieskaitītas iepriekš apgūtās darba drošības mācības;",
              "– prakses vietu saraksts nav pievienots."]:
        P(d, x, after=2)
    T(d, [["Slēdziens", "_______________________ (aizpildīšu pēc tikšanās ar darba grupu 10.06.)"]],
      widths=[4, 12], bold_first_col=True)
    build("r7b33_KIO_talakizglitiba_MIP_melnraksts.docx", d, "Edgars", D(2026, 6, 5, 18, 30), rows=[
        R("kokapstrādes iekārtu operators", "MIP", "unknown", "Edgars Zariņš", "2026-06-05"),
    ], problems=["no_verdict"],
        note="Draft ('MELNRAKSTS' in the header) with remarks but an empty 'Slēdziens' line to be filled later -> "
             "MIP covered without verdict: unknown + no_verdict. No PKE mentioned -> no PKE row.")


# =====================================================================  34
def f34():
    d = new_doc("Arial", 10)
    P(d, [("Gmail – Re: BIG precizētā MIP", "b")], size=12)
    p = P(d, "", after=0)
    bottom_rule(p, 6, "999999")
    for k, v in [("Sūtītājs:", "Normunds Kalējs <normunds.kalejs@gmail.com>"),
                 ("Datums:", "pirmd., 2026. g. 4. maijs, plkst. 18:21"),
                 ("Temats:", "Re: BIG precizētā MIP"),
                 ("Adresāts:", "Rūta Daugule <ruta.daugule@lddk.lv>")]:
        P(d, [(k + " ", "b"), v], after=0)
    P(d, "")
    for x in ["Labvakar, Rūta!",
              "Apskatīju precizēto MIP versiju (28.04.) — visas trīs manas piezīmes ir ņemtas vērā, stiklojuma "
              "paketes montāža tagad ir 6. modulī, prakses stundas sakrīt.",
              "Līdz ar to būvizstrādājumu galdnieka MIP tagad atbalstu bez iebildumiem, var virzīt saskaņošanai.",
              "PKE labojumus skola vēl gatavo, par to rakstīšu atsevišķi, kad saņemšu.",
              "Normunds"]:
        P(d, x)
    P(d, "")
    P(d, "2026. g. 15. apr., plkst. 21:07 Normunds Kalejs <normunds.kalejs@gmail.com> rakstīja:", size=9, after=0)
    for x in ["> Sveika, Ruta!",
              "> Izskatiju abus dokumentus, isuma:",
              "> MIP - kopuma atbalstams, bet pirms virzisanas saskanosanai japrecize:",
              "> 1) modulim \"Logu un durvju bloku izgatavosana\" jaieklauj stiklojuma paketes montaza;",
              "> 2) praksei darba vide noradits 240 st., modulu tabula 280 st. - jasakarto;",
              "> 3) literaturas saraksta atsauces uz 2009. g. standartiem.",
              "> PKE - pasreizeja redakcija neatbalstu. Lai parstrada un atsuta vel reizi.",
              "> Normunds"]:
        P(d, [(x, "g")], after=0, size=9)
    build("r7b34_Re_ BIG precizeta MIP.docx", d, "Rūta Daugule", D(2026, 5, 5, 8, 5), rows=[
        R("būvizstrādājumu galdnieks", "MIP", "supported", "Normunds Kalējs", "2026-05-04"),
    ], note="Gmail print with Latvian headers (Sūtītājs/Datums/Temats/Adresāts). Current MIP verdict 'atbalstu "
            "bez iebildumiem, var virzīt' = supported; the quoted earlier message (needs_corrections / PKE "
            "neatbalstu) is history. PKE explicitly deferred -> no PKE row. Qualification only as 'BIG' in the "
            "subject and in full in the body.")


# =====================================================================  main
def main():
    for old in glob.glob(os.path.join(OUT, PREFIX + "*.docx")):
        os.remove(old)
    for fn in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18,
               f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34]:
        fn()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for r in GOLD:
            w.writerow(r)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for r in PROBLEMS:
            w.writerow(r)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r7b – blind set: forms and tables\n\n")
        f.write(f"{len(README)} files, {len(GOLD)} gold rows, {len(PROBLEMS)} problem rows. "
                "Built by `build.py` (python-docx 1.2 + raw WordprocessingML).\n\n")
        f.write("Non-reviews (no rows, one `no_verdict` each): r7b19 (meeting minutes), r7b20 (expert "
                "assignment table), r7b21 (form-filling instructions), r7b22 (school cover letter).\n\n"
                "Ways a choice is marked: ☒/☐ text glyphs (01), Wingdings w:sym (04), w14 content-control "
                "checkboxes (05), legacy FORMCHECKBOX (06), strikethrough of the rejected options (07), "
                "underline (08), bold (09), X / x / ✓ columns (17, 18, 25, 26), [X] brackets (27), coded "
                "A/AP/NA (13), Jā/Nē questions (32), prose in cells, tracked changes (15). Metadata in "
                "labelled cells, 'Paraksts / datums' cells, page header only (05, 13, 24), footer only "
                "(03, 30), e-mail headers (10, 11, 28, 34), letter date line (12).\n\n"
                "General labelling rules used: the newest/current statement in the file counts (quoted "
                "e-mails, earlier rounds and w:del text are history); a document the file explicitly leaves "
                "to someone else / another letter / later gets no row; expert = name as written (full name "
                "preferred when the file has both forms); lki from the review, which always agrees with the "
                "register here ('2. PKL' = LKI 3).\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for name, note in README:
            f.write(f"| {name} | {note.replace('|', '/')} |\n")
    print(len(README), "files,", len(GOLD), "gold rows,", len(PROBLEMS), "problem rows")


if __name__ == "__main__":
    main()
