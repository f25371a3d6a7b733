# -*- coding: utf-8 -*-
"""Build the r25a blind set: free-prose Latvian expert reviews (.docx) + gold labels.
Run: /work/hvenv/bin/python build.py
"""
import csv, os, datetime
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

ROWS, PROBLEMS, NOTES = [], [], []
_id = [100]


def _nid():
    _id[0] += 1
    return str(_id[0])


def _run_xml(text, tag='w:t', strike=False, bold=False):
    r = OxmlElement('w:r')
    if strike or bold:
        rpr = OxmlElement('w:rPr')
        if bold:
            rpr.append(OxmlElement('w:b'))
        if strike:
            rpr.append(OxmlElement('w:strike'))
        r.append(rpr)
    t = OxmlElement(tag)
    t.set(qn('xml:space'), 'preserve')
    t.text = text
    r.append(t)
    return r


def add_track(p, before, deleted, inserted, after, author, date):
    if before:
        p.add_run(before)
    if deleted:
        d = OxmlElement('w:del')
        d.set(qn('w:id'), _nid()); d.set(qn('w:author'), author); d.set(qn('w:date'), date)
        d.append(_run_xml(deleted, 'w:delText'))
        p._p.append(d)
    if inserted:
        i = OxmlElement('w:ins')
        i.set(qn('w:id'), _nid()); i.set(qn('w:author'), author); i.set(qn('w:date'), date)
        i.append(_run_xml(inserted))
        p._p.append(i)
    if after:
        p.add_run(after)


