# -*- coding: utf-8 -*-
"""Builds the r28a blind set: free-prose expert reviews (letters, memos, pasted e-mails).
Run: /work/hvenv/bin/python build.py"""
import csv, datetime, os, glob
import docx
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


def new(author, created):
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.created = datetime.datetime(*created)
    d.core_properties.title = ''
    return d


def P(d, text='', b=False, i=False, al=None, size=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = b
        r.italic = i
        if size:
            r.font.size = Pt(size)
    if al == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif al == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif al == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def T(d, block):
    """Tiny markup: '# ' bold, '= ' centred bold, '~ ' right, '> ' italic quote, '| ' empty para."""
    for line in block.strip('\n').split('\n'):
        s = line.strip()
        if not s:
            continue
        if s.startswith('# '):
            P(d, s[2:], b=True)
        elif s.startswith('= '):
            P(d, s[2:], b=True, al='c', size=13)
        elif s.startswith('~ '):
            P(d, s[2:], al='r')
        elif s.startswith('> ') or s == '>':
            P(d, s[2:], i=True)
        elif s == '|':
            P(d, '')
        else:
            P(d, s, al='j')


def runs(p, parts):
    """parts: list of (text, fmt) with fmt in '', 'b', 'i', 's' (strike)."""
    for text, fmt in parts:
        r = p.add_run(text)
        if 'b' in fmt:
            r.bold = True
        if 'i' in fmt:
            r.italic = True
        if 's' in fmt:
            r.font.strike = True
    return p


_rid = [100]


def _tc(kind, author, date):
    el = OxmlElement('w:' + kind)
    _rid[0] += 1
    el.set(qn('w:id'), str(_rid[0]))
    el.set(qn('w:author'), author)
    el.set(qn('w:date'), date)
    return el


def tracked(p, deleted, inserted, author, date):
    """Append a tracked deletion followed by a tracked insertion to paragraph p."""
    if deleted:
        de = _tc('del', author, date)
        r = OxmlElement('w:r')
        t = OxmlElement('w:delText')
        t.set(qn('xml:space'), 'preserve')
        t.text = deleted
        r.append(t)
        de.append(r)
        p._p.append(de)
    if inserted:
        ins = _tc('ins', author, date)
        r = OxmlElement('w:r')
        t = OxmlElement('w:t')
        t.set(qn('xml:space'), 'preserve')
        t.text = inserted
        r.append(t)
        ins.append(r)
        p._p.append(ins)
    return p


def hdr(d, text):
    d.sections[0].header.paragraphs[0].text = text


def ftr(d, text):
    d.sections[0].footer.paragraphs[0].text = text


def table(d, data, bold_first=False):
    t = d.add_table(rows=len(data), cols=len(data[0]))
    t.style = 'Table Grid'
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if bold_first and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def build(name, d, expert='', date='', rows=(), problems=(), note=''):
    """rows: (qualification, document, verdict[, lki]) ; lki defaults to the register."""
    assert name.startswith('r28a'), name
    d.save(os.path.join(OUT, name))
    for r in rows:
        q, doc, v = r[0], r[1], r[2]
        lki = r[3] if len(r) > 3 else REG.get(q, '')
        assert doc in ('MIP', 'PKE') and v in ('supported', 'needs_corrections', 'not_supported', 'unknown')
        ROWS.append([name, q, doc, v, expert, date, str(lki)])
    for c in problems:
        assert c in ('no_verdict', 'unknown_qualification', 'conflict')
        PROBS.append([name, c])
    NOTES.append((name, note))


# Coordinators who forward files
KOORD = 'Dace Ozola'
KOORD2 = 'Lelde Strautiņa'

# ---------------------------------------------------------------- 01
d = new(KOORD, (2026, 3, 12, 15, 40))
T(d, """
~ LDDK projekta 4.2.2.9. koordinatorei
~ Dacei Ozolai
|
# Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas saturu
Labdien!
Pēc Jūsu lūguma esmu izskatījusi darba grupas sagatavoto modulārās izglītības programmas projektu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Eksāmena saturu šoreiz man neiesūtīja, tāpēc par to neizsakos – saprotu, ka to skatīs kolēģis no Kurzemes.
Programma kopumā ir labi strukturēta, moduļu secība ir loģiska, un prieks, ka beidzot ir iekļauts atsevišķs modulis par CNC apstrādes centru programmēšanu. Tomēr daži moduļi ir sarakstīti pārāk vispārīgi.
Modulī „Korpusa mēbeļu izgatavošana” sasniedzamie rezultāti dublē moduli „Mēbeļu detaļu apstrāde”; ieteiktu tos apvienot vai skaidri nodalīt.
Modulī „Virsmu apdare” nav minēti ūdens bāzes lakas un to žāvēšanas režīmi – mūsu ražotnēs tas ir ikdiena, un audzēknim tas jāprot.
Darba aizsardzības prasības ir minētas tikai ievada modulī, bet tām būtu jāparādās katrā praktiskajā modulī.
Kopumā programmas saturu atbalstu. Saskaņošanai to gan varētu virzīt tikai tad, kad iepriekš minētie trīs punkti būs izlaboti.
|
Ar cieņu,
Inese Kalniņa
SIA „Kokmeistars”, ražošanas vadītāja
2026. gada 12. martā
""")
build('r28a01_Atzinums_mebelu_galdnieks_MIP.docx', d, 'Inese Kalniņa', '2026-03-12',
      rows=[('mēbeļu galdnieks', 'MIP', 'needs_corrections')],
      note='Letter, MIP only; PKE explicitly not received -> no PKE row. Condition in the sentence after "atbalstu".')

# ---------------------------------------------------------------- 02
d = new(KOORD2, (2026, 4, 7, 10, 5))
T(d, """
No: Jānis Bērziņš <janis.berzins@elektrotikls.lv>
Nosūtīts: otrdiena, 2026. gada 7. aprīlis 9:52
Kam: Lelde Strautiņa <lelde.strautina@lddk.lv>
Tēma: RE: Elektromontieris – PKE saturs ekspertīzei
|
Sveika, Lelde!
Izgāju cauri eksāmena materiāliem elektromontierim. Praktiskie uzdevumi atbilst tam, ko mēs sagaidām no jauna montiera objektā – sadales skapja montāža, mērījumi, izolācijas pretestība, viss ir vietā. Vērtēšanas kritēriji ir saprotami, punktu sadalījums loģisks. Teorijas daļā pāris jautājumi formulēti neveikli, bet tas ir gaumes jautājums, uz labojumiem neuzstāju.
Tātad mans viedoklis: PKE saturs atbalstāms un var iet tālāk uz saskaņošanu tādā pašā redakcijā.
Ja vajag to noformēt uz veidlapas, atsūti, aizpildīšu.
|
Jānis
|
Jānis Bērziņš
Tehniskais direktors, SIA „Elektrotīkls”
tālr. 29 123 456
|
No: Lelde Strautiņa
Nosūtīts: ceturtdiena, 2026. gada 26. marts 14:18
Kam: Jānis Bērziņš
Tēma: Elektromontieris – PKE saturs ekspertīzei
> Labdien, Jāni!
> Pielikumā profesionālās kvalifikācijas „Elektromontieris” (LKI 3) eksāmena satura projekts. Lūgums līdz 10. aprīlim sniegt vērtējumu, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms un virzāms saskaņošanai pēc precizējumu veikšanas vai nav atbalstāms.
> MIP šai kvalifikācijai vērtē Ilze, tā ka tev tikai PKE.
> Paldies!
> Lelde
""")
build('r28a02_RE Elektromontieris PKE.docx', d, 'Jānis Bērziņš', '2026-04-07',
      rows=[('elektromontieris', 'PKE', 'supported')],
      note='Outlook reply pasted, Latvian headers; quoted request lists all three options (not a verdict). MIP reviewed by someone else -> no row. Date = sent date of the reply.')

# ---------------------------------------------------------------- 03
d = new('Andris Liepiņš', (2026, 4, 24, 11, 0))
T(d, """
= Ekspertīzes slēdziens
= par kokrūpniecības nozares modulārajām izglītības programmām un profesionālās kvalifikācijas eksāmenu saturu
|
Eksperts: Dr.sc.ing. Andris Liepiņš, Latvijas Biozinātņu un tehnoloģiju universitāte, Kokapstrādes katedra
|
Šajā kārtā man tika nodoti trīs kvalifikāciju dokumentu komplekti. Zemāk sniedzu piezīmes un vērtējumu katrai kvalifikācijai atsevišķi; katras sadaļas beigās ir mans gala vērtējums par programmu un eksāmenu.
|
# 1. Kokapstrādes iekārtu operators (LKI 3)
Programma atbilst profesijas standartam un nozares kvalifikāciju struktūrai. Moduļu apjoms kredītpunktos ir samērīgs. Praktisko mācību daļa darba vidē ir pietiekama. Par programmu: atbalstāma un virzāma saskaņošanai.
Eksāmena praktiskajā daļā paredzēts izgatavot izstrādājumu pēc rasējuma, taču nav noteikts, kādas iekārtas eksaminējamais drīkst izmantot. Tas jānosaka viennozīmīgi, citādi dažādās skolās eksāmens nebūs salīdzināms. Teorētiskajā daļā 40 jautājumi – pietiekami. Eksāmena saturs atbalstāms, bet pirms virzīšanas saskaņošanai jāprecizē iekārtu saraksts.
|
# 2. Datorizētu kokapstrādes iekārtu operators (LKI 4)
Šeit situācija ir sliktāka. Programmā praktiski nav ietverta CNC programmēšana (G-kods, CAM programmatūra), kas ir šīs kvalifikācijas kodols; modulis „Datorizētas iekārtas” pēc satura ir tas pats, kas 3. līmenī. Programmu šādā veidā atbalstīt nevaru – tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.
Eksāmens, savukārt, ir sagatavots rūpīgi, uzdevums ar apstrādes programmas sagatavošanu ir labs. Eksāmena saturu atbalstu un iesaku virzīt saskaņošanai.
|
# 3. Meža mašīnu operators
Lai gan tā nav gluži mana specialitāte, izskatīju abus dokumentus kopā ar kolēģi no AS „Latvijas valsts meži”. Programmā jāpapildina modulis par harvestera apkopi (hidraulika, ķēdes eļļošana) un jāaktualizē darba drošības prasības cirsmā. Pēc šo precizējumu veikšanas programmu var virzīt saskaņošanai. Eksāmena saturam iebildumu nav, tas ir atbalstāms un virzāms saskaņošanai.
|
Jelgavā, 2026. gada 24. aprīlī
Andris Liepiņš
""")
build('r28a03_Liepins_kokrupnieciba_3kval.docx', d, 'Andris Liepiņš', '2026-04-24',
      rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported'),
            ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections'),
            ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported'),
            ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported'),
            ('meža mašīnu operators', 'MIP', 'needs_corrections'),
            ('meža mašīnu operators', 'PKE', 'supported')],
      note='Three qualifications, numbered headings; academic title stripped from expert. Nominal verdicts ("Par programmu: atbalstāma un virzāma"); MIP for meža mašīnu operators: "pēc precizējumu veikšanas var virzīt" with the requirement in the previous sentence.')

