# -*- coding: utf-8 -*-
"""Builds the r4b blind set: tables, forms, e-mails and letterheads (Latvian expert reviews).
Each file's gold labels sit right next to the code that builds it (LABELS/PROBLEMS in save())."""
import csv, datetime, os
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def new(author, y, m, d, hh=10):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(y, m, d, hh, 0, 0)
    cp.modified = datetime.datetime(y, m, d, hh + 1, 0, 0)
    cp.title = ''
    return doc


def P(doc, text='', bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def T(doc, rows, style='Table Grid'):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncol)
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                t.cell(i, j).text = v
    return t


def set_header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def set_footer(doc, text):
    doc.sections[0].footer.paragraphs[0].text = text


def add_cc_checkbox(par, checked):
    """Word 2010 content-control checkbox (w14:checkbox) appended to a paragraph."""
    glyph = '\u2612' if checked else '\u2610'
    xml = (f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
           f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    par._p.append(parse_xml(xml))


_ff = [0]


def add_formcheckbox(par, checked):
    """Legacy FORMCHECKBOX field: no visible text at all."""
    _ff[0] += 1
    runs = [
        f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{_ff[0]}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox>'
        '</w:ffData></w:fldChar></w:r>',
        f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for x in runs:
        par._p.append(parse_xml(x))


def add_sym(par, char):
    par._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Wingdings" w:char="{char}"/></w:r>'))


def add_del(par, text, author, date):
    par._p.append(parse_xml(f'<w:del {W} w:id="{abs(hash(text)) % 9999}" w:author="{author}" w:date="{date}">'
                            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'))


def add_ins(par, text, author, date):
    par._p.append(parse_xml(f'<w:ins {W} w:id="{abs(hash(text)) % 9999 + 10000}" w:author="{author}" w:date="{date}">'
                            f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:ins>'))


def save(doc, name, labels, problems=(), note=''):
    """labels: (qualification, document, verdict, expert, date, lki_level)"""
    doc.save(os.path.join(OUT, name))
    for lab in labels:
        ROWS.append((name,) + tuple(lab))
    for code in problems:
        PROBS.append((name, code))
    NOTES.append((name, note))


# ---------------------------------------------------------------------------
# r4b01 letterhead + summary table "Dokuments | Vērtējums | Piezīmes"; author = coordinator
d = new('Ilze Bērziņa', 2026, 3, 14)
P(d, 'Jānis Ozols', bold=True)
P(d, 'nozares eksperts, SIA „Latgales Enerģija”, elektroapgādes daļas vadītājs')
P(d, 'EKSPERTĪZES ATZINUMS', bold=True, size=14)
P(d, 'par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības programmas '
     'un profesionālās kvalifikācijas eksāmena saturu')
P(d, 'Daugavpilī, 2026. gada 13. marts')
P(d, 'Izskatīju Vidzemes Tehnoloģiju tehnikuma darba grupas sagatavoto MIP (versija no 2026-02-20) un PKE '
     'saturu. Kopumā darbs izdarīts pamatīgi, redzams, ka grupā bijuši cilvēki no prakses.')
T(d, [['Dokuments', 'Vērtējums', 'Piezīmes'],
      ['MIP', 'Atbalstāma, tomēr saskaņošanai sūtāma tikai tad, kad būs izdarīti precizējumi',
       'Modulī „Elektroietaišu ekspluatācija” obligāti jāpapildina darba drošības prasības (LEK 025), '
       'stundu sadalījums starp teoriju un praksi jāsaskaņo ar mācību praksi uzņēmumā.'],
      ['PKE', 'Atbalstāms un virzāms saskaņošanai',
       'Praktiskā uzdevuma vērtēšanas lapa ir skaidra, iebildumu nav.']])
P(d, '')
P(d, 'Ar cieņu')
P(d, 'Jānis Ozols')
save(d, 'r4b01_Atzinums_Elektrotehnikis_MIP_PKE_Ozols.docx', [
    ('elektrotehniķis', 'MIP', 'needs_corrections', 'Jānis Ozols', '2026-03-13', '4'),
    ('elektrotehniķis', 'PKE', 'supported', 'Jānis Ozols', '2026-03-13', '4'),
], note='Letterhead + Dokuments|Vērtējums|Piezīmes table; author property is the coordinator (not the expert); '
        'programme version date 2026-02-20 is not the review date.')

# ---------------------------------------------------------------------------
# r4b02 key/value tables, value to the right, one block per document
d = new('Lietotājs', 2026, 3, 5)
P(d, 'Ekspertīzes veidlapa', bold=True, size=14)
T(d, [['Kvalifikācija', 'Mēbeļu galdnieks'],
      ['LKI līmenis', '4'],
      ['Izglītības iestāde', 'Latgales Amatu tehnikums'],
      ['Eksperts', 'Dace Kalniņa, SIA „Kalniņu mēbeles” īpašniece'],
      ['Datums', '05.03.2026.']])
P(d, '')
P(d, '1. Modulārā izglītības programma (MIP)', bold=True)
T(d, [['Atbalstāms', 'Jā'],
      ['Nepieciešami precizējumi', 'Jā'],
      ['Virzāms saskaņošanai', 'Pēc precizējumu veikšanas'],
      ['Piezīmes', 'Nav neviena moduļa par CNC apstrādes centru programmēšanu, lai gan mūsu nozarē bez tā vairs '
                   'neiztikt. Jāieliek vismaz kā izvēles modulis. Virsmu apdares modulī jāatjauno materiālu saraksts '
                   '(ūdens bāzes lakas).']])
P(d, '')
P(d, '2. Profesionālās kvalifikācijas eksāmena saturs (PKE)', bold=True)
T(d, [['Atbalstāms', 'Nē'],
      ['Nepieciešami precizējumi', '—'],
      ['Virzāms saskaņošanai', 'Nē'],
      ['Piezīmes', 'Praktiskais uzdevums (skapīša ar atvilktni izgatavošana) nav paveicams 6 stundās. Teorijas testā '
                   'ap 12 jautājumiem par tēmām, kuru MIP nemaz nav. Eksāmens jāpārstrādā un jāiesniedz vēlreiz.']])
save(d, 'r4b02_Mebelu galdnieks_ekspertize_Kalnina.docx', [
    ('mēbeļu galdnieks', 'MIP', 'needs_corrections', 'Dace Kalniņa', '2026-03-05', '4'),
    ('mēbeļu galdnieks', 'PKE', 'not_supported', 'Dace Kalniņa', '2026-03-05', '4'),
], note='Key/value tables (value to the right), flags Atbalstāms/Precizējumi/Virzāms per document; '
        'PKE Atbalstāms=Nē -> not_supported; company after the name is not part of the expert.')

# ---------------------------------------------------------------------------
# r4b03 key/value with the value in the row below; PKE only (MIP said not submitted)
d = new('User', 2026, 3, 18)
P(d, 'Eksperta vērtējums', bold=True, size=13)
T(d, [['Profesionālā kvalifikācija'],
      ['Meža mašīnu operators, LKI 3'],
      ['Vērtētais dokuments'],
      ['Profesionālās kvalifikācijas eksāmena saturs (PKE). MIP šajā kārtā ekspertīzei nav iesniegta.'],
      ['Ekspertīzes rezultāts'],
      ['Eksāmena saturu atbalstu, var sūtīt saskaņošanai bez labojumiem.'],
      ['Komentāri'],
      ['Harvestera simulatora uzdevums ir pārdomāts, vērtēšanas kritēriji atbilst tam, ko prasām no jauniem '
       'operatoriem mežā. Labi, ka iekļauta arī ķēdes eļļas un hidraulikas noplūžu kontrole.'],
      ['Paraksts / datums'],
      ['A. Liepiņš                18.03.26']])
save(d, 'r4b03_PKE meza masinu operators_Liepins.docx', [
    ('meža mašīnu operators', 'PKE', 'supported', 'A. Liepiņš', '2026-03-18', '3'),
], note='Single-column form, values in the row below; MIP explicitly not submitted -> no row; '
        'expert as initial+surname from "Paraksts / datums"; date 18.03.26.')

# ---------------------------------------------------------------------------
# r4b04 criterion table with Kopvērtējums; expert name and date only in the footer
d = new('Lietotājs', 2026, 3, 20)
P(d, 'Mehatronisko sistēmu tehniķa MIP un PKE izvērtējums', bold=True, size=14)
P(d, 'Kvalifikācijas līmenis: LKI 4. līmenis. Nozare: mašīnbūve un metālapstrāde.')
T(d, [['Kritērijs', 'MIP', 'PKE'],
      ['Atbilst profesionālās kvalifikācijas prasībām', 'Jā', 'Jā'],
      ['Moduļu secība un apjoms ir loģiski', 'Nē', '—'],
      ['Ietvertas nozarē aktuālās jaunās prasmes (digitālās, zaļās)', 'Nē', 'Jā'],
      ['Vērtēšanas kritēriji ir skaidri un izmērāmi', 'Jā', 'Jā'],
      ['Praktiskos uzdevumus var izpildīt ar skolā pieejamo aprīkojumu', 'Jā', 'Jā'],
      ['Kopvērtējums', 'Atbalstāms; pēc norādīto precizējumu ieviešanas virzīt saskaņošanai',
       'Atbalstāms un virzāms saskaņošanai']])
P(d, '')
P(d, 'MIP jāprecizē:', bold=True)
P(d, '1) PLC programmēšanas modulis jāpārceļ pirms robotizēto šūnu moduļa, citādi audzēkņi programmē robotu, '
     'nezinot kontrolleru pamatus;')
P(d, '2) jāiekļauj prognozējošās apkopes un sensoru datu nolasīšanas tēmas (Industry 4.0).')
set_footer(d, 'Eksperts: Raivis Kronbergs, SIA „Baltic Automation”     2026-03-20')
save(d, 'r4b04_Mehatronika_MIP_PKE_kriteriji.docx', [
    ('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections', 'Raivis Kronbergs', '2026-03-20', '4'),
    ('mehatronisko sistēmu tehniķis', 'PKE', 'supported', 'Raivis Kronbergs', '2026-03-20', '4'),
], note='Criterion table Jā/Nē per document ending in Kopvērtējums; MIP has two Nē but overall is positive with '
        'corrections; name and date appear only in the footer.')

# ---------------------------------------------------------------------------
# r4b05 form printing all options, X in the column of each document
d = new('Ilze Bērziņa', 2026, 3, 10)
P(d, 'ATZINUMS', bold=True, size=14)
P(d, 'par profesionālās kvalifikācijas „Elektromontieris” izglītības satura dokumentiem')
P(d, 'LKI līmenis: 3')
P(d, 'Atzīmējiet ar X atbilstošo vērtējumu katram dokumentam.', italic=True)
T(d, [['Vērtējums', 'MIP', 'PKE'],
      ['Saturs ir atbalstāms un virzāms saskaņošanai', 'X', ''],
      ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', 'X'],
      ['Saturs nav atbalstāms', '', '']])
P(d, '')
P(d, 'PKE precizējumi: teorijas daļā izņemt jautājumus par 110 kV apakšstacijām (tas nav elektromontiera līmenis), '
     'praktiskajā uzdevumā norādīt, kādi mēraparāti būs pieejami. Programmai piezīmju nav.')
P(d, 'Eksperts: Edgars Vītols')
P(d, 'Datums: 9 marts 2026')
save(d, 'r4b05_Elektromontieris_atzinums_forma.docx', [
    ('elektromontieris', 'MIP', 'supported', 'Edgars Vītols', '2026-03-09', '3'),
    ('elektromontieris', 'PKE', 'needs_corrections', 'Edgars Vītols', '2026-03-09', '3'),
], note='All three options printed, X per document column; the instruction line is not a verdict; date "9 marts 2026".')

# ---------------------------------------------------------------------------
# r4b06 checkbox glyphs typed as text (☒/☐)
d = new('Lietotājs', 2026, 2, 27)
P(d, 'Ekspertīzes atzinums', bold=True, size=14)
P(d, 'Kvalifikācija: koka izstrādājumu ražošanas tehniķis (4. LKI)')
P(d, 'Izglītības iestāde: Kurzemes Tehnoloģiju koledža')
P(d, 'MIP vērtējums:', bold=True)
for g, t in (('☐', 'saturs ir atbalstāms un virzāms saskaņošanai'),
             ('☐', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'),
             ('☒', 'saturs nav atbalstāms')):
    P(d, f'{g} {t}')
P(d, 'Pamatojums: programmā praktiski nav ražošanas plānošanas un kvalitātes kontroles, kas tehniķim ir galvenais. '
     'Vairāk nekā puse moduļu dublē kokapstrādes iekārtu operatora programmu.')
P(d, 'PKE vērtējums:', bold=True)
for g, t in (('☐', 'saturs ir atbalstāms un virzāms saskaņošanai'),
             ('☐', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'),
             ('☒', 'saturs nav atbalstāms')):
    P(d, f'{g} {t}')
P(d, 'Pamatojums: eksāmens pārbauda tikai iekārtas apkalpošanu, nevis tehniķa kompetences (tehnoloģiskās kartes, '
     'pašizmaksas aprēķins). Jāizstrādā no jauna pēc MIP pārstrādes.')
P(d, '')
P(d, 'Inese Grīnberga, SIA „Skaidas” ražošanas vadītāja')
P(d, '2026. gada 27. februārī')
save(d, 'r4b06_Koka izstradajumu razosanas tehnikis_Grinberga.docx', [
    ('koka izstrādājumu ražošanas tehniķis', 'MIP', 'not_supported', 'Inese Grīnberga', '2026-02-27', '4'),
    ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'not_supported', 'Inese Grīnberga', '2026-02-27', '4'),
], note='All options printed with ☐, the chosen one ☒ (typed glyphs); role/company after name dropped.')

# ---------------------------------------------------------------------------
# r4b07 Word content-control checkboxes; no signature, expert only in author property
d = new('Mārtiņš Zariņš', 2026, 3, 2)
P(d, 'BŪVIZSTRĀDĀJUMU GALDNIEKS — MIP UN PKE EKSPERTĪZE', bold=True, size=13)
P(d, 'Datums: 2026-03-02')
t = T(d, [['Dokuments', 'atbalstāms un virzāms saskaņošanai', 'atbalstāms, pēc precizējumiem virzāms saskaņošanai',
           'nav atbalstāms'],
          ['MIP', '', '', ''],
          ['PKE', '', '', '']])
for (r, c, chk) in ((1, 1, True), (1, 2, False), (1, 3, False), (2, 1, False), (2, 2, False), (2, 3, True)):
    add_cc_checkbox(t.cell(r, c).paragraphs[0], chk)
P(d, '')
P(d, 'Komentāri par PKE: eksāmena praktiskais darbs (loga rāmja izgatavošana) neatbilst tam, kā logus mūsdienās ražo — '
     'nav ne stiklojuma, ne blīvējumu, ne montāžas. Vērtēšanas kritēriji ir vispārīgi („kvalitatīvi izpildīts”). '
     'Šādā veidā eksāmenu nevar laist tālāk.')
P(d, 'Programma gan ir laba, tur iebildumu man nav.')
save(d, 'r4b07_buvizstradajumu galdnieks MIP PKE.docx', [
    ('būvizstrādājumu galdnieks', 'MIP', 'supported', 'Mārtiņš Zariņš', '2026-03-02', '4'),
    ('būvizstrādājumu galdnieks', 'PKE', 'not_supported', 'Mārtiņš Zariņš', '2026-03-02', '4'),
], note='w14:checkbox content controls per document row (invisible to paragraph.text); all-caps qualification; '
        'no signature, expert = author property (the expert himself); level from register.')

# ---------------------------------------------------------------------------
# r4b08 "nevajadzīgo svītrot": non-chosen options in strikethrough; unlabelled signature
d = new('Ilze Bērziņa', 2026, 3, 17)
P(d, 'Eksperta slēdziens', bold=True, size=14)
P(d, 'Profesionālā kvalifikācija: Datorizētu kokapstrādes iekārtu operators, LKI 4')
P(d, 'Iesniedzējs: Jelgavas Amatu vidusskolas darba grupa')
P(d, 'Slēdziens (nevajadzīgo svītrot)', bold=True)


def strike_opts(doc, label, opts, keep):
    P(doc, label, bold=True)
    for i, o in enumerate(opts):
        p = doc.add_paragraph()
        r = p.add_run(o)
        r.font.strike = (i != keep)


OPTS = ['saturs ir atbalstāms un virzāms saskaņošanai;',
        'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;',
        'saturs nav atbalstāms.']
strike_opts(d, 'MIP:', OPTS, 1)
strike_opts(d, 'PKE:', OPTS, 2)
P(d, 'Precizējumi MIP: papildināt CAM programmatūras moduli ar praktiskiem darbiem (vismaz 40 st.), sakārtot '
     'atsauces uz darba aizsardzības noteikumiem. PKE jāpārstrādā pilnībā — uzdevums paredz 5-asu CNC, kāda nav '
     'nevienā no eksāmena vietām.')
P(d, '')
P(d, 'Laura Ābele')
P(d, '16.03.2026.')
save(d, 'r4b08_Atzinums_DKIO_svitrots_Abele.docx', [
    ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 'Laura Ābele', '2026-03-16', '4'),
    ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'not_supported', 'Laura Ābele', '2026-03-16', '4'),
], note='Strike-what-does-not-apply: non-chosen options carry w:strike; signature without label; author = coordinator.')

# ---------------------------------------------------------------------------
# r4b09 Outlook e-mail, Latvian headers, quoted coordinator request below
d = new('Ilze Bērziņa', 2026, 3, 12, 11)
for line in ['No: Pēteris Kalniņš <peteris.kalnins@klimatserviss.lv>',
             'Nosūtīts: ceturtdiena, 2026. gada 12. marts 09:41',
             'Kam: Ilze Bērziņa <ilze.berzina@lddk.lv>',
             'Tēma: RE: VGK sistēmu tehniķis – MIP un PKE ekspertīze',
             '',
             'Labdien, Ilze!',
             'Izskatīju abus dokumentus. Programma kopumā ir laba, moduļi iet loģiskā secībā, ir iekļauti arī '
             'siltumsūkņi un dabiskie aukstumaģenti, kas pie mums tagad ir ikdiena. MIP atbalstu un iesaku virzīt '
             'saskaņošanai tādu, kāda tā ir.',
             'Ar eksāmenu sliktāk. Saturu kopumā atbalstu, bet pirms to nodod saskaņošanai, obligāti jāizlabo praktiskā '
             'uzdevuma vērtēšanas kritēriji (hermētiskuma pārbaude vispār nav pieminēta) un jāsamazina teorijas '
             'jautājumu skaits, 80 jautājumi 90 minūtēs ir par daudz.',
             '',
             'Ar cieņu',
             'Pēteris Kalniņš',
             'SIA Klimatserviss, tehniskais direktors',
             '',
             '-----Sākotnējais ziņojums-----',
             'No: Ilze Bērziņa <ilze.berzina@lddk.lv>',
             'Nosūtīts: pirmdiena, 2026. gada 2. marts 14:05',
             'Kam: Pēteris Kalniņš <peteris.kalnins@klimatserviss.lv>',
             'Tēma: VGK sistēmu tehniķis – MIP un PKE ekspertīze',
             '',
             'Labdien!',
             'Lūdzu līdz 13. martam izvērtēt pielikumā pievienoto MIP un PKE un katram dokumentam norādīt vienu no '
             'vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu '
             'veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”.',
             'Ilze Bērziņa, LDDK projekta koordinatore']:
    P(d, line)
save(d, 'r4b09_RE VGK sistemu tehnikis MIP un PKE ekspertize.docx', [
    ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'supported', 'Pēteris Kalniņš', '2026-03-12', '4'),
    ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'needs_corrections', 'Pēteris Kalniņš', '2026-03-12', '4'),
], note='Outlook LV headers; alias "VGK sistēmu tehniķis"; PKE condition "pirms ... obligāti jāizlabo"; quoted request '
        '(coordinator, 2 March, lists all options, 13 March deadline) is ignored; author = coordinator.')

# ---------------------------------------------------------------------------
# r4b10 Outlook e-mail, English headers, PKE only, "> " quoted request
d = new('User', 2026, 3, 24)
for line in ['From: Gunta Ozoliņa <gunta.ozolina@mezaserviss.lv>',
             'Sent: Monday, March 23, 2026 6:12 PM',
             "To: 'Ilze Bērziņa' <ilze.berzina@lddk.lv>",
             'Subject: RE: Motorzagu operators PKE',
             '',
             'Sveika!',
             'Motorzāģa operatora eksāmenu neatbalstu. Praktiskajā daļā audzēknim jānozāģē koks ar diametru virs 40 cm '
             'bez instruktora klātbūtnes – tas ir bīstami un neatbilst 3. līmenim. Nav nekā par ķēdes asināšanu un '
             'zāģa ikdienas apkopi. Teorijas jautājumi nokopēti no vecā 2019. gada testa.',
             'Lai darba grupa pārstrādā un atsūta vēlreiz.',
             'MIP man netika sūtīta, tāpēc par programmu neko nesaku.',
             '',
             'Gunta',
             '',
             '> From: Ilze Bērziņa',
             '> Sent: Tuesday, March 10, 2026 9:02 AM',
             '> Subject: Motorzagu operators PKE',
             '> Labdien, Gunta! Pielikumā motorzāģa operatora PKE saturs. Lūgums līdz 20.03. sniegt atzinumu —',
             '> vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.',
             '> Paldies! Ilze']:
    P(d, line)
save(d, 'r4b10_RE Motorzagu operators PKE.docx', [
    ('motorzāģa operators', 'PKE', 'not_supported', 'Gunta Ozoliņa', '2026-03-23', '3'),
], note='Outlook EN headers; expert from From: line (signed only with first name); MIP said not received -> no row; '
        'quoted "> " request with options and deadline ignored.')

# ---------------------------------------------------------------------------
# r4b11 Gmail-style print, "On ... wrote:" quoted request
d = new('Ilze Bērziņa', 2026, 3, 17)
for line in ['Gmail — Re: Kokapstrādes iekārtu operators — ekspertīze',
             '',
             'Kārlis Siliņš <karlis.silins@gmail.com>',
             'Date: pirmdiena, 2026. gada 16. marts 18:12',
             'To: Ilze Bērziņa <ilze.berzina@lddk.lv>',
             '',
             'Ilze, sūtu savu vērtējumu par kokapstrādes iekārtu operatoru.',
             'MIP – atbalstāma, bet pirms tās virzīšanas saskaņošanai darba grupai jāizlabo moduļa „Zāģēšanas iekārtas” '
             'apraksts (joprojām minētas rāmja zāģētavas, kādu Latvijā praktiski vairs nav) un jāpieliek drošības '
             'tehnikas stundas.',
             'PKE – arī atbalstu ar nosacījumu, ka tiek precizēts praktiskā uzdevuma laiks un skaidri uzrakstīts, kuras '
             'iekārtas eksaminējamais drīkst izvēlēties. Kad tas būs izdarīts, abus dokumentus var laist tālāk.',
             '',
             'Kārlis',
             '',
             'On Fri, Mar 6, 2026 at 10:15 AM Ilze Bērziņa <ilze.berzina@lddk.lv> wrote:',
             '> Labdien, Kārli!',
             '> Lūdzu izvērtēt kokapstrādes iekārtu operatora MIP un PKE saturu un norādīt, vai saturs ir atbalstāms',
             '> un virzāms saskaņošanai, vai arī nav atbalstāms.',
             '> Ilze']:
    P(d, line)
save(d, 'r4b11_Gmail - Re Kokapstrades iekartu operators.docx', [
    ('kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 'Kārlis Siliņš', '2026-03-16', '3'),
    ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections', 'Kārlis Siliņš', '2026-03-16', '3'),
], note='Gmail-style print; Date: with weekday; "atbalstu ar nosacījumu, ka tiek precizēts" -> needs_corrections; '
        'quoted request from 6 March ignored.')

# ---------------------------------------------------------------------------
# r4b12 letterhead + several qualifications in one table (Kvalifikācija | LKI | MIP | PKE)
d = new('Lietotājs', 2026, 3, 13)
P(d, 'Oskars Jansons', bold=True)
P(d, 'enerģētikas nozares eksperts, AS „Kurzemes Tīkli”')
P(d, '')
P(d, 'Ekspertīzes rezultāti: enerģētikas nozares kvalifikācijas', bold=True, size=13)
P(d, 'Zemāk apkopoju savu vērtējumu par man nosūtītajiem dokumentiem. Detalizētas piezīmes pielikumos.')
T(d, [['Kvalifikācija', 'LKI', 'MIP', 'PKE'],
      ['Elektromontieris', '3', 'atbalstāma, virzāma saskaņošanai',
       'nav atbalstāms – praktiskais uzdevums jāveido no jauna'],
      ['Elektrotehniķis', '4', 'atbalstāma pēc precizējumiem (sk. 2. pielikumu), tad virzīt saskaņošanai',
       'atbalstāms un virzāms saskaņošanai'],
      ['VGK iekārtu remontatslēdznieks', '3', 'nav atbalstāma',
       'atbalstāms; saskaņošanai virzīt pēc precizējumu veikšanas']])
P(d, '')
P(d, 'VGK remontatslēdznieka programma pārāk teorētiska, prakses apjoms mazāks par pusi — tā to nevar laist. '
     'Elektromontiera eksāmenā pārbauda lietas, kas nav programmā.')
P(d, 'Ventspilī, 13.03.26')
P(d, 'O. Jansons')
save(d, 'r4b12_Energetika_kopsavilkums_Jansons.docx', [
    ('elektromontieris', 'MIP', 'supported', 'Oskars Jansons', '2026-03-13', '3'),
    ('elektromontieris', 'PKE', 'not_supported', 'Oskars Jansons', '2026-03-13', '3'),
    ('elektrotehniķis', 'MIP', 'needs_corrections', 'Oskars Jansons', '2026-03-13', '4'),
    ('elektrotehniķis', 'PKE', 'supported', 'Oskars Jansons', '2026-03-13', '4'),
    ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'not_supported', 'Oskars Jansons', '2026-03-13', '3'),
    ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections', 'Oskars Jansons', '2026-03-13', '3'),
], note='Three qualifications in one table Kvalifikācija|LKI|MIP|PKE; alias "VGK iekārtu remontatslēdznieks"; '
        'expert named in full in the letterhead (signature "O. Jansons" is the same person, full form used); date 13.03.26.')

# ---------------------------------------------------------------------------
# r4b13 expert's own summary in the coordinator/seed style (numbered table); history note
d = new('Ilze Bērziņa', 2026, 3, 31)
P(d, 'Vija Liepa, kokrūpniecības nozares eksperte', bold=True)
P(d, 'Kopsavilkums par manis veiktajām ekspertīzēm projekta 4. posmā', bold=True, size=13)
T(d, [['Nr.', 'Kvalifikācija', 'MIP', 'PKE'],
      ['1.', 'Meža mašīnu operators', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
       'saturs ir atbalstāms un virzāms saskaņošanai'],
      ['2.', 'Mežsaimniecības tehniķis', 'saturs nav atbalstāms', 'saturs nav atbalstāms'],
      ['3.', 'Motorzāģa operators', 'saturs ir atbalstāms un virzāms saskaņošanai',
       'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai']])
P(d, '')
P(d, 'Piezīme: mežsaimniecības tehniķa MIP janvāra redakcija tika atbalstīta ar precizējumiem, taču martā iesniegtajā '
     'redakcijā izņemti meža inventarizācijas prakses moduļi, tāpēc pašreizējo redakciju neatbalstu. Arī eksāmens '
     'balstīts uz izņemtajiem moduļiem.')
P(d, 'Jelgavā, 2026. gada 30. martā')
P(d, 'V. Liepa')
save(d, 'r4b13_Kopsavilkums_4posms_Liepa.docx', [
    ('meža mašīnu operators', 'MIP', 'needs_corrections', 'Vija Liepa', '2026-03-30', '3'),
    ('meža mašīnu operators', 'PKE', 'supported', 'Vija Liepa', '2026-03-30', '3'),
    ('mežsaimniecības tehniķis', 'MIP', 'not_supported', 'Vija Liepa', '2026-03-30', '4'),
    ('mežsaimniecības tehniķis', 'PKE', 'not_supported', 'Vija Liepa', '2026-03-30', '4'),
    ('motorzāģa operators', 'MIP', 'supported', 'Vija Liepa', '2026-03-30', '3'),
    ('motorzāģa operators', 'PKE', 'needs_corrections', 'Vija Liepa', '2026-03-30', '3'),
], note='Seed-style numbered summary, but written and signed by the expert herself (her own verdicts, so rows); '
        'the January history ("tika atbalstīta ar precizējumiem") is not the current verdict; levels from register.')

# ---------------------------------------------------------------------------
# r4b14 letterhead with title before the name; MIP only, PKE not submitted
d = new('Lietotājs', 2026, 3, 4)
P(d, 'Mg.silv. Anna Krūmiņa', bold=True)
P(d, 'meža nozares eksperte, SIA „Zaļais Mežs”')
P(d, '')
P(d, 'Atzinums par mežsaimniecības tehniķa modulāro izglītības programmu', bold=True, size=13)
P(d, 'Rīgā, 2026. gada 4. martā')
P(d, 'Ekspertīzei saņēmu tikai modulāro programmu; PKE saturs netika iesniegts, tāpēc to šajā atzinumā nevērtēju.')
P(d, 'Programmā labi sabalansēta mežkopība, meža inventarizācija un meža ceļu būves pamati. Prieks, ka ir iekļauts '
     'ĢIS un tālizpētes datu lietojums, kā arī meža atjaunošanas plānošana pēc jaunajiem noteikumiem. Prakses apjoms '
     'uzņēmumā ir pietiekams.')
P(d, 'Darba grupa pēc saviem ieskatiem varētu pievienot vairāk piemēru par meža sertifikācijas (FSC, PEFC) prasībām, '
     'bet tas nav obligāti.')
P(d, 'Secinājumi', bold=True)
P(d, 'MIP saturs ir atbalstāms un to var virzīt saskaņošanai.')
save(d, 'r4b14_Atzinums_MIP_Mezsaimniecibas tehnikis_Krumina.docx', [
    ('mežsaimniecības tehniķis', 'MIP', 'supported', 'Anna Krūmiņa', '2026-03-04', '4'),
], note='Letterhead with academic title before the name (dropped); only MIP reviewed, PKE "netika iesniegts" -> no row; '
        'optional suggestion "pēc saviem ieskatiem ... nav obligāti" is not a condition.')

# ---------------------------------------------------------------------------
# r4b15 legacy FORMCHECKBOX fields; PKL level stated; Eksperts/Datums with values in the row below
d = new('Lietotājs', 2026, 3, 6)
P(d, 'Ekspertīzes veidlapa', bold=True, size=14)
P(d, 'Kvalifikācija: Elektromontieris (2. PKL)')
t = T(d, [['Vērtējums', 'MIP', 'PKE'],
          ['Saturs ir atbalstāms un virzāms saskaņošanai', '', ''],
          ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', ''],
          ['Saturs nav atbalstāms', '', '']])
for r, c, chk in ((1, 1, False), (2, 1, False), (3, 1, True), (1, 2, True), (2, 2, False), (3, 2, False)):
    add_formcheckbox(t.cell(r, c).paragraphs[0], chk)
P(d, '')
P(d, 'Pamatojums (MIP): moduļos nav iekļauta darbam ar saules paneļu sistēmām un uzlādes stacijām nepieciešamā '
     'kompetence; apjoms stundās neatbilst normatīvajam. Eksāmenam piezīmju nav.')
T(d, [['Eksperts', 'Datums'],
      ['Valters Jurēvičs', '2026. gada 6. martā']])
save(d, 'r4b15_Elektromontieris_veidlapa_FORMCHECKBOX.docx', [
    ('elektromontieris', 'MIP', 'not_supported', 'Valters Jurēvičs', '2026-03-06', '3'),
    ('elektromontieris', 'PKE', 'supported', 'Valters Jurēvičs', '2026-03-06', '3'),
], note='Legacy FORMCHECKBOX fields (no text, w:default=1 marks the choice); level given as "2. PKL" = LKI 3; '
        'Eksperts/Datums header row with values below.')

# ---------------------------------------------------------------------------
# r4b16 Wingdings w:sym checkboxes; signature with title after the name
d = new('Ilze Bērziņa', 2026, 3, 11)
P(d, 'Motorzāģa operatora kvalifikācijas dokumentu ekspertīze', bold=True, size=13)
P(d, 'Izvērtētas abas darba grupas iesniegtās daļas.')
for docname, checked in (('Modulārā izglītības programma', 1), ('Profesionālās kvalifikācijas eksāmena saturs', 0)):
    P(d, docname + ':', bold=True)
    for i, txt in enumerate(['saturs ir atbalstāms un virzāms saskaņošanai',
                             'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
                             'saturs nav atbalstāms']):
        p = d.add_paragraph()
        add_sym(p, 'F0FE' if i == checked else 'F0A8')
        p.add_run(' ' + txt)
P(d, 'Programmā jāprecizē koku gāšanas tehnikas apraksts (droša gāšanas virziena noteikšana, ķīļu lietošana) un '
     'jāpievieno pirmās palīdzības modulis — bez šiem labojumiem saskaņošanai nesūtīt.')
P(d, '')
P(d, 'Sandris Egle, Mg.sc.ing.')
P(d, '2026. g. 10. martā')
save(d, 'r4b16_motorzaga operators MIP PKE Egle.docx', [
    ('motorzāģa operators', 'MIP', 'needs_corrections', 'Sandris Egle', '2026-03-10', '3'),
    ('motorzāģa operators', 'PKE', 'supported', 'Sandris Egle', '2026-03-10', '3'),
], note='Wingdings w:sym F0FE (checked) / F0A8 (empty) before each option; title after the name dropped; '
        'date "2026. g. 10. martā"; author = coordinator.')

# ---------------------------------------------------------------------------
# r4b17 tracked changes: expert changed her MIP verdict (w:del old, w:ins new)
d = new('Rūta Kalēja', 2026, 3, 17)
P(d, 'Ekspertīzes atzinums — mēbeļu galdnieks (LKI 4)', bold=True, size=13)
P(d, 'Eksperte: Rūta Kalēja, mēbeļu ražotne „Kalēju darbnīca”')
P(d, 'Datums: 17.03.2026')
P(d, 'Pēc sarunas ar darba grupu un to, ka viņi apsolīja papildināt finiera liekšanas moduli, maināms mans slēdziens par programmu.')
p = P(d, 'MIP slēdziens: saturs ')
add_del(p, 'nav atbalstāms.', 'Rūta Kalēja', '2026-03-17T09:00:00Z')
add_ins(p, 'ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.', 'Rūta Kalēja', '2026-03-17T09:00:00Z')
P(d, 'Obligāti precizējumi: finiera liekšanas un presēšanas modulis, mēbeļu furnitūras montāža (slēptās eņģes, '
     'atvilktņu vadotnes), darba drošība pie formātzāģa.')
P(d, 'PKE slēdziens: saturs atbalstāms un virzāms saskaņošanai.')
save(d, 'r4b17_Kaleja_mebelu galdnieks_labots.docx', [
    ('mēbeļu galdnieks', 'MIP', 'needs_corrections', 'Rūta Kalēja', '2026-03-17', '4'),
    ('mēbeļu galdnieks', 'PKE', 'supported', 'Rūta Kalēja', '2026-03-17', '4'),
], note='Track changes: deleted "nav atbalstāms" (w:del) replaced by inserted needs-corrections wording (w:ins) -> current '
        'verdict is the inserted one.')

# ---------------------------------------------------------------------------
# r4b18 MIP gets comments but no verdict (final opinion postponed); PKE rejected
d = new('Valdis Priede', 2026, 3, 26)
P(d, 'Piezīmes par elektrotehniķa MIP un PKE', bold=True, size=13)
P(d, 'Datums: 2026-03-26')
P(d, 'Programma', bold=True)
P(d, '• 3. modulī sajaukti jēdzieni „zemēšana” un „zibensaizsardzība”;')
P(d, '• trūkst viedo skaitītāju un attālinātās uzskaites tēmas;')
P(d, '• prakses uzdevumi aprakstīti ļoti vispārīgi.')
P(d, 'Par programmu galīgo slēdzienu sniegšu pēc tikšanās ar darba grupu 2. aprīlī, kad būs skaidrs, kā viņi '
     'plāno sadalīt praksi.')
P(d, 'Eksāmens', bold=True)
P(d, 'Eksāmena saturu neatbalstu: praktiskais uzdevums pārbauda tikai montāžu, nevis elektrotehniķim nepieciešamo '
     'projektēšanu un mērījumu analīzi. Jāizstrādā no jauna.')
P(d, 'Valdis Priede')
save(d, 'r4b18_Priede_elektrotehnikis_piezimes.docx', [
    ('elektrotehniķis', 'MIP', 'unknown', 'Valdis Priede', '2026-03-26', '4'),
    ('elektrotehniķis', 'PKE', 'not_supported', 'Valdis Priede', '2026-03-26', '4'),
], problems=['no_verdict'],
   note='MIP reviewed (remarks) but verdict explicitly postponed -> unknown + no_verdict; PKE "neatbalstu"; '
        'the 2 April meeting date is not the review date.')

# ---------------------------------------------------------------------------
# r4b19 form with two contradictory X marks for MIP -> conflict
d = new('Lietotājs', 2026, 3, 19)
P(d, 'EKSPERTĪZES ATZINUMS', bold=True, size=14)
T(d, [['Kvalifikācija', 'Koka izstrādājumu ražošanas tehniķis'],
      ['LKI', '4'],
      ['Eksperts', 'Baiba Roze'],
      ['Datums', '2026. gada 19. martā']])
P(d, '')
T(d, [['Dokuments', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms pēc precizējumiem', 'Nav atbalstāms'],
      ['MIP', 'X', '', 'X'],
      ['PKE', '', 'X', '']])
P(d, '')
P(d, 'Piezīmes: MIP moduļu apraksti kopumā sakārtoti, mācību rezultāti formulēti saprotami. '
     'PKE jāprecizē teorētiskās daļas vērtēšanas skala (punkti pret atzīmi) un jānorāda eksāmena ilgums.')
save(d, 'r4b19_Roze_KIRT_atzinums.docx', [
    ('koka izstrādājumu ražošanas tehniķis', 'MIP', 'unknown', 'Baiba Roze', '2026-03-19', '4'),
    ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'needs_corrections', 'Baiba Roze', '2026-03-19', '4'),
], problems=['conflict'],
   note='MIP row marked X under both "atbalstāms un virzāms" and "nav atbalstāms" with no text resolving it -> '
        'unknown + conflict; PKE marked with corrections.')

# ---------------------------------------------------------------------------
# r4b20 qualification not in the register, level stated
d = new('Lietotājs', 2026, 3, 11)
P(d, 'Eksperta atzinums', bold=True, size=14)
T(d, [['Profesionālā kvalifikācija', 'Kokmateriālu šķirotājs'],
      ['Līmenis', 'LKI 3. līmenis'],
      ['Eksperts', 'Ēriks Dambis, SIA „Dambja kokzāģētava”'],
      ['Datums', '2026-03-11'],
      ['MIP vērtējums', 'Nav atbalstāms. Programma ir praktiski kokapstrādes iekārtu operatora programmas kopija, '
                        'šķirošanas standarti (EN 1611, EN 975) nav pieminēti vispār.'],
      ['PKE vērtējums', 'Atbalstāms, var virzīt saskaņošanai. Šķirošanas uzdevums ar reāliem dēļiem ir labs.']])
save(d, 'r4b20_Kokmaterialu skirotajs_Dambis.docx', [
    ('kokmateriālu šķirotājs', 'MIP', 'not_supported', 'Ēriks Dambis', '2026-03-11', '3'),
    ('kokmateriālu šķirotājs', 'PKE', 'supported', 'Ēriks Dambis', '2026-03-11', '3'),
], problems=['unknown_qualification'],
   note='Qualification outside the register (nominative lowercase) with stated LKI 3 -> unknown_qualification; '
        'mentions of another qualification\'s programme are in passing.')

# ---------------------------------------------------------------------------
# r4b21 qualification not in the register, no level; letterhead of a metalworking teacher; criterion table
d = new('Gatis Krūze', 2026, 3, 20)
P(d, 'Gatis Krūze', bold=True)
P(d, 'metālapstrādes skolotājs, Liepājas Tehnikas vidusskola')
P(d, '')
P(d, 'Izvērtējums: CNC metālapstrādes darbgaldu operators', bold=True, size=13)
T(d, [['Kritērijs', 'MIP', 'PKE'],
      ['Atbilstība nozares prasībām', 'Nē', 'Jā'],
      ['Mācību rezultāti izmērāmi', 'Nē', 'Jā'],
      ['Aprīkojums pieejams', 'Jā', 'Nē'],
      ['Kopvērtējums', 'Nav atbalstāms', 'Atbalstāms, bet virzīt saskaņošanai tikai pēc precizējumiem']])
P(d, '')
P(d, 'MIP neatbilst tam, kas notiek ražotnēs: G-koda programmēšana tikai 20 stundas, nav CAM, nav mērīšanas ar '
     'koordinātu mērmašīnu. PKE labojams: aizstāt 5-asu frēzēšanu ar 3-asu, ko skolas var nodrošināt.')
P(d, 'Liepājā, 2026. gada 20. martā')
save(d, 'r4b21_CNC operators MIP PKE Kruze.docx', [
    ('cnc metālapstrādes darbgaldu operators', 'MIP', 'not_supported', 'Gatis Krūze', '2026-03-20', ''),
    ('cnc metālapstrādes darbgaldu operators', 'PKE', 'needs_corrections', 'Gatis Krūze', '2026-03-20', ''),
], problems=['unknown_qualification'],
   note='Qualification outside the register, no level stated -> lki empty + unknown_qualification; '
        'criterion table with Kopvērtējums.')

# ---------------------------------------------------------------------------
# r4b22 name and date only in the page header; table Dokuments | Slēdziens | Pamatojums
d = new('Lietotājs', 2026, 3, 11)
set_header(d, 'Ieva Pētersone  |  ekspertīzes atzinums  |  2026. gada 11. marts')
P(d, 'Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka MIP un PKE', bold=True, size=13)
T(d, [['Dokuments', 'Slēdziens', 'Pamatojums'],
      ['Modulārā izglītības programma', 'atbalstāma ar precizējumiem – saskaņošanai virzīt, kad tie būs izdarīti',
       'Jāiekļauj F-gāzu regulas prasības un aukstumaģentu apstrāde; jāizlabo kļūdas kompetenču tabulā.'],
      ['Kvalifikācijas eksāmens', 'Atbalstāms, jāveic precizējumi, pēc tam virzāms saskaņošanai',
       'Praktiskajā uzdevumā jānorāda, kāda iekārta tiek remontēta; vērtēšanas lapā trūkst darba drošības kritērija.']])
save(d, 'r4b22_VGK remontatslēdznieks_MIP_PKE.docx', [
    ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'needs_corrections', 'Ieva Pētersone', '2026-03-11', '3'),
    ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections', 'Ieva Pētersone', '2026-03-11', '3'),
], note='Expert name and date only in the page header; qualification inflected (genitive) in the title; documents '
        'named in full ("Modulārā izglītības programma", "Kvalifikācijas eksāmens"); level from register.')

# ---------------------------------------------------------------------------
# r4b23 no diacritics; labels with values in the row below
d = new('User', 2026, 3, 12)
P(d, 'EKSPERTIZES ATZINUMS', bold=True, size=14)
T(d, [['Kvalifikacija'],
      ['meza masinu operators (LKI 3)'],
      ['MIP vertejums'],
      ['nav atbalstams - programma neparedz darbu ar forvarderi vispar, meza apsaimniekosanas pamati ir tikai 8 stundas'],
      ['PKE vertejums'],
      ['atbalstams, pec precizejumu veiksanas virzams saskanosanai (janovers laika limits un jaieklauj '
       'apkopes kontrolsaraksts)'],
      ['Eksperts'],
      ['Arturs Lacis'],
      ['Datums'],
      ['12 marts 2026']])
save(d, 'r4b23_ekspertize meza masinu operators Lacis.docx', [
    ('meža mašīnu operators', 'MIP', 'not_supported', 'Arturs Lacis', '2026-03-12', '3'),
    ('meža mašīnu operators', 'PKE', 'needs_corrections', 'Arturs Lacis', '2026-03-12', '3'),
], note='Whole file typed without diacritics; label rows with the value in the row below; expert name kept as written '
        '(no diacritics); date "12 marts 2026".')

# ---------------------------------------------------------------------------
# r4b24 letterhead with Dr.sc.ing.; prose with "Rezumējot" conclusion; both rejected
d = new('Ilze Bērziņa', 2026, 2, 26)
P(d, 'Dr.sc.ing. Normunds Vanags', bold=True)
P(d, 'valdes loceklis, SIA „MetalTech Baltic”')
P(d, '')
P(d, 'Ekspertīzes atzinums par mehatronisko sistēmu tehniķa kvalifikācijas MIP un PKE saturu', bold=True, size=13)
P(d, 'Rīgā, 2026. gada 25. februāris')
P(d, 'Darba grupa ir ieguldījusi lielu darbu, un nozares uzņēmumi atbalsta ideju par vienotu mehatronikas programmu. '
     'Tomēr iesniegtā redakcija balstās uz 2015. gada standartu: nav ne industriālo tīklu (PROFINET, EtherCAT), ne '
     'kolaboratīvo robotu drošības, ne elementāras datu vākšanas no iekārtām.')
P(d, 'Eksāmena praktiskais uzdevums ir pneimatiskās shēmas salikšana — tas ir 3. līmeņa uzdevums, nevis tehniķim. '
     'Teorijas testā daudz jautājumu par relejiem un kontaktoru shēmām, bet nekā par PLC diagnostiku.')
P(d, 'Rezumējot: ne programmu, ne eksāmena saturu pašreizējā redakcijā nevaru atbalstīt. Abi dokumenti jāpārstrādā '
     'un jāiesniedz atkārtotai ekspertīzei.', bold=True)
save(d, 'r4b24_Vanags_mehatronika_atzinums.docx', [
    ('mehatronisko sistēmu tehniķis', 'MIP', 'not_supported', 'Normunds Vanags', '2026-02-25', '4'),
    ('mehatronisko sistēmu tehniķis', 'PKE', 'not_supported', 'Normunds Vanags', '2026-02-25', '4'),
], note='Letterhead with Dr.sc.ing. title (dropped); qualification in genitive; "nozares uzņēmumi atbalsta ideju" is '
        'a third-person verb, not a verdict; "ne ..., ne ... nevaru atbalstīt" covers both documents; 2015 standard '
        'year is not a date.')

# ---------------------------------------------------------------------------
# r4b25 criterion table, a passing negative remark in the body, positive Kopvērtējums; signature cell below
d = new('Lietotājs', 2026, 3, 19)
P(d, 'Elektromontiera (LKI 3) MIP un PKE ekspertīze', bold=True, size=13)
P(d, 'Vispārīgi: modulis „Zemējuma ierīces” kā atsevišķs modulis man šķiet lieks un tādā veidā nav atbalstāms, '
     'to varētu apvienot ar „Elektroietaišu montāžu” — bet tas lai paliek darba grupas ziņā.')
T(d, [['Kritērijs', 'MIP', 'PKE'],
      ['Atbilst kvalifikācijas prasībām', 'Jā', 'Jā'],
      ['Iekļautas jaunās prasmes (AER, e-mobilitāte)', 'Jā', 'Nē'],
      ['Vērtēšana objektīva', 'Jā', 'Jā'],
      ['Kopvērtējums', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms un virzāms saskaņošanai']])
P(d, '')
T(d, [['Paraksts / datums'],
      ['L. Zvaigzne, 19.03.2026.']])
save(d, 'r4b25_Elektromontieris_kriteriju tabula_Zvaigzne.docx', [
    ('elektromontieris', 'MIP', 'supported', 'L. Zvaigzne', '2026-03-19', '3'),
    ('elektromontieris', 'PKE', 'supported', 'L. Zvaigzne', '2026-03-19', '3'),
], note='Passing remark "tādā veidā nav atbalstāms" about one module is outranked by the Kopvērtējums row (no conflict); '
        'PKE has one criterion Nē yet overall supported; signature cell below "Paraksts / datums".')

# ---------------------------------------------------------------------------
# r4b26 Outlook EN e-mail about a re-review; history of earlier review; Original Message quoted
d = new('User', 2026, 3, 26)
for line in ['From: Zane Kļaviņa <zane.klavina@mezi.lv>',
             'Sent: Thursday, March 26, 2026 8:47 AM',
             'To: Ilze Bērziņa <ilze.berzina@lddk.lv>',
             'Subject: RE: Mežsaimniecības tehniķis – atkārtota ekspertīze',
             '',
             'Labrīt!',
             'Pārskatīju labotās versijas. Februārī programmu neatbalstīju, jo trūka meža atjaunošanas un ĢIS moduļu. '
             'Tagad tas ir izlabots, tāpēc MIP atbalstu un to var virzīt saskaņošanai.',
             'Eksāmena saturs gan joprojām nav atbalstāms: praktiskajā daļā nav taksācijas uzdevuma, bet teorijā '
             'jautājumi par jau atceltiem Ministru kabineta noteikumiem.',
             'Zane',
             '',
             '-----Original Message-----',
             'From: Ilze Bērziņa',
             'Sent: Friday, March 20, 2026 3:30 PM',
             'To: Zane Kļaviņa',
             'Subject: Mežsaimniecības tehniķis – atkārtota ekspertīze',
             'Zane, labdien! Darba grupa ir veikusi precizējumus. Lūdzu vēlreiz izvērtēt, vai MIP un PKE saturs tagad '
             'ir atbalstāms un virzāms saskaņošanai. Paldies, Ilze']:
    P(d, line)
save(d, 'r4b26_RE Mezsaimniecibas tehnikis atkartota ekspertize.docx', [
    ('mežsaimniecības tehniķis', 'MIP', 'supported', 'Zane Kļaviņa', '2026-03-26', '4'),
    ('mežsaimniecības tehniķis', 'PKE', 'not_supported', 'Zane Kļaviņa', '2026-03-26', '4'),
], note='Re-review e-mail: February "neatbalstīju" is history, current MIP verdict positive; "Original Message" block '
        'from the coordinator (20 March) ignored; corrections already made are no condition.')

# ---------------------------------------------------------------------------
# r4b27 only optional suggestions; date with weekday; key/value header; author = coordinator
d = new('Ilze Bērziņa', 2026, 3, 25)
P(d, 'Būvizstrādājumu galdnieka MIP un PKE — eksperta slēdziens', bold=True, size=13)
T(d, [['Eksperts', 'Ojārs Sproģis'],
      ['Datums', 'otrdien, 2026. gada 24. martā']])
P(d, '')
T(d, [['Dokuments', 'Slēdziens', 'Komentāri'],
      ['MIP', 'Atbalstāms un virzāms saskaņošanai',
       'Ieteikums, nav obligāti: kāpņu izgatavošanas modulī varētu pievienot vītņu kāpņu piemēru.'],
      ['PKE', 'Atbalstāms un virzāms saskaņošanai',
       'Darba grupa pēc saviem ieskatiem var palielināt rasējuma lasīšanas uzdevuma īpatsvaru. Citādi viss kārtībā.']])
save(d, 'r4b27_Sprogis_buvizstradajumu galdnieks.docx', [
    ('būvizstrādājumu galdnieks', 'MIP', 'supported', 'Ojārs Sproģis', '2026-03-24', '4'),
    ('būvizstrādājumu galdnieks', 'PKE', 'supported', 'Ojārs Sproģis', '2026-03-24', '4'),
], note='Only optional suggestions ("Ieteikums, nav obligāti", "pēc saviem ieskatiem") -> supported; date with weekday; '
        'author property = coordinator.')

# ---------------------------------------------------------------------------
# r4b28 two qualifications, each in its own section, prose verdicts
d = new('Lietotājs', 2026, 3, 13)
P(d, 'Ekspertīzes atzinums: kokapstrādes kvalifikācijas', bold=True, size=14)
P(d, 'Eksperts: Uldis Vilks, SIA „Vilka kokapstrāde”')
P(d, '1. Kokapstrādes iekārtu operators (LKI 3)', bold=True)
P(d, 'Programmu šādā veidā atbalstīt nevaru — tā ir pārāk šaura, trūkst ēvelēšanas un frēzēšanas iekārtu iestatīšanas, '
     'un puse moduļu atkārto viens otru.')
P(d, 'Eksāmens ir labāks: saturs atbalstāms, taču pirms virzīšanas saskaņošanai jāprecizē vērtēšanas kritēriji un '
     'praktiskā darba laika norma.')
P(d, '2. Datorizētu kokapstrādes iekārtu operators (LKI 4)', bold=True)
P(d, 'MIP atbalstu ar precizējumiem: jāpievieno CAM programmatūras pamati un instrumentu nodiluma kontrole; pēc tam '
     'var virzīt saskaņošanai.')
P(d, 'PKE saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.')
P(d, '')
P(d, 'Rīgā, 2026. gada 13. martā')
save(d, 'r4b28_Vilks_kokapstrade_2 kvalifikacijas.docx', [
    ('kokapstrādes iekārtu operators', 'MIP', 'not_supported', 'Uldis Vilks', '2026-03-13', '3'),
    ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections', 'Uldis Vilks', '2026-03-13', '3'),
    ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 'Uldis Vilks', '2026-03-13', '4'),
    ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported', 'Uldis Vilks', '2026-03-13', '4'),
], note='Two qualifications in separate sections (one name contains the other); documents referred to as '
        '"Programmu"/"Eksāmens"; "bez precizējumiem" means supported.')

# ---------------------------------------------------------------------------
# r4b29 five-line note; expert only in author property; no date in the text
d = new('Kristīne Sproģe', 2026, 3, 21)
P(d, 'Elektrotehniķa PKE')
P(d, 'Izskatīju eksāmena saturu. Atbalstu, var virzīt saskaņošanai, labojumi nav vajadzīgi.')
P(d, 'Praktiskais uzdevums ar sadales skapja projektu un mērījumiem ir tieši tas, kas vajadzīgs.')
P(d, 'MIP vēl neesmu saņēmusi.')
save(d, 'r4b29_elektrotehnikis PKE piezime.docx', [
    ('elektrotehniķis', 'PKE', 'supported', 'Kristīne Sproģe', '', '4'),
], note='Short note with no signature and no date: expert from the author property; date empty (file creation date '
        'is not a review date); MIP not received -> no row.')

# ===========================================================================
# NOT reviews (no rows, one no_verdict each)

# r4b30 table of expert assignments
d = new('Ilze Bērziņa', 2026, 3, 30)
P(d, 'Ekspertu sadalījums — projekta 5. posms (2026. gada aprīlis–jūlijs)', bold=True, size=13)
T(d, [['Kvalifikācija', 'LKI', 'Eksperts', 'Dokumenti', 'Termiņš', 'Statuss'],
      ['Mēbeļu galdnieks', '4', 'Dace Kalniņa', 'MIP, PKE', '15.04.2026.', 'nosūtīts ekspertam'],
      ['Elektrotehniķis', '4', 'Jānis Ozols', 'MIP (atkārtoti)', '20.04.2026.', 'gaida labojumus no skolas'],
      ['Meža mašīnu operators', '3', 'A. Liepiņš', 'MIP', '30.04.2026.', 'nav sākts'],
      ['Mehatronisko sistēmu tehniķis', '4', 'Normunds Vanags', 'MIP, PKE (atkārtoti)', '08.05.2026.', 'nosūtīts ekspertam']])
P(d, '')
P(d, 'Ekspertam atzinumā jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu '
     'veikšanas vai nav atbalstāms. Atzinumus sūtīt koordinatorei.')
save(d, 'r4b30_Ekspertu sadalijums_5posms.docx', [], problems=['no_verdict'],
     note='NOT a review: coordinator\'s assignment table (who/what/by when) plus instruction listing all options.')

# r4b31 call for experts
d = new('Lietotājs', 2026, 1, 12)
P(d, 'Aicinām pieteikties nozaru ekspertus!', bold=True, size=14)
P(d, 'Latvijas Darba devēju konfederācija aicina enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozaru '
     'profesionāļus pieteikties darbam par ekspertiem projektā, kurā tiek vērtēts modulāro izglītības programmu (MIP) '
     'un profesionālās kvalifikācijas eksāmenu (PKE) saturs.')
P(d, 'Eksperta uzdevums ir izvērtēt, vai iesniegtais saturs ir atbalstāms un virzāms saskaņošanai, vai tas ir '
     'atbalstāms tikai pēc precizējumu veikšanas, vai arī nav atbalstāms, un sagatavot rakstisku atzinumu.')
P(d, 'Prasības: vismaz 5 gadu pieredze nozarē; izpratne par kvalifikācijām, piemēram, elektrotehniķis, mēbeļu '
     'galdnieks, mehatronisko sistēmu tehniķis.')
P(d, 'Pieteikumus sūtīt līdz 2026. gada 30. janvārim.')
save(d, 'r4b31_Uzaicinajums nozaru ekspertiem 2026.docx', [], problems=['no_verdict'],
     note='NOT a review: call for experts; describes the task with all verdict options and names qualifications.')

# r4b32 exam regulation excerpt listing assessment options
d = new('Lietotājs', 2026, 2, 2)
P(d, 'Izvilkums no kārtības, kādā tiek veikta PKE satura ekspertīze', bold=True, size=13)
P(d, '7. Eksperts izvērtē profesionālās kvalifikācijas eksāmena saturu atbilstoši profesionālās kvalifikācijas '
     'prasībām un modulārajai izglītības programmai.')
P(d, '8. Atzinumā eksperts norāda vienu no šādiem vērtējumiem:')
P(d, '8.1. saturs ir atbalstāms un virzāms saskaņošanai;')
P(d, '8.2. saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;')
P(d, '8.3. saturs nav atbalstāms.')
P(d, '9. Ja saturs nav atbalstāms, izglītības iestādes darba grupa to pārstrādā un iesniedz atkārtotai ekspertīzei '
     '20 darba dienu laikā.')
T(d, [['Vērtējums', 'Turpmākā rīcība'],
      ['Atbalstāms un virzāms saskaņošanai', 'Nosūtīt VISC saskaņošanai'],
      ['Atbalstāms pēc precizējumiem', 'Darba grupa veic precizējumus, koordinators pārbauda'],
      ['Nav atbalstāms', 'Atkārtota ekspertīze']])
save(d, 'r4b32_PKE ekspertizes kartiba_izvilkums.docx', [], problems=['no_verdict'],
     note='NOT a review: regulation excerpt listing all assessment options and their consequences.')

# r4b33 LDDK newsletter item
d = new('LDDK Komunikācija', 2026, 4, 2)
P(d, 'LDDK ziņas | 2026. gada aprīlis', italic=True)
P(d, 'Nozaru eksperti turpina darbu pie profesionālās izglītības satura', bold=True, size=13)
P(d, 'Projekta 4. posmā LDDK deleģētie 13 nozaru eksperti vērtēja modulārās izglītības programmas un profesionālās '
     'kvalifikācijas eksāmenu saturu kokrūpniecībā, enerģētikā un metālapstrādē. Eksperte Vija Liepa uzsver: '
     '„Nozares uzņēmumi atbalsta to, ka programmās beidzot parādās digitālās prasmes.”')
P(d, 'Darbs turpināsies projekta 5. posmā līdz 2026. gada jūlijam. Paldies visiem ekspertiem par metodisko atbalstu '
     'darba grupām!')
save(d, 'r4b33_LDDK zinas_aprilis_eksperti.docx', [], problems=['no_verdict'],
     note='NOT a review: newsletter item; "atbalsta" (third person) and "atbalstu" (noun) are not verdicts; '
          'names an expert but gives no verdict.')

# ===========================================================================
with open(os.path.join(OUT, 'expected.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r4b blind set: tables, forms, e-mails, letterheads\n\n'
            'Built by `build.py` (labels next to each file\'s code). Gold: `expected.csv`, `expected_problems.csv`.\n\n'
            '| file | design and judgement calls |\n|---|---|\n')
    for n, note in NOTES:
        f.write(f'| {n} | {note.replace("|", "/")} |\n')
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
