# Builds the r6b blind set: forms and tables filled in by sector experts.
# ---- helpers (raw WordprocessingML where python-docx cannot) ----
import datetime, copy
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"

def new(author, created):
    d = Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    y, m, dd = map(int, created.split("-"))
    d.core_properties.created = datetime.datetime(y, m, dd, 9, 30)
    d.core_properties.modified = datetime.datetime(y, m, dd, 15, 10)
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    return d

def _rpr(r):
    return r._r.get_or_add_rPr()

def _plain_run(text, b=False, u=False, s=False, font=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if font:
        f = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            f.set(qn(a), font)
        rpr.append(f)
    if b: rpr.append(OxmlElement("w:b"))
    if s: rpr.append(OxmlElement("w:strike"))
    if u:
        e = OxmlElement("w:u"); e.set(qn("w:val"), "single"); rpr.append(e)
    if len(rpr): r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t)
    return r

_rev = [100]
def _revel(tag, author="Expert", date="2026-03-01T10:00:00Z"):
    e = OxmlElement(tag); _rev[0] += 1
    e.set(qn("w:id"), str(_rev[0])); e.set(qn("w:author"), author); e.set(qn("w:date"), date)
    return e

def _sym(char):
    r = OxmlElement("w:r"); s = OxmlElement("w:sym")
    s.set(qn("w:font"), "Wingdings"); s.set(qn("w:char"), char); r.append(s); return r

def _sdt_checkbox(checked):
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    cb = OxmlElement("w14:checkbox")
    c = OxmlElement("w14:checked"); c.set(qn("w14:val"), "1" if checked else "0"); cb.append(c)
    cs = OxmlElement("w14:checkedState"); cs.set(qn("w14:val"), "2612"); cs.set(qn("w14:font"), "MS Gothic"); cb.append(cs)
    us = OxmlElement("w14:uncheckedState"); us.set(qn("w14:val"), "2610"); us.set(qn("w14:font"), "MS Gothic"); cb.append(us)
    pr.append(cb); sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_plain_run("☒" if checked else "☐", font="MS Gothic"))
    sdt.append(content)
    return sdt

def _formcheck(checked, use_default=False):
    out = []
    r1 = OxmlElement("w:r"); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData"); nm = OxmlElement("w:name"); nm.set(qn("w:val"), "Check1"); ff.append(nm)
    en = OxmlElement("w:enabled"); ff.append(en)
    cb = OxmlElement("w:checkBox"); sz = OxmlElement("w:sizeAuto"); cb.append(sz)
    if use_default:
        dv = OxmlElement("w:default"); dv.set(qn("w:val"), "1" if checked else "0"); cb.append(dv)
    else:
        dv = OxmlElement("w:default"); dv.set(qn("w:val"), "0"); cb.append(dv)
        if checked:
            ch = OxmlElement("w:checked"); cb.append(ch)
    ff.append(cb); fc.append(ff); r1.append(fc); out.append(r1)
    r2 = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " FORMCHECKBOX "; r2.append(it); out.append(r2)
    r3 = OxmlElement("w:r"); fc3 = OxmlElement("w:fldChar"); fc3.set(qn("w:fldCharType"), "end"); r3.append(fc3); out.append(r3)
    return out

def fill_par(p, segs):
    """segs: str or list of str / tuples. tuple kinds:
    ('b',t) bold, ('u',t) underline, ('bu',t), ('s',t) strike, ('g',t) MS Gothic glyph,
    ('ins',t) tracked insertion, ('del',t) tracked deletion, ('sym','F0FE'), ('cc',bool),
    ('ff',bool) legacy checkbox (w:checked), ('ffd',bool) legacy with w:default"""
    if isinstance(segs, str):
        segs = [segs]
    for sg in segs:
        if isinstance(sg, str):
            p._p.append(_plain_run(sg)); continue
        k, v = sg[0], sg[1]
        if k == "b": p._p.append(_plain_run(v, b=True))
        elif k == "u": p._p.append(_plain_run(v, u=True))
        elif k == "bu": p._p.append(_plain_run(v, b=True, u=True))
        elif k == "s": p._p.append(_plain_run(v, s=True))
        elif k == "g": p._p.append(_plain_run(v, font="MS Gothic"))
        elif k == "sym": p._p.append(_sym(v))
        elif k == "cc": p._p.append(_sdt_checkbox(v))
        elif k == "ff":
            for r in _formcheck(v): p._p.append(r)
        elif k == "ffd":
            for r in _formcheck(v, True): p._p.append(r)
        elif k == "ins":
            e = _revel("w:ins", *(sg[2:] or [])); e.append(_plain_run(v)); p._p.append(e)
        elif k == "del":
            e = _revel("w:del", *(sg[2:] or [])); r = _plain_run(v)
            t = r.find(qn("w:t")); t.tag = qn("w:delText"); e.append(r); p._p.append(e)
        else:
            raise ValueError(k)
    return p

def P(d, segs="", style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    fill_par(p, segs)
    if align == "c": p.alignment = 1
    if align == "r": p.alignment = 2
    return p

def H(d, text, level=1):
    return d.add_heading(text, level=level)

def fill_cell(cell, content):
    """str -> paragraphs split on newline; list -> one paragraph of segments;
    {'ps': [...]} -> several paragraphs; {'table': rows} -> nested table"""
    if isinstance(content, dict) and "table" in content:
        cell.paragraphs[0].text = content.get("before", "")
        T(cell, content["table"]); return
    if isinstance(content, dict):
        paras = content["ps"]
    elif isinstance(content, str):
        paras = content.split("\n")
    else:
        paras = [content]
    for i, seg in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        fill_par(p, seg)

def T(d, rows, style="Table Grid", widths=None):
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    try: t.style = style
    except Exception: pass
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            if c is None: continue
            if isinstance(c, tuple) and c and c[0] == "merge":
                a = t.cell(i, j); b = t.cell(i, j + c[1] - 1)
                m = a.merge(b); fill_cell(m, c[2]); continue
            fill_cell(cell, c)
    return t

def header(d, segs, footer=False):
    sec = d.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    p = hf.paragraphs[0]
    fill_par(p, segs)
    return p

# ---- files ----
import csv, os, sys

OUT = os.path.dirname(os.path.abspath(__file__))
GOLD, PROBS, NOTES = [], [], []

def build(name, d, rows=(), problems=(), note=""):
    d.save(os.path.join(OUT, name))
    for r in rows:
        GOLD.append((name,) + tuple(r))
    for c in problems:
        PROBS.append((name, c))
    NOTES.append((name, note))

COORD = "Līga Strautmane"
OPTS = ["saturs ir atbalstāms un virzāms saskaņošanai",
        "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
        "saturs nav atbalstāms"]

# ---------------------------------------------------------------- 01
d = new(COORD, "2026-03-13")
P(d, [("b", "EKSPERTĪZES ATZINUMS")], align="c")
P(d, "par profesionālās kvalifikācijas MIP un PKE saturu", align="c")
T(d, [["Profesionālā kvalifikācija", "Mēbeļu galdnieks"],
      ["LKI līmenis", "4"],
      ["Nozare", "Kokrūpniecība"],
      ["Eksperts (vārds, uzvārds)", "Ilze Kalniņa"],
      ["Ekspertīzes datums", "12.03.2026."]])
P(d, "")
P(d, [("b", "1. Modulārā izglītības programma (MIP)")])
T(d, [[[("g", "☐")], OPTS[0]], [[("g", "☒")], OPTS[1]], [[("g", "☐")], OPTS[2]]])
P(d, "Piezīmes: modulī “Korpusa mēbeļu izgatavošana” jāpapildina rezultāti par CNC apstrādes centra iestatīšanu; "
     "stundu sadalījums B daļā neatbilst kopējam apjomam (norādītas 1 240 st., summā sanāk 1 180).")
P(d, [("b", "2. Profesionālās kvalifikācijas eksāmena saturs (PKE)")])
T(d, [[[("g", "☒")], OPTS[0]], [[("g", "☐")], OPTS[1]], [[("g", "☐")], OPTS[2]]])
P(d, "Piezīmes: praktiskā uzdevuma vērtēšanas kritēriji skaidri, iebildumu nav.")
build("r6b01_Atzinums_mebelu_galdnieks_Kalnina.docx", d,
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Ilze Kalniņa", "2026-03-12", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Ilze Kalniņa", "2026-03-12", 4)],
      note="Key/value table, value right; all three options printed per document, choice marked with ☒ typed in MS Gothic. Author = coordinator.")

