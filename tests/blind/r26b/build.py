# -*- coding: utf-8 -*-
"""Builds the r26b blind set: forms and tables filled in by sector experts."""
import csv, os, datetime
from xml.sax.saxutils import escape
from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
ROWS, PROBS, NOTES = [], [], []
_id = [100]


class Ps(list):
    """several paragraphs inside one cell"""


def _rpr(b=0, u=0, s=0, font=None, sz=None, i=0):
    x = ''
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    if b: x += '<w:b/>'
    if i: x += '<w:i/>'
    if s: x += '<w:strike/>'
    if sz: x += f'<w:sz w:val="{sz}"/>'
    if u: x += '<w:u w:val="single"/>'
    return f'<w:rPr>{x}</w:rPr>' if x else ''


def _nid():
    _id[0] += 1
    return _id[0]


def _item(it):
    if isinstance(it, str):
        return f'<w:r><w:t xml:space="preserve">{escape(it)}</w:t></w:r>'
    if 'sym' in it:
        return f'<w:r><w:sym w:font="Wingdings" w:char="{it["sym"]}"/></w:r>'
    if 'cb' in it:
        g = '☒' if it['cb'] else '☐'
        return ('<w:sdt><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
                '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (_nid(), 1 if it['cb'] else 0, g)
    if 'ff' in it:
        n = _nid()
        if it['ff']:
            st = '<w:default w:val="1"/>' if it.get('style') == 'default' else '<w:default w:val="0"/><w:checked/>'
        else:
            st = '<w:default w:val="0"/>'
        return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check%d"/><w:enabled/>'
                '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>') % (n, st)
    t = it['t']
    k = {a: it[a] for a in ('b', 'u', 's', 'font', 'sz', 'i') if a in it}
    if it.get('del'):
        return (f'<w:del w:id="{_nid()}" w:author="{escape(it["del"])}" w:date="{it.get("dt", "2026-03-30T10:00:00Z")}">'
                f'<w:r>{_rpr(**k)}<w:delText xml:space="preserve">{escape(t)}</w:delText></w:r></w:del>')
    run = f'<w:r>{_rpr(**k)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>'
    if it.get('ins'):
        return (f'<w:ins w:id="{_nid()}" w:author="{escape(it["ins"])}" w:date="{it.get("dt", "2026-03-30T10:00:00Z")}">'
                f'{run}</w:ins>')
    return run


def fill(p, spec, align=None):
    """put runs described by spec into python-docx paragraph p"""
    if isinstance(spec, (str, dict)):
        spec = [spec]
    xml = f'<w:p {NS}>' + ''.join(_item(i) for i in spec) + '</w:p>'
    el = parse_xml(xml)
    for ch in list(el):
        p._p.append(ch)
    if align:
        p.alignment = align


def B(t): return {'t': t, 'b': 1}
def U(t): return {'t': t, 'u': 1}
def S(t): return {'t': t, 's': 1}
def G(ch): return {'t': ch, 'font': 'MS Gothic'}


def cell_put(cell, v):
    if isinstance(v, Ps):
        paras = list(v)
    elif isinstance(v, str):
        paras = v.split('\n')
    else:
        paras = [v]
    first = True
    for sp in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if sp == '' or sp == []:
            continue
        fill(p, sp)


def table(doc, rows, style='Table Grid'):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    try:
        t.style = style
    except Exception:
        pass
    for r in rows:
        cells = t.add_row().cells
        if len(r) < ncol:  # last given cell spans the rest
            m = cells[len(r) - 1].merge(cells[ncol - 1])
            cells = list(cells[:len(r) - 1]) + [m]
        for c, v in zip(cells, r):
            cell_put(c, v)
    return t


def build(name, author, created, body, rows=(), problems=(), note='', header=None, footer=None,
          last_by=None, title=None):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri' if len(name) % 2 else 'Times New Roman'
    st.font.size = Pt(11 if len(name) % 3 else 12)
    for blk in body:
        if isinstance(blk, tuple) and blk[0] == 'h':
            p = doc.add_paragraph()
            fill(p, [{'t': blk[1], 'b': 1, 'sz': blk[2] if len(blk) > 2 else 28}])
        elif isinstance(blk, tuple) and blk[0] == 't':
            table(doc, blk[1])
            doc.add_paragraph()
        else:
            p = doc.add_paragraph()
            fill(p, blk)
    sec = doc.sections[0]
    if header:
        fill(sec.header.paragraphs[0], header)
    if footer:
        fill(sec.footer.paragraphs[0], footer)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by if last_by is not None else author
    cp.created = created
    cp.modified = created + datetime.timedelta(hours=3)
    cp.title = title or ''
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, dt, l = r
        ROWS.append([name, q, d, v, e, dt, l])
    for c in problems:
        PROBS.append([name, c])
    NOTES.append((name, note))


def D(y, m, d, h=10, mi=0):
    return datetime.datetime(y, m, d, h, mi)


KL = 'Kristīne Lāce'
AS = 'Anita Siliņa'
SUP = 'supported'; NC = 'needs_corrections'; NS_ = 'not_supported'; UNK = 'unknown'
OPT1 = 'Saturs ir atbalstāms un virzāms saskaņošanai'
OPT2 = 'Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'
OPT3 = 'Saturs nav atbalstāms'

# ---------------------------------------------------------------- 01
build('r26b01_Ekspertizes_veidlapa_motorzaga_operators_Kalnina.docx', KL, D(2026, 2, 18, 9, 12), [
    ('h', 'NOZARES EKSPERTA ATZINUMS'),
    'par modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu',
    ('t', [
        ['Profesionālā kvalifikācija', 'Motorzāģa operators'],
        ['LKI līmenis', '3'],
        ['Nozare', 'Kokrūpniecība'],
        ['Izglītības iestāde (darba grupa)', 'Ogres tehnikums'],
        ['Eksperts (vārds, uzvārds)', 'Inese Kalniņa'],
        ['Atzinuma datums', '17.02.2026.'],
    ]),
    ('t', [
        [B('Dokuments'), B('Atzinums'), B('Piezīmes')],
        ['MIP', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
         'Modulī “Koku gāšana” jāpapildina darba drošības prasības pie slīpiem stumbriem; jāsaskaņo stundu skaits ar mācību praksi.'],
        ['PKE', 'Atbalstāms un virzāms saskaņošanai', 'Praktiskā uzdevuma vērtēšanas lapa skaidra, iebildumu nav.'],
    ]),
    'Citas piezīmes: darba grupa ir ņēmusi vērā nozares atbalsta pasākumus un uzņēmumu ieteikumus.',
], rows=[('motorzāģa operators', 'MIP', NC, 'Inese Kalniņa', '2026-02-17', 3),
         ('motorzāģa operators', 'PKE', SUP, 'Inese Kalniņa', '2026-02-17', 3)],
   note='Key/value table (value right) + summary table document|verdict|notes. "nozares atbalsta pasākumus" is a noun, not a verdict.')

# ---------------------------------------------------------------- 02
build('r26b02_Atzinums MIP meza masinu operators.docx', 'Gatis Vītols', D(2026, 3, 12, 16, 40), [
    ('h', 'Ekspertīzes atzinums', 26),
    ('t', [
        ['Kvalifikācijas nosaukums', 'Meža mašīnu operators (LKI 3. līmenis)'],
        ['Vērtētais dokuments', 'Modulārā izglītības programma'],
        ['Piezīme', 'PKE saturu šajā kārtā vērtē cits nozares eksperts, šis atzinums attiecas tikai uz MIP.'],
    ]),
    B('Eksperta slēdziens (atzīmēt ar X atbilstošo):'),
    ('t', [
        [OPT1, ''],
        [OPT2, B('X')],
        [OPT3, ''],
    ]),
    ('t', [
        ['Nepieciešamie precizējumi',
         Ps(['1. Modulī “Harvestera vadība” trūkst simulatora apmācības rezultātu.',
             '2. Ekspluatācijas un apkopes modulī norādīt konkrētas ražotāju prasības (Ponsse, John Deere).',
             '3. Labot stundu kopsummu 2. kursā.'])],
        ['Paraksts / datums', 'G. Vītols    12.03.2026.'],
    ]),
], rows=[('meža mašīnu operators', 'MIP', NC, 'G. Vītols', '2026-03-12', 3)],
   note='All three options printed, X in neighbouring cell. PKE explicitly out of scope -> no row. Name only as initial+surname in signature cell (core author has full name, but review text says "G. Vītols").')

