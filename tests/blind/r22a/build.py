# -*- coding: utf-8 -*-
"""Build the r22a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run:  /work/hvenv/bin/python build.py
Each build(...) call below creates one .docx and carries that file's gold rows and problem codes.

Body mini-markup (one line = one paragraph):
  "H1:" / "H2:"  Word heading styles          "#"  bold paragraph
  "="  centered bold                          "^"  centered plain
  ">"  right-aligned                          "|"  indented quote (e-mail history)
  "*"  List Bullet style                      ""   empty paragraph
Inline: **bold**  __italic__  ~~strike~~  {+tracked insertion+}  {-tracked deletion-}
        [[text split into many runs]]  (non-breaking spaces are written as \u00a0)
"""
import csv
import datetime as dt
import os
import random
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r22a"

REG = {}
with open("/work/main/inputs/qualifications.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        REG[row["name"]] = row["lki_level"]

VERDICTS = {"supported", "needs_corrections", "not_supported", "unknown"}
PROBLEM_CODES = {"no_verdict", "unknown_qualification", "conflict"}
ALL_ROWS, ALL_PROBS, NOTES, FILES = [], [], [], []
_ids = [100]

INLINE = re.compile(r"(\*\*.+?\*\*|__.+?__|~~.+?~~|\{\+.+?\+\}|\{-.+?-\}|\[\[.+?\]\])")


def _next_id():
    _ids[0] += 1
    return str(_ids[0])


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_tracked(p, text, kind, author, date):
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)


def add_inline(p, text, ctx):
    rnd = ctx["rnd"]
    for tok in INLINE.split(text):
        if not tok:
            continue
        if tok.startswith("**"):
            p.add_run(tok[2:-2]).bold = True
        elif tok.startswith("__"):
            p.add_run(tok[2:-2]).italic = True
        elif tok.startswith("~~"):
            p.add_run(tok[2:-2]).font.strike = True
        elif tok.startswith("{+"):
            add_tracked(p, tok[2:-2], "ins", *ctx["track"])
        elif tok.startswith("{-"):
            add_tracked(p, tok[2:-2], "del", *ctx["track"])
        elif tok.startswith("[["):
            s = tok[2:-2]
            i = 0
            while i < len(s):
                n = rnd.randint(2, 6)
                p.add_run(s[i:i + n])
                i += n
        else:
            p.add_run(tok)