# ---------------------------------------------------------------- 04
d = new('', (2026, 2, 5, 21, 17))
T(d, """
motorzaga operators - MIP un PKE
|
paskatijos abus dokumentus. programma ok, moduli atbilst tam ko dara motorzaga operators mezaa, drosibas prasibas ir, apkopes modulis ir. eksamena uzdevumi - koka gazshana, atzarosana, sagarumosana + motorzaga apkope, viss kaa vajag.
sikums: PKE 3.uzdevuma apraksta ir drukas kluda (dīametrs), bet tas nav butiski.
abus dokumentus atbalstu, var virzit saskanosanai bez precizejumiem.
|
vel - meza masinu operatoru MIP ari paskatijos kad jau biju pie datora, tur ari viss kartiba, atbalstu, virzams saskanosanai. PKE tam vel nav atsutits.
|
R. Ozols
05.02.2026
""")
build('r28a04_motorzags_ozols.docx', d, 'R. Ozols', '2026-02-05',
      rows=[('motorzāģa operators', 'MIP', 'supported'),
            ('motorzāģa operators', 'PKE', 'supported'),
            ('meža mašīnu operators', 'MIP', 'supported')],
      note='Hasty, no diacritics, initial + surname. "bez precizejumiem" = supported. Second qualification in a passing paragraph; its PKE not sent -> no row.')

# ---------------------------------------------------------------- 05
d = new(KOORD, (2026, 4, 15, 8, 30))
T(d, """
Ekspertes atzinums par mežsaimniecības tehniķa modulārās izglītības programmas atkārtoto redakciju
|
Iepriekšējā ekspertīzes kārtā (2026. gada februārī) programmas pirmā redakcija netika atbalstīta, galvenokārt tāpēc, ka tajā nebija iekļauta meža inventarizācija ar ĢIS rīkiem un meža atjaunošanas plānošana, kā arī praktisko mācību uzņēmumā apjoms bija nepietiekams.
Darba grupa ir ņēmusi vērā visus manus iebildumus: papildināts modulis „Meža resursu uzskaite”, ieviests jauns modulis „Meža atjaunošana un kopšana”, prakses apjoms palielināts līdz 30 % no programmas.
Atsevišķi vēlos uzteikt darba grupu par izvērstajiem vērtēšanas kritērijiem moduļos. Ieteikums (nav obligāts): modulī „Uzņēmējdarbības pamati” varētu iekļaut meža īpašnieku konsultēšanu.
Līdz ar to šo programmas redakciju atbalstu un iesaku virzīt saskaņošanai.
Par eksāmena saturu atzinumu sniedz cits eksperts, tāpēc šis dokuments attiecas tikai uz MIP.
|
Līga Zariņa
meža īpašnieku konsultante, Meža konsultāciju pakalpojumu centrs
2026-04-15
""")
build('r28a05_Zarina_mezsaimniecibas tehnikis MIP 2.redakcija.docx', d, 'Līga Zariņa', '2026-04-15',
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported')],
      note='Second round: history says first version "netika atbalstīta"; current verdict supported. Optional suggestion does not make it conditional. "attiecas tikai uz MIP" -> no PKE row.')

# ---------------------------------------------------------------- 06
d = new('Mārtiņš Kalns', (2026, 5, 8, 16, 2))
T(d, """
Mārtiņš Kalns
SIA „Enerģoserviss”, elektroietaišu nodaļas vadītājs
|
= ATZINUMS
= par enerģētikas nozares MIP un PKE projektiem
|
Izskatīju kvalifikāciju „Elektrotehniķis” (LKI 4) un „Elektromontieris” (LKI 3) dokumentus, ko Rīgas Valsts tehnikuma darba grupa iesniedza 2026. gada 20. aprīlī.
|
# Elektrotehniķis
Programmā (MIP) nav nodalītas elektrotehniķa un elektromontiera kompetences – lielākā daļa moduļu ir pārkopēti no 3. līmeņa programmas, nav iekļauta releju aizsardzība, automatizācijas sistēmas, elektroenerģijas uzskaite un projektēšanas pamati. Arī moduļu sasniedzamie rezultāti nav izmērāmi. Šādai programmai nepieciešama būtiska pārstrāde.
Eksāmena saturs ir daudz labāks. Jānomaina 2. praktiskais uzdevums (tagad tas ir par apgaismojuma montāžu, kas ir montiera līmenis) uz uzdevumu ar bojājuma meklēšanu 0,4 kV sadalē, un jāprecizē vērtēšanas kritēriju svari.
|
# Elektromontieris
Programmas saturs atbilst standartam. Vienīgi modulī „Kabeļu līniju montāža” jāpievieno kabeļu uzmavu montāža vidsprieguma tīklos, jo to prasa darba devēji. Eksāmenu man nesūtīja.
|
# Slēdziens
Elektrotehniķa MIP saturs nav atbalstāms. Elektrotehniķa PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.
Elektromontiera MIP saturu atbalstu, saskaņošanai virzāms pēc minētā papildinājuma.
|
2026. gada 8. maijā
""")
build('r28a06_Kalns_energetika_atzinums.docx', d, 'Mārtiņš Kalns', '2026-05-08',
      rows=[('elektrotehniķis', 'MIP', 'not_supported'),
            ('elektrotehniķis', 'PKE', 'needs_corrections'),
            ('elektromontieris', 'MIP', 'needs_corrections')],
      note='Letterhead with name and role above the title; Slēdziens outranks body. Elektromontieris PKE not sent -> no row.')

