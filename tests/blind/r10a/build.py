# -*- coding: utf-8 -*-
"""Builds the r10a blind set: free-prose Latvian expert reviews (.docx) + gold labels."""
import csv, os, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []
_rev_id = [100]


def _tracked(p, kind, text, author, date):
    el = OxmlElement('w:' + kind)
    _rev_id[0] += 1
    el.set(qn('w:id'), str(_rev_id[0]))
    el.set(qn('w:author'), author)
    el.set(qn('w:date'), date)
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if kind == 'del' else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def _para(doc, segs, track=None):
    p = doc.add_paragraph()
    for s in segs:
        if isinstance(s, str):
            p.add_run(s)
            continue
        fmt, text = s
        if fmt in ('ins', 'del'):
            _tracked(p, fmt, text, track[0], track[1])
            continue
        r = p.add_run(text)
        if 'b' in fmt: r.bold = True
        if 'i' in fmt: r.italic = True
        if 's' in fmt: r.font.strike = True
        if 'u' in fmt: r.underline = True
    return p


def build(name, body, rows=(), problems=(), note="", author="", created=(2026, 3, 1),
          header=None, footer=None, font="Calibri", size=11, track=None):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for item in body:
        if isinstance(item, list):
            _para(doc, item, track)
        elif isinstance(item, tuple) and item[0] == 'table':
            data = item[1]
            t = doc.add_table(rows=len(data), cols=len(data[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif isinstance(item, tuple) and item[0] == 'center':
            p = _para(doc, [('b', item[1])])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(item, tuple) and item[0] == 'right':
            p = _para(doc, [item[1]])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif item.startswith('H1:'):
            doc.add_heading(item[3:].strip(), level=1)
        elif item.startswith('H2:'):
            doc.add_heading(item[3:].strip(), level=2)
        elif item.startswith('B:'):
            _para(doc, [('b', item[2:].strip())])
        elif item.startswith('I:'):
            _para(doc, [('i', item[2:].strip())])
        elif item.startswith('>'):
            p = _para(doc, [('i', item)])
            p.paragraph_format.left_indent = Cm(1)
        else:
            doc.add_paragraph(item)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(*created, 9, 30)
    cp.modified = datetime.datetime(*created, 11, 5)
    cp.title = ""
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, dt, l = r
        ROWS.append([name, q, d, v, e, dt, l])
    for c in problems:
        PROBS.append([name, c])
    NOTES.append((name, note))


KA = "Kristīne Auziņa"

# ---------------------------------------------------------------- 01
build("r10a01_Ozolina_atzinums_mebelu galdnieks.docx", [
    ('center', "Eksperta atzinums"),
    "par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) modulārās izglītības programmas un kvalifikācijas eksāmena saturu",
    "Iepazinos ar Liepājas Valsts tehnikuma darba grupas sagatavotajiem dokumentiem, kurus saņēmu 2. martā. Kopumā jāsaka, ka darba grupa ir pastrādājusi pamatīgi – moduļu secība ir loģiska, un redzams, ka ņemta vērā uzņēmumu pieredze ar CNC apstrādes centriem.",
    "B: Par programmu",
    "Modulī „Mēbeļu korpusu izgatavošana” sasniedzamie rezultāti formulēti pārāk vispārīgi – nav skaidrs, vai audzēknim jāprot patstāvīgi sagatavot griešanas karti. Modulī „Virsmu apdare” nav ūdens bāzes pārklājumu, lai gan mūsu ražotnē tie jau sen ir standarts. Darba aizsardzības prasības izkaisītas pa vairākiem moduļiem; būtu labāk tās apvienot vai vismaz dot savstarpējas atsauces.",
    "Programma kopumā ir atbalstāma. Saskaņošanai gan to ieteiktu virzīt tikai tad, kad augstāk minētie trīs punkti būs izlaboti.",
    "B: Par eksāmenu",
    "Praktiskais uzdevums (skapīša ar atvilktni izgatavošana) atbilst reālajam darbam, vērtēšanas kritēriji ir saprotami, laika normas samērīgas. Šeit man piebilžu nav – PKE saturu atbalstu un iesaku virzīt saskaņošanai bez izmaiņām.",
    "",
    "Ar cieņu,",
    "Ilze Ozoliņa",
    "SIA „Kurzemes mēbele” ražošanas vadītāja",
    "Liepājā, 2026. gada 12. martā",
], rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Ilze Ozoliņa", "2026-03-12", 4),
         ("mēbeļu galdnieks", "PKE", "supported", "Ilze Ozoliņa", "2026-03-12", 4)],
   note="Letter; MIP 'atbalstāma' + condition in the NEXT sentence ('virzīt tikai tad, kad ... izlaboti'); PKE first person 'atbalstu un iesaku virzīt'.",
   author="Ilze Ozoliņa", created=(2026, 3, 12))

# ---------------------------------------------------------------- 02
build("r10a02_RE_ Elektromontieris - MIP ekspertize.docx", [
    "No: Raimonds Kalniņš <raimonds.kalnins@elmonts.lv>",
    "Nosūtīts: trešdiena, 2026. gada 4. februāris 16:27",
    "Kam: Kristīne Auziņa <kristine.auzina@lddk.lv>",
    "Tēma: RE: Elektromontieris – MIP ekspertīze",
    "",
    "Labdien, Kristīne!",
    "Programmu izskatīju vakar un šodien no rīta. Uzreiz teikšu – manuprāt, tā ir laba. Moduļi par zemsprieguma sadalnēm un kabeļu līniju montāžu ir tieši tas, kas mums objektos vajadzīgs, un prakses apjoms ir reālistisks.",
    "Sīkums, ko varētu apsvērt (nav obligāti): 5. modulī varētu pieminēt arī saules paneļu pieslēgumus, jo tādu darbu kļūst arvien vairāk.",
    "Tātad MIP saturs no manas puses ir atbalstāms un virzāms saskaņošanai.",
    "PKE, kā vienojāmies, skatīs Guna, tāpēc par eksāmenu šeit neko nerakstu.",
    "Raimonds",
    "",
    "No: Kristīne Auziņa",
    "Nosūtīts: pirmdiena, 2026. gada 26. janvāris 9:05",
    "Kam: Raimonds Kalniņš",
    "Tēma: Elektromontieris – MIP ekspertīze",
    "> Sveiki, Raimond! Pielikumā elektromontiera (LKI 3) MIP. Lūgums atzinumā skaidri norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Termiņš – 6. februāris.",
    "> Paldies! Kristīne",
], rows=[("elektromontieris", "MIP", "supported", "Raimonds Kalniņš", "2026-02-04", 3)],
   note="Outlook reply pasted into Word, Latvian headers; quoted coordinator request lists all options (not a verdict); PKE explicitly left to another expert -> no PKE row. Expert from 'No:' line (signature is first name only); date from 'Nosūtīts'.",
   author=KA, created=(2026, 2, 5))

# ---------------------------------------------------------------- 03
build("r10a03_Berzins_VGK_atzinums.docx", [
    "B: Mg.sc.ing. Andris Bērziņš",
    "I: neatkarīgs eksperts – ventilācijas un klimata sistēmas",
    "",
    ('center', "ATZINUMS PAR DIVU ENERĢĒTIKAS NOZARES KVALIFIKĀCIJU MIP UN PKE SATURU"),
    ('right', "Rīgā, 20.03.2026."),
    "Atzinums sagatavots pēc LDDK lūguma. Izskatīti Rīgas Valsts tehnikuma darba grupas izstrādātie dokumenti, kas saņemti 2026. gada 9. martā.",
    "B: VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS (LKI 3)",
    "Programmā gandrīz nav saskares ar aukstuma aģentiem un F-gāzu regulējumu – bez tā šīs profesijas pārstāvi darbā pieņemt nevaram. Moduļos dublējas tēmas par gaisa vadu montāžu, turpretī diagnostikai vietas nav. Šādā redakcijā MIP neatbalstu; programma jāpārstrādā un jāiesniedz atkārtoti.",
    "Eksāmena uzdevumi kopumā atbilst līmenim. Jāprecizē teorētiskās daļas jautājumi par freoniem (daži ir novecojuši) un jāpievieno drošības instruktāžas pārbaude. Kad tas būs izdarīts, PKE var virzīt saskaņošanai.",
    "B: VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS (LKI 4)",
    "Šeit aina ir krietni labāka. Programma ir mūsdienīga, iekļauta ēku automātika un energoefektivitātes aprēķini. Eksāmena uzdevumi – sistēmas regulēšana un nodošanas dokumentācijas sagatavošana – ir tieši tas, ko tehniķis dara ikdienā.",
    "B: SLĒDZIENS",
    "1. VGK iekārtu remontatslēdznieka MIP – nav atbalstāms; PKE – atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.",
    "2. VGK sistēmu tehniķa MIP un PKE – atbalstāmi un virzāmi saskaņošanai.",
    "",
    "A. Bērziņš",
], rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "not_supported", "Andris Bērziņš", "2026-03-20", 3),
         ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Andris Bērziņš", "2026-03-20", 3),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Andris Bērziņš", "2026-03-20", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Andris Bērziņš", "2026-03-20", 4)],
   note="Letterhead with academic title; two quals in ALL-CAPS sections; SLĒDZIENS uses VGK aliases in genitive and 'MIP un PKE – atbalstāmi' for both. Full name from letterhead (signature is initial).",
   author="Andris Bērziņš", created=(2026, 3, 20), font="Times New Roman", size=12)

# ---------------------------------------------------------------- 04
build("r10a04_motorzaga operators galigais.docx", [
    "B: Motorzaga operators (3. LKI) - MIP un PKE atkartota izvertesana",
    "Sagatavoja: J. Liepa, 2026-02-17",
    "Sis ir mans otrais atzinums par so programmu. Janvara sakuma iesniegto MIP versiju neatbalstiju, jo taja nebija nekas par koku gazsanu sarezgitos apstaklos un motorzaga apkope bija iespiesta viena stunda.",
    "Darba grupa manus iebildumus ir nemusi vera: pievienots modulis par bistamo koku gazsanu, apkope izdalita atseviski, prakse mezizstrades objekta palielinata lidz 6 nedelam.",
    "MIP - atbalstams un virzams saskanosanai bez precizejumiem.",
    "PKE - atbalstams, pec precizejumu veiksanas virzams saskanosanai. Praktiskaja uzdevuma japrecize koka diametrs un japarskata vertesanas lapa (sobrid 40 % punktu par teoriju, tas ir par daudz).",
], rows=[("motorzāģa operators", "MIP", "supported", "J. Liepa", "2026-02-17", 3),
         ("motorzāģa operators", "PKE", "needs_corrections", "J. Liepa", "2026-02-17", 3)],
   note="No diacritics at all; history of earlier non-support (neatbalstiju) must not count; 'bez precizejumiem' = supported; initial+surname.",
   author="", created=(2026, 2, 17))

# ---------------------------------------------------------------- 05 (not a review)
build("r10a05_sanaksmes protokols 24.03.docx", [
    ('center', "Sanāksmes protokols Nr. 3"),
    "Tiešsaistē (MS Teams), 2026. gada 24. martā",
    "Piedalās: K. Auziņa (LDDK, koordinatore), I. Ozoliņa, A. Bērziņš, E. Grīnberga, J. Liepa; VISC pārstāvis M. Zvejnieks.",
    "Darba kārtība: 1) 4. posma ekspertīžu statuss; 2) atkārtoto ekspertīžu kārtība; 3) dažādi.",
    "1. K. Auziņa informē, ka motorzāģa operatora MIP pēc otrās ekspertīzes ir atbalstīta, PKE – atbalstāma pēc precizējumiem; mehatronisko sistēmu tehniķim abi dokumenti atbalstāmi pēc precizējumu veikšanas. VGK iekārtu remontatslēdznieka MIP nav atbalstīta, skola gatavo jaunu redakciju.",
    "2. NOLĒMA: ja eksperts saturu neatbalsta, skola iesniedz pārstrādātu redakciju, un atkārtotu ekspertīzi veic tas pats eksperts. Atkārtotajā atzinumā eksperts norāda, vai saturs ir atbalstāms un virzāms saskaņošanai vai atbalstāms pēc precizējumiem.",
    "3. E. Grīnberga lūdz nodrošināt ekspertiem metodisko atbalstu darbā ar jauno PKE veidlapu. M. Zvejnieks apņemas līdz 3. aprīlim izsūtīt skaidrojumu.",
    "Protokolēja: K. Auziņa",
], problems=["no_verdict"],
   note="NOT a review: meeting minutes restating verdicts and listing options; 'metodisko atbalstu' noun. One no_verdict row, no gold rows.",
   author=KA, created=(2026, 3, 25))

# ---------------------------------------------------------------- 06
build("r10a06_Kokapstrades iekartu operators PKE.docx", [
    "B: Kokapstrādes iekārtu operators — PKE",
    "Paskatījos eksāmena materiālus. Uzdevumi (zāģēšana ar formatzāģi, ēvelēšana, frēzēšana pēc rasējuma) atbilst 3. līmenim, vērtēšanas lapa skaidra.",
    "PKE saturu atbalstu, iebildumu nav – var virzīt saskaņošanai.",
    "Gints Vītols, SIA „Vītols un dēli”",
], rows=[("kokapstrādes iekārtu operators", "PKE", "supported", "Gints Vītols", "", 3)],
   note="Very short, PKE only, no date in text (created date in properties only -> date empty).",
   author=KA, created=(2026, 3, 2))

# ---------------------------------------------------------------- 07
build("r10a07_Krumins_recenzija_datorizetu kokapstr operators.docx", [
    "B: Dr.sc.ing. Aivars Krūmiņš",
    "asociētais profesors, Kokapstrādes katedra",
    "",
    "H1: Recenzija: datorizētu kokapstrādes iekārtu operators (LKI 4)",
    "Recenzija sagatavota par Ogres tehnikuma izstrādāto modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu. Vērtēju, cik lielā mērā dokumenti atbilst profesijas standartam un tam, ko no jauna darbinieka gaida mūsdienīga mēbeļu vai logu ražotne.",
    "B: Programma pa moduļiem",
    "1. modulis „Tehniskā dokumentācija un rasējumi”. Labi strukturēts, ar reāliem rasējumu piemēriem; šis modulis pats par sevi ir atbalstāms bez piebildēm.",
    "2. modulis „CNC programmēšanas pamati”. Pārāk liels uzsvars uz manuālu G-koda rakstīšanu. Ražotnēs programmas gandrīz vienmēr ģenerē CAM programmatūrā, tāpēc darbs ar CAM jāiekļauj kā obligāts sasniedzamais rezultāts, nevis kā „ieteicams”.",
    "3. modulis „Iekārtu iestatīšana un apkope”. Trūkst instrumentu nodiluma kontroles un frēžu nomaiņas procedūras. Tas nav sīkums – tieši šeit rodas lielākā daļa brāķa.",
    "4. modulis „Kvalitātes kontrole”. Korekts; varētu pievienot darbu ar digitālo bīdmēru un datu ierakstīšanu.",
    "5. modulis „Mācību prakse uzņēmumā”. Apjoms (480 stundas) ir pietiekams. Labi, ka prakses dienasgrāmatā paredzēta atgriezeniskā saite no uzņēmuma.",
    "B: Eksāmena saturs",
    "Teorētiskā daļa ir līdzsvarota. Praktiskajā daļā audzēknim jāizgatavo detaļa pēc rasējuma ar CNC apstrādes centru, un šī ideja ir pareiza. Taču vērtēšanas kritēriji ir tik vispārīgi („darbs veikts kvalitatīvi”, „ievērota tehnoloģija”), ka divi vērtētāji vienam un tam pašam darbam var ielikt pilnīgi atšķirīgus punktus. Nav arī noteiktas pieļaujamās izmēru novirzes.",
    "B: Kopvērtējums",
    "Programmu uzskatu par atbalstāmu ar nosacījumu, ka tiek novērsti 2. un 3. modulī minētie trūkumi; pēc tam to var virzīt saskaņošanai.",
    "Eksāmena saturu pašreizējā redakcijā nevaru atbalstīt – vērtēšanas kritēriji jāizstrādā no jauna, un PKE jāiesniedz atkārtotai ekspertīzei.",
    "",
    "Jelgavā, 2026. gada 9. aprīlī",
], rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Aivars Krūmiņš", "2026-04-09", 4),
         ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Aivars Krūmiņš", "2026-04-09", 4)],
   note="Long module-by-module review; a module is 'atbalstāms bez piebildēm' in the body but the Kopvērtējums outranks (MIP with condition). PKE 'nevaru atbalstīt'. Name only in letterhead with title.",
   author="Aivars Krūmiņš", created=(2026, 4, 9))

# ---------------------------------------------------------------- 08
build("r10a08_Fwd_ Re_ Mehatronika atkartota.docx", [
    "---------- Forwarded message ---------",
    "From: Elīna Grīnberga <elina.grinberga@gmail.com>",
    "Date: Mon, Mar 16, 2026 at 10:42 AM",
    "Subject: Re: Mehatronisko sistēmu tehniķis – atkārtotā ekspertīze",
    "To: Kristīne Auziņa <kristine.auzina@lddk.lv>",
    "",
    "Labdien!",
    "Paldies par precizētajām versijām. Salīdzināju ar janvāra redakciju – lielākā daļa mana pirmā atzinuma iebildumu ir novērsti, pneimatikas un PLC moduļi tagad ir savā vietā.",
    "Palikušas dažas lietas. Robotikas modulī joprojām nav ne vārda par drošības zonām un sadarbīgajiem robotiem. Eksāmenā PLC programmēšanas uzdevums un elektropiedziņas pieslēgšana ielikti vienā 6 stundu blokā – tas jāsadala divās daļās, citādi neviens netiks galā.",
    "Līdz ar to gan MIP, gan PKE atbalstu, bet pirms virzīšanas saskaņošanai skolai šie punkti jāizlabo. Otrreiz man tos pārskatīt nevajag, pietiks, ja koordinatore pārbaudīs.",
    "Elīna",
    "",
    "On Thu, Jan 22, 2026 at 3:14 PM Elīna Grīnberga <elina.grinberga@gmail.com> wrote:",
    "> Pirmās redakcijas atzinums: MIP saturs nav atbalstāms, PKE saturs nav atbalstāms.",
    "> Galvenais iemesls – programmā nav PLC programmēšanas kā atsevišķa moduļa, bet eksāmens to prasa.",
    "> E. Grīnberga",
], rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Elīna Grīnberga", "2026-03-16", 4),
         ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Elīna Grīnberga", "2026-03-16", 4)],
   note="Gmail forward, English headers; current message: 'gan MIP, gan PKE atbalstu, bet pirms virzīšanas ... jāizlabo' -> both needs_corrections; quoted January message with 'nav atbalstāms' is history and must not count.",
   author=KA, created=(2026, 3, 16))

# ---------------------------------------------------------------- 09 (tracked changes)
TZ = ("Dace Zariņa", "2026-04-22T10:12:00Z")
build("r10a09_KIRT_atzinums_Zarina_labots.docx", [
    ('center', "Eksperta viedoklis"),
    "par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” MIP un PKE saturu",
    "Dokumentus izskatīju aprīļa otrajā un trešajā nedēļā. Programma aptver visu ražošanas ķēdi – no kokmateriālu pieņemšanas līdz gatavās produkcijas kvalitātes kontrolei –, un tas ir liels pluss.",
    "Būtiskākais iebildums: 4. modulī aprakstīta tikai masīvkoka apstrāde, bet nekas par līmēto koksni un CLT paneļiem, kas Latvijā tagad ir viens no galvenajiem eksporta produktiem.",
    "Sākotnēji biju nolēmusi eksāmenu neatbalstīt, jo vērtēšanas lapā nebija tehnoloģiskās kartes. Pēc sarunas ar darba grupas vadītāju 21. aprīlī saņēmu papildinātu vērtēšanas lapu, kurā tā ir iekļauta.",
    "B: Secinājumi",
    ["Modulārās izglītības programmas saturs ir atbalstāms", ('del', " un virzāms saskaņošanai"),
     ('ins', "; pēc precizējumu veikšanas virzāms saskaņošanai"), "."],
    [('ins', "Precizējumi: 4. moduli papildināt ar līmētās koksnes un CLT ražošanas tehnoloģiju.")],
    ["Profesionālās kvalifikācijas eksāmena saturs ", ('del', "nav atbalstāms"),
     ('ins', "ir atbalstāms un virzāms saskaņošanai"), "."],
    "",
    "Dace Zariņa",
    "SIA „Baltic Timber Works” tehnoloģe",
    "22.04.2026.",
], rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Dace Zariņa", "2026-04-22", 4),
         ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Dace Zariņa", "2026-04-22", 4)],
   note="Track changes in the conclusion: MIP 'un virzāms' deleted, '; pēc precizējumu veikšanas virzāms' inserted -> needs_corrections; PKE 'nav atbalstāms' deleted, 'ir atbalstāms un virzāms' inserted -> supported. Body mentions intention to reject (history).",
   author="Dace Zariņa", created=(2026, 4, 20), track=TZ)

# ---------------------------------------------------------------- 10 (unknown qualification)
build("r10a10_Metinatajs_atzinums_Sprogis.docx", [
    "B: Atzinums par kvalifikācijas „Metinātājs” (LKI 3. līmenis) MIP un PKE saturu",
    "Izvērtēju Daugavpils tehnikuma iesniegto programmu un eksāmena saturu, salīdzinot tos ar metinātāja profesijas standartu un LVS EN ISO 9606-1 prasībām, pēc kurām metinātājus sertificē mūsu nozarē.",
    "Programmā ir visi četri galvenie procesi (MMA, MAG, TIG, gāzes metināšana), un prakses apjoms ļauj audzēknim sasniegt līmeni, kurā viņu var pielaist pie sertifikācijas parauga. Patīk, ka iekļauta arī šuvju vizuālā kontrole.",
    "Eksāmenā paredzēts metināt kontrolparaugus divās telpiskajās pozīcijās, un vērtēšana balstīta uz standarta pieļaujamajiem defektiem – tā tam arī jābūt.",
    "Abiem dokumentiem piekrītu pilnībā: MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai.",
    "",
    "Viktors Sproģis, metināšanas inženieris (IWE)",
    "2026. gada 26. februārī",
], rows=[("metinātājs", "MIP", "supported", "Viktors Sproģis", "2026-02-26", 3),
         ("metinātājs", "PKE", "supported", "Viktors Sproģis", "2026-02-26", 3)],
   problems=["unknown_qualification"],
   note="Qualification not in the register (metinātājs), LKI stated in title; one sentence covers both documents.",
   author="Viktors Sproģis", created=(2026, 2, 26))

# ---------------------------------------------------------------- 11 (PKE no verdict)
build("r10a11_buvizstradajumu galdnieks MIP un PKE piezimes.docx", [
    "B: Būvizstrādājumu galdnieks – piezīmes par MIP un PKE",
    "MIP. Programmai pretenziju nav. Logu un durvju izgatavošanas moduļi ir pārdomāti, vērā ņemti arī jaunie energoefektivitātes prasību standarti. Programmu iesaku virzīt saskaņošanai tādu, kāda tā ir.",
    "PKE. Izskatīju teorijas testu un praktisko uzdevumu. Testā vairāki jautājumi par logu iebūvi būvobjektā drīzāk ir montētāja, nevis galdnieka kompetence. Praktiskajā uzdevumā nav norādīts, kādus materiālus nodrošina skola un kādus – eksaminējamais. Par šiem jautājumiem vēl jārunā ar darba grupu; atzinumu par eksāmenu nosūtīšu atsevišķi.",
    "Laura Meijere",
    "06.05.2026.",
], rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Laura Meijere", "2026-05-06", 4),
         ("būvizstrādājumu galdnieks", "PKE", "unknown", "Laura Meijere", "2026-05-06", 4)],
   problems=["no_verdict"],
   note="MIP 'pretenziju nav ... iesaku virzīt saskaņošanai' (supported, no verdict keyword 'atbalst'); PKE discussed but verdict postponed -> unknown + no_verdict.",
   author="Laura Meijere", created=(2026, 5, 6))

