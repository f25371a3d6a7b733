# -*- coding: utf-8 -*-
"""Blind set r27b: forms and tables filled in by sector experts. Run: /work/hvenv/bin/python build.py"""
import csv, datetime, os
from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
REG = {
    "motorzāģa operators": 3, "mežsaimniecības tehniķis": 4, "kokapstrādes iekārtu operators": 3,
    "datorizētu kokapstrādes iekārtu operators": 4, "koka izstrādājumu ražošanas tehniķis": 4,
    "mēbeļu galdnieks": 4, "būvizstrādājumu galdnieks": 4, "meža mašīnu operators": 3,
    "elektromontieris": 3, "elektrotehniķis": 4,
    "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks": 3,
    "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis": 4, "mehatronisko sistēmu tehniķis": 4,
}
VGK_R = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGK_T = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
GOLD, PROBS, README = [], [], []

# ---------------------------------------------------------------- helpers
def new_doc(author, created):
    d = Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    y, m, dd = created
    d.core_properties.created = datetime.datetime(y, m, dd, 9, 30)
    d.core_properties.modified = datetime.datetime(y, m, dd, 16, 5)
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    return d

def run(p, text, bold=False, underline=False, strike=False, italic=False, font=None, size=None):
    r = p.add_run(text)
    if bold: r.bold = True
    if underline: r.underline = True
    if strike: r.font.strike = True
    if italic: r.italic = True
    if font: r.font.name = font
    if size: r.font.size = Pt(size)
    return r

def glyph(p, ch):
    """checkbox typed as text in MS Gothic"""
    r = run(p, ch, font="MS Gothic")
    rpr = r._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    rf.set(qn("w:eastAsia"), "MS Gothic"); rf.set(qn("w:hAnsi"), "MS Gothic")
    return r

def sym(p, char):
    """Wingdings symbol: F0FE checked, F0A8 empty, F0FD boxed x"""
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym"); s.set(qn("w:font"), "Wingdings"); s.set(qn("w:char"), char)
    r.append(s); p._p.append(r)

def sdt_box(p, checked, tag="cb"):
    """content-control checkbox (w14)"""
    ch = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:alias w:val="%s"/><w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
    ) % (nsdecls("w", "w14"), tag, abs(hash((tag, p))) % 900000000 + 1000, 1 if checked else 0, ch)
    p._p.append(parse_xml(xml))

_ff = [0]
def formcheck(p, checked, style="default"):
    """legacy FORMCHECKBOX field; style 'default' uses w:default, 'checked' uses w:checked"""
    _ff[0] += 1
    if style == "default":
        cb = '<w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>' % (1 if checked else 0)
    else:
        cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>' % (
            '<w:checked/>' if checked else '')
    begin = ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
             '<w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>') % (nsdecls("w"), _ff[0], cb)
    p._p.append(parse_xml(begin))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w")))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")))

_rev = [100]
def tracked(p, deleted=None, inserted=None, author="Eksperts", date="2026-04-14T10:00:00Z"):
    from xml.sax.saxutils import escape
    if deleted:
        _rev[0] += 1
        p._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                              % (nsdecls("w"), _rev[0], escape(author), date, escape(deleted))))
    if inserted:
        _rev[0] += 1
        p._p.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                              % (nsdecls("w"), _rev[0], escape(author), date, escape(inserted))))

def para(d, text="", bold=False, size=None, italic=False):
    p = d.add_paragraph()
    if text: run(p, text, bold=bold, size=size, italic=italic)
    return p

def table(d, data, widths=None, bold_first_col=False, header=False):
    t = d.add_table(rows=len(data), cols=max(len(r) for r in data))
    t.style = "Table Grid"
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            if val is None: continue
            c = t.cell(i, j)
            lines = val.split("\n")
            c.paragraphs[0].text = ""
            run(c.paragraphs[0], lines[0], bold=(bold_first_col and j == 0) or (header and i == 0))
            for ln in lines[1:]:
                run(c.add_paragraph(), ln)
    return t

def cp(t, i, j, clear=True):
    """paragraph of a cell, cleared"""
    c = t.cell(i, j)
    p = c.paragraphs[0]
    if clear:
        for r in list(p._p):
            if r.tag != qn("w:pPr"): p._p.remove(r)
    return p

def header_text(d, text, footer=False):
    sec = d.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    hf.paragraphs[0].text = text

def build(name, d, rows, expert="", date="", problems=(), note=""):
    assert name.startswith("r27b")
    d.save(os.path.join(OUT, name))
    for r in rows:
        q, doc, verdict = r[:3]
        lki = r[3] if len(r) > 3 else REG.get(q, "")
        GOLD.append([name, q, doc, verdict, expert, date, lki])
    for c in problems:
        PROBS.append([name, c])
    README.append((name, note))