# ---------------------------------------------------------------- 03
build('r26b03_Elektromontieris PKE atzinums (galigais).docx', AS, D(2026, 3, 5, 11), [
    ('h', 'Profesionālās kvalifikācijas eksāmena satura ekspertīze'),
    ('t', [
        ['Kvalifikācija:', 'elektromontieris, LKI 3'],
        ['Dokuments:', 'PKE saturs (teorētiskā un praktiskā daļa)'],
    ]),
    'MIP ekspertīze šai kvalifikācijai veikta atsevišķi janvārī, šeit netiek skatīta.',
    ('t', [
        [B('Vērtējums'), B('Atzīme')],
        ['Saturs ir atbalstāms un virzāms saskaņošanai', G('☐')],
        ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', G('☐')],
        ['Saturs nav atbalstāms', G('☒')],
    ]),
    ('t', [
        ['Pamatojums',
         'Praktiskajā daļā nav iekļauta sadales skapja montāža un mērījumi pēc LVS HD 60364; teorijas jautājumi '
         'daļēji atkārto 2019. gada bāzi un neatbilst aktualizētajām profesionālās kvalifikācijas prasībām. '
         'Eksāmens jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.'],
    ]),
], rows=[('elektromontieris', 'PKE', NS_, 'Raimonds Jansons', '2026-03-05', 3)],
   footer=['Eksperts: Raimonds Jansons  |  2026-03-05  |  1. lpp.'],
   note='Glyph checkboxes typed as MS Gothic text; name+date ONLY in the page footer; MIP explicitly not covered -> no row.')

# ---------------------------------------------------------------- 04
def wrow(q, d, k):
    return [q, d] + [{'sym': 'F0FE'} if i == k else {'sym': 'F0A8'} for i in range(3)]

build('r26b04_Galdnieki_MIP_PKE_Krumina.docx', 'Laura Krūmiņa', D(2026, 3, 24, 20, 5), [
    ('h', 'Atzinums par MIP un PKE saturu – kokrūpniecības nozare', 24),
    'Nozares eksperte Laura Krūmiņa izvērtēja Rīgas Valsts tehnikuma darba grupas iesniegtos dokumentus divās kvalifikācijās.',
    ('t', [
        [B('Kvalifikācija'), B('Dok.'), B('Atbalstāms un virzāms saskaņošanai'),
         B('Atbalstāms, virzāms pēc precizējumiem'), B('Nav atbalstāms')],
        wrow('Mēbeļu galdnieks (LKI 4)', 'MIP', 0),
        wrow('Mēbeļu galdnieks (LKI 4)', 'PKE', 1),
        wrow('Būvizstrādājumu galdnieks (LKI 4)', 'MIP', 1),
        wrow('Būvizstrādājumu galdnieks (LKI 4)', 'PKE', 1),
    ]),
    B('Precizējumi'),
    'Mēbeļu galdnieka PKE: praktiskajā uzdevumā jānorāda pieļaujamās pielaides un apdares kvalitātes kritēriji.',
    'Būvizstrādājumu galdniekam abos dokumentos jāaktualizē logu un durvju montāžas standarti (LVS EN 14351-1), '
    'jāpapildina ar hermetizācijas mezgliem.',
], rows=[('mēbeļu galdnieks', 'MIP', SUP, 'Laura Krūmiņa', '2026-03-24', 4),
         ('mēbeļu galdnieks', 'PKE', NC, 'Laura Krūmiņa', '2026-03-24', 4),
         ('būvizstrādājumu galdnieks', 'MIP', NC, 'Laura Krūmiņa', '2026-03-24', 4),
         ('būvizstrādājumu galdnieks', 'PKE', NC, 'Laura Krūmiņa', '2026-03-24', 4)],
   header=['LDDK / VISC projekts 4.2.2.9.          Rīgā, 2026. gada 24. martā'],
   note='Matrix with Wingdings w:sym F0FE (checked) / F0A8 (empty) per verdict column, two qualifications; date only in page header.')

# ---------------------------------------------------------------- 05
build('r26b05_elektrotehnikis_ekspertize_NKlavins.docx', 'Normunds Kļaviņš', D(2026, 4, 14, 8, 30), [
    ('h', 'EKSPERTA VĒRTĒJUMA VEIDLAPA'),
    ('t', [
        ['Kvalifikācija', 'Elektrotehniķis'],
        ['LKI', '4. līmenis'],
        ['Eksperts', 'Normunds Kļaviņš'],
        ['Datums', '2026-04-14'],
    ]),
    ('t', [
        [B('MIP – modulārā izglītības programma')],
        [[{'cb': True}, ' atbalstāms un virzāms saskaņošanai']],
        [[{'cb': False}, ' atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai']],
        [[{'cb': False}, ' nav atbalstāms']],
        [Ps(['Komentārs: programma labi strukturēta, ņemti vērā iepriekšējās kārtas ieteikumi par atjaunīgo '
             'energoresursu moduli.'])],
    ]),
    ('t', [
        [B('PKE – kvalifikācijas eksāmena saturs')],
        [[{'cb': False}, ' atbalstāms un virzāms saskaņošanai']],
        [[{'cb': False}, ' atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai']],
        [[{'cb': True}, ' nav atbalstāms']],
        ['Komentārs: eksāmena praktiskais uzdevums pārbauda tikai montāžu, nevis projektēšanu un regulēšanu, '
         'kas ir 4. līmeņa kompetence. Vērtēšanas kritēriji nav saistīti ar sasniedzamajiem rezultātiem.'],
    ]),
], rows=[('elektrotehniķis', 'MIP', SUP, 'Normunds Kļaviņš', '2026-04-14', 4),
         ('elektrotehniķis', 'PKE', NS_, 'Normunds Kļaviņš', '2026-04-14', 4)],
   note='Word content-control checkboxes (w14:checkbox) in single-column tables; text of option next to checkbox.')

# ---------------------------------------------------------------- 06
build('r26b06_VGK sistemu tehnikis - atzinums Aboltina.docx', KL, D(2026, 4, 3, 13), [
    ('h', 'Nozares eksperta atzinums', 26),
    ('t', [
        ['Profesionālā kvalifikācija:', 'VGK sistēmu tehniķis'],
        ['LKI līmenis:', 'LKI 4'],
        ['Nozare:', 'Enerģētika'],
    ]),
    ('t', [
        [B('Dokuments'), B('Saturs atbalstāms un virzāms saskaņošanai'),
         B('Saturs atbalstāms; pēc precizējumu virzāms saskaņošanai'), B('Saturs nav atbalstāms')],
        ['MIP', [{'ff': False}], [{'ff': True}], [{'ff': False}]],
        ['PKE', [{'ff': True, 'style': 'default'}], [{'ff': False}], [{'ff': False}]],
    ]),
    ('t', [
        ['Ieteikumi MIP precizēšanai',
         'Siltumsūkņu un rekuperācijas iekārtu modulī papildināt ar F-gāzu apstrādes prasībām; '
         'moduļa “Automātikas regulēšana” rezultātus saskaņot ar profesijas standartu.'],
        ['Eksperts', 'Sandra Āboltiņa'],
        ['Datums', '2026. gada 3. aprīlī'],
    ]),
], rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', NC, 'Sandra Āboltiņa', '2026-04-03', 4),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', SUP, 'Sandra Āboltiņa', '2026-04-03', 4)],
   note='Legacy FORMCHECKBOX fields (no text at all); MIP via w:checked, PKE via w:default=1. Qualification by alias "VGK sistēmu tehniķis".')

