# -*- coding: utf-8 -*-
"""Builds the r21b blind evaluation set (forms and tables style).

Run: /work/hvenv/bin/python build.py
Each file is built by one function; its gold labels sit in the build(...) call at its end.
"""
import csv
import datetime as dt
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r21b"
ROWS, PROBLEMS, NOTES, FILES = [], [], [], []
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_ids = {"n": 100}

NBSP = "\u00a0"


def nid():
    _ids["n"] += 1
    return _ids["n"]


# ----------------------------------------------------------------------------------------------
# run-level helpers.  A paragraph is described by a list of items:
#   "text"                          plain run
#   R("text", b=1, u=1, s=1, i=1, font=.., size=..)   styled run
#   SYM("F0FE")                     Wingdings w:sym glyph
#   CC(True/False)                  content-control checkbox (w14:checkbox)
#   FF(True/False, mode)            legacy FORMCHECKBOX field
#   GL("☒")                         checkbox glyph typed as text (MS Gothic)
#   DEL("text", author, date) / INS("text", author, date)   tracked changes
#   BR()                            line break inside the paragraph
# ----------------------------------------------------------------------------------------------
def R(text, **kw):
    return ("t", text, kw)


def SYM(char, font="Wingdings"):
    return ("sym", char, font)


def CC(checked):
    return ("cc", checked)


def FF(checked, mode="default"):
    return ("ff", checked, mode)


def GL(glyph):
    return ("t", glyph, {"font": "MS Gothic"})


def DEL(text, author, date):
    return ("del", text, author, date)


def INS(text, author, date):
    return ("ins", text, author, date)


def BR():
    return ("br",)


def _style_run(r, kw):
    if kw.get("b"):
        r.bold = True
    if kw.get("i"):
        r.italic = True
    if kw.get("u"):
        r.underline = True
    if kw.get("s"):
        r.font.strike = True
    if kw.get("size"):
        r.font.size = Pt(kw["size"])
    if kw.get("color"):
        r.font.color.rgb = RGBColor.from_string(kw["color"])
    if kw.get("font"):
        f = kw["font"]
        r.font.name = f
        rpr = r._r.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(a), f)


def _rpr_xml(kw):
    parts = []
    if kw.get("b"):
        parts.append("<w:b/>")
    if kw.get("u"):
        parts.append('<w:u w:val="single"/>')
    return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""


