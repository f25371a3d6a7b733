"""Build the hand-written evaluation set in ``tests/corpus_hand``: ``.venv/bin/python tests/build_corpus_hand.py``.

Every case below is one expert review written the way real experts write them (long prose,
typos, missing diacritics, forms with marks, tracked changes, ...).  Each case returns the
labels a careful coordinator would write for it.  The script writes the ``.docx`` files,
``expected.csv`` and ``expected_problems.csv`` into ``tests/corpus_hand``.  All names are fictional.

Written independently of the extractor (pipeline/nlp, pipeline/extract.py, the rule files
and tools/synth were not read).
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

HERE = Path(__file__).resolve().parent / "corpus_hand"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
_DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# --------------------------------------------------------------------------- helpers

def new_doc(font: str = "Times New Roman", size: int = 12) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def para(container, text: str = "", bold: bool = False, italic: bool = False, align=None,
         size: int | None = None, style: str | None = None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def runs(p, *parts):
    """Append runs: a str, or (text, {"bold":..,"strike":..,"italic":..,"font":..})."""
    out = []
    for part in parts:
        text, fmt = (part, {}) if isinstance(part, str) else part
        run = p.add_run(text)
        run.bold = fmt.get("bold")
        run.italic = fmt.get("italic")
        if fmt.get("strike"):
            run.font.strike = True
        if fmt.get("font"):
            set_font(run, fmt["font"])
        out.append(run)
    return out


def set_font(run, name: str):
    run.font.name = name
    rpr = run._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:hAnsi"), name)


def frag(xml: str):
    """Parse a WordprocessingML fragment (one or more elements) into a list of elements."""
    root = etree.fromstring(f"<root {_DECL}>{xml}</root>")
    return list(root)


def add_xml(p, xml: str):
    for el in frag(xml):
        p._p.append(el)


def cell_p(cell, text: str = "", **kw):
    """Write into the first (empty) paragraph of a cell, or add a new one."""
    p = cell.paragraphs[0]
    if p.text or len(p._p) > 1:
        p = cell.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = kw.get("bold")
        if kw.get("strike"):
            run.font.strike = True
        if kw.get("font"):
            set_font(run, kw["font"])
    return p


def table(container, rows, widths=None, style="Table Grid"):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=0, cols=ncols)
    try:
        t.style = style
    except Exception:
        pass
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            if v is None:
                continue
            if isinstance(v, tuple):
                cell_p(cells[i], v[0], **v[1])
            else:
                cell_p(cells[i], v)
    return t


def glyph(p, checked: bool):
    run = p.add_run("☒" if checked else "☐")
    set_font(run, "MS Gothic")
    return run


def wsym(p, char: str):
    add_xml(p, f'<w:r><w:sym w:font="Wingdings" w:char="{char}"/></w:r>')


_sdt_id = [1000]


def sdt_checkbox(p, checked: bool):
    _sdt_id[0] += 1
    val = "1" if checked else "0"
    g = "☒" if checked else "☐"
    add_xml(p, f"""<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>
<w:id w:val="{_sdt_id[0]}"/><w14:checkbox><w14:checked w14:val="{val}"/>
<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>
<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>""")


_ff = [0]


def form_checkbox(p, checked: bool, style: str = "checked"):
    """Legacy FORMCHECKBOX field; style 'checked' writes w:checked, 'default' only w:default,
    'trap' writes default=1 but checked=0 (unchecked by the user)."""
    _ff[0] += 1
    if style == "default":
        box = f'<w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
    elif style == "trap":
        box = '<w:sizeAuto/><w:default w:val="1"/><w:checked w:val="0"/>'
    else:
        box = '<w:sizeAuto/><w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
    add_xml(p, f"""<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Atzime{_ff[0]}"/><w:enabled/>
<w:calcOnExit w:val="0"/><w:checkBox>{box}</w:checkBox></w:ffData></w:fldChar></w:r>
<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>""")


_rev = [1]


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ins(p, text: str, author: str = "Eksperts", date: str = "2026-03-10T09:12:00Z"):
    _rev[0] += 1
    add_xml(p, f'<w:ins w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>'
               f'<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:ins>')


def dele(p, text: str, author: str = "Eksperts", date: str = "2026-03-10T09:12:00Z"):
    _rev[0] += 1
    add_xml(p, f'<w:del w:id="{_rev[0]}" w:author="{author}" w:date="{date}"><w:r>'
               f'<w:delText xml:space="preserve">{_esc(text)}</w:delText></w:r></w:del>')


def textbox(p, lines: list[str]):
    """A text box the way Word writes it: a DrawingML shape plus a VML fallback (text twice)."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>' for t in lines)
    add_xml(p, f"""<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5400000" cy="1200000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="{_rev[0] + 500}" name="Teksta lodziņš 1"/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1200000"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:inline>
</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="Teksta_lodzins_1" type="#_x0000_t202" style="width:425pt;height:94pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>""")


def row(q, d, v, e="", dt="", lki=""):
    return {"qualification": q, "document": d, "verdict": v, "expert": e, "date": dt, "lki_level": str(lki)}


S, C, N, U = "supported", "needs_corrections", "not_supported", "unknown"


def lddk_head(doc, title: str):
    para(doc, "Latvijas Darba devēju konfederācija", bold=True, align="c", size=11)
    para(doc, "Projekts Nr. 4.2.2.9/1/24/I/001 „Izglītības procesa individualizācija un starpnozaru sadarbība "
              "profesionālās izglītības izcilībai”", italic=True, align="c", size=10)
    para(doc, title, bold=True, align="c", size=14)


# --------------------------------------------------------------------------- the cases

@case
def h01():
    doc = new_doc()
    lddk_head(doc, "NOZARES EKSPERTA ATZINUMS")
    para(doc, "Profesionālā kvalifikācija: Elektrotehniķis")
    para(doc, "Latvijas kvalifikāciju ietvarstruktūras līmenis: LKI 4. līmenis")
    para(doc, "Nozare: enerģētika")
    para(doc, "Eksperts: Jānis Bērziņš")
    para(doc, "Datums: 2026. gada 12. martā")
    para(doc, "1. Vispārīgie komentāri", bold=True)
    para(doc, "Esmu iepazinies ar darba grupas iesniegto kompetencēs balstītās modulārās izglītības programmas "
              "un profesionālās kvalifikācijas eksāmena satura projektu. Programmas struktūra ir loģiska, moduļu "
              "secība atbilst tam, kā nozarē praktiski tiek apgūtas prasmes – no elektrodrošības pamatiem līdz "
              "elektroietaišu ekspluatācijai un bojājumu diagnosticēšanai. Īpaši vēlos izcelt moduli „Atjaunojamās "
              "enerģijas sistēmas”, kurā iekļautas saules paneļu sistēmu pieslēguma prasības, kas nozarē šobrīd ir "
              "ļoti pieprasītas.", align="j")
    para(doc, "Moduļu „Elektriskās mašīnas” un „Releju aizsardzība” sasniedzamie rezultāti ir formulēti "
              "izmērāmi, vērtēšanas kritēriji ir saprotami gan pedagogiem, gan darba devējiem. Darba vidē "
              "balstītu mācību īstenošanai paredzētais apjoms ir pietiekams.", align="j")
    para(doc, "2. Secinājumi", bold=True)
    para(doc, "Atbalstu MIP saturu bez precizējumiem – saturs ir atbalstāms un virzāms saskaņošanai. "
              "Arī PKE saturam man nav iebildumu, eksāmena uzdevumi aptver visas profesionālās kvalifikācijas "
              "prasībās noteiktās kompetences, tāpēc PKE saturs ir virzāms saskaņošanai.", align="j")
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", S, "Jānis Bērziņš", "2026-03-12", 4),
                 row(q, "PKE", S, "Jānis Bērziņš", "2026-03-12", 4)], []


@case
def h02():
    doc = new_doc("Calibri", 11)
    para(doc, "Ekspertīzes atzinums", bold=True, align="c", size=14)
    para(doc, "Kvalifikācija: Mēbeļu galdnieks (4. LKI)")
    para(doc, "Ekspertīzi veica: Ilze Kalniņa")
    para(doc, "12.03.2026.")
    para(doc, "Par MIP", bold=True)
    para(doc, "Atbalstu MIP saturu, tomēr pirms virzīšanas saskaņošanai darba grupai jāveic šādi precizējumi: "
              "modulī „Mēbeļu konstruēšana” jāpapildina sasniedzamie rezultāti ar CAD programmatūras lietošanu "
              "(šobrīd tā minēta tikai kā ieteikums), modulī „Virsmu apdare” jānorāda ūdens bāzes apdares "
              "materiālu drošas lietošanas prasības, bet modulī „Darba vidē balstītas mācības” jāsaskaņo stundu "
              "skaits ar mācību plānu, jo tabulā un aprakstā ir atšķirīgi skaitļi (320 un 360 stundas).")
    para(doc, "Par PKE", bold=True)
    para(doc, "Neatbalstu PKE satura pašreizējo redakciju. Praktiskās daļas uzdevums (skapja korpusa izgatavošana) "
              "nav izpildāms eksāmenam atvēlētajās 6 stundās, vērtēšanas lapā nav kritēriju darba drošības "
              "ievērošanai, un teorētiskās daļas jautājumi lielā mērā atkārto 2019. gada eksāmena saturu. Pēc "
              "pārstrādes PKE saturs jāiesniedz atkārtotai ekspertīzei.")
    q = "mēbeļu galdnieks"
    return doc, [row(q, "MIP", C, "Ilze Kalniņa", "2026-03-12", 4),
                 row(q, "PKE", N, "Ilze Kalniņa", "2026-03-12", 4)], []


@case
def h03():
    doc = new_doc("Arial", 10)
    para(doc, "EKSPERTIZES ATZINUMS", bold=True)
    para(doc, "Profesionala kvalifikacija: Mezsaimniecibas tehnikis")
    para(doc, "LKI limenis: 4")
    para(doc, "Eksperts: Aivars Ozols")
    para(doc, "Datums: 2026-02-19")
    para(doc, "Izskatiju darba grupas iesniegto MIP un PKE saturu. Moduli \"Meza inventarizacija\" butu "
              "japapildina ar GNSS uztvereju un dronu datu izmantosanu, jo uznemumos tas jau ir ikdienas prakse. "
              "Modula \"Mezsaimnieciska darba organizesana\" nav atsauces uz aktualajiem Meza likuma grozijumiem, "
              "tas japrecize. Parejie moduli ir labi sagatavoti.")
    para(doc, "Secinajumi: MIP saturs ir atbalstams, pec precizejumu veiksanas virzams saskanosanai. "
              "PKE saturs ir atbalstams un virzams saskanosanai.")
    q = "mežsaimniecības tehniķis"
    return doc, [row(q, "MIP", C, "Aivars Ozols", "2026-02-19", 4),
                 row(q, "PKE", S, "Aivars Ozols", "2026-02-19", 4)], []


