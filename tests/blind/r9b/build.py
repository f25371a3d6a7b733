# -*- coding: utf-8 -*-
"""Build the r9b blind evaluation set: forms and tables filled in by sector experts.

Run:  /work/hvenv/bin/python build.py
Every file is built by one function that ends in a build(name, doc, rows=[...], problems=[...], note=...)
call, so the gold labels sit next to the code that produces the document.
rows: (qualification, document, verdict, expert, date, lki_level)
"""
import csv
import datetime as dt
import itertools
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r9b"
ROWS, PROBLEMS, README, FILES = [], [], [], []
_ids = itertools.count(101)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
class Raw(list):
    """A list of raw WordprocessingML elements to append to a paragraph."""


class Pa:
    """A paragraph spec with paragraph-level options (used inside cells)."""

    def __init__(self, content, align=None, style=None, size=None):
        self.content, self.align, self.style, self.size = content, align, style, size


def new_doc(author, created, font="Calibri", size=11, title="", margins=None, landscape=False):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=47)
    cp.title = title
    cp.revision = 2
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    m = margins or (2, 2, 3, 1.5)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Cm(x) for x in m)
    if landscape:
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    return d


def fmt_run(r, fmt, size=None, color=None):
    if "b" in fmt:
        r.bold = True
    if "i" in fmt:
        r.italic = True
    if "u" in fmt:
        r.underline = True
    if "s" in fmt:
        r.font.strike = True
    if "G" in fmt:
        _font(r, "MS Gothic")
    if "S" in fmt:
        _font(r, "Segoe UI Symbol")
    if "A" in fmt:
        _font(r, "Arial")
    if "C" in fmt:
        _font(r, "Courier New")
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def _font(r, name):
    r.font.name = name
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), name)
    rf.set(qn("w:hint"), "eastAsia")


def runs(par, content):
    if content is None:
        return
    if isinstance(content, (str, tuple, Raw)) or hasattr(content, "tag"):
        content = [content]
    for it in content:
        if isinstance(it, Raw):
            for e in it:
                par._p.append(e)
        elif isinstance(it, str):
            par.add_run(it)
        elif isinstance(it, tuple):
            r = par.add_run(it[0])
            fmt_run(r, it[1], *(it[2:] if len(it) > 2 else ()))
        else:
            par._p.append(it)


def P(cont, content=None, style=None, align=None, size=None, bold=False, italic=False,
      space_after=None, space_before=None, border_bottom=False):
    par = cont.add_paragraph(style=style) if style else cont.add_paragraph()
    runs(par, content)
    if align is not None:
        par.alignment = align
    if size or bold or italic:
        for r in par.runs:
            if size:
                r.font.size = Pt(size)
            if bold:
                r.bold = True
            if italic:
                r.italic = True
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        par.paragraph_format.space_before = Pt(space_before)
    if border_bottom:
        bottom_border(par)
    return par


def bottom_border(par, sz=8):
    ppr = par._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/></w:pBdr>'))


def fill(cell, spec):
    if callable(spec):
        spec(cell)
        return
    paras = spec if isinstance(spec, list) else [spec]
    for i, pc in enumerate(paras):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if isinstance(pc, Pa):
            if pc.style:
                par.style = pc.style
            runs(par, pc.content)
            if pc.align is not None:
                par.alignment = pc.align
            if pc.size:
                for r in par.runs:
                    r.font.size = Pt(pc.size)
        else:
            runs(par, pc)


def shade(cell, color="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def T(cont, rows, widths=None, style="Table Grid", shade_col0=None, shade_row0=None, size=None,
      width=None, merges=()):
    """rows: list of rows; a row shorter than the widest one has its last cell spanning to the end.
    merges: extra ((r1, c1), (r2, c2)) merges (done before filling; the spec of the origin is used)."""
    ncols = max(len(r) for r in rows)
    if width is not None:
        t = cont.add_table(len(rows), ncols, width)
    else:
        t = cont.add_table(len(rows), ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        if len(row) < ncols:
            t.cell(i, len(row) - 1).merge(t.cell(i, ncols - 1))
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    done = []
    for i, row in enumerate(rows):
        for j, spec in enumerate(row):
            c = t.cell(i, j)
            if spec is None or any(c._tc is x for x in done):
                continue
            done.append(c._tc)  # keep the proxy alive so identity checks stay valid
            fill(c, spec)
            if size:
                for par in c.paragraphs:
                    for r in par.runs:
                        if r.font.size is None:
                            r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    if shade_col0:
        for i in range(len(rows)):
            shade(t.cell(i, 0), shade_col0)
    if shade_row0:
        for j in range(ncols):
            shade(t.cell(0, j), shade_row0)
    return t


def sym(char="F0FE", font="Wingdings"):
    return parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
        f'<w:sym w:font="{font}" w:char="{char}"/></w:r>')


def sdt_cb(checked):
    n = next(_ids)
    g = "\u2612" if checked else "\u2610"
    return parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:id w:val="-{1900000 + n}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')


def form_cb(checked, how="default"):
    """Legacy FORMCHECKBOX field. how='default' stores the state in w:default,
    how='checked' keeps w:default=0 and adds w:checked."""
    n = next(_ids)
    if how == "default":
        state = f'<w:default w:val="{1 if checked else 0}"/>'
    else:
        state = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
    return Raw([
        parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
                  f'<w:name w:val="Check{n}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                  f'<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'),
        parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
        parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'),
    ])


def _rpr(fmt):
    s = ""
    if "b" in fmt:
        s += "<w:b/>"
    if "s" in fmt:
        s += "<w:strike/>"
    if "u" in fmt:
        s += '<w:u w:val="single"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def INS(text, author, date, fmt=""):
    return parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(fmt)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')


def DEL(text, author, date, fmt=""):
    return parse_xml(
        f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(author)}" w:date="{date}">'
        f'<w:r>{_rpr(fmt)}<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def header_text(doc, lines, footer=False, align=None, size=9, border=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for ln in lines:
        par = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        runs(par, ln)
        for r in par.runs:
            if r.font.size is None:
                r.font.size = Pt(size)
        if align is not None:
            par.alignment = align
    if border:
        bottom_border(hf.paragraphs[-1])
    return hf


def build(name, doc, rows=(), problems=(), note=""):
    assert name.startswith(PREFIX), name
    path = os.path.join(OUT, name)
    doc.save(path)
    FILES.append(name)
    for r in rows:
        q, d, v, e, date, lki = r
        assert d in ("MIP", "PKE"), r
        assert v in ("supported", "needs_corrections", "not_supported", "unknown"), r
        ROWS.append([name, q, d, v, e, date, lki])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict"), c
        PROBLEMS.append([name, c])
    README.append((name, note))


def D(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


KOORD = "Ieva Saulīte"      # LDDK project coordinator (forwards files)
KOORD2 = "Kristaps Grīnbergs"  # LDDK sector coordinator


# ----------------------------------------------------------------------------------------------
# 01  key/value table (value right) + summary table Dokuments | Vērtējums | Piezīmes
# ----------------------------------------------------------------------------------------------
def f01():
    d = new_doc(KOORD, D(2026, 1, 15, 8, 40), font="Times New Roman", size=12)
    P(d, ("EKSPERTĪZES ATZINUMS", "b", 14), align=CENTER, space_after=0)
    P(d, "par modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu",
      align=CENTER, italic=True)
    T(d, [
        ["Profesionālā kvalifikācija", ("Motorzāģa operators", "b")],
        ["LKI līmenis", "3"],
        ["Nozare", "Kokrūpniecība"],
        ["Izglītības iestādes darba grupa", "PIKC “Saldus tehnikums” (darba grupas vadītājs M. Ozols)"],
        ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
        ["Atzinuma datums", "14.01.2026."],
    ], widths=[6, 10.5], shade_col0="E7E6E6")
    P(d, "")
    P(d, ("1. Vērtējuma kopsavilkums", "b"))
    T(d, [
        [("Dokuments", "b"), ("Vērtējums", "b"), ("Piezīmes", "b")],
        ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         ["Modulī „Koku gāšana un atzarošana” jāpapildina darba drošības prasības (gāšanas ķīļu un sviru "
          "lietošana, bīstamā zona).",
          "Normatīvo aktu sarakstā vēl norādīti 2012. gada MK noteikumi – jāaktualizē."]],
        ["PKE", "Atbalstāms un virzāms saskaņošanai",
         "Praktiskā uzdevuma vērtēšanas kritēriji saprotami un samērīgi, iebildumu nav."],
    ], widths=[2.2, 6, 8.3], shade_row0="E7E6E6", size=11)
    P(d, "")
    P(d, ("2. Detalizētas piezīmes", "b"))
    P(d, "Programmas struktūra kopumā atbilst profesijas standartam un nozares kvalifikāciju struktūrai. "
         "Pozitīvi vērtējams, ka darba vidē balstītām mācībām paredzēti 40 % no praktisko mācību apjoma.")
    P(d, "Modulī „Motorzāģa apkope” ieteicams iekļaut arī akumulatora motorzāģu apkopi, jo uzņēmumi "
         "tos izmanto arvien vairāk (ieteikums, nav obligāts).")
    P(d, "Eksāmena teorētiskās daļas testā 30 jautājumi, tie aptver visus moduļus.")
    build("r9b01_Atzinums_Motorzaga operators_Kalnina.docx", d, rows=[
        ("motorzāģa operators", "MIP", "needs_corrections", "Ilze Kalniņa", "2026-01-14", 3),
        ("motorzāģa operators", "PKE", "supported", "Ilze Kalniņa", "2026-01-14", 3),
    ], note="Key/value table with the value to the right; summary table Dokuments|Vērtējums|Piezīmes. "
            "Author = coordinator. An optional recommendation in the body does not change the PKE/MIP cells.")


# ----------------------------------------------------------------------------------------------
# 02  option grid with ☒/☐ typed as text (MS Gothic); name + date in Eksperts / Paraksts/datums cells
# ----------------------------------------------------------------------------------------------
def f02():
    d = new_doc("Aigars Strautiņš", D(2026, 2, 3, 16, 5), font="Arial", size=10)
    P(d, ("Nozares eksperta vērtējuma veidlapa", "b", 13))
    P(d, ["Kvalifikācija: ", ("mežsaimniecības tehniķis", "b"), " (LKI 4. līmenis)"])
    P(d, "Vērtētie dokumenti: modulārā izglītības programma (MIP) un profesionālās kvalifikācijas "
         "eksāmena (PKE) saturs, darba grupas 2026. gada janvāra redakcija.")
    P(d, ("Vērtējums (atzīmēt ar ☒ katram dokumentam)", "i"))
    E, X = ("\u2610", "G"), ("\u2612", "G")
    T(d, [
        [("Vērtējuma variants", "b"), Pa(("MIP", "b"), CENTER), Pa(("PKE", "b"), CENTER)],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", Pa(E, CENTER), Pa(X, CENTER)],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", Pa(X, CENTER), Pa(E, CENTER)],
        ["Saturs nav atbalstāms", Pa(E, CENTER), Pa(E, CENTER)],
    ], widths=[11, 2.5, 2.5], shade_row0="DEEAF6")
    P(d, "")
    T(d, [
        [("Pamatojums / nepieciešamie precizējumi", "b")],
        [["MIP: moduļos „Meža inventarizācija” un „Mežizstrādes plānošana” nav ietverta ĢIS rīku un "
          "tālizpētes datu izmantošana, kas nozarē ir ikdiena. Jāprecizē arī stundu sadalījums starp "
          "teorētiskajām un praktiskajām mācībām 3. kursā (kopsumma nesakrīt ar mācību plānu).",
          "PKE: bez iebildumiem; uzdevumi atbilst 4. līmenim."]],
    ], widths=[16])
    P(d, "")
    T(d, [
        [("Eksperts", "b"), ("Paraksts / datums", "b")],
        ["Aigars Strautiņš", "(paraksts)     2026. gada 3. februārī"],
    ], widths=[8, 8])
    build("r9b02_Mežsaimniecības tehniķis_MIP_PKE_vertejums.docx", d, rows=[
        ("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Aigars Strautiņš", "2026-02-03", 4),
        ("mežsaimniecības tehniķis", "PKE", "supported", "Aigars Strautiņš", "2026-02-03", 4),
    ], note="All three options printed in a grid with MIP and PKE columns; ☒/☐ typed as MS Gothic text. "
            "Name in the 'Eksperts' cell, date in a 'Paraksts / datums' cell.")


