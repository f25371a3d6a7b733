# Builds the r6a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.
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

ROWS, PROBS, NOTES = [], [], []
_tc = [100]


def _run(text, deleted=False):
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def build(name, body, expert='', date='', rows=(), problems=(), note='', author='',
          created=None, header=None, footer=None, tc_author='', font='Calibri'):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(11)
    for item in body:
        if isinstance(item, str):
            if item.startswith('# '):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(item[2:]); r.bold = True; r.font.size = Pt(13)
            elif item.startswith('## '):
                p = doc.add_paragraph(); p.add_run(item[3:]).bold = True
            elif item.startswith('>> '):
                p = doc.add_paragraph(item[3:]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                doc.add_paragraph(item)
        elif item[0] == 'tc':
            p = doc.add_paragraph()
            for kind, text in item[1]:
                if kind == 't':
                    p._p.append(_run(text))
                else:
                    w = OxmlElement('w:' + kind)
                    _tc[0] += 1
                    w.set(qn('w:id'), str(_tc[0]))
                    w.set(qn('w:author'), tc_author or expert)
                    w.set(qn('w:date'), (date or '2026-01-01') + 'T09:30:00Z')
                    w.append(_run(text, kind == 'del'))
                    p._p.append(w)
        elif item[0] == 'st':
            p = doc.add_paragraph()
            for text, strike in item[1]:
                r = p.add_run(text); r.font.strike = strike
        elif item[0] == 'tbl':
            data = item[1]
            t = doc.add_table(rows=len(data), cols=len(data[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(data):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created or datetime.datetime.fromisoformat((date or '2026-03-01') + 'T10:00:00')
    fn = name + '.docx'
    doc.save(os.path.join(OUT, fn))
    for r in rows:
        q, d, v = r[:3]
        lki = r[3] if len(r) > 3 else REG.get(q, '')
        ex = r[4] if len(r) > 4 else expert
        ROWS.append([fn, q, d, v, ex, date, lki])
    for c in problems:
        PROBS.append([fn, c])
    NOTES.append((fn, note))


LV_DAYS = ['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena']
LV_MON = ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts',
          'septembris', 'oktobris', 'novembris', 'decembris']


def outlook_date(iso, hm):
    d = datetime.date.fromisoformat(iso)
    return f'{LV_DAYS[d.weekday()]}, {d.year}. gada {d.day}. {LV_MON[d.month-1]} {hm}'


def gmail_date(iso, hm):
    d = datetime.date.fromisoformat(iso)
    return d.strftime('%a, %d %b %Y') + ' at ' + hm

# ---------------------------------------------------------------- 01
build('r6a01_Kalnina_Mebelu galdnieks_MIP_PKE_atzinums', [
    '>> Rīgā, 2026. gada 12. martā',
    'Latvijas Darba devēju konfederācijai',
    'projekta koordinatorei Dacei Liepiņai',
    '',
    '## Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un kvalifikācijas eksāmena satura ekspertīzi',
    'Saskaņā ar noslēgto uzņēmuma līgumu esmu iepazinusies ar Rīgas Valsts tehnikuma darba grupas izstrādāto kompetencēs balstītas modulārās izglītības programmas (turpmāk – MIP) projektu un profesionālās kvalifikācijas eksāmena (turpmāk – PKE) saturu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Ekspertīzes uzdevums bija izvērtēt, vai dokumentu saturs atbilst profesijas standartam un nozares šodienas vajadzībām, un sniegt atzinumu, vai tas ir atbalstāms.',
    'Par MIP. Programmas struktūra kopumā ir loģiska, moduļi veidoti pēctecīgi, un sasniedzamie rezultāti lielākoties formulēti izmērāmi. Tomēr modulī „Korpusa mēbeļu izgatavošana” nepietiekami atspoguļots darbs ar CNC apstrādes centriem, kas mūsu nozarē jau ir ikdiena, nevis izņēmums. Apdares moduļos jāpapildina prasības par ūdens bāzes lakām un darba aizsardzību, strādājot ar tām. Modulī „Mēbeļu montāža un uzstādīšana pie klienta” sasniedzamie rezultāti daļēji dublējas ar iepriekšējo moduli – iesaku tos apvienot.',
    'Par PKE. Eksāmena praktiskā daļa ir labi pārdomāta – izglītojamajam jāizgatavo reāls izstrādājums pēc rasējuma, vērtēšanas kritēriji ir skaidri un izmērāmi. Teorētiskās daļas jautājumu bankā atradu dažus neprecīzus formulējumus, taču tie ir redakcionāli, un esmu tos atzīmējusi pielikumā.',
    '## Slēdziens',
    'MIP saturs ir atbalstāms, taču saskaņošanai to var virzīt tikai pēc tam, kad būs novērsti iepriekš minētie trūkumi moduļos par korpusa mēbelēm un apdari.',
    'PKE saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai bez izmaiņām; pielikumā minētie redakcionālie labojumi nav obligāti.',
    '',
    'Ar cieņu,',
    'Inese Kalniņa',
    'SIA „Kokmeistars” ražošanas vadītāja, LDDK deleģētā nozares eksperte',
], expert='Inese Kalniņa', date='2026-03-12', author='Dace Liepiņa',
   rows=[('mēbeļu galdnieks', 'MIP', 'needs_corrections'), ('mēbeļu galdnieks', 'PKE', 'supported')],
   note='Formal letter, place+date top right, Slēdziens heading. MIP "atbalstāms, taču virzīt tikai pēc..." = needs_corrections; PKE "atbalstu... bez izmaiņām; labojumi nav obligāti" = supported. Author = coordinator.')

# ---------------------------------------------------------------- 02
build('r6a02_RE Elektromontieris PKE atzinums', [
    '## Atzinums par PKE saturu – Elektromontieris (3. LKI)',
    'MIP ekspertīzi šai kvalifikācijai veic kolēģis Raimonds Zariņš, tāpēc mans atzinums attiecas tikai uz kvalifikācijas eksāmena saturu.',
    'Eksāmena uzdevumi aptver galvenās elektromontiera darba jomas: zemsprieguma kabeļu līniju montāžu, sadales skapju komplektēšanu, izolācijas pretestības mērījumus un elektrodrošību. Praktiskā uzdevuma laika normas ir reālas, un materiālu saraksts atbilst tam, kas pieejams skolu darbnīcās. Drošības instruktāžas daļa varētu būt izvērstāka, bet to var atstāt eksaminācijas centra ziņā.',
    'Iebildumu pret eksāmena saturu man nav, to var virzīt saskaņošanai.',
    '',
    'Gatis Bērziņš',
    'SIA „Elektrotīkli Vidzeme”, vecākais inženieris',
    '2026. gada 9. aprīlī',
], expert='Gatis Bērziņš', date='2026-04-09', author='Gatis Berzins',
   rows=[('elektromontieris', 'PKE', 'supported')],
   note='PKE only; MIP explicitly reviewed by someone else -> no MIP row. "Iebildumu nav, var virzīt saskaņošanai" = supported (nav iebildumu is positive).')

# ---------------------------------------------------------------- 03
build('r6a03_motorzagis_komentari_galigais', [
    'Sveiki,',
    'te mani komentari par motorzaga operatora MIP un PKE (Ogres tehnikuma versija no 2. marta).',
    'MIP - kopuma ok, bet 2. modulim (Koku gazesana) jaieliek vairak par bistamiem kokiem (vejgazes, sausi koki, koki pie elektrolinijam), ari nav nekas par motorzaga apkopi ziemas apstaklos. Atbalstu, bet pirms virzisanas saskanosanai sie punkti japapildina.',
    'PKE - praktiskais uzdevums labs, teorijas testa 14. un 22. jautajums atkartojas, bet tas nav butiski. PKE atbalstams un virzams saskanosanai.',
    'Paldies,',
    'Maris Ozolins',
    '17.03.2026',
], expert='Maris Ozolins', date='2026-03-17', author='',
   rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('motorzāģa operators', 'PKE', 'supported')],
   note='Hasty, no diacritics, genitive "motorzaga operatora". Expert name as written without diacritics. Empty author.')

# ---------------------------------------------------------------- 04
build('r6a04_Vitola_kokapstrade_CNC_atzinums', [
    '# EKSPERTA ATZINUMS',
    'par Kokapstrādes iekārtu operatora un Datorizētu kokapstrādes iekārtu operatora kvalifikāciju MIP un PKE saturu',
    'Eksperte: Līga Vītola, SIA „Baltic Timber Works” tehnoloģe',
    'Datums: 20.05.2026.',
    'Izskatīju Kuldīgas tehnoloģiju un tūrisma tehnikuma darba grupas iesniegtos dokumentus. Zemāk mani komentāri pa kvalifikācijām.',
    '## 1. Kokapstrādes iekārtu operators (LKI 3)',
    '1.1. MIP. Programma ir praktiski orientēta, moduļos ir pietiekami daudz darba vidē balstītu mācību. Pozitīvi vērtēju, ka darba aizsardzība ir integrēta katrā modulī, nevis atstāta atsevišķā teorijas blokā. Programmu atbalstu un iesaku virzīt saskaņošanai.',
    '1.2. PKE. Eksāmena praktiskajā daļā paredzēts darbs tikai ar ripzāģi un biezumēvelmašīnu; jāiekļauj arī frēzmašīna, jo tā ir minēta profesijas standartā. Saturs atbalstāms, bet saskaņošanai virzāms tikai pēc šī precizējuma.',
    '## 2. Datorizētu kokapstrādes iekārtu operators (LKI 4)',
    '2.1. MIP. Programma ir novecojusi: CNC programmēšanas moduļi balstīti uz vienu konkrētu programmatūru, nav ietverta CAM sagatavošana, instrumentu korekcijas aprakstītas virspusēji. Arī 5 asu apstrāde nav minēta vispār. Šādā veidā programmu atbalstīt nevaru – tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
    '2.2. PKE. Eksāmena uzdevums (detaļas izgatavošana pēc rasējuma ar programmas sagatavošanu) ir atbilstošs, vērtēšanas kritēriji skaidri. Atbalstāms un virzāms saskaņošanai.',
    'L. Vītola',
], expert='Līga Vītola', date='2026-05-20', author='Līga Vītola',
   rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported'),
         ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections'),
         ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported'),
         ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported')],
   note='Two quals, numbered sections 1./2. with sub-items per document; header block lines Eksperte/Datums; quals in genitive in title. "atbalstīt nevaru" = not_supported.')

# ---------------------------------------------------------------- 05
build('r6a05_RE VGK sistemu tehnika MIP un PKE ekspertize', [
    'No: Edgars Krūmiņš <edgars.krumins@klimatserviss.lv>',
    'Nosūtīts: ' + outlook_date('2026-04-14', '16:42'),
    'Kam: Dace Liepiņa <dace.liepina@koordinacija.lv>',
    'Tēma: RE: VGK sistēmu tehniķa MIP un PKE ekspertīze',
    '',
    'Labdien, Dace!',
    'Nosūtu savu vērtējumu par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa dokumentiem.',
    'Programma (MIP): moduļi par aukstuma iekārtām un siltumsūkņiem ir izstrādāti labi, bet trūkst F-gāzu regulas prasību un noplūžu pārbaudes dokumentēšanas. Programmu var atbalstīt, ja tiks papildināts modulis „Aukstuma aģentu apstrāde” ar F-gāzu sertifikācijas prasībām – bez tā uz saskaņošanu to sūtīt nevajadzētu.',
    'Eksāmens (PKE): praktiskais uzdevums paredz tikai ventilācijas iekārtas apkopi, nav nekā par sistēmas ieregulēšanu un gaisa plūsmas mērījumiem; teorijas daļa ir remontatslēdznieka, nevis tehniķa līmenī. Eksāmena saturu pašreizējā redakcijā neatbalstu, tas jāpārstrādā.',
    'Ja vajag, varu piedalīties darba grupas sanāksmē un paskaidrot sīkāk.',
    '',
    'Ar cieņu',
    'Edgars Krūmiņš',
    'SIA „Klimatserviss”, tehniskais direktors',
    '',
    'No: Dace Liepiņa <dace.liepina@koordinacija.lv>',
    'Nosūtīts: ' + outlook_date('2026-03-30', '10:15'),
    'Kam: Edgars Krūmiņš <edgars.krumins@klimatserviss.lv>',
    'Tēma: VGK sistēmu tehniķa MIP un PKE ekspertīze',
    '',
    'Labdien, Edgar!',
    'Pielikumā VGK sistēmu tehniķa MIP un PKE. Lūdzu līdz 15. aprīlim sniegt atzinumu – vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.',
    'Paldies!',
    'Dace',
], expert='Edgars Krūmiņš', date='2026-04-14', author='Dace Liepiņa',
   rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'needs_corrections'),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'not_supported')],
   note='Outlook reply pasted into Word, Latvian headers; quoted coordinator request lists all three options (not a verdict). MIP "var atbalstīt, ja tiks papildināts... bez tā nesūtīt" = needs_corrections. Date = reply sent date.')