# ---------------------------------------------------------------- 07
build('r26b07_Mehatronika_MIP_PKE_Purins_labots.docx', 'Aigars Puriņš', D(2026, 3, 19, 17, 45), [
    ('h', 'Ekspertīzes atzinums'),
    'par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4. līmenis) MIP un PKE saturu',
    ('t', [
        ['Eksperts', 'Aigars Puriņš, SIA “Metālapstrādes risinājumi”'],
        ['Datums', '19.03.2026.'],
    ]),
    {'t': 'Slēdziens (nevajadzīgo svītrot):', 'i': 1},
    ('t', [
        ['MIP saturs', Ps([[S('ir atbalstāms un virzāms saskaņošanai')],
                           ['ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
                           [S('nav atbalstāms')]])],
        ['PKE saturs', Ps([['ir atbalstāms un virzāms saskaņošanai'],
                           [S('ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai')],
                           [S('nav atbalstāms')]])],
        ['Precizējumi MIP', 'Pneimatikas un hidraulikas modulī pievienot PLC programmēšanas pamatus (Siemens TIA Portal vai '
                            'līdzvērtīgs), pārskatīt robotikas moduļa stundu skaitu.'],
    ]),
], rows=[('mehatronisko sistēmu tehniķis', 'MIP', NC, 'Aigars Puriņš', '2026-03-19', 4),
         ('mehatronisko sistēmu tehniķis', 'PKE', SUP, 'Aigars Puriņš', '2026-03-19', 4)],
   note='"Nevajadzīgo svītrot": non-chosen options carry w:strike; all three option texts present in each cell.')

# ---------------------------------------------------------------- 08
build('r26b08_KIRT atzinums Berzina.docx', 'Dace Bērziņa', D(2026, 2, 27, 15), [
    ('h', 'Koka izstrādājumu ražošanas tehniķis – eksperta atzinums', 24),
    ('t', [
        ['Kvalifikācijas līmenis', 'LKI 4'],
        ['Darba grupa', 'Kuldīgas Tehnoloģiju un tūrisma tehnikums'],
        ['Eksperte', 'Dace Bērziņa'],
        ['Datums', '27.02.2026'],
    ]),
    {'t': 'Atzinums (vajadzīgo pasvītrot)', 'b': 1},
    ('t', [
        ['MIP', Ps(['saturs ir atbalstāms un virzāms saskaņošanai',
                    [U('saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai')],
                    'saturs nav atbalstāms'])],
        ['PKE', Ps(['saturs ir atbalstāms un virzāms saskaņošanai',
                    'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
                    [U('saturs nav atbalstāms')]])],
    ]),
    ('t', [
        ['Piezīmes',
         Ps(['MIP: precizēt CNC apstrādes centru programmēšanas apjomu, pievienot ražošanas plānošanas ERP pamatus.',
             'PKE: eksāmena uzdevums atbilst 3. līmenim (operatora darbs), tehniķa līmeņa tehnoloģiskā procesa '
             'izstrāde netiek pārbaudīta vispār. Jāpārstrādā.'])],
    ]),
], rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', NC, 'Dace Bērziņa', '2026-02-27', 4),
         ('koka izstrādājumu ražošanas tehniķis', 'PKE', NS_, 'Dace Bērziņa', '2026-02-27', 4)],
   note='"Vajadzīgo pasvītrot": chosen option underlined (w:u); qualification only in title; abbreviation KIRT in file name only.')

# ---------------------------------------------------------------- 09
build('r26b09_DKIO_vertejums_Liepins.docx', '', D(2026, 4, 9, 12), [
    ('h', 'Vērtējuma lapa'),
    ('t', [
        ['Kvalifikācija', 'Datorizētu kokapstrādes iekārtu operators'],
        ['Līmenis', '4. LKI'],
        ['Vērtētājs', 'Edgars Liepiņš'],
        ['Vērtēšanas datums', '09.04.2026.'],
    ]),
    {'t': '(izvēlēto vērtējumu izcelt treknrakstā)', 'i': 1},
    ('t', [
        ['', B('MIP'), B('PKE')],
        ['Variants', Ps([[B('1) atbalstāms un virzāms saskaņošanai')],
                         '2) atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai',
                         '3) nav atbalstāms']),
         Ps(['1) atbalstāms un virzāms saskaņošanai',
             [B('2) atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai')],
             '3) nav atbalstāms'])],
        ['Komentāri', 'Bez piezīmēm.', 'Teorijas testā 4 jautājumi ar nepareizām atbildēm (Nr. 12, 17, 23, 31) – labot.'],
    ]),
], rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', SUP, 'Edgars Liepiņš', '2026-04-09', 4),
         ('datorizētu kokapstrādes iekārtu operators', 'PKE', NC, 'Edgars Liepiņš', '2026-04-09', 4)],
   note='Choice marked by bold only (instruction says so); document columns side by side; empty core author.')

# ---------------------------------------------------------------- 10
build('RE_ ekspertize kokapstrades iekartu operators.docx'.replace('RE_', 'r26b10_RE_'), KL, D(2026, 2, 27, 8, 55), [
    [B('No:'), ' Mārtiņš Ozoliņš <martins.ozolins@kokmeistars.lv>'],
    [B('Nosūtīts:'), ' ceturtdiena, 2026. gada 26. februāris 14:32'],
    [B('Kam:'), ' Kristīne Lāce <kristine.lace@lddk.lv>'],
    [B('Tēma:'), ' RE: ekspertīze – kokapstrādes iekārtu operators (MIP, PKE)'],
    '',
    'Labdien, Kristīne!',
    'Izskatīju abus dokumentus. Programmu atbalstu, var virzīt saskaņošanai – moduļi loģiski, prakse pietiekama.',
    'Ar eksāmenu sliktāk: saturs kopumā atbalstāms, bet pirms virzīšanas jāizlabo vērtēšanas kritēriji 3. uzdevumam '
    '(nav norādīts, kā vērtē zāģēšanas precizitāti) un jāpapildina instrukcija par darba aizsardzību pie ēvelmašīnas.',
    'Paldies!',
    'Mārtiņš',
    '',
    {'t': '-----Original Message-----', 'i': 1},
    {'t': 'No: Kristīne Lāce   Nosūtīts: pirmdiena, 2026. gada 16. februāris 10:03', 'i': 1},
    {'t': 'Labdien! Pielikumā Jēkabpils tehnikuma darba grupas sagatavotā MIP un PKE kvalifikācijai '
          '„Kokapstrādes iekārtu operators” (LKI 3). Lūdzu norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, '
          'atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Atbildi gaidīsim līdz 27.02.', 'i': 1},
    {'t': 'Ar cieņu, Kristīne Lāce, LDDK projektu koordinatore', 'i': 1},
], rows=[('kokapstrādes iekārtu operators', 'MIP', SUP, 'Mārtiņš Ozoliņš', '2026-02-26', 3),
         ('kokapstrādes iekārtu operators', 'PKE', NC, 'Mārtiņš Ozoliņš', '2026-02-26', 3)],
   note='Outlook e-mail (Latvian headers) printed into Word; verdict in prose ("Programmu atbalstu", "eksāmens ... atbalstāms, bet pirms virzīšanas jāizlabo"); quoted request below lists all options. Date from Nosūtīts.')

# ---------------------------------------------------------------- 11
build('r26b11_Fwd VGK remontatslednieks Grinberga.docx', AS, D(2026, 3, 10, 11, 20), [
    'Gmail - RE: ekspertize VGK remontatslednieks',
    [B('From:'), ' Zane Grinberga <zane.grinberga@gmail.com>'],
    [B('Date:'), ' Tue, Mar 10, 2026 at 9:14 AM'],
    [B('Subject:'), ' RE: ekspertize VGK remontatslednieks'],
    [B('To:'), ' Anita Silina <anita.silina@lddk.lv>'],
    '',
    'Sveika Anita,',
    'sorry, rakstu no telefona, tapec bez garumzimem.',
    'VGK iekartu remontatslednieks (3.lim.):',
    'MIP - atbalstams, pec precizejumu veiksanas virzams saskanosanai. Jaizlabo moduli "Dzesesanas iekartu apkope" - '
    'nav F-gazu sertifikacijas prasibu, ari stundu sadalijums 1. kursa nesakrit ar kopsummu.',
    'PKE - saja redakcija nav atbalstams. Praktiskais uzdevums ir tikai par ventilatoru nomainu, nav nekas par '
    'noplusu mekleshanu un freona uzpildi. Lai parstrada un atsuta velreiz.',
    'Zane Grinberga',
    '',
    {'t': 'On Mon, Mar 2, 2026 at 4:41 PM Anita Siliņa <anita.silina@lddk.lv> wrote:', 'i': 1},
    {'t': '> Labdien, Zane! Lūdzu izvērtēt pievienoto MIP un PKE saturu kvalifikācijai „Ventilācijas un gaisa '
          'kondicionēšanas iekārtu remontatslēdznieks” un sniegt atzinumu: atbalstāms un virzāms saskaņošanai / '
          'atbalstāms, pēc precizējumiem virzāms saskaņošanai / nav atbalstāms.', 'i': 1},
    {'t': '> Paldies par atbalstu! Anita', 'i': 1},
], rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', NC, 'Zane Grinberga', '2026-03-10', 3),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', NS_, 'Zane Grinberga', '2026-03-10', 3)],
   note='Gmail printout, English headers, reply without diacritics; quoted request lists all options and says "Paldies par atbalstu" (noun). Level "3.lim." in text.')