# ---------------------------------------------------------------- 02
d = new("Andris Bērziņš", "2026-02-20")
P(d, [("b", "Nozares eksperta vērtējums – MIP")], align="c")
T(d, [["Kvalifikācija:", "Elektromontieris (LKI 3)"],
      ["Vērtētais dokuments:", "Modulārā izglītības programma, 2026. gada janvāra redakcija"],
      ["Eksperts:", "Andris Bērziņš, AS “Sadales tīkls”"],
      ["Datums:", "2026. gada 20. februārī"]])
P(d, "")
P(d, "PKE saturu šajā kārtā vērtē cits nozares eksperts, tāpēc šis vērtējums attiecas tikai uz MIP.")
P(d, [("b", "Vērtējums (atzīmēt vienu):")])
P(d, [("cc", False), " atbalstāms un virzāms saskaņošanai"])
P(d, [("cc", False), " atbalstāms, virzāms saskaņošanai pēc precizējumu veikšanas"])
P(d, [("cc", True), " nav atbalstāms"])
P(d, "Pamatojums: programmā nav iekļauts elektrodrošības modulis atbilstoši MK noteikumiem Nr. 1041 par darbu "
     "elektroietaisēs; 2. un 3. moduļa mācīšanās rezultāti dublējas; prakses apjoms uzņēmumā nepietiekams. "
     "Pēc pārstrādes lūdzu nosūtīt atkārtotai ekspertīzei.")
build("r6b02_elektromontieris_MIP_Berzins.docx", d,
      rows=[("elektromontieris", "MIP", "not_supported", "Andris Bērziņš", "2026-02-20", 3)],
      note="Word content-control checkboxes (w14:checkbox), only the third checked. PKE explicitly reviewed by someone else -> no PKE row.")

# ---------------------------------------------------------------- 03
d = new("", "2026-03-05")
P(d, [("b", "Motorzāģa operators – MIP un PKE satura izvērtēšanas kritēriji")])
rows = [["Nr.", "Kritērijs", "MIP", "PKE", "Komentārs"],
        ["1.", "Saturs atbilst profesionālās kvalifikācijas prasībām", "Jā", "Jā", ""],
        ["2.", "Iekļautas nozarē aktuālās jaunās prasmes", "Jā", "Nē", "PKE nav uzdevuma par zāģa ķēdes asināšanas iekārtu"],
        ["3.", "Mācīšanās rezultāti ir izmērāmi", "Jā", "Jā", ""],
        ["4.", "Darba drošības prasības aptvertas", "Nē", "Jā", "MIP 4. modulī trūkst koku gāšanas bīstamās zonas"],
        ["5.", "Vērtēšanas kritēriji ir skaidri", "Jā", "Jā", ""],
        [("merge", 2, [("b", "KOPĒJAIS VĒRTĒJUMS")]), None,
         "Atbalstāms, pēc precizējumiem virzāms saskaņošanai",
         "Atbalstāms un virzāms saskaņošanai",
         "PKE 2. kritērija piezīme ir ieteikums, nav obligāta"]]
T(d, rows)
P(d, "")
T(d, [["Eksperts", "Paraksts / datums"], ["Gunta Ozoliņa", "G. Ozoliņa / 05.03.2026."]])
build("r6b03 motorzaga operators kriteriji.docx", d,
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Gunta Ozoliņa", "2026-03-05", 3),
            ("motorzāģa operators", "PKE", "supported", "Gunta Ozoliņa", "2026-03-05", 3)],
      note="Criterion table Jā/Nē with a Nē for each document; overall row outranks the criteria. A Nē in PKE but overall 'atbalstāms un virzāms' and the note says the remark is optional. Date only in 'Paraksts / datums' cell. Author empty.")

# ---------------------------------------------------------------- 04
d = new(COORD, "2026-04-10")
header(d, "Eksperts: Raimonds Liepiņš | Kokrūpniecības nozare")
header(d, "Rīga, 2026. gada 9. aprīlī", footer=True)
P(d, [("b", "Atzinums par kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” programmu un eksāmenu")])
P(d, [("i" if False else "b", "Nevajadzīgo svītrot.")])
T(d, [["Dokuments", "Slēdziens"],
      ["MIP", {"ps": [["atbalstāms un virzāms saskaņošanai"],
                      [("s", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")],
                      [("s", "nav atbalstāms")]]}],
      ["PKE", {"ps": [[("s", "atbalstāms un virzāms saskaņošanai")],
                      ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"],
                      [("s", "nav atbalstāms")]]}]])
P(d, "")
P(d, "Precizējumi PKE: teorētiskās daļas testā 6 jautājumi attiecas uz mēbeļu ražošanu, nevis koka izstrādājumu "
     "tehnoloģiju kopumā – aizstāt; praktiskajā daļā norādīt pieļaujamās pielaides.")
build("r6b04_KIRT_atzinums_Liepins.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Raimonds Liepiņš", "2026-04-09", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Raimonds Liepiņš", "2026-04-09", 4)],
      note="'Nevajadzīgo svītrot': non-chosen options struck through. Expert name only in page header, date only in footer.")

# ---------------------------------------------------------------- 05
d = new(COORD, "2026-04-15")
for k, v in [("No:", "Sandra Vītola <sandra.vitola@klimats-serviss.lv>"),
             ("Nosūtīts:", "trešdiena, 2026. gada 15. aprīlis 16:42"),
             ("Kam:", "Līga Strautmane <liga.strautmane@lddk.lv>"),
             ("Tēma:", "RE: VGK sistēmu tehniķis – PKE ekspertīze")]:
    P(d, [("b", k + " "), v])
P(d, "")
P(d, "Labdien, Līga!")
P(d, "Izskatīju PKE saturu VGK sistēmu tehniķim. Atbalstu bez precizējumiem, var virzīt saskaņošanai. "
     "Praktiskie uzdevumi ar siltumsūkņa palaišanu un F-gāzu noplūdes pārbaudi ir tieši tas, ko nozarē šobrīd vajag.")
P(d, "MIP vēl neesmu saņēmusi – kad skola atsūtīs, paskatīšos.")
P(d, "Ar cieņu,")
P(d, "Sandra Vītola")
P(d, "")
P(d, "-----Original Message-----")
for k, v in [("From:", "Līga Strautmane"), ("Sent:", "Monday, April 13, 2026 9:05 AM"),
             ("Subject:", "VGK sistēmu tehniķis – PKE ekspertīze")]:
    P(d, [("b", k + " "), v])
P(d, "Labdien! Pielikumā PKE saturs kvalifikācijai “Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis”. "
     "Lūdzu izvērtēt un norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu "
     "veikšanas vai nav atbalstāms. Termiņš – 17. aprīlis.")
build("r6b05_RE VGK sistemu tehnikis PKE.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Sandra Vītola", "2026-04-15", 4)],
      note="Outlook reply printed into Word (Latvian headers) with the coordinator's request quoted below listing all options. MIP not received yet -> no MIP row.")