# ---------------------------------------------------------------- 06
build('r6a06_Elektrotehnikis_atkartota_ekspertize_Jansone', [
    '# Atkārtotas ekspertīzes atzinums',
    'Kvalifikācija: Elektrotehniķis, LKI 4. līmenis',
    'Izglītības iestāde: Liepājas Valsts tehnikums',
    'Pirmajā ekspertīzes kārtā (2026. gada februārī) MIP netika atbalstīta, jo programmā nebija iekļauta atjaunojamo energoresursu – saules paneļu un uzlādes staciju – pieslēgšana un automatizācijas pamati. Darba grupa programmu ir pārstrādājusi: izveidots jauns modulis „Mikroģenerācijas iekārtu pieslēgšana”, papildināts modulis par releju aizsardzību. Esmu pārbaudījusi, ka visi mani iepriekšējie iebildumi ir ņemti vērā.',
    'PKE iepriekš tika atbalstīts ar nosacījumu, ka tiek pārstrādāti vērtēšanas kritēriji. Kritēriji pārstrādāti tikai daļēji: 1. praktiskajam uzdevumam tie tagad ir labi, bet 2. uzdevumā (shēmas salikšana un pārbaude) joprojām vērtē tikai gala rezultātu, nevis darba drošības ievērošanu procesā.',
    '## Secinājumi',
    '1) MIP jaunajā redakcijā ir atbalstāma un virzāma saskaņošanai.',
    '2) PKE vēl jāprecizē vērtēšanas kritēriji 2. praktiskajam uzdevumam; kad tas izdarīts, eksāmena saturu var virzīt saskaņošanai.',
    '',
    'Sandra Jansone',
    'elektroenerģētikas nozares eksperte',
    'Liepājā, 2026. gada 2. jūnijā',
], expert='Sandra Jansone', date='2026-06-02', author='Sandra Jansone',
   rows=[('elektrotehniķis', 'MIP', 'supported'), ('elektrotehniķis', 'PKE', 'needs_corrections')],
   note='Re-review with history: earlier "netika atbalstīta" (MIP) and earlier conditional support (PKE) are history; current Secinājumi count.')

