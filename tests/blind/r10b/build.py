# -*- coding: utf-8 -*-
"""Builds the r10b blind set: forms / tables / printed e-mails with gold labels.

Run: /work/hvenv/bin/python build.py
"""
import csv
import datetime
import os

from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10b"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

GOLD = []
PROBLEMS = []
NOTES = []

S, NC, NS, UNK = "supported", "needs_corrections", "not_supported", "unknown"


# ---------------------------------------------------------------- helpers
def new_doc(author, created, font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    y, m, dd = created
    cp.created = datetime.datetime(y, m, dd, 9, 30)
    cp.modified = datetime.datetime(y, m, dd, 11, 5)
    cp.title = ""
    return d


def para(target, text="", bold=False, italic=False, size=None, align=None, strike=False, underline=False):
    p = target.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.strike = strike
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(p, parts):
    """parts: list of str or (str, dict(bold/strike/underline/italic))."""
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            t, f = part
            r = p.add_run(t)
            r.bold = f.get("b", False)
            r.italic = f.get("i", False)
            r.underline = f.get("u", False)
            r.font.strike = f.get("s", False)
            if f.get("font"):
                r.font.name = f["font"]
    return p


def cell_text(cell, text, bold=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
    return cell


def table(doc, rows, style="Table Grid", bold_first_col=False, bold_header=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            b = (bold_first_col and j == 0) or (bold_header and i == 0)
            cell_text(t.cell(i, j), val, bold=b)
    return t


def sym(p, char, font="Wingdings"):
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), font)
    s.set(qn("w:char"), char)
    r.append(s)
    p._p.append(r)


def sdt_checkbox(p, checked):
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt xmlns:w="%s" xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        % (W, W14, abs(hash((id(p), checked))) % 100000000, 1 if checked else 0, glyph)
    )
    p._p.append(parse_xml(xml))


