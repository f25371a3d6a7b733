# Builds the r12b blind set: forms/tables style Latvian expert reviews + gold labels.
import csv, datetime, os
from docx import Document
from docx.shared import Pt
from docx.oxml import parse_xml
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
REG = {}
with open('/work/main/inputs/qualifications.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        REG[r['name']] = r['lki_level']

GOLD, PROBS, NOTES = [], [], []
_id = [100]

def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def add_runs(p, spec):
    """spec: str or list of items: str | (text, fmt) | ('CB', bool) | ('FF', bool) | ('SYM', hex) | ('INS', text) | ('DEL', text) | ('GLYPH', ch)"""
    if isinstance(spec, str):
        spec = [spec]
    for it in spec:
        if isinstance(it, str):
            p.add_run(it); continue
        k, v = it[0], it[1]
        if k == 'CB':
            ch = '☒' if v else '☐'
            p._p.append(parse_xml(
                f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if v else 0}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>'))
        elif k == 'FF':
            _id[0] += 1
            for x in [f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{_id[0]}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if v else 0}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
                      f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                      f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>']:
                p._p.append(parse_xml(x))
        elif k == 'SYM':
            p._p.append(parse_xml(f'<w:r {W}><w:sym w:font="Wingdings" w:char="{v}"/></w:r>'))
        elif k == 'INS':
            _id[0] += 1
            p._p.append(parse_xml(f'<w:ins {W} w:id="{_id[0]}" w:author="{esc(it[2]) if len(it)>2 else "Autors"}" w:date="2026-04-20T10:12:00Z"><w:r><w:t xml:space="preserve">{esc(v)}</w:t></w:r></w:ins>'))
        elif k == 'DEL':
            _id[0] += 1
            p._p.append(parse_xml(f'<w:del {W} w:id="{_id[0]}" w:author="{esc(it[2]) if len(it)>2 else "Autors"}" w:date="2026-04-20T10:11:00Z"><w:r><w:delText xml:space="preserve">{esc(v)}</w:delText></w:r></w:del>'))
        elif k == 'GLYPH':
            r = p.add_run(v); r.font.name = 'MS Gothic'
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), 'MS Gothic')
        else:
            r = p.add_run(k)
            fmt = v
            r.bold = 'b' in fmt or None
            r.italic = 'i' in fmt or None
            r.underline = 'u' in fmt or None
            if 's' in fmt: r.font.strike = True
    return p

def P(doc, spec='', style=None, bold=False, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if isinstance(spec, str) and bold:
        r = p.add_run(spec); r.bold = True
        if size: r.font.size = Pt(size)
    else:
        add_runs(p, spec)
    if align is not None: p.alignment = align
    return p

def T(doc, rows, style='Table Grid', head=False):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    try: t.style = style
    except Exception: pass
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, c in enumerate(r):
            cell = cells[j]
            if c is None: continue
            if isinstance(c, str):
                parts = c.split('\n')
                add_runs(cell.paragraphs[0], [(parts[0], 'b')] if head and i == 0 else parts[0])
                for extra in parts[1:]:
                    add_runs(cell.add_paragraph(), extra)
            elif isinstance(c, tuple) and c[0] == 'PARAS':
                add_runs(cell.paragraphs[0], c[1][0])
                for extra in c[1][1:]:
                    add_runs(cell.add_paragraph(), extra)
            else:
                add_runs(cell.paragraphs[0], c)
        if len(r) < ncol and len(r) == 1:
            cells[0].merge(cells[ncol-1])
    return t

def hdr(doc, text): doc.sections[0].header.paragraphs[0].text = text
def ftr(doc, text): doc.sections[0].footer.paragraphs[0].text = text

def build(name, fn, rows=(), problems=(), note='', expert='', date='', author='', created=None):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(11)
    fn(doc)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created or (datetime.datetime.fromisoformat(date) if date else datetime.datetime(2026, 3, 1, 9, 0))
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v = r[:3]
        lki = r[3] if len(r) > 3 else REG.get(q, '')
        ex = r[4] if len(r) > 4 else expert
        dt = r[5] if len(r) > 5 else date
        GOLD.append([name, q, d, v, ex, dt, lki])
    for c in problems:
        PROBS.append([name, c])
    NOTES.append((name, note))

COORD = 'Līga Ābele'
X = 'X'

# ---------------------------------------------------------------- 01
def f01(d):
    P(d, 'EKSPERTĪZES ATZINUMS', bold=True, size=14)
    P(d, 'par profesionālās kvalifikācijas MIP un PKE saturu')
    T(d, [['Profesionālā kvalifikācija', 'Motorzāģa operators'],
          ['LKI līmenis', '3'],
          ['Nozare', 'Kokrūpniecība'],
          ['Eksperts (vārds, uzvārds)', 'Ilze Kalniņa'],
          ['Atzinuma datums', '12.03.2026.']])
    P(d)
    P(d, 'Kopsavilkums', bold=True)
    T(d, [['Dokuments', 'Slēdziens', 'Piezīmes'],
          ['MIP', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', 'Modulī “Koku gāšana” jāprecizē darba drošības prasības un jāpapildina vērtēšanas kritēriji; stundu sadalījums A un B daļā nesakrīt ar kopējo apjomu.'],
          ['PKE', 'Atbalstāms un virzāms saskaņošanai', 'Praktiskā uzdevuma apraksts skaidrs, iebildumu nav.']], head=True)
    P(d)
    P(d, 'Eksperte: I. Kalniņa')
build('r12b01_Atzinums_motorzaga operators_Kalnina.docx', f01, expert='Ilze Kalniņa', date='2026-03-12', author='Ilze Kalniņa',
      rows=[('motorzāģa operators', 'MIP', 'needs_corrections'), ('motorzāģa operators', 'PKE', 'supported')],
      note='Key/value table (value right) + summary table Dokuments|Slēdziens|Piezīmes. Plain verdict text in cells.')

# ---------------------------------------------------------------- 02
def f02(d):
    P(d, 'Ekspertīzes veidlapa Nr. 2026/K-04', bold=True)
    T(d, [['Kvalifikācija:', 'mežsaimniecības tehniķis (LKI 4)'],
          ['Izglītības iestāde:', 'Ogres tehnikums'],
          ['Ekspertīzes kārta:', '1.']])
    P(d)
    P(d, 'Atzīmējiet ar “X” vienu atbilstošo slēdzienu katram dokumentam.')
    T(d, [['Slēdziens', 'MIP', 'PKE'],
          ['Saturs ir atbalstāms un virzāms saskaņošanai', X, ''],
          ['Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', X],
          ['Saturs nav atbalstāms', '', '']], head=True)
    P(d)
    P(d, 'Ieteikumi: PKE teorētiskās daļas jautājumu bankā 6 jautājumi dublējas, jāaizstāj. Praktiskajā daļā jānorāda, kāda meža taksācijas tehnika būs pieejama.')
    T(d, [['Eksperta paraksts / datums', 'A. Liepiņš / 05.02.2026.']])
build('r12b02_veidlapa_mezsaimniecibas tehnikis.docx', f02, expert='A. Liepiņš', date='2026-02-05', author=COORD,
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported'), ('mežsaimniecības tehniķis', 'PKE', 'needs_corrections')],
      note='Option grid with X under MIP/PKE columns. Name only as initial+surname in "paraksts / datums" cell; kept as written.')

# ---------------------------------------------------------------- 03
def f03(d):
    P(d, 'Nozares eksperta atzinums', bold=True, size=13)
    P(d, 'Mehatronisko sistēmu tehniķis, 4. LKI līmenis — modulārā izglītības programma un kvalifikācijas eksāmena saturs')
    P(d, 'MIP', bold=True)
    P(d, [('CB', False), ' atbalstāms un virzāms saskaņošanai'])
    P(d, [('CB', False), ' atbalstāms, pēc precizējumiem virzāms saskaņošanai'])
    P(d, [('CB', True), ' nav atbalstāms'])
    P(d, 'Pamatojums: programmā nav iekļauti pneimatikas un hidraulikas moduļi tādā apjomā, kā to paredz profesionālās kvalifikācijas prasības; PLC programmēšanai atvēlētas tikai 40 stundas. Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.')
    P(d, 'PKE', bold=True)
    P(d, [('CB', False), ' atbalstāms un virzāms saskaņošanai'])
    P(d, [('CB', True), ' atbalstāms, pēc precizējumiem virzāms saskaņošanai'])
    P(d, [('CB', False), ' nav atbalstāms'])
    P(d, 'Pamatojums: vērtēšanas lapā jāsaskaņo punktu skaits ar kritēriju aprakstu.')
    ftr(d, 'Eksperts Edgars Siliņš, 2026-03-19 | LDDK nozaru ekspertu tīkls')
build('r12b03_mehatronika_atzinums_ES.docx', f03, expert='Edgars Siliņš', date='2026-03-19', author='',
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'not_supported'), ('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections')],
      note='Word content-control checkboxes (w14:checkbox); name and date only in footer; author empty.')