def fill(par, items, base=None):
    """Append items (see above) to paragraph `par`. `base` = style dict applied to plain strings."""
    if isinstance(items, str):
        items = [items]
    for it in items:
        if isinstance(it, str):
            r = par.add_run(it)
            if base:
                _style_run(r, base)
            continue
        kind = it[0]
        if kind == "t":
            kw = dict(base or {})
            kw.update(it[2])
            r = par.add_run(it[1])
            _style_run(r, kw)
        elif kind == "br":
            par.add_run().add_break()
        elif kind == "sym":
            r = par.add_run()
            sym = OxmlElement("w:sym")
            sym.set(qn("w:font"), it[2])
            sym.set(qn("w:char"), it[1])
            r._r.append(sym)
        elif kind == "cc":
            checked = it[1]
            glyph = "\u2612" if checked else "\u2610"
            xml = (
                '<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
                "<w14:checkbox><w14:checked w14:val=\"%d\"/>"
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
                'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            ) % (nsdecls("w"), W14, 1000 + nid(), 1 if checked else 0, glyph)
            par._p.append(parse_xml(xml))
        elif kind == "ff":
            checked, mode = it[1], it[2]
            if mode == "default":
                cb = '<w:default w:val="%d"/>' % (1 if checked else 0)
            else:  # default 0, explicit w:checked
                cb = '<w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
            n = nid()
            par._p.append(parse_xml(
                '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
                % (nsdecls("w"), n, cb)))
            par._p.append(parse_xml(
                '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")))
            par._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))
        elif kind == "del":
            par._p.append(parse_xml(
                '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s'
                "</w:delText></w:r></w:del>" % (nsdecls("w"), nid(), escape(it[2]), it[3], escape(it[1]))))
        elif kind == "ins":
            par._p.append(parse_xml(
                '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s'
                "</w:t></w:r></w:ins>" % (nsdecls("w"), nid(), escape(it[2]), it[3], escape(it[1]))))
        else:
            raise ValueError(it)
    return par


def P(container, items="", style=None, align=None, base=None, space_after=None):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    fill(par, items, base)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def set_cell(cell, content, base=None, shade=None):
    """content: str (\n = new paragraph) | list of paragraphs (each str or list of items)."""
    if isinstance(content, str):
        paras = content.split("\n")
    elif isinstance(content, tuple):
        paras = [[content]]  # a single styled item
    elif any(isinstance(x, tuple) for x in content):
        paras = [content]  # a single paragraph given as a list of items
    else:
        paras = content
    first = True
    for p in paras:
        if first:
            par = cell.paragraphs[0]
            first = False
        else:
            par = cell.add_paragraph()
        fill(par, p, base)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


MERGE = object()  # merge this cell into its left neighbour


def table(container, rows, widths=None, style="Table Grid", head=False, head_shade=None, base=None):
    ncols = max(len(r) for r in rows)
    if len({len(r) for r in rows}) > 1:
        print("  note: uneven table rows", [len(r) for r in rows])
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            val = row[j] if j < len(row) else ""
            if val is MERGE:
                continue
            b = dict(base or {})
            if head and i == 0:
                b["b"] = 1
            set_cell(t.cell(i, j), val, b or None, head_shade if (head and i == 0) else None)
        # merges
        j = 0
        while j < ncols:
            k = j
            while k + 1 < ncols and k + 1 < len(row) and row[k + 1] is MERGE:
                k += 1
            if k > j:
                t.cell(i, j).merge(t.cell(i, k))
            j = k + 1
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def new_doc(font="Calibri", size=11, a4=True, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    s = d.sections[0]
    if a4:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(margins)
    s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def header(doc, items, align=None):
    h = doc.sections[0].header
    fill(h.paragraphs[0], items)
    if align == "r":
        h.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        h.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return h


def footer(doc, items, align=None):
    f = doc.sections[0].footer
    fill(f.paragraphs[0], items)
    if align == "c":
        f.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        f.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return f


def build(name, doc, author, created, rows=(), problems=(), note="", last_by=None, title=None):
    fname = PREFIX + name + ".docx"
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=3, minutes=17)
    cp.revision = 2
    cp.title = title or ""
    doc.save(os.path.join(OUT, fname))
    FILES.append(fname)
    for r in rows:
        q, d, v, e, date, lki = r
        assert d in ("MIP", "PKE"), r
        assert v in ("supported", "needs_corrections", "not_supported", "unknown"), r
        ROWS.append([fname, q, d, v, e, date, lki])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append([fname, c])
    NOTES.append((fname, note))


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


# ==============================================================================================
# 01  key/value table (value right) + summary table document | verdict | notes
# ==============================================================================================
def f01():
    d = new_doc("Times New Roman", 12)
    P(d, [R("EKSPERTĪZES ATZINUMS", b=1, size=14)], align="c", space_after=0)
    P(d, "par profesionālās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu",
      align="c")
    table(d, [
        [R("Profesionālā kvalifikācija", b=1), "Mēbeļu galdnieks"],
        [R("LKI līmenis", b=1), "4"],
        [R("Nozare", b=1), "Kokrūpniecība"],
        [R("Vērtētie dokumenti", b=1),
         "Modulārā izglītības programma (MIP); profesionālās kvalifikācijas eksāmena (PKE) saturs – "
         "teorētiskā un praktiskā daļa"],
        [R("Izstrādātājs", b=1), "Profesionālās izglītības iestādes darba grupa"],
        [R("Eksperts", b=1), "Inese Kalniņa"],
        [R("Atzinuma datums", b=1), "12.03.2026."],
    ], widths=[5.5, 11])
    P(d, "")
    P(d, [R("1. Kopsavilkums", b=1)])
    table(d, [
        ["Dokuments", "Eksperta atzinums", "Piezīmes"],
        ["MIP",
         "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "Modulī „Mēbeļu virsmu apdare” jāaktualizē apdares materiālu saraksts (ūdens bāzes lakas, "
         "eļļvaski), jāpapildina darba aizsardzības prasības, strādājot ar pulverizatoru. Skat. 2. sadaļu."],
        ["PKE",
         "Saturs ir atbalstāms un virzāms saskaņošanai",
         "Praktiskā uzdevuma (skapīša ar atvilktni izgatavošana) vērtēšanas kritēriji ir skaidri, "
         "laika normatīvs reāls. Iebildumu nav."],
    ], widths=[2.2, 5.8, 8.5], head=True, head_shade="D9E2F3")
    P(d, "")
    P(d, [R("2. Detalizēti komentāri par MIP", b=1)])
    for t in [
        "Moduļu secība loģiska, tomēr modulis „Mēbeļu konstruēšana” būtu jāapgūst pirms moduļa "
        "„Korpusa mēbeļu izgatavošana”, nevis paralēli.",
        "Mācību rezultātos vairākkārt lietots „pārzina”, kas nav izmērāms – ieteicams „izvēlas”, "
        "„aprēķina”, „sagatavo”.",
        "Digitālo prasmju daļā minēta tikai rasēšana ar roku; nozarē ikdienā izmanto CAD programmas "
        "(piem., SketchUp, imos), tas jāiekļauj.",
        "Darba vidē balstītu mācību apjoms norādīts 25 %, bet moduļu aprakstos nav redzams, kuri "
        "rezultāti sasniedzami uzņēmumā.",
    ]:
        P(d, t, style="List Number")
    P(d, "")
    P(d, "Ekspertīze veikta, pamatojoties uz mēbeļu galdnieka profesionālās kvalifikācijas prasībām un "
         "nozares kvalifikāciju struktūru.", base={"i": 1})
    build("01_Ekspertizes atzinums_Mebelu galdnieks_Kalnina", d, "Laura Krastiņa", T(2026, 3, 12, 15, 40),
          rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Inese Kalniņa", "2026-03-12", 4),
                ("mēbeļu galdnieks", "PKE", "supported", "Inese Kalniņa", "2026-03-12", 4)],
          note="Key/value table (value right) + summary table Dokuments|Atzinums|Piezīmes with canonical "
               "verdict wording in cells. Core author = coordinator. Straightforward baseline.")


# ==============================================================================================
# 02  all options printed, ☒/☐ typed glyphs in MIP / PKE columns; name+date in "Paraksts / datums"
# ==============================================================================================
def f02():
    d = new_doc("Arial", 10)
    P(d, [R("Nozares eksperta atzinums par MIP un PKE saturu", b=1, size=13)])
    table(d, [
        [R("Kvalifikācija:", b=1), "Elektromontieris (LKI 3. līmenis)"],
        [R("Nozare:", b=1), "Enerģētika"],
        [R("Iesniedza:", b=1), "Darba grupa (vadošā izglītības iestāde)"],
    ], widths=[4, 12.5], style=None)
    P(d, "")
    P(d, [R("Atzinums", b=1), " (katram dokumentam atzīmēt vienu variantu)"])
    table(d, [
        ["Vērtējums", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", [GL("\u2612")], [GL("\u2610")]],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [GL("\u2610")],
         [GL("\u2610")]],
        ["Saturs nav atbalstāms", [GL("\u2610")], [GL("\u2612")]],
    ], widths=[11, 2.5, 2.5], head=True, head_shade="E7E6E6")
    P(d, "")
    table(d, [
        [R("Eksperta komentāri", b=1)],
        [[["MIP: programma sakārtota, moduļi atbilst elektromontiera kvalifikācijas prasībām, apjoms "
          "samērīgs. Sīkas drukas kļūdas 4. modulī izlabos paši, tas nav šķērslis."],
         ["PKE: praktiskais uzdevums (sadales skapja montāža ar 0,4 kV pieslēgumu) neatbilst 3. LKI "
          "līmenim – tas prasa patstāvīgu darbu zem sprieguma, ko elektromontieris bez "
          "elektrodrošības grupas nedrīkst veikt. Teorētiskajā daļā 9 no 40 jautājumiem ir par "
          "tēmām, kuras MIP vispār nav iekļautas. Eksāmens jāpārstrādā un jāiesniedz vērtēšanai "
          "atkārtoti."]]],
    ], widths=[16.5])
    P(d, "")
    table(d, [
        [R("Paraksts / datums", b=1), "J. Ozoliņš           18.03.2026."],
    ], widths=[4, 12.5])
    build("02_atzinums elektromontieris MIP PKE Ozolins", d, "jozolins", T(2026, 3, 18, 9, 5),
          rows=[("elektromontieris", "MIP", "supported", "J. Ozoliņš", "2026-03-18", 3),
                ("elektromontieris", "PKE", "not_supported", "J. Ozoliņš", "2026-03-18", 3)],
          note="All three options printed per document, chosen one marked with typed ☒ (MS Gothic), "
               "others ☐. Expert only as initial + surname in 'Paraksts / datums' cell. Remarks prose in a cell.")


# ==============================================================================================
# 03  content-control checkboxes; expert name only in the page header
# ==============================================================================================
def f03():
    d = new_doc("Calibri", 11)
    header(d, ["Kokrūpniecības nozare  |  Eksperts: Māris Bērziņš"], align="r")
    P(d, [R("Motorzāģa operatora MIP un PKE satura izvērtējums", b=1, size=14)])
    P(d, ["Izvērtējuma datums: 2026. gada 20.", NBSP, "februārī"])
    P(d, ["Kvalifikācijas līmenis: LKI 3"])
    P(d, "")
    table(d, [
        ["Dokuments", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, virzāms saskaņošanai pēc precizējumiem",
         "Nav atbalstāms"],
        ["Modulārā izglītības programma", [CC(True)], [CC(False)], [CC(False)]],
        ["Kvalifikācijas eksāmena saturs", [CC(False)], [CC(True)], [CC(False)]],
    ], widths=[5, 3.8, 4.2, 3.5], head=True, head_shade="E2EFD9")
    P(d, "")
    table(d, [
        ["Piezīmes un ieteikumi"],
        [[["Programma labi atspoguļo darbu ar motorzāģi mežizstrādē un koku kopšanā. Pozitīvi, ka "
          "iekļauta akumulatora zāģu apkope."],
         ["Eksāmenam:"],
         ["1) praktiskajā daļā koka gāšanas uzdevumam jānorāda minimālais stumbra caurmērs un "
          "bīstamās zonas iezīmēšana;"],
         ["2) vērtēšanas lapā kritērijs „strādā droši” jāsadala izmērāmos rādītājos (aizsarglīdzekļi, "
          "atkāpšanās ceļš, ķēdes bremzes pārbaude);"],
         ["3) teorijas testā 3 jautājumiem ir divas pareizas atbildes."],
         ["Pēc šo punktu izlabošanas eksāmenu var virzīt tālāk."]]],
    ], widths=[16.5], head=True)
    build("03_Motorzāģa operators_MIP_PKE_veidlapa", d, "Laura Krastiņa", T(2026, 2, 20, 16, 12),
          last_by="Māris Bērziņš",
          rows=[("motorzāģa operators", "MIP", "supported", "Māris Bērziņš", "2026-02-20", 3),
                ("motorzāģa operators", "PKE", "needs_corrections", "Māris Bērziņš", "2026-02-20", 3)],
          note="Options as columns with Word content-control checkboxes (w14:checkbox); expert name only in "
               "the page header. Documents named in full words, not MIP/PKE.")


# ==============================================================================================
# 04  legacy FORMCHECKBOX fields; labels with values below
# ==============================================================================================
def f04():
    d = new_doc("Times New Roman", 11)
    P(d, [R("Profesionālās izglītības satura ekspertīzes veidlapa", b=1, size=13)], align="c")
    P(d, [R("1. Vispārīgā informācija", b=1)])
    table(d, [
        [R("Profesionālās kvalifikācijas nosaukums", b=1), R("LKI līmenis", b=1)],
        ["Elektrotehniķis", "4"],
        [R("Eksperta vārds, uzvārds", b=1), R("Datums", b=1)],
        ["Sandra Vītola", "2026-03-05"],
    ], widths=[11, 5.5])
    P(d, "")
    P(d, [R("2. Atzinums par modulāro izglītības programmu", b=1)])
    P(d, [FF(False), " saturs ir atbalstāms un virzāms saskaņošanai"])
    P(d, [FF(False), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"])
    P(d, [FF(True), " saturs nav atbalstāms"])
    P(d, [R("Pamatojums: ", b=1),
          "programmā nav ietverti moduļi par atjaunīgās enerģijas avotu (saules paneļu, siltumsūkņu) "
          "pieslēgšanu un viedajām uzskaites sistēmām, lai gan tās ir kvalifikācijas prasībās kā jaunās "
          "prasmes. Moduļa „Elektroietaišu ekspluatācija” apjoms (40 st.) ir nepietiekams. Programma "
          "jāpārstrādā."])
    P(d, "")
    P(d, [R("3. Atzinums par profesionālās kvalifikācijas eksāmena saturu", b=1)])
    P(d, [FF(False, "checked"), " saturs ir atbalstāms un virzāms saskaņošanai"])
    P(d, [FF(True, "checked"), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"])
    P(d, [FF(False, "checked"), " saturs nav atbalstāms"])
    P(d, [R("Pamatojums: ", b=1),
          "eksāmena struktūra laba; jāprecizē praktiskā uzdevuma Nr. 2 shēma (trūkst aizsardzības "
          "automāta nominālvērtības) un jāsaskaņo vērtēšanas punkti ar kopējo 100 punktu skalu."])
    build("04_Elektrotehnikis_forma_aizpildita", d, "Sandra", T(2026, 3, 5, 11, 0),
          rows=[("elektrotehniķis", "MIP", "not_supported", "Sandra Vītola", "2026-03-05", 4),
                ("elektrotehniķis", "PKE", "needs_corrections", "Sandra Vītola", "2026-03-05", 4)],
          note="Legacy FORMCHECKBOX fields (no text): MIP uses w:default=1, PKE uses w:checked. Labels in "
               "one row, values in the row below. ISO date.")


# ==============================================================================================
# 05  "nevajadzīgo svītrot": non-chosen options struck through; VGK alias
# ==============================================================================================
def f05():
    d = new_doc("Calibri", 11)
    P(d, [R("ATZINUMS", b=1, size=14)], align="c")
    P(d, ["par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa modulārās izglītības programmas un "
          "kvalifikācijas eksāmena saturu"], align="c")
    table(d, [
        [R("Kvalifikācija", b=1), "VGK sistēmu tehniķis (4. LKI)"],
        [R("Eksperts", b=1), "Edgars Zālītis"],
        [R("Datums", b=1), "09.04.2026."],
        [R("MIP atzinums", b=1) , [[R("(nevajadzīgo svītrot)", i=1, size=9)],
                                    ["saturs ir atbalstāms un virzāms saskaņošanai"],
                                    [R("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", s=1)],
                                    [R("saturs nav atbalstāms", s=1)]]],
        [R("PKE atzinums", b=1), [[R("(nevajadzīgo svītrot)", i=1, size=9)],
                                   ["saturs ir atbalstāms un virzāms saskaņošanai"],
                                   [R("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", s=1)],
                                   [R("saturs nav atbalstāms", s=1)]]],
        [R("Komentāri", b=1),
         "Abi dokumenti izstrādāti rūpīgi. Iepriekšējā versijā norādītās nepilnības (aukstumaģentu "
         "apiešanās prasības, F-gāzu regula) ir novērstas. Papildu precizējumi nav nepieciešami."],
    ], widths=[4, 12.5])
    build("05_VGK sistēmu tehniķis - atzinums (galīgais)", d, "Edgars Zālītis", T(2026, 4, 9, 13, 30),
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Edgars Zālītis",
                 "2026-04-09", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Edgars Zālītis",
                 "2026-04-09", 4)],
          note="'nevajadzīgo svītrot': the two non-chosen options carry strikethrough, the chosen one is plain. "
               "Qualification by alias 'VGK sistēmu tehniķis'; title uses the genitive full name. "
               "'nav nepieciešami' in comments is not a negation of the verdict.")


# ==============================================================================================
# 06  "vajadzīgo pasvītrot": chosen option underlined; MIP only; date cell empty
# ==============================================================================================
def f06():
    d = new_doc("Calibri", 11)
    P(d, [R("Kokapstrādes iekārtu operatora modulārās izglītības programmas ekspertīze", b=1, size=13)])
    table(d, [
        [R("Kvalifikācija / LKI", b=1), "Kokapstrādes iekārtu operators, LKI 3"],
        [R("Vērtētais dokuments", b=1), "MIP (PKE saturu vērtē cita eksperte – G. Rozenberga; šis atzinums "
                                        "attiecas tikai uz MIP)"],
        [R("Eksperts", b=1), "Raivis Sproģis"],
        [R("Datums", b=1), ""],
    ], widths=[5, 11.5])
    P(d, "")
    P(d, [R("Eksperta atzinums", b=1), R(" (vajadzīgo pasvītrot)", i=1)])
    P(d, ["a) saturs ir atbalstāms un virzāms saskaņošanai;"])
    P(d, ["b) ", R("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", u=1), ";"])
    P(d, ["c) saturs nav atbalstāms."])
    P(d, "")
    P(d, [R("Precizējumi, kas jāveic pirms saskaņošanas:", b=1)])
    table(d, [
        ["Nr.", "Modulis / sadaļa", "Nepieciešamais precizējums"],
        ["1.", "Zāģēšanas iekārtas", "Papildināt ar formatēšanas zāģa drošu iestatīšanu un skaidu "
                                     "nosūkšanas pārbaudi."],
        ["2.", "Frēzēšana", "Mācību rezultāts „zina frēžu veidus” pārformulēt darbībā – „izvēlas frēzi "
                            "atbilstoši profilam un materiālam”."],
        ["3.", "Kopējā daļa", "Stundu sadalījumā kopsumma (1 480 st.) nesakrīt ar moduļu summu (1 520 st.)."],
    ], widths=[1.2, 4.5, 10.8], head=True)
    build("06_KIO_MIP_vertejums_Sprogis", d, "Raivis Sproģis", T(2026, 4, 16, 8, 50),
          rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Raivis Sproģis", "", 3)],
          note="'vajadzīgo pasvītrot': chosen option b) underlined, the others plain. Reviews MIP only and says "
               "so (PKE by another expert) -> no PKE row. Date cell left empty -> date empty (file metadata "
               "date is not the review date). 'KIO' abbreviation only in the file name.")


# ==============================================================================================
# 07  Wingdings w:sym glyphs; history sentence; name+date in "Paraksts / datums"
# ==============================================================================================
def f07():
    d = new_doc("Calibri", 11)
    P(d, [R("Ekspertīzes atzinums", b=1, size=14)])
    P(d, ["Mašīnbūves un metālapstrādes nozare"], space_after=2)
    P(d, ["Profesionālā kvalifikācija: ", R("mehatronisko sistēmu tehniķis", b=1), " (LKI\u00a04. līmenis)"])
    P(d, "")
    table(d, [
        ["", "MIP", "PKE"],
        ["atbalstāms un virzāms saskaņošanai", [SYM("F0A8")], [SYM("F0A8")]],
        ["atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", [SYM("F0FE")], [SYM("F0FE")]],
        ["nav atbalstāms", [SYM("F0A8")], [SYM("F0A8")]],
    ], widths=[10.5, 3, 3], head=True, head_shade="FFF2CC")
    P(d, "")
    P(d, [R("Pamatojums", b=1)])
    P(d, "Iepriekšējā ekspertīzē (2026. gada janvārī) MIP netika atbalstīts, jo trūka pneimatikas un "
         "PLC programmēšanas moduļu. Šajā redakcijā tie ir iekļauti, un programma kopumā ir laba. "
         "Vēl jāprecizē:", align="j")
    for t in ["moduļa „Rūpnieciskie roboti” mācību rezultātos jāiekļauj robota šūnas drošības sistēmas "
              "(gaismas aizkari, avārijas apturēšana);",
              "PKE praktiskajā daļā jānorāda, kāds PLC aprīkojums būs pieejams eksaminējamajam;",
              "PKE vērtēšanas kritērijos dokumentācijas noformēšanai piešķirti 20 % punktu – tas ir "
              "pārāk daudz, ieteicams 10 %."]:
        P(d, t, style="List Bullet")
    P(d, "")
    table(d, [
        [R("Paraksts / datums", b=1), "Ilze Bite, 27.03.2026"],
    ], widths=[4.5, 12])
    build("07_Mehatronika MIP+PKE atzinums_v2", d, "Ilze Bite", T(2026, 3, 27, 14, 2),
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Ilze Bite", "2026-03-27", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Ilze Bite", "2026-03-27", 4)],
          note="Wingdings w:sym glyphs (F0FE checked, F0A8 empty) mark the option per column; the cells have no "
               "text. Body carries a history sentence 'iepriekšējā ekspertīzē MIP netika atbalstīts' that is not "
               "the current verdict.")


# ==============================================================================================
# 08  criterion tables Jā/Nē ending in an overall row
# ==============================================================================================
def f08():
    d = new_doc("Calibri", 10.5)
    P(d, [R("DATORIZĒTU KOKAPSTRĀDES IEKĀRTU OPERATORS (LKI 4)", b=1, size=13)])
    P(d, "Nozares eksperta vērtējums pēc kritērijiem")
    P(d, [R("A. Modulārā izglītības programma", b=1)])
    table(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "MIP mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
        ["2.", "Moduļos ietvertas nozarē aktuālās jaunās prasmes (CNC programmēšana, CAD/CAM)", "Jā",
         "CAM daļa vāja, bet ir"],
        ["3.", "Mācību rezultāti formulēti izmērāmi", "Nē", "Moduļos 3 un 5 lielākā daļa rezultātu ir "
                                                           "„izprot”, „pārzina”"],
        ["4.", "Aprakstītas darba vidē balstītu mācību iespējas", "Nē", "Nav norādīts, kuri moduļi "
                                                                        "apgūstami uzņēmumā"],
        ["5.", "Moduļu apjomi samērīgi", "Jā", ""],
        [R("Kopējais vērtējums", b=1), MERGE,
         [[R("Saturs ir atbalstāms; pēc precizējumu veikšanas (3. un 4. kritērijs) virzāms saskaņošanai",
             b=1)]], MERGE],
    ], widths=[1, 8, 2, 5.5], head=True, head_shade="DEEAF6")
    P(d, "")
    P(d, [R("B. Profesionālās kvalifikācijas eksāmena saturs", b=1)])
    table(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "Eksāmena uzdevumi aptver kvalifikācijas pamatprasmes", "Jā", ""],
        ["2.", "Praktiskais uzdevums izpildāms ar izglītības iestādē pieejamām CNC iekārtām", "Jā",
         "5 asu frēze nav obligāta – labi"],
        ["3.", "Vērtēšanas kritēriji ir skaidri un nepārprotami", "Jā", ""],
        ["4.", "Eksāmena ilgums atbilst uzdevumu apjomam", "Jā", "6 h praktiskā daļa"],
        [R("Kopējais vērtējums", b=1), MERGE,
         [[R("Atbalstāms un virzāms saskaņošanai", b=1)]], MERGE],
    ], widths=[1, 8, 2, 5.5], head=True, head_shade="DEEAF6")
    P(d, "")
    P(d, ["Eksperts: Aivars Krūmiņš"], space_after=0)
    P(d, ["Rīgā, 2026. gada 2. aprīlī"])
    build("08_datorizetu kokapstrades iekartu operators kriteriji", d, "Aivars", T(2026, 4, 2, 10, 20),
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Aivars Krūmiņš",
                 "2026-04-02", 4),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Aivars Krūmiņš",
                 "2026-04-02", 4)],
          note="Criterion tables (Jā/Nē) with a merged overall row; MIP has two 'Nē' criteria but the overall row "
               "gives 'atbalstāms; pēc precizējumu...' which outranks them. Qualification only in the all-caps "
               "title.")


