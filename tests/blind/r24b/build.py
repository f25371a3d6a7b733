# -*- coding: utf-8 -*-
"""Builds the r24b blind evaluation set: Latvian expert reviews as filled-in forms and tables.

Run:  /work/hvenv/bin/python build.py
Each file is produced by one function f_XX(); its gold labels sit in the build(...) call at the end
of that function.
"""
import csv
import datetime as dt
import os
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r24b"

GOLD = []      # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []  # (file, code)
NOTES = []     # (file, note)
FILES = []

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

# ----------------------------------------------------------------------------- helpers

def new_doc(font="Times New Roman", size=12, margins=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    if margins:
        for s in d.sections:
            s.left_margin = s.right_margin = Cm(margins[0])
            s.top_margin = s.bottom_margin = Cm(margins[1])
    return d


def fmt_run(r, b=False, i=False, u=False, s=False, font=None, size=None, color=None, dstrike=False):
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if s:
        r.font.strike = True
    if dstrike:
        r.font.double_strike = True
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:cs"), font)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def add(p, *parts):
    """parts: str, or (str, dict of fmt options), or callable(p)."""
    for part in parts:
        if callable(part):
            part(p)
        elif isinstance(part, tuple):
            fmt_run(p.add_run(part[0]), **part[1])
        else:
            p.add_run(part)
    return p


def P(container, *parts, align=None, style=None, space_after=None, indent=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add(p, *parts)
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


def C(cell, *parts, align=None):
    """write into the first (empty) paragraph of a cell"""
    p = cell.paragraphs[0]
    add(p, *parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def CP(cell, *parts, align=None):
    """add another paragraph to a cell"""
    p = cell.add_paragraph()
    add(p, *parts)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def B(t):
    return (t, {"b": True})


def I(t):
    return (t, {"i": True})


def U(t):
    return (t, {"u": True})


def S(t):
    return (t, {"s": True})


def table(doc_or_cell, rows, cols, style="Table Grid", widths=None):
    t = doc_or_cell.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def bottom_border(p, sz=12):
    pPr = p._p.get_or_add_pPr()
    pbdr = parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="%d" w:space="1" w:color="auto"/></w:pBdr>'
                     % (nsdecls("w"), sz))
    pPr.append(pbdr)


# ---- marks

def ms_box(checked, kind="x"):
    """checkbox glyph typed as text in MS Gothic"""
    ch = {"x": "\u2612", "v": "\u2611"}[kind] if checked else "\u2610"

    def f(p):
        fmt_run(p.add_run(ch), font="MS Gothic")
    return f


def wsym(char, font="Wingdings"):
    def f(p):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
        rpr.append(rf)
        r.append(rpr)
        s = OxmlElement("w:sym")
        s.set(qn("w:font"), font)
        s.set(qn("w:char"), char)
        r.append(s)
        p._p.append(r)
    return f


_sid = [5000]


def _next_id():
    _sid[0] += 7
    return _sid[0]


def sdt_box(checked, tag=None):
    def f(p):
        xml = (
            '<w:sdt %s %s><w:sdtPr>%s<w:id w:val="%d"/>'
            '<w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        ) % (nsdecls("w"), W14, ('<w:tag w:val="%s"/>' % tag) if tag else "",
             _next_id(), 1 if checked else 0,
             "\u2612" if checked else "\u2610")
        p._p.append(parse_xml(xml))
    return f


_ff = [0]


def ff_box(checked, how="default"):
    """legacy FORMCHECKBOX. how='default' -> w:default carries the state; how='checked' -> w:default 0 + w:checked"""
    def f(p):
        _ff[0] += 1
        if checked and how == "checked":
            state = '<w:default w:val="0"/><w:checked/>'
        else:
            state = '<w:default w:val="%d"/>' % (1 if checked else 0)
        begin = parse_xml(
            '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
            % (nsdecls("w"), _ff[0], state))
        instr = parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w"))
        end = parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w"))
        for e in (begin, instr, end):
            p._p.append(e)
    return f


_rev = [100]


def ins(text, author, date, **fmt):
    def f(p):
        _rev[0] += 1
        el = parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"/>' % (nsdecls("w"), _rev[0], author, date))
        tmp = p.add_run(text)
        fmt_run(tmp, **fmt)
        p._p.remove(tmp._r)
        el.append(tmp._r)
        p._p.append(el)
    return f


def dele(text, author, date, **fmt):
    def f(p):
        _rev[0] += 1
        el = parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"/>' % (nsdecls("w"), _rev[0], author, date))
        tmp = p.add_run("")
        fmt_run(tmp, **fmt)
        dt_ = OxmlElement("w:delText")
        dt_.set(qn("xml:space"), "preserve")
        dt_.text = text
        tmp._r.append(dt_)
        p._p.remove(tmp._r)
        el.append(tmp._r)
        p._p.append(el)
    return f


def props(d, author, created, title=None, last_by=None):
    cp = d.core_properties
    cp.author = author or ""
    cp.created = created
    cp.modified = created + dt.timedelta(hours=3, minutes=17)
    cp.last_modified_by = last_by if last_by is not None else (author or "")
    if title:
        cp.title = title
    cp.comments = ""
    cp.keywords = ""


def build(name, d, rows=(), problems=(), note="", author="", created=None, title=None, last_by=None):
    assert name.startswith(PREFIX), name
    props(d, author, created or dt.datetime(2026, 3, 1, 9, 0), title, last_by)
    path = os.path.join(OUT, name)
    d.save(path)
    FILES.append(name)
    for r in rows:
        q, doc, v, ex, date, lki = r
        assert doc in ("MIP", "PKE"), r
        assert v in ("supported", "needs_corrections", "not_supported", "unknown"), r
        GOLD.append((name, q, doc, v, ex, date, lki))
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append((name, c))
    NOTES.append((name, note))


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


# ============================================================================= files

def f01():
    name = "r24b01_Atzinums_motorzaga operators_Kalnina.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("EKSPERTA ATZINUMS"), align="c")
    P(d, "par profesionālās izglītības iestādes darba grupas izstrādāto MIP un PKE saturu", align="c")
    t = table(d, 6, 2, widths=[6, 10])
    kv = [("Profesionālā kvalifikācija", "Motorzāģa operators"),
          ("LKI līmenis", "3"),
          ("Nozare", "Kokrūpniecība"),
          ("Izstrādātājs (izglītības iestāde)", "Darba grupa, vadītāja – Aija Rozenberga"),
          ("Eksperts (vārds, uzvārds)", "Ilze Kalniņa"),
          ("Atzinuma datums", "2026. gada 17. februārī")]
    for i, (k, v) in enumerate(kv):
        C(t.cell(i, 0), B(k))
        C(t.cell(i, 1), v)
        shade(t.cell(i, 0), "F2F2F2")
    P(d, "")
    P(d, B("1. Vērtējuma kopsavilkums"))
    t2 = table(d, 3, 3, widths=[4, 5.5, 7])
    for j, h in enumerate(["Dokuments", "Atzinums", "Piezīmes / pamatojums"]):
        C(t2.cell(0, j), B(h))
        shade(t2.cell(0, j))
    C(t2.cell(1, 0), "Modulārā izglītības programma (MIP)")
    C(t2.cell(1, 1), "Atbalstāma; virzāma saskaņošanai pēc precizējumu veikšanas")
    C(t2.cell(1, 2), "Modulī „Koku gāšana” jāprecizē darba drošības prasības, strādājot slīpumā, un "
                     "jāpapildina ar ķīļu un gāšanas sviras lietošanu. Modulī „Motorzāģa apkope” "
                     "stundu skaits praktiskajām mācībām šķiet par mazu (sk. 2. punktu).")
    C(t2.cell(2, 0), "Profesionālās kvalifikācijas eksāmena saturs (PKE)")
    C(t2.cell(2, 1), "Atbalstāms un virzāms saskaņošanai")
    C(t2.cell(2, 2), "Iebildumu nav. Praktiskais uzdevums atbilst nozares praksei.")
    P(d, "")
    P(d, B("2. Detalizētas piezīmes par MIP"))
    for s in ["Moduļa „Koku gāšana” rezultātos nav minēta koka gāšanas virziena noteikšana, ja koks ir ar izteiktu "
              "vainaga nobīdi – tas praksē ir biežākais negadījumu cēlonis.",
              "Motorzāģa apkopei paredzētas 24 stundas, no tām tikai 8 praktiskās. Iesaku vismaz 16 praktiskās stundas.",
              "Terminoloģija: lūdzu vienoties par „motorzāģis” / „ķēdes zāģis” – programmā lietoti abi."]:
        P(d, s, style="List Number")
    P(d, "")
    P(d, "Precizētā programma jāiesniedz atkārtoti caur LDDK koordinatori.", space_after=12)
    build(name, d,
          rows=[("motorzāģa operators", "MIP", "needs_corrections", "Ilze Kalniņa", "2026-02-17", 3),
                ("motorzāģa operators", "PKE", "supported", "Ilze Kalniņa", "2026-02-17", 3)],
          note="Key/value table (value right) + summary table Dokuments|Atzinums|Piezīmes with free-text verdicts; "
               "MIP condition written as 'virzāma … pēc precizējumu veikšanas' (feminine, reordered).",
          author="Kristīne Balode", created=T(2026, 2, 18, 8, 40))


def f02():
    name = "r24b02_Mezsaimniecibas_tehnikis_MIP_PKE_ekspertize.docx"
    d = new_doc("Calibri", 11)
    P(d, B("MIP un PKE satura ekspertīzes veidlapa"), align="c")
    P(d, I("(aizpilda nozares eksperts; atbilstošo atzīmēt ar X)"), align="c")
    t = table(d, 4, 2, widths=[5, 11])
    for i, (k, v) in enumerate([("Kvalifikācija", "Mežsaimniecības tehniķis"),
                                ("Līmenis", "4. LKI"),
                                ("Eksperts", "Gatis Ozoliņš"),
                                ("Darba vieta, amats", "AS „Meža īpašnieku serviss”, mežsaimniecības vadītājs")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), B(v) if i == 0 else v)
    P(d, "")
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    for docname, mark, remark in [
        ("A. Modulārā izglītības programma", 1,
         "Precizēt moduļa „Meža inventarizācija” apjomu – trūkst darba ar GNSS uztvērēju un digitālajām "
         "meža kartēm. Pārējais atbilst profesijas standartam."),
        ("B. Profesionālās kvalifikācijas eksāmens", 0, "")]:
        P(d, B(docname))
        tt = table(d, 4, 3, widths=[9.5, 1.5, 5])
        C(tt.cell(0, 0), B("Vērtējums"))
        C(tt.cell(0, 1), B("Atzīme"))
        C(tt.cell(0, 2), B("Komentārs"))
        for k, o in enumerate(opts):
            C(tt.cell(k + 1, 0), o)
            if k == mark:
                C(tt.cell(k + 1, 1), "X" if docname.startswith("A") else "x", align="c")
        if remark:
            C(tt.cell(2, 2), remark)
        P(d, "")
    t3 = table(d, 1, 2, widths=[8, 8])
    C(t3.cell(0, 0), "Paraksts / datums")
    C(t3.cell(0, 1), I("/paraksts/"), "   05.03.2026.")
    build(name, d,
          rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Gatis Ozoliņš", "2026-03-05", 4),
                ("mežsaimniecības tehniķis", "PKE", "supported", "Gatis Ozoliņš", "2026-03-05", 4)],
          note="Form printing all three options per document, chosen one marked 'X' / 'x' in the next column; "
               "date only in the 'Paraksts / datums' cell; level written '4. LKI'.",
          author="Gatis Ozoliņš", created=T(2026, 3, 5, 19, 12))


def f03():
    name = "r24b03_Mehatronika_atzinums_Zarins.docx"
    d = new_doc("Arial", 10)
    P(d, B("Ekspertīzes atzinums par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” "
           "MIP un PKE saturu"), align="c")
    P(d, "Nozare: Mašīnbūve un metālapstrāde.   LKI 4. līmenis", align="c")
    t = table(d, 3, 2, widths=[4, 12])
    C(t.cell(0, 0), B("Eksperts"))
    C(t.cell(0, 1), "Raimonds Zariņš, SIA „Baltic Automation Works”, tehniskais direktors")
    C(t.cell(1, 0), B("Datums"))
    C(t.cell(1, 1), "2026-03-20")
    C(t.cell(2, 0), B("Vērtētā redakcija"))
    C(t.cell(2, 1), "MIP v2 (saņemta 09.03.2026.), PKE v1")
    P(d, "")
    t2 = table(d, 4, 3, widths=[3, 7, 6])
    C(t2.cell(0, 0), B("Dokuments"))
    C(t2.cell(0, 1), B("Eksperta slēdziens"))
    C(t2.cell(0, 2), B("Galvenie iebildumi"))
    shade(t2.cell(0, 0)); shade(t2.cell(0, 1)); shade(t2.cell(0, 2))
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for row, docn, choice, rem in [
        (1, "MIP", 1, "Pneimatikas un hidraulikas modulī nav paredzēta shēmu lasīšana pēc ISO 1219. "
                      "PLC programmēšanā jāpiemin vismaz viena IEC 61131-3 valoda, ne tikai „kāpņu diagramma”."),
        (2, "PKE", 1, "Praktiskajā uzdevumā jānorāda konkrēts aprīkojums (stends), citādi dažādās skolās "
                      "eksāmens nebūs salīdzināms. Vērtēšanas kritēriju svari jāsaskaņo ar MIP rezultātiem.")]:
        C(t2.cell(row, 0), B(docn))
        cell = t2.cell(row, 1)
        for k, o in enumerate(opts):
            pp = C(cell, ms_box(k == choice), "  " + o) if k == 0 else CP(cell, ms_box(k == choice), "  " + o)
        C(t2.cell(row, 2), rem)
    C(t2.cell(3, 0), "Citas piezīmes")
    m = t2.cell(3, 1).merge(t2.cell(3, 2))
    C(m, "Abi dokumenti kopumā ir labā līmenī, darba grupa ņēmusi vērā iepriekšējās sanāksmes ieteikumus. "
         "Pēc precizējumu veikšanas atkārtota ekspertīze nav nepieciešama – pietiek, ja koordinatore pārbauda labojumus.")
    build(name, d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Raimonds Zariņš", "2026-03-20", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Raimonds Zariņš", "2026-03-20", 4)],
          note="All options printed inside one cell per document, chosen one marked with ☒ (MS Gothic text glyph), "
               "others ☐. Qualification only in the title in quotes.",
          author="Raimonds", created=T(2026, 3, 20, 16, 2))


