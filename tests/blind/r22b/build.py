# -*- coding: utf-8 -*-
"""Build the r22b blind evaluation set: forms and tables filled in by sector experts.

Run:  /work/hvenv/bin/python build.py
Every file is produced by one build(...) call that carries its gold rows and problem codes.
"""
import csv
import datetime as dt
import glob
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r22b"

# canonical names (register)
MOTOR = "motorzāģa operators"
MEZT = "mežsaimniecības tehniķis"
KIO = "kokapstrādes iekārtu operators"
DKIO = "datorizētu kokapstrādes iekārtu operators"
KIRT = "koka izstrādājumu ražošanas tehniķis"
MEB = "mēbeļu galdnieks"
BUV = "būvizstrādājumu galdnieks"
MMO = "meža mašīnu operators"
EMON = "elektromontieris"
ETEH = "elektrotehniķis"
VGKR = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGKS = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
MEH = "mehatronisko sistēmu tehniķis"

S, C, N, U = "supported", "needs_corrections", "not_supported", "unknown"

ROWS = []      # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []  # (file, code)
README = []    # (file, design, note)

# ---------------------------------------------------------------- low-level XML helpers
_ID = [1000]
CUR = {"rev_author": "Eksperts", "rev_date": "2026-01-01T09:00:00Z"}


def nid():
    _ID[0] += 1
    return str(_ID[0])


def x(t):
    return escape(t, {'"': "&quot;"})


def sdt_checkbox(checked):
    glyph = "☒" if checked else "☐"
    xml = (
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr>'
        f'<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:id w:val="{nid()}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        '</w:sdtPr><w:sdtContent><w:r><w:rPr>'
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        f'</w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    return [parse_xml(xml)]


def form_checkbox(checked, style="default"):
    """Legacy FORMCHECKBOX field. style='default' stores the state in w:default,
    style='checked' keeps w:default=0 and adds w:checked (as Word does when a user ticks it)."""
    name = f"Check{nid()}"
    if style == "default":
        cb = f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox>'
    else:
        cb = ('<w:checkBox><w:sizeAuto/><w:default w:val="0"/>'
              + ('<w:checked/>' if checked else '') + '</w:checkBox>')
    begin = parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
        f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>{cb}'
        '</w:ffData></w:fldChar></w:r>')
    instr = parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>')
    end = parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>')
    return [begin, instr, end]


def sym(char, font="Wingdings"):
    return [parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="{font}" w:char="{char}"/></w:r>')]


def ins(text):
    return [parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{x(CUR["rev_author"])}" w:date="{CUR["rev_date"]}">'
        f'<w:r><w:t xml:space="preserve">{x(text)}</w:t></w:r></w:ins>')]


def dele(text):
    return [parse_xml(
        f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{x(CUR["rev_author"])}" w:date="{CUR["rev_date"]}">'
        f'<w:r><w:delText xml:space="preserve">{x(text)}</w:delText></w:r></w:del>')]


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


# ---------------------------------------------------------------- rich text mini-language
# paragraph spec: str | list of segments
# segment: str | (fmt, text) with fmt letters b,i,u,s(strike),g(MS Gothic),w(white-ish grey) |
#          ("sdt", bool) | ("ff", bool[, style]) | ("sym", "F0FE"[, font]) | ("ins", text) | ("del", text) | ("br",)
SPECIAL = {"sdt", "ff", "sym", "ins", "del", "br", "tab"}


def add_seg(p, seg):
    if isinstance(seg, str):
        p.add_run(seg)
        return
    kind = seg[0]
    if kind in SPECIAL:
        if kind == "br":
            p.add_run().add_break()
            return
        if kind == "tab":
            p.add_run("\t")
            return
        if kind == "sdt":
            els = sdt_checkbox(seg[1])
        elif kind == "ff":
            els = form_checkbox(seg[1], seg[2] if len(seg) > 2 else "default")
        elif kind == "sym":
            els = sym(seg[1], seg[2] if len(seg) > 2 else "Wingdings")
        elif kind == "ins":
            els = ins(seg[1])
        else:
            els = dele(seg[1])
        for e in els:
            p._p.append(e)
        return
    fmt, text = seg[0], seg[1]
    r = p.add_run(text)
    if "b" in fmt:
        r.bold = True
    if "i" in fmt:
        r.italic = True
    if "u" in fmt:
        r.underline = True
    if "s" in fmt:
        r.font.strike = True
    if "g" in fmt:
        r.font.name = "MS Gothic"
        r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "MS Gothic")
    if "L" in fmt:
        r.font.size = Pt(14)
    if "S" in fmt:
        r.font.size = Pt(8)


def fill_par(p, spec):
    if isinstance(spec, str):
        spec = [spec]
    elif isinstance(spec, tuple):
        spec = [spec]
    for seg in spec:
        add_seg(p, seg)


