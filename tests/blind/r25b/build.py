# -*- coding: utf-8 -*-
"""Build the r25b blind set: forms and tables filled in by sector experts.

Run: /work/hvenv/bin/python build.py
Each build(...) call carries its own gold rows and problems.
"""
import csv
import datetime as dt
import os
import itertools

import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

OUT = os.path.dirname(os.path.abspath(__file__))
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_ids = itertools.count(100)

ROWS = []      # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []  # (file, code)
NOTES = []     # (file, note)


# ---------------------------------------------------------------- segments
class SYM:      # Wingdings glyph via w:sym
    def __init__(self, char, font="Wingdings"):
        self.char, self.font = char, font


class CC:       # checkbox content control (w14:checkbox)
    def __init__(self, checked):
        self.checked = checked


class FF:       # legacy FORMCHECKBOX field
    def __init__(self, checked, how="default"):
        self.checked, self.how = checked, how


class GLYPH:    # ☒ ☐ ☑ typed as text in MS Gothic
    def __init__(self, ch):
        self.ch = ch


class INS:      # tracked insertion
    def __init__(self, text, author="", date="2026-03-05T10:00:00Z", fmt=""):
        self.text, self.author, self.date, self.fmt = text, author, date, fmt


class DEL:      # tracked deletion
    def __init__(self, text, author="", date="2026-03-05T10:00:00Z"):
        self.text, self.author, self.date = text, author, date


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rpr(fmt):
    x = ""
    if "b" in fmt:
        x += "<w:b/>"
    if "i" in fmt:
        x += "<w:i/>"
    if "s" in fmt:
        x += "<w:strike/>"
    if "u" in fmt:
        x += '<w:u w:val="single"/>'
    return "<w:rPr>%s</w:rPr>" % x if x else ""