@case
def h04():
    doc = new_doc()
    para(doc, "Atzinums par profesionālās kvalifikācijas „Motorzāģa operators” (LKI 3. līmenis) modulārās "
              "izglītības programmas un profesionālās kvalifikācijas eksāmena saturu", bold=True, align="c")
    para(doc, "Rīgā, 2026. g. 3. februārī", align="r")
    para(doc, "Esmu izvērtējusi MIP un PKE saturu atbilstoši kokrūpniecības nozares kvalifikāciju "
              "struktūrai un motorzāģa operatora profesionālās kvalifikācijas prasībām. Programmā pietiekami "
              "aplūkota motorzāģa tehniskā apkope, ķēdes asināšana un darbs ar vējgāžu kokiem, kas ir "
              "bīstamākais darba veids. Eksāmena praktiskais uzdevums ir reāls un pārbaudāms mežaudzē.")
    para(doc, "Kopumā MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    para(doc, "")
    para(doc, "Nozares eksperte")
    para(doc, "_______________ /Dace Liepa/")
    q = "motorzāģa operators"
    return doc, [row(q, "MIP", S, "Dace Liepa", "2026-02-03", 3),
                 row(q, "PKE", S, "Dace Liepa", "2026-02-03", 3)], []


@case
def h05():
    doc = new_doc()
    para(doc, "LDDK eksperta atzinums", bold=True)
    table(doc, [["Profesionālā kvalifikācija", "Kokapstrādes iekārtu operators"],
                ["LKI līmenis", "3"],
                ["Eksperts", "Edgars Krūmiņš"],
                ["Atzinuma datums", "2026. gada 24. februārī"]])
    para(doc, "")
    para(doc, "Darba grupa ir paveikusi lielu darbu, tomēr abos dokumentos saglabājušās nepilnības. MIP modulī "
              "„Zāģēšanas iekārtu vadība” nav aprakstīta lentzāģu asmeņu maiņa, bet PKE praktiskā uzdevuma "
              "vērtēšanas kritērijos trūkst putekļu nosūces sistēmas pārbaudes. Tāpat abos dokumentos atšķiras "
              "moduļu nosaukumi („Kokmateriālu sagatavošana” / „Kokmateriālu sagatave”).")
    para(doc, "MIP un PKE saturs ir atbalstāms ar precizējumiem – pēc šajā atzinumā norādīto nepilnību "
              "novēršanas abi dokumenti virzāmi saskaņošanai.")
    q = "kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", C, "Edgars Krūmiņš", "2026-02-24", 3),
                 row(q, "PKE", C, "Edgars Krūmiņš", "2026-02-24", 3)], []


@case
def h06():
    doc = new_doc("Calibri", 11)
    para(doc, "Ekspertīzes atzinums par MIP un PKE saturu", bold=True, align="c")
    table(doc, [["Kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"],
                ["LKI līmenis", "4"],
                ["Nozare", "Kokrūpniecība"],
                ["Eksperts", "Sarmīte Vanaga"],
                ["Datums", "05.03.2026."]])
    para(doc, "")
    para(doc, "Komentāri par MIP moduļiem", bold=True)
    table(doc, [["Nr.", "Modulis", "Komentārs"],
                ["1.", "CNC iekārtu programmēšana", "Labi. Ieteiktu vairāk uzdevumu ar 5 asu apstrādes centriem."],
                ["2.", "Kokapstrādes materiālu mācība", "Bez iebildumiem."],
                ["3.", "Kvalitātes kontrole", "Jāpievieno mērinstrumentu kalibrēšanas pamati."]])
    para(doc, "")
    para(doc, "Komentāri par PKE", bold=True)
    para(doc, "Eksāmena teorētiskās daļas testā 4 jautājumi ir neskaidri formulēti (Nr. 7, 12, 18, 25) un "
              "jāpārformulē. Praktiskajā daļā vērtēšanas lapa jāpapildina ar detaļas izmēru pielaidēm.")
    table(doc, [["Dokuments", "Secinājums"],
                ["MIP", "Saturs ir atbalstāms un virzāms saskaņošanai"],
                ["PKE", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]])
    q = "datorizētu kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", S, "Sarmīte Vanaga", "2026-03-05", 4),
                 row(q, "PKE", C, "Sarmīte Vanaga", "2026-03-05", 4)], []


