# -*- coding: utf-8 -*-
"""Builds the r29b blind set: form- and table-style expert reviews (.docx) with gold labels."""
import csv
import datetime as dt
import os
from copy import deepcopy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_id = [100]


def nid():
    _id[0] += 1
    return _id[0]


# ---------------------------------------------------------------- helpers
def new_doc(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def P(container, text="", bold=False, italic=False, underline=False, strike=False, size=None,
      align=None, font=None):
    """Add a paragraph; in a table cell the first empty paragraph is reused."""
    paras = getattr(container, "paragraphs", None)
    if hasattr(container, "_tc") and len(paras) == 1 and not paras[0].text and not paras[0].runs \
            and not getattr(container, "_used", False):
        p = paras[0]
        container._used = True
    else:
        p = container.add_paragraph()
    if text:
        R(p, text, bold=bold, italic=italic, underline=underline, strike=strike, size=size, font=font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def R(p, text, bold=False, italic=False, underline=False, strike=False, size=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    r.underline = underline or None
    if strike:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def runs(p, *parts, **kw):
    """Write text split across several runs (as Word often does)."""
    for t in parts:
        R(p, t, **kw)
    return p


def sym(p, char, font="Wingdings"):
    p._p.append(parse_xml(f'<w:r {WNS}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def sdt_box(p, checked):
    g = "\u2612" if checked else "\u2610"
    x = (f'<w:sdt {WNS} {W14NS}><w:sdtPr><w:id w:val="{nid() * 7919}"/>'
         f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
         '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
         '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
         '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
         f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def form_box(p, checked):
    n = nid()
    chk = "<w:checked/>" if checked else ""
    for x in (
        f'<w:r {WNS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
        '</w:ffData></w:fldChar></w:r>',
        f'<w:r {WNS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {WNS}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(x))


def ins(p, text, author, date):
    p._p.append(parse_xml(
        f'<w:ins {WNS} w:id="{nid()}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'))


def dele(p, text, author, date):
    p._p.append(parse_xml(
        f'<w:del {WNS} w:id="{nid()}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'))


def options(container, opts, chosen, style, prefix=""):
    """Print every option and mark the chosen one (index or list of indexes)."""
    chosen = chosen if isinstance(chosen, (list, tuple, set)) else [chosen]
    for i, o in enumerate(opts):
        on = i in chosen
        p = P(container)
        if prefix:
            R(p, prefix)
        if style == "glyph":
            R(p, "\u2612 " if on else "\u2610 ", font="MS Gothic")
            R(p, o)
        elif style == "sym":
            sym(p, "F0FE" if on else "F0A8")
            R(p, " " + o)
        elif style == "symx":
            sym(p, "F0FD" if on else "F0A8")
            R(p, " " + o)
        elif style == "sdt":
            sdt_box(p, on)
            R(p, " " + o)
        elif style == "ff":
            form_box(p, on)
            R(p, " " + o)
        elif style == "strike":
            R(p, o, strike=not on)
        elif style == "underline":
            R(p, o, underline=on)
        elif style == "bold":
            R(p, o, bold=on)
        elif style == "X":
            R(p, "[X] " if on else "[  ] ")
            R(p, o)
        elif style == "check":
            R(p, ("\u2713 " if on else "\u2003 ") + o)
    return container


def table(doc, rows, widths=None, style="Table Grid", bold_first_col=False, bold_first_row=False):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            if v is None:
                continue
            if callable(v):
                v(c)
            else:
                for k, line in enumerate(str(v).split("\n")):
                    P(c, line, bold=(bold_first_col and j == 0) or (bold_first_row and i == 0))
    return t


def header(doc, text, footer=False, align=None, size=9):
    s = doc.sections[0]
    hf = s.footer if footer else s.header
    hf.is_linked_to_previous = False
    lines = text.split("\n")
    p = hf.paragraphs[0]
    R(p, lines[0], size=size)
    for ln in lines[1:]:
        p = hf.add_paragraph()
        R(p, ln, size=size)
    if align:
        for p in hf.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.RIGHT


def build(name, doc, rows=(), problems=(), note="", expert="", date="", lki="", author="",
          created=None):
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    if created:
        doc.core_properties.created = dt.datetime.strptime(created, "%Y-%m-%d %H:%M")
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v = r[:3]
        lv = r[3] if len(r) > 3 else lki
        ex = r[4] if len(r) > 4 else expert
        ROWS.append((name, q, d, v, ex, date, lv))
    for c in problems:
        PROBS.append((name, c))
    NOTES.append((name, note))


# canonical option wordings (varied per file below)
OPT_STD = ["saturs ir atbalstāms un virzāms saskaņošanai",
           "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "saturs nav atbalstāms"]
SUP, NC, NS, UNK = "supported", "needs_corrections", "not_supported", "unknown"


# ============================================================== files
def f01():
    d = new_doc()
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās izglītības programmas un kvalifikācijas eksāmena saturu", align="c")
    table(d, [["Profesionālā kvalifikācija", "Motorzāģa operators"],
              ["LKI līmenis", "3"],
              ["Nozare", "Kokrūpniecība"],
              ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
              ["Atzinuma datums", "18.02.2026."]], bold_first_col=True)
    P(d, "")
    P(d, "1. Kopsavilkums", bold=True)
    table(d, [["Dokuments", "Eksperta atzinums", "Piezīmes"],
              ["Modulārā izglītības programma (MIP)",
               "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
               "Modulī „Koku gāšana” jāpapildina darba drošības prasības, jāsaskaņo stundu skaits ar mācību praksi."],
              ["Profesionālās kvalifikācijas eksāmena saturs (PKE)",
               "Saturs ir atbalstāms un virzāms saskaņošanai",
               "Praktiskie uzdevumi atbilst profesijas standartam, iebildumu nav."]], bold_first_row=True)
    P(d, "")
    P(d, "2. Papildu komentāri", bold=True)
    P(d, "Darba grupa ir paveikusi lielu darbu. Ieteiktu vairāk uzmanības pievērst individuālo aizsardzības "
         "līdzekļu lietošanai un motorzāģa ikdienas apkopei, jo nozares uzņēmumi to atzīmē kā vājāko vietu "
         "jauno darbinieku sagatavotībā.")
    build("r29b01_Ekspertize_motorzaga_operators_Kalnina.docx", d,
          rows=[("motorzāģa operators", "MIP", NC), ("motorzāģa operators", "PKE", SUP)],
          expert="Ilze Kalniņa", date="2026-02-18", lki="3", author="Elīna Krastiņa",
          created="2026-02-18 09:12",
          note="Key/value table (value right) + summary table document|verdict|notes. Verdicts stated in cells.")


def f02():
    d = new_doc("Calibri", 11)
    P(d, "Ekspertīzes veidlapa", bold=True, size=14)
    P(d, "Projekts Nr. 4.2.2.9. „Izglītības procesa individualizācija un starpnozaru sadarbība "
         "profesionālās izglītības izcilībai”", italic=True)
    table(d, [["Kvalifikācija:", "Mežsaimniecības tehniķis (LKI 4. līmenis)"],
              ["Izglītības iestāde / darba grupa:", "Ogres tehnikums, darba grupa Nr. 2"]], bold_first_col=True)
    P(d, "")
    P(d, "A. MIP vērtējums (atzīmēt vienu)", bold=True)
    options(d, OPT_STD, 1, "glyph")
    P(d, "Pamatojums: atsevišķu moduļu sasniedzamie rezultāti formulēti pārāk vispārīgi, "
         "trūkst saiknes ar ģeotelpisko datu apstrādi. Precizējumi nosūtīti darba grupai e-pastā.")
    P(d, "")
    P(d, "B. PKE satura vērtējums (atzīmēt vienu)", bold=True)
    options(d, OPT_STD, 0, "glyph")
    P(d, "Pamatojums: eksāmena uzdevumi ir praktiski orientēti un aptver kvalifikācijas prasības.")
    P(d, "")
    table(d, [["Paraksts / datums", "M. Ozoliņš (paraksts)\n2026. gada 4. martā"],
              ["Eksperta vārds, uzvārds", "Mārtiņš Ozoliņš"]], bold_first_col=True)
    build("r29b02_MIP_PKE_atzinums mezsaimniecibas tehnikis.docx", d,
          rows=[("mežsaimniecības tehniķis", "MIP", NC), ("mežsaimniecības tehniķis", "PKE", SUP)],
          expert="Mārtiņš Ozoliņš", date="2026-03-04", lki="4", author="Mārtiņš Ozoliņš",
          created="2026-03-04 16:40",
          note="All three options printed per document, chosen one marked with ☒ text glyph (MS Gothic). "
               "Name in labelled cell; signature cell has initial form, full name cell used as expert.")


def f03():
    d = new_doc("Calibri", 11)
    for k, v in [("No:", "Gunta Bērziņa <gunta.berzina@metalserviss.lv>"),
                 ("Nosūtīts:", "pirmdiena, 2026. gada 9. marts 14:22"),
                 ("Kam:", "Elīna Krastiņa <elina.krastina@lddk.lv>"),
                 ("Tēma:", "RE: Ekspertīze - mehatronisko sistēmu tehniķis (MIP, PKE)"),
                 ("Pielikumi:", "MIP_mehatronika_komentari_GB.docx")]:
        p = P(d)
        R(p, k + " ", bold=True)
        R(p, v)
    P(d, "")
    P(d, "Sveika, Elīna!")
    P(d, "Pielikumā mani komentāri pie mehatronisko sistēmu tehniķa programmas. Īsumā — programmu kopumā "
         "varu atbalstīt, taču pirms to virza saskaņošanai, darba grupai jāpārstrādā modulis par "
         "pneimatiskajām un hidrauliskajām sistēmām (dublējas ar elektrotehnikas moduli) un jāsabalansē "
         "teorijas un prakses stundas.")
    P(d, "Ar eksāmenu līdzīgi: PKE saturu atbalstu ar nosacījumu, ka praktiskajā daļā tiek iekļauts "
         "uzdevums ar PLC programmēšanu, pašlaik tā tur nav vispār. Kad tas būs izdarīts, man nav "
         "iebildumu to virzīt tālāk.")
    P(d, "Ja vajag, varu pieslēgties darba grupas sanāksmei nākamnedēļ.")
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "Gunta Bērziņa")
    P(d, "SIA „Metālserviss”, ražošanas inženiere")
    P(d, "")
    P(d, "-----Original Message-----", italic=True)
    for k, v in [("From:", "Elīna Krastiņa"), ("Sent:", "Monday, March 2, 2026 10:05 AM"),
                 ("To:", "Gunta Bērziņa"), ("Subject:", "Ekspertīze - mehatronisko sistēmu tehniķis (MIP, PKE)")]:
        P(d, f"{k} {v}", italic=True)
    P(d, "Labdien, Gunta! Nosūtu mehatronisko sistēmu tehniķa MIP un PKE saturu ekspertīzei. Lūgums līdz "
         "9. martam norādīt, vai katra dokumenta saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms "
         "pēc precizējumu veikšanas vai nav atbalstāms, un īsi pamatot. Paldies! Elīna", italic=True)
    build("r29b03_RE_ekspertize mehatronika.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", NC), ("mehatronisko sistēmu tehniķis", "PKE", NC)],
          expert="Gunta Bērziņa", date="2026-03-09", lki="4", author="Elīna Krastiņa",
          created="2026-03-09 15:01",
          note="Outlook e-mail printed to Word, Latvian headers; verdicts in first person with conditions "
               "('varu atbalstīt, taču pirms ... jāpārstrādā', 'atbalstu ar nosacījumu'). Quoted coordinator "
               "request lists all options (not a verdict). Date = Nosūtīts header. LKI from register.")


def f04():
    d = new_doc()
    P(d, "MIP satura izvērtējums pēc kritērijiem", bold=True, size=13)
    P(d, "Kvalifikācija: kokapstrādes iekārtu operators, 3. LKI līmenis")
    P(d, "Piezīme: PKE saturu šai kvalifikācijai vērtē cits nozares eksperts, tāpēc šajā veidlapā tas nav "
         "izvērtēts.", italic=True)
    crit = ["Programmas mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām",
            "Moduļu sasniedzamie rezultāti ir izmērāmi",
            "Ietverta darba vidē balstītu mācību iespēja",
            "Moduļu apjoms (stundas) ir samērīgs",
            "Ietvertas nozarē aktuālās jaunās prasmes (digitālās, zaļās)",
            "Darba drošības prasības iekļautas visos praktiskajos moduļos"]
    marks = ["X", "", "X", "", "", "X"]
    rows = [["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"]]
    comments = ["", "Rezultāti formulēti kā tēmas, nevis prasmes.", "", "Kokmateriālu šķirošanai paredzētas "
                "tikai 12 stundas.", "Nav minētas CNC pamatprasmes un atlikumu pārstrāde.", ""]
    for i, c in enumerate(crit):
        rows.append([str(i + 1), c, marks[i], "" if marks[i] else "X", comments[i]])
    t = table(d, rows, bold_first_row=True)
    last = t.add_row().cells
    m = last[0].merge(last[4])
    P(m, "KOPVĒRTĒJUMS: MIP saturs nav atbalstāms — programma jāpārstrādā un jāiesniedz atkārtotai "
         "ekspertīzei.", bold=True)
    P(d, "")
    P(d, "Trīs no sešiem kritērijiem nav izpildīti, turklāt trūkumi ir būtiski, nevis redakcionāli.")
    header(d, "Eksperts: R. Liepiņš | 2026-03-20", footer=True, align="r")
    build("r29b04_kokapstrades_iekartu_operators_kriteriji.docx", d,
          rows=[("kokapstrādes iekārtu operators", "MIP", NS)],
          expert="R. Liepiņš", date="2026-03-20", lki="3", author="",
          created="2026-03-20 11:30",
          note="Criterion table Jā/Nē with X, overall merged row gives not_supported. PKE explicitly "
               "reviewed by another expert: no PKE row. Name+date only in the footer (initial + surname).")


def f05():
    d = new_doc("Arial", 10)
    P(d, "Nozares eksperta atzinums", bold=True, size=13, align="c")
    table(d, [["Profesionālās kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"],
              ["Kvalifikācijas līmenis", "LKI 4"],
              ["Eksperts", "Inese Vītola"],
              ["Datums", "12.03.2026"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), "MIP", bold=True)
    options(t.cell(0, 1), ["Atbalstāms un virzāms saskaņošanai",
                           "Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                           "Nav atbalstāms"], 1, "sym")
    P(t.cell(0, 1), "Precizēt moduļa „CNC iekārtu programmēšana” apjomu; papildināt ar CAM programmatūras "
                    "lietošanu.", italic=True)
    P(t.cell(1, 0), "PKE", bold=True)
    options(t.cell(1, 1), ["Atbalstāms un virzāms saskaņošanai",
                           "Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                           "Nav atbalstāms"], 2, "sym")
    P(t.cell(1, 1), "Eksāmena praktiskais uzdevums nepārbauda programmēšanas prasmes, vērtēšanas kritēriji "
                    "nav saistīti ar sasniedzamajiem rezultātiem. Nepieciešams izstrādāt no jauna.", italic=True)
    build("r29b05_DKIO_atzinums_Vitola.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", NC),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", NS)],
          expert="Inese Vītola", date="2026-03-12", lki="4", author="Inese Vītola",
          created="2026-03-11 20:05",
          note="Options marked with Wingdings w:sym (F0FE checked, F0A8 empty) inside a table cell; "
               "remarks in the same cell.")


def f06():
    d = new_doc("Calibri", 11)
    header(d, "LDDK | Nozaru ekspertu ekspertīze | Eksperts Aigars Krūmiņš")
    P(d, "Atzinums par MIP un PKE saturu", bold=True, size=14)
    table(d, [["Kvalifikācija", "koka izstrādājumu ražošanas tehniķis"],
              ["LKI", "4"],
              ["Datums", "2026-03-25"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Dokuments", "Vērtējums", "Komentāri"]):
        P(t.cell(0, j), h, bold=True)
    P(t.cell(1, 0), "MIP")
    options(t.cell(1, 1), OPT_STD, 0, "sdt")
    P(t.cell(1, 2), "Labi strukturēta programma, moduļi savstarpēji saskaņoti.")
    P(t.cell(2, 0), "PKE")
    options(t.cell(2, 1), OPT_STD, 1, "sdt")
    P(t.cell(2, 2), "Teorētiskajā daļā jāpārskata testa jautājumi par līmju sistēmām — daļa ir novecojuši. "
                    "Pēc tam var virzīt.")
    build("r29b06_KIRT_ekspertize_galigais.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", SUP),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", NC)],
          expert="Aigars Krūmiņš", date="2026-03-25", lki="4", author="Elīna Krastiņa",
          created="2026-03-26 08:15",
          note="Word content-control checkboxes (w14:checkbox) with ☒/☐ glyph in sdtContent. "
               "Expert name only in the page header.")


def f07():
    d = new_doc()
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, align="c", size=14)
    P(d, "Profesionālā kvalifikācija: Mēbeļu galdnieks")
    P(d, "LKI līmenis: 4")
    P(d, "Eksperte: Dace Zariņa")
    P(d, "")
    P(d, "1. Modulārā izglītības programma", bold=True)
    options(d, OPT_STD, 2, "ff")
    P(d, "Programmā nav ietverts neviens modulis par mēbeļu restaurāciju un virsmu apdari ar ūdens bāzes "
         "materiāliem, lai gan kvalifikācijas prasībās tas ir obligāts. Jāpārstrādā.")
    P(d, "2. Profesionālās kvalifikācijas eksāmens", bold=True)
    options(d, OPT_STD, 1, "ff")
    P(d, "Eksāmena praktiskais darbs piemērots; jāprecizē vērtēšanas lapa (punktu sadalījums).")
    P(d, "")
    P(d, "Rīgā, 2026. gada 2. aprīlī")
    build("r29b07_Mebelu galdnieks - atzinums (Zarina).docx", d,
          rows=[("mēbeļu galdnieks", "MIP", NS), ("mēbeļu galdnieks", "PKE", NC)],
          expert="Dace Zariņa", date="2026-04-02", lki="4", author="Dace Zariņa",
          created="2026-04-02 13:47",
          note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox with w:checked) — no visible text mark.")


def f08():
    d = new_doc()
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    table(d, [["Kvalifikācija", "Būvizstrādājumu galdnieks"],
              ["Līmenis", "LKI 4"],
              ["Eksperts", "Edgars Pētersons"],
              ["Datums", "08.04.2026."]], bold_first_col=True)
    P(d, "")
    P(d, "Slēdziens (nevajadzīgo svītrot):", bold=True)
    P(d, "MIP:", bold=True)
    options(d, ["saturs ir atbalstāms un virzāms saskaņošanai",
                "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                "saturs nav atbalstāms"], 1, "strike")
    P(d, "PKE:", bold=True)
    options(d, ["saturs ir atbalstāms un virzāms saskaņošanai",
                "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                "saturs nav atbalstāms"], 0, "strike")
    P(d, "")
    P(d, "Precizējumi MIP: 1) logu un durvju montāžas modulī jāiekļauj hermetizācijas materiāli; "
         "2) jāatjauno normatīvo aktu saraksts (LBN).")
    build("r29b08_buvizstradajumu_galdnieks_Petersons.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", NC), ("būvizstrādājumu galdnieks", "PKE", SUP)],
          expert="Edgars Pētersons", date="2026-04-08", lki="4", author="Edgars Pētersons",
          created="2026-04-08 10:00",
          note="'nevajadzīgo svītrot': non-chosen options carry strikethrough.")


def f09():
    d = new_doc()
    P(d, "Meža mašīnu operators (3. LKI) — MIP un PKE satura ekspertīze", bold=True)
    P(d, "")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), "Programma (MIP)\n(vajadzīgo pasvītrot)", bold=True)
    options(t.cell(0, 1), ["atbalstāma un virzāma saskaņošanai",
                           "atbalstāma, virzāma saskaņošanai pēc precizējumiem",
                           "nav atbalstāma"], 0, "underline")
    P(t.cell(1, 0), "Eksāmens (PKE)\n(vajadzīgo pasvītrot)", bold=True)
    options(t.cell(1, 1), ["atbalstāms un virzāms saskaņošanai",
                           "atbalstāms, virzāms saskaņošanai pēc precizējumiem",
                           "nav atbalstāms"], 0, "underline")
    P(d, "")
    P(d, "Komentāri: abi dokumenti sagatavoti rūpīgi, ņemti vērā iepriekšējā kārtā izteiktie ieteikumi "
         "par harvestera simulatora izmantošanu. Papildu labojumi nav nepieciešami.")
    P(d, "")
    table(d, [["Eksperts", "Līga Siliņa"],
              ["Paraksts / datums", "____________  15.04.2026."]], bold_first_col=True)
    build("r29b09_RE_meza masinu operators.docx", d,
          rows=[("meža mašīnu operators", "MIP", SUP), ("meža mašīnu operators", "PKE", SUP)],
          expert="Līga Siliņa", date="2026-04-15", lki="3", author="Kaspars Miezis",
          created="2026-04-15 17:20",
          note="'vajadzīgo pasvītrot': chosen option underlined, others plain. Date in 'Paraksts / datums' cell.")


def f10():
    d = new_doc()
    au, dtm = "Valdis Jansons", "2026-04-14T09:31:00Z"
    P(d, "Atzinums", bold=True, size=14, align="c")
    table(d, [["Kvalifikācija", "Elektromontieris"],
              ["LKI līmenis", "3"],
              ["Eksperts", "Valdis Jansons"],
              ["Datums", "14.04.2026"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), "Dokuments", bold=True)
    P(t.cell(0, 1), "Slēdziens", bold=True)
    P(t.cell(1, 0), "MIP")
    p = P(t.cell(1, 1))
    R(p, "Saturs ir ")
    dele(p, "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", au, dtm)
    ins(p, "atbalstāms un virzāms saskaņošanai", au, dtm)
    P(t.cell(1, 1), "(precizējumi no 1. versijas ir ieviesti)", italic=True)
    P(t.cell(2, 0), "PKE")
    p = P(t.cell(2, 1))
    R(p, "Saturs ")
    dele(p, "nav atbalstāms", au, dtm)
    ins(p, "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", au, dtm)
    P(d, "")
    P(d, "Komentārs: PKE otrajā versijā pievienots praktiskais uzdevums par zemējuma pretestības mērīšanu; "
         "vēl jānovērš neprecizitātes drošības instruktāžas aprakstā.")
    build("r29b10_Elektromontieris_atzinums_v2_labots.docx", d,
          rows=[("elektromontieris", "MIP", SUP), ("elektromontieris", "PKE", NC)],
          expert="Valdis Jansons", date="2026-04-14", lki="3", author="Valdis Jansons",
          created="2026-04-10 08:00",
          note="Tracked changes: old verdict in w:del, current in w:ins. Current (inserted) wording counts.")


def f11():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    P(d, "Enerģētikas nozares MIP un PKE ekspertīzes kopsavilkums (eksperta aizpildīts)", bold=True, size=13)
    P(d, "Eksperte: Zane Kļaviņa        Datums: 20.04.2026.")
    P(d, "")
    rows = [["Nr.", "Kvalifikācija (LKI)", "MIP", "PKE", "Piezīmes"],
            ["1.", "Elektrotehniķis (4)", "atbalstāms un virzāms saskaņošanai",
             "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "PKE: jāaktualizē normatīvo aktu atsauces (LEK standarti)."],
            ["2.", "VGK iekārtu remontatslēdznieks (3)",
             "atbalstāms; virzāms saskaņošanai pēc precizējumiem",
             "nav atbalstāms",
             "Eksāmenā nav praktiskā uzdevuma ar aukstumaģentu apriti; F-gāzu prasības nav ievērotas."],
            ["3.", "VGK sistēmu tehniķis (4)", "atbalstāms un virzāms saskaņošanai",
             "atbalstāms un virzāms saskaņošanai", "Iebildumu nav."],
            ["4.", "Elektromontieris (3)", "nav atbalstāms",
             "atbalstāms un virzāms saskaņošanai",
             "MIP: moduļi „Elektroietaišu montāža” un „Kabeļu līnijas” dublējas, kopējais apjoms pārsniegts."]]
    table(d, rows, bold_first_row=True)
    P(d, "")
    P(d, "Visas piezīmes detalizēti norādītas dokumentos ar komentāriem (pielikumā).", italic=True)
    build("r29b11_Energetika_kopsavilkums_Klavina.docx", d,
          rows=[("elektrotehniķis", "MIP", SUP, "4"), ("elektrotehniķis", "PKE", NC, "4"),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NC, "3"),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", NS, "3"),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", SUP, "4"),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", SUP, "4"),
                ("elektromontieris", "MIP", NS, "3"), ("elektromontieris", "PKE", SUP, "3")],
          expert="Zane Kļaviņa", date="2026-04-20", author="Zane Kļaviņa", created="2026-04-20 12:12",
          note="One expert's table of four qualifications (VGK aliases, LKI in brackets), MIP/PKE columns "
               "with verdict text per cell. Elektromontieris here differs from r29b10 (different expert) — "
               "labels per file.")


def f12():
    d = new_doc()
    header(d, "SIA „Zemgales mēbeles”\nReģ. Nr. 40003987654 | Rūpniecības iela 14, Jelgava, LV-3001 | "
              "tālr. 63012345 | info@zemgalesmebeles.lv", align="c")
    P(d, "Jelgavā, 2026. gada 22. aprīlī", align="r")
    P(d, "Latvijas Darba devēju konfederācijai")
    P(d, "projekta koordinatorei E. Krastiņai")
    P(d, "")
    P(d, "Par būvizstrādājumu galdnieka modulārās izglītības programmas ekspertīzi", bold=True)
    P(d, "")
    table(d, [["Kvalifikācija", "Būvizstrādājumu galdnieks, LKI 4"],
              ["Vērtētais dokuments", "MIP (PKE saturs man netika iesniegts un netiek vērtēts)"],
              ["Eksperts", "Uldis Grants, ražošanas vadītājs"]], bold_first_col=True)
    P(d, "")
    P(d, "Iepazinos ar iesniegto programmas projektu. Atsevišķi moduļi (piemēram, „Koka logu izgatavošana”) "
         "ir izstrādāti labi un paši par sevi būtu atbalstāmi. Tomēr programma kopumā neatbilst 2025. gadā "
         "pilnveidotajai nozares kvalifikāciju struktūrai: nav iekļauta energoefektīvu būvizstrādājumu "
         "ražošana, CNC apstrāde minēta tikai formāli, prakses apjoms uzņēmumā ir nepietiekams.")
    P(d, "")
    p = P(d)
    R(p, "Slēdziens: ", bold=True)
    R(p, "programmas saturu šādā redakcijā neatbalstu; pēc pārstrādes lūdzu iesniegt atkārtotai ekspertīzei.")
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "Uldis Grants")
    build("r29b12_Grants_vestule_BIG_MIP.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", NS)],
          expert="Uldis Grants", date="2026-04-22", lki="4", author="Uldis Grants",
          created="2026-04-22 07:58",
          note="Company letterhead in page header; letter with a small key/value table. Body says some "
               "modules 'būtu atbalstāmi' but the 'Slēdziens' (neatbalstu) outranks. PKE explicitly not "
               "submitted: no PKE row.")


def f13():
    d = new_doc("Arial", 10)
    for k, v in [("From:", "Kristaps Eglitis <k.eglitis@elektrofirma.lv>"),
                 ("Date:", "Tue, 28 Apr 2026 at 09:41"),
                 ("Subject:", "Re: elektrotehnika ekspertize"),
                 ("To:", "Kaspars Miezis <kaspars.miezis@lddk.lv>")]:
        P(d, f"{k} {v}")
    P(d, "")
    P(d, "Sveiki,")
    P(d, "paskatijos abus dokumentus elektrotehnikim.")
    P(d, "MIP - atbalstams, pec precizejumu veiksanas virzams saskanosanai (jasakarto 3. un 4. modula "
         "seciba, jaieklauj saules PV sistemas).")
    P(d, "PKE - nav iebildumu, atbalstu un var virzit saskanosanai.")
    P(d, "Rakstu no telefona, tapec bez garumzimem.")
    P(d, "Kristaps Eglitis")
    P(d, "")
    P(d, "On Mon, 20 Apr 2026 at 16:02, Kaspars Miezis <kaspars.miezis@lddk.lv> wrote:", italic=True)
    P(d, "> Labdien! Lūdzu izvērtēt elektrotehniķa (LKI 4) MIP un PKE saturu. Atzinumā norādiet vienu no "
         "variantiem: atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms.",
      italic=True)
    P(d, "> Paldies, Kaspars", italic=True)
    build("r29b13_Re elektrotehnika ekspertize.docx", d,
          rows=[("elektrotehniķis", "MIP", NC), ("elektrotehniķis", "PKE", SUP)],
          expert="Kristaps Eglitis", date="2026-04-28", lki="4", author="Kaspars Miezis",
          created="2026-04-28 10:03",
          note="Gmail-style print, English headers, body without diacritics; 'nav iebildumu' is positive. "
               "Quoted request (lists all options) below. Expert name as written (no diacritics).")


def f14():
    d = new_doc()
    P(d, "ATKĀRTOTAS EKSPERTĪZES VEIDLAPA", bold=True, align="c")
    labels = [("Profesionālā kvalifikācija", "Motorzāģa operators"),
              ("LKI līmenis", "3. līmenis"),
              ("Vērtētais dokuments", "Modulārā izglītības programma (2. redakcija). PKE atkārtoti netika "
                                      "vērtēts — tas saskaņots jau februārī."),
              ("Iepriekšējās ekspertīzes rezultāts",
               "2026. gada februārī MIP saturs tika atbalstīts ar nosacījumu, ka tiek veikti precizējumi "
               "modulī „Koku gāšana”."),
              ("Eksperta slēdziens par 2. redakciju",
               "Precizējumi veikti pilnībā. MIP saturs ir atbalstāms un virzāms saskaņošanai."),
              ("Eksperts", "Sandra Lāce"),
              ("Datums", "30.03.2026.")]
    rows = []
    for k, v in labels:
        rows.append([k])
        rows.append([v])
    t = table(d, rows)
    for i in range(0, len(rows), 2):
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    build("r29b14_MZO_MIP_atkartota_Lace.docx", d,
          rows=[("motorzāģa operators", "MIP", SUP)],
          expert="Sandra Lāce", date="2026-03-30", lki="3", author="Elīna Krastiņa",
          created="2026-03-30 14:00",
          note="Vertical form: label row, value row below. History of earlier round (needs corrections) "
               "vs current verdict (supported). PKE explicitly not re-reviewed: no row.")


def f15():
    d = new_doc()
    P(d, "SANĀKSMES PROTOKOLS Nr. 3/2026", bold=True, align="c")
    P(d, "Rīgā, 2026. gada 10. martā", align="r")
    P(d, "Piedalās: E. Krastiņa (LDDK, koordinatore), K. Miezis (LDDK), nozaru eksperti I. Kalniņa, "
         "M. Ozoliņš, G. Bērziņa, R. Liepiņš; VISC pārstāve L. Ābele.")
    P(d, "Darba kārtība:", bold=True)
    P(d, "1. MIP un PKE ekspertīžu gaita projekta 4. posmā.")
    P(d, "2. Atzinumu veidlapas vienādošana.")
    P(d, "Nolemj:", bold=True)
    table(d, [["Nr.", "Lēmums", "Atbildīgais", "Termiņš"],
              ["1.", "Ekspertiem atzinumos norādīt vienu no trim variantiem: saturs ir atbalstāms un virzāms "
                     "saskaņošanai; atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; nav "
                     "atbalstāms.", "Eksperti", "pastāvīgi"],
              ["2.", "Kokapstrādes iekārtu operatora PKE nodot vērtēšanai otram ekspertam.", "E. Krastiņa",
               "13.03.2026."],
              ["3.", "Sniegt metodisko atbalstu darba grupām, kuru MIP netiek atbalstītas, organizējot "
                     "konsultācijas.", "K. Miezis", "31.03.2026."]], bold_first_row=True)
    P(d, "")
    P(d, "Diskusijā eksperti atzīmēja, ka nozares uzņēmumi atbalsta darba vidē balstītu mācību "
         "paplašināšanu, bet prakses vietu trūkst.")
    P(d, "Protokolēja: K. Miezis")
    build("r29b15_Sanaksmes_protokols_10032026.docx", d, problems=["no_verdict"],
          author="Kaspars Miezis", created="2026-03-10 16:30",
          note="NOT a review: meeting minutes listing all verdict options, 'metodisko atbalstu', "
               "'uzņēmumi atbalsta', 'netiek atbalstītas' (generic). No rows; one no_verdict.")


def f16():
    d = new_doc("Calibri", 10)
    P(d, "Ekspertu sadalījums — 5. posms (2026. gada aprīlis–jūlijs)", bold=True, size=13)
    table(d, [["Kvalifikācija", "Dokuments", "Eksperts", "Termiņš", "Atzinums (atbalstāms / pēc precizējumiem / "
               "nav atbalstāms)"],
              ["Elektrotehniķis", "MIP, PKE", "K. Eglītis", "30.04.2026.", ""],
              ["Mēbeļu galdnieks", "PKE (atkārtoti)", "D. Zariņa", "29.05.2026.", ""],
              ["Meža mašīnu operators", "PKE", "G. Lapsa", "05.06.2026.", ""],
              ["VGK sistēmu tehniķis", "MIP, PKE", "J. Upenieks", "26.06.2026.", ""],
              ["Mehatronisko sistēmu tehniķis", "MIP, PKE (2. redakcija)", "G. Bērziņa", "19.06.2026.", ""]],
          bold_first_row=True)
    P(d, "")
    P(d, "Aili „Atzinums” aizpilda koordinators pēc eksperta atzinuma saņemšanas.", italic=True)
    build("r29b16_Ekspertu_sadalijums_5posms.docx", d, problems=["no_verdict"],
          author="Elīna Krastiņa", created="2026-04-03 09:00",
          note="NOT a review: assignment table with an empty 'Atzinums' column whose header lists the options.")


def f17():
    d = new_doc()
    P(d, "Norādījumi nozaru ekspertiem atzinuma sagatavošanai", bold=True, size=14)
    P(d, "1. Eksperts izvērtē, vai MIP un PKE saturs atbilst profesionālās kvalifikācijas prasībām un "
         "nozares vajadzībām.")
    P(d, "2. Katram dokumentam atzīmē vienu slēdzienu:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), "Paraugs", bold=True)
    options(t.cell(0, 1), OPT_STD, [], "glyph")
    P(d, "3. Ja saturs ir atbalstāms tikai pēc precizējumiem, atzinumā uzskaita konkrētos precizējumus.")
    P(d, "4. Ja saturs nav atbalstāms, pamato, kuras prasības nav izpildītas; darba grupa iesniedz "
         "pārstrādātu redakciju atkārtotai ekspertīzei.")
    P(d, "5. Atzinumu paraksta un datē, nosūta koordinatoram e-pastā.")
    P(d, "Piemērs: „MIP saturs ir atbalstāms un virzāms saskaņošanai.”", italic=True)
    build("r29b17_Noradijumi_ekspertiem.docx", d, problems=["no_verdict"],
          author="Elīna Krastiņa", created="2026-01-12 11:00",
          note="NOT a review: instructions with an empty option template and an example verdict sentence.")


def f18():
    d = new_doc()
    header(d, "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", align="c", size=11)
    P(d, "Uzaicinājums pieteikties nozaru ekspertiem", bold=True, size=14, align="c")
    P(d, "LDDK projekta 4.2.2.9. pasākuma ietvaros aicina kokrūpniecības, enerģētikas un mašīnbūves un "
         "metālapstrādes nozaru profesionāļus pieteikties MIP un PKE satura ekspertīzei.")
    P(d, "Eksperta uzdevumi:", bold=True)
    for s in ["izvērtēt profesionālās izglītības iestāžu darba grupu izstrādāto MIP un PKE saturu;",
              "sniegt atzinumu, vai saturs ir atbalstāms un virzāms saskaņošanai vai nav atbalstāms;",
              "piedalīties darba grupu sanāksmēs."]:
        P(d, "• " + s)
    P(d, "Prasības: vismaz 5 gadu pieredze nozarē (piemēram, kā mēbeļu galdniekam, elektrotehniķim vai "
         "mehatronisko sistēmu tehniķim).")
    P(d, "Pieteikumus sūtīt līdz 2026. gada 20. janvārim uz projekti@lddk.lv.")
    build("r29b18_Uzaicinajums_ekspertiem.docx", d, problems=["no_verdict"], author="",
          created="2026-01-05 10:00",
          note="NOT a review: call for experts; mentions verdict wording and qualification names.")


def f19():
    d = new_doc("Calibri", 11)
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    table(d, [["Kvalifikācija", "CNC metālapstrādes iekārtu operators"],
              ["LKI līmenis", "3"],
              ["Nozare", "Mašīnbūve un metālapstrāde"],
              ["Eksperts", "Ivars Rozenbergs"],
              ["Datums", "2026-05-06"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Slēdziens", "MIP", "PKE"]):
        P(t.cell(0, j), h, bold=True)
    opts = ["Atbalstāms un virzāms saskaņošanai", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Nav atbalstāms"]
    for i, o in enumerate(opts):
        P(t.cell(i + 1, 0), o)
        P(t.cell(i + 1, 1), "\u2713" if i == 0 else "")
        P(t.cell(i + 1, 2), "\u2713" if i == 1 else "")
    P(d, "")
    P(d, "PKE: teorētiskā testa jautājumos jānovērš atkārtošanās, praktiskajam darbam jāpievieno rasējums.")
    build("r29b19_CNC_operators_Rozenbergs.docx", d,
          rows=[("CNC metālapstrādes iekārtu operators", "MIP", SUP),
                ("CNC metālapstrādes iekārtu operators", "PKE", NC)],
          problems=["unknown_qualification"],
          expert="Ivars Rozenbergs", date="2026-05-06", lki="3", author="Ivars Rozenbergs",
          created="2026-05-06 18:30",
          note="Qualification not in register (LKI taken from the review). Option×document grid with ✓ marks.")


def f20():
    d = new_doc()
    P(d, "Eksperta atzinums — mehatronisko sistēmu tehniķis", bold=True, size=13)
    table(d, [["Eksperts", "Artūrs Dreimanis"], ["Datums", "11.05.2026."]], bold_first_col=True)
    P(d, "")
    table(d, [["", "MIP", "PKE"],
              ["Galvenās piezīmes",
               "Robotikas modulis jāpapildina ar kolaboratīvo robotu drošību; jāprecizē novērtēšanas metodes.",
               "Praktiskais uzdevums ar PLC iekļauts; vērtēšanas kritēriji vēl jāsalīdzina ar MIP rezultātiem."],
              ["Slēdziens", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""]],
          bold_first_col=True, bold_first_row=True)
    build("r29b20_Mehatronika_Dreimanis.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", NC), ("mehatronisko sistēmu tehniķis", "PKE", UNK)],
          problems=["no_verdict"],
          expert="Artūrs Dreimanis", date="2026-05-11", lki="4", author="Artūrs Dreimanis",
          created="2026-05-11 12:00",
          note="PKE is reviewed (remarks given) but its 'Slēdziens' cell is empty: unknown + no_verdict.")


def f21():
    d = new_doc("Calibri", 11)
    P(d, "Atzinums: ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)", bold=True)
    table(d, [["Eksperte", "Santa Meldere"], ["Datums", "14.05.2026"]], bold_first_col=True)
    P(d, "")
    P(d, "MIP", bold=True)
    options(d, OPT_STD, [0, 2], "glyph")
    P(d, "PKE", bold=True)
    options(d, OPT_STD, 0, "glyph")
    P(d, "Komentāri: programmā labi atspoguļota siltumsūkņu apkope.")
    build("r29b21_VGK_sist_tehnikis_Meldere.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", UNK),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", SUP)],
          problems=["conflict"],
          expert="Santa Meldere", date="2026-05-14", lki="4", author="Santa Meldere",
          created="2026-05-14 09:10",
          note="MIP: both 'atbalstāms un virzāms' and 'nav atbalstāms' ticked (☒) — contradictory, equal "
               "weight: unknown + conflict. PKE clear.")


def f22():
    d = new_doc()
    P(d, "PKE satura izvērtējums", bold=True, size=13)
    P(d, "Kvalifikācija: kokapstrādes iekārtu operators (LKI 3)")
    P(d, "Eksperte: Anita Strazdiņa")
    P(d, "Vērtēts tikai PKE saturs (MIP vērtēja R. Liepiņš).", italic=True)
    rows = [["Kritērijs", "Jā", "Nē"],
            ["Eksāmena uzdevumi aptver kvalifikācijas pamatprasmes", "\u2713", ""],
            ["Vērtēšanas kritēriji ir skaidri un izmērāmi", "", "\u2713"],
            ["Eksāmena ilgums ir samērīgs", "\u2713", ""],
            ["Ievērotas darba drošības prasības", "\u2713", ""]]
    t = table(d, rows, bold_first_row=True)
    c = t.add_row().cells
    P(c[0], "Kopvērtējums", bold=True)
    m = c[1].merge(c[2])
    P(m, "Atbalstāms, taču pirms virzīšanas saskaņošanai jāpārstrādā vērtēšanas lapa.")
    P(d, "")
    P(d, "23.03.2026.", align="r")
    build("r29b22_PKE_kokapstrade_Strazdina.docx", d,
          rows=[("kokapstrādes iekārtu operators", "PKE", NC)],
          expert="Anita Strazdiņa", date="2026-03-23", lki="3", author="Anita Strazdiņa",
          created="2026-03-23 15:45",
          note="Criterion table with ✓ ending in 'Kopvērtējums' row; PKE only, MIP explicitly by another "
               "expert (no MIP row).")


def f23():
    d = new_doc()
    header(d, "Ekspertīzes atzinums | Oskars Vanags | 2026. gada 19. maijs", align="r")
    header(d, "LDDK projekts 4.2.2.9. — nozaru ekspertu darbs", footer=True, align="c", size=8)
    P(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", bold=True, size=13)
    P(d, "LKI 3. līmenis, enerģētikas nozare")
    P(d, "")
    P(d, "Vispārīgs vērtējums", bold=True)
    P(d, "Darba grupa ir ņēmusi vērā nozares asociācijas ieteikumus: ir iekļauta aukstumaģentu "
         "savākšana, F-gāzu regulējums un iekārtu diagnostika. Moduļu secība loģiska, stundu sadalījums "
         "atbilst praksei uzņēmumos.")
    P(d, "")
    table(d, [["Dokuments", "Slēdziens"],
              ["Modulārā izglītības programma", "Atbalstu, var virzīt saskaņošanai."],
              ["Kvalifikācijas eksāmena saturs", "Atbalstu, var virzīt saskaņošanai."]], bold_first_row=True)
    build("r29b23_VGK_remontatslednieks_atzinums.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", SUP),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", SUP)],
          expert="Oskars Vanags", date="2026-05-19", lki="3", author="Kaspars Miezis",
          created="2026-05-20 08:40",
          note="Expert name and date ONLY in the page header; documents named in full words, "
               "first-person verdict 'Atbalstu, var virzīt saskaņošanai'.")


def f24():
    d = new_doc("Times New Roman", 11)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” MIP un PKE saturu",
      align="c")
    table(d, [["Eksperts", "Baiba Circene, Mg. sc. ing."],
              ["Datums", "2026. gada 20. maijs"],
              ["LKI līmenis", "4"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    secs = [
        ("1. MIP struktūra",
         ["Programma veidota no 14 moduļiem, no kuriem 4 ir izvēles moduļi. Struktūra kopumā ir loģiska un "
          "atbilst kvalifikācijas struktūrai, kas pilnveidota 2025. gadā.",
          "Tomēr modulis „Kokmateriālu žāvēšana” šādā redakcijā nav atbalstāms — tajā nav ietverta "
          "žāvēšanas režīmu datorizēta vadība, kas nozares uzņēmumos ir standarts jau vairākus gadus. "
          "Ieteicams to apvienot ar moduli „Ražošanas procesu uzraudzība”.",
          "Modulī „Kvalitātes kontrole” jāpapildina sasniedzamie rezultāti ar mitruma un izmēru "
          "kontroles mērinstrumentu lietošanu."]),
        ("2. MIP saturs un apjoms",
         ["Teorētisko mācību apjoms dažos moduļos pārsniedz praktisko, kas tehniķa līmenim nav pamatoti. "
          "Darba vidē balstītām mācībām paredzētais apjoms ir pietiekams.",
          "Jaunās prasmes (digitālā ražošanas plānošana, resursu efektivitāte) iekļautas, bet pārāk "
          "vispārīgi; vēlams konkretizēt programmatūru un rīkus.",
          "Literatūras sarakstā ir vairāki avoti, kas vairs nav pieejami; jāaktualizē."]),
        ("3. PKE saturs",
         ["Eksāmena teorētiskā daļa (testa 60 jautājumi) un praktiskā daļa (izstrādājuma tehnoloģiskās "
          "kartes sagatavošana un izgatavošanas vadība) pilnībā sedz kvalifikācijas pamatprasības.",
          "Vērtēšanas kritēriji ir skaidri, punktu sadalījums samērīgs."]),
        ("4. Ieteikumi darba grupai",
         ["Apsvērt iespēju MIP papildināt ar mācību ekskursiju uz mūsdienīgu kokapstrādes uzņēmumu. "
          "Šis ieteikums nav obligāts un neietekmē slēdzienu."]),
        ("5. Slēdziens",
         ["Kopumā MIP saturs ir atbalstāms; pēc 1. un 2. sadaļā minēto precizējumu veikšanas virzāms "
          "saskaņošanai.",
          "PKE saturu atbalstu bez precizējumiem — to var virzīt saskaņošanai."]),
        ("Paraksts", ["B. Circene"])]
    for i, (h, paras) in enumerate(secs):
        P(t.cell(i, 0), h, bold=True)
        for s in paras:
            P(t.cell(i, 1), s)
    build("r29b24_KIRT_MIP_PKE_Circene_garais.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", NC),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", SUP)],
          expert="Baiba Circene", date="2026-05-20", lki="4", author="Baiba Circene",
          created="2026-05-19 21:10",
          note="Long form with prose in cells. Body says one module 'nav atbalstāms' but the 'Slēdziens' "
               "row outranks (MIP needs corrections). 'bez precizējumiem' = supported. Title 'Mg. sc. ing.' "
               "dropped from name.")


def f25():
    d = new_doc("Calibri", 11)
    table(d, [["Mēbeļu galdnieks (LKI 4) — atkārtota ekspertīze", "", ""],
              ["MIP", "PKE", "Paraksts / datums"],
              ["atbalstāms, virzāms saskaņošanai", "atbalstāms ar precizējumiem (sk. komentārus failā)",
               "D. Zariņa 27.05.2026"]])
    build("r29b25_mebelu galdn_atk.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", SUP), ("mēbeļu galdnieks", "PKE", NC)],
          expert="D. Zariņa", date="2026-05-27", lki="4", author="Elīna Krastiņa",
          created="2026-05-27 19:02",
          note="Very short: a single 3-row table; name as initial + surname in 'Paraksts / datums' cell.")


def f26():
    d = new_doc("Calibri", 11)
    for k, v in [("From:", "Gatis Lapsa <gatis.lapsa@mezatehnika.lv>"),
                 ("Sent:", "Thursday, June 4, 2026 10:15 AM"),
                 ("To:", "Elīna Krastiņa <elina.krastina@lddk.lv>"),
                 ("Subject:", "PKE ekspertīze - MZO, MMO, KIO")]:
        p = P(d)
        R(p, k + "\t", bold=True)
        R(p, v)
    P(d, "")
    P(d, "Labdien, Elīna,")
    P(d, "nosūtu savu vērtējumu par trim eksāmeniem (MIP šīm kvalifikācijām vērtē Līga, es skatījos tikai "
         "PKE).")
    table(d, [["Kvalifikācija", "PKE vērtējums"],
              ["Motorzāģa operators", "Atbalstāms. Pirms saskaņošanas jāizlabo praktiskā uzdevuma apraksts "
                                      "(koka gāšanas virziena noteikšana)."],
              ["Meža mašīnu operators", "Neatbalstu — eksāmenā vispār nav forvardera vadības uzdevuma, "
                                        "vērtēšanas lapa nav pievienota."],
              ["Kokapstrādes iekārtu operators", "Atbalstāms un virzāms saskaņošanai, piebilžu nav."]],
          bold_first_row=True)
    P(d, "")
    P(d, "Lai veicas!")
    P(d, "Gatis")
    P(d, "")
    P(d, "From: Elīna Krastiņa\nSent: Monday, May 25, 2026 9:00 AM\nTo: Gatis Lapsa\nSubject: PKE ekspertīze",
      italic=True)
    P(d, "Labdien, Gati! Lūdzu līdz 5. jūnijam sniegt atzinumu par PKE saturu: motorzāģa operators, meža "
         "mašīnu operators, kokapstrādes iekārtu operators. Vai saturs ir atbalstāms un virzāms "
         "saskaņošanai, vai tikai pēc precizējumiem, vai nav atbalstāms?", italic=True)
    build("r29b26_FW PKE ekspertize MZO MMO KIO.docx", d,
          rows=[("motorzāģa operators", "PKE", NC), ("meža mašīnu operators", "PKE", NS),
                ("kokapstrādes iekārtu operators", "PKE", SUP)],
          expert="Gatis Lapsa", date="2026-06-04", author="Elīna Krastiņa", lki="",
          created="2026-06-04 10:20",
          note="Outlook print, English headers, table inside the mail; three qualifications, PKE only "
               "(MIP explicitly by another expert -> no MIP rows). Condition in next sentence for MZO. "
               "Signature is first name only, full name from From: header. LKI per register.")


def f27():
    d = new_doc("Arial", 10)
    P(d, "Atzinums (2. kārta)", bold=True, size=13)
    table(d, [["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"],
              ["LKI", "4"],
              ["Iepriekšējais atzinums", "1. kārtā (12.03.2026.) PKE saturs netika atbalstīts, MIP – ar "
                                         "precizējumiem."]], bold_first_col=True)
    P(d, "")
    P(d, "Eksperte pārveidoja veidlapu: katram variantam norādīts Jā/Nē.", italic=True, size=8)
    table(d, [["Slēdziena variants", "MIP", "PKE"],
              ["Saturs atbalstāms un virzāms saskaņošanai", "Jā", "Nē"],
              ["Saturs atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Nē", "Jā"],
              ["Saturs nav atbalstāms", "Nē", "Nē"]], bold_first_row=True)
    P(d, "")
    P(d, "PKE precizējumi: praktiskajā uzdevumā norādīt konkrētu CNC vadības sistēmu; vērtēšanas lapā "
         "sadalīt punktus starp sagatavošanu un izpildi.")
    P(d, "")
    table(d, [["Eksperte", "Datums"], ["Inese Vītola", "10.06.2026."]], bold_first_row=True)
    build("r29b27_DKIO_2karta_Vitola.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", SUP),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", NC)],
          expert="Inese Vītola", date="2026-06-10", lki="4", author="Inese Vītola",
          created="2026-06-10 08:30",
          note="Redesigned template: Jā/Nē per option per document. History row (round 1) is not current. "
               "Name/date in a table with values below labels.")


def f28():
    d = new_doc("Calibri", 11)
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c")
    t = table(d, [["Profesionālā kvalifikācija", "Atjaunīgās enerģijas sistēmu tehniķis"],
                  ["LKI līmenis", "5"],
                  ["Eksperts", "Laura Cīrule"],
                  ["Datums", "15.06.2026."],
                  ["MIP slēdziens\n(izvēlēto iezīmēt treknrakstā)", None],
                  ["PKE slēdziens\n(izvēlēto iezīmēt treknrakstā)", None]], bold_first_col=False)
    options(t.cell(4, 1), OPT_STD, 2, "bold")
    P(t.cell(4, 1), "Pamatojums: programma faktiski dublē elektrotehniķa MIP, saules un vēja enerģijas "
                    "moduļi ir tikai ievada līmenī, kas neatbilst 5. LKI līmenim.", italic=True)
    options(t.cell(5, 1), OPT_STD, 0, "bold")
    build("r29b28_AES_tehnikis_Cirule.docx", d,
          rows=[("atjaunīgās enerģijas sistēmu tehniķis", "MIP", NS),
                ("atjaunīgās enerģijas sistēmu tehniķis", "PKE", SUP)],
          problems=["unknown_qualification"],
          expert="Laura Cīrule", date="2026-06-15", lki="5", author="",
          created="2026-06-15 11:11",
          note="Qualification not in register, LKI 5 stated. Options listed, chosen one in bold "
               "('izvēlēto iezīmēt treknrakstā'); reasoning in italics.")


def f29():
    d = new_doc("Calibri", 11)
    for k, v in [("No:", "Gunta Bērziņa"), ("Datums:", "2026. gada 18. jūnijs, 08:57"),
                 ("Temats:", "RE: RE: Ekspertīze - mehatronisko sistēmu tehniķis (MIP, PKE) 2. redakcija"),
                 ("Kam:", "Elīna Krastiņa")]:
        P(d, f"{k} {v}")
    P(d, "")
    P(d, "Labrīt!")
    P(d, "Pārskatīju labotos dokumentus. Pneimatikas modulis pārstrādāts, stundas sabalansētas, eksāmenā "
         "PLC uzdevums ir. Tagad programma ir atbalstāma un virzāma saskaņošanai, eksāmena saturs arī — "
         "papildu precizējumi nav vajadzīgi.")
    P(d, "G. Bērziņa")
    P(d, "")
    P(d, "> 2026. gada 9. marts 14:22, Gunta Bērziņa rakstīja:", italic=True)
    P(d, "> Īsumā — programmu kopumā varu atbalstīt, taču pirms to virza saskaņošanai, darba grupai "
         "jāpārstrādā modulis par pneimatiskajām sistēmām... PKE saturu atbalstu ar nosacījumu, ka "
         "praktiskajā daļā tiek iekļauts uzdevums ar PLC programmēšanu.", italic=True)
    build("r29b29_RE RE mehatronika 2 redakcija.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", SUP), ("mehatronisko sistēmu tehniķis", "PKE", SUP)],
          expert="Gunta Bērziņa", date="2026-06-18", lki="4", author="Elīna Krastiņa",
          created="2026-06-18 09:05",
          note="Follow-up e-mail (Latvian Gmail headers) on round 2: current verdict supported for both "
               "('programma ... atbalstāma un virzāma', 'eksāmena saturs arī'); the quoted earlier mail "
               "with conditions is history. Expert full name from 'No:' header.")


def f30():
    d = new_doc("Arial", 10)
    P(d, "EKSPERTIZES ATZINUMS", bold=True)
    table(d, [["Kvalifikacija", "elektromontieris"], ["LKI", "3"],
              ["Eksperts", "Normunds Baltins"], ["Datums", "22.06.2026"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["", "MIP", "PKE"]):
        P(t.cell(0, j), h, bold=True)
    opts = ["atbalstams un virzams saskanosanai", "atbalstams, pec precizejumu veiksanas virzams saskanosanai",
            "nav atbalstams"]
    for i, o in enumerate(opts):
        P(t.cell(i + 1, 0), o)
        P(t.cell(i + 1, 1), "x" if i == 1 else "")
        P(t.cell(i + 1, 2), "x" if i == 2 else "")
    P(d, "")
    P(d, "Piezimes: PKE praktiskais uzdevums neatbilst LKI 3 limenim (parak sarezgits, prasa releju "
         "aizsardzibas iestatisanu). MIP - jaizlabo modulu numeracija un stundu kopsumma.")
    build("r29b30_elektromontieris_baltins_bez_garumzimem.docx", d,
          rows=[("elektromontieris", "MIP", NC), ("elektromontieris", "PKE", NS)],
          expert="Normunds Baltins", date="2026-06-22", lki="3", author="Normunds",
          created="2026-06-22 22:14",
          note="Whole form without diacritics; lowercase 'x' marks in an option x document grid.")


def f31():
    d = new_doc()
    P(d, "Ekspertīzes atzinums (starpziņojums)", bold=True, size=13)
    table(d, [["Kvalifikācija", "VGK sistēmu tehniķis, LKI 4"],
              ["Eksperts", "Jānis Upenieks"],
              ["Datums", "25.06.2026."]], bold_first_col=True)
    P(d, "")
    table(d, [["Dokuments", "Piezīmes", "Slēdziens"],
              ["MIP", "Nav skaidrs, vai moduļi „Automātikas sistēmas” un „Ēku vadības sistēmas” paredzēti kā "
                      "obligātie vai izvēles; jāsaņem darba grupas skaidrojums.",
               "Slēdzienu sniegšu pēc tikšanās ar darba grupu."],
              ["PKE", "Eksāmena praktiskās daļas apraksts nepilnīgs (trūkst 2. uzdevuma).",
               "Slēdzienu sniegšu pēc tikšanās ar darba grupu."]], bold_first_row=True)
    P(d, "")
    P(d, "Tikšanās plānota 2026. gada 1. jūlijā.")
    build("r29b31_VGK_sistemu_tehnikis_starpzinojums.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", UNK),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", UNK)],
          problems=["no_verdict"],
          expert="Jānis Upenieks", date="2026-06-25", lki="4", author="Jānis Upenieks",
          created="2026-06-25 17:00",
          note="Interim review: both documents covered with remarks, verdict explicitly postponed -> "
               "unknown + no_verdict.")


def f32():
    d = new_doc("Calibri", 11)
    P(d, "Elektrotehniķis — MIP/PKE atzinums", bold=True, size=13)
    table(d, [["Eksperte", "Kristīne Auziņa"], ["Datums", "01.07.2026."], ["LKI", "4"]], bold_first_col=True)
    P(d, "")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), "MIP", bold=True)
    options(t.cell(0, 1), OPT_STD, 1, "sdt")
    P(t.cell(1, 0), "PKE", bold=True)
    options(t.cell(1, 1), OPT_STD, [0, 2], "sdt")
    P(d, "")
    P(d, "MIP: jāprecizē moduļa „Elektroapgādes sistēmas” rezultāti.")
    build("r29b32_Elektrotehnikis_Auzina.docx", d,
          rows=[("elektrotehniķis", "MIP", NC), ("elektrotehniķis", "PKE", UNK)],
          problems=["conflict"],
          expert="Kristīne Auziņa", date="2026-07-01", lki="4", author="Elīna Krastiņa",
          created="2026-07-01 13:00",
          note="Content-control checkboxes; PKE has two contradictory boxes checked (supported and not "
               "supported), no remark to resolve it -> unknown + conflict.")


def f33():
    d = new_doc()
    P(d, "Atzinums par būvizstrādājumu galdnieka (PKL 3) MIP un PKE", bold=True)
    rows = []
    for k, v in [("Eksperte", "Ieva Dambe"),
                 ("Datums", "2026.gada 7.jūlijā"),
                 ("MIP", "Programma ir atbalstāma ar precizējumiem. Pirms virzīšanas saskaņošanai jāveic "
                         "šādi labojumi: jāpapildina moduļa „Kāpņu izgatavošana” saturs ar CNC apstrādi; "
                         "jānovērš pretrunas starp moduļu aprakstiem un mācību plānu."),
                 ("PKE", "Eksāmena saturs atbalstāms un virzāms saskaņošanai.")]:
        rows.append([k])
        rows.append([v])
    t = table(d, rows)
    for i in range(0, len(rows), 2):
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
    P(d, "")
    P(d, "Piezīme: dokumentos vēl lietots vecais apzīmējums PKL 3 — to vajadzētu nomainīt uz LKI 4.",
      italic=True)
    build("r29b33_Atzinums_BIG_Dambe_07072026.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", NC), ("būvizstrādājumu galdnieks", "PKE", SUP)],
          expert="Ieva Dambe", date="2026-07-07", lki="4", author="Ieva Dambe",
          created="2026-07-07 10:45",
          note="Old level 'PKL 3' = LKI 4; values below labels; MIP condition in the next sentence "
               "('Pirms virzīšanas ... jāveic').")


def f34():
    d = new_doc()
    header(d, "Biedrība „Kurzemes mežsaimnieki”\nLiepājas iela 5, Kuldīga, LV-3301  |  "
              "kurzemes.mezs@inbox.lv", align="c")
    P(d, "Kuldīgā, 14.07.2026.", align="r")
    P(d, "LDDK projekta 4.2.2.9. koordinatoriem")
    P(d, "")
    P(d, "Par MIP un PKE ekspertīzi mežsaimniecības kvalifikācijām", bold=True)
    P(d, "Pēc darba grupu iesniegtajām pārstrādātajām redakcijām sniedzu šādu vērtējumu:")
    table(d, [["Kvalifikācija", "MIP", "PKE", "Piezīmes"],
              ["mežsaimniecības tehniķa", "atbalstāms un virzāms saskaņošanai",
               "atbalstāms; pēc precizējumiem virzāms saskaņošanai",
               "PKE: jāprecizē taksācijas uzdevuma vērtēšana."],
              ["motorzāģa operatora", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
               "—"]], bold_first_row=True)
    P(d, "")
    P(d, "Ar cieņu,")
    P(d, "Māris Kalējs")
    P(d, "valdes priekšsēdētājs, nozares eksperts")
    build("r29b34_Kurzemes mezsaimnieki_vestule_Kalejs.docx", d,
          rows=[("mežsaimniecības tehniķis", "MIP", SUP, "4"), ("mežsaimniecības tehniķis", "PKE", NC, "4"),
                ("motorzāģa operators", "MIP", SUP, "3"), ("motorzāģa operators", "PKE", SUP, "3")],
          expert="Māris Kalējs", date="2026-07-14", author="",
          created="2026-07-14 12:30",
          note="Letterhead of an association, letter with a multi-qualification table; qualification "
               "names in the genitive. LKI from register.")


# ============================================================== main
def main():
    for i in range(1, 35):
        globals()["f%02d" % i]()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r29b — forms and tables\n\nBuilt by `build.py`. One line per file: design and the "
                "judgement calls behind its labels.\n\n| file | design / judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            f.write(f"| {n} | {note.replace('|', '/')} |\n")
    print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBS), "problem rows")


if __name__ == "__main__":
    main()