# ==============================================================================================
# 09  Outlook e-mail in Latvian, quoted coordinator request listing all options
# ==============================================================================================
def f09():
    d = new_doc("Calibri", 11)
    for lab, val in [("No:", "Dace Liepiņa <dace.liepina@mezsaimnieks.lv>"),
                     ("Nosūtīts:", "ceturtdiena, 2026. gada 19. marts 14:32"),
                     ("Kam:", "Laura Krastiņa <laura.krastina@lddk.lv>"),
                     ("Kopija:", "Anita Celmiņa <anita.celmina@lddk.lv>"),
                     ("Tēma:", "RE: Ekspertīze – mežsaimniecības tehniķis (MIP, PKE)"),
                     ("Pielikumi:", "MST_MIP_komentari_DL.docx")]:
        P(d, [R(lab + " ", b=1), val], space_after=0)
    P(d, "")
    P(d, "Labdien, Laura!")
    P(d, "Izskatīju abus dokumentus. Programmu (MIP) atbalstu tādu, kāda tā ir, un to var virzīt "
         "saskaņošanai – moduļi par meža inventarizāciju un ĢIS ir tieši tas, kas nozarei tagad vajadzīgs.")
    P(d, "Ar eksāmenu mazliet sarežģītāk. Kopumā eksāmena saturu atbalstu, bet pirms saskaņošanas skolai "
         "jāizlabo tas, kas tabulā zemāk.")
    table(d, [
        ["Nr.", "Dok.", "Komentārs"],
        ["1", "PKE", "Praktiskajā daļā taksācijas uzdevumam nav dots parauglaukuma lielums."],
        ["2", "PKE", "Teorijas jautājumos vēl minēti vecie MK noteikumi par koku ciršanu (jāatjauno uz "
                     "spēkā esošajiem)."],
        ["3", "PKE", "Vērtēšanas lapā nav kritērija par darba drošību mežā."],
        ["4", "MIP", "Tikai ieteikums: varētu vairāk stundu meža mašīnu darba plānošanai, bet tas nav obligāti."],
    ], widths=[1.2, 1.6, 13.7], head=True)
    P(d, "")
    P(d, "Ar cieņu", space_after=0)
    P(d, "Dace Liepiņa", space_after=0)
    P(d, "kokrūpniecības nozares eksperte", space_after=0)
    P(d, "t. 29 123 456")
    P(d, "")
    P(d, [R("From:", b=1), " Laura Krastiņa <laura.krastina@lddk.lv>"], space_after=0, base={"color": "1F3864"})
    P(d, [R("Sent:", b=1), " Monday, March 9, 2026 10:14 AM"], space_after=0, base={"color": "1F3864"})
    P(d, [R("To:", b=1), " Dace Liepiņa <dace.liepina@mezsaimnieks.lv>"], space_after=0, base={"color": "1F3864"})
    P(d, [R("Subject:", b=1), " Ekspertīze – mežsaimniecības tehniķis (MIP, PKE)"], base={"color": "1F3864"})
    P(d, "Labdien, Dace!", base={"color": "1F3864"})
    P(d, "Pielikumā mežsaimniecības tehniķa MIP un PKE saturs no darba grupas. Lūdzu izvērtēt un atzinumā "
         "katram dokumentam norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms, pēc "
         "precizējumu veikšanas virzāms saskaņošanai, vai nav atbalstāms. Termiņš – 20. marts.",
      base={"color": "1F3864"})
    P(d, "Paldies! Laura", base={"color": "1F3864"})
    build("09_RE Ekspertīze mežsaimniecības tehniķis", d, "Laura Krastiņa", T(2026, 3, 19, 15, 1),
          rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Dace Liepiņa", "2026-03-19", 4),
                ("mežsaimniecības tehniķis", "PKE", "needs_corrections", "Dace Liepiņa", "2026-03-19", 4)],
          note="Outlook reply printed to Word (Latvian header labels), verdicts in first person prose "
               "('atbalstu ... var virzīt'; 'atbalstu, bet pirms saskaņošanas jāizlabo'). Quoted coordinator "
               "request below lists all three options - not a verdict. Date = sent date of the reply.")