def option_table(doc, title, marks, mark_char="X", opts=None):
    """Options in the first column, the expert's mark in the second."""
    opts = opts or ["Saturs ir atbalstāms un virzāms saskaņošanai",
                    "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                    "Saturs nav atbalstāms"]
    rows = [[(title, {"bold": True}), ""]]
    for o, m in zip(opts, marks, strict=True):
        rows.append([o, mark_char if m else ""])
    return table(doc, rows)


@case
def h07():
    doc = new_doc()
    lddk_head(doc, "Eksperta atzinuma veidlapa")
    table(doc, [["Profesionālā kvalifikācija", "Elektromontieris"],
                ["LKI līmenis", "LKI 3. līmenis"],
                ["Eksperta vārds, uzvārds", "Rūta Pētersone"],
                ["Datums", "2026-03-02"]])
    para(doc, "")
    para(doc, "Ekspertīzes rezultāts (atbilstošo atzīmēt ar X)", italic=True)
    option_table(doc, "MIP", [False, True, False])
    para(doc, "")
    option_table(doc, "PKE", [True, False, False])
    para(doc, "")
    para(doc, "Pamatojums un precizējumi", bold=True)
    para(doc, "MIP modulī „Elektroinstalācijas montāža” jāaktualizē atsauces uz LVS HD 60364 standartu "
              "sēriju, jo norādītas novecojušas redakcijas. Modulī „Zibensaizsardzība” trūkst praktisko darbu. "
              "PKE saturs ir pārdomāts, iebildumu nav.")
    q = "elektromontieris"
    return doc, [row(q, "MIP", C, "Rūta Pētersone", "2026-03-02", 3),
                 row(q, "PKE", S, "Rūta Pētersone", "2026-03-02", 3)], []


@case
def h08():
    doc = new_doc("Arial", 10)
    para(doc, "MIP un PKE satura ekspertīzes atzinums", bold=True)
    para(doc, "Kvalifikācija: Meža mašīnu operators, LKI 3. līmenis")
    para(doc, "Eksperts: Kaspars Dūdiņš")
    para(doc, "Datums: 2026. gada 18. martā")
    para(doc, "Atzīmējiet ar V atbilstošo secinājumu katram dokumentam:")
    table(doc, [["Secinājums", "MIP", "PKE"],
                ["Saturs ir atbalstāms un virzāms saskaņošanai", "V", ""],
                ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
                ["Saturs nav atbalstāms", "", "V"]])
    para(doc, "")
    para(doc, "PKE praktiskā daļa paredz darbu tikai ar harvesteru simulatoru – tas nav pieņemami, "
              "eksāmenā jāiekļauj darbs ar reālu forvarderi vai harvesteru mežizstrādes vietā. Teorētiskās "
              "daļas jautājumi neaptver mežizstrādes vides prasības. PKE jāpārstrādā un jāiesniedz atkārtoti.")
    q = "meža mašīnu operators"
    return doc, [row(q, "MIP", S, "Kaspars Dūdiņš", "2026-03-18", 3),
                 row(q, "PKE", N, "Kaspars Dūdiņš", "2026-03-18", 3)], []


OPTS_P = ["saturs ir atbalstāms un virzāms saskaņošanai",
          "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
          "saturs nav atbalstāms"]


@case
def h09():
    doc = new_doc()
    para(doc, "Eksperta atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Būvizstrādājumu galdnieks")
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Normunds Grīnbergs")
    para(doc, "Datums: 2026. gada 9. martā")
    para(doc, "Modulārās izglītības programmas (MIP) saturs:", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        glyph(p, i == 1)
        runs(p, " " + o)
    para(doc, "Profesionālās kvalifikācijas eksāmena (PKE) saturs:", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        glyph(p, i == 0)
        runs(p, " " + o)
    para(doc, "Precizējumi MIP: modulī „Logu un durvju izgatavošana” jāiekļauj energoefektīvu logu "
              "montāžas mezgli; modulī „Kāpņu izgatavošana” jānorāda būvnormatīva LBN 208 prasības.")
    q = "būvizstrādājumu galdnieks"
    return doc, [row(q, "MIP", C, "Normunds Grīnbergs", "2026-03-09", 4),
                 row(q, "PKE", S, "Normunds Grīnbergs", "2026-03-09", 4)], []


@case
def h10():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True, align="c")
    para(doc, "Kvalifikācija: Koka izstrādājumu ražošanas tehniķis")
    para(doc, "LKI 4. līmenis")
    para(doc, "Ekspertīzi veica: Baiba Zvaigzne")
    para(doc, "Datums: 27.02.2026.")
    para(doc, "Secinājums par MIP (atzīmēt vienu):", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        wsym(p, "F0FE" if i == 0 else "F0A8")
        runs(p, "  " + o)
    para(doc, "Secinājums par PKE (atzīmēt vienu):", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        wsym(p, "F0FE" if i == 2 else "F0A8")
        runs(p, "  " + o)
    para(doc, "PKE pamatojums: eksāmena uzdevumi pārbauda tikai operatora līmeņa prasmes (iekārtu vadība), "
              "bet tehniķa kvalifikācijai būtiskā ražošanas procesa plānošana un kvalitātes vadība nav "
              "iekļauta vispār. Eksāmena saturs jāizstrādā no jauna.")
    q = "koka izstrādājumu ražošanas tehniķis"
    return doc, [row(q, "MIP", S, "Baiba Zvaigzne", "2026-02-27", 4),
                 row(q, "PKE", N, "Baiba Zvaigzne", "2026-02-27", 4)], []


@case
def h11():
    doc = new_doc("Calibri", 11)
    para(doc, "EKSPERTA ATZINUMS", bold=True, align="c")
    table(doc, [["Profesionālā kvalifikācija:", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"],
                ["LKI:", "4. LKI"],
                ["Eksperts:", "Uldis Kļaviņš"],
                ["Datums:", "2026. gada 4. martā"]])
    para(doc, "")
    t = table(doc, [["", "MIP", "PKE"]] + [[o.capitalize(), "", ""] for o in OPTS_P])
    for i in range(3):
        for col in (1, 2):
            sdt_checkbox(t.rows[i + 1].cells[col].paragraphs[0], i == 1)
    para(doc, "")
    para(doc, "MIP: modulī „Dzesēšanas iekārtu apkope” jāiekļauj F-gāzu regulas (ES) 2024/573 prasības; "
              "PKE: jāpapildina vērtēšanas kritēriji ar gaisa plūsmas mērījumu protokola aizpildīšanu.")
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    return doc, [row(q, "MIP", C, "Uldis Kļaviņš", "2026-03-04", 4),
                 row(q, "PKE", C, "Uldis Kļaviņš", "2026-03-04", 4)], []


@case
def h12():
    doc = new_doc()
    lddk_head(doc, "Ekspertīzes atzinums")
    para(doc, "Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis")
    para(doc, "Kvalifikācijas līmenis: LKI 4. līmenis")
    para(doc, "Eksperts: Māra Šmite")
    para(doc, "Datums: 2026. gada 11. februārī")
    para(doc, "1. MIP satura vērtējums", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        # option 0 was pre-ticked in the template and then unticked by the expert
        if i == 0:
            form_checkbox(p, False, style="trap")
        else:
            form_checkbox(p, i == 2)
        runs(p, " " + o)
    para(doc, "2. PKE satura vērtējums", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        form_checkbox(p, i == 1, style="default")
        runs(p, " " + o)
    para(doc, "Pamatojums: MIP nav iekļauti pneimatikas un hidraulikas moduļi, kas ir mehatronisko sistēmu "
              "tehniķa profesijas pamatā; rūpniecisko robotu programmēšana aprakstīta tikai teorētiski. "
              "Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei. PKE nepieciešami nelieli "
              "precizējumi vērtēšanas kritērijos.")
    q = "mehatronisko sistēmu tehniķis"
    return doc, [row(q, "MIP", N, "Māra Šmite", "2026-02-11", 4),
                 row(q, "PKE", C, "Māra Šmite", "2026-02-11", 4)], []


@case
def h13():
    doc = new_doc()
    para(doc, "Atzinums par profesionālās kvalifikācijas „Elektrotehniķis” MIP un PKE saturu", bold=True)
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Lauma Priede")
    para(doc, "Datums: 16.03.2026.")
    para(doc, "Vērtējot programmu, salīdzināju to ar elektrotehniķa profesionālās kvalifikācijas prasībām un "
              "nozares kvalifikāciju struktūru. Moduļu saturs atbilst prasībām, sasniedzamie rezultāti ir "
              "izmērāmi. Eksāmena vērtēšanas lapā jāsakārto punktu sadalījums (kopā 105 punkti, nevis 100).")
    para(doc, "Secinājums (nevajadzīgo svītrot):", bold=True)
    p = para(doc)
    runs(p, "MIP saturs ")
    runs(p, "ir atbalstāms un virzāms saskaņošanai")
    p = para(doc)
    runs(p, "MIP saturs ", ("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", {"strike": True}))
    p = para(doc)
    runs(p, "MIP saturs ", ("nav atbalstāms", {"strike": True}))
    p = para(doc)
    runs(p, "PKE saturs ", ("ir atbalstāms un virzāms saskaņošanai", {"strike": True}))
    p = para(doc)
    runs(p, "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")
    p = para(doc)
    runs(p, ("PKE saturs nav atbalstāms", {"strike": True}))
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", S, "Lauma Priede", "2026-03-16", 4),
                 row(q, "PKE", C, "Lauma Priede", "2026-03-16", 4)], []


@case
def h14():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums (labota redakcija)", bold=True)
    para(doc, "Profesionālā kvalifikācija: Mēbeļu galdnieks")
    para(doc, "LKI 4. līmenis")
    para(doc, "Eksperts: Inga Avotiņa")
    p = para(doc)
    runs(p, "Datums: ")
    dele(p, "2026. gada 2. martā", author="Inga Avotiņa")
    ins(p, "2026. gada 6. martā", author="Inga Avotiņa")
    para(doc, "Pēc sarunas ar darba grupas vadītāju precizēju savu vērtējumu. Darba grupa apņēmās papildināt "
              "moduli „Mīksto mēbeļu izgatavošana” ar polsterēšanas materiālu ugunsdrošības prasībām, tāpēc "
              "MIP vērtējumu mainu, bet PKE vērtējumu pēc papildu materiālu saņemšanas uzlaboju.")
    p = para(doc)
    runs(p, "MIP saturs ir atbalstāms")
    dele(p, " un virzāms saskaņošanai", author="Inga Avotiņa")
    ins(p, "; pēc precizējumu veikšanas virzāms saskaņošanai", author="Inga Avotiņa")
    runs(p, ".")
    p = para(doc)
    runs(p, "PKE saturs ")
    dele(p, "nav atbalstāms", author="Inga Avotiņa")
    ins(p, "ir atbalstāms un virzāms saskaņošanai", author="Inga Avotiņa")
    runs(p, ".")
    q = "mēbeļu galdnieks"
    return doc, [row(q, "MIP", C, "Inga Avotiņa", "2026-03-06", 4),
                 row(q, "PKE", S, "Inga Avotiņa", "2026-03-06", 4)], []


@case
def h15():
    doc = new_doc("Calibri", 11)
    para(doc, "Eksperta viedoklis par MIP un PKE saturu", bold=True)
    para(doc, "Kvalifikācija: Elektromontieris")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Gatis Upenieks")
    para(doc, "Datums: 2026-03-23")
    para(doc, "Programmā joprojām nav novērstas iepriekš norādītās nepilnības: nav moduļa par darbu "
              "elektroietaisēs zem sprieguma, nav praktisko darbu ar zemējuma pretestības mērīšanu, "
              "darba aizsardzības modulis ir pārrakstīts no cita līmeņa programmas.")
    p = para(doc)
    dele(p, "Atbalstu", author="Gatis Upenieks", date="2026-03-23T08:00:00Z")
    ins(p, "Neatbalstu", author="Gatis Upenieks", date="2026-03-23T08:00:00Z")
    runs(p, " MIP saturu pašreizējā redakcijā", )
    dele(p, " un iesaku to virzīt saskaņošanai", author="Gatis Upenieks", date="2026-03-23T08:00:00Z")
    runs(p, ".")
    p = para(doc)
    ins(p, "PKE saturs ir atbalstāms un virzāms saskaņošanai – eksāmena uzdevumi ir labi sagatavoti.",
        author="Gatis Upenieks", date="2026-03-23T08:05:00Z")
    q = "elektromontieris"
    return doc, [row(q, "MIP", N, "Gatis Upenieks", "2026-03-23", 3),
                 row(q, "PKE", S, "Gatis Upenieks", "2026-03-23", 3)], []


@case
def h16():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums par profesionālās kvalifikācijas „Elektrotehniķa” modulārās izglītības "
              "programmas (MIP) saturu", bold=True, align="c")
    para(doc, "Eksperte: Mg. sc. ing. Baiba Zvaigzne")
    para(doc, "2026. gada 2. aprīlī")
    para(doc, "Iesniegtā programma ir izstrādāta, ņemot vērā iepriekšējā atzinumā izteiktos priekšlikumus. "
              "Moduļos „Elektroenerģijas sadale” un „Automatizācijas pamati” ir papildināti sasniedzamie "
              "rezultāti, vērtēšanas kritēriji saskaņoti ar profesionālās kvalifikācijas prasībām. Moduļa "
              "„Elektrodrošība” apjoms palielināts līdz 80 stundām, kā tika ieteikts.")
    para(doc, "Secinu, ka MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", S, "Baiba Zvaigzne", "2026-04-02", 4)], []


@case
def h17():
    doc = new_doc()
    para(doc, "Profesionālās kvalifikācijas “Meža mašīnu operatora” profesionālās kvalifikācijas eksāmena "
              "(PKE) satura ekspertīzes atzinums", bold=True, align="c")
    para(doc, "Eksperts: Kaspars Dūdiņš, 2026. gada 30. martā")
    para(doc, "Eksāmena saturs ir pārstrādāts, bet galvenā problēma paliek: praktiskā daļa notiek tikai "
              "simulatorā. Darba devēji uzskata, ka bez reāla darba ar mežizstrādes tehniku kvalifikāciju "
              "piešķirt nav iespējams. Tāpat vērtēšanas kritērijos nav iekļauta degvielas un smērvielu "
              "noplūdes novēršana, kas ir būtiska vides prasība.")
    para(doc, "PKE saturs nav atbalstāms.")
    q = "meža mašīnu operators"
    return doc, [row(q, "PKE", N, "Kaspars Dūdiņš", "2026-03-30", 3)], []


@case
def h18():
    doc = new_doc()
    lddk_head(doc, "Enerģētikas nozares eksperta atzinums")
    para(doc, "Eksperts: Uldis Kļaviņš")
    para(doc, "Datums: 2026. gada 27. martā")
    para(doc, "Šajā atzinumā apkopots mans vērtējums par divām enerģētikas nozares kvalifikācijām.")
    para(doc, "1. Elektromontieris (LKI 3. līmenis)", bold=True)
    para(doc, "MIP ir labi strukturēta, moduļi atbilst elektromontiera darba pienākumiem. MIP saturs ir "
              "atbalstāms un virzāms saskaņošanai. Eksāmena praktiskajā uzdevumā jāprecizē izmantojamo "
              "materiālu saraksts un jānorāda, kas nodrošina kabeļus; PKE saturs ir atbalstāms, pēc "
              "precizējumu veikšanas virzāms saskaņošanai.")
    para(doc, "2. Elektrotehniķis (LKI 4. līmenis)", bold=True)
    para(doc, "Elektrotehniķa MIP modulī „Releju aizsardzība un automātika” trūkst digitālo aizsardzības "
              "termināļu, tas jāpapildina, tāpat jāsaskaņo moduļu kredītpunkti ar kopējo apjomu. Līdz ar to "
              "MIP saturs ir atbalstāms ar precizējumiem. PKE saturs ir atbalstāms un virzāms saskaņošanai "
              "bez precizējumiem.")
    e, d = "Uldis Kļaviņš", "2026-03-27"
    return doc, [row("elektromontieris", "MIP", S, e, d, 3), row("elektromontieris", "PKE", C, e, d, 3),
                 row("elektrotehniķis", "MIP", C, e, d, 4), row("elektrotehniķis", "PKE", S, e, d, 4)], []


@case
def h19():
    doc = new_doc("Calibri", 11)
    para(doc, "Kokrūpniecības nozares eksperta atzinums par MIP un PKE saturu", bold=True)
    para(doc, "Eksperte: Sarmīte Vanaga")
    para(doc, "Rīgā, 20.03.2026.")
    para(doc, "Izvērtēju divu radniecīgu kvalifikāciju dokumentus vienlaikus, jo tiem ir kopīgi moduļi. "
              "Detalizētas piezīmes pievienotas dokumentos ar komentāriem; zemāk kopsavilkums.")
    table(doc, [["Kvalifikācija", "LKI", "MIP", "PKE"],
                ["Kokapstrādes iekārtu operators", "3", "atbalstāms un virzāms saskaņošanai",
                 "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                ["Datorizētu kokapstrādes iekārtu operators", "4", "nav atbalstāms – jāpārstrādā CNC moduļi",
                 "atbalstāms un virzāms saskaņošanai"]])
    e, d = "Sarmīte Vanaga", "2026-03-20"
    q1, q2 = "kokapstrādes iekārtu operators", "datorizētu kokapstrādes iekārtu operators"
    return doc, [row(q1, "MIP", S, e, d, 3), row(q1, "PKE", C, e, d, 3),
                 row(q2, "MIP", N, e, d, 4), row(q2, "PKE", S, e, d, 4)], []


@case
def h20():
    doc = new_doc()
    para(doc, "Nozaru ekspertu iesaiste – progresa pārskats", bold=True)
    para(doc, "Projekta 4. posmā (2026.gada 1.janvāris – 2026.gada 31.marts) ar LDDK deleģējumu iesaistītie "
              "nozaru eksperti turpināja MIP un PKE satura ekspertēšanu. Ekspertīzes mērķis ir izvērtēt, vai "
              "darba grupu izstrādātais saturs ir atbalstāms un virzāms saskaņošanai.")
    para(doc, "Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:")
    for t in ["elektromontieris (MIP saturs ir atbalstāms un virzāms saskaņošanai; PKE saturs nav atbalstāms);",
              "mēbeļu galdnieks (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; PKE "
              "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai);",
              "VGK iekārtu remontatslēdznieks (MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai)."]:
        para(doc, "· " + t)
    para(doc, "Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:")
    para(doc, "1) kokrūpniecības nozarē:")
    for t in ["motorzāģa operators,", "meža mašīnu operators,", "būvizstrādājumu galdnieks."]:
        para(doc, "· " + t)
    para(doc, "2) mašīnbūves un metālapstrādes nozarē:")
    para(doc, "· mehatronisko sistēmu tehniķis.")
    para(doc, "MIP un PKE satura ekspertēšanu plānots pabeigt 2026.gada jūlijā (projekta 5.posms).")
    para(doc, "Rīgā, 2026. gada 3. aprīlī")
    d = "2026-04-03"
    q3 = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    return doc, [row("elektromontieris", "MIP", S, "", d, 3), row("elektromontieris", "PKE", N, "", d, 3),
                 row("mēbeļu galdnieks", "MIP", C, "", d, 4), row("mēbeļu galdnieks", "PKE", C, "", d, 4),
                 row(q3, "MIP", S, "", d, 3), row(q3, "PKE", S, "", d, 3)], []


@case
def h21():
    doc = new_doc("Calibri", 11)
    para(doc, "Ekspertīžu rezultātu kopsavilkums (koordinatora apkopojums)", bold=True)
    para(doc, "Sagatavots: 2026-04-07")
    para(doc, "Tabulā apkopoti ekspertu atzinumi, kas saņemti līdz pārskata perioda beigām. Ja atzinums "
              "atkārtots, norādīts jaunākais vērtējums.")
    table(doc, [["Nr.", "Kvalifikācija", "LKI", "MIP", "PKE"],
                ["1.", "Meža mašīnu operators", "3", "atbalstīts", "neatbalstīts"],
                ["2.", "Koka izstrādājumu ražošanas tehniķis", "4", "atbalstīts ar precizējumiem",
                 "atbalstīts"],
                ["3.", "Mehatronisko sistēmu tehniķis", "4", "atbalstīts ar precizējumiem",
                 "atbalstīts ar precizējumiem"]])
    d = "2026-04-07"
    return doc, [row("meža mašīnu operators", "MIP", S, "", d, 3),
                 row("meža mašīnu operators", "PKE", N, "", d, 3),
                 row("koka izstrādājumu ražošanas tehniķis", "MIP", C, "", d, 4),
                 row("koka izstrādājumu ražošanas tehniķis", "PKE", S, "", d, 4),
                 row("mehatronisko sistēmu tehniķis", "MIP", C, "", d, 4),
                 row("mehatronisko sistēmu tehniķis", "PKE", C, "", d, 4)], []


@case
def h22():
    doc = new_doc()
    lddk_head(doc, "Eksperta atzinums")
    para(doc, "Profesionālā kvalifikācija: Metālapstrādes tehniķis")
    para(doc, "LKI līmenis: 4")
    para(doc, "Nozare: mašīnbūve un metālapstrāde")
    para(doc, "Eksperts: Raivis Bērziņš")
    para(doc, "Datums: 2026. gada 13. martā")
    para(doc, "Programma aptver metālapstrādes tehnoloģiju plānošanu, CNC iekārtu programmēšanu un "
              "kvalitātes kontroli. Moduļi ir aktuāli un atbilst nozares uzņēmumu vajadzībām. Eksāmena "
              "vērtēšanas lapā jānorāda mērījumu pielaides un jāpievieno tehniskais rasējums.")
    para(doc, "MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms; pēc precizējumu "
              "veikšanas virzāms saskaņošanai.")
    q = "Metālapstrādes tehniķis"
    return doc, [row(q, "MIP", S, "Raivis Bērziņš", "2026-03-13", 4),
                 row(q, "PKE", C, "Raivis Bērziņš", "2026-03-13", 4)], ["unknown_qualification"]


@case
def h23():
    doc = new_doc()
    para(doc, "Atzinums par profesionālās kvalifikācijas „Saules elektrostaciju montiera” (LKI 3. līmenis) "
              "modulārās izglītības programmas saturu", bold=True, align="c")
    para(doc, "Eksperts: Jānis Bērziņš")
    para(doc, "Datums: 25.03.2026.")
    para(doc, "Programmā nav nošķirti darbi augstumā uz jumta un darbi ar līdzstrāvas ķēdēm, kas ir divi "
              "atšķirīgi riska veidi. Invertoru pieslēgšana aprakstīta vispārīgi, nav atsauces uz sadales "
              "sistēmas operatora tehniskajiem noteikumiem. Programma būtiski jāpārstrādā.")
    para(doc, "MIP saturs nav atbalstāms; pēc pārstrādes lūdzu iesniegt atkārtotai ekspertīzei.")
    q = "Saules elektrostaciju montieris"
    return doc, [row(q, "MIP", N, "Jānis Bērziņš", "2026-03-25", 3)], ["unknown_qualification"]


@case
def h24():
    doc = new_doc()
    lddk_head(doc, "Eksperta piezīmes")
    para(doc, "Profesionālā kvalifikācija: Kokapstrādes iekārtu operators")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Edgars Krūmiņš")
    para(doc, "Datums: 2026. gada 16. februārī")
    para(doc, "Ekspertīzes mērķis ir izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai, vai arī nepieciešami precizējumi.")
    para(doc, "Pirmās iepazīšanās laikā konstatēju, ka darba grupa nav iesniegusi visus PKE pielikumus "
              "(vērtēšanas lapas un praktiskā uzdevuma rasējumus), bet MIP ir iesniegta tikai daļēji – trūkst "
              "moduļu „Kokmateriālu žāvēšana” un „Iekārtu apkope” aprakstu. Šobrīd sniedzu tikai piezīmes par "
              "iesniegtajām daļām: moduļa „Zāģēšana” saturs ir labs, moduļa „Frēzēšana” rezultāti jāsasaista "
              "ar darba drošības prasībām.")
    para(doc, "Galīgo atzinumu par MIP un PKE sniegšu pēc tam, kad darba grupa būs iesniegusi pilnu "
              "dokumentu komplektu.")
    q = "kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", U, "Edgars Krūmiņš", "2026-02-16", 3),
                 row(q, "PKE", U, "Edgars Krūmiņš", "2026-02-16", 3)], ["no_verdict"]


@case
def h25():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks")
    para(doc, "LKI 3. līmenis")
    para(doc, "Eksperts: Gatis Upenieks")
    para(doc, "Datums: 2026. gada 19. martā")
    para(doc, "Kopsavilkums", bold=True)
    para(doc, "MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai.")
    para(doc, "Detalizēts vērtējums", bold=True)
    para(doc, "MIP modulī „Ventilācijas iekārtu remonts” nav iekļauti rekuperatoru siltummaiņu tīrīšanas un "
              "dezinfekcijas darbi, modulis „Aukstuma aģenti” neatbilst F-gāzu regulas prasībām, stundu "
              "sadalījums starp teoriju un praksi neatbilst MK noteikumiem. Ņemot vērā minēto, MIP saturs "
              "nav atbalstāms un ir jāpārstrādā.")
    para(doc, "PKE uzdevumi ir atbilstoši, iebildumu nav.")
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    return doc, [row(q, "MIP", U, "Gatis Upenieks", "2026-03-19", 3),
                 row(q, "PKE", S, "Gatis Upenieks", "2026-03-19", 3)], ["conflict"]


@case
def h26():
    doc = new_doc("Arial", 10)
    para(doc, "EKSPERTA ATZINUMA VEIDLAPA", bold=True, align="c")
    table(doc, [["Kvalifikācija", "Motorzāģa operators"], ["LKI", "3"],
                ["Eksperts", "Dace Liepa"], ["Datums", "10.03.2026."]])
    para(doc, "")
    para(doc, "Vērtējums (atzīmēt ar X):")
    option_table(doc, "MIP", [False, True, False])
    para(doc, "")
    option_table(doc, "PKE", [True, False, True])
    para(doc, "")
    para(doc, "Piezīmes: MIP jāpapildina ar pirmās palīdzības sniegšanu mežā.")
    q = "motorzāģa operators"
    return doc, [row(q, "MIP", C, "Dace Liepa", "2026-03-10", 3),
                 row(q, "PKE", U, "Dace Liepa", "2026-03-10", 3)], ["conflict"]


@case
def h27():
    doc = new_doc()
    para(doc, "Eksperta atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Mežsaimniecības tehniķis")
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Aivars Ozols")
    para(doc, "Datums: 2026. gada 26. martā")
    para(doc, "MIP:", bold=True)
    for i, o in enumerate(OPTS_P):
        p = para(doc)
        glyph(p, i == 0)
        runs(p, " " + o)
    para(doc, "PKE:", bold=True)
    for o in OPTS_P:
        p = para(doc)
        glyph(p, False)
        runs(p, " " + o)
    para(doc, "MIP ir sagatavota kvalitatīvi. PKE dokumentācija saņemta novēloti, to izvērtēšu atsevišķi.")
    q = "mežsaimniecības tehniķis"
    return doc, [row(q, "MIP", S, "Aivars Ozols", "2026-03-26", 4),
                 row(q, "PKE", U, "Aivars Ozols", "2026-03-26", 4)], ["no_verdict"]


@case
def h28():
    doc = new_doc()
    lddk_head(doc, "Ekspertīzes atzinums")
    para(doc, "Norādījumi ekspertam: atzinumā par katru dokumentu norāda vienu no šiem secinājumiem: "
              "a) saturs ir atbalstāms un virzāms saskaņošanai; b) saturs ir atbalstāms; pēc precizējumu "
              "veikšanas virzāms saskaņošanai; c) saturs nav atbalstāms.", italic=True, size=10)
    para(doc, "Ekspertīzes mērķis – izvērtēt, vai modulārās izglītības programmas un profesionālās "
              "kvalifikācijas eksāmena saturs atbilst profesionālās kvalifikācijas prasībām un ir atbalstāms.",
         italic=True, size=10)
    para(doc, "Profesionālā kvalifikācija: Būvizstrādājumu galdnieks")
    para(doc, "LKI līmenis: LKI 4. līmenis")
    para(doc, "Eksperts: Normunds Grīnbergs")
    para(doc, "Datums: 2026. gada 31. martā")
    para(doc, "Programma kopumā sagatavota atbilstoši kvalifikācijas prasībām, bet modulī „Koka logu "
              "izgatavošana” nav iekļauta stiklojuma paketes iestiklošana, un praktiskajām mācībām paredzētās "
              "iekārtas neatbilst mūsdienu ražošanai. MIP saturu atbalstu ar nosacījumu, ka tiks novērstas "
              "norādītās nepilnības, un pēc tam to var virzīt saskaņošanai.")
    para(doc, "Uzskatu, ka PKE saturs ir jāpilnveido un pēc tam virzāms saskaņošanai: teorijas testā ir "
              "pārāk daudz jautājumu par vēsturi un stiliem, bet par materiālu mitruma kontroli – neviena.")
    q = "būvizstrādājumu galdnieks"
    return doc, [row(q, "MIP", C, "Normunds Grīnbergs", "2026-03-31", 4),
                 row(q, "PKE", C, "Normunds Grīnbergs", "2026-03-31", 4)], []


@case
def h29():
    doc = new_doc()
    para(doc, "Atkārtotās ekspertīzes atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis")
    para(doc, "LKI 4. līmenis")
    para(doc, "Eksperts: Māra Šmite")
    para(doc, "Datums: 2026. gada 20. martā")
    para(doc, "Iepriekšējā ekspertīzē (2025. gada 18. novembrī) MIP saturs netika atbalstīts, jo programmā "
              "nebija pneimatikas un hidraulikas moduļu. PKE iepriekšējā redakcijā tika atbalstīts ar "
              "precizējumiem.")
    para(doc, "Darba grupa ir iekļāvusi moduli „Pneimatiskās un hidrauliskās sistēmas” (120 stundas) un "
              "papildinājusi robotikas moduli ar praktiskajiem darbiem. Precizējumi PKE vērtēšanas kritērijos ir "
              "veikti pilnā apjomā.")
    para(doc, "Atkārtotās ekspertīzes rezultātā MIP saturs ir atbalstāms un virzāms saskaņošanai. Arī PKE "
              "saturs ir atbalstāms un virzāms saskaņošanai.")
    q = "mehatronisko sistēmu tehniķis"
    return doc, [row(q, "MIP", S, "Māra Šmite", "2026-03-20", 4),
                 row(q, "PKE", S, "Māra Šmite", "2026-03-20", 4)], []


@case
def h30():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Koka izstrādājumu ražošanas tehniķis")
    para(doc, "LKI: 4")
    para(doc, "Eksperts: Rūta Pētersone")
    para(doc, "Datums: 03.03.2026.")
    para(doc, "Programmā labi sabalansēta teorija un prakse. Ražošanas plānošanas modulis atbilst "
              "uzņēmumu praksei, izmantota ERP sistēmu terminoloģija.")
    p = para(doc)
    r1 = runs(p, "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    doc.add_comment(r1, text="Varbūt tomēr rakstīt, ka MIP saturs nav atbalstāms, kamēr nav labots "
                             "stundu skaits? Lūdzu pārdomāt.", author="Andris Liepiņš", initials="AL")
    p = para(doc)
    r2 = runs(p, "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai – jāprecizē "
                 "praktiskā uzdevuma izpildes laiks.")
    doc.add_comment(r2, text="Piekrītu, PKE saturs ir atbalstāms un virzāms saskaņošanai arī bez šī labojuma.",
                    author="Ieva Kronberga", initials="IK")
    q = "koka izstrādājumu ražošanas tehniķis"
    return doc, [row(q, "MIP", S, "Rūta Pētersone", "2026-03-03", 4),
                 row(q, "PKE", C, "Rūta Pētersone", "2026-03-03", 4)], []


@case
def h31():
    doc = new_doc()
    para(doc, "Atzinums", bold=True)
    para(doc, "Kvalifikācija: VGK iekārtu remontatslēdznieks")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Lauma Priede")
    para(doc, "Datums: 2026. gada 5. februārī")
    para(doc, "Iepazinos ar iesniegto programmu un eksāmena materiāliem. Programma lielā mērā dublē "
              "ventilācijas sistēmu tehniķa programmu un neatspoguļo remontatslēdznieka darba specifiku – "
              "nav iekļauta ventilatoru balansēšana, gultņu maiņa, siksnu piedziņas regulēšana.")
    para(doc, "MIP saturs pašreizējā redakcijā nav pilnībā atbalstāms: nepieciešama būtiska pārstrāde un "
              "atkārtota ekspertīze.")
    para(doc, "PKE saturs kopumā netiek atbalstīts, jo eksāmena praktiskais uzdevums neatbilst 3. LKI "
              "līmeņa kvalifikācijai.")
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    return doc, [row(q, "MIP", N, "Lauma Priede", "2026-02-05", 3),
                 row(q, "PKE", N, "Lauma Priede", "2026-02-05", 3)], []


@case
def h32():
    doc = new_doc()
    para(doc, "Nozares eksperta atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Motorzāģa operators")
    para(doc, "LKI 3. līmenis")
    para(doc, "Eksperts: Gatis Upenieks")
    para(doc, "Datums: 2026. gada 12. martā")
    para(doc, "Neskatoties uz nelielām stilistiskām neprecizitātēm, kas neietekmē satura kvalitāti, MIP "
              "saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.")
    para(doc, "Nav iebildumu arī pret PKE saturu; iesaku to virzīt saskaņošanai.")
    q = "motorzāģa operators"
    return doc, [row(q, "MIP", S, "Gatis Upenieks", "2026-03-12", 3),
                 row(q, "PKE", S, "Gatis Upenieks", "2026-03-12", 3)], []


@case
def h33():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Elektromontieris, LKI 3. līmenis")
    para(doc, "Ekspertīzi veica: Kaspars Dūdiņš")
    para(doc, "Datums: 2026-02-09")
    para(doc, "MIP saturs ir atbalstāms bez precizējumiem un virzāms saskaņošanai.")
    para(doc, "PKE saturs ir atbalstāms, bet virzāms saskaņošanai tikai pēc precizējumiem: jānorāda "
              "praktiskā uzdevuma izpildei nepieciešamo materiālu specifikācija un jāpārskata punktu "
              "sadalījums vērtēšanas lapā.")
    q = "elektromontieris"
    return doc, [row(q, "MIP", S, "Kaspars Dūdiņš", "2026-02-09", 3),
                 row(q, "PKE", C, "Kaspars Dūdiņš", "2026-02-09", 3)], []


@case
def h34():
    doc = new_doc()
    p = para(doc)
    runs(p, ("Ekspertīzes ", {"bold": True}), ("atzinums", {"bold": True}))
    p = para(doc)
    runs(p, "Profesionālā\u00a0kvalifikācija: ", ("Meža ", {"bold": True}), ("mašīnu operators", {"bold": True}))
    p = para(doc)
    runs(p, "LKI\u00a0", "līmenis: ", ("3", {"bold": True}))
    p = para(doc)
    runs(p, "Eksperts: ", "Edgars", "\u00a0", "Krūmiņš")
    p = para(doc)
    runs(p, "Datums: 2026. gada\u00a0", "17.\u00a0", "februārī")
    para(doc, "Izvērtēju „Meža mašīnu operators” programmas un eksāmena saturu. Programmā ir labi "
              "iekļauta harvestera un forvardera tehniskā apkope, bet nav praktisko darbu ar kokmateriālu "
              "uzmērīšanas sistēmām (StanForD). Tas jāpapildina.")
    p = para(doc)
    runs(p, "MIP sat", ("urs ir atbal", {"italic": True}), "stāms; pēc preci", "zējumu veikšanas ",
         ("virzāms", {"bold": True}), "\u00a0saskaņošanai.")
    p = para(doc)
    runs(p, "PKE\u00a0saturs ir ", "atbalstāms un ", "virzāms\u00a0saskaņo", "šanai.")
    q = "meža mašīnu operators"
    return doc, [row(q, "MIP", C, "Edgars Krūmiņš", "2026-02-17", 3),
                 row(q, "PKE", S, "Edgars Krūmiņš", "2026-02-17", 3)], []


@case
def h35():
    doc = new_doc()
    para(doc, "Eksperta atzinums par profesionālās kvalifikācijas „Elektrotehniķis” MIP un PKE saturu",
         bold=True, align="c")
    para(doc, "LKI 4. līmenis | Eksperts: Inga Avotiņa | Datums: 2026. gada 21. janvārī")
    para(doc, "Vispārīgi programma ir sakārtota, bet eksāmena dokumentācijā konstatētas būtiskas "
              "nepilnības: praktiskajā uzdevumā nav paredzēta aizsardzības iestatījumu pārbaude, vērtēšanas "
              "kritēriji nav sasaistīti ar kvalifikācijas prasībām.")
    p = para(doc)
    textbox(p, ["ATZINUMS", "MIP saturs ir atbalstāms un virzāms saskaņošanai.", "PKE saturs nav atbalstāms."])
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", S, "Inga Avotiņa", "2026-01-21", 4),
                 row(q, "PKE", N, "Inga Avotiņa", "2026-01-21", 4)], []


@case
def h36():
    doc = new_doc("Calibri", 11)
    para(doc, "Ekspertīzes atzinums", bold=True, align="c")
    outer = doc.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    cell_p(outer.cell(0, 0), "Vispārīgā informācija", bold=True)
    inner = outer.cell(0, 1).add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for k, v in [("Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"),
                 ("LKI", "3. līmenis"), ("Eksperts", "Raivis Bērziņš"), ("Datums", "2026. gada 14. janvārī")]:
        c = inner.add_row().cells
        cell_p(c[0], k)
        cell_p(c[1], v)
    cell_p(outer.cell(1, 0), "Atzinums", bold=True)
    inner2 = outer.cell(1, 1).add_table(rows=0, cols=2)
    inner2.style = "Table Grid"
    for k, v in [("MIP", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (jāpapildina modulis "
                         "„Kanālu montāža” ar ugunsdrošības vārstu uzstādīšanu)"),
                 ("PKE", "Atbalstāms un virzāms saskaņošanai")]:
        c = inner2.add_row().cells
        cell_p(c[0], k)
        cell_p(c[1], v)
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    return doc, [row(q, "MIP", C, "Raivis Bērziņš", "2026-01-14", 3),
                 row(q, "PKE", S, "Raivis Bērziņš", "2026-01-14", 3)], []


@case
def h37():
    doc = new_doc()
    hdr = doc.sections[0].header
    hp = hdr.paragraphs[0]
    hp.text = "LDDK nozares eksperta atzinums | Eksperts: Normunds Grīnbergs | 2026. gada 9. aprīlī"
    para(doc, "Profesionālā kvalifikācija: Datorizētu kokapstrādes iekārtu operators (LKI 4. līmenis)")
    para(doc, "Esmu izskatījis atkārtoti iesniegto MIP un PKE saturu. Iepriekš norādītās nepilnības CNC "
              "programmēšanas modulī ir novērstas, iekļauta CAM programmatūras apguve. Eksāmena uzdevumi ir "
              "reāli izpildāmi skolas darbnīcā pieejamajās iekārtās.")
    para(doc, "MIP saturs ir atbalstāms un virzāms saskaņošanai; arī PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai.")
    q = "datorizētu kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", S, "Normunds Grīnbergs", "2026-04-09", 4),
                 row(q, "PKE", S, "Normunds Grīnbergs", "2026-04-09", 4)], []