# ---------------------------------------------------------------- 06
d = new("Mārtiņš Krūmiņš", "2026-03-27")
for k, v in [("From:", "Mārtiņš Krūmiņš <martins.krumins@gmail.com>"),
             ("Date:", "Fri, 27 Mar 2026 at 21:14"),
             ("Subject:", "Re: mehatronika MIP/PKE"),
             ("To:", "Līga Strautmane <liga.strautmane@lddk.lv>")]:
    P(d, [k + " " + v])
P(d, "")
P(d, "Sveika! Atvaino par kavēšanos. Īsumā:")
T(d, [["Dokuments", "Mans vērtējums", "Galvenās piezīmes"],
      ["MIP", "neatbalstu šādā redakcijā", "Pneimatikas un hidraulikas modulis ir 40 st., tas ir par maz; PLC programmēšana tikai teorijā. Jāpārstrādā B daļa."],
      ["PKE", "atbalstu, bet pirms virzīšanas jāprecizē", "Praktiskajā uzdevumā precizēt, kādu kontrolieri lieto; vērtēšanas lapā trūkst punktu sadalījuma."]])
P(d, "")
P(d, "Ja vajag formālo veidlapu, aizpildīšu pirmdien.")
P(d, "Mārtiņš")
P(d, "")
P(d, "> 2026. gada 20. marts, plkst. 10:02 Līga Strautmane rakstīja:")
P(d, "> Sveiks, Mārtiņ! Atgādinu par mehatronisko sistēmu tehniķa MIP un PKE ekspertīzi. Mums atskaitē jānorāda, "
     "vai saturs ir atbalstāms.")
build("r6b06_mehatronika MIP PKE epasts.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Mārtiņš Krūmiņš", "2026-03-27", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Mārtiņš Krūmiņš", "2026-03-27", 4)],
      note="Gmail reply with English header labels; verdicts given first person in a small table; quoted request below. Promise of a formal form later does not make the verdict tentative.")

# ---------------------------------------------------------------- 07
d = new("Dace Zariņa", "2026-03-18")
P(d, [("b", "Kokapstrādes kvalifikāciju MIP un PKE ekspertīzes kopsavilkums")])
T(d, [["Eksperte", "Dace Zariņa"], ["Datums", "2026-03-18"]])
P(d, "")
T(d, [["Kvalifikācija", "Dokuments", "Vērtējums", "Piezīmes"],
      ["Kokapstrādes iekārtu operators (3. LKI)", "MIP", "Atbalstāms pēc precizējumiem (sk. piezīmes)", "Papildināt moduli par zāģripu un frēžu nomaiņu; labot atsauces uz spēku zaudējušiem standartiem."],
      ["", "PKE", "Atbalstāma un virzāma saskaņošanai", "—"],
      ["Datorizētu kokapstrādes iekārtu operators (4. LKI)", "MIP", "Nav atbalstāms", "Programma faktiski dublē 3. līmeņa programmu; CNC programmēšana (G-kods, CAM) iekļauta tikai izvēles daļā. Nepieciešama būtiska pārstrāde."],
      ["", "PKE", "Atbalstāms, virzāms saskaņošanai", "Ieteikums (nav obligāts): praktiskajā daļā dot iespēju izmantot arī 5 asu iekārtu."]])
build("r6b07_kopsavilkums_kokapstrade_Zarina.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Dace Zariņa", "2026-03-18", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Dace Zariņa", "2026-03-18", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "Dace Zariņa", "2026-03-18", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Dace Zariņa", "2026-03-18", 4)],
      note="Summary table qualification | document | verdict | notes covering two qualifications; the qualification cell is empty on the second line of each pair (inherits from above). 'Ieteikums (nav obligāts)' does not turn PKE into needs_corrections.")

# ---------------------------------------------------------------- 08
d = new(COORD, "2026-05-07")
P(d, [("b", "EKSPERTA ATZINUMS")], align="c")
T(d, [["Profesionālās kvalifikācijas nosaukums", "Elektrotehniķis"],
      ["Latvijas kvalifikāciju ietvarstruktūras līmenis", "LKI 4. līmenis"],
      ["Eksperta vārds, uzvārds", "Edgars Pūce"],
      ["Atzinuma sagatavošanas datums", "06.05.2026."]])
P(d, "")
T(d, [["", "MIP", "PKE"],
      ["Saturs ir atbalstāms un virzāms saskaņošanai", [("sym", "F0A8")], [("sym", "F0A8")]],
      ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("sym", "F0FE")], [("sym", "F0FE")]],
      ["Saturs nav atbalstāms", [("sym", "F0A8")], [("sym", "F0A8")]]])
P(d, "")
P(d, [("b", "Precizējumi")])
P(d, "MIP: moduļa “Releju aizsardzība” apjoms jāpalielina; jāpievieno rezultāti par saules paneļu invertoru pieslēgšanu. "
     "PKE: teorijas testā jāatjauno jautājumi atbilstoši LEK 002 aktuālajai redakcijai.")