# ---------------------------------------------------------------- 12 (conflict)
build("r10a12_meza masinu operators_atsauksme_Abele.docx", [
    "Kristaps Ābele",
    "Meža mašīnu operatoru apmācības vadītājs",
    "03.03.2026",
    "",
    "B: Atsauksme par kvalifikācijas „Meža mašīnu operators” (3. LKI) programmu un eksāmenu",
    "Harvestera un forvardera vadīšana programmā ir sadalīta loģiski, un simulatora nodarbības ir labs risinājums, tomēr 60 stundas simulatorā ir maz – mūsu pieredzē vajag vismaz 100. Apkopes modulis labs, hidraulikas daļa pat ļoti laba.",
    "Eksāmenā paredzēts cirsmas izstrādes uzdevums ar simulatoru un tehniskās apkopes uzdevums ar reālu mašīnu. Šāda kombinācija ir pareiza, un vērtēšanas kritēriji ir skaidri.",
    "B: Kopvērtējums",
    "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
    "PKE saturs ir atbalstāms un virzāms saskaņošanai.",
    "MIP saturs nav atbalstāms.",
], rows=[("meža mašīnu operators", "MIP", "unknown", "Kristaps Ābele", "2026-03-03", 3),
         ("meža mašīnu operators", "PKE", "supported", "Kristaps Ābele", "2026-03-03", 3)],
   problems=["conflict"],
   note="Kopvērtējums contains two contradictory lines for MIP (left-over from a template); body is mixed, so a coordinator could not decide -> MIP unknown + conflict; PKE clear.",
   author="Kristaps Ābele", created=(2026, 3, 3))

