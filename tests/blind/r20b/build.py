# -*- coding: utf-8 -*-
"""Blind evaluation set r20b: Latvian expert reviews of MIP / PKE content, as forms and tables.

Run:  /work/hvenv/bin/python build.py
Each fNN() function builds one .docx and registers its gold labels right next to the code.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r20b"
ROWS, PROBLEMS, README = [], [], []

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
COORD_KOKS = "Ilze Grīnberga"      # LDDK coordinator, wood industry
COORD_EN = "Kristaps Vanags"       # LDDK coordinator, energy / machine building

S = "supported"
NC = "needs_corrections"
NS = "not_supported"
UNK = "unknown"


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def new_doc(author, created, font="Calibri", size=11, title=""):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2)
    cp.comments = ""
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.revision = 1
    return d


def D(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


def run(p, text, b=None, i=None, u=None, strike=False, font=None, size=None, color=None):
    r = p.add_run(text)
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if strike:
        r.font.strike = True
    if font:
        set_font(r, font)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def set_font(r, font):
    r.font.name = font
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)


def para(container, *parts, style=None, align=None, space_after=None):
    """parts: str or (str, dict(fmt)). container: Document or cell."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            run(p, part[0], **part[1])
        else:
            run(p, part)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cpara(cell, *parts, align=None):
    """write into a cell: first call uses the empty first paragraph."""
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].runs and not cell.paragraphs[0]._p.xpath("./w:r|./w:sdt|./w:ins"):
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            run(p, part[0], **part[1])
        else:
            run(p, part)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(container, rows, widths=None, style="Table Grid", bold_first_col=False, header=False):
    """rows: list of lists; each cell value str | list of paragraphs(str or tuple parts) | None."""
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for ri, r in enumerate(rows):
        for ci, v in enumerate(r):
            c = t.cell(ri, ci)
            if v is None:
                continue
            fill(c, v, b=(bold_first_col and ci == 0) or (header and ri == 0))
    if widths:
        for r in t.rows:
            for ci, w in enumerate(widths):
                if ci < len(r.cells):
                    r.cells[ci].width = Cm(w)
    return t


def fill(c, v, b=False):
    if isinstance(v, str):
        for k, line in enumerate(v.split("\n")):
            cpara(c, (line, {"b": b}))
    else:
        for item in v:
            if isinstance(item, str):
                cpara(c, (item, {"b": b}))
            else:  # tuple of parts
                cpara(c, *item)


def merge_row(t, ri):
    r = t.rows[ri]
    a = r.cells[0]
    for c in r.cells[1:]:
        a = a.merge(c)
    return a


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color))
    tcPr.append(shd)


def glyph(p, ch, font="MS Gothic"):
    return run(p, ch, font=font)


def wsym(p, char, font="Wingdings"):
    """Wingdings symbol glyph: F0FE checked box, F0A8 empty box, F0FD boxed x, F0FC tick."""
    r = OxmlElement("w:r")
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    r.append(sym)
    p._p.append(r)
    return r


_sdt_id = [100]


def sdt_checkbox(p, checked):
    _sdt_id[0] += 1
    ch = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s xmlns:w14="%s"><w:sdtPr><w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        "<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>" % (nsdecls("w"), W14, _sdt_id[0], 1 if checked else 0, ch)
    )
    p._p.append(parse_xml(xml))


def sdt_dropdown(p, items, chosen=None, alias="Atzinums"):
    """dropdown content control; chosen=None leaves the placeholder text."""
    _sdt_id[0] += 1
    li = "".join('<w:listItem w:displayText="%s" w:value="%s"/>' % (x, x) for x in items)
    if chosen is None:
        content = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>Izvēlieties vienumu.</w:t></w:r>'
        plc = "<w:showingPlcHdr/>"
    else:
        content = "<w:r><w:t>%s</w:t></w:r>" % chosen
        plc = ""
    xml = (
        '<w:sdt %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s'
        '<w:dropDownList><w:listItem w:value=""/>%s</w:dropDownList></w:sdtPr>'
        "<w:sdtContent>%s</w:sdtContent></w:sdt>" % (nsdecls("w"), alias, alias, _sdt_id[0], plc, li, content)
    )
    p._p.append(parse_xml(xml))


_ff = [0]


def formcheckbox(p, checked, style="default"):
    """legacy FORMCHECKBOX field. style 'default' -> state in w:default; 'checked' -> w:checked element."""
    _ff[0] += 1
    if style == "default":
        state = '<w:default w:val="%d"/>' % (1 if checked else 0)
    else:
        state = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else "")
    xml_begin = (
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
        % (nsdecls("w"), _ff[0], state)
    )
    p._p.append(parse_xml(xml_begin))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))


_rev = [500]


def tracked(p, deleted=None, inserted=None, author="", date="2026-03-24T09:00:00Z"):
    if deleted:
        _rev[0] += 1
        p._p.append(parse_xml(
            '<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
            % (nsdecls("w"), _rev[0], author, date, deleted)))
    if inserted:
        _rev[0] += 1
        p._p.append(parse_xml(
            '<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
            % (nsdecls("w"), _rev[0], author, date, inserted)))


def header_text(d, lines, footer=False, align=None):
    sec = d.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for line in lines:
        p = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        if isinstance(line, tuple):
            for part in line:
                if isinstance(part, tuple):
                    run(p, part[0], **part[1])
                else:
                    run(p, part)
        else:
            run(p, line, size=9)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return hf


def build(name, doc, rows=(), problems=(), note="", design=""):
    assert name.startswith(PREFIX), name
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, docu, verdict, expert, date, lki = r
        assert docu in ("MIP", "PKE") and verdict in (S, NC, NS, UNK)
        ROWS.append([name, q, docu, verdict, expert, date, str(lki) if lki else ""])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append([name, c])
    README.append((name, design, note))


B = {"b": True}
I = {"i": True}
U = {"u": True}
ST = {"strike": True}


# ----------------------------------------------------------------------------------------------
# 01  key/value table + summary table (document | verdict | notes)
# ----------------------------------------------------------------------------------------------
def f01():
    d = new_doc(COORD_KOKS, D(2026, 1, 15, 8, 40))
    para(d, ("EKSPERTA ATZINUMS", B), align="c")
    para(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās "
            "kvalifikācijas eksāmena (PKE) saturu", align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Motorzāģa operators"],
        ["LKI līmenis", "3"],
        ["Nozare", "Kokrūpniecība"],
        ["Iesniedzējs", "Profesionālās izglītības iestādes darba grupa (MIP 1. redakcija, PKE 1. redakcija)"],
        ["Eksperts", "Jānis Kalniņš"],
        ["Atzinuma datums", "14.01.2026."],
    ], widths=[5.5, 10.5], bold_first_col=True)
    para(d, "")
    para(d, ("1. Piezīmes par MIP", B))
    for t in [
        "Modulī „Koku gāšana” sasniedzamajos rezultātos jāiekļauj koku gāšana ar celšanas spilvenu un "
        "ķīļiem, kas nozarē šobrīd ir ikdienas prakse.",
        "Modulī „Motorzāģa tehniskā apkope” nav minēta ķēdes asināšana ar elektrisko asinātāju – lūdzu papildināt.",
        "5. modulī „Darba aizsardzība mežizstrādē” dublējas 1. moduļa saturs; ieteicams apvienot.",
        "Mācību prakses apjoms (240 stundas) ir pietiekams, bet jānorāda, kuri rezultāti sasniedzami tikai uzņēmumā.",
    ]:
        para(d, "– " + t)
    para(d, ("2. Piezīmes par PKE", B))
    para(d, "Eksāmena praktiskais uzdevums (cirsmas izstrāde ar sortimentu sagatavošanu) atbilst "
            "kvalifikācijas prasībām, vērtēšanas kritēriji ir skaidri. Teorētiskās daļas jautājumi aptver "
            "visas kompetenču jomas.")
    para(d, ("3. Kopsavilkums", B))
    table(d, [
        ["Dokuments", "Atzinums", "Piezīmes"],
        ["MIP", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
         "Jāveic 1. sadaļā minētie precizējumi (3. un 5. modulis)."],
        ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai", "Papildu precizējumi nav nepieciešami."],
    ], widths=[2.5, 7, 6.5], header=True)
    q = "motorzāģa operators"
    build("r20b01_Ekspertizes atzinums_motorzaga operators_JKalnins.docx", d,
          rows=[(q, "MIP", NC, "Jānis Kalniņš", "2026-01-14", 3),
                (q, "PKE", S, "Jānis Kalniņš", "2026-01-14", 3)],
          design="Key/value table (label | value) + summary table Dokuments | Atzinums | Piezīmes with canonical wording.",
          note="Straightforward baseline. 'Papildu precizējumi nav nepieciešami' in PKE notes is not a negation of the verdict.")


# ----------------------------------------------------------------------------------------------
# 02  all options printed, X in MIP / PKE columns, name+date in 'Paraksts / datums'
# ----------------------------------------------------------------------------------------------
def f02():
    d = new_doc(COORD_KOKS, D(2026, 2, 4, 9, 12))
    para(d, ("Nozares eksperta veidlapa MIP un PKE satura ekspertīzei", B), align="c")
    para(d, "Kvalifikācija: meža mašīnu operators (LKI 3)     Nozare: kokrūpniecība")
    para(d, "Ekspertīzes kārta: 1.")
    para(d, "")
    para(d, ("Eksperta atzinums ", B), ("(atbilstošo atzīmēt ar X)", I))
    t = table(d, [
        ["Atzinums", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "X", ""],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", "X"],
        ["Saturs nav atbalstāms", "", ""],
    ], widths=[11, 2.5, 2.5], header=True)
    for r in t.rows[1:]:
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    table(d, [
        ["Komentāri un ieteikumi"],
        [["MIP: programma labi strukturēta, harvestera un forvardera vadības moduļi atbilst nozares "
          "praksei. Ieteikums (nav obligāts) – vairāk simulatora stundu pirms darba mežā.",
          "PKE: praktiskajā daļā nav noteikti vērtēšanas kritēriji sortimentu kvalitātei (garums, "
          "diametrs, bojājumi). Teorijas testā 4 jautājumi attiecas uz motorzāģi, nevis uz mašīnu – "
          "jāaizstāj. Pēc šo labojumu veikšanas PKE var virzīt tālāk."]],
        ["Paraksts / datums"],
        ["I. Ozola        03.02.2026"],
    ], widths=[16], header=False)
    q = "meža mašīnu operators"
    build("r20b02 Veidlapa_meža mašīnu operators_Ozola.docx", d,
          rows=[(q, "MIP", S, "I. Ozola", "2026-02-03", 3),
                (q, "PKE", NC, "I. Ozola", "2026-02-03", 3)],
          design="Options printed as rows, X in MIP / PKE columns; name + date only in 'Paraksts / datums' cell.",
          note="Expert as written: initial + surname. Comments confirm PKE needs corrections.")