@case
def h38():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Koka izstrādājumu ražošanas tehniķis (PKL 3)")
    para(doc, "Eksperts: Uldis Kļaviņš")
    para(doc, "Datums: 2026. gada 8. janvārī")
    para(doc, "Programma izstrādāta uz vecā profesijas standarta bāzes, bet darba grupa to ir pārveidojusi "
              "atbilstoši jaunajām profesionālās kvalifikācijas prasībām. Ražošanas procesu plānošana, "
              "kvalitātes vadība un iekārtu apkopes organizēšana ir aptverta pilnībā.")
    para(doc, "Abus dokumentus – gan MIP, gan PKE – iesaku virzīt saskaņošanai bez labojumiem.")
    q = "koka izstrādājumu ražošanas tehniķis"
    return doc, [row(q, "MIP", S, "Uldis Kļaviņš", "2026-01-08", 4),
                 row(q, "PKE", S, "Uldis Kļaviņš", "2026-01-08", 4)], []


@case
def h39():
    doc = new_doc()
    para(doc, "Rīgā, 2026. g. 3. februārī", align="r")
    para(doc, "Valsts izglītības satura centram", align="r")
    para(doc, "Par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) MIP un PKE satura "
              "ekspertīzi", bold=True)
    para(doc, "Pēc LDDK deleģējuma esmu izvērtējusi darba grupas izstrādāto modulārās izglītības programmas "
              "un profesionālās kvalifikācijas eksāmena saturu. Diemžēl programmā nav ievērota iepriekšējā "
              "tikšanās reizē panāktā vienošanās par moduļa „Mēbeļu restaurācija” iekļaušanu, bet CNC "
              "apstrādes modulis ir tikai 40 stundas, kas nav pietiekami. Tāpēc MIP nevaru atbalstīt – tā "
              "jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")
    para(doc, "PKE programma ir atbalstāma, pēc precizējumu veikšanas virzāma saskaņošanai: jāsaskaņo "
              "praktiskā uzdevuma rasējums ar vērtēšanas lapu.")
    para(doc, "")
    para(doc, "Ar cieņu")
    para(doc, "kokrūpniecības nozares eksperte")
    para(doc, "_____________ /Rūta Pētersone/")
    q = "mēbeļu galdnieks"
    return doc, [row(q, "MIP", N, "Rūta Pētersone", "2026-02-03", 4),
                 row(q, "PKE", C, "Rūta Pētersone", "2026-02-03", 4)], []