def form_checkbox(p, checked, use_default=True):
    """Legacy FORMCHECKBOX field: no visible text at all."""
    val = "1" if checked else "0"
    if use_default:
        state = '<w:default w:val="%s"/>' % val
    else:
        state = '<w:default w:val="0"/><w:checked w:val="%s"/>' % val if checked else '<w:default w:val="0"/>'
    xml_begin = (
        '<w:r xmlns:w="%s"><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/>'
        '<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData>'
        '</w:fldChar></w:r>' % (W, abs(hash(id(p))) % 1000, state)
    )
    p._p.append(parse_xml(xml_begin))
    p._p.append(parse_xml('<w:r xmlns:w="%s"><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W))
    p._p.append(parse_xml('<w:r xmlns:w="%s"><w:fldChar w:fldCharType="separate"/></w:r>' % W))
    p._p.append(parse_xml('<w:r xmlns:w="%s"><w:fldChar w:fldCharType="end"/></w:r>' % W))


_rev = [100]


def tracked(p, deleted=None, inserted=None, author="Autors", date="2026-03-03T10:00:00Z"):
    if deleted:
        _rev[0] += 1
        p._p.append(parse_xml(
            '<w:del xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
            % (W, _rev[0], author, date, deleted)))
    if inserted:
        _rev[0] += 1
        p._p.append(parse_xml(
            '<w:ins xmlns:w="%s" w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
            % (W, _rev[0], author, date, inserted)))


def header(doc, text, footer=None):
    sec = doc.sections[0]
    if text is not None:
        hp = sec.header.paragraphs[0]
        hp.text = text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fp.text = footer


def build(name, doc, rows=(), problems=(), note=""):
    assert name.startswith(PREFIX)
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, dt, lki = r
        GOLD.append([name, q, d, v, e, dt, str(lki) if lki else ""])
    for c in problems:
        PROBLEMS.append([name, c])
    NOTES.append((name, note))


# ================================================================ files
# 01 -- key/value table (value right) + summary table document | verdict | notes
d = new_doc("Ilze Kalniņa", (2026, 3, 12))
para(d, "EKSPERTĪZES ATZINUMS", bold=True, size=14, align="c")
para(d, "par modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu", align="c")
table(d, [
    ["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
    ["LKI līmenis", "4"],
    ["Nozare", "Kokrūpniecība"],
    ["Izstrādātājs (izglītības iestāde)", "Rīgas Valsts tehnikuma darba grupa"],
    ["Eksperts", "Ilze Kalniņa"],
    ["Atzinuma datums", "12.03.2026."],
], bold_first_col=True)
para(d)
para(d, "1. Kopsavilkums", bold=True)
table(d, [
    ["Dokuments", "Vērtējums", "Piezīmes"],
    ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
     "Modulī „Korpusa mēbeļu izgatavošana” jāpapildina mācību rezultāti par CNC apstrādes centra "
     "sagatavošanu; prakses apjoms darba vidē norādīts divreiz atšķirīgi (480 un 520 st.)."],
    ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai",
     "Praktiskā uzdevuma vērtēšanas kritēriji skaidri, laika normatīvi reāli."],
], bold_header=True)
para(d)
para(d, "2. Detalizētas piezīmes", bold=True)
para(d, "Programmas struktūra kopumā atbilst profesionālās kvalifikācijas prasībām. Ieteicams moduļu "
        "aprakstos vienādot terminoloģiju (plātņu materiāli / kokskaidu plātnes).")
build("r10b01_Ekspertizes_atzinums_Mebelu_galdnieks_MIP_PKE.docx", d,
      rows=[("mēbeļu galdnieks", "MIP", NC, "Ilze Kalniņa", "2026-03-12", 4),
            ("mēbeļu galdnieks", "PKE", S, "Ilze Kalniņa", "2026-03-12", 4)],
      note="Key/value table with value on the right; summary table Dokuments|Vērtējums|Piezīmes with canonical wording.")

# 02 -- all options printed, X in adjacent cell
d = new_doc("LDDK koordinators", (2026, 2, 20), font="Arial", size=10)
para(d, "Nozares eksperta vērtējums", bold=True, size=13)
para(d, "Kvalifikācija: motorzāģa operators (LKI 3. līmenis)")
para(d, "Vērtētājs: Mārtiņš Ozols, SIA „Latvijas finieris” meža nodaļa")
para(d, "Datums: 2026. gada 20. februārī")
para(d)
para(d, "A. Modulārā izglītības programma", bold=True)
table(d, [
    ["X", "Saturs ir atbalstāms un virzāms saskaņošanai"],
    ["", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
    ["", "Saturs nav atbalstāms"],
])
para(d, "Komentārs: programma labi sasaista darba drošības moduli ar praktiskajām mācībām mežā.")
para(d)
para(d, "B. Profesionālās kvalifikācijas eksāmens", bold=True)
table(d, [
    ["", "Saturs ir atbalstāms un virzāms saskaņošanai"],
    ["X", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
    ["", "Saturs nav atbalstāms"],
])
para(d, "Komentārs: praktiskajā daļā jāiekļauj ķēdes asināšana un spriegošana kā atsevišķs vērtējamais "
        "uzdevums; teorijas testā 4 jautājumi dublējas.")
build("r10b02_motorzaga operators_vertejums_Ozols.docx", d,
      rows=[("motorzāģa operators", "MIP", S, "Mārtiņš Ozols", "2026-02-20", 3),
            ("motorzāģa operators", "PKE", NC, "Mārtiņš Ozols", "2026-02-20", 3)],
      note="All three options printed per document, 'X' in the left cell marks the choice. Author = coordinator.")

# 03 -- checkbox content controls
d = new_doc("Aivars Bērziņš", (2026, 4, 15))
para(d, "Atzinums par PK „Elektromontieris” MIP un PKE saturu", bold=True, size=13)
table(d, [
    ["Kvalifikācijas nosaukums", "Elektromontieris"],
    ["Kvalifikācijas līmenis", "LKI 3"],
    ["Eksperta vārds, uzvārds", "Aivars Bērziņš"],
    ["Datums", "2026-04-15"],
], bold_first_col=True)
para(d)
for title, checks, comment in [
    ("MIP saturs", (False, False, True),
     "Programmā nav ietverti elektrodrošības prasību moduļi atbilstoši MK noteikumiem; mācību rezultāti "
     "formulēti kā tēmas, nevis kā kompetences. Nepieciešama būtiska pārstrāde un atkārtota ekspertīze."),
    ("PKE saturs", (False, True, False),
     "Eksāmena praktiskais uzdevums atbilstošs, jāprecizē vērtēšanas lapas punktu sadalījums un "
     "drošības prasību neizpildes sekas (uzdevuma pārtraukšana)."),
]:
    para(d, title, bold=True)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (opt, ch) in enumerate(zip(["atbalstāms un virzāms saskaņošanai",
                                       "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                       "nav atbalstāms"], checks)):
        sdt_checkbox(t.cell(i, 0).paragraphs[0], ch)
        cell_text(t.cell(i, 1), opt)
    para(d, "Pamatojums: " + comment)
    para(d)
build("r10b03_Elektromontieris_atzinums_Berzins_15042026.docx", d,
      rows=[("elektromontieris", "MIP", NS, "Aivars Bērziņš", "2026-04-15", 3),
            ("elektromontieris", "PKE", NC, "Aivars Bērziņš", "2026-04-15", 3)],
      note="Word checkbox content controls (w14:checkbox); chosen box checked, option text in the next cell.")

# 04 -- legacy FORMCHECKBOX, only MIP (PKE not submitted)
d = new_doc("", (2026, 5, 6), font="Calibri", size=11)
para(d, "EKSPERTA SLĒDZIENS", bold=True, align="c")
t = table(d, [
    ["Kvalifikācija", "Elektrotehniķis (LKI 4)"],
    ["Vērtējamais dokuments", "Modulārā izglītības programma (MIP)"],
    ["Piezīme", "PKE saturs šajā kārtā netika iesniegts, tiks vērtēts 5. posmā atsevišķi."],
], bold_first_col=True)
para(d)
para(d, "Slēdziens (atzīmēt vienu):")
for opt, ch in [("saturs ir atbalstāms un virzāms saskaņošanai", True),
                ("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", False),
                ("saturs nav atbalstāms", False)]:
    p = d.add_paragraph()
    form_checkbox(p, ch)
    p.add_run("  " + opt)
para(d)
para(d, "Papildu ieteikumi (nav obligāti): modulī par viedajām ēku sistēmām varētu minēt KNX piemērus.")
para(d)
table(d, [["Eksperts: Dace Liepiņa", "Datums: 06.05.2026."]], style=None)
build("r10b04_Slēdziens_elektrotehnikis_MIP.docx", d,
      rows=[("elektrotehniķis", "MIP", S, "Dace Liepiņa", "2026-05-06", 4)],
      note="Legacy FORMCHECKBOX fields (w:default=1 on chosen), no visible mark text. PKE explicitly not submitted -> no row. Empty author.")

# 05 -- 'nevajadzīgo svītrot' strikethrough
d = new_doc("Raimonds Krūmiņš", (2026, 3, 25))
para(d, "Mehatronisko sistēmu tehniķa kvalifikācijas dokumentu ekspertīze", bold=True, size=13)
para(d, "LKI 4. līmenis · Mašīnbūve un metālapstrāde")
para(d)
for docname in ["Modulārā izglītības programma", "Profesionālās kvalifikācijas eksāmena saturs"]:
    para(d, docname + " (nevajadzīgo svītrot):", bold=True)
    p = d.add_paragraph()
    runs(p, [("atbalstāms un virzāms saskaņošanai", {"s": True}), " / ",
             "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", " / ",
             ("nav atbalstāms", {"s": True})])
para(d)
para(d, "Precizējumi:", bold=True)
para(d, "1) MIP – pneimatikas un hidraulikas modulī papildināt ar diagnostikas rezultātiem; "
        "2) MIP – precizēt PLC programmēšanas stundu skaitu; "
        "3) PKE – teorētiskās daļas jautājumu bankā trūkst jautājumu par robotu drošības zonām.")
para(d)
table(d, [["Eksperts", "Raimonds Krūmiņš"], ["Datums", "25.03.2026"], ["Paraksts", ""]])
build("r10b05_Mehatronika_ekspertize_nevajadzigo_svitrot.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", NC, "Raimonds Krūmiņš", "2026-03-25", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", NC, "Raimonds Krūmiņš", "2026-03-25", 4)],
      note="Options in one line, non-chosen struck through (w:strike). Qualification only in genitive title 'Mehatronisko sistēmu tehniķa'.")

# 06 -- Wingdings w:sym glyphs, alias VGK sistēmu tehniķis
d = new_doc("Ināra Vītola", (2026, 6, 2), font="Arial", size=10)
para(d, "VGK sistēmu tehniķis — MIP/PKE izvērtējums", bold=True, size=12)
para(d, "Ekspertes vērtējums, 5. posms")
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
cell_text(t.cell(0, 0), "Vērtējums", bold=True)
cell_text(t.cell(0, 1), "MIP", bold=True)
cell_text(t.cell(0, 2), "PKE", bold=True)
opts = ["Atbalstāms, virzāms saskaņošanai", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"]
marks = [(True, True), (False, False), (False, False)]
for i, (o, (m1, m2)) in enumerate(zip(opts, marks), start=1):
    cell_text(t.cell(i, 0), o)
    sym(t.cell(i, 1).paragraphs[0], "F0FE" if m1 else "F0A8")
    sym(t.cell(i, 2).paragraphs[0], "F0FE" if m2 else "F0A8")
para(d)
para(d, "Piezīmes: darba grupa ir ņēmusi vērā visus 1. kārtas ieteikumus (F-gāzu apritē, dzesētāju "
        "uzpildes dokumentēšana). Iepriekšējā redakcijā MIP netika atbalstīts – tagad iebildumu nav.")
para(d, "Ināra Vītola, SIA „Aircon Baltic” tehniskā direktore")
para(d, "2026. gada 2. jūnijā")
build("r10b06_VGK sistemu tehnikis_Vitola_atkartoti.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", S, "Ināra Vītola", "2026-06-02", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", S, "Ināra Vītola", "2026-06-02", 4)],
      note="Matrix with Wingdings w:sym F0FE/F0A8 (no text). Alias 'VGK sistēmu tehniķis'. History sentence 'iepriekšējā redakcijā netika atbalstīts' is not a verdict.")

# 07 -- criterion tables Jā/Nē with overall row
d = new_doc("Edgars Siliņš", (2026, 4, 28))
para(d, "Kritēriju izvērtējums", bold=True, size=13)
para(d, "Datorizētu kokapstrādes iekārtu operators, LKI 4")
para(d, "Eksperts: Edgars Siliņš     Datums: 28.04.2026.")
para(d)
para(d, "I. Modulārā izglītības programma", bold=True)
table(d, [
    ["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"],
    ["1.", "Mācību rezultāti atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
    ["2.", "Iekļautas nozarē aktuālās jaunās prasmes (CAD/CAM, 5 asu apstrāde)", "Nē", "5 asu apstrāde minēta tikai ievadā"],
    ["3.", "Moduļu apjoms kredītpunktos pamatots", "Jā", ""],
    ["4.", "Darba vidē balstītu mācību iespējas aprakstītas", "Jā", ""],
    ["", "Kopējais vērtējums", "Atbalstāma, pēc precizējumiem virzāma saskaņošanai", "Precizēt 2. kritēriju"],
], bold_header=True)
para(d)
para(d, "II. Profesionālās kvalifikācijas eksāmens", bold=True)
table(d, [
    ["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"],
    ["1.", "Eksāmena uzdevumi aptver galvenās kompetences", "Nē", "Nav CNC programmas sagatavošanas"],
    ["2.", "Vērtēšanas kritēriji ir izmērāmi", "Nē", "Kritēriji aprakstoši, bez punktiem"],
    ["3.", "Eksāmena norises laiks reāls", "Jā", ""],
    ["", "Kopējais vērtējums", "Nav atbalstāms", "Jāizstrādā no jauna praktiskā daļa"],
], bold_header=True)
build("r10b07_DKIO_kriteriju_tabula_Silins.docx", d,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", NC, "Edgars Siliņš", "2026-04-28", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", NS, "Edgars Siliņš", "2026-04-28", 4)],
      note="Criterion tables with Jā/Nē, verdict only in the final 'Kopējais vērtējums' row.")

# 08 -- Outlook e-mail (Latvian headers), quoted coordinator request below
d = new_doc("Laila Bērziņa", (2026, 4, 9), font="Calibri", size=11)
for k, v in [("No:", "Jānis Puriņš <janis.purins@kokpro.lv>"),
             ("Nosūtīts:", "ceturtdiena, 2026. gada 9. aprīlis 14:32"),
             ("Kam:", "Laila Bērziņa <laila.berzina@lddk.lv>"),
             ("Tēma:", "RE: KIRT MIP un PKE ekspertīze – atgādinājums")]:
    runs(d.add_paragraph(), [(k + " ", {"b": True}), v])
para(d)
para(d, "Labdien, Laila!")
para(d, "Izskatīju koka izstrādājumu ražošanas tehniķa materiālus, īsumā:")
para(d, "• MIP – atbalstu, var virzīt saskaņošanai. Ļoti laba sadaļa par ražošanas plānošanu.")
para(d, "• PKE – kopumā atbalstu, bet pirms virzīšanas jāprecizē vērtēšanas kritēriji 2. praktiskajam "
        "uzdevumam (šobrīd nav norādīts pieļaujamās novirzes mm).")
para(d, "Detalizētas piezīmes pievienoju failā ar izsekotām izmaiņām.")
para(d, "Ar cieņu,")
para(d, "Jānis Puriņš")
para(d, "SIA „KokPro” ražošanas vadītājs, tālr. 29XXXXXX")
para(d)
para(d, "-----Original Message-----", italic=True)
for k, v in [("From:", "Laila Bērziņa"), ("Sent:", "Monday, April 6, 2026 9:10 AM"), ("Subject:", "KIRT MIP un PKE ekspertīze – atgādinājums")]:
    para(d, k + " " + v, italic=True)
para(d, "Labdien, Jāni! Atgādinu, ka līdz 10. aprīlim gaidām Jūsu atzinumu par koka izstrādājumu ražošanas "
        "tehniķa MIP un PKE. Lūdzu katram dokumentam norādīt vienu no variantiem: „atbalstāms un virzāms "
        "saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „nav atbalstāms”. "
        "Paldies par atbalstu!", italic=True)
para(d, "Laila Bērziņa, LDDK projekta koordinatore", italic=True)
build("r10b08_RE KIRT MIP un PKE ekspertize.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", S, "Jānis Puriņš", "2026-04-09", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", NC, "Jānis Puriņš", "2026-04-09", 4)],
      note="Outlook reply printed to Word; verdicts in bullets; quoted coordinator request lists all options and ends 'Paldies par atbalstu' (not verdicts). Author = coordinator.")

# 09 -- Gmail English headers, no diacritics
d = new_doc("Guntars Lacis", (2026, 3, 5), font="Arial", size=10)
para(d, "Gmail - RE: buvizstradajumu galdnieks atzinums", size=9)
para(d, "From: Guntars Lacis <guntars.lacis@gmail.com>")
para(d, "Date: Thu, Mar 5, 2026 at 10:14 AM")
para(d, "Subject: RE: buvizstradajumu galdnieks atzinums")
para(d, "To: <koordinators.koks@lddk.lv>")
para(d)
para(d, "Sveiki,")
para(d, "rakstu no telefona, tapec bez garumzimem.")
para(d, "Buvizstradajumu galdnieka programmu (MIP) neatbalstu - logu un durvju montazas modulis ir "
        "nokopets no vecas programmas, nav ne varda par energoefektivu montazu, ne par hermetizacijas "
        "materialiem. Jaataisa no jauna un jasuta man vel reizi.")
para(d, "Eksamens (PKE) man ir ok, iebildumu nav - atbalstams un virzams saskanosanai.")
para(d, "Guntars")
para(d)
para(d, "On Tue, Mar 3, 2026 at 4:50 PM LDDK koordinators wrote:", italic=True)
para(d, "> Lugums sniegt atzinumu par MIP un PKE saturu lidz piektdienai. Paldies!", italic=True)
build("r10b09_RE_buvizstradajumu galdnieks.docx", d,
      rows=[("būvizstrādājumu galdnieks", "MIP", NS, "Guntars Lacis", "2026-03-05", 4),
            ("būvizstrādājumu galdnieks", "PKE", S, "Guntars Lacis", "2026-03-05", 4)],
      note="Gmail print, English headers, text without diacritics; 'neatbalstu' and 'iebildumu nav - atbalstams un virzams'. Expert name from From: header as written.")

# 10 -- company letterhead letter
d = new_doc("Valdis Strazds", (2026, 3, 17))
header(d, "SIA „Kurzemes Meža Tehnika” · Reģ. Nr. 40003XXXXXX · Ventspils iela 12, Kuldīga, LV-3301")
para(d, "Kuldīgā, 2026. gada 17. martā", align="r")
para(d, "Nr. 3/26-E", align="r")
para(d, "Latvijas Darba devēju konfederācijai\nprojekta koordinatorei")
para(d)
para(d, "Par meža mašīnu operatora kvalifikācijas MIP un PKE saturu", bold=True)
para(d, "Atbilstoši LDDK deleģējumam esmu izvērtējis Ogres tehnikuma darba grupas sagatavoto meža mašīnu "
        "operatora (LKI 3. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas "
        "eksāmena saturu.")
para(d, "Programmā pietiekami atspoguļots harvesteru un forvarderu darbs, taču trūkst simulatoru "
        "izmantošanas apraksta, kas mūsu nozarē šobrīd ir standarts. Uzskatu, ka programma ir atbalstāma, "
        "taču saskaņošanai to var virzīt tikai pēc tam, kad būs papildināts modulis „Meža mašīnu vadība” "
        "ar simulatoru mācībām (vismaz 40 st.).")
para(d, "Eksāmena saturs atbilst nozares prasībām un ir atbalstāms un virzāms saskaņošanai bez izmaiņām.")
para(d)
para(d, "Ar cieņu")
para(d, "valdes loceklis, nozares eksperts")
para(d, "Valdis Strazds")
para(d)
para(d, "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8)
build("r10b10_Vestule_LDDK_meza masinu operators_Strazds.docx", d,
      rows=[("meža mašīnu operators", "MIP", NC, "Valdis Strazds", "2026-03-17", 3),
            ("meža mašīnu operators", "PKE", S, "Valdis Strazds", "2026-03-17", 3)],
      note="Formal company letter with letterhead in the page header; verdict in prose with the condition 'tikai pēc tam, kad'.")

# 11 -- name only in page header, date in footer; several qualifications incl. unregistered
d = new_doc("Kokrūpniecības koordinators", (2026, 5, 19), font="Calibri", size=11)
header(d, "Vērtētāja: Laura Zariņa (kokrūpniecība)", footer="Sagatavots 19.05.2026 · 1. lapa no 1")
para(d, "Kokapstrādes kvalifikāciju dokumentu vērtējums (5. posms)", bold=True, size=13)
table(d, [
    ["Kvalifikācija", "LKI", "Dokuments", "Vērtējums", "Komentāri"],
    ["Kokapstrādes iekārtu operators", "3", "MIP", "atbalstāms un virzāms saskaņošanai", "—"],
    ["Kokapstrādes iekārtu operators", "3", "PKE", "atbalstāms un virzāms saskaņošanai", "labi sagatavots"],
    ["Kokzāģētavas operators", "3", "MIP", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
     "nav ietverta zāģu instrumentu apkope"],
    ["Kokzāģētavas operators", "3", "PKE", "netika iesniegts", ""],
], bold_header=True)
para(d)
para(d, "Piezīme koordinatoram: kokzāģētavas operatora PKE saturu darba grupa sola atsūtīt jūnijā.")
build("r10b11_kokapstrade_vertejums_Zarina.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", S, "Laura Zariņa", "2026-05-19", 3),
            ("kokapstrādes iekārtu operators", "PKE", S, "Laura Zariņa", "2026-05-19", 3),
            ("Kokzāģētavas operators", "MIP", NC, "Laura Zariņa", "2026-05-19", 3)],
      problems=["unknown_qualification"],
      note="Name only in page header ('Vērtētāja: Laura Zariņa'), date only in footer. Unregistered 'Kokzāģētavas operators'; its PKE not submitted -> no row.")

# 12 -- tracked changes: verdict changed
d = new_doc("Kristīne Ābele", (2026, 3, 3))
para(d, "Atzinums", bold=True, size=14)
table(d, [
    ["Kvalifikācija:", "Mežsaimniecības tehniķis"],
    ["Līmenis:", "LKI 4"],
    ["Ekspertes vārds, uzvārds:", "Kristīne Ābele"],
    ["Datums:", "03.03.2026."],
], style=None, bold_first_col=True)
para(d)
para(d, "MIP", bold=True)
para(d, "Programmas saturs ir atbalstāms un virzāms saskaņošanai. Mežaudžu inventarizācijas un ĢIS "
        "moduļi ir ļoti labi strukturēti.")
para(d, "PKE", bold=True)
p = d.add_paragraph()
p.add_run("Eksāmena saturs ir atbalstāms")
tracked(p, deleted=" un virzāms saskaņošanai.",
        inserted="; pēc precizējumu veikšanas virzāms saskaņošanai. Jāprecizē cirsmas skices uzdevuma "
                 "vērtēšanas kritēriji un jāpievieno meža atjaunošanas plāna uzdevums.",
        author="Kristīne Ābele", date="2026-03-03T15:20:00Z")
build("r10b12_Mezsaimniecibas tehnikis_atzinums_Abele_labots.docx", d,
      rows=[("mežsaimniecības tehniķis", "MIP", S, "Kristīne Ābele", "2026-03-03", 4),
            ("mežsaimniecības tehniķis", "PKE", NC, "Kristīne Ābele", "2026-03-03", 4)],
      note="PKE verdict edited with track changes: w:del removes 'un virzāms saskaņošanai', w:ins adds the correction condition -> needs_corrections.")

# 13 -- NOT a review: meeting minutes
d = new_doc("Anda Kreile", (2026, 4, 22))
para(d, "PROTOKOLS Nr. 7", bold=True, align="c")
para(d, "Enerģētikas nozares ekspertu darba sanāksme", align="c")
para(d, "Rīgā, 2026. gada 22. aprīlī, Zoom", align="c")
para(d, "Piedalās: A. Kreile (LDDK), A. Bērziņš, D. Liepiņa, I. Vītola, P. Kļaviņš")
para(d)
table(d, [
    ["Nr.", "Jautājums", "Nolemts", "Atbildīgais"],
    ["1.", "MIP un PKE ekspertīžu grafiks 5. posmā",
     "Elektromontiera un elektrotehniķa PKE atzinumus iesniegt līdz 15.05.", "A. Kreile"],
    ["2.", "Vienota atzinuma forma",
     "Forma paredz trīs variantus: atbalstāms un virzāms saskaņošanai; atbalstāms pēc precizējumiem; "
     "nav atbalstāms. Eksperti vienojas aizpildīt visus laukus.", "visi"],
    ["3.", "Metodiskais atbalsts izglītības iestādēm",
     "VISC nodrošinās metodisko atbalstu darba grupām; nozares uzņēmumi atbalsta prakses vietu "
     "piedāvāšanu.", "VISC"],
], bold_header=True)
para(d)
para(d, "Protokolēja: Anda Kreile")
build("r10b13_Protokols_7_energetika_ekspertu sanaksme.docx", d,
      problems=["no_verdict"],
      note="NOT a review: minutes listing verdict options, 'metodiskais atbalsts', 'uzņēmumi atbalsta'.")

# 14 -- NOT a review: assignment table
d = new_doc("Laila Bērziņa", (2026, 1, 14), font="Calibri", size=10)
para(d, "Ekspertu sadalījums pa kvalifikācijām – 4. posms", bold=True, size=12)
table(d, [
    ["Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
    ["Motorzāģa operators", "3", "M. Ozols", "M. Ozols", "20.02.2026", "piešķirts"],
    ["Mežsaimniecības tehniķis", "4", "K. Ābele", "K. Ābele", "06.03.2026", "piešķirts"],
    ["Būvizstrādājumu galdnieks", "4", "G. Lācis", "G. Lācis", "06.03.2026", "piešķirts"],
    ["Mehatronisko sistēmu tehniķis", "4", "R. Krūmiņš", "A. Dreimane", "27.03.2026", "gaida dokumentus"],
    ["Meža mašīnu operators", "3", "V. Strazds", "V. Strazds", "20.03.2026", "piešķirts"],
], bold_header=True)
para(d)
para(d, "Ekspertiem atzinumā jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc "
        "precizējumiem vai nav atbalstāms. Paldies par atbalstu projektā!")
build("r10b14_ekspertu sadalijums 4 posms.docx", d,
      problems=["no_verdict"],
      note="NOT a review: assignment table with experts and deadlines; instruction sentence lists options.")

# 15 -- vertical key/value (value below key), repeat review
d = new_doc("Oskars Jansons", (2026, 4, 7))
para(d, "ATKĀRTOTAS EKSPERTĪZES LAPA", bold=True, align="c")
t = d.add_table(rows=14, cols=1)
t.style = "Table Grid"
kv = [("Profesionālā kvalifikācija", "Motorzāģa operators"),
      ("Kvalifikācijas līmenis", "3. LKI"),
      ("Eksperts", "Oskars Jansons"),
      ("Datums", "2026. gada 7. aprīlis"),
      ("Iepriekšējās ekspertīzes rezultāts",
       "20.02.2026.: MIP atbalstāms un virzāms; PKE – atbalstāms pēc precizējumu veikšanas"),
      ("MIP vērtējums šajā kārtā", "Bez izmaiņām, iepriekšējais vērtējums paliek spēkā – atbalstāms un virzāms saskaņošanai."),
      ("PKE vērtējums šajā kārtā",
       "Precizējumi veikti (ķēdes asināšana iekļauta kā 3. uzdevums). Saturs atbalstāms un virzāms saskaņošanai.")]
for i, (k, v) in enumerate(kv):
    cell_text(t.cell(2 * i, 0), k, bold=True)
    cell_text(t.cell(2 * i + 1, 0), v)
build("r10b15_Motorzaga operators_atkartota_Jansons.docx", d,
      rows=[("motorzāģa operators", "MIP", S, "Oskars Jansons", "2026-04-07", 3),
            ("motorzāģa operators", "PKE", S, "Oskars Jansons", "2026-04-07", 3)],
      note="Single-column table, value below the label. History row restates earlier round (not current). Current MIP 'iepriekšējais vērtējums paliek spēkā – atbalstāms un virzāms'.")

# 16 -- 'vajadzīgo pasvītrot': chosen option underlined + bold
d = new_doc("Sandis Kalējs", (2026, 5, 27), font="Arial", size=10)
para(d, "Nozares eksperta atzinums", bold=True, size=12)
para(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)")
para(d)
para(d, "Vērtējums (vajadzīgo pasvītrot)", italic=True)
t = d.add_table(rows=2, cols=2)
t.style = "Table Grid"
cell_text(t.cell(0, 0), "MIP", bold=True)
cell_text(t.cell(1, 0), "PKE", bold=True)
for row, chosen in [(0, 1), (1, 0)]:
    p = t.cell(row, 1).paragraphs[0]
    parts = []
    for i, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                           "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                           "nav atbalstāms"]):
        if i:
            parts.append("  |  ")
        parts.append((o, {"u": i == chosen, "b": i == chosen}))
    runs(p, parts)
para(d)
para(d, "Precizējumi MIP: aukstumaģentu apstrādes modulī jānorāda sertifikācijas prasības; "
        "jāsamazina dublēšanās starp 2. un 4. moduli.")
para(d)
table(d, [["Paraksts / datums", "S. Kalējs / 27.05.2026."]], bold_first_col=True)
build("r10b16_VGK remontatslēdznieks atzinums.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NC, "S. Kalējs", "2026-05-27", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", S, "S. Kalējs", "2026-05-27", 3)],
      note="'vajadzīgo pasvītrot': chosen option underlined+bold, others plain. Name only as 'S. Kalējs' in Paraksts/datums cell.")

# 17 -- template filled but verdict left empty
d = new_doc("Aija Dreimane", (2026, 2, 11))
para(d, "PKE SATURA EKSPERTĪZE", bold=True, align="c")
table(d, [
    ["Kvalifikācija", "Mehatronisko sistēmu tehniķis"],
    ["LKI", "4"],
    ["Vērtētais dokuments", "PKE saturs (MIP vērtē R. Krūmiņš)"],
    ["Eksperte", "Aija Dreimane"],
    ["Datums", "11.02.2026"],
], bold_first_col=True)
para(d)
para(d, "Konstatētās nepilnības", bold=True)
para(d, "– praktiskajā uzdevumā nav paredzēta kļūmju meklēšana pneimatiskajā sistēmā;")
para(d, "– teorētiskā testa jautājumi neaptver rūpniecisko tīklu (Profinet) pamatus;")
para(d, "– nav skaidrs, kā vērtē darba drošības ievērošanu.")
para(d)
table(d, [
    ["Slēdziens (atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms)", ""],
], bold_first_col=True)
build("r10b17_PKE_mehatronika_Dreimane.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "PKE", UNK, "Aija Dreimane", "2026-02-11", 4)],
      problems=["no_verdict"],
      note="Filled PKE form whose Slēdziens cell is empty (options only in the label). MIP explicitly reviewed by someone else -> no row.")

# 18 -- conflict: two boxes checked for MIP
d = new_doc("Ritvars Meiers", (2026, 6, 10), font="Calibri", size=11)
para(d, "Elektrotehniķis – ekspertīzes veidlapa", bold=True, size=13)
para(d, "LKI 4. līmenis | Eksperts: Ritvars Meiers | 10.06.2026")
t = d.add_table(rows=4, cols=3)
t.style = "Table Grid"
cell_text(t.cell(0, 0), "")
cell_text(t.cell(0, 1), "MIP", bold=True)
cell_text(t.cell(0, 2), "PKE", bold=True)
rows_ = [("Atbalstāms un virzāms saskaņošanai", "☒", "☒"),
         ("Atbalstāms pēc precizējumu veikšanas", "☐", "☐"),
         ("Nav atbalstāms", "☒", "☐")]
for i, (o, a, b) in enumerate(rows_, start=1):
    cell_text(t.cell(i, 0), o)
    cell_text(t.cell(i, 1), a)
    cell_text(t.cell(i, 2), b)
para(d)
para(d, "Komentāri: PKE uzdevumi atbilstoši. MIP – sk. pievienoto failu.")
build("r10b18_Elektrotehnikis_veidlapa_Meiers.docx", d,
      rows=[("elektrotehniķis", "MIP", UNK, "Ritvars Meiers", "2026-06-10", 4),
            ("elektrotehniķis", "PKE", S, "Ritvars Meiers", "2026-06-10", 4)],
      problems=["conflict"],
      note="Typed ☒/☐ glyphs; MIP has both 'atbalstāms un virzāms' and 'nav atbalstāms' checked, no prose to break the tie -> unknown + conflict.")

# 19 -- body remarks negative, conclusion outranks
d = new_doc("Elīna Grīnberga", (2026, 5, 4))
para(d, "Datorizētu kokapstrādes iekārtu operatora MIP un PKE – ekspertes atzinums (atkārtots)", bold=True)
table(d, [["Eksperte", "Elīna Grīnberga"], ["Datums", "04.05.2026."], ["LKI", "4"]], bold_first_col=True)
para(d)
table(d, [
    ["Sadaļa", "Piezīmes"],
    ["MIP, 3. modulis „CNC iekārtu programmēšana”",
     "Šajā redakcijā modulis nav atbalstāms – uzdevumi nesasniedz 4. līmeni, trūkst G-koda rediģēšanas."],
    ["MIP, pārējie moduļi", "Iebildumu nav."],
    ["PKE, praktiskā daļa", "Vērtēšanas lapa nepilnīga, nav punktu sliekšņa."],
    ["PKE, teorētiskā daļa", "Atbilstoša."],
], bold_header=True)
para(d)
para(d, "Secinājumi", bold=True)
para(d, "Kopumā MIP saturs ir atbalstāms, pēc 3. moduļa precizēšanas virzāms saskaņošanai. "
        "Arī PKE saturu atbalstu ar nosacījumu, ka tiek papildināta vērtēšanas lapa.")
build("r10b19_DKIO_MIP_PKE_Grinberga_2karta.docx", d,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", NC, "Elīna Grīnberga", "2026-05-04", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", NC, "Elīna Grīnberga", "2026-05-04", 4)],
      note="Remarks table says a module 'nav atbalstāms'; the Secinājumi section outranks it. PKE 'atbalstu ar nosacījumu, ka'.")

# 20 -- coded summary table (A/P/N legend), several qualifications, Paraksts/datums cell
d = new_doc("LDDK", (2026, 5, 22), font="Arial", size=9)
sec = d.sections[0]
para(d, "Enerģētikas nozares kvalifikāciju MIP un PKE vērtējumu kopsavilkums", bold=True, size=11)
para(d, "Apzīmējumi: A – saturs atbalstāms un virzāms saskaņošanai; P – atbalstāms, pēc precizējumu "
        "veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms.", italic=True)
table(d, [
    ["Kvalifikācija", "LKI", "MIP", "PKE", "Galvenās piezīmes"],
    ["Elektromontieris", "3", "P", "A", "MIP: papildināt elektrodrošības moduli (pēc 1. kārtas labojumiem lielā mērā novērsts)"],
    ["Elektrotehniķis", "4", "A", "P", "PKE: vienādot vērtēšanas skalu"],
    ["Elektroenerģētikas tehniķis", "5", "N", "N", "Dokumenti neatbilst 5. LKI; nav vadības kompetenču"],
], bold_header=True)
para(d)
table(d, [["Eksperts", "Paraksts / datums"], ["Normunds Vanags", "N. Vanags / 22.05.2026."]], bold_header=True)
build("r10b20_Energetika_kopsavilkums_Vanags.docx", d,
      rows=[("elektromontieris", "MIP", NC, "Normunds Vanags", "2026-05-22", 3),
            ("elektromontieris", "PKE", S, "Normunds Vanags", "2026-05-22", 3),
            ("elektrotehniķis", "MIP", S, "Normunds Vanags", "2026-05-22", 4),
            ("elektrotehniķis", "PKE", NC, "Normunds Vanags", "2026-05-22", 4),
            ("Elektroenerģētikas tehniķis", "MIP", NS, "Normunds Vanags", "2026-05-22", 5),
            ("Elektroenerģētikas tehniķis", "PKE", NS, "Normunds Vanags", "2026-05-22", 5)],
      problems=["unknown_qualification"],
      note="One expert's own summary table with letter codes A/P/N and a legend; three qualifications, one unregistered (LKI 5). Date in 'Paraksts / datums' cell.")

# 21 -- English Outlook headers; only PKE covered
d = new_doc("Anda Kreile", (2026, 5, 29), font="Calibri", size=11)
for k, v in [("From:", "Pēteris Kļaviņš <peteris.klavins@klimatserviss.lv>"),
             ("Sent:", "Friday, May 29, 2026 8:47 AM"),
             ("To:", "Anda Kreile"),
             ("Subject:", "VGK remontatslēdznieks PKE"),
             ("Attachments:", "PKE_VGK_remontatsl_piezimes.docx")]:
    runs(d.add_paragraph(), [(k + "\t", {"b": True}), v])
para(d)
para(d, "Sveika, Anda!")
para(d, "Par VGK iekārtu remontatslēdznieka eksāmenu – PKE saturu atbalstu, var virzīt saskaņošanai bez "
        "precizējumiem. Dažas redakcionālas piezīmes pielikumā, bet tās nav obligātas.")
para(d, "MIP vēl neesmu paguvis izskatīt, to atsūtīšu atsevišķi nākamnedēļ.")
para(d, "Pēteris")
build("r10b21_FW VGK remontatslēdznieks PKE.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", S, "Pēteris Kļaviņš", "2026-05-29", 3)],
      note="English Outlook headers; 'bez precizējumiem' = supported. MIP explicitly not yet reviewed -> no row.")

