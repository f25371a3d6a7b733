# -*- coding: utf-8 -*-
"""Builds the r5b blind evaluation set (form/table style Latvian expert reviews).

Run:  /work/hvenv/bin/python build.py
Each build(...) call carries the gold labels of its file:
  rows = [(qualification, document, verdict, expert, date, lki_level), ...]
  problems = [code, ...]
"""
import csv
import datetime as dt
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r5b"

NSW = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NSW14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
NSV = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'

ROWS, PROBS, NOTES = [], [], []
_ids = [500]


def nid():
    _ids[0] += 1
    return _ids[0]


# ---------------------------------------------------------------- run helpers
def _font(run, name):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f"<w:rFonts {NSW}/>")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), name)


def cc_xml(checked):
    g = "\u2612" if checked else "\u2610"
    return (f'<w:sdt {NSW} {NSW14}><w:sdtPr><w:id w:val="{nid()}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_xml(checked, mode="default"):
    n = nid()
    if mode == "default":
        cb = f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox>'
    else:  # current state in w:checked, default unchecked
        cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>' + ("<w:checked/>" if checked else "") + "</w:checkBox>"
    return [
        f'<w:r {NSW}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
        f'<w:enabled/><w:calcOnExit w:val="0"/>{cb}</w:ffData></w:fldChar></w:r>',
        f'<w:r {NSW}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {NSW}><w:fldChar w:fldCharType="end"/></w:r>',
    ]


def tb_xml(lines, left="310pt", top="-10pt", width="165pt", height="46pt"):
    ps = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{escape(l)}</w:t></w:r></w:p>'
                 for l in lines)
    return (f'<w:r {NSW} {NSV}><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="TextBox{nid()}" o:spid="_x0000_s{nid()}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{left};margin-top:{top};width:{width};height:{height};z-index:2" '
            'strokeweight=".5pt"><v:textbox>'
            f'<w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def runs(par, spec):
    """spec: str, or list of str / (kind, value[, extra]) items."""
    if spec is None:
        return par
    if isinstance(spec, str):
        spec = [spec]
    for it in spec:
        if isinstance(it, str):
            par.add_run(it)
            continue
        k = it[0]
        if k in ("b", "i", "u", "s", "bu", "bi"):
            r = par.add_run(it[1])
            r.bold = "b" in k or None
            r.italic = "i" in k or None
            r.underline = "u" in k or None
            if k == "s":
                r.font.strike = True
        elif k == "g":  # checkbox glyph typed as text
            r = par.add_run(it[1])
            _font(r, it[2] if len(it) > 2 else "MS Gothic")
        elif k == "sym":
            par._p.append(parse_xml(f'<w:r {NSW}><w:sym w:font="{it[2] if len(it) > 2 else "Wingdings"}" w:char="{it[1]}"/></w:r>'))
        elif k == "cc":
            par._p.append(parse_xml(cc_xml(it[1])))
        elif k == "ff":
            for x in ff_xml(it[1], it[2] if len(it) > 2 else "default"):
                par._p.append(parse_xml(x))
        elif k in ("ins", "del"):
            a, d = it[2] if len(it) > 2 else ("Autors", "2026-01-01T10:00:00Z")
            if k == "ins":
                x = (f'<w:ins {NSW} w:id="{nid()}" w:author="{a}" w:date="{d}"><w:r>'
                     f'<w:t xml:space="preserve">{escape(it[1])}</w:t></w:r></w:ins>')
            else:
                x = (f'<w:del {NSW} w:id="{nid()}" w:author="{a}" w:date="{d}"><w:r>'
                     f'<w:delText xml:space="preserve">{escape(it[1])}</w:delText></w:r></w:del>')
            par._p.append(parse_xml(x))
        elif k == "tb":
            par._p.append(parse_xml(tb_xml(it[1])))
        else:
            raise ValueError(k)
    return par


ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def para(cont, spec="", align=None, size=None, style=None):
    p = cont.add_paragraph(style=style) if style else cont.add_paragraph()
    runs(p, spec)
    if align:
        p.alignment = ALIGN[align]
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


class P:
    """several paragraphs inside one cell"""

    def __init__(self, *paras):
        self.paras = paras


class Span:
    """a row made of one cell spanning the whole table"""

    def __init__(self, value, shade=None):
        self.value, self.shade = value, shade


class Nested:
    def __init__(self, rows, widths=None):
        self.rows, self.widths = rows, widths


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fill(cell, value):
    first = cell.paragraphs[0]
    if isinstance(value, Nested):
        table(cell, value.rows, widths=value.widths)
        return
    if isinstance(value, P):
        items = list(value.paras)
    elif isinstance(value, str):
        items = value.split("\n")
    else:
        items = [value]
    for i, it in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        runs(p, it)


def table(cont, data, widths=None, style="Table Grid", head=False, shade_col0=None, bold_col0=False):
    ncols = max(1 if isinstance(r, Span) else len(r) for r in data)
    t = cont.add_table(rows=len(data), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(data):
        cells = t.rows[i].cells
        if isinstance(row, Span):
            c = cells[0].merge(cells[-1]) if ncols > 1 else cells[0]
            fill(c, row.value)
            if row.shade:
                shade(c, row.shade)
            continue
        for j, v in enumerate(row):
            if bold_col0 and j == 0 and isinstance(v, str):
                v = [("b", v)]
            if head and i == 0 and isinstance(v, str):
                v = [("b", v)]
            fill(cells[j], v)
            if head and i == 0:
                shade(cells[j], "D9D9D9")
            if shade_col0 and j == 0:
                shade(cells[j], shade_col0)
    if widths:
        grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
        for j, gc in enumerate(grid):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(Cm(widths[j]).twips)))
        for row in t.rows:
            for j, c in enumerate(row.cells):
                if j < len(widths):
                    c.width = Cm(widths[j])
    return t


def vmerge(t, col, r1, r2):
    a = t.cell(r1, col)
    b = t.cell(r2, col)
    return a.merge(b)


def setup(d, font="Calibri", size=11, a4=True):
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is not None:
        rf.set(qn("w:eastAsia"), font)
    if a4:
        s = d.sections[0]
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.5)
        s.top_margin = s.bottom_margin = Cm(2)


def header(d, spec, align=None):
    p = d.sections[0].header.paragraphs[0]
    runs(p, spec)
    if align:
        p.alignment = ALIGN[align]
    return p


def footer(d, spec, align=None):
    p = d.sections[0].footer.paragraphs[0]
    runs(p, spec)
    if align:
        p.alignment = ALIGN[align]
    return p