# ---------------------------------------------------------------- 12
build('r26b12_Kalejs_mezsaimniecibas_tehnikis_MIP.docx', 'Ivars Kalējs', D(2026, 3, 2, 9), [
    [{'t': 'SIA „ZEMGALES MEŽI”', 'b': 1, 'sz': 32}],
    {'t': 'Reģ. Nr. 40003012345 · Lielā iela 14, Jelgava, LV-3001 · tālr. 63012345 · info@zemgalesmezi.lv', 'sz': 16},
    '______________________________________________________________________________',
    'Jelgavā, 2026. gada 2. martā                                                  Nr. 2026/03-7',
    'Latvijas Darba devēju konfederācijai',
    [B('Par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” modulārās izglītības programmas ekspertīzi')],
    'Pēc LDDK lūguma esmu izvērtējis Bulduru Dārzkopības vidusskolas darba grupas sagatavoto MIP (LKI 4. līmenis). '
    'PKE saturs vēl nav iesniegts un tiks vērtēts projekta 5. posmā, tāpēc šajā vēstulē par to neizsakos.',
    ('t', [
        [B('Kritērijs'), B('Jā / Nē'), B('Komentārs')],
        ['Sasniedzamie rezultāti atbilst profesijas standartam', 'Jā', ''],
        ['Moduļu secība ir loģiska un pēctecīga', 'Jā', ''],
        ['Iekļautas nozarē aktuālās jaunās prasmes (digitālā mežu inventarizācija, GIS)', 'Jā', 'MežaPortāls, LVM GEO'],
        ['Darba vidē balstītu mācību apjoms pietiekams', 'Jā', ''],
        ['Vērtēšanas metodes atbilst rezultātiem', 'Jā', ''],
        [B('Kopējais vērtējums'), [B('Saturs ir atbalstāms un virzāms saskaņošanai')]],
    ]),
    'Ar cieņu',
    'valdes loceklis, nozares eksperts',
    'Ivars Kalējs',
    {'t': 'DOKUMENTS PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU', 'sz': 16},
], rows=[('mežsaimniecības tehniķis', 'MIP', SUP, 'Ivars Kalējs', '2026-03-02', 4)],
   note='Company letterhead + criterion table Jā/Nē ending in merged overall row. PKE explicitly not covered -> no row.')

# ---------------------------------------------------------------- 13
def crit(rows_, total):
    return ('t', [[B('Kritērijs'), B('Jā'), B('Nē')]] +
            [[c, 'X' if ok else '', '' if ok else 'X'] for c, ok in rows_] +
            [[B('Kopsavilkums / vērtējums'), total]])

build('r26b13_motorzaga operators kriteriji_Strazdina.docx', KL, D(2026, 1, 21, 10), [
    ('h', 'Ekspertīzes kritēriju tabula', 26),
    'Kvalifikācija: motorzāģa operators      Līmenis: LKI 3',
    B('1. Modulārā izglītības programma'),
    crit([('Programma atbilst profesionālās kvalifikācijas prasībām', True),
          ('Moduļu apjoms kredītpunktos ir pamatots', False),
          ('Iekļautas darba drošības un pirmās palīdzības prasības', True),
          ('Prakses apjoms atbilst darba devēju vajadzībām', True)],
         'Atbalstāma; virzāma saskaņošanai pēc tam, kad būs precizēts moduļu apjoms (sk. 2. kritēriju).'),
    B('2. Profesionālās kvalifikācijas eksāmens'),
    crit([('Eksāmena uzdevumi aptver galvenās kompetences', True),
          ('Vērtēšanas kritēriji ir skaidri un izmērāmi', True),
          ('Eksāmena norises apstākļi ir reāli nodrošināmi', True)],
         'Atbalstāms, virzāms saskaņošanai bez precizējumiem.'),
    ('t', [['Paraksts / datums', 'A. Strazdiņa / 20.01.2026']]),
], rows=[('motorzāģa operators', 'MIP', NC, 'A. Strazdiņa', '2026-01-20', 3),
         ('motorzāģa operators', 'PKE', SUP, 'A. Strazdiņa', '2026-01-20', 3)],
   note='Two Jā/Nē criterion tables with X marks, each closed by a summary row; PKE "bez precizējumiem" = supported. Initial+surname in Paraksts/datums cell.')

# ---------------------------------------------------------------- 14
build('r26b14_Elektromontieris_MIP_PKE_2.karta.docx', 'Raimonds Jansons', D(2026, 4, 22, 19), [
    ('h', 'Ekspertīzes veidlapa (2. kārta)'),
    ('t', [
        [B('Profesionālās kvalifikācijas nosaukums')],
        ['Elektromontieris'],
        [B('Latvijas kvalifikāciju ietvarstruktūras līmenis')],
        ['3'],
        [B('Eksperta vārds, uzvārds')],
        ['Raimonds Jansons'],
        [B('Datums')],
        ['22/04/2026'],
    ]),
    ('t', [
        [B('MIP slēdziens')],
        ['Atbalstāma. Pirms virzīšanas saskaņošanai jāprecizē moduļa “Zibensaizsardzība” sasniedzamie rezultāti un '
         'jāizlabo atsauces uz spēku zaudējušiem MK noteikumiem.'],
        [B('PKE slēdziens')],
        ['Pēc 1. kārtā norādīto trūkumu novēršanas eksāmena saturs ir atbalstāms un virzāms saskaņošanai. '
         '(1. kārtā, 05.03.2026., PKE netika atbalstīts.)'],
    ]),
], rows=[('elektromontieris', 'MIP', NC, 'Raimonds Jansons', '2026-04-22', 3),
         ('elektromontieris', 'PKE', SUP, 'Raimonds Jansons', '2026-04-22', 3)],
   note='Key/value table with the value BELOW the key; verdicts as prose in cells; history of earlier round ("netika atbalstīts") must not override the current PKE verdict.')

# ---------------------------------------------------------------- 15
IZ = 'Ilze Zariņa'
build('r26b15_Mezsaimniecibas tehnikis atzinums IZ izmainas.docx', AS, D(2026, 3, 30, 9), [
    ('h', 'Atzinums par MIP un PKE saturu', 26),
    ('t', [
        ['Kvalifikācija', 'Mežsaimniecības tehniķis'],
        ['LKI līmenis', '4'],
        ['Eksperte', 'Ilze Zariņa'],
        ['Datums', [{'t': '27.03.2026.', 'del': IZ}, {'t': '30.03.2026.', 'ins': IZ}]],
    ]),
    ('t', [
        [B('Dokuments'), B('Eksperta slēdziens')],
        ['MIP', ['Saturs ', {'t': 'nav ', 'del': IZ}, 'atbalstāms un virzāms saskaņošanai.']],
        ['PKE', ['Saturs ir atbalstāms',
                 {'t': ' un virzāms saskaņošanai.', 'del': IZ},
                 {'t': '; pēc precizējumu veikšanas virzāms saskaņošanai (jāprecizē mežaudzes taksācijas uzdevuma '
                       'vērtēšanas kritēriji).', 'ins': IZ}]],
    ]),
    'Darba grupa pēc sarunas 27.03. iesniedza labotu MIP versiju, tāpēc vērtējums mainīts.',
], rows=[('mežsaimniecības tehniķis', 'MIP', SUP, 'Ilze Zariņa', '2026-03-30', 4),
         ('mežsaimniecības tehniķis', 'PKE', NC, 'Ilze Zariņa', '2026-03-30', 4)],
   note='Tracked changes: MIP "nav " deleted -> supported; PKE supported text deleted, needs-corrections text inserted; date itself changed by w:del/w:ins (current 30.03.2026).')