# ---------------------------------------------------------------- 07  NOT A REVIEW
d = new(KOORD2, (2026, 3, 4, 13, 0))
T(d, """
= Darba grupas sanāksmes protokols Nr. 3
Rīgā, 2026. gada 3. martā, tiešsaistē (MS Teams)
|
Piedalās: L. Strautiņa (LDDK), D. Ozola (LDDK), I. Kalniņa, A. Liepiņš, M. Kalns (nozaru eksperti), VISC pārstāve S. Gaile.
Protokolē: L. Strautiņa.
|
# Darba kārtība
1. Informācija par projekta 4. posma norisi.
2. MIP un PKE ekspertīžu grafiks kokrūpniecības un enerģētikas nozarē.
3. Dažādi.
|
# 1. Informācija par projekta norisi
D. Ozola informē, ka līdz šim brīdim pabeigta motorzāģa operatora un mežsaimniecības tehniķa dokumentu ekspertīze. VISC pārstāve atgādina, ka metodiskais atbalsts skolām tiek nodrošināts arī 5. posmā.
# 2. Ekspertīžu grafiks
A. Liepiņš norāda, ka datorizētu kokapstrādes iekārtu operatora programmas projekts vēl nav pietiekami gatavs ekspertīzei un ierosina darba grupai to vispirms pārrunāt ar nozares uzņēmumiem. M. Kalns jautā, vai ekspertam jāvērtē arī eksāmena vērtēšanas kritēriji. S. Gaile skaidro, ka ekspertam jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms, un jāpamato vērtējums.
Nolemj: ekspertīzes elektrotehniķa un elektromontiera kvalifikācijām veikt līdz 30. aprīlim; kokrūpniecības kvalifikācijām – līdz 31. maijam.
# 3. Dažādi
I. Kalniņa informē, ka nozares uzņēmumi atbalsta ideju par kopīgu prakšu vietu datubāzi.
|
Sanāksme slēgta plkst. 11.40.
Protokolēja L. Strautiņa
""")
build('r28a07_protokols_03.03.2026.docx', d, rows=[], problems=['no_verdict'],
      note='NOT a review: meeting minutes; mentions MIP/PKE, lists all verdict options, "metodiskais atbalsts", "uzņēmumi atbalsta". No rows.')

# ---------------------------------------------------------------- 08
d = new('Valdis Siliņš', (2026, 5, 19, 9, 45))
T(d, """
Valdis Siliņš, metālapstrādes uzņēmuma SIA „Metalforma” galvenais tehnologs
|
# Vērtējums: kvalifikācija „Metālapstrādes iekārtu operators”, LKI 3. līmenis
|
Saņēmu gan modulāro programmu, gan eksāmena saturu. Abi dokumenti rakstīti profesionāli, redzams, ka darba grupā strādājuši cilvēki no ražošanas.
Par programmu. Moduļos „Virpošana” un „Frēzēšana” pietrūkst mērinstrumentu kalibrēšanas un kvalitātes kontroles ar koordinātu mērmašīnu; ja tas tiks papildināts, man pret programmu iebildumu nav. Tātad programma ir atbalstāma, tālāk virzāma pēc šiem precizējumiem.
Par eksāmenu. Praktiskā uzdevuma detaļa ir adekvāta 3. līmenim, pielaides reālas, laika norma ir pieņemama. Eksāmenu atbalstu bez iebildumiem, var virzīt saskaņošanai.
|
Ogrē, 19.05.2026.
""")
build('r28a08_Silins_metalapstrades iekartu operators.docx', d, 'Valdis Siliņš', '2026-05-19',
      rows=[('metālapstrādes iekārtu operators', 'MIP', 'needs_corrections', 3),
            ('metālapstrādes iekārtu operators', 'PKE', 'supported', 3)],
      problems=['unknown_qualification'],
      note='Qualification not in the register (LKI 3 stated). "man pret programmu iebildumu nav" conditional on the correction.')

# ---------------------------------------------------------------- 09
d = new('Kristīne Rudzīte', (2026, 3, 30, 18, 20))
T(d, """
Kristīne Rudzīte
SIA „KlimaTehnika”, servisa inženiere
|
# Atzinums par VGK sistēmu tehniķa modulārās izglītības programmu
|
Programma paredzēta LKI 4. līmenim un ietver ventilācijas, gaisa kondicionēšanas un siltumsūkņu sistēmu projektēšanas pamatus, montāžu, regulēšanu un apkalpošanu.
Pozitīvi vērtēju to, ka programmā ir iekļauts darbs ar fluorētajām siltumnīcefekta gāzēm un sertifikācijas prasības. Modulī „Sistēmu balansēšana” trūkst gaisa plūsmu mērījumu protokolēšanas, un energoefektivitātes modulis ir pārāk teorētisks – tajā būtu jāiekļauj praktisks uzdevums ar reālu objektu.
""")
p = P(d, 'Secinājums: ')
p.runs[0].bold = True
tracked(p, 'programmas saturs šobrīd nav atbalstāms.', 'programmas saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.',
        'Kristīne Rudzīte', '2026-03-30T18:05:00Z')
T(d, """
Eksāmena saturu man vērtēt nelūdza.
|
K. Rudzīte
30.03.2026
""")
build('r28a09_VGK sist tehnikis MIP_Rudzite.docx', d, 'Kristīne Rudzīte', '2026-03-30',
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'needs_corrections')],
      note='Alias "VGK sistēmu tehniķis". Verdict changed with track changes: w:del "nav atbalstāms" -> w:ins needs_corrections (current = inserted). Signed with full name in header and initial at end; full name used.')

# ---------------------------------------------------------------- 10 conflict
d = new(KOORD, (2026, 6, 2, 12, 0))
T(d, """
Būvizstrādājumu galdnieks – eksperta vērtējums (MIP, PKE)
|
# Piezīmes
Programma aptver logu, durvju, kāpņu un koka fasāžu elementu izgatavošanu un montāžu. Moduļu saturs atbilst profesijas standartam, liels pluss ir BIM rasējumu lasīšana. Programmai nekādu iebildumu nav.
Eksāmena uzdevumā paredzēts izgatavot loga rāmja stūra savienojumu, un vērtēšanas kritērijos ir ņemta vērā precizitāte un virsmas kvalitāte. Teorētiskajā daļā ir 80 jautājumi, praktiskajam uzdevumam atvēlētas 4 stundas.
|
# Slēdziens
1. Modulārās izglītības programmas saturs ir atbalstāms un virzāms saskaņošanai.
2. Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.
3. Profesionālās kvalifikācijas eksāmena saturs nav atbalstāms.
|
Ar cieņu
Toms Jaunzems
SIA „Koka logi un durvis”
2026. gada 1. jūnijā
""")
build('r28a10_Buvizstradajumu galdnieks_Jaunzems.docx', d, 'Toms Jaunzems', '2026-06-01',
      rows=[('būvizstrādājumu galdnieks', 'MIP', 'supported'),
            ('būvizstrādājumu galdnieks', 'PKE', 'unknown')],
      problems=['conflict'],
      note='Slēdziens has two contradictory numbered points for PKE (supported / not supported), body remarks neutral, no history to resolve it (template leftover?) -> unknown + conflict. MIP: supported.')

