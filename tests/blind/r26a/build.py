# -*- coding: utf-8 -*-
"""Build blind set r26a: free-prose Latvian expert reviews (.docx) + gold labels."""
import csv, os, datetime
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, README = [], [], []
FILES = []


def new(author, created):
    d = Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    y, m, dd = created
    d.core_properties.created = datetime.datetime(y, m, dd, 9, 30)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return d


def P(d, parts="", bold=False, italic=False, align=None, size=None, strike=False):
    """parts: str or list of (text, dict(b=,i=,s=,u=))"""
    p = d.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, {})]
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("b", bold) or None
        r.italic = f.get("i", italic) or None
        if f.get("s", strike):
            r.font.strike = True
        if f.get("u"):
            r.underline = True
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def B(d, t, **k):
    return P(d, t, bold=True, **k)


def run_el(text, rpr_extra=None, deleted=False):
    r = OxmlElement("w:r")
    if rpr_extra is not None:
        r.append(rpr_extra)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(d, segs, author="", date="2026-03-18T10:00:00Z"):
    """segs: list of (kind, text) kind in {'', 'ins', 'del'}"""
    p = d.add_paragraph()
    i = 1
    for kind, text in segs:
        if kind == "":
            p._p.append(run_el(text))
        else:
            w = OxmlElement("w:" + kind)
            w.set(qn("w:id"), str(100 + i))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(run_el(text, deleted=(kind == "del")))
            p._p.append(w)
            i += 1
    return p


def header(d, text, footer=False):
    sec = d.sections[0]
    hf = sec.footer if footer else sec.header
    lines = text.split("\n")
    hf.paragraphs[0].text = lines[0]
    for l in lines[1:]:
        hf.add_paragraph(l)


def table(d, rows, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = c
            if i == 0 and bold_first:
                for rr in t.cell(i, j).paragraphs[0].runs:
                    rr.bold = True
    return t


def build(name, doc, rows=(), problems=(), note=""):
    assert name.startswith("r26a")
    path = os.path.join(OUT, name)
    doc.save(path)
    FILES.append(name)
    for r in rows:
        q, docu, verdict, expert, date, lki = r
        assert docu in ("MIP", "PKE")
        assert verdict in ("supported", "needs_corrections", "not_supported", "unknown")
        ROWS.append([name, q, docu, verdict, expert, date, str(lki) if lki else ""])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        PROBS.append([name, c])
    README.append((name, note))


# ---------------------------------------------------------------- 01
d = new("Ilze Ozola", (2026, 3, 12))
P(d, "SIA „Kurzemes mēbeles”", bold=True, align="c")
P(d, "Ražošanas attīstības nodaļa", align="c")
P(d, "")
P(d, "Latvijas Darba devēju konfederācijai")
P(d, "projekta koordinatorei")
P(d, "")
B(d, "Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un kvalifikācijas eksāmena satura ekspertīzi")
P(d, "Esmu iepazinusies ar darba grupas iesniegto mēbeļu galdnieka (LKI 4. līmenis) modulārās izglītības programmas projektu un profesionālās kvalifikācijas eksāmena saturu. Vērtējumu sniedzu kā kokrūpniecības nozares eksperte, balstoties uz savu pieredzi mēbeļu ražošanā un jauno darbinieku apmācībā uzņēmumā.", align="j")
P(d, "Par programmu. Kopumā programma ir labi strukturēta, moduļi loģiski seko viens otram, un ir redzams, ka darba grupa ņēmusi vērā nozares kvalifikāciju struktūrā ietvertās jaunās prasmes. Tomēr vairākās vietās nepieciešami precizējumi. Modulī „Korpusa mēbeļu izgatavošana” nav minēta darbība ar CNC apstrādes centru, lai gan mūsu uzņēmumā un lielākajā daļā nozares uzņēmumu tas jau ir ikdiena. Modulī „Virsmu apdare” jāpapildina darba drošības prasības, strādājot ar ūdens bāzes lakām un krāsošanas kamerām. Moduļu apjoms kredītpunktos atsevišķiem moduļiem neatbilst to saturam – „Mēbeļu montāža” ir pārāk īss.", align="j")
P(d, "Par eksāmenu. Eksāmena praktiskais uzdevums (skapīša ar atvilktni izgatavošana) ir atbilstošs kvalifikācijas līmenim, vērtēšanas kritēriji ir saprotami un izmērāmi. Teorētiskās daļas jautājumi aptver visas galvenās kompetences. Piezīmju man nav.", align="j")
B(d, "Slēdziens")
P(d, "MIP saturs ir atbalstāms; pēc iepriekš minēto precizējumu veikšanas virzāms saskaņošanai.")
P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
P(d, "")
P(d, "Ar cieņu,")
P(d, "Ilze Ozola")
P(d, "ražošanas tehnoloģe, kokrūpniecības nozares eksperte")
P(d, "Liepājā, 2026. gada 12. martā")
build("r26a01_Atzinums_Mebelu galdnieks_Ozola.docx", d,
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Ilze Ozola", "2026-03-12", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Ilze Ozola", "2026-03-12", 4)],
      note="Formal letter with company letterhead; remarks per document under 'Par programmu'/'Par eksāmenu'; Slēdziens with canonical wording. Place+date line at end.")

# ---------------------------------------------------------------- 02
d = new("Liene Auziņa", (2026, 2, 18))
P(d, [("From: ", {"b": 1}), ("Jānis Bērziņš <janis.berzins@elektrotikls.lv>", {})])
P(d, [("Sent: ", {"b": 1}), ("Tuesday, February 17, 2026 4:52 PM", {})])
P(d, [("To: ", {"b": 1}), ("Liene Auziņa <liene.auzina@lddk.lv>", {})])
P(d, [("Subject: ", {"b": 1}), ("RE: Elektromontieris - MIP ekspertīze", {})])
P(d, "")
P(d, "Labdien, Liene!")
P(d, "Izskatīju elektromontiera programmu (MIP), ko atsūtīji pagājušajā nedēļā. Moduļi atbilst tam, ko mēs uzņēmumā sagaidām no jauna montiera, arī darba drošības daļa beidzot ir kārtīgi izstrādāta. Programmu atbalstu, manā skatījumā to var virzīt saskaņošanai tādu, kāda tā ir.")
P(d, "Eksāmena materiālus neesmu saņēmis, tāpēc par PKE neko neteikšu – ja tie būs gatavi, atsūti, paskatīšos.")
P(d, "Jānis")
P(d, "")
P(d, [("From: ", {"b": 1}), ("Liene Auziņa <liene.auzina@lddk.lv>", {})])
P(d, [("Sent: ", {"b": 1}), ("Tuesday, February 10, 2026 10:15 AM", {})])
P(d, [("To: ", {"b": 1}), ("Jānis Bērziņš <janis.berzins@elektrotikls.lv>", {})])
P(d, [("Subject: ", {"b": 1}), ("Elektromontieris - MIP ekspertīze", {})])
P(d, "Labdien, Jāni! Pielikumā elektromontiera (LKI 3) MIP projekts. Lūgums līdz 20. februārim sniegt vērtējumu – vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Paldies! Liene")
build("r26a02_RE Elektromontieris - MIP ekspertize.docx", d,
      rows=[("elektromontieris", "MIP", "supported", "Jānis Bērziņš", "2026-02-17", 3)],
      note="Outlook e-mail pasted into Word, English headers, quoted coordinator request listing all three options (not a verdict). Expert signs with first name only; full name taken from From header. PKE explicitly not received -> no row. Author metadata = coordinator.")

# ---------------------------------------------------------------- 03
d = new("Mārtiņš Kalniņš", (2026, 3, 5))
B(d, "Ekspertu atzinums par trīs kokapstrādes kvalifikāciju MIP un PKE saturu", align="c")
P(d, "Eksperts: Mārtiņš Kalniņš, AS „Latvijas Finieris” ražotnes vadītāja vietnieks")
P(d, "Datums: 05.03.2026.")
P(d, "")
P(d, "Darba grupa man nodeva izvērtēšanai trīs savstarpēji saistītu kvalifikāciju dokumentus. Tā kā daļa moduļu (darba drošība, materiālmācība, rasējumu lasīšana) visās trijās programmās ir kopīgi, piezīmes par tiem sniedzu vienreiz, bet slēdzienu – katrai kvalifikācijai atsevišķi.", align="j")
P(d, "Kopīgie moduļi ir sagatavoti rūpīgi. Ieteiktu tikai materiālmācībā vairāk vērības pievērst plātņu materiāliem, taču tas ir ieteikums, nevis prasība.", align="j")
B(d, "1. Kokapstrādes iekārtu operators (LKI 3)")
P(d, "Programma ir praktiski orientēta, mācību rezultāti formulēti skaidri. Eksāmena uzdevums – detaļu sagatavošana uz ēvelmašīnas un formātzāģa – atbilst līmenim. Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai bez papildu labojumiem.", align="j")
B(d, "2. Datorizētu kokapstrādes iekārtu operators (LKI 4)")
P(d, "MIP modulī „CNC iekārtu programmēšana” trūkst darba ar CAM programmatūru, un nav paredzēta instrumentu nomaiņa un kalibrēšana. Programma ir atbalstāma, bet pirms saskaņošanas šīs lietas jāieliek. Eksāmena saturs savukārt šobrīd nav atbalstāms: praktiskajā uzdevumā eksaminējamais tikai palaiž jau gatavu programmu, kas nepārbauda 4. līmeņa kompetences. Eksāmens jāpārstrādā un jāiesniedz atkārtoti.", align="j")
B(d, "3. Koka izstrādājumu ražošanas tehniķis (LKI 4)")
P(d, "Programmā labi ietverta ražošanas plānošana un kvalitātes kontrole. Iesaku papildināt moduli par ražošanas izmaksu aprēķinu ar piemēru no reāla uzņēmuma, bet tas nav obligāti. MIP atbalstu un iesaku virzīt saskaņošanai. PKE saturs arī ir atbalstāms, tomēr teorētiskās daļas jautājumos 7., 12. un 19. ir faktu kļūdas, kas jāizlabo, pirms eksāmenu virza saskaņošanai.", align="j")
P(d, "")
P(d, "M. Kalniņš")
build("r26a03_Kalnins_kokapstrade 3 kvalifikacijas.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Mārtiņš Kalniņš", "2026-03-05", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Mārtiņš Kalniņš", "2026-03-05", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Mārtiņš Kalniņš", "2026-03-05", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Mārtiņš Kalniņš", "2026-03-05", 4),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Mārtiņš Kalniņš", "2026-03-05", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Mārtiņš Kalniņš", "2026-03-05", 4)],
      note="Three qualifications in numbered sections; 'abi dokumenti ... atbalstāmi un virzāmi' covers both documents of #1; #2 condition in next sentence ('pirms saskaņošanas jāieliek') -> needs_corrections; #3 optional suggestion vs. required fix ('jāizlabo, pirms ... virza') -> PKE needs_corrections. Full name from header line, signature is initial+surname.")

