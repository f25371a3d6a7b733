# -*- coding: utf-8 -*-
"""Builds the r19a blind evaluation set: free-prose expert reviews (letters, memos,
e-mails pasted into Word) plus a few non-review documents.

Run:  /work/hvenv/bin/python build.py
Each build(...) call carries the gold labels of its file (rows=..., problems=..., note=...).
"""
import csv
import datetime as dt
import os
import random
import zlib

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19a"

ROWS = []      # expected.csv rows
PROBLEMS = []  # expected_problems.csv rows
NOTES = []     # README lines
NBSP = "\u00a0"

_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def R(qualification, document, verdict, lki, expert=None, date=None):
    """One gold row; expert/date default to the file-level values."""
    return dict(q=qualification, d=document, v=verdict, lki=lki, expert=expert, date=date)


# ---------------------------------------------------------------- low-level helpers

def _set_base_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def _split_points(text, rng):
    """Positions where Word would plausibly break a paragraph into runs (sometimes mid-word)."""
    if len(text) < 25:
        return []
    n = rng.randint(1, 3)
    pts = sorted(set(rng.randint(3, len(text) - 3) for _ in range(n)))
    return pts


def _add_text_runs(p, text, rng=None, bold=False, italic=False, strike=False, color=None, size=None):
    pieces = [text]
    if rng is not None:
        pts = _split_points(text, rng)
        pieces, last = [], 0
        for x in pts:
            pieces.append(text[last:x])
            last = x
        pieces.append(text[last:])
    runs = []
    for piece in pieces:
        if not piece:
            continue
        r = p.add_run(piece)
        r.bold = bold or None
        r.italic = italic or None
        if strike:
            r.font.strike = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
        runs.append(r)
    return runs


