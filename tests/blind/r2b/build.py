#!/usr/bin/env python3
"""Build the r2b blind evaluation set: review files (.docx) plus their gold labels.

Every builder function below starts with a gold(...) call holding that file's labels,
directly next to the code that writes the file.  Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
GOLD = []       # (file, qualification, document, verdict, expert, date, lki_level)
PROBLEMS = []   # (file, code)
BUILT = []

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

# coordinators (never the expert)
LAURA = "Laura Grīnberga"
SANDRA = "Sandra Vītola"


# ---------------------------------------------------------------- helpers
def gold(fn, rows, problems=()):
    for r in rows:
        assert len(r) == 6, r
        GOLD.append((fn,) + tuple(r))
    for p in problems:
        PROBLEMS.append((fn, p))


def new_doc(author, created, font="Times New Roman", size=12):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=37)
    cp.title = ""
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def save(d, fn):
    d.save(os.path.join(OUT, fn))
    BUILT.append(fn)


def P(c, text="", bold=False, italic=False, size=None, align=None, font=None, strike=False):
    p = c.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if strike:
            r.font.strike = True
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def R(p, text, bold=False, italic=False, strike=False, font=None, size=None):
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if strike:
        r.font.strike = True
    if font:
        r.font.name = font
    if size:
        r.font.size = Pt(size)
    return r


def cset(cell, text, bold=False, italic=False, strike=False, font=None):
    """Write text (lines split on \n) into a cell, reusing its first paragraph."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            R(p, line, bold=bold, italic=italic, strike=strike, font=font)
    return cell


def T(c, rows, style="Table Grid", bold_first_row=False, bold_first_col=False):
    ncols = max(len(r) for r in rows)
    t = c.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            b = (bold_first_row and i == 0) or (bold_first_col and j == 0)
            cset(t.cell(i, j), val, bold=b)
    return t


def sdt_checkbox(p, checked, sid):
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        f'<w:sdt {W} {W14}><w:sdtPr><w:id w:val="{sid}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    p._p.append(parse_xml(xml))


def form_checkbox(p, checked, name, via_default=False):
    """Legacy FORMCHECKBOX field: no visible text at all."""
    if via_default:
        inner = f'<w:default w:val="{1 if checked else 0}"/>'
    else:
        inner = '<w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
    p._p.append(parse_xml(
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))


def wsym(p, char):
    p._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
        f'<w:sym w:font="Wingdings" w:char="{char}"/></w:r>'))


def tc_del(p, text, author, date, rid):
    p._p.append(parse_xml(
        f'<w:del {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def tc_ins(p, text, author, date, rid):
    p._p.append(parse_xml(
        f'<w:ins {W} w:id="{rid}" w:author="{escape(author)}" w:date="{date}"><w:r>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def textbox(p, lines, shape_id=7):
    """A DrawingML text box with its VML fallback (the text is stored twice)."""
    def paras():
        out = []
        for i, ln in enumerate(lines):
            b = "<w:rPr><w:b/></w:rPr>" if i == 0 else ""
            out.append(f'<w:p><w:r>{b}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r></w:p>')
        return "".join(out)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    xml = (
        f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="1150000"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1150000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras()}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>'
        f'</v:shapetype><v:shape id="Text Box {shape_id}" o:spid="_x0000_s10{shape_id:02d}" type="#_x0000_t202" '
        'style="width:425pt;height:90.5pt" strokeweight="1pt"><v:textbox>'
        f'<w:txbxContent>{paras()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    )
    p._p.append(parse_xml(xml))


def header(d, text):
    d.sections[0].header.paragraphs[0].text = text


def footer(d, text):
    d.sections[0].footer.paragraphs[0].text = text


def when(s, hh=10, mm=0):
    y, m, dd = map(int, s.split("-"))
    return dt.datetime(y, m, dd, hh, mm)


# ================================================================ reviews
def f01():
    fn = "r2b01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx"
    # Letterhead + summary table Dokuments|Vērtējums|Piezīmes.  "3. PKL" -> LKI 4.
    # The purpose sentence lists verdict words (no verdict); the programme's receipt date is not the date.
    gold(fn, [
        ("elektrotehniķis", "MIP", "needs_corrections", "Mārtiņš Ozols", "2026-03-13", "4"),
        ("elektrotehniķis", "PKE", "supported", "Mārtiņš Ozols", "2026-03-13", "4"),
    ])
    d = new_doc("Lietotājs", when("2026-03-12", 16, 20))
    P(d, "Mārtiņš Ozols", bold=True, size=14)
    P(d, "elektroenerģētikas nozares eksperts, SIA „Zemgales Tīklu Serviss”", italic=True)
    P(d, "tālr. 26 114 503, martins.ozols@ztserviss.lv", size=10)
    P(d)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Elektrotehniķis” (3. PKL) modulārās izglītības programmas "
         "un profesionālās kvalifikācijas eksāmena saturu", align="c")
    P(d)
    P(d, "Ekspertīzes uzdevums bija izvērtēt, vai darba grupas sagatavotais saturs ir atbalstāms un virzāms "
         "saskaņošanai. Vērtēju MIP redakciju, ko saņēmu 2026. gada 2. martā, un PKE satura projektu ar "
         "vērtēšanas lapām. Abus dokumentus salīdzināju ar profesijas standartu un ar to, ko mūsu uzņēmums "
         "sagaida no jauna elektrotehniķa pirmajā darba gadā.", align="j")
    T(d, [
        ["Dokuments", "Vērtējums", "Piezīmes"],
        ["MIP", "Atbalstāma, taču saskaņošanai virzāma tikai pēc precizējumu veikšanas",
         "1) Modulī „Elektroiekārtu montāža un apkope” nav ietverts darbs ar zibensaizsardzības un "
         "zemējuma sistēmām.\n2) Jāprecizē darba drošības prasības darbam elektroietaisēs līdz 1 kV.\n"
         "3) Moduļu apjoms stundās nesakrīt ar programmas kopsummu (1480 pret 1520)."],
        ["PKE", "Atbalstāms un virzāms saskaņošanai",
         "Praktiskie uzdevumi atbilst nozares vajadzībām, iebildumu nav."],
    ], bold_first_row=True)
    P(d)
    P(d, "Pēc saviem ieskatiem darba grupa var papildināt literatūras sarakstu ar jaunākajām LVS HD 60364 "
         "redakcijām, bet tas nav priekšnoteikums.", italic=True)
    P(d)
    P(d, "Jelgavā, 2026. gada 13. martā")
    P(d, "____________________ /M. Ozols/")
    save(d, fn)


def f02():
    fn = "r2b02_ekspertize PKE meza masinu operators.docx"
    # No diacritics anywhere. Key/value pairs with the value in the row BELOW the label.
    # MIP "netika iesniegts" -> no row. Expert and date only in the footer; name labelled as written.
    gold(fn, [
        ("meža mašīnu operators", "PKE", "supported", "Ilze Berzina", "2026-03-20", "3"),
    ])
    d = new_doc("User", when("2026-03-20", 8, 5), font="Calibri", size=11)
    P(d, "Ekspertizes atzinums", bold=True, size=14)
    P(d, "Profesionalas kvalifikacijas eksamena (PKE) saturs")
    T(d, [
        ["Kvalifikacija", "LKI limenis", "Nozare"],
        ["Meza masinu operators", "3", "Kokrupnieciba"],
    ], bold_first_row=True)
    P(d)
    T(d, [
        ["Atbalstams", "Nepieciesami precizejumi", "Virzams saskanosanai"],
        ["Ja", "Ne", "Ja"],
    ], bold_first_row=True)
    P(d)
    P(d, "Komentari", bold=True)
    P(d, "Eksamena prakstiska dala (harvestera un forvardera vadiba simulatora un pec tam meza) ir labi "
         "izstradata, uzdevumi tuvi realajam darbam cirsma. Teorijas testa jautajumi atbilst profesijas "
         "standartam. Dazi jautajumi par darba aizsardzibu atkartojas, bet tas nav butiski.")
    P(d, "MIP saja karta netika iesniegts, to izvertesu, kad darba grupa to atsutis.")
    footer(d, "Ilze Berzina, meza nozares eksperte | 20.03.2026.")
    save(d, fn)


def f03():
    fn = "r2b03_MIP_PKE_mebelu_galdnieks_kriteriji_Liepina.docx"
    # Key/value block (value right) + two criterion tables ending in a Kopvērtējums row.
    # MIP: two criteria "Nē" but the overall verdict is positive with required corrections.
    # Author property = coordinator (trap).
    gold(fn, [
        ("mēbeļu galdnieks", "MIP", "needs_corrections", "Dace Liepiņa", "2026-03-09", "4"),
        ("mēbeļu galdnieks", "PKE", "not_supported", "Dace Liepiņa", "2026-03-09", "4"),
    ])
    d = new_doc(SANDRA, when("2026-03-04", 9, 0), font="Arial", size=10)
    P(d, "Ekspertīzes veidlapa: MIP un PKE satura izvērtējums", bold=True, size=13, align="c")
    T(d, [
        ["Kvalifikācija", "Mēbeļu galdnieks"],
        ["LKI līmenis", "4"],
        ["Eksperts", "Dace Liepiņa"],
        ["Uzņēmums, amats", "SIA „Koka Stils”, valdes locekle"],
        ["Datums", "09.03.2026."],
    ], bold_first_col=True)
    P(d)
    P(d, "1. Modulārā izglītības programma", bold=True)
    t = T(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "MIP mērķis un uzdevumi atbilst profesijas standartam", "Jā", ""],
        ["2.", "Moduļu saturs atspoguļo nozarē aktuālās prasmes (CNC, virsmu apdare, digitālie rasējumi)", "Nē",
         "Nav moduļa par CNC apstrādes centra programmēšanas pamatiem; apdares modulī minētas laku sistēmas, "
         "ko ražotnēs vairs nelieto."],
        ["3.", "Darba vidē balstīto mācību apjoms ir pietiekams", "Jā", ""],
        ["4.", "Sasniedzamie rezultāti ir izmērāmi", "Nē",
         "5. un 7. modulī rezultāti formulēti kā „iepazīst”, „saprot” – jāpārformulē darbības vārdos."],
        ["5.", "Apjoms stundās atbilst normatīvajiem aktiem", "Jā", ""],
        ["Kopvērtējums", None, None, None],
    ], bold_first_row=True)
    c = t.cell(6, 1).merge(t.cell(6, 3))
    cset(c, "MIP atbalstu. Saskaņošanai virzīt pēc tam, kad būs novērsti 2. un 4. kritērijā minētie trūkumi.")
    t.cell(6, 0).paragraphs[0].runs[0].bold = True
    P(d)
    P(d, "2. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
    t = T(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "Eksāmena uzdevumi aptver profesijas standarta pamatkompetences", "Nē",
         "Netiek pārbaudīta rasējumu lasīšana un materiālu patēriņa aprēķins."],
        ["2.", "Vērtēšanas kritēriji ir skaidri un objektīvi", "Nē",
         "Kritēriji „kvalitatīvi”, „pietiekami precīzi” nav izmērāmi, divi vērtētāji liks dažādus punktus."],
        ["3.", "Eksāmena norises laiks ir reāls", "Jā", ""],
        ["4.", "Nepieciešamie materiāli un iekārtas ir pieejami skolās", "Jā", ""],
        ["Kopvērtējums", None, None, None],
    ], bold_first_row=True)
    c = t.cell(5, 1).merge(t.cell(5, 3))
    cset(c, "Šādā redakcijā nav atbalstāms – uzdevumi un vērtēšanas lapa jāpārstrādā un jāiesniedz "
            "atkārtotai ekspertīzei.")
    t.cell(5, 0).paragraphs[0].runs[0].bold = True
    save(d, fn)


