# -*- coding: utf-8 -*-
"""Build blind evaluation set r27a: free-prose Latvian expert reviews (.docx) + gold labels."""
import csv, os, datetime, copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
REG = {}
with open('/work/main/inputs/qualifications.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        REG[r['name']] = r['lki_level']

ROWS, PROBS, NOTES = [], [], []
_rev = [0]

def _run(p, text, b=False, i=False, strike=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = b or None
    r.italic = i or None
    if strike:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r

def _track(p, kind, text, author, date):
    """Append a tracked insertion/deletion (w:ins / w:del) to paragraph p."""
    _rev[0] += 1
    el = OxmlElement('w:' + kind)
    el.set(qn('w:id'), str(100 + _rev[0]))
    el.set(qn('w:author'), author)
    el.set(qn('w:date'), date + 'T10:00:00Z')
    r = OxmlElement('w:r')
    t = OxmlElement('w:delText' if kind == 'del' else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)

def _para(doc, item):
    if isinstance(item, str):
        return doc.add_paragraph(item)
    kind = item[0]
    if kind == 'h':          # bold heading-like paragraph
        p = doc.add_paragraph(); _run(p, item[1], b=True); return p
    if kind == 'title':
        p = doc.add_paragraph(); p.alignment = 1; _run(p, item[1], b=True, size=13); return p
    if kind == 'c':          # centred
        p = doc.add_paragraph(); p.alignment = 1; _run(p, item[1]); return p
    if kind == 'r':          # right aligned
        p = doc.add_paragraph(); p.alignment = 2; _run(p, item[1]); return p
    if kind == 'i':
        p = doc.add_paragraph(); _run(p, item[1], i=True); return p
    if kind == 'q':          # quoted e-mail text
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1)
        _run(p, item[1], color='555555'); return p
    if kind == 'hdr':        # e-mail header line "Label: value"
        p = doc.add_paragraph(); _run(p, item[1], b=True); _run(p, ' ' + item[2]); return p
    if kind == 'bullet':
        p = doc.add_paragraph(style='List Bullet'); _run(p, item[1]); return p
    if kind == 'runs':       # list of (text, dict)
        p = doc.add_paragraph()
        for t, kw in item[1]:
            _run(p, t, **kw)
        return p
    if kind == 'track':      # ('track', before, deleted, inserted, after, author, date)
        _, before, dl, ins, after, au, dt = item
        p = doc.add_paragraph(); _run(p, before)
        if dl: _track(p, 'del', dl, au, dt)
        if ins: _track(p, 'ins', ins, au, dt)
        if after: _run(p, after)
        return p
    if kind == 'table':      # ('table', [[cells]...])
        rows = item[1]
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        for ri, row in enumerate(rows):
            for ci, val in enumerate(row):
                t.cell(ri, ci).text = val
        return t
    if kind == 'empty':
        return doc.add_paragraph()
    raise ValueError(kind)

def build(name, body, rows=(), problems=(), note='', expert='', date='', author='',
          created='2026-03-01', header=None, footer=None, font='Times New Roman'):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(12)
    if header:
        sec = doc.sections[0]
        hp = sec.header.paragraphs[0]
        for j, line in enumerate(header):
            if j: hp = sec.header.add_paragraph()
            _run(hp, line, size=9, b=(j == 0))
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]
        _run(fp, footer, size=8)
    for item in body:
        _para(doc, item)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    y, m, d = map(int, created.split('-'))
    cp.created = datetime.datetime(y, m, d, 9, 30)
    cp.modified = datetime.datetime(y, m, d, 11, 5)
    cp.title = ''
    fn = name + '.docx'
    doc.save(os.path.join(OUT, fn))
    for (q, dd, v, *lk) in rows:
        lki = lk[0] if lk and lk[0] is not None else REG.get(q, '')
        ROWS.append([fn, q, dd, v, expert, date, str(lki)])
    for c in problems:
        PROBS.append([fn, c])
    NOTES.append((fn, note))

# ---------------------------------------------------------------- 01
build('r27a01_Kalnina_mebelu galdnieks_MIP_PKE', [
    ('r', 'Rīgā, 2026. gada 12. martā'),
    ('empty',),
    'Projekta “Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” koordinatorei',
    'Ievadam: esmu izskatījusi darba grupas iesūtīto modulārās izglītības programmas projektu un profesionālās kvalifikācijas eksāmena saturu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Programmu salīdzināju ar mūsu uzņēmuma ikdienas praksi un ar to, ko sagaidām no jauniem darbiniekiem pirmajā darba gadā.',
    ('h', 'Par programmu'),
    'Kopumā struktūra ir loģiska, moduļu secība atbilst tam, kā darbs notiek ražotnē. Vēlos tomēr norādīt uz dažām nepilnībām. Modulī “Mēbeļu virsmu apdare” gandrīz nemaz nav minēti ūdens bāzes lakas un UV žāvēšana, kas mūsdienās ir standarts. Modulī par CNC apstrādi sasniedzamie rezultāti formulēti pārāk vispārīgi – nav skaidrs, vai audzēknim jāprot pašam sagatavot vadības programmu vai tikai to palaist. Arī darba aizsardzības tēmas būtu jāizceļ atsevišķi, nevis jāizkaisa pa visiem moduļiem.',
    'Manuprāt, programma ir atbalstāma, taču virzīt to saskaņošanai var tikai pēc tam, kad minētie precizējumi būs ieviesti.',
    ('h', 'Par eksāmenu'),
    'Eksāmena praktiskais uzdevums (skapīša ar atveramām durtiņām izgatavošana) ir labi izvēlēts, vērtēšanas kritēriji skaidri un izmērāmi. Teorētiskās daļas jautājumi atbilst programmai. Šeit man būtisku iebildumu nav – eksāmena saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai tādu, kāds tas ir.',
    ('empty',),
    'Ar cieņu,',
    'Ilze Kalniņa',
    'SIA “Kokmeistars”, ražošanas vadītāja',
], rows=[('mēbeļu galdnieks', 'MIP', 'needs_corrections', 4), ('mēbeļu galdnieks', 'PKE', 'supported', 4)],
   expert='Ilze Kalniņa', date='2026-03-12', author='Ilze Kalniņa', created='2026-03-11',
   note='Letter; verdict per document in first-person / modal wording; condition in same sentence for MIP.')

# ---------------------------------------------------------------- 02
build('r27a02_motorzaga operators PKE Ozols', [
    ('title', 'Atzinums par motorzāģa operatora PKE saturu'),
    'Eksāmena saturu izskatīju 4. februārī. Uzdevumi aptver koku gāšanu, atzarošanu, sagarumošanu un motorzāģa apkopi, kā arī drošības prasības darbam mežā. Jautājumi ir saprotami, vērtēšanas lapas pārdomātas.',
    'Iebildumu pret PKE saturu nav, to var virzīt saskaņošanai.',
    'Programmu (MIP) šoreiz neskatīju – to vērtē kolēģe.',
    ('empty',),
    'Jānis Ozols',
    '05.02.2026.',
], rows=[('motorzāģa operators', 'PKE', 'supported')],
   expert='Jānis Ozols', date='2026-02-05', author='Jānis Ozols', created='2026-02-05',
   note='Short memo; "iebildumu nav" + "var virzīt saskaņošanai" = supported. MIP explicitly not covered -> no row. LKI from register.')