def render(doc, items):
    for it in items:
        if isinstance(it, str):
            # split long strings into a few runs sometimes (words split across runs)
            p = doc.add_paragraph()
            if len(it) > 120 and '|' not in it:
                cut = it.find(' ', len(it) // 2)
                p.add_run(it[:cut]); p.add_run(it[cut:])
            else:
                p.add_run(it)
            continue
        k = it[0]
        if k == 'b':
            p = doc.add_paragraph(); p.add_run(it[1]).bold = True
        elif k == 'h':
            p = doc.add_paragraph(); r = p.add_run(it[1]); r.bold = True; r.font.size = Pt(13)
        elif k == 'c':
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(it[1]); r.bold = True
        elif k == 'r':
            p = doc.add_paragraph(it[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k == 'i':
            p = doc.add_paragraph(); r = p.add_run(it[1]); r.italic = True
        elif k == 'q':  # quoted mail text
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Pt(18)
            r = p.add_run(it[1]); r.font.size = Pt(10)
        elif k == 'li':
            doc.add_paragraph(it[1], style='List Bullet')
        elif k == 'ln':
            doc.add_paragraph(it[1], style='List Number')
        elif k == 'mix':  # list of (text, bold)
            p = doc.add_paragraph()
            for t, b in it[1]:
                p.add_run(t).bold = b
        elif k == 'strike':  # list of (text, struck)
            p = doc.add_paragraph()
            for t, s in it[1]:
                p._p.append(_run_xml(t, strike=s))
        elif k == 'track':
            p = doc.add_paragraph()
            add_track(p, *it[1:])
        elif k == 'header':
            sec = doc.sections[0]
            hp = sec.header.paragraphs[0]; hp.text = it[1]
            for extra in it[2:]:
                sec.header.add_paragraph(extra)
        elif k == 'footer':
            sec = doc.sections[0]
            fp = sec.footer.paragraphs[0]; fp.text = it[1]
            for extra in it[2:]:
                sec.footer.add_paragraph(extra)
        elif k == 'table':
            data = it[1]
            t = doc.add_table(rows=len(data), cols=len(data[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(data):
                for j, v in enumerate(row):
                    t.cell(i, j).text = v
        elif k == 'empty':
            doc.add_paragraph('')
        elif k == 'pb':
            doc.add_page_break()
        else:
            raise ValueError(k)


def build(name, items, rows=(), problems=(), expert='', date='', author='', created=None, note=''):
    """rows: (qualification, document, verdict[, lki]) ; expert/date are the file-level gold values."""
    fn = name + '.docx'
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
    render(doc, items)
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    if created:
        doc.core_properties.created = datetime.datetime.strptime(created, '%Y-%m-%d %H:%M')
    doc.save(os.path.join(OUT, fn))
    for r in rows:
        q, d, v = r[:3]
        lki = r[3] if len(r) > 3 else REG.get(q, '')
        ROWS.append([fn, q, d, v, expert, date, lki])
    for c in problems:
        PROBLEMS.append([fn, c])
    NOTES.append((fn, note))


COORD = 'Līga Krastiņa'  # coordinator who forwards files (LDDK)

# ---------------------------------------------------------------------------
build('r25a01_Atzinums_motorzāģa operators_Kalniņa',
      [('r', 'Latvijas Darba devēju konfederācijai'),
       ('r', 'projekta koordinatorei L. Krastiņai'),
       ('empty',),
       ('c', 'Ekspertīzes atzinums'),
       ('c', 'par profesionālās kvalifikācijas „Motorzāģa operators” (LKI 3. līmenis) modulārās izglītības programmas un kvalifikācijas eksāmena saturu'),
       ('empty',),
       'Esmu iepazinusies ar Ogres tehnikuma darba grupas sagatavoto modulārās izglītības programmas (MIP) projektu un profesionālās kvalifikācijas eksāmena (PKE) saturu kvalifikācijai „Motorzāģa operators”. Vērtējot dokumentus, galvenokārt skatījos, vai programmā atspoguļotas 2025. gadā aktualizētās nozares prasības, īpaši darba drošība cirsmā un jaunās paaudzes akumulatoru motorzāģu apkope.',
       ('b', 'Par programmu'),
       'Programmas struktūra kopumā ir loģiska, moduļu secība atbilst darba procesam mežā. Modulī „Koku gāšana sarežģītos apstākļos” nav pietiekami aprakstīti vējgāzu izstrādes riski – šeit lūdzu papildināt sasniedzamos rezultātus ar prasībām par spriegumā esošu stumbru pārzāģēšanu. Modulī „Motorzāģa tehniskā apkope” vēlams minēt arī ķēdes eļļas bioloģiski noārdāmos veidus, jo lielākā daļa mežizstrādes uzņēmumu tos izmanto FSC sertifikācijas dēļ. Prakses apjoms uzņēmumā man šķiet optimāls.',
       ('b', 'Par eksāmenu'),
       'Eksāmena praktiskais uzdevums ir reāls un labi atspoguļo ikdienas darbu, vērtēšanas kritēriji ir skaidri un izmērāmi. Būtiskas piezīmes man nav.',
       ('b', 'Slēdziens'),
       'MIP saturs ir atbalstāms, taču saskaņošanai to var virzīt tikai pēc tam, kad būs veikti iepriekš minētie precizējumi moduļos. PKE saturu atbalstu un iesaku virzīt saskaņošanai bez izmaiņām.',
       ('empty',),
       'Ar cieņu,',
       'Ilze Kalniņa',
       'SIA „Meža Serviss Vidzeme”, mežizstrādes darbu vadītāja',
       'Madonā, 2026. gada 14. februārī'],
      rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('motorzāģa operators', 'PKE', 'supported')],
      expert='Ilze Kalniņa', date='2026-02-14', author='Ilze', created='2026-02-14 10:12',
      note='Formal letter, one qualification, both documents; condition phrased as "var virzīt tikai pēc tam, kad būs veikti precizējumi"; place+date line after the name.')

build('r25a02_RE_ mezsaimniecibas tehnikis MIP',
      [('mix', [('From: ', True), ('Māris Ozols <maris.ozols@mezaprojekti.lv>', False)]),
       ('mix', [('Sent: ', True), ('Tuesday, March 3, 2026 4:47 PM', False)]),
       ('mix', [('To: ', True), ('Līga Krastiņa <liga.krastina@lddk.lv>', False)]),
       ('mix', [('Subject: ', True), ('RE: Mežsaimniecības tehniķis - MIP ekspertīze', False)]),
       ('empty',),
       'Labdien, Līga!',
       'Izskatīju Mežsaimniecības tehniķa programmu (versija no 20.02.). Salīdzinot ar to, ko redzēju decembrī, darba grupa ir ņēmusi vērā gandrīz visu – ir pievienots modulis par meža inventarizāciju ar tālizpētes datiem un GNSS uztvērēju lietošanu, pārstrādāts meža atjaunošanas modulis.',
       'Sīkumi: 4. modulī tabulā divreiz atkārtojas viens un tas pats sasniedzamais rezultāts, un literatūras sarakstā ir 2009. gada Meža likuma redakcija. Tas nav nekas būtisks, to var izlabot arī tehniski.',
       'Manā skatījumā programma ir atbalstāma un to var virzīt saskaņošanai.',
       'PKE, kā runājām, skatās Dace, tāpēc par to neko nerakstu.',
       'Māris',
       ('empty',),
       ('q', 'From: Līga Krastiņa <liga.krastina@lddk.lv>'),
       ('q', 'Sent: Monday, February 23, 2026 9:05 AM'),
       ('q', 'To: Māris Ozols <maris.ozols@mezaprojekti.lv>'),
       ('q', 'Subject: Mežsaimniecības tehniķis - MIP ekspertīze'),
       ('q', 'Labdien, Māri! Pielikumā precizētā MIP redakcija pēc Jūsu decembra piezīmēm. Lūgums līdz 6. martam sniegt atzinumu – vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. PKE šoreiz vērtēs Dace Sproģe. Paldies! Līga')],
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported')],
      expert='Māris Ozols', date='2026-03-03', author=COORD, created='2026-03-04 08:31',
      note='Outlook reply pasted in Word, English headers, date from Sent line; quoted coordinator mail lists all options (not a verdict); PKE explicitly assigned to another expert -> no PKE row. Minor "sīkumi" that can be fixed technically do not make it needs_corrections since expert says atbalstāma un var virzīt.')

build('r25a03_Elektromontieris_Elektrotehnikis_atzinums_Berzins',
      [('header', 'Dr. sc. ing. Andris Bērziņš', 'Elektroenerģētikas nozares eksperts, AS „Sadales tīkls” ārštata konsultants'),
       ('c', 'ATZINUMS'),
       ('c', 'par enerģētikas nozares divu profesionālo kvalifikāciju izglītības programmu un eksāmenu saturu'),
       ('empty',),
       'Atzinums sagatavots pēc LDDK lūguma projekta 4.2.2.9. ietvaros. Vērtēti Rīgas Valsts tehnikuma un Liepājas Valsts tehnikuma kopīgās darba grupas iesniegtie dokumenti.',
       ('h', '1. Elektromontieris (3. LKI līmenis)'),
       '1.1. Modulārā programma ir izstrādāta rūpīgi, moduļi „Elektroinstalācijas montāža ēkās” un „Zemsprieguma sadalnes” atbilst mūsdienu praksei, ņemti vērā LVS HD 60364 standarta jaunākie grozījumi. Programmu atbalstu un iesaku to virzīt saskaņošanai.',
       '1.2. Eksāmena saturā praktiskā uzdevuma laika normatīvs (2 stundas) ir nereāls sadales skapja montāžai ar 12 grupām. Teorētiskajā daļā vairāki jautājumi attiecas uz vidsprieguma iekārtām, kas neietilpst šīs kvalifikācijas kompetencēs. Eksāmena saturs kopumā ir atbalstāms, bet pirms virzīšanas saskaņošanai jāpārskata laika normatīvs un jāizņem minētie jautājumi.',
       ('h', '2. Elektrotehniķis (4. LKI līmenis)'),
       '2.1. Programmā pilnībā iztrūkst atjaunīgās enerģijas (saules paneļu, siltumsūkņu pieslēgumu) tematika, lai gan nozares kvalifikāciju struktūrā 2025. gadā tā noteikta kā viena no jaunajām prasmēm. Nav arī moduļa par releju aizsardzību, kas tehniķa līmenī ir pamatkompetence. Šādā redakcijā programma nav atbalstāma – nepieciešama būtiska pārstrāde un atkārtota ekspertīze.',
       '2.2. Eksāmena saturs ir labāk sagatavots nekā programma. Jāprecizē vērtēšanas kritēriji 3. uzdevumā (nav norādīts, cik punktu par mērījumu protokolu). Pēc šī precizējuma PKE var virzīt saskaņošanai.',
       ('empty',),
       'Rīgā, 2026. gada 9. aprīlī',
       'A. Bērziņš'],
      rows=[('elektromontieris', 'MIP', 'supported', '3'), ('elektromontieris', 'PKE', 'needs_corrections', '3'),
            ('elektrotehniķis', 'MIP', 'not_supported', '4'), ('elektrotehniķis', 'PKE', 'needs_corrections', '4')],
      expert='Andris Bērziņš', date='2026-04-09', author='Andris Berzins', created='2026-04-08 19:40',
      note='Letterhead (in Word header) with academic title + full name; signature only initial+surname -> gold uses full name from letterhead without title. Two numbered qualification sections; nominal/first-person/negated verdicts.')

build('r25a04_mebelu galdnieks PKE',
      ['Liga, sveika!',
       'apskatiju mebelu galdnieka PKE. teorijas testi ok, praktiskais uzdevums (skapitis ar atvilktnem) labs, atbilst tam ko musu cehos dara. vienigi vertesanas lapa parak daudz punktu par dokumentaciju, bet tas gaumes jautajums.',
       'PKE atbalstu, var virzit saskanosanai.',
       'MIP vel neesmu skatijis, to atsutisu atseviski nakamnedel.',
       'J. Liepa',
       '17.03.2026'],
      rows=[('mēbeļu galdnieks', 'PKE', 'supported')],
      expert='J. Liepa', date='2026-03-17', author='', created='2026-03-17 21:05',
      note='Very short, no diacritics; "gaumes jautajums" remark not a condition; MIP explicitly not yet reviewed in this file -> no MIP row. Expert only initial+surname.')

build('r25a05_Koka_izstradajumu_razosanas_tehnikis_atkartota_ekspertize_Vitola',
      [('c', 'Atkārtotas ekspertīzes atzinums'),
       ('mix', [('Kvalifikācija: ', True), ('koka izstrādājumu ražošanas tehniķis', False)]),
       ('mix', [('Eksperte: ', True), ('Mg. paed. Laura Vītola', False)]),
       ('empty',),
       'Šī ir otrā ekspertīze abiem dokumentiem. Pirmajā kārtā 2026. gada janvārī programma netika atbalstīta, jo tajā nebija paredzēts darbs ar ražošanas plānošanas programmatūru un kvalitātes vadības moduļa saturs bija formāls. Eksāmena saturs toreiz tika atbalstīts ar precizējumiem.',
       'Iesniegtajā precizētajā programmas redakcijā ir pievienots jauns modulis „Ražošanas procesu plānošana un uzskaite” (ERP sistēmu pamati), un kvalitātes vadības modulis pārrakstīts, balstoties uz reāliem kokapstrādes uzņēmumu piemēriem. Visas manas iepriekšējās piezīmes ir ņemtas vērā.',
       'Eksāmena saturā labots vērtēšanas kritēriju sadalījums, pievienots rasējuma lasīšanas uzdevums.',
       ('b', 'Kopvērtējums'),
       'Precizētā MIP redakcija ir atbalstāma un virzāma saskaņošanai. Arī PKE saturs tagad ir atbalstāms un virzāms saskaņošanai – papildu precizējumi nav nepieciešami.',
       ('empty',),
       'L. Vītola',
       '2026-03-20'],
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'supported'), ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
      expert='Laura Vītola', date='2026-03-20', author='Laura Vītola', created='2026-03-19 15:00',
      note='Second-round review; history ("netika atbalstīta", "atbalstīts ar precizējumiem") must be ignored; current verdicts in Kopvērtējums; "precizējumi nav nepieciešami" -> supported. Name from header line (title stripped).')

build('r25a06_CNC metalapstrade_atzinums_Rozenbergs',
      ['Gatis Rozenbergs, SIA „Metālpreses” ražošanas vadītājs',
       ('empty',),
       ('b', 'Par kvalifikācijas „CNC metālapstrādes iekārtu operators” (LKI 4. līmenis) programmu un eksāmenu'),
       'Uzreiz jāsaka, ka šāda kvalifikācija mūsu nozarei ir ļoti vajadzīga – CNC operatoru trūkums ir viena no lielākajām problēmām, par ko runā visi Latvijas mašīnbūves uzņēmumi. Darba grupa ir ieguldījusi lielu darbu.',
       'Programmā trūkst CAM programmēšanas pamatu (šobrīd ir tikai manuālā G koda rakstīšana) un mērinstrumentu kalibrēšanas. Arī piecu asu apstrāde pieminēta tikai teorētiski. Šīs lietas jāpapildina, pēc tam programmu var virzīt saskaņošanai – pamatā tā ir atbalstāma.',
       'Ar eksāmenu ir sliktāk. Praktiskais uzdevums ir vienkārša detaļa uz 3 asu frēzes, ko varētu izpildīt jebkurš otrā kursa audzēknis, un vērtēšanā nav neviena kritērija par izmēru precizitāti un virsmas raupjumu. Tādu eksāmenu es atbalstīt nevaru, tas jāizstrādā no jauna.',
       ('empty',),
       'Liepājā, 28.04.2026.'],
      rows=[('CNC metālapstrādes iekārtu operators', 'MIP', 'needs_corrections', '4'), ('CNC metālapstrādes iekārtu operators', 'PKE', 'not_supported', '4')],
      problems=['unknown_qualification'],
      expert='Gatis Rozenbergs', date='2026-04-28', author=COORD, created='2026-04-29 09:10',
      note='Qualification not in the register (CNC metālapstrādes iekārtu operators, LKI 4 stated). Name at top, no closing. Condition in next clause ("jāpapildina, pēc tam var virzīt"); "atbalstīt nevaru" -> not_supported. "atbalsts" not used as noun here; "vajadzīga" not a verdict.')

build('r25a07_DKIO_atzinums_galigais',
      [('c', 'Ekspertīzes atzinums – Datorizētu kokapstrādes iekārtu operators'),
       'Eksperts: Rolands Kļava, SIA „Kurzemes Finieris” CNC iecirkņa meistars',
       'Datums: 2026. gada 2. marts',
       ('empty',),
       'Vērtēju programmu un eksāmenu kvalifikācijai datorizētu kokapstrādes iekārtu operators (4. LKI). Abi dokumenti ir kvalitatīvi, redzams, ka darba grupā piedalījušies praktiķi.',
       'Programma: moduļi par CNC apstrādes centru regulēšanu un instrumentu izvēli ir ļoti labi. Trūkst nedaudz par putekļu nosūkšanas sistēmu apkopi.',
       'Eksāmens: praktiskais uzdevums atbilst līmenim, vērtēšanas kritēriji skaidri. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.',
       ('b', 'Slēdziens'),
       'MIP saturs ir atbalstāms un virzāms saskaņošanai.',
       ('b', 'Secinājumi'),
       'MIP saturs nav atbalstāms, kamēr netiks papildināts ar nosūkšanas sistēmu apkopi un nav pārstrādāts prakses plāns.',
       ('empty',),
       'R. Kļava'],
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'unknown'), ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported')],
      problems=['conflict'],
      expert='Rolands Kļava', date='2026-03-02', author='Rolands', created='2026-03-02 13:22',
      note='Conflict: two conclusion sections give opposite current MIP verdicts (supported vs not_supported) with equal weight, probably a leftover copy; MIP=unknown + conflict. PKE verdict clear in body, not contradicted.')

build('r25a08_Buvizstradajumu galdnieks PKE piezimes Zarins',
      [('b', 'Piezīmes par būvizstrādājumu galdnieka PKE saturu'),
       'Kristaps Zariņš, 11.05.2026',
       ('empty',),
       'Nosūtu savas piezīmes par eksāmena saturu, kamēr vēl atceros, ko redzēju.',
       ('ln', 'Teorētiskajā daļā jautājumi par logu montāžu pēc RAL vadlīnijām ir labi, bet trūkst par durvju bloku ugunsdrošības klasēm.'),
       ('ln', 'Praktiskajā uzdevumā (loga rāmja izgatavošana) nav norādīts, kādi materiāli tiek nodrošināti – to vajadzētu precizēt, citādi katra skola darīs citādi.'),
       ('ln', 'Vērtēšanas lapā 20 % punktu par „darba vietas sakopšanu” šķiet par daudz.'),
       'Kopumā redzu, ka darba grupa ir strādājusi. Galīgo atzinumu par to, vai eksāmenu var atbalstīt, sniegšu pēc tam, kad būšu aprunājies ar Vidzemes tehnoloģiju un dizaina tehnikuma pasniedzējiem par materiāliem. Programmu šoreiz nevērtēju.',
       'K. Z.'],
      rows=[('būvizstrādājumu galdnieks', 'PKE', 'unknown')],
      problems=['no_verdict'],
      expert='Kristaps Zariņš', date='2026-05-11', author='Kristaps Zariņš', created='2026-05-11 17:48',
      note='Covers PKE with remarks only; final verdict explicitly postponed -> unknown + no_verdict. "Programmu šoreiz nevērtēju" -> no MIP row.')

build('r25a09_VGK sistemu tehnikis - Krumins (gmail)',
      ['Gmail\tLīga Krastiņa <liga.krastina@lddk.lv>',
       ('b', 'Re: VGK sistēmu tehniķis - MIP un PKE'),
       'Edgars Krūmiņš <edgars.krumins@gmail.com>\t2026. gada 24. februāris 14:32',
       'Kam: Līga Krastiņa <liga.krastina@lddk.lv>',
       ('empty',),
       'Sveiki!',
       'Paskatījos abus dokumentus ventilācijas un gaisa kondicionēšanas sistēmu tehniķim.',
       'Par programmu man nav iebildumu. Labi, ka iekļauta aukstumaģentu apstrāde atbilstoši F-gāzu regulai un BMS sistēmu pamati. Programmu var sūtīt tālāk saskaņošanai.',
       'Eksāmenā savukārt ir viena nopietna lieta – praktiskajā daļā jāmēra gaisa plūsmas, bet nav norādīts, ka skolai jānodrošina kalibrēts anemometrs un balometrs. Kopumā eksāmenu atbalstu. Tomēr saskaņošanai to virzīt tikai tad, kad šis nosacījums būs ierakstīts uzdevuma aprakstā un precizēti punkti 2. daļā.',
       'Ja vajag, varu piezvanīt darba grupas vadītājai.',
       'Edgars',
       ('empty',),
       ('q', 'otrd., 2026. g. 17. febr., plkst. 10:15 Līga Krastiņa <liga.krastina@lddk.lv> rakstīja:'),
       ('q', '> Labdien, Edgar! Nosūtu VGK sistēmu tehniķa MIP un PKE. Ja iespējams, atzinumu līdz mēneša beigām.')],
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'needs_corrections')],
      expert='Edgars Krūmiņš', date='2026-02-24', author=COORD, created='2026-02-25 08:02',
      note='Gmail printout pasted in Word (Latvian headers, quoted earlier message). "nav iebildumu" + "var sūtīt tālāk saskaņošanai" -> supported; PKE support with the condition in the next sentence -> needs_corrections. Date = reply date, not quoted date.')

build('r25a10_Meža mašīnu operators_MIP_PKE_Sproģe_2026-05',
      [('header', 'Dace Sproģe | meža nozares eksperte'),
       ('c', 'Meža mašīnu operators (LKI 3)'),
       ('c', 'Eksperta viedoklis par MIP un PKE saturu'),
       ('empty',),
       'Dokumenti saņemti 2026. gada 28. aprīlī. Vērtējumā izmantoju nozares profesionālās kvalifikācijas prasības (2025. gada redakcija) un savu 15 gadu pieredzi harvesteru un forvarderu operatoru apmācībā uzņēmumā.',
       ('b', 'Vispārīgi'),
       'Programmas kopējais apjoms un moduļu iedalījums atbilst kvalifikācijas līmenim. Ļoti pozitīvi vērtēju, ka programmā ir paredzēts darbs ar simulatoru pirms darba ar reālu tehniku, kā arī tas, ka viens no moduļiem pilnībā veltīts vides prasībām cirsmā (augsnes bojājumu mazināšana, ūdensteču aizsardzība).',
       ('b', 'Piezīmes pa moduļiem'),
       'Modulis „Meža mašīnu uzbūve”. Saturs pārāk teorētisks, vairāk nekā puse sasniedzamo rezultātu ir „zina” līmenī. Operatoram jāprot veikt ikdienas apkopi un atrast vienkāršākos bojājumus hidraulikā – to jāieraksta kā prasmes.',
       'Modulis „Harvestera vadība un kokmateriālu sagarumošana”. Šajā redakcijā modulis nav atbalstāms: nav nekā par sagarumošanas optimizāciju, par StanForD datu failiem un par apaļo kokmateriālu uzmērīšanas prasībām. Bez tā operators nevarēs strādāt nevienā lielākajā uzņēmumā.',
       'Modulis „Forvardera vadība”. Labi. Varētu pievienot par kravas izvietošanu krautuvē atbilstoši ceļu pārvadājumu prasībām, bet tas ir ieteikums, ne prasība.',
       'Modulis „Darba drošība”. Bez piezīmēm.',
       'Prakses modulis. Apjoms pietiekams, bet jānorāda, ka praksi var organizēt arī darba vidē balstītu mācību formā pie sertificēta mežizstrādātāja.',
       ('b', 'Eksāmens'),
       'Eksāmena teorētiskā daļa ir laba. Praktiskā daļa simulatorā ir pareizs risinājums, jo ne visas skolas var nodrošināt reālu mašīnu eksāmena dienā. Kritēriji izmērāmi (ražīgums, sagarumošanas precizitāte, degvielas patēriņš). Iebildumu nav.',
       ('b', 'Slēdziens'),
       'Neskatoties uz piezīmēm par harvestera moduli, programma kopumā ir laba un atbalstāma. Ja darba grupa papildinās harvestera moduli un pārformulēs uzbūves moduļa rezultātus, MIP var virzīt saskaņošanai; atkārtota ekspertīze man nav nepieciešama, pietiek ar labojumu pārbaudi.',
       'PKE saturs ir atbalstāms un virzāms saskaņošanai.',
       ('empty',),
       'Dace Sproģe',
       '2026. gada 12. maijā'],
      rows=[('meža mašīnu operators', 'MIP', 'needs_corrections', '3'), ('meža mašīnu operators', 'PKE', 'supported', '3')],
      expert='Dace Sproģe', date='2026-05-12', author='Dace Sproģe', created='2026-05-04 11:30',
      note='Long (about 2 pages) review per module. A module-level "nav atbalstāms" in the body is outranked by the Slēdziens (overall supported, forward after corrections). Received date (28 April) is not the review date. "Neskatoties" not a negation.')

build('r25a11_KIO PKE atzinums V.Udris',
      ['Atzinums par kokapstrādes iekārtu operatora profesionālās kvalifikācijas eksāmena saturu',
       ('empty',),
       'Šis atzinums attiecas tikai uz PKE. Modulāro programmu vērtēja kolēģis no Latvijas Kokrūpniecības federācijas, un viņa atzinums jums jau ir.',
       'Pārskatot eksāmena materiālus, secināju, ka praktiskais uzdevums (detaļas izgatavošana uz ēvelmašīnas un frēzmašīnas) neatbilst 3. LKI līmenim: nav paredzēta iekārtu iestatīšana, audzēknis tikai padod sagataves jau noregulētā iekārtā. Teorētiskie jautājumi lielā mērā dublē programmas 1. kursa saturu un ir pārāk vienkārši. Vērtēšanas kritēriji nav sasaistīti ar kvalifikācijas prasībām.',
       'Ņemot vērā minēto, eksāmena saturs netiek atbalstīts. Lūdzu pēc pārstrādes to iesūtīt atkārtotai ekspertīzei.',
       ('empty',),
       'V. Ūdris',
       'kokapstrādes iekārtu ekspluatācijas speciālists',
       '22.04.2026.'],
      rows=[('kokapstrādes iekārtu operators', 'PKE', 'not_supported', '3')],
      expert='V. Ūdris', date='2026-04-22', author='', created='2026-04-22 14:00',
      note='PKE only; MIP explicitly reviewed by someone else -> no MIP row. Passive negated verdict "netiek atbalstīts". LKI 3 stated in the body matches register.')

build('r25a12_Mehatronika_MIP_PKE_Lapins_ar labojumiem',
      [('c', 'Mehatronisko sistēmu tehniķa MIP un PKE ekspertīze'),
       ('empty',),
       'Rihards Lapiņš, SIA „Baltic Automation Systems”, automatizācijas inženieris',
       ('empty',),
       'Vērtēti Ventspils tehnikuma sagatavotie dokumenti kvalifikācijai „Mehatronisko sistēmu tehniķis” (4. LKI līmenis).',
       'Programma aptver pneimatiku, hidrauliku, PLC programmēšanu un robotu pamatus, kas ir pareizi. Tomēr PLC modulī minēta tikai viena ražotāja vide; jāformulē neatkarīgi no ražotāja (IEC 61131-3 valodas). Modulī par industriālajiem tīkliem trūkst kiberdrošības pamatu.',
       'Eksāmenā praktiskā uzdevuma aprakstā nav skaidrs, vai audzēknim jāuzraksta PLC programma no nulles vai jālabo esoša. Tas jāprecizē.',
       ('b', 'Secinājumi'),
       ('track', 'MIP saturs ir atbalstāms', ' un virzāms saskaņošanai', '; pēc precizējumu veikšanas virzāms saskaņošanai', '.', 'Rihards Lapiņš', '2026-03-16T09:12:00Z'),
       ('track', 'PKE saturs ir atbalstāms', ' un virzāms saskaņošanai', '; virzāms saskaņošanai pēc tam, kad būs precizēts praktiskā uzdevuma apraksts', '.', 'Rihards Lapiņš', '2026-03-16T09:13:00Z'),
       ('empty',),
       '16.03.2026.'],
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'), ('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections')],
      expert='Rihards Lapiņš', date='2026-03-16', author=COORD, created='2026-03-12 10:00',
      note='Tracked changes: the expert deleted "un virzāms saskaņošanai" (w:del) and inserted the conditional wording (w:ins) in both conclusions -> current text is needs_corrections for both. Name under the title, date at the end only.')

build('r25a13_VGK iekārtu remontatslēdznieks_Balode',
      [('header', 'SIA „Klimata Serviss”', 'Rīga, Krasta iela 52, LV-1003'),
       'Projekta koordinatorei',
       ('empty',),
       ('b', 'Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE'),
       ('empty',),
       'Labdien!',
       'Pēc Jūsu lūguma esmu izskatījusi VGK iekārtu remontatslēdznieka (LKI 3) programmas un eksāmena projektus. Mūsu uzņēmumā strādā 14 šādi speciālisti, tāpēc vērtēju, ko no jauna darbinieka sagaidām pirmajā darba dienā.',
       'a) Programma. Moduļi par kanālu montāžu, filtru nomaiņu un ventilatoru apkopi ir detalizēti un praktiski. Patīk, ka ir modulis par darbu augstumā. Ieteikums (nav obligāts): iekļaut vairāk par dokumentēšanu mobilajās lietotnēs, ko šodien izmanto gandrīz visi servisa uzņēmumi.',
       'b) Eksāmens. Uzdevums – ventilācijas iekārtas filtru un siksnas nomaiņa ar pārbaudes protokolu – ir tieši tas, ko dara remontatslēdznieks. Laika normatīvs reāls.',
       'Abus dokumentus uzskatu par atbalstāmiem un iesaku virzīt saskaņošanai bez precizējumiem.',
       ('empty',),
       'Ar cieņu',
       'Inese Balode',
       'tehniskā direktore'],
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'supported')],
      expert='Inese Balode', date='', author='Inese Balode', created='2026-03-11 12:40',
      note='Company letterhead in header, lettered a)/b) sections, one joint verdict for both documents ("abus dokumentus ... bez precizējumiem"); optional suggestion is not a condition. No date anywhere in the text -> date empty.')

