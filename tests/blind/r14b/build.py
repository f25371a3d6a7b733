# -*- coding: utf-8 -*-
"""Blind evaluation set r14b: form- and table-style expert reviews (MIP / PKE).

Run:  /work/hvenv/bin/python build.py
Each file is built by one maker function and registered with build(...), which keeps the
gold rows and problem codes next to the code that produces the document.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14b"

# --------------------------------------------------------------------------- helpers

_ids = [100]


def nid():
    _ids[0] += 1
    return _ids[0]


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = Cm(2.5)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)
    return d


def add_run(p, text, bold=None, italic=None, underline=None, strike=None, size=None,
            font=None, color=None):
    r = p.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if strike is not None:
        r.font.strike = strike
    if size is not None:
        r.font.size = Pt(size)
    if font is not None:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
    if color is not None:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def _fill(p, content, **fmt):
    """content: str, or list of str / (str, dict) segments."""
    if isinstance(content, str):
        if content:
            add_run(p, content, **fmt)
    else:
        for seg in content:
            if isinstance(seg, str):
                add_run(p, seg, **fmt)
            else:
                f = dict(fmt)
                f.update(seg[1])
                add_run(p, seg[0], **f)
    return p


def para(container, content="", align=None, style=None, space_after=None, indent=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    _fill(p, content, **fmt)
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


def cell_set(cell, content, align=None, **fmt):
    """content: str (one line) or list of lines; a line is a str or a list of segments."""
    lines = [content] if isinstance(content, str) else content
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _fill(p, ln, **fmt)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(2)
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, rows, cols, style="Table Grid", widths=None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def kv_table(container, pairs, widths=(5.5, 10.5), label_bold=True, label_shade=None):
    t = table(container, len(pairs), 2, widths=widths)
    for i, (k, v) in enumerate(pairs):
        cell_set(t.cell(i, 0), k, bold=label_bold)
        if label_shade:
            shade(t.cell(i, 0), label_shade)
        cell_set(t.cell(i, 1), v)
    return t


def grid(container, data, widths=None, header=True, head_shade="D9D9D9", center_cols=()):
    t = table(container, len(data), len(data[0]), widths=widths)
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            if header and i == 0:
                cell_set(c, v, bold=True, align="c" if j in center_cols else None)
                if head_shade:
                    shade(c, head_shade)
            else:
                cell_set(c, v, align="c" if j in center_cols else None)
    return t


def sym_run(p, char, font="Wingdings", size=None):
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        rpr.append(sz)
        r.append(rpr)
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), font)
    s.set(qn("w:char"), char)
    r.append(s)
    p._p.append(r)


def cc_checkbox(p, checked):
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
    ) % (nsdecls("w", "w14"), nid() * 7919, 1 if checked else 0, glyph)
    p._p.append(parse_xml(xml))


def form_checkbox(p, checked, name, mode="default"):
    if mode == "default":
        cb = '<w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>' % (1 if checked else 0)
    else:
        cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>' % (
            '<w:checked/>' if checked else '<w:checked w:val="0"/>')
    w = nsdecls("w")
    p._p.append(parse_xml(
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>' % (w, name, cb)))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % w))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % w))


def ins_run(p, text, author, date):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), str(nid()))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def del_run(p, text, author, date):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), str(nid()))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def border(p, side="bottom", sz=8, color="000000"):
    pPr = p._p.get_or_add_pPr()
    b = pPr.find(qn("w:pBdr"))
    if b is None:
        b = OxmlElement("w:pBdr")
        after = ("shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
                 "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
                 "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
                 "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
                 "cnfStyle", "rPr", "sectPr", "pPrChange")
        nxt = next((c for c in pPr if c.tag in {qn("w:" + a) for a in after}), None)
        if nxt is not None:
            nxt.addprevious(b)
        else:
            pPr.append(b)
    e = OxmlElement("w:" + side)
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "4")
    e.set(qn("w:color"), color)
    b.append(e)


def header_text(d, lines, align=None, size=9, bold=False, rule=False):
    h = d.sections[0].header
    first = True
    for ln in lines:
        p = h.paragraphs[0] if first else h.add_paragraph()
        first = False
        _fill(p, ln, size=size, bold=bold)
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if rule:
        border(p)
    return h


def footer_text(d, lines, align=None, size=8):
    f = d.sections[0].footer
    first = True
    for ln in lines:
        p = f.paragraphs[0] if first else f.add_paragraph()
        first = False
        _fill(p, ln, size=size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return f


def merge_row(t, i, text, **fmt):
    row = t.rows[i]
    c = row.cells[0].merge(row.cells[-1])
    for p in c.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    c.paragraphs[0].text = ""
    cell_set(c, text, **fmt)
    return c


# --------------------------------------------------------------------------- registry

FILES = []


def build(name, maker, author, created, rows=(), problems=(), note="", design=""):
    assert name.startswith(PREFIX), name
    _ids[0] = 100
    d = maker()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.created = dt.datetime(*created)
    cp.modified = dt.datetime(*created) + dt.timedelta(hours=2)
    cp.revision = 3
    d.save(os.path.join(OUT, name))
    FILES.append(dict(name=name, rows=list(rows), problems=list(problems), note=note, design=design))


MIP, PKE = "MIP", "PKE"
S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"

OPT3 = [
    "saturs ir atbalstāms un virzāms saskaņošanai",
    "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
    "saturs nav atbalstāms",
]


# =========================================================================== 01
def f01():
    d = new_doc("Times New Roman", 12)
    para(d, "NOZARES EKSPERTA ATZINUMS", align="c", bold=True, size=14, space_after=0)
    para(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) saturu", align="c", italic=True)
    kv_table(d, [
        ("Profesionālā kvalifikācija", "Mēbeļu galdnieks"),
        ("LKI līmenis", "4"),
        ("Nozare", "Kokrūpniecība"),
        ("Izvērtētais dokuments", "MIP – darba grupas 2026. gada 2. marta redakcija"),
        ("Darba grupu vadošā izglītības iestāde", "Saldus tehnikums"),
    ], label_shade="EDEDED")
    para(d, "")
    para(d, "1. Piezīmes un ieteikumi", bold=True)
    grid(d, [
        ["Nr.", "Modulis / sadaļa", "Piezīme, ieteikums"],
        ["1.", "A modulis „Darba vides organizēšana”",
         "Papildināt ar darba aizsardzības prasībām, strādājot ar CNC frēzi; pašlaik aprakstīta tikai rokas instrumentu lietošana."],
        ["2.", "B modulis „Mēbeļu konstrukciju izgatavošana”",
         "Sasniedzamo rezultātu formulējumi 2.3. un 2.4. punktā dublējas – ieteicams apvienot."],
        ["3.", "C modulis „Virsmu apdare”",
         "Ūdens bāzes laku lietošana jāiekļauj kā obligāts saturs, nevis izvēles saturs."],
        ["4.", "Mācību prakse",
         "Prakses apjoms (320 st.) nav sadalīts pa moduļiem – lūdzu precizēt."],
    ], widths=(1.2, 5, 9.8))
    para(d, "")
    para(d, "2. Ekspertīzes slēdziens (atzīmēt ar „X”)", bold=True)
    t = table(d, 3, 2, widths=(14, 2))
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i, 0), "MIP " + o)
        cell_set(t.cell(i, 1), "X" if i == 1 else "", align="c", bold=True)
    para(d, "")
    para(d, [("Papildu komentārs: ", {"bold": True}),
             "precizējumi obligāti attiecas uz 1., 3. un 4. piezīmi; 2. piezīme ir ieteikuma rakstura."])
    para(d, "")
    kv_table(d, [
        ("Eksperts (vārds, uzvārds)", "Ināra Liepiņa"),
        ("Datums", "2026. gada 12. martā"),
        ("Paraksts", ""),
    ])
    return d


build("r14b01_Atzinums_MIP_mebelu galdnieks_Liepina.docx", f01, "Ilze Kalniņa", (2026, 3, 2, 9, 15),
      rows=[("mēbeļu galdnieks", MIP, NC, "Ināra Liepiņa", "2026-03-12", 4)],
      design="Coordinator template: key/value table (value right), remarks table, three printed options with X in the adjacent cell; name/date in labelled cells. MIP only.",
      note="X sits next to the 2nd option -> needs_corrections. Option texts all printed. Doc covers only MIP (title), so no PKE row.")


# =========================================================================== 02
def f02():
    d = new_doc("Calibri", 11)
    para(d, "Motorzāģa operators (LKI 3) – MIP un PKE ekspertīzes kopsavilkums", bold=True, size=13)
    para(d, "Izskatīti darba grupas iesniegtie dokumenti: programma (MIP) un kvalifikācijas eksāmena saturs (PKE), saņemti 6. martā.")
    grid(d, [
        ["Dokuments", "Vērtējums", "Piezīmes"],
        ["MIP", "Atbalstu. Var virzīt saskaņošanai bez labojumiem.",
         "Moduļu secība loģiska, atbilst nozares praksei. Nākotnē vajadzētu vairāk vērības pievērst darbam ar "
         "akumulatora motorzāģiem, bet tas nav šķērslis."],
        ["PKE", "Atbalstu ar nosacījumu – jāprecizē praktiskā uzdevuma vērtēšanas kritēriji (3.2. p.), pēc tam virzāms saskaņošanai.",
         "3.2. punktā nav norādīts, kā vērtē koka gāšanas virziena precizitāti; trūkst drošības distances kritērija."],
    ], widths=(2.2, 6.5, 7.3))
    para(d, "")
    t = table(d, 1, 2, widths=(4, 12))
    cell_set(t.cell(0, 0), "Paraksts / datums", bold=True)
    cell_set(t.cell(0, 1), "A. Bērziņš / 14.03.2026.")
    return d


build("r14b02_motorzaga operators_Berzins_galigais.docx", f02, "Andris Bērziņš", (2026, 3, 13, 17, 40),
      rows=[("motorzāģa operators", MIP, S, "A. Bērziņš", "2026-03-14", 3),
            ("motorzāģa operators", PKE, NC, "A. Bērziņš", "2026-03-14", 3)],
      design="Expert's own summary table Dokuments | Vērtējums | Piezīmes; first-person verdicts; name only as initial + surname in a 'Paraksts / datums' cell.",
      note="'Atbalstu … bez labojumiem' = supported (the 'nākotnē … nav šķērslis' remark is not a condition). PKE 'atbalstu ar nosacījumu – jāprecizē … pēc tam virzāms' = needs_corrections. Expert as written: A. Bērziņš.")


# =========================================================================== 03
def _crit_table(d, items, overall):
    t = table(d, len(items) + 2, 5, widths=(1, 8, 1.2, 1.2, 4.6))
    for j, h in enumerate(["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j in (2, 3) else None)
        shade(t.cell(0, j), "DEEAF6")
    for i, (crit, yes, com) in enumerate(items, start=1):
        cell_set(t.cell(i, 0), "%d." % i)
        cell_set(t.cell(i, 1), crit)
        cell_set(t.cell(i, 2), "X" if yes else "", align="c")
        cell_set(t.cell(i, 3), "" if yes else "X", align="c")
        cell_set(t.cell(i, 4), com)
    last = len(items) + 1
    c0 = t.cell(last, 0).merge(t.cell(last, 1))
    c0.paragraphs[0].text = ""
    for p in c0.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell_set(c0, "Kopējais vērtējums", bold=True)
    c1 = t.cell(last, 2).merge(t.cell(last, 4))
    c1.paragraphs[0].text = ""
    for p in c1.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    cell_set(c1, overall)
    return t


def f03():
    d = new_doc("Arial", 10)
    para(d, "MIP un PKE satura izvērtējums", bold=True, size=14)
    para(d, [("Kvalifikācija: ", {"bold": True}), "Elektrotehniķis, LKI 4. līmenis, enerģētikas nozare"])
    para(d, "")
    para(d, "1. Modulārā izglītības programma", bold=True)
    _crit_table(d, [
        ("Programmas mērķis un uzdevumi atbilst profesijas standartam", True, ""),
        ("Moduļu sasniedzamie rezultāti ir izmērāmi", True, ""),
        ("Iekļautas nozarē aktuālās jaunās prasmes (viedie skaitītāji, saules paneļu pieslēgšana)", True,
         "Labi, ka iekļauta arī elektroauto uzlādes staciju uzstādīšana."),
        ("Mācību prakses apjoms ir pietiekams", True, ""),
        ("Ievērotas elektrodrošības prasības", True, ""),
    ], "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    para(d, "")
    para(d, "2. Profesionālās kvalifikācijas eksāmens", bold=True)
    _crit_table(d, [
        ("Eksāmena saturs aptver kvalifikācijas pamatprasības", True, ""),
        ("Teorētiskās daļas jautājumi ir korekti un nepārprotami", False,
         "14., 22. un 31. jautājumā iespējamas vairākas pareizas atbildes."),
        ("Praktiskais uzdevums ir izpildāms noteiktajā laikā", True, ""),
        ("Vērtēšanas kritēriji ir skaidri", False,
         "Nav norādīts, kā vērtē izolācijas pretestības mērījumu protokolu."),
        ("Eksāmena aprīkojuma saraksts ir pilnīgs", True, ""),
    ], "PKE saturs ir atbalstāms, taču pirms virzīšanas saskaņošanai jānovērš 2. un 4. kritērijā minētās nepilnības.")
    footer_text(d, ["Eksperts: Raimonds Krūmiņš   ·   2026-03-20   ·   LDDK, projekts Nr. 4.2.2.9"], align="c")
    return d


build("r14b03_PKE_MIP_elektrotehnikis_kriteriji.docx", f03, "LDDK", (2026, 3, 19, 11, 0),
      rows=[("elektrotehniķis", MIP, S, "Raimonds Krūmiņš", "2026-03-20", 4),
            ("elektrotehniķis", PKE, NC, "Raimonds Krūmiņš", "2026-03-20", 4)],
      design="Two criterion tables (Jā/Nē with X) each ending in a merged 'Kopējais vērtējums' row; expert name and date only in the page footer.",
      note="Overall rows decide. PKE has two 'Nē' criteria and overall 'atbalstāms, taču pirms virzīšanas … jānovērš' = needs_corrections.")


# =========================================================================== 04
def _cc_block(d, checked_mip, checked_pke):
    t = table(d, 4, 3, widths=(11, 2.5, 2.5))
    for j, h in enumerate(["Slēdziens", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j else None)
        shade(t.cell(0, j), "E2EFD9")
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i + 1, 0), o[0].upper() + o[1:])
        for j, chk in ((1, checked_mip), (2, checked_pke)):
            p = t.cell(i + 1, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cc_checkbox(p, chk == i)
    return t


def f04():
    d = new_doc("Calibri", 11)
    para(d, "Ekspertīzes atzinums – kokrūpniecības nozare", bold=True, size=14)
    kv_table(d, [("Eksperts", "Dace Vītola"), ("Datums", "08.04.2026."), ("Projekta posms", "5. posms")],
             widths=(4, 12))
    para(d, "")
    para(d, "1. Datorizētu kokapstrādes iekārtu operators (LKI 4)", bold=True)
    para(d, "(atzīmēt atbilstošo lodziņu)", italic=True, size=9)
    _cc_block(d, 2, 0)
    para(d, [("Pamatojums. ", {"bold": True}),
             "MIP: programmā nav iekļauts CAM programmēšanas modulis, kas ir šīs kvalifikācijas pamatā; "
             "CNC apstrādes centru apkope aprakstīta vispārīgi. Nepieciešama būtiska pārstrāde un atkārtota ekspertīze. "
             "PKE: eksāmena saturs labi sabalansēts, praktiskais uzdevums atbilst uzņēmumu ikdienai."])
    para(d, "")
    para(d, "2. Kokapstrādes iekārtu operators (LKI 3)", bold=True)
    para(d, "(atzīmēt atbilstošo lodziņu)", italic=True, size=9)
    _cc_block(d, 0, 1)
    para(d, [("Pamatojums. ", {"bold": True}),
             "PKE: jāprecizē 2. praktiskā uzdevuma materiālu saraksts (norādīts MDF, bet rasējumā – masīvkoks) "
             "un jānorāda pieļaujamās novirzes. MIP iebildumu nav."])
    return d


build("r14b04_Kokrupnieciba_2 kvalifikacijas_atzinums_Vitola.docx", f04, "Dace Vītola", (2026, 4, 7, 20, 5),
      rows=[("datorizētu kokapstrādes iekārtu operators", MIP, NS, "Dace Vītola", "2026-04-08", 4),
            ("datorizētu kokapstrādes iekārtu operators", PKE, S, "Dace Vītola", "2026-04-08", 4),
            ("kokapstrādes iekārtu operators", MIP, S, "Dace Vītola", "2026-04-08", 3),
            ("kokapstrādes iekārtu operators", PKE, NC, "Dace Vītola", "2026-04-08", 3)],
      design="Two qualifications, each with an option x {MIP, PKE} grid of Word content-control checkboxes (w14:checkbox); name/date in a key/value table at the top.",
      note="Marks exist only inside w:sdt (invisible to paragraph.text). Pamatojums prose agrees with the boxes.")


# =========================================================================== 05
def f05():
    d = new_doc("Cambria", 11)
    header_text(d, ["Eksperte: Sandra Eglīte  |  Enerģētikas nozare  |  LDDK"], align="r", size=9, rule=True)
    para(d, "Atzinums par profesionālās kvalifikācijas „Elektromontieris” MIP un PKE saturu",
         bold=True, size=13, align="c")
    kv_table(d, [
        ("Kvalifikācijas līmenis", "LKI 3"),
        ("Izglītības iestāde (darba grupa)", "Rīgas Valsts tehnikums, enerģētikas darba grupa"),
        ("Saņemtie dokumenti", "MIP (v3, 20.03.2026.), PKE saturs (v2, 20.03.2026.)"),
        ("Atzinuma datums", "2026. gada 2. aprīlī"),
    ], widths=(6, 10))
    para(d, "")
    t = table(d, 3, 2, widths=(3, 13))
    cell_set(t.cell(0, 0), "Dokuments", bold=True)
    cell_set(t.cell(0, 1), "Slēdziens (atzīmēt)", bold=True)
    for row, doc, chosen, mode in ((1, "MIP", 0, "default"), (2, "PKE", 1, "checked")):
        cell_set(t.cell(row, 0), doc, bold=True)
        c = t.cell(row, 1)
        for i, o in enumerate(OPT3):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            form_checkbox(p, chosen == i, "Check%d%d" % (row, i + 1), mode)
            add_run(p, "  " + o)
    para(d, "")
    para(d, "Piezīmes par PKE", bold=True)
    para(d, "1. Teorētiskajā daļā aktualizēt atsauces uz standartu LEK 047 jaunāko redakciju.", indent=0.5)
    para(d, "2. Praktiskajā uzdevumā skaidri norādīt, ka sprieguma neesamības pārbaude veicama pirms katras pieslēgšanas.",
         indent=0.5)
    para(d, "Par MIP piezīmju nav.")
    return d


build("r14b05_Elektromontieris_atzinums_SEglite.docx", f05, "Linda Avotiņa", (2026, 3, 25, 10, 30),
      rows=[("elektromontieris", MIP, S, "Sandra Eglīte", "2026-04-02", 3),
            ("elektromontieris", PKE, NC, "Sandra Eglīte", "2026-04-02", 3)],
      design="Legacy FORMCHECKBOX fields (no text at all); MIP marked with w:default=1, PKE with w:checked; expert name only in the page header; date in a labelled cell.",
      note="The chosen option is visible only from ffData. Name 'Eksperte: Sandra Eglīte' appears only in the header.")


# =========================================================================== 06
def f06():
    d = new_doc("Times New Roman", 12)
    para(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14)
    kv_table(d, [
        ("Kvalifikācija", "VGK sistēmu tehniķis (LKI 4. līmenis)"),
        ("Nozare", "Enerģētika"),
        ("Dokumenti", "MIP un PKE, darba grupas 2026. gada aprīļa redakcija"),
    ], widths=(4, 12))
    para(d, "")
    t = table(d, 3, 3, widths=(2.2, 8.3, 5.5))
    for j, h in enumerate(["Dokuments", "Slēdziens (nevajadzīgo svītrot)", "Piezīmes"]):
        cell_set(t.cell(0, j), h, bold=True)
    for row, doc, keep, note in (
            (1, "MIP", 0, "Programma pārdomāta; iekļauta arī ēku automātikas (BMS) pamatu apguve."),
            (2, "PKE", 2, "Praktiskais uzdevums paredz aukstumaģenta uzpildi, nepieminot F-gāzu sertifikāta prasības; "
                          "nav iekļauta sistēmas gaisa plūsmu balansēšana. Jāpārstrādā un jāiesniedz atkārtoti.")):
        cell_set(t.cell(row, 0), doc, bold=True)
        c = t.cell(row, 1)
        for i, o in enumerate(OPT3):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            add_run(p, o + (";" if i < 2 else "."), strike=(i != keep))
        cell_set(t.cell(row, 2), note)
    para(d, "")
    para(d, "Eksperts: Juris Vanags")
    para(d, "Rīgā, 24.04.2026.")
    return d


build("r14b06_VGK sist tehn_atzinums_Vanags.docx", f06, "Juris Vanags", (2026, 4, 23, 16, 12),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", MIP, S, "Juris Vanags", "2026-04-24", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", PKE, NS, "Juris Vanags", "2026-04-24", 4)],
      design="'Nevajadzīgo svītrot' table: all three options printed per document, the non-chosen ones carry strike-through; qualification given only by its alias 'VGK sistēmu tehniķis'.",
      note="MIP keeps option 1 (supported), PKE keeps option 3 (not_supported); notes agree.")


# =========================================================================== 07
def f07():
    d = new_doc("Calibri", 11)
    para(d, "Nozares eksperta atzinums par PKE saturu", bold=True, size=13)
    kv_table(d, [
        ("Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"),
        ("LKI", "4"),
        ("Vērtētais dokuments", "PKE (profesionālās kvalifikācijas eksāmena saturs)"),
        ("MIP", "ekspertīzi veic A. Bērziņš, šajā atzinumā netiek vērtēta"),
    ], widths=(4.5, 11.5))
    para(d, "")
    para(d, "Piezīmes", bold=True)
    para(d, "Teorētiskajā daļā 40 jautājumi, no tiem 6 par kokmateriālu žāvēšanu – par daudz, savukārt ražošanas "
            "plānošanai un izmaksu aprēķinam tikai 2 jautājumi. Praktiskajai daļai jāpievieno tehnoloģiskās kartes "
            "paraugs un jānorāda, vai eksaminējamais drīkst izmantot savu rasējumu programmu.", align="j")
    para(d, "")
    para(d, "Slēdziens (vajadzīgo pasvītrot):", bold=True)
    for i, o in enumerate(OPT3):
        para(d, "PKE " + o, underline=(i == 1), indent=0.8, space_after=2)
    para(d, "")
    t = table(d, 2, 2, widths=(5, 11))
    cell_set(t.cell(0, 0), "Eksperts (vārds, uzvārds)", bold=True)
    cell_set(t.cell(0, 1), "Ilona Pakalne")
    cell_set(t.cell(1, 0), "Paraksts / datums", bold=True)
    cell_set(t.cell(1, 1), "______________ / 15.04.2026.")
    return d


build("r14b07_KIRT_PKE_Pakalne.docx", f07, "Ilona Pakalne", (2026, 4, 14, 19, 45),
      rows=[("koka izstrādājumu ražošanas tehniķis", PKE, NC, "Ilona Pakalne", "2026-04-15", 4)],
      design="'Vajadzīgo pasvītrot': three option lines, the chosen one underlined; MIP explicitly assigned to another expert; date in 'Paraksts / datums'. File name uses abbreviation KIRT.",
      note="No MIP row (reviewed by someone else). Underlined option 2 = needs_corrections.")


# =========================================================================== 08
def f08():
    d = new_doc("Calibri", 11)
    header_text(d, ["Oskars Lapsa, kokrūpniecības nozares eksperts · 2026. gada 28. aprīlis"], align="r", size=9)
    para(d, "Būvizstrādājumu galdnieks (4. LKI) – MIP un PKE satura ekspertīze", bold=True, size=13)
    para(d, "")
    t = table(d, 4, 3, widths=(11, 2.5, 2.5))
    for j, h in enumerate(["Vērtējums", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j else None)
        shade(t.cell(0, j))
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i + 1, 0), o[0].upper() + o[1:])
        for j, ch in ((1, 1), (2, 0)):
            p = t.cell(i + 1, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            sym_run(p, "F0FE" if ch == i else "F0A8", size=12)
    para(d, "")
    grid(d, [
        ["Dokuments", "Komentāri"],
        ["MIP", "Logu un durvju montāžas modulī jāprecizē hermetizācijas materiāli (PU putas, tvaika izolācijas un "
                "difūzās lentes) un jāpapildina ar gaisa caurlaidības prasībām. Kāpņu izgatavošanas modulī jāatjauno "
                "atsauces uz spēkā esošajiem būvnormatīviem."],
        ["PKE", "Iebildumu nav."],
    ], widths=(3, 13))
    return d


build("r14b08_Buvizstradajumu galdnieks MIP+PKE.docx", f08, "Ilze Kalniņa", (2026, 4, 28, 12, 0),
      rows=[("būvizstrādājumu galdnieks", MIP, NC, "Oskars Lapsa", "2026-04-28", 4),
            ("būvizstrādājumu galdnieks", PKE, S, "Oskars Lapsa", "2026-04-28", 4)],
      design="Option x {MIP, PKE} grid marked with Wingdings w:sym glyphs (F0FE checked, F0A8 empty); expert name and date only in the page header; core author = coordinator.",
      note="MIP checked on option 2, PKE on option 1. Comment 'Iebildumu nav' for PKE agrees.")


# =========================================================================== 09
def _mail_head(d, pairs, size=10):
    for k, v in pairs:
        para(d, [(k + "\t", {"bold": True}), v], space_after=0, size=size)


def f09():
    d = new_doc("Calibri", 11)
    para(d, "Ilze Kalniņa", bold=True, size=14, space_after=0)
    p = para(d, "", space_after=6)
    border(p)
    _mail_head(d, [
        ("No:", "Māris Zvirbulis <maris.zvirbulis@mezatehnika.lv>"),
        ("Nosūtīts:", "ceturtdiena, 2026. gada 19. marts 10:42"),
        ("Kam:", "Ilze Kalniņa <ilze.kalnina@lddk.lv>"),
        ("Tēma:", "RE: Meža mašīnu operators – MIP un PKE atzinums"),
        ("Pielikumi:", "MMO_PKE_piezimes.pdf"),
    ])
    para(d, "")
    para(d, "Labdien, Ilze!")
    para(d, "Paskatījos abus materiālus, ko atsūtīji. Īsumā:")
    grid(d, [
        ["Dokuments", "Mans slēdziens", "Kāpēc"],
        ["MIP", "atbalstu, var virzīt saskaņošanai",
         "programma sakārtota, harvestera un forvardera moduļi atbilst tam, ko uzņēmumi prasa no jauniem operatoriem"],
        ["PKE", "pagaidām neatbalstu",
         "praktiskajā daļā nav neviena simulatora uzdevuma, teorijā vecās meža apsaimniekošanas normas. "
         "Pēc pārstrādes gribētu redzēt vēlreiz."],
    ], widths=(2.5, 5, 8.5))
    para(d, "Sīkākas piezīmes par PKE pielikumā.")
    para(d, "")
    para(d, ["Ar cieņu,", ], space_after=0)
    para(d, "Māris Zvirbulis", space_after=0)
    para(d, "SIA „Meža tehnika”, servisa vadītājs", space_after=8, size=9)
    p = para(d, "", space_after=4)
    border(p, "top", 6, "B5C4DF")
    _mail_head(d, [
        ("No:", "Ilze Kalniņa"),
        ("Nosūtīts:", "pirmdiena, 2026. gada 9. marts 14:05"),
        ("Kam:", "Māris Zvirbulis"),
        ("Tēma:", "Meža mašīnu operators – MIP un PKE atzinums"),
    ])
    para(d, "")
    para(d, "Labdien, Māri!")
    para(d, "Pielikumā darba grupas sagatavotā meža mašīnu operatora (LKI 3) MIP un PKE. Lūdzu līdz 20. martam "
            "atsūtīt atzinumu, katram dokumentam norādot vienu no slēdzieniem:")
    for o in OPT3:
        para(d, "– " + o + ";", indent=0.7, space_after=0)
    para(d, "")
    para(d, "Paldies par atbalstu!")
    para(d, "Ilze Kalniņa", space_after=0)
    para(d, "LDDK projekta koordinatore", size=9)
    return d


build("r14b09_RE_ Meža mašīnu operators - MIP PKE atzinums.docx", f09, "Ilze Kalniņa", (2026, 3, 19, 11, 3),
      rows=[("meža mašīnu operators", MIP, S, "Māris Zvirbulis", "2026-03-19", 3),
            ("meža mašīnu operators", PKE, NS, "Māris Zvirbulis", "2026-03-19", 3)],
      design="Outlook e-mail printed to Word (Latvian headers No/Nosūtīts/Kam/Tēma); expert's reply has a small table with his verdicts; the coordinator's quoted request below lists all three options and ends 'Paldies par atbalstu!'.",
      note="Date from 'Nosūtīts' of the reply (19 March), not the quoted 9 March. 'pagaidām neatbalstu … pēc pārstrādes gribētu redzēt vēlreiz' = not_supported. LKI 3 from the quoted request and register.")


# =========================================================================== 10
def f10():
    d = new_doc("Arial", 10)
    t = table(d, 1, 2, style=None, widths=(8, 8))
    cell_set(t.cell(0, 0), "Gmail", bold=True, size=14, color="5F6368")
    cell_set(t.cell(0, 1), "Linda Avotiņa <linda.avotina@lddk.lv>")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = para(d, "")
    border(p)
    para(d, "PKE mezsaimniecibas tehnikis", bold=True, size=13, space_after=0)
    para(d, "1 message", size=9)
    p = para(d, "", space_after=0)
    border(p, sz=4, color="BBBBBB")
    t = table(d, 2, 2, style=None, widths=(10, 6))
    cell_set(t.cell(0, 0), [[("Rūta Apsīte", {"bold": True}), " <ruta.apsite@gmail.com>"]])
    cell_set(t.cell(0, 1), "Tue, Mar 24, 2026 at 8:05 PM")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cell_set(t.cell(1, 0), "To: Linda Avotiņa <linda.avotina@lddk.lv>", size=9)
    para(d, "")
    para(d, "Sveika, Linda,")
    para(d, "atvainojos par kavesanos. Mezsaimniecibas tehnika PKE esmu izskatijusi, piezimes tabula:")
    grid(d, [
        ["Nr", "Kur", "Piezime"],
        ["1", "Teorija, 12. jaut.", "atbilde \"b\" ari ir pareiza, jamaina formulejums (ieteikums)"],
        ["2", "3. prakt. uzdevums", "nav noradits izpildes laiks"],
        ["3", "Vertesanas lapa", "trukst kriterija par meza inventarizacijas datu ievadi MVR sistema"],
    ], widths=(1, 4, 11), head_shade="F1F3F4")
    para(d, "")
    para(d, "Kopuma PKE saturu varu atbalstit, bet pirms virzisanas saskanosanai jaizlabo 2. un 3. punkts. "
            "1. punkts ir tikai ieteikums.")
    para(d, "MIP atzinumu Tev jau sutiju 10. marta atseviski, tur nekas nav mainijies.")
    para(d, "Ruta")
    para(d, "")
    para(d, "On Mon, Mar 16, 2026 at 9:12 AM Linda Avotiņa <linda.avotina@lddk.lv> wrote:", size=9, color="5F6368")
    for ln in ("Sveika, Rūta!",
               "Atgādinu par PKE atzinumu mežsaimniecības tehniķim (LKI 4). Lūdzu norādīt, vai saturs ir atbalstāms, "
               "atbalstāms ar precizējumiem vai nav atbalstāms.",
               "Paldies!", "Linda"):
        p = para(d, ln, indent=0.4, size=10, color="5F6368", space_after=2)
        border(p, "left", 12, "CCCCCC")
    return d


build("r14b10_Gmail - PKE mezsaimniecibas tehnikis.docx", f10, "Linda Avotiņa", (2026, 3, 25, 8, 50),
      rows=[("mežsaimniecības tehniķis", PKE, NC, "Rūta Apsīte", "2026-03-24", 4)],
      design="Gmail print in English UI (From line in a layout table, 'Tue, Mar 24, 2026 at 8:05 PM'); expert writes without diacritics; remarks table; quoted coordinator request in left-bordered paragraphs listing all options.",
      note="'varu atbalstit, bet pirms virzisanas saskanosanai jaizlabo' = needs_corrections. MIP was sent separately on 10 March -> not covered here, no MIP row. Expert from the From line (signature is just 'Ruta').")


# =========================================================================== 11
def f11():
    d = new_doc("Cambria", 11)
    header_text(d, [[("SIA „KURZEMES KOKS”", {"bold": True, "size": 16, "color": "5B3A1E"})],
                    "Reģ. Nr. 41203045678  ·  Rūpniecības iela 12, Liepāja, LV-3401  ·  info@kurzemeskoks.lv"],
                align="c", size=8, rule=True)
    t = table(d, 1, 3, style=None, widths=(5.5, 5.5, 5))
    cell_set(t.cell(0, 0), "Liepājā")
    cell_set(t.cell(0, 1), "2026. gada 3. martā", align="c")
    cell_set(t.cell(0, 2), "Nr. 12/26")
    t.cell(0, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "")
    para(d, "Latvijas Darba devēju konfederācijai", align="r", space_after=0)
    para(d, "projekta koordinatorei Ilzei Kalniņai", align="r")
    para(d, "")
    para(d, "Par profesionālās kvalifikācijas „Kokapstrādes iekārtu operators” MIP un PKE ekspertīzi",
         bold=True, italic=True)
    para(d, "Atbildot uz Jūsu 2026. gada 16. februāra lūgumu, kā LDDK deleģēts kokrūpniecības nozares eksperts esmu "
            "izvērtējis profesionālās kvalifikācijas „Kokapstrādes iekārtu operators” (LKI 3. līmenis) modulārās "
            "izglītības programmas un profesionālās kvalifikācijas eksāmena saturu. Mūsu uzņēmums kopš 2019. gada "
            "atbalsta tehnikuma audzēkņu praksi, tāpēc vērtējumā izmantota arī mūsu meistaru pieredze.", align="j")
    grid(d, [
        ["Dok.", "Konstatētais", "Ieteikums"],
        ["MIP", "Zāģēšanas modulī minētas tikai ripzāģa iekārtas.", "1. Papildināt ar lentzāģiem (ieteikums)."],
        ["MIP", "Nav minēta skaidu nosūkšanas sistēmu apkope.", "2. Iekļaut ikdienas apkopes uzdevumos (ieteikums)."],
        ["PKE", "Apm. 30 % teorijas jautājumu attiecas uz mēbeļu ražošanu, nevis iekārtu apkalpošanu.",
         "Pārstrādāt jautājumu banku."],
        ["PKE", "Praktiskais uzdevums (3 detaļu izgatavošana un iekārtas pārregulēšana) nav izpildāms 4 stundās.",
         "Samazināt apjomu vai pagarināt laiku."],
    ], widths=(1.5, 8, 6.5))
    para(d, "")
    para(d, "Slēdziens", bold=True)
    grid(d, [
        ["Dokuments", "Slēdziens"],
        ["MIP", "Saturs ir atbalstāms un virzāms saskaņošanai. Ieteikumi 1. un 2. punktā nav obligāti."],
        ["PKE", "Saturs nav atbalstāms. Nepieciešama pārstrāde un atkārtota ekspertīze."],
    ], widths=(3, 13))
    para(d, "")
    para(d, "Ar cieņu", space_after=0)
    t = table(d, 1, 2, style=None, widths=(10, 6))
    cell_set(t.cell(0, 0), "valdes loceklis, nozares eksperts")
    cell_set(t.cell(0, 1), "Gatis Ozoliņš")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return d


build("r14b11_SIA Kurzemes koks_atzinums KIO.docx", f11, "Gatis Ozolins", (2026, 3, 3, 8, 20),
      rows=[("kokapstrādes iekārtu operators", MIP, S, "Gatis Ozoliņš", "2026-03-03", 3),
            ("kokapstrādes iekārtu operators", PKE, NS, "Gatis Ozoliņš", "2026-03-03", 3)],
      design="Company letterhead in the page header, place/date/number line in a borderless table, remarks table and a 'Slēdziens' summary table; 'uzņēmums … atbalsta … praksi' as a third-person trap; signature in a borderless table.",
      note="Letter date = review date. Ieteikumi marked 'nav obligāti' so MIP stays supported.")


# =========================================================================== 12
def f12():
    d = new_doc("Calibri", 10)
    s = d.sections[0]
    from docx.enum.section import WD_ORIENT
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    para(d, "Enerģētikas nozares eksperta atzinums par MIP un PKE saturu (3 kvalifikācijas)", bold=True, size=13)
    kv_table(d, [("Sagatavoja", "Valdis Siliņš, enerģētikas nozares eksperts"),
                 ("Pamats", "LDDK 2026. gada 1. aprīļa ekspertu sadale (5. posms)")], widths=(4, 20))
    para(d, "")
    para(d, "Apzīmējumi: A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, pēc "
            "precizējumu veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms. Atbilstošo atzīmēt ar ✓.",
         italic=True, size=9)
    data = [
        ("Elektromontieris", "3", 0, 1),
        ("VGK iekārtu remontatslēdznieks", "3", 2, 0),
        ("Elektroenerģētikas tehniķis", "4", 1, 1),
    ]
    t = table(d, len(data) + 2, 9, widths=(1, 7, 1.3, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6))
    heads = ["Nr.", "Kvalifikācija", "LKI"]
    for j, h in enumerate(heads):
        c = t.cell(0, j).merge(t.cell(1, j))
        cell_set(c, h, bold=True)
        shade(c)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    cell_set(m, "MIP", bold=True, align="c")
    shade(m)
    m = t.cell(0, 6).merge(t.cell(0, 8))
    cell_set(m, "PKE", bold=True, align="c")
    shade(m)
    for j, h in enumerate(["A", "AP", "N", "A", "AP", "N"]):
        cell_set(t.cell(1, 3 + j), h, bold=True, align="c")
        shade(t.cell(1, 3 + j))
    for i, (q, lki, mm, pp) in enumerate(data):
        r = i + 2
        cell_set(t.cell(r, 0), "%d." % (i + 1))
        cell_set(t.cell(r, 1), q)
        cell_set(t.cell(r, 2), lki, align="c")
        for k in range(3):
            cell_set(t.cell(r, 3 + k), "✓" if mm == k else "", align="c", bold=True)
            cell_set(t.cell(r, 6 + k), "✓" if pp == k else "", align="c", bold=True)
    para(d, "")
    para(d, "Piezīmes", bold=True)
    para(d, [("Elektromontieris. ", {"bold": True}),
             "PKE: praktiskajā uzdevumā jānorāda, kādā secībā tiek veikti mērījumi pirms sprieguma pieslēgšanas; "
             "jāpapildina aprīkojuma saraksts ar izolācijas testeri."])
    para(d, [("VGK iekārtu remontatslēdznieks. ", {"bold": True}),
             "MIP: programmā nav siltumsūkņu un rekuperācijas iekārtu apkopes; prakses apjoms pārāk mazs. "
             "Nepieciešama būtiska pārstrāde. PKE – labs, iebildumu nav."])
    para(d, [("Elektroenerģētikas tehniķis. ", {"bold": True}),
             "Abos dokumentos jāsaskaņo terminoloģija ar Enerģētikas likumu un jāatjauno atsauces uz "
             "LEK standartiem; pēc tam abus var virzīt saskaņošanai."])
    para(d, "")
    t = table(d, 1, 2, widths=(5, 8))
    cell_set(t.cell(0, 0), "Paraksts / datums", bold=True)
    cell_set(t.cell(0, 1), "V. Siliņš  /  22.04.2026.")
    return d


_e12 = ("Valdis Siliņš", "2026-04-22")
build("r14b12_Energetika_3 kval_Silins_apr.docx", f12, "Valdis Siliņš", (2026, 4, 21, 15, 0),
      rows=[("elektromontieris", MIP, S) + _e12 + (3,),
            ("elektromontieris", PKE, NC) + _e12 + (3,),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", MIP, NS) + _e12 + (3,),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", PKE, S) + _e12 + (3,),
            ("elektroenerģētikas tehniķis", MIP, NC) + _e12 + (4,),
            ("elektroenerģētikas tehniķis", PKE, NC) + _e12 + (4,)],
      problems=["unknown_qualification"],
      design="Landscape multi-qualification matrix: Kvalifikācija | LKI | MIP A/AP/N | PKE A/AP/N with ✓ marks and a legend; one qualification not in the register; full name in 'Sagatavoja', initial + surname in 'Paraksts / datums'.",
      note="'Elektroenerģētikas tehniķis' is not in the register (must not be merged with elektrotehniķis) -> unknown_qualification, LKI 4 from the table. Expert taken as the full name from 'Sagatavoja'.")


# =========================================================================== 13
def f13():
    d = new_doc("Calibri", 11)
    para(d, "MIP un PKE satura ekspertīze", bold=True, size=15, color="1F3864")
    items = [
        ("Profesionālā kvalifikācija", ["Mehatronisko sistēmu tehniķis"]),
        ("Kvalifikācijas līmenis", ["4. LKI"]),
        ("Nozare", ["Mašīnbūve un metālapstrāde"]),
        ("Eksperts", ["Normunds Jaunzems"]),
        ("Būtiskākās piezīmes par MIP", [
            "1. Programmas struktūra atbilst kvalifikācijas prasībām, moduļu pēctecība loģiska.",
            "2. Labi, ka iekļauta industriālo robotu programmēšana un drošības shēmas.",
            "3. Digitālā dvīņa tēma minēta tikai ievadā – nākotnē vērts paplašināt (ieteikums).",
            "4. Hidraulikas modulī trūkst proporcionālo vārstu regulēšanas.",
            "5. PLC modulī jānorāda konkrēti programmēšanas standarti (IEC 61131-3).",
            "6. Prakses uzdevumos jāiekļauj kļūmju meklēšana reālā ražošanas līnijā, ne tikai stendā.",
        ]),
        ("Ekspertīzes slēdziens par MIP", [
            "Atbalstāms. Virzāms saskaņošanai pēc 4.–6. piezīmē minēto precizējumu veikšanas."]),
        ("Būtiskākās piezīmes par PKE", [
            "Eksāmena saturs atbilst profesijas standartam; praktiskais uzdevums (PLC programmēšana un "
            "pneimatiskās sistēmas diagnostika) ir labi izveidots, vērtēšanas kritēriji skaidri."]),
        ("Ekspertīzes slēdziens par PKE", ["Atbalstāms un virzāms saskaņošanai, precizējumi nav nepieciešami."]),
        ("Datums", ["2026-02-26"]),
    ]
    t = table(d, len(items) * 2, 1, widths=(16,))
    for i, (k, v) in enumerate(items):
        cell_set(t.cell(2 * i, 0), k, bold=True, size=9)
        shade(t.cell(2 * i, 0), "D9E2F3")
        cell_set(t.cell(2 * i + 1, 0), v)
    return d


build("r14b13_Mehatronika_ekspertize_Jaunzems.docx", f13, "Normunds Jaunzems", (2026, 2, 24, 13, 10),
      rows=[("mehatronisko sistēmu tehniķis", MIP, NC, "Normunds Jaunzems", "2026-02-26", 4),
            ("mehatronisko sistēmu tehniķis", PKE, S, "Normunds Jaunzems", "2026-02-26", 4)],
      design="Single-column form: shaded label row with the value in the row below; verdicts as short nominal sentences in their own rows.",
      note="MIP 'Atbalstāms. Virzāms … pēc … precizējumu veikšanas' (condition in the next sentence) = needs_corrections; PKE 'precizējumi nav nepieciešami' = supported.")


# =========================================================================== 14
def f14():
    d = new_doc("Calibri", 11)
    A, T1, T2 = "Kristaps Mednis", "2026-03-18T08:41:00Z", "2026-03-18T08:47:00Z"
    para(d, "Atzinums: mežsaimniecības tehniķis (LKI 4)", bold=True, size=13)
    para(d, [("Eksperts: ", {"bold": True}), "Kristaps Mednis"])
    para(d, [("Izvērtētie dokumenti: ", {"bold": True}), "MIP un PKE (darba grupas redakcija, saņemta 02.03.2026.)"])
    t = table(d, 3, 3, widths=(2.2, 6.3, 7.5))
    for j, h in enumerate(["Dokuments", "Slēdziens", "Pamatojums"]):
        cell_set(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "E2EFD9")
    cell_set(t.cell(1, 0), "MIP", bold=True)
    p = t.cell(1, 1).paragraphs[0]
    del_run(p, "Nav atbalstāms.", A, T1)
    ins_run(p, "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.", A, T1)
    p = t.cell(1, 2).paragraphs[0]
    add_run(p, "Meža inventarizācijas modulī nav iekļauti digitālie rīki (tālizpētes dati, MVR). ")
    ins_run(p, "Darba grupa 17.03. sanāksmē apņēmās moduli papildināt ar LiDAR datu un MVR izmantošanu – "
               "pēc šo papildinājumu iekļaušanas programmu var virzīt tālāk.", A, T2)
    cell_set(t.cell(2, 0), "PKE", bold=True)
    cell_set(t.cell(2, 1), "Atbalstāms un virzāms saskaņošanai.")
    cell_set(t.cell(2, 2), "Eksāmena uzdevumi atbilst kvalifikācijas prasībām.")
    para(d, "")
    p = para(d, [("Datums: ", {"bold": True})])
    del_run(p, "10.03.2026.", A, T1)
    ins_run(p, "18.03.2026.", A, T1)
    return d


build("r14b14_Mezsaimniecibas tehnikis_MIP PKE_labots.docx", f14, "Kristaps Mednis", (2026, 3, 10, 18, 30),
      rows=[("mežsaimniecības tehniķis", MIP, NC, "Kristaps Mednis", "2026-03-18", 4),
            ("mežsaimniecības tehniķis", PKE, S, "Kristaps Mednis", "2026-03-18", 4)],
      design="Summary table edited with track changes left on: MIP verdict w:del 'Nav atbalstāms.' -> w:ins 'Atbalstāms; pēc precizējumu …'; justification extended by w:ins; date changed by w:del/w:ins.",
      note="Current text (inserted runs) counts; deleted text is gone. Date = inserted 18.03.2026.")


# =========================================================================== 15
def f15():
    d = new_doc("Times New Roman", 12)
    para(d, "ATKĀRTOTĀS EKSPERTĪZES ATZINUMS", bold=True, align="c", size=14)
    kv_table(d, [
        ("Profesionālā kvalifikācija", "Mēbeļu galdnieks (LKI 4)"),
        ("Dokuments", "Profesionālās kvalifikācijas eksāmena saturs (PKE), labotā redakcija, saņemta 31.03.2026."),
        ("Ekspertīzes kārta", "2. (atkārtota)"),
        ("Iepriekšējās ekspertīzes slēdziens", "1. kārtā (05.02.2026.) saturs netika atbalstīts – praktiskais "
                                                "uzdevums neatbilda 4. LKI līmenim, vērtēšanas kritēriji bija vispārīgi."),
        ("Labojumu izvērtējums", "Darba grupa ir pārstrādājusi praktisko uzdevumu (kumodes ar atvilktnēm "
                                 "izgatavošana pēc rasējuma) un papildinājusi vērtēšanas kritērijus ar mērāmiem "
                                 "rādītājiem. Visas 1. kārtas piezīmes ņemtas vērā."),
        ("Atkārtotās ekspertīzes slēdziens", [[("PKE saturs ir atbalstāms un virzāms saskaņošanai.", {"bold": True})]]),
        ("Piezīme par MIP", "Atkārtota MIP ekspertīze nav veikta – MIP vērtēta 12.03.2026. atzinumā."),
        ("Eksperte", "Ināra Liepiņa"),
        ("Datums", "09.04.2026."),
    ], widths=(5.5, 10.5), label_shade="F2F2F2")
    return d


build("r14b15_Mebelu galdnieks PKE atkartota ekspertize.docx", f15, "Ināra Liepiņa", (2026, 4, 9, 10, 0),
      rows=[("mēbeļu galdnieks", PKE, S, "Ināra Liepiņa", "2026-04-09", 4)],
      design="Second-round (repeat) review as a key/value table: earlier verdict row 'netika atbalstīts', current verdict row in bold; MIP explicitly not re-reviewed.",
      note="History row must not count; current verdict supported. No MIP row (explicitly not covered).")


# =========================================================================== 16
def f16():
    d = new_doc("Calibri", 11)
    para(d, "Atzinums", bold=True)
    kv_table(d, [
        ("Kvalifikacija", "elektrotehnikis (LKI 4)"),
        ("MIP", "atbalstams, pec precizejumu veiksanas virzams saskanosanai (sk. piezimes)"),
        ("PKE", "atbalstams bez precizejumiem, var virzit saskanosanai"),
        ("Piezimes", ["1) MIP 5. modulim trukst zemetajuma merijumu",
                      "2) prakses stundas nesakrit ar macibu planu (480 / 520)"]),
        ("Eksperts", "E. Kalejs"),
        ("Datums", "2026.03.27"),
    ], widths=(3, 13), label_bold=False)
    return d


build("r14b16_elektrotehn_MIP_PKE_kalejs.docx", f16, "edgars", (2026, 3, 27, 22, 14),
      rows=[("elektrotehniķis", MIP, NC, "E. Kalejs", "2026-03-27", 4),
            ("elektrotehniķis", PKE, S, "E. Kalejs", "2026-03-27", 4)],
      design="Very short hasty key/value table with no diacritics at all; 'bez precizejumiem' vs 'pec precizejumu'; date as 2026.03.27.",
      note="Expert as written (initial + surname without diacritics).")


# =========================================================================== 17
def f17():
    d = new_doc("Arial", 10)
    para(d, "Meža mašīnu operators, LKI 3 – kritēriju izvērtējums", bold=True, size=13)
    para(d, "Aizpilda nozares eksperts. Katram kritērijam norādīt „Jā” vai „Nē”; kopvērtējumā – slēdzienu.",
         italic=True, size=9)
    crit = [
        ("Atbilst profesijas standartam un kvalifikācijas prasībām", "Jā", "Nē"),
        ("Sasniedzamie rezultāti / uzdevumi formulēti skaidri", "Jā", "Jā"),
        ("Iekļauts darbs ar simulatoru", "Nē", "Jā"),
        ("Ievērotas darba drošības prasības", "Jā", "Jā"),
        ("Vērtēšanas kritēriji ir objektīvi", "Jā", "Nē"),
    ]
    t = table(d, len(crit) + 2, 4, widths=(1, 9, 3, 3))
    for j, h in enumerate(["Nr.", "Kritērijs", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j > 1 else None)
        shade(t.cell(0, j), "FFF2CC")
    for i, (c, m, p) in enumerate(crit, start=1):
        cell_set(t.cell(i, 0), "%d." % i)
        cell_set(t.cell(i, 1), c)
        cell_set(t.cell(i, 2), m, align="c")
        cell_set(t.cell(i, 3), p, align="c")
    r = len(crit) + 1
    c = t.cell(r, 0).merge(t.cell(r, 1))
    c.paragraphs[0].text = ""
    for pp in c.paragraphs[1:]:
        pp._p.getparent().remove(pp._p)
    cell_set(c, "KOPVĒRTĒJUMS", bold=True)
    shade(c, "FFF2CC")
    cell_set(t.cell(r, 2), "Atbalstāms un virzāms saskaņošanai", bold=True)
    cell_set(t.cell(r, 3), "Nav atbalstāms", bold=True)
    para(d, "")
    para(d, [("Pamatojums. ", {"bold": True}),
             "MIP: 3. kritērijs ir ieteikuma rakstura – simulatoru pieejamība skolās atšķiras, un programma "
             "paredz simulatora stundas uzņēmumā. PKE: teorētiskajā daļā iekļautas prasības par meža atjaunošanu, "
             "kas neietilpst meža mašīnu operatora kvalifikācijā, un vērtēšanas kritēriji ļauj nokārtot eksāmenu, "
             "neizpildot drošības prasības. PKE jāpārstrādā."], align="j")
    para(d, "")
    para(d, "Eksperts: Rolands Dzenis, 2026. gada 6. maijā")
    return d


build("r14b17_MMO_kriteriju tabula.docx", f17, "Ilze Kalniņa", (2026, 5, 7, 9, 0),
      rows=[("meža mašīnu operators", MIP, S, "Rolands Dzenis", "2026-05-06", 3),
            ("meža mašīnu operators", PKE, NS, "Rolands Dzenis", "2026-05-06", 3)],
      design="Criterion table with Jā/Nē per document in columns (MIP | PKE) and a KOPVĒRTĒJUMS row holding the verdict per column; justification explains why a 'Nē' does not block MIP.",
      note="Overall row outranks single 'Nē' criteria. Abbreviation MMO only in the file name.")


# =========================================================================== 18  (not a review)
def f18():
    d = new_doc("Calibri", 10)
    s = d.sections[0]
    from docx.enum.section import WD_ORIENT
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    para(d, "Ekspertu sadale MIP un PKE ekspertīzei – projekta 5. posms (2026. gada aprīlis–jūlijs)",
         bold=True, size=13)
    para(d, "Lūdzam ekspertus atzinumus sagatavot LDDK veidlapā un katram dokumentam norādīt vienu no slēdzieniem: "
            "„saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas "
            "virzāms saskaņošanai” vai „saturs nav atbalstāms”. Atzinumu nosūtīt koordinatorei ne vēlāk kā "
            "norādītajā termiņā.", align="j")
    grid(d, [
        ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Statuss"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "MIP, PKE", "J. Kļaviņš", "24.04.2026.", "materiāli nosūtīti 02.04."],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "MIP, PKE", "D. Vītola", "10.04.2026.", "materiāli nosūtīti 27.03."],
        ["3.", "Koka izstrādājumu ražošanas tehniķis", "4", "MIP", "A. Bērziņš", "30.04.2026.", "gaida darba grupas labojumus"],
        ["4.", "Koka izstrādājumu ražošanas tehniķis", "4", "PKE", "I. Pakalne", "17.04.2026.", "materiāli nosūtīti 06.04."],
        ["5.", "Būvizstrādājumu galdnieks", "4", "MIP, PKE", "O. Lapsa", "30.04.2026.", "materiāli nosūtīti 08.04."],
        ["6.", "Elektromontieris", "3", "MIP, PKE", "V. Siliņš", "24.04.2026.", "jāveic atkārtota ekspertīze pēc labojumiem"],
        ["7.", "VGK sistēmu tehniķis", "4", "MIP, PKE", "J. Vanags", "24.04.2026.", "materiāli nosūtīti 09.04."],
        ["8.", "Meža mašīnu operators", "3", "MIP, PKE", "R. Dzenis", "08.05.2026.", "MIP vēl nav saņemta no skolas"],
    ], widths=(1, 7, 1.2, 2.5, 3, 2.6, 6.5))
    para(d, "")
    para(d, "Koordinatores: Ilze Kalniņa (kokrūpniecība, mašīnbūve), Linda Avotiņa (enerģētika). "
            "Metodisko atbalstu ekspertiem sniedz VISC satura eksperte Zane Mūrniece.", size=9)
    return d


build("r14b18_Ekspertu sadale 5.posms.docx", f18, "Ilze Kalniņa", (2026, 4, 1, 14, 0),
      problems=["no_verdict"],
      design="NOT A REVIEW: coordinator's assignment table (qualification, LKI, document, expert, deadline, status) with an instruction quoting all three verdict wordings.",
      note="No verdict is given for anything; statuses are workflow notes. One no_verdict row for the file.")


# =========================================================================== 19  (not a review)
def f19():
    d = new_doc("Times New Roman", 12)
    para(d, "LDDK nozaru ekspertu sanāksmes", bold=True, align="c", space_after=0)
    para(d, "PROTOKOLS Nr. 3", bold=True, align="c", size=14)
    t = table(d, 1, 2, style=None, widths=(8, 8))
    cell_set(t.cell(0, 0), "Rīgā, attālināti (MS Teams)")
    cell_set(t.cell(0, 1), "2026. gada 17. martā")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, [("Piedalās: ", {"bold": True}),
             "I. Kalniņa, L. Avotiņa (LDDK), Z. Mūrniece (VISC), eksperti A. Bērziņš, D. Vītola, K. Mednis, "
             "R. Krūmiņš, S. Eglīte, N. Jaunzems."])
    para(d, [("Protokolē: ", {"bold": True}), "L. Avotiņa"])
    para(d, "Darba kārtība", bold=True)
    for i, x in enumerate(["Ekspertīžu gaita 4. posmā.", "Atkārtotu ekspertīžu kārtība.",
                           "Mācību prakšu aptauja uzņēmumos."], 1):
        para(d, "%d. %s" % (i, x), indent=0.6, space_after=0)
    para(d, "")
    grid(d, [
        ["Nr.", "Izskatītais jautājums", "Nolemts", "Atbildīgais, termiņš"],
        ["1.", "I. Kalniņa informē, ka darba grupas iesniegušas MIP un PKE 13 kvalifikācijām; vairāki atzinumi "
               "vēl nav saņemti. Z. Mūrniece atgādina, ka VISC saskaņošanai virza tikai tos dokumentus, kuru saturs "
               "ir atbalstāms bez iebildumiem vai kuros precizējumi jau veikti.",
         "Ekspertiem atzinumus iesniegt līdz 31.03.2026.; slēdzienā izvēlēties vienu no trim veidlapas variantiem.",
         "Eksperti, 31.03.2026."],
        ["2.", "Diskusija par to, vai pēc precizējumu veikšanas nepieciešams jauns atzinums. K. Mednis ierosina "
               "precizējumus pārbaudīt koordinatorei, ne ekspertam.",
         "Ja iepriekšējais slēdziens bija „nav atbalstāms”, veic atkārtotu ekspertīzi; ja „atbalstāms pēc "
         "precizējumiem” – precizējumus pārbauda eksperts, atzinumu nepārraksta.", "I. Kalniņa"],
        ["3.", "Nozares uzņēmumi atbalsta ideju par prakses vietu kopām; nepieciešams metodiskais atbalsts "
               "prakšu vadītājiem uzņēmumos.", "Sagatavot aptaujas anketu.", "L. Avotiņa, 15.04.2026."],
    ], widths=(1, 6.5, 5.5, 3))
    para(d, "")
    para(d, "Sanāksmi vadīja: I. Kalniņa", space_after=0)
    para(d, "Protokolēja: L. Avotiņa")
    return d


build("r14b19_Protokols_ekspertu sanaksme_2026-03-17.docx", f19, "Linda Avotiņa", (2026, 3, 18, 9, 40),
      problems=["no_verdict"],
      design="NOT A REVIEW: meeting minutes in a decisions table; verdict wordings appear as procedure ('ja iepriekšējais slēdziens bija „nav atbalstāms”…'), 'uzņēmumi atbalsta', 'metodiskais atbalsts'.",
      note="No document gets a verdict. One no_verdict row for the file.")


# =========================================================================== 20  (not a review)
def f20():
    d = new_doc("Calibri", 11)
    header_text(d, ["LDDK · Projekts Nr. 4.2.2.9 · Nozaru ekspertu veidlapa, versija 2026-01"], size=8, align="r")
    para(d, "NOZARES EKSPERTA ATZINUMS", bold=True, align="c", size=14, space_after=0)
    para(d, "par MIP un/vai PKE saturu", align="c", italic=True)
    p = para(d, "Aizpildīšanas norādījumi", bold=True, size=10)
    for x in ["Aizpildiet visus laukus. Ja vērtējat tikai vienu dokumentu, otra dokumenta ailē ierakstiet „netiek vērtēts”.",
              "Katram dokumentam atzīmējiet vienu slēdzienu ar „X”.",
              "Ja saturs ir atbalstāms pēc precizējumu veikšanas, piezīmju tabulā konkrēti norādiet, kas jāprecizē.",
              "Ja saturs nav atbalstāms, norādiet pamatojumu; pēc pārstrādes tiks organizēta atkārtota ekspertīze.",
              "Aizpildītu veidlapu (.docx) nosūtiet nozares koordinatorei."]:
        para(d, "• " + x, size=9, indent=0.5, space_after=0)
    para(d, "")
    kv_table(d, [("Profesionālā kvalifikācija", ""), ("LKI līmenis", ""), ("Nozare", ""),
                 ("Izglītības iestāde", "")], widths=(5.5, 10.5), label_shade="EDEDED")
    para(d, "")
    grid(d, [["Nr.", "Dokuments", "Modulis / sadaļa", "Piezīme"], ["", "", "", ""], ["", "", "", ""]],
         widths=(1, 2.5, 5, 7.5))
    para(d, "")
    t = table(d, 4, 3, widths=(11, 2.5, 2.5))
    for j, h in enumerate(["Slēdziens", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j else None)
        shade(t.cell(0, j))
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i + 1, 0), o[0].upper() + o[1:])
    para(d, "")
    kv_table(d, [("Eksperts (vārds, uzvārds)", ""), ("Datums", ""), ("Paraksts", "")], widths=(5.5, 10.5))
    return d


build("r14b20_Veidlapa_ekspertizes atzinums_TUKSA.docx", f20, "Ilze Kalniņa", (2026, 1, 12, 11, 30),
      problems=["no_verdict"],
      design="NOT A REVIEW: the blank LDDK form with filling instructions; every verdict option printed, nothing marked, all fields empty.",
      note="Template only. One no_verdict row for the file.")


# =========================================================================== 21  (not a review)
def f21():
    d = new_doc("Times New Roman", 12)
    header_text(d, [[("VALSTS IZGLĪTĪBAS SATURA CENTRS", {"bold": True, "size": 13})],
                    "Vaļņu iela 2, Rīga, LV-1050, tālr. 67216500, e-pasts: visc@visc.gov.lv, www.visc.gov.lv"],
                align="c", size=8, rule=True)
    t = table(d, 1, 2, style=None, widths=(8, 8))
    cell_set(t.cell(0, 0), "Rīgā")
    cell_set(t.cell(0, 1), ["10.04.2026. Nr. 4.2.2.9/26/87"])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "")
    para(d, "Latvijas Darba devēju konfederācijai", align="r", space_after=0)
    para(d, "pasts@lddk.lv", align="r")
    para(d, "")
    para(d, "Par MIP un PKE ekspertīzes turpināšanu projekta 5. posmā", bold=True)
    para(d, "Valsts izglītības satura centrs (turpmāk – VISC), īstenojot projektu Nr. 4.2.2.9 „Izglītības procesa "
            "individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai”, pateicas LDDK par "
            "līdzšinējo atbalstu un nozaru ekspertu darbu 4. posmā.", align="j")
    para(d, "Lūdzam līdz 2026. gada 31. jūlijam nodrošināt ekspertīzi šādām profesionālajām kvalifikācijām:", align="j")
    grid(d, [
        ["Kvalifikācija", "LKI", "Nozare", "Dokumenti", "Iesniegšana ekspertiem"],
        ["Koka izstrādājumu ražošanas tehniķis", "4", "Kokrūpniecība", "MIP, PKE", "līdz 15.04.2026."],
        ["Būvizstrādājumu galdnieks", "4", "Kokrūpniecība", "MIP, PKE", "līdz 15.04.2026."],
        ["Meža mašīnu operators", "3", "Kokrūpniecība", "PKE (MIP – maijā)", "līdz 30.04.2026."],
        ["Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "4", "Enerģētika", "MIP, PKE", "līdz 15.04.2026."],
    ], widths=(6, 1.2, 3, 3, 3))
    para(d, "")
    para(d, "Ekspertu atzinumos lūdzam skaidri norādīt, vai dokumenta saturs ir atbalstāms un virzāms saskaņošanai, "
            "atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, un precizējumu gadījumā tos konkrēti uzskaitīt. "
            "Dokumenti, kuru saturs nav atbalstāms, pēc pārstrādes tiks nodoti atkārtotai ekspertīzei.", align="j")
    para(d, "")
    t = table(d, 1, 2, style=None, widths=(10, 6))
    cell_set(t.cell(0, 0), "Direktores vietniece profesionālās izglītības jautājumos")
    cell_set(t.cell(0, 1), "Z. Mūrniece")
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, "")
    para(d, "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8, align="c")
    return d


build("r14b21_VISC vestule_par ekspertizes turpinasanu.docx", f21, "Zane Mūrniece", (2026, 4, 10, 13, 25),
      problems=["no_verdict"],
      design="NOT A REVIEW: agency letter on letterhead asking for reviews in stage 5, table of qualifications and deadlines, 'pateicas … par līdzšinējo atbalstu', the three verdict wordings as a request.",
      note="Request, not a verdict. One no_verdict row for the file.")


# =========================================================================== 22
def f22():
    d = new_doc("Calibri", 11)
    para(d, "Eksperta atzinums par MIP un PKE saturu", bold=True, size=13)
    kv_table(d, [
        ("Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"),
        ("LKI līmenis", "4"),
        ("Eksperte", "Aiga Kronberga"),
        ("Datums", "12.05.2026."),
    ], widths=(4, 12))
    para(d, "")
    grid(d, [
        ["Nr.", "Dokuments", "Piezīme"],
        ["1.", "MIP", "Iebildumu nav; labi, ka iekļauta siltumsūkņu pieslēgšana un ēku automātikas pamati."],
        ["2.", "PKE", "Eksāmena teorijas jautājumos nav ietverta siltumsūkņu tēma, lai gan MIP tā ir obligāta."],
        ["3.", "PKE", "Praktiskajā daļā neskaidrs, vai mērinstrumentus (anemometrs, manometru komplekts) "
                      "nodrošina izglītības iestāde vai eksaminējamais."],
    ], widths=(1, 2.5, 12.5))
    para(d, "")
    para(d, "Slēdziens", bold=True)
    t = table(d, 2, 2, widths=(3, 13))
    cell_set(t.cell(0, 0), "MIP", bold=True)
    cell_set(t.cell(0, 1), "Atbalstāms un virzāms saskaņošanai.")
    cell_set(t.cell(1, 0), "PKE", bold=True)
    cell_set(t.cell(1, 1), "")
    return d


build("r14b22_VGK sist tehnikis_atzinums_Kronberga.docx", f22, "Aiga Kronberga", (2026, 5, 12, 16, 50),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", MIP, S, "Aiga Kronberga", "2026-05-12", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", PKE, U, "Aiga Kronberga", "2026-05-12", 4)],
      problems=["no_verdict"],
      design="Form with remarks on both documents but the PKE cell of the 'Slēdziens' table left empty.",
      note="PKE is covered (two remarks) but has no verdict -> unknown + no_verdict. The remarks alone do not settle between needs_corrections and not_supported.")


# =========================================================================== 23
def f23():
    d = new_doc("Calibri", 11)
    para(d, "Atzinums – Elektromontieris (LKI 3)", bold=True, size=13)
    kv_table(d, [("Eksperts", "Kaspars Rudzītis"), ("Datums", "04.05.2026."),
                 ("Dokumenti", "MIP un PKE, darba grupas 2026. gada aprīļa redakcija")], widths=(4, 12))
    para(d, "")
    t = table(d, 4, 3, widths=(11, 2.5, 2.5))
    for j, h in enumerate(["Slēdziens", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j else None)
        shade(t.cell(0, j))
    marks = {(0, 2): True, (1, 1): True, (2, 2): True}
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i + 1, 0), o[0].upper() + o[1:])
        for j in (1, 2):
            cell_set(t.cell(i + 1, j), "☒" if marks.get((i, j)) else "☐", align="c", font="MS Gothic")
    para(d, "")
    para(d, [("Piezīmes. ", {"bold": True}),
             "MIP: 2. modulī jāprecizē kabeļu līniju montāžas prakses stundas (moduļa aprakstā 80, mācību plānā 60). "
             "PKE: uzdevumu komplekts sakārtots, aprīkojuma saraksts pilnīgs; teorētiskās daļas 8 jautājumi "
             "balstīti uz spēku zaudējušiem noteikumiem."], align="j")
    return d


build("r14b23_Elektromontieris_MIP PKE_Rudzitis_v2.docx", f23, "Kaspars Rudzītis", (2026, 5, 4, 12, 5),
      rows=[("elektromontieris", MIP, NC, "Kaspars Rudzītis", "2026-05-04", 3),
            ("elektromontieris", PKE, U, "Kaspars Rudzītis", "2026-05-04", 3)],
      problems=["conflict"],
      design="Option x {MIP, PKE} grid with typed MS Gothic ☒/☐ glyphs; PKE has two boxes ticked (option 1 and option 3).",
      note="Two contradictory PKE marks of equal weight; the notes point both ways (positive on tasks, negative on 8 questions) -> unknown + conflict. MIP single mark on option 2.")


# =========================================================================== 24
def f24():
    d = new_doc("Arial", 10)
    para(d, "Eksperta atzinums", bold=True, size=14)
    kv_table(d, [
        ("Profesionālā kvalifikācija", "Metinātājs"),
        ("LKI", "3"),
        ("Nozare", "Mašīnbūve un metālapstrāde"),
        ("Izvērtētie dokumenti", "MIP, PKE"),
    ], widths=(5, 11))
    para(d, "")
    para(d, "Slēdziens (atbilstošajā ailē ierakstīt „V”)", bold=True)
    t = table(d, 4, 3, widths=(11, 2.5, 2.5))
    for j, h in enumerate(["", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c")
    for i, o in enumerate(OPT3):
        cell_set(t.cell(i + 1, 0), o[0].upper() + o[1:])
        cell_set(t.cell(i + 1, 1), "V" if i == 0 else "", align="c")
        cell_set(t.cell(i + 1, 2), "V" if i == 1 else "", align="c")
    para(d, "")
    para(d, "Piezīmes", bold=True)
    para(d, "PKE: jāprecizē metināšanas procesu apzīmējumi atbilstoši LVS EN ISO 4063 (111, 135, 141); "
            "2. praktiskajā uzdevumā jānorāda šuves kvalitātes līmenis pēc LVS EN ISO 5817. "
            "MIP: bez iebildumiem, programma labi sabalansēta starp MMA, MAG un TIG metināšanu.", align="j")
    para(d, "")
    kv_table(d, [("Eksperts", "Aivars Grīnbergs"), ("Datums", "29.04.2026.")], widths=(5, 11))
    return d


build("r14b24_Metinatajs_MIP PKE_Grinbergs.docx", f24, "Aivars Grinbergs", (2026, 4, 29, 7, 55),
      rows=[("metinātājs", MIP, S, "Aivars Grīnbergs", "2026-04-29", 3),
            ("metinātājs", PKE, NC, "Aivars Grīnbergs", "2026-04-29", 3)],
      problems=["unknown_qualification"],
      design="Key/value form for a qualification that is not in the register; options printed, 'V' in the MIP/PKE column.",
      note="'Metinātājs' not in the register -> unknown_qualification; LKI 3 from the review.")


# =========================================================================== 25
def f25():
    d = new_doc("Calibri", 11)
    header_text(d, ["Eksperte: Evita Roze\t\t2026-05-06"], size=9)
    para(d, "Motorzāģa operators (LKI 3)", bold=True, size=14)
    para(d, "Nozares eksperta atbildes uz VISC jautājumiem par MIP un PKE saturu", italic=True)
    t = table(d, 4, 3, widths=(8, 4, 4))
    for j, h in enumerate(["Jautājums", "MIP", "PKE"]):
        cell_set(t.cell(0, j), h, bold=True, align="c" if j else None)
        shade(t.cell(0, j), "DDEBF7")
    rows = [("Vai saturs ir atbalstāms?", "Jā", "Jā"),
            ("Vai nepieciešami precizējumi?", "Nē", "Jā (sk. piezīmes)"),
            ("Vai virzāms saskaņošanai?", "Jā", "Jā, pēc precizējumu veikšanas")]
    for i, (q, m, p) in enumerate(rows, 1):
        cell_set(t.cell(i, 0), q)
        cell_set(t.cell(i, 1), m, align="c")
        cell_set(t.cell(i, 2), p, align="c")
    para(d, "")
    para(d, "Piezīmes par PKE", bold=True)
    para(d, "– individuālo aizsardzības līdzekļu pārbaudes kritērijus saskaņot ar noteikumiem par darba "
            "aizsardzību mežsaimniecībā;", indent=0.5, space_after=0)
    para(d, "– pievienot ķēdes asināšanas un spriegojuma pārbaudes vērtēšanas lapu;", indent=0.5, space_after=0)
    para(d, "– 2. uzdevumā norādīt koku caurmēru diapazonu.", indent=0.5)
    return d


build("r14b25_Motorzaga operators_JaNe.docx", f25, "Evita Roze", (2026, 5, 5, 21, 10),
      rows=[("motorzāģa operators", MIP, S, "Evita Roze", "2026-05-06", 3),
            ("motorzāģa operators", PKE, NC, "Evita Roze", "2026-05-06", 3)],
      design="The three verdict flags asked as Jā/Nē questions per document (atbalstāms? precizējumi? virzāms?); name and date only in the page header.",
      note="MIP Jā/Nē/Jā = supported; PKE Jā/Jā/'Jā, pēc precizējumu veikšanas' = needs_corrections.")


# =========================================================================== 26
def f26():
    d = new_doc("Calibri", 11)
    para(d, "Ekspertīzes atzinums – Kokapstrādes iekārtu operators (3. LKI)", bold=True, size=13)
    kv_table(d, [
        ("Eksperts", "Jānis Kļaviņš"),
        ("Datums", "2026. g. 21. aprīlī"),
        ("Slēdziens par MIP",
         "Programmu kopumā vērtēju pozitīvi, tomēr pirms saskaņošanas jāpārstrādā 3. modulis (frēzēšana – trūkst "
         "instrumentu nomaiņas un iestatīšanas) un jāsaskaņo stundu skaits ar mācību plānu (modulī 160 st., plānā 120 st.)."),
        ("Slēdziens par PKE", "Eksāmena saturam iebildumu nav, var virzīt tālāk uz saskaņošanu."),
        ("Cits", [[("Veidlapā piedāvātos trīs variantus izdzēsu, jo MIP gadījumā neviens īsti neder bez paskaidrojuma. ",
                    {"italic": True})],
                  [("Ja vajag formāli – MIP būtu vidējais variants.", {"italic": True})]]),
    ], widths=(4, 12))
    return d


build("r14b26_KIO_MIP PKE_Klavins.docx", f26, "Ilze Kalniņa", (2026, 4, 22, 8, 35),
      rows=[("kokapstrādes iekārtu operators", MIP, NC, "Jānis Kļaviņš", "2026-04-21", 3),
            ("kokapstrādes iekārtu operators", PKE, S, "Jānis Kļaviņš", "2026-04-21", 3)],
      design="Template redesigned by the expert: option lists deleted, verdicts written as prose in the value cells; a remark explains the change ('MIP būtu vidējais variants').",
      note="MIP 'vērtēju pozitīvi, tomēr pirms saskaņošanas jāpārstrādā' = needs_corrections (confirmed by 'vidējais variants'); PKE 'iebildumu nav, var virzīt tālāk' = supported.")


# =========================================================================== 27
def f27():
    d = new_doc("Calibri", 11)
    para(d, "Linda Avotiņa", bold=True, size=14, space_after=0)
    p = para(d, "", space_after=6)
    border(p, sz=12)
    _mail_head(d, [
        ("From:", "Guntis Ābele <guntis.abele@klimatserviss.lv>"),
        ("Sent:", "Monday, April 13, 2026 9:15 AM"),
        ("To:", "Linda Avotiņa <linda.avotina@lddk.lv>"),
        ("Subject:", "RE: VGK iekārtu remontatslēdznieks – MIP/PKE ekspertīze"),
    ])
    para(d, "")
    para(d, "Sveika, Linda!")
    para(d, "Izskatīju abus dokumentus – gan programmu, gan eksāmena saturu. Abus atbalstu, precizējumi nav "
            "vajadzīgi, var virzīt saskaņošanai.")
    para(d, "Dažas sīkas piezīmes darba grupai tabulā zemāk – tās nav obligātas, var ņemt vērā nākamajā pārskatīšanā.")
    grid(d, [
        ["Kur", "Piezīme"],
        ["MIP, 4. modulis", "Varētu pieminēt arī R32 aukstumaģentu, ne tikai R410A."],
        ["PKE, prakt. uzd.", "Laika rezerve 15 min. šķiet par mazu, bet pieņemami."],
    ], widths=(4, 12))
    para(d, "")
    para(d, "Ar labākajiem vēlējumiem", space_after=0)
    para(d, "Guntis Ābele", space_after=0)
    para(d, "SIA „Klimatserviss”, tehniskais direktors", size=9)
    para(d, "")
    p = para(d, "", space_after=4)
    border(p, "top", 6, "E1E1E1")
    _mail_head(d, [
        ("From:", "Linda Avotiņa <linda.avotina@lddk.lv>"),
        ("Sent:", "Thursday, April 2, 2026 4:48 PM"),
        ("To:", "Guntis Ābele <guntis.abele@klimatserviss.lv>"),
        ("Subject:", "VGK iekārtu remontatslēdznieks – MIP/PKE ekspertīze"),
    ])
    para(d, "")
    para(d, "Labdien!")
    para(d, "Pielikumā ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka (LKI 3) MIP un PKE. "
            "Lūdzu izvērtēt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms ar precizējumiem vai "
            "nav atbalstāms, un atbildi atsūtīt līdz 15. aprīlim.")
    para(d, "Paldies!", space_after=0)
    para(d, "Linda")
    return d


build("r14b27_RE VGK iekartu remontatslednieks.docx", f27, "Linda Avotiņa", (2026, 4, 13, 9, 30),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", MIP, S, "Guntis Ābele", "2026-04-13", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", PKE, S, "Guntis Ābele", "2026-04-13", 3)],
      design="Outlook print with English headers (From/Sent/To/Subject); one sentence covers both documents ('Abus atbalstu, precizējumi nav vajadzīgi'); optional remarks table; quoted coordinator request lists all options.",
      note="Optional remarks ('nav obligātas') do not turn it into needs_corrections. Date from the reply's Sent line.")


# =========================================================================== 28
def f28():
    d = new_doc("Times New Roman", 11)
    para(d, "Kokrūpniecības nozares eksperta atzinums", bold=True, size=14, align="c", space_after=0)
    para(d, "galdniecības kvalifikāciju MIP un PKE saturs", italic=True, align="c")
    kv_table(d, [("Eksperte", "Zane Bergmane"), ("Datums", "30.04.2026.")], widths=(4, 12))
    para(d, "")
    para(d, "Slēdziena ailē izvēlēto variantu iezīmēt treknrakstā.", italic=True, size=9)
    data = [
        ("Mēbeļu galdnieks (LKI 4)", "MIP", 0, "Bez piezīmēm."),
        ("", "PKE", 1, "Precizēt praktiskā darba izmēru pielaides (±0,5 mm nav reāli masīvkokam)."),
        ("Būvizstrādājumu galdnieks (LKI 4)", "MIP", 2,
         "Programma faktiski kopē mēbeļu galdnieka MIP; nav logu, durvju un kāpņu izgatavošanas specifikas. Jāpārstrādā."),
        ("", "PKE", 0, "Labs, atbilst nozares prasībām."),
        ("Koka izstrādājumu ražošanas tehniķis (LKI 4)", "MIP", 1,
         "Papildināt ražošanas plānošanas moduli ar ERP sistēmu pamatiem."),
        ("", "PKE", 1, "Teorijā samazināt kokmateriālu žāvēšanas jautājumu īpatsvaru."),
    ]
    t = table(d, len(data) + 1, 4, widths=(4, 1.6, 6.4, 4))
    for j, h in enumerate(["Kvalifikācija", "Dok.", "Slēdziens", "Piezīmes"]):
        cell_set(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "E7E6E6")
    for i, (q, doc, ch, note) in enumerate(data, 1):
        cell_set(t.cell(i, 0), q)
        cell_set(t.cell(i, 1), doc)
        c = t.cell(i, 2)
        for k, o in enumerate(OPT3):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            add_run(p, o, bold=(k == ch), size=10)
            p.paragraph_format.space_after = Pt(1)
        cell_set(t.cell(i, 3), note, size=10)
    for i in (1, 3, 5):
        a = t.cell(i, 0)
        b = t.cell(i + 1, 0)
        a.merge(b)
    return d


_e28 = ("Zane Bergmane", "2026-04-30")
build("r14b28_Galdnieki_3 kvalifikacijas_Bergmane.docx", f28, "Zane Bergmane", (2026, 4, 30, 11, 20),
      rows=[("mēbeļu galdnieks", MIP, S) + _e28 + (4,),
            ("mēbeļu galdnieks", PKE, NC) + _e28 + (4,),
            ("būvizstrādājumu galdnieks", MIP, NS) + _e28 + (4,),
            ("būvizstrādājumu galdnieks", PKE, S) + _e28 + (4,),
            ("koka izstrādājumu ražošanas tehniķis", MIP, NC) + _e28 + (4,),
            ("koka izstrādājumu ražošanas tehniķis", PKE, NC) + _e28 + (4,)],
      design="Three qualifications x two documents in one table with vertically merged qualification cells; each verdict cell prints all three options and the chosen one is bold ('iezīmēt treknrakstā').",
      note="Only bold marks the choice; the notes column agrees with each bold option.")


# =========================================================================== 29
def f29():
    d = new_doc("Arial", 10)
    para(d, "Atzinums par profesionālās kvalifikācijas eksāmena saturu", bold=True, size=13)
    kv_table(d, [
        ("Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"),
        ("Profesionālās kvalifikācijas līmenis", "3. PKL"),
        ("Izvērtētie dokumenti", "PKE saturs (MIP ekspertīzei netika iesniegta)"),
        ("Eksperts", "Artūrs Liepa"),
    ], widths=(6, 10))
    para(d, "")
    para(d, "Vērtējums", bold=True)
    para(d, "Teorētiskās daļas 50 jautājumi aptver visus kvalifikācijas prasību blokus; praktiskais uzdevums "
            "(ražošanas šūnas ar robotu iedarbināšana, sensoru kļūmju diagnostika) ir atbilstošs un izpildāms "
            "6 stundās. Vērtēšanas kritēriji skaidri.", align="j")
    kv_table(d, [
        ("Slēdziens", "Nav iebildumu. Atbalstu un iesaku virzīt saskaņošanai."),
        ("Paraksts / datums", "A. Liepa / 12.05.2026."),
    ], widths=(6, 10))
    return d


build("r14b29_Mehatronisko sist tehn_PKE.docx", f29, "Artūrs Liepa", (2026, 5, 12, 14, 45),
      rows=[("mehatronisko sistēmu tehniķis", PKE, S, "Artūrs Liepa", "2026-05-12", 4)],
      design="Old-style level 'PKL 3' (= LKI 4); MIP explicitly not submitted; first-person verdict 'Nav iebildumu. Atbalstu un iesaku virzīt saskaņošanai.'; date in 'Paraksts / datums'.",
      note="'Nav iebildumu' is positive despite 'nav'. No MIP row (not submitted). LKI 4 = 3. PKL + 1, same as register.")


# =========================================================================== 30
def f30():
    d = new_doc("Times New Roman", 12)
    para(d, "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", bold=True, align="c", size=11, space_after=0)
    para(d, "Nozares eksperta atzinums", align="c", size=11)
    para(d, "par profesionālās kvalifikācijas „Elektrotehniķis” kompetencēs balstītas modulārās izglītības "
            "programmas un profesionālās kvalifikācijas eksāmena saturu", bold=True, align="c")
    kv_table(d, [
        ("Kvalifikācijas līmenis", "LKI 4. līmenis"),
        ("Nozare", "Enerģētika"),
        ("Darba grupa", "Ventspils tehnikums, Liepājas Valsts tehnikums, Rīgas Valsts tehnikums"),
        ("Izvērtētās redakcijas", "MIP – 2026. gada 3. aprīļa redakcija; PKE – 2026. gada 3. aprīļa redakcija"),
        ("Eksperte", "Laura Strazdiņa"),
        ("Atzinuma datums", "17.04.2026."),
    ], widths=(5, 11), label_shade="F2F2F2")
    para(d, "")
    para(d, "1. Vispārīgs vērtējums", bold=True)
    para(d, "Darba grupa ir paveikusi apjomīgu darbu: programmā pārdomāti ietvertas nozarē aktuālās jaunās prasmes – "
            "atjaunīgo energoresursu (saules paneļu) sistēmu pieslēgšana, elektroauto uzlādes infrastruktūra, "
            "viedo ēku vadības sistēmas. Moduļu apraksti kopumā ir kvalitatīvi, sasniedzamie rezultāti lielākoties "
            "izmērāmi. Vienlaikus vairākos moduļos saglabājušās neprecizitātes, kas ir jānovērš pirms programmas "
            "nodošanas saskaņošanai, bet tās nav tik būtiskas, lai programmu pārstrādātu no jauna.", align="j")
    para(d, "Eksāmena saturs, turpretim, šajā redakcijā būtiski atpaliek no programmas: tas nepārbauda lielu daļu "
            "no programmā ietvertajām jaunajām prasmēm, un praktiskās daļas vērtēšana nav objektīva.", align="j")
    para(d, "")
    para(d, "2. Piezīmes par MIP", bold=True)
    grid(d, [
        ["Nr.", "Modulis", "Piezīme", "Obligāti / ieteikums"],
        ["1.", "Elektrodrošība un darba aizsardzība",
         "Jāatjauno atsauces uz spēkā esošajiem MK noteikumiem par elektrodrošību; minēta 2001. gada redakcija.",
         "obligāti"],
        ["2.", "Elektriskie mērījumi", "Ieteicams papildināt ar termogrāfijas pamatiem.", "ieteikums"],
        ["3.", "Apgaismes sistēmas",
         "DALI vadības sistēma pieminēta tikai teorētiski; iesaku praktisku uzdevumu. Darba grupas ieceri "
         "par apgaismes projektēšanas programmatūras izmantošanu atbalstu.", "ieteikums"],
        ["4.", "Saules paneļu sistēmas",
         "Šādā redakcijā modulis nav atbalstāms kā obligātais modulis, jo nav paredzēts darbs ar invertoru "
         "konfigurāciju un tīkla pieslēguma prasībām – jāpapildina.", "obligāti"],
        ["5.", "Elektromašīnas", "Sasniedzamie rezultāti 5.2. un 5.3. dublējas.", "ieteikums"],
        ["6.", "Viedās ēkas", "Labs modulis, iebildumu nav.", "—"],
        ["7.", "Mācību prakse",
         "Prakses apjoms (640 st.) nav sadalīts pa moduļiem; jānorāda prakses uzdevumi katram modulim.", "obligāti"],
    ], widths=(1, 4, 8.5, 2.5))
    para(d, "")
    para(d, "3. Piezīmes par PKE", bold=True)
    grid(d, [
        ["Nr.", "Eksāmena daļa", "Piezīme"],
        ["1.", "Teorētiskā daļa",
         "No 60 jautājumiem tikai 3 attiecas uz atjaunīgo energoresursu sistēmām un neviens – uz uzlādes infrastruktūru."],
        ["2.", "Teorētiskā daļa", "Vismaz 9 jautājumi balstīti uz spēku zaudējušiem normatīviem aktiem."],
        ["3.", "Praktiskā daļa",
         "Uzdevums (apgaismes grupas montāža) atbilst 3., nevis 4. LKI līmenim; nav iekļauta bojājumu meklēšana."],
        ["4.", "Vērtēšana",
         "Vērtēšanas lapā 40 % punktu piešķir par „darba kultūru” bez kritērijiem; vērtējums kļūst subjektīvs."],
        ["5.", "Aprīkojums", "Nav norādīts mērinstrumentu saraksts."],
    ], widths=(1, 3.5, 11.5))
    para(d, "")
    para(d, "4. Secinājumi", bold=True)
    para(d, "4.1. MIP saturs ir atbalstāms; pēc precizējumu veikšanas (2. sadaļas 1., 4. un 7. piezīme) "
            "virzāms saskaņošanai. Ieteikuma rakstura piezīmes darba grupa var ņemt vērā pēc saviem ieskatiem.",
         align="j")
    para(d, "4.2. PKE saturs pašreizējā redakcijā nav atbalstāms. Pēc eksāmena pārstrādes atbilstoši 3. sadaļā "
            "minētajam lūdzu organizēt atkārtotu ekspertīzi.", align="j")
    para(d, "")
    t = table(d, 2, 2, widths=(8, 8))
    cell_set(t.cell(0, 0), "Eksperte", bold=True)
    cell_set(t.cell(0, 1), "Paraksts / datums", bold=True)
    cell_set(t.cell(1, 0), "Laura Strazdiņa")
    cell_set(t.cell(1, 1), "(paraksts) / 17.04.2026.")
    footer_text(d, ["Elektrotehniķis_MIP_PKE_atzinums_LStrazdina"], size=7, align="r")
    return d


build("r14b30_Elektrotehnikis_MIP_PKE_Strazdina_galigais.docx", f30, "Laura Strazdiņa", (2026, 4, 15, 17, 0),
      rows=[("elektrotehniķis", MIP, NC, "Laura Strazdiņa", "2026-04-17", 4),
            ("elektrotehniķis", PKE, NS, "Laura Strazdiņa", "2026-04-17", 4)],
      design="Long (≈2 pages) formal review: key/value header, general assessment, MIP remarks table with 'obligāti/ieteikums' column, PKE remarks table, numbered 'Secinājumi'. Body traps: a module 'nav atbalstāms kā obligātais modulis', 'ieceri … atbalstu', 'iebildumu nav' for one module.",
      note="The Secinājumi section outranks the module-level remarks: MIP needs_corrections, PKE not_supported.")


# =========================================================================== 31
def f31():
    d = new_doc("Calibri", 11)
    para(d, "Nozares eksperta atzinums", bold=True, size=14)
    outer = table(d, 5, 2, widths=(4.5, 11.5))
    cell_set(outer.cell(0, 0), "Kvalifikācija", bold=True)
    cell_set(outer.cell(0, 1), "Koka izstrādājumu ražošanas tehniķis, LKI 4")
    cell_set(outer.cell(1, 0), "Piezīmes", bold=True)
    cell_set(outer.cell(1, 1), [
        "MIP: moduļi saskaņoti ar nozares kvalifikāciju struktūru; labi iestrādāta ražošanas digitalizācija.",
        "PKE: praktiskajā daļā jāprecizē, kādu izstrādājumu partiju plāno eksaminējamais (apjoms, termiņš), "
        "un jāpievieno vērtēšanas kritēriji tehnoloģiskajai dokumentācijai."])
    cell_set(outer.cell(2, 0), "Slēdziens", bold=True)
    c = outer.cell(2, 1)
    cell_set(c, "Atzīmēt ar X:", italic=True, size=9)
    inner = c.add_table(rows=4, cols=3)
    inner.style = "Table Grid"
    for j, h in enumerate(["", "MIP", "PKE"]):
        cell_set(inner.cell(0, j), h, bold=True, align="c")
    for i, o in enumerate(["Atbalstāms un virzāms saskaņošanai",
                           "Atbalstāms; virzāms saskaņošanai pēc precizējumiem",
                           "Nav atbalstāms"]):
        cell_set(inner.cell(i + 1, 0), o, size=10)
        cell_set(inner.cell(i + 1, 1), "X" if i == 0 else "", align="c")
        cell_set(inner.cell(i + 1, 2), "X" if i == 1 else "", align="c")
    c.add_paragraph("")
    cell_set(outer.cell(3, 0), "Eksperts", bold=True)
    cell_set(outer.cell(3, 1), "Mārtiņš Upenieks")
    cell_set(outer.cell(4, 0), "Datums", bold=True)
    cell_set(outer.cell(4, 1), "19.05.2026.")
    return d


build("r14b31_KIRT_MIP_PKE_Upenieks.docx", f31, "Mārtiņš Upenieks", (2026, 5, 19, 10, 10),
      rows=[("koka izstrādājumu ražošanas tehniķis", MIP, S, "Mārtiņš Upenieks", "2026-05-19", 4),
            ("koka izstrādājumu ražošanas tehniķis", PKE, NC, "Mārtiņš Upenieks", "2026-05-19", 4)],
      design="Outer key/value table whose 'Slēdziens' cell contains a nested table (options x MIP/PKE with X).",
      note="Marks only in the nested table. MIP option 1, PKE option 2.")


# =========================================================================== 32
def f32():
    d = new_doc("Calibri", 10)
    para(d, "PKE satura ekspertīze – meža nozares kvalifikācijas", bold=True, size=13)
    para(d, "Eksperts: Ēriks Sproģis. Šajā atzinumā vērtēts tikai eksāmenu (PKE) saturs; MIP vērtē J. Kļaviņš.")
    para(d, "Atbilstošajā ailē ielikt „V”.", italic=True, size=9)
    data = [
        ("Motorzāģa operators", "3", 2,
         "Praktiskajā daļā nav koku gāšanas uzdevuma – tikai sagarumošana; tas neatbilst kvalifikācijai."),
        ("Meža mašīnu operators", "3", 1,
         "Jāprecizē simulatora uzdevuma vērtēšanas skala; teorijā atjaunot atsauces uz Meža likumu."),
        ("Mežsaimniecības tehniķis", "4", 0, "Iebildumu nav."),
    ]
    t = table(d, len(data) + 1, 6, widths=(4.2, 1, 2.2, 2.4, 2, 4.2))
    for j, h in enumerate(["Kvalifikācija", "LKI", "Atbalstāms un virzāms saskaņošanai",
                           "Atbalstāms, pēc precizējumiem virzāms saskaņošanai", "Nav atbalstāms", "Piezīmes"]):
        cell_set(t.cell(0, j), h, bold=True, size=9, align="c" if 1 <= j <= 4 else None)
        shade(t.cell(0, j), "E2EFD9")
    for i, (q, l, ch, n) in enumerate(data, 1):
        cell_set(t.cell(i, 0), q)
        cell_set(t.cell(i, 1), l, align="c")
        for k in range(3):
            cell_set(t.cell(i, 2 + k), "V" if k == ch else "", align="c", bold=True)
        cell_set(t.cell(i, 5), n, size=9)
    para(d, "")
    para(d, "Datums: 03.06.2026.")
    return d


_e32 = ("Ēriks Sproģis", "2026-06-03")
build("r14b32_Mezs_PKE_3 kvalif_Sprogis.docx", f32, "Ēriks Sproģis", (2026, 6, 3, 15, 35),
      rows=[("motorzāģa operators", PKE, NS) + _e32 + (3,),
            ("meža mašīnu operators", PKE, NC) + _e32 + (3,),
            ("mežsaimniecības tehniķis", PKE, S) + _e32 + (4,)],
      design="PKE-only matrix of three qualifications with the options as column headings and 'V' marks; MIP explicitly reviewed by another expert.",
      note="No MIP rows (explicitly another expert). Notes column agrees with the marks.")


# =========================================================================== 33
def f33():
    d = new_doc("Calibri", 11)
    para(d, "Atzinums – Datorizētu kokapstrādes iekārtu operators", bold=True, size=13)
    kv_table(d, [
        ("LKI līmenis", "4"),
        ("Eksperts", "Dainis Rozītis"),
        ("Datums", "____________"),
    ], widths=(4, 12))
    para(d, "")
    grid(d, [
        ["", "MIP", "PKE"],
        ["Piezīmes",
         "Pārstrādātajā redakcijā iekļauts CAM programmēšanas modulis un CNC apstrādes centru apkope – "
         "iepriekšējās piezīmes ņemtas vērā.",
         "Praktiskais uzdevums paredz 5-asu apstrādi, kas lielākajā daļā skolu nav pieejama; vērtēšanas "
         "kritērijos nav paredzēta programmas simulācija pirms apstrādes."],
        ["Ieteikums", "Atbalstīts, virzīt saskaņošanai bez precizējumiem.",
         "Slēdzienu par PKE sniegšu pēc tikšanās ar darba grupu (plānota jūnija sākumā)."],
    ], widths=(3, 6.5, 6.5))
    return d


build("r14b33_RE_ DKIO atzinums_Rozitis.docx", f33, "Dainis", (2026, 5, 27, 19, 0),
      rows=[("datorizētu kokapstrādes iekārtu operators", MIP, S, "Dainis Rozītis", "", 4),
            ("datorizētu kokapstrādes iekārtu operators", PKE, U, "Dainis Rozītis", "", 4)],
      problems=["no_verdict"],
      design="Document x aspect grid (columns MIP | PKE, rows Piezīmes | Ieteikums); date field left as a blank line; PKE verdict explicitly postponed.",
      note="Date empty (blank line only; core 'created' is not the review date). PKE is covered (remarks) but the verdict is deferred -> unknown + no_verdict. MIP 'Atbalstīts … bez precizējumiem' = supported.")


# =========================================================================== 34
def f34():
    d = new_doc("Arial", 10)
    para(d, "NOZARES EKSPERTA ATZINUMS", bold=True, align="c", size=13)
    kv_table(d, [
        ("Profesionālā kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"),
        ("LKI līmenis", "3"),
        ("Nozare", "Enerģētika"),
    ], widths=(5.5, 10.5))
    para(d, "")
    for doc, ch in (("MIP", 0), ("PKE", 1)):
        para(d, doc + " – slēdziens", bold=True)
        for i, o in enumerate(OPT3):
            p = para(d, "", indent=0.5, space_after=1)
            add_run(p, "☑" if i == ch else "☐", font="MS Gothic")
            add_run(p, "  " + o[0].upper() + o[1:])
        para(d, "")
    para(d, [("Precizējumi PKE: ", {"bold": True}),
             "teorētiskajā daļā jāiekļauj jautājumi par aukstumaģentu noplūdes pārbaudi; praktiskā uzdevuma "
             "aprakstā jānorāda iekārtas tips un jauda."], align="j")
    para(d, "")
    kv_table(d, [("Eksperts", ""), ("Datums", "10.06.2026.")], widths=(5.5, 10.5))
    return d


build("r14b34_atzinums_VGK_iekartu_remontatsl.docx", f34, "", (2026, 6, 10, 9, 5),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", MIP, S, "", "2026-06-10", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", PKE, NC, "", "2026-06-10", 3)],
      design="Anonymous form: Eksperts cell empty, core author empty; options as paragraphs with typed ☑/☐ glyphs (MS Gothic).",
      note="Expert empty: the review does not name its author. Date present.")


# --------------------------------------------------------------------------- outputs

def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for fi in FILES:
            for r in fi["rows"]:
                w.writerow([fi["name"]] + list(r))
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for fi in FILES:
            for c in fi["problems"]:
                w.writerow([fi["name"], c])
    lines = ["# r14b – blind set: forms and tables", "",
             "Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold: `expected.csv`, "
             "`expected_problems.csv`. Verdict codes: S = supported, NC = needs_corrections, "
             "NS = not_supported, U = unknown.", "",
             "| file | design | gold (doc: verdict) | judgement calls |", "|---|---|---|---|"]
    ab = {S: "S", NC: "NC", NS: "NS", U: "U"}
    for fi in FILES:
        g = "; ".join("%s %s: %s" % (r[0], r[1], ab[r[2]]) for r in fi["rows"]) or "— (no rows)"
        if fi["problems"]:
            g += " · problems: " + ", ".join(fi["problems"])
        lines.append("| %s | %s | %s | %s |" % (fi["name"], fi["design"].replace("|", "/"), g,
                                                fi["note"].replace("|", "/")))
    nrows = sum(len(fi["rows"]) for fi in FILES)
    nonrev = sum(1 for fi in FILES if not fi["rows"])
    lines += ["", "Totals: %d files, %d gold rows, %d non-review files." % (len(FILES), nrows, nonrev), ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("files:", len(FILES), "rows:", nrows, "non-reviews:", nonrev)


write_outputs()