# ---------------------------------------------------------------- 03
build('r27a03_Berzins_elektro_atzinums_galigais', [
    ('runs', [('Dr. sc. ing. Aivars Bērziņš', {'b': True})]),
    'Elektroenerģētikas nozares eksperts, AS “Sadales tīkls” (ārštata konsultants)',
    ('empty',),
    ('title', 'EKSPERTA ATZINUMS'),
    ('c', 'par enerģētikas nozares kvalifikāciju modulāro izglītības programmu un kvalifikācijas eksāmenu saturu'),
    'Saskaņā ar LDDK deleģējumu esmu izvērtējis divu kvalifikāciju dokumentus. Atzinuma mērķis bija noteikt, vai saturs ir atbalstāms un virzāms saskaņošanai, vai nepieciešami precizējumi. Zemāk sniedzu secinājumus par katru kvalifikāciju atsevišķi.',
    ('h', '1. Elektromontieris (LKI 3. līmenis)'),
    '1.1. Modulārā izglītības programma. Programmā pietiekami apskatīta elektroinstalācijas montāža ēkās, taču trūkst moduļa par zemsprieguma kabeļu līniju montāžu, ko nozare sagaida. Moduļu “Elektrodrošība” un “Mērījumi” apjoms stundās šķiet nesamērīgi mazs. Programmu atbalstu ar nosacījumu, ka pirms saskaņošanas tiek papildināts kabeļu līniju saturs un pārskatīts stundu sadalījums.',
    '1.2. Kvalifikācijas eksāmens. Eksāmena uzdevumi ir atbilstoši līmenim, tie pārbauda gan montāžu, gan mērījumus. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.',
    ('h', '2. Elektrotehniķis (LKI 4. līmenis)'),
    '2.1. Modulārā izglītības programma. Programma ir labi strukturēta, ietver relejaizsardzību, automatizāciju un atjaunīgo energoresursu pieslēgumus. Atbalstu programmas virzīšanu saskaņošanai bez precizējumiem.',
    '2.2. Kvalifikācijas eksāmens. Šeit situācija ir cita. Praktiskais uzdevums faktiski dublē elektromontiera eksāmenu un nepārbauda tehniķa līmeņa kompetences – projektēšanu, bojājumu diagnostiku, darbu organizēšanu. Teorijas testā ir vairāki kļūdaini jautājumi (piem., par TN-C-S sistēmu). Šādā veidā eksāmena saturs nav atbalstāms; nepieciešama būtiska pārstrāde un atkārtota ekspertīze.',
    ('empty',),
    'Rīga, 2026. gada 20. aprīlis',
    'A. Bērziņš',
], rows=[('elektromontieris', 'MIP', 'needs_corrections', 3), ('elektromontieris', 'PKE', 'supported', 3),
         ('elektrotehniķis', 'MIP', 'supported', 4), ('elektrotehniķis', 'PKE', 'not_supported', 4)],
   expert='Aivars Bērziņš', date='2026-04-20', author='Aivars Berzins', created='2026-04-19',
   note='Letterhead with academic title (stripped); purpose sentence lists verdict words (not a verdict); numbered sections; "atbalstu ar nosacījumu" = needs_corrections; "bez precizējumiem" = supported.')

# ---------------------------------------------------------------- 04
build('r27a04_RE_ kokapstrades iekartu operators MIP', [
    ('hdr', 'No:', 'Māris Liepa <maris.liepa@kokzinis.lv>'),
    ('hdr', 'Nosūtīts:', 'otrdiena, 2026. gada 3. marts 14:22'),
    ('hdr', 'Kam:', 'Baiba Krastiņa <baiba.krastina@lddk.lv>'),
    ('hdr', 'Tēma:', 'RE: Kokapstrādes iekārtu operators - MIP ekspertīze'),
    ('empty',),
    'Labdien, Baiba!',
    'Izskatīju kokapstrādes iekārtu operatora programmu. Salīdzinot ar janvārī redzēto versiju, darba grupa ir izdarījusi visu, ko lūdzu: pievienots modulis par zāģa asmeņu un frēžu apkopi, sakārtoti sasniedzamie rezultāti. Man vairs nav ko piebilst – programmu atbalstu bez precizējumiem, var sūtīt tālāk saskaņošanai.',
    'Paldies par atbalstu un pacietību!',
    'Māris',
    ('empty',),
    ('q', 'From: Baiba Krastiņa'),
    ('q', 'Sent: Friday, February 27, 2026 9:10 AM'),
    ('q', 'Labdien, Māri! Pielikumā precizētā MIP versija. Lūdzu atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. PKE saturu šai kvalifikācijai vērtē cits eksperts.'),
    ('q', 'Ar cieņu, Baiba Krastiņa, LDDK projekta koordinatore'),
], rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported')],
   expert='Māris Liepa', date='2026-03-03', author='Baiba Krastiņa', created='2026-03-04',
   note='Outlook e-mail pasted into Word (Latvian headers) with quoted coordinator message that lists all options (not a verdict). "Paldies par atbalstu" is the noun. PKE by another expert -> no row. Signature is first name only; full name from From: line.')

# ---------------------------------------------------------------- 05
build('r27a05_datorizetu kokapstr operators_komentari', [
    'Datorizetu kokapstrades iekartu operators - MIP un PKE',
    'Isumā par abiem dokumentiem, rakstu no telefona, atvainojos par diakritiku.',
    'MIP: programma praktiski nemaz neietver CAD/CAM, 5 asu apstrade minēta tikai virsrakstā, moduli "Iekartas iestatisana" un "Programmesana" dubulto viens otru. Sis ir tas pats, kas bija iepriekseja reize. Nevaru atbalstit, vajag parstradat un atsutit velreiz.',
    'PKE: eksamena uzdevums labs, bet vertesanas kriteriji jasakarto (punkti nesummejas lidz 100). Kopuma atbalstams, pec precizejumu veiksanas virzams saskanosanai.',
    'E. Kalnins',
    '17.03.2026',
], rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported'),
         ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections')],
   expert='E. Kalnins', date='2026-03-17', author='', created='2026-03-17', font='Calibri',
   note='Hasty, mostly without diacritics; initial + surname as written; "Nevaru atbalstit" = not_supported.')

# ---------------------------------------------------------------- 06
build('r27a06_Vitola_mezsaimniecibas tehnikis MIP 2.karta', [
    ('title', 'Mežsaimniecības tehniķa modulārā izglītības programma – atkārtotais vērtējums'),
    'Šī ir mana otrā ekspertīze par šo programmu. Februāra sākumā iesniegtā redakcija netika atbalstīta, jo tajā nebija iekļauta meža inventarizācija ar digitāliem rīkiem (ĢIS, dronu dati) un meža atjaunošanas plānošana bija aprakstīta tikai teorētiski.',
    'Darba grupa ir izstrādājusi jaunu moduli “Meža resursu uzskaite un digitālie rīki” un papildinājusi praktiskās mācības ar lauka darbiem. Esmu pārliecinājusies, ka visi iepriekš minētie trūkumi ir novērsti.',
    'Tāpēc šobrīd programmu vērtēju pozitīvi: saturs ir atbalstāms un to var virzīt saskaņošanai.',
    'Piezīme: PKE saturu šai kvalifikācijai izvērtējis cits eksperts, tāpēc par eksāmenu viedokli nesniedzu.',
    ('empty',),
    'Laura Vītola',
    'mežsaimniecības nozares eksperte',
    '2026. gada 27. martā',
], rows=[('mežsaimniecības tehniķis', 'MIP', 'supported')],
   expert='Laura Vītola', date='2026-03-27', author='Laura Vītola', created='2026-03-27',
   note='History of a rejected earlier round ("netika atbalstīta") must not count; current verdict supported. PKE by someone else -> no row.')