# ---------------------------------------------------------------- 04
d = new("", (2026, 3, 9))
P(d, "Motorzaga operators - PKE")
P(d, "")
P(d, "Eksamena saturu paskatijos. Prakt. uzdevums ok (koka gazsana, atzarosana, sagarumosana), bet jasalabo dr. tehnikas prasibas - aizsarglidzekli uzskaititi nepilnigi (nav dzirdes aizsardzibas), ka ari vertesanas lapa punktu summa nesakrit ar max punktiem (98 nevis 100).")
P(d, "Teorijas jautajumi normali.")
P(d, "Kopuma PKE atbalstams, pec precizejumu veiksanas virzams saskanosanai.")
P(d, "")
P(d, "A. Liepa, 09.03.2026")
build("r26a04_motorzagu operators PKE liepa.docx", d,
      rows=[("motorzāģa operators", "PKE", "needs_corrections", "A. Liepa", "2026-03-09", 3)],
      note="Very short, hasty, no diacritics; only PKE reviewed; qualification in title only; initial+surname. File name uses colloquial 'motorzagu'. Empty author metadata.")

# ---------------------------------------------------------------- 05
d = new("Edgars Vītols", (2026, 3, 20))
P(d, "Dr.sc.ing. Edgars Vītols", bold=True)
P(d, "RTU Mašīnzinātnes, transporta un aeronautikas fakultātes asociētais profesors")
P(d, "Mašīnbūves un metālapstrādes nozares eksperts")
P(d, "")
B(d, "ATZINUMS", align="c")
P(d, "par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena satura projektu", align="c")
P(d, "")
P(d, "Ekspertīzes mērķis bija izvērtēt, vai darba grupas izstrādātais saturs atbilst profesijas standartam un nozares kvalifikāciju struktūrā noteiktajām prasībām un vai tas ir atbalstāms un virzāms saskaņošanai. Izvērtēšanā izmantoju profesijas standartu, nozares kvalifikāciju struktūru (2025. gada redakcija) un darba devēju aptaujas rezultātus, kas apkopoti nozares ekspertu padomē.", align="j")
B(d, "Modulārā izglītības programma")
P(d, "Programmas struktūra kopumā ir pārdomāta. Īpaši vēlos uzteikt moduļus „Pneimatiskās un hidrauliskās sistēmas” un „Programmējamie loģiskie kontrolieri”, kuros mācību rezultāti ir formulēti konkrēti un novērtējami. Tomēr jāatzīmē arī vairākas nepilnības.", align="j")
P(d, "Modulis „Robotizētas šūnas apkalpošana” tā pašreizējā redakcijā nav atbalstāms – tajā gandrīz pilnībā trūkst robotu drošības prasību (ISO 10218) un sadarbīgo robotu (cobot) tēmas, kas nozarē ir viena no straujāk augošajām jomām. Modulis jāpārstrādā, iekļaujot šīs tēmas.", align="j")
P(d, "Modulī „Mehatronisko sistēmu diagnostika” jāpapildina prasmes darbam ar stāvokļa uzraudzības (condition monitoring) sistēmām. Nav minēta arī attālināta diagnostika, kas jau šodien ir standarta prakse.", align="j")
P(d, "Mācību prakses uzņēmumā apjoms (480 stundas) ir pietiekams, taču ieteicams precīzāk aprakstīt, kuri mācību rezultāti sasniedzami tieši darba vidē.", align="j")
B(d, "Profesionālās kvalifikācijas eksāmens")
P(d, "Eksāmena saturs diemžēl neatbilst programmai. Praktiskajā daļā tiek pārbaudīta tikai elektropneimatiskās shēmas montāža, kas atbilst drīzāk 3. līmenim; PLC programmēšana un diagnostika, kas ir kvalifikācijas kodols, eksāmenā nav ietverta vispār. Vērtēšanas kritēriji ir formulēti vispārīgi („veic kvalitatīvi”, „ievēro prasības”) un nav izmērāmi. Teorētiskajā daļā 40 jautājumi no 60 attiecas uz vispārīgo elektrotehniku.", align="j")
B(d, "Kopvērtējums")
P(d, "Ņemot vērā iepriekš minēto, modulārās izglītības programmas saturs kopumā ir atbalstāms, un pēc norādīto precizējumu veikšanas (t.sk. moduļa „Robotizētas šūnas apkalpošana” pārstrādes) to var virzīt saskaņošanai. Profesionālās kvalifikācijas eksāmena saturs nav atbalstāms – tas jāizstrādā no jauna, saskaņojot ar programmu, un jāiesniedz atkārtotai ekspertīzei.", align="j")
P(d, "")
P(d, "Rīgā, 2026. gada 20. martā")
P(d, "E. Vītols")
build("r26a05_Mehatronika_MIP_PKE_atzinums_Vitols_galigais.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Edgars Vītols", "2026-03-20", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "not_supported", "Edgars Vītols", "2026-03-20", 4)],
      note="Long academic review (letterhead with Dr.sc.ing. title above title). Purpose sentence mentions 'atbalstāms un virzāms' (not a verdict). Body says one module 'nav atbalstāms' but Kopvērtējums outranks: MIP atbalstāms, after corrections -> needs_corrections. PKE clearly rejected.")

# ---------------------------------------------------------------- 06
d = new("Inese Krūmiņa", (2026, 4, 14))
P(d, "Inese Krūmiņa", bold=True)
P(d, "AS „Latvijas valsts meži”, mežizstrādes apmācību speciāliste")
P(d, "")
B(d, "Atkārtots vērtējums: meža mašīnu operatora modulārā izglītības programma")
P(d, "Šī ir otrā reize, kad vērtēju šo programmu. Pirmajā kārtā (2026. gada februārī) programma netika atbalstīta, jo tajā nebija ietverta harvestera un forvardera tehniskā apkope un nebija nodalīti 3. līmeņa un tālākizglītības moduļi.", align="j")
P(d, "Darba grupa ir izpildījusi visus iepriekšējā atzinumā minētos ieteikumus: pievienots modulis „Meža mašīnu ikdienas tehniskā apkope”, pārskatīta simulatoru izmantošana, precizēts prakses apjoms. Vēlreiz pārbaudīju arī darba drošības un vides aizsardzības tēmas – tās tagad ir pietiekamas.", align="j")
P(d, "Līdz ar to programma tagad ir atbalstāma un virzāma saskaņošanai.", align="j")
P(d, "Eksāmena saturu šajā kārtā nevērtēju – to dara kolēģis Kaspars Jansons.", align="j")
P(d, "")
P(d, "14.04.2026.")
build("r26a06_Meza masinu operators MIP atkartoti Krumina.docx", d,
      rows=[("meža mašīnu operators", "MIP", "supported", "Inese Krūmiņa", "2026-04-14", 3)],
      note="Second round; history 'netika atbalstīta' must not count; current verdict supported. PKE explicitly evaluated by someone else -> no PKE row. Name at top only, date alone at end.")