# ---------------------------------------------------------------- 04
def f04(d):
    P(d, 'LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA', bold=True)
    P(d, 'Nozares eksperta slēdziens par MIP un PKE saturu')
    T(d, [['Kvalifikācija', 'Elektromontieris'],
          ['Līmenis', 'LKI 3'],
          ['Eksperts', 'Gunta Strazdiņa'],
          ['Datums', '2026. gada 24. februārī']])
    P(d)
    T(d, [['', 'MIP', 'PKE'],
          ['atbalstāms un virzāms saskaņošanai', [('FF', True)], [('FF', True)]],
          ['atbalstāms; virzāms saskaņošanai pēc precizējumiem', [('FF', False)], [('FF', False)]],
          ['nav atbalstāms', [('FF', False)], [('FF', False)]]], head=True)
    P(d)
    P(d, 'Komentārs: abi dokumenti sagatavoti rūpīgi, nozares uzņēmumi atbalsta piedāvāto prakses organizāciju.')
build('r12b04_Elektromontieris_slēdziens_Strazdina.docx', f04, expert='Gunta Strazdiņa', date='2026-02-24', author='Gunta Strazdiņa',
      rows=[('elektromontieris', 'MIP', 'supported'), ('elektromontieris', 'PKE', 'supported')],
      note='Legacy FORMCHECKBOX fields (no text). Comment uses "uzņēmumi atbalsta" (3rd person, not a verdict).')