# ==============================================================================================
# 10  Gmail print, English header, no diacritics, small verdict table
# ==============================================================================================
def f10():
    d = new_doc("Arial", 10)
    P(d, [R("Gmail", b=1, color="D93025"), "\t\t\t\t\t\tGunta Rozenberga <gunta.rozenberga@gmail.com>"])
    P(d, [R("Re: meza masinu operators MIP/PKE", b=1, size=13)])
    P(d, "1 message", space_after=6)
    P(d, [R("Gunta Rozenberga", b=1), " <gunta.rozenberga@gmail.com>\t\tTue, Apr 14, 2026 at 9:17 PM"],
      space_after=0)
    P(d, "To: Laura Krastina <laura.krastina@lddk.lv>")
    P(d, "Sveiki,")
    P(d, "paskatijos meza masinu operatora materialus, isuma:")
    table(d, [
        ["MIP", "atbalstams bez precizejumiem, var virzit saskanosanai"],
        ["PKE", "NEatbalstu"],
    ], widths=[2, 14])
    P(d, "")
    P(d, "PKE problema ir praktiskaja dala - uzdevums ar harvestera simulatoru ir labs, bet nav nekada "
         "uzdevuma ar ista tehnika (pieejama skola ir gan forvarders), un vertesana ir tikai "
         "\"izpildits/neizpildits\". Teorijas testa puse jautajumu par mezkopibu, kas nav operatora darbs. "
         "Tas jaraksta no jauna, ar precizejumiem te neiztikt.")
    P(d, "Ja skola parstrada, varu paskatities velreiz maija.")
    P(d, "Gunta")
    P(d, "")
    P(d, "On Thu, Apr 2, 2026 at 10:05 AM Laura Krastiņa <laura.krastina@lddk.lv> wrote:",
      base={"color": "5F6368"})
    for t in ["> Labdien, Gunta!",
              "> Pielikumā meža mašīnu operatora (LKI 3) MIP un PKE. Lūgums atzinumu līdz 15. aprīlim.",
              "> Atgādinu, ka atzinumā jānorāda, vai saturs atbalstāms un virzāms saskaņošanai, virzāms pēc "
              "precizējumiem vai nav atbalstāms.",
              "> Laura"]:
        P(d, t, space_after=0, base={"color": "5F6368"})
    build("10_Fwd meza masinu operators MIP PKE", d, "", T(2026, 4, 15, 8, 3),
          rows=[("meža mašīnu operators", "MIP", "supported", "Gunta Rozenberga", "2026-04-14", 3),
                ("meža mašīnu operators", "PKE", "not_supported", "Gunta Rozenberga", "2026-04-14", 3)],
          note="Gmail print (English header 'Tue, Apr 14, 2026 at 9:17 PM'), text without diacritics, verdict in "
               "a 2-cell table: 'atbalstams bez precizejumiem' (= supported, 'bez' not 'pec'), 'NEatbalstu'. "
               "Quoted request below lists options. Empty core author. Name from sender line/signature.")


# ==============================================================================================
# 11  letterhead + formal letter with summary table
# ==============================================================================================
def f11():
    d = new_doc("Cambria", 11)
    header(d, [R("SIA „Kokvaris”", b=1, size=14, color="5B3A1E"), BR(),
               R("Reģ. Nr. 40003123987 · Rūpniecības iela 14, Jelgava, LV-3001 · info@kokvaris.lv", size=8)],
           align="c")
    P(d, ["Jelgavā, 2026. gada 23. martā", "\t\t\t\tNr. 3-7/14"])
    P(d, "")
    P(d, ["Latvijas Darba devēju konfederācijai", BR(), "projekta koordinatorei L. Krastiņai"], align="r")
    P(d, "")
    P(d, [R("Par koka izstrādājumu ražošanas tehniķa MIP un PKE satura ekspertīzi", b=1)])
    P(d, "Kā kokrūpniecības nozares deleģēts eksperts esmu iepazinies ar darba grupas izstrādāto koka "
         "izstrādājumu ražošanas tehniķa (LKI 4. līmenis) modulāro izglītības programmu un profesionālās "
         "kvalifikācijas eksāmena saturu. Mūsu uzņēmums atbalsta darba vidē balstītas mācības un "
         "ikgadēji uzņem 4–6 praktikantus, tāpēc dokumentus vērtēju arī no darba devēja skatupunkta.",
      align="j")
    P(d, "Izvērtējuma rezultāti apkopoti tabulā.", align="j")
    table(d, [
        ["Dokuments", "Eksperta atzinums", "Galvenie ieteikumi"],
        ["Modulārā izglītības programma", "Atbalstāms un virzāms saskaņošanai",
         "Būtisku iebildumu nav. Ieteikums – ražošanas plānošanas modulī minēt ERP sistēmu izmantošanu."],
        ["Profesionālās kvalifikācijas eksāmens", "Atbalstāms ar precizējumiem – virzāms saskaņošanai pēc "
                                                  "norādīto precizējumu veikšanas",
         "1) Praktiskajā uzdevumā jāiekļauj tehnoloģiskās kartes sagatavošana;\n"
         "2) jānorāda pieļaujamās novirzes izstrādājuma izmēriem (±0,5 mm);\n"
         "3) jāsabalansē teorijas un prakses punktu īpatsvars."],
    ], widths=[4.2, 5, 7.3], head=True, head_shade="EDE0D4")
    P(d, "")
    P(d, "Ar cieņu", space_after=0)
    P(d, "valdes loceklis, kokrūpniecības nozares eksperts", space_after=0)
    P(d, ["Raivis Sproģis"], space_after=0)
    P(d, "")
    P(d, [R("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8)], align="c")
    build("11_Kokvaris_vestule_KIRT_ekspertize", d, "Kokvaris Birojs", T(2026, 3, 23, 9, 40),
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Raivis Sproģis", "2026-03-23", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Raivis Sproģis",
                 "2026-03-23", 4)],
          note="Company letterhead in page header, formal letter with table. Trap: 'Mūsu uzņēmums atbalsta darba "
               "vidē balstītas mācības' (3rd person, own subject). Qualification in genitive in the subject line. "
               "Core author is the company office account.")


# ==============================================================================================
# 12  one expert, several energy qualifications in one table
# ==============================================================================================
def f12():
    d = new_doc("Calibri", 10)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    P(d, [R("Enerģētikas nozares eksperta atzinumi – projekta 4. posms", b=1, size=14)])
    P(d, ["Eksperts: Normunds Lācis", "\t\t", "Datums: 31.03.2026"])
    table(d, [
        ["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
        ["1.", "Elektromontieris", "3", "atbalstāms. Saskaņošanai virzāms pēc precizējumu veikšanas (sk. piezīmes)",
         "atbalstāms un virzāms saskaņošanai",
         "MIP: jāsaskaņo moduļu nosaukumi ar kvalifikācijas prasību terminiem; 6. modulim trūkst vērtēšanas "
         "formas."],
        ["2.", "VGK iekārtu remontatslēdznieks", "3", "atbalstāms un virzāms saskaņošanai",
         "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "PKE: praktiskajā uzdevumā jānorāda aukstumaģenta tips un daudzums; jāpievieno noplūdes "
         "pārbaudes protokola paraugs."],
        ["3.", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "4", "nav atbalstāms",
         "nav atbalstāms",
         "Abi dokumenti būtībā atkārto remontatslēdznieka (LKI 3) saturu; nav sistēmu projektēšanas, "
         "regulēšanas un energoefektivitātes novērtēšanas. Jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."],
    ], widths=[1, 5, 1.2, 5.2, 5.2, 8.4], head=True, head_shade="D9D9D9")
    P(d, "")
    P(d, "Atzinumi sagatavoti, izvērtējot darba grupu iesniegtās MIP un PKE redakcijas (saņemtas 2026. gada "
         "marta sākumā).", base={"i": 1, "size": 9})
    ex, dd = "Normunds Lācis", "2026-03-31"
    build("12_Energetika_atzinumi_4posms_Lacis", d, "Normunds Lācis", T(2026, 3, 31, 17, 45),
          rows=[("elektromontieris", "MIP", "needs_corrections", ex, dd, 3),
                ("elektromontieris", "PKE", "supported", ex, dd, 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", ex, dd, 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
                 ex, dd, 3),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", ex, dd, 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported", ex, dd, 4)],
          note="One expert, three qualifications in one landscape table (qualification | LKI | MIP | PKE | notes). "
               "Alias 'VGK iekārtu remontatslēdznieks'. LKI from the table. Elektromontieris MIP cell puts the condition "
               "in the second sentence ('atbalstāms. Saskaņošanai virzāms pēc precizējumu veikšanas').")


# ==============================================================================================
# 13  qualification not in the register; X marks; labels with values below
# ==============================================================================================
def f13():
    d = new_doc("Calibri", 11)
    P(d, [R("Ekspertīzes atzinums (MIP / PKE)", b=1, size=14)])
    table(d, [
        [R("Profesionālā kvalifikācija", b=1), R("Līmenis", b=1), R("Nozare", b=1)],
        ["Metālapstrādes darbgaldu operators", "LKI 3", "Mašīnbūve un metālapstrāde"],
        [R("Eksperts", b=1), R("Datums", b=1), R("Kontakti", b=1)],
        ["Artūrs Vanags", "06.05.2026.", "arturs.vanags@metalsbalt.lv"],
    ], widths=[7, 3.5, 6])
    P(d, "")
    table(d, [
        ["Atzinums", "MIP", "PKE"],
        ["Atbalstāms un virzāms saskaņošanai", "", "X"],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "X", ""],
        ["Nav atbalstāms", "", ""],
    ], widths=[11, 2.7, 2.7], head=True)
    P(d, "")
    P(d, [R("Komentāri", b=1)])
    P(d, "MIP: virpošanas un frēzēšanas moduļi labi, taču nav atsevišķa moduļa par mērinstrumentiem un "
         "kvalitātes kontroli – to vajag izdalīt vai skaidri ielikt esošajos moduļos. Arī CNC pamati "
         "(G-kods) jāpieliek vismaz ievada līmenī.")
    P(d, "PKE: uzdevums (vārpstas izgatavošana pēc rasējuma) atbilst līmenim, vērtēšana skaidra.")
    build("13_Metalapstrades darbgaldu operators_atzinums_Vanags", d, "Artūrs Vanags", T(2026, 5, 6, 12, 0),
          rows=[("metālapstrādes darbgaldu operators", "MIP", "needs_corrections", "Artūrs Vanags", "2026-05-06", 3),
                ("metālapstrādes darbgaldu operators", "PKE", "supported", "Artūrs Vanags", "2026-05-06", 3)],
          problems=["unknown_qualification"],
          note="Qualification not in the register (metālapstrādes darbgaldu operators) -> unknown_qualification; "
               "LKI 3 stated in the review. 'X' marks in MIP/PKE columns; labels in a row, values below.")


# ==============================================================================================
# 14  tracked changes: the expert changed the MIP verdict with track changes on
# ==============================================================================================
def f14():
    d = new_doc("Calibri", 11)
    A, W = "Aivars Krūmiņš", "2026-04-21T09:12:00Z"
    P(d, [R("Būvizstrādājumu galdnieka MIP un PKE ekspertīzes atzinums", b=1, size=13)])
    table(d, [
        [R("Kvalifikācija", b=1), "Būvizstrādājumu galdnieks"],
        [R("LKI līmenis", b=1), "4"],
        [R("Eksperts", b=1), A],
        [R("Datums", b=1), "21.04.2026."],
        [R("Atzinums par MIP", b=1),
         [["Saturs ir atbalstāms", DEL(" un virzāms saskaņošanai", A, W),
           INS("; pēc precizējumu veikšanas virzāms saskaņošanai", A, W), "."]]],
        [R("Atzinums par PKE", b=1), "Saturs ir atbalstāms un virzāms saskaņošanai."],
        [R("Piezīmes", b=1),
         [["MIP moduļos par logu un durvju izgatavošanu jāiekļauj ", INS("energoefektīvu ", A, W),
           "logu bloku montāžas prasības (LVS EN 14351-1) un trīskāršās blīvēšanas principi."],
          ["Precizējumus lūdzu veikt līdz nākamajai darba grupas sanāksmei; pēc tam MIP var sūtīt uz "
           "saskaņošanu bez atkārtotas ekspertīzes."]]],
    ], widths=[4.5, 12])
    build("14_Buvizstradajumu galdnieks atzinums (labots)", d, "Aivars Krūmiņš", T(2026, 4, 20, 16, 30),
          last_by="Aivars Krūmiņš",
          rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Aivars Krūmiņš", "2026-04-21", 4),
                ("būvizstrādājumu galdnieks", "PKE", "supported", "Aivars Krūmiņš", "2026-04-21", 4)],
          note="Track changes: in the MIP cell ' un virzāms saskaņošanai' is w:del and '; pēc precizējumu "
               "veikšanas virzāms saskaņošanai' is w:ins -> current text = needs_corrections (paragraph.text "
               "alone shows only 'Saturs ir atbalstāms.'). Remarks confirm.")