# ---------------------------------------------------------------- 07
build('r27a07_Krumins_mehatronika_MIP_PKE_atzinums', [
    ('c', 'Mg. sc. ing. Raimonds Krūmiņš'),
    ('c', 'SIA “Baltic Automation Solutions”, automatizācijas inženieris'),
    ('empty',),
    ('title', 'Atzinums par kvalifikācijas “Mehatronisko sistēmu tehniķis” dokumentiem'),
    'Izvērtēšanai saņēmu modulārās izglītības programmas projektu (versija 2026-02-20) un profesionālās kvalifikācijas eksāmena saturu (versija 2026-02-24). Zemāk izklāstu piezīmes pa moduļiem, pēc tam kopējo viedokli.',
    ('h', 'Piezīmes par programmu'),
    'A modulis “Tehniskā dokumentācija un rasēšana”. Saturs atbilst, tomēr vajadzētu vairāk uzsvērt elektrisko un pneimatisko shēmu lasīšanu pēc EN 60617 un ISO 1219. Pašlaik šīm tēmām atvēlētas tikai 8 stundas.',
    'B1 modulis “Pneimatika un hidraulika”. Labi izstrādāts, ar konkrētiem laboratorijas darbiem. Iebildumu nav.',
    'B2 modulis “Elektriskās piedziņas”. Frekvenču pārveidotāju iestatīšana minēta, bet servopiedziņas nav vispār. Ražotnēs tās ir visur, tāpēc šo tēmu obligāti jāpievieno.',
    'B3 modulis “Programmējamie loģiskie kontrolieri”. Šī ir programmas vājākā daļa. Moduļa apraksts balstās uz novecojušu aparatūru, nav minēta programmēšana atbilstoši IEC 61131-3 valodām (izņemot kāpņu diagrammas), nav HMI un tīkla komunikāciju. Šādā redakcijā modulis nebūtu atbalstāms. Darba grupas vadītājs gan telefonsarunā apliecināja, ka modulis tiks pārstrādāts, izmantojot manis sniegtos materiālus.',
    'C modulis “Robotu tehnika”. Ļoti pozitīvi vērtēju to, ka iekļauta kolaboratīvo robotu drošība. Ieteikums (nav obligāts): pievienot vienu praktisko darbu ar robota trajektorijas programmēšanu bezsaistē.',
    'D modulis “Tehniskā apkope un diagnostika”. Atbilst nozares vajadzībām, bet prediktīvās apkopes jēdziens būtu jāpaskaidro plašāk.',
    'Kvalifikācijas prakse. Prakses apjoms ir pietiekams, taču programmā nav aprakstīts, kā prakses rezultāti tiek vērtēti uzņēmumā.',
    ('h', 'Piezīmes par eksāmenu'),
    'Eksāmens sastāv no teorētiskās daļas (testa) un praktiskās daļas, kurā jāsamontē, jāieprogrammē un jānodod ekspluatācijā neliela šķirošanas stacija. Uzdevums ir reāls, tas aptver visas galvenās kompetences. Vērtēšanas kritēriji ir detalizēti. Vienīgais, ko ieteiktu, – precizēt laika limitu praktiskajai daļai, bet tas nav obligāti, jo pašreizējais limits arī ir pieņemams.',
    ('h', 'Slēdziens'),
    'MIP saturs ir atbalstāms; pēc B2 un B3 moduļa precizēšanas un pārējo iepriekš minēto piezīmju ievērošanas programmu var virzīt saskaņošanai.',
    'PKE saturs ir atbalstāms un virzāms saskaņošanai; precizējumi nav nepieciešami.',
    ('empty',),
    'Rīgā, 09.03.2026.',
    'R. Krūmiņš',
], rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'),
         ('mehatronisko sistēmu tehniķis', 'PKE', 'supported')],
   expert='Raimonds Krūmiņš', date='2026-03-09', author='Raimonds Krūmiņš', created='2026-03-08',
   note='Long review with remarks per module; body "modulis nebūtu atbalstāms" outranked by Slēdziens; optional suggestions for PKE do not make it needs_corrections ("precizējumi nav nepieciešami").')

# ---------------------------------------------------------------- 08
build('r27a08_Apinis_metinatajs', [
    ('title', 'Eksperta viedoklis'),
    'Kvalifikācija: metinātājs (LKI 3. līmenis), mašīnbūves un metālapstrādes nozare',
    'Esmu iepazinies ar programmu un eksāmena materiāliem. Programma aptver MMA, MAG un TIG metināšanu, metināšanas drošību, rasējumu lasīšanu un šuvju kvalitātes kontroli. Saturs atbilst standarta LVS EN ISO 9606-1 prasībām un nozares vajadzībām. Programmu atbalstu, un tā ir virzāma saskaņošanai.',
    'Eksāmena saturs arī kopumā atbalstāms, tomēr pirms virzīšanas saskaņošanai jāveic divi precizējumi: jānorāda, kādā pozīcijā metina praktiskā uzdevuma paraugus, un jāpievieno vizuālās kontroles vērtēšanas lapa. Kad tas izdarīts, neredzu šķēršļu eksāmena apstiprināšanai.',
    ('empty',),
    'Guntis Apinis, SIA “Metālserviss”, metināšanas meistars',
    '14.05.2026.',
], rows=[('metinātājs', 'MIP', 'supported', 3), ('metinātājs', 'PKE', 'needs_corrections', 3)],
   problems=['unknown_qualification'],
   expert='Guntis Apinis', date='2026-05-14', author='LDDK', created='2026-05-15',
   note='Qualification not in register (metinātājs) -> unknown_qualification; LKI from review.')

# ---------------------------------------------------------------- 09
build('r27a09_VGK sistemu tehnikis MIP komentari Lapina', [
    'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis',
    'Modulārā izglītības programma – eksperta komentāri',
    ('empty',),
    '1. Modulī “Gaisa apstrādes iekārtas” būtu jāiekļauj rekuperācijas iekārtu energoefektivitātes aprēķini.',
    '2. Dzesēšanas iekārtu daļā nav minētas F-gāzu regulas prasības un personāla sertifikācija. Tas ir būtiski.',
    '3. Automatizācijas modulī vēlams vairāk par BMS sistēmām un attālināto monitoringu.',
    '4. Praktisko mācību apraksts ir ļoti vispārīgs, nav skaidrs, kur un ar kādām iekārtām audzēkņi strādās.',
    '5. Stundu sadalījums starp teoriju un praksi neatbilst tam, kas rakstīts ievadā.',
    ('empty',),
    'Lūdzu darba grupu ņemt vērā augstāk minēto un informēt mani par izmaiņām.',
    ('empty',),
    'Sandra Lapiņa',
    '2026-04-08',
], rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'unknown')],
   problems=['no_verdict'],
   expert='Sandra Lapiņa', date='2026-04-08', author='Sandra Lapiņa', created='2026-04-08',
   note='Only numbered remarks, no verdict at all -> unknown + no_verdict.')

# ---------------------------------------------------------------- 10
build('r27a10_Vanags_KIRT_atzinums (2)', [
    ('title', 'Ekspertīzes atzinums'),
    'Profesionālā kvalifikācija: koka izstrādājumu ražošanas tehniķis, LKI 4. līmenis',
    'Eksperts: Kristaps Vanags',
    ('h', 'Modulārā izglītības programma'),
    'Programma aptver ražošanas plānošanu, tehnoloģisko procesu izstrādi, kvalitātes vadību un iekārtu apkopi. Saturs ir aktuāls, moduļi savstarpēji saskaņoti. Programma ir atbalstāma un virzāma saskaņošanai.',
    ('h', 'Profesionālās kvalifikācijas eksāmens'),
    'Eksāmena uzdevums – tehnoloģiskās kartes izstrāde konkrētam izstrādājumam un ražošanas izmaksu aprēķins. Uzdevums atbilst tehniķa līmenim.',
    ('h', 'Kopvērtējums'),
    'PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    ('h', 'Secinājumi'),
    'PKE saturs nav atbalstāms, jo praktiskajā daļā nav paredzēta iekārtu iestatīšana, un eksāmens jāpapildina.',
    ('empty',),
    'Kristaps Vanags',
    '2026. gada 15. aprīlī',
], rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'supported'),
         ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'unknown')],
   problems=['conflict'],
   expert='Kristaps Vanags', date='2026-04-15', author='Kristaps Vanags', created='2026-04-15',
   note='Two closing sections (Kopvērtējums vs Secinājumi), apparently merged from two drafts, give opposite PKE verdicts of equal weight -> unknown + conflict. MIP clear.')