# ---------------------------------------------------------------- 05
def f05(d):
    P(d, 'Atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” programmas un eksāmena saturu', bold=True)
    P(d, '(nevajadzīgo svītrot)')
    T(d, [['Dokuments', 'Vērtējums'],
          ['Modulārā izglītības programma', ('PARAS', [[('saturs ir atbalstāms un virzāms saskaņošanai', 's')],
                                                      [('saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '')],
                                                      [('saturs nav atbalstāms', 's')]])],
          ['Profesionālās kvalifikācijas eksāmens', ('PARAS', [[('saturs ir atbalstāms un virzāms saskaņošanai', 's')],
                                                             [('saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', 's')],
                                                             [('saturs nav atbalstāms', '')]])]], head=True)
    P(d)
    P(d, 'Piezīmes: eksāmena praktiskais uzdevums (korpusa mēbeles izgatavošana) nav izpildāms 8 stundās; nav paredzēta virsmu apdare, kas ir būtiska kvalifikācijas daļa. MIP – precizēt moduļa “Mēbeļu montāža” rezultātus.')
    T(d, [['Eksperts:', 'Māris Ozoliņš', 'Datums:', '30.03.2026']])
build('r12b05_galdnieks mebelu RE atzinums.docx', f05, expert='Māris Ozoliņš', date='2026-03-30', author=COORD,
      rows=[('mēbeļu galdnieks', 'MIP', 'needs_corrections'), ('mēbeļu galdnieks', 'PKE', 'not_supported')],
      note='"nevajadzīgo svītrot": non-chosen options struck through (w:strike). Qualification only in title with „” quotes.')

# ---------------------------------------------------------------- 06
def f06(d):
    P(d, 'PKE satura ekspertīze', bold=True, size=13)
    T(d, [['Kvalifikācija', 'Elektrotehniķis'],
          ['LKI', '4'],
          ['Vērtētais dokuments', 'Tikai PKE (MIP šajā kārtā netika iesniegts)'],
          ['Eksperts', 'Jānis Pūce'],
          ['Datums', '2026-04-09']])
    P(d)
    P(d, [('SYM', 'F0A8'), ' Saturs ir atbalstāms un virzāms saskaņošanai'])
    P(d, [('SYM', 'F0FE'), ' Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'])
    P(d, [('SYM', 'F0A8'), ' Saturs nav atbalstāms'])
    P(d, 'Precizējumi: 1) eksāmena teorētiskajā daļā jāiekļauj jautājumi par LEK 002 prasībām; 2) praktiskajam uzdevumam jānorāda mērinstrumentu saraksts.')
build('r12b06_PKE_elektrotehnikis_Puce.docx', f06, expert='Jānis Pūce', date='2026-04-09', author='Jānis Pūce',
      rows=[('elektrotehniķis', 'PKE', 'needs_corrections')],
      note='Wingdings w:sym F0FE/F0A8. Only PKE; MIP explicitly not submitted -> no MIP row.')

# ---------------------------------------------------------------- 07
def f07(d):
    for l in ['No: Dace Bērziņa <dace.berzina@kokslietas.lv>',
              'Nosūtīts: otrdiena, 2026. gada 17. marts 14:22',
              'Kam: Līga Ābele <liga.abele@lddk.lv>',
              'Tēma: RE: Ekspertīze - kokapstrādes iekārtu operators (MIP, PKE)']:
        P(d, l)
    P(d, '')
    P(d, 'Labdien, Līga!')
    P(d, 'Izskatīju abus dokumentus. Kokapstrādes iekārtu operatora MIP – atbalstu, var virzīt saskaņošanai tādu, kāds ir. PKE arī atbalstu bez precizējumiem, uzdevumi atbilst kvalifikācijas prasībām.')
    P(d, 'Sīkas redakcionālas kļūdas atzīmēju failā ar komentāriem, bet tās vērtējumu neietekmē.')
    P(d, 'Ar cieņu,')
    P(d, 'Dace Bērziņa')
    P(d, 'SIA “Koka lietas”, ražošanas vadītāja')
    P(d, '')
    P(d, '-----Original Message-----')
    P(d, 'From: Līga Ābele')
    P(d, 'Sent: Monday, March 9, 2026 10:05 AM')
    P(d, 'Lūdzu līdz 20. martam sniegt vērtējumu par pielikumā pievienoto MIP un PKE saturu, norādot vienu no slēdzieniem: “saturs ir atbalstāms un virzāms saskaņošanai”, “saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai “saturs nav atbalstāms”.')
    P(d, 'Līga Ābele, LDDK projekta koordinatore')
build('r12b07_RE Ekspertize kokapstrades iekartu operators.docx', f07, expert='Dace Bērziņa', date='2026-03-17', author=COORD,
      rows=[('kokapstrādes iekārtu operators', 'MIP', 'supported'), ('kokapstrādes iekārtu operators', 'PKE', 'supported')],
      note='Outlook e-mail printed to Word (Latvian headers), quoted coordinator request lists all three options (not a verdict). Date = sent date. "bez precizējumiem" = supported.')

# ---------------------------------------------------------------- 08
def f08(d):
    for l in ['From: Kaspars Dreimanis <k.dreimanis@gmail.com>',
              'Date: Thu, Mar 26, 2026 at 21:47',
              'Subject: datorizeto kokapstrades iekartu operators - vertejums',
              'To: liga.abele@lddk.lv']:
        P(d, l)
    P(d)
    P(d, 'Sveiki,')
    P(d, 'sorry, rakstu no telefona, tapec bez garumzimem.')
    P(d, 'Datorizetu kokapstrades iekartu operators (4.LKI):')
    T(d, [['MIP', 'atbalstams, pec precizejumu veiksanas virzams saskanosanai - CNC modulī jaieklauj CAM programmas'],
          ['PKE', 'atbalstams ar nosacijumu, ka praktiskaja uzdevuma tiek noradita konkreta iekarta un materials']])
    P(d, 'Kaspars')
    P(d)
    P(d, 'On Mon, Mar 16, 2026 at 9:10 Līga Ābele <liga.abele@lddk.lv> wrote:')
    P(d, '> Labdien! Nosūtu izvērtēšanai MIP un PKE. Lūdzu norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai.')
build('r12b08_Fwd datorizeto operatoru vertejums.docx', f08, expert='Kaspars Dreimanis', date='2026-03-26', author=COORD,
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections'), ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'needs_corrections')],
      note='Gmail-style English headers, text without diacritics, small table; PKE "ar nosacijumu, ka" = needs corrections. Quoted request is purpose, not verdict. Name from From-line.')

# ---------------------------------------------------------------- 09
def f09(d):
    P(d, 'MIP UN PKE SATURA EKSPERTĪZES KRITĒRIJU LAPA', bold=True)
    P(d, 'Kvalifikācija: Koka izstrādājumu ražošanas tehniķis     LKI: 4')
    P(d, 'A. Modulārā izglītības programma', bold=True)
    T(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
          ['1', 'Mācību rezultāti atbilst profesionālās kvalifikācijas prasībām', 'Jā', ''],
          ['2', 'Moduļu secība ir loģiska', 'Jā', ''],
          ['3', 'Ietverts darba vidē balstītu mācību komponents', 'Nē', 'Jāapraksta prakses uzdevumi uzņēmumā'],
          ['4', 'Vērtēšanas kritēriji ir izmērāmi', 'Nē', '3 moduļos kritēriji formulēti vispārīgi'],
          ['', 'KOPĒJAIS VĒRTĒJUMS', 'Atbalstāms ar precizējumiem', 'Pēc 3. un 4. punkta novēršanas virzāms saskaņošanai']], head=True)
    P(d)
    P(d, 'B. Profesionālās kvalifikācijas eksāmens', bold=True)
    T(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
          ['1', 'Eksāmena uzdevumi aptver kvalifikācijas prasības', 'Jā', ''],
          ['2', 'Vērtēšanas lapa ir skaidra', 'Jā', ''],
          ['3', 'Norādīti nepieciešamie resursi', 'Jā', ''],
          ['', 'KOPĒJAIS VĒRTĒJUMS', 'Atbalstāms, virzāms saskaņošanai', '—']], head=True)
    P(d)
    P(d, 'Vērtēja: Inese Krūmiņa, 2026. gada 3. aprīlī')