def f04():
    name = "r24b04_elektromontieris_Vitola.docx"
    d = new_doc("Times New Roman", 11)
    P(d, B("Nozares eksperta vērtējums"), align="c")
    t = table(d, 5, 2, widths=[6, 10])
    for i, (k, v) in enumerate([("Profesionālās kvalifikācijas nosaukums", "Elektromontieris"),
                                ("Kvalifikācijas līmenis", "LKI 3"),
                                ("Nozare", "Enerģētika"),
                                ("Eksperta vārds, uzvārds", "Inese Vītola"),
                                ("Datums", "14.04.2026.")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    P(d, "Atzīmējiet vienu vērtējumu katram dokumentam.")
    t2 = table(d, 4, 3, widths=[8, 4, 4])
    C(t2.cell(0, 0), B("Vērtējums"))
    C(t2.cell(0, 1), B("MIP"), align="c")
    C(t2.cell(0, 2), B("PKE"), align="c")
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    mip, pke = 2, 1
    for k, o in enumerate(opts):
        C(t2.cell(k + 1, 0), o)
        C(t2.cell(k + 1, 1), wsym("F0FE" if k == mip else "F0A8"), align="c")
        C(t2.cell(k + 1, 2), wsym("F0FE" if k == pke else "F0A8"), align="c")
    P(d, "")
    P(d, B("Pamatojums"))
    t3 = table(d, 2, 2, widths=[2.5, 13.5])
    C(t3.cell(0, 0), "MIP")
    C(t3.cell(0, 1), "Programma nav sasaistīta ar aktualizēto profesijas standartu – nav iekļauti zibensaizsardzības "
                     "un zemējuma mērījumi, kā arī darbs ar viedajiem skaitītājiem. Moduļu apjoms kopā nesakrīt ar "
                     "kopējo stundu skaitu (starpība 120 st.). Šādā redakcijā programmu saskaņošanai virzīt nevar; "
                     "pēc pārstrādes lūdzu atsūtīt vēlreiz.")
    CP(t3.cell(0, 1), "Pozitīvi – labi izstrādāts darba drošības modulis.")
    C(t3.cell(1, 0), "PKE")
    C(t3.cell(1, 1), "Eksāmena teorētiskā daļa atbilstoša. Praktiskajā daļā jāprecizē, kurš mērinstruments tiek "
                     "izmantots izolācijas pretestības mērīšanai, un jāpievieno vērtēšanas lapa.")
    build(name, d,
          rows=[("elektromontieris", "MIP", "not_supported", "Inese Vītola", "2026-04-14", 3),
                ("elektromontieris", "PKE", "needs_corrections", "Inese Vītola", "2026-04-14", 3)],
          note="Option rows × document columns; choice marked with Wingdings w:sym F0FE (checked) vs F0A8 (empty), "
               "no text in the mark cells. Pamatojums table in prose.",
          author="Inese", created=T(2026, 4, 14, 21, 30))


def f05():
    name = "r24b05_Elektrotehnikis_atzinums galigais.docx"
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add(hp, ("LDDK | ESF+ projekts 4.2.2.9. | Nozaru ekspertu atzinumi", {"size": 8, "color": "7F7F7F"}))
    fp = sec.footer.paragraphs[0]
    add(fp, ("Eksperts: Edgars Kļaviņš     Datums: 22.04.2026", {"size": 9}))
    P(d, B("ATZINUMS"), align="c")
    P(d, "Profesionālā kvalifikācija: ", B("elektrotehniķis"), " (LKI 4. līmenis), nozare – enerģētika")
    P(d, "")
    t = table(d, 4, 3, widths=[8, 3.5, 3.5])
    C(t.cell(0, 0), B("Eksperta vērtējums"))
    C(t.cell(0, 1), B("MIP"), align="c")
    C(t.cell(0, 2), B("PKE"), align="c")
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for k, o in enumerate(opts):
        C(t.cell(k + 1, 0), o)
        C(t.cell(k + 1, 1), sdt_box(k == 0, "mip%d" % k), align="c")
        C(t.cell(k + 1, 2), sdt_box(k == 0, "pke%d" % k), align="c")
    P(d, "")
    P(d, B("Komentāri"))
    P(d, "Salīdzinot ar februārī redzēto darba versiju, abos dokumentos ir ņemti vērā visi mani ieteikumi "
         "(elektroenerģijas uzskaites sistēmas, relejaizsardzības pamati, darbs ar sadalnēm līdz 1 kV). "
         "Papildu labojumi nav nepieciešami.", align="j")
    P(d, "Vienīgais novēlējums nākotnei – PKE praktiskajam uzdevumam būtu lietderīgi izveidot vienotu stenda aprakstu, "
         "bet tas nav šķērslis saskaņošanai.", align="j")
    build(name, d,
          rows=[("elektrotehniķis", "MIP", "supported", "Edgars Kļaviņš", "2026-04-22", 4),
                ("elektrotehniķis", "PKE", "supported", "Edgars Kļaviņš", "2026-04-22", 4)],
          note="Word content-control checkboxes (w14:checkbox) — chosen one has checked=1. Expert name and date "
               "ONLY in the page footer; core author is the coordinator. Remark 'nav šķērslis saskaņošanai' is positive.",
          author="Kristīne Balode", created=T(2026, 4, 23, 9, 5))


def f06():
    name = "r24b06_Kokapstrades iekartu operators_Berzina.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("Eksperta atzinums par MIP un PKE saturu"), align="c")
    t = table(d, 5, 2, widths=[6, 10])
    for i, (k, v) in enumerate([("Kvalifikācija", "Kokapstrādes iekārtu operators"),
                                ("Līmenis", "2. PKL (LKI 3. līmenis)"),
                                ("Eksperts", "Dace Bērziņa"),
                                ("Uzņēmums", "SIA „Latgales kokapstrāde”"),
                                ("Datums", "2026. gada 11. martā")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    P(d, I("Atzīmējiet atbilstošo rūtiņu (dubultklikšķis uz rūtiņas)."))
    opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
            "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "saturs nav atbalstāms"]
    for title, choice, how in [("MIP", 1, "default"), ("PKE", 0, "checked")]:
        P(d, B(title + " vērtējums:"))
        for k, o in enumerate(opts):
            P(d, ff_box(k == choice, how), "  " + o, indent=0.8, space_after=2)
        P(d, "")
    P(d, B("Piezīmes"))
    t2 = table(d, 4, 3, widths=[1, 5, 10])
    C(t2.cell(0, 0), B("Nr."))
    C(t2.cell(0, 1), B("Vieta dokumentā"))
    C(t2.cell(0, 2), B("Piezīme"))
    for i, (a, b) in enumerate([("MIP, 3. modulis", "Nav ietverta zāģēšanas iekārtu regulēšana pēc materiāla mitruma."),
                                ("MIP, 5. modulis", "Jāprecizē stundu sadalījums starp teoriju un praksi – praksei vismaz 60%."),
                                ("PKE", "Bez iebildumiem.")]):
        C(t2.cell(i + 1, 0), str(i + 1))
        C(t2.cell(i + 1, 1), a)
        C(t2.cell(i + 1, 2), b)
    build(name, d,
          rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Dace Bērziņa", "2026-03-11", 3),
                ("kokapstrādes iekārtu operators", "PKE", "supported", "Dace Bērziņa", "2026-03-11", 3)],
          note="Legacy FORMCHECKBOX fields (no text): MIP choice via w:default=1, PKE choice via w:default=0 + w:checked. "
               "Level given as '2. PKL (LKI 3. līmenis)'.",
          author="Dace", created=T(2026, 3, 11, 14, 0))


def f07():
    name = "r24b07_RE_mebelu galdnieks MIP PKE.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP un PKE saturu"), align="c")
    P(d, "")
    P(d, "Eksperts: Māris Krūmiņš, mēbeļu ražotne „Krūmiņa darbnīca”")
    P(d, "Datums: 06.05.2026.")
    P(d, "")
    opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
            "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "saturs nav atbalstāms"]
    t = table(d, 3, 2, widths=[4, 12])
    C(t.cell(0, 0), B("Dokuments"))
    C(t.cell(0, 1), B("Slēdziens "), I("(nevajadzīgo svītrot)"))
    for row, docn, ch in [(1, "Modulārā izglītības programma", 1), (2, "Kvalifikācijas eksāmena saturs", 2)]:
        C(t.cell(row, 0), docn)
        cell = t.cell(row, 1)
        for k, o in enumerate(opts):
            part = (o, {"s": True}) if k != ch else o
            if k == 0:
                C(cell, part)
            else:
                CP(cell, part)
    P(d, "")
    P(d, B("Pamatojums"))
    P(d, "Programma: moduļos par finierēšanu un virsmu apdari nepieciešams precizēt izmantojamos materiālus "
         "(ūdens bāzes lakas, eļļas vaski) un papildināt ar CNC apstrādes centra pamatiem – uzņēmumos bez tā "
         "mēbeļu galdnieks vairs nestrādā. Kad tas būs izdarīts, iebildumu nav.", align="j")
    P(d, "Eksāmens: praktiskais uzdevums (taburetes izgatavošana) neatbilst 4. līmeņa kvalifikācijai – tas ir "
         "drīzāk 3. līmeņa darbs. Nav korpusa mēbeles, nav furnitūras montāžas, nav tāmes. Vērtēšanas lapā 40% "
         "punktu par „kārtīgu darba vietu”. Eksāmena saturs ir jāpārstrādā, un pēc tam es labprāt paskatīšos vēlreiz.",
      align="j")
    build(name, d,
          rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Māris Krūmiņš", "2026-05-06", 4),
                ("mēbeļu galdnieks", "PKE", "not_supported", "Māris Krūmiņš", "2026-05-06", 4)],
          note="'Nevajadzīgo svītrot': all three options printed per document, the non-chosen ones carry strikethrough. "
               "Qualification only in the title. No level stated → register 4.",
          author="Maris", created=T(2026, 5, 6, 22, 48))


def f08():
    name = "r24b08_Buvizstradajumu_galdnieks_MIP_Petersone.docx"
    d = new_doc("Cambria", 11)
    P(d, B("EKSPERTA VĒRTĒJUMS"), align="c")
    t = table(d, 6, 2, widths=[5.5, 10.5])
    rows = [("Profesionālā kvalifikācija", "būvizstrādājumu galdnieks"),
            ("LKI līmenis", "4"),
            ("Eksperta vārds, uzvārds", "Sandra Pētersone"),
            ("Datums", "03.04.2026")]
    for i, (k, v) in enumerate(rows):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    C(t.cell(4, 0), "MIP slēdziens ", I("(vajadzīgo pasvītrot)"))
    C(t.cell(4, 1), ("saturs ir atbalstāms un virzāms saskaņošanai", {"u": True}), " / ",
      "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", " / ", "saturs nav atbalstāms")
    C(t.cell(5, 0), "PKE slēdziens ", I("(vajadzīgo pasvītrot)"))
    C(t.cell(5, 1), "PKE saturs darba grupā vēl tiek izstrādāts un ekspertīzei nav iesniegts – šoreiz netiek vērtēts.")
    P(d, "")
    P(d, B("Komentārs"))
    P(d, "Programmā labi atspoguļota logu un durvju ražošana, t.sk. stiklojuma paketes iestrādes un blīvēšanas "
         "darbi. Praksei atvēlēts pietiekams laiks uzņēmumā. Papildu piezīmju nav.", align="j")
    build(name, d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Sandra Pētersone", "2026-04-03", 4)],
          note="'Vajadzīgo pasvītrot': options inline separated by ' / ', the chosen one underlined. PKE row of the form "
               "says not submitted / not reviewed → no PKE row.",
          author="Sandra Pētersone", created=T(2026, 4, 3, 11, 20))


