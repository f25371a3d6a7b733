# -*- coding: utf-8 -*-
"""Builds the r13a blind evaluation set (free-prose expert reviews, letters, memos, pasted e-mails).

Run:  /work/hvenv/bin/python build.py
Each build(...) call keeps the gold rows and problem codes of one file next to its content.

Inline mini-markup inside paragraph strings:
  **bold**   ~~strike~~   {+inserted (tracked)+}   {-deleted (tracked)-}   ¦ = split the word into two runs
"""
import csv
import datetime
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13a"

REGISTER = {
    "motorzāģa operators": 3,
    "mežsaimniecības tehniķis": 4,
    "kokapstrādes iekārtu operators": 3,
    "datorizētu kokapstrādes iekārtu operators": 4,
    "koka izstrādājumu ražošanas tehniķis": 4,
    "mēbeļu galdnieks": 4,
    "būvizstrādājumu galdnieks": 4,
    "meža mašīnu operators": 3,
    "elektromontieris": 3,
    "elektrotehniķis": 4,
    "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks": 3,
    "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis": 4,
    "mehatronisko sistēmu tehniķis": 4,
}
VERDICTS = {"supported", "needs_corrections", "not_supported", "unknown"}
CODES = {"no_verdict", "unknown_qualification", "conflict"}

GOLD = []      # (file, qualification, document, verdict, expert, date, lki)
PROBS = []     # (file, code)
NOTES = []     # (file, note)
BUILT = []

_TOK = re.compile(r"(\*\*|~~|\{\+|\+\}|\{-|-\}|¦)")
_ID = [900]


def _next_id():
    _ID[0] += 1
    return str(_ID[0])


def add_runs(p, text, italic=False, size=None, font=None, track=("Eksperts", "2026-04-01T10:00:00Z")):
    bold = strike = False
    mode = None
    for part in _TOK.split(text):
        if part == "**":
            bold = not bold
            continue
        if part == "~~":
            strike = not strike
            continue
        if part == "{+":
            mode = "ins"
            continue
        if part == "{-":
            mode = "del"
            continue
        if part in ("+}", "-}"):
            mode = None
            continue
        if part in ("¦", ""):
            continue
        r = p.add_run(part)
        if bold:
            r.bold = True
        if strike:
            r.font.strike = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
        if mode:
            w = OxmlElement("w:" + mode)
            w.set(qn("w:id"), _next_id())
            w.set(qn("w:author"), track[0])
            w.set(qn("w:date"), track[1])
            r._r.addprevious(w)
            w.append(r._r)
            if mode == "del":
                for t in r._r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
    return p


def add_block(doc, b, track):
    if isinstance(b, str):
        return add_runs(doc.add_paragraph(), b, track=track)
    kind = b[0]
    if kind == "t":          # title: bold, centred, larger
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, "**" + b[1] + "**", size=14, track=track)
    elif kind == "c":        # centred
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_runs(p, b[1], track=track)
    elif kind == "r":        # right aligned
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_runs(p, b[1], track=track)
    elif kind == "h":        # bold paragraph used as a heading
        add_runs(doc.add_paragraph(), "**" + b[1] + "**", track=track)
    elif kind == "H":        # real Word heading style
        p = doc.add_paragraph(style="Heading %d" % (b[2] if len(b) > 2 else 2))
        add_runs(p, b[1], track=track)
    elif kind == "li":
        add_runs(doc.add_paragraph(style="List Bullet"), b[1], track=track)
    elif kind == "ln":
        add_runs(doc.add_paragraph(style="List Number"), b[1], track=track)
    elif kind == "q":        # quoted / indented text (e-mail history)
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1)
        add_runs(p, b[1], track=track)
    elif kind == "i":        # italic paragraph
        add_runs(doc.add_paragraph(), b[1], italic=True, track=track)
    elif kind == "s":        # small grey-ish e-mail header lines
        add_runs(doc.add_paragraph(), b[1], size=9, track=track)
    elif kind == "tbl":
        rows = b[1]
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.paragraphs[0].text = ""
                add_runs(cell.paragraphs[0], ("**%s**" % val) if (i == 0 and val) else val, track=track)
    elif kind == "pb":
        doc.add_page_break()
    else:
        raise ValueError(kind)


def build(name, blocks, rows=(), problems=(), note="", expert="", date="", author="",
          created=None, header=None, footer=None, font="Calibri", size=11, title="",
          track=("Eksperts", "2026-04-01T10:00:00Z"), last_by=None):
    assert name.startswith(PREFIX) and name.endswith(".docx"), name
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        for k, line in enumerate(header):
            p = hp if k == 0 else sec.header.add_paragraph()
            add_runs(p, line, size=9, track=track)
    if footer:
        fp = sec.footer.paragraphs[0]
        for k, line in enumerate(footer):
            p = fp if k == 0 else sec.footer.add_paragraph()
            add_runs(p, line, size=8, track=track)
    for b in blocks:
        add_block(doc, b, track)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = title
    if created:
        cp.created = created
        cp.modified = created + datetime.timedelta(hours=3)
    doc.save(os.path.join(OUT, name))
    BUILT.append(name)
    for r in rows:
        qual, docu, verdict = r[0], r[1], r[2]
        lki = r[3] if len(r) > 3 else REGISTER.get(qual, "")
        assert docu in ("MIP", "PKE") and verdict in VERDICTS, r
        GOLD.append((name, qual, docu, verdict, expert, date, lki))
    for c in problems:
        assert c in CODES, c
        PROBS.append((name, c))
    NOTES.append((name, note))


def dt(s, h=10, m=0):
    y, mo, d = map(int, s.split("-"))
    return datetime.datetime(y, mo, d, h, m)


COORD1 = "Ilona Zariņa"
COORD2 = "Inese Kļaviņa"

# ---------------------------------------------------------------------------------------------
# 01  formal letter, letterhead in Word header, two documents, one qualification
# ---------------------------------------------------------------------------------------------
build(
    "r13a01_Atzinums_Mēbeļu galdnieks_Krūmiņa.docx",
    [
        ("t", "Nozares eksperta atzinums"),
        ("c", "par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) modulārās izglītības "
              "programmas un profesionālās kvalifikācijas eksāmena saturu"),
        ("r", "Liepājā, 2026. gada 12.\u00a0martā"),
        "Saskaņā ar LDDK deleģējumu esmu iepazinusies ar Rīgas Valsts tehnikuma darba grupas izstrādāto "
        "modulārās izglītības programmas (turpmāk – programma) projektu un profesionālās kvalifikācijas eksāmena "
        "satura projektu kvalifikācijai „Mēbeļu galdnieks”. Vērtējot izmantoju profesijas standartu un nozares "
        "kvalifikāciju struktūru, kā arī savu pieredzi, vairāk nekā piecpadsmit gadus vadot mēbeļu ražotni.",
        ("h", "Par programmu"),
        "Programmas struktūra kopumā ir loģiska, moduļu secība atbilst tam, kā jauns darbinieks apgūst darbu "
        "ražotnē. Īpaši gribu uzteikt moduli „Korpusa mēbeļu izgatavošana”, kurā labi sabalansēta teorija un "
        "praktiskie darbi. Tomēr ir vairākas vietas, kas jāsakārto:",
        ("li", "modulī „Mēbeļu virsmu apdare” nav pieminētas ūdens bāzes lakas un to žāvēšanas režīmi, lai gan "
               "nozarē tās šobrīd ir galvenās;"),
        ("li", "darba drošības jautājumi ir izkaisīti pa vairākiem moduļiem un dublējas – iesaku tos apvienot vai "
               "vismaz saskaņot formulējumus;"),
        ("li", "sasniedzamajos rezultātos vairākkārt lietots termins „finierēšana” nepareizā nozīmē (sk. 3.2. un "
               "3.5. punktu);"),
        ("li", "CNC apstrādes centru programmēšanai atvēlētas tikai 24 stundas, vajadzētu vismaz 40."),
        "Programmas saturu atbalstu, taču pirms tās virzīšanas saskaņošanai lūdzu novērst iepriekš minētās "
        "nepilnības.",
        ("h", "Par eksāmena saturu"),
        "Eksāmena praktiskais uzdevums (skapīša ar veramām durtiņām izgatavošana pēc rasējuma) ir reāls un "
        "atbilst kvalifikācijai. Vērtēšanas kritēriji ir skaidri, laika normas pārbaudītas. Teorētiskās daļas "
        "jautājumi aptver visus būtiskos standarta punktus. Pret eksāmena saturu man iebildumu nav – to var "
        "virzīt saskaņošanai bez precizējumiem.",
        "",
        "Ar cieņu",
        "Dace Krūmiņa",
        "SIA „Kurzemes koks” ražošanas direktore",
    ],
    header=["SIA „Kurzemes koks”  |  Rūpnīcas iela 12, Liepāja, LV-3401  |  info@kurzemeskoks.lv"],
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections"),
          ("mēbeļu galdnieks", "PKE", "supported")],
    expert="Dace Krūmiņa", date="2026-03-12", author="Dace Krūmiņa", created=dt("2026-03-11", 15),
    font="Times New Roman", size=12,
    note="Formal letter, letterhead in header. MIP: 'atbalstu, taču pirms virzīšanas ... lūdzu novērst' = "
         "needs_corrections. PKE: 'iebildumu nav ... virzīt bez precizējumiem' = supported (bez precizējumiem is positive).",
)

# ---------------------------------------------------------------------------------------------
# 02  Outlook e-mail pasted into Word, Latvian headers, no diacritics in reply; PKE explicitly not covered
# ---------------------------------------------------------------------------------------------
build(
    "r13a02_RE elektromontieris MIP.docx",
    [
        ("s", "**No:** Raitis Ozolins <raitis.ozolins@elserviss-vidzeme.lv>"),
        ("s", "**Nosūtīts:** otrdiena, 2026. gada 7. aprīlis 16:42"),
        ("s", "**Kam:** Ilona Zariņa <ilona.zarina@lddk.lv>"),
        ("s", "**Tēma:** RE: elektromontieris MIP ekspertize"),
        "",
        "Sveika, Ilona!",
        "MIP izskatiju. Kopuma programma ir laba, moduli sakartoti logiski, praksei pietiekami daudz stundu, "
        "drosibas prasibas ieklautas visur, kur vajag. Nekadus labojumus neprasu – MIP var virzit saskanosanai "
        "ka ir.",
        "PKE man vel nav atsutits, to paskatisos, kad atnaks.",
        "",
        "Raitis Ozolins",
        "elektromontazas darbu vaditajs",
        "SIA \"ElServiss Vidzeme\"",
        "mob. 29 145 672",
        "",
        ("s", "**No:** Ilona Zariņa <ilona.zarina@lddk.lv>"),
        ("s", "**Nosūtīts:** pirmdiena, 2026. gada 30. marts 10:05"),
        ("s", "**Kam:** Raitis Ozolins <raitis.ozolins@elserviss-vidzeme.lv>"),
        ("s", "**Tēma:** elektromontieris MIP ekspertize"),
        ("q", "Labdien, Raiti!"),
        ("q", "Nosūtu elektromontiera (LKI 3) modulārās izglītības programmas projektu ekspertīzei. Lūdzu atzinumā "
              "norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai "
              "nav atbalstāms. PKE nosūtīšu, tiklīdz skola to iesniegs."),
        ("q", "Ar cieņu"),
        ("q", "Ilona Zariņa"),
        ("q", "LDDK projekta koordinatore"),
    ],
    rows=[("elektromontieris", "MIP", "supported")],
    expert="Raitis Ozolins", date="2026-04-07", author=COORD1, created=dt("2026-04-08", 9),
    note="Reply e-mail pasted in Word; expert writes without diacritics, name kept as written (Ozolins). "
         "'labojumus neprasu – var virzit saskanosanai ka ir' = supported. PKE not yet received -> no row. "
         "Quoted coordinator message lists all three options and has an earlier date (30.03) - not a verdict.",
)