build('r25a14_Protokols_ekspertu sanaksme 2026-03-25',
      [('c', 'LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA'),
       ('c', 'Nozaru ekspertu darba sanāksmes PROTOKOLS Nr. 3'),
       'Rīgā, 2026. gada 25. martā, tiešsaistē (MS Teams)',
       'Piedalās: L. Krastiņa (LDDK, koordinatore), D. Sproģe, M. Ozols, A. Bērziņš, E. Krūmiņš, R. Lapiņš, I. Kalniņa; VISC pārstāve S. Ērgle.',
       'Protokolē: L. Krastiņa',
       ('b', 'Darba kārtība'),
       ('ln', 'Projekta 4. posma MIP un PKE ekspertīžu statuss.'),
       ('ln', 'Atzinumu noformēšana un iesniegšanas termiņi 5. posmā.'),
       ('b', '1. Ekspertīžu statuss'),
       'L. Krastiņa informē, ka pabeigta ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. Motorzāģa operatora MIP atbalstīta ar precizējumiem, PKE atbalstīts un virzāms saskaņošanai. Mehatronisko sistēmu tehniķa abi dokumenti virzāmi pēc precizējumiem.',
       'A. Bērziņš norāda, ka elektrotehniķa programma vēl nav gatava un, visticamāk, netiks atbalstīta, ja netiks pievienota atjaunīgās enerģijas tematika. Darba grupa ir informēta.',
       'S. Ērgle pateicas ekspertiem un atgādina, ka VISC nodrošinās metodisko atbalstu darba grupām.',
       ('b', '2. Atzinumu noformēšana'),
       'Nolemj: atzinumā katram dokumentam skaidri norādīt vienu no trim vērtējumiem – „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „nav atbalstāms”. Atzinumus iesniegt .docx formātā līdz 5. posma attiecīgā mēneša 20. datumam.',
       ('empty',),
       'Sanāksmes vadītāja L. Krastiņa',
       'Protokolētāja L. Krastiņa'],
      problems=['no_verdict'],
      author=COORD, created='2026-03-26 09:00',
      note='NOT a review: meeting minutes restating earlier verdicts and listing all options; "metodisko atbalstu" noun. No rows; one no_verdict row for the file.')