# 22 -- NOT a review: instructions for experts
d = new_doc("Laila Bērziņa", (2026, 1, 8))
para(d, "Norādījumi ekspertiem atzinuma veidlapas aizpildīšanai", bold=True, size=13)
para(d, "1. Katrai kvalifikācijai aizpilda atsevišķu veidlapu par MIP un/vai PKE saturu.")
para(d, "2. Ailē „Slēdziens” atzīmē vienu no variantiem:")
table(d, [
    ["☐", "saturs ir atbalstāms un virzāms saskaņošanai"],
    ["☐", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
    ["☐", "saturs nav atbalstāms"],
])
para(d, "3. Ja saturs nav atbalstāms, obligāti norāda pamatojumu. Piemēram: „Modulis nav atbalstāms, jo…”.")
para(d, "4. Atzinumu paraksta un datē; failu nosauc: Kvalifikacija_MIP_PKE_Uzvards.docx.")
para(d, "5. Jautājumu gadījumā metodisko atbalstu sniedz LDDK koordinatori.")
build("r10b22_Noradijumi_ekspertiem_veidlapa.docx", d,
      problems=["no_verdict"],
      note="NOT a review: instructions with an empty option table and example phrases.")

# 23 -- NOT a review: invitation letter for stage 5
d = new_doc("LDDK", (2026, 3, 30))
header(d, "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA")
para(d, "Rīgā, 30.03.2026. Nr. 2-7/118", align="r")
para(d, "Nozaru ekspertiem (pēc saraksta)")
para(d, "Par dalību projekta 5. posmā", bold=True)
para(d, "Pateicamies par līdzšinējo darbu! Līdz 31. martam pabeigta MIP un PKE satura ekspertīze "
        "motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. "
        "5. posmā (01.04.–31.07.2026.) aicinām turpināt ekspertīzes atlikušajām kvalifikācijām, t. sk. "
        "elektromontierim, mēbeļu galdniekam un meža mašīnu operatoram.")
para(d, "Lūdzam līdz 10. aprīlim apstiprināt dalību. Projekts tiek īstenots ar ES Kohēzijas politikas "
        "programmas 4.2.2. specifiskā atbalsta mērķa finansējumu.")
para(d, "Ar cieņu\nprojekta vadītāja Anda Kreile")
build("r10b23_Uzaicinajums_5posms_LDDK.docx", d,
      problems=["no_verdict"],
      note="NOT a review: invitation letter on letterhead; mentions finished expertises and 'specifiskā atbalsta mērķis'.")

# 24 -- ☑/☐ typed glyphs, several qualifications in sections
d = new_doc("Agnese Roze", (2026, 6, 16))
para(d, "PKE satura ekspertīze – galdniecības kvalifikācijas un meža mašīnu operators", bold=True)
para(d, "Eksperte: Agnese Roze, 16.06.2026.")
for qn_, lvl, marks, com in [
    ("Mēbeļu galdnieks", "4", (True, False, False), "Precizējumi pēc 1. kārtas veikti pilnībā."),
    ("Būvizstrādājumu galdnieks", "4", (False, True, False),
     "Jāpievieno uzdevums par logu bloku regulēšanu; jānorāda instrumentu saraksts."),
    ("Meža mašīnu operators", "3", (False, False, True),
     "Eksāmens balstīts tikai uz teoriju, praktiskā daļa simulatorā nav paredzēta."),
]:
    para(d)
    para(d, "%s (LKI %s) – PKE" % (qn_, lvl), bold=True)
    for opt, m in zip(["atbalstāms un virzāms saskaņošanai",
                       "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                       "nav atbalstāms"], marks):
        p = d.add_paragraph()
        runs(p, [("☑" if m else "☐", {"font": "MS Gothic"}), " " + opt])
    para(d, "Pamatojums: " + com)
build("r10b24_PKE_galdnieki_MMO_Roze.docx", d,
      rows=[("mēbeļu galdnieks", "PKE", S, "Agnese Roze", "2026-06-16", 4),
            ("būvizstrādājumu galdnieks", "PKE", NC, "Agnese Roze", "2026-06-16", 4),
            ("meža mašīnu operators", "PKE", NS, "Agnese Roze", "2026-06-16", 3)],
      note="Three qualification sections, PKE only; typed ☑/☐ glyphs before each option.")

# 25 -- no diacritics, value-below table, PKL level
d = new_doc("Arturs", (2026, 4, 2), font="Arial", size=10)
para(d, "EKSPERTIZES ATZINUMS", bold=True)
t = d.add_table(rows=8, cols=2)
t.style = "Table Grid"
vals = [("Kvalifikacija", "Mehatronisko sistemu tehnikis (3. PKL)"),
        ("Eksperta vards, uzvards", "Arturs Kalnins"),
        ("Datums", "02.04.2026"),
        ("Dokumenti", "MIP un PKE (darba grupas 2. redakcija)")]
for i, (k, v) in enumerate(vals):
    cell_text(t.cell(2 * i, 0), k, bold=True)
    cell_text(t.cell(2 * i + 1, 0), v)
    t.cell(2 * i, 0).merge(t.cell(2 * i, 1))
    t.cell(2 * i + 1, 0).merge(t.cell(2 * i + 1, 1))
para(d)
para(d, "Vertejums", bold=True)
para(d, "MIP: nav atbalstams. Programma nav saskanota ar aktualo profesijas standartu, iztrukst robotikas "
        "un industriala interneta moduli, nepieciesama butiska parstrade.")
para(d, "PKE: ari nav atbalstams - eksamena uzdevumi atbilst vecajai programmai.")
para(d, "Pec parstrades gatavs izskatit atkartoti.")
build("r10b25_mehatronika atzinums Kalnins (2).docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", NS, "Arturs Kalnins", "2026-04-02", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", NS, "Arturs Kalnins", "2026-04-02", 4)],
      note="No diacritics anywhere; labels above values in merged cells; level given as old '3. PKL' (= LKI 4).")

# 26 -- criterion table with V marks, name only in footer, date in header; two qualifications
d = new_doc("Enerģētikas koordinators", (2026, 4, 21), font="Calibri", size=10)
header(d, "21.04.2026", footer="Sagatavoja: Zane Ozoliņa, nozares eksperte (enerģētika)")
para(d, "Eksāmenu satura pārbaudes lapa", bold=True, size=12)
for q, lvl, crit, overall in [
    ("Elektrotehniķis", "4", [("Uzdevumi atbilst PK prasībām", "V", ""), ("Vērtēšanas kritēriji izmērāmi", "", "V"),
                              ("Drošības prasības iekļautas", "V", "")],
     "PKE atbalstāms pēc precizējumu veikšanas (kritēriji jāizsaka punktos)"),
    ("Elektromontieris", "3", [("Uzdevumi atbilst PK prasībām", "V", ""), ("Vērtēšanas kritēriji izmērāmi", "V", ""),
                               ("Drošības prasības iekļautas", "V", "")],
     "PKE atbalstāms, virzāms saskaņošanai"),
]:
    para(d)
    para(d, "%s (LKI %s), PKE" % (q, lvl), bold=True)
    rows_ = [["Kritērijs", "Atbilst", "Neatbilst"]] + [list(c) for c in crit] + [["Rezultāts", overall, None]]
    tt = table(d, rows_, bold_header=True)
    tt.cell(len(rows_) - 1, 1).merge(tt.cell(len(rows_) - 1, 2))
build("r10b26_PKE parbaudes lapa elektro.docx", d,
      rows=[("elektrotehniķis", "PKE", NC, "Zane Ozoliņa", "2026-04-21", 4),
            ("elektromontieris", "PKE", S, "Zane Ozoliņa", "2026-04-21", 3)],
      note="Criterion tables with V marks in Atbilst/Neatbilst columns and a merged 'Rezultāts' row; name only in footer, date only in header.")

# 27 -- nominal 'Lēmums' phrases, formal form
d = new_doc("Gatis Kalniņš", (2026, 7, 8))
para(d, "Ekspertīzes rezultātu lapa", bold=True, size=13, align="c")
table(d, [
    ["Profesionālās kvalifikācijas nosaukums:", "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"],
    ["LKI līmenis:", "4"],
], style=None, bold_first_col=True)
para(d)
table(d, [
    ["Dokuments", "Lēmums", "Nosacījumi / pamatojums"],
    ["Modulārā izglītības programma", "Atbalstīt ar nosacījumu",
     "Virzīt saskaņošanai pēc tam, kad būs precizēti siltumsūkņu moduļa mācību rezultāti."],
    ["Kvalifikācijas eksāmena saturs", "Neatbalstīt",
     "Eksāmenā nav iekļauta sistēmas regulēšana un nodošana ekspluatācijā; jāizstrādā jauna redakcija."],
], bold_header=True)
para(d)
table(d, [["Eksperts (vārds, uzvārds)", "Paraksts", "Datums"], ["Gatis Kalniņš", "", "08.07.2026."]], bold_header=True)
build("r10b27_VGK_sistemu_tehnikis_rezultatu lapa_galigais.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", NC, "Gatis Kalniņš", "2026-07-08", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", NS, "Gatis Kalniņš", "2026-07-08", 4)],
      note="Nominal/infinitive decisions 'Atbalstīt ar nosacījumu' / 'Neatbalstīt'; documents named in full words.")

# 28 -- condition in next sentence; Paraksts/datums cell
d = new_doc("Liene Bite", (2026, 5, 13))
para(d, "Koka izstrādājumu ražošanas tehniķis (LKI 4)", bold=True)
para(d, "MIP un PKE satura izvērtējums – 2. kārta pēc Jāņa Puriņa piezīmēm")
para(d)
table(d, [
    ["Jautājums", "Atbilde"],
    ["Vai MIP saturs ir atbalstāms?",
     "Jā, MIP saturs ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai jāprecizē 5. moduļa "
     "vērtēšanas metodes un jānovērš pretruna stundu sadalījumā."],
    ["Vai PKE saturs ir atbalstāms?",
     "Jā. PKE saturs atbalstāms un virzāms saskaņošanai bez precizējumiem – iepriekšējās kārtas "
     "piezīmes ņemtas vērā."],
], bold_header=True)
para(d)
table(d, [["Paraksts / datums", "Liene Bite, 13.05.2026."]], bold_first_col=True)
build("r10b28_KIRT_2karta_Bite.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", NC, "Liene Bite", "2026-05-13", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", S, "Liene Bite", "2026-05-13", 4)],
      note="Question/answer table; MIP condition in the following sentence ('Tomēr pirms virzīšanas ... jāprecizē'); PKE 'bez precizējumiem'. Another expert mentioned in subtitle (not the author).")

# 29 -- unregistered qualification
d = new_doc("Roberts Eglītis", (2026, 6, 24), font="Arial", size=10)
para(d, "ATZINUMS PAR KVALIFIKĀCIJAS DOKUMENTIEM", bold=True)
table(d, [
    ["Kvalifikācija", "Metālapstrādes iekārtu operators"],
    ["Nozare", "Mašīnbūve un metālapstrāde"],
    ["Līmenis", "LKI 3"],
    ["Eksperts", "Roberts Eglītis"],
    ["Datums", "24.06.2026."],
    ["MIP slēdziens", "Saturs atbalstāms un virzāms saskaņošanai."],
    ["PKE slēdziens", "Saturs atbalstāms un virzāms saskaņošanai; ieteikumi (nav obligāti) – sk. zemāk."],
    ["Ieteikumi", "Praktiskajā uzdevumā var izmantot arī lokšņu liekšanas presi, ja skolā tāda ir."],
], bold_first_col=True)
build("r10b29_Metalapstrades iekartu operators_Eglitis.docx", d,
      rows=[("Metālapstrādes iekārtu operators", "MIP", S, "Roberts Eglītis", "2026-06-24", 3),
            ("Metālapstrādes iekārtu operators", "PKE", S, "Roberts Eglītis", "2026-06-24", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register; optional recommendations do not make it conditional.")

# 30 -- remarks only, verdict postponed
d = new_doc("Inese Vilka", (2026, 3, 18))
para(d, "Elektromontieris – MIP piezīmes", bold=True)
table(d, [
    ["Eksperte", "Inese Vilka"],
    ["Datums", "2026. gada 18. marts"],
    ["Dokuments", "MIP (PKE šajā sūtījumā nebija)"],
], bold_first_col=True)
para(d)
table(d, [
    ["Modulis", "Piezīme"],
    ["Elektroinstalācijas izbūve", "Jāiekļauj jaunās LVS 437 prasības."],
    ["Zemējums un zibensaizsardzība", "Ļoti vispārīgi, nav mērījumu."],
    ["Saules paneļu sistēmas", "Modulis labs, bet stundu skaits par mazu."],
], bold_header=True)
para(d)
para(d, "Gala vērtējumu (atbalstāms/nav atbalstāms) sniegšu, kad darba grupa būs atsūtījusi precizēto "
        "versiju ar aizpildītu mērījumu moduli.")
build("r10b30_Elektromontieris MIP piezimes Vilka.docx", d,
      rows=[("elektromontieris", "MIP", UNK, "Inese Vilka", "2026-03-18", 3)],
      problems=["no_verdict"],
      note="Remarks only, the verdict explicitly postponed -> unknown + no_verdict. PKE explicitly not received -> no row.")

# 31 -- history table with two rounds; current = newest row
d = new_doc("Uldis Sproģis", (2026, 4, 30), font="Calibri", size=11)
para(d, "Kokapstrādes iekārtu operators – ekspertīzes gaita", bold=True, size=12)
para(d, "Eksperts Uldis Sproģis | LKI 3")
table(d, [
    ["Kārta", "Datums", "MIP", "PKE", "Komentārs"],
    ["1.", "10.02.2026", "nav atbalstāms", "atbalstāms, pēc precizējumiem virzāms",
     "MIP bez darba vidē balstītu mācību plāna"],
    ["2. (aktuālā)", "30.04.2026", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
     "visi labojumi veikti"],
], bold_header=True)
para(d)
para(d, "Šis vērtējums aizstāj 10.02.2026. atzinumu.")
build("r10b31_KIO ekspertizes gaita Sprogis.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", S, "Uldis Sproģis", "2026-04-30", 3),
            ("kokapstrādes iekārtu operators", "PKE", S, "Uldis Sproģis", "2026-04-30", 3)],
      note="Round history table; the row marked '2. (aktuālā)' is current and explicitly replaces the first; date = current round.")

# 32 -- Gmail Latvian UI headers with quoted request
d = new_doc("Laila Bērziņa", (2026, 3, 30), font="Arial", size=10)
para(d, "Kaspars Dūmiņš <kaspars.duminsh@inbox.lv>", bold=True)
para(d, "Datums: pirmd., 2026. g. 30. marts 18:05")
para(d, "Kam: Laila Bērziņa")
para(d, "Tēma: Re: MMO dokumenti – lūgums sniegt vērtējumu")
para(d)
para(d, "Laila, labvakar!")
para(d, "Meža mašīnu operatora programmu atbalstu ar precizējumiem – jāsalabo moduļu numerācija un "
        "jāpievieno harvestera galvas kalibrēšana. Pēc tam var virzīt saskaņošanai.")
para(d, "Eksāmenu gan šādā redakcijā neatbalstu: praktiskais uzdevums ir tikai rakstisks, mašīnu vispār "
        "neizmanto. Tas jāpārtaisa.")
para(d, "K. Dūmiņš")
para(d)
para(d, "2026. g. 25. marts, trešd., 10:22, Laila Bērziņa rakstīja:", italic=True)
para(d, "> Labdien! Nosūtu MMO MIP un PKE otro redakciju. Atgādinu, ka iepriekšējā redakcijā MIP netika "
        "atbalstīts. Lūdzu norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai.", italic=True)
build("r10b32_Re MMO dokumenti Duminsh.docx", d,
      rows=[("meža mašīnu operators", "MIP", NC, "Kaspars Dūmiņš", "2026-03-30", 3),
            ("meža mašīnu operators", "PKE", NS, "Kaspars Dūmiņš", "2026-03-30", 3)],
      note="Gmail print with Latvian UI; abbreviation MMO; 'atbalstu ar precizējumiem', 'šādā redakcijā neatbalstu'; quoted request mentions earlier rejection (history).")

# 33 -- matrix of X under option columns, two qualifications
d = new_doc("Baiba Šmite", (2026, 7, 14))
para(d, "Mežsaimniecības kvalifikāciju ekspertīze – 5. posms", bold=True, size=13)
t = table(d, [
    ["Kvalifikācija / dokuments", "Atbalstāms, virzāms saskaņošanai", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"],
    ["Mežsaimniecības tehniķis (4) – MIP", "", "X", ""],
    ["Mežsaimniecības tehniķis (4) – PKE", "X", "", ""],
    ["Motorzāģa operators (3) – MIP", "X", "", ""],
    ["Motorzāģa operators (3) – PKE", "X", "", ""],
], bold_header=True)
para(d)
para(d, "Mežsaimniecības tehniķa MIP: 1. modulī jāprecizē meža apsaimniekošanas plāna izstrādes rezultāti.")
para(d)
table(d, [["Eksperts (vārds, uzvārds, paraksts)", "Baiba Šmite"], ["Datums", "14.07.2026."]], bold_first_col=True)
build("r10b33_Mezsaimniecibas kvalif_5posms_Smite.docx", d,
      rows=[("mežsaimniecības tehniķis", "MIP", NC, "Baiba Šmite", "2026-07-14", 4),
            ("mežsaimniecības tehniķis", "PKE", S, "Baiba Šmite", "2026-07-14", 4),
            ("motorzāģa operators", "MIP", S, "Baiba Šmite", "2026-07-14", 3),
            ("motorzāģa operators", "PKE", S, "Baiba Šmite", "2026-07-14", 3)],
      note="Matrix: options as column headers, X in the chosen column, one row per qualification+document.")

# 34 -- nested table inside a form cell
d = new_doc("", (2026, 6, 30))
para(d, "Kokrūpniecības eksperta atzinums", bold=True, size=13)
outer = d.add_table(rows=3, cols=2)
outer.style = "Table Grid"
cell_text(outer.cell(0, 0), "Eksperts", bold=True)
cell_text(outer.cell(0, 1), "Toms Leitis, 30.06.2026.")
cell_text(outer.cell(1, 0), "Koka izstrādājumu ražošanas tehniķis (LKI 4)", bold=True)
inner = outer.cell(1, 1).add_table(rows=3, cols=2)
inner.style = "Table Grid"
for i, (a, b) in enumerate([("MIP", "nav atbalstāms – ražošanas automatizācijas modulis neatbilst kvalifikācijas prasībām"),
                            ("PKE", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
                            ("Piezīmes", "PKE: precizēt materiālu patēriņa aprēķina uzdevumu")]):
    cell_text(inner.cell(i, 0), a, bold=True)
    cell_text(inner.cell(i, 1), b)
cell_text(outer.cell(2, 0), "Mēbeļu galdnieks (LKI 4)", bold=True)
inner2 = outer.cell(2, 1).add_table(rows=1, cols=2)
inner2.style = "Table Grid"
cell_text(inner2.cell(0, 0), "MIP", bold=True)
cell_text(inner2.cell(0, 1), "atbalstāms un virzāms saskaņošanai (PKE vērtē cits eksperts)")
build("r10b34_atzinums_Leitis.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", NS, "Toms Leitis", "2026-06-30", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", NC, "Toms Leitis", "2026-06-30", 4),
            ("mēbeļu galdnieks", "MIP", S, "Toms Leitis", "2026-06-30", 4)],
      note="Verdicts in nested tables inside the outer form's cells; mēbeļu galdnieks PKE is reviewed by someone else -> no row. Empty author.")


# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBLEMS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r10b blind set (forms, tables, printed e-mails)\n\n")
    f.write("Built by `build.py`. %d files, %d gold rows, %d problem rows.\n\n" % (len(NOTES), len(GOLD), len(PROBLEMS)))
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write("| %s | %s |\n" % (n, note.replace("|", "/")))
print(len(NOTES), "files,", len(GOLD), "gold rows,", len(PROBLEMS), "problem rows")