@case
def h40():
    doc = new_doc()
    para(doc, "Eksperta atzinums par MIP", bold=True)
    para(doc, "Profesionālā kvalifikācija: Mežsaimniecības tehniķis")
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Dace Liepa")
    para(doc, "Datums: 2026. gada 6. februārī")
    para(doc, "Šis atzinums attiecas tikai uz modulāro izglītības programmu; PKE saturs tiks vērtēts "
              "atsevišķi, kad darba grupa to iesniegs.")
    para(doc, "Programmā nav iekļauta meža atjaunošanas plānošana un jaunaudžu kopšanas organizēšana, kas "
              "tehniķim ir pamatdarbs. MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
              "saskaņošanai.")
    q = "mežsaimniecības tehniķis"
    return doc, [row(q, "MIP", C, "Dace Liepa", "2026-02-06", 4)], []


@case
def h41():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis")
    para(doc, "LKI līmenis: 4. līmenis")
    para(doc, "Eksperts: Jānis Bērziņš")
    para(doc, "Datums: 2026. gada 15. janvārī")
    para(doc, "Modulārā izglītības programma ir atbalstīta, un iesaku to virzīt saskaņošanai – moduļi "
              "aptver visas mehatronisko sistēmu tehniķa kompetences.")
    para(doc, "Profesionālās kvalifikācijas eksāmena saturs jāprecizē (jānovērš pretrunas starp uzdevuma "
              "aprakstu un vērtēšanas lapu); pēc tam to var virzīt saskaņošanai.")
    q = "mehatronisko sistēmu tehniķis"
    return doc, [row(q, "MIP", S, "Jānis Bērziņš", "2026-01-15", 4),
                 row(q, "PKE", C, "Jānis Bērziņš", "2026-01-15", 4)], []