# ==============================================================================================
# 15  second round, summary table with history columns
# ==============================================================================================
def f15():
    d = new_doc("Times New Roman", 12)
    P(d, [R("Atkārtotās ekspertīzes atzinums", b=1, size=14)], align="c")
    P(d, ["Kvalifikācija: „Mēbeļu galdnieks”, LKI 4"], align="c")
    P(d, "")
    table(d, [
        ["Dokuments", "1. kārtas atzinums (12.03.2026.)", "Atzinums pēc precizējumiem", "Komentārs"],
        ["MIP", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         [[R("atbalstāms un virzāms saskaņošanai", b=1)]],
         "Visi 4 iepriekšējie komentāri ievēroti; CAD programmas iekļautas modulī „Mēbeļu konstruēšana”."],
        ["PKE", "atbalstāms un virzāms saskaņošanai",
         [[R("atbalstāms un virzāms saskaņošanai", b=1)]],
         "Darba grupa papildus mainīja vērtēšanas lapu (punktu sadalījums) – izmaiņas pieņemamas."],
    ], widths=[2.2, 4.6, 4.6, 5.1], head=True, head_shade="F2F2F2")
    P(d, "")
    table(d, [
        [R("Eksperte", b=1), "Inese Kalniņa"],
        [R("Atkārtotās ekspertīzes datums", b=1), "2026. gada 28. aprīlis"],
    ], widths=[6, 10.5], style=None)
    build("15_RE_Mebelu galdnieks atkartota ekspertize_Kalnina", d, "Inese", T(2026, 4, 28, 11, 25),
          rows=[("mēbeļu galdnieks", "MIP", "supported", "Inese Kalniņa", "2026-04-28", 4),
                ("mēbeļu galdnieks", "PKE", "supported", "Inese Kalniņa", "2026-04-28", 4)],
          note="Second-round review: table keeps the first-round verdict (12.03, MIP needs corrections) in its own "
               "column; the current column counts. Two dates in the file; the review date is the re-review date.")


# ==============================================================================================
# 16  very short, vertical labels; PKE only, MIP explicitly not submitted
# ==============================================================================================
def f16():
    d = new_doc("Calibri", 11)
    table(d, [
        [R("Profesionālā kvalifikācija", b=1)],
        ["Elektrotehniķis, LKI 4"],
        [R("Izvērtētais dokuments", b=1)],
        ["PKE saturs (MIP šajā kārtā netika iesniegts)"],
        [R("Atzinums", b=1)],
        ["Nav atbalstāms. Praktiskā daļa neaptver relejaizsardzības iestatījumu pārbaudi un mērījumu "
         "protokolēšanu, teorija – tikai atmiņas jautājumi. Jāpārstrādā un jāiesniedz atkārtoti."],
        [R("Eksperts", b=1)],
        ["Jānis Ozoliņš"],
        [R("Datums", b=1)],
        ["2026-05-19"],
    ], widths=[16.5])
    build("16_elektrotehnikis PKE", d, "Laura Krastiņa", T(2026, 5, 19, 18, 2),
          rows=[("elektrotehniķis", "PKE", "not_supported", "Jānis Ozoliņš", "2026-05-19", 4)],
          note="Very short one-column form with labels above values. PKE only; MIP explicitly not submitted -> no "
               "MIP row.")


# ==============================================================================================
# 17  name and date only in the footer; PKE re-review only
# ==============================================================================================
def f17():
    d = new_doc("Calibri", 11)
    footer(d, [R("Eksperte Dace Liepiņa  ·  2026. gada 7. aprīlis", size=8)], align="c")
    P(d, [R("Mežsaimniecības tehniķis – PKE atkārtots izvērtējums", b=1, size=13)])
    P(d, "MIP atkārtoti netika vērtēts (atbalstīts jau 19. martā, izmaiņas tajā nav veiktas).",
      base={"i": 1})
    table(d, [
        ["Iepriekšējā komentāra Nr.", "Vai novērsts?", "Piezīme"],
        ["1 (parauglaukuma lielums)", "Jā", "Norādīts 0,05 ha apļveida parauglaukums."],
        ["2 (MK noteikumi)", "Jā", ""],
        ["3 (darba drošība vērtēšanas lapā)", "Jā", "Pievienoti 2 kritēriji, 10 punkti."],
        [R("Secinājums", b=1),
         [[R("PKE saturs ir atbalstāms un virzāms saskaņošanai.", b=1)]], MERGE],
    ], widths=[6, 3, 7.5], head=True, head_shade="E2EFD9")
    build("17_Mezsaimniecibas tehnikis_PKE_atkartoti", d, "Dace Liepiņa", T(2026, 4, 7, 19, 30),
          rows=[("mežsaimniecības tehniķis", "PKE", "supported", "Dace Liepiņa", "2026-04-07", 4)],
          note="Expert name and date only in the page footer. PKE re-review as a 'was it fixed? Jā/Nē' table with "
               "a conclusion row. MIP explicitly not reviewed again -> no MIP row.")


# ==============================================================================================
# 18  verdict left unmarked for PKE (remarks only) -> no_verdict
# ==============================================================================================
def f18():
    d = new_doc("Calibri", 11)
    P(d, [R("Ekspertīzes atzinums", b=1, size=14)])
    table(d, [
        [R("Kvalifikācija", b=1), "Meža mašīnu operators (LKI 3)"],
        [R("Eksperte", b=1), "Gunta Rozenberga"],
        [R("Datums", b=1), "25.03.2026."],
    ], widths=[4, 12.5])
    P(d, "")
    P(d, [R("MIP", b=1)])
    table(d, [
        ["Atbalstāms un virzāms saskaņošanai", [GL("\u2612")]],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [GL("\u2610")]],
        ["Nav atbalstāms", [GL("\u2610")]],
        ["Komentāri", "Programma atbilst kvalifikācijas prasībām, simulatoru izmantošana labi pārdomāta."],
    ], widths=[13.5, 3])
    P(d, "")
    P(d, [R("PKE", b=1)])
    table(d, [
        ["Atbalstāms un virzāms saskaņošanai", [GL("\u2610")]],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [GL("\u2610")]],
        ["Nav atbalstāms", [GL("\u2610")]],
        ["Komentāri",
         "Teorētiskās daļas 12. jautājumam norādīta nepareiza atbilde (hidraulikas eļļas maiņas intervāls). "
         "Praktiskajā daļā trūkst kritērija par darba vietas sakārtošanu pēc darba. Nav skaidrs, vai "
         "eksāmenā paredzēts darbs ar īstu tehniku vai tikai ar simulatoru – to jāprecizē ar skolu. "
         "Vērtējumu par PKE sniegšu pēc sarunas ar darba grupu."],
    ], widths=[13.5, 3])
    build("18_Meza masinu operators_atzinums_Rozenberga", d, "Gunta Rozenberga", T(2026, 3, 25, 20, 14),
          rows=[("meža mašīnu operators", "MIP", "supported", "Gunta Rozenberga", "2026-03-25", 3),
                ("meža mašīnu operators", "PKE", "unknown", "Gunta Rozenberga", "2026-03-25", 3)],
          problems=["no_verdict"],
          note="MIP marked ☒ supported. PKE section has remarks but all three ☐ are empty and no verdict sentence "
               "-> PKE unknown + no_verdict; the expert even writes she will give the PKE verdict after talking to the "
               "working group (the remarks alone do not say which option).")


# ==============================================================================================
# 19  two options marked for MIP -> conflict
# ==============================================================================================
def f19():
    d = new_doc("Arial", 10)
    P(d, [R("MEHATRONISKO SISTĒMU TEHNIĶIS – MIP/PKE ekspertīze", b=1, size=12)])
    table(d, [
        [R("Eksperts", b=1), "Artūrs Vanags", R("Datums", b=1), "26.02.2026"],
        [R("LKI", b=1), "4", R("Nozare", b=1), "Mašīnbūve un metālapstrāde"],
    ], widths=[2.5, 5.5, 2.5, 6])
    P(d, "")
    table(d, [
        ["Atzinums (atzīmēt ar X)", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "X", "X"],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["Saturs nav atbalstāms", "X", ""],
        ["Piezīmes", "Sk. pievienoto komentāru failu (MST_komentari_AV.xlsx).", "—"],
    ], widths=[10.5, 3, 3], head=True, head_shade="D9D9D9")
    build("19_MST_ekspertize_Vanags_26feb", d, "Laura Krastiņa", T(2026, 2, 27, 9, 0),
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "unknown", "Artūrs Vanags", "2026-02-26", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Artūrs Vanags", "2026-02-26", 4)],
          problems=["conflict"],
          note="MIP column has X both at 'atbalstāms un virzāms' and 'nav atbalstāms'; the notes only point to an "
               "external file -> MIP unknown + conflict. PKE single X -> supported.")


# ==============================================================================================
# 20  NOT a review: assignment table
# ==============================================================================================
def f20():
    d = new_doc("Calibri", 10)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    P(d, [R("Ekspertu sadalījums MIP un PKE satura ekspertīzei (projekta 5. posms)", b=1, size=13)])
    P(d, "Sagatavoja: L. Krastiņa, LDDK projekta koordinatore, 02.04.2026.")
    table(d, [
        ["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Dokumentu saņemšana",
         "Atzinuma termiņš"],
        ["1.", "Kokapstrādes iekārtu operators", "3", "R. Sproģis", "G. Rozenberga", "08.04.", "22.04."],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "A. Krūmiņš", "G. Rozenberga", "08.04.", "30.04."],
        ["3.", "Būvizstrādājumu galdnieks", "4", "A. Krūmiņš", "A. Krūmiņš", "10.04.", "24.04."],
        ["4.", "Elektrotehniķis", "4", "—", "J. Ozoliņš", "05.05.", "19.05."],
        ["5.", "VGK iekārtu remontatslēdznieks", "3", "N. Lācis", "N. Lācis", "30.04.", "14.05."],
        ["6.", "Mehatronisko sistēmu tehniķis", "4", "I. Bite", "I. Bite", "20.05.", "03.06."],
    ], widths=[1, 6.5, 1.2, 3.3, 3.3, 3.5, 3.5], head=True, head_shade="DDEBF7")
    P(d, "")
    P(d, [R("Norādījumi ekspertiem", b=1)])
    for t in ["Atzinumu sagatavo LDDK veidlapā; katram dokumentam norāda vienu no variantiem: „saturs ir "
              "atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
              "saskaņošanai” vai „saturs nav atbalstāms”.",
              "Ja dokuments nav atbalstāms, pamatojumā norāda būtiskās nepilnības, lai darba grupa var tās "
              "novērst līdz atkārtotai ekspertīzei.",
              "Metodisko atbalstu veidlapas aizpildīšanā sniedz VISC projekta komanda.",
              "Elektrotehniķa MIP tiks nodots ekspertīzei 6. posmā."]:
        P(d, t, style="List Bullet")
    build("20_Ekspertu sadalijums 5.posms", d, "Laura Krastiņa", T(2026, 4, 2, 8, 30),
          rows=[], problems=["no_verdict"],
          note="NOT a review: coordinator's assignment table (qualification, experts, deadlines) with instructions "
               "listing all verdict options and 'metodisko atbalstu'. No rows; one no_verdict for the file.")


