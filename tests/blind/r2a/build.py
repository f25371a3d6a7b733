# -*- coding: utf-8 -*-
"""Build the r2a blind evaluation set: free-prose expert reviews (Latvian .docx) + gold labels.

Run:  /work/hvenv/bin/python build.py
Every file is defined by one function below; its gold labels (ROWS / PROBLEMS) sit right above
the text that the function writes, so a reader can check label against text.

Row tuple: (qualification, document, verdict, expert, date, lki_level)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = []  # (builder function)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def register(fn):
    FILES.append(fn)
    return fn


def new_doc(author, created, last_by=None):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2)
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = ""
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    return doc


def body(doc, text):
    """Tiny markup, one paragraph per line:
    '# '  Heading 1      '## ' Heading 2      '** ' bold paragraph
    '- '  List Bullet    'T|a|b' table row (consecutive rows form one table)
    '%'   runs split at '|' (a word broken into several Word runs)
    blank lines are skipped; '~' alone gives an empty paragraph.
    """
    table_rows = []

    def flush_table():
        if not table_rows:
            return
        ncol = max(len(r) for r in table_rows)
        t = doc.add_table(rows=len(table_rows), cols=ncol)
        t.style = "Table Grid"
        for i, r in enumerate(table_rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = c
        table_rows.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("T|"):
            table_rows.append([c.strip() for c in line[2:].split("|")])
            continue
        flush_table()
        if not line.strip():
            continue
        if line == "~":
            doc.add_paragraph("")
        elif line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            doc.add_heading(line[2:], level=1)
        elif line.startswith("** "):
            p = doc.add_paragraph()
            p.add_run(line[3:]).bold = True
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("%"):
            p = doc.add_paragraph()
            for part in line[1:].split("|"):
                p.add_run(part)
        else:
            doc.add_paragraph(line)
    flush_table()


def tracked_paragraph(doc, parts, author, date_iso):
    """parts: list of (kind, text) with kind in {'t','ins','del'}; raw w:ins / w:del runs."""
    xml = ["<w:p %s>" % W_NS]
    rid = 100
    for kind, txt in parts:
        esc = txt.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if kind == "t":
            xml.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc)
        elif kind == "ins":
            rid += 1
            xml.append('<w:ins w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                       % (rid, author, date_iso, esc))
        elif kind == "del":
            rid += 1
            xml.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                       % (rid, author, date_iso, esc))
    xml.append("</w:p>")
    p = parse_xml("".join(xml))
    doc.element.body.insert(len(doc.element.body) - 1, p)  # before sectPr


def D(y, m, d, h=10):
    return dt.datetime(y, m, d, h, 0, 0)


# =====================================================================================
# 01  Two-page prose, energy engineer. Coordinator is the author property (trap).
#     Programme version date 2026-02-12 in the intro is not the review date.
# =====================================================================================
@register
def f01():
    name = "r2a01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx"
    ROWS = [
        ("elektrotehniķis", "MIP", "needs_corrections", "Raimonds Ozols", "2026-03-06", "4"),
        ("elektrotehniķis", "PKE", "supported", "Raimonds Ozols", "2026-03-06", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilze Bērziņa", D(2026, 3, 9))
    body(doc, """