# ---------------------------------------------------------------- 07
build('r6a07_Metinatajs_MIP_PKE_Kuznecovs', [
    '07.05.2026.',
    '## Ekspertīze: profesionālā kvalifikācija „Metinātājs”, LKI 3. līmenis',
    'Man tika nosūtīta Daugavpils Valsts tehnikuma izstrādātā modulārā programma un eksāmena saturs metinātāja kvalifikācijai. Vērtēju tos no ražotāja skatupunkta – mūsu uzņēmumā strādā 40 metinātāji, un jaunos darbiniekus pieņemam tieši no profesionālajām skolām.',
    'Programma ir laba. Moduļi MAG, TIG un MMA metināšanai ir sabalansēti, pietiekami daudz prakses stundu, iekļauta arī metināto savienojumu vizuālā kontrole. Nav ko piebilst – programmu atbalstu, var sūtīt tālāk saskaņošanai.',
    'Ar eksāmenu ir sliktāk. Praktiskajā daļā prasīts metināt tikai plātņu savienojumu apakšējā stāvoklī; tas ir par maz, jābūt vismaz vienam cauruļu savienojumam vai vertikālai šuvei. Eksāmens kopumā atbalstāms, bet pirms saskaņošanas jāpapildina praktiskais uzdevums, kā minēju.',
    'Viktors Kuzņecovs',
    'SIA „Metālkonstrukcijas LV”, metināšanas inženieris',
], expert='Viktors Kuzņecovs', date='2026-05-07', author='Viktors',
   rows=[('Metinātājs', 'MIP', 'supported', '3'), ('Metinātājs', 'PKE', 'needs_corrections', '3')],
   problems=['unknown_qualification'],
   note='Qualification not in register (metinātājs); LKI 3 stated in review. Date alone on the first line.')

# ---------------------------------------------------------------- 08
build('r6a08_Mezsaimniecibas tehnikis_Liepa', [
    '# Mežsaimniecības tehniķis – MIP un PKE ekspertīze',
    '## Kopvērtējums',
    'MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms pēc precizējumu veikšanas.',
    'Izvērtēju Ogres tehnikuma sagatavotos dokumentus mežsaimniecības tehniķa kvalifikācijai (LKI 4). Programma aptver meža inventarizāciju, mežkopību, meža atjaunošanu, ciršanas plānošanu un meža ģeogrāfiskās informācijas sistēmas. Pozitīvi, ka ir ietverts darbs ar MVR datiem un dronu uzmērījumiem.',
    'Eksāmena saturā jāprecizē 3. uzdevuma (cirsmas projektēšana) vērtēšanas kritēriji – pašlaik nav skaidrs, cik punktu piešķir par meža atjaunošanas plānu.',
    'Programmā modulis „Meža ekonomika” ir pārāk vispārīgs un neatbilst tehniķa līmenim, bet modulī „Meža aizsardzība” trūkst saistības ar Meža likuma aktuālajiem grozījumiem.',
    '## Slēdziens',
    'MIP saturs nav atbalstāms.',
    'PKE saturs ir atbalstāms; pēc 3. uzdevuma kritēriju precizēšanas virzāms saskaņošanai.',
    '',
    'Kristaps Liepa, 28.04.2026',
], expert='Kristaps Liepa', date='2026-04-28', author='Dace Liepiņa',
   rows=[('mežsaimniecības tehniķis', 'MIP', 'unknown'), ('mežsaimniecības tehniķis', 'PKE', 'needs_corrections')],
   problems=['conflict'],
   note='Two summary statements of equal weight (Kopvērtējums at top, Slēdziens at bottom) contradict for MIP (supported vs not supported) -> unknown + conflict. PKE consistent in both -> needs_corrections.')

# ---------------------------------------------------------------- 09
build('r6a09_mehatronika_MIP_PKE_komentari', [
    'Labdien!',
    'Izskatīju Rīgas Tehniskās koledžas sagatavoto mehatronisko sistēmu tehniķa programmu un eksāmena materiālus.',
    'Par programmu: struktūra ir pārdomāta, PLC programmēšana, pneimatika un hidraulika sabalansētas, iekļauta arī robotu drošība un industriālie tīkli. Programma ir atbalstāma un virzāma saskaņošanai.',
    'Par eksāmenu man ir šādas piezīmes:',
    '– praktiskā uzdevuma aprakstā nav norādīts, kādu PLC modeli izmantos – skolām aprīkojums atšķiras;',
    '– teorijas testā ir 60 jautājumi 45 minūtēs, tas ir par daudz;',
    '– nav skaidrs, vai kļūdu meklēšanas uzdevumā eksaminējamais drīkst izmantot dokumentāciju;',
    '– vērtēšanas lapā punktu summa nesakrīt (kopā 98, nevis 100).',
    'Armands Celmiņš',
    'Rīgā, 22.04.2026',
], expert='Armands Celmiņš', date='2026-04-22', author='Armands Celmiņš',
   rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'supported'), ('mehatronisko sistēmu tehniķis', 'PKE', 'unknown')],
   problems=['no_verdict'],
   note='MIP clear supported; PKE covered with a list of remarks but no verdict at all -> unknown + no_verdict.')

# ---------------------------------------------------------------- 10
build('r6a10_Buvizstradajumu galdnieks_Strautina_labots', [
    '# Ekspertīzes atzinums',
    'Būvizstrādājumu galdnieks (LKI 4), Jelgavas tehnikums',
    'Ilze Strautiņa, 25.03.2026.',
    'Darba grupa ir paveikusi lielu darbu, programma ir daudz labāka par iepriekšējo standartu. Tomēr:',
    '1. moduļa „Logu izgatavošana” sasniedzamajos rezultātos nav minēti energoefektīvo logu blīvējuma un montāžas (siltā montāža) jautājumi;',
    '2. moduļa „Kāpņu izgatavošana” apjoms (40 stundas) nav pietiekams, lai apgūtu kāpņu aprēķinu;',
    '3. trūkst darba ar CNC iekārtām, kas ir standarts būvgaldniecības uzņēmumos;',
    '4. nav iekļauts durvju bloku uzstādīšanas modulis.',
    ('tc', [('t', 'Par MIP: kopumā programmas saturs ir atbalstāms'),
            ('del', ' un virzāms saskaņošanai. Papildu precizējumi nav nepieciešami.'),
            ('ins', '; pēc precizējumu veikšanas (sk. 1., 3. un 4. punktu) virzāms saskaņošanai.')]),
    'Par PKE: eksāmena saturs atbilst kvalifikācijas prasībām, praktiskais uzdevums (loga vērtnes izgatavošana) ir reāls. PKE atbalstu un iesaku virzīt saskaņošanai.',
], expert='Ilze Strautiņa', date='2026-03-25', author='Ilze Strautiņa',
   rows=[('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections'), ('būvizstrādājumu galdnieks', 'PKE', 'supported')],
   note='Track changes: deleted "un virzāms saskaņošanai. Papildu precizējumi nav nepieciešami." and inserted "; pēc precizējumu veikšanas ... virzāms saskaņošanai." -> current MIP verdict needs_corrections.')

# ---------------------------------------------------------------- 11
build('r6a11_Petersons_mehatronika_eksperta_viedoklis', [
    'Dr. sc. ing. Andris Pētersons',
    'Rīgas Tehniskās universitātes asociētais profesors, nozares eksperts',
    '',
    '# EKSPERTA VIEDOKLIS',
    'par mehatronisko sistēmu tehniķa profesionālās kvalifikācijas (LKI 4) modulārās izglītības programmu un kvalifikācijas eksāmenu',
    'Rīga, 2026-03-04',
    'Iesniegtā programma ir izstrādāta rūpīgi un kopumā atbilst profesijas standartam. Moduļu secība ļauj izglītojamajam pakāpeniski pāriet no elektrotehnikas un mehānikas pamatiem līdz integrētu sistēmu apkalpošanai. Tomēr digitālo prasmju daļa ir vāja – trūkst datu ievākšanas, SCADA un attālinātās diagnostikas tēmu, ko uzņēmumi šobrīd prasa. Ieteiktu arī skaidrāk nodalīt apkopes un remonta kompetences.',
    'Kvalifikācijas eksāmena saturs kopumā atspoguļo programmu. Praktiskais uzdevums (mehatroniskas šķirošanas stacijas ieregulēšana un kļūdu novēršana) ir labs, taču nav norādīts vērtēšanas laiks katram posmam, un vērtēšanas lapā trūkst kritēriju par dokumentācijas aizpildīšanu.',
    '## Rezumējot',
    'Gan programmu, gan eksāmena saturu varu atbalstīt, tomēr abiem dokumentiem nepieciešami precizējumi. Programmā jāpapildina digitālo prasmju tēmas; eksāmenā – vērtēšanas laiks un kritēriji. Saskaņošanai dokumentus ieteicams virzīt pēc šo precizējumu veikšanas.',
    'A. Pētersons',
], expert='Andris Pētersons', date='2026-03-04', author='Dace Liepiņa',
   rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'), ('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections')],
   note='Letterhead with academic title above the title; ISO date line; "Rezumējot" covers both documents jointly ("gan programmu, gan eksāmena saturu... abiem nepieciešami precizējumi"). Expert without Dr. sc. ing.')