def add_body(doc, body, ctx):
    for line in body.strip("\n").split("\n"):
        line = line.rstrip()
        if line.startswith("H1:"):
            p = doc.add_heading(level=1)
            add_inline(p, line[3:].strip(), ctx)
            continue
        if line.startswith("H2:"):
            p = doc.add_heading(level=2)
            add_inline(p, line[3:].strip(), ctx)
            continue
        style = None
        if line.startswith("* "):
            style = "List Bullet"
        p = doc.add_paragraph(style=style)
        if line.startswith("#"):
            for r in [None]:
                add_inline(p, "**" + line[1:].strip() + "**", ctx)
        elif line.startswith("="):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_inline(p, "**" + line[1:].strip() + "**", ctx)
        elif line.startswith("^"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_inline(p, line[1:].strip(), ctx)
        elif line.startswith(">"):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_inline(p, line[1:].strip(), ctx)
        elif line.startswith("|"):
            p.paragraph_format.left_indent = Cm(1)
            add_inline(p, line[1:].lstrip(" "), ctx)
            for r in p.runs:
                r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
        elif line.startswith("* "):
            add_inline(p, line[1:].strip(), ctx)
        else:
            add_inline(p, line, ctx)


def set_lines(part, lines, align=None, size=9):
    """Fill a header/footer with lines of text."""
    first = True
    for ln in lines:
        p = part.paragraphs[0] if first else part.add_paragraph()
        first = False
        r = p.add_run(ln)
        r.font.size = Pt(size)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build(name, body, rows=(), problems=(), note="", expert="", date="", author="",
          created=None, font="Times New Roman", size=12, header=None, footer=None,
          track=("", ""), hook=None, last_by=None):
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
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    ctx = {"rnd": random.Random(name), "track": track}
    if header:
        set_lines(doc.sections[0].header, header[0], header[1] if len(header) > 1 else None)
    if footer:
        set_lines(doc.sections[0].footer, footer[0], footer[1] if len(footer) > 1 else None)
    add_body(doc, body, ctx)
    if hook:
        hook(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = ""
    if created:
        cp.created = dt.datetime.fromisoformat(created)
        cp.modified = dt.datetime.fromisoformat(created) + dt.timedelta(hours=3)
    path = os.path.join(OUT, name)
    doc.save(path)
    FILES.append(name)
    for r in rows:
        qual, docu, verdict = r[:3]
        lki = r[3] if len(r) > 3 else REG.get(qual, "")
        assert docu in ("MIP", "PKE"), r
        assert verdict in VERDICTS, r
        ALL_ROWS.append([name, qual, docu, verdict, expert, date, lki])
    for c in problems:
        assert c in PROBLEM_CODES, c
        ALL_PROBS.append([name, c])
    NOTES.append((name, note))


# ---------------------------------------------------------------------------------------------
# FILES
# ---------------------------------------------------------------------------------------------

# 01 — formal letter, one qualification, both documents; MIP condition in the next sentence.
build(
    "r22a01_Atzinums_Mebelu_galdnieks_Kalnina.docx",
    """
>Latvijas Darba devēju konfederācijai
>projekta koordinatorei Inesei Jansonei

#Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un kvalifikācijas eksāmena saturu

Esmu iepazinusies ar profesionālās izglītības iestāžu darba grupas izstrādāto modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Vērtējot dokumentus, salīdzināju tos ar 2025. gadā aktualizētajām profesionālās kvalifikācijas prasībām un ar to, ko mūsu uzņēmumā sagaidām no jauna galdnieka pirmajā darba gadā.

#Par programmu
Programmas struktūra kopumā ir loģiska, moduļu secība atbilst darba procesam – no materiālu sagatavošanas līdz gatava izstrādājuma montāžai un iepakošanai. Pozitīvi vērtēju, ka moduļos „Mēbeļu detaļu apstrāde ar CNC iekārtām” un „Virsmu apdare” ir iekļautas digitālās prasmes un darbs ar ūdens bāzes apdares materiāliem.
Tomēr vairākas lietas ir jāsakārto. Modulī „Mēbeļu montāža” sasniedzamie rezultāti daļēji dublē moduļa „Mēbeļu furnitūra” rezultātus – vienā no tiem tie būtu jāsvītro vai jāpārformulē. Darba aizsardzības prasības aprakstītas tikai ievadmodulī, lai gan tām jābūt katrā praktiskajā modulī. Mīksto mēbeļu izgatavošanas modulis (80 stundas) manuprāt ir par lielu, jo to dara tikai neliela daļa uzņēmumu – daļu stundu iesaku pārcelt uz CNC moduli.
Programmas saturs ir atbalstāms. Virzīt to saskaņošanai gan ieteiktu tikai tad, kad iepriekš minētie precizējumi būs ieviesti.

#Par eksāmenu
Eksāmena praktiskais uzdevums (skapīša ar atvilktni izgatavošana pēc rasējuma) ir reāls un labi pārbauda kvalifikācijā noteiktās kompetences. Vērtēšanas kritēriji ir skaidri, laika norma – adekvāta. Teorētiskās daļas jautājumi aptver visas galvenās tēmas, arī materiālu taupīšanu un atkritumu šķirošanu.
PKE saturam man iebildumu nav, tas ir atbalstāms un virzāms saskaņošanai.

Rīgā, 2026. gada 12. martā

Ar cieņu
Ilze Kalniņa
SIA „Mēbeļu darbnīca Kurzeme” ražošanas vadītāja
""",
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections"),
          ("mēbeļu galdnieks", "PKE", "supported")],
    expert="Ilze Kalniņa", date="2026-03-12", author="Ilze Kalniņa", created="2026-03-12T09:40:00",
    note="Formal letter, addressee block right-aligned, bold sub-headings per document. MIP: 'atbalstāms' "
         "then condition in the NEXT sentence ('Virzīt ... tikai tad, kad ... precizējumi būs ieviesti') -> "
         "needs_corrections. PKE: 'iebildumu nav, ... atbalstāms un virzāms' -> supported. Date from place/date line.",
)

# 02 — Outlook reply pasted into Word, no diacritics in the expert's text, PKE only.
build(
    "r22a02_RE Elektromontieris PKE.docx",
    """
No: Andris Berzins <andris.berzins@elektroserviss.lv>
Nosūtīts: piektdiena, 2026. gada 3. aprīlis 16:47
Kam: Inese Jansone <inese.jansone@lddk.lv>
Tēma: RE: Elektromontieris PKE

Labdien, Inese!

Paskatijos elektromontiera eksamena materialus. Praktiskais uzdevums ok, sadales skapja montaza ar pievienosanu un parbaudes merijumiem ir tiesi tas, ko vajag, laiks 6 h ari normals. Teorijas testa 2 jautajumi (Nr. 14 un 22) atsaucas uz veco LBN redakciju, bet tas ir sikums, skolai var palikt zinai.
PKE atbalstu, var virzit saskanosanai.
MIP man netika sutits, saprotu ka to skata Juris.

Andris

-----Original Message-----
No: Inese Jansone <inese.jansone@lddk.lv>
Nosūtīts: otrdiena, 2026. gada 24. marts 10:05
Kam: Andris Berzins <andris.berzins@elektroserviss.lv>
Tēma: Elektromontieris PKE

|Andri, labdien!
|Pielikumā elektromontiera (LKI 3) PKE saturs ekspertīzei. Lūgums atzinumu sniegt līdz 3. aprīlim, norādot, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.
|Paldies!
|Inese Jansone
|LDDK projekta koordinatore
""",
    rows=[("elektromontieris", "PKE", "supported")],
    expert="Andris Berzins", date="2026-04-03", author="Inese Jansone", created="2026-04-06T08:15:00",
    font="Calibri", size=11,
    note="Outlook reply (Latvian headers) pasted into Word by the coordinator; expert writes without "
         "diacritics. 'PKE atbalstu, var virzit saskanosanai' -> supported; the LBN remark is explicitly "
         "'sikums ... palikt zinai', not a condition. MIP 'netika sutits ... skata Juris' -> no MIP row. "
         "Quoted coordinator request lists all three options (must not count). Expert as written in header/"
         "signature: 'Andris Berzins' (no diacritics); date = reply date 2026-04-03.",
)

# 03 — letterhead, three wood qualifications, numbered sections, 'Kopvērtējums' outranks body.
build(
    "r22a03_Ekspertize kokapstrade 3 kvalifikacijas_Skujina galigais.docx",
    """
#Rūta Skujiņa
Kokrūpniecības nozares eksperte, SIA „Vārpas koks” tehnoloģe
tālr. 26 114 508, ruta.skujina@varpaskoks.lv

=EKSPERTĪZES ATZINUMS
^par kokrūpniecības nozares modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu

Jelgavā, 27.03.2026.

Saskaņā ar LDDK deleģējumu esmu izvērtējusi trīs kokrūpniecības nozares kvalifikāciju MIP un PKE saturu. Vērtēju, vai dokumenti atbilst kvalifikācijas prasībām, vai sasniedzamie rezultāti ir izmērāmi un vai eksāmens pārbauda to, ko darba devējs no speciālista patiešām sagaida. Zemāk – piezīmes pa kvalifikācijām, kopvērtējums – atzinuma beigās.

#1. Kokapstrādes iekārtu operators (LKI 3)
1.1. Programma ir kompakta un praktiska. Moduļi „Zāģēšanas iekārtas”, „Ēvelēšanas un frēzēšanas iekārtas” un „Griezējinstrumentu sagatavošana” sedz operatora ikdienas darbu. Labi, ka katrā modulī ir iekļauta iekārtas ikdienas apkope un darba drošība. Ieteikums (nav obligāts): modulī par zāģēšanu varētu pieminēt arī skaidu nosūkšanas sistēmu pārbaudi.
1.2. Eksāmena praktiskais uzdevums – detaļu partijas izgatavošana pēc tehnoloģiskās kartes ar kvalitātes pašpārbaudi – ir labi izvēlēts. Kritēriji skaidri.

#2. Datorizētu kokapstrādes iekārtu operators (LKI 4)
2.1. Programmā ir visi nepieciešamie moduļi, taču CAD/CAM programmatūras lietošanai atvēlētas tikai 40 stundas, un nav skaidrs, vai audzēknis patstāvīgi sagatavo vadības programmu vai tikai ielādē gatavu. Jāprecizē moduļa „CNC iekārtu programmēšana” sasniedzamie rezultāti un jāpalielina stundu skaits vismaz līdz 80. Tāpat jāpapildina ar 5 asu apstrādes pamatiem, kas nozarē kļūst par standartu.
2.2. Eksāmena praktiskais uzdevums paredz tikai detaļas apstrādi ar jau sagatavotu programmu uz 3 asu iekārtas; programmas sagatavošana vai korekcija netiek vērtēta vispār. Vērtēšana balstīta gandrīz tikai vizuālā pārbaudē, bez izmēru kontroles protokola. Šāds eksāmens nepārbauda LKI 4. līmeņa kompetences.

#3. Koka izstrādājumu ražošanas tehniķis (LKI 4)
3.1. Programma kopumā laba. Vājākā vieta ir modulis „Ražošanas plānošana” – tajā nav ne ražošanas plūsmas optimizācijas, ne kvalitātes vadības pamatu, ne izmaksu aprēķina. Šādā redakcijā šis modulis nebūtu atbalstāms, bet to var salīdzinoši viegli papildināt, neskarot pārējo programmu.
3.2. Eksāmena gadījuma analīze (ražošanas līnijas pārplānošana jaunam produktam) ir ļoti tuva reālajai darba situācijai. Iebildumu nav.

#Kopvērtējums
Kokapstrādes iekārtu operatora MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai.
Datorizētu kokapstrādes iekārtu operatora MIP saturs ir atbalstāms, virzāms saskaņošanai pēc 2.1. punktā minēto precizējumu veikšanas. PKE saturs nav atbalstāms – praktiskais uzdevums un vērtēšanas kritēriji jāizstrādā no jauna un jāiesniedz atkārtotai ekspertīzei.
Koka izstrādājumu ražošanas tehniķa programma atbalstāma pēc tam, kad būs papildināts modulis „Ražošanas plānošana”; eksāmena saturs atbalstāms un virzāms saskaņošanai.

Rūta Skujiņa
""",
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported"),
          ("kokapstrādes iekārtu operators", "PKE", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported"),
          ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
    expert="Rūta Skujiņa", date="2026-03-27", author="Rūta Skujiņa", created="2026-03-26T17:05:00",
    note="Letterhead with name and role above the title; three qualifications in numbered sections with "
         "LKI in headings; 'Kopvērtējums' gives all six verdicts and outranks the body. Traps: optional "
         "suggestion in 1.1 (does not downgrade KIO MIP); 3.1 'modulis nebūtu atbalstāms' in the body while "
         "the conclusion says KIRT MIP is 'atbalstāma pēc tam, kad būs papildināts' -> needs_corrections; "
         "'neskarot' starts with ne- but negates nothing.",
)

# 04 — NOT a review: meeting minutes that talk about verdicts.
build(
    "r22a04_Sanaksmes protokols 2026-03-05.docx",
    """
=LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA
=Nozaru ekspertu darba sanāksmes protokols Nr. 3

Rīgā, 2026. gada 5. martā, attālināti (MS Teams)
Sanāksmi vada: Inese Jansone, LDDK projekta koordinatore
Protokolē: Kristīne Apine, LDDK
Piedalās: nozaru eksperti Rūta Skujiņa, Jānis Ozols, Māris Vītols, Olga Petrova, Edgars Puriņš; VISC pārstāve Laila Krastiņa.

#Darba kārtība
1. MIP un PKE satura ekspertīžu gaita projekta 4. posmā.
2. Atzinumu noformēšana un iesniegšana.
3. Dažādi.

#1. MIP un PKE satura ekspertīžu gaita
I. Jansone informē, ka līdz šim saņemti atzinumi par motorzāģa operatora un mežsaimniecības tehniķa MIP un PKE saturu: abos gadījumos MIP saturs atbalstīts ar precizējumiem, PKE saturs atbalstīts un virzāms saskaņošanai. Mehatronisko sistēmu tehniķa dokumentu ekspertīze turpinās, ekspertiem dokumenti nosūtīti 24. februārī.
J. Ozols informē, ka meža mašīnu operatora MIP iesniegtajā redakcijā, viņaprāt, nebūs atbalstāms, jo programmā nav ietverts darbs ar borta datoru un simulatoru; rakstisku atzinumu viņš iesniegs līdz 13. martam.
M. Vītols norāda, ka VGK sistēmu tehniķa MIP pirmajā kārtā netika atbalstīts, un jautā, vai atkārtotai ekspertīzei darba grupa iesniegs arī izmaiņu tabulu. L. Krastiņa apstiprina, ka izmaiņu tabula būs obligāta.
O. Petrova uzsver, ka enerģētikas nozares uzņēmumi atbalsta prakses vietu nodrošināšanu, taču skolām nepieciešams metodiskais atbalsts darba vidē balstītu mācību plānošanā.

#2. Atzinumu noformēšana
L. Krastiņa atgādina, ka atzinumā katram dokumentam nepārprotami jānorāda viens no trim vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Ja eksperts vērtē tikai vienu dokumentu, tas jānorāda atzinuma sākumā.
E. Puriņš lūdz atļaut atzinumus iesniegt arī e-pasta vēstules veidā. Nolemj to atļaut, ja vēstulē ir eksperta vārds, uzvārds un datums.

#Nolemj
1. Pieņemt zināšanai informāciju par ekspertīžu gaitu.
2. Ekspertiem atzinumus par 4. posmā nodotajiem dokumentiem iesniegt līdz 2026. gada 31. martam.
3. Nākamo sanāksmi sasaukt aprīļa sākumā.

Sanāksmes vadītāja                I. Jansone
Protokolētāja                     K. Apine
""",
    problems=["no_verdict"],
    author="Kristīne Apine", created="2026-03-05T15:30:00",
    note="NOT a review: minutes of an experts' meeting. Restates earlier verdicts ('MIP ... atbalstīts ar "
         "precizējumiem'), an expert's intention ('nebūs atbalstāms'), history ('pirmajā kārtā netika "
         "atbalstīts'), the list of all three options, and 'atbalsta'/'atbalsts' as verb with its own subject "
         "and as noun. No rows; one no_verdict row for the file.",
)

# 05 — very short, initial + surname, MIP only, not supported.
build(
    "r22a05_Ozols_MMO_MIP.docx",
    """
#Meža mašīnu operatora MIP – atzinums

Programmu izskatīju. Neatbalstu.
Iemesli:
– nav ņemts vērā, ka pēc 2025. gada prasībām operatoram jāprot strādāt ar mašīnas borta datoru un cirsmas datiem (StanForD failiem) – nav neviena moduļa, kur tas būtu;
– harvestera un forvardera praktiskās mācības saplūdinātas vienā modulī, 120 stundas abām mašīnām kopā ir par maz;
– simulatoru mācības pieminētas tikai ievadā, stundās tās nav ieplānotas.
Programma jāpārstrādā, pēc tam varu skatīt vēlreiz.

J. Ozols
11.03.2026.
""",
    rows=[("meža mašīnu operators", "MIP", "not_supported")],
    expert="J. Ozols", date="2026-03-11", author="Jānis Ozols", created="2026-03-11T21:02:00",
    font="Arial", size=11,
    note="Very short memo, one document. 'Neatbalstu.' as a one-word sentence right after 'Programmu "
         "izskatīju' -> MIP not_supported. Expert written only as initial + surname 'J. Ozols' (core author "
         "property has the full name, but gold follows the text).",
)

# 06 — second-round review, academic title in letterhead, history of a rejection.
build(
    "r22a06_VGK_sistemu_tehnikis_atkartota_ekspertize_Vitols.docx",
    """
Dr. sc. ing. Māris Vītols
Enerģētikas nozares eksperts

=ATKĀRTOTS ATZINUMS
^par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis” (LKI 4. līmenis) modulārās izglītības programmas un kvalifikācijas eksāmena saturu

2026. gada 22. aprīlī

Šis ir mans otrais atzinums par VGK sistēmu tehniķa dokumentiem. Pirmajā kārtā (atzinums 2026. gada 20. februārī) programmas saturu neatbalstīju, jo tajā nebija iekļauta siltumsūkņu un rekuperācijas iekārtu uzstādīšana un regulēšana, savukārt eksāmena saturs tobrīd bija atbalstāms tikai pēc precizējumu veikšanas (trūka sistēmas ieregulēšanas protokola un mērījumu novērtējuma).
Darba grupa iesniedza pārstrādātas redakcijas kopā ar izmaiņu tabulu. Pārbaudīju katru izmaiņu atsevišķi.

#Programma
Izveidots jauns modulis „Siltumsūkņu un rekuperācijas iekārtu uzstādīšana un apkope” (120 stundas), kurā iekļauta arī darba ar fluorētajām siltumnīcefekta gāzēm (F-gāzēm) pamatprasību apguve. Precizēti moduļa „Ventilācijas sistēmu projektēšanas pamati” sasniedzamie rezultāti, tagad tie ir izmērāmi. Stundu kopsumma sakrīt ar programmas apjomu.

#Eksāmens
Praktiskajā daļā pievienots sistēmas ieregulēšanas uzdevums ar gaisa plūsmas mērījumiem un protokola aizpildīšanu, vērtēšanas kritēriji papildināti atbilstoši. Teorētiskās daļas jautājumi aktualizēti.

Uzskatu, ka abi dokumenti tagad ir atbalstāmi un virzāmi saskaņošanai bez papildu precizējumiem. Nelielas redakcionālas kļūdas (piem., programmas 7. lpp. divreiz atkārtojas viens teikums) skola var izlabot pati, vērtējumu tās neietekmē.

M. Vītols
""",
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported"),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported")],
    expert="Māris Vītols", date="2026-04-22", author="Maris Vitols", created="2026-04-22T11:20:00",
    note="Second-round review; the first paragraph narrates round 1 (MIP 'neatbalstīju', PKE 'atbalstāms tikai "
         "pēc precizējumu veikšanas', dated 2026-02-20) which must not count. Current verdict: 'abi dokumenti "
         "... atbalstāmi un virzāmi saskaņošanai bez papildu precizējumiem' -> both supported; the editorial "
         "typos are explicitly not a condition. Name in letterhead with 'Dr. sc. ing.' (dropped), signature "
         "'M. Vītols'; gold uses the full name. Qualification named in full in the title, 'VGK sistēmu tehniķa' "
         "in the text.",
)

# 07 — Gmail reply with English headers, quoted request that lists all options.
build(
    "r22a07_Fwd mehatronika MIP PKE.docx",
    """
Kristaps Liepiņš <k.liepins.meh@gmail.com>
Mon, Mar 9, 2026 at 2:12 PM
To: Inese Jansone <inese.jansone@lddk.lv>
Subject: Re: Mehatronisko sistēmu tehniķis – MIP un PKE ekspertīzei

Sveiki!

Nosūtu savu vērtējumu par mehatroniķiem.

Programma: kopumā laba, moduļu loģika skaidra, patīk, ka ir atsevišķs modulis par sensoriku un mašīnredzi. Bet trūkst PLC programmēšanas pamatu pēc IEC 61131-3 (tagad ir tikai viena ražotāja vide), pneimatikas modulī nav elektropneimatikas, un modulim „Robotizētās sistēmas” 60 stundas ir par maz – vajadzētu vismaz 100. MIP atbalstu, taču saskaņošanai to virzīt var tikai tad, kad šīs lietas būs salabotas.

Eksāmens: praktiskais uzdevums (ražošanas šūnas kļūmes diagnostika un novēršana) ir ļoti labs. Taču vērtēšanas kritēriju tabulā punktu summa nesakrīt (kopā 95, nevis 100) un nav norādīts, kādas iekārtas eksāmena vietā jānodrošina. Arī te – atbalstāms pēc precizējumiem.

Ja vajag, varu ar darba grupu sazvanīties nākamnedēļ.

Kristaps

On Tue, Feb 24, 2026 at 9:30 AM Inese Jansone <inese.jansone@lddk.lv> wrote:
|Labdien, Kristap!
|Pielikumā mehatronisko sistēmu tehniķa (LKI 4) MIP un PKE saturs. Lūdzu atzinumā katram dokumentam norādīt vienu no variantiem: saturs ir atbalstāms un virzāms saskaņošanai / saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / saturs nav atbalstāms.
|Termiņš – 9. marts.
|Ar cieņu
|Inese Jansone
|LDDK projekta koordinatore
""",
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections")],
    expert="Kristaps Liepiņš", date="2026-03-09", author="Inese Jansone", created="2026-03-10T08:02:00",
    font="Arial", size=10,
    note="Gmail message (English headers) pasted into Word by the coordinator, with the quoted request "
         "listing all three options. Documents called 'Programma' / 'Eksāmens'; qualification only in the "
         "subject and as 'mehatroniķiem'. MIP: 'atbalstu, taču ... virzīt var tikai tad, kad ... salabotas' "
         "-> needs_corrections; PKE: 'Arī te – atbalstāms pēc precizējumiem' -> needs_corrections. Date from "
         "the Gmail header (2026-03-09), not the quoted 24 Feb.",
)

