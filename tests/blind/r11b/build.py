# Builds the r11b blind set: forms and tables filled in by sector experts.
import csv, datetime, os
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
GOLD, PROB, README = [], [], []
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

MOT = "motorzāģa operators"; MEZ = "mežsaimniecības tehniķis"; KIO = "kokapstrādes iekārtu operators"
DKIO = "datorizētu kokapstrādes iekārtu operators"; KIRT = "koka izstrādājumu ražošanas tehniķis"
MEB = "mēbeļu galdnieks"; BUV = "būvizstrādājumu galdnieks"; MMO = "meža mašīnu operators"
EM = "elektromontieris"; ET = "elektrotehniķis"
VGKR = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGKS = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"; MEH = "mehatronisko sistēmu tehniķis"
S, C, N, U = "supported", "needs_corrections", "not_supported", "unknown"


def new(author, y, m, d):
    doc = Document()
    doc.core_properties.author = author
    doc.core_properties.created = datetime.datetime(y, m, d, 9, 30)
    doc.core_properties.title = ""
    return doc


def build(name, doc, rows=(), problems=(), note=""):
    doc.save(os.path.join(OUT, name))
    for r in rows:
        GOLD.append((name,) + tuple(r))
    for p in problems:
        PROB.append((name, p))
    README.append((name, note))


def P(doc_or_cell, text="", bold=False, size=None, italic=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


def run(p, text, bold=False, underline=False, strike=False, italic=False, font=None):
    r = p.add_run(text)
    r.bold = bold; r.underline = underline; r.font.strike = strike; r.italic = italic
    if font:
        r.font.name = font
    return r


def cellp(cell, text="", bold=False):
    """Write into the first paragraph of a cell (replace)."""
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold)
    return p


def table(doc, data, style="Table Grid", bold_first=False):
    t = doc.add_table(rows=len(data), cols=len(data[0]))
    if style:
        t.style = style
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            if v is None:
                continue
            cellp(t.cell(i, j), v, bold=(bold_first and i == 0))
    return t


def sym(p, char, font="Wingdings"):
    p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def sdt_box(p, checked):
    v = "1" if checked else "0"; g = "☒" if checked else "☐"
    p._p.append(parse_xml(
        f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{v}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f'<w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>'))