# ---------------------------------------------------------------------------------------------
# 03  long memo, module-by-module remarks; body rejects a module, conclusion outranks
# ---------------------------------------------------------------------------------------------
build(
    "r13a03_mehatronika_atzinums_Vitols_galigais.docx",
    [
        ("t", "EKSPERTĪZES ATZINUMS"),
        ("c", "par kompetencēs balstītas modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu"),
        "Profesionālā kvalifikācija: mehatronisko sistēmu tehniķis",
        "LKI līmenis: 4",
        "Izstrādātājs: Ventspils tehnikuma darba grupa",
        ("H", "Ievads"),
        "Atzinums sagatavots, izvērtējot darba grupas 2026. gada 9. februārī iesniegto programmas redakciju un "
        "eksāmena satura projektu. Vērtēšanā ņemta vērā mašīnbūves un metālapstrādes nozares kvalifikāciju "
        "struktūra, profesijas standarts un nozares uzņēmumu pieredze ar absolventiem, kuri pēdējos gados "
        "uzsākuši darbu automatizētās ražošanas līnijās.",
        "Vispārīgi vērtējot, programma ir mūsdienīga un sasaucas ar to, kas šobrīd notiek ražošanā: ievērojama "
        "vieta ierādīta programmējamajiem loģiskajiem kontrolleriem, sensoriem un robotizētām šūnām. Pozitīvi "
        "vērtēju to, ka darba vidē balstītām mācībām paredzēts pietiekams apjoms un ka moduļu aprakstos norādīti "
        "konkrēti sasniedzamie rezultāti, nevis vispārīgas frāzes. Tāpat redzams, ka darba grupa ņēmusi vērā "
        "nozares uzņēmumu ieteikumus, kas izskanēja pagājušā gada apspriedēs.",
        ("H", "Piezīmes par moduļiem"),
        "**A1 „Mehatronisko sistēmu uzbūve”.** Saturs atbilst. Varētu papildināt ar īsu ievadu par digitālajiem "
        "dvīņiem, taču tas nav obligāti.",
        "**A2 „Elektrotehnikas pamati”.** Labi strukturēts. Laboratorijas darbu sarakstā jāiekļauj arī trīsfāzu "
        "ķēžu mērījumi – bez tiem tehniķis nespēs patstāvīgi diagnosticēt piedziņas.",
        "**B1 „Sensoru un izpildmehānismu montāža”.** Iebildumu nav.",
        "**B2 „PLC programmēšana”.** Programmēšanas valodu sarakstā minēta tikai kāpņu diagramma (LD). Nozarē plaši "
        "izmanto arī funkciju bloku diagrammas un strukturēto tekstu (ST), tāpēc tās jāiekļauj vismaz pamatlīmenī.",
        "**B3 „Pneimatisko un hidraulisko sistēmu apkope”.** Šis modulis pašreizējā redakcijā nav atbalstāms: "
        "hidraulikas daļa faktiski pārņemta no atslēdznieka programmas, nav ietverta proporcionālo vārstu "
        "regulēšana, nav apskatīta hidraulikas eļļas tīrības kontrole, un vērtēšanas kritēriji neatbilst LKI "
        "4. līmenim. Modulis jāpārstrādā.",
        "**C1 „Robotizētas šūnas ekspluatācija”.** Saturs ļoti labs, īpaši darba drošības daļa par sadarbīgajiem "
        "robotiem.",
        "**C2 „Kvalifikācijas prakse”.** Prakses uzdevumos trūkst atsauces uz B3 moduli; pēc tā pārstrādes "
        "jāsaskaņo.",
        ("H", "Par profesionālās kvalifikācijas eksāmenu"),
        "Eksāmena teorētiskā daļa (40 jautājumi) aptver visus būtiskos profesijas standarta kompetenču blokus. "
        "Praktiskā daļa – kļūmes atrašana un novēršana mācību ražošanas līnijā ar PLC vadību – ir tieši tas, ko "
        "tehniķis dara ikdienā. Vērtēšanas kritēriji ir skaidri, un eksāmena vadības komisijai doti pietiekami "
        "norādījumi. Eksāmena saturā es neko nemainītu.",
        ("H", "Kopvērtējums"),
        "Neraugoties uz piezīmēm par atsevišķiem moduļiem, programmas saturs kopumā ir atbalstāms; pēc norādīto "
        "precizējumu veikšanas (pirmkārt – B3 moduļa pārstrādes un B2 papildināšanas) to var virzīt saskaņošanai.",
        "Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
        "",
        "Dr. sc. ing. Gatis Vītols",
        "Rīgas Tehniskās universitātes docents, nozares eksperts",
        "26.02.2026.",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
          ("mehatronisko sistēmu tehniķis", "PKE", "supported")],
    expert="Gatis Vītols", date="2026-02-26", author="", created=dt("2026-02-24", 18),
    note="Long memo with per-module remarks. Module B3 'nav atbalstāms' in the body, but Kopvērtējums "
         "(conclusion) outranks: MIP supported after corrections = needs_corrections. 'Neraugoties' is not a "
         "negation. Submission date 9 Feb in intro is not the review date. Title Dr. sc. ing. dropped.",
)

# ---------------------------------------------------------------------------------------------
# 04  two qualifications, numbered sections, initial + surname, ISO date
# ---------------------------------------------------------------------------------------------
build(
    "r13a04_ekspertize_motorzagis_un_MMO.docx",
    [
        ("h", "Meža nozares eksperta piezīmes par Ogres tehnikuma iesniegtajiem dokumentiem"),
        "Pēc LDDK lūguma izskatīju darba grupas sagatavotās modulārās programmas un eksāmenu saturu divām "
        "kvalifikācijām. Zemāk – piezīmes un mans viedoklis par katru dokumentu atsevišķi.",
        ("h", "1. Motorzāģa operators (LKI 3)"),
        "**1.1. MIP.** Programmas pamats ir labs, bet tajā pilnībā iztrūkst koku gāšanas sarežģītos apstākļos "
        "(vējgāzes, sakaltuši koki, slīpi augoši koki pie elektrolīnijām). Tieši šajās situācijās notiek "
        "visvairāk nelaimes gadījumu. Tāpat nav minēta ķēdes asināšana ar elektrisko asinātāju. Programmu var "
        "atbalstīt, taču tā jāpapildina ar šīm tēmām; kamēr tas nav izdarīts, virzīt to saskaņošanai nebūtu "
        "pareizi.",
        "**1.2. PKE.** Eksāmena uzdevumi atbilst tam, ko motorzāģa operators dara mežā, vērtēšanas lapa ir "
        "saprotama. Atbalstu, virzāms saskaņošanai.",
        ("h", "2. Meža mašīnu operators (LKI 3)"),
        "**2.1. MIP.** Programma ir pārdomāta, simulatoru un reālās tehnikas stundu attiecība ir saprātīga, "
        "iekļauta arī mežizstrādes plānošana ar digitālajām kartēm. Atbalstu tās virzīšanu saskaņošanai tādā "
        "redakcijā, kādā tā iesniegta.",
        "**2.2. PKE.** Nav skaidrs, kā tiek savienots vērtējums, kas iegūts uz simulatora, ar vērtējumu reālā "
        "mašīnā – katrā vietā rakstīts citādi. PKE saturs ir atbalstāms, ja tiks precizēta šī vērtēšanas kārtība; "
        "pēc tam to var virzīt saskaņošanai.",
        "",
        "A. Kalniņš",
        "meža nozares eksperts",
        "2026-03-27",
    ],
    rows=[("motorzāģa operators", "MIP", "needs_corrections"),
          ("motorzāģa operators", "PKE", "supported"),
          ("meža mašīnu operators", "MIP", "supported"),
          ("meža mašīnu operators", "PKE", "needs_corrections")],
    expert="A. Kalniņš", date="2026-03-27", author=COORD1, created=dt("2026-03-27", 14),
    note="Two qualifications under numbered headings, MMO abbreviated only in the file name. 'var atbalstīt, "
         "taču jāpapildina; kamēr nav izdarīts, virzīt nebūtu pareizi' = needs_corrections; 'atbalstāms, ja tiks "
         "precizēta' = needs_corrections. Expert only as initial + surname; docx author is the coordinator.",
)

# ---------------------------------------------------------------------------------------------
# 05  PKE only, rejected; MIP reviewed by a colleague -> no row
# ---------------------------------------------------------------------------------------------
build(
    "r13a05_Jansone_elektrotehnikis_PKE.docx",
    [
        "**Līga Jansone**",
        "elektroenerģētikas nozares eksperte",
        "",
        ("t", "Atzinums par profesionālās kvalifikācijas „Elektrotehniķis” (4. LKI līmenis) eksāmena saturu"),
        "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmena saturu; modulāro izglītības "
        "programmu šai kvalifikācijai vērtē kolēģis M. Bērziņš.",
        "Iesniegtais eksāmena saturs sastāv no teorētiskās daļas (testa ar 50 jautājumiem) un praktiskās daļas "
        "ar diviem uzdevumiem. Izvērtējot to pret profesijas standartu, konstatēju šādas būtiskas nepilnības:",
        ("ln", "praktiskajos uzdevumos nav neviena uzdevuma par relejaizsardzības iestatījumu pārbaudi, lai gan "
               "standartā tā ir viena no galvenajām elektrotehniķa kompetencēm;"),
        ("ln", "izolācijas pretestības mērījumu uzdevumā norādīts mērinstruments, kas vairs netiek ražots, un "
               "neatbilstoša mērīšanas metodika;"),
        ("ln", "apmēram trešdaļa teorijas jautājumu balstīta uz standartiem, kas vairs nav spēkā, piemēram, "
               "vecajā LEK redakcijā noteiktām prasībām;"),
        ("ln", "praktiskās daļas vērtējumā darba drošības pārkāpumi nav noteikti kā kritēriji, kuru neizpilde "
               "nozīmē, ka uzdevums nav izpildīts."),
        "Pozitīvi vērtēju to, ka eksāmena uzdevumi ir tuvi reālām darba situācijām un ka darba grupa pievienojusi "
        "detalizētu aprīkojuma sarakstu.",
        ("h", "Secinājumi"),
        "Iesniegtajā redakcijā eksāmena saturu nevaru atbalstīt. Uzdevumi jāpārstrādā atbilstoši iepriekš "
        "minētajam, un pēc tam PKE jāiesniedz atkārtotai ekspertīzei.",
        "",
        "Rīgā, 2026. gada 3. aprīlī",
    ],
    rows=[("elektrotehniķis", "PKE", "not_supported")],
    expert="Līga Jansone", date="2026-04-03", author="Liga", created=dt("2026-04-02", 20),
    font="Times New Roman", size=12,
    note="Name and role above the title (letterhead style). 'nevaru atbalstīt' = not_supported. MIP explicitly "
         "reviewed by a colleague -> no MIP row. LKI written '4. LKI līmenis'.",
)

