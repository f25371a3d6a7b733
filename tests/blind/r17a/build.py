# -*- coding: utf-8 -*-
"""Blind evaluation set r17a: free-prose Latvian expert reviews (MIP / PKE) with gold labels.

Run:  /work/hvenv/bin/python build.py
Writes every .docx, expected.csv, expected_problems.csv next to this script.
Each build(...) call holds the gold rows and problem codes for that file.
"""
import csv
import datetime
import os
import random
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r17a"

S, C, N, U = "supported", "needs_corrections", "not_supported", "unknown"

REGISTER_LKI = {
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

ROWS = []      # expected.csv rows
PROBLEMS = []  # expected_problems.csv rows
README = []    # (file, design, judgement)

# ---------------------------------------------------------------------------
# low-level helpers
# ---------------------------------------------------------------------------
TOK = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\{\+.+?\+\}|\{-.+?-\}|%%.+?%%)")

_state = {"rng": random.Random(1), "rev_author": "", "rev_date": "", "rev_id": 100}


def _next_id():
    _state["rev_id"] += 1
    return str(_state["rev_id"])


def _chunks(text, split):
    """Split text into several pieces, like Word does with runs after editing."""
    if not split or len(text) < 12:
        return [text]
    rng = _state["rng"]
    n = rng.randint(2, 4)
    cuts = sorted(rng.sample(range(1, len(text) - 1), min(n, len(text) - 2)))
    out, last = [], 0
    for c in cuts:
        out.append(text[last:c])
        last = c
    out.append(text[last:])
    return [x for x in out if x]