# ---------------------------------------------------------------- 11 (not a review)
build('r27a11_Sanaksmes protokols_eksperti_03-2026', [
    ('title', 'Nozaru ekspertu sanāksmes protokols Nr. 3'),
    'Rīgā, 2026. gada 18. martā, attālināti (MS Teams)',
    'Piedalās: B. Krastiņa (LDDK, koordinatore), I. Kalniņa, J. Ozols, L. Vītola, R. Krūmiņš, K. Vanags, S. Lapiņa.',
    'Darba kārtība: 1) MIP un PKE ekspertīžu gaita 4. posmā; 2) atzinumu noformēšana; 3) dažādi.',
    ('h', '1. MIP un PKE ekspertīžu gaita'),
    'B. Krastiņa informē, ka motorzāģa operatora un mežsaimniecības tehniķa ekspertīzes ir pabeigtas, mehatronisko sistēmu tehniķa MIP saturs ir atbalstāms pēc precizējumiem. Kokrūpniecības kvalifikācijām darbs uzsākts. R. Krūmiņš norāda, ka skolām nepieciešams metodiskais atbalsts PLC moduļu izstrādē.',
    'K. Vanags ziņo, ka viņa atzinumā par koka izstrādājumu ražošanas tehniķi radusies neskaidrība, un apņemas to precizēt līdz nākamajai sanāksmei.',
    ('h', '2. Atzinumu noformēšana'),
    'Nolemj: atzinumos katram dokumentam skaidri norādīt vienu no trim vērtējumiem – “atbalstāms un virzāms saskaņošanai”, “atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai “nav atbalstāms”.',
    ('h', '3. Dažādi'),
    'Nozares uzņēmumi atbalsta ideju par prakses vietu datubāzi. Nākamā sanāksme – 15. aprīlī.',
    ('empty',),
    'Protokolēja: Baiba Krastiņa',
], rows=[], problems=['no_verdict'],
   author='Baiba Krastiņa', created='2026-03-18',
   note='NOT a review: meeting minutes restating verdicts, listing options, "atbalsta" with its own subject, "metodiskais atbalsts" noun.')

# ---------------------------------------------------------------- 12
build('r27a12_buvizstradajumu galdnieks - Zarins', [
    'Būvizstrādājumu galdnieks, LKI 4',
    'MIP – izskatīju, labi izstrādāta, logu un durvju ražošana aprakstīta detalizēti. Atbalstu. Virzīt saskaņošanai.',
    'PKE – praktiskais uzdevums (loga rāmja izgatavošana) atbilstošs. Arī atbalstu, bez precizējumiem.',
    'Pēteris Zariņš',
    '23.02.2026',
], rows=[('būvizstrādājumu galdnieks', 'MIP', 'supported', 4), ('būvizstrādājumu galdnieks', 'PKE', 'supported', 4)],
   expert='Pēteris Zariņš', date='2026-02-23', author='Pēteris', created='2026-02-23',
   note='Very short, telegraphic first-person "Atbalstu. Virzīt saskaņošanai."')

# ---------------------------------------------------------------- 13
build('r27a13_Klavina_meza masinu operators', [
    ('r', '2026. gada 2. aprīlī'),
    ('h', 'Par meža mašīnu operatora kvalifikācijas MIP un PKE'),
    'Esmu izvērtējusi abus darba grupas sagatavotos dokumentus. Kā harvestera operatoru apmācību vadītāja uzņēmumā redzu, ka skolas ir ieguldījušas lielu darbu, tomēr programmā vēl ir būtiskas nepilnības.',
    'Programmā gandrīz nav simulatoru apmācības, lai gan tieši ar to sākas jebkura operatora sagatavošana. Nav iekļauta meža mašīnu vadības sistēmu (piem., StanForD) datu apstrāde un sortimentu optimizācija. Tehniskās apkopes modulis ir pārāk šaurs. Līdz ar to programmas saturs pašreizējā redakcijā nav pilnībā atbalstāms – to nepieciešams pārstrādāt un iesniegt atkārtotai ekspertīzei.',
    'Eksāmena saturs ir piemērots. Atbalstu to ar nosacījumu, ka praktiskā uzdevuma aprakstā tiks norādīts minimālais izstrādājamais apjoms un precizēti drošības kritēriji, pēc kā eksāmenu var virzīt saskaņošanai.',
    ('empty',),
    'Anita Kļaviņa',
    'AS “Latvijas valsts meži”, mācību koordinatore',
], rows=[('meža mašīnu operators', 'MIP', 'not_supported'), ('meža mašīnu operators', 'PKE', 'needs_corrections')],
   expert='Anita Kļaviņa', date='2026-04-02', author='Baiba Krastiņa', created='2026-04-03',
   note='"nav pilnībā atbalstāms ... jāpārstrādā un jāiesniedz atkārtotai ekspertīzei" = not_supported; PKE conditional support. Author = coordinator.')

# ---------------------------------------------------------------- 14
build('r27a14_Fwd VGK PKE Riekstins', [
    ('runs', [('Edgars Riekstiņš', {'b': True}), (' <edgars.riekstins@gmail.com>', {})]),
    'to me',
    'Tue, Mar 24, 2026, 4:51 PM',
    ('empty',),
    'Sveika!',
    'Nosūtu savu viedokli par abiem VGK eksāmeniem.',
    'VGK iekārtu remontatslēdznieks (3. LKI). PKE saturs kopumā ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai jāprecizē praktiskā uzdevuma apraksts – pašlaik nav norādīts, kāda tipa split sistēma jāuzstāda un kādi instrumenti pieejami eksāmenā. Arī noplūdes pārbaudes kritērijs jāizsaka skaitliski.',
    'VGK sistēmu tehniķis (4. LKI). Šeit viss kārtībā, eksāmena saturs ir atbalstāms un virzāms saskaņošanai, bez papildu prasībām.',
    'Programmas (MIP) abām kvalifikācijām vēl neesmu saņēmis, par tām atsevišķi.',
    ('empty',),
    'Edgars',
    ('empty',),
    ('q', 'On Mon, Mar 16, 2026 at 10:02 AM Baiba Krastiņa <baiba.krastina@lddk.lv> wrote:'),
    ('q', '> Labdien, Edgar! Lūdzu izvērtēt pielikumā pievienotos PKE materiālus. Iepriekšējo reizi remontatslēdznieka PKE netika atbalstīts, darba grupa to ir pārstrādājusi.'),
], rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections', 3),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported', 4)],
   expert='Edgars Riekstiņš', date='2026-03-24', author='Baiba Krastiņa', created='2026-03-25', font='Arial',
   note='Gmail paste with English headers; aliases "VGK ..."; condition in next sentence ("Tomēr pirms virzīšanas ... jāprecizē"); quoted history "netika atbalstīts" ignored; MIP not received -> no rows.')

# ---------------------------------------------------------------- 15
build('r27a15_Purina_elektrotehnikis_labots', [
    ('title', 'Atzinums'),
    'par profesionālās kvalifikācijas “Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības programmu un kvalifikācijas eksāmena saturu',
    'Programma pēc darba grupas labojumiem ir būtiski uzlabota: papildināts modulis par saules paneļu sistēmām, pārskatīti sasniedzamie rezultāti elektroietaišu ekspluatācijā.',
    ('track', 'Secinājums par programmu: MIP saturs ', 'nav atbalstāms, nepieciešama pārstrāde', 'ir atbalstāms un virzāms saskaņošanai', '.', 'Ingrīda Puriņa', '2026-05-06'),
    'Eksāmena saturs atbilst kvalifikācijas standartam; PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    ('empty',),
    'Ingrīda Puriņa',
    'Rēzeknē, 06.05.2026.',
], rows=[('elektrotehniķis', 'MIP', 'supported', 4), ('elektrotehniķis', 'PKE', 'supported', 4)],
   expert='Ingrīda Puriņa', date='2026-05-06', author='Ingrīda Puriņa', created='2026-04-22',
   note='Tracked changes: deleted "nav atbalstāms" (w:del), inserted "ir atbalstāms un virzāms saskaņošanai" (w:ins) -> current MIP verdict supported.')

# ---------------------------------------------------------------- 16
build('r27a16_Abele_kokrupnieciba_MIP_3 kvalifikacijas', [
    ('title', 'Eksperta atzinums par trīs kokrūpniecības kvalifikāciju modulārajām programmām'),
    'Šis atzinums attiecas tikai uz modulārajām izglītības programmām; eksāmenu saturu vērtēšu atsevišķi, kad darba grupas to iesniegs.',
    ('h', 'A. Motorzāģa operators'),
    'Programmas saturs kopumā atbilst profesijas standartam. Jāprecizē moduļa “Koku gāšana sarežģītos apstākļos” sasniedzamie rezultāti un jāpievieno vēja gāzto koku apstrāde. Atbalstāma, virzāma saskaņošanai pēc šo precizējumu veikšanas.',
    ('h', 'B. Meža mašīnu operators'),
    'Programma ir pārdomāta, iekļauta simulatoru apmācība un sortimentu optimizācija. Iebildumu man nav, atbalstu programmas virzīšanu saskaņošanai.',
    ('h', 'C. Mežsaimniecības tehniķis'),
    'Programma, kas man iesniegta, ir vecā redakcija, kurā nav ņemtas vērā iepriekšējās ekspertīzes piezīmes – trūkst digitālo rīku, meža atjaunošanas plānošana ir virspusēja. Šādu programmu neatbalstu.',
    ('empty',),
    'Dace Ābele',
    'Jelgavā, 2026. gada 10. jūnijā',
], rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('meža mašīnu operators', 'MIP', 'supported'),
         ('mežsaimniecības tehniķis', 'MIP', 'not_supported')],
   expert='Dace Ābele', date='2026-06-10', author='Dace Ābele', created='2026-06-10',
   note='Lettered sections A/B/C; "attiecas tikai uz MIP" -> no PKE rows; "Šādu programmu neatbalstu" = not_supported.')