# ==============================================================================================
# 21  NOT a review: meeting minutes
# ==============================================================================================
def f21():
    d = new_doc("Times New Roman", 12)
    P(d, [R("PROTOKOLS Nr. 4", b=1, size=14)], align="c")
    P(d, "Nozaru ekspertu un darba grupu vadītāju tiešsaistes sanāksme", align="c")
    table(d, [
        [R("Datums", b=1), "03.03.2026., plkst. 10:00–11:30 (MS Teams)"],
        [R("Vada", b=1), "Laura Krastiņa (LDDK)"],
        [R("Piedalās", b=1), "E. Zālītis, N. Lācis, S. Vītola, J. Ozoliņš (enerģētika); I. Bite, A. Vanags "
                             "(mašīnbūve); Z. Mežule (VISC); darba grupu vadītāji"],
        [R("Protokolē", b=1), "Anita Celmiņa"],
    ], widths=[3.5, 13], style=None)
    P(d, "")
    P(d, [R("Darba kārtība", b=1)])
    for t in ["Ekspertīžu gaita enerģētikas un mašīnbūves nozarē.",
              "Atkārtotās ekspertīzes kārtība.",
              "Dažādi."]:
        P(d, t, style="List Number")
    P(d, [R("1. Ekspertīžu gaita", b=1)])
    P(d, "L. Krastiņa informēja, ka mehatronisko sistēmu tehniķa atzinumā MIP ailē atzīmēti divi varianti; "
         "ekspertam lūgts precizēt. S. Vītola informēja, ka elektrotehniķa MIP, visticamāk, nebūs atbalstāms "
         "bez būtiskas pārstrādes; galīgais atzinums tiks iesniegts līdz 6. martam.", align="j")
    P(d, "Z. Mežule uzsvēra, ka VISC sniegs metodisko atbalstu darba grupām mācību rezultātu formulēšanā.",
      align="j")
    P(d, [R("NOLĒMA: ", b=1), "atzinumā par katru dokumentu norādīt tikai vienu vērtējumu; ja saturs ir "
          "atbalstāms ar precizējumiem, precizējumus uzskaitīt numurētā sarakstā."], align="j")
    P(d, [R("2. Atkārtotā ekspertīze", b=1)])
    P(d, "Vienojās, ka atkārtotu ekspertīzi veic tas pats eksperts, kurš vērtēja iepriekšējo redakciju, un "
         "atzinumā norāda iepriekšējā atzinuma datumu.", align="j")
    P(d, [R("NOLĒMA: ", b=1), "pieņemt zināšanai."])
    P(d, "")
    P(d, "Protokolēja: A. Celmiņa", space_after=0)
    P(d, "Sanāksmes vadītāja: L. Krastiņa")
    build("21_Protokols_Nr4_ekspertu sanaksme_03032026", d, "Anita Celmiņa", T(2026, 3, 3, 14, 5),
          rows=[], problems=["no_verdict"],
          note="NOT a review: meeting minutes that mention verdict words (a forecast 'visticamāk, nebūs atbalstāms', "
               "the rule on one verdict per document, 'metodisko atbalstu'). No rows; one no_verdict.")


# ==============================================================================================
# 22  NOT a review: blank template with filling instructions
# ==============================================================================================
def f22():
    d = new_doc("Calibri", 11)
    header(d, [R("LDDK | Projekts Nr. 4.2.2.9/… | Ekspertīzes veidlapa v3", size=8)], align="r")
    P(d, [R("EKSPERTĪZES ATZINUMA VEIDLAPA (paraugs)", b=1, size=14)], align="c")
    P(d, [R("Aizpildīšanas norādījumi: ", b=1),
          "pelēkos laukus aizpilda eksperts. Katram vērtētajam dokumentam atzīmē tieši vienu izvēles rūtiņu. "
          "Ja dokuments netika vērtēts, rindu dzēš. Aizpildīto veidlapu nosūta koordinatoram .docx formātā, "
          "faila nosaukumā norādot kvalifikāciju un eksperta uzvārdu."], base={"size": 9}, align="j")
    table(d, [
        [R("Profesionālā kvalifikācija", b=1), "[kvalifikācijas nosaukums]"],
        [R("LKI līmenis", b=1), "[3 / 4 / 5]"],
        [R("Eksperts", b=1), "[Vārds Uzvārds]"],
        [R("Datums", b=1), "__.__.2026."],
    ], widths=[5, 11.5])
    P(d, "")
    table(d, [
        ["Atzinums", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", [CC(False)], [CC(False)]],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [CC(False)], [CC(False)]],
        ["Saturs nav atbalstāms", [CC(False)], [CC(False)]],
    ], widths=[11, 2.7, 2.7], head=True, head_shade="D9D9D9")
    P(d, "")
    P(d, [R("Paraugs aizpildīšanai: ", b=1, i=1),
          R("ja MIP ir atbalstāms, bet jāveic precizējumi, atzīmē otro rindu un precizējumus uzskaita "
            "sadaļā „Piezīmes”.", i=1)])
    P(d, [R("Piezīmes:", b=1)])
    P(d, "_______________________________________________________________")
    P(d, "_______________________________________________________________")
    build("22_Veidlapa_paraugs_v3_tuksa", d, "Laura Krastiņa", T(2026, 1, 14, 9, 0),
          rows=[], problems=["no_verdict"],
          note="NOT a review: the blank form template with filling instructions; all content-control checkboxes "
               "unchecked, placeholders for name/date, an example sentence using verdict words. No rows.")


# ==============================================================================================
# 23  NOT a review: call for experts on letterhead
# ==============================================================================================
def f23():
    d = new_doc("Calibri", 11)
    header(d, [R("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", b=1, size=12, color="1F3864"), BR(),
               R("Raiņa bulvāris 4, Rīga, LV-1050 · www.lddk.lv", size=8)], align="c")
    P(d, ["Rīgā, 2026. gada 15. janvārī", "\t\t\t\t\tNr. 2-11/26"])
    P(d, "")
    P(d, ["Nozaru asociācijām", BR(), "(pēc saraksta)"], align="r")
    P(d, "")
    P(d, [R("Par nozaru ekspertu deleģēšanu MIP un PKE satura ekspertīzei", b=1)])
    P(d, "Latvijas Darba devēju konfederācija kā sadarbības partneris turpina dalību 4.2.2. specifiskā atbalsta "
         "mērķa 4.2.2.9. pasākuma „Izglītības procesa individualizācija un starpnozaru sadarbība "
         "profesionālās izglītības izcilībai” īstenošanā.", align="j")
    P(d, "Aicinām līdz 2026. gada 30. janvārim deleģēt ekspertus, kuri izvērtēs profesionālās izglītības "
         "iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas "
         "eksāmenu (PKE) saturu šādās kvalifikācijās:", align="j")
    table(d, [
        ["Nozare", "Profesionālās kvalifikācijas"],
        ["Kokrūpniecība", "kokapstrādes iekārtu operators; datorizētu kokapstrādes iekārtu operators; "
                          "būvizstrādājumu galdnieks; meža mašīnu operators"],
        ["Enerģētika", "elektromontieris; elektrotehniķis; VGK iekārtu remontatslēdznieks; VGK sistēmu tehniķis"],
        ["Mašīnbūve un metālapstrāde", "mehatronisko sistēmu tehniķis"],
    ], widths=[5, 11.5], head=True)
    P(d, "")
    P(d, "Eksperts katram dokumentam sniedz atzinumu, vai tā saturs ir atbalstāms un virzāms saskaņošanai, "
         "atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Ekspertu darbs tiek atlīdzināts projekta "
         "ietvaros. Nozares, kas atbalsta iniciatīvu, lūdzam sniegt arī kontaktpersonu.", align="j")
    P(d, "")
    P(d, "Ģenerāldirektores vietniece izglītības jautājumos", space_after=0)
    P(d, "Ilona Zaķe")
    P(d, [R("Krastiņa 67225162, laura.krastina@lddk.lv", size=8)])
    build("23_LDDK vestule ekspertu deleģēšana", d, "LDDK", T(2026, 1, 15, 12, 0),
          rows=[], problems=["no_verdict"],
          note="NOT a review: letterhead call to sector associations to delegate experts; lists qualifications, the "
               "verdict options, 'specifiskā atbalsta mērķa', 'Nozares, kas atbalsta iniciatīvu'. No rows.")


# ==============================================================================================
# 24  expert-redesigned form with merged cells; remarks vs. conclusion (Slēdziens)
# ==============================================================================================
def f24():
    d = new_doc("Calibri", 11)
    P(d, [R("Būvizstrādājumu galdnieks (LKI 4) – ekspertīze", b=1, size=13)])
    table(d, [
        [R("Eksperte", b=1), "Līga Strautiņa", R("Datums", b=1), "17.02.2026."],
        [R("I. MODULĀRĀ IZGLĪTĪBAS PROGRAMMA", b=1), MERGE, MERGE, MERGE],
        ["Stiprās puses", ["Moduļi par kāpņu un durvju izgatavošanu ļoti labi; iekļauta CNC centru "
                           "izmantošana detaļu izgatavošanā."], MERGE, MERGE],
        ["Trūkumi", [["1. Modulis „Koka logu izgatavošana” pašreizējā redakcijā nav atbalstāms – tas "
                      "balstīts uz vienkāršo stiklojumu, ko nozarē vairs neražo."],
                     ["2. Nav darba aizsardzības moduļa par kokmateriālu putekļiem."],
                     ["3. Mācību prakses apjoms 320 st. – par maz."]], MERGE, MERGE],
        [R("Slēdziens par MIP", b=1),
         [[R("Kopumā programma ir atbalstāma; pēc 1.–3. punktā minēto precizējumu veikšanas virzāma "
             "saskaņošanai.", b=1)]], MERGE, MERGE],
        [R("II. KVALIFIKĀCIJAS EKSĀMENS", b=1), MERGE, MERGE, MERGE],
        ["Trūkumi", [["Praktiskais uzdevums ir mēbeļu, nevis būvizstrādājumu izgatavošana (skapītis ar "
                      "durtiņām). Teorētiskā daļa neaptver būvizstrādājumu montāžu objektā. Vērtēšanas lapa "
                      "aizgūta no mēbeļu galdnieka eksāmena."]], MERGE, MERGE],
        [R("Slēdziens par PKE", b=1),
         [[R("Eksāmena saturu neatbalstu – jāizstrādā no jauna atbilstoši būvizstrādājumu galdnieka "
             "kvalifikācijas prasībām.", b=1)]], MERGE, MERGE],
    ], widths=[4, 6, 2.5, 4])
    build("24_buvizstradajumu galdnieks_Strautina_ekspertize", d, "Līga Strautiņa", T(2026, 2, 17, 21, 40),
          rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Līga Strautiņa", "2026-02-17", 4),
                ("būvizstrādājumu galdnieks", "PKE", "not_supported", "Līga Strautiņa", "2026-02-17", 4)],
          note="Expert-redesigned form with merged section rows. MIP remarks say one module 'nav atbalstāms', but the "
               "'Slēdziens par MIP' row (atbalstāma; pēc precizējumu ... virzāma) outranks it. PKE 'neatbalstu'.")