# ---------------------------------------------------------------- 13
build("r10a13_Elektrotehnikis_ekspertize_Pauls Lacis.docx", [
    "B: Eksperta atzinums",
    "Profesionālā kvalifikācija: elektrotehniķis (PKL 3. līmenis)",
    "Izglītības iestāde: Rīgas Tehniskā koledža",
    "",
    "Programma kopumā veidota pēc jaunā profesijas standarta, un tas ir jūtams: iekļauta viedo tīklu un uzskaites sistēmu tēmatika, kas agrāk pilnībā iztrūka. Mazāk apmierina releju aizsardzības modulis – tas ir tikai teorētisks, bez neviena praktiskā darba ar aizsardzības iekārtām. Tāpat programmā nekur skaidri nav pateikts, ka beidzējs iegūst elektrodrošības grupu.",
    "Programmu atbalstu ar nosacījumu, ka releju aizsardzības modulis tiks papildināts ar praktiskiem darbiem un elektrodrošības grupas iegūšana tiks skaidri ierakstīta. Pēc šo precizējumu veikšanas iesaku virzīt saskaņošanai.",
    "Ar eksāmenu ir sliktāk. Praktiskā daļa faktiski ir elektromontiera līmeņa uzdevums – sadalnes salikšana pēc gatavas shēmas. Tehniķim jāpārbauda spēja pašam izvēlēties aizsardzības aparātus, veikt mērījumus un noformēt nodošanas dokumentāciju. Eksāmena saturu neatbalstu.",
    "",
    "Pauls Lācis",
    "AS „Enerģijas tīkli”, releju aizsardzības inženieris",
    "Ogrē, 2026.g. 14.aprīlī",
], rows=[("elektrotehniķis", "MIP", "needs_corrections", "Pauls Lācis", "2026-04-14", 4),
         ("elektrotehniķis", "PKE", "not_supported", "Pauls Lācis", "2026-04-14", 4)],
   header="Eksperta atzinums | P. Lācis | 4.2.2.9. projekts",
   footer="2026.g. 14.aprīlis",
   note="Old level PKL 3 (= LKI 4); MIP 'atbalstu ar nosacījumu' + next sentence; PKE 'neatbalstu'. Header/footer carry initial and date.",
   author="Pauls Lācis", created=(2026, 4, 14))