def P(container, spec="", align=None, style=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fill_par(p, spec)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def fill_cell(cell, spec):
    """cell spec: str (\n = new paragraph) | list of paragraph specs | tuple segment."""
    if isinstance(spec, str):
        paras = spec.split("\n")
    elif isinstance(spec, tuple):
        paras = [[spec]]
    else:
        paras = spec
    first = True
    for ps in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fill_par(p, ps)


def T(container, rows, widths=None, style="Table Grid", bold_header=False, key_col=False,
      shade_header=None, merges=(), shade_rows=()):
    ncols = max(len(r) if isinstance(r, list) else 1 for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        try:
            t.style = style
        except Exception:
            pass
    for i, row in enumerate(rows):
        if isinstance(row, tuple) and row[0] == "span":
            c = t.cell(i, 0).merge(t.cell(i, ncols - 1))
            fill_cell(c, row[1])
            continue
        for j, spec in enumerate(row):
            c = t.cell(i, j)
            fill_cell(c, spec)
            if (bold_header and i == 0) or (key_col and j == 0):
                for p in c.paragraphs:
                    for r in p.runs:
                        r.bold = True
            if shade_header and i == 0:
                shade(c, shade_header)
            if i in shade_rows:
                shade(c)
    for (a, b) in merges:
        top = t.cell(*a)
        top.merge(t.cell(*b))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- document scaffold
def new_doc(font="Times New Roman", size=12, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(max(1.5, margins - 0.5))
    return d


def header(d, spec, align=None):
    h = d.sections[0].header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    fill_par(p, spec)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return h


def footer(d, spec, align=None):
    f = d.sections[0].footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    fill_par(p, spec)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return f


def build(name, make, author, created, rows=(), problems=(), design="", note=""):
    assert name.startswith(PREFIX), name
    d = make()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    y, m, dd, hh, mm = created
    cp.created = dt.datetime(y, m, dd, hh, mm, 0)
    cp.modified = dt.datetime(y, m, dd, hh, mm, 0) + dt.timedelta(minutes=37)
    cp.revision = 2
    d.save(os.path.join(OUT, name))
    for r in rows:
        q, doc, verdict, expert, date, lki = r
        assert doc in ("MIP", "PKE") and verdict in (S, C, N, U)
        ROWS.append((name, q, doc, verdict, expert, date, "" if lki is None else str(lki)))
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append((name, code))
    README.append((name, design, note))


def email_header(d, fields, big_name=None):
    """Outlook-style printed header: bold sender name, rule, then Label: value lines."""
    if big_name:
        P(d, [("bL", big_name)], space_after=2)
        P(d, "_" * 78, space_after=4)
    for lab, val in fields:
        P(d, [("b", lab + "\t"), val], space_after=0)
    P(d, "")


# ==================================================================== FILES
# ---------------------------------------------------------------- 01
def f01():
    d = new_doc()
    P(d, [("bL", "EKSPERTĪZES ATZINUMS")], align="c")
    P(d, "par modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu",
      align="c")
    T(d, [
        ["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
        ["LKI līmenis", "4. līmenis"],
        ["Nozare", "Kokrūpniecība"],
        ["Dokumentu izstrādātājs", "Profesionālās izglītības kompetences centra darba grupa"],
        ["Eksperta vārds, uzvārds", "Gunta Bērziņa"],
        ["Atzinuma datums", "14.01.2026."],
    ], widths=[6, 10], key_col=True)
    P(d, "")
    P(d, [("b", "1. Kopsavilkums")])
    T(d, [
        ["Dokuments", "Eksperta slēdziens", "Piezīmes"],
        ["MIP", "Atbalstāms, taču saskaņošanai virzāms tikai pēc precizējumu veikšanas",
         "Jāprecizē moduļa “Korpusa mēbeļu izgatavošana” sasniedzamie rezultāti; nav norādīts, "
         "cik stundu no mācību prakses notiek uzņēmumā."],
        ["PKE", "Atbalstāms un virzāms saskaņošanai",
         "Praktiskā uzdevuma (skapīša ar atvilktni izgatavošana) vērtēšanas kritēriji skaidri, iebildumu nav."],
    ], widths=[2.5, 6, 7.5], bold_header=True, shade_header="E7E6E6")
    P(d, "")
    P(d, [("b", "2. Detalizētas piezīmes par MIP")])
    for t in [
        "2.1. Modulī “Mēbeļu apdare” nav ietverta ūdens bāzes apdares materiālu lietošana, kas uzņēmumos "
        "šobrīd ir ikdiena. Ieteicams papildināt arī ar apdares defektu novēršanu.",
        "2.2. Modulī “Korpusa mēbeļu izgatavošana” rezultāti formulēti kā tēmas, nevis kā darbības "
        "(“zina plātņu materiālus”); jāpārformulē kompetenču valodā.",
        "2.3. Mācību prakses sadaļā jānorāda, kuri rezultāti sasniedzami uzņēmumā un kuri – skolas darbnīcās.",
    ]:
        P(d, t, align="j")
    return d


build(f"{PREFIX}01_Atzinums_Mebelu_galdnieks_Berzina.docx", f01, "Kristīne Avotiņa", (2026, 1, 15, 9, 12),
      rows=[(MEB, "MIP", C, "Gunta Bērziņa", "2026-01-14", 4),
            (MEB, "PKE", S, "Gunta Bērziņa", "2026-01-14", 4)],
      design="Key/value table (value right) + summary table Dokuments | Slēdziens | Piezīmes; remarks list below.",
      note="MIP 'atbalstāms, taču virzāms tikai pēc precizējumu veikšanas' = needs_corrections. "
           "Docx author is the coordinator, expert is in the table.")


# ---------------------------------------------------------------- 02
def f02():
    d = new_doc("Arial", 10)
    P(d, [("b", "Atzinums par MIP un PKE saturu")], align="c")
    P(d, [("b", "Kvalifikācija: "), "Elektromontieris (LKI 3. līmenis)"])
    P(d, [("b", "Nozare: "), "Enerģētika"])
    P(d, "Katram dokumentam atzīmējiet ar X vienu slēdzienu.", style=None)
    P(d, [("b", "A. Modulārā izglītības programma")])
    T(d, [
        ["Slēdziens", "Atzīmēt ar X"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", ""],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "X"],
        ["Saturs nav atbalstāms", ""],
        ("span", [[("b", "Pamatojums / piezīmes: "),
                   "moduļos par elektroietaišu montāžu trūkst darba ar viedajiem elektroenerģijas skaitītājiem; "
                   "2. un 4. moduļa stundu skaits jāsaskaņo ar mācību plānu (kopsumma nesakrīt par 24 st.)."]]),
    ], widths=[12, 4], bold_header=True)
    P(d, "")
    P(d, [("b", "B. Profesionālās kvalifikācijas eksāmens")])
    T(d, [
        ["Slēdziens", "Atzīmēt ar X"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", ""],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""],
        ["Saturs nav atbalstāms", "X"],
        ("span", [[("b", "Pamatojums / piezīmes: "),
                   "praktiskajā daļā nav paredzēta elektrodrošības pārbaude pirms sprieguma pieslēgšanas, "
                   "teorijas jautājumi daļēji atbilst LKI 4., nevis 3. līmenim. Pēc pārstrādes lūdzu "
                   "nosūtīt atkārtotai ekspertīzei."]]),
    ], widths=[12, 4], bold_header=True)
    P(d, "")
    T(d, [
        ["Eksperts", "Aivars Strods"],
        ["Paraksts / datums", "________________   2026. gada 3. februārī"],
    ], widths=[5, 11], key_col=True)
    return d


build(f"{PREFIX}02_elektromontieris ekspertize AStrods.docx", f02, "Aivars Strods", (2026, 2, 3, 16, 40),
      rows=[(EMON, "MIP", C, "Aivars Strods", "2026-02-03", 3),
            (EMON, "PKE", N, "Aivars Strods", "2026-02-03", 3)],
      design="All three options printed per document, chosen one marked with 'X' in the next column; "
             "date inside 'Paraksts / datums' cell.",
      note="Matching option text alone would hit all three; the X decides. LKI 3 stated in header line.")


# ---------------------------------------------------------------- 03
def f03():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "MIP / PKE satura ekspertīze – eksperta atzinums")])
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms, virzāms saskaņošanai pēc precizējumiem",
            "nav atbalstāms"]

    def boxes(chosen):
        return [[("sdt", i == chosen), " " + o] for i, o in enumerate(opts)]

    t = T(d, [
        ["Kvalifikācija"], ["VGK sistēmu tehniķis"],
        ["Līmenis"], ["LKI 4"],
        ["Eksperte"], ["Dace Liepiņa"],
        ["Datums"], ["2026-02-10"],
        ["Slēdziens par MIP"], [boxes(0)],
        ["Slēdziens par PKE"], [boxes(0)],
        ["Komentāri"],
        ["Programma labi strukturēta, moduļi atbilst nozares kvalifikāciju struktūrai. Eksāmena praktiskais "
         "uzdevums (sistēmas regulēšana, balansēšana un nodošana ekspluatācijā) ir reālistisks. Nākotnē "
         "vairāk uzmanības varētu pievērst siltumsūkņu integrācijai, bet tas nav šķērslis saskaņošanai."],
    ], widths=[16], shade_rows=(0, 2, 4, 6, 8, 10, 12))
    for i in (0, 2, 4, 6, 8, 10, 12):
        for r in t.rows[i].cells[0].paragraphs[0].runs:
            r.bold = True
    return d


build(f"{PREFIX}03_VGK_sistemu_tehnikis_atzinums.docx", f03, "", (2026, 2, 10, 11, 5),
      rows=[(VGKS, "MIP", S, "Dace Liepiņa", "2026-02-10", 4),
            (VGKS, "PKE", S, "Dace Liepiņa", "2026-02-10", 4)],
      design="One-column key/value form (value BELOW the shaded key); verdicts as Word checkbox content "
             "controls (w14:checkbox) with MS Gothic glyphs; empty docx author.",
      note="Qualification given only by the register alias 'VGK sistēmu tehniķis'. Remark about siltumsūkņi "
           "explicitly 'nav šķērslis' – does not downgrade.")


# ---------------------------------------------------------------- 04
def f04():
    d = new_doc("Times New Roman", 12)
    header(d, [("i", "LDDK · ES Kohēzijas politikas programmas 4.2.2.9. pasākums · MIP un PKE satura ekspertīze")],
           align="c")
    footer(d, "Eksperte: Rūta Zariņa · atzinums sagatavots 2026. gada 2. martā", align="c")
    P(d, [("b", "Profesionālās kvalifikācijas “Koka izstrādājumu ražošanas tehniķis” MIP un PKE satura ekspertīze")],
      align="c")
    P(d, "")
    T(d, [
        ["Vērtējums", "MIP", "PKE"],
        ["Atbalstāms un virzāms saskaņošanai", [[("ff", False)]], [[("ff", False)]]],
        ["Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", [[("ff", True)]], [[("ff", True)]]],
        ["Nav atbalstāms", [[("ff", False)]], [[("ff", False)]]],
    ], widths=[10, 3, 3], bold_header=True, shade_header="DDEBF7")
    P(d, "")
    P(d, [("b", "Precizējumi, kas jāveic pirms virzīšanas saskaņošanai")])
    T(d, [
        ["Nr.", "Dokuments", "Vieta", "Nepieciešamais precizējums"],
        ["1.", "MIP", "3. modulis", "Papildināt ar ražošanas plānošanu un materiālu patēriņa aprēķinu "
                                    "(tehniķa līmenim obligāti)."],
        ["2.", "MIP", "Mācību prakse", "Norādīt darba vidē sasniedzamos rezultātus."],
        ["3.", "PKE", "Praktiskā daļa", "Uzdevumā jāiekļauj tehnoloģiskās kartes sagatavošana, ne tikai "
                                          "izstrādājuma izgatavošana."],
        ["4.", "PKE", "Vērtēšanas lapa", "Kritērijam “kvalitāte” jānorāda mērāmi rādītāji (pielaides, mm)."],
    ], widths=[1.2, 2.5, 3.3, 9], bold_header=True)
    return d


build(f"{PREFIX}04_KIRT_atzinums_Zarina.docx", f04, "Kristīne Avotiņa", (2026, 3, 2, 14, 22),
      rows=[(KIRT, "MIP", C, "Rūta Zariņa", "2026-03-02", 4),
            (KIRT, "PKE", C, "Rūta Zariņa", "2026-03-02", 4)],
      design="Option matrix (rows = options, columns MIP/PKE) with legacy FORMCHECKBOX fields (state in "
             "w:default); expert name and date ONLY in the page footer; project line in header.",
      note="No text marks at all – the checked state lives in w:ffData. LKI not stated: register (4).")


# ---------------------------------------------------------------- 05
def f05():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "EKSPERTĪZES ATZINUMS")], align="c")
    P(d, "Profesionālā kvalifikācija: Motorzāģa operators (3. LKI)")
    P(d, "Eksperts: Māris Ozoliņš")
    P(d, "Datums: 20.03.2026.")
    P(d, "")
    A = "atbalstāms un virzāms saskaņošanai"
    B = "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
    Z = "nav atbalstāms"
    T(d, [
        ["Dokuments", "Slēdziens (nevajadzīgo svītrot)", "Piezīmes"],
        ["MIP", [[("s", A)], [B], [("s", Z)]],
         "2. modulī jāiekļauj koku gāšana sarežģītos apstākļos (vējgāzes, vējlauzes) un motorzāģa ķēdes "
         "asināšana ar šablonu. Pārējam iebildumu nav."],
        ["PKE", [[A], [("s", B)], [("s", Z)]],
         "Praktiskais uzdevums atbilst nozares praksei."],
    ], widths=[2.2, 7, 6.8], bold_header=True)
    P(d, "")
    P(d, "Paraksts: ____________")
    return d


build(f"{PREFIX}05_motorzāģa operators_MIP_PKE_Ozoliņš.docx", f05, "Māris Ozoliņš", (2026, 3, 20, 19, 3),
      rows=[(MOTOR, "MIP", C, "Māris Ozoliņš", "2026-03-20", 3),
            (MOTOR, "PKE", S, "Māris Ozoliņš", "2026-03-20", 3)],
      design="'Nevajadzīgo svītrot' – all three options printed in the verdict cell, the non-chosen ones "
             "carry strike-through; header block in plain lines.",
      note="Only the unstruck option counts. Matches the seed report for motorzāģa operators.")


# ---------------------------------------------------------------- 06
def f06():
    d = new_doc("Calibri", 11)
    email_header(d, [
        ("No:", "Juris Dzenis <j.dzenis@mezkonsults.lv>"),
        ("Nosūtīts:", "ceturtdiena, 2026. gada 19. februāris 10:42"),
        ("Kam:", "Laura Cīrule <laura.cirule@lddk.lv>"),
        ("Tēma:", "RE: Mežsaimniecības tehniķa MIP un PKE ekspertīze"),
        ("Pielikumi:", "MIP_mezsaimniecibas_tehnikis_piezimes.docx"),
    ], big_name="Juris Dzenis")
    P(d, "Labdien, Laura!")
    P(d, "Izskatīju abus dokumentus. Īsumā:")
    T(d, [
        ["Dokuments", "Mans vērtējums"],
        ["MIP", "Atbalstu, bet saskaņošanai sūtīt tikai tad, kad darba grupa būs izlabojusi zemāk minēto."],
        ["PKE", "Atbalstu, var virzīt saskaņošanai tādu, kāds ir."],
    ], widths=[3, 13], bold_header=True)
    P(d, "")
    P(d, "Piezīmes par MIP:")
    P(d, "1. Modulī “Meža inventarizācija” nav minēta tālizpētes datu (lāzerskenēšanas) izmantošana – "
         "uzņēmumos tas jau ir ikdienas darbs.")
    P(d, "2. Meža atjaunošanas modulī jāatjauno atsauces uz spēkā esošajiem meža atjaunošanas noteikumiem.")
    P(d, "3. Kopā ar vides aizsardzību vajadzētu vismaz vienu rezultātu par dabas vērtību saglabāšanu "
         "mežizstrādē.")
    P(d, "Ar cieņu")
    P(d, "Juris Dzenis")
    P(d, "meža nozares eksperts")
    P(d, "")
    P(d, [("b", "No:"), " Laura Cīrule <laura.cirule@lddk.lv>"], space_after=0)
    P(d, [("b", "Nosūtīts:"), " pirmdiena, 2026. gada 2. februāris 9:15"], space_after=0)
    P(d, [("b", "Kam:"), " Juris Dzenis <j.dzenis@mezkonsults.lv>"], space_after=0)
    P(d, [("b", "Tēma:"), " Mežsaimniecības tehniķa MIP un PKE ekspertīze"])
    P(d, "Labdien!")
    P(d, "Pielikumā mežsaimniecības tehniķa (LKI 4) MIP un PKE projekti. Lūdzu līdz 20. februārim sniegt "
         "atzinumu, katram dokumentam norādot vienu no variantiem: 1) saturs ir atbalstāms un virzāms "
         "saskaņošanai; 2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; "
         "3) saturs nav atbalstāms.")
    P(d, "Paldies!")
    P(d, "Laura Cīrule")
    P(d, "LDDK projekta koordinatore")
    return d