build("r6b08_Elektrotehnikis_atzinums_Puce.docx", d,
      rows=[("elektrotehniķis", "MIP", "needs_corrections", "Edgars Pūce", "2026-05-06", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Edgars Pūce", "2026-05-06", 4)],
      note="Matrix of options x documents; marks are Wingdings w:sym glyphs (F0FE checked, F0A8 empty), no text at all in the mark cells.")

# ---------------------------------------------------------------- 09
d = new("Inese Jansone", "2026-02-11")
P(d, [("b", "Meža mašīnu operators")])
P(d, "MIP un PKE satura ekspertīze, 1. kārta")
T(d, [["Eksperte:", "Inese Jansone"], ["Datums:", "11.02.2026."]])
P(d, "")
P(d, [("b", "MIP")])
P(d, [("ff", True), " atbalstāms un virzāms saskaņošanai   ", ("ff", False), " atbalstāms pēc precizējumiem   ", ("ff", False), " nav atbalstāms"])
P(d, "Programma labi strukturēta, harvestera un forvardera vadības simulatoru izmantošana iestrādāta visos moduļos.")
P(d, [("b", "PKE")])
P(d, [("ff", False), " atbalstāms un virzāms saskaņošanai   ", ("ff", False), " atbalstāms pēc precizējumiem   ", ("ff", True), " nav atbalstāms"])
P(d, "Eksāmena praktiskā daļa paredzēta tikai simulatorā; reālas mašīnas vadība netiek pārbaudīta vispār. "
     "Tāpat nav vērtēta cirsmas dokumentācijas un meža apsaimniekošanas prasību ievērošana. Šādā veidā eksāmenu nevar pieņemt.")
build("r6b09_MMO_1karta_Jansone.docx", d,
      rows=[("meža mašīnu operators", "MIP", "supported", "Inese Jansone", "2026-02-11", 3),
            ("meža mašīnu operators", "PKE", "not_supported", "Inese Jansone", "2026-02-11", 3)],
      note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox with w:checked) inline with options; no visible text mark. First round (a later review, r6b20, supersedes PKE but this file's own labels stand).")

# ---------------------------------------------------------------- 10
d = new("Valdis Ābele", "2026-04-22")
P(d, [("b", "Būvizstrādājumu galdnieks – ekspertīzes atzinums")])
T(d, [["Kvalifikācija", "Būvizstrādājumu galdnieks, LKI 4"],
      ["Eksperts", "Valdis Ābele"],
      ["Datums", [("del", "17.04.2026.", "Valdis Ābele", "2026-04-22T08:00:00Z"), ("ins", "22.04.2026.", "Valdis Ābele", "2026-04-22T08:00:00Z")]]])
P(d, "")
T(d, [["Dokuments", "Slēdziens"],
      ["MIP", [("del", "Saturs nav atbalstāms", "Valdis Ābele", "2026-04-22T08:01:00Z"),
               ("ins", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Valdis Ābele", "2026-04-22T08:01:00Z")]],
      ["PKE", "Saturs ir atbalstāms un virzāms saskaņošanai"]])
P(d, "")
P(d, ["Komentārs: pēc sarunas ar darba grupu ", ("ins", "skola apņēmās līdz 30. aprīlim pievienot logu un durvju montāžas moduli, tāpēc "), "vērtējumu mainu."])
build("r6b10_Buvizstradajumu galdnieks_Abele_labots.docx", d,
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Valdis Ābele", "2026-04-22", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Valdis Ābele", "2026-04-22", 4)],
      note="Tracked changes: MIP verdict 'nav atbalstāms' deleted (w:del) and replaced by needs_corrections in w:ins; the date too is a tracked replacement (current = 22.04.2026).")

# ---------------------------------------------------------------- 11
d = new("laila", "2026-01-14")
T(d, [["Kvalifikacija"], ["mezsaimniecibas tehnikis"],
      ["Eksperts"], ["Laila Silina"],
      ["Datums"], ["14.01.2026"],
      ["MIP vertejums"], ["atbalstams un virzams saskanosanai, iebildumu nav"],
      ["PKE vertejums"], ["atbalstams un virzams saskanosanai. maza piezime - 3.uzdevuma laiks 90 min butu par isu, bet tas nav kritiski"]])
build("r6b11_mezsaimniecibas tehn_silina.docx", d,
      rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Laila Silina", "2026-01-14", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Laila Silina", "2026-01-14", 4)],
      note="Hasty, no diacritics; one-column key/value table with the value BELOW the label. PKE remark explicitly 'nav kritiski', so supported.")

# ---------------------------------------------------------------- 12
d = new(COORD, "2026-05-20")
P(d, [("b", "SIA “Metāla Forma”")], align="r")
P(d, "Rūpniecības iela 14, Jelgava, LV-3001", align="r")
P(d, "")
P(d, [("b", "Ekspertīzes atzinums")])
T(d, [["Kvalifikācija", "CNC metālapstrādes iekārtu operators"],
      ["LKI līmenis", "4"],
      ["Nozare", "Mašīnbūve un metālapstrāde"],
      ["Vērtētie dokumenti", "MIP (PKE saturs vēl nav iesniegts)"]])
P(d, "")
T(d, [["Vērtējums", "Atzīme"],
      ["atbalstāms un virzāms saskaņošanai", ""],
      ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "X"],
      ["nav atbalstāms", ""]])
P(d, "")
P(d, "Jāprecizē: frēzēšanas modulī iekļaut CAM programmatūras lietošanu; mērinstrumentu kalibrēšana jāpārceļ uz A daļu.")
T(d, [["Eksperts", "Paraksts / datums"], ["Ojārs Grīnbergs", "/paraksts/   19.05.2026"]])
build("r6b12_CNC_metalapstrade_MIP_Grinbergs.docx", d,
      rows=[("CNC metālapstrādes iekārtu operators", "MIP", "needs_corrections", "Ojārs Grīnbergs", "2026-05-19", 4)],
      problems=["unknown_qualification"],
      note="Company letterhead; qualification not in the register (LKI from review). 'X' in a separate mark column. PKE not submitted -> no row.")

# ---------------------------------------------------------------- 13
d = new("Zane Apine", "2026-06-03")
P(d, [("b", "Nozares eksperta atzinums")])
T(d, [["Kvalifikācija", "VGK iekārtu remontatslēdznieks"],
      ["Līmenis", "3. LKI"]])
P(d, "")
T(d, [["", "MIP", "PKE"],
      ["Saturs ir atbalstāms un virzāms saskaņošanai", "", "x"],
      ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""],
      ["Saturs nav atbalstāms", "x", ""],
      ["Pamatojums", "Programmā nav neviena moduļa par dzesēšanas iekārtām ar dabīgajiem aukstumaģentiem (CO2, propāns), kas ir nozares prioritāte; modulis par gaisa kanālu tīrīšanu ir pārāk sīks. Jāizstrādā no jauna.", "Bez piezīmēm."]])
P(d, "")
P(d, "Zane Apine, 03.06.2026")
build("r6b13 VGK remontatslezdnieks atzinums Apine.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "Zane Apine", "2026-06-03", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Zane Apine", "2026-06-03", 3)],
      note="Alias 'VGK iekārtu remontatslēdznieks'; lower-case 'x' marks in an options x documents grid. Name and date in a loose line at the end.")

# ---------------------------------------------------------------- 14
d = new(COORD, "2026-06-11")
P(d, [("b", "Atkārtotas ekspertīzes atzinums")], align="c")
T(d, [["Profesionālā kvalifikācija", "elektromontieris"],
      ["LKI", "3"],
      ["Eksperts", "Andris Bērziņš"],
      ["Datums", "2026. gada 10. jūnijs"]])
