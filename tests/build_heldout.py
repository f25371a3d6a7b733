# ruff: noqa: UP031  (percent-formatted XML templates read more plainly here)
"""Build the held-out evaluation set ``tests/heldout/`` (hand-written, independent of the extractor).

Run: ``.venv/bin/python tests/build_heldout.py``. Writes the .docx files, ``expected.csv`` and
``expected_problems.csv`` into ``tests/heldout/`` (README.md there is written by hand).
The wording and the document designs are written for this set only; every label is given next to
the document that carries it, so a reader can check each one against the text.
"""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

CORE_DATE = datetime.datetime(2026, 4, 1, 9, 0, 0)
OUT = Path(__file__).resolve().parent / "heldout"

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)

EXPECTED: list[tuple] = []
PROBLEMS: list[tuple] = []

# canonical option wordings as printed on forms
OPT_SUP = "saturs ir atbalstāms un virzāms saskaņošanai"
OPT_COR = "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
OPT_NOT = "saturs nav atbalstāms"
OPTIONS = (OPT_SUP, OPT_COR, OPT_NOT)

_ids = iter(range(100, 100000))


def exp(file, qual, doc, verdict, expert, date, lki):
    EXPECTED.append((file, qual, doc, verdict, expert, date, str(lki) if lki else ""))


def prob(file, code):
    PROBLEMS.append((file, code))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def new_doc() -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return doc


def P(doc_or_cell, text="", bold=False, italic=False, size=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def runs(p, parts):
    """Add runs: each part is a str or (str, {"strike": True, "bold": True, ...})."""
    out = []
    for part in parts:
        text, fmt = (part, {}) if isinstance(part, str) else part
        r = p.add_run(text)
        r.font.strike = fmt.get("strike")
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        if fmt.get("font"):
            r.font.name = fmt["font"]
        out.append(r)
    return out


def cell_text(cell, text, bold=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    return p


def table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val:
                cell_text(t.cell(i, j), val, bold=(i == 0 and style == "Table Grid" and False))
    return t


def xml(p, fragment: str):
    """Append raw WordprocessingML (one or more elements) to paragraph ``p``."""
    wrapper = parse_xml(f"<w:wrap {NS}>{fragment}</w:wrap>")
    for el in list(wrapper):
        p._p.append(el)


def run_xml(text, rpr=""):
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def sdt_checkbox(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        "<w:sdt><w:sdtPr><w:id w:val=\"%d\"/><w14:checkbox><w14:checked w14:val=\"%d\"/>"
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        "<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>" % (next(_ids), 1 if checked else 0, glyph)
    )


def formcheckbox(checked: bool, style: str = "checked") -> str:
    """Legacy FORMCHECKBOX; style 'checked' uses <w:checked/>, 'default' uses <w:default w:val=1>."""
    n = next(_ids)
    if style == "checked":
        state = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else "")
    else:
        state = '<w:default w:val="%d"/>' % (1 if checked else 0)
    return (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Atzime%d"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (n, state)
    )


def wingdings(char: str) -> str:
    return f'<w:r><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'


def ins(text, author="Eksperts"):
    return (f'<w:ins w:id="{next(_ids)}" w:author="{author}" w:date="2026-03-15T10:12:00Z">'
            f'{run_xml(text)}</w:ins>')


def dele(text, author="Eksperts"):
    return (f'<w:del w:id="{next(_ids)}" w:author="{author}" w:date="2026-03-15T10:11:00Z">'
            f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')


def textbox(p, paragraphs: list[str]):
    """A text box as Word writes it: a DrawingML shape with a VML fallback (content twice)."""
    body = "".join(f"<w:p>{run_xml(t)}</w:p>" for t in paragraphs)
    n = next(_ids)
    frag = (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="1100000"/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1100000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" '
        'style="width:425pt;height:86pt" strokeweight=".5pt"><v:textbox>'
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>" % (n, n)
    )
    xml(p, frag)


def header_lines(doc, lines):
    for label, value in lines:
        p = doc.add_paragraph()
        runs(p, [(f"{label}: ", {"bold": True}), value])


def title(doc, text, sub=None):
    p = P(doc, text, bold=True, size=14)
    p.alignment = 1
    if sub:
        q = P(doc, sub, bold=True)
        q.alignment = 1


FILES: dict[str, callable] = {}


def build(name):
    def deco(fn):
        FILES[name] = fn
        return fn
    return deco


# ---------------------------------------------------------------------------------------------
# 01 free text, header block, first person, corrections required

@build("h01_Atzinums_Mebelu_galdnieks_MIP_Kalnina.docx")
def h01(f):
    d = new_doc()
    title(d, "EKSPERTĪZES ATZINUMS", "par modulārās izglītības programmas (MIP) saturu")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Mēbeļu galdnieks"),
        ("Kvalifikācijas līmenis", "LKI 4. līmenis"),
        ("Nozare", "Kokrūpniecība"),
        ("Eksperte", "Ilze Kalniņa"),
        ("Datums", "2026. gada 12. martā"),
    ])
    P(d, "Esmu iepazinusies ar darba grupas izstrādāto programmas projektu (versija, kas saņemta 2026. gada "
         "9. februārī) un salīdzinājusi to ar profesijas standartu un nozares kvalifikāciju struktūru. Programmas "
         "uzbūve kopumā ir loģiska, moduļi veidoti secīgi un apjoms kredītpunktos atbilst normatīvajiem aktiem, "
         "tomēr atsevišķos moduļos mācību rezultāti ir formulēti pārāk vispārīgi, piemēram, modulī „Mēbeļu virsmu "
         "apdare” nav skaidrs, kuras apdares tehnoloģijas izglītojamajam jāapgūst patstāvīgi un kuras tikai "
         "jāpazīst, un modulī „Darba aizsardzība kokapstrādē” nav atsauces uz spēkā esošajiem MK noteikumiem par "
         "darba aizsardzības prasībām, strādājot ar kokapstrādes iekārtām.")
    P(d, "Priekšlikumi:")
    for t in ["1) precizēt moduļa „Mēbeļu virsmu apdare” mācību rezultātus, nodalot zināšanas un prasmes;",
              "2) papildināt moduli „Darba aizsardzība kokapstrādē” ar atsaucēm uz normatīvajiem aktiem;",
              "3) izvērtēt, vai CNC iekārtu programmēšanai paredzēto stundu skaits ir pietiekams."]:
        P(d, t)
    p = P(d)
    runs(p, [("Secinājums: ", {"bold": True}),
             "atbalstu MIP saturu, taču pirms virzīšanas saskaņošanai darba grupai jāveic 1.–3. punktā minētie precizējumi."])
    exp(f, "mēbeļu galdnieks", "MIP", "needs_corrections", "Ilze Kalniņa", "2026-03-12", 4)
    return d


# 02 two-column metadata table, "nav iebildumu", "nav nepieciešams precizējums"