def _track(p, kind, text):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), _state["rev_author"] or "Autors")
    el.set(qn("w:date"), _state["rev_date"] or "2026-01-01T00:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def runs(p, text, split=False, bold=False, italic=False, size=None, font=None):
    for part in TOK.split(text):
        if not part:
            continue
        b, i, strike = bold, italic, False
        if part.startswith("{+"):
            _track(p, "ins", part[2:-2])
            continue
        if part.startswith("{-"):
            _track(p, "del", part[2:-2])
            continue
        if part.startswith("**"):
            part, b = part[2:-2], True
        elif part.startswith("~~"):
            part, strike = part[2:-2], True
        elif part.startswith("%%"):
            part, i = part[2:-2], True
        for ch in _chunks(part, split):
            r = p.add_run(ch)
            r.bold = b or None
            r.italic = i or None
            if strike:
                r.font.strike = True
            if size:
                r.font.size = Pt(size)
            if font:
                r.font.name = font


def P(d, text="", split=False, bold=False, italic=False, align=None, size=None,
      style=None, space_after=None, indent=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    runs(p, text, split=split, bold=bold, italic=italic, size=size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent:
        p.paragraph_format.left_indent = Pt(indent)
    return p


def LINES(d, block, **kw):
    for line in block.strip("\n").split("\n"):
        P(d, line, **kw)


def H(d, text, level=1):
    return d.add_heading(text, level=level)


def TABLE(d, rows, style=None, bold_first=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.paragraphs[0].text = ""
            lines = val.split("\n")
            runs(cell.paragraphs[0], lines[0], bold=(bold_first and i == 0))
            for extra in lines[1:]:
                runs(cell.add_paragraph(), extra, bold=(bold_first and i == 0))
    return t


def HEADER(d, text, align="r"):
    p = d.sections[0].header.paragraphs[0]
    runs(p, text, size=9)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.CENTER


def FOOTER(d, text):
    p = d.sections[0].footer.paragraphs[0]
    runs(p, text, size=8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _dt(s):
    y, m, dd = (int(x) for x in s.split("-")[:3])
    return datetime.datetime(y, m, dd, 9, 30, 0)


def build(name, body, author, created, rows=(), expert="", date="", problems=(),
          note="", font=("Calibri", 11), track=None):
    """Build one file.

    rows: (qualification, document, verdict[, lki]) -- expert/date shared by the file
    unless a row carries its own 5-tuple (qual, doc, verdict, lki, expert) .
    """
    assert name.startswith(PREFIX), name
    _state["rng"] = random.Random(name)
    if track:
        _state["rev_author"], _state["rev_date"] = track
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = font[0], Pt(font[1])
    body(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt(created)
    cp.modified = _dt(created) + datetime.timedelta(hours=3)
    cp.title = ""
    d.save(os.path.join(OUT, name))
    for r in rows:
        qual, doc, verdict = r[0], r[1], r[2]
        lki = r[3] if len(r) > 3 else REGISTER_LKI.get(qual, "")
        assert doc in ("MIP", "PKE") and verdict in (S, C, N, U)
        ROWS.append([name, qual, doc, verdict, expert, date, lki])
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append([name, code])
    README.append((name, note))


# ===========================================================================
# FILES
# ===========================================================================

# --- 01 ---------------------------------------------------------------------
def f01(d):
    LINES(d, """Latvijas Darba devēju konfederācijai
projekta koordinatorei A. Vītolas kundzei""", align="r")
    P(d)
    P(d, "Par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības programmas saturu", bold=True, align="c")
    P(d)
    P(d, "Esmu iepazinusies ar darba grupas 2026. gada 2. februārī iesūtīto modulārās izglītības programmas "
         "(turpmāk – programma) projektu kvalifikācijai „Motorzāģa operators” (LKI 3. līmenis). Šis atzinums "
         "attiecas tikai uz programmu; profesionālās kvalifikācijas eksāmena saturu, kā jau vienojāmies, "
         "vērtēs kolēģis no mežizstrādes uzņēmuma.", align="j")
    P(d, "Kopumā programma veidota pārdomāti, moduļu secība ir loģiska, un tajā ņemtas vērā 2025. gadā "
         "aktualizētās profesionālās kvalifikācijas prasības. Īpaši gribu uzteikt moduli „Koku gāšana "
         "sarežģītos apstākļos”, kurā beidzot paredzēts pietiekami daudz praktisko mācību darba vidē – "
         "tieši to nozares uzņēmumi prasīja jau iepriekšējā projekta posmā.", align="j")
    P(d, "Tomēr ir vairākas lietas, kas jāsakārto:", align="j")
    P(d, "1. Modulī „Motorzāģa tehniskā apkope” nav minēta ķēdes asināšana ar elektrisko asinātāju, lai gan "
         "uzņēmumos to ikdienā izmanto. Jāpapildina sasniedzamo rezultātu apraksts.", indent=18)
    P(d, "2. Darba aizsardzības modulī joprojām atsauce uz spēku zaudējušiem Ministru kabineta noteikumiem – "
         "jāaktualizē.", indent=18)
    P(d, "3. Moduļu „Cirsmas sagatavošana” un „Kokmateriālu sagarināšana” stundu sadalījums nesakrīt ar "
         "kopējo programmas apjomu (saskaitot sanāk 1480 stundas, nevis norādītās 1520).", indent=18)
    P(d, "4. Vērtēšanas kritērijos vairākkārt lietots vārds „pareizi” bez skaidrojuma, kas ar to "
         "saprotams. Ieteiktu norādīt konkrētus mērāmus rādītājus.", indent=18)
    P(d, "Ja šie punkti tiks izlaboti, man nav iebildumu pret programmas tālāku virzību. Citiem vārdiem – "
         "programmas saturu atbalstu, taču saskaņošanai to var nodot tikai pēc 1.–4. punktā minēto "
         "precizējumu veikšanas.", align="j", split=True)
    P(d, "Labprāt pārskatīšu labojumus, ja darba grupa tos atsūtīs.", align="j")
    P(d)
    LINES(d, """Ar cieņu,
Ilze Kalniņa
kokrūpniecības nozares eksperte""")
    P(d)
    P(d, "Rīgā, 2026.\u00a0gada 18.\u00a0februārī")


build("r17a01_Atzinums_MIP_motorzaga operators_Kalnina.docx", f01,
      author="Ilze Kalniņa", created="2026-02-18", font=("Times New Roman", 12),
      expert="Ilze Kalniņa", date="2026-02-18",
      rows=[("motorzāģa operators", "MIP", C, 3)],
      note="Formal letter, MIP only (PKE explicitly left to a colleague: no PKE row). 'nav iebildumu' + "
           "'atbalstu, taču saskaņošanai ... tikai pēc ... precizējumu' => needs_corrections. Place+date at the very end.")


# --- 02 ---------------------------------------------------------------------
def f02(d):
    LINES(d, """**No:** Edgars Ziediņš <edgars.ziedins@mezsaimnieks.lv>
**Nosūtīts:** ceturtdiena, 2026. gada 5. marts 10:42
**Kam:** Anita Vītola <anita.vitola@lddk.lv>
**Tēma:** RE: PKE saturs – mežsaimniecības tehniķis, motorzāģa operators""", space_after=0)
    P(d)
    P(d, "Labdien, Anita!")
    P(d, "Atvainojos par nokavēšanos, abus eksāmenus izskatīju tikai vakar vakarā.")
    P(d, "Mežsaimniecības tehniķa PKE – labs darbs. Teorijas jautājumi atbilst tam, ko tehniķim reāli vajag "
         "zināt, un praktiskais uzdevums (cirsmas taksācija un darba plāna sastādīšana) ir tuvu dzīvei. "
         "Man iebildumu nav, var sūtīt uz saskaņošanu tādu, kāds ir.", split=True)
    P(d, "Motorzāģa operatora PKE arī atbalstu, labojumi nav vajadzīgi. Vienīgi kā ideju (nav obligāti) – "
         "praktiskajā daļā varētu ļaut izvēlēties starp skujkoka un lapu koka gāšanu, bet tas ir skolas ziņā.")
    P(d, "Ja vajag to visu noformēt uz veidlapas, pasaki, izdarīšu nākamnedēļ.")
    P(d, "Edgars")
    P(d)
    P(d, "________________________________")
    LINES(d, """**No:** Anita Vītola <anita.vitola@lddk.lv>
**Nosūtīts:** pirmdiena, 2026. gada 23. februāris 14:05
**Kam:** Edgars Ziediņš <edgars.ziedins@mezsaimnieks.lv>
**Tēma:** PKE saturs – mežsaimniecības tehniķis, motorzāģa operators""", space_after=0)
    P(d)
    P(d, "Labdien, Edgar!")
    P(d, "Pielikumā mežsaimniecības tehniķa un motorzāģa operatora PKE saturs. Lūdzu līdz 6. martam sniegt "
         "atzinumu – vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas "
         "vai nav atbalstāms.")
    P(d, "Paldies par atbalstu!")
    LINES(d, """Anita Vītola
LDDK projekta koordinatore""")


build("r17a02_RE PKE mežsaimniecības tehniķis un motorzāģa operators.docx", f02,
      author="Anita Vītola", created="2026-03-05",
      expert="Edgars Ziediņš", date="2026-03-05",
      rows=[("mežsaimniecības tehniķis", "PKE", S), ("motorzāģa operators", "PKE", S)],
      note="Outlook reply pasted into Word (Latvian headers). Signed only 'Edgars': full name from the No: line. "
           "Date = the reply, not the quoted 23 Feb request, which lists all three options (trap) and ends "
           "'Paldies par atbalstu' (noun). 'iebildumu nav, var sūtīt ... tādu, kāds ir' / 'labojumi nav vajadzīgi' => supported.")


# --- 03 ---------------------------------------------------------------------
def f03(d):
    P(d, "Dr. sc. ing. Raimonds Ozoliņš", bold=True, align="r", space_after=0)
    P(d, "Nozares eksperts – mašīnbūve un metālapstrāde", align="r", space_after=0)
    P(d, "SIA „Baltijas Automatizācija”, tehniskais direktors", align="r")
    P(d)
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14)
    P(d, "par kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4) modulārās izglītības programmas un "
         "profesionālās kvalifikācijas eksāmena saturu", align="c")
    P(d, "Rīga, 2026-03-24", align="r")
    P(d, "Atzinums sagatavots projekta 4.2.2.9. pasākuma ietvaros pēc LDDK deleģējuma. Izvērtēšanai saņemta "
         "MIP redakcija no 2026. gada 10. marta un PKE satura otrā redakcija. Atzinuma uzdevums ir noteikt, "
         "vai dokumentu saturs ir atbalstāms un virzāms saskaņošanai vai tam nepieciešami precizējumi.", align="j")
    P(d, "Vēsturei: janvārī izskatītajā pirmajā redakcijā PKE praktiskā daļa netika atbalstīta, jo uzdevumi "
         "nebija saistīti ar reālām ražošanas līnijām. Darba grupa šo iebildumu ir ņēmusi vērā, un jaunie "
         "uzdevumi balstīti uz šķirošanas un iepakošanas līnijas piemēru.", align="j")
    H(d, "1. Modulārā izglītības programma", 2)
    P(d, "1.1. Modulis „Pneimatiskās un hidrauliskās sistēmas” – saturs atbilst nozares vajadzībām, "
         "iebildumu nav. Labi, ka iekļauta arī elektropneimatika un proporcionālie vārsti.", align="j")
    P(d, "1.2. Modulis „Programmējamie loģiskie kontrolieri” – pašlaik minēta tikai kāpņu diagramma (LAD). "
         "Jāpapildina vismaz ar funkciju bloku diagrammu (FBD) un strukturēto tekstu (ST) atbilstoši "
         "IEC 61131-3, jo uzņēmumos, ar kuriem sadarbojamies, lielākā daļa jauno projektu tiek rakstīti ST.",
      align="j")
    P(d, "1.3. Modulis „Rūpnieciskie roboti” – robotu drošības prasības (LVS EN ISO 10218) parādās tikai "
         "vērtēšanas kritērijos, bet sasniedzamajos rezultātos to nav. Tas jāsaskaņo, citādi izglītojamais "
         "tiek vērtēts par to, kas viņam nav mācīts.", align="j")
    P(d, "1.4. Darba vidē balstītās mācības – plānots 30 % programmas apjoma. Nozares uzņēmumi, ar kuriem "
         "esmu runājis, šādu pieeju atbalsta, ja skola laikus vienojas par mentoriem. Šeit iebildumu nav.",
      align="j")
    P(d, "1.5. Digitālo prasmju modulis – ieteikums (nav obligāts): pievienot datu vākšanu no sensoriem un "
         "vienkāršu vizualizāciju (SCADA/HMI), jo tas ir pieprasīts, bet to var iekļaut arī vēlāk, "
         "pilnveidojot programmu.", align="j")
    H(d, "2. Profesionālās kvalifikācijas eksāmena saturs", 2)
    P(d, "2.1. Teorētiskās daļas jautājumu kopa ir līdzsvarota – elektrotehnika, pneimatika, PLC, mehānika un "
         "darba drošība aptverti proporcionāli. Jautājumu formulējumi skaidri.", align="j")
    P(d, "2.2. Praktiskajā daļā vērtēšanas lapas punktu summa ir 105, nevis 100, jo kritērijs „Darba vietas "
         "sakārtošana” ieskaitīts divreiz. Kļūda jālabo, pretējā gadījumā nav iespējams korekti aprēķināt "
         "eksāmena vērtējumu ballēs.", align="j")
    P(d, "2.3. Ieteicams (nav obligāti) eksāmena norises aprakstā paredzēt rezerves laiku iekārtas atteices "
         "gadījumam.", align="j")
    H(d, "Secinājumi", 2)
    P(d, "Abi dokumenti ir kvalitatīvi sagatavoti, un darba grupa iepriekšējos ieteikumus ir ņēmusi vērā. "
         "Tomēr nevienu no tiem nevar virzīt saskaņošanai pašreizējā redakcijā:", align="j")
    P(d, "MIP saturs ir atbalstāms; saskaņošanai virzāms pēc 1.2. un 1.3. punktā norādīto precizējumu "
         "veikšanas;", style="List Bullet", split=True)
    P(d, "PKE saturs ir atbalstāms; saskaņošanai virzāms pēc vērtēšanas lapas kļūdas (2.2. punkts) "
         "izlabošanas.", style="List Bullet", split=True)
    P(d, "1.5. un 2.3. punkta ieteikumi ir fakultatīvi un saskaņošanu nekavē.", align="j")
    P(d)
    P(d, "R. Ozoliņš")


build("r17a03_Mehatronisko sistēmu tehniķis_MIP_PKE_galīgais.docx", f03,
      author="Raimonds Ozoliņš", created="2026-03-23",
      expert="Raimonds Ozoliņš", date="2026-03-24",
      rows=[("mehatronisko sistēmu tehniķis", "MIP", C, 4), ("mehatronisko sistēmu tehniķis", "PKE", C, 4)],
      note="Long (two pages) letterhead memo, name+title above the title, ISO date under it, signed 'R. Ozoliņš' "
           "(full name from the letterhead). Purpose sentence lists options; history 'netika atbalstīta' (January) "
           "is not current; 'uzņēmumi ... atbalsta' is third person. Secinājumi => both needs_corrections.")


# --- 04 ---------------------------------------------------------------------
def f04(d):
    P(d, "Kokapstrades iekartu operators (LKI 3) - MIP un PKE", bold=True)
    P(d, "Izskatiju abus dokumentus, komentari isuma:")
    P(d, "MIP", bold=True)
    P(d, "- programma kopuma laba, moduli atbilst tam, ko prasa uznemumi. Iebildumu nav. MIP atbalstu, var "
         "virzit saskanosanai.", split=True)
    P(d, "- sikums: 4. modula nosaukuma lieka atstarpe un parpratums ar numeraciju, bet tas nav butiski, "
         "var izlabot noformejot.")
    P(d, "PKE", bold=True)
    P(d, "- praktiskaja uzdevuma nav skaidru vertesanas kriteriju, ko nozime \"kvalitativi sagatavota "
         "detala\" - jaieliek pielaides milimetros.")
    P(d, "- teorijas testa 3 jautajumiem (Nr. 7, 15, 22) ir divas pareizas atbildes.")
    P(d, "PKE kopuma ok, bet saskanosanai var virzit tikai pec sito lietu izlabosanas.", split=True)
    P(d)
    P(d, "A. Liepa")
    P(d, "12.03.2026")


build("r17a04_kokapstrades iekartu operators_atzinums_Liepa.docx", f04,
      author="Andris", created="2026-03-12", font=("Arial", 10),
      expert="A. Liepa", date="2026-03-12",
      rows=[("kokapstrādes iekārtu operators", "MIP", S, 3), ("kokapstrādes iekārtu operators", "PKE", C, 3)],
      note="Hasty, no diacritics, dash bullets. MIP: 'Iebildumu nav. MIP atbalstu, var virzit' and the typo is "
           "explicitly 'nav butiski' => supported. PKE: 'kopuma ok, bet ... tikai pec ... izlabosanas' => "
           "needs_corrections. Initial + surname only.")


# --- 05 ---------------------------------------------------------------------
def f05(d):
    P(d, "Atzinums par enerģētikas nozares kvalifikāciju MIP un PKE saturu", bold=True, size=13)
    P(d, "Šajā dokumentā apkopoju savu vērtējumu par divām kvalifikācijām, kuru dokumentus izstrādājusi "
         "viena profesionālās izglītības iestādes darba grupa. Dokumentus saņēmu 2026. gada 30. martā.",
      align="j")
    P(d, "1. ELEKTROMONTIERIS (LKI 3. līmenis)", bold=True)
    P(d, "Modulārā programma", italic=True)
    P(d, "Programma būtībā pārkopēta no 2019. gada redakcijas. Tajā nav iekļautas jaunās prasmes – saules "
         "paneļu sistēmu montāža un elektroauto uzlādes iekārtu pieslēgšana –, kuras 2025. gadā ierakstītas "
         "kvalifikācijas prasībās. Moduļos trūkst arī darba ar viedajiem skaitītājiem. Sasniedzamie rezultāti "
         "formulēti kā tēmu saraksts, nevis kā kompetences. Šādā redakcijā programmu nevaru atbalstīt – tā "
         "jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.", align="j", split=True)
    P(d, "Eksāmena saturs", italic=True)
    P(d, "Savukārt PKE saturs sagatavots labi: uzdevumi balstīti jau uz jaunajām kvalifikācijas prasībām, "
         "ir iekļauta arī fotoelektriskās sistēmas pieslēguma pārbaude. Eksāmena saturu atbalstu bez "
         "iebildumiem, to var virzīt saskaņošanai.", align="j")
    P(d, "2. ELEKTROTEHNIĶIS (LKI 4. līmenis)", bold=True)
    P(d, "Modulārā programma", italic=True)
    P(d, "Kopumā laba. 2. modulī („Elektriskās mašīnas”) jāatjauno tehniskie piemēri – nav frekvenču "
         "pārveidotāju. 5. modulī („Releju aizsardzība un automātika”) jāpapildina ar mikroprocesoru "
         "aizsardzības termināliem. Atbalstu, ja tiek izlabots 2. un 5. modulis; pēc tam programmu var "
         "nodot saskaņošanai.", align="j")
    P(d, "Eksāmena saturs", italic=True)
    P(d, "Eksāmena saturs atbalstāms ar precizējumiem: praktiskajā uzdevumā jānorāda, kāda mērinstrumentu "
         "klase tiek izmantota, un teorijas daļā jāizņem divi jautājumi par jau demontētām 6 kV sistēmām. "
         "Pēc šo precizējumu veikšanas iesaku virzīt saskaņošanai.", align="j")
    P(d)
    LINES(d, """Ar cieņu
Māris Grīnbergs
AS „Latgales Elektrotīkli”, vadošais inženieris
14.04.2026.""")


build("r17a05_Energetika_elektromontieris_elektrotehnikis_Grinbergs.docx", f05,
      author="Maris Grinbergs", created="2026-04-14", font=("Calibri", 11),
      expert="Māris Grīnbergs", date="2026-04-14",
      rows=[("elektromontieris", "MIP", N, 3), ("elektromontieris", "PKE", S, 3),
            ("elektrotehniķis", "MIP", C, 4), ("elektrotehniķis", "PKE", C, 4)],
      note="Two qualifications under numbered ALL-CAPS headings with LKI in brackets, sub-headings per document "
           "in italics. 'nevaru atbalstīt – jāpārstrādā' => not_supported; 'atbalstu bez iebildumiem, var virzīt' "
           "=> supported; 'Atbalstu, ja ...; pēc tam ... nodot saskaņošanai' and 'atbalstāms ar precizējumiem' "
           "=> needs_corrections.")


# --- 06 ---------------------------------------------------------------------
def f06(d):
    P(d, "Eksperta viedoklis par VGK iekārtu remontatslēdznieka profesionālās kvalifikācijas eksāmena saturu",
      bold=True)
    P(d, "Par šīs kvalifikācijas modulāro programmu savu atzinumu sniedzu jau 20. februārī, tāpēc šeit runa "
         "ir tikai par eksāmenu.", align="j")
    P(d, "Eksāmena praktiskā daļa paredz tikai sadzīves split-sistēmas apkopi. Nav ne jumta kondicionēšanas "
         "iekārtu (rooftop), ne gaisa apstrādes iekārtu ar rekuperāciju, ar kurām remontatslēdznieks "
         "uzņēmumos strādā visbiežāk. Nav arī neviena uzdevuma par darbu ar fluorētajām siltumnīcefekta "
         "gāzēm – noplūdes pārbaudi, dzesētāja savākšanu un uzpildi –, lai gan bez šīm prasmēm jaunais "
         "speciālists praktiski nav nodarbināms.", align="j")
    P(d, "Teorijas jautājumos ir fakta kļūdas: R22 minēts kā šobrīd plaši lietots dzesētājs, savukārt "
         "R32 aprakstīts kā nedegošs. Tas jālabo jebkurā gadījumā.", align="j")
    P(d, "Ņemot vērā iepriekš minēto, eksāmena saturs pašreizējā redakcijā nav uzskatāms par atbalstāmu. "
         "Darba grupai tas jāpārstrādā, pēc tam būšu gatavs to izvērtēt atkārtoti.", align="j", split=True)
    P(d)
    LINES(d, """Kristaps Eglītis
SIA „Klimata Serviss”, servisa vadītājs
2026. gada 22. aprīlī""")


build("r17a06_VGK remontatslēdznieks PKE.docx", f06,
      author="Kristaps Eglītis", created="2026-04-22",
      expert="Kristaps Eglītis", date="2026-04-22",
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", N, 3)],
      note="PKE only; qualification only by the alias 'VGK iekārtu remontatslēdznieks' (genitive). MIP explicitly "
           "reviewed earlier => no MIP row. 'nav uzskatāms par atbalstāmu' (nav ... with words between) => not_supported.")


# --- 07 ---------------------------------------------------------------------
def f07(d):
    P(d, "Mēbeļu galdnieks – MIP un PKE (atkārtota ekspertīze)", bold=True, size=13)
    P(d, "Šī ir mana otrā ekspertīze par šo kvalifikāciju. Janvārī programmas saturu neatbalstīju, galvenokārt "
         "tāpēc, ka trūka moduļa par CNC apstrādes centriem un mēbeļu furnitūras montāžu. Jaunajā redakcijā "
         "abi jautājumi ir atrisināti, un par to paldies darba grupai.", align="j")
    P(d, "Piezīmes par programmu", bold=True)
    P(d, "– Modulī „Virsmu apdare” joprojām 80 stundas atvēlētas lakošanai ar otu. Manuprāt, tas nav "
         "atbalstāms – ražošanā to tā vairs nedara, vajadzētu vairāk smidzināšanas un UV lakošanas. Tomēr tas "
         "ir skolas izvēles jautājums un programmas virzību nekavē.", align="j")
    P(d, "– Vērtēšanas kritēriji tagad ir daudz skaidrāki nekā iepriekš.", align="j")
    P(d, "– Ieteicams papildināt ar aprites ekonomikas tēmu (atlikumu izmantošana), taču tas nav obligāti.",
      align="j")
    P(d, "Piezīmes par eksāmenu", bold=True)
    P(d, "– PKE saturam nav iebildumu. Praktiskais darbs (skapīša ar atvilktni izgatavošana pēc rasējuma) "
         "ir piemērots 4. līmenim, laika normas reālas.", align="j")
    P(d, "Kopvērtējums", bold=True)
    P(d, "Neskatoties uz manām piezīmēm par apdares moduli, kas ir ieteikuma raksturā, gan MIP, gan PKE "
         "saturu atbalstu un iesaku virzīt saskaņošanai bez papildu precizējumiem.", align="j", split=True)
    P(d)
    LINES(d, """Dace Ozola
Mēbeļu ražotāju asociācija, valdes locekle
02.03.2026""")


build("r17a07_Mebelu galdnieks_MIP_PKE_Ozola_2.kārta.docx", f07,
      author="Anita Vītola", created="2026-03-03",
      expert="Dace Ozola", date="2026-03-02",
      rows=[("mēbeļu galdnieks", "MIP", S, 4), ("mēbeļu galdnieks", "PKE", S, 4)],
      note="Second round. Body: 'tas nav atbalstāms' about one module's hours, explicitly advisory; history "
           "'Janvārī ... neatbalstīju'. Kopvērtējums ('Neskatoties uz ...' starts with ne- but is not a negation) "
           "outranks the remark => both supported. Author property = coordinator.")


# --- 08 ---------------------------------------------------------------------
def f08(d):
    P(d, "Gmail - Re: Fw: Būvizstrādājumu galdnieks - ekspertīze", size=9)
    P(d)
    P(d, "**Gatis Krūmiņš** <gatis.krumins@gmail.com>\tTue, Mar 17, 2026 at 9:15 AM", space_after=0)
    P(d, "To: Anita Vītola <anita.vitola@lddk.lv>")
    P(d)
    P(d, "Sveiki,")
    P(d, "paskatījos jauno versiju, ko atsūtījāt 10. martā.")
    P(d, "MIP – salīdzinot ar februāra variantu ir daudz labāk, logu un durvju izgatavošanas moduļi tagad "
         "atbilst tam, kā strādā ražotnes. Atbalstāma ar precizējumiem: 1) jāpieliek stikla pakešu montāža "
         "un blīvēšana, 2) prakses uzņēmumā apjoms par mazu (tikai 12 % no programmas). Kad būs izlabots, var "
         "laist uz saskaņošanu.", split=True)
    P(d, "PKE – pašlaik neatbalstu. Praktiskais uzdevums joprojām ir tas pats, kas vecajā 2015. gada "
         "eksāmenā, un nepārbauda 4. līmeņa kompetences (tehnoloģiskā procesa plānošana, rasējuma "
         "sagatavošana). Tas jāpārtaisa pilnībā un jāiesniedz atkārtoti.")
    P(d, "Gatis")
    P(d)
    P(d, "On Tue, Mar 10, 2026 at 11:02 AM Anita Vītola <anita.vitola@lddk.lv> wrote:")
    P(d, "> Gati, labdien! Pārsūtu precizēto MIP un arī PKE, ko skola iepriekš nebija atsūtījusi.", indent=12)
    P(d, "> Lūdzu atzinumu līdz 20. martam.", indent=12)
    P(d, ">", indent=12)
    P(d, "> ---------- Forwarded message ---------", indent=12)
    P(d, "> From: Gatis Krūmiņš <gatis.krumins@gmail.com>", indent=12)
    P(d, "> Date: Tue, Feb 17, 2026 at 4:32 PM", indent=12)
    P(d, "> Subject: Būvizstrādājumu galdnieks - ekspertīze", indent=12)
    P(d, ">> Labdien! Būvizstrādājumu galdnieka MIP šādā veidā neatbalstu – trūkst logu montāžas, un "
         "moduļi dublējas ar mēbeļu galdnieku.", indent=24)
    P(d, ">> PKE vēl nav atsūtīts, to vērtēšu, kad saņemšu.", indent=24)
    P(d, ">> Gatis", indent=24)


build("r17a08_RE_ Fw_ Būvizstrādājumu galdnieks - ekspertīze.docx", f08,
      author="", created="2026-03-17",
      expert="Gatis Krūmiņš", date="2026-03-17",
      rows=[("būvizstrādājumu galdnieks", "MIP", C, 4), ("būvizstrādājumu galdnieks", "PKE", N, 4)],
      note="Gmail print with English headers and two levels of quoted mail; the 17 Feb 'MIP ... neatbalstu' is "
           "quoted history. Current: MIP 'Atbalstāma ar precizējumiem ... Kad būs izlabots, var laist' => "
           "needs_corrections; PKE 'pašlaik neatbalstu ... jāiesniedz atkārtoti' => not_supported. Empty author property.")


# --- 09 ---------------------------------------------------------------------
def f09(d):
    P(d, "Valdis Siliņš, meža nozares eksperts", italic=True, align="r")
    P(d, "Atzinums", bold=True, size=14)
    P(d, "Izskatīju meža mašīnu operatora (LKI 3. līmenis) MIP un PKE, kā arī motorzāģa operatora MIP "
         "precizēto redakciju.")
    P(d, "**Meža mašīnu operators.** Abi dokumenti sakārtoti, martā izteiktie iebildumi (harvestera simulatora "
         "stundas, drošības jautājumi eksāmenā) ir novērsti. Abus dokumentus atbalstu bez precizējumiem un "
         "iesaku virzīt saskaņošanai.", split=True)
    P(d, "**Motorzāģa operators.** Programmā izlaboti visi Kalniņas kundzes februārī norādītie punkti. "
         "Programma atbalstāma un virzāma saskaņošanai.")
    P(d)
    P(d, "Ogrē, 06.05.2026.")


build("r17a09_meza masinu operators+motorzaga MIP.docx", f09,
      author="Valdis Siliņš", created="2026-05-06",
      expert="Valdis Siliņš", date="2026-05-06",
      rows=[("meža mašīnu operators", "MIP", S, 3), ("meža mašīnu operators", "PKE", S, 3),
            ("motorzāģa operators", "MIP", S, 3)],
      note="Very short memo, run-in bold labels. 'Abus dokumentus atbalstu bez precizējumiem' (bez = without) "
           "=> both supported; motorzāģa operators: only MIP reviewed => no PKE row. Name only at the top, "
           "place+date at the end.")


# --- 10 ---------------------------------------------------------------------
def f10(d):
    P(d, "Atkārtots atzinums", bold=True, size=14)
    P(d, "Kvalifikācija: datorizētu kokapstrādes iekārtu operators, LKI 4", space_after=0)
    P(d, "Dokuments: modulārā izglītības programma (precizētā redakcija, saņemta 06.03.2026.)")
    P(d)
    P(d, "Pirmajā kārtā (2026. gada 28. janvārī) programma netika atbalstīta, jo tajā nebija CNC programmēšanas "
         "pamatu un CAD/CAM moduļa, bet darba vidē balstītās mācības bija plānotas tikai pēdējā semestrī.",
      align="j")
    P(d, "Darba grupa ir izveidojusi jaunu moduli „CAM programmēšana kokapstrādē” (120 st.), pārstrādājusi "
         "moduli „Kokapstrādes apstrādes centru regulēšana” un sadalījusi praksi uzņēmumā pa visiem trim "
         "mācību gadiem. Visi mani iepriekšējie iebildumi ir ņemti vērā. Paldies darba grupai par konstruktīvu "
         "sadarbību un skolas vadībai par metodisko atbalstu, ko tā sniedza pedagogiem.", align="j")
    P(d, "Tagad programma ir atbalstāma, un to var virzīt saskaņošanai.", bold=True, split=True)
    P(d, "Eksāmena saturs šajā kārtā netika vērtēts – skola to iesniegs aprīlī.", italic=True)
    P(d)
    LINES(d, """Inese Jansone
2026. gada 11. martā""")


build("r17a10_Datorizētu kokapstrādes iekārtu operators MIP atkārtoti.docx", f10,
      author="Inese Jansone", created="2026-03-11",
      expert="Inese Jansone", date="2026-03-11",
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", S, 4)],
      note="Second-round review of MIP only; first round 'netika atbalstīta' is history; 'metodisko atbalstu' is a noun. "
           "PKE explicitly not evaluated => no PKE row. Supported.")


# --- 11 ---------------------------------------------------------------------
def f11(d):
    P(d, "Ekspertīzes atzinums: koka izstrādājumu ražošanas tehniķis", bold=True, size=13)
    P(d, "Pārskatīju MIP un PKE saturu, ko darba grupa atsūtīja 25. martā.")
    P(d, "Programma", bold=True)
    P(d, "Labi strukturēta, moduļi sasaistīti ar kvalifikācijas prasībām, un ir pietiekami daudz darba vidē "
         "balstītu mācību. Ieteikums: moduli „Ražošanas plānošana” papildināt ar ERP sistēmu pamatiem, bet tas "
         "nav obligāti.", align="j")
    P(d, "Eksāmens", bold=True)
    P(d, "Teorijas daļā 40 jautājumi, aptverts viss galvenais. Praktiskajā daļā trīs uzdevumi, no kuriem "
         "trešais (ražošanas partijas kvalitātes kontrole) ir īpaši labs. {-Iebildumu nav.-}{+3. uzdevuma "
         "vērtēšanas kritērijos nav norādītas pieļaujamās novirzes, tās ir jānorāda.+}", align="j")
    P(d, "Rezumējot", bold=True)
    P(d, "MIP saturu atbalstu un iesaku virzīt saskaņošanai. PKE saturs arī ir atbalstāms, {-un to var virzīt "
         "saskaņošanai bez izmaiņām.-}{+taču saskaņošanai to var virzīt tikai pēc tam, kad būs precizēti "
         "3. uzdevuma vērtēšanas kritēriji.+}", align="j")
    P(d)
    LINES(d, """Līga Zariņa
Liepāja, 03.04.2026""")


build("r17a11_KIRT_Zarina_labots.docx", f11,
      author="Līga Zariņa", created="2026-04-01", track=("Līga Zariņa", "2026-04-03T08:12:00Z"),
      expert="Līga Zariņa", date="2026-04-03",
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", S, 4), ("koka izstrādājumu ražošanas tehniķis", "PKE", C, 4)],
      note="Tracked changes: the PKE sentence 'un to var virzīt saskaņošanai bez izmaiņām' is in w:del, the inserted "
           "text 'taču ... tikai pēc tam, kad būs precizēti ...' in w:ins => PKE needs_corrections; MIP supported. "
           "File name uses an ad-hoc abbreviation only.")


# --- 12 (not a review) --------------------------------------------------------
def f12(d):
    P(d, "Kokrūpniecības nozares ekspertu un profesionālās izglītības iestāžu darba grupu sanāksmes", align="c",
      bold=True)
    P(d, "PROTOKOLS Nr. 3", align="c", bold=True, size=14)
    P(d, "Tiešsaistē (MS Teams), 2026. gada 14. aprīlī, plkst. 10.00–11.30", align="c")
    P(d)
    P(d, "Piedalās: A. Vītola (LDDK, projekta koordinatore); eksperti A. Liepa, I. Jansone, L. Zariņa, "
         "Ē. Vilks; darba grupu pārstāvji no trim profesionālās izglītības iestādēm (saraksts pielikumā).",
      align="j")
    P(d, "Darba kārtība:")
    P(d, "1. Ekspertīžu gaita projekta 4. posmā.", indent=18)
    P(d, "2. Precizēto MIP un PKE iesniegšanas termiņi.", indent=18)
    P(d, "3. Dažādi.", indent=18)
    P(d, "1. Ekspertīžu gaita", bold=True)
    P(d, "A. Vītola informē, ka līdz 31. martam ekspertīze pabeigta trim kvalifikācijām, pārējām tā turpinās. "
         "I. Jansone norāda, ka datorizētu kokapstrādes iekārtu operatora MIP pēc precizējumiem jau ir "
         "atbalstīts, bet PKE vēl nav saņemts. L. Zariņa informē, ka koka izstrādājumu ražošanas tehniķa PKE "
         "būs atbalstāms pēc vērtēšanas kritēriju precizēšanas. Ē. Vilks atgādina, ka meža mašīnu operatora "
         "PKE praktiskā daļa martā netika atbalstīta un skolai tā jāpārstrādā.", align="j")
    P(d, "NOLEMJ: darba grupām iesniegt precizētos dokumentus līdz 2026. gada 30. aprīlim; ekspertiem sniegt "
         "atkārtotos atzinumus 10 darba dienu laikā pēc saņemšanas.", align="j")
    P(d, "2. Termiņi", bold=True)
    P(d, "Darba grupu pārstāvji lūdz pagarināt termiņu būvizstrādājumu galdnieka PKE iesniegšanai. A. Liepa "
         "iebilst, jo nozares uzņēmumi jauno programmu ieviešanu atbalsta tikai tad, ja tā notiek laikus.",
      align="j")
    P(d, "NOLEMJ: termiņu nepagarināt.", align="j")
    P(d, "3. Dažādi", bold=True)
    P(d, "Pārrunāts, kā skolām nodrošināt metodisko atbalstu vērtēšanas kritēriju izstrādē. Nākamā sanāksme – "
         "2026. gada maijā.", align="j")
    P(d)
    P(d, "Protokolēja: A. Vītola")


build("r17a12_Protokols_Nr3_kokrupnieciba_14042026.docx", f12,
      author="Anita Vītola", created="2026-04-14",
      problems=["no_verdict"],
      note="NOT A REVIEW: meeting minutes. Reports what experts said ('jau ir atbalstīts', 'būs atbalstāms pēc "
           "precizēšanas', 'netika atbalstīta') plus 'atbalsta' (3rd person) and 'metodisko atbalstu' (noun). No rows.")


# --- 13 (not a review) --------------------------------------------------------
def f13(d):
    P(d, "Cienījamie nozaru eksperti!", bold=True)
    P(d, "Paldies, ka arī 2026. gadā piekritāt piedalīties modulāro izglītības programmu (MIP) un profesionālās "
         "kvalifikācijas eksāmenu (PKE) satura ekspertīzē. Lai koordinatoriem būtu vieglāk apkopot rezultātus "
         "un sagatavot ceturkšņa pārskatus, lūdzam atzinumus noformēt vienoti:", align="j")
    P(d, "Atzinuma sākumā norādiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un datumu.",
      style="List Number")
    P(d, "Par katru dokumentu (MIP un PKE) atsevišķi noslēgumā ierakstiet vienu no šiem vērtējumiem:",
      style="List Number")
    P(d, "„saturs ir atbalstāms un virzāms saskaņošanai”;", style="List Bullet 2")
    P(d, "„saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”;", style="List Bullet 2")
    P(d, "„saturs nav atbalstāms”.", style="List Bullet 2")
    P(d, "Ja saturs nav atbalstāms vai nepieciešami precizējumi, lūdzam konkrēti norādīt, kas jālabo, lai "
         "darba grupa varētu to izdarīt bez papildu jautājumiem.", style="List Number")
    P(d, "Ja vērtējat tikai vienu no dokumentiem, skaidri uzrakstiet, uz kuru atzinums attiecas.",
      style="List Number")
    P(d, "Atzinumus sūtiet uz anita.vitola@lddk.lv, failu nosaukumā iekļaujot kvalifikāciju un savu uzvārdu.",
      style="List Number")
    P(d, "Paldies par Jūsu ieguldījumu un atbalstu profesionālās izglītības attīstībā!", align="j")
    P(d)
    LINES(d, """Ar cieņu
Anita Vītola
LDDK projekta koordinatore
Rīgā, 2026. gada 12. janvārī""")


build("r17a13_Vestule ekspertiem_par atzinumu noformesanu.docx", f13,
      author="Anita Vītola", created="2026-01-12",
      problems=["no_verdict"],
      note="NOT A REVIEW: coordinator's instructions listing all three canonical verdict sentences. No rows.")


# --- 14 (not a review) --------------------------------------------------------
def f14(d):
    P(d, "Nozaru eksperti vērtē jauno profesionālās izglītības saturu", bold=True, size=16)
    P(d, "07.04.2026.", italic=True)
    P(d, "Latvijas Darba devēju konfederācija (LDDK) kā sadarbības partneris arī šogad turpina dalību projektā "
         "„Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai”. "
         "Enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti izvērtē, vai skolu "
         "izstrādātās modulārās izglītības programmas un kvalifikācijas eksāmeni atbilst darba tirgus "
         "vajadzībām.", align="j")
    P(d, "Līdz 31. martam ekspertīze pabeigta trim kvalifikācijām – motorzāģa operatoram, mežsaimniecības "
         "tehniķim un mehatronisko sistēmu tehniķim. Visos gadījumos programmu un eksāmenu saturs atzīts par "
         "atbalstāmu, vairākos – ar nosacījumu, ka skolas vēl veic precizējumus.", align="j")
    P(d, "„Darba devēji ir ieinteresēti, lai jaunie speciālisti prastu strādāt ar mūsdienīgām iekārtām jau "
         "pirmajā darba dienā,” uzsver LDDK projekta koordinatore Anita Vītola. „Eksperti nav formāli – ja "
         "saturs neatbilst nozares vajadzībām, tas netiek atbalstīts, un skolai jāstrādā vēlreiz.”", align="j")
    P(d, "Kokrūpniecības eksperts Andris Liepa piebilst, ka šogad skolas daudz biežāk nekā agrāk konsultējas "
         "ar uzņēmumiem jau izstrādes laikā: „Tad arī mūsu atzinumi ir īsāki.”", align="j")
    P(d, "Ekspertīzi plānots pabeigt 2026. gada jūlijā. Projektu līdzfinansē Eiropas Savienība.", align="j")


build("r17a14_Jaunums majaslapai_LDDK eksperti.docx", f14,
      author="LDDK komunikācija", created="2026-04-07",
      problems=["no_verdict"],
      note="NOT A REVIEW: news item restating outcomes in general terms ('atzīts par atbalstāmu', 'netiek "
           "atbalstīts') with names of qualifications and experts. No rows.")


# --- 15 (not a review) --------------------------------------------------------
def f15(d):
    P(d, "Ekspertu sadalījums projekta 5. posmā (2026. gada aprīlis–jūlijs)", bold=True, size=13)
    P(d, "Stāvoklis uz 01.04.2026. Lūdzu ekspertus pārbaudīt savus uzdevumus un ziņot par neprecizitātēm.")
    TABLE(d, [
        ["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Statuss / piezīmes"],
        ["1.", "Elektromontieris", "3", "M. Grīnbergs", "M. Grīnbergs", "vērtējums saņemts 14.04.; MIP jāpārstrādā"],
        ["2.", "Elektrotehniķis", "4", "M. Grīnbergs", "S. Pētersone", "gaida precizēto redakciju"],
        ["3.", "VGK iekārtu remontatslēdznieks", "3", "K. Eglītis", "K. Eglītis", "MIP atbalstīta (20.02.); PKE vērtēšanā"],
        ["4.", "VGK sistēmu tehniķis", "4", "O. Lapiņš", "O. Lapiņš", "atkārtota ekspertīze pēc precizējumiem"],
        ["5.", "Būvizstrādājumu galdnieks", "4", "G. Krūmiņš", "G. Krūmiņš", "PKE neatbalstīts, skola pārstrādā"],
        ["6.", "Datorizētu kokapstrādes iekārtu operators", "4", "I. Jansone", "I. Jansone", "MIP atbalstīta; PKE gaidām"],
        ["7.", "Meža mašīnu operators", "3", "Ē. Vilks", "V. Siliņš", "jāpārstrādā PKE praktiskā daļa"],
    ], style="Table Grid", bold_first=True)
    P(d)
    P(d, "Sagatavoja: A. Vītola, 02.04.2026.", italic=True)


build("r17a15_Ekspertu sadale 5.posms.docx", f15,
      author="Anita Vītola", created="2026-04-02",
      problems=["no_verdict"],
      note="NOT A REVIEW: assignment table with a status column that restates verdict-like words. No rows.")


# --- 16 ---------------------------------------------------------------------
def f16(d):
    P(d, "Mašīnbūves un metālapstrādes nozares eksperta atzinums", bold=True, size=13, align="c")
    P(d, "Eksperts: Artūrs Vanags, metināšanas inženieris (IWE)", space_after=0)
    P(d, "Datums: 28.04.2026.")
    P(d)
    P(d, "Kvalifikācija: Metinātājs (LKI 3)", bold=True)
    P(d, "Programma aptver metināšanas procesus 111, 135 un 141, bet nav iekļauts 136 (metināšana ar "
         "pulverstiepli), ko uzņēmumi izmanto arvien biežāk, īpaši metālkonstrukciju ražošanā. Jāpapildina "
         "attiecīgais modulis un jāparedz prakses stundas. Pēc šī papildinājuma programmu varēs virzīt "
         "saskaņošanai; saturs kopumā atbalstāms.", align="j", split=True)
    P(d, "Eksāmena saturs: paraugu izgatavošana, vizuālā kontrole un lieces tests atbilstoši LVS EN ISO 9606-1 – "
         "tieši tā, kā to dara sertifikācijā. Atbalstu, var virzīt saskaņošanai.", align="j")
    P(d)
    P(d, "Kvalifikācija: Metālapstrādes darbagaldu operators (LKI 3)", bold=True)
    P(d, "Vērtēju tikai MIP, PKE vēl ir izstrādes stadijā.", italic=True)
    P(d, "Programma orientēta uz universālajām virpām un frēzmašīnām; CNC darbagaldiem atvēlētas tikai "
         "40 stundas, un nav ne G-koda pamatu, ne mērīšanas ar koordinātu mērmašīnu. Šāds speciālists "
         "mūsdienu ražotnē nav izmantojams. Neatbalstu – programma pēc būtības jāpārstrādā un jāiesniedz "
         "atkārtoti.", align="j")
    P(d)
    P(d, "A. Vanags")


build("r17a16_Metinatajs_Vanags.docx", f16,
      author="Arturs", created="2026-04-28",
      expert="Artūrs Vanags", date="2026-04-28",
      rows=[("metinātājs", "MIP", C, 3), ("metinātājs", "PKE", S, 3),
            ("metālapstrādes darbagaldu operators", "MIP", N, 3)],
      problems=["unknown_qualification"],
      note="Two qualifications NOT in the register, labelled 'Kvalifikācija: ...' with LKI stated. Metinātājs: "
           "condition first, 'saturs kopumā atbalstāms' after => needs_corrections; PKE supported. Second one MIP only "
           "(PKE explicitly not yet) => 'Neatbalstu' not_supported. Name+date in a header block, IWE is not part of name.")


# --- 17 ---------------------------------------------------------------------
def f17(d):
    P(d, "Sandra Pētersone", bold=True, space_after=0)
    P(d, "Mg. sc. ing., elektroenerģētikas nozares eksperte", space_after=0)
    P(d, "______________________________________________")
    P(d, "ATZINUMS", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Elektrotehniķis” eksāmena saturu", align="c")
    P(d)
    P(d, "Šis atzinums attiecas tikai uz PKE. Par programmu savu viedokli nosūtīju atsevišķi 8. maijā.",
      align="j")
    P(d, "1. Teorētiskā daļa aptver elektrotehnikas pamatus, elektriskās mašīnas, releju aizsardzību un "
         "darba drošību elektroietaisēs. Jautājumi ir korekti un atbilst 4. līmenim.", align="j")
    P(d, "2. Praktiskās daļas uzdevums – 0,4 kV sadales skapja montāža un pārbaude – ir atbilstošs, tomēr "
         "trūkst mērījumu protokola sagatavošanas, kas tehniķim ir ikdienas pienākums.", align="j")
    P(d, "3. Vērtēšanas lapā nav nodalīti kritiskie drošības pārkāpumi, kuru gadījumā eksāmens uzreiz "
         "uzskatāms par nenokārtotu.", align="j")
    P(d, "Slēdziens", bold=True)
    P(d, "Eksāmena saturu kopumā atbalstu un iesaku to virzīt saskaņošanai bez precizējumiem. Ņemot vērā "
         "2. un 3. punktā minēto, PKE saturs šajā redakcijā nav atbalstāms un ir jāpārstrādā.", align="j")
    P(d)
    P(d, "Jelgavā, 2026. gada 12. maijā")


build("r17a17_Elektrotehnikis PKE atzinums S.Petersone.docx", f17,
      author="Sandra Pētersone", created="2026-05-12",
      expert="Sandra Pētersone", date="2026-05-12",
      rows=[("elektrotehniķis", "PKE", U, 4)],
      problems=["conflict"],
      note="PKE only (MIP explicitly sent separately). The Slēdziens holds two contradictory verdicts side by side "
           "('atbalstu ... virzīt ... bez precizējumiem' vs 'nav atbalstāms un ir jāpārstrādā') => unknown + conflict.")


# --- 18 ---------------------------------------------------------------------
def f18(d):
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4) – MIP un PKE", bold=True, size=12)
    P(d, "Darba grupas iesniegtos dokumentus saņēmu 11. maijā. Zemāk mani komentāri.", align="j")
    P(d, "Programma", bold=True)
    P(d, "Moduļos par automātikas sistēmām (BMS) pietrūkst sakaru protokolu (BACnet, Modbus) – bez tiem "
         "tehniķis nespēs patstāvīgi nodot ekspluatācijā mūsdienīgu sistēmu. Energoefektivitātes prasības "
         "minētas tikai vispārīgi; jāiekļauj siltuma atgūšanas efektivitātes aprēķins un ventilatoru "
         "īpatnējās jaudas (SFP) novērtējums. Prakses uzņēmumā apjoms ir atbilstošs.", align="j")
    P(d, "Eksāmens", bold=True)
    P(d, "Teorijas jautājumu kopā 12 jautājumi dublējas ar remontatslēdznieka eksāmenu. Nav skaidrs, vai tas "
         "ir apzināti. Praktiskajā uzdevumā paredzēti gaisa plūsmas mērījumi un sistēmas balansēšana, taču "
         "no apraksta nesaprotu, vai eksāmenā strādās ar reālu iekārtu vai ar simulatoru – no tā ir atkarīgs "
         "viss vērtējums. Gribētu par to vispirms aprunāties ar darba grupu.", align="j")
    P(d, "Noslēgumā", bold=True)
    P(d, "Darba grupa paveikusi lielu darbu. MIP saturs ir atbalstāms; pēc iepriekš minēto precizējumu veikšanas "
         "virzāms saskaņošanai.", align="j", split=True)
    P(d)
    LINES(d, """Oskars Lapiņš
SIA „Ventilācijas Projekti”, projektu vadītājs
2026. gada 20. maijs""")


build("r17a18_VGK sistemu tehnikis_MIP un PKE_Lapins.docx", f18,
      author="Anita Vītola", created="2026-05-21",
      expert="Oskars Lapiņš", date="2026-05-20",
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", C, 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", U, 4)],
      problems=["no_verdict"],
      note="Both documents discussed; the PKE section only has questions and the conclusion speaks of MIP only => "
           "PKE unknown + no_verdict. MIP in near-canonical wording => needs_corrections.")


# --- 19 ---------------------------------------------------------------------
def f19(d):
    P(d, "Mg. silv. Ēriks Vilks | meža nozares eksperts", size=9, align="r")
    P(d, "Atzinums par meža nozares kvalifikāciju izglītības programmu un eksāmenu saturu", bold=True, size=13)
    P(d, "27.03.2026")
    P(d, "Šajā reizē vērtēju trīs kvalifikācijas. Pie katras norādu, uz kuriem dokumentiem vērtējums attiecas.",
      align="j")
    P(d, "A. Motorzāģa operators – tikai PKE (programmu vērtēja I. Kalniņa)", bold=True)
    P(d, "Eksāmena teorijas daļa pārbauda visu būtisko: darba drošību, motorzāģa uzbūvi un apkopi, koku "
         "gāšanas tehniku. Praktiskajā daļā ir gan gāšana, gan atzarošana un sagarināšana, vērtēšanas kritēriji "
         "skaidri. PKE saturu atbalstu; precizējumi nav nepieciešami, var virzīt saskaņošanai.", align="j")
    P(d, "B. Meža mašīnu operators – MIP un PKE", bold=True)
    P(d, "MIP: harvestera un forvardera vadības apguvei paredzēts pārāk maz simulatora stundu – programmā jāiekļauj "
         "simulatora mācības vismaz 40 stundu apjomā, pirms izglītojamie sēžas pie īstas mašīnas. Pēc tam "
         "programma virzāma saskaņošanai; pārējam saturam iebildumu nav.", align="j", split=True)
    P(d, "PKE: eksāmena praktiskā daļa paredz darbu tikai ar simulatoru, nav ne mašīnas ikdienas apkopes, ne "
         "darba drošības pārbaudes mežā. Teorijas jautājumi par mežsaimniecības likumdošanu ir novecojuši. "
         "Šādu eksāmena saturu neatbalstu – nepieciešama jauna redakcija un atkārtota ekspertīze.", align="j")
    P(d, "C. Mežsaimniecības tehniķis – MIP", bold=True)
    P(d, "Programma ir rūpīgi izstrādāta, īpaši moduļi par meža inventarizāciju un ĢIS. Atbalstāma un virzāma "
         "saskaņošanai. Neliels ieteikums bez saistoša rakstura: ekskursijas uz kokaudzētavām varētu plānot "
         "pavasarī, nevis ziemā.", align="j")
    P(d)
    P(d, "Ē. Vilks")


build("r17a19_Atzinums_mezs_3 kvalifikacijas_Vilks.docx", f19,
      author="Ēriks Vilks", created="2026-03-27",
      expert="Ēriks Vilks", date="2026-03-27",
      rows=[("motorzāģa operators", "PKE", S, 3),
            ("meža mašīnu operators", "MIP", C, 3), ("meža mašīnu operators", "PKE", N, 3),
            ("mežsaimniecības tehniķis", "MIP", S, 4)],
      note="Three qualifications under lettered headings, each saying which documents it covers (A: PKE only, MIP by "
           "another expert => no row; C: MIP only). Condition before the verdict in B/MIP ('Pēc tam ... virzāma') "
           "=> needs_corrections. Name from the small letterhead (title Mg. silv. dropped).")


# --- 20 ---------------------------------------------------------------------
def f20(d):
    P(d, "Mehatronisko sistēmu tehniķis – PKE (precizētā redakcija)", bold=True)
    P(d, "Savā 2026. gada 24. marta atzinumā PKE saturu atzinu par atbalstāmu pēc vērtēšanas lapas kļūdas "
         "izlabošanas. Darba grupa 28. aprīlī iesūtīja precizēto redakciju: punktu summa tagad ir 100, turklāt "
         "papildināts kritisko kļūdu saraksts.", align="j")
    P(d, "Līdz ar to PKE saturs ir atbalstāms un virzāms saskaņošanai bez turpmākiem precizējumiem.", split=True)
    P(d)
    P(d, "Dr. sc. ing. R. Ozoliņš", space_after=0)
    P(d, "Rīgā, 04.05.2026.")


build("r17a20_Mehatronika PKE jaunā redakcija.docx", f20,
      author="Raimonds Ozoliņš", created="2026-05-04",
      expert="R. Ozoliņš", date="2026-05-04",
      rows=[("mehatronisko sistēmu tehniķis", "PKE", S, 4)],
      note="Very short follow-up, PKE only. First sentence restates the earlier needs_corrections verdict (history); "
           "the current one is supported. Signature 'Dr. sc. ing. R. Ozoliņš' => 'R. Ozoliņš'.")


# --- 21 ---------------------------------------------------------------------
def f21(d):
    P(d, "Atkārtots atzinums – ELEKTROMONTIERIS un ELEKTROTEHNIĶIS", bold=True, size=13)
    P(d, "Šis atzinums aizstāj manu 14. aprīļa atzinumu tajās daļās, kas attiecas uz elektromontiera MIP un "
         "elektrotehniķa MIP un PKE. Elektromontiera PKE jau toreiz atbalstīju, to atkārtoti nevērtēju.",
      align="j")
    P(d, "**Elektromontieris, MIP.** Programma būtiski uzlabota – iekļauta saules paneļu sistēmu un elektroauto "
         "uzlādes iekārtu montāža, sasniedzamie rezultāti pārrakstīti kā kompetences. Tomēr moduļa "
         "„Zibensaizsardzība un zemēšana” apjoms (16 st.) ir nereāli mazs, un vērtēšanas kritērijos nav "
         "izolācijas pretestības mērījumu. Programma atbalstāma, taču pirms virzīšanas saskaņošanai šā moduļa "
         "apjoms jāpalielina un kritēriji jāpapildina.", align="j", split=True)
    P(d, "**Elektrotehniķis, MIP un PKE.** Visi aprīlī norādītie precizējumi ir veikti, un S. Pētersones "
         "piezīmes par eksāmena vērtēšanas lapu arī ņemtas vērā. Abiem dokumentiem iebildumu nav; atbalstu tos "
         "un iesaku virzīt saskaņošanai.", align="j")
    P(d)
    LINES(d, """Māris Grīnbergs
09.06.2026.""")


build("r17a21_Elektromontieris elektrotehniķis otrā kārta galigais.docx", f21,
      author="Maris Grinbergs", created="2026-06-09",
      expert="Māris Grīnbergs", date="2026-06-09",
      rows=[("elektromontieris", "MIP", C, 3),
            ("elektrotehniķis", "MIP", S, 4), ("elektrotehniķis", "PKE", S, 4)],
      note="Second round replacing the 14 April review for three documents; elektromontieris PKE explicitly not "
           "re-evaluated => no row. 'atbalstāma, taču pirms virzīšanas ... jāpalielina' => needs_corrections.")


# --- 22 ---------------------------------------------------------------------
def f22(d):
    TABLE(d, [["SIA „Metāla Konstrukcijas Vidzeme”\nRūpniecības iela 7, Valmiera",
               "Juris Kociņš\nražošanas direktors\nnozares eksperts"]])
    P(d)
    P(d, "Par kvalifikācijas „Mašīnbūves tehniķis” (LKI 4) MIP un PKE", bold=True)
    P(d, "Valmierā, 16.04.2026.", align="r")
    P(d, "Pēc LDDK lūguma esmu izvērtējis profesionālās izglītības iestādes darba grupas sagatavoto modulāro "
         "izglītības programmu un kvalifikācijas eksāmena saturu.", align="j")
    P(d, "Programma ir mūsdienīga. Patīk, ka tehniskās dokumentācijas modulis balstīts uz 3D modelēšanu, nevis "
         "uz rasēšanu ar roku, un ka ir iekļauti ražošanas procesu digitalizācijas pamati. Stundu sadalījums "
         "un prakses apjoms atbilst tam, ko uzņēmumi var nodrošināt. Programma atbalstāma un var tikt virzīta "
         "saskaņošanai tādā redakcijā, kādā tā iesniegta.", align="j")
    P(d, "Ar eksāmenu ir mazliet sliktāk. Praktiskā uzdevuma rasējumos lietoti jau atceltie standarti (GOST), "
         "pielaides norādītas neatbilstoši ISO 286 sistēmai. Tie jānomaina. Pēc šīm korekcijām eksāmena saturu "
         "var virzīt saskaņošanai – pats saturs ir atbalstāms.", align="j", split=True)
    P(d)
    LINES(d, """Ar cieņu
Juris Kociņš""")


build("r17a22_Masinbuves tehnikis MIP PKE Kocins.docx", f22,
      author="Juris Kociņš", created="2026-04-16",
      expert="Juris Kociņš", date="2026-04-16",
      rows=[("mašīnbūves tehniķis", "MIP", S, 4), ("mašīnbūves tehniķis", "PKE", C, 4)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (LKI 4 stated). Letterhead in a borderless table. MIP 'var tikt virzīta "
           "... tādā redakcijā, kādā tā iesniegta' => supported; PKE condition then 'saturs ir atbalstāms' => needs_corrections.")


# --- 23 ---------------------------------------------------------------------
def f23(d):
    P(d, "Zane, pārsūtu Sandras atzinumu par elektrotehniķa MIP, lūdzu ielikt koplietošanas mapē pie enerģētikas.")
    P(d, "Anita")
    P(d, "11.05.2026.")
    P(d)
    P(d, "---------- Forwarded message ---------")
    LINES(d, """From: Sandra Pētersone <sandra.petersone@inbox.lv>
Date: Fri, May 8, 2026 at 3:47 PM
Subject: Elektrotehniķis MIP
To: Anita Vītola <anita.vitola@lddk.lv>""", space_after=0)
    P(d)
    P(d, "Labdien, Anita!")
    P(d, "Šis e-pasts attiecas tikai uz elektrotehniķa MIP; PKE atzinumu sūtīšu atsevišķi nākamnedēļ.")
    P(d, "Programmu izskatīju. Aprīlī Māris norādīja uz trūkumiem 2. un 5. modulī – tie ir izlaboti: ir "
         "frekvenču pārveidotāji, ir mikroprocesoru aizsardzības termināļi. Sasniedzamie rezultāti saskan ar "
         "vērtēšanas kritērijiem. Manā skatījumā programma ir atbalstāma, to var virzīt saskaņošanai, papildu "
         "precizējumi nav vajadzīgi.", split=True)
    P(d, "Sveicieni,")
    P(d, "Sandra")


build("r17a23_Fwd elektrotehnika MIP.docx", f23,
      author="", created="2026-05-11",
      expert="Sandra Pētersone", date="2026-05-08",
      rows=[("elektrotehniķis", "MIP", S, 4)],
      note="Coordinator's forwarding note (11 May) above a Gmail 'Forwarded message'. Review date = the expert's "
           "message (8 May), full name from From:. MIP only, PKE explicitly later => no PKE row. 'papildu precizējumi "
           "nav vajadzīgi' => supported.")


# --- 24 ---------------------------------------------------------------------
def f24(d):
    P(d, "Atzinums", bold=True, size=14, align="c")
    P(d, "par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka un ventilācijas un gaisa "
         "kondicionēšanas sistēmu tehniķa modulārajām izglītības programmām", align="c")
    P(d)
    P(d, "Sākšu ar remontatslēdznieka programmu. Tā ir praktiska un konkrēta: moduļi seko iekārtas dzīves "
         "ciklam no uzstādīšanas līdz utilizācijai, darba drošība un F-gāzu regula ir integrēta katrā modulī, "
         "nevis izdalīta atsevišķi. Gribētu redzēt nedaudz vairāk par siltumsūkņiem, taču tas nav šķērslis.",
      align="j")
    P(d, "Pavisam citādi ir ar sistēmu tehniķa programmu. Tā faktiski ir remontatslēdznieka programma ar "
         "pievienotu projektēšanas moduli; tehniķa līmeņa kompetences – sistēmu regulēšana, nodošana "
         "ekspluatācijā, automātikas iestatīšana – nav aprakstītas vispār. Ceturtā līmeņa kvalifikācijai tas "
         "ir nepieņemami.", align="j")
    P(d, "Slēdziens. Remontatslēdznieka MIP – atbalstīt un virzīt saskaņošanai. Sistēmu tehniķa MIP – neatbalstīt; "
         "jāpārstrādā un jāiesniedz atkārtoti.", align="j", split=True)
    P(d, "Eksāmenu saturs man šoreiz netika iesūtīts, to vērtēšu, kad skola to iesniegs.", italic=True)
    P(d)
    LINES(d, """Kristaps Eglītis
2026. gada 20. februārī""")


build("r17a24_Ventilacija_MIP_Eglitis_20.02.docx", f24,
      author="Kristaps Eglītis", created="2026-02-20",
      expert="Kristaps Eglītis", date="2026-02-20",
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", S, 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", N, 4)],
      note="Both qualifications named in full (genitive) only in the title; sections inside running text refer to "
           "them by short forms ('remontatslēdznieka', 'sistēmu tehniķa'). Nominal verdicts with infinitives "
           "'atbalstīt un virzīt' / 'neatbalstīt'. PKE explicitly not submitted => no PKE rows.")


# --- 25 ---------------------------------------------------------------------
def f25(d):
    P(d, "Laura Strazdiņa, meža nozares eksperte", space_after=0)
    P(d, "09.03.2026")
    P(d)
    P(d, "MIP ekspertīze: mežsaimniecības tehniķis; meža mašīnu operators", bold=True)
    P(d, "Mežsaimniecības tehniķis", bold=True, italic=True)
    P(d, "Programma ir pārdomāta, labi sasaistīta ar kvalifikācijas prasībām, prakses apjoms pietiekams. "
         "~~Programma ir atbalstāma un virzāma saskaņošanai.~~ Pēc sarunas ar darba grupu 6. martā man radās "
         "jauni jautājumi par 5. moduli, tāpēc mans viedoklis ir mainījies: programmu atbalstu, bet pirms tās "
         "nodošanas saskaņošanai 5. modulis „Meža inventarizācija un ĢIS” jāpapildina ar tālizpētes datu "
         "(LiDAR) izmantošanu.", align="j")
    P(d, "Meža mašīnu operators", bold=True, italic=True)
    P(d, "Programma atbalstāma, ja tiks novērsti šādi trūkumi: pārāk maz simulatora stundu, nav moduļa par "
         "mašīnas hidraulikas ikdienas apkopi, un darba drošība mežizstrādē aprakstīta pārāk vispārīgi. Kad tie "
         "būs novērsti, programmu var virzīt saskaņošanai.", align="j", split=True)
    P(d, "Eksāmenu saturu vērtēs citi eksperti.", italic=True)


build("r17a25_Strazdina_MIP_mezsaimniecibas tehnikis_meza masinu operators.docx", f25,
      author="Laura", created="2026-03-09",
      expert="Laura Strazdiņa", date="2026-03-09",
      rows=[("mežsaimniecības tehniķis", "MIP", C, 4), ("meža mašīnu operators", "MIP", C, 3)],
      note="Manual strike-through (w:strike) of the old 'atbalstāma un virzāma saskaņošanai' sentence, followed by "
           "the changed opinion => needs_corrections. Second: 'atbalstāma, ja tiks novērsti ... Kad tie būs novērsti, "
           "var virzīt' => needs_corrections. PKE left to others => no PKE rows. No signature at the end.")


# --- 26 ---------------------------------------------------------------------
def f26(d):
    P(d, "VGK sistēmu tehniķis – PKE, otrais vērtējums", bold=True)
    P(d, "Maijā eksāmena saturam vērtējumu nesniedzu, jo vajadzēja noskaidrot praktiskās daļas organizāciju. "
         "2. jūnijā tikāmies ar darba grupu: eksāmens notiks ar reālu iekārtu skolas mācību laboratorijā, un "
         "dublējošie teorijas jautājumi ir izņemti. Šis atzinums attiecas tikai uz PKE.", align="j")
    P(d, "Eksāmena saturs ir atbalstāms. Saskaņošanai to var virzīt tad, kad būs novērsta neatbilstība starp "
         "teorijas jautājumu sarakstu un MIP 4. moduli – jautājumi par absorbcijas dzesēšanas ciklu attiecas uz "
         "saturu, kura programmā vairs nav.", align="j", split=True)
    P(d)
    P(d, "O. Lapiņš, 15.06.2026")


build("r17a26_VGK tehniķis PKE atkārtoti.docx", f26,
      author="Oskars Lapiņš", created="2026-06-15",
      expert="O. Lapiņš", date="2026-06-15",
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", C, 4)],
      note="Short follow-up, PKE only (explicit). Qualification only as 'VGK sistēmu tehniķis' alias. Verdict 'ir "
           "atbalstāms', condition in the NEXT sentence ('var virzīt tad, kad būs novērsta') => needs_corrections.")


# --- 27 ---------------------------------------------------------------------
def f27(d):
    P(d, "SECINĀJUMI PAR DIVĀM ENERĢĒTIKAS NOZARES KVALIFIKĀCIJĀM", bold=True, align="c")
    P(d, "Eksperte: Agnese Kļaviņa, Mg. sc. ing.", space_after=0)
    P(d, "Datums: 2026. gada 27. maijs")
    P(d)
    P(d, "I. Siltumenerģētikas tehniķis (LKI 4)", bold=True)
    P(d, "Vispirms jāpiezīmē, ka šī kvalifikācija nebija manā sākotnējā sarakstā – dokumentus saņēmu tieši no "
         "skolas ar koordinatores ziņu.", align="j", italic=True)
    P(d, "Programmā siltumtīklu ekspluatācija aprakstīta tā, it kā katlumājās joprojām dominētu mazuts un ogles; "
         "nav ne siltumsūkņu, ne šķeldas katlu automātikas, ne saules kolektoru integrācijas. Eksāmena "
         "praktiskais uzdevums ir tikai katla iekurināšanas un apturēšanas secības aprakstīšana rakstiski. Nedz "
         "programma, nedz eksāmens šobrīd nav virzāmi saskaņošanai. Neatbalstu ne MIP, ne PKE saturu – abi "
         "dokumenti jāpārstrādā un jāiesniedz atkārtoti.", align="j", split=True)
    P(d, "II. Elektromontieris (LKI 3) – tikai PKE", bold=True)
    P(d, "Eksāmens kopumā atbilstošs, bet praktiskajā uzdevumā nav paredzēta zemējuma pretestības mērīšana, un "
         "vērtēšanas lapā trūkst darba vietas drošības pārbaudes. PKE saturs atbalstāms pēc precizējumu veikšanas; "
         "tad to var virzīt saskaņošanai.", align="j")


build("r17a27_Siltumenergetika un elektromontieris_Klavina.docx", f27,
      author="Agnese Kļaviņa", created="2026-05-27",
      expert="Agnese Kļaviņa", date="2026-05-27",
      rows=[("siltumenerģētikas tehniķis", "MIP", N, 4), ("siltumenerģētikas tehniķis", "PKE", N, 4),
            ("elektromontieris", "PKE", C, 3)],
      problems=["unknown_qualification"],
      note="ALL-CAPS title, Roman-numbered sections. 'Siltumenerģētikas tehniķis' not in the register. 'Nedz ..., nedz "
           "... nav virzāmi' + 'Neatbalstu ne MIP, ne PKE' => both not_supported. Elektromontieris PKE only => "
           "needs_corrections. Name+date in a header block, no signature.")


# --- 28 ---------------------------------------------------------------------
def f28(d):
    P(d, "Motorzāģa operators (agrāk – 2. profesionālās kvalifikācijas līmenis)", bold=True)
    P(d)
    P(d, "Labdien!")
    P(d, "Pēc koordinatores lūguma izskatīju motorzāģa operatora modulārās programmas precizēto redakciju un "
         "kvalifikācijas eksāmena saturu.", align="j")
    P(d, "Par programmu. Ilzes Kalniņas februāra piezīmes ir ievērotas – ir ķēdes asināšana, izlabots stundu "
         "skaits, atjaunotas atsauces uz normatīvajiem aktiem. Programmu atbalstu, un to var virzīt saskaņošanai.",
      align="j")
    P(d, "Par eksāmenu. Teorijas daļa laba. Praktiskajā daļā vērtē koka gāšanu un sagarināšanu, bet neko nevērtē "
         "pirms darba sākšanas. PKE saturu var virzīt saskaņošanai ar nosacījumu, ka praktiskās daļas vērtēšanā "
         "tiek iekļauta individuālo aizsardzības līdzekļu pārbaude un bīstamās zonas noteikšana. Pārējam saturam "
         "iebildumu nav.", align="j", split=True)
    P(d)
    LINES(d, """Ar cieņu,
Roberts Bite
SIA „Meža Darbi”, mežizstrādes meistars
16.03.2026.""")


build("r17a28_Motorzāģa operators Bite.docx", f28,
      author="Roberts Bite", created="2026-03-16",
      expert="Roberts Bite", date="2026-03-16",
      rows=[("motorzāģa operators", "MIP", S, 3), ("motorzāģa operators", "PKE", C, 3)],
      note="Old-style level in the title (2. profesionālās kvalifikācijas līmenis = LKI 3). Documents referred to as "
           "'programma'/'eksāmens'. PKE 'var virzīt ... ar nosacījumu, ka ...' => needs_corrections; "
           "'Pārējam saturam iebildumu nav' does not cancel the condition.")


# --- 29 ---------------------------------------------------------------------
def f29(d):
    LINES(d, """**From:** Inese Jansone <inese.jansone@kokapstrade.lv>
**Sent:** Monday, April 20, 2026 8:03 AM
**To:** Anita Vitola <anita.vitola@lddk.lv>
**Cc:** Zane Muizniece
**Subject:** RE: datorizeto operatoru PKE""", space_after=0)
    P(d)
    P(d, "Anita, sveika,")
    P(d, "paskatijos datorizetu kokapstrades iekartu operatora PKE. Diemzel so variantu nevaru atbalstit: "
         "praktiskais uzdevums ir tikai gatavas CNC programmas palaisana, nav ne programmas sagatavosanas, ne "
         "instrumentu izveles, ne kvalitates kontroles. Tas ir 3. limena eksamens, nevis 4. Teorijas dala ari par "
         "vaju - puse jautajumu ir par rokas instrumentiem.", split=True)
    P(d, "Ieteiktu darba grupai paskatīties, kā to dara Igaunijas kolēģi. Jāpārtaisa un jāsūta vēlreiz, tad "
         "paskatīšos atkal.")
    P(d, "Inese")
    P(d)
    LINES(d, """**From:** Anita Vītola <anita.vitola@lddk.lv>
**Sent:** Thursday, April 9, 2026 4:18 PM
**To:** Inese Jansone <inese.jansone@kokapstrade.lv>
**Subject:** datorizeto operatoru PKE""", space_after=0)
    P(d)
    P(d, "Inese, labdien! Nosūtu datorizētu kokapstrādes iekārtu operatora PKE. MIP Tu jau martā atbalstīji, "
         "tagad vajadzētu arī eksāmenu. Paldies!")


build("r17a29_RE_ datorizeto operatoru PKE.docx", f29,
      author="Anita Vītola", created="2026-04-20",
      expert="Inese Jansone", date="2026-04-20",
      rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", N, 4)],
      note="Outlook reply with English headers, body mostly without diacritics. 'nevaru atbalstit ... Jāpārtaisa un "
           "jāsūta vēlreiz' => not_supported. The quoted request mentions MIP 'martā atbalstīji' (history in "
           "coordinator's words) => no MIP row. '3. limena ... nevis 4' must not change lki (4).")


# --- 30 ---------------------------------------------------------------------
def f30(d):
    P(d, "Būvizstrādājumu galdnieks. PKE – 2. kārta", bold=True)
    P(d, "Martā PKE neatbalstīju, jo praktiskais uzdevums nepārbaudīja ceturtā līmeņa kompetences. Jaunā "
         "redakcija ir pilnībā pārstrādāta: izglītojamais pats sagatavo loga bloka rasējumu, tehnoloģisko karti "
         "un materiālu aprēķinu, pēc tam izgatavo mezglu.", align="j")
    P(d, "Atlikuši trīs sīkumi:")
    P(d, "1) vērtēšanas lapā nav norādīts laiks rasējuma sagatavošanai;", indent=18)
    P(d, "2) materiālu sarakstā nav blīvējuma lentes;", indent=18)
    P(d, "3) teorijas jautājumā Nr. 31 kļūdaina siltumcaurlaidības mērvienība.", indent=18)
    P(d, "Tādēļ eksāmena saturs šobrīd vēl nav virzāms saskaņošanai, bet pēc šo trīs precizējumu veikšanas to "
         "atbalstu. Atkārtoti man to pārskatīt nevajag – pietiks, ja koordinatore pārbaudīs, ka labojumi "
         "izdarīti.", align="j", split=True)
    P(d, "MIP precizēto redakciju vēl neesmu saņēmis.", italic=True)
    P(d)
    P(d, "Gatis Krūmiņš, 24.04.2026")


build("r17a30_Buvizstradajumu galdnieks PKE 2.karta.docx", f30,
      author="Gatis", created="2026-04-24",
      expert="Gatis Krūmiņš", date="2026-04-24",
      rows=[("būvizstrādājumu galdnieks", "PKE", C, 4)],
      note="Second round, PKE only (MIP explicitly not received => no row). History 'Martā PKE neatbalstīju'. "
           "'šobrīd vēl nav virzāms ..., bet pēc ... precizējumu veikšanas to atbalstu' => needs_corrections "
           "(negated 'virzāms' plus conditional support).")


# --- 31 ---------------------------------------------------------------------
def f31(d):
    P(d, "Ekspertes Daces Ozolas atzinums", bold=True, size=13)
    P(d, "Mēbeļu galdnieka kvalifikācija (4. LKI līmenis) – modulārā izglītības programma un eksāmena saturs")
    P(d, "Dokumenti saņemti 2026. gada 15. janvārī.", italic=True)
    P(d)
    P(d, "Programma", bold=True)
    P(d, "Programmā nav neviena moduļa par CNC apstrādes centriem, lai gan tie ir katrā vidēja lieluma mēbeļu "
         "uzņēmumā. Furnitūras montāža pieminēta tikai vienā teikumā. Moduļi „Kokmateriālu mācība” un "
         "„Materiālu mācība” lielā mērā dublējas. Programmu šajā redakcijā neatbalstu; tā jāpārstrādā un "
         "jāiesniedz atkārtotai ekspertīzei.", align="j")
    P(d, "Eksāmens", bold=True)
    P(d, "Kopumā atbilstošs. Jāprecizē praktiskā uzdevuma rasējums (nav norādītas virsmu apdares prasības) un "
         "jāizlabo punktu sadalījums starp teoriju un praksi, kas pašlaik ir 50/50, kaut gan praksei jābūt "
         "vismaz 60 %. Kad tas būs izdarīts, PKE var virzīt saskaņošanai – pret pašu saturu man iebildumu nav.",
      align="j")
    P(d, "Rezumējot: programma – neatbalstu; eksāmens – atbalstu, pēc precizējumiem virzāms saskaņošanai.",
      bold=True, split=True)
    P(d)
    LINES(d, """Dace Ozola
Rīgā, 29.01.2026.""")


build("r17a31_Mēbeļu galdnieks_1.kārta_Ozola.docx", f31,
      author="Dace", created="2026-01-29",
      expert="Dace Ozola", date="2026-01-29",
      rows=[("mēbeļu galdnieks", "MIP", N, 4), ("mēbeļu galdnieks", "PKE", C, 4)],
      note="First round (January). Name in the title in genitive ('Ekspertes Daces Ozolas') and nominative in the "
           "signature. Rezumējot line with dashes: MIP 'neatbalstu' => not_supported; PKE 'atbalstu, pēc "
           "precizējumiem virzāms' => needs_corrections. '4. LKI līmenis' form.")


# --- 32 ---------------------------------------------------------------------
def f32(d):
    P(d, "Enerģētika – atzinumi, jūnijs", bold=True, size=13)
    P(d, "Kristaps Eglītis | ekspertu grupa: enerģētika | 02.06.2026", size=9)
    P(d)
    P(d, "► VGK iekārtu remontatslēdznieks — PKE (atkārtoti)", bold=True)
    P(d, "Aprīlī PKE neatbalstīju. Jaunajā redakcijā ir gan darbs ar F-gāzēm (noplūdes pārbaude, dzesētāja "
         "savākšana), gan jumta iekārtas apkope. Atbalstu; virzāms saskaņošanai, kad būs izlabotas divas fakta "
         "kļūdas teorijas jautājumos (Nr. 14 un Nr. 22 – joprojām par R22).", align="j", split=True)
    P(d, "► Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis — MIP (atkārtoti)", bold=True)
    P(d, "Februārī programmu neatbalstīju, maijā O. Lapiņš norādīja precizējumus par BMS un energoefektivitāti. "
         "Tagad tehniķa kompetences ir aprakstītas pilnībā, un abu ekspertu piezīmes ņemtas vērā. Atbalstu, "
         "var virzīt saskaņošanai.", align="j")
    P(d, "► Elektromontieris — PKE", bold=True)
    P(d, "Pēc koordinatores lūguma paskatījos arī elektromontiera PKE jauno redakciju, ko skola pārstrādāja "
         "pēc A. Kļaviņas piezīmēm. Komentārus ierakstīju pašā dokumentā ar izmaiņu pārraudzību, lūdzu tos "
         "nodot darba grupai. Galvenais – zemējuma pretestības mērīšanai nepieciešamais aprīkojums nav "
         "norādīts eksāmena materiāltehniskajā nodrošinājumā.", align="j")


build("r17a32_Eglitis_PKE_energetika_junijs.docx", f32,
      author="K.Eglitis", created="2026-06-02",
      expert="Kristaps Eglītis", date="2026-06-02",
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", C, 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", S, 4),
            ("elektromontieris", "PKE", U, 3)],
      problems=["no_verdict"],
      note="Name and date in one small line under the title, arrow-marked sections. History ('Aprīlī ... "
           "neatbalstīju', 'Februārī ... neatbalstīju') vs current. Remontatslēdznieks PKE 'Atbalstu; virzāms ..., kad "
           "būs izlabotas' => needs_corrections. Elektromontieris PKE: only comments, no verdict => unknown + no_verdict.")