# ==============================================================================================
# 25  ✓ marks; alias; name in "Eksperts (vārds, uzvārds)" label cell
# ==============================================================================================
def f25():
    d = new_doc("Calibri", 11)
    P(d, [R("Atkārtota ekspertīze", b=1, size=13)])
    table(d, [
        [R("Kvalifikācija", b=1), "VGK iekārtu remontatslēdznieks (LKI 3)"],
        [R("Eksperts (vārds, uzvārds)", b=1), "Normunds Lācis"],
        [R("Datums", b=1), "14.05.2026."],
        [R("Iepriekšējais atzinums", b=1), "31.03.2026. (MIP – atbalstāms; PKE – pēc precizējumiem)"],
    ], widths=[5, 11.5])
    P(d, "")
    table(d, [
        ["", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, pēc precizējumiem virzāms saskaņošanai",
         "Nav atbalstāms"],
        ["MIP", "\u2713", "", ""],
        ["PKE", "\u2713", "", ""],
    ], widths=[2, 5, 5.5, 4], head=True, head_shade="E2EFD9")
    P(d, "")
    P(d, "PKE precizējumi veikti: aukstumaģents R32, 1,2 kg; noplūdes pārbaudes protokola paraugs pievienots. "
         "MIP nav mainīts kopš iepriekšējās redakcijas – atzinums nemainās.")
    build("25_VGK remontatslēdznieks_atkārtoti_Lacis", d, "Normunds Lācis", T(2026, 5, 14, 10, 10),
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
                 "Normunds Lācis", "2026-05-14", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported",
                 "Normunds Lācis", "2026-05-14", 3)],
          note="✓ marks under option columns; alias 'VGK iekārtu remontatslēdznieks'. A labelled 'Iepriekšējais "
               "atzinums' row gives the earlier verdicts (history). MIP re-confirmed in the ✓ table, so it has a row.")


# ==============================================================================================
# 26  nested table inside a cell; no expert name anywhere
# ==============================================================================================
def f26():
    d = new_doc("Calibri", 11)
    P(d, [R("Koka izstrādājumu ražošanas tehniķis", b=1, size=13), " — MIP un PKE satura vērtējums"])
    P(d, "Datums: 2026. gada 15. maijs")
    outer = d.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    set_cell(outer.cell(0, 0), [[R("Dokuments", b=1)]])
    set_cell(outer.cell(0, 1), [[R("Vērtējums un piezīmes", b=1)]])
    for i, (doc_name, marks, note) in enumerate([
        ("MIP (2. redakcija)", ("", "X", ""),
         "Atbilst LKI 4. līmenim. Jāpapildina modulis „Ražošanas kvalitātes vadība” ar mitruma mērījumiem "
         "un jānorāda, kā tiek vērtēta prakse uzņēmumā."),
        ("PKE (2. redakcija)", ("", "X", ""),
         "Tehnoloģiskās kartes uzdevums iekļauts, pielaides norādītas. Vēl jāsabalansē punkti: teorija 40, "
         "prakse 60."),
    ], start=1):
        set_cell(outer.cell(i, 0), doc_name)
        c = outer.cell(i, 1)
        inner = c.add_table(rows=3, cols=2)
        inner.style = "Table Grid"
        for j, opt in enumerate(["atbalstāms un virzāms saskaņošanai",
                                 "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                 "nav atbalstāms"]):
            set_cell(inner.cell(j, 0), opt)
            set_cell(inner.cell(j, 1), marks[j])
        c.add_paragraph(note)
    for row in outer.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12.5)
    build("26_KIRT_MIP_PKE_2redakcija", d, "Laura Krastiņa", T(2026, 5, 15, 13, 0),
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "", "2026-05-15", 4),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "", "2026-05-15", 4)],
          note="Options in a nested table inside the verdict cell, 'X' on the middle option. The review names no "
               "expert anywhere (core author is the coordinator) -> expert empty. LKI from the body text (4).")


# ==============================================================================================
# 27  Gmail, no diacritics, PKE only (MIP explicitly done earlier)
# ==============================================================================================
def f27():
    d = new_doc("Arial", 10)
    P(d, [R("Gmail", b=1, color="D93025"), "\t\t\t\t\t\tMaris Berzins <maris.berzins.mez@gmail.com>"])
    P(d, [R("Re: motorzaga operators - PKE labota versija", b=1, size=13)])
    P(d, "2 messages", space_after=6)
    P(d, [R("Maris Berzins", b=1), " <maris.berzins.mez@gmail.com>\t\tTue, Mar 10, 2026 at 7:48 AM"], space_after=0)
    P(d, "To: Laura Krastina <laura.krastina@lddk.lv>")
    P(d, "Labrit,")
    P(d, "paskatijos labojumus PKE - gasanas uzdevumam tagad ir caurmers un bistama zona, vertesanas lapa "
         "sadalita pa punktiem, testa jautajumi izlaboti. Viss kartiba, eksamenu atbalstu un var virzit "
         "saskanosanai.")
    P(d, "MIP jau atbalstiju februari, tur nekas nav mainits, tapec to atkartoti neskatiju.")
    P(d, "Maris")
    P(d, "")
    P(d, "On Fri, Mar 6, 2026 at 3:22 PM Laura Krastiņa <laura.krastina@lddk.lv> wrote:",
      base={"color": "5F6368"})
    for t in ["> Māri, sveiki!",
              "> Skola atsūtīja motorzāģa operatora PKE labojumus pēc Tava 20.02. atzinuma. Vai vari paskatīties, "
              "vai tagad eksāmens ir atbalstāms un virzāms saskaņošanai?",
              "> Paldies, Laura"]:
        P(d, t, space_after=0, base={"color": "5F6368"})
    build("27_Re motorzaga operators PKE labota versija", d, "", T(2026, 3, 10, 8, 15),
          rows=[("motorzāģa operators", "PKE", "supported", "Maris Berzins", "2026-03-10", 3)],
          note="Gmail print without diacritics; PKE second round 'eksamenu atbalstu un var virzit saskanosanai'. MIP "
               "explicitly not re-reviewed -> no MIP row. Expert name as written without diacritics.")


# ==============================================================================================
# 28  two qualifications in sections (one not in the register); name in page header + signature
# ==============================================================================================
def f28():
    d = new_doc("Calibri", 11)
    header(d, [R("Mašīnbūves un metālapstrādes nozares eksperte Ilze Bite", size=9)], align="r")
    P(d, [R("Ekspertīzes atzinumi", b=1, size=14)])
    P(d, "Šajā dokumentā apkopoti atzinumi par divām kvalifikācijām, kuru dokumentus saņēmu 2026. gada maijā.")
    P(d, [R("1. Mehatronisko sistēmu tehniķis (LKI 4) – atkārtota ekspertīze", b=1)])
    table(d, [
        ["Dokuments", "Atzinums", "Komentārs"],
        ["MIP", "atbalstāms un virzāms saskaņošanai", "Drošības sistēmas robotu modulī iekļautas."],
        ["PKE", "atbalstāms un virzāms saskaņošanai", "PLC aprīkojums norādīts (Siemens S7-1200 vai "
                                                        "līdzvērtīgs); punktu sadalījums izlabots."],
    ], widths=[2.5, 6, 8], head=True, head_shade="FFF2CC")
    P(d, "")
    P(d, [R("2. Metinātājs (LKI 3)", b=1)])
    table(d, [
        ["Dokuments", "Atzinums", "Komentārs"],
        ["MIP", "atbalstāms un virzāms saskaņošanai", "Moduļi MAG, TIG un MMA metināšanai atbilst LVS EN ISO "
                                                        "9606-1 prasībām."],
        ["PKE", "nav atbalstāms", "Praktiskajā daļā paredzēta tikai viena metināšanas pozīcija (PA) un nav "
                                  "vizuālās kontroles un lieces testa. Eksāmens nenodrošina metinātāja "
                                  "kvalifikācijas prasību pārbaudi – jāpārstrādā."],
    ], widths=[2.5, 6, 8], head=True, head_shade="FFF2CC")
    P(d, "")
    P(d, "Ilze Bite", space_after=0)
    P(d, "02.06.2026.")
    build("28_Mehatronika_Metinatajs_atzinumi_Bite", d, "Ilze Bite", T(2026, 6, 2, 17, 0),
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Ilze Bite", "2026-06-02", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Ilze Bite", "2026-06-02", 4),
                ("metinātājs", "MIP", "supported", "Ilze Bite", "2026-06-02", 3),
                ("metinātājs", "PKE", "not_supported", "Ilze Bite", "2026-06-02", 3)],
          problems=["unknown_qualification"],
          note="Two qualifications in their own sections/tables; 'metinātājs' is not in the register -> "
               "unknown_qualification, LKI 3 from the review. Name in page header and under the text.")


# ==============================================================================================
# 29  old PKL level; chosen option in bold ("atbilstošo izcelt treknrakstā")
# ==============================================================================================
def f29():
    d = new_doc("Times New Roman", 12)
    P(d, [R("Eksperta atzinums", b=1, size=14)], align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Elektrotehniķis"],
        ["Kvalifikācijas līmenis", "3. PKL"],
        ["Eksperts", "Edgars Zālītis"],
        ["Datums", "11.06.2026."],
    ], widths=[6, 10.5])
    P(d, "")
    P(d, [R("Atzinums par MIP ", b=1), R("(atbilstošo izcelt treknrakstā)", i=1, size=10)])
    P(d, [R("Saturs ir atbalstāms un virzāms saskaņošanai", b=1)], space_after=0)
    P(d, ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, ["Saturs nav atbalstāms"])
    P(d, [R("Atzinums par PKE ", b=1), R("(atbilstošo izcelt treknrakstā)", i=1, size=10)])
    P(d, [R("Saturs ir atbalstāms un virzāms saskaņošanai", b=1)], space_after=0)
    P(d, ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, ["Saturs nav atbalstāms"])
    P(d, "")
    P(d, "Darba grupa pilnībā pārstrādāja abus dokumentus. Atjaunīgās enerģijas un viedās uzskaites moduļi "
         "iekļauti, eksāmena praktiskajā daļā ir relejaizsardzības pārbaude. Piezīmju nav.", align="j")
    build("29_Elektrotehnikis_MIP_PKE_Zalitis_jun", d, "Edgars Zālītis", T(2026, 6, 11, 9, 45),
          rows=[("elektrotehniķis", "MIP", "supported", "Edgars Zālītis", "2026-06-11", 4),
                ("elektrotehniķis", "PKE", "supported", "Edgars Zālītis", "2026-06-11", 4)],
          note="Old level notation '3. PKL' (= LKI 4). All options printed; chosen one in bold per the printed "
               "instruction 'atbilstošo izcelt treknrakstā'.")