@build("h02_Elektromontieris_PKE_atzinums.docx")
def h02(f):
    d = new_doc()
    title(d, "Nozares eksperta atzinums par profesionālās kvalifikācijas eksāmena saturu")
    table(d, [
        ["Kvalifikācijas nosaukums", "Elektromontieris"],
        ["LKI līmenis", "3. LKI"],
        ["Vērtētais dokuments", "Profesionālās kvalifikācijas eksāmena saturs (PKE)"],
        ["Eksperts", "Raimonds Zariņš"],
        ["Atzinuma datums", "03.02.2026."],
    ])
    P(d)
    P(d, "Par eksāmena teorētiskās daļas jautājumiem nav iebildumu, tie aptver visas profesijas standartā "
         "noteiktās kompetences. Praktiskā uzdevuma (sadales skapja montāža un pārbaude) vērtēšanas kritēriji "
         "ir skaidri un izmērāmi. Atsevišķu uzdevumu formulējumi varētu būt īsāki, taču tas nav nepieciešams "
         "precizējums, drīzāk ieteikums nākamajai redakcijai.")
    P(d, "Atzinums: PKE saturs ir atbalstāms un virzāms saskaņošanai.", bold=True)
    exp(f, "elektromontieris", "PKE", "supported", "Raimonds Zariņš", "2026-02-03", 3)
    return d


# 03 no diacritics at all, ISO date, signature

@build("h03_motorzaga_operators_MIP_PKE_ozols.docx")
def h03(f):
    d = new_doc()
    P(d, "Ekspertizes atzinums", bold=True)
    header_lines(d, [
        ("Kvalifikacija", "motorzaga operators"),
        ("LKI limenis", "3"),
        ("Eksperts", "Juris Ozols"),
        ("Datums", "2026-02-20"),
    ])
    P(d, "MIP", bold=True)
    P(d, "programma kopuma atbilst nozares vajadzibam, bet modulos par koku gazsanu nav pietiekami aprakstita "
         "darbs ar kilu un sviru bistamo koku gazsanai, ari zaga kedes asinasanai paredzets par maz stundu. "
         "MIP saturs ir atbalstams, pec precizejumu veiksanas virzams saskanosanai.")
    P(d, "PKE", bold=True)
    P(d, "Praktiska eksamena uzdevums paredz tikai koku sagarumosanu, bet neparbauda gazsanu, kas ir galvena "
         "kompetence. Vertesanas kriteriji nav izmerami. Tapec PKE saturs nav atbalstams, nepieciesama butiska "
         "parstrade un atkartota ekspertize.")
    P(d)
    P(d, "Paraksts: ______________ Juris Ozols")
    exp(f, "motorzāģa operators", "MIP", "needs_corrections", "Juris Ozols", "2026-02-20", 3)
    exp(f, "motorzāģa operators", "PKE", "not_supported", "Juris Ozols", "2026-02-20", 3)
    return d


def form_rows(t, start_row, doc_label, mark_idx, mark="X", col_mark=2):
    """Fill three option rows of a 3-column form table; mark_idx: index or set of indexes marked."""
    marks = mark_idx if isinstance(mark_idx, (set, frozenset)) else {mark_idx}
    for k, opt in enumerate(OPTIONS):
        row = t.rows[start_row + k]
        if k == 0:
            cell_text(row.cells[0], doc_label)
        cell_text(row.cells[1], opt[0].upper() + opt[1:])
        if k in marks:
            cell_text(row.cells[col_mark], mark)


# 04 form: all options, X in the mark column

@build("h04_Mezsaimniecibas_tehnikis_veidlapa.docx")
def h04(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinuma veidlapa")
    table(d, [
        ["Profesionālā kvalifikācija", "Mežsaimniecības tehniķis"],
        ["LKI līmenis", "4"],
        ["Nozare", "Kokrūpniecība"],
        ["Eksperta vārds, uzvārds", "Dace Liepiņa"],
        ["Datums", "2026. gada 5. martā"],
    ])
    P(d)
    P(d, "Atzīmējiet ar „X” vienu atzinumu katram dokumentam.", italic=True)
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Dokuments", "Atzinums", "Atzīme"]):
        cell_text(t.cell(0, j), h, bold=True)
    form_rows(t, 1, "MIP", 1, "X")
    form_rows(t, 4, "PKE", 0, "x")
    P(d)
    P(d, "Komentāri: MIP modulī „Meža inventarizācija” jāaktualizē programmatūras saraksts (jāiekļauj "
         "mobilās lietotnes datu vākšanai) un jāprecizē prakses apjoms. Eksāmena saturam iebildumu nav.")
    exp(f, "mežsaimniecības tehniķis", "MIP", "needs_corrections", "Dace Liepiņa", "2026-03-05", 4)
    exp(f, "mežsaimniecības tehniķis", "PKE", "supported", "Dace Liepiņa", "2026-03-05", 4)
    return d


def glyph_option(d, checked, text, glyph_on="☒", glyph_off="☐"):
    p = d.add_paragraph()
    r = p.add_run((glyph_on if checked else glyph_off) + " ")
    r.font.name = "MS Gothic"
    p.add_run(text)
    return p


# 05 checkbox glyphs typed as text (MS Gothic)

@build("h05_Kokapstrades_iekartu_operators_MIP_PKE.docx")
def h05(f):
    d = new_doc()
    title(d, "Atzinums par MIP un PKE saturu")
    header_lines(d, [
        ("Kvalifikācija", "Kokapstrādes iekārtu operators (3. LKI)"),
        ("Eksperts", "Māris Krūmiņš"),
        ("Datums", "17.02.2026."),
    ])
    P(d, "1. Modulārās izglītības programmas (MIP) saturs", bold=True)
    for k, opt in enumerate(OPTIONS):
        glyph_option(d, k == 0, opt)
    P(d, "Pamatojums: programma labi sabalansēta, prakses apjoms uzņēmumā ir pietiekams.")
    P(d, "2. Profesionālās kvalifikācijas eksāmena (PKE) saturs", bold=True)
    for k, opt in enumerate(OPTIONS):
        glyph_option(d, k == 2, opt)
    P(d, "Pamatojums: eksāmena praktiskais uzdevums paredz darbu ar četrpusēju ēveli, bet mācību programmā šī "
         "iekārta nav iekļauta; vērtēšanas kritēriji neatbilst kvalifikācijas līmenim. Eksāmena saturs "
         "jāizstrādā no jauna un jāiesniedz atkārtotai ekspertīzei.")
    exp(f, "kokapstrādes iekārtu operators", "MIP", "supported", "Māris Krūmiņš", "2026-02-17", 3)
    exp(f, "kokapstrādes iekārtu operators", "PKE", "not_supported", "Māris Krūmiņš", "2026-02-17", 3)
    return d


# 06 Word content-control checkboxes (w14:checkbox) in a table

@build("h06_Datorizetu_kokapstrades_operators_sdt.docx")
def h06(f):
    d = new_doc()
    title(d, "EKSPERTĪZES ATZINUMS")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"),
        ("Līmenis", "LKI 4. līmenis"),
        ("Eksperte", "Inese Vītola"),
        ("Datums", "2026.gada 24.februārī"),
    ])
    P(d, "Lūdzam atzīmēt atbilstošo izvēles rūtiņu.", italic=True)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Dokuments", bold=True)
    cell_text(t.cell(0, 1), "Eksperta atzinums", bold=True)
    for row, (label, chosen) in enumerate([("MIP", 1), ("PKE", 2)], start=1):
        cell_text(t.cell(row, 0), label)
        c = t.cell(row, 1)
        for k, opt in enumerate(OPTIONS):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            xml(p, sdt_checkbox(k == chosen) + run_xml(" " + opt))
    P(d)
    P(d, "Piezīmes: MIP jāprecizē CNC programmēšanas moduļa mācību rezultāti (G-kods, CAM programmatūra). "
         "PKE praktiskais uzdevums neatbilst 4. LKI līmenim – tas pārbauda tikai iekārtas apkalpošanu, nevis "
         "programmas sagatavošanu, tāpēc eksāmens jāpārstrādā.")
    exp(f, "datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Inese Vītola", "2026-02-24", 4)
    exp(f, "datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Inese Vītola", "2026-02-24", 4)
    return d