build(f"{PREFIX}06_RE_ mezsaimniecibas tehnikis - ekspertize.docx", f06, "Laura Cīrule", (2026, 2, 19, 11, 2),
      rows=[(MEZT, "MIP", C, "Juris Dzenis", "2026-02-19", 4),
            (MEZT, "PKE", S, "Juris Dzenis", "2026-02-19", 4)],
      design="Outlook e-mail printed to Word (Latvian headers No/Nosūtīts/Kam/Tēma), expert's reply with a "
             "small verdict table on top, coordinator's request quoted below.",
      note="The quoted request lists all three options and has an earlier date (2 Feb) – neither counts. "
           "Date = Nosūtīts of the reply. LKI from the quoted request / register (4).")


# ---------------------------------------------------------------- 07
def f07():
    d = new_doc("Arial", 10)
    P(d, [("b", "Gmail"), "\t\t\t\t\tKristīne Avotiņa <kristine.avotina@lddk.lv>"])
    P(d, "_" * 90)
    P(d, [("bL", "Re: Kokapstrādes iekārtu operators – MIP ekspertīze")])
    P(d, "2 messages")
    P(d, "_" * 90)
    P(d, [("b", "Artūrs Grīnbergs"), " <arturs.grinbergs@kokmeistars.lv>\t\tMon, 9 Mar 2026 at 14:15"],
      space_after=0)
    P(d, "To: Kristīne Avotiņa <kristine.avotina@lddk.lv>")
    P(d, "Sveiki,")
    P(d, "PKE pielikumā nebija – skola to vēl nav iesūtījusi –, tāpēc vērtēju tikai programmu.")
    T(d, [
        ["MIP", "neatbalstu šādā redakcijā"],
        ["PKE", "nav iesniegts"],
    ], widths=[3, 10])
    P(d, "")
    P(d, "Galvenās problēmas: moduļi dublējas (“Kokapstrādes iekārtu apkope” un “Iekārtu regulēšana” "
         "būtībā ir viens un tas pats), nav sasaistes ar 2025. gadā pārstrādātajām kvalifikācijas prasībām, "
         "darba vidē balstītām mācībām nav paredzēts neviens modulis. Pēc pārstrādes labprāt paskatīšos "
         "vēlreiz.")
    P(d, "Artūrs")
    P(d, "")
    P(d, "On Tue, 24 Feb 2026 at 11:02, Kristīne Avotiņa <kristine.avotina@lddk.lv> wrote:")
    for line in [
        "> Labdien, Artūr!",
        "> Nosūtu kokapstrādes iekārtu operatora (LKI 3) MIP. PKE atsūtīšu, tiklīdz saņemšu no skolas.",
        "> Lūdzu atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc",
        "> precizējumiem vai nav atbalstāms.",
        "> Kristīne",
    ]:
        P(d, [("i", line)], space_after=0)
    return d


build(f"{PREFIX}07_Fwd Re kokapstrades iekartu operators.docx", f07, "Kristīne Avotiņa", (2026, 3, 10, 8, 30),
      rows=[(KIO, "MIP", N, "Artūrs Grīnbergs", "2026-03-09", 3)],
      design="Gmail print-out (English headers, 'On … wrote:' quote), two-row table MIP | PKE.",
      note="PKE 'nav iesniegts' – not reviewed, no row. Signature is only 'Artūrs'; full name from the From "
           "line. Date of the reply (9 Mar), not of the quoted request (24 Feb).")


# ---------------------------------------------------------------- 08
def f08():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "MIP satura izvērtējums pēc kritērijiem")])
    T(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["LKI līmenis", "4"],
        ["Vērtētais dokuments", "Modulārā izglītības programma (PKE saturu vērtē cits eksperts)"],
        ["Eksperts", "Valdis Krūmiņš"],
        ["Datums", "08.04.2026."],
    ], widths=[5, 11], key_col=True)
    P(d, "")
    T(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "Programmas mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
        ["2.", "Moduļu sasniedzamie rezultāti formulēti kā kompetences", "Jā", ""],
        ["3.", "Ietvertas nozarē aktuālās jaunās prasmes (digitalizācija, atjaunīgā enerģija)", "Nē",
         "Nav ietverta saules paneļu sistēmu pieslēgšana tīklam un elektroauto uzlādes staciju ierīkošana."],
        ["4.", "Mācību prakses apjoms un saturs atbilst darba videi", "Jā", ""],
        ["5.", "Vērtēšanas metodes atbilst sasniedzamajiem rezultātiem", "Nē",
         "4. un 6. modulī praktiskās prasmes vērtē tikai ar testu."],
        ["6.", "Terminoloģija atbilst nozares standartiem", "Jā", "Dažviet jāaizstāj novecojuši termini."],
        ("span", [[("b", "KOPVĒRTĒJUMS: "),
                   "MIP saturs ir atbalstāms; pēc 3. un 5. kritērijā minēto precizējumu veikšanas virzāms "
                   "saskaņošanai."]]),
    ], widths=[1, 7, 1.8, 6.2], bold_header=True, shade_header="D9D9D9")
    return d


build(f"{PREFIX}08_Elektrotehnikis_MIP_kriteriji_VKrumins.docx", f08, "Valdis Krūmiņš", (2026, 4, 8, 13, 50),
      rows=[(ETEH, "MIP", C, "Valdis Krūmiņš", "2026-04-08", 4)],
      design="Criterion table Jā/Nē with a merged overall row (KOPVĒRTĒJUMS).",
      note="Two 'Nē' criteria do not make it not_supported – the overall row decides. PKE explicitly "
           "reviewed by someone else: no PKE row.")


# ---------------------------------------------------------------- 09
def f09():
    d = new_doc("Calibri", 10, margins=1.5)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header(d, "Kokrūpniecības nozares eksperte Inese Kalniņa\t\t2026. gada 26. martā")
    P(d, [("bL", "Kopsavilkums par MIP un PKE satura ekspertīzi (3 kvalifikācijas)")])
    P(d, "✓ – atzīmētais slēdziens")
    hdr = ["Kvalifikācija", "LKI", "Dok.", "Atbalstāms, virzāms saskaņošanai",
           "Atbalstāms, virzāms pēc precizējumiem", "Nav atbalstāms", "Piezīmes"]
    rows = [hdr,
            ["Datorizētu kokapstrādes iekārtu operators", "4", "MIP", "✓", "", "", "–"],
            ["", "", "PKE", "", "✓", "", "Jāpapildina praktiskā uzdevuma vērtēšanas lapa ar CNC programmas "
                                          "pārbaudi pirms palaišanas."],
            ["Būvizstrādājumu galdnieks", "4", "MIP", "", "✓", "",
             "Logu un durvju montāžas modulī jāatjauno atsauces uz standartiem."],
            ["", "", "PKE", "✓", "", "", ""],
            ["Meža mašīnu operators", "3", "MIP", "", "", "✓",
             "Nav paredzētas mācības uz harvestera/forvardera simulatora; prakse tikai 4 nedēļas."],
            ["", "", "PKE", "", "", "✓", "Eksāmens balstīts tikai uz teoriju, praktiskās daļas nav."],
            ]
    T(d, rows, widths=[5, 1.2, 1.3, 3, 3, 2.5, 9], bold_header=True, shade_header="E2EFDA",
      merges=[((1, 0), (2, 0)), ((1, 1), (2, 1)), ((3, 0), (4, 0)), ((3, 1), (4, 1)),
              ((5, 0), (6, 0)), ((5, 1), (6, 1))])
    P(d, "")
    P(d, "Meža mašīnu operatora dokumentus lūdzu pēc pārstrādes nosūtīt atkārtotai ekspertīzei.")
    return d


build(f"{PREFIX}09_Kokrupnieciba_3_kvalifikacijas_Kalnina.docx", f09, "Inese Kalniņa", (2026, 3, 26, 17, 45),
      rows=[(DKIO, "MIP", S, "Inese Kalniņa", "2026-03-26", 4),
            (DKIO, "PKE", C, "Inese Kalniņa", "2026-03-26", 4),
            (BUV, "MIP", C, "Inese Kalniņa", "2026-03-26", 4),
            (BUV, "PKE", S, "Inese Kalniņa", "2026-03-26", 4),
            (MMO, "MIP", N, "Inese Kalniņa", "2026-03-26", 3),
            (MMO, "PKE", N, "Inese Kalniņa", "2026-03-26", 3)],
      design="Landscape multi-qualification matrix (3 qualifications × MIP/PKE), options as column headers, "
             "✓ in the chosen column, vertically merged qualification cells; name+date only in page header.",
      note="Six verdicts from one table; the qualification cell is merged over its MIP and PKE rows.")


