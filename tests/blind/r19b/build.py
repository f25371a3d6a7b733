# -*- coding: utf-8 -*-
"""Build the r19b blind evaluation set: Latvian expert reviews (forms & tables) with gold labels.

Run:  /work/hvenv/bin/python build.py
Each build(...) call below creates one .docx and carries its gold rows / problem codes.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19b"
GOLD, PROBS, NOTES, FILES = [], [], [], []

# --------------------------------------------------------------------------- segments
def T(text, **fmt):
    """plain run; fmt keys: b, i, u, strike, font, size, color"""
    return ("t", text, fmt)


def SYM(char, font="Wingdings", **fmt):
    return ("sym", char, font, fmt)


def SDT(checked, **fmt):
    """Word 2010 checkbox content control"""
    return ("sdt", checked, fmt)


def FF(checked, how="default"):
    """legacy FORMCHECKBOX field; how='default' -> w:default val, 'checked' -> w:checked element"""
    return ("ff", checked, how)


def INS(text, author, date, **fmt):
    return ("ins", text, author, date, fmt)


def DEL(text, author, date, **fmt):
    return ("del", text, author, date, fmt)


def BOX(checked, **fmt):
    return T("☒" if checked else "☐", font="MS Gothic", **fmt)


BR = ("br",)
TAB = ("tab",)


class P:
    """a paragraph: P(seg, seg, ..., align='center', style='List Bullet', b=True, size=10, before=6)"""

    def __init__(self, *segs, align=None, style=None, b=None, i=None, size=None, before=None,
                 after=None, indent=None, border_bottom=False, keep=None):
        self.segs = segs
        self.align = align
        self.style = style
        self.b, self.i, self.size = b, i, size
        self.before, self.after, self.indent = before, after, indent
        self.border_bottom = border_bottom


_CHANGE_ID = [100]


def _fmt_run(r, fmt, dflt=None):
    f = dict(dflt or {})
    f.update(fmt or {})
    if f.get("b"):
        r.bold = True
    if f.get("i"):
        r.italic = True
    if f.get("u"):
        r.underline = True
    if f.get("strike"):
        r.font.strike = True
    if f.get("size"):
        r.font.size = Pt(f["size"])
    if f.get("color"):
        r.font.color.rgb = RGBColor.from_string(f["color"])
    if f.get("font"):
        r.font.name = f["font"]
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), f["font"])
        rf.set(qn("w:hAnsi"), f["font"])
    if f.get("hl"):
        rpr = r._r.get_or_add_rPr()
        h = OxmlElement("w:highlight")
        h.set(qn("w:val"), f["hl"])
        rpr.append(h)


def add_runs(p, segs, dflt=None):
    for s in segs:
        if s is None:
            continue
        if isinstance(s, str):
            s = T(s)
        kind = s[0]
        if kind == "t":
            r = p.add_run(s[1])
            _fmt_run(r, s[2], dflt)
        elif kind == "br":
            p.add_run().add_break()
        elif kind == "tab":
            p.add_run("\t")
        elif kind == "sym":
            r = p.add_run()
            _fmt_run(r, s[3], dflt)
            r._r.append(parse_xml('<w:sym %s w:font="%s" w:char="%s"/>' % (nsdecls("w"), s[2], s[1])))
        elif kind == "sdt":
            checked = s[1]
            glyph = "☒" if checked else "☐"
            _CHANGE_ID[0] += 1
            xml = (
                '<w:sdt %s>'
                '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                '<w:id w:val="%d"/>'
                '<w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
                '</w:sdtPr><w:sdtContent><w:r><w:rPr>'
                '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
                '</w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            ) % (nsdecls("w", "w14"), 482000 + _CHANGE_ID[0], 1 if checked else 0, glyph)
            p._p.append(parse_xml(xml))
        elif kind == "ff":
            checked, how = s[1], s[2]
            _CHANGE_ID[0] += 1
            if how == "default":
                cb = '<w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>' % (1 if checked else 0)
            else:
                cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>' % (
                    "<w:checked/>" if checked else '<w:checked w:val="0"/>')
            begin = ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/>'
                     '<w:enabled/><w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>') % (
                nsdecls("w"), _CHANGE_ID[0], cb)
            p._p.append(parse_xml(begin))
            p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")))
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))
        elif kind in ("ins", "del"):
            text, author, date, fmt = s[1], s[2], s[3], s[4]
            r = p.add_run(text)
            _fmt_run(r, fmt, dflt)
            _CHANGE_ID[0] += 1
            w = OxmlElement("w:" + kind)
            w.set(qn("w:id"), str(_CHANGE_ID[0]))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            r._r.addprevious(w)
            w.append(r._r)
            if kind == "del":
                t = r._r.find(qn("w:t"))
                t.tag = qn("w:delText")
        else:
            raise ValueError(kind)


def _set_border_bottom(p):
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
                         % nsdecls("w")))


def _apply_para(p, spec):
    if isinstance(spec, str):
        spec = P(spec)
    elif isinstance(spec, tuple):
        spec = P(spec)
    if spec.border_bottom:
        _set_border_bottom(p)  # first, so python-docx inserts later pPr children in schema order
    if spec.style:
        p.style = spec.style
    if spec.align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}[spec.align]
    pf = p.paragraph_format
    if spec.before is not None:
        pf.space_before = Pt(spec.before)
    if spec.after is not None:
        pf.space_after = Pt(spec.after)
    if spec.indent is not None:
        pf.left_indent = Cm(spec.indent)
    dflt = {}
    if spec.b:
        dflt["b"] = True
    if spec.i:
        dflt["i"] = True
    if spec.size:
        dflt["size"] = spec.size
    add_runs(p, spec.segs, dflt)
    return p


def _as_list(content):
    if content is None:
        return []
    if isinstance(content, (str, P, tuple)):
        return [content]
    return list(content)


def para(container, content):
    """append paragraphs to a Document / cell / header"""
    out = None
    for spec in _as_list(content):
        out = _apply_para(container.add_paragraph(), spec)
    return out


def fill_cell(cell, content):
    items = _as_list(content)
    if not items:
        return
    _apply_para(cell.paragraphs[0], items[0])
    for spec in items[1:]:
        _apply_para(cell.add_paragraph(), spec)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def table(container, rows, widths=None, style="Table Grid", merges=(), shaded=(), shade_rows=(),
          shade_color="D9D9D9", size=None):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        for ci, content in enumerate(row):
            if content is None:
                continue
            cell = t.cell(ri, ci)
            fill_cell(cell, content)
            if size:
                for p in cell.paragraphs:
                    for r in p.runs:
                        if r.font.size is None:
                            r.font.size = Pt(size)
    for (ri, ci) in shaded:
        shade(t.cell(ri, ci), shade_color)
    for ri in shade_rows:
        for ci in range(ncols):
            shade(t.cell(ri, ci), shade_color)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(row.cells):
                    row.cells[ci].width = Cm(w)
    return t


def new_doc(font="Calibri", size=11, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), font)
    rf.set(qn("w:hAnsi"), font)
    rf.set(qn("w:cs"), font)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(margins + 0.5)
    s.top_margin = s.bottom_margin = Cm(margins)
    return d


def header(doc, content, footer=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    fill_cell(hf, content)  # header/footer behave like a cell (first paragraph exists)
    return hf


def outlook_block(doc, fields, label_w=3.0, val_w=13.0):
    """Outlook-style printed message header: label | value table without borders"""
    rows = [[P(T(k, b=True)), v] for k, v in fields]
    return table(doc, rows, widths=[label_w, val_w], style=None)


# --------------------------------------------------------------------------- gold
def R(qual, document, verdict, expert, date, lki):
    assert document in ("MIP", "PKE"), document
    assert verdict in ("supported", "needs_corrections", "not_supported", "unknown"), verdict
    return (qual, document, verdict, expert, date, "" if lki is None else str(lki))


def build(name, content, rows=(), problems=(), note="", author="", created=None, modified=None,
          last_by=None, font="Calibri", size=11, title=None):
    assert name.startswith(PREFIX), name
    doc = new_doc(font, size)
    content(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = title or ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.revision = 1
    if created:
        cp.created = created
        cp.modified = modified or created
    doc.save(os.path.join(OUT, name))
    FILES.append(name)
    for r in rows:
        GOLD.append((name,) + r)
    for c in problems:
        PROBS.append((name, c))
    NOTES.append((name, note))


def D(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi, 0)


# shorthand qualification names (canonical register spelling)
MOTORZ = "motorzāģa operators"
MEZSAIMN = "mežsaimniecības tehniķis"
KIO = "kokapstrādes iekārtu operators"
DKIO = "datorizētu kokapstrādes iekārtu operators"
KIRT = "koka izstrādājumu ražošanas tehniķis"
MEBG = "mēbeļu galdnieks"
BIG = "būvizstrādājumu galdnieks"
MMO = "meža mašīnu operators"
EMONT = "elektromontieris"
ETEHN = "elektrotehniķis"
VGKR = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGKS = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
MEHA = "mehatronisko sistēmu tehniķis"

OPT_SUP = "saturs ir atbalstāms un virzāms saskaņošanai"
OPT_NC = "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
OPT_NS = "saturs nav atbalstāms"

# =========================================================================== FILES
# ---------------------------------------------------------------- 01 glyph checkboxes, key/value right
def f01(doc):
    para(doc, P(T("LDDK nozares eksperta atzinums", b=True, size=14), align="center"))
    para(doc, P("par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās "
                "kvalifikācijas eksāmena (PKE) saturu", align="center", after=12))
    table(doc, [
        ["Nozare", "Kokrūpniecība"],
        ["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
        ["LKI līmenis", "4"],
        ["Izstrādātājs", "PIKC darba grupa (vadītāja Ilze Sīle)"],
        ["Eksperts", "Raimonds Zariņš"],
        ["Atzinuma datums", "03.03.2026."],
    ], widths=[5.5, 10.5], shaded=[(i, 0) for i in range(6)])
    para(doc, P(""))
    para(doc, P(T("Eksperta vērtējums", b=True), " (atzīmēt vienu atbilstošo variantu katram dokumentam)"))
    opts = lambda k: [P(BOX(k == 0), " ", OPT_SUP), P(BOX(k == 1), " ", OPT_NC), P(BOX(k == 2), " ", OPT_NS)]
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Vērtējums", b=True)), P(T("Piezīmes / nepieciešamie precizējumi", b=True))],
        ["MIP", opts(0),
         ["Moduļu secība loģiska, profesionālo kompetenču moduļi sasaistīti ar profesijas standartu. "
          "Patīk, ka CNC apstrādes pamati ir ieviesti jau 2. kursā.",
          "Ieteikums (nav obligāts): moduļa „Mēbeļu apdare” aprakstā minēt arī ūdens bāzes apdares materiālus."]],
        ["PKE", opts(1),
         ["1) Praktiskās daļas 2. uzdevumā jānorāda pieļaujamās novirzes (±0,5 mm) savienojumiem.",
          "2) Jāpārskata vērtēšanas kritēriju svari – šobrīd „darba organizācija” sver vairāk nekā izstrādājuma kvalitāte.",
          "3) Teorētiskās daļas jautājumi Nr. 14 un Nr. 22 faktiski dublējas."]],
    ], widths=[2.2, 6.8, 7.0], shade_rows=[0])
    para(doc, P(""))
    para(doc, "Atzinums sagatavots LDDK deleģējuma ietvaros projektā Nr. 4.2.2.9.")


build("r19b01_Atzinums_Mebelu galdnieks_MIP_PKE_Zarins.docx", f01,
      rows=[R(MEBG, "MIP", "supported", "Raimonds Zariņš", "2026-03-03", 4),
            R(MEBG, "PKE", "needs_corrections", "Raimonds Zariņš", "2026-03-03", 4)],
      note="Key/value table (value right) + summary table Dokuments|Vērtējums|Piezīmes; all three options printed "
           "per document, choice marked with ☒ (MS Gothic text) vs ☐. MIP body has an optional suggestion only "
           "('nav obligāts') -> supported. Working-group leader's name in the table is a distractor for expert.",
      author="Baiba Kronberga", created=D(2026, 3, 4, 9, 12), last_by="Raimonds Zariņš")


# ---------------------------------------------------------------- 02 Outlook e-mail (LV headers), only PKE
def f02(doc):
    para(doc, P(T("Elīna Pūce", b=True, size=12), border_bottom=True))
    outlook_block(doc, [
        ("No:", "Kaspars Eglītis <kaspars.eglitis@inbox.lv>"),
        ("Nosūtīts:", "otrdiena, 2026. gada 17. februāris 16:48"),
        ("Kam:", "Elīna Pūce <elina.puce@lddk.lv>"),
        ("Kopija:", "Baiba Kronberga <baiba.kronberga@lddk.lv>"),
        ("Tēma:", "RE: Elektromontieris – PKE ekspertīze (LKI 3)"),
        ("Pielikumi:", "Elektromontieris_PKE_komentari_KE.docx"),
    ])
    para(doc, [P("", before=6), "Sveika, Elīna!",
               "Izskatīju elektromontiera PKE saturu. Detalizētie komentāri ir pielikumā, bet kopsavilkumam "
               "ieliku to pašu Tavā tabulā, lai vieglāk salikt atskaitē:"])
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Mans vērtējums", b=True)), P(T("Kas jāizdara", b=True))],
        ["PKE (teorētiskā + praktiskā daļa)",
         "Atbalstāms, bet saskaņošanai virzīt tikai tad, kad būs izdarīti labojumi no blakus ailes.",
         ["1) praktiskajā uzdevumā pirms sprieguma pieslēgšanas jāparedz izolācijas pretestības mērījums un "
          "tā ieraksts protokolā – šobrīd tas vispār netiek vērtēts;",
          "2) teorijas testā 5 jautājumi atsaucas uz LEK standartiem, kas jau aizstāti – jāatjauno."]],
    ], widths=[4.0, 5.5, 6.5], shade_rows=[0], size=10)
    para(doc, ["",
               "MIP šoreiz neskatīju – kā runājām sapulcē, programmu vērtē Arturs.",
               "Ja skola izlabos šos divus punktus, man citu iebildumu nav.",
               "",
               "Ar cieņu",
               "Kaspars Eglītis",
               "nozares eksperts (enerģētika)",
               "mob. 29 418 736",
               ""])
    para(doc, P(border_bottom=True))
    outlook_block(doc, [
        ("No:", "Elīna Pūce <elina.puce@lddk.lv>"),
        ("Nosūtīts:", "pirmdiena, 2026. gada 9. februāris 10:15"),
        ("Kam:", "Kaspars Eglītis <kaspars.eglitis@inbox.lv>"),
        ("Tēma:", "Elektromontieris – PKE ekspertīze (LKI 3)"),
    ])
    para(doc, [P("", before=6), "Labdien, Kaspar!",
               "Nosūtu elektromontiera (LKI 3) PKE saturu ekspertīzei. Atzinumā lūdzu skaidri norādīt vienu no "
               "variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu "
               "veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Ja ir precizējumi, tos lūdzu uzskaitīt.",
               "Atzinumu gaidīsim līdz 20. februārim.",
               "Paldies!",
               "Elīna",
               "LDDK projekta koordinatore"])


build("r19b02_RE Elektromontieris PKE ekspertize.docx", f02,
      rows=[R(EMONT, "PKE", "needs_corrections", "Kaspars Eglītis", "2026-02-17", 3)],
      note="Outlook print with Latvian headers (No:/Nosūtīts:/Tēma:) and the coordinator's request quoted below, "
           "which lists all three verdict options (trap). Expert's own verdict in a small table: 'Atbalstāms, bet "
           "saskaņošanai virzīt tikai tad, kad būs izdarīti labojumi' = needs_corrections. MIP explicitly not "
           "reviewed (another expert) -> no MIP row. Date = send date of the reply.",
      author="Elīna Pūce", created=D(2026, 2, 18, 8, 40))


# ---------------------------------------------------------------- 03 criterion table Jā/Nē + overall rows
def f03(doc):
    para(doc, P(T("EKSPERTĪZES KRITĒRIJU TABULA", b=True), align="center"))
    para(doc, P("Profesionālā kvalifikācija: ", T("motorzāģa operators", b=True), " (LKI 3. līmenis)",
                align="center", after=10))
    X = P("X", align="center")
    rows = [
        [P(T("Nr.", b=True)), P(T("Kritērijs", b=True)), P(T("Jā", b=True)), P(T("Nē", b=True)), P(T("Komentārs", b=True))],
        [P(T("A. Modulārā izglītības programma (MIP)", b=True)), None, None, None, None],
        ["1.", "MIP mērķis un uzdevumi atbilst profesijas standartam un PK prasībām", X, "", ""],
        ["2.", "Moduļu apraksti ietver zināšanas, prasmes un kompetences", X, "", ""],
        ["3.", "Darba drošības un vides aizsardzības jautājumi integrēti moduļos", X, "",
         "Labi, ka kokgāšana slīpumā un vējgāztu izstrāde ir atsevišķā modulī."],
        ["4.", "Mācību prakses apjoms uzņēmumā ir pietiekams", X, "", ""],
        ["", P(T("Kopvērtējums – MIP:", b=True)), None, None, None],
        ["", "saturs atbalstāms un virzāms saskaņošanai", X, "", ""],
        ["", "saturs atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", X, ""],
        ["", "saturs nav atbalstāms", "", X, ""],
        [P(T("B. Profesionālās kvalifikācijas eksāmens (PKE)", b=True)), None, None, None, None],
        ["5.", "PKE struktūra atbilst eksāmena satura veidošanas vadlīnijām", X, "", ""],
        ["6.", "Praktiskais uzdevums atspoguļo reālu darba situāciju", X, "", ""],
        ["7.", "Vērtēšanas kritēriji ir skaidri un izmērāmi", "", X,
         "Nav noteikts, kā vērtē ķēdes asināšanas kvalitāti; jāprecizē punktu skala (0–3 vai 0–5?)."],
        ["8.", "Teorētiskās daļas jautājumi ir korekti", X, "", "17. jautājumam divas pareizas atbildes – izlabot."],
        ["", P(T("Kopvērtējums – PKE:", b=True)), None, None, None],
        ["", "saturs atbalstāms un virzāms saskaņošanai", "", X, ""],
        ["", "saturs atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", X, "", "sk. 7. un 8. p."],
        ["", "saturs nav atbalstāms", "", X, ""],
    ]
    table(doc, rows, widths=[1.0, 8.0, 1.1, 1.1, 5.0], shade_rows=[0, 1, 10], size=10,
          merges=[(1, 0, 1, 4), (6, 1, 6, 4), (10, 0, 10, 4), (15, 1, 15, 4)])
    para(doc, P(""))
    table(doc, [["Eksperts (paraksts / datums)", P(T("V. Priedītis", i=True), " / 11.03.2026.")]],
          widths=[6.0, 10.0])


build("r19b03_motorzāģa operators kritēriji_VP.docx", f03,
      rows=[R(MOTORZ, "MIP", "supported", "V. Priedītis", "2026-03-11", 3),
            R(MOTORZ, "PKE", "needs_corrections", "V. Priedītis", "2026-03-11", 3)],
      note="Criterion table Jā/Nē; each overall ('Kopvērtējums') row prints all three options with a Jā/Nē column, "
           "the option with X under 'Jā' is the verdict. A 'Nē' on criterion 7 does not make PKE not_supported. "
           "Expert only as initial+surname in the 'paraksts / datums' cell.",
      author="Baiba Kronberga", created=D(2026, 3, 12, 11, 5), font="Arial", size=10)


# ---------------------------------------------------------------- 04 Wingdings w:sym; name+date in footer only
def f04(doc):
    header(doc, P(T("LDDK  |  Projekts Nr. 4.2.2.9.  |  Enerģētikas nozare", size=8, color="7F7F7F"), align="right"))
    header(doc, P(T("Ekspertīzi veica: Līga Ābele, 22.04.2026.", size=9)), footer=True)
    para(doc, P(T("Atzinums par modulārās izglītības programmas saturu", b=True, size=13), after=10))
    table(doc, [
        ["Kvalifikācija", "VGK sistēmu tehniķis (LKI 4)"],
        ["Nozare", "Enerģētika"],
        ["Izvērtētais dokuments", "MIP, redakcija 10.04.2026."],
        ["PKE", "nav iesniegts – tiks vērtēts atsevišķi, kad darba grupa to pabeigs"],
    ], widths=[5.0, 11.0], shaded=[(i, 0) for i in range(4)])
    para(doc, P(""))
    table(doc, [
        [P(T("Atzinums par MIP", b=True)),
         [P(SYM("F0A8"), " atbalstāms un virzāms saskaņošanai"),
          P(SYM("F0A8"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
          P(SYM("F0FE"), " nav atbalstāms")]],
        [P(T("Pamatojums", b=True)),
         ["Programmā nav iekļauts neviens modulis par aukstumaģentu apriti un F-gāzu regulējumu, lai gan tas "
          "ir viens no pamatuzdevumiem profesijas standartā. Siltumsūkņu sistēmas pieminētas tikai teorijā.",
          "Moduļu apjoms stundās nesakrīt ar kopējo programmas apjomu (starpība 96 stundas), un vairākiem "
          "moduļiem sasniedzamie rezultāti ir nokopēti no remontatslēdznieka programmas (LKI 3).",
          "Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."]],
    ], widths=[4.0, 12.0])


build("r19b04_VGK_sist_tehn_MIP_galigais.docx", f04,
      rows=[R(VGKS, "MIP", "not_supported", "Līga Ābele", "2026-04-22", 4)],
      note="Options marked with Wingdings w:sym glyphs (F0FE checked vs F0A8 empty) - no text for the mark. "
           "Alias 'VGK sistēmu tehniķis'. Expert name and date only in the page footer. PKE explicitly not "
           "submitted -> no PKE row.",
      author="Līga Ābele", created=D(2026, 4, 22, 15, 30), last_by="Elīna Pūce", font="Cambria")


# ---------------------------------------------------------------- 05 content-control checkboxes, values below labels
def f05(doc):
    para(doc, P(T("Nozares eksperta atzinums", b=True, size=14)))
    para(doc, P("Mašīnbūve un metālapstrāde", i=True, after=8))
    table(doc, [
        [P(T("Profesionālās kvalifikācijas nosaukums", b=True))],
        ["Mehatronisko sistēmu tehniķis"],
        [P(T("LKI līmenis", b=True))],
        ["4. līmenis"],
        [P(T("Eksperta vārds, uzvārds", b=True))],
        ["Gunta Sproģe"],
        [P(T("Datums", b=True))],
        ["2026. gada 26. janvārī"],
    ], widths=[16.0], shade_rows=[0, 2, 4, 6])
    para(doc, P(""))
    hdr = [P(T("Dokuments", b=True)), P(T("Atbalstāms un virzāms saskaņošanai", b=True), align="center"),
           P(T("Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", b=True), align="center"),
           P(T("Nav atbalstāms", b=True), align="center")]
    table(doc, [
        hdr,
        ["MIP", P(SDT(False), align="center"), P(SDT(True), align="center"), P(SDT(False), align="center")],
        ["PKE", P(SDT(False), align="center"), P(SDT(True), align="center"), P(SDT(False), align="center")],
    ], widths=[3.0, 4.3, 4.4, 4.3], shade_rows=[0])
    para(doc, P(""))
    para(doc, P(T("Precizējumi", b=True)))
    table(doc, [
        ["MIP", ["Modulis „Pneimatika un hidraulika” šādā redakcijā nav atbalstāms kā patstāvīgs modulis – tas "
                 "jāapvieno ar elektropneimatikas tēmām, citādi dublējas ar B daļas moduli.",
                 "PLC programmēšanas modulī norādīt konkrētu standartu (IEC 61131-3) un vismaz divu ražotāju vidi.",
                 "Pārējā programma ir laba un pārdomāta."]],
        ["PKE", ["Praktiskajā daļā jāiekļauj kļūmes meklēšanas uzdevums reālā mehatroniskā stendā, nevis tikai simulācijā.",
                 "Vērtēšanas lapā trūkst kritērija par dokumentācijas aizpildīšanu."]],
    ], widths=[2.0, 14.0])
    para(doc, P(""))
    para(doc, P("Kopumā abi dokumenti ir atbalstāmi; virzāmi saskaņošanai pēc augstāk minēto precizējumu veikšanas.",
                i=True))


build("r19b05_Mehatronika_atzinums_Sproge.docx", f05,
      rows=[R(MEHA, "MIP", "needs_corrections", "Gunta Sproģe", "2026-01-26", 4),
            R(MEHA, "PKE", "needs_corrections", "Gunta Sproģe", "2026-01-26", 4)],
      note="Verdict via Word checkbox content controls (w:sdt + w14:checkbox, invisible to paragraph.text); "
           "labels with values BELOW them. A remark says one module 'šādā redakcijā nav atbalstāms' - "
           "about a module, outranked by the marked choice and the closing sentence.",
      author="Gunta Sproģe", created=D(2026, 1, 26, 19, 2), font="Calibri")


# ---------------------------------------------------------------- 06 legacy FORMCHECKBOX (w:default)
def f06(doc):
    para(doc, P(T("EKSPERTA ATZINUMS", b=True, size=13), align="center"))
    para(doc, P("Kvalifikācija: ", T("Kokapstrādes iekārtu operators", b=True), TAB, "Līmenis: 3. LKI", before=6))
    para(doc, P("Vērtējumu atzīmē, ieklikšķinot izvēles rūtiņā.", i=True, size=9, after=6))
    opt = lambda k: [P(FF(k == 0), " Saturs ir atbalstāms un virzāms saskaņošanai"),
                     P(FF(k == 1), " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
                     P(FF(k == 2), " Saturs nav atbalstāms")]
    table(doc, [
        [P(T("MIP saturs", b=True)), opt(0)],
        [P(T("PKE saturs", b=True)), opt(0)],
        [P(T("Komentāri", b=True)),
         ["Abi dokumenti sagatavoti rūpīgi, iepriekšējā kārtā izteiktie ieteikumi ņemti vērā "
          "(plānošanas un gareniskās frēzēšanas moduļi apvienoti, PKE praktiskajam uzdevumam pievienota "
          "materiālu specifikācija).",
          "Iebildumu nav."]],
    ], widths=[3.5, 12.5])
    para(doc, P(""))
    para(doc, P("Eksperts: Normunds Apinis", TAB, TAB, "Datums: 14.04.2026"))


build("r19b06_Kokapstrades iekartu operators atzinums (2).docx", f06,
      rows=[R(KIO, "MIP", "supported", "Normunds Apinis", "2026-04-14", 3),
            R(KIO, "PKE", "supported", "Normunds Apinis", "2026-04-14", 3)],
      note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox with w:default=1 on the chosen one) - no text at all "
           "for the mark. 'Iebildumu nav' is positive. Refers to the previous round without restating its verdict.",
      author="", created=D(2026, 4, 14, 13, 0), font="Times New Roman", size=12)


# ---------------------------------------------------------------- 07 strike-through, two qualifications
def f07(doc):
    para(doc, P(T("Ekspertīzes atzinums – kokrūpniecības nozare", b=True, size=13)))
    para(doc, P("Eksperts: Inese Liepiņa", BR, "Vērtētie dokumenti: MIP un PKE divām kvalifikācijām", after=8))

    def opts(k):
        return [P(T("atbalstāms un virzāms saskaņošanai", strike=(k != 0))),
                P(T("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", strike=(k != 1))),
                P(T("nav atbalstāms", strike=(k != 2)))]

    table(doc, [
        [P(T("Kvalifikācija", b=True)), P(T("Dok.", b=True)),
         P(T("Atzinums", b=True), BR, T("(nevajadzīgo svītrot)", i=True, size=8)), P(T("Komentāri", b=True))],
        ["Datorizētu kokapstrādes iekārtu operators (LKI 4)", "MIP", opts(1),
         "CNC programmēšanas modulī papildināt ar CAM programmatūras pamatiem; nav skaidrs, kurā modulī apgūst "
         "instrumentu nomaiņu un kalibrēšanu."],
        [None, "PKE", opts(0), "Labs, reālistisks praktiskais uzdevums (paneļa detaļu apstrāde pēc rasējuma)."],
        ["Koka izstrādājumu ražošanas tehniķis (LKI 4)", "MIP", opts(0), "—"],
        [None, "PKE", opts(2),
         "Praktiskais uzdevums pārbauda galdnieka roku darba prasmes, nevis tehniķa kompetences (ražošanas "
         "plānošana, kvalitātes kontrole, tehnoloģiskā karte). PKE jāpārstrādā no jauna."],
    ], widths=[4.2, 1.4, 5.2, 5.2], shade_rows=[0], merges=[(1, 0, 2, 0), (3, 0, 4, 0)], size=10)
    para(doc, P(""))
    table(doc, [["Paraksts / datums", P(T("I. Liepiņa", i=True), "   19.03.2026.")]], widths=[5.0, 11.0])


build("r19b07_Liepina_ekspertize_DKIO_KIRT.docx", f07,
      rows=[R(DKIO, "MIP", "needs_corrections", "Inese Liepiņa", "2026-03-19", 4),
            R(DKIO, "PKE", "supported", "Inese Liepiņa", "2026-03-19", 4),
            R(KIRT, "MIP", "supported", "Inese Liepiņa", "2026-03-19", 4),
            R(KIRT, "PKE", "not_supported", "Inese Liepiņa", "2026-03-19", 4)],
      note="'Nevajadzīgo svītrot' form for two qualifications (vertically merged qualification cells); the "
           "non-chosen options are struck through, the chosen one is plain. Full name in the header line, "
           "initial+surname and date in the 'Paraksts / datums' cell - the full name is used.",
      author="Inese Liepiņa", created=D(2026, 3, 19, 17, 45), last_by="Baiba Kronberga")


# ---------------------------------------------------------------- 08 "vajadzīgo pasvītrot", no diacritics, PKE only
def f08(doc):
    para(doc, P(T("EKSPERTA ATZINUMS PAR PKE SATURU", b=True)))
    para(doc, ["Kvalifikacija: Buvizstradajumu galdnieks",
               "LKI limenis: 4",
               "MIP: nav mana uzdevuma, to verte cits eksperts",
               ""])
    para(doc, P(T("Atzinums", b=True), " (vajadzigo pasvitrot):"))
    para(doc, [P("1) PKE saturs ir atbalstams un virzams saskanosanai;", indent=0.8),
               P(T("2) PKE saturs ir atbalstams; pec precizejumu veiksanas virzams saskanosanai;", u=True), indent=0.8),
               P("3) PKE saturs nav atbalstams.", indent=0.8),
               ""])
    para(doc, P(T("Piezimes:", b=True)))
    para(doc, [P("1. Logu bloka montazas uzdevumam nav noradits laika limits, bez ta nevar salidzinat kandidatus.", indent=0.5),
               P("2. Vertesanas lapa kriterijs \"darba vietas sakartosana\" ir dots 20 punkti no 100 – par daudz.", indent=0.5),
               P("3. Teorijas jautajumos lietot terminu \"blivejuma lente\", nevis \"hermetizacijas lente\".", indent=0.5),
               "Kad sie trisi punkti izlaboti, PKE var virzit saskanosanai, atkartota ekspertize nav vajadziga.",
               ""])
    table(doc, [["Eksperts", "Aivars Grinbergs"], ["Datums", "06.05.2026"]], widths=[4.0, 8.0])


build("r19b08_Buvizstradajumu galdnieks PKE - Grinbergs.docx", f08,
      rows=[R(BIG, "PKE", "needs_corrections", "Aivars Grinbergs", "2026-05-06", 4)],
      note="Whole text typed without diacritics. 'Vajadzigo pasvitrot': all three options printed, the chosen one "
           "is underlined (only formatting distinguishes it); closing sentence confirms corrections first. "
           "MIP is someone else's task -> no MIP row. Expert name as written (no diacritics).",
      author="Aivars", created=D(2026, 5, 6, 22, 14), last_by="Baiba Kronberga", font="Arial", size=10)


# ---------------------------------------------------------------- 09 bold marks the choice, name+date in page header
def f09(doc):
    header(doc, [P(T("Eksperte: Dace Kalnača", size=9), TAB, TAB, T("2026. gada 9. aprīlis", size=9), align="right")])
    para(doc, P(T("Atzinums par profesionālās kvalifikācijas „Meža mašīnu operators” MIP un PKE saturu", b=True, size=13),
                after=8))
    table(doc, [["Nozare", "Kokrūpniecība (mežizstrāde)"], ["LKI", "3"],
                ["Iesniedzējs", "Profesionālās izglītības iestādes darba grupa"],
                ["Saņemts", "MIP un PKE – 24.03.2026."]], widths=[4.0, 12.0])
    para(doc, P(""))
    para(doc, P("Izvēlētais atzinuma variants iezīmēts treknrakstā.", i=True, size=9))

    def opts(k):
        return [P(T("saturs ir atbalstāms un virzāms saskaņošanai", b=(k == 0))),
                P(T("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", b=(k == 1))),
                P(T("saturs nav atbalstāms", b=(k == 2)))]

    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Pamatojums", b=True))],
        ["MIP", opts(2),
         ["Programmā nav paredzētas mācības ar harvestera/forvardera simulatoru, lai gan bez tām nav iespējams "
          "droši sagatavoties darbam ar reālu tehniku. Prakses apjoms mežizstrādes uzņēmumā ir tikai 160 stundas.",
          "Moduļos nav sasniedzamo rezultātu par tehnikas ikdienas apkopi un hidraulikas bojājumu atpazīšanu.",
          "Programma jāpārstrādā būtiski."]],
        ["PKE", opts(1),
         ["Eksāmena struktūra kopumā laba. Jāprecizē praktiskā uzdevuma vērtēšana: cirsmas sortimentu "
          "uzskaitei trūkst pieļaujamās kļūdas robežas, un nav norādīts, ka eksāmens notiek ar simulatoru vai "
          "reālu mašīnu."]],
    ], widths=[2.2, 6.0, 7.8], shade_rows=[0])


build("r19b09_MMO_atzinums_Kalnaca_09042026.docx", f09,
      rows=[R(MMO, "MIP", "not_supported", "Dace Kalnača", "2026-04-09", 3),
            R(MMO, "PKE", "needs_corrections", "Dace Kalnača", "2026-04-09", 3)],
      note="All options printed in each cell; the chosen one is only set in bold (stated in an italic note). "
           "Expert name and date appear only in the page header.",
      author="Baiba Kronberga", created=D(2026, 4, 10, 8, 55), font="Calibri")


# ---------------------------------------------------------------- 10 Gmail print, English headers
def f10(doc):
    para(doc, P(T("Gmail", b=True, color="D93025"), TAB, TAB, TAB, TAB, T("Elīna Pūce <elina.puce.lddk@gmail.com>", size=9)))
    para(doc, P(T("Elektrotehniķa MIP un PKE – atzinums", b=True, size=14), border_bottom=True))
    para(doc, P(T("Edgars Vītols", b=True), " <edgars.vitols@gmail.com>", TAB, TAB, "Mon, Mar 2, 2026 at 9:41 PM"))
    para(doc, P("To: Elīna Pūce <elina.puce.lddk@gmail.com>", size=9, after=8))
    para(doc, ["Labvakar, Elīna!",
               "Paldies par pacietību, beidzot izgāju cauri abiem elektrotehniķa dokumentiem.",
               P(T("MIP", b=True), " – atbalstu, var virzīt saskaņošanai. Moduļi sakārtoti loģiski, "
                 "elektroiekārtu ekspluatācijas un relejaizsardzības pamatu daļa atbilst LKI 4. Labojumi nav nepieciešami."),
               P(T("PKE", b=True), " – šādā redakcijā nevaru atbalstīt. Praktiskais uzdevums (apgaismojuma "
                 "shēmas montāža) ir montiera, nevis tehniķa līmenī – nav ne projektēšanas, ne aprēķina, ne "
                 "ekspluatācijas dokumentācijas daļas. Teorijā puse jautājumu ir no elektromontiera testa. "
                 "Jāpārstrādā un jāsūta vēlreiz ekspertīzei."),
               "Sīkākas piezīmes tabulā:"])
    table(doc, [
        [P(T("Nr.", b=True)), P(T("Dok.", b=True)), P(T("Piezīme", b=True))],
        ["1", "MIP", "(ieteikums) 7. modulī var pieminēt arī uzlādes stacijas, bet tas nav obligāti"],
        ["2", "PKE", "praktiskajam uzdevumam jāietver slodzes aprēķins un aizsardzības aparātu izvēle"],
        ["3", "PKE", "teorijas jautājumi 3, 8, 11–19 nav tehniķa līmenī"],
        ["4", "PKE", "vērtēšanas lapā nav kritērija par darba drošības instruktāžu"],
    ], widths=[1.0, 1.6, 13.0], size=10)
    para(doc, ["", "Edgars", ""])
    para(doc, P(T("On Mon, Feb 16, 2026 at 11:02 AM Elīna Pūce <elina.puce.lddk@gmail.com> wrote:", size=9, color="5F6368")))
    quoted = ["Labdien, Edgar!",
              "Pielikumā elektrotehniķa (LKI 4) MIP un PKE. Lūgums atzinumā skaidri norādīt par katru dokumentu, "
              "vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.",
              "Termiņš – 27. februāris, bet ja vajag vairāk laika, dod ziņu.",
              "Elīna"]
    para(doc, [P(T("> " + q, color="5F6368"), indent=0.5) for q in quoted])


build("r19b10_RE_ Elektrotehniķa MIP un PKE.docx", f10,
      rows=[R(ETEHN, "MIP", "supported", "Edgars Vītols", "2026-03-02", 4),
            R(ETEHN, "PKE", "not_supported", "Edgars Vītols", "2026-03-02", 4)],
      note="Gmail print-out, English headers ('Mon, Mar 2, 2026 at 9:41 PM', 'wrote:'), quoted coordinator request "
           "listing all options. First-person 'atbalstu' / 'nevaru atbalstīt'. An optional suggestion for MIP "
           "('nav obligāti') keeps MIP supported. LKI level only in the quoted request (matches register).",
      author="Elīna Pūce", created=D(2026, 3, 3, 9, 20))


# ---------------------------------------------------------------- 11 company letterhead, re-review of PKE
def f11(doc):
    header(doc, [P(T("SIA „Vidzemes mēbele”", b=True, size=14, color="5B3A1A"), align="center"),
                 P(T("Reģ. Nr. 44103071592  •  Rūpniecības iela 12, Valmiera, LV-4201  •  tālr. 64 207 113  •  "
                     "info@vidzemesmebele.lv", size=8), align="center", border_bottom=True)])
    para(doc, P("Valmierā", TAB, TAB, TAB, TAB, TAB, TAB, "2026. gada 8. aprīlī", BR, "Nr. 1-7/26", after=10))
    para(doc, P("Latvijas Darba devēju konfederācijai", BR, "projekta koordinatorei Baibai Kronbergai", align="right",
                after=10))
    para(doc, P(T("Par profesionālās kvalifikācijas „Mēbeļu galdnieks” PKE satura atkārtotu ekspertīzi", b=True),
                after=8))
    para(doc, P("Atbildot uz Jūsu 31.03.2026. e-pastu, esam izskatījuši darba grupas precizēto profesionālās "
                "kvalifikācijas eksāmena saturu un sniedzam atzinumu:", align="justify"))
    table(doc, [
        ["Kvalifikācija", "Mēbeļu galdnieks, LKI 4"],
        ["Izvērtētais dokuments", "PKE saturs (precizētā redakcija, saņemta 31.03.2026.)"],
        ["Iepriekšējā ekspertīze", "R. Zariņš, 03.03.2026.: saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
        ["Precizējumu izpilde", "Visi trīs precizējumi veikti: pielaides norādītas, kritēriju svari pārrēķināti, "
                                "dublējošie jautājumi aizstāti ar jauniem par apdares defektiem."],
        [P(T("Atkārtotās ekspertīzes atzinums", b=True)), P(T("PKE saturs ir atbalstāms un virzāms saskaņošanai.", b=True))],
    ], widths=[5.0, 11.0])
    para(doc, P("MIP šajā vēstulē netiek vērtēts.", before=8))
    para(doc, P("Ar cieņu", before=14))
    para(doc, P("ražošanas direktors,", BR, "LDDK deleģētais kokrūpniecības nozares eksperts", TAB, TAB, TAB,
                "Ēriks Pauniņš"))


build("r19b11_Vestule_Vidzemes mebele_PKE atkartoti.docx", f11,
      rows=[R(MEBG, "PKE", "supported", "Ēriks Pauniņš", "2026-04-08", 4)],
      note="Company letterhead (in the page header) + official letter with a key/value table. Table restates the "
           "earlier verdict of another expert (history, not counted); current verdict in the last row. Explicitly "
           "does not cover MIP -> no MIP row. Coordinator's and earlier expert's names are distractors.",
      author="Lāsma Krūze", created=D(2026, 4, 8, 14, 3), font="Times New Roman", size=12)


# ---------------------------------------------------------------- 12 tracked changes, PKL level
def f12(doc):
    A, W = "Māris Strautmanis", "2026-02-20T09:14:00Z"
    para(doc, P(T("Eksperta atzinums", b=True, size=14), align="center", after=8))
    table(doc, [
        ["Profesionālā kvalifikācija", "Mežsaimniecības tehniķis"],
        ["Profesionālās kvalifikācijas līmenis", "3. PKL"],
        ["Eksperts", A],
        ["Datums", P(DEL("13.02.2026.", A, W), INS("20.02.2026.", A, W))],
    ], widths=[6.5, 9.5], shaded=[(i, 0) for i in range(4)])
    para(doc, P(""))
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Piezīmes", b=True))],
        ["MIP",
         P(DEL("Saturs ir atbalstāms un virzāms saskaņošanai.", A, W),
           INS("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (sk. piezīmes).", A, W)),
         [P("Programma labi strukturēta, moduļi atbilst profesijas standartam."),
          P(INS("Pēc sarunas ar darba grupu 19.02.: moduļa „Meža inventarizācija” apraksts jāpapildina ar ĢIS "
                "rīku un tālizpētes datu izmantošanu; prakses apjoms jāsaskaņo ar mācību plānu (trūkst 40 st.).", A, W))]],
        ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai.", "Iebildumu nav."],
    ], widths=[2.2, 6.5, 7.3], shade_rows=[0])


build("r19b12_Mezsaimniecibas tehnikis_ar labojumiem.docx", f12,
      rows=[R(MEZSAIMN, "MIP", "needs_corrections", "Māris Strautmanis", "2026-02-20", 4),
            R(MEZSAIMN, "PKE", "supported", "Māris Strautmanis", "2026-02-20", 4)],
      note="Track changes left on: MIP verdict deleted (w:del 'atbalstāms un virzāms') and replaced (w:ins "
           "'pēc precizējumu'); date also changed via w:del/w:ins -> current = inserted text. Level given as old "
           "'3. PKL' = LKI 4.",
      author="Māris Strautmanis", created=D(2026, 2, 13, 16, 0), modified=D(2026, 2, 20, 9, 20),
      font="Calibri")


# ---------------------------------------------------------------- 13 energy: one table, three qualifications
def f13(doc):
    para(doc, P(T("Enerģētikas nozares MIP un PKE ekspertīze – eksperta kopsavilkuma tabula", b=True, size=12), after=4))
    para(doc, P("Aizpilda eksperts. Ailēs MIP/PKE norādīt atzinumu vai „–”, ja dokuments nav saņemts.", i=True, size=9,
                after=8))
    table(doc, [
        [P(T(h, b=True)) for h in ("Nr.", "Profesionālā kvalifikācija", "LKI", "MIP", "PKE", "Eksperta piezīmes")],
        ["1.", "Elektromontieris", "3", "atbalstāms, virzāms saskaņošanai", "atbalstāms pēc precizējumiem",
         "PKE: precizēt mērinstrumentu sarakstu un papildināt praktisko uzdevumu ar zemējuma pretestības mērījumu."],
        ["2.", "VGK iekārtu remontatslēdznieks", "3", "neatbalstu", "neatbalstu",
         "Nav nošķirts remontatslēdznieka un tehniķa (LKI 4) līmenis; PKE praktiskais uzdevums – sistēmas "
         "projektēšana, kas šim līmenim neatbilst. Abi dokumenti jāpārstrādā."],
        ["3.", "Atjaunojamās enerģētikas tehniķis", "4", "atbalstāms ar precizējumiem", "atbalstāms ar precizējumiem",
         "Saules elektrostaciju modulī trūkst tīkla pieslēguma prasību; PKE vērtēšanas lapā – svaru sadalījums. "
         "Vēja enerģijas daļa laba."],
    ], widths=[1.0, 4.0, 1.0, 3.0, 3.0, 5.0], shade_rows=[0], size=10)
    para(doc, P(""))
    para(doc, P("Eksperts: ", T("Oskars Rudzītis", b=True)))
    para(doc, P("Datums: 2026. gada 30. aprīlī"))


build("r19b13_Energetika_kopsavilkums_Rudzitis.docx", f13,
      rows=[R(EMONT, "MIP", "supported", "Oskars Rudzītis", "2026-04-30", 3),
            R(EMONT, "PKE", "needs_corrections", "Oskars Rudzītis", "2026-04-30", 3),
            R(VGKR, "MIP", "not_supported", "Oskars Rudzītis", "2026-04-30", 3),
            R(VGKR, "PKE", "not_supported", "Oskars Rudzītis", "2026-04-30", 3),
            R("atjaunojamās enerģētikas tehniķis", "MIP", "needs_corrections", "Oskars Rudzītis", "2026-04-30", 4),
            R("atjaunojamās enerģētikas tehniķis", "PKE", "needs_corrections", "Oskars Rudzītis", "2026-04-30", 4)],
      problems=["unknown_qualification"],
      note="Expert-filled summary table, one row per qualification with terse verdict phrases ('neatbalstu', "
           "'atbalstāms ar precizējumiem'). Alias 'VGK iekārtu remontatslēdznieks'. Third qualification is not in "
           "the register (LKI 4 taken from the table). Instruction line mentions '–' for missing documents (trap).",
      author="Oskars Rudzītis", created=D(2026, 4, 30, 20, 10), last_by="Elīna Pūce", font="Arial", size=10)


# ---------------------------------------------------------------- 14 very short, no diacritics
def f14(doc):
    table(doc, [
        ["Kvalifikacija", "motorzaga operators"],
        ["Dokuments", "PKE"],
        ["Atzinums", "atbalstams, virzams saskanosanai. Labojumi nav vajadzigi"],
        ["Eksperts", "J. Kalns"],
        ["Datums", "5.03.26"],
    ], widths=[4.0, 12.0])


build("r19b14_motorzaga op PKE.docx", f14,
      rows=[R(MOTORZ, "PKE", "supported", "J. Kalns", "2026-03-05", 3)],
      note="Minimal five-row key/value table, no diacritics, two-digit year '5.03.26'. Only PKE covered; "
           "initial+surname only.",
      author="", created=D(2026, 3, 5, 7, 48))


# ================================================================ NON-REVIEWS
# ---------------------------------------------------------------- 15 assignment table (coordinator)
def f15(doc):
    doc.sections[0].orientation = 1
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(29.7), Cm(21.0)
    para(doc, P(T("Ekspertu sadalījums MIP un PKE satura ekspertīzei (projekta 4. un 5. posms)", b=True, size=13)))
    para(doc, P("Sagatavoja: B. Kronberga, LDDK; aktualizēts 02.04.2026.", i=True, size=9, after=8))
    table(doc, [
        [P(T(h, b=True)) for h in ("Kvalifikācija", "Nozare", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss")],
        ["Motorzāģa operators", "Kokrūpniecība", "3", "V. Priedītis", "J. Kalns; V. Priedītis (2. kārta)", "31.03.", "atzinumi saņemti"],
        ["Mēbeļu galdnieks", "Kokrūpniecība", "4", "R. Zariņš", "R. Zariņš / Ē. Pauniņš", "15.04.", "PKE 2. kārta – gaidām"],
        ["Būvizstrādājumu galdnieks", "Kokrūpniecība", "4", "I. Bērziņa-Ose", "A. Grīnbergs", "15.05.", "gaidām atzinumus"],
        ["Meža mašīnu operators", "Kokrūpniecība", "3", "D. Kalnača", "V. Priedītis; D. Kalnača", "10.04.", "nodots darba grupai precizēšanai"],
        ["Elektromontieris", "Enerģētika", "3", "A. Kļaviņš", "K. Eglītis", "20.02.", "saņemts"],
        ["Elektrotehniķis", "Enerģētika", "4", "E. Vītols", "E. Vītols", "27.02.", "PKE – atkārtota ekspertīze"],
        ["VGK sistēmu tehniķis", "Enerģētika", "4", "L. Ābele", "L. Ābele", "30.04.", "PKE vēl nav iesniegts"],
        ["Mehatronisko sistēmu tehniķis", "Mašīnbūve un metālapstrāde", "4", "G. Sproģe", "G. Sproģe", "31.01.", "saņemts"],
    ], widths=[5.0, 3.6, 1.0, 3.0, 4.6, 1.8, 5.5], shade_rows=[0], size=9)
    para(doc, P(""))
    para(doc, P(T("Piezīmes koordinatoriem", b=True)))
    para(doc, [P("Ja atzinumā norādīts „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”, "
                 "precizējumu sarakstu nosūta darba grupai, un pēc labojumiem eksperts tikai apstiprina to izpildi.",
                 style="List Bullet"),
               P("Ja saturs nav atbalstāms, nepieciešama atkārtota ekspertīze (2. kārta) – plāno 5. posmā.", style="List Bullet"),
               P("Metodisko atbalstu ekspertiem nodrošina VISC satura speciālisti.", style="List Bullet")])


build("r19b15_Ekspertu sadalijums_4_5posms.docx", f15, rows=[], problems=["no_verdict"],
      note="NOT a review: coordinator's assignment table (qualification -> experts, deadlines, status). Mentions "
           "MIP/PKE, verdict wording in instructions, 'metodisko atbalstu', expert names. No gold rows.",
      author="Baiba Kronberga", created=D(2026, 1, 8, 10, 0), modified=D(2026, 4, 2, 12, 30), size=10)


# ---------------------------------------------------------------- 16 working-group meeting minutes
def f16(doc):
    para(doc, P(T("DARBA GRUPAS SANĀKSMES PROTOKOLS Nr. 3", b=True, size=13), align="center"))
    para(doc, P("Kokrūpniecības nozares MIP un PKE izstrāde", align="center", after=8))
    table(doc, [
        ["Datums, laiks", "2026. gada 18. marts, plkst. 14.00–15.40 (MS Teams)"],
        ["Piedalās", "Ilze Sīle (darba grupas vadītāja), Raimonds Zariņš, Inese Liepiņa (LDDK eksperti), "
                     "Baiba Kronberga (LDDK), Andris Ceplītis (VISC)"],
        ["Protokolē", "Laura Vanaga"],
    ], widths=[4.0, 12.0])
    para(doc, P(""))
    table(doc, [
        [P(T(h, b=True)) for h in ("Nr.", "Jautājums", "Izklāsts / lēmums", "Atbildīgais", "Termiņš")],
        ["1.", "Mēbeļu galdnieka PKE",
         "R. Zariņš iepazīstināja ar atzinumā minētajiem precizējumiem (pielaides, kritēriju svari, dublējošie "
         "jautājumi). Darba grupa piekrīt visiem trim. Nolemj: precizēto PKE iesniegt atkārtotai izvērtēšanai.",
         "I. Sīle", "31.03."],
        ["2.", "Koka izstrādājumu ražošanas tehniķa PKE",
         "Diskusija par to, vai praktiskais uzdevums atbilst tehniķa līmenim. I. Liepiņa uzskata, ka pašreizējā "
         "redakcijā tas nav atbalstāms; VISC pārstāvis ierosina apvienot ar ražošanas plānošanas uzdevumu. "
         "Nolemj: darba grupa sagatavo divus variantus.",
         "darba grupa", "30.04."],
        ["3.", "Dažādi",
         "B. Kronberga atgādina par atzinumu veidlapas lietošanu un ekspertu atbalstu no VISC puses.", "—", "—"],
    ], widths=[1.0, 3.5, 7.5, 2.3, 1.7], shade_rows=[0], size=10)
    para(doc, P(""))
    para(doc, ["Sanāksmes vadītāja: I. Sīle", "Protokolētāja: L. Vanaga"])


build("r19b16_Protokols_darba grupa 2026-03-18.docx", f16, rows=[], problems=["no_verdict"],
      note="NOT a review: minutes of a working-group meeting; reports experts' opinions second-hand "
           "('uzskata, ka ... nav atbalstāms') and decisions. No gold rows.",
      author="Laura Vanaga", created=D(2026, 3, 18, 16, 5))


# ---------------------------------------------------------------- 17 blank template with filling instructions
def f17(doc):
    para(doc, P(T("2. pielikums", size=9), align="right"))
    para(doc, P(T("NOZARES EKSPERTA ATZINUMA VEIDLAPA", b=True, size=13), align="center", after=8))
    table(doc, [
        ["Profesionālā kvalifikācija", "[kvalifikācijas nosaukums]"],
        ["LKI līmenis", "[3 / 4 / 5]"],
        ["Eksperts (vārds, uzvārds)", ""],
        ["Datums", "__.__.2026."],
    ], widths=[6.0, 10.0], shaded=[(i, 0) for i in range(4)])
    para(doc, P(""))
    opts = [P(BOX(False), " ", OPT_SUP), P(BOX(False), " ", OPT_NC), P(BOX(False), " ", OPT_NS)]
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Precizējumi", b=True))],
        ["MIP", opts, ""],
        ["PKE", [P(BOX(False), " ", OPT_SUP), P(BOX(False), " ", OPT_NC), P(BOX(False), " ", OPT_NS)], ""],
    ], widths=[2.2, 7.8, 6.0], shade_rows=[0])
    para(doc, P(""))
    para(doc, P(T("Aizpildīšanas norādījumi", b=True)))
    para(doc, [
        P("Katram dokumentam atzīmē tieši vienu variantu (☒). Ja dokuments nav iesniegts, ailē raksta „nav iesniegts”.",
          style="List Number"),
        P("Variantu „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” izvēlas, ja trūkumi ir novēršami "
          "bez atkārtotas ekspertīzes; precizējumus uzskaita konkrēti.", style="List Number"),
        P("Variantu „nav atbalstāms” izvēlas, ja nepieciešama būtiska pārstrāde; pamatojumu norāda obligāti.",
          style="List Number"),
        P("Aizpildīto veidlapu nosūta koordinatoram e-pastā .docx formātā.", style="List Number"),
    ])


build("r19b17_Atzinuma veidlapa_TUKSA.docx", f17, rows=[], problems=["no_verdict"],
      note="NOT a review: the blank form with filling instructions; all boxes empty, placeholders instead of a "
           "qualification and an expert. No gold rows.",
      author="Baiba Kronberga", created=D(2026, 1, 5, 9, 0))


# ---------------------------------------------------------------- 18 coordinator's reminder e-mail (EN Outlook headers)
def f18(doc):
    para(doc, P(T("Elīna Pūce", b=True, size=12), border_bottom=True))
    outlook_block(doc, [
        ("From:", "Elīna Pūce <elina.puce@lddk.lv>"),
        ("Sent:", "Wednesday, March 25, 2026 9:03 AM"),
        ("To:", "Edgars Vītols; Kaspars Eglītis; Līga Ābele; Oskars Rudzītis; Arturs Kļaviņš"),
        ("Cc:", "Baiba Kronberga"),
        ("Subject:", "Atgādinājums: MIP un PKE atzinumi līdz 31. martam"),
    ])
    para(doc, [P("", before=6), "Labdien, kolēģi!",
               "Atgādinu, ka 4. posms noslēdzas 31. martā un līdz tam jāiesniedz atzinumi par zemāk minētajiem "
               "dokumentiem. Lūdzu izmantot veidlapu un katram dokumentam atzīmēt vienu variantu: atbalstāms un "
               "virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms.",
               ""])
    table(doc, [
        [P(T(h, b=True)) for h in ("Kvalifikācija", "Dokuments", "Eksperts", "Statuss")],
        ["Elektromontieris", "MIP, PKE", "A. Kļaviņš, K. Eglītis", "saņemts"],
        ["Elektrotehniķis", "PKE (2. kārta)", "E. Vītols", "gaidām pēc skolas labojumiem"],
        ["VGK iekārtu remontatslēdznieks", "MIP, PKE", "O. Rudzītis", "gaidām"],
        ["VGK sistēmu tehniķis", "MIP", "L. Ābele", "gaidām"],
    ], widths=[5.5, 3.0, 4.0, 3.5], shade_rows=[0], size=10)
    para(doc, ["", "Ja kāds dokuments vēl nav saņemts no skolas, lūdzu dodiet ziņu – pārcelsim uz 5. posmu.",
               "Paldies par atbalstu!", "", "Elīna Pūce", "LDDK projekta koordinatore", "tālr. 67 225 162"])


build("r19b18_Atgadinajums ekspertiem.docx", f18, rows=[], problems=["no_verdict"],
      note="NOT a review: coordinator's reminder e-mail (Outlook print, English headers) with a status table and "
           "all verdict options in the request; 'Paldies par atbalstu' is the noun. No gold rows.",
      author="Elīna Pūce", created=D(2026, 3, 25, 9, 5))


# ================================================================ REVIEWS (continued)
# ---------------------------------------------------------------- 19 expert-redesigned matrix: options x (MIP|PKE)
def f19(doc):
    para(doc, P(T("Atzinums", b=True, size=14)))
    table(doc, [
        ["Kvalifikācija:", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"],
        ["Līmenis:", "3. LKI"],
        ["Eksperte:", "Sandra Dzene"],
        ["Datums:", "15.05.2026."],
    ], widths=[3.5, 12.5], style=None)
    para(doc, P("Veidlapu nedaudz pārveidoju – abus dokumentus vērtēju vienā tabulā, atzīme ar „X” attiecīgajā ailē.",
                i=True, size=9, before=6, after=6))
    X = P(T("X", b=True), align="center")
    table(doc, [
        [P(T("Atzinums", b=True)), P(T("MIP", b=True), align="center"), P(T("PKE", b=True), align="center")],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "", X],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", X, ""],
        ["Saturs nav atbalstāms", "", ""],
    ], widths=[11.0, 2.5, 2.5], shade_rows=[0])
    para(doc, P(""))
    para(doc, P(T("Precizējumi MIP", b=True)))
    para(doc, [P("Modulī „Ventilācijas iekārtu tehniskā apkope” jāiekļauj filtru klašu (ISO 16890) izvēle un "
                 "nomaiņas dokumentēšana.", style="List Bullet"),
               P("Aukstumaģentu apriti pietiek minēt teorētiski, bet jānorāda, ka darbus ar F-gāzēm veic tikai "
                 "sertificēta persona.", style="List Bullet"),
               P("Salīdzinājumā ar iepriekšējo redakciju (kuru O. Rudzītis neatbalstīja) līmeņu nošķīrums "
                 "tagad ir skaidrs – tas ir būtisks uzlabojums.", style="List Bullet")])
    para(doc, P(T("PKE", b=True)))
    para(doc, "Praktiskais uzdevums (jumta ventilācijas iekārtas apkope ar defektu atrašanu) ir atbilstošs. Iebildumu nav.")


build("r19b19_VGK remontatslēdznieks_Dzene.docx", f19,
      rows=[R(VGKR, "MIP", "needs_corrections", "Sandra Dzene", "2026-05-15", 3),
            R(VGKR, "PKE", "supported", "Sandra Dzene", "2026-05-15", 3)],
      note="Expert-redesigned form: one matrix, options as rows and MIP|PKE as columns, X in a cell. The empty "
           "'nav atbalstāms' row and a history mention of another expert's earlier rejection are traps.",
      author="Sandra Dzene", created=D(2026, 5, 15, 11, 40), font="Calibri")


# ---------------------------------------------------------------- 20 long second-round review, MIP only
def f20(doc):
    para(doc, P(T("ATKĀRTOTĀS EKSPERTĪZES ATZINUMS", b=True, size=13), align="center"))
    para(doc, P("par kompetencēs balstītas modulārās izglītības programmas saturu", align="center", after=10))
    table(doc, [
        ["Profesionālā kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"],
        ["LKI līmenis", "4"],
        ["Ekspertīzes kārta", "2. kārta (1. kārtas atzinums – 19.03.2026.)"],
        ["Vērtētais dokuments", "MIP, precizētā redakcija (saņemta 04.05.2026.)"],
        ["Eksperte", "Inese Liepiņa"],
        ["Atzinuma datums", "2026. gada 12. maijs"],
    ], widths=[5.5, 10.5], shaded=[(i, 0) for i in range(6)])
    para(doc, P("Šis atzinums attiecas tikai uz MIP. PKE 1. kārtā jau tika izvērtēts, un atkārtoti to neskatīju.",
                i=True, before=6, after=8))
    para(doc, P(T("1. Iepriekšējās kārtas precizējumu izpilde", b=True)))
    table(doc, [
        [P(T(h, b=True)) for h in ("Nr.", "Precizējums 1. kārtā", "Izpildīts?", "Komentārs")],
        ["1.", "CNC programmēšanas modulī papildināt ar CAM programmatūras pamatiem", "Jā",
         "Pievienota tēma „CAM sagataves un instrumentu ceļi” (24 st.), piemēri ar divām programmām."],
        ["2.", "Norādīt, kurā modulī apgūst instrumentu nomaiņu un kalibrēšanu", "Jā",
         "Iekļauts modulī „CNC iekārtu regulēšana”, sasniedzamie rezultāti formulēti izmērāmi."],
        ["3.", "Saskaņot moduļu apjomu ar kopējo programmas apjomu", "Jā", "Kopsumma tagad sakrīt (1 920 st.)."],
    ], widths=[1.0, 6.5, 2.0, 6.5], shade_rows=[0], size=10)
    para(doc, P(""))
    para(doc, P(T("2. Satura izvērtējums", b=True)))
    table(doc, [
        [P(T(h, b=True)) for h in ("Kritērijs", "Jā", "Nē", "Piezīmes")],
        ["Programmas mērķis atbilst profesijas standartam un kvalifikācijas prasībām", "X", "", ""],
        ["Moduļu sasniedzamie rezultāti ir izmērāmi un atbilst LKI 4. līmenim", "X", "", ""],
        ["Programmā integrētas digitālās un zaļās prasmes", "X", "",
         "Materiālu optimizācijas (griešanas plānu) tēma ir ļoti vērtīga."],
        ["Darba vidē balstītu mācību iespējas aprakstītas", "X", "", "Varētu konkretizēt uzņēmuma mentora lomu."],
        ["Mācību resursu saraksts ir aktuāls", "", "X",
         "Divas grāmatas no 2004. gada; ieteicams aktualizēt, taču tas neietekmē atzinumu."],
    ], widths=[7.5, 1.0, 1.0, 6.5], shade_rows=[0], size=10)
    para(doc, P(""))
    para(doc, P(T("3. Ieteikumi turpmākajam darbam", b=True), " (nav obligāti atzinuma izpildei)"))
    para(doc, [P("Mācību resursu sarakstu papildināt ar ražotāju tiešsaistes apmācību materiāliem.", style="List Bullet"),
               P("Nākamajā programmas pārskatīšanā apsvērt robotizētas detaļu padeves pamatus.", style="List Bullet"),
               P("Vērtēšanas uzdevumos vairāk izmantot reālus uzņēmumu pasūtījumus.", style="List Bullet")])
    para(doc, P(""))
    para(doc, P("1. kārtā MIP saturs bija atbalstāms tikai pēc precizējumu veikšanas. Visi toreiz minētie "
                "precizējumi ir veikti kvalitatīvi, un jaunu būtisku trūkumu nav.", align="justify"))
    table(doc, [[P(T("Secinājums", b=True)),
                 P(T("MIP saturs ir atbalstāms un virzāms saskaņošanai.", b=True))]], widths=[4.0, 12.0],
          shaded=[(0, 0)])
    para(doc, P(""))
    para(doc, P("Eksperte ", T("Inese Liepiņa", i=True)))


build("r19b20_DKIO MIP atkārtotā ekspertīze GALĪGAIS.docx", f20,
      rows=[R(DKIO, "MIP", "supported", "Inese Liepiņa", "2026-05-12", 4)],
      note="Long second-round review (tables of earlier corrections done + criteria + optional recommendations). "
           "A 'Nē' criterion and recommendations explicitly do not affect the verdict; history sentence "
           "('1. kārtā ... tikai pēc precizējumu veikšanas') is not the verdict; 'Secinājums' row = supported. "
           "Explicitly MIP only -> no PKE row.",
      author="Inese Liepiņa", created=D(2026, 5, 11, 18, 0), modified=D(2026, 5, 12, 8, 30), font="Cambria")


# ---------------------------------------------------------------- 21 conflict: ticked box vs conclusion cell (PKE)
def f21(doc):
    para(doc, P(T("Ekspertīzes atzinums", b=True, size=13)))
    table(doc, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI", "4"],
        ["Eksperte", "Ilona Krūmiņa"],
        ["Datums", "20.05.2026"],
        ["Vērtētie dokumenti", "MIP (papildināta ar moduli „Ražošanas plānošana”), PKE (pārstrādātā redakcija)"],
    ], widths=[4.5, 11.5])
    para(doc, P(""))

    def opts(k):
        return [P(BOX(k == 0), " atbalstāms un virzāms saskaņošanai"),
                P(BOX(k == 1), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
                P(BOX(k == 2), " nav atbalstāms")]

    table(doc, [
        [P(T("Dok.", b=True)), P(T("Atzinums", b=True)), P(T("Eksperta secinājums", b=True))],
        ["MIP", opts(1),
         "Jaunais modulis ir vērtīgs, bet tā sasniedzamie rezultāti jāsaskaņo ar PKE; pēc tam var virzīt saskaņošanai."],
        ["PKE", opts(0),
         "PKE saturs nav atbalstāms – vērtēšanas lapa joprojām vērtē tikai izstrādājuma izgatavošanu, "
         "ražošanas plānošanas uzdevums nav iekļauts vērtējumā."],
    ], widths=[1.6, 6.4, 8.0], shade_rows=[0])


build("r19b21_Krumina_KIRT_atzinums.docx", f21,
      rows=[R(KIRT, "MIP", "needs_corrections", "Ilona Krūmiņa", "2026-05-20", 4),
            R(KIRT, "PKE", "unknown", "Ilona Krūmiņa", "2026-05-20", 4)],
      problems=["conflict"],
      note="PKE: the ticked box says 'atbalstāms un virzāms' while the conclusion cell in the same row says "
           "'PKE saturs nav atbalstāms' - two current verdicts of equal weight -> unknown + conflict. MIP box "
           "and conclusion agree (needs_corrections).",
      author="Ilona Krūmiņa", created=D(2026, 5, 20, 21, 30), last_by="Baiba Kronberga")


# ---------------------------------------------------------------- 22 MIP left without a verdict
def f22(doc):
    para(doc, P(T("Meža mašīnu operators (LKI 3) – MIP un PKE ekspertīze", b=True, size=12), after=6))
    table(doc, [["Eksperts", "Arnis Vanags"], ["Datums", "05.06.2026."]], widths=[3.5, 6.0])
    para(doc, P(""))

    def opts(k):
        return [P(T("☑" if k == 0 else "☐", font="Segoe UI Symbol"), " atbalstāms un virzāms saskaņošanai"),
                P(T("☑" if k == 1 else "☐", font="Segoe UI Symbol"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
                P(T("☑" if k == 2 else "☐", font="Segoe UI Symbol"), " nav atbalstāms")]

    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Piezīmes", b=True))],
        ["MIP", opts(None),
         ["Simulatora mācības tagad iekļautas (80 st.), prakse mežizstrādes uzņēmumā palielināta līdz 320 st.",
          "Moduļa „Hidrauliskās sistēmas” apraksts ir ļoti plašs – vai to tiešām var apgūt 3. līmenī?",
          "Vides prasību daļā minēti FSC un PEFC sertifikācijas principi."]],
        ["PKE", opts(0),
         "Praktiskajā daļā tagad skaidri norādīts, ka uzdevums notiek ar simulatoru un īsāka daļa – ar reālu "
         "forvarderi. Vērtēšanas kritēriji skaidri."],
    ], widths=[2.2, 6.8, 7.0], shade_rows=[0])


build("r19b22_MMO atzinums Vanags.docx", f22,
      rows=[R(MMO, "MIP", "unknown", "Arnis Vanags", "2026-06-05", 3),
            R(MMO, "PKE", "supported", "Arnis Vanags", "2026-06-05", 3)],
      problems=["no_verdict"],
      note="MIP row has remarks (observations, a question) but none of the three boxes ticked and no verdict "
           "sentence -> unknown + no_verdict. PKE ticked with ☑ (Segoe UI Symbol text glyph).",
      author="Arnis Vanags", created=D(2026, 6, 5, 12, 12))


# ---------------------------------------------------------------- 23 qualification not in the register; values below labels
def f23(doc):
    para(doc, P(T("LDDK NOZARES EKSPERTA ATZINUMS", b=True, size=13), align="center", after=8))
    table(doc, [
        [P(T("Nozare", b=True)), P(T("Profesionālā kvalifikācija", b=True))],
        ["Mašīnbūve un metālapstrāde", "Metinātājs"],
        [P(T("LKI līmenis", b=True)), P(T("Izglītības programmas veids", b=True))],
        ["LKI 3", "profesionālā vidējā izglītība un tālākizglītība"],
        [P(T("Eksperta vārds, uzvārds", b=True)), P(T("Atzinuma sagatavošanas datums", b=True))],
        ["Jolanta Misiņa", "2026. gada 10. jūnijs"],
    ], widths=[8.0, 8.0], shade_rows=[0, 2, 4])
    para(doc, P(""))
    C = P("✓", align="center")
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinuma varianti", b=True)), P(T("Atzīme", b=True), align="center")],
        ["MIP", OPT_SUP, ""],
        [None, OPT_NC, C],
        [None, OPT_NS, ""],
        ["PKE", OPT_SUP, C],
        [None, OPT_NC, ""],
        [None, OPT_NS, ""],
    ], widths=[2.5, 11.0, 2.5], shade_rows=[0], merges=[(1, 0, 3, 0), (4, 0, 6, 0)])
    para(doc, P(""))
    para(doc, P(T("Precizējumi (MIP)", b=True)))
    para(doc, [P("Metināšanas procesu apzīmējumus lietot saskaņā ar LVS EN ISO 4063 (135, 141, 111), nevis tikai "
                 "„MAG/TIG”.", style="List Number"),
               P("Modulī „Metinājumu kvalitātes kontrole” papildināt ar vizuālās kontroles standartu LVS EN ISO 17637.",
                 style="List Number"),
               P("Darba aizsardzības modulī – metināšanas dūmu nosūces prasības.", style="List Number")])


build("r19b23_Metinatajs_MIP_PKE_Misina.docx", f23,
      rows=[R("metinātājs", "MIP", "needs_corrections", "Jolanta Misiņa", "2026-06-10", 3),
            R("metinātājs", "PKE", "supported", "Jolanta Misiņa", "2026-06-10", 3)],
      problems=["unknown_qualification"],
      note="Qualification 'Metinātājs' is not in the register (reported, LKI 3 from the form). Two-column "
           "label row / value row layout. Options as separate rows under a merged document cell, ✓ in an "
           "'Atzīme' column.",
      author="Jolanta Misiņa", created=D(2026, 6, 10, 10, 25), last_by="Baiba Kronberga", font="Arial", size=10)


# ---------------------------------------------------------------- 24 hasty Gmail reply without diacritics, MIP only
def f24(doc):
    para(doc, P(T("Gmail", b=True, color="D93025"), TAB, TAB, TAB, TAB, T("Elīna Pūce <elina.puce.lddk@gmail.com>", size=9)))
    para(doc, P(T("Re: elektrotehnikis MIP", b=True, size=14), border_bottom=True))
    para(doc, P(T("Kristaps Ločmelis", b=True), " <k.locmelis@gmail.com>", TAB, TAB, "Wed, Apr 8, 2026 at 9:14 PM"))
    para(doc, P("To: Elīna Pūce <elina.puce.lddk@gmail.com>", size=9, after=8))
    para(doc, ["Sveika!",
               "MIP elektrotehnikim izskatiju - viss kartiba, atbalstu un var virzit saskanosanai, labojumi nav vajadzigi. "
               "Moduli sakartoti logiski, prakse pietiekama.",
               "PKE vel nav atsutits, to paskatisos kad bus.",
               "Kristaps",
               "",
               P(T("Sent from my iPhone", size=9, color="5F6368")), ""])
    para(doc, P(T("On Tue, Apr 7, 2026 at 3:30 PM Elīna Pūce <elina.puce.lddk@gmail.com> wrote:", size=9, color="5F6368")))
    quoted = ["Sveiks, Kristap!",
              "Vai vari šonedēļ paskatīt elektrotehniķa MIP (pielikumā)? Vajag otru viedokli, jo pirmais eksperts "
              "to atbalstīja, bet skola pa to laiku mainīja divus moduļus.",
              "Paldies!"]
    para(doc, [P(T("> " + q, color="5F6368"), indent=0.5) for q in quoted])


build("r19b24_Gmail - elektrotehnikis MIP.docx", f24,
      rows=[R(ETEHN, "MIP", "supported", "Kristaps Ločmelis", "2026-04-08", 4)],
      note="Gmail print, reply typed without diacritics on a phone. 'atbalstu' first person; PKE 'vel nav "
           "atsutits' -> not covered, no row. The quote mentions an earlier expert's support (history). "
           "Expert name from the sender line (with diacritics).",
      author="Elīna Pūce", created=D(2026, 4, 9, 8, 0))


# ---------------------------------------------------------------- 25 name in page header, date in footer only
def f25(doc):
    header(doc, P(T("Eksperte: Ieva Bērziņa-Ose", size=9), TAB, TAB, T("Kokrūpniecība", size=9)))
    header(doc, P(T("Sagatavots 2026. gada 12. maijā", size=8), TAB, TAB, T("1. lpp. no 1", size=8)), footer=True)
    para(doc, P(T("Būvizstrādājumu galdnieka MIP – ekspertīzes atzinums", b=True, size=13), after=8))
    para(doc, P("LKI līmenis: 4", BR, "PKE ekspertīzi veic A. Grīnbergs, tāpēc šeit tikai par programmu.", after=8))
    V = P(T("V", b=True), align="center")
    table(doc, [
        [P(T("Atzinums par MIP", b=True)), P(T("Atzīmēt ar V", b=True, size=9), align="center")],
        ["saturs ir atbalstāms un virzāms saskaņošanai", ""],
        ["saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", V],
        ["saturs nav atbalstāms", ""],
        [P(T("Precizējumi:", b=True), BR,
           "a) logu un durvju bloku montāžas modulī jāatsaucas uz aktuālajiem būvnormatīviem (LBN 002-19);", BR,
           "b) trūkst tēmas par gaisa caurlaidības pārbaudi (blower-door) un pieslēgumu blīvēšanu;", BR,
           "c) vairāki moduļi nosaukti „Galdniecības pamati I, II, III” – nosaukumus precizēt pēc satura."), None],
    ], widths=[12.5, 3.5], shade_rows=[0], merges=[(4, 0, 4, 1)])


build("r19b25_BIG_MIP_atzinums.docx", f25,
      rows=[R(BIG, "MIP", "needs_corrections", "Ieva Bērziņa-Ose", "2026-05-12", 4)],
      note="Expert name (hyphenated surname) only in the page header, date only in the footer. Options as rows "
           "with 'V' in a mark column. PKE reviewed by someone else -> no PKE row. Genitive 'Būvizstrādājumu "
           "galdnieka'.",
      author="Baiba Kronberga", created=D(2026, 5, 13, 9, 45))


# ---------------------------------------------------------------- 26 one expert, three qualifications in sections
def f26(doc):
    para(doc, P(T("Kokrūpniecības nozares eksperta atzinums", b=True, size=14), align="center"))
    para(doc, P("(MIP un PKE satura ekspertīze, projekta 4. posms)", align="center", after=10))

    def block(title, rows):
        para(doc, P(T(title, b=True, size=12), before=10, after=4))
        table(doc, [[P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Komentārs", b=True))]] + rows,
              widths=[2.4, 6.3, 7.3], shade_rows=[0], size=10)

    block("1. Motorzāģa operators (LKI 3) – PKE, 2. kārta", [
        ["MIP", "—", "MIP atzinums sniegts 11.03.2026., šeit netiek atkārtots."],
        ["PKE", "Precizējumi veikti. Atbalstu un iesaku virzīt saskaņošanai.",
         "Ķēdes asināšanas vērtēšanai ieviesta skala 0–3, 17. jautājums izlabots."],
    ])
    block("2. Kokapstrādes iekārtu operators (LKI 3) – MIP un PKE, 1. kārta", [
        ["MIP", "Atbalstāms ar nosacījumu, ka tiek apvienoti moduļi „Plānošana” un „Gareniskā frēzēšana”.",
         "Abos moduļos sasniedzamie rezultāti ir gandrīz vienādi; pēc apvienošanas atbrīvosies ~60 st. "
         "drošības tehnikai pie formatēšanas zāģa."],
        ["PKE", "Atbalstāms. Pirms virzīšanas saskaņošanai jāpievieno materiālu specifikācija praktiskajam uzdevumam.",
         "Bez specifikācijas eksaminējamie var izvēlēties dažāda biezuma sagataves, un rezultāti nav salīdzināmi."],
    ])
    block("3. Meža mašīnu operators (LKI 3) – tikai PKE (MIP vērtē D. Kalnača)", [
        ["PKE", "Pašreizējā redakcijā PKE saturs nav atbalstāms.",
         "Eksāmena praktiskā daļa paredz darbu ar harvesteri, bet nav noteikts, vai ar reālu mašīnu vai "
         "simulatoru, nav drošības prasību un vērtēšanas kritēriju. Jāizstrādā no jauna."],
    ])
    para(doc, P(""))
    table(doc, [["Eksperts", "Paraksts / datums"], ["Valdis Priedītis", "27.03.2026"]], widths=[8.0, 8.0],
          shade_rows=[0])


build("r19b26_Kokrupnieciba_3_kvalifikacijas_Priedītis.docx", f26,
      rows=[R(MOTORZ, "PKE", "supported", "Valdis Priedītis", "2026-03-27", 3),
            R(KIO, "MIP", "needs_corrections", "Valdis Priedītis", "2026-03-27", 3),
            R(KIO, "PKE", "needs_corrections", "Valdis Priedītis", "2026-03-27", 3),
            R(MMO, "PKE", "not_supported", "Valdis Priedītis", "2026-03-27", 3)],
      note="One expert, three qualifications, a section and a small table each. Motorzāģa MIP row only refers to "
           "an earlier review ('netiek atkārtots') -> no row; MMO MIP explicitly someone else's -> no row. KIO: "
           "'atbalstāms ar nosacījumu' and 'Atbalstāms.' + condition in the NEXT sentence -> needs_corrections.",
      author="Valdis Priedītis", created=D(2026, 3, 27, 16, 20), last_by="Baiba Kronberga", font="Times New Roman",
      size=11)


# ---------------------------------------------------------------- 27 e-mail chain RE: RE:, newest message reverses
def f27(doc):
    para(doc, P(T("Elīna Pūce", b=True, size=12), border_bottom=True))
    outlook_block(doc, [
        ("No:", "Edgars Vītols <edgars.vitols@gmail.com>"),
        ("Nosūtīts:", "trešdiena, 2026. gada 15. aprīlis 07:52"),
        ("Kam:", "Elīna Pūce"),
        ("Tēma:", "RE: RE: Elektrotehniķa PKE – pārstrādātā versija"),
    ])
    para(doc, [P("", before=6), "Labrīt, Elīna!",
               "Izskatīju skolas pārstrādāto elektrotehniķa PKE. Praktiskajā uzdevumā tagad ir slodzes aprēķins un "
               "aizsardzības aparātu izvēle, teorijas jautājumi nomainīti uz tehniķa līmeni, vērtēšanas lapā "
               "ir darba drošības kritērijs.",
               P("Šoreiz PKE atbalstu bez precizējumiem – var virzīt saskaņošanai.", b=True),
               "Edgars", ""])
    para(doc, P(border_bottom=True))
    outlook_block(doc, [
        ("No:", "Elīna Pūce"),
        ("Nosūtīts:", "piektdiena, 2026. gada 10. aprīlis 13:20"),
        ("Kam:", "Edgars Vītols"),
        ("Tēma:", "RE: Elektrotehniķa PKE – pārstrādātā versija"),
    ])
    para(doc, [P("", before=6), "Edgar, skola atsūtīja pārstrādāto PKE (pielikumā), ņemot vērā Tavas piezīmes. "
               "Lūdzu paskaties, vai tagad var atbalstīt.", "Elīna", ""])
    para(doc, P(border_bottom=True))
    outlook_block(doc, [
        ("No:", "Edgars Vītols"),
        ("Nosūtīts:", "pirmdiena, 2026. gada 2. marts 21:41"),
        ("Kam:", "Elīna Pūce"),
        ("Tēma:", "Elektrotehniķa MIP un PKE – atzinums"),
    ])
    para(doc, [P("", before=6),
               "… PKE – šādā redakcijā nevaru atbalstīt. Praktiskais uzdevums ir montiera, nevis tehniķa līmenī. "
               "Jāpārstrādā un jāsūta vēlreiz ekspertīzei. …"])


build("r19b27_RE RE Elektrotehnika PKE parstradata.docx", f27,
      rows=[R(ETEHN, "PKE", "supported", "Edgars Vītols", "2026-04-15", 4)],
      note="Outlook thread, newest on top. The quoted March message rejects PKE (history); the newest reply "
           "supports it 'bez precizējumiem' (= without corrections, not 'pēc precizējumiem'). Only PKE is "
           "discussed in the current message -> no MIP row. Date = newest message.",
      author="Elīna Pūce", created=D(2026, 4, 15, 8, 30))


# ---------------------------------------------------------------- 28 company letterhead, table in letter
def f28(doc):
    header(doc, [P(T("SIA „ENERĢIJAS RISINĀJUMI”", b=True, size=15, color="1F4E79")),
                 P(T("Elektroietaišu projektēšana, montāža un ekspluatācija", i=True, size=9)),
                 P(T("Reģ. Nr. 40103958214 | Ganību dambis 17a, Rīga, LV-1045 | www.energijasrisinajumi.lv",
                     size=8), border_bottom=True)])
    para(doc, P("Rīgā, 2026. gada 24. februārī", TAB, TAB, TAB, TAB, "Nr. ER-26/031", after=10))
    para(doc, P("LDDK projekta koordinatorei", BR, "Elīnai Pūcei", after=10))
    para(doc, P(T("Par profesionālās kvalifikācijas „Elektromontieris” MIP un PKE satura ekspertīzi", b=True), after=8))
    para(doc, P("Izvērtējot izglītības iestādes darba grupas iesniegto modulārās izglītības programmu un "
                "profesionālās kvalifikācijas eksāmena saturu (LKI 3. līmenis), sniedzam šādu atzinumu:",
                align="justify", after=6))
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Pamatojums un precizējumi", b=True))],
        ["MIP", "Saturs ir atbalstāms un virzāms saskaņošanai.",
         "Programma atbilst profesijas standartam; moduļi par zibensaizsardzību un mazjaudas saules "
         "elektrostacijām vērtējami atzinīgi. Iebildumu nav."],
        ["PKE", "Saturs ir atbalstāms ar nosacījumu, ka tiek veikti blakus ailē minētie precizējumi; pēc tam "
                "virzāms saskaņošanai.",
         ["– praktiskā uzdevuma aprakstā norādīt darba atļaujas (norīkojuma) noformēšanu;",
          "– vērtēšanas lapā atdalīt drošības kritērijus kā obligātus (neizpilde = eksāmens nav nokārtots)."]],
    ], widths=[2.2, 6.0, 7.8], shade_rows=[0], size=10)
    para(doc, P("Ar cieņu", before=14))
    para(doc, P("valdes loceklis, LDDK deleģētais enerģētikas nozares eksperts", BR,
                "Mg.sc.ing. Arturs Kļaviņš"))


build("r19b28_Elektromontieris_MIP_PKE_vestule.docx", f28,
      rows=[R(EMONT, "MIP", "supported", "Arturs Kļaviņš", "2026-02-24", 3),
            R(EMONT, "PKE", "needs_corrections", "Arturs Kļaviņš", "2026-02-24", 3)],
      note="Company letterhead (page header) and formal letter with a document|verdict|reasons table. PKE "
           "'atbalstāms ar nosacījumu ... pēc tam virzāms' = needs_corrections. Expert title 'Mg.sc.ing.' "
           "dropped from the label.",
      author="Arturs Kļaviņš", created=D(2026, 2, 24, 11, 15), font="Georgia", size=10)


# ---------------------------------------------------------------- 29 criterion table for two qualifications (PKE only)
def f29(doc):
    para(doc, P(T("PKE satura izvērtējums – ventilācijas un gaisa kondicionēšanas kvalifikācijas", b=True, size=12),
                after=6))
    para(doc, P("Eksperte: Līga Ābele", BR, "Dokuments: profesionālās kvalifikācijas eksāmena saturs (abām kvalifikācijām). "
                "MIP šajā atzinumā netiek vērtētas.", after=8))
    C = P("✓", align="center")
    table(doc, [
        [P(T("Kritērijs", b=True)), P(T("VGK sistēmu tehniķis (LKI 4)", b=True), align="center"),
         P(T("VGK iekārtu remontatslēdznieks (LKI 3)", b=True), align="center")],
        ["PKE struktūra atbilst vadlīnijām", P("Jā", align="center"), P("Jā", align="center")],
        ["Praktiskais uzdevums atbilst kvalifikācijas līmenim", P("Jā", align="center"), P("Jā", align="center")],
        ["Vērtēšanas kritēriji ir izmērāmi", P("Nē", align="center"), P("Jā", align="center")],
        ["Teorētiskās daļas jautājumi atbilst PK prasībām", P("Jā", align="center"), P("Jā", align="center")],
        [P(T("Kopvērtējums", b=True)), None, None],
        ["saturs atbalstāms un virzāms saskaņošanai", "", C],
        ["saturs atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", C, ""],
        ["saturs nav atbalstāms", "", ""],
        [P(T("Precizējumi", b=True)),
         "Energoefektivitātes mērījuma uzdevumā noteikt pieļaujamo kļūdu un punktu skalu (sk. kritēriju Nr. 3).",
         "—"],
    ], widths=[7.0, 4.5, 4.5], shade_rows=[0, 5], merges=[(5, 0, 5, 2)], size=10)
    para(doc, P(""))
    table(doc, [["Paraksts / datums", "L. Ābele   2026-05-22"]], widths=[5.0, 11.0])


build("r19b29_VGK PKE kriteriji abas kvalifikacijas.docx", f29,
      rows=[R(VGKS, "PKE", "needs_corrections", "Līga Ābele", "2026-05-22", 4),
            R(VGKR, "PKE", "supported", "Līga Ābele", "2026-05-22", 3)],
      note="Criterion table with one Jā/Nē column per qualification (aliases 'VGK ...'), overall rows with ✓ "
           "under the qualification; MIP explicitly not covered -> no MIP rows. ISO date in the signature cell.",
      author="Līga Ābele", created=D(2026, 5, 22, 14, 0), last_by="Elīna Pūce")


# ---------------------------------------------------------------- 30 checkboxes ignored, verdict in conclusion; no name
def f30(doc):
    para(doc, P(T("Nozares eksperta atzinums", b=True, size=13), align="center", after=8))
    table(doc, [
        ["Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"],
        ["LKI līmenis", "4"],
        ["Eksperts", ""],
        ["Datums", "2026. gada 12. janvārī"],
    ], widths=[5.5, 10.5], shaded=[(i, 0) for i in range(4)])
    para(doc, P(""))
    opts = [P(BOX(False), " ", OPT_SUP), P(BOX(False), " ", OPT_NC), P(BOX(False), " ", OPT_NS)]
    table(doc, [
        [P(T("Dokuments", b=True)), P(T("Atzinums", b=True)), P(T("Piezīmes", b=True))],
        ["MIP", [P(BOX(False), " ", OPT_SUP), P(BOX(False), " ", OPT_NC), P(BOX(False), " ", OPT_NS)],
         P(T("skat. secinājumu zemāk", i=True))],
        ["PKE", opts, P(T("skat. secinājumu zemāk", i=True))],
    ], widths=[2.2, 7.8, 6.0], shade_rows=[0])
    para(doc, P(""))
    para(doc, P(T("Secinājums", b=True, u=True)))
    para(doc, P(T("MIP", b=True), " – šādā redakcijā nav atbalstāma. Programmā nav robotikas un industriālo "
                "tīklu (Profinet, IO-Link) moduļu, kas ir profesijas standarta pamatā; sensoru un izpildmehānismu "
                "tēmas atkārtojas trīs moduļos. Jāpārstrādā un jāiesniedz atkārtoti.", align="justify"))
    para(doc, P(T("PKE", b=True), " – atbalstāms, ja tiek izpildīts nosacījums: praktiskajā daļā kļūmes meklēšanas "
                "uzdevumam jāpievieno vērtēšanas kritēriji un laika limits. Pēc tam var virzīt saskaņošanai.",
                align="justify"))


build("r19b30_Mehatronisko sist tehn_atzinums_v2.docx", f30,
      rows=[R(MEHA, "MIP", "not_supported", "", "2026-01-12", 4),
            R(MEHA, "PKE", "needs_corrections", "", "2026-01-12", 4)],
      note="Expert ignored the checkboxes (all ☐, 'skat. secinājumu zemāk') and wrote verdicts in the "
           "'Secinājums' paragraph: 'nav atbalstāma' / 'atbalstāms, ja ... Pēc tam var virzīt'. Expert cell left "
           "empty and no name anywhere in the text -> expert empty (core author is the coordinator).",
      author="Baiba Kronberga", created=D(2026, 1, 13, 9, 10))


# ---------------------------------------------------------------- 31 qualification not in the register; nested table
def f31(doc):
    para(doc, P(T("EKSPERTĪZES ATZINUMS", b=True, size=13), align="center", after=8))
    t = table(doc, [
        [P(T("Kvalifikācija", b=True)), "Kokkopis"],
        [P(T("LKI", b=True)), "4. līmenis"],
        [P(T("Eksperts", b=True)), "Arnis Vanags, kokrūpniecības nozares eksperts"],
        [P(T("Datums", b=True)), "02.07.2026."],
        [P(T("Atzinums", b=True)), ""],
        [P(T("Kopsavilkums", b=True)),
         ["Neatbalstu ne MIP, ne PKE pašreizējā redakcijā.",
          "Abi dokumenti vairāk atbilst dārzkopības, nevis kokkopja (arborista) darbam: nav darba augstumā un kāpšanas "
          "tehnikas, nav koku stāvokļa novērtēšanas un bīstamo koku izvākšanas tehnoloģiju. PKE praktiskais "
          "uzdevums (jauna koka stādīšana un vainaga veidošana) nepārbauda kvalifikācijas pamatkompetences."]],
    ], widths=[3.5, 12.5])
    cell = t.cell(4, 1)
    table(cell, [
        [P(T("Dok.", b=True)), P(T("Atzinums", b=True))],
        ["MIP", "saturs nav atbalstāms"],
        ["PKE", "saturs nav atbalstāms"],
    ], widths=[2.0, 9.5])


build("r19b31_Kokkopis atzinums.docx", f31,
      rows=[R("kokkopis", "MIP", "not_supported", "Arnis Vanags", "2026-07-02", 4),
            R("kokkopis", "PKE", "not_supported", "Arnis Vanags", "2026-07-02", 4)],
      problems=["unknown_qualification"],
      note="Qualification 'Kokkopis' (arborist) is not in the register -> reported. Verdicts in a "
           "table NESTED in the 'Atzinums' cell, plus 'Neatbalstu ne MIP, ne PKE' (neither-nor) in the summary.",
      author="Arnis Vanags", created=D(2026, 7, 2, 10, 0), font="Calibri")


# ---------------------------------------------------------------- 32 hasty 2nd-round MIPs, condition in next sentence
def f32(doc):
    para(doc, P(T("VGK programmas – 2. kārta", b=True, size=12)))
    para(doc, P("(abu MIP precizētās redakcijas, saņemtas 09.06.)", i=True, size=9, after=6))
    table(doc, [
        [P(T("Kvalifikācija", b=True)), P(T("MIP atzinums", b=True))],
        ["Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, LKI 4",
         "Atbalstu. Pirms virzīšanas saskaņošanai gan vēl jāizlabo 3. un 4. moduļa stundu skaits – tagad kopā "
         "24 st. par daudz, un F-gāzu modulim jāpievieno prakses daļa."],
        ["Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks, LKI 3",
         "Atbalstāms un virzāms saskaņošanai – visi precizējumi no 15.05. atzinuma izpildīti."],
        [P(T("Paraksts / datums", b=True)), "S. Dzene 16.06.2026"],
    ], widths=[6.5, 9.5], shade_rows=[0])


build("r19b32_VGK_MIP_2.kartas_atzinums.docx", f32,
      rows=[R(VGKS, "MIP", "needs_corrections", "S. Dzene", "2026-06-16", 4),
            R(VGKR, "MIP", "supported", "S. Dzene", "2026-06-16", 3)],
      note="Short two-qualification table, MIP only. 'Atbalstu.' followed by a mandatory fix in the next "
           "sentence ('Pirms virzīšanas ... jāizlabo') -> needs_corrections. History reference to an earlier "
           "review date. Only initial+surname in 'Paraksts / datums' row.",
      author="Sandra", created=D(2026, 6, 16, 19, 5))


# ---------------------------------------------------------------- 33 legacy checkboxes with w:checked, options as columns
def f33(doc):
    para(doc, P(T("Eksperta atzinums (MIP, 2. kārta)", b=True, size=13), after=4))
    para(doc, P("Eksperts: Normunds Apinis", BR, "PKE šajā kārtā netiek vērtēts.", after=8))
    hdr = [P(T("Kvalifikācija", b=True)), P(T("Dok.", b=True)),
           P(T("Atbalstāms un virzāms saskaņošanai", b=True, size=9), align="center"),
           P(T("Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", b=True, size=9), align="center"),
           P(T("Nav atbalstāms", b=True, size=9), align="center")]
    c = lambda on: P(FF(on, how="checked"), align="center")
    table(doc, [
        hdr,
        ["Mežsaimniecības tehniķis (LKI 4)", "MIP", c(True), c(False), c(False)],
        ["Meža mašīnu operators (LKI 3)", "MIP", c(False), c(True), c(False)],
        [P(T("Piezīmes", b=True)),
         ["Mežsaimniecības tehniķis: ĢIS un tālizpētes tēmas iekļautas, prakses apjoms saskaņots – iebildumu nav.",
          "Meža mašīnu operators: simulatora mācības iekļautas, bet moduļa „Hidrauliskās sistēmas” rezultāti "
          "jāpielāgo 3. līmenim (šobrīd tehniķa līmenī). Pēc šī labojuma var virzīt."], None, None, None],
    ], widths=[4.5, 1.3, 3.4, 3.4, 3.4], shade_rows=[0], merges=[(3, 1, 3, 4)])
    para(doc, P(""))
    table(doc, [["Paraksts / datums", "N. Apinis, 04.05.2026."]], widths=[5.0, 11.0])


build("r19b33_Atzinums_formas lauki_Mezsaimn_MMO.docx", f33,
      rows=[R(MEZSAIMN, "MIP", "supported", "Normunds Apinis", "2026-05-04", 4),
            R(MMO, "MIP", "needs_corrections", "Normunds Apinis", "2026-05-04", 3)],
      note="Legacy FORMCHECKBOX fields, this time with w:default=0 and an explicit w:checked (checked) or "
           "w:checked val=0; options are table columns, one row per qualification. PKE explicitly not covered.",
      author="", created=D(2026, 5, 4, 15, 50), font="Times New Roman", size=11)


# ---------------------------------------------------------------- 34 e-signed, no date in the text
def f34(doc):
    header(doc, P(T("ŠIS DOKUMENTS IR ELEKTRONISKI PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU",
                    size=7), align="center"), footer=True)
    para(doc, P(T("Atzinums par PKE saturu (atkārtoti)", b=True, size=13), after=8))
    table(doc, [
        ["Kvalifikācija", "Elektromontieris (LKI 3)"],
        ["Dokuments", "PKE, precizētā redakcija"],
        ["Iepriekšējais atzinums", "24.02.2026. – atbalstāms ar nosacījumu (2 precizējumi)"],
        ["Atzinums",
         [P(SYM("F0FD"), " saturs ir atbalstāms un virzāms saskaņošanai"),
          P(SYM("F0A8"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
          P(SYM("F0A8"), " saturs nav atbalstāms")]],
        ["Komentārs", "Norīkojuma noformēšana iekļauta uzdevumā, drošības kritēriji vērtēšanas lapā atdalīti kā obligāti."],
        ["Eksperts", "Arturs Kļaviņš"],
        ["Datums", "skatīt laika zīmogu"],
    ], widths=[5.0, 11.0], shaded=[(i, 0) for i in range(7)])


build("r19b34_Elektromontieris_PKE_parakstits.docx", f34,
      rows=[R(EMONT, "PKE", "supported", "Arturs Kļaviņš", "", 3)],
      note="E-signed document: date cell says 'skatīt laika zīmogu', so no review date in the text -> date empty. "
           "Choice marked with Wingdings F0FD (boxed x) vs F0A8. The previous verdict row is history.",
      author="Arturs Kļaviņš", created=D(2026, 6, 3, 8, 0), font="Calibri", size=11)


# ---------------------------------------------------------------- 35 coded summary table (A/P/N legend), four qualifications
def f35(doc):
    s = doc.sections[0]
    s.orientation = 1
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    para(doc, P(T("Kokrūpniecība – MIP un PKE ekspertīžu rezultāti (eksperta tabula)", b=True, size=13), after=4))
    para(doc, P(T("Apzīmējumi: ", b=True), "A – saturs ir atbalstāms un virzāms saskaņošanai; P – saturs ir atbalstāms, "
                "pēc precizējumu veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms; — – netiek vērtēts.",
                size=9, after=8))
    table(doc, [
        [P(T(h, b=True)) for h in ("Kvalifikācija", "LKI", "MIP", "PKE", "Komentāri")],
        ["Mēbeļu galdnieks", "4", P("A", align="center"), P("A", align="center"),
         "MIP – pēc jaunā ilgtspējīgas ražošanas moduļa pievienošanas; PKE – pēc izmaiņām vērtēšanas lapā jūnijā."],
        ["Būvizstrādājumu galdnieks", "4", P("A", align="center"), P("— (vērtē A. Grīnbergs)", align="center"),
         "MIP precizējumi no 12.05. atzinuma izpildīti."],
        ["Koka izstrādājumu ražošanas tehniķis", "4", P("A", align="center"), P("P", align="center"),
         "PKE: ražošanas plānošanas uzdevums tagad vērtēšanas lapā, bet jānorāda punktu sadalījums pa apakškritērijiem."],
        ["Datorizētu kokapstrādes iekārtu operators", "4", P("A", align="center"), P("A", align="center"), ""],
    ], widths=[6.5, 1.2, 2.0, 4.0, 11.5], shade_rows=[0], size=10)
    para(doc, P(""))
    para(doc, P("Eksperts: Ēriks Pauniņš, 22.06.2026."))


build("r19b35_Kokrupn_kopsavilkuma tabula_Pauniņš.docx", f35,
      rows=[R(MEBG, "MIP", "supported", "Ēriks Pauniņš", "2026-06-22", 4),
            R(MEBG, "PKE", "supported", "Ēriks Pauniņš", "2026-06-22", 4),
            R(BIG, "MIP", "supported", "Ēriks Pauniņš", "2026-06-22", 4),
            R(KIRT, "MIP", "supported", "Ēriks Pauniņš", "2026-06-22", 4),
            R(KIRT, "PKE", "needs_corrections", "Ēriks Pauniņš", "2026-06-22", 4),
            R(DKIO, "MIP", "supported", "Ēriks Pauniņš", "2026-06-22", 4),
            R(DKIO, "PKE", "supported", "Ēriks Pauniņš", "2026-06-22", 4)],
      note="Expert's own summary table for four qualifications with coded verdicts A/P/N explained in a legend "
           "(legend lists every option - trap). BIG PKE '— (vērtē A. Grīnbergs)' -> no row.",
      author="Ēriks Pauniņš", created=D(2026, 6, 22, 13, 0), last_by="Baiba Kronberga", font="Calibri", size=10)


# =========================================================================== outputs
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for r in GOLD:
            w.writerow(r)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for r in PROBS:
            w.writerow(r)
    lines = ["# r19b – blind set: forms and tables", "",
             "Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold: `expected.csv`, "
             "`expected_problems.csv`.", "",
             "Style: coordinators' forms filled in (and sometimes redesigned) by experts - key/value tables "
             "(value right or below), summary tables, Jā/Nē criterion tables with overall rows, all options printed "
             "with one marked (☒/☑ text, ✓/X/V in a column, Wingdings w:sym, checkbox content controls, legacy "
             "FORMCHECKBOX, bold, underline, strike-through of the others, A/P/N codes with a legend), tracked "
             "changes, nested table, name/date in labelled cells, 'Paraksts / datums' cells, page header/footer; "
             "Outlook/Gmail print-outs (LV and EN headers) with the coordinator's quoted request; two company "
             "letterheads. Four files are not reviews (assignment table, minutes, blank form with instructions, "
             "coordinator's reminder e-mail).", "",
             "Label conventions: newest message / inserted text / conclusion is the current verdict; history and "
             "quoted requests never count; a document explicitly not covered gets no row; expert = name as written "
             "in the review (full name preferred over an initial when both appear), never taken from document "
             "properties; date empty when the text has none (e-signature time stamp only).", "",
             "| file | design and judgement calls |", "|---|---|"]
    for name, note in NOTES:
        lines.append("| %s | %s |" % (name, note.replace("|", "\\|")))
    lines += ["", "Files: %d; gold rows: %d; problem rows: %d." % (len(FILES), len(GOLD), len(PROBS)), ""]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


write_outputs()
print("files", len(FILES), "rows", len(GOLD), "problems", len(PROBS))