# ---------------------------------------------------------------- 12
build('r6a12_MMO ozols', [
    'Meža mašīnu operators (LKI 3)',
    'MIP – atbalstu, var virzīt.',
    'PKE – atbalstu ar vienu piebildi: harvestera simulatora uzdevumam jānorāda minimālais rezultāts (m³/h), citādi vērtēšana nebūs vienāda visās skolās. Pēc tam var virzīt.',
    'J. Ozols, 04.05.2026',
], expert='J. Ozols', date='2026-05-04', author='Janis',
   rows=[('meža mašīnu operators', 'MIP', 'supported'), ('meža mašīnu operators', 'PKE', 'needs_corrections')],
   note='Very short. Initial + surname only. PKE condition "ar vienu piebildi... Pēc tam var virzīt" = needs_corrections.')

# ---------------------------------------------------------------- 13
build('r6a13_Fwd VGK remontatslēdznieks - atzinums', [
    'From: Rolands Kalējs <rolands.kalejs@gmail.com>',
    'Date: ' + gmail_date('2026-05-13', '14:05'),
    'Subject: Re: VGK remontatslēdznieka MIP/PKE otrā kārta',
    'To: Dace Liepiņa <dace.liepina@koordinacija.lv>',
    '',
    'Dace, sveika!',
    'Izskatīju VGK iekārtu remontatslēdznieka programmu un eksāmenu, ko skola atsūtīja pēc labojumiem. Abi dokumenti tagad ir sakārtoti, mani marta komentāri (par freona noplūžu meklēšanu un elektrodrošību) ir iestrādāti. Atbalstu abus, var sūtīt saskaņošanai.',
    'Rolands',
    '',
    'On ' + gmail_date('2026-05-11', '09:12') + ', Dace Liepiņa <dace.liepina@koordinacija.lv> wrote:',
    '> Labdien, Roland!',
    '> Pielikumā Rīgas Valsts tehnikuma labotā VGK iekārtu remontatslēdznieka MIP un PKE versija. Martā Tu programmu atbalstīji tikai pēc precizējumiem, un eksāmenu neatbalstīji.',
    '> Lūdzu paskaties, vai tagad var virzīt saskaņošanai.',
    '> Dace',
], expert='Rolands Kalējs', date='2026-05-13', author='Dace Liepiņa',
   rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'supported')],
   note='Gmail reply with English headers; alias "VGK iekārtu remontatslēdznieks" in genitive; quoted coordinator message recounts March verdicts (history). "Atbalstu abus, var sūtīt saskaņošanai" = supported for both. Expert full name from the From: line (signature has first name only).')

# ---------------------------------------------------------------- 14
build('r6a14_KIRT_MIP_PKE_ekspertize_Sila_2026', [
    'Gita Sīla',
    'SIA „Latvijas Finieris Plus” kvalitātes vadītāja, LDDK kokrūpniecības nozares eksperte',
    '',
    '# Atzinums par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” MIP un PKE saturu',
    'Ekspertīzei iesniegta Smiltenes tehnikuma darba grupas izstrādātā modulārā izglītības programma (LKI 4. līmenis) un kvalifikācijas eksāmena saturs. Vērtēju abus dokumentus, salīdzinot tos ar 2025. gadā aktualizēto nozares kvalifikāciju struktūru un profesijas standartu, kā arī ar mūsu uzņēmuma pieredzi, pieņemot darbā tehnikumu absolventus.',
    '## Vispārīgi',
    'Programma ir apjomīga – 31 modulis –, un tajā ir iekļautas gandrīz visas tehniķa darba jomas: koksnes materiālmācība, tehnoloģisko procesu plānošana, ražošanas iekārtu apkalpošana, kvalitātes kontrole, darba organizācija un vides prasības. Patīkami, ka programmā ir atsevišķs modulis par ražošanas datu uzskaiti un ERP sistēmām. Tomēr vairākos moduļos sasniedzamie rezultāti formulēti kā zināšanas („pārzina”, „izprot”), nevis kā prasmes un kompetences, kas neatbilst kompetencēs balstītas programmas pieejai.',
    '## Piezīmes par moduļiem',
    'Modulis „Koksnes hidrotermiskā apstrāde”. Saturs ir novecojis: aprakstītas tikai tvaicēšanas kameras, nav ne vārda par mūsdienu kaltēšanas kameru vadības sistēmām un mitruma kontroli. Šāda moduļa redakcija nav atbalstāma; modulis jāpārstrādā.',
    'Modulis „Finiera un saplākšņa ražošana”. Labs, detalizēts, atbilst ražošanas praksei. Ieteiktu pievienot praktisku uzdevumu par līmju patēriņa aprēķinu.',
    'Modulis „Kvalitātes vadība”. Jāpapildina ar statistiskās procesu kontroles pamatiem un CE marķējuma prasībām būvizstrādājumiem.',
    'Modulis „Ražošanas iekārtu tehniskā apkope”. Apjoms (120 stundas) ir pārāk liels salīdzinājumā ar tehniķa faktiskajiem pienākumiem; daļu stundu var pārcelt uz tehnoloģisko procesu plānošanu.',
    'Modulis „Darba aizsardzība un ugunsdrošība”. Nav iekļauti koksnes putekļu sprādzienbīstamības jautājumi – tas ir būtisks trūkums, jo tieši ar to nozarē ir bijuši smagākie negadījumi.',
    'Modulis „Uzņēmējdarbības pamati”. Nav iebildumu.',
    'Moduļi „Ilgtspējīga ražošana” un „Aprites ekonomika kokrūpniecībā” daļēji dublējas; iesaku tos apvienot vienā modulī.',
    '## Par kvalifikācijas eksāmenu',
    'Eksāmena teorētiskā daļa sastāv no 50 testa jautājumiem, kas aptver visas galvenās tēmas. Praktiskā daļa – ražošanas procesa plāna izstrāde konkrētam izstrādājumam (durvju bloks), ieskaitot materiālu aprēķinu, iekārtu izvēli un kvalitātes kontroles punktus – ir ļoti tuva reālam tehniķa darbam. Vērtēšanas kritēriji ir skaidri, punktu sadalījums loģisks. Eksāmenā nekas būtisks nav jāmaina.',
    '## Noslēgumā',
    'Neraugoties uz iepriekš minētajiem trūkumiem atsevišķos moduļos, MIP kopumā vērtēju pozitīvi: saturs ir atbalstāms, bet saskaņošanai to varēs virzīt pēc tam, kad darba grupa būs precizējusi moduļus par hidrotermisko apstrādi, kvalitātes vadību un darba aizsardzību.',
    'PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    'Esmu gatava piedalīties darba grupas sanāksmē, ja būs nepieciešams precizēt manus komentārus.',
    '',
    'Smiltenē, 2026. gada 15. aprīlī',
], expert='Gita Sīla', date='2026-04-15', author='Gita Sila',
   rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections'),
         ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
   note='Long (two pages) module-by-module review; letterhead name+role above the title; body remark "Šāda moduļa redakcija nav atbalstāma" is about one module and is outranked by "Noslēgumā": MIP needs_corrections. "Neraugoties" starts with ne- but is not negation.')