@case
def h42():
    doc = new_doc("Calibri", 11)
    para(doc, "Eksperta atzinums", bold=True)
    para(doc, "Kvalifikācija: Kokapstrādes iekārtu operators; LKI līmenis: 3")
    para(doc, "Eksperts: Baiba Zvaigzne; datums: 23.01.2026.")
    para(doc, "Piezīmes", bold=True)
    for t in ["1. Modulī „Kokmateriālu šķirošana” jāiekļauj vizuālās šķirošanas standarts LVS EN 1611-1.",
              "2. Modulī „Ēvelēšana” jānorāda asmeņu nomaiņas drošības prasības.",
              "3. Moduļu kredītpunktu summa nesakrīt ar kopējo programmas apjomu (62 nevis 60).",
              "4. Terminoloģija jāsaskaņo ar kokrūpniecības nozares terminu vārdnīcu."]:
        para(doc, t)
    para(doc, "Secinājumi", bold=True)
    para(doc, "1) MIP – atbalstāms ar precizējumiem (sk. 1.–4. piezīmi).")
    para(doc, "2) PKE – atbalstāms, virzāms saskaņošanai.")
    q = "kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", C, "Baiba Zvaigzne", "2026-01-23", 3),
                 row(q, "PKE", S, "Baiba Zvaigzne", "2026-01-23", 3)], []


@case
def h43():
    doc = new_doc()
    para(doc, "Eksperta atzinumi par VGK sistēmu tehniķa MIP un PKE", bold=True)
    para(doc, "Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, LKI 4")
    para(doc, "Eksperts: Sarmīte Vanaga")
    para(doc, "1. ekspertīze (2026-01-15)", bold=True)
    para(doc, "Programmā nav moduļa par ēku automatizācijas sistēmām (BMS), siltumsūkņu tēma aplūkota "
              "virspusēji. Secinājums: MIP saturs nav atbalstāms.")
    para(doc, "2. ekspertīze (2026-03-10)", bold=True)
    para(doc, "Darba grupa iekļāvusi moduli „Ēku inženiersistēmu automatizācija”, siltumsūkņu tēma "
              "izvērsta. Secinājums: MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir "
              "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (jāprecizē eksāmena ilgums).")
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    return doc, [row(q, "MIP", S, "Sarmīte Vanaga", "2026-03-10", 4),
                 row(q, "PKE", C, "Sarmīte Vanaga", "2026-03-10", 4)], []


