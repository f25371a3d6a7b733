# -*- coding: utf-8 -*-
"""Builds the r7a blind evaluation set: free-prose Latvian expert reviews (letters, memos,
e-mails pasted into Word) plus a few non-review documents, with gold labels kept next to
the code that builds each file.

Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime
import glob
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7a"

# register levels (from /work/main/inputs/qualifications.csv)
REG = {
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

ROWS, PROBLEMS, README = [], [], []
NBSP = "\u00a0"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    return d


def fmt_run(r, b=False, i=False, u=False, s=False, size=None, color=None, font=None):
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if s:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font


def P(d, *parts, align=None, indent=None, space_after=None, style=None, **kw):
    """Paragraph from parts: a str, or a tuple (text, dict-of-format)."""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            txt, f = part
            f = {**kw, **f}
        else:
            txt, f = part, kw
        r = para.add_run(txt)
        fmt_run(r, **f)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        para.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def B(t):
    return (t, {"b": True})


def I(t):
    return (t, {"i": True})


def S(t):
    return (t, {"s": True})


_rev = [900]


def tracked(para, kind, text, author, date):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') to a paragraph."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    _rev[0] += 1
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    para._p.append(el)


def rule(d):
    """An empty paragraph with a bottom border (Outlook separator line)."""
    para = d.add_paragraph()
    pPr = para._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    bot.set(qn("w:val"), "single")
    bot.set(qn("w:sz"), "6")
    bot.set(qn("w:space"), "1")
    bot.set(qn("w:color"), "B5C4DF")
    bdr.append(bot)
    pPr.append(bdr)
    return para


def mail_head(d, fields, size=10):
    for k, v in fields:
        para = d.add_paragraph()
        para.paragraph_format.space_after = Pt(0)
        r = para.add_run(k + " ")
        fmt_run(r, b=True, size=size)
        r = para.add_run(v)
        fmt_run(r, size=size)
    d.add_paragraph()


def split_runs(para, text, cuts, **f):
    """Write text into several runs (Word often splits words mid-way)."""
    prev = 0
    for c in list(cuts) + [len(text)]:
        r = para.add_run(text[prev:c])
        fmt_run(r, **f)
        prev = c


def header_lines(d, lines, size=9, align="r"):
    sec = d.sections[0]
    hdr = sec.header
    first = True
    for ln in lines:
        para = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        para.text = ""
        r = para.add_run(ln)
        fmt_run(r, size=size, color="404040")
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.LEFT


def footer_text(d, text, size=8):
    ft = d.sections[0].footer
    para = ft.paragraphs[0]
    r = para.add_run(text)
    fmt_run(r, size=size, color="808080")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def R(q, doc, verdict, lki=None, expert=None, date=None):
    return dict(q=q, doc=doc, verdict=verdict, lki=lki, expert=expert, date=date)


def build(name, d, rows=(), problems=(), note="", author="", created=None, expert="", date=""):
    assert name.startswith(PREFIX)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    if created:
        cp.created = datetime.datetime.fromisoformat(created)
        cp.modified = datetime.datetime.fromisoformat(created) + datetime.timedelta(hours=2)
    cp.title = ""
    path = os.path.join(OUT, name)
    d.save(path)
    for r in rows:
        lki = r["lki"] if r["lki"] is not None else REG.get(r["q"], "")
        ROWS.append([name, r["q"], r["doc"], r["verdict"],
                     r["expert"] if r["expert"] is not None else expert,
                     r["date"] if r["date"] is not None else date, lki])
    for c in problems:
        PROBLEMS.append([name, c])
    README.append((name, note))


# ======================================================================= 01
def f01():
    d = new_doc("Times New Roman", 12)
    P(d, f"Rīgā, 2026.{NBSP}gada 14.{NBSP}janvārī", align="r")
    P(d, "LDDK projekta koordinatorei")
    P(d, "Baibai Krūzei")
    P(d)
    P(d, B("Par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības programmas projektu"), align="c")
    P(d)
    P(d, "Esmu iepazinies ar darba grupas sagatavoto motorzāģa operatora modulārās izglītības programmas "
         "(turpmāk – programma) projektu, kas man nosūtīts 2026. gada 5. janvārī. Eksāmena saturs man šoreiz "
         "netika nosūtīts, tāpēc šis viedoklis attiecas vienīgi uz programmu.", align="j")
    P(d, "Programmas uzbūve kopumā ir loģiska – moduļi seko darba gaitai no darba vietas sagatavošanas līdz "
         "koku gāšanai un sagarumošanai. Pozitīvi vērtēju, ka atsevišķs modulis veltīts motorzāģa tehniskajai "
         "apkopei un ķēdes asināšanai, ko jaunie darbinieki uzņēmumos nereti neprot.", align="j")
    P(d, "Tomēr ir lietas, kas jāsakārto:", align="j")
    for t in [
        "1) modulī „Koku gāšana” nav minēta bīstamo (sausu, trupējušu, vējgāzes skartu) koku gāšana, lai gan "
        "praksē tieši tur notiek lielākā daļa nelaimes gadījumu;",
        "2) darba aizsardzības prasības izkaisītas pa visiem moduļiem, bet nekur nav apkopotas – ieteiktu "
        "vismaz vienu mācību rezultātu par individuālajiem aizsardzības līdzekļiem;",
        "3) modulim „Kokmateriālu sagarumošana” atvēlētas tikai 40 stundas, kas ir nesamērīgi maz salīdzinājumā "
        "ar teorētisko ievadmoduli;",
        "4) terminoloģija nav vienota – vietām „motorzāģis”, vietām „benzīna zāģis”, vietām „ķēdes zāģis”.",
    ]:
        P(d, t, indent=1)
    P(d, "Ja šie punkti tiks izlaboti, programmu varēs droši sūtīt tālāk. Tātad – programmas saturu atbalstu, "
         "taču saskaņošanai to ieteiktu virzīt tikai pēc minēto precizējumu veikšanas.", align="j")
    P(d)
    P(d, "Ar cieņu")
    P(d, "Andris Kalniņš")
    P(d, "meža nozares eksperts, SIA „Dižskuja”", i=True)
    build("r7a01_Kalnins_motorzaga operatora MIP atzinums.docx", d,
          rows=[R("motorzāģa operators", "MIP", "needs_corrections")],
          expert="Andris Kalniņš", date="2026-01-14",
          author="Andris Kalniņš", created="2026-01-14T09:12:00",
          note="Formal letter, MIP only (PKE explicitly not sent). Support + 'virzīt tikai pēc precizējumu "
               "veikšanas' in one sentence -> needs_corrections. Place/date line at top, name under 'Ar cieņu'.")


# ======================================================================= 02
def f02():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("No:", "Ilze Ozoliņa <ilze.ozolina@mezaserviss.lv>"),
        ("Nosūtīts:", "otrdiena, 2026. gada 3. februāris 10:14"),
        ("Kam:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Tēma:", "RE: PKE motorzāģa operators – lūgums sniegt viedokli"),
    ])
    P(d, "Labdien, Baiba!")
    P(d, "Izskatīju motorzāģa operatora kvalifikācijas eksāmena saturu, ko atsūtīji pagājušajā nedēļā. "
         "Praktiskais uzdevums ir tieši tāds, kādu mēs paši gribētu redzēt – gāšana, atzarošana, sagarumošana "
         "ar reālu laika normu, plus ķēdes nomaiņa un asināšana. Teorijas testā pāris jautājumiem atbilžu "
         "varianti ir mazliet par vieglu uzminami, bet tas nav kritiski un nav iemesls kaut ko pārtaisīt.")
    para = P(d, "Manā skatījumā eksāmena saturs ir ")
    split_runs(para, "atbalstāms", [4, 7])
    para.add_run(" un to var virzīt saskaņošanai tādu, kāds tas ir.")
    P(d, "Programmu (MIP) man neatsūtīji, tā ka par to neko neteikšu.")
    P(d, "Ar labiem vēlējumiem,")
    P(d, "Ilze Ozoliņa", space_after=0)
    P(d, "Mežizstrādes vadītāja | SIA „Meža Serviss”", size=9, color="1F4E79", space_after=0)
    P(d, "Tālr. 29 114 372", size=9, color="1F4E79")
    rule(d)
    mail_head(d, [
        ("No:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Nosūtīts:", "trešdiena, 2026. gada 28. janvāris 16:02"),
        ("Kam:", "Ilze Ozoliņa <ilze.ozolina@mezaserviss.lv>"),
        ("Tēma:", "PKE motorzāģa operators – lūgums sniegt viedokli"),
    ])
    P(d, "Sveika, Ilze!")
    P(d, "Pielikumā motorzāģa operatora PKE saturs. Lūdzu līdz 6. februārim atsūti savu vērtējumu – vai saturs "
         "ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.")
    P(d, "Paldies!")
    P(d, "Baiba")
    build("r7a02_RE PKE motorzāģa operators.docx", d,
          rows=[R("motorzāģa operators", "PKE", "supported")],
          expert="Ilze Ozoliņa", date="2026-02-03",
          author="Baiba Krūze", created="2026-02-03T11:30:00",
          note="Outlook reply pasted into Word (Latvian headers). PKE supported ('atbalstāms' split across runs). "
               "MIP explicitly not received -> no row. Quoted coordinator request lists all three options (trap).")


# ======================================================================= 03
def f03():
    d = new_doc("Calibri", 11)
    P(d, B("EKSPERTA ATZINUMS"), align="c", size=14)
    P(d, "par enerģētikas nozares divu profesionālo kvalifikāciju modulāro izglītības programmu un "
         "kvalifikācijas eksāmenu saturu", align="c")
    P(d)
    P(d, B("Eksperts: "), "Dr. sc. ing. Māris Bērziņš, AS „Latgales Energoserviss”, vecākais releju aizsardzības inženieris",
      space_after=0)
    P(d, B("Datums: "), "2026-03-09")
    P(d, "Atzinums sagatavots pēc LDDK 2026. gada 16. februāra lūguma. Vērtēšanai saņēmu četrus dokumentus – abu "
         "kvalifikāciju MIP un PKE projektus. Vērtējot ņēmu vērā 2025. gadā pilnveidoto enerģētikas nozares "
         "kvalifikāciju struktūru un spēkā esošos elektrodrošības noteikumus.", align="j")
    P(d, B("1. Elektromontieris (LKI 3. līmenis)"), size=12)
    P(d, B("1.1. Modulārā izglītības programma"))
    P(d, "Programmas kodols – elektroinstalācijas montāža, kabeļu līniju ierīkošana un sadalņu komplektēšana – "
         "aprakstīts pārliecinoši, mācību rezultāti ir izmērāmi. Taču:", align="j")
    for t in [
        "– modulī „Elektroinstalāciju montāža ēkās” jāiekļauj zemējuma un potenciālu izlīdzināšanas sistēmu "
        "pārbaude, kas šobrīd pieminēta tikai garāmejot;",
        "– nav paredzēta instruktāža darbam ar paaugstinātas bīstamības iekārtām pirms darba vidē balstītām mācībām;",
        "– vairākos moduļos kā mācību līdzeklis norādīts LVS HD 60364 vecais izdevums;",
        "– moduļa „Apgaismojuma sistēmas” apjoms (120 st.) 3. līmeņa kvalifikācijai šķiet pārspīlēts.",
    ]:
        P(d, t, indent=0.75)
    P(d, B("1.2. Profesionālās kvalifikācijas eksāmens"))
    P(d, "Teorētiskā daļa un praktiskais uzdevums (sadalnes montāža un pieslēgšana ar mērījumu protokolu) ir "
         "sabalansēti, vērtēšanas kritēriji skaidri. Iebildumu nav.", align="j")
    P(d, B("2. Elektrotehniķis (LKI 4. līmenis)"), size=12)
    P(d, B("2.1. Modulārā izglītības programma"))
    P(d, "Labi izstrādāta programma. Īpaši vērtīgi, ka iekļauts modulis par saules paneļu pieslēgšanu tīklam un "
         "viedajiem skaitītājiem – tieši to uzņēmumi šobrīd prasa. Piezīmju, kas prasītu labojumus, man nav.",
      align="j")
    P(d, B("2.2. Profesionālās kvalifikācijas eksāmens"))
    P(d, "Šeit aina ir pretēja. Praktiskais uzdevums būtībā atkārto elektromontiera uzdevumu (sadalnes montāža), "
         "un 4. līmeņa kompetences – shēmu lasīšana un izstrāde, aizsardzības iestatījumu pārbaude, bojājumu "
         "meklēšana – netiek pārbaudītas vispār. Teorijas testā 40 jautājumi no 60 ir identiski elektromontiera "
         "testam.", align="j")
    P(d, B("Kopvērtējums"), size=12)
    P(d, "Elektromontiera MIP saturs ir atbalstāms, tomēr saskaņošanai virzāms tikai pēc 1.1. apakšpunktā "
         "minēto precizējumu veikšanas. Elektromontiera PKE saturs ir atbalstāms un virzāms saskaņošanai.",
      align="j")
    P(d, "Elektrotehniķa MIP atbalstu pilnībā – to var virzīt saskaņošanai bez precizējumiem. Elektrotehniķa PKE "
         "saturs pašreizējā redakcijā nav atbalstāms: eksāmens jāveido no jauna un jāiesniedz atkārtotai "
         "ekspertīzei.", align="j")
    P(d)
    P(d, "M. Bērziņš", align="r")
    build("r7a03_Berzins_elektromontieris+elektrotehnikis_galigais.docx", d,
          rows=[R("elektromontieris", "MIP", "needs_corrections"),
                R("elektromontieris", "PKE", "supported"),
                R("elektrotehniķis", "MIP", "supported"),
                R("elektrotehniķis", "PKE", "not_supported")],
          expert="Māris Bērziņš", date="2026-03-09",
          author="Māris Bērziņš", created="2026-03-09T17:45:00",
          note="Two qualifications, numbered sections 1./2. with sub-points per document; verdicts only in "
               "'Kopvērtējums'. Expert with academic title (label drops 'Dr. sc. ing.'), ISO date. "
               "'bez precizējumiem' -> supported.")


# ======================================================================= 04
def f04():
    d = new_doc("Arial", 10)
    P(d, "Gmail - mebelu galdnieks MIP un PKE", size=8, color="808080")
    P(d, B("mebelu galdnieks MIP un PKE"), size=13)
    P(d, B("Janis Liepins"), " <janis.liepins.mebeles@gmail.com>", space_after=0)
    P(d, "Thu, Mar 12, 2026 at 9:41 PM", size=9, color="555555", space_after=0)
    P(d, "To: Baiba Kruze <baiba.kruze@lddk.lv>", size=9, color="555555")
    P(d)
    P(d, "Sveiki,")
    P(d, "izskatiju abus dokumentus mebelu galdniekam, sorry ka tik velu, bija daudz darba razosana.")
    P(d, "MIP - kopuma ok, moduli atbilst tam ko mes daram darbnica. Bet ir lietas kas jaizlabo pirms to sutat talak:")
    P(d, "- nav nekas par CNC apstrades centriem, tikai par parastajam iekartam. musdienu mebelu razosana bez ta neiztiek")
    P(d, "- virsmas apdarei (lakosana, ellosana) par maz stundu")
    P(d, "- modulis 'Korpusa mebelu izgatavosana' dubulto prasibas no 'Mebelu montaza'")
    P(d, "Ja to salabo tad no manas puses MIP var virzit saskanosanai. t.i. atbalstu ar precizejumiem.")
    P(d, "PKE gan ta nevar palaist. Praktiskais uzdevums (taburete ar tapu savienojumiem) ir 4h, realitate tas nav "
         "izdarams, un vertesanas kriteriji ir tik visparigi ka katrs komisijas loceklis vertes pa savam. PKE saturs "
         "nav atbalstams, jataisa no jauna un jasuta man vel reiz.")
    P(d)
    P(d, "Janis Liepins", space_after=0)
    P(d, "SIA Koka Meistari, razosanas vaditajs")
    build("r7a04_mebelu galdnieks MIP PKE - Liepins.docx", d,
          rows=[R("mēbeļu galdnieks", "MIP", "needs_corrections"),
                R("mēbeļu galdnieks", "PKE", "not_supported")],
          expert="Janis Liepins", date="2026-03-12",
          author="", created="2026-03-13T08:05:00",
          note="Gmail print (English headers) pasted into Word, hasty text without diacritics; name as written "
               "without diacritics. MIP 'atbalstu ar precizejumiem', PKE 'nav atbalstams'. Empty core author.")


# ======================================================================= 05
def f05():
    d = new_doc("Calibri", 11)
    P(d, B("Laura Vītola"), space_after=0)
    P(d, "meža apsaimniekošanas eksperte, AS „Ziemeļu Meži”", space_after=0)
    P(d, "2026. gada 17. februārī")
    P(d)
    P(d, B("Atkārtots viedoklis par mežsaimniecības tehniķa modulāro izglītības programmu"), size=13)
    P(d, "Šis ir mans otrais viedoklis par šo programmu. 2026. gada 20. janvārī nosūtītajā vērtējumā programmu "
         "neatbalstīju – galvenokārt tāpēc, ka tajā pilnībā trūka meža inventarizācijas ar ģeogrāfiskās "
         "informācijas sistēmu rīkiem un nebija nekā par meža apsaimniekošanas plāna sagatavošanu. Darba grupa "
         "iebildumus ņēmusi vērā nopietni.", align="j")
    P(d, "Ko redzu jaunajā redakcijā:")
    P(d, "• pievienots modulis „Meža inventarizācija un datu apstrāde” (80 st.), kurā apgūst gan lauka "
         "uzmērījumus, gan darbu ar ĢIS – tieši tas, kas trūka;", indent=0.6)
    P(d, "• apsaimniekošanas plāna sagatavošana tagad ir noslēguma projekta daļa;", indent=0.6)
    P(d, "• precizētas atsauces uz Meža likumu un Ministru kabineta noteikumiem par koku ciršanu;", indent=0.6)
    P(d, "• darba vidē balstīto mācību apraksts kļuvis konkrētāks.", indent=0.6)
    P(d, "Kvalifikācijas eksāmena saturs šajā kārtā atkārtotai vērtēšanai netika iesniegts, tāpēc šeit par to "
         "nerunāju.", align="j")
    P(d, B("Secinājumi"))
    P(d, "Pārstrādātā programma ir atbalstāma un virzāma saskaņošanai. Pievienoju vēl divus ieteikumus, kurus darba "
         "grupa var ņemt vērā pēc saviem ieskatiem – tie nav priekšnoteikums saskaņošanai: mācību līdzekļu sarakstā "
         "varētu iekļaut Valsts meža dienesta metodiskos materiālus, un modulī par meža atjaunošanu būtu vērts "
         "pieminēt klimata pārmaiņu ietekmi uz koku sugu izvēli.", align="j")
    P(d)
    P(d, "L. Vītola")
    build("r7a05_Vītola_mežsaimniecības tehniķis_MIP_atkārtoti.docx", d,
          rows=[R("mežsaimniecības tehniķis", "MIP", "supported")],
          expert="Laura Vītola", date="2026-02-17",
          author="Laura Vītola", created="2026-02-17T14:20:00",
          note="Second-round review, MIP only; history sentence 'programmu neatbalstīju' (January) must not count. "
               "PKE explicitly not resubmitted -> no row. Optional suggestions explicitly not a precondition -> supported.")


# ======================================================================= 06 (not a review)
def f06():
    d = new_doc("Times New Roman", 12)
    P(d, B("LDDK nozaru ekspertu darba sanāksmes"), align="c")
    P(d, B("PROTOKOLS Nr. 4"), align="c")
    P(d, "Tiešsaistē (MS Teams), 2026. gada 4. martā, plkst. 15.00–16.20", align="c")
    P(d)
    P(d, B("Piedalās: "), "B. Krūze (projekta koordinatore), E. Muceniece (protokolē); eksperti A. Kalniņš, "
         "L. Vītola, M. Bērziņš, J. Liepiņš, E. Zariņš, R. Ābele.")
    P(d, B("Darba kārtība:"))
    P(d, "1. Informācija par projekta 4. posma ekspertīžu gaitu.", indent=0.5, space_after=0)
    P(d, "2. Atkārtotās ekspertīzes kārtība.", indent=0.5, space_after=0)
    P(d, "3. Dažādi.", indent=0.5)
    P(d, B("1. Par ekspertīžu gaitu"))
    P(d, "B. Krūze informēja, ka pabeigta motorzāģa operatora un mehatronisko sistēmu tehniķa MIP un PKE satura "
         "ekspertīze; abos gadījumos MIP saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai. "
         "Mežsaimniecības tehniķa MIP pēc atkārtotas ekspertīzes atzīta par atbalstāmu un virzāmu saskaņošanai. "
         "Elektrotehniķa PKE eksperts nav atbalstījis; skolai nosūtīts lūgums eksāmenu pārstrādāt.", align="j")
    P(d, I("Nolēma: "), "informāciju pieņemt zināšanai.")
    P(d, B("2. Par atkārtoto ekspertīzi"))
    P(d, "Diskusija par to, kā rīkoties, ja skola precizējumus veikusi tikai daļēji. R. Ābele ierosināja, ka "
         "atkārtotā atzinumā eksperts vērtē tikai izmainītās daļas. L. Vītola atbalsta priekšlikumu, bet lūdz "
         "skolām pievienot izmaiņu sarakstu. M. Bērziņš norādīja, ka bez izmaiņu saraksta salīdzināšana "
         "aizņem nesamērīgi daudz laika.", align="j")
    P(d, I("Nolēma: "), "atkārtotu ekspertīzi veic tas pats eksperts; skola pievieno izmaiņu sarakstu; atzinumā "
         "norāda iepriekšējā atzinuma datumu.")
    P(d, B("3. Dažādi"))
    P(d, "J. Liepiņš lūdza pagarināt mēbeļu galdnieka dokumentu vērtēšanas termiņu līdz 13. martam. Iebildumu nav.")
    P(d)
    P(d, "Sanāksmi vadīja: B. Krūze")
    P(d, "Protokolēja: E. Muceniece")
    build("r7a06_protokols_sanaksme_04.03.2026.docx", d,
          problems=["no_verdict"],
          author="Evija Muceniece", created="2026-03-05T10:00:00",
          note="NOT a review: meeting minutes restating earlier verdicts ('atbalstāms, pēc precizējumu veikšanas "
               "virzāms', 'nav atbalstījis') and using 'atbalsta priekšlikumu'. No rows; one no_verdict.")


# ======================================================================= 07
def f07():
    d = new_doc("Calibri", 11)
    P(d, B("Edgars Zariņš"), size=14, space_after=0)
    P(d, "Tehniskais direktors, SIA „Klimata Tehnika”", space_after=0, color="595959")
    P(d, "Ogre, Rīgas iela 41 · edgars@klimatatehnika.lv", space_after=0, color="595959", size=9)
    rule(d)
    P(d, "05.03.2026.", align="r")
    P(d, B("Viedoklis par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE"))
    P(d, "Kā nozares praktiķis, kas ik gadu pieņem darbā trīs vai četrus jaunos speciālistus no profesionālajām "
         "skolām, dokumentus lasīju ar vienu jautājumu galvā: vai pēc šīs programmas beidzējs spēs patstāvīgi "
         "nodot ekspluatācijā vidēja izmēra ventilācijas sistēmu? Atbilde – gandrīz.", align="j")
    P(d, B("Par programmu. "), "Moduļi par gaisa apstrādes iekārtām, automātiku un sistēmu balansēšanu uzrakstīti "
         "ar izpratni. Pilnībā iztrūkst aukstumaģentu apsaimniekošanas – bez F-gāzu sertifikāta tehniķis nedrīkst "
         "strādāt ar kondicionēšanas iekārtām, tāpēc programmā jābūt vismaz sagatavošanai šim sertifikātam. "
         "Tāpat vairākās vietās atsauces uz būvnormatīviem ir novecojušas, jāpārbauda aktuālās redakcijas.",
      align="j")
    P(d, B("Par eksāmenu. "), "Praktiskais uzdevums (gaisa plūsmu mērīšana un regulēšana pēc projekta, ar "
         "nodošanas akta aizpildīšanu) ir tuvu reālam darbam. Teorijas jautājumi aptver visus moduļus. Te man "
         "nav ko piebilst.", align="j")
    P(d, B("Noslēgumā"))
    P(d, "Programmu var atbalstīt ar nosacījumu, ka pirms iesniegšanas saskaņošanai to papildina ar aukstumaģentu "
         "tēmu un izlabo atsauces uz būvnormatīviem. Eksāmena saturs ir labi sabalansēts: iebildumu nav, to var "
         "virzīt saskaņošanai.", align="j")
    P(d)
    P(d, "E. Zariņš")
    build("r7a07_VGK sistemu tehnikis_Zarins.docx", d,
          rows=[R(VGK_T, "MIP", "needs_corrections"), R(VGK_T, "PKE", "supported")],
          expert="Edgars Zariņš", date="2026-03-05",
          author="Baiba Krūze", created="2026-03-06T09:10:00",
          note="Letterhead (name + role above the title), dd.mm.yyyy. date, 'Noslēgumā' heading. MIP 'var atbalstīt "
               "ar nosacījumu, ka pirms iesniegšanas saskaņošanai...' -> needs_corrections; PKE 'iebildumu nav' -> "
               "supported. Core author = coordinator.")


# ======================================================================= 08
def f08():
    d = new_doc("Arial", 10)
    for k, v in [("Kam:", "LDDK projekta koordinatorei"),
                 ("No:", "A. Grīnberga, VGK iekārtu servisa inženiere"),
                 ("Datums:", "2026. gada 27. februārī"),
                 ("Par:", "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka PKE")]:
        P(d, B(k), "\t" + v, space_after=2)
    rule(d)
    P(d, "Modulāro programmu šai kvalifikācijai vērtē cits eksperts, tāpēc manas piezīmes attiecas tikai uz "
         "eksāmenu.")
    P(d, "1. Teorētiskās daļas 50 jautājumos vismaz 28 attiecas uz sistēmu projektēšanu un gaisa daudzuma "
         "aprēķiniem – tā ir sistēmu tehniķa (4. līmeņa) kompetence, nevis remontatslēdznieka.", indent=0.5)
    P(d, "2. Praktiskajā daļā nav neviena uzdevuma par kompresora vai ventilatora bojājuma diagnostiku un "
         "nomaiņu, lai gan tieši tas ir remontatslēdznieka ikdiena.", indent=0.5)
    P(d, "3. Vērtēšanas lapā darba drošībai atvēlēti tikai 5 punkti no 100.", indent=0.5)
    P(d, "Eksāmena saturu šādā veidā atbalstīt nevaru. Lūdzu pēc pārstrādes atsūtīt to vēlreiz – labprāt "
         "paskatīšos arī kādu starpversiju.")
    build("r7a08_PKE VGK iekārtu remontatslēdznieks (A.Grīnberga).docx", d,
          rows=[R(VGK_R, "PKE", "not_supported")],
          expert="A. Grīnberga", date="2026-02-27",
          author="agrinberga", created="2026-02-27T13:40:00",
          note="Memo with Kam/No/Datums block; expert only as initial + surname. PKE only (MIP by another expert "
               "-> no row). 'atbalstīt nevaru' -> not_supported. Mentions '4. līmeņa' for another qualification; "
               "level from register (3).")


# ======================================================================= 09
def f09():
    d = new_doc("Cambria", 11)
    P(d, "Mg. sc. ing. Renārs Ābele", b=True, space_after=0)
    P(d, "SIA „Baltic Automation Works”, automatizācijas nodaļas vadītājs", i=True)
    P(d)
    P(d, B("Ekspertīzes atzinums"), align="c", size=14)
    P(d, "Mehatronisko sistēmu tehniķis (LKI 4. līmenis): modulārās izglītības programmas un profesionālās "
         "kvalifikācijas eksāmena saturs", align="c", i=True)
    P(d, B("Ievadam"))
    P(d, "Atzinums sagatavots LDDK deleģējuma ietvaros projekta 4. posmā. Izvērtēju programmas versiju, kas "
         "datēta ar 2026. gada 12. janvāri, un tāda paša datuma eksāmena satura projektu. Vērtējumā balstījos uz "
         "mašīnbūves un metālapstrādes nozares profesionālās kvalifikācijas prasībām un savu pieredzi, vadot "
         "ražošanas līniju automatizācijas projektus. Turpmāk – piezīmes pa moduļiem, tad par eksāmenu, beigās "
         "slēdziens.", align="j")
    P(d, B("Piezīmes par programmu"))
    mods = [
        ("Elektrotehnikas un elektronikas pamati. ",
         "Saturs atbilstošs, mācību rezultāti formulēti darbības vārdos un ir pārbaudāmi. Iesaku vairāk uzsvērt "
         "mērinstrumentu (osciloskopa, multimetra) lietošanu praktiskajās nodarbībās, bet tas ir ieteikums, ne prasība."),
        ("Pneimatika un hidraulika. ",
         "Šis modulis pašreizējā redakcijā nav atbalstāms. Hidraulikai atvēlētas vien 16 stundas, elektropneimatika "
         "nav minēta vispār, un mācību rezultātos nav neviena, kas prasītu nolasīt vai salasīt shēmu pēc ISO 1219. "
         "Modulis jāpārstrādā, palielinot apjomu vismaz līdz 80 stundām."),
        ("Programmējamie loģiskie kontrolieri. ",
         "Labs modulis. Būtu vērts nepiesaistīties konkrētam ražotājam – programmā minēts tikai viens PLC zīmols, "
         "bet uzņēmumos izmanto dažādus."),
        ("Robotika. ",
         "Pārāk teorētisks. Drošības prasības darbam ar industriālajiem robotiem (ISO 10218) jāiekļauj kā "
         "atsevišķs mācību rezultāts, un jāparedz vismaz pamata programmēšana ar vadības pulti."),
        ("Mehatronisko sistēmu tehniskā apkope. ",
         "Bez iebildumiem; īpaši novērtēju preventīvās apkopes plāna sastādīšanu kā mācību uzdevumu."),
        ("Darba vidē balstītas mācības. ",
         "Apraksts ir vispārīgs, taču tāds tas ir arī citu programmu līdzīgos moduļos, tāpēc to neuzskatu par trūkumu."),
    ]
    for h, t in mods:
        P(d, I(h), t, align="j", indent=0.5)
    P(d, B("Piezīmes par eksāmenu"))
    P(d, "Eksāmenu veido teorētiskā daļa (tests, 60 jautājumi) un praktiskā daļa, kurā eksaminējamais "
         "diagnosticē un novērš bojājumu mācību mehatroniskajā stendā un sagatavo īsu tehnisko ziņojumu. "
         "Uzdevums labi atspoguļo tehniķa darbu. Vērtēšanas kritēriji ir izmērāmi, laika normas reālas. "
         "Teorijas jautājumu banka aptver visus programmas moduļus proporcionāli to apjomam. Labojumi nav "
         "nepieciešami.", align="j")
    P(d, "Vēl kāda vispārīga piebilde: darba grupa ir paveikusi lielu darbu, un bez uzņēmumu metodiskā atbalsta "
         "tik detalizētu stendu aprakstu izveidot nebūtu iespējams. Tas jāņem vērā, plānojot nākamās programmas.",
      align="j")
    P(d, B("Slēdziens"))
    P(d, "1. MIP saturs kopumā ir atbalstāms; pēc iepriekš minēto precizējumu veikšanas (moduļos „Pneimatika un "
         "hidraulika” un „Robotika”) virzāms saskaņošanai.", indent=0.5)
    P(d, "2. PKE saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.", indent=0.5)
    P(d)
    P(d, "Rīgā, 28.01.2026.", space_after=0)
    P(d, "R. Ābele")
    build("r7a09_Abele_mehatronika_atzinums_final.docx", d,
          rows=[R("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
                R("mehatronisko sistēmu tehniķis", "PKE", "supported")],
          expert="Renārs Ābele", date="2026-01-28",
          author="Renārs Ābele", created="2026-01-28T16:00:00",
          note="Long review, module-by-module remarks; one module 'nav atbalstāms' in the body, outranked by the "
               "'Slēdziens' (MIP atbalstāms, pēc precizējumiem). PKE 'bez precizējumiem' -> supported. Noun trap "
               "'metodiskā atbalsta'. Title 'Mg. sc. ing.' dropped from label.")


# ======================================================================= 10
def f10():
    d = new_doc("Calibri", 11)
    P(d, B("Metinātāja kvalifikācijas MIP un PKE – eksperta vērtējums"), size=13)
    P(d, "Pēc LDDK lūguma esmu izvērtējis metinātāja kvalifikācijas (LKI 3. līmenis) modulārās izglītības "
         "programmas un kvalifikācijas eksāmena saturu. Mašīnbūves un metālapstrādes nozarē šī ir viena no "
         "pieprasītākajām profesijām – uzņēmumi metinātājus meklē pastāvīgi, tāpēc programmas kvalitāte nozarei "
         "ir ļoti būtiska.", align="j")
    P(d, B("Par programmu"))
    P(d, "Programma aptver MAG, MMA un TIG metināšanu, kas atbilst pieprasījumam. Labi, ka ir atsevišķs modulis "
         "par šuvju vizuālo kontroli un metināšanas procedūru specifikāciju lasīšanu. Praktisko mācību apjoms ir "
         "pietiekams. Labot šeit neko nevajag.", align="j")
    P(d, B("Par eksāmenu"))
    P(d, "Praktiskajā daļā jāmetina divi paraugi, taču nav norādīti ne loksnes biezumi, ne šuvju pieņemšanas "
         "līmenis. Bez tā komisijas vērtējums būs subjektīvs. Teorijas daļa laba.", align="j")
    P(d, "Rezumējot: programma ir atbalstāma, un to var nodot saskaņošanai. Eksāmenu arī atbalstu, bet "
         "saskaņošanai to nevirzīt, kamēr praktiskajā uzdevumā nav norādīti paraugu izmēri un pieņemšanas "
         "kritēriji atbilstoši LVS EN ISO 5817 (kvalitātes līmenis C).", align="j")
    P(d)
    P(d, "Kaspars Dūmiņš", space_after=0)
    P(d, "IWE, metināšanas inženieris, SIA „Kurzemes Metāls”", space_after=0)
    P(d, "Liepājā, 15.04.2026.")
    build("r7a10_Metinatajs_Dumins.docx", d,
          rows=[R("metinātājs", "MIP", "supported", lki=3),
                R("metinātājs", "PKE", "needs_corrections", lki=3)],
          problems=["unknown_qualification"],
          expert="Kaspars Dūmiņš", date="2026-04-15",
          author="Kaspars", created="2026-04-15T18:22:00",
          note="Qualification not in the register (metinātājs, LKI 3 stated). 'Rezumējot' without heading. PKE: "
               "'atbalstu, bet saskaņošanai to nevirzīt, kamēr...' -> needs_corrections (negated 'nevirzīt' is a "
               "condition, not a rejection).")


# ======================================================================= 11
def f11():
    d = new_doc("Calibri", 11)
    P(d, "Labdien!")
    P(d, "Nosūtu savas piezīmes par kokapstrādes iekārtu operatora PKE saturu (versija, kas saņemta 30. martā).")
    for t in [
        "1. Teorijas testā ir jautājumi par CNC programmēšanu, kas ir datorizēto iekārtu operatora, nevis šīs "
        "kvalifikācijas kompetence.",
        "2. Praktiskajā uzdevumā nav norādīts, kādas iekārtas eksaminējamais drīkst izmantot – vai ēvelmašīna un "
        "frēze būs pieejamas visiem vienlaikus?",
        "3. Vērtēšanas lapā kritērijs „kvalitatīvi izpildīts darbs” nav izmērāms; vajag pielaides milimetros.",
        "4. Laika norma (6 st.) man šķiet reāla.",
    ]:
        P(d, t, indent=0.5)
    P(d, "Gala vērtējumu (atbalstāms / neatbalstāms) gribētu sniegt pēc tam, kad būsim tikušies ar darba grupu – "
         "man ir jautājumi par to, kā viņi iedomājušies praktiskā uzdevuma organizēšanu skolas darbnīcā, un no "
         "atbildēm ir atkarīgs, vai eksāmens vispār ir īstenojams.", align="j")
    P(d)
    P(d, "Dace Kļaviņa", space_after=0)
    P(d, "2026. gada 8. aprīlī")
    build("r7a11_kokapstrades iekartu operators PKE piezimes.docx", d,
          rows=[R("kokapstrādes iekārtu operators", "PKE", "unknown")],
          problems=["no_verdict"],
          expert="Dace Kļaviņa", date="2026-04-08",
          author="Dace", created="2026-04-08T12:00:00",
          note="Remarks on PKE, verdict explicitly postponed until a meeting; '(atbalstāms / neatbalstāms)' lists "
               "options only -> unknown + no_verdict.")


# ======================================================================= 12
def f12():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("No:", "Ivars Sproģis <ivars.sprogis@kokpro.lv>"),
        ("Nosūtīts:", "piektdiena, 2026. gada 20. marts 14:37"),
        ("Kam:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Tēma:", "KIRT atzinums"),
    ])
    P(d, "Sveika!")
    P(d, "Pielikums kaut kā negribēja pievienoties, tāpēc atzinumu ielīmēju tepat zemāk.")
    P(d, "Īsi par rezultātu: gan MIP, gan PKE ir atbalstāmi un virzāmi saskaņošanai, lielas problēmas neredzu.")
    P(d, "Ivars")
    rule(d)
    P(d, B("ATZINUMS"), align="c")
    P(d, "Koka izstrādājumu ražošanas tehniķis, LKI 4", align="c", space_after=0)
    P(d, "Eksperts: Ivars Sproģis, SIA „KokPro”, ražošanas direktors", align="c", space_after=0)
    P(d, "Datums: 20.03.2026.", align="c")
    P(d, B("Modulārā izglītības programma. "), "Moduļi par kokmateriālu īpašībām, CNC apstrādi un kvalitātes "
         "kontroli ir labi. Modulī „Ražošanas plānošana un organizēšana” nav nekā par uzņēmuma resursu plānošanas "
         "(ERP) sistēmām un pašizmaksas aprēķinu, kas tehniķim ir pamatuzdevums; modulis jāpārraksta.", align="j")
    P(d, B("Kvalifikācijas eksāmens. "), "Praktiskais uzdevums – izstrādājuma tehnoloģiskās kartes sagatavošana un "
         "CNC programmas pārbaude – ir atbilstošs. Iebildumu nav.", align="j")
    P(d, B("Secinājumi"))
    P(d, "MIP saturs nav atbalstāms, kamēr nav pārstrādāts modulis „Ražošanas plānošana un organizēšana”.")
    P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    build("r7a12_KIRT atzinums_Sprogis.docx", d,
          rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", "unknown"),
                R("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
          problems=["conflict"],
          expert="Ivars Sproģis", date="2026-03-20",
          author="Baiba Krūze", created="2026-03-20T15:02:00",
          note="E-mail body says both MIP and PKE 'atbalstāmi un virzāmi'; the pasted atzinums from the same expert, "
               "same day, says MIP 'nav atbalstāms'. Two current statements of equal weight -> MIP unknown + "
               "conflict. PKE agrees in both -> supported. File name uses the abbreviation KIRT.")


# ======================================================================= 13
def f13():
    d = new_doc("Times New Roman", 12)
    AU, DT = "Sandra Kalniņa", "2026-03-02T11:15:00Z"
    P(d, "Sandra Kalniņa, SIA „Logu un durvju darbnīca” tehnoloģe", align="r", size=10, space_after=0)
    P(d, "2026. gada 2. martā", align="r", size=10)
    P(d, B("Vērtējums: būvizstrādājumu galdnieks (MIP un PKE)"), size=13)
    P(d, "Programmu un eksāmenu izskatīju divas reizes – pirmo reizi februāra vidū, otro pēc tam, kad darba grupa "
         "atsūtīja papildinātu vērtēšanas lapu. Šajā failā ar ieslēgtu izmaiņu izsekošanu atstāju savus labojumus, "
         "lai koordinatore redz, kas mainījies.", align="j")
    P(d, B("Piezīmes par programmu"))
    for t in [
        "1. Logu un durvju izgatavošanas modulis ir detalizēts un atbilst mūsdienu ražošanai.",
        "2. Trūkst mācību rezultāta par logu montāžu atbilstoši siltumtehniskajām prasībām (montāžas šuves "
        "trīs slāņu princips).",
        "3. Kāpņu izgatavošana – labi.",
        "4. Koka fasāžu apdares elementi minēti tikai moduļa nosaukumā, saturā to nav.",
        "5. Darba aizsardzības modulis jāsasaista ar konkrētām iekārtām (formātzāģis, četrpusēja ēvelmašīna).",
    ]:
        P(d, t, indent=0.5)
    P(d, B("Piezīmes par eksāmenu"))
    para = P(d, "Praktiskais uzdevums – loga rāmja izgatavošana pēc rasējuma – ir piemērots. ")
    tracked(para, "del", "Vērtēšanas lapa eksāmena materiāliem nav pievienota, tāpēc vērtēšanas kārtību izvērtēt "
                         "nevaru.", AU, DT)
    tracked(para, "ins", "Papildinātā vērtēšanas lapa ir skaidra, kritēriji izmērāmi.", AU, DT)
    P(d, B("Slēdziens"))
    para = P(d, "Būvizstrādājumu galdnieka MIP saturs ir atbalstāms")
    tracked(para, "del", " un virzāms saskaņošanai", AU, DT)
    tracked(para, "ins", "; pēc precizējumu veikšanas (sk. 2., 4. un 5. piezīmi) virzāms saskaņošanai", AU, DT)
    para.add_run(".")
    para = P(d, "PKE saturs ")
    tracked(para, "del", "nav atbalstāms", AU, DT)
    tracked(para, "ins", "ir atbalstāms un virzāms saskaņošanai", AU, DT)
    para.add_run(".")
    P(d)
    P(d, "S. Kalniņa")
    build("r7a13_Būvizstrādājumu galdnieks_Kalniņa_ar labojumiem.docx", d,
          rows=[R("būvizstrādājumu galdnieks", "MIP", "needs_corrections"),
                R("būvizstrādājumu galdnieks", "PKE", "supported")],
          expert="Sandra Kalniņa", date="2026-03-02",
          author="Sandra Kalniņa", created="2026-02-16T10:00:00",
          note="Tracked changes (w:del/w:ins) in the conclusion: MIP 'un virzāms saskaņošanai' deleted, "
               "'; pēc precizējumu veikšanas ... virzāms' inserted -> needs_corrections; PKE 'nav atbalstāms' deleted, "
               "'ir atbalstāms un virzāms saskaņošanai' inserted -> supported.")


# ======================================================================= 14
def f14():
    d = new_doc("Calibri", 11)
    P(d, "Guntis Ozols", b=True, space_after=0)
    P(d, "mežizstrādes tehnikas instruktors, SIA „Harvestera Serviss”")
    P(d, B("Par meža mašīnu operatora (3. LKI) izglītības programmu un eksāmenu"))
    P(d, "Labdien, godātie kolēģi!")
    P(d, "Sūtu savu vērtējumu. Pēc 5. maija sanāksmes ar darba grupu programmas vērtējumu mainīju – veco "
         "formulējumu atstāju nosvītrotu, lai redzat atšķirību.", align="j")
    P(d, B("Programma"))
    P(d, "Simulatora mācībām atvēlētas 60 stundas, bet mūsu pieredzē jaunam operatoram līdz patstāvīgam darbam "
         "harvesterā vajag vismaz divreiz vairāk. Forvardera vadība programmā ir tikai kā apakštēma. Kravas "
         "izvietošana, meža ceļu izmantošana, degvielas un eļļu noplūžu novēršana – kārtībā.", align="j")
    P(d, "Vērtējums: ",
      S("atbalstāma bez precizējumiem, virzāma saskaņošanai."),
      " atbalstāma, bet saskaņošanai virzāma tikai pēc tam, kad būs palielināts simulatora stundu skaits un "
      "pievienots atsevišķs forvardera vadības modulis.", align="j")
    P(d, B("Eksāmens"))
    P(d, "Praktiskais uzdevums paredz harvestera vadīšanu reālā cirsmā. Skolai ar vienu mašīnu to praktiski nav "
         "iespējams nodrošināt visiem eksaminējamajiem vienā dienā, un alternatīva uz simulatora nav paredzēta. "
         "Tāds eksāmens nav īstenojams, tāpēc to neatbalstu. Jāpārstrādā un jāatsūta vēlreiz.", align="j")
    P(d)
    P(d, "Guntis Ozols", space_after=0)
    P(d, "2026. gada 6. maijā")
    build("r7a14_Ozols meza masinu operators.docx", d,
          rows=[R("meža mašīnu operators", "MIP", "needs_corrections", lki=3),
                R("meža mašīnu operators", "PKE", "not_supported", lki=3)],
          expert="Guntis Ozols", date="2026-05-06",
          author="Guntis Ozols", created="2026-05-06T19:30:00",
          note="Manual strike-through of the old MIP verdict ('atbalstāma bez precizējumiem') followed by the current "
               "one (virzāma tikai pēc...) -> needs_corrections. PKE 'neatbalstu' -> not_supported. Level '3. LKI'.")


# ======================================================================= 15
def f15():
    d = new_doc("Calibri", 11)
    P(d, B("Datorizētu kokapstrādes iekārtu operators un kokapstrādes iekārtu operators – MIP un PKE"))
    P(d, "Visus četrus dokumentus izskatīju. Būtisku iebildumu nav, atbalstu un iesaku virzīt saskaņošanai.")
    P(d, "Sīkums, ko darba grupa var izlabot pēc saviem ieskatiem: DKIO eksāmena 7. jautājumā kļūdaina "
         "mērvienība (m/min vietā mm/min). Saskaņošanu tas nekavē.")
    P(d, "R. Krūmiņš, 22.04.2026")
    build("r7a15_Krumins_isi.docx", d,
          rows=[R("datorizētu kokapstrādes iekārtu operators", "MIP", "supported"),
                R("datorizētu kokapstrādes iekārtu operators", "PKE", "supported"),
                R("kokapstrādes iekārtu operators", "MIP", "supported"),
                R("kokapstrādes iekārtu operators", "PKE", "supported")],
          expert="R. Krūmiņš", date="2026-04-22",
          author="Baiba Krūze", created="2026-04-22T08:45:00",
          note="Very short memo: one sentence covers four documents ('visus četrus dokumentus ... atbalstu un iesaku "
               "virzīt'). Typo remark explicitly optional -> supported. Abbreviation DKIO. Initial + surname.")


# ======================================================================= 16 (not a review)
def f16():
    d = new_doc("Georgia", 11)
    P(d, "AKTUALITĀTES", size=9, color="C00000")
    P(d, B("Nozaru eksperti turpina vērtēt profesionālās izglītības programmas"), size=16)
    P(d, "2026. gada 14. aprīlī", i=True, color="808080")
    P(d, "Latvijas Darba devēju konfederācija (LDDK) arī šogad turpina darbu Eiropas Savienības Kohēzijas "
         "politikas programmas projektā, kurā nozaru eksperti izvērtē profesionālās izglītības iestāžu darba grupu "
         "izstrādātās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.",
      align="j")
    P(d, "Projekta 4. posmā līdz 31. martam ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un "
         "mehatronisko sistēmu tehniķa kvalifikācijām. Vairumā gadījumu eksperti atzina, ka saturs ir atbalstāms, "
         "taču pirms virzīšanas saskaņošanai nepieciešami precizējumi.", align="j")
    P(d, "„Mums ir svarīgi, lai skolu beidzēji nāktu uz uzņēmumiem ar prasmēm, kas atbilst šodienas "
         "tehnoloģijām. Tāpēc eksperti vērtē ne tikai dokumentu formu, bet arī to, vai eksāmens tiešām pārbauda "
         "to, ko sagaida darba devējs,” stāsta projekta koordinatore Baiba Krūze.", align="j")
    P(d, "Nozares uzņēmumi šo darbu aktīvi atbalsta, deleģējot savus speciālistus un piedāvājot prakses vietas. "
         "Projekts tiek īstenots ar Eiropas Sociālā fonda Plus atbalstu.", align="j")
    P(d, "Līdz jūlijam plānots pabeigt vēl deviņu kvalifikāciju – tostarp elektromontiera, elektrotehniķa un "
         "mēbeļu galdnieka – MIP un PKE ekspertīzi.", align="j")
    build("r7a16_Aktualitate_majaslapai.docx", d,
          problems=["no_verdict"],
          author="Evija Muceniece", created="2026-04-14T11:00:00",
          note="NOT a review: news item for the website; 'saturs ir atbalstāms ... nepieciešami precizējumi' in "
               "general terms, 'atbalsta' with its own subject, 'ar ... fonda atbalstu'. No rows; no_verdict.")


# ======================================================================= 17
def f17():
    d = new_doc("Calibri", 11)
    header_lines(d, ["Zane Priedīte  |  kokapstrādes tehnoloģe, SIA „Vītolu Koks”  |  zane.priedite@vitolukoks.lv"])
    P(d, "Rēzeknē, 2026. gada 19. maijā")
    P(d, "LDDK projekta koordinatorei B. Krūzei")
    P(d)
    P(d, B("Par kokrūpniecības kvalifikāciju modulārajām izglītības programmām"))
    P(d, "Saskaņā ar 1. aprīļa norīkojumu izvērtēju trīs modulārās izglītības programmas. Eksāmenu saturu šīm "
         "kvalifikācijām vērtē kolēģi, tāpēc par PKE šeit neko nerakstu.", align="j")
    P(d, B("A. Kokapstrādes iekārtu operators (LKI 3)"))
    P(d, "Programmā ir septiņi moduļi, bet trīs no tiem (ēvelēšana, frēzēšana, urbšana) faktiski ir viens un tas "
         "pats teksts ar nomainītu iekārtas nosaukumu. Nav neviena mācību rezultāta par iekārtu iestatīšanu un "
         "instrumentu nomaiņu, kas ir operatora pamatdarbs. Darba drošība aprakstīta ļoti vispārīgi. Šo programmu "
         "atbalstīt nevaru; tā jāpārstrādā un jāiesniedz vēlreiz.", align="j")
    P(d, B("B. Datorizētu kokapstrādes iekārtu operators (LKI 4)"))
    P(d, "Krietni labāka. CNC programmēšanas un CAM moduļi ir aktuāli, uzdevumi tuvi ražošanai. Jāsakārto divas "
         "lietas: 1) nav skaidrs, kurā modulī apgūst instrumentu mērīšanu un kalibrēšanu; 2) nesakrīt moduļu "
         "apjomu summa ar programmas kopapjomu (1480 pret 1520 st.). Atbalstāma. Saskaņošanai gan iesaku virzīt "
         "tikai tad, kad abi punkti būs sakārtoti.", align="j")
    P(d, B("C. Meža mašīnu operators (LKI 3)"))
    P(d, "Lai gan tā nav gluži mana joma, programmu lasīju kopā ar kolēģi no mežizstrādes uzņēmuma, un mūsu "
         "viedokļi sakrīt: programma ir pārdomāta un reāla. Atbalstu un virzītu saskaņošanai bez labojumiem.",
      align="j")
    P(d)
    P(d, "Ar cieņu –")
    P(d, "Zane Priedīte")
    build("r7a17_Priedite_MIP_3 kvalifikacijas.docx", d,
          rows=[R("kokapstrādes iekārtu operators", "MIP", "not_supported"),
                R("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
                R("meža mašīnu operators", "MIP", "supported")],
          expert="Zane Priedīte", date="2026-05-19",
          author="Zane Priedīte", created="2026-05-19T10:30:00",
          note="Letterhead in the Word header; lettered sections A/B/C; MIP only (PKE by colleagues -> no rows). "
               "B: 'Atbalstāma.' with the condition in the next sentence -> needs_corrections.")


# ======================================================================= 18
def f18():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("From:", "Pēteris Gailītis <peteris.gailitis@energoprojekts.lv>"),
        ("Sent:", "Monday, April 13, 2026 8:52 AM"),
        ("To:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Subject:", "RE: Elektrotehniķis PKE labotais"),
    ])
    P(d, "Baiba, sveika!")
    P(d, "Paskatījos labojumus, ko skola iestrādājusi. Visas trīs manas piezīmes ir ņemtas vērā, vērtēšanas "
         "kritēriji tagad ir izmērāmi, un bojājumu meklēšanas uzdevums ir pievienots. Līdz ar to elektrotehniķa "
         "PKE saturu tagad atbalstu, un to var virzīt saskaņošanai.")
    P(d, "Pēteris")
    P(d, "--", space_after=0)
    P(d, "Pēteris Gailītis", space_after=0, size=9)
    P(d, "elektroenerģētikas eksperts, SIA „Energoprojekts”", size=9)
    rule(d)
    mail_head(d, [
        ("From:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Sent:", "Thursday, April 9, 2026 3:10 PM"),
        ("To:", "Pēteris Gailītis <peteris.gailitis@energoprojekts.lv>"),
        ("Subject:", "Elektrotehniķis PKE labotais"),
    ])
    P(d, "Labdien, Pēteri!")
    P(d, "Pielikumā skolas labotā PKE versija pēc Tava marta atzinuma. Lūdzu apskati, vai tagad to var virzīt "
         "tālāk.")
    P(d, "Baiba")
    rule(d)
    mail_head(d, [
        ("From:", "Pēteris Gailītis <peteris.gailitis@energoprojekts.lv>"),
        ("Sent:", "Tuesday, March 17, 2026 7:30 PM"),
        ("To:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Subject:", "Elektrotehniķis PKE"),
    ])
    P(d, "Elektrotehniķa PKE saturs šādā veidā nav atbalstāms: 1) vērtēšanas kritēriji nav izmērāmi; 2) nav "
         "bojājumu meklēšanas uzdevuma; 3) laika norma teorijai par īsu. Lūdzu nodot skolai.", color="1F3864")
    P(d, "P. Gailītis", color="1F3864")
    build("r7a18_RE_ Elektrotehniķis PKE labotais.docx", d,
          rows=[R("elektrotehniķis", "PKE", "supported")],
          expert="Pēteris Gailītis", date="2026-04-13",
          author="Baiba Krūze", created="2026-04-13T09:05:00",
          note="Outlook thread with English headers. Newest message: PKE 'tagad atbalstu, un to var virzīt' -> "
               "supported, dated 13 April. Quoted March message from the same expert ('nav atbalstāms') is history "
               "and is outranked.")


# ======================================================================= 19 (not a review)
def f19():
    d = new_doc("Calibri", 11)
    P(d, B("NORĀDĪJUMI NOZARU EKSPERTIEM MIP UN PKE SATURA ATZINUMA SAGATAVOŠANAI"), align="c")
    P(d, "(projekta 5. posms, 2026. gada aprīlis–jūlijs)", align="c", i=True)
    pts = [
        "Atzinumu sagatavo brīvā formā latviešu valodā, vēlams ne garāku par trim lappusēm.",
        "Atzinuma sākumā norāda profesionālās kvalifikācijas nosaukumu, LKI līmeni un to, kuru dokumentu "
        "(MIP, PKE vai abus) eksperts vērtē.",
        "Piezīmes strukturē pa moduļiem (MIP) vai eksāmena daļām (PKE). Katrai piezīmei, ja iespējams, norāda, vai "
        "tā ir obligāta vai ieteikuma rakstura.",
        "Ja dokuments tiek vērtēts atkārtoti, norāda iepriekšējā atzinuma datumu un to, kuri iebildumi novērsti.",
        "Atzinuma noslēgumā katram dokumentam atsevišķi norāda vienu no šiem vērtējumiem:\n"
        "• saturs ir atbalstāms un virzāms saskaņošanai;\n"
        "• saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;\n"
        "• saturs nav atbalstāms.",
        "Piemērs: „Mēbeļu galdnieka MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai "
        "(sk. 2.–4. punktu). Mēbeļu galdnieka PKE saturs ir atbalstāms un virzāms saskaņošanai.”",
        "Atzinumu paraksta ar vārdu un uzvārdu, norāda datumu un nosūta koordinatorei e-pastā .docx formātā.",
        "Jautājumu gadījumā sazinieties ar projekta koordinatori Baibu Krūzi (baiba.kruze@lddk.lv). Koordinatores "
        "metodiskais atbalsts pieejams arī tiešsaistes konsultācijās otrdienās.",
    ]
    for n, t in enumerate(pts, 1):
        P(d, f"{n}. {t}", align="j")
    build("r7a19_Noradijumi ekspertiem_5posms.docx", d,
          problems=["no_verdict"],
          author="Baiba Krūze", created="2026-04-02T09:00:00",
          note="NOT a review: instructions listing all three verdict options and a worked example with a concrete "
               "qualification (mēbeļu galdnieks). No rows; no_verdict.")


# ======================================================================= 20
def f20():
    d = new_doc("Calibri", 11)
    P(d, "Valdis Krastiņš", b=True, space_after=0)
    P(d, "SIA „Elektrons-R”, valdes loceklis, elektrotīklu būvinženieris", space_after=0)
    P(d, "2026. g. 3. jūnijs")
    P(d)
    P(d, B("Atzinums par elektromontiera un VGK iekārtu remontatslēdznieka izglītības programmām un eksāmeniem"))
    P(d, "Vērtēju četrus dokumentus, kas saņemti 2026. gada 18. maijā. Piezīmes sakārtotas pa kvalifikācijām.")
    P(d, B("ELEKTROMONTIERIS"))
    P(d, I("Programma. "), "Saturs atbilst elektromontiera darbam būvobjektā un sadales tīklā, moduļu secība "
         "loģiska, apjomi samērīgi. Atbalstu, var virzīt saskaņošanai – būtisku iebildumu nav.", align="j")
    P(d, I("Eksāmens. "), "Eksāmena saturu atbalstu, taču trešais praktiskais uzdevums (gaisvadu līnijas balsta "
         "uzstādīšana) skolas apstākļos nav izpildāms un jāaizstāj, piemēram, ar kabeļa uzmavas montāžu. Tikai pēc "
         "šīs nomaiņas sūtāms saskaņošanai.", align="j")
    P(d, B("VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS"))
    P(d, I("Programma. "), "Saturs drīzāk atbilst kondicionieru montētājam, nevis remontatslēdzniekam: diagnostikai "
         "un remontam atvēlēta mazāk nekā piektā daļa apjoma, bet montāžai – puse. Šādu programmu neatbalstu.",
      align="j")
    P(d, I("Eksāmens. "), "Paradoksālā kārtā eksāmens ir labāks nekā programma – uzdevumi ir tieši par bojājumu "
         "diagnostiku un detaļu nomaiņu. Atbalstāms un virzāms saskaņošanai. Kad programmu pārstrādās, tai "
         "vajadzētu pielāgoties eksāmenam, nevis otrādi.", align="j")
    P(d)
    P(d, "Valdis Krastiņš")
    build("r7a20_Krastiņš_elektromontieris_VGK.docx", d,
          rows=[R("elektromontieris", "MIP", "supported"),
                R("elektromontieris", "PKE", "needs_corrections"),
                R(VGK_R, "MIP", "not_supported"),
                R(VGK_R, "PKE", "supported")],
          expert="Valdis Krastiņš", date="2026-06-03",
          author="Valdis", created="2026-06-03T21:10:00",
          note="Two qualifications under ALL-CAPS headings, 'Programma'/'Eksāmens' paragraphs. Elektromontieris PKE: "
               "'atbalstu, taču ... Tikai pēc šīs nomaiņas sūtāms saskaņošanai' -> needs_corrections. Short "
               "title uses 'VGK iekārtu remontatslēdznieks'. Date '2026. g. 3. jūnijs'.")


# ======================================================================= 21
def f21():
    d = new_doc("Times New Roman", 12)
    P(d, B("Par mēbeļu galdnieka kvalifikācijas eksāmenu"), align="c")
    P(d)
    P(d, "Cienījamā koordinatore!")
    P(d, "Man tika lūgts izvērtēt tikai mēbeļu galdnieka (3. profesionālās kvalifikācijas līmenis) kvalifikācijas "
         "eksāmena saturu; programmu vērtē cits eksperts. Mēbeļu ražošanā strādāju vairāk nekā 15 gadus, pēdējos "
         "piecus – kā ražošanas meistare, un vairākkārt esmu bijusi eksāmenu komisijā.", align="j")
    P(d, "Eksāmena uzbūve man šķiet loģiska: teorijas tests, rasējuma lasīšana un praktiskais darbs. Praktiskais "
         "uzdevums – skapīša ar viramām durvīm izgatavošana – ir piemērots un pārbauda gan savienojumu "
         "izgatavošanu, gan furnitūras montāžu. Tomēr vērtēšanas lapā trūkst kritēriju par virsmas apdares "
         "kvalitāti un izmēru precizitāti (pielaidēm), bet laika norma nav norādīta vispār.", align="j")
    P(d, "Eksāmena saturs kopumā ir atbalstāms. Tomēr saskaņošanai to virzīt var tikai tad, kad vērtēšanas lapa "
         "būs papildināta ar minētajiem kritērijiem un būs norādīta laika norma.", align="j")
    P(d)
    P(d, "Ar cieņu", space_after=0)
    P(d, "Agnese Sīle", space_after=0)
    P(d, "SIA „Kurši Mēbeles” ražošanas meistare", space_after=0)
    P(d, "Rīgā, 25.03.2026.")
    build("r7a21_Sile_mebelu galdnieka eksamens.docx", d,
          rows=[R("mēbeļu galdnieks", "PKE", "needs_corrections", lki=4)],
          expert="Agnese Sīle", date="2026-03-25",
          author="Agnese Sīle", created="2026-03-25T12:12:00",
          note="PKE only (MIP by another expert). Qualification in running text (genitive). Old-style level "
               "'3. profesionālās kvalifikācijas līmenis' (= LKI 4). 'kopumā ir atbalstāms. Tomēr ... virzīt var "
               "tikai tad, kad' -> needs_corrections, condition in the next sentence.")


# ======================================================================= 22 (not a review)
def f22():
    d = new_doc("Times New Roman", 12)
    P(d, B("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA"), align="c", size=13)
    P(d, "Rīgā, 2026. gada 1. aprīlī", space_after=0)
    P(d, "Nr. 2-7/118")
    P(d, "Nozaru ekspertiem (pēc saraksta)", align="r")
    P(d, B("Par nozaru ekspertu norīkošanu MIP un PKE satura ekspertīzei projekta 5. posmā"))
    P(d, "Lūdzam sniegt atzinumus par šādu profesionālo kvalifikāciju dokumentiem atbilstoši turpmāk norādītajam "
         "sadalījumam un termiņiem. Atzinumā eksperts norāda, vai saturs ir atbalstāms un virzāms saskaņošanai, "
         "atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.", align="j")
    rows = [
        ("Kvalifikācija", "Dokuments", "Eksperts", "Termiņš"),
        ("Kokapstrādes iekārtu operators", "MIP", "Zane Priedīte", "20.05.2026."),
        ("Kokapstrādes iekārtu operators", "PKE", "Dace Kļaviņa", "15.04.2026."),
        ("Datorizētu kokapstrādes iekārtu operators", "MIP, PKE", "Roberts Krūmiņš", "24.04.2026."),
        ("Meža mašīnu operators", "MIP, PKE", "Guntis Ozols", "08.05.2026."),
        ("Elektromontieris", "MIP, PKE", "Valdis Krastiņš", "05.06.2026."),
        ("Elektrotehniķis", "PKE", "Normunds Siliņš", "10.07.2026."),
        ("VGK iekārtu remontatslēdznieks", "MIP, PKE", "Juris Mednis", "15.05.2026."),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0:
                for rr in t.cell(i, j).paragraphs[0].runs:
                    rr.bold = True
    P(d)
    P(d, "Atzinumus lūdzam sūtīt projekta koordinatorei. Paldies par atbalstu un sadarbību!", align="j")
    P(d)
    P(d, "Projekta koordinatore\tB. Krūze")
    build("r7a22_Norikojums_ekspertiem_2-7-118.docx", d,
          problems=["no_verdict"],
          author="Baiba Krūze", created="2026-04-01T14:00:00",
          note="NOT a review: assignment letter with a table of qualifications, documents, experts and deadlines; "
               "lists the verdict options; 'Paldies par atbalstu'. No rows; no_verdict.")


# ======================================================================= 23
def f23():
    d = new_doc("Calibri", 11)
    P(d, B("Motorzāģa operators – atkārtotā ekspertīze (2. kārta)"), size=13)
    P(d, "Artūrs Lapiņš, sertificēts mežizstrādes darbu vadītājs · 21.04.2026", color="404040")
    P(d)
    P(d, "Šī ir otrā kārta. Pirmajā (janvāra beigās) programmu neatbalstīju, jo tajā nebija bīstamo koku gāšanas "
         "un darba ar vinču, bet eksāmenu atbalstīju ar precizējumiem. Skola abus dokumentus ir pārstrādājusi.",
      align="j")
    P(d, B("Kas mainījies programmā"))
    P(d, "Bīstamo koku gāšanai tagad ir atsevišķs mācību rezultāts ar praktisko nodarbību, pievienota tēma par "
         "vinču un ķīļu lietošanu, precizēti apjomi. Visi mani iebildumi ir novērsti.", align="j")
    P(d, B("Kas mainījies eksāmenā"))
    P(d, "Vērtēšanas lapa papildināta, tas ir labi. Taču laika norma praktiskajam uzdevumam joprojām ir 8 stundas, "
         "lai gan uzdevuma apjomam pietiek ar 6; ar 8 stundām eksāmens vienā dienā nav organizējams, ja jāeksaminē "
         "vairāk par četriem audzēkņiem. Pārējais kārtībā.", align="j")
    P(d, B("Kopvērtējums"))
    P(d, "MIP – atbalstīšanai un virzīšanai saskaņošanai, bez iebildumiem.", indent=0.5)
    P(d, "PKE – arī šoreiz atbalstāms tikai ar precizējumiem: pirms virzīšanas saskaņošanai jākoriģē praktiskā "
         "uzdevuma laika norma.", indent=0.5)
    P(d)
    P(d, "A. Lapiņš")
    build("r7a23_Lapins_motorzaga operators_2 karta.docx", d,
          rows=[R("motorzāģa operators", "MIP", "supported"),
                R("motorzāģa operators", "PKE", "needs_corrections")],
          expert="Artūrs Lapiņš", date="2026-04-21",
          author="Artūrs Lapiņš", created="2026-04-21T07:50:00",
          note="Second round with history (programmu neatbalstīju / eksāmenu atbalstīju ar precizējumiem). Current "
               "verdicts as nominal phrases: MIP 'atbalstīšanai un virzīšanai saskaņošanai, bez iebildumiem' -> "
               "supported; PKE 'arī šoreiz atbalstāms tikai ar precizējumiem' -> needs_corrections.")


# ======================================================================= 24
def f24():
    d = new_doc("Calibri", 11)
    P(d, B("Atzinums par mežsaimniecības tehniķa MIP un PKE"), align="c", size=13)
    P(d, "2026. gada 11. martā", align="c")
    P(d)
    P(d, "Darba grupa (vadītāja I. Zeltiņa) iesniedza abus dokumentus vienlaikus, un tie ir savstarpēji saskaņoti, "
         "kas atvieglo vērtēšanu.", align="j")
    P(d, B("Modulārā programma"))
    P(d, "Programma aptver visu tehniķa darba loku – no meža inventarizācijas līdz mežizstrādes organizēšanai un "
         "meža atjaunošanai. Mācību rezultāti ir konkrēti. Darba vidē balstītās mācības paredzētas gan valsts, gan "
         "privāto mežu apsaimniekotāju uzņēmumos. Programmu var virzīt saskaņošanai; tā ir atbalstāma tādā veidā, "
         "kā iesniegta.", align="j")
    P(d, B("Kvalifikācijas eksāmens"))
    P(d, "Teorētiskās daļas jautājumi lielā mērā atkārto pamatizglītības bioloģijas kursu, bet praktiskajā daļā nav "
         "meža inventarizācijas vai cirsmas sagatavošanas uzdevuma – tātad netiek pārbaudīts tieši tas, ko tehniķis "
         "dara. Eksāmena saturs nav atbalstāms; tas jāpārstrādā kopā ar nozares praktiķiem.", align="j")
    build("r7a24_atzinums mezsaimniecibas tehnikis.docx", d,
          rows=[R("mežsaimniecības tehniķis", "MIP", "supported"),
                R("mežsaimniecības tehniķis", "PKE", "not_supported")],
          expert="", date="2026-03-11",
          author="Baiba Krūze", created="2026-03-12T09:00:00",
          note="Unsigned review: no expert name anywhere -> expert empty (the working-group leader 'I. Zeltiņa' is "
               "not the reviewer; core author is the coordinator). MIP supported, PKE not_supported.")


# ======================================================================= 25
def f25():
    d = new_doc("Calibri", 11)
    P(d, B("Elīna Pūce"), ", Mg. sc. ing.", space_after=0)
    P(d, "kokapstrādes tehnoloģe")
    rule(d)
    P(d, B("Koka izstrādājumu ražošanas tehniķa programma un eksāmens – ekspertes piezīmes"))
    P(d, "Vērtēju programmu un eksāmenu, ņemot vērā 2025. gadā pilnveidotās kokrūpniecības nozares kvalifikāciju "
         "struktūras prasības.", align="j")
    P(d, "Programma ir mūsdienīga: tajā ir gan ražošanas plānošana, gan kvalitātes vadība, gan darbs ar CAD/CAM. "
         "Patika, ka noslēguma projekts veidots kā reāls uzņēmuma pasūtījums. Programmai piekrītu pilnībā – atbalstu "
         "tās virzīšanu saskaņošanai.", align="j")
    P(d, "Ar eksāmenu ir nedaudz sarežģītāk. Teorijas daļa laba, taču praktiskajā daļā tehnoloģiskā procesa karte "
         "jāizstrādā izstrādājumam, kura rasējums nav pievienots eksāmena materiāliem, un vērtēšanas kritērijos nav "
         "paredzēts pašizmaksas aprēķins. Eksāmena saturu arī atbalstu, tikai ne pašreizējā versijā sūtīt tālāk: "
         "vispirms jāpievieno rasējums un jāpapildina kritēriji.", align="j")
    P(d)
    P(d, "E. Pūce")
    build("r7a25_Pūce KIRT MIP PKE.docx", d,
          rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", "supported"),
                R("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections")],
          expert="Elīna Pūce", date="",
          author="Elīna Pūce", created="2026-03-30T22:15:00",
          note="No date anywhere in the text (only the year 2025 in passing) -> date empty although the file has a "
               "creation date. MIP 'piekrītu pilnībā – atbalstu tās virzīšanu' -> supported; PKE 'atbalstu, tikai ne "
               "pašreizējā versijā sūtīt tālāk: vispirms...' -> needs_corrections.")


# ======================================================================= 26
def f26():
    d = new_doc("Calibri", 11)
    header_lines(d, ["Mārtiņš Rubenis", "elektroinženieris · SIA „Volta Būve” · tālr. 26 418 905"], align="l")
    footer_text(d, "Eksperta viedoklis sagatavots LDDK projekta vajadzībām")
    P(d, "Jelgavā, 2026. gada 18. februārī", align="r")
    P(d, B("Par elektrotehniķa un elektromontiera modulārajām izglītības programmām"))
    P(d, "Izskatīju abu kvalifikāciju MIP projektus. Eksāmenu saturu, cik saprotu, vērtē cits eksperts, tāpēc to "
         "šeit neaplūkoju.", align="j")
    P(d, B("Elektrotehniķis. "), "Programma ir plaša un kopumā kvalitatīva, taču ir divas nepilnības. Pirmkārt, "
         "nav apgūta elektroietaišu nodošana ekspluatācijā (pārbaudes un mērījumu protokoli) – tas ir viens no "
         "tehniķa galvenajiem uzdevumiem. Otrkārt, moduļos par automātiku nav minēta darba drošība, strādājot "
         "zem sprieguma. Programma ir atbalstāma, bet ar precizējumiem; kad abi punkti būs novērsti, iebildumu pret "
         "virzīšanu saskaņošanai man nebūs.", align="j")
    P(d, B("Elektromontieris. "), "Skaidra, praktiska programma, kas atbilst 3. līmeņa kvalifikācijai. Darba devēji "
         "šādu sagatavotību gaida un atbalsta. Šo programmu atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.",
      align="j")
    P(d)
    P(d, "Ar cieņu,")
    P(d, "M. Rubenis")
    build("r7a26_Rubenis_elektro MIP.docx", d,
          rows=[R("elektrotehniķis", "MIP", "needs_corrections"),
                R("elektromontieris", "MIP", "supported")],
          expert="Mārtiņš Rubenis", date="2026-02-18",
          author="Mārtiņš Rubenis", created="2026-02-18T15:00:00",
          note="Full name only in the Word header (letterhead); body signed 'M. Rubenis'. MIP only (PKE by another "
               "expert). 'atbalstāma, bet ar precizējumiem' -> needs_corrections; 'Darba devēji ... atbalsta' is not "
               "a verdict.")


# ======================================================================= 27
def f27():
    d = new_doc("Calibri", 11)
    P(d, "Oskars Vanags", b=True, space_after=0)
    P(d, "SIA „Vanags Metāls” tehniskais vadītājs", space_after=0)
    P(d, "2026. gada 28. maijā")
    P(d)
    P(d, "Kolēģi,")
    P(d, "šoreiz man bija uzticēti trīs dokumenti: metālapstrādes darbgaldu operatora (LKI 3. līmenis) programma un "
         "eksāmens, kā arī mehatronisko sistēmu tehniķa eksāmens. Mehatronikas programmu vērtēju jau janvārī, tāpēc "
         "pie tās neatgriežos.", align="j")
    P(d, B("Kvalifikācija nr. 1: metālapstrādes darbgaldu operators"))
    P(d, "Programma veidota tā, it kā uzņēmumos joprojām strādātu tikai ar universālajām virpām un frēzmašīnām. CNC "
         "darbgaldiem veltīts viens ievadmodulis, mērinstrumentu lietošana un tehniskā rasējuma lasīšana ir virspusēja. "
         "Eksāmenā praktiskais uzdevums ir vienkāršas vārpstas virpošana bez pielaidēm, ko varētu izpildīt otrā kursa "
         "audzēknis. Ne programmu, ne eksāmenu šajā redakcijā atbalstīt nav iespējams; abi dokumenti būtiski "
         "jāpārstrādā.", align="j")
    P(d, B("Kvalifikācija nr. 2: mehatronisko sistēmu tehniķis (tikai PKE)"))
    P(d, "Eksāmens ir labi izveidots: bojājuma diagnostika stendā, tehniskais ziņojums, skaidri kritēriji. Piezīmju "
         "nav. Eksāmenu atbalstu; to var virzīt saskaņošanai.", align="j")
    P(d)
    P(d, "O. Vanags")
    build("r7a27_Vanags_metalapstrade_maijs.docx", d,
          rows=[R("metālapstrādes darbgaldu operators", "MIP", "not_supported", lki=3),
                R("metālapstrādes darbgaldu operators", "PKE", "not_supported", lki=3),
                R("mehatronisko sistēmu tehniķis", "PKE", "supported")],
          problems=["unknown_qualification"],
          expert="Oskars Vanags", date="2026-05-28",
          author="Oskars Vanags", created="2026-05-28T11:11:00",
          note="Labelled sections 'Kvalifikācija nr. 1/2'. Qualification not in register (metālapstrādes darbgaldu "
               "operators, LKI 3 stated): 'Ne programmu, ne eksāmenu ... atbalstīt nav iespējams' -> both not_supported. "
               "Mehatronika: PKE only (MIP reviewed in January, not here) -> supported.")


# ======================================================================= 28
def f28():
    d = new_doc("Arial", 10)
    P(d, "Gmail", b=True, color="D93025", space_after=0)
    P(d, "Baiba Krūze <baiba.kruze@lddk.lv>", align="r", size=9)
    rule(d)
    P(d, B("VGK sistēmu tehniķis – mans vērtējums"), size=13, space_after=0)
    P(d, "1 message", size=9, color="666666")
    rule(d)
    P(d, B("Inese Balode"), " <inese.balode@ventprojekts.lv>\t\tThu, Apr 30, 2026 at 3:27 PM", space_after=0)
    P(d, "To: Baiba Krūze <baiba.kruze@lddk.lv>", size=9, color="666666")
    P(d)
    P(d, "Sveika, Baiba,")
    P(d, "izlasīju VGK sistēmu tehniķa MIP un PKE. Īsumā:")
    P(d, "Programma – pārdomāta, ar labu līdzsvaru starp teoriju un praksi; automātikas un energoefektivitātes "
         "tēmas ir tieši tās, kas vajadzīgas. Pret tās virzīšanu saskaņošanai man nav iebildumu, atbalstu.")
    P(d, "Eksāmens – ar to ir sliktāk. Praktiskajā daļā tehniķim jāsamontē gaisa vads un jāuzstāda reste, kas ir "
         "montētāja, nevis tehniķa darbs; nodošana ekspluatācijā un regulēšana nav pārbaudīta vispār. Pašreizējā "
         "veidā eksāmenu neatbalstu; pēc pārstrādes labprāt paskatīšos vēlreiz.")
    P(d, "Ja ir jautājumi, zvani.")
    P(d, "Inese")
    P(d, "--", space_after=0)
    P(d, "Inese Balode", space_after=0, size=9)
    P(d, "Projektu vadītāja, SIA „Ventprojekts”", size=9)
    build("r7a28_VGK sistemu tehnikis - Balode (gmail).docx", d,
          rows=[R(VGK_T, "MIP", "supported"), R(VGK_T, "PKE", "not_supported")],
          expert="Inese Balode", date="2026-04-30",
          author="", created="2026-05-04T08:30:00",
          note="Gmail print pasted into Word (English date line). Alias 'VGK sistēmu tehniķis'. MIP 'man nav "
               "iebildumu, atbalstu' -> supported; PKE 'Pašreizējā veidā eksāmenu neatbalstu' -> not_supported.")


# ======================================================================= 29
def f29():
    d = new_doc("Calibri", 11)
    P(d, "Raimonds Zvirbulis", space_after=0)
    P(d, "2026.g. 11.maija")
    P(d, B("Atzinums par divu kokrupniecibas kvalifikaciju MIP un PKE"))
    P(d, "(rakstu bez garumzimem, jo stradaju no plansetes objekta)", i=True, size=9)
    P(d, B("1) Meza masinu operators (LKI 3)"))
    P(d, "MIP. Programma kopuma laba, ipasi moduli par harvestera un forvardera apkopi. Tomer simulatora stundas "
         "sadalitas nevienmerigi - forvarderim 20, harvesterim 80, lai gan darba tirgu vairak vajag tiesi "
         "forvardera operatorus. Ari dabas aizsardzibas prasibas cirsmas (ekologiskie koki, mitraji) jaizcel "
         "atseviska macibu rezultata.")
    P(d, "Secinajums par MIP: atbalstams, pec precizejumu veiksanas virzams saskanosanai.")
    P(d, "PKE. Teorija un prakse sabalanseta, vertesanas lapa skaidra. Eksamens atbalstams un virzams "
         "saskanosanai.")
    P(d, B("2) Koka izstradajumu razosanas tehnikis (LKI 4)"))
    P(d, "MIP. Seit problemas ir nopietnakas. Puse programmas ir kopeta no galdnieka programmas, tehnika limena "
         "kompetences (razosanas planosana, kvalitates vadiba, komandas vadisana) nav aprakstitas vispar. "
         "Programma sada veida nav atbalstama, vajag parstradat un iesniegt atkartoti.")
    P(d, "PKE. Pretstata programmai eksamens ir tiesi tehnika limeni - tehnologiska karte, pasizmaksa, kvalitates "
         "kontroles plans. Saturs atbalstams, var virzit saskanosanai bez labojumiem.")
    P(d)
    P(d, "R. Zvirbulis")
    build("r7a29_Zvirbulis_MMO_KIRT.docx", d,
          rows=[R("meža mašīnu operators", "MIP", "needs_corrections", lki=3),
                R("meža mašīnu operators", "PKE", "supported", lki=3),
                R("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", lki=4),
                R("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", lki=4)],
          expert="Raimonds Zvirbulis", date="2026-05-11",
          author="Raimonds", created="2026-05-11T18:40:00",
          note="Whole text without diacritics (qualification names too), two qualifications numbered 1)/2) with "
               "MIP/PKE paragraphs. Date '2026.g. 11.maija'. Verdicts in canonical wording without diacritics.")


# ======================================================================= 30
def f30():
    d = new_doc("Calibri", 11)
    P(d, "Jeļena Kovaļova", b=True, space_after=0)
    P(d, "elektroenerģētikas eksperte", space_after=0)
    P(d, "10.02.2026")
    P(d)
    P(d, B("Elektromontiera modulārā izglītības programma: viedoklis"), size=13)
    P(d, "Paldies par iespēju piedalīties. PKE projekts man vēl nav atsūtīts, tāpēc šoreiz runa ir tikai par "
         "programmu.", align="j")
    P(d, "Vispirms par pozitīvo. Redzams, ka darba grupa ir centusies, un nozares uzņēmumi atbalsta prakses vietu "
         "nodrošināšanu – programmā tas labi izmantots, darba vidē balstītām mācībām paredzēta trešdaļa apjoma.",
      align="j")
    P(d, "Tomēr problēmas ir nopietnas:", align="j")
    for t in [
        "– elektrodrošības grupas iegūšana programmā nav paredzēta, lai gan bez tās montieris nedrīkst strādāt;",
        "– mērījumu modulī nav izolācijas pretestības un cilpas pilnās pretestības mērījumu;",
        "– kabeļu līniju un gaisvadu līniju montāža apvienotas vienā 40 stundu modulī, kas nav reāli;",
        "– mācību rezultāti daudzviet formulēti kā „zina” un „izprot”, nevis kā darbības.",
    ]:
        P(d, t, indent=0.5)
    P(d, "Skolām ieviešanā noteikti vajadzēs metodisko atbalstu, īpaši praktisko darbu vērtēšanā.", align="j")
    P(d, B("Noslēgumā"))
    para = P(d, "Diemžēl programmu šādā redakcijā atbalstīt nevaru. ")
    run = para.add_run("Tā būtu jāatgriež darba grupai pārstrādei, un pēc tam vēlētos to redzēt vēlreiz.")
    d.add_comment(run, text="Varbūt tomēr atbalstāma ar precizējumiem? Lūdzu pārdomāt.", author="Baiba Krūze",
                  initials="BK")
    build("r7a30_Kovaļova elektromontieris MIP.docx", d,
          rows=[R("elektromontieris", "MIP", "not_supported")],
          expert="Jeļena Kovaļova", date="2026-02-10",
          author="Jeļena Kovaļova", created="2026-02-10T10:10:00",
          note="MIP only (PKE not yet received). 'atbalstīt nevaru' under 'Noslēgumā' -> not_supported. Noun/3rd-"
               "person traps ('uzņēmumi atbalsta', 'metodisko atbalstu'). A Word comment by the coordinator suggests "
               "'atbalstāma ar precizējumiem' - comments are not the verdict.")


# ======================================================================= 31
def f31():
    d = new_doc("Times New Roman", 12)
    P(d, "Dr. sc. ing. Kristīne Eglīte", b=True, align="c", space_after=0)
    P(d, "asociētā profesore, kokapstrādes tehnoloģiju studiju virziena vadītāja", align="c", i=True)
    rule(d)
    P(d, "2026. gada 16. jūnijā", align="r")
    P(d, B("Ekspertīzes atzinums par trīs kokrūpniecības nozares kvalifikāciju dokumentiem (projekta 5. posms)"),
      align="c")
    P(d, "Atzinumā apkopots mans vērtējums par piecu dokumentu saturu. Katrā sadaļā vispirms sniegtas piezīmes, "
         "tad vērtējums.", align="j")
    P(d, B("I. Mēbeļu galdnieks (MIP un PKE)"))
    P(d, "Programma ir pilnveidota atbilstoši nozares kvalifikāciju struktūrai; jauns ir modulis par mēbeļu "
         "projektēšanu ar CAD un par ilgtspējīgu materiālu izvēli. Programmas saturu atbalstu un uzskatu, ka to var "
         "virzīt saskaņošanai.", align="j")
    P(d, "Eksāmenā praktiskais uzdevums un vērtēšana ir labi pārdomāti, taču teorijas testā vairāki jautājumi "
         "attiecas uz jau atceltiem standartiem (sk. 12., 19. un 33. jautājumu). Eksāmena saturs atbalstāms ar "
         "nelieliem precizējumiem – pēc minēto jautājumu nomaiņas virzāms saskaņošanai.", align="j")
    P(d, B("II. Būvizstrādājumu galdnieks (MIP un PKE)"))
    P(d, "Programma kopumā laba, taču tajā nav aplūkota koka konstrukciju ugunsdrošība un impregnēšana. "
         "Atbalstāma, pēc precizējumiem virzāma saskaņošanai.", align="j")
    P(d, "Eksāmena praktiskais uzdevums gandrīz burtiski sakrīt ar mēbeļu galdnieka uzdevumu (skapītis ar durvīm), "
         "un tas nepārbauda ne logu, ne durvju, ne kāpņu izgatavošanu. Eksāmena saturs nav atbalstāms.", align="j")
    P(d, B("III. Kokapstrādes iekārtu operators (tikai PKE; programmu vērtēja Z. Priedīte)"))
    P(d, "Eksāmens atbilst kvalifikācijas prasībām, uzdevumi izpildāmi skolas darbnīcā, kritēriji izmērāmi. "
         "Atbalstāms un virzāms saskaņošanai.", align="j")
    P(d)
    P(d, "Ar cieņu")
    P(d, "Kristīne Eglīte")
    build("r7a31_Eglite_kokrupnieciba_galigais.docx", d,
          rows=[R("mēbeļu galdnieks", "MIP", "supported"),
                R("mēbeļu galdnieks", "PKE", "needs_corrections"),
                R("būvizstrādājumu galdnieks", "MIP", "needs_corrections"),
                R("būvizstrādājumu galdnieks", "PKE", "not_supported"),
                R("kokapstrādes iekārtu operators", "PKE", "supported")],
          expert="Kristīne Eglīte", date="2026-06-16",
          author="Kristīne Eglīte", created="2026-06-16T13:25:00",
          note="Three qualifications under Roman numerals, verdicts inside each section (no global conclusion). "
               "III covers PKE only (MIP by another expert, named in the heading -> no row, and Z. Priedīte is not "
               "this file's expert). Academic title dropped.")


# ======================================================================= 32
def f32():
    d = new_doc("Calibri", 11)
    P(d, "Normunds Siliņš", b=True, space_after=0)
    P(d, "SIA „Energoauditors” vadošais inženieris", space_after=0)
    P(d, f"Rīgā, 2026.{NBSP}gada 7.{NBSP}jūlijā")
    P(d)
    P(d, B("Elektrotehniķa kvalifikācijas eksāmena saturs"))
    P(d, "Saņemtais eksāmena projekts sastāv no teorijas testa (50 jautājumi), diviem praktiskajiem uzdevumiem un "
         "vērtēšanas lapas. Uzdevumi – vadības shēmas samontēšana pēc dotā principiālā slēguma un bojājuma "
         "atrašana trīsfāzu motora vadībā – atbilst tehniķa līmenim.", align="j")
    P(d, "Kvalifikācijas eksāmena saturu atbalstu ar precizējumiem. Pirms dokumentu nodod saskaņošanai, jāveic šādi "
         "labojumi:", align="j")
    for t in ["1) teorijas testā jāizņem jautājumi par elektromontiera kompetencēm (4., 17., 28.–31.);",
              "2) vērtēšanas lapā jānorāda minimālais punktu skaits katrā daļā atsevišķi;",
              "3) otrajam praktiskajam uzdevumam jāpievieno mērījumu protokola veidlapa."]:
        P(d, t, indent=0.6)
    P(d, "Par modulāro programmu savu vērtējumu nosūtīšu atsevišķi nākamnedēļ.", align="j")
    P(d)
    P(d, "N. Siliņš")
    build("r7a32_Silins elektrotehnikis PKE.docx", d,
          rows=[R("elektrotehniķis", "PKE", "needs_corrections")],
          expert="Normunds Siliņš", date="2026-07-07",
          author="Normunds Siliņš", created="2026-07-07T09:45:00",
          note="PKE only; MIP explicitly deferred to a separate review -> no MIP row. 'atbalstu ar precizējumiem. "
               "Pirms dokumentu nodod saskaņošanai, jāveic...' -> needs_corrections. Non-breaking spaces in the date.")


# ======================================================================= 33
def f33():
    d = new_doc("Calibri", 11)
    P(d, B("Mehatronisko sistēmu tehniķis – MIP un PKE"), size=13)
    P(d, "Līga Strautiņa, ražošanas automatizācijas inženiere", space_after=0)
    P(d, "2026. gada 24. februārī")
    P(d)
    P(d, B("Programma"))
    P(d, "Robotikas modulis ir tikai ievads – nav ne robota programmēšanas, ne drošības zonu iestatīšanas. PLC "
         "modulī apgūst tikai loģiskās funkcijas, bez analogo signālu apstrādes un saskarnes ar operatora paneli. "
         "Apjomu sadalījums starp moduļiem šķiet nejaušs: mehānikas pamatiem 160 stundas, automātikai – 80.",
      align="j")
    P(d, B("Eksāmens"))
    P(d, "Praktiskais uzdevums – bojājuma meklēšana mehatroniskajā stendā – ir labi izvēlēts. Teorijas testā daļai "
         "jautājumu ir vairākas pareizas atbildes, kas jāizlabo. Vērtēšanas lapā nav norādīts, cik punktu jāsavāc "
         "katrā daļā, un nav skaidrs, vai ziņojuma noformējums tiek vērtēts.", align="j")
    P(d, B("Secinājumi"))
    P(d, "Programmu neatbalstu: bez robotikas un PLC moduļu pārstrādes tā neatbilst 4. līmeņa tehniķa "
         "kvalifikācijas prasībām. Darba grupai ieteicams konsultēties ar nozares uzņēmumiem, kuros ir "
         "automatizētas ražošanas līnijas.", align="j")
    build("r7a33_Strautina_mehatronika MIP PKE.docx", d,
          rows=[R("mehatronisko sistēmu tehniķis", "MIP", "not_supported"),
                R("mehatronisko sistēmu tehniķis", "PKE", "unknown")],
          problems=["no_verdict"],
          expert="Līga Strautiņa", date="2026-02-24",
          author="Līga Strautiņa", created="2026-02-24T16:05:00",
          note="Covers both documents (title, 'Eksāmens' section with mixed remarks) but the conclusion gives a "
               "verdict only for MIP ('Programmu neatbalstu') -> PKE unknown + no_verdict.")


# ======================================================================= 34
def f34():
    d = new_doc("Calibri", 11)
    mail_head(d, [
        ("No:", "Evija Muceniece <evija.muceniece@lddk.lv>"),
        ("Nosūtīts:", "trešdiena, 2026. gada 13. maijs 09:05"),
        ("Kam:", "Baiba Krūze <baiba.kruze@lddk.lv>"),
        ("Tēma:", "PĀRS: VGK atzinums"),
    ])
    P(d, "Baiba, pārsūtu Jura Medņa atzinumu par abām VGK kvalifikācijām – viņš to atsūtīja man, nevis Tev. "
         "Ielikšu arī kopējā mapē.")
    P(d, "Evija")
    P(d)
    P(d, "-----Sākotnējais ziņojums-----", color="595959")
    mail_head(d, [
        ("No:", "Juris Mednis <juris.mednis@aukstumserviss.lv>"),
        ("Nosūtīts:", "otrdiena, 2026. gada 12. maijs 17:40"),
        ("Kam:", "Evija Muceniece <evija.muceniece@lddk.lv>"),
        ("Tēma:", "VGK atzinums"),
    ])
    P(d, "Labvakar, Evija!")
    P(d, "Zemāk mans vērtējums.")
    P(d, B("VGK iekārtu remontatslēdznieks"))
    P(d, "– MIP: diagnostikas un remonta moduļi ir labi, bet nav nekā par aukstumaģentu noplūžu meklēšanu un "
         "atgūšanu, kas remontatslēdznieka darbā ir ikdiena. Programma kopumā atbalstāma, taču pirms saskaņošanas "
         "šī tēma jāpievieno.", indent=0.3)
    P(d, "– PKE: uzdevumi reāli, kritēriji skaidri. Atbalstu, var virzīt saskaņošanai.", indent=0.3)
    P(d, B("VGK sistēmu tehniķis"), " (vērtēju tikai PKE, programmu iepriekš vērtēja E. Zariņš)")
    P(d, "– PKE: atbalstāms ar precizējumiem – praktiskajā uzdevumā jānorāda, kāda mērīšanas aparatūra būs "
         "pieejama, un vērtēšanas lapā jāiekļauj regulēšanas protokola pareizība. Pēc tam var virzīt saskaņošanai.",
      indent=0.3)
    P(d, "Juris Mednis", space_after=0)
    P(d, "servisa inženieris, SIA „Aukstuma Serviss”")
    build("r7a34_PARS_ VGK atzinums Mednis.docx", d,
          rows=[R(VGK_R, "MIP", "needs_corrections"),
                R(VGK_R, "PKE", "supported"),
                R(VGK_T, "PKE", "needs_corrections")],
          expert="Juris Mednis", date="2026-05-12",
          author="Evija Muceniece", created="2026-05-13T09:10:00",
          note="Coordinator's forward (Outlook, Latvian headers) of the expert's e-mail; expert and date come from the "
               "original message (12 May), not the forwarder (13 May). Aliases 'VGK iekārtu remontatslēdznieks', "
               "'VGK sistēmu tehniķis'; sistēmu tehniķis PKE only (MIP by E. Zariņš -> no row).")


# ======================================================================= main
def main():
    for old in glob.glob(os.path.join(OUT, "*.docx")):
        os.remove(old)
    for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17,
              f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34]:
        f()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("# r7a – blind set: free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
        fh.write("Built by `build.py` (python-docx). Gold labels: `expected.csv`, `expected_problems.csv`.\n\n")
        fh.write(f"{len(README)} files, {len(ROWS)} gold rows, "
                 f"{sum(1 for n, _ in README if not any(r[0] == n for r in ROWS))} files without rows.\n\n")
        fh.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in README:
            fh.write(f"| {n} | {note.replace('|', '/')} |\n")
    print(len(README), "files;", len(ROWS), "rows;", len(PROBLEMS), "problems")


if __name__ == "__main__":
    main()