# ---------------------------------------------------------------- 14 (not a review)
build("r10a14_LDDK vestule ekspertiem par 5 posmu.docx", [
    "Godātie nozaru eksperti!",
    "Atgādinām, ka projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) jāpabeidz vēl deviņu kvalifikāciju MIP un PKE satura ekspertīze. Paldies visiem, kas jau iesnieguši atzinumus par motorzāģa operatoru, mežsaimniecības tehniķi un mehatronisko sistēmu tehniķi!",
    "Atzinumā lūdzam katram dokumentam norādīt vienu no variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Ja vērtējat tikai vienu dokumentu, lūdzu to norādiet atzinuma sākumā.",
    "Ja skola iesniedz precizētu redakciju, atkārtotā atzinumā īsi aprakstiet, kuri iebildumi ir novērsti. Jautājumu gadījumā VISC nodrošinās metodisko atbalstu.",
    "Ar cieņu,",
    "Kristīne Auziņa",
    "LDDK projekta koordinatore",
    "2026. gada 2. aprīlī",
], problems=["no_verdict"],
   note="NOT a review: coordinator's letter listing all verdict options and thanking for earlier reviews.",
   author=KA, created=(2026, 4, 2))

# ---------------------------------------------------------------- 15
build("r10a15_mezsaimniecibas tehniķis_Kaleja.docx", [
    "B: Mežsaimniecības tehniķa (4. LKI) modulārās programmas un kvalifikācijas eksāmena vērtējums",
    "Vērtējot programmu, man bija svarīgi, lai tajā būtu ne tikai mežkopība, bet arī digitālie rīki – meža inventarizācijas dati, ĢIS, dronu uzmērījumi. Priecē, ka darba grupa tos iekļāvusi jau pirmajā kursā, nevis atstājusi izvēles moduļos. Meža atjaunošanas un kopšanas moduļi atbilst Meža likuma un MK noteikumu prasībām.",
    "Iebildumu nav; programmu iesaku virzīt saskaņošanai.",
    "Arī eksāmena praktiskais uzdevums – cirsmas projektēšana un dabā veiktu darbu pieņemšana – ir tieši tas, ko tehniķis dara. Pievienojos darba grupas piedāvājumam: PKE saturs ir atbalstāms un virzāms saskaņošanai.",
    "Datums: 2026. gada 27. marts",
], rows=[("mežsaimniecības tehniķis", "MIP", "supported", "Rūta Kalēja", "2026-03-27", 4),
         ("mežsaimniecības tehniķis", "PKE", "supported", "Rūta Kalēja", "2026-03-27", 4)],
   header="Sagatavoja: Mg.silv. Rūta Kalēja",
   note="Expert name only in the page header (with title). MIP via 'Iebildumu nav; ... iesaku virzīt' (positive 'nav').",
   author=KA, created=(2026, 3, 27))