def f04():
    fn = "r2b04_Veidlapa_kokapstrades_iekartu_operators_JL.docx"
    # Word checkbox content controls (w14:checkbox), one column per document.
    # Signature "Paraksts / datums" with the value in the cell below; initial + surname.
    # No level stated -> register level 3. Author = coordinator.
    gold(fn, [
        ("kokapstrādes iekārtu operators", "MIP", "not_supported", "J. Lūsis", "2026-03-17", "3"),
        ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "J. Lūsis", "2026-03-17", "3"),
    ])
    d = new_doc(LAURA, when("2026-03-02", 11, 30), font="Calibri", size=11)
    P(d, "LDDK nozares eksperta atzinums", bold=True, size=14)
    P(d, "Profesionālā kvalifikācija: Kokapstrādes iekārtu operators")
    P(d, "Izstrādātājs (darba grupa): Daugavkrasta tehnikums")
    P(d)
    P(d, "Ekspertīzes slēdziens (atzīmējiet atbilstošo):", bold=True)
    t = T(d, [
        ["Slēdziens", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "", ""],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["Saturs nav atbalstāms", "", ""],
    ], bold_first_row=True)
    marks = {(1, 1): False, (1, 2): False, (2, 1): False, (2, 2): True, (3, 1): True, (3, 2): False}
    for k, (rc, v) in enumerate(sorted(marks.items())):
        p = t.cell(*rc).paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        sdt_checkbox(p, v, 410000 + k)
    P(d)
    P(d, "Pamatojums / nepieciešamie precizējumi:", bold=True)
    P(d, "MIP – programma acīmredzot veidota pēc vecā parauga: nav iekļauts darbs ar zāģēšanas centriem un "
         "kromšanas-urbšanas iekārtām, instrumentu nomaiņa un iestatīšana aprakstīta vispārīgi, moduļu secība "
         "nav loģiska (apdare pirms ēvelēšanas!). Jāpārstrādā pilnībā.")
    P(d, "PKE – praktiskajā uzdevumā jānorāda konkrēts izstrādājums un pieļaujamās novirzes, jāprecizē "
         "izpildes laiks (3 h nav reāli). Pārējais kārtībā.")
    P(d)
    t = T(d, [["Paraksts / datums"], ["J. Lūsis        17.03.26"]])
    save(d, fn)