build('r25a15_Vestule ekspertiem_5.posms_uzdevumi',
      ['Temats: Ekspertīžu uzdevumi projekta 5. posmā',
       ('empty',),
       'Cienījamie nozaru eksperti!',
       'Paldies par līdzšinējo darbu! Projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) jāpabeidz vēl 9 kvalifikāciju MIP un PKE satura ekspertīze. Lūdzu, ievērojiet šos norādījumus:',
       ('li', 'atzinumā norādiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un datumu;'),
       ('li', 'katram dokumentam (MIP, PKE) izvēlieties vienu vērtējumu: saturs ir atbalstāms un virzāms saskaņošanai / saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / saturs nav atbalstāms;'),
       ('li', 'ja saturs nav atbalstāms vai nepieciešami precizējumi, lūdzu, uzskaitiet konkrētas nepilnības;'),
       ('li', 'ja vērtējat tikai vienu dokumentu, to skaidri norādiet.'),
       'Sadalījums: elektromontieris un elektrotehniķis – A. Bērziņš un N. Puriņš; VGK kvalifikācijas – E. Krūmiņš, I. Balode; mēbeļu galdnieks, būvizstrādājumu galdnieks – J. Liepa, A. Dreimane, K. Zariņš.',
       'Atgādinām, ka LDDK kā sadarbības partneris atbalsta darba grupas arī ar konsultācijām, tāpēc jautājumu gadījumā droši rakstiet.',
       ('empty',),
       'Ar cieņu,',
       'Līga Krastiņa',
       'LDDK projekta koordinatore',
       '2026. gada 2. aprīlī'],
      problems=['no_verdict'],
      author=COORD, created='2026-04-02 08:15',
      note='NOT a review: coordinator\'s instructions listing every verdict option and an assignment of experts; "atbalsta" third person with its own subject. No rows.')