# ---------------------------------------------------------------- 16 (three quals, lettered)
build("r10a16_Ozols_kokrupnieciba_3 kvalifikacijas.docx", [
    "Edgars Ozols",
    "meža nozares eksperts, SIA „Ozolu mežs”",
    "",
    "B: Atzinums par trīs kokrūpniecības nozares kvalifikāciju dokumentiem",
    "Šajā atzinumā apvienoju vērtējumu par visiem man 5. posmā nodotajiem materiāliem. Ne visām kvalifikācijām esmu saņēmis abus dokumentus, tāpēc katrā sadaļā norādu, ko tieši vērtēju.",
    "B: A) Motorzāģa operators",
    "Man tika nodots tikai eksāmena saturs (precizētā redakcija); programmu vērtēja J. Liepa. Praktiskajā uzdevumā tagad skaidri noteikts koka diametrs, teorijas īpatsvars samazināts. Eksāmenu atbalstu, to var virzīt saskaņošanai.",
    "B: B) Meža mašīnu operators",
    "Programmā joprojām par maz stundu simulatorā, un nav nekā par darbu ar mežizstrādes informācijas sistēmām. Tas jāprecizē. Pēc precizējumu veikšanas MIP būs virzāma saskaņošanai – kopumā atbalstāma. Eksāmena saturs sabalansēts, piebilžu nav; PKE atbalstāms un virzāms saskaņošanai.",
    "B: C) Kokapstrādes iekārtu operators",
    "Eksāmena materiāli vēl nav iesniegti, tāpēc vērtēju tikai programmu. Tā pēc būtības ir vecās arodizglītības programmas pārrakstījums: moduļi nav balstīti kompetencēs, sasniedzamie rezultāti nav izmērāmi, darba vidē balstītām mācībām nav vietas. Programma nav atbalstāma, tā jāizstrādā no jauna.",
    "",
    "Rēzeknē, 2026. gada 15. maijā",
], rows=[("motorzāģa operators", "PKE", "supported", "Edgars Ozols", "2026-05-15", 3),
         ("meža mašīnu operators", "MIP", "needs_corrections", "Edgars Ozols", "2026-05-15", 3),
         ("meža mašīnu operators", "PKE", "supported", "Edgars Ozols", "2026-05-15", 3),
         ("kokapstrādes iekārtu operators", "MIP", "not_supported", "Edgars Ozols", "2026-05-15", 3)],
   note="Three quals in lettered sections; A only PKE (MIP by another expert -> no row); B MIP condition before verdict ('Pēc precizējumu veikšanas ... virzāma – kopumā atbalstāma'); C PKE not submitted -> no row.",
   author="Edgars Ozols", created=(2026, 5, 15))

# ---------------------------------------------------------------- 17 (running text)
build("r10a17_Energetika_Rudzite_elektromontieris un elektrotehnikis.docx", [
    "Labdien!",
    "Šajā vēstulē apkopoju savu viedokli par abām man uzticētajām kvalifikācijām – elektromontiera (LKI 3) un elektrotehniķa (LKI 4) programmām un eksāmeniem, ko izstrādājis Jelgavas tehnikums.",
    "Sākšu ar elektromontieri. Programma ir praktiska un tuva darbam objektā, taču augstsprieguma drošības jautājumi ir tikai pieminēti, bet ne izvērsti. Eksāmenā trūkst uzdevuma par iezemēšanas mērījumiem, kas ir pamatprasme. Abos dokumentos tās ir nelielas, bet obligātas korekcijas.",
    "Elektrotehniķa programma man patika vislabāk no visām, ko šogad esmu lasījusi – tur nav ko labot. Eksāmenā gan vērtēšanas lapā punkti par dokumentācijas noformēšanu saskaitās uz 110 %, tas jāizlabo.",
    "Rezumējot: elektromontiera MIP un PKE ir atbalstāmi, bet virzāmi saskaņošanai tikai pēc precizējumiem; elektrotehniķa MIP – atbalstāma un virzāma saskaņošanai bez labojumiem, elektrotehniķa PKE – atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.",
    "",
    "Inese Rudzīte",
    "SIA „Elektroserviss Vidzeme”, tehniskā direktore",
    "Valmierā, 02.06.2026.",
], rows=[("elektromontieris", "MIP", "needs_corrections", "Inese Rudzīte", "2026-06-02", 3),
         ("elektromontieris", "PKE", "needs_corrections", "Inese Rudzīte", "2026-06-02", 3),
         ("elektrotehniķis", "MIP", "supported", "Inese Rudzīte", "2026-06-02", 4),
         ("elektrotehniķis", "PKE", "needs_corrections", "Inese Rudzīte", "2026-06-02", 4)],
   note="Two quals inside running text (genitive forms), verdicts in one 'Rezumējot' sentence; 'bez labojumiem' = supported.",
   author=KA, created=(2026, 6, 3))

# ---------------------------------------------------------------- 18 (strike-through)
build("r10a18_atzinums VGK tehnikis_Vanags.docx", [
    "B: Atzinums par kvalifikācijas „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis” dokumentiem",
    "Esmu izskatījis Ventspils tehnikuma precizēto MIP un PKE. Programmā joprojām pietrūkst siltumsūkņu tēmas, kas tirgū kļūst par standartu; to var pievienot esošajā modulī „Apkures un dzesēšanas avoti”, nemainot programmas struktūru. Eksāmens sakārtots labi, vērtēšanas kritēriji izmērāmi.",
    "Slēdziens (nevajadzīgo svītrot):",
    ["MIP saturs: ", ('s', "ir atbalstāms un virzāms saskaņošanai"), " / ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / ", ('s', "nav atbalstāms")],
    ["PKE saturs: ir atbalstāms un virzāms saskaņošanai / ", ('s', "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"), " / ", ('s', "nav atbalstāms")],
    "",
    "Normunds Vanags",
    "30.04.2026",
], rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Normunds Vanags", "2026-04-30", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", "Normunds Vanags", "2026-04-30", 4)],
   note="Prose plus a 'nevajadzīgo svītrot' conclusion: non-chosen options struck through (font strike).",
   author="Normunds Vanags", created=(2026, 4, 30))

# ---------------------------------------------------------------- 19 (unknown qual, MIP only)
build("r10a19_Metalapstrades darbgaldu operators_MIP_Purins.docx", [
    "Sandis Puriņš | SIA „Metālmeistars” | galvenais tehnologs",
    "",
    "B: Par programmu „Metālapstrādes darbgaldu operators” (LKI 3)",
    "Eksāmena saturs vēl nav izstrādāts, tāpēc šis viedoklis attiecas tikai uz modulāro programmu.",
    "Programmai dodu pozitīvu vērtējumu, taču ar dažiem precizējumiem. Virpošanas un frēzēšanas moduļos jāpievieno mērīšana ar mikrometru un indikatoru, jo bez tā operators nevar pats kontrolēt detaļu. Arī darba aizsardzībai pie darbgaldiem jāvelta atsevišķs sasniedzamais rezultāts. Kad tas būs ieviests, programmu var virzīt saskaņošanai.",
    "Vēl ieteikums (nav obligāts): izvēles modulī varētu iepazīstināt ar CNC pamatiem.",
    "2026. gada 20. maijā",
], rows=[("metālapstrādes darbgaldu operators", "MIP", "needs_corrections", "Sandis Puriņš", "2026-05-20", 3)],
   problems=["unknown_qualification"],
   note="Unknown qualification; MIP only (PKE not yet developed -> no row); nominal 'dodu pozitīvu vērtējumu, taču ar precizējumiem' + 'Kad tas būs ieviests ... virzīt'; optional suggestion does not change verdict.",
   author="Sandis Puriņš", created=(2026, 5, 20))

# ---------------------------------------------------------------- 20 (Outlook EN, round 2)
build("r10a20_RE Fw mebelu galdnieks MIP precizetais.docx", [
    "From: Ilze Ozoliņa <ilze.ozolina@kmebele.lv>",
    "Sent: Wednesday, April 8, 2026 8:51 AM",
    "To: Kristīne Auziņa <kristine.auzina@lddk.lv>",
    "Subject: RE: Fw: Mēbeļu galdnieks MIP precizētais",
    "",
    "Labrīt, Kristīne!",
    "Precizēto programmu izskatīju. Visi trīs punkti no mana 12. marta atzinuma ir izlaboti: korpusu modulī sasniedzamie rezultāti tagad konkrēti, ūdens bāzes pārklājumi iekļauti, darba aizsardzība apvienota vienā vietā.",
    "Tagad programmu droši var virzīt saskaņošanai – atbalstu.",
    "Eksāmenu jau martā atbalstīju, un to atkārtoti neskatīju.",
    "Ilze",
    "",
    "From: Kristīne Auziņa",
    "Sent: Friday, April 3, 2026 14:20",
    "To: Ilze Ozoliņa",
    "Subject: Fw: Mēbeļu galdnieks MIP precizētais",
    "> Ilze, labdien! Skola atsūtīja precizēto MIP pēc Jūsu piezīmēm. Lūdzu, apskatiet, vai tagad to var atbalstīt bez precizējumiem. Paldies!",
], rows=[("mēbeļu galdnieks", "MIP", "supported", "Ilze Ozoliņa", "2026-04-08", 4)],
   note="Outlook English headers; second round of file 01 MIP now supported; PKE mentioned only as history and explicitly not re-reviewed -> no PKE row; quoted coordinator question is not a verdict.",
   author=KA, created=(2026, 4, 8))