# 07 legacy FORMCHECKBOX fields; PKL 3 = LKI 4

@build("h07_Koka_izstradajumu_razosanas_tehnikis_formfields.docx")
def h07(f):
    d = new_doc()
    title(d, "Eksperta atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"),
        ("Profesionālās kvalifikācijas līmenis", "PKL 3"),
        ("Eksperts", "Gatis Bērziņš"),
        ("Datums", "2026-03-02"),
    ])
    for label, chosen, style in [("MIP saturs:", 0, "checked"), ("PKE saturs:", 1, "default")]:
        P(d, label, bold=True)
        for k, opt in enumerate(OPTIONS):
            p = d.add_paragraph()
            xml(p, formcheckbox(k == chosen, style) + run_xml(" " + opt))
    P(d, "Eksāmenā jāprecizē laika normatīvs praktiskajam uzdevumam (šobrīd 8 stundas, reāli nepieciešamas 6) "
         "un jāpievieno vērtēšanas lapa.")
    exp(f, "koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Gatis Bērziņš", "2026-03-02", 4)
    exp(f, "koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Gatis Bērziņš", "2026-03-02", 4)
    return d


# 08 Wingdings w:sym boxes in a table

@build("h08_Buvizstradajumu_galdnieks_wingdings.docx")
def h08(f):
    d = new_doc()
    title(d, "Atzinums par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” MIP un PKE saturu")
    header_lines(d, [
        ("LKI", "4. LKI"),
        ("Eksperte", "Sandra Eglīte"),
        ("Datums", "9.03.2026."),
    ])
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Atzinums", bold=True)
    cell_text(t.cell(0, 1), "MIP", bold=True)
    cell_text(t.cell(0, 2), "PKE", bold=True)
    for k, opt in enumerate(OPTIONS, start=1):
        cell_text(t.cell(k, 0), opt[0].upper() + opt[1:])
        xml(t.cell(k, 1).paragraphs[0], wingdings("F0FE" if k == 3 else "F0A8"))
        xml(t.cell(k, 2).paragraphs[0], wingdings("F0FE" if k == 2 else "F0A8"))
    P(d)
    P(d, "MIP neatbilst nozares kvalifikāciju struktūrai: nav iekļauts modulis par logu un durvju montāžu, kas "
         "ir šīs kvalifikācijas pamatā; programma jāpārstrādā un jāiesniedz atkārtoti. PKE jāprecizē "
         "vērtēšanas kritēriji.")
    exp(f, "būvizstrādājumu galdnieks", "MIP", "not_supported", "Sandra Eglīte", "2026-03-09", 4)
    exp(f, "būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Sandra Eglīte", "2026-03-09", 4)
    return d


# 09 "nevajadzīgo svītrot": the non-chosen options struck out

@build("h09_Meza_masinu_operators_svitrots.docx")
def h09(f):
    d = new_doc()
    title(d, "EKSPERTĪZES ATZINUMS")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Meža mašīnu operators"),
        ("Kvalifikācijas līmenis", "LKI 3. līmenis"),
        ("Eksperts", "Andris Pētersons"),
        ("Datums", "2026. gada 19. martā"),
    ])
    P(d, "Atzinums (nevajadzīgo svītrot):", italic=True)
    for label, chosen in [("MIP", 0), ("PKE", 1)]:
        P(d, f"{label} saturs:", bold=True)
        for k, opt in enumerate(OPTIONS):
            p = d.add_paragraph()
            runs(p, [(opt, {"strike": k != chosen})])
    P(d, "Eksāmena praktiskajā daļā jāprecizē simulatora izmantošanas nosacījumi un drošības prasības.")
    exp(f, "meža mašīnu operators", "MIP", "supported", "Andris Pētersons", "2026-03-19", 3)
    exp(f, "meža mašīnu operators", "PKE", "needs_corrections", "Andris Pētersons", "2026-03-19", 3)
    return d


# 10 tracked changes

@build("h10_Elektrotehnikis_labojumu_rezima.docx")
def h10(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Elektrotehniķis"),
        ("LKI līmenis", "4"),
        ("Eksperte", "Lāsma Vanaga"),
        ("Datums", "2026-03-16"),
    ])
    P(d, "Vērtēšanā izmantots profesijas standarts un nozares kvalifikāciju struktūra.")
    p = d.add_paragraph()
    xml(p, run_xml("MIP saturs ir atbalstāms")
        + dele(" un virzāms saskaņošanai.", "Lāsma Vanaga")
        + ins("; pēc precizējumu veikšanas virzāms saskaņošanai (precizējumi norādīti pielikumā).", "Lāsma Vanaga"))
    p = d.add_paragraph()
    xml(p, dele("Eksāmena saturs nav atbalstāms, jo trūkst praktiskā uzdevuma ar releju aizsardzību.", "Lāsma Vanaga"))
    p = d.add_paragraph()
    xml(p, run_xml("PKE saturs ")
        + dele("nav atbalstāms", "Lāsma Vanaga")
        + ins("ir atbalstāms un virzāms saskaņošanai", "Lāsma Vanaga")
        + run_xml("."))
    P(d, "Pielikums: MIP precizējumi – 1) papildināt moduli „Elektroietaišu ekspluatācija” ar zibensaizsardzības "
         "tēmu; 2) aktualizēt standartu sarakstu.")
    exp(f, "elektrotehniķis", "MIP", "needs_corrections", "Lāsma Vanaga", "2026-03-16", 4)
    exp(f, "elektrotehniķis", "PKE", "supported", "Lāsma Vanaga", "2026-03-16", 4)
    return d


# 11 verdict in a text box; qualification by its short alias; no level stated

@build("h11_VGK_sistemu_tehnikis_tekstlodzins.docx")
def h11(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums: VGK sistēmu tehniķis")
    header_lines(d, [
        ("Eksperts", "Edgars Strautiņš"),
        ("Datums", "2026. gada 26. februārī"),
    ])
    P(d, "Programma un eksāmena saturs izskatīti kopā ar darba grupas vadītāju. Programmā labi atspoguļotas "
         "siltumsūkņu un rekuperācijas iekārtu tēmas, kas nozarē ir aktuālas. Eksāmena aprakstā nav norādīts, "
         "kā tiek vērtēta F-gāzu apstrādes drošība.")
    p = d.add_paragraph()
    textbox(p, ["ATZINUMS PAR MIP:", "MIP saturs ir atbalstāms un virzāms saskaņošanai."])
    P(d, "Par PKE: eksāmena saturs atbalstāms, bet pirms virzīšanas saskaņošanai jāpapildina vērtēšanas "
         "kritēriji ar F-gāzu drošas apstrādes prasībām.")
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    exp(f, q, "MIP", "supported", "Edgars Strautiņš", "2026-02-26", 4)
    exp(f, q, "PKE", "needs_corrections", "Edgars Strautiņš", "2026-02-26", 4)
    return d


# 12 Word comments suggesting other verdicts

@build("h12_Mehatronisko_sistemu_tehnikis_ar_komentariem.docx")
def h12(f):
    d = new_doc()
    title(d, "Eksperta atzinums par MIP un PKE")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"),
        ("LKI", "LKI 4. līmenis"),
        ("Eksperte", "Zane Grīnvalde"),
        ("Datums", "11.03.2026."),
    ])
    p = d.add_paragraph()
    rs = runs(p, ["Šādā redakcijā MIP saturu nevaru atbalstīt: programmā nav iekļauti pneimatikas un "
                  "hidraulikas moduļi, industriālo robotu programmēšanai atvēlētas tikai 40 stundas, un "
                  "praktisko mācību saturs neatbilst mehatronikas uzņēmumu vajadzībām. Programma jāpārstrādā."])
    d.add_comment(rs, text="Vai tomēr nevarētu rakstīt „atbalstāms; pēc precizējumu veikšanas virzāms "
                           "saskaņošanai”? Darba grupa lūdz.", author="Koordinatore", initials="K")
    p = d.add_paragraph()
    rs = runs(p, ["PKE saturs ir atbalstāms un virzāms saskaņošanai."])
    d.add_comment(rs, text="Pārbaudīt, vai PKE nav jānoraida kopā ar MIP – saturs nav atbalstāms?",
                  author="Zane Grīnvalde", initials="ZG")
    q = "mehatronisko sistēmu tehniķis"
    exp(f, q, "MIP", "not_supported", "Zane Grīnvalde", "2026-03-11", 4)
    exp(f, q, "PKE", "supported", "Zane Grīnvalde", "2026-03-11", 4)
    return d