def f05():
    fn = "r2b05_RE_Elektromontiera MIP un PKE ekspertize.docx"
    # Outlook e-mail with Latvian headers, coordinator's request quoted below "Sākotnējais ziņojums"
    # (lists all options, has a deadline and an earlier date). Author = coordinator who saved it.
    gold(fn, [
        ("elektromontieris", "MIP", "supported", "Andris Krūmiņš", "2026-03-24", "3"),
        ("elektromontieris", "PKE", "needs_corrections", "Andris Krūmiņš", "2026-03-24", "3"),
    ])
    d = new_doc(LAURA, when("2026-03-24", 10, 2), font="Calibri", size=11)
    for a, b in [("No:", "Andris Krūmiņš <andris.krumins@energolinija.lv>"),
                 ("Nosūtīts:", "otrdiena, 2026. gada 24. marts 9:41"),
                 ("Kam:", "Laura Grīnberga <laura.grinberga@lddk.lv>"),
                 ("Tēma:", "RE: Elektromontiera MIP un PKE ekspertīze")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labdien, Laura!")
    P(d, "Izskatīju abus dokumentus. Par programmu man būtisku iebildumu nav – moduļi sakārtoti loģiski, "
         "prakse uzņēmumā pietiekama, MIP atbalstu un to var sūtīt tālāk saskaņošanai.")
    P(d, "Ar eksāmenu ir sarežģītāk. Praktiskajā daļā uzdevums par sadales skapja montāžu ir labs, bet pilnībā "
         "trūkst mērījumu (izolācijas pretestība, fāzes-nulles cilpas pretestība) – tas obligāti jāpieliek "
         "klāt, un vērtēšanas tabulā punkti jāsadala pa darba soļiem. Kad tas būs izdarīts, PKE var virzīt "
         "saskaņošanai, man to atkārtoti sūtīt nevajag.")
    P(d, "Ar cieņu")
    P(d, "Andris Krūmiņš")
    P(d, "SIA „Energolīnija”, elektroietaišu būvdarbu vadītājs")
    P(d)
    P(d, "-----Sākotnējais ziņojums-----")
    for a, b in [("No:", "Laura Grīnberga <laura.grinberga@lddk.lv>"),
                 ("Nosūtīts:", "otrdiena, 2026. gada 10. marts 14:02"),
                 ("Kam:", "Andris Krūmiņš <andris.krumins@energolinija.lv>"),
                 ("Tēma:", "Elektromontiera MIP un PKE ekspertīze")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labdien, Andri!")
    P(d, "Pielikumā kvalifikācijas „Elektromontieris” (LKI 3. līmenis) MIP un PKE saturs. Lūdzu atzinumā "
         "katram dokumentam norādīt vienu no variantiem:")
    P(d, "– saturs ir atbalstāms un virzāms saskaņošanai;")
    P(d, "– saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;")
    P(d, "– saturs nav atbalstāms.")
    P(d, "Atzinumu lūdzu atsūtīt līdz 27. martam.")
    P(d, "Paldies!")
    P(d, "Laura Grīnberga")
    P(d, "LDDK projekta koordinatore")
    save(d, fn)


def f06():
    fn = "r2b06_RE_VGK sistemu tehnikis - MIP.docx"
    # English Outlook headers; alias "VGK sistēmu tehniķis" in the subject, full inflected name in body.
    # PKE "netika atsūtīts" -> no row. Quoted request ("On ... wrote:", "> ") is not the expert/date/verdict.
    gold(fn, [
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", "Inga Zariņa",
         "2026-03-26", "4"),
    ])
    d = new_doc("User", when("2026-03-27", 8, 40), font="Calibri", size=11)
    for a, b in [("From:", "Inga Zariņa <inga.zarina@klimatserviss.lv>"),
                 ("Sent:", "Thursday, March 26, 2026 4:15 PM"),
                 ("To:", "Sandra Vītola <sandra.vitola@lddk.lv>"),
                 ("Subject:", "RE: VGK sistēmu tehniķis – MIP ekspertīze")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Sveika, Sandra!")
    P(d, "Apskatīju ventilācijas un gaisa kondicionēšanas sistēmu tehniķa programmu. Diemžēl šādā veidā MIP "
         "neatbalstu. Galvenās problēmas:")
    P(d, "1) nav neviena moduļa par siltumsūkņiem un rekuperācijas iekārtu regulēšanu, lai gan mūsu "
         "uzņēmumos tas ir ikdienas darbs;")
    P(d, "2) automātikas un vadības sistēmu modulis uzrakstīts ļoti vispārīgi, bez konkrētiem sasniedzamajiem "
         "rezultātiem;")
    P(d, "3) F-gāzu regulas prasības vispār nav pieminētas.")
    P(d, "Manuprāt programma jāpārstrādā un jāatsūta vēlreiz.")
    P(d, "PKE man netika atsūtīts, tāpēc par to neko nevaru pateikt.")
    P(d)
    P(d, "Inga")
    P(d)
    P(d, "On Wed, 11 Mar 2026 at 09:30, Sandra Vītola <sandra.vitola@lddk.lv> wrote:")
    for ln in ["> Labdien, Inga!",
               "> Nosūtu VGK sistēmu tehniķa (LKI 4) modulāro izglītības programmu. Lūdzu izvērtēt, vai saturs",
               "> ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.",
               "> Termiņš – 25. marts.",
               "> Ar cieņu,",
               "> Sandra Vītola, LDDK"]:
        P(d, ln)
    save(d, fn)


def f07():
    fn = "r2b07_Gmail - Re_ Mehatronisko sistemu tehnikis MIP PKE.docx"
    # Gmail print: the account owner (coordinator) on the top line; sender + weekday date line.
    # PKE: an optional suggestion ("tikai ieteikums, nav obligāti") does not make it needs_corrections.
    gold(fn, [
        ("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Gatis Lapsa", "2026-03-23", "4"),
        ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Gatis Lapsa", "2026-03-23", "4"),
    ])
    d = new_doc(LAURA, when("2026-03-24", 8, 15), font="Arial", size=10)
    p = P(d); R(p, "Gmail", bold=True); R(p, "\t\t\t\tLaura Grīnberga <laura.grinberga@lddk.lv>")
    P(d, "Re: Mehatronisko sistēmu tehniķis – MIP/PKE atzinums", bold=True, size=12)
    P(d, "2 ziņojumi")
    P(d, "_" * 60)
    p = P(d); R(p, "Gatis Lapsa", bold=True); R(p, " <gatis.lapsa@mehaparks.lv>\t\tpirmdiena, 2026. gada 23. marts 18:12")
    P(d, "Kam: Laura Grīnberga <laura.grinberga@lddk.lv>")
    P(d)
    P(d, "Sveiki!")
    P(d, "Sūtu savu viedokli par mehatronikas dokumentiem.")
    P(d, "MIP. Kopumā laba programma, pneimatika un PLC daļa izstrādāta pamatīgi. Bet robotikas modulī "
         "obligāti jāieliek kolaboratīvo robotu drošības prasības un jāsakārto kredītpunkti 3. moduļa tabulā – "
         "tur summa nesakrīt. Pēc šo lietu izlabošanas programmu var virzīt saskaņošanai.")
    P(d, "PKE. Eksāmena uzdevumi ir reāli un atbilst tam, ko mēs sagaidām no jauna tehniķa. Varētu vēl pielikt "
         "kādu kļūmju diagnostikas uzdevumu, bet tas ir tikai mans ieteikums, nav obligāti. PKE atbalstu, var "
         "sūtīt saskaņošanai tādu, kāds ir.")
    P(d, "Gatis")
    P(d)
    P(d, "On pirmd., 2026. g. 9. marts, plkst. 10:02 Laura Grīnberga <laura.grinberga@lddk.lv> rakstīja:")
    for ln in ["> Labdien, Gati!",
               "> Pievienoju mehatronisko sistēmu tehniķa MIP un PKE. Atzinumā lūdzu norādīt, vai saturs ir",
               "> atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.",
               "> Termiņš – 20. marts.",
               "> Laura"]:
        P(d, ln)
    save(d, fn)


def f08():
    fn = "r2b08_Kokrupnieciba_3_kvalifikacijas_atzinums_Egle.docx"
    # Letterhead, then one table Kvalifikācija | LKI | MIP | PKE for three qualifications.
    # Note 3 mentions "kokapstrādes iekārtu operators" only in passing -> no row.
    # Letterhead "Valdis Egle", signature "V. Egle": label the full name.
    E, D = "Valdis Egle", "2026-03-27"
    gold(fn, [
        ("motorzāģa operators", "MIP", "supported", E, D, "3"),
        ("motorzāģa operators", "PKE", "not_supported", E, D, "3"),
        ("mežsaimniecības tehniķis", "MIP", "needs_corrections", E, D, "4"),
        ("mežsaimniecības tehniķis", "PKE", "supported", E, D, "4"),
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", E, D, "4"),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", E, D, "4"),
    ])
    d = new_doc("Lietotājs", when("2026-03-26", 19, 10))
    P(d, "Valdis Egle", bold=True)
    P(d, "kokrūpniecības nozares eksperts")
    P(d, "SIA „Egles Mežs”, Valmiera")
    P(d)
    P(d, "Ekspertīžu rezultāti: kokrūpniecības kvalifikāciju MIP un PKE saturs (projekta 4. posms)",
      bold=True, align="c")
    T(d, [
        ["Kvalifikācija", "LKI", "MIP", "PKE"],
        ["Motorzāģa operators", "3", "Atbalstu, var virzīt saskaņošanai", "Neatbalstu (sk. 1. piezīmi)"],
        ["Mežsaimniecības tehniķis", "4", "Atbalstāms pēc precizējumiem (sk. 2. piezīmi)",
         "Atbalstāms, virzāms saskaņošanai"],
        ["Datorizētu kokapstrādes iekārtu operators", "4", "Nav atbalstāms (sk. 3. piezīmi)",
         "Nav atbalstāms (sk. 3. piezīmi)"],
    ], bold_first_row=True)
    P(d)
    P(d, "Piezīmes", bold=True)
    P(d, "1. Motorzāģa operatora eksāmenā praktiskais uzdevums paredz tikai parastu koka gāšanu ar ķīļiem; "
         "netiek vērtēta bīstamo koku gāšana un darbs vējgāzēs, drošības prasību vērtēšana ir formāla. "
         "Eksāmena saturs jāpārstrādā.")
    P(d, "2. Mežsaimniecības tehniķa programmā jāprecizē meža inventarizācijas modulis (jāiekļauj ĢIS rīki un "
         "tālizpētes dati) un jāsaskaņo prakses apjoms ar mācību plānu. Pēc tam var virzīt saskaņošanai.")
    P(d, "3. Datorizētu kokapstrādes iekārtu operatora dokumenti būtībā ir kokapstrādes iekārtu operatora "
         "materiāli ar nomainītu titullapu – nav ne CNC programmēšanas, ne CAD/CAM. Abi dokumenti jāizstrādā "
         "no jauna.")
    P(d)
    P(d, "Valmierā, 2026. gada 27. martā")
    P(d, "V. Egle")
    save(d, fn)


def f09():
    fn = "r2b09_Kopsavilkums_energetika_ekspertizes_Sproge.docx"
    # The expert's own coordinator-style summary table for four energy qualifications (aliases "VGK ...").
    # VGK sistēmu tehniķis PKE "nav iesniegts" -> no row.
    E, D = "Renāte Sproģe", "2026-03-31"
    gold(fn, [
        ("elektromontieris", "MIP", "supported", E, D, "3"),
        ("elektromontieris", "PKE", "needs_corrections", E, D, "3"),
        ("elektrotehniķis", "MIP", "needs_corrections", E, D, "4"),
        ("elektrotehniķis", "PKE", "needs_corrections", E, D, "4"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", E, D, "3"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", E, D, "3"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", E, D, "4"),
    ])
    d = new_doc("Renāte", when("2026-03-31", 15, 0), font="Calibri", size=11)
    P(d, "Renāte Sproģe, enerģētikas nozares eksperte")
    P(d)
    P(d, "Kopsavilkums par 2026. gada martā veiktajām ekspertīzēm", bold=True, size=13)
    T(d, [
        ["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP saturs", "PKE saturs"],
        ["1.", "Elektromontieris", "3", "atbalstu, var virzīt saskaņošanai",
         "atbalstāms; virzīt saskaņošanai pēc vērtēšanas lapas precizēšanas"],
        ["2.", "Elektrotehniķis", "4", "atbalstāms ar precizējumiem (stundu sadalījums, releju aizsardzības modulis)",
         "atbalstāms, ja tiks precizēti uzdevumu nosacījumi; tikai pēc tam virzāms saskaņošanai"],
        ["3.", "VGK iekārtu remontatslēdznieks", "3", "neatbalstu – programma jāpārstrādā",
         "atbalstāms pēc nelieliem precizējumiem"],
        ["4.", "VGK sistēmu tehniķis", "4", "atbalstāms un virzāms saskaņošanai bez precizējumiem",
         "nav iesniegts"],
    ], bold_first_row=True)
    P(d)
    P(d, "Detalizētus komentārus katrai kvalifikācijai nosūtīju darba grupām atsevišķi. Ja vajag, varu "
         "piedalīties sanāksmē aprīļa sākumā.")
    P(d)
    P(d, "31.03.2026")
    P(d, "R. Sproģe")
    save(d, fn)


def f10():
    fn = "r2b10_Atzinums buvizstradajumu galdnieks (svitrots).docx"
    # "nevajadzīgo svītrot": the options not chosen carry strikethrough.
    # Unlabelled signature at the end, date "13 marts 2026". Level not stated -> register 4.
    gold(fn, [
        ("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Edgars Vanags", "2026-03-13", "4"),
        ("būvizstrādājumu galdnieks", "PKE", "supported", "Edgars Vanags", "2026-03-13", "4"),
    ])
    d = new_doc("Lietotājs", when("2026-03-13", 13, 40))
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14)
    P(d, "Profesionālā kvalifikācija: būvizstrādājumu galdnieks")
    P(d, "Izstrādātājs: Zemgales Amatu skola")
    P(d)
    opts = ["ir atbalstāms un virzāms saskaņošanai",
            "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    P(d, "1. Modulārās izglītības programmas (MIP) saturs (nevajadzīgo svītrot):", bold=True)
    for i, o in enumerate(opts):
        P(d, "     " + o, strike=(i != 1))
    P(d, "Precizējumi: logu un durvju montāžas modulī jāiekļauj montāžas šuves trīs slāņu princips un "
         "siltumtehniskās prasības; kāpņu izgatavošanas modulī jāprecizē aprēķinu uzdevumi; jāsakārto "
         "atsauces uz LVS EN standartiem.")
    P(d)
    P(d, "2. Profesionālās kvalifikācijas eksāmena (PKE) saturs (nevajadzīgo svītrot):", bold=True)
    for i, o in enumerate(opts):
        P(d, "     " + o, strike=(i != 0))
    P(d, "Komentārs: eksāmena uzdevums (loga bloka izgatavošana pēc rasējuma) ir labi izvēlēts.")
    P(d)
    P(d)
    P(d, "Edgars Vanags")
    P(d, "13 marts 2026")
    save(d, fn)


def f11():
    fn = "r2b11_KIRT_MIP_PKE_atzinums.docx"
    # ☒/☐ typed as text (MS Gothic). Expert and date only in the page header.
    # "Vērtētā MIP redakcija: 2026. gada 20. februāris" is a programme version date, not the review date.
    # Author = coordinator.
    gold(fn, [
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Kristīne Ābele", "2026-03-05", "4"),
        ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Kristīne Ābele", "2026-03-05", "4"),
    ])
    d = new_doc(SANDRA, when("2026-03-05", 17, 0), font="Calibri", size=11)
    header(d, "Eksperte: Kristīne Ābele | 2026. gada 5. marts")
    P(d, "Atzinums par kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” MIP un PKE saturu", bold=True)
    P(d, "Vērtētā MIP redakcija: 2026. gada 20. februāris (2. versija)")
    P(d)
    opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
            "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "saturs nav atbalstāms"]
    P(d, "MIP", bold=True)
    for i, o in enumerate(opts):
        p = P(d); R(p, "\u2612" if i == 2 else "\u2610", font="MS Gothic"); R(p, " " + o)
    P(d, "Pamatojums: ražošanas plānošanas un kvalitātes vadības moduļi ir tikai 40 stundas kopā – tehniķa "
         "līmenim tas ir par maz. Programmā dominē operatora darbi pie iekārtām, bet tehniķim jāprot plānot "
         "ražošanu, aprēķināt izmaksas, vadīt nelielu maiņu. Jāpārstrādā un jāiesniedz vēlreiz.")
    P(d)
    P(d, "PKE", bold=True)
    for i, o in enumerate(opts):
        p = P(d); R(p, "\u2612" if i == 0 else "\u2610", font="MS Gothic"); R(p, " " + o)
    P(d, "Piezīmes: nav.")
    save(d, fn)


def f12():
    fn = "r2b12_VGK_remontatslednieks_ekspertize_Silins.docx"
    # Legacy FORMCHECKBOX fields (no text at all): MIP option 2 via <w:checked/>, PKE option 3 via
    # <w:default w:val="1"/>. Alias "VGK iekārtu remontatslēdznieks" + stated "LKI 3. līmenis".
    gold(fn, [
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections",
         "Raimonds Siliņš", "2026-03-19", "3"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported",
         "Raimonds Siliņš", "2026-03-19", "3"),
    ])
    d = new_doc("Lietotājs", when("2026-03-19", 12, 12), font="Arial", size=10)
    P(d, "MIP un PKE satura ekspertīze", bold=True, size=13)
    T(d, [
        ["Eksperts", "Raimonds Siliņš"],
        ["Datums", "19.03.2026."],
        ["Kvalifikācija", "VGK iekārtu remontatslēdznieks (LKI 3. līmenis)"],
    ], bold_first_col=True)
    P(d)
    P(d, "Ekspertīzes slēdziens (atzīmēt ar krustiņu)", bold=True)
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    for doc_label, chosen, via_def in [("Modulārā izglītības programma", 1, False),
                                       ("Profesionālās kvalifikācijas eksāmena saturs", 2, True)]:
        t = d.add_table(rows=len(opts) + 1, cols=2)
        t.style = "Table Grid"
        c = t.cell(0, 0).merge(t.cell(0, 1))
        cset(c, doc_label, bold=True)
        for i, o in enumerate(opts):
            p = t.cell(i + 1, 0).paragraphs[0]
            form_checkbox(p, i == chosen, f"Check{len(doc_label)}{i}", via_default=via_def)
            cset(t.cell(i + 1, 1), o)
        P(d)
    P(d, "Pamatojums", bold=True)
    P(d, "MIP: jāpapildina ar dzesēšanas iekārtu hermētiskuma pārbaudēm un aukstumaģentu uzpildes "
         "dokumentēšanu; 4. modulī jāizlabo mērvienības. Pēc tam var virzīt tālāk.")
    P(d, "PKE: eksāmena praktiskais uzdevums ir ventilācijas kanāla montāža, kas vairāk atbilst montētāja, nevis "
         "remontatslēdznieka darbam. Nav neviena bojājuma diagnostikas vai remonta uzdevuma. Eksāmens jāveido "
         "no jauna.")
    save(d, fn)


def f13():
    fn = "r2b13_DKIO_ekspertize_Puce.docx"
    # Wingdings w:sym marks (F0FE checked, F0A8 empty) in a table with one column per document.
    gold(fn, [
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Aiga Puce", "2026-04-02", "4"),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Aiga Puce", "2026-04-02", "4"),
    ])
    d = new_doc("Aiga", when("2026-04-02", 9, 30), font="Calibri", size=11)
    P(d, "Aiga Puce", bold=True, size=13)
    P(d, "SIA „CNC Koks”, ražošanas vadītāja; kokrūpniecības nozares eksperte")
    P(d)
    P(d, "Ekspertīze: Datorizētu kokapstrādes iekārtu operators (LKI 4)", bold=True)
    P(d, "Vērtēta darba grupas iesniegtā otrā redakcija.")
    t = T(d, [
        ["Vērtējums", "MIP", "PKE"],
        ["atbalstāms un virzāms saskaņošanai", "", ""],
        ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["nav atbalstāms", "", ""],
    ], bold_first_row=True)
    for r in (1, 2, 3):
        for c in (1, 2):
            p = t.cell(r, c).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            wsym(p, "F0FE" if r == 2 else "F0A8")
    P(d)
    P(d, "Nepieciešamie precizējumi", bold=True)
    P(d, "MIP – CAM programmēšanas modulī jāpievieno 5 asu apstrāde (vismaz iepazīstināšanas līmenī), "
         "jāizlabo kredītpunktu summa 2. pielikumā.")
    P(d, "PKE – praktiskā uzdevuma rasējumā trūkst izmēru pielaides; teorijas testā 6 jautājumi ar divām "
         "pareizām atbildēm – jāizlabo.")
    P(d, "Kad šie labojumi būs izdarīti, abus dokumentus var sūtīt saskaņošanai.")
    P(d)
    P(d, "Datums: 2026. g. 2. aprīlis")
    save(d, fn)