def add_segments(p, segs):
    if isinstance(segs, (str, tuple)) or not isinstance(segs, list):
        segs = [segs]
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
        elif isinstance(s, tuple):
            text, fmt = s
            r = p.add_run(text)
            r.bold = "b" in fmt or None
            r.italic = "i" in fmt or None
            r.underline = True if "u" in fmt else None
            if "s" in fmt:
                r.font.strike = True
            if "g" in fmt:  # grey small
                r.font.size = Pt(8)
        elif isinstance(s, SYM):
            p._p.append(parse_xml('<w:r %s><w:sym w:font="%s" w:char="%s"/></w:r>'
                                  % (nsdecls("w"), s.font, s.char)))
        elif isinstance(s, GLYPH):
            r = p.add_run(s.ch)
            r.font.name = "MS Gothic"
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "MS Gothic")
        elif isinstance(s, CC):
            ch = "\u2612" if s.checked else "\u2610"
            xml = ('<w:sdt %s %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox>'
                   '<w14:checked w14:val="%d"/>'
                   '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                   '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                   '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
                   '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
                   '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                   % (nsdecls("w"), W14, 1000 + next(_ids), 1 if s.checked else 0, ch))
            p._p.append(parse_xml(xml))
        elif isinstance(s, FF):
            n = next(_ids)
            state = ('<w:default w:val="%d"/>' % (1 if s.checked else 0)) if s.how == "default" else \
                    ('<w:default w:val="0"/><w:checked%s/>' % ("" if s.checked else ' w:val="0"'))
            for xml in (
                '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
                % (nsdecls("w"), n, state),
                '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w"),
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w"),
            ):
                p._p.append(parse_xml(xml))
        elif isinstance(s, INS):
            p._p.append(parse_xml(
                '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                % (nsdecls("w"), next(_ids), _esc(s.author), s.date, _rpr(s.fmt), _esc(s.text))))
        elif isinstance(s, DEL):
            p._p.append(parse_xml(
                '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                % (nsdecls("w"), next(_ids), _esc(s.author), s.date, _esc(s.text))))
        else:
            raise TypeError(s)
    return p


def P(doc, segs="", style=None, bold=False, align=None, size=None):
    p = doc.add_paragraph(style=style)
    if bold and isinstance(segs, str):
        segs = [(segs, "b")]
    add_segments(p, segs)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def set_cell(cell, content):
    """content: str (\n = new paragraph), list of segments (one paragraph),
    or ('paras', [segs, segs, ...])."""
    if isinstance(content, tuple) and content and content[0] == "paras":
        paras = content[1]
    elif isinstance(content, str):
        paras = content.split("\n")
    else:
        paras = [content]
    first = True
    for segs in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        add_segments(p, segs)


def T(doc, rows, widths=None, style="Table Grid", merge_full=()):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        if len(r) == 1 and ncol > 1:
            c = t.cell(i, 0).merge(t.cell(i, ncol - 1))
            set_cell(c, r[0])
            continue
        for j, v in enumerate(r):
            set_cell(t.cell(i, j), v)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def header(doc, text, footer=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    p = hf.paragraphs[0]
    if isinstance(text, str):
        p.text = text
    else:
        add_segments(p, text)
    return p


def new_doc(author="", created=None, title=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    if created:
        cp.created = created if isinstance(created, dt.datetime) else dt.datetime.fromisoformat(created)
    return d


def build(name, doc, rows=(), problems=(), note=""):
    assert name.startswith("r25b")
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, date, lki = r
        assert d in ("MIP", "PKE") and v in ("supported", "needs_corrections", "not_supported", "unknown"), r
        ROWS.append((name, q, d, v, e, date, lki))
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append((name, c))
    NOTES.append((name, note))


OPT_SUP = "saturs ir atbalstāms un virzāms saskaņošanai"
OPT_COR = "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
OPT_NOT = "saturs nav atbalstāms"
OPTS = [OPT_SUP, OPT_COR, OPT_NOT]


# ======================================================================= files
def f01():
    d = new_doc("Anita Grīnberga", "2026-02-18T09:12:00")
    P(d, "LDDK nozaru eksperta atzinums", bold=True, align="c", size=14)
    P(d, "par MIP un PKE saturu (projekts Nr. 4.2.2.9.)", align="c")
    T(d, [["Profesionālā kvalifikācija", "Motorzāģa operators"],
          ["LKI līmenis", "3"],
          ["Nozare", "Kokrūpniecība"],
          ["Izglītības iestāde (darba grupa)", "Ogres tehnikums"],
          ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
          ["Atzinuma datums", "17.02.2026."]], widths=[6, 10])
    P(d, "")
    P(d, "Kopsavilkums", bold=True)
    T(d, [[("Dokuments", "b"), ("Eksperta slēdziens", "b"), ("Piezīmes", "b")],
          ["MIP", "Atbalstāms, pēc precizējumiem virzāms saskaņošanai",
           "Modulī „Koku gāšana” jāpapildina darba drošības prasības strādājot slīpumā; "
           "mācību stundu sadalījums B daļā nesakrīt ar kopējo apjomu (precizēt)."],
          ["PKE", "Atbalstāms un virzāms saskaņošanai",
           "Praktiskie uzdevumi atbilst nozares praksei, iebildumu nav."]], widths=[2.5, 6, 8])
    P(d, "")
    P(d, "Eksperta papildu komentāri: darba grupai ieteicams sazināties ar AS „Latvijas valsts meži” "
         "mācību centru par praktisko mācību vietām.")
    build("r25b01_Atzinums_motorzaga_operators_Kalnina.docx", d,
          rows=[("motorzāģa operators", "MIP", "needs_corrections", "Ilze Kalniņa", "2026-02-17", 3),
                ("motorzāģa operators", "PKE", "supported", "Ilze Kalniņa", "2026-02-17", 3)],
          note="Key/value table (value right) + summary table document|verdict|notes; author = coordinator.")


def f02():
    d = new_doc("Mārtiņš Ozols", "2026-03-03T16:40:00")
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, align="c")
    P(d, "Modulārās izglītības programmas satura ekspertīze", align="c")
    T(d, [[("Kvalifikācija", "b")], ["mēbeļu galdnieks (LKI 4. līmenis)"],
          [("Vērtētais dokuments", "b")], ["Modulārā izglītības programma (MIP). PKE saturu šajā kārtā vērtē cits nozares eksperts."],
          [("Eksperts", "b")], ["Mārtiņš Ozols"],
          [("Datums", "b")], ["2026. gada 3. martā"]])
    P(d, "")
    P(d, "Galvenās piezīmes", bold=True)
    P(d, "1. Programmā nav iekļauts modulis par CNC apstrādes centru programmēšanu, kas nozarē šobrīd ir pamatprasme.")
    P(d, "2. Moduļu „Korpusa mēbeļu izgatavošana” un „Mīksto mēbeļu izgatavošana” sasniedzamie rezultāti lielā mērā dublējas.")
    P(d, "3. Vērtēšanas kritēriji formulēti vispārīgi, nav saistīti ar profesijas standartu.")
    P(d, "")
    P(d, "Slēdziens (atzīmēt ar X):", bold=True)
    T(d, [["", "MIP saturs ir atbalstāms un virzāms saskaņošanai"],
          ["", "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["X", "MIP saturs nav atbalstāms"]], widths=[1, 15])
    P(d, "Programma pēc pārstrādes jāiesniedz atkārtotai ekspertīzei.")
    build("r25b02_ekspertize_mebelu_galdnieks_MIP.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", "not_supported", "Mārtiņš Ozols", "2026-03-03", 4)],
          note="Key/value with value BELOW label; all options printed, X in left cell; PKE explicitly reviewed by someone else -> no PKE row.")


def f03():
    d = new_doc("Jānis Bērziņš", "2026-03-12T11:05:00")
    P(d, "Nozares eksperta vērtējums", bold=True, size=13)
    T(d, [["Kvalifikācija:", "Elektromontieris, LKI 3"],
          ["Izglītības iestāde:", "Rīgas Valsts tehnikums"]], widths=[4, 12])
    P(d, "")
    T(d, [[("MIP", "b"), ""],
          [[GLYPH("☒"), " saturs ir atbalstāms un virzāms saskaņošanai"], ""],
          [[GLYPH("☐"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], ""],
          [[GLYPH("☐"), " saturs nav atbalstāms"], ""],
          [("PKE", "b"), ""],
          [[GLYPH("☐"), " saturs ir atbalstāms un virzāms saskaņošanai"], ""],
          [[GLYPH("☒"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
           "Praktiskajā daļā jānorāda, ka darbi zem sprieguma netiek veikti; jāprecizē laika normas 2. uzdevumam."],
          [[GLYPH("☐"), " saturs nav atbalstāms"], ""]], widths=[9, 7])
    P(d, "")
    T(d, [["Paraksts / datums", "J. Bērziņš / 12.03.2026."]], widths=[5, 11])
    build("r25b03_Elektromontieris_vertejums_JB.docx", d,
          rows=[("elektromontieris", "MIP", "supported", "J. Bērziņš", "2026-03-12", 3),
                ("elektromontieris", "PKE", "needs_corrections", "J. Bērziņš", "2026-03-12", 3)],
          note="☒/☐ MS Gothic glyphs; name only as initial+surname in 'Paraksts / datums' cell (core author has full name but label uses what the review writes).")


def f04():
    d = new_doc("", "2026-04-09T08:30:00")
    header(d, "Eksperte: Laura Vītola                                   2026. gada 9. aprīlī")
    header(d, "LDDK | Projekts 4.2.2.9. | Ekspertīzes veidlapa v2", footer=True)
    P(d, "Ekspertīzes veidlapa", bold=True, size=14)
    P(d, "Profesionālā kvalifikācija: elektrotehniķis")
    P(d, "Līmenis: LKI 4")
    P(d, "")
    T(d, [[("Dokuments", "b"), ("Vērtējums", "b")],
          ["Modulārā izglītības programma",
           ("paras", [[SYM("F0A8"), " atbalstāms un virzāms saskaņošanai"],
                      [SYM("F0FE"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [SYM("F0A8"), " nav atbalstāms"]])],
          ["Profesionālās kvalifikācijas eksāmena saturs",
           ("paras", [[SYM("F0A8"), " atbalstāms un virzāms saskaņošanai"],
                      [SYM("F0FE"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [SYM("F0A8"), " nav atbalstāms"]])]], widths=[6, 10])
    P(d, "")
    P(d, "Precizējumi:", bold=True)
    P(d, "MIP — modulī „Elektroietaišu ekspluatācija” aktualizēt atsauces uz LEK standartiem; "
         "sasniedzamos rezultātus par viedajiem skaitītājiem pārcelt no C uz B daļu.")
    P(d, "PKE — teorētiskās daļas jautājumu bankā daļa jautājumu ir novecojuši (vecie MK noteikumi), "
         "jāaizstāj; vērtēšanas lapā jāpievieno kritērijs par darba vietas sakārtošanu.")
    build("r25b04_VITOLA_elektrotehnikis_veidlapa.docx", d,
          rows=[("elektrotehniķis", "MIP", "needs_corrections", "Laura Vītola", "2026-04-09", 4),
                ("elektrotehniķis", "PKE", "needs_corrections", "Laura Vītola", "2026-04-09", 4)],
          note="Wingdings w:sym F0FE/F0A8 marks; expert name and date only in the page header; author empty.")


def f05():
    d = new_doc("Andris Liepiņš", "2026-03-20T13:20:00")
    P(d, "Latvijas Darba devēju konfederācija", align="c", size=9)
    P(d, "NOZARES EKSPERTA ATZINUMS", bold=True, align="c", size=13)
    T(d, [["Kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"],
          ["LKI līmenis", "4"],
          ["Eksperts", "Andris Liepiņš"],
          ["Datums", "2026-03-20"]], widths=[6, 10])
    P(d, "")
    P(d, "1. Modulārā izglītības programma", bold=True)
    P(d, "Programmas struktūra loģiska, CNC programmēšanas moduļi atbilst nozares vajadzībām. "
         "Īpaši pozitīvi vērtējams, ka iekļauta 5 asu apstrādes centru apkalpošana.")
    T(d, [[[CC(True), " Saturs ir atbalstāms un virzāms saskaņošanai"]],
          [[CC(False), " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]],
          [[CC(False), " Saturs nav atbalstāms"]]])
    P(d, "")
    P(d, "2. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
    P(d, "Eksāmena praktiskais uzdevums paredz tikai manuālu iekārtu lietošanu — datorizētas iekārtas "
         "programmēšana un iestatīšana netiek pārbaudīta vispār. Tas neatbilst kvalifikācijai. "
         "Nepieciešams izstrādāt jaunu praktisko daļu.")
    T(d, [[[CC(False), " Saturs ir atbalstāms un virzāms saskaņošanai"]],
          [[CC(False), " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]],
          [[CC(True), " Saturs nav atbalstāms"]]])
    build("r25b05_Liepins_datorizetu kokapstrades operators.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Andris Liepiņš", "2026-03-20", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Andris Liepiņš", "2026-03-20", 4)],
          note="Checkbox content controls (w14:checkbox) — text invisible to paragraph.text; one table per document.")


def f06():
    d = new_doc("Dace Zariņa", "2026-02-24T18:02:00")
    P(d, "Atzinums par mežsaimniecības tehniķa MIP un PKE saturu", bold=True, size=13)
    T(d, [["Eksperte", "Dace Zariņa, Mg. silv."],
          ["Datums", "24.02.2026."],
          ["LKI", "4. līmenis"]], widths=[4, 12])
    P(d, "")
    T(d, [[("Atzīmējiet atbilstošo", "b"), ("MIP", "b"), ("PKE", "b")],
          ["saturs ir atbalstāms un virzāms saskaņošanai", [FF(False)], [FF(True)]],
          ["saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [FF(True)], [FF(False)]],
          ["saturs nav atbalstāms", [FF(False)], [FF(False)]]], widths=[11, 2.5, 2.5])
    P(d, "")
    P(d, "Precizējumi MIP:", bold=True)
    P(d, "– meža inventarizācijas modulī jāiekļauj tālizpētes datu (LiDAR) izmantošana;")
    P(d, "– jāprecizē prakses apjoms uzņēmumā (pašlaik norādītas 320 st., bet kopsummā 280 st.).")
    P(d, "PKE: iebildumu nav.")
    build("r25b06_mezsaimniecibas tehnikis_atzinums_Zarina.docx", d,
          rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Dace Zariņa", "2026-02-24", 4),
                ("mežsaimniecības tehniķis", "PKE", "supported", "Dace Zariņa", "2026-02-24", 4)],
          note="Legacy FORMCHECKBOX fields (w:default) in a 3x2 grid options x documents; qualification in genitive in title only; title 'Mg. silv.' dropped.")


def f07():
    d = new_doc("Edgars Krūmiņš", "2026-04-14T10:10:00")
    P(d, "Eksperta slēdziens", bold=True, align="c", size=13)
    P(d, "(nevajadzīgo svītrot)", align="c", size=9)
    T(d, [["Profesionālā kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
          ["Eksperts", "Edgars Krūmiņš"],
          ["Datums", "14.04.2026"]], widths=[6, 10])
    P(d, "")
    T(d, [[("MIP", "b"),
           ("paras", [[("saturs ir atbalstāms un virzāms saskaņošanai", "s")],
                      ["saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [("saturs nav atbalstāms", "s")]])],
          [("PKE", "b"),
           ("paras", [["saturs ir atbalstāms un virzāms saskaņošanai"],
                      [("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s")],
                      [("saturs nav atbalstāms", "s")]])],
          [("Precizējumi", "b"),
           "MIP: moduļa „Ražošanas plānošana” apjoms nepietiekams, jāpapildina ar ERP sistēmu pamatiem; "
           "terminoloģija jāsaskaņo ar profesijas standartu (lieto gan „kokmateriāli”, gan „koksne” vienā nozīmē)."]],
      widths=[3, 13])
    build("r25b07_KIRT_slēdziens_Krumins.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Edgars Krūmiņš", "2026-04-14", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Edgars Krūmiņš", "2026-04-14", 4)],
          note="'nevajadzīgo svītrot': non-chosen options struck through; LKI not stated -> register.")


def f08():
    d = new_doc("Sandra Rozīte", "2026-05-06T20:45:00")
    P(d, "Būvizstrādājumu galdnieks (LKI 4)", bold=True, size=13)
    P(d, "MIP un PKE satura ekspertīze — 2. kārta")
    T(d, [["Vērtējums (vajadzīgo pasvītrot)", ""],
          ["MIP",
           ("paras", [[("atbalstāms un virzāms saskaņošanai", "u")],
                      ["atbalstāms pēc precizējumu veikšanas"],
                      ["nav atbalstāms"]])],
          ["PKE",
           ("paras", [["atbalstāms un virzāms saskaņošanai"],
                      ["atbalstāms pēc precizējumu veikšanas"],
                      [("nav atbalstāms", "u")]])]], widths=[5, 11])
    P(d, "")
    P(d, "Komentārs: MIP precizējumi no 1. kārtas ir ievēroti, paldies darba grupai. PKE joprojām nav "
         "praktiskā uzdevuma logu montāžai, kas ir šīs kvalifikācijas pamatā; vērtēšanas kritēriji "
         "nav izmērāmi. Bez šo problēmu novēršanas eksāmena saturu atbalstīt nevaru.")
    P(d, "")
    T(d, [["Eksperts", "Sandra Rozīte"], ["Datums", "06.05.2026."]], widths=[4, 12])
    build("r25b08_Buvizstradajumu galdnieks_2karta_Rozite.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Sandra Rozīte", "2026-05-06", 4),
                ("būvizstrādājumu galdnieks", "PKE", "not_supported", "Sandra Rozīte", "2026-05-06", 4)],
          note="'vajadzīgo pasvītrot': chosen option underlined; second round, remark confirms PKE rejection.")


def f09():
    d = new_doc("Anita Grīnberga", "2026-04-29T12:00:00")
    P(d, "Meža mašīnu operators — eksperta vērtējums", bold=True)
    P(d, "Izvēlēto variantu iezīmējiet treknrakstā.", size=9)
    T(d, [[("", ""), ("MIP", "b"), ("PKE", "b")],
          ["1", "Saturs ir atbalstāms un virzāms saskaņošanai", "Saturs ir atbalstāms un virzāms saskaņošanai"],
          ["2", [("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "b")],
           [("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "b")]],
          ["3", "Saturs nav atbalstāms", "Saturs nav atbalstāms"]], widths=[1, 7.5, 7.5])
    P(d, "")
    T(d, [["Nepieciešamie precizējumi",
           "MIP: harvestera simulatora mācību stundas palielināt; precizēt prasības mācību vietai.\n"
           "PKE: eksāmenā jāparedz uzdevums ar forvardera kravas izvietošanu, pašreizējā redakcijā tikai harvesters."],
          ["Eksperts", "Gints Āboliņš"],
          ["Datums", "29.04.2026."]], widths=[5, 11])
    build("r25b09_meza masinu operators GA.docx", d,
          rows=[("meža mašīnu operators", "MIP", "needs_corrections", "Gints Āboliņš", "2026-04-29", 3),
                ("meža mašīnu operators", "PKE", "needs_corrections", "Gints Āboliņš", "2026-04-29", 3)],
          note="Chosen option marked by bold only; options side by side per document column; author = coordinator.")


def f10():
    d = new_doc("Inese Kārkliņa", "2026-05-12T09:00:00")
    P(d, "MIP satura novērtējuma tabula", bold=True, size=13)
    P(d, "Kvalifikācija: VGK iekārtu remontatslēdznieks (3. LKI)")
    P(d, "PKE saturs tiks vērtēts atsevišķi pēc tā iesniegšanas.", size=10)
    T(d, [[("Nr.", "b"), ("Kritērijs", "b"), ("Jā/Nē", "b"), ("Komentārs", "b")],
          ["1.", "Programma atbilst profesijas standartam un kvalifikācijas prasībām", "Jā", ""],
          ["2.", "Moduļu sasniedzamie rezultāti ir skaidri formulēti un izmērāmi", "Nē",
           "Moduļos B3 un B4 rezultāti formulēti kā darbības, nevis rezultāti."],
          ["3.", "Iekļautas nozarē aktuālās jaunās prasmes (F-gāzes, siltumsūkņi)", "Jā", ""],
          ["4.", "Mācību stundu apjoms ir pamatots", "Jā", ""],
          ["5.", "Darba vidē balstītu mācību iespējas aprakstītas", "Nē", "Jāpapildina."],
          [("Kopējais vērtējums", "b"), "", "",
           [("Atbalstāms ar precizējumiem — pēc 2. un 5. punkta novēršanas virzāms saskaņošanai.", "b")]]],
      widths=[1, 8, 1.5, 5.5])
    P(d, "")
    P(d, "Inese Kārkliņa, 12.05.2026.")
    build("r25b10_VGK remontatslēdznieks MIP kriteriji.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
                 "Inese Kārkliņa", "2026-05-12", 3)],
          note="Criterion table Jā/Nē with overall row; alias 'VGK iekārtu remontatslēdznieks'; PKE explicitly not yet submitted -> no row.")


def f11():
    d = new_doc("Valdis Pētersons", "2026-05-19T15:15:00")
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, LKI 4", bold=True)
    P(d, "Eksperts: Valdis Pētersons        Datums: 19.05.2026")
    P(d, "")
    P(d, "A. Modulārā izglītības programma", bold=True)
    T(d, [[("Kritērijs", "b"), ("Jā", "b"), ("Nē", "b")],
          ["Atbilst kvalifikācijas prasībām", "X", ""],
          ["Sasniedzamie rezultāti izmērāmi", "X", ""],
          ["Ietver digitālās un zaļās prasmes", "X", ""],
          ["Saturs atbalstāms un virzāms saskaņošanai", "X", ""]], widths=[11, 2, 2])
    P(d, "")
    P(d, "B. Profesionālās kvalifikācijas eksāmens", bold=True)
    T(d, [[("Kritērijs", "b"), ("Jā", "b"), ("Nē", "b")],
          ["Praktiskais uzdevums atbilst kvalifikācijai", "", "X"],
          ["Vērtēšanas kritēriji skaidri", "", "X"],
          ["Eksāmena ilgums pamatots", "X", ""],
          ["Saturs atbalstāms", "", "X"]], widths=[11, 2, 2])
    P(d, "Piezīme: eksāmena praktiskais uzdevums faktiski pārbauda remontatslēdznieka (LKI 3) prasmes — "
         "sistēmas regulēšana un balansēšana nav iekļauta. Eksāmena saturs jāpārstrādā un jāiesniedz atkārtoti.")
    build("r25b11_VGK_sistemu_tehnikis_Petersons.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Valdis Pētersons", "2026-05-19", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported", "Valdis Pētersons", "2026-05-19", 4)],
          note="Jā/Nē criterion tables with X; overall verdict is the last criterion row; PKE 'Saturs atbalstāms' = Nē + rework note.")


def f12():
    d = new_doc("Anita Grīnberga", "2026-03-10T14:40:00")
    for line in ["No: Raimonds Siliņš <raimonds.silins@kokserviss.lv>",
                 "Nosūtīts: otrdiena, 2026. gada 10. marts 14:32",
                 "Kam: Anita Grīnberga <anita.grinberga@lddk.lv>",
                 "Tēma: RE: Ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)"]:
        P(d, line, size=10)
    P(d, "")
    P(d, "Labdien, Anita!")
    P(d, "Izskatīju abus dokumentus. Programmu atbalstu bez precizējumiem, var virzīt saskaņošanai — "
         "darba grupa paveikusi labu darbu.")
    P(d, "Ar eksāmenu sliktāk: 2., 4. un 5. praktiskajā uzdevumā nav norādīti kokmateriālu izmēri un "
         "pielaides. Kad tos papildinās, eksāmena saturu var virzīt tālāk, pats saturs kopumā ir pieņemams.")
    P(d, "Ar cieņu,")
    P(d, "Raimonds Siliņš")
    P(d, "SIA „Kokserviss”, ražošanas vadītājs")
    P(d, "")
    P(d, "-----Original Message-----", size=10)
    for line in ["From: Anita Grīnberga",
                 "Sent: Monday, March 2, 2026 9:15 AM",
                 "Subject: Ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)"]:
        P(d, line, size=10)
    P(d, "Labdien, Raimond!", size=10)
    P(d, "Pielikumā kokapstrādes iekārtu operatora (LKI 3) MIP un PKE projekti. Lūdzu izvērtēt, vai saturs "
         "ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, "
         "un atsūtīt atbildi līdz 13. martam.", size=10)
    P(d, "Paldies! Anita", size=10)
    build("r25b12_RE Ekspertize kokapstrades iekartu operators.docx", d,
          rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Raimonds Siliņš", "2026-03-10", 3),
                ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Raimonds Siliņš", "2026-03-10", 3)],
          note="Outlook e-mail printed into Word (LV headers), quoted coordinator request lists all options (trap); "
               "'bez precizējumiem' = supported; PKE condition 'kad papildinās, var virzīt' = needs_corrections; LKI only in quoted request (same file) -> 3 (also register).")


def f13():
    d = new_doc("Līga Ozoliņa", "2026-04-01T19:30:00")
    P(d, "Gmail - Re: PKE mehatronika", bold=True)
    P(d, "")
    for line in ["From: Toms Ziedins <toms.ziedins@gmail.com>",
                 "Date: Wed, 1 Apr 2026 at 18:57",
                 "Subject: Re: PKE mehatronika",
                 "To: Līga Ozoliņa <liga.ozolina@lddk.lv>"]:
        P(d, line, size=10)
    P(d, "")
    P(d, "Sveiki,")
    P(d, "atsutu komentarus par mehatronisko sistemu tehnika PKE (LKI 4). Saturs atbalstams, pec precizejumu "
         "veiksanas virzams saskanosanai. Precizejumi: 1) pneimatikas uzdevuma shema ar kludu (V2 varsts), "
         "2) vertesanas lapa trukst punktu sadalijuma teorijas dalai.")
    P(d, "MIP sis reizes neverteju - to dara Kaspars, ka runajam sapulcē.")
    P(d, "Toms")
    P(d, "")
    P(d, "On Mon, 23 Mar 2026 at 10:02, Līga Ozoliņa <liga.ozolina@lddk.lv> wrote:", size=10)
    P(d, "> Labdien, Tom! Lūdzu izvērtēt mehatronisko sistēmu tehniķa PKE saturu un norādīt, vai tas ir "
         "atbalstāms. MIP nosūtīts Kasparam Dzenim.", size=10)
    build("r25b13_Gmail - Re PKE mehatronika.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Toms Ziedins", "2026-04-01", 4)],
          note="Gmail print, English headers, text without diacritics; MIP explicitly reviewed by someone else -> no MIP row; "
               "expert name as written in From: (no diacritics); date from the reply, not the quoted request.")


def f14():
    d = new_doc("Aivars Strazds", "2026-04-08T11:11:00")
    P(d, [("SIA „KOKMEISTARS”", "b")], align="c", size=14)
    P(d, "Reģ. Nr. 40003123456 · Rūpniecības iela 12, Jelgava, LV-3001 · info@kokmeistars.lv", align="c", size=8)
    P(d, "_" * 70, align="c")
    P(d, "Rīgā, 2026. gada 8. aprīlī", align="r")
    P(d, "Latvijas Darba devēju konfederācijai")
    P(d, "")
    P(d, "Par mēbeļu galdnieka profesionālās kvalifikācijas eksāmena saturu", bold=True)
    P(d, "Atbildot uz LDDK lūgumu, esmu izvērtējis profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4) "
         "eksāmena saturu. Modulārās izglītības programmas saturu vērtēja cits nozares eksperts, tāpēc par to "
         "neizsakos.")
    T(d, [[("Vērtētais dokuments", "b"), "PKE saturs"],
          [("Atbilstība kvalifikācijas prasībām", "b"), "Atbilst"],
          [("Praktiskā daļa", "b"), "Uzdevums (skapja ar atvilktnēm izgatavošana) labi atspoguļo profesijas ikdienu."],
          [("Slēdziens", "b"), "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai bez izmaiņām."]], widths=[5, 11])
    P(d, "")
    P(d, "Valdes loceklis, nozares eksperts")
    P(d, "Dr. sc. ing. Aivars Strazds")
    build("r25b14_Kokmeistars_vestule_PKE mebelu galdnieks.docx", d,
          rows=[("mēbeļu galdnieks", "PKE", "supported", "Aivars Strazds", "2026-04-08", 4)],
          note="Company letterhead, letter with a small key/value table; MIP explicitly not covered; title Dr. sc. ing. dropped.")


def f15():
    d = new_doc("Kristīne Lāce", "2026-06-02T17:00:00")
    header(d, "Sagatavoja: Kristīne Lāce, 2026-06-02", footer=True)
    P(d, "Kokrūpniecības nozares eksperta vērtējums — 5. posms", bold=True, size=13)
    P(d, "Atzīme ✓ kolonnā nozīmē izvēlēto vērtējumu. A – atbalstāms un virzāms saskaņošanai; "
         "P – atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; N – nav atbalstāms.", size=9)
    T(d, [[("Kvalifikācija", "b"), ("Dok.", "b"), ("A", "b"), ("P", "b"), ("N", "b"), ("Piezīmes", "b")],
          ["Motorzāģa operators", "MIP", "✓", "", "", "Iepriekšējie precizējumi ievēroti."],
          ["", "PKE", "✓", "", "", ""],
          ["Meža mašīnu operators", "MIP", "", "✓", "", "Jāprecizē prakses vietu apraksts."],
          ["", "PKE", "", "", "", "Nav iesniegts, netika vērtēts."],
          ["Mežsaimniecības tehniķis", "MIP", "", "", "✓", "Precizējumi no 4. posma nav veikti, "
           "programma pēc būtības nav mainīta."],
          ["", "PKE", "✓", "", "", ""]], widths=[4.5, 1.5, 1, 1, 1, 7])
    build("r25b15_kokrupnieciba_5posms_vertejumi.docx", d,
          rows=[("motorzāģa operators", "MIP", "supported", "Kristīne Lāce", "2026-06-02", 3),
                ("motorzāģa operators", "PKE", "supported", "Kristīne Lāce", "2026-06-02", 3),
                ("meža mašīnu operators", "MIP", "needs_corrections", "Kristīne Lāce", "2026-06-02", 3),
                ("mežsaimniecības tehniķis", "MIP", "not_supported", "Kristīne Lāce", "2026-06-02", 4),
                ("mežsaimniecības tehniķis", "PKE", "supported", "Kristīne Lāce", "2026-06-02", 4)],
          note="Multi-qualification grid with ✓ in A/P/N columns, qualification cell empty on the PKE row; "
               "name+date only in footer; meža mašīnu operators PKE not submitted -> no row.")


def f16():
    d = new_doc("Oskars Vanags", "2026-06-09T08:45:00")
    P(d, "Ekspertīzes atzinums", bold=True, size=13)
    T(d, [["Kvalifikācija", "Siltumenerģētikas tehniķis"],
          ["LKI līmenis", "4"],
          ["Nozare", "Enerģētika"],
          ["Eksperts", "Oskars Vanags"],
          ["Datums", "09.06.2026."],
          ["MIP slēdziens", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["PKE slēdziens", "Atbalstāms un virzāms saskaņošanai"],
          ["Precizējumi", "MIP modulī „Katlu mājas ekspluatācija” iekļaut biomasas katlu automātikas "
                          "apkopi; aktualizēt normatīvo aktu sarakstu."]], widths=[5, 11])
    build("r25b16_Vanags_siltumenergetikas tehnikis.docx", d,
          rows=[("siltumenerģētikas tehniķis", "MIP", "needs_corrections", "Oskars Vanags", "2026-06-09", 4),
                ("siltumenerģētikas tehniķis", "PKE", "supported", "Oskars Vanags", "2026-06-09", 4)],
          problems=["unknown_qualification"],
          note="Single key/value table holding everything; qualification not in register.")


def f17():
    d = new_doc("Agnese Jansone", "2026-03-27T16:00:00")
    P(d, "Eksperta vērtējums: elektrotehniķis (LKI 4)", bold=True)
    T(d, [["Eksperts:", "Agnese Jansone"], ["Datums:", "27.03.2026."]], widths=[3, 13])
    P(d, "")
    T(d, [[("MIP", "b"), ("PKE", "b")],
          [("paras", [[GLYPH("☐"), " atbalstāms un virzāms saskaņošanai"],
                      [GLYPH("☐"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [GLYPH("☐"), " nav atbalstāms"]]),
           ("paras", [[GLYPH("☒"), " atbalstāms un virzāms saskaņošanai"],
                      [GLYPH("☐"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [GLYPH("☐"), " nav atbalstāms"]])],
          ["Piezīmes: moduļu aprakstos vietām trūkst sasniedzamo rezultātu numerācijas; "
           "A daļas apjoms šķiet liels salīdzinājumā ar citām 4. līmeņa programmām. "
           "Jāpārrunā ar darba grupu.", ""]], widths=[8, 8])
    build("r25b17_elektrotehnikis_Jansone_vertejums.docx", d,
          rows=[("elektrotehniķis", "MIP", "unknown", "Agnese Jansone", "2026-03-27", 4),
                ("elektrotehniķis", "PKE", "supported", "Agnese Jansone", "2026-03-27", 4)],
          problems=["no_verdict"],
          note="MIP column: remarks but no box ticked -> unknown + no_verdict; PKE ☒ supported.")


def f18():
    d = new_doc("Līga Ozoliņa", "2026-02-11T12:30:00")
    P(d, "Mehatronisko sistēmu tehniķis — MIP un PKE ekspertīze", bold=True)
    P(d, "Eksperte Līga Ozoliņa, 2026. gada 11. februārī")
    T(d, [[("Dokuments", "b"), ("Atzīme", "b"), ("Vērtējums", "b")],
          ["MIP", "", "saturs ir atbalstāms un virzāms saskaņošanai"],
          ["MIP", "X", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["MIP", "", "saturs nav atbalstāms"],
          ["PKE", "X", "saturs ir atbalstāms un virzāms saskaņošanai"],
          ["PKE", "", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["PKE", "X", "saturs nav atbalstāms"]], widths=[2, 1.5, 12.5])
    P(d, "")
    P(d, "MIP: robotikas modulī precizēt drošības prasības sadarbīgajiem robotiem (ISO 10218).")
    P(d, "PKE: teorētiskā daļa laba. Praktiskajā daļā PLC uzdevums atbilst, bet hidraulikas uzdevums prasa "
         "iekārtas, kādu lielākajā daļā skolu nav.")
    build("r25b18_Mehatronika_MIP_PKE_Ozolina.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Līga Ozoliņa", "2026-02-11", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", "unknown", "Līga Ozoliņa", "2026-02-11", 4)],
          problems=["conflict"],
          note="PKE has two X marks (supported and not supported), remark is mixed -> unknown + conflict.")


def f19():
    d = new_doc("Ēriks Dzenis", "2026-03-02T09:00:00")
    P(d, "Ekspertīzes veidlapa", bold=True, size=13)
    T(d, [["Kvalifikācija", "Motorzāģa operators (LKI 3)"],
          ["Eksperts", "Ēriks Dzenis"],
          ["Datums", [DEL("02.03.2026.", "Ēriks Dzenis", "2026-03-05T10:00:00Z"),
                      INS("05.03.2026.", "Ēriks Dzenis", "2026-03-05T10:00:00Z")]],
          ["MIP vērtējums",
           [DEL("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Ēriks Dzenis",
                "2026-03-05T10:01:00Z"),
            INS("saturs ir atbalstāms un virzāms saskaņošanai", "Ēriks Dzenis", "2026-03-05T10:01:00Z")]],
          ["MIP precizējumi",
           [DEL("Jāpapildina ar ķēdes asināšanas praktiskajām nodarbībām.", "Ēriks Dzenis", "2026-03-05T10:02:00Z"),
            INS("Darba grupa 04.03. atsūtīja papildināto versiju, precizējumi veikti.", "Ēriks Dzenis",
                "2026-03-05T10:02:00Z")]],
          ["PKE vērtējums", "saturs ir atbalstāms un virzāms saskaņošanai"]], widths=[4, 12])
    build("r25b19_Motorzaga operators_Dzenis_labots.docx", d,
          rows=[("motorzāģa operators", "MIP", "supported", "Ēriks Dzenis", "2026-03-05", 3),
                ("motorzāģa operators", "PKE", "supported", "Ēriks Dzenis", "2026-03-05", 3)],
          note="Tracked changes: MIP verdict and date changed via w:del/w:ins; current (inserted) text counts.")


def f20():
    d = new_doc("Normunds Kalējs", "2026-03-16T10:30:00")
    P(d, "Atkārtota ekspertīze", bold=True, size=13)
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE")
    T(d, [[("Kārta", "b"), ("Datums", "b"), ("MIP", "b"), ("PKE", "b")],
          ["1. kārta", "20.01.2026.", "nav atbalstāms", "nav atbalstāms"],
          ["2. kārta (šī)", "16.03.2026.", "atbalstāms un virzāms saskaņošanai",
           "atbalstāms ar nosacījumu, ka tiek novērsta kļūda 3. uzdevuma vērtēšanas lapā (summa 110 punkti)"]],
      widths=[3, 3, 5, 5])
    P(d, "")
    P(d, "Pēc 1. kārtas darba grupa pārstrādāja programmu pilnībā — pievienots modulis par ēku vadības "
         "sistēmām (BMS), precizēti F-gāzu jautājumi. Eksāmenā praktiskā daļa tagad ietver sistēmas "
         "palaišanu un regulēšanu.")
    P(d, "Eksperts: Normunds Kalējs")
    build("r25b20_VGK sist tehnikis_2.karta_Kalejs.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Normunds Kalējs", "2026-03-16", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Normunds Kalējs", "2026-03-16", 4)],
          note="History table of rounds; only the current (2nd) round row counts; date = 2nd round date; genitive qualification.")


def f21():
    d = new_doc("", "2026-04-14T21:10:00")
    T(d, [["R. Miezis", "14.04.2026"],
          ["Elektromontiera MIP — ok, atbalstu, var virzīt.",
           "PKE — atbalstu, bet vispirms jāpielabo vērtēšanas kritēriji (skat. e-pastu)."]], widths=[8, 8])
    build("r25b21_elektromontieris_isi.docx", d,
          rows=[("elektromontieris", "MIP", "supported", "R. Miezis", "2026-04-14", 3),
                ("elektromontieris", "PKE", "needs_corrections", "R. Miezis", "2026-04-14", 3)],
          note="Very short 2x2 table, hasty wording, genitive qualification; author empty.")


def f22():
    d = new_doc("Ilona Gaile", "2026-05-26T19:20:00")
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Datorizētu kokapstrādes iekārtu operators” modulārās izglītības "
         "programmas un profesionālās kvalifikācijas eksāmena saturu", align="c")
    T(d, [["Eksperts", "Mg. sc. ing. Ilona Gaile"],
          ["Pārstāvētā organizācija", "Latvijas Kokrūpniecības federācija"],
          ["Atzinuma sagatavošanas datums", "26.05.2026."],
          ["LKI līmenis", "4"]], widths=[6, 10])
    P(d, "")
    P(d, "1. Vispārīgs vērtējums", bold=True)
    P(d, "Programma izstrādāta, balstoties uz 2025. gadā pilnveidoto kokrūpniecības nozares kvalifikāciju "
         "struktūru. Darba grupa ņēmusi vērā lielāko daļu no iepriekšējās apspriedes priekšlikumiem. "
         "Nozares uzņēmumi atbalsta programmā iekļauto digitālo prasmju apjomu, un tas vērtējams pozitīvi.")
    P(d, "2. Piezīmes par moduļiem", bold=True)
    T(d, [[("Modulis", "b"), ("Piezīmes", "b")],
          ["B1 Kokmateriālu sagatavošana", "Bez piezīmēm."],
          ["B2 CNC iekārtu programmēšana",
           "Šajā redakcijā moduļa saturs nav atbalstāms — sasniedzamie rezultāti aptver tikai G-kodu; "
           "jāiekļauj CAM programmatūras lietošana (piem., nozarē izplatītās sistēmas) un apstrādes "
           "simulācija."],
          ["B3 Iekārtu iestatīšana un apkope", "Jāprecizē apkopes periodiskums atbilstoši ražotāju instrukcijām."],
          ["C1 Kvalitātes kontrole", "Ieteicams papildināt ar mērīšanu ar 3D skeneri (izvēles saturs)."],
          ["Prakse", "Prakses apjoms pietiekams, taču jāapraksta prakses vietas izvēles kritēriji."]],
      widths=[5, 11])
    P(d, "")
    P(d, "3. Piezīmes par eksāmenu", bold=True)
    P(d, "Eksāmena teorētiskā daļa (40 jautājumi) atbilst kvalifikācijas prasībām. Praktiskajā daļā "
         "izglītojamais izstrādā vadības programmu un apstrādā detaļu pēc rasējuma; vērtēšanas kritēriji ir "
         "skaidri un izmērāmi. Iepriekšējā redakcijā eksāmens netika atbalstīts laika normu dēļ — tas ir novērsts.")
    P(d, "")
    T(d, [[("Slēdziens", "b"), ""],
          ["MIP", "Saturs kopumā ir atbalstāms; pēc B2 un B3 moduļa precizējumu veikšanas virzāms saskaņošanai."],
          ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai."]], widths=[3, 13])
    P(d, "")
    P(d, "Paraksts: ____________________")
    build("r25b22_DKIO_atzinums_galigais_Gaile.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Ilona Gaile", "2026-05-26", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Ilona Gaile", "2026-05-26", 4)],
          note="Long formal review; body says a module 'nav atbalstāms' and mentions earlier non-support, but "
               "the Slēdziens table outranks; 'Nozares uzņēmumi atbalsta' is 3rd person noise; title Mg. sc. ing. dropped.")


def f23():
    d = new_doc("Arturs", "2026-05-04T22:05:00")
    P(d, "EKSPERTIZES ATZINUMS", bold=True)
    T(d, [["Kvalifikacija"], ["Mebelu galdnieks, LKI 4"],
          ["Eksperts"], ["Arturs Kalnins"],
          ["Datums"], ["04.05.2026"],
          ["MIP"], ["Atbalstits, virzams saskanosanai pec precizejumiem (sk. zemak)"],
          ["PKE"], ["Neatbalstu. Eksamena uzdevums neatbilst LKI 4 limenim, parak vienkarss."],
          ["Precizejumi"], ["MIP: papildinat ar virsmu apdares tehnologijam (UV lakas), izlabot stundu summu 2. modulim."]])
    build("r25b23_mebelu galdnieks_Kalnins_2karta.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Arturs Kalnins", "2026-05-04", 4),
                ("mēbeļu galdnieks", "PKE", "not_supported", "Arturs Kalnins", "2026-05-04", 4)],
          note="Label row / value row below, entire text without diacritics; name as written without diacritics.")


def f24():
    d = new_doc("Daina Kļaviņa", "2026-06-16T14:00:00")
    P(d, "Izglītības programmas un eksāmena satura vērtējums", bold=True)
    T(d, [["Profesionālā kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
          ["Kvalifikācijas līmenis", "3. PKL"],
          ["Vērtētājs", "Daina Kļaviņa"],
          ["Datums", "16.06.2026."]], widths=[6, 10])
    P(d, "")
    T(d, [[("", ""), ("atbalstāms un virzāms saskaņošanai", "b"),
           ("atbalstāms, virzāms pēc precizējumiem", "b"), ("nav atbalstāms", "b")],
          ["MIP", "", "V", ""],
          ["PKE", "", "V", ""]], widths=[2, 4.5, 4.5, 4])
    P(d, "")
    P(d, "Precizējumi abiem dokumentiem: saskaņot terminus ar profesijas standartu; PKE vērtēšanas lapā "
         "norādīt minimālo punktu skaitu katrai daļai; MIP — ražošanas plānošanas modulī iekļaut pašizmaksas aprēķinu.")
    build("r25b24_KIRT_vertejums_Klavina_PKL.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Daina Kļaviņa", "2026-06-16", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Daina Kļaviņa", "2026-06-16", 4)],
          note="Options as column headers, 'V' mark in the chosen column; level written as old '3. PKL' = LKI 4 (matches register).")


def f25():
    d = new_doc("Anita Grīnberga", "2026-06-23T10:00:00")
    header(d, "Veidlapa Nr. 3 — MIP/PKE ekspertīze (LDDK, 2026)")
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa kvalifikācijas dokumentu ekspertīze", bold=True)
    T(d, [[("Dokuments", "b"), ("Atbalstāms un virzāms saskaņošanai", "b"),
           ("Atbalstāms, pēc precizējumiem virzāms", "b"), ("Nav atbalstāms", "b")],
          ["MIP", "✓", "", ""],
          ["PKE", "✓", "", ""]], widths=[3, 4.5, 4.5, 4])
    P(d, "")
    T(d, [["Eksperta komentāri",
           "Abi dokumenti sakārtoti atbilstoši iepriekšējās kārtas piezīmēm; papildu precizējumi nav nepieciešami. "
           "Metodiskais atbalsts skolām ieviešanas posmā būtu vēlams, bet tas neattiecas uz dokumentu saturu."],
          ["Paraksts / datums", "Pēteris Ābele   23.06.2026."]], widths=[4, 12])
    build("r25b25_Abele_VGK sistemu tehnikis_veidlapa3.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Pēteris Ābele", "2026-06-23", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Pēteris Ābele", "2026-06-23", 4)],
          note="✓ in verdict columns; 'Metodiskais atbalsts' noun noise; name+date in 'Paraksts / datums' cell; header holds template name only.")


def f26():
    d = new_doc("Anita Grīnberga", "2026-04-20T15:00:00")
    for line in ["From: Ivars Lapiņš <ivars.lapins@logi-durvis.lv>",
                 "Sent: Monday, April 20, 2026 2:47 PM",
                 "To: Grīnberga Anita <anita.grinberga@lddk.lv>",
                 "Subject: RE: būvizstrādājumu galdnieks – MIP un PKE"]:
        P(d, line, size=10)
    P(d, "")
    P(d, "Anita, labdien!")
    P(d, "Izlasīju abus dokumentus. Paldies, nav iebildumu — abus atbalstu, var virzīt saskaņošanai. "
         "Mazas drukas kļūdas atzīmēju pielikumā, tās nav būtiskas un saturu nemaina.")
    P(d, "Ivars")
    P(d, "")
    P(d, "From: Grīnberga Anita", size=10)
    P(d, "Sent: Tuesday, April 14, 2026 10:20 AM", size=10)
    P(d, "Subject: būvizstrādājumu galdnieks – MIP un PKE", size=10)
    T(d, [["Kvalifikācija", "Būvizstrādājumu galdnieks (LKI 4)"],
          ["Dokumenti", "MIP, PKE (3. redakcija)"],
          ["Termiņš", "24.04.2026."],
          ["Vērtējuma varianti", "atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumiem virzāms / nav atbalstāms"]],
      widths=[4, 12])
    build("r25b26_RE_buvizstradajumu galdnieks_Lapins.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Ivars Lapiņš", "2026-04-20", 4),
                ("būvizstrādājumu galdnieks", "PKE", "supported", "Ivars Lapiņš", "2026-04-20", 4)],
          note="Outlook (English headers) e-mail; 'abus atbalstu' covers both; 'nav iebildumu' positive; typos "
               "'not material' -> supported; quoted request with a table listing all options (trap).")


def f27():
    d = new_doc("Renārs Upītis", "2026-05-14T07:50:00")
    for line in ["No: Renārs Upītis", "Nosūtīts: ceturtdiena, 2026. gada 14. maijs 07:41",
                 "Kam: Kristīne Lāce", "Tēma: RE: meža mašīnu operators"]:
        P(d, line, size=10)
    P(d, "")
    P(d, "Sveika, Kristīne!")
    P(d, "Meža mašīnu operatora programmu šādā veidā nevaru atbalstīt: tā būtībā ir vecā 2019. gada programma "
         "ar nomainītiem moduļu nosaukumiem, simulatoru mācības nav, drošības prasības novecojušas. "
         "Skolai jāpārstrādā un jāiesniedz vēlreiz.")
    P(d, "Eksāmena materiālus vēl neesmu skatījis, atsūtīšu vērtējumu atsevišķi nākamnedēļ.")
    P(d, "R. Upītis")
    P(d, "")
    T(d, [["Kvalifikācija", "Dokuments", "Termiņš"],
          ["Meža mašīnu operators (LKI 3)", "MIP", "15.05."],
          ["", "PKE", "22.05."]], widths=[7, 4, 4])
    build("r25b27_RE meza masinu operators.docx", d,
          rows=[("meža mašīnu operators", "MIP", "not_supported", "Renārs Upītis", "2026-05-14", 3)],
          note="Latvian Outlook headers; 'nevaru atbalstīt' first person; PKE explicitly not yet reviewed -> no row; "
               "name in full from header (signature only 'R. Upītis').")


def f28():
    d = new_doc("Gunta Mežule", "2026-06-02T09:30:00")
    header(d, "Datums: 2026. gada 2. jūnijā")
    header(d, "Eksperte: Gunta Mežule, enerģētikas nozare", footer=True)
    P(d, "Enerģētikas nozares kvalifikāciju MIP un PKE vērtējums", bold=True, size=13)
    T(d, [[("Kvalifikācija", "b"), ("Dok.", "b"), ("Atbalstāms, virzāms saskaņošanai", "b"),
           ("Atbalstāms pēc precizējumiem", "b"), ("Nav atbalstāms", "b"), ("Komentārs", "b")],
          ["Elektromontieris, LKI 3", "MIP", "", "X", "", "Papildināt ar saules paneļu montāžas pamatiem."],
          ["", "PKE", "X", "", "", ""],
          ["VGK iekārtu remontatslēdznieks, LKI 3", "MIP", "", "", "X",
           "Programmā nav F-gāzu apstrādes moduļa, kas ir obligāts sertifikācijai."],
          ["", "PKE", "", "X", "", "Precizēt aukstumaģentu uzpildes uzdevumu."]],
      widths=[4, 1.5, 2.5, 2.5, 2, 4])
    build("r25b28_Energetika_kopsavilkums_Mezule.docx", d,
          rows=[("elektromontieris", "MIP", "needs_corrections", "Gunta Mežule", "2026-06-02", 3),
                ("elektromontieris", "PKE", "supported", "Gunta Mežule", "2026-06-02", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "Gunta Mežule", "2026-06-02", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Gunta Mežule", "2026-06-02", 3)],
          note="Expert's own multi-qualification table with X in verdict columns; date only in header, name only in footer.")


def f29():
    d = new_doc("Aleksandrs Petrovs", "2026-04-07T13:00:00")
    P(d, "Ekspertīzes atzinums", bold=True, size=13)
    T(d, [["Kvalifikācija", "CNC metālapstrādes operators"],
          ["Nozare", "Mašīnbūve un metālapstrāde"],
          ["LKI", "3"],
          ["Eksperts", "Aleksandrs Petrovs"],
          ["Datums", "07.04.2026."]], widths=[4, 12])
    P(d, "")
    T(d, [[("", "b"), ("MIP", "b"), ("PKE", "b")],
          ["Atbalstāms un virzāms saskaņošanai", [FF(True, "checked")], [FF(False, "checked")]],
          ["Atbalstāms pēc precizējumiem", [FF(False, "checked")], [FF(False, "checked")]],
          ["Nav atbalstāms", [FF(False, "checked")], [FF(False, "checked")]],
          ["Komentāri", "Programma atbilst nozares vajadzībām.",
           "Praktiskajā uzdevumā pielaides ±0,01 mm 3. līmenim ir pārāk stingras; teorijas jautājumi par "
           "CAM sistēmām pārsniedz MIP saturu. Jāpārrunā ar darba grupu."]], widths=[6, 5, 5])
    build("r25b29_CNC metalapstrades operators_Petrovs.docx", d,
          rows=[("CNC metālapstrādes operators", "MIP", "supported", "Aleksandrs Petrovs", "2026-04-07", 3),
                ("CNC metālapstrādes operators", "PKE", "unknown", "Aleksandrs Petrovs", "2026-04-07", 3)],
          problems=["unknown_qualification", "no_verdict"],
          note="Legacy checkboxes using w:checked; qualification not in register (LKI 3 from review); PKE column "
               "has critical remarks but no box checked -> unknown + no_verdict.")


def f30():
    d = new_doc("Baiba Krastiņa", "2026-06-30T11:30:00")
    P(d, [("Biedrība „Latvijas Mežizstrādātāju savienība”", "b")], align="c")
    P(d, "Ekspertīzes atzinums par mežsaimniecības tehniķa PKE saturu (atkārtots)", bold=True, align="c")
    T(d, [["Eksperte", "Baiba Krastiņa"], ["Datums", "30.06.2026."], ["Dokuments", "PKE (MIP šajā kārtā netika iesniegts)"]],
      widths=[4, 12])
    P(d, "")
    P(d, "Iepriekšējā redakcijā (2026. gada februārī) eksāmena saturs tika atbalstīts ar precizējumiem. "
         "Jaunajā redakcijā darba grupa, pretēji iepriekš saskaņotajam, izņēmusi meža inventarizācijas "
         "praktisko uzdevumu un aizstājusi to ar testu. Tas nav pieņemami.")
    T(d, [[[CC(False), " saturs ir atbalstāms un virzāms saskaņošanai"]],
          [[CC(False), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]],
          [[CC(True), " saturs nav atbalstāms"]]])
    build("r25b30_mezsaimn tehnikis PKE atkartots_Krastina.docx", d,
          rows=[("mežsaimniecības tehniķis", "PKE", "not_supported", "Baiba Krastiņa", "2026-06-30", 4)],
          note="Letterhead + content-control checkboxes; history of earlier support must not count; MIP explicitly not submitted.")


def f35():
    d = new_doc("Kaspars Dzenis", "2026-05-21T18:00:00")
    P(d, "Kokapstrādes kvalifikāciju MIP un PKE ekspertīze", bold=True, size=13)
    P(d, "Eksperts: Kaspars Dzenis · Datums: 2026. gada 21. maijā")
    for q, lki, marks, rem in [
        ("Kokapstrādes iekārtu operators", "3", ((1, 0, 0), (1, 0, 0)), "Iebildumu nav."),
        ("Mēbeļu galdnieks", "4", ((0, 1, 0), (0, 0, 1)),
         "MIP: precizēt apdares moduli. PKE: uzdevums nav izpildāms noteiktajā laikā, jāveido no jauna."),
        ("Būvizstrādājumu galdnieks", "4", ((0, 0, 1), (0, 1, 0)),
         "MIP: trūkst logu un durvju montāžas moduļa. PKE: precizēt vērtēšanas lapu."),
    ]:
        P(d, "")
        P(d, "%s (LKI %s)" % (q, lki), bold=True)
        rows = [[("", "b"), ("MIP", "b"), ("PKE", "b")]]
        for k, lab in enumerate(["atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumiem virzāms",
                                 "nav atbalstāms"]):
            rows.append([lab, [GLYPH("☑" if marks[0][k] else "☐")], [GLYPH("☑" if marks[1][k] else "☐")]])
        rows.append(["Piezīmes", (rem)])
        T(d, rows, widths=[8, 4, 4])
    e, dt_ = "Kaspars Dzenis", "2026-05-21"
    build("r25b35_Dzenis_kokapstrade_3 kvalifikacijas.docx", d,
          rows=[("kokapstrādes iekārtu operators", "MIP", "supported", e, dt_, 3),
                ("kokapstrādes iekārtu operators", "PKE", "supported", e, dt_, 3),
                ("mēbeļu galdnieks", "MIP", "needs_corrections", e, dt_, 4),
                ("mēbeļu galdnieks", "PKE", "not_supported", e, dt_, 4),
                ("būvizstrādājumu galdnieks", "MIP", "not_supported", e, dt_, 4),
                ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", e, dt_, 4)],
          note="Three qualifications, each its own ☑/☐ table (MIP/PKE columns); remarks row under each table.")


# ------------------------------------------------------------ not reviews
def f31():
    d = new_doc("Kristīne Lāce", "2026-04-16T16:00:00")
    P(d, "LDDK nozaru ekspertu sanāksmes protokols Nr. 4/2026", bold=True, align="c")
    P(d, "Rīgā, 2026. gada 15. aprīlī (tiešsaistē)")
    P(d, "Piedalās: A. Grīnberga, K. Lāce (koordinatores), L. Ozoliņa, E. Krūmiņš, G. Āboliņš, I. Kārkliņa.")
    P(d, "Darba kārtība", bold=True)
    P(d, "1. Ekspertīžu gaita 4. posmā. 2. Veidlapas maiņa. 3. Dažādi.")
    P(d, "1. K. Lāce informē, ka 4. posmā pabeigta ekspertīze trim kvalifikācijām; motorzāģa operatora MIP "
         "saturs ir atbalstāms pēc precizējumu veikšanas, PKE atbalstāms un virzāms saskaņošanai. "
         "Par pārējām kvalifikācijām atzinumi tiek gaidīti.")
    P(d, "2. Nolemj: veidlapā saglabāt trīs vērtējuma variantus (atbalstāms un virzāms saskaņošanai / "
         "atbalstāms, pēc precizējumiem virzāms / nav atbalstāms), eksperti atzīmē vienu.")
    T(d, [[("Nr.", "b"), ("Uzdevums", "b"), ("Atbildīgais", "b"), ("Termiņš", "b")],
          ["1.", "Nosūtīt ekspertiem jauno veidlapu", "A. Grīnberga", "20.04.2026."],
          ["2.", "Sagatavot metodisko atbalstu skolām par MIP noformēšanu", "K. Lāce", "30.04.2026."]],
      widths=[1, 9, 3, 3])
    P(d, "Protokolēja: K. Lāce")
    build("r25b31_sanaksmes protokols 15.04.2026.docx", d, problems=["no_verdict"],
          note="NOT a review: meeting minutes restating a verdict and listing options; no rows.")


def f32():
    d = new_doc("Anita Grīnberga", "2026-01-12T10:00:00")
    P(d, "Ekspertu sadalījums — 4. posms (2026. gada janvāris–marts)", bold=True)
    T(d, [[("Kvalifikācija", "b"), ("LKI", "b"), ("MIP eksperts", "b"), ("PKE eksperts", "b"), ("Statuss", "b")],
          ["Motorzāģa operators", "3", "I. Kalniņa", "I. Kalniņa", "nosūtīts"],
          ["Mežsaimniecības tehniķis", "4", "D. Zariņa", "D. Zariņa", "nosūtīts"],
          ["Mehatronisko sistēmu tehniķis", "4", "L. Ozoliņa", "L. Ozoliņa", "gaida dokumentus"],
          ["Elektromontieris", "3", "J. Bērziņš", "J. Bērziņš", "gaida dokumentus"],
          ["Mēbeļu galdnieks", "4", "M. Ozols", "A. Strazds", "—"]], widths=[5, 1.2, 3, 3, 3.8])
    P(d, "Eksperts atzinumā norāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc "
         "precizējumu veikšanas vai nav atbalstāms.", size=9)
    build("r25b32_ekspertu sadalijums 4posms.docx", d, problems=["no_verdict"],
          note="NOT a review: assignment table of qualifications/experts; instructions list all verdict options.")


def f33():
    d = new_doc("Anita Grīnberga", "2026-01-08T09:00:00")
    P(d, "Norādījumi ekspertiem veidlapas aizpildīšanai", bold=True, size=13)
    P(d, "1. Veidlapas galvenē norādiet kvalifikāciju, LKI līmeni, savu vārdu, uzvārdu un datumu.")
    P(d, "2. Katram dokumentam (MIP, PKE) atzīmējiet tieši vienu variantu, piemēram:")
    T(d, [[[GLYPH("☒"), " saturs ir atbalstāms un virzāms saskaņošanai"]],
          [[GLYPH("☐"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]],
          [[GLYPH("☐"), " saturs nav atbalstāms"]]])
    P(d, "3. Ja izvēlaties „atbalstāms pēc precizējumu veikšanas”, precizējumus uzskaitiet konkrēti.")
    P(d, "4. Ja saturs nav atbalstāms, pēc pārstrādes tiks veikta atkārtota ekspertīze.")
    P(d, "5. Aizpildīto veidlapu nosūtiet koordinatorei e-pastā.")
    build("r25b33_Instrukcija ekspertiem_veidlapa.docx", d, problems=["no_verdict"],
          note="NOT a review: instructions with a filled example checkbox (☒ supported) — trap.")


def f34():
    d = new_doc("LDDK", "2026-04-03T12:00:00")
    P(d, "Jaunumi | 2026. gada 3. aprīlis", size=9)
    P(d, "Nozaru eksperti turpina darbu pie profesionālās izglītības satura", bold=True, size=14)
    P(d, "LDDK deleģētie enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti projekta "
         "4. posmā pabeiguši MIP un PKE satura ekspertīzi motorzāģa operatora, mežsaimniecības tehniķa un "
         "mehatronisko sistēmu tehniķa kvalifikācijām. Eksperti atzina, ka saturs ir atbalstāms, pēc "
         "precizējumu veikšanas virzāms saskaņošanai. Darbs pie elektromontiera un elektrotehniķa "
         "kvalifikāciju dokumentiem turpinās.")
    P(d, "Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā "
         "atbalsta mērķa finansējumu.")
    build("r25b34_LDDK jaunumi eksperti apr.docx", d, problems=["no_verdict"],
          note="NOT a review: news item restating verdicts; 'specifiskā atbalsta mērķis' noise.")


# ================================================================== main
def main():
    for i in range(1, 36):
        globals()["f%02d" % i]()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# r25b — forms and tables filled in by experts\n\n")
        fh.write("Built by `build.py` (python-docx). Gold labels next to each builder.\n\n")
        fh.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            fh.write("| %s | %s |\n" % (n, note.replace("|", "/")))
    # checks
    names = [n for n, _ in NOTES]
    for n in names:
        docx.Document(os.path.join(OUT, n))
    for r in ROWS + PROBLEMS:
        assert r[0] in names, r
    covered = {r[0] for r in ROWS} | {p[0] for p in PROBLEMS}
    assert set(names) == covered, set(names) - covered
    print("files", len(names), "rows", len(ROWS), "problems", len(PROBLEMS))


if __name__ == "__main__":
    main()
