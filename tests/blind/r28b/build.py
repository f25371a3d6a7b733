# -*- coding: utf-8 -*-
"""Builds the r28b blind set: form/table style Latvian expert reviews + gold labels."""
import csv, os, datetime
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from xml.sax.saxutils import escape

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES, FILES = [], [], [], []
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

# ---------------------------------------------------------------- helpers
def run(p, text, bold=False, strike=False, underline=False, italic=False, font=None, size=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if strike: r.font.strike = True
    if underline: r.underline = True
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    if size: r.font.size = Pt(size)
    return r

def para(container, text='', bold=False, **kw):
    p = container.add_paragraph()
    if text:
        run(p, text, bold=bold, **kw)
    return p

def cellp(cell, text='', first=True, **kw):
    """write into a cell: first paragraph reuses the existing empty one"""
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text and len(cell.paragraphs[0].runs) == 0 else cell.add_paragraph()
    if text:
        run(p, text, **kw)
    return p

def table(doc_or_cell, rows, style='Table Grid', bold_first=False):
    ncols = max(len(r) for r in rows)
    t = doc_or_cell.add_table(rows=len(rows), cols=ncols)
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is None:
                continue
            if callable(v):
                v(t.cell(i, j))
            else:
                for k, line in enumerate(str(v).split('\n')):
                    cellp(t.cell(i, j), line, first=(k == 0), bold=(bold_first and i == 0))
    return t

def sym(p, char='F0FE', font='Wingdings'):
    p._p.append(parse_xml('<w:r %s><w:sym w:font="%s" w:char="%s"/></w:r>' % (W, font, char)))

def glyph(p, ch, font='MS Gothic'):
    run(p, ch, font=font)

def sdt_box(p, checked):
    ch = '\u2612' if checked else '\u2610'
    xml = ('<w:sdt %s %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
           '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
           '</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
           '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>') % (W, W14, abs(hash((id(p), ch))) % 900000000, 1 if checked else 0, ch)
    p._p.append(parse_xml(xml))

def legacy_box(p, checked, use_default=False, name='Check1'):
    if use_default:
        st = '<w:checkBox><w:sizeAuto/><w:default w:val="%d"/></w:checkBox>' % (1 if checked else 0)
    else:
        st = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox>' % ('<w:checked/>' if checked else '')
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/><w:calcOnExit w:val="0"/>%s</w:ffData></w:fldChar></w:r>' % (W, name, st)))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W))

_rid = [100]
def ins(p, text, author='Expert', date='2026-03-01T10:00:00Z'):
    _rid[0] += 1
    p._p.append(parse_xml('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                          % (W, _rid[0], escape(author), date, escape(text))))

def dele(p, text, author='Expert', date='2026-03-01T10:00:00Z'):
    _rid[0] += 1
    p._p.append(parse_xml('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                          % (W, _rid[0], escape(author), date, escape(text))))

def header(doc, text, footer=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    lines = text.split('\n')
    hf.paragraphs[0].text = lines[0]
    for l in lines[1:]:
        hf.add_paragraph(l)

def new(author, created):
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(11)
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    y, m, dd = map(int, created.split('-'))
    d.core_properties.created = datetime.datetime(y, m, dd, 9, 30, 0)
    d.core_properties.title = ''
    return d

def build(name, doc, rows=(), problems=(), note=''):
    assert name.startswith('r28b')
    path = os.path.join(OUT, name)
    doc.save(path)
    FILES.append(name)
    for r in rows:
        q, d, v, e, dt, l = r
        assert d in ('MIP', 'PKE') and v in ('supported', 'needs_corrections', 'not_supported', 'unknown'), r
        ROWS.append([name, q, d, v, e, dt, l])
    for c in problems:
        assert c in ('no_verdict', 'unknown_qualification', 'conflict')
        PROBS.append([name, c])
    NOTES.append((name, note))

S, N, X, U = 'supported', 'needs_corrections', 'not_supported', 'unknown'
OPT3 = ['saturs ir atbalstāms un virzāms saskaņošanai',
        'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
        'saturs nav atbalstāms']

# ================================================================ FILES
# ---- 01: key/value table + summary table (document | verdict | notes)
d = new('Ilze Kalniņa', '2026-03-12')
para(d, 'LDDK nozares eksperta atzinums', bold=True, size=14)
para(d, 'par profesionālās izglītības iestādes darba grupas izstrādāto MIP un PKE saturu')
table(d, [['Profesionālā kvalifikācija', 'Mēbeļu galdnieks'],
          ['LKI līmenis', '4'],
          ['Nozare', 'Kokrūpniecība'],
          ['Izstrādātājs', 'Rīgas Valsts tehnikuma darba grupa'],
          ['Eksperts', 'Ilze Kalniņa'],
          ['Atzinuma datums', '12.03.2026.']])
para(d)
para(d, 'Kopsavilkums', bold=True)
table(d, [['Dokuments', 'Eksperta vērtējums', 'Piezīmes'],
          ['Modulārā izglītības programma (MIP)', 'Atbalstāma; pēc precizējumu veikšanas virzāma saskaņošanai',
           'Modulī “Mēbeļu virsmu apdare” jāpapildina mācību rezultāti par ūdens bāzes lakām; prakses apjoms 2. kursā nesakrīt ar stundu plānu.'],
          ['PKE saturs', 'Atbalstāms un virzāms saskaņošanai', 'Praktiskais uzdevums labi atspoguļo nozares prasības, iebildumu nav.']],
      bold_first=True)
para(d)
para(d, 'Detalizēti komentāri pievienoti dokumentā ar izmaiņu izsekošanu (MIP_mebelu_galdn_v3_IK.docx).', italic=True)
build('r28b01_Ekspertizes_atzinums_Mebelu_galdnieks_Kalnina.docx', d,
      rows=[('mēbeļu galdnieks', 'MIP', N, 'Ilze Kalniņa', '2026-03-12', 4),
            ('mēbeļu galdnieks', 'PKE', S, 'Ilze Kalniņa', '2026-03-12', 4)],
      note='KV table (value right) + summary table doc|verdict|notes; plain verdict wording in cells, feminine participle for MIP.')

# ---- 02: PKE only, ☒/☐ glyph form, MIP not submitted, signature cell with initial
d = new('Santa Vītola', '2026-02-05')
para(d, 'VEIDLAPA Nr. 2', bold=True)
para(d, 'Profesionālās kvalifikācijas eksāmena satura ekspertīze')
table(d, [['Kvalifikācija', 'motorzāģa operators (LKI 3)'],
          ['Eksperta vārds, uzvārds', 'Jānis Ozols'],
          ['Vērtētais dokuments', 'PKE saturs (teorētiskā un praktiskā daļa). MIP šajā kārtā netika iesniegts ekspertīzei.']])
para(d)
para(d, 'Eksperta slēdziens (atzīmēt vienu):', bold=True)
for i, o in enumerate(OPT3):
    p = para(d)
    glyph(p, '\u2612' if i == 0 else '\u2610')
    run(p, ' PKE ' + o)
para(d)
para(d, 'Ieteikumi: drošības instruktāžas jautājumus varētu sasaistīt ar reālām situācijām mežizstrādē, bet tas nav obligāti.')
table(d, [['Paraksts / datums', 'J.Ozols   05.02.2026']])
build('r28b02_PKE motorzaga operators veidlapa.docx', d,
      rows=[('motorzāģa operators', 'PKE', S, 'Jānis Ozols', '2026-02-05', 3)],
      note='Options printed, chosen marked with ☒ glyph (MS Gothic). MIP explicitly not submitted -> no row. Full name in labelled cell; signature cell has initial.')

# ---- 03: content control checkboxes; name/date only in header
d = new('', '2026-03-18')
header(d, 'Eksperte: Agnese Bērziņa    |    2026-03-18')
para(d, 'Elektrotehniķis — MIP un PKE satura izvērtējums', bold=True, size=13)
para(d, 'Nozare: enerģētika. Kvalifikācijas līmenis: 4. LKI')
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
hdr = ['Slēdziens', 'MIP', 'PKE']
for j, h in enumerate(hdr): cellp(t.cell(0, j), h, bold=True)
marks = {'MIP': 2, 'PKE': 1}
for i, o in enumerate(['Atbalstāms un virzāms saskaņošanai', 'Atbalstāms, virzāms saskaņošanai pēc precizējumiem', 'Nav atbalstāms']):
    cellp(t.cell(i + 1, 0), o)
    for j, k in enumerate(['MIP', 'PKE']):
        sdt_box(t.cell(i + 1, j + 1).paragraphs[0], marks[k] == i)
para(d)
para(d, 'Pamatojums', bold=True)
para(d, 'MIP: moduļos nav ietverta elektroietaišu drošības prasību apguve atbilstoši aktuālajiem noteikumiem, zemsprieguma sadalnes montāža aprakstīta virspusēji, vērtēšanas kritēriji moduļiem B3 un B4 nav izmērāmi. Programma jāpārstrādā un jāiesniedz atkārtoti.')
para(d, 'PKE: jāprecizē praktiskā uzdevuma vērtēšanas lapa (punktu sadalījums), pārējais atbilst profesijas standartam.')
build('r28b03_elektrotehnikis_MIP_PKE_atzinums_ABerzina.docx', d,
      rows=[('elektrotehniķis', 'MIP', X, 'Agnese Bērziņa', '2026-03-18', 4),
            ('elektrotehniķis', 'PKE', N, 'Agnese Bērziņa', '2026-03-18', 4)],
      note='w14 checkbox content controls in a grid (option rows × MIP/PKE cols); expert name+date only in page header; author empty.')

# ---- 04: legacy FORMCHECKBOX fields
d = new('Dace Ābele', '2026-03-02')
para(d, 'Ekspertīzes lapa', bold=True, size=14)
table(d, [['Kvalifikācijas nosaukums:', 'Meža mašīnu operators'],
          ['Līmenis:', 'LKI 3. līmenis'],
          ['Eksperts:', 'Andris Krūmiņš, SIA “Forest Machinery Service”']])
para(d)
for docname, chosen in [('Modulārā izglītības programma', 0), ('Kvalifikācijas eksāmena saturs', 0)]:
    para(d, docname, bold=True)
    for i, o in enumerate(OPT3):
        p = para(d)
        legacy_box(p, i == chosen, use_default=(docname.startswith('K')), name='Check%d' % i)
        run(p, ' ' + o[0].upper() + o[1:])
para(d)
para(d, 'Komentārs: MIP un PKE savstarpēji saskaņoti, mašīnu simulatora izmantošana praktiskajās mācībās vērtējama ļoti pozitīvi.')
para(d, 'Datums: 2026. gada 2. martā')
build('r28b04_meza masinu operators_ekspertize_Krumins.docx', d,
      rows=[('meža mašīnu operators', 'MIP', S, 'Andris Krūmiņš', '2026-03-02', 3),
            ('meža mašīnu operators', 'PKE', S, 'Andris Krūmiņš', '2026-03-02', 3)],
      note='Legacy FORMCHECKBOX fields (MIP uses w:checked, PKE uses w:default=1); no text in the mark. Author = coordinator.')

# ---- 05: nevajadzīgo svītrot
d = new('Guntis Sproģis', '2026-03-25')
para(d, 'EKSPERTA ATZINUMS', bold=True)
table(d, [['Kvalifikācija', 'Koka izstrādājumu ražošanas tehniķis, 4. LKI līmenis'],
          ['Eksperts', 'Guntis Sproģis'],
          ['Datums', '25.03.2026.']])
para(d)
para(d, 'Slēdziens (nevajadzīgo svītrot):', italic=True)
for lab, chosen in [('MIP', 1), ('PKE', 0)]:
    p = para(d); run(p, lab + ': ', bold=True)
    for i, o in enumerate(OPT3):
        run(p, o, strike=(i != chosen))
        if i < 2: run(p, ' / ')
para(d)
para(d, 'MIP precizējumi: 1) modulī “Kokmateriālu žāvēšana” jānorāda mitruma mērīšanas metodes; 2) jāsaskaņo moduļu kodi ar PKE specifikāciju.')
build('r28b05_KIRT_atzinums_Sprogis_svitrots.docx', d,
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', N, 'Guntis Sproģis', '2026-03-25', 4),
            ('koka izstrādājumu ražošanas tehniķis', 'PKE', S, 'Guntis Sproģis', '2026-03-25', 4)],
      note='"Nevajadzīgo svītrot": all three options in one paragraph per doc, non-chosen have strikethrough.')

# ---- 06: Wingdings w:sym, alias VGK
d = new('Santa Vītola', '2026-03-20')
para(d, 'Atzinums par VGK sistēmu tehniķa MIP un PKE', bold=True, size=13)
table(d, [['Kvalifikācija', 'VGK sistēmu tehniķis'],
          ['Eksperts', 'Edgars Lūsis'],
          ['Datums', '2026. gada 20. marts']])
para(d)
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
for j, h in enumerate(['', 'MIP', 'PKE']): cellp(t.cell(0, j), h, bold=True)
ch = {'MIP': 1, 'PKE': 2}
for i, o in enumerate(['atbalstāms, virzāms saskaņošanai', 'atbalstāms ar precizējumiem', 'nav atbalstāms']):
    cellp(t.cell(i + 1, 0), o)
    for j, k in enumerate(['MIP', 'PKE']):
        sym(t.cell(i + 1, j + 1).paragraphs[0], 'F0FE' if ch[k] == i else 'F0A8')
para(d)
para(d, 'PKE praktiskajā daļā nav iekļauta sistēmas palaišana un regulēšana, kas ir kvalifikācijas pamatprasība; teorijas testā 40 % jautājumu attiecas uz aukstumiekārtām, nevis ventilāciju. Eksāmena saturs jāpārstrādā.')
para(d, 'MIP – jāprecizē moduļu apjoms kredītpunktos.')
build('r28b06_VGK_sist_tehn_Lusis.docx', d,
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', N, 'Edgars Lūsis', '2026-03-20', 4),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', X, 'Edgars Lūsis', '2026-03-20', 4)],
      note='Wingdings w:sym F0FE (checked) / F0A8 (empty) grid; qualification only by alias "VGK sistēmu tehniķis".')

# ---- 07: Outlook e-mail (LV headers), MIP only, PKE by colleague; quoted request lists options
d = new('Santa Vītola', '2026-02-24')
table(d, [['No:', 'Raimonds Celms <raimonds.celms@energo-serviss.lv>'],
          ['Nosūtīts:', 'otrdiena, 2026. gada 24. februāris 16:42'],
          ['Kam:', 'Santa Vītola <santa.vitola@lddk.lv>'],
          ['Tēma:', 'RE: Elektromontieris MIP ekspertīze']], style=None)
para(d)
para(d, 'Labdien, Santa!')
para(d, 'Izskatīju elektromontiera programmu. Kopumā atbalstu, bet saskaņošanai var virzīt tikai tad, kad būs izlabots moduļa “Apgaismes tīklu montāža” stundu apjoms (tagad 40 st., vajag vismaz 80) un papildināts darba drošības modulis ar darbu augstumā.')
para(d, 'PKE daļu skatīsies Raivis Dzenis, kā runājām sapulcē, tāpēc par eksāmenu es neko nerakstu.')
para(d, 'Ar cieņu,\nRaimonds')
para(d, '________________________________')
para(d, 'From: Santa Vītola\nSent: 2026. gada 10. februāris 9:15\nSubject: Elektromontieris MIP ekspertīze', italic=True)
para(d, 'Sveiks, Raimond! Pielikumā elektromontiera (LKI 3) MIP. Lūdzu atzinumā norādīt vienu no variantiem: “saturs ir atbalstāms un virzāms saskaņošanai”, “saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai “saturs nav atbalstāms”. Termiņš 27.02. Paldies! Santa', italic=True)
build('r28b07_RE Elektromontieris MIP ekspertize.docx', d,
      rows=[('elektromontieris', 'MIP', N, 'Raimonds Celms', '2026-02-24', 3)],
      note='Outlook reply printed to Word; verdict = "atbalstu, bet ... var virzīt tikai tad, kad" (condition). PKE explicitly assigned to another expert -> no row. Quoted request lists all options (trap). Date from Nosūtīts header.')

# ---- 08: Gmail, English headers, no diacritics
d = new('lddk.koordinators', '2026-03-09')
para(d, 'Gmail - Re: Datorizetu kokapstrades iekartu operatora MIP un PKE', bold=True)
para(d, 'Kristaps Bite <kristaps.bite@gmail.com>\t\tMon, Mar 9, 2026 at 8:07 PM\nTo: Dace Abele <dace.abele@lddk.lv>')
para(d, 'Sveiki,')
para(d, 'paskatijos abus dokumentus.')
para(d, 'MIP - atbalstams un virzams saskanosanai, labi sastradats, CNC programmesanas moduli ir pietiekami detalizeti.')
para(d, 'PKE - saja redakcija neatbalstu. Prakstiskais uzdevums ir paredzets uz 3 axu frezi, bet skolam lielakoties ir 5 asu iekartas un uznemumos ari, tad uzdevums neatbilst nozares situacijai. Teorijas jautajumi dublejas. Japarstrada un jasuta vel reizi.')
para(d, 'Kristaps')
para(d, 'On Tue, Feb 24, 2026 at 11:30 AM Dace Abele <dace.abele@lddk.lv> wrote:', italic=True)
para(d, '> Labdien! Nosutu datorizetu kokapstrades iekartu operatora (LKI 4) MIP un PKE ekspertizei. Ludzu sniegt atzinumu lidz 10.03.\n> Dace Abele, LDDK projekta koordinatore', italic=True)
build('r28b08_Re_Datorizetu kokapstrades iekartu operatora MIP un PKE.docx', d,
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', S, 'Kristaps Bite', '2026-03-09', 4),
            ('datorizētu kokapstrādes iekārtu operators', 'PKE', X, 'Kristaps Bite', '2026-03-09', 4)],
      note='Gmail print, English header lines, whole text without diacritics and with typos; "saja redakcija neatbalstu". Expert from sender line; date from reply timestamp.')

# ---- 09: criterion tables Jā/Nē with overall row
d = new('Vilnis Grīnbergs', '2026-03-27')
para(d, 'Mehatronisko sistēmu tehniķis (LKI 4) — ekspertīzes kritēriju tabulas', bold=True)
para(d, 'Eksperts: Vilnis Grīnbergs, nozare: mašīnbūve un metālapstrāde')
para(d, '1. tabula. MIP', bold=True)
table(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
          ['1.', 'Mācību rezultāti atbilst profesijas standartam', 'Jā', ''],
          ['2.', 'Moduļu secība ir loģiska', 'Jā', ''],
          ['3.', 'Iekļautas nozarē aktuālās jaunās prasmes (PLC, robotika)', 'Nē', 'Robotu programmēšana tikai izvēles modulī, jāpārceļ uz obligāto daļu'],
          ['4.', 'Vērtēšanas kritēriji ir izmērāmi', 'Daļēji', 'B2 modulī jāprecizē'],
          ['', 'Kopvērtējums', 'Atbalstāms ar precizējumiem — virzīt saskaņošanai pēc 3. un 4. punkta novēršanas', '']], bold_first=True)
para(d)
para(d, '2. tabula. PKE', bold=True)
table(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
          ['1.', 'Eksāmena uzdevumi aptver profesijas standarta kompetences', 'Jā', ''],
          ['2.', 'Praktiskais uzdevums izpildāms paredzētajā laikā', 'Jā', 'Pārbaudīts ar uzņēmuma speciālistiem'],
          ['3.', 'Vērtēšanas lapa ir skaidra', 'Jā', ''],
          ['', 'Kopvērtējums', 'Atbalstāms, virzāms saskaņošanai', '']], bold_first=True)