def f09():
    name = "r24b09_meza masinu operators.docx"
    d = new_doc("Calibri", 11)
    P(d, ("Meža mašīnu operators (LKI 3)", {"b": True, "size": 14}))
    P(d, "MIP un PKE satura ekspertīze – eksperta veidlapa")
    P(d, I("Katram dokumentam izvēlēto variantu iezīmēt treknrakstā."))
    t = table(d, 3, 3, widths=[3, 7.5, 5.5])
    C(t.cell(0, 0), B("Dokuments"))
    C(t.cell(0, 1), B("Slēdziens"))
    C(t.cell(0, 2), B("Piezīmes"))
    opts = ["1) saturs ir atbalstāms un virzāms saskaņošanai",
            "2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "3) saturs nav atbalstāms"]
    for row, docn, ch, rem in [
        (1, "MIP", 0, "Programma labi sabalansēta starp harvestera un forvardera darbu; simulatora stundas ir "
                      "pietiekamas."),
        (2, "PKE", 1, "3. praktiskajā uzdevumā vērtēšanas kritērijos jāpievieno ķēdes un sliedes "
                      "stāvokļa pārbaude pirms darba un degvielas/eļļas noplūdes novēršana. Teorijā dzēst "
                      "novecojušo jautājumu par mehāniskajām vinčām.")]:
        C(t.cell(row, 0), docn)
        cell = t.cell(row, 1)
        for k, o in enumerate(opts):
            part = B(o) if k == ch else o
            if k == 0:
                C(cell, part)
            else:
                CP(cell, part)
        C(t.cell(row, 2), rem)
    P(d, "")
    t2 = table(d, 2, 2, widths=[4, 12])
    C(t2.cell(0, 0), "Eksperts:")
    C(t2.cell(0, 1), "Ainārs Priede")
    C(t2.cell(1, 0), "Datums:")
    C(t2.cell(1, 1), "19.05.2026")
    build(name, d,
          rows=[("meža mašīnu operators", "MIP", "supported", "Ainārs Priede", "2026-05-19", 3),
                ("meža mašīnu operators", "PKE", "needs_corrections", "Ainārs Priede", "2026-05-19", 3)],
          note="All options printed; the chosen one is in bold (instruction says so). Notes column consistent "
               "with the bold choices. Level in the heading.",
          author="Ainārs Priede", created=T(2026, 5, 19, 7, 55))


def f10():
    name = "r24b10_DKIO_kriteriji_Grinberga.docx"
    d = new_doc("Times New Roman", 11)
    P(d, B("Kompetencēs balstītas modulārās izglītības programmas un PKE satura izvērtējums"), align="c")
    t = table(d, 4, 2, widths=[5, 11])
    for i, (k, v) in enumerate([("Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators (DKIO)"),
                                ("LKI līmenis", "4"),
                                ("Vērtētāja", "Lāsma Grīnberga"),
                                ("Datums", "2026. gada 27. martā")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    P(d, B("I. Modulārā izglītības programma"))
    crit = [("Programmas mērķis un uzdevumi atbilst profesijas standartam", "Jā", ""),
            ("Moduļu secība ir loģiska un pēctecīga", "Jā", ""),
            ("Mācību rezultāti formulēti izmērāmi", "Nē",
             "Vairākos moduļos rezultāti formulēti kā „iepazīties ar…”, „izprast…” – nav pārbaudāmi."),
            ("Iekļautas nozarē aktuālās jaunās prasmes (CAD/CAM, CNC programmēšana, 5 asu apstrāde)", "Nē",
             "CAM programmatūra minēta tikai vienā teikumā, 5 asu apstrāde nav vispār."),
            ("Stundu apjoms atbilst kvalifikācijas līmenim", "Jā", "")]
    tt = table(d, len(crit) + 2, 4, widths=[1, 8, 1.5, 5.5])
    for j, h in enumerate(["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"]):
        C(tt.cell(0, j), B(h))
        shade(tt.cell(0, j))
    for i, (c, yn, com) in enumerate(crit):
        C(tt.cell(i + 1, 0), "%d." % (i + 1))
        C(tt.cell(i + 1, 1), c)
        C(tt.cell(i + 1, 2), yn, align="c")
        C(tt.cell(i + 1, 3), com)
    last = len(crit) + 1
    m = tt.cell(last, 0).merge(tt.cell(last, 1))
    C(m, B("Kopvērtējums"))
    m2 = tt.cell(last, 2).merge(tt.cell(last, 3))
    pk = C(m2)
    r = pk.add_run("Atbalstāma ar precizējumiem")
    r.bold = True
    pk.add_run(" – pēc 3. un 4. kritērija precizēšanas virzāma saskaņošanai.")
    d.add_comment(r, text="Lāsma, vai 4. kritērija dēļ nebūtu jāliek „nav atbalstāms”? Pārrunāsim sanāksmē.",
                  author="Kristīne Balode", initials="KB")
    P(d, "")
    P(d, B("II. Profesionālās kvalifikācijas eksāmena saturs"))
    crit2 = [("Eksāmena saturs aptver profesijas standarta kompetences", "Jā", ""),
             ("Praktiskais uzdevums atbilst reālai darba videi", "Jā", "Uzdevums ar CNC frēzi – ļoti labi."),
             ("Vērtēšanas kritēriji ir skaidri un objektīvi", "Jā", ""),
             ("Eksāmena ilgums ir samērīgs", "Nē", "6 stundas praktiskajai daļai ir daudz, taču pieļaujami; "
                                                  "nav jālabo.")]
    tt2 = table(d, len(crit2) + 2, 4, widths=[1, 8, 1.5, 5.5])
    for j, h in enumerate(["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"]):
        C(tt2.cell(0, j), B(h))
        shade(tt2.cell(0, j))
    for i, (c, yn, com) in enumerate(crit2):
        C(tt2.cell(i + 1, 0), "%d." % (i + 1))
        C(tt2.cell(i + 1, 1), c)
        C(tt2.cell(i + 1, 2), yn, align="c")
        C(tt2.cell(i + 1, 3), com)
    last = len(crit2) + 1
    m = tt2.cell(last, 0).merge(tt2.cell(last, 1))
    C(m, B("Kopvērtējums"))
    m2 = tt2.cell(last, 2).merge(tt2.cell(last, 3))
    C(m2, B("Atbalstāms un virzāms saskaņošanai"))
    build(name, d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Lāsma Grīnberga", "2026-03-27", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Lāsma Grīnberga", "2026-03-27", 4)],
          note="Criterion tables Jā/Nē per document ending in a merged 'Kopvērtējums' row that decides. PKE has one 'Nē' "
               "criterion explicitly waived. Coordinator's Word comment on the MIP verdict suggests 'nav atbalstāms' — "
               "a comment, not a verdict. Abbreviation DKIO.",
          author="Lāsma Grīnberga", created=T(2026, 3, 27, 15, 10), last_by="Kristīne Balode")


def f11():
    name = "r24b11_VGK_kvalifikacijas_Dreimanis.docx"
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    add(sec.header.paragraphs[0], ("Eksperts: Jānis Dreimanis", {"size": 9}), ("\t\t", {}),
        ("Vērtējums sagatavots 2026-06-09", {"size": 9}))
    P(d, B("Ventilācijas un gaisa kondicionēšanas kvalifikāciju MIP un PKE vērtējums"), align="c")
    P(d, "Nozare: enerģētika")
    t = table(d, 3, 4, widths=[4.5, 1.2, 5.2, 5.1])
    for j, h in enumerate(["Kvalifikācija", "LKI", "MIP", "PKE"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j), "DDEBF7")
    C(t.cell(1, 0), "VGK iekārtu remontatslēdznieks")
    C(t.cell(1, 1), "3", align="c")
    C(t.cell(1, 2), "Atbalstu, var virzīt saskaņošanai.")
    C(t.cell(1, 3), "Atbalstu ar nosacījumu, ka praktiskajā uzdevumā tiek iekļauta aukstumaģenta noplūdes "
                    "pārbaude (sk. 2. piezīmi). Pēc tam – saskaņošanai.")
    C(t.cell(2, 0), "VGK sistēmu tehniķis")
    C(t.cell(2, 1), "4", align="c")
    C(t.cell(2, 2), "Neatbalstu. Programma faktiski dublē remontatslēdznieka programmu; nav projektēšanas "
                    "pamatu un sistēmu regulēšanas (gaisa plūsmu balansēšanas) moduļu, kas ir tehniķa darba pamatā.")
    C(t.cell(2, 3), "Nav iebildumu, virzāms saskaņošanai.")
    P(d, "")
    P(d, B("Piezīmes"))
    for s in ["Abās programmās terminu „kondicionieris” vietā ieteicams lietot „gaisa kondicionēšanas iekārta”.",
              "Remontatslēdznieka PKE praktiskajā daļā jāiekļauj aukstumaģenta noplūdes pārbaude ar elektronisko "
              "detektoru un rezultātu ierakstīšana iekārtas žurnālā (F-gāzu regulas prasība).",
              "Tehniķa MIP pēc pārstrādes lūdzu atsūtīt atkārtotai ekspertīzei."]:
        P(d, s, style="List Number")
    build(name, d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Jānis Dreimanis", "2026-06-09", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Jānis Dreimanis", "2026-06-09", 3),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", "Jānis Dreimanis", "2026-06-09", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Jānis Dreimanis", "2026-06-09", 4)],
          note="Table with several qualifications (rows) × MIP/PKE (columns), verdicts in first person ('Atbalstu', "
               "'Neatbalstu', 'Atbalstu ar nosacījumu, ka…', 'Nav iebildumu'). Aliases 'VGK …'. Name and date only "
               "in the page header.",
          author="Jānis Dreimanis", created=T(2026, 6, 9, 12, 0))


def f12():
    name = "r24b12_FW_ Koka izstradajumu razosanas tehnikis - atzinums.docx"
    d = new_doc("Calibri", 11)
    p = P(d, ("Kristīne Balode", {"b": True, "size": 14}))
    bottom_border(p, 18)
    hdr = [("No:", "Vija Strautiņa <vija.strautina@kokmeistari.lv>"),
           ("Nosūtīts:", "otrdiena, 2026. gada 26. maijs 14:32"),
           ("Kam:", "Kristīne Balode <kristine.balode@lddk.lv>"),
           ("Tēma:", "RE: KIRT – MIP un PKE ekspertīze (termiņš 29.05.)"),
           ("Pielikumi:", "KIRT_MIP_piezimes_VS.docx")]
    for k, v in hdr:
        P(d, B(k), "\t" + v, space_after=0)
    P(d, "")
    P(d, "Labdien, Kristīne!")
    P(d, "Izskatīju abus koka izstrādājumu ražošanas tehniķa dokumentus.")
    P(d, "Par programmu: kopumā laba un atbalstāma, bet saskaņošanai to virzīt vēl nevar – vispirms darba grupai "
         "jāizlabo tas, kas tabulā zemāk. Nekas liels, bet bez tā nevajag.")
    P(d, "Eksāmena saturs man iebildumus neizraisa, to var sūtīt tālāk saskaņošanai tādu, kāds tas ir.")
    t = table(d, 4, 3, widths=[1, 5, 10])
    for j, h in enumerate(["Nr.", "MIP modulis", "Kas jāizlabo"]):
        C(t.cell(0, j), B(h))
    for i, (a, b) in enumerate([("Ražošanas plānošana", "Nav iekļauta materiālu iznākuma aprēķināšana un atlikumu uzskaite."),
                                ("Kvalitātes kontrole", "Jāpievieno mitruma mērīšana un līmes šuvju stiprības pārbaude."),
                                ("Kvalifikācijas prakse", "Prakses apjoms 320 st. – rakstīts divās vietās atšķirīgi (280/320).")]):
        C(t.cell(i + 1, 0), str(i + 1))
        C(t.cell(i + 1, 1), a)
        C(t.cell(i + 1, 2), b)
    P(d, "")
    P(d, "Ar cieņu", space_after=0)
    P(d, "Vija Strautiņa", space_after=0)
    P(d, "SIA „Kokmeistari”, ražošanas vadītāja", space_after=0)
    P(d, "tālr. 26 418 903")
    P(d, "")
    p = P(d, B("No:"), " Kristīne Balode <kristine.balode@lddk.lv>", space_after=0)
    P(d, B("Nosūtīts:"), " pirmdiena, 2026. gada 11. maijs 10:05", space_after=0)
    P(d, B("Kam:"), " Vija Strautiņa <vija.strautina@kokmeistari.lv>", space_after=0)
    P(d, B("Tēma:"), " KIRT – MIP un PKE ekspertīze (termiņš 29.05.)")
    P(d, "Labdien, Vija!")
    P(d, "Pielikumā koka izstrādājumu ražošanas tehniķa (LKI 4) modulārā programma un PKE saturs. Lūdzu līdz "
         "29. maijam atsūtīt atzinumu, katram dokumentam norādot vienu no variantiem:")
    for s in ["saturs ir atbalstāms un virzāms saskaņošanai;",
              "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
              "saturs nav atbalstāms."]:
        P(d, "– " + s, indent=0.8, space_after=0)
    P(d, "")
    P(d, "Paldies jau iepriekš!", space_after=0)
    P(d, "Kristīne Balode", space_after=0)
    P(d, "LDDK projekta koordinatore")
    build(name, d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Vija Strautiņa", "2026-05-26", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Vija Strautiņa", "2026-05-26", 4)],
          note="Outlook e-mail printed to Word (Latvian headers No/Nosūtīts/Kam/Tēma), expert's reply in plain words "
               "('atbalstāma, bet saskaņošanai virzīt vēl nevar – vispirms jāizlabo', 'var sūtīt tālāk saskaņošanai tādu, "
               "kāds tas ir'), table of fixes; coordinator's quoted request below lists all three options. Date = "
               "sent date of the expert's reply.",
          author="Kristīne Balode", created=T(2026, 5, 26, 15, 1))