# ----------------------------------------------------------------------------------------------
# 03  content-control checkboxes; expert name only in page header, date only in footer
# ----------------------------------------------------------------------------------------------
def f03():
    d = new_doc("", D(2026, 2, 19, 11, 20))
    header_text(d, [["LDDK  |  Enerģētikas nozares eksperts: ", ("Normunds Vilciņš", "b")]], border=True)
    header_text(d, ["Atzinums sagatavots 19.02.2026."], footer=True, align=RIGHT, size=8)
    P(d, ("Atzinums par PK „Elektromontieris” MIP un PKE saturu", "b", 13))
    P(d, "Līmenis: 3. LKI   ·   Iesniedza: Rīgas Valsts tehnikuma un RTU Olaines Tehnoloģiju koledžas "
         "kopīgā darba grupa")

    def opts(states):
        labels = ["atbalstāms un virzāms saskaņošanai",
                  "atbalstāms, virzāms saskaņošanai pēc precizējumiem",
                  "nav atbalstāms"]
        return [[sdt_cb(s), " " + lab] for s, lab in zip(states, labels)]

    T(d, [
        [("Dokuments", "b"), ("Eksperta slēdziens", "b"), ("Komentāri", "b")],
        ["Modulārā izglītības programma", opts([False, False, True]),
         "Programmā nav moduļa par zibensaizsardzības un zemējuma ierīkošanu, lai gan tas ir profesijas "
         "standartā. Mācību rezultāti vairākos moduļos formulēti kā zināšanas, nevis kompetences. "
         "Programma būtiski jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."],
        ["Profesionālās kvalifikācijas eksāmens", opts([False, True, False]),
         "Teorētiskās daļas jautājumi jāsaskaņo ar aktuālajiem LEK standartiem (LEK 002, LEK 025). "
         "Praktiskā daļa laba."],
    ], widths=[3.5, 6.5, 7], shade_row0="F2F2F2", size=10)
    P(d, "")
    P(d, "Lūdzu darba grupai pēc MIP pārstrādes sazināties ar mani, varu sniegt konsultāciju.", italic=True)
    build("r9b03_elektromontieris_atzinums.docx", d, rows=[
        ("elektromontieris", "MIP", "not_supported", "Normunds Vilciņš", "2026-02-19", 3),
        ("elektromontieris", "PKE", "needs_corrections", "Normunds Vilciņš", "2026-02-19", 3),
    ], note="Verdict options with Word content-control checkboxes (w14:checkbox); the text of the options is "
            "identical for both documents, only the checked state differs. Expert only in the page header, "
            "date only in the footer; core author empty.")


# ----------------------------------------------------------------------------------------------
# 04  vertical form (label row, value row below) with legacy FORMCHECKBOX fields
# ----------------------------------------------------------------------------------------------
def f04():
    d = new_doc(KOORD, D(2026, 3, 2, 13, 0), font="Cambria", size=11)
    P(d, ("Eksperta atzinums", "b", 14), align=CENTER)
    P(d, "(aizpilda LDDK deleģētais nozares eksperts)", align=CENTER, size=9)

    def cbs(states, how):
        labs = ["Atbalstāms un virzāms saskaņošanai",
                "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                "Nav atbalstāms"]
        return [[form_cb(s, how), "  " + l] for s, l in zip(states, labs)]

    rows = [
        [("1. Profesionālās kvalifikācijas nosaukums", "b")], ["Elektrotehniķis"],
        [("2. LKI līmenis", "b")], ["4"],
        [("3. Eksperts (grāds, vārds, uzvārds, darbavieta)", "b")],
        ["Mg. sc. ing. Linda Jaunzeme, AS “Latvenergo” Elektrotīklu ekspluatācijas daļa"],
        [("4. Datums", "b")], ["2026. gada 2. marts"],
        [("5. MIP satura vērtējums", "b")], [cbs([True, False, False], "default")],
        [("6. PKE satura vērtējums", "b")], [cbs([True, False, False], "checked")],
        [("7. Piezīmes un ieteikumi", "b")],
        [["Ieteikums (nav obligāts): praktiskajā eksāmenā varētu paredzēt arī viedā skaitītāja "
          "pieslēgšanas uzdevumu. Šis ieteikums vērtējumu neietekmē.",
          "Paldies darba grupai par rūpīgi sagatavotu programmu."]],
    ]
    t = T(d, rows, widths=[16.5])
    for i in range(0, len(rows), 2):
        shade(t.cell(i, 0), "D9E2F3")
    build("r9b04_Elektrotehnikis_PKE_MIP_Jaunzeme_galigais.docx", d, rows=[
        ("elektrotehniķis", "MIP", "supported", "Linda Jaunzeme", "2026-03-02", 4),
        ("elektrotehniķis", "PKE", "supported", "Linda Jaunzeme", "2026-03-02", 4),
    ], note="One-column form, label row above value row. Choices are legacy FORMCHECKBOX fields with no text: "
            "MIP state in w:default=1, PKE state as w:checked. Title 'Mg. sc. ing.' dropped from the name.")


# ----------------------------------------------------------------------------------------------
# 05  "nevajadzīgo svītrot": the non-chosen options are struck through
# ----------------------------------------------------------------------------------------------
def f05():
    d = new_doc("Arvīds Kļaviņš", D(2026, 2, 26, 21, 14))
    T(d, [
        ["Kvalifikācija", "Mēbeļu galdnieks, 4. LKI līmenis"],
        ["Programmas izstrādātājs", "Rīgas Amatniecības vidusskolas darba grupa"],
        ["Ekspertīzes veicējs", "Arvīds Kļaviņš, SIA “Kļaviņu mēbeles” ražošanas vadītājs"],
        ["Datums", "26.02.2026"],
    ], widths=[5, 11.5], style="Light Grid Accent 1")
    P(d, "")
    P(d, [("Eksperta slēdziens ", "b"), ("(nevajadzīgo svītrot)", "i")])
    T(d, [
        [("MIP", "b"), [[("atbalstāms un virzāms saskaņošanai", "s")],
                        ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [("nav atbalstāms", "s")]]],
        [("PKE", "b"), [[("atbalstāms un virzāms saskaņošanai", "s")],
                        [("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s")],
                        ["nav atbalstāms"]]],
    ], widths=[2, 14.5])
    P(d, "")
    P(d, ("Piezīmes", "b"))
    P(d, "MIP – jāprecizē moduļa „CNC iekārtu programmēšana” apjoms (šobrīd 24 stundas, reāli vajag "
         "vismaz 60) un jāsasaista ar moduli „Mēbeļu konstruēšana”. Pārējais – kārtībā.")
    P(d, "PKE – praktiskais uzdevums (skapja korpusa izgatavošana ar atvilktnēm) nav izpildāms noteiktajās "
         "6 stundās, vērtēšanas kritērijos vispār nav ietverta virsmu apdare. Uzdevums jāizstrādā no jauna, "
         "un eksāmena saturs jāiesniedz atkārtoti.")
    build("r9b05_RE_Mebelu galdnieks - ekspertize.docx", d, rows=[
        ("mēbeļu galdnieks", "MIP", "needs_corrections", "Arvīds Kļaviņš", "2026-02-26", 4),
        ("mēbeļu galdnieks", "PKE", "not_supported", "Arvīds Kļaviņš", "2026-02-26", 4),
    ], note="'Nevajadzīgo svītrot': all options printed per document, the non-chosen ones carry w:strike. "
            "Remarks below agree with the marked options.")


# ----------------------------------------------------------------------------------------------
# 06  "vajadzīgo pasvītrot" (underline the chosen one); PKE only, MIP reviewed by someone else
# ----------------------------------------------------------------------------------------------
def f06():
    d = new_doc("Sandra Bite", D(2026, 3, 5, 9, 30), font="Calibri", size=11)
    P(d, ("Ekspertīzes atzinums – profesionālās kvalifikācijas eksāmena saturs", "b", 13))
    T(d, [
        [("Kvalifikācija:", "b"), "Būvizstrādājumu galdnieks"],
        [("Vērtētais dokuments:", "b"),
         "PKE saturs (teorētiskā un praktiskā daļa). MIP saturu vērtē cits nozares eksperts, "
         "tāpēc šis atzinums uz programmu neattiecas."],
        [("Eksperte:", "b"), "Sandra Bite"],
        [("Datums:", "b"), "05.03.2026."],
    ], widths=[4.5, 12], style=None)
    P(d, "")
    P(d, [("Vērtējums", "b"), " (vajadzīgo pasvītrot):"])
    P(d, [("atbalstāms un virzāms saskaņošanai", "u"), "   /   ",
          "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "   /   ", "nav atbalstāms"])
    P(d, "")
    P(d, ("Komentāri", "b"))
    P(d, "Eksāmena praktiskais uzdevums – loga bloka izgatavošana pēc rasējuma – labi atbilst nozares "
         "praksei. Nozares uzņēmumi šādu uzdevuma formu atbalsta jau vairākus gadus, tā ļauj novērtēt gan "
         "precizitāti, gan darba organizāciju.")
    P(d, "Teorētiskās daļas jautājumi ir korekti, atbilžu atslēga pārbaudīta.")
    build("r9b06_Buvizstradajumu galdnieks PKE_Bite.docx", d, rows=[
        ("būvizstrādājumu galdnieks", "PKE", "supported", "Sandra Bite", "2026-03-05", 4),
    ], note="Options on one line, chosen one underlined ('vajadzīgo pasvītrot'). Only PKE: MIP explicitly "
            "reviewed by another expert -> no MIP row. 'uzņēmumi ... atbalsta' is a 3rd-person trap.")


# ----------------------------------------------------------------------------------------------
# 07  criterion tables Jā/Nē with an overall row (MIP and PKE)
# ----------------------------------------------------------------------------------------------
def f07():
    d = new_doc(KOORD2, D(2026, 3, 9, 15, 2), font="Calibri", size=10)
    P(d, ("Kvalifikācija: Kokapstrādes iekārtu operators", "b"), space_after=0)
    P(d, "LKI: 3", space_after=0)
    P(d, "Eksperts: Oskars Zeltiņš", space_after=0)
    P(d, "Datums: 2026-03-09")
    P(d, ("A. MIP satura izvērtējums", "b", 12))
    T(d, [
        [("Nr.", "b"), ("Kritērijs", "b"), ("Jā / Nē", "b"), ("Komentārs", "b")],
        ["1.", "Mācību rezultāti atbilst profesijas standartam un kvalifikāciju struktūrai", "Jā", ""],
        ["2.", "Moduļu secība ir loģiska un pēctecīga", "Jā", ""],
        ["3.", "Ietverts darba drošības un ergonomikas saturs", "Nē",
         "Trūkst prasību darbam ar formātzāģi un biezumēveli (aizsargierīces, atsitiena risks)."],
        ["4.", "Darba vidē balstītu mācību apjoms ir pietiekams", "Jā", "320 h"],
        ["5.", "Vērtēšanas metodes atbilst mācību rezultātiem", "Jā", ""],
        [("Kopējais vērtējums:", "b"),
         "MIP saturs ir atbalstāms ar nosacījumu, ka tiek papildināts 3. kritērijā minētais; "
         "pēc tam programmu var virzīt saskaņošanai."],
    ], widths=[1.2, 8, 1.8, 5.5])
    P(d, "")
    P(d, ("B. PKE satura izvērtējums", "b", 12))
    T(d, [
        [("Nr.", "b"), ("Kritērijs", "b"), ("Jā / Nē", "b"), ("Komentārs", "b")],
        ["1.", "Eksāmena uzdevumi aptver profesijas standarta galvenās kompetences", "Jā", ""],
        ["2.", "Praktiskais uzdevums izpildāms noteiktajā laikā", "Jā", "4 h – pietiek"],
        ["3.", "Vērtēšanas kritēriji ir skaidri un izmērāmi", "Jā", ""],
        ["4.", "Teorētiskās daļas jautājumi ir korekti", "Jā", ""],
        [("Kopējais vērtējums:", "b"), "Atbalstāms, virzāms saskaņošanai bez precizējumiem."],
    ], widths=[1.2, 8, 1.8, 5.5])
    build("r9b07_kokapstr iekartu operators kriteriji.docx", d, rows=[
        ("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Oskars Zeltiņš", "2026-03-09", 3),
        ("kokapstrādes iekārtu operators", "PKE", "supported", "Oskars Zeltiņš", "2026-03-09", 3),
    ], note="Two Jā/Nē criterion tables, each closed by a merged 'Kopējais vērtējums' row. MIP: condition "
            "('ar nosacījumu ... pēc tam var virzīt'); PKE: 'bez precizējumiem' = supported.")


# ----------------------------------------------------------------------------------------------
# 08  Outlook e-mail printed into Word (Latvian headers), quoted request below
# ----------------------------------------------------------------------------------------------
def f08():
    d = new_doc(KOORD, D(2026, 3, 10, 15, 1), font="Calibri", size=11)
    P(d, ("Ieva Saulīte", "b", 14), border_bottom=True)
    T(d, [
        [("No:", "b"), "Renārs Pētersons <renars.petersons@kokmeistars.lv>"],
        [("Nosūtīts:", "b"), "otrdiena, 2026. gada 10. marts 14:32"],
        [("Kam:", "b"), "Ieva Saulīte <ieva.saulite@lddk.lv>"],
        [("Kopija:", "b"), "Kristaps Grīnbergs <kristaps.grinbergs@lddk.lv>"],
        [("Tēma:", "b"), "RE: DKIO MIP un PKE ekspertīze"],
        [("Pielikumi:", "b"), "DKIO_MIP_komentari.docx"],
    ], widths=[2.5, 14], style=None)
    P(d, "")
    for line in [
        "Labdien, Ieva!",
        "Izskatīju datorizētu kokapstrādes iekārtu operatora dokumentus.",
        "Programma (MIP) ir labi sastrādāta, CNC moduļi atbilst tam, ko mēs ražotnē sagaidām no jauna "
        "operatora. Atbalstu un iesaku virzīt saskaņošanai tādu, kāda tā ir.",
        "Ar eksāmenu sarežģītāk – saturu kopumā atbalstu, taču praktiskajā daļā jānomaina uzdevums ar "
        "3 asu apstrādi uz 5 asu (vai jāpamato, kāpēc paliek 3 asis) un jāsakārto vērtēšanas lapa – punkti "
        "nesummējas līdz 100. Kad tas izdarīts, var virzīt saskaņošanai.",
        "Sīkāki komentāri par moduļiem pielikumā.",
        "",
        "Ar cieņu",
        "Renārs Pētersons",
        "SIA “Kokmeistars”, ražošanas tehnologs",
        "tālr. 26 418 903",
    ]:
        P(d, line, space_after=2)
    P(d, "", border_bottom=True)
    for line in [
        [("No: ", "b"), "Ieva Saulīte <ieva.saulite@lddk.lv>"],
        [("Nosūtīts: ", "b"), "pirmdiena, 2026. gada 23. februāris 09:05"],
        [("Kam: ", "b"), "Renārs Pētersons <renars.petersons@kokmeistars.lv>"],
        [("Tēma: ", "b"), "DKIO MIP un PKE ekspertīze"],
        "",
        "Labdien, Renār!",
        "Pielikumā datorizētu kokapstrādes iekārtu operatora (LKI 4) MIP un PKE saturs. Lūdzu līdz "
        "10. martam sniegt atzinumu par katru dokumentu atsevišķi: vai saturs ir atbalstāms un virzāms "
        "saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.",
        "Ja rodas jautājumi par veidlapu vai vajag metodisko atbalstu, droši zvani.",
        "Paldies!",
        "Ieva",
    ]:
        P(d, line, space_after=2, size=10)
    build("r9b08_RE_ DKIO MIP un PKE ekspertize.docx", d, rows=[
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Renārs Pētersons", "2026-03-10", 4),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Renārs Pētersons",
         "2026-03-10", 4),
    ], note="Outlook print with Latvian headers (No/Nosūtīts/Kam/Tēma) in a borderless table. Qualification "
            "given in full in the body, abbreviation DKIO in the subject. Quoted coordinator request lists all "
            "three options and must not count; date = Nosūtīts of the expert's reply.")


# ----------------------------------------------------------------------------------------------
# 09  Gmail print, English headers, text without diacritics
# ----------------------------------------------------------------------------------------------
def f09():
    d = new_doc("LDDK", D(2026, 3, 12, 10, 3), font="Arial", size=10)
    T(d, [[("Gmail", "b", 16), Pa("Ieva Saulite <ieva.saulite@lddk.lv>", RIGHT)]], style=None, widths=[5, 11.5])
    P(d, "", border_bottom=True)
    P(d, ("Re: VGK sistemu tehnika MIP/PKE", "b", 13))
    P(d, "1 message", size=8)
    P(d, "", border_bottom=True)
    T(d, [[[[("Guntis Lazdans", "b"), " <g.lazdans@klimatserviss.lv>"]],
           Pa("Thu, Mar 12, 2026 at 9:14 AM", RIGHT)]], style=None, widths=[10, 6.5])
    P(d, "To: Ieva Saulite <ieva.saulite@lddk.lv>", size=9)
    for line in [
        "Sveiki,",
        "sorry par kavesanos, bija objekti.",
        "",
        "VGK sistemu tehnikis (LKI 4):",
        "MIP - kopuma atbalstu, bet pirms virzisanas saskanosanai jaieliek siltumsuknu modulis un "
        "jaizlabo stundu skaits praksei (tagad 160, vajag vismaz 320).",
        "PKE - saja redakcija neatbalstu. Praktiskais uzdevums par vienkarsu 4. limenim, nav neviena "
        "uzdevuma par automatikas regulesanu, teorijas testa puse jautajumu no vecas programmas. "
        "Jataisa no jauna.",
        "",
        "Guntis",
    ]:
        P(d, line, space_after=2)
    P(d, "")
    P(d, "On Mon, Feb 23, 2026 at 9:20 AM Ieva Saulīte <ieva.saulite@lddk.lv> wrote:", size=9, italic=True)
    for line in [
        "> Labdien, Gunti!",
        "> Pielikumā ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE. Lūdzu atzinumu "
        "līdz 6. martam – vai saturs ir atbalstāms un virzāms saskaņošanai, vai nepieciešami precizējumi.",
        "> Ieva",
    ]:
        P(d, line, size=9, space_after=0)
    build("r9b09_Gmail - VGK sistemu tehnikis atzinums.docx", d, rows=[
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections",
         "Guntis Lazdans", "2026-03-12", 4),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported",
         "Guntis Lazdans", "2026-03-12", 4),
    ], note="Gmail print (English From/Date/To), body typed without diacritics, alias 'VGK sistemu tehnikis'. "
            "Expert name as written in the From line ('Lazdans', no diacritic). MIP: 'atbalstu, bet pirms "
            "virzisanas ... jaieliek' = needs corrections; PKE 'neatbalstu'. Core author 'LDDK'.")