para(d)
para(d, 'Rīgā, 27.03.2026.')
build('r28b09_Mehatronika_kriteriju_tabula_Grinbergs.docx', d,
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', N, 'Vilnis Grīnbergs', '2026-03-27', 4),
            ('mehatronisko sistēmu tehniķis', 'PKE', S, 'Vilnis Grīnbergs', '2026-03-27', 4)],
      note='Two criterion tables Jā/Nē/Daļēji ending with a Kopvērtējums row that carries the verdict; "Nē" criteria are not verdicts.')

# ---- 10: multi-qualification table (3 quals x MIP/PKE)
d = new('Inese Rozenberga', '2026-03-31')
para(d, 'Enerģētikas nozares ekspertes kopsavilkums par izvērtētajām programmām', bold=True)
para(d, 'Eksperte: Inese Rozenberga')
table(d, [['Kvalifikācija', 'LKI', 'MIP', 'PKE', 'Piezīmes'],
          ['Elektromontieris', '3', 'atbalstu, var virzīt saskaņošanai', 'atbalstu pēc precizējumiem', 'PKE: jāsamazina teorijas jautājumu skaits līdz 30'],
          ['Elektrotehniķis', '4', 'atbalstu ar precizējumiem', 'atbalstu, var virzīt saskaņošanai', 'MIP: atjaunot atsauces uz LVS standartiem'],
          ['Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', '3', 'neatbalstu', 'neatbalstu', 'Abi dokumenti pamatā pārkopēti no aukstumiekārtu programmas, jāizstrādā no jauna']],
      bold_first=True)