# ---------------------------------------------------------------- 10
def f10():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "Ekspertīzes atzinums")], align="c")
    P(d, "Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis", space_after=0)
    P(d, "LKI: 4. līmenis", space_after=0)
    P(d, "Nozare: Mašīnbūve un metālapstrāde")
    E, X = ("sym", "F0A8"), ("sym", "F0FD")
    T(d, [
        ["Slēdziens", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", [[E]], [[E]]],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [[X]], [[X]]],
        ["Saturs nav atbalstāms", [[E]], [[E]]],
    ], widths=[11, 2.5, 2.5], bold_header=True)
    P(d, "")
    T(d, [
        ["Piezīmes un ieteikumi"],
        ["MIP: pneimatikas un hidraulikas moduļi ir labi, bet trūkst rūpniecisko robotu programmēšanas "
         "pamatu un drošības funkciju (drošības relejs, gaismas aizkari). Kopējais stundu skaits 5. modulī "
         "jāsaskaņo ar mācību plānu.\nPKE: praktiskajā uzdevumā jānorāda, kuru kontrolieri (PLC) izmanto; "
         "vērtēšanas kritērijos trūkst punktu sadalījuma par kļūmju diagnostiku."],
    ], widths=[16], bold_header=True)
    P(d, "")
    T(d, [
        ["Eksperts (vārds, uzvārds)", "Edgars Vītols"],
        ["Datums", "2026.g. 11.martā"],
        ["Paraksts", ""],
    ], widths=[6, 10], key_col=True)
    return d


build(f"{PREFIX}10_Mehatronika_MIP_PKE_Vitols.docx", f10, "Laura Cīrule", (2026, 3, 11, 15, 20),
      rows=[(MEH, "MIP", C, "Edgars Vītols", "2026-03-11", 4),
            (MEH, "PKE", C, "Edgars Vītols", "2026-03-11", 4)],
      design="Option matrix with Wingdings w:sym glyphs (F0A8 empty box, F0FD boxed x = chosen); name/date in "
             "labelled cells; remarks table between.",
      note="No visible text marks, only w:sym chars. Matches the seed report for mehatronika (both "
           "with corrections).")


# ---------------------------------------------------------------- 11
def f11():
    d = new_doc("Arial", 10)
    P(d, [("b", "EKSPERTA ATZINUMS")], align="c")
    P(d, "Kvalifikācija: VGK iekārtu remontatslēdznieks, LKI 3")
    P(d, "Izglītības programmas un eksāmena saturs – 1. kārta")
    A = "atbalstāms un virzāms saskaņošanai"
    B = "atbalstāms, virzāms pēc precizējumiem"
    Z = "nav atbalstāms"
    T(d, [
        ["Dokuments", "Slēdziens (vajadzīgo pasvītrot)", "Pamatojums"],
        ["MIP", [[("u", A), " / ", B, " / ", Z]], "Iebildumu nav."],
        ["PKE", [[A, " / ", B, " / ", ("u", Z)]],
         "Eksāmena praktiskajā daļā nav paredzēta darba ar aukstumaģentiem (F-gāzēm) prasību pārbaude; "
         "teorijas daļa ir pārāk plaša un pārklājas ar tehniķa līmeni. Jāpārstrādā un jāiesniedz atkārtoti."],
    ], widths=[2.2, 7.3, 6.5], bold_header=True)
    P(d, "")
    T(d, [["Eksperte: Sandra Pūre", "Paraksts: ____________", "Datums: 14.05.2026."]], style=None,
      widths=[6, 5, 5])
    return d


build(f"{PREFIX}11_VGK_remontatsledznieks_Pure.docx", f11, "Sandra Pūre", (2026, 5, 14, 10, 10),
      rows=[(VGKR, "MIP", S, "Sandra Pūre", "2026-05-14", 3),
            (VGKR, "PKE", N, "Sandra Pūre", "2026-05-14", 3)],
      design="'Vajadzīgo pasvītrot': the three options on one line separated by ' / ', chosen one underlined; "
             "name/date in a borderless signature table.",
      note="Alias 'VGK iekārtu remontatslēdznieks'. Only formatting (underline) distinguishes the choice.")


# ---------------------------------------------------------------- 12
def f12():
    d = new_doc("Times New Roman", 12)
    CUR["rev_author"] = "Māris Ozoliņš"
    CUR["rev_date"] = "2026-06-03T08:41:00Z"
    P(d, [("b", "Atkārtotas ekspertīzes atzinums")], align="c")
    T(d, [
        ["Kvalifikācija", "Meža mašīnu operators"],
        ["LKI līmenis", "3"],
        ["Ekspertīzes kārta", [[("del", "1."), ("ins", "2. (pēc precizējumiem)")]]],
        ["Eksperts", "Māris Ozoliņš"],
        ["Datums", [[("del", "17.03.2026."), ("ins", "03.06.2026.")]]],
    ], widths=[5, 11], key_col=True)
    P(d, "")
    T(d, [
        ["Dokuments", "Slēdziens", "Komentārs"],
        ["MIP", [[("del", "nav atbalstāms"), ("ins", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")]],
         [[("del", "Nav simulatora mācību, harvestera un forvardera moduļi sajaukti."),
           ("ins", "Lielākā daļa piezīmju ņemta vērā; jāpabeidz 4. moduļa vērtēšanas kritēriji.")]]],
        ["PKE", [[("del", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
                  ("ins", "atbalstāms un virzāms saskaņošanai")]],
         [[("del", "Jānorāda ražības normatīvs."), ("ins", "Precizējumi veikti, normatīvs norādīts.")]]],
    ], widths=[2.2, 7, 6.8], bold_header=True)
    P(d, "")
    P(d, [("i", "Atzinums sagatavots, labojot 17.03.2026. atzinumu (izmaiņas redzamas kā labojumi).")])
    return d


build(f"{PREFIX}12_meza masinu operators_atkartota_ekspertize_labots.docx", f12, "Kristīne Avotiņa",
      (2026, 6, 3, 8, 45),
      rows=[(MMO, "MIP", C, "Māris Ozoliņš", "2026-06-03", 3),
            (MMO, "PKE", S, "Māris Ozoliņš", "2026-06-03", 3)],
      design="Second-round review made by editing the first-round file with track changes on: old verdicts, "
             "date and comments in w:del, new ones in w:ins (python-docx paragraph.text shows neither).",
      note="Current wording = w:ins. Deleted verdicts (MIP nav atbalstāms, PKE ar precizējumiem) are history. "
           "Date is the inserted 03.06.2026.")


# ---------------------------------------------------------------- 13
def f13():
    d = new_doc("Calibri", 11)
    P(d, [("b", "Elektrotehnikis un elektromontieris - atzinums (2. karta)")])
    T(d, [
        ["Kvalifikacija", "MIP", "PKE"],
        ["Elektrotehnikis (LKI 4)", "atbalstams, virzams saskanosanai",
         "atbalstams pec precizejumiem - sk. piezimes"],
        ["Elektromontieris (LKI 3)", "atbalstams, virzams saskanosanai", "atbalstams, virzams saskanosanai"],
    ], widths=[5, 5.5, 5.5], bold_header=True)
    P(d, "")
    P(d, "Piezimes: elektrotehnika PKE teorijas testa 12. un 19. jautajumam nepareizi atbilzu varianti, "
         "jaizlabo pirms saskanosanas.")
    P(d, "V. Krumins, 20.05.2026")
    return d


build(f"{PREFIX}13_elektro_isi.docx", f13, "Valdis Krumins", (2026, 5, 20, 21, 14),
      rows=[(ETEH, "MIP", S, "V. Krumins", "2026-05-20", 4),
            (ETEH, "PKE", C, "V. Krumins", "2026-05-20", 4),
            (EMON, "MIP", S, "V. Krumins", "2026-05-20", 3),
            (EMON, "PKE", S, "V. Krumins", "2026-05-20", 3)],
      design="Very short, no diacritics at all: one 3×3 table qualification × MIP/PKE, initial + surname "
             "and date on the last line.",
      note="Expert as written 'V. Krumins' (no diacritics). 'Elektrotehnikis' without ķ still maps to the "
           "register.")


# ---------------------------------------------------------------- 14 (not a review)
def f14():
    d = new_doc("Calibri", 10, margins=1.5)
    P(d, [("bL", "Ekspertu sadalījums MIP un PKE satura ekspertīzei projekta 5. posmā "
                 "(2026. gada aprīlis–jūlijs)")])
    T(d, [
        ["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss / piezīmes"],
        ["1.", "Elektrotehniķis", "4", "V. Krūmiņš", "A. Strods", "30.04.", "MIP 1. kārtā atbalstīts ar precizējumiem"],
        ["2.", "Meža mašīnu operators", "3", "M. Ozoliņš", "M. Ozoliņš", "15.05.", "gaidām precizēto versiju"],
        ["3.", "Būvizstrādājumu galdnieks", "4", "I. Rozīte", "I. Rozīte", "30.04.", ""],
        ["4.", "VGK sistēmu tehniķis", "4", "D. Liepiņa", "D. Liepiņa", "31.05.", "tālākizglītības moduļi"],
        ["5.", "Kokapstrādes iekārtu operators", "3", "A. Grīnbergs", "A. Grīnbergs", "15.05.",
         "MIP neatbalstīts, atkārtota ekspertīze"],
        ["6.", "Mehatronisko sistēmu tehniķis", "4", "E. Vītols", "E. Vītols", "30.06.", "2. kārta"],
    ], widths=[1, 4.5, 1, 2.5, 2.5, 1.7, 4.8], bold_header=True, shade_header="FFF2CC")
    P(d, "")
    P(d, "Ekspertiem atzinumā katram dokumentam jānorāda viens slēdziens: atbalstāms un virzāms "
         "saskaņošanai / atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai / nav atbalstāms.")
    P(d, "Metodisko atbalstu atzinumu noformēšanā sniedz projekta koordinatores. Atzinumus sūtīt uz "
         "kristine.avotina@lddk.lv.")
    return d


build(f"{PREFIX}14_Ekspertu sadalijums_5posms.docx", f14, "Kristīne Avotiņa", (2026, 4, 2, 9, 0),
      problems=["no_verdict"],
      design="NOT a review: coordinator's assignment table (qualification, LKI, experts, deadline, status "
             "column with verdict-like words).",
      note="Status notes ('atbalstīts ar precizējumiem', 'neatbalstīts') are the coordinator's bookkeeping, "
           "not a review: no rows, one no_verdict.")


# ---------------------------------------------------------------- 15 (not a review)
def f15():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "PROTOKOLS Nr. 3")], align="c")
    P(d, "Nozaru ekspertu darba sanāksme (attālināti, MS Teams)", align="c")
    P(d, "Rīgā, 2026. gada 16. aprīlī", align="r")
    P(d, [("b", "Piedalās: "), "K. Avotiņa, L. Cīrule (LDDK), eksperti I. Kalniņa, M. Ozoliņš, D. Liepiņa, "
                               "A. Strods, E. Vītols, R. Zariņa."])
    P(d, [("b", "Protokolē: "), "L. Cīrule"])
    T(d, [
        ["Nr.", "Darba kārtības jautājums", "Izskatīts / nolemts", "Atbildīgais"],
        ["1.", "Par 4. posma ekspertīžu rezultātiem",
         "K. Avotiņa informēja, ka 4. posmā pabeigta ekspertīze trim kvalifikācijām un uzsākta vēl desmit. "
         "Pārskats par 4. posmu iesniegts VISC.", "K. Avotiņa"],
        ["2.", "Par atzinumu formu",
         "Eksperti atbalsta priekšlikumu izmantot vienotu veidlapu. Nolemts: ja MIP vai PKE saturs nav "
         "atbalstāms, atzinumā obligāti norāda konkrētu pamatojumu un moduli/uzdevumu.", "L. Cīrule"],
        ["3.", "Par darba vidē balstītām mācībām",
         "Nozares uzņēmumi atbalsta prakses vietu skaita palielināšanu; nepieciešams metodiskais atbalsts "
         "prakses vadītājiem uzņēmumos.", "visi"],
        ["4.", "Dažādi", "Nākamā sanāksme – 2026. gada maija beigās.", ""],
    ], widths=[1, 4, 8.5, 2.5], bold_header=True)
    P(d, "")
    P(d, "Sanāksmes vadītāja K. Avotiņa\t\tProtokolētāja L. Cīrule")
    return d


build(f"{PREFIX}15_Protokols_ekspertu_sanaksme_2026-04-16.docx", f15, "Laura Cīrule", (2026, 4, 16, 15, 30),
      problems=["no_verdict"],
      design="NOT a review: minutes of an experts' meeting in a table (darba kārtība / nolemts).",
      note="'Eksperti atbalsta priekšlikumu', 'nav atbalstāms … norāda pamatojumu', 'metodiskais atbalsts' "
           "are not verdicts. No rows, one no_verdict.")


# ---------------------------------------------------------------- 16 (not a review: blank form)
def f16():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "EKSPERTĪZES ATZINUMA VEIDLAPA")], align="c")
    P(d, [("i", "Aizpilda eksperts. Katram vērtētajam dokumentam atzīmējiet vienu slēdzienu. Ja dokuments "
                "netika vērtēts, norādiet “nav vērtēts”.")])
    T(d, [
        ["Profesionālā kvalifikācija", ""],
        ["LKI līmenis", ""],
        ["Nozare", ""],
        ["Eksperta vārds, uzvārds", ""],
        ["Datums", ""],
    ], widths=[6, 10], key_col=True)
    P(d, "")
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    T(d, [["Slēdziens", "MIP", "PKE"]] + [[o, [[("sdt", False)]], [[("sdt", False)]]] for o in opts]
      + [["Pamatojums / precizējumi", "", ""]],
      widths=[10, 3, 3], bold_header=True)
    P(d, "")
    P(d, "Paraksts / datums: ______________________")
    return d