# --- 33 ---------------------------------------------------------------------
def f33(d):
    HEADER(d, "Eksperta atzinums | 11.05.2026")
    FOOTER(d, "Dr. sc. ing. Raimonds Ozoliņš · SIA „Baltijas Automatizācija” · raimonds.ozolins@balt-auto.lv")
    P(d, "Mehatronisko sistēmu tehniķa MIP – precizētās redakcijas (v3) izvērtējums", bold=True, size=13)
    P(d, "Martā programmas saturu atzinu par atbalstāmu pēc precizējumiem (PLC programmēšanas valodas, robotu "
         "drošība). Redakcija v2, ko saņēmu aprīļa sākumā, vēl nebija atbalstāma, jo strukturētais teksts (ST) "
         "bija pievienots tikai moduļa nosaukumā, bet ne saturā.", align="j")
    P(d, "Redakcijā v3 abi jautājumi ir atrisināti pilnībā: PLC modulī ir FBD un ST ar praktiskiem "
         "uzdevumiem, robotu drošības prasības ir sasniedzamajos rezultātos un vērtēšanas kritērijos. Darba "
         "grupa pēc savas iniciatīvas pievienojusi arī datu vizualizācijas (HMI) tēmu.", align="j")
    P(d, "Noslēgumā: programmas saturs ir atbalstāms un virzāms saskaņošanai. Ieteikums, kas nav obligāts: "
         "nākamajā pilnveides reizē pievienot kiberdrošības pamatus rūpnieciskajos tīklos.", align="j", split=True)
    P(d)
    P(d, "Raimonds Ozoliņš")