# ==============================================================================================
# 30  summary table whose notes hold history and a verdict split over runs
# ==============================================================================================
def f30():
    d = new_doc("Calibri", 11)
    P(d, [R("Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa (LKI 4) MIP un PKE atkārtotā ekspertīze",
            b=1, size=13)])
    table(d, [
        ["Dokuments", "Atzinums", "Piezīmes"],
        ["MIP", [["atbal", "stāms un virz", "āms saskaņošanai"]],
         "Iepriekšējā redakcijā (31.03.) netika atbalstīts. Skola pievienoja moduļus par sistēmu regulēšanu un "
         "energoefektivitāti – iebildumu vairs nav."],
        ["PKE", "atbalstāms; virzāms saskaņošanai pēc precizējumu veikšanas",
         "Iepriekš arī nebija atbalstīts. Tagad labāk, bet jāprecizē: 1) gaisa daudzuma mērījumu uzdevumā "
         "jānorāda mērinstrumenti; 2) vērtēšanas lapā jāizlabo punktu summa (102 vietā 100)."],
    ], widths=[2.5, 5.5, 8.5], head=True, head_shade="D9E2F3")
    P(d, "")
    table(d, [
        [R("Paraksts / datums", b=1), "Normunds Lācis   22.05.2026."],
    ], widths=[4.5, 12])
    build("30_VGK_sistemu_tehnikis_atkartota_ekspertize_Lacis", d, "Normunds Lācis", T(2026, 5, 22, 11, 5),
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Normunds Lācis",
                 "2026-05-22", 4),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
                 "Normunds Lācis", "2026-05-22", 4)],
          note="Summary table whose notes column mentions the earlier round ('netika atbalstīts', 'nebija "
               "atbalstīts') - history, not verdicts. MIP verdict split over three runs. Condition in PKE cell.")


# ==============================================================================================
# 31  very short e-mail reply; qualification only in the subject line
# ==============================================================================================
def f31():
    d = new_doc("Calibri", 11)
    for lab, val in [("No:", "Līga Strautiņa <liga.strautina@mebelukoks.lv>"),
                     ("Nosūtīts:", "piektdiena, 2026. gada 8. maijs 08:41"),
                     ("Kam:", "Laura Krastiņa"),
                     ("Tēma:", "RE: Ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)")]:
        P(d, [R(lab + " ", b=1), val], space_after=0)
    P(d, "")
    P(d, "Labdien!")
    P(d, "Abus dokumentus atbalstu bez precizējumiem, var virzīt saskaņošanai. Viss, kas bija iepriekš "
         "norādīts, ir izlabots.")
    P(d, "Līga")
    build("31_RE Ekspertize - kokapstrades iekartu operators", d, "Laura Krastiņa", T(2026, 5, 8, 9, 2),
          rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Līga Strautiņa", "2026-05-08", 3),
                ("kokapstrādes iekārtu operators", "PKE", "supported", "Līga Strautiņa", "2026-05-08", 3)],
          note="Very short Outlook reply: 'Abus dokumentus atbalstu bez precizējumiem' covers both MIP and PKE named "
               "in the subject. Full name only in the 'No:' header line; signature is a first name.")


# ==============================================================================================
# 32  options as rows, expert wrote Jā / Nē against each; PKE only
# ==============================================================================================
def f32():
    d = new_doc("Calibri", 11)
    P(d, [R("PKE satura ekspertīze", b=1, size=13)])
    table(d, [
        [R("Kvalifikācija:", b=1), "datorizētu kokapstrādes iekārtu operators (4. LKI līmenis)"],
        [R("Piezīme:", b=1), "MIP ekspertīzi veic A. Krūmiņš; šis atzinums – tikai par eksāmenu."],
    ], widths=[3.5, 13], style=None)
    P(d, "")
    table(d, [
        ["Vērtējuma variants", "Jā / Nē"],
        ["PKE saturs ir atbalstāms un virzāms saskaņošanai", "Nē"],
        ["PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Jā"],
        ["PKE saturs nav atbalstāms", "Nē"],
    ], widths=[13, 3.5], head=True, head_shade="EDEDED")
    P(d, "")
    P(d, [R("Precizējumi:", b=1), " praktiskajā uzdevumā jāpievieno rasējums ar pielaidēm (.dxf un .pdf), "
          "jānorāda sagataves materiāls (MDF 18 mm) un jāparedz laiks CNC programmas simulācijai pirms "
          "apstrādes."])
    P(d, "")
    table(d, [
        ["Paraksts / datums", "Gunta Rozenberga / 30.04.2026"],
    ], widths=[4.5, 12])
    build("32_DKIO_PKE_Rozenberga", d, "Gunta Rozenberga", T(2026, 4, 30, 22, 5),
          rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Gunta Rozenberga",
                 "2026-04-30", 4)],
          note="Options listed as rows; the expert answered Jā/Nē for each (Jā on 'pēc precizējumu'). PKE only, MIP "
               "explicitly by another expert -> no MIP row. Qualification lower-case in a key/value table.")


# ==============================================================================================
# 33  several wood qualifications; abbreviated verdict codes with a legend
# ==============================================================================================
def f33():
    d = new_doc("Calibri", 10)
    P(d, [R("Kokrūpniecības nozares ekspertīžu rezultāti – eksperta M. Bērziņa atzinumi", b=1, size=13)])
    P(d, [R("Apzīmējumi: ", b=1), "A – saturs ir atbalstāms un virzāms saskaņošanai; "
          "AP – saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms."],
      base={"size": 9})
    table(d, [
        ["Kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
        ["Motorzāģa operators", "3", "A", "A", "Tālākizglītības programma (480 st.)."],
        ["Meža mašīnu operators", "3", "AP", "—", "PKE nav saņemts, tiks vērtēts atsevišķi. MIP: precizēt "
                                                   "simulatora stundu skaitu."],
        ["Mežsaimniecības tehniķis", "4", "A", "AP", "PKE: jāpievieno vērtēšanas kritēriji mežaudzes "
                                                      "novērtējumam."],
        ["Kokapstrādes iekārtu operators", "3", "N", "AP", "MIP balstīts uz novecojušu standartu, nav iekļauta "
                                                            "darba ar CNC iekārtām ievaddaļa."],
    ], widths=[4.5, 1, 1.5, 1.5, 8], head=True, head_shade="E2EFD9")
    P(d, "")
    table(d, [
        [R("Paraksts / datums", b=1), "M. Bērziņš / 2026-06-25"],
    ], widths=[4.5, 12])
    ex, dd = "M. Bērziņš", "2026-06-25"
    build("33_Kokrupnieciba_rezultati_Berzins", d, "Laura Krastiņa", T(2026, 6, 26, 9, 30), last_by="Māris Bērziņš",
          rows=[("motorzāģa operators", "MIP", "supported", ex, dd, 3),
                ("motorzāģa operators", "PKE", "supported", ex, dd, 3),
                ("meža mašīnu operators", "MIP", "needs_corrections", ex, dd, 3),
                ("mežsaimniecības tehniķis", "MIP", "supported", ex, dd, 4),
                ("mežsaimniecības tehniķis", "PKE", "needs_corrections", ex, dd, 4),
                ("kokapstrādes iekārtu operators", "MIP", "not_supported", ex, dd, 3),
                ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", ex, dd, 3)],
          note="One expert's table for four qualifications with verdict codes A/AP/N explained in a legend. Meža "
               "mašīnu operators PKE 'nav saņemts' -> no PKE row. Expert as 'M. Bērziņš' in the Paraksts/datums "
               "cell (title uses genitive 'M. Bērziņa').")


# ==============================================================================================
# 34  company letterhead; "atbalsta" with its own subject; conclusion section
# ==============================================================================================
def f34():
    d = new_doc("Calibri", 11)
    header(d, [R("SIA „Elektrovide”", b=1, size=13, color="C00000"), "   ",
               R("Elektromontāža · apkope · mērījumi", size=9), BR(),
               R("Brīvības gatve 301, Rīga, LV-1006 · tālr. 67 000 111", size=8)])
    footer(d, [R("SIA „Elektrovide” · Reģ. Nr. 40103765432 · AS Swedbank LV00HABA0000000000000", size=7)],
           align="c")
    P(d, ["Rīgā, 03.06.2026."])
    P(d, "")
    P(d, [R("Nozares eksperta atzinums par elektromontiera MIP un PKE saturu", b=1)])
    P(d, "Nozares uzņēmumi, tostarp SIA „Elektrovide”, atbalsta elektromontieru sagatavošanu profesionālajā "
         "tālākizglītībā, jo darbaspēka trūkums ir akūts. Tāpēc īpaši rūpīgi izvērtēju, vai darba grupas "
         "piedāvātais saturs sagatavos darbam objektā gatavu speciālistu.", align="j")
    table(d, [
        [R("Vērtētais dokuments", b=1), R("Konstatētais", b=1)],
        ["MIP (tālākizglītības programma, 640 st.)",
         "Nav nošķirtas prasmes darbam ar spriegumu līdz 1 kV un virs tā; moduļos nav paredzēta "
         "elektrodrošības grupas iegūšana; praktisko mācību daļa uzņēmumā nav aprakstīta."],
        ["PKE", "Eksāmena uzdevumi atbilst kvalifikācijai; labojumi pēc iepriekšējā atzinuma veikti."],
    ], widths=[5, 11.5])
    P(d, "")
    P(d, [R("Secinājumi", b=1)])
    P(d, "1. Modulārā izglītības programma pašreizējā redakcijā nevar tikt atbalstīta; tā jāpārstrādā un "
         "jāiesniedz atkārtotai ekspertīzei.", align="j")
    P(d, "2. Pret profesionālās kvalifikācijas eksāmena saturu iebildumu nav, to var virzīt saskaņošanai.",
      align="j")
    P(d, "")
    table(d, [
        ["Eksperte:", "Sandra Vītola, SIA „Elektrovide” tehniskā direktore"],
    ], widths=[3, 13.5], style=None)
    build("34_Elektrovide_atzinums elektromontieris_galigais", d, "Sandra Vītola", T(2026, 6, 3, 16, 20),
          rows=[("elektromontieris", "MIP", "not_supported", "Sandra Vītola", "2026-06-03", 3),
                ("elektromontieris", "PKE", "supported", "Sandra Vītola", "2026-06-03", 3)],
          note="Company letterhead (header+footer). Trap: 'Nozares uzņēmumi ... atbalsta elektromontieru "
               "sagatavošanu' (3rd person). Conclusions: MIP 'nevar tikt atbalstīta' (negation with words between), "
               "PKE 'iebildumu nav, to var virzīt saskaņošanai' (positive). LKI from register (3).")


# ==============================================================================================
def main():
    for name in sorted(k for k in globals() if k.startswith("f") and k[1:].isdigit()):
        globals()[name]()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# r21b — blind set: forms and tables\n\n")
        fh.write("Built by `build.py` (python-docx + raw WordprocessingML). Gold labels: `expected.csv`, "
                 "`expected_problems.csv`.\n\n")
        fh.write("%d files, %d gold rows, %d problem rows; non-reviews: 20, 21, 22, 23.\n\n"
                 % (len(FILES), len(ROWS), len(PROBLEMS)))
        fh.write("| file | design and judgement calls |\n|---|---|\n")
        for f, n in NOTES:
            fh.write("| %s | %s |\n" % (f, n.replace("|", "\\|")))
    print(len(FILES), "files,", len(ROWS), "rows,", len(PROBLEMS), "problems")


if __name__ == "__main__":
    main()
