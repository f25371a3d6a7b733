# -*- coding: utf-8 -*-
"""Build the r15a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run:  /work/hvenv/bin/python build.py
Each file is built by one function f(d) and one build(...) call that carries its gold rows,
expected problem codes and a note for README.md.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []
NB = "\u00a0"  # non-breaking space

COORD = "Elīna Zvaigzne"     # LDDK project coordinator (fictional)
COORD2 = "Baiba Miezīte"     # LDDK assistant (fictional)

ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
         "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}


# ---------------------------------------------------------------- helpers
def new_doc(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    return d


def _fmt(r, fmt):
    if "b" in fmt:
        r.bold = True
    if "i" in fmt:
        r.italic = True
    if "u" in fmt:
        r.underline = True
    if "s" in fmt:
        r.font.strike = True
    if "g" in fmt:  # grey (quoted mail)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if "B" in fmt:  # blue (mail header colour)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x93)
    if "+" in fmt:
        r.font.size = Pt(14)
    if "-" in fmt:
        r.font.size = Pt(9)


def P(d, *segs, align=None, style=None, after=None, before=None, indent=None, fmt=""):
    """Paragraph from segments: 'text' or ('text', 'bisu g B + -')."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for s in segs:
        if isinstance(s, str):
            r = p.add_run(s)
            _fmt(r, fmt)
        else:
            r = p.add_run(s[0])
            _fmt(r, s[1] + fmt)
    if align:
        p.alignment = ALIGN[align]
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Pt(indent)
    return p


_rev = [100]


def _track(p, kind, text, author, date):
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def INS(p, text, author, date="2026-03-25T09:40:00Z"):
    _track(p, "ins", text, author, date)


def DEL(p, text, author, date="2026-03-25T09:40:00Z"):
    _track(p, "del", text, author, date)


def run(p, text, fmt=""):
    r = p.add_run(text)
    _fmt(r, fmt)
    return r


def T(d, rows, header=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
    return t


def MAILHDR(d, pairs, fmt=""):
    for k, v in pairs:
        P(d, (k + " ", "b" + fmt), (v, fmt), after=0)


def build(name, fn, author, created, rows, problems=(), note="", font="Times New Roman", size=12,
          modified_by=None):
    assert name.startswith("r15a"), name
    d = new_doc(font, size)
    fn(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = modified_by if modified_by is not None else author
    cp.comments = ""
    cp.title = ""
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2)
    cp.revision = 3
    d.save(os.path.join(OUT, name))
    for (q, doc, verdict, expert, date, lki) in rows:
        ROWS.append([name, q, doc, verdict, expert, date, str(lki) if lki else ""])
    for code in problems:
        PROBS.append([name, code])
    NOTES.append((name, note))


def D(y, m, d_, h=10, mi=0):
    return dt.datetime(y, m, d_, h, mi)


# ====================================================================== 01
def f01(d):
    P(d, ("Sandra Grīnberga", "b"), align="r", after=0)
    P(d, "SIA „Vītolu mēbeles” tehniskā direktore", align="r", after=0)
    P(d, "LDDK deleģētā kokrūpniecības nozares eksperte", align="r", after=18)
    P(d, ("EKSPERTA ATZINUMS", "b+"), align="c", after=0)
    P(d, ("par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4." + NB + "līmenis) modulārās "
          "izglītības programmas un profesionālās kvalifikācijas eksāmena saturu", "b"), align="c", after=12)
    P(d, "Rīgā, 2026." + NB + "gada 16." + NB + "martā", after=12)
    P(d, "Saskaņā ar LDDK uzdevumu esmu izvērtējusi profesionālās izglītības iestāžu darba grupas "
         "2026. gada 27. februārī iesniegto kompetencēs balstītās modulārās izglītības programmas "
         "(turpmāk – MIP) un profesionālās kvalifikācijas eksāmena (turpmāk – PKE) saturu kvalifikācijai "
         "„Mēbeļu galdnieks”. Vērtēšanā izmantoju profesijas standartu, nozares kvalifikāciju struktūru "
         "un savu pieredzi, vadot mēbeļu ražošanu uzņēmumā ar sešdesmit darbiniekiem.", align="j")
    P(d, ("Par MIP", "bu"), before=6)
    P(d, "Programmas struktūra ir loģiska, moduļi veidoti pēctecīgi – no materiālu pazīšanas un rokas "
         "instrumentu lietošanas līdz korpusa un mīksto mēbeļu izgatavošanai. Īpaši vēlos uzteikt moduli "
         "„Mēbeļu izstrādājumu projektēšana”, kurā iekļauts darbs ar 3D modelēšanas programmatūru – tieši "
         "tas uzņēmumos šobrīd visvairāk pietrūkst. Tomēr vairākas vietas ir jāprecizē:", align="j")
    for t in [
        "1) modulī „Virsmu apdare” nepietiekami aprakstīts darbs ar ūdens bāzes lakām un UV cietināmiem "
        "pārklājumiem, kas ražošanā jau kļuvuši par standartu;",
        "2) sasniedzamajos rezultātos vairākkārt lietots termins „kokskaidu plātne”, kur pareizi būtu "
        "„skaidu plātne” vai „MDF plātne” atbilstoši kontekstam;",
        "3) darba aizsardzības prasības putekļu nosūkšanai jāizceļ atsevišķi, nevis tikai jāpiemin moduļa "
        "„Ievads profesijā” beigās;",
        "4) praktisko mācību stundu sadalījums starp skolu un darba vidi nesakrīt ar kopējo stundu skaitu "
        "(kopā iznāk 1480, nevis 1440 stundas).",
    ]:
        P(d, t, indent=18, after=2)
    P(d, ("Par PKE", "bu"), before=6)
    P(d, "Eksāmena saturs ir sabalansēts. Teorētiskās daļas jautājumi aptver visas profesijas standartā "
         "minētās kompetences, praktiskais uzdevums (skapīša ar atvilktni izgatavošana pēc rasējuma) ir reāli "
         "izpildāms paredzētajā laikā un labi parāda, vai kandidāts prot strādāt patstāvīgi. Vērtēšanas "
         "kritēriji ir skaidri un izmērāmi. Iebildumu man nav.", align="j")
    P(d, ("Slēdziens", "b"), before=6)
    P(d, "Ņemot vērā iepriekš minēto, MIP saturu atbalstu, taču saskaņošanai to iesaku virzīt tikai pēc tam, "
         "kad darba grupa būs veikusi 1.–4. punktā norādītos precizējumus.", align="j")
    P(d, "PKE saturs ir ", ("atbalstāms", "b"), " un virzāms saskaņošanai bez izmaiņām.", align="j")
    P(d, "Ar cieņu,", before=12, after=0)
    P(d, "Sandra Grīnberga")


build("r15a01_Atzinums_Mebelu_galdnieks_MIP_PKE_Grinberga.docx", f01, COORD, D(2026, 3, 16, 14, 5),
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Sandra Grīnberga", "2026-03-16", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Sandra Grīnberga", "2026-03-16", 4)],
      note="Formal letter, letterhead (name+role) above title, qualification in title with „” quotes, "
           "remarks per document, 'Slēdziens'. MIP: 'atbalstu, taču saskaņošanai iesaku virzīt tikai pēc "
           "... precizējumiem' = needs_corrections; PKE 'atbalstāms un virzāms ... bez izmaiņām' = supported. "
           "Author = coordinator who forwarded it.")


# ====================================================================== 02
def f02(d):
    MAILHDR(d, [("No:", "Aivars Dzenis <aivars.dzenis@elektrotikls.lv>"),
                ("Nosūtīts:", "trešdiena, 2026. gada 18. marts 14:07"),
                ("Kam:", "Elīna Zvaigzne"),
                ("Tēma:", "RE: Elektromontieris PKE")])
    P(d, "", after=0)
    P(d, "Labdien, Elīna!")
    P(d, "Paldies par atgādinājumu, atvainojos par kavēšanos – bija avārijas darbi Vidzemē. Izskatīju "
         "elektromontiera PKE saturu (teorijas jautājumi, abi praktiskie uzdevumi un vērtēšanas kritēriji).")
    P(d, "Lielu iebildumu nav. Jautājumi par elektrodrošību un darbu sprieguma tuvumā sastādīti pareizi, "
         "atbilst tam, ko prasām no jaunajiem montieriem. Praktiskajā uzdevumā Nr. 2 (sadales skapja "
         "montāža) es gribētu redzēt arī izolācijas pretestības mērīšanu, bet tas nav kritiski – to var "
         "atstāt darba grupas ziņā.")
    P(d, "Kopumā eksāmena saturu atbalstu un iesaku to virzīt saskaņošanai tādu, kāds tas ir.")
    P(d, "MIP, kā runājām, skatās Harijs, es to neesmu vērtējis.")
    P(d, "Ar labiem vēlējumiem", after=0)
    P(d, "Aivars Dzenis", after=0)
    P(d, "elektroenerģētikas nozares eksperts", after=0)
    P(d, "tālr. 29" + NB + "144" + NB + "318")
    P(d, "_" * 32, after=0)
    MAILHDR(d, [("No:", "Elīna Zvaigzne"),
                ("Nosūtīts:", "pirmdiena, 2026. gada 16. marts 9:15"),
                ("Kam:", "Aivars Dzenis <aivars.dzenis@elektrotikls.lv>"),
                ("Tēma:", "Elektromontieris PKE")])
    P(d, "", after=0)
    P(d, "Labdien, Aivar!")
    P(d, "Atgādinu, ka līdz 20. martam gaidām Jūsu atzinumu par elektromontiera (LKI 3. līmenis) PKE saturu. "
         "Atzinumā lūdzu skaidri norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms, "
         "pēc precizējumu veikšanas virzāms saskaņošanai, vai nav atbalstāms.")
    P(d, "Paldies!", after=0)
    P(d, "Elīna")


build("r15a02_RE Elektromontieris PKE.docx", f02, COORD, D(2026, 3, 18, 14, 30),
      rows=[("elektromontieris", "PKE", "supported", "Aivars Dzenis", "2026-03-18", 3)],
      note="Outlook e-mail pasted into Word, Latvian headers, quoted coordinator request listing all three "
           "verdict options (trap). 'eksāmena saturu atbalstu un iesaku virzīt saskaņošanai tādu, kāds tas ir' "
           "with an optional, explicitly non-critical wish = supported. MIP explicitly reviewed by someone "
           "else -> no MIP row. LKI 3 appears only in the quoted request; register agrees.", font="Calibri", size=11)


# ====================================================================== 03
def f03(d):
    P(d, ("Atzinums par kokapstrādes kvalifikāciju programmu un eksāmenu saturu", "b+"), after=12)
    P(d, "Labdien!")
    P(d, "Nosūtu savu vērtējumu par divām kvalifikācijām, kuru dokumentus saņēmu 9. martā. Abām "
         "kvalifikācijām izskatīju gan modulāro programmu, gan eksāmena saturu. Pie katras kvalifikācijas "
         "vispirms norādu galvenās piezīmes, tad savu vērtējumu.")
    P(d, ("1. Kokapstrādes iekārtu operators (LKI 3. līmenis)", "b"), before=6)
    P(d, ("Programma. ", "i"), "Moduļi atbilst tam, ko operatoram reāli jāprot – zāģēšana, ēvelēšana, "
         "frēzēšana, iekārtu iestatīšana un ikdienas apkope. Stundu apjoms praktiskajām mācībām ir pietiekams. "
         "Sīkas redakcionālas kļūdas (piem., „ripzāgis” un „ripzāģis” vienā tekstā) darba grupa var izlabot, "
         "bet tās vērtējumu neietekmē. Programmu uzskatu par atbalstāmu un virzāmu saskaņošanai.")
    P(d, ("Eksāmens. ", "i"), "Praktiskajā daļā paredzēts, ka kandidāts pats izvēlas apstrādes režīmus, bet "
         "vērtēšanas lapā nav kritērija, kas to vērtētu. Tāpat jāpapildina drošības instruktāžas daļa – "
         "šobrīd tā ir tikai formāla atzīme. PKE saturu atbalstu, bet saskaņošanai tas virzāms tikai pēc šo "
         "divu lietu precizēšanas.")
    P(d, ("2. Datorizētu kokapstrādes iekārtu operators (LKI 4. līmenis)", "b"), before=6)
    P(d, ("Programma. ", "i"), "Šeit piezīmju ir daudz vairāk. Lielākā problēma – CNC programmēšanai "
         "atvēlēts viens modulis ar 80 stundām, no kurām puse ir teorija. CAM programmatūras apguve vispār "
         "nav minēta, lai gan bez tās mūsdienās CNC iekārtu operators uzņēmumā nav izmantojams. Nav arī "
         "skaidrs, kā izglītojamais apgūs instrumentu nomaiņu un nulles punktu iestatīšanu, ja mācību "
         "iestādē ir tikai viena CNC iekārta. Šajā redakcijā programmu neatbalstu; tā būtiski jāpārstrādā "
         "un jāiesniedz atkārtotai ekspertīzei.")
    P(d, ("Eksāmens. ", "i"), "Uzdevums (detaļas izgatavošana pēc dotā rasējuma, ieskaitot vadības "
         "programmas sagatavošanu) kopumā ir labs. Jāprecizē laika normas – četras stundas programmas "
         "sagatavošanai un izgatavošanai ir par maz, ja jāsagatavo arī iekārta. Eksāmena saturs ir "
         "atbalstāms ar nosacījumu, ka laika normas tiek pārskatītas; pēc tam to var virzīt saskaņošanai.")
    P(d, ("Kopvērtējums", "b"), before=6)
    P(d, "Īsumā: kokapstrādes iekārtu operatoram MIP – atbalstu, virzāma saskaņošanai; PKE – atbalstu pēc "
         "precizējumiem. Datorizētu kokapstrādes iekārtu operatoram MIP – neatbalstu; PKE – atbalstāms pēc "
         "precizējumiem.")
    P(d, "Ar cieņu,", before=12, after=0)
    P(d, "Mg. sc. ing. Ilze Bērziņa", after=0)
    P(d, "kokrūpniecības nozares eksperte", after=0)
    P(d, "2026. gada 24. martā")