def f13():
    name = "r24b13_Re_ elektromontieris MIP atkartoti.docx"
    d = new_doc("Arial", 10)
    t0 = table(d, 1, 2, style=None, widths=[8, 8])
    C(t0.cell(0, 0), ("Gmail", {"b": True, "size": 14, "color": "5F6368"}))
    C(t0.cell(0, 1), "Inese Vitola <inese.vitola@gmail.com>", align=None)
    p = P(d, "")
    bottom_border(p, 6)
    P(d, ("Re: Elektromontieris MIP – atkārtota ekspertīze", {"b": True, "size": 13}), space_after=0)
    P(d, ("2 messages", {"size": 9}))
    p = P(d, "")
    bottom_border(p, 4)
    t1 = table(d, 2, 2, style=None, widths=[10, 6])
    C(t1.cell(0, 0), B("Inese Vitola"), " <inese.vitola@gmail.com>")
    C(t1.cell(0, 1), "Tue, May 12, 2026 at 9:14 AM")
    C(t1.cell(1, 0), "To: Kristīne Balode <kristine.balode@lddk.lv>")
    P(d, "Sveika!")
    P(d, "Paskatijos labotu MIP versiju (v3). Ieprieks es to neatbalstiju, tagad lielaka dala manu iebildumu ir "
         "noversta - zemejuma merijumi un viedie skaititaji ir ieklauti.")
    P(d, "Atbalstu, bet vel jaizlabo stundu skaits modulim \"Elektroietaises\" (kopsumma joprojam nesakrit ar titullapu), "
         "pec tam var virzit saskanosanai. Atkartoti man nav jasuta, pietiks ja tu paskatisies.")
    P(d, "PKE soreiz neskatiju, to jau novertejam aprili.")
    P(d, "Inese")
    P(d, "")
    P(d, ("On Mon, May 11, 2026 at 4:40 PM Kristīne Balode <kristine.balode@lddk.lv> wrote:", {"color": "5F6368"}))
    for s in ["Labdien, Inese!",
              "Darba grupa atsūtīja pārstrādāto elektromontiera MIP (pielikumā). Lūdzu, apskati, vai tagad saturs ir "
              "atbalstāms un virzāms saskaņošanai vai vēl nepieciešami precizējumi.",
              "PKE atkārtoti nav jāvērtē.",
              "Kristīne"]:
        P(d, ("> " + s, {"color": "5F6368"}), indent=0.5, space_after=2)
    build(name, d,
          rows=[("elektromontieris", "MIP", "needs_corrections", "Inese Vitola", "2026-05-12", 3)],
          note="Gmail printout (English chrome), reply typed without diacritics: history ('ieprieks neatbalstiju') "
               "then current verdict 'Atbalstu, bet vel jaizlabo …, pec tam var virzit saskanosanai'. PKE explicitly "
               "not reviewed → no PKE row. Expert name as written in the sender line (no diacritics).",
          author="Kristīne Balode", created=T(2026, 5, 12, 9, 40))