build(f"{PREFIX}16_Veidlapa_ekspertizes_atzinums_TUKSA.docx", f16, "Kristīne Avotiņa", (2026, 1, 5, 12, 0),
      problems=["no_verdict"],
      design="NOT a review: the coordinator's blank form – empty fields, all options with unchecked "
             "checkbox content controls.",
      note="Every verdict option is printed, none is chosen, no qualification: no rows, one no_verdict.")


# ---------------------------------------------------------------- 17 (not a review: letter)
def f17():
    d = new_doc("Times New Roman", 12)
    header(d, [("b", "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA"), ("br",),
               ("S", "Projekts “Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās "
                     "izglītības izcilībai” (4.2.2.9.)")], align="c")
    P(d, "Rīgā, 2026. gada 8. janvārī\t\t\t\tNr. 2-12/14")
    P(d, "")
    P(d, [("b", "Enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru ekspertiem")], align="r")
    P(d, "")
    P(d, [("b", "Par dalību MIP un PKE satura ekspertīzē projekta 4. posmā")])
    P(d, "Latvijas Darba devēju konfederācija pateicas par Jūsu līdzšinējo atbalstu un aicina turpināt darbu "
         "kā nozares ekspertam projekta 4. posmā (2026. gada 1. janvāris – 31. marts). Posmā plānota "
         "modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura "
         "ekspertīze 21 profesionālajai kvalifikācijai.", align="j")
    P(d, "Atzinumu sagatavo uz pievienotās veidlapas. Katram dokumentam eksperts norāda, vai saturs ir "
         "atbalstāms un virzāms saskaņošanai, atbalstāms un virzāms saskaņošanai pēc precizējumu veikšanas "
         "vai nav atbalstāms. Atzinumu termiņš – 10 darba dienas pēc dokumentu saņemšanas.", align="j")
    T(d, [
        ["Nozare", "Kvalifikāciju skaits 4. posmā", "Kontaktpersona"],
        ["Kokrūpniecība", "8", "Kristīne Avotiņa"],
        ["Enerģētika", "4", "Laura Cīrule"],
        ["Mašīnbūve un metālapstrāde", "1", "Laura Cīrule"],
    ], widths=[6, 5, 5], bold_header=True)
    P(d, "")
    P(d, "Pielikumā: ekspertīzes atzinuma veidlapa uz 1 lp.")
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "projekta koordinatore\t\t\t\t\tKristīne Avotiņa")
    P(d, [("S", "ŠIS DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU")])
    return d


build(f"{PREFIX}17_LDDK_vestule_uzaicinajums_ekspertiem.docx", f17, "Kristīne Avotiņa", (2026, 1, 8, 10, 15),
      problems=["no_verdict"],
      design="NOT a review: letterhead letter inviting experts, with the verdict options in prose and a "
             "table of sectors.",
      note="'pateicas par Jūsu atbalstu' is the noun; verdict words only in instructions. No rows, one no_verdict.")


# ---------------------------------------------------------------- 18 (unknown qualification)
def f18():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "Ekspertīzes atzinums")])
    T(d, [
        ["Profesionālās kvalifikācijas nosaukums", "Metālapstrādes darbgaldu operators"],
        ["LKI līmenis", "3"],
        ["Nozare", "Mašīnbūve un metālapstrāde"],
        ["Eksperts", "Edgars Vītols"],
        ["Datums", "21.04.2026"],
    ], widths=[7, 9], key_col=True)
    P(d, "")
    T(d, [
        ["Dokuments", "Slēdziens", "Piezīmes"],
        ["MIP", "Saturs atbalstāms un virzāms saskaņošanai.",
         "Programma atbilst kvalifikācijas prasībām; labi, ka iekļauta CNC virpošanas un frēzēšanas "
         "pamatu apguve."],
        ["PKE", "Atbalstāms; saskaņošanai virzīt pēc tam, kad būs precizēti praktiskā darba vērtēšanas "
                "kritēriji (sk. piezīmes).",
         "Rasējumā dotās pielaides (±0,01 mm) LKI 3 līmenim nav reālas; jānorāda, kādus mērinstrumentus "
         "drīkst izmantot."],
    ], widths=[2.2, 6.8, 7], bold_header=True)
    return d


build(f"{PREFIX}18_Metalapstrades darbgaldu operators_Vitols.docx", f18, "Edgars Vītols", (2026, 4, 21, 16, 0),
      rows=[("metālapstrādes darbgaldu operators", "MIP", S, "Edgars Vītols", "2026-04-21", 3),
            ("metālapstrādes darbgaldu operators", "PKE", C, "Edgars Vītols", "2026-04-21", 3)],
      problems=["unknown_qualification"],
      design="Plain key/value + summary table for a qualification that is NOT in the register.",
      note="Name kept as written (nominative); LKI 3 from the review itself. PKE condition inside the "
           "same cell ('virzīt pēc tam, kad būs precizēti') = needs_corrections.")


# ---------------------------------------------------------------- 19 (conflict)
def f19():
    d = new_doc("Arial", 10)
    P(d, [("b", "Atkārtota ekspertīze – Elektromontieris (LKI 3)")])
    T(d, [
        ["Eksperts", "Aivars Strods"],
        ["Datums", "29.04.2026."],
        ["Iepriekšējais atzinums", "03.02.2026."],
    ], widths=[5, 11], key_col=True)
    P(d, "")
    B, E = ("g", "☒"), ("g", "☐")
    T(d, [
        ["", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", [[B]], [[B]]],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [[E]], [[E]]],
        ["Saturs nav atbalstāms", [[E]], [[B]]],
        ("span", [[("b", "Piezīmes: "),
                   "MIP – visi 3. februārī minētie precizējumi veikti. PKE – elektrodrošības pārbaude "
                   "praktiskajā daļā ir papildināta, taču teorijas jautājumu skaits joprojām pārsniedz "
                   "eksāmena nolikumā noteikto."]]),
    ], widths=[11, 2.5, 2.5], bold_header=True)
    return d


build(f"{PREFIX}19_Elektromontieris_atkartoti_Strods.docx", f19, "Aivars Strods", (2026, 4, 29, 12, 31),
      rows=[(EMON, "MIP", S, "Aivars Strods", "2026-04-29", 3),
            (EMON, "PKE", U, "Aivars Strods", "2026-04-29", 3)],
      problems=["conflict"],
      design="Second round; option matrix with ☒/☐ typed as text in MS Gothic. PKE has TWO boxes ticked "
             "('atbalstāms un virzāms' and 'nav atbalstāms').",
      note="PKE: two contradictory marks of equal weight and a mixed remark (one fix done, one problem left) → "
           "unknown + conflict. MIP clear: supported.")


# ---------------------------------------------------------------- 20 (no verdict for PKE)
def f20():
    d = new_doc("Calibri", 11)
    P(d, [("b", "Atzinums: datorizētu kokapstrādes iekārtu operators (LKI 4)")])
    T(d, [
        ["Dokuments", "atbalstāms, virzāms", "ar precizējumiem", "neatbalstāms", "Piezīmes"],
        ["MIP", "x", "", "",
         "Labi sagatavota programma, CAD/CAM moduļi atbilst uzņēmumu vajadzībām."],
        ["PKE", "", "", "",
         "Eksāmena praktiskais uzdevums – CNC frēzēšanas programmas sagatavošana un detaļas izgatavošana – "
         "kopumā atbilstošs, tomēr nav skaidrs, kā tiek vērtēta iekārtas iestatīšana un instrumentu "
         "nomaiņa. Jāpārrunā ar darba grupu."],
    ], widths=[2, 2.5, 2.5, 2.3, 6.7], bold_header=True)
    P(d, "(slēdzienu atzīmēt ar x)")
    P(d, "")
    P(d, "Eksperte: Rūta Zariņa")
    P(d, "Datums: 14.04.2026")
    return d


build(f"{PREFIX}20_DKIO_atzinums_RZarina.docx", f20, "Rūta Zariņa", (2026, 4, 14, 18, 2),
      rows=[(DKIO, "MIP", S, "Rūta Zariņa", "2026-04-14", 4),
            (DKIO, "PKE", U, "Rūta Zariņa", "2026-04-14", 4)],
      problems=["no_verdict"],
      design="Summary table with option columns marked by lowercase 'x'; the PKE row has remarks but no mark.",
      note="PKE reviewed (remarks) but no verdict: unknown + no_verdict. 'Jāpārrunā ar darba grupu' is not a "
           "verdict.")


# ---------------------------------------------------------------- 21 (name/date only in header)
def f21():
    d = new_doc("Times New Roman", 12)
    header(d, "Eksperte Ilze Rozīte | 2026. gada 22. aprīlī", align="r")
    P(d, [("b", "Būvizstrādājumu galdnieka MIP un PKE – atkārtotās ekspertīzes kopsavilkums")])
    P(d, "Iepriekšējā redakcijā (2026. gada februārī) MIP netika atbalstīts, bet PKE bija atbalstīts ar "
         "precizējumiem. Darba grupa iesniegusi precizētas versijas (MIP v3, PKE v2).", align="j")
    F, E = ("sym", "F0FE"), ("sym", "F0A8")
    T(d, [
        ["Slēdziens", "MIP", "PKE"],
        ["atbalstāms un virzāms saskaņošanai", [[E]], [[F]]],
        ["atbalstāms; virzāms saskaņošanai pēc precizējumu veikšanas", [[F]], [[E]]],
        ["nav atbalstāms", [[E]], [[E]]],
    ], widths=[11, 2.5, 2.5], bold_header=True, shade_header="D9E2F3")
    P(d, "")
    P(d, [("b", "Atlikušie precizējumi MIP:")])
    P(d, "– 5. modulī (“Logu un durvju montāža”) jāiekļauj gaisa caurlaidības pārbaude un montāžas "
         "kvalitātes kontrole;")
    P(d, "– moduļu aprakstos vienādot terminus “ailas bloks” un “ailas aizpildījums”.")
    return d


build(f"{PREFIX}21_Buvizstradajumu galdnieks_2karta.docx", f21, "Kristīne Avotiņa", (2026, 4, 22, 19, 40),
      rows=[(BUV, "MIP", C, "Ilze Rozīte", "2026-04-22", 4),
            (BUV, "PKE", S, "Ilze Rozīte", "2026-04-22", 4)],
      design="Name and date ONLY in the page header; Wingdings F0FE (checked) / F0A8 (empty) option matrix; "
             "history paragraph at the top.",
      note="History sentence ('netika atbalstīts', 'bija atbalstīts ar precizējumiem') is the earlier round and "
           "must not count; current marks: MIP corrections, PKE supported.")


# ---------------------------------------------------------------- 22 (MIP only, redesigned form)
def f22():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "Precizētās MIP ekspertīze")])
    T(d, [
        ["Kvalifikācija", "Mēbeļu galdnieks (LKI 4)"],
        ["Vērtētais dokuments", "MIP, precizētā redakcija (saņemta 09.02.2026.)"],
        ["Piezīme", "Šis atzinums attiecas tikai uz MIP. PKE atzinums, kas sniegts 14.01.2026., paliek spēkā "
                    "bez izmaiņām."],
        ["Slēdziens",
         "Precizētajā programmā visas manas 14. janvāra piezīmes ir ņemtas vērā (ūdens bāzes apdare, "
         "rezultātu formulējumi, prakse uzņēmumā). Programmu atbalstu un iesaku virzīt saskaņošanai bez "
         "papildu precizējumiem."],
        ["Eksperte", "Gunta Bērziņa"],
        ["Datums", "16.02.2026."],
    ], widths=[4.5, 11.5], key_col=True)
    return d