# ================================================================ FILES
# ---- 01: key/value table (value right) + summary table document | verdict | notes
d = new_doc("Ilze Kalniņa", (2026, 3, 12))
para(d, "Nozares eksperta atzinums par MIP un PKE saturu", bold=True, size=14)
table(d, [["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
          ["LKI līmenis", "4"],
          ["Nozare", "Kokrūpniecība"],
          ["Izstrādātājs (PII darba grupa)", "Rīgas Valsts tehnikums, kokapstrādes nodaļa"],
          ["Eksperts", "Jānis Ozoliņš"],
          ["Atzinuma datums", "12.03.2026."]], bold_first_col=True)
para(d)
table(d, [["Dokuments", "Eksperta slēdziens", "Piezīmes"],
          ["MIP", "Saturs ir atbalstāms un virzāms saskaņošanai.",
           "Moduļu secība loģiska, darba vidē balstīto mācību apjoms atbilst nozares vajadzībām. Nelielas redakcionālas kļūdas 4. modulī neietekmē slēdzienu."],
          ["PKE", "Atbalstāms; virzāms saskaņošanai pēc precizējumu veikšanas.",
           "Praktiskā uzdevuma vērtēšanas kritērijos trūkst mērījumu pielaižu; jāprecizē uzdevuma izpildes laiks (norādītas 6 h, reāli vajag 8 h)."]],
      header=True)
para(d)
para(d, "Eksperts: J. Ozoliņš")
build("r27b01_Ekspertizes atzinums_Mebelu galdnieks_Ozolins.docx", d,
      [("mēbeļu galdnieks", "MIP", "supported"), ("mēbeļu galdnieks", "PKE", "needs_corrections")],
      "Jānis Ozoliņš", "2026-03-12",
      note="Two-column key/value header table; summary table with verdict column; notes column mentions 'kļūdas' but MIP verdict is clean. Author = coordinator.")

# ---- 02: all options printed, chosen marked with MS Gothic glyphs
d = new_doc("Aivars Bērziņš", (2026, 2, 4))
para(d, "EKSPERTĪZES VEIDLAPA", bold=True, size=13)
para(d, "Profesionālā kvalifikācija: VGK sistēmu tehniķis (ventilācijas un gaisa kondicionēšanas sistēmu tehniķis)")
para(d, "Eksperts: Aivars Bērziņš, enerģētikas nozare")
para(d, "Lūdzam atzīmēt vienu no slēdziena variantiem katram dokumentam.", italic=True)
t = table(d, [["Dokuments", "Slēdziens", ""]] + [["", "", ""] for _ in range(6)], header=True)
opts = ["saturs ir atbalstāms un virzāms saskaņošanai",
        "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        "saturs nav atbalstāms"]
for k, (docname, chosen) in enumerate([("MIP", 1), ("PKE", 0)]):
    for i, o in enumerate(opts):
        r = 1 + k * 3 + i
        if i == 0: cp(t, r, 0).add_run(docname).bold = True
        glyph(cp(t, r, 1), "\u2612" if i == chosen else "\u2610")
        run(cp(t, r, 2), o)
para(d)
para(d, "Precizējumi MIP: 2. modulī “Gaisa apstrādes iekārtu apkope” papildināt ar freona noplūdes pārbaudi; "
        "jāsaskaņo stundu skaits ar mācību praksi. PKE iebildumu nav.")
table(d, [["Paraksts / datums", "(paraksts)  04.02.2026."]], bold_first_col=True)
build("r27b02_VGK_sistemu_tehnikis_atzinums.docx", d,
      [(VGK_T, "MIP", "needs_corrections"), (VGK_T, "PKE", "supported")],
      "Aivars Bērziņš", "2026-02-04",
      note="All three options printed per document, chosen one marked with ☒ (MS Gothic) in a separate cell; alias 'VGK sistēmu tehniķis'; date only in 'Paraksts / datums' cell.")

# ---- 03: content-control checkboxes; name in header only, date in footer only
d = new_doc("", (2026, 3, 3))
header_text(d, "LDDK | Projekts 4.2.2.9. | Eksperte Sandra Rozenberga")
header_text(d, "Sagatavots 2026. gada 3. martā", footer=True)
para(d, "Atzinums: elektrotehniķis (LKI 4. līmenis)", bold=True, size=13)
para(d, "Izvērtēti profesionālās izglītības iestādes iesniegtie dokumenti – modulārā izglītības programma un "
        "profesionālās kvalifikācijas eksāmena saturs.")
t = table(d, [["", "Atbalstāms, virzāms saskaņošanai", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"],
              ["MIP", "", "", ""], ["PKE", "", "", ""]], header=True)
for r, chosen in ((1, 3), (2, 1)):
    for c in (1, 2, 3):
        sdt_box(cp(t, r, c), c == chosen, tag="slēdziens_%d_%d" % (r, c))
para(d)
para(d, "Pamatojums. Programmā nav iekļauts modulis par zemsprieguma sadales iekārtu apkopi, kas ir profesijas "
        "standarta pamatuzdevums; mācību rezultāti vairākos moduļos formulēti kā tēmas, nevis kā sasniedzamie rezultāti. "
        "Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")
para(d, "Eksāmena saturam ir tikai tehniskas piezīmes (terminoloģija, shēmu apzīmējumi atbilstoši LVS EN 60617).")
build("r27b03_atzinums_elektrotehnikis_SR.docx", d,
      [("elektrotehniķis", "MIP", "not_supported"), ("elektrotehniķis", "PKE", "needs_corrections")],
      "Sandra Rozenberga", "2026-03-03",
      note="Verdict grid with w14 content-control checkboxes (checked state in w14:checked and glyph); expert name only in page header, date only in footer; core author empty.")

# ---- 04: legacy FORMCHECKBOX fields
d = new_doc("Kalniņa Ilze", (2026, 3, 25))
para(d, "Profesionālās kvalifikācijas “Koka izstrādājumu ražošanas tehniķis” MIP un PKE ekspertīze", bold=True)
table(d, [["Kvalifikācijas nosaukums", "Koka izstrādājumu ražošanas tehniķis"],
          ["Līmenis", "LKI 4"],
          ["Eksperta vārds, uzvārds", "Valdis Pētersons"]], bold_first_col=True)
para(d)
para(d, "MIP", bold=True)
for i, o in enumerate(opts):
    p = d.add_paragraph(); formcheck(p, i == 1, "default"); run(p, " " + o)
para(d, "PKE", bold=True)
for i, o in enumerate(opts):
    p = d.add_paragraph(); formcheck(p, i == 0, "default"); run(p, " " + o)
para(d, "Komentāri: MIP 5. modulī “Ražošanas plānošana” jāaktualizē programmatūras saraksts (CAD/CAM), pārējais bez iebildumiem.")
para(d, "Datums: 25.03.2026.")
build("r27b04_KIRT_MIP_PKE_Petersons.docx", d,
      [("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
       ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
      "Valdis Pētersons", "2026-03-25",
      note="Legacy FORMCHECKBOX fields (w:default=1 on chosen), no text mark at all; all options printed.")

# ---- 05: nevajadzīgo svītrot (strike-through)
d = new_doc("Laura Celmiņa", (2026, 2, 17))
para(d, "EKSPERTA SLĒDZIENS", bold=True, size=13)
para(d, "Kvalifikācija: motorzāģa operators, 3. LKI līmenis")
para(d, "Slēdziens (nevajadzīgo svītrot):", italic=True)
t = table(d, [["MIP", ""], ["PKE", ""]], bold_first_col=True)
for r, keep in ((0, 0), (1, 2)):
    p = cp(t, r, 1)
    texts = ["atbalstāms un virzāms saskaņošanai", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]
    for i, tx in enumerate(texts):
        run(p, tx, strike=(i != keep))
        if i < 2: run(p, " / ")
para(d)
para(d, "PKE teorētiskajā daļā 40 % jautājumu nav saistīti ar motorzāģa drošu lietošanu, praktiskajā daļā nav "
        "paredzēta koku gāšana sarežģītos apstākļos. Eksāmena saturs jāveido no jauna.")
para(d, "Eksperte: Laura Celmiņa                                   17.02.2026.")
build("r27b05_Motorzaga operators slēdziens.docx", d,
      [("motorzāģa operators", "MIP", "supported"), ("motorzāģa operators", "PKE", "not_supported")],
      "Laura Celmiņa", "2026-02-17",
      note="'nevajadzīgo svītrot': options in one cell, non-chosen carry w:strike.")

# ---- 06: vajadzīgo pasvītrot (underline)
d = new_doc("Ilze Kalniņa", (2026, 4, 21))
para(d, "Meža mašīnu operators – MIP / PKE ekspertīzes rezultāts", bold=True)
table(d, [["Nozare", "Kokrūpniecība"], ["LKI", "3"], ["Eksperts", "Toms Vanags"], ["Datums", "2026-04-21"]], bold_first_col=True)
para(d)
para(d, "Slēdziens (vajadzīgo pasvītrot)", italic=True)
t = table(d, [["MIP", ""], ["PKE", ""]], bold_first_col=True)
for r, keep in ((0, 1), (1, 0)):
    p = cp(t, r, 1)
    for i, tx in enumerate(["atbalstāms un virzāms saskaņošanai;", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;", "nav atbalstāms."]):
        if i: p = t.cell(r, 1).add_paragraph()
        run(p, tx, underline=(i == keep))
para(d, "Precizējumi MIP: harvestera simulatora stundas (moduļa 3. daļa) nav sasaistītas ar praktisko mācību vietām uzņēmumos; "
        "jāpievieno forvardera apkopes tēmas.")
build("r27b06_MMO_ekspertize_Vanags.docx", d,
      [("meža mašīnu operators", "MIP", "needs_corrections"), ("meža mašīnu operators", "PKE", "supported")],
      "Toms Vanags", "2026-04-21",
      note="'vajadzīgo pasvītrot': chosen option underlined, others plain.")

# ---- 07: bold chosen; PKE not submitted
d = new_doc("Raivis Dombrovskis", (2026, 3, 9))
para(d, "Ekspertīzes atzinums", bold=True, size=13)
table(d, [["Kvalifikācija", "būvizstrādājumu galdnieks"],
          ["Vērtētais dokuments", "Modulārā izglītības programma (MIP)"],
          ["Eksperts", "Raivis Dombrovskis"],
          ["Datums", "9. marts, 2026"]], bold_first_col=True)
para(d)
para(d, "Eksperta slēdziens par MIP saturu (atzīmēts treknrakstā):")
for i, o in enumerate(opts):
    p = d.add_paragraph(style="List Bullet"); run(p, o, bold=(i == 0))
para(d, "PKE saturs šajā kārtā netika iesniegts, tāpēc nav vērtēts.")
para(d, "Programma kopumā labi sabalansēta, logu un durvju izgatavošanas moduļi atbilst nozares praksei.")
build("r27b07_Buvizstradajumu galdnieks MIP atzinums.docx", d,
      [("būvizstrādājumu galdnieks", "MIP", "supported")],
      "Raivis Dombrovskis", "2026-03-09",
      note="Chosen option marked only by bold in a bulleted list of all options; PKE explicitly not submitted -> no PKE row.")

# ---- 08: Wingdings w:sym
d = new_doc("Ilze Kalniņa", (2026, 5, 12))
para(d, "Datorizētu kokapstrādes iekārtu operators (LKI 4)", bold=True)
para(d, "Eksperta vērtējums par MIP un PKE saturu")
t = table(d, [["", "MIP", "PKE"]] + [[o, "", ""] for o in opts], header=True)
for i in range(3):
    sym(cp(t, 1 + i, 1), "F0FE" if i == 2 else "F0A8")
    sym(cp(t, 1 + i, 2), "F0FD" if i == 1 else "F0A8")
para(d)
para(d, "MIP: CNC programmēšanas modulim atvēlētas tikai 60 stundas, nav G-koda pamatu, 5-asu apstrāde nav minēta vispār. "
        "Programma neatbilst profesijas standartam.")
para(d, "PKE: jāprecizē praktiskā uzdevuma rasējums un materiālu saraksts.")
table(d, [["Eksperts", "Datums"], ["Agris Lapiņš", "12.05.2026"]], header=True)
build("r27b08_DKIO_atzinums_Lapins (2).docx", d,
      [("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported"),
       ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
      "Agris Lapiņš", "2026-05-12",
      note="Options as rows, documents as columns; Wingdings w:sym F0FE/F0FD checked, F0A8 empty; no text in the mark cells.")

# ---- 09: criterion tables Jā/Nē ending in overall row
d = new_doc("Ģirts Bite", (2026, 4, 2))
para(d, "Elektromontieris (3. LKI) – satura izvērtējums pēc kritērijiem", bold=True)
para(d, "Eksperts: Ģirts Bite, AS “Sadales tīkls” meistars")
para(d, "1. Modulārā izglītības programma", bold=True)
table(d, [["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"],
          ["1.", "Mācību rezultāti atbilst profesijas standartam un kvalifikācijas prasībām", "Jā", ""],
          ["2.", "Moduļu apjoms un secība ir pamatota", "Nē", "Elektrodrošības modulis jāpārceļ uz programmas sākumu."],
          ["3.", "Iekļautas nozarē aktuālās jaunās prasmes", "Nē", "Nav saules paneļu pieslēgšanas un viedo skaitītāju tēmu."],
          ["4.", "Darba vidē balstītu mācību iespējas aprakstītas", "Jā", ""],
          ["", "Kopvērtējums", "Jā, ar nosacījumu", "Atbalstu, bet saskaņošanai virzīt tikai pēc 2. un 3. kritērijā norādīto nepilnību novēršanas."]],
      header=True)
para(d)
para(d, "2. Profesionālās kvalifikācijas eksāmens", bold=True)
table(d, [["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"],
          ["1.", "Eksāmena uzdevumi aptver kvalifikācijas pamatkompetences", "Jā", ""],
          ["2.", "Vērtēšanas kritēriji ir skaidri un izmērāmi", "Jā", ""],
          ["3.", "Darba drošības prasības iekļautas", "Jā", "Labi – atsevišķs kritērijs par spriegumaktīvām daļām."],
          ["", "Kopvērtējums", "Jā", "Saturs atbalstāms un virzāms saskaņošanai."]], header=True)
para(d)
para(d, "Rīgā, 02.04.2026.")
build("r27b09_Elektromontieris_kriteriji_Bite.docx", d,
      [("elektromontieris", "MIP", "needs_corrections"), ("elektromontieris", "PKE", "supported")],
      "Ģirts Bite", "2026-04-02",
      note="Criterion tables Jā/Nē; individual 'Nē' rows outranked by overall row; MIP overall 'Jā, ar nosacījumu' + condition in comment.")

# ---- 10: Outlook e-mail printed into Word (Latvian headers), coordinator request quoted below
d = new_doc("Ilze Kalniņa", (2026, 3, 17))
for k, v in [("No:", "Raimonds Liepa <raimonds.liepa@metalserviss.lv>"),
             ("Nosūtīts:", "otrdiena, 2026. gada 17. marts 14:22"),
             ("Kam:", "Ilze Kalniņa <ilze.kalnina@lddk.lv>"),
             ("Tēma:", "RE: Ekspertīze - mehatronisko sistēmu tehniķis (MIP, PKE)")]:
    p = d.add_paragraph(); run(p, k + " ", bold=True); run(p, v)
para(d)
para(d, "Labdien, Ilze!")
para(d, "Abus dokumentus izskatīju. MIP ir labā līmenī – iebildumu nav, var virzīt saskaņošanai tādu, kāda tā ir.")
para(d, "Ar eksāmenu gan sliktāk. Praktiskajā daļā ir tikai pneimatikas uzdevums, PLC programmēšana un robotu "
        "apkalpošana nav pārbaudīta vispār, vērtēšanas lapa pārkopēta no 2019. gada mehatronikas eksāmena. "
        "Šādā redakcijā PKE nevaru atbalstīt, skolai jāsagatavo jauns variants.")
para(d, "Ar cieņu,\nRaimonds Liepa\nSIA “Metālserviss”, ražošanas inženieris")
para(d)
p = para(d, "From: Ilze Kalniņa\nSent: Monday, March 9, 2026 10:04 AM\nTo: Raimonds Liepa\nSubject: Ekspertīze - mehatronisko sistēmu tehniķis (MIP, PKE)", italic=True)
para(d, "Labdien, Raimond! Pielikumā mehatronisko sistēmu tehniķa MIP un PKE. Lūgums līdz 20. martam atsūtīt slēdzienu "
        "par katru dokumentu: 1) atbalstāms un virzāms saskaņošanai, 2) atbalstāms, pēc precizējumu veikšanas virzāms "
        "saskaņošanai vai 3) nav atbalstāms. Paldies! Ilze", italic=True)
build("r27b10_RE_ Ekspertize - mehatronisko sistemu tehnikis.docx", d,
      [("mehatronisko sistēmu tehniķis", "MIP", "supported"), ("mehatronisko sistēmu tehniķis", "PKE", "not_supported")],
      "Raimonds Liepa", "2026-03-17",
      note="Outlook reply printed to Word, Latvian headers; quoted coordinator request below lists all three options (must not count); 'iebildumu nav' positive; PKE 'nevaru atbalstīt'. Date = reply date, not quoted request date.")

# ---- 11: Gmail, English headers, no diacritics, only PKE
d = new_doc("lddk", (2026, 3, 9))
para(d, "Gmail - Re: VGK iekārtu remontatslēdznieks PKE", size=9)
for k, v in [("From:", "Dace Zariņa <dace.zarina77@gmail.com>"), ("Date:", "Mon, 9 Mar 2026 at 21:47"),
             ("To:", "Ilze Kalniņa <ilze.kalnina@lddk.lv>"), ("Subject:", "Re: VGK iekārtu remontatslēdznieks PKE")]:
    p = d.add_paragraph(); run(p, k + " ", bold=True); run(p, v)
para(d)
para(d, "Sveika,")
para(d, "PKE paskatiju. kopuma ok, atbalstams, bet pirms virzisanas saskanosanai japrecize 2. prakt. uzdevuma "
        "vertesanas kriteriji (nav noradits kads spiediens jasasniedz hermetiskuma parbaude) un jaizlabo "
        "iekartu saraksts - kanalu ventilatori minēti divreiz.")
para(d, "MIP es neskatiju, to vertēja Andris.")
para(d, "Dace")
para(d)
para(d, "On Wed, 4 Mar 2026 at 11:20 Ilze Kalniņa <ilze.kalnina@lddk.lv> wrote:", size=9)
para(d, "> Labdien, Dace! Nosūtu VGK iekārtu remontatslēdznieka PKE saturu ekspertīzei. MIP vērtē A. Siliņš.", size=9)
build("r27b11_Re_VGK iekartu remontatslēdznieks PKE.docx", d,
      [(VGK_R, "PKE", "needs_corrections")],
      "Dace Zariņa", "2026-03-09",
      note="Gmail printout, English header labels; body mostly without diacritics; only PKE (MIP reviewed by someone else -> no row); alias 'VGK iekārtu remontatslēdznieks'.")

# ---- 12: company letterhead, letter with a summary table
d = new_doc("Edgars Kļaviņš", (2026, 4, 2))
header_text(d, "SIA “KURZEMES KOKS”  |  Reģ. Nr. 41203012345  |  Ostas iela 12, Ventspils, LV-3601  |  info@kurzemeskoks.lv")
para(d, "Ventspilī, 2026. gada 2. aprīlī                                                        Nr. 2026/04-07")
para(d, "Latvijas Darba devēju konfederācijai\nprojekta 4.2.2.9. koordinatorei I. Kalniņai")
para(d, "Par kokapstrādes iekārtu operatora MIP un PKE saturu", bold=True)
para(d, "Atbilstoši deleģējumam esmu izvērtējis Kuldīgas Tehnoloģiju un tūrisma tehnikuma darba grupas sagatavoto "
        "kvalifikācijas “Kokapstrādes iekārtu operators” (LKI 3) modulāro izglītības programmu un profesionālās "
        "kvalifikācijas eksāmena saturu. Mūsu uzņēmums jau vairākus gadus atbalsta audzēkņu praksi ražotnē, tāpēc "
        "vērtējumā izmantota arī prakses vadītāju pieredze.")
table(d, [["Dokuments", "Slēdziens"],
          ["Modulārā izglītības programma", "atbalstāma un virzāma saskaņošanai"],
          ["Kvalifikācijas eksāmena saturs", "atbalstāms un virzāms saskaņošanai"]], header=True)
para(d)
para(d, "Ieteikums (nav obligāts): nākamajā programmas aktualizācijā paredzēt vairāk laika zāģu asināšanai.")
para(d, "Ar cieņu\n\nEdgars Kļaviņš\nvaldes loceklis, kokrūpniecības nozares eksperts")
build("r27b12_Vestule_LDDK_KIO_Klavins.docx", d,
      [("kokapstrādes iekārtu operators", "MIP", "supported"), ("kokapstrādes iekārtu operators", "PKE", "supported")],
      "Edgars Kļaviņš", "2026-04-02",
      note="Company letterhead in page header; formal letter; 'atbalsta audzēkņu praksi' is a 3rd-person verb, not a verdict; optional recommendation does not turn verdict into corrections.")

# ---- 13: several qualifications in one table, one not in register
d = new_doc("Inese Vītola", (2026, 5, 20))
para(d, "Kokrūpniecības nozares eksperta kopsavilkums par 5. posmā izvērtētajām programmām", bold=True)
table(d, [["Eksperte", "Inese Vītola"], ["Datums", "20.05.2026."]], bold_first_col=True)
para(d)
table(d, [["Kvalifikācija", "MIP", "PKE", "Piezīmes"],
          ["Mēbeļu galdnieks (4. LKI)", "✓ atbalstāms pēc precizējumiem", "✓ atbalstāms, virzāms saskaņošanai",
           "MIP: precizēt mīksto mēbeļu moduļa rezultātus; papildināt materiālu mācības tēmas."],
          ["Būvizstrādājumu galdnieks (4. LKI)", "✓ atbalstāms, virzāms saskaņošanai", "✗ nav atbalstāms",
           "PKE praktiskais uzdevums (vienkāršs taburets) neatbilst kvalifikācijai – jāveido logu vai durvju bloka uzdevums."],
          ["Galdnieks-restaurators (4. LKI)", "✓ atbalstāms, virzāms saskaņošanai", "— (nav iesniegts)",
           "Kvalifikācija jauna, PKE saturs tiks iesniegts jūnijā."]], header=True)
build("r27b13_Vitola_kopsavilkums_5posms.docx", d,
      [("mēbeļu galdnieks", "MIP", "needs_corrections"), ("mēbeļu galdnieks", "PKE", "supported"),
       ("būvizstrādājumu galdnieks", "MIP", "supported"), ("būvizstrādājumu galdnieks", "PKE", "not_supported"),
       ("galdnieks-restaurators", "MIP", "supported", 4)],
      "Inese Vītola", "2026-05-20", problems=["unknown_qualification"],
      note="Expert's own multi-qualification table with ✓/✗ marks and verdict text; 'Galdnieks-restaurators' not in register (LKI 4 stated); its PKE not submitted -> no row.")

# ---- 14: key/value table with value BELOW the label
d = new_doc("Ilze Kalniņa", (2026, 3, 27))
para(d, "Ekspertīzes atzinums", bold=True, size=13)
table(d, [["Profesionālās kvalifikācijas nosaukums"], ["mežsaimniecības tehniķis"],
          ["Eksperts (vārds, uzvārds, amats)"], ["Anita Kronberga, AS “Latvijas valsts meži” mežkopības speciāliste"],
          ["Eksperta slēdziens par MIP"],
          ["Programmu atbalstu. Virzāma saskaņošanai bez precizējumiem – iepriekšējā kārtā norādītās nepilnības ir novērstas."],
          ["Eksperta slēdziens par PKE"],
          ["Eksāmena saturs pašreizējā redakcijā nav atbalstāms: teorijas tests neaptver meža inventarizāciju un "
           "meža atjaunošanu, praktiskajā daļā nav uzdevuma ar GIS rīkiem."],
          ["Datums"], ["27.03.2026."]])
build("r27b14_mezsaimniecibas tehnikis_Kronberga_galigais.docx", d,
      [("mežsaimniecības tehniķis", "MIP", "supported"), ("mežsaimniecības tehniķis", "PKE", "not_supported")],
      "Anita Kronberga", "2026-03-27",
      note="One-column form: label row, value in the row below; 'bez precizējumiem' = supported; mention of earlier round.")

# ---- 15: tracked changes in verdict cells
d = new_doc("Mārtiņš Krūmiņš", (2026, 4, 14))
para(d, "Atzinums (2. kārta) – elektrotehniķis", bold=True)
table(d, [["Eksperts", "Mārtiņš Krūmiņš"], ["Datums", "2026. gada 15. aprīlis"], ["LKI līmenis", "4"]], bold_first_col=True)
para(d)
t = table(d, [["Dokuments", "Slēdziens"], ["MIP", ""], ["PKE", ""]], header=True)
tracked(cp(t, 1, 1), deleted="atbalstāms un virzāms saskaņošanai",
        inserted="atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (sk. 3. punktu)", author="Mārtiņš Krūmiņš")
tracked(cp(t, 2, 1), deleted="nav atbalstāms", inserted="atbalstāms un virzāms saskaņošanai", author="Mārtiņš Krūmiņš")
para(d)
p = para(d, "3. ")
tracked(p, inserted="Pārbaudot atkārtoti, konstatēju, ka 6. modulī joprojām nav iekļauta releju aizsardzības iestatīšana – jāpapildina.",
        author="Mārtiņš Krūmiņš")
para(d, "PKE skola ir pārstrādājusi atbilstoši 1. kārtas piezīmēm.")
build("r27b15_Elektrotehnikis_2karta_Krumins_labojumi.docx", d,
      [("elektrotehniķis", "MIP", "needs_corrections"), ("elektrotehniķis", "PKE", "supported")],
      "Mārtiņš Krūmiņš", "2026-04-15",
      note="Verdict cells edited with track changes: old verdict in w:del, current in w:ins (invisible to paragraph.text). Created date 14.04 but review date in table is 15.04.")

# ---- 16: history of rounds table, only MIP
d = new_doc("Ilze Kalniņa", (2026, 3, 20))
para(d, "VGK sistēmu tehniķis – MIP ekspertīzes vēsture", bold=True)
para(d, "Atzinums attiecas tikai uz MIP; PKE vērtē cits eksperts.", italic=True)
table(d, [["Kārta", "Datums", "Slēdziens", "Komentārs"],
          ["1.", "03.02.2026.", "nav atbalstāms", "Nav moduļa par siltumsūkņiem, neskaidrs prakses apjoms."],
          ["2.", "20.03.2026.", "atbalstāms un virzāms saskaņošanai", "Visas 1. kārtas piezīmes ņemtas vērā."]],
      header=True)
para(d)
table(d, [["Eksperts", "Kaspars Jaunzems"], ["Paraksts / datums", "K. Jaunzems, 20.03.2026."]], bold_first_col=True)
build("r27b16_VGK_tehnikis_MIP_vesture.docx", d,
      [(VGK_T, "MIP", "supported")],
      "Kaspars Jaunzems", "2026-03-20",
      note="Round-history table: the latest round counts; explicitly MIP only -> no PKE row.")

# ---- 17: PKE boxes left empty -> no verdict
d = new_doc("Ilze Kalniņa", (2026, 5, 4))
para(d, "Ekspertīzes veidlapa – meža mašīnu operators (LKI 3)", bold=True)
table(d, [["Eksperts", "Uldis Grīnbergs"], ["Datums", "04.05.2026"]], bold_first_col=True)
para(d)
t = table(d, [["", "MIP", "PKE"]] + [[o, "", ""] for o in opts], header=True)
for i in range(3):
    glyph(cp(t, 1 + i, 1), "\u2612" if i == 0 else "\u2610")
    glyph(cp(t, 1 + i, 2), "\u2610")
para(d)
para(d, "Piezīmes par PKE: teorijas jautājumu bankā 12 jautājumi dublējas; praktiskajam uzdevumam nav norādīts, kādā "
        "mašīnā (harvesteris vai forvarderis) tas izpildāms; vērtēšanas lapā trūkst punktu sadalījuma. Pirms lēmuma "
        "vēlētos redzēt pilnu vērtēšanas lapu.")
build("r27b17_MMO_veidlapa_Grinbergs.docx", d,
      [("meža mašīnu operators", "MIP", "supported"), ("meža mašīnu operators", "PKE", "unknown")],
      "Uldis Grīnbergs", "2026-05-04", problems=["no_verdict"],
      note="Glyph form: MIP ☒ supported; all PKE boxes ☐ and the remarks defer a decision -> PKE unknown + no_verdict.")

# ---- 18: two options marked for PKE -> conflict
d = new_doc("Gints Auziņš", (2026, 4, 28))
para(d, "Kokapstrādes iekārtu operators – eksperta vērtējums", bold=True)
para(d, "Eksperts: Gints Auziņš    Datums: 28.04.2026.")
t = table(d, [["Slēdziens", "MIP", "PKE"]] + [[o, "", ""] for o in opts], header=True)
cp(t, 1, 1).add_run("X")
cp(t, 1, 2).add_run("X")
cp(t, 3, 2).add_run("X")
para(d)
para(d, "MIP bez piezīmēm. PKE – teorētiskā daļa laba, praktiskā daļa neatbilst (frēzēšana nav iekļauta).")
build("r27b18_KIO_vertejums_Auzins.docx", d,
      [("kokapstrādes iekārtu operators", "MIP", "supported"), ("kokapstrādes iekārtu operators", "PKE", "unknown")],
      "Gints Auziņš", "2026-04-28", problems=["conflict"],
      note="X-grid; PKE has X both at 'atbalstāms un virzāms' and 'nav atbalstāms', remark is split (good theory / bad practice) -> conflict, unknown.")

# ---- 19: very short, two qualifications, name+date in footer only
d = new_doc("", (2026, 4, 23))
header_text(d, "L. Kalve, 23.04.2026", footer=True)
table(d, [["Mehatronisko sistēmu tehniķis, 4.LKI", "MIP – atbalstu", "PKE – atbalstu ar precizējumiem (pielikumā)"],
          ["Metālapstrādes iekārtu operators, 3.LKI", "MIP – atbalstu", "PKE – atbalstu"]])
build("r27b19_Kalve.docx", d,
      [("mehatronisko sistēmu tehniķis", "MIP", "supported"), ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections"),
       ("metālapstrādes iekārtu operators", "MIP", "supported", 3), ("metālapstrādes iekārtu operators", "PKE", "supported", 3)],
      "L. Kalve", "2026-04-23", problems=["unknown_qualification"],
      note="Very short: one table, first-person 'atbalstu'; initial+surname and date only in footer; second qualification not in register.")

# ---- 20: unknown qualification Metinātājs, PKL level given
d = new_doc("Ilze Kalniņa", (2026, 2, 26))
para(d, "EKSPERTA ATZINUMS", bold=True, size=13)
table(d, [["Kvalifikācija", "Metinātājs"], ["Līmenis", "2. PKL (LKI 3)"], ["Nozare", "Mašīnbūve un metālapstrāde"],
          ["Eksperts", "Pēteris Sproģis"], ["Datums", "2026. gada 26. februārī"]], bold_first_col=True)
para(d)
table(d, [["Dokuments", "Slēdziens", "Nepieciešamie precizējumi"],
          ["MIP", "Atbalstāms ar precizējumiem", "MAG un TIG metināšanas moduļu stundu sadalījums jāsaskaņo ar LVS EN ISO 9606-1 sertifikācijas prasībām."],
          ["PKE", "Atbalstāms, virzāms saskaņošanai", "—"]], header=True)
build("r27b20_Metinatajs_atzinums_Sprogis.docx", d,
      [("metinātājs", "MIP", "needs_corrections", 3), ("metinātājs", "PKE", "supported", 3)],
      "Pēteris Sproģis", "2026-02-26", problems=["unknown_qualification"],
      note="Qualification not in register; level given as old PKL with LKI in brackets (LKI 3).")

# ---- 21: long criterion table with prose; conclusion outranks negative remarks
d = new_doc("Ilze Kalniņa", (2026, 6, 3))
para(d, "Nozares eksperta atzinums", bold=True, size=13)
para(d, "par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4) modulārās izglītības programmas un "
        "profesionālās kvalifikācijas eksāmena saturu")
table(d, [["Eksperte", "Zane Strautiņa, mēbeļu ražotnes tehnoloģe"], ["Ekspertīzes datums", "2026-06-03"]], bold_first_col=True)
para(d)
table(d, [["Aspekts", "Vērtējums un komentāri"],
          ["MIP struktūra",
           "Moduļu struktūra kopumā atbilst kvalifikācijas prasībām. Tomēr 3. modulī “Korpusa mēbeļu izgatavošana” "
           "mācību rezultāti ir formulēti pārāk vispārīgi, nav skaidrs, kā tiks vērtēta CNC apstrādes centra "
           "sagatavošana darbam. Nepieciešami precizējumi arī vērtēšanas kritērijos."],
          ["MIP atbilstība nozares vajadzībām",
           "Virsmas apdares modulī nav ūdens bāzes laku tēmas, kas ražotnēs ir ikdiena. Ieteiktu iekļaut."],
          ["PKE teorētiskā daļa",
           "Jautājumu formulējumi vietām neprecīzi (piem., 14., 22. jautājums), divi jautājumi ar kļūdainu atbildi. "
           "Nav pieņemami, ka atbilžu variantos ir vairākas pareizas atbildes."],
          ["PKE praktiskā daļa",
           "Uzdevums (skapītis ar atvilktni) ir piemērots; vērtēšanas lapa pārskatāma."],
          ["Slēdziens",
           "MIP: saturs ir atbalstāms; pēc 3. moduļa un vērtēšanas kritēriju precizēšanas virzāms saskaņošanai.\n"
           "PKE: neskatoties uz teorētiskās daļas redakcionālajām nepilnībām, kuras skola var labot pati, saturs kopumā "
           "ir atbalstāms un virzāms saskaņošanai."]], bold_first_col=True, header=True)
build("r27b21_Mebelu galdnieks_atzinums_Strautina.docx", d,
      [("mēbeļu galdnieks", "MIP", "needs_corrections"), ("mēbeļu galdnieks", "PKE", "supported")],
      "Zane Strautiņa", "2026-06-03",
      note="Long aspect table with critical prose ('Nav pieņemami', 'Nepieciešami precizējumi'); final 'Slēdziens' row outranks body; 'neskatoties' is not a negation.")

# ---- 22: matrix with X in option columns, alias and old PKL level
d = new_doc("Ilze Kalniņa", (2026, 5, 27))
para(d, "Ekspertīze: VGK iekārtu remontatslēdznieks (2. PKL)", bold=True)
table(d, [["Vērtētājs", "Andris Siliņš"], ["Datums", "27.05.2026."]], bold_first_col=True)
para(d)
t = table(d, [["Dokuments", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, virzāms pēc precizējumiem", "Nav atbalstāms"],
              ["MIP", "", "x", ""], ["PKE", "X", "", ""]], header=True)
para(d)
para(d, "MIP: jāpapildina ar aukstumaģentu apriti (F-gāzu regula) un jāpārskata prakses uzņēmumu saraksts. "
        "PKE: D. Zariņas norādītie labojumi ir veikti, iebildumu nav.")
build("r27b22_VGK remontatslēdznieks_Silins.docx", d,
      [(VGK_R, "MIP", "needs_corrections", 3), (VGK_R, "PKE", "supported", 3)],
      "Andris Siliņš", "2026-05-27",
      note="Document rows x option columns, lower/upper case x marks; alias; level as old '2. PKL' = LKI 3.")

# ---- 23: Outlook, English headers
d = new_doc("Ilze Kalniņa", (2026, 4, 9))
for k, v in [("From:", "Normunds Eglītis <n.eglitis@elektrikis.lv>"), ("Sent:", "Thursday, April 9, 2026 9:03 AM"),
             ("To:", "Kalniņa Ilze"), ("Cc:", "Aija Putniņa"),
             ("Subject:", "RE: MIP/PKE ekspertīze - elektromontieris")]:
    p = d.add_paragraph(); run(p, k + "\t", bold=True); run(p, v)
para(d)
para(d, "Sveiki!")
para(d, "Īsumā par elektromontiera materiāliem:")
table(d, [["MIP", "Pašreizējā redakcijā neatbalstu – moduļi “Elektroinstalācija ēkās” un “Kabeļu līnijas” dublējas "
                  "gandrīz pilnībā, prakse uzņēmumā tikai 160 h. Jāpārstrādā un jāatsūta vēlreiz."],
           ["PKE", "Viss kārtībā, var virzīt saskaņošanai."]], bold_first_col=True)
para(d, "Pilnās piezīmes pievienoju pielikumā (Word komentāros).")
para(d, "Normunds")
para(d)
para(d, "-----Original Message-----\nFrom: Kalniņa Ilze\nSent: Wednesday, March 25, 2026 4:40 PM\n"
        "Subject: MIP/PKE ekspertīze - elektromontieris", size=9)
para(d, "Normund, lūdzu izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, vai virzāms tikai pēc "
        "precizējumiem, vai nav atbalstāms. Termiņš 10.04.", size=9)
build("r27b23_RE MIP PKE ekspertize - elektromontieris.docx", d,
      [("elektromontieris", "MIP", "not_supported"), ("elektromontieris", "PKE", "supported")],
      "Normunds Eglītis", "2026-04-09",
      note="Outlook printout with English labels; verdicts in a 2-col table inside the mail; quoted request lists options (purpose sentence, not a verdict).")

# ---- 24: content-control checkboxes, two qualifications
d = new_doc("Ilze Kalniņa", (2026, 5, 6))
para(d, "Enerģētikas nozares ekspertīzes veidlapa (5. posms)", bold=True)
table(d, [["Eksperta vārds, uzvārds", "Evija Kociņa"], ["Aizpildīšanas datums", "06.05.2026."]], bold_first_col=True)
para(d)
t = table(d, [["Kvalifikācija", "Dokuments", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms, pēc precizējumiem", "Nav atbalstāms", "Piezīmes"],
              ["Elektromontieris (LKI 3)", "MIP", "", "", "", "Pārstrādātā redakcija (pēc 09.04. atzinuma) – dublēšanās novērsta."],
              ["", "PKE", "", "", "", ""],
              ["Elektrotehniķis (LKI 4)", "MIP", "", "", "", "Releju aizsardzība iekļauta, bet trūkst stundu sadalījuma 6. modulī."],
              ["", "PKE", "", "", "", ""]], header=True)
for r, chosen in ((1, 2), (2, 2), (3, 3), (4, 2)):
    for c in (2, 3, 4):
        sdt_box(cp(t, r, c), c == chosen, tag="v%d%d" % (r, c))
build("r27b24_Energetika_veidlapa_Kocina.docx", d,
      [("elektromontieris", "MIP", "supported"), ("elektromontieris", "PKE", "supported"),
       ("elektrotehniķis", "MIP", "needs_corrections"), ("elektrotehniķis", "PKE", "supported")],
      "Evija Kociņa", "2026-05-06",
      note="Two qualifications x two documents, w14 content-control checkboxes; piezīmes mention earlier round.")

# ---- 25: metadata only in header/footer
d = new_doc("Ilze Kalniņa", (2026, 5, 14))
header_text(d, "Eksperte: Laura Celmiņa   |   Kokrūpniecība   |   Motorzāģa operators, 3. LKI")
header_text(d, "Rīga, 14.05.2026.   Lpp. 1", footer=True)
para(d, "Atkārtota ekspertīze pēc skolas labojumiem", bold=True)
table(d, [["", "Pašreizējais slēdziens", "Komentārs"],
          ["Programma", "Atbalstāma un virzāma saskaņošanai", "Februāra kārtā netika atbalstīts tikai PKE; MIP slēdziens nemainās."],
          ["Eksāmens", "Atbalstāms; jāprecizē praktiskā uzdevuma drošības instruktāžas daļa, pēc tam var virzīt saskaņošanai",
           "Salīdzinot ar februāra redakciju, eksāmens būtiski uzlabots (koku gāšana iekļauta)."]], header=True)
build("r27b25_Motorzaga_operators_atkartoti_Celmina.docx", d,
      [("motorzāģa operators", "MIP", "supported"), ("motorzāģa operators", "PKE", "needs_corrections")],
      "Laura Celmiņa", "2026-05-14",
      note="Name, qualification and date only in header/footer; documents named 'Programma'/'Eksāmens'; history sentence ('netika vērtēta') ignored.")

# ---- 26: form redesigned by expert, no author name
d = new_doc("Ilze Kalniņa", (2026, 6, 10))
para(d, "Mehatronisko sistēmu tehniķis – MIP un PKE", bold=True)
para(d, "(2. redakcija, iesniegta 2026. gada 28. maijā)")
table(d, [["Jautājums", "Atbilde"],
          ["Vai MIP saturs atbilst profesijas standartam?", "Daļēji. Robotikas modulis joprojām ir tikai ievadlīmenī."],
          ["Eksperta viedoklis par MIP",
           "Veidlapas variantus izdzēsu, rakstu pats: programma vēl nav gatava saskaņošanai, jāpārstrādā 4. un 7. modulis, "
           "pēc tam jāatsūta atkārtotai ekspertīzei."],
          ["Eksperta viedoklis par PKE", "Nav iebildumu, var saskaņot."],
          ["Datums", "10.06.2026."]], header=True)
build("r27b26_mehatronika_2red_atzinums.docx", d,
      [("mehatronisko sistēmu tehniķis", "MIP", "not_supported"), ("mehatronisko sistēmu tehniķis", "PKE", "supported")],
      "", "2026-06-10",
      note="Expert removed the printed options and wrote free text; MIP 'nav gatava saskaņošanai, jāpārstrādā ... atkārtotai ekspertīzei' = not supported; no expert name anywhere (author = coordinator, not the expert) -> expert empty; submission date 28.05 is not the review date.")

# ---- 27: MIP only, three qualifications, X + bold
d = new_doc("Oskars Meiers", (2026, 4, 16))
para(d, "MIP ekspertīze – kokapstrāde", bold=True)
para(d, "Eksperts: Oskars Meiers. PKE šīm kvalifikācijām vērtē cits eksperts.")
t = table(d, [["Kvalifikācija", "Atbalstāms, virzāms saskaņošanai", "Pēc precizējumiem", "Nav atbalstāms", "Piezīmes"],
              ["Kokapstrādes iekārtu operators", "", "", "", "Bez piezīmēm."],
              ["Datorizētu kokapstrādes iekārtu operators", "", "", "", "Jāpapildina CAM modulis ar nestingu."],
              ["Koka izstrādājumu ražošanas tehniķis", "", "", "", "Pārāk maz ražošanas vadības, nav kvalitātes kontroles moduļa."]],
          header=True)
for r, c in ((1, 1), (2, 2), (3, 3)):
    run(cp(t, r, c), "X", bold=True)
para(d, "16.04.2026.")
build("r27b27_MIP_kokapstrade_Meiers.docx", d,
      [("kokapstrādes iekārtu operators", "MIP", "supported"),
       ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
       ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported")],
      "Oskars Meiers", "2026-04-16",
      note="Three qualifications, MIP only (PKE explicitly by another expert -> no rows); bold X in option columns.")

# ---- 28: legacy checkbox with w:checked, name/date in 'Paraksts / datums'
d = new_doc("Ilze Kalniņa", (2026, 6, 16))
para(d, "Ekspertīzes atzinums – būvizstrādājumu galdnieks (LKI 4)", bold=True)
t = table(d, [["Dokuments", "Slēdziens"], ["MIP", ""], ["PKE", ""]], header=True)
for r, chosen in ((1, 0), (2, 1)):
    for i, o in enumerate(["atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]):
        p = cp(t, r, 1) if i == 0 else t.cell(r, 1).add_paragraph()
        formcheck(p, i == chosen, "checked"); run(p, " " + o)
para(d)
para(d, "PKE jāprecizē: logu bloka uzdevumā norādīt pieļaujamās novirzes (±1 mm) un stiklojuma līstes montāžu.")
table(d, [["Eksperts", "Paraksts / datums"], ["Rūdolfs Bērziņš", "R. Bērziņš  16.06.2026."]], header=True)
build("r27b28_Buvizstradajumu_galdnieks_2karta_RBerzins.docx", d,
      [("būvizstrādājumu galdnieks", "MIP", "supported"), ("būvizstrādājumu galdnieks", "PKE", "needs_corrections")],
      "Rūdolfs Bērziņš", "2026-06-16",
      note="Legacy FORMCHECKBOX using w:checked (w:default 0) inside table cells; name and date under 'Paraksts / datums'.")

# ---- 29: no diacritics
d = new_doc("kristaps", (2026, 3, 30))
para(d, "EKSPERTIZES ATZINUMS", bold=True)
table(d, [["Kvalifikacija", "mezsaimniecibas tehnikis, LKI 4"], ["Eksperts", "Kristaps Berzins"], ["Datums", "30.03.2026"],
          ["MIP", "atbalstams, pec precizejumu veiksanas virzams saskanosanai (jaizlabo meza ugunsapsardzibas modula stundas)"],
          ["PKE", "atbalstams un virzams saskanosanai"]], bold_first_col=True)
build("r27b29_mezsaimn_tehn_atzinums_berzins.docx", d,
      [("mežsaimniecības tehniķis", "MIP", "needs_corrections"), ("mežsaimniecības tehniķis", "PKE", "supported")],
      "Kristaps Berzins", "2026-03-30",
      note="Typed without diacritics (name as written 'Kristaps Berzins'); qualification lower-case without diacritics.")

# ---- 30: three flag columns Jā/Nē per document
d = new_doc("Ilze Kalniņa", (2026, 6, 24))
para(d, "Datorizētu kokapstrādes iekārtu operators – atkārtota ekspertīze", bold=True)
table(d, [["Eksperts:", "Agris Lapiņš"], ["Datums:", "24.06.2026."]], bold_first_col=True)
para(d)
table(d, [["Dokuments", "Saturs atbalstāms", "Nepieciešami precizējumi", "Virzāms saskaņošanai"],
          ["MIP", "Jā", "Jā", "Jā, pēc precizējumiem"],
          ["PKE", "Nē", "—", "Nē"]], header=True)
para(d)
para(d, "MIP: CNC modulis papildināts, atliek precizēt 5-asu apstrādes stundu skaitu. PKE: skola iesniegusi iepriekšējo "
        "(maija) redakciju bez izmaiņām, praktiskais uzdevums nav izpildāms norādītajā laikā – jāpārstrādā.")
build("r27b30_DKIO_atkartoti_Lapins.docx", d,
      [("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
       ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported")],
      "Agris Lapiņš", "2026-06-24",
      note="Three flag columns (atbalstāms / precizējumi / virzāms) with Jā/Nē per document; 'Nepieciešami' not a negation.")

# ================================================================ NON-REVIEWS
# ---- 31: assignment table
d = new_doc("Ilze Kalniņa", (2026, 4, 1))
para(d, "Ekspertīžu sadale – projekta 5. posms (01.04.2026.–31.07.2026.)", bold=True)
table(d, [["Nr.", "Kvalifikācija", "Eksperts", "MIP", "PKE", "Termiņš", "Statuss"],
          ["1.", "Mēbeļu galdnieks", "I. Vītola / Z. Strautiņa", "X", "X", "20.05.", "nosūtīts"],
          ["2.", "Būvizstrādājumu galdnieks", "R. Bērziņš", "X", "X", "15.06.", "gaida 2. redakciju"],
          ["3.", "Elektromontieris", "E. Kociņa", "X", "X", "06.05.", "atbalstāms? – jāpārbauda pēc labojumiem"],
          ["4.", "Mehatronisko sistēmu tehniķis", "(jānozīmē)", "X", "", "10.06.", ""],
          ["5.", "VGK iekārtu remontatslēdznieks", "A. Siliņš", "X", "X", "27.05.", ""]], header=True)
para(d, "Ekspertiem slēdzienu norādīt veidlapā: atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumiem / nav atbalstāms.")
build("r27b31_Ekspertizu sadale 5.posms.docx", d, [], problems=["no_verdict"],
      note="NOT a review: coordinator's assignment table with X marks in MIP/PKE columns (= assigned), option list as instruction.")

# ---- 32: meeting minutes
d = new_doc("Aija Putniņa", (2026, 3, 31))
para(d, "SANĀKSMES PROTOKOLS Nr. 4", bold=True)
para(d, "Rīgā, 2026. gada 31. martā, LDDK birojā un tiešsaistē")
table(d, [["Piedalās", "I. Kalniņa (koordinatore), A. Putniņa (protokolē), nozaru eksperti J. Ozoliņš, L. Celmiņa, R. Liepa, VISC pārstāve D. Ābele"],
          ["Darba kārtība", "1. 4. posma rezultāti\n2. Ekspertīžu veidlapas maiņa\n3. Dažādi"]], bold_first_col=True)
para(d)
para(d, "1. I. Kalniņa informē, ka pabeigta MIP un PKE ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un "
        "mehatronisko sistēmu tehniķa kvalifikācijām. R. Liepa norāda, ka mehatronikas PKE viņaprāt nebija atbalstāms, "
        "un jautā, vai skola ir saņēmusi piezīmes. Nolēma: piezīmes nosūtīt skolai līdz 3. aprīlim.")
para(d, "2. VISC pārstāve lūdz turpmāk veidlapā skaidri atzīmēt vienu no trim slēdzieniem; ja saturs atbalstāms ar "
        "precizējumiem, precizējumus uzskaitīt atsevišķā ailē. Eksperti atbalsta jauno veidlapu.")
para(d, "3. Metodiskais atbalsts skolām tiks nodrošināts arī 5. posmā.")
para(d, "Protokolēja: A. Putniņa")
build("r27b32_Protokols_Nr4_2026-03-31.docx", d, [], problems=["no_verdict"],
      note="NOT a review: minutes; restates an earlier opinion, 'eksperti atbalsta jauno veidlapu' (3rd person), 'metodiskais atbalsts' noun.")

# ---- 33: instructions for filling the form (with example marks)
d = new_doc("Ilze Kalniņa", (2026, 1, 12))
para(d, "Norādījumi ekspertīzes veidlapas aizpildīšanai", bold=True, size=13)
para(d, "1. Veidlapas galvenē norādiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un datumu.")
para(d, "2. Katram dokumentam (MIP un PKE) atzīmējiet tieši vienu slēdzienu. Piemērs:")
t = table(d, [["", "MIP (piemērs)"]] + [[o, ""] for o in opts], header=True)
for i in range(3):
    glyph(cp(t, 1 + i, 1), "\u2612" if i == 1 else "\u2610")
para(d, "3. Ja izvēlaties “atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”, precizējumus uzskaitiet ailē "
        "“Piezīmes”. Ja saturs nav atbalstāms, pamatojiet, kādi trūkumi jānovērš pirms atkārtotas ekspertīzes.")
para(d, "4. Aizpildīto veidlapu sūtiet koordinatorei e-pastā; faila nosaukumā norādiet kvalifikāciju un savu uzvārdu.")
build("r27b33_Instrukcija_veidlapas_aizpildisanai.docx", d, [], problems=["no_verdict"],
      note="NOT a review: instructions with a marked example grid (☒ on an option) - must not yield a verdict.")

# ---- 34: news item
d = new_doc("LDDK komunikācija", (2026, 4, 8))
para(d, "Nozaru eksperti izvērtējuši pirmās modulārās programmas", bold=True, size=14)
para(d, "08.04.2026.", italic=True)
para(d, "Latvijas Darba devēju konfederācija projektā 4.2.2.9. turpina nodrošināt nozaru ekspertu iesaisti profesionālās "
        "izglītības satura pilnveidē. Pirmajā ceturksnī 13 eksperti no enerģētikas, kokrūpniecības un mašīnbūves nozarēm "
        "vērtēja modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.")
para(d, "“Uzņēmumi atbalsta šo darbu, jo tieši viņi pēc tam pieņems darbā absolventus,” uzsver kokrūpniecības eksperte "
        "Laura Celmiņa. Viņasprāt, svarīgākais ir, lai eksāmens pārbaudītu reālas darba prasmes.")
para(d, "Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas specifiskā atbalsta mērķa 4.2.2. "
        "finansējumu. Ekspertīze turpināsies līdz jūlijam.")
build("r27b34_Jaunums_LDDK_majaslapai.docx", d, [], problems=["no_verdict"],
      note="NOT a review: news item for the website; names an expert, 'atbalsta' 3rd person, 'specifiskā atbalsta mērķis'.")

# ================================================================ OUTPUT
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "code"]); w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# Blind set r27b – forms and tables\n\nBuilt by `build.py`. Gold in `expected.csv`, problems in `expected_problems.csv`.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in README:
        f.write("| %s | %s |\n" % (n, note.replace("|", "/")))
print(len(README), "files,", len(GOLD), "gold rows,", len(PROBS), "problem rows")