# ---------------------------------------------------------------------------------------------
# 06  second round, history, tracked changes in the conclusion; PKE not reviewed this time
# ---------------------------------------------------------------------------------------------
build(
    "r13a06_KIO_MIP_atkartots atzinums_Silina.docx",
    [
        ("h", "Atkārtots atzinums: kokapstrādes iekārtu operators, modulārā izglītības programma"),
        "Šī gada 10. februārī sniedzu atzinumu, kurā programma netika atbalstīta, galvenokārt tāpēc, ka trūka "
        "darba drošības prasību darbam ar ēvelēšanas un frēzēšanas iekārtām un prakses apjoms bija nepietiekams. "
        "Darba grupa 2. aprīlī iesūtīja laboto redakciju.",
        "Pārbaudīju visus iepriekš norādītos punktus. Darba drošības prasības tagad ir iekļautas katra "
        "iekārtas moduļa sākumā un ir konkrētas (aizsargierīces, atsitiena risks, skaidu nosūkšana). Prakses "
        "apjoms palielināts līdz 480 stundām, un ir pievienots prakses uzdevumu saraksts, kas sasaucas ar moduļu "
        "rezultātiem. Tāpat izlabotas terminoloģijas kļūdas, par kurām rakstīju.",
        "Profesionālās kvalifikācijas eksāmena saturs jau tika atbalstīts iepriekšējā kārtā, un šoreiz to "
        "nevērtēju.",
        "Pēc atkārtotas izskatīšanas secinu, ka būtiskie precizējumi ir veikti, tāpēc programmu atbalstu un "
        "iesaku {-pēc sīku redakcionālu labojumu veikšanas -}virzīt saskaņošanai{+ bez papildu precizējumiem+}.",
        "",
        "Ērika Siliņa",
        "kokrūpniecības nozares eksperte",
        "22.04.2026",
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported")],
    expert="Ērika Siliņa", date="2026-04-22", author="Ērika Siliņa", created=dt("2026-04-21", 11),
    track=("Ērika Siliņa", "2026-04-22T08:31:00Z"),
    note="Re-review with history (Feb: not supported). Tracked change: deleted 'pēc sīku redakcionālu labojumu "
         "veikšanas', inserted 'bez papildu precizējumiem' -> current text = supported. PKE explicitly not "
         "reviewed this time -> no row. Dates 10 Feb / 2 Apr in the body are not the review date.",
)

# ---------------------------------------------------------------------------------------------
# 07  Gmail forward, English headers; coordinator forwards expert's review
# ---------------------------------------------------------------------------------------------
build(
    "r13a07_Fwd VGK sistemu tehnikis - atzinums.docx",
    [
        ("s", "Gmail\tInese Kļaviņa <inese.klavina@lddk.lv>"),
        ("h", "Fwd: VGK sistēmu tehniķis – atzinums"),
        ("s", "Inese Kļaviņa <inese.klavina@lddk.lv>\tMon, Apr 13, 2026 at 9:15 AM"),
        ("s", "To: Ilona Zariņa <ilona.zarina@lddk.lv>"),
        "Ilona, pārsūtu Jāņa atzinumu par VGK tehniķi, lūdzu ieliec kopsavilkumā. Paldies!",
        "Inese",
        "",
        "---------- Forwarded message ---------",
        "From: Jānis Liepiņš <janis.liepins@klimata-serviss.lv>",
        "Date: Fri, Apr 10, 2026 at 5:03 PM",
        "Subject: VGK sistēmu tehniķis – atzinums",
        "To: Inese Kļaviņa <inese.klavina@lddk.lv>",
        "",
        "Labdien, Inese!",
        "Esmu izskatījis Liepājas Valsts tehnikuma iesniegtos dokumentus kvalifikācijai „Ventilācijas un gaisa "
        "kondicionēšanas sistēmu tehniķis”.",
        "Par MIP: programma ir labi strukturēta, iekļauti gan siltumsūkņi, gan rekuperācijas sistēmas, gan "
        "automātikas pamati. Stundu sadalījums starp moduļiem ir adekvāts. Man nav piebilžu, atbalstu tās "
        "virzīšanu saskaņošanai.",
        "Par PKE: eksāmena saturs kopumā ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai jāprecizē praktiskā "
        "uzdevuma vērtēšanas kritēriji – pašlaik nav skaidrs, cik punktu tiek atņemts par nepareizu aukstumaģenta "
        "uzpildes daudzumu, un F-gāzu drošības prasības minētas tikai vispārīgi.",
        "Ja rodas jautājumi, zvaniet.",
        "",
        "Jānis Liepiņš",
        "SIA „Klimata serviss”, tehniskais direktors",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported"),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections")],
    expert="Jānis Liepiņš", date="2026-04-10", author=COORD2, created=dt("2026-04-13", 9, 20),
    note="Gmail print of a forward (English headers). The review is the forwarded expert message: expert = "
         "Jānis Liepiņš (not the forwarding coordinator), date = his message 10 Apr, not the forward 13 Apr. "
         "PKE: 'kopumā atbalstāms. Tomēr pirms virzīšanas jāprecizē' - condition in the next sentence.",
)

# ---------------------------------------------------------------------------------------------
# 08  very short note
# ---------------------------------------------------------------------------------------------
build(
    "r13a08_Abele_buvizstradajumu galdn.docx",
    [
        "Būvizstrādājumu galdnieka MIP un PKE izskatīju. Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai, "
        "labojumu nav.",
        "K. Ābele, 18.03.2026.",
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "supported"),
          ("būvizstrādājumu galdnieks", "PKE", "supported")],
    expert="K. Ābele", date="2026-03-18", author="HP", created=dt("2026-03-18", 17),
    note="Two-line note. 'Abi dokumenti ... atbalstāmi un virzāmi' covers both. Expert as written (initial).",
)

# ---------------------------------------------------------------------------------------------
# 09  letter to coordinator, Slēdziens; MIP rejected, PKE with a condition
# ---------------------------------------------------------------------------------------------
build(
    "r13a09_Grinbergs DKIO MIP PKE atzinums.docx",
    [
        ("r", "Rēzeknē, 2026. gada 9. aprīlī"),
        "LDDK projekta koordinatorei",
        "Ilonai Zariņai",
        "",
        ("h", "Par datorizēto kokapstrādes iekārtu operatora MIP un PKE"),
        "Labdien, cienījamā Zariņas kundze!",
        "Pēc Jūsu lūguma esmu izvērtējis Rēzeknes tehnikuma iesniegto modulārās izglītības programmas projektu "
        "un profesionālās kvalifikācijas eksāmena saturu kvalifikācijai „Datorizētu kokapstrādes iekārtu "
        "operators”. Mūsu uzņēmumā pašlaik strādā septiņi CNC operatori, un tieši no šīs pieredzes raugoties, "
        "man ir nopietni iebildumi pret programmu.",
        "Programma lielā mērā ir pārņemta no kokapstrādes iekārtu operatora programmas – ar papildu moduli par "
        "CNC iekārtām, kuram atvēlētas vien 60 stundas. CAD/CAM programmatūra minēta tikai vienā teikumā, nav "
        "ne vārda par piecu asu apstrādi, instrumentu bibliotēkām vai apstrādes simulāciju. Nav moduļa par "
        "iekārtu regulēšanu un profilaktisko apkopi, kas operatoram ir ikdiena. Tādā veidā sagatavots "
        "absolvents nevarēs patstāvīgi strādāt pie modernas iekārtas.",
        "Eksāmena saturs ir veidots labāk: praktiskais uzdevums paredz detaļas izgatavošanu pēc rasējuma uz CNC "
        "centra, vērtēšanas kritēriji ir saprotami. Tomēr eksāmenā nav uzdevuma par vadības programmas "
        "sagatavošanu, un pēc programmas pārstrādes tas būs jāsaskaņo ar jauno moduļu sarakstu.",
        ("h", "Slēdziens"),
        "Modulārās izglītības programmas saturs pašreizējā redakcijā nav atbalstāms; programma jāpārstrādā un "
        "jāiesniedz atkārtotai ekspertīzei.",
        "PKE saturu var atbalstīt ar nosacījumu, ka praktiskajā daļā tiek iekļauts CAM programmas sagatavošanas "
        "uzdevums un eksāmena saturs tiek saskaņots ar pārstrādāto programmu. Pēc šo precizējumu veikšanas PKE ir "
        "virzāms saskaņošanai.",
        "",
        "Ar cieņu",
        "Mārtiņš Grīnbergs",
        "SIA „Latgales mēbeles”, valdes loceklis",
    ],
    header=["SIA „Latgales mēbeles”", "Reģ. Nr. 42403012345, Atbrīvošanas aleja 140, Rēzekne"],
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
    expert="Mārtiņš Grīnbergs", date="2026-04-09", author="Mārtiņš Grīnbergs", created=dt("2026-04-09", 8),
    note="Letter to the coordinator with 'Slēdziens'. Qualification in genitive 'datorizēto ... operatora'. "
         "MIP 'nav atbalstāms; jāpārstrādā' = not_supported. PKE 'var atbalstīt ar nosacījumu ... pēc šo "
         "precizējumu ... virzāms' = needs_corrections. The addressee (coordinator) is not the expert.",
)

# ---------------------------------------------------------------------------------------------
# 10  NOT A REVIEW: working-group minutes discussing the expert's remarks
# ---------------------------------------------------------------------------------------------
build(
    "r13a10_Protokols_Nr4_darba grupa 19.03.docx",
    [
        ("c", "Rīgas Valsts tehnikums"),
        ("c", "Kokizstrādājumu izgatavošanas nodaļas darba grupas sanāksmes"),
        ("t", "PROTOKOLS Nr. 4"),
        "Rīgā, 2026. gada 19. martā",
        "Sanāksme sākas plkst. 14.00",
        "Piedalās: R. Kalnozola (darba grupas vadītāja), M. Ozols, S. Bite, J. Rudzītis, A. Veide.",
        "Protokolē: S. Bite.",
        ("h", "Darba kārtība"),
        ("ln", "Nozares ekspertes D. Krūmiņas piezīmju par kvalifikācijas „Mēbeļu galdnieks” MIP izskatīšana."),
        ("ln", "Labojumu sadale starp darba grupas dalībniekiem."),
        ("ln", "Dažādi."),
        ("h", "1. Ekspertes piezīmes"),
        "R. Kalnozola informē, ka eksperte programmā norādījusi četras nepilnības – virsmu apdares moduli, darba "
        "drošības jautājumu dublēšanos, termina „finierēšana” lietojumu un CNC stundu skaitu. M. Ozols uzskata, "
        "ka CNC stundu palielināšana prasīs samazināt rokas instrumentu moduli. Darba grupa atbalsta ekspertes "
        "priekšlikumu par ūdens bāzes laku iekļaušanu un vienojas pārskatīt stundu sadalījumu.",
        "NOLEMJ: veikt labojumus līdz 15. aprīlim un laboto programmu nosūtīt ekspertei atkārtotai "
        "izvērtēšanai, lai viņa varētu izvērtēt, vai saturs ir atbalstāms un virzāms saskaņošanai.",
        ("h", "2. Labojumu sadale"),
        "Virsmu apdares modulis – A. Veide; darba drošības sadaļas – J. Rudzītis; terminoloģija – S. Bite; "
        "stundu plāns – M. Ozols.",
        ("h", "3. Dažādi"),
        "J. Rudzītis informē par VISC metodisko atbalstu – seminārs par vērtēšanas kritēriju izstrādi notiks "
        "aprīļa beigās.",
        "Sanāksme beidzas plkst. 15.20.",
        "",
        "Sanāksmes vadītāja\t\tR. Kalnozola",
        "Protokolētāja\t\tS. Bite",
    ],
    rows=[],
    problems=["no_verdict"],
    author="Sandra Bite", created=dt("2026-03-19", 16),
    note="NOT a review: working-group minutes. Mentions MIP, the expert, 'darba grupa atbalsta ... priekšlikumu' "
         "(subject = working group), purpose phrase 'izvērtēt, vai saturs ir atbalstāms', 'metodisko atbalstu'. "
         "No rows; one no_verdict problem as the brief requires for non-reviews.",
)