# ---------------------------------------------------------------- 15
build('r6a15_Roze_elektromontieris_atzinums_2026-04-22', [
    'Labdien, kolēģi!',
    'Pēc koordinatores lūguma izvērtēju Jēkabpils Agrobiznesa koledžas sagatavoto elektromontiera (LKI 3) modulāro programmu un eksāmena saturu.',
    'Programmā ir viss nepieciešamais, izņemot zemētāju un zibensaizsardzības ierīkošanu – tās jāpievieno modulim „Ēku elektroinstalācija”. Arī elektrodrošības grupu piešķiršanas kārtība aprakstīta pēc vecajiem noteikumiem, tas jāizlabo.',
    'Eksāmena saturs diemžēl neatbilst 3. līmenim: praktiskais uzdevums prasa projektēt sadales shēmu un aprēķināt kabeļu šķērsgriezumus, kas ir elektrotehniķa, nevis elektromontiera darbs. Savukārt montāžas prasmes – kabeļu pievienošana, marķēšana, mērījumi – eksāmenā gandrīz nav pārbaudītas. Eksāmens jāveido no jauna.',
    '## Atzinums (nevajadzīgo svītrot)',
    ('st', [('MIP saturs: ', False), ('ir atbalstāms un virzāms saskaņošanai', True), (' / ', False),
            ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', False), (' / ', False),
            ('nav atbalstāms', True)]),
    ('st', [('PKE saturs: ', False), ('ir atbalstāms un virzāms saskaņošanai', True), (' / ', False),
            ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', True), (' / ', False),
            ('nav atbalstāms', False)]),
    '',
    'Ojārs Roze, elektroinženieris',
    '22.04.2026.',
], expert='Ojārs Roze', date='2026-04-22', author='Ojārs Roze',
   rows=[('elektromontieris', 'MIP', 'needs_corrections'), ('elektromontieris', 'PKE', 'not_supported')],
   note='Prose body then an "nevajadzīgo svītrot" line per document: non-chosen options struck through. Plain text lists all three options; only strike formatting marks the choice. Body agrees.')

# ---------------------------------------------------------------- 16
build('r6a16_meza masinu operators Vidzemes tehnikums', [
    '# Meža mašīnu operatora MIP un PKE ekspertīze',
    'Dokumenti, ko saņēmu 2026. gada 5. martā, ir acīmredzami sagatavoti steigā. Programmā vairāki moduļi ir kopēti no vecās meža mašīnu operatora programmas (2013), ar atsaucēm uz spēku zaudējušiem MK noteikumiem. Nav iekļauts darbs ar forvarderu un harvesteru vadības sistēmām (StanForD), nav simulatoru mācību, nav meža sertifikācijas (FSC/PEFC) prasību.',
    'Eksāmenā teorija ir vienīgā daļa, kas ir kaut cik izstrādāta. Praktiskā uzdevuma apraksts ir viena rindkopa bez vērtēšanas kritērijiem.',
    'Tāpēc ne programmu, ne eksāmena saturu nevar atbalstīt. Abi dokumenti jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
], header='Vidzemes tehnikums – meža mašīnu operators (LKI 3) – ekspertīze',
   footer='Eksperts: Normunds Ābele | 2026. gada 19. marts | 1. lpp.',
   expert='Normunds Ābele', date='2026-03-19', author='Normunds',
   rows=[('meža mašīnu operators', 'MIP', 'not_supported'), ('meža mašīnu operators', 'PKE', 'not_supported')],
   note='Expert name and date only in the footer; LKI in the header. The date 5 March in the body is when documents arrived, not the review date. "ne programmu, ne eksāmena saturu nevar atbalstīt" = not_supported for both.')

# ---------------------------------------------------------------- 17
build('r6a17_Klavins_energetika_MIP_3 kvalifikacijas', [
    'Ainārs Kļaviņš',
    'Enerģētikas nozares eksperts',
    '',
    '## Atzinums par trīs enerģētikas nozares kvalifikāciju modulārajām izglītības programmām',
    'Šis atzinums attiecas tikai uz MIP. Eksāmenu saturu šīm kvalifikācijām vērtē cits eksperts.',
    '## A) Elektromontieris (LKI 3)',
    'Programma ir praktiska un labi strukturēta. Nekādu būtisku iebildumu nav – programma atbalstāma un var tikt virzīta saskaņošanai.',
    '## B) Elektrotehniķis (LKI 4)',
    'Programma kopumā laba, taču modulī „Elektroapgādes sistēmas” jāaktualizē atsauces uz standartiem (LVS HD 60364), un jāpapildina viedo skaitītāju un attālinātās nolasīšanas tēma. Programma atbalstāma ar nosacījumu, ka šie precizējumi tiek veikti pirms saskaņošanas.',
    '## C) Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)',
    'Programmā sajaukti remontatslēdznieka un tehniķa līmeņa rezultāti; projektēšanas pamati un energoefektivitātes aprēķini nav iekļauti vispār. Programma šādā redakcijā nav atbalstāma, to nepieciešams pārstrādāt.',
    '',
    'Valmierā, 10.06.2026.',
], expert='Ainārs Kļaviņš', date='2026-06-10', author='Dace Liepiņa',
   rows=[('elektromontieris', 'MIP', 'supported'), ('elektrotehniķis', 'MIP', 'needs_corrections'),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'not_supported')],
   note='Three quals under lettered headings A)/B)/C); MIP only, PKE explicitly by another expert -> no PKE rows. "atbalstāma ar nosacījumu... pirms saskaņošanas" = needs_corrections.')

# ---------------------------------------------------------------- 18
build('r6a18_Sproge_PKE_mezs_motorzagis', [
    'Mg. silv. Una Sproģe',
    'AS „Meža īpašnieku konsultāciju centrs”, mežkopības speciāliste',
    '',
    'Nosūtu atzinumu par divu kvalifikāciju eksāmenu saturu. Programmas (MIP) šīm kvalifikācijām tika izvērtētas un saskaņotas jau iepriekšējā posmā, tāpēc tās šoreiz nevērtēju.',
    'MEŽSAIMNIECĪBAS TEHNIĶIS',
    'Eksāmena uzdevumi (taksācijas rādītāju noteikšana parauglaukumā, meža atjaunošanas projekts, cirsmas nodošanas akts) ir tieši tas, ko tehniķis dara ikdienā. Teorijas daļa sabalansēta. Eksāmena saturs ir atbalstāms un to var virzīt saskaņošanai.',
    'MOTORZĀĢA OPERATORS',
    'Praktiskajā daļā jāpievieno koka gāšanas virziena noteikšana un ķīļa lietošana, jo pašlaik vērtē tikai atzarošanu un sagarumošanu. Teorijas jautājumos divas atbildes ir nepareizas (7. un 19. jautājums). Pēc šo labojumu veikšanas eksāmena saturu var virzīt saskaņošanai; pats saturs kopumā ir atbalstāms.',
    '',
    'Ar cieņu,',
    'Una Sproģe',
    'Jelgavā, 2026. gada 27. aprīlī',
], expert='Una Sproģe', date='2026-04-27', author='Una Sproge',
   rows=[('mežsaimniecības tehniķis', 'PKE', 'supported'), ('motorzāģa operators', 'PKE', 'needs_corrections')],
   note='All-capitals section headings, PKE only (MIP approved in an earlier stage: explicitly not covered). Condition stated before the support sentence. Academic title Mg. silv. dropped.')

# ---------------------------------------------------------------- 19
build('r6a19_Grinbergs galdnieki programmas', [
    'Labdien,',
    'izskatīju gan mēbeļu galdnieka, gan būvizstrādājumu galdnieka modulārās programmas, ko Cēsu tehnikums atsūtīja pagājušajā nedēļā. Eksāmenu materiāli man netika nosūtīti, tāpēc par tiem neizsakos.',
    'Mēbeļu galdnieka programmu varu atbalstīt bez iebildumiem – tā ir moderna, ar labu CNC un apdares daļu, un to var droši sūtīt saskaņošanai.',
    'Ar būvizstrādājumu galdnieka programmu ir citādi. Tajā nav nekā par logu un durvju montāžu būvobjektā, un koka karkasa elementu ražošana pieminēta tikai garāmejot, lai gan šobrīd tā ir viena no lielākajām nozares daļām. Programmu kopumā atbalstu, bet uz saskaņošanu lai to virza tikai tad, kad šīs tēmas būs iekļautas.',
    'Pēteris Grīnbergs',
    '05.06.2026',
], expert='Pēteris Grīnbergs', date='2026-06-05', author='Pēteris Grīnbergs',
   rows=[('mēbeļu galdnieks', 'MIP', 'supported'), ('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections')],
   note='Two quals named in running text (genitive), no headings; MIP only, PKE explicitly not received. Name alone + date at the end.')