# ---------------------------------------------------------------- 17 (not a review)
build('r27a17_ekspertu sadalijums_5.posms', [
    ('title', 'Ekspertu sadalījums MIP un PKE ekspertīzei projekta 5. posmā'),
    'Kolēģi, zemāk – kas kuru kvalifikāciju vērtē 5. posmā (2026. gada aprīlis–jūlijs). Lūdzu atzinumos skaidri norādīt vērtējumu: atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms.',
    ('table', [['Kvalifikācija', 'LKI', 'MIP eksperts', 'PKE eksperts', 'Termiņš'],
               ['Elektromontieris', '3', 'A. Bērziņš', 'A. Bērziņš', '30.04.2026.'],
               ['Elektrotehniķis', '4', 'I. Puriņa', 'L. Straume', '15.05.2026.'],
               ['Mēbeļu galdnieks', '4', 'A. Priede', 'V. Šmits', '31.05.2026.'],
               ['Būvizstrādājumu galdnieks', '4', 'A. Priede', 'I. Rozenbergs', '31.05.2026.'],
               ['Meža mašīnu operators', '3', 'D. Ābele', 'K. Ziediņš', '15.06.2026.'],
               ['VGK sistēmu tehniķis', '4', 'S. Lapiņa', 'N. Kalējs', '30.06.2026.']]),
    'Ja kādam nepieciešams atbalsts ar piekļuvi koplietošanas mapei, rakstiet man.',
    'Baiba Krastiņa, LDDK',
], rows=[], problems=['no_verdict'],
   author='Baiba Krastiņa', created='2026-04-01',
   note='NOT a review: assignment table with expert names and deadlines; lists verdict options.')

# ---------------------------------------------------------------- 18
build('r27a18_Smits_MG_eksamens', [
    ('title', 'Viedoklis par kvalifikācijas eksāmena saturu'),
    ('c', 'Mēbeļu galdnieks'),
    'Kā mēbeļu ražotājs ar vairāk nekā 20 gadu pieredzi esmu izskatījis eksāmena saturu. Teorētiskā daļa atbilst, praktiskais uzdevums – kumodes korpusa izgatavošana ar atvilktni – labi parāda audzēkņa prasmes, ieskaitot savienojumu izvēli un virsmu apdari.',
    'Eksāmena saturs atbalstīts bez piezīmēm, var virzīt tālāk uz saskaņošanu.',
    'Par programmu viedokli sniegs kolēģe A. Priede.',
    ('empty',),
    'Ar cieņu',
    'Valdis Šmits',
], rows=[('mēbeļu galdnieks', 'PKE', 'supported')],
   expert='Valdis Šmits', date='2026-03-30', author='Valdis Šmits', created='2026-03-30',
   header=['SIA “Šmita mēbeles”', 'Valdis Šmits, valdes priekšsēdētājs', 'Rūpniecības iela 7, Valmiera'],
   footer='Valmierā, 30.03.2026.',
   note='Letterhead in header, date only in footer; nominal/participle "atbalstīts bez piezīmēm"; MIP by someone else -> no row.')

# ---------------------------------------------------------------- 19
build('r27a19_Kalejs_PKE_elektromontieris_VGK', [
    'Normunds Kalējs',
    'enerģētikas nozares eksperts',
    ('empty',),
    ('title', 'Atzinums par eksāmenu saturu'),
    'Izskatīju trīs kvalifikāciju profesionālās kvalifikācijas eksāmenu saturu. Programmas nevērtēju.',
    ('h', 'ELEKTROMONTIERIS'),
    'Uzdevumi sabalansēti, praktiskajā daļā jāsamontē sadales skapis un jāveic izolācijas pretestības mērījumi. Labi. Šo eksāmenu uzskatu par atbalstāmu un virzāmu saskaņošanai.',
    ('h', 'VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS'),
    'Eksāmens kopumā atbilst tehniķa līmenim, taču vērtēšanas instrukcijā trūkst gaisa plūsmas mērījumu pieļaujamo noviržu. Atbalstu, ja tiks papildināta vērtēšanas instrukcija; pēc tam eksāmenu var virzīt saskaņošanai.',
    ('h', 'VGK IEKĀRTU REMONTATSLĒDZNIEKS'),
    'Precizētā versija, kuru saņēmu jūnijā, ir kārtībā – visas iepriekšējās piezīmes izpildītas. Atbalstāms un virzāms saskaņošanai.',
    ('empty',),
    '2026-07-02',
], rows=[('elektromontieris', 'PKE', 'supported'), ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'needs_corrections'),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'supported')],
   expert='Normunds Kalējs', date='2026-07-02', author='', created='2026-07-02',
   note='Name at top only; ALL CAPS section headings (third one uses the VGK alias); "Atbalstu, ja tiks papildināta" = needs_corrections; MIP explicitly not reviewed.')

# ---------------------------------------------------------------- 20
build('r27a20_Silins_kokapstrade MIP', [
    'Labdien!',
    'Par kokapstrādes iekārtu operatora programmu varu teikt, ka tā ir sagatavota rūpīgi – moduļi atbilst profesijas standartam, iekārtu iestatīšana un darba drošība apskatīta pietiekami, tāpēc šo MIP atbalstu un iesaku virzīt saskaņošanai bez izmaiņām. Savukārt datorizētu kokapstrādes iekārtu operatora MIP vēl jāpiestrādā: CAM programmēšanas modulis jāpapildina ar praktiskiem darbiem un jāsakārto moduļu numerācija; kad tas būs izdarīts, arī to var virzīt saskaņošanai, jo pēc būtības saturs ir atbalstāms.',
    'Eksāmenu saturu šoreiz neskatīju, tas nav manā uzdevumā.',
    ('empty',),
    'Roberts Siliņš, SIA “Dižkoks” tehnologs',
    '13.03.2026.',
], rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported'), ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections')],
   expert='Roberts Siliņš', date='2026-03-13', author='Roberts', created='2026-03-13',
   note='Two qualifications inside running text (genitive forms); PKE explicitly not reviewed.')

# ---------------------------------------------------------------- 21
build('r27a21_Grinberga_Mezsaimniecibas_tehnikis_PKL3', [
    ('title', 'Ekspertīzes atzinums'),
    'Kvalifikācija: mežsaimniecības tehniķis (3. profesionālās kvalifikācijas līmenis)',
    'Vērtētie dokumenti: modulārā izglītības programma un profesionālās kvalifikācijas eksāmena saturs (abi 2026. gada aprīļa redakcijā).',
    'Dokumentos vēl lietots vecais kvalifikācijas līmeņa apzīmējums (3. PKL), ieteiktu to aizstāt ar LKI līmeni, taču tas ir tehnisks sīkums. Pēc būtības programma un eksāmens ir savstarpēji saskaņoti, aptver meža inventarizāciju, mežsaimniecisko darbību plānošanu un uzraudzību.',
    'Rezumējot – abus dokumentus atbalstu un iesaku virzīt saskaņošanai.',
    ('empty',),
    'Zane Grīnberga',
    '12.05.2026.',
], rows=[('mežsaimniecības tehniķis', 'MIP', 'supported', 4), ('mežsaimniecības tehniķis', 'PKE', 'supported', 4)],
   expert='Zane Grīnberga', date='2026-05-12', author='Zane Grīnberga', created='2026-05-12',
   note='Old level "3. PKL" = LKI 4 (matches register); "abus dokumentus atbalstu" covers both; a minor optional suggestion does not make it conditional.')