# ---------------------------------------------------------------------------------------------
# 11  three qualifications, lettered sections, MIP only
# ---------------------------------------------------------------------------------------------
build(
    "r13a11_Petersone_energetika_MIP_3 kvalifikacijas.docx",
    [
        ("t", "Piezīmes par modulāro izglītības programmu projektiem (enerģētikas nozare)"),
        "Šis atzinums attiecas tikai uz modulārajām izglītības programmām. Eksāmenu saturu izvērtēšu, kad "
        "skolas to iesniegs.",
        ("h", "A) Elektromontieris (LKI 3)"),
        "Programma aptver visus galvenos darba uzdevumus – kabeļu līniju montāžu, sadales iekārtu pievienošanu, "
        "zemējumu ierīkošanu. Tomēr modulī par gaisvadu līnijām nav iekļauts darbs augstumā un darbs ar "
        "pacēlājiem, kā arī nav minētas elektrodrošības grupas piešķiršanas prasības. Programmu atbalstu, bet tā "
        "jāpapildina ar minētajām tēmām; pēc precizējumu veikšanas programmu var virzīt saskaņošanai.",
        ("h", "B) Elektrotehniķis (LKI 4)"),
        "Ļoti rūpīgi izstrādāta programma. Labi, ka iekļauta viedo skaitītāju un mikroģenerācijas (saules "
        "paneļu) pieslēgšana tīklam. Šeit man iebildumu nav – programma ir atbalstāma un vir¦zāma saskaņošanai.",
        ("h", "C) Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)"),
        "Programmā lielākā daļa moduļu ir veltīta ventilācijas sistēmu montāžai, kas vairāk atbilst "
        "remontatslēdznieka, nevis tehniķa līmenim. Nav moduļa par sistēmu regulēšanu, balansēšanu un "
        "energoefektivitātes novērtēšanu, un automātikas daļa ir ļoti virspusēja. Šādā veidā programma nav "
        "atbalstāma – tā būtiski jāpārstrādā, un pēc tam vēlos to redzēt atkārtoti.",
        "",
        "Jelgavā, 06.05.2026.",
        "Sandra Pētersone, energoapgādes nozares eksperte",
    ],
    rows=[("elektromontieris", "MIP", "needs_corrections"),
          ("elektrotehniķis", "MIP", "supported"),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported")],
    expert="Sandra Pētersone", date="2026-05-06", author=COORD1, created=dt("2026-05-06", 13),
    note="Three qualifications under lettered headings, MIP only ('attiecas tikai uz MIP') -> no PKE rows. "
         "C) mentions 'remontatslēdznieka' in passing (a different qualification, not reviewed here).",
)

# ---------------------------------------------------------------------------------------------
# 12  qualification NOT in the register (metinātājs)
# ---------------------------------------------------------------------------------------------
build(
    "r13a12_metinatajs atzinums Krastins.docx",
    [
        ("t", "Ekspertīzes atzinums"),
        "Kvalifikācija: Metinātājs",
        "LKI līmenis: 3",
        "Nozare: mašīnbūve un metālapstrāde",
        "",
        "Izvērtēju Daugavpils tehnikuma izstrādāto modulāro izglītības programmu un eksāmena saturu. "
        "Programmā iekļauti visi nozarē pieprasītie metināšanas procesi – loka metināšana ar pārklātu elektrodu "
        "(111), MAG (135) un TIG (141) –, un prakses apjoms ir pietiekams, lai audzēknis sasniegtu sertifikācijai "
        "nepieciešamo iemaņu līmeni. Priecē, ka programmā iekļauta arī metināto savienojumu vizuālā kontrole un "
        "pamatprasības par metināšanas procedūru specifikācijām (WPS).",
        "Eksāmena praktiskā daļa veidota pēc LVS EN ISO 9606-1 principiem (kontroles paraugi sadursavienojumā un "
        "kakta savienojumā), kas ir pareizi un ļaus absolventiem vēlāk vieglāk iegūt sertifikātu.",
        "Daži sīki ieteikumi: tērauda marku apzīmējumus vēlams rakstīt vienveidīgi, un 4. modulī varētu pieminēt "
        "metināšanas dūmu nosūces prasības. Tie ir redakcionāli, un darba grupa tos var ņemt vērā pēc saviem "
        "ieskatiem.",
        "Noslēgumā: gan programma, gan eksāmena saturs ir atbalstāmi un virzāmi saskaņošanai.",
        "",
        "Valdis Krastiņš",
        "metināšanas inženieris (IWE)",
        "19.03.2026",
    ],
    rows=[("metinātājs", "MIP", "supported", 3),
          ("metinātājs", "PKE", "supported", 3)],
    problems=["unknown_qualification"],
    expert="Valdis Krastiņš", date="2026-03-19", author="Valdis Krastiņš", created=dt("2026-03-19", 12),
    note="Qualification 'metinātājs' is not in the register -> unknown_qualification; LKI 3 taken from the "
         "review. Optional editorial suggestions explicitly left to the group -> still supported.",
)

# ---------------------------------------------------------------------------------------------
# 13  comments only, no verdict (PKE)
# ---------------------------------------------------------------------------------------------
build(
    "r13a13_komentari PKE KIRT_Vanaga.docx",
    [
        ("h", "Agnese Vanaga – komentāri par PKE saturu (koka izstrādājumu ražošanas tehniķis), 15.04.2026"),
        "Man tika lūgts izvērtēt, vai eksāmena saturs ir atbalstāms un virzāms saskaņošanai. Zemāk mani "
        "komentāri, kā tie radās, lasot dokumentu.",
        ("li", "Teorētiskā daļa: jautājumi par koksnes mitrumu un žāvēšanu ir labi, bet nav neviena jautājuma par "
               "ražošanas plānošanu un izmaksu aprēķinu, lai gan tehniķim tas ir ikdienas darbs."),
        ("li", "Praktiskais uzdevums: ražošanas tehnoloģiskās kartes sagatavošana līmētam panelim – laba ideja, "
               "bet 3 stundas ir par maz, ja jāizstrādā arī materiālu patēriņa aprēķins."),
        ("li", "Vērtēšanas kritērijos „kvalitātes kontrole” ir 5 punkti no 100 – manuprāt, pārāk maz."),
        ("li", "Pielikumā dotais rasējums ir slikti salasāms, vajadzētu to pārzīmēt."),
        ("li", "Nav skaidrs, vai eksaminējamais drīkst izmantot datoru ar CAD programmu."),
        "Ceru, ka šie komentāri palīdzēs darba grupai. Ja nepieciešams, varu piedalīties darba grupas sanāksmē.",
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "unknown")],
    problems=["no_verdict"],
    expert="Agnese Vanaga", date="2026-04-15", author="Agnese", created=dt("2026-04-15", 21),
    note="Covers the PKE with many remarks but never states a verdict; the only verdict words are the purpose "
         "('lūgts izvērtēt, vai ... atbalstāms un virzāms'). -> unknown + no_verdict. Name and date in the heading line.",
)

# ---------------------------------------------------------------------------------------------
# 14  conflict: summary at top vs. conclusion at the end (MIP); PKE clear
# ---------------------------------------------------------------------------------------------
build(
    "r13a14_Zeltins_mezsaimniecibas tehnikis.docx",
    [
        ("t", "Eksperta atzinums"),
        ("c", "Profesionālā kvalifikācija „Mežsaimniecības tehniķis”, LKI 4"),
        "Īsumā: PKE atbalstu, MIP šādā redakcijā neatbalstu (sk. piezīmes par prakses moduli).",
        ("h", "Modulārā izglītības programma"),
        "Programmā labi aprakstīta meža inventarizācija, mežizstrādes plānošana un darbs ar Meža valsts "
        "reģistra datiem. Ģeotelpisko datu (ĢIS) izmantošanai atvēlēts pietiekams apjoms. Prakses modulī "
        "mežizstrādes darbu organizēšanai paredzētas tikai 80 stundas, turklāt prakses uzdevumi formulēti ļoti "
        "vispārīgi – nav skaidrs, ko audzēknis konkrēti darīs uzņēmumā. Tāpat jāpapildina sadaļa par meža "
        "atjaunošanu pēc vētras postījumiem.",
        ("h", "Profesionālās kvalifikācijas eksāmens"),
        "Eksāmena uzdevums – mežaudzes taksācija un cirsmas sagatavošanas plāns – ir reāls un labi atspoguļo "
        "tehniķa darbu. Vērtēšanas kritēriji skaidri.",
        ("h", "Secinājumi"),
        ("ln", "MIP saturs ir atbalstāms; pēc precizējumu veikšanas (prakses modulis, meža atjaunošana) virzāms "
               "saskaņošanai."),
        ("ln", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        "",
        "Oskars Zeltiņš",
        "2026. gada 28. aprīlis",
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "unknown"),
          ("mežsaimniecības tehniķis", "PKE", "supported")],
    problems=["conflict"],
    expert="Oskars Zeltiņš", date="2026-04-28", author="Oskars Zeltiņš", created=dt("2026-04-27", 19),
    note="Conflict: the summary line at the top says MIP 'šādā redakcijā neatbalstu' (not_supported), the "
         "Secinājumi say 'atbalstāms; pēc precizējumu ... virzāms' (needs_corrections). Both are summary-level "
         "statements, neither is marked as newer -> unknown + conflict. PKE consistent -> supported.",
)

# ---------------------------------------------------------------------------------------------
# 15  hasty, no diacritics, VGK remontatslēdznieks
# ---------------------------------------------------------------------------------------------
build(
    "r13a15_VGK remontatslednieks_Lacis.docx",
    [
        "Atzinums - ventilacijas un gaisa kondicionesanas iekartu remontatslednieks (LKI 3)",
        "",
        "MIP: programma kopuma atbilst standartam, bet 2. un 5. modulis parak teoretiski, nav prakt. darbu ar "
        "reala VGK iekartu. Jaieklauj filtru maina, ventilatoru gultnu nomaina, drenazas tirisana, elektrisko "
        "savienojumu parbaude. Secinu, ka MIP saturs ir atbalstams, pec precizejumu veiksanas virzams "
        "saskanosanai.",
        "PKE: prakt. uzdevums parak vienkarss (tikai filtru nomaina), nav nopludes meklesanas, nav darba ar "
        "aukstumagentu, verte tikai pec \"izpildits/neizpildits\". PKE saturs nav atbalstams, prakt. dala jaizstrada "
        "no jauna.",
        "",
        "Edgars Lacis, 12.05.2026",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections"),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported")],
    expert="Edgars Lacis", date="2026-05-12", author="", created=dt("2026-05-12", 22),
    note="Hasty memo entirely without diacritics, abbreviations ('prakt.'). Qualification name without "
         "diacritics maps to the register entry.",
)