# ---------------------------------------------------------------- 11 Gmail, English headers
d = new(KOORD2, (2026, 3, 17, 10, 0))
T(d, """
Gmail - Re: Mehatronisko sistēmu tehniķis MIP un PKE
|
Edgars Krūmiņš <edgars.krumins@gmail.com>
To: Lelde Strautiņa <lelde.strautina@lddk.lv>
Tue, Mar 17, 2026 at 9:14 AM
|
Labrīt, Lelde,
nosūtu savu viedokli par mehatroniķiem, pa punktiem.
Programma: labi, ka ir PLC programmēšana un pneimatika, bet pilnīgi trūkst robotikas (industriālo robotu apkalpošana, drošības zonas) un mašīnredzes pamatu. Tas mūsdienu ražotnē ir obligāti. Modulī „Elektropiedziņas” jāaktualizē standarti – daļa atsauču ir uz spēku zaudējušiem LVS.
Eksāmens: praktiskais uzdevums ar stenda montāžu ir labs, taču vērtēšanas kritērijos nav punktu par dokumentāciju un bojājumu diagnostiku, kas jāpapildina.
Kopumā – abus dokumentus atbalstu, bet saskaņošanai tos virzītu tikai tad, kad skola būs izdarījusi augstāk minētos precizējumus. Ja vajag, varu ar darba grupu satikties klātienē.
|
Edgars
|
On Mon, Mar 16, 2026 at 4:47 PM Lelde Strautiņa <lelde.strautina@lddk.lv> wrote:
> Sveiks, Edgar!
> Atgādinu par mehatronisko sistēmu tehniķa (4. LKI) MIP un PKE ekspertīzi – termiņš bija 13. marts. Lūdzu atsūti vērtējumu, vai saturs ir atbalstāms, vai vajadzīgi precizējumi.
> Paldies!
> Lelde
""")
build('r28a11_Re_ Mehatronisko sistemu tehnikis MIP un PKE.docx', d, 'Edgars Krūmiņš', '2026-03-17',
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections'),
            ('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections')],
      note='Gmail print pasted into Word, English header lines; quoted reminder from the coordinator (not a verdict). "abus dokumentus atbalstu, bet ... virzītu tikai tad, kad" -> needs_corrections for both.')

# ---------------------------------------------------------------- 12 very short
d = new('Artis Vītols', (2026, 6, 3, 7, 55))
T(d, """
Meža mašīnu operatora eksāmena saturs – atbalstu, virzāms saskaņošanai. Piezīmju nav.
A. Vītols, 03.06.2026
""")
build('r28a12_MMO PKE Vitols.docx', d, 'A. Vītols', '2026-06-03',
      rows=[('meža mašīnu operators', 'PKE', 'supported')],
      note='Two-line review; name as initial + surname in the text (core author has full name, gold uses the text).')

# ---------------------------------------------------------------- 13 no verdict
d = new('Gunta Bērziņa', (2026, 5, 27, 14, 30))
T(d, """
Gunta Bērziņa
|
Piezīmes par koka izstrādājumu ražošanas tehniķa MIP un mēbeļu galdnieka PKE
|
A) Koka izstrādājumu ražošanas tehniķis, modulārā programma
Pirmais iespaids – programma ir apjomīga, bet moduļi „Ražošanas plānošana” un „Kvalitātes vadība” ir rakstīti kā augstskolas kurss, nevis 4. līmeņa tehniķim. Nav skaidrs, kur audzēknis apgūs ražošanas iekārtu regulēšanu. Prakses uzdevumi uzņēmumā nav aprakstīti. Vēlētos pirms sava vērtējuma pārrunāt šos jautājumus ar darba grupas vadītāju, jo, iespējams, daļa satura ir ietverta pielikumos, kurus neesmu saņēmusi. Slēdzienu par programmu nosūtīšu pēc tikšanās.
|
B) Mēbeļu galdnieks, eksāmens
Eksāmena saturs ir pārdomāts un atbilst kvalifikācijas prasībām; uzdevums (atvilktņu skapītis ar finierētām virsmām) ir reāls un izpildāms dotajā laikā. PKE atbalstu un iesaku to virzīt saskaņošanai.
|
27.05.2026.
""")
build('r28a13_Berzina piezimes KIRT MIP, MG PKE.docx', d, 'Gunta Bērziņa', '2026-05-27',
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'unknown'),
            ('mēbeļu galdnieks', 'PKE', 'supported')],
      problems=['no_verdict'],
      note='Lettered sections. MIP covered with remarks but verdict explicitly deferred -> unknown + no_verdict. PKE of the other qualification supported.')

# ---------------------------------------------------------------- 14 letterhead, academic title
d = new(KOORD, (2026, 4, 29, 9, 0))
T(d, """
~ Mg.sc.ing. Oskars Lapiņš
~ Latvijas Siltuma, gāzes un ūdens tehnoloģijas inženieru savienības biedrs
|
= EKSPERTA ATZINUMS
Par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks” (LKI 3. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu
|
Vērtējot dokumentus, ņēmu vērā profesijas standartu, nozares kvalifikāciju struktūru un to, ko remontatslēdznieks reāli dara objektā: montē gaisa vadus, uzstāda un apkalpo iekārtas, maina filtrus, veic vienkāršu diagnostiku.
Modulārā izglītības programma ir sabalansēta starp teoriju un praksi; aukstumaģentu apstrāde ir aprakstīta atbilstoši normatīvajiem aktiem. Iebildumu nav; programma ir atbalstāma un virzāma saskaņošanai bez labojumiem.
Eksāmena saturs pieņemams ar nosacījumu, ka praktiskajā daļā tiek iekļauta hermētiskuma pārbaude ar slāpekli un vērtēšanas lapā tiek pievienots kritērijs par darba vietas sakopšanu. Ja šie papildinājumi tiks veikti, eksāmenu var virzīt saskaņošanai.
|
Rīgā, 2026. gada 29. aprīlī
""")
build('r28a14_Atzinums VGK remontatslēdznieks - Lapiņš.docx', d, 'Oskars Lapiņš', '2026-04-29',
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections')],
      note='Letterhead right-aligned with academic title (stripped). PKE "pieņemams ar nosacījumu, ka..." -> needs_corrections; MIP "bez labojumiem" -> supported.')

# ---------------------------------------------------------------- 15 NOT A REVIEW (call)
d = new('LDDK', (2026, 1, 14, 10, 0))
T(d, """
= Aicinām nozaru ekspertus piedalīties MIP un PKE satura ekspertīzē
|
Latvijas Darba devēju konfederācija projekta Nr. 4.2.2.9/1/24/I/001 „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” ietvaros aicina enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus pieteikties darbam par nozaru ekspertiem.
Eksperta uzdevums ir izvērtēt profesionālās izglītības iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu un sniegt atzinumu, vai tas ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.
2026. gadā ekspertīze paredzēta, piemēram, šādām kvalifikācijām: elektrotehniķis, mēbeļu galdnieks, mehatronisko sistēmu tehniķis, ventilācijas un gaisa kondicionēšanas sistēmu tehniķis.
Prasības kandidātiem: vismaz 5 gadu pieredze nozarē, izpratne par darba vidē balstītām mācībām, gatavība strādāt ar dokumentiem tiešsaistē. Atlīdzība tiek noteikta atbilstoši projekta budžetam.
Pieteikumus (CV un motivācijas vēstuli) lūdzam sūtīt līdz 2026. gada 30. janvārim uz e-pastu projekti@lddk.lv. Papildu informācija: Dace Ozola, tālr. 67 225 162.
LDDK pateicas visiem uzņēmumiem, kas atbalsta savu darbinieku iesaisti profesionālās izglītības satura pilnveidē!
""")
build('r28a15_aicinajums ekspertiem 2026.docx', d, rows=[], problems=['no_verdict'],
      note='NOT a review: call for experts; lists verdict options and qualifications, "uzņēmumi atbalsta". No rows.')

# ---------------------------------------------------------------- 16 ALL CAPS headings
d = new('Ilze Kārkliņa', (2026, 5, 20, 17, 10))
T(d, """
Ilze Kārkliņa, AS „Sadales tīkls” apmācību centra vadītāja
|
Atzinums par divu enerģētikas kvalifikāciju dokumentiem
|
ELEKTROMONTIERIS
Programmā ir viss nepieciešamais – zemsprieguma tīklu montāža, gaisvadu līnijas, darbs augstumā. Labi, ka ieviests modulis par darbu ar spriegumaktīvām daļām (tikai iepazīšanās līmenī). Programma atbalstāma, saskaņošanai virzāma tādā redakcijā, kā iesniegta.
Eksāmens gan rada bažas. Praktiskais uzdevums paredz darbu pie sprieguma esošā sadalē, bet nav aprakstīti drošības pasākumi un eksaminētāja pienākumi. Turklāt teorijas tests satur kļūdainas atbildes (piemēram, 7. un 22. jautājums). Šādā veidā eksāmena saturu nevaru atbalstīt; darba grupai tas jāpārstrādā un jāiesniedz vēlreiz.
|
ELEKTROTEHNIĶIS
Šī kvalifikācija bija iepriekšējā kārtā, kad programmu vērtēja mans kolēģis. Darba grupa ir ņēmusi vērā viņa iebildumus, un tagad programma ir laba. Atbalstu, virzāma saskaņošanai.
Eksāmenam – tas pats. Atbalstāms un virzāms saskaņošanai.
|
2026. g. 20. maijā
""")
build('r28a16_Karklina_ELEKTRO_MIP_PKE.docx', d, 'Ilze Kārkliņa', '2026-05-20',
      rows=[('elektromontieris', 'MIP', 'supported'),
            ('elektromontieris', 'PKE', 'not_supported'),
            ('elektrotehniķis', 'MIP', 'supported'),
            ('elektrotehniķis', 'PKE', 'supported')],
      note='All-caps section headings; "nevaru atbalstīt"; history of a colleague\'s earlier review; "Eksāmenam – tas pats" then explicit verdict.')