def _rev_elem(kind, text, author, date):
    """w:ins / w:del element holding one run."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def _border_bottom(p):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "B5C4DF")
    bdr.append(b)
    ppr.append(bdr)


def _add_item(doc, item, rng, track):
    """Body item DSL.
    str                      normal paragraph
    ("b", t) bold  ("i", t) italic  ("c", t) centred  ("cb", t) centred bold
    ("r", t) right aligned   ("q", t) quoted e-mail text (indented, grey)
    ("h1"/"h2", t) Word heading styles   ("li", t) bulleted list   ("ln", t) numbered list
    ("rule",) separator line   ("blank",) empty paragraph
    ("seg", [(text, fmt), ...])  fmt: "" | "b" | "i" | "s"(strike) | "ins" | "del"
    ("table", [[cells]...], header_bold)
    ("comment", comment_text, author)   Word comment on the previous paragraph
    """
    if isinstance(item, str):
        p = doc.add_paragraph()
        _add_text_runs(p, item, rng)
        return p
    kind = item[0]
    if kind == "blank":
        return doc.add_paragraph()
    if kind == "rule":
        p = doc.add_paragraph()
        _border_bottom(p)
        return p
    if kind in ("h1", "h2", "h3"):
        return doc.add_heading(item[1], level=int(kind[1]))
    if kind == "li":
        p = doc.add_paragraph(style="List Bullet")
        _add_text_runs(p, item[1], rng)
        return p
    if kind == "ln":
        p = doc.add_paragraph(style="List Number")
        _add_text_runs(p, item[1], rng)
        return p
    if kind == "table":
        rows = item[1]
        hb = item[2] if len(item) > 2 else True
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                r = cell.paragraphs[0].add_run(val)
                if hb and i == 0:
                    r.bold = True
        return t
    if kind == "seg":
        p = doc.add_paragraph()
        for text, fmt in item[1]:
            if fmt == "ins":
                p._p.append(_rev_elem("ins", text, track[0], track[1]))
            elif fmt == "del":
                p._p.append(_rev_elem("del", text, track[0], track[1]))
            else:
                _add_text_runs(p, text, None, bold="b" in fmt, italic="i" in fmt, strike="s" in fmt)
        return p
    if kind == "comment":
        # Word comment anchored on the runs of the previous paragraph
        p = doc.paragraphs[-1]
        runs = p.runs
        c = doc.add_comment(runs, text=item[1], author=item[2], initials="".join(w[0] for w in item[2].split()))
        c._comment_elm.set(qn("w:date"), track[1])
        return p
    p = doc.add_paragraph()
    text = item[1]
    if kind == "b":
        _add_text_runs(p, text, rng, bold=True)
    elif kind == "i":
        _add_text_runs(p, text, rng, italic=True)
    elif kind == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_text_runs(p, text, rng)
    elif kind == "cb":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_text_runs(p, text, rng, bold=True)
    elif kind == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _add_text_runs(p, text, rng)
    elif kind == "q":
        p.paragraph_format.left_indent = Cm(1)
        _add_text_runs(p, text, rng, color="595959")
    else:
        raise ValueError(kind)
    return p


def build(name, body, rows=(), problems=(), note="", expert="", date="", author="",
          created=(2026, 1, 15, 9, 0), font=("Times New Roman", 12), header=None, footer=None,
          split=False, track=("", "2026-01-01T00:00:00Z")):
    assert name.startswith(PREFIX), name
    doc = Document()
    _set_base_font(doc, *font)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        for k, line in enumerate(header):
            if k:
                hp = sec.header.add_paragraph()
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if line.startswith(">") else None
            _add_text_runs(hp, line.lstrip(">"), None, size=9)
    if footer:
        fp = sec.footer.paragraphs[0]
        for k, line in enumerate(footer):
            if k:
                fp = sec.footer.add_paragraph()
            _add_text_runs(fp, line, None, size=8)
    rng = random.Random(zlib.crc32(name.encode("utf-8"))) if split else None
    for item in body:
        _add_item(doc, item, rng, track)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(*created)
    cp.modified = dt.datetime(*created)
    cp.title = ""
    doc.save(os.path.join(OUT, name))
    for r in rows:
        ROWS.append([name, r["q"], r["d"], r["v"],
                     expert if r["expert"] is None else r["expert"],
                     date if r["date"] is None else r["date"],
                     str(r["lki"]) if r["lki"] != "" else ""])
    for c in problems:
        PROBLEMS.append([name, c])
    NOTES.append((name, note))


def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r19a – blind set: free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
        f.write("Built by `build.py` (python-docx). Gold labels: `expected.csv`, `expected_problems.csv`.\n")
        f.write("General conventions: per document, the expert's current verdict counts (a conclusion outranks "
                "remarks in the body; with tracked changes the inserted text counts and deleted text does not); "
                "history of earlier rounds, quoted earlier e-mails, the purpose of the review, coordinators' "
                "instructions listing all options and Word comments are not verdicts. A document the file "
                "explicitly leaves to someone else / to later gets no row. `expert` = full name if the document "
                "text gives it anywhere (letterhead, page header, e-mail From line, signature), else as written "
                "(initial + surname); file properties (author) are never used for labels; "
                "titles dropped. `date` = date of the expert's own statement (e-mail sent date of the expert's "
                "message, not of a later forward).\n\n")
        f.write(f"Files: {len(NOTES)}; gold rows: {len(ROWS)}; problem rows: {len(PROBLEMS)}.\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            f.write(f"| {n} | {note.replace('|', '/')} |\n")


# =====================================================================================
# FILES
# =====================================================================================

# ---------------------------------------------------------------- 01
build(
    "r19a01_Liepins_motorzaga operators_MIP.docx",
    [
        ("r", "Latvijas Darba devēju konfederācijai"),
        ("r", "projekta koordinatorei Līgai Strautiņai"),
        ("blank",),
        ("cb", "Par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības programmas saturu"),
        ("blank",),
        "Saskaņā ar LDDK deleģējumu esmu izskatījis profesionālās izglītības iestāžu darba grupas sagatavoto "
        "modulārās izglītības programmas (turpmāk – programma) projektu kvalifikācijai „Motorzāģa operators” "
        "(LKI 3. līmenis). Eksāmena saturu šajā kārtā vērtē cits nozares eksperts, tāpēc mani komentāri "
        "attiecas tikai uz programmu.",
        "Kopumā programma ir veidota loģiski, moduļu secība atbilst tam, kā darbs mežā notiek praksē, un "
        "sasniedzamie rezultāti lielākoties ir formulēti saprotami. Zemāk – piezīmes pa moduļiem.",
        "Modulis „Darba drošība un pirmā palīdzība mežā”. Trūkst atsauces uz aktuālajiem Ministru kabineta "
        "noteikumiem par darba aizsardzību mežsaimniecībā. Ieteiktu papildināt ar situāciju, kad cilvēks "
        "strādā viens pats – mūsu uzņēmumos tā ir ikdiena, nevis izņēmums.",
        "Modulis „Motorzāģa uzbūve un tehniskā apkope”. Ķēdes asināšanai paredzētas tikai 6 stundas; no "
        "pieredzes varu teikt, ka ar to nepietiek. Stundu skaits jāpalielina vismaz divas reizes, ņemot tās "
        "no teorētiskās daļas.",
        "Modulis „Koku gāšana un atzarošana”. Nav skaidri nodalīta bīstamo (sasvērušos, vēja gāztu) koku "
        "gāšana. Šis rezultāts jāizdala atsevišķi un jāparedz tā vērtēšana praktiskā darbā, nevis tikai testā.",
        "Modulis „Kokmateriālu sagatavošana un sortimentu izstrāde” – iebildumu nav, labi sasaistīts ar "
        "uzņēmumu prasībām attiecībā uz sortimentu garumiem un kvalitāti.",
        ("b", "Slēdziens"),
        "Programmas saturs ir atbalstāms; pēc precizējumu veikšanas (sk. piezīmes par 2. un 3. moduli) "
        "virzāms saskaņošanai. Piezīme par pirmo moduli ir ieteikuma rakstura.",
        ("blank",),
        "Ar cieņu",
        "Andris Liepiņš",
        "SIA „Vidzemes meža darbi”, meža darbu vadītājs",
        "Jelgavā, 2026. gada 9. februārī",
    ],
    rows=[R("motorzāģa operators", "MIP", "needs_corrections", 3)],
    expert="Andris Liepiņš", date="2026-02-09", author="Andris Liepiņš", created=(2026, 2, 9, 14, 20),
    note="Formal letter, MIP only (PKE explicitly left to another expert -> no PKE row). Module remarks, "
         "conclusion under 'Slēdziens' = canonical needs-corrections wording with a parenthesis inside. "
         "Name/date/place at the end.",
)

# ---------------------------------------------------------------- 02
build(
    "r19a02_RE_ Mebelu galdnieka PKE (labotais).docx",
    [
        ("b", "No: Dace Ozoliņa <dace.ozolina@mebelunams.lv>"),
        "Nosūtīts: otrdiena, 2026. gada 14. aprīlis 10:42",
        "Kam: Līga Strautiņa <liga.strautina@lddk.lv>",
        "Kopija: Agnese Rudzīte <agnese.rudzite@lddk.lv>",
        "Temats: RE: Mēbeļu galdnieka PKE – atkārtota ekspertīze",
        ("blank",),
        "Labdien, Līga!",
        "Esmu izskatījusi skolas atsūtīto laboto mēbeļu galdnieka eksāmena saturu (versija ar datumu 03.04.). "
        "Visas manas februāra piezīmes ir ņemtas vērā: praktiskais uzdevums tagad ietver arī virsmas apdari, "
        "vērtēšanas kritērijiem pievienoti punkti par darba vietas sakārtošanu, un teorijas jautājumi vairs "
        "nedublē 2. moduļa noslēguma pārbaudi.",
        "Līdz ar to eksāmena saturu atbalstu tādu, kāds tas ir, – bez papildu precizējumiem, un to var virzīt "
        "saskaņošanai.",
        "Programmu (MIP) skola vēl labo, to izskatīšu, kad atsūtīs.",
        "Ar labākajiem vēlējumiem",
        "Dace",
        ("blank",),
        "Dace Ozoliņa",
        "SIA „Mēbeļu nams Kurzeme”, ražošanas tehnoloģe",
        "tālr. 26 000 417",
        ("rule",),
        ("b", "No: Līga Strautiņa <liga.strautina@lddk.lv>"),
        "Nosūtīts: piektdiena, 2026. gada 3. aprīlis 15:10",
        "Kam: Dace Ozoliņa <dace.ozolina@mebelunams.lv>",
        "Temats: Mēbeļu galdnieka PKE – atkārtota ekspertīze",
        ("blank",),
        "Labdien, Dace!",
        "Pielikumā skolas precizētais PKE saturs. Lūgums izskatīt un atbildēt, vai tas tagad ir atbalstāms un "
        "virzāms saskaņošanai, vai arī vēl ir nepieciešami precizējumi.",
        "Paldies!",
        "Līga",
        ("rule",),
        ("b", "No: Dace Ozoliņa <dace.ozolina@mebelunams.lv>"),
        "Nosūtīts: pirmdiena, 2026. gada 16. februāris 18:25",
        "Kam: Līga Strautiņa <liga.strautina@lddk.lv>",
        "Temats: Mēbeļu galdnieks – atzinums",
        ("blank",),
        "Līga, sūtu atzinumu pielikumā. Īsumā: PKE saturs šobrīd nav atbalstāms, praktiskais uzdevums "
        "neatbilst kvalifikācijas prasībām. Sīkāk – pielikumā.",
        "D.",
    ],
    rows=[R("mēbeļu galdnieks", "PKE", "supported", 4)],
    expert="Dace Ozoliņa", date="2026-04-14", author="Līga Strautiņa", created=(2026, 4, 14, 11, 5),
    font=("Calibri", 11),
    note="Outlook thread pasted into Word, Latvian headers. Top message = current verdict (PKE supported, "
         "'bez papildu precizējumiem'). The quoted coordinator message lists the options, the quoted February "
         "message says 'nav atbalstāms' - history, ignored. MIP explicitly not yet reviewed -> no MIP row. "
         "Date = sent date of the top message.",
)

# ---------------------------------------------------------------- 03
build(
    "r19a03_Vitols_elektromontieris_atzinums.docx",
    [
        ("r", "Rīgā, 03.03.2026."),
        ("blank",),
        ("cb", "EKSPERTA ATZINUMS"),
        ("c", "par profesionālās kvalifikācijas „Elektromontieris” (LKI 3. līmenis) modulārās izglītības "
              "programmu un profesionālās kvalifikācijas eksāmena saturu"),
        ("blank",),
        "Atzinums sagatavots, izvērtējot darba grupas 2026. gada februārī iesniegtos dokumentus. Vērtēju, vai "
        "saturs atbilst profesijas standartam un nozares faktiskajām vajadzībām, kā arī to, vai jaunās prasmes "
        "(viedie skaitītāji, saules paneļu pieslēgšana mājsaimniecībās) ir iekļautas pietiekamā apjomā.",
        ("b", "Modulārā izglītības programma"),
        "Programmas struktūra ir pārdomāta. Īpaši vēlos uzteikt moduli „Elektroietaišu montāža ēkās”, kurā "
        "ir labi sabalansēta teorija un praktiskie darbi. Elektrodrošības jautājumi ietverti katrā modulī, kā "
        "tam arī jābūt. Būtiskas nepilnības neredzu.",
        "Programmu atbalstu bez iebildumiem un iesaku to virzīt saskaņošanai.",
        ("b", "Profesionālās kvalifikācijas eksāmens"),
        "Eksāmena teorētiskā daļa ir atbilstoša. Praktiskajā daļā vērtēšanas kritēriji ir formulēti pārāk "
        "vispārīgi (piem., „darbs veikts kvalitatīvi”), un divi vērtētāji vienu un to pašu darbu var novērtēt "
        "ļoti atšķirīgi. Tāpat nav norādīts, kādi mērinstrumenti jānodrošina eksaminējamajam.",
        "Eksāmena saturu atbalstu, taču pirms tā virzīšanas saskaņošanai jāprecizē praktiskā uzdevuma "
        "vērtēšanas kritēriji un jāpapildina aprīkojuma saraksts.",
        ("blank",),
        "/paraksts/",
        "G. Vītols",
    ],
    rows=[R("elektromontieris", "MIP", "supported", 3), R("elektromontieris", "PKE", "needs_corrections", 3)],
    expert="Gatis Vītols", date="2026-03-03", author="Gatis Vītols", created=(2026, 3, 3, 8, 40),
    header=["Gatis Vītols", "Enerģētikas nozares eksperts",
            "AS „Baltijas elektrotīkli”, Tīklu ekspluatācijas daļas vadītājs"],
    split=True,
    note="Letterhead with full name in the page header; signature only 'G. Vītols' -> expert = full name from the "
         "letterhead. Place+date at top right (dd.mm.yyyy.). MIP: first-person 'atbalstu bez iebildumiem un iesaku "
         "virzīt' = supported. PKE: 'atbalstu, taču pirms virzīšanas jāprecizē' = needs_corrections. Runs split "
         "at random points.",
)

# ---------------------------------------------------------------- 04
build(
    "r19a04_VGK_Puce_atzinums_2 kvalifikacijas.docx",
    [
        "Latvijas Darba devēju konfederācijai",
        ("blank",),
        ("b", "Atzinums par ventilācijas un gaisa kondicionēšanas jomas kvalifikāciju MIP un PKE saturu"),
        "Šajā dokumentā apkopoju savu vērtējumu par divām kvalifikācijām, kuru dokumentus saņēmu 2026. gada "
        "10. martā. Tā kā abas kvalifikācijas ir cieši saistītas (tehniķis un remontatslēdznieks parasti strādā "
        "vienā brigādē), daļa piezīmju atkārtojas.",
        ("b", "A. VGK sistēmu tehniķis (LKI 4)"),
        "Programma. Mācību saturs aptver sistēmu projektēšanas pamatus, montāžu, regulēšanu un "
        "energoefektivitātes aprēķinus. Prakses apjoms uzņēmumā ir pietiekams, un moduļu rezultāti ir "
        "izmērāmi. Programma ir atbalstāma un virzāma saskaņošanai.",
        "Eksāmens. Praktiskajā uzdevumā paredzēta tikai gaisa plūsmas mērīšana; jāpievieno arī sistēmas "
        "palaišanas–regulēšanas protokola aizpildīšana, jo tas ir tehniķa ikdienas darbs. Ar šo papildinājumu "
        "eksāmena saturs būs pilnvērtīgs. Tātad – atbalstāms, pēc precizējuma veikšanas virzāms saskaņošanai.",
        ("b", "B. VGK iekārtu remontatslēdznieks (LKI 3)"),
        "Programma. Šobrīd tajā nav nodalītas aukstumaģentu apstrādes prasmes, kas atbilstoši regulai par "
        "fluorētām siltumnīcefekta gāzēm ir obligātas; arī modulis par iekārtu elektrisko daļu ir virspusējs "
        "un nesasniedz standartā noteikto līmeni. Programmu šādā redakcijā nevaru atbalstīt – tā jāpārstrādā "
        "un jāiesniedz atkārtotai ekspertīzei.",
        "Eksāmens. Pats eksāmena saturs kopumā ir atbalstāms, uzdevumi ir reāli un izpildāmi. Tomēr pēc "
        "programmas pārstrādes jāprecizē eksāmena teorijas jautājumi, lai tie atbilstu jaunajam moduļu saturam; "
        "tikai tad to var virzīt saskaņošanai.",
        ("blank",),
        "Ja rodas jautājumi, esmu sazvanāms.",
        "Edgars Pūce",
        "VGK nozares eksperts, SIA „Klimata inženierija”",
        "2026. gada 27. martā",
    ],
    rows=[
        R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", 4),
        R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", 4),
        R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", 3),
        R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", 3),
    ],
    expert="Edgars Pūce", date="2026-03-27", author="Edgars Pūce", created=(2026, 3, 27, 16, 0),
    font=("Arial", 10),
    note="Two qualifications under lettered headings using the VGK aliases. 'nevaru atbalstīt – jāpārstrādā un "
         "jāiesniedz atkārtotai ekspertīzei' = not_supported. Remontatslēdznieks PKE: 'kopumā atbalstāms' + "
         "'tikai tad var virzīt' = needs_corrections. Sistēmu tehniķis PKE: condition then 'Tātad – atbalstāms, "
         "pēc precizējuma virzāms'.",
)

# ---------------------------------------------------------------- 05 (long)
build(
    "r19a05_Mehatronika MIP PKE galigais.docx",
    [
        ("b", "Dr.sc.ing. Kristīne Āboliņa"),
        "Mašīnbūves un metālapstrādes nozares eksperte",
        "SIA „Mehatronika Baltic”, inženiertehniskā direktore",
        ("rule",),
        ("blank",),
        ("cb", "Ekspertīzes atzinums: mehatronisko sistēmu tehniķis (4. LKI)"),
        ("c", "Modulārā izglītības programma un profesionālās kvalifikācijas eksāmena saturs"),
        ("r", "18.03.2026."),
        ("blank",),
        "Atzinums sagatavots pēc LDDK lūguma par dokumentiem, ko darba grupa iesniedza 2026. gada 2. martā. "
        "Vērtējot izmantoju mehatronisko sistēmu tehniķa profesijas standartu, nozares kvalifikāciju struktūru "
        "un savu pieredzi, pieņemot darbā skolu absolventus pēdējos astoņos gados. Atzinumā vispirms sniegtas "
        "piezīmes par programmu pa moduļiem, tad par eksāmenu, un beigās – kopvērtējums.",
        ("b", "Piezīmes par programmu"),
        ("ln", "Modulis „Tehniskā dokumentācija un rasēšana”. Saturs atbilstošs. Iesaku vairāk uzsvērt "
               "elektrisko shēmu lasīšanu IEC standartā, jo uzņēmumos tas ir ikdienas darbs."),
        ("ln", "Modulis „Mehānisko sistēmu montāža”. Labi aprakstīts, rezultāti izmērāmi. Iebildumu nav."),
        ("ln", "Modulis „Pneimatika un hidraulika”. Skolas materiāli liecina, ka šis modulis praktiski nav "
               "atbalstīts ar laboratorijas aprīkojumu – programmā paredzētas 120 praktisko darbu stundas, bet "
               "aprīkojuma sarakstā ir tikai viens pneimatikas stends. Jāprecizē, kā praktiskie darbi tiks "
               "nodrošināti (piemēram, daļu stundu pārcelt uz darba vidē balstītām mācībām)."),
        ("ln", "Modulis „Programmējamie loģiskie kontrolieri”. Ļoti labs. Prieks, ka iekļauta arī "
               "programmēšana pēc IEC 61131-3 ne tikai vienā ražotāja vidē."),
        ("ln", "Modulis „Sensori un izpildmehānismi”. Sasniedzamajos rezultātos jāiekļauj mašīnredzes pamati, "
               "kas jau ir profesijas standartā, bet programmā to nav."),
        ("ln", "Modulis „Robotu tehnika”. Labi, ka ir sadarbības roboti. Ieteikums (nav obligāts) – pieminēt "
               "arī robotu drošības zonu konfigurēšanu."),
        ("ln", "Modulis „Mehatronisko sistēmu apkope un diagnostika”. Atbilst. Nozares uzņēmumi atbalsta "
               "prakses vietu nodrošināšanu tieši šajā modulī, un programmā tas ir ņemts vērā."),
        "Kopumā programma ir mūsdienīga un atspoguļo to, kas notiek ražošanā. Galvenie trūkumi – 3. un 5. "
        "punktā minētais.",
        ("b", "Piezīmes par eksāmenu"),
        ("ln", "Teorētiskā daļa (60 jautājumi) ir sabalansēta starp mehāniku, elektroniku un programmēšanu."),
        ("ln", "Praktiskais uzdevums – ražošanas līnijas mezgla bojājuma atrašana un novēršana, kam seko PLC "
               "programmas papildināšana – ir labi izvēlēts un tuvs reālajam darbam."),
        ("ln", "Vērtēšanas kritērijos nav paredzēts vērtēt dokumentēšanu (apkopes žurnāla aizpildīšanu). "
               "Tas jāpapildina."),
        "Eksāmena kopējais ilgums un uzdevumu grūtības pakāpe atbilst 4. LKI līmenim.",
        ("b", "Kopvērtējums"),
        "Abi dokumenti – gan programma, gan eksāmena saturs – ir atbalstāmi ar precizējumiem. Pēc programmas "
        "piezīmju 3. un 5. punktā un eksāmena piezīmju 3. punktā minēto precizējumu veikšanas tos var virzīt "
        "saskaņošanai; atkārtota ekspertīze nav nepieciešama, pietiks ar koordinatores pārbaudi.",
        ("blank",),
        "K. Āboliņa",
    ],
    rows=[R("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", 4),
          R("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", 4)],
    expert="Kristīne Āboliņa", date="2026-03-18", author="Līga Strautiņa", created=(2026, 3, 19, 9, 12),
    note="Long (1-2 pages) review with letterhead (academic title) and numbered module remarks. Body trap: "
         "'modulis praktiski nav atbalstīts ar laboratorijas aprīkojumu' (about equipment, not a verdict) and "
         "'uzņēmumi atbalsta'. 'Kopvērtējums' gives both documents 'atbalstāmi ar precizējumiem ... pēc tam var "
         "virzīt' = needs_corrections for both. Author property = coordinator who saved it.",
)

# ---------------------------------------------------------------- 06
build(
    "r19a06_mezsaimniecibas tehnikis MIP atkartoti.docx",
    [
        "Mezsaimniecibas tehnikis (3. PKL) - MIP atkartota izvertesana",
        ("blank",),
        "Sveiki,",
        "janvari izskatiju pirmo MIP versiju un toreiz to neatbalstiju (nebija meza inventarizacijas modula, "
        "prakse tikai 4 nedelas, GIS vispar nebija). Skola 2.aprili atsutija labotu versiju. Izskatiju.",
        "Kas izlabots: pievienots modulis 'Meza inventarizacija un taksacija', prakse palielinata lidz 8 "
        "nedelam, GIS un meza kartes ieklautas 4. moduli. Vel mazliet pietrukst darba drosibas mezizstrade, bet "
        "tas nav butiski, skola var papildinat pec saviem ieskatiem.",
        "PKE saja karta neverteju - to skata A. Dzenis.",
        "Tatad: labota MIP ir atbalstama un virzama saskanosanai, papildu precizejumi nav vajadzigi.",
        ("blank",),
        "Sandra Meldere",
        "04.04.2026",
    ],
    rows=[R("mežsaimniecības tehniķis", "MIP", "supported", 4)],
    expert="Sandra Meldere", date="2026-04-04", author="Sandra", created=(2026, 4, 4, 21, 47),
    font=("Calibri", 11),
    note="Hasty memo without diacritics. Old level '3. PKL' = LKI 4 (matches register). History 'toreiz to "
         "neatbalstiju' is not current. Current: 'atbalstama un virzama saskanosanai, papildu precizejumi nav "
         "vajadzigi' = supported (optional remark only). PKE explicitly left to A. Dzenis -> no PKE row.",
)

# ---------------------------------------------------------------- 07
build(
    "r19a07_Fwd kokapstrades iekartu operators.docx",
    [
        ("b", "Agnese Rudzīte <agnese.rudzite@lddk.lv>"),
        "Tue, Mar 10, 2026, 9:14 AM",
        "to Līga",
        ("blank",),
        "FYI – Inetas atzinums par kokapstrādes iekārtu operatoru, ieliec, lūdzu, kopējā mapē.",
        ("blank",),
        "---------- Forwarded message ---------",
        "From: Ineta Sproģe <ineta.sproge@gmail.com>",
        "Date: Mon, Mar 9, 2026 at 4:15 PM",
        "Subject: kokapstrādes iekārtu operators",
        "To: Agnese Rudzīte <agnese.rudzite@lddk.lv>",
        ("blank",),
        "Labdien, Agnese!",
        "Pārskatīju kokapstrādes iekārtu operatora programmu un eksāmena saturu, ko atsūtījāt pagājušajā nedēļā.",
        "Programma laba. Moduļi atbilst tam, ko mēs ražotnē sagaidām no operatora – iekārtu iestatīšana, "
        "griezējinstrumentu maiņa, kvalitātes kontrole. Nopietnu iebildumu nav, programmu atbalstu, var sūtīt "
        "tālāk uz saskaņošanu.",
        "Ar eksāmenu ir sliktāk. Praktiskajā daļā eksaminējamajam jāizgatavo detaļa uz formātzāģa un frēzes, "
        "bet nav paredzēts neviens uzdevums ar četrpusējo ēvelmašīnu, kas ir operatora galvenā iekārta. "
        "Vērtēšanas lapā punkti par darba drošību veido tikai 5 %. Teorijas testā vairāki jautājumi ir no "
        "mēbeļu galdnieka kvalifikācijas. Šādā veidā eksāmenu neatbalstu – tas jāpārstrādā un jāatsūta vēlreiz.",
        "Ineta",
        "--",
        "Ineta Sproģe",
        "Kokapstrādes nozares eksperte",
    ],
    rows=[R("kokapstrādes iekārtu operators", "MIP", "supported", 3),
          R("kokapstrādes iekārtu operators", "PKE", "not_supported", 3)],
    expert="Ineta Sproģe", date="2026-03-09", author="Agnese Rudzīte", created=(2026, 3, 10, 9, 20),
    font=("Arial", 10),
    note="Gmail forward printed to Word, English headers. Date = the expert's original message (Mar 9), not the "
         "forward (Mar 10). 'programmu atbalstu, var sūtīt tālāk uz saskaņošanu' = supported; 'Šādā veidā "
         "eksāmenu neatbalstu – jāpārstrādā' = not_supported.",
)

# ---------------------------------------------------------------- 08
build(
    "r19a08_Osins_datorizeto iekartu operators_PKE.docx",
    [
        ("b", "Atzinums par PKE saturu"),
        "Kvalifikācija: datorizētu kokapstrādes iekārtu operators, LKI 4. līmenis",
        ("blank",),
        "Izvērtēju profesionālās kvalifikācijas eksāmena saturu (teorētiskā daļa – 40 jautājumi, praktiskā daļa "
        "– CNC apstrādes centra programmēšana un detaļas izgatavošana). Programmas (MIP) ekspertīzi veic cits "
        "eksperts, tāpēc par to neizsakos.",
        "Teorijas jautājumi ir atbilstoši un aptver visus profesijas standartā noteiktos darba pienākumus. "
        "Praktiskais uzdevums ir labi izvēlēts: tas prasa gan vadības programmas sagatavošanu CAM vidē, gan "
        "iekārtas iestatīšanu un gatavās detaļas mērīšanu. Vērtēšanas kritēriji ir skaidri un izmērāmi. "
        "Eksāmena ilgums (6 h) ir reāls.",
        "Varētu apsvērt uzdevuma variantu ar 5 asu apstrādi, bet tas nav obligāti – ne visās skolās tādas "
        "iekārtas ir.",
        "Secinājums: PKE saturs ir atbalstāms un virzāms saskaņošanai. Precizējumi nav nepieciešami.",
        ("blank",),
        "R. Ošiņš",
        "2026. gada 20. janvārī",
    ],
    rows=[R("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", 4)],
    expert="R. Ošiņš", date="2026-01-20", author="Raitis Ošiņš", created=(2026, 1, 20, 13, 2),
    note="Short, PKE only (MIP explicitly by another expert). Expert written only as 'R. Ošiņš' in the text "
         "(the full first name appears only in file metadata, not in the review) -> as written. 'Precizējumi nav "
         "nepieciešami' confirms supported; the 5-axis idea is optional.",
)

# ---------------------------------------------------------------- 09
build(
    "r19a09_Krumins_meza masinu operators.docx",
    [
        ("b", "MEMORANDS"),
        "Kam: LDDK projekta koordinatorei L. Strautiņai",
        "No: Raimonds Krūmiņš, meža mašīnu nozares eksperts",
        "Par: meža mašīnu operatora kvalifikācijas (LKI 3) MIP un PKE",
        ("rule",),
        "Paskaidrošu īsi, kāpēc mans vērtējums abiem dokumentiem atšķiras.",
        "Programmā ir viss būtiskais – harvestera un forvardera vadība, apkope, darbs ar mežizstrādes datiem. "
        "Nozares uzņēmumi atbalsta to, ka lielāka daļa sākotnējo apmācību notiek uz simulatoriem, un programma "
        "to paredz. Tomēr trūkst atsevišķa rezultāta par darbu ar ražības datiem (StanForD faili), ko jaunajām "
        "mašīnām vajag.",
        "Eksāmena saturs ir cita lieta. Praktisko daļu paredzēts kārtot tikai simulatorā; reālas mašīnas "
        "vadīšana nav paredzēta vispār. Neviens darba devējs šādu eksaminējamo pie mašīnas nelaidīs. Tāpat "
        "netiek vērtēta mašīnas ikdienas apkope.",
        ("b", "Secinājumi"),
        "1. MIP – atbalstu ar nosacījumu, ka tiek papildināts 4. modulis ar rezultātu par ražības datu apstrādi. "
        "Pēc tam programmu var virzīt saskaņošanai.",
        "2. PKE – nav atbalstāms. Praktiskā daļa jāpārstrādā tā, lai vismaz daļa uzdevumu notiktu uz reālas "
        "mašīnas, un eksāmens jāiesniedz atkārtotai ekspertīzei.",
        ("blank",),
        "R. Krūmiņš",
    ],
    rows=[R("meža mašīnu operators", "MIP", "needs_corrections", 3),
          R("meža mašīnu operators", "PKE", "not_supported", 3)],
    expert="Raimonds Krūmiņš", date="2026-02-24", author="Raimonds Krūmiņš", created=(2026, 2, 24, 7, 55),
    header=[">24.02.2026."],
    note="Memo form (Kam/No/Par). Date only in the page header. 'Nozares uzņēmumi atbalsta to, ka…' is a plain "
         "third-person verb, not a verdict. Numbered 'Secinājumi': MIP 'atbalstu ar nosacījumu… pēc tam var "
         "virzīt' = needs_corrections; PKE 'nav atbalstāms … atkārtotai ekspertīzei' = not_supported.",
)

# ---------------------------------------------------------------- 10 (tracked change + Word comment)
build(
    "r19a10_Ozolina_buvizstradajumu galdnieks_ar labojumiem.docx",
    [
        "Būvizstrādājumu galdnieks, LKI 4",
        ("b", "Eksperta viedoklis par MIP un PKE"),
        "Vērtēju darba grupas maijā iesniegto programmu un eksāmena saturu. Salīdzinājumā ar citām galdnieku "
        "kvalifikācijām šeit labi atspoguļota logu un durvju izgatavošana, kā arī montāža objektā.",
        "Programma. Moduļu saturs atbilst profesijas standartam, stundu sadalījums ir loģisks. Vienīgais "
        "ieteikums – modulī „Kāpņu izgatavošana” pieminēt arī kāpņu aprēķinu programmatūru, bet tas nav "
        "obligāti. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
        "Eksāmens. Praktiskajā uzdevumā (loga rāmja izgatavošana) nav norādītas pieļaujamās izmēru novirzes, "
        "bez tām nav iespējams objektīvi vērtēt. Teorijas daļā divi jautājumi atkārtojas.",
        ("seg", [("PKE saturs ir atbalstāms", ""),
                 (" un virzāms saskaņošanai.", "del"),
                 ("; pēc precizējumu veikšanas (pielaides, dublētie jautājumi) virzāms saskaņošanai.", "ins")]),
        ("comment", "Vai PKE tomēr nav atbalstāms un virzāms uzreiz? Skola jautā.", "Līga Strautiņa"),
        ("blank",),
        "Dace Ozoliņa",
        "Tukumā, 2026. gada 12." + NBSP + "maijā",
    ],
    rows=[R("būvizstrādājumu galdnieks", "MIP", "supported", 4),
          R("būvizstrādājumu galdnieks", "PKE", "needs_corrections", 4)],
    expert="Dace Ozoliņa", date="2026-05-12", author="Dace Ozoliņa", created=(2026, 5, 11, 17, 30),
    track=("Dace Ozoliņa", "2026-05-12T08:15:00Z"),
    note="Tracked change in the PKE conclusion: deleted ' un virzāms saskaņošanai.' (w:del), inserted '; pēc "
         "precizējumu veikšanas … virzāms saskaņošanai.' (w:ins) -> current = needs_corrections. A coordinator's "
         "Word comment repeats verdict words (not a verdict). MIP supported in the body. NBSP in the date.",
)

# ---------------------------------------------------------------- 11
build(
    "r19a11_elektrotehniķis_Zariņa_maijs.docx",
    [
        ("b", "Mg.sc.ing. Laila Zariņa"),
        "SIA „Zemgales elektrotīkli”, tehniskā direktore",
        "Enerģētikas nozares eksperte",
        ("blank",),
        ("cb", "Atzinums"),
        ("c", "par profesionālās kvalifikācijas „Elektrotehniķis” izglītības programmu un kvalifikācijas eksāmenu"),
        ("blank",),
        "Janvārī izteicu vairākas piezīmes par programmas pirmo redakciju. Šī ir atkārtota ekspertīze, un vērtēju "
        "gan to, kā ņemtas vērā iepriekšējās piezīmes, gan eksāmena saturu, ko redzu pirmo reizi.",
        "Programmā ir veikti būtiski uzlabojumi: pievienots modulis par releju aizsardzību, precizēti "
        "automatizācijas moduļa rezultāti. Neatrisināts palicis viens jautājums – modulī „Elektroapgādes "
        "sistēmas” sasniedzamie rezultāti joprojām aprakstīti kā zināšanas („zina”, „izprot”), nevis kā prasmes.",
        "Programmas saturu atbalstu. Tomēr pirms virzīšanas saskaņošanai skolai jāpārformulē minētā moduļa "
        "rezultāti, lai tie būtu izmērāmi.",
        "Eksāmena saturs ir kvalitatīvs. Praktiskie uzdevumi atspoguļo reālas situācijas – bojājuma meklēšana "
        "sadales skapī, aizsardzības iestatījumu pārbaude, mērījumu protokola sagatavošana. Eksāmena saturam "
        "iebildumu nav; iesaku to virzīt saskaņošanai.",
        ("blank",),
        "Valmierā, 2026. gada 6." + NBSP + "maijā",
        "Laila Zariņa",
    ],
    rows=[R("elektrotehniķis", "MIP", "needs_corrections", 4), R("elektrotehniķis", "PKE", "supported", 4)],
    expert="Laila Zariņa", date="2026-05-06", author="Laila Zariņa", created=(2026, 5, 6, 10, 10),
    split=True,
    note="Letterhead with academic title (dropped). Condition in the NEXT sentence: 'Programmas saturu atbalstu. "
         "Tomēr pirms virzīšanas saskaņošanai jāpārformulē…' = needs_corrections. PKE 'iebildumu nav; iesaku "
         "virzīt' = supported. Runs split.",
)

# ---------------------------------------------------------------- 12
build(
    "r19a12_Koka izstradajumu razosanas tehnikis - atzinums (Steinberga).docx",
    [
        ("r", "Liepāja, 02.06.2026"),
        ("b", "Koka izstrādājumu ražošanas tehniķis (LKI 4) – MIP un PKE atkārtotas ekspertīzes rezultāti"),
        ("blank",),
        "Ekspertīzes uzdevums bija izvērtēt, vai precizētais saturs ir atbalstāms un virzāms saskaņošanai vai "
        "tam vēl nepieciešami precizējumi.",
        "Atgādināšu, ka martā abus dokumentus vērtēju pirmo reizi: programmu toreiz atbalstīju ar precizējumiem, "
        "bet eksāmena saturu neatbalstīju, jo tas vairāk atbilda operatora, nevis tehniķa līmenim.",
        "Programma. Lielākā daļa manu piezīmju ir izpildītas. Ražošanas plānošanas modulī joprojām nav minēta "
        "ražošanas vadības programmatūra (ERP), kas šodien ir katrā vidējā uzņēmumā; to vajag papildināt. Tāpat "
        "jāizlabo kļūda stundu kopsummā (tabulā 1480, tekstā 1520).",
        "Eksāmens. Pārstrādātā eksāmena saturs tagad atbilst tehniķa līmenim: ir uzdevums par tehnoloģiskā "
        "procesa plānošanu, materiālu patēriņa aprēķinu un kvalitātes kontroles plāna sastādīšanu. Man vairs nav "
        "iebildumu.",
        ("b", "Rezumējot"),
        "MIP – atbalstāma, pēc abu minēto precizējumu veikšanas virzāma saskaņošanai.",
        "PKE – atbalstāms un virzāms saskaņošanai.",
        ("blank",),
        "Baiba Šteinberga,",
        "kokrūpniecības nozares eksperte",
    ],
    rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", 4),
          R("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", 4)],
    expert="Baiba Šteinberga", date="2026-06-02", author="", created=(2026, 6, 2, 12, 0),
    note="Opening states the purpose with all verdict words (not a verdict); history of March round "
         "('atbalstīju ar precizējumiem', 'neatbalstīju') is not current. 'Rezumējot' gives the current verdicts. "
         "Empty author property. Place+date at the top.",
)

# ---------------------------------------------------------------- 13 (not in register)
build(
    "r19a13_Metinatajs MIP un PKE_Grinbergs.docx",
    [
        ("b", "Par profesionālās kvalifikācijas “Metinātājs” (LKI 3. līmenis) MIP un PKE"),
        ("blank",),
        "Šī kvalifikācija nav starp tām, kuras LDDK sākotnēji nodeva ekspertīzei, bet pēc koordinatores lūguma "
        "izskatīju arī to, jo dokumentus sagatavoja tā pati darba grupa, kas mehatronikas kvalifikāciju.",
        "Programmā ir labi aptverti metināšanas procesi (MAG, TIG, rokas loka metināšana), metināšanas rasējumu "
        "lasīšana un šuvju kvalitātes kontrole. Ar prieku redzu, ka iekļauts arī modulis par robotizēto "
        "metināšanu. Programmu atbalstu; to var virzīt saskaņošanai.",
        "Eksāmena saturs kopumā atbilst, taču praktiskajā daļā jānorāda, pēc kura standarta tiek vērtēta šuvju "
        "kvalitāte (LVS EN ISO 5817), un jāparedz vizuālās kontroles protokols. Eksāmenu atbalstu ar šiem "
        "precizējumiem, un pēc to veikšanas to var virzīt saskaņošanai.",
        ("blank",),
        "Valdis Grīnbergs",
        "metālapstrādes nozares eksperts",
        "25.05.2026.",
    ],
    rows=[R("metinātājs", "MIP", "supported", 3), R("metinātājs", "PKE", "needs_corrections", 3)],
    problems=["unknown_qualification"],
    expert="Valdis Grīnbergs", date="2026-05-25", author="Valdis Grīnbergs", created=(2026, 5, 25, 15, 45),
    header=["SIA „Olaines metālkonstrukcijas”"],
    note="Qualification 'metinātājs' is not in the register -> unknown_qualification; LKI 3 taken from the review. "
         "MIP 'atbalstu; var virzīt' = supported; PKE 'atbalstu ar šiem precizējumiem, pēc to veikšanas var "
         "virzīt' = needs_corrections.",
)

# ---------------------------------------------------------------- 14
build(
    "r19a14_Balodis VGK remontatslēdznieks PKE otrā kārta.docx",
    [
        "LDDK projekta koordinatorei",
        ("blank",),
        ("b", "Par VGK iekārtu remontatslēdznieka PKE saturu (atkārtoti)"),
        "Pirmajā kārtā eksāmena saturu vērtēja kolēģis E. Pūce (atzinums 27.03.2026.), kurš to atbalstīja ar "
        "nosacījumu, ka pēc programmas pārstrādes tiks precizēti teorijas jautājumi. Tā kā E. Pūce šobrīd ir "
        "prombūtnē, atkārtoto vērtējumu veicu es.",
        "Skola teorijas jautājumus ir pārskatījusi: pievienoti jautājumi par aukstumaģentu apriti un noplūdes "
        "pārbaudēm, izņemti novecojušie jautājumi par R22 iekārtām. Praktiskais uzdevums (kompresora nomaiņa un "
        "sistēmas vakuumēšana) nav mainīts, un tas arī nebija jādara.",
        "Ņemot vērā iepriekš minēto, ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka PKE saturs "
        "ir atbalstāms un virzāms saskaņošanai. Programmu šajā reizē nevērtēju.",
        ("blank",),
        "Ar cieņu,",
        "Mārtiņš Balodis",
        "Rīgā, 2026. gada 20. maijā",
    ],
    rows=[R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", 3)],
    expert="Mārtiņš Balodis", date="2026-05-20", author="Mārtiņš Balodis", created=(2026, 5, 20, 9, 0),
    note="Second round of one document. History names another expert and another date (E. Pūce, 27.03.2026) – "
         "not the author or date of this review. MIP explicitly not reviewed -> no row.",
)

# ---------------------------------------------------------------- 15 (very short)
build(
    "r19a15_elektromontieris_Lacis.docx",
    [
        "Elektromontieris – MIP un PKE (precizētās versijas)",
        "Izskatīju abus dokumentus pēc skolas labojumiem. Vītola kunga martā norādītie precizējumi eksāmenā ir "
        "izdarīti, programmā izmaiņu gandrīz nav, un tās arī nevajadzēja.",
        "Abus atbalstu, var virzīt saskaņošanai.",
        "I. Lācis, 12.05.2026",
    ],
    rows=[R("elektromontieris", "MIP", "supported", 3), R("elektromontieris", "PKE", "supported", 3)],
    expert="I. Lācis", date="2026-05-12", author="Ivars", created=(2026, 5, 12, 18, 3),
    font=("Calibri", 11),
    note="Very short. 'Abus atbalstu, var virzīt saskaņošanai' covers both documents. Name only as initial + "
         "surname in the text (author property has only a first name) -> 'I. Lācis'.",
)

# ---------------------------------------------------------------- 16 (no verdict)
build(
    "r19a16_Grinbergs_mehatronika_PKE_komentari.docx",
    [
        ("b", "Komentāri par mehatronisko sistēmu tehniķa eksāmena saturu"),
        "Pēc koordinatores lūguma izskatīju precizēto PKE saturu, jo K. Āboliņa šobrīd ir komandējumā. "
        "Manas piezīmes:",
        "1) Teorijas daļā jautājumi par PLC programmēšanu ir labi, bet nav neviena jautājuma par industriālajiem "
        "tīkliem (Profinet, Modbus). Vai tas ir apzināti?",
        "2) Praktiskā uzdevuma aprakstā minēts „mehatroniskais stends”, bet nav aprakstīts, kas tajā ietilpst. "
        "Dažādās skolās stendi ir ļoti atšķirīgi, tāpēc eksāmena grūtības pakāpe var atšķirties.",
        "3) Vērtēšanas kritērijos darba drošībai atvēlēti 10 punkti no 100 – manuprāt, pietiekami.",
        "4) Eksāmena ilgums 8 stundas vienā dienā ir daudz; varbūt sadalīt divās dienās?",
        "Būtu labi šos jautājumus pārrunāt ar darba grupu, pirms lieku galīgo vērtējumu. Varu pieslēgties "
        "attālināti nākamnedēļ jebkurā dienā, izņemot trešdienu.",
        ("blank",),
        "Valdis Grīnbergs",
        "22.04.2026.",
    ],
    rows=[R("mehatronisko sistēmu tehniķis", "PKE", "unknown", 4)],
    problems=["no_verdict"],
    expert="Valdis Grīnbergs", date="2026-04-22", author="Valdis Grīnbergs", created=(2026, 4, 22, 11, 11),
    note="Covers the PKE with remarks and questions but explicitly postpones the verdict ('pirms lieku galīgo "
         "vērtējumu') -> unknown + no_verdict.",
)

# ---------------------------------------------------------------- 17 (conflict)
build(
    "r19a17_Meldere_datorizeto kokapstr operators MIP.docx",
    [
        ("b", "Datorizētu kokapstrādes iekārtu operators – modulārās izglītības programmas ekspertīze"),
        "LKI 4. līmenis. Eksāmena saturu vērtē R. Ošiņš; šis atzinums attiecas tikai uz programmu.",
        ("blank",),
        "Programma sastāv no deviņiem moduļiem, no kuriem pieci ir kopīgi ar kokapstrādes iekārtu operatora "
        "kvalifikāciju. Tas ir saprātīgi un ļauj skolām elastīgi veidot grupas.",
        "B3 „CNC iekārtu programmēšana”. Sasniedzamie rezultāti aprakstīti tikai vienai vadības sistēmai; "
        "jāparedz vismaz divas, jo uzņēmumos iekārtas ir dažādas. Nav minēta parametriskā programmēšana.",
        "B5 „Apstrādes centru apkope”. Modulis faktiski dublē B2 saturu par drošu darbu; apkopes plānošana un "
        "instrumentu uzskaite nav ietverta vispār.",
        "Pārējie moduļi atbilst profesijas standartam, iebildumu nav.",
        ("b", "Secinājumi"),
        "Programmas saturs ir atbalstāms un virzāms saskaņošanai.",
        "Ņemot vērā moduļos B3 un B5 konstatētos trūkumus, programmas saturs nav atbalstāms; tas jāpārstrādā un "
        "jāiesniedz atkārtotai ekspertīzei.",
        ("blank",),
        "Sandra Meldere, 11.02.2026.",
    ],
    rows=[R("datorizētu kokapstrādes iekārtu operators", "MIP", "unknown", 4)],
    problems=["conflict"],
    expert="Sandra Meldere", date="2026-02-11", author="Sandra Meldere", created=(2026, 2, 11, 19, 30),
    note="Two contradictory sentences side by side under the same 'Secinājumi' heading (supported vs "
         "not_supported; a later file r19a30 confirms a leftover draft sentence) -> unknown + conflict. PKE "
         "explicitly reviewed by R. Ošiņš -> no row.",
)

# ---------------------------------------------------------------- 18 (not in register)
build(
    "r19a18_atjaunojamas energetikas tehnikis_Lacis.docx",
    [
        "Ivars Lācis",
        "enerģētikas nozares eksperts",
        "2026. gada 25. martā",
        ("blank",),
        ("b", "Atzinums par kvalifikācijas „Atjaunojamās enerģētikas tehniķis” izglītības programmu un eksāmenu"),
        "Kvalifikācija atbilst LKI 4. līmenim. Dokumentus saņēmu no Agneses Rudzītes 16. martā.",
        "Programma labi aptver saules elektrostaciju projektēšanu, montāžu un pieslēgšanu tīklam, kā arī "
        "akumulācijas sistēmas. Toties siltumsūkņi, kas šobrīd ir viena no pieprasītākajām tehnoloģijām, "
        "programmā minēti tikai vienā teikumā. Prakses vietu prasības ir aprakstītas vispārīgi.",
        "Programmai nepieciešami precizējumi: jāiekļauj siltumsūkņu uzstādīšana un apkope un jāprecizē prakses "
        "vietu prasības. Pēc tam atbalstu tās virzīšanu saskaņošanai.",
        "Eksāmena saturs atbilst programmai un nozares prasībām. To atbalstu un iesaku virzīt saskaņošanai bez "
        "izmaiņām.",
    ],
    rows=[R("atjaunojamās enerģētikas tehniķis", "MIP", "needs_corrections", 4),
          R("atjaunojamās enerģētikas tehniķis", "PKE", "supported", 4)],
    problems=["unknown_qualification"],
    expert="Ivars Lācis", date="2026-03-25", author="Ivars Lācis", created=(2026, 3, 25, 14, 0),
    font=("Calibri", 11),
    note="Name, role and date at the top, no closing. Qualification not in the register (LKI 4 from the text). "
         "MIP: 'nepieciešami precizējumi … Pēc tam atbalstu tās virzīšanu' = needs_corrections ('nepieciešami' "
         "is not a negation). PKE 'atbalstu un iesaku virzīt bez izmaiņām' = supported.",
)

# ---------------------------------------------------------------- 19 (three qualifications, PKE only)
build(
    "r19a19_Sproge_PKE_3 kvalifikacijas.docx",
    [
        "Labdien!",
        "Sūtu savu vērtējumu par trim kokrūpniecības kvalifikāciju eksāmenu saturiem, ko saņēmu aprīļa sākumā. "
        "Programmas šoreiz nevērtēju – to ekspertīze notiek atsevišķi.",
        ("b", "MOTORZĀĢA OPERATORS"),
        "Eksāmens ir praktisks un tuvs reālajam darbam: koka gāšana norādītajā virzienā, atzarošana, "
        "sagarumošana. Drošības prasību vērtēšana ir stingra, un tā tam jābūt. Atbalstu, eksāmena saturu var "
        "virzīt saskaņošanai.",
        ("b", "KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Šo eksāmenu martā neatbalstīju. Labotajā versijā ir iekļauts darbs ar četrpusējo ēvelmašīnu, darba "
        "drošības īpatsvars vērtēšanā palielināts līdz 20 %, svešie jautājumi izņemti. Tagad eksāmena saturs ir "
        "atbalstāms un virzāms saskaņošanai.",
        ("b", "MEŽA MAŠĪNU OPERATORS"),
        "Redzu, ka pēc R. Krūmiņa piezīmēm praktiskajā daļā iekļauts uzdevums uz reālas mašīnas. Tas ir pareizi. "
        "Taču uzdevuma aprakstā nav noteikts, kādu mašīnu (harvesteru vai forvarderi) izmanto, un vērtēšanas "
        "kritēriji ir kopēti no simulatora uzdevuma. Eksāmens ir atbalstāms, bet virzāms saskaņošanai tikai pēc "
        "tam, kad šīs divas lietas būs precizētas.",
        ("blank",),
        "Ineta Sproģe",
        "28.04.2026",
    ],
    rows=[R("motorzāģa operators", "PKE", "supported", 3),
          R("kokapstrādes iekārtu operators", "PKE", "supported", 3),
          R("meža mašīnu operators", "PKE", "needs_corrections", 3)],
    expert="Ineta Sproģe", date="2026-04-28", author="Ineta Sproģe", created=(2026, 4, 28, 16, 20),
    note="Three qualifications under ALL-CAPS headings, PKE only (MIP explicitly not reviewed). History 'martā "
         "neatbalstīju' before the current 'Tagad … atbalstāms un virzāms'. Meža mašīnu: 'atbalstāms, bet "
         "virzāms tikai pēc tam, kad … precizētas' = needs_corrections.",
)

# ---------------------------------------------------------------- 20 (Outlook, English headers)
build(
    "r19a20_VGK sistemu tehnikis MIP_Balodis.docx",
    [
        ("b", "From: Mārtiņš Balodis <martins.balodis@klimatserviss.lv>"),
        "Sent: Thursday, February 19, 2026 9:03 AM",
        "To: Agnese Rudzīte <agnese.rudzite@lddk.lv>",
        "Subject: RE: VGK sistēmu tehniķis - MIP un PKE ekspertīze",
        ("blank",),
        "Sveika, Agnese!",
        "Programmu izskatīju. Kopumā ļoti laba, redzams, ka darba grupā bija cilvēki no nozares. Atbalstu, var "
        "virzīt saskaņošanai.",
        "Tikai viens ieteikums, ne obligāts: modulī „Dzesēšanas un siltumsūkņu iekārtas” 40 stundas liekas par "
        "maz, es iedotu vairāk. Ja skola to nemaina, nekas traks.",
        "PKE vēl skatos, atsūtīšu līdz piektdienai.",
        "Mārtiņš",
        ("rule",),
        ("b", "From: Agnese Rudzīte"),
        "Sent: Monday, February 9, 2026 2:47 PM",
        "To: Mārtiņš Balodis",
        "Subject: VGK sistēmu tehniķis - MIP un PKE ekspertīze",
        ("blank",),
        "Labdien, Mārtiņ!",
        "Pielikumā VGK sistēmu tehniķa MIP un PKE. Atzinumā, lūdzu, katram dokumentam norādi vienu no variantiem: "
        "1) saturs ir atbalstāms un virzāms saskaņošanai; 2) saturs ir atbalstāms, pēc precizējumu veikšanas "
        "virzāms saskaņošanai; 3) saturs nav atbalstāms.",
        "Termiņš – 20. februāris.",
        "Paldies!",
        "Agnese",
    ],
    rows=[R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", 4)],
    expert="Mārtiņš Balodis", date="2026-02-19", author="Agnese Rudzīte", created=(2026, 2, 19, 9, 30),
    font=("Calibri", 11),
    note="Outlook reply with English headers; full name only in the From: line, signature is a first name. MIP "
         "supported with an explicitly optional suggestion. 'PKE vēl skatos' = not yet reviewed -> no PKE row. "
         "Quoted coordinator request lists all three options (not a verdict).",
)

# ---------------------------------------------------------------- 21 (sections inside running text)
build(
    "r19a21_Zarina_elektro MIP janvaris.docx",
    [
        "Labdien, cienījamie kolēģi!",
        "Pēc LDDK lūguma esmu izskatījusi divu enerģētikas kvalifikāciju modulārās izglītības programmas. "
        "Eksāmenu saturi man vēl nav iesniegti, tāpēc šoreiz runa ir tikai par programmām.",
        "Par elektromontiera programmu jāsaka, ka tā diemžēl ir rakstīta, vadoties no pirms desmit gadiem "
        "aktuālām prasībām. Nav ne vārda par viedajiem skaitītājiem, mikroģenerāciju vai elektroauto uzlādes "
        "iekārtām, toties divi moduļi veltīti gaisvadu līniju montāžai uz koka balstiem. Arī stundu sadalījums "
        "starp teoriju un praksi (60:40) neatbilst darba vidē balstītām mācībām. Šādā redakcijā elektromontiera "
        "programmu neatbalstu; tā būtiski jāpārstrādā un jāiesniedz vēlreiz.",
        "Attiecībā uz elektrotehniķa kvalifikāciju situācija ir labāka. Programma ir mūsdienīga, tajā ietverta "
        "gan automatizācija, gan energoefektivitāte. Jāprecizē vien releju aizsardzības tēma, kas šobrīd ir tikai "
        "pieminēta, un automatizācijas moduļa rezultāti. Elektrotehniķa programma ir atbalstāma un pēc šo "
        "precizējumu veikšanas virzāma saskaņošanai.",
        ("blank",),
        "Ar cieņu",
        "Laila Zariņa",
        "SIA „Zemgales elektrotīkli”",
        "Jelgava, 28.01.2026.",
    ],
    rows=[R("elektromontieris", "MIP", "not_supported", 3), R("elektrotehniķis", "MIP", "needs_corrections", 4)],
    expert="Laila Zariņa", date="2026-01-28", author="Laila Zariņa", created=(2026, 1, 28, 12, 0),
    split=True,
    note="Two qualifications, sections only inside running text ('Par elektromontiera programmu…', 'Attiecībā uz "
         "elektrotehniķa…'), genitive forms. MIP only; PKE not yet submitted -> no PKE rows. 'neatbalstu; "
         "jāpārstrādā un jāiesniedz vēlreiz' = not_supported.",
)

# ---------------------------------------------------------------- 22
build(
    "r19a22_Dzenis_mezsaimniecibas tehnikis_PKE.docx",
    [
        ("b", "Mg.silv. Aivars Dzenis"),
        "Meža nozares eksperts",
        ("blank",),
        ("b", "Par mežsaimniecības tehniķa profesionālās kvalifikācijas eksāmena saturu"),
        "Izskatīju darba grupas sagatavoto kvalifikācijas eksāmena saturu mežsaimniecības tehniķa kvalifikācijai "
        "(LKI 4. līmenis). Programmu vērtē S. Meldere.",
        "Eksāmens sastāv no teorētiskās daļas (testa) un praktiskās daļas, kurā eksaminējamais veic meža "
        "nogabala taksāciju, sagatavo cirsmas plānu un novērtē meža atjaunošanas kvalitāti. Šāds uzdevums labi "
        "parāda, vai cilvēks ir gatavs strādāt par meža tehniķi. Teorijas jautājumi aptver meža apsaimniekošanu, "
        "meža nozares normatīvos aktus un darba aizsardzību.",
        "Iebildumu man nav. Atsevišķi jautājumi testā ir formulēti nedaudz neveikli, bet tas ir redakcionāls "
        "sīkums, ko skola var labot pēc saviem ieskatiem.",
        "Noslēgumā: PKE saturs ir atbalstāms bez precizējumiem un virzāms saskaņošanai.",
        ("blank",),
        "Ogre, 2026. gada 10. aprīlis",
        "A. Dzenis",
    ],
    rows=[R("mežsaimniecības tehniķis", "PKE", "supported", 4)],
    expert="Aivars Dzenis", date="2026-04-10", author="Līga Strautiņa", created=(2026, 4, 10, 15, 0),
    note="Academic title in the letterhead (dropped), signature initial+surname -> full name from letterhead. "
         "'atbalstāms bez precizējumiem un virzāms' = supported ('bez precizējumiem' is the opposite of 'pēc "
         "precizējumiem'). MIP explicitly by S. Meldere -> no row.",
)

# ---------------------------------------------------------------- 23
build(
    "r19a23_Ozolina_mebelu galdnieks_MIP_PKE_februaris.docx",
    [
        "Dace Ozoliņa, SIA „Mēbeļu nams Kurzeme” ražošanas tehnoloģe, kokrūpniecības nozares eksperte",
        ("blank",),
        ("cb", "ATZINUMS"),
        ("c", "par mēbeļu galdnieka (LKI 4. līmenis) modulārās izglītības programmas un profesionālās "
              "kvalifikācijas eksāmena saturu"),
        ("blank",),
        "Vērtēju darba grupas 2026. gada 2. februārī iesniegtos dokumentus, salīdzinot tos ar mēbeļu galdnieka "
        "profesijas standartu un ar to, ko mūsu uzņēmums sagaida no jauna darbinieka.",
        ("b", "I. Programma"),
        "Programmā dominē mēbeļu izgatavošana ar rokas instrumentiem. Darbs ar CNC apstrādes centriem, kas "
        "mūsdienu mēbeļu ražotnē ir pamats, ir iekļauts tikai kā izvēles modulis. Nav moduļa par apdares "
        "materiāliem un virsmu apstrādi, savukārt trīs moduļu sasniedzamie rezultāti dublējas. Programmas saturs "
        "šobrīd nav pilnībā atbalstāms – programma jāpārstrādā un pēc tam jāiesniedz atkārtotai ekspertīzei.",
        ("b", "II. Eksāmens"),
        "Praktiskais uzdevums – taburetes izgatavošana – neatbilst 4. līmeņa kvalifikācijai un neprasa ne "
        "rasējuma lasīšanu, ne iekārtu iestatīšanu. Vērtēšanas kritēriji nav saistīti ar moduļu rezultātiem. "
        "PKE saturs nav atbalstāms.",
        "Saprotu, ka darba grupai tas nozīmē papildu darbu, bet esmu gatava piedalīties konsultācijā. Darba "
        "grupas gatavība sadarboties ir ļoti pozitīva, un LDDK šādu sadarbību noteikti atbalstīs.",
        ("blank",),
        "Kuldīgā, 16.02.2026.",
    ],
    rows=[R("mēbeļu galdnieks", "MIP", "not_supported", 4), R("mēbeļu galdnieks", "PKE", "not_supported", 4)],
    expert="Dace Ozoliņa", date="2026-02-16", author="Dace Ozoliņa", created=(2026, 2, 16, 17, 50),
    note="Name+role+company in one line at the top, no signature. Roman-numbered sections. 'nav pilnībā "
         "atbalstāms – jāpārstrādā un jāiesniedz atkārtotai ekspertīzei' = not_supported (new review needed). "
         "Closing 'LDDK šādu sadarbību atbalstīs' is a plain verb about cooperation.",
)

# ---------------------------------------------------------------- 24 (reused file, tracked changes)
build(
    "r19a24_Liepins_motorzaga operators_MIP_v2 (izsekotas izmainas).docx",
    [
        ("r", "Latvijas Darba devēju konfederācijai"),
        ("r", "projekta koordinatorei Līgai Strautiņai"),
        ("blank",),
        ("cb", "Par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības programmas saturu"),
        ("blank",),
        ("seg", [("Atkārtota izskatīšana: skola 2026. gada 28. aprīlī iesniedza precizēto programmu. Zemāk "
                  "februāra piezīmes ar atzīmēm par to izpildi.", "ins")]),
        "Saskaņā ar LDDK deleģējumu esmu izskatījis profesionālās izglītības iestāžu darba grupas sagatavoto "
        "modulārās izglītības programmas projektu kvalifikācijai „Motorzāģa operators” (LKI 3. līmenis). "
        "Eksāmena saturu vērtē cits nozares eksperts.",
        ("seg", [("Modulis „Motorzāģa uzbūve un tehniskā apkope”. Ķēdes asināšanai paredzētas tikai 6 stundas; "
                  "stundu skaits jāpalielina.", ""),
                 (" Izpildīts – tagad 12 stundas.", "ins")]),
        ("seg", [("Modulis „Koku gāšana un atzarošana”. Bīstamo koku gāšana jāizdala atsevišķā rezultātā.", ""),
                 (" Izpildīts, pievienota arī praktiskā vērtēšana.", "ins")]),
        ("b", "Slēdziens"),
        ("seg", [("Programmas saturs ir atbalstāms", ""),
                 ("; pēc precizējumu veikšanas (sk. piezīmes par 2. un 3. moduli) virzāms saskaņošanai.", "del"),
                 (" un virzāms saskaņošanai. Visi februārī norādītie precizējumi ir veikti.", "ins")]),
        ("blank",),
        "Ar cieņu",
        "Andris Liepiņš",
        "SIA „Vidzemes meža darbi”, meža darbu vadītājs",
        ("seg", [("Jelgavā, ", ""), ("2026. gada 9. februārī", "del"), ("2026. gada 5. maijā", "ins")]),
    ],
    rows=[R("motorzāģa operators", "MIP", "supported", 3)],
    expert="Andris Liepiņš", date="2026-05-05", author="Andris Liepiņš", created=(2026, 2, 9, 14, 20),
    track=("Andris Liepiņš", "2026-05-05T09:30:00Z"),
    note="The expert reused his February letter (file created in February) with track changes on: the old "
         "needs-corrections wording and the old date are inside w:del, the new wording 'un virzāms "
         "saskaņošanai' and date 5 May are inside w:ins -> supported, 2026-05-05.",
)

# ---------------------------------------------------------------- 25 (strike-through of non-chosen options)
build(
    "r19a25_koka izstr. raz. tehnikis_Steinberga_marts.docx",
    [
        ("b", "Koka izstrādājumu ražošanas tehniķis"),
        "Eksperta atzinums, 2026. gada 20. marts",
        "Baiba Šteinberga, kokrūpniecības nozares eksperte",
        ("blank",),
        "Programma kopumā atspoguļo tehniķa darba pienākumus: ražošanas procesa organizēšanu, iekārtu "
        "noslodzes plānošanu, kvalitātes kontroli. Pietrūkst darba ar ražošanas datiem un izmaksu aprēķina – "
        "moduļos „Ražošanas plānošana” un „Kvalitātes vadība” tas jāpapildina. Prakses apjoms ir pietiekams.",
        "Eksāmens. Uzdevumi vairāk atbilst iekārtu operatora līmenim (detaļas izgatavošana pēc rasējuma). "
        "Tehniķim būtu jāplāno process, jāaprēķina materiālu patēriņš, jāsastāda kvalitātes kontroles plāns. "
        "Eksāmens jāveido no jauna.",
        ("blank",),
        ("i", "Slēdziens pēc koordinatores piedāvātā formulējuma (nevajadzīgo svītroju):"),
        ("b", "MIP saturs"),
        ("seg", [("ir atbalstāms un virzāms saskaņošanai", "s")]),
        ("seg", [("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "")]),
        ("seg", [("nav atbalstāms", "s")]),
        ("b", "PKE saturs"),
        ("seg", [("ir atbalstāms un virzāms saskaņošanai", "s")]),
        ("seg", [("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s")]),
        ("seg", [("nav atbalstāms", "")]),
    ],
    rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", 4),
          R("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported", 4)],
    expert="Baiba Šteinberga", date="2026-03-20", author="Baiba Šteinberga", created=(2026, 3, 20, 10, 0),
    note="Prose review ending with the coordinator's three options per document, non-chosen ones struck through "
         "('nevajadzīgo svītroju'). The unstruck option counts. Consistent with the history in r19a12.",
)

# ---------------------------------------------------------------- 26 (Gmail reply, Latvian UI)
build(
    "r19a26_Re_ Buvizstradajumu galdnieks - MIP, PKE.docx",
    [
        ("b", "Normunds Kalējs <normunds.kalejs@inbox.lv>"),
        "2026. gada 9. jūn. 08:31",
        "kam: man",
        ("blank",),
        "Labdien, Līga!",
        "Paldies, ka atsūtījāt būvizstrādājumu galdnieka dokumentus. Biju gaidījis, ka būs jāraksta garš "
        "atzinums, bet šoreiz nav par ko. Dace Ozoliņa maijā jau bija norādījusi uz eksāmena trūkumiem, un skola "
        "tos ir novērsusi – pielaides ir, dubultie jautājumi izņemti.",
        "Programmu un eksāmenu atbalstu un iesaku abus virzīt saskaņošanai. Nekādi precizējumi vairs nav "
        "vajadzīgi.",
        ("blank",),
        "Ar cieņu,",
        "Normunds Kalējs",
        "SIA „Koka logi Vidzeme”, valdes loceklis",
        ("blank",),
        "pirmd., 2026. gada 8. jūn. 16:02, lietotājs Līga Strautiņa (<liga.strautina@lddk.lv>) rakstīja:",
        ("q", "> Labdien, Normund!"),
        ("q", "> Tā kā Dace ir atvaļinājumā, lūdzu Jūs izskatīt būvizstrādājumu galdnieka MIP un PKE galīgo "
              "versiju. Maijā PKE bija atbalstāms pēc precizējumu veikšanas, MIP – bez precizējumiem."),
        ("q", "> Līga"),
    ],
    rows=[R("būvizstrādājumu galdnieks", "MIP", "supported", 4),
          R("būvizstrādājumu galdnieks", "PKE", "supported", 4)],
    expert="Normunds Kalējs", date="2026-06-09", author="Līga Strautiņa", created=(2026, 6, 9, 9, 0),
    font=("Arial", 10),
    note="Gmail reply with Latvian interface ('lietotājs … rakstīja:') and a '>'-quoted coordinator message that "
         "restates May verdicts (history). Another expert (D. Ozoliņa) mentioned in the body. Current: both "
         "supported.",
)

# ---------------------------------------------------------------- 27 (four energy qualifications)
build(
    "r19a27_Vītols_enerģētika 4 kvalifikācijas_galīgais.docx",
    [
        ("cb", "Eksperta atzinums par enerģētikas nozares kvalifikāciju MIP un PKE galīgajām redakcijām"),
        ("r", "Rīgā, 2026. gada 17. jūnijā"),
        ("blank",),
        "Projekta 5. posma noslēgumā man tika lūgts izskatīt četru enerģētikas kvalifikāciju programmu un "
        "eksāmenu galīgās redakcijas, kurās ņemtas vērā visu iesaistīto ekspertu iepriekšējās piezīmes. Zemāk – "
        "vērtējums par katru kvalifikāciju atsevišķi.",
        ("b", "a) Elektromontieris (LKI 3)"),
        "Programma nav mainījusies kopš maija, kad to izskatīja I. Lācis. Eksāmena saturā precizēti mērinstrumentu "
        "saraksti. Abus dokumentus atbalstu, un tos var virzīt saskaņošanai.",
        ("b", "b) Elektrotehniķis (LKI 4)"),
        "Eksāmena saturs ir labs, to atbalstu un iesaku virzīt saskaņošanai. Programmā joprojām nav pārformulēti "
        "moduļa „Elektroapgādes sistēmas” rezultāti, par ko maijā rakstīja L. Zariņa. Programma ir atbalstāma, "
        "taču saskaņošanai virzāma tikai pēc šī precizējuma.",
        ("b", "c) Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)"),
        "Pārstrādātajā programmā beidzot ir aukstumaģentu apstrādes modulis. Tomēr tam paredzētas tikai 24 "
        "stundas, bet sertifikācijas prasību izpildei vajag vismaz 40; stundu skaits jāpalielina, pirms "
        "programmu virza saskaņošanai. Ar šo nosacījumu programmu atbalstu. Eksāmena saturu, kas maijā jau tika "
        "atbalstīts, atkārtoti pārbaudīju – tas atbilst pārstrādātajai programmai, atbalstu to, un tas ir "
        "virzāms saskaņošanai.",
        ("b", "d) VGK sistēmu tehniķis (LKI 4)"),
        "Programma tika atbalstīta jau februārī, un kopš tā laika tajā nekas nav mainīts; arī es to atbalstu un "
        "iesaku virzīt saskaņošanai. Eksāmenā iekļauts palaišanas–regulēšanas protokols, kā ieteica E. Pūce, "
        "taču protokola veidlapa pielikumā nav pievienota. Eksāmena saturs atbalstāms, pēc veidlapas "
        "pievienošanas – virzāms saskaņošanai.",
        ("blank",),
        "Kopumā darba grupu paveiktais vērtējams atzinīgi.",
        ("blank",),
        "G. Vītols",
    ],
    rows=[
        R("elektromontieris", "MIP", "supported", 3),
        R("elektromontieris", "PKE", "supported", 3),
        R("elektrotehniķis", "MIP", "needs_corrections", 4),
        R("elektrotehniķis", "PKE", "supported", 4),
        R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", 3),
        R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", 3),
        R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", 4),
        R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", 4),
    ],
    expert="Gatis Vītols", date="2026-06-17", author="Gatis Vītols", created=(2026, 6, 17, 8, 5),
    header=["Gatis Vītols · enerģētikas nozares eksperts · AS „Baltijas elektrotīkli”"],
    footer=["Atzinums sagatavots ESF+ projekta 4.2.2.9. pasākuma ietvaros"],
    note="Four qualifications under lettered headings (one full VGK name, one alias). Each paragraph mixes "
         "history ('maijā jau tika atbalstīts', 'tika atbalstīta jau februārī') with the current verdict; "
         "verdicts in various orders (PKE before MIP in b). Condition before the verdict in c) MIP. Full name "
         "only in the page header; signature 'G. Vītols'.",
)

# ---------------------------------------------------------------- 28 ("attiecas tikai uz")
build(
    "r19a28_Vitols_elektrotehnikis_PKE.docx",
    [
        "Gatis Vītols",
        "enerģētikas nozares eksperts",
        ("blank",),
        ("b", "Atzinums par eksāmena saturu"),
        "Šis atzinums attiecas tikai uz elektrotehniķa profesionālās kvalifikācijas eksāmena saturu. "
        "Elektromontiera dokumentus esmu vērtējis atsevišķi (atzinums 03.03.2026.), bet elektrotehniķa programmu "
        "vērtē L. Zariņa.",
        "Eksāmena teorētiskā daļa ir labi strukturēta. Praktiskajā daļā ir divi varianti: A – apgaismojuma "
        "vadības sistēmas montāža un regulēšana, B – releju aizsardzības pārbaude. B variantā nav norādīts, ar "
        "kāda tipa iekārtu eksaminējamais strādās, un vērtēšanas kritēriji ir tikai trīs.",
        "Eksāmena saturu atbalstu ar nosacījumu, ka praktiskā uzdevuma B variantā tiks norādīts konkrēts releju "
        "aizsardzības iekārtas tips un papildināti vērtēšanas kritēriji. Kad tas būs izdarīts, eksāmenu var "
        "virzīt saskaņošanai.",
        ("blank",),
        "Ar cieņu",
        "G. Vītols",
        "30.03.2026",
    ],
    rows=[R("elektrotehniķis", "PKE", "needs_corrections", 4)],
    expert="Gatis Vītols", date="2026-03-30", author="Gatis Vītols", created=(2026, 3, 30, 13, 40),
    note="'Šis atzinums attiecas tikai uz … eksāmena saturu'; elektromontieris (reviewed earlier, date in text) "
         "and the elektrotehniķis MIP (other expert) get no row. 'atbalstu ar nosacījumu, ka …' = needs_corrections.",
)

# ---------------------------------------------------------------- 29 (register + unknown qualification)
build(
    "r19a29_Abolina_mehatronika un CNC operators_MIP.docx",
    [
        ("b", "Par divu mašīnbūves kvalifikāciju modulārajām izglītības programmām"),
        ("blank",),
        "Šoreiz vērtēju tikai programmas; eksāmenu saturi tiks iesniegti jūlijā.",
        ("b", "1. Mehatronisko sistēmu tehniķis"),
        "Martā programmu atbalstīju ar precizējumiem (pneimatikas un hidraulikas praktisko darbu nodrošinājums, "
        "mašīnredzes pamati). Skola abus jautājumus ir atrisinājusi: daļa praktisko darbu pārcelta uz darba "
        "vidē balstītām mācībām, un sensoru modulī pievienots rezultāts par mašīnredzi. Programma ir atbalstāma un "
        "virzāma saskaņošanai.",
        ("b", "2. Ciparu vadības metālapstrādes iekārtu operators"),
        "Šī kvalifikācija ir jauna un nav iekļauta sākotnējā ekspertīžu sarakstā. Programma veidota pēc tāda paša "
        "principa kā mehatronikai, moduļi par CNC virpošanu un frēzēšanu ir labi. Jāprecizē mērīšanas moduļa "
        "saturs (koordinātu mērmašīna minēta tikai nosaukumā) un jāsaskaņo stundu skaits ar LKI līmeni. "
        "Programmu atbalstu, bet saskaņošanai to var virzīt tikai pēc šiem precizējumiem.",
        ("blank",),
        "Dr. sc. ing. K. Āboliņa",
        "15.06.2026.",
    ],
    rows=[R("mehatronisko sistēmu tehniķis", "MIP", "supported", 4),
          R("ciparu vadības metālapstrādes iekārtu operators", "MIP", "needs_corrections", "")],
    problems=["unknown_qualification"],
    expert="K. Āboliņa", date="2026-06-15", author="Kristīne Āboliņa", created=(2026, 6, 15, 11, 25),
    note="Numbered sections; second qualification not in the register and its level not stated in the text "
         "(only 'saskaņot ar LKI līmeni') -> lki empty, unknown_qualification. Signature with title and initial -> "
         "'K. Āboliņa' (full name only in metadata). PKE explicitly later -> no PKE rows.",
)

# ---------------------------------------------------------------- 30 (three wood-industry qualifications)
build(
    "r19a30_Meldere_kokrupnieciba_maijs.docx",
    [
        ("b", "Kokrūpniecības nozares eksperta atzinums"),
        "Sandra Meldere",
        "2026. gada 27. maijs",
        ("blank",),
        "Pēc koordinatores lūguma izskatīju trīs kokrūpniecības kvalifikāciju dokumentu precizētās versijas. "
        "Katru kvalifikāciju vērtēju atsevišķi.",
        ("b", "Kvalifikācija: datorizētu kokapstrādes iekārtu operators"),
        "Februārī manā atzinumā par šo programmu bija pretrunīgs slēdziens, par ko atvainojos – tajā palika "
        "neizdzēsts teikums no darba versijas. Precizētajā programmā moduļi B3 un B5 ir pārstrādāti. Neskatoties "
        "uz to, ka B5 modulī vēl nepieciešami daži redakcionāli labojumi (skola tos var veikt pēc saviem "
        "ieskatiem), pret programmu man iebildumu nav – tā ir atbalstāma un virzāma saskaņošanai.",
        "Eksāmena saturu (janvārī to atbalstīja R. Ošiņš) darba grupa ir papildinājusi ar 5 asu apstrādes "
        "uzdevumu, bet jaunajam uzdevumam nav vērtēšanas kritēriju. PKE atbalstu ar precizējumiem – kritēriji "
        "jāizstrādā pirms virzīšanas saskaņošanai.",
        ("b", "Kvalifikācija: kokapstrādes iekārtu operators"),
        "Skola programmā veikusi izmaiņas, kuras neviens nebija prasījis: prakses apjoms uzņēmumā samazināts no "
        "640 uz 480 stundām. Tas jāatjauno. MIP atbalstāma, pēc precizējumu veikšanas virzāma saskaņošanai.",
        "Eksāmena saturs ir tāds pats, kādu aprīlī atbalstīja I. Sproģe; es viņai piekrītu – atbalstāms un "
        "virzāms saskaņošanai.",
        ("b", "Kvalifikācija: meža mašīnu operators"),
        "MIP: 4. modulis papildināts ar ražības datu apstrādi, kā prasīja R. Krūmiņš. Atbalstu, virzāma "
        "saskaņošanai.",
        "PKE: uzdevumā tagad norādīts, ka izmanto forvarderi, vērtēšanas kritēriji pārstrādāti. Atbalstu bez "
        "precizējumiem, virzāms saskaņošanai.",
    ],
    rows=[
        R("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", 4),
        R("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", 4),
        R("kokapstrādes iekārtu operators", "MIP", "needs_corrections", 3),
        R("kokapstrādes iekārtu operators", "PKE", "supported", 3),
        R("meža mašīnu operators", "MIP", "supported", 3),
        R("meža mašīnu operators", "PKE", "supported", 3),
    ],
    expert="Sandra Meldere", date="2026-05-27", author="Sandra Meldere", created=(2026, 5, 27, 20, 15),
    split=True,
    note="Three qualifications under 'Kvalifikācija:' labels; name and date under the title, no closing. Traps: "
         "'Neskatoties', 'nepieciešami' (no negation), 'iebildumu nav' (positive), other experts' earlier verdicts "
         "('janvārī to atbalstīja R. Ošiņš', 'aprīlī atbalstīja I. Sproģe') as history. Optional editorial fixes "
         "-> supported.",
)

# ---------------------------------------------------------------- 31 (no name, no date)
build(
    "r19a31_VGK remontatslēdznieka MIP atzinums.docx",
    [
        ("b", "Atzinums par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka modulāro izglītības "
              "programmu"),
        ("blank",),
        "Izskatīta pārstrādātā programmas redakcija, kas iesniegta pēc marta ekspertīzes.",
        "Programmā pievienots modulis par aukstumaģentu apstrādi, un iekārtu elektriskās daļas modulis ir "
        "būtiski pilnveidots – tagad tajā ir gan shēmu lasīšana, gan vadības bloku diagnostika. Moduļu secība ir "
        "loģiska.",
        "Aukstumaģentu modulim paredzētas tikai 24 stundas. Ar to nepietiek, lai audzēknis sagatavotos "
        "sertifikācijai.",
        "Pārstrādātā programma ir atbalstāma. Lai to virzītu saskaņošanai, jāpalielina aukstumaģentu moduļa "
        "apjoms līdz vismaz 40 stundām.",
    ],
    rows=[R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", 3)],
    expert="", date="", author="Agnese Rudzīte", created=(2026, 5, 4, 8, 50),
    note="Anonymous and undated review (no signature, no date in the text; only the coordinator as file author) "
         "-> expert and date empty; LKI from the register. 'atbalstāma. Lai to virzītu saskaņošanai, "
         "jāpalielina…' = needs_corrections.",
)

# ---------------------------------------------------------------- 32 (short, no diacritics)
build(
    "r19a32_meza masinu op_atzinums RK.docx",
    [
        "Meza masinu operators - MIP un PKE, otra versija",
        ("blank",),
        "Paskatijos labotos failus.",
        "MIP: 4. modulis papildinats ar razibas datiem, labi. Bet 6. modulis (forvardera vadiba) joprojam bez "
        "apkopes dalas, japapildina.",
        "PKE: realas masinas uzdevums ir ielikts, paldies. Tikai nav pateikts, vai harvesters vai forvarderis. "
        "Vertesanas kriteriji kopeti no simulatora.",
        "Abus atbalstu ar precizejumiem (skat. augstak), pec tam var virzit saskanosanai. Atkartoti man nav "
        "jaskata.",
        ("blank",),
        "R. Krumins",
        "15.04.2026",
    ],
    rows=[R("meža mašīnu operators", "MIP", "needs_corrections", 3),
          R("meža mašīnu operators", "PKE", "needs_corrections", 3)],
    expert="R. Krumins", date="2026-04-15", author="", created=(2026, 4, 15, 22, 10),
    font=("Calibri", 11),
    note="Short, typed without diacritics, qualification name without diacritics. 'Abus atbalstu ar precizejumiem, "
         "pec tam var virzit' = needs_corrections for both. Expert as written (no diacritics).",
)

# =====================================================================================
# NON-REVIEWS
# =====================================================================================

# ---------------------------------------------------------------- 33 minutes
build(
    "r19a33_Protokols_ekspertu sanaksme_12.03.2026.docx",
    [
        ("cb", "Nozaru ekspertu darba sanāksmes"),
        ("cb", "PROTOKOLS Nr. 2"),
        ("blank",),
        "Rīgā, 2026. gada 12. martā, tiešsaistē (MS Teams)",
        "Sanāksmi vada: L. Strautiņa (LDDK)",
        "Piedalās: A. Rudzīte (LDDK); eksperti A. Liepiņš, D. Ozoliņa, G. Vītols, E. Pūce, K. Āboliņa, I. Sproģe, "
        "R. Krūmiņš, S. Meldere.",
        ("b", "Darba kārtība"),
        ("ln", "Informācija par MIP un PKE ekspertīžu gaitu projekta 4. posmā."),
        ("ln", "Vienota atzinumu slēdziena formulējuma lietošana."),
        ("ln", "Dažādi."),
        ("b", "1. Informācija par ekspertīžu gaitu"),
        "L. Strautiņa informēja, ka līdz 12. martam saņemti 14 ekspertu atzinumi. Motorzāģa operatora un "
        "mežsaimniecības tehniķa dokumentu ekspertīze tuvojas noslēgumam; mehatronisko sistēmu tehniķa MIP un "
        "PKE atzinums gaidāms nedēļas laikā. Mēbeļu galdnieka un elektromontiera dokumentus skolas pārstrādā pēc "
        "ekspertu piezīmēm.",
        "R. Krūmiņš norādīja, ka nozares uzņēmumi atbalsta simulatoru izmantošanu mācībās, taču eksāmenā tie "
        "nevar aizstāt darbu uz reālas tehnikas.",
        ("b", "2. Atzinumu slēdziena formulējums"),
        "A. Rudzīte atgādināja, ka atzinuma slēdzienā katram dokumentam jānorāda viens no trim formulējumiem: "
        "„saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas "
        "virzāms saskaņošanai” vai „saturs nav atbalstāms”. G. Vītols ierosināja atzinumos vienmēr norādīt arī "
        "kvalifikācijas LKI līmeni. D. Ozoliņa vērsa uzmanību, ka daļa skolu atkārtotai ekspertīzei iesniedz "
        "dokumentus bez izmaiņu saraksta.",
        ("b", "NOLĒMA:"),
        ("li", "atbalstīt G. Vītola priekšlikumu atzinumos norādīt kvalifikācijas LKI līmeni;"),
        ("li", "lūgt skolām atkārtotai ekspertīzei pievienot veikto izmaiņu sarakstu;"),
        ("li", "nākamo sanāksmi sasaukt 2026. gada aprīļa beigās."),
        ("b", "3. Dažādi"),
        "K. Āboliņa informēja par VISC metodisko atbalstu skolu darba grupām.",
        ("blank",),
        "Protokolēja: A. Rudzīte",
        "Sanāksmes vadītāja: L. Strautiņa",
    ],
    problems=["no_verdict"],
    author="Agnese Rudzīte", created=(2026, 3, 13, 10, 0),
    note="NOT a review: meeting minutes. Lists all three verdict formulas, 'NOLĒMA: atbalstīt … priekšlikumu', "
         "'uzņēmumi atbalsta', 'metodisko atbalstu', names experts and qualifications. No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 34 coordinator's letter with assignments
build(
    "r19a34_Vestule ekspertiem_5.posms_uzdevumi.docx",
    [
        ("cb", "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA"),
        ("rule",),
        "Rīgā, 01.04.2026. Nr. 2-7/118",
        "Nozaru ekspertiem (pēc saraksta)",
        ("blank",),
        ("b", "Par MIP un PKE satura ekspertīzi projekta 5. posmā"),
        "Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa "
        "4.2.2.9. pasākuma projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) turpinām modulāro izglītības "
        "programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzi.",
        "Lūdzam līdz norādītajiem termiņiem izvērtēt Jums nosūtītos dokumentus un atzinuma slēdzienā katram "
        "dokumentam norādīt, vai tā saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms un virzāms "
        "saskaņošanai pēc precizējumu veikšanas vai nav atbalstāms. Ja dokuments iepriekšējā kārtā netika "
        "atbalstīts, lūdzam atzinumā īsi norādīt, kuras piezīmes ir ņemtas vērā.",
        ("table", [
            ["Kvalifikācija", "Dokuments", "Eksperts", "Termiņš"],
            ["Mēbeļu galdnieks", "PKE (atkārtoti)", "D. Ozoliņa", "17.04.2026."],
            ["Mežsaimniecības tehniķis", "MIP (atkārtoti)", "S. Meldere", "10.04.2026."],
            ["Mežsaimniecības tehniķis", "PKE", "A. Dzenis", "10.04.2026."],
            ["Motorzāģa operators, kokapstrādes iekārtu operators, meža mašīnu operators", "PKE", "I. Sproģe",
             "30.04.2026."],
            ["Mehatronisko sistēmu tehniķis", "PKE (atkārtoti)", "V. Grīnbergs", "24.04.2026."],
            ["VGK iekārtu remontatslēdznieks", "PKE (atkārtoti)", "M. Balodis", "22.05.2026."],
        ]),
        ("blank",),
        "Atzinumus, lūdzu, sūtiet uz e-pastu liga.strautina@lddk.lv. Jautājumu gadījumā sazinieties ar projekta "
        "koordinatori.",
        ("blank",),
        "Ar cieņu",
        "projekta koordinatore Līga Strautiņa",
    ],
    problems=["no_verdict"],
    author="Līga Strautiņa", created=(2026, 4, 1, 9, 15),
    note="NOT a review: coordinator's call/assignment letter with a table qualification-document-expert-deadline, "
         "the 'specifiskā atbalsta mērķa' phrase, all verdict options and 'netika atbalstīts' history wording. "
         "No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 35 news item
build(
    "r19a35_LDDK zinas_nozaru eksperti programmas.docx",
    [
        ("h1", "Nozaru eksperti palīdz veidot mūsdienīgas profesionālās izglītības programmas"),
        ("i", "Publicēts 2026. gada 7. aprīlī"),
        "Šogad jau trīspadsmit enerģētikas, kokrūpniecības un mašīnbūves nozares eksperti, ko projektā deleģējusi "
        "Latvijas Darba devēju konfederācija, vērtē profesionālās izglītības iestāžu sagatavotās modulārās "
        "izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.",
        "„Mēs skatāmies uz dokumentiem ar darba devēja acīm – vai jaunietis pēc šīs programmas varēs strādāt mūsu "
        "ražotnē,” stāsta mēbeļu ražotāja tehnoloģe Dace Ozoliņa. „Nozares uzņēmumi atbalsta skolu centienus, bet "
        "ne vienmēr programmas pirmā versija ir tāda, ko varam uzreiz atbalstīt. Tad dodam piezīmes, un skolas tās "
        "ņem vērā.”",
        "Līdz marta beigām ekspertīze pabeigta trim kvalifikācijām, bet vēl desmit kvalifikāciju dokumenti ir "
        "darbā. Piemēram, motorzāģa operatora programmu eksperts atbalstīja ar nosacījumu, ka skola to vēl "
        "precizēs, un pēc tam to paredzēts virzīt saskaņošanai valsts izglītības satura centrā.",
        "Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta "
        "mērķa finansējumu. Nākamajā posmā LDDK plāno aktīvāk iesaistīt uzņēmumu kopas un klāsterus mācību "
        "prakšu pilnveidē.",
        ("i", "Informāciju sagatavoja LDDK komunikācijas nodaļa"),
    ],
    problems=["no_verdict"],
    author="", created=(2026, 4, 7, 12, 30),
    note="NOT a review: website news item quoting an expert ('ko varam uzreiz atbalstīt', 'uzņēmumi atbalsta') "
         "and reporting in passing that an unnamed expert supported the motorzāģa operators programme with a condition (news restatement, not a review). No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 36 school cover letter
build(
    "r19a36_Skolas pavadvestule_precizetie dokumenti.docx",
    [
        ("cb", "Profesionālās izglītības kompetences centrs „Vidzemes meža tehnikums”"),
        ("c", "Meža iela 1, Smiltene, e-pasts: kanceleja@vmt.edu.lv"),
        ("rule",),
        "02.04.2026. Nr. 1-12/45",
        "Latvijas Darba devēju konfederācijai",
        "projekta koordinatorei L. Strautiņai",
        ("blank",),
        ("b", "Par precizētās programmas iesniegšanu atkārtotai ekspertīzei"),
        "Pamatojoties uz nozares ekspertes S. Melderes 2026. gada janvāra atzinumu, kurā mežsaimniecības tehniķa "
        "modulārās izglītības programmas saturs netika atbalstīts, darba grupa ir pārstrādājusi programmu: "
        "pievienots modulis „Meža inventarizācija un taksācija”, prakses apjoms palielināts līdz 8 nedēļām, "
        "ģeogrāfiskās informācijas sistēmu tēma iekļauta 4. modulī.",
        "Iesniedzam precizēto programmu un lūdzam veikt tās atkārtotu ekspertīzi, kā arī informēt, vai tās "
        "saturs tagad ir atbalstāms un virzāms saskaņošanai. Eksāmena saturs iepriekš netika mainīts un "
        "atkārtoti netiek iesniegts.",
        "Pielikumā: 1) precizētā MIP (docx, 48 lpp.); 2) izmaiņu saraksts (1 lpp.).",
        ("blank",),
        "Direktore                                                    Inga Jaunzeme",
        ("blank",),
        ("i", "Dokuments parakstīts ar drošu elektronisko parakstu un satur laika zīmogu"),
    ],
    problems=["no_verdict"],
    author="lietvede", created=(2026, 4, 2, 10, 40),
    note="NOT a review: a school's cover letter asking for a re-review; mentions the earlier verdict "
         "('netika atbalstīts') and asks whether the content 'ir atbalstāms un virzāms'. No rows; one no_verdict.",
)

write_outputs()