@case
def h44():
    doc = new_doc("Arial", 10)
    para(doc, "EKSPERTA ATZINUMS", bold=True)
    table(doc, [["Kvalifikacija", "VGK sistemu tehnikis"], ["LKI", "4"],
                ["Eksperts", "Gatis Upenieks"], ["Datums", "2026-01-29"]])
    para(doc, "")
    para(doc, "Komentari: programma un eksamens ir sagatavoti kvalitativi, nozares uznemumi piedalijas "
              "darba grupa, tapec saturs atbilst darba tirgus vajadzibam.")
    para(doc, "Atzinums: atbalstams un virzams saskanosanai (gan MIP, gan PKE).")
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    return doc, [row(q, "MIP", S, "Gatis Upenieks", "2026-01-29", 4),
                 row(q, "PKE", S, "Gatis Upenieks", "2026-01-29", 4)], []


@case
def h45():
    doc = new_doc("Calibri", 11)
    para(doc, "Ekspertīzes rezultātu veidlapa", bold=True, align="c")
    table(doc, [["Profesionālā kvalifikācija", "Būvizstrādājumu galdnieks"],
                ["LKI līmenis", "LKI 4. līmenis"],
                ["Eksperta vārds, uzvārds", "Lauma Priede"],
                ["Datums", "2026. gada 4. februārī"]])
    para(doc, "")
    table(doc, [["Dokuments", "Atbalstāms un virzāms saskaņošanai",
                 "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Nav atbalstāms"],
                ["MIP", "", "✓", ""],
                ["PKE", "", "", "✓"]])
    para(doc, "")
    para(doc, "MIP: jāpapildina ar koka fasādes apdares elementu izgatavošanu. PKE: eksāmena uzdevums "
              "pārbauda tikai mēbeļu galdnieka prasmes, nevis būvizstrādājumu izgatavošanu; jāizstrādā no jauna.")
    q = "būvizstrādājumu galdnieks"
    return doc, [row(q, "MIP", C, "Lauma Priede", "2026-02-04", 4),
                 row(q, "PKE", N, "Lauma Priede", "2026-02-04", 4)], []


@case
def h46():
    doc = new_doc()
    para(doc, "Atzinums par MIP un PKE saturu", bold=True)
    para(doc, "Profesionālā kvalifikācija: Elektromontieris")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Māra Šmite")
    para(doc, "Datums: 2026. gada 26. janvārī")
    para(doc, "Ekspertīzes rezultāts (nevajadzīgo svītrot):", italic=True)
    p = para(doc)
    runs(p, "MIP saturs: ", ("atbalstāms un virzāms saskaņošanai", {"strike": True}), " / ",
         "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", " / ", ("nav atbalstāms", {"strike": True}))
    p = para(doc)
    runs(p, "PKE saturs: ", "atbalstāms un virzāms saskaņošanai", " / ",
         ("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", {"strike": True}), " / ",
         ("nav atbalstāms", {"strike": True}))
    para(doc, "MIP precizējumi: jāaktualizē moduļa „Kabeļlīniju montāža” saturs atbilstoši "
              "AS „Sadales tīkls” tehniskajām prasībām.")
    q = "elektromontieris"
    return doc, [row(q, "MIP", C, "Māra Šmite", "2026-01-26", 3),
                 row(q, "PKE", S, "Māra Šmite", "2026-01-26", 3)], []


@case
def h47():
    doc = new_doc()
    para(doc, "Eksperta atzinums", bold=True)
    para(doc, "Kvalifikācija: Motorzāģa operators (LKI 3. līmenis)")
    para(doc, "Eksperts: Raivis Bērziņš")
    para(doc, "Datums: 2026. gada 22. janvārī")
    para(doc, "Atzīmēt ar x:")
    table(doc, [["", "MIP"], ["x", "atbalstāms un virzāms saskaņošanai"],
                ["", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], ["", "nav atbalstāms"]])
    para(doc, "")
    table(doc, [["", "PKE"], ["", "atbalstāms un virzāms saskaņošanai"],
                ["x", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], ["", "nav atbalstāms"]])
    para(doc, "PKE: jānorāda, kādi individuālie aizsardzības līdzekļi eksaminējamajam jānodrošina pašam.")
    q = "motorzāģa operators"
    return doc, [row(q, "MIP", S, "Raivis Bērziņš", "2026-01-22", 3),
                 row(q, "PKE", C, "Raivis Bērziņš", "2026-01-22", 3)], []


@case
def h48():
    doc = new_doc()
    para(doc, "Eksperta atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Elektrotehniķis; LKI līmenis: 4")
    para(doc, "Ekspertīzi veica: Lauma Priede")
    para(doc, "Datums: 2026-03-30")
    para(doc, "Programmas saturs ir pārdomāts un atbilst nozares vajadzībām. Atbalstu un iesaku MIP virzīt "
              "saskaņošanai.")
    para(doc, "PKE saturu atbalstu ar nosacījumu, ka tiks novērstas norādītās nepilnības: eksāmena "
              "teorētiskajā daļā jāiekļauj jautājumi par elektroietaišu ekspluatācijas dokumentāciju, "
              "praktiskajā daļā jāprecizē slodzes aprēķina uzdevuma nosacījumi.")
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", S, "Lauma Priede", "2026-03-30", 4),
                 row(q, "PKE", C, "Lauma Priede", "2026-03-30", 4)], []


@case
def h49():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Datorizētu kokapstrādes iekārtu operators")
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Kaspars Dūdiņš")
    para(doc, "Datums: 2026. gada 28. janvārī")
    para(doc, "Programmas un eksāmena saturs neatbilst datorizētu iekārtu operatora kvalifikācijai: CNC "
              "programmēšanai atvēlētas tikai 60 stundas, nav CAD/CAM apguves, eksāmenā nav darba ar "
              "CNC iekārtu vispār. Diemžēl nevaru atbalstīt ne MIP, ne PKE saturu; abi dokumenti "
              "jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")
    q = "datorizētu kokapstrādes iekārtu operators"
    return doc, [row(q, "MIP", N, "Kaspars Dūdiņš", "2026-01-28", 4),
                 row(q, "PKE", N, "Kaspars Dūdiņš", "2026-01-28", 4)], []


@case
def h50():
    doc = new_doc()
    para(doc, "Atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Mežsaimniecības tehniķis (LKI 4. līmenis)")
    para(doc, "Eksperts: Inga Avotiņa")
    para(doc, "Datums: 2026. gada 10. februārī")
    para(doc, "Programma ir labi izstrādāta, taču eksāmenā nav pārbaudītas meža inventarizācijas un "
              "mežizstrādes plānošanas prasmes. MIP saturs ir atbalstāms un virzāms saskaņošanai, savukārt "
              "PKE saturs nav atbalstāms.")
    q = "mežsaimniecības tehniķis"
    return doc, [row(q, "MIP", S, "Inga Avotiņa", "2026-02-10", 4),
                 row(q, "PKE", N, "Inga Avotiņa", "2026-02-10", 4)], []


@case
def h51():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True, align="c")
    para(doc, "Profesionālā kvalifikācija: Koka izstrādājumu ražošanas tehniķis, LKI 4. līmenis")
    para(doc, "Darba grupa MIP un PKE iesniedza 2026. gada 20. februārī, papildu materiāli saņemti "
              "02.03.2026.")
    para(doc, "Vērtējums: MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai "
              "(jāsaskaņo moduļu nosaukumi ar kvalifikāciju struktūru). PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai.")
    para(doc, "")
    table(doc, [["Eksperts", "Paraksts", "Datums"], ["Kaspars Dūdiņš", "(paraksts)", "2026-03-12"]])
    q = "koka izstrādājumu ražošanas tehniķis"
    return doc, [row(q, "MIP", C, "Kaspars Dūdiņš", "2026-03-12", 4),
                 row(q, "PKE", S, "Kaspars Dūdiņš", "2026-03-12", 4)], []


@case
def h52():
    doc = new_doc("Calibri", 11)
    para(doc, "Labdien!")
    para(doc, "Pievienoju savu viedokli par mēbeļu galdnieka MIP un PKE.")
    para(doc, "MIP – var virzīt saskaņošanai, labojumi nav nepieciešami.")
    para(doc, "PKE – jāprecizē vērtēšanas kritēriji praktiskajai daļai (nav punktu par virsmas apdares "
              "kvalitāti), pēc tam var virzīt saskaņošanai.")
    para(doc, "Ar cieņu,")
    para(doc, "Inga Avotiņa, 15.03.2026.")
    q = "mēbeļu galdnieks"
    return doc, [row(q, "MIP", S, "Inga Avotiņa", "2026-03-15", 4),
                 row(q, "PKE", C, "Inga Avotiņa", "2026-03-15", 4)], []


@case
def h53():
    doc = new_doc()
    para(doc, "Nozares eksperta atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Meža mašīnu operators")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Aivars Ozols")
    para(doc, "Datums: 2026. gada 5. martā")
    para(doc, "Ieteikumi (nav obligāti)", bold=True)
    para(doc, "Darba grupa varētu apsvērt moduļa „Mežizstrādes tehnikas apkope” papildināšanu ar "
              "hidraulikas diagnostikas piemēriem; eksāmena teorijas testā varētu precizēt dažu jautājumu "
              "formulējumu. Šie ieteikumi nav priekšnoteikums saskaņošanai.")
    para(doc, "Secinājumi", bold=True)
    para(doc, "MIP saturs ir atbalstāms un virzāms saskaņošanai; PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai. Ieteikumus darba grupa var ņemt vērā pēc saviem ieskatiem.")
    q = "meža mašīnu operators"
    return doc, [row(q, "MIP", S, "Aivars Ozols", "2026-03-05", 3),
                 row(q, "PKE", S, "Aivars Ozols", "2026-03-05", 3)], []