build("r17a33_Mehatronisko sist tehn MIP precizeta v3.docx", f33,
      author="Raimonds Ozoliņš", created="2026-05-11",
      expert="Raimonds Ozoliņš", date="2026-05-11",
      rows=[("mehatronisko sistēmu tehniķis", "MIP", S, 4)],
      note="MIP only. The date is ONLY in the page header; footer repeats the name with title. Two history "
           "statements (March: after corrections; v2: 'vēl nebija atbalstāma') precede the current 'Noslēgumā' "
           "verdict => supported; optional suggestion does not make it conditional.")


# --- 34 ---------------------------------------------------------------------
def f34(d):
    P(d, "Andris Liepa - atkartotie atzinumi (junijs)", bold=True)
    P(d)
    P(d, "KOKAPSTRADES IEKARTU OPERATORS - PKE", bold=True)
    P(d, "Praktiskajam uzdevumam pieliktas pielaides, testa jautajumi izlaboti. PKE atbalstu, var virzit "
         "saskanosanai.")
    P(d, "KOKA IZSTRADAJUMU RAZOSANAS TEHNIKIS - PKE", bold=True)
    P(d, "L. Zarinas pieprasitie precizejumi (3. uzdevuma kriteriji) ir ieviesti. Atbalstams un virzams "
         "saskanosanai.", split=True)
    P(d, "BUVIZSTRADAJUMU GALDNIEKS - MIP", bold=True)
    P(d, "Gatis ludza mani paskatities, jo pats ir atvalinajuma. Stikla paketes un prakses apjoms tagad ir "
         "kartiba. Nav iebildumu, MIP var virzit saskanosanai.")
    P(d, "DATORIZETU KOKAPSTRADES IEKARTU OPERATORS - PKE", bold=True)
    P(d, "Jauna redakcija daudz labaka par aprila variantu, ko Inese neatbalstija. Tomer vertesanas lapa vel "
         "jasakarto: punkti par CNC programmas sagatavosanu jaizdala atseviski no palaisanas. Saturu atbalstu, "
         "saskanosanai - pec sim izmainam.", split=True)
    P(d)
    P(d, "A. Liepa 18.06.2026")