# ---------------------------------------------------------------- 17 module remark outranked by conclusion
d = new(KOORD2, (2026, 6, 15, 11, 25))
T(d, """
Aivars Šmits
Ražošanas direktors, SIA „Baltic Timber Products”
|
Eksperta viedoklis par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” modulāro izglītības programmu un eksāmena saturu
|
Vispirms par programmu. Izskatīju katru moduli.
Modulis „Kokmateriālu zinātne” – labs, bez piezīmēm.
Modulis „Ražošanas tehnoloģiskie procesi” – jāpapildina ar līmēto konstrukciju (CLT, LVL) ražošanu.
Modulis „Ražošanas iekārtu apkope” – šāds modulis nav atbalstāms, jo tas dublē operatora līmeņa saturu; iesaku to aizstāt ar moduli par ražošanas procesu digitalizāciju un datu uzskaiti.
Modulis „Darba organizācija” – atbilstošs.
Tagad par eksāmenu. Eksāmena uzdevums (tehnoloģiskās kartes izstrāde konkrētam izstrādājumam un ražošanas izmaksu aprēķins) ir ļoti labs, to saskaņot var jau tagad.
|
# Kopvērtējums
Neraugoties uz iepriekš minēto, programma kopumā ir atbalstāma, bet saskaņošanai to virzīt tikai pēc tam, kad būs veikti manis norādītie precizējumi moduļos. PKE saturs ir atbalstāms un virzāms saskaņošanai.
|
Liepājā, 15.06.2026.
""")
build('r28a17_KIRT_MIP_PKE_Smits_galigais.docx', d, 'Aivars Šmits', '2026-06-15',
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections'),
            ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
      note='Module-level "nav atbalstāms" in the body is outranked by the Kopvērtējums (needs_corrections). "Neraugoties" starts with ne- without negation.')

# ---------------------------------------------------------------- 18 "nav iebildumu", "neskatoties"
d = new('Sandra Eglīte', (2026, 3, 25, 15, 0))
T(d, """
Sandra Eglīte
SIA „Mechatronic Solutions”, automatizācijas inženiere
|
Mehatronisko sistēmu tehniķis, LKI 4 – PKE un MIP (atkārtota ekspertīze)
|
Šī ir otrā reize, kad skatu šos dokumentus. Janvārī programmu un eksāmenu vērtēju kā atbalstāmus pēc precizējumu veikšanas. Skola ir iesūtījusi labotās versijas un izmaiņu tabulu.
Neskatoties uz to, ka ne visi mani ieteikumi ir ņemti vērā burtiski (piemēram, robotikas modulis ir īsāks, nekā iesaku), darba grupa ir atradusi saprātīgu risinājumu, un programma tagad sedz visas profesijas standarta kompetences. Pret programmas saturu man vairs nav iebildumu; to var virzīt saskaņošanai bez papildu precizējumiem.
Arī eksāmena saturā visi nepieciešamie labojumi ir veikti. PKE ir atbalstāms un virzāms saskaņošanai.
|
25.03.2026
S. Eglīte
""")
build('r28a18_Eglite_mehatroniki_2.kārta.docx', d, 'Sandra Eglīte', '2026-03-25',
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'supported'),
            ('mehatronisko sistēmu tehniķis', 'PKE', 'supported')],
      note='Second round; January verdict (needs corrections) is history. "nav iebildumu" positive, "Neskatoties" not negation, "bez papildu precizējumiem". Full name at top, initial at bottom -> full name.')

# ---------------------------------------------------------------- 19 header/footer metadata
d = new(KOORD, (2026, 7, 2, 9, 0))
hdr(d, 'Ekspertīze • Meža mašīnu operators • 2026. gada 1. jūlijs')
ftr(d, 'Eksperts: Raimonds Kļaviņš, SIA „Forest Machinery Service”')
T(d, """
# Meža mašīnu operators (LKI 3): programmas un eksāmena satura izvērtējums
Programmā ir iekļauti moduļi par harvesteru un forvarderu vadību, bet tie ir sarakstīti tā, it kā audzēknis jau būtu pieredzējis operators. Simulatoru mācībām paredzētas tikai 20 stundas, kas ir krietni par maz; Skandināvijā līdzīgās programmās tās ir vismaz 120 stundas. Nav iekļauta mašīnas ikdienas apkope un bojājumu novēršana mežā, nav vides prasību (augsnes bojājumi, ūdensteces). Programma šādā redakcijā nav atbalstāma, un to nevar virzīt saskaņošanai – nepieciešama pārstrāde un atkārtota ekspertīze.
Eksāmens ir labāk sagatavots. Simulatora uzdevums ir labs, bet praktiskajā daļā mežā jānosaka skaidri kritēriji kokmateriālu sortimentu kvalitātei un jāpievieno drošības instruktāža. Eksāmenu atbalstu, saskaņošanai virzāms pēc šo precizējumu veikšanas.
""")
build('r28a19_MMO_izvertejums_v2.docx', d, 'Raimonds Kļaviņš', '2026-07-01',
      rows=[('meža mašīnu operators', 'MIP', 'not_supported'),
            ('meža mašīnu operators', 'PKE', 'needs_corrections')],
      note='Expert name only in the footer, date only in the header; body has no signature.')

# ---------------------------------------------------------------- 20 NOT A REVIEW (assignment table)
d = new(KOORD2, (2026, 2, 10, 9, 0))
T(d, """
= Ekspertu sadalījums MIP un PKE ekspertīzei, projekta 4.–5. posms
Sagatavoja: L. Strautiņa, 10.02.2026. Aktuālā versija – lūdzu nelabot bez saskaņošanas!
""")
table(d, [
    ['Nr.', 'Kvalifikācija', 'LKI', 'MIP eksperts', 'PKE eksperts', 'Termiņš', 'Statuss'],
    ['1', 'Motorzāģa operators', '3', 'R. Ozols', 'R. Ozols', '06.02.2026', 'saņemts'],
    ['2', 'Mežsaimniecības tehniķis', '4', 'L. Zariņa', 'B. Jansone', '13.03.2026', 'MIP neatbalstīta, gaida 2. redakciju'],
    ['3', 'Elektromontieris', '3', 'I. Kārkliņa', 'J. Bērziņš', '10.04.2026', 'procesā'],
    ['4', 'Elektrotehniķis', '4', 'M. Kalns', 'M. Kalns', '30.04.2026', 'procesā'],
    ['5', 'Mēbeļu galdnieks', '4', 'I. Kalniņa', 'G. Bērziņa', '31.05.2026', 'procesā'],
    ['6', 'Mehatronisko sistēmu tehniķis', '4', 'E. Krūmiņš', 'E. Krūmiņš', '13.03.2026', 'atbalstīts ar precizējumiem'],
], bold_first=True)
T(d, """
|
Piezīme: statuss kolonnā atspoguļo koordinatora informāciju, nevis eksperta atzinumu. Atzinumus glabāt mapē „Ekspertīzes/2026”.
""")
build('r28a20_ekspertu sadalijums_MIP_PKE.docx', d, rows=[], problems=['no_verdict'],
      note='NOT a review: assignment table with coordinator status notes ("neatbalstīta", "atbalstīts ar precizējumiem"). No rows.')

