# -*- coding: utf-8 -*-
"""Builds the r9a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run: /work/hvenv/bin/python build.py
Each file is built by one function that calls build(name, doc, rows=[...], problems=[...], note=...).
Row tuple: (qualification, document, verdict, expert, date, lki_level).
"""
import csv
import datetime as dt
import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent
PREFIX = "r9a"
EXPECTED, PROBLEMS, README = [], [], []
NB = "\u00a0"  # non-breaking space

# ---------------------------------------------------------------- helpers

def new_doc(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    return d


_TOK = re.compile(r"(\*\*|~~|¦|//)")


def add_text(p, text, bold=False, italic=False, size=None, color=None):
    """Markup: **bold**, //italic//, ~~strike~~, ¦ = invisible run split."""
    b, i, s = bold, italic, False
    runs = []
    for tok in _TOK.split(text):
        if tok == "**":
            b = not b
            continue
        if tok == "//":
            i = not i
            continue
        if tok == "~~":
            s = not s
            continue
        if tok == "¦" or tok == "":
            continue
        r = p.add_run(tok)
        r.bold = b or None
        r.italic = i or None
        if s:
            r.font.strike = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        runs.append(r)
    return runs


def P(d, text="", bold=False, italic=False, align=None, size=None, style=None, after=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    add_text(p, text, bold, italic, size, color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def KV(d, label, value, size=None):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    return p


def hr(d):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "B5C4DF")
    bdr.append(bottom)
    pPr.append(bdr)
    return p


_REV = [500]


def _rid():
    _REV[0] += 1
    return str(_REV[0])


def tr_ins(p, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def tr_del(p, text, author, date):
    de = OxmlElement("w:del")
    de.set(qn("w:id"), _rid())
    de.set(qn("w:author"), author)
    de.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    de.append(r)
    p._p.append(de)


def mark_para_inserted(p, author, date):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    rPr.append(ins)
    pPr.append(rPr)


def header_text(d, lines, align=None, size=9, footer=False):
    sec = d.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for line in lines:
        p = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        add_text(p, line, size=size, color="595959")
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def R(q, doc, verdict, expert, date, lki):
    return dict(qualification=q, document=doc, verdict=verdict, expert=expert, date=date,
                lki_level="" if lki is None else str(lki))


def build(name, d, rows=(), problems=(), note="", author="", created=None, modified_by=None, modified=None):
    assert name.startswith(PREFIX)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = modified_by if modified_by is not None else author
    cp.title = ""
    cp.comments = ""
    cp.created = created
    cp.modified = modified or (created + dt.timedelta(hours=2))
    cp.revision = 3
    d.save(OUT / name)
    for r in rows:
        EXPECTED.append(dict(file=name, **r))
    for c in problems:
        PROBLEMS.append(dict(file=name, code=c))
    README.append((name, note))


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


MEB = "mēbeļu galdnieks"
MOT = "motorzāģa operators"
MEZT = "mežsaimniecības tehniķis"
KIO = "kokapstrādes iekārtu operators"
DKIO = "datorizētu kokapstrādes iekārtu operators"
KIRT = "koka izstrādājumu ražošanas tehniķis"
BUV = "būvizstrādājumu galdnieks"
MMO = "meža mašīnu operators"
EM = "elektromontieris"
ET = "elektrotehniķis"
VGKR = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGKT = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
MEH = "mehatronisko sistēmu tehniķis"
S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"


# ---------------------------------------------------------------- 01
def f01():
    d = new_doc("Times New Roman", 12)
    P(d, "**Raimonds Kalniņš**", align="r", after=0)
    P(d, "SIA „Kurzemes mēbeļu darbnīca” ražošanas vadītājs", align="r", size=10, after=0)
    P(d, "LDDK deleģētais nozares eksperts (kokrūpniecība)", align="r", size=10)
    hr(d)
    P(d, "Atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas "
         "un kvalifikācijas eksāmena saturu", bold=True, align="c", size=13)
    P(d, f"Liepājā, 2026.{NB}gada 17.{NB}martā", align="r")
    P(d, "Esmu iepazinies ar izglītības iestādes darba grupas sagatavoto modulārās izglītības programmas "
         "(turpmāk – programma) projektu un profesionālās kvalifikācijas eksāmena satura aprakstu kvalifikācijai "
         f"„Mēbeļu galdnieks” (LKI{NB}4.{NB}līmenis). Vērtēju, cik lielā mērā abi dokumenti atbilst profesijas standartam "
         "un tam, ko mūsu uzņēmumos šobrīd sagaidām no jauna darbinieka pirmajā darba dienā.", align="j")
    P(d, "**Par programmu**")
    P(d, "Moduļu struktūra kopumā ir loģiska, un prieks, ka beidzot atsevišķs modulis veltīts virsmu apdarei ar "
         "ūdens bāzes materiāliem. Diemžēl vairākās vietās redzams, ka teksts pārnests no vecās programmas bez "
         "pārskatīšanas:", align="j")
    P(d, "modulī „Korpusa mēbeļu izgatavošana” joprojām minētas skaidu plātnes ar emisijas klasi E2, kuras tirgū "
         "praktiski vairs nav sastopamas;", style="List Bullet")
    P(d, "CNC apstrādes centra programmēšanai atvēlētas tikai 24 stundas – ar to nepietiek pat pamatoperācijām, "
         "iesaku apjomu vismaz dubultot;", style="List Bullet")
    P(d, "darba drošības prasības izkaisītas pa visiem moduļiem, bet nekur nav pieminēta putekļu nosūces pārbaude "
         "pirms darba sākšanas.", style="List Bullet")
    P(d, "Nekas no tā nav sarežģīti labojams. Citiem vārdiem – programmas saturu ¦atbalstu, taču saskaņošanai "
         "to sūtīt tikai tad, kad minētie precizējumi būs ¦veikti.", align="j")
    P(d, "**Par eksāmenu**")
    P(d, "Eksāmena praktiskā daļa (skapīša ar atvilktni izgatavošana pēc rasējuma) ir tieši tāda, kādu es gribētu "
         "redzēt. Vērtēšanas kritēriji skaidri, laika normas reālas. Teorijas jautājumu bankā pamanīju divas drukas "
         "kļūdas (12. un 31. jautājumā), bet uz saturu tās neattiecas. PKE saturu atbalstu un iesaku virzīt "
         "saskaņošanai bez labojumiem.", align="j")
    P(d, "")
    P(d, "Ar cieņu", after=0)
    P(d, "Raimonds Kalniņš")
    build(f"{PREFIX}01_Kalnins_Mebelu galdnieks_atzinums.docx", d,
          rows=[R(MEB, "MIP", NC, "Raimonds Kalniņš", "2026-03-17", 4),
                R(MEB, "PKE", S, "Raimonds Kalniņš", "2026-03-17", 4)],
          note="Letterhead (name+role right-aligned above title), place+date line, remarks per document under bold "
               "labels. MIP: 'atbalstu, taču saskaņošanai sūtīt tikai tad, kad precizējumi būs veikti' (verdict word split "
               "across runs) -> needs_corrections. PKE: 'atbalstu un iesaku virzīt saskaņošanai bez labojumiem' after "
               "mentioning typos -> supported.",
          author="Raimonds Kalniņš", created=T(2026, 3, 17, 16, 5))


# ---------------------------------------------------------------- 02
def f02():
    d = new_doc("Arial", 10)
    P(d, "Agnese Vanaga <agnese.vanaga@lddk.lv>", size=9, color="777777", align="r")
    hr(d)
    P(d, "**RE: Motorzaga operators - PKE ekspertize**", size=13, after=0)
    P(d, "2 messages", size=9, color="777777")
    hr(d)
    P(d, "**Agnese Vanaga** <agnese.vanaga@lddk.lv>\tMon, Feb 16, 2026 at 3:10 PM", after=0)
    P(d, "To: Gunars Vitols <gunars.vitols@mezadarbi.lv>", size=9, color="777777")
    P(d, "Labdien, Gunār!")
    P(d, "Pielikumā motorzāģa operatora (LKI 3) profesionālās kvalifikācijas eksāmena saturs, ko sagatavojusi "
         "skolas darba grupa. Programmu šoreiz skolas vēl neiesniedza, tā sekos vēlāk. Būšu pateicīga par atzinumu "
         "līdz 20. februārim – lūdzu skaidri uzrakstīt, vai saturs ir atbalstāms un vai to var virzīt saskaņošanai.")
    P(d, "Ar cieņu", after=0)
    P(d, "Agnese Vanaga", after=0)
    P(d, "LDDK projekta koordinatore")
    hr(d)
    P(d, "**Gunars Vitols** <gunars.vitols@mezadarbi.lv>\tThu, Feb 19, 2026 at 9:42 AM", after=0)
    P(d, "To: Agnese Vanaga <agnese.vanaga@lddk.lv>", size=9, color="777777")
    P(d, "Labdien, Agnese!")
    P(d, "Izskatiju motorzaga operatora eksamena saturu. Praktiskais uzdevums – koka gazana ar virziena noteiksanu, "
         "atzarosana un sagarumosana – ir tiesi tas, ko prasam no jauna darbinieka mezizstrade. Teorijas jautajumu "
         "mazliet par daudz (60), bet laiks pietiek, tas nav butiski.")
    P(d, "Pret PKE saturu man iebildumu nav, var virzit saskanosanai ta, ka ir.")
    P(d, "Ja skolai ir laiks, varetu pielikt klat darba drosibas instruktaza lapas paraugu eksaminejamajam, bet tas "
         "tikai ieteikums, ne prasiba.")
    P(d, "Sveicieni,", after=0)
    P(d, "Gunars Vitols", after=0)
    P(d, "mezizstrades meistars")
    P(d, "[Quoted text hidden]", size=9, color="777777")
    build(f"{PREFIX}02_RE Motorzaga operators - PKE ekspertize.docx", d,
          rows=[R(MOT, "PKE", S, "Gunars Vitols", "2026-02-19", 3)],
          note="Gmail print of a two-message thread (English Gmail headers). Coordinator's message first (asks whether "
               "'atbalstāms' - not a verdict; says MIP not yet submitted -> no MIP row). Expert's reply without diacritics: "
               "'Pret PKE saturu man iebildumu nav, var virzit saskanosanai ta, ka ir' -> supported. Date from the "
               "expert's message header (Feb 19), LKI from coordinator's text/register.",
          author="Agnese Vanaga", created=T(2026, 2, 19, 11, 3))


# ---------------------------------------------------------------- 03
def f03():
    d = new_doc("Calibri", 11)
    P(d, "ATZINUMS", bold=True, align="c", size=14, after=0)
    P(d, "par enerģētikas nozares kvalifikāciju MIP un PKE saturu", align="c")
    KV(d, "Eksperts: ", "Jānis Eglītis, SIA „Elektrozeme” galvenais elektroinženieris")
    KV(d, "Datums: ", "05.03.2026.")
    P(d, "")
    P(d, "Izskatīšanai saņēmu četrus dokumentus – divu kvalifikāciju programmas un eksāmenu saturus. "
         "Komentārus sniedzu katrai kvalifikācijai atsevišķi, vērtējumu apkopoju beigās.")
    P(d, f"1. Elektromontieris (LKI{NB}3.{NB}līmenis)", bold=True)
    P(d, "1.1. MIP. Programma ir sabalansēta, teorijas un prakses attiecība atbilst nozares ieteikumiem. Zemsprieguma "
         "tīklu montāžas moduļos labi iestrādātas prasības par viedo skaitītāju uzstādīšanu un pieslēgšanu. Būtisku "
         "iebildumu nav – MIP saturs atbalstāms un virzāms saskaņošanai.")
    P(d, "1.2. PKE. Eksāmena praktiskajā uzdevumā paredzēta sadales skapja montāža, bet nav norādīts, kādi "
         "mērinstrumenti eksaminējamajam būs pieejami. Jāpapildina ar sarakstu. Tāpat jāsaskaņo uzdevuma izpildes laiks "
         "(aprakstā 4 h) ar vērtēšanas lapā minētajām 3 h. Saturu kopumā atbalstu; kad šīs neatbilstības būs novērstas, "
         "PKE varēs virzīt saskaņošanai.")
    P(d, f"2. Elektrotehniķis (LKI{NB}4.{NB}līmenis)", bold=True)
    P(d, "2.1. MIP. Šī programma rada nopietnas bažas. Moduļi „Elektroapgādes sistēmas” un „Releju aizsardzība” lielā "
         "mērā dublējas, bet atjaunīgo energoresursu pieslēgšana tīklam (saules paneļu invertori, akumulatoru krātuves) "
         "nav iekļauta vispār, lai gan profesijas standartā tā ir viena no pamatprasmēm. Arī stundu sadalījums neatbilst – "
         "praktiskajām mācībām atvēlēti mazāk nekā 40 %. Šādā redakcijā programmu atbalstīt nevaru; tā jāpārstrādā un "
         "jāiesniedz atkārtotai ekspertīzei.")
    P(d, "2.2. PKE. Eksāmena saturs kopumā labs, uzdevumi atbilst tehniķa līmenim. Teorētiskajā daļā jāaizstāj "
         "atsauces uz novecojušiem standartiem ar spēkā esošajiem (7., 15. un 22. jautājums). Atbalstāms pēc šiem precizējumiem.")
    P(d, "Kopvērtējums", bold=True)
    P(d, "Elektromontiera MIP – atbalstāms un virzāms saskaņošanai; elektromontiera PKE – atbalstāms, virzāms "
         "saskaņošanai pēc precizējumiem; elektrotehniķa MIP – nav atbalstāms; elektrotehniķa PKE – atbalstāms, "
         "virzāms saskaņošanai pēc precizējumiem.")
    P(d, "")
    P(d, "J. Eglītis")
    build(f"{PREFIX}03_Elektromontieris_Elektrotehnikis_MIP_PKE_galigais.docx", d,
          rows=[R(EM, "MIP", S, "Jānis Eglītis", "2026-03-05", 3),
                R(EM, "PKE", NC, "Jānis Eglītis", "2026-03-05", 3),
                R(ET, "MIP", NS, "Jānis Eglītis", "2026-03-05", 4),
                R(ET, "PKE", NC, "Jānis Eglītis", "2026-03-05", 4)],
          note="Memo with header lines (Eksperts/Datums), numbered sections per qualification with 1.1/1.2 sub-points, "
               "and a 'Kopvērtējums' restating all four verdicts consistently. Signature 'J. Eglītis' but full name in the "
               "header block -> full name used.",
          author="Laura Kļaviņa", created=T(2026, 3, 6, 9, 12), modified_by="Jānis Eglītis")


# ---------------------------------------------------------------- 04
def f04():
    d = new_doc("Times New Roman", 12)
    P(d, "Atkārtots atzinums par kvalifikācijas „Mežsaimniecības tehniķis” modulāro izglītības programmu",
      bold=True, size=13)
    P(d, "Janvāra beigās sniedzu atzinumu par šīs programmas pirmo redakciju. Toreiz programmu neatbalstīju, galvenokārt "
         "tāpēc, ka meža inventarizācijas modulis balstījās uz metodiku, kas praksē vairs netiek lietota, un darbs ar ĢIS "
         "rīkiem bija pieminēts tikai vienā teikumā.", align="j")
    P(d, f"Otrā redakcija, ko saņēmu 9.{NB}martā, ir ievērojami uzlabota. Inventarizācijas modulis pārrakstīts atbilstoši "
         "spēkā esošajiem noteikumiem, ģeotelpisko datu apstrāde izdalīta atsevišķā modulī (80 stundas), papildināti "
         "mācību rezultāti par meža atjaunošanu pēc vējgāzēm un kaitēkļu bojājumiem. Visi mani iepriekšējie iebildumi "
         "ir ņemti vērā, un jaunu būtisku trūkumu neatradu.", align="j")
    P(d, "Tāpēc šoreiz esmu gatava programmu atbalstīt – tā ir virzāma saskaņošanai pašreizējā redakcijā.", align="j")
    P(d, "Eksāmena saturu šajā kārtā neskatīju, to vērtē kolēģis Edgars Pūce.", italic=True)
    P(d, "")
    P(d, "Dace Lapiņa", after=0)
    P(d, "Mg. silv., meža apsaimniekošanas konsultante", after=0)
    P(d, f"2026.{NB}gada 16.{NB}martā")
    build(f"{PREFIX}04_Mežsaimniecības tehniķis MIP atkārtoti_DLapina.docx", d,
          rows=[R(MEZT, "MIP", S, "Dace Lapiņa", "2026-03-16", 4)],
          note="Second-round review of one document. History sentence 'Toreiz programmu neatbalstīju' must not count; "
               "current 'esmu gatava programmu atbalstīt – tā ir virzāma saskaņošanai pašreizējā redakcijā' -> supported. "
               "PKE explicitly assessed by a colleague (named, Edgars Pūce) -> no PKE row; that name is not the expert.",
          author="Dace", created=T(2026, 3, 16, 20, 40))


# ---------------------------------------------------------------- 05
def f05():
    d = new_doc("Calibri", 11)
    P(d, f"Eksperta atzinums – Datorizētu kokapstrādes iekārtu operators (4.{NB}LKI)", bold=True, size=14)
    P(d, "Vērtētie dokumenti: modulārās izglītības programmas projekts (versija 2026-02-10) un profesionālās "
         "kvalifikācijas eksāmena satura apraksts ar praktisko uzdevumu paraugiem.", italic=True)
    P(d, "Vispārīgi", bold=True)
    P(d, "Darba grupa paveikusi lielu darbu, un daudz kas ir labāk nekā iepriekšējā programmā. Tomēr jūtams, ka "
         "dokumenti tapuši steigā – moduļu nosaukumi kopsavilkuma tabulā un aprakstos nesakrīt, vietām ir atsauces uz "
         "pielikumiem, kuru nav.")
    P(d, "Programma pa moduļiem", bold=True)
    P(d, "– Ievadmodulis un „Koksnes materiālmācība” – bez būtiskiem iebildumiem.")
    P(d, "– „CNC iekārtu programmēšana” – šādā apjomā un saturā modulis nav atbalstāms: 5 asu apstrāde pieminēta tikai "
         "virsrakstā, CAM programmatūras apguve nav paredzēta vispār, bet tieši to uzņēmumi gaida visvairāk.")
    P(d, "– „Iekārtu apkope” – pārāk maz par instrumentu asināšanu un nomaiņu.")
    P(d, "– Stundu sadalījums: praktiskās mācības 45 %, kas ir uz minimālās robežas.")
    P(d, "Eksāmens", bold=True)
    P(d, "Praktiskais uzdevums – detaļas izgatavošana pēc dotā rasējuma ar iepriekš sagatavotu vadības programmu. Ideja "
         "laba, tomēr uzdevumā nav prasīts, lai eksaminējamais pats sagatavo vai koriģē programmu, tātad kvalifikācijas "
         "galvenā kompetence netiek pārbaudīta. Vērtēšanas kritēriji ir pārāk vispārīgi („darbs izpildīts kvalitatīvi”), "
         "nav mērāmu pielaižu. Teorijas jautājumi lielā mērā atkārto kokapstrādes iekārtu operatora (3. līmenis) eksāmenu.")
    P(d, "Secinājumi", bold=True)
    P(d, "1) Programmas saturu kopumā atbalstu. Ar nosacījumu, ka tiek pārstrādāts modulis „CNC iekārtu programmēšana” "
         "(iekļaujot CAM pamatus) un sakārtotas nesakritības starp tabulām un aprakstiem, MIP var virzīt saskaņošanai.")
    P(d, "2) PKE saturu pašreizējā redakcijā neatbalstu. Praktiskais uzdevums un vērtēšanas kritēriji jāizstrādā no "
         "jauna un jāiesniedz atkārtotai ekspertīzei.")
    P(d, "")
    P(d, "Māris Dambis", after=0)
    P(d, "SIA „Vidzemes koka konstrukcijas”, ražošanas tehnologs", after=0)
    P(d, "26.02.2026.")
    build(f"{PREFIX}05_Dambis_DKIO atzinums.docx", d,
          rows=[R(DKIO, "MIP", NC, "Māris Dambis", "2026-02-26", 4),
                R(DKIO, "PKE", NS, "Māris Dambis", "2026-02-26", 4)],
          note="Body remark 'šādā apjomā ... modulis nav atbalstāms' is about one module; 'Secinājumi' outranks it: MIP "
               "'kopumā atbalstu. Ar nosacījumu, ka ... MIP var virzīt saskaņošanai' (condition in next sentence) -> "
               "needs_corrections. PKE 'pašreizējā redakcijā neatbalstu' -> not_supported. Mentions another qualification "
               "(kokapstrādes iekārtu operators) only in passing -> no row.",
          author="Maris", created=T(2026, 2, 26, 18, 30))


# ---------------------------------------------------------------- 06 (not a review)
def f06():
    d = new_doc("Times New Roman", 12)
    P(d, "Latvijas Darba devēju konfederācija", align="c", after=0)
    P(d, "Nozaru ekspertu darba grupas sanāksmes", align="c", after=0)
    P(d, "PROTOKOLS Nr. 2", bold=True, align="c")
    P(d, f"Tiešsaistē (MS Teams)\t\t\t\t\t2026.{NB}gada 12.{NB}februārī")
    P(d, "Sanāksmi vada: Laura Kļaviņa, LDDK projekta koordinatore", after=0)
    P(d, "Protokolē: Agnese Vanaga", after=0)
    P(d, "Piedalās: J. Eglītis, V. Grīnbergs, D. Lapiņa, L. Rudzīte, A. Strazds, M. Dambis, E. Pūce, N. Jaunzems")
    P(d, "Darba kārtība:", bold=True, after=0)
    P(d, "1. Informācija par projekta 4. posma gaitu.", after=0)
    P(d, "2. MIP un PKE ekspertīžu statuss.", after=0)
    P(d, "3. Atzinumu noformēšana.")
    P(d, "1. L. Kļaviņa informēja, ka projekts tiek īstenots 4.2.2. specifiskā atbalsta mērķa ietvaros un ka līdz "
         "31. martam ekspertīzes jāpabeidz vismaz trīs kvalifikācijām. Pārējām kvalifikācijām darbs turpināsies 5. posmā.")
    P(d, "2. Eksperti informēja par darba gaitu:", after=0)
    P(d, "– A. Strazds: motorzāģa operatora MIP un PKE atzinums nosūtīts 27. janvārī, abi dokumenti atbalstīti; "
         "meža mašīnu operatora programmai gaidāmi skolas precizējumi.", after=0)
    P(d, "– D. Lapiņa: mežsaimniecības tehniķa MIP pirmā redakcija netika atbalstīta, skola sola labojumus līdz marta sākumam.", after=0)
    P(d, "– L. Rudzīte: mehatronisko sistēmu tehniķa dokumenti saņemti, atzinums tiks iesniegts līdz 2. martam.", after=0)
    P(d, "– J. Eglītis: elektrotehniķa programmā trūkst atjaunīgās enerģētikas; iespējams, to nevarēs atbalstīt bez "
         "būtiskas pārstrādes.")
    P(d, "3. Diskusijā par atzinumu noformēšanu nolēma:", after=0)
    P(d, "3.1. atzinumā katram dokumentam atsevišķi norādīt vienu vērtējumu – „saturs ir atbalstāms un virzāms "
         "saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”;", after=0)
    P(d, "3.2. ja ekspertam nepieciešams metodiskais atbalsts vai papildu informācija no skolas, vērsties pie koordinatores;", after=0)
    P(d, f"3.3. nākamā sanāksme – 2026.{NB}gada 12.{NB}martā.")
    P(d, "")
    P(d, "Protokolēja\t\t\t\t\tA. Vanaga")
    build(f"{PREFIX}06_Protokols_ekspertu sanaksme 12022026.docx", d,
          problems=["no_verdict"],
          note="NOT a review: meeting minutes. Restates experts' verdicts in reported speech ('abi dokumenti atbalstīti', "
               "'netika atbalstīta', 'iespējams, nevarēs atbalstīt'), lists all three options and 'specifiskā atbalsta "
               "mērķa', 'metodiskais atbalsts'. No rows; one no_verdict.",
          author="Agnese Vanaga", created=T(2026, 2, 12, 15, 0))


# ---------------------------------------------------------------- 07
def f07():
    d = new_doc("Calibri", 11)
    KV(d, "No: ", "Normunds Jaunzems <normunds.jaunzems@klimata-inzenierija.lv>")
    KV(d, "Nosūtīts: ", "otrdiena, 2026. gada 10. marts 14:22")
    KV(d, "Kam: ", "Laura Kļaviņa <laura.klavina@lddk.lv>")
    KV(d, "Tēma: ", "RE: VGK sistēmu tehniķis - MIP un PKE")
    P(d, "")
    P(d, "Sveika, Laura!")
    P(d, "Atvainojos par kavēšanos – februāris objektos bija traks. Tagad esmu izgājis cauri abiem dokumentiem par "
         "ventilācijas un gaisa kondicionēšanas sistēmu tehniķi.")
    P(d, "Programma ir pārdomāta. Īpaši patika, ka siltumsūkņu un rekuperācijas iekārtu regulēšanai ir atsevišķs modulis "
         "un ka F-gāzu sertifikācijas prasības iestrādātas jau mācību rezultātos. Eksāmena uzdevumi (sistēmas palaišana, "
         "gaisa plūsmu mērījumi, bojājuma diagnostika) ir reāli un labi novērtējami.")
    P(d, "Tātad – abus dokumentus atbalstu, un tos var sūtīt saskaņošanai tādus, kādi tie ir.")
    P(d, "Ja skolai gribas vēl ko pielabot, pāris ieteikumu nākotnei (nav priekšnoteikums):")
    P(d, "- automātikas moduļa nosaukumā varētu pielikt „BMS”, jo nozarē tā runā;", after=0)
    P(d, "- eksāmena teorijas daļā vienā jautājumā mērvienība m³/h sajaukta ar l/s.")
    P(d, "Normunds")
    P(d, "")
    P(d, "Normunds Jaunzems", bold=True, after=0, size=10)
    P(d, "Tehniskais direktors | SIA „Klimata inženierija”", after=0, size=10)
    P(d, "+371 2*******", size=10)
    hr(d)
    KV(d, "No: ", "Laura Kļaviņa <laura.klavina@lddk.lv>")
    KV(d, "Nosūtīts: ", "pirmdiena, 2026. gada 23. februāris 10:05")
    KV(d, "Kam: ", "Normunds Jaunzems <normunds.jaunzems@klimata-inzenierija.lv>")
    KV(d, "Tēma: ", "VGK sistēmu tehniķis - MIP un PKE")
    P(d, "")
    P(d, "Labdien, Normund!")
    P(d, "Pielikumā ventilācijas un gaisa kondicionēšanas sistēmu tehniķa (LKI 4) modulārā programma un PKE saturs. "
         "Lūgums atzinumā skaidri norādīt vienu no variantiem katram dokumentam: saturs ir atbalstāms un virzāms "
         "saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav atbalstāms.")
    P(d, "Termiņš – 6. marts, bet ja vajag vairāk laika, dod ziņu.")
    P(d, "Paldies!", after=0)
    P(d, "Laura")
    build(f"{PREFIX}07_RE_ VGK sistēmu tehniķis - MIP un PKE.docx", d,
          rows=[R(VGKT, "MIP", S, "Normunds Jaunzems", "2026-03-10", 4),
                R(VGKT, "PKE", S, "Normunds Jaunzems", "2026-03-10", 4)],
          note="Outlook reply pasted into Word, Latvian headers; quoted coordinator message below lists all three options "
               "(not a verdict). 'abus dokumentus atbalstu, un tos var sūtīt saskaņošanai tādus, kādi tie ir' -> both "
               "supported; optional suggestions explicitly 'nav priekšnoteikums'. Qualification via alias in subject "
               "'VGK sistēmu tehniķis' and full name in body. Date = reply date, not the quoted 23 Feb.",
          author="Laura Kļaviņa", created=T(2026, 3, 10, 15, 1))


# ---------------------------------------------------------------- 08
def f08():
    d = new_doc("Times New Roman", 12)
    P(d, "Atzinums par izglītības programmas un kvalifikācijas eksāmena saturu", bold=True, align="c", size=13)
    P(d, f"Kvalifikācija: Metinātājs, LKI 3.{NB}līmenis", after=0)
    P(d, "Nozare: mašīnbūve un metālapstrāde")
    P(d, "Šīs kvalifikācijas dokumenti man tika atsūtīti papildus sākotnēji plānotajām, tāpēc vispirms pārjautāju "
         "koordinatorei, vai tos vērtēt. Saņēmu apstiprinājumu, tāpēc sniedzu savu viedokli.", align="j")
    P(d, "Programma aptver metināšanas procesus 111, 135 un 141, kas atbilst darba tirgus pieprasījumam. Pozitīvi, ka "
         "iekļauta metināšanas procedūras specifikācijas (WPS) lasīšana. Tomēr metinājumu vizuālās kontroles "
         "kritērijiem pēc LVS EN ISO 5817 veltīti tikai daži teikumi, un 5. modulī stundu summa neatbilst kopsavilkuma "
         "tabulai (112 pret 96). Programmu vērtēju pozitīvi, bet 3. modulis jāpapildina ar vizuālās kontroles "
         "uzdevumiem un jāsakārto stundas; kad tas būs izdarīts, MIP virzāma saskaņošanai.", align="j")
    P(d, "Eksāmenā paredzēta sadursavienojuma un stūra savienojuma metināšana PA un PF pozīcijās ar sekojošu vizuālo "
         "un lieces pārbaudi. Tas atbilst 3. līmenim un tam, ko darba devēji prasa, pieņemot darbā metinātāju. "
         "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai, labojumi nav vajadzīgi.", align="j")
    P(d, "")
    P(d, "Dmitrijs Sokolovs", after=0)
    P(d, "IWE, metināšanas inženieris, SIA „Latgales metāls”", after=0)
    P(d, f"2026.{NB}gada 22.{NB}aprīlī")
    build(f"{PREFIX}08_Metinatajs_Sokolovs.docx", d,
          rows=[R("metinātājs", "MIP", NC, "Dmitrijs Sokolovs", "2026-04-22", 3),
                R("metinātājs", "PKE", S, "Dmitrijs Sokolovs", "2026-04-22", 3)],
          problems=["unknown_qualification"],
          note="Qualification not in the register (metinātājs) -> unknown_qualification, LKI 3 from the review. MIP: "
               "'vērtēju pozitīvi, bet ... jāpapildina ...; kad tas būs izdarīts, MIP virzāma saskaņošanai' -> "
               "needs_corrections. PKE 'atbalstāms un virzāms saskaņošanai, labojumi nav vajadzīgi' -> supported.",
          author="Dmitrijs Sokolovs", created=T(2026, 4, 22, 8, 45))


# ---------------------------------------------------------------- 09
def f09():
    d = new_doc("Calibri", 11)
    P(d, "Par VGK iekārtu remontatslēdznieka un VGK sistēmu tehniķa PKE", bold=True)
    P(d, "Abu eksāmenu saturu esmu pārbaudījis.")
    P(d, "Remontatslēdzniekam – atbalstāms un virzāms saskaņošanai, bez precizējumiem.")
    P(d, "Tehniķim – 2. praktiskajā uzdevumā jānomaina aukstumaģents (R22 sen vairs nelieto, jāņem R32 vai R410A). "
         "Pēc tam var virzīt saskaņošanai, pārējais kārtībā.")
    P(d, "")
    P(d, "O. Ivanovs", after=0)
    P(d, "03.04.2026.")
    build(f"{PREFIX}09_VGK PKE abi.docx", d,
          rows=[R(VGKR, "PKE", S, "O. Ivanovs", "2026-04-03", 3),
                R(VGKT, "PKE", NC, "O. Ivanovs", "2026-04-03", 4)],
          note="Very short note, two qualifications via aliases (VGK ...), PKE only. 'bez precizējumiem' = supported (not "
               "'pēc precizējumiem'). Tehniķis: required change then 'Pēc tam var virzīt saskaņošanai' -> "
               "needs_corrections. Expert only as initial + surname.",
          author="", created=T(2026, 4, 3, 12, 0))


# ---------------------------------------------------------------- 10
def f10():
    d = new_doc("Arial", 10)
    P(d, "Koka izstrādājumu ražošanas tehniķis – MIP", bold=True, size=12, after=0)
    P(d, "piezīmes pēc pirmās izlasīšanas", italic=True)
    P(d, "Nosūtu piezīmes par programmas projektu. Gāju cauri pa moduļiem tādā secībā, kā tie ir dokumentā.")
    P(d, "1. modulis „Ražošanas plānošana”. Mācību rezultātos minēta ERP sistēmu lietošana, bet saturā nav nevienas "
         "stundas, kur to reāli darītu. Ierosinu vismaz 16 stundas praktiska darba ar kādu mācību versiju.")
    P(d, "2. modulis „Koksnes žāvēšana”. Labi. Varētu pieminēt kameru vadības programmatūru.")
    P(d, "3. modulis „Kvalitātes vadība”. Nav minēti koksnes mitruma mērītāji; ISO 9001 pieminēts, bet FSC un PEFC "
         "sertifikācija, kas mūsu nozarē eksportam ir svarīgāka, – nē.")
    P(d, "4. modulis „Līmēto konstrukciju ražošana” – ļoti vispārīgs, CLT paneļi pat nav pieminēti.")
    P(d, "5. un 6. modulis – neskatīju detalizēti, jo tie gandrīz vārds vārdā atkārto veco programmu, kuru pazīstu.")
    P(d, "Vēl: dokumenta beigās stundu kopsumma (1560) nesakrīt ar moduļu summu (1480).")
    P(d, "Tas pagaidām viss, ko paspēju. Ja darba grupa vēlas, varu piedalīties kādā no viņu sanāksmēm un izrunāt šos "
         "punktus klātienē.")
    P(d, "Aivars Strazds", after=0)
    P(d, "24.03.2026")
    build(f"{PREFIX}10_piezimes KIRT programmai.docx", d,
          rows=[R(KIRT, "MIP", U, "Aivars Strazds", "2026-03-24", 4)],
          problems=["no_verdict"],
          note="Module-by-module remarks on the MIP only, ends without any verdict ('Tas pagaidām viss, ko paspēju') -> "
               "unknown + no_verdict. No PKE mentioned -> no PKE row.",
          author="Aivars Strazds", created=T(2026, 3, 24, 22, 10))


# ---------------------------------------------------------------- 11
def f11():
    d = new_doc("Times New Roman", 12)
    P(d, "Egils Krasts", bold=True, after=0)
    P(d, "SIA „Logu meistari” valdes priekšsēdētājs", after=0, size=10)
    P(d, "LDDK eksperts kokrūpniecības nozarē", size=10)
    P(d, "")
    P(d, "ATZINUMS", bold=True, align="c", after=0)
    P(d, "par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” (LKI 4) programmas un eksāmena saturu", align="c")
    P(d, "Rīgā, 12.03.2026.", align="r")
    P(d, "Iesniegtie dokumenti aptver logu, durvju un kāpņu izgatavošanu, un šajā ziņā tie atbilst nozares vajadzībām. "
         "Programmas moduļi veidoti pēc ražošanas procesa secības, kas ir loģiski un ērti gan skolotājam, gan audzēknim. "
         "Prieks, ka iekļauta energoefektīvu logu montāža ar „siltās montāžas” principiem.", align="j")
    P(d, "Par eksāmenu. Praktiskais uzdevums paredz ārdurvju vērtnes izgatavošanu. Uzdevuma aprakstā norādīts "
         "masīvkoks, bet pievienotajā rasējumā – līmētā kokmateriāla brusa ar citiem šķērsgriezuma izmēriem. "
         "Vērtēšanas lapā kritēriji ir, bet tie neatsaucas uz programmas mācību rezultātiem.", align="j")
    P(d, "Slēdziens", bold=True)
    P(d, "MIP saturs ir atbalstāms un virzāms saskaņošanai.", style="List Bullet")
    P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.", style="List Bullet")
    P(d, "PKE saturs nav atbalstāms, kamēr rasējums un uzdevuma apraksts nav saskaņoti un vērtēšanas kritēriji nav "
         "sasaistīti ar mācību rezultātiem.", style="List Bullet")
    P(d, "")
    P(d, "E. Krasts")
    build(f"{PREFIX}11_Buvizstradajumu galdnieks_atzinums (2).docx", d,
          rows=[R(BUV, "MIP", S, "Egils Krasts", "2026-03-12", 4),
                R(BUV, "PKE", U, "Egils Krasts", "2026-03-12", 4)],
          problems=["conflict"],
          note="Conclusion lists PKE twice with opposite verdicts (supported and not supported, both in 'Slēdziens', equal "
               "weight - looks like two drafts merged) -> PKE unknown + conflict. MIP clearly supported.",
          author="Egils Krasts", created=T(2026, 3, 12, 11, 20))


# ---------------------------------------------------------------- 12
def f12():
    d = new_doc("Calibri", 11)
    A, W = "Juris Ābeltiņš", "2026-04-14T09:30:00Z"
    P(d, "Juris Ābeltiņš", bold=True, after=0)
    P(d, "harvestera operators-instruktors, SIA „Meža tehnika”", size=10)
    P(d, "Atzinums par meža mašīnu operatora (LKI 3) MIP un PKE", bold=True, size=13)
    p = d.add_paragraph()
    p.add_run("Jelgavā, ")
    tr_del(p, "2026. gada 27. martā", A, W)
    tr_ins(p, "2026. gada 14. aprīlī", A, W)
    P(d, "Pirmo atzinuma variantu sagatavoju marta beigās, kad biju saņēmis tikai programmu. Pēc tam skola atsūtīja "
         "eksāmena saturu un programmas labotu versiju, tāpēc atzinumu papildināju.")
    P(d, "Par programmu", bold=True)
    p = P(d, "1. Harvestera un forvardera vadības apmācība paredzēta tikai uz reālas tehnikas, simulatora apmācība nav minēta. ")
    tr_ins(p, "Labotajā versijā simulatoram paredzētas 40 stundas – tas ir labi, tikai jānorāda, ko dara skolas, kurām "
              "simulatora nav.", A, W)
    P(d, "2. Jāprecizē rīcība degvielas un hidraulikas eļļas noplūdes gadījumā – vides prasības mežā ir stingras.")
    P(d, "3. Trūkst StanForD datu apstrādes pamatu; mūsdienās operatoram jāsaprot, ko mašīna saglabā un nosūta.")
    P(d, "4. Labi, ka iekļauta cirsmas tehnoloģiskās kartes lasīšana.")
    P(d, "5. Tehniskās apkopes modulī jānorāda konkrēti apkopes intervāli pēc ražotāja instrukcijas, nevis „regulāri”.")
    P(d, "Par eksāmenu", bold=True)
    p = d.add_paragraph()
    tr_del(p, "PKE saturu vēl neesmu saņēmis, tāpēc par to šoreiz neizsakos.", A, W)
    tr_ins(p, "Eksāmena uzdevumi (cirsmas izstrāde uz simulatora un forvardera vadība pa noteiktu maršrutu ar kravu) "
              "ir labi izvēlēti, vērtēšanas kritēriji skaidri un mērāmi.", A, W)
    P(d, "Rezumējot", bold=True)
    p = d.add_paragraph()
    p.add_run("MIP saturs ")
    tr_del(p, "nav atbalstāms, jo nav iekļauts simulatora modulis", A, W)
    tr_ins(p, "ir atbalstāms; pēc precizējumu veikšanas (sk. 2., 3. un 5. punktu) virzāms saskaņošanai", A, W)
    p.add_run(".")
    p = d.add_paragraph()
    tr_ins(p, "PKE saturs ir atbalstāms un virzāms saskaņošanai.", A, W)
    mark_para_inserted(p, A, W)
    P(d, "")
    P(d, "J. Ābeltiņš")
    build(f"{PREFIX}12_Meža mašīnu operators_labots_JA.docx", d,
          rows=[R(MMO, "MIP", NC, "Juris Ābeltiņš", "2026-04-14", 3),
                R(MMO, "PKE", S, "Juris Ābeltiņš", "2026-04-14", 3)],
          note="Track changes left on. Deleted text (w:del): old date 27 March, 'PKE ... vēl neesmu saņēmis', MIP 'nav "
               "atbalstāms'. Inserted text (w:ins, invisible to paragraph.text): new date 14 April, MIP 'ir atbalstāms; pēc "
               "precizējumu veikšanas ... virzāms saskaņošanai' -> needs_corrections, whole PKE verdict paragraph "
               "inserted -> supported.",
          author="Juris Ābeltiņš", created=T(2026, 3, 27, 19, 0), modified=T(2026, 4, 14, 9, 35))


# ---------------------------------------------------------------- 13
def f13():
    d = new_doc("Times New Roman", 12)
    P(d, "Dr. sc. ing. Ligita Rudzīte", bold=True, after=0)
    P(d, "Rīgas Tehniskās universitātes asociētā profesore", after=0, size=10)
    P(d, "LDDK deleģētā eksperte – mašīnbūve un metālapstrāde", size=10)
    hr(d)
    P(d, "EKSPERTA ATZINUMS", bold=True, align="c", size=14, after=0)
    P(d, f"par kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI{NB}4.{NB}līmenis) modulārās izglītības programmas "
         "un profesionālās kvalifikācijas eksāmena saturu", align="c")
    P(d, "Rīgā, 02.03.2026.", align="r")
    P(d, "Ievadam", bold=True)
    P(d, f"Atzinums sagatavots pēc projekta koordinatores lūguma, izvērtējot darba grupas 2026.{NB}gada 9.{NB}februārī "
         "iesniegto programmas projektu (54 lpp.) un eksāmena satura aprakstu ar vērtēšanas kritērijiem (18 lpp.). "
         "Vērtējot ņēmu vērā profesijas standartu, 2025. gadā aktualizēto nozares kvalifikāciju struktūru un pieredzi, "
         "kas gūta, sadarbojoties ar uzņēmumiem, kuros strādā mūsu absolventi.", align="j")
    P(d, "Kopumā dokumenti izstrādāti rūpīgi, tie ir labi strukturēti un vairumā vietu atbilst tam, ko mūsdienās sagaida "
         "no mehatronisko sistēmu tehniķa. Turpmāk norādu konkrētas vietas, kur, manuprāt, nepieciešami uzlabojumi.", align="j")
    P(d, "1. Modulārās izglītības programma", bold=True)
    P(d, "1.1. Pamatmoduļi. „Tehniskā grafika” un „Materiālmācība” ir saturiski pilnīgi. Tehniskajā grafikā ieteiktu "
         "vairāk uzsvērt 3D modelēšanu, jo 2D rasēšana ražošanā kā galvenais rīks praktiski vairs netiek izmantota.", align="j")
    P(d, "1.2. Pneimatika un hidraulika. Saturs atbilst, taču elektropneimatikas shēmu lasīšana un montāža apvienota vienā "
         "24 stundu mācību rezultātā. Tas ir par maz; iesaku sadalīt divos rezultātos un palielināt apjomu vismaz līdz 40 "
         "stundām.", align="j")
    P(d, "1.3. Programmējamie loģiskie kontrolleri. Programmas centrālais modulis, un tas veidots labi. Vienīgā piezīme – "
         "standarts IEC 61131-3 minēts, bet mācību rezultātos parādās tikai kāpņu diagrammas (LAD). Jāiekļauj vismaz "
         "funkciju bloku diagramma (FBD) un strukturētais teksts (ST).", align="j")
    P(d, "1.4. Rūpnieciskie roboti. Modulis „Robotu programmēšanas pamati” pašreizējā apjomā (32 stundas) nav pietiekams, "
         "lai sasniegtu deklarētos mācību rezultātus. Šādā formā es šo moduli neatbalstītu; jāpārskata vai nu apjoms, vai "
         "rezultāti.", align="j")
    P(d, "1.5. Rūpnieciskie tīkli un Industrija 4.0. Patīkami, ka iekļauti OPC UA un datu vākšanas pamati. Taču "
         "kiberdrošības aspekti nav minēti nevienā modulī, un tas ir jālabo.", align="j")
    P(d, "1.6. Darba vidē balstītas mācības. Programma paredz, ka DVB formā var īstenot visus specializācijas moduļus, bet "
         "nav aprakstīts, kā notiek vērtēšana uzņēmumā. Ieteicams pievienot īsu skaidrojumu, taču tas nav šķērslis "
         "programmas saskaņošanai.", align="j")
    P(d, "1.7. Tehniskas neprecizitātes: 3. tabulā moduļu kodi nesakrīt ar aprakstiem (M07 un M08 samainīti vietām), "
         "41. lpp. atsauce uz spēkā neesošiem Ministru kabineta noteikumiem.", align="j")
    P(d, "2. Profesionālās kvalifikācijas eksāmens", bold=True)
    P(d, "2.1. Eksāmena struktūra (teorētiskā daļa – tests; praktiskā daļa – mehatroniskas stacijas bojājuma diagnostika "
         "un novēršana, kā arī PLC programmas papildināšana) ir atbilstoša un praktiski orientēta.", align="j")
    P(d, "2.2. Praktiskā uzdevuma B variantā nav norādīts, kāda programmēšanas vide tiek izmantota. Tā kā skolās ir dažādu "
         "ražotāju aprīkojums, tas jānosaka eksāmena satura aprakstā vai jāparedz alternatīvas.", align="j")
    P(d, "2.3. Vērtēšanas kritērijos drošības prasību neievērošana vērtēta tikai ar punktu atskaitījumu. Uzskatu, ka "
         "bīstama rīcība (piem., darbs pie iekārtas ar ieslēgtu spriegumu bez aizsardzības) ir jānosaka kā pamats "
         "eksāmena pārtraukšanai.", align="j")
    P(d, "2.4. Testa jautājumu bankā (120 jautājumi) ap 15 jautājumiem ir ar vairākām pareizajām atbildēm, lai gan "
         "instrukcijā teikts, ka pareiza ir viena. Jāpārskata.", align="j")
    P(d, "3. Kopvērtējums", bold=True)
    P(d, "Abi dokumenti ir labā līmenī un kopumā ¦atbalstāmi. Tomēr tos nevajadzētu virzīt saskaņošanai, pirms nav "
         "novērsti 1.2.–1.5. un 1.7. punktā (MIP) un 2.2.–2.4. punktā (PKE) minētie trūkumi. Pēc precizējumu veikšanas gan "
         "programma, gan eksāmena saturs ir virzāmi saskaņošanai; atkārtota pilna ekspertīze nav nepieciešama, pietiks "
         "ar labojumu pārbaudi.", align="j")
    P(d, "Ja darba grupai robotikas moduļa pārstrādei nepieciešams metodiskais atbalsts, esmu gatava konsultēt.", align="j")
    P(d, "")
    P(d, "Ar cieņu", after=0)
    P(d, "Ligita Rudzīte")
    build(f"{PREFIX}13_Rudzite_mehatronika_atzinums_2026-03-02.docx", d,
          rows=[R(MEH, "MIP", NC, "Ligita Rudzīte", "2026-03-02", 4),
                R(MEH, "PKE", NC, "Ligita Rudzīte", "2026-03-02", 4)],
          note="Long (about 1.5 pages) academic review with title letterhead (Dr. sc. ing. stripped). Body remark 'Šādā "
               "formā es šo moduli neatbalstītu' is about one module; 'Kopvērtējums' covers both documents: 'kopumā "
               "atbalstāmi. Tomēr ... nevajadzētu virzīt saskaņošanai, pirms nav novērsti ...' -> both needs_corrections. "
               "'metodiskais atbalsts' is a noun.",
          author="Ligita Rudzīte", created=T(2026, 3, 2, 13, 15))


# ---------------------------------------------------------------- 14 (not a review)
def f14():
    d = new_doc("Calibri", 11)
    P(d, "Metodiskie norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai", bold=True, size=14)
    P(d, "Projekta 5. posms (2026. gada aprīlis – jūlijs)", italic=True)
    P(d, "Sagatavoja: LDDK projekta koordinatori", size=9)
    d.add_heading("1. Vispārīgi", level=2)
    P(d, "Ekspertīzes mērķis ir izvērtēt, vai profesionālās izglītības iestāžu darba grupu izstrādātais modulārās "
         "izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs ir atbalstāms un virzāms "
         "saskaņošanai. Eksperts vērtē dokumentu atbilstību profesijas standartam vai profesionālās kvalifikācijas "
         "prasībām un nozares aktuālajām vajadzībām.")
    d.add_heading("2. Atzinuma saturs", level=2)
    P(d, "Atzinumā norāda kvalifikācijas nosaukumu un LKI līmeni, eksperta vārdu, uzvārdu un datumu. Katram dokumentam "
         "atsevišķi norāda vienu no šiem vērtējumiem:")
    P(d, "saturs ir atbalstāms un virzāms saskaņošanai;", style="List Number")
    P(d, "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;", style="List Number")
    P(d, "saturs nav atbalstāms.", style="List Number")
    P(d, "Ja izvēlēts otrais vai trešais vērtējums, eksperts konkrēti uzskaita nepieciešamos precizējumus vai "
         "iemeslus, kāpēc saturs netiek atbalstīts. Ieteikumi, kas nav obligāti, jānodala no prasībām.")
    P(d, "Piemērs: „Kvalifikācija: mēbeļu galdnieks (LKI 4). MIP saturs ir atbalstāms; pēc precizējumu veikšanas "
         "virzāms saskaņošanai (sk. 1.–3. punktu). PKE saturs ir atbalstāms un virzāms saskaņošanai.”", italic=True)
    d.add_heading("3. Atkārtota ekspertīze", level=2)
    P(d, "Ja saturs nav atbalstīts, izglītības iestāde to pārstrādā un iesniedz atkārtoti. Atkārtotajā atzinumā "
         "ieteicams īsi norādīt iepriekšējās kārtas vērtējumu un to, vai norādītie trūkumi ir novērsti.")
    d.add_heading("4. Termiņi un iesniegšana", level=2)
    P(d, "Atzinumu iesniedz koordinatoram elektroniski (.docx) 10 darba dienu laikā no dokumentu saņemšanas. Faila "
         "nosaukumā ieteicams norādīt kvalifikāciju un eksperta uzvārdu. Jautājumu gadījumā koordinatori nodrošina "
         "metodisko atbalstu.")
    build(f"{PREFIX}14_Metodiskie noradijumi ekspertiem_5posms.docx", d,
          problems=["no_verdict"],
          note="NOT a review: instructions for experts. Purpose sentence 'izvērtēt, vai ... ir atbalstāms', numbered list "
               "of all three options, and an italic sample conclusion naming a real qualification. No rows; one no_verdict.",
          author="Laura Kļaviņa", created=T(2026, 4, 1, 9, 0))


# ---------------------------------------------------------------- 15
def f15():
    d = new_doc("Cambria", 11)
    P(d, "Sanita Krūmiņa", bold=True, after=0, size=12)
    P(d, "SIA „Cēsu kokapstrāde” kvalitātes vadītāja")
    P(d, "")
    P(d, "Labdien!")
    P(d, "Pēc Jūsu lūguma esmu izskatījusi divu kokrūpniecības kvalifikāciju eksāmenu saturu. Programmas (MIP) šoreiz "
         "netika iesniegtas, tāpēc par tām neizsakos.")
    P(d, f"A) Kokapstrādes iekārtu operators (3.{NB}LKI līmenis)", bold=True)
    P(d, "Eksāmena praktiskā daļa paredz tikai vienu operāciju – zāģēšanu ar formatzāģi. Operatoram jāprot strādāt "
         "vismaz ar ēveles, frēzes un urbšanas iekārtām, un eksāmenā tas būtu jāparāda. Teorijas testā gandrīz puse "
         "jautājumu ir par koksnes anatomiju, bet nav neviena par iekārtu iestatīšanu un drošu darbu ar tām. Uzskatu, ka "
         "šāds eksāmens kvalifikāciju nepārbauda, tāpēc PKE saturu neatbalstu – tas jāpārstrādā un jāiesniedz vēlreiz.")
    P(d, f"B) Mēbeļu galdnieks (4.{NB}LKI līmenis)", bold=True)
    P(d, "Te man ir tikai labi vārdi. Uzdevums (kumodes ar atvilktnēm izgatavošana un virsmas apdare) aptver visu "
         "tehnoloģisko ciklu, vērtēšanas lapa ir detalizēta, laiks (divas dienas) reāls. Eksāmena saturs atbalstāms, "
         "iesaku virzīt saskaņošanai.")
    P(d, "")
    P(d, f"Cēsīs, 2026.{NB}gada 8.{NB}aprīlī", after=0)
    P(d, "S. Krūmiņa")
    build(f"{PREFIX}15_Krumina_PKE kokapstrade un mebeles.docx", d,
          rows=[R(KIO, "PKE", NS, "Sanita Krūmiņa", "2026-04-08", 3),
                R(MEB, "PKE", S, "Sanita Krūmiņa", "2026-04-08", 4)],
          note="Letter with lettered sections A)/B), PKE only (MIP explicitly not submitted -> no MIP rows). "
               "'PKE saturu neatbalstu' -> not_supported; 'Eksāmena saturs atbalstāms, iesaku virzīt saskaņošanai' -> "
               "supported. Full name from the letterhead, signature is initial + surname.",
          author="Sanita", created=T(2026, 4, 8, 10, 30))


# ---------------------------------------------------------------- 16
def f16():
    d = new_doc("Arial", 10)
    P(d, "Valdis Grīnbergs, sertificēts energoauditors, LDDK eksperts (enerģētika)", size=9, after=0)
    P(d, "2026-05-12", size=9)
    P(d, "Atzinums par trīs enerģētikas nozares modulārajām izglītības programmām", bold=True, size=12)
    P(d, "Šis atzinums attiecas tikai uz programmām. Eksāmenu saturu skolas sola iesniegt jūnijā, tad sniegšu atsevišķu "
         "atzinumu.")
    P(d, "ELEKTROMONTIERIS", bold=True)
    P(d, "Programma ir pārskatāma un kopumā atbilst 3. līmenim. Trūkst divu lietu: zibensaizsardzības un zemējuma "
         "ierīkošanas (tikai pieminēta) un darba ar mērinstrumentiem (izolācijas pretestības, cilpas pretestības "
         "mērījumi). Ja programmu papildinās, to var virzīt saskaņošanai – atbalstu ar šo nosacījumu.")
    P(d, "VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS", bold=True)
    P(d, "Labākā no trim. Skaidri mācību rezultāti, reāli prakses uzdevumi, ņemtas vērā F-gāzu regulas prasības. "
         "Atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.")
    P(d, "VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS", bold=True)
    P(d, "Programma būtībā ir remontatslēdznieka programmas kopija ar dažiem pievienotiem moduļiem. Tehniķim jāprot "
         "sistēmas aprēķināt un regulēt, novērtēt to energoefektivitāti, vadīt nelielu komandu – nekas no tā "
         "mācību rezultātos nav atspoguļots. Nevaru to atbalstīt; programma jāizstrādā no jauna, balstoties uz "
         "4. līmeņa profesionālās kvalifikācijas prasībām.")
    P(d, "")
    P(d, "V. Grīnbergs")
    build(f"{PREFIX}16_Grinbergs MIP energetika maijs.docx", d,
          rows=[R(EM, "MIP", NC, "Valdis Grīnbergs", "2026-05-12", 3),
                R(VGKR, "MIP", S, "Valdis Grīnbergs", "2026-05-12", 3),
                R(VGKT, "MIP", NS, "Valdis Grīnbergs", "2026-05-12", 4)],
          note="ALL-CAPS headings, three qualifications, MIP only ('attiecas tikai uz programmām' -> no PKE rows). "
               "Condition before the verdict ('Ja programmu papildinās, to var virzīt ... – atbalstu ar šo nosacījumu') "
               "-> needs_corrections; 'Atbalstu bez iebildumiem' -> supported; 'Nevaru to atbalstīt' -> not_supported. "
               "ISO date at top.",
          author="Valdis Grīnbergs", created=T(2026, 5, 12, 7, 50))


# ---------------------------------------------------------------- 17
def f17():
    d = new_doc("Calibri", 11)
    P(d, "Labdien,")
    P(d, "nosutu savu vertejumu par motorzaga operatora un meza masinu operatora dokumentiem (abas kvalifikacijas 3. limenis).")
    P(d, "Motorzaga operatora programma un eksamens man patika. Programma kompakta, nekas lieks, prakse mezizstrades "
         "objekta paredzeta pietiekama apjoma. Eksamena uzdevums realistisks un drosibas prasibas ieklautas vertesana. "
         "Abus dokumentus atbalstu un tos var virzit saskanosanai.")
    P(d, "Meza masinu operatora programma pec strukturas ir ok, bet tur ir paris lietas, kas jasalabo: nav pieminets "
         "darbs ar navigacijas sistemam un cirsmu kartem, un tehniskas apkopes modulis ir parak vispariga. Atbalstu, bet "
         "saskanosanai virzit tikai pec tam, kad tas bus izlabots. Eksamenu meza masinu operatoram vel neesmu sanemis.")
    P(d, "Aivars Strazds", after=0)
    P(d, "27.01.2026")
    build(f"{PREFIX}17_vertejums motorzagis un meza masinas.docx", d,
          rows=[R(MOT, "MIP", S, "Aivars Strazds", "2026-01-27", 3),
                R(MOT, "PKE", S, "Aivars Strazds", "2026-01-27", 3),
                R(MMO, "MIP", NC, "Aivars Strazds", "2026-01-27", 3)],
          note="Hasty text without diacritics, two qualifications inside running text (no headings). 'Abus dokumentus "
               "atbalstu un tos var virzit saskanosanai' -> motorzāģa MIP+PKE supported. Meža mašīnu MIP 'Atbalstu, bet "
               "saskanosanai virzit tikai pec tam, kad tas bus izlabots' -> needs_corrections; its PKE not yet received "
               "-> no row.",
          author="", created=T(2026, 1, 27, 17, 45))


# ---------------------------------------------------------------- 18
def f18():
    d = new_doc("Times New Roman", 12)
    P(d, "Ināra Zvejniece", align="r", after=0)
    P(d, "20.04.2026.", align="r")
    P(d, "Atzinums", bold=True, align="c", size=14, after=0)
    P(d, "Koka izstrādājumu ražošanas tehniķis, LKI 4", align="c")
    P(d, "Izskatīju darba grupas sagatavoto programmu un eksāmena saturu. Abus dokumentus vērtēju, salīdzinot ar "
         "profesionālās kvalifikācijas prasībām un ar to, kā ražošanas tehniķa darbs izskatās vidējā kokapstrādes "
         "uzņēmumā.", align="j")
    P(d, "Programma", bold=True)
    P(d, "Ražošanas tehniķim jāplāno un jāorganizē ražošana, jāaprēķina izmaksas, jāuzrauga kvalitāte. Programma turpretī "
         "gatavo drīzāk iekārtu operatoru: ap 60 % laika pavadīts pie iekārtām, bet ražošanas plānošanai, izmaksu "
         "aprēķinam un kvalitātes vadībai kopā atvēlētas vien 120 stundas. Vides prasības (ražošanas atkritumu "
         "apsaimniekošana, koksnes putekļi) nav iekļautas vispār.", align="j")
    p = P(d, "", align="j")
    runs = add_text(p, "Šobrīd programmas saturu nevaru atbalstīt. Tā jāpārskata pēc būtības, nevis kosmētiski.")
    d.add_comment(runs, text="Vai skolai nosūtām šo kā galīgo vērtējumu? Lūdzu apstiprināt līdz piektdienai.",
                  author="Laura Kļaviņa", initials="LK")
    P(d, "Eksāmens", bold=True)
    P(d, "Eksāmena saturs ir daudz tuvāks tam, kas tehniķim vajadzīgs. Nepieciešami tikai nelieli precizējumi: "
         "ražošanas plāna uzdevumā jānorāda pasūtījuma apjoms (šobrīd izejas datu nav), un vērtēšanas kritērijos jāparāda "
         "punktu sadalījums pa apakšuzdevumiem.", align="j")
    P(d, "Neskatoties uz iepriekš teikto par programmu, PKE uzskatu par atbalstāmu – pēc minēto precizējumu veikšanas "
         "to var virzīt saskaņošanai.", align="j")
    build(f"{PREFIX}18_Zvejniece - Koka izstrādājumu ražošanas tehniķis.docx", d,
          rows=[R(KIRT, "MIP", NS, "Ināra Zvejniece", "2026-04-20", 4),
                R(KIRT, "PKE", NC, "Ināra Zvejniece", "2026-04-20", 4)],
          note="Name and date top-right, no closing. MIP 'nevaru atbalstīt' -> not_supported (a coordinator's Word comment "
               "on that sentence is not a verdict). PKE: 'Nepieciešami', 'Neskatoties' start with ne- without negating; "
               "'uzskatu par atbalstāmu – pēc minēto precizējumu veikšanas to var virzīt' -> needs_corrections.",
          author="Laura Kļaviņa", created=T(2026, 4, 20, 14, 0), modified_by="Laura Kļaviņa")


# ---------------------------------------------------------------- 19
def f19():
    d = new_doc("Calibri", 11)
    header_text(d, ["Ilze Saulīte | eksperte, enerģētikas nozare | 28.04.2026."], align="r")
    P(d, "Elektrotehniķa programmas 2. redakcija un eksāmena saturs", bold=True, size=13)
    P(d, "Salīdzinot ar februārī redzēto pirmo redakciju, programma ir būtiski mainījusies. Atjaunīgo energoresursu "
         "modulis tagad ir (saules elektrostacijas, invertori, akumulatoru krātuves), releju aizsardzības un "
         "elektroapgādes moduļu dublēšanās novērsta, prakses īpatsvars palielināts līdz 52 %.")
    P(d, "Programmu atbalstu bez precizējumiem, var virzīt saskaņošanai.")
    P(d, "Par eksāmenu. Skatījos abas daļas. Praktiskais uzdevums – elektroietaises shēmas salikšana, pārbaude un "
         "nodošana ekspluatācijā ar mērījumu protokolu – ir tieši tas, kas tehniķim jāprot. Teorijas tests īss, bet "
         "aptver visu nepieciešamo.")
    P(d, "Pret PKE saturu man nav iebildumu, to var virzīt saskaņošanai.")
    P(d, "")
    P(d, "Ilze")
    build(f"{PREFIX}19_Elektrotehnikis 2red_Saulite.docx", d,
          rows=[R(ET, "MIP", S, "Ilze Saulīte", "2026-04-28", 4),
                R(ET, "PKE", S, "Ilze Saulīte", "2026-04-28", 4)],
          note="Expert's full name and date only in the page header; body signed with first name. MIP 'atbalstu bez "
               "precizējumiem, var virzīt saskaņošanai' -> supported. PKE 'man nav iebildumu, to var virzīt saskaņošanai' "
               "('nav iebildumu' is positive) -> supported. LKI from the register.",
          author="Ilze Saulīte", created=T(2026, 4, 28, 9, 5))


# ---------------------------------------------------------------- 20
def f20():
    d = new_doc("Times New Roman", 12)
    header_text(d, ["Kaspars Ziediņš · LDDK eksperts kokrūpniecībā · 22.01.2026"], align="c", footer=True)
    P(d, f"Kokapstrādes iekārtu operatora programma un eksāmens (3.{NB}LKI)", bold=True, size=13)
    P(d, "Abi man nosūtītie dokumenti ir pirmās darba versijas, un tas ir jūtams. Programmā vairāki moduļi ir tikai "
         "ar nosaukumiem un stundu skaitu, bez mācību rezultātiem; kokapstrādes iekārtu drošas lietošanas modulis "
         "balstās uz instrukcijām, kas attiecas uz iekārtām, kuras uzņēmumos vairs neizmanto. Nav neviena vārda par "
         "skaitliskās vadības iekārtām, kaut arī 3. līmeņa operatoram jāprot tās vismaz apkalpot.", align="j")
    P(d, "Eksāmena aprakstā ir tikai teorijas tests; praktiskā daļa minēta ar vienu teikumu („izgatavot izstrādājumu "
         "pēc rasējuma”), bez rasējuma, materiālu saraksta un vērtēšanas kritērijiem. Tādu eksāmenu nav iespējams "
         "vienādi organizēt dažādās skolās.", align="j")
    P(d, "Noslēgumā: pagaidām ne programmu, ne eksāmena saturu nevaru atbalstīt. Abi dokumenti jāpārstrādā un jāiesniedz "
         "vēlreiz; nākamo versiju labprāt apskatīšu.", align="j")
    build(f"{PREFIX}20_KIO_atzinums_Ziedins.docx", d,
          rows=[R(KIO, "MIP", NS, "Kaspars Ziediņš", "2026-01-22", 3),
                R(KIO, "PKE", NS, "Kaspars Ziediņš", "2026-01-22", 3)],
          note="No signature in the body: expert's name and date only in the page footer. 'ne programmu, ne eksāmena "
               "saturu nevaru atbalstīt' (one sentence covering both documents) -> both not_supported.",
          author="", created=T(2026, 1, 22, 16, 20))


# ---------------------------------------------------------------- 21
def f21():
    d = new_doc("Times New Roman", 12)
    P(d, "Par mežsaimniecības tehniķa kvalifikācijas eksāmena saturu", bold=True, size=13)
    P(d, "Šis atzinums ir tikai par PKE. Programmu vērtēja Dace Lapiņa, un, cik zinu, tā jau ir pārstrādāta.", italic=True)
    P(d, "Eksāmena praktiskā daļa sastāv no diviem uzdevumiem: mežaudzes taksācijas rādītāju noteikšana dabā un "
         "mežsaimnieciskās darbības plāna sagatavošana vienam nogabalam. Abi uzdevumi ir tehniķa darba ikdiena, un to "
         "izvēle ir trāpīga. Teorijas daļā patika situāciju uzdevumi par meža atjaunošanu un dabas aizsardzības "
         "prasībām mikroliegumos.", align="j")
    P(d, "Divas lietas tomēr jāsakārto. Otrā praktiskā uzdevuma izejas datos nogabala platība tabulā (2,4 ha) un plānā "
         "(3,1 ha) atšķiras. Vērtēšanas lapa paredz tikai papīra taksācijas lapas aizpildīšanu, lai gan praksē arvien "
         "biežāk lieto mobilās lietotnes un GNSS uztvērējus – jāparedz, kā vērtē, ja eksaminējamais strādā digitāli.", align="j")
    P(d, "Noslēgumā", bold=True)
    P(d, "PKE saturu atbalstu. Tomēr pirms dokumenta virzīšanas saskaņošanai skolai jāizlabo minētās neatbilstības "
         "izejas datos un vērtēšanas lapā jāparedz digitālo rīku izmantošana.", align="j")
    P(d, "")
    P(d, "Edgars Pūce", after=0)
    P(d, "meža inventarizācijas speciālists", after=0)
    P(d, f"2026.{NB}gada 19.{NB}martā")
    build(f"{PREFIX}21_Puce_PKE mezsaimniecibas tehnikis.docx", d,
          rows=[R(MEZT, "PKE", NC, "Edgars Pūce", "2026-03-19", 4)],
          note="One document only (PKE; MIP explicitly evaluated by another named expert -> no MIP row, and that name is "
               "not the author). 'Noslēgumā' heading: 'PKE saturu atbalstu. Tomēr pirms ... virzīšanas saskaņošanai "
               "skolai jāizlabo ...' - condition in the next sentence -> needs_corrections.",
          author="Edgars Pūce", created=T(2026, 3, 19, 21, 0))


# ---------------------------------------------------------------- 22
def f22():
    d = new_doc("Arial", 10)
    P(d, "**Agnese Vanaga** <agnese.vanaga@lddk.lv>\tTrešd., 2026. g. 15. apr., plkst. 11:37", after=0)
    P(d, "Kam: Laura Kļaviņa <laura.klavina@lddk.lv>", size=9, color="777777")
    P(d, "Laura, pārsūtu Kristapa atbildi par mehatroniķiem. Lūdzu, saglabā kopējā mapē un atzīmē tabulā.")
    P(d, "A.")
    P(d, "")
    P(d, "---------- Pārsūtīts ziņojums ---------", after=0)
    P(d, "No: **Kristaps Liepiņš** <kristaps.liepins@automatika-pro.lv>", after=0)
    P(d, "Datums: pirmd., 2026. g. 13. apr., plkst. 08:51", after=0)
    P(d, "Temats: mehatronika – MIP un PKE pēc labojumiem", after=0)
    P(d, "Kam: Agnese Vanaga <agnese.vanaga@lddk.lv>")
    P(d, "")
    P(d, "Labrīt!")
    P(d, "Paskatījos labotās versijas mehatronisko sistēmu tehniķim. Redzu, ka ņemti vērā Rudzītes kundzes martā "
         "norādītie punkti – robotu modulim tagad 56 stundas, PLC daļā ir FBD un ST, kiberdrošība ielikta tīklu modulī.")
    P(d, "Programmā palika viena lieta: moduļu kodi 3. tabulā joprojām nesakrīt ar aprakstiem. Tas ir tehnisks sīkums, "
         "bet pirms sūtīšanas saskaņošanai tas jāizlabo; citādi MIP atbalstu.")
    P(d, "Eksāmena saturs tagad ir kārtībā – to atbalstu, var virzīt saskaņošanai.")
    P(d, "Kristaps Liepiņš", after=0)
    P(d, "automatizācijas inženieris")
    build(f"{PREFIX}22_Fwd mehatronika – MIP un PKE pēc labojumiem.docx", d,
          rows=[R(MEH, "MIP", NC, "Kristaps Liepiņš", "2026-04-13", 4),
                R(MEH, "PKE", S, "Kristaps Liepiņš", "2026-04-13", 4)],
          note="Gmail forward (Latvian UI headers) from coordinator to coordinator; the expert's message is the forwarded "
               "part. Expert = Kristaps Liepiņš (not the forwarder Agnese, not the earlier expert 'Rudzītes kundze'); date "
               "= the expert's own message (13 Apr), not the forward (15 Apr). MIP 'jāizlabo ...; citādi MIP atbalstu' -> "
               "needs_corrections; PKE 'to atbalstu, var virzīt saskaņošanai' -> supported.",
          author="Agnese Vanaga", created=T(2026, 4, 15, 11, 40))


# ---------------------------------------------------------------- 23
def f23():
    d = new_doc("Times New Roman", 12)
    P(d, "Cien. Laura,")
    P(d, "nosūtu atzinumu par trim kokrūpniecības kvalifikācijām, kuru dokumenti man tika nodoti maija vidū. Katrai "
         "kvalifikācijai skatīju gan programmu, gan eksāmenu. Lai būtu vieglāk, katru aprakstu atsevišķi un beigās "
         "apkopoju.", align="j")
    P(d, "I. Būvizstrādājumu galdnieks", bold=True)
    P(d, "Programma labi sabalansēta, moduļi par logu un durvju ražošanu atbilst tam, kā darbs notiek mūsdienu "
         "ražotnēs. To var virzīt saskaņošanai tādā redakcijā, kā iesniegta – saturu atbalstu. Pāris ieteikumu, ja darba "
         "grupai vēl būs laiks (tie nav obligāti): kāpņu izgatavošanas modulī varētu pieminēt kāpņu aprēķinu "
         "programmas, un mācību rezultātos par montāžu varētu pieminēt gaisa caurlaidības testu.", align="j")
    P(d, "Eksāmenā uzdevums (loga bloka izgatavošana) ir atbilstošs, bet vērtēšanas kritērijos trūkst izmēru pielaižu "
         "un nav noteikts, cik punktu nepieciešams, lai daļu ieskaitītu. Kad tas būs papildināts, PKE var virzīt "
         "saskaņošanai; kopumā to atbalstu.", align="j")
    P(d, "II. Mēbeļu galdnieks", bold=True)
    P(d, "Programmā (MIP) redzu, ka ir ņemtas vērā martā izteiktās piezīmes par CNC un apdari, taču nu parādījusies jauna "
         "problēma – moduļu kopsumma ir 1 720 stundas, kas pārsniedz normatīvos noteikto apjomu. Atbalstu ar "
         "precizējumiem: jāsamazina apjoms vai jāpārdala stundas starp moduļiem, pēc tam virzāma saskaņošanai.", align="j")
    P(d, "PKE – bez piezīmēm, atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "III. Koka izstrādājumu ražošanas tehniķis", bold=True)
    P(d, "Programma pārstrādāta pēc aprīļa ekspertīzes un tagad tiešām gatavo tehniķi, nevis operatoru – plānošana, "
         "izmaksas, kvalitāte un vides prasības ir savās vietās. Programma atbalstāma un virzāma saskaņošanai.", align="j")
    P(d, "Ar eksāmenu sliktāk. Skola to pārveidojusi tā, ka praktiskā daļa tagad ir rakstisks ražošanas plāna "
         "apraksts bez jebkāda darba ražotnē vai ar iekārtām. Tehniķa eksāmenā tas nav pieņemami. PKE nav atbalstāms; "
         "jāatjauno praktiskā daļa un jāiesniedz vēlreiz.", align="j")
    P(d, "Rezumējot", bold=True)
    P(d, "būvizstrādājumu galdniekam MIP atbalstāma bez labojumiem, PKE – pēc precizējumiem; mēbeļu galdniekam otrādi – "
         "MIP pēc precizējumiem, PKE bez labojumiem; koka izstrādājumu ražošanas tehniķim MIP atbalstāma, bet PKE "
         "neatbalstu.", align="j")
    P(d, "")
    P(d, "Ar labiem vēlējumiem", after=0)
    P(d, "Laila Ozoliņa", after=0)
    P(d, "Dr. sc. ing., kokapstrādes tehnoloģiju pētniece", after=0)
    P(d, "Jelgavā, 03.06.2026.")
    build(f"{PREFIX}23_Ozolina_3 kvalifikacijas_galigais.docx", d,
          rows=[R(BUV, "MIP", S, "Laila Ozoliņa", "2026-06-03", 4),
                R(BUV, "PKE", NC, "Laila Ozoliņa", "2026-06-03", 4),
                R(MEB, "MIP", NC, "Laila Ozoliņa", "2026-06-03", 4),
                R(MEB, "PKE", S, "Laila Ozoliņa", "2026-06-03", 4),
                R(KIRT, "MIP", S, "Laila Ozoliņa", "2026-06-03", 4),
                R(KIRT, "PKE", NS, "Laila Ozoliņa", "2026-06-03", 4)],
          note="Letter, Roman-numeral sections for three qualifications, both documents each, then 'Rezumējot' (lower-case "
               "start) consistent with the sections. Optional suggestions after 'saturu atbalstu' don't downgrade "
               "būvizstrādājumu MIP; its PKE condition precedes 'kopumā to atbalstu' -> needs_corrections. 'Atbalstu ar "
               "precizējumiem' -> needs_corrections; 'PKE nav atbalstāms' -> not_supported. History of April/March rounds "
               "mentioned in passing. Place+date after the name.",
          author="Laila Ozoliņa", created=T(2026, 6, 3, 19, 25))


# ---------------------------------------------------------------- 24
def f24():
    d = new_doc("Calibri", 11)
    P(d, "Atzinums", bold=True, size=14, after=0)
    P(d, f"Metālapstrādes darbgaldu operatora (LKI{NB}3) kvalifikācijas modulārās izglītības programmas un eksāmena saturs",
      italic=True)
    P(d, "Darba grupa ir paveikusi kvalitatīvu darbu. Programmā atbilstošā apjomā ir virpošana, frēzēšana, urbšana un "
         "slīpēšana, kā arī ievads CNC darbgaldu apkalpošanā un G-koda lasīšanā. Mācību rezultāti formulēti izmērāmi, "
         "stundu sadalījums starp teoriju un praksi ir labs. Programma ir atbalstāma un virzāma saskaņošanai.")
    P(d, "Eksāmenā paredzēta vārpstas izgatavošana pēc rasējuma uz universālā virpas darbgalda un vienkāršas detaļas "
         "frēzēšana. Uzdevumi labi, bet:")
    P(d, "nav norādīts, kādi mērinstrumenti eksaminējamajam ir pieejami (mikrometrs, bīdmērs, vītņu kalibri);",
      style="List Bullet")
    P(d, "rasējumā dažiem izmēriem nav pielaižu, bet vērtēšanas kritērijos prasīta atbilstība pielaidēm;",
      style="List Bullet")
    P(d, "eksāmena ilgums (6 h) nav sadalīts pa uzdevumiem.", style="List Bullet")
    P(d, "Eksāmena saturu atbalstu, taču pirms saskaņošanas šie precizējumi jāveic.")
    P(d, "")
    P(d, "Daugavpilī", after=0)
    P(d, f"2026.{NB}gada 6.{NB}maijā")
    P(d, "Rolands Cīrulis", after=0)
    P(d, "SIA „Dinaburgas mehānika” ražošanas meistars")
    build(f"{PREFIX}24_Cirulis_metalapstrades darbgaldu operators.docx", d,
          rows=[R("metālapstrādes darbgaldu operators", "MIP", S, "Rolands Cīrulis", "2026-05-06", 3),
                R("metālapstrādes darbgaldu operators", "PKE", NC, "Rolands Cīrulis", "2026-05-06", 3)],
          problems=["unknown_qualification"],
          note="Qualification not in the register (given in the genitive in the subtitle; nominative used in gold), LKI 3 "
               "from the review -> unknown_qualification. MIP supported; PKE 'atbalstu, taču pirms saskaņošanas šie "
               "precizējumi jāveic' -> needs_corrections. Place and date on separate lines above the signature.",
          author="Rolands", created=T(2026, 5, 6, 15, 10))


# ---------------------------------------------------------------- 25 (not a review)
def f25():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    P(d, "Ekspertu darba sadalījums projekta 5. posmā", bold=True, size=13, after=0)
    P(d, "aktualizēts 2026-04-10 (A. Vanaga)", italic=True, size=9)
    head = ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Piezīmes"]
    data = [
        ["1.", "Mēbeļu galdnieks", "4", "MIP, PKE", "L. Ozoliņa", "29.05.", "atkārtota ekspertīze pēc precizējumiem"],
        ["2.", "Būvizstrādājumu galdnieks", "4", "MIP, PKE", "L. Ozoliņa", "29.05.", "PKE 4. posmā – pretrunīgs atzinums, jāvērtē vēlreiz"],
        ["3.", "Koka izstrādājumu ražošanas tehniķis", "4", "MIP, PKE", "I. Zvejniece", "24.04.", ""],
        ["4.", "Datorizētu kokapstrādes iekārtu operators", "4", "MIP, PKE", "M. Dambis", "30.04.", "2. kārta"],
        ["5.", "Elektromontieris", "3", "MIP", "V. Grīnbergs", "15.05.", "PKE jūnijā"],
        ["6.", "VGK sistēmu tehniķis", "4", "MIP", "V. Grīnbergs / A. Bērziņš", "15.05.", "MIP 4. posmā atbalstīta, skola iesniegusi jaunu redakciju"],
        ["7.", "Mehatronisko sistēmu tehniķis", "4", "MIP, PKE", "K. Liepiņš", "17.04.", "tikai labojumu pārbaude"],
        ["8.", "Meža mašīnu operators", "3", "MIP", "J. Ābeltiņš", "08.05.", "3. versija; PKE atbalstīts aprīlī"],
    ]
    t = d.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for row in data:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    P(d, "")
    P(d, "Atzinumus lūdzam iesniegt koordinatorēm līdz norādītajam termiņam. Ja skola dokumentus neiesniedz laikā, "
         "termiņš tiek pārcelts.", size=9)
    build(f"{PREFIX}25_Ekspertu sadalijums 5.posms.docx", d,
          problems=["no_verdict"],
          note="NOT a review: coordinators' assignment table (landscape) with qualifications, LKI, documents, experts, "
               "deadlines; notes mention earlier verdicts ('atbalstīta', 'pretrunīgs atzinums'). No rows; one no_verdict.",
          author="Agnese Vanaga", created=T(2026, 4, 10, 9, 40))


# ---------------------------------------------------------------- 26
def f26():
    d = new_doc("Times New Roman", 12)
    P(d, "Ekspertīze: Kokapstrādes iekārtu operators (2. profesionālās kvalifikācijas līmenis)", bold=True)
    P(d, "Piezīme: skolas dokumentos vēl lietots vecais PKL apzīmējums; saskaņā ar ietvarstruktūru tas ir LKI 3. "
         "līmenis – ieteicams nomainīt visā tekstā.", italic=True, size=10)
    P(d, "Programma. Salīdzinot ar janvārī vērtēto versiju, pievienoti mācību rezultāti visiem moduļiem un iekļauta "
         "CNC iekārtu apkalpošana. Joprojām jāsakārto drošas darba vides modulis – tajā aprakstītas iekārtas, kuru "
         "mūsu nozares uzņēmumos vairs nav, bet nav minēta putekļu nosūce un trokšņa aizsardzība. Arī prakses vietu "
         "saraksts pielikumā ir no 2019. gada.", align="j")
    P(d, "Eksāmens. Tagad ir pilnvērtīga praktiskā daļa ar rasējumu, materiālu sarakstu un vērtēšanas kritērijiem. "
         "Iebildumu nav.", align="j")
    P(d, "Vērtējums (nevajadzīgo svītrot):", bold=True)
    P(d, "MIP – ~~saturs ir atbalstāms un virzāms saskaņošanai~~ / saturs ir atbalstāms; pēc precizējumu veikšanas "
         "virzāms saskaņošanai / ~~saturs nav atbalstāms~~")
    P(d, "PKE – saturs ir atbalstāms un virzāms saskaņošanai / ~~saturs ir atbalstāms; pēc precizējumu veikšanas "
         "virzāms saskaņošanai~~ / ~~saturs nav atbalstāms~~")
    P(d, "")
    P(d, "I. Zvejniece, 30.03.2026.")
    build(f"{PREFIX}26_KIO_ekspertize_IZ.docx", d,
          rows=[R(KIO, "MIP", NC, "I. Zvejniece", "2026-03-30", 3),
                R(KIO, "PKE", S, "I. Zvejniece", "2026-03-30", 3)],
          note="Prose review ending with a 'nevajadzīgo svītrot' line per document: non-chosen options struck through "
               "(w:strike). Level given in the old PKL form (2. PKL = LKI 3, also stated). Only initial + surname.",
          author="IZ", created=T(2026, 3, 30, 12, 0))


# ---------------------------------------------------------------- 27
def f27():
    d = new_doc("Cambria", 11)
    header_text(d, ["SIA „Ventas klimats” · Projektu nodaļa"], align="r")
    P(d, f"Rīgā, 2026.{NB}gada 21.{NB}maijā", align="r")
    P(d, "Projekta koordinatorei L. Kļaviņai", after=0)
    P(d, "")
    P(d, "Par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa programmas un eksāmena saturu", bold=True)
    P(d, f"Saņēmu pārstrādāto programmu un eksāmena saturu ventilācijas un gaisa kondicionēšanas sistēmu tehniķim "
         f"(4.{NB}LKI). Atšķirībā no iepriekšējās versijas tagad ir moduļi par sistēmu aprēķinu, regulēšanu un "
         "energoefektivitāti, kā arī par darba organizēšanu objektā. Prieks, ka darba grupa ņēmusi vērā kritiku.", align="j")
    P(d, "Pie programmas vēl paliek daži jautājumi. Mans vērtējums programmai – atbalstīt un virzīt saskaņošanai pēc šo "
         "precizējumu ieviešanas:", align="j")
    P(d, "a) energoefektivitātes modulī jāiekļauj siltuma atgūšanas efektivitātes aprēķins;", after=0)
    P(d, "b) darba organizēšanas modulī jāpiemin darba drošības koordinācija būvobjektā;", after=0)
    P(d, "c) jāizlabo atsauces uz standartiem, kas aizstāti 2024. gadā.")
    P(d, "Eksāmena saturs – atbalstīts, virzāms tālāk bez labojumiem. Uzdevumi aptver visu, ko sagaidām no tehniķa.", align="j")
    P(d, "")
    P(d, "Ar cieņu", after=0)
    P(d, "Artūrs Bērziņš", after=0)
    P(d, "Mg. sc. ing., projektu vadītājs")
    build(f"{PREFIX}27_VGK sistemu tehnikis_Berzins_21.05.docx", d,
          rows=[R(VGKT, "MIP", NC, "Artūrs Bērziņš", "2026-05-21", 4),
                R(VGKT, "PKE", S, "Artūrs Bērziņš", "2026-05-21", 4)],
          note="Formal letter to the coordinator, company in page header, date at top. Verdicts as nominal phrases: "
               "'Mans vērtējums programmai – atbalstīt un virzīt saskaņošanai pēc šo precizējumu ieviešanas: a) b) c)' -> "
               "needs_corrections; 'Eksāmena saturs – atbalstīts, virzāms tālāk bez labojumiem' -> supported. "
               "Mg. sc. ing. on its own line.",
          author="Artūrs Bērziņš", created=T(2026, 5, 21, 10, 10))


# ---------------------------------------------------------------- 28
def f28():
    d = new_doc("Calibri", 11)
    P(d, "Datorizētu kokapstrādes iekārtu operators – atkārtotā ekspertīze", bold=True, size=14)
    P(d, "Zemāk vispirms īsi atkārtoju februāra atzinuma galvenos punktus, lai būtu redzama izmaiņu vēsture, un tad "
         "sniedzu vērtējumu par jaunajām redakcijām.", italic=True)
    P(d, "1. kārta (26.02.2026.)", bold=True)
    P(d, "– MIP: atbalstīta ar nosacījumu pārstrādāt CNC programmēšanas moduli un sakārtot tabulas.", after=0)
    P(d, "– PKE: netika atbalstīts (praktiskais uzdevums nepārbaudīja vadības programmas sagatavošanu, kritēriji bez "
         "pielaidēm).")
    P(d, "2. kārta (27.04.2026.)", bold=True)
    P(d, "MIP. Modulis „CNC iekārtu programmēšana” pārstrādāts no jauna: iekļauti CAM pamati, 5 asu apstrāde, "
         "simulācija pirms apstrādes. Tabulas un apraksti saskan. Programma tagad atbalstāma un virzāma saskaņošanai.")
    P(d, "PKE. Jaunais praktiskais uzdevums prasa pašam sagatavot vadības programmu pēc 3D modeļa un izgatavot detaļu – "
         "tieši tas, ko gribējām redzēt. Vērtēšanas kritērijos pielaides tagad ir, bet trūkst virsmas raupjuma "
         "prasību, un nav norādīts, kura CAM programmatūra būs eksāmenā. Atbalstu; pēc tam, kad būs veikti šie "
         "precizējumi, PKE var virzīt saskaņošanai.")
    P(d, "")
    P(d, "Māris Dambis")
    build(f"{PREFIX}28_DKIO atkartota ekspertize - Dambis.docx", d,
          rows=[R(DKIO, "MIP", S, "Māris Dambis", "2026-04-27", 4),
                R(DKIO, "PKE", NC, "Māris Dambis", "2026-04-27", 4)],
          note="Two rounds in one file. Round 1 (Feb) summary restates old verdicts (MIP with condition, PKE 'netika "
               "atbalstīts') - history, does not count. Round 2 (27.04.2026) is current: MIP 'tagad atbalstāma un "
               "virzāma saskaņošanai' -> supported; PKE 'Atbalstu; pēc tam, kad būs veikti šie precizējumi, ... var "
               "virzīt' -> needs_corrections. Date = round-2 date; LKI from the register (not stated).",
          author="Maris", created=T(2026, 4, 27, 17, 0))


# ---------------------------------------------------------------- 29
def f29():
    d = new_doc("Calibri", 11)
    P(d, "meza masinu operators – MIP (3.versija)")
    P(d, "Paskatijos labojumus. Apkopes intervali tagad noraditi, StanForD ielikts, nopludes gadijumu ricibas "
         "apraksts ir. Simulatora jautajums atrisinats ar sadarbibas ligumu ar macibu centru.")
    P(d, "MIP atbalstu, var virzit saskanosanai.")
    P(d, "PKE jau aprili bija ok, to atkartoti neskatiju.")
    P(d, "J.Abeltins")
    P(d, "2026-05-06")
    build(f"{PREFIX}29_meza masinu op MIP v3.docx", d,
          rows=[R(MMO, "MIP", S, "J.Abeltins", "2026-05-06", 3)],
          note="Very short, no diacritics, third version of the MIP. 'MIP atbalstu, var virzit saskanosanai' -> supported. "
               "PKE explicitly not re-examined ('to atkartoti neskatiju', only a reference to April) -> no PKE row. "
               "Expert as written (initial + surname without diacritics).",
          author="", created=T(2026, 5, 6, 7, 15))


# ---------------------------------------------------------------- 30 (not a review)
def f30():
    d = new_doc("Times New Roman", 12)
    P(d, "RIETUMLATVIJAS TEHNIKUMS", bold=True, align="c", size=14, after=0)
    P(d, "Reģ. Nr. 4*********, Ostas iela 7, Ventspils, LV-3601, e-pasts: info@rltehnikums.lv", align="c", size=9)
    hr(d)
    P(d, f"Ventspilī\t\t\t\t\t\t\t2026.{NB}gada 2.{NB}aprīlī  Nr. 1-8/114")
    P(d, "Latvijas Darba devēju konfederācijai", after=0)
    P(d, "projekta koordinatorei Laurai Kļaviņai")
    P(d, "Par precizētās modulārās izglītības programmas iesniegšanu", bold=True, italic=True)
    P(d, "Rietumlatvijas tehnikuma darba grupa nosūta kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības "
         f"programmas precizēto redakciju. Eksperta R. Kalniņa 2026.{NB}gada 17.{NB}marta atzinumā programmas saturs "
         "tika atzīts par atbalstāmu, pēc precizējumu veikšanas virzāmu saskaņošanai. Visi atzinumā norādītie "
         "precizējumi ir veikti, kā redzams pievienotajā izmaiņu tabulā.", align="j")
    P(d, "Profesionālās kvalifikācijas eksāmena saturs netika mainīts, jo eksperts to atbalstīja bez labojumiem.", align="j")
    P(d, "Lūdzam apstiprināt, ka programma var tikt virzīta saskaņošanai, un informēt, ja nepieciešama atkārtota "
         "ekspertīze. Pateicamies par nozares ekspertu atbalstu programmas pilnveidē.", align="j")
    P(d, "Pielikumā: 1) MIP precizētā redakcija (62 lp.); 2) izmaiņu tabula (3 lp.).", size=10)
    P(d, "")
    P(d, "Direktore\t\t\t\t\t\t\tI. Siliņa")
    P(d, "")
    P(d, "DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=8, align="c")
    P(d, "Gaidule 63******", size=8)
    build(f"{PREFIX}30_Vestule_precizeta MIP iesniegsana.docx", d,
          problems=["no_verdict"],
          note="NOT a review: school's cover letter submitting a corrected MIP. Restates the expert's earlier verdicts "
               "('atzīts par atbalstāmu, pēc precizējumu veikšanas virzāmu saskaņošanai', 'atbalstīja bez labojumiem') "
               "and uses 'atbalstu' as a noun. No rows; one no_verdict.",
          author="Gaidule", created=T(2026, 4, 2, 13, 30))


# ---------------------------------------------------------------- 31
def f31():
    d = new_doc("Calibri", 11)
    KV(d, "From: ", "Jānis Eglītis <janis.eglitis@elektrozeme.lv>")
    KV(d, "Sent: ", "Monday, May 4, 2026 8:12 AM")
    KV(d, "To: ", "Laura Kļaviņa <laura.klavina@lddk.lv>")
    KV(d, "Subject: ", "RE: PKE elektro pēc labojumiem")
    P(d, "")
    P(d, "Labrīt, Laura,")
    P(d, "nedēļas nogalē izskatīju abus labotos eksāmenu saturus. Programmas (MIP) šajā kārtā neskatīju – elektromontiera "
         "MIP atbalstīju jau martā, bet elektrotehniķa programmu pēc pārstrādes vērtēja Ilze Saulīte.")
    P(d, "**Elektromontieris, PKE.** Mērinstrumentu saraksts pievienots, laiks saskaņots (3 h gan aprakstā, gan "
         "vērtēšanas lapā). Vairāk piezīmju nav – PKE var virzīt saskaņošanai, atbalstu.")
    P(d, "**Elektrotehniķis, PKE.** Novecojušās standartu atsauces nomainītas tikai daļēji: 15. jautājumā joprojām "
         "atsauce uz atceltu standartu, un tāda pati kļūda, starp citu, bija arī elektrotehniķa programmas pirmajā "
         "redakcijā. Eksāmena saturu atbalstu, bet pirms saskaņošanas šis jautājums vēl jāizlabo.")
    P(d, "Jānis")
    build(f"{PREFIX}31_RE PKE elektro pec labojumiem.docx", d,
          rows=[R(EM, "PKE", S, "Jānis Eglītis", "2026-05-04", 3),
                R(ET, "PKE", NC, "Jānis Eglītis", "2026-05-04", 4)],
          note="Outlook e-mail with English headers, Latvian body; run-in bold labels per qualification. MIPs explicitly "
               "not reviewed (one earlier by himself in March, one by a named colleague) -> no MIP rows. Passing remark "
               "about the elektrotehniķis programme's first draft is not a verdict. Expert name from the From line (body "
               "signed 'Jānis').",
          author="Laura Kļaviņa", created=T(2026, 5, 4, 9, 0))


# ---------------------------------------------------------------- 32
def f32():
    d = new_doc("Times New Roman", 12)
    P(d, "Zane Kociņa", align="r", after=0)
    P(d, "meža īpašnieku kooperatīva valdes locekle", align="r", size=10, after=0)
    P(d, "10.06.2026.", align="r")
    P(d, "Motorzāģa operators – tālākizglītības programma (480 st.) un profesionālās kvalifikācijas eksāmens", bold=True)
    P(d, "Tālākizglītības variants šai kvalifikācijai ir ļoti vajadzīgs. Nozares uzņēmumi atbalsta īsāku programmu, jo "
         "darbiniekus var apmācīt bez ilga pārtraukuma sezonas darbos, un daļai dalībnieku mācības tiek segtas ar valsts "
         "atbalstu. Tāpēc svarīgi, lai programma būtu praktiska un bez liekas teorijas.", align="j")
    P(d, "Programma šo uzdevumu izpilda: motorzāģa apkope, koku gāšana un sagarumošana, darbs vējgāzēs un drošības "
         "prasības apgūtas praksē, teorija ierobežota līdz nepieciešamajam. Saturs ir labi strukturēts un atbalstāms, "
         "virzu to saskaņošanai.", align="j")
    P(d, "Ar eksāmenu ir citādi. Tas pārņemts no profesionālās vidējās izglītības programmas bez pielāgošanas: "
         "teorijas daļā 80 jautājumi, arī par tēmām, kuru tālākizglītības programmā nav (meža tipoloģija, "
         "mežaudžu taksācija), bet praktiskajā daļā nav darba vējgāzēs, kam programmā veltīts daudz laika. "
         "Eksāmena saturs jāpārstrādā – pašreizējā redakcijā to neatbalstu.", align="j")
    P(d, "Ja darba grupai nepieciešams, varu palīdzēt atlasīt jautājumus.", italic=True)
    build(f"{PREFIX}32_Kocina_motorzaga operators TI.docx", d,
          rows=[R(MOT, "MIP", S, "Zane Kociņa", "2026-06-10", 3),
                R(MOT, "PKE", NS, "Zane Kociņa", "2026-06-10", 3)],
          note="Traps: 'Nozares uzņēmumi atbalsta īsāku programmu' (third person, own subject) and 'valsts atbalstu' "
               "(noun) in the opening. MIP (further-education variant) 'atbalstāms, virzu to saskaņošanai' -> supported; "
               "PKE 'jāpārstrādā – pašreizējā redakcijā to neatbalstu' -> not_supported. Name+role+date top-right, no "
               "closing signature.",
          author="Zane Kociņa", created=T(2026, 6, 10, 20, 30))


# ---------------------------------------------------------------- 33
def f33():
    d = new_doc("Arial", 10)
    P(d, f"Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI{NB}3)", bold=True, size=12)
    P(d, "Eksperta piezīmes, 18.02.2026.", italic=True)
    P(d, "Programma", bold=True)
    P(d, "Programmas saturs kopumā atbilst remontatslēdznieka darbam. Laba ideja – kopīgs pamatmodulis ar "
         "santehniķiem un elektromontieriem. Trūkumi: nav noteikts, kā audzēkņi iegūs F-gāzu apliecību (tas jādara "
         "programmas ietvaros, citādi darba devējs nevar viņus laist pie iekārtām), un aukstumiekārtu diagnostikas "
         "modulī nav minēti elektroniskie manometri. MIP atbalstu ar precizējumiem – kad šīs divas vietas būs "
         "papildinātas, var virzīt saskaņošanai.")
    P(d, "Eksāmens", bold=True)
    P(d, "Eksāmena saturu izlasīju, taču man ir jautājumi darba grupai: kā praktiskajā daļā tiks nodrošinātas "
         "aukstumaģenta uzpildes un atgūšanas iekārtas, un vai eksāmenu var kārtot skolās, kurām tādu nav. Kamēr nav "
         "atbildes, vērtējumu eksāmenam nesniedzu. Sīkākus komentārus ierakstīju pašā dokumentā ar izsekošanu.")
    P(d, "")
    P(d, "Oļegs Ivanovs")
    build(f"{PREFIX}33_VGK remontatslēdznieks_Ivanovs.docx", d,
          rows=[R(VGKR, "MIP", NC, "Oļegs Ivanovs", "2026-02-18", 3),
                R(VGKR, "PKE", U, "Oļegs Ivanovs", "2026-02-18", 3)],
          problems=["no_verdict"],
          note="MIP 'atbalstu ar precizējumiem – kad ... papildinātas, var virzīt saskaņošanai' -> needs_corrections. PKE "
               "is read and discussed but the expert expressly withholds a verdict ('vērtējumu eksāmenam nesniedzu') -> "
               "unknown + no_verdict. Date in an italic subtitle.",
          author="Oļegs Ivanovs", created=T(2026, 2, 18, 18, 0))


# ---------------------------------------------------------------- 34
def f34():
    d = new_doc("Calibri", 11)
    KV(d, "From: ", "Valdis Grīnbergs <valdis.grinbergs@energoaudits.lv>")
    KV(d, "Sent: ", "Tuesday, February 24, 2026 4:47 PM")
    KV(d, "To: ", "Laura Kļaviņa <laura.klavina@lddk.lv>")
    KV(d, "Cc: ", "Agnese Vanaga <agnese.vanaga@lddk.lv>")
    KV(d, "Subject: ", "Atzinumi - siltumenergetika un VGK")
    P(d, "")
    P(d, "Labdien!")
    P(d, "Sūtu vērtējumus par abām kvalifikācijām, kuras man piešķīrāt februāra sākumā. Gan programmas, gan eksāmenus "
         "izskatīju pilnībā.")
    P(d, f"1) Siltumenerģētikas tehniķis, 4.{NB}līmenis", bold=True)
    P(d, "Programma ir spēcīga – katlumāju ekspluatācija, siltummezglu regulēšana, siltumtīklu hidrauliskie aprēķini un "
         "energouzskaite ir labi sabalansēti. Programmu atbalstu, saskaņošanai to var virzīt uzreiz. Eksāmena "
         "praktiskais uzdevums (siltummezgla regulēšana pēc dotā temperatūras grafika) ir labs, taču vērtēšanas "
         "kritērijos nav sadalīti punkti starp mērījumiem un aprēķiniem, un uzdevuma izejas datos trūkst āra "
         "temperatūras. Eksāmens atbalstāms pēc šiem precizējumiem, pēc tam virzāms saskaņošanai.")
    P(d, f"2) VGK iekārtu remontatslēdznieks, 3.{NB}līmenis", bold=True)
    P(d, "Programmā nav noteikts, kā tiks iegūta F-gāzu apliecība, un trūkst elektroniskās diagnostikas; arī prakses "
         "stundu sadalījums starp sezonām nav reāls (vasarā kondicionieri, ziemā nekā). Programmu atbalstu ar "
         "nosacījumu, ka šīs lietas tiek sakārtotas pirms virzīšanas saskaņošanai.")
    P(d, "Eksāmens gan šādā veidā neder: praktiskā daļa ir tikai filtru maiņa un vizuāla apskate, diagnostikas un "
         "aukstumaģenta sistēmas hermētiskuma pārbaudes nav vispār. PKE neatbalstu – jāizstrādā jauns praktiskais "
         "uzdevums.")
    P(d, "Ar cieņu,", after=0)
    P(d, "V. Grīnbergs")
    build(f"{PREFIX}34_Atzinumi - siltumenergetika un VGK.docx", d,
          rows=[R("siltumenerģētikas tehniķis", "MIP", S, "Valdis Grīnbergs", "2026-02-24", 4),
                R("siltumenerģētikas tehniķis", "PKE", NC, "Valdis Grīnbergs", "2026-02-24", 4),
                R(VGKR, "MIP", NC, "Valdis Grīnbergs", "2026-02-24", 3),
                R(VGKR, "PKE", NS, "Valdis Grīnbergs", "2026-02-24", 3)],
          problems=["unknown_qualification"],
          note="Outlook e-mail (English headers) covering a qualification missing from the register (siltumenerģētikas "
               "tehniķis, LKI 4 stated) -> unknown_qualification, and VGK iekārtu remontatslēdznieks via alias. "
               "'Programmu atbalstu, saskaņošanai to var virzīt uzreiz' -> supported; 'atbalstāms pēc šiem "
               "precizējumiem' -> needs_corrections; 'atbalstu ar nosacījumu, ka ... pirms virzīšanas' -> "
               "needs_corrections; 'PKE neatbalstu' -> not_supported. Full name from the From line.",
          author="Laura Kļaviņa", created=T(2026, 2, 25, 8, 30))


# ---------------------------------------------------------------- main
def main():
    for old in OUT.glob(f"{PREFIX}*.docx"):
        old.unlink()
    for fn in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17,
               f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34]:
        fn()
    cols = ["file", "qualification", "document", "verdict", "expert", "date", "lki_level"]
    with open(OUT / "expected.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(EXPECTED)
    with open(OUT / "expected_problems.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "code"])
        w.writeheader()
        w.writerows(PROBLEMS)
    lines = ["# r9a — blind set: free-prose expert reviews (letters, memos, pasted e-mails)", "",
             "Built by `build.py` (python-docx + raw WordprocessingML). Gold labels in `expected.csv` / "
             "`expected_problems.csv`.", "",
             f"Files: {len(README)} (4 non-reviews: 06, 14, 25, 30); gold rows: {len(EXPECTED)}; problem rows: {len(PROBLEMS)}.", "",
             "Variation: letterheads (name/role above title), place+date lines, 'Ar cieņu' closings, names only in page "
             "header/footer or e-mail From lines, initials + surname, academic titles; pasted Gmail (EN and LV UI, "
             "forwarded) and Outlook (EN and LV headers) messages with quoted coordinator text; numbered, lettered, Roman, "
             "ALL-CAPS and run-in sections; one-document reviews; earlier rounds (history) vs current verdicts; "
             "conditions in the same or next sentence; optional suggestions; nominal-phrase verdicts; text without "
             "diacritics; track changes (w:ins/w:del); strike-through option lines; a Word comment; split runs; "
             "NBSP; qualifications missing from the register; a conflict and explicit no-verdict cases.", "",
             "| file | design and judgement calls |", "|---|---|"]
    for name, note in README:
        lines.append(f"| {name} | {note.replace('|', '/')} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(README), "files;", len(EXPECTED), "rows;", len(PROBLEMS), "problems")


if __name__ == "__main__":
    main()