build('r12b09_kriteriji_KIRT_Krumina.docx', f09, expert='Inese Krūmiņa', date='2026-04-03', author='Inese Krūmiņa',
      rows=[('koka izstrādājumu ražošanas tehniķis', 'MIP', 'needs_corrections'), ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported')],
      note='Criterion tables Jā/Nē ending in overall row; overall row decides. File name uses informal abbreviation.')

# ---------------------------------------------------------------- 10
def f10(d):
    P(d, 'Enerģētikas nozares eksperta vērtējums (VGK kvalifikācijas)', bold=True)
    P(d, 'Eksperts: Raimonds Vītols        Datums: 14.04.2026.')
    T(d, [['Kvalifikācija', 'LKI', 'MIP', 'PKE', 'Piezīmes'],
          ['VGK iekārtu remontatslēdznieks', '3', 'atbalstīts, virzāms saskaņošanai', 'atbalstīts pēc precizējumiem', 'PKE: papildināt ar freona noplūdes pārbaudes uzdevumu'],
          ['VGK sistēmu tehniķis', '4', 'netiek atbalstīts', 'atbalstīts, virzāms saskaņošanai', 'MIP neatbilst 4. līmenim – trūkst projektēšanas un regulēšanas moduļu, jāpārstrādā']], head=True)
build('r12b10_VGK_abas kvalifikacijas_Vitols.docx', f10, expert='Raimonds Vītols', date='2026-04-14', author='Raimonds Vītols',
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections'),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'not_supported'),
            ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported')],
      note='One table, two qualifications by alias (VGK ...), MIP/PKE columns; "netiek atbalstīts" = not supported.')

# ---------------------------------------------------------------- 11
def f11(d):
    P(d, 'SIA „Baltijas logi un durvis”', bold=True, size=14)
    P(d, 'Reģ. Nr. 40003987654 · Rūpniecības iela 12, Valmiera, LV-4201 · info@bld.lv')
    P(d, '_____________________________________________________________')
    P(d, 'Valmierā, 2026. gada 8. maijā                                                    Nr. 2-7/26')
    P(d, 'Latvijas Darba devēju konfederācijai\nprojekta koordinatorei L. Ābelei')
    P(d, 'Par būvizstrādājumu galdnieka MIP un PKE ekspertīzi', bold=True)
    P(d, 'Atbildot uz Jūsu 2026. gada 22. aprīļa lūgumu, esmu izvērtējis profesionālās kvalifikācijas “Būvizstrādājumu galdnieks” (LKI 4) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu.')
    P(d, 'Programma pilnībā balstīta uz novecojušām tehnoloģijām – logu un durvju ražošanā netiek apskatīta CNC apstrāde, stiklojuma paketes montāža un hermetizācija atbilstoši mūsdienu energoefektivitātes prasībām. Šādā redakcijā programmas saturs nav atbalstāms; lūdzu to pārstrādāt un iesniegt atkārtoti.')
    P(d, 'Eksāmena saturs turpretim ir labi sagatavots, un tam nav iebildumu – PKE saturs ir atbalstāms un virzāms saskaņošanai.')
    P(d, 'Ar cieņu')
    P(d, 'valdes loceklis, nozares eksperts                      Andris Kalējs')
build('r12b11_vestule_buvizstradajumu galdnieks_BLD.docx', f11, expert='Andris Kalējs', date='2026-05-08', author='BLD birojs',
      rows=[('būvizstrādājumu galdnieks', 'MIP', 'not_supported'), ('būvizstrādājumu galdnieks', 'PKE', 'supported')],
      note='Company letterhead, formal letter, prose verdicts; letter date is review date; "nav iebildumu" positive.')

# ---------------------------------------------------------------- 12
def f12(d):
    P(d, 'Eksperta atzinums', bold=True)
    T(d, [['Kvalifikācijas nosaukums'], ['Meža mašīnu operators'],
          ['Kvalifikācijas līmenis'], ['LKI 3'],
          ['Atzinuma sniedzējs'], ['Laura Zariņa, SIA “Forest Harvest”'],
          ['Datums'], ['2026.04.21.'],
          ['MIP slēdziens'], ['Programma kopumā ir atbalstāma. Tomēr pirms virzīšanas saskaņošanai jāpapildina modulis par forvardera apkopi un jāprecizē simulatora mācību stundu skaits.'],
          ['PKE slēdziens'], ['Atbalstāms un virzāms saskaņošanai.']])
build('r12b12_Zarina meza masinu operators atzinums.docx', f12, expert='Laura Zariņa', date='2026-04-21', author='Laura Zariņa',
      rows=[('meža mašīnu operators', 'MIP', 'needs_corrections'), ('meža mašīnu operators', 'PKE', 'supported')],
      note='Key/value with value BELOW the label (one-column table). MIP condition in the next sentence ("Tomēr pirms virzīšanas ... jāpapildina").')

# ---------------------------------------------------------------- 13
def f13(d):
    P(d, 'Atzinums par MIP un PKE saturu', bold=True)
    T(d, [['Profesionālā kvalifikācija', 'Metālapstrādes darbgaldu operators'],
          ['Nozare', 'Mašīnbūve un metālapstrāde'],
          ['LKI līmenis', '3'],
          ['Eksperts', 'Valdis Krastiņš'],
          ['Datums', '2026. gada 15. aprīlis']])
    P(d)
    T(d, [['Dokuments', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms, pēc precizējumiem virzāms', 'Nav atbalstāms'],
          ['MIP', '✓', '', ''],
          ['PKE', '', '✓', '']], head=True)
    P(d, 'PKE: jāprecizē virpošanas uzdevuma pielaides un rasējums jāpievieno atsevišķi.')
build('r12b13_darbgaldu operators_Krastins.docx', f13, expert='Valdis Krastiņš', date='2026-04-15', author=COORD,
      rows=[('metālapstrādes darbgaldu operators', 'MIP', 'supported', '3'), ('metālapstrādes darbgaldu operators', 'PKE', 'needs_corrections', '3')],
      problems=['unknown_qualification'],
      note='Qualification not in the register (LKI 3 stated in review). ✓ marks in option columns.')

# ---------------------------------------------------------------- 14
def f14(d):
    P(d, 'Elektromontiera MIP un PKE ekspertīze — 2. kārta', bold=True)
    T(d, [['Eksperts', 'Sandra Grīnberga'], ['Datums', '22.04.2026.'], ['LKI līmenis', '3']])
    P(d)
    P(d, 'Iepriekšējā kārtā (2026. gada martā) MIP netika atbalstīts, jo trūka zemsprieguma sadales iekārtu montāžas moduļa. Skola moduli ir pievienojusi.')
    P(d, 'Slēdziens', bold=True)
    P(d, ['MIP saturs ', ('DEL', 'nav atbalstāms', 'Sandra Grīnberga'), ('INS', 'ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (jāsaskaņo moduļa apjoms kredītpunktos)', 'Sandra Grīnberga'), '.'])
    P(d, 'PKE saturs ir atbalstāms un virzāms saskaņošanai.')
build('r12b14_elektromontieris_2karta_Grinberga_labots.docx', f14, expert='Sandra Grīnberga', date='2026-04-22', author='Sandra Grīnberga',
      rows=[('elektromontieris', 'MIP', 'needs_corrections'), ('elektromontieris', 'PKE', 'supported')],
      note='Tracked changes: deleted "nav atbalstāms", inserted needs-corrections wording (current). History sentence about earlier round not a verdict.')

# ---------------------------------------------------------------- 15
def f15(d):
    P(d, 'EKSPERTĪZES ATZINUMA VEIDLAPA', bold=True)
    T(d, [['Kvalifikācija', 'Mehatronisko sistēmu tehniķis'],
          ['LKI', '4'],
          ['Eksperts', 'Oskars Bērziņš'],
          ['Datums', '2026-05-12']])
    P(d)
    T(d, [['Dokuments', 'Galvenās piezīmes', 'Slēdziens'],
          ['MIP', 'Moduļos “Robotizētas sistēmas” un “Industriālie tīkli” jāsaskaņo mācību rezultāti ar vērtēšanas kritērijiem. Jāpārskata stundu sadalījums.', ''],
          ['PKE', 'Bez būtiskām piezīmēm.', 'Atbalstāms un virzāms saskaņošanai']], head=True)
    P(d, 'Paraksts: ______________')
build('r12b15_mehatronika_veidlapa_Berzins.docx', f15, expert='Oskars Bērziņš', date='2026-05-12', author='Oskars Bērziņš',
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'unknown'), ('mehatronisko sistēmu tehniķis', 'PKE', 'supported')],
      problems=['no_verdict'],
      note='MIP verdict cell left empty although remarks given -> unknown + no_verdict; PKE filled.')