# 08 — qualification not in the register, LKI stated in the title, 'Noslēgumā'.
build(
    "r22a08_Metalapstrades iekartu operators_atzinums.docx",
    """
=Atzinums
^par profesionālās kvalifikācijas „Metālapstrādes iekārtu operators” (3. LKI līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu

Atzinumu sagatavoju pēc LDDK lūguma kā mašīnbūves un metālapstrādes nozares eksperts. Izvērtēšanai saņēmu programmas projektu (versija 2026. gada aprīlis), eksāmena saturu ar vērtēšanas kritērijiem un profesionālās kvalifikācijas prasību izrakstu.

Programmā labi atspoguļots operatora darbs ar virpām, frēzmašīnām un lokšņu liekšanas presēm, kā arī darba vietas sagatavošana un rasējumu lasīšana. Moduļos paredzēta gan konvencionālo, gan CNC iekārtu apkalpošana, kas atbilst reālajai situācijai vairumā mūsu reģiona uzņēmumu. Mērinstrumentu lietošana un kvalitātes pašpārbaude iekļauta katrā praktiskajā modulī – tas ir liels pluss. Būtisku trūkumu programmā neredzu.

Eksāmenā praktiskais uzdevums (detaļas izgatavošana pēc rasējuma ar virpošanas un frēzēšanas operācijām) ir atbilstošs līmenim. Tomēr vērtēšanas kritērijos pielaides norādītas tikai vienam izmēram, nav noteikts, cik liela novirze nozīmē uzdevuma neizpildi, un nav kritērija par darba drošības ievērošanu. Šīs neprecizitātes jānovērš.

#Noslēgumā
Programmas saturs ir atbalstāms un virzāms saskaņošanai.
Eksāmena saturs ir atbalstāms, bet virzīt to saskaņošanai var tikai pēc tam, kad būs novērstas iepriekš minētās neprecizitātes vērtēšanas kritērijos.

Aleksandrs Kuzņecovs
SIA „Metāla profils”, galvenais mehāniķis
Liepājā, 19.05.2026.
""",
    rows=[("metālapstrādes iekārtu operators", "MIP", "supported", "3"),
          ("metālapstrādes iekārtu operators", "PKE", "needs_corrections", "3")],
    problems=["unknown_qualification"],
    expert="Aleksandrs Kuzņecovs", date="2026-05-19", author="Aleksandrs Kuzņecovs", created="2026-05-18T16:45:00",
    note="Qualification 'Metālapstrādes iekārtu operators' is not in the register -> unknown_qualification, "
         "name kept in the nominative as written, LKI 3 taken from the title ('3. LKI līmenis'). 'Noslēgumā' "
         "conclusion: programme supported; exam 'atbalstāms, bet virzīt ... tikai pēc tam, kad būs novērstas' "
         "-> needs_corrections. Place and date under the signature.",
)

# 09 — PKE only, explicit scope sentence, 'Secinājumi', not supported; a coordinator's Word comment.
def _hook09(doc):
    for p in doc.paragraphs:
        if "attiecas tikai uz" in p.text:
            doc.add_comment(p.runs, text="Paldies, MIP skata A. Dreimanis. Lūdzu atzinumu iesniegt līdz 31.03.",
                            author="Inese Jansone", initials="IJ")
            break


build(
    "r22a09_PKE elektrotehniķis – Sproģis.docx",
    """
=Elektrotehniķa profesionālās kvalifikācijas eksāmena satura izvērtējums

Izvērtējums attiecas tikai uz profesionālās kvalifikācijas eksāmena (PKE) saturu; modulāro izglītības programmu vērtē cits eksperts.

Eksāmena saturs sastāv no teorētiskās daļas (40 testa jautājumi) un praktiskās daļas (divi uzdevumi). Teorētiskās daļas jautājumi lielākoties pārbauda definīciju zināšanas, nevis izpratni – piemēram, nav neviena jautājuma par selektivitātes nodrošināšanu vai zemējuma pretestības mērījumu rezultātu interpretāciju.
Praktiskās daļas 1. uzdevums (apgaismojuma shēmas montāža dzīvoklī) atbilst drīzāk elektromontiera, nevis elektrotehniķa (LKI 4) līmenim. 2. uzdevumā paredzēta elektroietaises dokumentācijas aizpildīšana, bet nav nekādas diagnostikas vai bojājuma meklēšanas daļas, kas tehniķim ir galvenais. Vērtēšanas kritēriji ir formulēti vispārīgi („veic darbu kvalitatīvi”), punktu sadalījums nav pamatots.
Tāpat nav ņemtas vērā jaunās prasmes, kas iekļautas 2025. gadā aktualizētajās kvalifikācijas prasībās: darbs ar saules paneļu sistēmām un uzlādes infrastruktūru elektroauto.

#Secinājumi
Iesniegtais eksāmena saturs nepārbauda elektrotehniķa kvalifikācijai noteiktās kompetences. PKE saturu šādā redakcijā neatbalstu. Pēc pārstrādes eksāmena saturs jāiesniedz atkārtotai ekspertīzei.

Guntars Sproģis
AS „Latgales tīkli”, elektroietaišu ekspluatācijas daļas vadītājs
30.03.2026
""",
    rows=[("elektrotehniķis", "PKE", "not_supported")],
    expert="Guntars Sproģis", date="2026-03-30", author="Guntars Sproģis", created="2026-03-30T10:10:00",
    hook=_hook09, last_by="Inese Jansone",
    note="One document only, stated in the first sentence ('attiecas tikai uz ... PKE'; MIP by someone "
         "else -> no MIP row). 'Secinājumi': 'PKE saturu šādā redakcijā neatbalstu' -> not_supported. A Word "
         "comment by the coordinator is attached to the scope sentence (names another expert, a deadline; "
         "not part of the review).",
)

# 10 — MIP supported, PKE covered but verdict postponed (no_verdict).
build(
    "r22a10_buvizstradajumu galdnieks MIP PKE piezimes.docx",
    """
#Piezīmes par būvizstrādājumu galdnieka MIP un PKE

Inese, sūtu piezīmes par abiem dokumentiem, ko saņēmu 30. martā.

**MIP.** Programma ir pārdomāta. Ļoti labi, ka logu un durvju izgatavošana un montāža ir atsevišķos moduļos un ka ir iekļauta arī kāpņu izgatavošana – uzņēmumi to prasa. Energoefektīvu logu montāžas principi (siltā montāža, lentes, putas) aprakstīti pietiekami. Sīkums: moduļa „Koka kāpnes” nosaukumā ir drukas kļūda („Koka kāpes”). Programmu atbalstu un iesaku virzīt saskaņošanai.

**PKE.** Praktiskā uzdevuma varianti 1 un 3 (loga bloka izgatavošana, ārdurvju vērtnes izgatavošana) ir atbilstoši. Variants 2 (jumta spāru sistēmas izgatavošana) gan vairāk attiecas uz būvgaldnieku, nevis uz būvizstrādājumu galdnieku – vai darba grupa to tiešām domājusi šai kvalifikācijai? Variantā 4 nav norādīts, no kāda materiāla izgatavojams izstrādājums.
Vēstulei bija pievienots tikai eksāmena uzdevumu apraksts, bet vērtēšanas kritēriju pielikuma nebija. Tāpēc par PKE kopumā šobrīd vērtējumu nesniedzu – to izdarīšu, kad saņemšu kritērijus.

Dace Ābele
14.04.2026.
""",
    rows=[("būvizstrādājumu galdnieks", "MIP", "supported"),
          ("būvizstrādājumu galdnieks", "PKE", "unknown")],
    problems=["no_verdict"],
    expert="Dace Ābele", date="2026-04-14", author="Dace", created="2026-04-14T19:30:00",
    font="Calibri", size=11,
    note="Informal memo to the coordinator, bold inline labels 'MIP.' / 'PKE.'. MIP: 'atbalstu un iesaku "
         "virzīt saskaņošanai' (typo remark is a 'sīkums') -> supported. PKE is covered (remarks on task "
         "variants) but the expert explicitly withholds the verdict until the criteria arrive -> unknown + "
         "no_verdict. Core author is just 'Dace'.",
)

# 11 — contradictory verdicts for MIP inside the conclusion (conflict); PKE clear.
build(
    "r22a11_Motorzāģa operators_atzinums_v2.docx",
    """
Eksperta atzinums
Kvalifikācija: motorzāģa operators, LKI 3. līmenis
Eksperts: Artis Kļaviņš, SIA „Meža darbi AK”
Datums: 2026. gada 26. februāris

Izvērtēju motorzāģa operatora modulāro izglītības programmu un kvalifikācijas eksāmena saturu.

1. Programmā pietiekami aprakstīta motorzāģa uzbūve, apkope un ķēdes asināšana, kā arī koku gāšanas tehnika.
2. Trūkst bīstamo koku (vējgāžu, sausokņu) gāšanas un darba ceļmalās un elektrolīniju tuvumā. Nozarē tieši šajās situācijās notiek smagākie nelaimes gadījumi.
3. Krūmgrieža lietošanai paredzētais apjoms ir atbilstošs.
4. Nav minēta individuālo aizsardzības līdzekļu pārbaude un pirmās palīdzības sniegšana mežā, kas būtu jāiekļauj vismaz vienā modulī.
5. Eksāmena praktiskais uzdevums (koka gāšana, atzarošana un sagarināšana noteiktā sortimentā) un vērtēšanas kritēriji ir labi sagatavoti, atbilst reālajam darbam.

#Slēdziens
MIP saturs ir atbalstāms un virzāms saskaņošanai.
PKE saturs ir atbalstāms un virzāms saskaņošanai.
Ņemot vērā 2. un 4. punktā minētos trūkumus, programmas saturu šajā redakcijā neatbalstu.

A. Kļaviņš
""",
    rows=[("motorzāģa operators", "MIP", "unknown"),
          ("motorzāģa operators", "PKE", "supported")],
    problems=["conflict"],
    expert="Artis Kļaviņš", date="2026-02-26", author="Artis Klavins", created="2026-02-26T13:00:00",
    note="Header lines (Kvalifikācija / Eksperts / Datums) then numbered remarks. The 'Slēdziens' says 'MIP "
         "saturs ir atbalstāms un virzāms saskaņošanai' and, two lines later in the same conclusion, 'programmas "
         "saturu šajā redakcijā neatbalstu' (a leftover template line vs. the expert's own sentence): two "
         "current verdicts of equal weight -> MIP unknown + conflict. PKE clearly supported. File name '_v2' "
         "but no earlier round is mentioned.",
)