P(d, "")
P(d, "Iepriekšējā redakcijā (februāris) MIP saturs netika atbalstīts. Skola iesniedza pārstrādātu MIP un pirmo reizi arī PKE.")
P(d, [("b", "Slēdziens (vajadzīgo pasvītrot):")])
T(d, [["MIP", {"ps": [[("u", "atbalstāms un virzāms saskaņošanai")], ["atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai"], ["nav atbalstāms"]]}],
      ["PKE", {"ps": [["atbalstāms un virzāms saskaņošanai"], [("u", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai")], ["nav atbalstāms"]]}]])
P(d, "")
P(d, "PKE precizējumi: praktiskajā uzdevumā jānorāda izmantojamā sadales skapja shēma; jāpapildina vērtēšanas lapa ar darba drošības kritēriju.")
build("r6b14_elektromontieris_atkartoti_galigais.docx", d,
      rows=[("elektromontieris", "MIP", "supported", "Andris Bērziņš", "2026-06-10", 3),
            ("elektromontieris", "PKE", "needs_corrections", "Andris Bērziņš", "2026-06-10", 3)],
      note="'Vajadzīgo pasvītrot': chosen option underlined, no other mark. History sentence ('netika atbalstīts') is not a verdict.")

# ---------------------------------------------------------------- 15
d = new("Kristaps Lūsis", "2026-04-02")
P(d, [("b", "Mehatronisko sistēmu tehniķis – PKE satura ekspertīze")])
T(d, [["Eksperts", "Kristaps Lūsis"], ["Datums", "02.04.2026."], ["LKI līmenis", "4"]])
P(d, "")
T(d, [["Kritērijs", "Vērtējums / komentārs"],
      ["Eksāmena uzdevumi atbilst profesijas standartam", "Pārsvarā jā, bet robotu programmēšana pārbaudīta virspusēji."],
      ["Vērtēšanas kritēriji", "Jāsaskaņo punktu skala ar VISC metodiku."],
      ["Eksāmena ilgums un organizācija", "Pieņemami."]])
P(d, "")
P(d, [("b", "Kopējais vērtējums:")])
P(d, [("g", "☐"), " atbalstāms un virzāms saskaņošanai"])
P(d, [("g", "☐"), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"])
P(d, [("g", "☐"), " nav atbalstāms"])
P(d, "Vēl jākonsultējas ar kolēģiem no uzņēmuma par robotu programmēšanas daļu, gala vērtējumu nosūtīšu atsevišķi.")
build("r6b15_Mehatronika_PKE_Lusis_darba versija.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "PKE", "unknown", "Kristaps Lūsis", "2026-04-02", 4)],
      problems=["no_verdict"],
      note="Form with remarks filled in but none of the three boxes ticked; expert says the final verdict will follow. -> unknown + no_verdict.")

# ---------------------------------------------------------------- 16
d = new("Gunta Ozoliņa", "2026-01-28")
P(d, [("b", "Ekspertīzes veidlapa")])
T(d, [["Kvalifikācija", "Motorzāģa operators"], ["Eksperts", "Gunta Ozoliņa"], ["Datums", "28.01.2026"]])
P(d, "")
T(d, [["Slēdziens", "MIP", "PKE"],
      ["atbalstāms un virzāms saskaņošanai", [("g", "☒")], [("g", "☒")]],
      ["atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("g", "☐")], [("g", "☐")]],
      ["nav atbalstāms", [("g", "☒")], [("g", "☐")]]])
P(d, "")
P(d, "Piezīmes: MIP mācību stundu plāns jāpārskata.")
build("r6b16_Motorzaga operators_Ozolina.docx", d,
      rows=[("motorzāģa operators", "MIP", "unknown", "Gunta Ozoliņa", "2026-01-28", 3),
            ("motorzāģa operators", "PKE", "supported", "Gunta Ozoliņa", "2026-01-28", 3)],
      problems=["conflict"],
      note="MIP column has both 'atbalstāms un virzāms' and 'nav atbalstāms' ticked; the vague note does not resolve it -> unknown + conflict. PKE clean.")

# ---------------------------------------------------------------- 17
d = new("Uldis Kārkliņš", "2026-04-28")
header(d, [("b", "SIA “KOKMEISTARS”"), "  ·  Reģ. Nr. 40003123456  ·  Ozolu iela 3, Cēsis  ·  info@kokmeistars.lv"])
P(d, "Cēsīs, 28.04.2026. Nr. 2026/17", align="r")
P(d, "Latvijas Darba devēju konfederācijai\nprojekta koordinatorei L. Strautmanei")
P(d, "")
P(d, [("b", "Par Mēbeļu galdnieka PKE satura ekspertīzi")])
P(d, "Atbildot uz Jūsu 14.04.2026. lūgumu, sniedzu vērtējumu par profesionālās kvalifikācijas “Mēbeļu galdnieks” "
     "(LKI 4) profesionālās kvalifikācijas eksāmena saturu. Programmas (MIP) atzinumu sniegs kolēģe I. Kalniņa.")
T(d, [["Aspekts", "Konstatētais"],
      ["Praktiskais uzdevums", "Skapīša izgatavošana no masīvkoka bez finierēšanas un virsmas apdares – neatbilst 4. līmenim."],
      ["Teorētiskā daļa", "Jautājumi novecojuši, nav ne vārda par CNC un digitālo projektēšanu."],
      ["Vērtēšana", "Nav noteikts minimālais punktu skaits katrā daļā."],
      ["Slēdziens", [("b", "PKE saturs nav atbalstāms."), " Pēc pārstrādes esam gatavi vērtēt atkārtoti."]]])
P(d, "")
P(d, "Ar cieņu")
P(d, "Uldis Kārkliņš\nvaldes loceklis, kokrūpniecības nozares eksperts")
build("r6b17_Kokmeistars_vestule_PKE_mebelu galdnieks.docx", d,
      rows=[("mēbeļu galdnieks", "PKE", "not_supported", "Uldis Kārkliņš", "2026-04-28", 4)],
      note="Review in the form of a company letter (letterhead in page header); verdict in 'Slēdziens' row of a table. MIP explicitly by a colleague -> no MIP row.")

# ---------------------------------------------------------------- 18
d = new(COORD, "2026-05-15")
header(d, "S. Vītola, 2026-05-14", footer=True)
P(d, [("b", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)")])
P(d, "Modulārās programmas un kvalifikācijas eksāmena satura izvērtējums")
T(d, [["Dokuments", "Vērtējums", "Komentāri"],
      ["Modulārā izglītības programma", "Atbalstu, virzāma saskaņošanai", "Labs sasaistījums ar būvniecības informācijas modelēšanu (BIM)."],
      ["Kvalifikācijas eksāmens", "Atbalstāms ar nosacījumu", "Ar nosacījumu, ka praktiskajā daļā tiks iekļauta sistēmas balansēšana un regulēšana; līdz tam virzīt nevajadzētu."]])
build("r6b18_VGK_sistemu_tehn_MIP_PKE.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "S. Vītola", "2026-05-14", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "S. Vītola", "2026-05-14", 4)],
      note="Name (initial + surname) and date only in the page footer. Documents named in full, not by abbreviation. PKE condition given in the next cell.")

# ---------------------------------------------------------------- 19
d = new("Dace Zariņa", "2026-06-17")
P(d, [("b", "Datorizētu kokapstrādes iekārtu operators – MIP (2. redakcija)")])
T(d, [["Eksperte", "Dace Zariņa"], ["Datums", "17.06.2026."]])
P(d, "")
T(d, [["Kritērijs", "Jā/Nē", "Piezīme"],
      ["MIP struktūra atbilst VISC metodikai", "Jā", ""],
      ["CNC programmēšana iekļauta obligātajā daļā", "Jā", "Salīdzinot ar 1. redakciju – izlabots."],
      ["Mācīšanās rezultāti izmērāmi", "Nē", "3 moduļos rezultāti formulēti kā “iepazīstas ar…”."],
      ["Darba vidē balstītas mācības aprakstītas", "Nē", "Jāprecizē uzņēmumā apgūstamie rezultāti."],
      ["Kopumā", "Atbalstāms", "Pēc norādīto precizējumu veikšanas var virzīt saskaņošanai."]])
P(d, "PKE šajā kārtā netika iesniegts.")
build("r6b19_DKIO_MIP_2red_Zarina.docx", d,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Dace Zariņa", "2026-06-17", 4)],
      note="Second round, Jā/Nē criterion table; overall row says 'Atbalstāms' and its note says forward only after corrections -> needs_corrections. PKE not submitted.")

# ---------------------------------------------------------------- 20
d = new(COORD, "2026-05-08")
for k, v in [("From:", "Inese Jansone"), ("Sent:", "Friday, May 8, 2026 11:20"),
             ("To:", "Strautmane Līga"), ("Subject:", "RE: MMO PKE otrā kārta")]:
    P(d, [("b", k), " " + v])
P(d, "")
P(d, "Līga, labdien,")
P(d, "pārstrādāto meža mašīnu operatora PKE izskatīju. Tagad praktiskā daļa ir gan simulatorā, gan uz harvestera mācību poligonā – "
     "iepriekšējās piezīmes ņemtas vērā. PKE saturu atbalstu un iesaku virzīt saskaņošanai. MIP jau bija atbalstīts februārī, to neskatīju.")
P(d, "Inese")
build("r6b20_RE MMO PKE otra karta.docx", d,
      rows=[("meža mašīnu operators", "PKE", "supported", "Inese Jansone", "2026-05-08", 3)],
      note="Short e-mail (English Outlook headers, Latvian body). MIP not reviewed in this round (earlier verdict only mentioned) -> no MIP row.")

# ---------------------------------------------------------------- 21
d = new("Edgars Pūce", "2026-07-02")
P(d, [("b", "Enerģētikas nozare – ekspertīžu rezultāti (E. Pūce)")])
P(d, "Datums: 02.07.2026.")
T(d, [["Kvalifikācija", "Dok.", "Atbalstāms, virzāms", "Atbalstāms pēc precizējumiem", "Nav atbalstāms", "Piezīmes"],
      ["Elektrotehniķis", "MIP", "✓", "", "", "Precizējumi no 06.05. atzinuma izpildīti."],
      ["Elektrotehniķis", "PKE", "", "✓", "", "Testā vēl 2 jautājumi pēc vecās LEK redakcijas."],
      ["Elektromontieris", "MIP", "", "", "✓", "Vērtēju pēc skolas lūguma papildus; moduļu apjoms neatbilst 3. līmenim."],
      ["Elektromontieris", "PKE", "✓", "", "", ""]])
build("r6b21_energetika_rezultati_Puce.docx", d,
      rows=[("elektrotehniķis", "MIP", "supported", "Edgars Pūce", "2026-07-02", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Edgars Pūce", "2026-07-02", 4),
            ("elektromontieris", "MIP", "not_supported", "Edgars Pūce", "2026-07-02", 3),
            ("elektromontieris", "PKE", "supported", "Edgars Pūce", "2026-07-02", 3)],
      note="Wide table, one line per qualification+document, check marks ✓ in verdict columns. Two qualifications.")

# ---------------------------------------------------------------- 22
d = new("Kristaps Lūsis", "2026-02-26")
T(d, [[[("b", "Profesionālā kvalifikācija")]], ["Mehatronisko sistēmu tehniķis, 4. LKI līmenis"],
      [[("b", "Eksperts")]], ["Mg. sc. ing. Kristaps Lūsis"],
      [[("b", "Eksperta slēdziens par MIP")]],
      ["Nevaru atbalstīt programmas virzīšanu saskaņošanai šādā redakcijā. Rūpnieciskās automatizācijas moduļi ir "
       "sadalīti tā, ka izglītojamais nekad neapgūst pilnu sistēmu no sensora līdz vadības panelim. Nepieciešama jauna redakcija."],
      [[("b", "Eksperta slēdziens par PKE")]],
      ["PKE saturam iebildumu nav – atbalstu, virzāms saskaņošanai."],
      [[("b", "Datums")]], ["26.02.2026."]])
build("r6b22_mehatronika_Lusis_slēdziens.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Kristaps Lūsis", "2026-02-26", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Kristaps Lūsis", "2026-02-26", 4)],
      note="Vertical key/value table (value below label), prose verdicts: 'Nevaru atbalstīt' and 'iebildumu nav – atbalstu'. Title 'Mg. sc. ing.' stripped from expert.")

# ---------------------------------------------------------------- 23
d = new(COORD, "2026-07-16")
T(d, [[{"before": "Atzinuma rekvizīti", "table": [["Kvalifikācija", "Kokapstrādes iekārtu operators"], ["Eksperts", "Valdis Ābele"], ["Datums", "15.07.2026"]]},
       {"before": "Vērtējums", "table": [["MIP", "atbalstāms un virzāms saskaņošanai (precizējumi veikti)"],
                                         ["PKE", "atbalstāms un virzāms saskaņošanai"]]}]])
P(d, "")
P(d, "Salīdzinot ar martā vērtēto redakciju, MIP papildināts ar instrumentu nomaiņas moduli; standartu atsauces izlabotas.")
build("r6b23_KIO_atkartots_Abele.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Valdis Ābele", "2026-07-15", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Valdis Ābele", "2026-07-15", 3)],
      note="Layout table with two nested tables (metadata | verdicts). '(precizējumi veikti)' = corrections already made, so supported.")

# ---------------------------------------------------------------- 24
d = new("Ojārs Grīnbergs", "2026-03-05")
P(d, [("b", "Atzinums")])
T(d, [["Par ko", "VGK iekārtu remontatslēdznieka MIP un PKE"],
      ["Kas vērtēja", "Ojārs Grīnbergs"],
      ["Kad", "2026. gada 5. martā"],
      ["Atzinums", {"ps": ["Programma kopumā laba, taču tā ir atbalstāma tikai tad, kad būs precizēts aukstumaģentu apstrādes modulis "
                           "(F-gāzu sertifikācijas prasības) – pēc tam virzāma saskaņošanai.",
                           "Eksāmena saturs atbalstāms bez precizējumiem un virzāms saskaņošanai."]}]])
build("r6b24_RE_VGK remontatsl_Grinbergs.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Ojārs Grīnbergs", "2026-03-05", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Ojārs Grīnbergs", "2026-03-05", 3)],
      note="Expert redesigned the form: informal labels ('Par ko', 'Kas vērtēja', 'Kad'); alias in genitive; documents referred to as 'Programma' and 'Eksāmena saturs'; 'bez precizējumiem' = supported.")

# ---------------------------------------------------------------- 25
d = new(COORD, "2026-03-31")
header(d, "Laila Siliņa · ekspertīze · 30.03.2026")
P(d, [("b", "Motorzāģa operatora MIP un PKE – atkārtota izvērtēšana")])
T(d, [["Dokuments", "atbalstāms un virzāms", "atbalstāms pēc precizējumiem", "nav atbalstāms"],
      ["MIP", [("cc", False)], [("cc", True)], [("cc", False)]],
      ["PKE", [("cc", True)], [("cc", False)], [("cc", False)]]])
P(d, "")
P(d, "MIP: janvārī konstatētā neskaidrība stundu plānā novērsta, bet 4. modulī joprojām jāpapildina koku gāšanas bīstamās zonas noteikšana.")
build("r6b25_motorzaga_operators_atkartoti_Silina.docx", d,
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Laila Siliņa", "2026-03-30", 3),
            ("motorzāģa operators", "PKE", "supported", "Laila Siliņa", "2026-03-30", 3)],
      note="Checkbox content controls in a document x options grid; name and date only in the page header.")

# ---------------------------------------------------------------- 26
d = new("", "2026-06-24")
P(d, [("b", "Būvizstrādājumu galdnieks – PKE")])
T(d, [["Vērtējuma datums", "24.06.2026."],
      ["Vērtējums", "NAV ATBALSTĀMS"],
      ["Pamatojums", "Eksāmena praktiskais uzdevums (loga rāmja izgatavošana) prasa iekārtas, kuru lielākajai daļai skolu nav; "
                     "nav alternatīva. Teorijas daļā 40% jautājumu attiecas uz mēbelēm."]])
build("r6b26_buvizstr_galdn_PKE.docx", d,
      rows=[("būvizstrādājumu galdnieks", "PKE", "not_supported", "", "2026-06-24", 4)],
      note="Anonymous: no expert name anywhere, author empty. Verdict in capitals in a key/value table.")

# ---------------------------------------------------------------- 27
d = new("Gunta Ozoliņa", "2026-05-27")
P(d, [("b", "Ekspertīzes atzinums")])
T(d, [["Kvalifikācija", "Kokmateriālu šķirotājs"], ["LKI", "3"], ["Eksperte", "Gunta Ozoliņa"], ["Datums", "27.05.2026."]])
P(d, "")
T(d, [["", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"],
      ["MIP", "X", "", ""], ["PKE", "X", "", ""]])
build("r6b27_Kokmaterialu skirotajs_Ozolina.docx", d,
      rows=[("kokmateriālu šķirotājs", "MIP", "supported", "Gunta Ozoliņa", "2026-05-27", 3),
            ("kokmateriālu šķirotājs", "PKE", "supported", "Gunta Ozoliņa", "2026-05-27", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register; compact X grid. LKI from the review.")

# ---------------------------------------------------------------- 28 (not a review)
d = new(COORD, "2026-04-03")
P(d, [("b", "PROTOKOLS Nr. 4")], align="c")
P(d, "LDDK nozaru ekspertu un projekta koordinatoru sanāksme, Rīgā, Raiņa bulvārī 4 (tiešsaistē), 2026. gada 2. aprīlī", align="c")
P(d, "Piedalās: L. Strautmane (koordinatore), I. Kalniņa, A. Bērziņš, G. Ozoliņa, M. Krūmiņš, D. Zariņa, E. Pūce.")
P(d, [("b", "1. Ekspertīžu statuss 4. posma beigās")])
T(d, [["Kvalifikācija", "MIP", "PKE", "Atbildīgais"],
      ["Motorzāģa operators", "atbalstīts pēc precizējumiem", "atbalstīts", "G. Ozoliņa / L. Siliņa"],
      ["Mehatronisko sistēmu tehniķis", "nav atbalstīts (1. kārta)", "precizējumi", "M. Krūmiņš"],
      ["Elektromontieris", "nav atbalstīts", "—", "A. Bērziņš"],
      ["Mēbeļu galdnieks", "precizējumi", "atbalstīts", "I. Kalniņa"]])
P(d, [("b", "2. Nolemj:")])
P(d, "2.1. Ekspertiem atzinumus iesniegt, izmantojot vienoto veidlapu; vērtējumu atzīmēt ar ☒, nevis pasvītrojot.")
P(d, "2.2. Koordinatorei līdz 10. aprīlim apkopot informāciju par to, kuras programmas ir atbalstāmas un virzāmas saskaņošanai.")
P(d, "Protokolēja: L. Strautmane")
build("r6b28_Protokols_04_sanaksme_2026-04-02.docx", d,
      problems=["no_verdict"],
      note="NOT a review: meeting minutes with a status table restating verdicts and mentioning experts; no rows.")

# ---------------------------------------------------------------- 29 (not a review)
d = new(COORD, "2026-01-08")
P(d, [("b", "Ekspertu sadalījums MIP un PKE satura ekspertīzei, 4. posms")])
T(d, [["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš"],
      ["1", "Motorzāģa operators", "3", "G. Ozoliņa", "G. Ozoliņa", "31.01.2026"],
      ["2", "Mežsaimniecības tehniķis", "4", "L. Siliņa", "L. Siliņa", "31.01.2026"],
      ["3", "Elektromontieris", "3", "A. Bērziņš", "E. Pūce", "28.02.2026"],
      ["4", "Mehatronisko sistēmu tehniķis", "4", "M. Krūmiņš / K. Lūsis", "K. Lūsis", "31.03.2026"],
      ["5", "Mēbeļu galdnieks", "4", "I. Kalniņa", "U. Kārkliņš", "15.03.2026"]])
P(d, "Eksperts atzinumā norāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. "
     "Metodisko atbalstu ekspertiem sniedz VISC.")
build("r6b29_ekspertu sadalijums 4posms.docx", d,
      problems=["no_verdict"],
      note="NOT a review: assignment table of experts per qualification/document with the verdict options listed in instructions.")

# ---------------------------------------------------------------- 30 (not a review)
d = new("VISC", "2026-01-05")
P(d, [("b", "EKSPERTĪZES ATZINUMA VEIDLAPA (paraugs)")], align="c")
T(d, [["Profesionālā kvalifikācija", "[nosaukums]"], ["LKI līmenis", "[3/4/5]"],
      ["Eksperts", "[vārds, uzvārds]"], ["Datums", "[dd.mm.gggg.]"]])
P(d, "")
T(d, [["", "MIP", "PKE"],
      ["Saturs ir atbalstāms un virzāms saskaņošanai", [("g", "☐")], [("g", "☐")]],
      ["Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", [("g", "☐")], [("g", "☐")]],
      ["Saturs nav atbalstāms", [("g", "☐")], [("g", "☐")]]])
P(d, "Norādījumi: atzīmējiet tikai vienu variantu katram dokumentam. Ja saturs nav atbalstāms, pamatojumā norādiet būtiskās nepilnības.")
build("r6b30_Veidlapa_paraugs_tuksa.docx", d,
      problems=["no_verdict"],
      note="NOT a review: blank template from VISC with all boxes empty and placeholders.")

# ---------------------------------------------------------------- 31 (not a review)
d = new("LDDK komunikācija", "2026-04-20")
P(d, [("b", "Jaunumi: nozaru eksperti pabeiguši pirmo kvalifikāciju ekspertīzi")])
P(d, "Rīga, 2026. gada 20. aprīlis. Latvijas Darba devēju konfederācijas deleģētie nozaru eksperti projekta 4. posmā izvērtējuši "
     "modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu saturu. Mehatronisko sistēmu tehniķa PKE saturs ir "
     "atbalstīts pēc precizējumiem, bet motorzāģa operatora eksāmens – atbalstīts un virzāms saskaņošanai.")
T(d, [["Fakti", ""], ["Eksperti", "13"], ["Kvalifikācijas", "21"], ["Specifiskā atbalsta mērķis", "4.2.2."]])
P(d, "“Uzņēmumi atbalsta šo darbu, jo beidzot programmās parādās jaunās prasmes,” stāsta projekta koordinatore Līga Strautmane.")
build("r6b31_Jaunumi_LDDK_aprilis.docx", d,
      problems=["no_verdict"],
      note="NOT a review: news item restating verdicts, with 'atbalsta' as a third-person verb and 'specifiskā atbalsta mērķis'.")

# ---------------------------------------------------------------- 32
d = new(COORD, "2026-06-09")
P(d, [("b", "Mēbeļu galdnieks (LKI 4) – MIP 2. redakcijas ekspertīze")])
T(d, [["Eksperte", "Ilze Kalniņa"], ["Vērtētā redakcija", "MIP, 2026. gada maijs"], ["PKE", "netiek vērtēts (atbalstīts martā, izmaiņu nav)"]])
P(d, "")
T(d, [["Slēdziens", ""],
      [[("ffd", True), " atbalstāms un virzāms saskaņošanai"], ""],
      [[("ffd", False), " atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"], ""],
      [[("ffd", False), " nav atbalstāms"], ""]])
P(d, "")
T(d, [["Paraksts / datums", "I. Kalniņa, 08.06.2026."]])
build("r6b32_mebelu galdnieks MIP 2red galigais.docx", d,
      rows=[("mēbeļu galdnieks", "MIP", "supported", "Ilze Kalniņa", "2026-06-08", 4)],
      note="Legacy form checkboxes where the state is in w:default (no w:checked). Date only in the 'Paraksts / datums' cell. PKE explicitly not reviewed -> no row.")

# ---------------------------------------------------------------- 33
d = new(COORD, "2026-07-09")
for k, v in [("Sūtītājs:", "Edgars Puce <edgars.puce@inbox.lv>"), ("Datums:", "2026. gada 9. jūlijs 08:47"),
             ("Temats:", "Re: elektrotehnikis PKE precizetais"), ("Adresāts:", "Līga Strautmane")]:
    P(d, [k + " " + v])
P(d, "")
P(d, "sveiki, paskatijos precizeto elektrotehnika PKE. testa jautajumi tagad atbilst LEK, paldies skolai. "
     "PKE saturs atbalstams un virzams saskanosanai, papildu precizejumi nav vajadzigi.")
P(d, "E.Puce")
build("r6b33_Re elektrotehnikis PKE precizetais.docx", d,
      rows=[("elektrotehniķis", "PKE", "supported", "Edgars Puce", "2026-07-09", 4)],
      note="Gmail-style Latvian headers, body without diacritics. Name as in the From line (no diacritics). 'papildu precizejumi nav vajadzigi' -> supported.")

# ---------------------------------------------------------------- 34
d = new("Laila Siliņa", "2026-07-20")
P(d, [("b", "Mežsaimniecības tehniķis – PKE (precizētā versija)")])
T(d, [["Eksperte", "Laila Siliņa"], ["Datums", "20.07.2026"]])
P(d, "")
T(d, [["Daļa", "Komentārs"],
      ["Teorētiskā daļa", "Jautājumi par meža inventarizāciju ar droniem – labi."],
      ["Praktiskā daļa", "Nav skaidrs, vai taksācijas uzdevumu veic mežā vai klasē; jautāju skolai."],
      ["Slēdziens", "—"]])
build("r6b34_Mezsaimniecibas tehnikis PKE Silina jul.docx", d,
      rows=[("mežsaimniecības tehniķis", "PKE", "unknown", "Laila Siliņa", "2026-07-20", 4)],
      problems=["no_verdict"],
      note="Remarks filled in but the 'Slēdziens' cell holds only a dash -> unknown + no_verdict.")

# ---------------------------------------------------------------- 35
d = new("Raimonds Liepiņš", "2026-07-24")
P(d, [("b", "Kokrūpniecības nozares ekspertīzes rezultāti, 5. posms")])
P(d, "Eksperts: Raimonds Liepiņš      Datums: 24.07.2026.")
P(d, "Izvēlētais variants katrā šūnā iezīmēts treknrakstā.")
def opts(i):
    labels = ["atbalstāms un virzāms", "atbalstāms pēc precizējumiem", "nav atbalstāms"]
    return {"ps": [[("b", l)] if k == i else [l] for k, l in enumerate(labels)]}
T(d, [["Kvalifikācija", "MIP", "PKE"],
      ["Koka izstrādājumu ražošanas tehniķis", opts(0), opts(0)],
      ["Būvizstrādājumu galdnieks", opts(1), opts(2)],
      ["Meža mašīnu operators", opts(0), opts(1)]])
P(d, "")
P(d, "Būvizstrādājumu galdnieka PKE joprojām nav alternatīvas praktiskajam uzdevumam, tāpēc neatbalstu. "
     "Meža mašīnu operatora PKE – jāprecizē vērtēšanas lapa.")
build("r6b35_Kokrupnieciba_5posms_Liepins.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Raimonds Liepiņš", "2026-07-24", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Raimonds Liepiņš", "2026-07-24", 4),
            ("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Raimonds Liepiņš", "2026-07-24", 4),
            ("būvizstrādājumu galdnieks", "PKE", "not_supported", "Raimonds Liepiņš", "2026-07-24", 4),
            ("meža mašīnu operators", "MIP", "supported", "Raimonds Liepiņš", "2026-07-24", 3),
            ("meža mašīnu operators", "PKE", "needs_corrections", "Raimonds Liepiņš", "2026-07-24", 3)],
      note="Three qualifications x two documents; all options printed in each cell and the chosen one in bold (stated in the form). Prose below confirms two of the choices.")

# ---------------------------------------------------------------- 36
d = new("Zane Apine", "2026-07-21")
for k, v in [("No:", "Zane Apine"), ("Nosūtīts:", "otrdiena, 2026. gada 21. jūlijs 14:05"),
             ("Kam:", "Līga Strautmane"), ("Kopija:", "Sandra Vītola"), ("Tēma:", "VGK abas kvalifikacijas - rezultati")]:
    P(d, [("b", k), " " + v])
P(d, "")
P(d, "Liga, sutu kopsavilkumu par abam VGK kvalifikacijam (skatijos kopa ar Sandru, bet atzinums ir mans):")
T(d, [["Kvalifikacija", "MIP", "PKE"],
      ["VGK sistemu tehnikis", "atbalstams, pec precizejumu veiksanas virzams saskanosanai", "atbalstams un virzams saskanosanai"],
      ["VGK iekartu remontatslezdnieks", "atbalstams un virzams saskanosanai (jauna redakcija)", "atbalstams un virzams saskanosanai"]])
P(d, "Precizejumi sistemu tehnikim: MIP 5. modulī pievienot energoefektivitates auditu.")
P(d, "Zane")
build("r6b36_VGK abas kval rezultati Apine.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Zane Apine", "2026-07-21", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Zane Apine", "2026-07-21", 4),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Zane Apine", "2026-07-21", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Zane Apine", "2026-07-21", 3)],
      note="Outlook e-mail (Latvian headers) with a summary table for two VGK qualifications in abbreviated, diacritic-free form. Cc'd colleague is not the expert ('atzinums ir mans').")

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    for r in GOLD: w.writerow(r)
with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f); w.writerow(["file", "code"])
    for r in PROBS: w.writerow(r)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r6b blind set: forms and tables\n\nBuilt by `build.py` (helpers at the top of the script). Gold: `expected.csv`, `expected_problems.csv`.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write(f"| {n} | {note.replace('|', '/')} |\n")
print(len(NOTES), "files,", len(GOLD), "rows,", len(PROBS), "problems")