# ----------------------------------------------------------------------------------------------
# 10  company letterhead (in the page header), letter with a summary table
# ----------------------------------------------------------------------------------------------
def f10():
    d = new_doc("Raivis Ozols", D(2026, 3, 24, 12, 12), font="Times New Roman", size=12)
    header_text(d, [[("SIA “VentiTerm”", "b", 16)],
                    "Reģ. Nr. 40003918274  ·  Rūpniecības iela 12, Jelgava, LV-3001  ·  info@ventiterm.lv"],
                align=CENTER, border=True)
    header_text(d, ["Dokuments parakstīts ar drošu elektronisko parakstu un satur laika zīmogu"],
                footer=True, align=CENTER, size=7)
    P(d, "Jelgavā                                                                                     "
         "24.03.2026. Nr. 26/14", size=11)
    P(d, "")
    P(d, "Latvijas Darba devēju konfederācijai", align=RIGHT, space_after=0)
    P(d, "projekta koordinatorei Ievai Saulītei", align=RIGHT)
    P(d, "")
    P(d, ("Par ekspertīzes rezultātiem", "b"))
    P(d, "Atbilstoši LDDK deleģējumam esmu izvērtējis profesionālās kvalifikācijas „Ventilācijas un gaisa "
         "kondicionēšanas iekārtu remontatslēdznieks” (LKI 3. līmenis) modulārās izglītības programmas un "
         "profesionālās kvalifikācijas eksāmena saturu. Ekspertīzes rezultāti apkopoti tabulā.")
    T(d, [
        [("Dokuments", "b"), ("Slēdziens", "b"), ("Īss pamatojums", "b")],
        ["Modulārā izglītības programma", "Atbalstāms un virzāms saskaņošanai",
         "Programma aptver dzesēšanas un ventilācijas iekārtu apkopi, F-gāzu apriti un elektrodrošību; "
         "mācību rezultāti atbilst profesijas standartam."],
        ["Profesionālās kvalifikācijas eksāmens", "Atbalstāms un virzāms saskaņošanai",
         "Praktiskais uzdevums (split sistēmas diagnostika un uzpilde) ir reāls darba uzdevums."],
    ], widths=[4.5, 4.5, 7.5], size=11)
    P(d, "")
    P(d, "Vienlaikus informēju, ka mūsu uzņēmums ir gatavs arī turpmāk sniegt atbalstu izglītības iestādēm "
         "prakses vietu nodrošināšanā.")
    P(d, "")
    P(d, "Ar cieņu", space_after=0)
    P(d, "valdes loceklis, LDDK deleģētais nozares eksperts                              Raivis Ozols")
    build("r9b10_Vestule_LDDK_VGK iekartu remontatslednieks.docx", d, rows=[
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
         "Raivis Ozols", "2026-03-24", 3),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported",
         "Raivis Ozols", "2026-03-24", 3),
    ], note="Official letter: letterhead in the page header, registration-number line, addressee block, "
            "summary table. 'sniegt atbalstu ... prakses vietu nodrošināšanā' is a noun trap.")


