# -*- coding: utf-8 -*-
"""Build the r23a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run:  /work/hvenv/bin/python build.py
Inline markup inside paragraph strings:
  **bold**  __italic__  ~~strike~~  [+tracked insertion+]  [-tracked deletion-]
  ¦ = split the run here (no visible change)   ↵ = soft line break (Shift+Enter)
"""
import csv
import itertools
import os
import re
from datetime import datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.dirname(os.path.abspath(__file__))

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
VGK_R = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGK_T = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"

GOLD = []      # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []  # (file, code)
README = []    # (file, design, judgement)

_ids = itertools.count(100)
TOK = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\[\+.+?\+\]|\[-.+?-\]|__.+?__|¦|↵)")


def _track_el(tag, text, track):
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(next(_ids)))
    el.set(qn("w:author"), track["author"])
    el.set(qn("w:date"), track["date"])
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def add_runs(p, text, track=None, bold=False, italic=False, color=None, size=None):
    for part in TOK.split(text):
        if not part or part == "¦":
            continue
        if part == "↵":
            (p.runs[-1] if p.runs else p.add_run()).add_break()
            continue
        if part.startswith("[+"):
            p._p.append(_track_el("w:ins", part[2:-2], track))
            continue
        if part.startswith("[-"):
            p._p.append(_track_el("w:del", part[2:-2], track))
            continue
        b, i, s = bold, italic, False
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("__"):
            part, i = part[2:-2], True
        elif part.startswith("~~"):
            part, s = part[2:-2], True
        r = p.add_run(part)
        if b:
            r.bold = True
        if i:
            r.italic = True
        if s:
            r.font.strike = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    return p