# ---------------------------------------------------------------- 22
build('r27a22_Dreimanis_mezizstrades meistars', [
    ('title', 'Atzinums par kvalifikācijas “Mežizstrādes meistars” MIP un PKE'),
    'Kvalifikācija nav iekļauta šī gada ekspertīzes sarakstā, taču darba grupa to iesūtīja, un koordinatore lūdza sniegt viedokli.',
    'Programmai ir nopietnas problēmas – tā faktiski ir meža mašīnu operatora programmas kopija ar pievienotu moduli par darba organizēšanu. Meistara kompetences – brigādes vadība, darba uzdevumu plānošana, izstrādes kvalitātes kontrole, līgumu un dokumentācijas kārtošana – ir aprakstītas vienā lappusē. Programma nav atbalstāma.',
    'Eksāmens seko programmai un tādēļ arī nepārbauda meistara līmeņa prasmes. PKE saturu neatbalstu; tas jāpārstrādā kopā ar programmu.',
    ('empty',),
    'Oskars Dreimanis',
    'Madonā, 2026. gada 28. aprīlī',
], rows=[('mežizstrādes meistars', 'MIP', 'not_supported', ''), ('mežizstrādes meistars', 'PKE', 'not_supported', '')],
   problems=['unknown_qualification'],
   expert='Oskars Dreimanis', date='2026-04-28', author='Oskars Dreimanis', created='2026-04-28',
   note='Unknown qualification, no LKI stated anywhere -> lki empty; mentions "meža mašīnu operatora programma" only as comparison (no row for it).')

# ---------------------------------------------------------------- 23 (not a review)
build('r27a23_jaunums majaslapai_LDDK eksperti', [
    ('title', 'Nozaru eksperti vērtē jaunās profesionālās izglītības programmas'),
    'Latvijas Darba devēju konfederācija arī 2026. gadā turpina dalību projektā, kura mērķis ir uzlabot profesionālās izglītības kvalitāti un atbilstību darba tirgum. Ar LDDK deleģējumu 13 nozaru eksperti vērtē profesionālās izglītības iestāžu sagatavotās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.',
    '“Mūsu uzdevums ir pateikt skolām, vai tas, ko viņi māca, darba devējam tiešām ir vajadzīgs,” stāsta mehatronikas eksperts Raimonds Krūmiņš. Līdz marta beigām pabeigta ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām – to programmas atzītas par atbalstāmām, daļai gan vēl nepieciešami precizējumi.',
    'Uzņēmēji atbalsta šādu sadarbību un aicina arī citus nozares pārstāvjus iesaistīties. Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas atbalstu.',
    ('i', 'Publicēts 2026. gada 8. aprīlī'),
], rows=[], problems=['no_verdict'],
   author='LDDK komunikācija', created='2026-04-07',
   note='NOT a review: news item restating outcomes; "atbalsta" with own subject, "programmas atbalstu" noun.')

# ---------------------------------------------------------------- 24
build('r27a24_FW_ Elektrotehnikis MIP PKE atzinums Straume', [
    ('hdr', 'No:', 'Baiba Krastiņa'),
    ('hdr', 'Nosūtīts:', 'ceturtdiena, 2026. gada 9. aprīlis 8:40'),
    ('hdr', 'Kam:', 'VISC darba grupa elektrotehniķis'),
    ('hdr', 'Tēma:', 'FW: Elektrotehniķis - atzinums'),
    ('empty',),
    'Labdien, kolēģi! Pārsūtu eksperta atzinumu zināšanai un darbam. B. Krastiņa',
    ('empty',),
    ('hdr', 'No:', 'Līga Straume <liga.straume@energo-serviss.lv>'),
    ('hdr', 'Nosūtīts:', 'piektdiena, 2026. gada 3. aprīlis 17:12'),
    ('hdr', 'Tēma:', 'Elektrotehniķis - atzinums'),
    ('empty',),
    'Baiba, sveika!',
    'Esmu izskatījusi elektrotehniķa dokumentus. Par programmu – laba, saturs atbilstošs, atbalstāma un virzāma saskaņošanai.',
    'Ar eksāmenu sliktāk: praktiskā uzdevuma variantos nav vienādas grūtības pakāpes, B variantā jāizveido tikai apgaismojuma shēma. Eksāmena saturu varu atbalstīt tikai tad, ja visi varianti tiek izlīdzināti pēc sarežģītības. Pēc tam to var sūtīt saskaņošanai, atkārtoti man to skatīt nav nepieciešams.',
    'Līga Straume',
    'SIA “Energo serviss”, elektroinženiere',
], rows=[('elektrotehniķis', 'MIP', 'supported'), ('elektrotehniķis', 'PKE', 'needs_corrections')],
   expert='Līga Straume', date='2026-04-03', author='Baiba Krastiņa', created='2026-04-09',
   note='Coordinator forward (FW:) containing expert mail; review date = expert message date, not forward date; "varu atbalstīt tikai tad, ja" + "pēc tam var sūtīt saskaņošanai" = needs_corrections.')

# ---------------------------------------------------------------- 25
build('r27a25_VGK remontatsl_Krauze', [
    'VGK iekartu remontatslēdznieks',
    'MIP - atbalstams, virzams saskanosanai. Komentaru nav.',
    'PKE - atbalstams, pec precizejumu veiksanas virzams saskanosanai (skat. piezimes teorijas testa 4., 11. un 17. jautajuma).',
    'J. Krauze, 19.03.2026',
], rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections')],
   expert='J. Krauze', date='2026-03-19', author='jkrauze', created='2026-03-19', font='Calibri',
   note='Very short, no diacritics in verdicts, alias VGK; initial + surname.')

# ---------------------------------------------------------------- 26
build('r27a26_Strods_mehatronika', [
    ('runs', [('Dr. sc. ing. Ēriks Strods', {'b': True})]),
    'Rīgas Tehniskās universitātes asoc. profesors, mašīnbūves nozares eksperts',
    ('empty',),
    ('title', 'Mehatronisko sistēmu tehniķis: atkārtota ekspertīze'),
    'Pirmajā kārtā martā mans kolēģis R. Krūmiņš programmu atbalstīja ar precizējumiem. Darba grupa precizēto programmu un eksāmenu iesniedza vēlreiz, un VISC lūdza manu neatkarīgu vērtējumu.',
    ('h', 'Programma'),
    'B2 modulis papildināts ar servopiedziņām, B3 modulis pārstrādāts atbilstoši IEC 61131-3. Tas ir būtisks uzlabojums. Tomēr programmā joprojām nav aprakstīts prakses vērtēšanas mehānisms uzņēmumā, un stundu kopsumma 2. kursā nesakrīt ar mācību plānu. Šie divi jautājumi jāsakārto – tikai tad programma virzāma saskaņošanai, lai gan saturiski tā ir atbalstāma.',
    ('h', 'Eksāmens'),
    'Dažas idejas, kuras darba grupa var izmantot pēc saviem ieskatiem: praktiskajā daļā varētu iekļaut arī bojājuma meklēšanu iepriekš sagatavotā stacijā; teorijas testā lietderīgi būtu vairāk situāciju uzdevumu. Tie ir ieteikumi, nevis prasības. Eksāmena saturs kā tāds ir atbalstāms un virzāms saskaņošanai bez precizējumiem.',
    ('empty',),
    'Ē. Strods',
    '22.06.2026.',
], rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'), ('mehatronisko sistēmu tehniķis', 'PKE', 'supported')],
   expert='Ēriks Strods', date='2026-06-22', author='Ēriks Strods', created='2026-06-21',
   note='Academic title stripped; history of another expert\'s earlier verdict not counted; condition precedes verdict; optional ideas for PKE, verdict "bez precizējumiem" = supported.')