# ----------------------------------------------------------------------------------------------
# 11  one expert, several qualifications in one table with a code legend (A / AP / N)
# ----------------------------------------------------------------------------------------------
def f11():
    d = new_doc("Inese Muceniece", D(2026, 4, 7, 18, 45), font="Calibri", size=10, landscape=True,
                margins=(1.5, 1.5, 2, 2))
    P(d, ("Nozares eksperta vērtējumu kopsavilkums (kokrūpniecība)", "b", 14))
    P(d, ["Eksperte: ", ("Inese Muceniece", "b"), "        Aizpildīts: 07.04.2026"])
    P(d, ["Apzīmējumi: ", ("A", "b"), " – saturs ir atbalstāms un virzāms saskaņošanai; ",
          ("AP", "b"), " – saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; ",
          ("N", "b"), " – saturs nav atbalstāms."], size=9)
    T(d, [
        [("Nr.", "b"), ("Profesionālā kvalifikācija", "b"), ("LKI", "b"), ("MIP", "b"), ("PKE", "b"),
         ("Piezīmes", "b")],
        ["1.", "Meža mašīnu operators", "3", Pa("A", CENTER), Pa("AP", CENTER),
         "PKE: harvestera simulatora uzdevumam jānorāda minimālais ražīguma rādītājs un pieļaujamās kļūdas."],
        ["2.", "Koka izstrādājumu ražošanas tehniķis", "4", Pa("N", CENTER), Pa("nav iesniegts", CENTER),
         "MIP: nav ietverta ražošanas plānošana un kvalitātes vadība, moduļi dublējas ar 3. līmeņa "
         "programmu – jāpārstrādā. PKE saturu skola vēl nav iesniegusi, to vērtēšu vēlāk."],
        ["3.", "Motorzāģa operators", "3", Pa("AP", CENTER), Pa("A", CENTER),
         "MIP: precizēt prakses uzņēmumu sarakstu un aizstāt novecojušo standartu atsauces (LVS EN ISO 11681)."],
    ], widths=[1.2, 6, 1.3, 2.2, 2.8, 12], shade_row0="C5E0B3")
    build("r9b11_Kokrupnieciba_kopsavilkums_Muceniece_04.2026.docx", d, rows=[
        ("meža mašīnu operators", "MIP", "supported", "Inese Muceniece", "2026-04-07", 3),
        ("meža mašīnu operators", "PKE", "needs_corrections", "Inese Muceniece", "2026-04-07", 3),
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Inese Muceniece", "2026-04-07", 4),
        ("motorzāģa operators", "MIP", "needs_corrections", "Inese Muceniece", "2026-04-07", 3),
        ("motorzāģa operators", "PKE", "supported", "Inese Muceniece", "2026-04-07", 3),
    ], note="Landscape table of three qualifications, verdicts as codes A/AP/N explained in a legend line. "
            "KIRT PKE 'nav iesniegts' -> explicitly not covered, no row.")


# ----------------------------------------------------------------------------------------------
# 12  track changes: verdict and date revised by the expert (w:del / w:ins)
# ----------------------------------------------------------------------------------------------
def f12():
    d = new_doc("Valdis Krastiņš", D(2026, 2, 12, 10, 0), font="Calibri", size=11)
    A, W = "Valdis Krastiņš", "2026-02-16T08:41:00Z"
    P(d, ("MIP un PKE satura ekspertīzes atzinums", "b", 14))
    T(d, [
        ["Kvalifikācija", "Mehatronisko sistēmu tehniķis"],
        ["Līmenis", "LKI 4"],
        ["Nozare", "Mašīnbūve un metālapstrāde"],
        ["Eksperts", "Valdis Krastiņš"],
        ["Datums", Raw([DEL("12.02.2026.", A, W), INS("16.02.2026.", A, W)])],
    ], widths=[4, 12.5], shade_col0="FBE4D5")
    P(d, "")
    T(d, [
        [("Dokuments", "b"), ("Slēdziens", "b")],
        ["MIP", Raw([parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Saturs ir atbalstāms</w:t></w:r>'),
                     DEL(" un virzāms saskaņošanai.", A, W),
                     INS("; pēc precizējumu veikšanas virzāms saskaņošanai.", A, W)])],
        ["PKE", [["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
                  INS(" (precizējumi – sk. 3. punktu)", A, W)]]],
    ], widths=[3, 13.5])
    P(d, "")
    P(d, ("Piezīmes", "b"))
    P(d, "1. Programmas struktūra ir pārskatāma, moduļi „Pneimatika un hidraulika” un „Sensori un "
         "izpildmehānismi” izstrādāti ļoti labi.")
    P(d, "2. Darba vidē balstīto mācību plānojums atbilst uzņēmumu iespējām.")
    P(d, "3. PKE: pneimatikas uzdevumā jānorāda izmantojamo komponentu saraksts un jāpievieno shēmas "
         "vērtēšanas kritēriji.")
    P(d, [INS("4. MIP: pēc sarunas ar darba grupu 13.02. konstatēts, ka PLC programmēšanas modulī izmantota "
              "novecojusi programmatūras versija un nav ietverts IEC 61131-3 valodu apskats – jāaktualizē "
              "pirms virzīšanas.", A, W)])
    build("r9b12_Mehatronika_MIP_PKE_atzinums_labots.docx", d, rows=[
        ("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Valdis Krastiņš", "2026-02-16", 4),
        ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Valdis Krastiņš", "2026-02-16", 4),
    ], note="Tracked changes left in the file: MIP verdict revised from 'atbalstāms un virzāms' (w:del) to "
            "'atbalstāms; pēc precizējumu ... virzāms' (w:ins); date revised 12.02 -> 16.02 (w:ins counts). "
            "A new remark 4 exists only inside w:ins.")


# ----------------------------------------------------------------------------------------------
# 13  second round, Wingdings w:sym glyphs in a matrix
# ----------------------------------------------------------------------------------------------
def f13():
    d = new_doc("Guntis Lazdāns", D(2026, 5, 6, 7, 55), font="Arial", size=10)
    P(d, ("Atkārtotas ekspertīzes atzinums (2. kārta)", "b", 13))
    P(d, "Kvalifikācija: ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (VGK sistēmu tehniķis), LKI 4")
    P(d, "Iepriekšējā kārtā (12.03.2026.) MIP tika atbalstīts ar precizējumiem, PKE netika atbalstīts. "
         "Darba grupa labotās redakcijas iesniedza 24.04.2026.", italic=True)

    def box(x):
        return Pa(Raw([sym("F0FE" if x else "F0A8")]), CENTER)
    T(d, [
        [("Dokuments", "b"), Pa(("Atbalstāms un virzāms saskaņošanai", "b"), CENTER),
         Pa(("Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "b"), CENTER),
         Pa(("Nav atbalstāms", "b"), CENTER)],
        ["MIP", box(True), box(False), box(False)],
        ["PKE", box(False), box(True), box(False)],
    ], widths=[3, 4.5, 5.5, 3.5], shade_row0="EDEDED")
    P(d, "")
    P(d, "MIP: visi 1. kārtā norādītie precizējumi veikti (siltumsūkņu modulis iekļauts, prakse 320 h).")
    P(d, "PKE: praktiskais uzdevums pārstrādāts, automātikas regulēšana iekļauta. Atlikuši sīki precizējumi – "
         "teorijas testa 14. un 22. jautājumam atbilžu atslēgā norādīta nepareiza atbilde, un jāsaskaņo "
         "vērtēšanas lapas punktu skala ar instrukciju.")
    P(d, "")
    T(d, [["Eksperts: Guntis Lazdāns", "Datums: 2026. gada 6. maijā"]], style=None, widths=[8, 8.5])
    build("r9b13_VGK sistēmu tehniķis_atkārtota ekspertīze_2.kārta.docx", d, rows=[
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Guntis Lazdāns",
         "2026-05-06", 4),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
         "Guntis Lazdāns", "2026-05-06", 4),
    ], note="Second round of r9b09. Matrix marked with Wingdings w:sym (F0FE checked, F0A8 empty). "
            "History sentence of round 1 (PKE 'netika atbalstīts', date 12.03.2026) must not count.")


# ----------------------------------------------------------------------------------------------
# 14  NOT a review: meeting minutes
# ----------------------------------------------------------------------------------------------
def f14():
    d = new_doc(KOORD2, D(2026, 3, 19, 9, 12), font="Times New Roman", size=12)
    P(d, ("Latvijas Darba devēju konfederācija", "b"), align=CENTER, space_after=0)
    P(d, ("NOZARU EKSPERTU SANĀKSMES PROTOKOLS Nr. 3", "b"), align=CENTER)
    P(d, "Rīgā, 2026. gada 18. martā, attālināti (MS Teams)", align=CENTER)
    P(d, "Piedalās: I. Saulīte, K. Grīnbergs (LDDK), nozaru eksperti G. Lazdāns, I. Muceniece, "
         "O. Zeltiņš, V. Krastiņš, L. Jaunzeme; VISC pārstāve D. Vītola.")
    P(d, "Protokolē: K. Grīnbergs")
    P(d, ("Darba kārtība", "b"))
    P(d, "1. MIP un PKE satura ekspertīžu gaita projekta 4. posmā.", space_after=0)
    P(d, "2. Atzinuma veidlapas precizēšana.", space_after=0)
    P(d, "3. Dažādi.")
    T(d, [
        [("Nr.", "b"), ("Izskatītais jautājums / nolemtais", "b"), ("Atbildīgais", "b"), ("Termiņš", "b")],
        ["1.", "I. Saulīte informē, ka līdz 31. martam pabeigtas ekspertīzes trim kvalifikācijām, pārējām "
               "ekspertīze turpināsies 5. posmā. G. Lazdāns informē, ka VGK sistēmu tehniķa PKE pirmajā "
               "redakcijā netika atbalstīts; darba grupa to pārstrādā. Nolemts: ekspertiem atzinumus "
               "iesniegt elektroniski, nosaukumā norādot kvalifikāciju un uzvārdu.",
         "Eksperti", "31.03.2026."],
        ["2.", "Eksperti vienojas, ka atzinumā katram dokumentam obligāti jānorāda viens no vērtējumiem: "
               "„atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms "
               "saskaņošanai” vai „nav atbalstāms”. Ja nepieciešami precizējumi, tie jāuzskaita atsevišķi.",
         "I. Saulīte", "25.03.2026."],
        ["3.", "VISC nodrošinās metodisko atbalstu darba grupām PKE vērtēšanas lapu izstrādē. "
               "Nozares uzņēmumi atbalsta ideju par kopīgiem eksāmena uzdevumiem vairākām skolām.",
         "D. Vītola", "aprīlis"],
    ], widths=[1, 10.5, 2.8, 2.2], size=11)
    P(d, "")
    P(d, "Sanāksmi slēdz plkst. 11.40.")
    P(d, "Protokolēja: K. Grīnbergs                    Sanāksmes vadītāja: I. Saulīte")
    build("r9b14_Protokols_ekspertu sanaksme_2026-03-18.docx", d, rows=[], problems=["no_verdict"],
          note="NOT a review: minutes of an experts' meeting. Mentions all three verdict wordings, a round-1 "
               "history ('netika atbalstīts'), 'metodisko atbalstu', 'uzņēmumi atbalsta', and expert names.")