# ---------------------------------------------------------------- 20
build('r6a20_Eglitis_elektro_vertejums_feb', [
    '# Ekspertīzes slēdziens',
    'Eksperts: Valdis Eglītis, SIA „Energoremonts” galvenais enerģētiķis',
    'Datums: 2026. gada 18. februāris',
    'Vērtētas Rēzeknes tehnikuma programmas un eksāmenu materiāli divās kvalifikācijās. Dokumentos līmeņi norādīti pēc vecās sistēmas.',
    '## I. Elektrotehniķis (3. PKL)',
    'Programma. Saturs atbilst standartam, nav piezīmju. Atbalstāma un virzāma saskaņošanai.',
    'Eksāmens. Uzdevumi atbilstoši līmenim, kritēriji skaidri. Atbalstāms un virzāms saskaņošanai.',
    '## II. Elektromontieris (2. PKL)',
    'Programma. Jāpapildina ar elektroinstalāciju pārbaudes protokolu aizpildīšanu un kabeļu trašu marķēšanu. Atbalstāma; virzāma saskaņošanai pēc minēto precizējumu veikšanas.',
    'Eksāmens. Praktiskais uzdevums nav izpildāms paredzētajā laikā (2 stundas sadales skapja pilnai montāžai), vērtēšanas kritēriji nav saistīti ar uzdevumu. Nav atbalstāms.',
    'V. Eglītis',
], expert='Valdis Eglītis', date='2026-02-18', author='Valdis Eglitis',
   rows=[('elektrotehniķis', 'MIP', 'supported', '4'), ('elektrotehniķis', 'PKE', 'supported', '4'),
         ('elektromontieris', 'MIP', 'needs_corrections', '3'), ('elektromontieris', 'PKE', 'not_supported', '3')],
   note='Old PKL levels (3. PKL = LKI 4, 2. PKL = LKI 3); Roman-numbered sections; documents called "Programma"/"Eksāmens"; terse nominal verdicts.')

# ---------------------------------------------------------------- 21
build('r6a21_kokapstr_operators_atzinums_Karklina', [
    'Par kokapstrādes iekārtu operatora (LKI 3) MIP un PKE',
    'Programma ir sakārtota, un salīdzinājumā ar pirmo redakciju darba grupa ir ņēmusi vērā visus nozares ieteikumus. MIP uzskatu par atbalstāmu bez precizējumiem un virzāmu saskaņošanai.',
    'Eksāmena saturu atbalstu. Tomēr, pirms to sūta saskaņošanai, jānomaina 3. praktiskais uzdevums: tajā paredzēts strādāt ar ķēdes frēzi, kas skolās praktiski nav pieejama, tāpēc eksāmens nebūtu vienādi izpildāms visās skolās.',
    'Ar cieņu,',
    'D. Kārkliņa',
    '14.05.2026.',
], expert='D. Kārkliņa', date='2026-05-14', author='Daina Karklina',
   rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported'), ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections')],
   note='"atbalstāmu bez precizējumiem" = supported; PKE support with the condition in the next sentence = needs_corrections. Only initial+surname in the review (the full name in core properties is not in the review text).')

# ---------------------------------------------------------------- 22
build('r6a22_Silins_datorizetu kokapstrades operators', [
    '## Eksperta atzinums. Datorizētu kokapstrādes iekārtu operators, LKI 4',
    'Artūrs Siliņš, SIA „Woodtech Baltic” CNC nodaļas vadītājs',
    'Iepazinos ar Kuldīgas tehnoloģiju un tūrisma tehnikuma pārstrādāto MIP un PKE saturu. Salīdzinājumā ar maija versiju programma ir būtiski uzlabota: pievienota CAM sagatavošana, 5 asu apstrāde, instrumentu korekcijas un darbs ar vairākām vadības sistēmām.',
    'Gan programma, gan eksāmens atbilst profesijas standartam, un abus dokumentus atbalstu un iesaku virzīt saskaņošanai.',
    '## Ieteikumi (nav obligāti)',
    '– modulī „CNC programmēšana” varētu pieminēt arī ražošanas digitālo dvīņu koncepciju;',
    '– eksāmena praktiskajā uzdevumā varētu ļaut izvēlēties starp diviem izstrādājumiem.',
    'Šie ieteikumi nav jāizpilda pirms saskaņošanas; tos var ņemt vērā nākamajā programmas pārskatīšanā.',
    '2026. gada 3. jūnijā',
], expert='Artūrs Siliņš', date='2026-06-03', author='Dace Liepiņa',
   rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'supported'),
         ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported')],
   note='Joint verdict for both ("abus dokumentus atbalstu"); optional suggestions explicitly not required before approval -> supported, not needs_corrections. Mentions earlier (May) version.')

# ---------------------------------------------------------------- 23
build('r6a23_VGK sistemu tehnikis_otra karta_Krumins', [
    'Labdien!',
    'Aprīlī VGK sistēmu tehniķa eksāmena saturu neatbalstīju, bet programmu atbalstīju ar nosacījumu, ka tiks papildināts modulis par aukstuma aģentiem. Tagad saņēmu abus dokumentus otrajā redakcijā.',
    'Modulis „Aukstuma aģentu apstrāde” papildināts ar F-gāzu regulas prasībām, noplūžu pārbaudi un dokumentēšanu – tieši tā, kā ieteicu.',
    'Eksāmenā pievienots sistēmas ieregulēšanas uzdevums ar gaisa plūsmas mērījumiem, teorijas daļa pārstrādāta tehniķa līmenī.',
    'Līdz ar to abi dokumenti – gan MIP, gan PKE – ir atbalstāmi un virzāmi saskaņošanai.',
    '',
    'Edgars Krūmiņš',
    'SIA „Klimatserviss”, tehniskais direktors',
    'Rīgā, 16.06.2026.',
], expert='Edgars Krūmiņš', date='2026-06-16', author='Edgars Krūmiņš',
   rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'supported'),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported')],
   note='Second round by the same expert as r6a05; first paragraph recounts April verdicts (history, ignore); current joint verdict supported for both.')

# ---------------------------------------------------------------- 24
build('r6a24_Berzina_mezsaimniecibas tehnikis_MIP PKE', [
    'Ekspertes Guntas Bērziņas viedoklis par mežsaimniecības tehniķa (LKI 4) MIP un PKE',
    'Programmā iekļauts viss, ko nozare sagaida no tehniķa: meža inventarizācija, ĢIS, meža atjaunošana, darbu organizēšana un kontrole. Pret programmu man iebildumu nav, to var virzīt saskaņošanai.',
    'Eksāmena saturs gan ir problemātisks. Praktiskais uzdevums ir teju identisks meža mašīnu operatora eksāmenam un nepārbauda plānošanas un vadības kompetences; teorētiskajā daļā puse jautājumu ir par motorzāģa drošību. Šādā redakcijā eksāmena saturu nevaru atbalstīt – tas jāizstrādā no jauna, balstoties uz tehniķa kompetencēm.',
    'Gunta Bērziņa',
    'Madonā, 2026. gada 30. martā',
], expert='Gunta Bērziņa', date='2026-03-30', author='Gunta Bērziņa',
   rows=[('mežsaimniecības tehniķis', 'MIP', 'supported'), ('mežsaimniecības tehniķis', 'PKE', 'not_supported')],
   note='Expert name in genitive in the title ("Ekspertes Guntas Bērziņas viedoklis") and nominative in the signature. Other quals (meža mašīnu operators, motorzāģa) mentioned only in passing - no rows.')