# 13 two qualifications in one file, each in its own section

@build("h13_Energetika_divas_kvalifikacijas_Abele.docx")
def h13(f):
    d = new_doc()
    title(d, "Enerģētikas nozares eksperta atzinums")
    P(d, "Rīgā, 2026. gada 20. martā")
    P(d, "Atzinumā apkopots vērtējums par divu kvalifikāciju MIP un PKE saturu.")
    P(d, "1. Elektromontieris (LKI 3. līmenis)", bold=True)
    P(d, "MIP: saturs atbalstāms, virzāms saskaņošanai. Moduļi atbilst profesijas standartam.")
    P(d, "PKE: eksāmena saturu atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.")
    P(d, "2. Elektrotehniķis (LKI 4. līmenis)", bold=True)
    P(d, "MIP: saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai – jāpapildina modulis par "
         "viedajiem skaitītājiem un jāprecizē prakses uzdevumi.")
    P(d, "PKE: saturs nav atbalstāms. Eksāmena praktiskā daļa pārbauda elektromontiera, nevis elektrotehniķa "
         "kompetences; nepieciešama pārstrāde un atkārtota ekspertīze.")
    P(d)
    P(d, "Eksperts Valdis Ābele")
    e, dt = "Valdis Ābele", "2026-03-20"
    exp(f, "elektromontieris", "MIP", "supported", e, dt, 3)
    exp(f, "elektromontieris", "PKE", "supported", e, dt, 3)
    exp(f, "elektrotehniķis", "MIP", "needs_corrections", e, dt, 4)
    exp(f, "elektrotehniķis", "PKE", "not_supported", e, dt, 4)
    return d


# 14 coordinator summary in the seed report's style

@build("h14_Koordinatora_kopsavilkums_2026_Q1.docx")
def h14(f):
    d = new_doc()
    P(d, "Nozaru ekspertu iesaiste profesionālās izglītības satura ekspertīzē", bold=True)
    P(d, "Projekta 4. posmā (2026.gada 1.janvāris – 2026.gada 31.marts) ar LDDK deleģējumu iesaistītie nozaru "
         "eksperti turpināja MIP un PKE satura ekspertēšanu. Ekspertīzes uzdevums ir izvērtēt, vai saturs ir "
         "atbalstāms un virzāms saskaņošanai.")
    P(d, "Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:")
    for t in [
        "· mēbeļu galdnieks (MIP saturs ir atbalstāms un virzāms saskaņošanai; PKE saturs ir atbalstāms; pēc "
        "precizējumu veikšanas virzāms saskaņošanai);",
        "· elektrotehniķis (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; PKE saturs "
        "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai);",
        "· meža mašīnu operators (MIP saturs nav atbalstāms; PKE saturs ir atbalstāms un virzāms saskaņošanai).",
    ]:
        P(d, t)
    P(d, "Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:")
    P(d, "1) kokrūpniecības nozarē:")
    for t in ["· būvizstrādājumu galdnieks,", "· koka izstrādājumu ražošanas tehniķis."]:
        P(d, t)
    P(d, "2) enerģētikas nozarē:")
    for t in ["· elektromontieris,", "· ventilācijas un gaisa kondicionēšanas sistēmu tehniķis."]:
        P(d, t)
    P(d, "MIP un PKE satura ekspertēšanu plānots pabeigt 2026.gada jūlijā (projekta 5.posms).")
    for q, m, k in [("mēbeļu galdnieks", "supported", "needs_corrections"),
                    ("elektrotehniķis", "needs_corrections", "needs_corrections"),
                    ("meža mašīnu operators", "not_supported", "supported")]:
        lki = {"mēbeļu galdnieks": 4, "elektrotehniķis": 4, "meža mašīnu operators": 3}[q]
        exp(f, q, "MIP", m, "", "", lki)
        exp(f, q, "PKE", k, "", "", lki)
    return d


# 15 a qualification not in the register

@build("h15_Kokmaterialu_skirotajs_atzinums.docx")
def h15(f):
    d = new_doc()
    title(d, "EKSPERTĪZES ATZINUMS")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Kokmateriālu šķirotājs"),
        ("Kvalifikācijas līmenis", "LKI 3. līmenis"),
        ("Nozare", "Kokrūpniecība"),
        ("Eksperts", "Kristaps Lejnieks"),
        ("Datums", "04.03.2026."),
    ])
    P(d, "MIP saturs ir atbalstāms un virzāms saskaņošanai. Programmā labi aprakstīta zāģmateriālu šķirošana "
         "pēc standarta LVS EN 1611-1.")
    P(d, "PKE saturs nav atbalstāms, jo eksāmenā nav praktiskā uzdevuma – vērtēšana paredzēta tikai ar testu.")
    q = "Kokmateriālu šķirotājs"
    exp(f, q, "MIP", "supported", "Kristaps Lejnieks", "2026-03-04", 3)
    exp(f, q, "PKE", "not_supported", "Kristaps Lejnieks", "2026-03-04", 3)
    prob(f, "unknown_qualification")
    return d


# 16 no verdict: purpose, instructions and remarks, but the conclusion is not filled in