@case
def h54():
    doc = new_doc()
    para(doc, "Eksperta atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Elektromontieris")
    para(doc, "LKI līmenis: 3")
    para(doc, "Eksperts: Uldis Kļaviņš")
    para(doc, "Datums: 2026. gada 2. martā")
    para(doc, "MIP vērtējums", bold=True)
    para(doc, "Modulis „Elektroinstalācijas montāža ēkās” pašreizējā redakcijā nav atbalstāms – tas "
              "jāpārstrādā, iekļaujot viedās ēkas vadības sistēmu montāžu. Pārējie moduļi ir labi "
              "sagatavoti. MIP kopumā ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")
    para(doc, "PKE vērtējums", bold=True)
    para(doc, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    q = "elektromontieris"
    return doc, [row(q, "MIP", C, "Uldis Kļaviņš", "2026-03-02", 3),
                 row(q, "PKE", S, "Uldis Kļaviņš", "2026-03-02", 3)], []


@case
def h55():
    doc = new_doc()
    para(doc, "Kokrūpniecības nozares eksperta atzinums", bold=True)
    para(doc, "Eksperts: Edgars Krūmiņš")
    para(doc, "Datums: 2026. gada 19. februārī")
    para(doc, "1. Meža mašīnu operators (LKI 3. līmenis)", bold=True)
    para(doc, "MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms "
              "saskaņošanai.")
    para(doc, "2. Kokvedēja autovadītājs (LKI 3. līmenis)", bold=True)
    para(doc, "Kvalifikācija ir jauna, tās MIP vēl izstrādes stadijā, taču iesniegtā daļa ir kvalitatīva. "
              "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai. PKE saturs nav "
              "atbalstāms – eksāmenā nav iekļauta kravas nostiprināšana un hidromanipulatora vadība.")
    e, d = "Edgars Krūmiņš", "2026-02-19"
    return doc, [row("meža mašīnu operators", "MIP", S, e, d, 3), row("meža mašīnu operators", "PKE", S, e, d, 3),
                 row("Kokvedēja autovadītājs", "MIP", C, e, d, 3),
                 row("Kokvedēja autovadītājs", "PKE", N, e, d, 3)], ["unknown_qualification"]


@case
def h56():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Kokapstrādes tehnologs")
    para(doc, "Kvalifikācijas līmenis: Latvijas kvalifikāciju ietvarstruktūras 5. līmenis")
    para(doc, "Eksperts: Sarmīte Vanaga")
    para(doc, "Datums: 2026. gada 24. martā")
    para(doc, "Pirmā līmeņa profesionālās augstākās izglītības programmas modulārais saturs ir izstrādāts "
              "kopā ar nozares uzņēmumiem. Atbalstu MIP saturu un iesaku to virzīt saskaņošanai. PKE saturs "
              "ir atbalstāms, tomēr pirms virzīšanas saskaņošanai jāveic precizējumi eksāmena ilgumā un "
              "vērtēšanas kritērijos.")
    q = "Kokapstrādes tehnologs"
    return doc, [row(q, "MIP", S, "Sarmīte Vanaga", "2026-03-24", 5),
                 row(q, "PKE", C, "Sarmīte Vanaga", "2026-03-24", 5)], ["unknown_qualification"]


@case
def h57():
    doc = new_doc()
    para(doc, "Ekspertīzes atzinums", bold=True)
    para(doc, "Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis")
    para(doc, "LKI līmenis: 4")
    para(doc, "Eksperts: Raivis Bērziņš")
    para(doc, "Datums: 2026. gada 17. martā")
    para(doc, "Secinājumi", bold=True)
    p = para(doc)
    runs(p, "MIP saturs ir atbalstāms un virzāms saskaņošanai. Precizējumi nav nepieciešami.")
    p = para(doc)
    runs(p, "PKE: ")
    for i, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                           "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]):
        sdt_checkbox(p, i == 1)
        runs(p, " " + o + ("   " if i < 2 else ""))
    para(doc, "PKE: jāpielāgo praktiskā uzdevuma PLC programma skolā pieejamajam kontrolierim.")
    q = "mehatronisko sistēmu tehniķis"
    return doc, [row(q, "MIP", S, "Raivis Bērziņš", "2026-03-17", 4),
                 row(q, "PKE", C, "Raivis Bērziņš", "2026-03-17", 4)], []


@case
def h58():
    doc = new_doc("Calibri", 11)
    para(doc, "Eksperta atzinums", bold=True, align="c")
    table(doc, [["Profesionālā kvalifikācija", "Elektrotehniķis"],
                ["Līmenis", "LKI 4. līmenis"],
                ["Ekspertīzi veica", "Aivars Ozols"],
                ["Datums", "2026. gada 6. februārī"],
                ["Galvenās piezīmes", "Modulī „Elektroapgādes sistēmas” jāpapildina zemsprieguma tīklu "
                                      "projektēšanas pamati; eksāmenā jāpievieno vienlīnijas shēmas lasīšanas uzdevums."],
                ["Secinājums", "MIP un PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]])
    q = "elektrotehniķis"
    return doc, [row(q, "MIP", C, "Aivars Ozols", "2026-02-06", 4),
                 row(q, "PKE", C, "Aivars Ozols", "2026-02-06", 4)], []


@case
def h59():
    doc = new_doc("Calibri", 11)
    para(doc, "Atkārtotās ekspertīzes atzinums", bold=True, align="c")
    table(doc, [["Kvalifikācija", "Būvizstrādājumu galdnieks"], ["LKI", "4"],
                ["Eksperts", "Dace Liepa"], ["Datums", "18.03.2026."]])
    para(doc, "")
    table(doc, [["", "MIP", "PKE"],
                ["Iepriekšējās ekspertīzes secinājums (2026-01-20)", "nav atbalstāms",
                 "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                ["Atkārtotās ekspertīzes secinājums", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                 "atbalstāms un virzāms saskaņošanai"]])
    para(doc, "")
    para(doc, "MIP joprojām jāprecizē moduļa „Koka kāpņu izgatavošana” vērtēšanas kritēriji. PKE precizējumi "
              "ir veikti.")
    q = "būvizstrādājumu galdnieks"
    return doc, [row(q, "MIP", C, "Dace Liepa", "2026-03-18", 4),
                 row(q, "PKE", S, "Dace Liepa", "2026-03-18", 4)], []


@case
def h60():
    doc = new_doc()
    para(doc, "Atzinums par programmu un eksāmenu", bold=True)
    para(doc, "Kvalifikacija: Ventilacijas un gaisa kondicionesanas iekartu remontatslēdznieks, 3. LKI")
    para(doc, "Eksperts - Raivis Berzins")
    para(doc, "2026.gada 11.martā")
    para(doc, "Programma ir sakartota, moduli atbilst profesijas prasibam, tomer modula \"Gaisa kanalu "
              "montaza\" jaizlabo praktisko darbu saraksts un jaiekļauj kanalu hermetiskuma parbaude.")
    p = para(doc)
    dele(p, "MIP saturs ir atbalstāms un virzāms saskaņošanai. ", author="Raivis Berzins",
         date="2026-03-11T14:20:00Z")
    runs(p, "MIP saturs atbalstams ar precizejumiem.")
    para(doc, "Eksamena saturs ir neatbalstāms – praktiskais uzdevums ir paredzets sistemu tehnikim, ne "
              "remontatslēdzniekam.")
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    return doc, [row(q, "MIP", C, "Raivis Berzins", "2026-03-11", 3),
                 row(q, "PKE", N, "Raivis Berzins", "2026-03-11", 3)], []


# --------------------------------------------------------------------------- build

SLUGS = {
    'h01': 'prose_bez_precizejumiem',
    'h02': 'first_person_tomer_neatbalstu',
    'h03': 'no_diacritics',
    'h04': 'one_sentence_both_signature',
    'h05': 'one_sentence_both_corrections',
    'h06': 'table_document_conclusion',
    'h07': 'form_X_mark',
    'h08': 'form_matrix_V',
    'h09': 'glyph_checkboxes',
    'h10': 'wingdings_sym',
    'h11': 'sdt_checkbox_table',
    'h12': 'legacy_formcheckbox',
    'h13': 'strike_nevajadzigo_lines',
    'h14': 'tracked_changes_upgrade',
    'h15': 'tracked_changes_negate',
    'h16': 'title_genitive_mip_only',
    'h17': 'title_genitive_pke_only',
    'h18': 'two_qualifications_sections',
    'h19': 'two_qualifications_table',
    'h20': 'summary_seed_style',
    'h21': 'summary_table',
    'h22': 'unregistered_header',
    'h23': 'unregistered_title_genitive',
    'h24': 'no_verdict_purpose',
    'h25': 'conflict_summary_vs_detail',
    'h26': 'form_two_marks_conflict',
    'h27': 'form_pke_unmarked',
    'h28': 'instructions_purpose_conditions',
    'h29': 'history_then_rereview',
    'h30': 'comments_distractor',
    'h31': 'negation_words_between',
    'h32': 'pseudo_negations',
    'h33': 'bez_vs_pec_precizejumiem',
    'h34': 'split_runs_nbsp',
    'h35': 'textbox_verdict',
    'h36': 'nested_tables',
    'h37': 'metadata_in_page_header',
    'h38': 'pkl_old_level',
    'h39': 'letter_signature_block',
    'h40': 'mip_only_pke_later',
    'h41': 'full_document_names',
    'h42': 'numbered_conclusions',
    'h43': 'two_dated_reviews',
    'h44': 'alias_no_diacritics_gan_gan',
    'h45': 'matrix_checkmark',
    'h46': 'strike_inline_slashes',
    'h47': 'form_lowercase_x_left',
    'h48': 'condition_nosacijums',
    'h49': 'ne_mip_ne_pke',
    'h50': 'mixed_one_sentence',
    'h51': 'signature_table_date',
    'h52': 'email_short',
    'h53': 'optional_recommendations',
    'h54': 'module_level_negative',
    'h55': 'registered_plus_unregistered',
    'h56': 'unregistered_lki5_words',
    'h57': 'inline_sdt_checkboxes',
    'h58': 'secinajums_row_both',
    'h59': 'history_table_rows',
    'h60': 'tracked_delete_no_diacritics',
}


def main():
    for old in HERE.glob("*.docx"):
        old.unlink()
    rows, problems = [], []
    for fn in CASES:
        name = fn.__name__
        doc, exp, probs = fn()
        fname = f"{name}_{SLUGS[name]}.docx"
        doc.core_properties.author = "LDDK eksperts"
        doc.save(HERE / fname)
        with zipfile.ZipFile(HERE / fname) as z:  # sanity: every part parses
            for n in z.namelist():
                if n.endswith(".xml"):
                    etree.fromstring(z.read(n))
        for r in exp:
            rows.append({"file": fname, **r})
        for c in probs:
            problems.append({"file": fname, "code": c})
    with open(HERE / "expected.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writeheader()
        w.writerows(rows)
    with open(HERE / "expected_problems.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["file", "code"])
        w.writeheader()
        w.writerows(problems)
    print(f"{len(CASES)} files, {len(rows)} expected rows, {len(problems)} expected problems")


if __name__ == "__main__":
    main()