build('r25a16_Jaunums_majaslapai_LDDK eksperti',
      [('h', 'LDDK nozaru eksperti izvērtējuši pirmās modulārās programmas'),
       ('i', 'Publicēts 2026. gada 8. aprīlī'),
       'Eiropas Savienības Kohēzijas politikas programmas 4.2.2.9. pasākuma ietvaros LDDK deleģētie enerģētikas, kokrūpniecības un mašīnbūves nozares eksperti turpina izvērtēt profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.',
       '„Eksperti ir praktiķi, kas ikdienā strādā uzņēmumos, tāpēc viņu viedoklis ir ļoti vērtīgs. Nozare atbalsta to, ka izglītības saturs tiek veidots kopā ar darba devējiem,” uzsver LDDK izglītības eksperte.',
       'Līdz marta beigām pabeigta ekspertīze trim kvalifikācijām – motorzāģa operatoram, mežsaimniecības tehniķim un mehatronisko sistēmu tehniķim. Programmu saturs atzīts par atbalstāmu, daļā gadījumu ar precizējumiem. Enerģētikas nozarē ekspertīze turpinās elektromontiera un elektrotehniķa kvalifikācijām.',
       'Projektu īsteno Valsts izglītības satura centrs sadarbībā ar partneriem.'],
      problems=['no_verdict'],
      author='Komunikācijas nodaļa', created='2026-04-07 16:20',
      note='NOT a review: news item summarising results; "Nozare atbalsta" is a verb with its own subject. No rows.')

build('r25a17_Ekspertu sadalijums_kokrupnieciba',
      [('c', 'Kokrūpniecības nozares ekspertīžu sadalījums (4.–5. posms)'),
       ('table', [['Kvalifikācija', 'LKI', 'Dokuments', 'Eksperts', 'Termiņš', 'Statuss'],
                  ['motorzāģa operators', '3', 'MIP, PKE', 'I. Kalniņa', '15.02.2026', 'pabeigts'],
                  ['mežsaimniecības tehniķis', '4', 'MIP', 'M. Ozols', '06.03.2026', 'pabeigts – atbalstīts'],
                  ['mežsaimniecības tehniķis', '4', 'PKE', 'D. Sproģe', '06.03.2026', 'pabeigts'],
                  ['kokapstrādes iekārtu operators', '3', 'PKE', 'V. Ūdris', '30.04.2026', 'procesā'],
                  ['mēbeļu galdnieks', '4', 'MIP, PKE', 'J. Liepa', '31.03.2026', 'PKE iesniegts'],
                  ['meža mašīnu operators', '3', 'MIP, PKE', 'D. Sproģe', '15.05.2026', 'procesā']]),
       ('empty',),
       'Piezīme: eksperts atzinumā norāda, vai saturs ir atbalstāms, atbalstāms ar precizējumiem vai nav atbalstāms. Statusu aktualizē koordinatore.'],
      problems=['no_verdict'],
      author=COORD, created='2026-02-10 11:00',
      note='NOT a review: assignment table with a status column ("pabeigts – atbalstīts") maintained by the coordinator. No rows.')

build('r25a18_Purins_elektromontieris un elektrotehnikis_MIP',
      ['Sveiki, Līga,',
       'kā solīju, sūtu savu viedokli par abām enerģētikas programmām. Eksāmenus paskatīšos nākamnedēļ, tie šajā vēstulē nav vērtēti.',
       'Attiecībā uz elektromontiera programmu: saturs labs, bet modulī par kabeļu līniju montāžu vajadzētu skaidri nodalīt darbus bezsprieguma un sprieguma tuvumā, kā arī ielikt elektrodrošības grupu iegūšanas prasības. Kad šie divi punkti būs papildināti, programmu var virzīt saskaņošanai, un pārējā daļā es to atbalstu.',
       'Savukārt elektrotehniķa MIP, kuru saņēmu jau precizētā veidā pēc Andra Bērziņa piezīmēm, tagad ir pat ļoti laba – atjaunīgās enerģijas modulis uzrakstīts kvalitatīvi, ir releju aizsardzība. Atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.',
       'Normunds Puriņš',
       'Latvenergo AS, elektroietaišu ekspluatācijas inženieris',
       '05.05.2026'],
      rows=[('elektromontieris', 'MIP', 'needs_corrections'), ('elektrotehniķis', 'MIP', 'supported')],
      expert='Normunds Puriņš', date='2026-05-05', author=COORD, created='2026-05-06 10:00',
      note='Two qualifications named inside running text (inflected: "elektromontiera programmu", "elektrotehniķa MIP"); MIP only, PKE explicitly not covered -> no PKE rows. Earlier negative review by another expert is history.')

build('r25a19_GALDNIEKI_PKE_Dreimane',
      [('b', 'Eksāmenu satura izvērtējums – kokrūpniecības galdnieku un meža mašīnu operatora kvalifikācijas'),
       'Agnese Dreimane',
       ('empty',),
       'Vērtēju tikai profesionālās kvalifikācijas eksāmenu saturu, programmas man netika nosūtītas.',
       ('b', 'MĒBEĻU GALDNIEKS'),
       'Eksāmena struktūra (teorija, rasējuma lasīšana, praktiskais darbs) atbilst līmenim. Praktiskajā darbā jāparedz arī virsmas apdare, jo tagad uzdevums beidzas ar montāžu. Eksāmens ir atbalstāms, ja tiks papildināts ar apdares posmu un attiecīgi pārrēķināti punkti; pēc tam virzāms saskaņošanai.',
       ('b', 'BŪVIZSTRĀDĀJUMU GALDNIEKS'),
       'Praktiskais uzdevums faktiski ir mēbeļu galdnieka uzdevums (skapītis), nevis logs, durvis vai kāpnes. Teorijā nav jautājumu par siltumtehniskajām prasībām un hermetizāciju. Šo eksāmenu neatbalstu – tas neatbilst kvalifikācijai un jāveido no jauna.',
       ('b', 'MEŽA MAŠĪNU OPERATORS'),
       'Labs, pārdomāts eksāmens ar simulatora daļu. Atbalstāms un virzāms saskaņošanai.'],
      rows=[('mēbeļu galdnieks', 'PKE', 'needs_corrections'), ('būvizstrādājumu galdnieks', 'PKE', 'not_supported'),
            ('meža mašīnu operators', 'PKE', 'supported')],
      expert='Agnese Dreimane', date='', author='Agnese', created='2026-05-19 20:11',
      note='ALL-CAPS section headings, three qualifications, PKE only (MIP not sent -> no MIP rows). No date in the text -> empty. Condition "ja tiks papildināts" in the same sentence -> needs_corrections; "neatbalstu" first person.')

build('r25a20_Grinberga MT PKE',
      ['Mežsaimniecības tehniķa PKE – izskatīju 2026. gada 5. martā. Iebildumu nav, atbalstu eksāmena satura virzīšanu saskaņošanai.',
       'S. Grīnberga'],
      rows=[('mežsaimniecības tehniķis', 'PKE', 'supported')],
      expert='S. Grīnberga', date='2026-03-05', author='Sanita', created='2026-03-05 18:30',
      note='Two-line review; nominal verdict "atbalstu ... virzīšanu saskaņošanai"; date inside the sentence; initial+surname.')