build("r15a03_ekspertize kokapstrades operatori_IBerzina.docx", f03, "IBerzina", D(2026, 3, 24, 17, 45),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Ilze Bērziņa", "2026-03-24", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Ilze Bērziņa", "2026-03-24", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "Ilze Bērziņa", "2026-03-24", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Ilze Bērziņa", "2026-03-24", 4)],
      note="Two qualifications in numbered sections, documents called 'Programma'/'Eksāmens'; 'Kopvērtējums' "
           "repeats the verdicts in nominal shorthand. 'uzskatu par atbalstāmu un virzāmu' = supported; "
           "'atbalstāms ar nosacījumu ..., pēc tam var virzīt' = needs_corrections; 'Šajā redakcijā programmu "
           "neatbalstu' = not_supported. Academic title 'Mg. sc. ing.' dropped from expert.", font="Calibri", size=11)


# ====================================================================== 04
def f04(d):
    P(d, ("Piezīmes par VGK programmām (MIP)", "b"))
    P(d, ("VGK sistēmu tehniķis (4. LKI)", "u"), after=2)
    P(d, "Programmu kopumā atbalstu. Pirms to sūta saskaņošanai, jāsakārto:", after=2)
    for t in ["– automātikas modulī trūkst ēku vadības sistēmu (BMS) pamatu, bez tā tehniķim šodien neiztikt;",
              "– fluorēto gāzu apritei jāatsaucas uz spēkā esošo F-gāzu regulu, nevis uz 2014. gada redakciju;",
              "– 3. moduļa rezultātos divreiz atkārtojas viens un tas pats punkts."]:
        P(d, t, after=0, indent=12)
    P(d, ("VGK iekārtu remontatslēdznieks (3. LKI)", "u"), before=8, after=2)
    P(d, "Te iebildumu nav, programma sakārtota labi. Var virzīt tālāk saskaņošanai.")
    P(d, "PKE abām kvalifikācijām vēl neesmu saņēmis.")
    P(d, "R. Ozoliņš", before=10, after=0)
    P(d, "02.04.2026.")


build("r15a04_VGK_tehniķis_MIP_Ozoliņš.docx", f04, "Ozolins R", D(2026, 4, 2, 8, 20),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "R. Ozoliņš", "2026-04-02", 4),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "R. Ozoliņš", "2026-04-02", 3)],
      note="Very short memo using the VGK aliases. 'Programmu kopumā atbalstu. Pirms to sūta saskaņošanai, "
           "jāsakārto: ...' (condition in next sentence) = needs_corrections; 'iebildumu nav ... Var virzīt "
           "tālāk saskaņošanai' = supported. PKE not received -> no PKE rows. Expert is initial + surname.",
      font="Arial", size=10)


# ====================================================================== 05
def f05(d):
    P(d, ("Ekspertīzes atzinums", "b+"), align="c")
    for k, v in [("Profesionālā kvalifikācija: ", "mehatronisko sistēmu tehniķis"),
                 ("Latvijas kvalifikāciju ietvarstruktūras līmenis: ", "4"),
                 ("Nozare: ", "mašīnbūve un metālapstrāde"),
                 ("Vērtētie dokumenti: ", "modulārā izglītības programma (2026. gada 20. februāra versija) un "
                                         "profesionālās kvalifikācijas eksāmena saturs")]:
        P(d, (k, "b"), v, after=0)
    P(d, "", after=0)
    P(d, "Atzinums sagatavots pēc LDDK pieprasījuma projekta 4.2.2.9. pasākuma ietvaros. Ekspertīzes mērķis "
         "bija izvērtēt, vai darba grupas izstrādātā programma un eksāmena saturs atbilst nozares "
         "kvalifikāciju struktūrā noteiktajām prasībām un vai saturs ir atbalstāms virzīšanai saskaņošanai. "
         "Dokumentus salīdzināju ar profesijas standartu, ar 2025. gadā aktualizētajām profesionālās "
         "kvalifikācijas prasībām un ar to, kā mehatronisko sistēmu tehniķa darbs faktiski izskatās "
         "ražošanas uzņēmumos, kuros pēdējos gados esmu vadījis automatizācijas projektus.", align="j")
    P(d, ("Vispārīgs vērtējums", "b"), before=6)
    P(d, "Programma ir apjomīga un kopumā labi strukturēta. Pozitīvi vērtēju, ka pamatmoduļos elektrotehnika, "
         "mehānika un pneimatika netiek mācītas katra atsevišķi, bet jau no pirmā kursa tiek saistītas "
         "kopējos projektos. Sasniedzamie rezultāti lielākoties ir formulēti darbības vārdos un ir "
         "pārbaudāmi. Vienlaikus vairākos moduļos saturs atpaliek no tā, kas uzņēmumos ir ikdiena – it "
         "īpaši robotikā un diagnostikā.", align="j")
    P(d, ("Piezīmes par atsevišķiem moduļiem", "b"), before=6)
    items = [
        ("1. Modulis „Elektrotehnikas un elektronikas pamati”. ",
         "Saturs atbilst līmenim. Ieteiktu vairāk laboratorijas darbu ar osciloskopu un frekvenču "
         "pārveidotājiem, bet tas ir ieteikums, ne prasība."),
        ("2. Modulis „Pneimatika un hidraulika”. ",
         "Jāprecizē: elektropneimatika ir pieminēta tikai nosaukumā, sasniedzamajos rezultātos tās nav. "
         "Jāiekļauj arī proporcionālie un servovārsti vismaz iepazīšanās līmenī."),
        ("3. Modulis „Programmējamie loģiskie kontrolleri”. ",
         "Viens no spēcīgākajiem programmas moduļiem. Ieteiktu norādīt, ka apgūst vismaz divas no "
         "IEC 61131-3 valodām (LAD un ST), lai absolventi nebūtu piesaistīti viena ražotāja videi."),
        ("4. Modulis „Rūpnieciskie roboti”. ",
         "Moduļa saturs šādā izskatā nav atbalstāms. Nav iekļauta drošība, strādājot ar kolaboratīvajiem "
         "robotiem, nav atsauces uz LVS EN ISO 10218, robotu programmēšana aprakstīta tikai ar pulti, "
         "bet bezsaistes programmēšana un simulācija nav minēta. Modulis obligāti jāpapildina."),
        ("5. Modulis „Mehatronisko sistēmu apkope un diagnostika”. ",
         "Jāpapildina ar prognozējošās apkopes pamatiem un datu nolasīšanu no vadības sistēmām; pašlaik "
         "modulī aprakstīta tikai plānveida apkope pēc grafika."),
        ("6. Modulis „Kvalifikācijas prakse”. ",
         "Prakses apjoms ir atbilstošs. Nozares uzņēmumi atbalsta ideju, ka daļa prakses notiek kā "
         "darba vidē balstītas mācības, un vairāki uzņēmumi jau tagad ir gatavi uzņemt izglītojamos; "
         "programmā to varētu norādīt skaidrāk."),
    ]
    for h, t in items:
        P(d, (h, "b"), t, align="j", indent=12, after=4)
    P(d, ("Par profesionālās kvalifikācijas eksāmena saturu", "b"), before=6)
    P(d, "Eksāmens sastāv no teorētiskās daļas (60 testa jautājumi) un praktiskās daļas, kurā kandidāts "
         "izveido, ieregulē un palaiž nelielu mehatronisku staciju ar pneimatisku manipulatoru un PLC vadību, "
         "kā arī atrod un novērš iepriekš ieviestu bojājumu. Neskatoties uz to, ka programmā robotikas "
         "modulis vēl jāpapildina, eksāmena saturs ar to nav tieši saistīts un jau šobrīd atspoguļo "
         "profesijas standarta galvenās kompetences. Vērtēšanas kritēriji ir detalizēti, ir paredzēts "
         "vērtēt arī darba drošību un dokumentēšanu. Jautājumu numerācijā pamanīju pāris drukas "
         "kļūdu, kas saturu neietekmē; nepieciešamības gadījumā darba grupa tās izlabos pati.", align="j")
    P(d, ("Slēdziens", "b"), before=8)
    P(d, "Ņemot vērā iepriekš minēto, MIP saturs kopumā ir atbalstāms, tomēr saskaņošanai virzāms tikai pēc "
         "2., 4. un 5. punktā minēto precizējumu veikšanas. Moduļa „Rūpnieciskie roboti” papildināšana ir "
         "obligāta, pārējie ieteikumi – pēc darba grupas ieskatiem.", align="j")
    P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Dr. sc. ing. Valdis Priedītis", before=14, after=0)
    P(d, "docents, mašīnbūves un metālapstrādes nozares eksperts", after=0)
    P(d, "Rīgā, 2026. gada 9. martā")


build("r15a05_Mehatronisko sistēmu tehniķis_atzinums_galigais.docx", f05, "Valdis Priedītis", D(2026, 3, 9, 19, 10),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Valdis Priedītis", "2026-03-09", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Valdis Priedītis", "2026-03-09", 4)],
      note="Long (about 1.5 pages) review with per-module remarks. Body says module 4 'šādā izskatā nav "
           "atbalstāms' but the 'Slēdziens' outranks: MIP atbalstāms, virzāms pēc precizējumiem = "
           "needs_corrections. Purpose sentence mentions 'vai saturs ir atbalstāms' (not a verdict); "
           "'Nozares uzņēmumi atbalsta ideju' is a verb with its own subject; 'Neskatoties', 'Nepieciešami' "
           "traps; PKE minor typo fixes mentioned in body but conclusion says plain supported. LKI stated 4.")


# ====================================================================== 06
def f06(d):
    P(d, ("Atkārtots atzinums – motorzāģa operators (MIP, PKE)", "b"))
    P(d, "Datums: 17.03.2026.")
    P(d, "Šis ir mans otrais atzinums par motorzāģa operatora kvalifikāciju. Pirmajā kārtā (atzinums "
         "nosūtīts 2026. gada 19. februārī) modulārās programmas saturu neatbalstīju, jo tajā nebija iekļauta "
         "koku gāšana sarežģītos apstākļos (vējgāzes, iekšēji bojāti koki), kā arī nepietiekami bija "
         "apskatīta ķēdes asināšana un motorzāģa tehniskā apkope. Eksāmena saturu jau toreiz atzinu par "
         "atbalstāmu un virzāmu saskaņošanai.", align="j")
    P(d, "Darba grupa 10. martā iesūtīja labotu programmas versiju. Salīdzināju to ar iepriekšējo:")
    for t in ["modulis „Koku gāšana” papildināts ar sadaļu par vējgāzu un bīstamo koku novākšanu, iekļauti "
              "arī praktiskie uzdevumi;",
              "ķēdes asināšanai un motorzāģa apkopei izveidots atsevišķs mācību rezultātu bloks;",
              "precizētas darba aizsardzības prasības, t. sk. individuālie aizsardzības līdzekļi un darbs "
              "pārī."]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Visi mani iepriekšējie iebildumi ir ņemti vērā. Tagad programma ir atbalstāma un virzāma "
         "saskaņošanai.", before=6, align="j")
    P(d, "Eksāmena saturā šajā kārtā mainīts tikai viena teorijas jautājuma formulējums. Tas nav būtiski, "
         "tāpēc mans vērtējums paliek tāds pats – PKE saturs atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Māris Lapiņš", before=12)