# Ekspertīzes atzinums
par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu
## Ievads
Atzinums sagatavots pēc LDDK lūguma projekta 4.2.2.9. pasākuma ietvaros. Man tika nosūtīta darba grupas izstrādātā modulārā izglītības programma (versija no 2026. gada 12. februāra) un kvalifikācijas eksāmena satura projekts. Uzdevums bija izvērtēt, vai saturs atbilst profesijas standartam un nozares šodienas vajadzībām un vai to var virzīt saskaņošanai.
Pats strādāju sadales tīklu uzņēmumā vairāk nekā divdesmit gadus, pēdējos astoņus – kā projektu vadītājs apakšstaciju rekonstrukcijās, tāpēc vērtēju galvenokārt no darba devēja skatpunkta: ko jaunais tehniķis pēc skolas spēs darīt objektā savā pirmajā darba nedēļā.
## Modulārā izglītības programma
Programmas struktūra kopumā ir loģiska. A moduļi (elektrotehnikas pamati, drošs darbs elektroietaisēs, tehniskā dokumentācija) sakārtoti pareizā secībā, un redzams, ka darba grupa ņēmusi vērā 2025. gadā pilnveidoto kvalifikācijas struktūru. Arī digitālo prasmju daļa (shēmu zīmēšana CAD vidē, mērījumu datu apstrāde) ir ielikta tur, kur tai jābūt.
Tomēr ir vairākas lietas, kas obligāti jāizlabo:
- modulī „Elektroietaišu montāža un apkope” nav ietverti darbi ar atjaunīgās enerģijas iekārtām (saules paneļu invertori, akumulatoru uzkrājēji). Tā šobrīd ir ikdiena, nevis eksotika, tāpēc mācību rezultāti jāpapildina;
- drošības prasības balstītas uz noteikumiem, kas vairs nav spēkā; jāaizstāj ar aktuālajiem MK noteikumiem par elektroietaišu ekspluatāciju;
- moduļa „Automatizācijas sistēmas” apjoms (36 stundas) ir par mazu, lai sasniegtu norādītos rezultātus – jāpārskata stundu sadalījums starp B moduļiem;
- vairākos mācību rezultātos lietots vārds „pārzina”, kas nav izmērāms; jāpārformulē ar darbības vārdiem.
Mācību vides aprakstā minēts, ka praktiskās mācības notiks skolas darbnīcās, kas aprīkotas ar ES fondu atbalstu. Tas ir labi, taču vajadzētu paredzēt arī darba vidē balstītu mācību iespēju – mūsu uzņēmums un vēl vismaz divi citi to jau piedāvā.
## Profesionālās kvalifikācijas eksāmena saturs
Eksāmena saturs ir pārdomāts. Teorētiskās daļas jautājumi aptver visus būtiskos tematus, bet praktiskais uzdevums (sadales skapja montāža, pārbaude un nodošana ekspluatācijā ar mērījumu protokolu) ir ļoti tuvs reālai darba situācijai. Vērtēšanas kritēriji ir skaidri, punktu sadalījums saprotams.
Vienīgais, ko ieteiktu (pēc saviem ieskatiem, nav obligāti), – praktiskajā uzdevumā papildus prasīt, lai eksaminējamais mutiski interpretē izolācijas pretestības mērījumu rezultātus.
## Slēdziens
1. Modulārās izglītības programmas saturs ir atbalstāms, bet saskaņošanai to var virzīt tikai tad, kad būs izlabotas iepriekš uzskaitītās četras nepilnības.
2. Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.
~
Rīgā, 2026. gada 6. martā
~
Ar cieņu,
Mg.sc.ing. Raimonds Ozols
AS „Latgales Tīkli”, projektu vadītājs
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 02  Typed without diacritics; only PKE reviewed, MIP "netika iesniegts ekspertizei".
#     Expert name written without diacritics -> label as written. Date 13.03.26.
# =====================================================================================
@register
def f02():
    name = "r2a02_ekspertize PKE meza masinu operators.docx"
    ROWS = [
        ("meža mašīnu operators", "PKE", "not_supported", "Janis Kalnins", "2026-03-13", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 13))
    body(doc, """
** Ekspertize: PKE saturs, kvalifikacija "Meza masinu operators"
Sveiki!
Pievienoju savu vertejumu par meza masinu operatora kvalifikacijas eksamena saturu. MIP man netika iesniegts ekspertizei, tapec par programmu neko nesaku - ja vajag, atsutiet, paskatisos.
Par eksamenu.
Teorijas testa jautajumi lielakoties ir par harvestera un forvardera uzbuvi, bet gandriz nekas nav par darba planosanu cirsma, sortimentu klasifikaciju un datu parsutisanu uz uzskaites sistemu. Tas ir tas, ko meistars jautas pirmaja diena, nevis kads hidrosuknim tips.
Praktiskais uzdevums paredz darbu ar simulatoru 40 minutes. Simulators ir labi, bet eksamenam ar to nepietiek - jabut vismaz dalai ar istu masinu cirsma vai poligona, citadi mes sanemsim cilvekus kas prot spelet speli. Ari vertesanas kriteriji ir uzrakstiti tik visparigi ("veic darbu kvalitativi"), ka divi vertetaji ieliks pilnigi atskirigus punktus.
Darba drosibai atvelets 5% no kopeja punktu skaita, tas ir par maz, ja runa ir par 20 tonnu smagu masinu.
Secinajums: saja redakcija eksamena saturu neatbalstu. Jaizstrada no jauna praktiska dala un vertesanas kriteriji, pec tam jaiesniedz atkartotai ekspertizei.
~
Janis Kalnins
SIA "Ziemelu Mezi", mezizstrades meistars
13.03.26
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 03  Letterhead (name + role as first lines); two qualifications "1. X" / "2. X".
#     "Līdzīgi kā elektromontiera programmā" inside section 2 is NOT a new section.
#     9. februāris = date documents were received (trap); review date 2026-02-20.
# =====================================================================================
@register
def f03():
    name = "r2a03_Liepins_elektromontieris_elektrotehnikis_MIP_PKE.docx"
    ROWS = [
        ("elektromontieris", "MIP", "supported", "Aivars Liepiņš", "2026-02-20", "3"),
        ("elektromontieris", "PKE", "needs_corrections", "Aivars Liepiņš", "2026-02-20", "3"),
        ("elektrotehniķis", "MIP", "not_supported", "Aivars Liepiņš", "2026-02-20", "4"),
        ("elektrotehniķis", "PKE", "supported", "Aivars Liepiņš", "2026-02-20", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Aivars Liepiņš", D(2026, 2, 20))
    body(doc, """
** Aivars Liepiņš
SIA „Voltlīnija”, galvenais inženieris
Tālr. 29 111 222, aivars.liepins@voltlinija.lv
~
LDDK projekta koordinatorei Ilzei Bērziņai
2026-02-20
~
** Par elektromontiera un elektrotehniķa MIP un PKE saturu
Izskatīju abu enerģētikas nozares kvalifikāciju dokumentus, kurus saņēmu 9. februārī. Zemāk manas piezīmes par katru kvalifikāciju atsevišķi.
** 1. Elektromontieris
Programma ir uzrakstīta praktiski, moduļi atbilst tam, ko elektromontieris dara objektā: kabeļu ieguldīšana, sadales skapju montāža, apgaismojuma tīkli, zemējuma ierīkošana. Patīk, ka darba drošība nav nobīdīta atsevišķā modulī, bet iet cauri visiem moduļiem. Labojumi te nav vajadzīgi – programmu atbalstu tādu, kāda tā ir, un to var sūtīt saskaņošanai.
Eksāmena saturam gan ir problēmas. Praktiskajā daļā nav paredzēta mērījumu veikšana pēc montāžas, lai gan tas ir viens no galvenajiem profesijas standarta uzdevumiem. Testā ir vismaz seši jautājumi ar divām pareizām atbildēm. Pirms saskaņošanas šīs kļūdas jāizlabo un praktiskais uzdevums jāpapildina ar mērījumiem; pārējā daļā eksāmena saturs ir atbalstāms.
** 2. Elektrotehniķis
Līdzīgi kā elektromontiera programmā, arī šeit moduļu secība ir laba. Tomēr elektrotehniķim kā 4. līmeņa speciālistam jāprot arī plānot darbus un vadīt nelielu brigādi, bet programmā nav neviena mācību rezultāta par darba organizāciju. Automatizācijas un releju aizsardzības saturs ir virspusējs – no tā, kas rakstīts, nevar saprast, ko audzēknis beigās prot. Modulī „Elektriskās mašīnas” lielākā daļa teksta nokopēta no vecās 2016. gada programmas. Šādā veidā programma nav atbalstāma, tā jāpārstrādā un jāiesniedz vēlreiz.
Eksāmena saturs, pretēji programmai, ir izstrādāts rūpīgi: situāciju uzdevumi ir reālistiski, vērtēšanas lapas detalizētas. Iebildumu man nav, eksāmena saturu var virzīt saskaņošanai.
~
Ar cieņu
Aivars Liepiņš
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 04  Repeat review with history (first version MIP not supported, PKE supported with a
#     condition); current: both supported. Signature "Vārds Uzvārds, nozares eksperte".
# =====================================================================================
@register
def f04():
    name = "r2a04_Atkartota ekspertize_Mebelu galdnieks_Krumina.docx"
    ROWS = [
        ("mēbeļu galdnieks", "MIP", "supported", "Dace Krūmiņa", "2026-04-02", "4"),
        ("mēbeļu galdnieks", "PKE", "supported", "Dace Krūmiņa", "2026-04-02", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 4, 2))
    body(doc, """
# Atkārtotās ekspertīzes atzinums
Profesionālā kvalifikācija: mēbeļu galdnieks
LKI līmenis: 4
Datums: 2026. gada 2. aprīlis
~
Šī ir jau otrā reize, kad skatu šīs kvalifikācijas dokumentus. Pirmajā redakcijā (janvārī) modulārā programma netika atbalstīta, jo tajā gandrīz nebija CNC apstrādes un mūsdienīgu virsmu apdares tehnoloģiju, savukārt eksāmena saturu toreiz atbalstīju ar nosacījumu, ka tiks pārstrādāti vērtēšanas kritēriji.
Tagad esmu salīdzinājusi jauno redakciju ar savām janvāra piezīmēm. Iepriekšējā atzinumā norādītie labojumi ir veikti: pievienots modulis par CNC iekārtu programmēšanu un apkalpošanu, apdares modulī ir gan ūdens bāzes lakas, gan eļļas vaski, sasniedzamie rezultāti aprakstīti saprotami. Eksāmena vērtēšanas kritēriji tagad ir izmērāmi, pievienotas arī vērtēšanas lapas katram praktiskā uzdevuma posmam.
Mūsu uzņēmumā strādā trīs šīs skolas absolventi, un varu teikt – tas, kas tagad ierakstīts programmā, ir tieši tas, ko mēs no jauna galdnieka sagaidām.
## Kopvērtējums
Iebildumu vairs nav. Abi dokumenti – gan programma, gan eksāmena saturs – ir atbalstāmi un virzāmi saskaņošanai.
~
Dace Krūmiņa, nozares eksperte
SIA „Krūmiņu mēbeles” valdes priekšsēdētāja
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 05  Short e-mail; sent date in the header is the review date. MIP supported; PKE "arī ok"
#     but a fix is required before sending ("lai to salabo, tad var sūtīt") -> needs_corrections.
# =====================================================================================
@register
def f05():
    name = "r2a05_RE motorzaga operators MIP un PKE.docx"
    ROWS = [
        ("motorzāģa operators", "MIP", "supported", "Edgars Vītols", "2026-03-10", "3"),
        ("motorzāģa operators", "PKE", "needs_corrections", "Edgars Vītols", "2026-03-10", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilze Bērziņa", D(2026, 3, 10, 11))
    body(doc, """
No: Edgars Vītols <edgars.vitols@mezaprojekti.lv>
Nosūtīts: otrdiena, 2026. gada 10. marts 09:14
Kam: Ilze Bērziņa
Tēma: RE: motorzāģa operators – MIP un PKE
~
Labdien, Ilze!
Izskatīju motorzāģa operatora programmu un eksāmenu. Programmu atbalstu, tur nekas nav jālabo, varat sūtīt tālāk saskaņošanai.
Eksāmens arī ok, tikai vērtēšanas lapā praktiskajam uzdevumam punkti kopā sanāk 95, nevis 100 – lai to salabo, tad var sūtīt arī eksāmenu.
Edgars Vītols
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 06  Negation with words in between ("nekādā gadījumā nevaru ieteikt virzīt");
#     condition in the next sentence for the PKE; "Kopvērtējums"; "Eksperts ____ Name".
# =====================================================================================
@register
def f06():
    name = "r2a06_Vertejums_Koka izstradajumu razosanas tehnikis_Zarins.docx"
    ROWS = [
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Mārtiņš Zariņš", "2026-03-18", "4"),
        ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "Mārtiņš Zariņš", "2026-03-18", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 17))
    body(doc, """
# Nozares eksperta vērtējums
Kvalifikācija: Koka izstrādājumu ražošanas tehniķis (LKI 4)
Vērtētie dokumenti: modulārā izglītības programma; profesionālās kvalifikācijas eksāmena saturs
## Vispārīgi
Vērtējumu sniedzu kā kokapstrādes uzņēmuma ražošanas direktors. Jāsaka uzreiz – darba grupa ir ieguldījusi daudz darba, un par to paldies. Bet…
## Par programmu
Programmā ir 14 moduļi, no kuriem vismaz četri pārklājas (piemēram, „Materiālmācība” un „Koksnes īpašības un izmantošana” būtībā māca vienu un to pašu). Ražošanas plānošana, kas ir tehniķa pamatdarbs, aprakstīta vienā lappusē. Nav nekā par ražošanas datu uzskaiti, kvalitātes kontroli ar mērinstrumentiem, izmaksu aprēķinu. Praktisko mācību apjoms uzņēmumā – tikai 160 stundas četros gados.
Šādā redakcijā programmu nekādā gadījumā nevaru ieteikt virzīt saskaņošanai. Struktūra jāveido no jauna.
## Par eksāmenu
Eksāmena saturs ir daudz tuvāk tam, kas vajadzīgs. Praktiskais uzdevums – izstrādāt tehnoloģisko karti konkrētam izstrādājumam un sagatavot maiņas ražošanas plānu – ir labs. Jāizlabo gan divas lietas: vērtēšanas kritērijos trūkst punktu par darba drošības prasību ievērošanu, un teorijas jautājumos vairākas atbildes neatbilst spēkā esošajam standartam LVS EN 942. Kad tas būs izdarīts, eksāmenu var virzīt saskaņošanai. Pats saturs ir atbalstāms.
## Kopvērtējums
MIP – neatbalstu, nepieciešama pārstrāde un atkārtota ekspertīze.
PKE – atbalstāms, virzāms saskaņošanai pēc abu minēto precizējumu veikšanas.
~
Datums: 18.03.2026.
Eksperts ______________ Mārtiņš Zariņš
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 07  CONFLICT: the conclusion list gives the PKE two contradictory current verdicts
#     (copy-paste left-over). MIP supported. Expert named in "Sagatavoja:" line.
# =====================================================================================
@register
def f07():
    name = "r2a07_Buvizstradajumu galdnieks_MIP_PKE_Strazdina.docx"
    ROWS = [
        ("būvizstrādājumu galdnieks", "MIP", "supported", "Ruta Strazdiņa", "2026-02-16", "4"),
        ("būvizstrādājumu galdnieks", "PKE", "unknown", "Ruta Strazdiņa", "2026-02-16", "4"),
    ]
    PROBLEMS = ["conflict"]
    doc = new_doc("User", D(2026, 2, 16))
    body(doc, """
# Būvizstrādājumu galdnieks – MIP un PKE satura ekspertīze
Sagatavoja: Ruta Strazdiņa, būvgaldniecības darbnīcas vadītāja
2026. gada 16. februāris
## Programma
Programma ir sakārtota un pārskatāma. Logu un durvju izgatavošana, kāpņu izgatavošana, iebūvējamo mēbeļu montāža objektā – viss ir iekšā, turklāt ar pietiekamu stundu skaitu. Ļoti labi, ka iekļauta arī ēku energoefektivitātes tēma (blīvējumi, siltumtilti pie logu montāžas), ko skolas parasti aizmirst. Esmu pārliecināta, ka programmu var laist tālāk bez labojumiem.
## Eksāmens
Praktiskais uzdevums – loga rāmja izgatavošana pēc rasējuma ar kontrolmērījumiem – ir piemērots un reāls. Teorijas daļā gan ir jautājumi, kas vairāk der mēbeļu galdniekam nekā būvizstrādājumu galdniekam (finierēšana, mīksto mēbeļu karkasi).
## Secinājumi
– MIP saturs ir atbalstāms un virzāms saskaņošanai.
– PKE saturs ir atbalstāms un virzāms saskaņošanai.
– PKE saturu pašreizējā redakcijā neatbalstu, jo teorijas jautājumi neatbilst kvalifikācijai.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 08  NO VERDICT: notes on the MIP (alias "VGK sistēmu tehniķis"), final opinion
#     postponed until a meeting. PKE "vēl neesmu saņēmis" -> no row.
# =====================================================================================
@register
def f08():
    name = "r2a08_VGK sistemu tehnikis_piezimes MIP_Berzins.docx"
    ROWS = [
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "unknown", "Kārlis Bērziņš", "2026-03-04", "4"),
    ]
    PROBLEMS = ["no_verdict"]
    doc = new_doc("Kārlis Bērziņš", D(2026, 3, 4))
    body(doc, """
** VGK sistēmu tehniķis – piezīmes par modulāro programmu
Sveiki,
nosūtu pirmās piezīmes par VGK sistēmu tehniķa programmu. Eksāmena saturu vēl neesmu saņēmis, tāpēc šoreiz tikai par programmu.
• Modulī par dzesēšanas iekārtām nav minētas jaunās F-gāzu regulas prasības, kas nozarei šobrīd ir ļoti svarīgas.
• Ēku automātikas vadības sistēmām (BMS) atvēlēts maz stundu, kaut gan tehniķim ar tām jāstrādā katru dienu.
• Siltumsūkņiem veltīts tikai viens mācību rezultāts, lai gan tas tirgū pašlaik ir lielākais segments.
• Labi, ka iekļauta gaisa plūsmu mērīšana un sistēmu regulēšana – to novērtēs jebkurš darba devējs.
Pirms rakstu galīgo vērtējumu, gribētu šīs lietas izrunāt ar darba grupu, jo dažas no manām piezīmēm varbūt ir jau atrisinātas citos moduļos, ko neredzēju. Vai varētu sarunāt tikšanos nākamnedēļ?
~
Kārlis Bērziņš
ventilācijas sistēmu projektētājs
Jelgavā, 2026. gada 4. martā
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 09  Three qualifications, headings "Kvalifikācija — X (LKI n. līmenis)". Section 1: MIP supported,
#     PKE needs a required fix (tolerances) -> needs_corrections.
#     Author property = coordinator (trap); expert signs at the end.
#     "tāpat kā kokapstrādes iekārtu operatora programmā" inside section 2 is a prose mention.
# =====================================================================================
@register
def f09():
    name = "r2a09_Kalejs_kokapstrade_3 kvalifikacijas.docx"
    ROWS = [
        ("kokapstrādes iekārtu operators", "MIP", "supported", "Normunds Kalējs", "2026-02-23", "3"),
        ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Normunds Kalējs", "2026-02-23", "3"),
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Normunds Kalējs", "2026-02-23", "4"),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Normunds Kalējs", "2026-02-23", "4"),
        ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Normunds Kalējs", "2026-02-23", "4"),
        ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Normunds Kalējs", "2026-02-23", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Sanita Lāce", D(2026, 2, 24), last_by="Sanita Lāce")
    body(doc, """
# Kokrūpniecības nozares eksperta atzinums
Atzinumā apkopots mans vērtējums par trim kokapstrādes kvalifikācijām, kuru dokumentus saņēmu februāra sākumā. Katrai kvalifikācijai vērtēju gan modulāro izglītības programmu, gan kvalifikācijas eksāmena saturu. Vērtējot salīdzināju saturu ar profesijas standartiem un ar to, ko paši mācām jaunajiem darbiniekiem mūsu ražotnē.
## Kvalifikācija — Kokapstrādes iekārtu operators (LKI 3. līmenis)
Programma ir vienkārša un skaidra, kā 3. līmenim pienākas. Zāģēšana, ēvelēšana, frēzēšana, urbšana – katrai operācijai savs modulis, plus darba drošība un instrumentu asināšana. Nav nekā lieka. Eksāmenā praktiskais uzdevums (detaļu komplekta izgatavošana pēc rasējuma ar iestatīšanu uz vairākām iekārtām) ir tieši tas, ko operators dara maiņā.
Programmai iebildumu nav, to var virzīt saskaņošanai tādu, kāda tā ir. Eksāmens arī ir atbalstāms, tikai vērtēšanas kritērijos jāieraksta pieļaujamās izmēru novirzes (tagad rakstīts vienkārši „atbilstoši rasējumam”) – pēc šī precizējuma to var virzīt saskaņošanai.
## Kvalifikācija — Datorizētu kokapstrādes iekārtu operators (LKI 4. līmenis)
Programmā, tāpat kā kokapstrādes iekārtu operatora programmā, labi aprakstīti pamata apstrādes procesi. Taču CNC daļa atpaliek no tā, kas notiek ražotnēs: nav minēta CAM programmatūra, instrumentu bibliotēku veidošana, nulles punktu iestatīšana uz 5 asu iekārtām. Šīs tēmas programmā jāieraksta, citādi nebūs skaidrs, ko skola māca. Kad tās būs papildinātas, programmu var virzīt saskaņošanai.
Ar eksāmenu ir sliktāk. Praktiskajā uzdevumā audzēknim jāizgatavo detaļa uz parasta virpas – datorizētas iekārtas eksāmenā vispār nav! Teorijas tests ir gandrīz identisks 3. līmeņa operatora testam. Šāds eksāmens nepārbauda kvalifikāciju, un to atbalstīt nevaru; jāizstrādā no jauna.
## Kvalifikācija — Koka izstrādājumu ražošanas tehniķis (LKI 4. līmenis)
Programmas saturs kopumā atbilst tehniķa darbam, bet moduļos „Ražošanas plānošana” un „Kvalitātes vadība” mācību rezultāti formulēti kā tēmu saraksts, nevis kā tas, ko audzēknis spēj izdarīt. Tie pirms saskaņošanas jāpārraksta. Tāpat jāizlabo stundu kopsumma 2. pielikumā (tā nesakrīt ar moduļu stundu summu).
Eksāmena saturs ir labs, mūsdienīgs, ar reāliem ražošanas gadījumiem. Atbalstu un iesaku virzīt saskaņošanai.
~
Liepājā, 2026. gada 23. februārī
Normunds Kalējs
SIA „Kurzemes Koks” ražošanas vadītājs
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 10  Qualification NOT in the register ("Metinātājs"), level stated (LKI 3).
#     Metalworking teacher. Conclusion "Slēdziens". Optional advice on MIP is not a condition.
# =====================================================================================
@register
def f10():
    name = "r2a10_Atzinums_Metinatajs_MIP_PKE_Puce.docx"
    ROWS = [
        ("metinātājs", "MIP", "supported", "Ilga Pūce", "2026-03-05", "3"),
        ("metinātājs", "PKE", "needs_corrections", "Ilga Pūce", "2026-03-05", "3"),
    ]
    PROBLEMS = ["unknown_qualification"]
    doc = new_doc("Lietotājs", D(2026, 3, 5))
    body(doc, """
# Eksperta atzinums
Kvalifikācija: Metinātājs, LKI 3. līmenis
Nozare: mašīnbūve un metālapstrāde
Datums: 2026. gada 5. marts
~
Metināšanu mācu jau septiņpadsmito gadu, pirms tam strādāju kuģu remonta rūpnīcā, tāpēc uz šiem dokumentiem skatos gan kā skolotāja, gan kā bijusī metinātāja.
Modulārā programma ir sakārtota labi. Ir gan MAG, gan TIG, gan rokas lokmetināšana ar pārklātiem elektrodiem, un katram procesam ir savs modulis ar praktiskiem uzdevumiem dažādās telpiskajās pozīcijās. Patīk, ka ir iekļauta metināto savienojumu vizuālā kontrole un defektu atpazīšana. Varbūt vērts padomāt par nelielu ievadu metināšanas robotu apkalpošanā, bet tas ir tikai mans ieteikums, nevis prasība – programma arī bez tā ir laba.
Eksāmena saturā gan ir kļūdas, kas jāizlabo. Vērtēšanas kritērijos atsauce uz standartu LVS EN ISO 5817 ir, bet nav norādīts kvalitātes līmenis (B, C vai D), pret kuru vērtēs paraugus, – bez tā vērtēšana nav iespējama. Praktiskajā uzdevumā paredzēts metināt tikai horizontālā pozīcijā, lai gan programma māca arī vertikālo un griestu; vismaz viena no tām jāiekļauj eksāmenā.
## Slēdziens
Programma ir atbalstāma un var tikt virzīta saskaņošanai. Eksāmena saturs arī ir atbalstāms, taču saskaņošanai to drīkst virzīt tikai pēc tam, kad būs novērstas abas iepriekš minētās nepilnības.
~
Ilga Pūce
Rīgas Tehniskās koledžas metināšanas meistare, nozares eksperte
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 11  PKL stated ("3. PKL" -> LKI 4). MIP: "var atbalstīt, taču pirms saskaņošanas
#     jāizlabo" (needs_corrections). PKE: optional suggestions only -> supported.
#     No conclusion heading; name alone on the last line.
# =====================================================================================
@register
def f11():
    name = "r2a11_mehatronika_MIP PKE_vertejums_Zvaigzne.docx"
    ROWS = [
        ("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Inga Zvaigzne", "2026-03-12", "4"),
        ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Inga Zvaigzne", "2026-03-12", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Inga Zvaigzne", D(2026, 3, 12))
    body(doc, """
Mehatronisko sistēmu tehniķis (3. PKL) – vērtējums par modulāro programmu un kvalifikācijas eksāmena saturu
12.03.2026
~
Dokumentus skatīju no ražošanas uzņēmuma viedokļa – mūsu rūpnīcā ir vairāk nekā 40 automatizētu līniju, un mehatronikas tehniķi ir tie, kuru mums visvairāk trūkst.
Programmā ir viss galvenais: pneimatika, hidraulika, elektropiedziņas, sensori, PLC programmēšana, robotu apkalpošana. Tomēr programmēšanas moduļos norādīta viena konkrēta ražotāja vide ar versijas numuru, kas pēc pāris gadiem būs novecojusi, – tas jāformulē neitrāli. Tāpat moduļa „Tehniskā apkope un diagnostika” rezultātos nav ne vārda par prevencijas apkopi un iekārtu datu uzraudzību, kas ir mūsdienu rūpnīcas pamats; tas jāpapildina. Programmu var atbalstīt, taču pirms saskaņošanas šie divi punkti ir jāizlabo.
Eksāmens man patika. Praktiskais uzdevums ar kļūmes meklēšanu darbojošā stendā ir ļoti labs veids, kā pārbaudīt tehniķi. Pēc saviem ieskatiem darba grupa varētu vēl pievienot īsu mutisku daļu, kur eksaminējamais paskaidro, kā atrada kļūmi, bet tas nav obligāti. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.
~
Inga Zvaigzne
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 12  NO signature in the text: the author property is the expert's own name (only source).
#     Only the PKE reviewed ("atzinums attiecas tikai uz eksāmena saturu").
#     Condition in the same sentence: "virzāms, kad būs novērstas". Date "13 marts 2026".
# =====================================================================================
@register
def f12():
    name = "r2a12_elektromontieris PKE atzinums.docx"
    ROWS = [
        ("elektromontieris", "PKE", "needs_corrections", "Gunta Ābele", "2026-03-13", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Gunta Ābele", D(2026, 3, 13))
    body(doc, """
** Elektromontieris, LKI 3 – profesionālās kvalifikācijas eksāmena satura ekspertīze
13 marts 2026
~
Atzinums attiecas tikai uz eksāmena saturu; modulāro programmu vērtē cits eksperts.
Teorētiskās daļas testā ir 60 jautājumi, kas kopumā aptver profesijas standartu. Daļā jautājumu gan ir neprecīzi termini („strāvas spriegums”, „zemējuma vads” vietā, kur jābūt aizsargvadam PE) – tos vajag salabot, jo citādi pareizo atbildi nav iespējams izvēlēties.
Praktiskajā daļā paredzēta dzīvokļa elektroinstalācijas montāža uz stenda. Labi. Bet nav skaidrs, kas notiek, ja eksaminējamais izdara kļūdu, kas apdraud drošību (piemēram, pieslēdz stendu bez pārbaudes): vērtēšanas lapā jāparedz, ka šādā gadījumā eksāmens tiek pārtraukts.
Kopumā eksāmena saturs ir atbalstāms; saskaņošanai virzāms, kad būs novērstas abas minētās nepilnības.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 13  Heading in ALL CAPITALS; both documents rejected ("neatbalstu" split across Word runs);
#     "Rezumējot"; weekday date; signed with initial + surname ("V. Krauze").
#     "metodiskais atbalsts" noun in the body.
# =====================================================================================
@register
def f13():
    name = "r2a13_VGK iekartu remontatslednieks_ekspertize_Krauze.docx"
    ROWS = [
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "V. Krauze", "2026-02-27", "3"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", "V. Krauze", "2026-02-27", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 2, 27))
    body(doc, """
** VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS
** MIP UN PKE SATURA EKSPERTĪZE
Piektdiena, 2026. gada 27. februāris
~
Uzreiz jāsaka, ka abos dokumentos ir jūtams, ka darba grupai trūcis cilvēka no nozares. Skolai acīmredzot ir bijis labs metodiskais atbalsts (veidlapas aizpildītas pareizi, terminoloģija saskaņota), bet saturs neatbilst tam, ko remontatslēdznieks dara.
Programmā lielākā daļa stundu atvēlēta ventilācijas sistēmu projektēšanai un aprēķiniem – tas ir tehniķa vai inženiera darbs, nevis 3. līmeņa atslēdznieka. Turpretī iekārtu demontāža, filtru un siksnu maiņa, ventilatoru balansēšana, freona noplūžu meklēšana un drošs darbs ar aukstumaģentiem ir aprakstīti pavisam īsi vai nav vispār. Nav paredzēta arī darba vidē balstīta mācīšanās, lai gan vairāki nozares uzņēmumi to piedāvā.
Eksāmens atspoguļo programmu – tātad arī tajā ir aprēķini un rasējumi, bet nav neviena praktiska remonta uzdevuma. Vērtēšanas kritēriji ir, bet tie ir par „pareizi aizpildītu dokumentāciju”.
** Rezumējot
%Pašreizējā redakcijā ne programmu, ne eksāmena saturu neatbal|stu. Abi dokumenti jāpārstrādā, jāpieaicina praktizējošs speciālists un jāiesniedz atkārtotai ekspertīzei.
~
Ar cieņu, V. Krauze
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 14  Two qualifications with Roman-numeral headings "I. X" / "II. X".
#     "tāpat kā meža mašīnu operatora programmā" inside II is a prose mention only.
# =====================================================================================
@register
def f14():
    name = "r2a14_Dzenis_meza masinu op_motorzaga op_MIP_PKE.docx"
    ROWS = [
        ("meža mašīnu operators", "MIP", "supported", "Ilmārs Dzenis", "2026-01-19", "3"),
        ("meža mašīnu operators", "PKE", "needs_corrections", "Ilmārs Dzenis", "2026-01-19", "3"),
        ("motorzāģa operators", "MIP", "not_supported", "Ilmārs Dzenis", "2026-01-19", "3"),
        ("motorzāģa operators", "PKE", "supported", "Ilmārs Dzenis", "2026-01-19", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilmārs Dzenis", D(2026, 1, 19))
    body(doc, """
Ekspertīze: mežizstrādes kvalifikāciju MIP un PKE saturs
Eksperts: Ilmārs Dzenis, meža inženieris, AS „Silvas Darbi” mežizstrādes iecirkņa vadītājs
Datums: 19.01.2026.
~
Šoreiz man uzticēja divas radniecīgas kvalifikācijas, tāpēc vērtēju tās kopā, bet slēdzienu sniedzu katrai atsevišķi.
** I. Meža mašīnu operators
Modulārajā programmā ir labi izsvērts apjoms starp simulatoru un darbu ar īstu tehniku. Ir ietverta arī cirsmas tehnoloģiskā karte, sortimentu sagatavošana pēc pircēja specifikācijas un vides prasības (augsnes aizsardzība, ūdensteces). Šādu programmu atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.
Eksāmena saturs ir labs, bet teorijas daļā vēl palikuši jautājumi par vecajiem Meža apsaimniekošanas noteikumiem, kas kopš pagājušā gada ir grozīti. Tie jāatjauno; tāpat jānorāda, cik ilgs laiks paredzēts praktiskajam uzdevumam. Pēc šo precizējumu veikšanas eksāmena saturu var virzīt saskaņošanai.
** II. Motorzāģa operators
Tāpat kā meža mašīnu operatora programmā, arī šeit ir iekļautas vides prasības, un tas ir labi. Bet ar to labās ziņas beidzas. Koku gāšanas tehnikām sarežģītos apstākļos (sagāzti, vējgāzes koki, koki pie elektrolīnijām) atvēlētas divas stundas, motorzāģa apkopei un ķēdes asināšanai – vispār nav atsevišķu rezultātu. Pirmās palīdzības apmācība minēta tikai vārdos. Programmu šādā veidā neatbalstu – tā jāpārstrādā.
Eksāmena saturs gan ir kārtīgs: praktiskais uzdevums mežā, skaidri drošības kritēriji ar tūlītēju pārtraukšanu pārkāpuma gadījumā. To var virzīt saskaņošanai, labojumi nav vajadzīgi.
~
I. Dzenis
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 15  "A daļa. X" / "B daļa. X" headings; letterhead; purpose sentence
#     "jāizvērtē, vai saturs ir atbalstāms" (not a verdict); place-and-date line.
# =====================================================================================
@register
def f15():
    name = "r2a15_Grava_mebelu un buvizstradajumu galdnieks.docx"
    ROWS = [
        ("mēbeļu galdnieks", "MIP", "needs_corrections", "Anna Grava", "2026-03-09", "4"),
        ("mēbeļu galdnieks", "PKE", "not_supported", "Anna Grava", "2026-03-09", "4"),
        ("būvizstrādājumu galdnieks", "MIP", "supported", "Anna Grava", "2026-03-09", "4"),
        ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Anna Grava", "2026-03-09", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 9))
    body(doc, """
** Anna Grava
SIA „Grava Interjers”, īpašniece un galvenā tehnoloģe
~
# Atzinums par divu galdniecības kvalifikāciju dokumentiem
LDDK lūdza man kā nozares ekspertei izskatīt mēbeļu galdnieka un būvizstrādājumu galdnieka modulārās programmas un eksāmenu saturu; jāizvērtē, vai saturs ir atbalstāms, atbilst nozares vajadzībām un profesijas standartam. Mans uzņēmums izgatavo mēbeles pēc individuāliem pasūtījumiem un kāpnes, tāpēc abas jomas pazīstu no iekšpuses.
## A daļa. Mēbeļu galdnieks
Programma ir plaša un kopumā laba. Pietrūkst divu lietu, bez kurām es to saskaņošanai nesūtītu: nav moduļa par furnitūras izvēli un montāžu (eņģes, vadotnes, pacelšanas mehānismi), un nav nekā par darbu ar plātņu materiāliem (LKP, MDF, malu līmēšana). Abi temati ir jāpievieno. Pārējā daļā programma ir atbalstāma.
Eksāmens man šķiet nepārdomāts. Praktiskajā uzdevumā jāizgatavo taburete – izstrādājums, ko neviens mēbeļu uzņēmums vairs neražo – un vērtēšana notiek tikai pēc gala rezultāta, neskatoties uz darba procesu un drošību. Šādu eksāmena saturu atbalstīt nevaru; tas jāveido no jauna.
## B daļa. Būvizstrādājumu galdnieks
Šī programma ir viena no labākajām, ko esmu redzējusi: kāpnes, logi, durvis, montāža objektā, mērījumi uz vietas, pat klientu apkalpošana. Atbalstu un iesaku virzīt saskaņošanai, labojumi nav nepieciešami.
Eksāmena saturs arī ir labs, tomēr vērtēšanas lapā punktu summa ir 105, nevis 100, un praktiskā uzdevuma rasējumā trūkst izmēru. Abas kļūdas jāizlabo pirms eksāmena satura nosūtīšanas saskaņošanai.
~
Valmierā, 2026. gada 9. martā
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 16  Only the PKE reviewed (MIP "šoreiz netika iesniegts"). Letterhead with title
#     "Mg.sc.ing." before the name; "Slēdziens: pozitīvs"; author = coordinator (trap).
# =====================================================================================
@register
def f16():
    name = "r2a16_Elektrotehnikis_PKE_Aboltins.docx"
    ROWS = [
        ("elektrotehniķis", "PKE", "supported", "Juris Āboltiņš", "2026-02-25", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilze Bērziņa", D(2026, 2, 26))
    body(doc, """
Mg.sc.ing. Juris Āboltiņš | elektroenerģētikas nozares eksperts
~
** Profesionālās kvalifikācijas „Elektrotehniķis” eksāmena satura vērtējums
Datums: 25.02.2026
~
Modulārā izglītības programma šoreiz netika iesniegta, tādēļ šis vērtējums attiecas vienīgi uz kvalifikācijas eksāmenu.
Eksāmens sastāv no teorētiskās daļas (testa un situāciju uzdevumiem) un praktiskās daļas, kurā jāsamontē un jāpieslēdz trīsfāžu dzinēja vadības shēma ar frekvenču pārveidotāju, jāveic mērījumi un jāaizpilda nodošanas akts. Tas atbilst LKI 4. līmeņa elektrotehniķa darba uzdevumiem. Vērtēšanas kritēriji ir detalizēti, katram kritērijam ir skaidrs punktu skaits, un ir paredzēta eksāmena pārtraukšana bīstamas rīcības gadījumā.
Teorijas jautājumi pārbaudīti – kļūdas neatradu. Situāciju uzdevumi ir dzīvi, no reālas prakses.
** Slēdziens: pozitīvs. Eksāmena saturu iesaku virzīt saskaņošanai.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 17  No name anywhere in the text, no date in the text; author property neutral ("User")
#     -> expert and date empty (the created property is not a review date in the text).
#     Both documents referred to as "abus dokumentus"; conditions in the next sentence.
# =====================================================================================
@register
def f17():
    name = "r2a17_datorizetu kokapstrades iekartu operators - vertejums.docx"
    ROWS = [
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "", "", "4"),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "", "", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("User", D(2026, 3, 20))
    body(doc, """
** Datorizētu kokapstrādes iekārtu operators – MIP un PKE
Izskatīju programmu un eksāmena saturu.
Programmā ir pareizā virzienā domāti moduļi – CNC apstrādes centri, programmas sagatavošana CAM vidē, instrumentu uzstādīšana un mērīšana. Taču mācību rezultātu formulējumi daudzviet ir vāji: „iepazīstas ar”, „zina par”. Tas nav izmērāms, un nav skaidrs, kā skolotājs to novērtēs.
Eksāmenā praktiskais uzdevums ir adekvāts, bet tā apraksts un vērtēšanas kritēriji sarakstīti atšķirīgā terminoloģijā nekā programmā (vienuviet „apstrādes centrs”, otrā „CNC frēzmašīna”, vēl citur „darbagalds”). Eksaminētājiem tas radīs neskaidrības.
Pēc būtības atbalstu abus dokumentus. Virzīt saskaņošanai tos gan var tikai pēc tam, kad programmā būs pārrakstīti mācību rezultāti un eksāmena saturā – vienādota terminoloģija.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 18  History: "Toreiz atbalstīju ar nosacījumu" (earlier review of 15 January, trap date).
#     Current: MIP supported (earlier corrections made), PKE now rejected.
# =====================================================================================
@register
def f18():
    name = "r2a18_Mezsaimniecibas tehnikis_atkartots vertejums_Ozolins.docx"
    ROWS = [
        ("mežsaimniecības tehniķis", "MIP", "supported", "Egils Ozoliņš", "2026-03-09", "4"),
        ("mežsaimniecības tehniķis", "PKE", "not_supported", "Egils Ozoliņš", "2026-03-09", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 9))
    body(doc, """
# Mežsaimniecības tehniķis (LKI 4) – otrreizējais vērtējums
Eksperts: Egils Ozoliņš, Dr.silv., mežsaimniecības konsultants
Vērtējuma datums: 2026. gada 9. marts
~
Ar šīs kvalifikācijas dokumentiem strādāju jau otrreiz. Pirmajā reizē, 15. janvārī, programmu atbalstīju ar nosacījumu, ka tiks papildināta meža inventarizācijas un ĢIS daļa, bet eksāmena saturs toreiz bija kārtībā un to atbalstīju bez iebildumiem.
## Programma
Iepriekšējā atzinumā norādītie labojumi ir veikti: pievienots atsevišķs modulis par meža inventarizāciju ar mobilajām ierīcēm un ĢIS, ir praktiskie darbi ar LVM un VMD datubāzēm. Vairāk piezīmju man nav – programma ir atbalstāma un virzāma saskaņošanai.
## Eksāmens
Diemžēl eksāmena saturs jaunajā redakcijā ir kļuvis sliktāks. Darba grupa, acīmredzot saskaņojot ar jauno programmu, ir izņēmusi praktisko uzdevumu mežaudzē un aizstājusi to ar datorizētu testu. Tehniķis, kurš nav pierādījis, ka spēj uzmērīt audzi un sastādīt cirsmas projektu dabā, nav tehniķis. Arī jaunie situāciju uzdevumi vairāk atgādina mācību grāmatas jautājumus.
Eksāmena saturu šajā redakcijā neatbalstu, jāatjauno praktiskā daļa un jāiesniedz vēlreiz.
~
E. Ozoliņš
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 19  The verdict word family used for other things: the purpose sentence listing all
#     options, "nozares uzņēmumi atbalsta", "metodisko atbalstu", "atbalsta pasākumi",
#     "centienus ... atbalstu" (about the school's efforts, not the documents).
#     Real verdict: both documents rejected ("Secinājumi").
# =====================================================================================
@register
def f19():
    name = "r2a19_Kokapstrades iekartu operators_MIP_PKE_Eglite.docx"
    ROWS = [
        ("kokapstrādes iekārtu operators", "MIP", "not_supported", "Zane Eglīte", "2026-03-31", "3"),
        ("kokapstrādes iekārtu operators", "PKE", "not_supported", "Zane Eglīte", "2026-03-31", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Zane Eglīte", D(2026, 3, 31))
    body(doc, """
# Kokapstrādes iekārtu operatora MIP un PKE ekspertīze
Eksperte: Zane Eglīte, Latvijas Kokrūpniecības federācijas izglītības jautājumu vadītāja
Datums: 31.03.2026
## Ievadam
Ekspertīzes uzdevums, kā to formulējusi LDDK, ir izvērtēt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Jāatzīmē, ka nozares uzņēmumi kopumā atbalsta darba vidē balstītas mācības, un federācija ir gatava sniegt skolām metodisko atbalstu gan prakšu vietu atrašanā, gan mentoru apmācībā. Projektā paredzētie atbalsta pasākumi (mentoru kursi, prakšu vadītāju apmācības) varētu šo sadarbību ievērojami atvieglot.
## Programma
Diemžēl programmā šī sadarbība nekādi neatspoguļojas. Praktiskās mācības paredzētas tikai skolas darbnīcā, uz iekārtām, kādas ražotnēs vairs nav sastopamas. Nav moduļa par iekārtu iestatīšanu un ikdienas apkopi, kas operatoram ir pats svarīgākais. Daudzi mācību rezultāti pārkopēti no kokizstrādājumu tehniķa programmas un 3. līmenim ir pārāk teorētiski.
## Eksāmens
Eksāmena praktiskajā daļā audzēknis veic vienu ēvelēšanas operāciju. Tas nav pietiekami, lai pārbaudītu, vai cilvēks spēj strādāt pie dažādām iekārtām. Teorijas daļā dominē jautājumi par koksnes anatomiju.
## Secinājumi
Skolas centienus pilnveidot programmu es, protams, atbalstu, un sadarbību ar uzņēmumiem vajadzētu sākt jau tagad. Bet vērtējot pašus dokumentus: ne modulārā programma, ne eksāmena saturs šajā redakcijā nav atbalstāmi. Abi jāpārstrādā kopā ar nozares pārstāvjiem un jāiesniedz atkārtotai ekspertīzei.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 20  Three energy qualifications, headings "Profesionālā kvalifikācija: X".
#     Elektromontieris: only the MIP (PKE "vēl nav saņemts" -> no row).
#     "valsts atbalsts" noun in the introduction.
# =====================================================================================
@register
def f20():
    name = "r2a20_Petersons_energetika_3 PK_atzinums.docx"
    ROWS = [
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Andris Pētersons", "2026-01-30", "4"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Andris Pētersons", "2026-01-30", "4"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Andris Pētersons", "2026-01-30", "3"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", "Andris Pētersons", "2026-01-30", "3"),
        ("elektromontieris", "MIP", "not_supported", "Andris Pētersons", "2026-01-30", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 1, 30))
    body(doc, """
# Enerģētikas nozares eksperta atzinums
Eksperts: Andris Pētersons, SIA „Klimata Inženierija” tehniskais direktors
Datums: 2026. gada 30. janvāris
~
Nozare pēdējos gados strauji mainās – ēku renovācija, kurai pieejams arī valsts atbalsts, rada lielu pieprasījumu pēc ventilācijas un siltumsūkņu speciālistiem. Tāpēc šo kvalifikāciju dokumentus skatīju ar īpašu interesi.
## Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis
Programma ir laba, bet tai trūkst gatavības: moduļos „Sistēmu palaišana un regulēšana” un „Energoefektivitāte” nav norādīti vērtēšanas kritēriji, un moduļu aprakstos joprojām palikuši darba grupas komentāri („papildināt!”, „vai vajag?”). Kad tas būs sakārtots, programmu var nodot saskaņošanai; pēc būtības tā ir atbalstāma.
Eksāmena saturs ir pilnīgs un labi strukturēts. Iebildumu nav.
## Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks
Programma atbilst 3. līmenim un darba realitātei, akcents uz praktisko darbu. To atbalstu, taču pirms saskaņošanas no 5. moduļa jāizņem dublētie mācību rezultāti un moduļu nosaukumi jāsaskaņo ar satura tabulu.
Ar eksāmenu gan nevaru piekrist. Praktiskais uzdevums (gaisa apstrādes iekārtas pilna apkope) nav izpildāms 3 stundās, kas norādītas, un vērtēšanā nav nekā par darbu ar aukstumaģentiem, lai gan tam vajadzīgs sertifikāts. Šādā veidā eksāmena saturs nav atbalstāms.
## Profesionālā kvalifikācija: Elektromontieris
Šai kvalifikācijai eksāmena saturs man vēl nav saņemts, tāpēc vērtēju tikai programmu. Tā ir rakstīta, šķiet, pirms desmit gadiem – nav ne saules elektrostaciju, ne elektroauto uzlādes iekārtu, ne viedo skaitītāju. Arī drošības prasības ir novecojušas. Programmu neatbalstu, tā jāpārstrādā.
~
A. Pētersons
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 21  Two-column metadata table; the expert quotes the instruction that lists all options
#     (not a verdict); "Neiebilstu" -> MIP supported; PKE with required fixes.
# =====================================================================================
@register
def f21():
    name = "r2a21_MIP_PKE_Mehatronisko sistemu tehnikis_Lapins.docx"
    ROWS = [
        ("mehatronisko sistēmu tehniķis", "MIP", "supported", "Oskars Lapiņš", "2026-03-24", "4"),
        ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Oskars Lapiņš", "2026-03-24", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Oskars Lapiņš", D(2026, 3, 24))
    body(doc, """
** Nozares eksperta atzinums
T|Kvalifikācijas nosaukums|Mehatronisko sistēmu tehniķis
T|LKI līmenis|4
T|Eksperts|Oskars Lapiņš, inženieris-mehatroniķis, SIA „Baltic Automation Works”
T|Atzinuma datums|2026-03-24
~
Saskaņā ar norādījumiem ekspertiem katram dokumentam jānorāda viens no variantiem: „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „nav atbalstāms”. Tālāk mans vērtējums.
Modulārā programma ir izstrādāta profesionāli. Redzams, ka darba grupā piedalījušies cilvēki no ražošanas – iekļauti industriālie tīkli, robotu drošības zonas, kiberdrošības pamati iekārtu vadībā. Neiebilstu pret programmas virzīšanu saskaņošanai, piezīmju nav.
Kvalifikācijas eksāmena saturā jāveic dažas korekcijas. Praktiskā uzdevuma aprakstā norādīts, ka eksaminējamais „programmē robotu”, bet nav pateikts, kāds robots un kāda programmēšanas vide būs pieejama – tas jāprecizē. Vērtēšanas lapā kritērijs „strādā droši” jāsadala konkrētos novērojamos punktos. Pēc šiem precizējumiem eksāmena saturs ir virzāms saskaņošanai.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 22  Qualification NOT in the register, no level stated -> lki_level empty.
#     Only the MIP reviewed; PKE "vērtēs kolēģis" (mentioned in passing -> no row).
# =====================================================================================
@register
def f22():
    name = "r2a22_Metalapstrades darbgaldu operators_MIP_Briedis.docx"
    ROWS = [
        ("metālapstrādes darbgaldu operators", "MIP", "not_supported", "Guntis Briedis", "2026-03-11", ""),
    ]
    PROBLEMS = ["unknown_qualification"]
    doc = new_doc("Lietotājs", D(2026, 3, 11))
    body(doc, """
** Par kvalifikācijas „Metālapstrādes darbgaldu operators” modulāro izglītības programmu
Labdien!
Esmu iepazinies ar iesūtīto programmu. Eksāmena saturu, kā vienojāmies, vērtēs mans kolēģis no Liepājas, tāpēc par to neizsakos.
Mūsu cehā strādā 26 darbgaldu operatori, un vairums no viņiem ir mācījušies arodskolās, tāpēc zinu, ko skolas parasti iemāca un ko nē. Šajā programmā ir ļoti daudz rokas darbgaldu (universālās virpas, frēzes) un ļoti maz CNC. Rasējumu lasīšana aprakstīta pēc vecajiem standartiem, nav ģeometrisko pielaižu (GD&T). Mērīšanai atvēlēts tikai viens modulis, un tajā nav ne koordinātu mērmašīnas, ne statistiskās kvalitātes kontroles.
Programmu tādā izskatā neatbalstu. Iesaku darba grupai apmeklēt vismaz divus mūsdienīgus metālapstrādes uzņēmumus un tad pārstrādāt saturu.
~
Guntis Briedis
SIA „Metāla Serviss Ādaži” ražošanas meistars
2026. gada 11. marts
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 23  Tracked changes in the conclusion: the expert deleted "nav atbalstāms ..." (w:del) and
#     inserted the conditional wording (w:ins). Current wording counts -> PKE needs_corrections.
# =====================================================================================
@register
def f23():
    name = "r2a23_Motorzaga operators_atzinums_Silins_labots.docx"
    ROWS = [
        ("motorzāģa operators", "MIP", "supported", "Roberts Siliņš", "2026-02-17", "3"),
        ("motorzāģa operators", "PKE", "needs_corrections", "Roberts Siliņš", "2026-02-17", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilze Bērziņa", D(2026, 2, 18), last_by="Roberts Siliņš")
    body(doc, """
# Ekspertīzes atzinums
par profesionālās kvalifikācijas „Motorzāģa operators” MIP un PKE saturu
Rīgā, 2026. gada 17. februārī
~
Vērtējumu sniedzu, balstoties uz 15 gadu pieredzi mežizstrādē un motorzāģu operatoru apmācībā mūsu uzņēmumā.
Modulārajā programmā ir viss, kas vajadzīgs: motorzāģa uzbūve un apkope, ķēdes asināšana, koku gāšana, atzarošana, sagarumošana, darbs vējgāzēs, pirmā palīdzība un individuālie aizsardzības līdzekļi. Stundu sadalījums ir reāls, praktiskais darbs mežā dominē.
Eksāmena satura praktiskajā uzdevumā nav aprakstīts, kādos apstākļos notiek koku gāšana (koku caurmērs, slīpums, blakus esoši objekti), tāpēc dažādās skolās eksāmens var būt ļoti atšķirīgas grūtības pakāpes. Šis apraksts ir jāpapildina.
## Slēdziens
MIP saturs ir atbalstāms un virzāms saskaņošanai.
""")
    tracked_paragraph(doc, [
        ("t", "PKE saturs "),
        ("del", "nav atbalstāms, jo praktiskā uzdevuma apraksts ir nepilnīgs."),
        ("ins", "ir atbalstāms; pēc praktiskā uzdevuma apraksta papildināšanas virzāms saskaņošanai."),
    ], "Roberts Siliņš", "2026-02-17T15:20:00Z")
    body(doc, """
~
Roberts Siliņš
SIA „Mežrūpe”, mežizstrādes brigadieris, nozares eksperts
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 24  Expert named only in the page header (letterhead), no signature in the body.
#     Only the MIP reviewed. Required fixes listed, then "Pēc tam programma ir atbalstāma".
# =====================================================================================
@register
def f24():
    name = "r2a24_Kokmeistars_mebelu galdnieks_programma.docx"
    ROWS = [
        ("mēbeļu galdnieks", "MIP", "needs_corrections", "Valdis Pūce", "2026-02-11", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Grāmatvedība", D(2026, 2, 11))
    hdr = doc.sections[0].header
    hdr.paragraphs[0].text = "SIA „Kokmeistars” | Valdis Pūce, valdes loceklis | nozares eksperts (kokrūpniecība)"
    body(doc, """
** Piezīmes par kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmu
Cēsīs, 2026. gada 11. februārī
~
Manā vērtējumā ir tikai programma – eksāmena saturu skolā vēl gatavo, un tas, kā saprotu, tiks nosūtīts atsevišķi.
Mēs ražojam masīvkoka mēbeles un katru gadu pieņemam 2–3 praktikantus. Tāpēc skatījos uz programmu ar vienu jautājumu: vai pēc tās apguves cilvēks varēs strādāt pie mums?
Lielākoties – jā. Koka savienojumi, darbs ar rokas instrumentiem un stacionārajām iekārtām, apdare ir aprakstīti detalizēti. Taču jāizdara sekojošais:
1) jāpievieno mācību rezultāti par mēbeļu rasējumu lasīšanu un izstrādi datorprogrammā (vismaz pamatlīmenī);
2) modulī „Mēbeļu montāža” jāiekļauj montāža pie klienta un kvalitātes pārbaude pirms nodošanas;
3) jāizlabo kļūda stundu tabulā – kopējais stundu skaits nesakrīt ar moduļu summu.
Pēc tam programma ir atbalstāma un to var virzīt saskaņošanai.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 25  The expert's e-mail with a quoted earlier e-mail from the coordinator (20 March,
#     deadline 31 March: both not the review date). The quote lists all options.
#     Sent date of the expert's own e-mail = 2026-03-30.
# =====================================================================================
@register
def f25():
    name = "r2a25_RE Elektrotehnikis MIP PKE ekspertize_Kalnina.docx"
    ROWS = [
        ("elektrotehniķis", "MIP", "not_supported", "Inese Kalniņa", "2026-03-30", "4"),
        ("elektrotehniķis", "PKE", "supported", "Inese Kalniņa", "2026-03-30", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Ilze Bērziņa", D(2026, 3, 31))
    body(doc, """
No: Inese Kalniņa
Nosūtīts: pirmdiena, 2026. gada 30. marts 16:42
Kam: Ilze Bērziņa
Tēma: RE: Elektrotehniķis – MIP un PKE ekspertīze
~
Sveika, Ilze!
Atvainojos, ka tik vēlu. Īsumā:
Programmu neatbalstu. Tā ir gandrīz vārds vārdā tā pati, ko redzējām pirms diviem gadiem; nav ņemti vērā ne jaunie elektroietaišu ierīkošanas noteikumi, ne atjaunīgā enerģētika, ne elektroauto uzlādes infrastruktūra. Moduļu aprakstos ir pretrunas starp stundu skaitu un mācību rezultātiem. Darba grupai to vajadzētu pārrakstīt pamatīgi, un tad labprāt paskatīšos vēlreiz.
Eksāmena saturs turpretī ir sagatavots ļoti rūpīgi, pat negaidīti labi. Es to atbalstu un nekas nav jālabo – var virzīt saskaņošanai.
Pilnu atzinumu ar detaļām atsūtīšu rīt, bet ja steidzami vajag atskaitei, lūdzu, izmanto šo.
Inese
~
-----Original Message-----
No: Ilze Bērziņa
Nosūtīts: piektdiena, 2026. gada 20. marts 10:05
Kam: Inese Kalniņa
Tēma: Elektrotehniķis – MIP un PKE ekspertīze
Labdien, Inese!
Atgādinu, ka elektrotehniķa MIP un PKE ekspertīze jāiesniedz līdz 31. martam. Lūdzu katram dokumentam norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.
Paldies!
Ilze Bērziņa, LDDK projekta koordinatore
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 26  A passing remark in the body ("šo moduli ... neatbalstītu") is outranked by the
#     conclusion "Kopsavilkums" (MIP supported, not a conflict). PKE with required fixes.
# =====================================================================================
@register
def f26():
    name = "r2a26_Lusis_buvizstradajumu galdnieks_MIP_PKE.docx"
    ROWS = [
        ("būvizstrādājumu galdnieks", "MIP", "supported", "Pēteris Lūsis", "2026-03-06", "4"),
        ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", "Pēteris Lūsis", "2026-03-06", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 6))
    body(doc, """
# Būvizstrādājumu galdnieks (LKI 4)
Modulārās izglītības programmas un kvalifikācijas eksāmena satura ekspertīze
2026. g. 6. marts
~
Esmu strādājis būvgaldniecībā kopš deviņdesmitajiem, šobrīd vadu nelielu logu un durvju ražotni Ogrē.
Programmas pamatdaļa ir ļoti laba – logi, durvis, kāpnes, grīdas, montāža. Izvēles modulis „Restaurācijas galdniecība” gan man sākumā šķita lieks, un, ja tas būtu obligātais modulis, es to daļu neatbalstītu, jo 4. līmeņa galdniekam tas nav pamatdarbs. Pēc sarunas ar darba grupas vadītāju sapratu, ka tas ir izvēles modulis reģioniem ar vēsturisko apbūvi, un tas ir saprātīgi.
Eksāmenā praktiskais uzdevums ir pārdomāts, bet vērtēšanas kritērijos nav iekļauta montāžas precizitātes pārbaude (vertikāle, diagonāles, spraugas). Tā ir jāpievieno, citādi eksāmens pārbaudīs tikai izgatavošanu. Arī testa jautājumos ir dažas drukas kļūdas, kas jāizlabo.
## Kopsavilkums
Programma ir atbalstāma un virzāma saskaņošanai tādā redakcijā, kāda tā ir. Eksāmena saturu atbalstu, bet saskaņošanai to var nodot tikai pēc tam, kad vērtēšanas kritērijos būs iekļauta montāžas precizitāte un izlabotas kļūdas testā.
~
Pēteris Lūsis
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 27  Heading "PKP „X”"; signer written only as initial + surname on the last line;
#     both documents rejected with "nevar atbalstīt" / "neatbalstu tos"; date "5.03.2026".
# =====================================================================================
@register
def f27():
    name = "r2a27_PKP datorizetu kokapstrades iekartu operators_A Berzins.docx"
    ROWS = [
        ("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", "A. Bērziņš", "2026-03-05", "4"),
        ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "A. Bērziņš", "2026-03-05", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 3, 5))
    body(doc, """
** PKP „Datorizētu kokapstrādes iekārtu operators”
Eksperta vērtējums, 5.03.2026
~
Programmu un eksāmena saturu izlasīju divas reizes, jo pirmajā reizē likās, ka man atsūtīts nepareizs fails. Dokumentos ir ļoti daudz vispārīgu frāžu par „digitālo transformāciju” un „Industriju 4.0”, bet nav konkrēta satura: kādas iekārtas, kāda programmatūra, kādi mērinstrumenti. Moduļu nosaukumi solīdi, bet to saturs ir 2–3 teikumi katram.
Eksāmena praktiskais uzdevums aprakstīts vienā teikumā: „izgatavot detaļu uz CNC iekārtas atbilstoši rasējumam”. Rasējums nav pievienots, vērtēšanas kritēriji ir tikai „kvalitāte”, „precizitāte”, „laiks” bez punktiem un robežvērtībām.
Nezinu, kā šādus dokumentus var virzīt tālāk. Programmu nevar atbalstīt, un arī eksāmena saturs tādā veidā nav atbalstāms. Abi jāizstrādā praktiski no nulles, vēlams kopā ar kādu ražotni, kurā ir CNC apstrādes centri.
~
A. Bērziņš
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 28  Typed without diacritics; both supported "bez precizejumiem"; optional suggestions
#     ("ieteikums, nav obligati"). Name written without diacritics -> label as written.
#     Place-and-date line with a month name without diacritics ("3. aprili").
# =====================================================================================
@register
def f28():
    name = "r2a28_meza masinu operators atzinums Berzins.docx"
    ROWS = [
        ("meža mašīnu operators", "MIP", "supported", "Uldis Berzins", "2026-04-03", "3"),
        ("meža mašīnu operators", "PKE", "supported", "Uldis Berzins", "2026-04-03", "3"),
    ]
    PROBLEMS = []
    doc = new_doc("Lietotājs", D(2026, 4, 3))
    body(doc, """
** Atzinums par meza masinu operatora MIP un PKE saturu
Labdien!
Esmu izskatijis meza masinu operatora modularo programmu un kvalifikacijas eksamena saturu (otro redakciju, kura sanemta 27. marta).
Programma ir labi sabalanseta, ir gan simulators, gan darbs cirsma ar harvesteru un forvarderu, gan tehniska apkope un datu parsutisana. Eksamena saturs ir skaidrs, praktiskais uzdevums reala cirsma, vertesanas lapas saprotamas.
Abus dokumentus verteju pozitivi, tie ir atbalstami un virzami saskanosanai bez precizejumiem.
Ieteikums, nav obligati: nakotne programma varetu ieklaut vairak par meza masinu telemetrijas datu izmantosanu degvielas ekonomijai. Bet tas ir uz prieksu.
~
Ar cienu,
Uldis Berzins
Madona, 2026. gada 3. aprili
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 29  MIP reviewed but the verdict line of the draft was never filled in -> unknown /
#     no_verdict. PKE: rejected. One problem row for the file.
# =====================================================================================
@register
def f29():
    name = "r2a29_Elektromontieris_MIP_PKE_Liepa_melnraksts.docx"
    ROWS = [
        ("elektromontieris", "MIP", "unknown", "Sandra Liepa", "2026-02-26", "3"),
        ("elektromontieris", "PKE", "not_supported", "Sandra Liepa", "2026-02-26", "3"),
    ]
    PROBLEMS = ["no_verdict"]
    doc = new_doc("Sandra Liepa", D(2026, 2, 26))
    body(doc, """
# Elektromontieris – MIP un PKE satura ekspertīze
Eksperte: Sandra Liepa, elektroinženiere, SIA „Enerģijas Risinājumi”
2026. gada 26. februāris
## 1. Modulārā izglītības programma
Programmā ir 11 moduļi. A moduļi atbilst profesijas standartam. B moduļos ir dažas neskaidrības par to, kas ir obligātais un kas izvēles saturs – piemēram, „Zibensaizsardzības sistēmas” vienā tabulā ir B modulis, citā – C modulis. Nepieciešams precizēt, kura tabula ir pareizā, jo no tā atkarīgs arī stundu kopskaits.
Praktisko mācību uzņēmumā apjoms ir atbilstošs.
Slēdziens par programmu: [jāpapildina pēc tam, kad darba grupa atsūtīs precizēto stundu tabulu]
## 2. Profesionālās kvalifikācijas eksāmens
Eksāmena saturā ir būtiskas problēmas. Praktiskajā uzdevumā eksaminējamajam paredzēts strādāt zem sprieguma bez norādes par drošības pasākumiem un atļaujām – tas ir nepieļaujami. Teorijas testā daudzi jautājumi pārbauda terminu iegaumēšanu, nevis izpratni.
Slēdziens par eksāmenu: pašreizējā redakcijā eksāmena saturs nav atbalstāms; jāpārstrādā praktiskais uzdevums un jāiesniedz atkārtoti.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 30  CONFLICT on the MIP: two overall statements of equal weight ("Kopumā ... atbalstāma
#     un virzāma" vs "Kopumā ... nav atbalstāma"), no conclusion section. PKE supported.
# =====================================================================================
@register
def f30():
    name = "r2a30_VGK sistemu tehnikis_MIP PKE_Vilks.docx"
    ROWS = [
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "unknown", "Dainis Vilks", "2026-03-20", "4"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Dainis Vilks", "2026-03-20", "4"),
    ]
    PROBLEMS = ["conflict"]
    doc = new_doc("Lietotājs", D(2026, 3, 20))
    body(doc, """
Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis – programmas un eksāmena vērtējums
Dainis Vilks, VGK sistēmu servisa inženieris
20.03.2026
~
Programmas struktūra ir laba: sistēmu montāža, palaišana, regulēšana, apkope, automātika. Apjomi pietiekami, terminoloģija mūsdienīga. Kopumā programmu vērtēju pozitīvi – tā ir atbalstāma un virzāma saskaņošanai.
Tomēr, lasot moduļu aprakstus detalizētāk, atklājās, ka moduļa „Aukstumtehnikas pamati” saturs vispār neatbilst tehniķa kvalifikācijai – tas nokopēts no remontatslēdznieka programmas, un tajā nav ne sistēmas izvēles, ne aprēķinu, ne dokumentācijas sagatavošanas. Tāpat trūkst siltumsūkņu integrācijas ar ventilāciju.
Kopumā programma šajā redakcijā nav atbalstāma.
Eksāmens ir cits stāsts – tas ir izstrādāts teicami, ar reāliem servisa gadījumiem, skaidru vērtēšanu un drošības prasībām. Eksāmena saturam iebildumu nav, to var virzīt saskaņošanai.
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 31  Two qualifications, headings in ALL CAPITALS; documents referred to as "pārbaudījums",
#     "to", "tos". Date "Tukumā, 14. janvārī" - year from context (heading says 2026).
# =====================================================================================
@register
def f31():
    name = "r2a31_Sproge_motorzaga op_mezsaimniecibas tehn.docx"
    ROWS = [
        ("motorzāģa operators", "MIP", "needs_corrections", "Līga Sproģe", "2026-01-14", "3"),
        ("motorzāģa operators", "PKE", "supported", "Līga Sproģe", "2026-01-14", "3"),
        ("mežsaimniecības tehniķis", "MIP", "not_supported", "Līga Sproģe", "2026-01-14", "4"),
        ("mežsaimniecības tehniķis", "PKE", "not_supported", "Līga Sproģe", "2026-01-14", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("Līga Sproģe", D(2026, 1, 14))
    body(doc, """
Nozares eksperta atzinums, projekta 4. posms (2026. gada janvāris–marts)
Eksperte: Līga Sproģe, mežkopības skolotāja un SIA „Zemgales Meži” konsultante
~
** MOTORZĀĢA OPERATORS
Programmu izlasīju ar prieku – praktiska, saprotama, bez liekiem vārdiem. Vienīgi jālabo moduļa „Koku gāšana” drošības prasības: tās joprojām attiecas uz veco standartu par individuālajiem aizsardzības līdzekļiem. Un otrs: trūkst rezultāta par darbu ar celtni vai vinču sarežģītos apstākļos. Kad šie labojumi būs izdarīti, programmu var sūtīt saskaņošanai; to atbalstu.
Pārbaudījums ir veidots labi, ar reālu uzdevumu mežā un skaidriem drošības kritērijiem. Iebildumu nav – to var virzīt saskaņošanai tādu, kāds tas ir.
** MEŽSAIMNIECĪBAS TEHNIĶIS
Šeit situācija cita. Tāpat kā motorzāģa operatora programmā, arī te ir daudz praktisku darbu, bet tehniķim ar to nepietiek – viņam jāplāno, jāorganizē, jāaprēķina. Programmā nav ne meža apsaimniekošanas plāna izstrādes, ne mežaudžu ekonomiskā novērtējuma, ne darba ar meža valsts reģistru. Eksāmens atspoguļo programmu: praktiskā daļa līdzinās strādnieka kvalifikācijas pārbaudījumam.
Abus šīs kvalifikācijas dokumentus neatbalstu – tos jāpārstrādā, paredzot 4. līmenim atbilstošu saturu.
~
Tukumā, 14. janvārī
L. Sproģe
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 32  "Eksperte ______ Vārds Uzvārds"; "iesaku virzīt" (MIP supported);
#     "nevaru ieteikt" with words in between (PKE not supported); ISO date.
# =====================================================================================
@register
def f32():
    name = "r2a32_Atzinums_MIP_PKE_Mehatronika_Ozola.docx"
    ROWS = [
        ("mehatronisko sistēmu tehniķis", "MIP", "supported", "Kristīne Ozola", "2026-03-02", "4"),
        ("mehatronisko sistēmu tehniķis", "PKE", "not_supported", "Kristīne Ozola", "2026-03-02", "4"),
    ]
    PROBLEMS = []
    doc = new_doc("VISC_lietotajs", D(2026, 3, 2))
    body(doc, """
# Atzinums
par profesionālās kvalifikācijas „mehatronisko sistēmu tehniķis” modulāro izglītības programmu un kvalifikācijas eksāmena saturu
~
Esmu vadījusi automatizācijas projektus pārtikas ražošanā un pēdējos trīs gadus pasniedzu mehatroniku koledžā, tāpēc programmu un eksāmenu vērtēju no abām pusēm.
Modulārā programma: ļoti laba. Moduļi sakārtoti no vienkāršā uz sarežģīto, ir pietiekami daudz laboratorijas darbu, iekļauta sadarbība ar uzņēmumiem darba vidē balstītu mācību formā. Iesaku virzīt saskaņošanai bez labojumiem.
Eksāmena saturs: šeit ir problēma. Praktiskā uzdevuma stends, kas aprakstīts, ir pieejams tikai vienā skolā Latvijā – pārējās skolas šādu eksāmenu vienkārši nevarēs organizēt. Teorijas daļā 40 % jautājumu ir par elektrotehniku, kas jau pārbaudīta programmas moduļos, bet robotika un PLC ir tikai 10 %. Šādu eksāmena saturu diemžēl nekādi nevaru ieteikt saskaņošanai – tas jāveido no jauna, balstoties uz iekārtām, kas pieejamas visās skolās.
~
2026-03-02
Eksperte ______________ Kristīne Ozola
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# 33-36  NOT reviews (same vocabulary, would sit in a coordinator's folder).
#        Labels: no rows; exactly one `no_verdict` problem each.
# =====================================================================================
@register
def f33():
    # Meeting minutes of a sector expert council discussing MIP/PKE progress.
    name = "r2a33_NEP sedes protokols_2026-03-12_kokrupnieciba.docx"
    ROWS = []
    PROBLEMS = ["no_verdict"]
    doc = new_doc("Sanita Lāce", D(2026, 3, 12, 15))
    body(doc, """
# Kokrūpniecības nozares ekspertu padomes sēdes protokols Nr. 2/2026
Rīgā, 2026. gada 12. martā, LDDK telpās un attālināti (MS Teams)
Sēdi vada: NEP priekšsēdētājs Kaspars Lejnieks
Protokolē: Sanita Lāce
Piedalās: 14 NEP locekļi, LDDK, VISC un IZM pārstāvji
~
** Darba kārtība
1. Informācija par MIP un PKE satura ekspertīzes gaitu projekta 4. posmā.
2. Darba vidē balstītu mācību prakšu vietu pieejamība 2026./2027. mācību gadā.
3. Dažādi.
** 1. Par MIP un PKE satura ekspertīzes gaitu
S. Lāce informē, ka kokrūpniecības nozarē ekspertīze uzsākta astoņām kvalifikācijām. Ekspertu atzinumi par daļu dokumentu jau saņemti, par pārējiem tiek gaidīti līdz marta beigām. Ja eksperts atzīst, ka saturs nav atbalstāms, darba grupai dokumenti jāpārstrādā un jāiesniedz atkārtotai ekspertīzei, kas var aizkavēt saskaņošanu līdz jūlijam.
K. Lejnieks jautā, vai eksperti saņem pietiekamu metodisko atbalstu. VISC pārstāve apstiprina, ka ekspertiem ir sagatavoti norādījumi un veidlapas, un aicina vērtējumu formulēt vienoti.
NEP locekļi diskutē par to, ka vairākās programmās joprojām par maz vērības pievērsts CNC tehnoloģijām un darbam ar plātņu materiāliem.
NOLEMJ: informāciju pieņemt zināšanai; lūgt LDDK nākamajā sēdē sniegt pārskatu par visu kvalifikāciju ekspertīžu rezultātiem.
** 2. Par prakšu vietām
Nozares uzņēmumi atbalsta darba vidē balstītas mācības, taču mazajiem uzņēmumiem trūkst mentoru. IZM pārstāvis informē par plānotajiem atbalsta pasākumiem mentoru apmācībai.
NOLEMJ: atbalstīt LDDK priekšlikumu izveidot nozares prakšu vietu datubāzi.
** 3. Dažādi
Nākamā sēde – 2026. gada maijā.
~
Sēdes vadītājs K. Lejnieks
Protokolētāja S. Lāce
""")
    return name, doc, ROWS, PROBLEMS


@register
def f34():
    # Ministry letter about the project and its funding ("atbalsts").
    name = "r2a34_IZM vestule LDDK_par projekta finansejumu.docx"
    ROWS = []
    PROBLEMS = ["no_verdict"]
    doc = new_doc("IZM", D(2026, 2, 5))
    body(doc, """
** LATVIJAS REPUBLIKAS IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA
Rīgā, 05.02.2026. Nr. 4-12e/2026/518
Latvijas Darba devēju konfederācijai
Par sadarbību projekta 4.2.2.9. pasākuma īstenošanā 2026. gadā
~
Izglītības un zinātnes ministrija (turpmāk – Ministrija) apliecina, ka Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma ietvaros LDDK kā sadarbības partnerim 2026. gadam paredzētais finansējums ir apstiprināts nemainīgā apmērā. ES fondu atbalsts tiks izmaksāts atbilstoši iesniegtajām posmu atskaitēm.
Ministrija atbalsta LDDK priekšlikumu turpināt nozaru ekspertu iesaisti modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzē arī projekta 5. posmā. Lūdzam līdz 2026. gada 15. aprīlim iesniegt aktualizētu ekspertīžu grafiku, norādot, kurām kvalifikācijām ekspertīze pabeigta un kurām MIP un PKE saturs vēl tiek precizēts.
Vienlaikus atgādinām, ka ekspertu atzinumos katram dokumentam jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, lai Valsts izglītības satura centrs varētu savlaicīgi organizēt saskaņošanu.
~
Ar cieņu
valsts sekretāra vietniece profesionālās izglītības jautājumos
Dace Saulīte
""")
    return name, doc, ROWS, PROBLEMS


@register
def f35():
    # News item on LDDK experts.
    name = "r2a35_Zina_LDDK eksperti vertē programmas.docx"
    ROWS = []
    PROBLEMS = ["no_verdict"]
    doc = new_doc("LDDK komunikācija", D(2026, 4, 8))
    body(doc, """
# Nozaru eksperti palīdz veidot mūsdienīgas profesionālās izglītības programmas
2026. gada 8. aprīlis
Latvijas Darba devēju konfederācijas deleģētie 13 nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozarēm šogad izvērtējuši jau vairāk nekā desmit profesionālo kvalifikāciju modulārās izglītības programmas un kvalifikācijas eksāmenu saturu.
„Uzņēmēji ļoti atbalsta to, ka viņu viedoklis tiek uzklausīts jau programmu izstrādes laikā, nevis tad, kad absolvents ierodas darbā,” stāsta LDDK projekta koordinatore Ilze Bērziņa. Eksperti vērtē, vai programmu saturs atbilst nozares vajadzībām, un sniedz atzinumu – vai dokumentu var virzīt saskaņošanai uzreiz, pēc precizējumiem vai arī tas jāpārstrādā.
Motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām ekspertīze jau noslēgusies, pārējām tā turpināsies līdz jūlijam. Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas fondu atbalstu.
Elektroenerģētikas uzņēmuma inženieris Raimonds Ozols, kurš vērtēja elektrotehniķa programmu, uzsver: „Skolas strādā labi, bet tehnoloģijas mainās ātrāk nekā programmas. Tāpēc nozares iesaiste ir vajadzīga pastāvīgi, nevis reizi desmit gados.”
""")
    return name, doc, ROWS, PROBLEMS


@register
def f36():
    # Instructions to experts listing every verdict option.
    name = "r2a36_Noradijumi ekspertiem_MIP PKE ekspertize.docx"
    ROWS = []
    PROBLEMS = ["no_verdict"]
    doc = new_doc("Ilze Bērziņa", D(2026, 1, 8))
    body(doc, """
# Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai
Projekta 4.2.2.9. pasākums, 4. posms (2026. gada 1. janvāris – 31. marts)
## 1. Ekspertīzes mērķis
Ekspertīzes mērķis ir izvērtēt, vai profesionālās izglītības iestāžu darba grupu izstrādātais modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs atbilst profesijas standartam un nozares vajadzībām.
## 2. Atzinuma struktūra
Atzinumā norādiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un atzinuma datumu. Katru dokumentu vērtējiet atsevišķi. Ja kāds no dokumentiem jums nav iesniegts, norādiet to.
## 3. Slēdziena formulējumi
Katram dokumentam izvēlieties vienu no šiem formulējumiem:
- „saturs ir atbalstāms un virzāms saskaņošanai” – ja labojumi nav nepieciešami;
- „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” – ja nepieciešami labojumi, kurus uzskaitiet;
- „saturs nav atbalstāms” – ja dokuments jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.
Ieteikumus, kas nav obligāti, lūdzam skaidri nodalīt no nepieciešamajiem labojumiem.
## 4. Iesniegšana
Atzinumu nosūtiet koordinatorei elektroniski (.docx formātā) ne vēlāk kā 10 darba dienu laikā pēc dokumentu saņemšanas.
~
LDDK projekta koordinatore Ilze Bērziņa, 2026. gada 8. janvārī
""")
    return name, doc, ROWS, PROBLEMS


# =====================================================================================
# Writer
# =====================================================================================
def main():
    for f in os.listdir(OUT):
        if f.endswith(".docx") and f.startswith("r2a"):
            os.remove(os.path.join(OUT, f))
    rows_out, probs_out = [], []
    names = set()
    for fn in FILES:
        name, doc, rows, problems = fn()
        assert name.startswith("r2a") and name not in names, name
        names.add(name)
        doc.save(os.path.join(OUT, name))
        for r in rows:
            assert len(r) == 6 and r[1] in ("MIP", "PKE")
            assert r[2] in ("supported", "needs_corrections", "not_supported", "unknown")
            rows_out.append((name,) + tuple(r))
        for c in problems:
            probs_out.append((name, c))
        if any(r[2] == "unknown" for r in rows):
            assert any(c in ("no_verdict", "conflict") for c in problems), name
        if not rows:
            assert problems == ["no_verdict"], name
    with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(rows_out)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(probs_out)
    print("files:", len(names), "rows:", len(rows_out), "problems:", len(probs_out))


if __name__ == "__main__":
    main()