# ----------------------------------------------------------------------------------------------
# 15  NOT a review: instructions for experts with a blank form and a worked example
# ----------------------------------------------------------------------------------------------
def f15():
    d = new_doc(KOORD, D(2026, 1, 8, 14, 30), font="Calibri", size=11)
    P(d, ("Norādījumi nozaru ekspertiem atzinuma veidlapas aizpildīšanai", "b", 14))
    P(d, "Projekta 4.2.2.9. pasākuma ietvaros eksperti izvērtē darba grupu izstrādāto MIP un PKE saturu. "
         "Atzinumu sagatavo par katru profesionālo kvalifikāciju atsevišķi.")
    for s in [
        "1. Veidlapas galvenē norādiet kvalifikācijas nosaukumu un LKI līmeni tieši tā, kā tas norādīts "
        "ekspertīzes pieprasījumā.",
        "2. Katram dokumentam (MIP un PKE) atzīmējiet tikai vienu vērtējumu. Ja dokuments jums nav nodots "
        "vērtēšanai, ierakstiet „netiek vērtēts”.",
        "3. Ja izvēlaties „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”, precizējumus "
        "uzskaitiet sadaļā „Pamatojums”.",
        "4. Aizpildīto veidlapu nosūtiet koordinatorei uz ieva.saulite@lddk.lv.",
    ]:
        P(d, s, space_after=3)
    P(d, ("Veidlapas paraugs", "b"))
    E = ("\u2610", "G")
    T(d, [
        ["Profesionālā kvalifikācija", "______________________"],
        ["LKI līmenis", "___"],
        ["MIP vērtējums", [[E, " Saturs ir atbalstāms un virzāms saskaņošanai"],
                           [E, " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                           [E, " Saturs nav atbalstāms"]]],
        ["PKE vērtējums", [[E, " Saturs ir atbalstāms un virzāms saskaņošanai"],
                           [E, " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                           [E, " Saturs nav atbalstāms"]]],
        ["Pamatojums", ""],
        ["Eksperts / datums", "______________________ / __.__.2026."],
    ], widths=[4.5, 12], shade_col0="F2F2F2")
    P(d, "")
    P(d, [("Piemērs: ", "b"), "ja mēbeļu galdnieka programmā jāprecizē viena moduļa apjoms, MIP rindā "
          "atzīmē: ", ("\u2612", "G"), " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai."])
    build("r9b15_Instrukcija ekspertiem - atzinuma veidlapa.docx", d, rows=[], problems=["no_verdict"],
          note="NOT a review: instructions with a blank form (all ☐) and a worked example with ☒ naming "
               "'mēbeļu galdnieks'. No expert, no verdict.")


# ----------------------------------------------------------------------------------------------
# 16  NOT a review: assignment table for stage 5
# ----------------------------------------------------------------------------------------------
def f16():
    d = new_doc(KOORD2, D(2026, 4, 2, 11, 0), font="Arial", size=9, landscape=True, margins=(1.5, 1.5, 1.5, 1.5))
    P(d, ("Ekspertu piesaiste MIP un PKE satura ekspertīzei projekta 5. posmā (01.04.2026.–31.07.2026.)",
          "b", 12))
    T(d, [
        [("Nr.", "b"), ("Kvalifikācija", "b"), ("LKI", "b"), ("MIP eksperts", "b"), ("PKE eksperts", "b"),
         ("Termiņš", "b"), ("Statuss / piezīmes", "b")],
        ["1.", "Mēbeļu galdnieks", "4", "B. Roze", "B. Roze", "29.05.2026.",
         "atkārtota ekspertīze pēc darba grupas labojumiem"],
        ["2.", "Koka izstrādājumu ražošanas tehniķis", "4", "E. Dzenis", "E. Dzenis", "24.04.2026.",
         "PKE gaida no skolas"],
        ["3.", "Elektromontieris", "3", "Z. Ābele", "Z. Ābele", "20.04.2026.",
         "1. kārtā MIP netika atbalstīts, labotā redakcija saņemta 30.03."],
        ["4.", "Elektrotehniķis", "4", "A. Siliņš", "A. Siliņš", "15.05.2026.", ""],
        ["5.", "VGK sistēmu tehniķis", "4", "G. Lazdāns", "G. Lazdāns", "08.05.2026.", "2. kārta"],
        ["6.", "Mehatronisko sistēmu tehniķis", "4", "J. Ezeriņš", "J. Ezeriņš", "05.06.2026.",
         "2. kārta, pēc 1. kārtas precizējumiem"],
        ["7.", "Meža mašīnu operators", "3", "—", "J. Zariņš", "19.06.2026.", "MIP vērtēta 1. kārtā"],
    ], widths=[1, 6, 1.2, 3, 3, 2.6, 8.5], shade_row0="D9D9D9")
    P(d, "")
    P(d, "Ekspertiem lūgums atzinumus iesniegt līdz norādītajam termiņam, izmantojot apstiprināto veidlapu.",
      italic=True)
    build("r9b16_Ekspertu sadalijums 5.posms.docx", d, rows=[], problems=["no_verdict"],
          note="NOT a review: coordinator's assignment table (qualification, LKI, experts, deadlines, status). "
               "Contains a round-1 history 'netika atbalstīts', expert initials and deadlines; only registered "
               "qualification names, so no unknown_qualification.")


# ----------------------------------------------------------------------------------------------
# 17  NOT a review: news item for the website
# ----------------------------------------------------------------------------------------------
def f17():
    d = new_doc("LDDK Komunikācijas daļa", D(2026, 4, 9, 16, 20), font="Georgia", size=11)
    P(d, ("JAUNUMI  |  09.04.2026.", "", 8, "7F7F7F"))
    P(d, ("Nozaru eksperti palīdz veidot mūsdienīgas profesionālās izglītības programmas", "b", 16))
    P(d, "Latvijas Darba devēju konfederācija (LDDK) arī 2026. gadā piedalās Eiropas Savienības "
         "Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma īstenošanā. "
         "Projekta 4. posmā 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti "
         "izvērtēja profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas (MIP) un "
         "profesionālās kvalifikācijas eksāmenu (PKE) saturu.")
    P(d, "Katrā ekspertīzē nozares pārstāvis izvērtē, vai saturs ir atbalstāms un virzāms saskaņošanai, "
         "vai arī vispirms nepieciešami precizējumi.")
    P(d, ("„Uzņēmumi šo pieeju atbalsta, jo beidzot programmās ienāk tas, ko mēs ikdienā darām ražotnē,” "
          "stāsta kokrūpniecības eksperte Inese Muceniece.", "i"))
    P(d, "Līdz marta beigām ekspertīze noslēgta trim kvalifikācijām, pārējās tiks izvērtētas līdz jūlijam "
         "(projekta 5. posms).")
    T(d, [[("Fakti", "b")],
          ["• 21 profesionālā kvalifikācija  • 13 nozaru eksperti  • LKI 3.–5. līmenis"]],
      widths=[16.5], style="Light Shading Accent 1")
    build("r9b17_Jaunumi_LDDK nozaru eksperti.docx", d, rows=[], problems=["no_verdict"],
          note="NOT a review: website news item with 'specifiskā atbalsta mērķis', the purpose sentence "
               "listing the options, a quoted expert and 'uzņēmumi ... atbalsta'.")


# ----------------------------------------------------------------------------------------------
# 18  qualification not in the register; label+value in the same cell; X marks
# ----------------------------------------------------------------------------------------------
def f18():
    d = new_doc("Tālis Rubenis", D(2026, 4, 14, 19, 3), font="Calibri", size=11)
    P(d, ("MIP / PKE ekspertīze", "b", 13), align=CENTER)
    T(d, [
        [[("Profesionālā kvalifikācija:", "b", 9)], ["Metinātājs"]],
        [[("LKI līmenis:", "b", 9)], ["3"]],
        [[("Nozare:", "b", 9)], ["Mašīnbūve un metālapstrāde"]],
        [[("Eksperts:", "b", 9)], ["Tālis Rubenis"]],
        [[("Datums:", "b", 9)], ["14.04.2026."]],
    ], widths=[16.5])
    P(d, "")
    T(d, [
        [("Dokuments", "b"), Pa(("Atbalstāms un virzāms saskaņošanai", "b"), CENTER),
         Pa(("Atbalstāms ar precizējumiem", "b"), CENTER), Pa(("Nav atbalstāms", "b"), CENTER)],
        ["MIP", Pa("X", CENTER), "", ""],
        ["PKE", "", Pa("X", CENTER), ""],
    ], widths=[2.5, 5, 5, 4])
    P(d, "")
    P(d, ("Pamatojums", "b"))
    P(d, "MIP saturs atbilst standartam LVS EN ISO 9606-1, ir paredzēta MAG un MMA metināšana, "
         "metināšanas drošības prasības izklāstītas pilnībā.")
    P(d, "PKE – praktiskajā daļā jāparedz metināšana vismaz divās telpiskajās pozīcijās (PF un PC), šobrīd "
         "tikai PA. Pēc šī labojuma eksāmena saturu var virzīt saskaņošanai.")
    build("r9b18_Metinatajs LKI3_atzinums_Rubenis.docx", d, rows=[
        ("metinātājs", "MIP", "supported", "Tālis Rubenis", "2026-04-14", 3),
        ("metinātājs", "PKE", "needs_corrections", "Tālis Rubenis", "2026-04-14", 3),
    ], problems=["unknown_qualification"],
       note="'Metinātājs' is not in the register -> unknown_qualification, LKI 3 taken from the review. "
            "Label and value stacked in one cell; verdict grid with X.")


# ----------------------------------------------------------------------------------------------
# 19  conflict: two options marked for PKE
# ----------------------------------------------------------------------------------------------
def f19():
    d = new_doc("Zane Ābele", D(2026, 4, 20, 12, 37))
    P(d, ("ATKĀRTOTA EKSPERTĪZE", "b", 12), space_after=0)
    P(d, "Profesionālā kvalifikācija „Elektromontieris” (3. LKI)")
    T(d, [
        ["Eksperte", "Zane Ābele"],
        ["Ekspertīzes datums", "20.04.2026."],
        ["Iesniegtās redakcijas", "MIP – 30.03.2026. redakcija; PKE – 30.03.2026. redakcija"],
    ], widths=[5, 11.5], style="Table Grid")
    P(d, "")
    P(d, ("Vērtējums (atzīmēt ar X)", "b"))
    T(d, [
        ["", Pa(("MIP", "b"), CENTER), Pa(("PKE", "b"), CENTER)],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", Pa("X", CENTER), Pa("X", CENTER)],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["Saturs nav atbalstāms", "", Pa("X", CENTER)],
    ], widths=[11, 2.7, 2.7])
    P(d, "")
    T(d, [
        [("Piezīmes", "b")],
        [["MIP: zibensaizsardzības un zemējuma modulis iekļauts, mācību rezultāti pārrakstīti kā kompetences.",
          "PKE: komentāri par vērtēšanas lapu nosūtīti darba grupai atsevišķā failā."]],
    ], widths=[16.5])
    build("r9b19_Elektromontieris_Abele_atzinums (2).docx", d, rows=[
        ("elektromontieris", "MIP", "supported", "Zane Ābele", "2026-04-20", 3),
        ("elektromontieris", "PKE", "unknown", "Zane Ābele", "2026-04-20", 3),
    ], problems=["conflict"],
       note="PKE column has X in both 'atbalstāms un virzāms' and 'nav atbalstāms'; the remark is neutral, "
            "so the two marks have equal weight -> unknown + conflict. MIP single X = supported.")


# ----------------------------------------------------------------------------------------------
# 20  PKE covered but no verdict (all marks empty, decision postponed)
# ----------------------------------------------------------------------------------------------
def f20():
    d = new_doc("Egils Dzenis", D(2026, 4, 23, 17, 18), font="Verdana", size=9)
    P(d, ("KIRT – MIP un PKE ekspertīze", "b", 12))
    T(d, [
        [("Kvalifikācija", "b"), "Koka izstrādājumu ražošanas tehniķis (KIRT)", ("LKI", "b"), "4"],
        [("Eksperts", "b"), "Egils Dzenis", ("Datums", "b"), "23.04.2026"],
    ], widths=[3, 8, 2, 3.5])
    P(d, "")
    T(d, [
        [("Dokuments", "b"), ("Vērtējums", "b"), Pa(("Atzīme (V)", "b"), CENTER)],
        ["MIP", "atbalstāms un virzāms saskaņošanai", ""],
        ["", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", Pa("V", CENTER)],
        ["", "nav atbalstāms", ""],
        ["PKE", "atbalstāms un virzāms saskaņošanai", ""],
        ["", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", ""],
        ["", "nav atbalstāms", ""],
    ], widths=[2.5, 11, 3], merges=[((1, 0), (3, 0)), ((4, 0), (6, 0))])
    P(d, "")
    P(d, ("Komentāri", "b"))
    P(d, "MIP: moduļos „Ražošanas plānošana” un „Kvalitātes vadība” jāpapildina mācību rezultāti ar "
         "ražošanas datu analīzi; jānovērš stundu dublēšanās starp 2. un 5. moduli.")
    P(d, "PKE: teorētiskās daļas jautājumi aptver visus moduļus. Praktiskajā daļā nav skaidrs, vai "
         "izglītojamais drīkst izmantot savus instrumentus, un vērtēšanas kritēriji nav sasaistīti ar MIP "
         "mācību rezultātiem. Galīgo vērtējumu par PKE sniegšu pēc konsultācijas ar darba grupu.")
    build("r9b20_KIRT_MIP_PKE_Dzenis.docx", d, rows=[
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Egils Dzenis", "2026-04-23", 4),
        ("koka izstrādājumu ražošanas tehniķis", "PKE", "unknown", "Egils Dzenis", "2026-04-23", 4),
    ], problems=["no_verdict"],
       note="Vertically merged option table with a 'V' mark column. PKE covered with remarks but no box "
            "marked and the verdict explicitly postponed -> unknown + no_verdict. Abbreviation KIRT.")


# ----------------------------------------------------------------------------------------------
# 21  very short, no expert name, old PKL level
# ----------------------------------------------------------------------------------------------
def f21():
    d = new_doc("", D(2026, 3, 27, 22, 5), font="Calibri", size=11)
    T(d, [
        [("Meža mašīnu operators (2. PKL)", "b")],
        ["MIP", "atbalstīts, var virzīt saskaņošanai"],
        ["PKE", "arī atbalstāms un virzāms, bez precizējumiem"],
        ["2026.03.27", ""],
    ], widths=[4, 12.5])
    build("r9b21_meza masinu operators.docx", d, rows=[
        ("meža mašīnu operators", "MIP", "supported", "", "2026-03-27", 3),
        ("meža mašīnu operators", "PKE", "supported", "", "2026-03-27", 3),
    ], note="Tiny 4-row table, no expert named anywhere (core author empty). Level given as old '2. PKL' "
            "= LKI 3 (same as register). 'bez precizējumiem' = supported.")


# ----------------------------------------------------------------------------------------------
# 22  long form; body remarks are recommendations, the conclusion section decides
# ----------------------------------------------------------------------------------------------
def f22():
    d = new_doc("Baiba Roze", D(2026, 5, 19, 9, 0), font="Times New Roman", size=12)
    header_text(d, ["Projekts „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās "
                    "izglītības izcilībai” (4.2.2.9.)"], align=CENTER, size=8)
    P(d, ("NOZARES EKSPERTA ATZINUMS", "b", 14), align=CENTER, space_after=0)
    P(d, "par modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu",
      align=CENTER)
    P(d, ("1. Vispārīgā informācija", "b"))
    T(d, [
        ["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
        ["LKI līmenis", "4. līmenis"],
        ["Izglītības programmas izstrādātājs", "Ogres tehnikuma un Rīgas Amatniecības vidusskolas darba grupa"],
        ["Iesniegtās redakcijas", "MIP – 28.04.2026.; PKE – 28.04.2026."],
        ["Nozares eksperte", "Baiba Roze, SIA “Dizaina mēbeļu darbnīca” tehnoloģe"],
        ["Atzinuma datums", "2026. gada 19. maijs"],
    ], widths=[6, 10.5], shade_col0="EDEDED", size=11)
    P(d, "")
    P(d, ("2. Ekspertīzes mērķis", "b"))
    P(d, "Izvērtēt, vai MIP un PKE saturs atbilst profesijas standartam un nozares vajadzībām un vai tas ir "
         "atbalstāms un virzāms saskaņošanai. Iepriekšējā redakcijā (2026. gada februārī) PKE saturs netika "
         "atbalstīts, tāpēc īpaša uzmanība pievērsta eksāmena praktiskajai daļai.")
    P(d, ("3. Vērtējums pēc kritērijiem", "b"))
    T(d, [
        [("Kritērijs", "b"), ("MIP", "b"), ("PKE", "b")],
        ["Atbilstība profesijas standartam", "atbilst", "atbilst"],
        ["Nozares jaunās prasmes (CNC, digitālā projektēšana)", "atbilst, ieteikumi 4. sadaļā", "daļēji"],
        ["Darba drošība un vides prasības", "atbilst", "atbilst"],
        ["Vērtēšanas kritēriju skaidrība", "—", "jāprecizē"],
        ["Laika plānojuma reālistiskums", "atbilst", "atbilst (8 h)"],
    ], widths=[8, 4.5, 4], size=11)
    P(d, "")
    P(d, ("4. Piezīmes un precizējumi", "b"))
    T(d, [
        [("Nr.", "b"), ("Dokuments / modulis", "b"), ("Piezīme", "b"), ("Obligāts (Jā/Nē)", "b")],
        ["1.", "MIP, „Mēbeļu konstruēšana”", "Ieteicams papildināt ar parametrisko projektēšanu "
         "(piemēram, SketchUp vai Fusion 360 bibliotēkas).", "Nē"],
        ["2.", "MIP, „Apdares tehnoloģijas”", "Varētu minēt arī UV lakošanas līnijas, ko izmanto lielie "
         "ražotāji.", "Nē"],
        ["3.", "MIP, „Darba vidē balstītas mācības”", "Jāprecizē ieteicamais uzņēmumu profils – "
         "vēlams, bet nav būtiski.", "Nē"],
        ["4.", "PKE, praktiskā daļa", "Vērtēšanas lapā jānodala kritēriji „izmēru precizitāte” un "
         "„savienojumu kvalitāte”, šobrīd tie summēti vienā punktā.", "Jā"],
        ["5.", "PKE, teorētiskā daļa", "Jautājumi Nr. 7 un Nr. 18 dublējas, viens jāaizstāj ar jautājumu "
         "par CNC apstrādes režīmiem.", "Jā"],
    ], widths=[1, 4.5, 8.5, 2.5], size=10)
    P(d, "")
    P(d, ("5. Slēdziens", "b"))
    P(d, "MIP saturs ir atbalstāms un virzāms saskaņošanai; 4. sadaļā minētie ieteikumi (Nr. 1–3) nav "
         "obligāti un var tikt ņemti vērā nākamajā programmas aktualizācijā.")
    P(d, "PKE saturs ir atbalstāms, tomēr virzāms saskaņošanai tikai pēc 4. sadaļā ar „Jā” atzīmēto "
         "precizējumu (Nr. 4 un Nr. 5) veikšanas.")
    P(d, "")
    T(d, [["Nozares eksperte", "Baiba Roze", "Paraksts: ______________"]], style=None, widths=[4.5, 6, 6])
    build("r9b22_Mēbeļu galdnieks_MIP_PKE_ekspertīzes atzinums_Roze.docx", d, rows=[
        ("mēbeļu galdnieks", "MIP", "supported", "Baiba Roze", "2026-05-19", 4),
        ("mēbeļu galdnieks", "PKE", "needs_corrections", "Baiba Roze", "2026-05-19", 4),
    ], note="Long formal form (5 sections). Purpose sentence and February history ('netika atbalstīts') are "
            "not verdicts; remark table has 'jāprecizē'/'Obligāts Nē' for MIP but the 'Slēdziens' says MIP "
            "supported and explicitly calls them optional; PKE needs corrections.")


# ----------------------------------------------------------------------------------------------
# 23  energy: three qualifications in one matrix, ✓ marks, merged qualification cells
# ----------------------------------------------------------------------------------------------
def f23():
    d = new_doc("Ainārs Siliņš", D(2026, 5, 12, 20, 30), font="Calibri", size=10, landscape=True,
                margins=(1.5, 1.5, 2, 2))
    P(d, ("Enerģētikas nozares eksperta atzinums par MIP un PKE saturu", "b", 14))
    P(d, "Eksperts: Ainārs Siliņš, SIA “Elektro Būvmontāža” galvenais inženieris")
    P(d, "Vērtējums norādīts ar ✓ attiecīgajā ailē.", italic=True, size=9)
    ok = Pa(("\u2713", "bS", 12), CENTER)
    T(d, [
        [("Kvalifikācija", "b"), ("Dok.", "b"), ("Atbalstāms un virzāms saskaņošanai", "b"),
         ("Atbalstāms, pēc precizējumiem virzāms saskaņošanai", "b"), ("Nav atbalstāms", "b"),
         ("Komentārs", "b")],
        ["Elektrotehniķis (LKI 4)", "MIP", ok, "", "", "Programma laba, atjaunojamās enerģētikas modulis "
                                                       "ļoti vērtīgs."],
        [None, "PKE", "", ok, "", "Jāprecizē releju aizsardzības uzdevuma sākumdati un vērtēšanas kritēriji."],
        ["Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)", "MIP", "", ok, "",
         "Jāsaskaņo stundu skaits moduļos ar mācību plānu (starpība 48 h)."],
        [None, "PKE", "", "", ok, "Eksāmenā nav neviena jautājuma par F-gāzu drošu apriti un noplūžu "
                                  "pārbaudi – tas ir obligāti. Eksāmena saturs jāpārstrādā."],
        ["Elektromontieris (LKI 3)", "MIP", ok, "", "", ""],
        [None, "PKE", ok, "", "", "Bez piezīmēm."],
    ], widths=[5.5, 1.3, 3.5, 4, 2.8, 8.5], shade_row0="FFF2CC",
      merges=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))])
    P(d, "")
    T(d, [[("Paraksts / datums", "b"), "A. Siliņš  /  12.05.2026."]], widths=[5, 10])
    build("r9b23_Energetika_3 kvalifikacijas_Silins.docx", d, rows=[
        ("elektrotehniķis", "MIP", "supported", "Ainārs Siliņš", "2026-05-12", 4),
        ("elektrotehniķis", "PKE", "needs_corrections", "Ainārs Siliņš", "2026-05-12", 4),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
         "Ainārs Siliņš", "2026-05-12", 3),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported",
         "Ainārs Siliņš", "2026-05-12", 3),
        ("elektromontieris", "MIP", "supported", "Ainārs Siliņš", "2026-05-12", 3),
        ("elektromontieris", "PKE", "supported", "Ainārs Siliņš", "2026-05-12", 3),
    ], note="Landscape matrix: three qualifications x MIP/PKE rows, qualification cell vertically merged, "
            "✓ (Segoe UI Symbol) in the chosen column. Full name at top, initial in 'Paraksts / datums'.")


# ----------------------------------------------------------------------------------------------
# 24  no diacritics; horizontal label row with values below
# ----------------------------------------------------------------------------------------------
def f24():
    d = new_doc("dainis", D(2026, 5, 20, 6, 50), font="Arial", size=10)
    P(d, ("EKSPERTA ATZINUMS - MIP un PKE", "b", 12))
    T(d, [
        [("Kvalifikacija", "b"), ("LKI", "b"), ("Eksperts", "b"), ("Datums", "b")],
        ["Mezsaimniecibas tehnikis", "4", "Dainis Kalejs", "2026-05-20"],
    ], widths=[6, 1.5, 5, 4], shade_row0="D9D9D9")
    P(d, "")
    T(d, [
        [("Dokuments", "b"), ("Vertejums", "b")],
        ["MIP", ["Saturs ir atbalstams, pec precizejumu veiksanas virzams saskanosanai.",
                 "Precizejumi: 1) modulim \"Mezsaimnieciska planosana\" japievieno darbs ar MVR datiem; "
                 "2) jaizlabo atsauces uz Meza likuma redakciju."]],
        ["PKE", ["Nav atbalstams.",
                 "Eksamena uzdevumi neparbauda meza atjaunosanas un kopsanas planosanas prasmes, kas ir "
                 "standarta galvena kompetence. Praktiskais uzdevums jaizstrada no jauna."]],
    ], widths=[2.5, 14])
    P(d, "")
    P(d, "Ja rodas jautajumi, zvaniet 29 113 540.", italic=True, size=9)
    build("r9b24_mezsaimniecibas tehnikis_atzinums_Kalejs.docx", d, rows=[
        ("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Dainis Kalejs", "2026-05-20", 4),
        ("mežsaimniecības tehniķis", "PKE", "not_supported", "Dainis Kalejs", "2026-05-20", 4),
    ], note="Typed without diacritics (qualification, verdicts, name 'Kalejs' as written). Header row of "
            "labels with values in the row below. Core author a lowercase login name.")


# ----------------------------------------------------------------------------------------------
# 25  nested table; PKE only; no date
# ----------------------------------------------------------------------------------------------
def f25():
    d = new_doc("Rūta Eglīte", D(2026, 5, 25, 14, 0), font="Calibri", size=11)
    P(d, ("Ekspertīzes atzinums", "b", 14))

    def verdict_cell(cell):
        cell.paragraphs[0].add_run("Atzīmēt vienu:").italic = True
        inner = cell.add_table(3, 2)
        inner.style = "Table Grid"
        for i, (lab, mark) in enumerate([
                ("Atbalstāms un virzāms saskaņošanai", "X"),
                ("Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""),
                ("Nav atbalstāms", "")]):
            inner.cell(i, 0).paragraphs[0].add_run(lab)
            inner.cell(i, 1).paragraphs[0].add_run(mark).bold = True
            inner.cell(i, 0).width, inner.cell(i, 1).width = Cm(9), Cm(1.2)

    T(d, [
        [("Kvalifikācija", "b"), "Datorizētu kokapstrādes iekārtu operators"],
        [("Ekspertīzes priekšmets", "b"),
         "Tikai PKE saturs (2. redakcija). MIP ekspertīze veikta iepriekš un šajā atzinumā netiek vērtēta."],
        [("Vērtējums", "b"), verdict_cell],
        [("Pamatojums", "b"),
         "Praktiskajā daļā iekļauts 5 asu apstrādes uzdevums, vērtēšanas lapa sakārtota (kopā 100 punkti). "
         "Iepriekšējie komentāri ņemti vērā."],
        [("Eksperte", "b"), "Rūta Eglīte"],
        [("Datums", "b"), "________________"],
    ], widths=[4.5, 12])
    build("r9b25_DKIO_PKE_Eglite.docx", d, rows=[
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Rūta Eglīte", "", 4),
    ], note="Verdict options in a nested table inside the outer form cell, X in the chosen row. Only PKE: MIP "
            "explicitly not assessed -> no MIP row. Date field left blank (core 'created' is not the review "
            "date) -> empty date.")


# ----------------------------------------------------------------------------------------------
# 26  qualification not in the register; free-text verdicts in a two-column table
# ----------------------------------------------------------------------------------------------
def f26():
    d = new_doc("Kaspars Mednis", D(2026, 5, 28, 11, 11), font="Calibri", size=11)
    P(d, ("Atzinums par MIP un PKE saturu", "b", 13))
    T(d, [
        ["Kvalifikācija:", ("Siltumenerģētikas tehniķis", "b")],
        ["Līmenis:", "4. LKI"],
        ["Nozare:", "Enerģētika"],
        ["Eksperts:", "Kaspars Mednis"],
        ["Datums:", "2026. gada 28. maijs"],
    ], widths=[3.5, 13], style=None)
    P(d, "")
    T(d, [
        [("Dokuments", "b"), ("Vērtējums", "b")],
        ["Modulārā programma", "Programmu atbalstu pilnībā, virzīt saskaņošanai. Katlumāju automātikas un "
                               "siltumtīklu hidraulikas moduļi izstrādāti ļoti profesionāli."],
        ["Kvalifikācijas eksāmens", "Atbalstu ar nosacījumu, ka praktiskajā daļā tiek pievienots uzdevums "
                                    "par individuālā siltummezgla regulēšanu. Pēc tam virzīt saskaņošanai."],
    ], widths=[4.5, 12], shade_row0="DDEBF7")
    build("r9b26_Siltumenergetikas tehnikis_MIP PKE_Mednis.docx", d, rows=[
        ("siltumenerģētikas tehniķis", "MIP", "supported", "Kaspars Mednis", "2026-05-28", 4),
        ("siltumenerģētikas tehniķis", "PKE", "needs_corrections", "Kaspars Mednis", "2026-05-28", 4),
    ], problems=["unknown_qualification"],
       note="'Siltumenerģētikas tehniķis' not in the register -> unknown_qualification, LKI 4 from the review. "
            "Documents named 'Modulārā programma' / 'Kvalifikācijas eksāmens'; first-person verdicts, "
            "condition 'ar nosacījumu ... Pēc tam virzīt'.")


# ----------------------------------------------------------------------------------------------
# 27  chosen option in bold ("izvēlēto iezīmēt treknrakstā")
# ----------------------------------------------------------------------------------------------
def f27():
    d = new_doc(KOORD, D(2026, 6, 2, 13, 44), font="Calibri", size=11)
    P(d, ("Eksperta vērtējums", "b", 13))
    T(d, [
        ["Profesionālā kvalifikācija", "Meža mašīnu operators"],
        ["LKI līmenis", "3"],
        ["Darba grupa", "Barkavas arodvidusskola"],
    ], widths=[5.5, 11], shade_col0="E2EFD9")
    P(d, "")
    P(d, ("Izvēlēto variantu iezīmēt treknrakstā.", "i", 9))
    T(d, [
        [("Dokuments", "b"), ("Vērtējums", "b")],
        [("MIP", "i"), [["Atbalstāms un virzāms saskaņošanai"],
                        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        [("Nav atbalstāms", "b")]]],
        [("PKE", "i"), [[("Atbalstāms un virzāms saskaņošanai", "b")],
                        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                        ["Nav atbalstāms"]]],
        [("Pamatojums", "i"),
         "Programmā harvestera un forvardera vadība apvienota vienā modulī ar 80 stundām – tas nav "
         "pietiekami, lai sagatavotu operatoru darbam ar abām mašīnām. Nav simulatora mācību. Programma "
         "jāveido no jauna pēc nozares kvalifikāciju struktūras. Eksāmena saturs gan ir labs, to var "
         "saskaņot uzreiz."],
    ], widths=[3, 13.5])
    P(d, "")
    T(d, [
        [("Eksperte", "b"), ("Paraksts / datums", "b")],
        ["", "Līga Upeniece   /   2026-06-02"],
    ], widths=[6, 10.5])
    build("r9b27_Meza masinu operators_Upeniece_vertejums.docx", d, rows=[
        ("meža mašīnu operators", "MIP", "not_supported", "Līga Upeniece", "2026-06-02", 3),
        ("meža mašīnu operators", "PKE", "supported", "Līga Upeniece", "2026-06-02", 3),
    ], note="All options printed; the chosen one is bold ('iezīmēt treknrakstā'), agreed by the prose "
            "reasoning. 'Eksperte' cell left empty; name and date typed in the 'Paraksts / datums' cell. "
            "Author = coordinator.")


# ----------------------------------------------------------------------------------------------
# 28  Outlook English headers; MIP only (PKE by a colleague)
# ----------------------------------------------------------------------------------------------
def f28():
    d = new_doc(KOORD, D(2026, 3, 17, 8, 2), font="Calibri", size=11)
    for k, v in [("From:", "Andris Vanags <andris.vanags@logsdurvis.lv>"),
                 ("Sent:", "Monday, March 16, 2026 4:47 PM"),
                 ("To:", "Ieva Saulīte <ieva.saulite@lddk.lv>"),
                 ("Subject:", "RE: Būvizstrādājumu galdnieka MIP – ekspertīze")]:
        P(d, [(k + " ", "b"), v], space_after=0)
    P(d, "")
    for line in [
        "Ieva, labdien!",
        "Kā runājām, skatīju tikai programmu, PKE vērtē Sandra.",
        "Slēdziens: MIP saturs šobrīd nav atbalstāms. Moduļos nav ne vārda par logu un durvju montāžu "
        "ēkās un gaisa caurlaidības prasībām, bet tā ir puse no mūsu pasūtījumiem. Arī mācību apjoms "
        "darba vidē ir par mazu. Pēc pārstrādes labprāt paskatīšos vēlreiz.",
        "",
        "Andris Vanags",
        "SIA “Logs un Durvis”, ražošanas direktors",
    ]:
        P(d, line, space_after=2)
    P(d, "", border_bottom=True)
    for k, v in [("From:", "Ieva Saulīte <ieva.saulite@lddk.lv>"),
                 ("Sent:", "Monday, March 2, 2026 10:12 AM"),
                 ("To:", "Andris Vanags <andris.vanags@logsdurvis.lv>"),
                 ("Subject:", "Būvizstrādājumu galdnieka MIP – ekspertīze")]:
        P(d, [(k + " ", "b"), v], space_after=0, size=10)
    P(d, "")
    for line in [
        "Andri, sveiks!",
        "Nosūtu būvizstrādājumu galdnieka modulāro programmu (4. LKI). Lūdzu atzinumā norādīt, vai saturs "
        "ir atbalstāms un virzāms saskaņošanai, atbalstāms ar precizējumiem vai nav atbalstāms.",
        "Eksāmena saturu šoreiz vērtēs S. Bite.",
        "Paldies, Ieva",
    ]:
        P(d, line, space_after=2, size=10)
    build("r9b28_FW_ Buvizstradajumu galdnieks MIP - Vanags.docx", d, rows=[
        ("būvizstrādājumu galdnieks", "MIP", "not_supported", "Andris Vanags", "2026-03-16", 4),
    ], note="Outlook print with English headers (From/Sent/To/Subject) and Latvian body. Only the MIP; the "
            "PKE is explicitly reviewed by a colleague -> no PKE row. Quoted request lists all options. "
            "Date = Sent of the expert's reply (the file was printed a day later).")


# ----------------------------------------------------------------------------------------------
# 29  history table of three rounds; the newest round counts
# ----------------------------------------------------------------------------------------------
def f29():
    d = new_doc("Ilona Kārkliņa", D(2026, 6, 10, 10, 25), font="Calibri", size=11)
    P(d, ("Ekspertīzes atzinums (3. kārta)", "b", 14))
    T(d, [
        ["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI līmenis", "4"],
        ["Eksperte", "Ilona Kārkliņa"],
    ], widths=[4.5, 12], shade_col0="F2F2F2")
    P(d, "")
    P(d, ("Ekspertīzes gaita", "b"))
    T(d, [
        [("Kārta", "b"), ("Datums", "b"), ("MIP", "b"), ("PKE", "b")],
        ["1.", "2026-02-10", "nav atbalstāms", "nav atbalstāms"],
        ["2.", "2026-04-15", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"],
        [("3. (šis atzinums)", "b"), ("2026-06-10", "b"),
         ("atbalstāms un virzāms saskaņošanai", "b"),
         ("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "b")],
    ], widths=[3, 2.8, 5.4, 5.3], shade_row0="D9D9D9", size=10)
    P(d, "")
    P(d, ("Pašreizējais slēdziens", "b"))
    P(d, "MIP – visi 2. kārtā prasītie precizējumi veikti, programma ir atbalstāma un virzāma saskaņošanai.")
    P(d, "PKE – praktiskā daļa pārstrādāta un tagad atbilst 4. līmenim; jāprecizē vērtēšanas lapa "
         "(trūkst kritērija par darba vietas sakārtošanu). Pēc tam eksāmena saturu var virzīt saskaņošanai.")
    P(d, "")
    P(d, "Ilona Kārkliņa, 10.06.2026.", align=RIGHT)
    build("r9b29_KIRT_ekspertizes vesture_Karklina.docx", d, rows=[
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Ilona Kārkliņa", "2026-06-10", 4),
        ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Ilona Kārkliņa", "2026-06-10", 4),
    ], note="History table with three rounds (two older rows with other verdicts and dates); the row marked "
            "'šis atzinums' and the 'Pašreizējais slēdziens' text give the current verdicts; review date = "
            "round 3 date.")


# ----------------------------------------------------------------------------------------------
# 30  three Jā/Nē flags per document (atbalstāms / precizējumi / virzāms)
# ----------------------------------------------------------------------------------------------
def f30():
    d = new_doc(KOORD2, D(2026, 6, 4, 8, 15), font="Arial", size=10)
    P(d, ("Mehatronisko sistēmu tehniķis – MIP un PKE satura ekspertīze (2. kārta)", "b", 12))
    T(d, [
        ["LKI līmenis", "4. līmenis"],
        ["Eksperts", "Juris Ezeriņš"],
        ["Datums", "2026. gada 3. jūnijā"],
    ], widths=[4, 12.5], style="Light List Accent 1")
    P(d, "")
    T(d, [
        [("Dokuments", "b"), ("Saturs atbalstāms", "b"), ("Nepieciešami precizējumi", "b"),
         ("Virzāms saskaņošanai", "b"), ("Komentārs", "b")],
        ["MIP", "Jā", "Nē", "Jā", "1. kārtas piezīmes (PLC programmatūra, IEC 61131-3) ieviestas."],
        ["PKE", "Jā", "Jā", "Jā, pēc precizējumu veikšanas",
         "Pneimatikas uzdevuma komponentu sarakstā trūkst droseļvārstu; vērtēšanas kritērijos "
         "nav punktu par shēmas noformējumu."],
    ], widths=[2, 2.5, 3, 3.3, 5.7], shade_row0="DEEAF6")
    P(d, "")
    P(d, "Piezīme: nozares uzņēmumi atbalsta ieceri eksāmena praktisko daļu organizēt uzņēmumu "
         "mācību centros.", size=9, italic=True)
    build("r9b30_MST_2.karta_Ezerins.docx", d, rows=[
        ("mehatronisko sistēmu tehniķis", "MIP", "supported", "Juris Ezeriņš", "2026-06-03", 4),
        ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Juris Ezeriņš", "2026-06-03", 4),
    ], note="Verdict given as three Jā/Nē flags (atbalstāms, precizējumi, virzāms) per document; title uses the "
            "full name, file name only 'MST'. 'uzņēmumi atbalsta ieceri' is a 3rd-person trap.")


# ----------------------------------------------------------------------------------------------
# 31  ☑ glyphs; expert and date only in the footer; alias "VGK iekārtu remontatslēdznieks"
# ----------------------------------------------------------------------------------------------
def f31():
    d = new_doc("", D(2026, 4, 8, 16, 40), font="Calibri", size=11)
    header_text(d, ["LDDK  •  Projekts 4.2.2.9.  •  Nozaru ekspertu atzinumi"], align=RIGHT, size=8,
                border=True)
    header_text(d, ["Ekspertīzi veica: Pēteris Auziņš  |  08.04.2026."], footer=True, size=8)
    P(d, ("VGK iekārtu remontatslēdznieks – MIP un PKE satura ekspertīze", "b", 13))
    P(d, "LKI 3. līmenis; darba grupa: Rīgas Valsts tehnikums")
    Y, N = ("\u2611", "S"), ("\u2610", "S")
    T(d, [
        [("Vērtējamais dokuments", "b"), ("Slēdziens (☑ – izvēlētais)", "b")],
        ["MIP", [[N, " atbalstāms un virzāms saskaņošanai"],
                 [Y, " atbalstāms ar precizējumiem, pēc tam virzāms saskaņošanai"],
                 [N, " nav atbalstāms"]]],
        ["PKE", [[Y, " atbalstāms un virzāms saskaņošanai"],
                 [N, " atbalstāms ar precizējumiem, pēc tam virzāms saskaņošanai"],
                 [N, " nav atbalstāms"]]],
        [("Piezīmes", "b"),
         "Lūdzu darba grupu pirms virzīšanas precizēt MIP moduļa „Dzesēšanas sistēmu diagnostika” mācību "
         "rezultātus (jāiekļauj noplūžu meklēšana ar elektronisko detektoru) un pievienot F-gāzu "
         "sertifikācijas prasības. Eksāmena saturs sabalansēts, teorija un prakse atbilst 3. līmenim."],
    ], widths=[4, 12.5])
    build("r9b31_VGK remontatslēdznieks_atzinums.docx", d, rows=[
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
         "Pēteris Auziņš", "2026-04-08", 3),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported",
         "Pēteris Auziņš", "2026-04-08", 3),
    ], note="Register alias 'VGK iekārtu remontatslēdznieks'. ☑/☐ typed glyphs (Segoe UI Symbol). Expert "
            "name and date exist only in the page footer; header has project text; core author empty.")


# ----------------------------------------------------------------------------------------------
# 32  module-level remarks ("neatbalstu" for one module) outranked by the summary row; "iebildumu nav"
# ----------------------------------------------------------------------------------------------
def f32():
    d = new_doc("Evija Sproģe", D(2026, 6, 15, 12, 0), font="Times New Roman", size=11)
    P(d, ("Elektrotehniķis (LKI 4) – ekspertīzes atzinums", "b", 13))
    T(d, [
        ["Eksperte", "Dr. sc. ing. Evija Sproģe"],
        ["Atzinuma datums", "15.06.2026."],
        ["Vērtētie dokumenti", "MIP (05.06.2026. redakcija), PKE (05.06.2026. redakcija)"],
    ], widths=[4.5, 12], style="Table Grid")
    P(d, "")
    P(d, ("I. MIP vērtējums pa moduļiem", "b"))
    T(d, [
        [("Modulis", "b"), ("Vērtējums", "b"), ("Komentārs", "b")],
        ["1. Elektroietaišu ekspluatācija", "neatbalstu pašreizējā formā",
         "Nav ietverta darba atļauju (norīkojumu) sistēma un darbs zem sprieguma – jāpapildina."],
        ["2. Atjaunojamie energoresursi", "atbalstu", "Labi sasaistīts ar saules paneļu uzstādīšanas praksi."],
        ["3. Releju aizsardzība un automātika", "jāprecizē",
         "Mācību rezultātos jāmin mikroprocesoru releju iestatīšana."],
        ["4. Elektroapgādes projektēšanas pamati", "atbalstu", ""],
        [("KOPSAVILKUMS: MIP kopumā atbalstāms; pēc 1. un 3. moduļa precizējumu veikšanas virzāms "
          "saskaņošanai.", "b")],
    ], widths=[5.5, 4, 7])
    P(d, "")
    P(d, ("II. PKE vērtējums", "b"))
    P(d, "Eksāmena teorētiskā un praktiskā daļa atbilst profesijas standartam un MIP mācību rezultātiem. "
         "Par PKE saturu man iebildumu nav, to var virzīt saskaņošanai.")
    build("r9b32_Elektrotehniķis_Sproģe_galīgais.docx", d, rows=[
        ("elektrotehniķis", "MIP", "needs_corrections", "Evija Sproģe", "2026-06-15", 4),
        ("elektrotehniķis", "PKE", "supported", "Evija Sproģe", "2026-06-15", 4),
    ], note="Module table with per-module 'neatbalstu'/'atbalstu'/'jāprecizē'; the merged KOPSAVILKUMS row "
            "outranks them (MIP needs corrections). PKE: 'iebildumu nav ... var virzīt' = supported. "
            "Title 'Dr. sc. ing.' dropped.")


# ----------------------------------------------------------------------------------------------
# 33  PKE only, three qualifications, X column, "Paraksts / datums" with an initial
# ----------------------------------------------------------------------------------------------
def f33():
    d = new_doc(KOORD2, D(2026, 6, 19, 9, 40), font="Calibri", size=10)
    P(d, ("Profesionālās kvalifikācijas eksāmenu satura ekspertīze – kokrūpniecība", "b", 13))
    P(d, "Šis atzinums attiecas tikai uz PKE saturu. Modulārās programmas tiks vērtētas atsevišķi.",
      italic=True)

    def block(title, mark, remark):
        P(d, (title, "b", 11), space_before=6)
        labs = ["atbalstāms un virzāms saskaņošanai",
                "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                "nav atbalstāms"]
        T(d, [[lab, Pa("X" if i == mark else "", CENTER)] for i, lab in enumerate(labs)]
          + [[("Piezīmes: ", "b"), remark]], widths=[13.5, 3])

    block("1. Kokapstrādes iekārtu operators (3. LKI)", 0, "Bez piezīmēm.")
    block("2. Motorzāģa operators (3. LKI)", 1,
          "Praktiskajā uzdevumā jānorāda koka diametrs un gāšanas virziens; jāpievieno vērtēšanas kritērijs "
          "par individuālajiem aizsardzības līdzekļiem.")
    block("3. Meža mašīnu operators (3. LKI)", 2,
          "Eksāmenā nav praktiskā uzdevuma uz simulatora vai mašīnas, tikai teorija un mutiska aizstāvēšana. "
          "Šādā veidā kvalifikāciju novērtēt nav iespējams.")
    P(d, "")
    T(d, [[("Paraksts / datums", "b"), "J. Zariņš  /  18.06.2026"]], widths=[5, 11.5])
    build("r9b33_PKE_kokrupnieciba_3PK_Zarins.docx", d, rows=[
        ("kokapstrādes iekārtu operators", "PKE", "supported", "J. Zariņš", "2026-06-18", 3),
        ("motorzāģa operators", "PKE", "needs_corrections", "J. Zariņš", "2026-06-18", 3),
        ("meža mašīnu operators", "PKE", "not_supported", "J. Zariņš", "2026-06-18", 3),
    ], note="Three qualifications, one option table each with an X column; 'attiecas tikai uz PKE' -> no MIP "
            "rows. Expert only as initial + surname in the 'Paraksts / datums' cell; author = coordinator.")


# ----------------------------------------------------------------------------------------------
# 34  Gmail print with Latvian UI, hasty text without diacritics, round 2
# ----------------------------------------------------------------------------------------------
def f34():
    d = new_doc(KOORD, D(2026, 6, 22, 9, 5), font="Arial", size=10)
    T(d, [[("Gmail", "b", 16), Pa("Ieva Saulīte <ieva.saulite@lddk.lv>", RIGHT)]], style=None, widths=[5, 11.5])
    P(d, "", border_bottom=True)
    P(d, ("Re: Elektromontiera MIP/PKE – 2. kārta", "b", 13))
    P(d, "1 ziņojums", size=8, border_bottom=True)
    T(d, [[[[("Gatis Vītols", "b"), " <gatis.vitols@elektrotikls.lv>"]],
           Pa("2026. gada 22. jūnijs 07:58", RIGHT)]], style=None, widths=[10, 6.5])
    P(d, "Kam: Ieva Saulīte <ieva.saulite@lddk.lv>", size=9)
    for line in [
        "Labrit!",
        "Paskatiju labotos elektromontiera dokumentus.",
        "MIP - ok, visi mani iepriekseji komentari nemti vera, atbalstu un var virzit saskanosanai.",
        "PKE - kopuma atbalstu, bet vertesanas kriterijos vel jasalabo punktu skala prakt. uzdevumam "
        "(sobrid max 90, nevis 100). Kad salabos, var virzit talak, atkartoti man nav jasuta.",
        "",
        "Gatis",
    ]:
        P(d, line, space_after=2)
    P(d, "")
    P(d, "2026. gada 15. jūnijs 10:03 Ieva Saulīte <ieva.saulite@lddk.lv> rakstīja:", size=9, italic=True)
    for line in [
        "> Sveiks, Gati!",
        "> Pielikumā elektromontiera (3. LKI) MIP un PKE labotās redakcijas. Pirmajā kārtā MIP netika "
        "atbalstīts, PKE bija jāprecizē. Lūdzu paskatīties, vai tagad saturs ir atbalstāms un virzāms "
        "saskaņošanai.",
        "> Ieva",
    ]:
        P(d, line, size=9, space_after=0)
    build("r9b34_Re_ Elektromontieris atzinums.docx", d, rows=[
        ("elektromontieris", "MIP", "supported", "Gatis Vītols", "2026-06-22", 3),
        ("elektromontieris", "PKE", "needs_corrections", "Gatis Vītols", "2026-06-22", 3),
    ], note="Gmail print with Latvian interface ('1 ziņojums', 'rakstīja:'), reply typed without diacritics, "
            "qualification in the genitive ('elektromontiera'). Quoted request carries round-1 history "
            "('MIP netika atbalstīts') and must not count.")


# ----------------------------------------------------------------------------------------------
def main():
    for name, fn in sorted(globals().items()):
        if name.startswith("f") and name[1:].isdigit():
            fn()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r9b – blind set: forms and tables filled in by sector experts\n\n")
        f.write(f"{len(FILES)} files, {len(ROWS)} gold rows, {len(PROBLEMS)} problem rows. "
                "Built by `build.py` (python-docx + raw WordprocessingML). Gold labels sit next to the code "
                "that builds each file.\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for name, note in README:
            f.write(f"| {name} | {note.replace('|', '/')} |\n")
    print(len(FILES), "files;", len(ROWS), "rows;", len(PROBLEMS), "problems")


if __name__ == "__main__":
    main()