# ---------------------------------------------------------------- 25
build('r6a25_masinbuve_MIP_Zvaigzne', [
    '# Mašīnbūves un metālapstrādes nozares eksperta atzinums',
    'Eksperts: Dr. Jānis Zvaigzne',
    'Datums: 2026. gada 8. jūlijs',
    'Atzinums attiecas tikai uz modulārajām izglītības programmām. Eksāmenu saturs vēl nav iesniegts ekspertīzei, un par to atzinumu sniegšu atsevišķi.',
    '## Mehatronisko sistēmu tehniķis',
    'Pēc pirmās kārtas piezīmēm programma ir papildināta ar SCADA, datu ievākšanas un attālinātās diagnostikas tēmām. Programma ir atbalstāma un virzāma saskaņošanai.',
    '## CNC metālapstrādes operators (LKI 3)',
    'Programma kopumā atbilst nozares vajadzībām, tomēr modulī „Mērīšana un kontrole” jāiekļauj koordinātu mērmašīnas pamati, un jāpārskata prakses stundu sadalījums starp virpošanu un frēzēšanu. Pēc šiem precizējumiem programmu var virzīt saskaņošanai; saturs ir atbalstāms.',
], expert='Jānis Zvaigzne', date='2026-07-08', author='Jānis Zvaigzne',
   rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'supported'), ('CNC metālapstrādes operators', 'MIP', 'needs_corrections', '3')],
   problems=['unknown_qualification'],
   note='MIP only (PKE explicitly not yet submitted -> no PKE rows). Second qualification "CNC metālapstrādes operators" is not in the register. Title Dr. dropped.')

# ---------------------------------------------------------------- 26
build('r6a26_siltumenergetika_Vilks', [
    'Renārs Vilks',
    'AS „Siltumtīkli Zemgale”, tehniskās nodaļas vadītājs',
    '',
    '## Par kvalifikācijas „Siltumenerģētikas tehniķis” modulāro izglītības programmu',
    'Saņēmu Ogres tehnikuma izstrādāto siltumenerģētikas tehniķa (LKI 4) programmu. Kvalifikācijas eksāmena saturs man vēl nav atsūtīts, tāpēc šis vērtējums attiecas tikai uz programmu.',
    'Programmā labi aprakstīta katlumāju iekārtu ekspluatācija un siltummezglu apkalpošana. Trūkst: siltumsūkņu un saules kolektoru integrācijas centralizētajā siltumapgādē, siltumtīklu hidrauliskās regulēšanas, kā arī energoauditu pamatu. Tās ir būtiskas tēmas, bez kurām absolvents mūsu uzņēmumā nevarēs strādāt tehniķa amatā.',
    'Ar minētajiem papildinājumiem programmu atbalstu. Saskaņošanai to virzīt pēc tam, kad precizējumi būs veikti.',
    '2026-07-08',
], expert='Renārs Vilks', date='2026-07-08', author='Dace Liepiņa',
   rows=[('Siltumenerģētikas tehniķis', 'MIP', 'needs_corrections', '4')],
   problems=['unknown_qualification'],
   note='Qualification not in the register (energy sector); MIP only, PKE not yet sent -> no PKE row. "Ar minētajiem papildinājumiem atbalstu" + virzīt pēc precizējumiem = needs_corrections.')

# ---------------------------------------------------------------- 27
build('r6a27_Zalite_buvgaldnieks_2kārta', [
    'Būvizstrādājumu galdnieka (LKI 4) MIP un PKE – otrās kārtas vērtējums',
    'Baiba Zālīte, 2026. gada 2. jūlijā',
    'Pirmajā kārtā MIP tika atbalstīta ar precizējumiem par logu siltās montāžas un CNC tēmām. Otrajā redakcijā CNC tēma ir iestrādāta pilnībā, bet siltā montāža joprojām pieminēta tikai moduļa nosaukumā – sasniedzamajos rezultātos tās nav. Tāpēc MIP arī šoreiz tiek atbalstīta ar precizējumiem: siltās montāžas rezultāti jāiekļauj pirms programmas virzīšanas saskaņošanai.',
    'PKE otrajā redakcijā ir pievienots jauns praktiskais uzdevums (kāpņu posma izgatavošana), taču tam nav ne rasējuma, ne vērtēšanas kritēriju, un eksāmena kopējais ilgums pārsniedz 8 stundas. Šādā veidā PKE saturs netiek atbalstīts.',
], expert='Baiba Zālīte', date='2026-07-02', author='Baiba Zālīte',
   rows=[('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections'), ('būvizstrādājumu galdnieks', 'PKE', 'not_supported')],
   note='Passive voice verdicts ("tiek atbalstīta ar precizējumiem", "netiek atbalstīts"); history of first round mentioned; name+date on one line under the title.')

# ---------------------------------------------------------------- 28
build('r6a28_RE_RE_mebelu galdnieks labota versija', [
    'No: Aivars Dūmiņš <aivars@dumini-mebeles.lv>',
    'Nosūtīts: ' + outlook_date('2026-06-22', '08:57'),
    'Kam: Dace Liepiņa',
    'Tēma: RE: RE: Mēbeļu galdnieks – labotā versija',
    '',
    'Sveiki!',
    'Paskatījos labotos failus – viss, ko prasīju, ir izdarīts (apdares modulis, eksāmena vērtēšanas lapa). Tagad gan MIP, gan PKE var virzīt saskaņošanai, manā skatījumā tie ir atbalstāmi bez papildu labojumiem.',
    'Aivars',
    '',
    'No: Aivars Dūmiņš',
    'Nosūtīts: ' + outlook_date('2026-06-02', '17:20'),
    'Kam: Dace Liepiņa',
    'Tēma: RE: Mēbeļu galdnieks – ekspertīze',
    '',
    'Dace, mani komentāri par mēbeļu galdnieka MIP un PKE (Rīgas Dizaina un mākslas vidusskola):',
    'MIP atbalstu, bet saskaņošanai virzīt pēc precizējumiem – apdares modulī trūkst UV žāvēšanas un ūdens bāzes materiālu.',
    'PKE neatbalstu: vērtēšanas lapā nav kritēriju izstrādājuma kvalitātei, tikai termiņiem.',
    'Aivars Dūmiņš',
    'IK „Dūmiņu mēbeles”, galdniecības meistars',
], expert='Aivars Dūmiņš', date='2026-06-22', author='Dace Liepiņa',
   rows=[('mēbeļu galdnieks', 'MIP', 'supported'), ('mēbeļu galdnieks', 'PKE', 'supported')],
   note='Outlook thread: newest message (22 June) supersedes the quoted earlier review (2 June: MIP needs_corrections, PKE not_supported). Newest counts, date of newest message. Not a conflict: the older verdicts are history.')

# ---------------------------------------------------------------- 29
build('r6a29_Vanags_motorzaga operators', [
    'Eksperts: Toms Vanags',
    'Kvalifikācija: motorzāģa operators',
    'Iesniedzējs: Vidzemes tehnikums',
    'Programma ir labi sagatavota, tajā ir viss par drošu koku gāšanu, atzarošanu un sagarumošanu, kā arī par aizsarglīdzekļiem. Vienīgā lieta – modulī „Motorzāģa tehniskā apkope” nav ķēdes asināšanas prakses, un 8 stundas visam modulim ir par maz. Pati programma ir atbalstāma, taču saskaņošanai to varētu virzīt tikai tad, kad šis modulis būs papildināts.',
    'Eksāmena saturs ir atbalstīts; papildu labojumi tam nav vajadzīgi, un to var nodot saskaņošanai.',
    'T. Vanags',
    '7. aprīlis, 2026',
], expert='Toms Vanags', date='2026-04-07', author='Toms Vanags',
   rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('motorzāģa operators', 'PKE', 'supported')],
   note='Header block lines (Eksperts/Kvalifikācija/Iesniedzējs), qualification lower case; modal "varētu virzīt tikai tad, kad" = needs_corrections; date in unusual order "7. aprīlis, 2026".')

