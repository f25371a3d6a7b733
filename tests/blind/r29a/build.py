# -*- coding: utf-8 -*-
"""Builds the r29a blind set: free-prose expert reviews (letters, memos, pasted e-mails)."""
import csv, datetime, os, re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
REG = {}
with open('/work/main/inputs/qualifications.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        REG[r['name']] = r['lki_level']

ROWS, PROBLEMS, NOTES = [], [], []
_rev = [1]

TOKEN = re.compile(r'(\*\*.+?\*\*|~~.+?~~|\[-.+?-\]|\[\+.+?\+\]|__.+?__)')


def _run_xml(text, bold=False, italic=False, strike=False, deleted=False):
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    if bold:
        rpr.append(OxmlElement('w:b'))
    if italic:
        rpr.append(OxmlElement('w:i'))
    if strike:
        rpr.append(OxmlElement('w:strike'))
    if len(rpr):
        r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def _track(p, kind, text, author, date):
    el = OxmlElement('w:' + kind)
    el.set(qn('w:id'), str(_rev[0])); _rev[0] += 1
    el.set(qn('w:author'), author)
    el.set(qn('w:date'), date)
    el.append(_run_xml(text, deleted=(kind == 'del')))
    p._p.append(el)


def add_par(doc, text, track_author='Autors', track_date='2026-03-01T10:00:00Z', container=None):
    c = container if container is not None else doc
    style = None
    align = None
    indent = False
    size = None
    allbold = False
    if text.startswith('# '):
        text = text[2:]; allbold = True; size = 13
    elif text.startswith('## '):
        text = text[3:]; allbold = True
    if text.startswith('@c '):
        text = text[3:]; align = WD_ALIGN_PARAGRAPH.CENTER
    elif text.startswith('@r '):
        text = text[3:]; align = WD_ALIGN_PARAGRAPH.RIGHT
    elif text.startswith('> '):
        text = text[2:]; indent = True
    p = c.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Cm(1)
    for part in TOKEN.split(text):
        if not part:
            continue
        if part.startswith('[-'):
            _track(p, 'del', part[2:-2], track_author, track_date); continue
        if part.startswith('[+'):
            _track(p, 'ins', part[2:-2], track_author, track_date); continue
        bold = allbold; italic = False; strike = False
        if part.startswith('**'):
            part = part[2:-2]; bold = True
        elif part.startswith('~~'):
            part = part[2:-2]; strike = True
        elif part.startswith('__'):
            part = part[2:-2]; italic = True
        run = p.add_run(part)
        run.bold = bold or None
        run.italic = italic or None
        if strike:
            run.font.strike = True
        if size:
            run.font.size = Pt(size)
        if indent:
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    return p


def build(name, paras, rows=(), problems=(), note='', author='', created=(2026, 3, 1),
          header=None, footer=None, track=('Autors', '2026-03-01T10:00:00Z'), font='Times New Roman'):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(12 if font == 'Times New Roman' else 11)
    if header:
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = ''
        for i, line in enumerate(header):
            q = hp if i == 0 else doc.sections[0].header.add_paragraph()
            q.add_run(line).font.size = Pt(9)
    if footer:
        fp = doc.sections[0].footer.paragraphs[0]
        fp.add_run(footer).font.size = Pt(8)
    for item in paras:
        if isinstance(item, tuple) and item[0] == 'table':
            data = item[1]
            t = doc.add_table(rows=len(data), cols=len(data[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(data):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
            continue
        for line in item.split('\n') if '\n' in item and not item.startswith('#') else [item]:
            add_par(doc, line, track[0], track[1])
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(*created, 9, 30)
    cp.modified = datetime.datetime(*created, 10, 5)
    cp.title = ''
    doc.save(os.path.join(OUT, name))
    for q, d, v, e, dt, lki in rows:
        if lki is None:
            lki = REG.get(q, '')
        ROWS.append([name, q, d, v, e, dt, str(lki)])
    for code in problems:
        PROBLEMS.append([name, code])
    NOTES.append((name, note))


S, NC, NS, UNK = 'supported', 'needs_corrections', 'not_supported', 'unknown'
MEB = 'mēbeļu galdnieks'; BUV = 'būvizstrādājumu galdnieks'; MOT = 'motorzāģa operators'
MEZT = 'mežsaimniecības tehniķis'; KIO = 'kokapstrādes iekārtu operators'
DKIO = 'datorizētu kokapstrādes iekārtu operators'; KIRT = 'koka izstrādājumu ražošanas tehniķis'
MMO = 'meža mašīnu operators'; EM = 'elektromontieris'; ET = 'elektrotehniķis'
VGKR = 'ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks'
VGKT = 'ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'; MEH = 'mehatronisko sistēmu tehniķis'

# ---------------------------------------------------------------- 01
E = 'Ilze Ozola'; D = '2026-03-12'
build('r29a01_Atzinums_Mebelu_galdnieks_Ozola.docx', [
    'Latvijas Darba devēju konfederācijai',
    'projekta koordinatorei Dacei Kalvei',
    '',
    '**Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un kvalifikācijas eksāmena satura ekspertīzi**',
    '',
    'Esmu iepazinusies ar darba grupas iesniegto mēbeļu galdnieka (LKI 4. līmenis) modulārās izglītības programmas projektu un profesionālās kvalifikācijas eksāmena saturu. Savu viedokli sniedzu, balstoties uz 18 gadu pieredzi mēbeļu ražošanā un darbu ar praktikantiem mūsu uzņēmumā.',
    '**Par programmu.** Moduļu secība kopumā ir loģiska, un ir prieks redzēt, ka beidzot parādījies atsevišķs modulis par darbu ar datorizētām iekārtām. Tomēr modulī „Virsmu apdare” paredzētais apjoms (tikai 40 stundas) ir nesamērīgi mazs – ražošanā apdare ir tā vieta, kur jaunie darbinieki visbiežāk kļūdās. Modulī „CNC iekārtu vadība” sasniedzamie rezultāti formulēti ļoti vispārīgi („pārzina iekārtas darbību”), nav skaidrs, kas tieši jāprot audzēknim.',
    'Programma ir atbalstāma. Saskaņošanai to gan virzīt var tikai tad, kad būs palielināts apdares moduļa apjoms un konkretizēti CNC moduļa sasniedzamie rezultāti.',
    '**Par eksāmenu.** Praktiskā uzdevuma (skapīša ar atvilktni izgatavošana) apraksts ir skaidrs, laiks samērīgs, vērtēšanas kritēriji atbilst profesionālās kvalifikācijas prasībām. Teorijas daļā ieteiktu mazāk jautājumu par koksnes anatomiju, bet tas ir gaumes jautājums. Eksāmena saturs ir atbalstāms, un to, manuprāt, var virzīt saskaņošanai tādu, kāds tas ir.',
    '',
    'Ar cieņu,',
    'Ilze Ozola',
    'SIA „Kurzemes mēbele”, ražošanas tehnoloģe',
    'Liepājā, 2026. gada 12. martā',
], rows=[(MEB, 'MIP', NC, E, D, 4), (MEB, 'PKE', S, E, D, 4)],
    author='Ilze Ozola', created=(2026, 3, 12),
    note='Letter. MIP: "atbalstāma" + condition in next sentence -> needs_corrections. PKE: optional remark ("gaumes jautājums"), "var virzīt tādu, kāds tas ir" -> supported.')

# ---------------------------------------------------------------- 02
build('r29a02_RE_ Motorzaga operators PKE.docx', [
    '**No:** Jānis Kalniņš <janis.kalnins@mezserviss.lv>',
    '**Nosūtīts:** otrdiena, 2026. gada 17. februāris 16:42',
    '**Kam:** Dace Kalve <dace.kalve@lddk.lv>',
    '**Tēma:** RE: Motorzāģa operatora PKE ekspertīze',
    '',
    'Labdien, Dace!',
    'Izskatīju motorzāģa operatora eksāmena materiālus. Teorijas jautājumi atbilst tam, ko puišiem reāli vajag zināt mežā, un praktiskajā daļā koku gāšanas uzdevums ir labi sastādīts – ar virziena noteikšanu, atkāpšanās ceļu, visu kā nākas. Vienīgais, ko pamanīju: 14. jautājumā drošības attālums norādīts metros, pārējos – koka garumos. Tas ir sīkums, darba grupa var izlabot, ja grib.',
    'Kopumā PKE saturu atbalstu un iesaku virzīt saskaņošanai.',
    'Programmu, kā runājām, skatās Māris, tāpēc par MIP neko nerakstu.',
    '',
    'Ar labu vēlējumu',
    'Jānis',
    '',
    '> **No:** Dace Kalve <dace.kalve@lddk.lv>',
    '> **Nosūtīts:** pirmdiena, 2026. gada 9. februāris 10:15',
    '> **Kam:** Jānis Kalniņš <janis.kalnins@mezserviss.lv>',
    '> **Tēma:** Motorzāģa operatora PKE ekspertīze',
    '> Labdien, Jāni!',
    '> Pielikumā motorzāģa operatora PKE saturs. Lūdzu atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Termiņš – 20. februāris.',
    '> Paldies!',
    '> Dace',
], rows=[(MOT, 'PKE', S, 'Jānis Kalniņš', '2026-02-17', None)],
    author='Dace Kalve', created=(2026, 2, 18),
    note='Outlook mail (Latvian headers) saved to Word. Verdict in first person; quoted coordinator mail lists all options (not a verdict). MIP explicitly not covered (Māris) -> no row. Expert name from the From: header (signature has first name only).')

# ---------------------------------------------------------------- 03
E = 'Andris Bērziņš'; D = '2026-05-05'
build('r29a03_Ekspertize_elektromontieris_elektrotehnikis_Berzins.docx', [
    '@r Dr.sc.ing. Andris Bērziņš',
    '@r SIA „Elektrotīkli Vidzeme”, tīklu ekspluatācijas daļas vadītājs',
    '@r LDDK deleģētais enerģētikas nozares eksperts',
    '',
    '# @c EKSPERTA ATZINUMS',
    '@c par profesionālo kvalifikāciju „Elektromontieris” un „Elektrotehniķis” modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu saturu',
    '',
    'Rīgā, 2026. gada 5. maijā',
    'Atzinums sagatavots pēc LDDK lūguma projekta 5. posmā. Izvērtēti darba grupas 2026. gada 17. aprīlī iesniegtie dokumenti.',
    '## 1. Elektromontieris (LKI 3. līmenis)',
    '1.1. Modulārā izglītības programma. Programma atbilst profesionālās kvalifikācijas prasībām, moduļi ir pēctecīgi, darba vidē balstīto mācību daļa aprakstīta saprotami. Īpaši vērtēju to, ka elektrodrošības jautājumi ir iestrādāti katrā modulī, nevis nodalīti atsevišķi. Uzskatu, ka programma ir atbalstāma un virzāma saskaņošanai.',
    '1.2. Profesionālās kvalifikācijas eksāmens. Praktiskajā uzdevumā nav paredzēta sprieguma neesamības pārbaude pirms darba uzsākšanas – tas ir būtiski un obligāti jāpapildina. Tāpat vērtēšanas lapā jānorāda, ka drošības prasību pārkāpums nozīmē uzdevuma neizpildi. Eksāmena saturu atbalstu ar nosacījumu, ka minētais tiek izlabots, pirms dokuments tiek virzīts saskaņošanai.',
    '## 2. Elektrotehniķis (LKI 4. līmenis)',
    '2.1. MIP. Programmā nav ietverti atjaunīgo energoresursu pieslēgšanas jautājumi, lai gan nozares kvalifikāciju struktūrā tie ir nosaukti kā jaunās prasmes. Moduļu sasniedzamie rezultāti daļēji dublējas (3. un 5. modulis), bet relejaizsardzībai atvēlēts nepietiekams apjoms. Šādā redakcijā programmu nevaru atbalstīt – tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
    '2.2. PKE. Eksāmena saturs ir sabalansēts, teorijas un prakses daļas attiecība atbilst līmenim. Iebildumu nav – saturs atbalstāms un virzāms saskaņošanai.',
    '',
    'A. Bērziņš',
], rows=[(EM, 'MIP', S, E, D, 3), (EM, 'PKE', NC, E, D, 3), (ET, 'MIP', NS, E, D, 4), (ET, 'PKE', S, E, D, 4)],
    author='Andris Bērziņš', created=(2026, 5, 5),
    note='Letterhead (name + role, academic title) above the title; numbered sections per qualification; "nevaru atbalstīt" -> not_supported; "atbalstu ar nosacījumu" -> needs_corrections. Expert without title.')

# ---------------------------------------------------------------- 04
build('r29a04_vgk sistemu tehnikis MIP piezimes.docx', [
    'VGK sistemu tehnikis - MIP (LKI 4)',
    'piezimes:',
    '- 3. modulis - nav ieklauta siltumsuknu apkope, musdienas tas ir pamats. japapildina',
    '- freonu apriti regule ES F-gazu regula, vajag atsauci',
    '- prakses apjoms ok, 7. modula rezultati ari ok',
    'Kopuma programmu atbalstu, bet pirms virzisanas saskanosanai jaizlabo 3. modulis un jaieliek atsauce uz F-gazu regulu.',
    '',
    'M. Liepa',
    '20.04.2026',
], rows=[(VGKT, 'MIP', NC, 'M. Liepa', '2026-04-20', 4)],
    author='', created=(2026, 4, 20), font='Calibri',
    note='Very short, hasty, no diacritics; alias VGK sistēmu tehniķis; initial + surname. "atbalstu, bet pirms virzisanas ... jaizlabo" -> needs_corrections.')

# ---------------------------------------------------------------- 05
E = 'Laura Vītola'; D = '2026-04-24'
build('r29a05_Vitola_atzinums_mezsaimniecibas tehnikis_MMO_2.karta.docx', [
    '# Atkārtotas ekspertīzes atzinums',
    'Eksperte: Laura Vītola, AS „Ziemeļu meži”, mežkopības speciāliste',
    'Datums: 2026. gada 24. aprīlī',
    '',
    'Šis atzinums attiecas uz darba grupas aprīļa sākumā iesniegtajām precizētajām redakcijām. Atgādināšu, ka pirmajā kārtā (2026. gada februārī) mežsaimniecības tehniķa programma netika atbalstīta, jo tajā gandrīz pilnībā trūka meža inventarizācijas un ģeotelpisko datu apstrādes, savukārt meža mašīnu operatora eksāmenam bija jāprecizē praktiskie uzdevumi. Meža mašīnu operatora programmu šoreiz vērtēju pirmo reizi.',
    '## Mežsaimniecības tehniķis',
    'Programma. Darba grupa ir ņēmusi vērā visus iepriekš izteiktos iebildumus: izveidots jauns modulis „Meža inventarizācija un datu apstrāde”, papildināti sasniedzamie rezultāti par meža atjaunošanu. Programma tagad ir atbalstāma un virzāma saskaņošanai.',
    'Eksāmens. Saturs kopš pirmās kārtas nav mainīts, un arī toreiz man pret to nebija iebildumu. Atkārtoju – atbalstāms un virzāms saskaņošanai.',
    '## Meža mašīnu operators',
    'MIP: moduļi atbilst tam, kā mūsdienās strādā harvestera un forvardera operatori, simulatora izmantošana paredzēta saprātīgā apjomā. Nav iebildumu; programma virzāma saskaņošanai.',
    'PKE: praktiskie uzdevumi ir precizēti, taču vērtēšanas lapā joprojām nav kritērija par augsnes bojājumu novēršanu pievešanas laikā. Eksāmena saturu atbalstu, ja pirms saskaņošanas vērtēšanas lapa tiks papildināta ar šo kritēriju.',
    '',
    'L. Vītola',
], rows=[(MEZT, 'MIP', S, E, D, None), (MEZT, 'PKE', S, E, D, None), (MMO, 'MIP', S, E, D, None), (MMO, 'PKE', NC, E, D, None)],
    author='Laura Vītola', created=(2026, 4, 24),
    note='Second-round review with history ("netika atbalstīta" in round 1 is history, not a verdict). "Nav iebildumu; virzāma" -> supported. PKE of MMO conditional "atbalstu, ja ..." -> needs_corrections.')

# ---------------------------------------------------------------- 06
E = 'Inga Kalēja'; D = '2026-03-31'
build('r29a06_Atzinums_kokmaterialu zavetajs.docx', [
    '**Ekspertīzes atzinums par profesionālās kvalifikācijas „Kokmateriālu žāvēšanas operators” (LKI 3. līmenis) MIP un PKE saturu**',
    '',
    'Kvalifikācija ir jauna, nozarē tās trūkums bija jūtams ilgi, tāpēc darba grupas ieguldījumu vērtēju atzinīgi. Tālāk – piezīmes par abiem dokumentiem.',
    'Modulārajā programmā labi izstrādāti moduļi par kaltes režīmu izvēli un mitruma mērījumiem. Trūkst moduļa vai vismaz sasniedzamo rezultātu par kaltes iekārtu tehnisko apkopi, un nav minēta energoefektivitāte, kas uzņēmumiem šobrīd ir galvenā izmaksu pozīcija.',
    'Eksāmena saturs diemžēl neatbilst kvalifikācijas līmenim: teorijas tests pārsvarā pārbauda kokapstrādes vispārīgās zināšanas, bet praktiskais uzdevums (žāvēšanas režīma sastādīšana) ir tikai rakstisks, bez darba ar reālu kaltes vadības sistēmu vai tās simulatoru.',
    '**Noslēgumā.** MIP saturs ir atbalstāms, taču saskaņošanai virzāms tikai pēc tam, kad būs papildināts ar iepriekš minēto par apkopi un energoefektivitāti. PKE saturs pašreizējā redakcijā nav atbalstāms – eksāmens būtībā jāizstrādā no jauna un jāiesniedz atkārtotai ekspertīzei.',
    '',
    'Ar cieņu,',
    'Inga Kalēja',
    'SIA „Zaļā kalte”, tehniskā direktore',
    'Jelgavā, 31.03.2026.',
], rows=[('kokmateriālu žāvēšanas operators', 'MIP', NC, E, D, 3), ('kokmateriālu žāvēšanas operators', 'PKE', NS, E, D, 3)],
    problems=['unknown_qualification'], author='Inga Kalēja', created=(2026, 3, 31),
    note='Qualification not in the register ("Kokmateriālu žāvēšanas operators", LKI 3 from the review). Conclusion under "Noslēgumā".')

# ---------------------------------------------------------------- 07
build('r29a07_Mehatronika_MIP_komentari_Grinbergs.docx', [
    '**Mehatronisko sistēmu tehniķa MIP – eksperta komentāri**',
    'Kārlis Grīnbergs, 2026. gada 14. janvārī',
    '',
    'Nosūtu savus pirmos komentārus par programmu, lai darba grupa var sākt strādāt, kamēr vēl nav tikšanās.',
    '1. modulis „Mehatronisko sistēmu uzbūve” – labi, tikai terminoloģija jāsaskaņo ar standartu (vietām „mehatroniskā iekārta”, vietām „mehatroniskā sistēma”).',
    '4. modulis „Programmējamie loģiskie kontrolieri” – tas ir programmas kodols, bet apjoms (80 stundas) šķiet par mazu. Nozares uzņēmumi noteikti atbalsta ideju par vairāk praktisko darbu ar PLC, to dzirdēju arī klastera sanāksmē.',
    '6. modulis „Robotika” – nav skaidrs, uz kāda aprīkojuma skola plāno to īstenot.',
    'Darba vidē balstīto mācību sadaļā trūkst aprakstīta mentora loma.',
    'Gala vērtējumu par programmu sniegšu pēc tikšanās ar darba grupu 21. janvārī, kad būs skaidrs, vai PLC modulis tiks paplašināts un kāds aprīkojums būs pieejams robotikai.',
    '',
    'K. Grīnbergs',
], rows=[(MEH, 'MIP', UNK, 'Kārlis Grīnbergs', '2026-01-14', None)],
    problems=['no_verdict'], author='Kārlis Grīnbergs', created=(2026, 1, 14),
    note='Interim comments on MIP, verdict explicitly postponed -> unknown + no_verdict. Trap: "uzņēmumi ... atbalsta ideju" (third person, not a verdict). PKE not mentioned -> no row.')

# ---------------------------------------------------------------- 08
E = 'Oskars Vanags'; D = '2026-04-09'
build('r29a08_datorizetu kokapstrades iek operators_atzinums_FINAL.docx', [
    '**Atzinums par kvalifikācijas „Datorizētu kokapstrādes iekārtu operators” MIP un PKE saturu**',
    'Eksperts: Oskars Vanags',
    '2026. gada 9. aprīlī',
    '',
    'Programmu izvērtēju detalizēti pa moduļiem. CAD/CAM modulis ir labi sabalansēts, iekārtu apkopes modulis atbilst tam, ko sagaidām no operatora uzņēmumā. Darba drošības prasības iestrādātas katrā modulī.',
    'Eksāmena teorijas daļā ir 40 jautājumi, praktiskajā daļā – detaļas izgatavošana pēc rasējuma ar vadības programmas sagatavošanu.',
    '**Slēdziens**',
    'MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    '',
    '**Kopvērtējums**',
    'Modulārā programma kopumā ir laba un virzāma saskaņošanai. Eksāmena saturs turpretim nav atbalstāms, jo praktiskais uzdevums neatbilst LKI 4. līmenim – tas pārbauda tikai iekārtas ieslēgšanu un gatavas programmas palaišanu.',
    '',
    'O. Vanags',
], rows=[(DKIO, 'MIP', S, E, D, 4), (DKIO, 'PKE', UNK, E, D, 4)],
    problems=['conflict'], author='Dace Kalve', created=(2026, 4, 10),
    note='Two closing sections (Slēdziens, Kopvērtējums) of equal weight: MIP consistent (supported); PKE supported in one, not supported in the other -> unknown + conflict. File named FINAL, author = coordinator.')

# ---------------------------------------------------------------- 09
E = 'Aivars Dombrovskis'; D = '2026-03-19'
build('r29a09_Fwd_ KIRT atzinums.docx', [
    '---------- Forwarded message ---------',
    'From: Aivars Dombrovskis <aivars.dombrovskis@gmail.com>',
    'Date: Thu, Mar 19, 2026 at 9:03 PM',
    'Subject: KIRT atzinums',
    'To: <dace.kalve@lddk.lv>',
    '',
    'Sveiki!',
    'Nosūtu atzinumu par koka izstrādājumu ražošanas tehniķi (turpmāk KIRT), atvainojos, ka vēlu vakarā.',
    'Programma un eksāmens kopumā veidoti pārdomāti, redzams, ka darba grupā bijuši cilvēki no ražošanas. Ražošanas plānošanas modulis ir pat labāks, nekā gaidīju.',
    'Abus dokumentus – gan programmu, gan eksāmena saturu – atbalstu. Saskaņošanai tos gan var virzīt tikai tad, kad darba grupa būs izlabojusi zemāk minēto:',
    '1) programmā kvalitātes kontroles modulī jāpievieno mērinstrumentu kalibrēšana un statistiskā procesu kontrole;',
    '2) eksāmena praktiskajā uzdevumā jānorāda, kādas izejvielas un kādos apjomos nodrošina eksaminētājs;',
    '3) abos dokumentos vienādi jāsauc kvalifikācija – vietām rakstīts „koka izstrādājumu tehniķis”.',
    '',
    'Aivars Dombrovskis',
    'SIA „Baltic Timber Components”, ražošanas direktors',
], rows=[(KIRT, 'MIP', NC, E, D, None), (KIRT, 'PKE', NC, E, D, None)],
    author='Dace Kalve', created=(2026, 3, 20), font='Arial',
    note='Gmail message forwarded and pasted into Word (English headers). Abbreviation KIRT; "abus dokumentus ... atbalstu. Saskaņošanai ... tikai tad, kad" -> both needs_corrections.')

# ---------------------------------------------------------------- 10
E = 'Toms Sproģis'; D = '2026-06-10'
build('r29a10_Galdnieki_MIP_vertejums_Sprogis.docx', [
    '**Mg.sc.ing. Toms Sproģis**',
    'LDDK deleģētais kokrūpniecības nozares eksperts',
    '',
    '**Vērtējums par būvizstrādājumu galdnieka un mēbeļu galdnieka modulārajām izglītības programmām**',
    '',
    'Šajā kārtā darba grupa iesniedza tikai programmas; PKE saturs tiks iesniegts vēlāk, tāpēc eksāmenus šoreiz nevērtēju.',
    '__Būvizstrādājumu galdnieks.__ Programmas uzbūve ir skaidra. Iebildumi ir pret 4. moduli „Logu un durvju montāža”: tas šādā apjomā nav atbalstāms, jo montāža būvobjektā ir cita kvalifikācija, un galdniekam pietiek ar izstrādājumu sagatavošanu montāžai. Moduli vajadzētu saīsināt un pārdēvēt.',
    '__Mēbeļu galdnieks.__ Programma atbilst tam, ko apspriedām nozares sanāksmē martā, visas toreiz izteiktās piezīmes ir ņemtas vērā. Man nav ko piebilst.',
    '**Rezumējot:** abas programmas ir atbalstāmas. Būvizstrādājumu galdnieka programma virzāma saskaņošanai pēc 4. moduļa precizēšanas, mēbeļu galdnieka programma – bez precizējumiem.',
    '',
    'Ogrē, 10.06.2026.',
], rows=[(BUV, 'MIP', NC, E, D, None), (MEB, 'MIP', S, E, D, None)],
    author='Toms Sproģis', created=(2026, 6, 10),
    note='Module-level "nav atbalstāms" in the body is outranked by "Rezumējot". "bez precizējumiem" = supported. PKE explicitly not reviewed -> no rows. Name at top (letterhead), title stripped.')

# ---------------------------------------------------------------- 11
E = 'Edgars Krūmiņš'; D = '2026-03-03'
build('r29a11_Meza masinu operators_Krumins.docx', [
    'Labdien!',
    'Pēc LDDK lūguma esmu izvērtējis meža mašīnu operatora (LKI 3) kvalifikācijas dokumentus – modulāro programmu un kvalifikācijas eksāmena saturu. Zemāk mani novērojumi.',
    '**A) Modulārā izglītības programma**',
    'Programma aptver visu, ko operatoram vajag: mašīnas uzbūvi, ikdienas apkopi, darbu ar simulatoru un reālu tehniku, meža apsaimniekošanas pamatus. Patīk, ka iekļauta arī digitālā dokumentācija (mežizstrādes plāni planšetē). Nav iebildumu. Programma virzāma saskaņošanai.',
    '**B) Kvalifikācijas eksāmens**',
    'Teorijas daļa laba. Praktiskajā daļā simulatora uzdevumam nav noteikts laika limits un nav skaidrs, kā vērtē degvielas patēriņu – to obligāti vajag precizēt, citādi eksaminētāji vērtēs katrs savādāk. Eksāmena saturu var atbalstīt, taču pirms virzīšanas saskaņošanai šie precizējumi jāveic.',
    '',
    'Edgars Krūmiņš',
    'SIA „Forest Machinery Service”, servisa vadītājs',
    '2026. gada 3. martā',
], rows=[(MMO, 'MIP', S, E, D, 3), (MMO, 'PKE', NC, E, D, 3)],
    author='Edgars Krūmiņš', created=(2026, 3, 3),
    note='Lettered sections A/B per document. "Nav iebildumu" (positive) + "virzāma" -> supported; PKE "var atbalstīt, taču pirms virzīšanas ... jāveic" -> needs_corrections.')

# ---------------------------------------------------------------- 12
E = 'K. Zvaigzne'; D = '2026-03-27'
build('r29a12_RE_ atzinumi.docx', [
    'Kokapstrādes iekārtu operatora MIP – atbalstu bez precizējumiem, var virzīt saskaņošanai. PKE – tāpat.',
    'Motorzāģa operatora PKE gan neatbalstu: praktiskais uzdevums nav droši izpildāms mācību meža apstākļos, jāpārtaisa un jāatsūta vēlreiz.',
    '',
    'K. Zvaigzne, 27.03.2026.',
], rows=[(KIO, 'MIP', S, E, D, None), (KIO, 'PKE', S, E, D, None), (MOT, 'PKE', NS, E, D, None)],
    author='Kristīne Zvaigzne', created=(2026, 3, 27), font='Calibri',
    note='Very short. "PKE – tāpat" inherits the MIP verdict (supported). "neatbalstu" -> not_supported. Name as written: initial + surname (core author has full name, label follows the text).')

# ---------------------------------------------------------------- 13
E = 'Gunta Pētersone'; D = '2026-05-14'
build('r29a13_VGK remontatslēdznieks_labots.docx', [
    '**Atzinums par VGK iekārtu remontatslēdznieka modulāro programmu un kvalifikācijas eksāmenu**',
    'Sagatavoja: Gunta Pētersone, SIA „Klimata serviss”, apkopes daļas vadītāja',
    'Datums: 14.05.2026.',
    '',
    'Programmu vērtēju kā ļoti praktisku. Moduļi par dzesēšanas kontūra remontu un lodēšanu ir izstrādāti detalizēti, prakses apjoms ir pietiekams. Programma ir atbalstāma un virzāma saskaņošanai.',
    'Par eksāmenu piezīmes:',
    '1. Teorijas jautājumos ir divi gandrīz vienādi jautājumi (7. un 19.).',
    '2. Praktiskajā uzdevumā jānorāda, ka darbs ar aukstumaģentu notiek tikai ar sertifikātu vai instruktora uzraudzībā.',
    '3. Ieteicams pievienot attēlus pie shēmu jautājumiem (nav obligāti).',
    '4. Vērtēšanas kritērijos punktu summa nav 100, bet 96.',
    '5. Jāprecizē eksāmena ilgums praktiskajai daļai.',
    '[-Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.-][+Eksāmena saturs ir atbalstāms; pēc precizējumu veikšanas (sk. 2., 4. un 5. piezīmi) virzāms saskaņošanai.+]',
    '',
    'G. Pētersone',
], rows=[(VGKR, 'MIP', S, E, D, None), (VGKR, 'PKE', NC, E, D, None)],
    author='Gunta Pētersone', created=(2026, 5, 13), track=('Gunta Pētersone', '2026-05-14T08:12:00Z'),
    note='Tracked changes: the old PKE verdict is in w:del (supported), the current one in w:ins (needs_corrections). Alias "VGK iekārtu remontatslēdznieks" in genitive.')

# ---------------------------------------------------------------- 14
E = 'Roberts Ziedonis'; D = '2026-06-04'
build('r29a14_Energetika_2.karta_Ziedonis.docx', [
    'Labdien, cienījamā koordinatore!',
    'Šajā vēstulē apkopoju savu viedokli par trim enerģētikas nozares dokumentiem, kas man tika nosūtīti maija beigās.',
    'Par elektrotehniķa programmu: salīdzinot ar pirmo redakciju, kuru kolēģis maijā neatbalstīja, darba grupa to ir būtiski uzlabojusi – iekļauti atjaunīgo energoresursu pieslēgšanas jautājumi un novērsta moduļu dublēšanās. Atlikušas dažas neprecizitātes terminoloģijā un relejaizsardzības modulī nav minēti digitālie aizsardzības termināli. Programma ir atbalstāma, bet pirms saskaņošanas tās jāizlabo.',
    'Savukārt elektromontiera eksāmena saturs ir labi sagatavots: uzdevumi atbilst reālajam darbam sadales tīklos, vērtēšana ir objektīva. Atbalstu un iesaku virzīt saskaņošanai.',
    'Visbeidzot – ventilācijas un gaisa kondicionēšanas sistēmu tehniķa eksāmens. Teorijas daļa varētu būt nedaudz īsāka, taču tas nav būtiski. Saturu atbalstu, virzāms saskaņošanai.',
    '',
    'Ar cieņu,',
    'Roberts Ziedonis',
    'enerģētikas nozares eksperts',
    '2026. gada 4. jūnijā',
], rows=[(ET, 'MIP', NC, E, D, None), (EM, 'PKE', S, E, D, None), (VGKT, 'PKE', S, E, D, None)],
    author='Roberts Ziedonis', created=(2026, 6, 4),
    note='Three qualifications inside running text (genitive forms), one document each. History ("kolēģis neatbalstīja") is not the verdict. "nav būtiski" remark does not make a condition.')

# ---------------------------------------------------------------- 15
E = 'Anita Avotiņa'; D = '2026-04-08'
build('r29a15_PKE_kokrupnieciba_Avotina.docx', [
    'Dr. Anita Avotiņa',
    'Latvijas Biozinātņu un tehnoloģiju universitāte, Kokapstrādes katedra',
    '2026.gada 8.aprīlī',
    '',
    '**Par trīs kokrūpniecības kvalifikāciju eksāmenu saturu**',
    'Šoreiz vērtēju tikai profesionālās kvalifikācijas eksāmenu saturu; programmas vērtē citi eksperti.',
    '**MĒBEĻU GALDNIEKS**',
    'Eksāmena uzdevumi ir daudzveidīgi, praktiskajā daļā ietverta gan roku darbarīku, gan iekārtu izmantošana. Vērtēšanas kritēriji skaidri. Eksāmena saturs atbalstāms un virzāms saskaņošanai.',
    '**BŪVIZSTRĀDĀJUMU GALDNIEKS**',
    'Praktiskais uzdevums (kāpņu posma izgatavošana) nav izpildāms paredzētajās sešās stundās pat pieredzējušam meistaram. Teorijas jautājumu puse attiecas uz mēbelēm, nevis būvizstrādājumiem. Šādu eksāmena saturu neatbalstu; tas jāizstrādā no jauna un jāiesniedz atkārtoti.',
    '**KOKAPSTRĀDES IEKĀRTU OPERATORS**',
    'Kopumā atbilstošs. Atbalstāms, ja tiks precizēti vērtēšanas kritēriji praktiskajam uzdevumam (šobrīd nav noteikts pieļaujamās novirzes lielums) – tikai pēc tam virzīt saskaņošanai.',
], rows=[(MEB, 'PKE', S, E, D, None), (BUV, 'PKE', NS, E, D, None), (KIO, 'PKE', NC, E, D, None)],
    author='Anita Avotiņa', created=(2026, 4, 8),
    note='ALL-CAPS section headings, three qualifications, PKE only (MIP explicitly by others -> no rows). Name/date at top, academic title stripped.')

# ---------------------------------------------------------------- 16
E = 'Ēriks Rudzītis'; D = '2026-03-20'
build('r29a16_Mehatronika_atzinums_Rudzitis.docx', [
    'Profesionālā kvalifikācija: mehatronisko sistēmu tehniķis',
    'Eksperts: Ēriks Rudzītis, SIA „Baltic Automation”, projektu inženieris',
    '',
    'Iepazinos ar programmu un eksāmena saturu pēc to precizēšanas. Programma tagad aptver gan pneimatiku un hidrauliku, gan PLC programmēšanu un robotizētas šūnas apkopi; darba grupa ir paplašinājusi 4. moduli, kā to ieteica kolēģis Grīnbergs janvārī.',
    'Eksāmenā teorijas daļa atbilst, bet praktiskajā uzdevumā ir jānorāda konkrēts kontrollera tips vai jāpieļauj vairāki, un vērtēšanas lapā jāpievieno kritērijs par dokumentācijas aizpildīšanu.',
    '**Slēdziens** (nevajadzīgo svītrot):',
    'MIP saturs: atbalstāms un virzāms saskaņošanai / ~~atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai~~ / ~~nav atbalstāms~~',
    'PKE saturs: ~~atbalstāms un virzāms saskaņošanai~~ / atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / ~~nav atbalstāms~~',
    '',
    'Valmierā, 20.03.2026.',
    'Ē. Rudzītis',
], rows=[(MEH, 'MIP', S, E, D, None), (MEH, 'PKE', NC, E, D, None)],
    author='Ēriks Rudzītis', created=(2026, 3, 20),
    note='Prose then a "nevajadzīgo svītrot" conclusion: non-chosen options carry w:strike. Body remarks on PKE consistent with the chosen option.')

# ---------------------------------------------------------------- 17
build('r29a17_RE_ RE_ motorzāģa operators MIP.docx', [
    '**From:** Māris Eglītis <maris.eglitis@latmezs.lv>',
    '**Sent:** Friday, February 20, 2026 11:37 AM',
    '**To:** Dace Kalve <dace.kalve@lddk.lv>',
    '**Subject:** RE: RE: motorzāģa operators MIP',
    '',
    'Dace, sveika!',
    'Atvaino par kavēšanos, bija inventarizācija. Programmu izskatīju. Pārsvarā viss kārtībā, bet modulī „Koku gāšana sarežģītos apstākļos” nav nekā par vējgāžu izstrādi, un individuālo aizsardzības līdzekļu saraksts ir novecojis (nav minētas bikses ar aizsargslāni). Tātad – atbalstu, bet darba grupai vispirms tas jāizlabo, un tikai tad programmu var virzīt saskaņošanai.',
    'Māris',
    '',
    '> **From:** Dace Kalve <dace.kalve@lddk.lv>',
    '> **Sent:** Monday, February 16, 2026 9:02 AM',
    '> **To:** Māris Eglītis <maris.eglitis@latmezs.lv>',
    '> **Subject:** RE: motorzāģa operators MIP',
    '> Māri, labdien! Atgādinu par motorzāģa operatora MIP. PKE Jānis jau ir atbalstījis, tāpēc gaidām tikai Tavu vērtējumu par programmu.',
    '> Dace',
], rows=[(MOT, 'MIP', NC, 'Māris Eglītis', '2026-02-20', None)],
    author='Dace Kalve', created=(2026, 2, 20), font='Calibri',
    note='Outlook mail with English headers; quoted coordinator mail reports another expert\'s PKE verdict (hearsay, not this review) -> no PKE row. "atbalstu, bet ... vispirms jāizlabo, un tikai tad" -> needs_corrections.')

# ---------------------------------------------------------------- 18
E = 'Baiba Dzene'; D = '2026-05-28'
build('r29a18_Elektro_PKE_Dzene.docx', [
    '**Eksperta viedoklis par elektrotehniķa un elektromontiera kvalifikācijas eksāmenu saturu**',
    '',
    'Man uzticēts izvērtēt tikai eksāmenu saturu (programmas nav manā uzdevumā).',
    'Elektrotehniķis (LKI 4. līmenis; vecajā klasifikācijā – 3. PKL). Eksāmena praktiskais uzdevums ir vienkāršs instalācijas montāžas darbs, kas vairāk atbilst elektromontiera līmenim. Nav pārbaudīta prasme izstrādāt shēmu, veikt mērījumus un noformēt pieņemšanas dokumentāciju. Teorijas jautājumi daļēji novecojuši (atsauces uz spēkā neesošiem standartiem).',
    'Elektromontieris (LKI 3. līmenis). Uzdevumi atbilst līmenim, vērtēšanas lapa ir pārskatāma.',
    '**Secinājumi**',
    '1) Elektrotehniķa PKE saturs nav atbalstāms; eksāmens jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
    '2) Elektromontiera PKE saturs atbalstāms un virzāms saskaņošanai.',
    '',
    'Baiba Dzene',
    'AS „Rīgas siltumenerģija”, elektroiecirkņa vadītāja',
    '2026-05-28',
], rows=[(ET, 'PKE', NS, E, D, 4), (EM, 'PKE', S, E, D, 3)],
    author='Baiba Dzene', created=(2026, 5, 28),
    note='Old PKL level stated next to LKI (consistent). PKE only, MIP explicitly not in scope. Verdicts under "Secinājumi", ISO date.')

# ---------------------------------------------------------------- 19
E = 'Valdis Rozenbergs'; D = '2026-06-16'
build('r29a19_Metinatajs_MIP_PKE_Rozenbergs.docx', [
    '@r Dr.sc.ing. Valdis Rozenbergs',
    '@r Mašīnbūves un metālapstrādes nozares eksperts',
    '',
    '**Atzinums par profesionālās kvalifikācijas „Metinātājs” (LKI 3. līmenis) modulāro izglītības programmu un eksāmena saturu**',
    '',
    'Kvalifikācija nozarē ir viena no pieprasītākajām, un darba grupas paveiktais ir apjomīgs. Programmā aptverti loka metināšanas procesi (111, 135, 141), termiskā griešana, šuvju kvalitātes vizuālā kontrole, darba drošība. Atbilstība standartam LVS EN ISO 9606-1 ir nodrošināta. Programmai iebildumu nav, to var virzīt saskaņošanai.',
    'Eksāmena saturs kopumā atbilst, taču praktiskajā daļā nav norādīts, kā tiek pārbaudīti metinājuma paraugi (lieces tests vai tikai vizuāla kontrole), un eksāmena ilgums nav samērots ar paraugu skaitu. Eksāmena saturs ir atbalstāms, un pēc šo precizējumu veikšanas virzāms saskaņošanai.',
    '',
    'Rīgā, 2026. gada 16. jūnijā',
], rows=[('metinātājs', 'MIP', S, E, D, 3), ('metinātājs', 'PKE', NC, E, D, 3)],
    problems=['unknown_qualification'], author='Valdis Rozenbergs', created=(2026, 6, 16),
    note='Qualification "Metinātājs" not in the register. Right-aligned letterhead with academic title; no signature at the end.')

# ---------------------------------------------------------------- 20
E = 'Sandis Ločmelis'; D = '2026-04-22'
build('r29a20_CNC_operators_atzinums.docx', [
    '**Atzinums**',
    '**par profesionālās kvalifikācijas „Datorizētu kokapstrādes iekārtu operators” MIP un PKE saturu**',
    '',
    'Cēsīs, 2026. gada 22. aprīlī',
    '',
    'Mūsu uzņēmumā strādā astoņi CNC operatori, trīs no viņiem ir profesionālās izglītības iestāžu absolventi, tāpēc šo programmu un eksāmenu vērtēju ar īpašu interesi.',
    'Programma kopumā ir laba un atbalstāma. Tomēr pirms tās virzīšanas saskaņošanai jāpapildina 5. modulis ar instrumentu nodiluma kontroli un jāsamazina dublēšanās starp 2. un 3. moduli (abos māca rasējumu lasīšanu).',
    'Eksāmena saturs labi atspoguļo reālu darba dienu: operators saņem rasējumu, sagatavo programmu, iestata iekārtu un izgatavo detaļu. Saturs atbalstāms bez precizējumiem, iesaku to virzīt saskaņošanai.',
    '',
    'Sandis Ločmelis',
], rows=[(DKIO, 'MIP', NC, E, D, None), (DKIO, 'PKE', S, E, D, None)],
    author='Sandis Ločmelis', created=(2026, 4, 22),
    header=['Sandis Ločmelis | SIA „Koka Tehnoloģijas” | ražošanas vadītājs', 'Rūpniecības iela 4, Cēsis, LV-4101'],
    note='Letterhead in the page header (w:hdr). Condition in the next sentence ("Tomēr pirms ... jāpapildina") -> needs_corrections; "bez precizējumiem" -> supported.')

# ---------------------------------------------------------------- 21
E = 'Juris Salmins'; D = '2026-06-15'
build('r29a21_meza masinu un motorzaga operatori_atzinums_Salmins.docx', [
    'Atzinums par meza masinu operatora MIP un PKE un motorzaga operatora PKE',
    '',
    'Sveiki,',
    'rakstu bez garumzimem, jo esmu komandejuma un stradaju no cita datora, atvainojos.',
    'Sakuma par meza masinu operatora programmu. Salidzinot ar to, ko redzeju pagajusa gada rudeni, programma ir kluvusi plasaka, bet diemzel ne labaka. Simulatora stundu skaits samazinats lidz 60, kas ir par maz – musu uznemuma jaunais operators bez 150-200 stundam simulatora pie harvestera vispar netiek laists. Modulis par tehnikas apkopi ir parak teoretisks, nav paredzets darbs servisa. Nav ieklauta darba organizacija ciršanas vieta un darbs ar mezistrades planiem digitali. Sobrid programmu neatbalstu – ta japarstrada un jaiesniedz atkartoti.',
    'Meza masinu operatora eksamens ir labaks par programmu. Praktiskais uzdevums uz simulatora ir labi izdomats, tikai jaieliek skaidrs laika limits un japrecize, ka verte sortimentu izvelesanos. Eksamena saturu atbalstu, bet virzit saskanosanai tikai pec tam, kad sie precizejumi bus veikti.',
    'Motorzaga operatora eksamens – ok, iebildumu nav, var virzit saskanosanai.',
    'Ja ir jautajumi, zvaniet, nakamnedel busu Rigā.',
    '',
    'Juris Salmins',
    '15.06.2026',
], rows=[(MMO, 'MIP', NS, E, D, None), (MMO, 'PKE', NC, E, D, None), (MOT, 'PKE', S, E, D, None)],
    author='Juris Salmiņš', created=(2026, 6, 15), font='Calibri',
    note='Long memo without diacritics (name too, kept as written). "neatbalstu – ... jaiesniedz atkartoti" -> not_supported; PKE conditional; "ok, iebildumu nav, var virzit" -> supported.')

# ---------------------------------------------------------------- 22
E = 'Liene Kronberga'; D = '2026-05-07'
build('r29a22_VGK_tehnikis_Kronberga.docx', [
    '**Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4) – ekspertīze**',
    'Liene Kronberga, 2026. gada 7. maijā',
    '',
    '**Programma**',
    'Programma ir mūsdienīga: iekļauta ēku automātikas sistēmu integrācija, energoefektivitātes aprēķini, siltumsūkņu un rekuperācijas iekārtu apkope. Moduļu apjomi samērīgi. Atbalstu programmu un iesaku virzīt to saskaņošanai.',
    '**Eksāmens**',
    'Teorijas jautājumi atbilst līmenim. Praktiskā uzdevuma aprakstā minēts, ka vērtēšanas lapas būs pielikumā, taču pielikums man netika nosūtīts, tāpēc nevaru pateikt, kā tiks vērtēta sistēmas regulēšana un dokumentācijas aizpildīšana. Vēl jāsaskaņo termini ar profesijas standartu (vietām „kondicionētājs”, vietām „gaisa kondicionēšanas iekārta”).',
    'Par eksāmena saturu kopumā viedokli sniegšu, kad saņemšu vērtēšanas lapas.',
    '',
    'L. Kronberga',
    'SIA „Ventilācijas risinājumi”',
], rows=[(VGKT, 'MIP', S, E, D, 4), (VGKT, 'PKE', UNK, E, D, 4)],
    problems=['no_verdict'], author='Liene Kronberga', created=(2026, 5, 7),
    note='MIP clear (supported). PKE reviewed with remarks but verdict postponed until the missing annex arrives -> unknown + no_verdict.')

# ---------------------------------------------------------------- 23
E = 'Zane Mūrniece'; D = '2026-07-02'
build('r29a23_KIRT_3redakcija_galigais.docx', [
    '**Koka izstrādājumu ražošanas tehniķis – MIP un PKE (3. redakcija)**',
    '',
    'Īsa vēsture, lai būtu skaidrs, uz ko attiecas šis atzinums. Pirmajā kārtā (2026. gada janvārī) programma netika atbalstīta, jo nebija iekļauta ražošanas plānošana un kvalitātes vadība. Otrajā kārtā (martā) kolēģis A. Dombrovskis programmu un eksāmenu atbalstīja ar precizējumiem. Darba grupa jūnija beigās iesniedza trešo redakciju, kurā ir veikti visi pieprasītie labojumi, arī mērinstrumentu kalibrēšana un statistiskā procesu kontrole.',
    'Izvērtējot trešo redakciju, secinu, ka programma ir atbalstāma un virzāma saskaņošanai.',
    'Eksāmena saturā precizēts praktiskā uzdevuma materiālu nodrošinājums, kvalifikācijas nosaukums abos dokumentos tagad vienāds. Arī eksāmena saturs ir atbalstāms un virzāms saskaņošanai.',
    '',
    'Zane Mūrniece',
    'SIA „Vidzemes finieris”, kvalitātes vadītāja',
    '02.07.2026.',
], rows=[(KIRT, 'MIP', S, E, D, None), (KIRT, 'PKE', S, E, D, None)],
    author='Zane Mūrniece', created=(2026, 7, 2),
    note='Heavy history (round 1 not supported, round 2 with corrections) before the current verdict on the third version: both supported. File named "galigais".')

# ---------------------------------------------------------------- 24
build('r29a24_mehatronika PKE - Zarins (gmail).docx', [
    'Gmail – Re: mehatroniķu PKE',
    '',
    'Rihards Zariņš <rihards.zarins@gmail.com>        2026. gada 11. marts 22:14',
    'Kam: Dace Kalve <dace.kalve@lddk.lv>',
    '',
    'Dace, īsumā par mehatroniķu PKE – saturs ok, var virzīt tālāk uz saskaņošanu, ja izlabos 2 lietas:',
    '- praktiskajā uzdevumā pneimatikas shēma ir ar kļūdu (vārsts 1V2 pieslēgts otrādi)',
    '- vērtēšanas lapā nav punktu par drošu sistēmas atslēgšanu',
    'Bez tā nevirzītu.',
    'Rihards',
    '',
    '> 2026. gada 2. marts 14:03, Dace Kalve <dace.kalve@lddk.lv> rakstīja:',
    '> Rihard, sveiks! Lūdzu, vai vari līdz 13. martam paskatīties mehatronisko sistēmu tehniķa PKE saturu? MIP jau izvērtēja Ēriks.',
], rows=[(MEH, 'PKE', NC, 'Rihards Zariņš', '2026-03-11', None)],
    author='Dace Kalve', created=(2026, 3, 12), font='Arial',
    note='Gmail print pasted into Word (Latvian). Informal "mehatroniķu PKE"; "var virzīt ... ja izlabos" + "Bez tā nevirzītu" -> needs_corrections. MIP by another expert (quoted) -> no row.')

# ---------------------------------------------------------------- 25
E = 'Sarmīte Kalniņa'; D = '2026-02-26'
build('r29a25_Energetika_MIP_Kalnina_atzinums.docx', [
    'LDDK projekta koordinatorei',
    '',
    '**Atzinums par trīs enerģētikas nozares kvalifikāciju modulārajām izglītības programmām**',
    '',
    'Izskatīju darba grupas februārī iesniegtās programmas. Eksāmenu saturs man netika nodots, tāpēc par PKE šajā atzinumā neizsakos.',
    '1) Elektromontieris. Programmā nav atspoguļotas prasības darbam zem sprieguma un elektroietaišu ekspluatācijas noteikumi, praktisko mācību apjoms uzņēmumā ir tikai 160 stundas, moduļu rezultāti formulēti kā tēmas, nevis kā prasmes. Programma nav pilnībā atbalstāma – tā būtiski jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.',
    '2) Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks. Programma ir praktiska un atbilst kvalifikācijas līmenim, iebildumu nav. Atbalstāma un virzāma saskaņošanai.',
    '3) Elektrotehniķis. Saturs kopumā atbilstošs, tomēr jāprecizē 6. moduļa nosaukums un jāpievieno mērījumu protokolu noformēšana. Pēc tam programmu var virzīt saskaņošanai; atbalstu.',
    '',
    'Ar cieņu',
    'Sarmīte Kalniņa, Mg.sc.ing.',
    'elektroenerģētikas eksperte',
    '26.02.2026',
], rows=[(EM, 'MIP', NS, E, D, None), (VGKR, 'MIP', S, E, D, None), (ET, 'MIP', NC, E, D, None)],
    author='Sarmīte Kalniņa', created=(2026, 2, 26),
    note='Numbered "1) 2) 3)" sections, MIP only (PKE explicitly not covered). "nav pilnībā atbalstāma – ... jāiesniedz atkārtotai ekspertīzei" -> not_supported. Title after the name.')

# ---------------------------------------------------------------- 26
E = 'Santa Lāce'; D = '2026-06-25'
build('r29a26_Mebelu galdnieks_Lace.docx', [
    'Mg.paed. Santa Lāce',
    'Mēbeļu ražotāju asociācijas valdes locekle',
    '',
    '**Mēbeļu galdnieka programmas un eksāmena atkārtota izvērtēšana**',
    '',
    'Darba grupa ir novērsusi martā ekspertes I. Ozolas norādītās nepilnības: apdares modulis paplašināts līdz 80 stundām, CNC moduļa sasniedzamie rezultāti konkretizēti.',
    'Modulārā izglītības programma atbilst nozares vajadzībām, moduļu struktūra ir loģiska un pēctecīga. Eksāmena saturs nav mainīts, un arī es to vērtēju kā atbilstošu.',
    '**Kopvērtējums.** Gan programmas, gan eksāmena saturs ir atbalstāms un virzāms saskaņošanai.',
    '**Ieteikumi** (nav obligāti, darba grupa var ņemt vērā pēc saviem ieskatiem, saskaņošanu tie neietekmē):',
    '– programmas ievadā varētu minēt ilgtspējīgu materiālu izmantošanu;',
    '– eksāmena teorijas daļā varētu būt vairāk jautājumu par darba aizsardzību.',
    '',
    'Rīgā, 2026. gada 25. jūnijā',
], rows=[(MEB, 'MIP', S, E, D, None), (MEB, 'PKE', S, E, D, None)],
    author='Santa Lāce', created=(2026, 6, 25),
    note='Optional suggestions after the conclusion explicitly do not affect forwarding -> supported for both. History refers to an earlier review (file 01).')

# ---------------------------------------------------------------- 27
E = 'Valters Briedis'; D = '2026-06-02'
build('r29a27_PKE_datorizētie_kokapstrāde_Briedis.docx', [
    'Rīgā, 2026. gada 2. jūnijā',
    '',
    '**Par datorizētu kokapstrādes iekārtu operatora un kokapstrādes iekārtu operatora kvalifikācijas eksāmenu saturu**',
    '',
    'Pēc koordinatores lūguma izvērtēju abu kvalifikāciju PKE. Programmas vērtē cits eksperts, tās šajā atzinumā neaplūkoju.',
    'Datorizētu kokapstrādes iekārtu operatora eksāmena saturā atkārtoti palikušas tās pašas problēmas, ko aprīlī norādīja kolēģis: praktiskais uzdevums neprasa sagatavot vadības programmu, tikai palaist gatavu. Vērtēšanas kritērijos nav instrumentu izvēles un iestatīšanas. Šāds eksāmens nepārbauda LKI 4. līmeņa prasmes.',
    'Kokapstrādes iekārtu operatora eksāmens ir labs: uzdevumi ar formātzāģi, ēveli un frēzi, skaidra vērtēšanas lapa, atbilst 3. līmenim.',
    '**Secinājumi**',
    'Datorizētu kokapstrādes iekārtu operatora PKE saturs netiek atbalstīts; jāpārstrādā praktiskais uzdevums un vērtēšanas kritēriji, pēc tam nepieciešama atkārtota ekspertīze.',
    'Kokapstrādes iekārtu operatora PKE saturs ir atbalstāms un virzāms saskaņošanai.',
    '',
    'Valters Briedis',
    'SIA „Latgales kokapstrāde”, galvenais inženieris',
], rows=[(DKIO, 'PKE', NS, E, D, None), (KIO, 'PKE', S, E, D, None)],
    author='Valters Briedis', created=(2026, 6, 2),
    note='Place+date line at the top. "netiek atbalstīts" (ne- prefix) -> not_supported; "nepieciešama" is not a negation. MIP by another expert -> no rows.')

# ---------------------------------------------------------------- 28
E = 'Helēna Puriņa'; D = '2026-06-30'
Q = 'saules elektrostaciju montāžas tehniķis'
build('r29a28_Saules_elektrostaciju_montazas_tehnikis_Purina.docx', [
    '**Ekspertīzes atzinums**',
    'Kvalifikācija: Saules elektrostaciju montāžas tehniķis, LKI 4. līmenis',
    'Nozare: enerģētika',
    'Eksperte: Helēna Puriņa',
    '',
    'Jaunā kvalifikācija ir ļoti savlaicīga – pieprasījums pēc speciālistiem, kas prot projektēt un uzstādīt saules elektrostacijas gan mājsaimniecībām, gan uzņēmumiem, pēdējos gados ir strauji pieaudzis.',
    'Modulārajā programmā labi izstrādāti moduļi par paneļu un invertoru montāžu. Trūkst akumulatoru krātuvju drošības prasību un darba augstumā apmācības, kas jumta darbos ir obligāta. Arī pieslēgšanas sadales tīklam kārtība aprakstīta pārāk virspusēji.',
    'Eksāmenā praktiskais uzdevums ir labs, taču vērtēšanas kritērijos nav iekļauta izolācijas pretestības mērīšana un nodošanas dokumentācija.',
    '**Rezumējot:** abi dokumenti ir atbalstāmi, taču saskaņošanai tos var virzīt tikai pēc minēto precizējumu veikšanas.',
    '',
    '30.06.2026.',
], rows=[(Q, 'MIP', NC, E, D, 4), (Q, 'PKE', NC, E, D, 4)],
    problems=['unknown_qualification'], author='', created=(2026, 6, 30),
    note='Qualification not in the register; LKI 4 from the review. One sentence covers both documents ("abi dokumenti"). Empty core author.')

# ---------------------------------------------------------------- 29
E = 'Gatis Strazds'
build('r29a29_Mezsaimniecibas tehnikis_Strazds.docx', [
    'Mežsaimniecības tehniķa programmas un eksāmena vērtējums',
    '',
    'Programma ir izstrādāta kvalitatīvi, ar labu līdzsvaru starp mežkopību, meža izmantošanu un digitālajiem rīkiem. Programmu atbalstu bez iebildumiem, to var virzīt saskaņošanai.',
    'Eksāmena saturā praktiskā uzdevuma (taksācijas apraksts parauglaukumā) vērtēšanas kritēriji nav saskaņoti ar programmas sasniedzamajiem rezultātiem, un nav noteikts, kādi instrumenti eksaminējamajam ir pieejami. Eksāmena saturs ir atbalstāms, bet pirms virzīšanas saskaņošanai jāprecizē šie divi punkti.',
    '',
    'Gatis Strazds',
    'Valsts meža dienesta Centrālvidzemes virsmežniecības mežzinis',
], rows=[(MEZT, 'MIP', S, E, '', None), (MEZT, 'PKE', NC, E, '', None)],
    author='', created=(2026, 5, 18),
    note='No date anywhere in the text (only in file metadata) -> date empty. Empty core author. Name + role at the end.')

# ---------------------------------------------------------------- 30
build('r29a30_atzinums_elektrotehnikis.docx', [
    '**Atzinums par profesionālās kvalifikācijas „Elektrotehniķis” modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu**',
    '',
    'Datums: 20.05.2026.',
    '',
    'Izvērtēta darba grupas pārstrādātā programma un eksāmena saturs. Salīdzinot ar iepriekšējo redakciju, kurai bija būtiski iebildumi, programmā tagad ir atsevišķs modulis par atjaunīgo energoresursu pieslēgšanu un relejaizsardzības modulis ir paplašināts.',
    'Eksāmena praktiskais uzdevums ietver shēmas izstrādi, montāžu, mērījumus un pieņemšanas dokumentācijas noformēšanu, tātad atbilst 4. līmenim.',
    '**Slēdziens:** programmas saturs ir atbalstāms un virzāms saskaņošanai; arī eksāmena saturu atbalstu un iesaku virzīt saskaņošanai.',
], rows=[(ET, 'MIP', S, '', '2026-05-20', None), (ET, 'PKE', S, '', '2026-05-20', None)],
    author='Dace Kalve', created=(2026, 5, 21),
    note='Review without any author name (core author is the coordinator, not the reviewer) -> expert empty. Slēdziens with two clauses.')

# ================================================================ non-reviews
build('r29a31_Darba grupas sanaksmes protokols_2026-03-05.docx', [
    '# @c Darba grupas sanāksmes PROTOKOLS Nr. 3',
    '@c Kokrūpniecības nozares MIP un PKE izstrādes darba grupa',
    'Sanāksme notiek attālināti (MS Teams) 2026. gada 5. martā plkst. 14.00.',
    'Piedalās: D. Kalve (LDDK), eksperti I. Ozola, J. Kalniņš, M. Eglītis; darba grupas vadītāja R. Lapiņa; skolotāji A. Zirnis, E. Kļaviņa.',
    '**1. Par mēbeļu galdnieka MIP.** R. Lapiņa informē, ka programmas redakcija ir nosūtīta ekspertei. I. Ozola norāda, ka galīgo atzinumu sniegs līdz 13. martam, bet jau tagad var teikt, ka apdares moduļa apjoms ir jāpalielina.',
    '**2. Par motorzāģa operatora PKE un MIP.** D. Kalve informē par saņemtajiem atzinumiem. M. Eglītis paskaidro savas piezīmes par vējgāžu izstrādi. Darba grupa piekrīt ieteikumiem.',
    '**3. Par metodisko atbalstu.** VISC piedāvā metodisko atbalstu vērtēšanas lapu izstrādē; darba grupa to atbalsta.',
    '**Nolēma:**',
    '1) darba grupai līdz 20. martam precizēt motorzāģa operatora MIP atbilstoši eksperta piezīmēm un iesniegt to LDDK;',
    '2) nākamo sanāksmi sasaukt pēc mēbeļu galdnieka atzinuma saņemšanas.',
    '',
    'Protokolēja: E. Kļaviņa',
    'Sanāksmes vadītāja: R. Lapiņa',
], problems=['no_verdict'], author='Elīna Kļaviņa', created=(2026, 3, 6),
    note='NOT a review: working-group minutes that mention experts, MIP/PKE, "atbalsts" as a noun and "atbalsta" with a third-person subject. No rows.')

build('r29a32_Uzaicinajums ekspertiem_5.posms.docx', [
    '**Aicinām nozaru ekspertus iesaistīties MIP un PKE satura ekspertīzē!**',
    '',
    'Latvijas Darba devēju konfederācija projekta 4.2.2.9. pasākuma ietvaros aicina enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus kļūt par ekspertiem projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs).',
    'Eksperta uzdevums ir izvērtēt profesionālās izglītības iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu un sniegt rakstisku atzinumu, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.',
    'Īpaši gaidām ekspertus kvalifikācijās: elektromontieris, elektrotehniķis, VGK sistēmu tehniķis, mēbeļu galdnieks, meža mašīnu operators.',
    'Ekspertiem tiek nodrošināta atlīdzība un metodiskais atbalsts. Pieteikšanās līdz 2026. gada 20. martam, rakstot uz dace.kalve@lddk.lv.',
    '',
    'LDDK Izglītības un nodarbinātības nodaļa',
], problems=['no_verdict'], author='Dace Kalve', created=(2026, 3, 2),
    note='NOT a review: call for experts; lists all verdict options as the task description.')

build('r29a33_Ekspertu sadalijums_5.posms.docx', [
    '**Ekspertu sadalījums projekta 5. posmā (aktualizēts 15.04.2026.)**',
    '',
    ('table', [
        ['Kvalifikācija', 'LKI', 'MIP eksperts', 'PKE eksperts', 'Piezīmes'],
        ['Elektrotehniķis', '4', 'A. Bērziņš', 'B. Dzene', 'MIP 1. kārtā neatbalstīta, gaidām 2. redakciju'],
        ['Elektromontieris', '3', 'A. Bērziņš', 'B. Dzene', ''],
        ['Datorizētu kokapstrādes iekārtu operators', '4', 'S. Ločmelis', 'V. Briedis', 'PKE – atkārtoti'],
        ['Mēbeļu galdnieks', '4', 'S. Lāce', 'S. Lāce', 'atkārtota ekspertīze'],
        ['Koka izstrādājumu ražošanas tehniķis', '4', 'Z. Mūrniece', 'Z. Mūrniece', '3. redakcija'],
        ['Metinātājs', '3', 'V. Rozenbergs', 'V. Rozenbergs', 'jauna kvalifikācija'],
    ]),
    '',
    'Termiņš atzinumu iesniegšanai – 2 nedēļas no dokumentu saņemšanas. Atzinumā norāda, vai saturs ir atbalstāms un virzāms saskaņošanai.',
], problems=['no_verdict'], author='Dace Kalve', created=(2026, 4, 15),
    note='NOT a review: assignment table (who reviews what), with history notes in the table. No rows.')

build('r29a34_Noradijumi ekspertiem atzinuma sagatavosanai.docx', [
    '# Norādījumi ekspertiem MIP un PKE satura atzinuma sagatavošanai',
    '',
    '1. Atzinumu sagatavo brīvā formā vai izmantojot LDDK piedāvāto veidlapu. Atzinumā norāda kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un datumu.',
    '2. Katram dokumentam (MIP un PKE) atsevišķi norāda vienu no vērtējumiem:',
    '   a) saturs ir atbalstāms un virzāms saskaņošanai;',
    '   b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;',
    '   c) saturs nav atbalstāms.',
    '3. Ja izvēlēts b) vai c) variants, atzinumā konkrēti uzskaita nepieciešamos precizējumus vai iemeslus, kāpēc saturs netiek atbalstīts.',
    '4. Ieteikumus, kas nav obligāti, norāda atsevišķi, lai darba grupa tos nejauktu ar precizējumiem.',
    '5. Atkārtotas ekspertīzes gadījumā īsi apraksta, kā ņemtas vērā iepriekšējā atzinuma piezīmes.',
    '',
    'Piemērs: „Mēbeļu galdnieka MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.”',
    '',
    'Sagatavoja: D. Kalve, LDDK, 2026. gada janvārī',
], problems=['no_verdict'], author='Dace Kalve', created=(2026, 1, 8),
    note='NOT a review: instructions listing every verdict option and an example verdict sentence. No rows.')

# ================================================================ outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBLEMS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r29a blind set: free-prose expert reviews\n\n')
    f.write('Built by `build.py` (python-docx). %d files, %d gold rows, %d problem rows.\n\n' % (len(NOTES), len(ROWS), len(PROBLEMS)))
    f.write('| file | rows | design and judgement calls |\n|---|---|---|\n')
    for name, note in NOTES:
        n = sum(1 for r in ROWS if r[0] == name)
        f.write('| %s | %d | %s |\n' % (name, n, note.replace('|', '/')))
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBLEMS), 'problems')