build('r25a21_RE RE Motorzaga operatora PKE precizetais',
      [('mix', [('No: ', True), ('Ivars Kļaviņš <ivars.klavins@lvm-partneri.lv>', False)]),
       ('mix', [('Nosūtīts: ', True), ('ceturtdiena, 2026. gada 26. martā 11:20', False)]),
       ('mix', [('Kam: ', True), ('Krastiņa Līga', False)]),
       ('mix', [('Tēma: ', True), ('RE: RE: Motorzāģa operatora PKE – precizētā versija', False)]),
       ('empty',),
       'Līga,',
       'pārskatīju precizēto eksāmena versiju. Skola izlaboja visu, ko biju prasījis – vērtēšanas lapā tagad ir drošības kritēriji kā „kritiskie” (ja nav izpildīts, eksāmens nav nokārtots), un laika normatīvs palielināts. Tagad PKE saturs ir atbalstāms un virzāms saskaņošanai.',
       'Ivars',
       ('empty',),
       ('q', 'No: Ivars Kļaviņš'),
       ('q', 'Nosūtīts: pirmdiena, 2026. gada 9. martā 15:02'),
       ('q', 'Tēma: RE: Motorzāģa operatora PKE'),
       ('q', 'Sveika! Šādā redakcijā eksāmena saturs nav atbalstāms – darba drošības kritēriji vērtēšanā ir tikai 5 punkti no 100, tā nedrīkst būt. Lūdzu nodot skolai. Ivars')],
      rows=[('motorzāģa operators', 'PKE', 'supported')],
      expert='Ivars Kļaviņš', date='2026-03-26', author=COORD, created='2026-03-26 11:45',
      note='Outlook with Latvian headers; newest message supported, quoted earlier message from the same expert said "nav atbalstāms" (history, superseded). "nav nokārtots" is not a verdict.')

build('r25a22_Siltumapgade_atzinums_Silis',
      [('c', 'Eksperta atzinums'),
       'Profesionālā kvalifikācija: siltumapgādes sistēmu tehniķis',
       'LKI līmenis: 4',
       'Nozare: enerģētika',
       ('empty',),
       'Izskatīti Rīgas Tehniskās koledžas sagatavotie dokumenti. Programma ietver siltummezglu apkopi, siltumtīklu hidrauliku, siltumskaitītāju uzstādīšanu un datu nolasīšanu, kā arī energoefektivitātes pamatus. Prakse paredzēta siltumapgādes uzņēmumos. Eksāmena saturs loģiski izriet no programmas.',
       'Vērtējot abus dokumentus, nekonstatēju nepilnības, kas kavētu to apstiprināšanu. Gan modulārā programma, gan kvalifikācijas eksāmena saturs ir atbalstāmi un virzāmi saskaņošanai.',
       ('empty',),
       'Aivars Sīlis',
       'AS „Rīgas Siltums”, siltumtīklu ekspluatācijas daļas vadītājs',
       '2026. gada 3. jūnijā'],
      rows=[('siltumapgādes sistēmu tehniķis', 'MIP', 'supported', '4'), ('siltumapgādes sistēmu tehniķis', 'PKE', 'supported', '4')],
      problems=['unknown_qualification'],
      expert='Aivars Sīlis', date='2026-06-03', author='Aivars Sīlis', created='2026-06-03 08:50',
      note='Qualification not in the register (siltumapgādes sistēmu tehniķis, LKI 4 stated). Header lines; joint plural verdict for both documents.')

build('r25a23_KIRT_Ābele_galīgais',
      [('b', 'Koka izstrādājumu ražošanas tehniķis – MIP un PKE'),
       ('i', 'Zane Ābele, SIA „Latvijas Finieris” ražošanas tehnoloģe'),
       ('empty',),
       'Paldies par iespēju iepazīties ar abiem dokumentiem. Šī ir jau trešā darba grupa, kuras materiālus redzu, un kvalitāte ir ievērojami augusi.',
       'Programmā ļoti trūkst līmēto kokmateriālu un finiera ražošanas tehnoloģiju – tas ir viens no lielākajiem Latvijas kokrūpniecības eksporta produktiem, un tehniķim par to jāzina. Modulārās programmas saturu atbalstu ar nosacījumu, ka tiks papildināts modulis „Koksnes materiāli” ar līmēto materiālu tehnoloģijām; tikai tad to var nodot saskaņošanai.',
       'Eksāmena saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem. Vienīgi, ja darba grupai ir laiks, varētu nomainīt 7. jautājuma attēlu uz kvalitatīvāku, bet tā nav prasība.',
       ('empty',),
       'Rēzeknē, 2026.g. 2.jūnijā'],
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections'), ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
      expert='Zane Ābele', date='2026-06-02', author='Zane Abele', created='2026-06-02 13:05',
      note='"atbalstu ar nosacījumu, ka ..." -> needs_corrections; "bez precizējumiem" -> supported; optional image swap explicitly not a requirement. Name under title in italics.')

build('r25a24_Valters_mehatronika PKE otrreiz',
      [('header', 'Dr. sc. ing. Ojārs Valters', 'RTU Mašīnzinību institūta docents, mašīnbūves nozares eksperts'),
       ('c', 'Vēstule'),
       'Par mehatronisko sistēmu tehniķa profesionālās kvalifikācijas eksāmena saturu (otrā redakcija)',
       ('empty',),
       'Cienījamā koordinatore!',
       'Pirmajā ekspertīzes kārtā februārī eksāmena saturu atbalstīju ar precizējumiem, norādot, ka jāprecizē praktiskā uzdevuma apraksts. Diemžēl otrajā redakcijā darba grupa ir ne tikai neizpildījusi šo prasību, bet arī svītrojusi pneimatikas un hidraulikas uzdevumu, tā ka eksāmens tagad pārbauda vienīgi PLC programmēšanu. Mehatronisko sistēmu tehniķim tas nav pieņemami.',
       'Tādēļ šobrīd eksāmena saturu atbalstīt nevaru. Nepieciešama pārstrāde un jauna ekspertīze. Modulārā programma šajā kārtā man netika iesniegta.',
       ('empty',),
       'Ar cieņu',
       'O. Valters',
       'Rīgā, 27.04.2026.'],
      rows=[('mehatronisko sistēmu tehniķis', 'PKE', 'not_supported')],
      expert='Ojārs Valters', date='2026-04-27', author='Ojars Valters', created='2026-04-27 21:00',
      note='Letterhead in header with academic title; history of an earlier "atbalstīju ar precizējumiem" is superseded by "šobrīd ... atbalstīt nevaru"; "nav pieņemami" is a remark; MIP not submitted -> no MIP row.')

build('r25a25_elektrotehnikis_Bite_atzinums bez garumzimem',
      ['Atzinums par kvalifikaciju "Elektrotehnikis" (LKI 4)',
       ('empty',),
       'Sveiki! Rakstu no darba datora, kur nav latviesu tastaturas, atvainojos par garumzimem.',
       'Programma (MIP) kopuma laba, visi moduli ir, atjaunigas energijas modulis tagad ir. Tomer modulim "Elektrisko masinu ekspluatacija" jaizlabo stundu skaits (kopsumma nesakrit ar programmas kopejo apjomu, starpiba 40 stundas) un jaatjauno standarti literaturas saraksta. Programmas saturs ir atbalstams, pec precizejumu veiksanas virzams saskanosanai.',
       'Eksamens (PKE) - praktiskais uzdevums ir parak sarezgits un bistams - sprieguma merijumi zem sprieguma 0,4 kV sadalne bez pienaciga drosibas apraksta. Tads saturs nav atbalstams, jaizstrada cits uzdevums un atkartoti jaiesniedz ekspertizei.',
       ('empty',),
       'Janis Bite',
       'Jelgava, 14.05.2026'],
      rows=[('elektrotehniķis', 'MIP', 'needs_corrections', '4'), ('elektrotehniķis', 'PKE', 'not_supported', '4')],
      expert='Janis Bite', date='2026-05-14', author='ETK lietotajs', created='2026-05-14 12:12',
      note='Whole text without diacritics (including the expert\'s own name, kept as written). Canonical needs_corrections wording ascii-fied; PKE "nav atbalstams".')

build('r25a26_DKIO_Graudina_secinajumi',
      [('header', 'SIA „Vidzemes Mēbeļu Fabrika”'),
       ('footer', 'Elīna Graudiņa, ražošanas tehnoloģe | 2026-06-18'),
       ('c', 'Datorizētu kokapstrādes iekārtu operatora MIP un PKE (precizētā redakcija pēc 2. marta ekspertīzes)'),
       ('empty',),
       'Man lūdza izvērtēt dokumentus vēlreiz, jo iepriekšējais ekspertu atzinums par programmu bija pretrunīgs.',
       'Programmā nav novērsta galvenā problēma: moduļos nav nekā par CNC programmu sagatavošanu CAD/CAM vidē, audzēkņi mācās tikai palaist gatavas programmas. Tas neatbilst 4. LKI līmenim. Arī prakses plāns nav pārstrādāts.',
       'Eksāmena saturs ir labs, tikai jāsaskaņo vērtēšanas lapas punkti ar uzdevuma aprakstu (aprakstā 5 darba posmi, vērtēšanas lapā 4).',
       ('b', 'Secinājumi'),
       ('ln', 'MIP saturs šajā redakcijā nav atbalstāms.'),
       ('ln', 'PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.')],
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported'), ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections')],
      expert='Elīna Graudiņa', date='2026-06-18', author=COORD, created='2026-06-17 15:30',
      note='Name, role and date only in the page footer; company in header. Numbered conclusions. References an earlier contradictory review (history).')