# ---------------------------------------------------------------- 16
def f16(d):
    P(d, 'Ekspertīzes slēdziens', bold=True)
    P(d, 'Kvalifikācija: mežsaimniecības tehniķis, LKI 4. līmenis')
    P(d, 'Eksperts: Jolanta Vanaga; datums: 2026. gada 28. aprīlī')
    T(d, [['', 'MIP', 'PKE'],
          ['Atbalstāms un virzāms saskaņošanai', X, X],
          ['Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', '', ''],
          ['Nav atbalstāms', '', X]], head=True)
    P(d, 'Komentāri: MIP labi strukturēts.')
build('r12b16_mezsaimn_tehn_Vanaga_atzinums (1).docx', f16, expert='Jolanta Vanaga', date='2026-04-28', author=COORD,
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported'), ('mežsaimniecības tehniķis', 'PKE', 'unknown')],
      problems=['conflict'],
      note='PKE column has X on both "atbalstāms un virzāms" and "nav atbalstāms", no comment resolving it -> conflict/unknown.')

# ---------------------------------------------------------------- 17
def f17(d):
    P(d, 'Atkārtota ekspertīze — Mežsaimniecības tehniķis (MIP)', bold=True)
    T(d, [['Eksperts', 'Andris Liepiņš'], ['Datums', '2026. g. 19. maijs'], ['Līmenis', 'LKI 4']])
    P(d, 'Skola ir iesniegusi precizēto MIP redakciju. PKE šajā kārtā netiek vērtēts (tas tika izvērtēts jau februārī).')
    P(d, 'Vērtējums (vajadzīgo pasvītrot):')
    P(d, [('MIP saturs ir atbalstāms un virzāms saskaņošanai', 'ub')])
    P(d, 'MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai')
    P(d, 'MIP saturs nav atbalstāms')
    P(d, 'Visi februārī norādītie precizējumi ir ņemti vērā.')
build('r12b17_MIP atkartoti mezsaimn Liepins.docx', f17, expert='Andris Liepiņš', date='2026-05-19', author='Andris Liepiņš',
      rows=[('mežsaimniecības tehniķis', 'MIP', 'supported')],
      note='"vajadzīgo pasvītrot": chosen option underlined+bold. PKE explicitly not reviewed in this round -> no PKE row.')

# ---------------------------------------------------------------- 18
def f18(d):
    P(d, 'motorzaga operators - vertejums')
    T(d, [['MIP', 'atbalstu, var virzit tālāk'], ['PKE', 'neatbalstu - eksamena uzdevums nav drošs, nav paredzeta aizsargaprikojuma parbaude']])
    P(d, 'M. Rudzītis 11.05.2026')
build('r12b18_motorzagis_MR.docx', f18, expert='M. Rudzītis', date='2026-05-11', author='',
      rows=[('motorzāģa operators', 'MIP', 'supported'), ('motorzāģa operators', 'PKE', 'not_supported')],
      note='Very short hasty table, partly without diacritics; first-person atbalstu/neatbalstu; initial + surname.')

