# Builds the r11a blind set: free-prose Latvian expert reviews (.docx) + gold labels.
import csv, datetime, os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
REG = {}
with open('/work/main/inputs/qualifications.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        REG[r['name']] = r['lki_level']

S, N, X, U = 'supported', 'needs_corrections', 'not_supported', 'unknown'
ROWS, PROBS, NOTES = [], [], []


def _run_xml(text, deleted=False):
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def _track(p, parts, who, when):
    for i, (kind, text) in enumerate(parts):
        if kind == 'n':
            p.add_run(text)
        else:
            el = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
            el.set(qn('w:id'), str(100 + i))
            el.set(qn('w:author'), who)
            el.set(qn('w:date'), when)
            el.append(_run_xml(text, deleted=(kind == 'del')))
            p._p.append(el)


def build(name, blocks, author, created, rows, problems=(), note='', header=None, footer=None,
          track_author='', track_date='2026-01-01T00:00:00Z'):
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(12)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
            continue
        kind = b[0]
        if kind == 'h':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif kind == 'c':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'r':
            p = d.add_paragraph(b[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == 'i':
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif kind == 'bul':
            d.add_paragraph(b[1], style='List Bullet')
        elif kind == 'strike':
            p = d.add_paragraph()
            for text, struck in b[1]:
                r = p.add_run(text); r.font.strike = struck
        elif kind == 'mixed':  # [(text, bold)]
            p = d.add_paragraph()
            for text, bold in b[1]:
                r = p.add_run(text); r.bold = bold
        elif kind == 'track':
            p = d.add_paragraph(); _track(p, b[1], track_author, track_date)
        elif kind == 'table':
            data = b[1]
            t = d.add_table(rows=len(data), cols=len(data[0])); t.style = 'Table Grid'
            for i, row in enumerate(data):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        else:
            raise ValueError(kind)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    d.core_properties.author = author
    d.core_properties.created = datetime.datetime.fromisoformat(created)
    d.core_properties.last_modified_by = author
    d.save(os.path.join(OUT, name))
    for q, doc, v, ex, dt, *lki in rows:
        lv = lki[0] if lki else REG.get(q, '')
        ROWS.append([name, q, doc, v, ex, dt, lv])
    for c in problems:
        PROBS.append([name, c])
    NOTES.append((name, note))


# ---------------------------------------------------------------- 01
build('r11a01_Mebelu galdnieks_MIP_atzinums_Ozolina.docx', [
    ('r', 'Rīgā, 2026. gada 12. martā'),
    'LDDK projekta koordinatorei\nAgnesei Vītiņai',
    ('h', 'Par mēbeļu galdnieka modulārās izglītības programmas saturu'),
    'Esmu iepazinusies ar darba grupas sagatavoto profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) modulāro izglītības programmu, kas man tika nosūtīta 2. martā. Eksāmena saturu šoreiz neskatīju — kā vienojāmies, to vērtē kolēģis no Kurzemes.',
    'Programmas struktūra ir loģiska, moduļu secība atbilst tam, kā jaunais darbinieks pie mums ražotnē faktiski apgūst arodu: vispirms rasējums un materiāli, tad roku instrumenti, tad iekārtas. Patīk, ka moduli „Virsmu apdare” beidzot ir izveidojuši kā atsevišķu, nevis iebāzuši „Mēbeļu montāžā”.',
    'Ko vajadzētu sakārtot:',
    ('bul', 'modulī „Korpusa mēbeļu izgatavošana” nav minēta malu līmēšana ar lāzera vai karstās gaisa tehnoloģiju, ko šobrīd izmanto praktiski visi lielākie ražotāji;'),
    ('bul', 'sasniedzamajos rezultātos vairākkārt lietots „pārzina”, kas nav novērtējams — jāformulē ar darbības vārdiem;'),
    ('bul', 'darba aizsardzības prasības putekļu nosūkšanai vajag atjaunot atbilstoši spēkā esošajiem MK noteikumiem.'),
    'Kopumā programmu atbalstu, bet saskaņošanai to virzīt ieteiktu tikai tad, kad augstāk minētie trīs punkti būs izlaboti.',
    'Ar cieņu,',
    'Ilze Ozoliņa\nSIA „Kokmeistars” ražošanas vadītāja',
], 'Ilze Ozoliņa', '2026-03-12T09:15:00',
    [('mēbeļu galdnieks', 'MIP', N, 'Ilze Ozoliņa', '2026-03-12')],
    note='Letter, MIP only (PKE explicitly reviewed by a colleague -> no row). "atbalstu, bet virzīt ... tikai tad, kad ... izlaboti" = needs_corrections.')

# ---------------------------------------------------------------- 02
build('r11a02_RE_ VGK tehniķis PKE.docx', [
    'No: Mārtiņš Kalniņš <martins.kalnins@klimatserviss.lv>',
    'Nosūtīts: otrdiena, 2026. gada 14. aprīlis 16:48',
    'Kam: Agnese Vītiņa <agnese.vitina@lddk.lv>',
    'Tēma: RE: VGK sistēmu tehniķa PKE saturs – lūgums izvērtēt līdz 15.04.',
    'Labdien, Agnese!',
    'Izskatīju eksāmena materiālus ventilācijas un gaisa kondicionēšanas sistēmu tehniķim. Praktiskais uzdevums ar siltumsūkņa gaisa apstrādes iekārtas palaišanu un regulēšanu ir ļoti labs, tieši tas, ko mēs sagaidām no tehniķa. Teorijas testa jautājumi ir korekti, vērtēšanas kritēriji skaidri.',
    'Man pie šī eksāmena satura nav iebildumu — var virzīt saskaņošanai tādu, kāds ir.',
    'Vienīgi kā ieteikumu (nav obligāti): nākamajā gadā varētu pievienot jautājumu par F-gāzu regulas izmaiņām.',
    'Mārtiņš',
    '-----Original Message-----',
    'From: Agnese Vītiņa',
    'Sent: Monday, April 6, 2026 10:02 AM',
    'Subject: VGK sistēmu tehniķa PKE saturs – lūgums izvērtēt līdz 15.04.',
    '> Labdien, Mārtiņ! Pielikumā PKE saturs kvalifikācijai „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis”. Lūdzu atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Paldies! Agnese',
], 'Agnese Vītiņa', '2026-04-14T17:05:00',
    [('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', S, 'Mārtiņš Kalniņš', '2026-04-14')],
    note='Outlook reply pasted into Word, Latvian headers on top, English in quoted message. Quoted request lists all options (not a verdict). "nav iebildumu — var virzīt" = supported; optional suggestion does not lower it. Date = sent date.')

# ---------------------------------------------------------------- 03
build('r11a03_elektromontieris_MIP_PKE_Berzins.docx', [
    ('c', 'EKSPERTA ATZINUMS'),
    ('c', 'Elektromontieris (3. LKI līmenis)'),
    'Šis ir mans otrais atzinums par elektromontiera dokumentiem. Pirmajā kārtā janvārī abus dokumentus atgriezu skolai, jo MIP trūka moduļa par zibensaizsardzību, bet eksāmenā nebija praktiskās daļas ar mērījumiem.',
    ('h', 'Modulārā programma'),
    'Zibensaizsardzības un zemējuma modulis ir pievienots, un tas ir izdevies pat labāk, nekā gaidīju. Apjoms kredītpunktos ir sabalansēts. Programmu šajā redakcijā atbalstu un uzskatu, ka to var nodot saskaņošanai bez papildu labojumiem.',
    ('h', 'Eksāmens'),
    'Diemžēl eksāmena daļā būtiskas izmaiņas nav notikušas. Praktiskais uzdevums joprojām ir tikai shēmas salikšana uz stenda; izolācijas pretestības un cilpas pilnās pretestības mērījumi nav paredzēti vispār, lai gan tie ir standarta prasība nodošanai ekspluatācijā. Vērtēšanas lapā nav kritēriju drošības prasību ievērošanai.',
    'Eksāmena saturu arī pēc otrās iesniegšanas nevaru atbalstīt. Tas jāpārstrādā un jāiesniedz vēlreiz.',
    '',
    'A. Bērziņš',
    'Jelgavā, 2026. gada 5. maijā',
], '', '2026-05-05T11:40:00',
    [('elektromontieris', 'MIP', S, 'A. Bērziņš', '2026-05-05', '3'),
     ('elektromontieris', 'PKE', X, 'A. Bērziņš', '2026-05-05', '3')],
    note='Second round; history (both returned in January) is not a verdict. Initial + surname kept as written. Author empty.')

# ---------------------------------------------------------------- 04
build('r11a04_Kokrupnieciba_3 kvalifikacijas_Liepa galigais.docx', [
    ('r', 'Dr. sc. ing. Gunta Liepa\nLatvijas Biozinātņu un tehnoloģiju universitāte, Kokapstrādes katedra'),
    ('c', 'Atzinums par kokrūpniecības nozares modulāro izglītības programmu un kvalifikācijas eksāmenu saturu'),
    'Pēc LDDK lūguma izvērtēju trīs kvalifikāciju dokumentu paketes. Vērtējumu sniedzu par katru kvalifikāciju atsevišķi; kopīgās piezīmes par terminoloģiju (piem., „zāģmateriāls” pret „zāģēts kokmateriāls”) nosūtu darba grupām atsevišķā failā.',
    ('h', '1. Kokapstrādes iekārtu operators (LKI 3)'),
    'Programmā labi atspoguļota iekārtu iestatīšana, bet pilnīgi trūkst instrumentu asināšanas un nomaiņas — tā ir operatora ikdiena. Jāpapildina modulis „Kokapstrādes iekārtu ekspluatācija”, un tad programmu varēs virzīt tālāk; pašu programmu kopumā atbalstu.',
    'Eksāmena saturs ir līdzsvarots, uzdevumi atbilst 3. līmenim. Atbalstāms, virzāms saskaņošanai.',
    ('h', '2. Datorizētu kokapstrādes iekārtu operators (LKI 4)'),
    'Abi dokumenti sagatavoti rūpīgi. CNC programmēšanas modulis ir mūsdienīgs, ietver CAM programmatūras lietošanu. Eksāmenā ir gan programmas sagatavošana, gan izstrādājuma izgatavošana un kontrole.',
    'Gan MIP, gan PKE atbalstu un iesaku virzīt saskaņošanai.',
    ('h', '3. Koka izstrādājumu ražošanas tehniķis (LKI 4)'),
    'Šeit situācija ir sarežģītāka. Programma faktiski dublē operatora līmeni: nav ražošanas plānošanas, izmaksu aprēķina, kvalitātes vadības — tā, ar ko tehniķis atšķiras no operatora. Vairāki moduļi kopēti no 2019. gada programmas ar novecojušām atsaucēm. Programmas saturs nav atbalstāms; nepieciešama būtiska pārstrāde un atkārtota ekspertīze.',
    'Eksāmena saturs, gluži pretēji, ir labi pārdomāts. Tas ir atbalstāms, taču pirms virzīšanas saskaņošanai jāprecizē vērtēšanas kritēriji 2. praktiskajam uzdevumam (šobrīd punkti nesummējas līdz 100).',
    'Ar cieņu\nG. Liepa',
    '2026. gada 27. februārī',
], 'Gunta Liepa', '2026-02-27T14:00:00',
    [('kokapstrādes iekārtu operators', 'MIP', N, 'Gunta Liepa', '2026-02-27', '3'),
     ('kokapstrādes iekārtu operators', 'PKE', S, 'Gunta Liepa', '2026-02-27', '3'),
     ('datorizētu kokapstrādes iekārtu operators', 'MIP', S, 'Gunta Liepa', '2026-02-27', '4'),
     ('datorizētu kokapstrādes iekārtu operators', 'PKE', S, 'Gunta Liepa', '2026-02-27', '4'),
     ('koka izstrādājumu ražošanas tehniķis', 'MIP', X, 'Gunta Liepa', '2026-02-27', '4'),
     ('koka izstrādājumu ražošanas tehniķis', 'PKE', N, 'Gunta Liepa', '2026-02-27', '4')],
    note='Letterhead with academic title (dropped from expert). Numbered sections, 6 verdicts. Sec 1 MIP: condition first, "atbalstu" after -> needs_corrections. "Gan MIP, gan PKE atbalstu" covers both.')

# ---------------------------------------------------------------- 05
build('r11a05_motorzaga operators galigais.docx', [
    'Motorzaga operators, LKI 3',
    'MIP un PKE izskatiti 19.01.2026',
    'MIP - modulis par koku gazsanu labs, bet japapildina ar darbu vejgazu zonas (ta ir bistamaka lieta mezaa nekaa parasta cirsana!!). Ari pirmas palidzibas modulis par isu, tikai 2 kr.p. Kopuma MIP atbalstams, pec precizejumu veiksanas virzams saskanosanai.',
    'PKE - ok, praktiskais uzdevums realistisks, vertesana skaidra. Atbalstu, labojumi nav vajadzigi, var virzit saskanosanai.',
    'Raitis Jansons',
], 'Raitis', '2026-01-19T20:31:00',
    [('motorzāģa operators', 'MIP', N, 'Raitis Jansons', '2026-01-19', '3'),
     ('motorzāģa operators', 'PKE', S, 'Raitis Jansons', '2026-01-19', '3')],
    note='Hasty, no diacritics at all. Date only in "izskatiti 19.01.2026".')

# ---------------------------------------------------------------- 06 (non-review)
build('r11a06_Protokols_koordinatoru sanaksme 2026-03-04.docx', [
    ('c', 'SANĀKSMES PROTOKOLS Nr. 3'),
    'Rīgā, 2026. gada 4. martā, LDDK birojā un attālināti (MS Teams)',
    'Piedalās: A. Vītiņa (LDDK), R. Sproģe (VISC), nozaru ekspertu koordinatori E. Kalve un T. Grīnvalds.',
    ('h', 'Darba kārtība'),
    '1. MIP un PKE ekspertīžu gaita 4. posmā.\n2. Atzinumu noformēšana.\n3. Dažādi.',
    ('h', '1. Ekspertīžu gaita'),
    'A. Vītiņa informē, ka motorzāģa operatora un mežsaimniecības tehniķa atzinumi ir saņemti; mehatronisko sistēmu tehniķa PKE atzinums gaidāms līdz 10. martam. Enerģētikas nozarē darbs pie elektromontiera un elektrotehniķa dokumentiem uzsākts, bet skolas kavē labojumu iesniegšanu.',
    'R. Sproģe norāda, ka VISC nodrošinās metodisko atbalstu darba grupām, kuru dokumenti netika atbalstīti vai atbalstīti ar precizējumiem.',
    ('h', '2. Atzinumu noformēšana'),
    'Vienojas, ka ekspertiem atzinuma beigās skaidri jānorāda viens no trim vērtējumiem (atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms), kā arī vārds, uzvārds un datums. T. Grīnvalds lūdz nesūtīt atzinumus .pdf formātā.',
    ('h', 'Nolemj'),
    'Ekspertiem atgādināt par termiņu – 2026. gada 20. marts. Nākamā sanāksme – 1. aprīlī.',
    'Protokolēja: E. Kalve',
], 'Elza Kalve', '2026-03-04T15:20:00', [], ['no_verdict'],
    note='NOT a review: meeting minutes mentioning MIP/PKE, "atbalstu" (noun), the verdict options and progress. No rows.')

# ---------------------------------------------------------------- 07
build('r11a07_Metinatajs MIP PKE atzinums_Vitols.docx', [
    ('h', 'Atzinums par kvalifikācijas „Metinātājs” (3. LKI līmenis) modulāro izglītības programmu un eksāmena saturu'),
    'Vērtēju kā mašīnbūves un metālapstrādes nozares eksperts, ar 20 gadu pieredzi metināšanas darbu vadīšanā kuģu remontā.',
    'Programma ir sastādīta pārāk vispārīgi. No tās nav saprotams, kuros metināšanas procesos (111, 135, 141) izglītojamais iegūs kvalifikāciju; standartu LVS EN ISO 9606-1 un 15614 prasības minētas tikai ievadā un moduļu rezultātos neparādās. Metināto šuvju vizuālās kontroles modulis ir tikai 1 kredītpunkts. Tādā veidā programmu pieņemt nevar — tā nav atbalstāma, jāpārstrādā pēc būtības.',
    'Eksāmens kopumā ir labāks: paraugu metināšana dažādās telpiskajās pozīcijās, pēc tam destruktīvā un vizuālā kontrole. Atbalstu eksāmena saturu, tomēr vērtēšanas kritērijos jāprecizē pieļaujamo defektu līmeņi atbilstoši ISO 5817, un tikai tad to var nodot saskaņošanai.',
    'Edgars Vītols',
    '20.05.2026.',
], 'Edgars Vītols', '2026-05-20T08:55:00',
    [('metinātājs', 'MIP', X, 'Edgars Vītols', '2026-05-20', '3'),
     ('metinātājs', 'PKE', N, 'Edgars Vītols', '2026-05-20', '3')],
    ['unknown_qualification'],
    note='Qualification not in register; LKI 3 from review. MIP "nav atbalstāma"; PKE "Atbalstu ... tomēr jāprecizē ... tikai tad" -> needs_corrections.')

# ---------------------------------------------------------------- 08
build('r11a08_Mehatronika_MIP-PKE_Dreimanis.docx', [
    ('mixed', [('Kristaps Dreimanis', True), ('\nSIA „Mehatronika Baltic”, tehniskais direktors\nRūpniecības iela 12, Valmiera', False)]),
    ('c', 'Ekspertīzes atzinums: mehatronisko sistēmu tehniķis, 4. LKI'),
    'Valmierā, 02.03.2026.',
    'Saņēmu abus dokumentus 23. februārī. Izvērtēju tos no darba devēja skatpunkta — vai absolvents, kas būs apguvis šo programmu un nokārtojis eksāmenu, varēs strādāt mūsu ražotnē bez pārapmācības.',
    ('h', 'Par programmu'),
    'Programma kopumā ir atbalstāma. Tomēr pirms tās virzīšanas saskaņošanai jāpapildina PLC programmēšanas modulis ar industriālajiem tīkliem (Profinet, Modbus TCP) un jāpārskata pneimatikas moduļa apjoms — 6 kredītpunkti ir par daudz, ja robotikai atvēlēti tikai 3.',
    ('h', 'Par eksāmenu'),
    'Eksāmena uzdevums — automatizētas šķirošanas stacijas kļūmju diagnostika — ir ļoti labs. Neskatoties uz to, teorētiskajā daļā ir vairāki jautājumi ar divām pareizām atbildēm (Nr. 7, 15, 22). Kad tie būs izlaboti, eksāmena saturu var virzīt saskaņošanai; pēc būtības to atbalstu.',
    'Nepieciešamības gadījumā esmu gatavs piedalīties darba grupas sanāksmē.',
    'K. Dreimanis',
], 'LDDK_projekts', '2026-03-02T13:10:00',
    [('mehatronisko sistēmu tehniķis', 'MIP', N, 'Kristaps Dreimanis', '2026-03-02', '4'),
     ('mehatronisko sistēmu tehniķis', 'PKE', N, 'Kristaps Dreimanis', '2026-03-02', '4')],
    note='Letterhead name above title; conditions follow in the next sentence (MIP) / precede the support (PKE). "Neskatoties" does not negate. Author = generic project account.')

# ---------------------------------------------------------------- 09
build('r11a09_Meza masinu operators_PKE_Krumina.docx', [
    'Labdien!',
    'Šis atzinums attiecas tikai uz meža mašīnu operatora kvalifikācijas eksāmena saturu. Programmu (MIP) vērtēja Guntars Ozols, tāpēc par to neizsakos.',
    'Eksāmens sastāv no teorijas testa (40 jautājumi), harvestera vai forvardera vadības simulatorā un praktiskā uzdevuma mežā. Man kā meža izstrādes uzņēmuma vadītājai ļoti patīk, ka praktiskajā daļā vērtē arī darba plānošanu cirsmā un augsnes bojājumu novēršanu — to bieži aizmirst.',
    'Daži ieteikumi, kas nav obligāti: simulatora uzdevumā varētu iekļaut sortimentu maiņu pēc klienta pasūtījuma; testa jautājumos vietām lietots vārds „skiders”, kas mūsdienās gandrīz netiek lietots.',
    'Secinājums: PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    'Laura Krūmiņa',
    'SIA „Vidzemes mežizstrāde”',
    '2026-06-03',
], 'Laura Krūmiņa', '2026-06-03T10:00:00',
    [('meža mašīnu operators', 'PKE', S, 'Laura Krūmiņa', '2026-06-03', '3')],
    note='PKE only; MIP explicitly reviewed by someone else -> no row. ISO date.')

# ---------------------------------------------------------------- 10
build('r11a10_Elektrotehnikis_MIP_PKE_atkartoti.docx', [
    ('h', 'ELEKTROTEHNIĶIS — atkārtota ekspertīze'),
    'Memo LDDK koordinatorei. Sagatavots 2026. gada 18. jūnijā.',
    'Pirmajā kārtā (februārī) programma netika atbalstīta, eksāmenam biju norādījis precizējumus. Skola iesūtīja labotās versijas 10. jūnijā.',
    'Piezīmes par programmu, pa moduļiem:',
    ('bul', 'Elektroietaišu projektēšana — joprojām nav atsauces uz LEK standartiem, tikai uz vecajiem LBN. Tas jālabo obligāti.'),
    ('bul', 'Atjaunīgā enerģija — labi, saules paneļu sistēmu pieslēgšana pievienota.'),
    ('bul', 'Releju aizsardzība — rezultāti formulēti neskaidri, vērtēšana nav izmērāma.'),
    ('bul', 'Elektrodrošība — bez piezīmēm.'),
    'Izlasot šo sarakstu, varētu šķist, ka programma vēl nav gatava, tomēr salīdzinājumā ar februāri tā ir kvalitatīvi cita.',
    'Eksāmens: visi iepriekš norādītie precizējumi ir ievēroti, praktiskajā daļā ieviesti mērījumi. Jaunu piezīmju nav.',
    ('h', 'Kopvērtējums'),
    'MIP — atbalstāms; pēc precizējumu veikšanas (LEK atsauces, releju aizsardzības rezultāti) virzāms saskaņošanai.',
    'PKE — atbalstāms un virzāms saskaņošanai.',
    'Jānis Pētersons, elektroinženieris, AS „Sadales tīkls” Zemgales reģions',
], 'Jānis Pētersons', '2026-06-18T16:45:00',
    [('elektrotehniķis', 'MIP', N, 'Jānis Pētersons', '2026-06-18', '4'),
     ('elektrotehniķis', 'PKE', S, 'Jānis Pētersons', '2026-06-18', '4')],
    note='Second round; history ("netika atbalstīta") ignored. Body remarks sound negative; Kopvērtējums outranks them.')

# ---------------------------------------------------------------- 11
build('r11a11_Fwd Buvizstradajumu galdnieks + mebelu galdnieks PKE.docx', [
    'Gmail\tSanta Āboliņa <santa.abolina@gmail.com>',
    'Re: būvizstrādājumu galdnieks – MIP un PKE; mēbeļu galdnieka PKE',
    'Santa Āboliņa <santa.abolina@gmail.com>\tTue, Apr 21, 2026 at 9:12 PM',
    'To: Agnese Vītiņa <agnese.vitina@lddk.lv>',
    'Sveika, Agnese!',
    'Beidzot tiku galā ar visiem trim failiem, atvaino par kavēšanos — pavasarī logu ražošanā ir karstākais laiks.',
    'BŪVIZSTRĀDĀJUMU GALDNIEKS. Programmai man nav iebildumu, tā ir pārdomāta, un logu/durvju izgatavošanas moduļi atbilst tam, kā mēs strādājam. Eksāmens arī labs — praktiskais uzdevums (loga vērtnes izgatavošana ar furnitūras iestrādi) ir tieši tas, kas vajadzīgs. Abus dokumentus atbalstu un tos var sūtīt saskaņošanai.',
    'MĒBEĻU GALDNIEKS, tikai eksāmens. Te ir sīkāka problēma: praktiskajā uzdevumā paredzēts 6 stundu laiks, bet izstrādājums (kumode ar atvilktnēm) objektīvi prasa vismaz 8–9 stundas. Vai nu jāsamazina apjoms, vai jāpagarina laiks. Pārējais kārtībā. Pēc šī labojuma eksāmens būtu virzāms saskaņošanai, saturu kopumā atbalstu.',
    'Ja kas, zvani.',
    'Santa',
    'On Wed, Apr 8, 2026 at 11:30 AM Agnese Vītiņa <agnese.vitina@lddk.lv> wrote:',
    '> Sveika! Sūtu būvizstrādājumu galdnieka MIP un PKE, kā arī mēbeļu galdnieka PKE. Termiņš 17. aprīlis.',
], 'Agnese Vītiņa', '2026-04-22T08:30:00',
    [('būvizstrādājumu galdnieks', 'MIP', S, 'Santa Āboliņa', '2026-04-21', '4'),
     ('būvizstrādājumu galdnieks', 'PKE', S, 'Santa Āboliņa', '2026-04-21', '4'),
     ('mēbeļu galdnieks', 'PKE', N, 'Santa Āboliņa', '2026-04-21', '4')],
    note='Gmail print pasted (English headers). Sections in ALL CAPS inside running text. "nav iebildumu" positive. Mēbeļu galdnieks MIP not in scope -> no row.')

# ---------------------------------------------------------------- 12
build('r11a12_VGK remontatslēdznieks piezimes_Zarins.docx', [
    ('h', 'Piezīmes par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE'),
    'Oskars Zariņš, 08.04.2026.',
    'Pārskatīju abus dokumentus. Pirms sniedzu galīgo vērtējumu, gribu redzēt, kā skola reaģēs uz zemāk minēto, jo dažas lietas var būt vienkārši pārpratums failu versijās (dokumentā ir atsauces uz 2024. gada pielikumiem, kurus nesaņēmu).',
    'Programma: moduļos „Dzesēšanas iekārtu apkope” un „Gaisa vadu montāža” rezultāti atkārtojas; nav skaidrs, vai aukstuma aģentu uzpildes prasmes ir paredzētas šajā līmenī, vai tikai tehniķim.',
    'Eksāmens: praktiskajā uzdevumā minēts „ventilatora gultņu nomaiņa”, bet vērtēšanas lapā šī uzdevuma vispār nav. Teorijā 12 jautājumi no 30 ir par elektrodrošību — nesamērīgi daudz.',
    'Atzinumu (atbalstāms vai nē) sniegšu, kad būšu saņēmis trūkstošos pielikumus un skolas skaidrojumus.',
    'O. Zariņš',
], 'Oskars Zariņš', '2026-04-08T12:00:00',
    [('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', U, 'Oskars Zariņš', '2026-04-08', '3'),
     ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', U, 'Oskars Zariņš', '2026-04-08', '3')],
    ['no_verdict'],
    note='Covers both documents with remarks but explicitly defers the verdict -> unknown + no_verdict.')

# ---------------------------------------------------------------- 13
build('r11a13_Mezsaimniecibas tehnikis_atzinums v2.docx', [
    ('c', 'Mežsaimniecības tehniķis (LKI 4) — MIP un PKE satura izvērtējums'),
    'Eksperte: Marta Egle, Meža pētīšanas stacijas vadošā speciāliste',
    'Datums: 2026. gada 11. februārī',
    'Programma ir sagatavota ļoti profesionāli. Meža inventarizācijas, ĢIS un meža atjaunošanas moduļi ir pilnīgi un atbilst nozares standartam. Īpaši atzīmēju moduli par meža ugunsdrošību.',
    'Eksāmena teorijas daļā ir daži novecojuši normatīvie akti (MK noteikumi Nr. 935 redakcija pirms 2022. gada grozījumiem), praktiskajā daļā — taksācijas uzdevums, kas ir labs.',
    ('h', 'Slēdziens'),
    '1) MIP saturs ir atbalstāms un virzāms saskaņošanai.',
    '2) PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    '3) PKE saturs nav atbalstāms, kamēr nav aktualizētas atsauces uz normatīvajiem aktiem.',
    'M. Egle',
], 'Marta Egle', '2026-02-11T18:20:00',
    [('mežsaimniecības tehniķis', 'MIP', S, 'Marta Egle', '2026-02-11', '4'),
     ('mežsaimniecības tehniķis', 'PKE', U, 'Marta Egle', '2026-02-11', '4')],
    ['conflict'],
    note='Slēdziens gives two contradictory PKE verdicts side by side (likely an unedited earlier version) -> unknown + conflict. MIP clear.')

# ---------------------------------------------------------------- 14 (non-review)
build('r11a14_Uzaicinajums ekspertiem_5 posms.docx', [
    'No: LDDK projekts <projekts@lddk.lv>',
    'Nosūtīts: pirmdiena, 2026. gada 30. marts 09:00',
    'Kam: nozaru eksperti (enerģētika, kokrūpniecība)',
    'Tēma: Projekta 5. posms — MIP un PKE ekspertīzes uzdevumi',
    'Godātie eksperti!',
    'Pateicamies par paveikto 4. posmā. Līdz 31. martam pabeigta ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām.',
    '5. posmā (1. aprīlis – 31. jūlijs) lūdzam izvērtēt šādu kvalifikāciju MIP un PKE saturu: elektromontieris, elektrotehniķis, VGK iekārtu remontatslēdznieks, VGK sistēmu tehniķis, kokapstrādes iekārtu operators, mēbeļu galdnieks, būvizstrādājumu galdnieks, meža mašīnu operators.',
    'Atzinumā par katru dokumentu norādiet vienu no vērtējumiem:',
    ('bul', 'saturs ir atbalstāms un virzāms saskaņošanai;'),
    ('bul', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;'),
    ('bul', 'saturs nav atbalstāms.'),
    'Paldies par atbalstu un ieguldījumu!',
    'Ar cieņu,\nAgnese Vītiņa\nProjekta koordinatore',
], 'Agnese Vītiņa', '2026-03-30T09:00:00', [], ['no_verdict'],
    note='NOT a review: call to experts; lists all verdict options and a thank-you "atbalstu" (noun). No rows.')

# ---------------------------------------------------------------- 15
build('r11a15_VGK abas kvalifikacijas_Grinberga.docx', [
    'Dace Grīnberga',
    'SIA „Ventprojekts”, vecākā inženiere',
    'Rīga, 11.05.2026.',
    ('c', 'ATZINUMS'),
    'par ventilācijas un gaisa kondicionēšanas nozares divu kvalifikāciju dokumentiem',
    ('h', 'I. VGK SISTĒMU TEHNIĶIS'),
    ('h', 'MIP'),
    'Programmā nav neviena moduļa par sistēmu energoefektivitātes novērtēšanu un automātikas regulēšanu, kas ir galvenais tehniķa darbs objektā. Projektēšanas modulis pārkopēts no inženieru studiju programmas un nav piemērots 4. līmenim. Šādā redakcijā es programmu nevaru atbalstīt.',
    ('h', 'PKE'),
    'Eksāmens atbalstāms. Jāprecizē tikai laika sadalījums starp praktiskajiem uzdevumiem; pēc tam virzāms saskaņošanai.',
    ('h', 'II. VGK IEKĀRTU REMONTATSLĒDZNIEKS'),
    ('h', 'MIP'),
    'Bez būtiskām piezīmēm. Programma atbalstāma un var tikt virzīta saskaņošanai.',
    ('h', 'PKE'),
    'Tāpat bez iebildumiem; atbalstu, virzīt saskaņošanai.',
    'D. Grīnberga',
], 'Agnese Vītiņa', '2026-05-12T08:00:00',
    [('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', X, 'Dace Grīnberga', '2026-05-11', '4'),
     ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', N, 'Dace Grīnberga', '2026-05-11', '4'),
     ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', S, 'Dace Grīnberga', '2026-05-11', '3'),
     ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', S, 'Dace Grīnberga', '2026-05-11', '3')],
    note='Aliases "VGK sistēmu tehniķis"/"VGK iekārtu remontatslēdznieks" in Roman-numbered caps headings with MIP/PKE sub-labels. Forwarded by coordinator (author).')

# ---------------------------------------------------------------- 16
build('r11a16_Mebelu galdnieks_labots_Saulitis.docx', [
    ('h', 'Mēbeļu galdnieks – eksperta vērtējums (labotā redakcija)'),
    'Vērtētājs: Valdis Saulītis, mēbeļu ražotnes „Saulītis un dēli” īpašnieks',
    'Mācību programma ir kārtīga. Moduļi atbilst profesijas standartam, prakses apjoms uzņēmumā ir pietiekams. MIP atbalstu bez iebildumiem, var virzīt saskaņošanai.',
    'Par eksāmenu sākotnēji biju uzrakstījis negatīvu vērtējumu, jo vērtēšanas lapā trūka kritēriju virsmu apdarei. Skola tos atsūtīja papildus 24. jūnijā, tāpēc vērtējumu laboju.',
    ('track', [('n', 'PKE saturs '), ('del', 'nav atbalstāms.'), ('ins', 'ir atbalstāms un virzāms saskaņošanai.')]),
    '25.06.2026.',
], 'Valdis Saulītis', '2026-06-25T19:00:00',
    [('mēbeļu galdnieks', 'MIP', S, 'Valdis Saulītis', '2026-06-25', '4'),
     ('mēbeļu galdnieks', 'PKE', S, 'Valdis Saulītis', '2026-06-25', '4')],
    note='Tracked change: deleted "nav atbalstāms", inserted "ir atbalstāms un virzāms" -> current wording is supported.',
    track_author='Valdis Saulītis', track_date='2026-06-25T18:50:00Z')

# ---------------------------------------------------------------- 17
build('r11a17_Motorzagis_veidlapa_Sils.docx', [
    'Profesionālā kvalifikācija: motorzāģa operators',
    'Eksperts: Toms Sils',
    'Datums: 2026. gada 9. jūlijā',
    'Pēc darba grupas labojumiem abos dokumentos izskatīju tikai mainītās daļas. Programmā joprojām nav pietiekami izstrādāta motorzāģa ķēdes asināšana un apkope; eksāmenā viss kārtībā.',
    'Vērtējums (nevajadzīgo svītrot):',
    ('strike', [('MIP saturs ', False), ('ir atbalstāms un virzāms saskaņošanai', True), (' / ', False),
                ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', False), (' / ', False), ('nav atbalstāms', True)]),
    ('strike', [('PKE saturs ', False), ('ir atbalstāms un virzāms saskaņošanai', False), (' / ', False),
                ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', True), (' / ', False), ('nav atbalstāms', True)]),
    'T. Sils',
], 'Toms Sils', '2026-07-09T11:11:00',
    [('motorzāģa operators', 'MIP', N, 'Toms Sils', '2026-07-09', '3'),
     ('motorzāģa operators', 'PKE', S, 'Toms Sils', '2026-07-09', '3')],
    note='Prose with a strike-out line per document: non-applicable options struck through.')

# ---------------------------------------------------------------- 18
build('r11a18 elektrotehnikis PKE.docx', [
    'Elektrotehniķa PKE — izskatīju, atbalstu, virzāms saskaņošanai. MIP vēl neesmu saņēmis, par to atsevišķi.',
    'J. Pētersons 23.03.2026',
], '', '2026-03-23T07:40:00',
    [('elektrotehniķis', 'PKE', S, 'J. Pētersons', '2026-03-23', '4')],
    note='Very short. MIP not received -> not covered, no row.')

# ---------------------------------------------------------------- 19 (non-review)
build('r11a19_LDDK zina_nozaru eksperti.docx', [
    ('h', 'Nozaru eksperti palīdz pilnveidot profesionālās izglītības saturu'),
    'LDDK, 2026. gada 15. aprīlī',
    'Latvijas Darba devēju konfederācija turpina dalību projektā, kura mērķis ir profesionālās izglītības izcilība. Projekta 4. posmā 13 nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves izvērtēja modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.',
    '„Darba devēju atbalsts ir būtisks, lai programmas atbilstu reālajām prasībām ražotnēs,” uzsver LDDK projekta vadītāja. Eksperti atzīst, ka vairākās kvalifikācijās, piemēram, mehatronisko sistēmu tehniķa, dokumenti ir atbalstāmi, taču nepieciešami precizējumi.',
    'Nozares uzņēmumi atbalsta arī darba vidē balstītu mācību paplašināšanu. Ekspertīzes plānots pabeigt 2026. gada jūlijā.',
], 'Komunikācijas nodaļa', '2026-04-15T10:30:00', [], ['no_verdict'],
    note='NOT a review: news item restating that documents are "atbalstāmi ... nepieciešami precizējumi" in general; no rows.')

# ---------------------------------------------------------------- 20 (long)
build('r11a20_Koka izstradajumu razosanas tehnikis_MIP_Krastina.docx', [
    ('c', 'Eksperta atzinums'),
    ('c', 'par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” (LKI 4. līmenis) modulārās izglītības programmas saturu'),
    'Sagatavoja: Mg. oec. Inese Krastiņa, AS „Latvijas Finieris” ražošanas plānošanas daļas vadītāja',
    'Datums: 16.06.2026.',
    ('h', 'Ievads'),
    'Šis ir atzinums par programmas trešo redakciju. Pirmā redakcija februārī netika atbalstīta (eksperte G. Liepa), jo programmai trūka tehniķa līmeņa kompetenču. Darba grupa programmu ir pārstrādājusi pēc būtības, un to vērtēju kā jaunu dokumentu. Eksāmena saturu šajā reizē nevērtēju — tas jau ir saskaņots.',
    'Vērtēšanā izmantoju profesijas standartu, nozares kvalifikāciju struktūru (2025) un mūsu uzņēmuma pieredzi ar praktikantiem no trim profesionālās izglītības iestādēm.',
    ('h', 'Vispārīgās piezīmes'),
    'Programmas kopējais apjoms (120 kredītpunkti) un proporcija starp vispārējiem un nozares moduļiem ir atbilstoša. Ļoti pozitīvi vērtēju to, ka programmā tagad ir moduļi „Ražošanas plānošana un organizēšana” un „Kvalitātes vadība kokapstrādē”. Neskatoties uz to, vairāku moduļu sasniedzamie rezultāti joprojām ir formulēti kā zināšanas, nevis prasmes.',
    ('h', 'Piezīmes par moduļiem'),
    ('mixed', [('A modulis „Kokmateriālu zinības”. ', True), ('Saturs pilnīgs. Ieteikums (nav obligāts): iekļaut arī termiski modificētu koksni un CLT paneļus, kas nozarē kļūst arvien nozīmīgāki.', False)]),
    ('mixed', [('B modulis „Tehniskā dokumentācija un CAD”. ', True), ('Nepieciešami precizējumi: nav norādīts, kādā programmatūrā tiek apgūta rasēšana; darba devēji sagaidītu vismaz vienu no nozarē izmantotajām (piem., SolidWorks, TopSolid Wood, imos).', False)]),
    ('mixed', [('C modulis „Ražošanas plānošana un organizēšana”. ', True), ('Labs modulis. Jāprecizē, ka tehniķis aprēķina materiālu patēriņu un izmaksas, ne tikai „pārzina izmaksu veidošanos”. Metodiskais atbalsts pedagogiem šajā modulī būs vajadzīgs, jo tas skolām ir jauns.', False)]),
    ('mixed', [('D modulis „Kvalitātes vadība kokapstrādē”. ', True), ('Nav minēti mitruma mērījumi un līmes šuvju stiprības pārbaude, kas ir ikdienas kvalitātes kontroles darbības. Jāpapildina.', False)]),
    ('mixed', [('E modulis „Kokapstrādes iekārtas un to apkalpošana”. ', True), ('Bez piezīmēm.', False)]),
    ('mixed', [('F modulis „Darba aizsardzība un vides prasības”. ', True), ('Jāaktualizē atsauces uz spēkā esošajiem normatīvajiem aktiem par koksnes putekļiem (kancerogēnas vielas).', False)]),
    ('mixed', [('Prakse uzņēmumā. ', True), ('Apjoms pietiekams. Ieteiktu precizēt prakses uzdevumus, lai tie aptvertu arī plānošanas un kvalitātes funkcijas, ne tikai darbu pie iekārtām.', False)]),
    ('h', 'Rezumējot'),
    'Salīdzinājumā ar pirmo redakciju programma ir būtiski uzlabojusies, un tās saturs kopumā ir atbalstāms. Taču saskaņošanai to ieteicams virzīt tikai pēc tam, kad būs veikti B, C, D un F modulī norādītie precizējumi. A modulī un praksē minētais ir ieteikumi, ko darba grupa var ņemt vērā pēc saviem ieskatiem.',
    'Ar cieņu,',
    'Inese Krastiņa',
], 'Inese Krastiņa', '2026-06-16T15:30:00',
    [('koka izstrādājumu ražošanas tehniķis', 'MIP', N, 'Inese Krastiņa', '2026-06-16', '4')],
    note='Long, module by module. History (February "netika atbalstīta") not a verdict; PKE explicitly not evaluated -> no row. "Nepieciešami", "Neskatoties", "Metodiskais atbalsts" are traps; Rezumējot -> needs_corrections.')

# ---------------------------------------------------------------- 21
build('r11a21_CNC operators + mehatronika_Circenis.docx', [
    'Labdien, kolēģi!',
    'Nosūtu savu vērtējumu par diviem mašīnbūves nozares dokumentu komplektiem, kurus saņēmu maija beigās.',
    'Pirmais — CNC metālapstrādes iekārtu operators, 3. LKI līmenis. Programma un eksāmens veidoti saskaņoti, moduļi par G-koda programmēšanu un mērinstrumentiem ir praktiski. Nekādu labojumu neprasu: gan programma, gan eksāmena saturs ir atbalstāmi un virzāmi saskaņošanai.',
    'Otrais — mehatronisko sistēmu tehniķa programma (eksāmenu vērtēja K. Dreimanis jau martā). Iepriekšējās piezīmes par industriālajiem tīkliem ir ņemtas vērā. Programmu atbalstu, un tā var iet uz saskaņošanu.',
    'Rolands Circenis',
    'Liepāja, 2026. gada 1. jūnijs',
], 'Rolands Circenis', '2026-06-01T09:05:00',
    [('CNC metālapstrādes iekārtu operators', 'MIP', S, 'Rolands Circenis', '2026-06-01', '3'),
     ('CNC metālapstrādes iekārtu operators', 'PKE', S, 'Rolands Circenis', '2026-06-01', '3'),
     ('mehatronisko sistēmu tehniķis', 'MIP', S, 'Rolands Circenis', '2026-06-01', '4')],
    ['unknown_qualification'],
    note='Qualifications inside running text ("Pirmais —", "Otrais —"). CNC operator not in register (LKI 3 stated). Mehatronika PKE reviewed by someone else -> no row.')

# ---------------------------------------------------------------- 22
build('r11a22_mezsaimniecibas tehnikis atzinums Dumins.docx', [
    'Atzinums par mežsaimniecības tehniķa (3. PKL) izglītības programmas un kvalifikācijas eksāmena saturu',
    'Agris Dūmiņš, meža konsultants',
    '2026.02.10.',
    'Lūdzu ņemt vērā, ka darba grupas dokumentos vēl lietots vecais apzīmējums — 3. profesionālās kvalifikācijas līmenis; titullapās to ieteiktu nomainīt uz LKI.',
    'Par programmu. Saturs atbilst mūsdienu mežsaimniecības praksei, ieskaitot meža atjaunošanu un kopšanu, meža ceļu būvi un meža īpašnieku konsultēšanu. Man nav iebildumu — programma atbalstāma un virzāma saskaņošanai.',
    'Par eksāmenu. Uzdevumi ir atbilstoši, bet eksāmena aprakstā trūkst kārtības, kādā tiek nodrošināti mērinstrumenti (augstummērs, dastmēraklis) un kurš par tiem atbild. Tāpat jānorāda maksimālais izpildes laiks katrai daļai. Kad tas būs papildināts, eksāmena saturu var virzīt saskaņošanai. Saturs kā tāds ir atbalstāms.',
], 'LDDK', '2026-02-10T13:00:00',
    [('mežsaimniecības tehniķis', 'MIP', S, 'Agris Dūmiņš', '2026-02-10', '4'),
     ('mežsaimniecības tehniķis', 'PKE', N, 'Agris Dūmiņš', '2026-02-10', '4')],
    note='Old PKL level 3 -> LKI 4 (PKL n = LKI n+1). Date as 2026.02.10. PKE: condition first, support after.')

# ---------------------------------------------------------------- 23
build('r11a23_RE RE Meza masinu operators MIP_Zvaigzne.docx', [
    'No: Ēriks Zvaigzne [mailto:eriks.zvaigzne@inbox.lv]',
    'Nosūtīts: ceturtdiena, 2026. gada 28. maijs 14:20',
    'Kam: Agnese Vītiņa',
    'Tēma: RE: RE: Meža mašīnu operators — labotā MIP un PKE',
    'Agnese, labdien!',
    'Paskatījos labotās versijas. Programmā tagad ir gan forvardera, gan harvestera moduļi atsevišķi, hidraulikas apkope pievienota. Ar šo redakciju esmu apmierināts — MIP atbalstu, var virzīt uz saskaņošanu.',
    'Eksāmenā tās pašas divas vietas, par ko rakstīju iepriekš (simulatora uzdevuma vērtēšanas skala un darba drošības instruktāža pirms praktiskās daļas), nav izlabotas. Pēc būtības pret eksāmenu neiebilstu, bet virzīt to saskaņošanai var tikai pēc šo precizējumu veikšanas.',
    'Ē. Zvaigzne',
    '',
    'No: Ēriks Zvaigzne',
    'Nosūtīts: piektdiena, 2026. gada 6. marts 09:47',
    'Tēma: RE: Meža mašīnu operators — MIP un PKE',
    '> MIP nav atbalstāms — nav nodalīti forvardera un harvestera moduļi, nav hidraulikas.',
    '> PKE atbalstāms ar precizējumiem: simulatora uzdevuma vērtēšanas skala, instruktāža.',
], 'Agnese Vītiņa', '2026-05-28T15:00:00',
    [('meža mašīnu operators', 'MIP', S, 'Ēriks Zvaigzne', '2026-05-28', '3'),
     ('meža mašīnu operators', 'PKE', N, 'Ēriks Zvaigzne', '2026-05-28', '3')],
    note='Outlook thread: current reply outranks the quoted March message (MIP then not supported). Expert name as full name from header; signature has initial.')

# ---------------------------------------------------------------- 24
build('r11a24_Energetika_MIP_Lapins.docx', [
    ('h', 'Enerģētikas nozares modulāro izglītības programmu izvērtējums'),
    'Normunds Lapiņš, sertificēts elektroietaišu būvdarbu vadītājs',
    'Man tika uzdots izvērtēt tikai programmas; eksāmenu saturu šajā kārtā vērtē citi eksperti, tāpēc par PKE neizsakos.',
    'A) Elektromontieris. Programma ir praktiski orientēta, bet tajā pilnībā iztrūkst darbs ar kabeļu līnijām zemē un kabeļu uzmavu montāža. Atbalstāma ar nosacījumu, ka šis saturs tiek iekļauts modulī „Elektrotīklu izbūve”; tad varēs virzīt saskaņošanai.',
    'B) Elektrotehniķis. Ļoti laba programma, nekas nav jālabo. Atbalstu, virzāma saskaņošanai.',
    'C) Siltumenerģētikas tehniķis. Šī kvalifikācija sarakstā parādījās pēdējā brīdī. Programma izstrādāta kvalitatīvi, katlumāju un siltumtīklu ekspluatācijas moduļi atbilst nozares vajadzībām. Arī šo programmu atbalstu un iesaku virzīt saskaņošanai.',
    'Ķekavā, 29.04.2026.',
], 'Normunds Lapiņš', '2026-04-29T17:00:00',
    [('elektromontieris', 'MIP', N, 'Normunds Lapiņš', '2026-04-29', '3'),
     ('elektrotehniķis', 'MIP', S, 'Normunds Lapiņš', '2026-04-29', '4'),
     ('siltumenerģētikas tehniķis', 'MIP', S, 'Normunds Lapiņš', '2026-04-29', '')],
    ['unknown_qualification'],
    note='Lettered sections, MIP only (PKE explicitly not covered). "Siltumenerģētikas tehniķis" not in register, no level stated -> lki empty.')

# ---------------------------------------------------------------- 25 (non-review)
build('r11a25_Ekspertu sadalijums 5 posms.docx', [
    ('c', 'Ekspertu sadalījums un ekspertīžu statuss (5. posms)'),
    'Sagatavots 2026. gada 2. aprīlī',
    ('table', [
        ['Kvalifikācija', 'Dokuments', 'Eksperts', 'Termiņš', 'Statuss'],
        ['Elektromontieris', 'MIP', 'N. Lapiņš', '30.04.', 'nosūtīts'],
        ['Elektromontieris', 'PKE', 'A. Bērziņš', '08.05.', 'otrā kārta'],
        ['Mēbeļu galdnieks', 'MIP', 'I. Ozoliņa', '—', 'atbalstīts ar precizējumiem'],
        ['Mēbeļu galdnieks', 'PKE', 'S. Āboliņa', '17.04.', 'gaida'],
        ['VGK sistēmu tehniķis', 'MIP, PKE', 'D. Grīnberga / M. Kalniņš', '15.05.', 'gaida'],
        ['Meža mašīnu operators', 'MIP', 'G. Ozols', '—', 'atbalstīts'],
    ]),
    'Piezīme: statuss „atbalstīts” nozīmē, ka atzinums saņemts; galīgais vērtējums jāpārbauda ekspertu atzinumos.',
], 'Agnese Vītiņa', '2026-04-02T11:00:00', [], ['no_verdict'],
    note='NOT a review: assignment/status table with "atbalstīts" in a status column. No rows.')

# ---------------------------------------------------------------- 26
build('r11a26_Mehatronisko sist tehn_PKE MIP_Klavins.docx', [
    ('c', 'Mehatronisko sistēmu tehniķa kvalifikācijas dokumentu izvērtējums'),
    'Otrās kārtas dokumentus saņēmu jūlija sākumā. Izvērtēju gan eksāmena saturu, gan programmu, kurā pēc pavasara atzinumiem bija veiktas izmaiņas.',
    'Eksāmens. Kļūdainie testa jautājumi ir izlaboti, praktiskajā uzdevumā pievienota drošības pārbaude pirms iekārtas palaišanas. Eksāmena saturu atbalstu, to var virzīt saskaņošanai.',
    'Programma. Industriālo tīklu tēma iekļauta, pneimatikas un robotikas apjomi sabalansēti. Iebildumu nav, programma virzāma saskaņošanai.',
], '', '2026-07-14T10:10:00',
    [('mehatronisko sistēmu tehniķis', 'PKE', S, 'Artūrs Kļaviņš', '2026-07-14', '4'),
     ('mehatronisko sistēmu tehniķis', 'MIP', S, 'Artūrs Kļaviņš', '2026-07-14', '4')],
    note='Name and date only in the page footer. MIP "Iebildumu nav, virzāma saskaņošanai" = supported.',
    footer='Sagatavoja: Artūrs Kļaviņš, 14.07.2026.')

# ---------------------------------------------------------------- 27
build('r11a27_VGK iekartu remontatslednieks_Purina.docx', [
    'Zane Puriņa',
    'ventilācijas sistēmu servisa inženiere, SIA „Gaisa serviss”',
    ('c', 'Vērtējums: VGK iekārtu remontatslēdznieks (LKI 3)'),
    'Pēc pirmās versijas saņemšanas kolēģis O. Zariņš atlika savu slēdzienu, tāpēc šoreiz abus dokumentus vērtēju es.',
    'Programmā moduļu rezultāti joprojām dublējas, aukstuma aģentu uzpildes prasmes iekļautas pārāk plaši (tās 3. līmenim nepienākas bez F-gāzu sertifikāta). Arī prakses saturs nav saskaņots ar moduļiem. MIP saturs pašreizējā redakcijā nav pilnībā atbalstāms — to nepieciešams pārstrādāt un iesniegt atkārtotai ekspertīzei.',
    'Eksāmena saturam man iebildumu nav: vērtēšanas lapa papildināta, elektrodrošības jautājumu īpatsvars samazināts. Eksāmenu var virzīt saskaņošanai.',
    'Rēzeknē, 2026. gada 27. maijā',
], 'Zane Puriņa', '2026-05-27T12:30:00',
    [('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', X, 'Zane Puriņa', '2026-05-27', '3'),
     ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', S, 'Zane Puriņa', '2026-05-27', '3')],
    note='"nav pilnībā atbalstāms — jāpārstrādā un jāiesniedz atkārtotai ekspertīzei" = not_supported. "iebildumu nav ... var virzīt" = supported. Mentions earlier deferred review (history).')

# ---------------------------------------------------------------- 28
build('r11a28_datorizeto kokapstr operators + tehnikis_Liepins.docx', [
    'Sveiki,',
    'sutu savu vertejumu, rakstu no telefona klaviaturas tapec bez garumzimem.',
    'datorizetu kokapstrades iekartu operators',
    'MIP - viss kartiba, atbalstu, virzit saskanosanai.',
    'PKE - atbalstams, bet pirms saskanosanas japrecize CNC programmas uzdevuma apraksts (nav noradits materials un sagataves izmeri). pec tam var virzit.',
    'koka izstradajumu razosanas tehnikis',
    'MIP - neatbalstu. programma ir gandriz identiska operatora programmai, nav planosanas un kvalitates vadibas. jaraksta no jauna.',
    'PKE man netika atsutits.',
    'Maris Liepins',
    '18.03.2026',
], 'Maris', '2026-03-18T22:14:00',
    [('datorizētu kokapstrādes iekārtu operators', 'MIP', S, 'Maris Liepins', '2026-03-18', '4'),
     ('datorizētu kokapstrādes iekārtu operators', 'PKE', N, 'Maris Liepins', '2026-03-18', '4'),
     ('koka izstrādājumu ražošanas tehniķis', 'MIP', X, 'Maris Liepins', '2026-03-18', '4')],
    note='No diacritics, name kept as written ("Maris Liepins"). Tehniķis PKE not received -> no row.')

# ---------------------------------------------------------------- 29
build('r11a29_Strautina_galdnieki_atzinums.docx', [
    ('h', 'Par mēbeļu galdnieka un būvizstrādājumu galdnieka dokumentiem'),
    'Baiba Strautiņa, Latvijas Kokrūpniecības federācijas izglītības komitejas locekle',
    '2026. gada 22. jūnijs',
    'Abas kvalifikācijas ir radniecīgas, tāpēc vērtēju tās vienā dokumentā.',
    ('h', 'Mēbeļu galdnieks'),
    'Programmā iesaku virzīt saskaņošanai ar nosacījumu, ka tiek precizēts prakses uzņēmumā apjoms (šobrīd tabulā un aprakstā atšķiras skaitļi — 24 un 30 kredītpunkti) un novērsta moduļu numerācijas kļūda. Pats saturs ir atbalstāms.',
    'Eksāmenā praktiskā uzdevuma laiks pēc iepriekšējām piezīmēm ir pagarināts līdz 8 stundām. Eksāmena saturs atbalstāms bez precizējumiem, virzāms saskaņošanai.',
    ('h', 'Būvizstrādājumu galdnieks'),
    'Eksāmena saturs — atbalstāms un virzāms saskaņošanai. Programmu šajā reizē nevērtēju.',
], 'Baiba Strautiņa', '2026-06-22T09:45:00',
    [('mēbeļu galdnieks', 'MIP', N, 'Baiba Strautiņa', '2026-06-22', '4'),
     ('mēbeļu galdnieks', 'PKE', S, 'Baiba Strautiņa', '2026-06-22', '4'),
     ('būvizstrādājumu galdnieks', 'PKE', S, 'Baiba Strautiņa', '2026-06-22', '4')],
    note='"iesaku virzīt ... ar nosacījumu, ka" -> needs_corrections; "bez precizējumiem" -> supported. Būvizstrādājumu MIP explicitly not reviewed.')

# ---------------------------------------------------------------- 30
build('r11a30_Motorzaga operatora MIP PKE_Bite.docx', [
    ('c', 'MOTORZĀĢA OPERATORS'),
    'Kārlis Bite, 3. februāris 2026',
    'Eksāmens: teorija un prakse labi sabalansēta, uzdevumi skaidri, drošības prasības iekļautas katrā posmā. PKE saturs ir atbalstāms, to var virzīt saskaņošanai.',
    'Programma: šeit ir vairāki jautājumi, ko vēlos pārrunāt ar darba grupu klātienē — galvenokārt par to, vai vējgāzu izstrāde vispār iekļaujama 3. līmenī un vai krūmgrieža moduli neatdalīt. Kamēr tas nav pārrunāts, MIP vērtējumu nesniedzu.',
], 'Kārlis Bite', '2026-02-03T16:00:00',
    [('motorzāģa operators', 'PKE', S, 'Kārlis Bite', '2026-02-03', '3'),
     ('motorzāģa operators', 'MIP', U, 'Kārlis Bite', '2026-02-03', '3')],
    ['no_verdict'],
    note='PKE verdict clear; MIP covered but verdict explicitly withheld -> unknown + no_verdict.')

# ---------------------------------------------------------------- 31 (non-review)
build('r11a31_Metodiskie noradijumi ekspertiem.docx', [
    ('c', 'Metodiskie norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzei'),
    '1. Eksperts izvērtē, vai modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs atbilst profesijas standartam un nozares kvalifikāciju struktūrai.',
    '2. Ja saturs atbilst, eksperts norāda: „saturs ir atbalstāms un virzāms saskaņošanai”.',
    '3. Ja nepieciešami nebūtiski labojumi, norāda: „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” un uzskaita precizējumus.',
    '4. Ja saturs neatbilst, norāda: „saturs nav atbalstāms” un pamato.',
    '5. Atzinumu paraksta, norāda datumu un nosūta LDDK projekta koordinatoram. VISC nodrošina metodisko atbalstu.',
    'Apstiprināts LDDK 2026. gada 8. janvārī.',
], 'VISC', '2026-01-08T10:00:00', [], ['no_verdict'],
    note='NOT a review: instructions listing all three canonical formulations. No rows.')

# ---------------------------------------------------------------- 32
build('r11a32_Elektrotehnikis_Apinis_atzinums FINAL.docx', [
    ('r', 'Prof. Viesturs Apinis\nRīgas Tehniskās universitātes Elektroenerģētikas institūts'),
    ('c', 'Atzinums par elektrotehniķa (LKI 4) mācību programmu un eksāmenu'),
    'Iepriekšējo eksāmena versiju es aprīlī atbalstīju ar precizējumiem. Pārsteidzoši, jaunajā versijā precizējumi nav veikti, bet ir pievienoti divi jauni praktiskie uzdevumi, kuru saturs ir tehniski kļūdains (nepareizi aprēķināts kabeļa šķērsgriezums, aizsardzības aparāta izvēle neatbilst slodzei). Šādā veidā eksāmenu pieņemt nevar; eksāmena saturu neatbalstu.',
    'Mācību programma salīdzinājumā ar iepriekšējo versiju ir uzlabota. Atbalstāma, jāveic vien daži redakcionāli labojumi moduļu aprakstos (pielikumā ar komentāriem); pēc tam var virzīt saskaņošanai.',
    'Rīgā, 08.07.2026.',
    'V. Apinis',
], 'Viesturs Apinis', '2026-07-08T20:00:00',
    [('elektrotehniķis', 'PKE', X, 'Viesturs Apinis', '2026-07-08', '4'),
     ('elektrotehniķis', 'MIP', N, 'Viesturs Apinis', '2026-07-08', '4')],
    note='Academic title in letterhead (dropped). History of own April verdict ignored. PKE "neatbalstu" -> not_supported.')

# ---------------------------------------------------------------- 33
build('r11a33_Ozols_vairakas kvalifikacijas.docx', [
    'Cienījamā koordinatore,',
    'šonedēļ izskatīju četrus dokumentus, un tā kā piezīmju nav daudz, rakstu vienā vēstulē.',
    'Par būvizstrādājumu galdnieka programmu: kopumā atbalstu, bet moduļos par kāpņu izgatavošanu trūkst aprēķinu (pakāpienu augstums, platums, slīpums), bez tiem virzīt saskaņošanai nebūtu pareizi. Lūdzu skolai to papildināt.',
    'Meža mašīnu operatora MIP ir labs, tam piezīmju nav; to var virzīt saskaņošanai.',
    'Savukārt mežsaimniecības tehniķa eksāmens mani nepārliecināja. Praktiskais uzdevums ir tīri teorētisks (cirsmas aprēķins uz papīra), nav darba mežā, vērtēšanas kritēriji ir subjektīvi. Eksāmena saturu neatbalstu, darba grupai tas jāpārstrādā.',
    'Visbeidzot kokapstrādes iekārtu operatora PKE — labs, līdzsvarots, atbalstāms un virzāms saskaņošanai.',
    'Ar labiem vēlējumiem,',
    'Guntars Ozols',
    'Madonā, 25.03.2026.',
], 'Guntars Ozols', '2026-03-25T18:00:00',
    [('būvizstrādājumu galdnieks', 'MIP', N, 'Guntars Ozols', '2026-03-25', '4'),
     ('meža mašīnu operators', 'MIP', S, 'Guntars Ozols', '2026-03-25', '3'),
     ('mežsaimniecības tehniķis', 'PKE', X, 'Guntars Ozols', '2026-03-25', '4'),
     ('kokapstrādes iekārtu operators', 'PKE', S, 'Guntars Ozols', '2026-03-25', '3')],
    note='Four qualifications in running text, genitive forms, no headings. Būvizstrādājumu MIP: "atbalstu, bet ... bez tiem virzīt nebūtu pareizi" -> needs_corrections.')

# ---------------------------------------------------------------- 34
build('r11a34_FW VGK sistemu tehniķis PKE atzinums.docx', [
    'From: Elīna Vanaga <elina.vanaga@aukstumtehnika.lv>',
    'Sent: Tuesday, June 9, 2026 8:37 AM',
    'To: projekts@lddk.lv',
    'Subject: VGK sistēmu tehniķis – PKE atzinums',
    'Labrīt!',
    'Pielikumā un arī šeit tekstā — mans vērtējums par VGK sistēmu tehniķa eksāmena otro redakciju. MIP atzinumu nosūtīšu atsevišķi nākamnedēļ, tas šeit netiek vērtēts.',
    ('h', 'Slēdziens'),
    'Laika sadalījums praktiskajiem uzdevumiem ir sakārtots. Joprojām gan jāpapildina eksāmena materiālu saraksts ar mērierīcēm gaisa plūsmas mērīšanai. PKE saturs ir atbalstāms; pēc šī precizējuma veikšanas virzāms saskaņošanai.',
    'Ar cieņu,',
    'Elīna Vanaga',
    'Servisa nodaļas vadītāja | SIA Aukstumtehnika',
], 'Agnese Vītiņa', '2026-06-09T09:00:00',
    [('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', N, 'Elīna Vanaga', '2026-06-09', '4')],
    note='Outlook (English headers) pasted. MIP explicitly deferred to a separate message -> no row. Slēdziens heading.')

# ---------------------------------------------------------------- write gold
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r11a blind set: free-prose Latvian expert reviews\n\n')
    f.write('Built by `build.py` (python-docx). Gold labels: `expected.csv`, `expected_problems.csv`.\n\n')
    f.write('| file | design and judgement calls |\n|---|---|\n')
    for n, note in NOTES:
        f.write('| %s | %s |\n' % (n, note.replace('|', '/')))
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