build(f"{PREFIX}22_Mēbeļu galdnieks MIP (precizētais) - Bērziņa.docx", f22, "Gunta Bērziņa",
      (2026, 2, 16, 9, 55),
      rows=[(MEB, "MIP", S, "Gunta Bērziņa", "2026-02-16", 4)],
      design="Expert replaced the option list with free prose in the 'Slēdziens' cell; second round of file 01.",
      note="'atbalstu un iesaku virzīt saskaņošanai bez papildu precizējumiem' = supported. PKE explicitly not "
           "covered ('attiecas tikai uz MIP'): no PKE row.")


# ---------------------------------------------------------------- 23 (long formal review)
def f23():
    d = new_doc("Times New Roman", 12)
    footer(d, [("S", "VGK iekārtu remontatslēdznieks – MIP un PKE ekspertīze – galīgā versija")], align="c")
    P(d, [("b", "NOZARES EKSPERTA ATZINUMS")], align="c")
    P(d, "par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks” "
         "(LKI 3. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu",
      align="c")
    T(d, [
        ["Eksperts", "Dace Liepiņa, enerģētikas nozares eksperte"],
        ["Atzinuma datums", "2026. gada 27. februārī"],
        ["Izvērtētie dokumenti", "MIP (darba grupas versija 05.02.2026.)\nPKE saturs (versija 05.02.2026.)"],
    ], widths=[5, 11], key_col=True)
    P(d, "")
    P(d, [("b", "1. Ekspertīzes mērķis un pieeja")])
    P(d, "Ekspertīzes mērķis – izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, un "
         "nepieciešamības gadījumā norādīt precizējumus. Vērtēšanā izmantota nozares kvalifikāciju struktūra, "
         "2025. gadā pilnveidotās profesionālās kvalifikācijas prasības un informācija no trim nozares "
         "uzņēmumiem par aktuālajām prasmēm (invertora tipa iekārtas, dabiskie aukstumaģenti, attālinātā "
         "uzraudzība).", align="j")
    P(d, [("b", "2. MIP moduļu izvērtējums")])
    T(d, [
        ["Modulis", "Vērtējums", "Komentārs"],
        ["A1 Darba drošība un vides aizsardzība", "Atbilst",
         "Iekļauta darba augstumā drošība; ieteicams papildināt ar rīcību aukstumaģenta noplūdes gadījumā."],
        ["A2 Tehniskā dokumentācija un shēmu lasīšana", "Atbilst",
         "Pietiekami; varētu pievienot iekārtu ražotāju servisa rokasgrāmatu lietošanu angļu valodā."],
        ["B1 Ventilācijas sistēmu elementu montāža", "Atbilst", "Iebildumu nav."],
        ["B2 Gaisa kondicionēšanas iekārtu uzstādīšana", "Daļēji",
         "Jāprecizē vara cauruļu savienošanas metodes (lodēšana, presēšana, atlocīšana) un to pārbaude "
         "ar slāpekli."],
        ["B3 Aukstumaģentu apsaimniekošana", "Šādā redakcijā modulis nav atbalstāms",
         "Modulis balstās uz novecojušu regulējumu par fluorētām siltumnīcefekta gāzēm; sasniedzamie "
         "rezultāti jāsaskaņo ar spēkā esošajām sertifikācijas prasībām, jāiekļauj dabiskie aukstumaģenti "
         "(CO₂, propāns)."],
        ["B4 Iekārtu tehniskā apkope un remonts", "Atbilst",
         "Labi aprakstīta bojājumu diagnostika; ieteicams pievienot attālinātās uzraudzības datu lasīšanu."],
        ["C1 Mācību prakse uzņēmumā", "Daļēji",
         "Apjoms (480 st.) atbilst, bet nav skaidrs, kuri rezultāti sasniedzami uzņēmumā."],
    ], widths=[5, 3.5, 7.5], bold_header=True, shade_header="D9D9D9")
    P(d, "")
    P(d, "Kopumā programma veidota pārdomāti, moduļu secība ir loģiska, un lielākā daļa rezultātu atbilst "
         "LKI 3. līmenim. Būtiskākais trūkums ir B3 modulis, kas jāpārstrādā; B2 un C1 moduļos pietiek ar "
         "redakcionāliem precizējumiem.", align="j")
    P(d, [("b", "3. PKE satura izvērtējums")])
    T(d, [
        ["Eksāmena daļa", "Komentārs"],
        ["Teorētiskā daļa", "60 testa jautājumi, aptver visus moduļus; jautājumu līmenis atbilst."],
        ["Praktiskā daļa", "Uzdevums – sadalītās sistēmas kondicioniera uzstādīšana, vakuumēšana, uzpilde un "
                           "palaišana – atbilst darba tirgus prasībām."],
        ["Vērtēšanas kritēriji", "Skaidri, ar punktu sadalījumu; drošības kļūdas noved pie uzdevuma "
                                 "pārtraukšanas – tas ir pareizi."],
        ["Eksāmena ilgums", "6 stundas praktiskajai daļai – pietiekami."],
    ], widths=[4, 12], bold_header=True)
    P(d, "")
    P(d, [("b", "4. Slēdziens")])
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.paragraphs[0].add_run("Eksperta slēdziens par abiem dokumentiem:").bold = True
    inner = T(cell, [
        ["Dokuments", "Slēdziens"],
        ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas (B3 modulis – obligāti, B2 un C1 – "
                "redakcionāli) virzāms saskaņošanai."],
        ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai."],
    ], widths=[3, 12], bold_header=True)
    P(d, "")
    P(d, "Dace Liepiņa")
    P(d, "________________ (paraksts)")
    return d


build(f"{PREFIX}23_VGK remontatslēdznieks_MIP_PKE_ekspertīze_Liepiņa_galīgais.docx", f23, "Dace Liepiņa",
      (2026, 2, 27, 20, 12),
      rows=[(VGKR, "MIP", C, "Dace Liepiņa", "2026-02-27", 3),
            (VGKR, "PKE", S, "Dace Liepiņa", "2026-02-27", 3)],
      design="Long formal review (≈2 pages): title with „…” quotes, key/value, purpose paragraph, module table "
             "with per-module ratings, PKE table, conclusion in a NESTED table inside a cell.",
      note="Purpose sentence lists verdict words; module B3 'šādā redakcijā nav atbalstāms' is a body remark – "
           "the conclusion (MIP atbalstāms, pēc precizējumiem virzāms) outranks it.")


# ---------------------------------------------------------------- 24 (matrix with content controls)
def f24():
    d = new_doc("Calibri", 10, margins=1.8)
    P(d, [("bL", "Enerģētikas nozare – MIP/PKE ekspertīzes rezultāti")])
    P(d, "Atzīmējiet vienu izvēles rūtiņu katrā rindā.")

    def r(q, doc, k):
        return [q, doc] + [[[("sdt", i == k)]] for i in range(3)]

    T(d, [
        ["Kvalifikācija", "Dokuments", "Atbalstāms un virzāms saskaņošanai",
         "Atbalstāms, virzāms pēc precizējumiem", "Nav atbalstāms"],
        r("Elektromontieris, 3. LKI", "MIP", 0),
        r("", "PKE", 1),
        r("Elektrotehniķis, 4. LKI", "MIP", 1),
        r("", "PKE", 1),
        ("span", [[("b", "Komentāri: "),
                   "elektromontiera PKE – teorijas daļā jāsamazina jautājumu skaits līdz nolikumā noteiktajam "
                   "(40). Elektrotehniķa MIP – jāpapildina ar saules elektrostaciju pieslēgšanu; PKE – jāsaskaņo "
                   "praktiskā uzdevuma shēma ar MIP 5. moduli."]]),
    ], widths=[4.5, 2.3, 3.2, 3.2, 2.6], bold_header=True, shade_header="FCE4D6",
      merges=[((1, 0), (2, 0)), ((3, 0), (4, 0))])
    P(d, "")
    T(d, [["Eksperte", "Linda Sīle"], ["Datums", "18.06.2026."]], widths=[4, 8], key_col=True)
    return d


build(f"{PREFIX}24_Energetika_matrica_Sile.docx", f24, "Linda Sīle", (2026, 6, 18, 14, 7),
      rows=[(EMON, "MIP", S, "Linda Sīle", "2026-06-18", 3),
            (EMON, "PKE", C, "Linda Sīle", "2026-06-18", 3),
            (ETEH, "MIP", C, "Linda Sīle", "2026-06-18", 4),
            (ETEH, "PKE", C, "Linda Sīle", "2026-06-18", 4)],
      design="Two qualifications × MIP/PKE matrix with checkbox content controls in option columns; merged "
             "qualification cells; comments row spanning the table.",
      note="Checked state only in w14:checked (+ ☒ glyph in sdtContent). LKI stated as '3. LKI' / '4. LKI'.")


# ---------------------------------------------------------------- 25 (letterhead, 'v' marks)
def f25():
    d = new_doc("Arial", 10)
    header(d, [("b", "SIA “Zemgales Automatika”"), ("br",),
               ("S", "Reģ. Nr. 40003999999 · Lauktehnikas iela 7, Ozolnieki, LV-3018 · info@zautomatika.lv")],
           )
    P(d, "Ozolniekos, 2026. gada 2. jūlijā", align="r")
    P(d, "LDDK projekta koordinatorei\nLaurai Cīrulei", align="r")
    P(d, "")
    P(d, [("b", "Par mehatronisko sistēmu tehniķa MIP un PKE atkārtoto ekspertīzi")])
    P(d, "Esmu izvērtējis darba grupas precizētās MIP un PKE versijas. Visi 11. marta atzinumā minētie "
         "precizējumi ir veikti (robotu programmēšanas pamati, drošības funkcijas, PLC norāde, punktu "
         "sadalījums par kļūmju diagnostiku).", align="j")
    T(d, [
        ["Dokuments", "Atbalstāms, virzāms saskaņošanai", "Atbalstāms pēc precizējumiem", "Neatbalstāms"],
        ["MIP", "v", "", ""],
        ["PKE", "v", "", ""],
    ], widths=[3, 4.5, 4.5, 4], bold_header=True)
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "Edgars Vītols")
    P(d, "tehniskais direktors, mašīnbūves un metālapstrādes nozares eksperts")
    return d