build("r15a06_motorzaga operators 2.kārta.docx", f06, "Maris", D(2026, 3, 17, 21, 0),
      rows=[("motorzāģa operators", "MIP", "supported", "Māris Lapiņš", "2026-03-17", 3),
            ("motorzāģa operators", "PKE", "supported", "Māris Lapiņš", "2026-03-17", 3)],
      note="Second-round review with history: the first round's 'neatbalstīju' (MIP) and 'atzinu par "
           "atbalstāmu' (PKE) are history; current MIP 'Tagad programma ir atbalstāma un virzāma' = supported; "
           "PKE restated as current ('mans vērtējums paliek tāds pats – atbalstāms un virzāms') = supported. "
           "Name alone at the end, date as 'Datums: 17.03.2026.' at top.", font="Calibri", size=11)


# ====================================================================== 07 (not a review)
def f07(d):
    P(d, ("Nozaru ekspertu darba grupas sanāksmes", "b"), align="c", after=0)
    P(d, ("PROTOKOLS Nr. 3", "b"), align="c")
    P(d, "Rīgā, 2026. gada 5. martā", after=0)
    P(d, "Sanāksme notiek attālināti (MS Teams), sākums plkst. 15.00")
    P(d, "Piedalās: E. Zvaigzne (LDDK, projekta koordinatore), B. Miezīte (LDDK), eksperti S. Grīnberga, "
         "I. Bērziņa, M. Lapiņš, J. Sproģis, V. Priedītis, A. Dzenis, K. Liepiņš.", align="j")
    P(d, "Darba kārtība: 1) informācija par 4. posma ekspertīžu gaitu; 2) atzinumu noformēšana; 3) dažādi.")
    P(d, ("1. ", "b"), "E. Zvaigzne informēja, ka līdz 31. martam jāpabeidz MIP un PKE ekspertīze motorzāģa "
         "operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. V. Priedītis "
         "informēja, ka mehatronisko sistēmu tehniķa dokumentu vērtēšana ir noslēguma stadijā un atzinums "
         "tiks nosūtīts tuvākajās dienās. M. Lapiņš norādīja, ka motorzāģa operatora programma pēc pirmās "
         "kārtas tiek labota; kamēr labotā versija nav saņemta, atkārtotu vērtējumu viņš nesniegs.", align="j")
    P(d, "J. Sproģis pauda bažas, ka meža mašīnu operatora MIP projektā simulatoru apmācībai atvēlēts pārāk "
         "maz stundu, un jautāja, vai eksperts var atbalstīt programmu daļēji. E. Zvaigzne paskaidroja, ka "
         "atzinumā jāizvēlas viens no trim vērtējumiem: saturs ir atbalstāms un virzāms saskaņošanai; "
         "saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav atbalstāms.",
      align="j")
    P(d, ("2. ", "b"), "B. Miezīte lūdza atzinumus sūtīt .docx formātā, faila nosaukumā norādot "
         "kvalifikāciju un eksperta uzvārdu, un atzinuma beigās obligāti norādīt datumu. Eksperti vienojās, "
         "ka gadījumos, kad darba grupai nepieciešams metodiskais atbalsts, eksperts to norāda atsevišķi, "
         "nevis atzinuma slēdzienā.", align="j")
    P(d, ("3. ", "b"), "S. Grīnberga ierosināja nākamajā posmā iesaistīt vairāk uzņēmumu pārstāvju; LDDK "
         "šo priekšlikumu atbalsta.", align="j")
    P(d, ("Nolēma: ", "b"), "1) atzinumus par 4. posma kvalifikācijām iesniegt līdz 2026. gada 27. martam; "
         "2) nākamo sanāksmi sasaukt aprīļa sākumā.", align="j")
    P(d, "Sanāksmes vadītāja: E. Zvaigzne", before=12, after=0)
    P(d, "Protokolēja: B. Miezīte")


build("r15a07_Protokols_ekspertu_sanaksme_05.03.2026.docx", f07, COORD2, D(2026, 3, 6, 9, 30),
      rows=[], problems=["no_verdict"],
      note="NOT a review: meeting minutes. Mentions MIP/PKE, three qualifications, experts' names, the full "
           "list of verdict options, 'atbalstīt programmu daļēji', 'metodiskais atbalsts', 'LDDK ... atbalsta'. "
           "No rows; one no_verdict row for the file.")


# ====================================================================== 08
def f08(d):
    P(d, "Elīna, pārsūtu Jura atzinumu par meža mašīnu operatoru, lūdzu iekļauj kopsavilkumā. B.")
    P(d, "", after=0)
    P(d, "---------- Forwarded message ---------", after=0)
    P(d, "From: Juris Sproģis <juris.sprogis@gmail.com>", after=0)
    P(d, "Date: Tue, 24 Mar 2026 at 20:51", after=0)
    P(d, "Subject: Re: meža mašīnu operators - atzinums", after=0)
    P(d, "To: Baiba Miezīte <baiba.miezite@gmail.com>")
    P(d, "", after=0)
    P(d, "Sveika, Baiba!")
    P(d, "Izgāju cauri abiem dokumentiem, ko atsūtīji. Īsumā par katru.")
    P(d, "Programma. Lielākā bēda ir simulatori – harvesteram un forvarderim kopā paredzētas 40 stundas, "
         "ar to nepietiek, lai cilvēku pēc tam var sēdināt uz īstas mašīnas. Otrkārt, nav nekā par "
         "mašīnas borta datoru, ražošanas datu sūtīšanu un sortimentu optimizāciju, bet uzņēmumi to prasa "
         "no pirmās dienas. Treškārt, apkopes modulis uzrakstīts tā, it kā operators būtu mehāniķis. "
         "Programmu šādā redakcijā neatbalstu, tā jāpārstrādā un jāatsūta man vēlreiz.")
    P(d, "Eksāmens. Pret eksāmena saturu man nav iebildumu, praktiskais uzdevums uz simulatora un "
         "cirsmas plāna lasīšana ir tieši tas, kas vajadzīgs. To var virzīt saskaņošanai.")
    P(d, "Juris")
    P(d, "", after=0)
    P(d, "On Mon, 23 Mar 2026 at 10:02, Baiba Miezīte <baiba.miezite@gmail.com> wrote:", fmt="g")
    for t in ["> Labdien, Juri!",
              "> Pielikumā meža mašīnu operatora MIP un PKE gala versijas no darba grupas.",
              "> Lūdzu atzinumā norādīt: saturs ir atbalstāms un virzāms saskaņošanai / atbalstāms pēc "
              "precizējumiem / nav atbalstāms.",
              "> Paldies, Baiba"]:
        P(d, t, after=0, fmt="g", indent=10)


build("r15a08_Fwd_ meža mašīnu operators - atzinums.docx", f08, COORD2, D(2026, 3, 25, 8, 12),
      rows=[("meža mašīnu operators", "MIP", "not_supported", "Juris Sproģis", "2026-03-24", 3),
            ("meža mašīnu operators", "PKE", "supported", "Juris Sproģis", "2026-03-24", 3)],
      note="Gmail forward pasted into Word (English Gmail headers), coordinator's one-line note on top, "
           "quoted request listing all options (trap). Expert signs with first name only; full name taken "
           "from his From: line. Date = the expert's message date (24 Mar), not the forward. "
           "'Programmu šādā redakcijā neatbalstu' = not_supported; 'nav iebildumu ... To var virzīt "
           "saskaņošanai' = supported.", font="Arial", size=10)


# ====================================================================== 09
def f09(d):
    P(d, ("Ekspertīzes piezīmes", "b+"))
    for k, v in [("Profesionālā kvalifikācija: ", "metinātājs"), ("LKI līmenis: ", "3"),
                 ("Eksperts: ", "Oskars Jaunzems, metināšanas inženieris (IWE)"), ("Datums: ", "2026-04-21")]:
        P(d, (k, "b"), v, after=0)
    P(d, "", after=0)
    P(d, "Kvalifikācija nav bijusi sākotnējā LDDK ekspertīžu sarakstā, vērtējumu sniedzu pēc VISC papildu "
         "lūguma, jo mašīnbūves nozarē metinātāju programmas pārstrādā paralēli mehatronikai.", align="j")
    P(d, ("Modulārā programma", "b"), before=6)
    P(d, "Programma aptver lokmetināšanu ar segtajiem elektrodiem (111), MAG metināšanu (135) un TIG "
         "metināšanu (141), kā arī termisko griešanu. Apjoms un secība ir pareiza. Tomēr MAG modulī "
         "praktiskie uzdevumi paredzēti tikai apakšējā stāvoklī, bet darba devēji sagaida, ka metinātājs "
         "var metināt arī vertikāli (PF) un griestu stāvoklī (PE). Sasniedzamajos rezultātos nav atsauces uz "
         "LVS EN ISO 9606-1, lai gan tieši pēc tā uzņēmumos sertificē metinātājus.", align="j")
    P(d, "Programmu atbalstu ar nosacījumu, ka pirms saskaņošanas tiek papildināts MAG modulis (PF un PE "
         "stāvokļi) un iekļautas atsauces uz standartu.", align="j")
    P(d, ("Kvalifikācijas eksāmens", "b"), before=6)
    P(d, "Eksāmena saturu var atbalstīt, tomēr pirms tā virzīšanas saskaņošanai jāprecizē praktiskā uzdevuma "
         "vērtēšana: šobrīd metinājuma paraugu vērtē tikai vizuāli, bet jāparedz arī lieces pārbaude vai "
         "makrošlifs vismaz vienam paraugam. Teorijas jautājumi ir labi.", align="j")
    P(d, "O. Jaunzems", before=12)


build("r15a09_Metinatajs_MIP_PKE_Jaunzems.docx", f09, "Oskars Jaunzems", D(2026, 4, 21, 16, 0),
      rows=[("metinātājs", "MIP", "needs_corrections", "Oskars Jaunzems", "2026-04-21", 3),
            ("metinātājs", "PKE", "needs_corrections", "Oskars Jaunzems", "2026-04-21", 3)],
      problems=["unknown_qualification"],
      note="Qualification NOT in the register (metinātājs), LKI 3 stated in the header block. 'atbalstu ar "
           "nosacījumu, ka pirms saskaņošanas tiek papildināts' and 'var atbalstīt, tomēr pirms tā virzīšanas "
           "saskaņošanai jāprecizē' = needs_corrections both. Expert full name in header, initial at end.",
      font="Calibri", size=11)


# ====================================================================== 10
def f10(d):
    P(d, "Jelgavā, 2026. gada 7. aprīlī", align="r")
    P(d, ("LDDK projekta koordinatorei", "i"), after=0)
    P(d, ("E. Zvaigznes kundzei", "i"))
    P(d, ("Par elektrotehniķa un elektromontiera modulāro izglītības programmu ekspertīzi", "b"), before=6)
    P(d, "Man tika nodotas izvērtēšanai abu enerģētikas kvalifikāciju modulārās izglītības programmas. "
         "Eksāmenu saturs vēl nav iesniegts, tāpēc par PKE atzinumu sniegšu atsevišķi, tiklīdz darba grupa "
         "to būs nosūtījusi.", align="j")
    P(d, ("a) Elektrotehniķis", "b"), before=6)
    P(d, "Programma ir pārdomāta, īpaši patīk, ka atjaunīgajiem energoresursiem (saules paneļu sistēmas, "
         "siltumsūkņu elektroapgāde) izveidots atsevišķs modulis un ka relejaizsardzības pamati mācīti "
         "praktiski, nevis tikai teorētiski. Sasniedzamie rezultāti atbilst 4. LKI līmenim. Būtisku "
         "iebildumu nav – programma ir atbalstīta, un to var virzīt saskaņošanai.", align="j")
    P(d, ("b) Elektromontieris", "b"), before=6)
    P(d, "Programmas saturs kopumā atbilst montiera darbam, taču ir divas lietas, kas jāizlabo. Pirmkārt, "
         "elektrodrošības grupu iegūšanas kārtība aprakstīta pēc vecajiem noteikumiem. Otrkārt, modulī "
         "„Kabeļlīniju montāža” nav iekļauts darbs ar vidējā sprieguma kabeļu uzmavām, kas ir montiera "
         "ikdiena. Atbalstu programmu, bet saskaņošanai to virzīt tikai pēc šo labojumu izdarīšanas.",
      align="j")
    P(d, "Ar cieņu", before=12, after=0)
    P(d, "Ināra Vanaga", after=0)
    P(d, "SIA „Zemgales elektrotīkli” galvenā inženiere, enerģētikas nozares eksperte")


build("r15a10_Vanaga_elektro_MIP.docx", f10, COORD, D(2026, 4, 7, 11, 0),
      rows=[("elektrotehniķis", "MIP", "supported", "Ināra Vanaga", "2026-04-07", 4),
            ("elektromontieris", "MIP", "needs_corrections", "Ināra Vanaga", "2026-04-07", 3)],
      note="Letter with place+date line at top, addressee, lettered sections a)/b). MIP only: PKE explicitly "
           "not yet submitted -> no PKE rows. 'programma ir atbalstīta, un to var virzīt saskaņošanai' = "
           "supported; 'Atbalstu programmu, bet saskaņošanai to virzīt tikai pēc šo labojumu izdarīšanas' = "
           "needs_corrections. LKI: 4 stated for elektrotehniķis, register 3 for elektromontieris.")