@build("h16_Mebelu_galdnieks_PKE_bez_secinajuma.docx")
def h16(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums par PKE saturu")
    header_lines(d, [
        ("Kvalifikācija", "Mēbeļu galdnieks"),
        ("LKI", "4. LKI"),
        ("Eksperte", "Dace Liepiņa"),
        ("Datums", "2026-03-18"),
    ])
    P(d, "Ekspertīzes mērķis ir izvērtēt, vai PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "Secinājumā norāda vienu no šiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir "
         "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”.", italic=True)
    P(d, "Piezīmes par saturu:", bold=True)
    P(d, "– teorētiskās daļas testā 12 jautājumi atkārtojas;")
    P(d, "– praktiskajā uzdevumā nav norādīts izmantojamo materiālu saraksts;")
    P(d, "– vērtēšanas kritērijos nav punktu sadalījuma par darba drošību.")
    P(d, "Secinājums:", bold=True)
    P(d, "")
    exp(f, "mēbeļu galdnieks", "PKE", "unknown", "Dace Liepiņa", "2026-03-18", 4)
    prob(f, "no_verdict")
    return d


# 17 contradictory verdicts for one document

@build("h17_Elektromontieris_MIP_pretrunigs.docx")
def h17(f):
    d = new_doc()
    title(d, "Atzinums par elektromontiera MIP")
    header_lines(d, [
        ("Kvalifikācija", "Elektromontieris"),
        ("LKI", "LKI 3. līmenis"),
        ("Eksperts", "Raimonds Zariņš"),
        ("Datums", "2026. gada 6. martā"),
    ])
    P(d, "Kopumā MIP saturs ir atbalstāms un virzāms saskaņošanai; programma atbilst profesijas standartam un "
         "darba devēju vajadzībām.")
    P(d, "Detalizēts vērtējums:", bold=True)
    table(d, [
        ["Kritērijs", "Vērtējums"],
        ["Atbilstība profesijas standartam", "Atbilst"],
        ["Moduļu secība", "Daļēji atbilst"],
        ["Atzinums par MIP", "Saturs nav atbalstāms"],
    ])
    exp(f, "elektromontieris", "MIP", "unknown", "Raimonds Zariņš", "2026-03-06", 3)
    prob(f, "conflict")
    return d


# 18 history of an earlier review; PKL 2 = LKI 3; full name of the qualification

@build("h18_VGK_iekartu_remontatslednieks_atkartots.docx")
def h18(f):
    d = new_doc()
    title(d, "Atkārtotas ekspertīzes atzinums")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"),
        ("Līmenis", "PKL 2"),
        ("Eksperts", "Māris Krūmiņš"),
        ("Datums", "2026. gada 10. martā"),
    ])
    P(d, "Iepriekšējā ekspertīzē (2025. gada 15. decembrī) MIP saturs netika atbalstīts, jo programmā nebija "
         "iekļauts modulis par dzesēšanas iekārtu hermētiskuma pārbaudi un F-gāzu regulējumu.")
    P(d, "Darba grupa ir ņēmusi vērā visus iepriekšējos komentārus un papildinājusi programmu. Atkārtoti "
         "izvērtējot, atbalstu MIP saturu un iesaku to virzīt saskaņošanai bez turpmākiem precizējumiem.")
    exp(f, "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
        "Māris Krūmiņš", "2026-03-10", 3)
    return d


# 19 "neskatoties uz" (positive) and "nav pilnībā atbalstāms" (negation with a word between)

@build("h19_Mezsaimniecibas_tehnikis_Berzina.docx")
def h19(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Mežsaimniecības tehniķis"),
        ("LKI", "LKI 4. līmenis"),
        ("Eksperte", "Laura Bērziņa"),
        ("Datums", "2026-01-28"),
    ])
    P(d, "Neskatoties uz dažām stilistiskām nepilnībām, kuras darba grupa var novērst pēc saviem ieskatiem, MIP "
         "saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "Eksāmena saturs pašreizējā redakcijā diemžēl nav pilnībā atbalstāms – praktiskais uzdevums neaptver "
         "meža atjaunošanas plānošanu un ĢIS datu izmantošanu, tāpēc PKE nepieciešama būtiska pārstrāde un "
         "atkārtota ekspertīze.")
    exp(f, "mežsaimniecības tehniķis", "MIP", "supported", "Laura Bērziņa", "2026-01-28", 4)
    exp(f, "mežsaimniecības tehniķis", "PKE", "not_supported", "Laura Bērziņa", "2026-01-28", 4)
    return d


# 20 conditions; expert only in the closing signature; no level stated

@build("h20_Koka_izstradajumu_tehnikis_ar_nosacijumiem.docx")
def h20(f):
    d = new_doc()
    P(d, "Par koka izstrādājumu ražošanas tehniķa MIP un PKE", bold=True)
    P(d, "Rīgā, 2026. gada 3. martā")
    P(d, "Labdien! Pēc darba grupas lūguma esmu izskatījis abus dokumentus. Programmā kopumā ir viss "
         "nepieciešamais, ko nozare sagaida no tehniķa, bet dažas lietas gan jāsakārto.")
    P(d, "MIP saturu atbalstu ar nosacījumu, ka tiek precizēti moduļa „Koksnes žāvēšana” mācību rezultāti un "
         "papildināts vērtēšanas kritēriju apraksts; pēc tam programmu var virzīt saskaņošanai.")
    P(d, "PKE saturs atbalstāms. Pirms virzīšanas saskaņošanai jāveic šādi labojumi: jānorāda eksāmena "
         "praktiskās daļas ilgums un jāpievieno vērtēšanas lapa.")
    P(d, "Ar cieņu,")
    P(d, "Gatis Bērziņš, nozares eksperts")
    q = "koka izstrādājumu ražošanas tehniķis"
    exp(f, q, "MIP", "needs_corrections", "Gatis Bērziņš", "2026-03-03", 4)
    exp(f, q, "PKE", "needs_corrections", "Gatis Bērziņš", "2026-03-03", 4)
    return d


# 21 qualification only in the title; place-and-date line; signature with slashes