# ---------------------------------------------------------------- 21 lettered a) b) c), MIP only
d = new('Ēriks Pētersons', (2026, 6, 11, 16, 45))
T(d, """
Labdien, cienījamie kolēģi!
Nosūtu savu vērtējumu par trim kokrūpniecības modulārajām izglītības programmām, kas man tika iesniegtas 2026. gada maijā. Eksāmenu saturs šajā kārtā netika iesniegts, tāpēc par tiem šoreiz neizsakos.
a) mēbeļu galdnieka programma. Ļoti kvalitatīvs darbs – moduļi atbilst uzņēmumu vajadzībām, iekļauta arī ergonomika un ilgtspējīgu materiālu izvēle. Programmu atbalstu pilnībā, to var nekavējoties virzīt saskaņošanai.
b) būvizstrādājumu galdnieka programma. Moduļos par logu un durvju montāžu nav ņemtas vērā jaunās ēku energoefektivitātes prasības (montāžas šuves, tvaika izolācija). Atbalstu programmu ar nosacījumu, ka šie jautājumi tiek papildināti, un tikai tad to vajadzētu virzīt saskaņošanai.
c) kokapstrādes iekārtu operatora programma. Iebildumu nav, atbalstāma un virzāma saskaņošanai.
Paldies par iespēju piedalīties!
|
Ar cieņu,
Ēriks Pētersons
valdes loceklis, SIA „Pētersona galdniecība”
Cēsis, 11.06.2026.
""")
build('r28a21_RE_kokrupniecibas MIP_Petersons.docx', d, 'Ēriks Pētersons', '2026-06-11',
      rows=[('mēbeļu galdnieks', 'MIP', 'supported'),
            ('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections'),
            ('kokapstrādes iekārtu operators', 'MIP', 'supported')],
      note='Lettered sections inside a letter; qualifications in genitive. PKE not submitted -> no PKE rows.')

# ---------------------------------------------------------------- 22 Rezumējot
d = new(KOORD, (2026, 7, 2, 14, 0))
T(d, """
= Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa MIP un PKE – eksperta atzinums
|
Izskatīju Ogres tehnikuma darba grupas izstrādāto modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena satura gala redakciju (saņemta 2026. gada 22. jūnijā).
Programma ir izveidota kvalitatīvi: ir iekļauta BIM modeļu lasīšana, siltumsūkņu sistēmu integrācija, automātikas regulēšana un energoauditu pamati. Moduļu sasniedzamie rezultāti ir formulēti izmērāmi. Man nav būtisku piezīmju.
Eksāmena saturā praktiskais uzdevums – ventilācijas sistēmas regulēšana un mērījumu protokola sagatavošana – ir reālistisks, tomēr vērtēšanas kritērijos nav noteikts, kādas pielaides gaisa plūsmu mērījumos ir pieņemamas, un teorijas daļā jāatjauno atsauces uz Latvijas būvnormatīvu LBN 231-15, kas nesen grozīts.
|
# Rezumējot
Programma – atbalstāma un virzāma saskaņošanai; eksāmena saturs atbalstāms, virzāms saskaņošanai pēc tam, kad būs veikti minētie precizējumi.
|
Rīgā, 2026. gada 2. jūlijā
Ar cieņu
Zane Freimane
energoauditore, SIA „Gaisa tehnoloģijas”
""")
build('r28a22_Freimane VGK sistemu tehnikis MIP PKE.docx', d, 'Zane Freimane', '2026-07-02',
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'needs_corrections')],
      note='Conclusion under "Rezumējot"; place-and-date line before the signature.')