# ---------------------------------------------------------------- 21 (long, MIP only, not supported)
build("r10a21_Celmins_mehatronikas MIP moduli.docx", [
    "Dr.sc.ing. Oskars Celmiņš",
    "docents, Mehatronikas institūts",
    "",
    "H1: Otrs viedoklis par mehatronisko sistēmu tehniķa MIP",
    "LDDK lūdza sniegt neatkarīgu viedokli par mehatronisko sistēmu tehniķa (LKI 4) modulāro izglītības programmu papildus nozares eksperta atzinumam. Eksāmena saturu es nevērtēju – tas nav šī uzdevuma daļa.",
    "Programmai ir skaidra ideja: mehānika, elektrotehnika, pneimatika un vadība tiek apgūtas paralēli, un katrā semestrī ir integrējošs projekts. Šī pieeja ir laba, un darba grupai par to pienākas atzinība.",
    "Problēmas sākas moduļu līmenī. Modulis „Programmējamie loģiskie kontrolleri” ir ierakstīts kā izvēles modulis, lai gan bez PLC mehatroniķis šodien nav iedomājams. Modulis „Elektropiedziņa” aprobežojas ar līdzstrāvas dzinējiem, frekvenču pārveidotāji nav minēti vispār. Sensoru modulī nav neviena praktiskā darba ar rūpnieciskajiem tīkliem (Profinet, IO-Link). Robotikai atvēlētas 24 stundas – tas ir mazāk, nekā daudzās vispārizglītojošās skolās.",
    "Kvalifikācijas prakse paredzēta tikai pēdējā semestrī, un tās saturs nav saistīts ar moduļiem; no prakses dienasgrāmatas nav redzams, kuri sasniedzamie rezultāti tiek apgūti uzņēmumā.",
    "B: Noslēgumā",
    "Neskatoties uz vairākiem veiksmīgiem risinājumiem, programma pašreizējā redakcijā nav atbalstāma. Iesaku to pārstrādāt, PLC moduli padarot par obligātu un papildinot piedziņas un tīklu tēmas, un pēc tam iesniegt atkārtotai ekspertīzei.",
    "",
    "Rīgā, 11.02.2026.",
], rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported", "Oskars Celmiņš", "2026-02-11", 4)],
   note="Long MIP-only review; 'Neskatoties uz' trap then 'nav atbalstāma'; PKE explicitly not covered -> no row; academic title in letterhead dropped.",
   author="Oskars Celmiņš", created=(2026, 2, 11), font="Cambria")

# ---------------------------------------------------------------- 22 (not a review: assignment table)
build("r10a22_ekspertu sadale 5 posms.docx", [
    ('center', "Ekspertu sadale projekta 5. posmam (2026. gada aprīlis – jūlijs)"),
    ('table', [
        ["Nr.", "Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš", "Piezīmes"],
        ["1.", "Mēbeļu galdnieks", "4", "MIP (atkārtoti)", "I. Ozoliņa", "10.04.2026", "PKE atbalstīts martā"],
        ["2.", "Datorizētu kokapstrādes iekārtu operators", "4", "MIP, PKE", "A. Krūmiņš", "15.04.2026", ""],
        ["3.", "Būvizstrādājumu galdnieks", "4", "MIP, PKE", "L. Meijere", "08.05.2026", ""],
        ["4.", "Elektrotehniķis", "4", "MIP, PKE", "P. Lācis", "15.04.2026", "PKE jāatbalsta vai jānoraida ar pamatojumu"],
        ["5.", "VGK iekārtu remontatslēdznieks", "3", "MIP (atkārtoti), PKE", "A. Bērziņš", "17.04.2026", "MIP iepriekš nav atbalstīts"],
        ["6.", "Kokapstrādes iekārtu operators", "3", "MIP", "E. Ozols", "15.05.2026", "PKE vēl nav iesniegts"],
    ]),
    "Sagatavoja: K. Auziņa, 01.04.2026.",
], problems=["no_verdict"],
   note="NOT a review: assignment table with qualification, expert, deadline and status notes that contain verdict words.",
   author=KA, created=(2026, 4, 1))

# ---------------------------------------------------------------- 23 (hasty, no diacritics)
build("r10a23_elektromontieris PKE Sile.docx", [
    "Elektromontieris PKE - mans viedoklis",
    "PKE ok, atbalstu, var virzit saskanosanai. Uzdevumi atbilst 3. limenim, merijumi ieklauti, drosibas prasibas ari.",
    "Tikai 3. uzdevuma laika limits varbut jaizskata (45 min ir saspringti) - tas ir ieteikums, ne obligati.",
    "Guna Sile 05.02.2026",
], rows=[("elektromontieris", "PKE", "supported", "Guna Sile", "2026-02-05", 3)],
   note="Hasty, no diacritics, one document; optional suggestion ('ieteikums, ne obligati') does not turn it into needs_corrections. Name as written without diacritics.",
   author="", created=(2026, 2, 5))

# ---------------------------------------------------------------- 24 (re-review PKE)
build("r10a24_Būvizstrādājumu galdnieks_PKE_ATKĀRTOTI.docx", [
    "B: Būvizstrādājumu galdnieks – eksāmena satura vērtējums (atkārtoti)",
    "Pēc 6. maija piezīmēm tikos ar darba grupu, un skola atsūtīja precizētu PKE variantu. Programmu atbalstīju jau iepriekšējā reizē, tāpēc šoreiz to neskatīju.",
    "Diemžēl precizētajā eksāmenā galvenās problēmas palikušas. Teorijas testā joprojām gandrīz trešdaļa jautājumu ir par logu iebūvi būvobjektā; praktiskajā uzdevumā nav noteikts, kāda mitruma koksne tiek izmantota, un nav pieļaujamo noviržu. Vērtēšanas lapa nav mainīta vispār.",
    "Tādēļ eksāmena saturu nevaru atbalstīt. Nepieciešama būtiska pārstrāde un jauna ekspertīze.",
    "L. Meijere",
    "25.05.2026.",
], rows=[("būvizstrādājumu galdnieks", "PKE", "not_supported", "L. Meijere", "2026-05-25", 4)],
   note="Second round of file 11 PKE: 'nevaru atbalstīt'; MIP explicitly not re-reviewed -> no row. Signed with initial.",
   author="Laura Meijere", created=(2026, 5, 25))

# ---------------------------------------------------------------- 25 (two unknown quals, numbered)
build("r10a25_Sprogis_metalapstrade_2 kvalifikacijas.docx", [
    "B: Ekspertīzes atzinums – mašīnbūves un metālapstrādes nozare",
    "Eksperts: Viktors Sproģis",
    "Datums: 10.06.2026.",
    "",
    "B: Kvalifikācija Nr. 1 – CNC metālapstrādes operators (LKI 4)",
    "Programma ir spēcīga: CAM, instrumentu izvēle, griešanas režīmu aprēķins, 5 asu apstrāde kā izvēles modulis. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
    "Eksāmenā praktiskais uzdevums labs, bet nav norādīts, kuras CNC vadības sistēmas (Fanuc, Heidenhain, Siemens) skola var nodrošināt – eksaminējamam tas jāzina iepriekš. PKE saturs atbalstāms pēc šī precizējuma; tad var virzīt saskaņošanai.",
    "B: Kvalifikācija Nr. 2 – Metālkonstrukciju atslēdznieks (LKI 3)",
    "Tika iesniegta tikai programma, eksāmens vēl tiek izstrādāts. Programma ir pārkopēta no metinātāja programmas, atslēdznieka darbs (konstrukciju montāža, skrūvju savienojumi, marķēšana) tajā faktiski nav aprakstīts. MIP neatbalstu.",
], rows=[("CNC metālapstrādes operators", "MIP", "supported", "Viktors Sproģis", "2026-06-10", 4),
         ("CNC metālapstrādes operators", "PKE", "needs_corrections", "Viktors Sproģis", "2026-06-10", 4),
         ("metālkonstrukciju atslēdznieks", "MIP", "not_supported", "Viktors Sproģis", "2026-06-10", 3)],
   problems=["unknown_qualification"],
   note="Two qualifications, both NOT in the register, numbered sections; PKE condition after semicolon; second qual MIP only (PKE not submitted -> no row).",
   author="Viktors Sproģis", created=(2026, 6, 10))