# ---------------------------------------------------------------------------------------------
# 16  academic letterhead above the title, PKE only, condition
# ---------------------------------------------------------------------------------------------
build(
    "r13a16_Viksna_PKE_mezsaimn_tehnikis_2026-03-05.docx",
    [
        "Dr. silv. Mārīte Vīksna",
        "Latvijas Biozinātņu un tehnoloģiju universitātes Meža fakultātes asociētā profesore",
        "",
        ("t", "Atzinums par profesionālās kvalifikācijas eksāmena saturu"),
        ("c", "Kvalifikācija: mežsaimniecības tehniķis (LKI 4. līmenis)"),
        "Modulārā izglītības programma šai kvalifikācijai man netika nosūtīta, tāpēc atzinums attiecas tikai uz "
        "eksāmena saturu.",
        "Eksāmena saturs kopumā veidots profesionāli. Tomēr norādu uz šādām nepilnībām:",
        ("ln", "teorētiskās daļas jautājumos lietota novecojusi meža tipoloģijas terminoloģija;"),
        ("ln", "praktiskajā daļā nav precizēts, kādi instrumenti (augstummērs, mērdakša, GNSS uztvērējs) "
               "eksaminējamajam pieejami;"),
        ("ln", "vērtēšanas kritērijos nav noteikta pieļaujamā kļūda, nosakot krāju;"),
        ("ln", "uzdevuma laika norma (2 stundas) nav pietiekama mežaudzes taksācijai dabā."),
        "Eksāmena saturs ir atbalstāms ar nosacījumu, ka tiek novērstas 2. un 4. punktā minētās nepilnības; pēc "
        "tam to var virzīt saskaņošanai. 1. un 3. punktā teiktais ir ieteikums.",
        "",
        "Jelgavā, 2026. gada 5. martā",
    ],
    rows=[("mežsaimniecības tehniķis", "PKE", "needs_corrections")],
    expert="Mārīte Vīksna", date="2026-03-05", author="Marite Viksna", created=dt("2026-03-05", 9),
    font="Cambria",
    note="Academic letterhead (title + name + role) above the title; no closing signature. PKE only; MIP not sent -> "
         "no row. 'atbalstāms ar nosacījumu ... pēc tam var virzīt' = needs_corrections.",
)