# ====================================================================== 11 (conflict)
def f11(d):
    P(d, ("Būvizstrādājumu galdnieks – MIP un PKE satura ekspertīze", "b+"))
    P(d, ("Kopsavilkums", "b"), after=2)
    P(d, "MIP – saturs atbalstāms un virzāms saskaņošanai.", after=0)
    P(d, "PKE – saturs atbalstāms un virzāms saskaņošanai.", after=8)
    P(d, ("Programma", "b"))
    P(d, "Programma aptver logu, durvju un kāpņu izgatavošanu, iebūvējamo mēbeļu montāžu un objektu "
         "uzmērīšanu. Ļoti labi, ka iekļauta blīvējumu un montāžas putu lietošana atbilstoši energoefektivitātes "
         "prasībām. Stundu sadalījums ir sabalansēts, moduļu nosaukumi saprotami arī darba devējam. "
         "Pie programmas man piezīmju nav.", align="j")
    P(d, ("Eksāmens", "b"))
    P(d, "Eksāmena praktiskajā daļā kandidātam jāizgatavo loga vērtne pēc rasējuma. Uzdevuma apjoms ir "
         "piemērots, teorijas jautājumi atbilst profesijas standartam. Vērtēšanas lapā vizuālajam izskatam "
         "varbūt dots nedaudz par lielu svaru, bet par to var diskutēt.", align="j")
    P(d, ("Slēdziens", "b"), before=6)
    P(d, "Modulārās izglītības programmas saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Profesionālās kvalifikācijas eksāmena saturs nav atbalstāms.", align="j")
    P(d, "Gatis Zālītis, kokrūpniecības nozares eksperts", before=12, after=0)
    P(d, "26.03.2026")


build("r15a11_Buvizstradajumu galdnieks atzinums (2).docx", f11, "Gatis Zālītis", D(2026, 3, 26, 13, 0),
      rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Gatis Zālītis", "2026-03-26", 4),
            ("būvizstrādājumu galdnieks", "PKE", "unknown", "Gatis Zālītis", "2026-03-26", 4)],
      problems=["conflict"],
      note="CONFLICT: the summary box at the top ('Kopsavilkums') says PKE 'atbalstāms un virzāms', the closing "
           "'Slēdziens' says PKE 'nav atbalstāms'; both are summary-level statements of the same file, the "
           "body's PKE remarks are mild and balanced, so neither can be preferred -> PKE unknown + conflict. MIP is "
           "consistently supported. '(2)' copy in file name.", font="Calibri", size=11)


# ====================================================================== 12 (MIP no verdict)
def f12(d):
    P(d, ("Koka izstrādājumu ražošanas tehniķis – piezīmes", "b"))
    P(d, "12.03.2026", after=10)
    P(d, "Izskatīju darba grupas iesūtīto programmu un eksāmena materiālus. Zemāk manas piezīmes.")
    P(d, ("Par programmu (MIP)", "bu"), before=4)
    for t in ["Ražošanas plānošanas modulī jāparāda ne tikai darba laika, bet arī materiālu patēriņa "
              "aprēķins; pašlaik koksnes iznākuma aprēķins vispār nav minēts.",
              "Kvalitātes vadības moduli ieteicams papildināt ar mitruma mērīšanu un žāvēšanas režīmu "
              "kontroli – tas ir tehniķa darbs, nevis tikai laboratorijas.",
              "Digitālo prasmju daļā var pieminēt ERP sistēmas un ražošanas datu uzskaiti.",
              "Vairākos sasniedzamajos rezultātos lietots vārds „zina”, kas nav pārbaudāms; labāk „izskaidro”, "
              "„aprēķina”, „izvēlas”.",
              "Nozares uzņēmumu pārstāvji darba grupā, cik saprotu, nav bijuši – tas ir jūtams."]:
        P(d, t, style="List Number", after=0)
    P(d, "Šīs piezīmes lūdzu nodot darba grupai.", before=6)
    P(d, ("Par PKE", "bu"), before=4)
    P(d, "Eksāmena saturs labs, uzdevumi atbilst tehniķa kompetencēm (tehnoloģiskās kartes sastādīšana, "
         "iekārtu noslodzes aprēķins, kvalitātes novērtēšana). PKE atbalstāms, var virzīt saskaņošanai.")
    P(d, "Linda Pētersone, SIA „Latgales Koks” ražošanas tehnoloģe", before=10)


build("r15a12_KIRT_piezimes_Petersone.docx", f12, "Linda", D(2026, 3, 12, 18, 20),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "unknown", "Linda Pētersone", "2026-03-12", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Linda Pētersone", "2026-03-12", 4)],
      problems=["no_verdict"],
      note="NO VERDICT for MIP: a numbered list of remarks and 'Šīs piezīmes lūdzu nodot darba grupai', but no "
           "statement whether the programme is supported -> MIP unknown + no_verdict. PKE 'atbalstāms, var "
           "virzīt saskaņošanai' = supported. File name uses an unofficial abbreviation (KIRT); title has the "
           "full name.")


# ====================================================================== 13 (not a review)
def f13(d):
    P(d, ("Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes atzinuma sagatavošanai", "b+"), align="c")
    P(d, "Sagatavoja: LDDK projekta koordinatore E. Zvaigzne, 2026. gada 12. janvārī", align="c", fmt="i")
    P(d, ("1. Vispārīgi", "b"), before=6)
    P(d, "Eksperta uzdevums ir izvērtēt profesionālās izglītības iestāžu darba grupu izstrādātās modulārās "
         "izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu un sniegt "
         "rakstisku atzinumu. LDDK nodrošina ekspertiem metodisko atbalstu un konsultācijas visā ekspertīzes "
         "laikā.", align="j")
    P(d, ("2. Atzinuma saturs", "b"), before=6)
    P(d, "Atzinumā norāda profesionālās kvalifikācijas nosaukumu un LKI līmeni, eksperta vārdu, uzvārdu un "
         "atzinuma datumu. Piezīmes var grupēt pa moduļiem vai pa eksāmena daļām. Atzinuma noslēgumā katram "
         "vērtētajam dokumentam norāda vienu no šiem vērtējumiem:", align="j")
    for t in ["saturs ir atbalstāms un virzāms saskaņošanai;",
              "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
              "saturs nav atbalstāms."]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Ja saturs nav atbalstāms, darba grupa to pārstrādā un dokuments tiek nodots atkārtotai ekspertīzei. "
         "Ja eksperts atbalsta saturu ar precizējumiem, precizējumi jāuzskaita tā, lai darba grupa tos varētu "
         "izpildīt bez papildu skaidrojumiem.", align="j", before=6)
    P(d, ("3. Piemērs", "b"), before=6)
    P(d, "„Profesionālās kvalifikācijas „Elektrotehniķis” MIP saturs ir atbalstāms; pēc precizējumu "
         "veikšanas virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai.”", fmt="i", indent=18)
    P(d, ("4. Iesniegšana", "b"), before=6)
    P(d, "Atzinumu iesniedz .docx formātā, nosūtot to koordinatorei uz e-pastu ne vēlāk kā piecas darba "
         "dienas pēc dokumentu saņemšanas. Ja dokumentus vērtē vairāki eksperti, katrs iesniedz savu atzinumu.",
      align="j")


build("r15a13_Noradijumi ekspertiem_atzinuma forma.docx", f13, COORD, D(2026, 1, 12, 10, 0),
      rows=[], problems=["no_verdict"],
      note="NOT a review: coordinator's instructions for experts; lists all three verdict options and even an "
           "example verdict sentence for 'Elektrotehniķis' in quotes. No rows; one no_verdict row.")


# ====================================================================== 14
def f14(d):
    P(d, "Izskatīju ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE. Abi "
         "dokumenti sagatavoti kvalitatīvi, saturs atbilst profesijas standartam un tam, ko darba devēji "
         "sagaida no remontatslēdznieka. Atbalstu abu dokumentu virzīšanu saskaņošanai.")
    P(d, "K. Liepiņš", before=12, after=0)
    P(d, "Rīgā, 2026-04-14")


build("r15a14_VGK remontatslēdznieks.docx", f14, "", D(2026, 4, 14, 9, 5),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "K. Liepiņš", "2026-04-14", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "K. Liepiņš", "2026-04-14", 3)],
      note="Very short (three sentences), no title. 'Atbalstu abu dokumentu virzīšanu saskaņošanai' covers "
           "both documents ('abi dokumenti') = supported x2. Qualification in genitive inside running text. "
           "Core author empty.", font="Calibri", size=11)


# ====================================================================== 15 (tracked changes)
def f15(d):
    who = "Zane Eglīte"
    P(d, ("ATZINUMS", "b+"), align="c", after=0)
    P(d, "par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” (LKI 4. līmenis) MIP un PKE saturu",
      align="c")
    P(d, "Eksperte: Zane Eglīte, AS „Meža īpašumi” mežkopības daļas vadītāja", after=0)
    P(d, "Datums: 2026. gada 25. marts")
    P(d, ("Programmas vērtējums", "b"), before=6)
    P(d, "1. Programma kopumā atbilst mežsaimniecības tehniķa kompetencēm, moduļi par meža inventarizāciju "
         "un ģeogrāfiskās informācijas sistēmām ir labi izstrādāti.", align="j")
    P(d, "2. Meža atjaunošanas modulī ieteicams vairāk runāt par klimata pārmaiņām un sugu izvēli.", align="j")
    p = P(d, "3. Jāprecizē mežizstrādes plānošanas modulis: ", align="j")
    INS(p, "nav iekļauta darba drošības plāna sastādīšana cirsmā un sadarbība ar mežizstrādes "
           "darbuzņēmējiem.", who)
    p = P(d, "", align="j")
    INS(p, "4. Sasniedzamajos rezultātos jānorāda dabas aizsardzības prasību piemērošana (mikroliegumi, "
           "bioloģiski vecas audzes).", who)
    p = P(d, ("Secinājums: ", "b"), "MIP saturs ir atbalstāms", align="j")
    DEL(p, " un virzāms saskaņošanai.", who)
    INS(p, "; pēc 3. un 4. punktā minēto precizējumu veikšanas virzāms saskaņošanai.", who)
    P(d, ("Eksāmena vērtējums", "b"), before=6)
    P(d, "Eksāmena praktiskā daļa (audzes taksācija dabā un mežsaimnieciskās darbības plāna fragmenta "
         "sagatavošana) ir piemērota. Iepriekšējā versijā trūka vērtēšanas kritēriju praktiskajai daļai, "
         "darba grupa tos papildināja 23. martā.", align="j")
    p = P(d, ("Secinājums: ", "b"), "PKE saturs ", align="j")
    DEL(p, "nav atbalstāms, jo trūkst vērtēšanas kritēriju.", who, "2026-03-24T15:10:00Z")
    INS(p, "ir atbalstāms un virzāms saskaņošanai.", who)
    P(d, "Z. Eglīte", before=12)


build("r15a15_Mezsaimniecibas_tehnikis_atzinums_ar_labojumiem.docx", f15, COORD, D(2026, 3, 20, 12, 0),
      modified_by="Zane Eglīte",
      rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Zane Eglīte", "2026-03-25", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Zane Eglīte", "2026-03-25", 4)],
      note="TRACKED CHANGES: MIP conclusion had 'atbalstāms un virzāms saskaņošanai' deleted (w:del) and "
           "'; pēc ... precizējumu veikšanas virzāms saskaņošanai' inserted (w:ins) -> needs_corrections; "
           "remarks 3-4 live only in w:ins. PKE: 'nav atbalstāms ...' deleted, 'ir atbalstāms un virzāms "
           "saskaņošanai' inserted -> supported. Author = coordinator's template, last modified by expert.")