# ---------------------------------------------------------------- 30
build('r6a30_Lapins MMO atzinums (MIP) + PKE piezimes', [
    'Oskars Lapiņš, meža mašīnu operatoru apmācības instruktors',
    '29.05.2026',
    'Meža mašīnu operatora modulārā programma (Ogres tehnikums, LKI 3) ir atbalstāma un virzāma saskaņošanai. Simulatoru mācības, darba drošība un mašīnu apkope ir izvērstas pietiekami, prakses apjoms atbilst nozares prasībām.',
    'Par eksāmenu: vērtēšanas lapas man netika atsūtītas, ir tikai uzdevumu apraksti. Uzdevumi paši par sevi izskatās saprātīgi, bet bez kritērijiem nevaru pateikt ne to, ka saturs ir atbalstāms, ne to, ka nav. Atzinumu par PKE sniegšu, kad saņemšu pilnu komplektu.',
], expert='Oskars Lapiņš', date='2026-05-29', author='Oskars Lapins',
   rows=[('meža mašīnu operators', 'MIP', 'supported'), ('meža mašīnu operators', 'PKE', 'unknown')],
   problems=['no_verdict'],
   note='MIP supported. PKE is covered (task descriptions reviewed) but the verdict is explicitly postponed; the sentence contains both "atbalstāms" and "nav" without being a verdict -> unknown + no_verdict.')

# ================================================================ non-reviews
build('r6a31_protokols_ekspertu sanaksme_15042026', [
    '# LDDK nozaru ekspertu darba sanāksmes PROTOKOLS Nr. 3',
    'Rīgā, 2026. gada 15. aprīlī, tiešsaistē (MS Teams)',
    'Piedalās: D. Liepiņa (koordinatore), E. Krūmiņš, I. Kalniņa, S. Jansone, A. Pētersons, M. Ozoliņš, L. Vītola.',
    'Darba kārtība: 1) MIP un PKE ekspertīžu gaita 4. posmā; 2) atzinumu noformēšana; 3) dažādi.',
    '1. D. Liepiņa informēja, ka līdz 31. martam pabeigta ekspertīze trīs kvalifikācijām un uzsākta vēl desmit kvalifikācijām. E. Krūmiņš informēja, ka VGK sistēmu tehniķa eksāmena saturu plāno neatbalstīt, ja darba grupa nepapildinās praktisko uzdevumu; galīgais atzinums tiks iesniegts līdz 15. aprīļa vakaram.',
    '2. Ekspertiem atgādināts, ka atzinumā katram dokumentam jānorāda viens no vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Atzinumā jānorāda eksperta vārds, uzvārds un datums.',
    '3. A. Pētersons ierosināja skolām nodrošināt metodisko atbalstu vērtēšanas kritēriju izstrādē. Priekšlikums atbalstīts.',
    'NOLĒMA: 1) ekspertiem iesniegt atzinumus par 4. posmā uzsāktajām ekspertīzēm līdz 2026. gada 30. aprīlim; 2) nākamo sanāksmi sasaukt maijā.',
    'Protokolēja: D. Liepiņa',
], date='', author='Dace Liepiņa', created=datetime.datetime(2026, 4, 15, 15, 0),
   problems=['no_verdict'],
   note='NOT a review: meeting minutes. Mentions an intended verdict, lists all verdict options, "metodiskais atbalsts", "priekšlikums atbalstīts". No rows; one no_verdict problem.')

build('r6a32_Metodiskie noradijumi ekspertiem_v2', [
    '# Metodiskie norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai',
    '1. Eksperts izvērtē profesionālās izglītības iestāžu darba grupu izstrādāto modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu atbilstoši profesijas standartam un nozares kvalifikāciju struktūrai.',
    '2. Ekspertīzes mērķis ir noteikt, vai saturs ir atbalstāms un virzāms saskaņošanai.',
    '3. Atzinumu sagatavo brīvā formā, katram dokumentam norādot vienu no šiem vērtējumiem:',
    '   a) saturs ir atbalstāms un virzāms saskaņošanai;',
    '   b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;',
    '   c) saturs nav atbalstāms.',
    '4. Ja saturs nav atbalstāms, eksperts norāda trūkumus, un pēc dokumentu pārstrādes tiek veikta atkārtota ekspertīze.',
    '5. Atzinumu paraksta eksperts, norādot vārdu, uzvārdu un datumu, un nosūta projekta koordinatoram.',
    'Piemērs: „Profesionālās kvalifikācijas „Elektromontieris” MIP saturs ir atbalstāms un virzāms saskaņošanai.”',
    'Sagatavoja: LDDK projekta koordinācijas grupa, 2026. gada janvārī',
], author='Dace Liepiņa', created=datetime.datetime(2026, 1, 12, 9, 0),
   problems=['no_verdict'],
   note='NOT a review: instructions listing every option plus an example sentence naming elektromontieris with a canonical verdict. No rows.')

build('r6a33_Fw ekspertu sadalijums 5. posms', [
    'From: Dace Liepiņa <dace.liepina@koordinacija.lv>',
    'Sent: Monday, April 20, 2026 11:30 AM',
    'To: nozaru eksperti',
    'Subject: FW: Ekspertu sadalījums 5. posmam',
    '',
    'Labdien, godātie eksperti!',
    'Pārsūtu ekspertīžu sadalījumu projekta 5. posmam. Lūdzu pārbaudīt savas kvalifikācijas un termiņus. Atgādinu, ka atzinumā katram dokumentam jānorāda, vai saturs ir atbalstāms, atbalstāms pēc precizējumiem vai nav atbalstāms.',
    ('tbl', [['Eksperts', 'Kvalifikācija', 'Dokuments', 'Termiņš'],
             ['Gita Sīla', 'Koka izstrādājumu ražošanas tehniķis', 'MIP, PKE', '15.05.2026'],
             ['Ainārs Kļaviņš', 'Elektromontieris, elektrotehniķis, VGK sistēmu tehniķis', 'MIP', '10.06.2026'],
             ['Jānis Zvaigzne', 'Mehatronisko sistēmu tehniķis', 'MIP', '30.06.2026'],
             ['Oskars Lapiņš', 'Meža mašīnu operators', 'MIP, PKE', '31.05.2026'],
             ['Pēteris Grīnbergs', 'Mēbeļu galdnieks, būvizstrādājumu galdnieks', 'MIP', '05.06.2026']]),
    'Paldies par atbalstu un sadarbību!',
    'Dace Liepiņa',
    'LDDK projekta koordinatore',
], author='Dace Liepiņa', created=datetime.datetime(2026, 4, 20, 11, 30),
   problems=['no_verdict'],
   note='NOT a review: coordinator e-mail with an assignment table (experts x qualifications x documents). "Paldies par atbalstu" is the noun. No rows.')

build('r6a34_zina majaslapai_LDDK eksperti', [
    '# Nozaru eksperti turpina darbu pie profesionālās izglītības satura',
    'Latvijas Darba devēju konfederācija arī 2026. gadā turpina dalību Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa projektā „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai”.',
    'Projekta 4. posmā 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti vērtēja modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu. Līdz marta beigām ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām – to MIP saturs ir atbalstāms pēc precizējumu veikšanas, bet eksāmenu saturs lielākoties atbalstīts.',
    '„Nozares uzņēmumi atbalsta to, ka programmās beidzot parādās digitālās prasmes un darbs ar modernām iekārtām,” stāsta projekta koordinatore Dace Liepiņa.',
    'Darbu plānots pabeigt 2026. gada jūlijā.',
], author='Komunikācijas nodaļa', created=datetime.datetime(2026, 4, 8, 13, 0),
   problems=['no_verdict'],
   note='NOT a review: news item for a website; restates verdicts in summary form, "specifiskā atbalsta mērķis", "uzņēmumi atbalsta" (3rd person). No rows.')

# ================================================================ outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r6a blind set: free-prose expert reviews\n\nBuilt by `build.py` (run with /work/hvenv/bin/python). '
            f'{len(NOTES)} files, {len(ROWS)} gold rows, {len(PROBS)} problem rows.\n\n| file | design and judgement calls |\n|---|---|\n')
    for fn, note in NOTES:
        f.write(f'| {fn} | {note.replace("|", "/")} |\n')
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
