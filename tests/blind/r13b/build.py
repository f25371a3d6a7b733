# -*- coding: utf-8 -*-
"""Blind evaluation set r13b: forms and tables (expert reviews of MIP / PKE).

Run:  /work/hvenv/bin/python build.py
Each file is built by a function decorated with @build(...), which carries that file's
gold labels (rows=..., problems=...) and a note for README.md.
"""
import csv
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBLEMS, NOTES = [], [], []
_ID = [100]


def _nid():
    _ID[0] += 1
    return _ID[0]


# ---------------------------------------------------------------- run / paragraph helpers
def B(t):
    return (t, {"b": 1})


def I(t):
    return (t, {"i": 1})


def U(t):
    return (t, {"u": 1})


def S(t):
    return (t, {"s": 1})


def run(p, text, b=0, i=0, u=0, s=0, font=None, size=None, color=None):
    r = p.add_run(text)
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if s:
        r.font.strike = True
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def parts(p, items, **default):
    for it in items:
        if it is None:
            continue
        if callable(it):
            it(p)
        elif isinstance(it, tuple):
            fmt = dict(default)
            fmt.update(it[1])
            run(p, it[0], **fmt)
        else:
            run(p, it, **default)
    return p


def P(c, *items, align=None, b=0, i=0, size=None, style=None, after=None, first=False):
    if first and len(c.paragraphs) == 1 and not c.paragraphs[0].text and not c.paragraphs[0]._p.xpath("./w:r|./w:sdt"):
        p = c.paragraphs[0]
        if style:
            p.style = style
    else:
        p = c.add_paragraph(style=style) if style else c.add_paragraph()
    parts(p, items, b=b, i=i, size=size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


# ---------------------------------------------------------------- raw WordprocessingML helpers
def sym(char, font="Wingdings"):
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


def cc_box(checked):
    """Word 2010+ content-control checkbox (w:sdt + w14:checkbox)."""
    def f(p):
        glyph = "\u2612" if checked else "\u2610"
        xml = (
            '<w:sdt %s>'
            '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            '<w:id w:val="%d"/>'
            '<w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            '</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        ) % (nsdecls("w", "w14"), 900000 + _nid(), 1 if checked else 0, glyph)
        p._p.append(parse_xml(xml))
    return f


def form_box(checked=False, default=False):
    """Legacy FORMCHECKBOX field; state in w:default and/or w:checked, no visible text."""
    def f(p):
        n = _nid()
        chk = "<w:checked/>" if checked else ""
        xml_b = (
            '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="%d"/>%s</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
        ) % (nsdecls("w"), n, 1 if default else 0, chk)
        p._p.append(parse_xml(xml_b))
        p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")))
        p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))
    return f


def ins(text, author, date, b=0):
    def f(p):
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        xml = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
               % (nsdecls("w"), _nid(), author, date, rpr, _esc(text)))
        p._p.append(parse_xml(xml))
    return f


def dele(text, author, date, b=0):
    def f(p):
        rpr = "<w:rPr><w:b/></w:rPr>" if b else ""
        xml = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
               % (nsdecls("w"), _nid(), author, date, rpr, _esc(text)))
        p._p.append(parse_xml(xml))
    return f


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


# ---------------------------------------------------------------- tables
def fill(cell, spec):
    """spec: str (\\n = new paragraph) | list of paragraph specs | callable(cell)."""
    if callable(spec):
        spec(cell)
        return
    if isinstance(spec, str):
        spec = spec.split("\n")
    elif isinstance(spec, tuple):
        spec = [spec]
    first = True
    for ps in spec:
        if callable(ps):
            ps(cell)
            first = False
            continue
        items = [ps] if isinstance(ps, (str, tuple)) else list(ps)
        P(cell, *items, first=first)
        first = False


def T(c, rows, widths=None, style="Table Grid", head=False, col0b=False, size=None):
    """rows: list of rows; a cell is spec or dict(t=spec, span=n, shade=hex)."""
    ncols = max(sum((x.get("span", 1) if isinstance(x, dict) else 1) for x in r) for r in rows)
    t = c.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for ri, r in enumerate(rows):
        ci = 0
        for x in r:
            span = x.get("span", 1) if isinstance(x, dict) else 1
            spec = x["t"] if isinstance(x, dict) else x
            cell = t.cell(ri, ci)
            if span > 1:
                cell = cell.merge(t.cell(ri, ci + span - 1))
            fill(cell, spec)
            if isinstance(x, dict) and x.get("shade"):
                shade(cell, x["shade"])
            if (head and ri == 0) or (col0b and ci == 0):
                for p in cell.paragraphs:
                    for rr in p.runs:
                        rr.bold = True
                if head and ri == 0 and not (isinstance(x, dict) and x.get("shade")):
                    shade(cell)
            if size:
                for p in cell.paragraphs:
                    for rr in p.runs:
                        rr.font.size = Pt(size)
            ci += span
    if widths:
        for r in t.rows:
            k = 0
            for cell in r.cells:
                if k < len(widths):
                    cell.width = Cm(widths[k])
                k += 1
    return t