# ====================================================================== 16
def f16(d):
    P(d, ("Atzinums par profesionālās kvalifikācijas eksāmenu saturu", "b+"), align="c")
    P(d, "Šajā atzinumā vērtēju tikai trīs kokrūpniecības kvalifikāciju PKE saturu; modulārās programmas "
         "man netika nodotas, tās vērtē citi eksperti.", align="j")
    P(d, ("MĒBEĻU GALDNIEKS (LKI 4)", "b"), before=8)
    P(d, "Eksāmena saturs kopumā atbalstāms. Praktiskais uzdevums atbilst līmenim, teorijas jautājumi aptver "
         "visu standartu. Vērtēšanas kritērijos jānodala mēbeļu montāža un apdare – šobrīd tās vērtē kopā, "
         "un nav iespējams saprast, kurā daļā kandidāts kļūdījies. Saskaņošanai virzīt varētu tad, kad "
         "kritēriji būs sadalīti.", align="j")
    P(d, ("BŪVIZSTRĀDĀJUMU GALDNIEKS (LKI 4)", "b"), before=8)
    P(d, "Praktiskais uzdevums (durvju bloka izgatavošana un montāža) nav izpildāms noteiktajās sešās "
         "stundās, ja kandidātam jāizgatavo arī vērtne. Teorijas daļā 14 no 40 jautājumiem dublē mēbeļu "
         "galdnieka eksāmenu. Nav paredzēta kandidāta darba drošības novērtēšana. Šo eksāmena saturu "
         "atbalstīt nevaru – tas jāpārstrādā pēc būtības un jāiesniedz vēlreiz.", align="j")
    P(d, ("KOKA IZSTRĀDĀJUMU RAŽOŠANAS TEHNIĶIS (LKI 4)", "b"), before=8)
    P(d, "Eksāmens labi sabalansēts starp tehnoloģisko plānošanu un kvalitātes kontroli. Piezīmju nav; "
         "atbalstu un iesaku virzīt saskaņošanai.", align="j")
    P(d, "Arnis Krastiņš", before=14, after=0)
    P(d, "valdes loceklis, SIA „Krastiņa galdniecība”", after=0)
    P(d, "30.03.2026.")


build("r15a16_PKE_galdnieki_Krastins.docx", f16, "Arnis", D(2026, 3, 30, 20, 45),
      rows=[("mēbeļu galdnieks", "PKE", "needs_corrections", "Arnis Krastiņš", "2026-03-30", 4),
            ("būvizstrādājumu galdnieks", "PKE", "not_supported", "Arnis Krastiņš", "2026-03-30", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Arnis Krastiņš", "2026-03-30", 4)],
      note="PKE-only review (MIP explicitly reviewed by others -> no MIP rows), ALL-CAPS section headings. "
           "'kopumā atbalstāms ... Saskaņošanai virzīt varētu tad, kad kritēriji būs sadalīti' (modal, "
           "condition in following sentence) = needs_corrections; 'atbalstīt nevaru' = not_supported; "
           "'atbalstu un iesaku virzīt saskaņošanai' = supported.")


# ====================================================================== 17 (no diacritics)
def f17(d):
    P(d, "Elektrotehnikis - MIP un PKE vertejums")
    P(d, "Sveiki,")
    P(d, "rakstu no telefona, tapec bez garumzimem, atvainojos.")
    P(d, "MIP: kopuma laba, bet 5. modulis (elektrisko masinu apkope) ir parak vispariigs, nav nekas par "
         "frekvencu parveidotajiem un motoru diagnostiku. Tapat jasakarto stundas praksei. MIP atbalstama ar "
         "nosacijumu, ka tiek papildinats 5. modulis, tad var virzit saskanosanai.")
    P(d, "PKE: praktiskais uzdevums ir no veca eksamena, kur pat nav RCD (noplusdes strravas aizsardziba) "
         "parbaudes, teorijas jautajumos ir kludas (nepareizi pieslegumu shemas 12. un 17. jautajuma). Sada "
         "veida PKE nav atbalstams, jataisa no jauna.")
    P(d, "Guntis Vitols")
    P(d, "09.04.2026")


build("r15a17_elektrotehnikis vitols.docx", f17, "guntis", D(2026, 4, 9, 22, 15),
      rows=[("elektrotehniķis", "MIP", "needs_corrections", "Guntis Vitols", "2026-04-09", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Guntis Vitols", "2026-04-09", 4)],
      note="Hasty, typed entirely without diacritics, with typos. 'MIP atbalstama ar nosacijumu, ka tiek "
           "papildinats 5. modulis, tad var virzit saskanosanai' = needs_corrections; 'Sada veida PKE nav "
           "atbalstams, jataisa no jauna' = not_supported. Expert name as written (Vitols, no macron).",
      font="Calibri", size=11)


# ====================================================================== 18 (not a review)
def f18(d):
    P(d, ("LDDK nozaru eksperti turpina darbu pie profesionālās izglītības satura", "b+"))
    P(d, "2026. gada 8. aprīlis", fmt="i")
    P(d, "Latvijas Darba devēju konfederācija (LDDK) arī šogad piedalās projektā, kurā profesionālās "
         "izglītības iestāžu darba grupas pārstrādā modulārās izglītības programmas (MIP) un profesionālās "
         "kvalifikācijas eksāmenu (PKE) saturu. Enerģētikas, kokrūpniecības un mašīnbūves nozaru eksperti "
         "vērtē, vai izstrādātais saturs atbilst darba tirgus vajadzībām.", align="j")
    P(d, "Projekta 4. posmā ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko "
         "sistēmu tehniķa kvalifikācijām. „Eksperti šīs programmas kopumā atbalstīja, bet vairākās vietās "
         "lūdza precizējumus, piemēram, robotikas un mežizstrādes drošības jautājumos,” stāsta projekta "
         "koordinatore Elīna Zvaigzne. Pārējo kvalifikāciju, tostarp elektromontiera, elektrotehniķa un "
         "mēbeļu galdnieka, ekspertīze turpināsies līdz jūlijam.", align="j")
    P(d, "„Darba devēju iesaiste ir vienīgais veids, kā panākt, lai absolventi strādā ar tām pašām "
         "tehnoloģijām, kas ir uzņēmumos,” uzsver mēbeļu ražotāja pārstāve Sandra Grīnberga. Viņa atzīst, "
         "ka uzņēmumi šādu darbu atbalsta, taču ekspertiem ne vienmēr ir pietiekami daudz laika.", align="j")
    P(d, "Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam "
         "atbalstu.", align="j", fmt="i")


build("r15a18_LDDK_zina_majaslapai.docx", f18, COORD2, D(2026, 4, 8, 15, 30),
      rows=[], problems=["no_verdict"],
      note="NOT a review: news item for a website. Restates in quotation that experts 'kopumā atbalstīja, bet "
           "... lūdza precizējumus' for three qualifications, mentions EU 'atbalstu' (noun) and 'uzņēmumi ... "
           "atbalsta' (verb). No rows; one no_verdict row.", font="Arial", size=10)


# ====================================================================== 19
def f19(d):
    P(d, ("SIA „Klimata Risinājumi”", "b"), after=0)
    P(d, "Dainis Rudzītis, tehniskais direktors", after=12)
    P(d, ("Atzinums: ventilācijas un gaisa kondicionēšanas sistēmu tehniķis, 4. LKI līmenis", "b"))
    P(d, "Esmu iepazinies ar darba grupas sagatavoto modulāro izglītības programmu un kvalifikācijas "
         "eksāmena saturu. Vērtējumā izmantoju arī mūsu uzņēmuma servisa nodaļas kolēģu viedokli.", align="j")
    P(d, "Programmā ļoti labi aprakstīta ventilācijas sistēmu balansēšana un regulēšana, kā arī "
         "energoefektivitātes prasības. Vājāka ir dzesēšanas daļa: siltumsūkņu un VRF sistēmu "
         "diagnostikai paredzēts maz laika, un nav skaidrs, vai izglītojamie apgūs darbu ar dabīgajiem "
         "aukstumaģentiem (CO₂, propāns), kas tuvākajos gados kļūs par normu. Jāpapildina arī ēku "
         "vadības sistēmu (BMS) pamati.", align="j")
    P(d, "Eksāmenā teorijas jautājumi ir atbilstoši, bet praktiskajā uzdevumā jāiekļauj sistēmas "
         "nodošanas–pieņemšanas dokumentācijas aizpildīšana, jo tieši tur jaunajiem tehniķiem ir "
         "visvairāk kļūdu. Vērtēšanas kritērijos jānorāda pieļaujamās novirzes gaisa plūsmas mērījumos.",
      align="j")
    P(d, ("Rezumējot", "b"), before=6)
    P(d, "Abus dokumentus uzskatu par ", ("atbal", ""), ("stāmiem", ""), ", tomēr virzīt tos saskaņošanai "
         "iesaku tikai pēc tam, kad darba grupa būs iestrādājusi iepriekš minētos papildinājumus – programmā "
         "par dzesēšanu un BMS, eksāmenā par nodošanas dokumentāciju un pieļaujamajām novirzēm.", align="j")
    P(d, "Ar cieņu,", before=12, after=0)
    P(d, "D. Rudzītis", after=0)
    P(d, "Valmierā, 2026. gada 28. aprīlī")


build("r15a19_Ventilacijas sistemu tehnikis - Rudzitis.docx", f19, "Dainis Rudzītis", D(2026, 4, 28, 10, 40),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Dainis Rudzītis", "2026-04-28", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Dainis Rudzītis", "2026-04-28", 4)],
      note="Company letterhead with name+role; 'Rezumējot': 'Abus dokumentus uzskatu par atbalstāmiem, tomēr "
           "virzīt ... iesaku tikai pēc tam, kad ... papildinājumus' -> needs_corrections for both (documents "
           "referred to only as 'abus dokumentus'); the verdict word is split across two runs. Expert full "
           "name from the letterhead, 'D. Rudzītis' in the sign-off.")


# ====================================================================== 20 (unknown qualification, MIP only)
def f20(d):
    P(d, ("Eksperta atzinums par modulārās izglītības programmas saturu", "b"), align="c")
    P(d, "Kvalifikācija: siltumenerģētikas tehniķis (4. LKI)", after=0)
    P(d, "Nozare: enerģētika", after=0)
    P(d, "Eksperts: Ēriks Siliņš", after=0)
    P(d, "Datums: 2026-05-06")
    P(d, "Atzinums attiecas tikai uz modulāro izglītības programmu; eksāmena saturu vērtē cits eksperts.",
      fmt="i")
    P(d, "Programma izstrādāta rūpīgi. Moduļi par katlu māju iekārtām, siltumtīkliem un individuālajiem "
         "siltummezgliem atbilst tam, ar ko tehniķis saskaras ikdienā, un pozitīvi, ka iekļauta arī "
         "biomasas katlu ekspluatācija un siltuma uzskaites sistēmu nolasīšana attālināti. Stundu apjoms "
         "ir atbilstošs. Man nav piezīmju, kas būtu jāizpilda pirms programmas apstiprināšanas; vienīgi "
         "ieteiktu nākotnē pievienot saules kolektoru un siltumsūkņu integrāciju centralizētajā "
         "siltumapgādē, bet to var darīt nākamajā pārskatīšanā.", align="j")
    P(d, "Programmas saturu atbalstu, to var virzīt saskaņošanai bez precizējumiem.", align="j")


build("r15a20_Siltumenergetikas tehnikis MIP.docx", f20, "Ēriks Siliņš", D(2026, 5, 6, 14, 0),
      rows=[("siltumenerģētikas tehniķis", "MIP", "supported", "Ēriks Siliņš", "2026-05-06", 4)],
      problems=["unknown_qualification"],
      note="Qualification NOT in the register (siltumenerģētikas tehniķis), LKI 4 stated. Only MIP ('attiecas "
           "tikai uz ...'; PKE by another expert -> no PKE row). 'atbalstu, to var virzīt saskaņošanai bez "
           "precizējumiem' = supported; a future suggestion explicitly not required.")


# ====================================================================== 21 (old PKL level)
def f21(d):
    P(d, ("Par mehatronisko sistēmu tehniķa (3. PKL) programmas un eksāmena atkārtotu izvērtēšanu", "b"))
    P(d, "Rīga, 15.04.2026.")
    P(d, "Pēc V. Priedīša atzinuma darba grupa ir pārstrādājusi programmu un nedaudz mainījusi eksāmenu. "
         "Tā kā V. Priedītis šobrīd nav pieejams, LDDK lūdza mani izvērtēt labotās versijas.", align="j")
    P(d, "Modulārajā programmā papildināts robotikas modulis (kolaboratīvo robotu drošība, bezsaistes "
         "programmēšana), elektropneimatika tagad ir sasniedzamajos rezultātos, diagnostikas modulī "
         "iekļauta prognozējošā apkope. Iepriekš norādītās nepilnības ir novērstas; programmas saturs ir "
         "atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Eksāmenā jaunajā versijā pievienots robota programmēšanas uzdevums, taču tam nav vērtēšanas "
         "kritēriju un nav norādīts, cik ilgā laikā tas jāizpilda. Līdz ar to eksāmena saturu varu atbalstīt "
         "tikai ar precizējumiem – kritēriji un laika norma jāpapildina, pirms dokumentu sūta saskaņošanai.",
      align="j")
    P(d, "Ivars Kokins", before=12, after=0)
    P(d, "SIA „Automatizācijas centrs”, projektu vadītājs")


build("r15a21_mehatronika_atkartota_ekspertize.docx", f21, "Ivars Kokins", D(2026, 4, 15, 11, 25),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Ivars Kokins", "2026-04-15", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Ivars Kokins", "2026-04-15", 4)],
      note="Repeat review after another expert's round (history). Level written in the OLD scale '3. PKL' "
           "(PKL n = LKI n+1) -> lki_level 4, consistent with the register. MIP 'atbalstāms un virzāms' = "
           "supported; PKE 'varu atbalstīt tikai ar precizējumiem – ... pirms dokumentu sūta saskaņošanai' = "
           "needs_corrections.")