# ---------------------------------------------------------------- 07
d = new("Raimonds Dzenis", (2026, 4, 3))
B(d, "Metinātājs (LKI 3. līmenis) – MIP un PKE saturs. Eksperta vērtējums")
P(d, "Sagatavoja: Raimonds Dzenis, SIA „Metālmeistars” metināšanas darbu vadītājs, IWS")
P(d, "")
P(d, "Vispirms – ir prieks, ka beidzot tiek izstrādāta mūsdienīga metinātāju programma. Nozares uzņēmumi ilgi gaidījuši, ka skolas sāks gatavot metinātājus, kas pārzina vairākus procesus, un uzņēmumi noteikti atbalsta arī ideju par sertifikācijai pietuvinātu eksāmenu.", align="j")
P(d, "Programmā (MIP) pietrūkst: MAG metināšanas ar pulverstiepli, metināšanas procedūru specifikāciju (WPS) lasīšanas, kā arī vizuālās kontroles saskaņā ar LVS EN ISO 5817. Tāpat modulī par griešanu nav plazmas griešanas. Šīs lietas jāieliek, un tad programmu varēs virzīt saskaņošanai – pašu saturu es atbalstu.", align="j")
P(d, "Eksāmena saturs (PKE) ir labs, paraugi un kontroles metodes atbilst standartam. Šeit man labojumu nav, atbalstu un iesaku virzīt saskaņošanai.", align="j")
P(d, "")
P(d, "R. Dzenis")
P(d, "2026. gada 3. aprīlis")
build("r26a07_Metinatajs_MIP PKE_Dzenis.docx", d,
      rows=[("metinātājs", "MIP", "needs_corrections", "Raimonds Dzenis", "2026-04-03", 3),
            ("metinātājs", "PKE", "supported", "Raimonds Dzenis", "2026-04-03", 3)],
      problems=["unknown_qualification"],
      note="Qualification 'Metinātājs' is not in the register -> unknown_qualification; LKI 3 from the text. 'uzņēmumi ... atbalsta ideju' is a 3rd-person verb, not a verdict. MIP: corrections first, then forward -> needs_corrections.")

# ---------------------------------------------------------------- 08
d = new("Kristaps Ozoliņš", (2026, 3, 24))
P(d, "Kristaps Ozoliņš <k.ozolins.energo@gmail.com>", bold=True)
P(d, "otrd., 2026. g. 24. marts 21:07")
P(d, "Kam: Liene Auziņa <liene.auzina@lddk.lv>")
P(d, "Tēma: Re: Elektrotehniķis MIP/PKE - vērtējums")
P(d, "")
P(d, "Sveika!")
P(d, "Sorry, ka tik vēlu. Te mans vērtējums par elektrotehniķi.")
P(d, "MIP – ar programmu viss kārtībā, iebildumu nav, var virzīt saskaņošanai. Varbūt vienīgi atjaunīgās enerģijas moduli vajadzētu nedaudz paplašināt ar saules paneļu pieslēgšanu tīklam, bet tas tā, pēc izvēles.")
P(d, "PKE – šādā veidā eksāmena saturs nav atbalstāms. Praktiskais uzdevums ir gandrīz identisks elektromontiera eksāmenam, nav nekā no projektēšanas, aprēķiniem, dokumentācijas sagatavošanas. 4. līmeņa tehniķim tas par maz. Jāpārtaisa.")
P(d, "Ja vajag, varu atbraukt uz darba grupas sanāksmi.")
P(d, "Kristaps")
P(d, "")
P(d, "otrd., 2026. g. 10. marts, plkst. 09:12, lietotājs Liene Auziņa <liene.auzina@lddk.lv> rakstīja:")
P(d, "> Labdien, Kristap!")
P(d, "> Pielikumā elektrotehniķa (LKI 4) MIP un PKE projekti. Lūdzu atzinumā norādīt, vai saturs ir")
P(d, "> atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem, vai nav atbalstāms.")
P(d, "> Ar cieņu, Liene Auziņa, LDDK projekta koordinatore")
build("r26a08_Re Elektrotehnikis MIP PKE - vertejums (Gmail).docx", d,
      rows=[("elektrotehniķis", "MIP", "supported", "Kristaps Ozoliņš", "2026-03-24", 4),
            ("elektrotehniķis", "PKE", "not_supported", "Kristaps Ozoliņš", "2026-03-24", 4)],
      note="Gmail reply pasted into Word, Latvian headers, quoted request listing all options (not a verdict). 'iebildumu nav, var virzīt' -> supported; optional suggestion 'pēc izvēles' does not make it conditional. Name from sender line.")