def f14():
    name = "r24b14_SIA Ziemelu Energoserviss_atzinums_PKE.docx"
    d = new_doc("Times New Roman", 12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add(hp, ("SIA „ZIEMEĻU ENERGOSERVISS”", {"b": True, "size": 16, "color": "1F3864"}))
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h2 = sec.header.add_paragraph()
    add(h2, ("Reģ. Nr. 40103918275 · Ventspils iela 48, Rīga, LV-1046 · tālr. 67 402 118 · birojs@zenergo.lv",
             {"size": 8}))
    h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bottom_border(h2, 12)
    add(sec.footer.paragraphs[0], ("ŠIS DOKUMENTS IR ELEKTRONISKI PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR "
                                   "LAIKA ZĪMOGU", {"size": 7}))
    P(d, "Rīgā", space_after=0)
    t0 = table(d, 1, 2, style=None, widths=[8, 8])
    C(t0.cell(0, 0), "08.06.2026.")
    C(t0.cell(0, 1), "Nr. 2026/17-N")
    t0.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    P(d, "")
    P(d, "Latvijas Darba devēju konfederācijai", align="r", space_after=0)
    P(d, "projekta koordinatorei K. Balodei", align="r")
    P(d, I("Par profesionālo kvalifikāciju eksāmenu satura ekspertīzi"))
    P(d, "Atbildot uz Jūsu 2026. gada 25. maija lūgumu, esmu izvērtējusi profesionālo kvalifikāciju "
         "„Elektrotehniķis” (LKI 4) un „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis” (LKI 4) "
         "profesionālās kvalifikācijas eksāmenu saturu (3. redakcija). Modulāro izglītības programmu saturu "
         "vērtēja citi nozares eksperti, tāpēc par tām viedokli nesniedzu.", align="j")
    t = table(d, 4, 3, widths=[3.5, 7, 5.5])
    for j, h in enumerate(["Kvalifikācija", "Konstatētais", "Slēdziens"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    C(t.cell(1, 0), "Elektrotehniķis")
    C(t.cell(1, 1), "Salīdzinot ar 2. redakciju, praktiskā daļa saīsināta līdz vienam uzdevumam (apgaismojuma "
                    "shēmas montāža), kas atbilst 3. līmenim. Izslēgta sadales iekārtu pārbaude un mērījumu "
                    "protokola sagatavošana; teorijas jautājumos vairākas kļūdas (piem., nepareizi norādīts "
                    "pieļaujamais pieskarspriegums).")
    C(t.cell(1, 2), "Saturs nav atbalstāms. Jāatjauno 2. redakcijas praktiskā daļa un jāizlabo teorijas jautājumi.")
    C(t.cell(2, 0), "VGK sistēmu tehniķis")
    C(t.cell(2, 1), "Kopumā labi. Trūkst vērtēšanas kritērija par regulēšanas protokola aizpildīšanu; "
                    "2. uzdevuma laiks (30 min) nav reāls.")
    C(t.cell(2, 2), "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")
    C(t.cell(3, 0), "Kopumā")
    m = t.cell(3, 1).merge(t.cell(3, 2))
    C(m, "Labprāt izskatīšu precizētās redakcijas.")
    P(d, "")
    P(d, "Ar cieņu")
    t1 = table(d, 1, 3, style=None, widths=[6, 4, 6])
    C(t1.cell(0, 0), "Valdes locekle, nozares eksperte")
    C(t1.cell(0, 1), I("(paraksts*)"))
    C(t1.cell(0, 2), "Rūta Avotiņa")
    build(name, d,
          rows=[("elektrotehniķis", "PKE", "not_supported", "Rūta Avotiņa", "2026-06-08", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
                 "Rūta Avotiņa", "2026-06-08", 4)],
          note="Company letterhead (in the page header) letter with registration number; two qualifications' PKE only "
               "(MIPs explicitly reviewed by others → no MIP rows). Verdicts in a Slēdziens column; date is the letter "
               "date (not the 25 May request). Signature table at the end.",
          author="Rūta Avotiņa", created=T(2026, 6, 8, 13, 30))


def f15():
    name = "r24b15_Mehatronisko sist tehnikis_PKE_Lazdins.docx"
    d = new_doc("Calibri", 11)
    P(d, ("PKE SATURA EKSPERTĪZE", {"b": True, "size": 13}), align="c")
    t = table(d, 12, 1, widths=[16])
    items = [("Profesionālās kvalifikācijas nosaukums", "mehatronisko sistēmu tehniķis (LKI 4)"),
             ("Vērtētais dokuments", "Profesionālās kvalifikācijas eksāmena saturs. MIP netika vērtēts "
                                     "(to vērtē R. Zariņš)."),
             ("Galvenās piezīmes", None),
             ("Eksperta slēdziens", "Saturs ir atbalstāms, bet pirms virzīšanas saskaņošanai jāveic precizējumi, "
                                    "kas minēti 2. un 4. piezīmē."),
             ("Eksperts", "Oskars Lazdiņš"),
             ("Datums", "2026-03-24")]
    r = 0
    for k, v in items:
        C(t.cell(r, 0), B(k))
        shade(t.cell(r, 0), "E7E6E6")
        cell = t.cell(r + 1, 0)
        if v is None:
            notes = ["1. Teorijas daļa – bez iebildumiem.",
                     "2. Praktiskajā uzdevumā jānorāda PLC tips vai vismaz prasības tam; tagad „jebkurš kontrolieris”.",
                     "3. Vērtēšanas lapas dizains labs.",
                     "4. Drošības instruktāža pirms eksāmena jāiekļauj vērtēšanā kā obligāts (nokārtots/nenokārtots) "
                     "kritērijs."]
            C(cell, notes[0])
            for n in notes[1:]:
                CP(cell, n)
        else:
            C(cell, v)
        r += 2
    build(name, d,
          rows=[("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Oskars Lazdiņš", "2026-03-24", 4)],
          note="One-column key/value form with the value BELOW each label; PKE only, MIP explicitly reviewed by another "
               "expert → no MIP row. Condition 'bet pirms virzīšanas saskaņošanai jāveic precizējumi'. Core author empty.",
          author="", created=T(2026, 3, 24, 10, 10), last_by="")


def f16():
    name = "r24b16_Motorzaga operators_atkartoti_labots.docx"
    d = new_doc("Times New Roman", 12)
    A, D = "Ilze Kalniņa", "2026-04-15T09:12:00Z"
    P(d, B("EKSPERTA ATZINUMS"), ins(" (atkārtots vērtējums)", A, D, b=True), align="c")
    t = table(d, 4, 2, widths=[6, 10])
    C(t.cell(0, 0), B("Profesionālā kvalifikācija"))
    C(t.cell(0, 1), "Motorzāģa operators, LKI 3")
    C(t.cell(1, 0), B("Eksperts"))
    C(t.cell(1, 1), "Ilze Kalniņa")
    C(t.cell(2, 0), B("Atzinuma datums"))
    C(t.cell(2, 1), dele("2026. gada 17. februārī", A, D), ins("2026. gada 15. aprīlī", A, D))
    C(t.cell(3, 0), B("Vērtētā redakcija"))
    C(t.cell(3, 1), dele("MIP v1, PKE v1", A, D), ins("MIP v2 (precizēta), PKE v1", A, D))
    P(d, "")
    t2 = table(d, 3, 3, widths=[4, 6, 6])
    for j, h in enumerate(["Dokuments", "Atzinums", "Piezīmes"]):
        C(t2.cell(0, j), B(h))
        shade(t2.cell(0, j))
    C(t2.cell(1, 0), "MIP")
    C(t2.cell(1, 1), dele("Atbalstāma; virzāma saskaņošanai pēc precizējumu veikšanas", A, D),
      ins("Atbalstāma un virzāma saskaņošanai", A, D))
    C(t2.cell(1, 2), dele("Modulī „Koku gāšana” jāprecizē darba drošības prasības; motorzāģa apkopei par maz "
                          "praktisko stundu.", A, D),
      ins("Visas 17.02. norādītās piezīmes ir ņemtas vērā (praktiskās stundas palielinātas līdz 16).", A, D))
    C(t2.cell(2, 0), "PKE")
    C(t2.cell(2, 1), "Atbalstāms un virzāms saskaņošanai")
    C(t2.cell(2, 2), "Iebildumu nav.")
    build(name, d,
          rows=[("motorzāģa operators", "MIP", "supported", "Ilze Kalniņa", "2026-04-15", 3),
                ("motorzāģa operators", "PKE", "supported", "Ilze Kalniņa", "2026-04-15", 3)],
          note="Expert re-used her February form with Track Changes on: MIP verdict, date and redakcija changed via "
               "w:del/w:ins (current = inserted text: supported; date 2026-04-15). PKE cell untouched (supported), "
               "carried over in the updated review.",
          author="Ilze Kalniņa", created=T(2026, 2, 17, 12, 0), last_by="Ilze Kalniņa")


def f17():
    name = "r24b17_Buvizstradajumu galdnieks_Eglitis (2).docx"
    d = new_doc("Calibri", 11)
    P(d, B("Būvizstrādājumu galdnieks – MIP/PKE ekspertīze"))
    t = table(d, 3, 2, widths=[4, 12])
    C(t.cell(0, 0), "Eksperts")
    C(t.cell(0, 1), "Kaspars Eglītis")
    C(t.cell(1, 0), "Datums")
    C(t.cell(1, 1), "29.04.2026")
    C(t.cell(2, 0), "LKI")
    C(t.cell(2, 1), "4")
    P(d, "")
    t2 = table(d, 4, 3, widths=[9, 3.5, 3.5])
    C(t2.cell(0, 0), B("Slēdziens (atzīmēt ar ✓)"))
    C(t2.cell(0, 1), B("MIP"), align="c")
    C(t2.cell(0, 2), B("PKE"), align="c")
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    mip = {1}
    pke = {0, 2}
    for k, o in enumerate(opts):
        C(t2.cell(k + 1, 0), o)
        if k in mip:
            C(t2.cell(k + 1, 1), ("✓", {"font": "Segoe UI Symbol"}), align="c")
        if k in pke:
            C(t2.cell(k + 1, 2), ("✓", {"font": "Segoe UI Symbol"}), align="c")
    P(d, "")
    P(d, B("Piezīmes par MIP"))
    P(d, "Jāpapildina modulis par kāpņu izgatavošanu (aprēķins, marķēšana). Ugunsdrošo durvju montāžas prasības "
         "jāsaskaņo ar spēkā esošajiem būvnormatīviem.")
    P(d, B("Piezīmes par PKE"))
    P(d, "")
    build(name, d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Kaspars Eglītis", "2026-04-29", 4),
                ("būvizstrādājumu galdnieks", "PKE", "unknown", "Kaspars Eglītis", "2026-04-29", 4)],
          problems=["conflict"],
          note="✓ marks in option rows × document columns. PKE column has TWO ticks ('atbalstāms un virzāms' and "
               "'nav atbalstāms') and the PKE remarks section is empty → unknown + conflict. File name '(2)' copy.",
          author="Kaspars Eglītis", created=T(2026, 4, 29, 18, 45))


def f18():
    name = "r24b18_Mezsaimniecibas tehnikis_Liepins_2026.docx"
    d = new_doc("Times New Roman", 11)
    P(d, B("Eksperta atzinums"), align="c")
    t = table(d, 4, 2, widths=[5, 11])
    for i, (k, v) in enumerate([("Kvalifikācija / LKI līmenis", "Mežsaimniecības tehniķis / 4"),
                                ("Eksperts", "Aivars Liepiņš"),
                                ("Datums", "2026. gada 2. jūnijā"),
                                ("Vērtētās redakcijas", "MIP 2026-05 un PKE 2026-05")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    t2 = table(d, 3, 3, widths=[2.5, 7, 6.5])
    C(t2.cell(0, 0), B("Dok."))
    C(t2.cell(0, 1), B("Slēdziens"))
    C(t2.cell(0, 2), B("Piezīmes"))
    for row, docn, ch, rem in [
        (1, "MIP", 1, "Mežaudžu kopšanas modulī jāiekļauj jaunās meža apsaimniekošanas noteikumu prasības par "
                      "bioloģiskās daudzveidības saglabāšanu (ekoloģiskie koki, mirusī koksne)."),
        (2, "PKE", None, "Teorijas testā 12 jautājumi no 40 ir par meža likumdošanu – par daudz. Praktiskajā daļā "
                         "taksācijas uzdevums labs. Nav skaidrs, kā tiek vērtēta mutiskā aizstāvēšana.")]:
        C(t2.cell(row, 0), docn)
        cell = t2.cell(row, 1)
        for k, o in enumerate(opts):
            box = ("☑" if (ch is not None and k == ch) else "☐")
            parts = [(box, {"font": "Segoe UI Symbol"}), " " + o]
            if k == 0:
                C(cell, *parts)
            else:
                CP(cell, *parts)
        C(t2.cell(row, 2), rem)
    build(name, d,
          rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Aivars Liepiņš", "2026-06-02", 4),
                ("mežsaimniecības tehniķis", "PKE", "unknown", "Aivars Liepiņš", "2026-06-02", 4)],
          problems=["no_verdict"],
          note="☑/☐ text glyphs (Segoe UI Symbol). MIP ticked; PKE covered with remarks but all boxes empty and no "
               "verdict words → unknown + no_verdict.",
          author="Aivars", created=T(2026, 6, 2, 20, 5))


def f19():
    name = "r24b19_CNC operators atzinums.docx"
    d = new_doc("Arial", 10)
    P(d, ("Nozares eksperta atzinums", {"b": True, "size": 12}))
    t = table(d, 5, 2, widths=[5.5, 10.5])
    for i, (k, v) in enumerate([("Profesionālā kvalifikācija", "CNC metālapstrādes iekārtu operators"),
                                ("LKI līmenis", "4"),
                                ("Nozare", "Mašīnbūve un metālapstrāde"),
                                ("Eksperts", "Oskars Lazdiņš"),
                                ("Datums", "04.05.2026")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    t2 = table(d, 4, 3, widths=[10, 3, 3])
    C(t2.cell(0, 0), B("Vērtējums (atzīmēt ar V)"))
    C(t2.cell(0, 1), B("MIP"), align="c")
    C(t2.cell(0, 2), B("PKE"), align="c")
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    for k, o in enumerate(opts):
        C(t2.cell(k + 1, 0), o)
        if k == 0:
            C(t2.cell(k + 1, 1), "V", align="c")
            C(t2.cell(k + 1, 2), "V", align="c")
    P(d, "")
    P(d, B("Komentāri"))
    P(d, "Programma un eksāmens izstrādāti ļoti rūpīgi, ar reālu ražošanas uzdevumu (vārpstas detaļas izgatavošana "
         "pēc rasējuma ar G-koda korekciju). Iesaku kā paraugu citām metālapstrādes kvalifikācijām.")
    build(name, d,
          rows=[("CNC metālapstrādes iekārtu operators", "MIP", "supported", "Oskars Lazdiņš", "2026-05-04", 4),
                ("CNC metālapstrādes iekārtu operators", "PKE", "supported", "Oskars Lazdiņš", "2026-05-04", 4)],
          problems=["unknown_qualification"],
          note="Qualification not in the register (one of the unnamed mechanical-engineering ones) → name as written, "
               "LKI from the review (4). Letter 'V' in option rows × document columns.",
          author="Oskars Lazdiņš", created=T(2026, 5, 4, 11, 45))


def f20():
    name = "r24b20_Metalapstrade_kopsavilkums_RZ.docx"
    d = new_doc("Calibri", 10)
    P(d, B("Mašīnbūves un metālapstrādes nozare – eksperta vērtējums (5. posms)"))
    t = table(d, 3, 4, widths=[4.5, 1.2, 5.5, 4.8])
    for j, h in enumerate(["Kvalifikācija", "LKI", "MIP", "PKE"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    C(t.cell(1, 0), "Metinātājs")
    C(t.cell(1, 1), "3", align="c")
    C(t.cell(1, 2), "atbalstāms, pēc precizējumiem virzāms saskaņošanai (sk. 1.–3. piez.)")
    C(t.cell(1, 3), "atbalstāms un virzāms saskaņošanai")
    C(t.cell(2, 0), "Mehatronisko sistēmu tehniķis")
    C(t.cell(2, 1), "4", align="c")
    C(t.cell(2, 2), "atkārtoti: precizējumi veikti – atbalstāms un virzāms saskaņošanai")
    C(t.cell(2, 3), "– (vērtē O. Lazdiņš)")
    P(d, "")
    P(d, B("Piezīmes (metinātājs, MIP)"))
    for s in ["1. MAG metināšanas modulī jāiekļauj pozīcijas PF un PE, ne tikai PA/PB.",
              "2. Vizuālās kontroles pamatiem (LVS EN ISO 5817) paredzēt atsevišķu mācību rezultātu.",
              "3. Darba aizsardzībā – metināšanas dūmu nosūce un elpošanas aizsardzība."]:
        P(d, s, space_after=2)
    P(d, "")
    t2 = table(d, 1, 2, widths=[5, 11])
    C(t2.cell(0, 0), "Paraksts / datums")
    C(t2.cell(0, 1), "R. Zariņš   /   12.06.2026.")
    build(name, d,
          rows=[("metinātājs", "MIP", "needs_corrections", "R. Zariņš", "2026-06-12", 3),
                ("metinātājs", "PKE", "supported", "R. Zariņš", "2026-06-12", 3),
                ("mehatronisko sistēmu tehniķis", "MIP", "supported", "R. Zariņš", "2026-06-12", 4)],
          problems=["unknown_qualification"],
          note="Several qualifications in one table; 'Metinātājs' is not in the register. Mehatronics PKE cell says "
               "reviewed by someone else → no row; MIP re-review with history word 'atkārtoti'. Expert only as "
               "'R. Zariņš' in a 'Paraksts / datums' cell.",
          author="Raimonds", created=T(2026, 6, 12, 17, 20))

def f21():
    name = "r24b21_atzinums_MIP_mebelu galdnieks_labots.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("Atkārtotas ekspertīzes atzinums"), align="c")
    P(d, "Profesionālā kvalifikācija: mēbeļu galdnieks (LKI 4)", space_after=0)
    P(d, "Vērtētais dokuments: modulārā izglītības programma, precizētā redakcija (saņemta 27.05.2026.)", space_after=0)
    P(d, "Datums: 2026. gada 2. jūnijā")
    P(d, I("PKE precizētā redakcija atkārtotai ekspertīzei vēl nav iesniegta, tādēļ šajā atzinumā netiek vērtēta."))
    P(d, "")
    t = table(d, 4, 3, widths=[10, 3, 3])
    C(t.cell(0, 0), B("MIP"))
    C(t.cell(0, 1), B("Jā"), align="c")
    C(t.cell(0, 2), B("Nē"), align="c")
    for i, (k, yes) in enumerate([("Saturs ir atbalstāms", True),
                                  ("Nepieciešami precizējumi", False),
                                  ("Virzāms saskaņošanai", True)]):
        C(t.cell(i + 1, 0), k)
        C(t.cell(i + 1, 1 if yes else 2), "X", align="c")
    P(d, "")
    P(d, "Iepriekšējā atzinumā minētie precizējumi (finierēšana, virsmu apdares materiāli, CNC apstrādes centra "
         "pamati) ir veikti pilnā apmērā. Jaunu piezīmju nav.", align="j")
    build(name, d,
          rows=[("mēbeļu galdnieks", "MIP", "supported", "", "2026-06-02", 4)],
          note="Three-flag table (Saturs atbalstāms Jā / Nepieciešami precizējumi Nē / Virzāms saskaņošanai Jā) → supported. "
               "The review never names its author; core author is the coordinator who forwarded it, so expert is empty. "
               "PKE explicitly not covered.",
          author="Kristīne Balode", created=T(2026, 6, 3, 8, 15))


def f22():
    name = "r24b22_DKIO_MIP_PKE_Krumins.docx"
    d = new_doc("Calibri", 11)
    P(d, B("Datorizētu kokapstrādes iekārtu operatora MIP un PKE – eksperta vērtējums"))
    t = table(d, 3, 2, widths=[5, 11])
    C(t.cell(0, 0), "Eksperts")
    C(t.cell(0, 1), "Māris Krūmiņš")
    C(t.cell(1, 0), "LKI līmenis")
    C(t.cell(1, 1), "4")
    C(t.cell(2, 0), "Datums")
    C(t.cell(2, 1), "")
    P(d, "")
    P(d, I("Vērtējuma kods: 1 – saturs ir atbalstāms un virzāms saskaņošanai; 2 – saturs ir atbalstāms, pēc "
           "precizējumu veikšanas virzāms saskaņošanai; 3 – saturs nav atbalstāms."))
    t2 = table(d, 3, 3, widths=[3, 2.5, 10.5])
    for j, h in enumerate(["Dokuments", "Kods", "Piezīmes"]):
        C(t2.cell(0, j), B(h))
        shade(t2.cell(0, j))
    C(t2.cell(1, 0), "MIP")
    C(t2.cell(1, 1), "1", align="c")
    C(t2.cell(1, 2), "Programma pēc darba grupas labojumiem ir laba, CAD/CAM daļa tagad pietiekama.")
    C(t2.cell(2, 0), "PKE")
    C(t2.cell(2, 1), "2", align="c")
    C(t2.cell(2, 2), "PKE saturu atbalstu. Virzīt saskaņošanai – tikai tad, kad būs precizēti praktiskā uzdevuma "
                     "vērtēšanas kritēriji (tagad „detaļa izgatavota kvalitatīvi” bez pielaidēm).")
    build(name, d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Māris Krūmiņš", "", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Māris Krūmiņš", "", 4)],
          note="Verdict given as a numeric code (1/2/3) with a legend line above the table. Datums cell left empty → "
               "date empty (file metadata has a date, but the review does not).",
          author="Māris Krūmiņš", created=T(2026, 5, 14, 20, 0))


def f23():
    name = "r24b23_VGK sistemu tehnikis_MIP_atkartoti.docx"
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    add(sec.header.paragraphs[0], ("Nozares eksperts Jānis Dreimanis · enerģētika", {"size": 8, "color": "595959"}))
    add(sec.footer.paragraphs[0], ("Sagatavots 01.07.2026.", {"size": 8}))
    P(d, B("Atkārtotas ekspertīzes rezultāts – ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP"))
    P(d, "")
    t = table(d, 3, 3, widths=[4, 3, 9])
    for j, h in enumerate(["Ekspertīze", "Datums", "Rezultāts"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    C(t.cell(1, 0), "1. (sākotnējā)")
    C(t.cell(1, 1), "09.06.2026.")
    C(t.cell(1, 2), "nav atbalstāms – programma dublē remontatslēdznieka programmu, nav projektēšanas un "
                    "regulēšanas moduļu")
    C(t.cell(2, 0), "2. (pašreizējā)")
    C(t.cell(2, 1), "")
    C(t.cell(2, 2), B("atbalstāms un virzāms saskaņošanai"))
    P(d, "")
    P(d, "Darba grupa ir pievienojusi moduļus „VGK sistēmu projektēšanas pamati” un „Sistēmu palaišana, regulēšana un "
         "nodošana ekspluatācijā”, kā arī pārskatījusi kopīgo moduļu apjomu. Precizētā programma atbilst tehniķa "
         "(LKI 4) līmenim. PKE šajā kārtā netika vērtēts.", align="j")
    build(name, d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Jānis Dreimanis", "2026-07-01", 4)],
          note="History table: first review 'nav atbalstāms' (09.06.) and current 'atbalstāms un virzāms' — the current "
               "row counts. Expert name only in the page header, date only in the footer. PKE explicitly not covered.",
          author="", created=T(2026, 7, 1, 9, 30), last_by="Jānis Dreimanis")


def f24():
    name = "r24b24_Buvizstradajumu galdnieks_PKE_precizets atzinums_Eglitis.docx"
    d = new_doc("Calibri", 11)
    P(d, B("Precizēts atzinums – būvizstrādājumu galdnieka PKE saturs"))
    P(d, "Eksperts: Kaspars Eglītis\tDatums: 08.05.2026.\tLKI: 4")
    P(d, "Iepriekšējā atzinumā (29.04.2026.) PKE ailē kļūdaini bija atzīmēti divi varianti. Šis atzinums aizstāj "
         "iepriekšējo PKE daļā; MIP vērtējums paliek spēkā bez izmaiņām un šeit netiek atkārtots.", align="j")
    t = table(d, 5, 3, widths=[5, 2, 9])
    for j, h in enumerate(["Eksāmena daļa", "Atbilst?", "Komentārs"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    rows = [("Teorētiskā daļa (tests)", "Jā", ""),
            ("Praktiskais uzdevums: loga bloka izgatavošana", "Jā", "Labi izvēlēts, atbilst darba tirgum."),
            ("Praktiskais uzdevums: kāpņu posma marķēšana", "Nē",
             "Šādā redakcijā uzdevums nav atbalstāms – nav dots kāpņu telpas izmērs, audzēknis nevar aprēķināt "
             "pakāpienu skaitu."),
            ("Vērtēšanas kritēriji", "Daļēji", "Jāievieš pielaides (±1 mm) savienojumiem.")]
    for i, (a, b, c) in enumerate(rows):
        C(t.cell(i + 1, 0), a)
        C(t.cell(i + 1, 1), b, align="c")
        C(t.cell(i + 1, 2), c)
    P(d, "")
    P(d, B("Kopsavilkums"))
    P(d, "PKE saturs kopumā ir atbalstāms; pēc norādīto precizējumu (kāpņu uzdevuma sākotnējie dati, pielaides) "
         "veikšanas virzāms saskaņošanai.", align="j")
    build(name, d,
          rows=[("būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Kaspars Eglītis", "2026-05-08", 4)],
          note="Corrects the conflicting r24b17 for PKE. Body table says one task 'šādā redakcijā nav atbalstāms' — "
               "the Kopsavilkums outranks it (needs_corrections). MIP explicitly not repeated → no MIP row.",
          author="Kaspars Eglītis", created=T(2026, 5, 8, 10, 10))


def f25():
    name = "r24b25_Protokols_ekspertu sanaksme_2026-03-31.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA"), align="c")
    P(d, B("Nozaru ekspertu darba sanāksmes PROTOKOLS Nr. 4"), align="c")
    P(d, "Rīgā, tiešsaistē (MS Teams)\t\t\t\t2026. gada 31. martā")
    P(d, "Piedalās: K. Balode (LDDK, projekta koordinatore), L. Siliņa (VISC), nozaru eksperti I. Kalniņa, "
         "G. Ozoliņš, R. Zariņš, D. Bērziņa, L. Grīnberga, I. Vītola, E. Kļaviņš.", align="j")
    P(d, "Protokolē: K. Balode")
    t = table(d, 4, 3, widths=[1, 8, 7])
    for j, h in enumerate(["Nr.", "Izskatāmais jautājums / diskusija", "Nolemj"]):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    C(t.cell(1, 0), "1.")
    C(t.cell(1, 1), "K. Balode informē par projekta 4. posma izpildi: MIP un PKE ekspertīze pabeigta trim "
                    "kvalifikācijām, uzsākta vēl desmit. L. Siliņa atgādina, ka VISC sniedz metodisko atbalstu darba "
                    "grupām, ja ekspertu piezīmes prasa būtiskas izmaiņas.")
    C(t.cell(1, 2), "Pieņemt informāciju zināšanai.")
    C(t.cell(2, 0), "2.")
    C(t.cell(2, 1), "Diskusija par to, vai pēc precizējumu veikšanas nepieciešama atkārtota ekspertīze. Eksperti "
                    "uzskata, ka gadījumos, kad saturs ir atbalstāms ar nelieliem precizējumiem, labojumus var "
                    "pārbaudīt koordinators, bet, ja saturs nav atbalstāms, vajadzīgs jauns atzinums.")
    C(t.cell(2, 2), "Atkārtotu ekspertīzi veikt tikai gadījumos, kad eksperts to norādījis atzinumā.")
    C(t.cell(3, 0), "3.")
    C(t.cell(3, 1), "Atzinumu veidlapa. Eksperti lūdz veidlapā saglabāt visus trīs slēdziena variantus ar rūtiņām "
                    "un pievienot aili „Paraksts / datums”.")
    C(t.cell(3, 2), "K. Balode līdz 07.04.2026. izsūta precizētu veidlapu.")
    P(d, "")
    P(d, "Nākamā sanāksme – 2026. gada maijā.")
    P(d, "Protokolēja K. Balode")
    build(name, d, rows=[], problems=["no_verdict"],
          note="NOT a review: meeting minutes (agenda table) talking about MIP, PKE, 'metodisko atbalstu', "
               "'saturs ir atbalstāms ar nelieliem precizējumiem' in general terms; experts named. No rows.",
          author="Kristīne Balode", created=T(2026, 3, 31, 16, 0))


def f26():
    name = "r24b26_Ekspertu sadale_5 posms.docx"
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    P(d, B("Ekspertu sadale MIP un PKE ekspertīzei – projekta 5. posms (01.04.–31.07.2026.)"))
    hdrs = ["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss / piezīmes"]
    data = [("Mēbeļu galdnieks", "4", "M. Krūmiņš", "M. Krūmiņš", "15.05.", "PKE – atkārtota ekspertīze pēc pārstrādes"),
            ("Būvizstrādājumu galdnieks", "4", "S. Pētersone", "K. Eglītis", "30.04.", "PKE iesniegts 20.04."),
            ("Elektromontieris", "3", "I. Vītola", "R. Avotiņa", "29.05.", "MIP – atkārtoti pēc precizējumiem"),
            ("Elektrotehniķis", "4", "E. Kļaviņš", "E. Kļaviņš / R. Avotiņa", "29.05.", "otrs eksperts PKE"),
            ("VGK iekārtu remontatslēdznieks", "3", "J. Dreimanis", "J. Dreimanis", "12.06.", ""),
            ("VGK sistēmu tehniķis", "4", "J. Dreimanis", "J. Dreimanis", "12.06.", ""),
            ("Koka izstrādājumu ražošanas tehniķis", "4", "V. Strautiņa", "V. Strautiņa", "29.05.", "gaida darba grupas versiju"),
            ("Meža mašīnu operators", "3", "A. Priede", "A. Priede", "22.05.", "")]
    t = table(d, len(data) + 1, len(hdrs), widths=[0.8, 4.2, 1, 2.4, 2.8, 1.6, 4])
    for j, h in enumerate(hdrs):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j), "FCE4D6")
    for i, r in enumerate(data):
        C(t.cell(i + 1, 0), "%d." % (i + 1))
        for j, v in enumerate(r):
            C(t.cell(i + 1, j + 1), v)
    P(d, "")
    P(d, "Ekspertiem atzinumu sūtīt koordinatorei uz e-pastu; slēdzienā norādīt, vai saturs ir atbalstāms un virzāms "
         "saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.")
    build(name, d, rows=[], problems=["no_verdict"],
          note="NOT a review: coordinator's assignment table (qualification × MIP/PKE expert × deadline/status), "
               "closing instruction lists all verdict options. No rows.",
          author="Kristīne Balode", created=T(2026, 4, 2, 9, 0))


def f27():
    name = "r24b27_Veidlapa_eksperta atzinums_PARAUGS.docx"
    d = new_doc("Times New Roman", 12)
    P(d, B("EKSPERTA ATZINUMS"), align="c")
    P(d, I("par profesionālās izglītības iestāžu darba grupu izstrādāto MIP un PKE saturu (veidlapa, 2026. gada "
           "aprīļa redakcija)"), align="c")
    t = table(d, 5, 2, widths=[6, 10])
    for i, k in enumerate(["Profesionālā kvalifikācija", "LKI līmenis", "Nozare", "Eksperts (vārds, uzvārds)",
                           "Datums"]):
        C(t.cell(i, 0), k)
    P(d, "")
    opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
            "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "saturs nav atbalstāms"]
    t2 = table(d, 4, 3, widths=[10, 3, 3])
    C(t2.cell(0, 0), B("Slēdziens"))
    C(t2.cell(0, 1), B("MIP"), align="c")
    C(t2.cell(0, 2), B("PKE"), align="c")
    for k, o in enumerate(opts):
        C(t2.cell(k + 1, 0), o)
        C(t2.cell(k + 1, 1), sdt_box(False), align="c")
        C(t2.cell(k + 1, 2), sdt_box(False), align="c")
    P(d, "")
    t3 = table(d, 1, 2, widths=[6, 10])
    C(t3.cell(0, 0), "Paraksts / datums")
    P(d, "")
    P(d, B("Aizpildīšanas norādījumi"))
    for s in ["Katram vērtētajam dokumentam atzīmējiet tieši vienu slēdziena variantu.",
              "Ja saturs ir atbalstāms, bet nepieciešami precizējumi, ailē „Piezīmes” uzskaitiet konkrētus labojumus; "
              "atkārtotu ekspertīzi norādiet tikai tad, ja tā nepieciešama.",
              "Ja dokuments nav iesniegts vai to vērtē cits eksperts, attiecīgo aili atstājiet tukšu un to norādiet.",
              "Aizpildītu veidlapu sūtiet projekta koordinatorei."]:
        P(d, s, style="List Number")
    build(name, d, rows=[], problems=["no_verdict"],
          note="NOT a review: the blank form (template) with unchecked content-control checkboxes, empty metadata cells "
               "and filling instructions that list every option. No rows.",
          author="LDDK", created=T(2026, 4, 6, 12, 0))


def f28():
    name = "r24b28_LDDK_vestule_izglitibas iestadem_precizejumi.docx"
    d = new_doc("Times New Roman", 12)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    add(hp, ("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", {"b": True, "size": 14}))
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h2 = sec.header.add_paragraph()
    add(h2, ("Reģ. Nr. 40008007172 · Raiņa bulvāris 4, Rīga, LV-1050 · lddk@lddk.lv", {"size": 8}))
    h2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bottom_border(h2)
    P(d, "Rīgā, 2026. gada 20. aprīlī\t\t\t\tNr. 2-7/214")
    P(d, "Profesionālās izglītības iestāžu darba grupu vadītājiem", align="r")
    P(d, I("Par precizēto MIP un PKE iesniegšanu atkārtotai ekspertīzei"))
    for s in ["Latvijas Darba devēju konfederācija (LDDK) kā sadarbības partneris projektā Nr. 4.2.2.9. turpina "
              "nodrošināt nozaru ekspertu atbalstu kompetencēs balstītu modulāro izglītības programmu (MIP) un "
              "profesionālās kvalifikācijas eksāmenu (PKE) satura izvērtēšanā.",
              "Ja eksperta atzinumā norādīts, ka saturs ir atbalstāms pēc precizējumu veikšanas, lūdzam precizēto "
              "redakciju kopā ar izmaiņu sarakstu iesniegt koordinatorei 10 darba dienu laikā. Ja saturs nav "
              "atbalstāms, precizētā redakcija tiks nodota atkārtotai ekspertīzei, un tās termiņš var pārsniegt "
              "projekta 5. posmu.",
              "Lūdzam ievērot, ka ekspertu atzinumi ir konsultatīvi; lēmumu par virzīšanu saskaņošanai pieņem VISC."]:
        P(d, s, align="j")
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "projekta koordinatore\t\t\t\t\tKristīne Balode")
    build(name, d, rows=[], problems=["no_verdict"],
          note="NOT a review: LDDK letter (letterhead) to schools about submitting corrected MIP/PKE; uses "
               "'ekspertu atbalstu', 'atbalstāms pēc precizējumu veikšanas', 'nav atbalstāms' only as procedure. No rows.",
          author="Kristīne Balode", created=T(2026, 4, 20, 10, 0))

DD_OPTS = ["saturs ir atbalstāms un virzāms saskaņošanai",
           "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "saturs nav atbalstāms"]


def dropdown(chosen, tag):
    """dropdown content control; chosen=None shows the placeholder"""
    def f(p):
        items = '<w:listItem w:displayText="Izvēlieties vienumu." w:value=""/>' + "".join(
            '<w:listItem w:displayText="%s" w:value="%d"/>' % (o, i + 1) for i, o in enumerate(DD_OPTS))
        text = DD_OPTS[chosen] if chosen is not None else "Izvēlieties vienumu."
        ph = '<w:showingPlcHdr/>' if chosen is None else ''
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if chosen is None else ''
        xml = ('<w:sdt %s><w:sdtPr><w:alias w:val="Slēdziens"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
               '<w:dropDownList>%s</w:dropDownList></w:sdtPr><w:sdtContent><w:r>%s<w:t>%s</w:t></w:r>'
               '</w:sdtContent></w:sdt>') % (nsdecls("w"), tag, _next_id(), ph, items, rpr, text)
        p._p.append(parse_xml(xml))
    return f


def f29():
    name = "r24b29_Kokrupniecibas PK_atkartota ekspertize_Liepins.docx"
    d = new_doc("Calibri", 11)
    P(d, ("Atkārtotas ekspertīzes atzinumi – kokrūpniecība", {"b": True, "size": 13}))
    P(d, "Eksperts: Aivars Liepiņš (SIA „Rīgas koka logi”, ražošanas tehnologs)")
    P(d, I("Slēdzienu izvēlas no saraksta; ja dokuments netika vērtēts, norādīt piezīmēs."))
    sections = [
        ("1. Mēbeļu galdnieks", "4",
         [("MIP", None, "MIP šoreiz netika vērtēts – precizētā redakcija jau akceptēta 02.06.2026."),
          ("PKE", 0, "Praktiskais uzdevums pārstrādāts (korpusa mēbele ar furnitūras montāžu un izmaksu aprēķinu) – "
                     "iebildumu nav.")]),
        ("2. Koka izstrādājumu ražošanas tehniķis", "4",
         [("MIP", 0, "Visi 26.05. norādītie labojumi veikti."),
          ("PKE", 1, "Jāsaskaņo teorijas jautājumu skaits ar vērtēšanas lapu (40 pret 45) un jāpievieno līmēšanas "
                     "režīmu tabula kā izdales materiāls.")]),
        ("3. Būvizstrādājumu galdnieks", "4",
         [("MIP", 0, "Kāpņu izgatavošanas modulis pievienots, ugunsdrošo durvju prasības aktualizētas."),
          ("PKE", None, "PKE vērtē K. Eglītis – šeit netiek vērtēts.")])]
    for title, lki, docs in sections:
        P(d, "")
        P(d, B(title), "  (LKI ", lki, ")")
        t = table(d, 3, 3, widths=[2, 7.5, 6.5])
        for j, h in enumerate(["Dokuments", "Slēdziens", "Piezīmes"]):
            C(t.cell(0, j), B(h))
            shade(t.cell(0, j))
        for i, (dn, ch, rem) in enumerate(docs):
            C(t.cell(i + 1, 0), dn)
            C(t.cell(i + 1, 1), dropdown(ch, "%s_%s" % (title[:2], dn)))
            C(t.cell(i + 1, 2), rem)
    P(d, "")
    t2 = table(d, 1, 2, widths=[5, 11])
    C(t2.cell(0, 0), "Paraksts / datums")
    C(t2.cell(0, 1), "A. Liepiņš, 16.06.2026")
    build(name, d,
          rows=[("mēbeļu galdnieks", "PKE", "supported", "Aivars Liepiņš", "2026-06-16", 4),
                ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Aivars Liepiņš", "2026-06-16", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Aivars Liepiņš", "2026-06-16", 4),
                ("būvizstrādājumu galdnieks", "MIP", "supported", "Aivars Liepiņš", "2026-06-16", 4)],
          note="Three qualifications, each its own section. Verdicts are drop-down content controls (w:dropDownList "
               "whose listItems carry ALL options; the shown text is the choice). Two cells show the placeholder "
               "'Izvēlieties vienumu.' with a note that the document was not reviewed → no row. Full name at top, "
               "initial form in the Paraksts/datums cell (expert = full name).",
          author="Aivars Liepiņš", created=T(2026, 6, 16, 14, 40))


def f30():
    name = "r24b30_PKE_energetika_Avotina_galigais.docx"
    d = new_doc("Times New Roman", 11)
    P(d, B("PKE satura ekspertīze – enerģētikas nozare"), align="c")
    P(d, "Eksperte: Rūta Avotiņa\t\tDatums: 21.05.2026", space_after=0)
    P(d, "Vērtēti tikai PKE; MIP vērtē citi nozares eksperti.")
    outer = table(d, 3, 2, widths=[5, 11])
    C(outer.cell(0, 0), B("Kvalifikācija"))
    C(outer.cell(0, 1), B("PKE slēdziens un piezīmes"))
    opts = ["Atbalstāms un virzāms saskaņošanai",
            "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Nav atbalstāms"]
    for row, q, ch, rem in [
        (1, "Elektromontieris\n(LKI 3)", 0, "Eksāmena saturs labi atspoguļo elektromontiera ikdienas darbu; "
                                            "praktiskās daļas vērtēšanas lapa skaidra."),
        (2, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks\n(LKI 3)", None,
         "Vērtējumu nesniedzu – iesniegtajā versijā nav pievienoti vērtēšanas kritēriji un praktiskā uzdevuma "
         "apraksts (tikai titullapa un teorijas jautājumi). Lūdzu atsūtīt pilno versiju.")]:
        name_lines = q.split("\n")
        C(outer.cell(row, 0), name_lines[0])
        CP(outer.cell(row, 0), I(name_lines[1]))
        cell = outer.cell(row, 1)
        inner = cell.add_table(rows=3, cols=2)
        inner.style = "Table Grid"
        for k, o in enumerate(opts):
            C(inner.cell(k, 0), o)
            if ch == k:
                C(inner.cell(k, 1), ("✓", {"font": "Segoe UI Symbol", "b": True}), align="c")
        CP(cell, rem)
    build(name, d,
          rows=[("elektromontieris", "PKE", "supported", "Rūta Avotiņa", "2026-05-21", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "unknown", "Rūta Avotiņa",
                 "2026-05-21", 3)],
          problems=["no_verdict"],
          note="Options in a NESTED table inside the outer cell, ✓ in the chosen row. Second qualification: nested "
               "options left unmarked and the expert writes 'Vērtējumu nesniedzu' (incomplete submission) → unknown + "
               "no_verdict. MIPs explicitly not covered.",
          author="Rūta Avotiņa", created=T(2026, 5, 21, 16, 50))


def f31():
    name = "r24b31_ventilacijas remontatslednieks_atzinums_Karklins.docx"
    d = new_doc("Arial", 10)
    P(d, B("Eksperta viedoklis par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka "
           "kvalifikācijas dokumentiem"))
    t = table(d, 6, 2, widths=[4.5, 11.5])
    C(t.cell(0, 0), "Eksperts")
    C(t.cell(0, 1), "Normunds Kārkliņš, SIA „Klimata tehnika”, servisa vadītājs")
    C(t.cell(1, 0), "Datums")
    C(t.cell(1, 1), "18.06.2026.")
    C(t.cell(2, 0), "Līmenis")
    C(t.cell(2, 1), "LKI 3")
    C(t.cell(3, 0), "Eksperta atzinums: MIP")
    C(t.cell(3, 1), "Programmu kopumā atbalstu, tomēr saskaņošanai to virzīt nevar, kamēr nav pārskatīts 5. un 7. "
                    "moduļa apjoms: siltumsūkņu apkopei atvēlētas 12 stundas, kas ir nereāli maz, savukārt vispārīgajai "
                    "elektrotehnikai – 80. Pēc šīs pārdales iebildumu nebūs.")
    C(t.cell(4, 0), "Eksperta atzinums: PKE")
    C(t.cell(4, 1), "Eksāmena saturs nav atbalstāms. Praktiskajā daļā nav neviena uzdevuma ar aukstumaģenta "
                    "kontūru – pārbaudīta tiek tikai filtru nomaiņa un ventilatora tīrīšana, ko var izdarīt arī "
                    "nekvalificēts darbinieks. Jāizstrādā no jauna kopā ar darba devējiem.")
    C(t.cell(5, 0), "Citi komentāri")
    C(t.cell(5, 1), "Veidlapas izvēles rūtiņas izdzēsu, jo mans viedoklis neiekļāvās nevienā no variantiem – lūdzu "
                    "ņemt vērā tekstu.")
    build(name, d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
                 "Normunds Kārkliņš", "2026-06-18", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported",
                 "Normunds Kārkliņš", "2026-06-18", 3)],
          note="Expert redesigned the form: option checkboxes deleted, prose verdicts in 'Eksperta atzinums' cells. MIP: "
               "'Programmu kopumā atbalstu, tomēr saskaņošanai to virzīt nevar, kamēr nav pārskatīts…' = needs "
               "corrections. Qualification only in the title, in the genitive.",
          author="Normunds", created=T(2026, 6, 18, 21, 10))


def f32():
    name = "r24b32_dkio mip pke atk.docx"
    d = new_doc("Calibri", 11)
    t = table(d, 7, 2, widths=[4, 12])
    kv = [("Kvalifikacija", "Datorizetu kokapstrades iekartu operators"),
          ("Dokumenti", "MIP (atkartoti pec precizejumiem), PKE (jauna, 2. redakcija)"),
          ("MIP vertejums", "atbalstams, virzams saskanosanai bez precizejumiem"),
          ("PKE vertejums", "atbalstams ar precizejumiem - sk. piezimes, pec tam var virzit saskanosanai"),
          ("Piezimes", "PKE 2. redakcija: praktiskaja uzdevuma nav noradits materials (MDF vai masivkoks), "
                       "vertesanas lapa truks punktu sadalijums 4. kriterijam."),
          ("Eksperts", "Lasma Grinberga"),
          ("Datums", "14.05.2026")]
    for i, (k, v) in enumerate(kv):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    build(name, d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Lasma Grinberga", "2026-05-14", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Lasma Grinberga", "2026-05-14", 4)],
          note="Very short key/value table typed without diacritics. 'bez precizejumiem' (= supported) vs 'ar "
               "precizejumiem … pec tam var virzit'. Expert name as written (no diacritics). LKI from register.",
          author="User", created=T(2026, 5, 14, 7, 20))