# ---------------------------------------------------------------- 16
build('r26b16_CNC metalapstrades operators_atzinums.docx', KL, D(2026, 5, 4, 14), [
    ('h', 'EKSPERTA ATZINUMS', 28),
    ('t', [
        ['Kvalifikācija', 'CNC metālapstrādes iekārtu operators'],
        ['LKI', '4'],
        ['Nozare', 'Mašīnbūve un metālapstrāde'],
        ['Eksperts', 'Kaspars Eglītis'],
        ['Datums', '2026. gada 4. maijā'],
    ]),
    ('t', [
        [B('Dokuments'), B('Vērtējums'), B('Piezīmes')],
        ['Modulārā izglītības programma', '✓ atbalstāms un virzāms saskaņošanai', '—'],
        ['Kvalifikācijas eksāmens', '✓ atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
         'Rasējuma lasīšanas uzdevumā pievienot ģeometriskās pielaides (GD&T).'],
    ]),
], rows=[('CNC metālapstrādes iekārtu operators', 'MIP', SUP, 'Kaspars Eglītis', '2026-05-04', 4),
         ('CNC metālapstrādes iekārtu operators', 'PKE', NC, 'Kaspars Eglītis', '2026-05-04', 4)],
   problems=['unknown_qualification'],
   note='Qualification not in the register -> unknown_qualification; only the chosen verdict is written, with a ✓; LKI from review.')

# ---------------------------------------------------------------- 17
build('r26b17_VGK_sistemu_tehnikis_MIP_PKE_nepabeigts.docx', 'Sandra Āboltiņa', D(2026, 5, 15, 22, 10), [
    ('h', 'Ekspertīzes atzinums – ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)', 24),
    ('t', [
        [B('Dokuments'), B('Atbalstāms un virzāms saskaņošanai'), B('Atbalstāms; pēc precizējumiem virzāms saskaņošanai'),
         B('Nav atbalstāms'), B('Komentārs')],
        ['MIP', '', '✓', '', 'Jāpapildina energoefektivitātes aprēķinu modulis.'],
        ['PKE', '', '', '', 'Teorijas daļā 40 jautājumi, no tiem 6 par sadzīves kondicionieriem – par daudz; praktiskajā '
                            'daļā iekļauta sistēmas palaišana un regulēšana, tas ir labi. Vērtēšanas lapā trūkst punktu '
                            'sadalījuma.'],
    ]),
    ('t', [['Eksperte', 'Sandra Āboltiņa'], ['Datums', '15.05.2026']]),
], rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', NC, 'Sandra Āboltiņa', '2026-05-15', 4),
         ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', UNK, 'Sandra Āboltiņa', '2026-05-15', 4)],
   problems=['no_verdict'],
   note='PKE row has remarks but no mark in any verdict column -> unknown + no_verdict. MIP ✓.')

# ---------------------------------------------------------------- 18
build('r26b18_buvizstradajumu galdnieks - Vitols.docx', 'Gatis Vītols', D(2026, 6, 3, 7, 50), [
    ('h', 'Būvizstrādājumu galdnieks – MIP un PKE vērtējums'),
    'LKI 4. līmenis. Eksperts: Gatis Vītols. Vērtēts 2026. gada 3. jūnijā.',
    ('t', [
        ['', B('MIP'), B('PKE')],
        [OPT1, 'X', 'X'],
        [OPT2, '', ''],
        [OPT3, 'X', ''],
        ['Piezīmes', 'Moduļos par kāpņu izgatavošanu daudz atkārtojumu.', ''],
    ]),
], rows=[('būvizstrādājumu galdnieks', 'MIP', UNK, 'Gatis Vītols', '2026-06-03', 4),
         ('būvizstrādājumu galdnieks', 'PKE', SUP, 'Gatis Vītols', '2026-06-03', 4)],
   problems=['conflict'],
   note='MIP column has X on both "atbalstāms un virzāms" and "nav atbalstāms" with no explanation -> unknown + conflict; PKE X on supported.')

# ---------------------------------------------------------------- 19
NK = 'Normunds Kļaviņš'
build('r26b19_Energetika_kopsavilkums_Klavins_maijs.docx', NK, D(2026, 5, 7, 18), [
    ('h', 'Enerģētikas nozares eksperta atzinumi (5. posms)', 26),
    'Izvērtēti Rīgas Tehniskās koledžas un Liepājas Valsts tehnikuma darba grupu iesniegtie dokumenti. '
    'Zemāk apkopots mans vērtējums par katru dokumentu.',
    ('t', [
        [B('Kvalifikācija'), B('Dokuments'), B('Vērtējums'), B('Piezīmes')],
        ['Elektromontieris (LKI 3)', 'MIP', 'Atbalstu. Virzīt saskaņošanai.', ''],
        ['', 'PKE', 'Atbalstāms ar precizējumiem', 'Praktiskajam uzdevumam pievienot izolācijas pretestības mērījumu protokola paraugu.'],
        ['Elektrotehniķis (LKI 4)', 'MIP', 'Atbalstāma ar nosacījumu, ka tiek izlabota moduļu numerācija', ''],
        ['', 'PKE', 'Neatbalstu – jāpārstrādā',
         'Nav iekļauta releju aizsardzības iestatījumu pārbaude; uzdevumu apjoms neatbilst 4. līmenim.'],
        ['VGK iekārtu remontatslēdznieks (LKI 3)', 'MIP', 'Nav iebildumu, var virzīt saskaņošanai', ''],
        ['', 'PKE', 'Atbalstāms un virzāms saskaņošanai', 'Labs, praktisks eksāmens.'],
    ]),
    'Sagatavoja: Normunds Kļaviņš, enerģētikas nozares eksperts',
    '2026. g. 7. maijā',
], rows=[('elektromontieris', 'MIP', SUP, NK, '2026-05-07', 3),
         ('elektromontieris', 'PKE', NC, NK, '2026-05-07', 3),
         ('elektrotehniķis', 'MIP', NC, NK, '2026-05-07', 4),
         ('elektrotehniķis', 'PKE', NS_, NK, '2026-05-07', 4),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', SUP, NK, '2026-05-07', 3),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', SUP, NK, '2026-05-07', 3)],
   note='One expert, three qualifications in one summary table (qualification cell left empty on the PKE line); free-text verdicts: "Atbalstu", "ar nosacījumu", "Neatbalstu", "Nav iebildumu".')

# ---------------------------------------------------------------- 20
build('r26b20_mebelu galdnieks PKE.docx', 'Edgars', D(2026, 6, 16, 21, 33), [
    ('t', [
        ['Kvalifikācija', 'mēbeļu galdnieks'],
        ['MIP', 'nav iesniegts'],
        ['PKE', 'Nav iebildumu. Virzīt saskaņošanai.'],
        ['Eksperts', 'E. Liepiņš'],
    ]),
], rows=[('mēbeļu galdnieks', 'PKE', SUP, 'E. Liepiņš', '2026-06-16', 4)],
   header=['16.06.2026'],
   note='Very short 4-row table; MIP not submitted -> no row; date only in header; LKI from register.')