@build("h21 Atzinums Būvizstrādājumu galdnieks PKE.docx")
def h21(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” PKE saturu")
    P(d, "Eksāmena saturs atbilst profesijas standartam un nozares kvalifikāciju struktūrai. Praktiskais "
         "uzdevums (loga bloka izgatavošana pēc rasējuma) ir reāls un izpildāms paredzētajā laikā.")
    P(d, "Secinājums: saturs ir atbalstāms un virzāms saskaņošanai.", bold=True)
    P(d, "Rīgā, 12.03.2026.")
    P(d, "Eksperts ______________ /Andris Pētersons/")
    exp(f, "būvizstrādājumu galdnieks", "PKE", "supported", "Andris Pētersons", "2026-03-12", 4)
    return d


# 22 first person recommendations, genitive name in the text

@build("h22_Mehatronika_MIP_PKE_Kalejs.docx")
def h22(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    P(d, "Kvalifikācija – mehatronisko sistēmu tehniķis, LKI 4")
    P(d, "Eksperts – Roberts Kalējs")
    P(d, "Datums – 2026. gada 13. februārī")
    P(d, "Izvērtējot mehatronisko sistēmu tehniķa MIP, secinu, ka programma atbilst profesijas standartam un "
         "uzņēmumu vajadzībām. Iesaku MIP virzīt saskaņošanai, precizējumi nav nepieciešami.")
    P(d, "Par PKE: uzskatu, ka eksāmena saturu var atbalstīt, bet iesaku to virzīt saskaņošanai tikai pēc tam, "
         "kad būs precizēti praktiskā uzdevuma vērtēšanas kritēriji (PLC programmas pārbaude).")
    q = "mehatronisko sistēmu tehniķis"
    exp(f, q, "MIP", "supported", "Roberts Kalējs", "2026-02-13", 4)
    exp(f, q, "PKE", "needs_corrections", "Roberts Kalējs", "2026-02-13", 4)
    return d


# 23 instruction listing every option, then a first-person rejection

@build("h23_Datorizetu_kokapstrade_PKE_Vitola.docx")
def h23(f):
    d = new_doc()
    title(d, "PKE satura ekspertīze")
    header_lines(d, [
        ("Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"),
        ("LKI", "4. LKI"),
        ("Eksperte", "Inese Vītola"),
        ("Datums", "20.03.2026."),
    ])
    P(d, "Norādījumi ekspertam: atzinumā izvēlas vienu no variantiem – saturs ir atbalstāms un virzāms "
         "saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav "
         "atbalstāms – un to pamato.", italic=True)
    P(d, "Atzinums: neatbalstu PKE saturu, jo eksāmena praktiskā daļa paredz darbu ar piecu asu CNC "
         "apstrādes centru, kāds lielākajā daļā izglītības iestāžu nav pieejams, un alternatīvs uzdevums nav "
         "paredzēts. Eksāmens jāizstrādā no jauna.")
    exp(f, "datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Inese Vītola", "2026-03-20", 4)
    return d


# 24 verdicts in a table, short wording

@build("h24_Motorzaga_operators_tabula.docx")
def h24(f):
    d = new_doc()
    title(d, "Eksperta vērtējums")
    header_lines(d, [
        ("Kvalifikācija", "Motorzāģa operators"),
        ("LKI līmenis", "3"),
        ("Datums", "2026-03-05"),
    ])
    table(d, [
        ["Dokuments", "Atzinums", "Pamatojums"],
        ["MIP", "Atbalstāms ar precizējumiem",
         "Jāpapildina modulis par darba drošību, strādājot pie elektrolīnijām; jāaktualizē literatūras saraksts."],
        ["PKE", "Atbalstāms, virzāms saskaņošanai", "Iebildumu nav."],
    ])
    P(d)
    table(d, [["Eksperts:", "Valdis Ābele"], ["Paraksts:", ""]])
    exp(f, "motorzāģa operators", "MIP", "needs_corrections", "Valdis Ābele", "2026-03-05", 3)
    exp(f, "motorzāģa operators", "PKE", "supported", "Valdis Ābele", "2026-03-05", 3)
    return d


# 25 marks ✓ and V in a form with one column per document

@build("h25_Elektrotehnikis_veidlapa_atzimes.docx")
def h25(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinuma veidlapa")
    table(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["Līmenis", "LKI 4. līmenis"],
        ["Eksperte", "Lāsma Vanaga"],
        ["Datums", "2026. gada 27. februārī"],
    ])
    P(d)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Atzinums", bold=True)
    cell_text(t.cell(0, 1), "MIP", bold=True)
    cell_text(t.cell(0, 2), "PKE", bold=True)
    for k, opt in enumerate(OPTIONS, start=1):
        cell_text(t.cell(k, 0), opt[0].upper() + opt[1:])
    cell_text(t.cell(1, 1), "✓")
    cell_text(t.cell(2, 2), "V")
    P(d)
    P(d, "PKE jāprecizē teorijas testa jautājumi par elektrodrošību (I–V grupa).")
    exp(f, "elektrotehniķis", "MIP", "supported", "Lāsma Vanaga", "2026-02-27", 4)
    exp(f, "elektrotehniķis", "PKE", "needs_corrections", "Lāsma Vanaga", "2026-02-27", 4)
    return d


# 26 verdict split across runs, non-breaking spaces, Latvian quotes, alias name

@build("h26_VGK_sistemu_tehnikis_PKE.docx")
def h26(f):
    d = new_doc()
    P(d, "Atzinums par profesionālās kvalifikācijas „VGK sistēmu tehniķis” PKE saturu", bold=True)
    header_lines(d, [
        ("LKI līmenis", "4"),
        ("Eksperts", "Edgars Strautiņš"),
        ("Datums", "2026-03-09"),
    ])
    P(d, "Eksāmena teorētiskā daļa ir pārāk apjomīga (120 jautājumi), to ieteicams samazināt līdz 60.")
    p = d.add_paragraph()
    runs(p, ["PKE\u00a0saturs ir atbal", ("stāms", {"bold": True}), "; pēc\u00a0precizē", "jumu veikšanas ",
             "virzāms saskaņo", "šanai."])
    exp(f, "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections",
        "Edgars Strautiņš", "2026-03-09", 4)
    return d


# 27 "bez precizējumiem" vs "nepieciešams precizēt"

@build("h27_Buvizstradajumu_galdnieks_Dzene.docx")
def h27(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Būvizstrādājumu galdnieks"),
        ("LKI", "4. LKI līmenis"),
        ("Eksperte", "Ieva Dzene"),
        ("Datums", "2026. gada 2. martā"),
    ])
    P(d, "MIP saturs ir atbalstāms bez precizējumiem un virzāms saskaņošanai. Precizējumi nav nepieciešami.")
    P(d, "PKE saturs ir atbalstāms, tomēr pirms virzīšanas saskaņošanai nepieciešams precizēt vērtēšanas "
         "kritērijus (punktu skala praktiskajam uzdevumam).")
    exp(f, "būvizstrādājumu galdnieks", "MIP", "supported", "Ieva Dzene", "2026-03-02", 4)
    exp(f, "būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Ieva Dzene", "2026-03-02", 4)
    return d


# 28 long, sloppy paragraph, lower case, one long run-on sentence

@build("h28_meza masinu operators kocins.docx")
def h28(f):
    d = new_doc()
    P(d, "meža mašīnu operators, LKI 3")
    P(d, "sveiki, nosūtu savu vērtējumu par programmu un eksāmenu, atvainojos par kavēšanos. programmu izskatīju "
         "kopā ar mūsu uzņēmuma harvestera operatoriem un kopumā nav iebildumu, moduļi ir saprotami un prakses "
         "apjoms ir tāds kā vajag, neredzu šķēršļus MIP virzīt saskaņošanai tādā veidā kā tā ir, bet par eksāmenu "
         "gan, eksāmena saturu šādā veidā es neatbalstu jo praktiskais uzdevums ar harvestera simulatoru nav "
         "izpildāms 4 stundās un vērtēšanā nav ņemts vērā degvielas patēriņš un koku bojājumi, PKE jāpārstrādā "
         "un jāiesniedz vēlreiz")
    P(d, "19.02.2026")
    P(d, "Jānis Kociņš, SIA „Meža tehnika”")
    exp(f, "meža mašīnu operators", "MIP", "supported", "Jānis Kociņš", "2026-02-19", 3)
    exp(f, "meža mašīnu operators", "PKE", "not_supported", "Jānis Kociņš", "2026-02-19", 3)
    return d


# 29 corrections already made -> supported; earlier date in the history sentence

@build("h29_Kokapstrades_iekartu_operators_atkartoti.docx")
def h29(f):
    d = new_doc()
    title(d, "Atkārtots ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Kokapstrādes iekārtu operators"),
        ("LKI", "3. LKI līmenis"),
        ("Eksperts", "Māris Krūmiņš"),
        ("Datums", "27.02.2026."),
    ])
    P(d, "Iepriekšējā atzinumā (2026. gada 20. janvārī) norādītie precizējumi ir veikti, tāpēc MIP saturs tagad "
         "ir atbalstāms un virzāms saskaņošanai.")
    P(d, "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai – eksāmena uzdevumā "
         "jānorāda pieļaujamās izmēru novirzes.")
    exp(f, "kokapstrādes iekārtu operators", "MIP", "supported", "Māris Krūmiņš", "2026-02-27", 3)
    exp(f, "kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Māris Krūmiņš", "2026-02-27", 3)
    return d


# 30 two dated reviews in one file: the newer counts