# ====================================================================== 22
def f22(d):
    P(d, "Labdien!")
    P(d, "Pēc J. Sproģa atzinuma (martā) meža mašīnu operatora modulārā programma netika atbalstīta, un "
         "darba grupa to pārstrādāja. Atkārtotu ekspertīzi LDDK uzticēja man, jo Juris šobrīd strādā ārzemēs. "
         "Salīdzināju jauno versiju ar viņa piezīmēm: simulatoru apmācība palielināta līdz 96 stundām, "
         "pievienots modulis par borta datoru un ražošanas datu pārsūtīšanu, apkopes modulis pārrakstīts "
         "operatora, nevis mehāniķa līmenī. Meža mašīnu operatora MIP tagad ir atbalstāma un virzāma "
         "saskaņošanai bez precizējumiem.", align="j")
    P(d, "Vēl daži ieteikumi, kas nav obligāti un vērtējumu neietekmē: varētu pieminēt sertificētu meža "
         "apsaimniekošanu (FSC, PEFC) un augsnes aizsardzību, strādājot mitros apstākļos.", align="j", fmt="i")
    P(d, "Tāpat izskatīju arī kokapstrādes iekārtu operatora eksāmenu, ko man atsūtīja kopā ar pārējiem "
         "materiāliem. Eksāmens pēc būtības ir labs, bet teorijas jautājumos vairākas atbildes ir nepareizas "
         "(zāģripu apgriezienu aprēķins 7. un 9. jautājumā), un praktiskās daļas aprakstā nav minēts, kas "
         "nodrošina materiālus. PKE saturu atbalstu; saskaņošanai to var nodot, kad šīs kļūdas būs "
         "izlabotas.", align="j")
    P(d, "Māris Lapiņš", before=12, after=0)
    P(d, "2026. gada 2. aprīlī")


build("r15a22_Lapins_meza masinas MIP_kokapstrade PKE.docx", f22, COORD, D(2026, 4, 2, 16, 50),
      rows=[("meža mašīnu operators", "MIP", "supported", "Māris Lapiņš", "2026-04-02", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Māris Lapiņš", "2026-04-02", 3)],
      note="No headings at all; qualifications introduced inside running text. History: colleague's March "
           "rejection is not this file's verdict. MIP 'tagad ir atbalstāma un virzāma saskaņošanai bez "
           "precizējumiem' + optional suggestions = supported. PKE 'atbalstu; saskaņošanai to var nodot, kad "
           "šīs kļūdas būs izlabotas' = needs_corrections. Only one document per qualification.")


# ====================================================================== 23 (Outlook EN, RE: RE:)
def f23(d):
    MAILHDR(d, [("From:", "Ilze Bērziņa <ilze.berzina@inbox.lv>"),
                ("Sent:", "Thursday, April 23, 2026 11:20 AM"),
                ("To:", "Elīna Zvaigzne"),
                ("Cc:", "Baiba Miezīte"),
                ("Subject:", "RE: RE: CNC kokapstrāde MIP")])
    P(d, "", after=0)
    P(d, "Elīna, sveika!")
    P(d, "Paskatījos pārstrādāto datorizētu kokapstrādes iekārtu operatora programmu un labotu eksāmenu.")
    P(d, "Programma ir krietni labāka – CNC programmēšanai tagad divi moduļi, CAM iekļauts, instrumentu "
         "nomaiņa un nulles punkti ir praktiskajos darbos. Vēl jāpielabo divas lietas: stundu kopsumma "
         "tabulā nesakrīt ar moduļu aprakstiem (1 600 pret 1 640) un darba drošības rezultāts 4. modulī "
         "nokopēts no 3. moduļa. Tātad MIP – atbalstu ar precizējumiem, kad tos izdarīs, var sūtīt tālāk.")
    P(d, "Eksāmenā laika normas pārskatītas (tagad sešas stundas), līdz ar to eksāmena saturu atbalstu un to "
         "var virzīt saskaņošanai.")
    P(d, "Ilze")
    P(d, "", after=0)
    MAILHDR(d, [("From:", "Elīna Zvaigzne"),
                ("Sent:", "Wednesday, April 15, 2026 4:02 PM"),
                ("To:", "Ilze Bērziņa <ilze.berzina@inbox.lv>"),
                ("Subject:", "RE: CNC kokapstrāde MIP")], fmt="g")
    P(d, "Ilze, darba grupa atsūtīja pārstrādāto programmu un eksāmenu ar labotām laika normām (pielikumā). "
         "Lūdzu, paskaties vēlreiz, vai tagad var atbalstīt. Paldies! E.", fmt="g")
    P(d, "", after=0)
    MAILHDR(d, [("From:", "Ilze Bērziņa <ilze.berzina@inbox.lv>"),
                ("Sent:", "Tuesday, March 24, 2026 5:40 PM"),
                ("To:", "Elīna Zvaigzne"),
                ("Subject:", "CNC kokapstrāde MIP")], fmt="g")
    P(d, "Pielikumā atzinums. Datorizēto iekārtu operatora programmu šajā redakcijā neatbalstu, eksāmens "
         "atbalstāms pēc laika normu precizēšanas. Ilze", fmt="g")


build("r15a23_RE_ RE_ CNC kokapstrade MIP.docx", f23, COORD, D(2026, 4, 23, 11, 35),
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Ilze Bērziņa", "2026-04-23", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Ilze Bērziņa", "2026-04-23", 4)],
      note="Outlook thread (English headers) pasted into Word; the newest message on top counts, the quoted "
           "March message ('neatbalstu', 'atbalstāms pēc ... precizēšanas') is history. Subject and coordinator "
           "say 'CNC kokapstrāde'; body uses the full genitive name. MIP 'atbalstu ar precizējumiem, kad tos "
           "izdarīs, var sūtīt tālāk' = needs_corrections; PKE 'atbalstu un to var virzīt saskaņošanai' = "
           "supported. Expert signs 'Ilze'; full name from From: line.", font="Calibri", size=11)


# ====================================================================== 24 (not a review)
def f24(d):
    P(d, ("Ekspertu sadalījums pa kvalifikācijām – projekta 5. posms (2026. gada aprīlis–jūlijs)", "b"))
    P(d, "Tabulā norādīts, kurš eksperts vērtē katras kvalifikācijas MIP un PKE saturu, un atzinuma "
         "iesniegšanas termiņš. Ja eksperts saturu neatbalsta, atkārtoto ekspertīzi parasti veic tas pats "
         "eksperts. Lūdzu pārbaudīt savus uzdevumus un informēt koordinatori līdz 10. aprīlim, ja kādu "
         "ekspertīzi nevarat veikt.", align="j")
    T(d, [["Nr.", "Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Piezīmes"],
          ["1.", "Elektromontieris", "3", "H. Ozols", "A. Dzenis", "20.04.2026.", "PKE 1. kārta pabeigta"],
          ["2.", "Elektrotehniķis", "4", "I. Vanaga", "Ē. Siliņš", "30.04.2026.", ""],
          ["3.", "VGK sistēmu tehniķis", "4", "D. Rudzītis", "D. Rudzītis", "30.04.2026.", ""],
          ["4.", "VGK iekārtu remontatslēdznieks", "3", "K. Liepiņš", "K. Liepiņš", "15.04.2026.",
           "MIP pēc precizējumiem – gaida labojumus"],
          ["5.", "Mēbeļu galdnieks", "4", "D. Ābele", "A. Krastiņš", "15.05.2026.", "atkārtota MIP ekspertīze"],
          ["6.", "Būvizstrādājumu galdnieks", "4", "L. Krūmiņa", "A. Krastiņš", "15.05.2026.", ""],
          ["7.", "Meža mašīnu operators", "3", "M. Lapiņš", "—", "10.04.2026.", "MIP 1. kārtā nav atbalstīta"],
          ["8.", "Datorizētu kokapstrādes iekārtu operators", "4", "I. Bērziņa", "I. Bērziņa", "30.04.2026.", ""]])
    P(d, "")
    P(d, "Sagatavoja: B. Miezīte, 2026. gada 3. aprīlī", fmt="i")


build("r15a24_Ekspertu sadalijums 5.posms.docx", f24, COORD2, D(2026, 4, 3, 9, 0),
      rows=[], problems=["no_verdict"],
      note="NOT a review: assignment table (qualification x MIP/PKE expert x deadline) with status notes that "
           "echo earlier verdicts ('MIP 1. kārtā nav atbalstīta', 'pēc precizējumiem'). No rows; one "
           "no_verdict row.", font="Calibri", size=10)


# ====================================================================== 25 (long, not supported)
def f25(d):
    P(d, ("Agnese Strazdiņa", "b"), after=0)
    P(d, "Mg. sc. ing., kokapstrādes uzņēmuma SIA „Zaļā Lapa” tehnoloģe", after=0)
    P(d, "kokrūpniecības nozares eksperte", after=14)
    P(d, ("Atzinums par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” programmas un "
          "eksāmena saturu", "b+"), align="c")
    P(d, "2026. gada 4. maijā", align="r")
    P(d, ("Ievads", "b"))
    P(d, "Atzinums sagatavots par darba grupas 2026. gada 17. aprīlī iesniegto modulārās izglītības "
         "programmas un profesionālās kvalifikācijas eksāmena satura redakciju. Šī ir dokumentu otrā "
         "redakcija; pirmo redakciju martā vērtēja cita eksperte, un tās piezīmes ir daļēji ņemtas vērā. "
         "Vērtējot izmantoju kokrūpniecības nozares kvalifikāciju struktūru, profesijas standartu un "
         "nozares uzņēmumu aptaujas rezultātus par jauno speciālistu prasmēm.", align="j")
    P(d, ("Par programmu", "b"), before=6)
    P(d, "Salīdzinot ar pirmo redakciju, programmā parādījies materiālu patēriņa aprēķins un ERP sistēmu "
         "pieminējums. Tomēr būtiskākās problēmas palikušas:", align="j")
    for t in ["programma joprojām pēc būtības ir mēbeļu galdnieka programma ar dažiem papildu moduļiem – "
              "tehniķa līmeņa kompetences (ražošanas plānošana, tehnoloģisko procesu izstrāde, darbinieku "
              "darba organizēšana) aizņem mazāk nekā piekto daļu no kopējā apjoma;",
              "nav moduļa par koksnes žāvēšanu un hidrotermisko apstrādi, lai gan tas ir viens no galvenajiem "
              "tehniķa atbildības laukiem kokapstrādes uzņēmumos;",
              "kvalitātes vadība aprakstīta vispārīgi, bez statistiskās procesu kontroles un mērījumu "
              "dokumentēšanas;",
              "darba vidē balstītām mācībām paredzētie rezultāti nav saistīti ar konkrētiem moduļiem, tāpēc "
              "uzņēmums nevarēs saprast, ko tieši izglītojamajam jāapgūst praksē;",
              "vairāku moduļu apraksti nokopēti no 3. LKI līmeņa operatoru programmām."]:
        P(d, t, style="List Bullet", after=0)
    P(d, "Neskatoties uz darba grupas ieguldīto darbu, programmas saturs pašreizējā redakcijā nav atbalstāms. "
         "Nepieciešama būtiska pārstrāde, kas prasa mainīt moduļu struktūru, nevis tikai papildināt tekstu, "
         "un pēc tam – atkārtota ekspertīze.", align="j", before=6)
    P(d, ("Par eksāmenu", "b"), before=6)
    P(d, "Eksāmena saturs ir veidots daudz labāk nekā programma. Kandidātam jāsastāda tehnoloģiskā karte "
         "konkrētam izstrādājumam, jāaprēķina iekārtu noslodze un jānovērtē partijas kvalitāte pēc dotiem "
         "mērījumiem – tieši tās ir tehniķa kompetences. Jāprecizē divas lietas: praktiskajā daļā jānorāda, "
         "kādas programmatūras lietošana ir atļauta, un vērtēšanas kritērijos punktu skala 0–3 jāapraksta "
         "katram līmenim, pretējā gadījumā dažādas komisijas vērtēs atšķirīgi.", align="j")
    P(d, "Eksāmena saturs ir atbalstāms un, tiklīdz šie divi precizējumi būs veikti, virzāms saskaņošanai.",
      align="j")
    P(d, ("Noslēgumā", "b"), before=6)
    P(d, "Iesaku darba grupai vispirms pabeigt programmas pārstrādi un tikai tad saskaņot eksāmenu ar "
         "programmas galīgo redakciju, lai abu dokumentu rezultāti sakristu. Esmu gatava konsultēt darba "
         "grupu, ja nepieciešams. Mans vērtējums: MIP – nav atbalstāma; PKE – atbalstāms pēc precizējumiem.",
      align="j")
    P(d, "A. Strazdiņa", before=12)