def f33():
    name = "r24b33_Fwd_ PKE precizetas versijas - Priede.docx"
    d = new_doc("Calibri", 11)
    p = P(d, ("Laura Siliņa", {"b": True, "size": 14}))
    bottom_border(p, 18)
    for k, v in [("From:", "Kristīne Balode <kristine.balode@lddk.lv>"),
                 ("Sent:", "Tuesday, June 23, 2026 8:47 AM"),
                 ("To:", "Laura Siliņa <laura.silina@lddk.lv>"),
                 ("Subject:", "FW: PKE precizētās versijas")]:
        P(d, B(k), "\t" + v, space_after=0)
    P(d, "")
    P(d, "Laura, pārsūtu Aināra atzinumu par abiem PKE, lūdzu ieliec kokrūpniecības mapē un atzīmē tabulā. Paldies! K.")
    P(d, "")
    for k, v in [("From:", "Ainārs Priede <ainars.priede@mezatehnika.lv>"),
                 ("Sent:", "Monday, June 22, 2026 10:05 AM"),
                 ("To:", "Kristīne Balode <kristine.balode@lddk.lv>"),
                 ("Subject:", "RE: PKE precizētās versijas")]:
        P(d, B(k), " " + v, space_after=0)
    P(d, "")
    P(d, "Kristīne, sveika!")
    P(d, "Apskatīju abus precizētos eksāmenus. Īsumā:")
    t = table(d, 3, 2, widths=[5, 11])
    C(t.cell(0, 0), B("Kvalifikācija"))
    C(t.cell(0, 1), B("PKE"))
    C(t.cell(1, 0), "Meža mašīnu operators")
    C(t.cell(1, 1), "Visi maijā prasītie precizējumi veikti. Atbalstāms un virzāms saskaņošanai.")
    C(t.cell(2, 0), "Motorzāģa operators")
    C(t.cell(2, 1), "Atbalstāms, bet 2. uzdevumā vēl jāieraksta, ka koku gāšana notiek tikai instruktora klātbūtnē, "
                    "un jānorāda minimālais stumbra caurmērs. Kad tas būs izdarīts, var virzīt saskaņošanai.")
    P(d, "")
    P(d, "MIP neskatījos, tie jau bija saskaņoti.")
    P(d, "Ainārs Priede", space_after=0)
    P(d, "SIA „Meža tehnika”, tālr. 29 501 774")
    P(d, "")
    for k, v in [("From:", "Kristīne Balode"),
                 ("Sent:", "Wednesday, June 17, 2026 3:12 PM"),
                 ("To:", "Ainārs Priede"),
                 ("Subject:", "PKE precizētās versijas")]:
        P(d, B(k), " " + v, space_after=0)
    P(d, "")
    P(d, "Labdien, Ainār!")
    P(d, "Pielikumā meža mašīnu operatora un motorzāģa operatora PKE pēc precizējumiem. Lūdzu apstiprināt, vai tagad "
         "saturs ir atbalstāms un virzāms saskaņošanai. Ja vajag vēl ko labot, lūdzu uzrakstīt, kas tieši.")
    P(d, "Kristīne")
    build(name, d,
          rows=[("meža mašīnu operators", "PKE", "supported", "Ainārs Priede", "2026-06-22", 3),
                ("motorzāģa operators", "PKE", "needs_corrections", "Ainārs Priede", "2026-06-22", 3)],
          note="Outlook thread printed to Word with English headers: coordinator's forward on top (23 June), expert's "
               "reply with a small verdict table (22 June = review date), coordinator's original request at the bottom. "
               "MIPs explicitly not looked at → no MIP rows.",
          author="Laura Siliņa", created=T(2026, 6, 23, 9, 0))