# ---------------------------------------------------------------- 23 strike-through options
d = new('Kaspars Dzenis', (2026, 4, 16, 12, 0))
T(d, """
Kaspars Dzenis, elektroinženieris, SIA „Latvijas elektrotīkli”
|
# Par elektromontiera dokumentiem (LKI 3)
Saņēmu no LDDK programmu un eksāmenu ar lūgumu atzinumu noformēt, nevajadzīgo svītrojot. Manas piezīmes:
Programma labi aptver zemsprieguma elektroinstalācijas, taču vēlams (ne obligāti) pievienot saules paneļu pieslēgšanas pamatus mājsaimniecībās.
Eksāmena praktiskajā uzdevumā shēma nr. 2 satur kļūdu – aizsardzības automāts ir uzzīmēts pēc skaitītāja neatbilstošā vietā; tas jāizlabo, un jāpapildina vērtēšanas kritēriji par mērījumu protokolu.
|
# Slēdziens (nevajadzīgo svītrot)
""")
p = P(d)
runs(p, [('MIP saturs ', 'b'), ('ir atbalstāms un virzāms saskaņošanai', ''), (' / ', ''),
         ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', 's'), (' / ', ''), ('nav atbalstāms', 's'), ('.', '')])
p = P(d)
runs(p, [('PKE saturs ', 'b'), ('ir atbalstāms un virzāms saskaņošanai', 's'), (' / ', ''),
         ('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', ''), (' / ', ''), ('nav atbalstāms', 's'), ('.', '')])
T(d, """
|
K. Dzenis
16.04.2026.
""")
build('r28a23_Elektromontieris_atzinums_Dzenis.docx', d, 'Kaspars Dzenis', '2026-04-16',
      rows=[('elektromontieris', 'MIP', 'supported'),
            ('elektromontieris', 'PKE', 'needs_corrections')],
      note='Prose review ending with "nevajadzīgo svītrot" options: non-chosen options carry strikethrough. Optional suggestion for MIP does not make it conditional.')

# ---------------------------------------------------------------- 24 unknown qualification, not supported
d = new('Dainis Ābele', (2026, 5, 5, 10, 10))
T(d, """
Dainis Ābele
AS „Rīgas siltums”, tehniskā dienesta vadītājs
|
Par kvalifikācijas „Siltumenerģētikas tehniķis” (LKI 4. līmenis) modulāro izglītības programmu
|
Godātā koordinatore!
Programmas projekts, ko saņēmu, diemžēl ir neizstrādāts. Daļa moduļu satur tikai nosaukumus bez sasniedzamajiem rezultātiem, moduļos „Siltummezglu ekspluatācija” un „Katlumāju iekārtas” nav norādīts apjoms, un nav neviena moduļa par siltumtīklu hidraulisko regulēšanu un siltumenerģijas uzskaiti. Nav skaidrs, kā programma saistīta ar profesijas standartu.
Ņemot vērā minēto, programmas saturu neatbalstu. Darba grupai iesaku programmu pabeigt un iesniegt atkārtotai ekspertīzei. Eksāmena saturs man netika nosūtīts.
|
Ar cieņu
D. Ābele
05.05.2026.
""")
build('r28a24_Siltumenergetikas tehnikis_Abele.docx', d, 'Dainis Ābele', '2026-05-05',
      rows=[('siltumenerģētikas tehniķis', 'MIP', 'not_supported', 4)],
      problems=['unknown_qualification'],
      note='Qualification not in the register (LKI 4 stated). "neatbalstu" first person negation. PKE not sent -> no row.')

# ---------------------------------------------------------------- 25 Outlook English headers, reply chain with history
d = new(KOORD, (2026, 3, 20, 8, 40))
T(d, """
From: Normunds Briedis <n.briedis@mezaserviss.lv>
Sent: Thursday, March 19, 2026 6:31 PM
To: Dace Ozola <dace.ozola@lddk.lv>
Subject: RE: Motorzāģa operators – PKE labotā versija
|
Labvakar, Dace!
Paskatījos labotos eksāmena materiālus. Skola izlaboja visu, ko biju prasījis: pievienots uzdevums par ķēdes asināšanu, precizēti vērtēšanas kritēriji un laika normas. Tagad PKE saturu atbalstu un to var virzīt saskaņošanai.
Normunds
|
From: Normunds Briedis
Sent: Friday, February 20, 2026 10:02 AM
To: Dace Ozola
Subject: Motorzāģa operators – PKE
> Dace, sveika!
> Motorzāģa operatora eksāmenu kopumā atbalstu, bet virzīt saskaņošanai to varētu tikai pēc precizējumu veikšanas: nav ķēdes asināšanas uzdevuma, vērtēšanas kritērijos trūkst laika normu.
> Normunds Briedis
""")
build('r28a25_RE Motorzaga operators PKE labota.docx', d, 'Normunds Briedis', '2026-03-19',
      rows=[('motorzāģa operators', 'PKE', 'supported')],
      note='Outlook thread with English headers; quoted February message (needs corrections) is history; current reply of 19 March = supported. Date = latest sent date.')

# ---------------------------------------------------------------- 26 long formal review
d = new('Baiba Jansone', (2026, 3, 9, 13, 30))
T(d, """
= EKSPERTĪZES ATZINUMS
= par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu
|
Eksperte: Dr.silv. Baiba Jansone, Latvijas Valsts mežzinātnes institūta „Silava” vadošā pētniece
Nozare: kokrūpniecība (mežsaimniecība)
Līmenis: LKI 4
|
# Ievads
Atzinums sagatavots projekta „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” 4. posmā, pamatojoties uz LDDK deleģējumu. Ekspertīzes mērķis ir izvērtēt, vai dokumentu saturs atbilst profesijas standartam un nozares vajadzībām un vai tas ir atbalstāms un virzāms saskaņošanai. Vērtēšanai saņemti: MIP projekts (86 lpp.) un PKE satura projekts ar pielikumiem (24 lpp.).
|
# Modulārās izglītības programmas vērtējums
Programmas struktūra ir skaidra: A daļa (kopīgie moduļi), B daļa (kvalifikācijas moduļi) un C daļa (brīvās izvēles moduļi). Kopējais apjoms atbilst 4. līmeņa kvalifikācijai.
Modulis „Meža ekoloģija un meža tipoloģija”. Saturs ir zinātniski korekts, tomēr vairāk atbilst augstskolas līmenim; iesaku samazināt teorētisko daļu un vairāk vērst uz meža tipa noteikšanu dabā.
Modulis „Meža inventarizācija”. Jāiekļauj darbs ar Meža valsts reģistra datiem un mobilajām lietotnēm; pašlaik minēta tikai mērlenta un augstummērs.
Modulis „Mežizstrādes plānošana”. Labs modulis, atbilst nozares praksei. Iesaku papildināt ar kokmateriālu piegādes loģistikas pamatiem.
Modulis „Meža atjaunošana”. Nav ietverta stādmateriāla kvalitātes novērtēšana un meža atjaunošanas kvalitātes pārbaudes kritēriji; tas ir būtiski, jo šī ir viena no tehniķa ikdienas darbībām.
Modulis „Meža aizsardzība”. Jāaktualizē informācija par egļu astoņzobu mizgrauža uzraudzību un ugunsapsardzības prasībām, atsauces uz 2016. gada noteikumiem ir novecojušas.
Modulis „Darba aizsardzība mežsaimniecībā”. Atbilstošs.
Modulis „Uzņēmējdarbības pamati”. Iesaku iekļaut meža īpašnieku konsultēšanas un sertifikācijas (FSC, PEFC) jautājumus.
Vērtēšanas kritēriji visos moduļos ir izmērāmi, kas ir liels solis uz priekšu salīdzinājumā ar iepriekšējo programmu paaudzi.
|
# Profesionālās kvalifikācijas eksāmena satura vērtējums
Eksāmens sastāv no teorētiskās daļas (testa, 60 jautājumi) un praktiskās daļas (meža nogabala taksācija un mežizstrādes plāna sagatavošana). Teorētiskās daļas jautājumi aptver visas kvalifikācijas prasības, to sadalījums pa tēmām ir sabalansēts. Praktiskās daļas uzdevums ir reālistisks un ļauj pārbaudīt tehniķa svarīgākās kompetences. Vērtēšanas lapa ir skaidra, punktu skaits atbilstošs.
Eksāmena saturam piezīmju nav.
|
# Secinājumi
1. Modulārās izglītības programmas saturs ir atbalstāms; pēc precizējumu veikšanas (moduļi „Meža inventarizācija”, „Meža atjaunošana”, „Meža aizsardzība”) virzāms saskaņošanai. Pārējie ieteikumi ir izvēles.
2. Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.
|
Salaspilī, 2026. gada 9. martā
Baiba Jansone
""")
build('r28a26_Jansone_Mezsaimniecibas_tehnikis_atzinums.docx', d, 'Baiba Jansone', '2026-03-09',
      rows=[('mežsaimniecības tehniķis', 'MIP', 'needs_corrections'),
            ('mežsaimniecības tehniķis', 'PKE', 'supported')],
      note='Long formal review; purpose sentence in Ievads ("vai tas ir atbalstāms un virzāms") is not a verdict; numbered Secinājumi give the verdicts. Academic title stripped.')

# ---------------------------------------------------------------- 27 no date, "abi dokumenti"
d = new(KOORD2, (2026, 5, 12, 10, 0))
T(d, """
Laura Kronberga
|
Komentāri par datorizētu kokapstrādes iekārtu operatora un motorzāģa operatora dokumentiem
|
DKIO (datorizētu kokapstrādes iekārtu operators, 4. līmenis). Abi dokumenti – gan programma, gan eksāmens – kopumā atbalstāmi, tomēr pirms virzīšanas saskaņošanai jāveic šādi labojumi: programmā jānodala CNC iekārtu iestatīšana un programmēšana divos moduļos, eksāmenā jānorāda, kādu CAM programmatūru izmanto eksaminējamais, un jāpievieno instrumentu izvēles uzdevums.
|
Motorzāģa operators. Pārskatīju abus dokumentus pēc pēdējiem labojumiem. Nekas būtisks vairs nav jāmaina, tomēr programmā joprojām nav minēti individuālie aizsardzības līdzekļi krūmgriežu darbam un eksāmena instrukcijā nav skaidrs, kas nodrošina degvielu. Lūdzu šos divus sīkumus izlabot pirms dokumentu virzīšanas saskaņošanai; ar šiem labojumiem abus atbalstu.
""")
build('r28a27_Kronberga komentari DKIO motorzags.docx', d, 'Laura Kronberga', '',
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections'),
            ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections'),
            ('motorzāģa operators', 'MIP', 'needs_corrections'),
            ('motorzāģa operators', 'PKE', 'needs_corrections')],
      note='No date anywhere in the text -> date empty. Abbreviation DKIO with expansion; "abi dokumenti" covers MIP and PKE; condition before the verdict.')

# ---------------------------------------------------------------- 28 NOT A REVIEW (instructions)
d = new(KOORD, (2026, 1, 20, 9, 0))
T(d, """
= Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai
|
1. Ekspertīzi veic, izmantojot LDDK nosūtīto atzinuma veidni vai brīvā formā, ievērojot šajos norādījumos noteikto struktūru.
2. Atzinumā norāda profesionālās kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un datumu.
3. Par katru dokumentu (MIP un PKE) atsevišķi sniedz vienu no šiem vērtējumiem:
a) saturs ir atbalstāms un virzāms saskaņošanai;
b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;
c) saturs nav atbalstāms.
4. Ja saturs nav atbalstāms vai nepieciešami precizējumi, eksperts konkrēti norāda, kas jāmaina.
5. Ja ekspertam nav nosūtīts kāds no dokumentiem, atzinumā to norāda.
6. Atzinumu nosūta koordinatoram 10 darba dienu laikā. Metodiskais atbalsts: Dace Ozola, LDDK.
Piemērs: „Kvalifikācija: mēbeļu galdnieks, LKI 4. MIP saturs ir atbalstāms un virzāms saskaņošanai.”
""")
build('r28a28_Noradijumi ekspertiem.docx', d, rows=[], problems=['no_verdict'],
      note='NOT a review: instructions listing all verdict options and a sample verdict sentence for mēbeļu galdnieks. No rows.')

# ---------------------------------------------------------------- 29 unsigned review
d = new(KOORD, (2026, 4, 21, 15, 0))
T(d, """
Elektrotehniķis (LKI 4) – MIP un PKE izvērtējums
Datums: 21.04.2026.
|
Programmas projekts ir precīzi saskaņots ar profesijas standartu; ir ietverti moduļi par releju aizsardzību, automatizētām vadības sistēmām un elektroenerģijas uzskaiti. Darba vidē balstītu mācību daļa ir labi aprakstīta. Programma atbalstāma un virzāma saskaņošanai.
Eksāmena saturs arī ir atbalstāms, tomēr eksāmena praktiskā uzdevuma variantos B un C nav norādīti izmantojamie mēraparāti, tas jāpapildina pirms eksāmena virzīšanas saskaņošanai.
""")
build('r28a29_elektrotehnikis_izvertejums.docx', d, '', '2026-04-21',
      rows=[('elektrotehniķis', 'MIP', 'supported'),
            ('elektrotehniķis', 'PKE', 'needs_corrections')],
      note='Review names no author (core author is the coordinator) -> expert empty.')

# ---------------------------------------------------------------- 30 PKL + LKI
d = new('Jurģis Vanags', (2026, 6, 22, 19, 0))
T(d, """
Jurģis Vanags
Mēbeļu ražotnes „Vanags & dēli” īpašnieks
|
Mēbeļu galdnieks (3. PKL / LKI 4) – atkārtots vērtējums
|
Pirmajā kārtā aprīlī programmu un eksāmenu atbalstīju ar precizējumiem. Saņēmu jaunās versijas.
Programmā precizējumi veikti, tā tagad ir atbalstāma un virzāma saskaņošanai.
Eksāmenā toties darba grupa ir ieviesusi pilnīgi jaunu praktisko uzdevumu – krēsla izgatavošanu no masīvkoka 6 stundās –, kas nav izpildāms paredzētajā laikā un neatbilst kvalifikācijas prasībām (galdnieks strādā ar korpusa mēbelēm). Vērtēšanas kritēriji jaunajam uzdevumam nav izstrādāti. Šo eksāmena redakciju nevaru atbalstīt, un tā ir jāpārstrādā.
|
J. Vanags
22.06.2026
""")
build('r28a30_Vanags_MG_atkartots.docx', d, 'Jurģis Vanags', '2026-06-22',
      rows=[('mēbeļu galdnieks', 'MIP', 'supported', 4),
            ('mēbeļu galdnieks', 'PKE', 'not_supported', 4)],
      note='Old PKL level given together with LKI 4. Earlier round (supported with corrections) is history; new verdicts MIP supported, PKE not supported ("nevaru atbalstīt").')

# ---------------------------------------------------------------- 31 counterfactual
d = new(KOORD2, (2026, 6, 29, 12, 0))
T(d, """
Agnese Pūce, būvizstrādājumu ražotnes SIA „Koka elementi” kvalitātes vadītāja
|
Par būvizstrādājumu galdnieka PKE un MIP (jūnija redakcija)
|
Ja darba grupa nebūtu ņēmusi vērā piezīmes par logu montāžas uzdevumu, eksāmens nebūtu atbalstāms. Tā kā piezīmes ir ņemtas vērā un uzdevums pārstrādāts, eksāmena saturu atbalstu un virzu saskaņošanai.
Programmai piezīmju nav: saturs atbalstāms un virzāms saskaņošanai.
|
29.06.2026.
""")
build('r28a31_Puce_buvizstradajumu galdnieks.docx', d, 'Agnese Pūce', '2026-06-29',
      rows=[('būvizstrādājumu galdnieks', 'PKE', 'supported'),
            ('būvizstrādājumu galdnieks', 'MIP', 'supported')],
      note='Counterfactual "nebūtu atbalstāms, ja..." is not a verdict; actual verdict supported.')

# ---------------------------------------------------------------- 32 labelled sections, unknown + known
d = new('Gatis Kalējs', (2026, 5, 14, 8, 0))
T(d, """
Gatis Kalējs, SIA „Precīzā mehānika” ražošanas vadītājs
Mašīnbūves un metālapstrādes nozares eksperts
|
Atzinums par divu kvalifikāciju dokumentiem
|
Kvalifikācija Nr. 1: CNC metālapstrādes operators (LKI 3)
Izskatīju tikai MIP. Programmā labi aprakstīta CNC virpu un frēzēšanas centru apkalpošana, taču nav mērīšanas un kvalitātes kontroles moduļa. Programmu atbalstu, taču virzāma saskaņošanai tā būs tikai pēc minētā moduļa pievienošanas.
|
Kvalifikācija Nr. 2: Mehatronisko sistēmu tehniķis
Programma: uzlabojumi pēc iepriekšējās ekspertīzes ir veikti, saturs atbalstāms un virzāms saskaņošanai.
Eksāmens: praktiskais uzdevums joprojām pārbauda tikai montāžu, nevis sistēmas programmēšanu un diagnostiku, kas ir tehniķa galvenās kompetences. Eksāmena saturs nav atbalstāms.
|
Valmierā, 2026. gada 14. maijā
""")
build('r28a32_Kalejs_CNC_mehatronika.docx', d, 'Gatis Kalējs', '2026-05-14',
      rows=[('CNC metālapstrādes operators', 'MIP', 'needs_corrections', 3),
            ('mehatronisko sistēmu tehniķis', 'MIP', 'supported'),
            ('mehatronisko sistēmu tehniķis', 'PKE', 'not_supported')],
      problems=['unknown_qualification'],
      note='Labelled sections "Kvalifikācija Nr. 1/2"; first qualification not in the register (MIP only). Second: MIP supported, PKE not supported.')

# ---------------------------------------------------------------- 33 one doc covered without verdict
d = new('Evija Krastiņa', (2026, 7, 8, 11, 0))
T(d, """
Evija Krastiņa
|
Koka izstrādājumu ražošanas tehniķis – programmas un eksāmena satura izvērtējums
|
Programma
Programma veidota kvalitatīvi, precizējumi pēc pirmās ekspertīzes ir veikti. Programmu atbalstu un iesaku virzīt saskaņošanai.
|
Eksāmens
Eksāmena praktiskais uzdevums ir saturiski pareizs, taču ļoti apjomīgs. Teorētiskās daļas jautājumos daļa atbilžu variantu ir neviennozīmīgi. Eksāmena vērtēšanas lapā nav norādīts minimālais punktu skaits. Vēl nav skaidrs, vai eksāmenu drīkst kārtot arī tālākizglītības programmās – lūdzu to noskaidrot ar VISC.
|
08.07.2026.
""")
build('r28a33_Krastina_KIRT.docx', d, 'Evija Krastiņa', '2026-07-08',
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'supported'),
            ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'unknown')],
      problems=['no_verdict'],
      note='PKE reviewed with remarks but no verdict at all -> unknown + no_verdict. MIP supported.')