def header(d, *items, align=None, size=9):
    p = d.sections[0].header.paragraphs[0]
    parts(p, items, size=size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def footer(d, *items, align=None, size=9):
    p = d.sections[0].footer.paragraphs[0]
    parts(p, items, size=size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# ---------------------------------------------------------------- build decorator
def build(name, author, created, rows=(), problems=(), note="", font="Calibri", fsize=11, title=None):
    assert name.startswith("r13b")

    def deco(fn):
        d = Document()
        st = d.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(fsize)
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
        cp = d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.created = datetime.datetime(*created)
        cp.modified = datetime.datetime(*created) + datetime.timedelta(minutes=37)
        cp.title = title or ""
        cp.comments = ""
        cp.keywords = ""
        cp.subject = ""
        fn(d)
        d.save(os.path.join(OUT, name))
        for r in rows:
            q, doc, v, exp, date, lki = r
            assert doc in ("MIP", "PKE") and v in ("supported", "needs_corrections", "not_supported", "unknown")
            ROWS.append([name, q, doc, v, exp, date, lki])
        for code in problems:
            assert code in ("no_verdict", "unknown_qualification", "conflict")
            PROBLEMS.append([name, code])
        NOTES.append((name, note))
        return fn
    return deco


AV = "Agnese Vītola"      # LDDK project coordinator
IK = "Ilze Kalniņa"       # sector coordinator (kokrūpniecība / enerģētika)

X_OPTS = ["saturs ir atbalstāms un virzāms saskaņošanai",
          "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
          "saturs nav atbalstāms"]


# ======================================================================================
# 01  key/value table (value right) + option table with "X"
# ======================================================================================
@build("r13b01_Mebelu galdnieks_MIP_atzinums_Liepina.docx", IK, (2026, 3, 12, 15, 40),
       rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Gunta Liepiņa", "2026-03-12", 4)],
       note="Key/value table (value to the right); all three options printed in a 2-column table, the chosen one "
            "marked with an 'X' in the left cell. Only MIP reviewed. Author property = coordinator, not the expert.")
def _(d):
    P(d, B("EKSPERTA ATZINUMS"), align="c", size=14, first=True)
    P(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) saturu", align="c")
    T(d, [["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
          ["LKI līmenis", "4"],
          ["Nozare", "Kokrūpniecība"],
          ["Ekspertīzes objekts", "Modulārā izglītības programma (MIP), darba grupas redakcija no 02.03.2026."],
          ["Izstrādātājs", "Vidzemes Tehnoloģiju un dizaina tehnikuma darba grupa"],
          ["Nozares eksperts", "Gunta Liepiņa"],
          ["Atzinuma datums", "12.03.2026."]], widths=[5.5, 11], col0b=True)
    P(d, "")
    P(d, B("1. Vispārīgs vērtējums"))
    P(d, "Programmas struktūra ir pārskatāma, moduļu secība loģiska, un kopumā tā atbilst tam, ko nozares uzņēmumi "
         "sagaida no jaunā galdnieka. Pozitīvi vērtēju, ka B daļas moduļos iekļauts darbs ar CNC apstrādes centru un "
         "mēbeļu furnitūras montāža. Trūkumi ir galvenokārt rezultātu formulējumos un stundu sadalījumā.")
    P(d, B("2. Eksperta slēdziens"), I(" (atzīmēt ar X)"))
    T(d, [["", "MIP " + X_OPTS[0]],
          [B("X"), "MIP " + X_OPTS[1]],
          ["", "MIP " + X_OPTS[2]]], widths=[1.2, 15.3])
    P(d, "")
    P(d, B("3. Nepieciešamie precizējumi"))
    for t in ["Modulī „Virsmu apdare” sasniedzamos rezultātus formulēt ar darbības vārdiem (pašlaik – „zina”, „pārzina”).",
              "Praktisko mācību apjomu modulī „Korpusa mēbeļu izgatavošana” palielināt vismaz līdz 60 % no moduļa apjoma.",
              "Darba aizsardzības tēmu papildināt ar prasībām darbam ar lakām un krāsvielām (ventilācija, IAL)."]:
        P(d, t, style="List Number")
    P(d, "")
    P(d, "Ar cieņu")
    P(d, "Gunta Liepiņa")


# ======================================================================================
# 02  summary table document | verdict | notes; name+date only in "Paraksts / datums"
# ======================================================================================
@build("r13b02_Motorzaga operators MIP PKE - Krumins.docx", "Krumins R.", (2026, 2, 4, 11, 5),
       rows=[("motorzāģa operators", "MIP", "needs_corrections", "R. Krūmiņš", "2026-02-04", 3),
             ("motorzāģa operators", "PKE", "supported", "R. Krūmiņš", "2026-02-04", 3)],
       note="Summary table Dokuments | Eksperta vērtējums | Piezīmes, free wording in the verdict cells "
            "('taču saskaņošanai virzīt tikai pēc precizējumiem'). Name and date only in the 'Paraksts / datums' row "
            "(initial + surname, so expert = 'R. Krūmiņš').")
def _(d):
    P(d, B("Motorzāģa operatora kvalifikācijas (LKI 3. līmenis) MIP un PKE satura ekspertīze"), size=13, first=True)
    P(d, "Izglītības iestāde: Ogres tehnikums. Ekspertīzei saņemta MIP redakcija no 27.01.2026. un PKE satura "
         "projekts (teorētiskā daļa – 40 testa jautājumi, praktiskā daļa – 2 uzdevumi).")
    T(d, [["Dokuments", "Eksperta vērtējums", "Piezīmes / ieteikumi"],
          ["MIP", "Atbalstāms, taču saskaņošanai virzīt tikai pēc precizējumiem",
           ["1) Modulī „Koku gāšana sarežģītos apstākļos” jāiekļauj darbs ar vinču un ķīļiem.",
            "2) Jāprecizē moduļa „Motorzāģa tehniskā apkope” vērtēšanas kritēriji – pašlaik nav skaidrs, kas ir „sekmīgi”.",
            "3) Praktisko mācību stundas uzņēmumā jāsaskaņo ar kvalifikācijas prasībām."]],
          ["PKE", "Atbalstāms un virzāms saskaņošanai",
           "Iebildumu nav. Praktiskā uzdevuma izpildes laiks (4 h) ir reāls, vērtēšanas lapa saprotama. "
           "Ieteikums (nav obligāts): testa 17. jautājumā izlabot drukas kļūdu."],
          [B("Paraksts / datums"), {"t": "R. Krūmiņš / 04.02.2026.", "span": 2}]],
      widths=[2.5, 5.5, 8.5], head=True)


# ======================================================================================
# 03  criterion table Jā/Nē + overall row; name in page header, date in footer only
# ======================================================================================
@build("r13b03_Elektrotehnikis_PKE_kriteriji.docx", AV, (2026, 3, 19, 9, 12),
       rows=[("elektrotehniķis", "PKE", "needs_corrections", "Sandra Kalnača", "2026-03-18", 4)],
       note="Criterion table (Jā/Nē) with two 'Nē' rows, closed by a merged KOPVĒRTĒJUMS row that gives the verdict. "
            "Expert name only in the page header, date only in the footer ('2026. gada 18. martā'); file created a day later "
            "by the coordinator.", font="Times New Roman", fsize=12)
def _(d):
    header(d, "LDDK nozaru ekspertu darbs projektā 4.2.2.9. | Nozares eksperte: Sandra Kalnača", align="r")
    footer(d, "Atzinums sagatavots 2026. gada 18. martā", align="c")
    P(d, B("PROFESIONĀLĀS KVALIFIKĀCIJAS EKSĀMENA SATURA IZVĒRTĒJUMS"), align="c", first=True)
    P(d, "Kvalifikācija: ", B("elektrotehniķis"), " (4. LKI līmenis)")
    P(d, "Izstrādātājs: Rīgas Valsts tehnikuma darba grupa")
    P(d, I("Katram kritērijam norādīt „Jā” vai „Nē”; ja „Nē” – komentārā pamatot."), size=10)
    T(d, [["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
          ["1.", "PKE saturs atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
          ["2.", "Teorētiskās daļas jautājumi aptver visas kvalifikācijas kompetences", "Nē",
           "Nav neviena jautājuma par releju aizsardzību un zemējuma pretestības mērījumiem."],
          ["3.", "Praktiskais uzdevums izpildāms paredzētajā laikā", "Jā", "6 h ir pietiekami."],
          ["4.", "Vērtēšanas kritēriji ir skaidri un izmērāmi", "Nē",
           "Kritēriji 2.3. un 2.4. pārklājas; punktu sadalījums starp tiem jāpārskata."],
          ["5.", "Ietvertas darba drošības un elektrodrošības prasības", "Jā", ""],
          [{"t": B("KOPVĒRTĒJUMS"), "span": 2, "shade": "EDEDED"},
           {"t": "PKE saturs ir atbalstāms, virzāms saskaņošanai pēc 2. un 4. kritērijā minēto precizējumu veikšanas.",
            "span": 2, "shade": "EDEDED"}]],
      widths=[1.0, 6.5, 1.8, 7.2], head=True)


# ======================================================================================
# 04  checkbox content controls (w:sdt / w14:checkbox)
# ======================================================================================
@build("r13b04_DKIO_MIP_PKE_Purins_galigais.docx", "Edgars Puriņš", (2026, 4, 21, 18, 30),
       rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Edgars Puriņš", "2026-04-21", 4),
             ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Edgars Puriņš", "2026-04-21", 4)],
       note="Form with Word content-control checkboxes (w14:checkbox); all three options printed for each document, one "
            "ticked. MIP = first option, PKE = 'nav atbalstāms'. Option text of the unticked boxes is a trap.")
def _(d):
    P(d, B("Ekspertīzes veidlapa"), size=14, first=True)
    P(d, "MIP un PKE satura ekspertīze, projekta 5. posms")
    T(d, [["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"],
          ["LKI līmenis", "4. līmenis"],
          ["Izglītības iestāde", "Kuldīgas Tehnoloģiju un tūrisma tehnikums"],
          ["Eksperts", "Edgars Puriņš"],
          ["Aizpildīšanas datums", "2026-04-21"]], widths=[5, 11.5], col0b=True)
    P(d, "")

    def opts(sel):
        def f(cell):
            for k, o in enumerate(["Atbalstāms un virzāms saskaņošanai",
                                   "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                   "Nav atbalstāms"]):
                P(cell, cc_box(k == sel), " " + o, first=(k == 0))
        return f
    T(d, [["Dokuments", "Vērtējums (atzīmēt vienu)", "Komentārs"],
          ["MIP", opts(0), "Programma ir sabalansēta, CNC programmēšanas moduļi atbilst uzņēmumu praksei."],
          ["PKE", opts(2),
           "Praktiskais uzdevums paredz darbu ar 5 asu apstrādes centru, kāda tehnikumā nav; uzdevumu nevar izpildīt "
           "visi eksaminējamie vienādos apstākļos. Vērtēšanas lapā nav kritēriju par iekārtas iestatīšanu. "
           "Pēc pārstrādes nepieciešama atkārtota ekspertīze."]],
      widths=[2.2, 7.3, 7.0], head=True)


# ======================================================================================
# 05  legacy form-field checkboxes (FORMCHECKBOX)
# ======================================================================================
@build("r13b05_Elektromontieris_Berzina.docx", "Inese Bērziņa", (2026, 3, 27, 13, 0),
       rows=[("elektromontieris", "MIP", "needs_corrections", "Inese Bērziņa", "2026-03-27", 3),
             ("elektromontieris", "PKE", "supported", "Inese Bērziņa", "2026-03-27", 3)],
       note="Grid Dokuments x 3 verdict columns with legacy FORMCHECKBOX fields (no text at all). MIP ticked via "
            "w:default=1, PKE via w:checked. Remarks below in prose. Date written '2026. gada 27. martā'.")
def _(d):
    P(d, B("Ekspertīzes atzinums"), align="c", size=14, first=True)
    T(d, [["Profesionālā kvalifikācija:", "Elektromontieris (LKI 3)"],
          ["Nozare:", "Enerģētika"],
          ["Eksperte:", "Inese Bērziņa"],
          ["Datums:", "2026. gada 27. martā"]], style=None, widths=[5, 11], col0b=True)
    P(d, "")

    def box(on=False, dflt=False):
        return lambda cell: P(cell, form_box(checked=on, default=dflt), align="c", first=True)
    T(d, [["", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "Nav atbalstāms"],
          [B("MIP"), box(), box(dflt=True), box()],
          [B("PKE"), box(on=True), box(), box()]], widths=[2.0, 4.8, 5.2, 4.5], head=True, size=10)
    P(d, "")
    P(d, B("Piezīmes par MIP"))
    P(d, "Modulī „Elektroinstalācijas montāža ēkās” nepieciešams precizēt sasniedzamos rezultātus par TN-C-S sistēmām; "
         "modulī „Apgaismojuma tīkli” trūkst LED gaismekļu vadības. Lūdzu darba grupu šos punktus papildināt, pirms "
         "programma tiek nodota saskaņošanai.")
    P(d, B("Piezīmes par PKE"))
    P(d, "Eksāmena saturs atbilst kvalifikācijas prasībām, praktiskie uzdevumi ir reāli izpildāmi. Komentāru nav.")


# ======================================================================================
# 06  "nevajadzīgo svītrot" – strike-through on the options not chosen; history trap
# ======================================================================================
@build("r13b06_koka izstradajumu razosanas tehnikis MIP PKE (A.Strautmanis).docx", "User", (2026, 4, 9, 16, 45),
       rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Aivars Strautmanis", "2026-04-09", 4),
             ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Aivars Strautmanis", "2026-04-09", 4)],
       note="Options in table cells, 'nevajadzīgo svītrot': non-chosen options carry strike-through. MIP: only "
            "'nav atbalstāms' left; PKE: only the 'pēc precizējumu' option left. A remark recalls that the February round "
            "was 'atbalstāms ar precizējumiem' (history, does not count). Generic author 'User'.")
def _(d):
    P(d, B("ATZINUMS"), align="c", size=14, first=True)
    P(d, "par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” (LKI 4) MIP un PKE saturu", align="c")
    T(d, [["Izglītības iestāde", "Jelgavas Tehnikums"],
          ["Saņemtās redakcijas", "MIP – 30.03.2026.; PKE – 30.03.2026."],
          ["Eksperts", "Aivars Strautmanis"]], widths=[5, 11.5], col0b=True)
    P(d, "")
    P(d, B("Eksperta slēdziens"), I(" (nevajadzīgo svītrot)"))

    def opts(doc, keep):
        def f(cell):
            for k, o in enumerate(X_OPTS):
                txt = doc + " " + o
                P(cell, S(txt) if k != keep else txt, first=(k == 0))
        return f
    T(d, [["MIP", opts("MIP", 2)], ["PKE", opts("PKE", 1)]], widths=[2, 14.5], col0b=True)
    P(d, "")
    P(d, B("Pamatojums"))
    P(d, "Iepriekšējā ekspertīzes kārtā (februārī) MIP tika atzīts par atbalstāmu ar precizējumiem, taču iesniegtajā "
         "redakcijā ieteiktie labojumi nav ņemti vērā, turklāt izņemts modulis „Ražošanas plānošana un kvalitātes "
         "kontrole”, bez kura tehniķa līmeņa kvalifikāciju nevar apgūt. Programma jāpārstrādā un jāiesniedz atkārtotai "
         "ekspertīzei.")
    P(d, "PKE saturs kopumā ir labs; pirms saskaņošanas jāpievieno vērtēšanas kritēriji ražošanas dokumentācijas "
         "sagatavošanai (2. praktiskais uzdevums).")
    P(d, "")
    P(d, "Rīgā, 2026. gada 9. aprīlī")


# ======================================================================================
# 07  Wingdings w:sym glyphs F0FE (checked) / F0A8 (empty); alias "VGK sistēmu tehniķis"
# ======================================================================================
@build("r13b07_VGK sistēmu tehniķis_Grīnberga 18.05.docx", "Dace Grīnberga", (2026, 5, 18, 10, 20),
       rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Dace Grīnberga", "2026-05-18", 4),
             ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Dace Grīnberga", "2026-05-18", 4)],
       note="Qualification only as the alias 'VGK sistēmu tehniķis'. Verdict options with Wingdings w:sym glyphs "
            "(F0FE ticked, F0A8 empty) that paragraph.text does not show. Date '18.05.2026.' in a labelled cell.")
def _(d):
    P(d, B("VGK sistēmu tehniķis – MIP un PKE ekspertīze"), size=13, first=True)
    T(d, [["Kvalifikācija", "VGK sistēmu tehniķis, LKI 4"],
          ["Darba grupa", "Rīgas Tehniskās koledžas darba grupa"],
          ["Nozares eksperte", "Dace Grīnberga"],
          ["Datums", "18.05.2026."]], widths=[4.5, 12], col0b=True)
    P(d, "")

    def opts(sel):
        def f(cell):
            for k, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                                   "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                   "nav atbalstāms"]):
                P(cell, sym("F0FE" if k == sel else "F0A8"), " " + o, first=(k == 0))
        return f
    T(d, [["Dokuments", "Slēdziens"],
          ["Modulārā izglītības programma", opts(0)],
          ["Kvalifikācijas eksāmena saturs", opts(1)]], widths=[5, 11.5], head=True)
    P(d, "")
    P(d, B("Komentāri"))
    P(d, "Programma labi aptver aukstumaģentu apriti un F-gāzu prasības. Eksāmenā praktiskajā uzdevumā jānorāda "
         "konkrēts iekārtas tips un jāpapildina vērtēšanas lapa ar hermētiskuma pārbaudes kritērijiem; pēc tam "
         "eksāmena saturu var nodot saskaņošanai.")


# ======================================================================================
# 08  Outlook e-mail printed to Word (Latvian headers), quoted request listing all options
# ======================================================================================
@build("r13b08_RE Mezsaimniecibas tehnika PKE.docx", AV, (2026, 2, 3, 15, 10),
       rows=[("mežsaimniecības tehniķis", "PKE", "supported", "Laima Skujiņa", "2026-02-03", 4)],
       note="Outlook e-mail (Latvian headers No/Nosūtīts/Kam/Tēma) printed into Word. Expert supports PKE ('Iebildumu nav – "
            "atbalstu un iesaku virzīt saskaņošanai'); MIP explicitly reviewed by someone else -> no row. The quoted "
            "coordinator request below lists all three options (trap). Qualification in genitive. Date = sent date.")
def _(d):
    P(d, B("Agnese Vītola"), first=True)
    hdr = [("No:", "Laima Skujiņa <laima.skujina@mezs-konsult.lv>"),
           ("Nosūtīts:", "otrdiena, 2026. gada 3. februāris 14:52"),
           ("Kam:", "Agnese Vītola <agnese.vitola@lddk.lv>"),
           ("Tēma:", "RE: Mežsaimniecības tehniķa PKE ekspertīze"),
           ("Pielikumi:", "PKE_mezsaimniecibas_tehnikis_LS_komentari.docx")]
    T(d, [[B(a), b] for a, b in hdr], style=None, widths=[3, 13.5])
    P(d, "")
    P(d, "Labdien, Agnese!")
    P(d, "Izskatīju mežsaimniecības tehniķa PKE saturu (Smiltenes tehnikuma versija no 26.01.). Iebildumu nav – atbalstu "
         "un iesaku virzīt saskaņošanai. Dažas drukas kļūdas 3. uzdevumā atzīmēju failā ar komentāriem, tās saturu "
         "neietekmē.")
    P(d, "MIP, kā vienojāmies, vērtē Oskars Mednis, tāpēc par programmu atzinumu nesniedzu.")
    P(d, "Ar cieņu")
    P(d, "Laima Skujiņa")
    P(d, "meža nozares eksperte", i=1)
    P(d, "")
    P(d, "________________________________")
    T(d, [[B("No:"), "Agnese Vītola"],
          [B("Nosūtīts:"), "pirmdiena, 2026. gada 26. janvāris 10:31"],
          [B("Kam:"), "Laima Skujiņa"],
          [B("Tēma:"), "Mežsaimniecības tehniķa PKE ekspertīze"]], style=None, widths=[3, 13.5])
    P(d, "Labdien, Laima!")
    P(d, "Pielikumā mežsaimniecības tehniķa (LKI 4) PKE saturs ekspertīzei. Lūdzu atzinumā norādīt vienu no "
         "variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas "
         "virzāms saskaņošanai” vai „saturs nav atbalstāms”. Termiņš – 6. februāris.")
    P(d, "Paldies!")
    P(d, "Agnese Vītola")
    P(d, "LDDK projekta koordinatore")


# ======================================================================================
# 09  Gmail printout (English headers), no diacritics, quoted request below
# ======================================================================================
@build("r13b09_RE_ MIP ekspertize - buvizstradajumu galdnieks.docx", "", (2026, 4, 14, 9, 40),
       rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Normunds Vilks", "2026-04-14", 4)],
       note="Gmail print (English headers From/To/Date), body typed without diacritics; verdict split over two "
            "sentences (supports, 'Tomer saskanosanai to virzit var tikai tad, kad bus izlaboti...'). PKE handed to "
            "another expert -> no row. Empty author property.")
def _(d):
    T(d, [[B("Gmail"), {"t": "Ilze Kalniņa <ilze.kalnina@lddk.lv>", "shade": "FFFFFF"}]], style=None, widths=[3, 13.5])
    P(d, B("Re: MIP ekspertize - buvizstradajumu galdnieks"), size=13)
    P(d, "2 messages", size=9)
    P(d, "________________________________")
    T(d, [[B("Normunds Vilks <normunds.vilks@gmail.com>"), "Tue, Apr 14, 2026 at 9:12 AM"],
          [{"t": "To: Ilze Kalniņa <ilze.kalnina@lddk.lv>", "span": 2}]], style=None, widths=[10, 6.5])
    P(d, "")
    P(d, "Sveika, Ilze!")
    P(d, "Paskatijos buvizstradajumu galdnieka MIP (Rigas Valsts tehnikuma darba grupas variants). Kopuma programma ir "
         "laba un moduli sakartoti logiski, tapec MIP saturu atbalstu. Tomer saskanosanai to virzit var tikai tad, kad "
         "bus izlaboti sie punkti:")
    P(d, "- modulis \"Kapnu izgatavosana\" - nav ieklauta kapnu aprekinasana un marketesana;")
    P(d, "- stundu sadalijums prakses moduliem neatbilst kvalifikacijas prasibam (par maz darba vide);")
    P(d, "- \"Logu un durvju montaza\" jaatsaucas uz aktualo LBN, nevis uz veco standartu.")
    P(d, "PKE, ka sarunajam, skatis Sarmite, tapec par to neko nerakstu.")
    P(d, "Normunds")
    P(d, "")
    P(d, "On Wed, Apr 1, 2026 at 10:03 AM Ilze Kalniņa <ilze.kalnina@lddk.lv> wrote:", size=10)
    P(d, "> Labdien, Normund!", size=10)
    P(d, "> Lūdzu sniegt atzinumu par būvizstrādājumu galdnieka MIP līdz 15.04. PKE šoreiz vērtēs Sarmīte Ozoliņa.", size=10)
    P(d, "> Atzinumā lūdzu skaidri norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.", size=10)
    P(d, "> Ilze", size=10)


# ======================================================================================
# 10  company letterhead, letter with summary table
# ======================================================================================
@build("r13b10_Ziemelkurzemes mezt_vestule_meza masinu operators.docx", "Marta Ose", (2026, 5, 6, 14, 2),
       rows=[("meža mašīnu operators", "MIP", "not_supported", "Valdis Lejnieks", "2026-05-06", 3),
             ("meža mašīnu operators", "PKE", "needs_corrections", "Valdis Lejnieks", "2026-05-06", 3)],
       note="Company letterhead, letter to LDDK with a summary table Dokuments | Slēdziens | Pamatojums. PKE 'Atbalstāms ar "
            "nosacījumu' with the condition in the reason cell. Author property = company clerk (Marta Ose), expert signs "
            "as board member. Date in the letter's place/date line.", font="Arial", fsize=10)
def _(d):
    header(d, B("SIA „Ziemeļkurzemes mežtehnika”"), align="c", size=12)
    p = d.sections[0].header.add_paragraph("Reģ. Nr. 41203055512 | Talsu iela 14, Ventspils, LV-3601 | tālr. 63622210 | info@zkmt.lv")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in p.runs:
        r.font.size = Pt(8)
    T(d, [["Ventspilī", "06.05.2026.  Nr. 2026/18"]], style=None, widths=[8, 8.5])
    P(d, "")
    P(d, "Latvijas Darba devēju konfederācijai", align="r")
    P(d, "projekta koordinatorei Agnesei Vītolai", align="r")
    P(d, "")
    P(d, B("Par meža mašīnu operatora kvalifikācijas MIP un PKE ekspertīzi"))
    P(d, "Saskaņā ar LDDK deleģējumu esmu izvērtējis Kuldīgas Tehnoloģiju un tūrisma tehnikuma darba grupas izstrādāto "
         "meža mašīnu operatora (LKI 3. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena "
         "saturu. Uzņēmuma speciālisti, kas ikdienā strādā ar harvesteriem un forvarderiem, izvērtēšanā piedalījās, un "
         "nozares uzņēmumi kopumā atbalsta to, ka operatoru sagatavošanā lielāka nozīme tiek piešķirta simulatoriem.")
    P(d, "Mans slēdziens apkopots tabulā.")
    T(d, [["Dokuments", "Slēdziens", "Pamatojums"],
          ["MIP", B("Nav atbalstāms"),
           "Programmā darbam ar harvestera simulatoru paredzētas tikai 40 stundas, kas nav pietiekami, lai sasniegtu "
           "kvalifikācijas prasības; nav moduļa par mašīnas tehnisko apkopi mežā. Programma jāpārstrādā un jāiesniedz "
           "atkārtotai ekspertīzei."],
          ["PKE", B("Atbalstāms ar nosacījumu"),
           "Atbalstāms, ja praktiskajā daļā tiks iekļauts uzdevums par cirsmas sagatavošanu un darba drošību pie "
           "elektrolīnijām. Pēc šī precizējuma virzāms saskaņošanai."]],
      widths=[2.2, 4.0, 10.3], head=True)
    P(d, "")
    P(d, "Ar cieņu")
    T(d, [["Valdes loceklis, nozares eksperts", "Valdis Lejnieks"]], style=None, widths=[10, 6.5])
    P(d, "")
    P(d, "DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8)


# ======================================================================================
# 11  summary table with several qualifications; name+date only in the footer
# ======================================================================================
@build("r13b11_Kokrupnieciba_kopsavilkums_Ozolina.docx", IK, (2026, 3, 30, 19, 55),
       rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "S. Ozoliņa", "2026-03-30", 3),
             ("kokapstrādes iekārtu operators", "PKE", "supported", "S. Ozoliņa", "2026-03-30", 3),
             ("mēbeļu galdnieks", "MIP", "needs_corrections", "S. Ozoliņa", "2026-03-30", 4),
             ("būvizstrādājumu galdnieks", "PKE", "not_supported", "S. Ozoliņa", "2026-03-30", 4),
             ("meža mašīnu operators", "MIP", "needs_corrections", "S. Ozoliņa", "2026-03-30", 3),
             ("meža mašīnu operators", "PKE", "supported", "S. Ozoliņa", "2026-03-30", 3),
             ("motorzāģa operators", "MIP", "supported", "S. Ozoliņa", "2026-03-30", 3)],
       note="One expert's summary table for five wood-sector qualifications (Kvalifikācija | LKI | MIP | PKE | Komentāri). "
            "Cells 'nav iesniegts ekspertīzei', 'vērtē N. Vilks' and 'jau atbalstīts 04.02., atkārtoti nevērtēju' mean the "
            "document is not covered -> no row (mēbeļu galdnieks PKE, būvizstrādājumu galdnieks MIP, motorzāģa operators "
            "PKE). Motorzāģa operators MIP is a plain verdict. Name and date only in the footer.")
def _(d):
    footer(d, "Sagatavoja: S. Ozoliņa, kokrūpniecības nozares eksperte | 30.03.2026", size=8)
    P(d, B("Eksperta vērtējumu kopsavilkums – kokrūpniecība (projekta 4. posms)"), size=13, first=True)
    rows = [["Nr.", "Kvalifikācija", "LKI", "MIP", "PKE", "Komentāri"],
            ["1.", "Kokapstrādes iekārtu operators", "3", "Atbalstāms un virzāms saskaņošanai",
             "Atbalstāms un virzāms saskaņošanai", "–"],
            ["2.", "Mēbeļu galdnieks", "4", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "nav iesniegts ekspertīzei", "MIP: jāprecizē moduļa „Virsmu apdare” rezultāti un stundu sadalījums."],
            ["3.", "Būvizstrādājumu galdnieks", "4", "vērtē N. Vilks", "Nav atbalstāms",
             "PKE: praktiskajā uzdevumā nav ievērotas darba drošības prasības darbam ar stacionārajām iekārtām; "
             "teorijas tests neaptver būvizstrādājumu montāžu."],
            ["4.", "Meža mašīnu operators", "3", "Atbalstāms, pēc precizējumiem virzāms saskaņošanai",
             "Atbalstāms un virzāms saskaņošanai", "MIP: papildināt simulatora apmācības apjomu."],
            ["5.", "Motorzāģa operators", "3", "Atbalstāms un virzāms saskaņošanai",
             "jau atbalstīts 04.02., atkārtoti nevērtēju", "MIP – precizētā redakcija (pēc R. Krūmiņa komentāriem)."]]
    T(d, rows, widths=[1.0, 3.6, 1.1, 3.6, 3.4, 4.3], head=True, size=9)
    P(d, "")
    P(d, "Detalizēti komentāri – atsevišķos failos ar izsekotām izmaiņām.", i=1, size=9)


# ======================================================================================
# 12  key/value with value BELOW the label; qualification not in the register
# ======================================================================================
@build("r13b12_Saules elektrostaciju montetajs_MIP_PKE.docx", "Uldis Kārkliņš", (2026, 4, 22, 8, 50),
       rows=[("saules elektrostaciju montētājs", "MIP", "needs_corrections", "Uldis Kārkliņš", "2026-04-22", 3),
             ("saules elektrostaciju montētājs", "PKE", "not_supported", "Uldis Kārkliņš", "2026-04-22", 3)],
       problems=["unknown_qualification"],
       note="Form where every label is a shaded row and the value is in the row below. Qualification 'Saules "
            "elektrostaciju montētājs' is not in the register (level 3 stated). MIP: supported with corrections required "
            "before forwarding; PKE: not supported.")
def _(d):
    P(d, B("Nozares eksperta atzinums"), size=14, first=True)
    L = lambda t: {"t": B(t), "shade": "DCE6F1"}
    T(d, [[L("Profesionālās kvalifikācijas nosaukums")], ["Saules elektrostaciju montētājs"],
          [L("LKI līmenis")], ["3"],
          [L("Nozare")], ["Enerģētika"],
          [L("Eksperta vārds, uzvārds")], ["Uldis Kārkliņš"],
          [L("Eksperta slēdziens par MIP")],
          ["Programmas saturs kopumā ir atbalstāms. Pirms virzīšanas saskaņošanai jāveic precizējumi moduļos "
           "„Fotoelementu paneļu montāža” un „Invertoru pieslēgšana” (skat. pielikumu)."],
          [L("Eksperta slēdziens par PKE")],
          ["Nav atbalstāms – praktiskais uzdevums prasa sistēmas projektēšanu, kas neatbilst LKI 3. līmenim. "
           "Eksāmens jāpārstrādā."],
          [L("Datums")], ["2026. gada 22. aprīlis"]], widths=[16.5])


# ======================================================================================
# 13  tracked changes: verdict and date changed with w:del / w:ins
# ======================================================================================
@build("r13b13_Mehatronika_MIP_PKE_Balode_labots.docx", "Kristīne Balode", (2026, 2, 20, 12, 0),
       rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Kristīne Balode", "2026-02-25", 4),
             ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Kristīne Balode", "2026-02-25", 4)],
       note="Tracked changes: in the PKE cell 'atbalstāms un virzāms saskaņošanai' is deleted (w:del) and 'atbalstāms; pēc "
            "precizējumu veikšanas virzāms saskaņošanai' inserted (w:ins); the date 20.02. is replaced by 25.02.2026 the "
            "same way. Current text counts: PKE needs_corrections, date 2026-02-25.")
def _(d):
    A, DT = "Kristīne Balode", "2026-02-25T09:14:00Z"
    P(d, B("MIP un PKE satura ekspertīzes atzinums"), size=13, first=True)
    T(d, [["Kvalifikācija", "Mehatronisko sistēmu tehniķis"],
          ["Līmenis", "4. LKI"],
          ["Nozare", "Mašīnbūve un metālapstrāde"],
          ["Izglītības iestāde", "Liepājas Valsts tehnikums"],
          ["Eksperte", "Kristīne Balode"],
          ["Datums", [[dele("20.02.2026.", A, DT), ins("25.02.2026.", A, DT)]]]], widths=[4.5, 12], col0b=True)
    P(d, "")
    T(d, [["Dokuments", "Slēdziens", "Piezīmes"],
          ["MIP", "MIP saturs ir atbalstāms un virzāms saskaņošanai",
           "Programma ir mūsdienīga, labi iestrādāta PLC programmēšana un robotu apkalpošana."],
          ["PKE", [["PKE saturs ir ", dele("atbalstāms un virzāms saskaņošanai", A, DT),
                    ins("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", A, DT)]],
           [["Pēc sarunas ar darba grupu: ",
             ins("praktiskajā uzdevumā jānorāda pieļaujamās pozicionēšanas pielaides un jāpievieno vērtēšanas kritērijs "
                 "par dokumentācijas aizpildīšanu.", A, DT)]]]],
      widths=[2.2, 7, 7.3], head=True)


# ======================================================================================
# 14  "vajadzīgo pasvītrot" – chosen option underlined; title in the name
# ======================================================================================
@build("r13b14_elektrotehnikis MIP_Aumeisters.docx", "Peteris A", (2026, 4, 28, 20, 15),
       rows=[("elektrotehniķis", "MIP", "supported", "Pēteris Aumeisters", "2026-04-28", 4)],
       note="All options printed, instruction 'vajadzīgo pasvītrot', the chosen option (first) underlined. Only MIP. "
            "Expert written with academic title 'Mg. sc. ing.' (stripped in the label). Date in form '2026.04.28.'.",
       font="Times New Roman", fsize=12)
def _(d):
    P(d, B("ATZINUMS"), align="c", first=True)
    P(d, "par modulārās izglītības programmas saturu", align="c")
    T(d, [["Kvalifikācija:", "elektrotehniķis"],
          ["LKI līmenis:", "4"],
          ["Programmas izstrādātājs:", "Ventspils Tehnikums"],
          ["Eksperts:", "Mg. sc. ing. Pēteris Aumeisters"],
          ["Datums:", "2026.04.28."]], style=None, widths=[5.5, 11])
    P(d, "")
    T(d, [[B("Slēdziens"), [I("(vajadzīgo pasvītrot)"),
                            [U("MIP saturs ir atbalstāms un virzāms saskaņošanai")],
                            "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                            "MIP saturs nav atbalstāms"]],
          [B("Komentāri"), "Moduļu saturs atbilst nozares prasībām; ieteikumi par automatizācijas moduli iesniegti darba "
                           "grupai mutiski, tie nav obligāti."]], widths=[3.5, 13])


# ======================================================================================
# 15  form with no verdict marked (all boxes empty)
# ======================================================================================
@build("r13b15_VGK remontatslednieks_MIP_Dreimanis.docx", "Artūrs Dreimanis", (2026, 3, 16, 17, 30),
       rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "unknown", "Artūrs Dreimanis", "2026-03-16", 3)],
       problems=["no_verdict"],
       note="Form filled in (remarks per module), but none of the three ☐ options is marked and the expert writes he will "
            "give the conclusion after meeting the working group -> unknown + no_verdict.")
def _(d):
    P(d, B("Ekspertīzes atzinums – MIP"), size=13, first=True)
    T(d, [["Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"],
          ["LKI", "3"],
          ["Eksperts", "Artūrs Dreimanis"],
          ["Datums", "16.03.2026."]], widths=[4, 12.5], col0b=True)
    P(d, "")
    T(d, [["Modulis", "Eksperta piezīmes"],
          ["Aukstuma iekārtu uzbūve", "Saturs atbilst, ieteicams pievienot siltumsūkņus."],
          ["Ventilācijas sistēmu apkope", "Nav minēta filtru klašu izvēle un ierakstu veikšana apkopes žurnālā."],
          ["Elektriskās vadības sistēmas", "Apjoms pārāk liels remontatslēdznieka līmenim – apspriest ar darba grupu."],
          ["Darba vidē balstītas mācības", "Nav skaidrs, kuri rezultāti tiek apgūti uzņēmumā."]],
      widths=[5.5, 11], head=True)
    P(d, "")
    T(d, [["Slēdziens", [["\u2610 ", "MIP saturs ir atbalstāms un virzāms saskaņošanai"],
                         ["\u2610 ", "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                         ["\u2610 ", "MIP saturs nav atbalstāms"]]]], widths=[3.5, 13], col0b=True)
    P(d, "")
    P(d, "Galīgo slēdzienu sniegšu pēc tikšanās ar darba grupu 23.03., kad būs skaidrs, kā tiks pārdalīts elektriskās "
         "vadības moduļa saturs.")


# ======================================================================================
# 16  two options ticked for the same document -> conflict
# ======================================================================================
@build("r13b16_Mezsaimniecibas tehnikis MIP_Mednis.docx", "Oskars Mednis", (2026, 2, 11, 22, 5),
       rows=[("mežsaimniecības tehniķis", "MIP", "unknown", "Oskars Mednis", "2026-02-11", 4)],
       problems=["conflict"],
       note="Typed MS Gothic glyphs: ☒ on both 'atbalstāms un virzāms saskaņošanai' and 'nav atbalstāms' for the MIP; the "
            "remarks are mixed and have no conclusion -> conflict / unknown. (A later e-mail, r13b36, resolves it; that "
            "does not change this file's label.)")
def _(d):
    P(d, B("Mežsaimniecības tehniķis (LKI 4) – MIP ekspertīze"), size=13, first=True)
    T(d, [["Eksperts", "Oskars Mednis"],
          ["Izglītības iestāde", "Smiltenes tehnikums"],
          ["Dokuments", "MIP (redakcija 29.01.2026.)"],
          ["Datums", "11.02.2026."]], widths=[4.5, 12], col0b=True)
    P(d, "")
    g = lambda on: ("\u2612 " if on else "\u2610 ", {"font": "MS Gothic"})
    T(d, [["Slēdziens", [[g(True), "atbalstāms un virzāms saskaņošanai"],
                         [g(False), "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                         [g(True), "nav atbalstāms"]]],
          ["Piezīmes", ["Meža inventarizācijas un ĢIS moduļi ir ļoti labi sagatavoti.",
                        "Meža atjaunošanas modulī nav ietverta stādmateriāla kvalitātes kontrole; cirsmu pieņemšanas "
                        "kārtība aprakstīta pēc spēku zaudējušiem noteikumiem."]]],
      widths=[3.5, 13], col0b=True)


# ======================================================================================
# 17  history of review rounds in one table; the newest round counts
# ======================================================================================
@build("r13b17_Kokapstrades iekartu operators_MIP PKE_2.karta.docx", IK, (2026, 4, 15, 16, 0),
       rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Baiba Kalnēja", "2026-04-15", 3),
             ("kokapstrādes iekārtu operators", "PKE", "supported", "Baiba Kalnēja", "2026-04-15", 3)],
       note="Round table (1. kārta 10.02. / 2. kārta 15.04.) for MIP and PKE: round 1 MIP 'Nav atbalstāms', PKE with "
            "corrections; round 2 both 'atbalstāms un virzāms'. The newest round counts; date = round-2 date, repeated in "
            "'Paraksts / datums'.")
def _(d):
    P(d, B("Ekspertīzes atzinums (atkārtota ekspertīze)"), size=13, first=True)
    T(d, [["Kvalifikācija", "Kokapstrādes iekārtu operators (3. LKI)"],
          ["Izglītības iestāde", "Jēkabpils Agrobiznesa koledža"],
          ["Eksperte", "Baiba Kalnēja"]], widths=[4.5, 12], col0b=True)
    P(d, "")
    T(d, [["Dokuments", "Kārta", "Datums", "Slēdziens", "Komentārs"],
          ["MIP", "1. kārta", "10.02.2026.", "Nav atbalstāms", "Nav iekļauti CNC iekārtu pamati; prakses apjoms neatbilst."],
          ["MIP", "2. kārta", "15.04.2026.", "Atbalstāms un virzāms saskaņošanai", "1. kārtā norādītie trūkumi novērsti."],
          ["PKE", "1. kārta", "10.02.2026.", "Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
           "Jāprecizē vērtēšanas kritēriji."],
          ["PKE", "2. kārta", "15.04.2026.", "Atbalstāms un virzāms saskaņošanai", "Kritēriji precizēti."]],
      widths=[2, 2, 2.5, 4.5, 5.5], head=True, size=10)
    P(d, "")
    T(d, [[B("Paraksts / datums"), "B. Kalnēja, 15.04.2026."]], widths=[4.5, 12])


# ======================================================================================
# 18  name only in the header, date only in the footer, summary table
# ======================================================================================
@build("r13b18_VGK iekartu remontatslednieks MIP PKE.docx", AV, (2026, 6, 3, 8, 15),
       rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "Imants Rudzītis", "2026-06-02", 3),
             ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", "Imants Rudzītis", "2026-06-02", 3)],
       note="Body has no name or date: expert only in the page header, date only in the footer ('Datums: 02.06.2026.'). "
            "Qualification as alias 'VGK iekārtu remontatslēdznieks'. Both documents 'Nav atbalstāms' in a summary table.")
def _(d):
    header(d, "LDDK | Nozaru ekspertu ekspertīze | Eksperts: Imants Rudzītis")
    footer(d, "Datums: 02.06.2026.        Lapa 1 no 1")
    P(d, B("VGK iekārtu remontatslēdznieks (LKI 3)"), size=13, first=True)
    P(d, "Izvērtēta Daugavpils Būvniecības tehnikuma darba grupas precizētā MIP un PKE redakcija (maijs).")
    T(d, [["Dokuments", "Slēdziens", "Galvenie trūkumi"],
          ["MIP", "Nav atbalstāms",
           "Programmā joprojām nav nošķirti remontatslēdznieka un tehniķa uzdevumi; trūkst aukstumaģentu "
           "uzpildes un noplūdes pārbaudes prakses."],
          ["PKE", "Nav atbalstāms",
           "Eksāmena praktiskais uzdevums (sistēmas projektēšana) neatbilst 3. līmenim; teorijas jautājumi dublējas."]],
      widths=[2.2, 3.8, 10.5], head=True)
    P(d, "")
    P(d, "Abi dokumenti jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")


# ======================================================================================
# 19  very short table
# ======================================================================================
@build("r13b19_KIRT_PKE_Spuris.docx", "Gatis Spuris", (2026, 5, 7, 7, 48),
       rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "G. Spuris", "2026-05-07", 4)],
       note="Very short: a three-row table; first person 'Atbalstu ar precizējumiem'; name as initial + surname in the last "
            "row together with the date. Only PKE.")
def _(d):
    T(d, [["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
          ["PKE", "Atbalstu ar precizējumiem (skat. komentārus dokumentā)"],
          ["G. Spuris", "07.05.2026"]], widths=[4.5, 12])


# ======================================================================================
# 20  NOT A REVIEW: expert assignment table for stage 5
# ======================================================================================
@build("r13b20_Ekspertu sadale_5.posms.docx", AV, (2026, 3, 31, 11, 20),
       problems=["no_verdict"],
       note="NOT a review: coordinator's assignment table (qualification | MIP expert | PKE expert | deadline | status). "
            "Mentions earlier verdicts in the status column and lists the verdict wording in the instructions -> no rows, "
            "one no_verdict.")
def _(d):
    P(d, B("Ekspertu piesaiste MIP un PKE satura ekspertīzei projekta 5. posmā (01.04.2026.–31.07.2026.)"), size=12, first=True)
    T(d, [["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
          ["1.", "Datorizētu kokapstrādes iekārtu operators", "4", "E. Puriņš", "E. Puriņš", "24.04.", "nodots ekspertam"],
          ["2.", "Būvizstrādājumu galdnieks", "4", "N. Vilks", "S. Ozoliņa", "15.04.", "MIP – atkārtota ekspertīze"],
          ["3.", "Mēbeļu galdnieks", "4", "–", "L. Zvaigzne", "15.05.", "PKE gaida darba grupas redakciju"],
          ["4.", "Elektrotehniķis", "4", "P. Aumeisters", "V. Rozenberga", "30.04.", "nodots ekspertam"],
          ["5.", "VGK iekārtu remontatslēdznieks", "3", "I. Rudzītis", "I. Rudzītis", "29.05.", "MIP slēdziens vēl nav sniegts"],
          ["6.", "Meža mašīnu operators", "3", "V. Lejnieks", "V. Lejnieks", "08.05.", "nodots ekspertam"]],
      widths=[0.9, 4.3, 1.0, 2.6, 2.6, 1.7, 3.4], head=True, size=9)
    P(d, "")
    P(d, B("Norādījumi ekspertiem"))
    P(d, "Atzinumu sagatavo LDDK veidlapā. Slēdzienā norāda vienu no variantiem: „saturs ir atbalstāms un virzāms "
         "saskaņošanai”; „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”; „saturs nav atbalstāms”. "
         "Ja dokuments nav atbalstāms, darba grupa to pārstrādā, un tiek veikta atkārtota ekspertīze.")
    footer(d, "Sagatavoja: A. Vītola, 31.03.2026.", size=8)


# ======================================================================================
# 21  NOT A REVIEW: meeting minutes in table form
# ======================================================================================
@build("r13b21_Protokols_darba grupa_24.03.2026.docx", "Zane Eglīte", (2026, 3, 24, 17, 40),
       problems=["no_verdict"],
       note="NOT a review: minutes of a working-group meeting (table layout) that discuss expert remarks, 'atbalsts' and "
            "an earlier verdict; decisions are tasks and deadlines -> no rows, one no_verdict.")
def _(d):
    P(d, B("SANĀKSMES PROTOKOLS Nr. 3"), align="c", size=13, first=True)
    T(d, [["Datums", "24.03.2026."],
          ["Vieta", "Vidzemes Tehnoloģiju un dizaina tehnikums, Cēsis / MS Teams"],
          ["Piedalās", "Z. Eglīte (protokolē), darba grupas dalībnieki (6), nozares eksperte G. Liepiņa, LDDK koordinatore I. Kalniņa"],
          ["Darba kārtība", "1) Eksperta piezīmes par mēbeļu galdnieka MIP; 2) PKE izstrādes grafiks; 3) Dažādi"]],
      widths=[3.5, 13], col0b=True)
    P(d, "")
    T(d, [["Nr.", "Jautājums", "Nolemts", "Atbildīgais", "Termiņš"],
          ["1.", "G. Liepiņa iepazīstināja ar atzinumu par MIP; programma atbalstīta ar nosacījumu veikt precizējumus "
                 "trijos punktos.", "Precizēt moduļu „Virsmu apdare” un „Korpusa mēbeļu izgatavošana” saturu.",
           "darba grupa", "10.04.2026."],
          ["2.", "PKE izstrāde. Darba grupa lūdz nozares uzņēmumu atbalstu praktisko uzdevumu aprobācijai.",
           "PKE projektu iesniegt ekspertīzei līdz 30.04.", "Z. Eglīte", "30.04.2026."],
          ["3.", "Metodiskais atbalsts – VISC seminārs par vērtēšanas kritērijiem.", "Pieteikt 2 dalībniekus.",
           "I. Kalniņa", "03.04.2026."]],
      widths=[0.9, 6, 5, 2.3, 2.3], head=True, size=10)
    P(d, "")
    P(d, "Protokolēja: Zane Eglīte")


# ======================================================================================
# 22  NOT A REVIEW: blank review template
# ======================================================================================
@build("r13b22_Atzinuma veidlapa_TUKSA.docx", AV, (2026, 1, 12, 10, 0),
       problems=["no_verdict"],
       note="NOT a review: the coordinators' empty template (all labels, all options with ☐, 'nevajadzīgo svītrot', nothing "
            "filled in or struck) -> no rows, one no_verdict.")
def _(d):
    P(d, B("NOZARES EKSPERTA ATZINUMS"), align="c", size=13, first=True)
    P(d, "par MIP / PKE saturu (nevajadzīgo svītrot)", align="c")
    T(d, [["Profesionālā kvalifikācija", ""], ["LKI līmenis", ""], ["Izglītības iestāde", ""],
          ["Eksperts (vārds, uzvārds)", ""], ["Datums", ""]], widths=[6, 10.5], col0b=True)
    P(d, "")
    T(d, [["Slēdziens", ["\u2610 saturs ir atbalstāms un virzāms saskaņošanai",
                         "\u2610 saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                         "\u2610 saturs nav atbalstāms"]],
          ["Precizējumi / pamatojums", ""],
          ["Paraksts / datums", ""]], widths=[6, 10.5], col0b=True)
    P(d, "")
    P(d, I("Aizpildītu veidlapu lūdzam nosūtīt koordinatoram e-pastā .docx formātā. Ja saturs nav atbalstāms, "
           "pamatojumā norādīt, kas jāpārstrādā."), size=9)


# ======================================================================================
# 23  NOT A REVIEW: acceptance-handover act of expert services (letterhead)
# ======================================================================================
@build("r13b23_Pienemsanas-nodosanas akts_marts_Liepina.docx", AV, (2026, 4, 2, 9, 30),
       problems=["no_verdict"],
       note="NOT a review: LDDK letterhead, acceptance–handover act for an expert's services in March listing "
            "qualification, document and hours; names an expert and dates -> no rows, one no_verdict.")
def _(d):
    header(d, B("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA"), align="c", size=11)
    P(d, B("PAKALPOJUMA PIEŅEMŠANAS–NODOŠANAS AKTS Nr. 4.2.2.9/E-07"), align="c", first=True)
    P(d, "Rīgā, 2026. gada 2. aprīlī")
    P(d, "Latvijas Darba devēju konfederācija, turpmāk – Pasūtītājs, un nozares eksperte Gunta Liepiņa, turpmāk – "
         "Izpildītājs, apliecina, ka Izpildītājs 2026. gada martā ir sniedzis šādus pakalpojumus:")
    T(d, [["Nr.", "Kvalifikācija", "Dokuments", "Pakalpojums", "Stundas"],
          ["1.", "Mēbeļu galdnieks", "MIP", "satura ekspertīze, atzinuma sagatavošana", "16"],
          ["2.", "Mēbeļu galdnieks", "MIP", "dalība darba grupas sanāksmē 24.03.", "3"],
          [{"t": B("Kopā"), "span": 4}, B("19")]], widths=[1, 4.5, 2.5, 6.5, 2], head=True)
    P(d, "")
    P(d, "Pasūtītājam nav pretenziju par pakalpojuma kvalitāti un apjomu.")
    T(d, [["Pasūtītājs: ____________ A. Vītola", "Izpildītājs: ____________ G. Liepiņa"]], style=None, widths=[8.2, 8.2])


# ======================================================================================
# 24  criterion table; body says "nav atbalstāms" about one task, conclusion outranks
# ======================================================================================
@build("r13b24_Mēbeļu galdnieks_PKE_Zvaigzne.docx", "Līga Zvaigzne", (2026, 5, 14, 15, 25),
       rows=[("mēbeļu galdnieks", "PKE", "needs_corrections", "Līga Zvaigzne", "2026-05-14", 4)],
       note="Criterion table with comments; one comment says the 3rd practical task 'šādā redakcijā nav atbalstāms', but the "
            "closing 'Kopsavilkums' row (which outranks body remarks) gives 'atbalstāms; virzāms saskaņošanai pēc 3. "
            "uzdevuma precizēšanas' -> needs_corrections.")
def _(d):
    P(d, B("Profesionālās kvalifikācijas eksāmena satura ekspertīze"), size=13, first=True)
    T(d, [["Kvalifikācija / LKI", "Mēbeļu galdnieks / 4"],
          ["Eksperte", "Līga Zvaigzne"],
          ["Datums", "14.05.2026."]], widths=[4.5, 12], col0b=True)
    P(d, "")
    T(d, [["Kritērijs", "Atbilst (Jā/Nē)", "Eksperta komentārs"],
          ["Teorētiskā daļa aptver kvalifikācijas prasības", "Jā", "Labs jautājumu līdzsvars."],
          ["1. praktiskais uzdevums (korpusa mēbele)", "Jā", ""],
          ["2. praktiskais uzdevums (virsmu apdare)", "Jā", "Jānorāda žāvēšanas laiks."],
          ["3. praktiskais uzdevums (krēsla izgatavošana)", "Nē",
           "Šādā redakcijā uzdevums nav atbalstāms – 8 stundās nav iespējams izgatavot krēslu ar līmētiem savienojumiem; "
           "jāsamazina apjoms vai jāpiešķir 2 dienas."],
          ["Vērtēšanas kritēriji", "Jā", ""],
          [{"t": B("Kopsavilkums"), "shade": "F2F2F2"},
           {"t": "PKE saturs ir atbalstāms; virzāms saskaņošanai pēc 3. uzdevuma precizēšanas.", "span": 2, "shade": "F2F2F2"}]],
      widths=[6, 2.5, 8], head=True)


# ======================================================================================
# 25  one document, several qualifications in sections; MIP by others
# ======================================================================================
@build("r13b25_Energetika_PKE_Rozenberga_11.05.docx", "Vija Rozenberga", (2026, 5, 11, 12, 12),
       rows=[("elektromontieris", "PKE", "supported", "Vija Rozenberga", "2026-05-11", 3),
             ("elektrotehniķis", "PKE", "needs_corrections", "Vija Rozenberga", "2026-05-11", 4),
             ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Vija Rozenberga", "2026-05-11", 4)],
       note="Three qualifications, each in its own numbered section with a small key/value table; only PKE (the intro says "
            "MIP is reviewed by other experts -> no MIP rows). Full name in the intro, 'V. Rozenberga (parakstīts "
            "elektroniski) / 11.05.2026' in the closing 'Paraksts / datums' cell.")
def _(d):
    P(d, B("Enerģētikas nozares PKE satura ekspertīze"), size=13, first=True)
    P(d, "Eksperte: Vija Rozenberga. Atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu saturu; "
         "MIP šīm kvalifikācijām vērtē citi eksperti.")
    secs = [("1. Elektromontieris", "3", "Saturs ir atbalstāms un virzāms saskaņošanai.",
             "Uzdevumi atbilst darba vides praksei."),
            ("2. Elektrotehniķis", "4",
             "Saturu atbalstu, bet saskaņošanai to var nodot tikai pēc tam, kad teorijas daļā būs novērsta jautājumu "
             "dublēšanās (15.–22. jaut.) un praktiskajam uzdevumam pievienota shēma.",
             "Precizējumi – skat. slēdziena laukā."),
            ("3. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "4", "Atbalstāms, virzāms saskaņošanai bez "
             "precizējumiem.", "Ļoti rūpīgi sagatavota vērtēšanas lapa.")]
    for title, lki, verdict, com in secs:
        P(d, "")
        P(d, B(title))
        T(d, [["LKI līmenis", lki], ["Slēdziens", verdict], ["Piezīmes", com]], widths=[4, 12.5], col0b=True)
    P(d, "")
    T(d, [[B("Paraksts / datums"), "V. Rozenberga (parakstīts elektroniski) / 11.05.2026"]], widths=[4, 12.5])


# ======================================================================================
# 26  forwarded Outlook e-mail (English headers), ✓ grid inside; date of the expert's mail
# ======================================================================================
@build("r13b26_FW_ Mehatronisko sistemu tehnikis - atzinums.docx", IK, (2026, 5, 22, 8, 20),
       rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Jurģis Ābele", "2026-05-21", 4),
             ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Jurģis Ābele", "2026-05-21", 4)],
       note="Outlook print with English headers: coordinator's FW on top (22 May), the expert's original message below "
            "(Sent 21 May) containing a grid with ✓ under the chosen verdict column, then the coordinator's original request "
            "quoting the options. Date = expert's message date, not the forward date.")
def _(d):
    T(d, [[B("From:"), "Ilze Kalniņa <ilze.kalnina@lddk.lv>"],
          [B("Sent:"), "Friday, May 22, 2026 8:10 AM"],
          [B("To:"), "Agnese Vītola <agnese.vitola@lddk.lv>"],
          [B("Subject:"), "FW: Mehatronisko sistēmu tehniķis - atzinums"]], style=None, widths=[2.5, 14])
    P(d, "")
    P(d, "Agnese, pārsūtu Jurģa atzinumu par tālākizglītības programmu. I.")
    P(d, "")
    P(d, B("From:"), " Jurģis Ābele <j.abele@mehatronika-serviss.lv>")
    P(d, B("Sent:"), " Thursday, May 21, 2026 4:37 PM")
    P(d, B("To:"), " Ilze Kalniņa <ilze.kalnina@lddk.lv>")
    P(d, B("Subject:"), " Mehatronisko sistēmu tehniķis - atzinums")
    P(d, "")
    P(d, "Labdien!")
    P(d, "Izskatīju Liepājas Valsts tehnikuma tālākizglītības programmu (MIP) un tai pievienoto PKE saturu "
         "mehatronisko sistēmu tehniķa kvalifikācijai. Vērtējums tabulā:")
    ck = lambda on: B("\u2713") if on else ""
    T(d, [["", "atbalstāms un virzāms saskaņošanai", "atbalstāms, pēc precizējumiem virzāms saskaņošanai",
           "nav atbalstāms"],
          [B("MIP"), ck(0), ck(0), ck(1)],
          [B("PKE"), ck(1), ck(0), ck(0)]], widths=[2, 4.8, 5.2, 4.5], head=True, size=10)
    P(d, "")
    P(d, "MIP: 480 stundu apjomā nav iespējams apgūt pneimatikas, hidraulikas un PLC moduļus tādā līmenī, kā prasa "
         "kvalifikācija; programma jāpārstrādā. Eksāmens pats par sevi ir labi sagatavots.")
    P(d, "Ar cieņu,")
    P(d, "Jurģis Ābele")
    P(d, "")
    P(d, B("From:"), " Ilze Kalniņa")
    P(d, B("Sent:"), " Tuesday, May 19, 2026 11:02 AM")
    P(d, B("To:"), " Jurģis Ābele")
    P(d, B("Subject:"), " Mehatronisko sistēmu tehniķis")
    P(d, "Jurģi, lūdzu novērtēt pievienoto MIP un PKE. Atzīmē, vai saturs ir atbalstāms un virzāms saskaņošanai, "
         "atbalstāms ar precizējumiem vai nav atbalstāms. Paldies!")


# ======================================================================================
# 27  value-below form typed without diacritics; "bez precizejumiem"; history
# ======================================================================================
@build("r13b27_meza masinu operators_atzinums_Meldris.docx", "kaspars", (2026, 6, 10, 23, 1),
       rows=[("meža mašīnu operators", "MIP", "supported", "Kaspars Meldris", "2026-06-10", 3),
             ("meža mašīnu operators", "PKE", "supported", "Kaspars Meldris", "2026-06-10", 3)],
       note="Form with value below the label, everything typed without diacritics. MIP: 'atbalstams un virzams "
            "saskanosanai' after a remark that the May version 'netika atbalstita' (history). PKE: 'atbalstams bez "
            "precizejumiem, var virzit saskanosanai' (bez = without corrections -> supported).")
def _(d):
    P(d, B("Eksperta atzinums"), size=13, first=True)
    L = lambda t: {"t": B(t), "shade": "E7E6E6"}
    T(d, [[L("Kvalifikacija")], ["Meza masinu operators (LKI 3)"],
          [L("Eksperts")], ["Kaspars Meldris"],
          [L("Datums")], ["10.06.2026"],
          [L("MIP - sledziens")],
          ["Salidzinot ar maija versiju, kura netika atbalstita, programma ir butiski parstradata: simulatora apmaciba "
           "palielinata lidz 120 h, pievienots modulis par tehnisko apkopi. MIP saturs atbalstams un virzams saskanosanai."],
          [L("PKE - sledziens")],
          ["PKE atbalstams bez precizejumiem, var virzit saskanosanai. Cirsmas sagatavosanas uzdevums ieklauts."]],
      widths=[16.5])


# ======================================================================================
# 28  old PKL level (PKL 2 = LKI 3), marks with "V"
# ======================================================================================
@build("r13b28_KIO_MIP PKE_Jaunzeme (PKL2).docx", "Rūta Jaunzeme", (2026, 3, 3, 14, 33),
       rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Rūta Jaunzeme", "2026-03-03", 3),
             ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Rūta Jaunzeme", "2026-03-03", 3)],
       note="Older template stating the level as '2. PKL' (= LKI 3). Options per document in columns, chosen one marked "
            "'V'. Date '2026. g. 3. martā' in the signature row.")
def _(d):
    P(d, B("Atzinums par izglītības programmas un kvalifikācijas eksāmena saturu"), size=12, first=True)
    T(d, [["Kvalifikācija", "Kokapstrādes iekārtu operators"],
          ["Profesionālās kvalifikācijas līmenis", "2. PKL"],
          ["Izglītības iestāde", "Jelgavas tehnikums"]], widths=[6, 10.5], col0b=True)
    P(d, "")
    T(d, [["Vērtējums", "MIP", "PKE"],
          ["Atbalstāms un virzāms saskaņošanai", B("V"), ""],
          ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", B("V")],
          ["Nav atbalstāms", "", ""]], widths=[10.5, 3, 3], head=True)
    P(d, "")
    P(d, B("Precizējumi PKE:"), " teorijas testā aizstāt jautājumus par vairs neizmantotām iekārtām; praktiskajā uzdevumā "
         "norādīt koksnes mitruma robežas.")
    P(d, "")
    T(d, [["Eksperte: Rūta Jaunzeme", "2026. g. 3. martā"]], style=None, widths=[10, 6.5])


# ======================================================================================
# 29  X grid with several qualification/document rows; one row "not re-evaluated"
# ======================================================================================
@build("r13b29_VGK_atkartota ekspertize_Circene.docx", "Renāte Circene", (2026, 6, 15, 10, 45),
       rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Renāte Circene", "2026-06-15", 4),
             ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Renāte Circene", "2026-06-15", 3),
             ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Renāte Circene", "2026-06-15", 3)],
       note="Grid with one row per qualification+document and an 'X' in one of three verdict columns. Four rows; the VGK systems "
            "technician MIP row says 'atkārtoti netika vērtēts (atbalstīts 18.05.)' with no X -> not covered, no row.")
def _(d):
    P(d, B("Atkārtotā ekspertīze – ventilācijas un gaisa kondicionēšanas kvalifikācijas"), size=13, first=True)
    T(d, [["Eksperte", "Renāte Circene"], ["Datums", "15.06.2026."]], widths=[3.5, 13], col0b=True)
    P(d, "")
    T(d, [["Kvalifikācija / dokuments", "Atbalstāms un virzāms saskaņošanai",
           "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Nav atbalstāms", "Piezīmes"],
          ["VGK sistēmu tehniķis (LKI 4) – MIP", {"t": "atkārtoti netika vērtēts (atbalstīts 18.05.)", "span": 3}, ""],
          ["VGK sistēmu tehniķis (LKI 4) – PKE", B("X"), "", "", "Precizējumi veikti."],
          ["VGK iekārtu remontatslēdznieks (LKI 3) – MIP", "", B("X"), "",
           "Jānošķir remontatslēdznieka un tehniķa uzdevumi modulī „Sistēmu regulēšana”."],
          ["VGK iekārtu remontatslēdznieks (LKI 3) – PKE", "", B("X"), "",
           "Praktiskais uzdevums pārstrādāts atbilstoši 3. līmenim; jāprecizē vērtēšanas lapa."]],
      widths=[4.3, 2.8, 3.4, 2.2, 3.8], head=True, size=9)


# ======================================================================================
# 30  nested table inside a cell; "nav iebildumu" conclusion
# ======================================================================================
@build("r13b30_Motorzaga op_MIP_atkartoti_Krumins.docx", "Raimonds Krūmiņš", (2026, 2, 20, 9, 5),
       rows=[("motorzāģa operators", "MIP", "supported", "Raimonds Krūmiņš", "2026-02-20", 3)],
       note="Re-review of the MIP after corrections: a nested table inside the 'Precizējumu izpilde' cell ticks each earlier "
            "correction 'V'; the conclusion row 'Iebildumu nav; MIP saturs atbalstāms un virzāms saskaņošanai'. Mentions the "
            "earlier verdict 'atbalstāms pēc precizējumiem' (history). PKE explicitly not re-reviewed -> no row.")
def _(d):
    P(d, B("Motorzāģa operators – MIP atkārtota ekspertīze"), size=13, first=True)

    def nested(cell):
        P(cell, "4. februāra atzinumā MIP tika vērtēts kā atbalstāms pēc precizējumiem. Pārbaudīta to izpilde:", first=True)
        T(cell, [["Precizējums", "Izpildīts"],
                 ["Darbs ar vinču un ķīļiem (modulis „Koku gāšana sarežģītos apstākļos”)", "V"],
                 ["Vērtēšanas kritēriji modulī „Motorzāģa tehniskā apkope”", "V"],
                 ["Prakses stundu saskaņošana", "V"]], widths=[9, 2], head=True, size=10)
    T(d, [["Kvalifikācija", "Motorzāģa operators, LKI 3"],
          ["Eksperts", "Raimonds Krūmiņš"],
          ["Datums", "20.02.2026."],
          ["Precizējumu izpilde", nested],
          ["Slēdziens", "Iebildumu nav; MIP saturs atbalstāms un virzāms saskaņošanai."],
          ["PKE", "Atkārtoti netika vērtēts."]], widths=[4, 12.5], col0b=True)


# ======================================================================================
# 31  expert redesigned the form: options removed, free-text verdict
# ======================================================================================
@build("r13b31_Buvizstradajumu galdnieks_MIP_v2_Vilks.docx", "Normunds Vilks", (2026, 5, 5, 21, 40),
       rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Normunds Vilks", "2026-05-05", 4)],
       note="The expert replaced the option list of the form with a free-text cell 'Mans vērtējums (brīvā formā)': remarks, "
            "then 'Ar šiem nosacījumiem – atbalstu.' -> needs_corrections. PKE row says 'skat. S. Ozoliņas atzinumu' -> no row.")
def _(d):
    P(d, B("NOZARES EKSPERTA ATZINUMS"), align="c", first=True)
    T(d, [["Profesionālā kvalifikācija", "Būvizstrādājumu galdnieks"],
          ["LKI līmenis", "4"],
          ["Eksperts", "Normunds Vilks"],
          ["Datums", "05.05.2026."],
          ["Mans vērtējums (brīvā formā)",
           ["MIP otrā redakcija ir ievērojami labāka: kāpņu modulis papildināts, atsauces uz LBN labotas.",
            "Programma kopumā laba, taču pirms nodošanas saskaņošanai jāpapildina modulis „Logu un durvju montāža” ar "
            "gaisa necaurlaidības pārbaudi un jāizlabo stundu kopsumma 3. kursā (1190, nevis 1210).",
            "Ar šiem nosacījumiem – atbalstu."]],
          ["PKE", "skat. S. Ozoliņas atzinumu"]], widths=[5, 11.5], col0b=True)


# ======================================================================================
# 32  mašīnbūve summary incl. a qualification not in the register
# ======================================================================================
@build("r13b32_Masinbuve_MIP_PKE_kopsavilkums_Ezerins.docx", "Gints Ezeriņš", (2026, 6, 19, 13, 13),
       rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Gints Ezeriņš", "2026-06-19", 4),
             ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Gints Ezeriņš", "2026-06-19", 4),
             ("metinātājs", "MIP", "not_supported", "Gints Ezeriņš", "2026-06-19", 3),
             ("metinātājs", "PKE", "needs_corrections", "Gints Ezeriņš", "2026-06-19", 3)],
       problems=["unknown_qualification"],
       note="Table with two qualifications x two documents; 'Metinātājs' (LKI 3 stated) is not in the register. Verdicts as "
            "short phrases; the mechatronics PKE cell adds 'precizējumi veikti' (already corrected).")
def _(d):
    P(d, B("Mašīnbūve un metālapstrāde – MIP un PKE ekspertīzes kopsavilkums"), size=12, first=True)
    T(d, [["Eksperts", "Gints Ezeriņš"], ["Datums", "19.06.2026."]], widths=[3.5, 13], col0b=True)
    P(d, "")
    T(d, [["Kvalifikācija", "LKI", "Dokuments", "Vērtējums", "Piezīmes"],
          ["Mehatronisko sistēmu tehniķis", "4", "MIP", "atbalstāms un virzāms saskaņošanai", ""],
          ["Mehatronisko sistēmu tehniķis", "4", "PKE", "atbalstāms un virzāms saskaņošanai",
           "Februārī norādītie precizējumi veikti."],
          ["Metinātājs", "3", "MIP", "nav atbalstāms",
           "Nav moduļa par metināšanu ar MAG/TIG procesiem atbilstoši LVS EN ISO 9606-1; programma jāpārstrādā."],
          ["Metinātājs", "3", "PKE", "atbalstāms, pēc precizējumiem virzāms saskaņošanai",
           "Jāpievieno paraugu vizuālās kontroles kritēriji."]],
      widths=[4, 1.1, 2.2, 4.2, 5], head=True, size=10)


# ======================================================================================
# 33  review without the expert's name; ☑ glyph
# ======================================================================================
@build("r13b33_Elektrotehnikis_MIP PKE_2026-04.docx", AV, (2026, 4, 7, 15, 0),
       rows=[("elektrotehniķis", "MIP", "not_supported", "", "2026-04-07", 4),
             ("elektrotehniķis", "PKE", "needs_corrections", "", "2026-04-07", 4)],
       note="Filled form whose 'Eksperts' cell is left empty (author property = coordinator, who is not the reviewer) -> "
            "expert empty. Choices marked with typed ☑ among ☐.")
def _(d):
    P(d, B("Ekspertīzes atzinums"), size=13, first=True)
    T(d, [["Kvalifikācija", "Elektrotehniķis"],
          ["LKI", "4"],
          ["Izglītības iestāde", "Ogres tehnikums"],
          ["Eksperts", ""],
          ["Datums", "07.04.2026"]], widths=[4.5, 12], col0b=True)
    P(d, "")
    b = lambda on: "\u2611 " if on else "\u2610 "
    T(d, [["Dokuments", "Slēdziens", "Pamatojums"],
          ["MIP", [b(0) + "atbalstāms un virzāms saskaņošanai", b(0) + "atbalstāms; pēc precizējumu veikšanas virzāms "
                   "saskaņošanai", b(1) + "nav atbalstāms"],
           "Nav ietverti atjaunīgās enerģijas un elektroenerģijas uzkrāšanas sistēmu moduļi; prakses apjoms nepietiekams."],
          ["PKE", [b(0) + "atbalstāms un virzāms saskaņošanai", b(1) + "atbalstāms; pēc precizējumu veikšanas virzāms "
                   "saskaņošanai", b(0) + "nav atbalstāms"],
           "Praktiskajam uzdevumam pievienot vērtēšanas kritērijus mērījumu protokolam."]],
      widths=[2.2, 7.3, 7], head=True)


# ======================================================================================
# 34  duplicated row with contradictory verdicts for one document -> conflict
# ======================================================================================
@build("r13b34_Energetika kopsavilkums_Kalnaca.docx", "Sandra Kalnača", (2026, 5, 27, 18, 2),
       rows=[("elektromontieris", "MIP", "supported", "Sandra Kalnača", "2026-05-27", 3),
             ("elektromontieris", "PKE", "supported", "Sandra Kalnača", "2026-05-27", 3),
             ("elektrotehniķis", "MIP", "unknown", "Sandra Kalnača", "2026-05-27", 4),
             ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Sandra Kalnača", "2026-05-27", 3)],
       problems=["conflict"],
       note="Summary table where the elektrotehniķis MIP appears in two rows with contradictory verdicts ('atbalstāms un "
            "virzāms' vs 'nav atbalstāms'), neither marked as old -> unknown + conflict. Other rows are plain.")
def _(d):
    P(d, B("Kopsavilkums par veiktajām ekspertīzēm (enerģētika), maijs"), size=12, first=True)
    P(d, "Eksperte: Sandra Kalnača")
    T(d, [["Kvalifikācija", "Dokuments", "Slēdziens", "Komentārs"],
          ["Elektromontieris", "MIP", "atbalstāms un virzāms saskaņošanai", ""],
          ["Elektromontieris", "PKE", "atbalstāms un virzāms saskaņošanai", ""],
          ["Elektrotehniķis", "MIP", "atbalstāms un virzāms saskaņošanai", "Moduļi atbilst kvalifikācijas prasībām."],
          ["VGK iekārtu remontatslēdznieks", "PKE", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "Precizēt praktiskā uzdevuma laiku."],
          ["Elektrotehniķis", "MIP", "nav atbalstāms", "Trūkst elektroenerģijas uzkrāšanas sistēmu."]],
      widths=[4.5, 2.2, 5.3, 4.5], head=True)
    P(d, "")
    T(d, [[B("Paraksts / datums"), "S. Kalnača / 27.05.2026."]], widths=[4.5, 12])


# ======================================================================================
# 35  chosen option in bold ("izvēlēto atzīmēt treknrakstā")
# ======================================================================================
@build("r13b35_DKIO PKE atkartoti_Purins.docx", "Edgars Puriņš", (2026, 6, 8, 17, 17),
       rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Edgars Puriņš", "2026-06-08", 4)],
       note="Options printed, 'izvēlēto atzīmēt treknrakstā', the chosen one (second) in bold. Only PKE; the intro recalls "
            "the April verdict 'nav atbalstāms' (history) and that MIP was already supported and is not re-reviewed.")
def _(d):
    P(d, B("PKE atkārtotā ekspertīze"), size=13, first=True)
    T(d, [["Kvalifikācija", "datorizētu kokapstrādes iekārtu operators (LKI 4)"],
          ["Eksperts", "Edgars Puriņš"],
          ["Datums", "08.06.2026."]], widths=[4, 12.5], col0b=True)
    P(d, "")
    P(d, "21. aprīlī PKE saturs netika atbalstīts (praktiskais uzdevums nebija izpildāms tehnikuma iekārtām). MIP "
         "tika atbalstīts jau toreiz un atkārtoti netiek vērtēts.")
    T(d, [["Slēdziens par PKE", [I("(izvēlēto atzīmēt treknrakstā)"),
                                 "saturs ir atbalstāms un virzāms saskaņošanai",
                                 [B("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")],
                                 "saturs nav atbalstāms"]],
          ["Precizējumi", "Vērtēšanas lapā papildināt kritērijus par iekārtas iestatīšanu un nulles punkta noteikšanu."]],
      widths=[4, 12.5], col0b=True)


# ======================================================================================
# 36  Outlook e-mail (LV) with a verdict table for three qualifications
# ======================================================================================
@build("r13b36_Atzinumi_Mednis_16.04.docx", IK, (2026, 4, 17, 8, 3),
       rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Oskars Mednis", "2026-04-16", 4),
             ("motorzāģa operators", "MIP", "supported", "Oskars Mednis", "2026-04-16", 3),
             ("motorzāģa operators", "PKE", "supported", "Oskars Mednis", "2026-04-16", 3),
             ("meža mašīnu operators", "MIP", "needs_corrections", "Oskars Mednis", "2026-04-16", 3)],
       note="Printed Outlook e-mail (Latvian headers) whose body is a table Kvalifikācija | MIP | PKE for three "
            "qualifications. 'vērtē L. Skujiņa' and 'nav saņemts' -> no row. Mežsaimniecības tehniķis MIP settles the "
            "February double tick (that history is in the cell). The quoted request below repeats the old double tick.")
def _(d):
    T(d, [[B("No:"), "Oskars Mednis <oskars.mednis@mezexperts.lv>"],
          [B("Nosūtīts:"), "ceturtdiena, 2026. gada 16. aprīlis 21:07"],
          [B("Kam:"), "Ilze Kalniņa"],
          [B("Kopija:"), "Agnese Vītola"],
          [B("Tēma:"), "RE: Atzinumi līdz 17.04."]], style=None, widths=[3, 13.5])
    P(d, "")
    P(d, "Labvakar!")
    P(d, "Zemāk īsumā mani slēdzieni, pilnie komentāri pievienoti failos ar izsekotām izmaiņām.")
    T(d, [["Kvalifikācija", "MIP", "PKE"],
          ["Mežsaimniecības tehniķis",
           "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (februārī veidlapā atzīmēju divus variantus – "
           "atvainojos, spēkā ir šis)", "– (vērtē L. Skujiņa)"],
          ["Motorzāģa operators (tālākizglītība)", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms un virzāms saskaņošanai"],
          ["Meža mašīnu operators",
           "Atbalstāms, ja tiks palielināts harvestera simulatora stundu apjoms; tad var virzīt saskaņošanai", "nav saņemts"]],
      widths=[4.5, 7.5, 4.5], head=True, size=10)
    P(d, "")
    P(d, "Oskars Mednis")
    P(d, "nozares eksperts, kokrūpniecība", i=1)
    P(d, "")
    P(d, "-----Sākotnējais ziņojums-----", size=10)
    P(d, "No: Ilze Kalniņa", size=10)
    P(d, "Nosūtīts: pirmdiena, 2026. gada 13. aprīlis 9:15", size=10)
    P(d, "Tēma: Atzinumi līdz 17.04.", size=10)
    P(d, "Oskar, lūdzu līdz piektdienai atsūtīt slēdzienus par trim kvalifikācijām. Atgādinu, ka mežsaimniecības "
         "tehniķa MIP veidlapā bija atzīmēti divi slēdzieni (gan „atbalstāms un virzāms”, gan „nav atbalstāms”), lūdzu "
         "precizēt. Ilze", size=10)


# ======================================================================================
def main():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    lines = ["# r13b – blind set: forms and tables", "",
             "Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold labels in `expected.csv` and "
             "`expected_problems.csv`.", "",
             "| file | design and judgement calls |", "|---|---|"]
    for n, note in NOTES:
        lines.append("| %s | %s |" % (n, note.replace("|", "\\|")))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBLEMS), "problem rows")


main()