# 12 — NOT a review: coordinator's assignment letter with a table and the option list.
def _hook12(doc):
    data = [
        ("Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš"),
        ("Mēbeļu galdnieks", "4", "I. Kalniņa", "I. Kalniņa", "13.03.2026."),
        ("Datorizētu kokapstrādes iekārtu operators", "4", "R. Skujiņa", "R. Skujiņa", "27.03.2026."),
        ("Elektromontieris", "3", "J. Kalniņš", "A. Bērziņš", "03.04.2026."),
        ("Elektrotehniķis", "4", "A. Dreimanis", "G. Sproģis", "31.03.2026."),
        ("VGK sistēmu tehniķis", "4", "M. Vītols", "M. Vītols", "20.02.2026. (1. kārta)"),
        ("Mehatronisko sistēmu tehniķis", "4", "K. Liepiņš", "K. Liepiņš", "09.03.2026."),
    ]
    # insert the table before the paragraph that starts with "Atzinumā"
    anchor = next(p for p in doc.paragraphs if p.text.startswith("Atzinumā"))
    t = doc.add_table(rows=len(data), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
    anchor._p.addprevious(t._tbl)


build(
    "r22a12_Vestule ekspertiem_uzdevumu sadale.docx",
    """
>Rīgā, 2026. gada 23. februārī
>Nr. 2-4/118

Nozaru ekspertiem
(pēc sadalījuma)

#Par MIP un PKE satura ekspertīžu sadali projekta 4. posmā

Cienījamie eksperti!
Projekta „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” (4.2.2.9. pasākums) 4. posmā LDDK nodrošina nozaru ekspertu atzinumus par profesionālās izglītības iestāžu darba grupu izstrādātajiem MIP un PKE saturiem. Lūdzam veikt ekspertīzi atbilstoši šādam sadalījumam:

Atzinumā katram vērtētajam dokumentam lūdzam norādīt vienu no vērtējumiem:
– saturs ir atbalstāms un virzāms saskaņošanai;
– saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;
– saturs nav atbalstāms.
Ja saturs nav atbalstāms vai nepieciešami precizējumi, lūdzam konkrēti norādīt, kas jālabo. Atzinumu var noformēt brīvā formā vai e-pasta vēstulē, obligāti norādot eksperta vārdu, uzvārdu un datumu.
Ja ekspertam nepieciešams metodiskais atbalsts vai papildu informācija no darba grupas, lūdzam sazināties ar projekta koordinatori.

Ar cieņu
Inese Jansone
LDDK projekta koordinatore
""",
    problems=["no_verdict"],
    author="Inese Jansone", created="2026-02-23T09:00:00", hook=_hook12,
    note="NOT a review: the coordinator's letter assigning qualifications to experts (a Word table with "
         "qualification, LKI, MIP/PKE expert, deadline) and listing all three verdict options, plus "
         "'metodiskais atbalsts' as a noun. No rows; one no_verdict row.",
)

# 13 — tracked changes: the expert downgraded the MIP verdict and added a remark.
build(
    "r22a13_Mezsaimniecibas tehnikis_Eglite_labots.docx",
    """
#Atzinums par kvalifikācijas „Mežsaimniecības tehniķis” MIP un PKE saturu

Lāsma Eglīte, meža apsaimniekošanas speciāliste, kokrūpniecības nozares eksperte
Valmierā, 18.03.2026.

Izskatīju mežsaimniecības tehniķa (LKI 4) programmas un eksāmena saturu, ko Ogres tehnikuma darba grupa iesniedza 2. martā.

Programmā ir labi sabalansēti meža inventarizācijas, mežkopības un mežizstrādes plānošanas moduļi. Patīk, ka ir iekļauta ĢIS un meža valsts reģistra datu izmantošana, kā arī ar droniem iegūtu attēlu interpretācija. Moduļos „Meža atjaunošana” un „Jaunaudžu kopšana” sasniedzamie rezultāti ir skaidri un izmērāmi.{+ Tomēr modulī „Meža resursu plānošana” nav iekļauta meža apsaimniekošanas plāna sagatavošana un dabas aizsardzības prasību (mikroliegumi, dabas vērtības) ievērošana – tas obligāti jāpapildina, jo tehniķis to dara ikdienā.+}

Eksāmena saturs ir labi strukturēts: teorētiskā daļa, lauka darbs (parauglaukumu ierīkošana un taksācija) un dokumentu sagatavošana. Vērtēšanas kritēriji ir saprotami, un punktu sadalījums ir pamatots.

#Slēdziens
MIP saturs ir atbalstāms{- un virzāms saskaņošanai-}{+; pēc precizējumu veikšanas virzāms saskaņošanai+}.
PKE saturs ir atbalstāms un virzāms saskaņošanai.

L. Eglīte
""",
    rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections"),
          ("mežsaimniecības tehniķis", "PKE", "supported")],
    expert="Lāsma Eglīte", date="2026-03-18", author="Lāsma Eglīte", created="2026-03-17T20:10:00",
    track=("Lāsma Eglīte", "2026-03-18T08:45:00Z"),
    note="Track changes left on: in the body an inserted (w:ins) remark adds a mandatory correction; in the "
         "'Slēdziens' the words 'un virzāms saskaņošanai' are deleted (w:del) and '; pēc precizējumu "
         "veikšanas virzāms saskaņošanai' inserted. Current wording -> MIP needs_corrections; PKE supported. "
         "Name + role + place/date under the title.",
)

# 14 — lettered sections, three energy qualifications, MIP only (PKE not yet submitted).
build(
    "r22a14_Energetika MIP atzinumi Purins.docx",
    """
Edgars Puriņš
enerģētikas nozares eksperts
SIA „Elektro Vidzeme”, tehniskais direktors

#Atzinums par enerģētikas nozares modulārajām izglītības programmām

Šajā atzinumā vērtēju trīs kvalifikāciju modulārās izglītības programmas. Eksāmenu saturi šīm kvalifikācijām man vēl nav iesniegti, par tiem atzinumu sniegšu atsevišķi, kad darba grupa tos nosūtīs.

**a) Elektromontieris (LKI 3)**
Programma ir praktiska un atbilst tam, ko elektromontieris dara objektā: kabeļu ieguldīšana, sadalņu montāža, apgaismes ietaišu uzstādīšana, vienkārši mērījumi. Darba drošība elektroietaisēs iekļauta katrā modulī. Iebildumu nav – programma atbalstāma un virzāma saskaņošanai.

**b) Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)**
Programma acīmredzot veidota, ņemot par pamatu veco santehniķa programmu. Vairāk nekā puse stundu atvēlēta cauruļvadu montāžai, savukārt gaisa kondicionēšanas iekārtu uzbūvei, aukstumaģentiem un to drošai apstrādei – tikai viens 40 stundu modulis. Nav neviena moduļa par ventilācijas iekārtu automātiku un filtru nomaiņu, kas ir remontatslēdznieka pamatdarbs. Šādu programmu es neatbalstu; tā jāveido no jauna, balstoties uz 2025. gada kvalifikācijas prasībām.

**c) Elektrotehniķis (LKI 4)**
Programmas saturs kopumā atbilst līmenim. Jāpapildina modulis „Atjaunīgās enerģijas sistēmas” ar saules elektrostaciju pieslēgšanu tīklam un jāprecizē, cik stundu paredzēts darbam ar releju aizsardzības iekārtām. Pēc šo precizējumu veikšanas programmu var virzīt saskaņošanai.

Cēsīs, 2026. gada 8. aprīlī
E. Puriņš
""",
    rows=[("elektromontieris", "MIP", "supported"),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported"),
          ("elektrotehniķis", "MIP", "needs_corrections")],
    expert="Edgars Puriņš", date="2026-04-08", author="Edgars Puriņš", created="2026-04-08T12:00:00",
    note="Three qualifications under bold lettered labels a) b) c); MIP only, PKE explicitly 'vēl nav "
         "iesniegti' -> no PKE rows. a) 'Iebildumu nav – programma atbalstāma un virzāma' -> supported; "
         "b) 'Šādu programmu es neatbalstu' -> not_supported; c) corrections listed then 'Pēc šo precizējumu "
         "veikšanas programmu var virzīt saskaņošanai' (no explicit 'atbalstāms') -> needs_corrections.",
)

# 15 — ALL-CAPS section headings, PKE for three qualifications + one extra MIP.
build(
    "r22a15_PKE_galdnieki_un_operatori_Vīksna.docx",
    """
Sagatavoja: Sandra Vīksna, kokrūpniecības nozares eksperte
2026. gada 6. maijā

=PROFESIONĀLĀS KVALIFIKĀCIJAS EKSĀMENU SATURA EKSPERTĪZE

Vērtēju trīs kvalifikāciju eksāmenu saturu, ko man nosūtīja aprīļa beigās. Katrai kvalifikācijai pārbaudīju, vai eksāmens aptver kvalifikācijas prasībās noteiktos galvenos darba pienākumus, vai uzdevums ir izpildāms paredzētajā laikā un vai kritēriji ļauj vērtēt objektīvi.

#MĒBEĻU GALDNIEKS
Praktiskais uzdevums – kumodes ar divām atvilktnēm izgatavošana – ir atbilstošs, bet 8 stundas tam nepietiek, ja jāveic arī virsmas apdare; reāli vajag vismaz 12 stundas vai jāvienkāršo izstrādājums. Vērtēšanas kritērijos jānorāda pieļaujamās izmēru novirzes. Ar šiem precizējumiem eksāmena saturu atbalstu, pirms tam virzīt saskaņošanai nevajadzētu.

#BŪVIZSTRĀDĀJUMU GALDNIEKS
Šis eksāmens diemžēl nepārbauda būvizstrādājumu galdnieka kompetences: praktiskais uzdevums ir vienkāršs taburetes izgatavošanas darbs, kam nav nekāda sakara ar logiem, durvīm vai kāpnēm. Teorijas jautājumi gandrīz pilnībā pārkopēti no mēbeļu galdnieka eksāmena. Eksāmena saturs nav atbalstāms, tas jāizstrādā no jauna.

#KOKAPSTRĀDES IEKĀRTU OPERATORS
Eksāmena saturs ir atbalstāms un virzāms saskaņošanai. Uzdevums ir reāls, kritēriji skaidri, laiks pietiekams.
Pēc darba grupas lūguma paskatījos arī šīs kvalifikācijas programmu (MIP), kaut gan tā man sākotnēji netika nodota. Programmā jāsakārto stundu sadalījums starp moduļiem (kopsumma pārsniedz noteikto apjomu par 60 stundām) un jāpapildina instrumentu asināšanas modulis. Programma ir atbalstāma, taču saskaņošanai virzāma tikai pēc šiem labojumiem.

Sandra Vīksna
""",
    rows=[("mēbeļu galdnieks", "PKE", "needs_corrections"),
          ("būvizstrādājumu galdnieks", "PKE", "not_supported"),
          ("kokapstrādes iekārtu operators", "PKE", "supported"),
          ("kokapstrādes iekārtu operators", "MIP", "needs_corrections")],
    expert="Sandra Vīksna", date="2026-05-06", author="Inese Jansone", created="2026-05-06T14:25:00",
    last_by="Kristīne Apine",
    note="Sections headed by the qualification in ALL CAPITALS. Mēbeļu galdnieks PKE: 'Ar šiem precizējumiem "
         "... atbalstu, pirms tam virzīt saskaņošanai nevajadzētu' -> needs_corrections (negated 'nevajadzētu' "
         "refers to forwarding before corrections). Būvizstrādājumu galdnieks PKE 'nav atbalstāms' -> "
         "not_supported. Kokapstrādes iekārtu operators: PKE supported; the expert also reviewed the MIP on "
         "request -> MIP needs_corrections. Name/date in a 'Sagatavoja:' line at the top and the name again at "
         "the end; core author is the coordinator.",
)

# 16 — very short note, initial + surname, PKE only, second look.
build(
    "r22a16_mehatronika PKE.docx",
    """
Inese, sveiki!

Mehatronisko sistēmu tehniķa PKE (jaunā redakcija, ko atsūtījāt 28.04.) izskatīta. Visi mani iepriekšējās reizes komentāri ir ņemti vērā, punktu summa kritērijos tagad sakrīt.
Bez iebildumiem – atbalstu un iesaku virzīt saskaņošanai.

E. Krūmiņa
05.05.2026
""",
    rows=[("mehatronisko sistēmu tehniķis", "PKE", "supported")],
    expert="E. Krūmiņa", date="2026-05-05", author="Evita Krūmiņa", created="2026-05-05T07:50:00",
    font="Calibri", size=11,
    note="Five-line note, PKE only, mentions an earlier round only as 'iepriekšējās reizes komentāri ... ņemti "
         "vērā'. 'Bez iebildumiem – atbalstu un iesaku virzīt saskaņošanai' -> supported. Expert as written: "
         "'E. Krūmiņa'.",
)