build("r17a34_galigais Liepa kokrupnieciba jūnijs.docx", f34,
      author="Andris", created="2026-06-18", font=("Arial", 10),
      expert="Andris Liepa", date="2026-06-18",
      rows=[("kokapstrādes iekārtu operators", "PKE", S, 3),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", S, 4),
            ("būvizstrādājumu galdnieks", "MIP", S, 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", C, 4)],
      note="Four qualifications under ALL-CAPS headings, all without diacritics. Full name in the title line, "
           "initial in the signature => 'Andris Liepa'. 'Nav iebildumu, MIP var virzit' => supported; "
           "'Saturu atbalstu, saskanosanai - pec sim izmainam' => needs_corrections; history 'ko Inese neatbalstija'.")


# --- 35 ---------------------------------------------------------------------
def f35(d):
    P(d, "Dr. sc. ing. Guntis Šteinbergs", bold=True, align="c", space_after=0)
    P(d, "asociētais profesors, kokapstrādes nozares eksperts", align="c", space_after=0)
    P(d, "_____________________________________________________________", align="c")
    P(d, "Atzinums", bold=True, size=14, align="c")
    P(d, "Jelgavā, 2026. gada 8. aprīlī", align="r")
    P(d, "Pēc LDDK lūguma esmu izvērtējis trīs dokumentus, kas attiecas uz kokrūpniecības nozares kvalifikācijām.",
      align="j")
    P(d, "Sākšu ar koka izstrādājumu ražošanas tehniķa modulāro izglītības programmu. Tā ir viena no "
         "labākajām, ko esmu redzējis šajā projektā: ražošanas plānošana, kvalitātes vadība un tehnoloģiskie "
         "procesi ir sabalansēti, un katrs modulis beidzas ar uzdevumu reālā uzņēmumā. Šo programmu uzskatu par "
         "atbalstāmu un virzāmu saskaņošanai bez labojumiem.", align="j")
    P(d, "Ar datorizētu kokapstrādes iekārtu operatora programmu ir sarežģītāk. Lai gan I. Jansone to martā "
         "atbalstīja, manuprāt, pirms saskaņošanas vēl jāprecizē jaunā CAM moduļa sasniedzamie rezultāti – tie "
         "pašlaik formulēti kā „iepazīstas ar”, kas nav pārbaudāms. Tātad – programma atbalstāma, bet virzāma "
         "tikai pēc šī precizējuma.", align="j", split=True)
    P(d, "Visbeidzot, mēbeļu galdnieka eksāmena saturs. Uzdevums ir labi izvēlēts, vērtēšanas kritēriji "
         "izmērāmi, laika normas atbilst ražošanas praksei. Iebildumu nav; atbalstu tā virzīšanu saskaņošanai.",
      align="j")
    P(d)
    LINES(d, """Ar cieņu
G. Šteinbergs""")


build("r17a35_Steinbergs_atzinums_kokrupnieciba.docx", f35,
      author="Guntis Šteinbergs", created="2026-04-08", font=("Times New Roman", 12),
      expert="Guntis Šteinbergs", date="2026-04-08",
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", S, 4),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", C, 4),
            ("mēbeļu galdnieks", "PKE", S, 4)],
      note="Academic letterhead; three qualifications introduced inside running text ('Sākšu ar ...', 'Ar ... ir "
           "sarežģītāk', 'Visbeidzot, ...'), each a single document. Another expert's earlier support ('I. Jansone "
           "to martā atbalstīja') is not this review's verdict => needs_corrections. Full name from letterhead.")