# ---------------------------------------------------------------------------------------------
# 17  two qualifications in ALL CAPS headings, 4 rows; third-person 'atbalsta' trap
# ---------------------------------------------------------------------------------------------
build(
    "r13a17_atzinums KIO un DKIO - Vilks.docx",
    [
        "Labdien!",
        "Nosūtu savu vērtējumu par Jēkabpils tehnikuma iesniegtajiem dokumentiem – modulārajām programmām un "
        "kvalifikācijas eksāmeniem divām kokapstrādes kvalifikācijām.",
        ("h", "KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Programma ir praktiska un atbilst tam, kas notiek mūsu cehā. Liels uzsvars uz iekārtu iestatīšanu un "
        "drošu darbu, tieši to mēs no jauniem darbiniekiem sagaidām – nozares uzņēmumi šādu praktisko ievirzi "
        "noteikti atbalsta. Eksāmenā iekļauts detaļu komplekta izgatavošanas uzdevums ar četrām iekārtām, kas "
        "labi parāda audzēkņa prasmes. Abi dokumenti – gan MIP, gan PKE – ir atbalstāmi un virzāmi saskaņošanai "
        "bez labojumiem.",
        ("h", "DATORIZĒTU KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Šeit situācija sarežģītāka. Programmā nav nodalīts, ko apgūst 3 asu un ko 5 asu iekārtās, un trūkst "
        "instrumentu nodiluma kontroles. Eksāmenā nav norādīts, kāda CAM programmatūra tiks izmantota, un "
        "vērtēšanas kritēriji neparedz vadības programmas optimizāciju. Programmu un eksāmenu atbalstu, taču abos "
        "jāveic precizējumi. Tikai pēc tam dokumentus var virzīt saskaņošanai.",
        "",
        "Ar cieņu,",
        "Renārs Vilks",
        "SIA „Vilki un partneri”, ražošanas vadītājs",
        "2026. gada 2. jūnijs",
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported"),
          ("kokapstrādes iekārtu operators", "PKE", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
    expert="Renārs Vilks", date="2026-06-02", author=COORD2, created=dt("2026-06-03", 10),
    note="Headings in ALL CAPS; one sentence covers both documents per qualification. 'nozares uzņēmumi ... "
         "atbalsta' is a third person with its own subject, not a verdict. The second heading contains the first "
         "qualification's name as a substring.",
)

# ---------------------------------------------------------------------------------------------
# 18  NOT A REVIEW: coordinator's call/instructions listing all verdict options
# ---------------------------------------------------------------------------------------------
build(
    "r13a18_Uzaicinajums ekspertiem_5.posms.docx",
    [
        ("t", "Uzaicinājums sniegt ekspertīzes atzinumus projekta 5. posmā"),
        "Rīgā, 2026. gada 6. aprīlī",
        "Godātie nozaru eksperti!",
        "Projekta 4.2.2.9. pasākuma „Izglītības procesa individualizācija un starpnozaru sadarbība "
        "profesionālās izglītības izcilībai” 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) turpināsim MIP un PKE "
        "satura ekspertīzi. Lūdzam sniegt atzinumus par šādām kvalifikācijām:",
        ("li", "kokrūpniecībā – mēbeļu galdnieks, būvizstrādājumu galdnieks, koka izstrādājumu ražošanas tehniķis;"),
        ("li", "enerģētikā – elektromontieris, elektrotehniķis, ventilācijas un gaisa kondicionēšanas sistēmu "
               "tehniķis;"),
        ("li", "mašīnbūvē un metālapstrādē – atkārtotas ekspertīzes pēc skolu precizējumiem."),
        "Atzinumu var sagatavot brīvā formā, taču tā noslēgumā katram dokumentam (MIP un PKE) lūdzam skaidri "
        "norādīt vienu no vērtējumiem:",
        ("li", "saturs ir atbalstāms un virzāms saskaņošanai;"),
        ("li", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;"),
        ("li", "saturs nav atbalstāms."),
        "Ja saturs nav atbalstāms, lūdzam norādīt galvenos iemeslus, lai darba grupa varētu dokumentu pārstrādāt. "
        "Atzinumā lūdzam norādīt arī savu vārdu, uzvārdu un datumu.",
        "Atzinumus lūdzam iesūtīt līdz 2026. gada 15. jūnijam. Paldies par Jūsu ieguldījumu un atbalstu!",
        "",
        "Ar cieņu",
        "Ilona Zariņa",
        "LDDK projekta koordinatore",
    ],
    rows=[],
    problems=["no_verdict"],
    author=COORD1, created=dt("2026-04-06", 11),
    note="NOT a review: coordinator's call to experts. Lists all three verdict options and several "
         "qualifications; 'atbalstu' here is the noun (thanks for support). No rows; no_verdict for the file.",
)

# ---------------------------------------------------------------------------------------------
# 19  Outlook e-mail, English headers, re-review after rejection (same expert as 05)
# ---------------------------------------------------------------------------------------------
build(
    "r13a19_RE_ Elektrotehnika PKE - labota versija.docx",
    [
        ("s", "**From:** Līga Jansone <liga.jansone@energoeksperti.lv>"),
        ("s", "**Sent:** Wednesday, May 20, 2026 10:12 AM"),
        ("s", "**To:** Inese Kļaviņa <inese.klavina@lddk.lv>"),
        ("s", "**Subject:** RE: Elektrotehniķa PKE – labotā versija"),
        "",
        "Labdien, Inese!",
        "Pārskatīju laboto PKE variantu. Visas aprīļa atzinumā minētās nepilnības ir novērstas – pievienots "
        "relejaizsardzības iestatījumu pārbaudes uzdevums, izolācijas mērījumu metodika atbilst spēkā esošajām "
        "prasībām, teorijas jautājumi atjaunoti, un darba drošības pārkāpumi tagad ir kritiski kritēriji. "
        "Tagad eksāmena saturu varu atbalstīt, un to var virzīt saskaņošanai.",
        "Ar labiem vēlējumiem",
        "Līga Jansone",
        "elektroenerģētikas nozares eksperte",
        "",
        ("s", "**From:** Inese Kļaviņa <inese.klavina@lddk.lv>"),
        ("s", "**Sent:** Monday, May 11, 2026 2:47 PM"),
        ("s", "**To:** Līga Jansone <liga.jansone@energoeksperti.lv>"),
        ("s", "**Subject:** Elektrotehniķa PKE – labotā versija"),
        ("q", "Labdien, Līga!"),
        ("q", "Pielikumā skolas labotais elektrotehniķa PKE. Jūsu 3. aprīļa atzinumā bija rakstīts: "
              "„Iesniegtajā redakcijā eksāmena saturu nevaru atbalstīt.” Lūdzu apskatīt, vai tagad saturs ir "
              "atbalstāms. MIP šoreiz nav jāskata."),
        ("q", "Paldies,"),
        ("q", "Inese"),
    ],
    rows=[("elektrotehniķis", "PKE", "supported")],
    expert="Līga Jansone", date="2026-05-20", author=COORD2, created=dt("2026-05-20", 11),
    note="Reply on top, quoted request below that cites the earlier rejection (history, not current). Current "
         "verdict 'varu atbalstīt, var virzīt saskaņošanai' = supported. MIP explicitly not part of it -> no row. "
         "Same expert as r13a05 (second round).",
)

# ---------------------------------------------------------------------------------------------
# 20  long review with a table of module remarks; PKE rejected; footer
# ---------------------------------------------------------------------------------------------
build(
    "r13a20_KIRT_MIP un PKE_Auzina-Kaleja.docx",
    [
        ("t", "Ekspertīzes atzinums"),
        ("c", "Koka izstrādājumu ražošanas tehniķis (LKI 4)"),
        "Vērtētie dokumenti: Smiltenes tehnikuma darba grupas izstrādātā modulārās izglītības programma "
        "(2026. gada maija redakcija) un profesionālās kvalifikācijas eksāmena saturs.",
        ("h", "1. Vispārējs vērtējums"),
        "Programma aptver koka izstrādājumu ražošanas tehnoloģiju no izejmateriāla līdz gatavam izstrādājumam, "
        "un tajā ir pietiekami daudz ražošanas organizācijas un kvalitātes vadības. Tomēr vairākiem moduļiem "
        "nepieciešami precizējumi. Piezīmes par moduļiem apkopotas tabulā.",
        ("tbl", [
            ["Modulis", "Piezīmes", "Obligāti?"],
            ["Koksnes materiālmācība", "Iebildumu nav.", "–"],
            ["Ražošanas tehnoloģiskā sagatavošana", "Papildināt ar tehnoloģisko karšu sagatavošanu "
             "programmatūrā (ne tikai uz papīra).", "jā"],
            ["Ražošanas procesa vadība", "Trūkst resursu plānošanas un izmaksu kalkulācijas.", "jā"],
            ["Kvalitātes kontrole", "Ieteicams pievienot statistiskās kontroles pamatus.", "nē"],
            ["Darba aizsardzība un vide", "Atsauces uz spēkā neesošiem MK noteikumiem – jāaktualizē.", "jā"],
        ]),
        ("h", "2. Eksāmena saturs"),
        "Eksāmena saturs neatbilst LKI 4. līmenim: praktiskais uzdevums prasa izgatavot vienkāršu izstrādājumu "
        "(taburete), kas ir operatora, nevis tehniķa uzdevums. Nav pārbaudīta spēja plānot ražošanas procesu, "
        "aprēķināt materiālu patēriņu un organizēt komandas darbu. Teorijas daļā 12 no 40 jautājumiem "
        "atkārtojas.",
        ("h", "3. Secinājumi"),
        "MIP – atbalstāma; virzāma saskaņošanai pēc tabulā ar „jā” atzīmēto precizējumu veikšanas.",
        "PKE – neatbalstu. Eksāmena praktiskā daļa jāizstrādā no jauna atbilstoši tehniķa kvalifikācijai, un pēc "
        "tam nepieciešama atkārtota ekspertīze.",
        "",
        "Zane Auziņa-Kalēja",
        "SIA „Ziemeļvidzemes kokapstrāde”, tehnoloģe",
        "16.06.2026.",
    ],
    footer=["Z. Auziņa-Kalēja | KIRT MIP/PKE atzinums | 2. redakcija"],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported")],
    expert="Zane Auziņa-Kalēja", date="2026-06-16", author="Zane", created=dt("2026-06-15", 16),
    note="Long review with a remarks table (with 'Obligāti?' column) and 'Secinājumi' in nominal style "
         "('MIP – atbalstāma; virzāma ... pēc precizējumu'; 'PKE – neatbalstu'). Hyphenated surname. Programme "
         "version date 'maija redakcija' and footer are not the review date.",
)

# ---------------------------------------------------------------------------------------------
# 21  short, 'iebildumu nav', 'neskatoties', PKE only
# ---------------------------------------------------------------------------------------------
build(
    "r13a21_mehatronikas PKE Berzins.docx",
    [
        "Labdien!",
        "Izskatīju mehatronisko sistēmu tehniķa PKE saturu (MIP šai kvalifikācijai jau izvērtēja G. Vītols, tāpēc "
        "to neskatīju). Neskatoties uz to, ka praktiskais uzdevums ir diezgan apjomīgs (6 stundas), tas ir "
        "izpildāms, un vērtēšanas kritēriji ir saprotami. Nepieciešamās iekārtas – PLC stends un pneimatikas "
        "komplekts – skolā ir pieejamas. Pret PKE saturu man iebildumu nav, iesaku to virzīt saskaņošanai.",
        "Uldis Bērziņš",
        "30.03.2026",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "PKE", "supported")],
    expert="Uldis Bērziņš", date="2026-03-30", author="Uldis", created=dt("2026-03-30", 15),
    note="Short note. 'iebildumu nav, iesaku virzīt' = supported; 'Neskatoties' and 'Nepieciešamās' start with ne- "
         "without negating. MIP reviewed by someone else -> no row.",
)

# ---------------------------------------------------------------------------------------------
# 22  unknown qualification + registered one, labelled sections
# ---------------------------------------------------------------------------------------------
build(
    "r13a22_Cirulis_masinbuve_atzinums.docx",
    [
        ("r", "Valmierā, 2026. gada 14. maijā"),
        ("t", "Atzinums par Vidzemes tehnikuma izstrādātajiem dokumentiem"),
        ("h", "Kvalifikācija Nr. 1 – mašīnbūves tehniķis (LKI 4)"),
        "Modulārā programma kopumā ir laba: iekļauta tehniskā dokumentācija, CAD modelēšana, metālapstrādes "
        "tehnoloģijas, kvalitātes kontrole. Tomēr CNC programmēšanas modulī pietrūkst darba ar CAM sistēmām, un "
        "moduļa „Ražošanas procesu organizācija” rezultāti ir formulēti pārāk vispārīgi. Programmu atbalstu ar "
        "precizējumiem – šīs divas lietas jāizlabo pirms virzīšanas saskaņošanai.",
        "Eksāmena saturs ir sabalansēts: tehniskās dokumentācijas sagatavošana, detaļas izgatavošanas "
        "tehnoloģiskā procesa izstrāde un mērījumu protokols. Eksāmena saturu atbalstu bez iebildumiem, to var "
        "virzīt saskaņošanai.",
        ("h", "Kvalifikācija Nr. 2 – mehatronisko sistēmu tehniķis"),
        "Vērtēju tikai modulāro programmu (PKE šai kvalifikācijai vērtē U. Bērziņš). Programmas otrā redakcija ir "
        "būtiski uzlabota, hidraulikas modulis pārstrādāts pēc eksperta ieteikumiem. Programma ir atbalstāma un "
        "virzāma saskaņošanai.",
        "",
        "Aigars Cīrulis",
        "SIA „Valmieras mašīnbūve”, galvenais inženieris",
    ],
    rows=[("mašīnbūves tehniķis", "MIP", "needs_corrections", 4),
          ("mašīnbūves tehniķis", "PKE", "supported", 4),
          ("mehatronisko sistēmu tehniķis", "MIP", "supported")],
    problems=["unknown_qualification"],
    expert="Aigars Cīrulis", date="2026-05-14", author="Aigars Cīrulis", created=dt("2026-05-13", 17),
    note="Two labelled sections: 'mašīnbūves tehniķis' (not in register -> unknown_qualification, LKI 4 from the "
         "review) and mehatronisko sistēmu tehniķis (MIP only; PKE reviewed by another expert -> no row). "
         "'atbalstu ar precizējumiem – jāizlabo pirms virzīšanas' = needs_corrections.",
)

# ---------------------------------------------------------------------------------------------
# 23  PKE only, PKL mention, rejection; MIP supported earlier (history, no row)
# ---------------------------------------------------------------------------------------------
build(
    "r13a23_MMO PKE Strazdins.docx",
    [
        ("h", "Meža mašīnu operatora profesionālās kvalifikācijas eksāmena saturs – eksperta viedoklis"),
        "Kvalifikācija: meža mašīnu operators, LKI 3. līmenis (iepriekšējā klasifikācijā – 2. PKL).",
        "Modulāro programmu atbalstīju jau martā, tāpēc šis viedoklis attiecas tikai uz eksāmenu.",
        "Galvenā problēma ir tā, ka praktiskā daļa notiek tikai uz simulatora. Simulators ir labs mācību "
        "līdzeklis, bet kvalifikācijas eksāmenā operatoram jāparāda, ka viņš spēj droši strādāt ar reālu "
        "harvesteru vai forvarderi mežā, tostarp veikt ikdienas apkopi un novērtēt augsnes nestspēju. Tāpat "
        "eksāmenā nav iekļauta darba drošības instruktāža un vides prasību ievērošana cirsmā.",
        "Ņemot vērā minēto, PKE saturs nav atbalstāms. Lūdzu darba grupu paredzēt praktisko daļu reālā mašīnā "
        "(var sadarbībā ar uzņēmumu), un pēc tam eksāmena saturu iesniegt atkārtotai izvērtēšanai.",
        "",
        "N. Strazdiņš",
        "Normunds Strazdiņš, meža tehnikas nodaļas vadītājs",
        "2026. g. 8. jūnijs",
    ],
    rows=[("meža mašīnu operators", "PKE", "not_supported")],
    expert="Normunds Strazdiņš", date="2026-06-08", author=COORD1, created=dt("2026-06-08", 18),
    note="PKE only; states LKI 3 and the old '2. PKL' (consistent: PKL n = LKI n+1). 'MIP atbalstīju jau martā' "
         "is history -> no MIP row. Expert written both as 'N. Strazdiņš' and in full; full name used.",
)

# ---------------------------------------------------------------------------------------------
# 24  NOT A REVIEW: news item
# ---------------------------------------------------------------------------------------------
build(
    "r13a24_Jaunums majaslapai - eksperti.docx",
    [
        ("t", "LDDK nozaru eksperti turpina darbu pie profesionālās izglītības satura"),
        ("i", "Publicēšanai LDDK mājaslapā, sadaļā „Jaunumi”"),
        "Latvijas Darba devēju konfederācija arī 2026. gadā piedalās Eiropas Savienības Kohēzijas politikas "
        "programmas 4.2.2. specifiskā atbalsta mērķa projektā, kura mērķis ir uzlabot profesionālās izglītības "
        "kvalitāti un tās atbilstību darba tirgum.",
        "Pavasarī darbu turpināja trīspadsmit nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves un "
        "metālapstrādes nozarēm. Viņi vērtē, vai profesionālās izglītības iestāžu darba grupu izstrādātās "
        "modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturs atbilst "
        "nozares vajadzībām – no motorzāģa operatora līdz mehatronisko sistēmu tehniķim.",
        "„Nozares uzņēmumi atbalsta to, ka audzēkņi vairāk laika pavada reālā darba vidē, un ekspertu atzinumos "
        "tas ir viens no biežākajiem ieteikumiem,” stāsta projekta koordinatore Inese Kļaviņa. Skolas saņem arī "
        "metodisko atbalstu – semināros tiek skaidrots, kā formulēt sasniedzamos rezultātus un vērtēšanas "
        "kritērijus.",
        "Ekspertīzes plānots pabeigt 2026. gada jūlijā, projekta 5. posmā.",
        ("i", "Sagatavoja: LDDK Komunikācijas nodaļa, 2026. gada 22. maijā"),
    ],
    rows=[],
    problems=["no_verdict"],
    author="LDDK", created=dt("2026-05-22", 12),
    note="NOT a review: news item. 'specifiskā atbalsta mērķa', 'uzņēmumi atbalsta', 'metodisko atbalstu', "
         "purpose 'vērtē, vai ... atbilst'. No verdict for any qualification. no_verdict for the file.",
)

# ---------------------------------------------------------------------------------------------
# 25  PKE only, three qualifications under 'Kvalifikācija:' labels
# ---------------------------------------------------------------------------------------------
build(
    "r13a25_PKE_energetika_Priede_09-06.docx",
    [
        "Ruta Priede",
        "Enerģētikas nozares eksperte",
        "09.06.2026",
        "",
        ("t", "Viedoklis par profesionālās kvalifikācijas eksāmenu saturu"),
        "MIP ekspertīze šīm kvalifikācijām tika veikta atsevišķi, tāpēc zemāk runa tikai par eksāmeniem.",
        "**Kvalifikācija:** elektromontieris",
        "Eksāmena uzdevumi (apgaismojuma ķēdes montāža, sadales skapja pievienošana, mērījumi) ir atbilstoši. "
        "Eksāmens ir atbalstāms ar nosacījumu, ka vērtēšanas kritērijos tiks skaidri noteikts, ka darba drošības "
        "pārkāpums nozīmē uzdevuma neizpildi. Kad tas būs izdarīts, to var virzīt saskaņošanai.",
        "**Kvalifikācija:** VGK iekārtu remontatslēdznieks",
        "Eksāmena saturs labi atspoguļo remontatslēdznieka ikdienu – apkope, bojājumu meklēšana, filtru un "
        "siksnu nomaiņa, dokumentēšana. Nekas nav jāmaina; eksāmena saturs atbalstāms un virzāms saskaņošanai.",
        "**Kvalifikācija:** VGK sistēmu tehniķis",
        "Praktiskais uzdevums būtībā ir tāds pats kā remontatslēdznieka eksāmenā, tehniķa līmeņa uzdevumi "
        "(sistēmas regulēšana, gaisa plūsmu mērījumi un balansēšana, automātikas parametru iestatīšana) nav "
        "iekļauti. Šādu eksāmena saturu neatbalstu – tas jāpārstrādā.",
    ],
    rows=[("elektromontieris", "PKE", "needs_corrections"),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported"),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported")],
    expert="Ruta Priede", date="2026-06-09", author=COORD2, created=dt("2026-06-10", 8),
    note="Name, role and date above the title; three qualifications under 'Kvalifikācija:' labels, two by "
         "register alias (VGK ...). PKE only (MIP done separately -> no MIP rows). Tehniķis section mentions the "
         "remontatslēdznieks exam in passing.",
)

# ---------------------------------------------------------------------------------------------
# 26  running text, qualifications named inside sentences, no headings
# ---------------------------------------------------------------------------------------------
build(
    "r13a26_Dzenis_motorzagis_MMO.docx",
    [
        "Labdien, kolēģi!",
        "Izskatīju Ogres tehnikuma iesūtītos dokumentus gan motorzāģa operatora, gan meža mašīnu operatora "
        "kvalifikācijai. Motorzāģa operatora programma man patika – tā ir praktiska, ar pietiekami daudz "
        "stundām mežā, ar labu darba drošības daļu, un to var atbalstīt un virzīt saskaņošanai bez "
        "precizējumiem. Savukārt meža mašīnu operatora programmā vēl jāpapildina hidraulikas apkopes tēmas un "
        "darbs ar mežizstrādes datu pārsūtīšanas sistēmām; ja tas tiks izdarīts, arī šo programmu atbalstu un "
        "iesaku pēc tam virzīt saskaņošanai.",
        "Abu kvalifikāciju eksāmenu saturs, manuprāt, ir labi sagatavots, uzdevumi reāli un vērtēšana skaidra. Tos "
        "atbalstu un iesaku virzīt saskaņošanai.",
        "Ja ir jautājumi, sazvanāmies.",
        "Ivars Dzenis, 2026. gada 18. februārī",
    ],
    rows=[("motorzāģa operators", "MIP", "supported"),
          ("motorzāģa operators", "PKE", "supported"),
          ("meža mašīnu operators", "MIP", "needs_corrections"),
          ("meža mašīnu operators", "PKE", "supported")],
    expert="Ivars Dzenis", date="2026-02-18", author="Ivars", created=dt("2026-02-18", 20),
    note="No headings: both qualifications named inside running text in the genitive. 'bez precizējumiem' is "
         "positive. MMO MIP: 'vēl jāpapildina; ja tas tiks izdarīts, atbalstu' = needs_corrections. One sentence "
         "covers both PKEs ('abu kvalifikāciju eksāmenu saturs').",
)

# ---------------------------------------------------------------------------------------------
# 27  header with initial, strike-through option list ('nevajadzīgo svītrot') in prose memo
# ---------------------------------------------------------------------------------------------
build(
    "r13a27_Berzina_buvizstradajumu galdnieks_atzinums.docx",
    [
        ("t", "Būvizstrādājumu galdnieks – MIP un PKE ekspertīze"),
        "Dokumentus iesniedza Kuldīgas tehnikuma darba grupa 2026. gada 11. maijā.",
        "Programmā pārāk liels uzsvars likts uz mēbeļu izgatavošanu, kas pieder citai kvalifikācijai. Logu un durvju "
        "izgatavošanai, montāžai un blīvēšanai, kā arī kāpņu izgatavošanai atvēlēts mazāk nekā ceturtdaļa "
        "stundu. Nav iekļauta energoefektīvu logu montāža (siltās montāžas sistēmas), kas šodien ir pamatprasība. "
        "Programmu šādā redakcijā atbalstīt nevaru – tā būtiski jāpārstrādā.",
        "Eksāmena saturs vērsts uz būvizstrādājumiem pareizi (loga rāmja izgatavošana), taču vērtēšanas kritēriji "
        "jāpapildina ar savienojumu precizitātes pielaidēm un jānorāda, kuri kritēriji ir kritiski. Pēc tam "
        "eksāmena saturu var virzīt.",
        ("h", "Slēdziens (nevajadzīgo svītrot)"),
        "MIP saturs: ~~ir atbalstāms un virzāms saskaņošanai~~ / ~~ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai~~ / nav atbalstāms",
        "PKE saturs: ~~ir atbalstāms un virzāms saskaņošanai~~ / ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai / ~~nav atbalstāms~~",
        "",
        "Elīna Bērziņa",
        "Datums: 27.05.2026.",
    ],
    header=["Eksperta atzinums  |  E. Bērziņa  |  27.05.2026"],
    rows=[("būvizstrādājumu galdnieks", "MIP", "not_supported"),
          ("būvizstrādājumu galdnieks", "PKE", "needs_corrections")],
    expert="Elīna Bērziņa", date="2026-05-27", author="Elīna Bērziņa", created=dt("2026-05-26", 14),
    note="Prose memo ending with a 'nevajadzīgo svītrot' line: non-chosen options carry strike-through; the "
         "prose agrees (MIP 'atbalstīt nevaru'; PKE corrections then forward). Submission date 11 May is not the "
         "review date; header repeats initial + date.",
)

# ---------------------------------------------------------------------------------------------
# 28  supported with optional suggestions, 'Rezumējot'
# ---------------------------------------------------------------------------------------------
build(
    "r13a28_VGK_sistemu_tehnikis_Saulitis_final.docx",
    [
        ("t", "Ekspertīzes atzinums"),
        ("c", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, LKI 4. līmenis"),
        "Šī ir otrā ekspertīze: pirmajā kārtā citas ekspertes atzinumā programma netika atbalstīta, jo trūka "
        "regulēšanas un automātikas satura. Darba grupa programmu ir pārstrādājusi un vienlaikus iesniegusi arī "
        "eksāmena saturu.",
        "Programmā tagad ir atsevišķi moduļi „Sistēmu regulēšana un balansēšana” un „Ēku automātikas sistēmas”, "
        "un tie ir labi izstrādāti. Stundu sadalījums atbilst tehniķa līmenim, prakses uzdevumi saistīti ar "
        "moduļu rezultātiem. Eksāmens ietver sistēmas nodošanas ekspluatācijā uzdevumu ar gaisa plūsmu "
        "mērījumiem un regulēšanas protokolu, kas ir tieši tas, ko sagaidām no tehniķa.",
        ("h", "Rezumējot"),
        "Gan MIP, gan PKE saturs ir atbal¦stāms un virzāms sask¦aņošanai.",
        "Zemāk daži ieteikumi, kurus darba grupa var ņemt vērā pēc saviem ieskatiem; tie nav priekšnoteikums "
        "virzīšanai saskaņošanai:",
        ("li", "varētu pieminēt CO2 sensoru kalibrēšanu;"),
        ("li", "eksāmena laika normu ieteicams pārbaudīt praksē ar vienu grupu;"),
        ("li", "literatūras sarakstā ir divas dublētas pozīcijas."),
        "",
        "Ar cieņu",
        "Toms Saulītis",
        "SIA „Gaisa tehnoloģijas”, projektu vadītājs",
        "Cēsīs, 2026. gada 3. jūlijā",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported"),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported")],
    expert="Toms Saulītis", date="2026-07-03", author="Toms Saulītis", created=dt("2026-07-02", 16),
    note="History of an earlier rejection by someone else (not current). 'Rezumējot' gives supported for both; "
         "the suggestions are explicitly optional ('nav priekšnoteikums virzīšanai') -> supported, not "
         "needs_corrections.",
)

# ---------------------------------------------------------------------------------------------
# 29  NOT A REVIEW: expert assignment table
# ---------------------------------------------------------------------------------------------
build(
    "r13a29_ekspertu sadalijums 5 posms (precizets).docx",
    [
        ("t", "Ekspertu sadalījums MIP un PKE ekspertīzei – 5. posms"),
        "Precizēts 2026. gada 15. aprīlī. Lūdzu pārbaudīt savas kvalifikācijas un termiņus.",
        ("tbl", [
            ["Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Piezīmes"],
            ["Mēbeļu galdnieks", "4", "D. Krūmiņa", "–", "08.05.2026", "atkārtota MIP ekspertīze pēc precizējumiem"],
            ["Elektrotehniķis", "4", "–", "L. Jansone", "22.05.2026", "PKE iepriekš netika atbalstīts; labotā versija"],
            ["VGK sistēmu tehniķis", "4", "T. Saulītis", "T. Saulītis", "03.07.2026", "otrā kārta"],
            ["Koka izstrādājumu ražošanas tehniķis", "4", "Z. Auziņa-Kalēja", "Z. Auziņa-Kalēja", "19.06.2026", ""],
            ["Meža mašīnu operators", "3", "–", "N. Strazdiņš", "10.06.2026", "MIP jau atbalstīts martā"],
            ["Būvizstrādājumu galdnieks", "4", "E. Bērziņa", "E. Bērziņa", "29.05.2026", ""],
        ]),
        "Ja kāds no ekspertiem nevar veikt ekspertīzi noteiktajā termiņā, lūdzu informēt koordinatori, lai "
        "varam nodrošināt aizvietošanu.",
        "I. Zariņa",
    ],
    rows=[],
    problems=["no_verdict"],
    author=COORD1, created=dt("2026-04-15", 10),
    note="NOT a review: assignment table with notes that restate history ('iepriekš netika atbalstīts', "
         "'MIP jau atbalstīts martā'). No rows; no_verdict for the file.",
)

# ---------------------------------------------------------------------------------------------
# 30  same expert as 01, second round of the MIP, now supported; PKE already done
# ---------------------------------------------------------------------------------------------
build(
    "r13a30_Mebelu galdnieks MIP 2.karta Krumina.docx",
    [
        "Dace Krūmiņa",
        "04.05.2026.",
        "",
        ("h", "Par mēbeļu galdnieka modulārās izglītības programmas laboto redakciju"),
        "Martā programmu atbalstīju ar nosacījumu, ka tiks novērsti četri trūkumi: ūdens bāzes laku trūkums "
        "apdares modulī, darba drošības jautājumu dublēšanās, termina „finierēšana” nepareizs lietojums un "
        "nepietiekams CNC stundu skaits.",
        "Labotajā redakcijā visi četri punkti ir izpildīti. Apdares modulis papildināts ar ūdens bāzes materiāliem "
        "un žāvēšanas režīmiem, darba drošība apvienota vienā ievadmodulī, terminoloģija izlabota, CNC "
        "programmēšanai tagad atvēlētas 44 stundas.",
        "Profesionālās kvalifikācijas eksāmena saturs tika atbalstīts jau 12. marta atzinumā, tāpēc šoreiz to "
        "nevērtēju.",
        ("h", "Rezumējot"),
        "Mēbeļu galdnieka MIP tagad ir atbalstāma un virzāma saskaņošanai.",
    ],
    rows=[("mēbeļu galdnieks", "MIP", "supported")],
    expert="Dace Krūmiņa", date="2026-05-04", author="Dace Krūmiņa", created=dt("2026-05-04", 13),
    note="Second round by the same expert as r13a01; name and date at the top, no closing. History ('Martā "
         "atbalstīju ar nosacījumu') is not current. Current: supported. PKE explicitly not re-reviewed -> no row.",
)

# ---------------------------------------------------------------------------------------------
# 31  Gmail, Latvian headers; 'abus dokumentus atbalstu, bet ar labojumiem'
# ---------------------------------------------------------------------------------------------
build(
    "r13a31_Gmail - mezsaimniecibas tehnikis MIP PKE.docx",
    [
        ("s", "Gmail\tIlona Zariņa <ilona.zarina@lddk.lv>"),
        ("h", "Mežsaimniecības tehniķis – mani komentāri"),
        ("s", "Laura Kūla <laura.kula@gmail.com>\tceturtd., 2026. g. 21. maijs, plkst. 08:57"),
        ("s", "Adresāts: Ilona Zariņa <ilona.zarina@lddk.lv>"),
        "",
        "Labrīt, Ilona!",
        "Izlasīju Bebrenes tehnikuma mežsaimniecības tehniķa programmu un eksāmenu. Abus dokumentus atbalstu, "
        "bet ar labojumiem – pirms saskaņošanas tie jāizlabo:",
        "Programmā (MIP):",
        ("li", "medību saimniecības modulis pārāk plašs, to varētu saīsināt par labu meža atjaunošanai;"),
        ("li", "nav iekļauta darbu kvalitātes kontrole pēc mežizstrādes (cirsmu pieņemšana);"),
        ("li", "vairākās vietās vēl minēts vecais Meža likuma regulējums par ciršanas vecumiem."),
        "Eksāmenā (PKE):",
        ("li", "taksācijas uzdevumam jānorāda, kādas mērierīces izmanto;"),
        ("li", "vērtēšanas lapā punktu summa ir 105, nevis 100 – jāizlabo."),
        "Pārējais ir labā līmenī, un skolai jāpasaka paldies par darbu.",
        "Laura",
        "--",
        "Laura Kūla",
        "mežsaimniecības nozares eksperte",
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections"),
          ("mežsaimniecības tehniķis", "PKE", "needs_corrections")],
    expert="Laura Kūla", date="2026-05-21", author=COORD1, created=dt("2026-05-21", 9, 30),
    note="Gmail print with Latvian date format. One sentence 'Abus dokumentus atbalstu, bet ar labojumiem – "
         "pirms saskaņošanas tie jāizlabo' gives needs_corrections to both; documents referred to as "
         "'programma'/'eksāmens'. Signature after '--'.",
)

# ---------------------------------------------------------------------------------------------
# 32  unknown qualification, unsigned (no expert name)
# ---------------------------------------------------------------------------------------------
build(
    "r13a32_siltumenergetikas tehnikis_atzinums.docx",
    [
        ("t", "Atzinums"),
        ("c", "par profesionālās kvalifikācijas „Siltumenerģētikas tehniķis” (LKI 4) MIP un PKE saturu"),
        "Programma un eksāmens izstrādāti, pārņemot lielu daļu no elektrotehniķa dokumentiem. Siltumenerģētikai "
        "specifiskās tēmas – katlumāju ekspluatācija, siltumtīklu hidrauliskie režīmi, siltummezglu "
        "regulēšana, ūdens ķīmiskā sagatavošana – ir ietvertas tikai vienā modulī ar 40 stundām. Tas nav "
        "pietiekami, lai sagatavotu tehniķi.",
        "Eksāmena praktiskais uzdevums par siltummezgla apkopi ir labs, bet teorijas daļā vairāk nekā puse "
        "jautājumu ir par elektrotehniku, un nav pārbaudītas zināšanas par kurināmā sadedzināšanu un emisijām.",
        ("h", "Secinājumi"),
        "MIP saturs nav atbalstāms. PKE saturs arī nav atbalstāms. Abi dokumenti jāpārstrādā, un tie atkārtoti "
        "jāiesniedz ekspertīzei.",
        "",
        "25.06.2026",
    ],
    rows=[("siltumenerģētikas tehniķis", "MIP", "not_supported", 4),
          ("siltumenerģētikas tehniķis", "PKE", "not_supported", 4)],
    problems=["unknown_qualification"],
    expert="", date="2026-06-25", author=COORD2, created=dt("2026-06-26", 9),
    note="Qualification not in the register -> unknown_qualification (LKI 4 from the review). The review carries "
         "no author name (only a date); docx author is the coordinator who saved it -> expert empty. "
         "'elektrotehniķa dokumenti' is a passing mention, not a reviewed qualification.",
)

# ---------------------------------------------------------------------------------------------
# 33  qualification only in the title; letterhead in Word header with name and role
# ---------------------------------------------------------------------------------------------
build(
    "r13a33_Abols_Elektrotehnikis MIP.docx",
    [
        ("t", "Par profesionālās kvalifikācijas „Elektrotehniķis” modulārās izglītības programmas saturu"),
        "Iepazinos ar Jelgavas tehnikuma iesniegto programmas projektu. Eksāmena saturu šoreiz neskatīju – tas "
        "vēl nav iesniegts.",
        "Programma ir labi strukturēta un aptver elektroietaišu projektēšanas pamatus, montāžu, ekspluatāciju un "
        "mērījumus. Īpaši vērtīgs ir modulis par elektroietaišu nodošanu ekspluatācijā. Taču moduļos par "
        "elektropiedziņām nav minēti frekvenču pārveidotāji, un vairākos sasniedzamajos rezultātos lietots "
        "darbības vārds „zina”, kas nav izmērāms.",
        "Programmu kopumā atbalstu, tomēr to var virzīt saskaņošanai tikai pēc tam, kad būs precizēta "
        "elektropiedziņu daļa un pārformulēti minētie rezultāti.",
        "",
        "Jelgavā, 2026. gada 30. aprīlī",
    ],
    header=["Pēteris Ābols", "SIA „Zemgales elektrotīkli”, galvenais energētiķis, LDDK deleģēts nozares eksperts"],
    rows=[("elektrotehniķis", "MIP", "needs_corrections")],
    expert="Pēteris Ābols", date="2026-04-30", author="Pēteris Ābols", created=dt("2026-04-30", 10),
    note="Qualification only in the title; expert's name and role only in the Word header (letterhead). PKE not "
         "yet submitted -> no row. 'atbalstu, tomēr var virzīt tikai pēc tam, kad būs precizēta' = needs_corrections.",
)

# ---------------------------------------------------------------------------------------------
# 34  two PKEs: one supported, one deferred (no verdict)
# ---------------------------------------------------------------------------------------------
build(
    "r13a34_Roze PKE KIO motorzagis.docx",
    [
        "Gunta Roze, kokrūpniecības nozares eksperte",
        "10.03.2026.",
        "",
        "Šoreiz man nosūtīti divi eksāmenu satura projekti.",
        "**Kokapstrādes iekārtu operatora PKE.** Uzdevumi atbilst kvalifikācijai, iekārtu saraksts ir reāls, "
        "vērtēšanas kritēriji detalizēti. Šo eksāmena saturu atbalstu un iesaku virzīt saskaņošanai.",
        "**Motorzāģa operatora PKE.** Uzdevumu apraksts ir saprotams, taču man rodas jautājumi par to, kā "
        "praktiskā daļa tiks organizēta ziemā un kurš nodrošinās cirsmu. Eksāmena satura izstrādē piedalījās arī "
        "mežu apsaimniekotāja pārstāvis, un viņa viedoklis jāuzklausa. Gala vērtējumu par šo eksāmenu sniegšu pēc "
        "tikšanās ar darba grupu nākamnedēļ.",
    ],
    rows=[("kokapstrādes iekārtu operators", "PKE", "supported"),
          ("motorzāģa operators", "PKE", "unknown")],
    problems=["no_verdict"],
    expert="Gunta Roze", date="2026-03-10", author="Gunta Roze", created=dt("2026-03-10", 19),
    note="Two PKEs. KIO PKE supported. Motorzāģa PKE is discussed but the verdict is explicitly deferred "
         "('Gala vērtējumu sniegšu pēc tikšanās') -> unknown + no_verdict.",
)

# ---------------------------------------------------------------------------------------------
# 35  consolidated wood-sector memo, roman numerals, 3 qualifications x 2 documents
# ---------------------------------------------------------------------------------------------
build(
    "r13a35_Kokrupnieciba_kopsavilkums_Strautina_18.06.docx",
    [
        ("t", "Eksperta atzinums par trīs kokrūpniecības kvalifikāciju MIP un PKE saturu"),
        "Mg. sc. ing. Helēna Strautiņa, kokrūpniecības nozares eksperte",
        "",
        "Jūnijā izvērtēju trīs tehnikumu iesniegtos dokumentus. Par katru kvalifikāciju sniedzu atsevišķu "
        "vērtējumu; piezīmes, kas attiecas uz vairākām kvalifikācijām, apkopotas beigās.",
        ("H", "I. Būvizstrādājumu galdnieks"),
        "Programma (Kuldīgas tehnikums, labotā redakcija) tagad pareizi fokusējas uz logiem, durvīm un kāpnēm, "
        "iekļauta siltā montāža. Eksāmenā – loga rāmja izgatavošana ar precizitātes pielaidēm un skaidriem "
        "kritiskajiem kritērijiem. Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai.",
        ("H", "II. Koka izstrādājumu ražošanas tehniķis"),
        "Programmā vēl jāaktualizē atsauces uz normatīvajiem aktiem darba aizsardzībā un jāpapildina resursu "
        "plānošana. Eksāmena praktiskā daļa pārstrādāta tehniķa līmenī (ražošanas plāns un materiālu aprēķins "
        "sērijai), bet vērtēšanas kritērijos vēl nav punktu sadalījuma plānošanas daļai. MIP un PKE – "
        "atbalstāmi, pēc precizējumu veikšanas virzāmi saskaņošanai.",
        ("H", "III. Datorizētu kokapstrādes iekārtu operators"),
        "Pārstrādātā programma ir daudz labāka nekā aprīļa versija, par kuru kolēģis rakstīja, ka tā nav "
        "atbalstāma. Tagad iekļauts CAD/CAM modulis un iekārtu apkope. Atliek nodalīt 3 asu un 5 asu apstrādes "
        "rezultātus – pēc tam programmu var virzīt saskaņošanai. Eksāmena saturam ar iekļauto CAM uzdevumu "
        "iebildumu nav, tas virzāms saskaņošanai tādā veidā, kā iesniegts.",
        ("H", "Kopīgās piezīmes"),
        "Visos trīs komplektos vēlams vienādot moduļu aprakstu formu un terminoloģiju; tas ir ieteikums, nevis "
        "nosacījums.",
        "",
        "2026. gada 18. jūnijā",
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "supported"),
          ("būvizstrādājumu galdnieks", "PKE", "supported"),
          ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections"),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported")],
    expert="Helēna Strautiņa", date="2026-06-18", author="", created=dt("2026-06-18", 11),
    font="Times New Roman", size=12,
    note="Three qualifications under roman-numeral Word headings, 6 rows. Academic title dropped. III mentions a "
         "colleague's earlier rejection (history). DKIO MIP: 'Atliek nodalīt ... pēc tam var virzīt' = "
         "needs_corrections; optional common remark explicitly not a condition.",
)


# ---------------------------------------------------------------------------------------------
# outputs and checks
# ---------------------------------------------------------------------------------------------
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for r in GOLD:
            w.writerow(r)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for r in PROBS:
            w.writerow(r)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r13a — blind set: free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
        f.write("Built by `build.py` (python-docx 1.2). Gold labels: `expected.csv`, `expected_problems.csv`.\n\n")
        f.write("| file | rows | problems | design and judgement calls |\n|---|---|---|---|\n")
        for name, note in NOTES:
            n = sum(1 for g in GOLD if g[0] == name)
            pr = ", ".join(c for fn, c in PROBS if fn == name)
            f.write("| %s | %d | %s | %s |\n" % (name, n, pr, note.replace("|", "/")))


def check():
    names = set(BUILT)
    assert len(names) == len(BUILT), "duplicate file names"
    for n in BUILT:
        Document(os.path.join(OUT, n))  # opens?
    for r in GOLD:
        assert r[0] in names and os.path.exists(os.path.join(OUT, r[0])), r
    for r in PROBS:
        assert r[0] in names, r
    covered = {r[0] for r in GOLD} | {r[0] for r in PROBS}
    missing = names - covered
    assert not missing, missing
    keys = [(r[0], r[1], r[2]) for r in GOLD]
    assert len(keys) == len(set(keys)), "duplicate gold keys"
    non_reviews = [n for n in BUILT if not any(g[0] == n for g in GOLD)]
    from collections import Counter
    print("files:", len(BUILT), "gold rows:", len(GOLD), "problem rows:", len(PROBS))
    print("files without rows:", non_reviews)
    print("verdicts:", Counter(g[3] for g in GOLD))
    print("documents:", Counter(g[2] for g in GOLD))
    print("problems:", Counter(p[1] for p in PROBS))


if __name__ == "__main__":
    write_outputs()
    check()