# 17 — NOT a review: news item for the website.
build(
    "r22a17_Jaunums_LDDK_majaslapai.docx",
    """
H1: Nozaru eksperti vērtē jaunās profesionālās izglītības programmas

Projekta 4. posmā LDDK deleģētie 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti ir sākuši 21 profesionālās kvalifikācijas modulārās izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzi.
„Mūsu uzdevums ir pateikt, vai skolu darba grupu izstrādātais saturs ir atbalstāms un virzāms saskaņošanai, vai tas vēl jāprecizē. Reizēm nākas teikt arī skarbi – šo saturu neatbalstām, jāsāk no jauna,” stāsta kokrūpniecības nozares eksperte Rūta Skujiņa.
Līdz marta beigām ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām; pārējām kvalifikācijām tā turpināsies līdz jūlijam.
Enerģētikas nozares eksperts Edgars Puriņš uzsver, ka uzņēmumi atbalsta skolu centienus modernizēt programmas, bet sagaida, lai tajās ātrāk nonāktu jaunās prasmes – atjaunīgā enerģija, elektromobilitāte, viedās ēku sistēmas.
Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam atbalstu, 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma ietvaros.

__Informāciju sagatavoja LDDK komunikācijas daļa, 2026. gada 2. aprīlī__
""",
    problems=["no_verdict"],
    author="LDDK", created="2026-04-02T10:00:00",
    note="NOT a review: a news item for the website. Quotes experts with verdict words in general terms "
         "('vai ... ir atbalstāms un virzāms', 'šo saturu neatbalstām'), 'uzņēmumi atbalsta' with its own "
         "subject, 'atbalstu'/'atbalsta mērķa' as nouns, and a progress statement. No rows; one no_verdict row.",
)

# 18 — abbreviation in the file name, cross-reference to an earlier round by another expert.
build(
    "r22a18_DKIO atzinums Lacis.docx",
    """
Atzinums: Datorizētu kokapstrādes iekārtu operators (LKI 4)
Eksperts: Normunds Lācis
Datums: 28.04.2026.

Šī ir šīs kvalifikācijas dokumentu otrā ekspertīzes kārta. Pirmajā kārtā kolēģe R. Skujiņa programmu atbalstīja ar precizējumiem, bet eksāmena saturu noraidīja. Vērtēju pārstrādātās redakcijas, ņemot vērā viņas piezīmes.

1. Programmā CAD/CAM modulis paplašināts līdz 90 stundām, pievienoti 5 asu apstrādes pamati un vadības programmas sagatavošana patstāvīgi. Visas 1. kārtā prasītās izmaiņas ir veiktas.
2. Eksāmena praktiskais uzdevums izstrādāts no jauna: tagad audzēknis pats sagatavo vadības programmu un apstrādā detaļu, izmēri tiek kontrolēti pēc protokola. Tas ir liels uzlabojums.
3. Eksāmena vērtēšanas kritērijos tomēr nav noteikts, kā vērtēt, ja programma ir jākoriģē iekārtas darbības laikā (vai tas ir kļūdas vai normāla darba daļa), un laika norma (4 h) nav saskaņota ar uzdevuma apjomu. Tas jāsakārto.

Rezumējot:
MIP – nav iebildumu, atbalstu virzīt saskaņošanai bez precizējumiem.
PKE – atbalstāms; virzīt saskaņošanai pēc 3. punktā minēto lietu izlabošanas.

N. Lācis
""",
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
    expert="Normunds Lācis", date="2026-04-28", author="", created="2026-04-28T15:15:00", last_by="",
    note="Header lines (Atzinums / Eksperts / Datums), 'DKIO' only in the file name. History sentence about "
         "round 1 by another expert ('atbalstīja ar precizējumiem', 'noraidīja') must not count. 'Rezumējot': "
         "MIP 'nav iebildumu, atbalstu ... bez precizējumiem' -> supported ('bez precizējumiem' is the "
         "opposite of 'pēc precizējumiem'); PKE 'atbalstāms; virzīt ... pēc ... izlabošanas' -> "
         "needs_corrections. Core author empty.",
)