# --- 36 ---------------------------------------------------------------------
def f36(d):
    P(d, "Elektromontieris – MIP un PKE", bold=True)
    P(d, "Pārskatīju jūnijā precizētās redakcijas. M. Grīnberga piezīmes par zibensaizsardzības moduli un "
         "A. Kļaviņas un K. Eglīša piezīmes par eksāmena aprīkojumu ir ievērotas.")
    P(d, "Abi dokumenti atbalstāmi, var virzīt saskaņošanai.", split=True)
    P(d)
    P(d, "Ģ. Krauze, 30.06.2026")


build("r17a36_elektromontieris_Krauze_30jun.docx", f36,
      author="Lietotajs", created="2026-06-30",
      expert="Ģ. Krauze", date="2026-06-30",
      rows=[("elektromontieris", "MIP", S, 3), ("elektromontieris", "PKE", S, 3)],
      note="Very short note, 'Abi dokumenti atbalstāmi, var virzīt' covers both; names of other experts appear "
           "only as the authors of earlier remarks. Initial + surname. Generic author property.")


# ===========================================================================
# gold files, README, checks
# ===========================================================================
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    nrev = sum(1 for f, _ in README if not any(r[0] == f for r in ROWS))
    lines = [
        "# r17a — blind set: free-prose expert reviews (letters, memos, pasted e-mails)",
        "",
        f"{len(README)} files, {len(ROWS)} gold rows, {nrev} non-reviews (12, 13, 14, 15). "
        "Built by `build.py` (python-docx 1.2 + raw WordprocessingML for tracked changes, strike-through, headers/footers).",
        "",
        "Codes: supported / needs_corrections / not_supported / unknown. A document the text explicitly does not "
        "cover gets no row. Expert = name as written (titles dropped); when a letterhead/From: line gives the full "
        "name and the signature an initial, the full name is used. Date = date of the expert's own text (not of "
        "quoted or forwarding messages). LKI = stated in the review, otherwise from the register.",
        "",
        "| file | design and judgement calls |",
        "|---|---|",
    ]
    for f, note in README:
        lines.append(f"| {f} | {note.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def check():
    built = {f for f, _ in README}
    for f in built:
        Document(os.path.join(OUT, f))  # must open
    for r in ROWS:
        assert r[0] in built, r
    for r in PROBLEMS:
        assert r[0] in built, r
    covered = {r[0] for r in ROWS} | {r[0] for r in PROBLEMS}
    missing = built - covered
    assert not missing, missing
    assert len({(r[0], r[1], r[2]) for r in ROWS}) == len(ROWS), "duplicate gold row"
    print(f"files={len(built)} rows={len(ROWS)} problems={len(PROBLEMS)}")


if __name__ == "__main__":
    write_outputs()
    check()