# ---------------------------------------------------------------- 27
build('r27a27_KIRT MIP PKE piezimes', [
    ('title', 'Piezīmes par koka izstrādājumu ražošanas tehniķa programmu un eksāmenu'),
    'Programmā labi apskatīta ražošanas plānošana, bet kvalitātes vadības modulī trūkst statistiskās procesu kontroles pamatu. Nav minēta ražošanas atlikumu (skaidu, zāģu skaidu) izmantošana, kas ir svarīga aprites ekonomikas kontekstā. Pēc šo divu papildinājumu ieviešanas programmu var virzīt saskaņošanai; pārējā daļā saturs atbalstāms.',
    'Eksāmens: uzdevums un vērtēšanas kritēriji skaidri, nav ko labot. Atbalstāms, virzāms saskaņošanai.',
    ('r', '2026. gada 20. maijā'),
], rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections'), ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
   expert='', date='2026-05-20', author='', created='2026-05-20',
   note='Unsigned review, empty author property -> expert empty; qualification in genitive in the title.')

# ---------------------------------------------------------------- 28
build('r27a28_Rozenbergs BG eksamens un programma', [
    ('title', 'Būvizstrādājumu galdnieks – eksperta vērtējums'),
    'Esmu izskatījis būvizstrādājumu galdnieka kvalifikācijas eksāmena saturu un, pēc darba grupas lūguma, arī programmu.',
    'EKSĀMENS. Praktiskajā uzdevumā paredzēts izgatavot tikai vienkāršu durvju vērtni bez kārbas un furnitūras iestrādes, kas neatbilst LKI 4. līmenim. Teorijas jautājumi dublējas ar 3. līmeņa kvalifikācijas eksāmenu. Vērtēšanas lapā nav kritēriju par precizitāti. Eksāmena saturu šādā veidā nevaru atbalstīt – tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
    'PROGRAMMA. Laba bāze; nepieciešams papildināt moduli par logu montāžu (siltumizolācijas mezgli, “siltā montāža”). Pēc tam virzāma saskaņošanai.',
    ('empty',),
    'Ilmārs Rozenbergs',
], rows=[('būvizstrādājumu galdnieks', 'PKE', 'not_supported', 4), ('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections', 4)],
   expert='Ilmārs Rozenbergs', date='', author='Ilmārs Rozenbergs', created='2026-05-27',
   note='No date in text (created property only) -> date empty; MIP: corrections + "pēc tam virzāma saskaņošanai" (no explicit "atbalstāms" but "laba bāze" + forward after corrections) = needs_corrections.')

# ---------------------------------------------------------------- 29
build('r27a29_Priede_MG_BG_KIO_programmas_galigais', [
    ('title', 'Eksperta atzinums'),
    ('c', 'par kokrūpniecības nozares modulārajām izglītības programmām'),
    'Atzinums sagatavots par trīs kvalifikāciju modulārajām izglītības programmām. Eksāmenu saturu šīm kvalifikācijām vērtē citi eksperti.',
    ('h', '1) Mēbeļu galdnieks, LKI 4'),
    'Salīdzinot ar marta redakciju, darba grupa ir ņēmusi vērā I. Kalniņas piezīmes par virsmu apdari un CNC moduli. Programma ir atbalstāma un virzāma saskaņošanai.',
    ('h', '2) Būvizstrādājumu galdnieks, LKI 4'),
    'Piekrītu kolēģa I. Rozenberga viedoklim, ka programmā jāpapildina logu montāžas temats. Bez tā programmu nevar virzīt saskaņošanai; pēc papildinājuma – atbalstu.',
    ('h', '3) Kokapstrādes iekārtu operators, LKI 3'),
    'Programma jau iepriekš tika atbalstīta, mans uzdevums bija pārbaudīt, vai versija saskaņošanai atbilst atbalstītajai. Atbilst. Arī es to atbalstu un iesaku virzīt saskaņošanai.',
    ('empty',),
    'Agnese Priede',
    'Liepāja, 2026. gada 15. jūlijs',
], rows=[('mēbeļu galdnieks', 'MIP', 'supported', 4), ('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections', 4),
         ('kokapstrādes iekārtu operators', 'MIP', 'supported', 3)],
   expert='Agnese Priede', date='2026-07-15', author='Agnese Priede', created='2026-07-14',
   note='Numbered "1)" sections with LKI; PKE explicitly by others -> no rows; history mentions; "Bez tā nevar virzīt...; pēc papildinājuma – atbalstu" = needs_corrections.')