para(d)
table(d, [['Paraksts / datums', 'I. Rozenberga, 31.03.2026.']])
build('r28b10_Energetika_kopsavilkums_Rozenberga.docx', d,
      rows=[('elektromontieris', 'MIP', S, 'Inese Rozenberga', '2026-03-31', 3),
            ('elektromontieris', 'PKE', N, 'Inese Rozenberga', '2026-03-31', 3),
            ('elektrotehniķis', 'MIP', N, 'Inese Rozenberga', '2026-03-31', 4),
            ('elektrotehniķis', 'PKE', S, 'Inese Rozenberga', '2026-03-31', 4),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', X, 'Inese Rozenberga', '2026-03-31', 3),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', X, 'Inese Rozenberga', '2026-03-31', 3)],
      note='One expert, three qualifications in rows, first-person verdicts in MIP/PKE columns; full name in body, initial in signature cell.')

# ---- 11: NOT a review: assignment table
d = new('Dace Ābele', '2026-01-14')
para(d, 'Ekspertu sadalījums MIP un PKE ekspertīzei, projekta 4. posms', bold=True)
para(d, 'Lūdzam ekspertus atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.')
table(d, [['Kvalifikācija', 'Eksperts', 'MIP', 'PKE', 'Termiņš'],
          ['Mēbeļu galdnieks', 'Ilze Kalniņa', 'X', 'X', '13.03.2026.'],
          ['Meža mašīnu operators', 'Andris Krūmiņš', 'X', 'X', '06.03.2026.'],
          ['Elektromontieris', 'Raimonds Celms / Raivis Dzenis', 'R. Celms', 'R. Dzenis', '27.02.2026.'],
          ['Mehatronisko sistēmu tehniķis', 'Vilnis Grīnbergs', 'X', 'X', '31.03.2026.']], bold_first=True)