# ---------------------------------------------------------------- 09
d = new("Laura Siliņa", (2026, 5, 6))
header(d, "SIA „Klimata Serviss” | Brīvības gatve 214, Rīga | www.klimataserviss.lv")
P(d, "Laura Siliņa", bold=True)
P(d, "Servisa daļas vadītāja, sertificēta aukstuma iekārtu tehniķe")
P(d, "")
B(d, "Vērtējums par VGK kvalifikāciju izglītības programmām un eksāmeniem", align="c")
P(d, "Saskaņā ar LDDK uzdevumu esmu izvērtējusi ventilācijas un gaisa kondicionēšanas jomas divu kvalifikāciju dokumentus. Abu kvalifikāciju darba grupa ir viena, tādēļ daļa piezīmju atkārtojas.", align="j")
B(d, "VGK sistēmu tehniķis (4. LKI)")
P(d, "Programmā nav pietiekami atspoguļota darbība ar F-gāzēm un attiecīgā sertifikācija, kas ir obligāta prasība darbam nozarē. Tāpat jāpapildina ēku automatizācijas (BMS) tēma. Programma kopumā ir atbalstāma, bet virzīt saskaņošanai to var tikai pēc šo precizējumu veikšanas.", align="j")
P(d, "Eksāmenā jāprecizē praktiskā uzdevuma laika normatīvs (pašlaik 2 stundas – nereāli) un jāpievieno sistēmas ieregulēšanas protokola aizpildīšana. Arī PKE atbalstāms ar šiem precizējumiem.", align="j")
B(d, "VGK iekārtu remontatslēdznieks (3. LKI)")
P(d, "Programma pārdomāta, atbilst līmenim. Nelielas redakcionālas kļūdas moduļu nosaukumos (dažviet „gaisa kondicionieru”, dažviet „kondicionēšanas iekārtu”) ieteiktu saskaņot, bet tas neko nemaina – MIP atbalstu un iesaku virzīt saskaņošanai.", align="j")
P(d, "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
P(d, "")
P(d, "Ar cieņu")
P(d, "L. Siliņa")
P(d, "06.05.2026")
build("r26a09_VGK_atzinums_Silina.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Laura Siliņa", "2026-05-06", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Laura Siliņa", "2026-05-06", 4),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Laura Siliņa", "2026-05-06", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Laura Siliņa", "2026-05-06", 3)],
      note="Qualifications only by VGK aliases; company in page header; 'atbalstāma, bet virzīt ... tikai pēc šo precizējumu veikšanas' -> needs_corrections; 'atbalstāms ar šiem precizējumiem' -> needs_corrections. Remontatslēdznieks MIP: optional cosmetic fixes said to change nothing + 'atbalstu un iesaku virzīt' -> supported (judgement call, documented).")

# ---------------------------------------------------------------- 10
d = new("Gints Pētersons", (2026, 4, 2))
P(d, "Būvizstrādājumu galdnieks – programmas projekts (MIP)", bold=True)
P(d, "Piezīmes pēc pirmās iepazīšanās", italic=True)
P(d, "")
P(d, "1. Modulī „Logu un durvju izgatavošana” jāiekļauj energoefektīvu logu (trīskāršā stikla pakete, siltā mala) konstrukcijas.")
P(d, "2. Modulī „Kāpņu izgatavošana” nav minēti būvnormatīvi (LBN), kuriem jāatbilst kāpnēm.")
P(d, "3. Nav skaidrs, kā tiks nodrošināta prakse uzņēmumos ar CNC iekārtām – šādu uzņēmumu reģionā ir maz.")
P(d, "4. Vairākiem moduļiem nav norādīti vērtēšanas kritēriji.")
P(d, "5. Literatūras sarakstā lielākā daļa avotu ir vecāki par 15 gadiem.")
P(d, "")
P(d, "Kopumā darba grupa ir paveikusi lielu darbu, taču vairāki jautājumi man vēl nav skaidri. Gala vērtējumu par programmu sniegšu pēc tikšanās ar darba grupu, kas plānota aprīļa beigās.", align="j")
P(d, "")
P(d, "Gints Pētersons")
P(d, "2026-04-02")
build("r26a10_buvizstradajumu galdnieks MIP piezimes_Petersons.docx", d,
      rows=[("būvizstrādājumu galdnieks", "MIP", "unknown", "Gints Pētersons", "2026-04-02", 4)],
      problems=["no_verdict"],
      note="Covers MIP with a numbered list of remarks but explicitly postpones the verdict -> unknown + no_verdict. PKE not mentioned -> no row.")

# ---------------------------------------------------------------- 11
d = new("Oskars Lācis", (2026, 5, 14))
B(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", align="c")
P(d, "MIP un PKE satura ekspertīze", align="c")
P(d, "")
P(d, "Eksperts: Oskars Lācis")
P(d, "Datums: 2026. gada 14. maijs")
P(d, "")
P(d, "Programmas saturs atbilst profesijas standartam, moduļu secība ir loģiska. Praktisko mācību apjoms pietiekams. Modulī „Dzesēšanas iekārtu remonts” aprakstītās darbības ar aukstumaģentiem ir pārāk vispārīgas – nav skaidrs, vai izglītojamie strādās ar reālām iekārtām vai tikai ar simulatoriem.", align="j")
P(d, "Eksāmena praktiskais uzdevums ir reāls un labi izvērtējams; teorētiskā daļa sabalansēta.", align="j")
B(d, "Slēdziens")
P(d, "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
P(d, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
P(d, "")
B(d, "Kopvērtējums")
P(d, "Modulārās izglītības programmas saturs nav atbalstāms, kamēr nav pārstrādāts modulis „Dzesēšanas iekārtu remonts”. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
P(d, "")
P(d, "O. Lācis")
build("r26a11_VGK remontatslēdznieks_Lācis (2).docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "unknown", "Oskars Lācis", "2026-05-14", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Oskars Lācis", "2026-05-14", 3)],
      problems=["conflict"],
      note="Two closing sections of equal weight (Slēdziens and Kopvērtējums, apparently a leftover from editing) contradict for MIP (supported vs not supported) -> unknown + conflict. PKE consistent in both -> supported. File name '(2)' copy.")

# ---------------------------------------------------------------- 12  (not a review)
d = new("Liene Auziņa", (2026, 4, 9))
B(d, "SANĀKSMES PROTOKOLS Nr. 4/2026", align="c")
P(d, "Nozaru ekspertu darba grupas sanāksme (attālināti, MS Teams)", align="c")
P(d, "Rīgā, 2026. gada 8. aprīlī")
P(d, "")
P(d, "Piedalās: Liene Auziņa (LDDK, koordinatore), Mārtiņš Kalniņš, Inese Krūmiņa, Kristaps Ozoliņš, Laura Siliņa, Edgars Vītols (nozaru eksperti), Baiba Rudzīte (VISC).")
P(d, "Protokolē: Liene Auziņa")
P(d, "")
B(d, "Darba kārtība")
P(d, "1. Projekta 4. posma rezultāti un ekspertīžu statuss.")
P(d, "2. 5. posma plāns (2026. gada aprīlis – jūlijs).")
P(d, "3. Dažādi.")
P(d, "")
B(d, "1. Ekspertīžu statuss")
P(d, "L. Auziņa informē, ka līdz 31. martam pabeigta MIP un PKE ekspertīze trim kvalifikācijām; pārējām ekspertīze uzsākta. Mehatronisko sistēmu tehniķa PKE eksperts nav atbalstījis, darba grupa gatavo jaunu redakciju. Elektrotehniķa PKE jāpārstrādā.", align="j")
P(d, "E. Vītols norāda, ka darba grupām nepieciešams metodiskais atbalsts eksāmenu vērtēšanas kritēriju izstrādē. B. Rudzīte informē, ka VISC šādu atbalstu var sniegt maijā, organizējot semināru.", align="j")
B(d, "2. 5. posma plāns")
P(d, "Vienojas, ka atlikušo 9 kvalifikāciju MIP un PKE ekspertīzes tiek pabeigtas līdz 2026. gada 15. jūlijam. Eksperti atzinumus sūta koordinatorei, atzinuma noslēgumā skaidri norādot, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.", align="j")
B(d, "3. Dažādi")
P(d, "K. Ozoliņš ierosina nākamo sanāksmi rīkot klātienē. Priekšlikumu atbalsta visi klātesošie.", align="j")
P(d, "")
P(d, "Sanāksmi slēdz plkst. 11:40.")
P(d, "Protokolēja L. Auziņa")
build("r26a12_Protokols_2026-04-08_ekspertu sanaksme.docx", d,
      problems=["no_verdict"],
      note="NOT a review: meeting minutes. Restates earlier outcomes ('nav atbalstījis', 'jāpārstrādā'), 'metodiskais atbalsts', lists all options, 'Priekšlikumu atbalsta visi'. No rows; one no_verdict row for the file.")

# ---------------------------------------------------------------- 13
d = new("Dace Zariņa", (2026, 3, 16))
B(d, "Mežsaimniecības tehniķis (LKI 4)")
P(d, "Eksperta atzinums par MIP un PKE saturu")
P(d, "Dace Zariņa, Latvijas Lauksaimniecības universitātes Meža fakultātes lektore, Mg.silv.")
P(d, "")
P(d, "Programma ir plaša un aptver gan meža inventarizāciju, gan mežsaimniecisko darbu plānošanu, gan digitālos rīkus (ĢIS, Meža valsts reģistrs). Tomēr, pārlasot to otrreiz, konstatēju, ka modulī „Meža atjaunošana” nav iekļautas klimata pārmaiņu pielāgošanās prasības un augsnes sagatavošanas metodes, kā arī modulī „Meža ceļu plānošana” nav hidroloģisko aspektu. Šie papildinājumi ir nepieciešami.", align="j")
tracked(d, [("", "Secinu, ka MIP saturs ir atbalstāms"),
            ("del", " un virzāms saskaņošanai."),
            ("ins", "; pēc precizējumu veikšanas virzāms saskaņošanai.")],
        author="Dace Zariņa", date="2026-03-18T08:41:00Z")
P(d, "Eksāmena saturs atbilst programmai un līmenim, vērtēšanas kritēriji ir precīzi. PKE saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
P(d, "")
P(d, "2026. gada 18. martā")
build("r26a13_Mezsaimniecibas tehnikis_Zarina_labots.docx", d,
      rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Dace Zariņa", "2026-03-18", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Dace Zariņa", "2026-03-18", 4)],
      note="Tracked change in the MIP verdict sentence: deleted ' un virzāms saskaņošanai.', inserted '; pēc precizējumu veikšanas virzāms saskaņošanai.' -> current text needs_corrections. Date at end (18 March), file created 16 March. Academic degree after name.")

# ---------------------------------------------------------------- 14
d = new("Vilnis Kļaviņš", (2026, 4, 27))
P(d, "Mēbeļu galdnieka eksāmens (PKE) – izskatīts. Uzdevums labs, kritēriji skaidri. Atbalstu bez precizējumiem, var sūtīt saskaņot.")
P(d, "V. Kļaviņš   27.04.2026")
build("r26a14_PKE mebelu galdn..docx", d,
      rows=[("mēbeļu galdnieks", "PKE", "supported", "V. Kļaviņš", "2026-04-27", 4)],
      note="Two-line note. 'bez precizējumiem' = without corrections -> supported. Expert only as initial+surname (metadata has full name, but label follows the text).")

# ---------------------------------------------------------------- 15
d = new("Liene Auziņa", (2026, 5, 20))
P(d, "Aivars Grīnbergs", bold=True)
P(d, "AS „Sadales tīkls”, Mācību centra vadītājs")
P(d, "")
P(d, "Liene, sveiki!", italic=True)
P(d, "Kā norunājām, sūtu savu redzējumu par abām enerģētikas kvalifikācijām, ko Rēzeknes tehnikuma darba grupa iesniedza maijā – elektromontieri un elektrotehniķi. Sāku ar elektromontieri, jo tas vienkāršāk.", align="j")
P(d, "Elektromontiera programmā viss būtiskais ir: spriegumaktīvais darbs netiek mācīts (un pareizi, tas nav 3. līmeņa uzdevums), bet zemsprieguma tīklu montāža, kabeļu savienojumi, uzskaites mezgli ir aprakstīti labi. Programma ir atbalstāma, un es to ieteiktu virzīt saskaņošanai. Ar eksāmenu ir līdzīgi – uzdevums par sadalnes montāžu un pārbaudi ir tieši tas, ko montierim jāprot. Arī eksāmenu atbalstu bez iebildumiem.", align="j")
P(d, "Ar elektrotehniķi ir sarežģītāk. Programmā trūkst releju aizsardzības pamatu un darba ar SCADA sistēmām. Kamēr to nav, programmu virzīt saskaņošanai nevaru ieteikt, bet pats saturs kopumā ir atbalstāms – vajag tikai šos divus moduļus papildināt. Elektrotehniķa eksāmenu arī atbalstu. Tomēr pirms tā virzīšanas saskaņošanai jāpapildina praktiskā uzdevuma vērtēšanas kritēriji ar mērījumu protokola novērtējumu.", align="j")
P(d, "Ja ir jautājumi, zvani.", align="j")
P(d, "Aivars")
P(d, "19.05.2026.")
build("r26a15_Grinbergs_elektromontieris+elektrotehnikis.docx", d,
      rows=[("elektromontieris", "MIP", "supported", "Aivars Grīnbergs", "2026-05-19", 3),
            ("elektromontieris", "PKE", "supported", "Aivars Grīnbergs", "2026-05-19", 3),
            ("elektrotehniķis", "MIP", "needs_corrections", "Aivars Grīnbergs", "2026-05-19", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Aivars Grīnbergs", "2026-05-19", 4)],
      note="Informal letter, qualifications inside running text (genitive forms), documents named indirectly ('programma', 'eksāmens'). Elektrotehniķis MIP: supported content but not forwardable until two modules added -> needs_corrections. PKE: 'atbalstu' + condition in the NEXT sentence -> needs_corrections. Author metadata = coordinator.")

# ---------------------------------------------------------------- 16 (not a review)
d = new("LDDK Komunikācija", (2026, 1, 22))
B(d, "Aicinām nozaru ekspertus iesaistīties profesionālās izglītības satura ekspertīzē", size=16)
P(d, "22.01.2026.", italic=True)
P(d, "Latvijas Darba devēju konfederācija (LDDK) arī 2026. gadā turpina darbu Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma īstenošanā. Projekta ietvaros nozaru eksperti vērtē profesionālās izglītības iestāžu darba grupu izstrādātās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.", align="j")
P(d, "Aicinām pieteikties enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus, kuri ir gatavi sniegt atzinumu, vai izstrādātais saturs ir atbalstāms un virzāms saskaņošanai. Īpaši meklējam ekspertus kvalifikācijām „Meža mašīnu operators”, „Elektrotehniķis” un „Mehatronisko sistēmu tehniķis”.", align="j")
P(d, "„Mūsu uzņēmums šo iniciatīvu atbalsta, jo tikai tā skolas sagatavos tādus speciālistus, kādi mums patiešām vajadzīgi,” uzsver viens no pērnā gada ekspertiem, Mārtiņš Kalniņš.", align="j")
P(d, "Ekspertiem tiek nodrošināts metodiskais atbalsts un atlīdzība. Pieteikumus lūdzam sūtīt līdz 6. februārim uz e-pastu projekti@lddk.lv.", align="j")
build("r26a16_LDDK_jaunums_aicinajums ekspertiem.docx", d,
      problems=["no_verdict"],
      note="NOT a review: news item / call for experts. Contains 'specifiskā atbalsta mērķis', 'iniciatīvu atbalsta', 'metodiskais atbalsts', 'atbalstāms un virzāms saskaņošanai' as purpose, qualification names, an expert's name. No rows; one no_verdict row.")

# ---------------------------------------------------------------- 17
d = new("Rūta Bērziņa", (2026, 4, 8))
P(d, "Mg.silv. Rūta Bērziņa", align="r")
P(d, "kokrūpniecības nozares eksperte", align="r")
P(d, "")
B(d, "Atzinums par mežsaimniecības jomas kvalifikāciju MIP un PKE", align="c")
P(d, "Atzinums sagatavots par Ogres tehnikuma un Kandavas tehnikuma kopīgās darba grupas iesniegtajiem dokumentiem. Vērtēju tikai saturu, nevis noformējumu.", align="j")
P(d, "")
B(d, "MOTORZĀĢA OPERATORS")
P(d, "Programma ir kompakta, kā jau 3. līmenim pienākas, un atbilst nozares vajadzībām. To atbalstu un uzskatu, ka to var virzīt saskaņošanai. Eksāmena saturā jāprecizē praktiskā uzdevuma drošības prasības (bīstamās zonas iezīmēšana) – pēc tam eksāmenu var virzīt saskaņošanai; saturiski tas ir atbalstāms.", align="j")
B(d, "MEŽA MAŠĪNU OPERATORS")
P(d, "Programmā pilnībā trūkst moduļa par darbu ar meža mašīnu informācijas sistēmām (StanForD, ražības dati), kas šobrīd ir pamata prasība jebkuram harvestera operatoram. Bez tā programma nav atbalstāma. Eksāmens balstīts uz šo pašu nepilnīgo programmu, tādēļ arī PKE saturu neatbalstu – abi dokumenti jāpārstrādā kopā.", align="j")
B(d, "MEŽSAIMNIECĪBAS TEHNIĶIS")
P(d, "Programma un eksāmens ir izstrādāti ļoti rūpīgi. Neatbalstīt nav neviena iemesla: abi dokumenti ir atbalstāmi un virzāmi saskaņošanai.", align="j")
P(d, "")
P(d, "Jelgavā, 2026. gada 8. aprīlī")
P(d, "Rūta Bērziņa")
build("r26a17_Berzina_mezs_kval_MIP_PKE.docx", d,
      rows=[("motorzāģa operators", "MIP", "supported", "Rūta Bērziņa", "2026-04-08", 3),
            ("motorzāģa operators", "PKE", "needs_corrections", "Rūta Bērziņa", "2026-04-08", 3),
            ("meža mašīnu operators", "MIP", "not_supported", "Rūta Bērziņa", "2026-04-08", 3),
            ("meža mašīnu operators", "PKE", "not_supported", "Rūta Bērziņa", "2026-04-08", 3),
            ("mežsaimniecības tehniķis", "MIP", "supported", "Rūta Bērziņa", "2026-04-08", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Rūta Bērziņa", "2026-04-08", 4)],
      note="Three qualifications with ALL-CAPS headings; right-aligned name block with academic title. Motorzāģa PKE: fix first, then forward -> needs_corrections. 'Neatbalstīt nav neviena iemesla' is a double negative -> positive; 'abi dokumenti' covers both.")

# ---------------------------------------------------------------- 18
d = new("Liene Auziņa", (2026, 2, 27))
P(d, [("From: ", {"b": 1}), ("Sandra Kalēja <sandra.kaleja@baltmech.lv>", {})])
P(d, [("Sent: ", {"b": 1}), ("Thursday, February 26, 2026 11:03 AM", {})])
P(d, [("To: ", {"b": 1}), ("LDDK projekti <projekti@lddk.lv>", {})])
P(d, [("Cc: ", {"b": 1}), ("Liene Auziņa <liene.auzina@lddk.lv>", {})])
P(d, [("Subject: ", {"b": 1}), ("Mehatronika - MIP vērtējums", {})])
P(d, "")
P(d, "Labdien!")
P(d, "Nosūtu vērtējumu par mehatronisko sistēmu tehniķa modulāro programmu. Eksāmena saturu man vērtēt nelūdza, tāpēc par to neizsakos.", align="j")
P(d, "Programmu izlasīju divreiz, un diemžēl šajā redakcijā programmu atbalstīt nevaru. Galvenās problēmas:", align="j")
P(d, "– vairāk nekā trešdaļa moduļu ir pārrakstīti no vecās mehānikas programmas, mehatronika tur ir tikai nosaukumā;")
P(d, "– nav neviena moduļa par industriālajiem tīkliem (Profinet, EtherCAT) un sensoriku;")
P(d, "– mācību rezultāti formulēti kā tēmas („Pneimatika”, „Elektronika”), nevis kā prasmes, tāpēc tos nav iespējams novērtēt.")
P(d, "Iesaku darba grupai programmu pārstrādāt pēc būtības un iesniegt atkārtotai ekspertīzei. Labprāt palīdzēšu ar konsultāciju.", align="j")
P(d, "")
P(d, "Ar cieņu")
P(d, "Sandra Kalēja")
P(d, "Inženiertehniskā dienesta vadītāja | SIA Baltmech")
P(d, "+371 2xx xx xxx")
build("r26a18_FW Mehatronika - MIP vertejums_Kaleja.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Sandra Kalēja", "2026-02-26", 4)],
      note="Outlook e-mail, English headers with Cc; only MIP (PKE explicitly not requested -> no row). First-person negative modal 'atbalstīt nevaru' -> not_supported. Name+role+company closing.")

# ---------------------------------------------------------------- 19
d = new("Juris Ābele", (2026, 5, 27))
B(d, "KOKA IZSTRĀDĀJUMU RAŽOŠANAS TEHNIĶIS, 4. LKI līmenis")
P(d, "Eksperta piezīmes un vērtējums")
P(d, "")
P(d, "Vispārīgi. Dokumenti sagatavoti kvalitatīvi, ir redzams, ka darba grupā piedalījušies arī uzņēmumu pārstāvji. Pozitīvi vērtēju, ka programmā iekļauta ražošanas digitalizācija un resursu efektivitāte.", align="j")
P(d, "Programma. Pret MIP saturu man nav iebildumu, to var virzīt saskaņošanai. Nelielas stila kļūdas darba grupa var izlabot pēc saviem ieskatiem.", align="j")
P(d, "Eksāmens. PKE atbalstāms ar precizējumiem: (1) jānorāda, kāda iekārta tiks izmantota praktiskajā uzdevumā, (2) vērtēšanas lapā jāpievieno kritērijs par ražošanas dokumentācijas aizpildīšanu, (3) teorijas testā jāsamazina jautājumu skaits par meža nozari, kas nav šīs kvalifikācijas kodols.", align="j")
P(d, "")
P(d, "Juris Ābele, SIA „Kokpārstrāde 98” tehniskais direktors")
P(d, "Valmiera, 27.05.2026.")
build("r26a19_Koka izstradajumu razosanas tehnikis_Abele.docx", d,
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "Juris Ābele", "2026-05-27", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Juris Ābele", "2026-05-27", 4)],
      note="All-caps title with LKI level; labelled paragraphs. 'nav iebildumu, var virzīt' is positive -> supported (style fixes left to group's discretion). 'atbalstāms ar precizējumiem' + list -> needs_corrections.")

# ---------------------------------------------------------------- 20
d = new("Egils Rozenbergs", (2026, 6, 3))
P(d, "Rīgā, 03.06.2026.")
P(d, "")
P(d, "Ventilācijas un gaisa kondicionēšanas jomas programmu vērtējums", bold=True)
P(d, "")
P(d, "Šajā kārtā izvērtēju tikai modulārās izglītības programmas; eksāmenu saturs darba grupā vēl tiek izstrādāts un man nav iesniegts. Vērtējumu sniedzu par trim programmām.", align="j")
P(d, "a) VGK iekārtu remontatslēdznieks", bold=True)
P(d, "Programma atbilst profesijas standartam, moduļu apjoms samērīgs. Atbalstāma un virzāma saskaņošanai.", align="j")
P(d, "b) VGK sistēmu tehniķis", bold=True)
P(d, "Programma ir atbalstāma, tomēr jāprecizē moduļa „Sistēmu ieregulēšana un nodošana ekspluatācijā” mācību rezultāti un jāpievieno energoefektivitātes novērtējums. Saskaņošanai virzāma pēc šiem precizējumiem.", align="j")
P(d, "c) Siltumsūkņu montētājs (LKI 3. līmenis)", bold=True)
P(d, "Saprotu, ka šī ir jauna kvalifikācija, un nozare to ļoti gaida. Tomēr programma šobrīd ir vairāk apraksts nekā programma: nav moduļu ar mācību rezultātiem, nav vērtēšanas. Šādā veidā programma nav atbalstāma.", align="j")
P(d, "")
P(d, "Egils Rozenbergs")
P(d, "Latvijas Siltuma, gāzes un ūdens tehnoloģijas inženieru savienības biedrs, nozares eksperts")
build("r26a20_VGK programmas_Rozenbergs_06.2026.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Egils Rozenbergs", "2026-06-03", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Egils Rozenbergs", "2026-06-03", 4),
            ("siltumsūkņu montētājs", "MIP", "not_supported", "Egils Rozenbergs", "2026-06-03", 3)],
      problems=["unknown_qualification"],
      note="Lettered sections a)/b)/c), MIP only (PKE explicitly not submitted -> no PKE rows). Place+date at top. 'Siltumsūkņu montētājs' not in register -> unknown_qualification, LKI 3 from text. Verdicts as elliptic nominal phrases without subject.")

# ---------------------------------------------------------------- 21 (not a review)
d = new("Liene Auziņa", (2026, 1, 15))
B(d, "Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai", align="c")
P(d, "(2026. gada redakcija)", align="c")
P(d, "")
P(d, "1. Eksperts izvērtē profesionālās izglītības iestādes darba grupas izstrādāto modulārās izglītības programmas (MIP) un/vai profesionālās kvalifikācijas eksāmena (PKE) saturu atbilstoši profesijas standartam un nozares kvalifikāciju struktūrai.", align="j")
P(d, "2. Atzinumu sagatavo brīvā formā, norādot kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un datumu.", align="j")
P(d, "3. Atzinuma noslēgumā par katru dokumentu norāda vienu no šiem vērtējumiem:", align="j")
P(d, "   • saturs ir atbalstāms un virzāms saskaņošanai;")
P(d, "   • saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;")
P(d, "   • saturs nav atbalstāms.")
P(d, "4. Ja saturs nav atbalstāms, eksperts norāda galvenos iemeslus; darba grupa dokumentu pārstrādā un iesniedz atkārtotai ekspertīzei.", align="j")
P(d, "5. Ja ekspertam nepieciešams metodiskais atbalsts, lūdzam sazināties ar projekta koordinatori.", align="j")
P(d, "6. Atzinumu nosūta koordinatorei elektroniski .docx formātā 10 darba dienu laikā no dokumentu saņemšanas.", align="j")
P(d, "")
P(d, "Piemērs: „Profesionālās kvalifikācijas „Elektromontieris” MIP saturs ir atbalstāms un virzāms saskaņošanai.”", italic=True)
build("r26a21_Noradijumi ekspertiem_2026.docx", d,
      problems=["no_verdict"],
      note="NOT a review: instructions for experts listing all three options and an example verdict sentence naming a real qualification. No rows; one no_verdict row.")

# ---------------------------------------------------------------- 22
d = new("Arturs Veidis", (2026, 4, 20))
P(d, "From: Arturs Veidis <arturs@veidis-cnc.lv>")
P(d, "Sent: Monday, April 20, 2026 9:14 AM")
P(d, "To: Liene Auzina")
P(d, "Subject: datorizeto iekartu operators")
P(d, "")
P(d, "Sveiki,")
P(d, "ka solits - par datorizetu kokapstrades iekartu operatoru.")
P(d, "MIP - neatbalstu. jaunajiem moduliem (5-axis, nesting) nav ne macibu rezultatu ne vertesanas, tikai nosaukumi. CAM vispar nav. lai parstrada.")
P(d, "PKE - ok, var virzit saskanosanai. uzdevums reals, kriteriji skaidri.")
P(d, "")
P(d, "A.V.")
P(d, "Sent from my iPhone")
build("r26a22_datorizeto iekartu operators_Veidis.docx", d,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "Arturs Veidis", "2026-04-20", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Arturs Veidis", "2026-04-20", 4)],
      note="Hasty phone e-mail without diacritics; name only in From header (signature 'A.V.'), expert written as in From ('Arturs', no diacritic). 'ok, var virzit saskanosanai' -> supported. LKI from register.")

# ---------------------------------------------------------------- 23
d = new("Ieva Skujiņa", (2026, 5, 11))
header(d, "Ieva Skujiņa\nSIA „Koka Logi” – kvalitātes vadītāja, kokrūpniecības nozares eksperte")
header(d, "Ekspertīze pabeigta 2026-05-12 | lpp. 1", footer=True)
B(d, "Būvizstrādājumu galdnieka MIP un PKE – ekspertīzes rezultāti", align="c")
P(d, "")
P(d, "Programmas un eksāmena projektus saņēmu 28. aprīlī. Uzreiz jāsaka, ka šī redakcija ir ievērojami labāka par marta variantu, kuru kolēģis G. Pētersons bija vērtējis kā nepabeigtu.", align="j")
P(d, "Logu un durvju modulis tagad ietver energoefektīvas konstrukcijas, kāpņu modulī ir atsauces uz būvnormatīviem. Manā skatījumā modulis „Koka fasāžu elementi” varētu būt neatbalstāms kā obligātais modulis, jo ne visās skolās tam ir bāze – iesaku padarīt to par izvēles moduli. Tas gan ir tikai ieteikums.", align="j")
P(d, "Eksāmena praktiskais uzdevums (loga rāmja izgatavošana) ir piemērots, bet vērtēšanas lapā nav kritērija par savienojumu precizitāti (pielaides). Tas jāpievieno.", align="j")
B(d, "Rezumējot:")
P(d, "• MIP saturs ir atbalstāms un virzāms saskaņošanai;")
P(d, "• PKE saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.")
build("r26a23_RE_buvizstradajumu galdnieks_Skujina galigais.docx", d,
      rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Ieva Skujiņa", "2026-05-12", 4),
            ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Ieva Skujiņa", "2026-05-12", 4)],
      note="Expert name and role only in the page header, date only in the footer. Body mentions another expert's earlier judgement (history) and a module that 'varētu būt neatbalstāms' as an optional suggestion; Rezumējot bullets are the verdicts.")

# ---------------------------------------------------------------- 24
d = new("Normunds Kārkliņš", (2026, 5, 8))
P(d, "Normunds Kārkliņš", bold=True)
P(d, "Enerģētikas nozares eksperts")
P(d, "")
B(d, "Par elektromontiera un elektrotehniķa eksāmenu satura atkārtotu izvērtēšanu")
P(d, "2026. gada martā sniedzu atzinumu, ka abu kvalifikāciju eksāmenu saturs nav atbalstāms: elektromontiera eksāmenā nebija mērījumu uzdevuma, bet elektrotehniķa eksāmens dublēja montiera eksāmenu. Darba grupa saturu pārstrādāja un 30. aprīlī iesniedza jaunu redakciju.", align="j")
P(d, "Elektromontieris. Eksāmenā iekļauts izolācijas pretestības un zemējuma mērījums ar protokola aizpildīšanu. Iepriekšējās piezīmes ir ņemtas vērā pilnībā. Atkārtoti izvērtējot, secinu, ka PKE saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
P(d, "Elektrotehniķis. Jaunajā redakcijā praktiskais uzdevums ietver elektroapgādes shēmas projektēšanu un aizsardzības aparātu izvēles aprēķinu – tieši to, kas tehniķim jāprot. Eksāmena saturu atbalstu, un to var virzīt saskaņošanai.", align="j")
P(d, "Programmas (MIP) šajā kārtā netika iesniegtas un netika vērtētas.", align="j")
P(d, "")
P(d, "2026. gada 8. maijā")
build("r26a24_PKE atkartota ekspertize_Karklins_05-2026.docx", d,
      rows=[("elektromontieris", "PKE", "supported", "Normunds Kārkliņš", "2026-05-08", 3),
            ("elektrotehniķis", "PKE", "supported", "Normunds Kārkliņš", "2026-05-08", 4)],
      note="Re-review of two PKE; first paragraph recalls earlier 'nav atbalstāms' (history, must not count). Current verdicts supported for both. MIP explicitly not submitted -> no MIP rows. Sections labelled by qualification name inline.")

# ---------------------------------------------------------------- 25
d = new("Anita Vilka", (2026, 3, 30))
P(d, "Dr.paed. Anita Vilka")
P(d, "Profesionālās izglītības kompetences centra „Kandavas tehnikums” bijusī direktora vietniece mācību darbā; nozares eksperte")
P(d, "")
B(d, "EKSPERTA VIEDOKLIS")
P(d, "Profesionālā kvalifikācija: mežsaimniecības tehniķis")
P(d, "Dokuments: modulārās izglītības programma")
P(d, "")
P(d, "Programmu vērtēju gan no satura, gan no pedagoģiskā viedokļa. Mācību rezultāti ir formulēti atbilstoši taksonomijai, moduļu savstarpējā pēctecība ir nodrošināta, un darba vidē balstītu mācību iespējas ir aprakstītas reālistiski.", align="j")
P(d, "Daži ieteikumi darba grupai: moduļa „Meža ekonomika” nosaukumu varētu mainīt uz „Mežsaimniecības ekonomika”; pašvadītas mācīšanās īpatsvars varētu būt lielāks. Ieteikumi ir rekomendējoši un neietekmē atzinumu.", align="j")
P(d, "Noslēgumā: programma ir atbalstāma un virzāma saskaņošanai.", align="j")
P(d, "Attiecībā uz PKE – atzinumu par eksāmena saturu sniegs cits nozares eksperts.", align="j")
P(d, "")
P(d, "30.03.2026.")
build("r26a25_mezsaimniecibas tehnikis MIP_Vilka.docx", d,
      rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Anita Vilka", "2026-03-30", 4)],
      note="Academic title before name (label without title). Labelled header lines inside prose memo. Optional suggestions explicitly 'neietekmē atzinumu' -> supported. PKE reviewed by someone else -> no row. LKI from register.")

# ---------------------------------------------------------------- 26
d = new("Valdis Strods", (2026, 4, 22))
B(d, "Memo")
P(d, "Kam: LDDK, projekta koordinatorei")
P(d, "No: Valdis Strods, SIA „Mehatronika LV” valdes loceklis")
P(d, "Datums: 22.04.2026.")
P(d, "Par: mehatronisko sistēmu tehniķa MIP un PKE jaunā redakcija")
P(d, "")
P(d, "Pēc februāra ekspertīzes programma tika papildināta ar industriālo tīklu un sensorikas moduļiem, mācību rezultāti pārrakstīti kā prasmes. Programmu tagad atbalstu, un tā var tikt virzīta saskaņošanai.", align="j")
P(d, "Eksāmena saturu varu atbalstīt ar nosacījumu, ka praktiskajā uzdevumā tiks iekļauta kļūmes meklēšana PLC vadītā iekārtā un ka vērtēšanas kritērijiem tiks pievienota punktu skala. Tikai pēc tam eksāmenu var virzīt saskaņošanai.", align="j")
P(d, "")
P(d, "V. Strods")
build("r26a26_Memo_mehatronika_Strods.docx", d,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Valdis Strods", "2026-04-22", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Valdis Strods", "2026-04-22", 4)],
      note="Memo header block (Kam/No/Datums/Par). History of February round. MIP supported now; PKE 'atbalstīt ar nosacījumu, ka...' + 'Tikai pēc tam ... virzīt' -> needs_corrections.")

# ---------------------------------------------------------------- 27 (not a review)
d = new("Liene Auziņa", (2026, 4, 1))
B(d, "MIP un PKE ekspertīžu sadalījums – projekta 5. posms", align="c")
P(d, "Sagatavots 01.04.2026. Lūdzu ekspertus pārbaudīt savus termiņus.")
table(d, [["Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Statuss"],
          ["Mēbeļu galdnieks", "4", "PKE", "V. Kļaviņš", "30.04.2026", "procesā"],
          ["Būvizstrādājumu galdnieks", "4", "MIP, PKE", "I. Skujiņa", "15.05.2026", "atkārtoti (iepr. nav vērtējuma)"],
          ["Meža mašīnu operators", "3", "PKE", "K. Jansons", "30.04.2026", "procesā"],
          ["Elektrotehniķis", "4", "MIP, PKE", "A. Grīnbergs", "20.05.2026", "PKE iepr. nav atbalstīts"],
          ["VGK sistēmu tehniķis", "4", "MIP, PKE", "L. Siliņa", "08.05.2026", "procesā"],
          ["Mehatronisko sistēmu tehniķis", "4", "MIP, PKE", "V. Strods", "24.04.2026", "atkārtoti"],
          ["Siltumsūkņu montētājs", "3", "MIP", "E. Rozenbergs", "05.06.2026", "jauna kvalifikācija"]])
P(d, "")
P(d, "Atgādinājums: atzinumā skaidri jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.")
build("r26a27_Ekspertu sadalijums 5.posms.docx", d,
      problems=["no_verdict"],
      note="NOT a review: coordinator's assignment table (qualification, expert, deadline, status incl. 'iepr. nav atbalstīts'). No rows; one no_verdict row.")

# ---------------------------------------------------------------- 28
d = new("Liene Auziņa", (2026, 6, 12))
B(d, "Elektrotehniķis (LKI 4) – MIP un PKE ekspertīze, 2. kārta")
P(d, "12.06.2026")
P(d, "")
P(d, "Darba grupa ir papildinājusi programmu ar releju aizsardzības pamatiem, un SCADA tēma tagad ir iekļauta modulī „Energosistēmu vadība”. Tomēr moduļa apjoms (2 kredītpunkti) tam ir nepietiekams, un prakses plānā SCADA nav minēta. Programma ir atbalstāma, bet pirms tās virzīšanas saskaņošanai jāpalielina moduļa apjoms un jāpapildina prakses plāns.", align="j")
P(d, "Eksāmena vērtēšanas kritēriji ir papildināti ar mērījumu protokola novērtējumu, kā iepriekš tika lūgts. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
build("r26a28_Elektrotehnikis 2.karta.docx", d,
      rows=[("elektrotehniķis", "MIP", "needs_corrections", "", "2026-06-12", 4),
            ("elektrotehniķis", "PKE", "supported", "", "2026-06-12", 4)],
      note="Unsigned review: no expert name anywhere in the text (metadata author is the coordinator, which must not be taken as the expert) -> expert empty. MIP 'atbalstāma, bet pirms ... virzīšanas ... jā...' -> needs_corrections.")

# ---------------------------------------------------------------- 29
d = new("Elīna Vanaga", (2026, 2, 5))
P(d, "Labdien!")
P(d, "")
P(d, "Esmu izskatījusi kokapstrādes iekārtu operatora (3. LKI) programmu un eksāmenu. Strādāju kokzāģētavā par maiņas meistari jau 12 gadus un varu teikt, ka tas, kas aprakstīts programmā, ir tieši tas, ko mēs sagaidām no jauna operatora: iekārtu sagatavošana darbam, zāģēšana, ēvelēšana, kvalitātes pārbaude, darba drošība. Eksāmens ir praktisks un saprotams.", align="j")
P(d, "Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.", align="j")
P(d, "")
P(d, "Elīna Vanaga")
P(d, "SIA „Vārpas kokzāģētava”, maiņas meistare")
build("r26a29_kokapstrades iekartu operators - E.Vanaga.docx", d,
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Elīna Vanaga", "", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Elīna Vanaga", "", 3)],
      note="Short letter without any date in the text (metadata created date exists but the review states none) -> date empty. 'Abus dokumentus atbalstu' covers MIP and PKE.")

# ---------------------------------------------------------------- 30
d = new("Tālis Upenieks", (2026, 2, 11))
B(d, "Motorzāģa operators: piezīmes par MIP un PKE")
P(d, "Tālis Upenieks, meža darbu uzņēmējs, sertificēts motorzāģa instruktors")
P(d, "2026. gada 11. februārī")
P(d, "")
B(d, "Programma")
P(d, "Programma laba. Ir viss nepieciešamais – motorzāģa apkope, ķēdes asināšana, koku gāšana, bīstamie koki, vētras postījumi. Atbalstu, var virzīt saskaņošanai.", align="j")
B(d, "Eksāmens")
P(d, "Eksāmenā paredzēta koku gāšana dabā, bet nav skaidrs, kur un kā tas notiks ziemā un kurš nodrošinās mežaudzi. Vērtēšanas kritēriji vēl nav pievienoti – darba grupa solīja tos atsūtīt vēlāk. Par eksāmenu atzinumu sniegšu, kad redzēšu kritērijus.", align="j")
build("r26a30_Upenieks_motorzaga operators.docx", d,
      rows=[("motorzāģa operators", "MIP", "supported", "Tālis Upenieks", "2026-02-11", 3),
            ("motorzāģa operators", "PKE", "unknown", "Tālis Upenieks", "2026-02-11", 3)],
      problems=["no_verdict"],
      note="MIP supported. PKE is discussed but the verdict is explicitly deferred until criteria arrive -> unknown + no_verdict.")

# ---------------------------------------------------------------- 31
d = new("Uldis Cīrulis", (2026, 6, 10))
P(d, "Uldis Cīrulis, inženieris, SIA „Vent Projekts”", align="r")
P(d, "10.06.2026.", align="r")
P(d, "")
B(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE (2. redakcija)")
P(d, "Jūnijā saņemtajā redakcijā ņemti vērā gandrīz visi iepriekšējie ieteikumi (F-gāzes, BMS). Vēl joprojām programmā nav minēta ugunsdrošības vārstu pārbaude – lūdzu to ievietot modulī „Sistēmu apkope”. Eksāmenā laika normatīvs tagad reāls, ieregulēšanas protokols pievienots.", align="j")
P(d, "Koordinatores lūgumā atzinumu noformēju pēc veidnes, nevajadzīgo svītrojot.", align="j")
P(d, "")
P(d, [("MIP: ", {"b": 1}), ("saturs ir atbalstāms un virzāms saskaņošanai", {"s": 1}), (" / ", {}),
      ("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", {}), (" / ", {}),
      ("saturs nav atbalstāms", {"s": 1})])
P(d, [("PKE: ", {"b": 1}), ("saturs ir atbalstāms un virzāms saskaņošanai", {}), (" / ", {}),
      ("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", {"s": 1}), (" / ", {}),
      ("saturs nav atbalstāms", {"s": 1})])
P(d, "")
P(d, "U. Cīrulis")
build("r26a31_VGK sistemu tehnikis_2red_Cirulis.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Uldis Cīrulis", "2026-06-10", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Uldis Cīrulis", "2026-06-10", 4)],
      note="Prose review ending with 'nevajadzīgo svītrot' lines: all three options printed per document, non-chosen ones carry strikethrough. MIP keeps the 'pēc precizējumu' option; PKE keeps the plain one.")

# ---------------------------------------------------------------- 32
d = new("Liene Auziņa", (2026, 5, 4))
P(d, "Liene Auziņa <liene.auzina@lddk.lv>")
P(d, "pirmd., 2026. g. 4. maijs 08:55")
P(d, "Kam: Baiba Rudzīte <baiba.rudzite@visc.gov.lv>")
P(d, "Tēma: Fwd: Meža mašīnu operators PKE")
P(d, "")
P(d, "Baiba, pārsūtu Kaspara atzinumu par meža mašīnu operatora eksāmenu. MIP jau nosūtīju iepriekš. Liene")
P(d, "")
P(d, "---------- Forwarded message ---------")
P(d, "No: Kaspars Jansons <kaspars.jansons@mezatehnika.lv>")
P(d, "Date: treš., 2026. g. 29. apr. 17:31")
P(d, "Subject: Meža mašīnu operators PKE")
P(d, "To: Liene Auziņa <liene.auzina@lddk.lv>")
P(d, "")
P(d, "Labdien, Liene!")
P(d, "Izvērtēju meža mašīnu operatora (LKI 3) kvalifikācijas eksāmena saturu. Praktiskā daļa simulatorā ir laba ideja, bet tai jābūt papildinātai ar vismaz īsu uzdevumu uz reālas mašīnas (ikdienas apkopes pārbaude) – citādi nepārbaudām to, ko operators dara katru rītu. Teorijas daļā jāizņem jautājumi par motorzāģi.", align="j")
P(d, "Eksāmena saturu atbalstu. Saskaņošanai to varēs virzīt, kad būs veiktas abas minētās izmaiņas.", align="j")
P(d, "Ar cieņu,")
P(d, "Kaspars Jansons")
P(d, "SIA „Meža tehnika”, apmācību vadītājs")
build("r26a32_Fwd Meza masinu operators PKE.docx", d,
      rows=[("meža mašīnu operators", "PKE", "needs_corrections", "Kaspars Jansons", "2026-04-29", 3)],
      note="Coordinator's Gmail forward (Latvian header) of the expert's e-mail; expert and date taken from the forwarded message, not the forwarder. Condition in the next sentence -> needs_corrections. The forward mentions MIP sent earlier, but MIP is not reviewed here -> no MIP row.")

# ---------------------------------------------------------------- 33
d = new("Ronalds Liepiņš", (2026, 3, 27))
P(d, "Ronalds Liepiņš", bold=True, align="c")
P(d, "SIA „Mežnieku Mēbeles” ražošanas direktors", align="c")
P(d, "")
B(d, "Datorizēto un konvencionālo kokapstrādes iekārtu operatoru programmu un eksāmenu izvērtējums", align="c")
P(d, "")
P(d, "Šajā dokumentā apkopoju vērtējumu par divām kvalifikācijām, ko iesniedza Rīgas Valsts tehnikuma darba grupa: datorizētu kokapstrādes iekārtu operators (4. LKI) un kokapstrādes iekārtu operators (3. LKI). Iesniegtie materiāli: abas modulārās izglītības programmas un abi kvalifikācijas eksāmenu projekti. Izvērtēšanā piesaistīju arī mūsu uzņēmuma CNC nodaļas vadītāju, kura komentāri ir iekļauti tekstā.", align="j")
B(d, "I. Datorizētu kokapstrādes iekārtu operators")
P(d, "1. modulis „Ievads profesijā”. Saturs atbilstošs, iebildumu nav.", align="j")
P(d, "2. modulis „Materiālmācība un koksnes īpašības”. Pietiekami detalizēts, ieteicams pievienot kompozītmateriālus (HPL, akrila virsmas), kas mēbeļu ražošanā kļūst arvien izplatītāki.", align="j")
P(d, "3. modulis „Rasējumi un tehniskā dokumentācija”. Labi, ka iekļauta darbība ar 3D modeļiem. Jāpapildina ar ražošanas dokumentācijas (detaļu saraksti, griezuma kartes) sagatavošanu.", align="j")
P(d, "4. modulis „CNC iekārtu uzbūve un darbības principi”. Atbilstošs. Varētu sīkāk aprakstīt vakuuma galdu un stiprinājumu sistēmas.", align="j")
P(d, "5. modulis „CNC programmēšana un CAM”. Šis ir programmas kodols, un šeit redzu lielākās nepilnības. Nav paredzēta 5 asu apstrāde, nav ligzdošanas (nesting) optimizācijas, nav postprocesoru jēdziena. Mūsu CNC nodaļas vadītājs norāda, ka bez šīm prasmēm jaunais darbinieks spēs tikai palaist gatavas programmas. Modulis jāpapildina.", align="j")
P(d, "6. modulis „Instrumenti un to uzturēšana”. Jāiekļauj instrumentu mērīšana un korekciju ievade vadības sistēmā.", align="j")
P(d, "7. modulis „Ražošanas kvalitātes kontrole”. Atbilstošs.", align="j")
P(d, "8. modulis „Darba drošība un ergonomika”. Atbilstošs; putekļu nosūkšanas un ugunsdrošības prasības aprakstītas labi.", align="j")
P(d, "Prakse. 640 stundas uzņēmumā ir atbilstoši, bet prakses plānā jānorāda, kuri moduļu rezultāti sasniedzami tikai darba vidē (piemēram, darbs ar 5 asu centru, kura skolai nav).", align="j")
P(d, "Eksāmens. Praktiskais uzdevums paredz detaļas programmēšanu CAM vidē un izgatavošanu, ar mērījumu protokolu. Tas ir labs un reālistisks uzdevums, vērtēšanas kritēriji precīzi. Teorētiskā daļa atbilst programmai.", align="j")
B(d, "II. Kokapstrādes iekārtu operators")
P(d, "Programma pēc struktūras atkārto iepriekšējās, tikai vienkāršotā veidā, un tas 3. līmenim ir pareizi. Saturiski piezīmju nav – prakses apjoms, darba drošība, iekārtu apkalpošana ir aprakstītas atbilstoši.", align="j")
P(d, "Eksāmena praktiskajā uzdevumā nav norādīti izmantojamie materiāli un detaļu izmēri, līdz ar to nav iespējams novērtēt izpildes laiku. Vērtēšanas lapā trūkst kritērija par darba vietas sakārtošanu. Abas lietas jāprecizē.", align="j")
B(d, "Secinājumi")
P(d, "Kopumā darba grupa ir paveikusi lielu un vērtīgu darbu. Manā ieskatā:", align="j")
P(d, "— datorizētu kokapstrādes iekārtu operatora programma ir atbalstāma, bet saskaņošanai virzāma pēc 3., 5. un 6. moduļa un prakses plāna precizēšanas; eksāmena saturs ir atbalstāms un virzāms saskaņošanai;")
P(d, "— kokapstrādes iekārtu operatora programma ir atbalstāma un virzāma saskaņošanai; eksāmena saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.")
P(d, "Ieteikumi par 2., 4. moduli ir rekomendējoši.")
P(d, "")
P(d, "Ar cieņu,")
P(d, "R. Liepiņš")
P(d, "Ogrē, 27.03.2026.")
build("r26a33_Liepins_datorizeto+kokapstr_operatori_izvertejums_v2.docx", d,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Ronalds Liepiņš", "2026-03-27", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Ronalds Liepiņš", "2026-03-27", 4),
            ("kokapstrādes iekārtu operators", "MIP", "supported", "Ronalds Liepiņš", "2026-03-27", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Ronalds Liepiņš", "2026-03-27", 3)],
      note="Long (about two pages) module-by-module review of two qualifications with Roman-numbered sections; the Secinājumi dashes carry the verdicts. Full name in the centred letterhead, initial+surname in signature. Remarks 'iebildumu nav' per module are not document verdicts.")

# ---------------------------------------------------------------- 34
d = new("Zane Kronberga", (2026, 6, 17))
P(d, "Zane Kronberga")
P(d, "Latvijas Aukstuma un klimata tehnikas asociācija, valdes locekle")
P(d, "")
P(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka programmas (MIP) jaunā redakcija", bold=True)
P(d, "")
P(d, "Asociācijas biedri kopumā atbalsta darba grupas centienus ieviest programmā vairāk praktisko mācību, un mēs labprāt sniegsim metodisko atbalstu arī turpmāk. Tomēr pēc maija redakcijas pārstrādes programmā pazudis modulis „Dzesēšanas iekārtu remonts” – tas apvienots ar ventilācijas moduli, un rezultātā aukstumaģentu apstrāde, noplūžu meklēšana un uzpildīšana vairs nav aprakstīta vispār. Remontatslēdznieka kvalifikācijai tas ir būtiski.", align="j")
P(d, "Noslēgumā: programmas saturs pašreizējā redakcijā nav atbalstāms; tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.", align="j")
P(d, "")
P(d, "Rīgā, 2026. gada 17. jūnijā")
build("r26a34_RE_ VGK remontatsl MIP jauna redakcija - Kronberga.docx", d,
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "Zane Kronberga", "2026-06-17", 3)],
      note="MIP only. Opening uses 'biedri ... atbalsta' (3rd-person verb) and 'metodisko atbalstu' (noun) before the real verdict in 'Noslēgumā' -> not_supported.")

# ================================================================ outputs
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# Blind set r26a — free-prose expert reviews\n\n")
    f.write("Built by `build.py` (python-docx 1.2). Gold labels: `expected.csv`, `expected_problems.csv`.\n")
    f.write("Files 12, 16, 21, 27 are not reviews.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in README:
        f.write("| %s | %s |\n" % (n, note.replace("|", "/")))
print(len(FILES), "files,", len(ROWS), "rows,", len(PROBS), "problem rows")
