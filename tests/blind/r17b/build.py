# -*- coding: utf-8 -*-
"""Build the r17b blind evaluation set: Latvian expert reviews as filled-in forms and tables.

Run: /work/hvenv/bin/python build.py
Each file is built by one function; its gold labels sit in the build(...) call right below it.
Writes the .docx files, expected.csv, expected_problems.csv and README.md into this folder.
"""
import csv
import os
from copy import deepcopy
from datetime import datetime, timedelta

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []
_ids = {"rev": 100, "sdt": 0, "ff": 0}

# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------

def new_doc(font="Times New Roman", size=12):
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
    return d


def R(p, text, bold=False, italic=False, underline=False, strike=False, size=None, font=None, color=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if underline:
        r.underline = True
    if strike:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if font:
        set_font(r, font)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def set_font(run, font):
    run.font.name = font
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def P(container, text="", bold=False, italic=False, underline=False, size=None, align=None, style=None,
      space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        R(p, text, bold=bold, italic=italic, underline=underline, size=size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cset(cell, text="", bold=False, italic=False, size=None, align=None):
    """Replace the cell's text; '\n' makes separate paragraphs. Returns the first paragraph."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    if lines[0]:
        R(first, lines[0], bold=bold, italic=italic, size=size)
    for ln in lines[1:]:
        p = cell.add_paragraph()
        if ln:
            R(p, ln, bold=bold, italic=italic, size=size)
    if align == "c":
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return first


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, data, style="Table Grid", bold_first_col=False, header=False, widths=None, size=None):
    """data: list of rows (lists of str or None). Returns the table."""
    ncols = max(len(r) for r in data)
    t = container.add_table(rows=len(data), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            if val is None:
                continue
            b = (header and i == 0) or (bold_first_col and j == 0)
            cset(t.cell(i, j), val, bold=b, size=size)
            if header and i == 0:
                shade(t.cell(i, j))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def glyph(p, checked, on="☒", off="☐", font="MS Gothic"):
    r = p.add_run(on if checked else off)
    set_font(r, font)
    return r


def wsym(p, char, font="Wingdings"):
    r = parse_xml('<w:r %s><w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s"/></w:rPr>'
                  '<w:sym w:font="%s" w:char="%s"/></w:r>' % (nsdecls("w"), font, font, font, char))
    p._p.append(r)


def sdt_box(p, checked):
    _ids["sdt"] += 1
    sid = 1843000000 + _ids["sdt"] * 7919
    g = "☒" if checked else "☐"
    xml = (
        '<w:sdt %s><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" '
        'w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (nsdecls("w", "w14"), sid, 1 if checked else 0, g))
    p._p.append(parse_xml(xml))


def form_box(p, checked, how="checked"):
    """Legacy FORMCHECKBOX field. how='checked' -> <w:checked/>, how='default' -> <w:default w:val=1/>."""
    _ids["ff"] += 1
    name = "Check%d" % _ids["ff"]
    default = "1" if (checked and how == "default") else "0"
    chk = "<w:checked/>" if (checked and how == "checked") else ""
    begin = ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/>'
             '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="%s"/>%s</w:checkBox>'
             '</w:ffData></w:fldChar></w:r>' % (nsdecls("w"), name, default, chk))
    instr = '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")
    end = '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")
    for x in (begin, instr, end):
        p._p.append(parse_xml(x))


def tracked(p, kind, text, author, date, font=None, bold=False):
    _ids["rev"] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_ids["rev"]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    if font or bold:
        rpr = OxmlElement("w:rPr")
        if font:
            rf = OxmlElement("w:rFonts")
            for a in ("w:ascii", "w:hAnsi", "w:eastAsia"):
                rf.set(qn(a), font)
            rpr.append(rf)
        if bold:
            rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def header_lines(doc, lines, align=None, size=9, bold_first=False):
    h = doc.sections[0].header
    h.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = h.paragraphs[0] if first else h.add_paragraph()
        R(p, ln, size=size, bold=(bold_first and first))
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first = False
    return h


def footer_lines(doc, lines, align=None, size=9):
    f = doc.sections[0].footer
    f.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = f.paragraphs[0] if first else f.add_paragraph()
        R(p, ln, size=size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        first = False
    return f


def hr(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
                    % nsdecls("w"))
    pPr.append(bdr)
    return p


def build(name, doc, author, created, rows, problems=(), note="", modified_by=None, title=""):
    cp = doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created + timedelta(hours=3, minutes=17)
    cp.last_modified_by = modified_by if modified_by is not None else author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.revision = 2 + len(name) % 5
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, dt, lki = r
        assert d in ("MIP", "PKE") and v in ("supported", "needs_corrections", "not_supported", "unknown")
        ROWS.append([name, q, d, v, e, dt, str(lki) if lki != "" else ""])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBS.append([name, c])
    NOTES.append((name, note))


OPT_LV = [
    "Saturs ir atbalstāms un virzāms saskaņošanai",
    "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
    "Saturs nav atbalstāms",
]

# ----------------------------------------------------------------------------------------------
# 01  key/value table (value right) + summary table document | verdict | notes
# ----------------------------------------------------------------------------------------------

def f01():
    d = new_doc("Times New Roman", 12)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, size=14, align="c")
    P(d, "par profesionālās izglītības iestādes darba grupas izstrādāto modulārās izglītības programmas "
         "un profesionālās kvalifikācijas eksāmena saturu", align="c")
    table(d, [
        ["Profesionālās kvalifikācijas nosaukums", "Mēbeļu galdnieks"],
        ["LKI līmenis", "4"],
        ["Nozare", "Kokrūpniecība"],
        ["Izstrādātājs", "Profesionālās izglītības kompetences centra darba grupa (koordinējošā skola)"],
        ["Nozares eksperts", "Dace Liepiņa"],
        ["Atzinuma datums", "2026. gada 9. februārī"],
    ], bold_first_col=True, widths=[6, 10])
    P(d)
    P(d, "1. Vērtējuma kopsavilkums", bold=True)
    table(d, [
        ["Dokuments", "Eksperta slēdziens", "Piezīmes"],
        ["MIP (modulārā izglītības programma)",
         "Saturs ir atbalstāms; virzāms saskaņošanai pēc precizējumu veikšanas",
         "Precizējumi uzskaitīti 2. sadaļā (1.–4. punkts)."],
        ["PKE (kvalifikācijas eksāmena saturs)",
         "Atbalstāms un virzāms saskaņošanai",
         "Praktiskās daļas uzdevumi atbilst profesijas standartam; precizējumi nav nepieciešami."],
    ], header=True, widths=[4.5, 6, 6])
    P(d)
    P(d, "2. Precizējumi MIP saturā", bold=True)
    for t in [
        "1) Modulī „Korpusa mēbeļu izgatavošana” papildināt sasniedzamos rezultātus ar furnitūras montāžu "
        "pēc ražotāja tehniskās dokumentācijas.",
        "2) Modulī „Mīksto mēbeļu elementi” precizēt, ka darbs ar putu materiāliem notiek, ievērojot "
        "ugunsdrošības prasības.",
        "3) Saskaņot mācību stundu sadalījumu starp A un B daļas moduļiem – pašlaik kopsumma tabulā "
        "nesakrīt ar programmas kopējo apjomu (ir par 24 stundām vairāk).",
        "4) Pievienot CNC apstrādes centra programmēšanas pamatus kā izvēles moduli, jo nozares uzņēmumi "
        "šādas prasmes sagaida jau no 4. līmeņa absolventiem.",
    ]:
        P(d, t, align="j")
    P(d)
    P(d, "3. Vispārīgs komentārs", bold=True)
    P(d, "Darba grupa ir paveikusi rūpīgu darbu, programmas struktūra ir pārskatāma un moduļu secība "
         "loģiska. Eksāmena saturs ir līdzsvarots starp teorētisko un praktisko daļu.", align="j")
    return d


build("r17b01_Atzinums_Mebelu galdnieks_Liepina.docx", f01(), "Dace Liepiņa", datetime(2026, 2, 9, 8, 40),
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Dace Liepiņa", "2026-02-09", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Dace Liepiņa", "2026-02-09", 4)],
      note="Key/value table (value right) + summary table Dokuments | Slēdziens | Piezīmes. MIP condition is "
           "in the verdict cell ('virzāms saskaņošanai pēc precizējumu veikšanas', word order swapped); PKE "
           "notes say 'precizējumi nav nepieciešami' (negated corrections, supported).")

# ----------------------------------------------------------------------------------------------
# 02  all options printed, ☒/☐ typed glyphs per document column; name only as initial in Paraksts / datums
# ----------------------------------------------------------------------------------------------

def f02():
    d = new_doc("Calibri", 11)
    header_lines(d, ["LDDK | Nozaru ekspertu iesaiste | 4.2.2.9. pasākums", "Ekspertīzes veidlapa E-07"],
                 align="r", size=8)
    P(d, "Eksperta vērtējuma veidlapa", bold=True, size=14)
    table(d, [
        ["Profesionālā kvalifikācija", "Elektromontieris"],
        ["LKI līmenis", "3. līmenis"],
        ["Nozare", "Enerģētika"],
        ["Vērtētie dokumenti", "MIP projekts (redakcija 2026-02-17) un PKE saturs"],
    ], bold_first_col=True, widths=[5.5, 10.5])
    P(d)
    P(d, "Eksperta vērtējums (katram dokumentam atzīmēt vienu variantu)", bold=True)
    t = table(d, [["Vērtējums", "MIP", "PKE"]] + [[o, "", ""] for o in OPT_LV], header=True,
              widths=[11, 2.5, 2.5])
    marks = {(1, 1): False, (1, 2): True, (2, 1): True, (2, 2): False, (3, 1): False, (3, 2): False}
    for (i, j), ch in marks.items():
        c = t.cell(i, j)
        glyph(c.paragraphs[0], ch)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    P(d, "Precizējumi / komentāri", bold=True)
    table(d, [[
        "MIP: 3. modulī „Zemsprieguma kabeļu līniju montāža” jāaktualizē atsauces uz LEK standartiem (spēkā "
        "esošās redakcijas); 5. modulī jāiekļauj darbs ar uzlādes stacijām elektroauto. Pēc šo precizējumu "
        "veikšanas programmu var virzīt saskaņošanai.\n"
        "PKE: iebildumu nav."]], widths=[16])
    P(d)
    table(d, [["Paraksts / datums", "E. Kalniņa        03.03.2026."]], bold_first_col=True, widths=[5.5, 10.5])
    return d


build("r17b02_Elektromontieris MIP PKE vērtējums.docx", f02(), "Laura Zeltiņa", datetime(2026, 3, 3, 15, 2),
      rows=[("elektromontieris", "MIP", "needs_corrections", "E. Kalniņa", "2026-03-03", 3),
            ("elektromontieris", "PKE", "supported", "E. Kalniņa", "2026-03-03", 3)],
      note="Option matrix (3 canonical options x MIP/PKE columns) marked with typed ☒/☐ in MS Gothic. The name "
           "exists only as initial + surname in the 'Paraksts / datums' cell, so expert = 'E. Kalniņa'. Author "
           "property is the coordinator.")

# ----------------------------------------------------------------------------------------------
# 03  Wingdings w:sym boxes; name and date only in the footer
# ----------------------------------------------------------------------------------------------

def f03():
    d = new_doc("Arial", 10)
    header_lines(d, ["LDDK deleģētā nozares eksperta atzinums"], align="r", size=8)
    footer_lines(d, ["Ekspertīzi veica: Inguna Krūmiņa  |  2026-01-27"], align="c", size=8)
    P(d, "Motorzāģa operators – MIP un PKE satura ekspertīze", bold=True, size=13)
    P(d, "Kokrūpniecības nozare, LKI 3. līmenis")
    P(d)
    t = table(d, [["", "MIP", "PKE"],
                  ["atbalstāms un virzāms saskaņošanai", "", ""],
                  ["atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
                  ["nav atbalstāms", "", ""]], header=True, widths=[11, 2.5, 2.5])
    marks = {1: (False, False), 2: (False, True), 3: (True, False)}
    for i, (m, pk) in marks.items():
        for j, ch in ((1, m), (2, pk)):
            p = t.cell(i, j).paragraphs[0]
            wsym(p, "F0FE" if ch else "F0A8")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    P(d, "Pamatojums", bold=True)
    P(d, "MIP. Programmā nav iekļauti rezultāti par koku gāšanu sarežģītos apstākļos (vējgāzes, sasvērušies "
         "koki), un darba aizsardzības prasības ir aprakstītas vienā teikumā. Praktisko mācību apjoms mežā ir "
         "mazāks par pusi no programmas, kas neatbilst nozares prasībām. Programma jāpārstrādā un jāiesniedz "
         "atkārtotai ekspertīzei.", align="j")
    P(d, "PKE. Teorētiskās daļas jautājumi kopumā atbilstoši. Praktiskajā uzdevumā jāpapildina vērtēšanas "
         "kritēriji par motorzāģa ķēdes asināšanu un drošības aprīkojuma pārbaudi pirms darba. Kad tas būs "
         "izdarīts, eksāmena saturu var virzīt saskaņošanai.", align="j")
    return d


build("r17b03_motorzaga_operators_ekspertize_galigais.docx", f03(), "Kaspars Mucenieks",
      datetime(2026, 1, 28, 9, 12),
      rows=[("motorzāģa operators", "MIP", "not_supported", "Inguna Krūmiņa", "2026-01-27", 3),
            ("motorzāģa operators", "PKE", "needs_corrections", "Inguna Krūmiņa", "2026-01-27", 3)],
      note="Option matrix with Wingdings w:sym glyphs (F0FE checked, F0A8 empty) - no text for the marks. Expert "
           "name and date appear only in the page footer. Reasons in the body agree with the marks.")

# ----------------------------------------------------------------------------------------------
# 04  content-control checkboxes, MIP only (PKE explicitly by another expert)
# ----------------------------------------------------------------------------------------------

def f04():
    d = new_doc("Calibri", 11)
    P(d, "Atzinums par modulārās izglītības programmas saturu", bold=True, size=14)
    table(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["Līmenis", "4. LKI"],
        ["Vērtētais dokuments", "Modulārā izglītības programma (MIP)"],
        ["Piezīme", "PKE saturu šajā kārtā vērtē cits nozares eksperts, tāpēc šis atzinums attiecas tikai uz MIP."],
    ], bold_first_col=True, widths=[5, 11])
    P(d)
    P(d, "Eksperta lēmums (atzīmēt):", bold=True)
    for txt, ch in [("Atbalstāms un virzāms saskaņošanai", True),
                    ("Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", False),
                    ("Nav atbalstāms", False)]:
        p = d.add_paragraph()
        sdt_box(p, ch)
        R(p, "  " + txt)
    P(d)
    P(d, "Komentāri", bold=True)
    P(d, "Moduļu secība ir loģiska, sasniedzamie rezultāti formulēti izmērāmi. Labi, ka programmā ir ietverta "
         "saules elektrostaciju pieslēgšana un viedo skaitītāju uzstādīšana. Pie programmas satura man nav "
         "iebildumu.", align="j")
    P(d)
    table(d, [["Eksperts", "Raimonds Eglītis"], ["Datums", "14.04.2026."]], bold_first_col=True, widths=[5, 11])
    return d


build("r17b04_Elektrotehniķis_MIP_atzinums_Eglitis.docx", f04(), "Raimonds Eglītis", datetime(2026, 4, 14, 11, 5),
      rows=[("elektrotehniķis", "MIP", "supported", "Raimonds Eglītis", "2026-04-14", 4)],
      note="Verdict options as w14:checkbox content controls (only the first checked); paragraph.text misses the "
           "boxes entirely. PKE explicitly reviewed by another expert ('attiecas tikai uz MIP') -> no PKE row. "
           "'nav iebildumu' is positive.")

# ----------------------------------------------------------------------------------------------
# 05  legacy FORMCHECKBOX fields
# ----------------------------------------------------------------------------------------------

def f05():
    d = new_doc("Times New Roman", 11)
    P(d, "ATZINUMS", bold=True, size=14, align="c")
    P(d, "par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa kvalifikācijas MIP un PKE saturu", align="c")
    table(d, [
        ["Kvalifikācija", "VGK sistēmu tehniķis"],
        ["LKI", "4"],
        ["Nozare", "Enerģētika"],
    ], bold_first_col=True, widths=[5, 11])
    P(d)
    t = table(d, [["Dokuments", "Vērtējums"], ["MIP", ""], ["PKE", ""]], header=True, widths=[3, 13])
    for i, choice, how in ((1, 1, "checked"), (2, 1, "default")):
        c = t.cell(i, 1)
        first = True
        for k, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                               "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                               "nav atbalstāms"]):
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            form_box(p, k == choice, how)
            R(p, " " + o)
    P(d)
    P(d, "Nepieciešamie precizējumi", bold=True)
    P(d, "MIP – modulī „Gaisa apstrādes iekārtu regulēšana” jāpapildina ar rekuperācijas efektivitātes mērījumiem; "
         "jānovērš neatbilstība starp moduļa aprakstu un stundu tabulu (6. modulis).")
    P(d, "PKE – praktiskā uzdevuma vērtēšanas lapā jānorāda pieļaujamās novirzes gaisa plūsmas mērījumos; "
         "teorijas testā 14. un 22. jautājums dublējas.")
    P(d)
    P(d, "Eksperte: Sandra Purmale")
    P(d, "Datums: 21.04.2026")
    return d


build("r17b05_VGK sistemu tehnikis_Purmale (1).docx", f05(), "Sandra", datetime(2026, 4, 21, 17, 40),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections",
             "Sandra Purmale", "2026-04-21", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
             "Sandra Purmale", "2026-04-21", 4)],
      note="Legacy FORMCHECKBOX fields, no text at all; MIP box uses <w:checked/>, PKE box uses "
           "<w:default w:val=1>. Qualification by alias 'VGK sistēmu tehniķis' in the table and in genitive in "
           "the title. Author property = first name only.")

# ----------------------------------------------------------------------------------------------
# 06  "nevajadzīgo svītrot" - strike-through of non-chosen options
# ----------------------------------------------------------------------------------------------

def f06():
    d = new_doc("Times New Roman", 12)
    P(d, "Nozares eksperta slēdziens", bold=True, size=14, align="c")
    P(d, "Profesionālā kvalifikācija: Meža mašīnu operators (LKI 3)")
    P(d, "Izstrādātājs: darba grupa, koordinators – Kokrūpniecības nozares PIKC")
    P(d)
    P(d, "Slēdziens (nevajadzīgo svītrot):", bold=True)
    t = table(d, [["MIP saturs", ""], ["PKE saturs", ""]], bold_first_col=True, widths=[3.5, 12.5])
    opts = ["ir atbalstāms un virzāms saskaņošanai",
            "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for i, keep in ((0, 0), (1, 2)):
        p = t.cell(i, 1).paragraphs[0]
        for k, o in enumerate(opts):
            R(p, o, strike=(k != keep))
            if k < 2:
                R(p, " / ")
    P(d)
    P(d, "Pamatojums PKE vērtējumam", bold=True)
    P(d, "Eksāmena praktiskā daļa paredz tikai darbu harvestera simulatorā; reālā mašīnā netiek pārbaudīta ne "
         "ikdienas apkope, ne hidraulikas noplūžu pārbaude. Teorijas jautājumu kopā ir vairāki jautājumi par "
         "motorzāģi, kas attiecas uz citu kvalifikāciju. Eksāmena saturs jāpārstrādā, pēc tam vajadzīga jauna "
         "ekspertīze.", align="j")
    P(d, "MIP piezīmju nav.")
    P(d)
    table(d, [["Eksperts:", "Valdis Siliņš"], ["Datums:", "2026. gada 5. maijā"]], style=None, widths=[3.5, 8])
    return d


build("r17b06_MMO_atzinums_Silins.docx", f06(), "Kaspars Mucenieks", datetime(2026, 5, 5, 19, 20),
      rows=[("meža mašīnu operators", "MIP", "supported", "Valdis Siliņš", "2026-05-05", 3),
            ("meža mašīnu operators", "PKE", "not_supported", "Valdis Siliņš", "2026-05-05", 3)],
      note="'nevajadzīgo svītrot': all three options printed per document, non-chosen ones carry w:strike. "
           "MIP keeps the supported option, PKE keeps 'nav atbalstāms' (reason text agrees). Name/date in a "
           "borderless two-column table at the end.")

# ----------------------------------------------------------------------------------------------
# 07  "vajadzīgo pasvītrot" - underline marks the choice
# ----------------------------------------------------------------------------------------------

def f07():
    d = new_doc("Cambria", 11)
    P(d, "Būvizstrādājumu galdnieks", bold=True, size=15)
    P(d, "MIP un PKE satura ekspertīzes rezultāts", italic=True)
    table(d, [["Eksperte", "Gunta Sproģe"], ["Datums", "2026-02-18"], ["LKI līmenis", "4"]],
          bold_first_col=True, widths=[4, 8])
    P(d)
    P(d, "Vērtējums (vajadzīgo pasvītrot)", bold=True)
    t = table(d, [["Modulārā izglītības programma", ""], ["Kvalifikācijas eksāmena saturs", ""]],
              bold_first_col=True, widths=[5, 11])
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for i, pick in ((0, 1), (1, 0)):
        c = t.cell(i, 1)
        for k, o in enumerate(opts):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            R(p, o, underline=(k == pick))
    P(d)
    P(d, "Piezīmes", bold=True)
    P(d, "Programmā jāprecizē logu un durvju montāžas moduļa saturs (siltumtehniskās prasības, montāžas "
         "materiāli atbilstoši LVS EN standartiem) un jānovērš drukas kļūdas moduļu nosaukumos. Ja šie "
         "precizējumi tiks veikti, atkārtota ekspertīze programmai nav nepieciešama.", align="j")
    P(d, "Eksāmena saturs ir labi sagatavots, uzdevumi atbilst praksei.", align="j")
    return d


build("r17b07_Buvizstradajumu galdnieks - ekspertize.docx", f07(), "Gunta Sproģe", datetime(2026, 2, 18, 13, 30),
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Gunta Sproģe", "2026-02-18", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Gunta Sproģe", "2026-02-18", 4)],
      note="'vajadzīgo pasvītrot': options printed one per line inside a cell, the chosen one underlined. Documents "
           "named in full ('Modulārā izglītības programma', 'Kvalifikācijas eksāmena saturs'), not by acronym.")

# ----------------------------------------------------------------------------------------------
# 08  bold marks the choice; PKE only
# ----------------------------------------------------------------------------------------------

def f08():
    d = new_doc("Calibri", 11)
    P(d, "PKE satura ekspertīze", bold=True, size=14)
    table(d, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis (LKI 4)"],
        ["Vērtētais dokuments", "Profesionālās kvalifikācijas eksāmena saturs. MIP ekspertīze tiks veikta "
                                "projekta 5. posmā, šajā atzinumā tā netiek vērtēta."],
        ["Eksperts", "Kristaps Leimanis"],
        ["Datums", "2026. gada 11. martā"],
    ], bold_first_col=True, widths=[4.5, 11.5])
    P(d)
    t = table(d, [["Vērtējums\n(atbilstošo iezīmēt treknrakstā)", ""]], bold_first_col=True, widths=[4.5, 11.5])
    c = t.cell(0, 1)
    for k, o in enumerate(["Atbalstāms un virzāms saskaņošanai",
                           "Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                           "Nav atbalstāms"]):
        p = c.paragraphs[0] if k == 0 else c.add_paragraph()
        R(p, o, bold=(k == 1))
    P(d)
    P(d, "Precizējamie jautājumi", bold=True)
    P(d, "– 3. uzdevumā (ražošanas procesa plānošana) jānorāda, kādus izejas datus eksaminējamais saņem;")
    P(d, "– 5. uzdevuma vērtēšanas kritērijos punktu summa nav 100;")
    P(d, "– teorijas daļā jāiekļauj vismaz 2 jautājumi par koksnes atlikumu izmantošanu (aprites ekonomika).")
    return d


build("r17b08_KIRT_PKE_Leimanis.docx", f08(), "Kristaps", datetime(2026, 3, 11, 10, 0),
      rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Kristaps Leimanis",
             "2026-03-11", 4)],
      note="Chosen option shown only by bold, with the printed instruction 'atbilstošo iezīmēt treknrakstā'; "
           "list of corrections agrees. MIP explicitly out of scope (next stage) -> no MIP row.")

# ----------------------------------------------------------------------------------------------
# 09  criteria tables Jā/Nē with an overall row, one per document
# ----------------------------------------------------------------------------------------------

def f09():
    d = new_doc("Arial", 10)
    P(d, "Mehatronisko sistēmu tehniķis (LKI 4)", bold=True, size=13)
    P(d, "Ekspertīzes kritēriju tabula – MIP un PKE")
    P(d, "Eksperts: Mg.sc.ing. Artūrs Dreimanis, Mašīnbūve un metālapstrāde")
    P(d)
    P(d, "A. Modulārā izglītības programma", bold=True)
    crit_mip = [
        ("MIP mērķis un uzdevumi atbilst kvalifikācijas prasībām", True, ""),
        ("Moduļu sasniedzamie rezultāti ir formulēti izmērāmi", False,
         "Moduļos „Pneimatiskās sistēmas” un „PLC programmēšana” rezultāti formulēti pārāk vispārīgi."),
        ("Ietvertas nozarē aktuālās jaunās prasmes (digitālās, zaļās)", True, ""),
        ("Mācību stundu apjoms ir samērīgs", True, ""),
        ("Aprakstītas darba vidē balstītu mācību iespējas", False, "Jāpapildina ar uzņēmumu prakses uzdevumiem."),
    ]
    data = [["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"]]
    for n, (k, ok, cm) in enumerate(crit_mip, 1):
        data.append([str(n), k, "X" if ok else "", "" if ok else "X", cm])
    data.append(["", "Kopējais vērtējums", "", "", ""])
    t = table(d, data, header=True, widths=[1, 6, 1.2, 1.2, 6.6], size=9)
    last = t.rows[-1]
    m = last.cells[1].merge(last.cells[4])
    cset(m, "Kopējais vērtējums: atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", bold=True, size=9)
    P(d)
    P(d, "B. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
    crit_pke = [
        "Eksāmena uzdevumi aptver kvalifikācijas pamatprasmes",
        "Vērtēšanas kritēriji ir skaidri un objektīvi",
        "Teorētiskās un praktiskās daļas proporcija ir atbilstoša",
        "Eksāmena norisei nepieciešamais aprīkojums ir pieejams skolās",
    ]
    data = [["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"]]
    for n, k in enumerate(crit_pke, 1):
        data.append([str(n), k, "X", "", ""])
    data.append(["", "", "", "", ""])
    t = table(d, data, header=True, widths=[1, 6, 1.2, 1.2, 6.6], size=9)
    last = t.rows[-1]
    m = last.cells[1].merge(last.cells[4])
    cset(m, "Kopējais vērtējums: atbalstāms un virzāms saskaņošanai", bold=True, size=9)
    P(d)
    P(d, "Rīga, 10.03.2026")
    return d


build("r17b09_Mehatronika_MIP_PKE_kriteriji_Dreimanis_v2.docx", f09(), "Agnese Strautmane",
      datetime(2026, 3, 10, 16, 45),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Artūrs Dreimanis", "2026-03-10", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Artūrs Dreimanis", "2026-03-10", 4)],
      note="Criterion tables Jā/Nē with X marks, each ending in a merged 'Kopējais vērtējums' row that carries "
           "the verdict (MIP has two 'Nē' rows but the overall row says corrections, not rejection). Title "
           "'Mg.sc.ing.' stripped from the expert name.")

# ----------------------------------------------------------------------------------------------
# 10  Outlook e-mail with Latvian headers, reply on top, coordinator's request quoted below
# ----------------------------------------------------------------------------------------------

def email_head(d, pairs, sender_banner=None):
    if sender_banner:
        P(d, sender_banner, bold=True, size=13)
        hr(d)
    for k, v in pairs:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        R(p, k + "\t", bold=True)
        R(p, v)
    P(d)


def f10():
    d = new_doc("Calibri", 11)
    email_head(d, [
        ("No:", "Normunds Grīnbergs <normunds.grinbergs@kokmeistars.lv>"),
        ("Nosūtīts:", "otrdiena, 2026. gada 24. marts 10:42"),
        ("Kam:", "Kaspars Mucenieks <kaspars.mucenieks@lddk.lv>"),
        ("Tēma:", "RE: Kokapstrādes iekārtu operators – MIP un PKE ekspertīze"),
    ], sender_banner="Kaspars Mucenieks")
    P(d, "Labdien, Kaspar!")
    P(d, "Izskatīju abus dokumentus, ko atsūtījāt 16. martā. Īsumā:")
    table(d, [["Dokuments", "Mans vērtējums"],
              ["MIP", "atbalstāma, var virzīt saskaņošanai"],
              ["PKE", "atbalstāms un virzāms saskaņošanai, labojumi nav vajadzīgi"]], header=True, widths=[3, 10])
    P(d)
    P(d, "Pāris ieteikumu skolai nākamajai redakcijai (uz saskaņošanu tie neattiecas): lentzāģa un "
         "formātzāģa apkopes uzdevumus varētu apvienot vienā praktiskajā darbā, un izvēles modulī derētu "
         "pieminēt putekļu nosūkšanas sistēmu filtru maiņu.")
    P(d, "Ar cieņu")
    p = P(d, "Normunds Grīnbergs")
    P(d, "SIA „Kokmeistars”, ražošanas vadītājs", size=9)
    P(d)
    hr(d)
    email_head(d, [
        ("No:", "Kaspars Mucenieks <kaspars.mucenieks@lddk.lv>"),
        ("Nosūtīts:", "pirmdiena, 2026. gada 16. marts 14:05"),
        ("Kam:", "Normunds Grīnbergs <normunds.grinbergs@kokmeistars.lv>"),
        ("Tēma:", "Kokapstrādes iekārtu operators – MIP un PKE ekspertīze"),
    ])
    P(d, "Labdien, Normund!")
    P(d, "Pielikumā kokapstrādes iekārtu operatora (LKI 3) MIP un PKE projekti. Lūdzu līdz 25. martam sniegt "
         "vērtējumu par katru dokumentu atsevišķi, norādot vienu no variantiem: „saturs ir atbalstāms un "
         "virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai "
         "„saturs nav atbalstāms”. Ja saturs nav atbalstāms, lūdzu īsi pamatot.")
    P(d, "Paldies!")
    P(d, "Kaspars Mucenieks")
    P(d, "LDDK projekta koordinators kokrūpniecības nozarē", size=9)
    return d


build("r17b10_RE Kokapstrades iekartu operators - ekspertize.docx", f10(), "Kaspars Mucenieks",
      datetime(2026, 3, 24, 11, 3),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Normunds Grīnbergs", "2026-03-24", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Normunds Grīnbergs", "2026-03-24", 3)],
      note="Outlook e-mail printed to Word (LV headers No/Nosūtīts/Kam/Tēma, printing account banner = "
           "coordinator). Expert's reply has a small verdict table; the coordinator's quoted request below "
           "lists all three options and must not count. Optional suggestions explicitly 'uz saskaņošanu "
           "neattiecas' -> supported. Date = sent date of the reply.")

# ----------------------------------------------------------------------------------------------
# 11  Gmail print, English chrome, body without diacritics; MIP only
# ----------------------------------------------------------------------------------------------

def f11():
    d = new_doc("Arial", 10)
    t = table(d, [["Gmail", "Kaspars Mucenieks <kaspars.mucenieks@gmail.com>"]], style=None, widths=[4, 12])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr(d)
    P(d, "Re: DKIO - MIP un PKE ekspertizei", bold=True, size=13)
    P(d, "2 messages", size=8)
    hr(d)
    t = table(d, [["Oskars Pētersons <oskars.petersons@cncwood.lv>", "Thu, Apr 9, 2026 at 9:15 PM"]],
              style=None, widths=[11, 5])
    t.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t.cell(0, 0).paragraphs[0].runs[0].bold = True
    P(d, "To: Kaspars Mucenieks <kaspars.mucenieks@gmail.com>", size=9)
    P(d)
    for ln in [
        "Sveiki,",
        "paskatijos MIP (datorizeto kokapstrades iekartu operators, 4.LKI). Atklati sakot, saja versija "
        "programmu nevaru atbalstit - CNC programmesanas modulis praktiski nokopets no vecas programmas, nav "
        "CAM, nav 5-asu apstrades, darba drosiba viens teikums. Stundu sadalijums ari neatbilst. Janem atpakal "
        "skolai un japarstrada, tad skatisos velreiz.",
        "PKE vel neesmu skatijis, to atsutisu atseviski nakamnedel.",
        "Oskars",
    ]:
        P(d, ln)
    P(d)
    P(d, "On Mon, Apr 6, 2026 at 11:02 AM Kaspars Mucenieks <kaspars.mucenieks@gmail.com> wrote:", size=9)
    for ln in [
        "> Sveiks, Oskar!",
        "> Pielikumā datorizētu kokapstrādes iekārtu operatora MIP un PKE (pēdējās redakcijas no skolas).",
        "> Lūdzu par katru dokumentu norādi, vai saturs ir atbalstāms un virzāms saskaņošanai, vai virzāms tikai",
        "> pēc precizējumiem, vai arī nav atbalstāms. Termiņš 17. aprīlis.",
        "> Kaspars",
    ]:
        P(d, ln, size=9, italic=True, space_after=0)
    return d


build("r17b11_Fwd RE DKIO MIP.docx", f11(), "Kaspars Mucenieks", datetime(2026, 4, 10, 8, 20),
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "Oskars Pētersons",
             "2026-04-09", 4)],
      note="Gmail printout (English chrome: 'Thu, Apr 9, 2026 at 9:15 PM', 'wrote:'), reply typed without "
           "diacritics ('nevaru atbalstit ... japarstrada'). Name only in the Gmail sender line (signature is a "
           "first name). PKE 'vel neesmu skatijis' = not covered yet -> no PKE row. Quoted request lists all "
           "options.")

# ----------------------------------------------------------------------------------------------
# 12  summary table with several qualifications, one not in the register
# ----------------------------------------------------------------------------------------------

def f12():
    d = new_doc("Times New Roman", 11)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    P(d, "Enerģētikas nozares eksperta atzinums par MIP un PKE saturu (projekta 5. posms)", bold=True, size=13)
    table(d, [["Eksperte", "Tatjana Ivanova"], ["Nozare", "Enerģētika"], ["Atzinuma datums", "12.05.2026."]],
          bold_first_col=True, widths=[5, 8])
    P(d)
    table(d, [
        ["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
        ["1.", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "3",
         "Atbalstāms un virzāms saskaņošanai",
         "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "PKE praktiskajā uzdevumā jāprecizē aukstumaģenta savākšanas kārtība un F-gāzu uzskaites žurnāla "
         "aizpildīšana."],
        ["2.", "Elektromontieris", "3", "Nav atbalstāms", "Atbalstāms un virzāms saskaņošanai",
         "MIP nav ietverti darbi ar zemējuma un zibensaizsardzības sistēmām, elektrodrošības modulis "
         "neatbilst MK noteikumiem. Programma jāpārstrādā."],
        ["3.", "Atjaunojamās enerģijas sistēmu tehniķis", "4",
         "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "PKE nav iesniegts",
         "MIP: jāprecizē siltumsūkņu modulis (stundu skaits, praktiskie darbi)."],
    ], header=True, widths=[1, 5, 1.2, 4.5, 4.5, 8], size=10)
    P(d)
    table(d, [["Paraksts / datums", "T. Ivanova, 12.05.2026."]], bold_first_col=True, widths=[5, 8])
    return d


build("r17b12_Energetika_kopsavilkums_Ivanova.docx", f12(), "Laura Zeltiņa", datetime(2026, 5, 12, 14, 10),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
             "Tatjana Ivanova", "2026-05-12", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
             "Tatjana Ivanova", "2026-05-12", 3),
            ("elektromontieris", "MIP", "not_supported", "Tatjana Ivanova", "2026-05-12", 3),
            ("elektromontieris", "PKE", "supported", "Tatjana Ivanova", "2026-05-12", 3),
            ("atjaunojamās enerģijas sistēmu tehniķis", "MIP", "needs_corrections", "Tatjana Ivanova",
             "2026-05-12", 4)],
      problems=["unknown_qualification"],
      note="Landscape summary table Nr | Kvalifikācija | LKI | MIP | PKE | Piezīmes with three qualifications; "
           "the third (atjaunojamās enerģijas sistēmu tehniķis) is not in the register, LKI 4 taken from the "
           "table; its PKE 'nav iesniegts' -> no row. Full name in key/value table, initial form in the "
           "'Paraksts / datums' cell.")

# ----------------------------------------------------------------------------------------------
# 13  one-column key/value table (value below), tracked changes in the verdict
# ----------------------------------------------------------------------------------------------

def f13():
    d = new_doc("Calibri", 11)
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    who, when = "Ieva Rudzīte", "2026-02-02T15:31:00Z"
    labels = ["Profesionālā kvalifikācija", "Eksperts", "Datums", "MIP vērtējums", "MIP – nepieciešamie precizējumi",
              "PKE vērtējums", "Citi komentāri"]
    t = d.add_table(rows=len(labels) * 2, cols=1)
    t.style = "Table Grid"
    vals = {
        0: "Mežsaimniecības tehniķis, LKI 4. līmenis",
        1: "Ieva Rudzīte",
        2: "2026-02-02",
        5: "Saturs ir atbalstāms un virzāms saskaņošanai.",
        6: "Darba grupai ieteicams programmas aprakstā vienādot terminoloģiju (mežaudze / audze).",
    }
    for i, lab in enumerate(labels):
        lc = t.cell(2 * i, 0)
        cset(lc, lab, bold=True)
        shade(lc, "E7E6E6")
        vc = t.cell(2 * i + 1, 0)
        if i in vals:
            cset(vc, vals[i])
    # MIP verdict with tracked change
    p = t.cell(7, 0).paragraphs[0]
    R(p, "Saturs ir atbalstāms")
    tracked(p, "del", " un virzāms saskaņošanai", who, when)
    tracked(p, "ins", "; pēc precizējumu veikšanas virzāms saskaņošanai", who, when)
    R(p, ".")
    # corrections cell: deleted sentence + inserted list
    c = t.cell(9, 0)
    p = c.paragraphs[0]
    tracked(p, "del", "Precizējumi nav nepieciešami.", who, when)
    tracked(p, "ins", "1) Modulī „Meža inventarizācija” jāiekļauj darbs ar LVM GEO un tālizpētes datiem.", who, when)
    p2 = c.add_paragraph()
    tracked(p2, "ins", "2) Jāprecizē meža atjaunošanas moduļa stundu sadalījums (teorija / prakse).", who, when)
    return d


build("r17b13_Mežsaimniecības tehniķis_atzinums_labots.docx", f13(), "Ieva Rudzīte", datetime(2026, 2, 2, 9, 0),
      rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Ieva Rudzīte", "2026-02-02", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Ieva Rudzīte", "2026-02-02", 4)],
      note="One-column form, label row above value row. Expert revised the MIP verdict with track changes on: "
           "w:del ' un virzāms saskaņošanai' + w:ins '; pēc precizējumu veikšanas virzāms saskaņošanai' -> "
           "current text is needs_corrections; the deleted 'Precizējumi nav nepieciešami.' is gone. PKE plain.")

# ----------------------------------------------------------------------------------------------
# 14  letterhead letter, second round with history table
# ----------------------------------------------------------------------------------------------

def f14():
    d = new_doc("Times New Roman", 12)
    h = d.sections[0].header
    ht = h.add_table(rows=1, cols=2, width=Cm(16))
    cset(ht.cell(0, 0), "SIA „Zīļu mēbeles”", bold=True, size=14)
    cset(ht.cell(0, 1), "Reģ. Nr. 40103928817\nRūpniecības iela 12, Jelgava, LV-3001\ninfo@zilumebeles.lv",
         size=8)
    for p in ht.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_lines(d, ["www.zilumebeles.lv  •  +371 63 012 345"], align="c", size=8)
    P(d, "Jelgavā, 2026. gada 16. martā                                                             Nr. 3/26")
    P(d)
    P(d, "Latvijas Darba devēju konfederācijai", align="r")
    P(d, "projekta koordinatoram kokrūpniecības nozarē K. Mucenieka kungam", align="r")
    P(d)
    P(d, "Par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP un PKE atkārtotu ekspertīzi", bold=True)
    P(d, "2026. gada janvārī sniegtajā atzinumā modulārā izglītības programma netika atbalstīta, bet "
         "eksāmena saturu atbalstīju ar nosacījumu, ka tiks precizēti vērtēšanas kritēriji. Darba grupa "
         "2026. gada 9. martā iesniedza pārstrādātas redakcijas, kuras esmu izvērtējis.", align="j")
    table(d, [
        ["Dokuments", "Iepriekšējais vērtējums (janvāris)", "Atkārtotās ekspertīzes rezultāts"],
        ["MIP", "nav atbalstāms", "atbalstāms un virzāms saskaņošanai"],
        ["PKE", "atbalstāms ar precizējumiem", "atbalstāms un virzāms saskaņošanai (precizējumi veikti)"],
    ], header=True, widths=[3, 5.5, 7.5])
    P(d)
    P(d, "Visas iepriekš norādītās nepilnības ir novērstas: programmā iekļauts virsmu apdares modulis ar "
         "ūdens bāzes pārklājumiem, un eksāmena vērtēšanas lapā punkti sadalīti pa darba posmiem. Papildu "
         "iebildumu man nav.", align="j")
    P(d)
    P(d, "Ar cieņu")
    P(d, "valdes loceklis, LDDK deleģētais nozares eksperts                                  Juris Balodis")
    return d


build("r17b14_Vestule_Mebelu galdnieks_2.karta.docx", f14(), "Juris Balodis", datetime(2026, 3, 16, 12, 0),
      rows=[("mēbeļu galdnieks", "MIP", "supported", "Juris Balodis", "2026-03-16", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Juris Balodis", "2026-03-16", 4)],
      note="Company letterhead (table in the page header), formal letter, second round. History table "
           "'Iepriekšējais vērtējums' (nav atbalstāms / ar precizējumiem) vs 'Atkārtotās ekspertīzes "
           "rezultāts' (both supported): only the current column counts. Name at the signature line.")

# ----------------------------------------------------------------------------------------------
# 15  x marks; name and date only in the page header; old PKL level alongside LKI
# ----------------------------------------------------------------------------------------------

def f15():
    d = new_doc("Arial", 10)
    header_lines(d, ["Eksperts: Andris Ločmelis                                  Aizpildīts: 07.04.2026"],
                 size=9)
    P(d, "Veidlapa B. Eksperta vērtējums", bold=True, size=13)
    P(d, "Kvalifikācija: Elektrotehniķis (3. PKL / 4. LKI)")
    P(d)
    t = table(d, [["Vērtējums (atzīmēt ar x)", "MIP", "PKE"],
                  ["atbalstāms un virzāms saskaņošanai", "", ""],
                  ["atbalstāms, virzāms saskaņošanai pēc precizējumiem", "", "x"],
                  ["nav atbalstāms", "x", ""]], header=True, widths=[11, 2.5, 2.5])
    for i in range(1, 4):
        for j in (1, 2):
            t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    P(d, "Pamatojums", bold=True)
    P(d, "MIP – programmā nav atspoguļota atjaunojamo energoresursu ražotņu pieslēgšana sadales tīklam, "
         "elektroietaišu ekspluatācijas drošības modulis ir novecojis. Nepieciešama būtiska pārstrāde un "
         "atkārtota ekspertīze.", align="j")
    P(d, "PKE – jāprecizē praktiskā uzdevuma vērtēšanas lapa (izolācijas pretestības mērījumu pieļaujamās "
         "vērtības).", align="j")
    return d


build("r17b15_ET_veidlapa_Locmelis.docx", f15(), "", datetime(2026, 4, 7, 18, 25),
      rows=[("elektrotehniķis", "MIP", "not_supported", "Andris Ločmelis", "2026-04-07", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Andris Ločmelis", "2026-04-07", 4)],
      note="Option matrix with lower-case 'x'. Expert name and fill-in date only in the page header. Level "
           "written as '3. PKL / 4. LKI' (consistent with the register). Empty author property.")

# ----------------------------------------------------------------------------------------------
# 16  conflict: two boxes ticked for MIP
# ----------------------------------------------------------------------------------------------

def f16():
    d = new_doc("Calibri", 11)
    P(d, "Motorzāģa operators – ekspertīzes veidlapa", bold=True, size=14)
    table(d, [["Eksperte", "Elīna Auziņa"], ["Datums", "24.02.2026."], ["LKI", "3"]],
          bold_first_col=True, widths=[4, 8])
    P(d)
    for docname, marks in (("MIP", (True, False, True)), ("PKE", (True, False, False))):
        P(d, docname, bold=True)
        t = table(d, [[o, ""] for o in OPT_LV], widths=[13, 2])
        for i, ch in enumerate(marks):
            glyph(t.cell(i, 1).paragraphs[0], ch)
        P(d)
    P(d, "Komentāri: sk. pievienoto failu ar piezīmēm.")
    return d


build("r17b16_Motorzāģa operators_Auzina.docx", f16(), "Elīna Auziņa", datetime(2026, 2, 24, 20, 50),
      rows=[("motorzāģa operators", "MIP", "unknown", "Elīna Auziņa", "2026-02-24", 3),
            ("motorzāģa operators", "PKE", "supported", "Elīna Auziņa", "2026-02-24", 3)],
      problems=["conflict"],
      note="Per-document option tables with ☒/☐. For MIP both 'atbalstāms un virzāms' and 'nav atbalstāms' "
           "are ticked and the comments point elsewhere -> unknown + conflict. PKE has one tick.")

# ----------------------------------------------------------------------------------------------
# 17  ✓ marks; PKE left unmarked although remarks are written
# ----------------------------------------------------------------------------------------------

def f17():
    d = new_doc("Times New Roman", 12)
    P(d, "Meža mašīnu operators (LKI 3) – eksperta vērtējums", bold=True, size=13)
    P(d)
    t = table(d, [["", "MIP", "PKE"],
                  ["Atbalstāms un virzāms saskaņošanai", "", ""],
                  ["Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "✓", ""],
                  ["Nav atbalstāms", "", ""],
                  ["Piezīmes",
                   "Jāpapildina forvardera apkopes modulis ar ikdienas tehniskās apkopes žurnāla aizpildīšanu.",
                   "Teorijas jautājumi atbilst programmai. Praktiskajā daļā nav noteikta laika norma "
                   "kokmateriālu kraušanai, vērtēšanas kritēriji uzrakstīti ļoti īsi."]],
              header=True, widths=[7, 4.5, 4.5])
    for i in (1, 2, 3):
        for j in (1, 2):
            t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    table(d, [["Eksperte", "Zane Kļaviņa"], ["Datums", "2026. gada 12. maijā"]], bold_first_col=True,
          widths=[4, 8])
    return d


build("r17b17_MMO_vertejums_Klavina.docx", f17(), "Zane Kļaviņa", datetime(2026, 5, 12, 7, 55),
      rows=[("meža mašīnu operators", "MIP", "needs_corrections", "Zane Kļaviņa", "2026-05-12", 3),
            ("meža mašīnu operators", "PKE", "unknown", "Zane Kļaviņa", "2026-05-12", 3)],
      problems=["no_verdict"],
      note="Option matrix with ✓ marks. MIP ticked (corrections). The PKE column has remarks but no tick in "
           "any option -> PKE unknown + no_verdict (a coordinator would have to ask).")

# ----------------------------------------------------------------------------------------------
# 18  PKE only, three qualifications, V marks
# ----------------------------------------------------------------------------------------------

def f18():
    d = new_doc("Calibri", 11)
    P(d, "Kokrūpniecība – PKE satura ekspertīze", bold=True, size=14)
    P(d, "Eksperts: Māris Ozols")
    P(d, "Atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu saturu; MIP vērtē citi nozares "
         "eksperti.", italic=True)
    P(d)
    table(d, [
        ["Kvalifikācija", "LKI", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, virzāms pēc precizējumiem",
         "Nav atbalstāms", "Komentārs"],
        ["Motorzāģa operators", "3", "V", "", "", ""],
        ["Meža mašīnu operators", "3", "", "V", "", "Jāprecizē praktiskā uzdevuma vērtēšanas kritēriji (sortimentu "
                                                    "kvalitātes novērtējums)."],
        ["Kokapstrādes iekārtu operators", "3", "", "", "V", "Praktiskais uzdevums neatbilst kvalifikācijas "
                                                            "prasībām – nav iekļauta iekārtu iestatīšana; "
                                                            "jāizstrādā no jauna."],
    ], header=True, widths=[4, 1.2, 2.6, 2.6, 2, 4.6], size=10)
    P(d)
    table(d, [["Paraksts / datums", "M. Ozols, 20.05.2026"]], bold_first_col=True, widths=[4, 8])
    return d


build("r17b18_PKE_motorzagis_mezamasinas_Ozols.docx", f18(), "Kaspars Mucenieks", datetime(2026, 5, 20, 16, 0),
      rows=[("motorzāģa operators", "PKE", "supported", "Māris Ozols", "2026-05-20", 3),
            ("meža mašīnu operators", "PKE", "needs_corrections", "Māris Ozols", "2026-05-20", 3),
            ("kokapstrādes iekārtu operators", "PKE", "not_supported", "Māris Ozols", "2026-05-20", 3)],
      note="One table, one row per qualification, option columns marked 'V'. Explicitly PKE only ('MIP vērtē "
           "citi') -> no MIP rows. Date only in the 'Paraksts / datums' cell.")

# ----------------------------------------------------------------------------------------------
# 19  Outlook e-mail with English headers, condition in the next sentence
# ----------------------------------------------------------------------------------------------

def f19():
    d = new_doc("Calibri", 11)
    email_head(d, [
        ("From:", "Viktors Kuzņecovs <v.kuznecovs@klimatserviss.lv>"),
        ("Sent:", "Wednesday, April 29, 2026 4:18 PM"),
        ("To:", "Laura Zeltiņa <laura.zeltina@lddk.lv>"),
        ("Subject:", "RE: VGK iekārtu remontatslēdznieks - MIP/PKE vērtējums"),
    ], sender_banner="Laura Zeltiņa")
    for ln in [
        "Laura, labdien!",
        "Par MIP – nav iebildumu, programmu atbalstu, var virzīt saskaņošanai tādā pašā redakcijā.",
        "PKE saturu atbalstu. Tomēr pirms virzīšanas saskaņošanai jāizlabo praktiskā uzdevuma apraksts: "
        "aukstumaģenta noplūdes pārbaude jāveic ar elektronisko noplūdes detektoru, nevis „ar ziepjūdeni”, un "
        "jānorāda, ka darbu drīkst veikt tikai ar F-gāzu sertifikātu.",
        "Ja vajag aizpildītu veidlapu, atsūtīšu rīt.",
        "Ar cieņu,",
        "Viktors Kuzņecovs",
        "SIA „Klimatserviss”, servisa inženieris",
    ]:
        P(d, ln)
    hr(d)
    email_head(d, [
        ("From:", "Laura Zeltiņa <laura.zeltina@lddk.lv>"),
        ("Sent:", "Tuesday, April 21, 2026 9:12 AM"),
        ("To:", "Viktors Kuzņecovs <v.kuznecovs@klimatserviss.lv>"),
        ("Subject:", "VGK iekārtu remontatslēdznieks - MIP/PKE vērtējums"),
    ])
    for ln in [
        "Labdien, Viktor!",
        "Nosūtu ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE. Lūdzu līdz "
        "30.04. atsūtīt vērtējumu: saturs ir atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumu "
        "veikšanas virzāms saskaņošanai / nav atbalstāms. Veidlapa pielikumā.",
        "Laura Zeltiņa, LDDK",
    ]:
        P(d, ln, size=10)
    return d


build("r17b19_RE VGK remontatslēdznieks - atzinums.docx", f19(), "Laura Zeltiņa", datetime(2026, 4, 30, 8, 15),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
             "Viktors Kuzņecovs", "2026-04-29", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
             "Viktors Kuzņecovs", "2026-04-29", 3)],
      note="Outlook printout with English headers (From/Sent/To/Subject). Alias 'VGK iekārtu "
           "remontatslēdznieks'. MIP 'nav iebildumu, programmu atbalstu' = supported; PKE 'atbalstu' followed "
           "by 'Tomēr pirms virzīšanas saskaņošanai jāizlabo' in the next sentence = needs_corrections. Quoted "
           "request lists all options.")

# ----------------------------------------------------------------------------------------------
# 20  NOT A REVIEW: meeting minutes
# ----------------------------------------------------------------------------------------------

def f20():
    d = new_doc("Times New Roman", 12)
    P(d, "Kokrūpniecības nozares ekspertu darba sanāksmes", bold=True, align="c")
    P(d, "PROTOKOLS Nr. 2", bold=True, align="c")
    P(d, "Rīgā, 2026. gada 8. aprīlī (tiešsaistē, MS Teams)", align="c")
    P(d)
    table(d, [["Vada", "Kaspars Mucenieks, LDDK projekta koordinators"],
              ["Piedalās", "Dace Liepiņa, Juris Balodis, Gunta Sproģe, Māris Ozols, Zane Kļaviņa, "
                           "Valdis Siliņš, Kristaps Leimanis"],
              ["Protokolē", "Agnese Strautmane"]], bold_first_col=True, widths=[3.5, 12.5])
    P(d)
    P(d, "Darba kārtība", bold=True)
    for t in ["1. Informācija par MIP un PKE ekspertīžu gaitu projekta 4. posmā.",
              "2. Ekspertīžu sadalījums 5. posmā.",
              "3. Dažādi."]:
        P(d, t)
    P(d)
    P(d, "1. K. Mucenieks informēja, ka 4. posmā pabeigta motorzāģa operatora un mežsaimniecības tehniķa MIP un "
         "PKE ekspertīze. Abu kvalifikāciju MIP saturs ir atbalstāms pēc precizējumu veikšanas, PKE saturs – "
         "atbalstāms un virzāms saskaņošanai. Mēbeļu galdnieka MIP pirmajā kārtā netika atbalstīta, atkārtotā "
         "ekspertīze notikusi martā.", align="j")
    P(d, "J. Balodis norādīja, ka nozares uzņēmumi atbalsta CNC prasmju iekļaušanu jau 4. līmeņa programmās, un "
         "aicināja skolām nodrošināt metodisko atbalstu.", align="j")
    P(d, "2. Vienojās, ka būvizstrādājumu galdnieka un koka izstrādājumu ražošanas tehniķa MIP ekspertīzi "
         "veiks G. Sproģe un K. Leimanis līdz 2026. gada 15. maijam.", align="j")
    P(d, "NOLEMTS:", bold=True)
    P(d, "– ekspertiem atzinumus iesniegt, izmantojot vienoto veidlapu, kurā jāatzīmē viens no vērtējumiem "
         "(atbalstāms un virzāms saskaņošanai / atbalstāms ar precizējumiem / nav atbalstāms);")
    P(d, "– nākamā sanāksme 2026. gada 6. maijā.")
    P(d)
    P(d, "Sanāksmes vadītājs                K. Mucenieks")
    P(d, "Protokolētāja                      A. Strautmane")
    return d


build("r17b20_Sanaksmes protokols 2026-04-08.docx", f20(), "Agnese Strautmane", datetime(2026, 4, 8, 15, 30),
      rows=[], problems=["no_verdict"],
      note="NOT A REVIEW: meeting minutes. Restates earlier verdicts second-hand, uses 'atbalsta' (third "
           "person, companies) and 'metodisko atbalstu' (noun), lists the options in the decision. No rows; one "
           "no_verdict for the file.")

# ----------------------------------------------------------------------------------------------
# 21  NOT A REVIEW: assignment table for stage 5
# ----------------------------------------------------------------------------------------------

def f21():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    P(d, "MIP un PKE ekspertīžu sadalījums – projekta 5. posms (01.04.2026.–31.07.2026.)", bold=True, size=13)
    P(d, "Sagatavoja: L. Zeltiņa, K. Mucenieks. Statuss uz 2026. gada 2. aprīli.")
    table(d, [
        ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Statuss"],
        ["1", "Elektrotehniķis", "4", "MIP", "R. Eglītis", "17.04.2026.", "nodots ekspertam"],
        ["2", "Elektrotehniķis", "4", "PKE", "A. Ločmelis", "17.04.2026.", "nodots ekspertam"],
        ["3", "VGK sistēmu tehniķis", "4", "MIP, PKE", "S. Purmale", "24.04.2026.", "gaida skolas materiālus"],
        ["4", "VGK iekārtu remontatslēdznieks", "3", "MIP, PKE", "V. Kuzņecovs", "30.04.2026.", "nodots ekspertam"],
        ["5", "Datorizētu kokapstrādes iekārtu operators", "4", "MIP", "O. Pētersons", "17.04.2026.",
         "nodots ekspertam"],
        ["6", "Meža mašīnu operators", "3", "MIP, PKE", "V. Siliņš", "08.05.2026.", "nav uzsākts"],
        ["7", "Būvizstrādājumu galdnieks", "4", "PKE", "—", "—", "meklējam ekspertu"],
    ], header=True, widths=[1, 6, 1.2, 2.5, 3, 2.8, 5])
    P(d)
    P(d, "Piezīme: vērtējuma varianti veidlapā – „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc "
         "precizējumu veikšanas virzāms saskaņošanai”, „nav atbalstāms”. Statusu „pabeigts” ieraksta tikai "
         "pēc parakstīta atzinuma saņemšanas.", italic=True)
    return d


build("r17b21_Ekspertu sadalijums_5.posms.docx", f21(), "Laura Zeltiņa", datetime(2026, 4, 2, 10, 10),
      rows=[], problems=["no_verdict"],
      note="NOT A REVIEW: coordinators' assignment table (qualification, LKI, document, expert, deadline, status) "
           "with expert names and all option texts in a footnote. No rows; one no_verdict.")

# ----------------------------------------------------------------------------------------------
# 22  NOT A REVIEW: instructions with an empty template form
# ----------------------------------------------------------------------------------------------

def f22():
    d = new_doc("Times New Roman", 12)
    P(d, "Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai", bold=True, size=14, align="c")
    P(d, "(apstiprināti LDDK projekta vadības sanāksmē 2026. gada 14. janvārī)", italic=True, align="c")
    P(d)
    for t in [
        "1. Eksperts izvērtē, vai profesionālās izglītības iestāžu darba grupas izstrādātais MIP un PKE saturs "
        "atbilst profesijas standartam un nozares kvalifikāciju struktūrai un vai tas ir atbalstāms.",
        "2. Par katru dokumentu eksperts norāda vienu vērtējumu: a) saturs ir atbalstāms un virzāms "
        "saskaņošanai; b) saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; c) saturs nav "
        "atbalstāms.",
        "3. Ja saturs nav atbalstāms, eksperts pamato vērtējumu, un pēc pārstrādes tiek veikta atkārtota "
        "ekspertīze. Ja nepieciešami precizējumi, tos uzskaita konkrēti, norādot moduli vai uzdevumu.",
        "4. Aizpildīto veidlapu eksperts nosūta nozares koordinatoram piecu darba dienu laikā.",
    ]:
        P(d, t, align="j")
    P(d)
    P(d, "Veidlapas paraugs", bold=True)
    table(d, [["Profesionālā kvalifikācija", ""], ["LKI līmenis", ""], ["Eksperts", ""], ["Datums", ""]],
          bold_first_col=True, widths=[6, 10])
    P(d)
    t = table(d, [["Vērtējums", "MIP", "PKE"]] + [[o, "", ""] for o in OPT_LV], header=True, widths=[11, 2.5, 2.5])
    for i in (1, 2, 3):
        for j in (1, 2):
            glyph(t.cell(i, j).paragraphs[0], False)
    return d


build("r17b22_Ekspertizes veiksanas kartiba_instrukcija.docx", f22(), "Kaspars Mucenieks",
      datetime(2026, 1, 14, 16, 0),
      rows=[], problems=["no_verdict"],
      note="NOT A REVIEW: instructions for experts quoting every option plus an empty template (fields blank, all "
           "boxes ☐). No rows; one no_verdict.")

# ----------------------------------------------------------------------------------------------
# 23  NOT A REVIEW: news item for the website
# ----------------------------------------------------------------------------------------------

def f23():
    d = new_doc("Calibri", 11)
    P(d, "Ziņa mājaslapai / sociālajiem tīkliem – melnraksts", italic=True, size=9)
    P(d, "Nozaru eksperti vērtē jaunās profesionālās izglītības programmas", bold=True, size=16)
    for t in [
        "Latvijas Darba devēju konfederācija arī 2026. gadā turpina dalību Eiropas Savienības Kohēzijas "
        "politikas programmas 4.2.2. specifiskā atbalsta mērķa projektā, kurā nozaru eksperti vērtē "
        "profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas (MIP) un profesionālās "
        "kvalifikācijas eksāmenu (PKE) saturu.",
        "„Darba devējiem ir svarīgi, lai absolventi jau pirmajā darba dienā prastu strādāt ar mūsdienīgām "
        "iekārtām. Tāpēc mēs atbalstām to, ka programmās iekļautas digitālās un zaļās prasmes,” stāsta "
        "kokrūpniecības nozares eksperte Dace Liepiņa.",
        "Līdz marta beigām ekspertīze pabeigta trim kvalifikācijām – motorzāģa operatoram, mežsaimniecības "
        "tehniķim un mehatronisko sistēmu tehniķim. Darbs pie pārējām kvalifikācijām turpināsies līdz "
        "2026. gada jūlijam.",
        "Uzņēmumi, kas vēlas iesaistīties mācību prakšu pilnveidē, aicināti sazināties ar LDDK.",
    ]:
        P(d, t, align="j")
    P(d, "Foto: LDDK. Sagatavoja L. Zeltiņa, 2026. gada 3. aprīlī.", size=9)
    return d


build("r17b23_Zina majaslapai_eksperti.docx", f23(), "Laura Zeltiņa", datetime(2026, 4, 3, 9, 45),
      rows=[], problems=["no_verdict"],
      note="NOT A REVIEW: draft news item. 'specifiskā atbalsta mērķis' (noun), 'mēs atbalstām to, ka...' "
           "(general support of an idea, not a document verdict), names a real expert and three qualifications "
           "as 'pabeigta'. No rows; one no_verdict.")

# ----------------------------------------------------------------------------------------------
# 24  key/value table with prose cells; negation with words in between
# ----------------------------------------------------------------------------------------------

def f24():
    d = new_doc("Times New Roman", 11)
    P(d, "EKSPERTA ATZINUMS", bold=True, size=14, align="c")
    table(d, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI", "4"],
        ["Izvērtētie materiāli", "MIP projekts (3. redakcija, 14.04.2026.); PKE saturs (teorija un praktiskais "
                                 "uzdevums)"],
        ["Ekspertīzes mērķis", "Izvērtēt, vai iesniegtais saturs ir atbalstāms un virzāms saskaņošanai."],
        ["Piezīmes par MIP",
         "Programmas apjoms ir 1920 stundas, taču gandrīz trešdaļa no tām veltīta vispārīgiem moduļiem, kas "
         "dublē pamatizglītības saturu. Nav moduļa par ražošanas plānošanu un kvalitātes kontroli, kas "
         "tehniķa līmenim ir būtiski. Moduļos „Koksnes materiāli” un „Kokapstrādes tehnoloģijas” "
         "sasniedzamie rezultāti sakrīt gandrīz vārds vārdā.\n"
         "Pozitīvi vērtējams, ka ir iekļauts darbs ar ražošanas vadības programmatūru."],
        ["Piezīmes par PKE",
         "Teorijas daļā ir dažas stilistiskas neprecizitātes (piem., „koksnes mitrums” un „mitruma saturs” "
         "lietoti kā sinonīmi), kas satura kvalitāti neietekmē."],
        ["Eksperta slēdziens",
         "MIP saturs pašreizējā redakcijā nav pilnībā atbalstāms. Šādā redakcijā programmu nevaru atbalstīt – "
         "tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.\n"
         "Neskatoties uz minētajām neprecizitātēm, PKE saturs ir atbalstāms un virzāms saskaņošanai bez "
         "precizējumiem."],
        ["Eksperts", "Rolands Stepanovs"],
        ["Datums", "2026. g. 28. aprīlī"],
    ], bold_first_col=True, widths=[4, 12])
    return d


build("r17b24_Atzinums KIRT Stepanovs galigais.docx", f24(), "Rolands Stepanovs", datetime(2026, 4, 28, 14, 0),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Rolands Stepanovs", "2026-04-28", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Rolands Stepanovs", "2026-04-28", 4)],
      note="Key/value table whose cells hold prose. 'Ekspertīzes mērķis' row quotes the option words (purpose, not "
           "a verdict). MIP: 'nav pilnībā atbalstāms' + 'nevaru atbalstīt ... jāpārstrādā' = not_supported; PKE: "
           "'Neskatoties uz ...' (not a negation) + 'bez precizējumiem' = supported.")

# ----------------------------------------------------------------------------------------------
# 25  hasty, no diacritics, two qualifications in one table
# ----------------------------------------------------------------------------------------------

def f25():
    d = new_doc("Calibri", 11)
    P(d, "energetika - MIP/PKE vertejums", bold=True)
    table(d, [
        ["Kvalifikacija", "MIP", "PKE", "komentari"],
        ["elektromontieris (3.LKI)", "atbalstams, pec precizejumu veiksanas virzams saskanosanai",
         "atbalstams un virzams saskanosanai", "MIP 4.modulim japrecize stundu skaits, 6. modulis - trukst "
                                              "darba aizsardzibas instrukcijas"],
        ["elektrotehnikis (4.LKI)", "atbalstams un virzams saskanosanai", "neatbalstu - japarstrada prakt. uzd.",
         "PKE prakt. uzdevums ir 3.limena, nevis tehnika limena"],
    ], header=True, widths=[3.5, 4, 4, 4.5], size=10)
    P(d)
    P(d, "Eksperte: Ruta Abele, 15.06.2026")
    return d


build("r17b25_elektro_atzinums_Abele.docx", f25(), "ruta.abele", datetime(2026, 6, 15, 22, 5),
      rows=[("elektromontieris", "MIP", "needs_corrections", "Ruta Abele", "2026-06-15", 3),
            ("elektromontieris", "PKE", "supported", "Ruta Abele", "2026-06-15", 3),
            ("elektrotehniķis", "MIP", "supported", "Ruta Abele", "2026-06-15", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Ruta Abele", "2026-06-15", 4)],
      note="Hasty table typed entirely without diacritics, two qualifications ('elektrotehnikis'). 'neatbalstu - "
           "japarstrada' = not_supported. Expert name kept as written without diacritics ('Ruta Abele'). Author "
           "property is a login name.")

# ----------------------------------------------------------------------------------------------
# 26  two qualifications, separate ✓ tables; Paraksts / datums cell
# ----------------------------------------------------------------------------------------------

def f26():
    d = new_doc("Arial", 10)
    P(d, "Eksperta atzinums – kokrūpniecība", bold=True, size=13)
    table(d, [["Eksperte", "Baiba Zvaigzne"], ["Nozare", "Kokrūpniecība"]], bold_first_col=True, widths=[4, 8])
    P(d)
    sets = [("1. Datorizētu kokapstrādes iekārtu operators (LKI 4)", (1, 0)),
            ("2. Kokapstrādes iekārtu operators (LKI 3)", (0, 0))]
    for title, (mi, pk) in sets:
        P(d, title, bold=True)
        t = table(d, [["", "MIP", "PKE"]] + [[o, "", ""] for o in OPT_LV], header=True, widths=[11, 2.5, 2.5])
        t.cell(1 + mi, 1).paragraphs[0].add_run("✓")
        t.cell(1 + pk, 2).paragraphs[0].add_run("✓")
        for i in (1, 2, 3):
            for j in (1, 2):
                t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        P(d)
    P(d, "Precizējumi (1. kvalifikācijas MIP)", bold=True)
    P(d, "Modulī „CNC apstrādes centru programmēšana” jāiekļauj CAM programmatūras lietošana un "
         "instrumentu bibliotēkas veidošana; jāprecizē stundu sadalījums starp teoriju un praksi.")
    P(d)
    table(d, [["Paraksts / datums", "B. Zvaigzne / 2026-06-03"]], bold_first_col=True, widths=[4, 8])
    return d


build("r17b26_Kokrupnieciba_2kval_Zvaigzne.docx", f26(), "Baiba Zvaigzne", datetime(2026, 6, 3, 13, 13),
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Baiba Zvaigzne",
             "2026-06-03", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Baiba Zvaigzne", "2026-06-03", 4),
            ("kokapstrādes iekārtu operators", "MIP", "supported", "Baiba Zvaigzne", "2026-06-03", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Baiba Zvaigzne", "2026-06-03", 3)],
      note="Two qualifications whose names overlap ('kokapstrādes iekārtu operators' is a suffix of the other), "
           "each in its own ✓ option matrix. Date only in 'Paraksts / datums' cell.")

# ----------------------------------------------------------------------------------------------
# 27  qualification not in the register, X marks
# ----------------------------------------------------------------------------------------------

def f27():
    d = new_doc("Calibri", 11)
    P(d, "Ekspertīzes veidlapa", bold=True, size=14)
    table(d, [
        ["Profesionālā kvalifikācija", "Metinātājs"],
        ["LKI līmenis", "3"],
        ["Nozare", "Mašīnbūve un metālapstrāde"],
        ["Eksperts", "Aivars Zariņš"],
        ["Datums", "27.05.2026."],
    ], bold_first_col=True, widths=[5.5, 10.5])
    P(d)
    t = table(d, [["Vērtējums", "MIP", "PKE"],
                  ["Atbalstāms un virzāms saskaņošanai", "X", ""],
                  ["Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "", "X"],
                  ["Nav atbalstāms", "", ""]], header=True, widths=[11, 2.5, 2.5])
    for i in (1, 2, 3):
        for j in (1, 2):
            t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    P(d, "PKE precizējumi: praktiskajā uzdevumā jānorāda metināšanas procesi (111, 135, 141) un šuvju "
         "vizuālās kontroles kritēriji atbilstoši LVS EN ISO 5817.")
    return d


build("r17b27_Metinatajs MIP PKE atzinums.docx", f27(), "Agnese Strautmane", datetime(2026, 5, 27, 10, 30),
      rows=[("metinātājs", "MIP", "supported", "Aivars Zariņš", "2026-05-27", 3),
            ("metinātājs", "PKE", "needs_corrections", "Aivars Zariņš", "2026-05-27", 3)],
      problems=["unknown_qualification"],
      note="Standard X-marked option matrix for a qualification not in the register ('Metinātājs'); LKI 3 from "
           "the form.")

# ----------------------------------------------------------------------------------------------
# 28  history of rounds in a table, current round marked
# ----------------------------------------------------------------------------------------------

def f28():
    d = new_doc("Times New Roman", 12)
    P(d, "Atkārtotas ekspertīzes atzinums", bold=True, size=14, align="c")
    table(d, [
        ["Kvalifikācija", "Mehatronisko sistēmu tehniķis"],
        ["LKI", "4"],
        ["Eksperts", "Edgars Vītols"],
        ["Atzinuma datums", "05.03.2026. (2. kārta)"],
    ], bold_first_col=True, widths=[4.5, 11.5])
    P(d)
    P(d, "Vērtējumu vēsture", bold=True)
    table(d, [
        ["Kārta", "Datums", "MIP", "PKE"],
        ["1. kārta", "20.01.2026.", "Nav atbalstāms", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
        ["2. kārta (aktuālā)", "05.03.2026.", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "Atbalstāms un virzāms saskaņošanai"],
    ], header=True, widths=[3, 2.7, 5.2, 5.2])
    P(d)
    P(d, "Komentārs", bold=True)
    P(d, "Salīdzinot ar 1. kārtu, programma ir būtiski uzlabota: pievienots robotizēto šūnu apkopes modulis "
         "un precizēti sasniedzamie rezultāti. Joprojām jāprecizē hidraulikas moduļa praktisko darbu saraksts "
         "un jāsaskaņo moduļu kodi ar kvalifikāciju struktūru. PKE precizējumi, kas tika prasīti 1. kārtā, ir "
         "veikti pilnībā.", align="j")
    return d


build("r17b28_Mehatronisko sist tehnikis_2.karta_Vitols.docx", f28(), "Agnese Strautmane",
      datetime(2026, 3, 5, 17, 0),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Edgars Vītols", "2026-03-05", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Edgars Vītols", "2026-03-05", 4)],
      note="History table of two rounds; row '2. kārta (aktuālā)' carries the current verdicts, the 1st-round "
           "row (nav atbalstāms / ar precizējumiem) must not count. Date = review date of the current round.")

# ----------------------------------------------------------------------------------------------
# 29  nested table, PKE only, author not named in the review
# ----------------------------------------------------------------------------------------------

def f29():
    d = new_doc("Calibri", 11)
    P(d, "PKE satura vērtējums", bold=True, size=14)
    t = table(d, [
        ["Kvalifikācija", "Būvizstrādājumu galdnieks, LKI 4"],
        ["Dokuments", "PKE saturs (MIP šajā kārtā netika iesniegta)"],
        ["Vērtējums", ""],
        ["Pamatojums", "Eksāmena praktiskais uzdevums (vienviru durvju izgatavošana) nav izpildāms noteiktajā "
                       "laikā – 6 stundās nav iespējams izgatavot, apdarināt un iestiprināt durvis. Vērtēšanas "
                       "kritērijos nav iekļauta darba drošība. Teorijas jautājumu kopā 40 % jautājumu attiecas "
                       "uz mēbeļu, nevis būvizstrādājumu ražošanu. Uzdevums jāizstrādā no jauna."],
        ["Datums", "10.06.2026."],
        ["Paraksts", ""],
    ], bold_first_col=True, widths=[3.5, 12.5])
    outer = t.cell(2, 1)
    inner = outer.add_table(rows=3, cols=2)
    inner.style = "Table Grid"
    for i, (o, m) in enumerate([("atbalstāms un virzāms saskaņošanai", ""),
                                ("atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", ""),
                                ("nav atbalstāms", "X")]):
        cset(inner.cell(i, 0), o)
        cset(inner.cell(i, 1), m, align="c")
    return d


build("r17b29_Būvizstrādājumu galdnieks PKE.docx", f29(), "Kaspars Mucenieks", datetime(2026, 6, 11, 9, 20),
      rows=[("būvizstrādājumu galdnieks", "PKE", "not_supported", "", "2026-06-10", 4)],
      note="Verdict options in a nested table inside the 'Vērtējums' cell, X at 'nav atbalstāms'. MIP 'netika "
           "iesniegta' -> no MIP row. The review does not name its author (empty 'Paraksts' cell; the author "
           "property is the coordinator) -> expert empty.")

# ----------------------------------------------------------------------------------------------
# 30  long review, body remarks vs. concluding table
# ----------------------------------------------------------------------------------------------

def f30():
    d = new_doc("Times New Roman", 11)
    footer_lines(d, ["VGK sistēmu tehniķis – ekspertīzes atzinums"], align="r", size=8)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, size=14, align="c")
    P(d, "par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis” "
         "modulārās izglītības programmas un kvalifikācijas eksāmena saturu", align="c")
    table(d, [
        ["Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"],
        ["LKI līmenis", "4"],
        ["Nozare", "Enerģētika"],
        ["Iesniegtā redakcija", "MIP v2 (2026-05-04), PKE v2 (2026-05-04)"],
    ], bold_first_col=True, widths=[4.5, 11.5])
    P(d)
    P(d, "1. Vispārīgs vērtējums", bold=True)
    P(d, "Programma kopumā atbilst profesijas standartam un nozares kvalifikāciju struktūrai. Tās stiprā puse ir "
         "plašais praktisko darbu klāsts un uzsvars uz ēku energoefektivitāti. Vājākā daļa ir automātikas un "
         "vadības sistēmu moduļi, kuros saturs nav pietiekami konkrēts. Eksāmena saturs ir pārdomāts un "
         "atbilst tam, ko nozares uzņēmumi sagaida no tehniķa.", align="j")
    P(d, "2. Piezīmes par MIP", bold=True)
    table(d, [
        ["Nr.", "Modulis", "Piezīme", "Ieteikums"],
        ["1", "Ventilācijas sistēmu projektēšanas pamati", "Nav minēta aerodinamiskā aprēķina programmatūra.",
         "Papildināt sasniedzamos rezultātus."],
        ["2", "Gaisa apstrādes iekārtas", "Saturs atbilst.", "—"],
        ["3", "Automātika un vadība", "Modulis šajā redakcijā nav atbalstāms – rezultāti formulēti vispārīgi, nav "
                                      "praktisko darbu ar kontrolleriem.",
         "Pārrakstīt moduļa rezultātus, pievienot vismaz 3 praktiskos darbus."],
        ["4", "Dzesēšanas iekārtas", "Nav minētas F-gāzu regulas prasības.", "Papildināt."],
        ["5", "Sistēmu regulēšana un nodošana ekspluatācijā", "Saturs atbilst.", "—"],
        ["6", "Apkope un diagnostika", "Dublējas ar 5. moduli (gaisa plūsmu mērīšana).", "Apvienot vai nodalīt."],
        ["7", "Darba vidē balstītas mācības", "Nav norādīts uzņēmumu uzdevumu saraksts.", "Papildināt."],
        ["8", "Stundu plāns", "A daļas stundu summa nesakrīt ar kopsavilkumu.", "Izlabot."],
    ], header=True, widths=[1, 4.5, 6, 4.5], size=10)
    P(d)
    P(d, "3. Piezīmes par PKE", bold=True)
    table(d, [
        ["Nr.", "Daļa", "Piezīme"],
        ["1", "Teorija", "Jautājumi aptver visus MIP moduļus, formulējumi skaidri."],
        ["2", "Praktiskais uzdevums", "Ventilācijas sistēmas regulēšana un mērījumu protokols – atbilstoši praksei."],
        ["3", "Vērtēšana", "Kritēriji skaidri, punktu sadalījums samērīgs; precizējumi nav nepieciešami."],
    ], header=True, widths=[1, 4, 11], size=10)
    P(d)
    P(d, "4. Slēdziens", bold=True)
    table(d, [
        ["Dokuments", "Slēdziens"],
        ["MIP", "Atbalstāms; pēc precizējumu veikšanas (2. sadaļas 1., 3., 4., 6.–8. punkts) virzāms saskaņošanai"],
        ["PKE", "Atbalstāms un virzāms saskaņošanai"],
    ], header=True, widths=[3, 13])
    P(d)
    table(d, [["Eksperte", "Kristīne Ozoliņa", "Paraksts / datums", "18.05.2026."]], bold_first_col=False,
          widths=[2.5, 5, 4, 4.5])
    return d


build("r17b30_VGK sistēmu tehniķis ekspertīze (pilnā).docx", f30(), "Kristīne Ozoliņa",
      datetime(2026, 5, 18, 11, 11),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections",
             "Kristīne Ozoliņa", "2026-05-18", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported",
             "Kristīne Ozoliņa", "2026-05-18", 4)],
      note="Long (about two pages) review: header table, general text, MIP remarks table (module 3 'šajā "
           "redakcijā nav atbalstāms' is a remark about one module), PKE remarks table, then a '4. Slēdziens' "
           "table that outranks the body: MIP corrections (condition inside the sentence), PKE supported. Name "
           "and date in a one-row signature table.")

# ----------------------------------------------------------------------------------------------
# 31  ☑ glyphs; Word comments from the coordinator that must not count
# ----------------------------------------------------------------------------------------------

def f31():
    d = new_doc("Calibri", 11)
    P(d, "Eksperta vērtējums – Elektromontieris", bold=True, size=14)
    table(d, [["Eksperts", "Guntis Lapsa"], ["Datums", "17.06.2026."], ["LKI", "3"]], bold_first_col=True,
          widths=[4, 8])
    P(d)
    anchors = {}
    for docname, pick in (("MIP", 0), ("PKE", 1)):
        P(d, docname + " saturs", bold=True)
        for k, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                               "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                               "nav atbalstāms"]):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            glyph(p, k == pick, on="☑", off="☐", font="Segoe UI Symbol")
            r = R(p, "  " + o)
            if k == pick:
                anchors[docname] = r
        P(d)
    P(d, "PKE precizējumi: teorijas testā jāaizstāj 4 jautājumi par gaisvadu līnijām ar jautājumiem par "
         "kabeļu līnijām; praktiskajā uzdevumā jāparedz sadales skapja marķēšana.")
    d.add_comment(anchors["MIP"], text="Vai tiešām bez precizējumiem? 2. modulis manuprāt šādā veidā nav "
                                       "atbalstāms.", author="Laura Zeltiņa", initials="LZ")
    d.add_comment(anchors["PKE"], text="Ja precizējumi tiks izdarīti līdz 30.06., varam virzīt saskaņošanai "
                                       "bez atkārtotas ekspertīzes.", author="Laura Zeltiņa", initials="LZ")
    return d


build("r17b31_Elektromontieris_ar komentariem.docx", f31(), "Guntis Lapsa", datetime(2026, 6, 17, 8, 30),
      modified_by="Laura Zeltiņa",
      rows=[("elektromontieris", "MIP", "supported", "Guntis Lapsa", "2026-06-17", 3),
            ("elektromontieris", "PKE", "needs_corrections", "Guntis Lapsa", "2026-06-17", 3)],
      note="Options as paragraphs with ☑/☐ (Segoe UI Symbol). The coordinator's Word comments ('... nav "
           "atbalstāms', '... varam virzīt saskaņošanai') are not verdicts; the expert's ticks count.")

# ----------------------------------------------------------------------------------------------
# 32  tracked change moves the tick for PKE
# ----------------------------------------------------------------------------------------------

def f32():
    d = new_doc("Calibri", 11)
    who, when = "Ilona Kārkliņa", "2026-06-24T10:02:00Z"
    P(d, "Datorizētu kokapstrādes iekārtu operators", bold=True, size=14)
    P(d, "MIP un PKE satura ekspertīze, LKI 4")
    P(d)
    t = table(d, [["Vērtējums", "MIP", "PKE"]] + [[o, "", ""] for o in OPT_LV], header=True, widths=[11, 2.5, 2.5])
    # MIP: first option, plain
    glyph(t.cell(1, 1).paragraphs[0], True)
    glyph(t.cell(2, 1).paragraphs[0], False)
    glyph(t.cell(3, 1).paragraphs[0], False)
    # PKE: originally first option ticked, changed with track changes to "nav atbalstāms"
    p = t.cell(1, 2).paragraphs[0]
    tracked(p, "del", "☒", who, when, font="MS Gothic")
    tracked(p, "ins", "☐", who, when, font="MS Gothic")
    glyph(t.cell(2, 2).paragraphs[0], False)
    p = t.cell(3, 2).paragraphs[0]
    tracked(p, "del", "☐", who, when, font="MS Gothic")
    tracked(p, "ins", "☒", who, when, font="MS Gothic")
    for i in (1, 2, 3):
        for j in (1, 2):
            t.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d)
    P(d, "Komentāri", bold=True)
    p = P(d, "MIP: programma sakārtota, iebildumu nav. ")
    p = d.add_paragraph()
    R(p, "PKE: ")
    tracked(p, "del", "eksāmena saturs atbilst programmai.", who, when)
    tracked(p, "ins", "pēc atkārtotas izskatīšanas PKE neatbalstu – praktiskajā uzdevumā nav CNC programmas "
                      "sagatavošanas, eksaminējamais tikai palaiž gatavu programmu. Uzdevums jāizstrādā no jauna.",
            who, when)
    P(d)
    table(d, [["Eksperte", "Ilona Kārkliņa"], ["Datums", "24.06.2026."]], bold_first_col=True, widths=[4, 8])
    return d


build("r17b32_DKIO_PKE_MIP_izsekotas izmainas.docx", f32(), "Ilona Kārkliņa", datetime(2026, 6, 24, 8, 0),
      modified_by="Ilona Kārkliņa",
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Ilona Kārkliņa", "2026-06-24", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Ilona Kārkliņa", "2026-06-24", 4)],
      note="Track changes move the PKE tick: w:del ☒ / w:ins ☐ on 'atbalstāms un virzāms', w:del ☐ / w:ins ☒ on "
           "'nav atbalstāms'; the comment text is also replaced (ins: 'PKE neatbalstu'). Current state: "
           "PKE not_supported. MIP tick is plain.")

# ----------------------------------------------------------------------------------------------
# 33  very short, two qualifications, first person, initials in footer, no date
# ----------------------------------------------------------------------------------------------

def f33():
    d = new_doc("Calibri", 11)
    footer_lines(d, ["P. Dzenis"], align="r", size=9)
    P(d, "Īsais atzinums", bold=True)
    table(d, [
        ["Motorzāģa operators", "MIP – atbalstu, var virzīt", "PKE – atbalstu ar precizējumiem (sk. e-pastu)"],
        ["Meža mašīnu operators", "MIP – neatbalstu", "PKE – atbalstu, virzīt saskaņošanai"],
    ], widths=[5, 5, 6])
    return d


build("r17b33_isais_atzinums_Dzenis.docx", f33(), "Pēteris", datetime(2026, 6, 19, 7, 40),
      rows=[("motorzāģa operators", "MIP", "supported", "P. Dzenis", "", 3),
            ("motorzāģa operators", "PKE", "needs_corrections", "P. Dzenis", "", 3),
            ("meža mašīnu operators", "MIP", "not_supported", "P. Dzenis", "", 3),
            ("meža mašīnu operators", "PKE", "supported", "P. Dzenis", "", 3)],
      note="Very short 2x3 table, first-person verdicts ('atbalstu', 'neatbalstu', 'atbalstu ar precizējumiem'). "
           "Initial + surname only in the footer; no review date anywhere (only the file property) -> date "
           "empty; LKI from the register.")

# ----------------------------------------------------------------------------------------------
# 34  letterhead, Jā/Nē question table, qualification not in the register
# ----------------------------------------------------------------------------------------------

def f34():
    d = new_doc("Cambria", 11)
    h = d.sections[0].header
    hp = h.paragraphs[0]
    R(hp, "SIA „Metālapstrādes tehnoloģiju centrs”", bold=True, size=13)
    hp2 = h.add_paragraph()
    R(hp2, "Ganību dambis 31, Rīga, LV-1005  |  Reģ. Nr. 40203177450  |  mtc@mtc.lv", size=8)
    P(d, "Ekspertīzes atzinums", bold=True, size=14, align="c")
    P(d, "Profesionālā kvalifikācija: CNC metālapstrādes iekārtu operators, LKI 4. līmenis")
    P(d, "Nozare: mašīnbūve un metālapstrāde")
    P(d)
    table(d, [
        ["Jautājums", "MIP", "PKE"],
        ["Vai saturs ir atbalstāms?", "Jā", "Jā"],
        ["Vai pirms saskaņošanas nepieciešami precizējumi?", "Jā", "Nē"],
        ["Vai saturs ir virzāms saskaņošanai?", "Jā, pēc precizējumu veikšanas", "Jā"],
    ], header=True, widths=[8, 4, 4])
    P(d)
    P(d, "Precizējumi MIP: 2. modulī jāiekļauj virpošanas centru programmēšana ar cikliem; jāpievieno "
         "mērinstrumentu kalibrēšanas pamati; 7. modulī jāizlabo atsauce uz atcelto standartu.", align="j")
    P(d)
    P(d, "Dr.sc.ing. Arnis Puriņš")
    P(d, "LDDK deleģētais nozares eksperts")
    P(d, "Rīgā, 29.06.2026.")
    return d


build("r17b34_CNC operators atzinums SIA.docx", f34(), "Arnis Puriņš", datetime(2026, 6, 29, 15, 15),
      rows=[("CNC metālapstrādes iekārtu operators", "MIP", "needs_corrections", "Arnis Puriņš", "2026-06-29", 4),
            ("CNC metālapstrādes iekārtu operators", "PKE", "supported", "Arnis Puriņš", "2026-06-29", 4)],
      problems=["unknown_qualification"],
      note="Letterhead in the page header; verdict given as three Jā/Nē questions per document (MIP: yes / "
           "corrections needed / forward after corrections; PKE: yes / no corrections / forward). Qualification "
           "not in the register. 'Dr.sc.ing.' stripped.")

# ----------------------------------------------------------------------------------------------
# outputs
# ----------------------------------------------------------------------------------------------

with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)

with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "code"])
    w.writerows(PROBS)

with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("# r17b - blind set: forms and tables\n\n")
    fh.write("Built by `build.py` (python-docx 1.2, raw WordprocessingML where needed). %d files, %d gold rows "
             "in `expected.csv`, %d rows in `expected_problems.csv`.\n\n" % (len(NOTES), len(ROWS), len(PROBS)))
    fh.write("| file | gold | design and judgement calls |\n|---|---|---|\n")
    for name, note in NOTES:
        g = ["%s %s=%s" % (r[1], r[2], r[3]) for r in ROWS if r[0] == name]
        pr = [c for f, c in PROBS if f == name]
        gold = "; ".join(g) if g else "(no rows)"
        if pr:
            gold += " / problems: " + ", ".join(pr)
        fh.write("| %s | %s | %s |\n" % (name, gold.replace("|", "/"), note.replace("|", "/")))

print("files:", len(NOTES), "rows:", len(ROWS), "problems:", len(PROBS))