# ---------------------------------------------------------------- 30 (not a review)
build('r27a30_Noradijumi ekspertiem_atzinuma sagatavosana', [
    ('title', 'Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes atzinuma sagatavošanai'),
    '1. Eksperts izvērtē modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu atbilstoši profesijas standartam vai profesionālās kvalifikācijas prasībām un nozares vajadzībām.',
    '2. Atzinumā norāda kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un atzinuma datumu.',
    '3. Par katru dokumentu eksperts izvēlas vienu no vērtējumiem:',
    ('bullet', 'saturs ir atbalstāms un virzāms saskaņošanai;'),
    ('bullet', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;'),
    ('bullet', 'saturs nav atbalstāms.'),
    '4. Ja saturs nav atbalstāms, eksperts norāda būtiskākos trūkumus, un pēc pārstrādes tiek veikta atkārtota ekspertīze.',
    '5. Metodisko atbalstu ekspertiem sniedz LDDK projekta koordinatore.',
    ('i', 'Apstiprināts 2026. gada 12. janvārī'),
], rows=[], problems=['no_verdict'],
   author='LDDK', created='2026-01-12',
   note='NOT a review: instructions listing all three verdict options.')

# ---------------------------------------------------------------- 31
build('r27a31_RE RE meza masinu operators PKE', [
    ('hdr', 'No:', 'Kaspars Ziediņš <k.ziedins@forestmach.lv>'),
    ('hdr', 'Nosūtīts:', 'pirmdiena, 2026. gada 13. aprīlis 9:05'),
    ('hdr', 'Kam:', 'Baiba Krastiņa'),
    ('hdr', 'Tēma:', 'RE: RE: Meža mašīnu operators PKE'),
    ('empty',),
    'Sveiki,',
    'paskatījos labojumus. Praktiskā uzdevuma apjoms tagad norādīts, simulatora daļa pievienota, drošības kritēriji precizēti. Līdz ar to eksāmena saturu tagad atbalstu, un to var virzīt saskaņošanai.',
    'Kaspars Ziediņš',
    ('empty',),
    ('q', 'No: Kaspars Ziediņš'),
    ('q', 'Nosūtīts: ceturtdiena, 2026. gada 19. marts 16:30'),
    ('q', 'Baiba, PKE šādā formā nav atbalstāms: nav norādīts izstrādājamais apjoms, nav simulatora daļas, drošības kritēriji vispārīgi. Lūdzu nodot darba grupai.'),
], rows=[('meža mašīnu operators', 'PKE', 'supported')],
   expert='Kaspars Ziediņš', date='2026-04-13', author='Baiba Krastiņa', created='2026-04-13',
   note='Reply on top overrides the quoted earlier (March) rejection by the same expert; date of newest message.')

# ---------------------------------------------------------------- 32
build('r27a32_Kalnins_elektromontieris_moduli', [
    ('title', 'Elektromontieris (3. LKI) – programmas un eksāmena izvērtējums'),
    'Vērtēju programmu pa moduļiem, jo to kvalitāte ir ļoti atšķirīga.',
    'Modulis “Elektrodrošība” – atbalstāms, labi izstrādāts.',
    'Modulis “Elektroinstalācijas montāža” – atbalstāms.',
    'Modulis “Elektriskie mērījumi” – jāpapildina ar cilpas pretestības mērījumiem.',
    'Modulis “Kabeļu līnijas” – saturs nav izstrādāts, ir tikai nosaukums un divi teikumi.',
    'Modulis “Elektroietaišu apkope” – dublē montāžas moduli, jāpārstrādā.',
    'Modulis “Atjaunīgie energoresursi” – nav saistīts ar elektromontiera darba pienākumiem, lieks.',
    ('h', 'Kopumā'),
    'Lai arī atsevišķi moduļi ir labi, programma kopumā nav atbalstāma – trūkstošais kabeļu līniju saturs un dublēšanās ir pārāk būtiskas, tās nav iespējams novērst ar nelieliem precizējumiem. Lūdzu iesniegt pārstrādātu versiju.',
    'Eksāmena saturu atbalstu; virzīt saskaņošanai pēc tam, kad teorijas testā būs izlaboti jautājumi par zemējuma sistēmām.',
    ('empty',),
    'Mārtiņš Kalniņš',
    '11.02.2026.',
], rows=[('elektromontieris', 'MIP', 'not_supported', 3), ('elektromontieris', 'PKE', 'needs_corrections', 3)],
   expert='Mārtiņš Kalniņš', date='2026-02-11', author='Mārtiņš Kalniņš', created='2026-02-11',
   note='Module-level "atbalstāms" remarks outranked by "Kopumā ... nav atbalstāma"; PKE conditional.')

# ---------------------------------------------------------------- 33
build('r27a33_Jansone DKIO un MG PKE', [
    'Helēna Jansone',
    'SIA “Mēbeļu tehnoloģijas”, kvalitātes vadītāja',
    ('empty',),
    ('title', 'Par eksāmenu saturu'),
    'Datorizētu kokapstrādes iekārtu operatoram (LKI 4) eksāmena uzdevums ir mūsdienīgs – audzēknim jāsagatavo CNC programma un jāizgatavo detaļa. Vērtēšanas lapā jānoņem dubultā punktu uzskaite par drošības prasībām. Vērtējums: atbalstīts ar precizējumiem.',
    'Par MIP – ekspertīzi veic kolēģis R. Siliņš, es to nevērtēju.',
    'Mēbeļu galdniekam iesniegtais PKE ir acīmredzot kļūdaini pievienots fails – tas ir 2019. gada eksāmens pēc vecā standarta, bez CNC un bez mūsdienu apdares materiāliem. Šādu saturu atbalstīt nav iespējams.',
    ('empty',),
    'Ogrē, 17.04.2026.',
], rows=[('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections', 4), ('mēbeļu galdnieks', 'PKE', 'not_supported')],
   expert='Helēna Jansone', date='2026-04-17', author='Helēna Jansone', created='2026-04-17',
   note='Nominal verdict "Vērtējums: atbalstīts ar precizējumiem"; MIP by a colleague -> no row; "atbalstīt nav iespējams" = not_supported.')

# ---------------------------------------------------------------- 34
build('r27a34_Bruveris_mezsaimn tehnikis', [
    ('h', 'Mežsaimniecības tehniķis – MIP un PKE'),
    'Programma (MIP): izskatīta, visas iepriekšējās piezīmes ir ņemtas vērā. Atbalstāma un virzāma saskaņošanai.',
    'Eksāmens (PKE): šeit man ir vairāki jautājumi par praktiskā uzdevuma norisi mežā – kā tiks nodrošināta vienlīdzīga vērtēšana dažādos meža nogabalos, vai paredzēts izmantot mobilās aplikācijas taksācijai, kā tiks vērtēts darbs komandā. Vispirms gribētu to pārrunāt ar darba grupu; galīgo viedokli par eksāmenu sniegšu pēc tikšanās.',
    ('empty',),
    'Egils Brūveris, 05.03.2026',
], rows=[('mežsaimniecības tehniķis', 'MIP', 'supported'), ('mežsaimniecības tehniķis', 'PKE', 'unknown')],
   problems=['no_verdict'],
   expert='Egils Brūveris', date='2026-03-05', author='Egils Brūveris', created='2026-03-05',
   note='PKE covered but verdict explicitly postponed -> unknown + no_verdict; MIP supported.')

# ---------------------------------------------------------------- 35
build('r27a35_Gaile KIO atsauksme', [
    'Sintija Gaile',
    '2026. gada 2. martā',
    ('empty',),
    'Sveiki!',
    'Paldies par iespēju iesaistīties un par koordinatores atbalstu šajā procesā. Nosūtu savu atsauksmi par kokapstrādes iekārtu operatora kvalifikāciju.',
    'Programma ir labi sagatavota, tomēr jāpārskata 3. un 5. moduļa sasniedzamie rezultāti – tie nav izmērāmi (“izprot”, “pārzina”). Kad tie būs pārformulēti, programmu var saskaņot, pret saturu man iebildumu nav.',
    'Eksāmenam nav iebildumu – iesaku virzīt saskaņošanai.',
    'Uz sadarbību!',
], rows=[('kokapstrādes iekārtu operators', 'MIP', 'needs_corrections'), ('kokapstrādes iekārtu operators', 'PKE', 'supported')],
   expert='Sintija Gaile', date='2026-03-02', author='Sintija Gaile', created='2026-03-02',
   note='Name and date at the top (no closing signature); "atbalstu" noun in the opening; MIP "kad ... pārformulēti, var saskaņot" = needs_corrections; PKE "nav iebildumu – iesaku virzīt" = supported.')

# ---------------------------------------------------------------- 36
build('r27a36_energetika_MIP_Eglite_RE', [
    ('title', 'Enerģētikas kvalifikāciju programmas – mans viedoklis'),
    'Šoreiz man uzticēja apskatīt trīs programmas. Eksāmenus neskatīju.',
    'Sākšu ar elektromontieri. Kabeļu līniju modulis pievienots, kā bija prasīts janvāra atzinumā, bet tajā joprojām nav kabeļu uzmavu montāžas. Ja šo papildinās, programmu var virzīt saskaņošanai – pēc būtības es to atbalstu.',
    'Tālāk – elektrotehniķis. Programma atbilst, bet moduļu aprakstos jāsakārto terminoloģija (“strāvas stiprums” vs “strāva”, “spriegums” vs “spriegojums”) un jāaizpilda tukšās ailes par vērtēšanu. Atbalstāma pēc šiem precizējumiem.',
    'Visbeidzot ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka programma – lieliska, tai neko nevajag mainīt. Atbalstu virzīšanu saskaņošanai.',
    ('empty',),
    'Rita Eglīte',
    'energoauditore, Latvijas Siltumenerģētikas uzņēmumu asociācija',
    'Cēsīs, 2026-05-25',
], rows=[('elektromontieris', 'MIP', 'needs_corrections'), ('elektrotehniķis', 'MIP', 'needs_corrections'),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported')],
   expert='Rita Eglīte', date='2026-05-25', author='Baiba Krastiņa', created='2026-05-26',
   note='Three qualifications in running text introduced by "Sākšu ar / Tālāk / Visbeidzot"; conditions before verdict; PKE not reviewed.')

# ---------------------------------------------------------------- 37
build('r27a37_Re_ motorzaga operatora programma', [
    ('hdr', 'From:', 'Ainārs Vilks <ainars.vilks@mezadarbi.lv>'),
    ('hdr', 'Sent:', 'Wednesday, May 6, 2026 7:48 AM'),
    ('hdr', 'To:', 'Baiba Krastiņa <baiba.krastina@lddk.lv>'),
    ('hdr', 'Subject:', 'Re: motorzāģa operatora programma pēc labojumiem'),
    ('empty',),
    'Labrīt!',
    'Mans vērtējums attiecas tikai uz programmu, eksāmenu neesmu saņēmis.',
    'Skatījos, kā darba grupa izpildījusi D. Ābeles piezīmes. Vēja gāzto koku apstrāde ir pievienota, sasniedzamie rezultāti pārformulēti skaidri. Man nav iebildumu pret to, ka motorzāģa operatora MIP tiek virzīta saskaņošanai, – saturs ir atbalstāms tādā redakcijā, kāda tā ir.',
    ('empty',),
    'Ainārs Vilks',
    'SIA “Meža darbi”, mežizstrādes vadītājs',
], rows=[('motorzāģa operators', 'MIP', 'supported')],
   expert='Ainārs Vilks', date='2026-05-06', author='Ainārs Vilks', created='2026-05-06',
   note='Outlook paste with English headers; "nav iebildumu" (positive) + "atbalstāms tādā redakcijā" = supported; "attiecas tikai uz programmu" -> no PKE row.')

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# Blind set r27a: free-prose expert reviews\n\nBuilt by `build.py`. Gold labels in `expected.csv` and `expected_problems.csv`.\n\n')
    f.write('| file | rows | problems | design and judgement calls |\n|---|---|---|---|\n')
    for fn, note in NOTES:
        n = sum(1 for r in ROWS if r[0] == fn)
        pr = ', '.join(c for (x, c) in PROBS if x == fn)
        f.write(f'| {fn} | {n} | {pr} | {note.replace("|", "/")} |\n')
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