def f34():
    name = "r24b34_Energetika_PK_vertejums_Klavins_jul.docx"
    d = new_doc("Times New Roman", 11)
    P(d, B("Enerģētikas nozares kvalifikāciju MIP un PKE vērtējums (3. redakcijas)"), align="c")
    P(d, "Eksperts: Edgars Kļaviņš, sertificēts elektroenerģētiķis")
    hdrs = ["Kvalifikācija", "Dok.", "Saturs atbalstāms", "Nepieciešami precizējumi", "Virzāms saskaņošanai",
            "Komentārs"]
    data = [("Elektrotehniķis", "MIP", "Jā", "Nē", "Jā", ""),
            ("Elektrotehniķis", "PKE", "Jā", "Jā", "Pēc precizējumiem",
             "Atjaunota sadales iekārtu pārbaude; jāizlabo divi teorijas jautājumi (pieskarspriegums, RCD tips)."),
            ("Elektromontieris", "MIP", "Jā", "Nē", "Jā", "Stundu skaits saskaņots."),
            ("Elektromontieris", "PKE", "Nē", "–", "Nē",
             "3. redakcijā izņemts izolācijas pretestības mērījums – bez tā eksāmens nepārbauda pamatprasmi."),
            ("VGK sistēmu tehniķis", "PKE", "Jā", "Nē", "Jā", "")]
    t = table(d, len(data) + 1, len(hdrs), widths=[3.2, 1.2, 2, 2.2, 2.4, 5])
    for j, h in enumerate(hdrs):
        C(t.cell(0, j), B(h))
        shade(t.cell(0, j))
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            C(t.cell(i + 1, j), v, align="c" if 1 <= j <= 4 else None)
    P(d, "")
    t2 = table(d, 1, 2, widths=[5, 11])
    C(t2.cell(0, 0), "Paraksts / datums")
    C(t2.cell(0, 1), "E. Kļaviņš                  2026. gada 3. jūlijā")
    build(name, d,
          rows=[("elektrotehniķis", "MIP", "supported", "Edgars Kļaviņš", "2026-07-03", 4),
                ("elektrotehniķis", "PKE", "needs_corrections", "Edgars Kļaviņš", "2026-07-03", 4),
                ("elektromontieris", "MIP", "supported", "Edgars Kļaviņš", "2026-07-03", 3),
                ("elektromontieris", "PKE", "not_supported", "Edgars Kļaviņš", "2026-07-03", 3),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Edgars Kļaviņš",
                 "2026-07-03", 4)],
          note="Flag table (one row per qualification+document) with three Jā/Nē columns mirroring the three readings "
               "(atbalstāms / precizējumi / virzāms). Date only in the 'Paraksts / datums' cell, written out.",
          author="Edgars Kļaviņš", created=T(2026, 7, 3, 11, 0))