# ---------------------------------------------------------------- 21
build('r26b21_Mehatronisko sist. tehn. atzinums Eglitis.docx', KL, D(2026, 5, 12, 15), [
    ('h', 'Ekspertīzes atzinums'),
    ('t', [
        ['Kvalifikācija', 'Mehatronisko sistēmu tehniķis, LKI 4'],
        ['Izglītības iestāde', 'Valmieras tehnikums'],
    ]),
    ('t', [
        [B('Vispārējs vērtējums')],
        [Ps(['Programma kopumā labi strukturēta, moduļi aptver pneimatiku, elektroautomātiku un robotiku; metodiskais '
             'atbalsts pedagogiem aprakstīts detalizēti.',
             'Tomēr 9 no 24 moduļiem ir kopēti no 2021. gada programmas bez satura atjaunošanas, nav ietverta Industrija 4.0 '
             '(IIoT, datu vākšana), un kredītpunktu summa pārsniedz pieļaujamo.'])],
    ]),
    ('t', [
        [B('Slēdziens'), B('MIP'), B('PKE')],
        ['atbalstāms un virzāms saskaņošanai', '', 'V'],
        ['atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', ''],
        ['nav atbalstāms', 'V', ''],
    ]),
    ('t', [['Eksperts:', 'Kaspars Eglītis'], ['Paraksts, datums:', '12.05.2026.']]),
], rows=[('mehatronisko sistēmu tehniķis', 'MIP', NS_, 'Kaspars Eglītis', '2026-05-12', 4),
         ('mehatronisko sistēmu tehniķis', 'PKE', SUP, 'Kaspars Eglītis', '2026-05-12', 4)],
   note='"V" marks; positive prose in the body (and "metodiskais atbalsts" noun) outranked by the marked MIP "nav atbalstāms".')

# ---------------------------------------------------------------- 22
DB = 'Dace Bērziņa'
build('r26b22_KIO_atkartota_ekspertize_Berzina_galigais.docx', DB, D(2026, 3, 24, 12), [
    ('h', 'Atkārtotas ekspertīzes atzinums', 26),
    ('t', [
        ['Profesionālā kvalifikācija', 'Kokapstrādes iekārtu operators'],
        ['LKI līmenis', '3'],
        ['Eksperte', 'Dace Bērziņa'],
    ]),
    B('Ekspertīzes vēsture'),
    ('t', [
        [B('Kārta'), B('Datums'), B('MIP'), B('PKE')],
        ['1. kārta', '10.02.2026.', 'atbalstāms pēc precizējumiem', 'nav atbalstāms'],
        [B('2. kārta (aktuālā)'), B('24.03.2026.'), B('atbalstāms un virzāms saskaņošanai'), B('atbalstāms un virzāms saskaņošanai')],
    ]),
    'Visi 1. kārtā norādītie precizējumi ir veikti; PKE praktiskais uzdevums pārstrādāts pilnībā.',
], rows=[('kokapstrādes iekārtu operators', 'MIP', SUP, DB, '2026-03-24', 3),
         ('kokapstrādes iekārtu operators', 'PKE', SUP, DB, '2026-03-24', 3)],
   note='History table of review rounds; only the current (2nd) round counts; date from the current round row.')

# ---------------------------------------------------------------- 23
EL = 'Edgars Liepiņš'
build('r26b23_FW_ DKIO atzinums.docx', AS, D(2026, 4, 20, 9, 2), [
    [B('From:'), ' Edgars Liepiņš <edgars.liepins@latvijasfinieris.lv>'],
    [B('Sent:'), ' Monday, April 20, 2026 8:47 AM'],
    [B('To:'), ' Anita Siliņa'],
    [B('Subject:'), ' DKIO atzinums'],
    '',
    'Anita, sveiki! Nosūtu aizpildītu veidlapu, ielīmēju arī te, lai nav jāver pielikums.',
    '',
    ('t', [
        ['Kvalifikācija', 'Datorizētu kokapstrādes iekārtu operators (LKI 4)'],
        ['Eksperts', 'Edgars Liepiņš'],
        ['Datums', '17.04.2026'],
    ]),
    ('t', [
        ['', B('MIP'), B('PKE')],
        [OPT1, G('☐'), G('☐')],
        [OPT2, G('☒'), G('☒')],
        [OPT3, G('☐'), G('☐')],
        ['Precizējumi', 'CNC programmēšanas modulī aizstāt novecojušo programmatūru ar aktuālu (woodWOP 8 vai līdzv.).',
         'Eksāmena uzdevumam jāpievieno sagataves rasējums.'],
    ]),
    'Ar cieņu, Edgars',
], rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', NC, EL, '2026-04-17', 4),
         ('datorizētu kokapstrādes iekārtu operators', 'PKE', NC, EL, '2026-04-17', 4)],
   note='Outlook English headers, form pasted into the mail body with ☒/☐ glyphs; review date from form (17.04), not the Sent date (20.04).')

# ---------------------------------------------------------------- 24
build('r26b24_Koka_izstradajumu_razosanas_tehnikis_Zarina.docx', IZ, D(2026, 6, 22, 10), [
    ('h', 'Ekspertīzes atzinums'),
    ('t', [
        ['Profesionālā kvalifikācija', 'Koka izstrādājumu ražošanas tehniķis'],
        ['Kvalifikācijas līmenis', '3. PKL'],
        ['Eksperte', 'Ilze Zariņa'],
        ['Datums', '2026-06-22'],
    ]),
    ('t', [
        [B('Dokuments'), B('Slēdziens')],
        ['MIP', 'Saturs atbalstāms un bez precizējumiem virzāms saskaņošanai.'],
        ['PKE', 'Atbalstu. Nepieciešamie noformējuma labojumi jau veikti, tāpēc eksāmena saturs virzāms saskaņošanai.'],
    ]),
], rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', SUP, IZ, '2026-06-22', 4),
         ('koka izstrādājumu ražošanas tehniķis', 'PKE', SUP, IZ, '2026-06-22', 4)],
   note='Old level "3. PKL" = LKI 4; "bez precizējumiem" is supported; "Nepieciešamie ... labojumi jau veikti" is not a pending condition.')