@build("h30_Elektromontieris_PKE_1_un_2_ekspertize.docx")
def h30(f):
    d = new_doc()
    title(d, "Elektromontieris – PKE satura ekspertīze")
    header_lines(d, [
        ("LKI", "LKI 3. līmenis"),
        ("Eksperts", "Raimonds Zariņš"),
    ])
    P(d, "1. ekspertīze (2026. gada 15. janvārī)", bold=True)
    P(d, "PKE saturs nav atbalstāms: praktiskajā uzdevumā nav iekļauta izolācijas pretestības mērīšana, "
         "vērtēšanas kritēriji nav saistīti ar mācību rezultātiem.")
    P(d, "2. ekspertīze (2026. gada 10. martā)", bold=True)
    P(d, "Darba grupa ir iestrādājusi izolācijas pretestības mērīšanu un pārstrādājusi vērtēšanas kritērijus. "
         "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    exp(f, "elektromontieris", "PKE", "supported", "Raimonds Zariņš", "2026-03-10", 3)
    return d


# 31 only the PKE is reviewed, the MIP is mentioned in passing

@build("h31_Mehatronisko_sistemu_tehnikis_PKE_Grinvalde.docx")
def h31(f):
    d = new_doc()
    title(d, "Atzinums par PKE saturu")
    header_lines(d, [
        ("Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"),
        ("LKI", "LKI 4. līmenis"),
        ("Eksperte", "Zane Grīnvalde"),
        ("Datums", "2026-03-25"),
    ])
    P(d, "MIP saturu vērtēju atsevišķā atzinumā, šeit – tikai par eksāmenu.")
    P(d, "PKE saturs netiek atbalstīts: eksāmenā nav uzdevuma ar industriālā robota programmēšanu, lai gan tā "
         "ir viena no galvenajām kvalifikācijas kompetencēm; jāizstrādā jauns praktiskais uzdevums.")
    exp(f, "mehatronisko sistēmu tehniķis", "PKE", "not_supported", "Zane Grīnvalde", "2026-03-25", 4)
    return d


# 32 glyph form: MIP ticked ☑, PKE left all empty

@build("h32_Motorzaga_operators_nepabeigta_veidlapa.docx")
def h32(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Motorzāģa operators"),
        ("LKI", "3. LKI"),
        ("Eksperts", "Juris Ozols"),
        ("Datums", "2026. gada 23. martā"),
    ])
    P(d, "MIP saturs", bold=True)
    for k, opt in enumerate(OPTIONS):
        glyph_option(d, k == 0, opt, glyph_on="☑")
    P(d, "PKE saturs", bold=True)
    for opt in OPTIONS:
        glyph_option(d, False, opt)
    P(d, "PKE vērtējumu sniegšu pēc tam, kad saņemšu eksāmena vērtēšanas lapu.")
    exp(f, "motorzāģa operators", "MIP", "supported", "Juris Ozols", "2026-03-23", 3)
    exp(f, "motorzāģa operators", "PKE", "unknown", "Juris Ozols", "2026-03-23", 3)
    prob(f, "no_verdict")
    return d


# 33 verdict in a nested table

@build("h33_Mezsaimniecibas_tehnikis_MIP_ligzdota_tabula.docx")
def h33(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums par MIP")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Kvalifikācija", "Mežsaimniecības tehniķis"), ("LKI", "LKI 4. līmenis"),
                                ("Eksperte", "Laura Bērziņa"), ("Datums", "12.02.2026.")]):
        cell_text(t.cell(i, 0), a)
        cell_text(t.cell(i, 1), b)
    cell_text(t.cell(4, 0), "Eksperta atzinums")
    inner = t.cell(4, 1).add_table(rows=2, cols=2)
    inner.style = "Table Grid"
    cell_text(inner.cell(0, 0), "Dokuments")
    cell_text(inner.cell(0, 1), "Atzinums")
    cell_text(inner.cell(1, 0), "MIP")
    cell_text(inner.cell(1, 1), "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")
    P(d)
    P(d, "Precizējumi: jāpapildina modulis „Meža ugunsdrošība”, jāaktualizē normatīvo aktu saraksts.")
    exp(f, "mežsaimniecības tehniķis", "MIP", "needs_corrections", "Laura Bērziņa", "2026-02-12", 4)
    return d


# 34 strike-out inside one paragraph with slashes; alias name