def f35():
    name = "r24b35_Atzinums_kokapstrade_2 PK_Strautina_gala versija.docx"
    d = new_doc("Times New Roman", 12, margins=(2.5, 2))
    P(d, B("EKSPERTĪZES ATZINUMS"), align="c")
    P(d, "par profesionālo kvalifikāciju „Kokapstrādes iekārtu operators” (LKI 3) un „Datorizētu kokapstrādes "
         "iekārtu operators” (LKI 4) modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu saturu",
      align="c")
    t = table(d, 4, 2, widths=[5, 11])
    for i, (k, v) in enumerate([("Eksperte", "Vija Strautiņa"),
                                ("Darba vieta", "SIA „Kokmeistari”, ražošanas vadītāja"),
                                ("Nozare", "Kokrūpniecība"),
                                ("Atzinuma datums", "2026. gada 20. aprīlī")]):
        C(t.cell(i, 0), k)
        C(t.cell(i, 1), v)
    P(d, "")
    P(d, B("1. Ievads"))
    P(d, "Ekspertīzes mērķis ir izvērtēt, vai darba grupu izstrādātais saturs ir atbalstāms un virzāms saskaņošanai, "
         "kā arī sniegt priekšlikumus tā pilnveidei. Abas kvalifikācijas vērtēju kopā, jo to programmām ir kopīgi "
         "moduļi (darba drošība, materiālmācība, rasējumu lasīšana), un daļa piezīmju attiecas uz abām. Vērtējumā "
         "izmantoju aktualizētos profesijas standartus un mūsu uzņēmuma pieredzi ar audzēkņiem praksē pēdējos "
         "trīs gados.", align="j")
    P(d, B("2. Kokapstrādes iekārtu operators (LKI 3)"))
    t2 = table(d, 5, 3, widths=[4, 2, 10])
    for j, h in enumerate(["Aspekts", "Vērtējums", "Komentārs"]):
        C(t2.cell(0, j), B(h))
        shade(t2.cell(0, j))
    rows2 = [("MIP struktūra", "Nē", "Programma pārņemta no 2019. gada redakcijas gandrīz bez izmaiņām. Nav moduļa par "
                                    "iekārtu apkopi un griezējinstrumentu asināšanu, kas operatoram ir ikdienas darbs; "
                                    "nav digitālo prasmju (iekārtu vadības paneļi, ražošanas uzskaites sistēma)."),
             ("MIP apjoms", "Nē", "Teorijai 55% – operatora līmenim neatbilstoši. Darba vidē balstītās mācības "
                                  "minētas tikai kā iespēja, nevis kā obligāta daļa."),
             ("PKE teorija", "Jā", "Jautājumi atbilstoši, labi sasaistīti ar darba drošību."),
             ("PKE prakse", "Daļēji", "Praktiskais uzdevums (ēvelēšana un garumā zāģēšana) labs, bet trūkst "
                                       "iekārtas iestatīšanas pēc rasējuma un mērījumu kontroles ar bīdmēru.")]
    for i, r in enumerate(rows2):
        for j, v in enumerate(r):
            C(t2.cell(i + 1, j), v)
    P(d, "")
    P(d, "Kopumā eksāmens ir tuvu gatavam, savukārt programma prasa būtisku pārstrādi, nevis atsevišķus labojumus. "
         "Iesaku darba grupai sadarboties ar vismaz diviem nozares uzņēmumiem, kas nodrošina prakses vietas – "
         "nozares uzņēmumi atbalsta šādu sadarbību un ir gatavi dot savus iekārtu aprakstus.", align="j")
    P(d, B("3. Datorizētu kokapstrādes iekārtu operators (LKI 4)"))
    t3 = table(d, 5, 3, widths=[4, 2, 10])
    for j, h in enumerate(["Aspekts", "Vērtējums", "Komentārs"]):
        C(t3.cell(0, j), B(h))
        shade(t3.cell(0, j))
    rows3 = [("MIP struktūra", "Jā", "Pēctecīga, labi sasaistīta ar 3. līmeņa programmu."),
             ("MIP saturs", "Daļēji", "CAM modulī jāiekļauj instrumentu bibliotēkas izveide un sadursmju simulācija; "
                                      "šis modulis pašreizējā redakcijā nav atbalstāms, jo apraksts ir pārāk vispārīgs."),
             ("PKE teorija", "Jā", ""),
             ("PKE prakse", "Jā", "Uzdevums ar CNC apstrādes centru un G-koda korekciju – atbilst darba tirgum.")]
    for i, r in enumerate(rows3):
        for j, v in enumerate(r):
            C(t3.cell(i + 1, j), v)
    P(d, "")
    P(d, B("4. Secinājumi"))
    t4 = table(d, 3, 3, widths=[5.5, 5.25, 5.25])
    for j, h in enumerate(["Kvalifikācija", "MIP", "PKE"]):
        C(t4.cell(0, j), B(h))
        shade(t4.cell(0, j), "E2EFDA")
    C(t4.cell(1, 0), "Kokapstrādes iekārtu operators")
    C(t4.cell(1, 1), "nav atbalstāms (nepieciešama pārstrāde un atkārtota ekspertīze)")
    C(t4.cell(1, 2), "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")
    C(t4.cell(2, 0), "Datorizētu kokapstrādes iekārtu operators")
    C(t4.cell(2, 1), "atbalstāms; pēc CAM moduļa precizēšanas virzāms saskaņošanai")
    C(t4.cell(2, 2), "atbalstāms un virzāms saskaņošanai")
    P(d, "")
    P(d, "Esmu gatava piedalīties darba grupas sanāksmē, lai pārrunātu piezīmes. Atkārtotai ekspertīzei lūdzu "
         "iesniegt tikai kokapstrādes iekārtu operatora programmu; pārējos labojumus var pārbaudīt koordinatore.",
      align="j")
    P(d, "")
    P(d, "Vija Strautiņa", align="r", space_after=0)
    P(d, "nozares eksperte", align="r")
    build(name, d,
          rows=[("kokapstrādes iekārtu operators", "MIP", "not_supported", "Vija Strautiņa", "2026-04-20", 3),
                ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Vija Strautiņa", "2026-04-20", 3),
                ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Vija Strautiņa", "2026-04-20", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Vija Strautiņa", "2026-04-20", 4)],
          note="Long (≈2 pages) review of two qualifications: intro states the purpose ('izvērtēt, vai … atbalstāms'), "
               "aspect tables with Jā/Nē/Daļēji and prose; body says a CAM module 'nav atbalstāms' and 'nozares "
               "uzņēmumi atbalsta' (3rd person), but the 'Secinājumi' table outranks: DKIO MIP needs corrections. "
               "Qualifications named in the title in quotes, with levels.",
          author="Vija Strautiņa", created=T(2026, 4, 20, 17, 30), last_by="Kristīne Balode")

def main():
    for fn in [globals()[k] for k in sorted(globals()) if k.startswith("f") and k[1:].isdigit()]:
        fn()
    write_outputs()


def write_outputs():
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
        f.write("# r24b — forms and tables\n\nBuilt by `build.py`. %d files, %d gold rows, %d problem rows.\n\n"
                % (len(FILES), len(GOLD), len(PROBLEMS)))
        f.write("Style: forms and tables filled in (and sometimes redesigned) by experts. Marks used: X/x/V/✓ in "
                "cells, ☒/☑ text glyphs, Wingdings w:sym, w14 checkbox content controls, legacy FORMCHECKBOX fields, "
                "drop-down content controls, strikethrough ('nevajadzīgo svītrot'), underline ('vajadzīgo pasvītrot'), "
                "bold, numeric codes, Jā/Nē flag and criterion tables, tracked changes. Also e-mails printed to Word "
                "(Outlook LV/EN, Gmail) and letterheads. Four files (r24b25–r24b28) are not reviews.\n\n"
                "Conventions: a document explicitly not reviewed (not submitted, reviewed by another expert, 'netika "
                "vērtēts') gets no row. Qualifications missing from the register are written in the nominative, lower "
                "case except the acronym (CNC). The date is the review date (e-mail: the expert's sent date; letter: "
                "the letter date), never the file metadata. Expert is the name as written in the review, never the "
                "core-properties author.\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            f.write("| %s | %s |\n" % (n, note.replace("|", "\\|")))
    print(len(FILES), "files;", len(GOLD), "gold rows;", len(PROBLEMS), "problem rows")


if __name__ == "__main__":
    main()