# ---------------------------------------------------------------- 25
OZ = 'Oskars Zālītis'
build('r26b25_PKE_atzinumi_Zalitis.docx', KL, D(2026, 5, 5, 16), [
    ('h', 'PKE satura ekspertīze – enerģētika', 26),
    'Šis atzinums attiecas tikai uz PKE saturu; MIP abām kvalifikācijām vērtēja cits eksperts.',
    ('t', [
        [B('Kvalifikācija'), B('LKI'), B('Slēdziens par PKE')],
        ['Elektromontieris', '3', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (papildināt darba atļaujas noformēšanas uzdevumu).'],
        ['Saules elektrostaciju montētājs', '3', 'Atbalstāms un virzāms saskaņošanai.'],
    ]),
    ('t', [['Eksperts', 'Paraksts / datums'], ['Oskars Zālītis', '05.05.2026.']]),
], rows=[('elektromontieris', 'PKE', NC, OZ, '2026-05-05', 3),
         ('saules elektrostaciju montētājs', 'PKE', SUP, OZ, '2026-05-05', 3)],
   problems=['unknown_qualification'],
   note='PKE-only, two qualifications, one not in the register (saules elektrostaciju montētājs) -> unknown_qualification; name and date under column labels.')

# ---------------------------------------------------------------- 26
ZG = 'Z. Grīnberga'
build('r26b26_VGK iekartu remontatslednieks 2.kārta.docx', 'Zane Grīnberga', D(2026, 6, 2, 11), [
    ('h', 'Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 26),
    'Atkārtota ekspertīze pēc darba grupas labojumiem (1. kārtā PKE nebija atbalstāms).',
    ('t', [
        [B('Dokuments'), B('Vērtējums'), B('Piezīmes')],
        ['MIP', Ps([[{'cb': False}, ' atbalstāms un virzāms saskaņošanai'],
                    [{'cb': True}, ' atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
                    [{'cb': False}, ' nav atbalstāms']]),
         'F-gāzu prasības iekļautas, bet stundu kopsumma joprojām nesakrīt (1. kurss).'],
        ['PKE', Ps([[{'cb': False}, ' atbalstāms un virzāms saskaņošanai'],
                    [{'cb': True}, ' atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
                    [{'cb': False}, ' nav atbalstāms']]),
         'Praktiskais uzdevums papildināts; jāpievieno noplūžu meklēšanas vērtēšanas kritēriji.'],
        [B('Paraksts / datums'), ZG + ', 02.06.2026'],
    ]),
], rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', NC, ZG, '2026-06-02', 3),
         ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', NC, ZG, '2026-06-02', 3)],
   note='Content-control checkboxes inside a summary table; earlier-round history line is not a verdict; name/date in "Paraksts / datums".')

# ---------------------------------------------------------------- 27 (long)
LK = 'Laura Krūmiņa'
build('r26b27_Mebelu_galdnieks_detalizets_atzinums_Krumina.docx', LK, D(2026, 5, 20, 17), [
    ('h', 'Nozares eksperta atzinums par MIP un PKE saturu'),
    ('t', [
        ['Profesionālā kvalifikācija', 'Mēbeļu galdnieks'],
        ['LKI līmenis', '4'],
        ['Nozare', 'Kokrūpniecība'],
        ['Darba grupa', 'Rīgas Valsts tehnikums, Kokapstrādes nodaļa'],
        ['Iesniegtie dokumenti', 'MIP (versija 3, 12.05.2026.), PKE saturs (versija 2, 12.05.2026.)'],
        ['Eksperte', 'Laura Krūmiņa, SIA “Mēbeļu darbnīca Krūmiņi”'],
        ['Atzinuma datums', '2026. gada 20. maijs'],
    ]),
    B('1. Vērtējums par modulāro izglītības programmu'),
    ('t', [
        [B('Aspekts'), B('Eksperta piezīmes')],
        ['Atbilstība profesijas standartam',
         'Sasniedzamie rezultāti kopumā atbilst mēbeļu galdnieka profesijas standartam un nozares kvalifikāciju '
         'struktūrai. Labi, ka iekļauts korpusa mēbeļu projektēšanas modulis ar 3D modelēšanu.'],
        ['Moduļu saturs',
         Ps(['Modulis “Kokapstrāde ar rokas instrumentiem” šādā redakcijā nav atbalstāms – tas dublē pamatizglītības '
             'mājturības saturu un neietver precīzu savienojumu izgatavošanu (tapas, “bezdelīgas aste”).',
             'Modulis “Virsmu apdare” jāpapildina ar ūdens bāzes laku un UV apdares tehnoloģijām, kas nozarē ir standarts.',
             'Modulī “Mēbeļu montāža” trūkst furnitūras (Blum, Hettich) regulēšanas prasmju.'])],
        ['Darba vidē balstītas mācības',
         'Prakses apjoms ir pietiekams, taču uzņēmumu saraksts jāaktualizē – divi no norādītajiem uzņēmumiem ir likvidēti.'],
        ['Vērtēšana', 'Moduļu noslēguma pārbaudes aprakstītas vispārīgi; ieteicams pievienot vērtēšanas kritēriju piemērus.'],
    ]),
    B('2. Vērtējums par profesionālās kvalifikācijas eksāmena saturu'),
    ('t', [
        [B('Aspekts'), B('Eksperta piezīmes')],
        ['Teorētiskā daļa', '50 testa jautājumi, aptver materiālmācību, tehnoloģijas un darba drošību; atbilstoši.'],
        ['Praktiskā daļa',
         'Uzdevums – kumodes ar atvilktnēm izgatavošana pēc rasējuma 12 stundās. Reāls un nozarei atbilstošs. '
         'Vērtēšanas lapa skaidra, kritēriji izmērāmi.'],
        ['Nodrošinājums', 'Materiālu saraksts un iekārtu saraksts pievienots; iebildumu nav.'],
    ]),
    B('3. Slēdziens'),
    ('t', [
        ['MIP', 'Saturs ir atbalstāms; pēc precizējumu veikšanas (sk. 1. sadaļu – moduļi “Kokapstrāde ar rokas '
                'instrumentiem”, “Virsmu apdare”, “Mēbeļu montāža”) virzāms saskaņošanai.'],
        ['PKE', 'Saturs ir atbalstāms un virzāms saskaņošanai.'],
    ]),
    'Eksperte ir gatava konsultēt darba grupu precizējumu veikšanā. Sazināties: laura.krumina@mebelukrumini.lv',
], rows=[('mēbeļu galdnieks', 'MIP', NC, LK, '2026-05-20', 4),
         ('mēbeļu galdnieks', 'PKE', SUP, LK, '2026-05-20', 4)],
   note='Long (1-2 pages) form; body says one module "nav atbalstāms", the Slēdziens table outranks it (MIP needs_corrections).')

# ---------------------------------------------------------------- 28
MO = 'Mārtiņš Ozoliņš'
build('r26b28_mezsaimn_tehnikis_MIP_PKE_Ozolins.docx', MO, D(2026, 4, 15, 13), [
    ('h', 'Ekspertīzes veidlapa', 26),
    ('t', [
        ['1. Kvalifikācija', 'Mežsaimniecības tehniķis'],
        ['2. LKI līmenis', '4'],
        ['3. Vērtētie dokumenti', 'MIP un PKE'],
        ['4. Būtiskākās piezīmes',
         Ps(['MIP: moduļu apjomi (kredītpunkti) “Meža atjaunošana” un “Meža ceļi” neatbilst stundu plānam.',
             'PKE: eksāmenā nav neviena uzdevuma par meža inventarizāciju un cirsmu plānošanu, kas ir tehniķa '
             'pamatkompetence; vērtēšanas kritēriji nav saistīti ar kvalifikācijas prasībām.'])],
        ['5. Eksperta slēdziens',
         Ps(['Programmu atbalstu ar nosacījumu, ka tiks precizēti moduļu apjomi; pēc tam to var virzīt saskaņošanai.',
             'Eksāmena saturu pašreizējā redakcijā nevaru atbalstīt.'])],
        ['6. Eksperts', 'Mārtiņš Ozoliņš'],
        ['7. Datums', '2026.gada 15.aprīlī'],
    ]),
], rows=[('mežsaimniecības tehniķis', 'MIP', NC, MO, '2026-04-15', 4),
         ('mežsaimniecības tehniķis', 'PKE', NS_, MO, '2026-04-15', 4)],
   note='Numbered key/value form; verdicts in first person prose: "atbalstu ar nosacījumu" and "nevaru atbalstīt"; documents called "programma"/"eksāmens".')

# ---------------------------------------------------------------- 29
AST = 'Agnese Strazdiņa'
build('r26b29_meza masinu operators atzinums.docx', '', D(2026, 6, 10, 8), [
    ('h', 'Meža mašīnu operators (LKI 3) – MIP / PKE', 26),
    ('t', [
        [B('Vērtējums'), B('MIP'), B('PKE')],
        ['atbalstāms un virzāms saskaņošanai', '', ''],
        ['atbalstāms, virzāms pēc precizējumiem', 'x', ''],
        ['nav atbalstāms', '', 'x'],
    ]),
    ('t', [
        ['Pamatojums / precizējumi',
         Ps(['MIP – jāpapildina ar forvardera kravas izvietošanas un drošas pārvietošanās nogāzēs rezultātiem.',
             'PKE – eksāmena praktiskā daļa paredzēta uz simulatora tikai 30 minūtes, reālā tehnikā netiek pārbaudīts '
             'nekas; nozares uzņēmumi atbalsta simulatoru lietošanu mācībās, taču ne kā vienīgo eksāmena formu. '
             'Jāpārstrādā.'])],
    ]),
], rows=[('meža mašīnu operators', 'MIP', NC, AST, '2026-06-10', 3),
         ('meža mašīnu operators', 'PKE', NS_, AST, '2026-06-10', 3)],
   header=['Ekspertīzes atzinums  |  Eksperte: Agnese Strazdiņa  |  2026-06-10'],
   note='Name and date only in the page header; lowercase x marks; "nozares uzņēmumi atbalsta simulatoru" is 3rd person, not a verdict; empty core author.')

# ---------------------------------------------------------------- 30
IK = 'Inese Kalniņa'
build('r26b30_Kokrupnieciba_matrica_jul_Kalnina.docx', KL, D(2026, 7, 8, 14), [
    ('h', 'Kokrūpniecības nozares eksperta vērtējums – 5. posma noslēgums', 24),
    [B('Apzīmējumi: '), 'A – saturs atbalstāms un virzāms saskaņošanai; P – atbalstāms, pēc precizējumu veikšanas virzāms '
     'saskaņošanai; N – saturs nav atbalstāms; — – dokuments nav iesniegts.'],
    ('t', [
        [B('Kvalifikācija'), B('LKI'), B('MIP'), B('PKE'), B('Komentārs')],
        ['Motorzāģa operators', '3', 'A', 'A', 'Precizējumi no februāra veikti.'],
        ['Kokapstrādes iekārtu operators', '3', 'P', 'N', 'MIP: labot moduļa “Zāģēšana” rezultātus. PKE: nav vērtēšanas kritēriju.'],
        ['Meža mašīnu operators', '3', 'P', '—', 'PKE vēl nav iesniegts.'],
    ]),
    ('t', [['Eksperte', 'Datums'], ['Inese Kalniņa', '08.07.2026.']]),
], rows=[('motorzāģa operators', 'MIP', SUP, IK, '2026-07-08', 3),
         ('motorzāģa operators', 'PKE', SUP, IK, '2026-07-08', 3),
         ('kokapstrādes iekārtu operators', 'MIP', NC, IK, '2026-07-08', 3),
         ('kokapstrādes iekārtu operators', 'PKE', NS_, IK, '2026-07-08', 3),
         ('meža mašīnu operators', 'MIP', NC, IK, '2026-07-08', 3)],
   note='Matrix with letter codes A/P/N defined in a legend; "—" = not submitted -> no PKE row for meža mašīnu operators.')

# ================================================================ non-reviews
build('r26b31_Darba grupas sanaksmes protokols 2026-03-18.docx', AS, D(2026, 3, 19, 9), [
    ('h', 'PROTOKOLS Nr. 4', 28),
    'Kokrūpniecības nozares ekspertu un izglītības iestāžu darba grupu tiešsaistes sanāksme',
    ('t', [
        ['Datums', '18.03.2026.'],
        ['Vadīja', 'Anita Siliņa (LDDK)'],
        ['Piedalījās', 'Inese Kalniņa, Dace Bērziņa, Gatis Vītols, Laura Krūmiņa; VISC pārstāvji; 5 izglītības iestāžu darba grupas'],
        ['Protokolēja', 'Kristīne Lāce'],
    ]),
    B('Darba kārtība'),
    '1. MIP un PKE ekspertīžu gaita 4. posmā.',
    '2. Vienota veidlapa atzinumiem (atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms).',
    '3. Dažādi.',
    B('Nolēma'),
    ('t', [
        [B('Nr.'), B('Lēmums'), B('Atbildīgais'), B('Termiņš')],
        ['1.', 'Eksperti atzinumus iesniedz vienotā veidlapā, atzīmējot vienu no trim vērtējumiem.', 'Eksperti', 'pastāvīgi'],
        ['2.', 'Darba grupas, kuru MIP nav atbalstīta, iesniedz labotu versiju divu nedēļu laikā.', 'Darba grupas', '01.04.2026.'],
        ['3.', 'LDDK nodrošina ekspertiem metodisko atbalstu un apkopo rezultātus ceturkšņa pārskatam.', 'A. Siliņa', '31.03.2026.'],
    ]),
    'Sanāksmes dalībnieki atbalsta priekšlikumu nākamo sanāksmi rīkot klātienē Jelgavā.',
], problems=['no_verdict'],
   note='NOT a review: meeting minutes that list the verdict options and use "atbalsts/atbalsta/atbalstīta" generically.')

build('r26b32_Ekspertu sadalijums kvalifikacijam 5.posms.docx', KL, D(2026, 4, 2, 10), [
    ('h', 'Ekspertu sadalījums – projekta 5. posms (01.04.2026.–31.07.2026.)', 24),
    ('t', [
        [B('Kvalifikācija'), B('LKI'), B('MIP eksperts'), B('PKE eksperts'), B('Termiņš')],
        ['Elektrotehniķis', '4', 'N. Kļaviņš', 'N. Kļaviņš', '15.05.2026.'],
        ['Elektromontieris', '3', 'R. Jansons', 'O. Zālītis', '30.04.2026.'],
        ['VGK sistēmu tehniķis', '4', 'S. Āboltiņa', 'S. Āboltiņa', '15.05.2026.'],
        ['Mēbeļu galdnieks', '4', 'L. Krūmiņa', 'E. Liepiņš', '31.05.2026.'],
        ['Mehatronisko sistēmu tehniķis', '4', 'K. Eglītis', 'K. Eglītis', '15.05.2026.'],
        ['Meža mašīnu operators', '3', 'A. Strazdiņa', 'A. Strazdiņa', '10.06.2026.'],
    ]),
    'Atzinumā ekspertam jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas '
    'vai nav atbalstāms. Veidlapa pielikumā.',
    'Koordinatore: Kristīne Lāce',
], problems=['no_verdict'],
   note='NOT a review: assignment table (qualification, expert, deadline) plus the instruction listing all verdicts.')

build('r26b33_Instrukcija_ekspertiem_veidlapa_TUKSA.docx', KL, D(2026, 1, 8, 11), [
    ('h', 'Norādījumi ekspertīzes atzinuma aizpildīšanai'),
    '1. Aizpildiet kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un datumu.',
    '2. Katram dokumentam (MIP un PKE) atzīmējiet tieši vienu vērtējumu, noklikšķinot uz izvēles rūtiņas.',
    '3. Ja saturs ir atbalstāms pēc precizējumiem, tabulā “Precizējumi” uzskaitiet visus nepieciešamos labojumus.',
    '4. Ja saturs nav atbalstāms, pamatojiet to – darba grupa dokumentu pārstrādās un iesniegs atkārtotai ekspertīzei.',
    B('Veidlapas paraugs'),
    ('t', [
        ['Kvalifikācija', ''],
        ['LKI līmenis', ''],
        ['Eksperts', ''],
        ['Datums', ''],
    ]),
    ('t', [
        ['', B('MIP'), B('PKE')],
        [OPT1, [{'cb': False}], [{'cb': False}]],
        [OPT2, [{'cb': False}], [{'cb': False}]],
        [OPT3, [{'cb': False}], [{'cb': False}]],
        ['Precizējumi', '', ''],
    ]),
    'Jautājumu gadījumā lūdzam sazināties ar koordinatori Kristīni Lāci.',
], problems=['no_verdict'],
   note='NOT a review: instructions + blank template with unchecked content controls; no qualification filled.')

build('r26b34_Jaunums_LDDK_majaslapai_nozaru_eksperti.docx', 'Kristīne Lāce', D(2026, 4, 8, 15), [
    ('h', 'Nozaru eksperti vērtē jaunās profesionālās izglītības programmas', 28),
    {'t': 'LDDK, 08.04.2026.', 'i': 1},
    'Latvijas Darba devēju konfederācija turpina dalību projektā, kas īstenots ar Eiropas Savienības Kohēzijas '
    'politikas programmas 4.2.2. specifiskā atbalsta mērķa finansējumu. Projekta 4. posmā 13 nozaru eksperti vērtēja '
    'modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu 21 kvalifikācijā.',
    '„Nozares uzņēmumi atbalsta to, ka mācību saturā iekļautas digitālās prasmes un darba vidē balstītas mācības,” '
    'uzsver kokrūpniecības nozares eksperte Inese Kalniņa. Pēc viņas teiktā, motorzāģa operatora un mežsaimniecības '
    'tehniķa programmās ir ņemti vērā darba devēju ieteikumi.',
    ('t', [
        [B('Fakti'), ''],
        ['Iesaistītās nozares', 'enerģētika, kokrūpniecība, mašīnbūve un metālapstrāde'],
        ['Eksperti', '13'],
        ['Kvalifikācijas', '21'],
        ['Plānotais noslēgums', '2026. gada jūlijs (5. posms)'],
    ]),
    'Ekspertu atzinumi tiek nodoti VISC, un dokumenti, kuru saturs ir atbalstāms, tiek virzīti saskaņošanai.',
], problems=['no_verdict'],
   note='NOT a review: news item for the website, mentions experts, qualifications, "atbalsta mērķa", "atbalsta" (3rd person) and generic "atbalstāms".')

# ================================================================ outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
    w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'code'])
    w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r26b – forms and tables (blind set)\n\n')
    f.write('Built by `build.py` (python-docx + raw WordprocessingML). Gold labels: `expected.csv`, '
            '`expected_problems.csv`.\n\n| file | design and judgement calls |\n|---|---|\n')
    for n, note in NOTES:
        f.write(f'| {n} | {note.replace("|", "/")} |\n')
print(len(NOTES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