def f14():
    fn = "r2b14_Motorzaga_operators_atzinums_labots.docx"
    # Tracked changes: deleted text (w:del) is gone, inserted text (w:ins) is current.
    # Date: 2026-03-06 deleted, 2026-03-13 inserted. PKE: inserted wording says corrections already made.
    A, TS = "Jānis Rozītis", "2026-03-13T08:12:00Z"
    gold(fn, [
        ("motorzāģa operators", "MIP", "needs_corrections", "Jānis Rozītis", "2026-03-13", "3"),
        ("motorzāģa operators", "PKE", "supported", "Jānis Rozītis", "2026-03-13", "3"),
    ])
    d = new_doc(A, when("2026-03-06", 15, 0))
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    P(d, "Kvalifikācija: Motorzāģa operators")
    P(d, "Eksperts: Jānis Rozītis, SIA „Rozīšu Mežs”")
    p = P(d, "Datums: ")
    tc_del(p, "2026-03-06", A, TS, 101)
    tc_ins(p, "2026-03-13", A, TS, 102)
    P(d)
    P(d, "Modulārā izglītības programma", bold=True)
    P(d, "Programma kopumā atbilst motorzāģa operatora darbam mežā. Labi, ka iekļauta pirmā palīdzība un "
         "darbs vējgāzēs. Trūkumi:")
    P(d, "1. nav sadaļas par motorzāģa tehnisko apkopi un ķēdes asināšanu;")
    P(d, "2. krūmgrieža lietošana aprakstīta tikai vienā teikumā;")
    p = P(d, "3. ")
    tc_ins(p, "jāprecizē mācību prakses apjoms uzņēmumā (šobrīd tikai 80 stundas).", A, TS, 103)
    p = P(d); R(p, "Slēdziens par MIP: saturs ir atbalstāms", bold=True)
    tc_del(p, " un virzāms saskaņošanai.", A, TS, 104)
    tc_ins(p, "; pēc precizējumu veikšanas (sk. 1.–3. punktu) virzāms saskaņošanai.", A, TS, 105)
    P(d)
    P(d, "Profesionālās kvalifikācijas eksāmens", bold=True)
    p = P(d); R(p, "Slēdziens par PKE: saturs ", bold=True)
    tc_del(p, "nav atbalstāms, jo nav praktiskā uzdevuma par ķēdes asināšanu.", A, TS, 106)
    tc_ins(p, "ir atbalstāms un virzāms saskaņošanai – darba grupa praktisko uzdevumu par ķēdes asināšanu jau "
              "papildināja.", A, TS, 107)
    save(d, fn)


def f15():
    fn = "r2b15_Meza_masinu_operators_MIP_Krastina.docx"
    # The conclusion sits in a text box (DrawingML + VML fallback, text stored twice).
    # PKE "vērtē cits eksperts" -> no row. Title after the name in the signature.
    gold(fn, [
        ("meža mašīnu operators", "MIP", "not_supported", "Līga Krastiņa", "2026-04-08", "3"),
    ])
    d = new_doc("Lietotājs", when("2026-04-08", 14, 0))
    P(d, "Eksperta vērtējums", bold=True, size=14)
    P(d, "Meža mašīnu operatora modulārā izglītības programma (LKI 3)")
    P(d)
    P(d, "Esmu izskatījusi programmu kopā ar mūsu uzņēmuma harvesteru operatoriem. Programmas ievaddaļa un "
         "darba aizsardzības modulis ir sagatavoti rūpīgi, taču pārējā programma neatbilst tam, kā mežizstrāde "
         "notiek šodien. Simulatora mācībām atvēlētas vien 24 stundas, nav apskatīts darbs ar meža mašīnu "
         "borta datoriem un ražošanas datu pārsūtīšanu, bet forvardera modulis faktiski atkārto traktortehnikas "
         "programmu. Praktisko mācību laiks uzņēmumā nav sasaistīts ar sezonalitāti.", align="j")
    P(d, "PKE saturu vērtē cits eksperts, tāpēc šajā dokumentā to neskatīju.")
    P(d)
    p = P(d)
    textbox(p, ["SLĒDZIENS",
                "MIP saturs nav atbalstāms. Programma jāpārstrādā atbilstoši augstāk minētajam un jāiesniedz "
                "atkārtotai ekspertīzei."], shape_id=7)
    P(d)
    P(d, "Līga Krastiņa, Mg.silv., meža nozares eksperte")
    P(d, "2026. gada 8. aprīlī")
    save(d, fn)