para(d, 'Metodisko atbalstu ekspertiem sniedz projekta koordinatore Dace Ābele.')
build('r28b11_ekspertu sadalijums 4 posms.docx', d, problems=['no_verdict'],
      note='NOT a review: coordinator assignment table with X marks (assignment, not verdict) and list of options as instruction.')

# ---- 12: NOT a review: meeting minutes
d = new('Santa Vītola', '2026-02-18')
para(d, 'SANĀKSMES PROTOKOLS Nr. 3', bold=True)
table(d, [['Datums', '2026. gada 18. februāris'], ['Vieta', 'LDDK, Raiņa bulvāris 4, Rīga / Teams'],
          ['Piedalās', 'S. Vītola, D. Ābele, R. Celms, I. Rozenberga, E. Lūsis']])
para(d, 'Darba kārtība: 1) MIP un PKE ekspertīžu gaita; 2) atzinumu veidlapa.', bold=True)
para(d, '1. S. Vītola informē, ka motorzāģa operatora un mežsaimniecības tehniķa ekspertīzes ir pabeigtas. Nozares uzņēmumi atbalsta ideju par simulatoru izmantošanu eksāmenā.')
para(d, '2. Nolemj: atzinuma veidlapā saglabāt trīs variantus (atbalstāms un virzāms saskaņošanai; atbalstāms, pēc precizējumiem virzāms; nav atbalstāms); ekspertiem atzīmēt vienu.')
para(d, '3. E. Lūsis norāda, ka VGK kvalifikāciju PKE, visticamāk, nebūs atbalstāms esošajā redakcijā, bet atzinumu sniegs pēc pilnas izskatīšanas.')
para(d, 'Protokolēja: Santa Vītola')
build('r28b12_protokols_2026-02-18.docx', d, problems=['no_verdict'],
      note='NOT a review: minutes; mentions verdict words, a tentative "visticamāk nebūs atbalstāms" and "uzņēmumi atbalsta".')

# ---- 13: NOT a review: instructions with example form
d = new('VISC', '2026-01-08')
para(d, 'Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai', bold=True, size=13)
para(d, '1. Eksperts izvērtē, vai iesniegtais saturs atbilst profesijas standartam un kvalifikācijas prasībām.')
para(d, '2. Atzinuma veidlapā eksperts atzīmē vienu no slēdzieniem:')
for i, o in enumerate(OPT3):
    p = para(d); glyph(p, '\u2610'); run(p, ' ' + o)
para(d, '3. Ja saturs nav atbalstāms, eksperts norāda būtiskākās nepilnības.')
para(d, 'Piemērs aizpildītai tabulai:', italic=True)
table(d, [['Kvalifikācija', 'Dokuments', 'Slēdziens'], ['(piem.) Mēbeļu galdnieks', 'MIP', '☒ atbalstāms un virzāms saskaņošanai']])
build('r28b13_Noradijumi_ekspertiem_VISC.docx', d, problems=['no_verdict'],
      note='NOT a review: instructions with the empty form and an example row that looks like a filled verdict.')

# ---- 14: NOT a review: letter on letterhead
d = new('Laura Mežule', '2026-04-03')
header(d, 'VALSTS IZGLĪTĪBAS SATURA CENTRS\nVaļņu iela 2, Rīga, LV-1050, tālr. 67216500, visc@visc.gov.lv')
para(d, 'Rīgā, 03.04.2026.  Nr. 4.2-8/412')
para(d, 'Latvijas Darba devēju konfederācijai')
para(d, 'Par ekspertu iesaisti projekta 5. posmā', bold=True)
para(d, 'Pateicamies par sadarbību un nozaru ekspertu sniegto atbalstu MIP un PKE satura ekspertīzē. Lūdzam līdz 2026. gada 30. aprīlim deleģēt ekspertus kokapstrādes iekārtu operatora un būvizstrādājumu galdnieka PKE atkārtotai ekspertīzei, jo iepriekšējā redakcija netika atbalstīta.')
para(d, 'Projekta vadītāja\tLaura Mežule')
build('r28b14_VISC vestule par 5 posmu.docx', d, problems=['no_verdict'],
      note='NOT a review: official letter with letterhead in page header; mentions earlier "netika atbalstīta" (history) and "atbalstu" as noun.')

# ---- 15: tracked changes: verdict changed in cell
d = new('Santa Vītola', '2026-03-16')
para(d, 'Atzinums par kvalifikācijas “Būvizstrādājumu galdnieks” programmu un eksāmenu', bold=True)
t = table(d, [['Eksperts', 'Normunds Eglītis'], ['Datums', '16.03.2026'], ['LKI līmenis', '4'],
              ['MIP slēdziens', None], ['PKE slēdziens', 'Saturs atbalstāms un virzāms saskaņošanai.']])
p = t.cell(3, 1).paragraphs[0]
run(p, 'Saturs ')
dele(p, 'nav atbalstāms, jo logu bloku izgatavošanas modulis neatbilst standartam.', author='Normunds Eglītis', date='2026-03-16T14:02:00Z')
ins(p, 'ir atbalstāms; pēc precizējumu veikšanas (logu bloku modulis, sk. komentārus) virzāms saskaņošanai.', author='Normunds Eglītis', date='2026-03-16T14:03:00Z')
para(d)
para(d, 'Piezīme: pēc sarunas ar darba grupas vadītāju skola apņēmās logu bloku izgatavošanas moduli papildināt, tāpēc slēdzienu mainīju.')
build('r28b15_Buvizstradajumu galdnieks_Eglitis_labots.docx', d,
      rows=[('būvizstrādājumu galdnieks', 'MIP', N, 'Normunds Eglītis', '2026-03-16', 4),
            ('būvizstrādājumu galdnieks', 'PKE', S, 'Normunds Eglītis', '2026-03-16', 4)],
      note='Track changes in MIP cell: w:del "nav atbalstāms" replaced by w:ins "ir atbalstāms; pēc precizējumu ... virzāms". Current = needs_corrections.')