# ----------------------------------------------------------------------------------------------
# 03  typed ☒ / ☐ glyphs, only MIP (PKE not submitted)
# ----------------------------------------------------------------------------------------------
def f03():
    d = new_doc("Edgars Vītols", D(2026, 2, 19, 16, 5))
    para(d, ("Atzinums par elektromontiera modulārās izglītības programmas saturu", B), align="c")
    table(d, [
        ["Kvalifikācijas nosaukums", "Elektromontieris"],
        ["LKI līmenis", "3. līmenis"],
        ["Nozare", "Enerģētika"],
        ["Vērtētie dokumenti", "MIP (redakcija 2026-02-06). PKE saturs šajā kārtā ekspertīzei netika iesniegts, "
                               "tāpēc atzinums attiecas tikai uz MIP."],
        ["Eksperts", "Edgars Vītols"],
        ["Datums", "2026. gada 19. februārī"],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    para(d, ("Atzinums par MIP saturu:", B))
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    opts = [("atbalstāms un virzāms saskaņošanai", False),
            ("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", False),
            ("nav atbalstāms", True)]
    for i, (txt, on) in enumerate(opts):
        glyph(t.cell(i, 0).paragraphs[0], "\u2612" if on else "\u2610")
        cpara(t.cell(i, 1), "Saturs ir " + txt if not txt.startswith("nav") else "Saturs " + txt)
        t.cell(i, 0).width = Cm(1.2)
        t.cell(i, 1).width = Cm(14.8)
    para(d, "")
    table(d, [
        ["Pamatojums"],
        [["Programmā nav iekļauts saturs par darbu elektroietaišu tuvumā zem sprieguma un par "
          "elektrodrošības grupu piešķiršanas kārtību, kas elektromontierim ir pamatprasība.",
          "Moduļu „Apgaismojuma tīkli” un „Spēka elektroinstalācija” rezultāti pārklājas gandrīz pilnībā; "
          "vienlaikus trūkst moduļa par kabeļu līniju montāžu.",
          "Nepieciešama būtiska pārstrāde, pēc kuras lūdzu nodot programmu atkārtotai ekspertīzei."]],
    ], widths=[16])
    build("r20b03_Elektromontieris MIP atzinums Vitols.docx", d,
          rows=[("elektromontieris", "MIP", NS, "Edgars Vītols", "2026-02-19", 3)],
          design="Typed MS Gothic ☒/☐ glyphs in a two-column option table; only MIP.",
          note="PKE explicitly not submitted -> no PKE row.")


# ----------------------------------------------------------------------------------------------
# 04  Wingdings w:sym boxes; name + date only in the footer
# ----------------------------------------------------------------------------------------------
def f04():
    d = new_doc("", D(2026, 3, 5, 13, 30))
    header_text(d, ["LDDK | ESF+ projekts Nr. 4.2.2.9. | Nozaru ekspertu atzinums"], align="r")
    header_text(d, ["Eksperte Laura Zariņa, 2026. gada 5. martā"], footer=True)
    para(d, ("Elektrotehniķa MIP un PKE satura ekspertīze", B), align="c")
    table(d, [
        ["Kvalifikācija", "Elektrotehniķis"],
        ["Līmenis", "LKI 4"],
        ["Nozare", "Enerģētika"],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")

    def block(title, chosen, remark):
        para(d, (title, B))
        t = d.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
                "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                "saturs nav atbalstāms"]
        for i, o in enumerate(opts):
            wsym(t.cell(i, 0).paragraphs[0], "F0FE" if i == chosen else "F0A8")
            cpara(t.cell(i, 1), o)
        a = t.cell(3, 0).merge(t.cell(3, 1))
        cpara(a, ("Piezīmes: ", B), remark)
        for r in t.rows:
            r.cells[0].width = Cm(1.2)
        para(d, "")

    block("Modulārā izglītības programma", 0,
          "Programma pārdomāta, ietverta viedo skaitītāju un saules paneļu pieslēgšana, kas nozarei "
          "ļoti vajadzīga. Iebildumu nav.")
    block("Profesionālās kvalifikācijas eksāmens", 1,
          "Praktiskā uzdevuma variantos B un C nav norādīts izmantojamais mēraparatūras komplekts; "
          "vērtēšanas lapā jāprecizē, kā vērtē darba drošības pārkāpumu (šobrīd iespējams nokārtot "
          "eksāmenu arī ar kritisku kļūdu). Pēc šo punktu izlabošanas – virzīt saskaņošanai.")
    q = "elektrotehniķis"
    build("r20b04_elektrotehnikis_MIP_PKE_LZarina.docx", d,
          rows=[(q, "MIP", S, "Laura Zariņa", "2026-03-05", 4),
                (q, "PKE", NC, "Laura Zariņa", "2026-03-05", 4)],
          design="Wingdings w:sym F0FE (checked) / F0A8 (empty) per option; expert name and date only in the page footer; author empty.",
          note="Body never names the expert; footer does.")


# ----------------------------------------------------------------------------------------------
# 05  checkbox content controls (w14:checkbox); expert in the page header
# ----------------------------------------------------------------------------------------------
def f05():
    d = new_doc("Mārtiņš Eglītis", D(2026, 3, 10, 19, 2))
    header_text(d, ["Nozares eksperts: Mārtiņš Eglītis (kokrūpniecība)"], align="r")
    para(d, ("EKSPERTĪZES ATZINUMS", B), align="c")
    para(d, "profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP un PKE saturam", align="c")
    table(d, [
        ["LKI līmenis:", "4"],
        ["Datums:", "2026-03-10"],
        ["Redakcija:", "MIP v3 (02.03.2026.), PKE v2 (02.03.2026.)"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    fill(t.cell(0, 0), "Atzinums", b=True)
    fill(t.cell(0, 1), "MIP", b=True)
    fill(t.cell(0, 2), "PKE", b=True)
    opts = ["Saturs ir atbalstāms un virzāms saskaņošanai",
            "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Saturs nav atbalstāms"]
    marks = {"MIP": 1, "PKE": 0}
    for i, o in enumerate(opts):
        cpara(t.cell(i + 1, 0), o)
        sdt_checkbox(t.cell(i + 1, 1).paragraphs[0], marks["MIP"] == i)
        sdt_checkbox(t.cell(i + 1, 2).paragraphs[0], marks["PKE"] == i)
        t.cell(i + 1, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        t.cell(i + 1, 2).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    para(d, ("Precizējumi MIP:", B))
    for t_ in ["moduļa „Korpusa mēbeļu izgatavošana” rezultātos papildināt ar CNC urbšanas un "
               "malu līmēšanas iekārtu iestatīšanu;",
               "moduļa „Virsmu apdare” saturā aizstāt novecojušos nitrolakus ar ūdens bāzes apdares materiāliem;",
               "mācību prakses plānā norādīt, ka vismaz 40% prakses notiek uzņēmumā."]:
        para(d, "• " + t_)
    para(d, ("PKE:", B), " praktiskais uzdevums (kumodes izgatavošana pēc rasējuma) ir atbilstošs, "
            "vērtēšanas kritēriji skaidri. Labojumi nav vajadzīgi.")
    q = "mēbeļu galdnieks"
    build("r20b05_Mēbeļu galdnieks_ekspertīze_Eglītis.docx", d,
          rows=[(q, "MIP", NC, "Mārtiņš Eglītis", "2026-03-10", 4),
                (q, "PKE", S, "Mārtiņš Eglītis", "2026-03-10", 4)],
          design="Word checkbox content controls (w:sdt + w14:checkbox) in MIP/PKE columns; expert only in page header; date in labelled cell.",
          note="Qualification only in the quoted title. Marks visible only through the sdt content.")


# ----------------------------------------------------------------------------------------------
# 06  legacy FORMCHECKBOX fields
# ----------------------------------------------------------------------------------------------
def f06():
    d = new_doc(COORD_KOKS, D(2026, 2, 27, 8, 15))
    para(d, ("Profesionālās izglītības satura ekspertīze", B), align="c")
    para(d, "Veidlapa Nr. 2 – eksperta atzinums", align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "būvizstrādājumu galdnieks"],
        ["LKI", "4. līmenis"],
        ["Eksperta vārds, uzvārds", "Aija Strazdiņa"],
    ], widths=[5.5, 10.5], bold_first_col=True)
    para(d, "")
    para(d, ("Atzīmējiet atbilstošo:", I))
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    fill(t.cell(0, 0), "", b=True)
    fill(t.cell(0, 1), "MIP saturs", b=True)
    fill(t.cell(0, 2), "PKE saturs", b=True)
    labels = ["ir atbalstāms un virzāms saskaņošanai",
              "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
              "nav atbalstāms"]
    mip, pke = 1, 2
    for i, lab in enumerate(labels):
        cpara(t.cell(i + 1, 0), lab)
        formcheckbox(t.cell(i + 1, 1).paragraphs[0], i == mip, style="default")
        formcheckbox(t.cell(i + 1, 2).paragraphs[0], i == pke, style="checked")
    para(d, "")
    table(d, [
        ["Pamatojums / precizējumi"],
        [["MIP – jāprecizē logu un durvju montāžas moduļa rezultāti (trūkst siltumtehnisko prasību un "
          "montāžas ar lentēm), pārējais saturs atbilst.",
          "PKE – eksāmena uzdevums (vienkāršas koka durvju izgatavošana) neatbilst 4. LKI līmenim, nav "
          "iekļauta ne projektēšana, ne ražošanas procesa plānošana; teorijas jautājumi pārņemti no "
          "vecā eksāmena bez izmaiņām. Eksāmena saturs jāizstrādā no jauna."]],
    ], widths=[16])
    para(d, "")
    table(d, [["Paraksts / datums", "(paraksts)   26.02.2026"]], widths=[5.5, 10.5], bold_first_col=True)
    q = "būvizstrādājumu galdnieks"
    build("r20b06_Buvizstradajumu galdnieks - atzinums (Strazdina).docx", d,
          rows=[(q, "MIP", NC, "Aija Strazdiņa", "2026-02-26", 4),
                (q, "PKE", NS, "Aija Strazdiņa", "2026-02-26", 4)],
          design="Legacy FORMCHECKBOX fields (MIP column state in w:default, PKE column via w:checked); no visible text marks.",
          note="Date only in the 'Paraksts / datums' cell. Remarks agree with the marks.")


# ----------------------------------------------------------------------------------------------
# 07  'nevajadzīgo svītrot' – non-chosen options struck through
# ----------------------------------------------------------------------------------------------
def f07():
    d = new_doc("Roberts Lācis", D(2026, 2, 9, 21, 40))
    para(d, ("ATZINUMS", B), align="c")
    para(d, "par profesionālās kvalifikācijas kokapstrādes iekārtu operators (LKI 3) izglītības "
            "programmas un eksāmena saturu", align="c")
    para(d, "")
    t = table(d, [
        ["Eksperts", "Roberts Lācis, SIA „Kokmeistars” ražošanas vadītājs"],
        ["Datums", "2026. g. 9. februārī"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    para(d, ("Slēdziens ", B), ("(nevajadzīgo svītrot)", I))
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    opts = ["ir atbalstāms un virzāms saskaņošanai",
            "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for ri, (lab, chosen) in enumerate([("MIP saturs", 0), ("PKE saturs", 1)]):
        cpara(t.cell(ri, 0), (lab, B))
        c = t.cell(ri, 1)
        for i, o in enumerate(opts):
            cpara(c, (o, {"strike": i != chosen}))
        t.cell(ri, 0).width = Cm(3.5)
        t.cell(ri, 1).width = Cm(12.5)
    para(d, "")
    para(d, ("Komentāri", B))
    para(d, "Programma kopumā atbilst tam, ko uzņēmumi sagaida no operatora – zāģēšanas, ēvelēšanas un "
            "frēzēšanas iekārtu apkalpošana, instrumentu maiņa, kvalitātes kontrole. Ieteikumi "
            "programmai ir tikai informatīvi.")
    para(d, "Eksāmenam: praktiskajā uzdevumā jānorāda pieļaujamās novirzes (mm) detaļu izmēriem un "
            "jāpapildina vērtēšanas lapa ar darba vietas sakārtošanu. Kad tas izdarīts, iebildumu nav.")
    q = "kokapstrādes iekārtu operators"
    build("r20b07_kokapstr_iek_operators_Lacis_galigais.docx", d,
          rows=[(q, "MIP", S, "Roberts Lācis", "2026-02-09", 3),
                (q, "PKE", NC, "Roberts Lācis", "2026-02-09", 3)],
          design="All three options printed per document, non-chosen struck through (w:strike).",
          note="Qualification in the title sentence (nominative inside a genitive phrase).")


# ----------------------------------------------------------------------------------------------
# 08  'vajadzīgo pasvītrot' – chosen option underlined; MIP only
# ----------------------------------------------------------------------------------------------
def f08():
    d = new_doc(COORD_KOKS, D(2026, 3, 13, 9, 0))
    para(d, ("Eksperta atzinums par MIP saturu", B))
    table(d, [
        ["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators, LKI 4"],
        ["Dokuments", "Modulārā izglītības programma (PKE saturu vērtē cits nozares eksperts)"],
        ["Eksperts", "Santa Rudzīte"],
        ["Datums", "12.03.2026"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    t = table(d, [
        ["Vērtējuma kritērijs", "Eksperta piezīmes"],
        ["Atbilstība kvalifikācijas prasībām",
         "Atbilst, izņemot CAM programmēšanu – tā minēta tikai vienā modulī un ļoti virspusēji."],
        ["Digitālās prasmes",
         "Jāpapildina ar 5 asu CNC apstrādes centru iestatīšanu un ražošanas datu sistēmām (MES)."],
        ["Darba vidē balstītas mācības", "Apjoms pietiekams."],
    ], widths=[5, 11], header=True)
    para(d, "")
    para(d, ("MIP saturs ", B), ("(vajadzīgo pasvītrot):", I))
    p = para(d, "")
    run(p, "atbalstāms un virzāms saskaņošanai")
    run(p, "   /   ")
    run(p, "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", u=True)
    run(p, "   /   ")
    run(p, "nav atbalstāms")
    build("r20b08_DKIO_MIP_Rudzite.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", NC, "Santa Rudzīte", "2026-03-12", 4)],
          design="Options on one line separated by '/', chosen one underlined ('vajadzīgo pasvītrot'); criterion table with prose.",
          note="PKE explicitly reviewed by another expert -> no PKE row. File name uses the abbreviation DKIO.")


# ----------------------------------------------------------------------------------------------
# 09  chosen option in bold
# ----------------------------------------------------------------------------------------------
def f09():
    d = new_doc("Valdis", D(2026, 1, 29, 11, 11))
    para(d, ("Koka izstrādājumu ražošanas tehniķis (LKI 4) – MIP un PKE satura ekspertīze", B))
    para(d, "Eksperts: Valdis Purmalis")
    para(d, "Datums: 29.01.2026.")
    para(d, "")
    para(d, ("Eksperta secinājums ", B), ("(atbilstošo izcelt treknrakstā)", I))
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    opts = ["1) saturs ir atbalstāms un virzāms saskaņošanai",
            "2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "3) saturs nav atbalstāms"]
    for ri, lab in enumerate(["MIP", "PKE"]):
        cpara(t.cell(ri, 0), lab)
        for i, o in enumerate(opts):
            cpara(t.cell(ri, 1), (o, {"b": i == 0}))
        t.cell(ri, 0).width = Cm(2)
        t.cell(ri, 1).width = Cm(14)
    para(d, "")
    para(d, ("Piezīmes", B))
    para(d, "Abi dokumenti izstrādāti rūpīgi, ņemti vērā nozares asociācijas priekšlikumi, kas tika "
            "izteikti darba grupas sanāksmē 2025. gada novembrī. Ražošanas plānošanas un izmaksu "
            "aprēķina modulis ir īpaši vērtīgs. Eksāmena praktiskais uzdevums (tehnoloģiskās kartes "
            "sagatavošana un partijas izgatavošanas vadība) atbilst 4. līmenim.")
    q = "koka izstrādājumu ražošanas tehniķis"
    build("r20b09_Koka izstradajumu razosanas tehnikis_atzinums.docx", d,
          rows=[(q, "MIP", S, "Valdis Purmalis", "2026-01-29", 4),
                (q, "PKE", S, "Valdis Purmalis", "2026-01-29", 4)],
          design="Numbered options listed in each document's cell, the chosen one in bold ('atbilstošo izcelt treknrakstā'). Author = first name only.",
          note="Only formatting distinguishes the choice.")


# ----------------------------------------------------------------------------------------------
# 10  criterion tables Jā / Nē / Daļēji ending in an overall row (long)
# ----------------------------------------------------------------------------------------------
def f10():
    d = new_doc(COORD_EN, D(2026, 1, 21, 10, 20))
    para(d, ("NOZARES EKSPERTA ATZINUMS", B), align="c")
    para(d, "Mašīnbūves un metālapstrādes nozare", align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Mehatronisko sistēmu tehniķis"],
        ["LKI līmenis", "4"],
        ["Eksperts", "Dr. sc. ing. Oskars Feldmanis"],
        ["Datums", "2026. gada 20. janvārī"],
    ], widths=[5.5, 10.5], bold_first_col=True)
    para(d, "")
    para(d, ("I. Modulārās izglītības programmas (MIP) izvērtējums", B))
    table(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "MIP mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "Jā", ""],
        ["2.", "Moduļu sasniedzamie rezultāti formulēti izmērāmi", "Nē",
         "Moduļos „Pneimatika un hidraulika” un „Programmējamie loģiskie kontrolleri” rezultāti "
         "formulēti kā „izprot”, „pārzina” – jāpārformulē darbībās."],
        ["3.", "Ietvertas nozarē aktuālās jaunās prasmes (industriālie roboti, sensori, IoT)", "Daļēji",
         "Robotu programmēšana ir, bet nav kolaboratīvo robotu drošības prasību (ISO/TS 15066)."],
        ["4.", "Moduļu secība un pēctecība loģiska", "Jā", ""],
        ["5.", "Darba vidē balstītu mācību / prakses apjoms atbilst", "Jā", ""],
        ["6.", "Vērtēšanas metodes atbilst sasniedzamajiem rezultātiem", "Nē",
         "Vairākos moduļos vienīgā vērtēšanas metode ir tests."],
        ["", "Kopējais vērtējums", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""],
    ], widths=[1, 7, 3.5, 4.5], header=True)
    para(d, "")
    para(d, ("II. Profesionālās kvalifikācijas eksāmena (PKE) satura izvērtējums", B))
    table(d, [
        ["Nr.", "Kritērijs", "Jā / Nē", "Komentārs"],
        ["1.", "Eksāmena saturs aptver kvalifikācijas pamatprasības", "Jā", ""],
        ["2.", "Praktiskais uzdevums atbilst reālai darba situācijai", "Jā",
         "Uzdevums – ražošanas līnijas mezgla diagnostika un PLC programmas labošana – ir labs."],
        ["3.", "Vērtēšanas kritēriji ir skaidri un objektīvi", "Jā", ""],
        ["4.", "Teorētiskās daļas uzdevumi atbilst LKI 4. līmenim", "Jā",
         "Ieteicams (nav obligāti) pievienot 2–3 jautājumus par energoefektivitāti."],
        ["", "Kopējais vērtējums", "Atbalstāms un virzāms saskaņošanai", ""],
    ], widths=[1, 7, 3.5, 4.5], header=True)
    para(d, "")
    para(d, ("III. Vispārīgas piezīmes", B))
    para(d, "Darba grupa ir ņēmusi vērā 2025. gadā pilnveidotās nozares kvalifikāciju struktūras "
            "prasības. MIP precizējumi (I daļas 2., 3. un 6. punkts) nav apjomīgi, tos var veikt "
            "nedēļas laikā; atkārtota ekspertīze pēc to veikšanas nav nepieciešama, pietiek ar "
            "koordinatora pārbaudi.")
    q = "mehatronisko sistēmu tehniķis"
    build("r20b10_Mehatronika_MIP_PKE_Feldmanis_v2.docx", d,
          rows=[(q, "MIP", NC, "Oskars Feldmanis", "2026-01-20", 4),
                (q, "PKE", S, "Oskars Feldmanis", "2026-01-20", 4)],
          design="Two criterion tables (Jā/Nē/Daļēji with comments) each ending in a 'Kopējais vērtējums' row.",
          note="Several 'Nē' rows in MIP; the overall row decides. Title 'Dr. sc. ing.' stripped from expert.")


# ----------------------------------------------------------------------------------------------
# 11  Outlook e-mail (Latvian headers) printed to Word, summary table, quoted request with all options
# ----------------------------------------------------------------------------------------------
def f11():
    d = new_doc(COORD_EN, D(2026, 2, 16, 11, 5), font="Calibri")
    para(d, ("Kristaps Vanags", B), space_after=0)
    para(d, "", space_after=0)
    for k, v in [("No:", "Kristīne Bite <kristine.bite@klimatserviss.lv>"),
                 ("Nosūtīts:", "pirmdiena, 2026. gada 16. februāris 10:42"),
                 ("Kam:", "Kristaps Vanags <kristaps.vanags@lddk.lv>"),
                 ("Tēma:", "RE: VGK sistēmu tehniķa MIP un PKE – lūgums sniegt atzinumu"),
                 ("Pielikumi:", "MIP_VGK_tehnikis_komentari_KB.docx")]:
        para(d, (k + "\t", B), v, space_after=0)
    para(d, "")
    para(d, "Labdien, Kristap!")
    para(d, "Izskatīju abus dokumentus par VGK sistēmu tehniķi (LKI 4). Mans atzinums īsumā – tabulā, "
            "detalizēti komentāri MIP failā pielikumā (tie ir ieteikumi, ne obligāti labojumi).")
    table(d, [
        ["Dokuments", "Atzinums", "Komentārs"],
        ["MIP", "Atbalstu, var virzīt saskaņošanai tādu, kāds ir.",
         "Labi, ka iekļauta siltumsūkņu un rekuperācijas iekārtu regulēšana."],
        ["PKE", "Atbalstāms, bet pirms saskaņošanas jāprecizē praktiskā uzdevuma vērtēšanas lapa.",
         "Punktu sadalījums (max 95) nesakrīt ar norādīto kopsummu 100; nav kritērija par "
         "sistēmas nodošanas dokumentāciju."],
    ], widths=[2.5, 6.5, 7], header=True)
    para(d, "")
    para(d, "Ar cieņu")
    para(d, "Kristīne Bite", space_after=0)
    para(d, "SIA „Klimatserviss” tehniskā direktore", space_after=0)
    para(d, "t. 29 123 456", space_after=0)
    para(d, "")
    para(d, ("No:", B), " Kristaps Vanags <kristaps.vanags@lddk.lv>", space_after=0)
    para(d, ("Nosūtīts:", B), " otrdiena, 2026. gada 3. februāris 14:10", space_after=0)
    para(d, ("Kam:", B), " Kristīne Bite <kristine.bite@klimatserviss.lv>", space_after=0)
    para(d, ("Tēma:", B), " VGK sistēmu tehniķa MIP un PKE – lūgums sniegt atzinumu", space_after=0)
    para(d, "")
    for t_ in ["Labdien!",
               "Pielikumā ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE saturs, ko "
               "iesniegusi izglītības iestādes darba grupa. Lūdzu atzinumā par katru dokumentu norādīt vienu "
               "no variantiem:",
               "– saturs ir atbalstāms un virzāms saskaņošanai;",
               "– saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
               "– saturs nav atbalstāms.",
               "Atzinumu lūdzu atsūtīt līdz 16. februārim.",
               "Paldies!",
               "Kristaps Vanags",
               "LDDK projekta koordinators"]:
        para(d, (t_, {"color": "1F3864"}), space_after=2)
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    build("r20b11_RE VGK sistēmu tehniķa MIP un PKE – lūgums sniegt atzinumu.docx", d,
          rows=[(q, "MIP", S, "Kristīne Bite", "2026-02-16", 4),
                (q, "PKE", NC, "Kristīne Bite", "2026-02-16", 4)],
          design="Outlook reply printed to Word (No/Nosūtīts/Kam/Tēma), verdict table in the reply, coordinator's request quoted below listing all three options.",
          note="Qualification via alias 'VGK sistēmu tehniķis'. Date = sent date of the reply, not the quoted request (3 Feb). Author = coordinator who printed it.")


# ----------------------------------------------------------------------------------------------
# 12  Gmail print (English headers), no diacritics in the reply
# ----------------------------------------------------------------------------------------------
def f12():
    d = new_doc("Kristaps", D(2026, 3, 3, 12, 30), font="Arial", size=10)
    para(d, ("Gmail", {"b": True, "color": "D93025"}), "\t\t\t\t\tKristaps Vanags <kristaps.vanags@gmail.com>")
    para(d, ("Re: VGK iekartu remontatslednieks - MIP/PKE ekspertize", {"b": True, "size": 13}))
    para(d, "2 messages", space_after=6)
    para(d, ("Raivis Berzins", B), " <raivis.berzins@gmail.com>\t\t\tTue, Mar 3, 2026 at 9:15 AM", space_after=0)
    para(d, "To: Kristaps Vanags <kristaps.vanags@gmail.com>")
    for t_ in ["Sveiki,",
               "atsutu savu vertejumu par VGK iekartu remontatslednieka (3.LKI) dokumentiem.",
               "MIP - atbalstu, virzams saskanosanai. Dazas drukas kludas 2. moduli, bet tas nav butiski un "
               "precizejumus neprasa.",
               "PKE - pasreizeja redakcija neatbalstu. Prakt. uzdevums neatbilst kvalifikacijas prasibam "
               "(nav freona nopludes parbaudes, nav filtru nomainas), teorijas jautajumi lielakoties par "
               "elektrodrosibu. Jaizstrada no jauna un jaiesniedz atkartoti.",
               "Tabula zemak ta pati, tikai formas pec:"]:
        para(d, t_)
    table(d, [
        ["Dokuments", "Vertejums"],
        ["MIP", "atbalstams un virzams saskanosanai"],
        ["PKE", "nav atbalstams"],
    ], widths=[4, 10])
    para(d, "")
    para(d, "Raivis Berzins", space_after=0)
    para(d, "servisa inzenieris", space_after=8)
    para(d, "On Fri, Feb 20, 2026 at 11:02 AM Kristaps Vanags <kristaps.vanags@gmail.com> wrote:", space_after=2)
    for t_ in ["> Labdien, Raivi!",
               "> Lūdzu sniegt atzinumu par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP",
               "> un PKE saturu (faili pielikumā). Ja saturs nav atbalstāms, lūdzu īsi pamatot.",
               "> Termiņš – 3. marts.",
               "> Kristaps"]:
        para(d, (t_, {"color": "5F6368"}), space_after=0)
    q = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    build("r20b12_Gmail - Re VGK iekartu remontatslednieks.docx", d,
          rows=[(q, "MIP", S, "Raivis Berzins", "2026-03-03", 3),
                (q, "PKE", NS, "Raivis Berzins", "2026-03-03", 3)],
          design="Gmail print-out (English 'Tue, Mar 3, 2026 at 9:15 AM', 'On ... wrote:'), reply typed without diacritics, quoted request with diacritics.",
          note="Expert as written (no diacritics). 'nav butiski un precizejumus neprasa' is positive. Quoted request (20 Feb) is not the review date.")


# ----------------------------------------------------------------------------------------------
# 13  company letterhead, letter with a table
# ----------------------------------------------------------------------------------------------
def f13():
    d = new_doc("SIA Silavas Meži", D(2026, 1, 27, 14, 0), font="Times New Roman", size=12)
    header_text(d, [(("SIA „Silavas Meži”", {"b": True, "size": 14}),),
                    "Reģ. Nr. 40103987654 | Meža iela 12, Sigulda, LV-2150 | tālr. 67 000 111 | birojs@silavasmezi.lv"],
                align="c")
    para(d, "Siguldā", space_after=0)
    para(d, "27.01.2026.  Nr. 1-7/14", space_after=12)
    para(d, "Latvijas Darba devēju konfederācijai", align="r", space_after=0)
    para(d, "projekta koordinatorei I. Grīnbergai", align="r", space_after=12)
    para(d, ("Par mežsaimniecības tehniķa MIP un PKE satura ekspertīzi", B))
    para(d, "Atbilstoši LDDK deleģējumam esmu izvērtējis profesionālās izglītības iestādes darba grupas "
            "izstrādāto profesionālās kvalifikācijas „Mežsaimniecības tehniķis” (LKI 4. līmenis) "
            "modulārās izglītības programmas saturu un profesionālās kvalifikācijas eksāmena saturu "
            "(saņemti 2026. gada 12. janvārī).")
    para(d, "Ekspertīzes rezultāti apkopoti tabulā.")
    table(d, [
        ["Nr.", "Dokuments", "Ekspertīzes rezultāts", "Pamatojums"],
        ["1.", "Modulārā izglītības programma",
         "Atbalstāma ar precizējumiem; pēc to ievērošanas var virzīt saskaņošanai.",
         "Modulī „Meža inventarizācija” jāiekļauj tālizpētes datu (LiDAR, droni) izmantošana; "
         "modulī „Meža atjaunošana” – augsnes sagatavošanas tehnoloģiju salīdzinājums. Prakses "
         "vietu sarakstā nav neviena mežsaimniecības uzņēmuma ārpus Rīgas reģiona."],
        ["2.", "Profesionālās kvalifikācijas eksāmens",
         "Atbalstāms, virzāms saskaņošanai.",
         "Eksāmena saturs atbilst kvalifikācijas prasībām; iebildumu nav."],
    ], widths=[1, 3.5, 5, 6.5], header=True)
    para(d, "")
    para(d, "Nozares uzņēmumi atbalsta programmas virzību uz lielāku darba vidē balstītu mācību "
            "īpatsvaru, un SIA „Silavas Meži” ir gatava nodrošināt prakses vietas.")
    para(d, "")
    para(d, "Valdes loceklis,", space_after=0)
    para(d, "LDDK deleģētais nozares eksperts\t\t\t\tAndris Liepiņš")
    para(d, "")
    para(d, ("DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", {"size": 9}), align="c")
    q = "mežsaimniecības tehniķis"
    build("r20b13_Vēstule LDDK_mežsaimniecības tehniķis.docx", d,
          rows=[(q, "MIP", NC, "Andris Liepiņš", "2026-01-27", 4),
                (q, "PKE", S, "Andris Liepiņš", "2026-01-27", 4)],
          design="Company letterhead in page header, official letter (place, date, reg. no.), verdict table inside the letter.",
          note="'Nozares uzņēmumi atbalsta ...' is a third-person verb, not a verdict. Receipt date 12 Jan is not the review date.")


# ----------------------------------------------------------------------------------------------
# 14  several qualifications in one summary table, incl. one not in the register
# ----------------------------------------------------------------------------------------------
def f14():
    d = new_doc(COORD_KOKS, D(2026, 3, 5, 7, 55))
    d.sections[0].orientation = 1
    d.sections[0].page_width, d.sections[0].page_height = Cm(29.7), Cm(21)
    para(d, ("Kokrūpniecības nozares MIP un PKE ekspertīžu kopsavilkums (aizpilda eksperts)", B))
    para(d, ("Lūgums katrai kvalifikācijai norādīt atzinumu par MIP un PKE saturu. Ja dokuments nav "
             "saņemts, rakstīt „nav iesniegts”.", I))
    table(d, [
        ["Nr.", "Kvalifikācija (LKI)", "MIP atzinums", "PKE atzinums", "Piezīmes"],
        ["1.", "Mēbeļu galdnieks (4)", "atbalstāms un virzāms saskaņošanai",
         "atbalstāms un virzāms saskaņošanai", "—"],
        ["2.", "Būvizstrādājumu galdnieks (4)", "atbalstāms; virzāms pēc precizējumiem (sk. piezīmes)",
         "nav iesniegts",
         "MIP: precizēt kāpņu izgatavošanas moduli. PKE skola solīja atsūtīt martā, to izvērtēšu atsevišķi."],
        ["3.", "Namdaris (3)", "neatbalstu",
         "atbalstāms pēc precizējumu veikšanas",
         "Namdara MIP jāpārstrādā – guļbūves un karkasa būvniecība apvienotas vienā modulī, nav "
         "jumta konstrukciju. Kvalifikācija nav mūsu sarakstā, bet skola lūdza izvērtēt; PKE labs, "
         "jāpapildina tikai vērtēšanas kritēriji."],
    ], widths=[1, 4.5, 5.5, 5.5, 8], header=True)
    para(d, "")
    para(d, "Aizpildīja: Guntis Apinis, 2026. gada 4. martā")
    build("r20b14_kokrupnieciba_kopsavilkums_Apinis.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", S, "Guntis Apinis", "2026-03-04", 4),
                ("mēbeļu galdnieks", "PKE", S, "Guntis Apinis", "2026-03-04", 4),
                ("būvizstrādājumu galdnieks", "MIP", NC, "Guntis Apinis", "2026-03-04", 4),
                ("namdaris", "MIP", NS, "Guntis Apinis", "2026-03-04", 3),
                ("namdaris", "PKE", NC, "Guntis Apinis", "2026-03-04", 3)],
          problems=["unknown_qualification"],
          design="Landscape coordinator template with one row per qualification (MIP | PKE | notes) filled by one expert.",
          note="Būvizstrādājumu galdnieks PKE 'nav iesniegts' -> no row. 'Namdaris' not in the register -> unknown_qualification, LKI 3 from the review.")


# ----------------------------------------------------------------------------------------------
# 15  single-column form, value below the label; PKE only
# ----------------------------------------------------------------------------------------------
def f15():
    d = new_doc("Ilona Kārkliņa", D(2026, 2, 2, 18, 45))
    para(d, ("PKE satura ekspertīzes atzinums", B), align="c")
    rows = [
        ("Profesionālā kvalifikācija", "motorzāģa operators, LKI 3. līmenis"),
        ("Vērtētais dokuments", "Profesionālās kvalifikācijas eksāmena saturs (MIP ekspertīzi veic J. Kalniņš)"),
        ("Eksperta atzinums", "Eksāmena saturs kopumā ir atbalstāms, tomēr pirms tā virzīšanas saskaņošanai "
                              "darba grupai jānovērš 2.–4. punktā minētās nepilnības."),
        ("Piezīmes", None),
        ("Eksperts", "Ilona Kārkliņa"),
        ("Datums", "2026. gada 2. februāris"),
    ]
    t = d.add_table(rows=len(rows) * 2, cols=1)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        c = t.cell(2 * i, 0)
        cpara(c, (k, B))
        shade(c)
        c2 = t.cell(2 * i + 1, 0)
        if v is None:
            for n in ["1. Praktiskais uzdevums atbilst kvalifikācijas prasībām.",
                      "2. Nav norādīts, kā vērtē motorzāģa drošības ierīču pārbaudi pirms darba.",
                      "3. Teorijas testā jautājumi Nr. 7 un 12 ir ar divām pareizām atbildēm.",
                      "4. Eksāmena laiks (8 stundas) praktiskajam uzdevumam nav pamatots – jānorāda sadalījums pa daļām."]:
                cpara(c2, n)
        else:
            cpara(c2, v)
    build("r20b15_PKE motorzāģa operators - Kārkliņa.docx", d,
          rows=[("motorzāģa operators", "PKE", NC, "Ilona Kārkliņa", "2026-02-02", 3)],
          design="One-column form: shaded label row, value in the row below. PKE only.",
          note="MIP explicitly reviewed by another expert -> no MIP row. Verdict + condition in one sentence ('tomēr pirms ... jānovērš').")


# ----------------------------------------------------------------------------------------------
# 16  tracked changes: verdict and date replaced (w:del / w:ins), second round
# ----------------------------------------------------------------------------------------------
def f16():
    d = new_doc("Normunds Sproģis", D(2026, 2, 11, 15, 0))
    d.core_properties.modified = D(2026, 3, 24, 9, 40)
    au = "Normunds Sproģis"
    para(d, ("Atzinums par elektrotehniķa MIP un PKE saturu", B), align="c")
    p = para(d, ("Atkārtotā ekspertīze (2. kārta)", I), align="c")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Kvalifikācija", "elektrotehniķis (LKI 4)"), ("Eksperts", "Normunds Sproģis"),
                                ("Nozare", "enerģētika"), ("Datums", None)]):
        cpara(t.cell(i, 0), (k, B))
        if v:
            cpara(t.cell(i, 1), v)
        else:
            tracked(t.cell(i, 1).paragraphs[0], deleted="11.02.2026.", inserted="24.03.2026.", author=au)
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(12)
    para(d, "")
    para(d, "1. kārtā (11.02.2026.) MIP saturs netika atbalstīts, jo programmā nebija ietverta "
            "relejaizsardzība un automātika. Darba grupa 17.03.2026. iesniedza labotu redakciju.")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cpara(t.cell(0, 0), ("Dokuments", B))
    cpara(t.cell(0, 1), ("Atzinums", B))
    cpara(t.cell(1, 0), "MIP")
    p = t.cell(1, 1).paragraphs[0]
    run(p, "Saturs ")
    tracked(p, deleted="nav atbalstāms. Nepieciešama atkārtota ekspertīze.",
            inserted="ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai. Precizēt moduļa "
                     "„Relejaizsardzība” stundu skaitu (šobrīd 40 h, nepietiekami).", author=au)
    cpara(t.cell(2, 0), "PKE")
    cpara(t.cell(2, 1), "Saturs ir atbalstāms un virzāms saskaņošanai (1. kārtā norādītie precizējumi ievēroti).")
    for r in t.rows:
        r.cells[0].width = Cm(3)
        r.cells[1].width = Cm(13)
    q = "elektrotehniķis"
    build("r20b16_Elektrotehnikis_2karta_labots.docx", d,
          rows=[(q, "MIP", NC, "Normunds Sproģis", "2026-03-24", 4),
                (q, "PKE", S, "Normunds Sproģis", "2026-03-24", 4)],
          design="Second-round review edited with track changes: MIP verdict and the date cell are w:del (old) + w:ins (new).",
          note="Current text = inserted runs: MIP needs corrections, date 24.03.2026. History sentence ('netika atbalstīts') is not a verdict.")


# ----------------------------------------------------------------------------------------------
# 17  conflict: two options marked for PKE
# ----------------------------------------------------------------------------------------------
def f17():
    d = new_doc(COORD_KOKS, D(2026, 3, 19, 8, 30))
    para(d, ("Nozares eksperta atzinums", B), align="c")
    table(d, [
        ["Kvalifikācija:", "Kokapstrādes iekārtu operators"],
        ["LKI:", "3"],
        ["Eksperte:", "Elīna Cīrule"],
        ["Datums:", "18.03.2026."],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    t = table(d, [
        ["", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "", "x"],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "x", ""],
        ["Saturs nav atbalstāms", "", "x"],
        ["Komentāri",
         "Precizēt moduļa „Kokmateriālu žāvēšana” rezultātus un prakses plānu.",
         "Teorijas daļa laba. Praktiskā uzdevuma apraksts ļoti īss, bet vērtēšanas kritēriji ir."],
    ], widths=[8, 4, 4], header=True)
    for r in t.rows[1:4]:
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    q = "kokapstrādes iekārtu operators"
    build("r20b17_Kokapstrādes iekārtu operators_Cīrule.docx", d,
          rows=[(q, "MIP", NC, "Elīna Cīrule", "2026-03-18", 3),
                (q, "PKE", UNK, "Elīna Cīrule", "2026-03-18", 3)],
          problems=["conflict"],
          design="X-in-column form where the PKE column has two marks ('atbalstāms un virzāms' and 'nav atbalstāms').",
          note="PKE comment is mixed and does not resolve the double mark -> unknown + conflict.")


# ----------------------------------------------------------------------------------------------
# 18  ☑ / ☐ typed glyphs; PKE has remarks but no box ticked -> no verdict
# ----------------------------------------------------------------------------------------------
def f18():
    d = new_doc("Artūrs Dzenis", D(2026, 4, 8, 17, 20))
    para(d, ("Ekspertīzes atzinums", B), align="c")
    para(d, "Projekta 5. posms", align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Elektromontieris"],
        ["LKI līmenis", "3"],
        ["Eksperts", "Artūrs Dzenis"],
        ["Atzinuma datums", "08.04.2026."],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for title, chosen, remarks in [
        ("MIP saturs", 1, ["Jāpapildina modulis „Zemējuma ierīces” ar mērījumu protokolu noformēšanu.",
                           "Mācību prakses uzdevumos iekļaut darbu ar 0,4 kV gaisvadu līnijām."]),
        ("PKE saturs", None, ["Praktiskajam uzdevumam ir tikai viens variants – eksāmenā visi izglītojamie "
                              "pildīs vienu un to pašu uzdevumu.",
                              "Teorijas daļā 30 jautājumi, no tiem 11 par vispārējo darba aizsardzību.",
                              "Vērtēšanas lapā nav norādīts minimālais punktu skaits.",
                              "Pirms galīgā viedokļa vēlos redzēt otro praktiskā uzdevuma variantu."]),
    ]:
        t = d.add_table(rows=5, cols=2)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 1))
        cpara(a, (title, B))
        shade(a, "E7E6E6")
        for i, o in enumerate(opts):
            glyph(t.cell(i + 1, 0).paragraphs[0], "\u2611" if chosen == i else "\u2610", font="Segoe UI Symbol")
            cpara(t.cell(i + 1, 1), o)
        b = t.cell(4, 0).merge(t.cell(4, 1))
        cpara(b, ("Piezīmes:", I))
        for r_ in remarks:
            cpara(b, "– " + r_)
        for r in t.rows[1:4]:
            r.cells[0].width = Cm(1.2)
            r.cells[1].width = Cm(14.8)
        para(d, "")
    q = "elektromontieris"
    build("r20b18_elektromontieris_atzinums_Dzenis.docx", d,
          rows=[(q, "MIP", NC, "Artūrs Dzenis", "2026-04-08", 3),
                (q, "PKE", UNK, "Artūrs Dzenis", "2026-04-08", 3)],
          problems=["no_verdict"],
          design="Per-document blocks with Segoe UI Symbol ☑/☐; PKE block has only remarks, all boxes empty.",
          note="PKE is covered (remarks) but no option ticked and the expert defers -> unknown + no_verdict.")


# ----------------------------------------------------------------------------------------------
# 19  history table: round 1 and round 2; current = latest round
# ----------------------------------------------------------------------------------------------
def f19():
    d = new_doc(COORD_EN, D(2026, 3, 3, 10, 10))
    para(d, ("Mehatronisko sistēmu tehniķis (4. LKI) – MIP un PKE ekspertīzes gaita", B))
    table(d, [
        ["Kārta", "Datums", "MIP", "PKE", "Komentārs"],
        ["1.", "21.01.2026.", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms",
         "PKE praktiskais uzdevums neatbilda 4. līmenim; MIP – sīki precizējumi robotikas modulī."],
        ["2.", "02.03.2026.", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
         "Visi 1. kārtas precizējumi veikti, PKE uzdevums pārstrādāts (diagnostika + PLC programmas korekcija)."],
    ], widths=[1.3, 2.5, 4.2, 4.2, 4.8], header=True)
    para(d, "")
    para(d, ("Spēkā esošais atzinums: 2. kārta.", B))
    para(d, "")
    table(d, [["Eksperts", "Mg. sc. ing. Viktors Šteins"], ["Datums", "02.03.2026."]],
          widths=[4, 12], bold_first_col=True)
    q = "mehatronisko sistēmu tehniķis"
    build("r20b19_MST_PKE_MIP_atkartota ekspertize.docx", d,
          rows=[(q, "MIP", S, "Viktors Šteins", "2026-03-02", 4),
                (q, "PKE", S, "Viktors Šteins", "2026-03-02", 4)],
          design="Round-history table (Kārta | Datums | MIP | PKE | Komentārs) with both rounds; a line says which is current.",
          note="Round 1 verdicts are history. Title 'Mg. sc. ing.' stripped. Date = round 2 / signature date.")


# ----------------------------------------------------------------------------------------------
# 20  long review: module-by-module remarks (one says 'nav atbalstāms'), conclusion table outranks
# ----------------------------------------------------------------------------------------------
def f20():
    d = new_doc(COORD_EN, D(2026, 4, 23, 9, 5), font="Times New Roman", size=12)
    para(d, ("Ekspertīzes atzinums par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa "
             "modulārās izglītības programmas un kvalifikācijas eksāmena saturu", B), align="c")
    table(d, [
        ["Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"],
        ["LKI līmenis", "4"],
        ["Nozare", "Enerģētika"],
        ["Eksperts", "Jurijs Petrovs"],
        ["Izstrādātājs", "Profesionālās izglītības kompetences centra darba grupa"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    para(d, ("1. MIP izvērtējums pa moduļiem", B))
    table(d, [
        ["Modulis", "Eksperta piezīmes"],
        ["Ievads profesijā", "Bez iebildumiem."],
        ["Gaisa apstrādes iekārtas",
         "Saturs labs. Ieteicams papildināt ar rotējošo siltummaiņu apkopi."],
        ["Ventilācijas sistēmu montāža",
         "Sasniedzamie rezultāti precīzi, atbilst nozares standartiem (LVS EN 12599). "
         "Nepieciešami nelieli valodas labojumi."],
        ["Aukstuma iekārtu apkope",
         "Moduļa saturs šādā redakcijā nav atbalstāms – nav iekļautas F-gāzu regulas prasības, "
         "sertifikācija darbam ar fluorētajām siltumnīcefekta gāzēm un noplūžu pārbaudes kārtība. "
         "Modulis jāpārstrādā."],
        ["Automātika un vadība",
         "Atbilst. Labi, ka iekļauta BMS sistēmu pamatkonfigurēšana."],
        ["Sistēmu regulēšana un nodošana ekspluatācijā",
         "Papildināt ar gaisa daudzuma mērījumu protokolu paraugu."],
        ["Mācību prakse", "Prakses apjoms 480 h ir atbilstošs."],
    ], widths=[5, 11], header=True)
    para(d, "")
    para(d, ("2. PKE izvērtējums", B))
    para(d, "Eksāmena teorētiskā daļa (40 jautājumi) aptver visas kvalifikācijas prasību jomas. "
            "Praktiskais uzdevums – ventilācijas sistēmas ar rekuperāciju regulēšana un nodošanas "
            "dokumentācijas sagatavošana – ir reālistisks un atbilst 4. LKI līmenim. Vērtēšanas "
            "kritēriji skaidri, punktu sadalījums pamatots. Iebildumu nav.")
    para(d, "")
    para(d, ("3. Slēdziens", B))
    table(d, [
        ["Dokuments", "Slēdziens"],
        ["MIP", "Atbalstāms ar precizējumiem: pēc moduļa „Aukstuma iekārtu apkope” pārstrādes un "
                "1. punktā minēto papildinājumu veikšanas virzāms saskaņošanai."],
        ["PKE", "Atbalstāms un virzāms saskaņošanai."],
    ], widths=[3, 13], header=True)
    para(d, "")
    table(d, [["Paraksts / datums", "________________ / 22.04.2026"]], widths=[4, 12], bold_first_col=True)
    q = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
    build("r20b20_Atzinums_VGK_sistemu_tehnikis_Petrovs.docx", d,
          rows=[(q, "MIP", NC, "Jurijs Petrovs", "2026-04-22", 4),
                (q, "PKE", S, "Jurijs Petrovs", "2026-04-22", 4)],
          design="Long review: module-by-module remark table (one module 'nav atbalstāms'), then 'Slēdziens' table; date only in 'Paraksts / datums'.",
          note="The module-level rejection is a body remark; the conclusion outranks it -> MIP needs corrections.")


# ----------------------------------------------------------------------------------------------
# 21  very short, hasty
# ----------------------------------------------------------------------------------------------
def f21():
    d = new_doc("Marta", D(2026, 3, 9, 22, 48))
    table(d, [
        ["PK", "Mēbeļu galdn. (4.LKI)"],
        ["MIP", "ok, atbalstu. var virzit"],
        ["PKE", "atbalstu ar precizējumiem – sk. komentārus dokumentā"],
        ["", "M. Krūmiņa 09.03.2026"],
    ], widths=[2, 12])
    q = "mēbeļu galdnieks"
    build("r20b21_mebelu galdn_Krumina.docx", d,
          rows=[(q, "MIP", S, "M. Krūmiņa", "2026-03-09", 4),
                (q, "PKE", NC, "M. Krūmiņa", "2026-03-09", 4)],
          design="Four-row table, hasty mixed-diacritics shorthand ('Mēbeļu galdn.', 'ok, atbalstu. var virzit').",
          note="Abbreviated qualification name; expert initial + surname as written.")


# ----------------------------------------------------------------------------------------------
# 22  qualification not in the register; ✓ in column
# ----------------------------------------------------------------------------------------------
def f22():
    d = new_doc(COORD_EN, D(2026, 5, 7, 8, 0))
    para(d, ("Mašīnbūves un metālapstrādes nozares eksperta atzinums", B), align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Metinātājs (MAG, TIG metināšana)"],
        ["LKI līmenis", "LKI 3. līmenis"],
        ["Eksperts", "Aleksandrs Ivanovs"],
        ["Datums", "06.05.2026."],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    t = table(d, [
        ["Atzinums", "MIP", "PKE"],
        ["Saturs ir atbalstāms un virzāms saskaņošanai", "\u2713", ""],
        ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", "\u2713"],
        ["Saturs nav atbalstāms", "", ""],
    ], widths=[11, 2.5, 2.5], header=True)
    for r in t.rows[1:]:
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    para(d, ("Piezīmes par PKE: ", B), "praktiskajā daļā jānorāda metināmo paraugu pārbaudes metodes "
            "(vizuālā kontrole pēc LVS EN ISO 5817, lieces tests) un pieļaujamie defektu līmeņi. "
            "MIP – bez piezīmēm.")
    build("r20b22_Metinatajs_MIP_PKE_Ivanovs.docx", d,
          rows=[("metinātājs", "MIP", S, "Aleksandrs Ivanovs", "2026-05-06", 3),
                ("metinātājs", "PKE", NC, "Aleksandrs Ivanovs", "2026-05-06", 3)],
          problems=["unknown_qualification"],
          design="✓ (U+2713) in MIP/PKE columns next to printed options; qualification not in the register.",
          note="'Metinātājs' is not in the register -> unknown_qualification; LKI 3 from the review.")


# ----------------------------------------------------------------------------------------------
# 23  expert-redesigned form: three yes/no statements per document
# ----------------------------------------------------------------------------------------------
def f23():
    d = new_doc("Daiga Sniķere", D(2026, 2, 11, 20, 15))
    para(d, ("Koka izstrādājumu ražošanas tehniķis, LKI 4", B))
    para(d, "Ekspertīzes atzinums – eksperte Daiga Sniķere, 11.02.2026.")
    para(d, ("Koordinatores veidlapu pārveidoju, lai varētu atbildēt par katru apgalvojumu atsevišķi.", I))
    table(d, [
        ["Apgalvojums", "MIP", "PKE"],
        ["Saturs ir atbalstāms", "Jā", "Nē"],
        ["Nepieciešami precizējumi", "Nē", "Jā"],
        ["Virzāms saskaņošanai", "Jā", "Nē"],
        ["Pamatojums",
         "Programma atbilst kvalifikācijas prasībām, moduļi sabalansēti.",
         "PKE jāizstrādā no jauna – eksāmena uzdevumi atbilst operatora, nevis tehniķa līmenim "
         "(nav ražošanas procesa plānošanas un kvalitātes vadības)."],
    ], widths=[5, 5.5, 5.5], header=True)
    q = "koka izstrādājumu ražošanas tehniķis"
    build("r20b23_KIRT_atzinums_Snikere.docx", d,
          rows=[(q, "MIP", S, "Daiga Sniķere", "2026-02-11", 4),
                (q, "PKE", NS, "Daiga Sniķere", "2026-02-11", 4)],
          design="Form redesigned by the expert: Jā/Nē answers to 'atbalstāms', 'nepieciešami precizējumi', 'virzāms' per document.",
          note="MIP Jā/Nē/Jā = supported; PKE Nē/Jā/Nē plus 'jāizstrādā no jauna' = not supported.")


# ----------------------------------------------------------------------------------------------
# 24  Outlook (English headers) with a ✓ table; PKE only
# ----------------------------------------------------------------------------------------------
def f24():
    d = new_doc(COORD_KOKS, D(2026, 3, 12, 15, 0))
    for k, v in [("From:", "Kaspars Jansons <k.jansons@cnc-koks.lv>"),
                 ("Sent:", "Thursday, March 12, 2026 2:05 PM"),
                 ("To:", "Ilze Grīnberga <ilze.grinberga@lddk.lv>"),
                 ("Cc:", "Santa Rudzīte <santa.rudzite@inbox.lv>"),
                 ("Subject:", "RE: PKE ekspertīze – datorizētu kokapstrādes iekārtu operators")]:
        para(d, (k, B), " " + v, space_after=0)
    para(d, "")
    para(d, "Labdien, Ilze!")
    para(d, "Atzinums par datorizēto kokapstrādes iekārtu operatoru PKE (4. LKI) – atzīmēju tabulā:")
    t = table(d, [
        ["PKE saturs", ""],
        ["ir atbalstāms un virzāms saskaņošanai", "\u2713"],
        ["ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""],
        ["nav atbalstāms", ""],
    ], widths=[12, 2], header=True)
    para(d, "")
    para(d, "Praktiskais uzdevums ar CNC frēzes programmas sagatavošanu un detaļas izgatavošanu ir tieši tas, "
            "ko mēs sagaidām no jaunā darbinieka. Par MIP atzinumu sniedz Santa, es programmu neskatīju.")
    para(d, "Kaspars", space_after=0)
    para(d, "")
    para(d, "-----Original Message-----", space_after=0)
    for k, v in [("From:", "Ilze Grīnberga <ilze.grinberga@lddk.lv>"),
                 ("Sent:", "Monday, March 2, 2026 9:30 AM"),
                 ("To:", "Kaspars Jansons <k.jansons@cnc-koks.lv>"),
                 ("Subject:", "PKE ekspertīze – datorizētu kokapstrādes iekārtu operators")]:
        para(d, (k, B), " " + v, space_after=0)
    para(d, "Labdien, Kaspar! Pielikumā PKE saturs. Lūdzu atzīmēt, vai saturs ir atbalstāms un virzāms "
            "saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Paldies par atbalstu! Ilze")
    build("r20b24_RE PKE ekspertize - datorizetu kokapstrades iekartu operators.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", S, "Kaspars Jansons", "2026-03-12", 4)],
          design="Outlook print with English headers (From/Sent/To/Subject), a ✓ option table in the reply, original message quoted below.",
          note="Only PKE; MIP explicitly by another expert -> no MIP row. Expert full name from the From line (signature only 'Kaspars'). 'Paldies par atbalstu' is a noun.")


# ----------------------------------------------------------------------------------------------
# 25  name and date only in the page header
# ----------------------------------------------------------------------------------------------
def f25():
    d = new_doc(COORD_KOKS, D(2026, 4, 15, 9, 45))
    header_text(d, ["Eksperts: Dace Priede\t\tAtzinums sagatavots 2026-04-14"])
    para(d, ("Meža mašīnu operators (3. LKI)", B))
    para(d, "MIP un PKE satura ekspertīze, 5. posms")
    table(d, [
        ["Dokuments", "Atzinums", "Pamatojums"],
        ["MIP", "Nav atbalstāms.",
         "Programmā nav ietverta meža mašīnu tehniskā apkope un hidraulikas bojājumu diagnostika; "
         "simulatora mācības paredzētas tikai 16 h. Pēc pārstrādes nepieciešama atkārtota ekspertīze."],
        ["PKE", "Atbalstāms, ja tiek precizēta vērtēšanas kārtība; pēc tam virzāms saskaņošanai.",
         "Jānorāda, kā vērtē darbu uz simulatora un kā – mežā; pašlaik abas daļas summējas bez svara "
         "koeficientiem."],
    ], widths=[2.5, 5.5, 8], header=True)
    q = "meža mašīnu operators"
    build("r20b25_Meža mašīnu operators_Priede_galīgais.docx", d,
          rows=[(q, "MIP", NS, "Dace Priede", "2026-04-14", 3),
                (q, "PKE", NC, "Dace Priede", "2026-04-14", 3)],
          design="Summary table; expert and date only in the page header.",
          note="PKE condition expressed with 'ja tiek precizēta ...; pēc tam virzāms'.")


# ----------------------------------------------------------------------------------------------
# 26  old PKL level, ☑ glyph in a verdict column
# ----------------------------------------------------------------------------------------------
def f26():
    d = new_doc("Pēteris Grāvītis", D(2026, 1, 16, 12, 0))
    para(d, ("ATZINUMS", B), align="c")
    table(d, [
        ["Kvalifikācija", "kokapstrādes iekārtu operators"],
        ["Kvalifikācijas līmenis", "2. PKL"],
        ["Eksperts", "Pēteris Grāvītis"],
        ["Datums", "2026.gada 16.janvārī"],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    t = table(d, [
        ["", "atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"],
        ["MIP", "\u2611", "\u2610", "\u2610"],
        ["PKE", "\u2610", "\u2611", "\u2610"],
    ], widths=[2, 4.5, 5.5, 4], header=True)
    for r in t.rows[1:]:
        for c in r.cells[1:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rr in c.paragraphs[0].runs:
                set_font(rr, "MS Gothic")
    para(d, "")
    para(d, ("Precizējumi PKE: ", B), "teorijas testā aizstāt jautājumus par rokas instrumentiem ar "
            "jautājumiem par iekārtu iestatīšanu; praktiskajā uzdevumā norādīt izmantojamo iekārtu sarakstu.")
    q = "kokapstrādes iekārtu operators"
    build("r20b26_kokapstrades iekartu operators_Gravitis.docx", d,
          rows=[(q, "MIP", S, "Pēteris Grāvītis", "2026-01-16", 3),
                (q, "PKE", NC, "Pēteris Grāvītis", "2026-01-16", 3)],
          design="Options as column headers, ☑/☐ glyphs in the row of each document; level given as old '2. PKL'.",
          note="2. PKL = LKI 3 (agrees with the register).")


# ----------------------------------------------------------------------------------------------
# 27  two qualifications, each in its own section; signature cell at the end
# ----------------------------------------------------------------------------------------------
def f27():
    d = new_doc(COORD_EN, D(2026, 5, 4, 10, 0))
    para(d, ("Enerģētikas nozares eksperta atzinums", B), align="c")
    para(d, "Eksperts: Gatis Ošiņš, AS „Zemgales elektrotīkli” (nozares pārstāvis)", align="c")
    para(d, "")
    sections = [
        ("1. Elektromontieris (LKI 3)", {"MIP": 0, "PKE": 0}, "X",
         "Abi dokumenti atbilst; precizējumi nav vajadzīgi."),
        ("2. Elektrotehniķis (LKI 4)", {"MIP": 1, "PKE": 1}, "V",
         "MIP: papildināt ar elektroenerģijas uzkrāšanas sistēmām (akumulatoru baterijas). "
         "PKE: praktiskā uzdevuma vērtēšanas lapā jānosaka kritiskās kļūdas."),
    ]
    opts = ["Atbalstāms un virzāms saskaņošanai",
            "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Nav atbalstāms"]
    for title, marks, sign, note in sections:
        para(d, (title, B))
        rows = [["Atzinums", "MIP", "PKE"]]
        for i, o in enumerate(opts):
            rows.append([o, sign if marks["MIP"] == i else "", sign if marks["PKE"] == i else ""])
        rows.append(["Piezīmes", note, ""])
        t = table(d, rows, widths=[9, 3.5, 3.5], header=True)
        t.cell(4, 1).merge(t.cell(4, 2))
        para(d, "")
    table(d, [["Paraksts / datums", "G. Ošiņš / 2026. gada 30. aprīlī"]], widths=[5, 11], bold_first_col=True)
    build("r20b27_Energetika_elektromontieris_elektrotehnikis_Osins.docx", d,
          rows=[("elektromontieris", "MIP", S, "Gatis Ošiņš", "2026-04-30", 3),
                ("elektromontieris", "PKE", S, "Gatis Ošiņš", "2026-04-30", 3),
                ("elektrotehniķis", "MIP", NC, "Gatis Ošiņš", "2026-04-30", 4),
                ("elektrotehniķis", "PKE", NC, "Gatis Ošiņš", "2026-04-30", 4)],
          design="Two qualification sections in one file, each with an X/V option table; signature cell 'Paraksts / datums' at the end.",
          note="Full name in the subtitle, initial in the signature; full name used. Second section marks with 'V'.")


# ----------------------------------------------------------------------------------------------
# 28  nested table inside the verdict cell
# ----------------------------------------------------------------------------------------------
def f28():
    d = new_doc("Tatjana Kozlova", D(2026, 5, 19, 14, 25))
    para(d, ("Atzinums par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka "
             "MIP un PKE saturu", B))
    para(d, "LKI 3. līmenis | Eksperte: Tatjana Kozlova | 19.05.2026.")
    outer = d.add_table(rows=3, cols=3)
    outer.style = "Table Grid"
    for j, h in enumerate(["Dokuments", "Atzinums", "Komentārs"]):
        cpara(outer.cell(0, j), (h, B))
    opts = ["atbalstāms un virzāms saskaņošanai",
            "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "nav atbalstāms"]
    for ri, (doc_, ch, com) in enumerate([
        ("MIP", 1, "Modulī „Kondicionieru uzstādīšana” pievienot vakuumēšanas un hermētiskuma pārbaudes "
                   "darba soļus; precizēt prakses uzdevumus."),
        ("PKE", 0, "Eksāmena saturs atbilst, uzdevumi praktiski.")], start=1):
        cpara(outer.cell(ri, 0), doc_)
        c = outer.cell(ri, 1)
        inner = c.add_table(rows=3, cols=2)
        inner.style = "Table Grid"
        for i, o in enumerate(opts):
            cpara(inner.cell(i, 0), "X" if i == ch else "")
            cpara(inner.cell(i, 1), o)
        cpara(outer.cell(ri, 2), com)
    build("r20b28_VGK iekārtu remontatslēdznieks_Kozlova.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NC, "Tatjana Kozlova", "2026-05-19", 3),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", S, "Tatjana Kozlova", "2026-05-19", 3)],
          design="Nested tables: the verdict cell of each document row contains an inner option table with X.",
          note="Qualification in the genitive in the title; metadata on one '|' line.")


# ----------------------------------------------------------------------------------------------
# 29  dropdown content controls; PKE still shows the placeholder
# ----------------------------------------------------------------------------------------------
def f29():
    d = new_doc("Zane Ābele", D(2026, 6, 3, 16, 0))
    para(d, ("MIP un PKE satura ekspertīzes atzinums", B), align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "Mežsaimniecības tehniķis"],
        ["LKI līmenis", "4"],
        ["Eksperts", "Zane Ābele"],
        ["Datums", "03.06.2026."],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    items = ["Saturs ir atbalstāms un virzāms saskaņošanai",
             "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "Saturs nav atbalstāms"]
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Dokuments", "Atzinums", "Piezīmes"]):
        cpara(t.cell(0, j), (h, B))
    cpara(t.cell(1, 0), "MIP")
    sdt_dropdown(t.cell(1, 1).paragraphs[0], items, chosen=items[0])
    cpara(t.cell(1, 2), "Precizējumi pēc 1. kārtas ievēroti.")
    cpara(t.cell(2, 0), "PKE")
    sdt_dropdown(t.cell(2, 1).paragraphs[0], items, chosen=None)
    cpara(t.cell(2, 2), "Teorētiskās daļas jautājumu bankā 60 jautājumi, eksāmenā tiek izvēlēti 30 – "
                        "nav aprakstīts izvēles princips. Praktiskajā daļā cirsmas taksācijas uzdevums labs.")
    q = "mežsaimniecības tehniķis"
    build("r20b29_Mezsaimniecibas tehnikis atzinums Abele.docx", d,
          rows=[(q, "MIP", S, "Zane Ābele", "2026-06-03", 4),
                (q, "PKE", UNK, "Zane Ābele", "2026-06-03", 4)],
          problems=["no_verdict"],
          design="Dropdown content controls (w:dropDownList listing all three options); MIP chosen, PKE still 'Izvēlieties vienumu.' placeholder.",
          note="PKE has remarks (covered) but no choice -> unknown + no_verdict. List items in sdtPr must not count.")


# ----------------------------------------------------------------------------------------------
# 30  prose in cells: 'neatbalstu' and 'iebildumu nav'; initial-only signature
# ----------------------------------------------------------------------------------------------
def f30():
    d = new_doc(COORD_EN, D(2026, 3, 18, 9, 0))
    para(d, ("Eksperta viedoklis", B))
    table(d, [
        ["Kvalifikācija", "mehatronisko sistēmu tehniķis"],
        ["Dokumenti", "MIP (red. 2026-03-02), PKE (red. 2026-03-02)"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    table(d, [
        ["MIP", "Šo MIP redakciju neatbalstu. Programmā joprojām nav industriālo tīklu (Profinet, "
                "Modbus) un mašīnredzes; moduļu apjomi kredītpunktos nesakrīt ar kopējo programmas "
                "apjomu. Pēc pārstrādes lūdzu atsūtīt vēlreiz."],
        ["PKE", "Pret PKE satura virzīšanu saskaņošanai iebildumu nav."],
        ["Paraksts / datums", "/A. Zvaigzne/  17.03.26"],
    ], widths=[4, 12], bold_first_col=True)
    q = "mehatronisko sistēmu tehniķis"
    build("r20b30_Mehatronisko sistemu tehnikis_AZ.docx", d,
          rows=[(q, "MIP", NS, "A. Zvaigzne", "2026-03-17", 4),
                (q, "PKE", S, "A. Zvaigzne", "2026-03-17", 4)],
          design="Minimal form with prose verdicts in cells; name (initial) and two-digit-year date only in 'Paraksts / datums'.",
          note="'neatbalstu' = not supported; 'iebildumu nav' to forwarding = supported. LKI from register.")


# ----------------------------------------------------------------------------------------------
# 31  machine building: two qualifications in one table, one not in the register
# ----------------------------------------------------------------------------------------------
def f31():
    d = new_doc("Uldis Kociņš", D(2026, 6, 17, 11, 30))
    para(d, ("MIP un PKE satura ekspertīze – mašīnbūve un metālapstrāde", B))
    para(d, "Projekta 5. posms (2026. gada aprīlis – jūlijs)")
    table(d, [
        ["Kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
        ["Mehatronisko sistēmu tehniķis", "4", "Atbalstīta, virzāma saskaņošanai",
         "Atbalstīts, virzāms saskaņošanai", "Pēc 2. kārtas labojumiem iebildumu nav."],
        ["Mašīnbūves tehniķis", "4",
         "Atbalstīta ar nosacījumu – pirms saskaņošanas precizēt CAD/CAM moduli",
         "Atbalstīts ar nosacījumu, ka tiek papildināti vērtēšanas kritēriji",
         "Kvalifikācija iekļauta darba grupas plānā 2026. gada maijā."],
    ], widths=[3.8, 1.2, 4, 4, 3], header=True)
    para(d, "")
    table(d, [["Sagatavoja", "Uldis Kociņš"], ["Datums", "2026. gada 17. jūnijs"]], widths=[4, 12], bold_first_col=True)
    build("r20b31_Masinbuve_MIP_PKE_kopsavilkums_Kocins.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", S, "Uldis Kociņš", "2026-06-17", 4),
                ("mehatronisko sistēmu tehniķis", "PKE", S, "Uldis Kociņš", "2026-06-17", 4),
                ("mašīnbūves tehniķis", "MIP", NC, "Uldis Kociņš", "2026-06-17", 4),
                ("mašīnbūves tehniķis", "PKE", NC, "Uldis Kociņš", "2026-06-17", 4)],
          problems=["unknown_qualification"],
          design="One table, one row per qualification with MIP/PKE verdicts as participles (atbalstīta/atbalstīts, ar nosacījumu).",
          note="'Mašīnbūves tehniķis' not in the register -> unknown_qualification; LKI 4 from the table.")


# ----------------------------------------------------------------------------------------------
# 32-35  NOT reviews
# ----------------------------------------------------------------------------------------------
def f32():
    d = new_doc(COORD_KOKS, D(2026, 2, 13, 15, 30))
    para(d, ("LDDK nozaru ekspertu sanāksmes PROTOKOLS Nr. 2", B), align="c")
    para(d, "Rīgā, 2026. gada 12. februārī (tiešsaistē, MS Teams)", align="c")
    table(d, [
        ["Sēdi vada", "Ilze Grīnberga, LDDK projekta koordinatore"],
        ["Piedalās", "J. Kalniņš, I. Ozola, R. Lācis, S. Rudzīte, G. Apinis, M. Eglītis, K. Vanags"],
        ["Protokolē", "Līga Bērziņa"],
    ], widths=[4, 12], bold_first_col=True)
    para(d, "")
    table(d, [
        ["Nr.", "Darba kārtības jautājums", "Nolemts / atbildīgais"],
        ["1.", "Informācija par projekta 4.2.2.9. pasākuma 4. posma gaitu un specifiskā atbalsta "
               "mērķa rādītājiem.", "Pieņemt zināšanai."],
        ["2.", "MIP un PKE ekspertīžu statuss kokrūpniecībā: motorzāģa operatora un meža mašīnu "
               "operatora atzinumi saņemti; mēbeļu galdnieka, būvizstrādājumu galdnieka un "
               "datorizētu kokapstrādes iekārtu operatora ekspertīze turpinās.",
         "Ekspertiem atzinumus iesniegt līdz 13.03.2026. / eksperti"],
        ["3.", "Vienota atzinuma forma. Atzinumā par katru dokumentu norāda vienu no formulējumiem: "
               "„saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu "
               "veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”.",
         "Koordinatorei izsūtīt veidlapu līdz 16.02.2026. / I. Grīnberga"],
        ["4.", "Dažādi: izglītības iestādes lūdz ekspertu metodisko atbalstu darba grupām, īpaši "
               "vērtēšanas kritēriju izstrādē. Eksperti izsaka atbalstu kopīgam semināram.",
         "Semināru organizēt martā / K. Vanags"],
    ], widths=[1, 9.5, 5.5], header=True)
    para(d, "")
    para(d, "Sēdes vadītāja\t\t\tI. Grīnberga")
    para(d, "Protokolētāja\t\t\tL. Bērziņa")
    build("r20b32_Ekspertu sanaksmes protokols_2026-02.docx", d,
          problems=["no_verdict"],
          design="NOT a review: meeting minutes (agenda table) listing qualifications, status and all verdict formulas.",
          note="Status ('atzinumi saņemti'), the option list and 'metodisko atbalstu' / 'izsaka atbalstu' are no verdicts.")


def f33():
    d = new_doc(COORD_EN, D(2026, 4, 2, 9, 0))
    d.sections[0].orientation = 1
    d.sections[0].page_width, d.sections[0].page_height = Cm(29.7), Cm(21)
    para(d, ("Ekspertu sadale MIP un PKE satura ekspertīzei – projekta 5. posms", B))
    table(d, [
        ["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
        ["1.", "elektromontieris", "3", "A. Dzenis", "A. Dzenis", "10.04.2026.", "PKE iesniegts atkārtoti"],
        ["2.", "elektrotehniķis", "4", "G. Ošiņš", "G. Ošiņš", "30.04.2026.", "procesā"],
        ["3.", "VGK sistēmu tehniķis", "4", "J. Petrovs", "J. Petrovs", "24.04.2026.", "procesā"],
        ["4.", "VGK iekārtu remontatslēdznieks", "3", "T. Kozlova", "T. Kozlova", "20.05.2026.", "PKE 1. kārtā nav atbalstīts – jāvērtē atkārtoti"],
        ["5.", "mehatronisko sistēmu tehniķis", "4", "U. Kociņš", "U. Kociņš", "19.06.2026.", "atkārtota ekspertīze"],
        ["6.", "metinātājs", "3", "A. Ivanovs", "A. Ivanovs", "08.05.2026.", "jauna kvalifikācija"],
    ], widths=[1, 6, 1.2, 3, 3, 2.8, 7], header=True)
    para(d, "")
    para(d, ("Ekspertiem atzinumi jāsagatavo, izmantojot LDDK veidlapu. Sagatavoja K. Vanags, 02.04.2026.", I))
    build("r20b33_Ekspertu sadale_5posms.docx", d,
          problems=["no_verdict"],
          design="NOT a review: coordinator's assignment table (qualification | MIP expert | PKE expert | deadline | status).",
          note="Contains expert names, LKI levels, an unregistered qualification and a history status ('nav atbalstīts'), but no review.")


def f34():
    d = new_doc(COORD_KOKS, D(2026, 2, 16, 11, 0))
    header_text(d, ["Veidlapa – aizpilda nozares eksperts"], align="r")
    para(d, ("EKSPERTA ATZINUMS", B), align="c")
    para(d, "par MIP un PKE satura atbilstību profesionālās kvalifikācijas prasībām", align="c")
    table(d, [
        ["Profesionālā kvalifikācija", "[kvalifikācijas nosaukums]"],
        ["LKI līmenis", "[3 / 4 / 5]"],
        ["Eksperts", "[vārds, uzvārds]"],
        ["Datums", "[dd.mm.gggg.]"],
    ], widths=[5, 11], bold_first_col=True)
    para(d, "")
    para(d, ("Norādījumi: ", B), "ekspertīzes mērķis ir izvērtēt, vai MIP un PKE saturs ir atbalstāms un "
            "virzāms saskaņošanai. Atbilstošo atzīmējiet ar X vai ☒. Ja saturs ir atbalstāms tikai pēc "
            "precizējumiem, tos uzskaitiet sadaļā „Precizējumi”. Ja saturs nav atbalstāms, obligāti "
            "norādiet pamatojumu.")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Atzinums", "MIP", "PKE"]):
        cpara(t.cell(0, j), (h, B))
    for i, o in enumerate(["Saturs ir atbalstāms un virzāms saskaņošanai",
                           "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                           "Saturs nav atbalstāms"]):
        cpara(t.cell(i + 1, 0), o)
        glyph(t.cell(i + 1, 1).paragraphs[0], "\u2610")
        glyph(t.cell(i + 1, 2).paragraphs[0], "\u2610")
    para(d, "")
    table(d, [["Precizējumi / pamatojums"], [""], ["Paraksts / datums"], [""]], widths=[16])
    build("r20b34_Atzinuma veidlapa_MIP_PKE_tuksa.docx", d,
          problems=["no_verdict"],
          design="NOT a review: the coordinator's blank form with placeholders, instructions and all options unticked.",
          note="No qualification, no expert, no marks; instructions use verdict wording.")


def f35():
    d = new_doc(COORD_KOKS, D(2026, 4, 6, 10, 0), font="Times New Roman", size=12)
    header_text(d, [(("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", {"b": True, "size": 13}),),
                    "Raiņa bulvāris 4, Rīga, LV-1050 | tālr. 67 225 162 | lddk@lddk.lv"], align="c")
    para(d, "Rīgā, 06.04.2026.  Nr. 2-12/118", space_after=12)
    para(d, "Profesionālās izglītības iestāžu darba grupām", align="r", space_after=0)
    para(d, "Nozaru ekspertiem (pēc saraksta)", align="r", space_after=12)
    para(d, ("Par MIP un PKE satura ekspertīzēm projekta 5. posmā", B))
    for t_ in [
        "Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta "
        "mērķa 4.2.2.9. pasākuma ietvaros LDDK turpina nodrošināt nozaru ekspertu iesaisti modulāro "
        "izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzē.",
        "Līdz 2026. gada 31. martam ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un "
        "mehatronisko sistēmu tehniķa kvalifikācijām. Projekta 5. posmā (2026. gada aprīlis – jūlijs) "
        "plānots pabeigt ekspertīzi vēl deviņām kvalifikācijām kokrūpniecības un enerģētikas nozarē.",
        "Lūdzam darba grupas precizētās MIP un PKE redakcijas iesniegt ne vēlāk kā divas nedēļas pirms "
        "ekspertīzes termiņa. Ja eksperta atzinumā norādīts, ka saturs ir atbalstāms pēc precizējumu "
        "veikšanas, precizētajai redakcijai pievieno izmaiņu sarakstu. Ja saturs nav atbalstāms, "
        "pārstrādāto redakciju iesniedz atkārtotai ekspertīzei.",
        "Pateicamies par sadarbību un metodisko atbalstu.",
    ]:
        para(d, t_)
    para(d, "")
    para(d, "Ar cieņu")
    para(d, "projekta koordinatore\t\t\t\tIlze Grīnberga")
    build("r20b35_LDDK vestule izglitibas iestadem.docx", d,
          problems=["no_verdict"],
          design="NOT a review: LDDK letter on letterhead to schools and experts about stage-5 procedure.",
          note="Restates progress ('ekspertīze pabeigta ... kvalifikācijām') without verdicts; procedure sentences use verdict words conditionally.")


# ----------------------------------------------------------------------------------------------
def main():
    for f in sorted(k for k in globals() if k.startswith("f") and k[1:].isdigit()):
        globals()[f]()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# r20b – blind set: forms and tables\n\n")
        fh.write("Built by `build.py` (python-docx + raw WordprocessingML). Gold labels: `expected.csv`, "
                 "`expected_problems.csv`. Non-reviews: r20b32–r20b35.\n\n")
        fh.write("| file | design | judgement calls |\n|---|---|---|\n")
        for name, design, note in README:
            fh.write("| %s | %s | %s |\n" % (name, design.replace("|", "\\|"), note.replace("|", "\\|")))
    print("files:", len(README), "rows:", len(ROWS), "problems:", len(PROBLEMS))


if __name__ == "__main__":
    main()