build(f"{PREFIX}25_SIA_veidlapa_mehatronika_2karta.docx", f25, "Edgars Vītols", (2026, 7, 2, 11, 11),
      rows=[(MEH, "MIP", S, "Edgars Vītols", "2026-07-02", 4),
            (MEH, "PKE", S, "Edgars Vītols", "2026-07-02", 4)],
      design="Expert's company letterhead (in page header), letter-style opening, option columns marked with a "
             "lowercase 'v'; date as 'Ozolniekos, 2026. gada 2. jūlijā'.",
      note="Second round of file 10. LKI not stated → register (4). Company registration number in header is "
           "not a date.")


# ---------------------------------------------------------------- 26 (Outlook English, no diacritics)
def f26():
    d = new_doc("Calibri", 11)
    email_header(d, [
        ("From:", "Maris Ozolins <maris.ozolins@mezatehnika.lv>"),
        ("Sent:", "Tuesday, March 17, 2026 8:05 AM"),
        ("To:", "Laura Cīrule <laura.cirule@lddk.lv>"),
        ("Subject:", "RE: Meza masinu operators MIP PKE"),
    ])
    P(d, "Labrit,")
    P(d, "paskatijos meza masinu operatora materialus.")
    P(d, "MIP - sada redakcija neatbalstu. Nav praktisko macibu ar simulatoru, harvestera un forvardera "
         "moduli sajaukti kopa, darba drosiba pie kokmateriālu pievesanas vispar nav.")
    P(d, "PKE - atbalstu ar nosacijumu, ka praktiskaja uzdevuma tiks noradits konkrets razibas normativs "
         "(m3/h) un pievienotas vertesanas lapas. Pec tam var virzit saskanosanai.")
    P(d, "Detalizetas piezimes tabula zemak.")
    T(d, [
        ["Nr", "Dok.", "Piezime"],
        ["1", "MIP", "3. modulis - nav simulatora stundu"],
        ["2", "MIP", "4. un 5. modulis jaatdala (harvesters / forvarders)"],
        ["3", "MIP", "jaieklauj darba drosiba un tehnikas apkope"],
        ["4", "PKE", "normativs m3/h, vertesanas lapa"],
    ], widths=[1, 2, 13], bold_header=True)
    P(d, "")
    P(d, "Maris Ozolins")
    P(d, "")
    P(d, "_" * 60)
    P(d, [("b", "From:"), " Laura Cīrule <laura.cirule@lddk.lv>"], space_after=0)
    P(d, [("b", "Sent:"), " Monday, March 2, 2026 3:47 PM"], space_after=0)
    P(d, [("b", "To:"), " Maris Ozolins <maris.ozolins@mezatehnika.lv>"], space_after=0)
    P(d, [("b", "Subject:"), " Meza masinu operators MIP PKE"])
    P(d, "Labdien, Māri!")
    P(d, "Pielikumā meža mašīnu operatora (LKI 3) MIP un PKE. Lūdzu atzinumu līdz 16. martam – vai saturs "
         "ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.")
    P(d, "Laura")
    return d


build(f"{PREFIX}26_RE_ Meza masinu operators MIP PKE.docx", f26, "Laura Cīrule", (2026, 3, 17, 8, 20),
      rows=[(MMO, "MIP", N, "Maris Ozolins", "2026-03-17", 3),
            (MMO, "PKE", C, "Maris Ozolins", "2026-03-17", 3)],
      design="Outlook e-mail with English headers (From/Sent/To/Subject), reply typed without diacritics, a "
             "remarks table, coordinator's request quoted below.",
      note="Expert as written in the reply 'Maris Ozolins'. 'atbalstu ar nosacijumu, ka … Pec tam var virzit' "
           "(condition + next sentence) = needs_corrections. Date = Sent of the reply, not of the quote.")


# ---------------------------------------------------------------- 27 (value below key)
def f27():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "ATZINUMS (atkārtota ekspertīze)")], align="c")
    keys = [
        ("Profesionālās kvalifikācijas nosaukums", "Kokapstrādes iekārtu operators"),
        ("Ekspertīzes kārta", "Atkārtota (pirmā – 09.03.2026., MIP netika atbalstīts; PKE toreiz nebija "
                              "iesniegts)"),
        ("Eksperta slēdziens par MIP", "Atbalstāms. Saskaņošanai virzīt pēc tam, kad 3. modulī būs izlabotas "
                                       "stundu summas (kopā nesakrīt ar 1. pielikumu)."),
        ("Eksperta slēdziens par PKE", "Atbalstāms, virzāms saskaņošanai."),
        ("Eksperts", "Artūrs Grīnbergs"),
        ("Datums", "07.05.2026."),
    ]
    rows = []
    shade_rows = []
    for k, v in keys:
        shade_rows.append(len(rows))
        rows.append([[[("b", k)]]])
        rows.append([v])
    T(d, rows, widths=[16], shade_rows=tuple(shade_rows))
    return d


build(f"{PREFIX}27_Kokapstrades iekartu operators_2.karta_Grinbergs.docx", f27, "Artūrs Grīnbergs",
      (2026, 5, 7, 7, 58),
      rows=[(KIO, "MIP", C, "Artūrs Grīnbergs", "2026-05-07", 3),
            (KIO, "PKE", S, "Artūrs Grīnbergs", "2026-05-07", 3)],
      design="One-column form, value below each shaded key; second round of file 07 with history in a cell.",
      note="MIP: 'Atbalstāms.' + condition in the next sentence ('virzīt pēc tam, kad …') = needs_corrections. "
           "History 'MIP netika atbalstīts' does not count. LKI from register (3).")


# ---------------------------------------------------------------- 28 (criteria Jā/Nē, signature cell)
def f28():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "Būvizstrādājumu galdnieks – MIP un PKE ekspertīze pēc kritērijiem")])

    def crit(title, items, overall):
        P(d, [("b", title)])
        rows = [["Kritērijs", "Jā", "Nē", "Piezīmes"]]
        for c, yes, note in items:
            rows.append([c, "X" if yes else "", "" if yes else "X", note])
        rows.append([[[("b", "Kopējais vērtējums")]], overall, "", ""])
        t = T(d, rows, widths=[7, 1.2, 1.2, 6.6], bold_header=True, shade_header="EDEDED")
        last = len(rows) - 1
        t.cell(last, 1).merge(t.cell(last, 3))
        P(d, "")

    crit("MIP", [
        ("Programmas apjoms un struktūra atbilst normatīvajiem aktiem", False,
         "Kopējais apjoms par 320 stundām mazāks, nekā noteikts; trūkst valsts valodas un vides moduļa."),
        ("Sasniedzamie rezultāti atbilst profesionālās kvalifikācijas prasībām", True, ""),
        ("Ietvertas jaunās prasmes (energoefektīva montāža, digitālie rasējumi)", True, ""),
        ("Vērtēšanas kārtība ir skaidra", True, "Nelieli precizējumi 2. modulī."),
        ("Mācību prakse plānota darba vidē", False, "Prakse paredzēta tikai skolas darbnīcās."),
    ], "Nav atbalstāms – pēc pārstrādes nepieciešama atkārtota ekspertīze.")
    crit("PKE", [
        ("Eksāmena saturs atbilst profesionālās kvalifikācijas prasībām", True, ""),
        ("Praktiskais uzdevums ir izpildāms noteiktajā laikā", False, "Loga bloka izgatavošanai 6 h nepietiek."),
        ("Vērtēšanas kritēriji ir mērāmi", True, ""),
    ], "Atbalstāms ar precizējumiem (virzāms saskaņošanai pēc uzdevuma laika precizēšanas).")
    T(d, [["Paraksts / datums", "I. Rozīte / 25.02.2026."]], widths=[5, 11], key_col=True)
    return d


build(f"{PREFIX}28_Buvizstradajumu_galdnieks_kriteriju_tabula_Rozite.docx", f28, "", (2026, 2, 25, 17, 30),
      rows=[(BUV, "MIP", N, "I. Rozīte", "2026-02-25", 4),
            (BUV, "PKE", C, "I. Rozīte", "2026-02-25", 4)],
      design="Two criterion tables with X in Jā/Nē columns, each ending in a 'Kopējais vērtējums' row; name and "
             "date only as 'I. Rozīte / 25.02.2026.' in a 'Paraksts / datums' cell; empty docx author.",
      note="MIP mostly 'Jā' but overall 'Nav atbalstāms' decides. Expert as written (initial + surname).")


# ---------------------------------------------------------------- 29 (unknown qualification, no LKI)
def f29():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "Ekspertīzes atzinums")], align="c")
    T(d, [
        ["Kvalifikācija", "Kokgriezējs"],
        ["Ekspertīzes veids", "MIP un PKE satura ekspertīze (papildu pieprasījums)"],
        ["Eksperte", "Gunta Bērziņa"],
        ["Datums", "09.06.2026."],
    ], widths=[5, 11], key_col=True)
    P(d, "")
    T(d, [
        ["Dokuments", "Slēdziens", "Piezīmes"],
        ["MIP", "Atbalstāms un virzāms saskaņošanai", "Iebildumu nav; labi, ka iekļauta CNC kokgriešana."],
        ["PKE", "Atbalstāms pēc precizējumiem",
         "Praktiskajā darbā jānorāda koksnes suga un sagataves izmēri; vērtēšanas lapā jāizdala "
         "ornamenta precizitāte."],
    ], widths=[2.5, 6, 7.5], bold_header=True)
    P(d, "")
    P(d, [("i", "Kvalifikācija nav iekļauta sākotnējā 21 kvalifikāciju sarakstā; ekspertīze veikta pēc VISC "
                "papildu pieprasījuma.")])
    return d


build(f"{PREFIX}29_kokgriezejs_atzinums.docx", f29, "Gunta Bērziņa", (2026, 6, 9, 13, 13),
      rows=[("kokgriezējs", "MIP", S, "Gunta Bērziņa", "2026-06-09", None),
            ("kokgriezējs", "PKE", C, "Gunta Bērziņa", "2026-06-09", None)],
      problems=["unknown_qualification"],
      design="Short key/value + summary table for a qualification not in the register, with no LKI level "
             "anywhere.",
      note="'Kokgriezējs' reported as written; lki_level empty (not stated, not in register).")