# ---- 16: unknown qualification (metinātājs)
d = new('Oskars Vanags', '2026-04-21')
para(d, 'NOZARES EKSPERTA ATZINUMS', bold=True)
table(d, [['Profesionālā kvalifikācija', 'Metinātājs'], ['LKI', '3'], ['Nozare', 'Mašīnbūve un metālapstrāde'],
          ['Eksperts', 'Oskars Vanags'], ['Datums', '21.04.2026.']])
para(d)
table(d, [['Dokuments', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms pēc precizējumiem', 'Nav atbalstāms'],
          ['MIP', 'X', '', ''], ['PKE', 'X', '', '']], bold_first=True)
para(d, 'MAG un TIG metināšanas moduļi izstrādāti ļoti kvalitatīvi; nav iebildumu.')
build('r28b16_Metinatajs_atzinums_Vanags.docx', d,
      rows=[('metinātājs', 'MIP', S, 'Oskars Vanags', '2026-04-21', 3),
            ('metinātājs', 'PKE', S, 'Oskars Vanags', '2026-04-21', 3)],
      problems=['unknown_qualification'],
      note='Qualification not in the register (metinātājs); LKI taken from the form. X in option columns.')

# ---- 17: form with remarks but no verdict marked
d = new('Dace Ābele', '2026-03-05')
para(d, 'Ekspertīzes veidlapa — MIP', bold=True)
table(d, [['Kvalifikācija', 'Kokapstrādes iekārtu operators'], ['Eksperts', 'Mārtiņš Kalējs'], ['Datums', '05.03.2026.'],
          ['Vērtētais dokuments', 'tikai MIP (PKE vēl izstrādē)']])
para(d)
table(d, [['Nr.', 'Eksperta piezīmes'],
          ['1.', 'Modulī “Zāģēšanas iekārtas” trūkst lentzāģa apkopes.'],
          ['2.', 'Ieteicams vairāk prakses uzņēmumā, nepieciešami precizējumi stundu sadalījumā.'],
          ['3.', 'Pārējie moduļi atbilst nozares vajadzībām.']], bold_first=True)
para(d)
para(d, 'Slēdziens:', bold=True)
for o in OPT3:
    p = para(d); glyph(p, '\u2610'); run(p, ' ' + o)
build('r28b17_KIO_MIP_Kalejs.docx', d,
      rows=[('kokapstrādes iekārtu operators', 'MIP', U, 'Mārtiņš Kalējs', '2026-03-05', 3)],
      problems=['no_verdict'],
      note='Form filled with remarks, but none of the three ☐ options is checked -> unknown + no_verdict. PKE not covered ("vēl izstrādē") -> no row.')

# ---- 18: conflict: both options ticked for PKE
d = new('Zane Puriņa', '2026-03-23')
para(d, 'Atzinums: ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks, LKI 3', bold=True)
table(d, [['Eksperte', 'Zane Puriņa'], ['Datums', '23.03.2026.']])
para(d)
t = d.add_table(rows=4, cols=3); t.style = 'Table Grid'
for j, h in enumerate(['Slēdziens', 'MIP', 'PKE']): cellp(t.cell(0, j), h, bold=True)
marks = {'MIP': {0}, 'PKE': {0, 2}}
for i, o in enumerate(OPT3):
    cellp(t.cell(i + 1, 0), o)
    for j, k in enumerate(['MIP', 'PKE']):
        cellp(t.cell(i + 1, j + 1), '\u2612' if i in marks[k] else '\u2610', font='MS Gothic')
para(d)
para(d, 'MIP izstrādāts rūpīgi. PKE praktiskais uzdevums atbilst, teorijas daļa jāpārskata.')
build('r28b18_VGK remontatslednieks_Purina.docx', d,
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', S, 'Zane Puriņa', '2026-03-23', 3),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', U, 'Zane Puriņa', '2026-03-23', 3)],
      problems=['conflict'],
      note='PKE column has two ☒ (supported and not supported) and the prose is mixed -> unknown + conflict. MIP clear.')

# ---- 19: KV with value below (vertical), name in Paraksts/datums cell
d = new('Santa Vītola', '2026-03-30')
para(d, 'Ekspertīzes atzinums', bold=True, size=14)
table(d, [['Profesionālās kvalifikācijas nosaukums'], ['Mežsaimniecības tehniķis (LKI 4. līmenis)'],
          ['Modulārās izglītības programmas vērtējums'],
          ['Programma atbalstāma. Pirms virzīšanas saskaņošanai jāprecizē meža inventarizācijas moduļa apraksts un jāaktualizē normatīvo aktu saraksts.'],
          ['Profesionālās kvalifikācijas eksāmena vērtējums'],
          ['Arī eksāmena saturu atbalstu ar nosacījumu, ka praktiskajā uzdevumā tiks iekļauta darba ar GIS rīkiem pārbaude.'],
          ['Paraksts / datums'], ['Baiba Strazdiņa                    30.03.2026.']])
build('r28b19_Mezsaimniecibas tehnikis - galigais.docx', d,
      rows=[('mežsaimniecības tehniķis', 'MIP', N, 'Baiba Strazdiņa', '2026-03-30', 4),
            ('mežsaimniecības tehniķis', 'PKE', N, 'Baiba Strazdiņa', '2026-03-30', 4)],
      note='One-column table, label row then value row; MIP condition in next sentence; PKE "atbalstu ar nosacījumu, ka"; name only in Paraksts/datums cell.')

# ---- 20: vajadzīgo pasvītrot (underline)
d = new('Santa Vītola', '2026-02-12')
para(d, 'Motorzāģa operators — MIP un PKE ekspertīze', bold=True)
para(d, 'Eksperts: Uldis Avotiņš                                           Datums: 12.02.2026.')
para(d, 'Slēdziens (vajadzīgo pasvītrot)', italic=True)
for lab, chosen in [('MIP', 2), ('PKE', 0)]:
    p = para(d); run(p, lab + ' ', bold=True)
    for i, o in enumerate(OPT3):
        run(p, o, underline=(i == chosen))
        if i < 2: run(p, '   |   ')
para(d)
para(d, 'MIP neatbilst 2025. gadā pilnveidotajai kvalifikācijas struktūrai: nav iekļauta akumulatora motorzāģu apkope, koku gāšanas tehnikas modulis ir novecojis. Programmu jāpārstrādā pilnībā.')
build('r28b20_motorzaga_operators_Avotins.docx', d,
      rows=[('motorzāģa operators', 'MIP', X, 'Uldis Avotiņš', '2026-02-12', 3),
            ('motorzāģa operators', 'PKE', S, 'Uldis Avotiņš', '2026-02-12', 3)],
      note='"Vajadzīgo pasvītrot": chosen option underlined, others plain; metadata in one line with tab-like spaces.')