# ---------------------------------------------------------------- 19
def f19(d):
    hdr(d, 'Eksperte: Sandra Grīnberga   |   2026-04-14   |   2. kārta')
    P(d, 'Mēbeļu galdnieks (LKI 4) — precizēto dokumentu izvērtējums', bold=True)
    T(d, [['Dokuments', 'Iepriekšējais vērtējums', 'Pašreizējais vērtējums'],
          ['MIP', 'atbalstāms pēc precizējumiem', 'atbalstāms un virzāms saskaņošanai'],
          ['PKE', 'nav atbalstāms', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai']], head=True)
    P(d)
    P(d, 'PKE praktiskais uzdevums sadalīts divās daļās, tomēr joprojām jāprecizē apdares darbu vērtēšanas kritēriji.')
build('r12b19_Mebelu galdnieks_2.karta.docx', f19, expert='Sandra Grīnberga', date='2026-04-14', author=COORD,
      rows=[('mēbeļu galdnieks', 'MIP', 'supported'), ('mēbeļu galdnieks', 'PKE', 'needs_corrections')],
      note='Name and date only in page header. Table has previous and current verdict columns; current counts.')

# ---------------------------------------------------------------- 20
def f20(d):
    P(d, 'Ekspertes piezīmes un slēdziens', bold=True)
    T(d, [['Kvalifikācijas', 'Datorizētu kokapstrādes iekārtu operators (LKI 4); Kokapstrādes iekārtu operators (LKI 3)'],
          ['Ekspertīzi veica', 'Mg. sc. ing. Dace Bērziņa'],
          ['Datums', '04.06.2026.']])
    P(d)
    P(d, '1. Datorizētu kokapstrādes iekārtu operators', bold=True)
    T(d, [['Sadaļa', 'Piezīme'],
          ['MIP 3. modulis', 'Ja modulī netiks iekļauta CNC iekārtu apkope, šādā veidā programmu nevarētu atbalstīt. Skola to ir izlabojusi 2. pielikumā.'],
          ['PKE', 'Vērtēšanas lapa labi sagatavota.']], head=True)
    P(d, [('Slēdziens: ', 'b'), 'MIP saturs kopumā ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai.'])
    P(d)
    P(d, '2. Kokapstrādes iekārtu operators', bold=True)
    T(d, [['Sadaļa', 'Piezīme'],
          ['MIP', 'Bez iebildumiem.'],
          ['PKE', 'Teorijas testā 4 jautājumi neatbilst LKI 3 līmenim, tie jāaizstāj.']], head=True)
    P(d, [('Slēdziens: ', 'b'), 'MIP – atbalstāms, virzāms saskaņošanai; PKE – atbalstāms, virzāms pēc norādīto jautājumu aizstāšanas.'])
build('r12b20_Berzina_divas kvalifikacijas_galigais.docx', f20, expert='Dace Bērziņa', date='2026-06-04', author='Dace Bērziņa',
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'supported'), ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported'),
            ('kokapstrādes iekārtu operators', 'MIP', 'supported'), ('kokapstrādes iekārtu operators', 'PKE', 'needs_corrections')],
      note='Two qualifications, each with remarks table and Slēdziens. Body remark "nevarētu atbalstīt" (conditional, already fixed) outranked by conclusion. Title Mg. sc. ing. stripped.')

# ---------------------------------------------------------------- 21
def f21(d):
    P(d, 'PKE satura ekspertīze — kokrūpniecības nozare, 3. LKI kvalifikācijas', bold=True)
    P(d, 'Eksperts: Ivars Cīrulis     Datums: 2026. gada 27. maijā')
    P(d, 'Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu saturu; MIP vērtē citi eksperti.')
    T(d, [['Kvalifikācija', 'Vērtējums', 'Pamatojums'],
          ['Motorzāģa operators', 'Atbalstāms un virzāms saskaņošanai', '—'],
          ['Meža mašīnu operators', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', 'Jāprecizē simulatora uzdevuma laika limits.'],
          ['Kokapstrādes iekārtu operators', 'Nav atbalstāms', 'Praktiskais uzdevums neatbilst kvalifikācijas prasībām – nav iekļauta iekārtu iestatīšana.']], head=True)
build('r12b21_PKE_3LKI_kokrupnieciba_Cirulis.docx', f21, expert='Ivars Cīrulis', date='2026-05-27', author=COORD,
      rows=[('motorzāģa operators', 'PKE', 'supported'), ('meža mašīnu operators', 'PKE', 'needs_corrections'), ('kokapstrādes iekārtu operators', 'PKE', 'not_supported')],
      note='PKE only for three qualifications in one table; MIP explicitly reviewed by others -> no MIP rows.')

# ---------------------------------------------------------------- 22
def f22(d):
    P(d, 'Expert opinion / Eksperta atzinums', bold=True)
    T(d, [['Qualification / Kvalifikācija', 'Elektrotehniķis, LKI 4'],
          ['Expert / Eksperts', 'Jānis Pūce'],
          ['Date / Datums', '2026-05-20']])
    P(d)
    T(d, [['Verdict / Slēdziens', 'MIP', 'PKE'],
          ['Supported / atbalstāms un virzāms saskaņošanai', '', '✓'],
          ['Supported after corrections / atbalstāms, virzāms pēc precizējumiem', '✓', ''],
          ['Not supported / nav atbalstāms', '', '']], head=True)
    P(d, 'MIP: precizēt moduļa “Releju aizsardzība” mācību rezultātus.')
build('r12b22_Elektrotehnikis_MIP_PKE_Puce_EN-LV.docx', f22, expert='Jānis Pūce', date='2026-05-20', author='Jānis Pūce',
      rows=[('elektrotehniķis', 'MIP', 'needs_corrections'), ('elektrotehniķis', 'PKE', 'supported')],
      note='Bilingual form, ✓ marks. Later than r12b06 (PKE) — a separate full review.')

# ---------------------------------------------------------------- 23
def f23(d):
    P(d, 'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', bold=True, size=13)
    P(d, 'MIP un PKE satura izvērtējums (PKL 3 / atbilst LKI 4)')
    P(d, 'Atkārtotā ekspertīzē izvērtēju pārstrādāto programmu. Projektēšanas un regulēšanas moduļi ir pievienoti, stundu apjoms atbilst.')
    P(d, 'Rezumējot', bold=True)
    P(d, 'Abus dokumentus iesaku virzīt saskaņošanai bez precizējumiem — gan MIP, gan PKE saturs ir atbalstāms.')
    T(d, [['Eksperts', 'Datums'], ['Raimonds Vītols', '2026. gada 2. jūnijs']])
build('r12b23_VGK sistemu tehnikis atkartoti.docx', f23, expert='Raimonds Vītols', date='2026-06-02', author='Raimonds Vītols',
      rows=[('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'supported'), ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'supported')],
      note='"Rezumējot" conclusion; "abus dokumentus"; PKL 3 = LKI 4. Name/date in small table at end.')

# ---------------------------------------------------------------- 24
def f24(d):
    P(d, 'Galdniecības kvalifikāciju ekspertīze', bold=True)
    T(d, [['Eksperts:', 'Agris Lapsa'], ['Datums:', '2026.06.10.']])
    for q, lv, m, p in [('Būvizstrādājumu galdnieks', '4', (True, False, False), (True, False, False)),
                       ('Mēbeļu galdnieks', '4', (False, True, False), (True, False, False))]:
        P(d)
        P(d, f'{q} (LKI {lv})', bold=True)
        rows = [['', 'MIP', 'PKE']]
        for i, lab in enumerate(['atbalstāms un virzāms saskaņošanai', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', 'nav atbalstāms']):
            rows.append([lab, [('GLYPH', '☑' if m[i] else '☐')], [('GLYPH', '☑' if p[i] else '☐')]])
        T(d, rows, head=True)
    P(d, 'Mēbeļu galdnieka MIP: jāprecizē moduļa “CNC apstrāde” apjoms.')
build('r12b24_galdnieki_Lapsa.docx', f24, expert='Agris Lapsa', date='2026-06-10', author=COORD,
      rows=[('būvizstrādājumu galdnieks', 'MIP', 'supported'), ('būvizstrādājumu galdnieks', 'PKE', 'supported'),
            ('mēbeļu galdnieks', 'MIP', 'needs_corrections'), ('mēbeļu galdnieks', 'PKE', 'supported')],
      note='☑/☐ glyphs typed as text in MS Gothic, two qualification sections.')

# ---------------------------------------------------------------- 25
def f25(d):
    for l in ['From: Edgars Siliņš <edgars.silins@mehatron.lv>',
              'Sent: Wednesday, June 17, 2026 08:31',
              'To: Līga Ābele',
              'Subject: RE: Mehatronisko sistēmu tehniķis – atkārtota ekspertīze']:
        P(d, l)
    P(d)
    P(d, 'Līga, labrīt!')
    P(d, 'Pārskatīju laboto programmu un eksāmenu. Tagad viss kārtībā:')
    P(d, '• MIP – atbalstāma un virzāma saskaņošanai (pneimatika/hidraulika iekļauta, PLC 96 st.);')
    P(d, '• PKE – vērtēšanas lapa salabota, atbalstu un iesaku virzīt saskaņošanai.')
    P(d, 'Edgars')
    P(d)
    P(d, 'From: Līga Ābele <liga.abele@lddk.lv>')
    P(d, 'Sent: Tuesday, June 9, 2026 16:02')
    P(d, 'Subject: Mehatronisko sistēmu tehniķis – atkārtota ekspertīze')
    P(d, 'Edgar, sveiks! Skola iesniegusi precizētos dokumentus. Martā MIP netika atbalstīts, PKE – atbalstīts pēc precizējumiem. Lūdzu izvērtēt atkārtoti.')
build('r12b25_RE_ mehatronika atkartoti.docx', f25, expert='Edgars Siliņš', date='2026-06-17', author=COORD,
      rows=[('mehatronisko sistēmu tehniķis', 'MIP', 'supported'), ('mehatronisko sistēmu tehniķis', 'PKE', 'supported')],
      note='Outlook English headers, bullet answers; quoted coordinator mail with earlier verdict history (not current).')

# ---------------------------------------------------------------- 26
def f26(d):
    P(d, 'Atzinums', bold=True)
    T(d, [['Kvalifikācija', 'Saldēšanas iekārtu tehniķis'],
          ['Nozare', 'Enerģētika'],
          ['LKI', '4'],
          ['Eksperts', 'Ģirts Zālītis'],
          ['Datums', '16.06.2026']])
    P(d)
    T(d, [['Dokuments', 'Slēdziens', 'Komentāri'],
          ['MIP', 'Nav atbalstāms', 'Programma kopēta no VGK sistēmu tehniķa MIP, nav aukstumaģentu apstrādes un F-gāzu regulas prasību.'],
          ['PKE', 'Skatīt komentārus', 'Eksāmena uzdevumi jāsaskaņo ar pārstrādāto MIP; teorijas tests jāpapildina.']], head=True)
build('r12b26_saldesanas tehnikis Zalitis.docx', f26, expert='Ģirts Zālītis', date='2026-06-16', author='Ģirts Zālītis',
      rows=[('saldēšanas iekārtu tehniķis', 'MIP', 'not_supported', '4'), ('saldēšanas iekārtu tehniķis', 'PKE', 'unknown', '4')],
      problems=['unknown_qualification', 'no_verdict'],
      note='Qualification not in register. PKE covered, cell says "Skatīt komentārus" with remarks only -> unknown/no_verdict.')

# ---------------------------------------------------------------- 27
def f27(d):
    P(d, 'LDDK | Nozaru ekspertu atzinuma forma (v2)', bold=True)
    T(d, [['1. Kvalifikācija', 'Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks'],
          ['2. LKI līmenis', '3'],
          ['3. Izglītības iestāde', 'Rīgas Valsts tehnikums']])
    P(d)
    T(d, [['4. Slēdziens (atzīmēt ar X)', 'MIP', 'PKE'],
          ['atbalstāms un virzāms saskaņošanai', '', ''],
          ['atbalstāms, pēc precizējumiem virzāms saskaņošanai', 'x', 'x  (skat. 5. p.)'],
          ['nav atbalstāms', '', '']], head=True)
    P(d)
    T(d, [['5. Precizējumi', 'MIP: papildināt ar kondensatora tīrīšanas darbu. PKE: norādīt, kāds aprīkojums būs eksāmena vietā.'],
          ['Paraksts/datums', 'Raimonds Vītols 2026.03.27.']])
build('r12b27_VGK remontatsl forma v2 RV.docx', f27, expert='Raimonds Vītols', date='2026-03-27', author=COORD,
      rows=[('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'needs_corrections'),
            ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections')],
      note='Numbered form, lowercase x with comment in cell; name+date together in Paraksts/datums cell.')

# ---------------------------------------------------------------- 28
def f28(d):
    P(d, 'Meža mašīnu operators — MIP ekspertīze', bold=True)
    P(d, 'PKE saturs vēl nav iesniegts; šis atzinums attiecas tikai uz MIP.')
    T(d, [['Vai programma atbilst profesionālās kvalifikācijas prasībām?', 'Jā'],
          ['Vai ir iekļauts darba vidē balstītu mācību komponents?', 'Jā'],
          ['Vai mācību resursi ir pietiekami?', 'Jā, ar piebildi par simulatoriem'],
          ['Kopējais slēdziens', 'MIP saturs ir atbalstāms un virzāms saskaņošanai']])
    P(d)
    T(d, [['Paraksts', 'Dr. sc. ing. Kaspars Dreimanis'], ['Datums', '2026. gada 2. jūnijā']])
build('r12b28_MMO_MIP_Dreimanis.docx', f28, expert='Kaspars Dreimanis', date='2026-06-02', author='Kaspars Dreimanis',
      rows=[('meža mašīnu operators', 'MIP', 'supported')],
      note='Jā/Nē questions + overall row; PKE not submitted -> no row; title Dr. sc. ing. stripped; abbreviation MMO in file name.')

# ---------------------------------------------------------------- 29
def f29(d):
    P(d, 'EKSPERTĪZES ATZINUMS', bold=True, size=14)
    P(d, 'par profesionālās izglītības modulārās programmas un profesionālās kvalifikācijas eksāmena saturu')
    T(d, [['Profesionālās kvalifikācijas nosaukums', 'Datorizētu kokapstrādes iekārtu operators'],
          ['LKI līmenis', '4'],
          ['Nozare', 'Kokrūpniecība'],
          ['Ekspertīzes veids', 'Atkārtota (pēc 2026. gada marta atzinuma)'],
          ['Eksperts', 'Kaspars Dreimanis'],
          ['Datums', '2026-05-05']])
    P(d)
    P(d, '1. Ekspertīzes mērķis', bold=True)
    P(d, 'Izvērtēt, vai precizētais MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, un vai ir ņemti vērā iepriekšējā atzinumā norādītie precizējumi.')
    P(d, '2. Iepriekšējā atzinuma precizējumu izpilde', bold=True)
    T(d, [['Nr.', 'Precizējums (2026. gada marts)', 'Izpildīts'],
          ['1', 'CNC modulī iekļaut CAM programmēšanu', 'Jā'],
          ['2', 'Praktiskajā uzdevumā norādīt iekārtu un materiālu', 'Jā'],
          ['3', 'Saskaņot moduļu apjomu ar kopējo stundu skaitu', 'Daļēji']], head=True)
    P(d, '3. Piezīmes par MIP', bold=True)
    for t in ['3.1. Modulī “Datorizēta konstruēšana” mācību rezultāti formulēti izmērāmi, tie atbilst nozares praksei.',
              '3.2. Kopējais stundu apjoms joprojām pārsniedz 1. kursa plānu par 24 stundām; tas jāsaskaņo pirms programmas apstiprināšanas.',
              '3.3. Ieteicams papildināt ieteicamo literatūru ar nozares standartiem (nav obligāti).']:
        P(d, t)
    P(d, '4. Piezīmes par PKE', bold=True)
    P(d, '4.1. Eksāmena uzdevumi un vērtēšanas lapa pilnībā atbilst prasībām. Iebildumu nav.')
    P(d, '5. Secinājumi', bold=True)
    P(d, 'MIP saturs ir atbalstāms. Pēc 3.2. punktā minētā precizējuma veikšanas programmu var virzīt saskaņošanai.')
    P(d, 'PKE saturs ir atbalstāms un virzāms saskaņošanai.')
build('r12b29_Atzinums_DKIO_atkartots_Dreimanis_galigais.docx', f29, expert='Kaspars Dreimanis', date='2026-05-05', author='Kaspars Dreimanis',
      rows=[('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections'), ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported')],
      note='Long formal form; purpose sentence lists verdict words (not a verdict); secinājumi with condition in next sentence.')

# ---------------------------------------------------------------- 30
def f30(d):
    hdr(d, 'LDDK projekts 4.2.2.9. — enerģētikas nozare')
    P(d, 'Elektroenerģētikas kvalifikāciju atzinums', bold=True)
    T(d, [['Kvalifikācija', 'Dokuments', 'Atzinums'],
          ['Elektromontieris (3. LKI)', 'MIP', 'Atbalstīts ar nosacījumiem (precizēt drošības tehnikas moduli)'],
          ['', 'PKE', 'Atbalstīts'],
          ['Elektrotehniķis (4. LKI)', 'MIP', 'Atbalstīts'],
          ['', 'PKE', 'Neatbalstīts – eksāmenā nav mērījumu uzdevuma']], head=True)
    P(d)
    ftr(d, 'Sagatavoja: Mārtiņš Eglītis, 10.07.2026.')
build('r12b30_energetika_atzinums_Eglitis.docx', f30, expert='Mārtiņš Eglītis', date='2026-07-10', author=COORD,
      rows=[('elektromontieris', 'MIP', 'needs_corrections'), ('elektromontieris', 'PKE', 'supported'),
            ('elektrotehniķis', 'MIP', 'supported'), ('elektrotehniķis', 'PKE', 'not_supported')],
      note='Table with merged-style empty qualification cells for PKE rows; nominal verdicts (Atbalstīts, Neatbalstīts); expert/date only in footer.')

# ---------------------------------------------------------------- non-reviews
def f31(d):
    P(d, 'SANĀKSMES PROTOKOLS Nr. 5', bold=True)
    P(d, 'Rīgā, 2026. gada 7. aprīlī. Piedalās: L. Ābele (LDDK), E. Siliņš, I. Kalniņa, R. Vītols, VISC pārstāve.')
    P(d, 'Darba kārtība: 1) ekspertīžu gaita; 2) atkārtoto ekspertīžu termiņi.')
    P(d, '1. L. Ābele informē, ka motorzāģa operatora MIP ir atbalstāms pēc precizējumiem, PKE atbalstāms un virzāms saskaņošanai; mehatronisko sistēmu tehniķa MIP netika atbalstīts.')
    P(d, '2. Nolēma: ekspertiem atkārtotās ekspertīzes veikt 10 darba dienu laikā pēc dokumentu saņemšanas. VISC nodrošinās metodisko atbalstu darba grupām.')
    P(d, 'Protokolēja: L. Ābele')
build('r12b31_protokols_07042026.docx', f31, author=COORD, created=datetime.datetime(2026, 4, 7, 15, 0), problems=['no_verdict'],
      note='NOT a review: meeting minutes restating verdicts; one no_verdict row for the file, no gold rows.')

def f32(d):
    P(d, 'Ekspertu sadalījums 5. posmam', bold=True)
    T(d, [['Kvalifikācija', 'Dokuments', 'Eksperts', 'Termiņš', 'Statuss'],
          ['Elektrotehniķis', 'MIP, PKE', 'J. Pūce', '15.05.2026.', 'PKE atbalstīts pēc precizējumiem'],
          ['Meža mašīnu operators', 'MIP', 'K. Dreimanis', '31.05.2026.', 'gaida dokumentus'],
          ['VGK sistēmu tehniķis', 'MIP', 'R. Vītols', '31.05.2026.', 'MIP neatbalstīts, atkārtoti'],
          ['Mēbeļu galdnieks', 'MIP, PKE', 'A. Lapsa', '10.06.2026.', '—']], head=True)
build('r12b32_ekspertu sadalijums 5posms.xlsx.docx', f32, author=COORD, created=datetime.datetime(2026, 4, 2, 9, 0), problems=['no_verdict'],
      note='NOT a review: coordinator assignment table with statuses.')

def f33(d):
    P(d, 'Norādījumi ekspertiem atzinuma sagatavošanai', bold=True)
    P(d, 'Katram dokumentam (MIP un PKE) ekspertam jāizvēlas viens slēdziens:')
    P(d, [('CB', False), ' saturs ir atbalstāms un virzāms saskaņošanai'])
    P(d, [('CB', False), ' saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'])
    P(d, [('CB', False), ' saturs nav atbalstāms'])
    P(d, 'Ja saturs nav atbalstāms, pamatojumā jānorāda, kas jāpārstrādā. Atzinumu paraksta eksperts un norāda datumu. Piemēram: “Elektromontiera MIP saturs ir atbalstāms un virzāms saskaņošanai.”')
build('r12b33_Instrukcija ekspertiem_veidlapa.docx', f33, author=COORD, created=datetime.datetime(2026, 1, 15, 11, 0), problems=['no_verdict'],
      note='NOT a review: instructions with blank checkboxes and an example verdict sentence.')

def f34(d):
    P(d, 'LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA', bold=True)
    P(d, 'Uzaicinājums pieteikties nozares eksperta darbam', bold=True)
    P(d, 'LDDK aicina enerģētikas un kokrūpniecības nozaru profesionāļus pieteikties MIP un PKE satura ekspertīzei projektā, kas īstenots ar Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa finansējumu. Eksperti vērtēs, vai saturs ir atbalstāms, un sniegs atzinumu par tādām kvalifikācijām kā elektrotehniķis un mēbeļu galdnieks.')
    P(d, 'Pieteikumus gaidām līdz 2026. gada 20. februārim.')
build('r12b34_uzaicinajums eksperti.docx', f34, author='', created=datetime.datetime(2026, 2, 2, 10, 0), problems=['no_verdict'],
      note='NOT a review: call for experts using "atbalsta mērķis", "atbalstāms" in purpose.')

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level']); w.writerows(GOLD)
with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f); w.writerow(['file', 'code']); w.writerows(PROBS)
with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
    f.write('# r12b blind set — forms and tables\n\nBuilt by `build.py`. Gold: `expected.csv`, `expected_problems.csv`.\n\n| file | design and judgement calls |\n|---|---|\n')
    for n, t in NOTES:
        f.write(f'| {n} | {t.replace("|", "/")} |\n')
print(len(NOTES), 'files', len(GOLD), 'rows', len(PROBS), 'problems')