# ---------------------------------------------------------------- 30 (bold marks, title only)
def f30():
    d = new_doc("Calibri", 11)
    P(d, [("b", "Ekspertīzes atzinums par profesionālās kvalifikācijas „Elektrotehniķis” PKE saturu")], align="c")
    P(d, "")
    T(d, [
        ["Kritērijs", "Vērtējums (Jā / Daļēji / Nē)"],
        ["Teorētiskās daļas jautājumi atbilst LKI 4. līmenim", "Jā"],
        ["Praktiskais uzdevums atspoguļo reālu darba situāciju", "Daļēji – shēmā nav iekļauta zemējuma "
                                                                  "pretestības mērīšana"],
        ["Vērtēšanas kritēriji ir objektīvi un mērāmi", "Jā"],
        ["Eksāmena norises laiks ir pamatots", "Jā"],
    ], widths=[9, 7], bold_header=True)
    P(d, "")
    P(d, [("b", "Slēdziens"), " (vajadzīgo izcelt treknrakstā):"])
    P(d, "1) saturs ir atbalstāms un virzāms saskaņošanai;", space_after=0)
    P(d, [("b", "2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;")], space_after=0)
    P(d, "3) saturs nav atbalstāms.")
    P(d, "")
    P(d, "Eksperts: Aivars Strods", space_after=0)
    P(d, "Datums: 2026-05-05")
    return d


build(f"{PREFIX}30_Atzinums_Elektrotehnikis_PKE.docx", f30, "Aivars Strods", (2026, 5, 5, 10, 45),
      rows=[(ETEH, "PKE", C, "Aivars Strods", "2026-05-05", 4)],
      design="Qualification only in the title („Elektrotehniķis” … PKE saturu); criterion table; options listed "
             "as paragraphs with 'vajadzīgo izcelt treknrakstā' and the chosen one in bold.",
      note="Only PKE is reviewed (title says so): no MIP row. Chosen option recognisable only by bold.")


# ---------------------------------------------------------------- 31 (two VGK qualifications, prose verdicts)
def f31():
    d = new_doc("Arial", 10)
    P(d, [("b", "VGK kvalifikācijas – MIP un PKE ekspertīze (5. posms)")])
    T(d, [
        ["Kvalifikācija", "Dok.", "Slēdziens", "Piezīmes"],
        ["VGK iekārtu remontatslēdznieks (LKI 3)", "MIP",
         "Atbalstu, virzāms saskaņošanai.", "B3 modulis pārstrādāts, 27.02. piezīmes ņemtas vērā."],
        ["", "PKE", "Atbalstāms un virzāms saskaņošanai.", "Bez izmaiņām kopš 27.02."],
        ["VGK sistēmu tehniķis (LKI 4)", "MIP",
         "Neatbalstu.", "Vērtēta 2. redakcija ar tālākizglītības moduļiem: darba grupa iekopējusi "
                        "remontatslēdznieka moduļus, tehniķa līmeņa projektēšanas un regulēšanas rezultātu nav."],
        ["", "PKE", "Jāprecizē, un tikai tad virzīt saskaņošanai.",
         "Eksāmena ilgums un uzdevuma variantu skaits nav norādīts."],
    ], widths=[4.5, 1.3, 4.7, 5.5], bold_header=True, shade_header="DEEAF6",
      merges=[((1, 0), (2, 0)), ((3, 0), (4, 0))])
    P(d, "")
    P(d, [("i", "Piezīme: sistēmu tehniķa PKE iepriekšējā redakcija (02.2026.) bija atbalstāma bez "
                "precizējumiem.")])
    P(d, "Sagatavoja: D. Liepiņa, 25.06.2026")
    return d


build(f"{PREFIX}31_VGK_abas_kvalif_Liepina_galigais.docx", f31, "Dace Liepiņa", (2026, 6, 25, 16, 16),
      rows=[(VGKR, "MIP", S, "D. Liepiņa", "2026-06-25", 3),
            (VGKR, "PKE", S, "D. Liepiņa", "2026-06-25", 3),
            (VGKS, "MIP", N, "D. Liepiņa", "2026-06-25", 4),
            (VGKS, "PKE", C, "D. Liepiņa", "2026-06-25", 4)],
      design="Two qualifications by alias (VGK …) in one table, verdicts in the expert's own short prose "
             "('Atbalstu', 'Neatbalstu.', 'Jāprecizē, un tikai tad virzīt').",
      note="Footnote about the earlier PKE round is history. Expert as written 'D. Liepiņa'.")


# ---------------------------------------------------------------- 32 (conflict: duplicated MIP row)
def f32():
    d = new_doc("Calibri", 11)
    P(d, [("bL", "Koka izstrādājumu ražošanas tehniķis – 2. kārta")])
    T(d, [
        ["Eksperte", "Rūta Zariņa"],
        ["Datums", "26.05.2026."],
    ], widths=[4, 12], key_col=True)
    P(d, "")
    T(d, [
        ["Dokuments", "Slēdziens", "Piezīmes"],
        ["MIP", "atbalstāms un virzāms saskaņošanai", "precizējumi veikti"],
        ["PKE", "atbalstāms un virzāms saskaņošanai", "tehnoloģiskā karte iekļauta, pielaides norādītas"],
        ["MIP", "nav atbalstāms", "3. modulī ražošanas plānošana joprojām nav iekļauta"],
    ], widths=[2.5, 6, 7.5], bold_header=True)
    return d


build(f"{PREFIX}32_KIRT_2karta_Zarina (kopija).docx", f32, "Rūta Zariņa", (2026, 5, 26, 22, 48),
      rows=[(KIRT, "MIP", U, "Rūta Zariņa", "2026-05-26", 4),
            (KIRT, "PKE", S, "Rūta Zariņa", "2026-05-26", 4)],
      problems=["conflict"],
      design="Summary table where MIP appears twice with opposite verdicts and opposite remarks (a copy left "
             "over while editing; '(kopija)' in the file name).",
      note="Two MIP rows of equal weight contradict → unknown + conflict. PKE clear.")


# ---------------------------------------------------------------- 33 (legacy checkboxes incl. document choice)
def f33():
    d = new_doc("Times New Roman", 12)
    P(d, [("b", "EKSPERTĪZES ATZINUMS")], align="c")
    T(d, [
        ["Kvalifikācija", "Motorzāģa operators"],
        ["LKI līmenis", "3"],
        ["Vērtētais dokuments", [[("ff", True, "checked"), " MIP     ", ("ff", False, "checked"), " PKE"]]],
    ], widths=[5, 11], key_col=True)
    P(d, "PKE nav iesniegts ekspertīzei.")
    T(d, [
        ["Slēdziens"],
        [[[("ff", False, "checked"), " saturs ir atbalstāms un virzāms saskaņošanai"],
          [("ff", True, "checked"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          [("ff", False, "checked"), " saturs nav atbalstāms"]]],
        ["Precizējumi: 4. modulī (“Koku gāšana”) jāpievieno drošības attālumu prasības un rīcība ar "
         "iekārušos koku; prakses dienasgrāmatas forma jāsaskaņo ar uzņēmumiem."],
    ], widths=[16], bold_header=True)
    P(d, "")
    T(d, [["Paraksts / datums", "I. Kalniņa / 12.02.2026."]], widths=[5, 11], key_col=True)
    return d


build(f"{PREFIX}33_motorzaga_op_MIP_Kalnina.docx", f33, "Inese Kalniņa", (2026, 2, 12, 12, 12),
      rows=[(MOTOR, "MIP", C, "I. Kalniņa", "2026-02-12", 3)],
      design="Legacy FORMCHECKBOX fields in the Word-user style (w:default=0 plus w:checked) both for the "
             "document choice (MIP ☒ / PKE ☐) and for the verdict; 'Paraksts / datums' cell.",
      note="Only MIP reviewed (PKE box unchecked and 'PKE nav iesniegts'): no PKE row. Expert as written "
           "'I. Kalniņa'.")


# ---------------------------------------------------------------- 34 (letterhead, MIP verdict postponed)
def f34():
    d = new_doc("Times New Roman", 12)
    header(d, [("b", "Biedrība “Vidzemes meža konsultanti”"), ("br",),
               ("S", "Rīgas iela 3, Cēsis, LV-4101 · tālr. 20000000")], align="c")
    P(d, "Cēsīs, 2026. gada 4. martā", align="r")
    P(d, "LDDK projekta koordinatorei K. Avotiņai", align="r")
    P(d, "")
    P(d, [("b", "Par mežsaimniecības tehniķa MIP un PKE")])
    P(d, "Nosūtu piezīmes par abiem dokumentiem.", align="j")
    T(d, [
        ["Dokuments", "Piezīmes", "Slēdziens"],
        ["MIP", "1) Meža inventarizācijas modulī jāpapildina tālizpētes datu izmantošana.\n"
                "2) Meža ceļu būves modulis LKI 4 līmenim pārāk plašs.\n"
                "3) Jāprecizē, vai prakse mežizstrādes uzņēmumā ir obligāta.",
         "Slēdzienu par MIP sniegšu pēc tikšanās ar darba grupu 10. martā."],
        ["PKE", "Praktiskais uzdevums (cirsmas taksācija un meža atjaunošanas plāns) atbilst darba realitātei.",
         "Saturs ir atbalstāms un virzāms saskaņošanai."],
    ], widths=[2.3, 9, 4.7], bold_header=True)
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "Inese Kalniņa")
    P(d, "biedrības valdes locekle, kokrūpniecības nozares eksperte")
    return d


build(f"{PREFIX}34_Mezsaimniecibas tehnikis_MIP_PKE_piezimes.docx", f34, "Inese Kalniņa", (2026, 3, 4, 18, 25),
      rows=[(MEZT, "MIP", U, "Inese Kalniņa", "2026-03-04", 4),
            (MEZT, "PKE", S, "Inese Kalniņa", "2026-03-04", 4)],
      problems=["no_verdict"],
      design="Letter on the expert's association letterhead with a table Dokuments | Piezīmes | Slēdziens.",
      note="MIP verdict explicitly postponed ('Slēdzienu par MIP sniegšu pēc tikšanās …') although remarks say "
           "'jāprecizē' → unknown + no_verdict. PKE supported.")


# ==================================================================== outputs
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    lines = ["# r22b – blind set: forms and tables filled in by sector experts", "",
             f"{len(README)} files, {len(ROWS)} gold rows, {len(PROBLEMS)} problem rows. "
             "Built by `build.py` (python-docx + raw WordprocessingML).", "",
             "| file | design | judgement calls behind the labels |", "|---|---|---|"]
    for name, design, note in README:
        lines.append(f"| {name} | {design.replace('|', '/')} | {note.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def check():
    files = {os.path.basename(p) for p in glob.glob(os.path.join(OUT, "*.docx"))}
    built = {r[0] for r in README}
    assert files == built, (files ^ built)
    for fn in sorted(files):
        Document(os.path.join(OUT, fn))
    labelled = {r[0] for r in ROWS} | {p[0] for p in PROBLEMS}
    assert labelled <= files
    assert built <= labelled, built - labelled
    keys = [(r[0], r[1], r[2]) for r in ROWS]
    assert len(keys) == len(set(keys)), "duplicate gold key"
    print(f"files={len(files)} rows={len(ROWS)} problems={len(PROBLEMS)} "
          f"non_reviews={len(built - {r[0] for r in ROWS})}")


write_outputs()
check()