build('r25a27_Mebelu galdnieks_MIP_T.Kalnins',
      [('b', 'Mēbeļu galdnieks (3. PKL) – izvērtējums'),
       'Toms Kalniņš, mēbeļu ražotnes „Koka Meistari” īpašnieks',
       'Datums: 08.04.2026.',
       ('empty',),
       'Dokumentos vēl lietots vecais apzīmējums – trešais profesionālās kvalifikācijas līmenis; mūsdienu terminos tas ir LKI 4. līmenis, ieteiktu to nomainīt visur.',
       'Programma. Moduļi veidoti pareizi, no materiālu mācības līdz mēbeļu montāžai un apdarei. Labi, ka iekļauta darba drošība ar CNC iekārtām un ergonomika. Programmu var virzīt saskaņošanai – atbalstu to.',
       'Eksāmens. PKE saturu izskatīju, un manas piezīmes ir pievienotas kā Word komentāri pielikumā. Par to, vai eksāmenu var atbalstīt, gribētu vispirms aprunāties ar Jāni Liepu, kurš eksāmenu skatīja pirms manis, jo mums, šķiet, ir atšķirīgi viedokļi par praktisko uzdevumu. Tāpēc gala vērtējumu par PKE pagaidām nesniedzu.'],
      rows=[('mēbeļu galdnieks', 'MIP', 'supported', '4'), ('mēbeļu galdnieks', 'PKE', 'unknown', '4')],
      problems=['no_verdict'],
      expert='Toms Kalniņš', date='2026-04-08', author='Toms', created='2026-04-08 22:10',
      note='Old level PKL 3 = LKI 4 (consistent with register). MIP supported; PKE reviewed but verdict withheld -> unknown + no_verdict. Suggestion to rename the level is not a condition.')

build('r25a28_Jansons_VGK_un_elektromontieris_MIP_PKE',
      [('c', 'ENERĢĒTIKAS NOZARES EKSPERTA ATZINUMS'),
       'Eksperts: Raimonds Jansons',
       'Datums: 2026. gada 15. jūnijs',
       ('empty',),
       'Šajā atzinumā apkopots mans vērtējums par trim kvalifikācijām, kuru dokumentus Jelgavas tehnikums iesniedza vienlaicīgi.',
       ('h', '1. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'),
       'MIP: salīdzinot ar februāra versiju, kurai kolēģis E. Krūmiņš jau bija devis pozitīvu vērtējumu, šī ir cita skolas programma ar citu moduļu struktūru. Trūkst moduļa par sistēmu ieregulēšanu un nodošanu ekspluatācijā. Programma ir atbalstāma, bet pirms saskaņošanas šis modulis jāpievieno.',
       'PKE: eksāmens atbilst līmenim; atbalstāms un virzāms saskaņošanai.',
       ('h', '2. VGK iekārtu remontatslēdznieks'),
       'MIP: atbalstu, iebildumu nav, var virzīt saskaņošanai.',
       'PKE: praktiskā uzdevuma vērtēšanas kritērijos jāpievieno hermētiskuma pārbaude. Kad tas izdarīts, eksāmenu var virzīt saskaņošanai.',
       ('h', '3. Elektromontieris'),
       'MIP: programmā moduļi par zemsprieguma sadalnēm un apgaismojuma tīkliem dublējas gandrīz pilnībā, bet nav nekā par zibensaizsardzību un zemējumiem. Šāda programma netiek atbalstīta.',
       'PKE: nav atbalstāms, jo izriet no programmas un tai pašā veidā neaptver zemējumu ierīkošanu.',
       ('empty',),
       'R. Jansons'],
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'needs_corrections'),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections'),
            ('elektromontieris', 'MIP', 'not_supported'),
            ('elektromontieris', 'PKE', 'not_supported')],
      expert='Raimonds Jansons', date='2026-06-15', author='Raimonds Jansons', created='2026-06-15 09:45',
      note='Three qualifications (full name, alias "VGK iekārtu remontatslēdznieks"), both documents each; mention of another expert\'s positive earlier verdict is not this file\'s verdict. PKE needs_corrections via "Kad tas izdarīts, var virzīt".')

build('r25a29_Petersone_MMO_PKE_svitrot',
      [('b', 'Meža mašīnu operatora PKE – atzinums'),
       'Eksāmena saturu izskatīju kopā ar mūsu uzņēmuma harvestera operatoriem. Uzdevumi ir reāli, simulatora daļa pārdomāta, vērtēšana godīga. Vienīgā piezīme – instrukcijā eksaminētājam drukas kļūda 3. lapā.',
       'Saskaņā ar koordinatores norādījumu atzīmēju vērtējumu (nevajadzīgo svītrot):',
       ('strike', [('saturs ir atbalstāms un virzāms saskaņošanai', False), (' / ', False),
                   ('saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', True), (' / ', False),
                   ('saturs nav atbalstāms', True)]),
       ('empty',),
       'Lelde Pētersone',
       'AS „Meža Tehnika”, apmācību vadītāja',
       '2026. gada 21. maijā'],
      rows=[('meža mašīnu operators', 'PKE', 'supported')],
      expert='Lelde Pētersone', date='2026-05-21', author='Lelde Pētersone', created='2026-05-21 10:05',
      note='Prose memo with one "nevajadzīgo svītrot" line: the two non-chosen options carry strikethrough; chosen = supported. Typo remark is not a condition.')

build('r25a30_Fwd_KIO MIP Liepins',
      ['---------- Forwarded message ---------',
       'From: Līga Krastiņa <liga.krastina@lddk.lv>',
       'Date: Tue, Mar 10, 2026 at 9:14 AM',
       'Subject: Fwd: Kokapstrādes iekārtu operators MIP un PKE',
       'To: <visc.darbagrupa@visc.gov.lv>',
       ('empty',),
       'Nododu tālāk Oskara Liepiņa atzinumu. L.K.',
       ('empty',),
       '---------- Forwarded message ---------',
       'From: Oskars Liepiņš <oskars.liepins@kokpro.lv>',
       'Date: Mon, Mar 9, 2026 at 6:40 PM',
       'Subject: Kokapstrādes iekārtu operators MIP un PKE',
       ('empty',),
       'Labvakar!',
       'Programmai ir vajadzīgi daži uzlabojumi: ēvelēšanas un frēzēšanas moduļos jāpievieno instrumentu asināšana un nomaiņa, kā arī skaidrāk jāapraksta darbs ar līmēšanas presēm. Ar šiem precizējumiem programmu atbalstu, un pēc tam to var virzīt saskaņošanai.',
       'Eksāmenu es šoreiz neskatīju – pēc vienošanās to vērtēs V. Ūdris.',
       'Oskars Liepiņš',
       'SIA „KokPro”, ražošanas meistars'],
      rows=[('kokapstrādes iekārtu operators', 'MIP', 'needs_corrections')],
      expert='Oskars Liepiņš', date='2026-03-09', author=COORD, created='2026-03-10 09:20',
      note='Gmail forward chain with English headers; coordinator\'s forward date (10 Mar) is not the review date; the inner expert message dated 9 Mar. PKE explicitly reviewed by another expert -> no PKE row.')

build('r25a31_Kalejs_VGK remontatsl PKE rezumejot',
      ['Artūrs Kalējs',
       'ventilācijas sistēmu servisa inženieris',
       ('empty',),
       'Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka kvalifikācijas eksāmenu',
       'Nozares uzņēmumi atbalsta ideju, ka eksāmenā jābūt reālai iekārtai, nevis tikai testam, un tas šeit ir izdarīts. Var teikt, ka atbalsts no darba devēju puses šai pieejai ir liels.',
       'Tomēr uzdevumā paredzēts strādāt ar aukstumaģentu kontūru, kas remontatslēdznieka (LKI 3) kompetencēs neietilpst – to drīkst darīt tikai sertificēts speciālists. Vērtēšanas lapā nav darba drošības kritēriju. Teorētiskajā daļā vairāki jautājumi ir no tehniķa līmeņa.',
       ('b', 'Rezumējot'),
       'Pašreizējā redakcijā PKE nevaru atbalstīt. Programmu (MIP) šajā reizē neskatīju.',
       '2026-06-09'],
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'not_supported')],
      expert='Artūrs Kalējs', date='2026-06-09', author='Artūrs Kalējs', created='2026-06-09 16:00',
      note='Distractors: "Nozares uzņēmumi atbalsta ideju" (verb with own subject) and "atbalsts" as noun; verdict under "Rezumējot": "nevaru atbalstīt". MIP explicitly not reviewed -> no row.')

