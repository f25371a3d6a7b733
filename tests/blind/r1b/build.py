# -*- coding: utf-8 -*-
"""Blind evaluation set r1b: tables, forms, e-mails and letterheads (Latvian expert reviews).

Builds every .docx into this folder and writes expected.csv, expected_problems.csv and README.md.
Each builder function carries its own gold labels (GOLD / PROB calls) right next to the text.

Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os
from copy import deepcopy

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))

ROWS = []      # gold rows
PROBS = []     # problem rows
NOTES = []     # (file, design, judgement calls) for README

S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"

COORD1 = "Ilze Bērziņa"     # fictional LDDK coordinator (never an expert)
COORD2 = "Anita Celmiņa"    # fictional LDDK coordinator (never an expert)


def GOLD(f, qual, doc, verdict, expert, date, lki):
    ROWS.append(dict(file=f, qualification=qual, document=doc, verdict=verdict,
                     expert=expert, date=date, lki_level=str(lki) if lki != "" else ""))


def PROB(f, code):
    PROBS.append(dict(file=f, code=code))


def NOTE(f, design, calls):
    NOTES.append((f, design, calls))


# --------------------------------------------------------------------------------------------
# WordprocessingML helpers
# --------------------------------------------------------------------------------------------
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
     'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
     'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
     'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
     'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
     'xmlns:v="urn:schemas-microsoft-com:vml" '
     'xmlns:o="urn:schemas-microsoft-com:office:office" '
     'xmlns:w10="urn:schemas-microsoft-com:office:word"')

_ids = {"n": 100}


def _nid():
    _ids["n"] += 1
    return _ids["n"]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new(author, created, font="Calibri", size=11, title=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % W)
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=37)
    cp.title = title or ""
    return d


def add_seg(par, seg):
    """seg: str | (kind, value). kinds: t, b, i, bi, u, strike, ins, del, sym, glyph, sdt, ff, ffchk, tbox"""
    if isinstance(seg, str):
        par.add_run(seg)
        return
    kind, val = seg[0], seg[1]
    if kind == "t":
        par.add_run(val)
    elif kind == "b":
        par.add_run(val).bold = True
    elif kind == "i":
        par.add_run(val).italic = True
    elif kind == "bi":
        r = par.add_run(val)
        r.bold = r.italic = True
    elif kind == "u":
        par.add_run(val).underline = True
    elif kind == "strike":
        par.add_run(val).font.strike = True
    elif kind == "ins":
        author = seg[2] if len(seg) > 2 else "Eksperts"
        x = ('<w:ins %s w:id="%d" w:author="%s" w:date="2026-03-25T09:12:00Z"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
             % (W, _nid(), esc(author), esc(val)))
        par._p.append(parse_xml(x))
    elif kind == "del":
        author = seg[2] if len(seg) > 2 else "Eksperts"
        x = ('<w:del %s w:id="%d" w:author="%s" w:date="2026-03-25T09:11:00Z"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
             % (W, _nid(), esc(author), esc(val)))
        par._p.append(parse_xml(x))
    elif kind == "sym":        # Wingdings symbol, val = F0FE / F0A8 / F0FD
        x = '<w:r %s><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % (W, val)
        par._p.append(parse_xml(x))
    elif kind == "glyph":      # checkbox glyph typed as text in MS Gothic
        x = ('<w:r %s><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
             '<w:t xml:space="preserve">%s</w:t></w:r>' % (W, esc(val)))
        par._p.append(parse_xml(x))
    elif kind == "sdt":        # content-control checkbox, val = checked bool
        ch = "1" if val else "0"
        glyph = "☒" if val else "☐"
        x = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%s"/>'
             '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
             '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
             'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
             % (W, _nid() * 7919, ch, glyph))
        par._p.append(parse_xml(x))
    elif kind in ("ff", "ffchk"):   # legacy FORMCHECKBOX; ff uses w:default, ffchk uses w:checked
        n = _nid()
        if kind == "ff":
            cb = '<w:checkBox><w:sizeAuto/><w:default w:val="%s"/></w:checkBox>' % ("1" if val else "0")
        else:
            cb = ('<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>'
                  % ('<w:checked/>' if val else '<w:checked w:val="0"/>'))
        for x in (
            '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
            '<w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>' % (W, n, cb),
            '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W,
            '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W,
            '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W,
        ):
            par._p.append(parse_xml(x))
    elif kind == "tbox":       # text box with paragraphs val (list of str / seg lists); DrawingML + VML fallback
        n = _nid()
        def paras():
            out = []
            for line in val:
                segs = line if isinstance(line, list) else [line]
                runs = ""
                for sg in segs:
                    if isinstance(sg, str):
                        runs += '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(sg)
                    else:
                        runs += '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % esc(sg[1])
                out.append("<w:p>%s</w:p>" % runs)
            return "<w:txbxContent>%s</w:txbxContent>" % "".join(out)
        x = ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
             '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
             'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
             '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
             '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
             '<wp:extent cx="5760000" cy="1080000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
             '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
             '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
             '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="1080000"/></a:xfrm>'
             '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
             '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
             '<wps:txbx>%s</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
             'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
             '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
             '<v:shape id="Text Box %d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
             'style="position:absolute;margin-left:0;margin-top:0;width:453.5pt;height:85pt;z-index:%d;'
             'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" fillcolor="#f2f2f2" strokeweight="1pt">'
             '<v:textbox>%s</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>'
             '</mc:AlternateContent></w:r>'
             % (W, 251659264 + n, n, n, paras(), n, n, n, paras()))
        par._p.append(parse_xml(x))
    else:
        raise ValueError(kind)


def fill(par, spec):
    if isinstance(spec, str):
        if spec:
            par.add_run(spec)
    else:
        for seg in spec:
            add_seg(par, seg)


def P(doc_or_cell, spec="", bold=False, size=None, align=None, italic=False, space_after=None, style=None):
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if isinstance(spec, str):
        if spec:
            r = par.add_run(spec)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    else:
        fill(par, spec)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def set_cell(cell, spec, bold=False):
    """spec: str (\n -> new paragraphs) | list of segs | list of lists (paragraphs)."""
    first = cell.paragraphs[0]
    if isinstance(spec, str):
        lines = spec.split("\n")
        for k, line in enumerate(lines):
            par = first if k == 0 else cell.add_paragraph()
            if line:
                r = par.add_run(line)
                r.bold = bold
    elif spec and isinstance(spec[0], list):
        for k, segs in enumerate(spec):
            par = first if k == 0 else cell.add_paragraph()
            fill(par, segs)
    else:
        fill(first, spec)


def T(doc, rows, widths=None, header=False, merge=(), style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(header and i == 0))
    for (i, j1, j2) in merge:
        a = t.cell(i, j1).merge(t.cell(i, j2))
        # merge keeps text of all cells; leave first paragraph only if others empty
        pars = a.paragraphs
        for extra in pars[1:]:
            if not extra.text.strip() and len(pars) > 1:
                extra._p.getparent().remove(extra._p)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def header_text(doc, lines, footer=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for line in lines:
        par = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        fill(par, line)
        for r in par.runs:
            r.font.size = Pt(9)


def save(doc, name):
    doc.save(os.path.join(OUT, name))


def C(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi, 0)


BUILDERS = []


def builder(fn):
    BUILDERS.append(fn)
    return fn


# ============================================================================================
# 01  letterhead + key/value table + summary table "Dokuments | Vērtējums | Piezīmes"
# ============================================================================================
@builder
def f01():
    f = "r1b01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx"
    GOLD(f, "elektrotehniķis", "MIP", S, "Jānis Ozols", "2026-03-13", 4)
    GOLD(f, "elektrotehniķis", "PKE", NC, "Jānis Ozols", "2026-03-13", 4)
    NOTE(f, "letterhead (name + role), KV table, summary table Dokuments|Vērtējums|Piezīmes; author = coordinator",
         "MIP note has an optional suggestion (not a condition) -> supported; programme version dates and the "
         "3 March invitation are not the review date; expert = full name of the letterhead (signature only 'J. Ozols')")
    d = new(COORD1, C(2026, 3, 13, 16, 20), font="Times New Roman", size=12)
    P(d, "Jānis Ozols", bold=True, space_after=0)
    P(d, "nozares eksperts, SIA „Latgales Energoserviss”, elektroapgādes nodaļas vadītājs", italic=True, space_after=0)
    P(d, "Tālr. 2912 3456, janis.ozols@latgalesenergo.lv", size=10)
    P(d)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, size=14, align="c")
    P(d, "par profesionālās kvalifikācijas „Elektrotehniķis” modulārās izglītības programmas (MIP) un "
         "profesionālās kvalifikācijas eksāmena (PKE) saturu", align="c")
    T(d, [["Kvalifikācija", "Elektrotehniķis"],
          ["LKI līmenis", "4"],
          ["Izstrādātājs", "Rēzeknes Enerģētikas tehnikuma darba grupa"],
          ["Iesniegtās redakcijas", "MIP – versija 2 (27.02.2026.), PKE – versija 1 (02.03.2026.)"]],
      widths=[5, 11])
    P(d, "Abus dokumentus izskatīju pēc koordinatores 3. marta uzaicinājuma. Salīdzināju ar "
         "elektrotehniķa kvalifikācijas prasībām un to, ko mūsu uzņēmumā sagaidām no jauna tehniķa pirmajā darba gadā. "
         "Mans vērtējums apkopots tabulā.")
    T(d, [["Dokuments", "Vērtējums", "Piezīmes"],
          ["MIP", "Atbalstāms un virzāms saskaņošanai",
           "Moduļu secība loģiska, darba vidē balstītās mācības aprakstītas pietiekami. Ieteikums (nav obligāti): "
           "moduli „Releju aizsardzība un automātika” varētu papildināt ar 2–3 praktiskiem uzdevumiem."],
          ["PKE", "Atbalstāms; virzāms saskaņošanai pēc precizējumu veikšanas",
           "1) Praktiskās daļas vērtēšanas lapā nav norādīts, cik punktu vajag, lai daļu uzskatītu par nokārtotu – "
           "tas jānorāda.\n2) Teorijas testa 14. un 22. jautājumam ir divas pareizas atbildes – jāizlabo.\n"
           "3) Uzdevumā Nr. 3 shēmā 0,4 kV sadalne apzīmēta nepareizi."]],
      widths=[2.5, 5, 8.5], header=True)
    P(d, "Rēzeknē, 2026. gada 13. martā")
    P(d)
    P(d, "__________________  /J. Ozols/")
    save(d, f)


# ============================================================================================
# 02  no diacritics; key/value with value in the row BELOW; PKE only (MIP not submitted)
# ============================================================================================
@builder
def f02():
    f = "r1b02_ekspertize PKE meza masinu operators.docx"
    GOLD(f, "meža mašīnu operators", "PKE", NC, "Raivis Kalnins", "2026-03-13", 3)
    NOTE(f, "typed without diacritics; one-column key/value table, value in the row below; PKE only",
         "'MIP saturs ekspertizei netika iesniegts' -> no MIP row; no level stated -> register level 3; "
         "expert as written without diacritics; date '13.03.26'")
    d = new("Lietotājs", C(2026, 3, 13, 8, 5))
    P(d, "PKE SATURA EKSPERTIZES LAPA", bold=True, align="c")
    T(d, [["Kvalifikacijas nosaukums"], ["Meza masinu operators"],
          ["Izglitibas iestade"], ["Ventspils Mezu tehnikums"],
          ["Izvertetais dokuments"], ["Profesionalas kvalifikacijas eksamena saturs (MIP saturs ekspertizei netika iesniegts)"],
          ["Atbalstams"], ["Ja"],
          ["Nepieciesami precizejumi"], ["Ja"],
          ["Virzams saskanosanai"], ["Pec precizejumu veiksanas"]], widths=[16])
    P(d, "Precizejumi (obligati):", bold=True)
    P(d, "1. praktiskaja uzdevuma jaieraksta, vai izmanto harvestera simulatoru vai istu tehniku – tagad nav saprotams;")
    P(d, "2. darba drosibas kriteriji jaizdala atseviski, ja tos neizpilda, eksamens nav nokartots neatkarigi no punktiem;")
    P(d, "3. teorijas jautajumos jalabo termini (\"sortiments\", nevis \"sortaments\"), 7. jautajuma atbildes variants C ari ir pareizs.")
    P(d, "Pareja dala eksamens ir labi sagatavots, uzdevumi atbilst tam ko dara forvardera un harvestera operatori.")
    T(d, [["Eksperts"], ["Raivis Kalnins"], ["Datums"], ["13.03.26"]], widths=[8])
    save(d, f)


# ============================================================================================
# 03  criterion tables (Jā/Nē) ending in a "Kopvērtējums" row, one per document
# ============================================================================================
@builder
def f03():
    f = "r1b03_Mehatronika_MIP_PKE_vertejums_Liepins.docx"
    GOLD(f, "mehatronisko sistēmu tehniķis", "MIP", NC, "Edgars Liepiņš", "2026-03-20", 4)
    GOLD(f, "mehatronisko sistēmu tehniķis", "PKE", NS, "Edgars Liepiņš", "2026-03-20", 4)
    NOTE(f, "two criterion tables Nr.|Kritērijs|Atbilst|Komentārs, each closed by a Kopvērtējums row",
         "MIP has two 'Nē' criteria but the Kopvērtējums is positive with corrections; PKE Kopvērtējums 'Nav atbalstāms'; "
         "expert without title 'Mg.sc.ing.' and company")
    d = new("User", C(2026, 3, 20, 11, 0))
    P(d, "Mehatronisko sistēmu tehniķa MIP un PKE satura izvērtējums", bold=True, size=13)
    P(d, "Profesionālā kvalifikācija: mehatronisko sistēmu tehniķis, LKI 4. līmenis", space_after=0)
    P(d, "Nozare: mašīnbūve un metālapstrāde")
    P(d, "1. Modulārā izglītības programma", bold=True)
    T(d, [["Nr.", "Kritērijs", "Atbilst (Jā/Nē)", "Komentārs"],
          ["1.", "Programma atbilst profesijas standartam un kvalifikācijas prasībām", "Jā", ""],
          ["2.", "Moduļu mācīšanās rezultāti ir izmērāmi", "Nē",
           "B un C līmeņa moduļos rezultāti uzrakstīti kā tēmas („Pneimatika”, „Sensori”), nevis kā darbības, ko audzēknis prot."],
          ["3.", "Iekļautas nozarē aktuālās jaunās prasmes (digitalizācija, energoefektivitāte)", "Jā",
           "PLC programmēšana un robotu šūnas ir iekļautas, labi."],
          ["4.", "Mācību stundu sadalījums ir samērīgs", "Nē", "Modulim „Hidraulika” tikai 40 stundas – par maz."],
          ["5.", "Darba vidē balstītu mācību iespējas aprakstītas", "Jā", ""],
          ["Kopvērtējums", "", "Atbalstāms; pēc precizējumu veikšanas (2. un 4. kritērijs) virzāms saskaņošanai", ""]],
      widths=[1.2, 6.5, 2.8, 5.5], header=True, merge=[(6, 2, 3)])
    P(d, "2. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
    T(d, [["Nr.", "Kritērijs", "Atbilst (Jā/Nē)", "Komentārs"],
          ["1.", "Eksāmena uzdevumi aptver kvalifikācijas prasībās noteiktos kompetenču kopumus", "Nē",
           "Nav neviena uzdevuma par industriālo tīklu diagnostiku, lai gan kvalifikācijas prasībās tas ir."],
          ["2.", "Vērtēšanas kritēriji ir skaidri un objektīvi", "Nē",
           "Kritēriji „strādā kvalitatīvi”, „ievēro prasības” – nav ko izmērīt."],
          ["3.", "Praktiskais uzdevums izpildāms paredzētajā laikā", "Nē",
           "4 stundās montāža + programmēšana + nodošana ekspluatācijā nav reāla."],
          ["4.", "Teorētiskā daļa atbilst LKI 4. līmenim", "Jā", ""],
          ["Kopvērtējums", "", "Nav atbalstāms. Eksāmena saturs jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.", ""]],
      widths=[1.2, 6.5, 2.8, 5.5], header=True, merge=[(5, 2, 3)])
    P(d, "Eksperts: Mg.sc.ing. Edgars Liepiņš, SIA „Baltic Mechatronics” ražošanas inženieris", space_after=0)
    P(d, "2026-03-20")
    save(d, f)


# ============================================================================================
# 04  form printing all options, X in a neighbouring cell, one column per document
# ============================================================================================
@builder
def f04():
    f = "r1b04_MIP_PKE_mebelu galdnieks_Kalnina.docx"
    GOLD(f, "mēbeļu galdnieks", "MIP", S, "Dace Kalniņa", "2026-03-05", 4)
    GOLD(f, "mēbeļu galdnieks", "PKE", NC, "Dace Kalniņa", "2026-03-05", 4)
    NOTE(f, "veidlapa: all three options printed, X in the MIP / PKE column; Eksperts/Datums to the right; author = coordinator",
         "the option text alone gives nothing, the X decides; 'man nav iebildumu' is positive")
    d = new(COORD2, C(2026, 3, 5, 19, 40))
    P(d, "Ekspertīzes veidlapa", bold=True, size=14, align="c")
    P(d, "MIP un PKE satura ekspertīze (projekts 4.2.2.9., 4. posms)", align="c")
    T(d, [["Kvalifikācija", "Mēbeļu galdnieks"],
          ["LKI līmenis", "4. LKI"],
          ["Eksperts", "Dace Kalniņa, SIA „Koka Māja Design” valdes locekle"],
          ["Datums", "05.03.2026."]], widths=[4, 12])
    P(d, "Vērtējums (atzīmēt ar X):", bold=True)
    T(d, [["Vērtējums", "MIP", "PKE"],
          ["Saturs ir atbalstāms un virzāms saskaņošanai", "X", ""],
          ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", "X"],
          ["Saturs nav atbalstāms", "", ""]], widths=[11, 2.5, 2.5], header=True)
    P(d, "Piezīmes:", bold=True)
    P(d, "PKE praktiskajā uzdevumā (skapīša izgatavošana) nav paredzēts laiks līmes nožūšanai – jāpārskata laika plāns "
         "vai jāatļauj izmantot iepriekš salīmētus paneļus. Vērtēšanas lapai obligāti jāpievieno punkti par virsmas apdari, "
         "tagad apdare netiek vērtēta vispār.")
    P(d, "MIP – labi sastrādāts, man nav iebildumu. Patika, ka ir modulis par CNC apstrādes centra pamatiem.")
    save(d, f)


# ============================================================================================
# 05  ☒/☐ typed as text (MS Gothic); MIP only; Eksperts / Paraksts, datums values in the cell below
# ============================================================================================
@builder
def f05():
    f = "r1b05_Kokapstrades iekartu operators_MIP ekspertize.docx"
    GOLD(f, "kokapstrādes iekārtu operators", "MIP", NS, "Agris Vītols", "2026-04-02", 3)
    NOTE(f, "form with ☒/☐ glyphs typed as text; document choice ☒ MIP ☐ PKE; labels with values in the cell below",
         "PKE unticked and said not submitted -> no row; the ☒ on 'nav atbalstāms' decides")
    d = new("Windows User", C(2026, 4, 2, 13, 15))
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    P(d, "Kokapstrādes iekārtu operators (LKI 3)", bold=True)
    T(d, [["Izvērtētais dokuments", [("glyph", "☒"), " MIP     ", ("glyph", "☐"), " PKE"]]], widths=[5, 11])
    P(d, "PKE saturs uz ekspertīzes brīdi nav iesniegts.", italic=True)
    T(d, [["Eksperta vērtējums"],
          [[("glyph", "☐"), " Saturs ir atbalstāms un virzāms saskaņošanai"]],
          [[("glyph", "☐"), " Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]],
          [[("glyph", "☒"), " Saturs nav atbalstāms"]]], widths=[16], header=True)
    P(d, "Pamatojums", bold=True)
    P(d, "Programma būtībā ir vecā kokapstrādes programma ar jauniem moduļu nosaukumiem. Nav ietverts darbs ar "
         "mūsdienu formatēšanas un četrpusējās ēvelēšanas iekārtām, nav nekā par instrumentu asināšanu un iestatīšanu, "
         "kas operatoram ir ikdienas darbs. Darba aizsardzība ir tikai vienā ievadmodulī, nevis katrā praktiskajā modulī. "
         "Stundu sadalījums neatbilst LKI 3. līmenim – teorija aizņem vairāk nekā pusi.")
    P(d, "Ieteiktu darba grupai apmeklēt kādu ražotni (varam uzņemt pie sevis) un pēc tam programmu pārrakstīt.")
    T(d, [["Eksperts", "Paraksts / datums"], ["Agris Vītols", "__________   02.04.2026."]], widths=[8, 8])
    save(d, f)


# ============================================================================================
# 06  Word checkbox content controls; name and date only in the page header
# ============================================================================================
@builder
def f06():
    f = "r1b06_Atzinums KIRT MIP PKE.docx"
    GOLD(f, "koka izstrādājumu ražošanas tehniķis", "MIP", S, "Laura Zariņa", "2026-03-17", 4)
    GOLD(f, "koka izstrādājumu ražošanas tehniķis", "PKE", NS, "Laura Zariņa", "2026-03-17", 4)
    NOTE(f, "w14:checkbox content controls in a MIP/PKE grid; expert name and date only in the page header; author neutral",
         "the glyphs live inside w:sdt (invisible to paragraph.text); header gives 'Eksperte: Laura Zariņa … 2026. gada 17. marts'")
    d = new("User", C(2026, 3, 17, 9, 30))
    header_text(d, ["Eksperte: Laura Zariņa, SIA „Zariņu kokapstrāde”    |    2026. gada 17. marts"])
    P(d, "Koka izstrādājumu ražošanas tehniķa MIP un PKE satura ekspertīze", bold=True, size=13)
    T(d, [["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
          ["Līmenis", "LKI 4"],
          ["Programmas izstrādātājs", "Jēkabpils Koka amatniecības vidusskola"]], widths=[5, 11])
    P(d, "Lūdzu atzīmēt vienu vērtējumu katram dokumentam.", italic=True)
    T(d, [["", "MIP", "PKE"],
          ["Saturs ir atbalstāms un virzāms saskaņošanai", [("sdt", True)], [("sdt", False)]],
          ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("sdt", False)], [("sdt", False)]],
          ["Saturs nav atbalstāms", [("sdt", False)], [("sdt", True)]]], widths=[11, 2.5, 2.5], header=True)
    P(d, "Komentāri", bold=True)
    P(d, "MIP: ļoti labs darbs, ražošanas plānošana un kvalitātes kontrole ir ieliktas tur, kur vajag. Neko nelabotu.")
    P(d, "PKE: eksāmens pārbauda galdnieka, nevis tehniķa kompetences – audzēknim jāizgatavo izstrādājums, bet "
         "netiek prasīts sastādīt tehnoloģisko karti, aprēķināt materiālu patēriņu vai organizēt darbu iecirknī. "
         "Tā tas nav pieņemams, eksāmens jāveido no jauna.")
    save(d, f)


# ============================================================================================
# 07  legacy FORMCHECKBOX fields (w:default and w:checked); unlabelled signature; author = coordinator
# ============================================================================================
@builder
def f07():
    f = "r1b07_buvizstradajumu galdnieks_ekspertize_Eglitis.docx"
    GOLD(f, "būvizstrādājumu galdnieks", "MIP", NC, "Guntis Eglītis", "2026-03-27", 4)
    GOLD(f, "būvizstrādājumu galdnieks", "PKE", NC, "Guntis Eglītis", "2026-03-27", 4)
    NOTE(f, "legacy FORMCHECKBOX fields (MIP via w:default, PKE via w:checked), no visible text for the mark; "
            "signature without label; author = coordinator",
         "both documents: corrections are required ('obligāti'); the 'Ieteikumi' line is optional; place-and-date line")
    d = new(COORD2, C(2026, 3, 27, 15, 0))
    P(d, "NOZARES EKSPERTA ATZINUMS", bold=True, align="c", size=13)
    P(d, "Profesionālā kvalifikācija: Būvizstrādājumu galdnieks", space_after=0)
    P(d, "LKI līmenis: 4")
    P(d, "A. Modulārā izglītības programma", bold=True)
    P(d, [("ff", False), " saturs ir atbalstāms un virzāms saskaņošanai"], space_after=0)
    P(d, [("ff", True), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, [("ff", False), " saturs nav atbalstāms"])
    P(d, "Obligāti precizējumi: modulī „Logu un durvju izgatavošana” jāiekļauj montāžas mezglu siltumtehniskās "
         "prasības (siltuma caurlaidība, blīvējumi); jāizlabo stundu summa 3. tabulā (moduļu stundas kopā nesakrīt ar kopējo apjomu).")
    P(d, "B. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
    P(d, [("ffchk", False), " saturs ir atbalstāms un virzāms saskaņošanai"], space_after=0)
    P(d, [("ffchk", True), " saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, [("ffchk", False), " saturs nav atbalstāms"])
    P(d, "Obligāti precizējumi: praktiskā uzdevuma rasējumā trūkst griezuma A-A; vērtēšanas kritērijos jānorāda "
         "pieļaujamās novirzes (mm).")
    P(d, "Ieteikumi (pēc darba grupas ieskatiem): varētu pievienot fotogrāfijas ar pareizi izgatavotu mezglu paraugiem.")
    P(d)
    P(d, "Guntis Eglītis", space_after=0)
    P(d, "Valmierā, 27.03.2026.")
    save(d, f)


# ============================================================================================
# 08  "nevajadzīgo svītrot": strikethrough on non-chosen options; name/date only in the footer; PKL level
# ============================================================================================
@builder
def f08():
    f = "r1b08_Elektromontieris_ekspertize_svitrot.docx"
    GOLD(f, "elektromontieris", "MIP", NS, "Inese Krūmiņa", "2026-03-24", 3)
    GOLD(f, "elektromontieris", "PKE", S, "Inese Krūmiņa", "2026-03-24", 3)
    NOTE(f, "strike-out form 'nevajadzīgo svītrot'; name and date only in the footer; level written as '2. PKL'",
         "the non-struck option is the verdict; 2. PKL = LKI 3")
    d = new("Lietotājs", C(2026, 3, 24, 17, 45))
    header_text(d, ["Inese Krūmiņa, elektroenerģētikas eksperte · 2026-03-24"], footer=True)
    P(d, "Ekspertes slēdziens par MIP un PKE saturu", bold=True, size=13)
    P(d, "Profesionālā kvalifikācija: Elektromontieris (2. PKL)")
    P(d, "Slēdziens (nevajadzīgo svītrot):", italic=True)
    P(d, [("b", "MIP: ")], space_after=0)
    P(d, [("strike", "saturs ir atbalstāms un virzāms saskaņošanai")], space_after=0)
    P(d, [("strike", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")], space_after=0)
    P(d, "saturs nav atbalstāms")
    P(d, [("b", "PKE: ")], space_after=0)
    P(d, "saturs ir atbalstāms un virzāms saskaņošanai", space_after=0)
    P(d, [("strike", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")], space_after=0)
    P(d, [("strike", "saturs nav atbalstāms")])
    P(d, "Pamatojums", bold=True)
    P(d, "Programmā elektroietaišu montāža un apkope sajaukta kopā ar elektrotehniķa līmeņa projektēšanas uzdevumiem, "
         "bet pamatlietas – kabeļu savienošana, zemējums, elektrodrošības grupas iegūšanai vajadzīgās zināšanas – ir "
         "aprakstītas virspusēji. Programmas struktūra jāpārveido.")
    P(d, "Eksāmens gan ir sakārtots: uzdevumi reāli, kritēriji skaidri, laiks pietiekams.")
    save(d, f)


# ============================================================================================
# 09  Outlook e-mail, Latvian headers; quoted coordinator request below "-----Sākotnējais ziņojums-----"
# ============================================================================================
@builder
def f09():
    f = "r1b09_RE Ekspertize VGK sistemu tehnikis.docx"
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    GOLD(f, q, "MIP", S, "Māris Dzenis", "2026-03-10", 4)
    GOLD(f, q, "PKE", NC, "Māris Dzenis", "2026-03-10", 4)
    NOTE(f, "printed Outlook reply (No:/Nosūtīts:/Kam:/Tēma:), alias 'VGK sistēmu tehniķis' in the subject, quoted request",
         "the quoted request (Ilze Bērziņa, 2 March, lists all three options, deadline 13 March) is neither expert, date nor verdict; "
         "PKE 'kopumā atbalstāms, bet pirms virzīšanas obligāti jāpārtaisa' -> needs_corrections")
    d = new(COORD1, C(2026, 3, 10, 10, 2))
    for line in ["No: Māris Dzenis <maris.dzenis@klimatserviss.lv>",
                 "Nosūtīts: otrdiena, 2026. gada 10. marts 9:41",
                 "Kam: Ilze Bērziņa <ilze.berzina@lddk.lv>",
                 "Tēma: RE: Ekspertīze – VGK sistēmu tehniķis (MIP, PKE)"]:
        k, v = line.split(": ", 1)
        P(d, [("b", k + ": "), v], space_after=0)
    P(d)
    P(d, "Labdien, Ilze!")
    P(d, "Paskatījos abus dokumentus.")
    P(d, "MIP – atbalstu, var virzīt saskaņošanai, manuprāt tur nav ko labot.")
    P(d, "PKE – kopumā atbalstāms, bet pirms virzīšanas obligāti jāpārtaisa praktiskais uzdevums: freona noplūdes "
         "meklēšanu ar reālu aukstumaģentu audzēknis bez F-gāzu sertifikāta veikt nedrīkst, tāpēc tur jābūt simulācijai "
         "vai citam uzdevumam. Vēl vērtēšanas tabulā trūkst kritērija par sistēmas regulēšanu (gaisa plūsmas mērījumi) – "
         "to arī jāpieliek.")
    P(d, "Ar cieņu", space_after=0)
    P(d, "Māris Dzenis", space_after=0)
    P(d, "SIA „Klimatserviss” tehniskais direktors", space_after=0)
    P(d, "+371 2670 1122")
    P(d)
    P(d, "-----Sākotnējais ziņojums-----", space_after=0)
    for line in ["No: Ilze Bērziņa <ilze.berzina@lddk.lv>",
                 "Nosūtīts: pirmdiena, 2026. gada 2. marts 14:05",
                 "Kam: Māris Dzenis <maris.dzenis@klimatserviss.lv>",
                 "Tēma: Ekspertīze – VGK sistēmu tehniķis (MIP, PKE)"]:
        k, v = line.split(": ", 1)
        P(d, [("b", k + ": "), v], space_after=0)
    P(d)
    P(d, "Labdien, Māri!")
    P(d, "Pielikumā ventilācijas un gaisa kondicionēšanas sistēmu tehniķa (LKI 4) MIP un PKE. Lūdzu līdz 13. martam "
         "atsūtīt vērtējumu, katram dokumentam norādot vienu no variantiem: saturs ir atbalstāms un virzāms saskaņošanai / "
         "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / saturs nav atbalstāms.")
    P(d, "Paldies!", space_after=0)
    P(d, "Ilze Bērziņa", space_after=0)
    P(d, "LDDK projekta koordinatore")
    save(d, f)


# ============================================================================================
# 10  Outlook e-mail, English headers; both documents rejected in prose; quoted request with deadline
# ============================================================================================
@builder
def f10():
    f = "r1b10_RE motorzaga operators Abele.docx"
    GOLD(f, "motorzāģa operators", "MIP", NS, "Kristīne Ābele", "2026-03-23", 3)
    GOLD(f, "motorzāģa operators", "PKE", NS, "Kristīne Ābele", "2026-03-23", 3)
    NOTE(f, "printed Outlook reply with English headers (From/Sent/To/Cc/Subject); documents called 'programma', 'eksāmens'",
         "'nevaru atbalstīt ne programmu, ne eksāmenu' covers both; signature only 'Kristīne' -> full name from From:; "
         "quoted request's date (10 March) and deadline (20.03.2026) are not the review date")
    d = new(COORD2, C(2026, 3, 24, 8, 10))
    for k, v in [("From", "Kristīne Ābele <kristine.abele@mezaserviss.lv>"),
                 ("Sent", "Monday, March 23, 2026 6:12 PM"),
                 ("To", "Anita Celmiņa <anita.celmina@lddk.lv>"),
                 ("Cc", "Ilze Bērziņa <ilze.berzina@lddk.lv>"),
                 ("Subject", "RE: motorzāģa operatora MIP un PKE ekspertīzei")]:
        P(d, [("b", k + ":"), " " + v], space_after=0)
    P(d)
    P(d, "Labvakar!")
    P(d, "Abus dokumentus izskatīju. Diemžēl šādā redakcijā nevaru atbalstīt ne programmu, ne eksāmenu.")
    P(d, "Programmā cirsmas sagatavošana un koku gāšana sarežģītos apstākļos (vējgāzes, koki ar trupi, slīpi koki) "
         "ir salikti vienā 20 stundu modulī – tas ir bīstami maz. Par darbu elektrolīniju tuvumā nav ne vārda. "
         "Eksāmenā praktiskais uzdevums ir tikai zāģēšana uz bluķa, koka gāšana netiek vērtēta vispār, bet tas taču ir "
         "kvalifikācijas pamats.")
    P(d, "Iesaku darba grupai satikties ar kādu no mežizstrādes uzņēmumiem un pārstrādāt abus dokumentus, tad labprāt "
         "paskatīšos vēlreiz.")
    P(d, "Kristīne", space_after=0)
    P(d, "SIA „Meža serviss”, darba drošības speciāliste")
    P(d)
    P(d, "________________________________", space_after=0)
    for k, v in [("From", "Anita Celmiņa"),
                 ("Sent", "Tuesday, March 10, 2026 11:30 AM"),
                 ("To", "Kristīne Ābele"),
                 ("Subject", "motorzāģa operatora MIP un PKE ekspertīzei")]:
        P(d, [("b", k + ":"), " " + v], space_after=0)
    P(d)
    P(d, "Labdien, Kristīne! Nosūtu motorzāģa operatora (LKI 3) MIP un PKE. Lūdzu novērtēt, vai saturs ir atbalstāms "
         "un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Termiņš 20.03.2026.", space_after=0)
    P(d, "Anita")
    save(d, f)


# ============================================================================================
# 11  Gmail print: sender line with Latvian weekday date; reply above "On ... wrote:" with "> " lines
# ============================================================================================
@builder
def f11():
    f = "r1b11_Re_ Mezsaimniecibas tehnikis - ekspertize.docx"
    GOLD(f, "mežsaimniecības tehniķis", "MIP", NC, "Ojārs Bite", "2026-04-02", 4)
    GOLD(f, "mežsaimniecības tehniķis", "PKE", S, "Ojārs Bite", "2026-04-02", 4)
    NOTE(f, "Gmail print (title line, sender + 'ceturtdiena, 2026. gada 2. aprīlis 21:14'), quoted reminder in '> ' lines",
         "MIP: 'atbalstāma, bet saskaņošanai virzīt tikai tad, kad būs izlabots' -> needs_corrections; PKE 'atbalstu un var "
         "sūtīt saskaņot'; quoted reminder (30 March, options listed, deadline 27 March) ignored; signature 'O. Bite' but "
         "sender line gives full name")
    d = new("Ilze", C(2026, 4, 3, 8, 0), font="Arial", size=10)
    P(d, "Gmail - Re: Mežsaimniecības tehniķis – ekspertīze", size=9)
    P(d, "Re: Mežsaimniecības tehniķis – ekspertīze", bold=True, size=13)
    P(d, [("b", "Ojārs Bite"), " <ojars.bite@gmail.com>        ceturtdiena, 2026. gada 2. aprīlis 21:14"], space_after=0)
    P(d, "Kam: Ilze Bērziņa <ilze.berzina@lddk.lv>")
    P(d, "Sveika!")
    P(d, "Atvaino, ka vēlu – bija cirsmu pieņemšanas nedēļa.")
    P(d, "Programma (MIP): atbalstāma, bet saskaņošanai virzīt tikai tad, kad būs izlabots:", space_after=0)
    P(d, "- modulī „Meža inventarizācija” jāiekļauj darbs ar ģeotelpiskajiem datiem un mobilajām lietotnēm, tagad tikai "
         "mērlente un klupe;", space_after=0)
    P(d, "- prakses apjoms (160 st.) neatbilst tam, kas rakstīts kopsavilkumā (240 st.), jāsaved kārtībā.")
    P(d, "Eksāmens (PKE) ir labs, atbalstu un var sūtīt saskaņot.")
    P(d, "O. Bite")
    P(d)
    P(d, "On Mon, Mar 30, 2026 at 10:02 AM Ilze Bērziņa <ilze.berzina@lddk.lv> wrote:", space_after=0)
    for line in ["Labdien, Ojār!",
                 "Atgādinu par mežsaimniecības tehniķa (LKI 4) MIP un PKE ekspertīzi. Atzinumā lūgums norādīt, vai saturs",
                 "ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.",
                 "Termiņš bija 27. marts.",
                 "Ilze"]:
        P(d, "> " + line, space_after=0)
    save(d, f)


# ============================================================================================
# 12  several qualifications in one table Kvalifikācija | LKI | MIP | PKE; letterhead; "13 marts 2026"
# ============================================================================================
@builder
def f12():
    f = "r1b12_Energetika_MIP_PKE_kopvertejums_Petersons.docx"
    GOLD(f, "elektromontieris", "MIP", S, "Arnis Pētersons", "2026-03-13", 3)
    GOLD(f, "elektromontieris", "PKE", NC, "Arnis Pētersons", "2026-03-13", 3)
    GOLD(f, "elektrotehniķis", "MIP", NS, "Arnis Pētersons", "2026-03-13", 4)
    GOLD(f, "elektrotehniķis", "PKE", NS, "Arnis Pētersons", "2026-03-13", 4)
    GOLD(f, "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", S, "Arnis Pētersons", "2026-03-13", 3)
    NOTE(f, "letterhead; one table for three qualifications (Kvalifikācija|LKI|MIP|PKE) with footnotes",
         "alias 'VGK iekārtu remontatslēdznieks' -> canonical; its PKE 'Nav iesniegts' -> no row; elektromontieris PKE "
         "'atbalstāms ar precizējumiem' + footnote 'pirms virzīšanas' -> needs_corrections; date '13 marts 2026'")
    d = new("Lietotājs", C(2026, 3, 13, 12, 0))
    P(d, "Arnis Pētersons", bold=True, space_after=0)
    P(d, "enerģētikas nozares eksperts, SIA „Vidzemes Elektrotīkli”", space_after=0)
    P(d, "arnis.petersons@vidzemeselektro.lv")
    P(d)
    P(d, "Ekspertu vērtējums: enerģētikas nozares kvalifikāciju MIP un PKE saturs", bold=True, size=13)
    P(d, "Šajā posmā man tika nosūtītas trīs kvalifikācijas. Vērtējumu apkopoju vienā tabulā, detalizēti komentāri – "
         "zem tabulas.")
    T(d, [["Kvalifikācija", "LKI", "MIP", "PKE"],
          ["Elektromontieris", "3", "Atbalstāms, virzāms saskaņošanai", "Atbalstāms ar precizējumiem (sk. 1. piezīmi)"],
          ["Elektrotehniķis", "4", "Nav atbalstāms (sk. 2. piezīmi)", "Nav atbalstāms"],
          ["VGK iekārtu remontatslēdznieks", "3", "Atbalstāms un virzāms saskaņošanai", "Nav iesniegts"]],
      widths=[5, 1.3, 4.8, 4.9], header=True)
    P(d, "Piezīmes", bold=True)
    P(d, "1. Elektromontiera PKE: pirms virzīšanas saskaņošanai jānomaina 2. praktiskais uzdevums – darbs "
         "spriegumaktīvā sadalnē eksāmenā nav pieļaujams. Pārējais kārtībā.")
    P(d, "2. Elektrotehniķa MIP: moduļos nav releju aizsardzības, SCADA un mērījumu datu analīzes, kas tehniķim ir "
         "ikdiena; programma vairāk atbilst elektromontiera līmenim. Tas pats attiecas uz eksāmenu – uzdevumi ir "
         "montiera, nevis tehniķa līmenī.")
    P(d, "3. VGK iekārtu remontatslēdznieka PKE vēl nav saņemts, to izvērtēšu, kad atsūtīs.")
    P(d, "Datums: 13 marts 2026")
    save(d, f)


# ============================================================================================
# 13  expert's own coordinator-style summary table over two qualifications
# ============================================================================================
@builder
def f13():
    f = "r1b13_Koks_ekspertizu kopsavilkums_Dalderis.docx"
    GOLD(f, "būvizstrādājumu galdnieks", "MIP", S, "Ivars Dālderis", "2026-03-31", 4)
    GOLD(f, "būvizstrādājumu galdnieks", "PKE", NC, "Ivars Dālderis", "2026-03-31", 4)
    GOLD(f, "mēbeļu galdnieks", "MIP", NS, "Ivars Dālderis", "2026-03-31", 4)
    GOLD(f, "mēbeļu galdnieks", "PKE", NC, "Ivars Dālderis", "2026-03-31", 4)
    NOTE(f, "coordinator-style summary table (Nr.|PK|LKI|MIP saturs|PKE saturs|Statuss) written by the expert about his own reviews",
         "canonical verdict sentences in cells; 'motorzāģa operators' mentioned as not yet started -> no row; "
         "Statuss column dates (30.03.) are not the review date; signature line 'Sagatavoja … 2026. gada 31. martā'")
    d = new(COORD1, C(2026, 3, 31, 14, 0))
    P(d, "Kokrūpniecības nozares eksperta ekspertīžu kopsavilkums (projekta 4. posms)", bold=True, size=13)
    P(d, "Apkopoju manis veikto MIP un PKE satura ekspertīžu rezultātus, lai koordinatoriem būtu vieglāk sagatavot "
         "ceturkšņa atskaiti. Pilnie atzinumi nosūtīti atsevišķi.")
    T(d, [["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP saturs", "PKE saturs", "Statuss"],
          ["1.", "būvizstrādājumu galdnieks", "4", "saturs ir atbalstāms un virzāms saskaņošanai",
           "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "PKE precizējumi nosūtīti darba grupai 30.03."],
          ["2.", "mēbeļu galdnieks", "4", "saturs nav atbalstāms",
           "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "MIP jāpārstrādā, gaidām jauno redakciju"]],
      widths=[1, 3.5, 1, 3.8, 3.8, 3], header=True)
    P(d, "Motorzāģa operatora ekspertīze vēl nav uzsākta – dokumenti nav saņemti.")
    P(d, "Sagatavoja: nozares eksperts Ivars Dālderis, 2026. gada 31. martā")
    save(d, f)


# ============================================================================================
# 14  Wingdings w:sym check boxes (F0FE checked, F0A8 empty, F0FD boxed x)
# ============================================================================================
@builder
def f14():
    f = "r1b14_Meza masinu operators MIP PKE_Lace.docx"
    GOLD(f, "meža mašīnu operators", "MIP", NS, "Sandra Lāce", "2026-03-19", 3)
    GOLD(f, "meža mašīnu operators", "PKE", S, "Sandra Lāce", "2026-03-19", 3)
    NOTE(f, "Wingdings w:sym boxes: MIP marked with F0FE, PKE with F0FD (boxed x), others F0A8; Eksperte/Datums table; "
            "author = coordinator",
         "the mark is a symbol with no text; date '2026. g. 19. martā'")
    d = new(COORD2, C(2026, 3, 19, 20, 0))
    P(d, "Nozares eksperta atzinums", bold=True, size=14, align="c")
    T(d, [["Kvalifikācija", "Meža mašīnu operators (LKI 3)"],
          ["Izstrādātājs", "Ogres tehnikuma un Smiltenes tehnikuma kopīgā darba grupa"]], widths=[4, 12])
    P(d, "Modulārā izglītības programma", bold=True)
    P(d, [("sym", "F0A8"), "  Saturs ir atbalstāms un virzāms saskaņošanai"], space_after=0)
    P(d, [("sym", "F0A8"), "  Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, [("sym", "F0FE"), "  Saturs nav atbalstāms"])
    P(d, "Programmā nav atsevišķa moduļa par forvardera darbu; harvestera apmācība paredzēta tikai simulatorā, "
         "bez neviena prakses dienas reālā cirsmā. Meža mašīnu operatoram tas nav pieņemami.")
    P(d, "Profesionālās kvalifikācijas eksāmens", bold=True)
    P(d, [("sym", "F0FD"), "  Saturs ir atbalstāms un virzāms saskaņošanai"], space_after=0)
    P(d, [("sym", "F0A8"), "  Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], space_after=0)
    P(d, [("sym", "F0A8"), "  Saturs nav atbalstāms"])
    P(d, "Eksāmena uzdevumi atbilst kvalifikācijas prasībām, iebildumu nav.")
    T(d, [["Eksperte", "Sandra Lāce"], ["Datums", "2026. g. 19. martā"]], widths=[4, 8])
    save(d, f)


# ============================================================================================
# 15  tracked changes in the verdict cells (w:ins current, w:del gone); title after the name
# ============================================================================================
@builder
def f15():
    f = "r1b15_Mehatronisko sistemu tehnikis_atzinums_labots.docx"
    E = "Valdis Rozenbergs"
    GOLD(f, "mehatronisko sistēmu tehniķis", "MIP", NC, E, "2026-03-25", 4)
    GOLD(f, "mehatronisko sistēmu tehniķis", "PKE", S, E, "2026-03-25", 4)
    NOTE(f, "summary table edited with track changes; signature with title after the name",
         "MIP: deleted 'un virzāms saskaņošanai', inserted '; pēc precizējumu veikšanas virzāms saskaņošanai' -> NC; "
         "PKE: deleted 'nav atbalstāms', inserted 'ir atbalstāms un virzāms saskaņošanai' -> S; meeting date 24.03. is not the review date")
    d = new(E, C(2026, 3, 25, 9, 0))
    P(d, "Atzinums par mehatronisko sistēmu tehniķa (LKI 4) MIP un PKE saturu", bold=True, size=13)
    P(d, "Atzinums precizēts pēc darba grupas sanāksmes 24.03.2026.", italic=True)
    T(d, [["Dokuments", "Vērtējums", "Piezīmes"],
          ["MIP",
           ["Saturs ir atbalstāms", ("del", " un virzāms saskaņošanai", E), ("ins", "; pēc precizējumu veikšanas virzāms saskaņošanai", E)],
           ["Struktūra laba. ", ("ins", "Modulis „Robotizētās sistēmas” jāpapildina ar drošības prasībām (ISO 10218) – bez tā nevirzīt.", E)]],
          ["PKE",
           ["Saturs ", ("del", "nav atbalstāms", E), ("ins", "ir atbalstāms un virzāms saskaņošanai", E)],
           [("del", "Uzdevumi neatbilst LKI 4. līmenim.", E), ("ins", "Sanāksmē darba grupa iesniedza jaunu uzdevumu variantu, iebildumu vairs nav.", E)]]],
      widths=[2.5, 6.5, 7], header=True)
    P(d, "Valdis Rozenbergs, Dr.sc.ing., SIA „Mehatronika Serviss” konsultants", space_after=0)
    P(d, "2026. gada 25. marts")
    save(d, f)


# ============================================================================================
# 16  conclusion inside a text box (DrawingML + VML fallback); MIP only
# ============================================================================================
@builder
def f16():
    f = "r1b16_DKIO_MIP_atzinums_Sprogis.docx"
    GOLD(f, "datorizētu kokapstrādes iekārtu operators", "MIP", NS, "Ēriks Sproģis", "2026-03-16", 4)
    NOTE(f, "prose comments, the conclusion only inside a text box (txbxContent twice); MIP only",
         "PKE 'izvērtēs cits eksperts' -> no row; body 'daļēji atbalstāmi' remarks on single modules are outranked by the Slēdziens")
    d = new("Ēriks Sproģis", C(2026, 3, 16, 18, 30))
    P(d, "Datorizētu kokapstrādes iekārtu operatora MIP – eksperta atzinums", bold=True, size=13)
    P(d, "Kvalifikācijas līmenis: LKI 4")
    P(d, "Ekspertīzei saņemta tikai modulārā izglītības programma; PKE saturu, kā norunāts, izvērtēs cits eksperts.")
    P(d, "Galvenie iebildumi:", bold=True)
    P(d, "• CNC programmēšana mācīta tikai vienā sistēmā un tikai ar pašrakstītu G-kodu, CAM programmatūra nav "
         "minēta vispār. Mūsdienu ražotnē operators strādā ar CAM sagatavotām programmām.", space_after=0)
    P(d, "• Moduļi „Materiālu mācība” un „Koksnes īpašības” dublējas gandrīz pilnībā.", space_after=0)
    P(d, "• Nav prasību par iekārtu profilaktisko apkopi un instrumentu nomaiņu.", space_after=0)
    P(d, "• Atsevišķi moduļi (piem., „Darba drošība”) ir daļēji atbalstāmi, bet kopumā programma neatbilst 4. līmenim.")
    P(d, [("tbox", [[("b", "SLĒDZIENS")],
                    "MIP saturs nav atbalstāms. Nepieciešama būtiska pārstrāde un atkārtota ekspertīze."])])
    P(d)
    P(d, "Ēriks Sproģis", space_after=0)
    P(d, "16.03.2026.")
    save(d, f)


# ============================================================================================
# 17  ☒/☐ form per document: MIP ticked, PKE left blank on purpose -> unknown / no_verdict
# ============================================================================================
@builder
def f17():
    f = "r1b17_Mebelu galdnieks_veidlapa_Auzina.docx"
    GOLD(f, "mēbeļu galdnieks", "MIP", S, "Zane Auziņa", "2026-03-30", 4)
    GOLD(f, "mēbeļu galdnieks", "PKE", U, "Zane Auziņa", "2026-03-30", 4)
    PROB(f, "no_verdict")
    NOTE(f, "two-column option form with ☒/☐ text glyphs; the PKE column has no tick at all",
         "PKE was reviewed (comments) but the expert postpones the verdict -> unknown + no_verdict")
    d = new("Lietotājs", C(2026, 3, 30, 16, 10))
    P(d, "MIP UN PKE SATURA EKSPERTĪZES VEIDLAPA", bold=True, align="c")
    T(d, [["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
          ["LKI", "4"],
          ["Eksperte", "Zane Auziņa"],
          ["Datums", "2026-03-30"]], widths=[5, 11])
    T(d, [["Vērtējums", "MIP", "PKE"],
          ["atbalstāms un virzāms saskaņošanai", [("glyph", "☒")], [("glyph", "☐")]],
          ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("glyph", "☐")], [("glyph", "☐")]],
          ["nav atbalstāms", [("glyph", "☐")], [("glyph", "☐")]]], widths=[11, 2.5, 2.5], header=True)
    P(d, "Komentāri", bold=True)
    P(d, "MIP: programma pārdomāta, moduļi sasaistīti ar reālu ražošanas ciklu, iebildumu nav.")
    P(d, "PKE: praktiskā uzdevuma rasējumos izmēri nesakrīt (kopskats 720 mm, detaļu rasējumā 740 mm), nav skaidrs, "
         "vai eksāmena laikā drīkst izmantot CNC iekārtu. Šos jautājumus gribu pārrunāt ar darba grupu, vērtējumu "
         "PKE sniegšu pēc tikšanās.")
    save(d, f)


# ============================================================================================
# 18  X form per document: two X in the PKE column -> unknown / conflict
# ============================================================================================
@builder
def f18():
    f = "r1b18_Elektrotehnikis_vertejums_Klavins.docx"
    GOLD(f, "elektrotehniķis", "MIP", NC, "Roberts Kļaviņš", "2026-03-18", 4)
    GOLD(f, "elektrotehniķis", "PKE", U, "Roberts Kļaviņš", "2026-03-18", 4)
    PROB(f, "conflict")
    NOTE(f, "X-form with a column per document; PKE column has X on both 'atbalstāms un virzāms' and 'nav atbalstāms'",
         "two current marks of equal weight, the text does not settle it -> unknown + conflict")
    d = new("User", C(2026, 3, 18, 11, 25))
    P(d, "Elektrotehniķis (LKI 4) – MIP un PKE satura vērtējums", bold=True, size=13)
    T(d, [["Eksperts", "Roberts Kļaviņš, AS „Enerģijas Risinājumi” galvenais elektriķis"],
          ["Datums", "2026. gada 18. marts"]], widths=[4, 12])
    T(d, [["Eksperta vērtējums", "MIP", "PKE"],
          ["saturs ir atbalstāms un virzāms saskaņošanai", "", "X"],
          ["saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "X", ""],
          ["saturs nav atbalstāms", "", "X"]], widths=[11, 2.5, 2.5], header=True)
    P(d, "Precizējumi MIP (obligāti):", bold=True)
    P(d, "– jāpapildina modulis „Elektroietaišu ekspluatācija” ar darbu ar viedajiem skaitītājiem un attālināto nolasīšanu;",
      space_after=0)
    P(d, "– jāizņem dublējošais modulis „Elektrotehnikas pamati II”.")
    P(d, "PKE – skat. pievienoto failu ar komentāriem.")
    save(d, f)


# ============================================================================================
# 19  qualification outside the register (metinātājs), stated LKI; signature with initial; author = coordinator
# ============================================================================================
@builder
def f19():
    f = "r1b19_Metinatajs_MIP_PKE_Kalnins.docx"
    GOLD(f, "metinātājs", "MIP", S, "P. Kalniņš", "2026-03-13", 3)
    GOLD(f, "metinātājs", "PKE", NC, "P. Kalniņš", "2026-03-13", 3)
    PROB(f, "unknown_qualification")
    NOTE(f, "qualification not in the register ('Metinātājs', LKI 3 stated); summary table; signature 'P. Kalniņš' with role",
         "name kept in nominative lowercase + unknown_qualification; expert as written with initial; author = coordinator")
    d = new(COORD1, C(2026, 3, 13, 15, 30))
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    P(d, "Profesionālā kvalifikācija: Metinātājs", space_after=0)
    P(d, "Kvalifikācijas līmenis: LKI 3. līmenis", space_after=0)
    P(d, "Nozare: mašīnbūve un metālapstrāde")
    T(d, [["Dokuments", "Slēdziens", "Piezīmes"],
          ["Modulārā izglītības programma", "Atbalstāma un virzāma saskaņošanai",
           "Metināšanas procesi (MAG, TIG, MMA) sadalīti pa moduļiem loģiski, prakse pietiekama."],
          ["Kvalifikācijas eksāmena saturs", "Atbalstāms, virzāms saskaņošanai pēc precizējumiem",
           "Jānorāda, pēc kāda standarta (LVS EN ISO 9606-1) tiek vērtēti paraugi, un jāpievieno vizuālās kontroles "
           "protokola paraugs. Bez tā eksāmenu nevar objektīvi novērtēt."]],
      widths=[4.5, 4.5, 7], header=True)
    P(d, "13.03.2026.")
    P(d, "P. Kalniņš", space_after=0)
    P(d, "metālapstrādes skolotājs, nozares eksperts")
    save(d, f)


# ============================================================================================
# 20  qualification outside the register without level; no reviewer named; neutral author
# ============================================================================================
@builder
def f20():
    f = "r1b20_Siltumenergetikas tehnikis_vertejums.docx"
    GOLD(f, "siltumenerģētikas tehniķis", "MIP", NS, "", "2026-03-09", "")
    GOLD(f, "siltumenerģētikas tehniķis", "PKE", NS, "", "2026-03-09", "")
    PROB(f, "unknown_qualification")
    NOTE(f, "qualification not in the register, no level; table Dokuments|Slēdziens|Pamatojums; nobody named, author 'Lietotājs'",
         "expert empty; lki empty; programme version date 2026-02-20 is not the review date")
    d = new("Lietotājs", C(2026, 3, 9, 10, 0))
    P(d, "MIP un PKE satura vērtējums", bold=True, size=13)
    P(d, "Kvalifikācija: Siltumenerģētikas tehniķis", space_after=0)
    P(d, "Vērtētā redakcija: 2026-02-20", space_after=0)
    P(d, "Datums: 2026. gada 9. marts")
    T(d, [["Dokuments", "Slēdziens", "Pamatojums"],
          ["MIP", "Nav atbalstāms",
           "Programmā nav siltumsūkņu un siltummezglu automātikas, katlumāju ekspluatācija aprakstīta pēc 90. gadu prasībām."],
          ["PKE", "Nav atbalstāms",
           "Eksāmena uzdevumi neatbilst programmai un neaptver siltumtīklu hidraulisko regulēšanu."]],
      widths=[2.5, 3.5, 10], header=True)
    save(d, f)


# ============================================================================================
# 21  key/value with value to the right, PKE only; expert only in the author property
# ============================================================================================
@builder
def f21():
    f = "r1b21_PKE_elektromontieris.docx"
    GOLD(f, "elektromontieris", "PKE", S, "Līga Ozoliņa", "2026-03-06", 3)
    NOTE(f, "key/value table Atbalstāms|Jā, Nepieciešami precizējumi|Nē, Virzāms saskaņošanai|Jā; no name in the text",
         "author property 'Līga Ozoliņa' is the only source of the expert; MIP 'netika iesniegts' -> no row")
    d = new("Līga Ozoliņa", C(2026, 3, 6, 21, 5))
    P(d, "PKE satura ekspertīze", bold=True, size=13)
    T(d, [["Kvalifikācija", "Elektromontieris"],
          ["LKI līmenis", "3"],
          ["Izvērtētais dokuments", "PKE (MIP ekspertīzei netika iesniegts)"],
          ["Atbalstāms", "Jā"],
          ["Nepieciešami precizējumi", "Nē"],
          ["Virzāms saskaņošanai", "Jā"],
          ["Datums", "2026. gada 6. martā"],
          ["Komentāri", "Uzdevumi praktiski, tieši tādi darbi, ko montieris dara objektā. Kritēriji saprotami arī "
                        "vērtētājam no uzņēmuma."]], widths=[5, 11])
    save(d, f)


# ============================================================================================
# 22  letterhead + prose + table with other column names; "precizējumi nav nepieciešami"
# ============================================================================================
@builder
def f22():
    f = "r1b22_Atzinums_VGK_remontatslēdznieks_Muižnieks.docx"
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    GOLD(f, q, "MIP", NC, "Aivars Muižnieks", "2026-03-11", 3)
    GOLD(f, q, "PKE", S, "Aivars Muižnieks", "2026-03-11", 3)
    NOTE(f, "letterhead, title with the qualification in the genitive, table Izvērtētais dokuments|Eksperta slēdziens|Komentāri",
         "MIP 'atbalstāma ar nosacījumu, ka pirms virzīšanas …' -> NC; PKE 'precizējumi nav nepieciešami' -> S")
    d = new("Aivars", C(2026, 3, 11, 13, 0))
    P(d, "Aivars Muižnieks", bold=True, size=13, space_after=0)
    P(d, "valdes loceklis, SIA „Klimata Tehnika”", space_after=0)
    P(d, "Rūpniecības iela 14, Jelgava")
    P(d)
    P(d, "Atzinums par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka modulārās izglītības programmu "
         "un kvalifikācijas eksāmena saturu", bold=True)
    P(d, "LKI līmenis: 3")
    P(d, "Mūsu uzņēmumā strādā vairāki šīs programmas absolventi, tāpēc dokumentus lasīju ar praktiķa acīm. Kopumā darba "
         "grupa paveikusi lielu darbu, taču programmā vēl ir robi, kas jāaizlāpa pirms saskaņošanas.")
    T(d, [["Izvērtētais dokuments", "Eksperta slēdziens", "Komentāri"],
          ["MIP", "Atbalstāma ar nosacījumu, ka pirms virzīšanas saskaņošanai tiek papildināts modulis "
                  "„Dzesēšanas iekārtu apkope”",
           "Modulī jāiekļauj aukstumaģentu savākšana un uzskaite, kā arī darbs ar elektroniskajiem manometriem. "
           "Pašlaik tas nav minēts."],
          ["PKE", "Atbalstāms un virzāms saskaņošanai, precizējumi nav nepieciešami",
           "Uzdevumi atbilst 3. līmenim."]], widths=[3.5, 6, 6.5], header=True)
    P(d, "Jelgavā, 2026. gada 11. martā")
    P(d, "A. Muižnieks")
    save(d, f)


# ============================================================================================
# 23  criterion table with one column per document (Kritērijs | MIP | PKE) + Kopvērtējums; ALL CAPS name
# ============================================================================================
@builder
def f23():
    f = "r1b23_KIO_kriteriju tabula_Zvirbulis.docx"
    GOLD(f, "kokapstrādes iekārtu operators", "MIP", NS, "Mārtiņš Zvirbulis", "2026-03-12", 3)
    GOLD(f, "kokapstrādes iekārtu operators", "PKE", NC, "Mārtiņš Zvirbulis", "2026-03-12", 3)
    NOTE(f, "criterion grid with Jā/Nē per document, closing Kopvērtējums row; qualification in capitals '(3. LKI)'; "
            "Eksperts + Paraksts / datums rows; author = coordinator",
         "PKE has 'Nē' criteria yet Kopvērtējums positive with corrections -> NC; MIP Kopvērtējums 'Nav atbalstāms'")
    d = new(COORD2, C(2026, 3, 12, 17, 0))
    P(d, "KOKAPSTRĀDES IEKĀRTU OPERATORS (3. LKI)", bold=True, size=13, align="c")
    P(d, "MIP un PKE satura izvērtējums pēc kritērijiem", align="c")
    T(d, [["Kritērijs", "MIP", "PKE"],
          ["Atbilst kvalifikācijas prasībām", "Nē", "Jā"],
          ["Ietvertas nozares jaunās prasmes", "Nē", "Jā"],
          ["Mācīšanās rezultāti / vērtēšanas kritēriji izmērāmi", "Jā", "Nē"],
          ["Apjoms atbilst līmenim", "Nē", "Jā"],
          ["Darba drošības prasības integrētas", "Nē", "Nē"],
          ["Kopvērtējums", "Nav atbalstāms", "Atbalstāms, pēc precizējumiem virzāms saskaņošanai"]],
      widths=[8, 4, 4], header=True)
    P(d, "Paskaidrojumi", bold=True)
    P(d, "MIP pamatā ir 2010. gada standarts, jaunās prasības (digitālā mērīšana, iekārtu iestatīšana pēc "
         "ražotāja dokumentācijas) nav ņemtas vērā. Programma jāraksta no jauna.")
    P(d, "PKE ir labs pamats, bet vērtēšanas kritērijos jāieraksta konkrētas pielaides un jāpievieno darba drošības "
         "kritērijs, kura neizpilde nozīmē eksāmena pārtraukšanu. Pēc tam var virzīt.")
    T(d, [["Eksperts", "Mārtiņš Zvirbulis"], ["Paraksts / datums", "M. Zvirbulis / 12.03.2026"]], widths=[5, 11])
    save(d, f)


# ============================================================================================
# 24  letterhead + prose; body remark vs Slēdziens; optional suggestions; no date anywhere
# ============================================================================================
@builder
def f24():
    f = "r1b24_motorzaga operators_atzinums_Jaunzems.docx"
    GOLD(f, "motorzāģa operators", "MIP", S, "Ilgvars Jaunzems", "", 3)
    GOLD(f, "motorzāģa operators", "PKE", S, "Ilgvars Jaunzems", "", 3)
    NOTE(f, "letterhead + two paragraphs + Slēdziens; no date in the text",
         "early remark 'likās, ka … nav atbalstāms' is withdrawn and outranked by the Slēdziens; suggestions "
         "'pēc saviem ieskatiem' are optional; 'bez precizējumiem' -> supported; date empty (created property ignored); "
         "level not stated -> register 3")
    d = new("Ilgvars Jaunzems", C(2026, 3, 21, 9, 0), font="Cambria")
    P(d, "Ilgvars Jaunzems", bold=True, space_after=0)
    P(d, "mežizstrādes uzņēmuma SIA „Jaunzemi LV” īpašnieks, nozares eksperts")
    P(d)
    P(d, "Atzinums par motorzāģa operatora MIP un PKE saturu", bold=True, size=13)
    P(d, "Sākumā, lasot moduli „Koku gāšana”, man likās, ka tas šādā veidā nav atbalstāms – par maz prakses stundu. "
         "Tomēr tālāk programmā ir atsevišķs prakses modulis uzņēmumā (320 st.), kas šo pilnībā kompensē, tāpēc "
         "iebildumu man nav. Patīk, ka ir iekļauta pirmā palīdzība mežā un darbs ar vinču.")
    P(d, "Eksāmenā praktiskā daļa notiek reālā cirsmā, vērtē gan gāšanu, gan atzarošanu un sagarumošanu – tā tam jābūt.")
    P(d, "Ieteikumi (pēc saviem ieskatiem): darba grupa varētu pievienot nelielu tēmu par motorzāģa ķēdes asināšanu ar "
         "elektrisko asinātāju, un teorijas testā pāris jautājumus par meža sertifikāciju (FSC, PEFC).")
    P(d, "Slēdziens", bold=True)
    P(d, "Gan MIP, gan PKE saturu atbalstu un iesaku bez precizējumiem virzīt saskaņošanai. Augstāk minētie ieteikumi "
         "nav obligāti.")
    P(d, "I. Jaunzems")
    save(d, f)


# ============================================================================================
# 25  repeat review: table with the earlier verdict column and the current verdict column
# ============================================================================================
@builder
def f25():
    f = "r1b25_Atkartota ekspertize_KIRT_Sila.docx"
    q = "koka izstrādājumu ražošanas tehniķis"
    GOLD(f, q, "MIP", S, "Baiba Sila", "2026-04-14", 4)
    GOLD(f, q, "PKE", S, "Baiba Sila", "2026-04-14", 4)
    NOTE(f, "repeat review; table Dokuments | Iepriekšējais vērtējums (12.02.2026.) | Pašreizējais vērtējums",
         "history column is never the verdict; 'precizējumi veikti' is no condition; earlier review date 12.02. is not the date")
    d = new("User", C(2026, 4, 14, 12, 0))
    P(d, "Atkārtota ekspertīze", bold=True, size=14)
    T(d, [["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis, LKI 4"],
          ["Eksperte", "Baiba Sila"],
          ["Datums", "2026. gada 14. aprīlī"]], widths=[4, 12])
    P(d, "Darba grupa iesniedza labotas redakcijas pēc mana 12. februāra atzinuma. Pārbaudīju, vai ņemti vērā visi "
         "iebildumi.")
    T(d, [["Dokuments", "Iepriekšējais vērtējums (12.02.2026.)", "Pašreizējais vērtējums"],
          ["MIP", "Nav atbalstāms", "Atbalstāms un virzāms saskaņošanai"],
          ["PKE", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "Precizējumi veikti. Atbalstāms un virzāms saskaņošanai."]], widths=[2.5, 6.5, 7], header=True)
    P(d, "Visi iepriekš norādītie trūkumi novērsti: pievienots modulis par ražošanas plānošanu, eksāmenā parādījies "
         "tehnoloģiskās kartes uzdevums. Vairāk piezīmju nav.")
    save(d, f)


# ============================================================================================
# 26  short Outlook e-mail (5 lines body), "bez precizējumiem"; short quoted request with "> "
# ============================================================================================
@builder
def f26():
    f = "r1b26_Re elektromontieris.docx"
    GOLD(f, "elektromontieris", "MIP", S, "Kaspars Vanags", "2026-03-19", 3)
    GOLD(f, "elektromontieris", "PKE", NS, "Kaspars Vanags", "2026-03-19", 3)
    NOTE(f, "very short Outlook reply with Latvian headers; genitive 'Elektromontiera'; signature 'K.'",
         "'atbalstu bez precizējumiem' -> S; expert from No:; date from Nosūtīts (weekday form); quoted deadline ignored")
    d = new(COORD2, C(2026, 3, 20, 8, 15))
    P(d, [("b", "No:"), " Kaspars Vanags <kaspars.vanags@elektrum-montaza.lv>"], space_after=0)
    P(d, [("b", "Nosūtīts:"), " ceturtdiena, 2026. gada 19. marts 22:05"], space_after=0)
    P(d, [("b", "Kam:"), " Anita Celmiņa"], space_after=0)
    P(d, [("b", "Tēma:"), " Re: elektromontieris"])
    P(d, "Sveika, Anita!")
    P(d, "Elektromontiera MIP atbalstu bez precizējumiem, var virzīt tālāk.")
    P(d, "PKE nav atbalstāms – praktiskais uzdevums paredz darbu zem sprieguma, eksāmenā tas nav pieļaujams. "
         "Sīkāk pastāstīšu pa telefonu.")
    P(d, "K.")
    P(d)
    P(d, "> Kaspar, vai paspēsi līdz 20.03. atsūtīt elektromontiera vērtējumu?", space_after=0)
    P(d, "> Anita")
    save(d, f)


# ============================================================================================
# 27  grid "Jautājums | MIP | PKE" with Atbalstāms / Nepieciešami precizējumi / Virzāms; labels with values below
# ============================================================================================
@builder
def f27():
    f = "r1b27_DKIO_MIP_PKE_Grinberga.docx"
    q = "datorizētu kokapstrādes iekārtu operators"
    GOLD(f, q, "MIP", NC, "Silvija Grīnberga", "2026-04-03", 4)
    GOLD(f, q, "PKE", NS, "Silvija Grīnberga", "2026-04-03", 4)
    NOTE(f, "key/value grid with one column per document; Kvalifikācija/Eksperts/Datums with the value in the cell below; "
            "title 'Mg.paed.' before the name; date with weekday",
         "MIP Jā/Jā/Pēc precizējumiem -> NC; PKE Nē/–/Nē -> NS; no level stated -> register 4")
    d = new("Lietotājs", C(2026, 4, 3, 10, 40))
    P(d, "Eksperta vērtējums", bold=True, size=14)
    T(d, [["Kvalifikācija"], ["Datorizētu kokapstrādes iekārtu operators"]], widths=[16])
    T(d, [["Jautājums", "MIP", "PKE"],
          ["Atbalstāms", "Jā", "Nē"],
          ["Nepieciešami precizējumi", "Jā", "–"],
          ["Virzāms saskaņošanai", "Pēc precizējumiem", "Nē"]], widths=[7, 4.5, 4.5], header=True)
    P(d, "Precizējumi MIP", bold=True)
    P(d, "1) Modulī „CNC iekārtu vadība” jāpievieno 5-asu apstrāde vismaz iepazīšanās līmenī.", space_after=0)
    P(d, "2) Jāsaskaņo termini – vienā vietā „apstrādes centrs”, citā „CNC darbgalds”, citā „frēzmašīna”.")
    P(d, "PKE", bold=True)
    P(d, "Eksāmens pārbauda tikai gatavas programmas palaišanu. Nav uzdevuma, kur operators pats iestata nulles punktu, "
         "nomaina instrumentu un koriģē programmu pēc pirmās detaļas mērījuma. Šādā veidā nevar novērtēt, vai cilvēks "
         "spēj strādāt ražotnē.")
    T(d, [["Eksperts"], ["Mg.paed. Silvija Grīnberga"], ["Datums"], ["piektdiena, 2026. gada 3. aprīlis"]], widths=[8])
    save(d, f)


# ============================================================================================
# 28  PKE only for two qualifications, V / ✓ marks; expert only in the author property; "marta 27."
# ============================================================================================
@builder
def f28():
    f = "r1b28_PKE_ekspertize_koks_2 kvalifikacijas.docx"
    GOLD(f, "mēbeļu galdnieks", "PKE", S, "Uldis Krastiņš", "2026-03-27", 4)
    GOLD(f, "koka izstrādājumu ražošanas tehniķis", "PKE", NS, "Uldis Krastiņš", "2026-03-27", 4)
    NOTE(f, "option grid with a column per qualification (both PKE), marks 'V' and '✓'; no name in the text",
         "expert from the author property; MIPs 'izskatīja citi eksperti' -> no rows; date '2026. g. marta 27.'")
    d = new("Uldis Krastiņš", C(2026, 3, 27, 19, 50))
    P(d, "PKE satura ekspertīze – kokrūpniecība", bold=True, size=13)
    P(d, "Šoreiz vērtēju tikai eksāmenu saturu; MIP abām kvalifikācijām izskatīja citi eksperti.")
    T(d, [["Vērtējums", "Mēbeļu galdnieks (PKE)", "Koka izstrādājumu ražošanas tehniķis (PKE)"],
          ["Saturs ir atbalstāms un virzāms saskaņošanai", "V", ""],
          ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
          ["Saturs nav atbalstāms", "", "✓"]], widths=[8, 4, 4], header=True)
    P(d, "Mēbeļu galdnieks: labi sabalansēts eksāmens, nav ko piebilst.")
    P(d, "Koka izstrādājumu ražošanas tehniķis: praktiskais uzdevums ir tīri galdnieka darbs, tehniķa kompetences "
         "(ražošanas organizēšana, izmaksu aprēķins) netiek vērtētas. Jāpārstrādā.")
    P(d, "Datums: 2026. g. marta 27.")
    save(d, f)


# ============================================================================================
# 29  Outlook reply, English headers, qualification in the genitive, indirect references; author = coordinator
# ============================================================================================
@builder
def f29():
    f = "r1b29_RE_ Buvizstradajumu galdnieka MIP un PKE.docx"
    GOLD(f, "būvizstrādājumu galdnieks", "MIP", NS, "Normunds Ceplis", "2026-03-25", 4)
    GOLD(f, "būvizstrādājumu galdnieks", "PKE", NS, "Normunds Ceplis", "2026-03-25", 4)
    NOTE(f, "printed Outlook reply (From/Sent/To/Subject), documents referred to as 'programma' and 'eksāmens'/'to', "
            "quoted coordinator message listing all options",
         "'Programmu … neatbalstu' and 'arī eksāmens … nav atbalstāms' -> both NS; quoted e-mail (coordinator, 16 March) ignored")
    d = new(COORD1, C(2026, 3, 25, 8, 30))
    for k, v in [("From", "Normunds Ceplis <normunds@ceplis-logi.lv>"),
                 ("Sent", "Wednesday, March 25, 2026 7:48 AM"),
                 ("To", "Ilze Bērziņa <ilze.berzina@lddk.lv>"),
                 ("Subject", "RE: Būvizstrādājumu galdnieka MIP un PKE")]:
        P(d, [("b", k + ":"), " " + v], space_after=0)
    P(d)
    P(d, "Labrīt, Ilze,")
    P(d, "izlasīju abus. Programmu šajā redakcijā neatbalstu: logu un durvju ražošana aprakstīta tā, it kā mēs vēl "
         "taisītu koka logus ar vienkāršu stiklojumu. Nav ne stikla pakešu, ne mūsdienu furnitūras, ne montāžas pēc "
         "„siltās montāžas” principa. Tas viss nozarē ir pamatlietas.")
    P(d, "Arī eksāmens šādā veidā nav atbalstāms – tas balstās uz tām pašām novecojušajām tēmām, un praktiskajā "
         "uzdevumā paredzēts izgatavot tikai rāmi. Iesaku to pārstrādāt kopā ar programmu.")
    P(d, "Ja vajag, varu aizbraukt uz skolu un parādīt darba grupai, kā tas izskatās ražotnē.")
    P(d, "Normunds Ceplis", space_after=0)
    P(d, "SIA „Ceplis Logi”, ražošanas vadītājs")
    P(d)
    P(d, "From: Ilze Bērziņa", space_after=0)
    P(d, "Sent: Monday, March 16, 2026 2:20 PM", space_after=0)
    P(d, "To: Normunds Ceplis", space_after=0)
    P(d, "Subject: Būvizstrādājumu galdnieka MIP un PKE")
    P(d, "Labdien! Lūdzu izvērtēt pielikumā pievienoto būvizstrādājumu galdnieka (LKI 4) MIP un PKE saturu. "
         "Atzinumā jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai; atbalstāms, pēc precizējumu "
         "veikšanas virzāms saskaņošanai; vai nav atbalstāms. Paldies! Ilze")
    save(d, f)


# ============================================================================================
# 30  Gmail-style, everything without diacritics (qualification, verdicts, date header)
# ============================================================================================
@builder
def f30():
    f = "r1b30_vgk sistemu tehnikis atsauksme.docx"
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    GOLD(f, q, "MIP", NC, "Juris Berzins", "2026-04-08", 4)
    GOLD(f, q, "PKE", S, "Juris Berzins", "2026-04-08", 4)
    NOTE(f, "Gmail-style header block (From/Date/Subject/To) with a Latvian date without diacritics; body without diacritics",
         "full qualification name without diacritics -> canonical; expert as written 'Juris Berzins'; quoted request "
         "'On … wrote:' (1 April) ignored")
    d = new("Lietotājs", C(2026, 4, 9, 9, 0), font="Arial", size=10)
    P(d, "---------- Forwarded message ---------", space_after=0)
    P(d, "From: Juris Berzins <juris.berzins@inbox.lv>", space_after=0)
    P(d, "Date: tresdiena, 2026. gada 8. aprilis 14:30", space_after=0)
    P(d, "Subject: Re: ventilacijas un gaisa kondicionesanas sistemu tehnikis", space_after=0)
    P(d, "To: Ilze Berzina <ilze.berzina@lddk.lv>")
    P(d)
    P(d, "Labdien,")
    P(d, "ventilacijas un gaisa kondicionesanas sistemu tehnika MIP: atbalstams, pec precizejumu veiksanas virzams "
         "saskanosanai. Jaizlabo 4. modula apjoms (tur ir 2 reizes ierakstits 80 st.) un japapildina ar BMS (ekas "
         "vadibas sistemu) pamatiem, bez ta tehnikis musdienas nevar stradat.")
    P(d, "PKE: atbalstams un virzams saskanosanai.")
    P(d, "Juris")
    P(d)
    P(d, "On Wed, 1 Apr 2026 at 09:15, Ilze Berzina <ilze.berzina@lddk.lv> wrote:", space_after=0)
    P(d, "> Labdien, Juri! Nosutu VGK sistemu tehnika MIP un PKE atkartotai ekspertizei. Ludzu atbildet lidz 10.04.", space_after=0)
    P(d, "> Ilze")
    save(d, f)


# ============================================================================================
# 31  letterhead; two qualifications, each its own section with a key/value table; "20. martā" without year
# ============================================================================================
@builder
def f31():
    f = "r1b31_Motorzaga_un_meza_masinu_operators_Vilcina.docx"
    E, D = "Aija Vilciņa", "2026-03-20"
    GOLD(f, "motorzāģa operators", "MIP", NS, E, D, 3)
    GOLD(f, "motorzāģa operators", "PKE", NC, E, D, 3)
    GOLD(f, "meža mašīnu operators", "MIP", S, E, D, 3)
    NOTE(f, "letterhead; two sections with key/value tables (Atbalstāms / Nepieciešami precizējumi / Virzāms saskaņošanai)",
         "meža mašīnu operators PKE 'nav iesniegts' -> no row; date 'Rīgā, 20. martā' (year implied, 2026); "
         "motorzāģa PKE Jā/Jā/pēc precizējumiem -> NC")
    d = new(COORD1, C(2026, 3, 20, 16, 0))
    P(d, "Aija Vilciņa", bold=True, space_after=0)
    P(d, "meža nozares eksperte, AS „Kurzemes meži”")
    P(d)
    P(d, "Eksperta vērtējums par divu kvalifikāciju MIP un PKE saturu", bold=True, size=13)
    P(d, "1. Motorzāģa operators (LKI 3)", bold=True)
    T(d, [["Dokuments", "MIP"], ["Atbalstāms", "Nē"], ["Nepieciešami precizējumi", "–"], ["Virzāms saskaņošanai", "Nē"],
          ["Komentārs", "Programma neaptver darbu ar motorzāģi bīstamos apstākļos; jāpārstrādā pēc būtības."]],
      widths=[5, 11])
    T(d, [["Dokuments", "PKE"], ["Atbalstāms", "Jā"], ["Nepieciešami precizējumi", "Jā"],
          ["Virzāms saskaņošanai", "Pēc precizējumu veikšanas"],
          ["Komentārs", "Vērtēšanas lapā jāpievieno kritērijs par individuālo aizsardzības līdzekļu lietošanu."]],
      widths=[5, 11])
    P(d, "2. Meža mašīnu operators (LKI 3)", bold=True)
    T(d, [["Dokuments", "MIP"], ["Atbalstāms", "Jā"], ["Nepieciešami precizējumi", "Nē"], ["Virzāms saskaņošanai", "Jā"],
          ["Komentārs", "Labs, mūsdienīgs saturs."]], widths=[5, 11])
    P(d, "Meža mašīnu operatora PKE saturs vēl nav iesniegts.", italic=True)
    P(d, "Rīgā, 20. martā")
    save(d, f)


# ============================================================================================
# 32  MIP key/value verdict + PKE criterion table whose Kopvērtējums is left empty -> unknown / no_verdict
# ============================================================================================
@builder
def f32():
    f = "r1b32_Mehatronika_MIP_PKE_Jurevics.docx"
    GOLD(f, "mehatronisko sistēmu tehniķis", "MIP", NC, "Oskars Jurevics", "2026-03-27", 4)
    GOLD(f, "mehatronisko sistēmu tehniķis", "PKE", U, "Oskars Jurevics", "2026-03-27", 4)
    PROB(f, "no_verdict")
    NOTE(f, "MIP key/value verdict table; PKE criterion table with an empty Kopvērtējums; unlabelled signature without diacritics",
         "PKE reviewed but verdict deliberately withheld -> unknown + no_verdict; date with weekday after the date")
    d = new("User", C(2026, 3, 27, 18, 0))
    P(d, "Mehatronisko sistēmu tehniķis – MIP un PKE ekspertīze", bold=True, size=13)
    P(d, "LKI līmenis: 4", space_after=0)
    P(d, "Izstrādātājs: Dienvidkurzemes tehnikuma darba grupa")
    P(d, "MIP", bold=True)
    T(d, [["Atbalstāms", "Jā"], ["Nepieciešami precizējumi", "Jā"], ["Virzāms saskaņošanai", "Pēc precizējumiem"]],
      widths=[6, 10])
    P(d, "Precizējumi (obligāti): jāpievieno prakses vietu prasības un jāizlabo moduļu kodi pielikumā.")
    P(d, "PKE", bold=True)
    T(d, [["Kritērijs", "Jā/Nē"],
          ["Uzdevumi atbilst kvalifikācijas prasībām", "Jā"],
          ["Vērtēšanas kritēriji skaidri", "Nē"],
          ["Laika plānojums reāls", "Jā"],
          ["Kopvērtējums", ""]], widths=[10, 6])
    P(d, "Kopvērtējumu PKE sniegšu, kad darba grupa atsūtīs vērtēšanas instrukciju – tā nebija pievienota, un bez "
         "tās nevaru spriest.")
    P(d)
    P(d, "Oskars Jurevics", space_after=0)
    P(d, "2026. gada 27. marts, piektdiena")
    save(d, f)


# ============================================================================================
# 33-36  NOT reviews: same vocabulary, coordinator's folder
# ============================================================================================
@builder
def n33():
    f = "r1b33_Ekspertu sadalijums_4 posms.docx"
    PROB(f, "no_verdict")
    NOTE(f, "NOT a review: coordinator's table of expert assignments (who, what, by when) with a legend of verdict options",
         "no rows; experts and deadlines are assignments, the legend lists options")
    d = new(COORD1, C(2026, 2, 27, 10, 0))
    P(d, "Ekspertu sadalījums MIP un PKE satura ekspertīzēm – projekta 4. posms", bold=True, size=13)
    T(d, [["Nr.", "Kvalifikācija", "LKI", "Eksperts", "Dokumenti", "Termiņš", "Statuss"],
          ["1.", "Elektrotehniķis", "4", "Jānis Ozols", "MIP, PKE", "13.03.2026.", "nosūtīts 03.03."],
          ["2.", "Mēbeļu galdnieks", "4", "Dace Kalniņa", "MIP, PKE", "06.03.2026.", "nosūtīts"],
          ["3.", "Meža mašīnu operators", "3", "Sandra Lāce", "MIP, PKE", "20.03.2026.", "gaidām dokumentus"],
          ["4.", "Mehatronisko sistēmu tehniķis", "4", "Edgars Liepiņš", "MIP, PKE", "20.03.2026.", "nosūtīts"],
          ["5.", "VGK sistēmu tehniķis", "4", "Māris Dzenis", "MIP, PKE", "13.03.2026.", "nosūtīts"]],
      widths=[1, 4.5, 1.2, 3.3, 2, 2.2, 2.8], header=True)
    P(d, "Atzinumā eksperts katram dokumentam norāda vienu no vērtējumiem: „saturs ir atbalstāms un virzāms "
         "saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav "
         "atbalstāms”.")
    P(d, "Sagatavoja: I. Bērziņa, LDDK")
    save(d, f)


@builder
def n34():
    f = "r1b34_Uzaicinajums nozaru ekspertiem.docx"
    PROB(f, "no_verdict")
    NOTE(f, "NOT a review: call for sector experts", "no rows; 'atbalsts', 'atbalstāms' used about the process")
    d = new(COORD2, C(2026, 1, 12, 9, 0))
    P(d, "Uzaicinājums kļūt par nozares ekspertu", bold=True, size=14)
    P(d, "Latvijas Darba devēju konfederācija aicina enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru "
         "profesionāļus iesaistīties profesionālās izglītības satura ekspertīzē projektā „Izglītības procesa "
         "individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” (4.2.2.9. pasākums).")
    P(d, "Eksperta uzdevumi:", bold=True)
    P(d, "• izvērtēt modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu;", space_after=0)
    P(d, "• sniegt rakstisku atzinumu, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu "
         "veikšanas vai nav atbalstāms;", space_after=0)
    P(d, "• nepieciešamības gadījumā piedalīties darba grupu sanāksmēs.")
    P(d, "Ekspertiem tiek nodrošināts metodiskais atbalsts un atlīdzība saskaņā ar projekta nosacījumiem.")
    P(d, "Pieteikumus (CV un motivācijas vēstuli) lūdzam sūtīt līdz 2026. gada 30. janvārim uz e-pastu projekti@lddk.lv.")
    P(d, "Anita Celmiņa, projekta koordinatore")
    save(d, f)


@builder
def n35():
    f = "r1b35_PKE nolikums_izvilkums.docx"
    PROB(f, "no_verdict")
    NOTE(f, "NOT a review: excerpt of an exam regulation listing the assessment options", "no rows")
    d = new("Lietotājs", C(2026, 2, 2, 14, 0))
    P(d, "Izvilkums no profesionālās kvalifikācijas eksāmena satura izstrādes un ekspertīzes kārtības", bold=True)
    P(d, "12. Eksāmena saturu pirms apstiprināšanas izvērtē nozares eksperts.")
    P(d, "13. Eksperts sniedz vienu no šādiem vērtējumiem:", space_after=0)
    P(d, "13.1. saturs ir atbalstāms un virzāms saskaņošanai;", space_after=0)
    P(d, "13.2. saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;", space_after=0)
    P(d, "13.3. saturs nav atbalstāms.")
    P(d, "14. Ja saturs nav atbalstāms, darba grupa to pārstrādā un iesniedz atkārtotai ekspertīzei ne vēlāk kā "
         "20 darba dienu laikā.")
    P(d, "15. Eksāmena praktiskās daļas vērtējums ir „nokārtots” vai „nav nokārtots”; teorētiskās daļas vērtējumu "
         "izsaka punktos.")
    T(d, [["Vērtējums", "Nozīme"],
          ["Atbalstāms", "saturs atbilst kvalifikācijas prasībām"],
          ["Atbalstāms ar precizējumiem", "saturs jāprecizē pirms saskaņošanas"],
          ["Nav atbalstāms", "saturs jāpārstrādā"]], widths=[6, 10], header=True)
    save(d, f)


@builder
def n36():
    f = "r1b36_LDDK jaunumi_marts 2026.docx"
    PROB(f, "no_verdict")
    NOTE(f, "NOT a review: LDDK newsletter item about the expertise work", "no rows; general wording only")
    d = new("LDDK Komunikācija", C(2026, 3, 27, 12, 0))
    P(d, "LDDK jaunumi | 2026. gada marts", size=9)
    P(d, "Nozaru eksperti turpina darbu pie profesionālās izglītības satura", bold=True, size=14)
    P(d, "Projekta 4. posmā trīspadsmit LDDK deleģēti eksperti no enerģētikas, kokrūpniecības un mašīnbūves nozarēm "
         "izvērtē modulārās izglītības programmas un kvalifikācijas eksāmenu saturu. Eksperti vērtē, vai saturs ir "
         "atbalstāms un virzāms saskaņošanai, un sniedz ieteikumus darba grupām.")
    P(d, "„Darba devēji atbalsta to, ka izglītības saturā ienāk digitālās un zaļās prasmes. Mūsu uzdevums ir "
         "pārliecināties, ka programmas atbilst tam, ko uzņēmumi sagaida no jaunajiem speciālistiem,” stāsta viena "
         "no ekspertēm.")
    P(d, "Darbs turpināsies projekta 5. posmā, ko plānots pabeigt 2026. gada jūlijā. Projekts tiek īstenots ar Eiropas "
         "Savienības Kohēzijas politikas programmas atbalstu.")
    save(d, f)


# --------------------------------------------------------------------------------------------
def main():
    for fn in list(os.listdir(OUT)):
        if fn.endswith(".docx"):
            os.remove(os.path.join(OUT, fn))
    for b in BUILDERS:
        b()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writeheader()
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "code"])
        w.writeheader()
        w.writerows(PROBS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# Blind set r1b: tables, forms, e-mails and letterheads\n\n")
        fh.write("Built by `build.py` (labels sit next to each file's builder). Gold: `expected.csv`, "
                 "`expected_problems.csv`.\n\n")
        fh.write("| file | design | judgement calls in the labels |\n|---|---|---|\n")
        for f, design, calls in NOTES:
            fh.write("| %s | %s | %s |\n" % (f, design.replace("|", "\\|"), calls.replace("|", "\\|")))
    print("files:", len(BUILDERS), "rows:", len(ROWS), "problems:", len(PROBS))


if __name__ == "__main__":
    main()