build("r15a25_Atzinums_koka_izstradajumu_razosanas_tehnikis_GALA.docx", f25, COORD, D(2026, 5, 4, 15, 30),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Agnese Strazdiņa", "2026-05-04", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Agnese Strazdiņa", "2026-05-04", 4)],
      note="Long formal review (second redaction; earlier round by another expert = history). Letterhead "
           "with academic title. 'Neskatoties uz ... saturs pašreizējā redakcijā nav atbalstāms. Nepieciešama "
           "būtiska pārstrāde' = not_supported; PKE 'atbalstāms un, tiklīdz šie divi precizējumi būs veikti, "
           "virzāms' = needs_corrections; 'Noslēgumā' restates both consistently. LKI from register (4); the "
           "'3. LKI' in the text refers to other programmes.")


# ====================================================================== 26 (unknown qualification)
def f26(d):
    P(d, "Raivis Dambis", after=0)
    P(d, "metālapstrādes nozares eksperts", after=0)
    P(d, "Liepāja, 2026. gada 12. maijs", after=12)
    P(d, ("Atzinums par kvalifikāciju „Lokšņu metāla izstrādājumu izgatavotājs” (LKI 3. līmenis)", "b"))
    P(d, "Vērtēju darba grupas iesniegto programmu un eksāmena saturu.", align="j")
    P(d, ("A. Programma", "b"), before=6)
    P(d, "Programmā pārāk maz vietas atvēlēts lāzergriešanas un lokšņu liekšanas iekārtām ar ciparu vadību – "
         "abas ir pieminētas tikai ievadmodulī, bet visi praktiskie darbi paredzēti ar manuālām šķērēm un "
         "rokas liekšanas iekārtām. Izklājumu konstruēšana notiek tikai uz papīra, CAD nav vispār. Šādā "
         "formā tā ir pirms divdesmit gadiem aktuāla skārdnieka programma. Programmu neatbalstu; tā "
         "jāpārstrādā atbilstoši mūsdienu ražošanai.", align="j")
    P(d, ("B. Eksāmens", "b"), before=6)
    P(d, "Eksāmena uzdevums (kārbas izgatavošana no 1,5 mm tērauda loksnes pēc rasējuma) ir labi izvēlēts "
         "un izpildāms arī ar CNC iekārtām. Jāpapildina vērtēšanas kritēriji ar izmēru pielaidēm. Eksāmena "
         "saturs ir atbalstāms, pēc šī precizējuma virzāms saskaņošanai.", align="j")
    P(d, "R. Dambis", before=12)


build("r15a26_Dambis_loksnu metals_MIP PKE.docx", f26, "Raivis", D(2026, 5, 12, 9, 45),
      rows=[("lokšņu metāla izstrādājumu izgatavotājs", "MIP", "not_supported", "Raivis Dambis", "2026-05-12", 3),
            ("lokšņu metāla izstrādājumu izgatavotājs", "PKE", "needs_corrections", "Raivis Dambis", "2026-05-12", 3)],
      problems=["unknown_qualification"],
      note="Qualification NOT in the register (lokšņu metāla izstrādājumu izgatavotājs), LKI 3 stated. Name, "
           "role and place+date above the title; sections A./B. 'Programmu neatbalstu; tā jāpārstrādā' = "
           "not_supported; 'atbalstāms, pēc šī precizējuma virzāms saskaņošanai' = needs_corrections.",
      font="Calibri", size=11)


# ====================================================================== 27 (strike-through options)
def f27(d):
    P(d, ("Eksperta vērtējums – enerģētikas nozare", "b+"))
    P(d, "Eksperts: Harijs Ozols, AS „Latgales enerģija” apakšstaciju dienesta vadītājs", after=0)
    P(d, "Datums: 2026. gada 13. aprīlis")
    P(d, "Abu kvalifikāciju PKE saturu vērtē A. Dzenis, tāpēc šeit tas nav iekļauts.", fmt="i")
    P(d, ("Elektromontieris (LKI 3) – modulārā izglītības programma", "b"), before=6)
    P(d, "Programma kopumā laba. Jāpapildina modulis par gaisvadu līnijām ar darbu ar izolētajiem vadiem "
         "(SIP) un jāpārskata elektrodrošības grupu piešķiršanas apraksts atbilstoši spēkā esošajiem "
         "noteikumiem.", align="j")
    p = P(d, "Vērtējums (nevajadzīgo svītrot): MIP saturs ", align="j")
    run(p, "ir atbalstāms un virzāms saskaņošanai", "s")
    run(p, " / ")
    run(p, "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")
    run(p, " / ")
    run(p, "nav atbalstāms", "s")
    run(p, ".")
    P(d, ("Elektrotehniķis (LKI 4) – modulārā izglītības programma", "b"), before=6)
    P(d, "Programmā atspoguļotas visas profesijas standarta kompetences, izcili izstrādāts modulis par "
         "relejaizsardzību un automātiku. Piezīmju nav.", align="j")
    p = P(d, "Vērtējums (nevajadzīgo svītrot): MIP saturs ", align="j")
    run(p, "ir atbalstāms un virzāms saskaņošanai")
    run(p, " / ")
    run(p, "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s")
    run(p, " / ")
    run(p, "nav atbalstāms", "s")
    run(p, ".")
    P(d, "H. Ozols", before=12)


build("r15a27_Elektromontieris_atzinums_Dzenis_v2.docx", f27, "Aivars Dzenis", D(2026, 4, 13, 10, 0),
      modified_by="Harijs Ozols",
      rows=[("elektromontieris", "MIP", "needs_corrections", "Harijs Ozols", "2026-04-13", 3),
            ("elektrotehniķis", "MIP", "supported", "Harijs Ozols", "2026-04-13", 4)],
      note="'Nevajadzīgo svītrot' inside prose: each conclusion prints all three options, the non-chosen ones "
           "struck through (w:strike). MIP only (PKE explicitly by A. Dzenis -> no PKE rows). Misleading file "
           "name and core author (Dzenis's template reused); the reviewer is Harijs Ozols.")


# ====================================================================== 28 (no diacritics, PKE deferred)
def f28(d):
    P(d, "VGK iekartu remontatslednieks - MIP un PKE", fmt="b")
    P(d, "Kristaps Liepins, 27.03.2026")
    P(d, "MIP: skatiju visus 9 modulus. Lielakoties ok, bet aukstumagregatu modulis japarraksta - tur "
         "joprojam ir R22 un R404A ka galvenie aukstumagenti, tadus vairs praktiski neizmanto. Trukst ari "
         "nopludes parbaudes ar elektronisko detektoru. MIP atbalstu, bet saskanosanai virzit tikai pec tam, "
         "kad tas bus izlabots.")
    P(d, "PKE: teorijas jautajumi izskatiti, daudzi ir par vispariigu elektrotehniku, nevis VGK iekartam. "
         "Prakt. uzdevumam nav pievienoti vertesanas kriteriji, tapec galigo vertejumu par PKE pagaidam "
         "nesniedzu - gaidu no darba grupas kriterijus.")
    P(d, "K.L.")


build("r15a28_Liepins VGK remontatsl MIP PKE.docx", f28, "Kristaps", D(2026, 3, 27, 19, 20),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Kristaps Liepins", "2026-03-27", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "unknown", "Kristaps Liepins", "2026-03-27", 3)],
      problems=["no_verdict"],
      note="Hasty note without diacritics, name+date on one line under the title. MIP 'atbalstu, bet "
           "saskanosanai virzit tikai pec tam, kad tas bus izlabots' = needs_corrections. PKE was reviewed "
           "(remarks given) but the expert explicitly withholds the verdict ('galigo vertejumu ... pagaidam "
           "nesniedzu') -> PKE unknown + no_verdict. Name as written without diacritics.", font="Calibri", size=11)


# ====================================================================== 29 (academic letterhead, noun traps)
def f29(d):
    P(d, ("Mg. paed. Laura Krūmiņa", "b"), align="c", after=0)
    P(d, "SIA „Kurzemes koks” personāla attīstības vadītāja, LDDK kokrūpniecības nozares eksperte", align="c",
      after=0)
    P(d, "Kuldīga, 2026. gada 6. maijs", align="c", after=16)
    P(d, ("Atzinums par galdnieku kvalifikāciju modulārajām izglītības programmām", "b+"))
    P(d, "Šoreiz vērtēju divu galdnieku kvalifikāciju programmas. Eksāmenu saturu vērtē A. Krastiņš.",
      align="j")
    P(d, ("Būvizstrādājumu galdnieks", "bu"), before=6)
    P(d, "Programma ir ļoti praktiska – logu, durvju un kāpņu izgatavošana sadalīta pa moduļiem, katram ir "
         "skaidri sasniedzamie rezultāti un norādīts, kura daļa apgūstama uzņēmumā. Patīkami, ka programmā "
         "paredzēts metodiskais atbalsts prakses vadītājiem uzņēmumos – līdz šim tā ļoti pietrūka. Nozares "
         "uzņēmumi šādu pieeju atbalsta, un mūsu uzņēmums jau piedāvājis prakses vietas. Programma ir "
         "atbalstāma, un es to iesaku virzīt saskaņošanai.", align="j")
    P(d, ("Mēbeļu galdnieks (atkārtoti)", "bu"), before=6)
    P(d, "Šī ir programmas trešā redakcija. Martā S. Grīnberga to atbalstīja pēc precizējumiem, aprīlī "
         "D. Ābele to neatbalstīja. Darba grupa ir papildinājusi apdares moduli un CNC daļu, bet stundu "
         "sadalījums starp skolu un darba vidi joprojām nav saskaņots ar kopējo apjomu, un nav novērsta "
         "D. Ābeles norādītā problēma ar kvalifikācijas prakses rezultātiem. Saturu atbalstu, tomēr pirms "
         "saskaņošanas šie divi jautājumi jāatrisina.", align="j")
    P(d, "Laura Krūmiņa", before=12)


build("r15a29_Krumina_galdnieki_MIP.docx", f29, "Laura Krūmiņa", D(2026, 5, 6, 12, 10),
      rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Laura Krūmiņa", "2026-05-06", 4),
            ("mēbeļu galdnieks", "MIP", "needs_corrections", "Laura Krūmiņa", "2026-05-06", 4)],
      note="Centered academic letterhead (Mg. paed.) with place+date. Noun/verb traps: 'metodiskais atbalsts', "
           "'Nozares uzņēmumi ... atbalsta'. Būvizstr. 'atbalstāma, un es to iesaku virzīt saskaņošanai' = "
           "supported. Mēbeļu galdnieks: history of two earlier rounds (atbalstīja pēc precizējumiem / "
           "neatbalstīja) then current 'Saturu atbalstu, tomēr pirms saskaņošanas ... jāatrisina' = "
           "needs_corrections. PKE explicitly by someone else -> no PKE rows.")


# ====================================================================== 30 (anonymous)
def f30(d):
    P(d, ("Mežsaimniecības tehniķis – piezīmes par PKE un MIP", "b"))
    P(d, "03.03.2026.")
    P(d, "Eksāmens. Teorijas daļā ir 50 jautājumi, no tiem gandrīz puse par meža likumdošanu, bet maz par "
         "mežaudžu kopšanu un meža atjaunošanu. Praktiskā daļa (cirsmas iezīmēšana un dokumentu sagatavošana) "
         "ir laba. Jautājumu proporcijas jāmaina; pēc tam eksāmena saturu var saskaņot – pašlaik to vēl "
         "nevirzītu, bet pēc būtības saturs ir atbalstāms.", align="j")
    P(d, "Programma. Struktūra laba, moduļi loģiski, ĢIS un dronu izmantošanai mežā atvēlēts pietiekami. "
         "Nav iebildumu, programmu var virzīt saskaņošanai.", align="j")


build("r15a30_mezsaimniecibas tehnikis PKE piezimes.docx", f30, "", D(2026, 3, 3, 17, 0), modified_by="",
      rows=[("mežsaimniecības tehniķis", "PKE", "needs_corrections", "", "2026-03-03", 4),
            ("mežsaimniecības tehniķis", "MIP", "supported", "", "2026-03-03", 4)],
      note="Anonymous: no name anywhere, core author empty -> expert empty. PKE: 'proporcijas jāmaina; pēc tam "
           "var saskaņot – pašlaik vēl nevirzītu, bet pēc būtības saturs ir atbalstāms' (negated verb "
           "'nevirzītu' is about timing) = needs_corrections. MIP: 'Nav iebildumu, programmu var virzīt "
           "saskaņošanai' = supported. PKE discussed before MIP.")