# ---------------------------------------------------------------- 26 (anonymous)
build("r10a26_atsauksme.docx", [
    ('right', "18.03.2026"),
    "B: Atsauksme par koka izstrādājumu ražošanas tehniķa programmu un eksāmenu",
    "Programma atbilst nozares vajadzībām, moduļos ir gan tehnoloģija, gan ražošanas plānošana, gan kvalitātes vadība. To varētu virzīt saskaņošanai bez labojumiem – atbalstāma.",
    "Eksāmena saturs arī atbalstāms, taču pirms saskaņošanas jāizlabo teorētiskās daļas atbilžu lapa (3 jautājumiem norādītas nepareizas atbildes) un jāsaskaņo praktiskā uzdevuma laiks ar vērtēšanas lapu.",
], rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", "", "2026-03-18", 4),
         ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", "", "2026-03-18", 4)],
   note="Anonymous review (no name in text, empty author property) -> expert empty; date only at top right; documents referred to as 'programma'/'eksāmens'.",
   author="", created=(2026, 3, 18))

# ---------------------------------------------------------------- 27 (not a review: news)
build("r10a27_Jaunumi_LDDK eksperti turpina darbu.docx", [
    "H1: Nozaru eksperti turpina darbu pie profesionālās izglītības satura",
    "Latvijas Darba devēju konfederācija arī 2026. gadā piedalās 4.2.2. specifiskā atbalsta mērķa projektā, kurā nozaru eksperti vērtē profesionālās izglītības iestāžu izstrādātās modulārās programmas (MIP) un kvalifikācijas eksāmenu (PKE) saturu.",
    "Līdz marta beigām ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. Mehatronisko sistēmu tehniķim gan programmas, gan eksāmena saturs atzīts par atbalstāmu pēc precizējumu veikšanas.",
    "„Nozares uzņēmumi atbalsta šādu pieeju, jo beidzot var ietekmēt to, ko skolās māca,” stāsta mēbeļu ražotāja pārstāve Ilze Ozoliņa. Viņa uzsver, ka ekspertu uzdevums nav tikai pateikt, vai saturs ir atbalstāms, bet arī palīdzēt darba grupām ar konkrētiem ieteikumiem.",
    "Darbu plānots pabeigt 2026. gada jūlijā, projekta 5. posmā.",
    "I: Publicēts: lddk.lv, 2026. gada 10. aprīlī",
], problems=["no_verdict"],
   note="NOT a review: news item restating verdicts; 'atbalsta mērķa' noun, 'uzņēmumi atbalsta' third person.",
   author=KA, created=(2026, 4, 10))

# ---------------------------------------------------------------- 28 (round 2)
build("r10a28_VGK remontatslēdznieks otrā kārta.docx", [
    "B: VGK iekārtu remontatslēdznieks (LKI 3) – atkārtota ekspertīze",
    "Salīdzinot ar manā 20. marta atzinumā vērtēto redakciju, programma ir pārstrādāta nopietni: pievienots modulis par aukstuma aģentiem un F-gāzu prasībām, dublēšanās izņemta, diagnostikai atvēlētas 80 stundas.",
    "Programmu tagad varu atbalstīt, tomēr pirms virzīšanas saskaņošanai jāizlabo divas lietas – moduļu kodos ir sajaukta numerācija, un prakses aprakstā vēl palicis vecais kvalifikācijas nosaukums.",
    "Eksāmenā visi mani iepriekšējie precizējumi ir ievēroti, tāpēc PKE virzāms saskaņošanai bez papildu labojumiem.",
    "",
    "Andris Bērziņš, Mg.sc.ing.",
    "15.04.2026.",
], rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Andris Bērziņš", "2026-04-15", 3),
         ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Andris Bērziņš", "2026-04-15", 3)],
   note="Second round of file 03 (history in body); MIP 'varu atbalstīt, tomēr pirms virzīšanas ... jāizlabo'; PKE 'virzāms saskaņošanai bez papildu labojumiem' (precizējumi mentioned as already done).",
   author="Andris Bērziņš", created=(2026, 4, 15))

# ---------------------------------------------------------------- 29 (Gmail, two quals, partial no_verdict)
build("r10a29_Dzenis_mezsaimniecibas tehnikis un motorzagis.docx", [
    "Mārtiņš Dzenis <martins.dzenis@inbox.lv>",
    "piektd., 2026. gada 20. febr. 14:03",
    "kam: Kristīne",
    "",
    "Sveika, Kristīne!",
    "Sūtu savu vērtējumu abām kvalifikācijām, kas man bija jāskata. Rakstu no telefona, tāpēc īsi.",
    "1) Mežsaimniecības tehniķis. Programma ir par daudz teorētiska: meža taksācija un inventarizācija tikai lekcijās, lauka darbiem 2 nedēļas. ĢIS vispār nav. MIP neatbalstu, jāpārstrādā. PKE izskatīju, bet tur viss atkarīgs no tā, kā mainīsies programma, tāpēc vērtējumu sniegšu pēc tikšanās ar darba grupu.",
    "2) Motorzāģa operators - te viss ir kārtībā. Programma un eksāmens atbalstāmi un virzāmi saskaņošanai, man piezīmju nav.",
    "Mārtiņš",
    "",
    "> 2026. gada 9. febr., pirmd., 10:11, Kristīne Auziņa <kristine.auzina@lddk.lv> rakstīja:",
    "> Mārtiņ, atgādinu par mežsaimniecības tehniķa un motorzāģa operatora ekspertīzi – termiņš 20. februāris.",
], rows=[("mežsaimniecības tehniķis", "MIP", "not_supported", "Mārtiņš Dzenis", "2026-02-20", 4),
         ("mežsaimniecības tehniķis", "PKE", "unknown", "Mārtiņš Dzenis", "2026-02-20", 4),
         ("motorzāģa operators", "MIP", "supported", "Mārtiņš Dzenis", "2026-02-20", 3),
         ("motorzāģa operators", "PKE", "supported", "Mārtiņš Dzenis", "2026-02-20", 3)],
   problems=["no_verdict"],
   note="Gmail print in Latvian; two quals; mežsaimniecības tehniķis PKE read but verdict postponed -> unknown + no_verdict; 'Programma un eksāmens atbalstāmi' covers both documents.",
   author=KA, created=(2026, 2, 20))

# ---------------------------------------------------------------- 30 (round 2 PKE)
build("r10a30_Datorizētās kokapstrādes operators_PKE_v2.docx", [
    "B: Datorizēto kokapstrādes iekārtu operatoru eksāmens – otrā redakcija",
    "Savā 9. aprīļa recenzijā eksāmena saturu neatbalstīju vērtēšanas kritēriju dēļ. Jaunajā vērtēšanas lapā katram kritērijam ir skaidri punktu sliekšņi, noteiktas pieļaujamās izmēru novirzes (±0,5 mm) un paredzēta atsevišķa rindiņa darba drošībai.",
    "Līdz ar to PKE tagad ir atbalstāms un virzāms saskaņošanai.",
    "(Programmas precizējumus skolai iesniegt vēl tikai jūnijā, tāpēc par MIP šoreiz nerakstu.)",
    "A. Krūmiņš",
    "Jelgavā, 2026. gada 4. maijā",
], rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "A. Krūmiņš", "2026-05-04", 4)],
   note="Qualification named in a variant genitive plural form; history of 'neatbalstīju' must not count; MIP explicitly not covered -> no row.",
   author="Aivars Krūmiņš", created=(2026, 5, 4))