_ff = [0]
def form_box(p, checked):
    _ff[0] += 1
    v = "1" if checked else "0"
    for x in (f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{_ff[0]}"/><w:enabled/>'
              f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{v}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
              f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
              f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


_rev = [0]
def ins(p, text, author="Ekspertis", date="2026-04-10T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:ins {W} w:id="{900+_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'))


def dele(p, text, author="Ekspertis", date="2026-04-10T10:00:00Z"):
    _rev[0] += 1
    p._p.append(parse_xml(f'<w:del {W} w:id="{900+_rev[0]}" w:author="{author}" w:date="{date}"><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'))


def header(doc, text, footer=None):
    s = doc.sections[0]
    s.header.paragraphs[0].text = text
    if footer is not None:
        s.footer.paragraphs[0].text = footer


# ---------------------------------------------------------------- 01
d = new("Ilze Kalniņa", 2026, 2, 14)
P(d, "EKSPERTA ATZINUMS", bold=True, size=14)
P(d, "par modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena satura projektu")
table(d, [["Profesionālā kvalifikācija", "Motorzāģa operators"],
          ["LKI līmenis", "3"],
          ["Nozare", "Kokrūpniecība"],
          ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
          ["Atzinuma datums", "14.02.2026."]])
P(d)
P(d, "1. Vērtējuma kopsavilkums", bold=True)
table(d, [["Dokuments", "Eksperta slēdziens", "Piezīmes"],
          ["MIP", "Atbalstāma; virzāma saskaņošanai pēc precizējumu veikšanas",
           "Modulī “Koku gāšana” jāprecizē darba drošības prasības slīpā reljefā; B moduļa stundu sadalījums neatbilst kopsummai."],
          ["PKE", "Atbalstāms un virzāms saskaņošanai", "Praktiskā uzdevuma vērtēšanas kritēriji skaidri, iebildumu nav."]],
      bold_first=True)
P(d)
P(d, "2. Detalizētie komentāri", bold=True)
P(d, "Programma kopumā atbilst profesionālās kvalifikācijas prasībām. Ieteicams papildināt literatūras sarakstu ar aktuālajiem MK noteikumiem par darba aizsardzību mežizstrādē.")
build("r11b01_Atzinums_motorzaga_operators_MIP_PKE.docx", d,
      [(MOT, "MIP", C, "Ilze Kalniņa", "2026-02-14", 3), (MOT, "PKE", S, "Ilze Kalniņa", "2026-02-14", 3)],
      note="Key/value table with value right; summary table document|verdict|notes. Feminine participle 'atbalstāma' for MIP with condition in same cell.")

# ---------------------------------------------------------------- 02
d = new("Linda Strautiņa", 2026, 3, 4)
P(d, "Ekspertīzes vērtējuma lapa – MIP", bold=True, size=13)
P(d, "Kvalifikācija: elektromontieris (LKI 3. līmenis)")
P(d, "Eksperts: Jānis Bērziņš, AS “Sadales tīkls” (pārstāvis nozarē)")
P(d, "Piezīme: PKE saturu šajā kārtā vērtē cits nozares eksperts, šī lapa attiecas tikai uz MIP.", italic=True)
table(d, [["Nr.", "Kritērijs", "Jā/Nē", "Komentārs"],
          ["1.", "Moduļu mērķi un uzdevumi atbilst profesijas standartam", "Jā", ""],
          ["2.", "Ietverti nozarē aktuālie jaunie prasmju elementi (viedie skaitītāji, AER pieslēgumi)", "Nē", "Trūkst saules paneļu pieslēguma pamatu"],
          ["3.", "Mācību rezultāti ir izmērāmi", "Jā", ""],
          ["4.", "Stundu apjoms samērīgs", "Jā", "C modulī nedaudz par maz prakses"],
          ["5.", "Darba vidē balstītu mācību iespējas aprakstītas", "Nē", "Jāpapildina"],
          ["", "KOPĒJAIS VĒRTĒJUMS", "Atbalstu ar precizējumiem",
           "Pēc 2. un 5. punkta precizēšanas programmu var virzīt saskaņošanai."]], bold_first=True)
P(d)
P(d, "Rīgā, 03.03.2026.")
build("r11b02_elektromontieris_MIP_vertejums_Berzins.docx", d,
      [(EM, "MIP", C, "Jānis Bērziņš", "2026-03-03", 3)],
      note="Jā/Nē criteria table with overall row; two 'Nē' criteria do not make it not_supported; overall row says support with corrections. PKE explicitly reviewed by someone else: no row. Author = coordinator.")

# ---------------------------------------------------------------- 03
d = new("Dace Ozola", 2026, 3, 18)
P(d, "Atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” dokumentiem", bold=True)
table(d, [["Ekspertes vārds, uzvārds:", "Dace Ozola"], ["Datums:", "2026. gada 18. martā"]], style=None)
P(d)
P(d, "A. Modulārā izglītības programma", bold=True)
table(d, [["", "Slēdziens (atzīmēt ar X)"],
          ["", "saturs ir atbalstāms un virzāms saskaņošanai"],
          ["", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["X", "saturs nav atbalstāms"]])
P(d, "Pamatojums: programma balstīta uz 2019. gada standartu, nav iekļauti CNC apstrādes un virsmu apdares moduļi; moduļu apraksti dublējas. Nepieciešama būtiska pārstrāde un atkārtota ekspertīze.")
P(d)
P(d, "B. Profesionālās kvalifikācijas eksāmena saturs", bold=True)
table(d, [["", "Slēdziens (atzīmēt ar X)"],
          ["X", "saturs ir atbalstāms un virzāms saskaņošanai"],
          ["", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
          ["", "saturs nav atbalstāms"]])
P(d, "Eksāmena praktiskais uzdevums (skapīša izgatavošana) labi atspoguļo kvalifikācijas prasības.")
build("r11b03_Meb_galdnieks_atzinums_DOzola.docx", d,
      [(MEB, "MIP", N, "Dace Ozola", "2026-03-18", 4), (MEB, "PKE", S, "Dace Ozola", "2026-03-18", 4)],
      note="All three options printed per document, chosen one marked with X in left column. MIP rejected, PKE supported.")

# ---------------------------------------------------------------- 04
d = new("Santa Jurēvica", 2026, 3, 26)
P(d, "ELEKTROTEHNIĶIS — MIP un PKE satura ekspertīze", bold=True)
P(d, "LKI: 4. līmenis | Nozare: enerģētika")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
cellp(t.cell(0, 0), "Vērtējums", True); cellp(t.cell(0, 1), "MIP", True); cellp(t.cell(0, 2), "PKE", True)
opts = ["Atbalstāms, virzāms saskaņošanai", "Atbalstāms, virzāms pēc precizējumiem", "Nav atbalstāms"]
marks = [(True, False), (False, True), (False, False)]
for i, (o, (a, b)) in enumerate(zip(opts, marks), 1):
    cellp(t.cell(i, 0), o)
    for j, m in ((1, a), (2, b)):
        run(t.cell(i, j).paragraphs[0], "☒" if m else "☐", font="MS Gothic")
P(d)
P(d, "Piezīmes par PKE: teorētiskās daļas testā 6 jautājumi attiecas uz novecojušu LEK standartu redakciju — lūdzu aizstāt. Vērtēšanas lapā norādīt minimālo punktu skaitu katram uzdevumam.")
P(d)
t = table(d, [["Paraksts / datums", "R. Liepa  /  25.03.2026."]])
build("r11b04_Elektrotehnikis_MIP PKE_RLiepa.docx", d,
      [(ET, "MIP", S, "R. Liepa", "2026-03-25", 4), (ET, "PKE", C, "R. Liepa", "2026-03-25", 4)],
      note="Matrix options x documents with ☒/☐ glyphs in MS Gothic. Name only in 'Paraksts / datums' cell as initial+surname. Author is coordinator (different person).")

# ---------------------------------------------------------------- 05
d = new("", 2026, 4, 8)
header(d, "LDDK projekts 4.2.2.9. | Ekspertīze sagatavota 2026. gada 7. aprīlī",
       footer="Eksperts: Kaspars Zariņš, SIA “Kurzemes koks” tehniskais direktors")
P(d, "Profesionālās kvalifikācijas satura ekspertīze", bold=True, size=13)
table(d, [["Kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"], ["Līmenis", "LKI 4"]])
P(d)
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
cellp(t.cell(0, 0), "Slēdziens", True); cellp(t.cell(0, 1), "MIP", True); cellp(t.cell(0, 2), "PKE", True)
for i, o in enumerate(opts, 1):
    cellp(t.cell(i, 0), o)
    for j in (1, 2):
        sym(t.cell(i, j).paragraphs[0], "F0FE" if i == 1 else "F0A8")
P(d)
P(d, "Komentāri: abi dokumenti sagatavoti rūpīgi, darba grupa ņēmusi vērā iepriekšējās sanāksmes ieteikumus. Nozares uzņēmumi atbalsta ražošanas plānošanas moduļa iekļaušanu.")
build("r11b05_KIRT_ekspertize_2026-04.docx", d,
      [(KIRT, "MIP", S, "Kaspars Zariņš", "2026-04-07", 4), (KIRT, "PKE", S, "Kaspars Zariņš", "2026-04-07", 4)],
      note="Wingdings w:sym F0FE checked / F0A8 empty; name only in footer, date only in header. Author empty. 'uzņēmumi atbalsta' is a third-person verb, not a verdict.")

# ---------------------------------------------------------------- 06
d = new("Marta Vanaga", 2026, 4, 15)
P(d, "Eksperta vērtējuma veidlapa", bold=True)
table(d, [["Kvalifikācija", "Datorizētu kokapstrādes iekārtu operators"],
          ["LKI līmenis", "4"],
          ["Eksperts", "Gatis Eglītis"],
          ["Datums", "2026-04-14"]])
P(d)
P(d, "Modulārā izglītības programma (MIP):", bold=True)
for o, m in zip(opts, (False, True, False)):
    p = d.add_paragraph(); sdt_box(p, m); run(p, " " + o)
P(d, "Precizējumi: jāaktualizē CAM programmatūras apraksts; moduļa “Iekārtu apkope” rezultātos jānorāda eļļošanas grafiku sastādīšana.")
P(d, "PKE saturs:", bold=True)
for o, m in zip(opts, (False, False, True)):
    p = d.add_paragraph(); sdt_box(p, m); run(p, " " + o)
P(d, "Pamatojums: eksāmena praktiskajā daļā nav paredzēta CNC iekārtas programmēšana, kas ir kvalifikācijas pamatprasība. Teorijas tests neatbilst LKI 4. līmenim.")
build("r11b06_DKIO_veidlapa_Eglitis.docx", d,
      [(DKIO, "MIP", C, "Gatis Eglītis", "2026-04-14", 4), (DKIO, "PKE", N, "Gatis Eglītis", "2026-04-14", 4)],
      note="Word content-control checkboxes (w14:checkbox); chosen state only in w14:checked and glyph. Author = coordinator.")

# ---------------------------------------------------------------- 07
d = new("Ainārs Krūmiņš", 2026, 3, 29)
P(d, "MEŽA MAŠĪNU OPERATORS (3. LKI)", bold=True)
P(d, "Eksperta atzinums par MIP un PKE saturu")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
cellp(t.cell(0, 0), "", True); cellp(t.cell(0, 1), "MIP", True); cellp(t.cell(0, 2), "PKE", True)
for i, (o, (a, b)) in enumerate(zip(opts, [(True, False), (False, True), (False, False)]), 1):
    cellp(t.cell(i, 0), o)
    form_box(t.cell(i, 1).paragraphs[0], a); form_box(t.cell(i, 2).paragraphs[0], b)
P(d)
P(d, "PKE: harvestera simulatora uzdevumā jānorāda pieļaujamais laiks un vērtēšanas kritēriji; pirms virzīšanas saskaņošanai jāsaskaņo ar VMD prasībām.")
P(d, "Ainārs Krūmiņš, 28.03.2026.")
build("r11b07_meza_masinu_operators_atzinums.docx", d,
      [(MMO, "MIP", S, "Ainārs Krūmiņš", "2026-03-28", 3), (MMO, "PKE", C, "Ainārs Krūmiņš", "2026-03-28", 3)],
      note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox/w:default) with no visible text; signature line at bottom.")

# ---------------------------------------------------------------- 08
d = new("Oskars Siliņš", 2026, 4, 20)
P(d, "Būvizstrādājumu galdnieks, LKI 4", bold=True)
P(d, "Eksperts: Oskars Siliņš        Datums: 20.04.2026.")
P(d, "Slēdziens (nevajadzīgo svītrot):", bold=True)
for docname in ("MIP", "PKE"):
    p = d.add_paragraph(); run(p, docname + " saturs ", bold=True)
    run(p, "ir atbalstāms un virzāms saskaņošanai", strike=True); run(p, " / ")
    run(p, "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"); run(p, " / ")
    run(p, "nav atbalstāms", strike=True)
P(d, "Precizējumi MIP: logu bloku montāžas modulī papildināt ar hermetizācijas lentām; izlabot atsauces uz LVS EN 14351-1.")
P(d, "Precizējumi PKE: eksāmena uzdevumā norādīt materiālu specifikāciju, vērtēšanas tabulā izlīdzināt punktus.")
build("r11b08_Buvizstradajumu galdnieks_Silins_svitrots.docx", d,
      [(BUV, "MIP", C, "Oskars Siliņš", "2026-04-20", 4), (BUV, "PKE", C, "Oskars Siliņš", "2026-04-20", 4)],
      note="'nevajadzīgo svītrot': non-chosen options carry strikethrough; surviving option = needs corrections for both.")

# ---------------------------------------------------------------- 09
d = new("Evija Liepiņa", 2026, 5, 6)
P(d, "VGK sistēmu tehniķis — MIP ekspertīze", bold=True)
table(d, [["Eksperte", "Evija Liepiņa"], ["Datums", "2026. gada 5. maijā"], ["Izskatītais dokuments", "MIP (PKE saturs izglītības iestādē vēl nav iesniegts)"]])
P(d)
p = P(d, "Slēdziens (vajadzīgo pasvītrot): ")
run(p, "saturs ir atbalstāms un virzāms saskaņošanai", underline=True); run(p, "; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav atbalstāms.")
P(d, "Atsevišķi ieteikumi (nav obligāti): siltumsūkņu modulī varētu pieminēt F-gāzu regulas jaunākās izmaiņas.")
build("r11b09_VGK_sistemu_tehnikis_MIP_Liepina.docx", d,
      [(VGKS, "MIP", S, "Evija Liepiņa", "2026-05-05", 4)],
      note="Alias 'VGK sistēmu tehniķis'; 'vajadzīgo pasvītrot' with underline on chosen option. PKE not submitted: no row. Optional advice does not make it conditional.")

# ---------------------------------------------------------------- 10
d = new("Laura Dzene", 2026, 2, 25)
P(d, "Kokapstrādes iekārtu operators", bold=True, size=14)
P(d, "Ekspertīzes atzinums (3. LKI līmenis)")
P(d, "Ekspertes: Laura Dzene")
P(d, "Izvērtēšanas datums: 24.02.2026")
P(d, "Ekspertīzes mērķis – izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem, vai nav atbalstāms.", italic=True)
for docname in ("MIP", "PKE"):
    P(d, docname + ":", bold=True)
    for o, m in zip(["atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"], (True, False, False)):
        p = d.add_paragraph(style="List Bullet"); run(p, o, bold=m)
P(d, "Neskatoties uz nelielām redakcionālām kļūdām (lappušu numerācija), abi dokumenti ir kvalitatīvi.")
build("r11b10_KIO_atzinums_Dzene.docx", d,
      [(KIO, "MIP", S, "Laura Dzene", "2026-02-24", 3), (KIO, "PKE", S, "Laura Dzene", "2026-02-24", 3)],
      note="Chosen option marked only by bold in a bullet list; purpose sentence lists all options (not a verdict); 'Neskatoties' not a negation.")

# ---------------------------------------------------------------- 11
d = new("Agnese Putniņa", 2026, 3, 12)
for k, v in [("No:", "Raimonds Ābele <raimonds.abele@mezaserviss.lv>"), ("Nosūtīts:", "ceturtdiena, 2026. gada 12. marts 16:42"),
             ("Kam:", "Agnese Putniņa <agnese.putnina@lddk.lv>"), ("Tēma:", "RE: Mežsaimniecības tehniķa MIP un PKE ekspertīze")]:
    p = d.add_paragraph(); run(p, k + " ", bold=True); run(p, v)
P(d)
P(d, "Labdien, Agnese!")
P(d, "Izskatīju abus dokumentus. Par eksāmenu man nav iebildumu – to var virzīt saskaņošanai tādu, kāds tas ir.")
P(d, "Programmu atbalstu, bet pirms saskaņošanas skolai vajadzētu izlabot meža inventarizācijas moduli (jāiekļauj tālizpētes datu izmantošana, LVM GEO) un sakārtot stundu tabulu 2. kursam.")
P(d, "Ar cieņu,")
P(d, "Raimonds Ābele")
P(d, "SIA “Meža serviss”, mob. 29 123 456")
P(d)
P(d, "-----Original Message-----")
P(d, "From: Agnese Putniņa  Sent: Monday, March 2, 2026 10:05")
P(d, "Labdien! Lūdzu līdz 13.03. izvērtēt pielikumā pievienotos mežsaimniecības tehniķa (LKI 4) MIP un PKE projektus un norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.")
build("r11b11_RE Mezsaimniecibas tehnika MIP un PKE ekspertize.docx", d,
      [(MEZ, "MIP", C, "Raimonds Ābele", "2026-03-12", 4), (MEZ, "PKE", S, "Raimonds Ābele", "2026-03-12", 4)],
      note="Outlook e-mail in Latvian printed to Word; 'nav iebildumu' positive; 'atbalstu, bet pirms saskaņošanas … izlabot' = corrections. Quoted coordinator request lists all options (ignore). Date from Nosūtīts.")

# ---------------------------------------------------------------- 12
d = new("Agnese Putniņa", 2026, 4, 2)
P(d, "Gmail - mehatronika PKE", size=9)
for line in ["Valters Grīnbergs <valters.grinbergs@gmail.com>", "Wed, Apr 1, 2026 at 9:17 PM",
             "To: Agnese Putnina <agnese.putnina@lddk.lv>"]:
    P(d, line, size=9)
P(d)
P(d, "Sveiki,")
P(d, "skatijos mehatronisko sistemu tehnika PKE (tikai eksamenu, MIP jau iepriekš vērtēja Sandis). Diemzel sobrid nevaru to atbalstit - praktiskais uzdevums ir tikai pneimatika, nav PLC programmesanas un robotu apkopes, teorijas jautajumi kopeti no vecas PKL 3 programmas. Jaizstrada no jauna un jaatsuta atkartoti.")
P(d, "Valters")
P(d)
P(d, "On Mon, Mar 23, 2026 Agnese Putnina wrote:")
P(d, "> Valter, vai vari paskatīties mehatronikas PKE? Vajag slēdzienu: atbalstāms / atbalstāms pēc precizējumiem / nav atbalstāms.")
build("r11b12_mehatronika PKE Grinbergs gmail.docx", d,
      [(MEH, "PKE", N, "Valters Grīnbergs", "2026-04-01", 4)],
      note="Gmail print, English headers, body mostly without diacritics; 'nevaru to atbalstit'. MIP reviewed by someone else earlier: no row. Full name from From line. 'PKL 3' is about old programme, LKI from register.")

# ---------------------------------------------------------------- 13
d = new("Ināra Celmiņa", 2026, 5, 14)
P(d, "SIA “ELEKTROSERVISS BALTIJA”", bold=True, size=14)
P(d, "Reģ. Nr. 40003123456 · Brīvības gatve 214, Rīga, LV-1039 · info@esb.lv", size=8)
P(d, "_" * 60)
P(d, "Rīgā, 2026. gada 13. maijā  Nr. 2026/05-17")
P(d, "Latvijas Darba devēju konfederācijai\nProjekta koordinatorei A. Putniņai")
P(d, "Par profesionālās kvalifikācijas eksāmenu satura ekspertīzi", bold=True)
P(d, "Atbilstoši 2026. gada 20. aprīļa uzaicinājumam esmu izvērtējusi trīs enerģētikas nozares kvalifikāciju PKE saturu. MIP šajā uzdevumā netika iekļautas. Apkopojums:")
table(d, [["Kvalifikācija", "PKE slēdziens", "Pamatojums / precizējumi"],
          ["Elektromontieris", "atbalstāms un virzāms saskaņošanai", "—"],
          ["Elektrotehniķis", "atbalstāms; virzāms saskaņošanai pēc precizējumiem",
           "Papildināt praktisko uzdevumu ar releju aizsardzības iestatījumu pārbaudi."],
          ["Mehatronisko sistēmu tehniķis", "atbalstāms un virzāms saskaņošanai",
           "Eksāmens pārstrādāts atbilstoši iepriekšējām piezīmēm."]], bold_first=True)
P(d)
P(d, "Ar cieņu")
P(d, "valdes locekle, nozares eksperte                                      Ināra Celmiņa")
build("r11b13_ESB vestule PKE ekspertize 3 kvalifikacijas.docx", d,
      [(EM, "PKE", S, "Ināra Celmiņa", "2026-05-13", 3), (ET, "PKE", C, "Ināra Celmiņa", "2026-05-13", 4),
       (MEH, "PKE", S, "Ināra Celmiņa", "2026-05-13", 4)],
      note="Company letterhead letter with summary table of three qualifications (PKE only; MIP explicitly not included). MEH PKE supported here (later than r11b12's rejection; different files, both labelled by their own content).")

# ---------------------------------------------------------------- 14
d = new("Agnese Putniņa", 2026, 6, 3)
d.sections[0].orientation = 1
P(d, "Kokrūpniecības nozares ekspertīžu kopsavilkums — eksperta aizpildīta tabula", bold=True)
table(d, [["Eksperts:", "Normunds Cīrulis"], ["Aizpildīšanas datums:", "02.06.2026."]])
P(d)
table(d, [["Nr.", "Kvalifikācija", "LKI", "MIP", "PKE", "Piezīmes"],
          ["1", "Mēbeļu galdnieks (atkārtota ekspertīze)", "4", "atbalstīts", "atbalstīts", "Visas 1. kārtas piezīmes ievērotas."],
          ["2", "Kokapstrādes iekārtu operators", "3", "atbalstīts ar precizējumiem", "atbalstīts", "MIP – precizēt drošības tehnikas stundas."],
          ["3", "Būvizstrādājumu galdnieks", "4", "neatbalstīts", "atbalstīts ar precizējumiem", "MIP neatbilst jaunajai kvalifikācijas struktūrai; PKE – labot vērtēšanas lapu."],
          ["4", "Motorzāģa operators", "3", "atbalstīts", "neatbalstīts", "PKE praktiskais uzdevums nav izpildāms norādītajā laikā, jāpārveido."]],
      bold_first=True)
P(d, "Apzīmējumi: atbalstīts = atbalstāms un virzāms saskaņošanai; atbalstīts ar precizējumiem = virzāms pēc precizējumu veikšanas; neatbalstīts = nav atbalstāms.", size=8)
build("r11b14_Kokrupn_kopsavilkums_Cirulis_galigais.docx", d,
      [(MEB, "MIP", S, "Normunds Cīrulis", "2026-06-02", 4), (MEB, "PKE", S, "Normunds Cīrulis", "2026-06-02", 4),
       (KIO, "MIP", C, "Normunds Cīrulis", "2026-06-02", 3), (KIO, "PKE", S, "Normunds Cīrulis", "2026-06-02", 3),
       (BUV, "MIP", N, "Normunds Cīrulis", "2026-06-02", 4), (BUV, "PKE", C, "Normunds Cīrulis", "2026-06-02", 4),
       (MOT, "MIP", S, "Normunds Cīrulis", "2026-06-02", 3), (MOT, "PKE", N, "Normunds Cīrulis", "2026-06-02", 3)],
      note="One expert's table of four qualifications x MIP/PKE with short nominal verdicts (atbalstīts / ar precizējumiem / neatbalstīts) and a legend. Author = coordinator.")

# ---------------------------------------------------------------- 15
d = new("Andris Pētersons", 2026, 4, 10)
P(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", bold=True)
P(d, "MIP un PKE ekspertīze, 2. redakcija")
table(d, [["Eksperts", "Andris Pētersons"], ["Datums", "10.04.2026."], ["LKI", "3"]])
P(d)
p = P(d); run(p, "MIP slēdziens: ", bold=True)
dele(p, "saturs nav atbalstāms", "Andris Pētersons"); ins(p, "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Andris Pētersons")
P(d, "Precizējumi: freona noplūdes meklēšanas modulī jāpievieno praktiskais darbs ar elektronisko detektoru.")
p = P(d); run(p, "PKE slēdziens: ", bold=True); run(p, "saturs ir atbalstāms un virzāms saskaņošanai.")
build("r11b15_VGK remontatslēdznieks_2red_izmainas.docx", d,
      [(VGKR, "MIP", C, "Andris Pētersons", "2026-04-10", 3), (VGKR, "PKE", S, "Andris Pētersons", "2026-04-10", 3)],
      note="Tracked changes: old MIP verdict in w:del (rejected), current wording in w:ins (needs corrections).")

# ---------------------------------------------------------------- 16
d = new("Kristīne Zvaigzne", 2026, 5, 21)
P(d, "Profesionālās kvalifikācijas “Metinātājs” satura ekspertīze", bold=True)
table(d, [["Kvalifikācija:", "Metinātājs"], ["Nozare:", "Mašīnbūve un metālapstrāde"], ["LKI līmenis:", "3"],
          ["Eksperts:", "Kristīne Zvaigzne"], ["Datums:", "21.05.2026."]])
P(d)
table(d, [["Dokuments", "Vērtējums", "Komentārs"],
          ["MIP", "✓ Atbalstāms un virzāms saskaņošanai", "Programma atbilst ISO 9606-1 prasībām."],
          ["PKE", "✓ Atbalstāms, virzāms pēc precizējumiem", "Vizuālās kontroles kritērijus saskaņot ar LVS EN ISO 5817."]], bold_first=True)
build("r11b16_Metinatajs_MIP_PKE_Zvaigzne.docx", d,
      [("metinātājs", "MIP", S, "Kristīne Zvaigzne", "2026-05-21", 3), ("metinātājs", "PKE", C, "Kristīne Zvaigzne", "2026-05-21", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (metinātājs) -> unknown_qualification; verdicts given normally.")

# ---------------------------------------------------------------- 17
d = new("Agnese Putniņa", 2026, 3, 6)
P(d, "EKSPERTĪZES VEIDLAPA", bold=True)
table(d, [["Kvalifikācija", "Motorzāģa operators, LKI 3"], ["Eksperts", "Sandra Kļaviņa"], ["Datums", "05.03.2026"]])
P(d)
table(d, [["Dokuments", "Piezīmes", "Slēdziens"],
          ["MIP", "Iebildumu nav.", "Atbalstāms un virzāms saskaņošanai"],
          ["PKE", "1) Teorijas testā 4. un 11. jautājums ar divām pareizām atbildēm.\n2) Praktiskajā daļā nav norādīts, kurš nodrošina motorzāģi.\n3) Vērtēšanas kritēriji nav sasaistīti ar mācību rezultātiem.", ""]],
      bold_first=True)
P(d)
P(d, "Papildu komentāri: PKE slēdzienu sniegšu pēc sarunas ar darba grupas vadītāju.", italic=True)
build("r11b17_Motorzaga_op_veidlapa_Klavina.docx", d,
      [(MOT, "MIP", S, "Sandra Kļaviņa", "2026-03-05", 3), (MOT, "PKE", U, "Sandra Kļaviņa", "2026-03-05", 3)],
      problems=["no_verdict"],
      note="PKE remarks given but verdict cell left empty and expert says verdict will follow -> unknown + no_verdict.")

# ---------------------------------------------------------------- 18
d = new("Pēteris Ozoliņš", 2026, 3, 20)
P(d, "Mehatronisko sistēmu tehniķis — ekspertīzes lapa", bold=True)
P(d, "Eksperts: Pēteris Ozoliņš; 19.03.2026.; LKI 4")
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
cellp(t.cell(0, 0), "Slēdziens", True); cellp(t.cell(0, 1), "MIP", True); cellp(t.cell(0, 2), "PKE", True)
for i, (o, (a, b)) in enumerate(zip(opts, [(True, True), (False, False), (True, False)]), 1):
    cellp(t.cell(i, 0), o)
    run(t.cell(i, 1).paragraphs[0], "☒" if a else "☐", font="MS Gothic")
    run(t.cell(i, 2).paragraphs[0], "☒" if b else "☐", font="MS Gothic")
P(d)
P(d, "Piezīmes: PKE kārtībā. MIP – sk. pielikumu.")
build("r11b18_mehatronika_lapa_Ozolins.docx", d,
      [(MEH, "MIP", U, "Pēteris Ozoliņš", "2026-03-19", 4), (MEH, "PKE", S, "Pēteris Ozoliņš", "2026-03-19", 4)],
      problems=["conflict"],
      note="MIP column has both 'supported' and 'not supported' ticked, no text resolving it -> unknown + conflict. PKE clear.")

# ---------------------------------------------------------------- 19
d = new("Elīna Šmite", 2026, 2, 10)
table(d, [["Kvalifikācija"], ["elektrotehniķis"], ["Eksperts"], ["Elīna Šmite"], ["Datums"], ["10.02.2026"],
          ["MIP – slēdziens"], ["neatbalstu. moduļi nesakrīt ar kvalifikācijas struktūru, nav elektroapgādes projektēšanas pamatu"],
          ["PKE – slēdziens"], ["arī neatbalstu, jo balstīts uz to pašu programmu"]])
build("r11b19_elektrotehnikis_Smite.docx", d,
      [(ET, "MIP", N, "Elīna Šmite", "2026-02-10", 4), (ET, "PKE", N, "Elīna Šmite", "2026-02-10", 4)],
      note="Very short one-column form, values below keys; first-person 'neatbalstu', lower case hasty text.")

# ---------------------------------------------------------------- 20
d = new("Dace Ozola", 2026, 5, 27)
P(d, "Atkārtota ekspertīze: Mēbeļu galdnieks (LKI 4)", bold=True)
table(d, [["Eksperte", "Dace Ozola"], ["Datums", "2026. gada 27. maijs"], ["Kārta", "2. (pēc precizējumiem)"]])
P(d)
P(d, "Vēsture: 1. kārtā (18.03.2026.) MIP saturs netika atbalstīts, PKE tika atbalstīts.", italic=True)
table(d, [["Nr.", "Iepriekšējā piezīme", "Izpilde"],
          ["1", "Nav CNC moduļa", "Iekļauts modulis “Datorizēta apstrāde”, tomēr apjoms nav liels"],
          ["2", "Nav virsmu apdares", "Izpildīts"],
          ["3", "Dublēšanās moduļu aprakstos", "Daļēji – C2 un C3 joprojām pārklājas, bet tas nav būtiski"]], bold_first=True)
P(d)
P(d, "SLĒDZIENS", bold=True)
P(d, "MIP saturs tagad ir atbalstāms un virzāms saskaņošanai. PKE saturs nav mainīts — arī atbalstāms un virzāms saskaņošanai.")
build("r11b20_Mebelu galdnieks 2.karta Ozola.docx", d,
      [(MEB, "MIP", S, "Dace Ozola", "2026-05-27", 4), (MEB, "PKE", S, "Dace Ozola", "2026-05-27", 4)],
      note="Second round; history line mentions earlier rejection (not current); partial-fulfilment remarks in table outranked by SLĒDZIENS.")

# ---------------------------------------------------------------- 21
d = new("Uldis Kārkliņš", 2026, 1, 29)
P(d, "Ekspertīzes atzinums", bold=True)
table(d, [["Profesionālā kvalifikācija", "Koka izstrādājumu ražošanas tehniķis"],
          ["Profesionālās kvalifikācijas līmenis", "3. PKL"],
          ["Eksperts", "Uldis Kārkliņš"],
          ["Datums", "28.01.2026."]])
P(d)
t = table(d, [["Dokuments", "Atbalstāms un virzāms", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"],
              ["Modulārā izglītības programma", "", "X", ""],
              ["Kvalifikācijas eksāmena saturs", "", "X", ""]], bold_first=True)
P(d, "MIP: papildināt ražošanas plānošanas moduli ar ERP sistēmu pamatiem. Eksāmens: tehnoloģiskās kartes paraugu pievienot pielikumā.")
build("r11b21_KIRT atzinums Karklins janv.docx", d,
      [(KIRT, "MIP", C, "Uldis Kārkliņš", "2026-01-28", 4), (KIRT, "PKE", C, "Uldis Kārkliņš", "2026-01-28", 4)],
      note="Old level notation 3. PKL (= LKI 4). Horizontal option table with X under the chosen column per document row.")

# ---------------------------------------------------------------- 22
d = new("Agnese Putniņa", 2026, 4, 23)
for k, v in [("From:", "Edgars Kalējs <edgars.kalejs@latvenergo.lv>"), ("Sent:", "Thursday, April 23, 2026 8:05 AM"),
             ("To:", "Putniņa Agnese"), ("Subject:", "RE: Elektromontiera MIP/PKE – ekspertīze")]:
    p = d.add_paragraph(); run(p, k + "\t", bold=True); run(p, v)
P(d)
P(d, "Agnese, sveika!")
P(d, "Pielikumā arī manas piezīmes komentāros. Īsumā:")
P(d, "• programma – var atbalstīt, bet tikai tad, kad būs izlabotas moduļu numerācijas kļūdas un papildināts zemsprieguma kabeļu savienošanas modulis;")
P(d, "• eksāmens – līdzīgi, atbalstāms ar nosacījumu, ka tiek pievienota darba drošības instruktāžas pārbaude praktiskajā daļā.")
P(d, "Citādi viss ok.")
P(d, "Edgars Kalējs")
P(d)
P(d, "From: Putniņa Agnese\nSent: Tuesday, April 14, 2026 2:11 PM\nSubject: Elektromontiera MIP/PKE – ekspertīze")
P(d, "Lūdzu sniegt slēdzienu par elektromontiera (LKI 3) MIP un PKE: atbalstāms un virzāms saskaņošanai / atbalstāms, pēc precizējumu veikšanas virzāms / nav atbalstāms. Paldies!")
build("r11b22_RE_Elektromontiera MIP_PKE_Kalejs.docx", d,
      [(EM, "MIP", C, "Edgars Kalējs", "2026-04-23", 3), (EM, "PKE", C, "Edgars Kalējs", "2026-04-23", 3)],
      note="Outlook English headers, Latvian body with bullets; 'var atbalstīt, bet tikai tad, kad…' and 'atbalstāms ar nosacījumu' = corrections; quoted request lists options.")

# ---------------------------------------------------------------- 23
d = new("Aiga Rudzīte", 2026, 4, 9)
header(d, "Eksperte: Aiga Rudzīte                                   2026. gada 9. aprīlī")
P(d, "Meža mašīnu operators", bold=True, size=13)
P(d, "Otrās kārtas vērtējums")
table(d, [["", "MIP", "PKE"],
          ["Slēdziens", "Var virzīt saskaņošanai pēc tam, kad precizēts moduļa “Forvardera vadīšana” apraksts", "Atbalstu, virzāms saskaņošanai"],
          ["Iepriekšējais slēdziens (1. kārta)", "nav atbalstāms", "atbalstāms pēc precizējumiem"]], bold_first=True)
build("r11b23_MMO_2karta.docx", d,
      [(MMO, "MIP", C, "Aiga Rudzīte", "2026-04-09", 3), (MMO, "PKE", S, "Aiga Rudzīte", "2026-04-09", 3)],
      note="Name and date only in page header; table with current and previous verdict rows: current row counts.")

# ---------------------------------------------------------------- 24
d = new("Agnese Putniņa", 2026, 6, 12)
P(d, "Enerģētikas nozare: VGK kvalifikāciju ekspertīze", bold=True)
P(d, "Eksperts: Māris Jansons, SIA “Klimata risinājumi”")
t = d.add_table(rows=7, cols=5); t.style = "Table Grid"
hdr = ["Kvalifikācija / dokuments", "Atbalstāms un virzāms", "Atbalstāms pēc precizējumiem", "Nav atbalstāms", "Piezīmes"]
for j, h in enumerate(hdr):
    cellp(t.cell(0, j), h, True)
rows24 = [("VGK iekārtu remontatslēdznieks (LKI 3)", None, None),
          ("   MIP", 1, ""), ("   PKE", 2, "Eksāmena ilgums nav norādīts."),
          ("VGK sistēmu tehniķis (LKI 4)", None, None),
          ("   MIP", 2, "Jāprecizē automātikas moduļa rezultāti."), ("   PKE", 3, "Uzdevums neatbilst 4. līmenim, nav sistēmas balansēšanas.")]
for i, (lbl, col, note) in enumerate(rows24, 1):
    cellp(t.cell(i, 0), lbl, bold=col is None)
    if col:
        cellp(t.cell(i, col), "✓"); cellp(t.cell(i, 4), note)
P(d)
P(d, "Paraksts: M. Jansons      Datums: 11.06.2026.")
build("r11b24_VGK abas kvalifikacijas Jansons.docx", d,
      [(VGKR, "MIP", S, "Māris Jansons", "2026-06-11", 3), (VGKR, "PKE", C, "Māris Jansons", "2026-06-11", 3),
       (VGKS, "MIP", C, "Māris Jansons", "2026-06-11", 4), (VGKS, "PKE", N, "Māris Jansons", "2026-06-11", 4)],
      note="Two qualifications via 'VGK' aliases, grouped rows, ✓ in the chosen column. Full name at top, initial in signature line.")

# ---------------------------------------------------------------- 25
d = new("", 2026, 2, 3)
P(d, "motorzaga operators - MIP un PKE")
table(d, [["eksperts", "Arturs Lacis"], ["datums", "03.02.2026"],
          ["MIP atbalstams un virzams", ""], ["MIP atbalstams pec precizejumiem", ""], ["MIP nav atbalstams", "V"],
          ["PKE atbalstams un virzams", ""], ["PKE atbalstams pec precizejumiem", ""], ["PKE nav atbalstams", "V"]])
P(d, "piezimes: programma un eksamens veidoti 2.limenim, nav kokus gasanas prakses mezaudze, tikai poligonā. abus japarstrada")
build("r11b25_motorzaga operators_Lacis.docx", d,
      [(MOT, "MIP", N, "Arturs Lacis", "2026-02-03", 3), (MOT, "PKE", N, "Arturs Lacis", "2026-02-03", 3)],
      note="Hasty form without diacritics, name as written (Arturs Lacis); 'V' marks; both rejected. Author empty.")

# ---------------------------------------------------------------- 26
d = new("Rūta Bērziņa", 2026, 6, 18)
P(d, "Datorizētu kokapstrādes iekārtu operatora MIP un PKE — atkārtotās ekspertīzes atzinums", bold=True)
table(d, [["Ekspertīzes kārta", "Datums", "MIP", "PKE", "Eksperts"],
          ["1.", "14.04.2026.", "atbalstāms pēc precizējumiem", "nav atbalstāms", "G. Eglītis"],
          ["2.", "17.06.2026.", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai", "Rūta Bērziņa"]],
      bold_first=True)
P(d)
P(d, "2. kārtā izvērtēti izglītības iestādes iesniegtie labotie dokumenti. CNC programmēšanas uzdevums eksāmenā iekļauts, CAM apraksts aktualizēts. Papildu precizējumi nav nepieciešami.")
build("r11b26_DKIO atkartota ekspertize_Berzina.docx", d,
      [(DKIO, "MIP", S, "Rūta Bērziņa", "2026-06-17", 4), (DKIO, "PKE", S, "Rūta Bērziņa", "2026-06-17", 4)],
      note="History table with two rounds by different experts; only the current (2nd) round by this file's author counts. 'nav nepieciešami' precizējumi reinforces supported.")

# ---------------------------------------------------------------- 27
d = new("Agnese Putniņa", 2026, 5, 4)
P(d, "Koka izstrādājumu ražošanas tehniķis – ekspertīze (pēc precizējumiem)", bold=True)
outer = d.add_table(rows=2, cols=2); outer.style = "Table Grid"
cellp(outer.cell(0, 0), "Eksperta dati", True)
inner = outer.cell(0, 1).add_table(rows=2, cols=2)
inner.style = "Table Grid"
cellp(inner.cell(0, 0), "Vārds, uzvārds"); cellp(inner.cell(0, 1), "Uldis Kārkliņš")
cellp(inner.cell(1, 0), "Datums"); cellp(inner.cell(1, 1), "2026-05-04")
cellp(outer.cell(1, 0), "Slēdziens", True)
c = outer.cell(1, 1)
cellp(c, "MIP: precizējumi izpildīti, atbalstāms un virzāms saskaņošanai.")
c.add_paragraph("PKE: iesniegtajā redakcijā nav pilnībā atbalstāms – tehnoloģiskās kartes paraugs joprojām nav pievienots. Pēc tā pievienošanas atkārtota ekspertīze nav vajadzīga, PKE virzāms saskaņošanai.")
build("r11b27_KIRT_pec precizejumiem_Karklins.docx", d,
      [(KIRT, "MIP", S, "Uldis Kārkliņš", "2026-05-04", 4), (KIRT, "PKE", C, "Uldis Kārkliņš", "2026-05-04", 4)],
      note="Nested table holds name/date. PKE 'nav pilnībā atbalstāms … pēc tā pievienošanas virzāms' = needs corrections, not rejection (a coordinator would read it as conditional).")

# ---------------------------------------------------------------- 28
d = new("Aivars Vītols", 2026, 5, 12)
P(d, "Būvizstrādājumu galdnieks – atkārtots vērtējums", bold=True)
table(d, [["Jautājums", "Atbilde"],
          ["Vai iepriekšējās piezīmes ņemtas vērā?", "Jā, visas."],
          ["Vai ir iebildumi pret MIP saturu?", "Nav iebildumu."],
          ["Vai ir iebildumi pret PKE saturu?", "Nav."],
          ["Eksperta slēdziens", "Abus dokumentus atbalstu un iesaku virzīt saskaņošanai bez precizējumiem."],
          ["Paraksts / datums", "A. Vītols, 12.05.2026."]], bold_first=True)
build("r11b28_Buvizstr galdnieks atkartots Vitols.docx", d,
      [(BUV, "MIP", S, "A. Vītols", "2026-05-12", 4), (BUV, "PKE", S, "A. Vītols", "2026-05-12", 4)],
      note="Q&A table; 'Nav iebildumu' positive; 'bez precizējumiem' = supported; expert only as initial+surname in signature cell (core author has full name but label follows the review).")

# ---------------------------------------------------------------- 29
d = new("", 2026, 6, 22)
P(d, "Mežsaimniecības tehniķis (LKI 4)", bold=True)
P(d, "PKE satura vērtējums. MIP vērtējumu sniedz cits eksperts.")
table(d, [["Vērtēšanas kritērijs", "Vērtējums"],
          ["Uzdevumi atbilst kvalifikācijas prasībām", "Jā"],
          ["Vērtēšanas kritēriji skaidri", "Daļēji"],
          ["Eksāmena ilgums samērīgs", "Jā"],
          ["Kopējais slēdziens", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"]])
P(d, "Precizēt: vērtēšanas kritērijiem 3. uzdevumā pievienot punktu skalu.")
P(d, "22.06.2026.")
build("r11b29_mezsaimn tehnikis PKE.docx", d,
      [(MEZ, "PKE", C, "", "2026-06-22", 4)],
      note="Anonymous: no expert name anywhere, author empty. Only PKE; MIP by another expert -> no row.")

# ---------------------------------------------------------------- 30
d = new("Jānis Bērziņš", 2026, 4, 28)
P(d, "Elektromontieris — PKE un MIP kontrolsaraksts", bold=True)
P(d, "Eksperts: Jānis Bērziņš   |   28.04.2026.")
table(d, [["Apgalvojums", "MIP", "PKE"],
          ["Saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem", "Jā", "Nē"],
          ["Saturs ir atbalstāms, bet pirms virzīšanas saskaņošanai jāveic precizējumi", "Nē", "Jā"],
          ["Saturs nav atbalstāms", "Nē", "Nē"]], bold_first=True)
P(d, "PKE precizējumi: praktiskajā uzdevumā norādīt sadales skapja shēmu; pievienot mērījumu protokola veidlapu.")
build("r11b30_Elektromontieris kontrolsaraksts 2.kārta.docx", d,
      [(EM, "MIP", S, "Jānis Bērziņš", "2026-04-28", 3), (EM, "PKE", C, "Jānis Bērziņš", "2026-04-28", 3)],
      note="Statement rows answered Jā/Nē per document; the single 'Jā' per column gives the verdict. Second round after r11b02.")

# ---------------------------------------------------------------- 31 non-review: minutes
d = new("Agnese Putniņa", 2026, 3, 31)
P(d, "SANĀKSMES PROTOKOLS Nr. 4", bold=True)
P(d, "Rīgā, 2026. gada 31. martā, LDDK telpās un attālināti (MS Teams)")
P(d, "Piedalās: A. Putniņa (koordinatore), J. Bērziņš, D. Ozola, I. Kalniņa, G. Eglītis, R. Ābele")
P(d, "Darba kārtība", bold=True)
P(d, "1. Projekta 4. posma MIP un PKE ekspertīžu statuss.\n2. Ekspertu atbalsts izglītības iestāžu darba grupām.\n3. Dažādi.")
P(d, "1. A. Putniņa informē, ka motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa ekspertīzes pabeigtas. Mēbeļu galdnieka MIP 1. kārtā netika atbalstīta, gaidām labojumus.")
P(d, "2. Nolēma: eksperti sniedz metodisko atbalstu darba grupām; slēdzienu veidlapā obligāti jāatzīmē viens no variantiem – atbalstāms un virzāms, atbalstāms pēc precizējumiem vai nav atbalstāms.")
P(d, "Protokolēja: A. Putniņa")
build("r11b31_Protokols_Nr4_2026-03-31.docx", d, [], ["no_verdict"],
      note="NOT a review: meeting minutes restating past results and listing options; 'atbalsts' as noun. One no_verdict problem row, no gold rows.")

# ---------------------------------------------------------------- 32 non-review: assignment table
d = new("Agnese Putniņa", 2026, 4, 1)
P(d, "Ekspertu sadalījums — 5. posms (01.04.–31.07.2026.)", bold=True)
table(d, [["Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Statuss"],
          ["Elektromontieris", "3", "J. Bērziņš", "I. Celmiņa", "30.04.", "MIP – atbalstīts ar precizējumiem (1. k.)"],
          ["Elektrotehniķis", "4", "R. Liepa", "R. Liepa", "15.05.", "gaida atkārtotu"],
          ["Meža mašīnu operators", "3", "A. Rudzīte", "A. Rudzīte", "15.04.", "2. kārta"],
          ["Metinātājs", "3", "K. Zvaigzne", "K. Zvaigzne", "31.05.", "jauns"]], bold_first=True)
P(d, "Lūdzu ekspertus apstiprināt sadalījumu līdz 03.04.")
build("r11b32_Ekspertu sadalijums 5posms.xlsx.docx", d, [], ["no_verdict"],
      note="NOT a review: coordinator's assignment table with status column. no_verdict only (no unknown_qualification since it is not a review).")

# ---------------------------------------------------------------- 33 non-review: blank template / instructions
d = new("Agnese Putniņa", 2026, 1, 12)
P(d, "Norādījumi ekspertiem un slēdziena veidlapas paraugs", bold=True)
P(d, "1. Eksperts izvērtē MIP un PKE saturu un katram dokumentam atzīmē vienu slēdzienu.")
P(d, "2. Ja saturs ir atbalstāms, bet nepieciešami precizējumi, tie jānorāda piezīmju ailē.")
P(d, "3. Veidlapu nosūta koordinatorei 10 darba dienu laikā.")
table(d, [["Kvalifikācija", ""], ["Eksperts", ""], ["Datums", ""]])
P(d)
t = d.add_table(rows=4, cols=3); t.style = "Table Grid"
cellp(t.cell(0, 0), "Slēdziens", True); cellp(t.cell(0, 1), "MIP", True); cellp(t.cell(0, 2), "PKE", True)
for i, o in enumerate(opts, 1):
    cellp(t.cell(i, 0), o)
    for j in (1, 2):
        sdt_box(t.cell(i, j).paragraphs[0], False)
build("r11b33_Noradijumi_ekspertiem_veidlapa_TUKSA.docx", d, [], ["no_verdict"],
      note="NOT a review: instructions plus empty template with unchecked content controls. no_verdict only.")

# ---------------------------------------------------------------- 34 non-review: news item
d = new("Komunikācijas nodaļa", 2026, 4, 16)
P(d, "Nozaru eksperti vērtē jaunās modulārās programmas", bold=True, size=14)
P(d, "LDDK, 2026. gada 16. aprīlī")
P(d, "Projekta 4.2.2.9. ietvaros 13 nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves nozarēm izvērtē profesionālās izglītības iestāžu sagatavotās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu. "
     "“Darba devēji atbalsta to, ka programmās parādās digitālās un zaļās prasmes,” stāsta nozares eksperte Dace Ozola. "
     "Līdz marta beigām pabeigta ekspertīze trim kvalifikācijām, un to saturs atzīts par atbalstāmu, daļai – pēc precizējumiem.")
P(d, "Ekspertīzi plānots pabeigt jūlijā.")
build("r11b34_Zinas_nozaru eksperti MIP PKE.docx", d, [], ["no_verdict"],
      note="NOT a review: news item with quotes, 'atbalsta' third person, summary mention of results without per-document verdicts.")

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "code"]); w.writerows(PROB)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r11b blind set: forms and tables\n\nBuilt by `build.py`. Gold in `expected.csv`, problems in `expected_problems.csv`.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in README:
        f.write(f"| {n} | {note} |\n")
print(len(README), "files,", len(GOLD), "gold rows,", len(PROB), "problem rows")