# ====================================================================== 31 (no date)
def f31(d):
    P(d, ("Elektrotehniķa kvalifikācijas dokumentu vērtējums", "b"))
    P(d, "Izvērtēju profesionālās kvalifikācijas „Elektrotehniķis” eksāmena saturu un modulāro programmu.",
      align="j")
    P(d, "Eksāmena saturs ir labs un labāk sabalansēts nekā iepriekšējā versija, ko skatīja kolēģis: "
         "izlabotas kļūdas shēmās, pievienota noplūdes strāvas aizsardzības pārbaude. Man nav iebildumu pret "
         "eksāmena satura virzīšanu saskaņošanai.", align="j")
    P(d, "Programmā gan vēl jāpielāgo elektrisko mašīnu apkopes modulis – frekvenču pārveidotāji ir pieminēti, "
         "bet sasniedzamajos rezultātos nav ne to parametrēšanas, ne diagnostikas. Programmas saturu "
         "atbalstu ar šo papildinājumu; kad tas būs izdarīts, programmu var virzīt saskaņošanai.", align="j")
    P(d, "Ē. Siliņš,", before=12, after=0)
    P(d, "enerģētikas nozares eksperts")


build("r15a31_Elektrotehniķis_PKE_MIP_Siliņš.docx", f31, "Ēriks", D(2026, 4, 16, 10, 0),
      rows=[("elektrotehniķis", "PKE", "supported", "Ē. Siliņš", "", 4),
            ("elektrotehniķis", "MIP", "needs_corrections", "Ē. Siliņš", "", 4)],
      note="NO DATE anywhere in the text (core 'created' is set but is not a review date) -> date empty. "
           "Previous version reviewed by a colleague = history. PKE 'nav iebildumu pret ... virzīšanu "
           "saskaņošanai' = supported; MIP 'atbalstu ar šo papildinājumu; kad tas būs izdarīts, ... var "
           "virzīt' = needs_corrections. Expert as written: 'Ē. Siliņš'.")


# ====================================================================== 32 (three qualifications)
def f32(d):
    P(d, ("Atzinums par trīs mežsaimniecības kvalifikāciju MIP un PKE saturu", "b+"))
    P(d, "Sagatavoja: Agris Bērziņš, SIA „Vidzemes meži” mežizstrādes vadītājs", after=0)
    P(d, "2026-05-19")
    P(d, "Projekta 5. posmā man tika nodoti trīs kvalifikāciju dokumenti pēc darba grupu labojumiem. Katrai "
         "kvalifikācijai vispirms īsi raksturoju programmu, tad eksāmenu.", align="j")
    P(d, ("Kvalifikācija: motorzāģa operators", "b"), before=6)
    P(d, "Programma. Pēc labojumiem programmā iekļauta koku gāšana sarežģītos apstākļos un motorzāģa "
         "apkope; saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Eksāmens. Praktiskais uzdevums dabā un teorijas tests ir atbilstoši. Atbalstu, var saskaņot.", align="j")
    P(d, ("Kvalifikācija: meža mašīnu operators", "b"), before=6)
    P(d, "Programma. Simulatoru stundas un borta datora modulis ir kārtībā, bet joprojām nav nekā par "
         "mašīnas pārvietošanu pa koplietošanas ceļiem un transportēšanu ar treileri. Atbalstāma, ja to papildina ar šo "
         "tēmu; līdz tam saskaņošanai nevirzīt.", align="j")
    P(d, "Eksāmens. Iebildumu nav, eksāmena saturs virzāms saskaņošanai.", align="j")
    P(d, ("Kvalifikācija: mežsaimniecības tehniķis", "b"), before=6)
    P(d, "Programma. Jaunajā versijā darba grupa izņēmusi meža inventarizācijas moduli un tā saturu "
         "sadalījusi pa citiem moduļiem, kā rezultātā inventarizācija vairs nav apgūstama kā vienots process. "
         "Izzudis arī dabas aizsardzības prasību piemērošanas rezultāts, ko iepriekšējā ekspertīzē prasīja "
         "pievienot. Šādas izmaiņas nevaru atbalstīt – programma nav atbalstāma, jāatjauno iepriekšējā "
         "struktūra.", align="j")
    P(d, "Eksāmens. Saturs kopumā labs, bet uzdevumi jāsaskaņo ar programmas galīgo versiju. Atbalstu ar "
         "precizējumiem: pēc saskaņošanas ar programmu virzāms saskaņošanai.", align="j")
    P(d, "A. Bērziņš", before=12)


build("r15a32_Mezsaimniecibas kvalifikacijas_3 PK_Berzins.docx", f32, "Agris Bērziņš", D(2026, 5, 19, 13, 0),
      rows=[("motorzāģa operators", "MIP", "supported", "Agris Bērziņš", "2026-05-19", 3),
            ("motorzāģa operators", "PKE", "supported", "Agris Bērziņš", "2026-05-19", 3),
            ("meža mašīnu operators", "MIP", "needs_corrections", "Agris Bērziņš", "2026-05-19", 3),
            ("meža mašīnu operators", "PKE", "supported", "Agris Bērziņš", "2026-05-19", 3),
            ("mežsaimniecības tehniķis", "MIP", "not_supported", "Agris Bērziņš", "2026-05-19", 4),
            ("mežsaimniecības tehniķis", "PKE", "needs_corrections", "Agris Bērziņš", "2026-05-19", 4)],
      note="Three qualifications under 'Kvalifikācija: ...' labels, each with 'Programma.'/'Eksāmens.' lead-ins. "
           "Short verdict forms: 'Atbalstu, var saskaņot' = supported; 'Atbalstāma, ja ... papildina; līdz tam "
           "saskaņošanai nevirzīt' = needs_corrections; 'Iebildumu nav, ... virzāms saskaņošanai' = supported; "
           "'nevaru atbalstīt – programma nav atbalstāma' = not_supported; 'Atbalstu ar precizējumiem' = "
           "needs_corrections. History of earlier round mentioned. LKI from register.")


# ====================================================================== 33 (header/footer)
def f33(d):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Eksperte: Dace Ābele | kokrūpniecības nozare | LDDK"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Liepāja, 21.04.2026."
    P(d, ("Mēbeļu galdnieks – atkārtotā ekspertīze", "b+"))
    P(d, "Programma un eksāmens atsūtīti atkārtoti pēc S. Grīnbergas martā norādītajiem precizējumiem. "
         "Sākotnēji biju paredzēta tikai kā otrā viedokļa sniedzēja, bet koordinatore lūdza sniegt pilnu "
         "atzinumu.", align="j")
    P(d, ("1. Modulārā programma", "b"), before=6)
    P(d, "Darba grupa ir izlabojusi terminoloģiju un stundu kopsummu, taču tajā pašā laikā no programmas "
         "izņemts viss kvalifikācijas prakses rezultātu apraksts – tagad prakse ir tikai stundu skaits bez "
         "satura. Izņemts arī 3D projektēšanas modulis, ko iepriekšējā ekspertīzē vērtēja kā programmas "
         "stiprāko pusi. Ar šīm izmaiņām programma ir kļuvusi sliktāka, nevis labāka, un šādā veidā tā "
         "nevar tikt atbalstīta. Iesaku atgriezties pie iepriekšējās struktūras un iestrādāt tajā tikai "
         "martā prasītos labojumus.", align="j")
    P(d, ("2. Eksāmena saturs", "b"), before=6)
    P(d, "Eksāmens nav mainīts, izņemot vērtēšanas kritēriju noformējumu. Pievienojos kolēģes vērtējumam – "
         "PKE saturs ir atbalstāms un bez iebildumiem virzāms saskaņošanai.", align="j")


build("r15a33_Mēbeļu galdnieks MIP atkārtoti.docx", f33, "Dace", D(2026, 4, 21, 18, 30),
      rows=[("mēbeļu galdnieks", "MIP", "not_supported", "Dace Ābele", "2026-04-21", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Dace Ābele", "2026-04-21", 4)],
      note="Name only in the page HEADER, place+date only in the FOOTER; no signature. MIP 'šādā veidā tā nevar "
           "tikt atbalstīta' (negation with words between) = not_supported; PKE 'Pievienojos kolēģes "
           "vērtējumam – ... atbalstāms un bez iebildumiem virzāms' = supported. File name says MIP only but "
           "the text covers both documents.")


# ====================================================================== 34 (Outlook LV + Gmail LV forward)
def f34(d):
    MAILHDR(d, [("No:", "Baiba Miezīte"),
                ("Nosūtīts:", "ceturtdiena, 2026. gada 28. maijs 08:47"),
                ("Kam:", "Elīna Zvaigzne"),
                ("Tēma:", "Fw: atzinumi – koka izstr. tehniķis un CNC")])
    P(d, "", after=0)
    P(d, "Elīna, Edgara atzinumi zemāk – pielikuma nav, viņš rakstīja tieši vēstulē. Saglabāju Wordā "
         "mapītei. B.")
    P(d, "", after=0)
    P(d, "---------- Pārsūtīts ziņojums ---------", after=0)
    P(d, "No: Edgars Kļaviņš <edgars.klavins@gmail.com>", after=0)
    P(d, "Date: trešd., 2026. g. 27. maijs, plkst. 09:12", after=0)
    P(d, "Subject: Re: atzinumi – koka izstr. tehniķis un CNC", after=0)
    P(d, "To: Baiba Miezīte <baiba.miezite@gmail.com>")
    P(d, "", after=0)
    P(d, "Labdien, Baiba!")
    P(d, "Atvainojos, ka tikai tagad. Abas kvalifikācijas izskatīju, īsumā:")
    P(d, ("KOKA IZSTRĀDĀJUMU RAŽOŠANAS TEHNIĶIS", "b"))
    P(d, "Trešā redakcija beidzot izskatās pēc tehniķa programmas: ir žāvēšanas modulis, ražošanas plānošana, "
         "kvalitātes vadība ar mērījumiem. Programmu atbalstu un to var virzīt saskaņošanai. Eksāmens "
         "saskaņots ar programmu, vērtēšanas skalas aprakstītas – arī eksāmena saturs atbalstāms un "
         "virzāms saskaņošanai.")
    P(d, ("DATORIZĒTO KOKAPSTRĀDES IEKĀRTU OPERATORS", "b"))
    P(d, "Programmā vēl jāsakārto darba drošības rezultāti (4. modulī joprojām kopija no 3. moduļa) – kad "
         "izlabos, var sūtīt saskaņošanai, pārējais ir kārtībā, tātad atbalstāma ar precizējumu. Ar eksāmenu "
         "gan ir problēma: jaunajā versijā kāds izņēmis programmas sagatavošanu no praktiskā uzdevuma, "
         "kandidāts tikai palaiž gatavu programmu. Tas ir operatora, ne 4. līmeņa speciālista darbs. "
         "Eksāmena saturu šādā veidā neatbalstu.")
    P(d, "Edgars")
    P(d, "", after=0)
    P(d, "trešd., 2026. g. 20. maijs, plkst. 14:30 Baiba Miezīte <baiba.miezite@gmail.com> rakstīja:",
      fmt="g")
    for t in ["> Labdien, Edgar! Pielikumā koka izstrādājumu ražošanas tehniķa un datorizēto kokapstrādes "
              "iekārtu operatora jaunākās redakcijas.",
              "> Iepriekšējās kārtās KIRT programma netika atbalstīta, CNC operatoram MIP bija pēc precizējumiem.",
              "> Lūdzu atzinumu līdz 27.05. Paldies!"]:
        P(d, t, after=0, fmt="g", indent=10)


build("r15a34_Fw_ atzinumi kokapstrade Klavins.docx", f34, COORD2, D(2026, 5, 28, 8, 50),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Edgars Kļaviņš", "2026-05-27", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Edgars Kļaviņš", "2026-05-27", 4),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Edgars Kļaviņš", "2026-05-27", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Edgars Kļaviņš", "2026-05-27", 4)],
      note="Outlook (Latvian headers) forward wrapping a Gmail message (Latvian Gmail date line, quoted request "
           "with history: 'netika atbalstīta', 'pēc precizējumiem'). ALL-CAPS section names inside the mail; "
           "'DATORIZĒTO' spelling variant. Date = expert's message (27 May), not the forward (28 May). "
           "'atbalstāma ar precizējumu' = needs_corrections; 'šādā veidā neatbalstu' = not_supported. "
           "Expert signs 'Edgars'; full name from 'No:' line.", font="Calibri", size=11)


# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "code"])
    w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("# r15a – blind set: free-prose Latvian expert reviews (letters, memos, pasted e-mails)\n\n")
    fh.write("Built by `build.py` (python-docx 1.2). Gold labels: `expected.csv`, `expected_problems.csv`.\n")
    fh.write("Rows follow the brief: one per (file, qualification, document) the review gives or was supposed "
             "to give a verdict on; documents explicitly not covered get no row; non-reviews get no rows and "
             "one `no_verdict` problem row.\n\n")
    fh.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        fh.write("| `%s` | %s |\n" % (n, note.replace("|", "/")))
print(len(NOTES), "files,", len(ROWS), "gold rows,", len(PROBS), "problem rows")
