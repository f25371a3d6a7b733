# -*- coding: utf-8 -*-
"""Builds the r8a blind set: free-prose Latvian expert reviews (letters, memos,
pasted e-mails) plus a few non-reviews.  Gold labels sit next to each build() call.

Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space

ROWS, PROBS, NOTES = [], [], []
_CUR = {"doc": None, "tc_author": "", "tc_date": "2026-01-01T00:00:00Z", "id": 100}


# ----------------------------------------------------------------- helpers
class Ins:
    """text inserted with track changes on (current wording)"""
    def __init__(self, text):
        self.text = text


class Del:
    """text deleted with track changes on (no longer valid)"""
    def __init__(self, text):
        self.text = text


class Cmt:
    """a run that carries a Word comment"""
    def __init__(self, text, comment, author, initials=""):
        self.text, self.comment, self.author, self.initials = text, comment, author, initials


def _nid():
    _CUR["id"] += 1
    return str(_CUR["id"])


def _tc(tag, text):
    el = OxmlElement(tag)
    el.set(qn("w:id"), _nid())
    el.set(qn("w:author"), _CUR["tc_author"])
    el.set(qn("w:date"), _CUR["tc_date"])
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def _fmt(run, f):
    if "b" in f:
        run.bold = True
    if "i" in f:
        run.italic = True
    if "u" in f:
        run.underline = True
    if "s" in f:
        run.font.strike = True
    if "g" in f:  # grey (quoted mail)
        run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if "c" in f:  # caps look
        run.font.all_caps = True
    if "+" in f:
        run.font.size = Pt(14)
    if "-" in f:
        run.font.size = Pt(9)


def P(where, *parts, align=None, indent=None, after=None, before=None, style=None, border=False):
    """Add a paragraph.  parts: str | (str, 'b i u s g c + -') | Ins | Del | Cmt"""
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        elif isinstance(part, tuple):
            r = p.add_run(part[0])
            _fmt(r, part[1])
        elif isinstance(part, Ins):
            p._p.append(_tc("w:ins", part.text))
        elif isinstance(part, Del):
            p._p.append(_tc("w:del", part.text))
        elif isinstance(part, Cmt):
            r = p.add_run(part.text)
            _CUR["doc"].add_comment(r, text=part.comment, author=part.author,
                                    initials=part.initials)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        pf.left_indent = Cm(indent)
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if border:
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "808080")
        bdr.append(b)
        pPr.append(bdr)
    return p


def lines(where, text, **kw):
    """one paragraph per line of a block of text"""
    for ln in text.strip("\n").split("\n"):
        P(where, ln, **kw)


def table(doc, rows, bold_first=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if bold_first and i == 0:
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def mailhead(doc, pairs, grey=False):
    for k, v in pairs:
        f = "bg" if grey else "b"
        P(doc, (k, f), (" " + v, "g" if grey else ""), after=0)


def build(name, make, rows=(), problems=(), note="", author="", created=None,
          font="Times New Roman", size=12, tc=None):
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
    _CUR["doc"] = doc
    if tc:
        _CUR["tc_author"], _CUR["tc_date"] = tc
    make(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    if created:
        cp.created = created
        cp.modified = created + dt.timedelta(hours=3)
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, date, lki = r
        ROWS.append([name, q, d, v, e, date, "" if lki is None else str(lki)])
    for code in problems:
        PROBS.append([name, code])
    NOTES.append((name, note))


def D(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi)


# ======================================================================
# 01  formal letter, one qualification, both documents, Slēdziens heading
# ======================================================================
def f01(d):
    P(d, "Latvijas Darba devēju konfederācijai", align="r", after=0)
    P(d, "projekta Nr. 4.2.2.9. koordinatorei", align="r")
    P(d, ("Par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības "
          "programmas un kvalifikācijas eksāmena satura projektiem", "b"), before=12)
    P(d, "Saskaņā ar LDDK deleģējumu esmu iepazinies ar profesionālās izglītības kompetences centra "
         "darba grupas sagatavoto modulārās izglītības programmu (turpmāk – programma) un profesionālās "
         "kvalifikācijas eksāmena saturu (turpmāk – eksāmens) kvalifikācijai „Motorzāģa operators” "
         f"(LKI 3.{NB}līmenis). Dokumentus saņēmu 2026.{NB}gada 20.{NB}februārī elektroniski.", align="j")
    P(d, "Programma kopumā veidota loģiski, moduļu secība atbilst darba gaitai cirsmā – no "
         "darba vietas sagatavošanas līdz kokmateriālu sagarumošanai. Tomēr vairākās vietās tā "
         "jāprecizē:", align="j")
    P(d, "– modulī „Koku gāšana” nepietiekami aprakstīts darbs ar gāšanas ķīļiem un rokas vinču, "
         "lai gan uzņēmumos tos lieto ikdienā;", indent=0.75, after=0)
    P(d, "– darba aizsardzības prasības izkaisītas pa četriem moduļiem; būtu lietderīgi tās apvienot "
         "ievadmodulī vai vismaz dot skaidras atsauces;", indent=0.75, after=0)
    P(d, "– ķēdes asināšanai un zāģa ikdienas apkopei atvēlētas 4 stundas, kas ir nereāli maz.",
      indent=0.75)
    P(d, "Eksāmens ir pārdomāts. Praktiskā uzdevuma apraksts un vērtēšanas kritēriji saprotami gan "
         "audzēknim, gan vērtētājam, situācijas uzdevumi tuvi tam, ar ko operators sastopas mežā.",
      align="j")
    P(d, ("Slēdziens", "b"), before=6)
    P(d, "Programmas saturs ir atbalstāms, taču virzīt to saskaņošanai varētu tikai tad, kad būs "
         "veikti iepriekš minētie precizējumi. Eksāmena saturu atbalstu un uzskatu, ka to var virzīt "
         "saskaņošanai bez izmaiņām.", align="j")
    P(d, "Ar cieņu,", before=12)
    P(d, "Andris Kalniņš", after=0)
    P(d, "SIA „Meža tehnika Zemgalē” valdes loceklis", after=0)
    P(d, f"Jelgavā, 04.03.2026.")


build("r8a01_Atzinums_motorzaga_operators_AKalnins.docx", f01,
      author="Andris Kalniņš", created=D(2026, 3, 4, 8, 41),
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Andris Kalniņš", "2026-03-04", 3),
            ("motorzāģa operators", "PKE", "supported", "Andris Kalniņš", "2026-03-04", 3)],
      note="Formal letter, addressee block top right; remarks in body; 'Slēdziens' gives MIP "
           "'atbalstāms, taču virzīt … tikai tad, kad … precizējumi' (needs_corrections) and PKE "
           "'atbalstu … bez izmaiņām' (supported). Name+role+place/date at the end; receipt date "
           "20 Feb in body is not the review date.")


# ======================================================================
# 02  Outlook e-mail (Latvian headers) pasted into Word, MIP only, history
# ======================================================================
def f02(d):
    mailhead(d, [("No:", "Ilze Ozoliņa <ilze.ozolina@mezakonsultanti.lv>"),
                 ("Nosūtīts:", "otrdiena, 2026. gada 17. marts 10:42"),
                 ("Kam:", "Kristīne Auziņa <kristine.auzina@lddk.lv>"),
                 ("Tēma:", "RE: mežsaimniecības tehniķis – MIP 2. redakcija")])
    P(d, "")
    P(d, "Labdien, Kristīne!")
    P(d, "Paldies par atsūtīto labojumu versiju. Izskatīju programmu vēlreiz un salīdzināju ar to, "
         "ko rakstīju februārī.")
    P(d, "Pirmajā reizē programmu neatbalstīju galvenokārt tāpēc, ka tajā nebija meža "
         "inventarizācijas un ĢIS rīku, un mežaudžu kopšanai bija atvēlēts pārāk maz prakses. Tagad "
         "tas ir sakārtots – pievienots atsevišķs modulis „Meža inventarizācija un datu apstrāde”, "
         "prakses apjoms palielināts, kompetenču formulējumi vairs nedublējas.")
    P(d, "Manuprāt, programma tagad ir labā līmenī: atbalstu to un iesaku virzīt saskaņošanai. "
         "Papildu precizējumus neprasu.")
    P(d, "Eksāmenu, kā runājām, skata Uldis, tāpēc par PKE te neko nerakstu.")
    P(d, "Ar labiem vēlējumiem")
    P(d, "Ilze")
    P(d, "", border=True)
    mailhead(d, [("No:", "Kristīne Auziņa <kristine.auzina@lddk.lv>"),
                 ("Nosūtīts:", "piektdiena, 2026. gada 13. marts 15:10"),
                 ("Kam:", "Ilze Ozoliņa <ilze.ozolina@mezakonsultanti.lv>"),
                 ("Tēma:", "mežsaimniecības tehniķis – MIP 2. redakcija")], grey=True)
    P(d, "")
    for ln in ["Sveika, Ilze!",
               "Pielikumā skolas atsūtītā pārstrādātā MIP mežsaimniecības tehniķim. Lūdzu, apskati "
               "un atraksti, vai programma tagad ir atbalstāma un virzāma saskaņošanai, atbalstāma "
               "pēc precizējumiem vai joprojām nav atbalstāma. Ja iespējams, līdz 20.03.",
               "Paldies!", "Kristīne"]:
        P(d, (ln, "g"))


build("r8a02_RE_ mezsaimniecibas tehnikis MIP.docx", f02, font="Calibri", size=11,
      author="Kristīne Auziņa", created=D(2026, 3, 17, 11, 5),
      rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Ilze Ozoliņa", "2026-03-17", 4)],
      note="Outlook reply with Latvian headers saved to Word by the coordinator (author=coordinator). "
           "Earlier round 'neatbalstīju' is history; current 'atbalstu … iesaku virzīt saskaņošanai. "
           "Papildu precizējumus neprasu' = supported. PKE explicitly handled by another expert: no row. "
           "Quoted coordinator mail lists all three options (not a verdict). Expert from 'No:' header "
           "(signature is first name only); date from 'Nosūtīts'. LKI from register.")


# ======================================================================
# 03  two energy qualifications, numbered sections, title in name line
# ======================================================================
def f03(d):
    P(d, ("EKSPERTA ATZINUMS", "b+"), align="c", after=0)
    P(d, "par enerģētikas nozares profesionālo kvalifikāciju MIP un PKE saturu", align="c")
    P(d, "Eksperts: Mg.sc.ing. Raimonds Bērziņš, SIA „Elektroservisa centrs” vecākais inženieris")
    P(d, "Vērtēšanai saņēmu divu kvalifikāciju dokumentu komplektus. Katru komplektu skatīju "
         "atsevišķi, tāpēc arī piezīmes sakārtotas pa kvalifikācijām. Vadījos pēc profesijas "
         "standarta un 2025. gadā pilnveidotās nozares kvalifikāciju struktūras.", align="j")
    P(d, ("1. Elektromontieris (LKI 3. līmenis)", "b"), before=6)
    P(d, ("1.1. Modulārā programma", "i"), after=0)
    P(d, "Moduļu struktūra skaidra, apjoms samērīgs. Vērtēju, ka elektrodrošības prasības un "
         "elektrodrošības grupas iegūšanas priekšnosacījumi iekļauti jau pirmajā semestrī. Nopietnu "
         "iebildumu man nav – programmu atbalstu, un to var nodot saskaņošanai tādu, kāda tā ir.",
      align="j")
    P(d, ("1.2. Eksāmens", "i"), after=0)
    P(d, "Praktiskajā daļā jāsamontē sadales skapis, bet nav norādīts, kādus materiālus un "
         "instrumentus nodrošina skola. Vērtēšanas lapā kritērijs „darbs veikts kvalitatīvi” nav "
         "izmērāms – tas jāsadala konkrētos rādītājos (izolācijas pretestības mērījums, marķējums, "
         "savienojumu kvalitāte). Pašu eksāmena saturu kopumā atbalstu; saskaņošanai to varēs virzīt, "
         "kad šīs divas lietas būs sakārtotas.", align="j")
    P(d, ("2. Elektrotehniķis (LKI 4. līmenis)", "b"), before=6)
    P(d, ("2.1. Modulārā programma", "i"), after=0)
    P(d, "Šeit situācija ir sliktāka. Programma faktiski pārkopēta no 2019. gada versijas, atjaunoti "
         "tikai moduļu nosaukumi. Nav atspoguļotas nozares jaunās prasmes – atjaunīgo energoresursu "
         "pieslēgumi, viedie skaitītāji, digitālā releju aizsardzība –, kuras kvalifikācijas prasībās "
         "2025. gadā iekļāvām tieši pēc darba devēju lūguma. Vairāki moduļi dublējas (piem., "
         "„Elektriskās mašīnas” un „Elektropiedziņa”). Šādā redakcijā programmu atbalstīt nevaru; tā "
         "jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.", align="j")
    P(d, ("2.2. Eksāmens", "i"), after=0)
    P(d, "Eksāmena uzbūve laba, teorijas jautājumu banka plaša. Jāprecizē praktiskās daļas ilgums "
         "(4 stundas var nepietikt) un jāsaskaņo jautājumi ar programmu, kad tā būs pārstrādāta. Ar "
         "šīm piebildēm eksāmens ir atbalstāms, saskaņošanai virzāms pēc precizējumiem.", align="j")
    P(d, f"Rīgā, 2026.{NB}gada 9.{NB}aprīlī", before=12)
    P(d, "R. Bērziņš")


build("r8a03_Ekspertize_energetika_Berzins_galigais.docx", f03,
      author="Raimonds Bērziņš", created=D(2026, 4, 9, 16, 20),
      rows=[("elektromontieris", "MIP", "supported", "Raimonds Bērziņš", "2026-04-09", 3),
            ("elektromontieris", "PKE", "needs_corrections", "Raimonds Bērziņš", "2026-04-09", 3),
            ("elektrotehniķis", "MIP", "not_supported", "Raimonds Bērziņš", "2026-04-09", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Raimonds Bērziņš", "2026-04-09", 4)],
      note="Two qualifications in numbered sections 1./2. with sub-sections per document; verdicts "
           "inside each sub-section, no separate conclusion. Elektromontieris PKE: 'kopumā atbalstu; "
           "saskaņošanai … varēs virzīt, kad … sakārtotas' = needs_corrections. Full name in header "
           "line (title Mg.sc.ing. stripped); signature is initial+surname. NBSP in date.")


# ======================================================================
# 04  very short, no diacritics, PKE only
# ======================================================================
def f04(d):
    P(d, ("Mebelu galdnieks (4. LKI) - PKE saturs", "b"))
    P(d, "Paskatijos eksamena materialus. Teorijas testa jautajumi ok, prakt. uzdevums (skapitis ar "
         "atvilktni) labi atbilst limenim. Vertesanas kriteriji skaidri.")
    P(d, "Atbalstu, var virzit saskanosanai, precizejumi nav vajadzigi.")
    P(d, "Viena sika piezime - 3. uzdevuma rasejumam nav noradits merogs, bet to skola var "
         "izlabot pati, uz vertejumu tas neietekme.")
    P(d, "")
    P(d, "J. Liepa", after=0)
    P(d, "23.03.2026")


build("r8a04_mebelu galdnieks PKE liepa.docx", f04, font="Arial", size=10,
      author="", created=D(2026, 3, 23, 21, 14),
      rows=[("mēbeļu galdnieks", "PKE", "supported", "J. Liepa", "2026-03-23", 4)],
      note="Hasty note without diacritics, PKE only (MIP not mentioned at all, so no MIP row). "
           "'precizejumi nav vajadzigi'; the trivial remark the school 'var izlabot pati, uz "
           "vertejumu neietekme' does not turn it into needs_corrections. Initial+surname only; "
           "author property empty.")


# ======================================================================
# 05  letterhead with academic title, VGK alias, MIP conditional next sentence
# ======================================================================
def f05(d):
    P(d, ("Dr.sc.ing. Gunta Vītola", "b"), align="r", after=0)
    P(d, "SIA „Klimata inženierija” tehniskā direktore", align="r", after=0)
    P(d, "enerģētikas nozares eksperte", align="r", border=True)
    P(d, ("Atzinums par kvalifikācijas „VGK sistēmu tehniķis” programmas un eksāmena saturu", "b"),
      before=18, align="c")
    P(d, f"Dokumenti saņemti no LDDK 2026.{NB}gada 10.{NB}aprīlī. Vērtēšanai iesniegta modulārā "
         "izglītības programma (MIP, 2. versija) un profesionālās kvalifikācijas eksāmena (PKE) saturs.")
    P(d, ("Par programmu", "bu"))
    P(d, "Programmas mērķis un sasniedzamie rezultāti formulēti atbilstoši profesijas standartam. "
         "Moduļos „Ventilācijas sistēmu regulēšana” un „Aukstumtehnikas pamati” jāaktualizē atsauces "
         "uz normatīvajiem aktiem – F-gāzu regula kopš 2024. gada ir cita. Nav arī skaidri nodalīts, "
         "kurus rezultātus audzēknis sasniedz darba vidē.")
    P(d, "Programma ir atbalstāma. Virzīt to saskaņošanai gan iesaku tikai tad, kad būs atjaunotas "
         "normatīvu atsauces un izdalīti darba vidē apgūstamie rezultāti.")
    P(d, ("Par eksāmenu", "bu"))
    P(d, "Eksāmena saturs neatbilst LKI 4. līmenim: praktiskais uzdevums paredz tikai filtru nomaiņu "
         "un vizuālu apskati, kas drīzāk ir remontatslēdznieka darbs. Nav ietverta sistēmas "
         "ieregulēšana, gaisa plūsmu mērījumi un izpilddokumentācijas sagatavošana. Vērtēšanas "
         "kritēriju tabulā trūkst punktu sadalījuma.")
    P(d, "Līdz ar to eksāmena saturs nav atbalstāms – tas jāveido no jauna un jāiesniedz atkārtoti.")
    P(d, "21.04.2026.", before=18, after=0)
    P(d, "G. Vītola")


build("r8a05_VGK_sistemu_tehnikis_Vitola atzinums.docx", f05, font="Cambria", size=11,
      author="Gunta", created=D(2026, 4, 21, 13, 2),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections",
             "Gunta Vītola", "2026-04-21", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported",
             "Gunta Vītola", "2026-04-21", 4)],
      note="Letterhead (name with Dr.sc.ing., role) above the title; qualification only by alias "
           "'VGK sistēmu tehniķis'. MIP: 'ir atbalstāma' then condition in the NEXT sentence -> "
           "needs_corrections. PKE 'nav atbalstāms'. 'LKI 4. līmenim' stated in PKE remarks. "
           "Receipt date 10 Apr ignored; review date at the bottom.")


# ======================================================================
# 06  Gmail forward, English headers, both documents in one sentence
# ======================================================================
def f06(d):
    P(d, "---------- Forwarded message ---------", after=0)
    P(d, "From: ", ("Edgars Puriņš", "b"), " <edgars.purins.kokmeistars@gmail.com>", after=0)
    P(d, "Date: Thu, Mar 12, 2026 at 2:05 PM", after=0)
    P(d, "Subject: kokapstrādes iekārtu operators - atsauksme", after=0)
    P(d, "To: <ekspertize@lddk.lv>")
    P(d, "")
    P(d, "Sveiki!")
    P(d, "Sūtu savu viedokli par kokapstrādes iekārtu operatora materiāliem (programmu un eksāmenu), "
         "ko saņēmu pagājušajā nedēļā.")
    P(d, "Programma uzrakstīta saprotami, redzams, ka darba grupā bijuši cilvēki no ražošanas. Patika, "
         "ka iekļauta iekārtu apkope un instrumentu nomaiņa, nevis tikai darbs pie ēveles un "
         "formātzāģa. Eksāmenā praktiskais uzdevums ir reāls – sagatave pēc rasējuma ar noteiktām "
         "pielaidēm, laiks arī atbilstošs.")
    P(d, "Kopumā – abus dokumentus atbalstu, labojumi nav nepieciešami, var sūtīt tālāk saskaņošanai.")
    P(d, "Ja vajag vēl kaut ko, zvaniet.")
    P(d, "Edgars")


build("r8a06_Fwd_ kokapstrades iekartu operators - atsauksme.docx", f06, font="Arial", size=10,
      author="LDDK", created=D(2026, 3, 13, 9, 30),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Edgars Puriņš", "2026-03-12", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Edgars Puriņš", "2026-03-12", 3)],
      note="Gmail forward with English headers; one sentence covers both ('abus dokumentus atbalstu, "
           "labojumi nav nepieciešami, var sūtīt tālāk saskaņošanai'). Expert full name only in From:; "
           "date from 'Date: Thu, Mar 12, 2026'. Author is generic 'LDDK'.")


# ======================================================================
# 07  qualification not in register, MIP only
# ======================================================================
def f07(d):
    P(d, "Laura Zariņa, kokrūpniecības nozares eksperte", after=0)
    P(d, f"2026.{NB}gada 6.{NB}maijs")
    P(d, ("Vērtējums: modulārā izglītības programma „Kokmateriālu žāvēšanas operators” "
          "(LKI 3. līmenis)", "b"), before=12)
    P(d, "Šī ir jauna kvalifikācija, ko nozares kvalifikāciju struktūrā nodalīja no kokapstrādes "
         "iekārtu operatora. Eksāmena saturs vēl nav izstrādāts, tāpēc mans vērtējums attiecas tikai "
         "uz programmu.")
    P(d, ("Modulis „Žāvēšanas režīmi”. ", "b"),
      "Labi, ka iekļautas gan konvekcijas, gan vakuuma kameras. Jāpapildina ar mitruma noteikšanas "
      "metodēm – šobrīd minēts tikai elektriskās pretestības mitrummērs, svēršanas metodes nav.")
    P(d, ("Modulis „Kokmateriālu kvalitātes novērtēšana”. ", "b"),
      "Sajaukti jēdzieni „šķirošana” un „kalibrēšana”; terminoloģija jālabo atbilstoši LVS EN "
      "standartiem.")
    P(d, ("Modulis „Iekārtu apkope”. ", "b"),
      "Nav noteikts, kādā līmenī rezultāti jāsasniedz.")
    P(d, ("Darba vidē balstītas mācības. ", "b"),
      "Pārāk vispārīgi, nav pateikts, kuri rezultāti tiek apgūti uzņēmumā.")
    P(d, "Noslēgumā: programmas saturs ir atbalstāms; saskaņošanai virzāms pēc tam, kad būs izlaboti "
         "iepriekš minētie punkti.", before=6)


build("r8a07_Kokmaterialu zavesanas operators_MIP_Zarina.docx", f07,
      author="Laura Zariņa", created=D(2026, 5, 6, 10, 11),
      rows=[("kokmateriālu žāvēšanas operators", "MIP", "needs_corrections", "Laura Zariņa",
             "2026-05-06", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (new wood-drying operator); LKI 3 taken from the "
           "review. PKE explicitly not yet developed -> no PKE row. Name/date as a memo head at the "
           "top; 'Noslēgumā:' conclusion = needs_corrections. The qualification mention 'kokapstrādes "
           "iekārtu operatora' is background, not reviewed.")


# ======================================================================
# 08  PKE only, no verdict given (interim report)
# ======================================================================
def f08(d):
    P(d, ("Meža mašīnu operatora PKE satura izvērtējums", "b+"))
    P(d, "Mārtiņš Grīnbergs, 27.03.2026.")
    P(d, "Man uzticēts novērtēt eksāmena saturu; programmu izvērtē kolēģis A. Krūmiņš, tāpēc par MIP "
         "šeit neizsakos.")
    P(d, ("Teorētiskā daļa. ", "b"),
      "40 testa jautājumi, no tiem 12 par harvestera vadības sistēmu. Kopumā korekti, bet jautājumiem "
      "Nr. 17 un Nr. 31 ir divas pareizas atbildes.")
    P(d, ("Praktiskā daļa. ", "b"),
      "Paredzēts darbs ar simulatoru un pēc tam ar reālu mašīnu cirsmā. Skola nav norādījusi, vai "
      "reālās mašīnas daļa notiks uzņēmumā un kurš nodrošina tehniku. Tas ir būtiski, jo no tā "
      "atkarīgs, vai eksāmens vispār ir īstenojams.")
    P(d, ("Vērtēšanas kritēriji. ", "b"),
      "Iesniegtajā komplektā to nav; sarakstē skola solīja tos atsūtīt atsevišķi.")
    P(d, "Bez vērtēšanas kritērijiem nevaru pateikt, vai eksāmena saturs ir atbalstāms. Galīgo "
         "vērtējumu sniegšu, kad saņemšu kritērijus un atbildi par tehnikas nodrošinājumu. Pagaidām "
         "lūdzu šo uzskatīt par starpziņojumu.")


build("r8a08_meza masinu operators PKE_Grinbergs (nav gala).docx", f08,
      author="Mārtiņš Grīnbergs", created=D(2026, 3, 27, 14, 45),
      rows=[("meža mašīnu operators", "PKE", "unknown", "Mārtiņš Grīnbergs", "2026-03-27", 3)],
      problems=["no_verdict"],
      note="Interim review of PKE: remarks only, 'nevaru pateikt, vai … ir atbalstāms', final verdict "
           "postponed -> unknown + no_verdict. MIP explicitly reviewed by someone else -> no row.")


# ======================================================================
# 09  conflict inside the conclusion (MIP)
# ======================================================================
def f09(d):
    P(d, "Sveiki,")
    P(d, "pievienoju atzinumu par datorizētu kokapstrādes iekārtu operatora (LKI 4) dokumentiem, "
         "kurus saņēmu aprīļa sākumā.")
    P(d, ("Programma", "b"))
    P(d, "Priecē, ka programmā ir CAM programmēšana un darbs ar 5 asu apstrādes centru – uzņēmumos "
         "tieši to pašlaik visvairāk trūkst. Toties 4. modulis („Materiālu mācība”) ir pārāk garš un "
         "atkārto pamatskolas fizikas saturu, bet 6. modulī („Iekārtu tehniskā apkope”) nav pieminēta "
         "putekļu nosūkšanas sistēmu apkope un ugunsdrošība, kas kokapstrādē ir kritiski.")
    P(d, ("Eksāmens", "b"))
    P(d, "Praktiskais uzdevums – detaļas izgatavošana pēc 3D modeļa, ieskaitot vadības programmas "
         "sagatavošanu – ir labs. Kritēriji skaidri, laiks pietiekams.")
    P(d, ("Secinājumi", "b"))
    P(d, "1. Modulārās izglītības programmas saturs ir atbalstāms un virzāms saskaņošanai.", indent=0.5,
      after=0)
    P(d, "2. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", indent=0.5, after=0)
    P(d, "3. Ņemot vērā piezīmes par 4. un 6. moduli, programma šādā redakcijā nav atbalstāma un "
         "jāiesniedz atkārtoti.", indent=0.5)
    P(d, "Anita Sproģe", before=12, after=0)
    P(d, "20.04.2026.")


build("r8a09_DKIO_MIP_PKE_Sproge.docx", f09,
      author="Kristīne Auziņa", created=D(2026, 4, 21, 8, 0),
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "unknown", "Anita Sproģe",
             "2026-04-20", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Anita Sproģe",
             "2026-04-20", 4)],
      problems=["conflict"],
      note="The 'Secinājumi' list contradicts itself for MIP: point 1 'atbalstāms un virzāms "
           "saskaņošanai', point 3 'šādā redakcijā nav atbalstāma' - same section, same weight -> "
           "unknown + conflict. PKE consistently supported. Qualification in running text only.")


# ======================================================================
# 10  long review, module by module, body negatives outranked by Kopvērtējums
# ======================================================================
def f10(d):
    P(d, ("Ekspertīzes atzinums", "b+"), align="c")
    P(d, ("Profesionālā kvalifikācija: ", "b"), "mehatronisko sistēmu tehniķis (LKI 4. līmenis)",
      after=0)
    P(d, ("Vērtētie dokumenti: ", "b"), "modulārā izglītības programma (versija 1.3, 02.02.2026.) un "
      "profesionālās kvalifikācijas eksāmena saturs", after=0)
    P(d, ("Eksperts: ", "b"), "Dr.sc.ing. Valdis Ozols, asociētais profesors, mašīnbūves un "
      "metālapstrādes nozares eksperts")
    P(d, "Atzinums sagatavots pēc LDDK lūguma, par pamatu ņemot mehatronisko sistēmu tehniķa "
         "profesionālās kvalifikācijas prasības un nozares kvalifikāciju struktūru. Vērtējot "
         "pievērsu uzmanību trim jautājumiem: vai programma ļauj sasniegt kvalifikācijas prasībās "
         "noteiktos rezultātus; vai moduļu apjoms ir reāls; vai eksāmens pārbauda tās kompetences, "
         "kuras darba devēji sagaida no tehniķa pirmajā darba gadā. Vispirms piezīmes par moduļiem, "
         "pēc tam par eksāmenu un beigās kopvērtējums.", align="j")
    P(d, ("Piezīmes par programmu", "b"), before=6)
    mods = [
        ("A1 „Tehniskā dokumentācija un rasēšana”. ",
         "Saturs pietiekams. CAD rīku apguvi ieteiktu nesaistīt ar konkrētu programmatūras ražotāju – "
         "uzņēmumos lieto dažādus rīkus, svarīgāka ir principu izpratne."),
        ("A2 „Elektrotehnikas pamati”. ",
         "Labi sabalansēts teorijas un prakses apjoms. Iebildumu nav."),
        ("B1 „Pneimatika un hidraulika”. ",
         "Sasniedzamie rezultāti formulēti kā darbības („iepazīstas ar…”, „zina…”), nevis kā "
         "pārbaudāmi rezultāti. Šāds rezultātu apraksts nav atbalstāms, jo pēc tā nevar izveidot "
         "vērtēšanas uzdevumus. Jāpārformulē, piemēram, „salikt un ieregulēt elektropneimatisku "
         "shēmu pēc dotās principiālās shēmas”."),
        ("B2 „Programmējamie loģiskie kontrolleri”. ",
         "Programmas stiprākā daļa: iekļautas IEC 61131-3 valodas, operatora paneļi un diagnostika. "
         "Varētu pievienot pamatus par rūpniecisko tīklu (Profinet, Modbus TCP) kiberdrošību, taču tas "
         "nav obligāti."),
        ("B3 „Robottehnika”. ",
         "40 stundas industriālajiem robotiem ir par maz, lai audzēknis patstāvīgi veiktu robota "
         "šūnas apkopi un vienkāršu pārprogrammēšanu, kā to paredz kvalifikācijas prasības. Iesaku "
         "vismaz 80 stundas vai daļu rezultātu pārcelt uz darba vidē balstītām mācībām."),
        ("C1 „Mehatronisko sistēmu tehniskā apkope”. ",
         "Nav ietverta prediktīvā apkope un stāvokļa monitorings (vibrāciju un temperatūras datu "
         "analīze), lai gan tieši to nozare 2025. gadā uzsvēra kā vienu no jaunajām prasmēm. "
         "Jāpapildina."),
        ("C2 „Kvalitātes vadība”. ", "Labi, piezīmju nav."),
        ("Darba vidē balstītas mācības. ",
         "Apraksts vispārīgs. Jānorāda, kuri moduļu rezultāti sasniedzami uzņēmumā un kā tur "
         "notiek vērtēšana."),
    ]
    for head, txt in mods:
        P(d, (head, "b"), txt, align="j", after=3)
    P(d, ("Piezīmes par eksāmenu", "b"), before=6)
    P(d, "Eksāmens sastāv no teorētiskās daļas (tests, 60 jautājumi) un praktiskās daļas (kļūmes "
         "atrašana un novēršana mācību stendā, PLC programmas papildināšana). Struktūra ir pareiza, "
         "praktiskais uzdevums tuvs reālam darbam. Tomēr:", align="j")
    for b in ["testā 14 jautājumi ir par tēmām, kuras programmā netiek apgūtas (piemēram, CNC "
              "programmēšana G-kodā);",
              "praktiskās daļas vērtēšanas kritērijos kļūmes atrašanai paredzēti 10 no 100 punktiem – "
              "nesamērīgi maz, jo diagnostika ir tehniķa pamatdarbs;",
              "nav aprakstīts, kā rīkoties, ja stends eksāmena laikā sabojājas."]:
        P(d, b, style="List Bullet", after=0)
    P(d, "Šīs lietas ir salīdzinoši viegli izlabojamas.", before=6)
    P(d, ("Kopvērtējums", "b"), before=6)
    P(d, "Programma ir labi strukturēta un kopumā atbilst nozares vajadzībām, tāpēc to atbalstu. "
         "Saskaņošanai to var virzīt pēc tam, kad būs pārformulēti B1 moduļa rezultāti, palielināts "
         "B3 moduļa apjoms un C1 modulis papildināts ar prediktīvo apkopi. Pārējie ieteikumi ir "
         "brīvprātīgi.", align="j")
    P(d, "Arī eksāmena saturu vērtēju pozitīvi – tas ir atbalstāms, un pēc trīs augstāk minēto "
         "precizējumu veikšanas to var virzīt saskaņošanai.", align="j")
    P(d, f"Rīgā, 2026.{NB}gada 18.{NB}februārī", before=12, after=0)
    P(d, "Valdis Ozols")


build("r8a10_Mehatronika_MIP+PKE_atzinums_Ozols_v2.docx", f10,
      author="V.Ozols", created=D(2026, 2, 18, 19, 3),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Valdis Ozols",
             "2026-02-18", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Valdis Ozols",
             "2026-02-18", 4)],
      note="Long (2 pages) module-by-module review. Body says of module B1 'Šāds rezultātu apraksts "
           "nav atbalstāms' (a module remark) - outranked by 'Kopvērtējums': MIP 'atbalstu. "
           "Saskaņošanai … pēc tam, kad …' and PKE 'atbalstāms, un pēc … precizējumu veikšanas … "
           "virzīt' -> both needs_corrections. Title Dr.sc.ing. stripped.")


# ======================================================================
# 11  second round, MIP only, history of not supported
# ======================================================================
def f11(d):
    P(d, ("Atkārtots atzinums", "b+"))
    P(d, "Būvizstrādājumu galdnieka modulārā izglītības programma (precizētā versija, saņemta "
         "10.03.2026.)")
    P(d, f"Sākotnējā atzinumā, kas datēts ar 2026.{NB}gada 5.{NB}februāri, programma netika "
         "atbalstīta. Galvenie iebildumi bija trīs: nebija ietverta logu un durvju montāža "
         "(tikai izgatavošana), darba drošības prasības kokapstrādes iekārtām bija novecojušas, un "
         "programmas apjoms neatbilda 4. LKI līmenim noteiktajam.")
    P(d, "Skola visas norādītās nepilnības ir novērsusi. Pievienots modulis „Būvizstrādājumu "
         "montāža un regulēšana”, atjaunotas atsauces uz darba aizsardzības noteikumiem, apjoms "
         "pārrēķināts. Tāpat precizēti sasniedzamie rezultāti modulī „Kāpņu izgatavošana”, lai gan to "
         "nebiju prasījis – tas ir tikai par labu.")
    P(d, "Eksāmena saturs jau pirmajā kārtā tika atbalstīts un atkārtoti netika iesniegts, tāpēc "
         "šoreiz to nevērtēju.")
    P(d, "Pārskatītā programma ir atbalstāma un virzāma saskaņošanai.", before=6)
    P(d, "Kristaps Jansons", before=18, after=0)
    P(d, "SIA „Jansona logi” ražošanas vadītājs", after=0)
    P(d, "Cēsīs, 16.03.2026")


build("r8a11_Buvizstradajumu galdnieks MIP atkartoti_Jansons.docx", f11,
      author="Kristaps", created=D(2026, 3, 16, 12, 0),
      rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Kristaps Jansons", "2026-03-16", 4)],
      note="Second-round review: earlier 'netika atbalstīta' (5 Feb) is history; current verdict "
           "supported. PKE 'jau pirmajā kārtā tika atbalstīts … šoreiz to nevērtēju' -> explicitly "
           "not covered, no row (the past PKE verdict is not this review's verdict).")


# ======================================================================
# 12  PKE only, not supported, initial + surname, ISO date
# ======================================================================
def f12(d):
    P(d, ("Koka izstrādājumu ražošanas tehniķa kvalifikācijas eksāmens – eksperta viedoklis", "b"))
    P(d, "Programmu man vērtēšanai nesūtīja, tātad runa ir tikai par eksāmenu.")
    P(d, "Pirmkārt, eksāmena praktiskais uzdevums ir galdnieka, nevis tehniķa uzdevums: audzēknim "
         "jāizgatavo taburete. Tehniķim eksāmenā būtu jāpierāda, ka viņš spēj sagatavot "
         "tehnoloģisko karti, aprēķināt materiālu patēriņu, izvēlēties iekārtas un organizēt "
         "nelielas ražošanas partijas izgatavošanu. Nekā no tā uzdevumā nav.")
    P(d, "Otrkārt, teorētiskajā daļā gandrīz puse jautājumu ir par koksnes uzbūvi un sugām – tas ir "
         "vajadzīgs, bet ne tādā apjomā. Nav neviena jautājuma par kvalitātes kontroli, ražošanas "
         "plānošanu vai izmaksu aprēķinu.")
    P(d, "Treškārt, vērtēšanas kritēriji ir tikai „izpildīts/neizpildīts”, bez līmeņiem.")
    P(d, "Rezumējot – eksāmena saturu šādā redakcijā atbalstīt nevaru. Lūdzu to nodot skolai "
         "pārstrādei; labprāt konsultēšu darba grupu, ja tas palīdzēs.")
    P(d, "S. Dreimane", before=12, after=0)
    P(d, "2026-03-30")


build("r8a12_KIRT_PKE_Dreimane.docx", f12,
      author="", created=D(2026, 3, 30, 17, 50),
      rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported", "S. Dreimane",
             "2026-03-30", 4)],
      note="PKE-only review; MIP explicitly not sent -> no row. 'Rezumējot – … atbalstīt nevaru' "
           "= not_supported. Only initial+surname in the review, ISO date; file name uses the "
           "school abbreviation KIRT.")


# ======================================================================
# 13  tracked changes in the verdict sentences
# ======================================================================
def f13(d):
    P(d, ("Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)", "b"))
    P(d, "MIP un PKE satura izvērtējums")
    P(d, "Eksperts: Oskars Lapiņš")
    P(d, "Programmā labi aprakstīti iekārtu demontāžas un montāžas darbi, kā arī cauruļvadu "
         "savienošana. 5. modulī („Dzesēšanas iekārtu apkope”) nav paredzēta aukstumaģenta noplūdes "
         "pārbaude ar elektronisko detektoru, lai gan tā ir ikdienas darbība servisā.")
    P(d, "Eksāmenā praktiskā daļa ir kvalitatīvi izstrādāta, vērtēšanas lapas detalizētas.")
    P(d, ("Secinājumi", "b"), before=6)
    P(d, "Programmas saturs ir atbalstāms",
      Del(" un virzāms saskaņošanai."),
      Ins(", taču pirms virzīšanas saskaņošanai 5. modulis jāpapildina ar aukstumaģenta noplūdes "
          "pārbaudi."))
    P(d, Del("Eksāmena saturs nav atbalstāms, jo trūkst vērtēšanas kritēriju."),
      Ins("Eksāmena saturu atbalstu; precizējumi nav nepieciešami, var virzīt saskaņošanai."))
    P(d, Del("(Kritērijus skola atsūtīja 13.04.)"))
    P(d, "O. Lapiņš, SIA „Vēdinātājs” servisa meistars", before=12, after=0)
    P(d, "14.04.2026")


build("r8a13_VGK remontatslēdznieks_Lapiņš_labots.docx", f13,
      author="Oskars Lapiņš", created=D(2026, 4, 13, 15, 0),
      tc=("Oskars Lapiņš", "2026-04-14T09:12:00Z"),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP",
             "needs_corrections", "Oskars Lapiņš", "2026-04-14", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE",
             "supported", "Oskars Lapiņš", "2026-04-14", 3)],
      note="Track changes left in: MIP sentence had ' un virzāms saskaņošanai.' deleted and a "
           "condition inserted -> needs_corrections; PKE sentence 'nav atbalstāms' is wholly inside "
           "w:del and the inserted sentence supports it -> supported. Full name in 'Eksperts:' line, "
           "signature initial+surname.")


# ======================================================================
# 14  NON-REVIEW: minutes of a meeting
# ======================================================================
def f14(d):
    P(d, ("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", "b"), align="c", after=0)
    P(d, "Projekts Nr. 4.2.2.9. – nozaru ekspertu darba grupa", align="c", border=True)
    P(d, ("SANĀKSMES PROTOKOLS Nr. 3", "b"), align="c", before=12)
    P(d, f"Rīgā, 2026.{NB}gada 25.{NB}martā, attālināti (MS Teams), plkst. 14.00–15.30")
    P(d, ("Piedalās: ", "b"), "Kristīne Auziņa (LDDK, projekta koordinatore), Andris Kalniņš, Ilze "
      "Ozoliņa, Raimonds Bērziņš, Valdis Ozols, Anita Sproģe (nozaru eksperti), Ieva Rudzīte (VISC).")
    P(d, ("Protokolē: ", "b"), "Kristīne Auziņa")
    P(d, ("Darba kārtība:", "b"), after=0)
    P(d, "1. Ekspertīžu gaita projekta 4. posmā.", indent=0.5, after=0)
    P(d, "2. Atkārtoto ekspertīžu kārtība.", indent=0.5, after=0)
    P(d, "3. Dažādi.", indent=0.5)
    P(d, ("1. ", "b"), "K. Auziņa informē, ka motorzāģa operatora un mežsaimniecības tehniķa "
      "dokumentiem ekspertīze ir noslēgusies, bet mehatronisko sistēmu tehniķa MIP un PKE skolai "
      "jāprecizē. V. Ozols norāda, ka skola precizēto versiju jau iesniegusi, un apņemas to izskatīt "
      "līdz 3. aprīlim. A. Sproģe jautā, kā rīkoties, ja vienā atzinumā MIP un PKE vērtējums atšķiras. "
      "I. Rudzīte paskaidro, ka vērtējumu sniedz par katru dokumentu atsevišķi, izmantojot vienu no "
      "formulējumiem: „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas "
      "virzāms saskaņošanai” vai „nav atbalstāms”.", align="j")
    P(d, ("NOLĒMA: ", "b"), "pieņemt informāciju zināšanai; ekspertiem atzinumos skaidri norādīt "
      "vērtējumu katram dokumentam.", align="j")
    P(d, ("2. ", "b"), "R. Bērziņš ierosina atkārtoto ekspertīzi uzticēt tam pašam ekspertam, kurš "
      "dokumentu iepriekš neatbalstīja, lai nav jāiepazīstas no jauna. Pret to neviens neiebilst.",
      align="j")
    P(d, ("NOLĒMA: ", "b"), "atkārtoto ekspertīzi veic tas pats eksperts; ja tas nav iespējams, "
      "koordinatore nozīmē citu nozares ekspertu.", align="j")
    P(d, ("3. ", "b"), "Nākamā sanāksme – 2026. gada 22. aprīlī plkst. 14.00.")
    P(d, "Sanāksmes vadītāja un protokolētāja                K. Auziņa", before=18)


build("r8a14_Protokols_ekspertu sanaksme_2026-03-25.docx", f14,
      author="Kristīne Auziņa", created=D(2026, 3, 26, 10, 0),
      problems=["no_verdict"],
      note="NOT a review: meeting minutes. Mentions qualifications, MIP/PKE, the three verdict "
           "formulas and reported outcomes ('ekspertīze ir noslēgusies', 'jāprecizē') plus experts' "
           "names - no rows; one no_verdict row for the file.")


# ======================================================================
# 15  NON-REVIEW: coordinator's instruction letter
# ======================================================================
def f15(d):
    P(d, "LDDK / Projekts 4.2.2.9.", after=0)
    P(d, f"2026.{NB}gada 1.{NB}aprīlī", after=12)
    P(d, "Nozaru ekspertiem")
    P(d, ("Par ekspertīzes atzinumu noformēšanu projekta 5. posmā", "b"), before=6)
    P(d, "Godātie eksperti!")
    P(d, "Sākoties projekta 5. posmam (2026. gada 1. aprīlis – 31. jūlijs), vēlamies atgādināt dažas "
         "lietas, kas ļaus atzinumus apkopot ātrāk un bez papildu jautājumiem.", align="j")
    P(d, "1. Katram dokumentam – MIP un PKE – lūdzam sniegt atsevišķu vērtējumu, izvēloties vienu no "
         "formulējumiem:", after=0)
    for o in ["saturs ir atbalstāms un virzāms saskaņošanai;",
              "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
              "saturs nav atbalstāms."]:
        P(d, "– " + o, indent=1, after=0)
    P(d, "2. Atzinuma sākumā norādiet kvalifikācijas nosaukumu un LKI līmeni, beigās – savu vārdu, "
         "uzvārdu un datumu.", before=6)
    P(d, "3. Ja vērtējat tikai vienu dokumentu (piemēram, eksāmens vēl nav izstrādāts), lūdzu, to "
         "skaidri pierakstiet.")
    P(d, "4. Atkārtotas ekspertīzes gadījumā īsi aprakstiet, kas mainījies kopš iepriekšējā "
         "atzinuma.")
    P(d, "Atzinumu lūdzam iesniegt 10 darba dienu laikā no dokumentu saņemšanas. Paldies par jūsu "
         "atbalstu un ieguldīto darbu!", align="j")
    P(d, "Ar cieņu", before=12)
    P(d, "Kristīne Auziņa", after=0)
    P(d, "projekta koordinatore")


build("r8a15_Vestule ekspertiem_norades atzinumu sagatavosanai.docx", f15,
      author="Kristīne Auziņa", created=D(2026, 4, 1, 9, 15),
      problems=["no_verdict"],
      note="NOT a review: instruction letter listing all three verdict formulas; 'atbalstu' as a "
           "noun ('Paldies par jūsu atbalstu'). Signed and dated by the coordinator - still no rows.")


# ======================================================================
# 16  NON-REVIEW: news item
# ======================================================================
def f16(d):
    P(d, ("Nozaru eksperti vērtē jaunās profesionālās izglītības programmas", "b+"))
    P(d, ("08.04.2026.", "i"))
    P(d, "Latvijas Darba devēju konfederācija arī šogad kā sadarbības partneris piedalās Eiropas "
         "Savienības Kohēzijas politikas programmas 4.2.2.9. pasākumā, kura mērķis ir profesionālās "
         "izglītības izcilība. Projekta 4. posmā trīspadsmit eksperti no enerģētikas, kokrūpniecības "
         "un mašīnbūves un metālapstrādes nozares vērtēja modulāro izglītības programmu un "
         "profesionālās kvalifikācijas eksāmenu saturu 21 kvalifikācijā.", align="j")
    P(d, "„Darba devēju atbalsts ir būtisks, lai jaunieši mācītos to, ko viņiem tiešām vajadzēs "
         "darbā. Eksperti neskatās tikai uz formu – viņi jautā, vai ar šādu programmu sagatavotu "
         "elektromontieri vai mēbeļu galdnieku paši pieņemtu darbā,” stāsta projekta koordinatore "
         "Kristīne Auziņa.", align="j")
    P(d, "Ekspertīze vairākām kvalifikācijām jau noslēgusies, tostarp motorzāģa operatoram un "
         "mehatronisko sistēmu tehniķim, savukārt elektrotehniķa, ventilācijas sistēmu tehniķa un "
         "mēbeļu galdnieka dokumenti vēl tiek precizēti. Eksperti atzīst, ka programmas kopumā ir "
         "kļuvušas praktiskākas, taču bieži trūkst nozares jauno prasmju – digitālo risinājumu un "
         "energoefektivitātes.", align="j")
    P(d, "Darbu plānots pabeigt 2026. gada jūlijā, projekta 5. posmā.", align="j")


build("r8a16_Jaunums_LDDK majaslapai.docx", f16, font="Calibri", size=11,
      author="LDDK komunikācija", created=D(2026, 4, 8, 11, 20),
      problems=["no_verdict"],
      note="NOT a review: news item for the website. Names qualifications and status "
           "('noslēgusies', 'vēl tiek precizēti'), 'atbalsts' as a noun, a coordinator quote - no rows.")


# ======================================================================
# 17  NON-REVIEW: assignment table
# ======================================================================
def f17(d):
    P(d, ("Ekspertu sadalījums – projekta 5. posms", "b"))
    P(d, "aktualizēts 02.04.2026., K. Auziņa")
    table(d, [
        ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Piezīmes"],
        ["1", "Elektrotehniķis", "4", "MIP, PKE", "A. Strods", "08.05.2026", "atkārtota ekspertīze "
         "(iepriekš MIP nav atbalstīts)"],
        ["2", "Elektromontieris", "3", "MIP, PKE", "I. Bērziņa-Kļaviņa", "22.05.2026", ""],
        ["3", "VGK sistēmu tehniķis", "4", "MIP", "N. Kalējs", "10.04.2026", "PKE – G. Vītola"],
        ["4", "Kokmateriālu žāvēšanas operators", "3", "MIP", "L. Zariņa", "08.05.2026",
         "jauna kvalifikācija, PKE vēl nav"],
        ["5", "Meža mašīnu operators", "3", "MIP, PKE", "J. Šmits", "05.06.2026", ""],
        ["6", "Motorzāģa operators", "3", "PKE", "E. Rozīte", "12.06.2026", "otrā kārta"],
        ["7", "Mehatronisko sistēmu tehniķis", "4", "MIP, PKE", "L. Siliņa", "19.06.2026",
         "precizētā versija pēc V. Ozola atzinuma"],
    ])
    P(d, "")
    P(d, "Ja termiņš nav reāls, lūdzu, ziņot koordinatorei līdz 10.04.")


build("r8a17_ekspertu sadalijums 5.posms.docx", f17, font="Calibri", size=10,
      author="Kristīne Auziņa", created=D(2026, 4, 2, 16, 30),
      problems=["no_verdict"],
      note="NOT a review: assignment table of qualifications, documents, experts and deadlines, with "
           "a status note 'iepriekš MIP nav atbalstīts' - no rows.")


# ======================================================================
# 18  very short, verdicts first, then numbered remarks
# ======================================================================
def f18(d):
    P(d, ("Elektrotehniķis, LKI 4", "b"), after=0)
    P(d, "Ainārs Strods, 06.05.2026")
    P(d, "PKE — atbalstu, virzāms saskaņošanai tāds, kāds ir.", before=6, after=0)
    P(d, "MIP — atbalstāma ar precizējumiem, kas uzskaitīti zemāk.")
    P(d, "1) 3. modulī jāpievieno mērījumi ar termokameru (elektroietaišu diagnostika).", after=0)
    P(d, "2) „Releju aizsardzība” – jāaktualizē, pašlaik tikai elektromehāniskie releji.", after=0)
    P(d, "3) DVB mācībām norādīts 480 st., bet moduļu tabulā kopā sanāk 440 – jāsaskaņo.")


build("r8a18_elektrotehnikis_Strods.docx", f18, font="Calibri", size=11,
      author="Ainars", created=D(2026, 5, 6, 7, 40),
      rows=[("elektrotehniķis", "PKE", "supported", "Ainārs Strods", "2026-05-06", 4),
            ("elektrotehniķis", "MIP", "needs_corrections", "Ainārs Strods", "2026-05-06", 4)],
      note="Very short; verdicts first as 'PKE — atbalstu …' and 'MIP — atbalstāma ar "
           "precizējumiem' (needs_corrections), remarks listed below. Name and date on one line "
           "under the title.")


# ======================================================================
# 19  'nav iebildumu' positive; MIP with 'pirms virzīšanas jāpapildina'
# ======================================================================
def f19(d):
    P(d, ("Motorzāģa operators (LKI 3) – atsauksme par MIP un PKE", "b"))
    P(d, "Atsauksmi sniedz: Rūta Kalniņa, mežizstrādes uzņēmuma darba aizsardzības speciāliste")
    P(d, "Iesniegtos dokumentus izskatīju, uzmanību galvenokārt pievēršot darba aizsardzībai, jo "
         "tā ir mana joma; tehnoloģiskos jautājumus, cik saprotu, vērtē vēl viens eksperts.",
      align="j")
    P(d, ("MIP. ", "b"), "Darba aizsardzības tēmas programmā ir, taču individuālie aizsardzības "
      "līdzekļi (aizsargbikses, ķivere ar sejsargu, apavi ar aizsardzību pret iegriezumiem) minēti "
      "tikai teorijā, bez praktiskas pārbaudes, vai audzēknis tos prot pareizi izvēlēties un "
      "pārbaudīt. Pirmajai palīdzībai atvēlētas 8 stundas; mežā, kur līdz tuvākajai ātrajai palīdzībai "
      "var būt stunda, ir vajadzīgas vismaz 16, turklāt ar praktisku asiņošanas apturēšanu. Programma "
      "kopumā atbalstāma, tomēr pirms virzīšanas jāpapildina ar šīm divām lietām.", align="j")
    P(d, ("PKE. ", "b"), "Eksāmena praktiskajā daļā paredzēts vērtēt arī drošus darba paņēmienus un "
      "bīstamās zonas noteikšanu – ļoti labi. Pret PKE saturu man nav iebildumu; to var virzīt "
      "saskaņošanai.", align="j")
    P(d, "26.02.2026.", before=12, after=0)
    P(d, "R. Kalniņa")


build("r8a19_Motorzaga operatora MIP un PKE - R.Kalnina.docx", f19,
      author="Windows User", created=D(2026, 2, 26, 13, 33),
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Rūta Kalniņa", "2026-02-26", 3),
            ("motorzāģa operators", "PKE", "supported", "Rūta Kalniņa", "2026-02-26", 3)],
      note="Labelled paragraphs 'MIP.'/'PKE.'. MIP 'kopumā atbalstāma, tomēr pirms virzīšanas "
           "jāpapildina' = needs_corrections; PKE 'nav iebildumu; to var virzīt saskaņošanai' = "
           "supported (negation that is positive). Full name in 'Atsauksmi sniedz:', signature "
           "initial+surname. Author 'Windows User'.")


# ======================================================================
# 20  Outlook reply with ENGLISH headers, quoted coordinator mail
# ======================================================================
def f20(d):
    mailhead(d, [("From:", "Dace Meiere <dace.meiere@klimatserviss.lv>"),
                 ("Sent:", "Monday, April 27, 2026 9:15 AM"),
                 ("To:", "Kristīne Auziņa <kristine.auzina@lddk.lv>"),
                 ("Subject:", "RE: VGK iekārtu remontatslēdznieks - MIP, PKE")])
    P(d, "")
    P(d, "Labdien!")
    P(d, "Izskatīju abus dokumentus.")
    P(d, "Programmu atbalstu, un to var virzīt saskaņošanai tādu, kāda tā ir – moduļi loģiski, "
         "prakses daudz, aukstumaģentu drošā apiešanās iekļauta. Nekas nav jālabo.")
    P(d, "Ar eksāmenu ir sliktāk. Praktiskajā uzdevumā audzēknim jānomaina kompresors, bet to "
         "3. līmeņa remontatslēdznieks bez sertificēta aukstuma tehniķa uzraudzības likumīgi darīt "
         "nedrīkst. Teorijas tests lielā mērā dublē programmas moduļu noslēguma testus. Tāpēc "
         "eksāmenu neatbalstu – lai skola to pārstrādā un atsūta vēlreiz.")
    P(d, "Dace")
    P(d, "", border=True)
    mailhead(d, [("From:", "Kristīne Auziņa <kristine.auzina@lddk.lv>"),
                 ("Sent:", "Wednesday, April 15, 2026 4:02 PM"),
                 ("To:", "Dace Meiere <dace.meiere@klimatserviss.lv>"),
                 ("Subject:", "VGK iekārtu remontatslēdznieks - MIP, PKE")], grey=True)
    P(d, "")
    for ln in ["Labdien, Dace!",
               "Nosūtu ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE "
               "projektus. Lūgums līdz mēneša beigām atsūtīt vērtējumu – vai atbalstāms, atbalstāms "
               "pēc precizējumiem vai nav atbalstāms.",
               "Ar cieņu",
               "Kristīne Auziņa",
               "LDDK projekta koordinatore"]:
        P(d, (ln, "g"), after=0)


build("r8a20_RE_ VGK iekartu remontatslēdznieks eksamens.docx", f20, font="Calibri", size=11,
      author="Kristīne Auziņa", created=D(2026, 4, 27, 10, 2),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
             "Dace Meiere", "2026-04-27", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE",
             "not_supported", "Dace Meiere", "2026-04-27", 3)],
      note="Outlook reply with English headers (From/Sent/To/Subject) and a quoted coordinator "
           "request listing the options. MIP 'atbalstu … tādu, kāda tā ir … Nekas nav jālabo' = "
           "supported; PKE 'eksāmenu neatbalstu' = not_supported. '3. līmeņa' in the body matches "
           "the register. Alias 'VGK iekārtu remontatslēdznieks' in subject; full name in quoted mail.")


# ======================================================================
# 21  four wood qualifications, lettered sections, MIP only
# ======================================================================
def f21(d):
    P(d, ("Kokrūpniecības programmas – eksperta piezīmes un vērtējums", "b+"))
    P(d, "Šajā kārtā man nosūtītas tikai modulārās programmas; eksāmenu saturu vērtēs vēlāk, kad "
         "skolas tos pabeigs. Tāpēc tālāk runa ir vienīgi par MIP.", align="j")
    P(d, ("A) Kokapstrādes iekārtu operators", "b"), before=6)
    P(d, "Programma ir tieši tāda, kādu nozare gaidīja: daudz prakses pie iekārtām, ir arī "
         "instrumentu asināšana un iestatīšana. Atbalstu, var virzīt saskaņošanai.", align="j")
    P(d, ("B) Datorizētu kokapstrādes iekārtu operators", "b"), before=6)
    P(d, "Labi, ka CNC programmēšanai atvēlēts pietiekami daudz laika, bet nav paredzēts darbs ar "
         "iekārtu ražotāju piedāvātajām CAM programmām – tikai vispārīga G-koda rakstīšana ar roku. "
         "Tāpat jāprecizē, kur notiek prakse, jo ne katrā uzņēmumā ir 5 asu iekārta. Programmu "
         "vērtēju pozitīvi, taču tā jāprecizē, un tikai tad virzāma saskaņošanai.", align="j")
    P(d, ("C) Mēbeļu galdnieks", "b"), before=6)
    P(d, "Diemžēl šī programma neatbilst 2025. gadā apstiprinātajām kvalifikācijas prasībām: nav "
         "mīksto mēbeļu elementu, nav virsmu apdares ar ūdens bāzes materiāliem, un puse moduļu "
         "apraksta tikai teoriju. Šādā izskatā programmu nevaru atbalstīt.", align="j")
    P(d, ("D) Būvizstrādājumu galdnieks", "b"), before=6)
    P(d, "Iebildumu nav. Programma atbalstāma un virzāma saskaņošanai.", align="j")
    P(d, "Ar cieņu", before=12, after=0)
    P(d, "Toms Vanags", after=0)
    P(d, "SIA „Kokpārstrāde Vidzemē” ražošanas vadītājs")
    P(d, f"2026.{NB}gada 2.{NB}martā")


build("r8a21_Kokrupnieciba_4 programmas_Vanags.docx", f21,
      author="Toms Vanags", created=D(2026, 3, 2, 18, 22),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Toms Vanags", "2026-03-02", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Toms Vanags",
             "2026-03-02", 4),
            ("mēbeļu galdnieks", "MIP", "not_supported", "Toms Vanags", "2026-03-02", 4),
            ("būvizstrādājumu galdnieks", "MIP", "supported", "Toms Vanags", "2026-03-02", 4)],
      note="Four qualifications in lettered sections A)-D), MIP only (exams explicitly to be "
           "reviewed later -> no PKE rows). B: 'vērtēju pozitīvi, taču tā jāprecizē, un tikai tad "
           "virzāma' = needs_corrections; C: 'nevaru atbalstīt'. No LKI stated -> register.")


# ======================================================================
# 22  ALL-CAPS section headings, two energy qualifications
# ======================================================================
def f22(d):
    P(d, ("Inga Bērziņa-Kļaviņa", "b"), after=0)
    P(d, "elektroenerģētikas inženiere, enerģētikas nozares eksperte", after=0)
    P(d, "19.05.2026.", after=12)
    P(d, "Kolēģi,")
    P(d, "nosūtu vērtējumu par abām šajā kārtā man piešķirtajām kvalifikācijām. Dokumentus saņēmu "
         "5. maijā, abas skolas bija atsūtījušas pilnus komplektus (programma + eksāmens).",
      align="j")
    P(d, ("ELEKTROMONTIERIS", "b"), before=6)
    P(d, ("Programma. ", "i"), "Moduļu apraksti skaidri, bet iztrūkst zibensaizsardzības un zemējuma "
      "ierīkošanas, kas montiera darbā ir ikdiena. Vajadzētu vismaz iepazīšanās līmenī pievienot arī "
      "saules paneļu pieslēgumu mājsaimniecībās. Programmu atbalstu, bet saskaņošanai to sūtīt tikai "
      "tad, kad šie papildinājumi būs iestrādāti.", align="j")
    P(d, ("Eksāmens. ", "i"), "Uzdevumi atbilst 3. līmenim, vērtēšanas lapas saprotamas. Atbalstu, "
      "saskaņošanai virzāms bez labojumiem.", align="j")
    P(d, ("VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS", "b"), before=6)
    P(d, ("Programma. ", "i"), "Ļoti rūpīgi izstrādāta – ar energoefektivitātes aprēķiniem, "
      "automātikas pamatiem un BIM modeļu lasīšanu. Atbalstāma un virzāma saskaņošanai.", align="j")
    P(d, ("Eksāmens. ", "i"), "Praktiskais uzdevums (sistēmas ieregulēšana un nodošanas protokols) "
      "ir tieši tāds, kādu sagaidītu no jauna tehniķa. Arī eksāmenu atbalstu pilnībā, var virzīt "
      "saskaņošanai.", align="j")
    P(d, "Ja rodas jautājumi – zvaniet vai rakstiet.", before=6)
    P(d, "IBK")


build("r8a22_ENERGETIKA atzinums Berzina-Klavina 19.05.docx", f22, font="Calibri", size=11,
      author="Inga B-K", created=D(2026, 5, 19, 9, 5),
      rows=[("elektromontieris", "MIP", "needs_corrections", "Inga Bērziņa-Kļaviņa", "2026-05-19", 3),
            ("elektromontieris", "PKE", "supported", "Inga Bērziņa-Kļaviņa", "2026-05-19", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported",
             "Inga Bērziņa-Kļaviņa", "2026-05-19", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported",
             "Inga Bērziņa-Kļaviņa", "2026-05-19", 4)],
      note="Name, role and date as a letterhead above a letter; qualification headings in ALL CAPS; "
           "italic 'Programma.'/'Eksāmens.' labels. Elektromontieris MIP 'atbalstu, bet … sūtīt tikai "
           "tad, kad …' = needs_corrections. Signs with initials only; double surname.")


# ======================================================================
# 23  two qualifications inside running text, no headings
# ======================================================================
def f23(d):
    P(d, "Labdien!")
    P(d, "Šajā atzinumā sniedzu viedokli par divu mežizstrādes kvalifikāciju dokumentiem, ko man "
         "nosūtījāt 20. maijā, – par meža mašīnu operatora un motorzāģa operatora modulārajām "
         "programmām un eksāmeniem. Abas kvalifikācijas ir LKI 3. līmenī, un programmās ir kopīgi "
         "moduļi (darba drošība, meža ekoloģija, kokmateriālu uzmērīšana), tāpēc rakstu vienā "
         "dokumentā.", align="j")
    P(d, "Kopīgie moduļi izstrādāti labi, un skolas par tiem varu tikai uzslavēt; īpaši par "
         "kokmateriālu uzmērīšanu, kur beidzot ir gan manuālā, gan elektroniskā uzmērīšana.",
      align="j")
    P(d, "Meža mašīnu operatora programma ir praktiski gatava: simulatora un reālās tehnikas "
         "stundu attiecība ir saprātīga, iekļauta arī ikdienas apkope un augsnes bojājumu "
         "mazināšana. Programmu atbalstu un iesaku bez labojumiem virzīt saskaņošanai. Ar eksāmenu "
         "ir nedaudz vairāk darba – harvestera uzdevumā nav minēti sortimentu garumi un pieļaujamās "
         "novirzes, un nav skaidrs, kā tiek vērtēts degvielas patēriņš. Eksāmena saturs kopumā ir "
         "atbalstāms, bet, pirms to virzīt saskaņošanai, šīs lietas jāprecizē.", align="j")
    P(d, "Savukārt motorzāģa operatora programma man rada nopietnas bažas. Tajā pilnībā iztrūkst koku "
         "gāšanas sarežģītos apstākļos (vējgāzes, sasvērušies un bojāti koki), kas ir viena no "
         "bīstamākajām situācijām, un praksei mežā atvēlēts mazāk nekā trešdaļa laika. Programmu "
         "šādā redakcijā neatbalstu. Eksāmens gan ir sagatavots ļoti rūpīgi, ar skaidriem "
         "drošības kritērijiem: to atbalstu, un to var virzīt saskaņošanai pat pirms programmas "
         "pārstrādes, jo eksāmena saturs balstās uz kvalifikācijas prasībām, nevis uz programmu.",
      align="j")
    P(d, "Ar cieņu", before=12, after=0)
    P(d, "Jānis Šmits", after=0)
    P(d, "meža darbu meistars, SIA „Cirsmu serviss”", after=0)
    P(d, "Madonā, 03.06.2026")


build("r8a23_Mezizstrade_divas kvalifikacijas_Smits.docx", f23,
      author="Jānis Šmits", created=D(2026, 6, 3, 20, 10),
      rows=[("meža mašīnu operators", "MIP", "supported", "Jānis Šmits", "2026-06-03", 3),
            ("meža mašīnu operators", "PKE", "needs_corrections", "Jānis Šmits", "2026-06-03", 3),
            ("motorzāģa operators", "MIP", "not_supported", "Jānis Šmits", "2026-06-03", 3),
            ("motorzāģa operators", "PKE", "supported", "Jānis Šmits", "2026-06-03", 3)],
      note="Two qualifications inside running prose (no headings); documents referred to as "
           "'programma'/'eksāmens'. 'bez labojumiem virzīt' = supported; PKE 'kopumā ir atbalstāms, "
           "bet, pirms to virzīt …, jāprecizē' = needs_corrections; 'neatbalstu'. Praise paragraph "
           "on common modules is not a verdict.")


# ======================================================================
# 24  expert name and date only in the footer; two PKE
# ======================================================================
def f24(d):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Projekts 4.2.2.9. | Nozares eksperta atzinums"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sagatavoja: Elīna Rozīte, kokrūpniecības nozares eksperte | 11.06.2026."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(d, ("Profesionālās kvalifikācijas eksāmenu saturs: mežsaimniecības tehniķis un motorzāģa "
          "operators (otrā kārta)", "b"))
    P(d, "Abos gadījumos vērtēšanai atkārtoti iesniegts tikai PKE saturs; programmas saskaņotas "
         "jau iepriekš.", align="j")
    P(d, ("Mežsaimniecības tehniķis", "bu"))
    P(d, "Salīdzinot ar pirmo redakciju, pievienots situācijas uzdevums par meža atjaunošanas "
         "plānošanu, un tas ir labi. Joprojām neatrisināts jautājums par teorētiskās daļas apjomu – "
         "90 jautājumi 90 minūtēs ir par daudz, un vairāki jautājumi pārbauda to pašu. "
         "Eksāmens ir atbalstāms, saskaņošanai virzāms pēc tam, kad jautājumu skaits būs "
         "samazināts vismaz līdz 60 un izņemti dublikāti.", align="j")
    P(d, ("Motorzāģa operators", "bu"))
    P(d, "Visi pirmajā kārtā minētie trūkumi novērsti. Uzdevums par ķēdes asināšanu tagad ir ar "
         "skaidriem kritērijiem. Citu iebildumu nav – atbalstu un lūdzu virzīt saskaņošanai.",
      align="j")


build("r8a24_PKE_mezsaimnieciba_motorzagis_Rozite.docx", f24,
      author="Elina", created=D(2026, 6, 11, 8, 55),
      rows=[("mežsaimniecības tehniķis", "PKE", "needs_corrections", "Elīna Rozīte", "2026-06-11", 4),
            ("motorzāģa operators", "PKE", "supported", "Elīna Rozīte", "2026-06-11", 3)],
      note="Expert name and date ONLY in the footer ('Sagatavoja: … | 11.06.2026.'); project tag in "
           "the header. PKE-only second round for two qualifications; MIPs 'saskaņotas jau "
           "iepriekš' -> no MIP rows.")


# ======================================================================
# 25  memo head Kam/No/Datums/Par; optional suggestions after conclusion
# ======================================================================
def f25(d):
    P(d, ("Kam: ", "b"), "LDDK projekta koordinatorei K. Auziņai", after=0)
    P(d, ("No: ", "b"), "Pēteris Avotiņš, mēbeļu darbnīcas „Avotiņa darbnīca” īpašnieks, nozares "
      "eksperts", after=0)
    P(d, ("Datums: ", "b"), f"2026.{NB}gada 2.{NB}aprīlis", after=0)
    P(d, ("Par: ", "b"), "Mēbeļu galdnieka (4. LKI līmenis) MIP un PKE", border=True)
    P(d, "Esmu izskatījis iesniegto programmu un eksāmena saturu. Abi dokumenti sagatavoti "
         "kvalitatīvi, redzams, ka darba grupa ņēmusi vērā iepriekšējā gada diskusijas nozares "
         "ekspertu padomē. Programmā ir labs līdzsvars starp roku darbu un darbu ar iekārtām, "
         "eksāmenā – reāls pasūtījums (kumode pēc klienta skices) ar aprēķinu un izgatavošanu.",
      align="j")
    P(d, ("Secinājumi", "b"))
    P(d, "Programmas saturs ir atbalstāms un virzāms saskaņošanai.", after=0)
    P(d, "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "Tālāk daži ieteikumi, ko skola var ņemt vērā nākamajā aktualizācijā; tie nav priekšnosacījums "
         "saskaņošanai:", before=6)
    P(d, "– pievienot vairāk par finiera un plātņu materiālu optimālu izmantošanu (griešanas "
         "kartes);", indent=0.75, after=0)
    P(d, "– eksāmena vērtēšanā varētu ieskaitīt arī darba vietas sakopšanu.", indent=0.75)
    P(d, "P. Avotiņš", before=12)


build("r8a25_Mebelu galdnieks_MIP_PKE_Avotins galigais.docx", f25,
      author="Kristīne Auziņa", created=D(2026, 4, 2, 14, 12),
      rows=[("mēbeļu galdnieks", "MIP", "supported", "Pēteris Avotiņš", "2026-04-02", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Pēteris Avotiņš", "2026-04-02", 4)],
      note="Memo head (Kam/No/Datums/Par); canonical supported sentences under 'Secinājumi', then "
           "optional suggestions explicitly 'nav priekšnosacījums saskaņošanai' -> stays supported. "
           "LKI written '4. LKI līmenis'. Author = coordinator.")


# ======================================================================
# 26  older style with PKL levels, roman sections, lettered conclusion
# ======================================================================
def f26(d):
    P(d, ("ATZINUMS", "b+"), align="c")
    P(d, "par izglītības programmu projektiem „Elektrotehniķis” (3. PKL) un „Elektromontieris” "
         "(2. PKL)", align="c")
    P(d, "Sagatavoja: Viktors Ivanovs, elektroietaišu ekspluatācijas inženieris, enerģētikas nozares "
         "eksperts")
    P(d, ("I. Elektrotehniķis", "b"), before=6)
    P(d, "I.1. Programmas projekts veidots pēc vecās, priekšmetu sistēmas – moduļi ir tikai pēc "
         "nosaukuma. Kompetences nav sasaistītas ar profesijas standartu, trūkst mērījumu un "
         "ekspluatācijas moduļa.", align="j")
    P(d, "I.2. Kvalifikācijas eksāmenā praktiskais uzdevums ir elektromontiera līmenī (apgaismes "
         "shēmas montāža). Tehniķim jāpārbauda arī projektēšanas, defektācijas un dokumentācijas "
         "prasmes.", align="j")
    P(d, ("II. Elektromontieris", "b"), before=6)
    P(d, "II.1. Programma labi sakārtota, kompetences atbilst standartam.", align="j")
    P(d, "II.2. Eksāmena teorētiskajā daļā ir jautājumi par jau atceltiem noteikumiem (LEK 002 "
         "vecā redakcija).", align="j")
    P(d, "II.3. Praktiskajā daļā nav norādīts, kas nodrošina mēraparatūru.", align="j")
    P(d, ("Secinājumi:", "b"), before=6)
    P(d, "a) elektrotehniķa programmas un eksāmena saturs nav atbalstāms; abi dokumenti jāpārstrādā "
         "un jāiesniedz atkārtoti;", indent=0.5, after=0)
    P(d, "b) elektromontiera programma ir atbalstāma un virzāma saskaņošanai; eksāmens atbalstāms, "
         "saskaņošanai virzāms pēc precizējumiem (sk. II.2 un II.3).", indent=0.5)
    P(d, "V. Ivanovs", before=12, after=0)
    P(d, "29.01.2026.")


build("r8a26_Elektro_PKL_Ivanovs.docx", f26,
      author="User", created=D(2026, 1, 29, 11, 48),
      rows=[("elektrotehniķis", "MIP", "not_supported", "Viktors Ivanovs", "2026-01-29", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Viktors Ivanovs", "2026-01-29", 4),
            ("elektromontieris", "MIP", "supported", "Viktors Ivanovs", "2026-01-29", 3),
            ("elektromontieris", "PKE", "needs_corrections", "Viktors Ivanovs", "2026-01-29", 3)],
      note="Older-style levels: '3. PKL' = LKI 4, '2. PKL' = LKI 3 (consistent with register). Roman "
           "sections, remarks only; verdicts all in the lettered 'Secinājumi'. One clause covers both "
           "documents of elektrotehniķis ('programmas un eksāmena saturs nav atbalstāms').")


# ======================================================================
# 27  qualification not in register (CNC metalworking), both documents
# ======================================================================
def f27(d):
    P(d, ("Eksperta vērtējums", "b+"))
    P(d, "Kvalifikācija: metālapstrādes CNC iekārtu operators, LKI 4", after=0)
    P(d, "Nozare: mašīnbūve un metālapstrāde", after=0)
    P(d, "Eksperts: Aleksandrs Petrovs, SIA „Precīzā mehānika” tehnologs", after=0)
    P(d, "Datums: 12.05.2026")
    P(d, "Programma un eksāmens izstrādāti pēc jaunās nozares kvalifikāciju struktūras, kurā CNC "
         "operators izdalīts kā atsevišķa kvalifikācija. Tas ir pareizi, jo darba devēji šādus "
         "speciālistus meklē visvairāk.", align="j")
    P(d, "Programmā jāpapildina mērīšanas modulis – nav koordinātu mērmašīnas (CMM) pamatu un "
         "mērījumu protokolu lasīšanas. Modulī „Virpošana CNC” norādītā apstrādes programmatūra ir "
         "novecojusi. Jāpārskata arī darba aizsardzības modulis – nav par dzesēšanas šķidrumu "
         "izraisītiem ādas bojājumiem. Līdz ar to programma ir atbalstāma, tomēr virzāma "
         "saskaņošanai tikai pēc šo precizējumu veikšanas.", align="j")
    P(d, "Eksāmens – detaļas izgatavošana pēc rasējuma, ieskaitot programmēšanu, iestatīšanu un "
         "mērīšanu – atbilst tam, ko mēs uzņēmumā prasām no jauna darbinieka. Eksāmena saturs "
         "atbalstāms bez precizējumiem un virzāms saskaņošanai.", align="j")


build("r8a27_CNC metalapstrade_Petrovs.docx", f27,
      author="Aleksandrs Petrovs", created=D(2026, 5, 12, 15, 30),
      rows=[("metālapstrādes CNC iekārtu operators", "MIP", "needs_corrections",
             "Aleksandrs Petrovs", "2026-05-12", 4),
            ("metālapstrādes CNC iekārtu operators", "PKE", "supported", "Aleksandrs Petrovs",
             "2026-05-12", 4)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (CNC operator in metalworking); LKI 4 from the header "
           "lines. PKE 'atbalstāms bez precizējumiem un virzāms' = supported (bez ≠ pēc). No "
           "signature: name in 'Eksperts:' line.")


# ======================================================================
# 28  Word comments carrying verdict words; MIP only
# ======================================================================
def f28(d):
    P(d, ("Koka izstrādājumu ražošanas tehniķis – MIP ekspertīze", "b"))
    P(d, "Agnese Kraule, 10.03.2026.")
    P(d, "Eksāmena saturu šai kvalifikācijai vērtē S. Dreimane, tāpēc mans atzinums attiecas uz "
         "modulāro programmu.", align="j")
    P(d, "Programmas struktūra (pamatmoduļi, specializācijas moduļi un darba vidē balstītas mācības) "
         "ir skaidra. Labi, ka ir modulis par ražošanas plānošanu un izmaksu aprēķinu – tehniķim tas "
         "ir svarīgi. ",
      Cmt("Modulis „Datorizētā projektēšana” balstās uz vienu konkrētu programmatūru.",
          "Vai šis modulis vispār ir atbalstāms, ja licences skolai nav? Jāpajautā darba grupai.",
          "Agnese Kraule", "AK"),
      " Trūkst arī kvalitātes vadības sistēmu (ISO 9001) pamatu.", align="j")
    P(d, Cmt("Darba vidē balstītajām mācībām nav pievienots uzņēmumu saraksts un vērtēšanas kārtība.",
             "Iepriekšējā kārtā šo pašu iemeslu dēļ MIP netika atbalstīts – K.A.",
             "Kristīne Auziņa", "KA"), align="j")
    P(d, "Programmas saturs ir atbalstāms; pēc minēto precizējumu veikšanas (CAD modulis bez "
         "piesaistes vienai programmatūrai, ISO 9001 pamati, DVB apraksts) to var virzīt "
         "saskaņošanai.", before=6, align="j")


build("r8a28_KIRT MIP ar komentariem_Kraule.docx", f28,
      author="Agnese Kraule", created=D(2026, 3, 10, 12, 12),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Agnese Kraule",
             "2026-03-10", 4)],
      note="Word comments with verdict words ('Vai šis modulis vispār ir atbalstāms', coordinator's "
           "'iepriekšējā kārtā … netika atbalstīts') are not verdicts. Closing paragraph = canonical "
           "needs_corrections. PKE reviewed by another expert -> no row. Name+date on one line.")


# ======================================================================
# 29  MIP covered but verdict deferred; PKE supported
# ======================================================================
def f29(d):
    P(d, "VGK sistēmu tehniķis – programma un eksāmens", after=0)
    P(d, "N. Kalējs, 08.04.2026", after=12)
    P(d, ("Programma", "b"))
    P(d, "Programmā ir 14 moduļi. Trīs no tiem (siltumsūkņi, ūdens sildīšanas sistēmas, "
         "ēku automātika) pēc satura vairāk atbilst siltumtehnikai nekā ventilācijai. Vai tā ir "
         "apzināta izvēle, vai kļūda, no dokumenta nav saprotams. 15. aprīlī esmu norunājis sarunu ar "
         "darba grupas vadītāju, un programmas vērtējumu atsūtīšu pēc tās.", align="j")
    P(d, ("Eksāmens", "b"))
    P(d, "Eksāmena saturs labs: praktiskā daļa ar gaisa daudzuma mērījumiem un sistēmas "
         "ieregulēšanu, teorijā – normatīvi un energoefektivitāte. Eksāmens ir atbalstāms un "
         "virzāms saskaņošanai.", align="j")
    P(d, "Normunds Kalējs", before=12)


build("r8a29_VGK sistemu tehnikis_Kalejs.docx", f29,
      author="", created=D(2026, 4, 8, 16, 16),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "unknown",
             "Normunds Kalējs", "2026-04-08", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported",
             "Normunds Kalējs", "2026-04-08", 4)],
      problems=["no_verdict"],
      note="MIP is reviewed (remarks) but its verdict is explicitly deferred until a meeting -> "
           "unknown + no_verdict. PKE supported. Initial+surname at the top, full name at the end "
           "(gold uses the full name).")


# ======================================================================
# 30  'nevajadzīgo svītrot' inside a memo: strike-through options
# ======================================================================
def f30(d):
    P(d, ("Līga Siliņa", "b"), align="r", after=0)
    P(d, "Mg.sc.ing., SIA „Automatizācijas risinājumi” projektu vadītāja", align="r", after=0)
    P(d, "Liepājā, 16.06.2026.", align="r")
    P(d, ("Atzinums par mašīnbūves un metālapstrādes nozares programmām (precizētās versijas)", "b"),
      before=12)
    P(d, "Šoreiz saņēmu divu kvalifikāciju dokumentus: mehatronisko sistēmu tehniķa MIP un PKE "
         "(precizēti pēc V. Ozola februāra atzinuma) un metinātāja MIP (LKI 3). Metinātāja eksāmens "
         "vēl nav iesniegts.", align="j")
    P(d, ("1. Mehatronisko sistēmu tehniķis", "b"))
    P(d, "Programmā izpildīti visi iepriekšējā atzinumā prasītie precizējumi: B1 rezultāti "
         "pārformulēti, robottehnikai tagad 80 stundas, pievienota prediktīvā apkope. Man papildu "
         "iebildumu nav.", align="j")
    P(d, "Eksāmenā testa jautājumi par G-kodu izņemti, bet kļūmes atrašanai joprojām tikai "
         "15 punkti; jāpaaugstina vismaz līdz 30.", align="j")
    P(d, ("Vērtējums (nevajadzīgo svītrot):", "i"))
    P(d, "MIP: saturs ir atbalstāms un virzāms saskaņošanai / ",
      ("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s"), " / ",
      ("saturs nav atbalstāms", "s"), indent=0.5)
    P(d, "PKE: ", ("saturs ir atbalstāms un virzāms saskaņošanai", "s"), " / saturs ir atbalstāms; "
      "pēc precizējumu veikšanas virzāms saskaņošanai / ", ("saturs nav atbalstāms", "s"), indent=0.5)
    P(d, ("2. Metinātājs", "b"), before=6)
    P(d, "Programma kopumā laba, bet nav ietverta metināšanas procedūru specifikāciju (WPS) lasīšana "
         "un metinātāju sertifikācijas prasības pēc LVS EN ISO 9606-1. Tas jāpapildina.", align="j")
    P(d, ("Vērtējums (nevajadzīgo svītrot):", "i"))
    P(d, "MIP: ", ("saturs ir atbalstāms un virzāms saskaņošanai", "s"), " / saturs ir atbalstāms; "
      "pēc precizējumu veikšanas virzāms saskaņošanai / ", ("saturs nav atbalstāms", "s"), indent=0.5)
    P(d, "L. Siliņa", before=12)


build("r8a30_Mehatronika un metinatajs_Silina_2.karta.docx", f30,
      author="Līga Siliņa", created=D(2026, 6, 16, 10, 40),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Līga Siliņa", "2026-06-16", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Līga Siliņa",
             "2026-06-16", 4),
            ("metinātājs", "MIP", "needs_corrections", "Līga Siliņa", "2026-06-16", 3)],
      problems=["unknown_qualification"],
      note="Letterhead top right with title Mg.sc.ing. and place/date. Each verdict line prints all "
           "three options with the non-chosen ones struck through ('nevajadzīgo svītrot'). "
           "'metinātājs' is not in the register (LKI 3 stated); its PKE not yet submitted -> no row. "
           "History of an earlier review (V. Ozols) mentioned.")


# ======================================================================
# 31  Gmail forward (Latvian UI), PKE of DKIO, plus KIO exam in passing
# ======================================================================
def f31(d):
    P(d, "Kristīne Auziņa <kristine.auzina@lddk.lv>", after=0)
    P(d, "17. apr. 2026, 08:50", after=0)
    P(d, "Kam: ekspertize@lddk.lv")
    P(d, "Pārsūtu Roberta atzinumu par DKIO, saglabāt mapē Kokrūpniecība/5. posms.")
    P(d, "---------- Pārsūtīts ziņojums ---------", before=6, after=0)
    P(d, "No: ", ("Roberts Kļaviņš", "b"), " <r.klavins.koks@gmail.com>", after=0)
    P(d, "Date: ceturtd., 2026. g. 16. apr., plkst. 11:32", after=0)
    P(d, "Subject: DKIO eksāmens", after=0)
    P(d, "To: Kristīne Auziņa <kristine.auzina@lddk.lv>")
    P(d, "")
    P(d, "Sveika!")
    P(d, "Datorizētu kokapstrādes iekārtu operatora eksāmenu izskatīju. Uzdevums ar CNC "
         "frēzēšanu pēc rasējuma un kontroles mērījumiem ir labi izveidots, vērtēšanas kritēriji "
         "skaidri, laiks pietiekams. Eksāmena saturu atbalstu, un to var virzīt saskaņošanai.")
    P(d, "Programmu (MIP) vēl neesmu paspējis izskatīt – atsūtīšu atsevišķi nākamnedēļ.")
    P(d, "Un vēl – KIO eksāmenu, ko atsūtīji kopā ar šo, arī apskatīju: tur viss kārtībā, "
         "atbalstu bez labojumiem.")
    P(d, "Roberts")


build("r8a31_Fwd_ DKIO eksamens.docx", f31, font="Arial", size=10,
      author="Kristīne Auziņa", created=D(2026, 4, 17, 8, 52),
      rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Roberts Kļaviņš",
             "2026-04-16", 4),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Roberts Kļaviņš", "2026-04-16", 3)],
      note="Gmail forward by the coordinator (outer date 17 Apr) of the expert's mail of 16 Apr "
           "(Latvian Gmail date line) - review date is the expert's. MIP explicitly not yet reviewed "
           "-> no row. Second qualification only as abbreviation 'KIO eksāmenu … atbalstu bez "
           "labojumiem' -> supported.")


# ======================================================================
# 32  'atbalsta' as a third-person verb / noun traps; condition 'ar nosacījumu'
# ======================================================================
def f32(d):
    P(d, ("Būvizstrādājumu galdnieks: MIP un PKE satura vērtējums", "b"))
    P(d, "Ievadam. Nozares uzņēmumi jau vairākus gadus atbalsta ideju, ka būvizstrādājumu galdnieka "
         "apmācībā lielāka loma jāpiešķir montāžai objektā, un šī programma to beidzot ievēro. Skolai "
         "šajā procesā bija arī VISC metodiskais atbalsts, kas dokumentu kvalitātē ir jūtams.",
      align="j")
    P(d, "Par programmu. Moduļu secība loģiska, apjoms atbilst 4. līmenim. Tomēr modulī „Logu un "
         "durvju montāža” nav ietverta montāža ar tvaika izolācijas lentēm un energoefektīvu ēku "
         "prasības (siltuma tilti, hermētiskums), kas šodien ir standarts. Programma ir atbalstīta ar "
         "nosacījumu, ka šis modulis tiks papildināts, un tikai pēc tam virzāma saskaņošanai.",
      align="j")
    P(d, "Par eksāmenu. Praktiskais uzdevums – loga bloka izgatavošana un iebūve mācību stendā – "
         "atbilst kvalifikācijai. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai; "
         "precizējumi nav vajadzīgi.", align="j")
    P(d, "Evija Lāce", before=12, after=0)
    P(d, "būvgaldniecības uzņēmuma „Lāču logi” tehnoloģe", after=0)
    P(d, f"11.{NB}02.{NB}2026.")


build("r8a32_Buvizstradajumu galdnieks_Lace_RE.docx", f32,
      author="Evija", created=D(2026, 2, 11, 9, 9),
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "Evija Lāce", "2026-02-11", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Evija Lāce", "2026-02-11", 4)],
      note="Traps in the intro: 'uzņēmumi … atbalsta ideju' (verb with its own subject) and "
           "'metodiskais atbalsts' (noun). MIP 'atbalstīta ar nosacījumu, ka … un tikai pēc tam "
           "virzāma' = needs_corrections; PKE supported. Date with NBSP after dots.")


# ======================================================================
# 33  letterhead with academic title, two VGK qualifications, 2nd round, ISO date
# ======================================================================
def f33(d):
    P(d, ("Dr. phys. Baiba Eglīte", "b"), after=0)
    P(d, "enerģētikas nozares eksperte (ventilācija un gaisa kondicionēšana)", after=0)
    P(d, "2026-03-19", border=True)
    P(d, ("Atkārtotā ekspertīze: VGK iekārtu remontatslēdznieks un VGK sistēmu tehniķis", "b"),
      before=12)
    P(d, "Pirmajā kārtā (februārī) abām kvalifikācijām programmas bija atbalstītas ar "
         "precizējumiem, bet eksāmeni – remontatslēdzniekam nebija atbalstīts, tehniķim atbalstīts "
         "pēc precizējumiem. Tagad skolas iesniegušas labotas versijas visiem četriem dokumentiem.",
      align="j")
    P(d, ("— VGK iekārtu remontatslēdzniekam —", "b"), align="c")
    P(d, "Programmā daļa labojumu veikta, bet modulis par aukstumaģentu apriti joprojām atsaucas uz "
         "atcelto regulu, un elektrodrošības stundu skaits nav mainīts. Programma atbalstāma; "
         "saskaņošanai virzāma pēc šo divu punktu izlabošanas.", align="j")
    P(d, "Eksāmens ievērojami uzlabots – tagad ir gan teorija, gan praktisks uzdevums ar defektu "
         "atrašanu. Atlicis precizēt vērtēšanas lapas punktu sadalījumu (kopsumma nav 100). Arī "
         "eksāmenu atbalstu; pirms virzīšanas saskaņošanai jāizlabo punktu sadalījums.", align="j")
    P(d, ("— ventilācijas un gaisa kondicionēšanas sistēmu tehniķim —", "b"), align="c")
    P(d, "Abos dokumentos visas piezīmes ņemtas vērā. Gan programma, gan eksāmens ir atbalstāmi un "
         "virzāmi saskaņošanai.", align="j")
    P(d, "B. Eglīte", before=12)


build("r8a33_VGK_2.karta_Eglite.docx", f33, font="Cambria", size=11,
      author="Baiba Eglīte", created=D(2026, 3, 19, 17, 0),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP",
             "needs_corrections", "Baiba Eglīte", "2026-03-19", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE",
             "needs_corrections", "Baiba Eglīte", "2026-03-19", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported",
             "Baiba Eglīte", "2026-03-19", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported",
             "Baiba Eglīte", "2026-03-19", 4)],
      note="Letterhead with 'Dr. phys.' title and ISO date; first-round history paragraph lists all "
           "four earlier verdicts (history, not current). Sections headed by the qualification in the "
           "dative between dashes (alias and full name). One sentence covers both documents of the "
           "tehniķis.")


# ======================================================================
# 34  hasty phone e-mail, Outlook Latvian headers, body without diacritics
# ======================================================================
def f34(d):
    mailhead(d, [("No:", "Guntis Mežulis <guntis.mezulis@inbox.lv>"),
                 ("Nosūtīts:", "pirmdiena, 2026. gada 22. jūnijs 07:58"),
                 ("Kam:", "Kristīne Auziņa"),
                 ("Tēma:", "motorzaga op.")])
    P(d, "")
    P(d, "Sveiki,")
    P(d, "sorry par kavesanos. motorzaga operatora materialus izskatiju.")
    P(d, "programma - kopuma ok, atbalstama, bet japapildina 2. modulis ar kedes spriegojuma "
         "regulesanu un zaga apkopi pec darba. bez ta talak saskanosanai nesutitu.")
    P(d, "PKE gan nav atbalstams - vertesanas kriteriji nesakrit ar uzdevumu, turklat praktiskaja "
         "uzdevuma jazag 40 cm resns koks, bet skolas poligona tadu koku vispar nav. japarstrada.")
    P(d, "G.")
    P(d, ("Sūtīts no mana iPhone", "i"))


build("r8a34_motorzaga op_Mezulis.docx", f34, font="Calibri", size=11,
      author="Kristīne Auziņa", created=D(2026, 6, 22, 9, 20),
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Guntis Mežulis", "2026-06-22", 3),
            ("motorzāģa operators", "PKE", "not_supported", "Guntis Mežulis", "2026-06-22", 3)],
      note="Phone e-mail saved by the coordinator; headers with diacritics, body without. MIP "
           "'atbalstama, bet japapildina … bez ta … nesutitu' = needs_corrections; 'PKE gan nav "
           "atbalstams'. Qualification only as 'motorzaga operatora' / subject 'motorzaga op.'. "
           "Expert name only in 'No:' header.")


# ----------------------------------------------------------------- outputs
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r8a – free-prose expert reviews (letters, memos, pasted e-mails)\n\n")
        f.write(f"{len(NOTES)} files, {len(ROWS)} gold rows, "
                f"{sum(1 for n, _ in NOTES if not any(r[0] == n for r in ROWS))} files without rows "
                "(non-reviews). Built by `build.py`; labels sit next to each `build()` call.\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            f.write(f"| {n} | {note.replace('|', '/')} |\n")


def check():
    from docx import Document as _D
    names = {n for n, _ in NOTES}
    for n in names:
        _D(os.path.join(OUT, n))
    for r in ROWS + PROBS:
        assert r[0] in names and os.path.exists(os.path.join(OUT, r[0])), r
    for n in names:
        assert any(r[0] == n for r in ROWS + PROBS), f"unlabelled {n}"
    assert len(names) == len(NOTES), "duplicate file name"
    for n in names:
        assert n.startswith("r8a"), n
    print(f"{len(names)} files, {len(ROWS)} rows, {len(PROBS)} problem rows - all open")


if __name__ == "__main__":
    write_outputs()
    check()