# ---------------------------------------------------------------- 34 noun/3rd-person traps, condition next sentence
d = new(KOORD, (2026, 3, 27, 16, 0))
T(d, """
Pēteris Grīnbergs, SIA „Vēdinātājs” tehniskais vadītājs
|
Vērtējums: VGK iekārtu remontatslēdznieks, MIP un PKE
|
Mūsu nozares uzņēmumi atbalsta darba vidē balstītu mācību paplašināšanu, un šajā programmā tas ir redzams – prakses uzņēmumā apjoms ir liels. Arī skolas metodiskais atbalsts darba grupai acīmredzot bijis labs.
Tomēr ir trūkumi. Modulī „Gaisa vadu montāža” nav iekļauta ugunsdrošo vārstu uzstādīšana, bet modulī „Iekārtu apkope” nav minēta rekuperatoru siltummaiņu tīrīšana.
MIP saturu atbalstu. Virzīt saskaņošanai to gan var tikai pēc tam, kad abi minētie moduļi būs papildināti.
Par eksāmenu: uzdevums labs, vērtēšanas kritēriji skaidri. PKE atbalstu bez iebildumiem, var virzīt saskaņošanai.
|
Ar cieņu
P. Grīnbergs
27.03.2026.
""")
build('r28a34_VGK remontatslēdznieks MIP PKE Grinbergs galigais.docx', d, 'Pēteris Grīnbergs', '2026-03-27',
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'needs_corrections'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'supported')],
      note='"uzņēmumi atbalsta", "metodiskais atbalsts" are not verdicts. MIP "atbalstu." with the condition in the next sentence -> needs_corrections. Full name at top, initial at bottom.')

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
    f.write('# r28a blind set: free-prose expert reviews\n\n')
    f.write('Built by `build.py` (python-docx). Gold labels sit next to each file\'s code.\n\n')
    f.write('| file | design and judgement calls |\n|---|---|\n')
    for n, note in NOTES:
        f.write('| %s | %s |\n' % (n, note.replace('|', '/')))
print(len(NOTES), 'files,', len(ROWS), 'rows,', len(PROBS), 'problems')