# ---- 21: X column form, second round with history
d = new('Santa Vītola', '2026-04-15')
para(d, 'Atkārtota ekspertīze (2. kārta)', bold=True)
table(d, [['Kvalifikācija', 'Elektrotehniķis'], ['Eksperte', 'Agnese Bērziņa'], ['Datums', '15.04.2026'],
          ['Iepriekšējā kārta', '18.03.2026: MIP — nav atbalstāms; PKE — atbalstāms pēc precizējumiem']])
para(d)
table(d, [['Slēdziens', 'MIP', 'PKE'],
          ['Saturs ir atbalstāms un virzāms saskaņošanai', 'X', 'X'],
          ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', ''],
          ['Saturs nav atbalstāms', '', '']], bold_first=True)
para(d)
para(d, 'Darba grupa ir novērsusi visus 1. kārtā norādītos trūkumus, drošības prasību modulis pārstrādāts.')
build('r28b21_RE_elektrotehnikis_2karta.docx', d,
      rows=[('elektrotehniķis', 'MIP', S, 'Agnese Bērziņa', '2026-04-15', 4),
            ('elektrotehniķis', 'PKE', S, 'Agnese Bērziņa', '2026-04-15', 4)],
      note='Second round; history row states old verdicts (must be ignored); current X marks give supported for both. Same expert as file 03.')

# ---- 22: ✓ in cells, no diacritics
d = new('', '2026-03-11')
para(d, 'EKSPERTIZES ATZINUMS', bold=True)
table(d, [['Kvalifikacija:', 'Datorizetu kokapstrades iekartu operators, LKI 4'],
          ['Eksperts:', 'Edite Lace'], ['Datums:', '11.03.2026']])
para(d)
table(d, [['', 'atbalstams un virzams saskanosanai', 'atbalstams, pec precizejumu veiksanas virzams saskanosanai', 'nav atbalstams'],
          ['MIP', '', '\u2713', ''], ['PKE', '', '\u2713', '']])
para(d, 'Precizejumi: MIP - papildinat CAM moduli; PKE - vertesanas kriteriji praktiskajam uzdevumam.')
build('r28b22_DKIO_atzinums_Lace.docx', d,
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', N, 'Edite Lace', '2026-03-11', 4),
            ('datorizētu kokapstrādes iekārtu operators', 'PKE', N, 'Edite Lace', '2026-03-11', 4)],
      note='Whole file without diacritics; ✓ in option columns. Expert name kept as written (Lace, no diacritics). Author empty.')