@build("h34_VGK_iekartu_remontatslednieks_svitrots.docx")
def h34(f):
    d = new_doc()
    title(d, "Eksperta atzinums")
    header_lines(d, [
        ("Kvalifikācija", "VGK iekārtu remontatslēdznieks"),
        ("LKI līmenis", "3"),
        ("Eksperts", "Valdis Ābele"),
        ("Datums", "2026-02-06"),
    ])
    P(d, "Nevajadzīgo svītrot.", italic=True)
    for label, chosen in [("MIP saturs: ", 1), ("PKE saturs: ", 2)]:
        p = d.add_paragraph()
        parts = [(label, {"bold": True})]
        for k, opt in enumerate(["atbalstāms un virzāms saskaņošanai",
                                 "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                 "nav atbalstāms"]):
            if k:
                parts.append(" / ")
            parts.append((opt, {"strike": k != chosen}))
        runs(p, parts)
    P(d, "PKE praktiskais uzdevums paredz kompresora nomaiņu, kas neatbilst 3. līmeņa kvalifikācijai; "
         "eksāmens jāpārstrādā.")
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    exp(f, q, "MIP", "needs_corrections", "Valdis Ābele", "2026-02-06", 3)
    exp(f, q, "PKE", "not_supported", "Valdis Ābele", "2026-02-06", 3)
    return d


# 35 purpose sentence listing every outcome, then the real verdict

@build("h35_Datorizetu_kokapstrade_MIP_Dzene.docx")
def h35(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"),
        ("LKI", "LKI 4. līmenis"),
        ("Eksperte", "Ieva Dzene"),
        ("Datums", "2026. gada 16. janvārī"),
    ])
    P(d, "Ekspertīzes mērķis ir izvērtēt, vai MIP saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms "
         "pēc precizējumu veikšanas vai nav atbalstāms.")
    P(d, "Kopumā MIP saturu atbalstu, taču jāprecizē moduļa „CAD/CAM sistēmas” apraksts un jāsaskaņo stundu "
         "skaits ar kredītpunktiem; pēc tam to var virzīt saskaņošanai.")
    exp(f, "datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Ieva Dzene", "2026-01-16", 4)
    return d


# 36 another qualification not in the register, level 5

@build("h36_Atjaunojamas_energijas_sistemu_tehnikis.docx")
def h36(f):
    d = new_doc()
    title(d, "EKSPERTĪZES ATZINUMS")
    table(d, [
        ["Profesionālā kvalifikācija", "Atjaunojamās enerģijas sistēmu tehniķis"],
        ["LKI līmenis", "LKI 5. līmenis"],
        ["Nozare", "Enerģētika"],
        ["Eksperts", "Roberts Kalējs"],
        ["Datums", "2026-03-27"],
    ])
    P(d)
    P(d, "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (jāpapildina uzdevums ar "
         "saules paneļu sistēmas pieslēgšanu tīklam).")
    q = "Atjaunojamās enerģijas sistēmu tehniķis"
    exp(f, q, "MIP", "supported", "Roberts Kalējs", "2026-03-27", 5)
    exp(f, q, "PKE", "needs_corrections", "Roberts Kalējs", "2026-03-27", 5)
    prob(f, "unknown_qualification")
    return d


# 37 tracked changes that reverse the verdicts

@build("h37_Mebelu_galdnieks_labots_atzinums.docx")
def h37(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums (labotā versija)")
    header_lines(d, [
        ("Kvalifikācija", "Mēbeļu galdnieks"),
        ("LKI", "LKI 4. līmenis"),
        ("Eksperte", "Ilze Kalniņa"),
        ("Datums", "2026. gada 30. martā"),
    ])
    p = d.add_paragraph()
    xml(p, run_xml("MIP saturs ")
        + dele("ir atbalstāms un virzāms saskaņošanai.", "Ilze K.")
        + ins("nav atbalstāms, jo moduļu apjoms neatbilst kredītpunktu sadalījumam un trūkst mēbeļu "
              "projektēšanas moduļa.", "Ilze K."))
    p = d.add_paragraph()
    xml(p, run_xml("PKE saturs ")
        + dele("nav atbalstāms.", "Ilze K.")
        + ins("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.", "Ilze K."))
    exp(f, "mēbeļu galdnieks", "MIP", "not_supported", "Ilze Kalniņa", "2026-03-30", 4)
    exp(f, "mēbeļu galdnieks", "PKE", "needs_corrections", "Ilze Kalniņa", "2026-03-30", 4)
    return d


# 38 unfilled draft: both conclusions blank, an instruction lists the options

@build("h38_VGK_sistemu_tehnikis_melnraksts.docx")
def h38(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums (melnraksts)")
    header_lines(d, [
        ("Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"),
        ("LKI", "4. LKI"),
        ("Eksperts", "Edgars Strautiņš"),
        ("Datums", "2026-03-30"),
    ])
    P(d, "(ierakstiet: atbalstāms un virzāms saskaņošanai / atbalstāms; pēc precizējumu veikšanas virzāms "
         "saskaņošanai / nav atbalstāms)", italic=True)
    P(d, "Atzinums par MIP: ______________________")
    P(d, "Atzinums par PKE: ______________________")
    P(d, "Piezīmes: vēl jāsaņem PKE vērtēšanas lapas.")
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    exp(f, q, "MIP", "unknown", "Edgars Strautiņš", "2026-03-30", 4)
    exp(f, q, "PKE", "unknown", "Edgars Strautiņš", "2026-03-30", 4)
    prob(f, "no_verdict")
    return d


# 39 form with two options marked for the PKE

@build("h39_Koka_izstradajumu_tehnikis_divas_atzimes.docx")
def h39(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinuma veidlapa")
    table(d, [
        ["Profesionālā kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
        ["LKI līmenis", "4"],
        ["Eksperts", "Aivars Medenis"],
        ["Datums", "2026. gada 4. februārī"],
    ])
    P(d)
    t = d.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Dokuments", "Atzinums", "Atzīme (X)"]):
        cell_text(t.cell(0, j), h, bold=True)
    form_rows(t, 1, "MIP", 2, "X")
    form_rows(t, 4, "PKE", frozenset({0, 2}), "X")
    q = "koka izstrādājumu ražošanas tehniķis"
    exp(f, q, "MIP", "not_supported", "Aivars Medenis", "2026-02-04", 4)
    exp(f, q, "PKE", "unknown", "Aivars Medenis", "2026-02-04", 4)
    prob(f, "conflict")
    return d


# 40 one expert, three qualifications in one table

@build("h40_Kokrupnieciba_kopsavilkuma_tabula_Petersons.docx")
def h40(f):
    d = new_doc()
    title(d, "Kokrūpniecības nozares eksperta atzinumu kopsavilkums")
    table(d, [
        ["Kvalifikācija", "LKI", "MIP", "PKE"],
        ["Motorzāģa operators", "3", "Atbalstāms, virzāms saskaņošanai", "Atbalstāms, virzāms saskaņošanai"],
        ["Meža mašīnu operators", "3", "Atbalstāms pēc precizējumiem", "Atbalstāms pēc precizējumiem"],
        ["Mežsaimniecības tehniķis", "4", "Nav atbalstāms", "Atbalstāms pēc precizējumiem"],
    ])
    P(d)
    P(d, "Precizējumi un pamatojums sniegti katras kvalifikācijas atsevišķajā pielikumā.")
    P(d, "2026. gada 31. martā")
    P(d, "Eksperts Andris Pētersons")
    e, dt = "Andris Pētersons", "2026-03-31"
    for q, lki, m, k in [("motorzāģa operators", 3, "supported", "supported"),
                         ("meža mašīnu operators", 3, "needs_corrections", "needs_corrections"),
                         ("mežsaimniecības tehniķis", 4, "not_supported", "needs_corrections")]:
        exp(f, q, "MIP", m, e, dt, lki)
        exp(f, q, "PKE", k, e, dt, lki)
    return d


# 41 pseudo-negations and a negated "agree"

@build("h41_Kokapstrades_iekartu_operators_Medenis.docx")
def h41(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums")
    header_lines(d, [
        ("Kvalifikācija", "Kokapstrādes iekārtu operators"),
        ("LKI", "LKI 3. līmenis"),
        ("Eksperts", "Aivars Medenis"),
        ("Datums", "2026-01-30"),
    ])
    P(d, "Nav iebildumu pret MIP satura virzīšanu saskaņošanai; nepieciešamie labojumi jau ir iestrādāti "
         "iepriekšējā darba grupas sanāksmē.")
    P(d, "Nevaru piekrist, ka PKE saturs šādā redakcijā būtu atbalstāms: eksāmenā nav pārbaudīta iekārtu "
         "iestatīšana, tikai apkalpošana. PKE jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")
    exp(f, "kokapstrādes iekārtu operators", "MIP", "supported", "Aivars Medenis", "2026-01-30", 3)
    exp(f, "kokapstrādes iekārtu operators", "PKE", "not_supported", "Aivars Medenis", "2026-01-30", 3)
    return d


# 42 two qualifications, PKL levels, expert in a closing table

@build("h42_Galdnieki_divas_kvalifikacijas_PKL.docx")
def h42(f):
    d = new_doc()
    title(d, "Ekspertīzes atzinums par galdnieku kvalifikāciju MIP un PKE")
    P(d, "Datums: 2026. gada 18. februārī")
    P(d, "A. Mēbeļu galdnieks (PKL 3)", bold=True)
    P(d, "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai. Jāpapildina moduļa "
         "„Mīksto mēbeļu izgatavošana” mācību rezultāti.")
    P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "B. Būvizstrādājumu galdnieks (PKL 3)", bold=True)
    P(d, "Programmai iebildumu nav – MIP saturs atbalstāms un virzāms saskaņošanai.")
    P(d, "PKE: atbalstu, ja tiks precizēts praktiskā uzdevuma rasējums (durvju bloka izmēri) – tikai pēc tam "
         "virzīt saskaņošanai.")
    P(d)
    table(d, [["Eksperte", "Ieva Dzene", "Paraksts: ____________"]])
    e, dt = "Ieva Dzene", "2026-02-18"
    exp(f, "mēbeļu galdnieks", "MIP", "needs_corrections", e, dt, 4)
    exp(f, "mēbeļu galdnieks", "PKE", "supported", e, dt, 4)
    exp(f, "būvizstrādājumu galdnieks", "MIP", "supported", e, dt, 4)
    exp(f, "būvizstrādājumu galdnieks", "PKE", "needs_corrections", e, dt, 4)
    return d


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.docx"):
        old.unlink()
    for name, fn in FILES.items():
        doc = fn(name)
        doc.core_properties.author = "Lietotājs"
        doc.core_properties.last_modified_by = "Lietotājs"
        doc.core_properties.created = CORE_DATE
        doc.core_properties.modified = CORE_DATE
        doc.save(OUT / name)
    with open(OUT / "expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(EXPECTED)
    with open(OUT / "expected_problems.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    print(f"{len(FILES)} files, {len(EXPECTED)} expected rows, {len(PROBLEMS)} expected problems -> {OUT}")


if __name__ == "__main__":
    main()