# ---------------------------------------------------------------- 31 (tracked changes, round 2)
TL = ("Pauls Lācis", "2026-05-12T08:40:00Z")
build("r10a31_elektrotehnika_MIP_Lacis_labots.docx", [
    "B: Elektrotehniķis (LKI 4) – MIP atkārtots vērtējums",
    "Skola papildinājusi releju aizsardzības moduli ar četriem praktiskajiem darbiem un programmas aprakstā ierakstījusi, ka beidzējs iegūst III elektrodrošības grupu. Abi mana 14. aprīļa atzinuma nosacījumi ir izpildīti.",
    ["Slēdziens: programmas saturs ir ", ('del', "atbalstāms ar nosacījumu, ka tiek papildināts 7. modulis"),
     ('ins', "atbalstāms un virzāms saskaņošanai"), "."],
    "PKE otro redakciju vēl neesmu saņēmis.",
    "Pauls Lācis, 12.05.2026.",
], rows=[("elektrotehniķis", "MIP", "supported", "Pauls Lācis", "2026-05-12", 4)],
   note="Track changes: conditional wording deleted, 'atbalstāms un virzāms saskaņošanai' inserted -> supported. PKE not received -> no row.",
   author="Pauls Lācis", created=(2026, 5, 11), track=TL)

# ---------------------------------------------------------------- 32
build("r10a32_ventilacija_PKE talakizglitiba_Vanags.docx", [
    "Normunds Vanags",
    "SIA „Klimata risinājumi”, servisa daļas vadītājs",
    "",
    "Par VGK iekārtu remontatslēdznieka eksāmena saturu (tālākizglītības programma, LKI 3)",
    "Man lūgts izvērtēt tikai eksāmenu tālākizglītības programmai, kas paredzēta pieaugušajiem ar darba pieredzi. Programmu vērtēja cits eksperts.",
    "Eksāmenā nav ņemts vērā, ka tālākizglītībā mācās cilvēki, kas jau strādā nozarē: uzdevumi ir tādi paši kā jauniešiem pēc pamatskolas, bet nav nekā par aukstuma iekārtu hermētiskuma pārbaudi un aukstuma aģenta uzpildi, kas ir ikdienas darbs. Vērtēšanas lapā nav kritēriju praktiskajai daļai.",
    "Eksāmena saturs nav pilnībā atbalstāms – tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
    "05.06.2026",
], rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", "Normunds Vanags", "2026-06-05", 3)],
   note="PKE only (MIP by another expert -> no row); negation with a word between ('nav pilnībā atbalstāms') made unambiguous by the rework/new review requirement.",
   author=KA, created=(2026, 6, 5))

# ---------------------------------------------------------------- 33 (roman numerals)
build("r10a33_galdnieki_talakizglitiba_Kaleja galigais.docx", [
    "B: Atzinums par divu galdniecības kvalifikāciju tālākizglītības programmām un eksāmeniem",
    "Rīgā, 2026. gada 29. jūnijā",
    "Vērtēju Rīgas Amatniecības vidusskolas iesniegtos dokumentus. Abas programmas veidotas pieaugušajiem, kas jau strādā kokapstrādē, tāpēc īpaši skatījos, vai tiek ņemta vērā iepriekš iegūtā pieredze.",
    "B: I. Mēbeļu galdnieks",
    "Gan programma, gan eksāmens ir pārdomāti; iepriekšējās izglītības atzīšana aprakstīta skaidri. Šajā daļā MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai.",
    "B: II. Būvizstrādājumu galdnieks",
    "Programma kopumā laba, bet logu montāžas modulis jāsaīsina par labu izgatavošanai, un jāpievieno energoefektīvu logu mezglu risinājumi. Ar šiem precizējumiem MIP ir atbalstāma un pēc to veikšanas virzāma saskaņošanai.",
    "Eksāmens gan man nepatīk: tas ir gandrīz vārds vārdā pārkopēts no pamatizglītības programmas eksāmena un nepārbauda neko no tālākizglītības programmas specifikas. PKE saturu neatbalstu.",
    "",
    "R. Kalēja",
], rows=[("mēbeļu galdnieks", "MIP", "supported", "R. Kalēja", "2026-06-29", 4),
         ("mēbeļu galdnieks", "PKE", "supported", "R. Kalēja", "2026-06-29", 4),
         ("būvizstrādājumu galdnieks", "MIP", "needs_corrections", "R. Kalēja", "2026-06-29", 4),
         ("būvizstrādājumu galdnieks", "PKE", "not_supported", "R. Kalēja", "2026-06-29", 4)],
   note="Roman-numbered sections; date under the title; signed initial+surname; 'Ar šiem precizējumiem ... atbalstāma un pēc to veikšanas virzāma'.",
   author=KA, created=(2026, 6, 30))

# ---------------------------------------------------------------- 34 (three quals, labelled)
build("r10a34_Sile_energetika_3 kvalifikacijas_kopvertejums.docx", [
    "Guna Sīle",
    "valdes locekle, SIA „Zemgales elektrotīkli”",
    "",
    ('center', "Ekspertīzes atzinums par enerģētikas nozares tālākizglītības programmām un eksāmeniem"),
    "Atzinums aptver trīs kvalifikācijas, kuru dokumentus Jelgavas tehnikums iesniedza 2026. gada jūnijā. Katrai kvalifikācijai vērtēju gan programmu, gan eksāmenu.",
    "Kvalifikācija: Elektromontieris",
    "Programma un eksāmens labi pielāgoti pieaugušajiem; prakses apjoms samērīgs. Programmu un eksāmenu atbalstu, abus var virzīt saskaņošanai.",
    "Kvalifikācija: Elektrotehniķis",
    "Programmā trūkst mūsdienīgu uzskaites sistēmu un attālinātās nolasīšanas; to jāieraksta 6. modulī. Programma ir atbalstāma, pēc šī precizējuma virzāma saskaņošanai. Eksāmens ir labs – atbalstāms un virzāms saskaņošanai.",
    "Kvalifikācija: VGK sistēmu tehniķis",
    "Programmai iebildumu nav, virzāma saskaņošanai. Eksāmena teorētiskajā daļā gan jāaizstāj novecojušie jautājumi par R22 freonu; kad tas izdarīts, PKE var saskaņot. Kopumā arī PKE atbalstu.",
    "B: Kopvērtējums",
    "Tālākizglītības dokumenti ir krietni labākā kvalitātē nekā pirms gada. Paldies darba grupai par atsaucību.",
    "",
    "Ar cieņu,",
    "Guna Sīle",
    "Rīgā, 2026. gada 1. jūlijā",
], rows=[("elektromontieris", "MIP", "supported", "Guna Sīle", "2026-07-01", 3),
         ("elektromontieris", "PKE", "supported", "Guna Sīle", "2026-07-01", 3),
         ("elektrotehniķis", "MIP", "needs_corrections", "Guna Sīle", "2026-07-01", 4),
         ("elektrotehniķis", "PKE", "supported", "Guna Sīle", "2026-07-01", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Guna Sīle", "2026-07-01", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Guna Sīle", "2026-07-01", 4)],
   note="Three quals with 'Kvalifikācija:' labels, VGK alias; last PKE: condition first, then 'Kopumā arī PKE atbalstu' -> needs_corrections (condition 'kad tas izdarīts, PKE var saskaņot'). Kopvērtējums has no verdict, only praise.",
   author="Guna Sīle", created=(2026, 7, 1))

# ---------------------------------------------------------------- write gold
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r10a blind set: free-prose expert reviews\n\n")
    f.write("Built by `build.py` (python-docx). Gold: `expected.csv`, `expected_problems.csv`.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write(f"| {n} | {note.replace('|', '/')} |\n")
print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBS), "problem rows")