def f16():
    fn = "r2b16_Elektromontieris_veidlapa.docx"
    # Nested tables (inner key/value tables inside the outer cells).
    # No name anywhere in the text: the author property holds the expert's own name -> label it.
    gold(fn, [
        ("elektromontieris", "MIP", "supported", "Oskars Bite", "2026-05-08", "3"),
        ("elektromontieris", "PKE", "not_supported", "Oskars Bite", "2026-05-08", "3"),
    ])
    d = new_doc("Oskars Bite", when("2026-05-08", 11, 45), font="Calibri", size=11)
    P(d, "MIP un PKE ekspertīzes veidlapa", bold=True, size=13)
    P(d, "Kvalifikācija: Elektromontieris")
    P(d, "Datums: 2026. gada 8. maijs")
    P(d)
    outer = d.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    cset(outer.cell(0, 0), "Dokuments", bold=True)
    cset(outer.cell(0, 1), "Novērtējums", bold=True)
    for r, (label, vals) in enumerate([
            ("Modulārā izglītības programma", [("Atbalstāms", "Jā"), ("Nepieciešami precizējumi", "Nē"),
                                               ("Virzāms saskaņošanai", "Jā")]),
            ("Kvalifikācijas eksāmena saturs", [("Atbalstāms", "Nē"), ("Nepieciešami precizējumi", "–"),
                                                ("Virzāms saskaņošanai", "Nē")])], start=1):
        cset(outer.cell(r, 0), label)
        cell = outer.cell(r, 1)
        inner = cell.add_table(rows=3, cols=2)
        inner.style = "Table Grid"
        for i, (k, v) in enumerate(vals):
            cset(inner.cell(i, 0), k)
            cset(inner.cell(i, 1), v)
    P(d)
    P(d, "Komentāri", bold=True)
    P(d, "Eksāmena praktiskais uzdevums ir no 2018. gada eksāmena – apgaismojuma montāža ar kvēlspuldzēm, bez "
         "mērījumiem un bez nodošanas dokumentācijas. Teorijas jautājumos nav nekā par saules paneļu "
         "pieslēgšanu un elektroauto uzlādes vietām. Jāsagatavo jauns eksāmena saturs.")
    save(d, fn)


def f17():
    fn = "r2b17_Mehatronika_MIP_komentari.docx"
    # The MIP is reviewed in detail, but the conclusion form has nothing marked and the expert says the
    # final conclusion will come later (12 May is a future date, not the review date) -> unknown + no_verdict.
    gold(fn, [
        ("mehatronisko sistēmu tehniķis", "MIP", "unknown", "Ēriks Dūmiņš", "2026-05-06", "4"),
    ], problems=["no_verdict"])
    d = new_doc("Lietotājs", when("2026-05-06", 16, 30), font="Calibri", size=11)
    P(d, "Mehatronisko sistēmu tehniķis – MIP komentāri", bold=True, size=13)
    P(d, "Eksperts: Ēriks Dūmiņš")
    P(d)
    T(d, [
        ["Modulis", "Komentārs"],
        ["Elektrotehnikas pamati", "Saturs pietiekams."],
        ["Pneimatika un hidraulika", "Trūkst elektrohidraulikas, proporcionālo vārstu."],
        ["Programmējamie loģiskie kontrolieri", "Jāpāriet uz IEC 61131-3 valodām, ne tikai kāpņu diagrammām."],
        ["Robotika", "Labi, bet maz prakses stundu."],
        ["Tehniskā apkope", "Nav prognozējošās apkopes, datu vākšanas no sensoriem."],
    ], bold_first_row=True)
    P(d)
    P(d, "Slēdziens:", bold=True)
    for o in ["saturs ir atbalstāms un virzāms saskaņošanai",
              "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
              "saturs nav atbalstāms"]:
        p = P(d); R(p, "\u2610", font="MS Gothic"); R(p, " " + o)
    P(d)
    P(d, "Galīgo slēdzienu sniegšu pēc sarunas ar darba grupu 12. maijā – daļa jautājumu var izrādīties "
         "pārpratums.", italic=True)
    P(d, "6.05.2026.")
    save(d, fn)


def f18():
    fn = "r2b18_Elektrotehnikis_atzinums_Kalns.docx"
    # "Eksperts" / "Datums" labels with values in the cell below. PKE has two contradictory options
    # marked (☒ supported and ☒ not supported) -> unknown + conflict. MIP is clear.
    gold(fn, [
        ("elektrotehniķis", "MIP", "supported", "Normunds Kalns", "2026-04-21", "4"),
        ("elektrotehniķis", "PKE", "unknown", "Normunds Kalns", "2026-04-21", "4"),
    ], problems=["conflict"])
    d = new_doc("User", when("2026-04-21", 10, 10), font="Arial", size=10)
    P(d, "Ekspertīzes atzinums – Elektrotehniķis (LKI 4. līmenis)", bold=True, size=12)
    T(d, [["Eksperts", "Datums"], ["Normunds Kalns", "2026. gada 21. aprīlis"]], bold_first_row=True)
    P(d)
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for label, marks, note in [
            ("MIP saturs", (True, False, False),
             "Programma labi sabalansēta, iekļautas atjaunīgās enerģijas tēmas. Iebildumu nav."),
            ("PKE saturs", (True, False, True),
             "Praktiskais uzdevums atbilst standartam. Teorētiskajā daļā 40 jautājumi, daļa formulēta neskaidri.")]:
        P(d, label, bold=True)
        for o, m in zip(opts, marks):
            p = P(d); R(p, "\u2612" if m else "\u2610", font="MS Gothic"); R(p, " " + o)
        P(d, "Komentārs: " + note)
        P(d)
    save(d, fn)


def f19():
    fn = "r2b19_Atzinums_Virpotajs_MIP_PKE_Klavins.docx"
    # Qualification not in the register ("Virpotājs"), level stated "3. LKI līmenis".
    gold(fn, [
        ("virpotājs", "MIP", "supported", "Aldis Kļaviņš", "2026-04-29", "3"),
        ("virpotājs", "PKE", "needs_corrections", "Aldis Kļaviņš", "2026-04-29", "3"),
    ], problems=["unknown_qualification"])
    d = new_doc("Lietotājs", when("2026-04-29", 9, 0))
    P(d, "Aldis Kļaviņš", bold=True)
    P(d, "mašīnbūves un metālapstrādes nozares eksperts")
    P(d, "AS „Daugavas Mehānika”")
    P(d)
    P(d, "ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Virpotājs” (3. LKI līmenis) MIP un PKE saturu", align="c")
    P(d)
    P(d, "Programmā ir labi atspoguļota gan universālo, gan CNC virpu apkalpošana, iekļauta mērīšana ar "
         "mikrometriem un indikatoriem, kā arī darba vietas uzturēšana. Moduļu secība ir pārdomāta, prakses "
         "apjoms uzņēmumā ir pietiekams.", align="j")
    T(d, [
        ["Dokuments", "Atzinums", "Piezīmes"],
        ["MIP", "atbalstāms un virzāms saskaņošanai", "–"],
        ["PKE", "atbalstāms; saskaņošanai virzīt pēc precizējumiem",
         "Rasējumā jānorāda pielaides un virsmas raupjums; jānosaka, vai CNC programmu izglītojamais raksta "
         "pats vai saņem gatavu."],
    ], bold_first_row=True)
    P(d)
    P(d, "Liepājā, 2026. gada 29. aprīlī")
    P(d, "A. Kļaviņš")
    save(d, fn)