# ---- 23: company letterhead, Slēdziens table outranks body remarks
d = new('Māris Liepiņš', '2026-03-28')
header(d, 'SIA “Mehatronika Baltic”  |  Reģ. Nr. 40103999999  |  Ganību dambis 17, Rīga')
para(d, 'LDDK projekta koordinatorei Santai Vītolai')
para(d, 'Par mehatronisko sistēmu tehniķa (LKI 4) MIP un PKE saturu', bold=True)
para(d, 'Esmu iepazinies ar darba grupas iesniegtajiem dokumentiem. Būtiskākās piezīmes:')
para(d, '• MIP: pneimatikas modulī nav atbalstāma pieeja, ka visas mācības notiek tikai simulācijā — nepieciešami reāli stendi;')
para(d, '• MIP: neskatoties uz labu struktūru, trūkst industriālo tīklu (Profinet) pamatu;')
para(d, '• PKE: teorētiskās daļas jautājumi Nr. 12–15 jāformulē precīzāk.')
table(d, [['Slēdziens', ''], ['MIP', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
          ['PKE', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai']], bold_first=True)
para(d)
para(d, 'Ar cieņu,\nDr. sc. ing. Māris Liepiņš\nvaldes loceklis\n2026. gada 28. martā')
build('r28b23_Mehatronika_Liepins_vestule.docx', d,
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', N, 'Māris Liepiņš', '2026-03-28', 4),
            ('mehatronisko sistēmu tehniķis', 'PKE', N, 'Māris Liepiņš', '2026-03-28', 4)],
      note='Letter-shaped review on company letterhead; body "nav atbalstāma pieeja" is a remark, Slēdziens table rules. Title Dr. sc. ing. stripped.')

# ---- 24: very short, footer only
d = new('Santa Vītola', '2026-03-03')
header(d, 'Raivis Dzenis, 03.03.2026', footer=True)
table(d, [['Elektromontieris – PKE', ''], ['Vērtējums', 'Atbalstu. Var virzīt.'], ['Piezīmes', '–']])
build('r28b24_Dzenis_PKE.docx', d,
      rows=[('elektromontieris', 'PKE', S, 'Raivis Dzenis', '2026-03-03', 3)],
      note='Very short 3-row table; name and date in footer only; "Atbalstu. Var virzīt." = supported. PKE only.')

# ---- 25: long form with numbered remarks in cells
d = new('Mārtiņš Kalējs', '2026-04-28')
para(d, 'NOZARES EKSPERTA ATZINUMS PAR MIP UN PKE SATURU', bold=True, size=13)
table(d, [['Profesionālā kvalifikācija', 'Kokapstrādes iekārtu operators'], ['LKI līmenis', '3'],
          ['Izglītības iestāde', 'Ogres tehnikums'], ['Ekspertīzes kārta', '2. kārta (pēc 05.03.2026. piezīmēm)'],
          ['Eksperts', 'Mārtiņš Kalējs'], ['Datums', '28.04.2026.']])
para(d)
para(d, 'I. MIP izvērtējums', bold=True)
table(d, [['Nr.', 'Modulis', 'Eksperta piezīmes'],
          ['1.', 'Kokmateriālu īpašības', 'Saturs atbilst. Nav iebildumu.'],
          ['2.', 'Zāģēšanas iekārtas', 'Lentzāģa apkope iekļauta, kā prasīts 1. kārtā. Nepieciešami tikai nelieli redakcionāli labojumi.'],
          ['3.', 'Frēzēšanas un ēvelēšanas iekārtas', 'Jāpapildina ar četrpusējo ēvelmašīnu iestatīšanu; pašlaik aprakstīta tikai biezumēvele.'],
          ['4.', 'Darba aizsardzība', 'Neskatoties uz iepriekšējo piezīmi, joprojām nav putekļu nosūces sistēmu apkopes. Jāpapildina.'],
          ['5.', 'Kvalitātes kontrole', 'Labi sastrādāts, ieteicams pievienot praktisko darbu ar mitruma mērītāju.'],
          ['6.', 'Prakse uzņēmumā', 'Apjoms (320 st.) atbilstošs.']], bold_first=True)
para(d)
para(d, 'II. PKE izvērtējums', bold=True)
table(d, [['Nr.', 'Eksāmena daļa', 'Eksperta piezīmes'],
          ['1.', 'Teorētiskā daļa', 'No 40 jautājumiem 11 attiecas uz mēbeļu montāžu, kas nav šīs kvalifikācijas kompetence. Vairāki jautājumi ar divām pareizām atbildēm.'],
          ['2.', 'Praktiskā daļa', 'Uzdevums (taburetes izgatavošana) neatbilst kvalifikācijas būtībai — operatoram jāpārbauda iekārtu iestatīšana un sagatavju ražošana sērijā, nevis izstrādājuma montāža.'],
          ['3.', 'Vērtēšanas kritēriji', 'Nav saistīti ar praktisko uzdevumu, punktu skala nav pamatota.']], bold_first=True)
para(d)
para(d, 'III. Slēdziens', bold=True)
table(d, [['MIP', 'Saturs ir atbalstāms; pēc precizējumu veikšanas (3. un 4. punkts) virzāms saskaņošanai.'],
          ['PKE', 'Saturs nav atbalstāms. Eksāmens jāizstrādā no jauna un jāiesniedz atkārtotai ekspertīzei.']])
para(d)
para(d, 'Eksperts ir gatavs sniegt metodisko atbalstu darba grupai, ja tas nepieciešams.', italic=True)
build('r28b25_Kokapstrades iekartu operators_MIP_PKE_2karta_Kalejs.docx', d,
      rows=[('kokapstrādes iekārtu operators', 'MIP', N, 'Mārtiņš Kalējs', '2026-04-28', 3),
            ('kokapstrādes iekārtu operators', 'PKE', X, 'Mārtiņš Kalējs', '2026-04-28', 3)],
      note='Long form, remarks tables with traps ("nav iebildumu", "nepieciešami", "neskatoties uz", "metodisko atbalstu"); Slēdziens table rules. 2nd round of file 17 expert.')

# ---- 26: two qualifications, one not in register
d = new('Inese Rozenberga', '2026-05-12')
para(d, 'Atzinums par MIP un PKE saturu (5. posms)', bold=True)
para(d, 'Eksperte: Inese Rozenberga, 12.05.2026.')
table(d, [['Kvalifikācija', 'LKI', 'Dokuments', 'Slēdziens'],
          ['Saules elektrostaciju montētājs', '3', 'MIP', 'atbalstāms un virzāms saskaņošanai'],
          ['', '', 'PKE', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
          ['Elektrotehniķis', '4', 'MIP', 'atbalstāms un virzāms saskaņošanai (izvērtēta tālākizglītības programmas versija)'],
          ['', '', 'PKE', 'nav atbalstāms – eksāmenā nav ietverta elektroietaišu pārbaude pēc montāžas']], bold_first=True)
para(d)
para(d, 'Saules elektrostaciju montētāja PKE: jānorāda, kāds invertors izmantojams praktiskajā uzdevumā.')
build('r28b26_Rozenberga_saules_elektrostacijas_elektrotehnikis.docx', d,
      rows=[('saules elektrostaciju montētājs', 'MIP', S, 'Inese Rozenberga', '2026-05-12', 3),
            ('saules elektrostaciju montētājs', 'PKE', N, 'Inese Rozenberga', '2026-05-12', 3),
            ('elektrotehniķis', 'MIP', S, 'Inese Rozenberga', '2026-05-12', 4),
            ('elektrotehniķis', 'PKE', X, 'Inese Rozenberga', '2026-05-12', 4)],
      problems=['unknown_qualification'],
      note='Table with merged-looking empty cells for the second row of each qualification; one qualification not in register.')

# ---- 27: nested table inside outer form cell
d = new('Dace Ābele', '2026-04-09')
para(d, 'Ekspertīzes atzinums', bold=True, size=13)
outer = table(d, [['Kvalifikācija', 'Meža mašīnu operators'], ['Eksperts / datums', 'Ģirts Lapsa / 09.04.2026.'], ['Slēdziens', '']])
c = outer.cell(2, 1)
inner = c.add_table(rows=3, cols=2)
inner.style = 'Table Grid'
cellp(inner.cell(0, 0), 'Dokuments', bold=True); cellp(inner.cell(0, 1), 'Vērtējums', bold=True)
cellp(inner.cell(1, 0), 'MIP'); cellp(inner.cell(1, 1), 'Atbalstāma ar precizējumiem; pēc tam virzīt saskaņošanai.')
cellp(inner.cell(2, 0), 'PKE'); cellp(inner.cell(2, 1), 'Pašreizējā redakcijā nav atbalstāms.')
para(d)
para(d, 'PKE praktiskajā uzdevumā paredzēts harvestera vadīšanas eksāmens mežā bez simulatora sagatavošanās posma; tas nav droši. MIP jāprecizē forvardera moduļa stundas.')
build('r28b27_MMO_atzinums_Lapsa.docx', d,
      rows=[('meža mašīnu operators', 'MIP', N, 'Ģirts Lapsa', '2026-04-09', 3),
            ('meža mašīnu operators', 'PKE', X, 'Ģirts Lapsa', '2026-04-09', 3)],
      note='Verdicts inside a nested table within the outer form cell; "Eksperts / datums" combined cell.')

# ---- 28: Outlook English headers, PKE only for two qualifications
d = new('Santa Vītola', '2026-04-17')
table(d, [['From:', 'Lelde Pētersone <lelde.petersone@mebeles-ltd.lv>'], ['Sent:', 'Friday, April 17, 2026 10:12 AM'],
          ['To:', 'Santa Vītola'], ['Subject:', 'RE: PKE galdniekiem']], style=None)
para(d)
para(d, 'Santa, labrīt!')
para(d, 'Abi eksāmeni izskatīti.')
table(d, [['', 'PKE'], ['Mēbeļu galdnieks', 'atbalstāms un virzāms saskaņošanai'],
          ['Būvizstrādājumu galdnieks', 'atbalstāms, bet pirms saskaņošanas jāpārstrādā vērtēšanas lapa (kļūdas punktu summā)']])
para(d, 'Lelde')
para(d, '-----Original Message-----', italic=True)
para(d, 'Lelde, MIP abām kvalifikācijām jau ir izvērtējusi Ilze, tev lūgums tikai par PKE — mēbeļu galdnieks un būvizstrādājumu galdnieks (abi LKI 4). Paldies! Santa', italic=True)
build('r28b28_RE_PKE galdniekiem.docx', d,
      rows=[('mēbeļu galdnieks', 'PKE', S, 'Lelde Pētersone', '2026-04-17', 4),
            ('būvizstrādājumu galdnieks', 'PKE', N, 'Lelde Pētersone', '2026-04-17', 4)],
      note='Outlook with English header labels; small table in reply; quoted request says MIP done by someone else -> no MIP rows.')

# ---- 29: expert-redesigned columns; name in header, date in footer
d = new('Rūta Zvaigzne', '2026-05-06')
header(d, 'Sagatavoja: Rūta Zvaigzne, SIA “Klimata Risinājumi”')
header(d, 'Versija galīgā, 06.05.2026.', footer=True)
para(d, 'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)', bold=True)
table(d, [['Dokuments', 'Atbalstāms', 'Atbalstāms ar precizējumiem', 'Nav atbalstāms', 'Mans komentārs'],
          ['MIP', 'x', '', '', 'Precizējumi no 1. kārtas ņemti vērā'],
          ['PKE', 'x', '', '', 'OK, var virzīt']], bold_first=True)
build('r28b29_VGK_sistemu_tehnikis_galigais_Zvaigzne.docx', d,
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', S, 'Rūta Zvaigzne', '2026-05-06', 4),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', S, 'Rūta Zvaigzne', '2026-05-06', 4)],
      note='Expert redesigned form: option columns with lowercase x; name only in header, date only in footer.')

# ---- 30: KV table with prose Secinājumi, condition in next sentence
d = new('Santa Vītola', '2026-05-19')
table(d, [['Kvalifikācija', 'motorzāģa operatora'], ['Ekspertīzes kārta', 'atkārtota (pirmā — 12.02.2026.)'],
          ['Eksperts', 'Uldis Avotiņš'], ['Datums', '2026. gada 19. maijā'],
          ['Secinājumi', 'Pārstrādāto programmu atbalstu. Tomēr pirms virzīšanas saskaņošanai vēl jāprecizē akumulatora motorzāģu apkopes moduļa vērtēšanas kritēriji.\nEksāmenu šoreiz nevērtēju, tas jau iepriekš tika atbalstīts.']])
build('r28b30_motorzaga operatora MIP atkartoti_Avotins.docx', d,
      rows=[('motorzāģa operators', 'MIP', N, 'Uldis Avotiņš', '2026-05-19', 3)],
      note='Qualification in genitive ("motorzāģa operatora"); verdict in prose with the condition in the next sentence; PKE explicitly not reviewed this time -> no row.')

# ---- 31: PKE covered without verdict
d = new('Raimonds Celms', '2026-05-25')
para(d, 'Elektromontieris: MIP (2. kārta) un PKE', bold=True)
table(d, [['Eksperts', 'Raimonds Celms'], ['Datums', '25.05.2026'],
          ['MIP', 'Apgaismes tīklu modulis joprojām 40 st. Iepriekšējās piezīmes nav ņemtas vērā, šādā veidā programmu neatbalstu.'],
          ['PKE', 'Izskatīju arī eksāmena saturu. Komentāri ievietoti pašā dokumentā (PKE_elektromontieris_RC.docx), pārrunāsim sanāksmē.']])
build('r28b31_Celms_elektromontieris_MIP_PKE.docx', d,
      rows=[('elektromontieris', 'MIP', X, 'Raimonds Celms', '2026-05-25', 3),
            ('elektromontieris', 'PKE', U, 'Raimonds Celms', '2026-05-25', 3)],
      problems=['no_verdict'],
      note='MIP rejected ("šādā veidā programmu neatbalstu"); PKE covered but no verdict (comments elsewhere) -> unknown + no_verdict.')

# ---- 32: legacy checkbox in table, old PKL level
d = new('Santa Vītola', '2026-02-20')
para(d, 'Ekspertīzes atzinums (veidlapa 2024. gada redakcijā)', bold=True)
table(d, [['Kvalifikācija', 'Elektrotehniķis'], ['Profesionālās kvalifikācijas līmenis', '3. PKL'],
          ['Eksperts', 'Toms Kārkliņš'], ['Datums', '20.02.2026.']])
para(d)
t = d.add_table(rows=3, cols=4); t.style = 'Table Grid'
for j, h in enumerate(['', 'atbalstāms un virzāms saskaņošanai', 'atbalstāms pēc precizējumiem', 'nav atbalstāms']): cellp(t.cell(0, j), h, bold=True)
for i, (lab, ch) in enumerate([('MIP', 1), ('PKE', 1)]):
    cellp(t.cell(i + 1, 0), lab)
    for j in range(3):
        legacy_box(t.cell(i + 1, j + 1).paragraphs[0], j == ch, name='K%d%d' % (i, j))
para(d)
para(d, 'Abos dokumentos jāaizstāj atsauces uz spēku zaudējušiem MK noteikumiem.')
build('r28b32_Elektrotehnikis_Karklins_vecaveidlapa.docx', d,
      rows=[('elektrotehniķis', 'MIP', N, 'Toms Kārkliņš', '2026-02-20', 4),
            ('elektrotehniķis', 'PKE', N, 'Toms Kārkliņš', '2026-02-20', 4)],
      note='Old form stating "3. PKL" (= LKI 4); legacy FORMCHECKBOX (w:checked) in a grid.')

# ---- 33: wood sector multi-qualification summary by one expert
d = new('Laura Priede', '2026-03-30')
para(d, 'Kokrūpniecības nozares eksperta atzinumu kopsavilkums, 4. posms', bold=True)
table(d, [['Nr.', 'Kvalifikācija', 'Dok.', 'Slēdziens'],
          ['1.', 'Motorzāģa operators (3)', 'MIP', 'atbalstīts; virzīt pēc precizējumiem'],
          ['', '', 'PKE', 'atbalstīts un virzāms apstiprināšanai'],
          ['2.', 'Mežsaimniecības tehniķis (4)', 'MIP', 'atbalstīts; pēc precizējumiem virzāms'],
          ['', '', 'PKE', 'atbalstīts bez precizējumiem'],
          ['3.', 'Meža mašīnu operators (3)', 'MIP', 'neatbalstu – jāpārstrādā'],
          ['', '', 'PKE', 'atbalstīts ar nelieliem precizējumiem (vērtēšanas lapa)']], bold_first=True)
para(d)
table(d, [['Paraksts / datums', 'Laura Priede, 30.03.2026.']])
build('r28b33_Kokrupnieciba_kopsavilkums_Priede.docx', d,
      rows=[('motorzāģa operators', 'MIP', N, 'Laura Priede', '2026-03-30', 3),
            ('motorzāģa operators', 'PKE', S, 'Laura Priede', '2026-03-30', 3),
            ('mežsaimniecības tehniķis', 'MIP', N, 'Laura Priede', '2026-03-30', 4),
            ('mežsaimniecības tehniķis', 'PKE', S, 'Laura Priede', '2026-03-30', 4),
            ('meža mašīnu operators', 'MIP', X, 'Laura Priede', '2026-03-30', 3),
            ('meža mašīnu operators', 'PKE', N, 'Laura Priede', '2026-03-30', 3)],
      note='Expert own multi-qualification table; level in brackets; "bez precizējumiem" = supported; name+date only in Paraksts/datums cell.')

# ---- 34: round-history table, newest row counts
d = new('Zane Puriņa', '2026-04-14')
para(d, 'Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks — ekspertīzes vēsture un aktuālais slēdziens', bold=True)
para(d, 'Eksperte: Zane Puriņa')
table(d, [['Kārta', 'Datums', 'MIP', 'PKE'],
          ['1.', '23.03.2026.', 'atbalstāms un virzāms', 'neskaidrs (atzīmēti divi varianti)'],
          ['2. (aktuālā)', '14.04.2026.', 'bez izmaiņām — atbalstāms un virzāms saskaņošanai', 'atbalstāms un virzāms saskaņošanai; teorijas daļa pārskatīta']], bold_first=True)
para(d)
para(d, 'Aktuāls ir 2. kārtas slēdziens.', italic=True)
build('r28b34_VGK_remontatslednieks_2karta_Purina.docx', d,
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', S, 'Zane Puriņa', '2026-04-14', 3),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', S, 'Zane Puriņa', '2026-04-14', 3)],
      note='History table with two rounds; the row marked "aktuālā" counts; date = current round date. Follows file 18.')

# ================================================================ outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level']); w.writerows(ROWS)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(['file', 'code']); w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r28b: forms and tables\n\nBuilt by `build.py`. %d files, %d gold rows, %d problem rows.\n\n| file | design and judgement calls |\n|---|---|\n'
            % (len(FILES), len(ROWS), len(PROBS)))
    for n, note in NOTES:
        f.write('| %s | %s |\n' % (n, note.replace('|', '/')))
print(len(FILES), 'files', len(ROWS), 'rows', len(PROBS), 'problems')