def add_field(p, instr):
    """Simple field (PAGE / NUMPAGES) in a header/footer paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def render(doc, blocks, track=None):
    for b in blocks:
        if isinstance(b, str):
            add_runs(doc.add_paragraph(), b, track)
            continue
        kind, *args = b
        if kind == "sp":
            doc.add_paragraph()
        elif kind == "H1":
            doc.add_heading(args[0], level=1)
        elif kind == "H2":
            doc.add_heading(args[0], level=2)
        elif kind == "b":
            add_runs(doc.add_paragraph(), args[0], track, bold=True)
        elif kind == "c":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, args[0], track)
        elif kind == "r":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_runs(p, args[0], track)
        elif kind == "j":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add_runs(p, args[0], track)
        elif kind == "li":
            add_runs(doc.add_paragraph(style="List Bullet"), args[0], track)
        elif kind == "ln":
            add_runs(doc.add_paragraph(style="List Number"), args[0], track)
        elif kind == "q":  # quoted e-mail text
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            add_runs(p, args[0], track, color="555555")
        elif kind == "hdr":  # e-mail header line, small font
            add_runs(doc.add_paragraph(), args[0], track, size=10)
        elif kind == "hr":
            p = doc.add_paragraph()
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
                bot.set(qn(k), v)
            bdr.append(bot)
            pPr.append(bdr)
        elif kind == "tbl":
            rows = args[0]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.paragraphs[0].text = ""
                    add_runs(cell.paragraphs[0], val, track)
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)


def build(name, blocks, rows=(), problems=(), expert="", date="", author="", created=None,
          header=None, footer=None, track=None, design="", note="", font=None):
    assert name.startswith("r23a"), name
    doc = Document()
    if font:
        doc.styles["Normal"].font.name = font
    render(doc, blocks, track)
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        add_runs(hp, header)
    if footer:
        fp = sec.footer.paragraphs[0]
        add_runs(fp, footer)
        if "Lapa" in footer:
            add_field(fp, "PAGE")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    if created:
        cp.created = created
        cp.modified = created
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v = r[:3]
        lki = r[3] if len(r) > 3 else REGISTER.get(q, "")
        ex = r[4] if len(r) > 4 else expert
        dt = r[5] if len(r) > 5 else date
        assert d in ("MIP", "PKE") and v in ("supported", "needs_corrections", "not_supported", "unknown"), r
        GOLD.append((name, q, d, v, ex, dt, lki))
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append((name, c))
    README.append((name, design, note))


D = datetime
COORD1 = "Laura Siliņa"
COORD2 = "Kristīne Vanaga"

# ---------------------------------------------------------------------------------------------
# FILES
# ---------------------------------------------------------------------------------------------
# 01 -- formal letter, letterhead above title, MIP only, conclusion "Slēdziens" with condition
build(
    "r23a01_Atzinums_Mebelu_galdnieks_MIP_Kalnina.docx",
    [
        ("c", "**Ilze Kalniņa**↵SIA „Koka Meistari” ražošanas vadītāja↵kokrūpniecības nozares eksperte"),
        ("hr",),
        ("sp",),
        ("c", "**ATZINUMS**"),
        ("c", "par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas saturu"),
        ("sp",),
        "Rīgā, 2026. gada 12. martā",
        ("j", "Saskaņā ar Latvijas Darba devēju konfederācijas deleģējumu esmu iepazinusies ar profesionālās "
              "izglītības iestāžu darba grupas izstrādāto kompetencēs balstītās modulārās izglītības programmas "
              "(turpmāk – programma) projektu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Profesionālās "
              "kvalifikācijas eksāmena saturs man šajā kārtā netika nodots, tāpēc šis atzinums attiecas tikai uz programmu."),
        ("j", "Programmas struktūra kopumā atbilst profesijas standartam un nozares pašreizējām vajadzībām. Pozitīvi "
              "vērtēju to, ka liela uzmanība pievērsta darbam ar datorvadāmām iekārtām un ka praktisko mācību "
              "īpatsvars ir ievērojams. Tālāk norādu piezīmes par atsevišķiem moduļiem."),
        ("b", "1. Modulis „Mēbeļu konstruēšana”"),
        ("j", "Moduļa rezultātos minēta tikai rasējumu lasīšana, taču mūsdienu ražotnē galdnieks ikdienā strādā ar "
              "3D modeļiem un detaļu specifikācijām. Rezultāti jāpapildina ar prasmi izmantot vismaz vienu "
              "konstruēšanas programmu."),
        ("b", "2. Modulis „Virsmu apdare”"),
        ("j", "Apdares materiālu sarakstā nav minētas ūdens bāzes lakas un eļļas, kas mūsu nozarē jau sen ir ikdiena. "
              "Tāpat jāprecizē darba aizsardzības prasības darbam krāsošanas kamerā – pašlaik tās aprakstītas ļoti vispārīgi."),
        ("b", "3. Modulis „Mēbeļu montāža un uzstādīšana”"),
        ("j", "Moduļa apjoms (4 KP) ir par mazu. Lūdzu paredzēt vairāk laika mēbeļu uzstādīšanai pie klienta, jo tieši "
              "šeit jaunajiem darbiniekiem pieredzes trūkst visvairāk."),
        ("j", "Pārējiem moduļiem būtisku iebildumu nav; dažas redakcionālas kļūdas esmu atzīmējusi pašā dokumentā ar komentāriem."),
        ("b", "Slēdziens"),
        ("j", "Programmas saturu atbalstu, taču pirms tās virzīšanas saskaņošanai darba grupai jāveic 1.–3. punktā minētie precizējumi."),
        ("sp",),
        "Ar cieņu,",
        "Ilze Kalniņa",
    ],
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections")],
    expert="Ilze Kalniņa", date="2026-03-12", author=COORD1, created=D(2026, 3, 12, 16, 5),
    design="Formal letter; letterhead (name, role) above the title; MIP only; remarks per module; 'Slēdziens'.",
    note="'atbalstu, taču pirms virzīšanas … jāveic precizējumi' = needs_corrections. PKE explicitly not given to the expert -> no PKE row. Author = coordinator.",
)

# 02 -- Outlook e-mail (Latvian headers) pasted into Word, second round, quoted coordinator request with all options
build(
    "r23a02_RE_ Elektromontieris PKE labotais.docx",
    [
        ("hdr", "**No:** Māris Ozoliņš <maris.ozolins@inbox.lv>"),
        ("hdr", "**Nosūtīts:** ceturtdiena, 2026. gada 19. marts 10:42"),
        ("hdr", "**Kam:** Laura Siliņa <laura.silina@lddk.lv>"),
        ("hdr", "**Kopija:** Kristīne Vanaga <kristine.vanaga@lddk.lv>"),
        ("hdr", "**Tēma:** RE: Elektromontieris – PKE labotā versija"),
        ("sp",),
        "Labdien, Laura!",
        "Paldies par atsūtīto. Izskatīju skolas precizēto eksāmena saturu elektromontierim. Teorētiskās daļas "
        "jautājumi tagad ir sasaistīti ar profesijas standartu, praktiskajā uzdevumā beidzot ir iekļauta sprieguma "
        "neesamības pārbaude un pārnēsājamā zemējuma uzlikšana, ko prasīju pirmajā reizē. Vērtēšanas kritēriju tabula arī ir sakārtota.",
        "Visas manas iepriekšējās piezīmes ir ņemtas vērā, līdz ar to PKE saturu atbalstu un to var virzīt saskaņošanai. "
        "Papildus neko neprasu.",
        "Programmu (MIP) elektromontierim, kā zināms, vērtēja Aivars, tāpēc par to neizsakos.",
        "Ar cieņu↵Māris Ozoliņš↵elektroietaišu ekspluatācijas inženieris↵tālr. 26 418 552",
        ("sp",),
        ("hdr", "**No:** Laura Siliņa <laura.silina@lddk.lv>"),
        ("hdr", "**Nosūtīts:** piektdiena, 2026. gada 13. marts 15:15"),
        ("hdr", "**Kam:** Māris Ozoliņš <maris.ozolins@inbox.lv>"),
        ("hdr", "**Tēma:** Elektromontieris – PKE labotā versija"),
        ("q", "Labdien, Māri!"),
        ("q", "Pielikumā skolas darba grupas labotā PKE versija elektromontierim (LKI 3). Lūdzu izvērtēt, vai pēc "
              "labojumiem saturs ir atbalstāms un virzāms saskaņošanai, vai arī vēl nepieciešami precizējumi. "
              "Iepriekšējā kārtā PKE atbalstījāt ar nosacījumu, ka tiek veikti precizējumi."),
        ("q", "Paldies!↵Laura"),
    ],
    rows=[("elektromontieris", "PKE", "supported")],
    expert="Māris Ozoliņš", date="2026-03-19", author=COORD1, created=D(2026, 3, 19, 11, 2),
    design="Outlook reply with Latvian headers pasted into Word; quoted earlier coordinator message.",
    note="Date from the expert's own 'Nosūtīts' line (19.03), not the quoted 13.03. 'PKE saturu atbalstu un to var virzīt saskaņošanai' = supported; the quoted request lists options and the earlier conditional verdict (history) -> ignored. MIP reviewed by someone else -> no row.",
)

# 03 -- numbered sections per document, Secinājumi, academic title, place+date at the end
build(
    "r23a03_Ekspertize VGK sist tehnikis_Berzins.docx",
    [
        ("c", "**Ekspertu atzinums**"),
        "Kvalifikācija: ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)",
        "Vērtētie dokumenti: modulārās izglītības programmas projekts un profesionālās kvalifikācijas eksāmena satura projekts (abi saņemti 2026. gada 20. martā).",
        ("j", "Izvērtējumu veicu, salīdzinot abus dokumentus ar 2025. gadā aktualizēto profesijas standartu un nozares "
              "kvalifikāciju struktūru, kā arī ar mūsu uzņēmumu pieredzi, pieņemot darbā pēdējo gadu absolventus."),
        ("b", "1. Par modulāro izglītības programmu"),
        ("j", "Programma ir pārdomāta, moduļu secība loģiska. Labi, ka iekļauts atsevišķs modulis par ēku "
              "automatizācijas sistēmām un energoefektivitātes mērījumiem. Ieteiktu (nav obligāti) modulī "
              "„Sistēmu nodošana ekspluatācijā” paredzēt vismaz vienu praktisko darbu ar gaisa plūsmu balansēšanu "
              "reālā objektā, kā arī precizēt literatūras sarakstu, kurā vairāki avoti ir novecojuši."),
        ("b", "2. Par profesionālās kvalifikācijas eksāmena saturu"),
        ("j", "Eksāmena teorētiskā daļa pārsvarā pārbauda definīciju zināšanas, nevis spēju risināt situācijas. Praktiskā "
              "daļa paredz tikai ventilatora nomaiņu un filtru apkopi – tas atbilst remontatslēdznieka, nevis tehniķa "
              "līmenim. Nav neviena uzdevuma par regulēšanu, vadības iestatījumu pārbaudi vai sistēmas parametru "
              "mērīšanu un dokumentēšanu. Vērtēšanas kritēriji nav sasaistīti ar standartā noteiktajām kompetencēm."),
        ("b", "Secinājumi"),
        ("j", "Programma ir atbalstāma un virzāma saskaņošanai tādā redakcijā, kādā tā iesniegta; 1. sadaļā minētie "
              "ieteikumi nav obligāti, to ņemšana vērā paliek darba grupas ziņā."),
        ("j", "Eksāmena saturu pašreizējā redakcijā neatbalstu. Praktiskā daļa jāizstrādā no jauna atbilstoši LKI 4. līmenim, "
              "un PKE jāiesniedz atkārtotai ekspertīzei."),
        ("sp",),
        "Rīgā, 2026. gada 2. aprīlī",
        ("sp",),
        "Dr.sc.ing. Andris Bērziņš↵Rīgas Tehniskās universitātes docents, nozares eksperts",
    ],
    rows=[(VGK_T, "MIP", "supported"), (VGK_T, "PKE", "not_supported")],
    expert="Andris Bērziņš", date="2026-04-02", author="Andris Bērziņš", created=D(2026, 4, 2, 9, 40),
    design="Numbered sections per document (1. MIP, 2. PKE), 'Secinājumi', academic title in signature, place+date line at end.",
    note="Optional suggestions ('Ieteiktu (nav obligāti)', 'precizēt literatūras sarakstu') do not turn MIP into needs_corrections: conclusion says forward as submitted. PKE 'neatbalstu' = not_supported. Title Dr.sc.ing. dropped from expert.",
)

# 04 -- hasty, no diacritics, bullets, initial + surname
build(
    "r23a04_motorzaga_operators_galigais.docx",
    [
        "Motorzaga operators (LKI 3) - MIP un PKE",
        "Sveiki,",
        "sutu savas piezimes par motorzaga operatora programmu un eksamenu. Skatiju abus dokumentus, ko atsutijat 20.02.",
        "**MIP**",
        ("li", "modulis par koku gazsanu ar paaugstinatu bistamibu - ok, labi ka ieklauts"),
        ("li", "ergonomika un vibracija - pietiek"),
        ("li", "'Meza darbu planosana' varbut par daudz stundu 3. limenim, bet tas ir skolas zina"),
        "Kopuma MIP atbalstu, var virzit saskanosanai.",
        "**PKE**",
        ("li", "praktiskaja uzdevuma nav noradits koka caurmers, japapildina"),
        ("li", "darba drosibu jaizdala ka atseviskis kriterijs (ja nav ieverota - eksamens nav nokartots)"),
        ("li", "teorijas jautajumi 14 un 22 dublejas"),
        "PKE atbalstams, bet pirms virzisanas saskanosanai jaizlabo sie 3 punkti.",
        ("sp",),
        "J. Liepa",
        "25.02.2026",
    ],
    rows=[("motorzāģa operators", "MIP", "supported"), ("motorzāģa operators", "PKE", "needs_corrections")],
    expert="J. Liepa", date="2026-02-25", author="", created=D(2026, 2, 25, 21, 17),
    design="Hasty note without diacritics, bullets, two documents under bold labels, initial + surname.",
    note="'par daudz stundu … bet tas ir skolas zina' is a passing remark; MIP 'atbalstu, var virzit saskanosanai' = supported. PKE 'atbalstams, bet pirms virzisanas … jaizlabo' = needs_corrections. Empty author. 20.02 (receipt) is not the review date.",
)

# 05 -- four qualifications, lettered sections, MIP only (PKE explicitly not submitted)
build(
    "r23a05_Kokrupnieciba_MIP_atzinumi_Rozenberga.docx",
    [
        ("r", "Ginta Rozenberga↵SIA „Vidzemes kokapstrāde” tehniskā direktore↵LDDK deleģētā kokrūpniecības nozares eksperte"),
        ("sp",),
        ("H1", "Atzinumi par kokrūpniecības nozares modulārajām izglītības programmām"),
        ("j", "Šajā dokumentā apkopoti mani atzinumi par četrām modulārajām izglītības programmām, kas man nodotas "
              "ekspertīzei 2026. gada martā. Profesionālās kvalifikācijas eksāmenu saturs šīm kvalifikācijām šajā "
              "kārtā netika iesniegts, tāpēc par eksāmeniem atzinumu nesniedzu."),
        ("b", "A. Kokapstrādes iekārtu operators (3. LKI)"),
        ("j", "Programma ir kompakta un praktiska. Moduļi par zāģēšanas, ēvelēšanas un frēzēšanas iekārtu regulēšanu "
              "atbilst tam, ko no operatora sagaida uzņēmumi. Darba aizsardzība integrēta katrā modulī, nevis "
              "nodalīta atsevišķi – tas ir pareizi."),
        "Secinājums: programma atbalstāma un virzāma saskaņošanai.",
        ("b", "B. Datorizētu kokapstrādes iekārtu operators (4. LKI)"),
        ("j", "Modulī „CNC iekārtu programmēšana” aprakstīta tikai gatavu programmu ielāde un palaišana. Ceturtā līmeņa "
              "operatoram jāprot arī koriģēt vadības programmu un izvēlēties instrumentus. Tāpat trūkst rezultātu par "
              "iekārtu ikdienas tehnisko apkopi. Programmu var atbalstīt, ja šie divi moduļi tiek papildināti; pēc "
              "precizējumu veikšanas tā virzāma saskaņošanai."),
        ("b", "C. Koka izstrādājumu ražošanas tehniķis (4. LKI)"),
        ("j", "Šajā redakcijā programma nav atbalstāma. Moduļu struktūra praktiski atkārto operatora programmu, bet "
              "tehniķa kompetences – ražošanas plānošana, kvalitātes kontrole, maiņas darba organizēšana – ir "
              "aprakstītas tikai ievadā un nevienā modulī netiek apgūtas. Programma jāpārstrādā un jāiesniedz atkārtoti."),
        ("b", "D. Būvizstrādājumu galdnieks (4. LKI)"),
        ("j", "Iebildumu nav. Programma labi atspoguļo logu, durvju un kāpņu ražošanas specifiku. Atbalstu un iesaku "
              "virzīt saskaņošanai."),
        ("sp",),
        "Cēsīs, 27.03.2026.",
        "G. Rozenberga",
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported"),
          ("būvizstrādājumu galdnieks", "MIP", "supported")],
    expert="Ginta Rozenberga", date="2026-03-27", author=COORD2, created=D(2026, 3, 30, 8, 55),
    design="Four qualifications in lettered sections (A.-D.) with LKI in brackets; right-aligned letterhead; MIP only.",
    note="Expert written in full in the letterhead and as 'G. Rozenberga' under the text; full name used. B: 'var atbalstīt, ja … papildināti; pēc precizējumu … virzāma' = needs_corrections. PKE not submitted -> no PKE rows.",
)

# 06 -- Gmail print (English UI), reply with quoted request listing all three options
build(
    "r23a06_Re_ Mezsaimniecibas tehnikis PKE.docx",
    [
        ("hdr", "Gmail\tEdgars Vītols <edgars.vitols@gmail.com>"),
        ("hr",),
        ("hdr", "**Re: Mežsaimniecības tehniķis – PKE ekspertīze**"),
        ("hdr", "1 message"),
        ("hr",),
        ("hdr", "**Edgars Vītols** <edgars.vitols@gmail.com>\tMon, Apr 13, 2026 at 9:15 AM"),
        ("hdr", "To: Laura Siliņa <laura.silina@lddk.lv>"),
        ("sp",),
        "Labrīt, Laura,",
        "izskatīju mežsaimniecības tehniķa eksāmena materiālus. Diemžēl jāsaka, ka šādā veidā PKE saturu neatbalstu.",
        "Praktiskais uzdevums (meža inventarizācija nogabalā) paredzēts 8 stundām, bet vērtēšanas kritēriji attiecas tikai "
        "uz mērījumiem – nav ne meža apsaimniekošanas plāna sagatavošanas, ne mežizstrādes darbu organizēšanas, kas "
        "ir tehniķa pamatdarbs. Teorijas daļā vismaz trešdaļa jautājumu ir no vecā standarta, piemēram, par "
        "cirsmu skiču zīmēšanu ar roku, ko neviens vairs nedara. Nav arī neviena jautājuma par meža informācijas sistēmām.",
        "Iesaku skolai eksāmenu pārstrādāt un atsūtīt vēlreiz, tad labprāt paskatīšos atkārtoti.",
        "Edgars",
        ("sp",),
        ("q", "On Wed, Apr 8, 2026 at 4:02 PM Laura Siliņa <laura.silina@lddk.lv> wrote:"),
        ("q", "> Labdien, Edgar!"),
        ("q", "> Nosūtu mežsaimniecības tehniķa (LKI 4) PKE saturu ekspertīzei. Lūgums atzinumā norādīt vienu no "
              "variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu "
              "veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”."),
        ("q", "> MIP šai kvalifikācijai jau ir saskaņota, to nav jāskata."),
        ("q", "> Paldies!"),
        ("q", "> Laura"),
    ],
    rows=[("mežsaimniecības tehniķis", "PKE", "not_supported")],
    expert="Edgars Vītols", date="2026-04-13", author=COORD1, created=D(2026, 4, 13, 10, 1),
    design="Gmail print-out (English UI) pasted into Word; reply signed with first name only; quoted request listing all options.",
    note="Full name from the Gmail sender line. 'šādā veidā PKE saturu neatbalstu' + 'pārstrādāt un atsūtīt vēlreiz' = not_supported. Quoted options and 'MIP … nav jāskata' -> no MIP row.",
)

# 07 -- NOT a review: meeting minutes
build(
    "r23a07_Protokols_ekspertu sanaksme 05.03.2026.docx",
    [
        ("c", "**Nozaru ekspertu darba sanāksmes**↵**PROTOKOLS Nr. 2**"),
        "Rīgā, 2026. gada 5. martā, tiešsaistē (MS Teams)",
        "Sanāksmi vada: Laura Siliņa, LDDK projekta koordinatore",
        "Protokolē: Kristīne Vanaga",
        "Piedalās: A. Dambis, I. Kalniņa, J. Liepa, M. Ozoliņš, G. Rozenberga, R. Balode, E. Vītols, O. Lapiņš",
        ("b", "Darba kārtība"),
        ("ln", "MIP un PKE satura ekspertīžu gaita projekta 4. posmā."),
        ("ln", "Ekspertu sadale 5. posmam."),
        ("ln", "Dažādi."),
        ("b", "1. MIP un PKE satura ekspertīžu gaita"),
        ("j", "L. Siliņa informēja, ka līdz šim saņemti atzinumi par motorzāģa operatora, mežsaimniecības tehniķa un "
              "mehatronisko sistēmu tehniķa MIP un PKE; pārējām kvalifikācijām ekspertīze turpinās. Vairākiem "
              "ekspertiem atzinumā nav skaidri norādīts vērtējums."),
        ("j", "Vienojās, ka katrā atzinumā par katru dokumentu (MIP un PKE atsevišķi) skaidri jānorāda viens no "
              "vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”; „saturs ir atbalstāms; pēc precizējumu "
              "veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Ja saturs nav atbalstāms, eksperts "
              "norāda galvenos iemeslus."),
        ("j", "J. Liepa norādīja, ka nozares uzņēmumi atbalsta praktisko uzdevumu paplašināšanu eksāmenos, bet skolām "
              "trūkst metodiskā atbalsta vērtēšanas kritēriju izstrādē. G. Rozenberga ierosināja darba grupām sniegt "
              "atgriezenisko saiti klātienē."),
        ("b", "2. Ekspertu sadale 5. posmam"),
        "Nolēma:",
        ("li", "elektrotehniķa PKE ekspertīzi uzticēt A. Dambim;"),
        ("li", "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE – O. Lapiņam;"),
        ("li", "koka izstrādājumu ražošanas tehniķa PKE – I. Kalniņai, ja skola iesniegs dokumentu līdz 15. aprīlim."),
        ("b", "3. Dažādi"),
        ("j", "Nākamā sanāksme – 2026. gada aprīļa sākumā. Ekspertiem atgādināts par atskaišu iesniegšanu līdz katra mēneša 5. datumam."),
        ("sp",),
        "Sanāksmes vadītāja\t\t\tL. Siliņa",
        "Protokolētāja\t\t\t\tK. Vanaga",
    ],
    problems=["no_verdict"], author=COORD2, created=D(2026, 3, 6, 10, 30),
    design="NOT a review: minutes of an experts' meeting (agenda, decisions, assignments).",
    note="Lists the three verdict formulas, 'uzņēmumi atbalsta', 'metodiskā atbalsta', names qualifications and experts, but gives no verdict -> no rows, one no_verdict.",
)

# 08 -- long review, per-module remarks with a module-level 'nav atbalstāms', conclusion 'Kopvērtējums' outranks
build(
    "r23a08_Mehatronika_MIP_PKE_atzinums_Balode_v2.docx",
    [
        ("c", "**Eksperta atzinums**↵par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4. līmenis)↵modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena saturu"),
        ("sp",),
        ("j", "Atzinums sagatavots pēc LDDK lūguma projekta 4.2.2.9. pasākuma ietvaros. Vērtēju darba grupas 2026. gada "
              "februārī iesniegtos dokumentus: modulārās izglītības programmu (turpmāk – MIP, 22 moduļi, 120 KP) un "
              "profesionālās kvalifikācijas eksāmena (turpmāk – PKE) saturu ar teorētiskās un praktiskās daļas "
              "uzdevumiem un vērtēšanas kritērijiem. Vērtējot ņēmu vērā profesijas standartu, mašīnbūves un "
              "metālapstrādes nozares kvalifikāciju struktūru un mūsu uzņēmuma pieredzi ar praktikantiem no trim "
              "profesionālās izglītības iestādēm."),
        ("H2", "I. Vispārīgs vērtējums"),
        ("j", "MIP ir apjomīga un kopumā labi strukturēta. Moduļu nosaukumi skaidri, mācību rezultāti lielākoties "
              "formulēti darbības vārdos un ir izmērāmi. Pozitīvi vērtēju, ka ir iekļauti jauni moduļi par rūpniecisko "
              "robotu programmēšanu un industriālajiem tīkliem, kā arī to, ka uzņēmējdarbības un digitālās prasmes "
              "nav nodalītas, bet integrētas profesionālajos moduļos. Vienlaikus programmā jūtams, ka vairāki moduļi "
              "rakstīti dažādu autoru stilā un nav savstarpēji saskaņoti."),
        ("H2", "II. Piezīmes par MIP moduļiem"),
        ("j", "**Modulis „Pneimatika un hidraulika”.** Šajā redakcijā modulis nav atbalstāms: mācību rezultāti "
              "gandrīz vārds vārdā atkārto moduli „Pneimatisko sistēmu montāža” no 3. līmeņa programmas. Tehniķim "
              "jāprot sistēmu shēmu analīze, bojājumu diagnostika un elektropneimatiskā vadība. Modulis jāpārraksta."),
        ("j", "**Modulis „Programmējamie loģiskie kontrolieri”.** Rezultāti labi, bet jānorāda, ka programmēšana "
              "notiek vismaz divās IEC 61131-3 valodās. Stundu skaits laboratorijas darbiem ir par mazu."),
        ("j", "**Modulis „Rūpniecisko robotu programmēšana”.** Ļoti vērtīgs. Iesaku papildināt ar robotu šūnas "
              "drošības prasībām (aizsargžogi, gaismas aizkari, drošības kontrolieri)."),
        ("j", "**Modulis „Industriālie tīkli”.** Nav iebildumu."),
        ("j", "**Modulis „Tehniskā dokumentācija”.** Jāprecizē, ka dokumentācija tiek sagatavota arī angļu valodā, "
              "jo lielākā daļa iekārtu ražotāju rokasgrāmatu ir angliski."),
        ("j", "**Modulis „Kvalitātes vadība ražošanā”.** Rezultātos jāiekļauj mērīšanas līdzekļu kalibrēšanas pamati."),
        ("j", "**Prakse uzņēmumā.** 480 stundas ir pietiekami; jāprecizē, kādus uzdevumus praktikants veic patstāvīgi "
              "un kādus – prakses vadītāja uzraudzībā."),
        ("H2", "III. Piezīmes par PKE"),
        ("j", "Teorētiskās daļas 40 jautājumi kopumā aptver standarta kompetences; jautājumi 7, 15 un 31 ir neskaidri "
              "formulēti un pieļauj vairākas pareizas atbildes. Praktiskās daļas uzdevums – elektropneimatiskas "
              "šķirošanas stacijas montāža, programmēšana un palaišana – ir atbilstošs un labi izvēlēts, taču "
              "vērtēšanas kritērijos nav neviena kritērija par darba drošību (sprieguma atslēgšana, spiediena "
              "nolaišana pirms demontāžas, bloķēšana). Šādam kritērijam jābūt obligātam."),
        ("j", "Eksāmena ilgums (6 stundas praktiskajai daļai) ir reāls."),
        ("H2", "IV. Kopvērtējums"),
        ("j", "Neraugoties uz II sadaļā minētajām piezīmēm par atsevišķiem moduļiem, MIP saturs kopumā ir atbalstāms; "
              "pēc II sadaļā minēto precizējumu veikšanas (t. sk. moduļa „Pneimatika un hidraulika” pārstrādes) "
              "virzāms saskaņošanai."),
        ("j", "PKE saturs ir atbalstāms ar nosacījumu, ka vērtēšanas kritēriji tiek papildināti ar darba drošības "
              "kritēriju un precizēti jautājumi 7, 15 un 31. Pēc tam eksāmena saturu var virzīt saskaņošanai."),
        ("sp",),
        "Liepājā, 2026. gada 9. martā",
        ("sp",),
        "Mg.sc.ing. Rūta Balode↵SIA „Kurzemes automatizācijas sistēmas” projektu vadītāja↵mašīnbūves un metālapstrādes nozares eksperte",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections")],
    expert="Rūta Balode", date="2026-03-09", author="Rūta Balode", created=D(2026, 3, 6, 14, 20),
    design="Long (1-2 pages) formal review; Heading-styled Roman-numbered sections; per-module remarks; 'Kopvērtējums'.",
    note="Module-level 'Šajā redakcijā modulis nav atbalstāms' is outranked by the conclusion: MIP as a whole needs_corrections. PKE 'atbalstāms ar nosacījumu, ka …' = needs_corrections. Title Mg.sc.ing. dropped. 'nav iebildumu' about one module only.",
)

# 09 -- remarks only, no verdict (expert waits for answers)
build(
    "r23a09_buvizstradajumu galdnieks PKE piezimes Zarins.docx",
    [
        ("b", "Piezīmes par PKE saturu – būvizstrādājumu galdnieks"),
        ("j", "Izskatīju eksāmena teorētisko un praktisko daļu, kas man atsūtīta 9. martā. Pirms sniedzu savu vērtējumu, "
              "man ir vairāki jautājumi darba grupai:"),
        ("ln", "Praktiskajā uzdevumā paredzēts izgatavot loga rāmi no līmētas koksnes brusas. Vai skolai ir "
               "pieejamas iekārtas profilēšanai, vai brusas tiks dotas jau profilētas? No tā atkarīgs, ko mēs "
               "patiesībā pārbaudām."),
        ("ln", "Teorijas jautājumos nav nevienas tēmas par kāpnēm, lai gan tās ir standartā. Vai tas ir apzināti?"),
        ("ln", "Kritērijā „Izstrādājuma kvalitāte” maksimālais punktu skaits ir 40 no 100. Kā tas tiek sadalīts – "
               "izmēru precizitāte, savienojumi, virsmas?"),
        ("ln", "Kurš vērtē praktisko daļu – vai komisijā būs darba devēju pārstāvis?"),
        ("j", "Lūdzu šos jautājumus nodot darba grupai. Galīgo atzinumu sniegšu, kad būšu saņēmis atbildes."),
        ("sp",),
        "Ar cieņu,",
        "Kristaps Zariņš",
        "18.03.2026.",
    ],
    rows=[("būvizstrādājumu galdnieks", "PKE", "unknown")],
    problems=["no_verdict"],
    expert="Kristaps Zariņš", date="2026-03-18", author="Kristaps", created=D(2026, 3, 18, 19, 44),
    design="Short list of questions to the working group; explicitly postpones the verdict.",
    note="Covers the PKE but gives no verdict ('Galīgo atzinumu sniegšu, kad …') -> unknown + no_verdict. 9 March = receipt date, not the review date.",
)

# 10 -- qualification not in the register, both documents, Rezumējot; PKL mentioned with LKI
build(
    "r23a10_Metinatajs_MIP_PKE_Krumins.docx",
    [
        ("b", "Valdis Krūmiņš, metināšanas inženieris (IWE), SIA „Metālkonstrukciju rūpnīca Zemgale”"),
        ("sp",),
        ("c", "**Ekspertīzes atzinums: profesionālā kvalifikācija „Metinātājs”**"),
        ("j", "Kvalifikācija atbilst LKI 3. līmenim (iepriekšējā klasifikācijā – 2. profesionālās kvalifikācijas "
              "līmenis). Saņēmu darba grupas sagatavoto modulāro programmu un eksāmena saturu; vērtēju abus."),
        ("j", "**Programma.** Moduļi aptver MAG, MIG, TIG un rokas loka metināšanu, kā arī metināšanas defektu "
              "vizuālo kontroli. Labi, ka ir atsevišķs modulis par metināšanas procedūru specifikāciju (WPS) lasīšanu "
              "un ka prakses apjoms ir pietiekams sertifikācijas prasību izpildei. Mazsvarīga piezīme: moduļa "
              "„Metāla griešana” nosaukumā labāk rakstīt „Termiskā griešana”. Programmai nav būtisku trūkumu."),
        ("j", "**Eksāmens.** Praktiskā daļa – sadurmetinājums un kakta šuve ar vienu metināšanas procesu pēc izvēles – "
              "ir atbilstoša. Taču nav noteikts, pēc kāda standarta vērtē paraugus (vizuāli pēc LVS EN ISO 5817 "
              "kvalitātes līmeņa C vai ar lieces testu). Tas eksāmena materiālos jānorāda skaidri, citādi vērtējumi "
              "dažādās skolās atšķirsies. Teorētiskajā daļā jāpapildina jautājumi par darba drošību ar gāzes baloniem."),
        ("b", "Rezumējot:"),
        ("li", "programma – atbalstāma un virzāma saskaņošanai;"),
        ("li", "eksāmena saturs – atbalstāms, bet saskaņošanai virzāms tikai pēc tam, kad būs precizēti vērtēšanas "
               "standarts un papildināti teorijas jautājumi."),
        ("sp",),
        "2026. gada 22. aprīlī",
        "V. Krūmiņš",
    ],
    rows=[("metinātājs", "MIP", "supported", 3), ("metinātājs", "PKE", "needs_corrections", 3)],
    problems=["unknown_qualification"],
    expert="Valdis Krūmiņš", date="2026-04-22", author="Valdis", created=D(2026, 4, 22, 13, 10),
    design="Qualification absent from the register; name+role line on top; bold inline labels 'Programma.'/'Eksāmens.'; bulleted 'Rezumējot'.",
    note="'metinātājs' is not in the register -> unknown_qualification; LKI 3 stated in the review (old PKL 2 mentioned alongside). Minor renaming remark does not make MIP conditional ('nav būtisku trūkumu').",
)

# 11 -- contradictory conclusion points for MIP (conflict), PKE clear
build(
    "r23a11_Meza masinu operators_atzinums.docx",
    [
        ("c", "**Atzinums par kvalifikācijas „Meža mašīnu operators” MIP un PKE saturu**"),
        "Eksperts: Ivars Pētersons",
        "Datums: 30.03.2026.",
        ("j", "Vērtēju darba grupas iesniegto modulāro izglītības programmu un kvalifikācijas eksāmena saturu. "
              "Programmā ir moduļi par harvestera un forvardera vadību, tehnisko apkopi, mežizstrādes "
              "tehnoloģijām, vides prasībām un simulatoru izmantošanu. Simulatoru stundu īpatsvars ir liels, kas "
              "ir labi, taču reālā tehnikā nostrādāto stundu skaits programmā nav norādīts."),
        ("j", "Eksāmens paredz teorijas testu un praktisko darbu ar forvarderu izstrādātā cirsmā. Vērtēšanas kritēriji ir "
              "skaidri, iekļauta arī darba drošība un augsnes bojājumu novēršana."),
        ("b", "Slēdziens"),
        ("ln", "MIP saturs ir atbalstāms un virzāms saskaņošanai."),
        ("ln", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("ln", "Ņemot vērā iepriekš minēto, MIP saturs nav atbalstāms."),
        ("sp",),
        "I. Pētersons",
    ],
    rows=[("meža mašīnu operators", "MIP", "unknown"), ("meža mašīnu operators", "PKE", "supported")],
    problems=["conflict"],
    expert="Ivars Pētersons", date="2026-03-30", author=COORD1, created=D(2026, 3, 31, 9, 0),
    design="Header lines 'Eksperts:'/'Datums:', short body, numbered 'Slēdziens' with two contradictory MIP points.",
    note="Points 1 and 3 give opposite current verdicts for MIP in the same conclusion (equal weight) -> unknown + conflict. PKE point is clear -> supported.",
)

# 12 -- tracked changes: verdict and date revised with w:del/w:ins
build(
    "r23a12_Elektrotehnikis_MIP_PKE_Dambis_labots.docx",
    [
        ("b", "Atzinums par elektrotehniķa (LKI 4) modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena saturu"),
        ("j", "Esmu izvērtējis skolas darba grupas iesniegtos dokumentus. Abi dokumenti kopumā sagatavoti rūpīgi, ar "
              "skaidrām atsaucēm uz profesijas standartu."),
        "Piezīmes par programmu:",
        ("ln", "Modulī „Elektroietaišu ekspluatācija” jāiekļauj darbs ar elektroietaisēm līdz 1 kV un virs 1 kV atsevišķi."),
        ("ln", "Modulī „Elektroenerģijas uzskaite” atsauces uz Ministru kabineta noteikumiem ir novecojušas."),
        ("ln", "Moduļa „Atjaunojamie energoresursi” apjoms varētu būt lielāks (ieteikums)."),
        ("ln", "[+Modulī „Releju aizsardzība” jāaktualizē normatīvo aktu atsauces un jāpapildina ar mikroprocesoru aizsardzības iekārtām.+]"),
        ("j", "Par eksāmenu: praktiskā daļa (sadalnes montāža, mērījumi, dokumentācija) un teorija ir samērīga ar 4. līmeni."),
        ("b", "Slēdziens"),
        ("j", "MIP saturs ir atbalstāms[- un virzāms saskaņošanai-][+; pēc precizējumu veikšanas (sk. 1., 2. un 4. piezīmi) virzāms saskaņošanai+]."),
        ("j", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("sp",),
        "Aivars Dambis↵elektroenerģētikas nozares eksperts",
        "[-20-][+24+].03.2026.",
    ],
    rows=[("elektrotehniķis", "MIP", "needs_corrections"), ("elektrotehniķis", "PKE", "supported")],
    expert="Aivars Dambis", date="2026-03-24", author="Aivars Dambis", created=D(2026, 3, 20, 8, 30),
    track={"author": "Aivars Dambis", "date": "2026-03-24T09:12:00Z"},
    design="Track changes on: a remark inserted, the MIP verdict and the date revised with w:del/w:ins.",
    note="Current text (after tracked changes) counts: MIP '…atbalstāms; pēc precizējumu veikšanas … virzāms saskaņošanai' = needs_corrections (deleted 'un virzāms saskaņošanai'); date 20.03 deleted -> 24.03. PKE supported.",
)

# 13 -- NOT a review: coordinator's invitation letter for stage 5
build(
    "r23a13_Uzaicinajums ekspertiem_5.posms.docx",
    [
        ("c", "**LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA**"),
        ("hr",),
        "Rīgā, 2026. gada 31. martā",
        "Nozaru ekspertiem (pēc saraksta)",
        ("b", "Par dalību MIP un PKE satura ekspertīzē projekta 5. posmā"),
        "Godātie eksperti!",
        ("j", "Pateicamies par līdzšinējo darbu projekta 4. posmā. Līdz 31. martam pabeigta ekspertīze trim "
              "kvalifikācijām, un Jūsu atzinumi ir sniegti darba grupām. Projekta 5. posmā (2026. gada 1. aprīlis – "
              "31. jūlijs) aicinām turpināt ekspertīzi šādām kvalifikācijām:"),
        ("li", "kokrūpniecība: kokapstrādes iekārtu operators, datorizētu kokapstrādes iekārtu operators, koka "
               "izstrādājumu ražošanas tehniķis, mēbeļu galdnieks, būvizstrādājumu galdnieks, meža mašīnu operators;"),
        ("li", "enerģētika: elektromontieris, elektrotehniķis, VGK iekārtu remontatslēdznieks, VGK sistēmu tehniķis."),
        ("j", "Atzinumu var noformēt brīvā formā, taču katram dokumentam (MIP un PKE) atsevišķi jānorāda viens no "
              "šiem vērtējumiem:"),
        ("li", "saturs ir atbalstāms un virzāms saskaņošanai;"),
        ("li", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;"),
        ("li", "saturs nav atbalstāms."),
        ("j", "Atzinumā lūdzam norādīt savu vārdu, uzvārdu un datumu. Ja dokumenta saturs nav atbalstāms vai "
              "nepieciešami precizējumi, lūdzam uzskaitīt konkrētas piezīmes, lai darba grupa tās varētu novērst. "
              "Atzinumus lūdzam sūtīt uz e-pastu līdz katra mēneša 25. datumam."),
        ("j", "Jautājumu gadījumā sazinieties ar projekta koordinatori. Paldies par Jūsu atbalstu profesionālās "
              "izglītības satura pilnveidē!"),
        ("sp",),
        "Ar cieņu↵Laura Siliņa↵LDDK projekta koordinatore",
    ],
    problems=["no_verdict"], author=COORD1, created=D(2026, 3, 31, 12, 0),
    design="NOT a review: coordinator's invitation letter to experts for stage 5 with the verdict options.",
    note="Lists qualifications (incl. VGK aliases) and all three verdict formulas as instructions; 'Paldies par Jūsu atbalstu' is a noun. No rows, one no_verdict.",
)

# 14 -- second round, history of earlier non-support, initial + surname, ISO date
build(
    "r23a14_Kokapstrades iekartu operators_PKE_2.karta.docx",
    [
        ("b", "Atkārtots atzinums: kokapstrādes iekārtu operators, profesionālās kvalifikācijas eksāmena saturs"),
        "Datums: 2026-04-21",
        ("j", "Šis ir mans atkārtotais atzinums par eksāmena saturu. 2026. gada 11. februārī sniegtajā atzinumā "
              "eksāmena saturs netika atbalstīts, jo praktiskajā daļā nebija iekļauta iekārtas regulēšana un "
              "instrumenta nomaiņa, bet teorijas jautājumi bija pārāk vispārīgi. Skola 14. aprīlī iesniedza jaunu redakciju."),
        "Kas mainīts:",
        ("li", "praktiskajā uzdevumā tagad iekļauta ripzāģa un rei­smusa iestatīšana pēc dotā rasējuma;"),
        ("li", "pievienots kritērijs par instrumenta nomaiņu un aizsargu pārbaudi pirms darba;"),
        ("li", "teorijas jautājumi pārstrādāti, tie atbilst 3. līmenim."),
        ("j", "Tagad eksāmena saturu atbalstu un iesaku virzīt saskaņošanai bez papildu precizējumiem."),
        ("sp",),
        "L. Strautiņa",
    ],
    rows=[("kokapstrādes iekārtu operators", "PKE", "supported")],
    expert="L. Strautiņa", date="2026-04-21", author=COORD2, created=D(2026, 4, 21, 15, 33),
    design="Second-round review of one document; history of the February non-support; ISO date line; initial + surname only.",
    note="'netika atbalstīts' is history; current 'atbalstu un iesaku virzīt saskaņošanai bez papildu precizējumiem' = supported. Expert only as 'L. Strautiņa'. Contains a soft hyphen inside a word.",
)

# 15 -- two qualifications in ALL-CAPS sections, both documents each
build(
    "r23a15_Energetika_Elektromontieris_Elektrotehnikis_Petrovs.docx",
    [
        "Oļegs Petrovs, SIA „Latgales elektromontāža” galvenais enerģētiķis",
        ("sp",),
        ("j", "Sniedzu savu vērtējumu par divām enerģētikas nozares kvalifikācijām, kuru MIP un PKE man nosūtīja "
              "2026. gada 2. februārī. Par katru kvalifikāciju vispirms piezīmes, tad mans viedoklis."),
        ("b", "ELEKTROMONTIERIS (LKI 3. LĪMENIS)"),
        ("j", "Programma. Moduļi atbilst praktiskajam darbam objektā: kabeļu ieguldīšana, sadalņu montāža, "
              "apgaismojuma tīkli, zemēšana. Elektrodrošības grupas iegūšana ir paredzēta. Programmu atbalstu "
              "un uzskatu, ka to var virzīt saskaņošanai."),
        ("j", "Eksāmens. Praktiskais uzdevums labs, bet trūkst izolācijas pretestības mērījuma un mērījumu "
              "protokola aizpildīšanas – bez tā montieris objektā nevar nodot darbu. Eksāmenu atbalstu, "
              "taču saskaņošanai to var virzīt tikai tad, kad šis uzdevums būs papildināts."),
        ("b", "ELEKTROTEHNIĶIS (LKI 4. LĪMENIS)"),
        ("j", "Programma. Struktūra pareiza, bet modulī „Elektroapgādes sistēmu projektēšana” nav nekā par "
              "aprēķinu programmatūru, un modulī „Elektropiedziņa” jāiekļauj frekvenču pārveidotāju iestatīšana. "
              "Pēc šiem precizējumiem programma būs virzāma saskaņošanai; pašu programmas saturu atbalstu."),
        ("j", "Eksāmens. Šo eksāmenu neatbalstu. Tas faktiski ir elektromontiera eksāmens ar dažiem papildu teorijas "
              "jautājumiem: nav neviena uzdevuma par shēmu analīzi, bojājumu meklēšanu vai ekspluatācijas "
              "organizēšanu. Eksāmena saturs jāizstrādā no jauna."),
        ("sp",),
        "Daugavpilī, 2026. gada 16. februārī",
        "O. Petrovs",
    ],
    rows=[("elektromontieris", "MIP", "supported", 3), ("elektromontieris", "PKE", "needs_corrections", 3),
          ("elektrotehniķis", "MIP", "needs_corrections", 4), ("elektrotehniķis", "PKE", "not_supported", 4)],
    expert="Oļegs Petrovs", date="2026-02-16", author="Olegs", created=D(2026, 2, 16, 18, 2),
    design="Two qualifications under ALL-CAPS headings with LKI; inline 'Programma.'/'Eksāmens.' labels; first-person verdicts.",
    note="Elektrotehniķis MIP: condition stated before 'atbalstu' ('Pēc šiem precizējumiem … būs virzāma') = needs_corrections. 2 Feb = receipt date; review date from the place+date line.",
)

# 16 -- Outlook reply, English headers; MIP only, PKE explicitly postponed
build(
    "r23a16_RE VGK remontatslēdznieks.docx",
    [
        ("hdr", "**From:** Oskars Lapiņš <oskars.lapins@klimatserviss.lv>"),
        ("hdr", "**Sent:** Tuesday, May 5, 2026 8:47 AM"),
        ("hdr", "**To:** Kristīne Vanaga <kristine.vanaga@lddk.lv>"),
        ("hdr", "**Subject:** RE: VGK iekārtu remontatslēdznieks – MIP un PKE"),
        ("sp",),
        "Sveika, Kristīne!",
        "Paskatījos remontatslēdznieka programmu. Moduļi par aukstuma aģenta uzpildi un F-gāzu prasībām ir iekšā, "
        "prakses apjoms ir adekvāts, pat labāks nekā iepriekšējā programmā. Nav iebildumu – MIP var virzīt "
        "saskaņošanai tādu, kāda tā ir.",
        "Eksāmenu vēl neesmu paspējis izskatīt, to atsūtīšu atsevišķi nākamnedēļ.",
        "Oskars",
        ("sp",),
        ("hdr", "**From:** Kristīne Vanaga <kristine.vanaga@lddk.lv>"),
        ("hdr", "**Sent:** Monday, April 27, 2026 2:10 PM"),
        ("hdr", "**To:** Oskars Lapiņš <oskars.lapins@klimatserviss.lv>"),
        ("hdr", "**Subject:** VGK iekārtu remontatslēdznieks – MIP un PKE"),
        ("q", "Sveiks, Oskar!"),
        ("q", "Pielikumā ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE. Lūdzu "
              "atzinumu līdz 8. maijam. Ja kaut kas nav atbalstāms, lūdzu norādīt, ko tieši skolai labot."),
        ("q", "Kristīne"),
    ],
    rows=[(VGK_R, "MIP", "supported")],
    expert="Oskars Lapiņš", date="2026-05-05", author=COORD2, created=D(2026, 5, 5, 9, 20),
    design="Outlook reply with English headers (From/Sent/To/Subject) and quoted request; informal; no 'atbalst-' word in the verdict.",
    note="'Nav iebildumu – MIP var virzīt saskaņošanai tādu, kāda tā ir' = supported. PKE explicitly postponed ('vēl neesmu paspējis izskatīt') -> no PKE row. Date = expert's Sent line.",
)

# 17 -- anonymous, undated review; coordinator is the file author
build(
    "r23a17_DKIO_KIO_MIP_PKE.docx",
    [
        ("b", "Ekspertīzes piezīmes"),
        ("j", "Kā nozares eksperts esmu izskatījis šādus dokumentus: datorizētu kokapstrādes iekārtu operatora MIP un PKE, "
              "kā arī kokapstrādes iekārtu operatora MIP (eksāmena saturs šai kvalifikācijai man netika nosūtīts)."),
        ("b", "1) Datorizētu kokapstrādes iekārtu operators"),
        ("j", "MIP: moduļi par CNC apstrādes centriem, nestinga programmām un instrumentu mērīšanu ir labi sagatavoti. "
              "Programmu atbalstu un iesaku virzīt saskaņošanai."),
        ("j", "PKE: praktiskais uzdevums pārāk vienkāršs – detaļas programma tiek dota gatava. Eksāmenā jāiekļauj "
              "vismaz programmas korekcija un nulles punkta iestatīšana. Ar šādu precizējumu eksāmena saturu "
              "varu atbalstīt un virzīt saskaņošanai, bez tā – ne."),
        ("b", "2) Kokapstrādes iekārtu operators"),
        ("j", "MIP: iebildumu nav, saturs atbalstāms un virzāms saskaņošanai."),
    ],
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections"),
          ("kokapstrādes iekārtu operators", "MIP", "supported")],
    expert="", date="", author=COORD2, created=D(2026, 4, 2, 10, 45),
    design="Anonymous, undated review (no name, no date in the text); numbered 1)/2) sections; coordinator as file author.",
    note="Expert and date empty: the review names neither (file metadata is not the review). DKIO PKE 'Ar šādu precizējumu … varu atbalstīt un virzīt, bez tā – ne' = needs_corrections. KIO PKE not sent -> no row.",
)

# 18 -- NOT a review: news item for the website
build(
    "r23a18_Jaunums majaslapai - LDDK eksperti.docx",
    [
        ("b", "Nozaru eksperti vērtē profesionālās izglītības programmas un eksāmenus"),
        ("j", "__Projekta jaunumi, 2026. gada aprīlis__"),
        ("j", "Latvijas Darba devēju konfederācija arī šogad turpina darbu Eiropas Savienības Kohēzijas politikas "
              "programmas 4.2.2. specifiskā atbalsta mērķa projektā, kurā 13 nozaru eksperti no enerģētikas, "
              "kokrūpniecības un mašīnbūves vērtē profesionālās izglītības iestāžu sagatavotās modulārās izglītības "
              "programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu."),
        ("j", "„Mēs skatāmies, vai tas, ko skola māca, ir tas, kas uzņēmumam vajadzīgs pirmajā darba dienā,” stāsta "
              "kokrūpniecības nozares eksperte Ginta Rozenberga. „Ja saturs nav atbalstāms, mēs to skaidri pasakām "
              "un norādām, kas jālabo. Bieži pietiek ar dažiem precizējumiem.”"),
        ("j", "Ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa "
              "kvalifikācijām, bet vēl desmit kvalifikāciju, piemēram, elektromontiera un mēbeļu galdnieka, "
              "dokumenti tiek vērtēti. Darbu plānots pabeigt 2026. gada jūlijā."),
        ("j", "Nozares uzņēmumi atbalsta šo pieeju, jo tā ļauj darba devējiem tieši ietekmēt izglītības saturu. "
              "Projektu īsteno Valsts izglītības satura centrs sadarbībā ar partneriem."),
    ],
    problems=["no_verdict"], author=COORD2, created=D(2026, 4, 9, 11, 11),
    design="NOT a review: a news item for the website quoting an expert.",
    note="Mentions 'specifiskā atbalsta mērķis', 'nav atbalstāms' inside a general quote, 'uzņēmumi atbalsta', completed qualifications without verdicts. No rows, one no_verdict.",
)

# 19 -- NOT a review: methodological instructions with an example sentence
build(
    "r23a19_Metodiskie noradijumi ekspertiem_atzinuma sagatavosana.docx",
    [
        ("H1", "Metodiskie norādījumi nozaru ekspertiem MIP un PKE satura atzinuma sagatavošanai"),
        ("H2", "1. Mērķis"),
        ("j", "Norādījumi palīdz nozaru ekspertiem vienoti sagatavot atzinumu par profesionālās izglītības iestāžu "
              "darba grupu izstrādāto modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas "
              "eksāmena (PKE) saturu. Ekspertīzes mērķis ir izvērtēt, vai saturs ir atbalstāms un virzāms saskaņošanai."),
        ("H2", "2. Atzinuma struktūra"),
        ("ln", "Kvalifikācijas nosaukums un LKI līmenis."),
        ("ln", "Eksperta vārds, uzvārds, pārstāvētais uzņēmums vai organizācija."),
        ("ln", "Piezīmes par MIP (pa moduļiem) un par PKE (teorētiskā un praktiskā daļa, vērtēšanas kritēriji)."),
        ("ln", "Slēdziens par katru dokumentu atsevišķi."),
        ("ln", "Datums."),
        ("H2", "3. Slēdziena formulējumi"),
        ("j", "Slēdzienā izvēlas vienu no šiem formulējumiem:"),
        ("li", "„saturs ir atbalstāms un virzāms saskaņošanai” – ja precizējumi nav nepieciešami;"),
        ("li", "„saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” – ja nepieciešami "
               "precizējumi, kuri uzskaitīti atzinumā;"),
        ("li", "„saturs nav atbalstāms” – ja dokuments jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."),
        ("j", "Piemērs: „Profesionālās kvalifikācijas „Elektromontieris” MIP saturs ir atbalstāms; pēc precizējumu "
              "veikšanas virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai.”"),
        ("H2", "4. Iesniegšana"),
        ("j", "Atzinumu sagatavo Word formātā un nosūta projekta koordinatoram. Ja eksperts dokumentu vērtē "
              "atkārtoti, atzinumā norāda iepriekšējā atzinuma datumu."),
        ("sp",),
        ("r", "Sagatavoja: K. Vanaga, 2026. gada janvāris"),
    ],
    problems=["no_verdict"], author=COORD2, created=D(2026, 1, 14, 9, 0),
    design="NOT a review: methodological instructions with headings, all verdict formulas and an example conclusion naming 'Elektromontieris'.",
    note="The example sentence is illustrative, not a verdict. No rows, one no_verdict.",
)

# 20 -- condition in the next sentence, PKE only, letterhead table
build(
    "r23a20_Mebelu galdnieks PKE_Purmale.docx",
    [
        ("tbl", [["**Dace Purmale**↵SIA „Purmales mēbeles” valdes locekle↵kokrūpniecības nozares eksperte",
                  "Rīga↵2026. gada 8. aprīlis"]]),
        ("sp",),
        ("b", "Par kvalifikācijas „Mēbeļu galdnieks” eksāmena saturu"),
        ("j", "Man tika lūgts izvērtēt tikai profesionālās kvalifikācijas eksāmena saturu; programmu vērtēja cits "
              "eksperts, un par to šeit neizsakos."),
        ("j", "Eksāmena praktiskajā daļā paredzēts izgatavot nelielu kumodi ar atvilktni – uzdevums ir labi "
              "izvēlēts, jo tajā ir gan korpusa, gan atvilktnes savienojumi, gan furnitūras uzstādīšana. Laika "
              "normatīvs (2 dienas) ir reāls. Teorijas daļā patīk, ka jautājumi balstīti situācijās."),
        ("j", "Vērtēšanas kritēriju tabulā praktiskajai daļai punkti par „kvalitāti” un „precizitāti” pārklājas, un "
              "nav skaidrs, kā vērtēt apdari, ja to dara cits. Nav arī noteikts pieļaujamo izmēru novirzes lielums."),
        ("j", "PKE saturs ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai nepieciešams precizēt praktiskās daļas "
              "vērtēšanas kritērijus un norādīt pieļaujamās izmēru novirzes."),
        ("sp",),
        "Ar cieņu,",
        "D. Purmale",
    ],
    rows=[("mēbeļu galdnieks", "PKE", "needs_corrections")],
    expert="Dace Purmale", date="2026-04-08", author="Dace", created=D(2026, 4, 8, 20, 15),
    design="Letterhead as a 2-cell table (name/role | place/date); PKE only; the condition follows in the next sentence.",
    note="'PKE saturs ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai nepieciešams precizēt …' = needs_corrections. MIP by another expert -> no row. Full name from letterhead.",
)

# 21 -- 'bez precizējumiem' + optional suggestions that contain 'precizēt'
build(
    "r23a21_DKIO_PKE_Eglitis.docx",
    [
        ("b", "Eksperta viedoklis par datorizēto kokapstrādes iekārtu operatora PKE"),
        ("j", "Izskatīju profesionālās kvalifikācijas eksāmena saturu (teorētiskā daļa – 30 jautājumi, praktiskā daļa – "
              "detaļas izgatavošana CNC apstrādes centrā pēc dotā rasējuma, ieskaitot programmas korekciju). "
              "Uzdevums atbilst tam, ko ražotnē dara operators, un vērtēšanas kritēriji ir saprotami arī komisijas "
              "locekļiem no uzņēmumiem."),
        ("j", "Uzskatu, ka PKE saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem."),
        ("b", "Ieteikumi (nav obligāti)"),
        ("li", "Nākotnē varētu precizēt, kādas iekārtas (3 vai 5 asu) izmanto eksāmenā, lai skolas būtu vienlīdzīgos apstākļos."),
        ("li", "Teorijas jautājumam Nr. 12 ieteicams pievienot attēlu."),
        ("sp",),
        "Normunds Eglītis, SIA „Kurzemes CNC” ražošanas meistars",
        "06.05.2026.",
    ],
    rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "supported")],
    expert="Normunds Eglītis", date="2026-05-06", author="Normunds Eglītis", created=D(2026, 5, 6, 7, 55),
    design="Short opinion on one document; 'bez precizējumiem'; optional suggestions list containing 'precizēt'.",
    note="Qualification written as 'datorizēto kokapstrādes iekārtu operatora' (variant genitive). 'virzāms saskaņošanai bez precizējumiem' = supported; suggestions are explicitly optional.",
)

# 22 -- lettered a) b) c), PKE only ("attiecas tikai uz PKE"), role before name
build(
    "r23a22_Mezu nozare_PKE_atzinumi_Lusis.docx",
    [
        ("c", "**MEŽA NOZARES KVALIFIKĀCIJU EKSĀMENU SATURA IZVĒRTĒJUMS**"),
        ("j", "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu saturu. Par modulārajām "
              "programmām savu vērtējumu sniedzu atsevišķi aprīlī."),
        ("b", "a) Motorzāģa operators"),
        ("j", "Eksāmens veidots pareizi: praktiskajā daļā koka gāšana, atzarošana un sagarumošana, ar atsevišķu "
              "darba drošības kritēriju, kura neizpilde nozīmē eksāmena pārtraukšanu. Teorija īsa, bet pietiekama. "
              "Eksāmenu atbalstu un iesaku virzīt saskaņošanai."),
        ("b", "b) Meža mašīnu operators"),
        ("j", "Praktiskā daļa paredzēta tikai simulatorā. Tas pieļaujams kā pirmais posms, bet otrajai daļai jānotiek "
              "ar reālu tehniku izstrādājamā cirsmā vai poligonā. Eksāmena saturs būs virzāms saskaņošanai, kad tas "
              "tiks papildināts ar praktisko darbu reālā tehnikā; kopumā to atbalstu."),
        ("b", "c) Mežsaimniecības tehniķis"),
        ("j", "Labojumi pēc iepriekšējās kārtas veikti, inventarizācijas uzdevums papildināts ar apsaimniekošanas plāna "
              "sadaļu. Iebildumu vairs nav, eksāmenu var saskaņot."),
        ("sp",),
        "Meža nozares eksperts Guntis Lūsis",
        "Madonā, 2026. g. 14. maijā",
    ],
    rows=[("motorzāģa operators", "PKE", "supported"), ("meža mašīnu operators", "PKE", "needs_corrections"),
          ("mežsaimniecības tehniķis", "PKE", "supported")],
    expert="Guntis Lūsis", date="2026-05-14", author=COORD1, created=D(2026, 5, 15, 8, 40),
    design="Three qualifications, lettered a)/b)/c); 'attiecas tikai uz' PKE; role before the name; abbreviated '2026. g.' date.",
    note="b) condition first, support after ('būs virzāms …, kad tiks papildināts; kopumā to atbalstu') = needs_corrections. c) 'Iebildumu vairs nav, eksāmenu var saskaņot' = supported. MIP explicitly out of scope -> no MIP rows.",
)

# 23 -- unknown qualification + a register one, 'Kvalifikācija Nr.' sections
build(
    "r23a23_Siltumenergetika_un_elektromontieris_Kuznecovs.docx",
    [
        ("b", "Aleksandrs Kuzņecovs↵SIA „Siltumserviss Vidzeme” (ekspluatācijas dienesta vadītājs)"),
        ("sp",),
        ("c", "**Eksperta atzinums par MIP un PKE saturu**"),
        ("j", "Šajā kārtā man nodoti dokumenti par divām kvalifikācijām. Par elektromontieri man nosūtīta tikai "
              "programma, tāpēc eksāmenu šai kvalifikācijai nevērtēju."),
        ("b", "Kvalifikācija Nr. 1 – Siltumenerģētikas tehniķis (LKI 4. līmenis)"),
        ("j", "Programmā labi aprakstīti siltummezglu, katlu māju un siltumtīklu ekspluatācijas moduļi. Nepietiekami "
              "ir iekļauta siltumsūkņu un atjaunojamo energoresursu tēma, kas pēdējos gados ir galvenais darba "
              "virziens, kā arī automātikas un attālinātās uzraudzības sistēmas. Programma ir atbalstāma, taču "
              "pirms tās virzīšanas saskaņošanai šie moduļi jāpapildina."),
        ("j", "Eksāmena saturs atbilst 4. līmenim: ir gan siltummezgla regulēšana, gan bojājuma diagnostika, gan "
              "dokumentācija. Atbalstu, var virzīt saskaņošanai."),
        ("b", "Kvalifikācija Nr. 2 – Elektromontieris"),
        ("j", "Elektromontiera programma ir praktiska un atbilst nozares vajadzībām. Atbalstāma un virzāma saskaņošanai."),
        ("sp",),
        "Rīgā, 12.05.2026.",
        "A. Kuzņecovs",
    ],
    rows=[("siltumenerģētikas tehniķis", "MIP", "needs_corrections", 4),
          ("siltumenerģētikas tehniķis", "PKE", "supported", 4),
          ("elektromontieris", "MIP", "supported")],
    problems=["unknown_qualification"],
    expert="Aleksandrs Kuzņecovs", date="2026-05-12", author="akuznecovs", created=D(2026, 5, 12, 14, 0),
    design="Two qualifications under 'Kvalifikācija Nr. 1/2 – …'; one not in the register; short second section.",
    note="'siltumenerģētikas tehniķis' not in the register -> unknown_qualification, LKI 4 from the review. Elektromontieris PKE explicitly not reviewed -> no row; its MIP verdict is a verbless nominal sentence.",
)

# 24 -- 'nav, manuprāt, atbalstāms' (words between), 'neskatoties uz', 'nepieciešami', Noslēgumā
build(
    "r23a24_Būvizstrādājumu galdnieks_MIP_PKE_Sīle.docx",
    [
        ("b", "Būvizstrādājumu galdnieks (LKI 4) – atzinums par MIP un PKE"),
        ("j", "Neskatoties uz to, ka darba grupa programmas izstrādē acīmredzami ieguldījusi lielu darbu, programmas "
              "saturs ir sadrumstalots. No 18 moduļiem sešos atkārtojas vieni un tie paši mācību rezultāti par "
              "koksnes īpašībām un darba drošību, bet logu un durvju montāža būvobjektā, blīvēšana un "
              "siltumtehniskās prasības nav aplūkotas vispār. Kāpņu izgatavošanai atvēlēts tikai 1 KP."),
        ("j", "Eksāmena saturs ir labāk sagatavots. Praktiskais uzdevums (durvju bloka izgatavošana) atbilst "
              "kvalifikācijai, tomēr nepieciešami precizējumi vērtēšanas kritērijos: nav punktu par montāžas "
              "vietas sagatavošanu un par darba vietas sakopšanu, un nav norādīts, kādas ir pieļaujamās novirzes."),
        ("b", "Noslēgumā"),
        ("j", "MIP saturs nav, manuprāt, atbalstāms – programma jāpārstrādā, novēršot atkārtošanos un iekļaujot "
              "montāžas tēmas, un jāiesniedz atkārtotai ekspertīzei."),
        ("j", "PKE saturu atbalstu; pēc vērtēšanas kritēriju precizēšanas to var virzīt saskaņošanai."),
        ("sp",),
        "Ingrīda Sīle",
        "Valmiera, 2026. gada 16. marts",
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "not_supported"), ("būvizstrādājumu galdnieks", "PKE", "needs_corrections")],
    expert="Ingrīda Sīle", date="2026-03-16", author=COORD1, created=D(2026, 3, 17, 9, 12),
    design="Prose review of both documents; 'Noslēgumā' heading; negation with a parenthetical between 'nav' and 'atbalstāms'.",
    note="'nav, manuprāt, atbalstāms … jāiesniedz atkārtotai ekspertīzei' = not_supported. 'Neskatoties', 'nepieciešami' are not negations. PKE 'atbalstu; pēc … precizēšanas … var virzīt' = needs_corrections.",
)

# 25 -- Gmail forward (Latvian UI): coordinator's forwarding note on top, expert's message below
build(
    "r23a25_Fwd_ elektrotehnikis atzinums.docx",
    [
        ("hdr", "**Laura Siliņa** <laura.silina@lddk.lv>\ttrešd., 2026. g. 29. apr., plkst. 08:31"),
        ("hdr", "Kam: Kristīne Vanaga <kristine.vanaga@lddk.lv>"),
        ("sp",),
        "Kristīne, pārsūtu Vladimira atzinumu par elektrotehniķi, lūdzu ieliec tabulā. L.",
        ("sp",),
        ("hdr", "---------- Pārsūtīts ziņojums ---------"),
        ("hdr", "No: **Vladimirs Ivanovs** <v.ivanovs@energoserviss.lv>"),
        ("hdr", "Date: otrd., 2026. g. 28. apr., plkst. 17:05"),
        ("hdr", "Subject: elektrotehniķis atzinums"),
        ("hdr", "To: Laura Siliņa <laura.silina@lddk.lv>"),
        ("sp",),
        "Labdien!",
        "Nosūtu savu viedokli par elektrotehniķa dokumentiem.",
        "Programma: sakārtota, moduļi atbilst standartam, iepriekšējās piezīmes par elektrodrošību ir ņemtas vērā. "
        "Programmu atbalstu, tā ir virzāma saskaņošanai.",
        "Eksāmens: teorētiskās daļas jautājumi lielā daļā ņemti no elektromontiera eksāmena, praktiskais uzdevums "
        "ir sadalnes montāža bez neviena aprēķina vai shēmas izstrādes. Tas nav 4. līmeņa eksāmens. Šādā "
        "redakcijā eksāmena saturu nevaru atbalstīt – tas jāizstrādā no jauna un jāatsūta vēlreiz.",
        "Ar cieņu,↵Vladimirs Ivanovs↵SIA „Energoserviss” tehniskais direktors",
    ],
    rows=[("elektrotehniķis", "MIP", "supported"), ("elektrotehniķis", "PKE", "not_supported")],
    expert="Vladimirs Ivanovs", date="2026-04-28", author=COORD1, created=D(2026, 4, 29, 8, 35),
    design="Gmail forward with Latvian UI headers; coordinator's forwarding note and date on top, expert's message below.",
    note="Review date = the expert's message (28.04), not the forward (29.04). 'nevaru atbalstīt' = not_supported. Coordinator's 'ieliec tabulā' is not a verdict.",
)

# 26 -- two VGK qualifications in running text, traps with 'atbalsta' (3rd person) and 'atbalstu' (noun), NBSP
build(
    "r23a26_VGK_PKE_Klavina.docx",
    [
        ("b", "Sandra Kļaviņa, ventilācijas un kondicionēšanas nozares eksperte"),
        ("b", "Par VGK kvalifikāciju eksāmenu saturu"),
        ("j", "Šoreiz man nosūtīti tikai abu ventilācijas un gaisa kondicionēšanas kvalifikāciju eksāmenu materiāli. "
              "Vispirms gribu teikt, ka nozares uzņēmumi atbalsta to, ka eksāmenos arvien vairāk ir reālu "
              "situāciju, un skolām šajā darbā būtu vajadzīgs lielāks metodiskais atbalsts no VISC."),
        ("j", "Par remontatslēdznieka eksāmenu (LKI 3) man nav būtisku piezīmju. Praktiskajā daļā ir filtru un "
              "ventilatora nomaiņa, siksnas nospriegošana un aukstuma aģenta noplūdes pārbaude, teorijā – F-gāzu "
              "regula un darba drošība augstumā. Eksāmena saturs ir atbalstāms\u00a0un virzāms\u00a0saskaņošanai."),
        ("j", "Savukārt sistēmu tehniķa eksāmenam (LKI 4) praktiskajā daļā jāpievieno gaisa daudzuma mērījumi un "
              "regulēšana, kā arī nodošanas protokola sagatavošana. Eksāmena saturs kopumā ir atbal¦stāms, bet "
              "saskaņošanai to var virzīt tikai pēc šo precizējumu veikšanas."),
        ("j", "Abām darba grupām varu sniegt atbalstu konsultāciju veidā, ja tas nepieciešams."),
        ("sp",),
        "S. Kļaviņa",
        "12.05.2026.",
    ],
    rows=[(VGK_R, "PKE", "supported", 3), (VGK_T, "PKE", "needs_corrections", 4)],
    expert="Sandra Kļaviņa", date="2026-05-12", author="Sandra", created=D(2026, 5, 12, 16, 48),
    design="Two VGK qualifications referred to only as 'remontatslēdznieka'/'sistēmu tehniķa' (with LKI) in running text; PKE only.",
    note="'VGK' + 'remontatslēdznieks'/'sistēmu tehniķis' with LKI 3/4 identify the register names. 'uzņēmumi atbalsta', 'metodiskais atbalsts', 'varu sniegt atbalstu' are not verdicts. NBSP inside the first verdict; 'atbalstāms' split across runs in the second.",
)

# 27 -- name/role in the Word header, page footer, date line in body
build(
    "r23a27_KIRT MIP PKE_Sprogis.docx",
    [
        ("c", "**Koka izstrādājumu ražošanas tehniķis**↵atzinums par modulāro izglītības programmu un kvalifikācijas eksāmenu"),
        "Datums: 30.04.2026.",
        ("j", "Atzinumu sniedzu par darba grupas precizēto programmu (otrā redakcija, saņemta 20. aprīlī) un eksāmena "
              "saturu. Pirmajā redakcijā programmai bija būtiskas nepilnības tehniķa kompetenču jomā; otrajā "
              "redakcijā ir pievienoti moduļi „Ražošanas plānošana” un „Kvalitātes vadība”."),
        ("j", "Programmā joprojām trūkst ražošanas izmaksu aprēķina un materiālu patēriņa normēšanas – bez tā tehniķis "
              "nevar plānot ražošanu. Jāpapildina modulis „Ražošanas plānošana”. Pārējais ir kārtībā."),
        ("j", "Eksāmenā ir gan tehnoloģiskās kartes izstrāde, gan ražošanas procesa kontroles uzdevums – tas ir tieši "
              "tas, kas vajadzīgs."),
        ("j", "Kopumā: programma atbalstāma, pēc minētā precizējuma virzāma saskaņošanai; eksāmena saturs atbalstāms "
              "un virzāms saskaņošanai."),
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
    expert="Raimonds Sproģis", date="2026-04-30", author="Raimonds Sproģis", created=D(2026, 4, 30, 12, 5),
    header="Raimonds Sproģis | SIA „Sproģa koks” ražošanas direktors | kokrūpniecības nozares eksperts",
    footer="Lapa ",
    design="Expert's name and role only in the Word page header; page-number footer; date line at the top of the body; one-line 'Kopumā:' conclusion.",
    note="Expert from the header. History: first draft had gaps (no verdict stated for it). MIP 'atbalstāma, pēc minētā precizējuma virzāma' = needs_corrections; PKE supported.",
)

# 28 -- very short
build(
    "r23a28_elektromontieris.docx",
    [
        "Elektromontieris, LKI 3. MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai. Piezīmju nav.",
        "Elektrotehniķis – MIP atbalstāma, virzāma saskaņošanai; PKE vēl neesmu saņēmusi.",
        "E. Grīnberga, 06.05.2026",
    ],
    rows=[("elektromontieris", "MIP", "supported", 3), ("elektromontieris", "PKE", "supported", 3),
          ("elektrotehniķis", "MIP", "supported")],
    expert="E. Grīnberga", date="2026-05-06", author="", created=D(2026, 5, 6, 17, 59),
    design="Very short: three lines, two qualifications, one verdict sentence covering both documents.",
    note="'MIP un PKE saturs ir atbalstāms un virzāms' gives both documents. Elektrotehniķis PKE not received -> no row. Initial + surname only.",
)

# 29 -- re-review quoting the old verdict; PKE assigned to another expert
build(
    "r23a29_Mezsaimniecibas tehnikis_MIP_atkartoti_Abele.docx",
    [
        ("b", "Mežsaimniecības tehniķis – modulārā izglītības programma (atkārtota ekspertīze)"),
        ("j", "2026. gada 10. februāra atzinumā rakstīju: „MIP saturs nav atbalstāms, jo programmā nav iekļauta meža "
              "apsaimniekošanas plānošana un darbs ar meža valsts reģistra datiem.” Darba grupa programmu ir "
              "pārstrādājusi: pievienots modulis „Meža apsaimniekošanas plānošana” (6 KP), kurā iekļauts arī darbs ar "
              "ģeotelpiskajiem datiem, un pārskatīti prakses uzdevumi."),
        ("j", "Pārbaudīju arī, vai ņemtas vērā mazākās piezīmes (mežizstrādes tehnoloģiju modulis, medību "
              "saimniecības pamati) – ņemtas."),
        ("j", "Labotā redakcija ir atbalstāma un virzāma saskaņošanai."),
        ("j", "Eksāmena saturu šai kvalifikācijai, kā norunāts, vērtē Edgars Vītols."),
        ("sp",),
        "Baiba Ābele↵Meža konsultants, SIA „Meža pakalpojumi Ābele”",
        "26.02.2026.",
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "supported")],
    expert="Baiba Ābele", date="2026-02-26", author="Baiba", created=D(2026, 2, 26, 10, 10),
    design="Re-review of one document quoting the earlier negative verdict verbatim in „…”.",
    note="Quoted 'MIP saturs nav atbalstāms' is history; current 'Labotā redakcija ir atbalstāma un virzāma saskaņošanai' = supported. PKE assigned to another expert -> no row.",
)

# 30 -- manual strike-through (not tracked) replaces the verdict
build(
    "r23a30_Meza masinu operatora MIP_PKE_labots.docx",
    [
        ("b", "Meža mašīnu operators (3. LKI līmenis)"),
        ("b", "Eksperta piezīmes par MIP un PKE"),
        ("j", "Programma aptver visas standartā noteiktās kompetences. Pēc sarunas ar darba grupu 3. aprīlī "
              "vienojāmies, ka modulī „Meža mašīnu tehniskā apkope” tiks pievienota hidraulikas sistēmu "
              "diagnostika un modulī „Darbs cirsmā” – darbs uz slapjām un jutīgām augsnēm. Šo iemeslu dēļ savu "
              "iepriekšējo slēdzienu par programmu labošu (nosvītrots)."),
        ("j", "Eksāmena saturā ir gan simulatora, gan reālās tehnikas daļa; kritēriji atbilst 3. līmenim."),
        ("b", "Slēdziens"),
        ("j", "MIP saturs ir ~~atbalstāms un virzāms saskaņošanai~~ atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai."),
        ("j", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("sp",),
        "Roberts Freimanis",
        "2026. gada 3. aprīlī",
    ],
    rows=[("meža mašīnu operators", "MIP", "needs_corrections"), ("meža mašīnu operators", "PKE", "supported")],
    expert="Roberts Freimanis", date="2026-04-03", author=COORD1, created=D(2026, 4, 3, 17, 30),
    design="Expert struck out his own earlier verdict with plain strike-through formatting (not track changes) and typed the new one after it.",
    note="The struck text is explicitly withdrawn ('labošu (nosvītrots)'); current MIP verdict = needs_corrections. PKE supported.",
)

# 31 -- one sentence for both documents ('abus dokumentus'), place and date lines
build(
    "r23a31_Motorzaga operators_MIP un PKE_Jansons.docx",
    [
        ("b", "Pēteris Jansons"),
        "mežizstrādes uzņēmuma SIA „Zemgales cirsmas” darbu vadītājs",
        ("sp",),
        ("c", "**Atzinums par motorzāģa operatora modulāro izglītības programmu un kvalifikācijas eksāmenu**"),
        ("j", "Esmu iepazinies ar abiem dokumentiem, kas man nosūtīti 2026. gada 7. aprīlī. Programma ir skaidra, "
              "moduļi secīgi – no motorzāģa uzbūves un apkopes līdz koku gāšanai sarežģītos apstākļos un vējgāžu "
              "izstrādei. Eksāmena praktiskais uzdevums atbilst reālai situācijai cirsmā, darba drošība vērtēta kā "
              "obligāts kritērijs. Teorijas jautājumi nav pārāk akadēmiski, kas 3. līmenim ir pareizi."),
        ("j", "Abus dokumentus – gan programmu, gan eksāmena saturu – atbalstu un iesaku virzīt saskaņošanai."),
        ("sp",),
        "Jelgava",
        "2026. gada 15. aprīlis",
    ],
    rows=[("motorzāģa operators", "MIP", "supported"), ("motorzāģa operators", "PKE", "supported")],
    expert="Pēteris Jansons", date="2026-04-15", author=COORD2, created=D(2026, 4, 15, 13, 22),
    design="Name and role above the title; single verdict sentence covering both documents; place and date on separate closing lines.",
    note="'Abus dokumentus – gan programmu, gan eksāmena saturu – atbalstu un iesaku virzīt saskaņošanai' = supported for MIP and PKE. 7 April = receipt date.",
)

# 32 -- nominal/infinitive verdicts 'neatbalstīt' / 'atbalstīt ar precizējumiem'; full genitive name
build(
    "r23a32_VGK remontatslēdznieks_Slēdziens_Bite.docx",
    [
        ("c", "**Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka**↵**MIP un PKE ekspertīze**"),
        ("j", "Programmas projekts ir sagatavots, acīmredzot pielāgojot citas kvalifikācijas programmu: vairākos "
              "moduļos runāts par „apkures katlu” un „ūdensapgādi”, nevis ventilācijas un kondicionēšanas iekārtām. "
              "Nav moduļa par aukstuma aģentiem un F-gāzu apstrādi, kas šai profesijai ir obligāts. Mācību "
              "rezultāti daudzviet formulēti kā „iepazīties ar…”, kas nav izmērāms."),
        ("j", "Eksāmena saturs sagatavots labāk. Praktiskais uzdevums – kondicioniera iekšējā bloka apkope un "
              "bojājuma novēršana – ir atbilstošs; jāprecizē laika normatīvs un jāpievieno kritērijs par "
              "noplūdes pārbaudi."),
        ("b", "Slēdziens par MIP: neatbalstīt. Programma jāizstrādā no jauna."),
        ("b", "Slēdziens par PKE: atbalstīt ar precizējumiem (laika normatīvs, noplūdes pārbaudes kritērijs)."),
        ("sp",),
        "Arnis Bite, SIA „Klimata tehnika” servisa inženieris",
        "05.03.2026",
    ],
    rows=[(VGK_R, "MIP", "not_supported"), (VGK_R, "PKE", "needs_corrections")],
    expert="Arnis Bite", date="2026-03-05", author="Arnis", created=D(2026, 3, 5, 22, 3),
    design="Full qualification name in the genitive in the title; verdicts as bold infinitive phrases 'Slēdziens par MIP: neatbalstīt'.",
    note="'neatbalstīt … jāizstrādā no jauna' = not_supported; 'atbalstīt ar precizējumiem' = needs_corrections.",
)

# 33 -- Outlook (English headers) e-mail with three PKE verdicts, quoted coordinator message
build(
    "r23a33_PKE atzinumi kokapstrade (e-pasts).docx",
    [
        ("hdr", "**From:** Jānis Kalējs <janis.kalejs@kalejakoks.lv>"),
        ("hdr", "**Sent:** Wednesday, February 18, 2026 11:20 AM"),
        ("hdr", "**To:** Laura Siliņa <laura.silina@lddk.lv>"),
        ("hdr", "**Subject:** RE: PKE ekspertīze – kokapstrāde, mēbeles"),
        ("sp",),
        "Labdien, Laura,",
        "zemāk mans vērtējums par trim eksāmeniem.",
        "**Kokapstrādes iekārtu operators.** Praktiskajā daļā tikai zāģēšana – jāpievieno frēzēšana vai ēvelēšana un "
        "iekārtas iestatīšana. Ar šiem papildinājumiem eksāmenu atbalstu, pirms tam virzīt nevajadzētu.",
        "**Koka izstrādājumu ražošanas tehniķis.** Labs eksāmens, uzdevums par tehnoloģiskā procesa plānošanu ir "
        "tieši tas, kas vajadzīgs. Atbalstu, var virzīt saskaņošanai.",
        "**Mēbeļu galdnieks.** Diemžēl šis eksāmens neatbilst 4. līmenim – praktiskais uzdevums ir taburetes "
        "izgatavošana ar vienkāršiem savienojumiem, nav apdares, nav furnitūras, nav rasējuma lasīšanas. Neatbalstu, "
        "eksāmens jāizstrādā no jauna.",
        "Programmas, kā runājām, skatīšos martā.",
        "Ar cieņu,↵Jānis Kalējs↵valdes loceklis, SIA „Kalēja koks”↵mob. 29 555 017",
        ("sp",),
        ("hdr", "**From:** Laura Siliņa <laura.silina@lddk.lv>"),
        ("hdr", "**Sent:** Monday, February 9, 2026 9:03 AM"),
        ("hdr", "**To:** Jānis Kalējs <janis.kalejs@kalejakoks.lv>"),
        ("hdr", "**Subject:** PKE ekspertīze – kokapstrāde, mēbeles"),
        ("q", "Labdien, Jāni!"),
        ("q", "Pielikumā trīs PKE projekti ekspertīzei: kokapstrādes iekārtu operators, koka izstrādājumu ražošanas "
              "tehniķis, mēbeļu galdnieks. Lūdzu katram norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, "
              "atbalstāms pēc precizējumiem vai nav atbalstāms."),
        ("q", "Paldies jau iepriekš!↵Laura"),
    ],
    rows=[("kokapstrādes iekārtu operators", "PKE", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported"),
          ("mēbeļu galdnieks", "PKE", "not_supported")],
    expert="Jānis Kalējs", date="2026-02-18", author=COORD1, created=D(2026, 2, 18, 11, 40),
    design="Outlook reply with English headers; three qualifications in bold run-in labels; quoted coordinator message with options.",
    note="KIO: 'Ar šiem papildinājumiem eksāmenu atbalstu, pirms tam virzīt nevajadzētu' = needs_corrections. Mēbeļu galdnieks 'Neatbalstu, … jāizstrādā no jauna' = not_supported. MIPs postponed -> no rows. Date from the expert's Sent line.",
)

# 34 -- MIP verdict, PKE remarks without verdict
build(
    "r23a34_Elektrotehnikis_Mezaks.docx",
    [
        ("b", "ELEKTROTEHNIĶIS, LKI 4"),
        ("b", "Artūrs Mežaks, elektroenerģētikas nozares eksperts"),
        ("sp",),
        ("j", "**Par programmu.** Moduļu kopums atbilst standartam, salīdzinot ar iepriekšējo redakciju ir uzlabota "
              "elektrodrošības daļa. Modulī „Elektroietaišu projektēšana” jāatjauno atsauces uz LVS standartiem, bet "
              "modulī „Elektropiedziņa” jāiekļauj frekvenču pārveidotāju parametrēšana. Programma ir atbalstāma, "
              "pēc šo precizējumu veikšanas virzāma saskaņošanai."),
        ("j", "**Par eksāmenu.** Teorētiskās daļas jautājumi ir labi. Praktiskajā daļā ir tikai uzdevuma apraksts, bet "
              "nav pievienoti vērtēšanas kritēriji un paraugrisinājums, tāpēc pilnvērtīgi novērtēt eksāmenu nevaru. "
              "Lūdzu darba grupai atsūtīt trūkstošos materiālus."),
        ("sp",),
        "2026-05-19",
    ],
    rows=[("elektrotehniķis", "MIP", "needs_corrections"), ("elektrotehniķis", "PKE", "unknown")],
    problems=["no_verdict"],
    expert="Artūrs Mežaks", date="2026-05-19", author=COORD2, created=D(2026, 5, 19, 15, 15),
    design="Title in capitals, name under it; bold run-in 'Par programmu.'/'Par eksāmenu.'; ISO date at the end.",
    note="MIP needs_corrections. PKE is discussed but the expert says he cannot assess it yet -> unknown + no_verdict ('nevaru' here is about assessing, not supporting).",
)

# 35 -- unknown qualification (both docs) + mehatronika PKE, 'Kopvērtējums' in a table, PKL stated
build(
    "r23a35_Masinbuves tehnikis un mehatronika_Ozols.docx",
    [
        ("b", "Mašīnbūves un metālapstrādes nozare"),
        ("b", "Eksperta atzinums, 2026. gada 27. maijs"),
        ("j", "Sniedzu atzinumu par divām kvalifikācijām: mašīnbūves tehniķis (programma un eksāmens) un mehatronisko "
              "sistēmu tehniķis (tikai eksāmena labotā redakcija pēc marta ekspertīzes)."),
        ("b", "I  MAŠĪNBŪVES TEHNIĶIS (4. LKI)"),
        ("j", "Programmā labi aprakstīta CNC metālapstrāde un CAD/CAM, bet trūkst tehnoloģisko procesu normēšanas un "
              "ražošanas sagatavošanas. Eksāmenā nav noteikts, kāda precizitāte jāsasniedz detaļai, un teorijas daļa "
              "nesatur jautājumus par materiālu izvēli."),
        ("b", "II  MEHATRONISKO SISTĒMU TEHNIĶIS"),
        ("j", "Martā izteiktās piezīmes (drošības kritērijs, neskaidrie jautājumi) ir novērstas. Jauni iebildumi nav radušies."),
        ("b", "Kopvērtējums"),
        ("tbl", [["Kvalifikācija", "MIP", "PKE"],
                 ["Mašīnbūves tehniķis", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
                  "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai"],
                 ["Mehatronisko sistēmu tehniķis", "netika vērtēts", "atbalstāms un virzāms saskaņošanai"]]),
        ("sp",),
        "Kaspars Ozols↵SIA „Precīzā mehānika”, tehnologs",
    ],
    rows=[("mašīnbūves tehniķis", "MIP", "needs_corrections", 4), ("mašīnbūves tehniķis", "PKE", "needs_corrections", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "supported")],
    problems=["unknown_qualification"],
    expert="Kaspars Ozols", date="2026-05-27", author="Kaspars Ozols", created=D(2026, 5, 27, 9, 50),
    design="Date in a subtitle line; Roman-numbered capital sections; conclusion as a small table (qualification × MIP/PKE).",
    note="'mašīnbūves tehniķis' not in the register -> unknown_qualification; LKI 4 from the review. Mehatronika MIP 'netika vērtēts' -> no row. Table conclusion is the verdict source.",
)

# 36 -- Gmail (Latvian UI) e-mail, three forestry qualifications inside running text, MIP only
build(
    "r23a36_mežsaimniecība MIP - epasts Celmiņa.docx",
    [
        ("hdr", "Gmail – MIP: motorzāģis, meža mašīnas, mežsaimniecības tehniķis"),
        ("hdr", "**Inga Celmiņa** <inga.celmina@gmail.com>\totrd., 2026. g. 2. jūn., plkst. 14:27"),
        ("hdr", "Kam: Laura Siliņa <laura.silina@lddk.lv>"),
        ("sp",),
        "Sveika, Laura!",
        "Esmu tikusi galā ar visām trim programmām, eksāmeni būs nākamnedēļ, tos šoreiz nevērtēju.",
        "Attiecībā uz motorzāģa operatoru – programma būtībā laba, bet nav nekā par darbu ar akumulatora "
        "motorzāģiem un par pirmo palīdzību mežā, kas mūsdienās ir obligāti. Ja to pieliek, tad programmu "
        "atbalstu un var virzīt tālāk saskaņošanai, citādi ne. Meža mašīnu operatora programmai man nav ko "
        "piebilst – atbalstu, var saskaņot. Arī mežsaimniecības tehniķa programma ir labā līmenī, pēc pagājušās "
        "kārtas labojumiem iebildumu nav, atbalstāma un virzāma saskaņošanai.",
        "Ja vajag kaut ko formālāk, uzrakstīšu atsevišķu dokumentu.",
        "Inga",
        ("sp",),
        ("q", "pirmd., 2026. g. 18. maijs, plkst. 09:10 — lietotājs Laura Siliņa (<laura.silina@lddk.lv>) rakstīja:"),
        ("q", "> Sveika, Inga! Nosūtu motorzāģa operatora, meža mašīnu operatora un mežsaimniecības tehniķa MIP un PKE. "
              "Lūdzu atzinumu līdz jūnija vidum. Paldies! Laura"),
    ],
    rows=[("motorzāģa operators", "MIP", "needs_corrections"), ("meža mašīnu operators", "MIP", "supported"),
          ("mežsaimniecības tehniķis", "MIP", "supported")],
    expert="Inga Celmiņa", date="2026-06-02", author=COORD1, created=D(2026, 6, 2, 15, 0),
    design="Gmail print (Latvian UI) pasted into Word; three qualifications inside one running paragraph; MIP only; informal.",
    note="Motorzāģa: 'Ja to pieliek, tad … atbalstu …, citādi ne' = needs_corrections. PKEs explicitly not reviewed this time -> no rows. Date from the expert's own message (2 June), not the quoted 18 May.",
)

# ---------------------------------------------------------------------------------------------
# OUTPUT: gold files + README
# ---------------------------------------------------------------------------------------------
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBLEMS)


def _md(s):
    return s.replace("|", "\\|").replace("\n", " ")


with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r23a — free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
    f.write("Built by `build.py` (python-docx 1.2, raw WordprocessingML for tracked changes, strike-through, "
            "header/footer fields). Gold labels sit next to each `build(...)` call.\n\n")
    f.write(f"Files: {len(README)}; gold rows: {len(GOLD)}; problem rows: {len(PROBLEMS)}.\n\n")
    f.write("| file | design | judgement calls behind the labels |\n|---|---|---|\n")
    for name, design, note in README:
        f.write(f"| {_md(name)} | {_md(design)} | {_md(note)} |\n")
print(f"files={len(README)} gold={len(GOLD)} problems={len(PROBLEMS)}")