def f20():
    fn = "r2b20_MIP - Metalapstrades iekartu operators.docx"
    # English Outlook headers, short. Qualification not in the register and no level stated -> lki empty.
    gold(fn, [
        ("metālapstrādes iekārtu operators", "MIP", "not_supported", "Roberts Leja", "2026-05-04", ""),
    ], problems=["unknown_qualification"])
    d = new_doc("User", when("2026-05-04", 9, 20), font="Calibri", size=11)
    for a, b in [("From:", "Roberts Leja <roberts.leja@metalforma.lv>"),
                 ("Sent:", "Monday, 4 May 2026 08:57"),
                 ("To:", "Laura Grīnberga <laura.grinberga@lddk.lv>"),
                 ("Subject:", "MIP - Metālapstrādes iekārtu operators")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labrīt!")
    P(d, "Metālapstrādes iekārtu operatora programmu izskatīju. Atklāti sakot, to nevaru atbalstīt: puse moduļu "
         "pārkopēti no atslēdznieka programmas, frēzēšana un CNC iekārtu iestatīšana aprakstīta pāris teikumos, "
         "nav ne vārda par mērinstrumentiem un kvalitātes kontroli. Jāraksta praktiski no jauna.")
    P(d, "PKE vēl neesmu saņēmis.")
    P(d, "Roberts Leja")
    P(d, "SIA „Metālforma”, ražošanas meistars")
    save(d, fn)


def f21():
    fn = "r2b21_MEBELU GALDNIEKS_ekspertize_Dzenis.docx"
    # Qualification in ALL CAPS; title before the expert's name; key/value grid with one column per document.
    # MIP: Atbalstāms Jā / precizējumi Jā / virzāms Nē (=only after corrections) -> needs_corrections.
    gold(fn, [
        ("mēbeļu galdnieks", "MIP", "needs_corrections", "Ivars Dzenis", "2026-04-14", "4"),
        ("mēbeļu galdnieks", "PKE", "not_supported", "Ivars Dzenis", "2026-04-14", "4"),
    ])
    d = new_doc("Lietotājs", when("2026-04-14", 8, 50), font="Calibri", size=11)
    T(d, [
        ["Kvalifikācija", "MĒBEĻU GALDNIEKS"],
        ["Eksperts", "Mg.sc.ing. Ivars Dzenis"],
        ["Datums", "2026-04-14"],
    ], bold_first_col=True)
    P(d)
    T(d, [
        ["", "MIP", "PKE"],
        ["Atbalstāms", "Jā", "Nē"],
        ["Nepieciešami precizējumi", "Jā", "–"],
        ["Virzāms saskaņošanai", "Nē", "Nē"],
    ], bold_first_row=True, bold_first_col=True)
    P(d)
    P(d, "Komentāri", bold=True)
    P(d, "MIP: jāpievieno mīksto mēbeļu elementu izgatavošana, jāprecizē darba drošība pie CNC. Pēc šo "
         "precizējumu veikšanas MIP var virzīt saskaņošanai.")
    P(d, "PKE: eksāmens pārbauda tikai vienu izstrādājumu (taburete), tas neatbilst 4. līmeņa kvalifikācijai. "
         "Jāizstrādā no jauna ar projektēšanas un apdares daļu.")
    save(d, fn)


def f22():
    fn = "r2b22_Mezsaimniecibas tehnikis vertejums.docx"
    # Key/value table with value to the right; "LKI līmenis | 4"; "Paraksts / datums" value to the right.
    gold(fn, [
        ("mežsaimniecības tehniķis", "MIP", "not_supported", "Anita Zvaigzne", "2026-05-12", "4"),
        ("mežsaimniecības tehniķis", "PKE", "not_supported", "Anita Zvaigzne", "2026-05-12", "4"),
    ])
    d = new_doc(SANDRA, when("2026-05-12", 13, 0))
    P(d, "NOZARES EKSPERTA VĒRTĒJUMS", bold=True, align="c")
    T(d, [
        ["Profesionālā kvalifikācija", "Mežsaimniecības tehniķis"],
        ["LKI līmenis", "4"],
        ["Vērtētie dokumenti", "MIP, PKE"],
        ["MIP atbalstāms", "Nē"],
        ["PKE atbalstāms", "Nē"],
        ["Pamatojums", "Labotajā redakcijā izņemts meža inventarizācijas modulis, kas bija galvenais tehniķa "
                       "darba pamats; PKE praktiskais uzdevums (cirsmas skice) ir vienkāršāks nekā 3. līmenī. "
                       "Abi dokumenti jāpārstrādā."],
        ["Paraksts / datums", "Anita Zvaigzne, 12.05.2026"],
    ], bold_first_col=True)
    save(d, fn)


def f23():
    fn = "r2b23_Atkartota_ekspertize_KIRT_MIP_Abele.docx"
    # Re-review: the earlier verdict (5 March, not supported) is history; programme version date is not the
    # review date; optional suggestion is not a correction. PKE "netika vērtēts" (only history) -> no row.
    gold(fn, [
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Kristīne Ābele", "2026-04-22", "4"),
    ])
    d = new_doc("Lietotājs", when("2026-04-22", 12, 0))
    P(d, "Kristīne Ābele", bold=True)
    P(d, "kokrūpniecības nozares eksperte, SIA „Koka Forma”")
    P(d)
    P(d, "Atkārtotas ekspertīzes atzinums", bold=True, size=14)
    P(d, "Kvalifikācija: koka izstrādājumu ražošanas tehniķis")
    P(d, "Vērtētais dokuments: MIP, 2026. gada 15. aprīļa redakcija")
    P(d)
    P(d, "Iepriekšējā ekspertīzē (2026. gada 5. martā) MIP saturs netika atbalstīts, galvenokārt ražošanas "
         "plānošanas un kvalitātes vadības moduļu dēļ. Darba grupa abus moduļus ir pārstrādājusi, apjoms "
         "palielināts līdz 120 stundām, pievienots izmaksu aprēķina uzdevums un maiņas darba organizēšana. "
         "Visi manis iepriekš norādītie trūkumi ir novērsti.", align="j")
    P(d, "Ieteikums, nav obligāti: 8. modulī varētu pievienot mācību ekskursiju uz lielāku ražotni.", italic=True)
    p = P(d); R(p, "Slēdziens: ", bold=True); R(p, "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "PKE šajā kārtā netika vērtēts – to atbalstīju jau iepriekšējā ekspertīzē.")
    P(d)
    P(d, "Cēsīs, 2026. gada 22. aprīlī")
    save(d, fn)


def f24():
    fn = "r2b24_Par VGK iekartu remontatslednieka MIP un PKE_Caune.docx"
    # Full inflected name (genitive) of the qualification. A passing remark in the body ("šķita atbalstāms
    # bez iebildumiem") is outranked by the Secinājumi section -> not a conflict. Place-and-date at the top.
    gold(fn, [
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Uldis Caune",
         "2026-04-13", "3"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections",
         "Uldis Caune", "2026-04-13", "3"),
    ])
    d = new_doc(LAURA, when("2026-04-13", 15, 30))
    P(d, "Uldis Caune", bold=True)
    P(d, "SIA „Aukstuma Tehnika”, tehniskais direktors")
    P(d, "Rīga, 13.04.2026.", align="r")
    P(d)
    P(d, "Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka kvalifikācijas MIP un PKE saturu",
      bold=True)
    P(d)
    P(d, "Programmas struktūra ir pārdomāta, moduļi seko darba procesam no iekārtas apsekošanas līdz "
         "nodošanai ekspluatācijā. Pret MIP man nav iebildumu, tā ir skaidri uzrakstīta un atbilst tam, ko "
         "darba devēji prasa no 3. līmeņa speciālista.", align="j")
    P(d, "Pirmajā brīdī eksāmens šķita atbalstāms bez iebildumiem, jo praktiskais uzdevums ir tuvs reālajam "
         "darbam. Tomēr, rūpīgāk izskatot vērtēšanas lapu, redzams, ka kritēriji ir aprakstīti tikai ar "
         "vārdiem „izpildīts / neizpildīts”, nav noteikts laika limits un nav skaidrs, kā vērtē darba "
         "drošības pārkāpumus.", align="j")
    P(d)
    P(d, "Secinājumi", bold=True)
    P(d, "1. MIP – atbalstu, iesaku virzīt saskaņošanai.")
    P(d, "2. PKE – atbalstāms ar nosacījumu, ka tiek precizēti vērtēšanas kritēriji un noteikts izpildes "
         "laiks; tikai pēc tam virzīt saskaņošanai.")
    P(d)
    P(d, "Mg.sc.ing. U. Caune")
    save(d, fn)


def f25():
    fn = "r2b25_ATZINUMS_MEHATRONIKA_Kalnins.docx"
    # Letter: qualification in ALL CAPS, date line with a weekday, addressed to the coordinator (dative,
    # not the expert); unlabelled signature "Ar cieņu / Pēteris Kalniņš / valdes priekšsēdētājs".
    gold(fn, [
        ("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Pēteris Kalniņš", "2026-04-16", "4"),
        ("mehatronisko sistēmu tehniķis", "PKE", "not_supported", "Pēteris Kalniņš", "2026-04-16", "4"),
    ])
    d = new_doc("User", when("2026-04-16", 10, 0), font="Cambria", size=11)
    P(d, "SIA „Baltijas Automātika”", bold=True, align="c")
    P(d, "Reģ. Nr. 40003999999, Ganību dambis 99, Rīga", align="c", size=9)
    P(d)
    P(d, "Rīgā, ceturtdien, 2026. gada 16. aprīlī")
    P(d, "LDDK projekta koordinatorei")
    P(d, "Sandrai Vītolai")
    P(d)
    P(d, "ATZINUMS PAR PROFESIONĀLĀS KVALIFIKĀCIJAS „MEHATRONISKO SISTĒMU TEHNIĶIS” MIP UN PKE SATURU", bold=True)
    P(d)
    P(d, "Ar uzņēmuma inženieriem izskatījām abus dokumentus. Diemžēl tie vairāk atgādina elektriķa "
         "programmu ar pievienotu pneimatiku, nevis mehatroniku kā vienotu sistēmu.", align="j")
    T(d, [
        ["Dokuments", "Slēdziens", "Pamatojums"],
        ["MIP", "Nav atbalstāms",
         "Nav sistēmu integrācijas moduļa; industriālie tīkli (Profinet, Modbus) pieminēti tikai literatūras "
         "sarakstā; robotika – 16 stundas."],
        ["PKE", "Nav atbalstāms",
         "Eksāmena uzdevums pārbauda tikai atsevišķu komponentu pieslēgšanu, nevis sistēmas palaišanu un "
         "kļūmju meklēšanu."],
    ], bold_first_row=True)
    P(d)
    P(d, "Ja darba grupa vēlas, esmu gatavs tikties un parādīt, kā mēs paši apmācām jaunos tehniķus.")
    P(d)
    P(d, "Ar cieņu")
    P(d, "Pēteris Kalniņš")
    P(d, "valdes priekšsēdētājs")
    save(d, fn)


def f26():
    fn = "r2b26_mebelu galdnieks PKE.docx"
    # A five-line e-mail without diacritics. MIP "vel skatos" -> only mentioned, no row.
    # Name written without diacritics -> labelled as written.
    gold(fn, [
        ("mēbeļu galdnieks", "PKE", "supported", "Toms Auzins", "2026-03-18", "4"),
    ])
    d = new_doc("User", when("2026-03-18", 14, 30), font="Calibri", size=11)
    for a, b in [("From:", "Toms Auzins <toms.auzins@kokameistari.lv>"),
                 ("Sent:", "Wednesday, 18 March 2026 14:05"),
                 ("To:", "Laura Grinberga <laura.grinberga@lddk.lv>"),
                 ("Subject:", "mebelu galdnieks PKE")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labdien!")
    P(d, "Mebelu galdnieka PKE izskatiju – viss kartiba, atbalstams un var virzit saskanosanai.")
    P(d, "MIP vel skatos, atsutisu lidz piektdienai.")
    P(d, "Toms")
    save(d, fn)


def f27():
    fn = "r2b27_VGK_sistemu_tehnikis_ekspertizes_lapa_Ozolina.docx"
    # "X"/"x" marks in the neighbouring cell, one column per document; expert and date in the row below
    # their labels; date form "maija 20., 2026".
    gold(fn, [
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Mārīte Ozoliņa",
         "2026-05-20", "4"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported", "Mārīte Ozoliņa",
         "2026-05-20", "4"),
    ])
    d = new_doc(SANDRA, when("2026-05-20", 9, 10), font="Arial", size=10)
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis – ekspertīzes lapa", bold=True, size=12)
    T(d, [["Eksperts", "Datums"], ["Mārīte Ozoliņa", "maija 20., 2026"]], bold_first_row=True)
    P(d)
    T(d, [
        ["Slēdziens", "MIP", "PKE"],
        ["Atbalstāms un virzāms saskaņošanai", "X", ""],
        ["Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
        ["Nav atbalstāms", "", "x"],
    ], bold_first_row=True)
    P(d)
    P(d, "Piezīmes: labotajā MIP redakcijā iekļauti siltumsūkņi un rekuperācija, F-gāzu prasības – viss, ko "
         "prasījām martā. Eksāmena saturs gan palicis iepriekšējais, sistēmu regulēšana un balansēšana nav "
         "pārbaudīta; PKE jāizstrādā no jauna.")
    save(d, fn)


def f28():
    fn = "r2b28_DKIO_MIP_atzinums_Ievins.docx"
    # Letterhead; qualification only in inflected form; MIP only ("PKE nav iesniegts" -> no row).
    # Key/value to the right. Month name without diacritics ("junijs"). Author = the expert.
    gold(fn, [
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Kaspars Ieviņš",
         "2026-06-10", "4"),
    ])
    d = new_doc("Kaspars Ieviņš", when("2026-06-10", 8, 0))
    P(d, "Kaspars Ieviņš", bold=True)
    P(d, "nozares eksperts, SIA „Kurzemes Kokapstrāde”")
    P(d)
    P(d, "Atzinums par datorizētu kokapstrādes iekārtu operatora modulāro izglītības programmu", bold=True)
    T(d, [
        ["Dokuments", "MIP (PKE šoreiz nav iesniegts)"],
        ["Atbalstāms", "Jā"],
        ["Nepieciešami precizējumi", "Jā, sk. zemāk"],
        ["Virzāms saskaņošanai", "Pēc precizējumu veikšanas"],
    ], bold_first_col=True)
    P(d)
    P(d, "Precizējumi:", bold=True)
    P(d, "1) CNC apstrādes centra modulī jāpievieno instrumentu kalibrēšana un nulles punkta iestatīšana;")
    P(d, "2) jāizlabo 3. pielikuma tabula, kurā divreiz uzskaitīts viens un tas pats modulis;")
    P(d, "3) darba vidē balstīto mācību plānā jānorāda, kuras iekārtas izglītojamais apgūst uzņēmumā.")
    P(d)
    P(d, "Datums: 10. junijs 2026")
    save(d, fn)


def f29():
    fn = "r2b29_MEZSAIMNIECIBAS TEHNIKIS MIP PKE izvertejums.docx"
    # No diacritics; summary table; no reviewer named anywhere and a neutral author -> expert empty.
    gold(fn, [
        ("mežsaimniecības tehniķis", "MIP", "supported", "", "2026-04-27", "4"),
        ("mežsaimniecības tehniķis", "PKE", "needs_corrections", "", "2026-04-27", "4"),
    ])
    d = new_doc("User", when("2026-04-27", 17, 45), font="Calibri", size=11)
    P(d, "MEZSAIMNIECIBAS TEHNIKIS – MIP un PKE izvertejums", bold=True)
    P(d, "Datums: 27.04.26")
    T(d, [
        ["Dokuments", "Vertejums", "Piezimes"],
        ["MIP", "atbalstams, virzams saskanosanai", "—"],
        ["PKE", "atbalstams, pec precizejumu veiksanas virzams saskanosanai",
         "jaizlabo teorijas testa 12. un 27. jautajums (nepareizas atbildes), japrecize praktiska uzdevuma "
         "vertesanas kriteriji"],
    ], bold_first_row=True)
    save(d, fn)


def f30():
    fn = "r2b30_RE_ Motorzaga operatora MIP PKE atzinums.docx"
    # Outlook (Latvian headers, weekday sent date) with a pasted table; coordinator's request quoted below
    # "-----Sākotnējais ziņojums-----" with all options and an earlier date.
    gold(fn, [
        ("motorzāģa operators", "MIP", "not_supported", "Daiga Mežule", "2026-04-02", "3"),
        ("motorzāģa operators", "PKE", "needs_corrections", "Daiga Mežule", "2026-04-02", "3"),
    ])
    d = new_doc(SANDRA, when("2026-04-02", 11, 40), font="Calibri", size=11)
    for a, b in [("No:", "Daiga Mežule <daiga.mezule@mezaserviss.lv>"),
                 ("Nosūtīts:", "ceturtdiena, 2026. gada 2. aprīlis 11:20"),
                 ("Kam:", "Sandra Vītola <sandra.vitola@lddk.lv>"),
                 ("Tēma:", "RE: Motorzāģa operatora MIP/PKE atzinums")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labdien, Sandra,")
    P(d, "zemāk mans vērtējums par motorzāģa operatora (labotajiem) dokumentiem:")
    T(d, [
        ["Dokuments", "Atzinums", "Komentāri"],
        ["MIP", "neatbalstu", "Labotajā redakcijā pazudis viss krūmgrieža modulis un pirmā palīdzība; prakses "
                              "apjoms samazināts uz pusi. Tas ir solis atpakaļ."],
        ["PKE", "atbalstāms, bet pirms saskaņošanas jāizlabo",
         "Jānorāda, kāda diametra koks jānozāģē, un jāpievieno ķēdes nospriegošanas pārbaude."],
    ], bold_first_row=True)
    P(d)
    P(d, "Daiga Mežule")
    P(d, "mežsaimniecības inženiere, SIA „Meža Serviss”")
    P(d)
    P(d, "-----Sākotnējais ziņojums-----")
    for a, b in [("No:", "Sandra Vītola <sandra.vitola@lddk.lv>"),
                 ("Nosūtīts:", "pirmdiena, 2026. gada 23. marts 16:47"),
                 ("Kam:", "Daiga Mežule <daiga.mezule@mezaserviss.lv>"),
                 ("Tēma:", "Motorzāģa operatora MIP/PKE atzinums")]:
        p = P(d); R(p, a + " ", bold=True); R(p, b)
    P(d)
    P(d, "Labdien, Daiga!")
    P(d, "Darba grupa ir iesniegusi labotos dokumentus. Lūdzu atzinumā par katru no tiem norādīt: saturs ir "
         "atbalstāms un virzāms saskaņošanai / saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
         "saskaņošanai / saturs nav atbalstāms.")
    P(d, "Ar cieņu,")
    P(d, "Sandra Vītola")
    save(d, fn)


def f31():
    fn = "r2b31_Elektromontieris_Elektrotehnikis_atzinums.docx"
    # Two qualifications, each in its own section. Expert only in the page header, date only in the footer.
    E, D = "Sigita Ķēniņa", "2026-05-06"
    gold(fn, [
        ("elektromontieris", "MIP", "supported", E, D, "3"),
        ("elektromontieris", "PKE", "needs_corrections", E, D, "3"),
        ("elektrotehniķis", "MIP", "needs_corrections", E, D, "4"),
        ("elektrotehniķis", "PKE", "not_supported", E, D, "4"),
    ])
    d = new_doc(LAURA, when("2026-05-06", 10, 0), font="Calibri", size=11)
    header(d, "Eksperte: Sigita Ķēniņa, AS „Vidzemes Elektrotīkli”")
    footer(d, "Sagatavots 2026. gada 6. maijā")
    P(d, "MIP un PKE satura ekspertīze – enerģētikas nozare", bold=True, size=13)
    P(d)
    P(d, "1. Elektromontieris (LKI 3)", bold=True)
    T(d, [
        ["MIP", "Atbalstāms, virzāms saskaņošanai."],
        ["PKE", "Atbalstāms. Pirms virzīšanas saskaņošanai jāpapildina vērtēšanas lapa ar mērījumu protokola "
                "aizpildīšanu."],
    ], bold_first_col=True)
    P(d)
    P(d, "2. Elektrotehniķis (LKI 4)", bold=True)
    T(d, [
        ["MIP", "Atbalstāms ar precizējumiem: jāpapildina releju aizsardzības un automātikas modulis, "
                "jāprecizē prakses uzdevumi apakšstacijās."],
        ["PKE", "Netiek atbalstīts. Eksāmena uzdevumi ir elektromontiera līmenī, nav projektēšanas un "
                "aprēķinu daļas."],
    ], bold_first_col=True)
    save(d, fn)


def f32():
    fn = "r2b32_Meza masinu operators atzinums_GLiepa.docx"
    # "bez precizējumiem" + corrections already made -> supported (no condition). PKE "nevaru atbalstīt".
    # Meeting date 10 March is not the review date. Author = coordinator.
    gold(fn, [
        ("meža mašīnu operators", "MIP", "supported", "Guntars Liepa", "2026-03-25", "3"),
        ("meža mašīnu operators", "PKE", "not_supported", "Guntars Liepa", "2026-03-25", "3"),
    ])
    d = new_doc(SANDRA, when("2026-03-25", 18, 0))
    P(d, "Guntars Liepa", bold=True)
    P(d, "meža nozares eksperts, AS „Latvijas Meža Tehnika”")
    P(d)
    P(d, "Meža mašīnu operatora MIP un PKE ekspertīze", bold=True, size=13)
    P(d)
    P(d, "Precizējumi, par kuriem vienojāmies darba grupas sanāksmē 10. martā (simulatora stundu skaits, "
         "borta datora datu pārsūtīšana, degvielas patēriņa uzskaite), programmā jau ir iestrādāti. Tāpēc MIP "
         "atbalstu bez precizējumiem un iesaku to virzīt saskaņošanai.", align="j")
    P(d, "Ar eksāmenu ir citādi. Praktiskais uzdevums paredz tikai zāģēšanu simulatorā, reālā mašīnā nekas "
         "netiek pārbaudīts, un vērtēšanas lapā nav nevienas pozīcijas par darba drošību cirsmā. Šādā "
         "redakcijā PKE nevaru atbalstīt.", align="j")
    P(d)
    P(d, "2026. gada 25. martā")
    P(d, "G. Liepa")
    save(d, fn)


def f33():
    fn = "r2b33_Buvizstradajumu galdnieks PKE kriteriji.docx"
    # Criterion table for the PKE with an empty "Kopvērtējums" row -> unknown + no_verdict.
    # Expert named; no date anywhere -> date empty.
    gold(fn, [
        ("būvizstrādājumu galdnieks", "PKE", "unknown", "Agris Sniedze", "", "4"),
    ], problems=["no_verdict"])
    d = new_doc("Lietotājs", when("2026-05-18", 20, 0), font="Arial", size=10)
    P(d, "Būvizstrādājumu galdnieks – PKE satura izvērtējums", bold=True, size=12)
    P(d, "Eksperts: Agris Sniedze")
    P(d)
    t = T(d, [
        ["Kritērijs", "Jā / Nē", "Komentārs"],
        ["Uzdevumi atbilst profesijas standartam", "Jā", ""],
        ["Vērtēšanas kritēriji ir izmērāmi", "Nē", "Nav punktu sadalījuma pa darba posmiem."],
        ["Izpildes laiks ir reāls", "Nē", "Durvju bloka izgatavošanai 6 h ir par maz."],
        ["Materiāli pieejami skolās", "Jā", ""],
        ["Kopvērtējums", "", ""],
    ], bold_first_row=True)
    t.cell(5, 0).paragraphs[0].runs[0].bold = True
    save(d, fn)


# ================================================================ not reviews (no rows, one no_verdict each)
def f34():
    fn = "r2b34_Ekspertu_sadalijums_5_posms.docx"
    # Coordinator's table of expert assignments: who reviews what, by when. Lists the verdict options as an
    # instruction. Not a review.
    gold(fn, [], problems=["no_verdict"])
    d = new_doc(LAURA, when("2026-04-03", 9, 0), font="Calibri", size=11)
    P(d, "MIP un PKE ekspertīžu sadalījums – projekta 5. posms (2026. gada aprīlis–jūlijs)", bold=True, size=13)
    T(d, [
        ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš"],
        ["1.", "Mēbeļu galdnieks", "4", "MIP, PKE", "Ivars Dzenis", "17.04.2026."],
        ["2.", "Koka izstrādājumu ražošanas tehniķis", "4", "MIP (atkārtoti)", "Kristīne Ābele", "24.04.2026."],
        ["3.", "Elektromontieris", "3", "MIP, PKE", "Oskars Bite", "08.05.2026."],
        ["4.", "Mežsaimniecības tehniķis", "4", "MIP, PKE", "Anita Zvaigzne", "15.05.2026."],
        ["5.", "VGK sistēmu tehniķis", "4", "MIP, PKE (atkārtoti)", "Mārīte Ozoliņa", "22.05.2026."],
        ["6.", "Datorizētu kokapstrādes iekārtu operators", "4", "MIP", "Kaspars Ieviņš", "12.06.2026."],
    ], bold_first_row=True)
    P(d)
    P(d, "Atzinumā par katru dokumentu eksperts norāda vienu no slēdzieniem: „saturs ir atbalstāms un virzāms "
         "saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs "
         "nav atbalstāms”. Atzinumus lūdzam sūtīt koordinatorei Laurai Grīnbergai.")
    save(d, fn)


def f35():
    fn = "r2b35_Aicinajums_nozaru_ekspertiem_2026.docx"
    # Call for sector experts. Not a review.
    gold(fn, [], problems=["no_verdict"])
    d = new_doc(SANDRA, when("2026-01-12", 10, 0))
    P(d, "AICINĀJUMS", bold=True, align="c", size=14)
    P(d, "pieteikties nozaru ekspertiem MIP un PKE satura ekspertīzei", align="c")
    P(d)
    P(d, "Latvijas Darba devēju konfederācija projekta 4.2.2.9. pasākuma ietvaros aicina enerģētikas, "
         "kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus pieteikties modulāro izglītības "
         "programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzei.", align="j")
    P(d, "Eksperta uzdevums ir izvērtēt, vai profesionālās izglītības iestāžu darba grupu izstrādātais saturs "
         "ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, un "
         "sagatavot rakstisku atzinumu.", align="j")
    P(d, "Prasības ekspertam:", bold=True)
    P(d, "• vismaz piecu gadu pieredze nozarē;")
    P(d, "• izpratne par profesijas standartu un kvalifikācijas prasībām;")
    P(d, "• gatavība sniegt atzinumu divu nedēļu laikā pēc dokumentu saņemšanas.")
    P(d, "Ekspertam tiek nodrošināts metodiskais atbalsts un atlīdzība atbilstoši projekta nosacījumiem.")
    P(d, "Pieteikumus lūdzam sūtīt līdz 2026. gada 30. janvārim uz e-pastu projekti@lddk.lv.")
    save(d, fn)


def f36():
    fn = "r2b36_PKE_norises_kartiba_izvilkums.docx"
    # Exam regulation excerpt listing assessment options (with a marked example option). Not a review.
    gold(fn, [], problems=["no_verdict"])
    d = new_doc("Lietotājs", when("2026-02-18", 14, 0), font="Times New Roman", size=11)
    P(d, "Izvilkums no profesionālās kvalifikācijas eksāmena norises kārtības", bold=True)
    P(d)
    P(d, "12. Eksāmena praktiskās daļas vērtējumu komisija fiksē vērtēšanas lapā, katram kritērijam atzīmējot "
         "vienu no variantiem:")
    T(d, [
        ["Vērtējums", "Atzīme"],
        ["izpildīts pilnībā", "☐"],
        ["izpildīts daļēji", "☐"],
        ["nav izpildīts", "☐"],
    ], bold_first_row=True)
    P(d)
    P(d, "13. Kvalifikācijas eksāmena saturu pirms apstiprināšanas izvērtē nozares eksperts, kurš sniedz vienu "
         "no atzinumiem: saturs ir atbalstāms un virzāms saskaņošanai; saturs ir atbalstāms, pēc precizējumu "
         "veikšanas virzāms saskaņošanai; saturs nav atbalstāms. Ja saturs nav atbalstāms, izglītības iestāde "
         "to pārstrādā un iesniedz atkārtotai ekspertīzei.")
    P(d, "14. Eksāmena kopvērtējumu izsaka 10 ballu skalā. Kvalifikācija tiek piešķirta, ja kopvērtējums nav "
         "zemāks par 5 ballēm.")
    save(d, fn)


def f37():
    fn = "r2b37_LDDK_jaunumi_2026_marts.docx"
    # LDDK newsletter item using the vocabulary ("atbalsta" as a verb with another subject, "specifiskā
    # atbalsta mērķis", "metodiskais atbalsts"). No verdict about any document. Not a review.
    gold(fn, [], problems=["no_verdict"])
    d = new_doc(LAURA, when("2026-03-30", 12, 0), font="Calibri", size=11)
    P(d, "LDDK jaunumi | 2026. gada marts", size=9)
    P(d, "Nozaru eksperti turpina darbu pie profesionālās izglītības satura", bold=True, size=14)
    P(d, "Projekta 4. posmā LDDK deleģētie 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru "
         "eksperti vērtē modulārās izglītības programmas un kvalifikācijas eksāmenu saturu 21 profesionālajā "
         "kvalifikācijā, tostarp mēbeļu galdnieka, elektrotehniķa un mehatronisko sistēmu tehniķa kvalifikācijās.",
      align="j")
    P(d, "„Nozares uzņēmumi atbalsta šo darbu, jo tieši mēs pēc tam pieņemam darbā absolventus,” stāsta viens "
         "no ekspertiem. Eksperti saņem metodisko atbalstu no projekta koordinatoriem, bet darba grupas – "
         "konkrētus ieteikumus, kā programmas padarīt tuvākas darba tirgum.", align="j")
    P(d, "Projekts tiek īstenots Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta "
         "mērķa ietvaros. Ekspertīzes plānots pabeigt 2026. gada jūlijā.", align="j")
    save(d, fn)


# ================================================================ main
BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19,
            f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37]


def main():
    for f in os.listdir(OUT):
        if f.endswith(".docx"):
            os.remove(os.path.join(OUT, f))
    for b in BUILDERS:
        b()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(GOLD)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    print(f"{len(BUILT)} files, {len(GOLD)} gold rows, {len(PROBLEMS)} problem rows")


if __name__ == "__main__":
    main()