def build(name, maker, rows=(), problems=(), note="", author="", created="2026-01-01 09:00", modby=None):
    assert name.startswith(PREFIX)
    d = Document()
    maker(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = modby if modby is not None else author
    cp.title = ""
    cp.created = dt.datetime.strptime(created, "%Y-%m-%d %H:%M")
    cp.modified = cp.created
    d.save(os.path.join(OUT, name))
    for r in rows:
        assert len(r) == 6 and r[1] in ("MIP", "PKE") and r[2] in ("supported", "needs_corrections", "not_supported", "unknown")
        ROWS.append((name,) + tuple(r))
    for p in problems:
        assert p in ("no_verdict", "unknown_qualification", "conflict")
        PROBS.append((name, p))
    NOTES.append((name, note))


# option wordings used by coordinators' templates
O1 = "Saturs ir atbalstāms un virzāms saskaņošanai"
O2 = "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
O3 = "Saturs nav atbalstāms"
o1, o2, o3 = "atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"

S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"


# ============================================================== 01
def f01(d):
    setup(d, "Times New Roman", 12)
    para(d, [("b", "EKSPERTĪZES ATZINUMS")], align="c")
    para(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu", align="c")
    table(d, [["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
              ["LKI līmenis", "4. LKI"],
              ["Nozare", "Kokrūpniecība"],
              ["Izstrādātājs", "Profesionālās izglītības iestāžu darba grupa (kokrūpniecība, 3. grupa)"],
              ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
              ["Atzinuma datums", "2026. gada 12. martā"]], widths=[6, 10], shade_col0="EDEDED")
    para(d)
    para(d, [("b", "1. MIP satura vērtējums")])
    para(d, [("i", "(atbilstošo atzīmēt ar „X”)")], size=10)
    table(d, [["Vērtējums", "Atzīme"], [O1, ""], [O2, "X"], [O3, ""]], widths=[13, 3], head=True)
    para(d, [("b", "Komentāri un ieteikumi: "),
             "Modulī „Mēbeļu virsmu apdare” jāpapildina sasniedzamie rezultāti ar ūdens bāzes apdares materiālu lietošanu "
             "un putekļu nosūces prasībām. B daļas moduļu stundu kopsumma (880 st.) neatbilst programmas kopējam apjomam – "
             "trūkst 40 stundu, lūdzu salāgot. Pārējā programma strukturēta loģiski, darba devēju prasības ņemtas vērā."], align="j")
    para(d)
    para(d, [("b", "2. PKE satura vērtējums")])
    para(d, [("i", "(atbilstošo atzīmēt ar „X”)")], size=10)
    table(d, [["Vērtējums", "Atzīme"], [O1, "X"], [O2, ""], [O3, ""]], widths=[13, 3], head=True)
    para(d, [("b", "Komentāri un ieteikumi: "),
             "Eksāmena praktiskais uzdevums (skapīša ar atvilktni izgatavošana pēc rasējuma) atbilst kvalifikācijas līmenim, "
             "vērtēšanas kritēriji ir skaidri un izmērāmi. Iebildumu nav."], align="j")


build("r5b01_Atzinums_Mēbeļu galdnieks_MIP_PKE_Kalniņa.docx", f01,
      rows=[("mēbeļu galdnieks", "MIP", NC, "Ilze Kalniņa", "2026-03-12", 4),
            ("mēbeļu galdnieks", "PKE", S, "Ilze Kalniņa", "2026-03-12", 4)],
      note="Key/value table (value right) + one option table per document, choice marked with X in a separate column. Expert/date in labelled cells.",
      author="Ilze Kalniņa", created="2026-03-12 14:20")


# ============================================================== 02
def f02(d):
    setup(d, "Arial", 10)
    para(d, [("b", "NOZARES EKSPERTA ATZINUMS")], align="c", size=13)
    L = "F2F2F2"
    table(d, [Span([("b", "Profesionālās kvalifikācijas nosaukums")], L), Span("Motorzāģa operators"),
              Span([("b", "Kvalifikācijas līmenis")], L), Span("LKI 3. līmenis"),
              Span([("b", "Vērtētais dokuments")], L),
              Span("Profesionālās kvalifikācijas eksāmena saturs (PKE). MIP ekspertīzi veic cits nozares eksperts, "
                   "tāpēc šajā atzinumā programma netiek vērtēta."),
              Span([("b", "Eksperta slēdziens")], L),
              Span(P([("g", "☒"), " PKE saturs ir atbalstāms un virzāms saskaņošanai"],
                     [("g", "☐"), " PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                     [("g", "☐"), " PKE saturs nav atbalstāms"])),
              Span([("b", "Pamatojums / piezīmes")], L),
              Span("Praktiskā uzdevuma vērtēšanas kritēriji ir skaidri, darba drošības prasības (aizsargaprīkojums, "
                   "drošā attāluma ievērošana, ķēdes bremzes pārbaude) ietvertas pilnā apjomā. Teorijas jautājumi atbilst "
                   "3. līmenim. Iebildumu nav."),
              Span([("b", "Eksperts")], L), Span("Andris Liepiņš"),
              Span([("b", "Datums")], L), Span("05.02.2026.")], widths=[16])


build("r5b02_PKE motorzaga operators - Liepins.docx", f02,
      rows=[("motorzāģa operators", "PKE", S, "Andris Liepiņš", "2026-02-05", 3)],
      note="Single-column form, labels in shaded rows with the value BELOW. ☒/☐ typed as MS Gothic text. Only PKE; MIP explicitly done by another expert -> no MIP row.",
      author="Laura Ozoliņa", created="2026-02-06 08:45")


# ============================================================== 03
def f03(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Atzinumi par MIP un PKE saturu (enerģētikas nozare) – galīgā redakcija")], size=13)
    para(d, "Labdien! Pēc sarunas ar darba grupu precizēju komentārus, zemāk kopsavilkums par abām kvalifikācijām.")
    t = table(d, [["Kvalifikācija", "Dokuments", "Vērtējums", "Piezīmes"],
                  ["Elektromontieris (LKI 3)", "MIP", "Atbalstāms, virzāms saskaņošanai", "–"],
                  ["", "PKE", "Atbalstāms pēc precizējumiem",
                   "Teorētiskajā daļā 12. un 17. jautājumam norādītas divas pareizās atbildes – jāizlabo, tad var virzīt saskaņošanai."],
                  ["Elektrotehniķis (LKI 4)", "MIP", "Nav atbalstāms",
                   "Programmā nav ietverts neviens modulis par atjaunojamo energoresursu (saules PV) iekārtām, kaut gan tas ir "
                   "profesionālās kvalifikācijas prasībās. Nepieciešama būtiska pārstrāde un atkārtota ekspertīze."],
                  ["", "PKE", "Atbalstāms un virzāms saskaņošanai", "Nav iebildumu."]],
              widths=[3.6, 2, 4.4, 6], head=True)
    vmerge(t, 0, 1, 2)
    vmerge(t, 0, 3, 4)
    para(d)
    para(d, "Rīgā, 2026-03-27")
    para(d, "Eksperts Raimonds Vītols")


build("r5b03_RE Elektromontieris un elektrotehnikis atzinumi galigais.docx", f03,
      rows=[("elektromontieris", "MIP", S, "Raimonds Vītols", "2026-03-27", 3),
            ("elektromontieris", "PKE", NC, "Raimonds Vītols", "2026-03-27", 3),
            ("elektrotehniķis", "MIP", NS, "Raimonds Vītols", "2026-03-27", 4),
            ("elektrotehniķis", "PKE", S, "Raimonds Vītols", "2026-03-27", 4)],
      note="Summary table kvalifikācija | dokuments | vērtējums | piezīmes, qualification cells vertically merged; free-text verdicts (short forms: 'Atbalstāms pēc precizējumiem'). Name/date below table.",
      author="Laura Ozoliņa", created="2026-03-27 17:05")


# ============================================================== 04
def f04(d):
    setup(d, "Calibri", 10)
    para(d, [("b", "MIP satura ekspertīze – kritēriju tabula")], size=13)
    table(d, [["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"],
              ["LKI", "4"],
              ["Vērtētais dokuments", "MIP (PKE saturs šajā posmā nav iesniegts un netiek vērtēts)"],
              ["Eksperte", "Gunta Zariņa"]], widths=[4.5, 11.5], bold_col0=True)
    para(d)
    table(d, [["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"],
              ["1.", "MIP struktūra atbilst modulārās programmas paraugam", "X", "", ""],
              ["2.", "Moduļu sasniedzamie rezultāti atbilst profesionālās kvalifikācijas prasībām", "", "X",
               "Nav ietverta CNC apstrādes centru programmēšana ar CAM programmatūru (5 asu apstrāde)."],
              ["3.", "Ietvertas nozarē aktuālās jaunās prasmes (digitālās, zaļās)", "", "X",
               "Digitālās prasmes ietvertas daļēji; trūkst ražošanas datu uzskaites sistēmu izmantošanas."],
              ["4.", "Moduļu apjoms un secība ir loģiska", "X", "", ""],
              ["5.", "Aprakstītas darba vidē balstītu mācību iespējas", "X", "", "Labi – konkrēti uzņēmumu piemēri."],
              ["6.", "Ietvertas darba aizsardzības un ugunsdrošības prasības", "X", "", ""],
              ["7.", "Vērtēšanas metodes atbilst sasniedzamajiem rezultātiem", "X", "", ""],
              Span([("b", "KOPĒJAIS VĒRTĒJUMS")], "D9D9D9"),
              ["", "MIP saturs ir atbalstāms", "X", "", ""],
              ["", "Pirms virzīšanas saskaņošanai nepieciešami precizējumi (sk. 2. un 3. kritēriju)", "X", "", ""]],
          widths=[1, 7, 1, 1, 6], head=True)
    para(d)
    table(d, [["Paraksts / datums", "_______________ / 18.03.2026."]], widths=[4.5, 11.5])


build("r5b04_DKIO_MIP_kriteriju tabula.docx", f04,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", NC, "Gunta Zariņa", "2026-03-18", 4)],
      note="Criterion table Jā/Nē (two criteria answered Nē) ending in overall rows as flags: 'atbalstāms' Jā + 'nepieciešami precizējumi' Jā -> needs_corrections. PKE explicitly not evaluated -> no row. Date only in 'Paraksts / datums' cell.",
      author="Gunta", created="2026-03-18 11:30")


# ============================================================== 05
def f05(d):
    setup(d, "Arial", 10)
    para(d, [("b", "Atzinums par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa (VGK sistēmu tehniķis, LKI 4) "
                   "MIP un PKE saturu")], size=12)
    para(d, "Enerģētikas nozare, projekta 5. posms")
    box = lambda on: ("sym", "F0FE" if on else "F0A8")
    table(d, [["Dokuments", "Vērtējums (atzīmēt)", "Piezīmes"],
              ["MIP", P([box(1), " atbalstāms un virzāms saskaņošanai"],
                        [box(0), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [box(0), " nav atbalstāms"]),
               "Programma sagatavota kvalitatīvi: moduļos iekļauta siltumsūkņu un rekuperācijas iekārtu apkope, "
               "F-gāzu apstrādes prasības, energoefektivitātes mērījumi. Iebildumu nav."],
              ["PKE", P([box(0), " atbalstāms un virzāms saskaņošanai"],
                        [box(0), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [box(1), " nav atbalstāms"]),
               "Praktiskās daļas uzdevums paredz tikai sadzīves split sistēmas montāžu; netiek pārbaudīta sistēmas "
               "regulēšana, gaisa plūsmu mērīšana un nodošana ekspluatācijā. Teorētiskajā daļā ap 30 % jautājumu atbilst "
               "LKI 3 līmenim. Eksāmena saturs jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."]],
          widths=[2.2, 6.3, 7.5], head=True)
    footer(d, "Eksperts: Normunds Ābele · 2026. gada 9. aprīlis", align="r")


build("r5b05_VGK sistēmu tehniķis MIP PKE.docx", f05,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", S, "Normunds Ābele", "2026-04-09", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", NS, "Normunds Ābele", "2026-04-09", 4)],
      note="Options marked with Wingdings w:sym (F0FE checked, F0A8 empty) – no text glyph. Qualification in genitive + alias 'VGK sistēmu tehniķis'. Expert and date ONLY in the page footer. Core author empty.",
      author="", created="2026-04-09 16:10")


# ============================================================== 06
def f06(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Mehatronisko sistēmu tehniķis — MIP un PKE satura ekspertīze")], size=14)
    table(d, [["Eksperts", "Māris Ozols"], ["Nozare", "Mašīnbūve un metālapstrāde"], ["LKI līmenis", "4"],
              ["Datums", "2026-03-20"]], widths=[4, 12], shade_col0="DEEAF6")
    para(d)
    para(d, [("b", "Vērtējums")], )
    table(d, [["Dokuments", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms; virzāms saskaņošanai pēc precizējumiem",
               "Nav atbalstāms"],
              ["MIP", [("cc", False)], [("cc", True)], [("cc", False)]],
              ["PKE", [("cc", False)], [("cc", True)], [("cc", False)]]], widths=[2.5, 4.5, 5, 4], head=True)
    para(d)
    para(d, [("b", "Nepieciešamie precizējumi")])
    table(d, [["MIP", P("1. Modulī „Pneimatisko un hidraulisko sistēmu apkope” papildināt ar IO-Link sensoru diagnostiku.",
                        "2. Precizēt PLC programmēšanas moduļa apjomu (norādīts 120 st., saturā aprakstītas tēmas 160 st. apjomā).")],
              ["PKE", "Praktiskā uzdevuma vērtēšanas lapā noteikt minimālo punktu skaitu darba drošības sadaļā; teorijas testā "
                      "izlabot 3 jautājumus, kas balstīti uz novecojušu standarta redakciju."]], widths=[2.5, 13.5])


build("r5b06_Mehatronisko sistemu tehnikis_atzinums_OZOLS.docx", f06,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", NC, "Māris Ozols", "2026-03-20", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", NC, "Māris Ozols", "2026-03-20", 4)],
      note="Matrix document x option with Word content-control checkboxes (w14:checkbox, checked state only in sdt). paragraph.text sees nothing in those cells.",
      author="Māris Ozols", created="2026-03-20 19:40")


# ============================================================== 07
def f07(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "MEŽA MAŠĪNU OPERATORA KVALIFIKĀCIJAS MIP UN PKE SATURA EKSPERTĪZE")], align="c")
    table(d, [["Kvalifikācija (LKI līmenis)", "Meža mašīnu operators (3)"], ["Eksperts", "Aivars Lūsis"],
              ["Datums", "2026. gada 24. februārī"]], widths=[6, 10])
    para(d)
    para(d, [("b", "A. Modulārā izglītības programma")])
    para(d, [("i", "Atzīmējiet atbilstošo")], size=9)
    table(d, [[[("ff", False)], "atbalstāms un virzāms saskaņošanai"],
              [[("ff", False)], "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
              [[("ff", True)], "nav atbalstāms"]], widths=[1, 15])
    para(d, [("b", "Pamatojums: "),
             "Programmā nav iekļauta harvestera un forvardera darbības simulatoru izmantošana, meža mašīnu tehniskā apkope "
             "aprakstīta virspusēji, nav ņemtas vērā 2025. gadā aktualizētās kvalifikācijas prasības par precīzās "
             "mežsaimniecības datiem. Pēc pārstrādes lūdzu nosūtīt atkārtotai ekspertīzei."], align="j")
    para(d)
    para(d, [("b", "B. Profesionālās kvalifikācijas eksāmens")])
    para(d, [("i", "Atzīmējiet atbilstošo")], size=9)
    table(d, [[[("ff", False)], "atbalstāms un virzāms saskaņošanai"],
              [[("ff", True)], "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
              [[("ff", False)], "nav atbalstāms"]], widths=[1, 15])
    para(d, [("b", "Pamatojums: "),
             "Eksāmena saturs kopumā atbilst. Jāprecizē praktiskā uzdevuma laika normatīvs (cirsmas izstrāde simulatorā – "
             "90 min ir par maz) un jāpievieno vērtēšanas kritēriji meža atjaunošanas prasību ievērošanai."], align="j")


build("r5b07_Meža mašīnu operators - ekspertīze (Lūsis).docx", f07,
      rows=[("meža mašīnu operators", "MIP", NS, "Aivars Lūsis", "2026-02-24", 3),
            ("meža mašīnu operators", "PKE", NC, "Aivars Lūsis", "2026-02-24", 3)],
      note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox/w:default=1 on the chosen one) – no text at all next to the choice. LKI as '(3)' after the name.",
      author="Laura Ozoliņa", created="2026-02-25 09:12")


# ============================================================== 08
def f08(d):
    setup(d, "Times New Roman", 12)
    para(d, [("b", "Ekspertes atzinums")], align="c", size=14)
    para(d, "Profesionālā kvalifikācija: koka izstrādājumu ražošanas tehniķis (LKI 4. līmenis)")
    para(d, "Nozare: kokrūpniecība")
    table(d, [["Dokuments", "Slēdziens (nevajadzīgo svītrot)"],
              ["MIP", P(["Saturs ir atbalstāms un virzāms saskaņošanai"],
                        [("s", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")],
                        [("s", "Saturs nav atbalstāms")])],
              ["PKE", P([("s", "Saturs ir atbalstāms un virzāms saskaņošanai")],
                        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [("s", "Saturs nav atbalstāms")])],
              ["Piezīmes", "PKE: praktiskajā daļā jāpievieno ražošanas procesa plānošanas uzdevums (materiālu patēriņa "
                           "aprēķins partijai), citādi netiek pārbaudīta tehniķa līmeņa kompetence. MIP – bez piezīmēm."]],
          widths=[3, 13], head=True)
    para(d)
    para(d, "Eksperte: Līga Vanaga")
    para(d, "Datums: 2026.gada 2.aprīlī")


build("r5b08_koka izstr raz tehnikis_Vanaga_02042026.docx", f08,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", S, "Līga Vanaga", "2026-04-02", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", NC, "Līga Vanaga", "2026-04-02", 4)],
      note="'Nevajadzīgo svītrot': all three options printed, the non-chosen ones carry w:strike. Header line key: value above table.",
      author="Līga Vanaga", created="2026-04-02 12:00")


# ============================================================== 09
def f09(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” MIP un PKE satura ekspertīzes atzinums")])
    table(d, [["Eksperts", "Edgars Strautiņš"], ["LKI līmenis", "4"], ["Izglītības programmas izstrādātājs", "darba grupa Nr. 5"]],
          widths=[6, 10])
    para(d)
    para(d, [("i", "Vērtējumu vajadzīgo pasvītrot")])
    table(d, [["MIP", ["atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai / ",
                       ("u", "nav atbalstāms")]],
              ["Komentārs", "Programmā nav ietverta logu un durvju bloku montāža un blīvēšana atbilstoši energoefektivitātes "
                            "prasībām, kas ir kvalifikācijas pamatā. Moduļu „Koka kāpņu izgatavošana” un „Būvgaldniecības "
                            "izstrādājumu montāža” saturs daļēji dublējas. Programma jāpārstrādā."],
              ["PKE", [("u", "atbalstāms un virzāms saskaņošanai"),
                       " / atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai / nav atbalstāms"]],
              ["Komentārs", "Eksāmena uzdevumi atbilst kvalifikācijas standartam, rasējumi kvalitatīvi."]],
          widths=[3, 13], bold_col0=True)
    para(d)
    table(d, [["Paraksts / datums", "E. Strautiņš, 14.04.2026."]], widths=[6, 10])


build("r5b09_Buvizstradajumu galdnieks atzinums.docx", f09,
      rows=[("būvizstrādājumu galdnieks", "MIP", NS, "Edgars Strautiņš", "2026-04-14", 4),
            ("būvizstrādājumu galdnieks", "PKE", S, "Edgars Strautiņš", "2026-04-14", 4)],
      note="'Vajadzīgo pasvītrot': options on one line separated by '/', chosen one underlined. Full name in key/value table, initial+surname and date in 'Paraksts / datums' cell (full name used).",
      author="Laura Ozoliņa", created="2026-04-15 08:30")


# ============================================================== 10
def f10(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Ekspertīzes atzinums: kokapstrādes iekārtu operators un datorizētu kokapstrādes iekārtu operators")], size=13)
    para(d, [("i", "(izvēlēto variantu iezīmēt treknrakstā)")])

    def opts(k):
        return P(*[[("b", t)] if i == k else [t] for i, t in enumerate(
            ["atbalstāms un virzāms saskaņošanai", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"])])

    t = table(d, [["Kvalifikācija", "Dokuments", "Vērtējums", "Komentārs"],
                  ["Kokapstrādes iekārtu operators (LKI 3)", "MIP", opts(1),
                   "Precizēt moduļa „Zāģēšanas iekārtu apkalpošana” sasniedzamos rezultātus (lentzāģu asināšana)."],
                  ["", "PKE", opts(0), ""],
                  ["Datorizētu kokapstrādes iekārtu operators (LKI 4)", "MIP", opts(0), "Labojumi pēc 18.03. atzinuma veikti."],
                  ["", "PKE", opts(2),
                   "Praktiskais uzdevums nav izpildāms bez CNC iekārtas ar 5 asīm, kāda nav pieejama lielākajā daļā skolu; "
                   "uzdevums jāpārstrādā un jāiesniedz atkārtoti."]],
              widths=[4, 2, 5.5, 4.5], head=True)
    vmerge(t, 0, 1, 2)
    vmerge(t, 0, 3, 4)
    para(d)
    para(d, "Eksperts: ______________________")
    para(d, "Aizpildīšanas datums: 2026. gada 29. aprīlī")


build("r5b10_Kokapstrades operatori MIP PKE (2 kvalifikacijas).docx", f10,
      rows=[("kokapstrādes iekārtu operators", "MIP", NC, "", "2026-04-29", 3),
            ("kokapstrādes iekārtu operators", "PKE", S, "", "2026-04-29", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", S, "", "2026-04-29", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", NS, "", "2026-04-29", 4)],
      note="Two qualifications, options listed in each cell, chosen one in BOLD ('iezīmēt treknrakstā'). Expert line left blank -> expert empty (core author is the coordinator, must not be taken).",
      author="Laura Ozoliņa", created="2026-04-30 10:05")


# ============================================================== 11
def f11(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "No: "), "Dace Kļaviņa <dace.klavina@kokserviss.lv>"])
    para(d, [("b", "Nosūtīts: "), "ceturtdiena, 2026. gada 7. maijs 16:42"])
    para(d, [("b", "Kam: "), "Laura Ozoliņa <laura.ozolina@lddk.lv>"])
    para(d, [("b", "Tēma: "), "RE: Ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)"])
    para(d)
    para(d, "Labdien, Laura!")
    para(d, "Izskatīju abus dokumentus. Programmu var virzīt saskaņošanai tādu, kāda tā ir – bez precizējumiem. Ar eksāmenu "
            "ir sīkums: vērtēšanas lapā punktu summa nesakrīt ar maksimālo (sanāk 95, nevis 100), un 2. praktiskajā uzdevumā "
            "nav norādīts, kurā kvalitātes klasē jāšķiro zāģmateriāli. Kad to izlabos, arī PKE droši var virzīt tālāk.")
    table(d, [["Dokuments", "Mans vērtējums", "Komentārs"],
              ["MIP", "Atbalstāms un virzāms saskaņošanai", "–"],
              ["PKE", "Atbalstāms, virzāms pēc precizējumiem", "sk. augstāk (punktu summa, kvalitātes klase)"]],
          widths=[2.5, 6, 7.5], head=True)
    para(d)
    para(d, "Ar cieņu")
    para(d, "Dace Kļaviņa")
    para(d, "SIA „Kokserviss”, ražošanas vadītāja")
    para(d)
    para(d, "________________________________")
    para(d, [("b", "No: "), "Laura Ozoliņa <laura.ozolina@lddk.lv>"])
    para(d, [("b", "Nosūtīts: "), "pirmdiena, 2026. gada 27. aprīlis 10:15"])
    para(d, [("b", "Kam: "), "Dace Kļaviņa <dace.klavina@kokserviss.lv>"])
    para(d, [("b", "Tēma: "), "Ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)"])
    para(d)
    para(d, "Labdien, Dace!")
    para(d, "Pielikumā kokapstrādes iekārtu operatora (LKI 3) MIP un PKE saturs ekspertīzei. Lūdzu atzinumā katram dokumentam "
            "norādīt vienu no vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc "
            "precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Atzinumu lūdzu atsūtīt līdz 8. maijam.")
    para(d, "Paldies!")
    para(d, "Laura Ozoliņa")
    para(d, "LDDK projekta koordinatore")


build("r5b11_RE Ekspertize - kokapstrades iekartu operators.docx", f11,
      rows=[("kokapstrādes iekārtu operators", "MIP", S, "Dace Kļaviņa", "2026-05-07", 3),
            ("kokapstrādes iekārtu operators", "PKE", NC, "Dace Kļaviņa", "2026-05-07", 3)],
      note="Outlook e-mail printed to Word, Latvian headers (No/Nosūtīts/Kam/Tēma); verdict in prose ('bez precizējumiem', 'kad to izlabos … var virzīt') AND in a small table; quoted coordinator request below lists all three options. Date = expert's send date.",
      author="Laura Ozoliņa", created="2026-05-08 09:00")


# ============================================================== 12
def f12(d):
    setup(d, "Arial", 10)
    para(d, "From: Valdis Krumins <valdis.krumins@gmail.com>")
    para(d, "Date: Tue, 21 Apr 2026 at 08:15")
    para(d, "Subject: Re: PKE mezsaimniecibas tehnikis")
    para(d, "To: Evija Rudzīte <evija.rudzite@lddk.lv>")
    para(d)
    para(d, "Sveika, Evija,")
    para(d, "PKE saturu izskatiju. Atbalstu, var virzit saskanosanai – uzdevumi atbilst 4. LKI limenim, vertesanas kriteriji "
            "saprotami, tehnisku kludu neatradu.")
    para(d, "MIP es neskatiju, par to atzinumu sniegs Sandra Berzina (ka vienojamies sapulce).")
    para(d, "Sikas piezimes (nav obligatas): 1) 7. jautajuma attels slikti salasams; 2) varetu pievienot meza inventarizacijas "
            "datu apstradi planshete, bet tas nav butiski.")
    para(d, "Valdis")
    para(d)
    para(d, "On Mon, 13 Apr 2026 at 11:02, Evija Rudzīte <evija.rudzite@lddk.lv> wrote:")
    for l in ["> Labdien, Valdi!", "> Pielikumā mežsaimniecības tehniķa PKE saturs (LKI 4).",
              "> Lūdzu sniegt vērtējumu – atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumiem virzāms "
              "saskaņošanai / nav atbalstāms – līdz 20. aprīlim.", "> Paldies,", "> Evija Rudzīte, LDDK"]:
        para(d, [("i", l)])


build("r5b12_Re PKE mezsaimniecibas tehnikis.docx", f12,
      rows=[("mežsaimniecības tehniķis", "PKE", S, "Valdis Krumins", "2026-04-21", 4)],
      note="Gmail reply with English headers, body without diacritics ('Atbalstu, var virzit saskanosanai'); MIP explicitly not reviewed (another expert named: Sandra Berzina) -> no MIP row; quoted request lists all options. Expert as written (no diacritics).",
      author="Evija Rudzīte", created="2026-04-21 09:30")


# ============================================================== 13
def f13(d):
    setup(d, "Cambria", 11)
    header(d, [("b", "SIA „Zemgales Elektroserviss”")], align="c")
    p = d.sections[0].header.add_paragraph()
    runs(p, "Reģ. Nr. 40103987654 · Loka maģistrāle 17, Jelgava, LV-3001 · info@zelektroserviss.lv")
    p.alignment = ALIGN["c"]
    para(d, "Jelgavā, 16.06.2026.                                                                      Nr. 16-06/3")
    para(d)
    para(d, "Latvijas Darba devēju konfederācijai", align="r")
    para(d, "projekta koordinatorei L. Ozoliņai", align="r")
    para(d)
    para(d, [("b", "Par profesionālās kvalifikācijas „Elektrotehniķis” MIP un PKE satura atkārtotu ekspertīzi")])
    para(d, "Atbilstoši LDDK deleģējumam esmu atkārtoti izvērtējis elektrotehniķa (LKI 4. līmenis) modulārās izglītības "
            "programmas un profesionālās kvalifikācijas eksāmena saturu pēc darba grupas veiktajiem labojumiem. Iepriekšējā "
            "ekspertīzē (27.03.2026.) programma netika atbalstīta, jo tajā nebija ietverta atjaunojamās enerģētikas tematika.",
         align="j")
    table(d, [["Dokuments", "Slēdziens", "Pamatojums"],
              ["MIP", "Atbalstāma un virzāma saskaņošanai",
               "Iekļauts modulis „Saules elektrostaciju montāža un apkope” (80 st.), papildināti elektroietaišu pārbaudes "
               "moduļa sasniedzamie rezultāti. Iepriekš norādītie trūkumi novērsti."],
              ["PKE", "Atbalstāms un virzāms saskaņošanai",
               "Eksāmena saturs kopš 27.03.2026. atzinuma nav mainīts; tas atbilst kvalifikācijas prasībām, iebildumu nav."]],
          widths=[2.3, 5, 8.7], head=True)
    para(d)
    table(d, [["Nozares eksperts", "Raimonds Vītols"], ["Paraksts / datums", "____________ / 16.06.2026."]],
          widths=[5, 11], style=None)
    para(d)
    para(d, [("i", "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU")], size=8)


build("r5b13_Zemgales Elektroserviss vestule_elektrotehnikis.docx", f13,
      rows=[("elektrotehniķis", "MIP", S, "Raimonds Vītols", "2026-06-16", 4),
            ("elektrotehniķis", "PKE", S, "Raimonds Vītols", "2026-06-16", 4)],
      note="Company letterhead in page header, formal letter; history sentence ('programma netika atbalstīta') must not count; feminine 'Atbalstāma un virzāma' for programma; name in borderless signature table, date in 'Paraksts / datums'.",
      author="R.Vītols", created="2026-06-16 15:45")


# ============================================================== 14
def f14(d):
    setup(d, "Calibri", 11)
    A = ("Kristīne Saulīte", "2026-02-17T13:05:00Z")
    para(d, [("b", "Atzinums par MIP saturu")], size=14)
    para(d, [("i", "Atzinums precizēts pēc darba grupas iesniegtās 2. redakcijas.")])
    table(d, [["Profesionālā kvalifikācija", "Motorzāģa operators (LKI 3)"],
              ["Izvērtētais dokuments", "Modulārā izglītības programma (MIP). PKE vērtēts atsevišķā atzinumā."],
              ["Eksperte", "Kristīne Saulīte"],
              ["Datums", [("del", "03.02.2026.", A), ("ins", "17.02.2026.", A)]],
              ["Būtiskākie komentāri",
               P("1. Modulī „Koku gāšana” jāprecizē sasniedzamie rezultāti par koku gāšanu sarežģītos apstākļos (vējgāzes).",
                 ["2. ", ("del", "Programmā nav ietverts modulis par motorzāģa tehnisko apkopi, tādēļ to nevar virzīt tālāk.", A),
                  ("ins", "Modulis par motorzāģa tehnisko apkopi ir pievienots, jāprecizē tā sasniedzamie rezultāti un apjoms.", A)])],
              ["Slēdziens", [("del", "Saturs nav atbalstāms.", A),
                             ("ins", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.", A)]]],
          widths=[5, 11], shade_col0="F2F2F2")


build("r5b14_Motorzaga operators MIP atzinums_labots.docx", f14,
      rows=[("motorzāģa operators", "MIP", NC, "Kristīne Saulīte", "2026-02-17", 3)],
      note="Track changes: old verdict 'nav atbalstāms' and old date inside w:del, new verdict and date inside w:ins (python-docx paragraph.text drops the w:ins runs). Only MIP; PKE in a separate review.",
      author="Kristīne Saulīte", created="2026-02-03 10:00")


# ============================================================== 15
def f15(d):
    setup(d, "Calibri", 10)
    para(d, [("b", "Eksperta atzinumu kopsavilkums (kokrūpniecības nozare, 5. posms)")], size=13)
    para(d, "Eksperts: Ojārs Cīrulis")
    para(d, "Datums: 2026. gada 30. aprīlis")
    para(d, [("i", "Apzīmējumi: A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, pēc precizējumu "
                   "veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms; „–” – dokuments nav iesniegts / netika vērtēts.")],
         size=9)
    table(d, [["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
              ["1.", "Mēbeļu galdnieks", "4", "AP", "A", "MIP: 2. modulī papildināt darba aizsardzības prasības darbam ar CNC urbšanas iekārtām."],
              ["2.", "Būvizstrādājumu galdnieks", "4", "A", "AP", "PKE: precizēt praktiskā uzdevuma rasējuma mērogu un pielaides."],
              ["3.", "Kokapstrādes iekārtu operators", "3", "N", "–",
               "MIP: nav ievērota 2025. gadā aktualizētā nozares kvalifikāciju struktūra, programma jāpārstrādā. PKE nav iesniegts."],
              ["4.", "Koka izstrādājumu ražošanas tehniķis", "4", "A", "AP", "PKE: teorijas testā 5 jautājumi neatbilst LKI 4. līmenim."]],
          widths=[1, 4.5, 1.2, 1.3, 1.3, 6.7], head=True)


build("r5b15_Kokrūpniecības kvalifikācijas_kopsavilkums_Cīrulis.docx", f15,
      rows=[("mēbeļu galdnieks", "MIP", NC, "Ojārs Cīrulis", "2026-04-30", 4),
            ("mēbeļu galdnieks", "PKE", S, "Ojārs Cīrulis", "2026-04-30", 4),
            ("būvizstrādājumu galdnieks", "MIP", S, "Ojārs Cīrulis", "2026-04-30", 4),
            ("būvizstrādājumu galdnieks", "PKE", NC, "Ojārs Cīrulis", "2026-04-30", 4),
            ("kokapstrādes iekārtu operators", "MIP", NS, "Ojārs Cīrulis", "2026-04-30", 3),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", S, "Ojārs Cīrulis", "2026-04-30", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", NC, "Ojārs Cīrulis", "2026-04-30", 4)],
      note="Expert's own multi-qualification matrix (4 qualifications x MIP/PKE) with coded verdicts A/AP/N explained in a legend; one PKE '–' = not submitted -> no row.",
      author="Ojārs Cīrulis", created="2026-04-30 18:20")


# ============================================================== 16
def f16(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "EKSPERTĪZES ATZINUMS")], align="c")
    table(d, [["Profesionālā kvalifikācija", "kokgriezējs"], ["LKI līmenis", "3"], ["Nozare", "Kokrūpniecība"],
              ["Eksperte", "Sandra Bērziņa"], ["Datums", "19.05.2026"]], widths=[5, 11], bold_col0=True)
    para(d)
    table(d, [["", "MIP", "PKE"],
              [o1, "✓", ""], [o2, "", "✓"], [o3, "", ""],
              ["Piezīmes", "Programma labi sabalansēta, iekļauta gan tradicionālā, gan CNC kokgriešana.",
               "Jāprecizē eksāmena darba izmēri un pieļaujamās novirzes; vērtēšanas lapā trūkst kritērija par virsmas apdari."]],
          widths=[7, 4.5, 4.5], head=True)
    para(d, [("i", "Kvalifikācija nav iekļauta sākotnējā ekspertīžu sarakstā; vērtēta pēc VISC lūguma.")], size=9)


build("r5b16_Kokgriezejs_MIP_PKE.docx", f16,
      rows=[("kokgriezējs", "MIP", S, "Sandra Bērziņa", "2026-05-19", 3),
            ("kokgriezējs", "PKE", NC, "Sandra Bērziņa", "2026-05-19", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (kokgriezējs, LKI 3 stated). Options as rows, documents as columns, ✓ in the cell.",
      author="Sandra", created="2026-05-19 21:10")


# ============================================================== 17
def f17(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Atzinums par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka kvalifikācijas dokumentiem")])
    table(d, [["LKI", "3. līmenis"], ["Eksperte", "Inese Pūce"], ["Datums", "05.05.2026."]], widths=[4, 12])
    para(d)
    table(d, [["Dokuments", "Vērtējums", "Piezīmes"],
              ["MIP", P([("g", "☐"), " atbalstāms un virzāms saskaņošanai"],
                        [("g", "☒"), " atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [("g", "☐"), " nav atbalstāms"]),
               "Papildināt moduli par aukstumaģentu noplūdes pārbaudi; precizēt praktisko mācību apjomu uzņēmumā."],
              ["PKE", P([("g", "☐"), " atbalstāms un virzāms saskaņošanai"],
                        [("g", "☐"), " atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [("g", "☐"), " nav atbalstāms"]),
               "Eksāmena praktiskā daļa izskatīta, skat. komentārus pielikumā. Teorijas jautājumu bankā vairāki jautājumi "
               "dublējas (Nr. 14 un 22, 31 un 40), dažiem nav norādīta pareizā atbilde. Gala vērtējumu sniegšu pēc tikšanās "
               "ar darba grupu."]], widths=[2.2, 6.8, 7], head=True)


build("r5b17_VGK iekartu remontatslednieks_atzinums.docx", f17,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NC, "Inese Pūce", "2026-05-05", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", U, "Inese Pūce", "2026-05-05", 3)],
      problems=["no_verdict"],
      note="Typed ☒/☐ glyphs; PKE has all boxes empty and the remark defers the verdict ('Gala vērtējumu sniegšu pēc tikšanās') -> unknown + no_verdict. Qualification in genitive in the title.",
      author="Inese Pūce", created="2026-05-05 13:50")


# ============================================================== 18
def f18(d):
    setup(d, "Arial", 10)
    para(d, [("b", "Elektromontieris (LKI 3) — MIP un PKE satura atzinums, v2")], size=12)
    table(d, [["Eksperts:", "Juris Kalējs"], ["Datums:", "28.04.2026"]], widths=[3, 13], style=None)
    para(d)
    table(d, [["", "MIP", "PKE"],
              ["Saturs ir atbalstāms un virzāms saskaņošanai", [("g", "☐")], [("g", "☒")]],
              ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("g", "☒")], [("g", "☐")]],
              ["Saturs nav atbalstāms", [("g", "☐")], [("g", "☒")]],
              ["Piezīmes", "Precizēt elektrodrošības grupas piešķiršanas nosacījumus 6. modulī.",
               "Praktiskais uzdevums – elektroinstalācijas montāža dzīvoklī, pārbaudes mērījumi."]],
          widths=[8, 4, 4], head=True)


build("r5b18_Elektromontieris PKE MIP atzinums v2.docx", f18,
      rows=[("elektromontieris", "MIP", NC, "Juris Kalējs", "2026-04-28", 3),
            ("elektromontieris", "PKE", U, "Juris Kalējs", "2026-04-28", 3)],
      problems=["conflict"],
      note="Grid options x documents with ☒ glyphs; PKE has BOTH 'atbalstāms un virzāms' and 'nav atbalstāms' ticked, neutral remark -> unknown + conflict.",
      author="Juris Kalējs", created="2026-04-28 22:05")


# ============================================================== 19
def f19(d):
    setup(d, "Calibri", 11)
    header(d, "LDDK nozares eksperta atzinums  |  Eksperts: Aivars Lūsis  |  2026-05-26", align="r")
    para(d, [("b", "Atkārtota ekspertīze")], size=14)
    table(d, [["Kvalifikācija", "Meža mašīnu operators"], ["LKI", "3"],
              ["Vērtētais dokuments", "MIP (2. redakcija). PKE šajā kārtā netiek vērtēts – par to sniegts atzinums 24.02.2026."],
              ["Iepriekšējais vērtējums", "24.02.2026.: saturs nav atbalstāms"]], widths=[5, 11], bold_col0=True)
    para(d)
    table(d, [["Novērtējums", "X"], [O1, "X"], [O2, ""], [O3, ""]], widths=[14, 2], head=True)
    para(d)
    table(d, [["Komentāri", "Iekļauts simulatoru apmācības modulis, tehniskās apkopes saturs paplašināts atbilstoši ieteikumiem. "
                            "Iebildumu nav."]], widths=[4, 12])


build("r5b19_atzinums MIP meža mašīnu operators atkārtoti.docx", f19,
      rows=[("meža mašīnu operators", "MIP", S, "Aivars Lūsis", "2026-05-26", 3)],
      note="Expert name and date ONLY in the page header. Earlier 'nav atbalstāms' appears as history row (must not count). PKE explicitly not re-evaluated -> no row.",
      author="", created="2026-05-26 07:55")


# ============================================================== 20
def f20(d):
    setup(d, "Segoe UI", 10)
    para(d, [("b", "DKIO – PKE saturs (5. posms)")], size=13)
    para(d, "Kvalifikācija: datorizētu kokapstrādes iekārtu operators, 4. LKI")
    para(d, "Dokuments: PKE. MIP – skat. manu 18.03.2026. atzinumu, šeit netiek vērtēta.")
    table(d, [["Eksperta vērtējums", "Komentāri"],
              [P("    atbalstāms un virzāms saskaņošanai", "✓  atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                 "    nav atbalstāms"),
               "Praktiskajā uzdevumā jānorāda CNC programmas pārbaudes kārtība simulācijas režīmā pirms apstrādes; "
               "vērtēšanas kritērijos trūkst instrumentu nomaiņas un nulles punkta iestatīšanas."]],
          widths=[8, 8], head=True)
    para(d)
    para(d, "Gunta Zariņa, 03.06.2026")


build("r5b20_DKIO PKE Zariņa.docx", f20,
      rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", NC, "Gunta Zariņa", "2026-06-03", 4)],
      note="Expert-redesigned 2-column table: all options in one cell, the chosen one prefixed with ✓ (others indented with spaces). Abbreviation DKIO in title. MIP explicitly not evaluated -> no row. Name+date in a bare closing line.",
      author="Laura Ozoliņa", created="2026-06-04 08:10")


# ============================================================== 21
def f21(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "MIP satura ekspertīze")], size=14)
    table(d, [["Kvalifikācija", "Mežsaimniecības tehniķis (LKI 4)"],
              ["Dokuments", "MIP (PKE vērtē V. Krūmiņš, šajā atzinumā netiek vērtēts)"],
              ["Vērtējums", Nested([["atbalstāms un virzāms saskaņošanai", ""],
                                    ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "V"],
                                    ["nav atbalstāms", ""]], widths=[9, 1.5])],
              ["Precizējamie jautājumi", P("1) Modulī „Meža inventarizācija” iekļaut tālizpētes (LiDAR) datu izmantošanu.",
                                           "2) Precizēt prakses uzņēmumā apjomu – kopsummā neatbilst plānam.")],
              ["Eksperte", "Sandra Bērziņa"], ["Datums", "24.04.2026."]], widths=[4.5, 11.5], bold_col0=True)


build("r5b21_Mezsaimniecibas tehnikis MIP_Berzina.docx", f21,
      rows=[("mežsaimniecības tehniķis", "MIP", NC, "Sandra Bērziņa", "2026-04-24", 4)],
      note="Key/value table with a NESTED options table inside the 'Vērtējums' cell, choice marked 'V'. Another expert (V. Krūmiņš) named for PKE -> no PKE row, must not be taken as author.",
      author="Sandra Bērziņa", created="2026-04-24 16:00")


# ============================================================== 22
def f22(d):
    setup(d, "Times New Roman", 12)
    p = para(d, [("b", "PKE satura atkārtotas ekspertīzes atzinums"),
                 ("tb", ["Eksperte: Līga Vanaga", "2026. gada 11. maijs"])])
    para(d)
    para(d)
    para(d, "Profesionālā kvalifikācija: koka izstrādājumu ražošanas tehniķis (4. LKI)")
    para(d, "Šis atzinums attiecas tikai uz PKE (atkārtota ekspertīze pēc precizējumiem).")
    para(d, "Iepriekšējais atzinums 02.04.2026.: atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.")
    para(d)
    table(d, [[[("ff", True, "checked")], "Saturs ir atbalstāms un virzāms saskaņošanai"],
              [[("ff", False, "checked")], "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
              [[("ff", False, "checked")], "Saturs nav atbalstāms"]], widths=[1, 15])
    para(d)
    para(d, "Piezīmes: ražošanas procesa plānošanas uzdevums pievienots, materiālu patēriņa aprēķins korekts.")


build("r5b22_KIRT PKE atkartoti galigais.docx", f22,
      rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", S, "Līga Vanaga", "2026-05-11", 4)],
      note="Legacy FORMCHECKBOX with state in w:checked (w:default=0). Expert/date only inside a VML text box (w:txbxContent). Previous round's verdict quoted as history. 'attiecas tikai uz PKE' -> no MIP row.",
      author="Laura Ozoliņa", created="2026-05-12 10:00")


# ============================================================== 23
def f23(d):
    setup(d, "Times New Roman", 11)
    para(d, [("b", "NOZARES EKSPERTA ATZINUMS PAR IZGLĪTĪBAS PROGRAMMAS UN KVALIFIKĀCIJAS EKSĀMENA SATURU")], align="c")
    table(d, [["Profesionālā kvalifikācija:", "Mēbeļu galdnieks"],
              ["Profesionālās kvalifikācijas līmenis (PKL):", "3"],
              ["Eksperts:", "Oskars Zālītis"],
              ["Datums:", "2026. gada 7. jūlijā"]], widths=[7, 9], style=None)
    para(d)
    table(d, [["1. Izglītības programma (MIP)", P("[X] " + o1, "[  ] " + o2, "[  ] " + o3)],
              ["2. Kvalifikācijas eksāmens (PKE)", P("[  ] " + o1, "[  ] " + o2, "[X] " + o3)],
              ["Pamatojums", "PKE: eksāmena praktiskais uzdevums pēc satura sakrīt ar iepriekšējā gada uzdevumu un nepārbauda "
                             "jaunās prasmes (CNC apstrādes sagatavošana, ilgtspējīgi apdares materiāli). Jāizstrādā no jauna."]],
          widths=[5, 11])


build("r5b23_Mebelu galdnieks_PKL3_Zalitis.docx", f23,
      rows=[("mēbeļu galdnieks", "MIP", S, "Oskars Zālītis", "2026-07-07", 4),
            ("mēbeļu galdnieks", "PKE", NS, "Oskars Zālītis", "2026-07-07", 4)],
      note="Old template with 'PKL: 3' (old level; PKL 3 = LKI 4). Marks typed as '[X]' / '[  ]' in text. Borderless label table.",
      author="Oskars Zālītis", created="2026-07-07 12:40")


# ============================================================== 24
def f24(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Mehatronisko sistēmu tehniķis – MIP atkārtotas ekspertīzes atzinums")], size=13)
    table(d, [["Kvalifikācija", "Mehatronisko sistēmu tehniķis"], ["LKI", "4"],
              ["Dokuments", "MIP (šis atzinums attiecas tikai uz MIP)"], ["Atzinuma datums", "15.05.2026."],
              ["Eksperts", "Māris Ozols"]], widths=[5, 11], shade_col0="DEEAF6")
    para(d)
    para(d, [("b", "Ekspertīzes vēsture")])
    table(d, [["Kārta", "Datums", "Vērtējums", "Piezīmes"],
              ["1.", "20.03.2026.", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "IO-Link diagnostika, PLC moduļa apjoms"],
              ["2. (atkārtota)", "15.05.2026.", "atbalstāms un virzāms saskaņošanai", "Precizējumi veikti pilnā apjomā."]],
          widths=[2.5, 2.5, 6, 5], head=True)
    para(d)
    para(d, [("b", "Slēdziens: "), "MIP saturs ir atbalstāms un virzāms saskaņošanai."])


build("r5b24_Mehatronika MIP atk ekspertize.docx", f24,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", S, "Māris Ozols", "2026-05-15", 4)],
      note="History table of review rounds (round 1 needs corrections, round 2 supported) plus an explicit 'Slēdziens'; current = round 2. Only MIP.",
      author="Māris Ozols", created="2026-05-15 17:30")


# ============================================================== 25
def f25(d):
    setup(d, "Times New Roman", 11)
    para(d, [("b", "EKSPERTĪZES ATZINUMS (atkārtots)")], align="c", size=13)
    para(d, "par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” (LKI 4) modulārās izglītības programmas un "
            "profesionālās kvalifikācijas eksāmena saturu", align="c")
    table(d, [["Eksperts", "Edgars Strautiņš"], ["Nozare", "Kokrūpniecība"], ["Darba grupa", "Nr. 5"],
              ["Iepriekšējā ekspertīze", "14.04.2026. – MIP netika atbalstīta, PKE atbalstīts"]], widths=[5, 11], bold_col0=True)
    para(d)
    para(d, [("b", "I. MIP satura izvērtējums")])
    table(d, [["Nr.", "Vērtēšanas aspekts", "Atbilst", "Eksperta komentārs"],
              ["1.", "Programmas mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "Jā",
               "Pēc pārstrādes mērķis formulēts precīzi, ietverta logu un durvju bloku montāža un blīvēšana."],
              ["2.", "Moduļu struktūra un pēctecība", "Jā",
               "Dublēšanās starp moduļiem „Koka kāpņu izgatavošana” un „Būvgaldniecības izstrādājumu montāža” novērsta."],
              ["3.", "Nozarē aktuālās jaunās prasmes", "Daļēji",
               "Ietverta energoefektivitāte; digitālās prasmes (rasējumu sagatavošana CAD vidē, ražošanas plānošana) "
               "aprakstītas vispārīgi, bez konkrētiem sasniedzamajiem rezultātiem."],
              ["4.", "Moduļu apjoms", "Nē",
               "4. modulis „Koka kāpņu izgatavošana” šādā redakcijā nav atbalstāms – apjoms (160 st.) nesamērīgs ar citiem "
               "moduļiem. Iesaku samazināt līdz 100 st. un atbrīvoto apjomu novirzīt logu montāžai."],
              ["5.", "Darba vidē balstītas mācības", "Jā", "Aprakstītas konkrēti, ar uzņēmumu piemēriem."],
              ["6.", "Vērtēšana", "Daļēji",
               "Moduļu noslēguma pārbaudījumos jānorāda vērtēšanas kritēriji praktiskajiem darbiem (šobrīd tikai „ieskaitīts/"
               "neieskaitīts” bez kritērijiem)."]],
          widths=[1, 5, 1.8, 8.2], head=True)
    para(d)
    para(d, [("b", "II. PKE satura izvērtējums")])
    table(d, [["Nr.", "Vērtēšanas aspekts", "Atbilst", "Eksperta komentārs"],
              ["1.", "Eksāmena struktūra (teorētiskā un praktiskā daļa)", "Jā", "Bez izmaiņām kopš 14.04.2026."],
              ["2.", "Praktiskā uzdevuma atbilstība kvalifikācijai", "Jā",
               "Loga rāmja izgatavošana un montāža – atbilst līmenim un darba tirgus vajadzībām."],
              ["3.", "Vērtēšanas kritēriji", "Jā", "Skaidri, izmērāmi."],
              ["4.", "Teorijas jautājumi", "Jā", "Neliela tehniska piezīme: 23. jautājumā drukas kļūda (nav būtiski)."]],
          widths=[1, 5, 1.8, 8.2], head=True)
    para(d)
    para(d, [("b", "III. SLĒDZIENS")])
    table(d, [["Dokuments", "Slēdziens"],
              ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas (sk. I daļas 4. un 6. punktu) virzāms saskaņošanai."],
              ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai."]], widths=[3, 13], head=True)
    para(d)
    table(d, [["Paraksts / datums", "Edgars Strautiņš / 10.06.2026."]], widths=[5, 11])


build("r5b25_Būvizstrādājumu galdnieks_MIP_PKE_Strautiņš_galīgais.docx", f25,
      rows=[("būvizstrādājumu galdnieks", "MIP", NC, "Edgars Strautiņš", "2026-06-10", 4),
            ("būvizstrādājumu galdnieks", "PKE", S, "Edgars Strautiņš", "2026-06-10", 4)],
      note="Long (2 pages) criterion tables with prose; body says a module 'šādā redakcijā nav atbalstāms' and history row quotes the earlier rejection – the 'III. SLĒDZIENS' table outranks both.",
      author="Edgars Strautiņš", created="2026-06-10 20:15")


# ============================================================== 26
def f26(d):
    setup(d, "Arial", 10)
    para(d, "atzinums - kokrupn. (motorzaga op., meza masinu op.)")
    table(d, [["Kvalifikacija", "MIP", "PKE", "piezimes"],
              ["Motorzaga operators", "atbalstams, pec precizejumu veiksanas virzams saskanosanai", "neatbalstu",
               "MIP - 3.modulim jaizlabo stundu skaits. PKE - praktiskais uzdevums nav izpildams 4 h laika, japarstrada"],
              ["Meza masinu operators", "ok, virzams saskanosanai", "atbalstams un virzams saskanosanai", "-"]],
          widths=[3.5, 4.5, 3.5, 4.5], head=True)
    para(d)
    para(d, "Janis Berzins, 9.6.2026")


build("r5b26_atzinums motorzaga_meza masinu.docx", f26,
      rows=[("motorzāģa operators", "MIP", NC, "Janis Berzins", "2026-06-09", 3),
            ("motorzāģa operators", "PKE", NS, "Janis Berzins", "2026-06-09", 3),
            ("meža mašīnu operators", "MIP", S, "Janis Berzins", "2026-06-09", 3),
            ("meža mašīnu operators", "PKE", S, "Janis Berzins", "2026-06-09", 3)],
      note="Hasty, no diacritics at all (names, qualifications, verdicts), first person 'neatbalstu', colloquial 'ok, virzams saskanosanai'; date 9.6.2026 without leading zeros.",
      author="", created="2026-06-09 23:40")


# ============================================================== 27
def f27(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Ekspertīzes veidlapa")], align="c", size=14)
    para(d, "Kvalifikācija: Elektromontieris                LKI līmenis: 3")
    table(d, [[[("b", "MIP")], [("b", "PKE")]],
              [P(["[X] Atbalstāms un virzāms saskaņošanai"], ["[  ] Atbalstāms, pēc precizējumu virzāms saskaņošanai"],
                 ["[  ] Nav atbalstāms"]),
               P(["[  ] Atbalstāms un virzāms saskaņošanai"], ["[X] Atbalstāms, pēc precizējumu virzāms saskaņošanai"],
                 ["[  ] Nav atbalstāms"])],
              ["Piezīmes: nav.", "Piezīmes: teorētiskās daļas testā vienādot terminoloģiju ar LVS HD 60364; 12. jautājums "
                                 "joprojām ar divām pareizām atbildēm."]], widths=[8, 8])
    para(d)
    table(d, [["Paraksts / datums", "A. Rozīte / 2026. g. 2. jūl."]], widths=[5, 11])


build("r5b27_Elektromontieris_Rozite.docx", f27,
      rows=[("elektromontieris", "MIP", S, "A. Rozīte", "2026-07-02", 3),
            ("elektromontieris", "PKE", NC, "A. Rozīte", "2026-07-02", 3)],
      note="Side-by-side MIP | PKE columns with '[X]' marks; expert only as initial + surname in the 'Paraksts / datums' cell, abbreviated date '2026. g. 2. jūl.'.",
      author="Laura Ozoliņa", created="2026-07-03 09:20")


# ============================================================== 28
def f28(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "No: "), "Evija Rudzīte <evija.rudzite@lddk.lv>"])
    para(d, [("b", "Nosūtīts: "), "pirmdiena, 2026. gada 25. maijs 9:03"])
    para(d, [("b", "Kam: "), "VISC projekta komanda"])
    para(d, [("b", "Tēma: "), "FW: PKE mehatronisko sistēmu tehniķis – atkārtota ekspertīze"])
    para(d)
    para(d, "Labdien! Pārsūtu M. Ozola atzinumu par mehatronisko sistēmu tehniķa PKE. MIP atzinums tika nosūtīts 15.05.")
    para(d, "Ar cieņu, Evija")
    para(d)
    para(d, "---------- Forwarded message ---------")
    para(d, "From: Māris Ozols <maris.ozols@mehatronika-serviss.lv>")
    para(d, "Date: Fri, 22 May 2026 at 17:48")
    para(d, "Subject: PKE mehatronisko sistēmu tehniķis – atkārtota ekspertīze")
    para(d, "To: Evija Rudzīte <evija.rudzite@lddk.lv>")
    para(d)
    para(d, "Evija, sveika! Apskatīju laboto PKE, zemāk īsi.")
    table(d, [["Kvalifikācija", "Mehatronisko sistēmu tehniķis (LKI 4)"], ["Dokuments", "PKE (atkārtota ekspertīze)"],
              ["Vērtējums", P([("g", "☒"), " atbalstāms un virzāms saskaņošanai"],
                              [("g", "☐"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                              [("g", "☐"), " nav atbalstāms"])],
              ["Datums", "22.05.2026."], ["Eksperts", "Māris Ozols"]], widths=[4, 12])
    para(d, "Māris")


build("r5b28_Fwd PKE mehatronisko sistemu tehnikis.docx", f28,
      rows=[("mehatronisko sistēmu tehniķis", "PKE", S, "Māris Ozols", "2026-05-22", 4)],
      note="Coordinator's Outlook forward (Latvian headers, 25 May) wrapping the expert's Gmail-style message (English headers, 22 May) with a key/value table and ☒. Expert = Ozols, date = his 22 May, not the coordinator's. MIP only mentioned as sent earlier -> no row.",
      author="Evija Rudzīte", created="2026-05-25 09:05")


# ============================================================== 29
def f29(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Atzinumi – ventilācijas un gaisa kondicionēšanas kvalifikācijas")], size=13)
    para(d, "Eksperts: Normunds Ābele")
    para(d)
    para(d, [("b", "1. VGK iekārtu remontatslēdznieks (LKI 3)")])
    table(d, [["Vērtējums", "MIP", "PKE"], [o1, "", "✔"], [o2, "✔", ""], [o3, "", ""]], widths=[10, 3, 3], head=True)
    para(d, "MIP: aukstumaģentu noplūdes pārbaudes modulis pievienots, bet jāprecizē prakses apjoms uzņēmumā (sk. I. Pūces "
            "05.05. atzinumu). PKE: jautājumu banka sakārtota.")
    para(d)
    para(d, [("b", "2. VGK sistēmu tehniķis (LKI 4)")])
    para(d, "MIP šajā posmā netika iesniegts atkārtotai ekspertīzei (vērtēts 09.04.2026.).")
    table(d, [["Vērtējums", "PKE"], [o1, ""], [o2, "✔"], [o3, ""]], widths=[10, 3], head=True)
    para(d, "Praktiskajā daļā papildināta sistēmas regulēšana un nodošana ekspluatācijā; jāprecizē gaisa plūsmas mērījumu "
            "protokola forma.")
    para(d)
    table(d, [["Paraksts / datums", "N. Ābele / 18.06.2026."]], widths=[5, 11])


build("r5b29_Atzinumi VGK_Ābele.docx", f29,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NC, "Normunds Ābele", "2026-06-18", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", S, "Normunds Ābele", "2026-06-18", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", NC, "Normunds Ābele", "2026-06-18", 4)],
      note="Two sections, one per qualification, both named only by the 'VGK …' aliases; ✔ in option x document grid; second section covers PKE only (MIP explicitly not submitted). Another expert (I. Pūce) mentioned in a remark.",
      author="Normunds Ābele", created="2026-06-18 14:00")


# ============================================================== 30
def f30(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "Ekspertīzes atzinums")], size=14)
    table(d, [["Kvalifikācija", "Metinātājs"], ["LKI līmenis", "3"], ["Nozare", "Mašīnbūve un metālapstrāde"],
              ["Eksperts", "Ģirts Lapsiņš"], ["Datums", "25.06.2026."]], widths=[4, 12], bold_col0=True)
    para(d)
    table(d, [["", o1, o2, o3],
              ["MIP", "", "X", ""],
              ["PKE", "", "", "X"]], widths=[2, 4.7, 4.7, 4.6], head=True)
    para(d)
    table(d, [["Komentāri", P("MIP: precizēt MAG metināšanas moduļa apjomu un papildināt ar metināšanas robotu apkalpošanas pamatiem.",
                              "PKE: praktiskajā daļā paredzēta tikai MMA metināšana apakšējā stāvoklī – tas neatbilst "
                              "kvalifikācijas prasībām; eksāmena saturs jāizstrādā no jauna.")]], widths=[3, 13])


build("r5b30_Metinatajs_MIP_PKE.docx", f30,
      rows=[("metinātājs", "MIP", NC, "Ģirts Lapsiņš", "2026-06-25", 3),
            ("metinātājs", "PKE", NS, "Ģirts Lapsiņš", "2026-06-25", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (metinātājs, LKI 3 stated). Grid with options as columns, documents as rows, 'X' in cells.",
      author="Ģirts Lapsiņš", created="2026-06-25 10:30")


# ============================================================== 31 (not a review)
def f31(d):
    setup(d, "Times New Roman", 12)
    para(d, [("b", "LDDK nozaru ekspertu darba sanāksmes")], align="c")
    para(d, [("b", "PROTOKOLS Nr. 4")], align="c")
    para(d, "Rīgā, 2026. gada 9. aprīlī")
    para(d, "Piedalās: Laura Ozoliņa (projekta koordinatore), Evija Rudzīte, Ilze Kalniņa, Raimonds Vītols, Māris Ozols, "
            "Aivars Lūsis, Gunta Zariņa.")
    table(d, [["Nr.", "Darba kārtības jautājums", "Nolemts", "Atbildīgais", "Termiņš"],
              ["1.", "Projekta 4. posma rezultāti",
               "Pieņemt zināšanai, ka motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa MIP un PKE "
               "satura ekspertīze ir pabeigta. Informāciju iekļaut ceturkšņa pārskatā.", "L. Ozoliņa", "15.04.2026."],
              ["2.", "Meža mašīnu operatora MIP atkārtota ekspertīze",
               "Darba grupai iesniegt pārstrādāto MIP; ekspertam sniegt atkārtotu atzinumu, norādot, vai saturs ir "
               "atbalstāms un virzāms saskaņošanai.", "A. Lūsis", "31.05.2026."],
              ["3.", "Metodiskais atbalsts darba grupām",
               "Eksperti atbalsta priekšlikumu organizēt konsultācijas darba grupām pirms dokumentu iesniegšanas; VISC "
               "nodrošinās metodisko atbalstu.", "E. Rudzīte", "30.04.2026."],
              ["4.", "Atzinuma veidlapa",
               "Vienoties, ka atzinumā katram dokumentam atzīmē tikai vienu vērtējumu; ja nepieciešami precizējumi, tos "
               "uzskaita atsevišķi. Elektrotehniķa MIP jautājumu skatīt nākamajā sanāksmē.", "Visi eksperti", "pastāvīgi"]],
          widths=[1, 4, 7, 2.3, 2.2], head=True)
    para(d)
    para(d, "Sanāksmi vadīja: Laura Ozoliņa")
    para(d, "Protokolēja: Evija Rudzīte")


build("r5b31_Protokols_2026-04-09_ekspertu sanāksme.docx", f31, problems=["no_verdict"],
      note="NOT a review: meeting minutes in a decision table; restates completed reviews, uses 'atbalsta priekšlikumu', 'metodisko atbalstu', names experts and qualifications.",
      author="Evija Rudzīte", created="2026-04-09 15:30")


# ============================================================== 32 (not a review)
def f32(d):
    setup(d, "Calibri", 10)
    sec = d.sections[0]
    para(d, [("b", "Ekspertu norīkojums projekta 5. posmam (2026. gada 1. aprīlis – 31. jūlijs)")], size=13)
    table(d, [["Nr.", "Profesionālā kvalifikācija", "LKI", "Dokumenti", "Eksperts", "Termiņš", "Statuss"],
              ["1.", "Meža mašīnu operators", "3", "MIP (atkārtoti)", "Aivars Lūsis", "31.05.2026.", "gaida pārstrādāto MIP"],
              ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "PKE", "Gunta Zariņa", "05.06.2026.", "nosūtīts ekspertei"],
              ["3.", "Elektrotehniķis", "4", "MIP, PKE", "Raimonds Vītols", "19.06.2026.", "gaida labojumus"],
              ["4.", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "4", "MIP, PKE", "Normunds Ābele", "10.04.2026.", "nosūtīts ekspertam"],
              ["5.", "Būvizstrādājumu galdnieks", "4", "MIP, PKE", "Edgars Strautiņš", "15.04.2026.", "nosūtīts ekspertam"],
              ["6.", "Mežsaimniecības tehniķis", "4", "MIP / PKE", "S. Bērziņa / V. Krūmiņš", "24.04.2026.", "nosūtīts"]],
          widths=[0.8, 4.5, 0.9, 2.2, 3, 2.1, 2.5], head=True)
    para(d)
    para(d, "Ekspertiem atzinumā jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem "
            "vai nav atbalstāms.")
    para(d, "Sagatavoja: L. Ozoliņa, 02.04.2026.")


build("r5b32_Ekspertu norikojums_5.posms.docx", f32, problems=["no_verdict"],
      note="NOT a review: coordinator's assignment table (qualification, LKI, documents, expert, deadline, status) plus the instruction listing all verdict options.",
      author="Laura Ozoliņa", created="2026-04-02 11:15")


# ============================================================== 33 (not a review)
def f33(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "EKSPERTĪZES ATZINUMA VEIDLAPA (paraugs)")], align="c", size=13)
    para(d, [("i", "Aizpildīšanas norādījumi: katram vērtētajam dokumentam atzīmējiet tieši vienu vērtējumu. Ja izvēlaties "
                   "„atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”, laukā „Piezīmes” uzskaitiet nepieciešamos "
                   "precizējumus. Ja dokuments netiek vērtēts, norādiet iemeslu.")], size=10)
    table(d, [["Profesionālā kvalifikācija", "[kvalifikācijas nosaukums]"], ["LKI līmenis", "[3 / 4 / 5]"],
              ["Eksperts (vārds, uzvārds)", "[vārds, uzvārds]"], ["Datums", "[dd.mm.gggg.]"]], widths=[6, 10], shade_col0="F2F2F2")
    para(d)
    table(d, [["Vērtējums", "MIP", "PKE"],
              [O1, [("g", "☐")], [("g", "☐")]], [O2, [("g", "☐")], [("g", "☐")]], [O3, [("g", "☐")], [("g", "☐")]],
              ["Piezīmes", "", ""]], widths=[10, 3, 3], head=True)
    para(d)
    table(d, [["Paraksts / datums", ""]], widths=[6, 10])
    footer(d, "LDDK · Projekts Nr. 4.2.2.9 · Veidlapa v1.2 (2026)", align="c")


build("r5b33_Atzinuma veidlapa_paraugs.docx", f33, problems=["no_verdict"],
      note="NOT a review: the blank template with instructions, placeholders and all boxes empty.",
      author="Laura Ozoliņa", created="2026-01-12 09:00")


# ============================================================== 34 (not a review)
def f34(d):
    setup(d, "Times New Roman", 12)
    header(d, [("b", "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA")], align="c")
    p = d.sections[0].header.add_paragraph("Projekts „Izglītības procesa individualizācija un starpnozaru sadarbība "
                                           "profesionālās izglītības izcilībai” (4.2.2.9)")
    p.alignment = ALIGN["c"]
    para(d, "Rīgā, 2026. gada 20. martā                                                  Nr. 2-7/118")
    para(d)
    para(d, "Nozaru ekspertiem (pēc saraksta)", align="r")
    para(d)
    para(d, [("b", "Par MIP un PKE satura ekspertīzi projekta 5. posmā")])
    para(d, "Pateicamies par līdzšinējo atbalstu projekta īstenošanā. Projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) "
            "aicinām veikt modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura "
            "ekspertīzi šādām kvalifikācijām:", align="j")
    table(d, [["Nozare", "Kvalifikācijas"],
              ["Kokrūpniecība", "kokapstrādes iekārtu operators; datorizētu kokapstrādes iekārtu operators; mēbeļu galdnieks; "
                                "būvizstrādājumu galdnieks; meža mašīnu operators"],
              ["Enerģētika", "elektromontieris; elektrotehniķis; VGK iekārtu remontatslēdznieks; VGK sistēmu tehniķis"]],
          widths=[4, 12], head=True)
    para(d)
    para(d, "Atzinumā katram dokumentam lūdzam norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms un "
            "virzāms saskaņošanai pēc precizējumu veikšanas vai nav atbalstāms, un pamatot vērtējumu. Atzinumu lūdzam "
            "sagatavot pievienotajā veidlapā un iesniegt divu nedēļu laikā pēc dokumentu saņemšanas.", align="j")
    para(d)
    para(d, "Ar cieņu")
    para(d, "projekta koordinatore                                                        Laura Ozoliņa")


build("r5b34_Uzaicinajums_ekspertize_LDDK.docx", f34, problems=["no_verdict"],
      note="NOT a review: coordinator's call letter on letterhead, lists qualifications and all verdict options, thanks for 'atbalstu'.",
      author="Laura Ozoliņa", created="2026-03-20 13:00")


# ============================================================== 35
def f35(d):
    setup(d, "Calibri", 10)
    para(d, [("b", "Elektrotehniķis (LKI 4) – MIP un PKE satura izvērtējums pēc kritērijiem")], size=13)
    table(d, [["Eksperts", "Kristaps Ēvalds"], ["Datums", "14.07.2026."]], widths=[3, 13], bold_col0=True)
    para(d)
    table(d, [["Kritērijs", "MIP", "PKE"],
              ["Atbilst profesionālās kvalifikācijas prasībām", "Jā", "Jā"],
              ["Ietvertas jaunās prasmes (atjaunojamā enerģētika, viedie tīkli)", "Jā", "Daļēji"],
              ["Apjoms un struktūra samērīgi", "Jā", "Jā"],
              ["Vērtēšanas kritēriji skaidri un izmērāmi", "Jā", "Nē"],
              ["Komentāri", "–", "Praktiskā uzdevuma vērtēšanas lapā nav kritēriju PV sistēmas pieslēgšanai tīklam; "
                                 "jāpapildina pirms saskaņošanas."],
              [[("b", "KOPĒJAIS VĒRTĒJUMS")], [("b", "atbalstāms un virzāms saskaņošanai")],
               [("b", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")]]],
          widths=[7, 4.5, 4.5], head=True)


build("r5b35_Elektrotehnikis_kriteriji_Evalds.docx", f35,
      rows=[("elektrotehniķis", "MIP", S, "Kristaps Ēvalds", "2026-07-14", 4),
            ("elektrotehniķis", "PKE", NC, "Kristaps Ēvalds", "2026-07-14", 4)],
      note="Criterion table with one column per document (Jā/Nē/Daļēji) ending in an overall row holding the verdict text per document.",
      author="", created="2026-07-14 16:45")


# ============================================================== 36
def f36(d):
    setup(d, "Calibri", 11)
    para(d, [("b", "From: "), "Inese Pūce <inese.puce@klimatserviss.lv>"])
    para(d, [("b", "Sent: "), "Monday, July 13, 2026 3:20 PM"])
    para(d, [("b", "To: "), "Evija Rudzīte <evija.rudzite@lddk.lv>"])
    para(d, [("b", "Subject: "), "RE: VGK remontatslēdznieks PKE – gala vērtējums"])
    para(d)
    para(d, "Labdien, Evija!")
    para(d, "Tikāmies ar darba grupu 8. jūlijā, jautājumu banka ir sakārtota (dublikāti izņemti, pareizās atbildes norādītas). "
            "Šis e-pasts attiecas tikai uz PKE.")
    table(d, [["Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks, LKI 3"],
              ["Dokuments", "PKE"],
              ["Gala vērtējums", "PKE saturu atbalstu un iesaku virzīt saskaņošanai bez papildu precizējumiem."]],
          widths=[4, 12])
    para(d, "Inese Pūce")
    para(d)
    para(d, [("b", "From: "), "Evija Rudzīte <evija.rudzite@lddk.lv>"])
    para(d, [("b", "Sent: "), "Thursday, July 9, 2026 10:02 AM"])
    para(d, [("b", "To: "), "Inese Pūce <inese.puce@klimatserviss.lv>"])
    para(d, [("b", "Subject: "), "VGK remontatslēdznieks PKE – gala vērtējums"])
    para(d, "Sveika, Inese! Lūdzu pēc tikšanās atsūti gala vērtējumu par PKE (atbalstāms un virzāms saskaņošanai, "
            "atbalstāms ar precizējumiem vai nav atbalstāms), lai varu iekļaut ceturkšņa pārskatā. Maijā atzinumā PKE "
            "vērtējums netika norādīts. Paldies! Evija")


build("r5b36_RE VGK remontatslednieks PKE gala vertejums.docx", f36,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", S, "Inese Pūce", "2026-07-13", 3)],
      problems=[],
      note="Outlook reply with ENGLISH headers (From/Sent/To/Subject), verdict in first person inside a small key/value table ('atbalstu un iesaku virzīt … bez papildu precizējumiem'); quoted coordinator request lists all options. PKE only.",
      author="Evija Rudzīte", created="2026-07-13 15:30")


# ============================================================== outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    for r in ROWS:
        w.writerow(r)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    for r in PROBS:
        w.writerow(r)
V = {"supported": "S", "needs_corrections": "NC", "not_supported": "NS", "unknown": "?"}
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r5b – blind set, style B (forms and tables)\n\n")
    f.write("Built by `build.py` (python-docx 1.2, raw WordprocessingML where needed). Gold labels sit next to each "
            "`build(...)` call and are written to `expected.csv` / `expected_problems.csv`.\n\n")
    f.write(f"{len(NOTES)} files, {len(ROWS)} gold rows, {sum(1 for n, _ in NOTES if not any(r[0] == n for r in ROWS) and (n, 'no_verdict') in PROBS and 'NOT a review' in dict(NOTES)[n])} non-reviews.\n\n")
    f.write("Labelling conventions: the current verdict counts (tracked deletions, earlier rounds and history rows do not); "
            "a conclusion/overall row outranks remarks in the body; the date is the expert's review date (not the date a "
            "coordinator forwarded or printed the file); the expert is the name as written in the file (core-properties "
            "author is never used); a document explicitly not covered gets no row; non-reviews get one no_verdict row.\n\n")
    f.write("Verdict codes in the table: S supported, NC needs_corrections, NS not_supported, ? unknown.\n\n")
    f.write("| file | gold (qualification: MIP/PKE) | problems | design and judgement calls |\n|---|---|---|---|\n")
    for n, note in NOTES:
        g = {}
        for r in ROWS:
            if r[0] == n:
                g.setdefault(r[1], {})[r[2]] = V[r[3]]
        gold = "; ".join(f"{q}: {d.get('MIP', '–')}/{d.get('PKE', '–')}" for q, d in g.items()) or "(no rows)"
        pr = ", ".join(c for m, c in PROBS if m == n)
        f.write(f"| {n} | {gold} | {pr} | {note.replace('|', '/')} |\n")
print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBS), "problem rows")