# 19 — qualifications named only inside running text; one document explicitly not covered.
build(
    "r22a19_Atzinums elektrotehnikis un VGK remontatslēdznieks.docx",
    """
#Zane Muižniece
#enerģētikas nozares eksperte

Rīgā, 2026. g. 16. aprīlī

Labdien!

Pēc LDDK lūguma esmu izskatījusi divu enerģētikas nozares kvalifikāciju dokumentus. Sākšu ar elektrotehniķa programmu, kas kopumā ir laba un mūsdienīga: tajā ir atjaunīgās enerģijas sistēmas, ēku automātika un elektromobilitātes infrastruktūra. Tomēr modulī par elektroapgādes tīkliem nav vidsprieguma tīklu pamatu, un prakses apjoms uzņēmumā (160 h) ir mazāks par pašas programmas noteikto minimumu – šīs abas lietas jāizlabo, pirms programmu virza saskaņošanai; pēc to izlabošanas programma ir atbalstāma. Elektrotehniķa eksāmena saturs pēc pārstrādes ir krietni uzlabojies – ir iekļauta bojājumu meklēšana un saules paneļu sistēmas pārbaude, kritēriji konkrēti. Eksāmena saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai.

Savukārt ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka kvalifikācijai vērtēju tikai eksāmenu, jo programmu izskata kolēģis E. Puriņš. Eksāmena praktiskais uzdevums (split sistēmas iekšējā bloka apkope un bojājuma novēršana) ir labs, bet nav paredzēta aukstumaģenta noplūdes pārbaude, un teorijas testā trīs jautājumos ir nepareizas atbildes atslēgā (Nr. 7, 19, 31). Eksāmena saturs ir atbalstāms ar nosacījumu, ka šie precizējumi tiek veikti pirms virzīšanas saskaņošanai.

Ar cieņu,
Zane Muižniece
""",
    rows=[("elektrotehniķis", "MIP", "needs_corrections"),
          ("elektrotehniķis", "PKE", "supported"),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections")],
    expert="Zane Muižniece", date="2026-04-16", author="Zane Muižniece", created="2026-04-16T18:40:00",
    note="No section headings: the two qualifications are introduced inside running text ('Sākšu ar "
         "elektrotehniķa programmu', 'Savukārt ... remontatslēdznieka kvalifikācijai'). Elektrotehniķis MIP: "
         "corrections 'jāizlabo, pirms programmu virza ...; pēc to izlabošanas programma ir atbalstāma' -> "
         "needs_corrections; PKE 'atbalstu ... var virzīt' -> supported. VGK remontatslēdznieks: only the exam "
         "('programmu izskata kolēģis') -> no MIP row; PKE 'atbalstāms ar nosacījumu' -> needs_corrections. "
         "Date written '2026. g. 16. aprīlī'.",
)

# 20 — letterhead in the Word header, confidentiality footer, both documents rejected.
build(
    "r22a20_KIRT_Grinbergs_2026.docx",
    """
Ogrē, 02.06.2026.

LDDK projekta koordinatorei
I. Jansones kundzei

#Par koka izstrādājumu ražošanas tehniķa MIP un PKE

Paldies par iespēju iepazīties ar koka izstrādājumu ražošanas tehniķa kvalifikācijas dokumentiem. Diemžēl jāsaka, ka abi dokumenti atstāj nepabeigtu darbu iespaidu.

Programmā moduļu nosaukumi un sasniedzamie rezultāti daudzviet nesakrīt (piemēram, modulī „Ražošanas procesu vadība” rezultāti runā tikai par materiālu uzskaiti). Nav ietverta ražošanas datu analīze, izmaksu kalkulācija un darbs ar ražošanas plānošanas programmatūru, kas mūsdienu kokapstrādes uzņēmumā tehniķim ir ikdiena. Vairāki moduļi (piem., „Kokmateriālu žāvēšana”) ir aprakstīti operatora, nevis tehniķa līmenī.
Eksāmens sastāv tikai no testa un īsa rasējuma uzdevuma; ražošanas procesa plānošanas vai problēmu risināšanas uzdevuma nav vispār. Vērtēšanas kritēriji nav pievienoti.

Abus dokumentus pašreizējā redakcijā neatbalstu. Ieteiktu darba grupai vispirms sakārtot programmu un tikai tad uz tās pamata veidot eksāmenu; pārstrādātos dokumentus esmu gatavs izvērtēt atkārtoti.

Ar cieņu
V. Grīnbergs
""",
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported")],
    expert="Valdis Grīnbergs", date="2026-06-02", author="Valdis Grīnbergs", created="2026-06-02T09:05:00",
    header=(["SIA „Ogres koks”", "Valdis Grīnbergs, ražošanas direktors | Rīgas iela 118, Ogre, LV-5001"], "right"),
    footer=(["Konfidenciāli – tikai projekta vajadzībām"], "center"),
    note="Letterhead with the full name and role only in the Word page header (w:hdr); body is signed "
         "'V. Grīnbergs'; gold uses the full name from the letterhead. Date line at the top. One sentence "
         "covers both documents: 'Abus dokumentus pašreizējā redakcijā neatbalstu' -> both not_supported.",
)

# 21 — second round, history of own earlier rejection, name written in full this time.
build(
    "r22a21_Meza masinu operators_2.karta.docx",
    """
#Meža mašīnu operators – MIP un PKE (2. kārta)

Šoreiz man nosūtīja gan pārstrādāto programmu, gan eksāmena saturu, kuru skatu pirmo reizi.

Par programmu. 11. martā programmu neatbalstīju, jo nebija darba ar borta datoru un cirsmas datiem, harvesters un forvarders bija vienā modulī un simulatoru mācības nebija ieplānotas. Pārstrādātajā redakcijā visas trīs lietas ir izlabotas: ir jauns modulis „Mežizstrādes datu apstrāde”, harvestera un forvardera moduļi ir atsevišķi (pa 160 h), simulatoram paredzētas 60 h. Tagad programmu atbalstu un iesaku virzīt saskaņošanai.

Par eksāmenu. Uzdevums uz harvestera simulatora un pēc tam reālā cirsmā ir pareiza pieeja. Taču kritērijos nav minēts, kā tiek vērtēta sortimentu izvēle un ceļa bojājumu novēršana, un nav norādīts, kurš nodrošina mašīnu eksāmenam (skola vai uzņēmums). PKE saturs atbalstāms, bet saskaņošanai virzāms pēc šo precizējumu veikšanas.

Jānis Ozols
2026. gada 14. maijā
""",
    rows=[("meža mašīnu operators", "MIP", "supported"),
          ("meža mašīnu operators", "PKE", "needs_corrections")],
    expert="Jānis Ozols", date="2026-05-14", author="Jānis Ozols", created="2026-05-14T20:30:00",
    font="Arial", size=11,
    note="Same expert as file 05, second round: the MIP paragraph begins with his own earlier rejection "
         "('11. martā programmu neatbalstīju') and ends with the current 'Tagad programmu atbalstu un iesaku "
         "virzīt saskaņošanai' -> supported. PKE seen for the first time, 'atbalstāms, bet ... pēc šo "
         "precizējumu veikšanas' -> needs_corrections. Full name this time.",
)

# 22 — one qualification not in the register next to a registered one; Roman 'daļa' labels.
build(
    "r22a22_Energoiekartu tehnikis + elektromontieris.docx",
    """
Raimonds Strazds, Mg. sc. ing.
AS „Daugavas energoserviss”, apakšstaciju ekspluatācijas inženieris

=EKSPERTA ATZINUMS

Datums: 10.06.2026.

Saskaņā ar LDDK 2026. gada 25. maija uzdevumu izvērtēju kvalifikācijas „Energoiekārtu tehniķis” (LKI 4) modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena saturu, kā arī elektromontiera eksāmena saturu (elektromontiera programmu vērtē cits eksperts).

#I daļa. Energoiekārtu tehniķis
Programma aptver apakšstaciju un sadales tīklu iekārtu apkopi, releju aizsardzību un mērījumus. Tomēr moduļa „Energoiekārtu diagnostika” apraksts ir ļoti vispārīgs – jānorāda konkrētas diagnostikas metodes (termogrāfija, izolācijas pretestības un daļējo izlāžu mērījumi). Jāpapildina arī ar darbu ar SCADA sistēmām. Programmas saturs ir atbalstāms pēc šo precizējumu veikšanas.
Eksāmenā teorijas un prakses daļu attiecība (70:30) neatbilst tehniķa līmenim; praktiskajā daļā jāiekļauj reāls diagnostikas uzdevums, un vērtēšanas kritērijos jāpievieno mērījumu protokola novērtējums. Arī eksāmena saturs ir atbalstāms, kad šie labojumi būs izdarīti, un tad virzāms saskaņošanai.

#II daļa. Elektromontieris
Eksāmena praktiskais uzdevums un kritēriji ir labi sagatavoti. Saturs ir atbalstāms un virzāms saskaņošanai.

R. Strazds
""",
    rows=[("energoiekārtu tehniķis", "MIP", "needs_corrections", "4"),
          ("energoiekārtu tehniķis", "PKE", "needs_corrections", "4"),
          ("elektromontieris", "PKE", "supported")],
    problems=["unknown_qualification"],
    expert="Raimonds Strazds", date="2026-06-10", author="Raimonds Strazds", created="2026-06-10T11:55:00",
    note="'Energoiekārtu tehniķis' (LKI 4 stated) is not in the register -> unknown_qualification, both "
         "documents needs_corrections ('atbalstāms pēc šo precizējumu veikšanas'; 'atbalstāms, kad šie "
         "labojumi būs izdarīti, un tad virzāms'). Elektromontieris: only the exam (programme by another "
         "expert -> no MIP row), supported. Academic title after the name (dropped). Date in a 'Datums:' line; "
         "the task date 25 May must not be taken.",
)

# 23 — NOT a review: methodological instructions with an example verdict.
build(
    "r22a23_Metodiskie noradijumi ekspertiem.docx",
    """
=Metodiskie norādījumi nozaru ekspertiem
=MIP un PKE satura ekspertīzes veikšanai

^(apstiprināti projekta vadības grupas sanāksmē 2026. gada 15. janvārī)

H2: 1. Vispārīgie jautājumi
1.1. Ekspertīzes mērķis ir izvērtēt, vai profesionālās izglītības iestāžu darba grupu izstrādātais modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs atbilst profesionālās kvalifikācijas prasībām un nozares darba tirgus vajadzībām.
1.2. Eksperts vērtē tikai tos dokumentus, kas viņam nodoti ar LDDK uzdevumu. Ja eksperts vērtē tikai vienu no dokumentiem, to norāda atzinuma sākumā.
H2: 2. Atzinuma saturs
2.1. Atzinumā norāda kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un atzinuma datumu.
2.2. Katram dokumentam norāda vienu no šādiem vērtējumiem:
* saturs ir atbalstāms un virzāms saskaņošanai;
* saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;
* saturs nav atbalstāms.
2.3. Ja izvēlēts otrais vai trešais vērtējums, eksperts konkrēti norāda nepieciešamos precizējumus vai neatbilstības.
2.4. Piemērs: „Mēbeļu galdnieka MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai. Precizējumi: 1) …; 2) …”.
H2: 3. Atkārtota ekspertīze
3.1. Ja saturs nav atbalstāms, darba grupa dokumentu pārstrādā un iesniedz atkārtotai ekspertīzei kopā ar izmaiņu tabulu. Atkārtotā atzinumā eksperts norāda, kuras iepriekšējās piezīmes ir ņemtas vērā.
3.2. Par spēkā esošu uzskata jaunāko eksperta atzinumu par attiecīgo dokumentu.
H2: 4. Iesniegšana
4.1. Atzinumu iesniedz projekta koordinatorei elektroniski (.docx vai e-pasta vēstulē) ne vēlāk kā uzdevumā noteiktajā termiņā. Nepieciešamības gadījumā LDDK nodrošina ekspertiem metodisko atbalstu.
""",
    problems=["no_verdict"],
    author="Kristīne Apine", created="2026-01-15T16:00:00",
    note="NOT a review: the project's methodological instructions. Purpose sentence ('izvērtēt, vai ... "
         "atbilst'), the bulleted list of all three options, and a worked example naming a real "
         "qualification with a verdict ('Mēbeļu galdnieka MIP saturs ir atbalstāms; pēc precizējumu veikšanas "
         "virzāms saskaņošanai'). No rows; one no_verdict row.",
)

# 24 — Outlook follow-up with English headers; the quoted earlier message holds the old verdict.
build(
    "r22a24_RE_ RE_ VGK tehniķis PKE.docx",
    """
From: Zane Muižniece <zane.muizniece@klimatserviss.lv>
Sent: Wednesday, May 20, 2026 11:32 AM
To: Inese Jansone <inese.jansone@lddk.lv>
Cc: Kristīne Apine <kristine.apine@lddk.lv>
Subject: RE: RE: VGK remontatslēdznieks PKE – labotā versija

Labdien, Inese!

Izskatīju labotā VGK remontatslēdznieka eksāmena versiju. Aukstumaģenta noplūdes pārbaude ir iekļauta praktiskajā uzdevumā, atbilžu atslēga izlabota visos trīs jautājumos. Tādējādi mans aprīļa atzinums ar nosacījumiem vairs nav aktuāls – eksāmena saturs tagad ir atbalstāms un virzāms saskaņošanai.

Ar cieņu
Zane Muižniece
SIA „Klimata serviss”

From: Inese Jansone <inese.jansone@lddk.lv>
Sent: Monday, May 18, 2026 9:14 AM
To: Zane Muižniece <zane.muizniece@klimatserviss.lv>
Subject: RE: VGK remontatslēdznieks PKE – labotā versija

|Zane, labdien! Skola atsūtīja labotu PKE versiju (pielikumā). Vai vari apstiprināt, ka Tavi precizējumi ir ņemti vērā?
|Inese

From: Zane Muižniece
Sent: Thursday, April 16, 2026 6:45 PM
To: Inese Jansone
Subject: VGK remontatslēdznieks PKE

|... nav paredzēta aukstumaģenta noplūdes pārbaude, un teorijas testā trīs jautājumos ir nepareizas atbildes atslēgā (Nr. 7, 19, 31). Eksāmena saturs ir atbalstāms ar nosacījumu, ka šie precizējumi tiek veikti pirms virzīšanas saskaņošanai.
""",
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported")],
    expert="Zane Muižniece", date="2026-05-20", author="Inese Jansone", created="2026-05-20T12:00:00",
    font="Calibri", size=11,
    note="Outlook thread (English headers) pasted into Word: the newest message says the April conditional "
         "verdict 'vairs nav aktuāls – ... tagad ir atbalstāms un virzāms saskaņošanai' -> PKE supported, "
         "dated 2026-05-20. The quoted April message (needs_corrections) is history. Qualification only as "
         "'VGK remontatslēdznieks' (alias of the register name); the file name says 'VGK tehniķis' (a sloppy name), the content decides. Follows up file 19.",
)

# 25 — 'atbalsts' as a noun everywhere; verdict with a 'tomēr ... jāveic' condition. PKE only.
build(
    "r22a25_Mežsaimniecības tehniķis PKE.docx",
    """
#Mg. silv. Laura Bite
Meža konsultāciju centrs „Silva”, vecākā konsultante

#Viedoklis par mežsaimniecības tehniķa kvalifikācijas eksāmena saturu
Valmiera, 2026. gada 3. martā

Kā nozares pārstāve vispirms gribu uzsvērt, ka mežsaimniecības uzņēmumi atbalsta to, ka eksāmenā paredzēts darbs reālā mežaudzē, nevis tikai klasē. Nozare ir gatava nodrošināt arī eksāmena vietas, ja skolām tiks sniegts metodiskais atbalsts eksāmena organizēšanā, un šāds atbalsts ir paredzēts projekta 4.2.2.9. pasākumā.

Eksāmena uzdevums – mežaudzes taksācija, kopšanas cirtes projektēšana un cirsmas dokumentu sagatavošana – kopumā atbilst LKI 4. līmenim. Vērtēšanas kritēriji tomēr ir pārāk vispārīgi: nav noteikts, kāda novirze taksācijas rādītājos (krāja, biezums) ir pieļaujama, un nav kritērija par dabas aizsardzības prasību ievērošanu cirsmas projektā. Teorijas testā trūkst jautājumu par meža ugunsdrošību.

Eksāmena saturs ir atbalstāms, tomēr pirms virzīšanas saskaņošanai jāveic kritēriju precizējumi, kas minēti iepriekšējā rindkopā.

L. Bite
""",
    rows=[("mežsaimniecības tehniķis", "PKE", "needs_corrections")],
    expert="Laura Bite", date="2026-03-03", author="Laura Bite", created="2026-03-03T10:30:00",
    note="PKE only (only the exam is discussed; no MIP row). The opening paragraph is full of non-verdict "
         "uses: 'uzņēmumi atbalsta' (verb with its own subject), 'metodiskais atbalsts', 'šāds atbalsts'. The "
         "verdict: 'atbalstāms, tomēr pirms virzīšanas saskaņošanai jāveic ... precizējumi' -> "
         "needs_corrections. Academic prefix 'Mg. silv.' dropped from the name.",
)

# 26 — academic 'recenzija', optional suggestions that do not change a 'supported' verdict.
build(
    "r22a26_Cirulis_elektrotehnikis_recenzija.docx",
    """
>Prof. Dr. sc. ing. Aivars Cīrulis
>Rīgas Tehniskās universitātes Enerģētikas institūts

=RECENZIJA
^par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) kompetencēs balstītas modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu

Recenzijai iesniegti: modulārās izglītības programmas projekts (1200 stundas, 14 moduļi) un profesionālās kvalifikācijas eksāmena saturs ar vērtēšanas kritērijiem.

H2: Modulārā izglītības programma
Programma ir veidota metodiski korekti: katram modulim ir definēts mērķis, sasniedzamie rezultāti zināšanu, prasmju un kompetenču līmenī, kā arī vērtēšanas metodes. Moduļu saturs atbilst 2025. gadā aktualizētajām kvalifikācijas prasībām, tostarp ir iekļautas atjaunīgās enerģijas tehnoloģijas, enerģijas uzkrāšanas sistēmas un ēku energoefektivitātes pamati. Teorijas un prakses attiecība ir pamatota.
Turpmāk minētie ieteikumi nav obligāti un manu vērtējumu neietekmē: a) modulī „Elektriskās mašīnas” varētu vairāk uzmanības pievērst frekvenču pārveidotājiem; b) vērtēšanas metožu aprakstos ieteicams vienādot terminoloģiju; c) literatūras sarakstu vēlams papildināt ar jaunākajiem LVS standartiem.
Programmas saturs ir atbalstāms un virzāms saskaņošanai.

H2: Profesionālās kvalifikācijas eksāmens
Eksāmena struktūra ir atbilstoša, taču praktiskā uzdevuma 2. variantā (trīsfāzu asinhronā dzinēja vadības shēmas montāža) nav paredzēta shēmas pārbaude pirms sprieguma pieslēgšanas, kas ir nepieļaujami no darba drošības viedokļa. Vērtēšanas kritērijos jāparedz, ka darba drošības prasību pārkāpums nozīmē uzdevuma neizpildi. Tāpat jāsaskaņo teorētiskās daļas jautājumu skaits ar norādīto izpildes laiku.
Eksāmena saturs ir atbalstāms; pēc minēto precizējumu veikšanas – virzāms saskaņošanai.

Rīgā, 2026. gada 23. februārī

prof. A. Cīrulis
""",
    rows=[("elektrotehniķis", "MIP", "supported"),
          ("elektrotehniķis", "PKE", "needs_corrections")],
    expert="Aivars Cīrulis", date="2026-02-23", author="Aivars Cirulis", created="2026-02-23T08:30:00",
    note="Academic 'RECENZIJA' with right-aligned letterhead 'Prof. Dr. sc. ing.' (titles dropped), Word "
         "Heading 2 per document. MIP: explicitly optional suggestions 'nav obligāti un manu vērtējumu "
         "neietekmē', then 'atbalstāms un virzāms saskaņošanai' -> supported. PKE: 'atbalstāms; pēc minēto "
         "precizējumu veikšanas – virzāms' -> needs_corrections ('nepieļaujami' is ne- without a verdict).",
)

# 27 — unsigned, undated short review of one document.
build(
    "r22a27_mebelu galdnieks PKE (1).docx",
    """
#Mēbeļu galdnieka PKE – ekspertīze

Iesniegtais eksāmena saturs būtiski atpaliek no tā, kas noteikts kvalifikācijas prasībās:
1) praktiskajā uzdevumā nav neviena CNC apstrādes elementa, lai gan programmā tam veltīti divi moduļi;
2) uzdevums (vienkārša plaukta izgatavošana no lamināta) atbilst drīzāk LKI 3 līmenim;
3) nav vērtēšanas kritēriju virsmas apdarei un montāžas precizitātei;
4) teorijas jautājumos vairāk nekā trešdaļa attiecas uz būvgaldniecību.
Šādā veidā sagatavots eksāmens nevar tikt atbalstīts. Lūdzu darba grupu eksāmena saturu pārstrādāt un iesniegt atkārtotai ekspertīzei.
""",
    rows=[("mēbeļu galdnieks", "PKE", "not_supported")],
    expert="", date="", author="Inese Jansone", created="2026-04-20T13:13:00",
    note="Unsigned and undated (a copy, '(1)' in the file name, core author = coordinator): expert and date "
         "left empty. PKE only. Verdict as a modal passive 'nevar tikt atbalstīts' plus a request for a new "
         "review -> not_supported. Mentions 'LKI 3 līmenim' as a comparison; lki_level stays 4 from the "
         "register since the review does not state the qualification's own level.",
)

# 28 — old PKL level, conclusion lines with 'nevajadzīgo svītrot' (strike-through).
build(
    "r22a28_Būvizstrādājumu galdnieks - atzinums Ivanova.docx",
    """
Ludmila Ivanova
SIA „Logu meistari”, ražošanas meistare

#Atzinums par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” (3. profesionālās kvalifikācijas līmenis) MIP un PKE

Darba grupa man nosūtīja programmu un eksāmenu kopā ar atbildēm uz kolēģu iepriekšējām piezīmēm. Salīdzināju abus dokumentus ar profesijas standartu un mūsu uzņēmuma praksi.

Programmā pēc labojumiem ir viss nepieciešamais: logu, durvju un kāpņu izgatavošana, montāža, energoefektīvas montāžas principi un darbs ar CNC centru. Stundu sadalījums ir loģisks.
Eksāmena uzdevumi tagad attiecas uz būvizstrādājumiem (loga bloks, ārdurvju vērtne, kāpņu posms), vērtēšanas kritēriji ir pievienoti un pietiekami detalizēti.

Slēdziens (nevajadzīgo svītrot):
MIP saturs: ir atbalstāms un virzāms saskaņošanai / ~~ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai~~ / ~~nav atbalstāms~~
PKE saturs: ir atbalstāms un virzāms saskaņošanai / ~~ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai~~ / ~~nav atbalstāms~~

Liepājā, 05.06.2026.
L. Ivanova
""",
    rows=[("būvizstrādājumu galdnieks", "MIP", "supported"),
          ("būvizstrādājumu galdnieks", "PKE", "supported")],
    expert="Ludmila Ivanova", date="2026-06-05", author="Ludmila Ivanova", created="2026-06-05T10:45:00",
    note="Prose review whose conclusion copies the template line 'nevajadzīgo svītrot': for each document "
         "the two non-chosen options carry strike-through, the remaining one is 'ir atbalstāms un virzāms "
         "saskaņošanai' -> both supported. Level given in the old system '3. profesionālās kvalifikācijas "
         "līmenis' (PKL 3 = LKI 4, matches the register) -> lki_level 4.",
)

# 29 — PKE for three forestry qualifications, verdicts as nominal phrases 'Vērtējums: ...'.
build(
    "r22a29_PKE atzinumi_motorzagis_MMO_mezsaimn.docx",
    """
Ģirts Kalējs
kokrūpniecības (mežsaimniecības) nozares eksperts

=PKE satura vērtējums – meža nozares kvalifikācijas

2026. gada 19. februārī

Vērtēju tikai eksāmenu saturu; programmas šīm kvalifikācijām izskata citi eksperti.

#Motorzāģa operators
Uzdevums (koku gāšana, atzarošana, sagarināšana, darba vietas sakārtošana) un kritēriji atbilst reālajam darbam. Pozitīvi, ka kļūdaina gāšanas virziena izvēle nozīmē uzdevuma neizpildi.
Vērtējums: atbalstīt, virzīt saskaņošanai.

#Meža mašīnu operators
Eksāmena uzbūve ir laba, taču nav norādīts, vai praktiskā daļa notiek uz simulatora vai reālā mašīnā, un no tā atkarīgi kritēriji. Jāpapildina ar sortimentu uzskaites pārbaudi.
Vērtējums: atbalstīt ar nosacījumu, ka minētais tiek precizēts pirms saskaņošanas.

#Mežsaimniecības tehniķis
Eksāmens pārbauda galvenokārt teorētiskas zināšanas; lauka darba uzdevums ir formāls (30 minūtes) un nepārbauda ne taksācijas, ne kopšanas cirtes projektēšanas prasmes. Teorijas jautājumi daļēji novecojuši (atsauces uz spēku zaudējušiem Ministru kabineta noteikumiem).
Vērtējums: neatbalstīt; eksāmens jāpārstrādā.

Ģ. Kalējs
""",
    rows=[("motorzāģa operators", "PKE", "supported"),
          ("meža mašīnu operators", "PKE", "needs_corrections"),
          ("mežsaimniecības tehniķis", "PKE", "not_supported")],
    expert="Ģirts Kalējs", date="2026-02-19", author="Ģirts Kalējs", created="2026-02-19T17:20:00",
    note="PKE only for three qualifications (scope sentence; no MIP rows). Verdicts as infinitive nominal "
         "phrases after 'Vērtējums:' — 'atbalstīt, virzīt saskaņošanai' -> supported; 'atbalstīt ar "
         "nosacījumu, ka ... precizēts' -> needs_corrections; 'neatbalstīt; eksāmens jāpārstrādā' -> "
         "not_supported. 'nepārbauda' in the body is not a verdict.",
)

# 30 — Roman-numbered sections, words split across many runs, non-breaking spaces; continuing education.
build(
    "r22a30_Energetikas nozare_ekspertize_Petrova.docx",
    """
Olga Petrova
enerģētikas nozares eksperte, SIA „Rīgas elektrotīkls”, personāla attīstības vadītāja

#EKSPERTĪZES ATZINUMS PAR DIVĀM KVALIFIKĀCIJĀM (PROJEKTA 5. POSMS)

Rīgā, 2026. gada 7.\u00a0jūlijā

Projekta 5. posmā man nodoti divu kvalifikāciju dokumenti, tostarp programma, kas paredzēta īstenošanai profesionālajā tālākizglītībā.

#I. Elektromontieris (LKI\u00a03)
Programma ir laba, sabalansēta un atbilst nozares vajadzībām; īpaši vērtīgs ir modulis par darbu ar viedajiem skaitītājiem. Eksāmena praktiskais uzdevums un kritēriji ir skaidri.
[[MIP saturs ir atbalstāms un virzāms saskaņošanai.]] [[PKE saturs ir atbalstāms un virzāms saskaņošanai.]]

#II. Elektrotehniķis (LKI\u00a04), tālākizglītības programma (640\u00a0h)
Tālākizglītības programmā pārāk maz laika atvēlēts praktiskajām mācībām uzņēmumā (tikai 80\u00a0h), un nav skaidrs, kā tiek atzīta iepriekšējā darba pieredze. Modulis „Releju aizsardzība” jāsaīsina, bet „Saules elektrostacijas” – jāpaplašina.
Eksāmenā jāprecizē, kā pieaugušie izglītojamie kārto praktisko daļu, ja viņiem jau ir elektrodrošības grupa, un jāpievieno vērtēšanas kritēriji 3.\u00a0uzdevumam.
[[Programmas saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.]] [[Eksāmena saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.]]

O.\u00a0Petrova
""",
    rows=[("elektromontieris", "MIP", "supported"),
          ("elektromontieris", "PKE", "supported"),
          ("elektrotehniķis", "MIP", "needs_corrections"),
          ("elektrotehniķis", "PKE", "needs_corrections")],
    expert="Olga Petrova", date="2026-07-07", author="Olga Petrova", created="2026-07-07T09:00:00",
    note="Roman-numbered sections; every verdict sentence is split into many small Word runs (split inside "
         "words) and non-breaking spaces are used in the date, LKI and hours. Elektromontieris MIP+PKE "
         "supported; elektrotehniķis (continuing-education programme, same qualification) MIP+PKE "
         "needs_corrections. Stage 5 is mentioned in the title.",
)

# 31 — Gmail forward with Latvian headers; the expert writes without diacritics.
build(
    "r22a31_Fwd_ mēbeļu galdnieka MIP.docx",
    """
Inese Jansone <inese.jansone@lddk.lv>
piektd., 2026. g. 22. maijs 09:03
Kam: Kristīne Apine <kristine.apine@lddk.lv>

Kristīne, lūdzu ieliec tabulā. Paldies! I.

---------- Pārsūtīta vēstule ---------
No: Gatis Zariņš <gatis.zarins@inbox.lv>
Date: ceturtd., 2026. g. 21. maijs, plkst. 08:14
Subject: mēbeļu galdnieka MIP
To: Inese Jansone <inese.jansone@lddk.lv>

Sveika, Inese!

Apskatiju mebelu galdnieka MIP (to jauno versiju no Liepajas). Kopuma ok, atbalstu, bet pirms saskanosanas japrecize 3. un 5. modula stundu sadalijums, jo kopsumma nesanak 1280 h, un 5. modula rezultatos jaizmet dubultie punkti par furnituru. Pec tam var virzit.
PKE man nebija pielikuma, tapec to neskatiju.

Gatis
""",
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections")],
    expert="Gatis Zariņš", date="2026-05-21", author="Kristīne Apine", created="2026-05-22T09:20:00",
    font="Arial", size=10,
    note="Gmail forward (Latvian labels) pasted by the second coordinator; the coordinator's 'ieliec tabulā' "
         "note on top (22 May) is not the review date — the expert's message is dated 21 May. Body without "
         "diacritics: 'atbalstu, bet pirms saskanosanas japrecize ... Pec tam var virzit' -> MIP "
         "needs_corrections. PKE not reviewed ('nebija pielikuma') -> no PKE row. Full name only in the "
         "'No:' header, signature is just 'Gatis'.",
)

# 32 — body remark 'neatbalstāms' about one module; the conclusion outranks it.
build(
    "r22a32_KIRT MIP PKE atzinums Dreimanis.docx",
    """
=Koka izstrādājumu ražošanas tehniķis (LKI 4)
^Modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena satura ekspertīze

Eksperts: Artūrs Dreimanis, SIA „Baltic Timber Components” kvalitātes vadītājs
Atzinuma datums: 2026. gada 9. aprīlis

H2: Piezīmes par programmu
Moduļi „Kokmateriālu zinātne”, „Ražošanas tehnoloģijas” un „Iekārtu apkope” ir labi izstrādāti.
Modulis „Kvalitātes vadība” šādā redakcijā nav atbalstāms: tas ir pārkopēts no cita līmeņa programmas un aprakstīts tikai kā vizuālā kontrole; nav ne statistiskās procesu kontroles, ne ISO 9001 principu, ne mērinstrumentu kalibrēšanas.
Modulim „Darba organizācija” trūkst sasniedzamo rezultātu par komandas vadību maiņā.

H2: Piezīmes par eksāmenu
Eksāmena gadījuma analīze (jauna produkta ieviešana ražošanā) ir labi izvēlēta, kritēriji pārdomāti. Iebildumu nav.

H2: Secinājumi
Kopumā MIP saturs ir atbalstāms; pēc precizējumu veikšanas (pārstrādāts modulis „Kvalitātes vadība”, papildināts modulis „Darba organizācija”) virzāms saskaņošanai.
PKE saturs ir atbalstāms un virzāms saskaņošanai.
""",
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
    expert="Artūrs Dreimanis", date="2026-04-09", author="Artūrs Dreimanis", created="2026-04-09T14:00:00",
    note="Centered title with the qualification, 'Eksperts:' / 'Atzinuma datums:' lines, Word headings. The "
         "body says one module 'šādā redakcijā nav atbalstāms'; the 'Secinājumi' says 'Kopumā MIP saturs ir "
         "atbalstāms; pēc precizējumu veikšanas ... virzāms' -> needs_corrections (conclusion outranks body). "
         "PKE supported. No signature at the end.",
)

# 33 — MIP only, condition in the same sentence as the verdict.
build(
    "r22a33_kokapstrades iekartu operators MIP.docx",
    """
Kokapstrādes iekārtu operatora modulārā izglītības programma
Eksperta atzinums (attiecas tikai uz MIP, PKE saturs vēl izstrādes stadijā)

1. Programmas moduļi aptver visu operatora darba ciklu – iekārtas sagatavošanu, iestatīšanu, apstrādi un kvalitātes pārbaudi. Labi, ka ir atsevišķs modulis par griezējinstrumentu apkopi.
2. Trūkumi: darba aizsardzības prasības tikai vispārīgā līmenī, nav minēta putekļu un trokšņa radītā riska novērtēšana; modulī „Ēvelēšana” nav iekļauta biezumēvele, kas ir katrā ražotnē; prakses uzņēmumā apjoms nav norādīts.
3. Atbalstu MIP virzīšanu saskaņošanai ar nosacījumu, ka tiek novērsti 2. punktā minētie trūkumi.

Toms Ritums, SIA „Zāģētava Ritums”
12.02.2026.
""",
    rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections")],
    expert="Toms Ritums", date="2026-02-12", author="Toms", created="2026-02-12T22:10:00",
    font="Calibri", size=11,
    note="Scope in the subtitle ('attiecas tikai uz MIP, PKE saturs vēl izstrādes stadijā') -> no PKE row. "
         "Verdict and condition in one sentence: 'Atbalstu MIP virzīšanu saskaņošanai ar nosacījumu, ka tiek "
         "novērsti ... trūkumi' -> needs_corrections. Name with company on one line, date below.",
)

# 34 — long review (1-2 pages) module by module, 'Noslēgumā', first round in January.
build(
    "r22a34_Mehatronisko sistemu tehnikis_ekspertize_galigais.docx",
    """
Mg. sc. ing. Kaspars Jaunzems
mašīnbūves un metālapstrādes nozares eksperts
SIA „Automatika LV”, automatizācijas projektu vadītājs

=ATZINUMS
^par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu

Rīgā, 2026. gada 22. janvārī

H2: Ievads
Atzinums sagatavots pēc LDDK lūguma projekta 4. posmā. Izvērtēšanai saņēmu modulārās izglītības programmas projektu (1920 stundas, 17 moduļi, no tiem 5 – B daļas izvēles moduļi) un profesionālās kvalifikācijas eksāmena saturu ar vērtēšanas kritērijiem. Vērtēju, vai dokumenti atbilst mehatronisko sistēmu tehniķa (LKI 4) kvalifikācijas prasībām, kas aktualizētas 2025. gadā, un vai absolvents pēc šīs programmas varētu sākt darbu automatizētā ražošanā – mūsu uzņēmuma klientu vidū tās ir pārtikas, kokapstrādes un metālapstrādes rūpnīcas.
Uzreiz jāsaka, ka programmas autori ir ieguldījuši lielu darbu un daudzas sadaļas ir izstrādātas rūpīgi. Tomēr programmas kodolā ir nopietni trūkumi, kurus nevar novērst ar atsevišķiem labojumiem.

H2: Programma pa moduļiem
**Ievadmoduļi (A1–A3).** Darba aizsardzība, tehniskā dokumentācija un materiālu mācība aprakstīti labi. Tehniskās grafikas modulī būtu jāiekļauj elektrisko shēmu lasīšana pēc IEC 60617 – pašlaik runa ir tikai par mašīnbūves rasējumiem.
**Elektrotehnika un elektronika (A4, A5).** Saturs atbilst līmenim, bet elektronikas modulī nav nekā par barošanas blokiem un EMS prasībām, kas praksē ir bieža kļūmju cēlonis.
**Pneimatika un hidraulika (A6).** Viens kopīgs 80 stundu modulis abām jomām ir par maz. Elektropneimatika un proporcionālā hidraulika nav minētas vispār, lai gan tās ir kvalifikācijas prasībās.
**Programmējamie loģiskie kontrolleri (A7).** Šis ir programmas vājākais punkts. Modulis balstīts uz viena konkrēta ražotāja novecojušu programmēšanas vidi, nav IEC 61131-3 valodu (strukturētais teksts, funkciju bloku diagrammas), nav cilvēka–mašīnas saskarnes (HMI) veidošanas un nav industriālo tīklu (PROFINET, Modbus). Mehatroniķim šīs ir pamatprasmes, nevis papildu zināšanas.
**Sensorika un izpildmehānismi (A8).** Labi izstrādāts, ar praktiskiem darbiem.
**Robotika (A9).** Paredzētas tikai 40 stundas, un saturs ir par robotu uzbūvi, nevis programmēšanu un integrāciju ražošanas šūnā. Kolaboratīvie roboti nav minēti.
**Mehatronisko sistēmu apkope un diagnostika (A10).** Pareizi, ka ir atsevišķs modulis, taču sasniedzamie rezultāti formulēti kā „pārzina” un „izprot” – tie nav izmērāmi. Nav iekļauta attālināta diagnostika un datu vākšana (IIoT), kas nozarē kļūst par standartu.
**Izvēles moduļi (B daļa).** Moduļi „CNC iekārtu apkalpošana” un „Metināšanas pamati” vairāk atbilst metālapstrādes, nevis mehatronikas kvalifikācijai; ieteiktu tos aizstāt ar moduļiem par mašīnredzi un energoefektivitāti ražošanā.
**Kvalifikācijas prakse.** 320 stundas ir pietiekami, taču prakses uzdevumi nav saistīti ar moduļu rezultātiem.

H2: Eksāmens
Eksāmena koncepcija – teorētiskā daļa un praktiskais uzdevums ražošanas šūnā, kur jāatrod un jānovērš vairākas iepriekš ieviestas kļūmes, – ir ļoti laba un tuva reālajam darbam. Tomēr:
– kritēriju tabulā nav noteikts, cik kļūmes jāatrod, lai uzdevums būtu izpildīts;
– nav aprakstīts, kāds aprīkojums eksāmena vietā obligāti jānodrošina (kontrolleris, pneimatikas stends, robots);
– teorētiskajā daļā ir jautājumi par tēmām, kas programmā nav iekļautas (piemēram, hidrauliskie akumulatori).
Šie jautājumi ir risināmi, nemainot eksāmena uzbūvi.

H2: Noslēgumā
Programmas saturs šajā redakcijā nav atbalstāms. Programmēšanas, robotikas un industriālo tīklu daļa jāpārstrādā pēc būtības, un pārstrādātā programma jāiesniedz atkārtotai ekspertīzei. Labprāt piedalīšos darba grupas sanāksmē un sniegšu konkrētus priekšlikumus.
Eksāmena saturs ir atbalstāms ar nosacījumu, ka tiek veikti iepriekš minētie precizējumi, un pēc tam virzāms saskaņošanai. Jāņem vērā, ka pēc programmas pārstrādes eksāmena teorētiskie jautājumi būs jāpārskata atbilstoši jaunajai programmai.

K. Jaunzems
""",
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported"),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections")],
    expert="Kaspars Jaunzems", date="2026-01-22", author="Kaspars Jaunzems", created="2026-01-21T19:00:00",
    note="Long review (about two pages): letterhead with academic title, Heading 2 sections, bold module "
         "labels in running paragraphs. 'Noslēgumā': programme 'šajā redakcijā nav atbalstāms ... jāiesniedz "
         "atkārtotai ekspertīzei' -> not_supported; exam 'atbalstāms ar nosacījumu, ka tiek veikti ... "
         "precizējumi, un pēc tam virzāms' -> needs_corrections. Body remarks such as 'nav minēti', 'nav "
         "izmērāmi' are not verdicts. First-round review (January, stage 4).",
)