build('r25a32_Vanags_motorzagi un zagetava',
      [('c', 'Atzinums par divu kokrūpniecības kvalifikāciju programmām un eksāmeniem'),
       'Uldis Vanags, kokzāģētavas „Vanagi” vadītājs',
       ('empty',),
       'I. Motorzāģa operators',
       'Pēc I. Kalniņas februāra piezīmēm programma ir daļēji papildināta, vējgāzu izstrāde tagad ir. Tomēr joprojām trūkst ķēdes eļļu videi draudzīgo veidu – lūdzu to pievienot, tad programmu var virzīt. Eksāmens bez izmaiņām, tāpat kā iepriekš – atbalstāms un virzāms saskaņošanai.',
       'II. Zāģētavas iekārtu operators (LKI 3)',
       'Šī ir jauna kvalifikācija, ko skola piedāvā pēc mūsu nozares lūguma. Programma un eksāmens ir izstrādāti teicami, ar lielu praktisko daļu. Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.',
       ('empty',),
       'U. Vanags',
       'Smiltene, 30.04.2026'],
      rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('motorzāģa operators', 'PKE', 'supported'),
            ('zāģētavas iekārtu operators', 'MIP', 'supported', '3'), ('zāģētavas iekārtu operators', 'PKE', 'supported', '3')],
      problems=['unknown_qualification'],
      expert='Uldis Vanags', date='2026-04-30', author='Uldis', created='2026-04-30 19:30',
      note='Roman-numeral sections; one register qualification and one not in the register (zāģētavas iekārtu operators, LKI 3 stated). "tāpat kā iepriekš" PKE verdict is current and restated.')

build('r25a33_Eglītis_MT_MIP PKE 5.posms',
      [('b', 'Mežsaimniecības tehniķis – MIP un PKE (projekta 5. posms)'),
       ('empty',),
       'Labdien!',
       'Pēc skolas lūguma izvērtēju jauno Kandavas tehnikuma īstenošanai pielāgoto programmu un eksāmenu mežsaimniecības tehniķa kvalifikācijā (profesionālajā tālākizglītībā).',
       'Tālākizglītības programmas apjoms ir samazināts pareizi, atstājot tos moduļus, kas pieaugušajiem ar darba pieredzi ir nepieciešami. Eksāmens ir tas pats, kas pamatprogrammai, un tas ir pareizi.',
       'Ieteikumi, kurus darba grupa var ņemt vērā pēc saviem ieskatiem: pievienot vairāk e-mācību iespēju, precizēt literatūras sarakstu.',
       ('b', 'Noslēgumā'),
       'Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai. Iepriekš minētie ieteikumi nav priekšnoteikums saskaņošanai.',
       ('empty',),
       'Ar cieņu,',
       'Kārlis Eglītis',
       'Kandavā, 2026. gada 8. jūlijā'],
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported'), ('mežsaimniecības tehniķis', 'PKE', 'supported')],
      expert='Kārlis Eglītis', date='2026-07-08', author='Kārlis Eglītis', created='2026-07-08 11:11',
      note='Optional suggestions explicitly "nav priekšnoteikums" -> supported, not needs_corrections. Conclusion under "Noslēgumā".')

build('r25a34_Luse_mehatronika',
      [('header', 'Dr. paed. Sandra Lūse', 'profesionālās izglītības eksperte, mašīnbūves nozare'),
       ('c', 'Mehatronisko sistēmu tehniķis (LKI 4) – Daugavpils tehnikuma dokumenti'),
       ('empty',),
       'Ekspertīzes mērķis bija izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, ņemot vērā nozares kvalifikāciju struktūru.',
       'Programmā labi aprakstīti moduļi, sasniedzamie rezultāti formulēti kompetenču valodā. Nepieciešami daži precizējumi: vienots termins „programmējamais loģiskais kontrolleris” visā tekstā un aktualizēts standartu saraksts.',
       'Eksāmenā praktiskais uzdevums nav saistīts ar programmā apgūto – tas prasa robota programmēšanu, bet programmā roboti ir tikai ievada līmenī. Eksāmena saturs ir jāveido no jauna.',
       ('b', 'Vērtējums'),
       'MIP – atbalstīta, virzāma pēc precizējumiem.',
       'PKE – neatbalstīts.',
       ('empty',),
       'S. Lūse, 2026. g. 25. maijā'],
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'), ('mehatronisko sistēmu tehniķis', 'PKE', 'not_supported')],
      expert='Sandra Lūse', date='2026-05-25', author=COORD, created='2026-05-26 08:40',
      note='Purpose sentence lists verdict words (not a verdict); nominal verdicts "atbalstīta, virzāma pēc precizējumiem", "neatbalstīts" (ne- prefix). Full name from letterhead, title stripped.')

build('r25a35_Priede_4 kvalifikacijas_MIP',
      [('b', 'Jānis Priede'),
       'Latvijas Kokrūpniecības federācijas izglītības komitejas loceklis',
       ('empty',),
       ('c', 'Kokrūpniecības nozares modulāro izglītības programmu izvērtējums'),
       'Rīgā, 2026. gada 23. aprīlī',
       ('empty',),
       'Vērtēju četras programmas. Eksāmenu saturu šajā dokumentā nevērtēju, tos skatīja citi eksperti.',
       'Kokapstrādes iekārtu operatora programma – kopumā laba; ja tiks pievienota instrumentu asināšana, ko jau minēja O. Liepiņš, to var virzīt saskaņošanai. Citu iebildumu man nav.',
       'Datorizētu kokapstrādes iekārtu operatora programma – šī ir versija pirms 2. marta precizējumiem; tajā joprojām nav CAD/CAM, tāpēc atbalstīt to nevaru.',
       'Koka izstrādājumu ražošanas tehniķa programma – labākā no četrām. Atbalstāma un virzāma saskaņošanai.',
       'Būvizstrādājumu galdnieka programma – moduļos par logu un durvju izgatavošanu ņemtas vērā jaunās energoefektivitātes prasības, kāpņu izgatavošana izstrādāta detalizēti. Nav iebildumu, iesaku virzīt saskaņošanai.',
       ('empty',),
       'J. Priede'],
      rows=[('kokapstrādes iekārtu operators', 'MIP', 'needs_corrections'),
            ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported'),
            ('koka izstrādājumu ražošanas tehniķis', 'MIP', 'supported'),
            ('būvizstrādājumu galdnieks', 'MIP', 'supported')],
      expert='Jānis Priede', date='2026-04-23', author=COORD, created='2026-04-24 09:00',
      note='Four qualifications, sections inside running text (genitive forms), MIP only, PKE explicitly out of scope -> no PKE rows. Name bold at top, date line below the title.')

build('r25a36_RE_Purins_PKE elektro',
      [('mix', [('From: ', True), ('Normunds Puriņš', False)]),
       ('mix', [('Sent: ', True), ('Wednesday, May 13, 2026 7:58 AM', False)]),
       ('mix', [('To: ', True), ('Līga Krastiņa', False)]),
       ('mix', [('Subject: ', True), ('RE: elektro PKE', False)]),
       ('empty',),
       'Līga, labrīt,',
       'kā solīju 5. maija vēstulē, tagad par eksāmeniem.',
       'Elektromontiera PKE – viss kārtībā, teorija un praktiskais uzdevums sakrīt ar kvalifikācijas prasībām, elektrodrošības kritēriji ir kritiskie. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.',
       'Elektrotehniķa PKE atbalstāms ar precizējumiem: 2. uzdevumā jānorāda mērinstrumentu precizitātes klase un jāpārskata punktu sadalījums (teorijai pašlaik 60 %, praksei tikai 40 %). Pēc šo labojumu veikšanas var virzīt saskaņošanai.',
       'Ar cieņu,',
       'Normunds'],
      rows=[('elektromontieris', 'PKE', 'supported'), ('elektrotehniķis', 'PKE', 'needs_corrections')],
      expert='Normunds Puriņš', date='2026-05-13', author=COORD, created='2026-05-13 08:30',
      note='Follow-up mail to r25a18 (same expert), PKE only for two qualifications; expert signs with first name only, full name in the From line. "atbalstāms ar precizējumiem" -> needs_corrections.')

# ---------------------------------------------------------------------------
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBLEMS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r25a blind set: free-prose expert reviews\n\n')
    f.write('Built by `build.py` (python-docx). Gold labels sit next to each `build()` call.\n\n')
    f.write('| file | design and judgement calls |\n|---|---|\n')
    for fn, note in NOTES:
        f.write('| %s | %s |\n' % (fn, note.replace('|', '/')))
print(len(NOTES), 'files,', len(ROWS), 'rows,', len(PROBLEMS), 'problems')
