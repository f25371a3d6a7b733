# -*- coding: utf-8 -*-
"""Builds the r3b blind set: tables, forms, e-mails, letterheads (Latvian expert reviews).

Each builder function creates one .docx and, right next to it, declares the gold labels with
gold(...) / problem(...). Run: /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

ROWS, PROBS, NOTES = [], [], []
_cur = {}


# ---------------------------------------------------------------- helpers
def start(name, author, created):
    d = Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.created = created
    _cur['name'] = name
    return d


def save(doc, note):
    doc.save(os.path.join(OUT, _cur['name']))
    NOTES.append((_cur['name'], note))


def gold(qual, doc, verdict, expert, date, lki):
    ROWS.append([_cur['name'], qual, doc, verdict, expert, date, lki])


def problem(code):
    PROBS.append([_cur['name'], code])


def P(doc, text='', bold=False, size=None, italic=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def table(doc, rows, widths=None):
    """rows: list of lists; a cell value is a str or a callable(cell)."""
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            if callable(v):
                v(c)
            else:
                lines = str(v).split('\n')
                c.paragraphs[0].text = lines[0]
                for ln in lines[1:]:
                    c.add_paragraph(ln)
    return t


def bold_row(t, i):
    for c in t.rows[i].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def add_xml(paragraph, xml):
    paragraph._p.append(parse_xml(xml))


def cc_checkbox(checked):
    """Word 2010+ content-control checkbox (w14:checkbox)."""
    g = '\u2612' if checked else '\u2610'
    return ('<w:sdt %s %s><w:sdtPr><w14:checkbox><w14:checked w14:val="%d"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            'w:hAnsi="MS Gothic"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
            % (WNS, W14, 1 if checked else 0, g))


_ff = [0]


def formcheckbox_runs(checked):
    _ff[0] += 1
    return [
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>'
        '</w:ffData></w:fldChar></w:r>' % (WNS, _ff[0], 1 if checked else 0),
        '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % WNS,
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS,
    ]


def wsym(char):
    return '<w:r %s><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % (WNS, char)


_rev = [100]


def w_del(text, author, date):
    _rev[0] += 1
    return ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s'
            '</w:delText></w:r></w:del>' % (WNS, _rev[0], author, date, text))


def w_ins(text, author, date):
    _rev[0] += 1
    return ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s'
            '</w:t></w:r></w:ins>' % (WNS, _rev[0], author, date, text))


def text_run(text):
    return '<w:r %s><w:t xml:space="preserve">%s</w:t></w:r>' % (WNS, text)


def vml_textbox(paragraph_texts):
    ps = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % t
                 for t in paragraph_texts)
    return ('<w:r %s><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="tb%d" '
            'type="#_x0000_t202" style="width:430pt;height:90pt"><v:textbox><w:txbxContent>%s'
            '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>' % (WNS, _rev[0], ps))


def T(y, m, d, h=10, mi=0):
    return dt.datetime(y, m, d, h, mi)


# ---------------------------------------------------------------- files
def f01():
    d = start('r3b01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx', 'Lietotājs', T(2026, 3, 13, 16))
    P(d, 'Jānis Ozols', bold=True)
    P(d, 'enerģētikas nozares eksperts, SIA „Baltijas Energoserviss”')
    P(d, 'Tālr. 29 412 877, janis.ozols@energoserviss.example')
    P(d)
    P(d, 'ATZINUMS', bold=True, size=14)
    P(d, 'par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības '
         'programmas un profesionālās kvalifikācijas eksāmena satura ekspertīzi')
    P(d, 'Izvērtēju Rīgas Valsts tehnikuma darba grupas sagatavotos dokumentus (MIP redakcija no '
         '2026. gada 20. februāra). Kopumā darbs ir paveikts rūpīgi, moduļi saskan ar profesijas '
         'standartu, bet dažās vietās saturs atpaliek no tā, ko mēs uzņēmumos šobrīd prasām.')
    t = table(d, [
        ['Dokuments', 'Vērtējums', 'Piezīmes'],
        ['MIP', 'Atbalstāma, bet pirms saskaņošanas jāizdara labojumi',
         'Modulī „Elektroietaišu ekspluatācija” jāpapildina ar darbu pie saules paneļu invertoriem; '
         'darba drošības modulī jāatjauno atsauces uz spēkā esošajiem MK noteikumiem (nr. 1041 vairs '
         'nav aktuāls). Praktisko mācību stundu sadalījums jāsalāgo ar moduļu aprakstiem.'],
        ['PKE', 'Atbalstāms un virzāms saskaņošanai', 'Praktiskie uzdevumi reāli, vērtēšanas kritēriji '
         'saprotami. Iebildumu nav.'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, 'Rīgā, 2026. gada 13. marts')
    P(d, 'J. Ozols')
    gold('elektrotehniķis', 'MIP', 'needs_corrections', 'Jānis Ozols', '2026-03-13', '4')
    gold('elektrotehniķis', 'PKE', 'supported', 'Jānis Ozols', '2026-03-13', '4')
    save(d, 'Letterhead + summary table Dokuments|Vērtējums|Piezīmes. MIP "atbalstāma, bet pirms '
            'saskaņošanas jāizdara labojumi" = needs_corrections. Programme version date 20.02 ignored; '
            'place-and-date line gives the date.')


def f02():
    d = start('r3b02_ekspertize PKE meza masinu operators.docx', 'User', T(2026, 3, 5, 9))
    P(d, 'EKSPERTIZES LAPA', bold=True)
    table(d, [
        ['Kvalifikacija', 'Meza masinu operators'],
        ['LKI limenis', '3'],
        ['Izvertetais dokuments', 'PKE saturs (MIP nav iesniegts, netika vertets)'],
        ['Eksperts', 'Dace Liepina, SIA Zalie Ceri mezizstrades vaditaja'],
        ['Datums', '05.03.2026.'],
        ['Atbalstams', 'Ne'],
        ['Virzams saskanosanai', 'Ne'],
    ])
    P(d)
    P(d, 'Pamatojums', bold=True)
    P(d, 'Eksamena praktiskaja dala harvesters un forvarderis ir samesti viena uzdevuma, laiks 45 min '
         'nav realistisks. Nav paredzeta darba drosibas instruktaza pirms eksamena, nav vertesanas '
         'kriteriju apaļkoku sortimentu sagatavosanai. Teorijas jautajumi dublējas (7. un 12.). '
         'Saturs japarstrada pilnibā un jaiesniedz atkartoti.')
    gold('meža mašīnu operators', 'PKE', 'not_supported', 'Dace Liepina', '2026-03-05', '3')
    save(d, 'Key/value table without diacritics, value to the right: Atbalstams Ne / Virzams Ne = '
            'not_supported. MIP said not submitted -> no row. Expert written without diacritics, '
            'label as written; company role dropped.')


def f03():
    d = start('r3b03_Ekspertize_Mebelu_galdnieks_MIP_PKE.docx', 'Laura Kalniņa', T(2026, 3, 20, 11))
    P(d, 'MIP UN PKE SATURA EKSPERTĪZES FORMA', bold=True, size=13)
    table(d, [
        ['Profesionālā kvalifikācija', 'Mēbeļu galdnieks'],
        ['LKI līmenis', '4. LKI'],
        ['Eksperts', 'Ilze Bērziņa'],
        ['Datums', '20.03.2026.'],
    ])
    P(d)
    P(d, '1. Modulārā izglītības programma', bold=True)
    t = table(d, [
        ['Kritērijs', 'Jā / Nē', 'Komentārs'],
        ['Moduļu rezultāti atbilst profesijas standartam', 'Jā', ''],
        ['Ietvertas nozares jaunās prasmes (digitalizācija, CNC)', 'Nē',
         'Trūkst moduļa par CNC apstrādes centra programmēšanu – jāieliek vismaz kā izvēles modulis'],
        ['Mācību stundu apjoms samērīgs', 'Jā', ''],
        ['Vērtēšanas metodes atbilst rezultātiem', 'Nē', 'Modulī „Korpusa mēbeļu izgatavošana” '
         'vērtēšana tikai ar testu, jāpievieno praktiskais darbs'],
        ['Kopvērtējums', 'Atbalstāms ar precizējumiem',
         'Virzāms saskaņošanai, kad izlabotas abas augstāk minētās lietas'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, '2. Profesionālās kvalifikācijas eksāmena saturs', bold=True)
    t = table(d, [
        ['Kritērijs', 'Jā / Nē', 'Komentārs'],
        ['Uzdevumi aptver galvenos profesionālos pienākumus', 'Jā', ''],
        ['Vērtēšanas kritēriji ir skaidri un izmērāmi', 'Jā', ''],
        ['Eksāmena ilgums reāls', 'Jā', 'Var apsvērt pusstundu vairāk, bet tas ir pēc skolas ieskatiem'],
        ['Kopvērtējums', 'Atbalstāms, virzāms saskaņošanai', ''],
    ])
    bold_row(t, 0)
    gold('mēbeļu galdnieks', 'MIP', 'needs_corrections', 'Ilze Bērziņa', '2026-03-20', '4')
    gold('mēbeļu galdnieks', 'PKE', 'supported', 'Ilze Bērziņa', '2026-03-20', '4')
    save(d, 'Criterion tables with Kopvērtējums per document; MIP has two "Nē" criteria and the overall '
            '"atbalstāms ar precizējumiem" = needs_corrections. PKE optional remark (pēc skolas '
            'ieskatiem) is no condition. Author = coordinator (Laura Kalniņa), expert from form row.')


def f04():
    d = start('r3b04_Mezsaimniecibas_tehnikis_vertejuma_forma.docx', 'Lietotājs', T(2026, 2, 27, 15))
    P(d, 'Ekspertīzes vērtējuma forma', bold=True, size=13)
    P(d, 'Kvalifikācija: mežsaimniecības tehniķis (LKI 4. līmenis)')
    P(d, 'Izglītības iestāde: Ogres tehnikums')
    P(d, 'Atzīmējiet atbilstošo (☒) katram dokumentam.', italic=True)
    t = table(d, [
        ['Ekspertīzes rezultāts', 'MIP', 'PKE'],
        ['Saturs ir atbalstāms un virzāms saskaņošanai', '☐', '☒'],
        ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '☒', '☐'],
        ['Saturs nav atbalstāms', '☐', '☐'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, 'Precizējumi MIP:', bold=True)
    P(d, '– modulī „Meža inventarizācija” jāiekļauj darbs ar LVM GEO un droniem, šobrīd tikai papīra kartes;')
    P(d, '– jānovērš pretruna starp moduļa apjomu (120 st.) un tematisko plānu (96 st.).')
    P(d)
    table(d, [
        ['Eksperts', 'Datums'],
        ['Kārlis Eglītis', '2026-02-27'],
    ])
    gold('mežsaimniecības tehniķis', 'MIP', 'needs_corrections', 'Kārlis Eglītis', '2026-02-27', '4')
    gold('mežsaimniecības tehniķis', 'PKE', 'supported', 'Kārlis Eglītis', '2026-02-27', '4')
    save(d, 'Form printing all 3 options, one column per document, ☒/☐ typed as text. Expert and date '
            'in the row below their labels.')


def f05():
    d = start('r3b05_Kokapstrades iekartu operators_atzinums.docx', 'Lietotājs', T(2026, 3, 11, 13))
    P(d, 'Profesionālās kvalifikācijas „Kokapstrādes iekārtu operators” MIP un PKE satura ekspertīze',
      bold=True)
    P(d, 'LKI 3. līmenis, Kokrūpniecības nozare')
    P(d, 'Dokumenti salīdzināti ar profesijas standartu un nozares kvalifikāciju struktūru. Galvenā '
         'problēma – abi dokumenti balstās uz iekārtām, kas uzņēmumos vairs netiek lietotas, '
         'kalibrēšanas un iestatīšanas prasmes nav pat pieminētas. Eksāmenā nav neviena uzdevuma par '
         'darbu ar ražošanas datu sistēmu, lai gan tas ir pamatpienākums.')
    rows = [['', 'MIP', 'PKE'],
            ['Atbalstāms un virzāms saskaņošanai', None, None],
            ['Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', None, None],
            ['Nav atbalstāms', None, None]]
    marks = {1: (False, False), 2: (False, False), 3: (True, True)}
    t = table(d, [[c if c is not None else '' for c in r] for r in rows])
    for i in (1, 2, 3):
        for j in (1, 2):
            add_xml(t.cell(i, j).paragraphs[0], cc_checkbox(marks[i][j - 1]))
    bold_row(t, 0)
    P(d)
    P(d, 'Ieteicams darba grupai tikties ar nozares uzņēmumiem pirms nākamās redakcijas.')
    d.sections[0].footer.paragraphs[0].text = 'Eksperts: Raimonds Vītols | 11.03.2026.'
    gold('kokapstrādes iekārtu operators', 'MIP', 'not_supported', 'Raimonds Vītols', '2026-03-11', '3')
    gold('kokapstrādes iekārtu operators', 'PKE', 'not_supported', 'Raimonds Vītols', '2026-03-11', '3')
    save(d, 'Word content-control checkboxes (w14:checkbox) in a per-document column grid; both '
            '"Nav atbalstāms" checked. Expert and date only in the footer.')


def f06():
    d = start('r3b06_Motorzaga_operators_MIP.docx', 'Lietotājs', T(2026, 4, 9, 8))
    P(d, 'Ekspertīzes atzinums', bold=True, size=13)
    P(d, 'Kvalifikācija: Motorzāģa operators, 3. LKI līmenis')
    P(d, 'Vērtētais dokuments: modulārā izglītības programma. PKE saturs šajā kārtā netika iesniegts, '
         'to vērtēšu, kad skola atsūtīs.')
    P(d, 'Programma labi strukturēta, koku gāšanas un atzarošanas moduļi atbilst tam, kā darbs notiek '
         'mežā. Prieks, ka ir iekļauta pirmā palīdzība un darbs pie ceļu malām.')
    t = table(d, [['Slēdziens', ''], ['Atbalstāms un virzāms saskaņošanai', ''],
                  ['Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', ''],
                  ['Nav atbalstāms', '']])
    bold_row(t, 0)
    for i, on in ((1, True), (2, False), (3, False)):
        for x in formcheckbox_runs(on):
            add_xml(t.cell(i, 1).paragraphs[0], x)
    P(d)
    P(d, '2026. gada 9. aprīlī')
    P(d, 'Artis Kļaviņš')
    P(d, 'meža darbu meistars, z/s „Lejasbērzi”')
    gold('motorzāģa operators', 'MIP', 'supported', 'Artis Kļaviņš', '2026-04-09', '3')
    save(d, 'Legacy FORMCHECKBOX fields (no text), first option checked via w:default=1. PKE not '
            'submitted -> no row. Unlabelled signature after the date.')


def f07():
    d = start('r3b07_Buvizstradajumu galdnieks ekspertize.docx', 'Lietotājs', T(2026, 3, 17, 17))
    P(d, 'Būvizstrādājumu galdnieks (LKI 4)', bold=True)
    P(d, 'MIP un PKE ekspertīzes rezultāts (nevajadzīgo svītrot)', italic=True)

    def opts(cell, keep):
        texts = ['saturs ir atbalstāms un virzāms saskaņošanai',
                 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
                 'saturs nav atbalstāms']
        cell.paragraphs[0].text = ''
        for k, tx in enumerate(texts):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            r = p.add_run(tx)
            r.font.strike = (k != keep)
    table(d, [['MIP', lambda c: opts(c, 1)], ['PKE', lambda c: opts(c, 2)]])
    P(d)
    P(d, 'Piezīmes', bold=True)
    P(d, 'MIP – logu un durvju montāžas modulis jāpapildina ar gaisa necaurlaidības prasībām un '
         'montāžas lentām (jāizdara pirms saskaņošanas).')
    P(d, 'PKE – eksāmena uzdevums ir faktiski mēbeļu galdnieka uzdevums (skapītis), nevis būvizstrādājums. '
         'Jāizstrādā no jauna: logs, durvis vai kāpņu posms. Tādā veidā nevaru atbalstīt.')
    P(d)
    P(d, 'M. Grīnberga    17.03.26')
    gold('būvizstrādājumu galdnieks', 'MIP', 'needs_corrections', 'M. Grīnberga', '2026-03-17', '4')
    gold('būvizstrādājumu galdnieks', 'PKE', 'not_supported', 'M. Grīnberga', '2026-03-17', '4')
    save(d, '"Nevajadzīgo svītrot": non-chosen options struck through (w:strike). Expert as initial + '
            'surname; short date 17.03.26.')


def f08():
    d = start('r3b08_RE Elektromontieris MIP un PKE.docx', 'Kristīne Ābele', T(2026, 3, 19, 15))
    for ln in ['No: Edgars Zariņš <edgars.zarins@latelektro.example>',
               'Nosūtīts: ceturtdiena, 2026. gada 19. marts 14:32',
               'Kam: Kristīne Ābele <kristine.abele@lddk.example>',
               'Tēma: RE: Elektromontieris – lūgums sniegt atzinumu']:
        P(d, ln)
    P(d)
    P(d, 'Labdien, Kristīne!')
    P(d, 'Paskatījos abus dokumentus. Programma man patika – moduļi loģiski, iekšējo tīklu montāža '
         'un zemējuma mērījumi ir kārtīgi aprakstīti, MIP var virzīt saskaņošanai tāda, kāda ir.')
    P(d, 'Ar eksāmenu sliktāk: praktiskajā daļā nav paredzēta izolācijas pretestības mērīšana un '
         'protokola aizpildīšana, un teorijas testā 3 jautājumi par vecajiem LEK standartiem. Ja to '
         'izlabo, PKE arī atbalstu, bet bez šiem labojumiem virzīt nevajag.')
    P(d, 'Ar cieņu')
    P(d, 'Edgars')
    P(d)
    P(d, '-----Sākotnējais ziņojums-----')
    for ln in ['No: Kristīne Ābele',
               'Nosūtīts: pirmdiena, 2026. gada 2. marts 9:10',
               'Kam: Edgars Zariņš',
               'Tēma: Elektromontieris – lūgums sniegt atzinumu',
               '',
               'Labdien, Edgar!',
               'Pielikumā elektromontiera (LKI 3) MIP un PKE. Lūdzu līdz 20. martam norādīt katram '
               'dokumentam vienu no variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, '
               '„saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs '
               'nav atbalstāms”.',
               'Paldies!',
               'Kristīne Ābele, LDDK projekta koordinatore']:
        P(d, ln)
    gold('elektromontieris', 'MIP', 'supported', 'Edgars Zariņš', '2026-03-19', '3')
    gold('elektromontieris', 'PKE', 'needs_corrections', 'Edgars Zariņš', '2026-03-19', '3')
    save(d, 'Outlook e-mail (Latvian headers) with quoted coordinator request listing all options; '
            'request date/deadline ignored. PKE: "ja to izlabo, atbalstu, bez labojumiem virzīt '
            'nevajag" = needs_corrections. Author = coordinator. LKI only in quoted request (register '
            'agrees: 3).')


def f09():
    d = start('r3b09_RE_VGK sistemu tehnikis_atzinums.docx', 'Lietotājs', T(2026, 3, 23, 9))
    for ln in ['From: Sandra Kalēja <sandra.kaleja@klimatserviss.example>',
               'Sent: Monday, March 23, 2026 9:05 AM',
               'To: Laura Kalniņa <laura.kalnina@lddk.example>',
               'Subject: RE: VGK sistēmu tehniķis – ekspertīze']:
        P(d, ln)
    P(d)
    P(d, 'Sveika, Laura,')
    P(d, 'nosūtu savu viedokli par VGK sistēmu tehniķa dokumentiem (4. LKI).')
    P(d, 'Diemžēl šādā redakcijā ne programmu, ne eksāmenu atbalstīt nevaru. Programmā vispār nav '
         'siltumsūkņu un aukstumaģentu apstrādes (F-gāzu regula!), automātikas daļa ir apmēram '
         '2005. gada līmenī. Eksāmenā praktiskais uzdevums ir tikai gaisa vadu montāža – tas ir '
         'remontatslēdznieka, nevis tehniķa līmenis, nav ne regulēšanas, ne nodošanas ekspluatācijā.')
    P(d, 'Abiem dokumentiem vajag pamatīgu pārstrādi, pēc tam labprāt paskatīšos vēlreiz.')
    P(d, 'Sandra Kalēja')
    P(d, 'SIA „Klimatserviss”, tehniskā direktore')
    P(d)
    P(d, '-----Original Message-----')
    for ln in ['From: Laura Kalniņa', 'Sent: Tuesday, March 10, 2026 2:44 PM',
               'To: Sandra Kalēja', 'Subject: VGK sistēmu tehniķis – ekspertīze',
               'Sandra, lūdzu novērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai. '
               'Termiņš 27.03.2026. Paldies, Laura']:
        P(d, ln)
    gold('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'not_supported',
         'Sandra Kalēja', '2026-03-23', '4')
    gold('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'not_supported',
         'Sandra Kalēja', '2026-03-23', '4')
    save(d, 'Outlook e-mail with English headers; qualification by alias "VGK sistēmu tehniķis"; '
            '"ne programmu, ne eksāmenu atbalstīt nevaru" covers both. Quoted request/deadline ignored.')


def f10():
    d = start('r3b10_Fwd VGK remontatslēdznieks.docx', 'Lietotājs', T(2026, 3, 30, 19))
    for ln in ['Oskars Bērziņš <oskars.berzins.vgk@gmail.example>',
               'Date: pirmdiena, 2026. gada 30. marts 18:12',
               'To: Kristīne Ābele <kristine.abele@lddk.example>',
               'Subject: Re: VGK iekārtu remontatslēdznieks']:
        P(d, ln)
    P(d)
    P(d, 'Kristine, sveiki')
    P(d, 'MIP ir ok, atbalstu un var virzit saskanosanai.')
    P(d, 'PKE gan neatbalstu – vertesanas lapā punktu summa nesakrit (max 100, bet kopā sanāk 85), un '
         'uzdevums par dzesesanas iekartas defektu diagnostiku vispār izmests. Lai pārtaisa.')
    P(d, 'Oskars')
    P(d)
    P(d, 'On Mon, 16 Mar 2026 at 10:02, Kristīne Ābele <kristine.abele@lddk.example> wrote:')
    for ln in ['> Labdien, Oskar!',
               '> Lūgums izvērtēt ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka',
               '> MIP un PKE. Ja saturs nav atbalstāms, lūdzu īsi pamatot.',
               '> Kristīne']:
        P(d, ln)
    gold('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported',
         'Oskars Bērziņš', '2026-03-30', '3')
    gold('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'not_supported',
         'Oskars Bērziņš', '2026-03-30', '3')
    save(d, 'Gmail-style print: Date with Latvian weekday; body partly without diacritics; "On ... wrote:" '
            'and "> " quoted request (its "nav atbalstāms" is not a verdict). Full name from sender line.')


def f11():
    d = start('r3b11_Energetika_atzinumi_kopa_Mednis.docx', 'Lietotājs', T(2026, 3, 31, 12))
    P(d, 'Gints Mednis', bold=True)
    P(d, 'nozares eksperts, AS „Kurzemes Tīkli”, elektroapgādes dienesta vadītājs')
    P(d)
    P(d, 'Enerģētikas nozares MIP un PKE ekspertīžu rezultāti (4. posms)', bold=True, size=13)
    P(d, 'Zemāk apkopoju savus vērtējumus par man nodotajām kvalifikācijām. Detalizētās piezīmes – '
         'pielikumā esošajās komentāru lapās, kuras nosūtīju skolām tieši.')
    t = table(d, [
        ['Kvalifikācija', 'LKI', 'MIP', 'PKE'],
        ['Elektromontieris', '3', 'atbalstāms, virzāms saskaņošanai',
         'atbalstāms pēc precizējumiem (vērtēšanas lapa)'],
        ['Elektrotehniķis', '4', 'nav atbalstāms', 'nav atbalstāms'],
        ['Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', '3',
         'atbalstāms; jāprecizē moduļu apjomi, tad virzāms', 'atbalstāms un virzāms saskaņošanai'],
        ['Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', '4', 'atbalstāms un virzāms',
         '— (skola vēl nav iesniegusi)'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, 'Elektrotehniķa dokumenti jāpārstrādā pēc būtības: nav atjaunojamo energoresursu, nav '
         'viedo skaitītāju un attālinātās uzraudzības sistēmu, eksāmens balstīts tikai uz teoriju.')
    P(d)
    P(d, 'Liepājā, 2026. gada 31. martā')
    q1, q2 = 'ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', \
        'ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'
    E, D = 'Gints Mednis', '2026-03-31'
    gold('elektromontieris', 'MIP', 'supported', E, D, '3')
    gold('elektromontieris', 'PKE', 'needs_corrections', E, D, '3')
    gold('elektrotehniķis', 'MIP', 'not_supported', E, D, '4')
    gold('elektrotehniķis', 'PKE', 'not_supported', E, D, '4')
    gold(q1, 'MIP', 'needs_corrections', E, D, '3')
    gold(q1, 'PKE', 'supported', E, D, '3')
    gold(q2, 'MIP', 'supported', E, D, '4')
    save(d, 'One expert, several qualifications in one table Kvalifikācija|LKI|MIP|PKE; letterhead name. '
            'VGK tehniķis PKE "— (nav iesniegusi)" -> no row. "atbalstāms un virzāms" (without '
            '"saskaņošanai") = supported.')


def f12():
    d = start('r3b12_Kopsavilkums_kokrupnieciba_ekspertizes.docx', 'Laura Kalniņa', T(2026, 4, 3, 10))
    P(d, 'Kokrūpniecības nozares MIP/PKE ekspertīžu kopsavilkums', bold=True, size=13)
    P(d, 'Sagatavoja: L. Kalniņa, LDDK projekta koordinatore, 03.04.2026.')
    P(d, 'Tabulā apkopoti ekspertu iesniegtie atzinumi, kas saņemti līdz 2026. gada 31. martam.')
    t = table(d, [
        ['Nr.', 'Kvalifikācija', 'LKI', 'Eksperts', 'Atzinuma datums', 'MIP', 'PKE'],
        ['1.', 'Koka izstrādājumu ražošanas tehniķis', '4', 'Valters Ziemelis', '12.03.2026.',
         'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
         'atbalstāms un virzāms saskaņošanai'],
        ['2.', 'Datorizētu kokapstrādes iekārtu operators', '4', 'Anita Vanaga', '18.03.2026.',
         'nav atbalstāms', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
        ['3.', 'Meža mašīnu operators', '3', 'Didzis Pētersons', '25.03.2026.',
         'atbalstāms un virzāms saskaņošanai', 'nav atbalstāms'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, 'Atklātie jautājumi: pēc precizējumiem atkārtoti jāpārbauda 1. un 2. rinda; meža mašīnu '
         'operatora PKE jāpārstrādā.')
    gold('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections', 'Valters Ziemelis', '2026-03-12', '4')
    gold('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported', 'Valters Ziemelis', '2026-03-12', '4')
    gold('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported', 'Anita Vanaga', '2026-03-18', '4')
    gold('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections', 'Anita Vanaga', '2026-03-18', '4')
    gold('meža mašīnu operators', 'MIP', 'supported', 'Didzis Pētersons', '2026-03-25', '3')
    gold('meža mašīnu operators', 'PKE', 'not_supported', 'Didzis Pētersons', '2026-03-25', '3')
    save(d, 'Coordinator-style summary table, one row per qualification with expert and review-date '
            'columns. Labels: per-row expert and per-row review date (not the coordinator, not the '
            'summary date 03.04).')


def f13():
    d = start('r3b13_Atzinums_Mebelu galdnieks_MIP_Krumins.docx', 'Lietotājs', T(2026, 3, 13, 20))
    P(d, 'Valdis Krūmiņš', bold=True)
    P(d, 'nozares eksperts, SIA „Krūmiņa mēbeles” valdes loceklis')
    P(d)
    P(d, 'Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP saturu',
      bold=True, size=13)
    P(d, 'Programmu izlasīju divas reizes un salīdzināju ar to, ko mēs paši prasām jaunajiem '
         'darbiniekiem. Pamatā viss ir vietā: materiālmācība, rasējumu lasīšana, korpusa un '
         'masīvkoka mēbeles, apdare.')
    P(d, 'Par moduli „Mīksto mēbeļu izgatavošana” – šajā daļā, kā tas ir uzrakstīts, es to neatbalstu, '
         'tas vairāk der polsterētājam. Bet tas ir izvēles modulis un kopējo vērtējumu neietekmē.')
    P(d, 'Ieteikumi (pēc skolas ieskatiem, nav obligāti): pievienot ekskursiju uz ražotni, vairāk '
         'piemēru ar 3D modeļiem.')
    P(d, 'Slēdziens', bold=True)
    P(d, 'MIP saturs kopumā ir atbalstāms un virzāms saskaņošanai.')
    P(d)
    P(d, 'Jelgavā, 13 marts 2026')
    gold('mēbeļu galdnieks', 'MIP', 'supported', 'Valdis Krūmiņš', '2026-03-13', '4')
    save(d, 'Letterhead, prose, single document (MIP). Body remark "šajā daļā ... neatbalstu" about one '
            'optional module is outranked by the Slēdziens; optional suggestions no condition. Date '
            '"13 marts 2026".')


def f14():
    d = start('r3b14_Mehatronisko sistemu tehnikis_MIP_PKE_forma.docx', 'Lietotājs', T(2026, 3, 6, 14))
    P(d, 'Ekspertīzes rezultātu forma', bold=True, size=13)
    table(d, [['Kvalifikācija'], ['Mehatronisko sistēmu tehniķis'],
              ['Līmenis'], ['3. PKL']])
    P(d)
    P(d, 'A. Modulārā izglītības programma', bold=True)
    table(d, [['Atbalstāms', 'Nepieciešami precizējumi', 'Virzāms saskaņošanai'],
              ['Jā', 'Nē', 'Jā']])
    P(d, 'Komentārs: pneimatikas un PLC moduļi labi sabalansēti, labojumi nav vajadzīgi.')
    P(d)
    P(d, 'B. Profesionālās kvalifikācijas eksāmens', bold=True)
    table(d, [['Atbalstāms', 'Nepieciešami precizējumi', 'Virzāms saskaņošanai'],
              ['Jā', 'Jā', 'Pēc precizējumu veikšanas']])
    P(d, 'Komentārs: jāprecizē robota programmēšanas uzdevuma vērtēšanas kritēriji (šobrīd tikai '
         '„izpildīts/neizpildīts”), jānorāda, kādi drošības aprīkojuma elementi jāpārbauda.')
    P(d)
    table(d, [['Eksperts', 'Paraksts / datums'],
              ['Mg.sc.ing. Ēriks Dreimanis', '06.03.2026.']])
    gold('mehatronisko sistēmu tehniķis', 'MIP', 'supported', 'Ēriks Dreimanis', '2026-03-06', '4')
    gold('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections', 'Ēriks Dreimanis', '2026-03-06', '4')
    save(d, 'Key/value tables with the value in the row below (Atbalstāms/Nepieciešami precizējumi/'
            'Virzāms). Level given as 3. PKL -> LKI 4. Title Mg.sc.ing. dropped from expert.')


def f15():
    d = start('r3b15_Datorizetu kokapstrades iekartu operators_vertejums.docx', 'Lietotājs',
              T(2026, 3, 26, 11))
    P(d, 'Datorizētu kokapstrādes iekārtu operators – MIP un PKE vērtējums', bold=True)
    P(d, 'LKI līmenis: 4')
    t = table(d, [
        ['Vērtējums', 'MIP', 'PKE'],
        ['Saturs ir atbalstāms un virzāms saskaņošanai', '☒', '☐'],
        ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '☐', '☒'],
        ['Saturs nav atbalstāms', '☒', '☐'],
    ])
    bold_row(t, 0)
    P(d)
    P(d, 'Piezīmes: MIP – CNC programmēšanas modulis labs, bet apdares līniju modulis nav pabeigts '
         '(tukšas sadaļas 4.2–4.5). PKE – jāpapildina uzdevums ar instrumentu nomaiņu un '
         'nulles punkta iestatīšanu.')
    P(d)
    P(d, 'Eksperte: Anita Vanaga, 26.03.2026.')
    gold('datorizētu kokapstrādes iekārtu operators', 'MIP', 'unknown', 'Anita Vanaga', '2026-03-26', '4')
    problem('conflict')
    gold('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections', 'Anita Vanaga', '2026-03-26', '4')
    save(d, 'Checkbox grid typed as text; MIP column has two contradictory options ticked (supported and '
            'not supported) with equal weight -> unknown + conflict; the note is ambiguous (good module, '
            'unfinished module). PKE clear.')


def f16():
    d = start('r3b16_PKE_mezsaimniecibas tehnikis_piezimes.docx', 'Lietotājs', T(2026, 4, 14, 16))
    P(d, 'Profesionālās kvalifikācijas eksāmena satura ekspertīze', bold=True, size=13)
    table(d, [
        ['Kvalifikācija', 'Mežsaimniecības tehniķis'],
        ['LKI līmenis', '4'],
        ['Eksperts', 'Līga Salmiņa'],
        ['Datums', '14.04.2026.'],
    ])
    P(d)
    t = table(d, [
        ['Nr.', 'Eksāmena daļa', 'Piezīmes'],
        ['1.', 'Teorētiskā daļa', 'Jautājumi par meža atjaunošanu pārāk vispārīgi; trūkst jautājumu '
         'par meža sertifikāciju (FSC/PEFC).'],
        ['2.', 'Praktiskā daļa', 'Taksācijas uzdevums labs. Cirsmas nodošanas akta aizpildīšanu '
         'vajadzētu vērtēt atsevišķi.'],
        ['3.', 'Vērtēšanas kritēriji', 'Kopumā saprotami, 3.4. punktā kļūda punktu skaitā.'],
    ])
    bold_row(t, 0)
    P(d)
    table(d, [['Ekspertīzes rezultāts', '']])
    P(d, 'Piezīmes nosūtu jau tagad, lai skola var sākt strādāt; galīgo vērtējumu ierakstīšu pēc '
         'sarunas ar darba grupu.')
    gold('mežsaimniecības tehniķis', 'PKE', 'unknown', 'Līga Salmiņa', '2026-04-14', '4')
    problem('no_verdict')
    save(d, 'PKE review with remarks but the "Ekspertīzes rezultāts" cell left empty and the text '
            'postpones the verdict -> unknown + no_verdict.')


def f17():
    d = start('r3b17_Meza masinu operators_MIP_PKE_labots.docx', 'Lietotājs', T(2026, 4, 2, 13))
    d.sections[0].header.paragraphs[0].text = 'MIP/PKE ekspertīze | Aivars Lācis | 2026-04-02'
    P(d, 'Kvalifikācija: meža mašīnu operators (LKI 3)', bold=True)
    P(d, 'Darba grupa: Kandavas filiāle')
    t = table(d, [['Izvērtētais dokuments', 'Eksperta slēdziens', 'Komentāri'],
                  ['MIP', '', 'Simulatoru stundas jāpalielina līdz vismaz 80; jāpievieno '
                   'tehniskās apkopes modulis forvarderim.'],
                  ['PKE', 'Saturs ir atbalstāms un virzāms saskaņošanai.', '—']])
    bold_row(t, 0)
    p = t.cell(1, 1).paragraphs[0]
    add_xml(p, text_run('Saturs '))
    add_xml(p, w_del('nav atbalstāms.', 'Aivars Lācis', '2026-04-02T09:14:00Z'))
    add_xml(p, w_ins('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.',
                     'Aivars Lācis', '2026-04-02T09:15:00Z'))
    P(d)
    P(d, 'Pēc sarunas ar darba grupas vadītāju MIP vērtējumu mainīju – galvenās nepilnības skola '
         'apņēmās novērst.')
    gold('meža mašīnu operators', 'MIP', 'needs_corrections', 'Aivars Lācis', '2026-04-02', '3')
    gold('meža mašīnu operators', 'PKE', 'supported', 'Aivars Lācis', '2026-04-02', '3')
    save(d, 'Tracked changes: w:del "nav atbalstāms" replaced by w:ins "atbalstāms; pēc precizējumu ..." '
            '-> needs_corrections (current wording). Expert and date only in the page header.')


def f18():
    d = start('r3b18_Elektromontieris_Rozite_atzinums.docx', 'Inese Rozīte', T(2026, 2, 24, 10))
    P(d, 'Atzinums par kvalifikācijas „ELEKTROMONTIERIS” dokumentiem', bold=True)
    P(d, 'Kvalifikācijas līmenis: LKI 3')
    t = table(d, [['', 'MIP', 'PKE'],
                  ['atbalstāms un virzāms saskaņošanai', '', ''],
                  ['atbalstāms, virzāms pēc precizējumiem', '', ''],
                  ['nav atbalstāms', '', '']])
    bold_row(t, 0)
    marks = {(1, 1): 'F0FE', (1, 2): 'F0A8', (2, 1): 'F0A8', (2, 2): 'F0A8',
             (3, 1): 'F0A8', (3, 2): 'F0FE'}
    for (i, j), ch in marks.items():
        add_xml(t.cell(i, j).paragraphs[0], wsym(ch))
    P(d)
    P(d, 'Pamatojums PKE: eksāmena praktiskais uzdevums (sadales skapja montāža) nav izpildāms 4 stundās '
         'ar norādīto aprīkojumu, nav paredzēta darba vietas sagatavošana un sprieguma neesamības '
         'pārbaude. Jāveido no jauna.')
    P(d)
    P(d, 'Inese Rozīte, elektroinženiere')
    P(d, '2026. gada 24. februārī')
    gold('elektromontieris', 'MIP', 'supported', 'Inese Rozīte', '2026-02-24', '3')
    gold('elektromontieris', 'PKE', 'not_supported', 'Inese Rozīte', '2026-02-24', '3')
    save(d, 'Wingdings w:sym marks (F0FE checked, F0A8 empty); qualification in all caps; role after '
            'the name dropped. Author = expert (consistent).')


def f19():
    d = start('r3b19_Metinatajs_MIP_PKE_ekspertize.docx', 'Lietotājs', T(2026, 3, 16, 12))
    P(d, 'Roberts Kalējs', bold=True)
    P(d, 'metālapstrādes nozares eksperts, Liepājas Valsts tehnikuma meistars')
    P(d)
    P(d, 'Profesionālās kvalifikācijas „Metinātājs” MIP un PKE ekspertīze', bold=True)
    P(d, '3. LKI līmenis')
    t = table(d, [['Kritērijs', 'MIP', 'PKE'],
                  ['Atbilst profesijas standartam', 'Nē', 'Jā'],
                  ['Iekļauti metināšanas procesi 111, 135, 141', 'Nē (tikai 111)', 'Jā'],
                  ['Darba drošība', 'Jā', 'Jā'],
                  ['Vērtēšanas kritēriji', 'Nē', 'Daļēji'],
                  ['Kopvērtējums', 'Nav atbalstāms', 'Atbalstāms; jāprecizē vērtēšanas kritēriji, '
                   'tad virzāms saskaņošanai']])
    bold_row(t, 0)
    P(d)
    P(d, 'Programmā nav TIG metināšanas un nav šuvju vizuālās kontroles, tā nav pielāgota '
         'mūsdienu ražošanai. Eksāmens kopumā labs.')
    P(d, '16.03.2026.')
    gold('metinātājs', 'MIP', 'not_supported', 'Roberts Kalējs', '2026-03-16', '3')
    gold('metinātājs', 'PKE', 'needs_corrections', 'Roberts Kalējs', '2026-03-16', '3')
    problem('unknown_qualification')
    save(d, 'Qualification not in the register ("Metinātājs", stated LKI 3) -> name as written + '
            'unknown_qualification. Criterion table with Kopvērtējums per document column.')


def f20():
    d = start('r3b20_siltumapgades tehnikis atzinums.docx', 'Lietotājs', T(2026, 4, 7, 9))
    for ln in ['No: Gunta Celmiņa <gunta.celmina@siltums.example>',
               'Nosūtīts: otrdiena, 2026. gada 7. aprīlis 8:47',
               'Kam: projekts@lddk.example',
               'Tēma: Siltumapgādes sistēmu tehniķis']:
        P(d, ln)
    P(d)
    P(d, 'Labrīt!')
    P(d, 'Par siltumapgādes sistēmu tehniķa programmu – izskatīju, iebildumu nav, programma ir '
         'atbalstāma un var iet uz saskaņošanu.')
    P(d, 'Eksāmena saturu neesmu saņēmusi, tāpēc par to nevaru izteikties.')
    P(d, 'G. Celmiņa')
    gold('siltumapgādes sistēmu tehniķis', 'MIP', 'supported', 'Gunta Celmiņa', '2026-04-07', '')
    problem('unknown_qualification')
    save(d, 'Short Outlook e-mail; qualification outside the register, no level -> lki empty + '
            'unknown_qualification. PKE not received -> no row. "iebildumu nav ... atbalstāma un var '
            'iet uz saskaņošanu" = supported.')


def f21():
    d = start('r3b21_Koka izstradajumu razosanas tehnikis_MIP_PKE.docx', 'Laura Kalniņa',
              T(2026, 3, 27, 15))
    P(d, 'Ekspertīzes atzinums', bold=True, size=13)
    table(d, [['Kvalifikācija:', 'koka izstrādājumu ražošanas tehniķis'],
              ['Kvalifikācijas līmenis:', '3. PKL'],
              ['Izglītības iestāde:', 'Rēzeknes tehnikums']])
    P(d)
    P(d, 'Slēdziens par MIP', bold=True)
    P(d, 'Programma ir atbalstāma, tomēr pirms virzīšanas saskaņošanai darba grupai jāveic šādi '
         'precizējumi: 1) ražošanas plānošanas modulī jāiekļauj ERP sistēmas pamati; 2) jāsaskaņo '
         'moduļu secība ar prakses laiku uzņēmumā.')
    P(d, 'Slēdziens par PKE', bold=True)
    P(d, 'PKE saturu atbalstu bez precizējumiem, to var virzīt saskaņošanai.')
    P(d)
    t = table(d, [['Eksperts', 'Paraksts', 'Datums'],
                  ['Valters Ziemelis', '(paraksts)', '2026. gada 27. marts']])
    gold('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections', 'Valters Ziemelis', '2026-03-27', '4')
    gold('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported', 'Valters Ziemelis', '2026-03-27', '4')
    save(d, 'Level "3. PKL" -> LKI 4. "bez precizējumiem" = supported. Author = coordinator; expert '
            'from the signature table with value in the row below.')


def f22():
    d = start('r3b22_ekspertize_KIRT_bez_paraksta.docx', 'Māris Siliņš', T(2026, 3, 9, 18))
    P(d, 'KOKA IZSTRĀDĀJUMU RAŽOŠANAS TEHNIĶIS (LKI 4)', bold=True)
    P(d, 'Ekspertīzes rezultāti')
    t = table(d, [['Dokuments', 'Atzinums', 'Galvenie trūkumi'],
                  ['Modulārā izglītības programma', 'neatbalstu',
                   'Kvalitātes vadības un ražošanas procesu optimizācijas moduļi faktiski ir '
                   'kopēti no 2019. gada programmas; nav digitālo prasmju.'],
                  ['Kvalifikācijas eksāmena saturs', 'neatbalstu',
                   'Uzdevumi neatbilst tehniķa līmenim – tas ir operatora eksāmens.']])
    bold_row(t, 0)
    P(d)
    P(d, 'Abi dokumenti jāizstrādā no jauna sadarbībā ar nozares uzņēmumiem.')
    P(d, '09.03.2026')
    gold('koka izstrādājumu ražošanas tehniķis', 'MIP', 'not_supported', 'Māris Siliņš', '2026-03-09', '4')
    gold('koka izstrādājumu ražošanas tehniķis', 'PKE', 'not_supported', 'Māris Siliņš', '2026-03-09', '4')
    save(d, 'No name in the text; author property = expert (Māris Siliņš) is the only source. '
            'First-person "neatbalstu" in a table; documents named in full words.')


def f23():
    d = start('r3b23_VGK sistemu tehnikis MIP PKE.docx', 'User', T(2026, 3, 18, 10))
    P(d, 'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis – ekspertīze', bold=True)
    t = table(d, [['Dokuments', 'Rezultāts', 'Kas jādara'],
                  ['MIP', 'Atbalstāma ar nosacījumu', 'Pirms saskaņošanas obligāti jāpievieno '
                   'energoefektivitātes un rekuperācijas tēmas, jāizlabo stundu summa 3. modulī.'],
                  ['PKE', 'Atbalstāms, var virzīt saskaņošanai', '(ja gribas – vienu uzdevumu var '
                   'papildināt ar mērījumu protokolu, bet tas nav obligāti)']])
    bold_row(t, 0)
    P(d)
    P(d, 'Datums: 2026-03-18')
    gold('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'needs_corrections', '',
         '2026-03-18', '4')
    gold('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported', '',
         '2026-03-18', '4')
    save(d, 'No reviewer named anywhere, author "User" -> expert empty. No level stated -> register 4. '
            'PKE optional suggestion is no condition.')


def f24():
    d = start('r3b24_Motorzaga operators_atkartota ekspertize.docx', 'Lietotājs', T(2026, 4, 20, 14))
    P(d, 'Atkārtota ekspertīze', bold=True, size=13)
    table(d, [['Kvalifikācija', 'Motorzāģa operators'], ['LKI', '3'],
              ['Eksperts', 'Jurģis Avotiņš'], ['Datums', '20. aprīlis, 2026']])
    P(d)
    P(d, 'Iepriekšējā ekspertīzē (2026. gada 10. februārī) MIP netika atbalstīts, PKE bija atbalstāms '
         'ar precizējumiem. Skola iesūtīja labotas redakcijas.')
    t = table(d, [['', 'MIP', 'PKE'],
                  ['Atbalstāms', 'Jā', 'Jā'],
                  ['Nepieciešami precizējumi', 'Nē (iepriekšējie izpildīti)', 'Jā'],
                  ['Virzāms saskaņošanai', 'Jā', 'Pēc precizējumiem']])
    bold_row(t, 0)
    P(d)
    P(d, 'PKE: vēl joprojām trūkst vērtēšanas kritērija ķēdes asināšanai; pirms virzīšanas jāpievieno.')
    gold('motorzāģa operators', 'MIP', 'supported', 'Jurģis Avotiņš', '2026-04-20', '3')
    gold('motorzāģa operators', 'PKE', 'needs_corrections', 'Jurģis Avotiņš', '2026-04-20', '3')
    save(d, 'Re-review: history of the 10.02 review ignored (verdict and date). Key/value grid with one '
            'column per document; MIP corrections already made -> supported.')


def f25():
    d = start('r3b25_Mehatronika_kriteriju_tabula_Strazdins.docx', 'Lietotājs', T(2026, 3, 4, 11))
    P(d, 'Mehatronisko sistēmu tehniķa (LKI 4) MIP un PKE ekspertīze', bold=True)
    t = table(d, [['Nr.', 'Kritērijs', 'MIP', 'PKE'],
                  ['1', 'Atbilstība profesijas standartam', 'Jā', 'Jā'],
                  ['2', 'Nozares jaunās prasmes (Industrija 4.0, IoT)', 'Nē', 'Jā'],
                  ['3', 'Satura apjoms samērīgs', 'Jā', 'Nē'],
                  ['4', 'Vērtēšana skaidra', 'Jā', 'Jā'],
                  ['', 'Kopvērtējums', 'Atbalstāms un virzāms saskaņošanai',
                   'Atbalstāms un virzāms saskaņošanai']])
    bold_row(t, 0)
    P(d)
    P(d, 'Par 2. un 3. kritēriju: tie ir ieteikumi nākamajai pilnveidei, nevis šķērslis. IoT tēmu '
         'skola var ieviest pēc saviem ieskatiem, eksāmena apjomu – apsvērt. Saskaņošanu tas neaizkavē.')
    P(d)
    P(d, 'Normunds Strazdiņš, Dr.sc.ing.')
    P(d, 'Rīga, 04.03.2026.')
    gold('mehatronisko sistēmu tehniķis', 'MIP', 'supported', 'Normunds Strazdiņš', '2026-03-04', '4')
    gold('mehatronisko sistēmu tehniķis', 'PKE', 'supported', 'Normunds Strazdiņš', '2026-03-04', '4')
    save(d, 'Criterion table with some "Nē" yet Kopvērtējums supported; the expert says the gaps are '
            'optional (pēc saviem ieskatiem) -> supported, not needs_corrections. Title after name dropped.')


def f26():
    d = start('r3b26_DKIO_atzinums_Vanags.docx', 'Lietotājs', T(2026, 4, 16, 17))
    P(d, 'Uldis Vanags', bold=True)
    P(d, 'kokrūpniecības nozares eksperts')
    P(d, 'SIA „Vanagu koks”, ražošanas vadītājs')
    P(d)
    P(d, 'ATZINUMS par profesionālās kvalifikācijas „datorizētu kokapstrādes iekārtu operators” '
         'dokumentiem', bold=True)
    t = table(d, [['Dokuments', 'Vērtējums', 'Pamatojums'],
                  ['MIP', 'Nav pilnībā atbalstāma – jāpārstrādā',
                   'CAM programmatūras apguve paredzēta tikai 16 stundas, nav 5 asu apstrādes, '
                   'prakses uzdevumi nav saistīti ar moduļiem.'],
                  ['PKE', 'Iebildumu nav; virzāms saskaņošanai bez precizējumiem', '']])
    bold_row(t, 0)
    P(d)
    P(d, 'Pirms nākamās MIP redakcijas iesaku darba grupai apmeklēt kādu no nozares uzņēmumiem.')
    P(d, 'Rēzeknē, 2026. gada 16. aprīlī')
    gold('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported', 'Uldis Vanags', '2026-04-16', '4')
    gold('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported', 'Uldis Vanags', '2026-04-16', '4')
    save(d, 'Letterhead over three lines; MIP "nav pilnībā atbalstāma – jāpārstrādā" = not_supported; '
            'PKE "iebildumu nav ... bez precizējumiem" = supported. Name in title lowercase, no level -> 4.')


def f27():
    d = start('r3b27_Mebelu galdnieks_PKE_MIP_Sprogis.docx', 'Lietotājs', T(2026, 4, 22, 12))
    P(d, 'Profesionālā kvalifikācija: Mēbeļu galdnieks, LKI 4', bold=True)
    P(d, 'Eksperts: Pēteris Sproģis')
    P(d, 'Datums: 22.04.2026.')
    P(d)
    t = table(d, [['Dokuments', 'Vērtējums'],
                  ['MIP', 'saturs nav atbalstāms (sk. piezīmes)']])
    bold_row(t, 0)
    P(d, 'MIP piezīmes: moduļu rezultāti formulēti kā tēmas, nevis kā kompetences; nav vērtēšanas '
         'uzdevumu 5 no 9 moduļiem.')
    P(d)
    P(d, 'PKE slēdziens (ierāmējumā):', bold=True)
    p = d.add_paragraph()
    add_xml(p, vml_textbox(['PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms '
                            'saskaņošanai.',
                            'Precizēt: darba rasējums uzdevumam Nr. 2 nav salasāms, jānorāda '
                            'pieļaujamās novirzes.']))
    gold('mēbeļu galdnieks', 'MIP', 'not_supported', 'Pēteris Sproģis', '2026-04-22', '4')
    gold('mēbeļu galdnieks', 'PKE', 'needs_corrections', 'Pēteris Sproģis', '2026-04-22', '4')
    save(d, 'Header block of labelled lines; MIP in a table; PKE verdict only inside a VML text box '
            '(w:txbxContent).')


def f28():
    d = start('r3b28_Kokrupnieciba_2_kvalifikacijas_Pētersons.docx', 'Kristīne Ābele',
              T(2026, 3, 25, 16))
    P(d, 'Ekspertīzes atzinums par divām kvalifikācijām', bold=True, size=13)
    P(d, 'Eksperts: Didzis Pētersons, SIA „Mežrūpnieks”')
    P(d)
    for qname, lvl, mip, pke, note in [
        ('KOKAPSTRĀDES IEKĀRTU OPERATORS', '3', ('Nē', 'Nē', 'Jā'), ('Jā', 'Nē', 'Jā'),
         'MIP vēl jāpapildina ar zāģu asināšanu un iestatīšanu; PKE – labs.'),
        ('Būvizstrādājumu galdnieks', '4', ('Jā', 'Nē', 'Nē'), ('Nē', 'Nē', 'Nē'),
         'PKE neatbilst kvalifikācijai; MIP nav moduļa par logu montāžu.')]:
        P(d, '%s (LKI %s)' % (qname, lvl), bold=True)
        rows = [['Kritērijs', 'MIP', 'PKE'],
                ['Atbilst profesijas standartam', mip[0], pke[0]],
                ['Iekļautas jaunās prasmes', mip[1], pke[1]],
                ['Vērtēšana atbilst rezultātiem', mip[2], pke[2]]]
        if qname.startswith('KOK'):
            rows.append(['Kopvērtējums', 'atbalstāms, virzāms saskaņošanai pēc precizējumiem',
                         'atbalstāms un virzāms saskaņošanai'])
        else:
            rows.append(['Kopvērtējums', 'nav atbalstāms', 'nav atbalstāms'])
        t = table(d, rows)
        bold_row(t, 0)
        P(d, note)
        P(d)
    P(d, '25. martā, 2026')
    gold('kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 'Didzis Pētersons', '2026-03-25', '3')
    gold('kokapstrādes iekārtu operators', 'PKE', 'supported', 'Didzis Pētersons', '2026-03-25', '3')
    gold('būvizstrādājumu galdnieks', 'MIP', 'not_supported', 'Didzis Pētersons', '2026-03-25', '4')
    gold('būvizstrādājumu galdnieks', 'PKE', 'not_supported', 'Didzis Pētersons', '2026-03-25', '4')
    save(d, 'Two qualifications, each its own criterion table with Kopvērtējums; kokapstrādes MIP has '
            '"Nē" criteria and overall "pēc precizējumiem" = needs_corrections; name in all caps. Author = '
            'coordinator.')


def f33():
    d = start('r3b33_RE_Elektrotehnikis_2.karta.docx', 'Laura Kalniņa', T(2026, 4, 1, 17))
    for ln in ['From: Aija Puriņa <aija.purina@tiklu-serviss.example>',
               'Sent: Wednesday, April 1, 2026 4:20 PM',
               'To: Laura Kalniņa',
               'Subject: RE: Elektrotehniķis (LKI 4) – labotā MIP un PKE']:
        P(d, ln)
    P(d)
    P(d, 'Laura, labdien!')
    P(d, 'Labotā programma ir krietni labāka. Atbalstu, taču pirms sūtat uz saskaņošanu, lūdzu, lai '
         'skola vēl izlabo 5. moduļa nosaukumu (tas joprojām ir no vecā standarta) un pievieno '
         'relejaizsardzības iestatījumu pārbaudi praktiskajās mācībās. Tas ir obligāti.')
    P(d, 'Par eksāmenu pagaidām neko galīgu nevaru pateikt – jāsaprot, kāds aprīkojums skolai reāli '
         'būs eksāmena dienā. Ja stendi ir, uzdevumi ir ok, ja nav – tad ne. Pajautāšu skolai un '
         'atrakstīšu.')
    P(d, 'Aija Puriņa, Mg.sc.ing.')
    P(d)
    P(d, 'From: Laura Kalniņa')
    P(d, 'Sent: Friday, March 20, 2026 11:03 AM')
    for ln in ['> Aija, nosūtu labotās redakcijas. Februārī MIP netika atbalstīta, PKE bija atbalstāms',
               '> ar precizējumiem. Lūdzu atkārtotu vērtējumu līdz 3. aprīlim.']:
        P(d, ln)
    gold('elektrotehniķis', 'MIP', 'needs_corrections', 'Aija Puriņa', '2026-04-01', '4')
    gold('elektrotehniķis', 'PKE', 'unknown', 'Aija Puriņa', '2026-04-01', '4')
    problem('no_verdict')
    save(d, 'English Outlook headers, author = coordinator; MIP "atbalstu, taču pirms sūtat ... '
            'obligāti" = needs_corrections; PKE reviewed but explicitly no verdict yet (conditional '
            'both ways) -> unknown + no_verdict. Quoted February history is not a verdict.')


def f34():
    d = start('r3b34_MST_ekspertizes_lapa_Lapsa.docx', 'Lietotājs', T(2026, 3, 13, 15))
    P(d, 'Ekspertīzes lapa', bold=True, size=13)
    P(d, 'Datums: piektdiena, 2026. gada 13. marts')
    table(d, [['Kvalifikācija', 'mehatronisko sistēmu tehniķis'],
              ['Izglītības iestāde', 'Daugavpils tehnikums'],
              ['Eksperts', 'Ance Lapsa']])
    P(d)
    P(d, 'MIP', bold=True)
    table(d, [['Atbalstāms', 'Nē'], ['Nepieciešami precizējumi', '—'],
              ['Virzāms saskaņošanai', 'Nē']])
    P(d, 'Nav hidraulikas, robotikas modulis ir tikai teorētisks, nav saiknes ar uzņēmumu praksi.')
    P(d, 'PKE', bold=True)
    table(d, [['Atbalstāms', 'Jā'], ['Nepieciešami precizējumi', 'Jā'],
              ['Virzāms saskaņošanai', 'Jā, kad precizējumi būs veikti']])
    P(d, 'Precizēt uzdevuma Nr. 3 laika normu un vērtēšanas lapā pievienot drošības pārbaudi.')
    gold('mehatronisko sistēmu tehniķis', 'MIP', 'not_supported', 'Ance Lapsa', '2026-03-13', '4')
    gold('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections', 'Ance Lapsa', '2026-03-13', '4')
    save(d, 'Key/value tables with value to the right per document; date with weekday. No level -> '
            'register 4.')


# ---------------------------------------------------------------- not reviews
def f29():
    d = start('r3b29_Ekspertu sadalijums_4posms.docx', 'Kristīne Ābele', T(2026, 1, 12, 9))
    P(d, 'Ekspertu sadalījums MIP un PKE ekspertīzēm (4. posms)', bold=True, size=13)
    t = table(d, [['Kvalifikācija', 'LKI', 'Eksperts', 'Dokumenti', 'Termiņš', 'Statuss'],
                  ['Elektromontieris', '3', 'Edgars Zariņš', 'MIP, PKE', '20.03.2026.', 'nosūtīts'],
                  ['Elektrotehniķis', '4', 'Jānis Ozols', 'MIP, PKE', '20.03.2026.', 'nosūtīts'],
                  ['Mēbeļu galdnieks', '4', 'Ilze Bērziņa', 'MIP, PKE', '27.03.2026.', 'gaida dokumentus'],
                  ['Meža mašīnu operators', '3', 'Dace Liepina', 'PKE', '06.03.2026.', 'nosūtīts']])
    bold_row(t, 0)
    P(d)
    P(d, 'Ekspertiem katram dokumentam jānorāda viens no vērtējumiem: atbalstāms un virzāms '
         'saskaņošanai; atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; nav atbalstāms.')
    problem('no_verdict')
    save(d, 'NOT a review: coordinator assignment table (who, what, deadline) that lists the verdict '
            'options as instructions. No rows; one no_verdict.')


def f30():
    d = start('r3b30_Uzaicinajums nozares ekspertiem.docx', 'Lietotājs', T(2026, 1, 5, 11))
    P(d, 'Uzaicinājums pieteikties nozares ekspertu darbam', bold=True, size=13)
    P(d, 'LDDK aicina enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus '
         'pieteikties MIP un PKE satura ekspertīzēm projektā Nr. 4.2.2.9. Eksperta uzdevums ir '
         'izvērtēt, vai saturs ir atbalstāms un virzāms saskaņošanai, vai nepieciešami precizējumi, '
         'vai arī saturs nav atbalstāms, un sagatavot atzinumu.')
    P(d, 'Prasības: vismaz 5 gadu pieredze nozarē; izpratne par profesijas standartiem; gatavība '
         'sadarboties ar profesionālās izglītības iestāžu darba grupām (piem., mehatronisko sistēmu '
         'tehniķis, elektrotehniķis, mēbeļu galdnieks).')
    P(d, 'Pieteikumus lūdzam sūtīt līdz 2026. gada 20. janvārim uz projekts@lddk.example.')
    problem('no_verdict')
    save(d, 'NOT a review: call for experts; names the verdict options as the task description.')


def f31():
    d = start('r3b31_PKE_nolikums_izvilkums.docx', 'Lietotājs', T(2026, 2, 2, 10))
    P(d, 'Izvilkums no profesionālās kvalifikācijas eksāmena satura ekspertīzes kārtības', bold=True)
    P(d, '7. Eksperts, izvērtējot PKE saturu, atzinumā atzīmē vienu no šādiem vērtējumiem:')
    table(d, [['☐', 'saturs ir atbalstāms un virzāms saskaņošanai'],
              ['☐', 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
              ['☐', 'saturs nav atbalstāms']])
    P(d, '8. Ja saturs nav atbalstāms, izglītības iestāde to pārstrādā un iesniedz atkārtotai '
         'ekspertīzei ne vēlāk kā 30 dienu laikā.')
    P(d, '9. Atzinumu paraksta eksperts un norāda datumu.')
    problem('no_verdict')
    save(d, 'NOT a review: regulation excerpt printing all options unticked.')


def f32():
    d = start('r3b32_LDDK_zinas_marts.docx', 'LDDK Komunikācija', T(2026, 4, 1, 9))
    P(d, 'LDDK ziņas: nozaru eksperti turpina darbu pie izglītības programmām', bold=True, size=13)
    P(d, 'Martā LDDK deleģētie 13 nozaru eksperti turpināja MIP un PKE satura ekspertīzi. „Mūsu mērķis '
         'ir, lai programmas atbilstu tam, ko darba devēji patiešām prasa,” saka kokrūpniecības '
         'eksperts Valdis Krūmiņš. Nozares uzņēmumi atbalsta ciešāku sadarbību ar skolām, un '
         'metodiskais atbalsts darba grupām tiks turpināts arī 5. posmā.')
    P(d, 'Līdz šim vairākām kvalifikācijām, piemēram, motorzāģa operatoram, saturs atzīts par '
         'atbalstāmu; citām vēl notiek precizējumu veikšana. Ekspertīzes plānots pabeigt 2026. gada jūlijā.')
    problem('no_verdict')
    save(d, 'NOT a review: newsletter item; quotes an expert, uses atbalsta/atbalsts as noun/3rd person '
            'and mentions a past outcome in passing.')


# ---------------------------------------------------------------- main
def main():
    for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16,
              f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f33, f34, f29, f30, f31, f32]:
        f()
    with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
        w.writerows(ROWS)
    with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'code'])
        w.writerows(PROBS)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('# r3b: tables, forms, e-mails, letterheads\n\nBuilt by `build.py`; labels sit next to '
                 'each builder.\n\n| file | design and judgement calls |\n|---|---|\n')
        for n, note in NOTES:
            fh.write('| %s | %s |\n' % (n, note.replace('|', '/')))


if __name__ == '__main__':
    main()