# 35 — the expert's own summary of her reviews, seed-style bullets with verdicts in brackets.
build(
    "r22a35_Galdnieki_kopsavilkums_Auzina.docx",
    """
#Baiba Auziņa
#kokrūpniecības nozares eksperte

Inese, labdien!

Kā runājām telefoniski, sūtu savu atzinumu par abām kvalifikācijām, ko skatīju jūnija beigās, īsā formā – pa punktiem. Detalizētās piezīmes par katru moduli esmu nosūtījusi tieši darba grupām, tās pievienoju arī šīs vēstules pielikumā.

Mani vērtējumi:
· mēbeļu galdnieks (MIP saturs ir atbalstāms un virzāms saskaņošanai; PKE saturs ir atbalstāms un virzāms saskaņošanai);
· koka izstrādājumu ražošanas tehniķis (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; PKE saturs nav atbalstāms).

Par tehniķa eksāmenu: darba grupa to pārstrādāja, bet joprojām nav ražošanas procesa plānošanas uzdevuma, kas bija galvenais iebildums arī iepriekšējā (jūnija sākuma) ekspertīzē. Bez tā eksāmens nepārbauda tehniķa līmeņa kompetences.

Ja vajag vērtējumus citā formā, dod ziņu.

Baiba
2026. gada 3. jūlijā
""",
    rows=[("mēbeļu galdnieks", "MIP", "supported"),
          ("mēbeļu galdnieks", "PKE", "supported"),
          ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported")],
    expert="Baiba Auziņa", date="2026-07-03", author="Baiba Auziņa", created="2026-07-03T16:10:00",
    note="The expert's OWN review written in the style of the seed report: a '·' bullet per qualification "
         "with both verdicts in brackets (the first verdict for KIRT itself contains a ';'). This is her "
         "review (first person, signed, dated), not a coordinator's progress report, so rows are given. "
         "Name in the bold header lines, first name only at the end.",
)

# === MORE FILES ABOVE THIS LINE ===


# ---------------------------------------------------------------------------------------------
# write gold files, README, and self-check
# ---------------------------------------------------------------------------------------------
def finish():
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ALL_ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(ALL_PROBS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# r22a — free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
        fh.write(f"{len(FILES)} files, {len(ALL_ROWS)} gold rows, {len(ALL_PROBS)} problem rows. "
                 "Built by `build.py` (gold labels sit next to each file's code).\n\n")
        fh.write("| file | design and judgement calls |\n|---|---|\n")
        for name, note in NOTES:
            fh.write(f"| {name} | {note.replace('|', '/')} |\n")

    # self-checks
    from docx import Document as _D
    for f in FILES:
        _D(os.path.join(OUT, f))
    files_set = set(FILES)
    assert len(files_set) == len(FILES), "duplicate file name"
    for r in ALL_ROWS:
        assert r[0] in files_set
        if r[1] not in REG:
            assert [r[0], "unknown_qualification"] in ALL_PROBS, r
        assert re.fullmatch(r"2026-\d\d-\d\d", r[5]) or r[5] == "", r
    for p in ALL_PROBS:
        assert p[0] in files_set
    covered = {r[0] for r in ALL_ROWS} | {p[0] for p in ALL_PROBS}
    missing = files_set - covered
    assert not missing, missing
    keys = [(r[0], r[1], r[2]) for r in ALL_ROWS]
    assert len(keys) == len(set(keys)), "duplicate gold key"
    for r in ALL_ROWS:
        if r[3] == "unknown":
            assert [r[0], "no_verdict"] in ALL_PROBS or [r[0], "conflict"] in ALL_PROBS, r
    print(f"{len(FILES)} files, {len(ALL_ROWS)} rows, {len(ALL_PROBS)} problem rows")


finish()
