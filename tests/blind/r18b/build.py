# -*- coding: utf-8 -*-
"""Build the r18b blind evaluation set: Latvian expert reviews as forms and tables.

Run:  /work/hvenv/bin/python build.py
Each f-function builds one .docx and calls build(...) with its gold labels next to the code.
"""
import csv
import datetime
import itertools
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBLEMS, NOTES = [], [], []
_ids = itertools.count(1001)


# ---------------------------------------------------------------- text parts
class T:
    """A run of text with formatting: b, i, u, s (strike), font, size, color."""

    def __init__(self, text, b=False, i=False, u=False, s=False, font=None, size=None, color=None):
        self.text, self.b, self.i, self.u, self.s = text, b, i, u, s
        self.font, self.size, self.color = font, size, color

    def add(self, p):
        r = p.add_run(self.text)
        if self.b:
            r.bold = True
        if self.i:
            r.italic = True
        if self.u:
            r.underline = True
        if self.s:
            r.font.strike = True
        if self.size:
            r.font.size = Pt(self.size)
        if self.color:
            r.font.color.rgb = RGBColor.from_string(self.color)
        if self.font:
            r.font.name = self.font
            r._r.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), self.font)
        return r


def B(t, **k):
    return T(t, b=True, **k)


def I(t, **k):
    return T(t, i=True, **k)


def U(t, **k):
    return T(t, u=True, **k)


def S(t, **k):
    return T(t, s=True, **k)


def BOX(checked, glyph=None):
    """Checkbox glyph typed as text (MS Gothic)."""
    return T(glyph or ('\u2612' if checked else '\u2610'), font='MS Gothic')


class Sym:
    """w:sym glyph, e.g. Wingdings F0FE (checked box), F0A8 (empty box), F0FD (boxed x)."""

    def __init__(self, char, font='Wingdings'):
        self.char, self.font = char, font

    def add(self, p):
        r = p.add_run()
        sym = OxmlElement('w:sym')
        sym.set(qn('w:font'), self.font)
        sym.set(qn('w:char'), self.char)
        r._r.append(sym)


class CC:
    """Word 2010+ content-control checkbox (w:sdt + w14:checkbox)."""

    def __init__(self, checked):
        self.checked = checked

    def add(self, p):
        g = '\u2612' if self.checked else '\u2610'
        xml = (
            f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr>'
            '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:id w:val="{next(_ids) * 7919}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if self.checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
            '</w:sdtPr><w:sdtContent><w:r>'
            '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            f'<w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>'
        )
        p._p.append(parse_xml(xml))


class FF:
    """Legacy form-field checkbox (FORMCHECKBOX). mode: 'checked' (w:checked) or 'default' (w:default=1)."""

    def __init__(self, checked, mode='checked'):
        self.checked, self.mode = checked, mode

    def add(self, p):
        n = next(_ids)
        if self.checked and self.mode == 'checked':
            cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/><w:checked/></w:checkBox>'
        elif self.checked:
            cb = '<w:checkBox><w:sizeAuto/><w:default w:val="1"/></w:checkBox>'
        else:
            cb = '<w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        begin = (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData>'
                 f'<w:name w:val="Check{n}"/><w:enabled/><w:calcOnExit w:val="0"/>{cb}'
                 '</w:ffData></w:fldChar></w:r>')
        instr = f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
        sep = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'
        end = f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'
        for x in (begin, instr, sep, end):
            p._p.append(parse_xml(x))


class Ins:
    def __init__(self, text, author, date):
        self.text, self.author, self.date = text, author, date

    def add(self, p):
        p._p.append(parse_xml(
            f'<w:ins {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(self.author)}" w:date="{self.date}">'
            f'<w:r><w:t xml:space="preserve">{escape(self.text)}</w:t></w:r></w:ins>'))


class Del:
    def __init__(self, text, author, date):
        self.text, self.author, self.date = text, author, date

    def add(self, p):
        p._p.append(parse_xml(
            f'<w:del {nsdecls("w")} w:id="{next(_ids)}" w:author="{escape(self.author)}" w:date="{self.date}">'
            f'<w:r><w:delText xml:space="preserve">{escape(self.text)}</w:delText></w:r></w:del>'))


# ---------------------------------------------------------------- layout helpers
def fill(p, parts):
    for part in parts:
        if part is None:
            continue
        if isinstance(part, str):
            p.add_run(part)
        else:
            part.add(p)
    return p


def P(container, *parts, align=None, style=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    fill(p, parts)
    if align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def put(cell, content):
    """str (lines -> paragraphs), tuple (one paragraph of parts) or list of those."""
    if content is None or content == '':
        return
    items = content if isinstance(content, list) else [content]
    first = True
    for it in items:
        if isinstance(it, str):
            lines = it.split('\n')
        else:
            lines = [it]
        for ln in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            fill(p, ln if isinstance(ln, tuple) else (ln,))


def shade(cell, fill_color='D9E2F3'):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear')
    shd.set(qn('w:color'), 'auto')
    shd.set(qn('w:fill'), fill_color)
    tcPr.append(shd)


def table(container, rows, style='Table Grid', head=False, shade_col0=False, color='D9E2F3'):
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        if len(row) < ncols:
            t.cell(i, len(row) - 1).merge(t.cell(i, ncols - 1))
        for j, c in enumerate(row):
            put(t.cell(i, j), c)
            if (head and i == 0) or (shade_col0 and j == 0 and len(row) > 1):
                shade(t.cell(i, j), color)
    return t


def kv(container, pairs, **k):
    return table(container, [list(p) for p in pairs], shade_col0=True, **k)


def gap(container):
    container.add_paragraph()


def dt(*a):
    return datetime.datetime(*a)


def new_doc(author, created, font='Calibri', size=11):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + datetime.timedelta(minutes=37)
    cp.title = ''
    return d


def build(name, doc, rows=(), problems=(), note=''):
    assert name.startswith('r18b'), name
    doc.save(os.path.join(OUT, name))
    for r in rows:
        qual, document, verdict, expert, date, lki = r
        assert document in ('MIP', 'PKE') and verdict in (
            'supported', 'needs_corrections', 'not_supported', 'unknown'), r
        ROWS.append((name, qual, document, verdict, expert, date, lki))
    for c in problems:
        assert c in ('no_verdict', 'unknown_qualification', 'conflict')
        PROBLEMS.append((name, c))
    NOTES.append((name, note))


PROJECT = ('ES Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa '
           '4.2.2.9. pasākums „Izglītības procesa individualizācija un starpnozaru sadarbība '
           'profesionālās izglītības izcilībai”')
OPTS = ('Saturs ir atbalstāms un virzāms saskaņošanai',
        'Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
        'Saturs nav atbalstāms')

# canonical qualification names (register)
MOTOR = 'motorzāģa operators'
MEZT = 'mežsaimniecības tehniķis'
KIO = 'kokapstrādes iekārtu operators'
DKIO = 'datorizētu kokapstrādes iekārtu operators'
KIRT = 'koka izstrādājumu ražošanas tehniķis'
MEB = 'mēbeļu galdnieks'
BUV = 'būvizstrādājumu galdnieks'
MMO = 'meža mašīnu operators'
EM = 'elektromontieris'
ET = 'elektrotehniķis'
VGKR = 'ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks'
VGKS = 'ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'
MEH = 'mehatronisko sistēmu tehniķis'


# ================================================================= files
def f01():
    d = new_doc('Ilze Kalniņa', dt(2026, 3, 12, 16, 5))
    P(d, B('EKSPERTĪZES ATZINUMS', size=14), align='center')
    P(d, 'par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās '
         'kvalifikācijas eksāmena (PKE) saturu', align='center')
    kv(d, [('Profesionālā kvalifikācija', 'Mēbeļu galdnieks'),
           ('LKI līmenis', '4'),
           ('Nozare', 'Kokrūpniecība'),
           ('Izstrādātājs (PII darba grupa)', 'Rīgas Valsts tehnikuma darba grupa'),
           ('Eksperts (vārds, uzvārds)', 'Ilze Kalniņa'),
           ('Ekspertīzes datums', '12.03.2026.')])
    gap(d)
    P(d, B('1. Galvenie komentāri'))
    P(d, 'MIP moduļu „Masīvkoka mēbeļu izgatavošana” un „Virsmu apdare” sasniedzamie rezultāti kopumā '
         'atbilst profesijas standartam, tomēr moduļa „Mēbeļu montāža un uzstādīšana” vērtēšanas kritērijos '
         'nav iekļauta furnitūras regulēšana un montāža pasūtītāja telpās. Jāaktualizē arī apraksts par CNC '
         'apstrādes centriem – pašreizējais teksts vairāk atbilst situācijai pirms desmit gadiem.')
    P(d, 'PKE praktiskās daļas uzdevums (skapīša ar atvilktni izgatavošana pēc rasējuma) ir reāls un '
         'izpildāms paredzētajā laikā, vērtēšanas kritēriji ir skaidri un izmērāmi.')
    P(d, B('2. Kopsavilkums'))
    table(d, [['Dokuments', 'Eksperta atzinums', 'Piezīmes'],
              ['MIP', 'Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
               'Papildināt moduļa „Mēbeļu montāža un uzstādīšana” vērtēšanas kritērijus; aktualizēt CNC aprakstu.'],
              ['PKE', 'Saturs ir atbalstāms un virzāms saskaņošanai', '—']], head=True)
    build('r18b01_Atzinums_Mebelu_galdnieks_MIP_PKE_Kalnina.docx', d,
          rows=[(MEB, 'MIP', 'needs_corrections', 'Ilze Kalniņa', '2026-03-12', 4),
                (MEB, 'PKE', 'supported', 'Ilze Kalniņa', '2026-03-12', 4)],
          note='Key/value table (value right) + summary table Dokuments | atzinums | piezīmes with canonical '
               'wording. Straightforward baseline.')


def f02():
    d = new_doc('Laura Vanaga', dt(2026, 2, 5, 11, 20))
    P(d.sections[0].header, T('LDDK  |  Nozaru ekspertu atzinums  |  4.2.2.9. pasākums', size=8, color='666666'))
    P(d, B('Nozares eksperta atzinums', size=13))
    kv(d, [('Kvalifikācija', 'Elektromontieris (LKI 3. līmenis)'),
           ('Nozare', 'Enerģētika'),
           ('Vērtētie dokumenti', 'MIP, PKE'),
           ('Eksperts', 'Jānis Ozols')])
    gap(d)
    P(d, B('Atzinums par MIP saturu'), ' (atzīmēt ar X)')
    table(d, [[OPTS[0], ''], [OPTS[1], ''], [OPTS[2], 'X']])
    P(d, I('Pamatojums: '), 'Programmā nav ietverts modulis par zemsprieguma kabeļu uzmavu montāžu un galu '
         'apdari, kas elektromontierim ir pamatprasme. Darba drošības prasības elektroietaisēs pieminētas tikai '
         'vispārīgi, bez atsauces uz darba atļauju sistēmu. Moduļu apjoms stundās neatbilst kopējam programmas '
         'apjomam (starpība 120 st.). Nepieciešama būtiska pārstrāde un atkārtota ekspertīze.')
    gap(d)
    P(d, B('Atzinums par PKE saturu'), ' (atzīmēt ar X)')
    table(d, [[OPTS[0], 'X'], [OPTS[1], ''], [OPTS[2], '']])
    P(d, I('Pamatojums: '), 'Eksāmena uzdevumi atbilst profesijas standartam, iebildumu nav.')
    gap(d)
    table(d, [['Paraksts / datums', '______________ / 05.02.2026.']], shade_col0=True)
    build('r18b02_Ozols_elektromontieris_atzinums galigais.docx', d,
          rows=[(EM, 'MIP', 'not_supported', 'Jānis Ozols', '2026-02-05', 3),
                (EM, 'PKE', 'supported', 'Jānis Ozols', '2026-02-05', 3)],
          note='All three options printed per document, "X" in the adjacent cell. Date only in "Paraksts / datums" '
               'cell; name in labelled cell. Author = coordinator. PKE "iebildumu nav" is positive.')


def f03():
    d = new_doc('rberzins', dt(2026, 3, 18, 19, 2))
    P(d, B('Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis — MIP un PKE satura vērtējums'))
    kv(d, [('Kvalifikācija', 'VGK sistēmu tehniķis'),
           ('Līmenis', '4. LKI'),
           ('Izglītības iestāde', 'Jelgavas tehnikums')])
    gap(d)
    on, off = (lambda: Sym('F0FE')), (lambda: Sym('F0A8'))
    table(d, [['Dokuments', 'Vērtējums (atzīmēt vienu)', 'Komentāri'],
              ['MIP', [(on(), ' atbalstāms un virzāms saskaņošanai'),
                       (off(), ' atbalstāms, virzāms pēc precizējumiem'),
                       (off(), ' nav atbalstāms')],
               'Labi strukturēta, automātikas un BMS moduļi atbilst tam, ko sagaidām no tehniķa.'],
              ['PKE', [(off(), ' atbalstāms un virzāms saskaņošanai'),
                       (on(), ' atbalstāms, virzāms pēc precizējumiem'),
                       (off(), ' nav atbalstāms')],
               'Teorētiskās daļas jautājumos Nr. 14, 22 un 31 minēts aukstumaģents R22 un novecojušas F-gāzu '
               'prasības – jāaizstāj ar aktuālajām. Pēc tam var virzīt.']], head=True)
    P(d.sections[0].footer, T('Eksperts: Raimonds Bērziņš  |  2026.\u00a0gada 18.\u00a0martā', size=9))
    build('r18b03_VGK sistemu tehnikis_vertejums_RB.docx', d,
          rows=[(VGKS, 'MIP', 'supported', 'Raimonds Bērziņš', '2026-03-18', 4),
                (VGKS, 'PKE', 'needs_corrections', 'Raimonds Bērziņš', '2026-03-18', 4)],
          note='Wingdings w:sym boxes (F0FE checked / F0A8 empty) before each of the three options. Alias '
               '"VGK sistēmu tehniķis". Expert name and date ONLY in the page footer (NBSP in date).')


def f04():
    d = new_doc('Laura Vanaga', dt(2026, 2, 23, 9, 48))
    P(d.sections[0].header, T(PROJECT, size=7, color='7F7F7F'))
    P(d, B('MIP satura ekspertīzes veidlapa', size=13), align='center')
    kv(d, [('Profesionālās kvalifikācijas nosaukums', 'Datorizētu kokapstrādes iekārtu operators'),
           ('LKI līmenis', '4'),
           ('Ekspertīzes priekšmets', 'Modulārā izglītības programma (PKE saturu šai kvalifikācijai vērtē cits '
                                      'nozares eksperts)'),
           ('Eksperts', 'Agnese Liepiņa'),
           ('Datums', '2026-02-23')])
    gap(d)
    table(d, [['Nr.', 'Modulis', 'Piezīmes'],
              ['1.', 'Kokapstrādes CNC iekārtu programmēšana',
               'Jāprecizē, kuras CAD/CAM programmatūras tiek apgūtas; formulējums „moderna programmatūra” ir '
               'pārāk vispārīgs.'],
              ['2.', 'Instrumentu izvēle un nomaiņa', 'Bez piezīmēm.'],
              ['3.', 'Darba aizsardzība kokapstrādē',
               'Papildināt ar putekļu nosūkšanas un ugunsdrošības prasībām pie CNC centriem.']], head=True)
    gap(d)
    P(d, B('Eksperta slēdziens'))
    table(d, [[(CC(False),), OPTS[0]], [(CC(True),), OPTS[1]], [(CC(False),), OPTS[2]]])
    build('r18b04_DKIO_MIP_ekspertize_Liepina.docx', d,
          rows=[(DKIO, 'MIP', 'needs_corrections', 'Agnese Liepiņa', '2026-02-23', 4)],
          note='Content-control checkboxes (w14:checkbox) in front of printed options. MIP only: the form says PKE '
               'is reviewed by another expert -> no PKE row. Header carries the project line with "specifiskā '
               'atbalsta mērķa" (noun, not a verdict).')


def f05():
    d = new_doc('Māris Krūmiņš', dt(2026, 3, 9, 21, 15))
    P(d, B('Atzinums par profesionālās kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” MIP un PKE saturu'))
    table(d, [['Eksperts: Māris Krūmiņš', 'Datums: 09.03.2026.'],
              ['Nozare: kokrūpniecība', 'LKI: 4. līmenis']])
    gap(d)
    table(d, [['Dokuments', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms, virzāms pēc precizējumiem',
               'Nav atbalstāms'],
              ['MIP', (FF(False),), (FF(False),), (FF(True, 'checked'),)],
              ['PKE', (FF(False),), (FF(True, 'default'),), (FF(False),)]], head=True)
    gap(d)
    P(d, B('Pamatojums'))
    P(d, U('MIP.'), ' Programmas struktūra neatbilst 2025. gadā pilnveidotajai nozares kvalifikāciju struktūrai – '
         'trūkst moduļa par ražošanas plānošanu un kvalitātes kontroli, kas ir tehniķa līmeņa pamatkompetence. '
         'Vairāki moduļi gandrīz pilnībā dublē kokapstrādes iekārtu operatora programmu. Lūdzu pēc pārstrādes '
         'nosūtīt atkārtotai ekspertīzei.')
    P(d, U('PKE.'), ' Eksāmena saturs kopumā atbilst, bet jāpārskata praktiskā uzdevuma vērtēšanas kritēriji '
         '(punktu sadalījums 3.2. un 3.4. kritērijā nav samērīgs).')
    build('r18b05_KIRT atzinums Krumins 09032026.docx', d,
          rows=[(KIRT, 'MIP', 'not_supported', 'Māris Krūmiņš', '2026-03-09', 4),
                (KIRT, 'PKE', 'needs_corrections', 'Māris Krūmiņš', '2026-03-09', 4)],
          note='Legacy FORMCHECKBOX fields in a document x option grid (MIP checked via w:checked, PKE via '
               'w:default=1); no text mark at all. Name and date inside "Eksperts: … / Datums: …" cells.')


def f06():
    d = new_doc('', dt(2026, 1, 27, 14, 30))
    P(d.sections[0].header, T('Eksperte: Anita Strode, kokrūpniecības nozare', size=9, i=True), align='right')
    P(d, B('Ekspertīzes atzinums', size=13))
    kv(d, [('Kvalifikācija', 'Motorzāģa operators'),
           ('LKI', '3'),
           ('Izskatītie materiāli', 'MIP (versija 2.1, 14.01.2026.), PKE saturs (versija 1.3)'),
           ('Datums', '27.01.2026')])
    gap(d)
    P(d, B('Atzinums'), ' (nevajadzīgo svītrot):')
    table(d, [['MIP', [(S(OPTS[0]),), (OPTS[1],), (S(OPTS[2]),)]],
              ['PKE', [(OPTS[0],), (S(OPTS[1]),), (S(OPTS[2]),)]],
              ['Piezīmes', 'MIP: koku gāšanas tehnoloģijā jāiekļauj darbs ar vinču un ķīļiem bīstamu koku gadījumā; '
                           'jāsaskaņo prakses stundu skaits uzņēmumā ar kopējo apjomu. PKE – bez piezīmēm.']],
          shade_col0=True)
    build('r18b06_motorzaga operators - ekspertize (A.Strode).docx', d,
          rows=[(MOTOR, 'MIP', 'needs_corrections', 'Anita Strode', '2026-01-27', 3),
                (MOTOR, 'PKE', 'supported', 'Anita Strode', '2026-01-27', 3)],
          note='"Nevajadzīgo svītrot": non-chosen options carry strikethrough. Expert name only in the page '
               'header; core author empty.')


def f07():
    d = new_doc('Inga Rudzīte', dt(2026, 2, 11, 15, 50))
    P(d, B('Kokrūpniecības nozares ekspertu darba sanāksmes'), align='center')
    P(d, B('PROTOKOLS Nr. 3'), align='center')
    P(d, 'Rīgā, 2026. gada 11. februārī, tiešsaistē (MS Teams), plkst. 14.00–15.30')
    table(d, [['Dalībnieks', 'Loma'],
              ['Inga Rudzīte', 'LDDK projekta koordinatore, sanāksmes vadītāja'],
              ['Ilze Kalniņa', 'nozares eksperte'],
              ['Māris Krūmiņš', 'nozares eksperts'],
              ['Anita Strode', 'nozares eksperte'],
              ['Gunta Skrastiņa', 'nozares eksperte']], head=True)
    gap(d)
    P(d, B('Darba kārtība'))
    P(d, '1. MIP un PKE ekspertīzes gaita 4. posmā.')
    P(d, '2. Atzinuma veidlapas aktualizācija.')
    P(d, '3. Dažādi.')
    table(d, [['Nr.', 'Apspriestais jautājums', 'Nolemts', 'Atbildīgais', 'Termiņš'],
              ['1.', 'Ekspertīžu gaita. I. Rudzīte informē, ka motorzāģa operatora atzinums saņemts, pārējās '
                     'kvalifikācijās darbs turpinās.',
               'Mēbeļu galdnieka MIP un PKE atzinumu iesniegt līdz 13.03.', 'I. Kalniņa', '13.03.2026.'],
              ['2.', 'Atzinuma veidlapa. Eksperti atbalsta priekšlikumu MIP un PKE vērtēt vienā dokumentā.',
               'Veidlapā paredzēt trīs slēdzienus: „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc '
               'precizējumu veikšanas virzāms saskaņošanai”, „nav atbalstāms”.', 'I. Rudzīte', '20.02.2026.'],
              ['3.', 'Metodiskais atbalsts PII darba grupām – jautājums par VISC konsultācijām.',
               'Pieprasīt VISC konsultāciju grafiku.', 'I. Rudzīte', '28.02.2026.']], head=True)
    gap(d)
    P(d, 'Protokolēja: Inga Rudzīte')
    build('r18b07_Sanaksmes protokols 2026-02-11.docx', d, problems=['no_verdict'],
          note='NOT a review: meeting minutes. Mentions MIP/PKE, lists all three verdict options, "eksperti '
               'atbalsta priekšlikumu", "metodiskais atbalsts", names experts and qualifications. No rows.')


def f08():
    d = new_doc('Sandra Jansone', dt(2026, 3, 27, 12, 0))
    P(d, B('Elektrotehniķis (LKI 4. līmenis) – MIP un PKE satura izvērtējums pēc kritērijiem'))
    P(d, I('Nozare: enerģētika. Izstrādātājs: Rīgas Tehniskās koledžas darba grupa.'))
    P(d, B('MIP satura izvērtējums'))
    table(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
              ['1.', 'Sasniedzamie rezultāti atbilst profesijas standartam un kvalifikācijas prasībām', 'Jā', ''],
              ['2.', 'Moduļu secība ir loģiska un pēctecīga', 'Jā', ''],
              ['3.', 'Iekļautas nozarē aktuālās jaunās prasmes (viedie skaitītāji, atjaunīgā enerģija)', 'Nē',
               'Nav iekļauta saules elektrostaciju pieslēgšana tīklam un uzskaite.'],
              ['4.', 'Vērtēšanas kritēriji ir izmērāmi', 'Nē',
               'Modulī „Elektroietaišu ekspluatācija” kritēriji formulēti kā tēmas, nevis kā rezultāti.'],
              ['5.', 'Aprakstītas darba vidē balstītu mācību iespējas', 'Jā', ''],
              [(B('Kopējais vērtējums: '), 'MIP saturs ir atbalstāms, bet virzāms saskaņošanai tikai pēc 3. un 4. '
                                          'punktā minēto precizējumu veikšanas.')]], head=True)
    gap(d)
    P(d, B('PKE satura izvērtējums'))
    table(d, [['Nr.', 'Kritērijs', 'Jā/Nē', 'Komentārs'],
              ['1.', 'Eksāmena uzdevumi aptver profesijas standarta galvenos pienākumus', 'Jā', ''],
              ['2.', 'Praktiskais uzdevums izpildāms PII vai uzņēmuma apstākļos', 'Jā', ''],
              ['3.', 'Vērtēšanas kritēriji un punktu sadalījums ir skaidri', 'Jā', 'Labi izstrādāta vērtēšanas lapa.'],
              ['4.', 'Teorētiskā daļa atbilst LKI 4. līmenim', 'Jā', ''],
              [(B('Kopējais vērtējums: '), 'PKE saturs atbalstāms un virzāms saskaņošanai.')]], head=True)
    gap(d)
    kv(d, [('Eksperte', 'Sandra Jansone'), ('Datums', '27.03.2026.')])
    build('r18b08_Elektrotehnikis_MIP_PKE_kriteriji_Jansone.docx', d,
          rows=[(ET, 'MIP', 'needs_corrections', 'Sandra Jansone', '2026-03-27', 4),
                (ET, 'PKE', 'supported', 'Sandra Jansone', '2026-03-27', 4)],
          note='Criterion tables with Jā/Nē column, each ending in a merged "Kopējais vērtējums" row that holds the '
               'verdict (MIP: condition in the same sentence "tikai pēc … precizējumu veikšanas").')


def f09():
    d = new_doc('Inga Rudzīte', dt(2026, 3, 10, 14, 40))
    P(d, B('Inga Rudzīte', size=14))
    for lab, val in [('No:', 'Oskars Lapiņš <oskars.lapins@mehatronika-serviss.lv>'),
                     ('Nosūtīts:', 'otrdiena, 2026. gada 10. marts 14:22'),
                     ('Kam:', 'Inga Rudzīte'),
                     ('Tēma:', 'RE: Mehatronisko sistēmu tehniķis – MIP un PKE ekspertīze'),
                     ('Pielikumi:', 'Piezimes_mehatronika.xlsx')]:
        P(d, B(lab), '\t', val, space_after=0)
    gap(d)
    P(d, 'Labdien, Inga!')
    P(d, 'Izskatīju abus dokumentus, ko atsūtījāt 2. martā.')
    P(d, 'Par MIP: kopumā laba, moduļu struktūra loģiska. Bet pneimatikas un hidraulikas modulī trūkst sasaistes ar '
         'PLC programmēšanu, un robotikas modulis ir pārāk teorētisks – nav neviena praktiska darba ar industriālo '
         'robotu. Tātad MIP atbalstu, taču saskaņošanai to virzīt tikai tad, kad šie divi punkti būs papildināti.')
    P(d, 'Par PKE: praktiskais uzdevums labs un reāls. Iebildumu nav, var virzīt saskaņošanai bez precizējumiem.')
    P(d, 'Galvenās piezīmes arī tabulā:')
    table(d, [['Dok.', 'Vieta', 'Piezīme'],
              ['MIP', '4. modulis', 'Pievienot uzdevumu: pneimatiskās shēmas vadība ar PLC.'],
              ['MIP', '7. modulis', 'Vismaz 24 st. praktisko darbu ar robotu (var uzņēmumā).']], head=True)
    P(d, 'Ar cieņu,')
    P(d, 'Oskars Lapiņš', space_after=0)
    P(d, 'SIA „Mehatronika Serviss”, tehniskais direktors')
    gap(d)
    P(d, T('-----Original Message-----', color='595959'), space_after=0)
    for lab, val in [('No:', 'Inga Rudzīte'), ('Nosūtīts:', 'pirmdiena, 2026. gada 2. marts 09:05'),
                     ('Kam:', 'Oskars Lapiņš'), ('Tēma:', 'Mehatronisko sistēmu tehniķis – MIP un PKE ekspertīze')]:
        P(d, B(lab, color='595959'), '\t', T(val, color='595959'), space_after=0)
    P(d, T('Labdien, Oskar! Pielikumā MIP un PKE saturs ekspertīzei. Lūdzu atzinumā katram dokumentam norādīt '
           'vienu no slēdzieniem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc '
           'precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Termiņš – 13. marts. '
           'Paldies! Inga', color='595959'))
    build('r18b09_RE Mehatronika MIP PKE atzinums.docx', d,
          rows=[(MEH, 'MIP', 'needs_corrections', 'Oskars Lapiņš', '2026-03-10', 4),
                (MEH, 'PKE', 'supported', 'Oskars Lapiņš', '2026-03-10', 4)],
          note='Outlook print (Latvian headers No/Nosūtīts/Kam/Tēma), author = coordinator. First-person verdicts; '
               'MIP condition in the same sentence ("atbalstu, taču virzīt tikai tad, kad…"); PKE "bez '
               'precizējumiem" = supported. Quoted request below lists all three options. Date from Nosūtīts; '
               'LKI from register.')


def f10():
    d = new_doc('Laura Vanaga', dt(2026, 3, 5, 8, 12))
    P(d, T('Gmail', size=10, color='808080'), '\t\t\t\t\t\tLaura Vanaga <laura.vanaga.lddk@gmail.com>', space_after=0)
    P(d, B('RE: PKE ekspertīze – būvizstrādājumu galdnieks', size=13), space_after=0)
    P(d, T('1 message', size=9, color='808080'))
    P(d, B('Dace Zariņa'), ' <dace.zarina.koks@gmail.com>\t\t\tWed, Mar 4, 2026 at 9:15 AM', space_after=0)
    P(d, 'To: Laura Vanaga <laura.vanaga.lddk@gmail.com>')
    P(d, 'Sveika, Laura,')
    P(d, 'nosūtu savu vērtējumu par būvizstrādājumu galdnieka PKE. MIP man netika nosūtīta, tāpēc par to '
         'neizsakos – to skatīja Gunta.')
    P(d, 'Īsumā – PKE saturu šādā veidā atbalstīt nevaru. Praktiskais uzdevums (logu bloka izgatavošana ar '
         'stiklojuma līsti) nav izpildāms sešās stundās, un montāžas daļai vispār nav vērtēšanas kritēriju. Tas '
         'jāpārstrādā un jāatsūta vēlreiz.')
    table(d, [['Dokuments', 'Slēdziens', 'Galvenais iemesls'],
              ['PKE', 'nav atbalstāms',
               'uzdevuma apjoms neatbilst laikam; nav montāžas vērtēšanas kritēriju; teorijas testā 6 jautājumi '
               'par mēbelēm, nevis būvizstrādājumiem']], head=True)
    P(d, 'Ar labākajiem novēlējumiem,')
    P(d, 'Dace')
    gap(d)
    P(d, T('On Mon, Feb 23, 2026 at 4:02 PM Laura Vanaga <laura.vanaga.lddk@gmail.com> wrote:', color='808080'))
    P(d, T('> Labdien, Dace!\n> Lūgums izvērtēt būvizstrādājumu galdnieka PKE saturu un sniegt atzinumu, vai tas '
           'ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms.\n> Paldies!\n'
           '> Laura', color='808080'))
    build('r18b10_Fwd PKE buvizstradajumu galdnieks - Zarina.docx', d,
          rows=[(BUV, 'PKE', 'not_supported', 'Dace Zariņa', '2026-03-04', 4)],
          note='Gmail print with English header line. Only PKE: the expert says MIP was not sent to her -> no MIP '
               'row. "atbalstīt nevaru" + summary cell "nav atbalstāms". Name from the sender line (signature is '
               'first name only). Quoted request lists options.')


def f11():
    d = new_doc('Andris Pētersons', dt(2026, 2, 2, 10, 30))
    h = d.sections[0].header
    P(h, B('SIA „Ziemeļkurzemes mežizstrāde”', size=14, color='2F5496'), align='center', space_after=0)
    P(h, T('Reģ. Nr. 40103987654  ·  Dzirnavu iela 14, Ventspils, LV-3601  ·  birojs@zk-mezs.lv', size=8),
      align='center')
    P(d, 'Ventspilī, 2026. gada 2. februārī\t\t\t\tNr. 2-6/14')
    P(d, 'Latvijas Darba devēju konfederācijai', space_after=0)
    P(d, 'projekta koordinatorei Laurai Vanagai')
    P(d, B('Par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” MIP un PKE satura ekspertīzi'))
    P(d, 'Atbilstoši LDDK deleģējumam esmu izvērtējis Kuldīgas tehnikuma darba grupas izstrādāto modulāro '
         'izglītības programmu un profesionālās kvalifikācijas eksāmena saturu (LKI 4. līmenis). Sniedzu šādu '
         'atzinumu:')
    table(d, [['Dokuments', 'Slēdziens', 'Komentārs'],
              ['MIP', 'Atbalstu; iesaku virzīt saskaņošanai.',
               'Programmā labi integrētas digitālās meža inventarizācijas un ĢIS prasmes, prakses apjoms atbilst '
               'nozares vajadzībām.'],
              ['PKE', 'Atbalstu; iesaku virzīt saskaņošanai.', 'Nav iebildumu.']], head=True)
    gap(d)
    P(d, 'Ar cieņu')
    P(d, 'valdes loceklis\t\t\t\t\t\tA. Pētersons', space_after=0)
    P(d, T('Andris Pētersons, tālr. 26 123 456', size=9))
    build('r18b11_SIA_Ziemelkurzemes_mezi_vestule_mezsaimniecibas_tehnikis.docx', d,
          rows=[(MEZT, 'MIP', 'supported', 'Andris Pētersons', '2026-02-02', 4),
                (MEZT, 'PKE', 'supported', 'Andris Pētersons', '2026-02-02', 4)],
          note='Company letterhead in the page header; formal letter with a small verdict table ("Atbalstu; iesaku '
               'virzīt saskaņošanai"). Date in the letter place line; name both as "A. Pētersons" and in full.')


def f12():
    d = new_doc('Gunta Skrastiņa', dt(2026, 3, 30, 17, 25))
    P(d, B('Eksperta vērtējumu kopsavilkums – kokrūpniecības nozare, 4. posms'))
    kv(d, [('Eksperte', 'Gunta Skrastiņa'), ('Datums', '30.03.2026.')])
    gap(d)
    ck = '\u2713'
    t = table(d, [['Kvalifikācija', 'LKI', 'Dok.', 'Atbalstāms un virzāms saskaņošanai',
                   'Atbalstāms, virzāms pēc precizējumiem', 'Nav atbalstāms', 'Piezīmes'],
                  ['Kokapstrādes iekārtu operators', '3', 'MIP', ck, '', '', ''],
                  ['', '', 'PKE', '', ck, '', 'Precizēt darba drošības uzdevuma formulējumu.'],
                  ['Meža mašīnu operators', '3', 'MIP', '', ck, '', 'Iekļaut simulatora mācības pirms darba ar '
                                                                     'harvesteru.'],
                  ['', '', 'PKE', '', '', ck, 'Praktiskā daļa PII nav nodrošināma – nav tehnikas; jāparedz '
                                              'uzņēmumā un jāpārstrādā uzdevumi.'],
                  ['Būvizstrādājumu galdnieks', '4', 'MIP', ck, '', '', ''],
                  ['', '', 'PKE', '', '', '', 'Nav vērtēts (PKE vērtē D. Zariņa).'],
                  ['Mēbeļu galdnieks', '4', 'MIP', ck, '', '', 'Atkārtotā ekspertīze, precizējumi veikti.'],
                  ['', '', 'PKE', ck, '', '', '']], head=True)
    for r in (1, 3, 5, 7):
        for c in (0, 1):
            m = t.cell(r, c).merge(t.cell(r + 1, c))
            # merged cell keeps the first text plus an empty paragraph; tidy
            for p in m.paragraphs[1:]:
                p._p.getparent().remove(p._p)
    build('r18b12_Kokrupnieciba_kopsavilkums_Skrastina_30.03.docx', d,
          rows=[(KIO, 'MIP', 'supported', 'Gunta Skrastiņa', '2026-03-30', 3),
                (KIO, 'PKE', 'needs_corrections', 'Gunta Skrastiņa', '2026-03-30', 3),
                (MMO, 'MIP', 'needs_corrections', 'Gunta Skrastiņa', '2026-03-30', 3),
                (MMO, 'PKE', 'not_supported', 'Gunta Skrastiņa', '2026-03-30', 3),
                (BUV, 'MIP', 'supported', 'Gunta Skrastiņa', '2026-03-30', 4),
                (MEB, 'MIP', 'supported', 'Gunta Skrastiņa', '2026-03-30', 4),
                (MEB, 'PKE', 'supported', 'Gunta Skrastiņa', '2026-03-30', 4)],
          note='One expert, four qualifications in one grid (vertically merged qualification/LKI cells), verdict '
               'by "✓" in option columns. Būvizstrādājumu galdnieks PKE explicitly "nav vērtēts (vērtē D. '
               'Zariņa)" -> no row. Mēbeļu galdnieks MIP note mentions earlier round (current verdict counts).')


def f13():
    d = new_doc('Kristaps Eglītis', dt(2026, 4, 15, 13, 0))
    a, w = 'Kristaps Eglītis', '2026-04-21T10:12:00Z'
    P(d, B('Ekspertīzes atzinums'), align='center')
    kv(d, [('Kvalifikācija', 'Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks'),
           ('LKI līmenis', '3'),
           ('Eksperts', 'Kristaps Eglītis'),
           ('Datums', (Del('15.04.2026.', a, w), Ins('21.04.2026.', a, w)))])
    gap(d)
    table(d, [['Dokuments', 'Slēdziens', 'Pamatojums'],
              ['MIP', (Del('Saturs ir atbalstāms un virzāms saskaņošanai.', a, w),
                       Ins('Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.', a, w)),
               ('Programma kopumā atbilst profesijas standartam. ',
                Ins('Pēc sarunas ar darba grupu 20.04. konstatēju, ka modulī „Dzesēšanas iekārtu apkope” nav '
                    'iekļauta noplūdes pārbaude ar elektronisko detektoru – jāpapildina.', a, w))],
              ['PKE', (Del('Saturs nav atbalstāms.', a, w), Ins('Saturs ir atbalstāms un virzāms saskaņošanai.', a, w)),
               (Del('Praktiskais uzdevums nav izpildāms PII aprīkojumā.', a, w),
                Ins('Darba grupa 17.04. iesniedza labotu PKE versiju, kurā iepriekšējie trūkumi ir novērsti.', a, w))]],
          head=True)
    build('r18b13_VGK remontatslednieks_atzinums_labots.docx', d,
          rows=[(VGKR, 'MIP', 'needs_corrections', 'Kristaps Eglītis', '2026-04-21', 3),
                (VGKR, 'PKE', 'supported', 'Kristaps Eglītis', '2026-04-21', 3)],
          note='Tracked changes: old verdicts and old date inside w:del, current ones inside w:ins (invisible to '
               'paragraph.text). Current text counts: MIP needs_corrections, PKE supported, date 21.04.2026.')


def f14():
    d = new_doc('Līga Strazdiņa', dt(2026, 3, 16, 18, 45))
    P(d, B('Atkārtotas ekspertīzes atzinums', size=13))
    kv(d, [('Profesionālā kvalifikācija', 'Elektromontieris'),
           ('Līmenis', 'LKI 3'),
           ('Eksperte', 'Līga Strazdiņa')])
    gap(d)
    P(d, B('Ekspertīzes vēsture un pašreizējais slēdziens'))
    table(d, [['Kārta', 'Datums', 'Dokuments', 'Slēdziens'],
              ['1. kārta', '20.01.2026.', 'MIP', 'Saturs nav atbalstāms'],
              ['1. kārta', '20.01.2026.', 'PKE', 'Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
              ['2. kārta', '16.03.2026.', 'MIP', 'Saturs ir atbalstāms un virzāms saskaņošanai'],
              ['2. kārta', '16.03.2026.', 'PKE', 'Saturs ir atbalstāms un virzāms saskaņošanai']], head=True)
    gap(d)
    P(d, 'Darba grupa ir ņēmusi vērā visas 1. kārtā izteiktās piezīmes: programmai pievienots modulis par kabeļu '
         'līniju montāžu, precizēts stundu sadalījums, un PKE vērtēšanas kritērijos novērstas neprecizitātes. '
         'Uzskatu, ka abi dokumenti tagad ir gatavi saskaņošanai.')
    table(d, [['Paraksts / datums', 'L. Strazdiņa / 16.03.2026.']], shade_col0=True)
    build('r18b14_Elektromontieris_atkartota ekspertize_Strazdina.docx', d,
          rows=[(EM, 'MIP', 'supported', 'Līga Strazdiņa', '2026-03-16', 3),
                (EM, 'PKE', 'supported', 'Līga Strazdiņa', '2026-03-16', 3)],
          note='Re-review with a history table (round 1: MIP not supported, PKE with corrections; round 2: both '
               'supported). Newest round counts; date = round 2 / signature date.')


def f15():
    d = new_doc('Laura Vanaga', dt(2026, 3, 31, 16, 0))
    sec = d.sections[0]
    P(d, B('Nozaru ekspertu sadalījums MIP un PKE satura ekspertīzei projekta 5. posmā '
           '(01.04.2026.–31.07.2026.)'))
    table(d, [['Nr.', 'Kvalifikācija', 'LKI', 'MIP eksperts', 'PKE eksperts', 'Termiņš', 'Statuss / piezīmes'],
              ['1.', 'Kokapstrādes iekārtu operators', '3', 'G. Skrastiņa', 'R. Kļaviņš', '30.04.2026.',
               'Gaida PII precizēto redakciju'],
              ['2.', 'Mēbeļu galdnieks', '4', 'I. Kalniņa', 'I. Kalve', '15.05.2026.', 'Atkārtota ekspertīze'],
              ['3.', 'Meža mašīnu operators', '3', 'S. Mauriņa', 'S. Mauriņa', '29.05.2026.', ''],
              ['4.', 'Elektrotehniķis', '4', 'S. Jansone', 'A. Saulītis', '17.04.2026.', ''],
              ['5.', 'VGK sistēmu tehniķis', '4', 'Ē. Zālītis', 'I. Puriņš', '12.06.2026.',
               'PKE vērtē pēc MIP saskaņošanas'],
              ['6.', 'VGK iekārtu remontatslēdznieks', '3', 'K. Eglītis', 'K. Eglītis', '24.04.2026.', ''],
              ['7.', 'Mehatronisko sistēmu tehniķis', '4', 'V. Grīnbergs', 'O. Lapiņš', '—',
               'Gaida PII precizējumus']], head=True)
    gap(d)
    P(d, I('Ja saturs atzīts par atbalstāmu pēc precizējumu veikšanas, PII precizēto redakciju iesniedz tam pašam '
           'ekspertam. Ekspertu darbs tiek apmaksāts no 4.2.2. specifiskā atbalsta mērķa līdzekļiem.'))
    P(sec.footer, T('Sagatavoja: L. Vanaga, LDDK', size=8))
    build('r18b15_Ekspertu sadalijums 5.posms.docx', d, problems=['no_verdict'],
          note='NOT a review: assignment table for stage 5 (qualification | MIP expert | PKE expert | deadline | '
               'status). Mentions "atbalstāmu pēc precizējumu veikšanas" as a rule, "atbalsta mērķa". No rows.')


def f16():
    d = new_doc('Inese Kalve', dt(2026, 5, 12, 20, 10))
    P(d, B('Atzinums – MIP un PKE saturs'))
    kv(d, [('Profesionālā kvalifikācija', 'Mēbeļu galdnieks'),
           ('LKI līmenis', '4'),
           ('Izglītības iestāde', 'Ogres tehnikums'),
           ('Eksperte', 'Inese Kalve')])
    gap(d)
    table(d, [['', 'MIP', 'PKE'],
              ['Slēdziens',
               [(BOX(True), ' ', OPTS[0]), (BOX(False), ' ', OPTS[1]), (BOX(False), ' ', OPTS[2])],
               [(BOX(False), ' ', OPTS[0]), (BOX(False), ' ', OPTS[1]), (BOX(False), ' ', OPTS[2])]],
              ['Komentāri', 'Programma sakārtota, visas iepriekšējās piezīmes ņemtas vērā.',
               'Atsūtītajā PKE failā nav praktiskā uzdevuma vērtēšanas lapas un rasējumu pielikuma, tāpēc eksāmena '
               'saturu pilnā apjomā izvērtēt nevarēju. Lūdzu atsūtīt pilno versiju.']], shade_col0=True)
    gap(d)
    table(d, [['Paraksts / datums', '12.05.2026']], shade_col0=True)
    build('r18b16_Kalve_mebelu galdnieks MIP PKE.docx', d,
          rows=[(MEB, 'MIP', 'supported', 'Inese Kalve', '2026-05-12', 4),
                (MEB, 'PKE', 'unknown', 'Inese Kalve', '2026-05-12', 4)],
          problems=['no_verdict'],
          note='Typed ☒/☐ glyphs (MS Gothic). MIP marked. PKE covered (column present, comments) but no box '
               'ticked and the expert says she could not assess the full content -> unknown + no_verdict.')


def f17():
    d = new_doc('Aivars Dreimanis', dt(2026, 4, 8, 7, 55))
    P(d, B('Ekspertīzes atzinums: Motorzāģa operators (LKI 3)'))
    kv(d, [('Eksperts', 'Aivars Dreimanis'), ('Datums', '08.04.2026.'),
           ('Izglītības iestāde', 'Smiltenes tehnikums')])
    gap(d)
    table(d, [['Slēdziens', 'MIP', 'PKE'],
              [OPTS[0], (CC(False),), (CC(True),)],
              [OPTS[1], (CC(True),), (CC(False),)],
              [OPTS[2], (CC(False),), (CC(True),)]], head=True)
    gap(d)
    P(d, B('Piezīmes'))
    P(d, 'MIP: modulī „Motorzāģa tehniskā apkope” jāprecizē ķēdes asināšanas leņķu vērtēšana; prakses dienasgrāmatas '
         'veidlapa jāpielāgo.')
    P(d, 'PKE: teorētiskajā daļā 40 jautājumi, praktiskajā daļā – koka gāšana un sagarumošana noteiktā laikā.')
    build('r18b17_Motorzaga_operators_atzinums_Dreimanis.docx', d,
          rows=[(MOTOR, 'MIP', 'needs_corrections', 'Aivars Dreimanis', '2026-04-08', 3),
                (MOTOR, 'PKE', 'unknown', 'Aivars Dreimanis', '2026-04-08', 3)],
          problems=['conflict'],
          note='Content-control checkbox grid (option rows x MIP/PKE columns). PKE has BOTH "atbalstāms un '
               'virzāms" and "nav atbalstāms" checked; the PKE note is neutral -> unknown + conflict.')


def f18():
    d = new_doc('User', dt(2026, 4, 2, 22, 3))
    table(d, [['Kvalifikacija', 'elektrotehnikis, 4.LKI'],
              ['MIP', 'atbalstams, pec precizejumu veiksanas virzams saskanosanai (koment. PDF failaa)'],
              ['PKE', 'atbalstams un virzams saskanosanai'],
              ['Eksperts', 'R. Kalnins'],
              ['Datums', '02.04.2026']])
    build('r18b18_elektrotehnikis_RK.docx', d,
          rows=[(ET, 'MIP', 'needs_corrections', 'R. Kalnins', '2026-04-02', 4),
                (ET, 'PKE', 'supported', 'R. Kalnins', '2026-04-02', 4)],
          note='Very short, no diacritics anywhere, single key/value table. Expert as written: initial + surname '
               'without diacritics. Core author "User".')


def f19():
    d = new_doc('Laura Vanaga', dt(2026, 4, 7, 12, 34))
    rows = [('Profesionālās kvalifikācijas nosaukums', 'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'),
            ('LKI līmenis', '4'),
            ('Vērtētais dokuments', 'MIP (PKE saturs tiks vērtēts 5. posmā pēc MIP saskaņošanas)'),
            ('Eksperta komentāri',
             ['Programmā nav nošķirtas remontatslēdznieka (LKI 3) un tehniķa (LKI 4) kompetences – vairāk nekā puse '
              'moduļu ir gandrīz vārds vārdā pārņemti no remontatslēdznieka programmas.',
              'Nav ietverti sistēmu projektēšanas pamati, gaisa apjomu un energoefektivitātes aprēķini, kā arī '
              'nodošanas ekspluatācijā (regulēšanas protokolu) prasmes.',
              'Programmu šādā redakcijā nevaru atbalstīt, tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.']),
            ('Slēdziens', 'Nav atbalstāms'),
            ('Eksperts', 'Ēriks Zālītis'),
            ('Datums', '2026. gada 7. aprīlī')]
    flat = []
    for lab, val in rows:
        flat += [[(B(lab),)], [val]]
    t = table(d, flat)
    for i in range(0, len(flat), 2):
        shade(t.cell(i, 0), 'E2EFDA')
    build('r18b19_Zalitis_VGKST_MIP.docx', d,
          rows=[(VGKS, 'MIP', 'not_supported', 'Ēriks Zālītis', '2026-04-07', 4)],
          note='Single-column form: each label in a shaded row, value in the row BELOW. MIP only; PKE explicitly '
               'postponed to stage 5 -> no PKE row. First-person "nevaru atbalstīt" + Slēdziens "Nav atbalstāms".')


def f20():
    d = new_doc('Zane Kociņa', dt(2026, 3, 19, 15, 15))
    P(d, B('Koka izstrādājumu ražošanas tehniķis – MIP satura ekspertīze'))
    P(d, I('Atzinums attiecas tikai uz MIP; PKE saturs vēl nav iesniegts.'))
    table(d, [['Nr.', 'Modulis / sadaļa', 'Piezīme', 'Būtiska (Jā/Nē)'],
              ['1.', '3. modulis „Kokmateriālu žāvēšana”',
               'Žāvēšanas režīmu tabulas novecojušas; šajā daļā piedāvātais risinājums nav atbalstāms.', 'Jā'],
              ['2.', '5. modulis „Līmēto konstrukciju ražošana”', 'Papildināt ar CLT paneļu piemēriem.', 'Nē'],
              ['3.', 'Prakses apraksts', 'Prakses uzdevumi neatbilst tehniķa līmenim – tikai operatora darbi.', 'Jā'],
              ['4.', 'Vispārīgā daļa', 'Rakstības kļūdas, nekonsekventi termini.', 'Nē']], head=True)
    gap(d)
    table(d, [[(B('Slēdziens'),),
               'Ņemot vērā, ka iebildumi attiecas uz atsevišķiem moduļiem un tos iespējams novērst bez programmas '
               'struktūras maiņas, MIP saturs ir atbalstāms; pēc 1. un 3. punktā minēto precizējumu veikšanas '
               'virzāms saskaņošanai.']], shade_col0=True, color='FFF2CC')
    gap(d)
    P(d, 'Eksperte: Zane Kociņa, 19.03.2026.')
    build('r18b20_KIRT_MIP_piezimes_un_slēdziens_ZK.docx', d,
          rows=[(KIRT, 'MIP', 'needs_corrections', 'Zane Kociņa', '2026-03-19', 4)],
          note='Remarks table contains "risinājums nav atbalstāms" about one module; the Slēdziens cell outranks it '
               '(needs_corrections). "Attiecas tikai uz MIP; PKE vēl nav iesniegts" -> no PKE row. File name has '
               'a diacritic.')


def f21():
    d = new_doc('Normunds Ābele', dt(2026, 3, 24, 9, 0))
    P(d.sections[0].header, 'Rīga, 24.03.2026', align='right')
    P(d, B('PKE satura ekspertīze: Datorizētu kokapstrādes iekārtu operators (4. LKI)'))
    P(d, 'Šis atzinums attiecas tikai uz PKE saturu; MIP ekspertīzi veica A. Liepiņa.')
    ck = '\u2713'
    table(d, [['Dokuments', 'Atbalstāms un virzāms saskaņošanai', 'Atbalstāms; virzāms pēc precizējumiem',
               'Nav atbalstāms'],
              ['PKE', '', ck, '']], head=True)
    gap(d)
    P(d, B('Precizējamie punkti'))
    P(d, '1. Praktiskajā uzdevumā norādīt konkrētu materiālu (MDF 18 mm) un pieļaujamās novirzes.')
    P(d, '2. Teorijas testā aizstāt jautājumus par rokas instrumentiem ar jautājumiem par CNC programmu korekciju.')
    gap(d)
    kv(d, [('Eksperts', 'Normunds Ābele')])
    build('r18b21_RE_ DKIO PKE atzinums Abele.docx', d,
          rows=[(DKIO, 'PKE', 'needs_corrections', 'Normunds Ābele', '2026-03-24', 4)],
          note='Option columns with "✓". PKE only, MIP explicitly reviewed by someone else. Date only in the page '
               'header (place + date).')


def f22():
    d = new_doc('Inga Rudzīte', dt(2026, 1, 12, 10, 0))
    P(d.sections[0].header, T(PROJECT, size=7))
    P(d, B('Norādījumi nozaru ekspertiem atzinuma veidlapas aizpildīšanai', size=13))
    for s in ['1. Atzinumu sagatavo par katru profesionālo kvalifikāciju atsevišķi; MIP un PKE var vērtēt vienā '
              'veidlapā.',
              '2. Katram dokumentam atzīmējiet tikai vienu slēdzienu: „saturs ir atbalstāms un virzāms saskaņošanai”, '
              '„saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”.',
              '3. Ja saturs nav atbalstāms vai nepieciešami precizējumi, pamatojumā konkrēti norādiet, kas jālabo.',
              '4. Aizpildītu veidlapu nosūtiet koordinatorei 10 darba dienu laikā.']:
        P(d, s)
    P(d, B('VEIDLAPA'))
    kv(d, [('Profesionālā kvalifikācija', ''), ('LKI līmenis', ''), ('Eksperts', ''), ('Datums', '')])
    gap(d)
    table(d, [['Slēdziens', 'MIP', 'PKE'],
              [OPTS[0], (BOX(False),), (BOX(False),)],
              [OPTS[1], (BOX(False),), (BOX(False),)],
              [OPTS[2], (BOX(False),), (BOX(False),)],
              ['Pamatojums', '', '']], head=True)
    build('r18b22_Atzinuma veidlapa_TUKSA_instrukcija.docx', d, problems=['no_verdict'],
          note='NOT a review: instructions + empty form with all options and empty ☐ boxes, no qualification, '
               'no expert. No rows.')


def f23():
    d = new_doc('Valdis Krastiņš', dt(2026, 5, 6, 11, 11))
    P(d, B('ATZINUMS PAR MIP UN PKE SATURU'), align='center')
    table(d, [[(B('Kvalifikācija'),), 'Metālapstrādes CNC iekārtu operators', (B('LKI'),), '3'],
              [(B('Nozare'),), 'Mašīnbūve un metālapstrāde', (B('Datums'),), '06.05.2026.'],
              [(B('Eksperts'),), 'Valdis Krastiņš', (B('Iestāde'),), 'Liepājas Valsts tehnikums']])
    gap(d)
    table(d, [['Dokuments', 'Vērtējums', 'Piezīmes'],
              ['MIP', 'Atbalstāma ar nosacījumu, ka tiek precizēti 2. un 6. moduļa sasniedzamie rezultāti',
               '2. modulī nav mērinstrumentu kalibrēšanas; 6. modulī CAM programmēšana aprakstīta tikai '
               'frēzēšanai, trūkst virpošanas.'],
              ['PKE', 'Neatbalstu',
               'Eksāmena praktiskais uzdevums paredz 5 asu apstrādi, kas pārsniedz LKI 3. līmeņa prasības; '
               'teorijas testā iekļauti jautājumi par metināšanu, kas nav šīs kvalifikācijas saturs. PKE '
               'jāpārstrādā.']], head=True)
    build('r18b23_CNC metalapstrade_Krastins_atzinums.docx', d,
          rows=[('metālapstrādes CNC iekārtu operators', 'MIP', 'needs_corrections', 'Valdis Krastiņš',
                 '2026-05-06', 3),
                ('metālapstrādes CNC iekārtu operators', 'PKE', 'not_supported', 'Valdis Krastiņš',
                 '2026-05-06', 3)],
          problems=['unknown_qualification'],
          note='Qualification not in the register (metalworking). Four-column key/value grid (two pairs per row). '
               'Verdicts as "Atbalstāma ar nosacījumu, ka…" and "Neatbalstu". LKI 3 from the review.')


def f24():
    d = new_doc('Laura Vanaga', dt(2026, 4, 28, 16, 44))
    P(d, B('Eksperta vērtējums'))
    kv(d, [('Kvalifikācija', 'VGK remontatslēdznieks'),
           ('Izglītības iestāde', 'Daugavpils tehnikums'),
           ('Dokumenti', 'MIP un PKE')])
    gap(d)
    chk = lambda on: BOX(on, '\u2611' if on else '\u2610')
    table(d, [['', 'MIP', 'PKE'],
              [OPTS[0], (chk(True),), (chk(False),)],
              [OPTS[1], (chk(False),), (chk(False),)],
              [OPTS[2], (chk(False),), (chk(True),)]], head=True)
    gap(d)
    P(d, B('Pamatojums PKE daļā: '), 'eksāmena uzdevumos nav iekļauta neviena darbība ar aukstumaģentiem, lai gan '
         'tā ir remontatslēdznieka ikdienas darba būtiska daļa; vērtēšanas kritēriji vispārīgi. '
         'Nepieciešama pārstrāde.')
    table(d, [['Paraksts / datums', 'Sanita Bērziņa / 2026. gada 28. aprīlī']], shade_col0=True)
    build('r18b24_VGK_remontatslēdznieks_SB.docx', d,
          rows=[(VGKR, 'MIP', 'supported', 'Sanita Bērziņa', '2026-04-28', 3),
                (VGKR, 'PKE', 'not_supported', 'Sanita Bērziņa', '2026-04-28', 3)],
          note='Typed ☑/☐ glyphs in option x document grid. Abbreviated name "VGK remontatslēdznieks"; LKI not '
               'stated -> register (3). Name and date only in the "Paraksts / datums" cell.')


def f25():
    d = new_doc('Kaspars Liepa', dt(2026, 2, 17, 13, 37))
    P(d, B('Mežsaimniecības tehniķis – MIP/PKE'))
    P(d, I('(veidlapu nedaudz pārveidoju, lai būtu pārskatāmāk – K.L.)'))
    table(d, [['Jautājums', 'MIP', 'PKE'],
              ['Vai saturs ir atbalstāms?', 'Jā', 'Jā'],
              ['Vai nepieciešami precizējumi?', 'Nē', 'Jā – skat. 2. punktu'],
              ['Vai virzāms saskaņošanai?', 'Jā, bez precizējumiem', 'Pēc precizējumu veikšanas']], head=True)
    gap(d)
    P(d, B('Komentāri'))
    P(d, '1. MIP – labs darbs, meža inventarizācijas un ĢIS moduļi atbilst tam, ko uzņēmumi sagaida.')
    P(d, '2. PKE vērtēšanas kritēriji praktiskajam uzdevumam „Mežaudzes taksācija” jāpapildina ar pieļaujamām '
         'mērījumu kļūdām. Ar nosacījumu, ka tas tiek izdarīts, PKE var virzīt saskaņošanai.')
    P(d, 'Sagatavoja: Kaspars Liepa, 17.02.2026')
    build('r18b25_Mezsaimniecibas tehnikis - Liepa - galigais v2.docx', d,
          rows=[(MEZT, 'MIP', 'supported', 'Kaspars Liepa', '2026-02-17', 4),
                (MEZT, 'PKE', 'needs_corrections', 'Kaspars Liepa', '2026-02-17', 4)],
          note='Expert-redesigned form: three yes/no flag questions per document (atbalstāms? precizējumi? '
               'virzāms?). MIP "Jā, bez precizējumiem" = supported (not corrections). PKE condition also in prose. '
               'LKI from register.')


def f26():
    d = new_doc('Mārtiņš Siliņš', dt(2026, 4, 15, 9, 30))
    P(d, B('Nozaru eksperti turpina darbu pie modulāro programmu un kvalifikācijas eksāmenu satura', size=14))
    P(d, I('Jaunums LDDK mājaslapai, 2026. gada aprīlis'))
    P(d, 'Latvijas Darba devēju konfederācija arī 2026. gadā kā sadarbības partneris piedalās ES Kohēzijas '
         'politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma „Izglītības '
         'procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai” īstenošanā. Projekta 4. posmā ar LDDK deleģējumu iesaistīti 13 enerģētikas, kokrūpniecības, mašīnbūves '
         'un metālapstrādes nozaru eksperti, kuri vērtē profesionālās izglītības iestāžu darba grupu izstrādāto '
         'modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu.')
    P(d, '„Nozares uzņēmumi atbalsta šo darbu, jo tikai tā skolu programmās nonāk prasmes, kas ražotnēs vajadzīgas '
         'jau šodien,” stāsta kokrūpniecības nozares eksperte. Ekspertīzes rezultātā dokumenti tiek virzīti '
         'saskaņošanai vai atgriezti darba grupām precizējumu veikšanai.')
    table(d, [['Fakti skaitļos', ''],
              ['Iesaistītie nozaru eksperti', '13'],
              ['Kvalifikācijas, kurām vērtē MIP un PKE saturu', '21'],
              ['Ekspertīzi plānots pabeigt', '2026. gada jūlijā (5. posms)']], head=True)
    P(d, 'Vairāk informācijas: LDDK projektu nodaļa.')
    build('r18b26_Jaunums majaslapai_eksperti.docx', d, problems=['no_verdict'],
          note='NOT a review: news item for the website. "specifiskā atbalsta mērķa", "uzņēmumi atbalsta šo darbu", '
               '"virzīti saskaņošanai vai atgriezti… precizējumu veikšanai" – no verdict on any document. No rows.')


def f27():
    d = new_doc('Inga Rudzīte', dt(2026, 4, 9, 11, 2))
    for lab, val in [('From:', 'Arturs Saulitis <a.saulitis.energo@gmail.com>'),
                     ('Sent:', 'Thursday, April 9, 2026 10:41 AM'),
                     ('To:', 'Inga Rudzīte'),
                     ('Subject:', 'RE: PKE elektromontieris un elektrotehnikis')]:
        P(d, B(lab), ' ', val, space_after=0)
    gap(d)
    P(d, 'Sveiki,')
    P(d, 'paskatijos abus PKE. MIP vertesana man netika uzdota, tapec par MIP nerakstu.')
    P(d, 'Elektromontieris (LKI 3) - PKE atbalstu, var virzit saskanosanai. Praktiskais uzdevums (sadales skapja '
         'montaza un parbaude) ir labs.')
    P(d, 'Elektrotehnikis (LKI 4) - PKE neatbalstu. Teorijas testa puse jautajumu atbilst elektromontiera limenim, nav '
         'neviena uzdevuma par releju aizsardzibu un merijumu protokoliem. Vajag parstradat un atsutit velreiz.')
    P(d, 'Tabula zemak, ja vajag atskaitei.')
    table(d, [['Kvalifikacija', 'PKE sledziens'],
              ['elektromontieris', 'atbalstams un virzams saskanosanai'],
              ['elektrotehnikis', 'nav atbalstams']], head=True)
    P(d, 'Arturs')
    gap(d)
    for lab, val in [('From:', 'Inga Rudzīte'), ('Sent:', 'Monday, March 30, 2026 3:15 PM'),
                     ('To:', 'Arturs Saulitis'), ('Subject:', 'PKE elektromontieris un elektrotehnikis')]:
        P(d, B(lab, color='1F3864'), ' ', T(val, color='1F3864'), space_after=0)
    P(d, T('Labdien, Artur! Lūdzu izvērtēt pievienoto divu kvalifikāciju PKE saturu un norādīt, vai saturs ir '
           'atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. '
           'Ar cieņu, Inga Rudzīte, LDDK', color='1F3864'))
    build('r18b27_RE PKE elektromontieris un elektrotehnikis.docx', d,
          rows=[(EM, 'PKE', 'supported', 'Arturs Saulitis', '2026-04-09', 3),
                (ET, 'PKE', 'not_supported', 'Arturs Saulitis', '2026-04-09', 4)],
          note='Outlook print with English headers; reply typed without diacritics; two qualifications, PKE only '
               '(MIP explicitly not assigned -> no MIP rows). Expert full name from the From: line, as written '
               'without diacritics. Quoted request lists options.')


def f28():
    d = new_doc('Signe Mauriņa', dt(2026, 5, 20, 10, 10))
    P(d, B('MEŽA MAŠĪNU OPERATORS – ekspertīzes atzinums'), align='center')
    t = table(d, [['Sadaļa', 'Saturs'],
                  ['Kvalifikācija', 'Meža mašīnu operators (LKI 3)'],
                  ['MIP', ''],
                  ['PKE', ''],
                  ['Eksperte', 'Signe Mauriņa'],
                  ['Datums', '20.05.2026.']], head=True)
    for r in (1, 2, 3, 4, 5):
        shade(t.cell(r, 0), 'EDEDED')

    def nested(cell, rows):
        cell.paragraphs[0].text = ''
        n = cell.add_table(len(rows), 2)
        n.style = 'Table Grid'
        for i, (a, b) in enumerate(rows):
            put(n.cell(i, 0), a)
            put(n.cell(i, 1), b)
    nested(t.cell(2, 1), [('Atbilstība profesijas standartam', 'Atbilst'),
                          ('Simulatora mācības', 'Nav paredzētas – jāiekļauj vismaz 40 st.'),
                          ('Darba drošība', 'Pietiekami'),
                          ((B('Slēdziens'),), (B('atbalstīta, virzāma saskaņošanai pēc precizējumiem'),))])
    nested(t.cell(3, 1), [('Praktiskā daļa', 'Uzdevums prasa pievešanas traktoru ar manipulatoru, kura PII nav; '
                                            'alternatīva nav aprakstīta.'),
                          ('Teorētiskā daļa', 'Daudz jautājumu par mežkopību, maz par mašīnu apkopi.'),
                          ((B('Slēdziens'),), (B('PKE saturs nav atbalstāms'),))])
    build('r18b28_MMO ekspertize Maurina 20.05.2026.docx', d,
          rows=[(MMO, 'MIP', 'needs_corrections', 'Signe Mauriņa', '2026-05-20', 3),
                (MMO, 'PKE', 'not_supported', 'Signe Mauriņa', '2026-05-20', 3)],
          note='Nested tables: the MIP and PKE cells of the outer form each hold an inner criteria table ending in '
               '"Slēdziens". Feminine participles "atbalstīta, virzāma … pēc precizējumiem".')


def f29():
    d = new_doc('Roberts Kļaviņš', dt(2026, 4, 29, 18, 18))
    P(d, B('Kokapstrādes iekārtu operators – MIP un PKE satura atzinums'))
    kv(d, [('Eksperts', 'Roberts Kļaviņš'), ('Datums', '29.04.2026'), ('LKI līmenis', '3')])
    gap(d)
    P(d, B('Slēdziens'), ' (nevajadzīgo svītrot)')
    table(d, [['MIP', [(OPTS[0],), (S(OPTS[1]),), (OPTS[2],)]],
              ['PKE', [(S(OPTS[0]),), (S(OPTS[1]),), (OPTS[2],)]]], shade_col0=True)
    gap(d)
    P(d, 'MIP: piezīmes nosūtītas darba grupai atsevišķi (e-pastā 28.04.).')
    P(d, 'PKE: praktiskais uzdevums (ēvelēšana un frēzēšana pēc rasējuma) neatbilst programmā apgūstamajām '
         'iekārtām, vērtēšanas lapa nav pievienota – jāpārstrādā.')
    build('r18b29_KIO_atzinums_Klavins.docx', d,
          rows=[(KIO, 'MIP', 'unknown', 'Roberts Kļaviņš', '2026-04-29', 3),
                (KIO, 'PKE', 'not_supported', 'Roberts Kļaviņš', '2026-04-29', 3)],
          problems=['conflict'],
          note='"Nevajadzīgo svītrot": for MIP only the middle option is struck, leaving both "atbalstāms un '
               'virzāms" and "nav atbalstāms" standing; MIP remark is neutral -> unknown + conflict. PKE struck '
               'correctly -> not_supported.')


def f30():
    d = new_doc('Olga Petrova', dt(2026, 6, 3, 14, 5))
    on, off = (lambda: Sym('F0FD')), (lambda: Sym('F0A8'))
    P(d, B('Atzinumi par MIP un PKE saturu (enerģētikas nozare)'))
    P(d, 'Eksperte: Olga Petrova\tDatums: 03.06.2026.')
    P(d, B('1. Siltumapgādes sistēmu tehniķis (4. LKI)'))
    table(d, [['', 'MIP', 'PKE'],
              [OPTS[0], (on(),), (on(),)],
              [OPTS[1], (off(),), (off(),)],
              [OPTS[2], (off(),), (off(),)],
              ['Piezīmes', 'Siltummezglu automātika un siltumsūkņi iekļauti, labi.', 'Bez piezīmēm.']], head=True)
    gap(d)
    P(d, B('2. Elektromontieris'))
    table(d, [['', 'MIP', 'PKE'],
              [OPTS[0], (off(),), (off(),)],
              [OPTS[1], (on(),), (off(),)],
              [OPTS[2], (off(),), (on(),)],
              ['Piezīmes', 'Jāpapildina zemējuma pretestības mērījumu uzdevumi.',
               'Praktiskajā uzdevumā paredzēts darbs zem sprieguma bez darba atļaujas – tā nedrīkst būt. Jāpārstrādā.']],
          head=True)
    build('r18b30_Petrova_siltumapgade_elektromontieris_atzinumi.docx', d,
          rows=[('siltumapgādes sistēmu tehniķis', 'MIP', 'supported', 'Olga Petrova', '2026-06-03', 4),
                ('siltumapgādes sistēmu tehniķis', 'PKE', 'supported', 'Olga Petrova', '2026-06-03', 4),
                (EM, 'MIP', 'needs_corrections', 'Olga Petrova', '2026-06-03', 3),
                (EM, 'PKE', 'not_supported', 'Olga Petrova', '2026-06-03', 3)],
          problems=['unknown_qualification'],
          note='Two qualifications in sections, Wingdings F0FD (boxed x) as the mark, F0A8 empty. First one '
               '(siltumapgādes sistēmu tehniķis, 4. LKI) is not in the register. Elektromontieris LKI from register.')


def f31():
    d = new_doc('Laura Vanaga', dt(2026, 1, 29, 17, 0))
    P(d, B('MIP un PKE ekspertīze – 1. kārta'))
    kv(d, [('Kvalifikācija', 'Mehatronisko sistēmu tehniķis'),
           ('Līmenis', '3. PKL'),
           ('Izstrādātājs', 'Ventspils tehnikums')])
    gap(d)
    table(d, [['', 'MIP', 'PKE'],
              [OPTS[0], (CC(False),), (CC(False),)],
              [OPTS[1], (CC(False),), (CC(True),)],
              [OPTS[2], (CC(True),), (CC(False),)]], head=True)
    gap(d)
    P(d, B('MIP: '), 'robotikas modulis ir tikai teorētisks, nav paredzēta praktiska programmēšana; elektropiedziņu '
         'modulis atkārto elektrotehniķa programmu. Šādā redakcijā programmu neatbalstu.')
    P(d, B('PKE: '), 'kopumā pieņemams, precizēt praktiskā uzdevuma laika normu un vērtēšanas kritēriju 2.3.')
    table(d, [['Paraksts / datums', 'Juris Baltiņš   29.01.2026']], shade_col0=True)
    build('r18b31_Mehatronika_1.karta_Baltins.docx', d,
          rows=[(MEH, 'MIP', 'not_supported', 'Juris Baltiņš', '2026-01-29', 4),
                (MEH, 'PKE', 'needs_corrections', 'Juris Baltiņš', '2026-01-29', 4)],
          note='Old level notation "3. PKL" (= LKI 4). Content-control checkbox grid; prose agrees. Name and date '
               'only in "Paraksts / datums" cell; author = coordinator.')


def f32():
    d = new_doc('Inga Rudzīte', dt(2026, 5, 25, 8, 40))
    P(d, B('Ekspertīzes atzinums'))
    kv(d, [('Profesionālā kvalifikācija', 'Būvizstrādājumu galdnieks'),
           ('LKI līmenis', '4'),
           ('Eksperts', ''),
           ('Datums', '')])
    gap(d)
    P(d, B('Slēdziens'), ' (vajadzīgo pasvītrot)')
    table(d, [['MIP', ('Saturs ir ', U('atbalstāms un virzāms saskaņošanai'),
                       ' / atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / nav atbalstāms')],
              ['PKE', ('Saturs ir atbalstāms un virzāms saskaņošanai / ',
                       U('atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'), ' / nav atbalstāms')]],
          shade_col0=True)
    gap(d)
    P(d, B('Piezīmes: '), 'PKE praktiskajā uzdevumā jānorāda durvju bloka izmēri un stiprinājumu veids; teorijas '
         'testa 12. jautājumam divas pareizās atbildes.')
    build('r18b32_buvizstradajumu galdnieks_atzinums.docx', d,
          rows=[(BUV, 'MIP', 'supported', '', '', 4),
                (BUV, 'PKE', 'needs_corrections', '', '', 4)],
          note='"Vajadzīgo pasvītrot": the chosen option is underlined inside one line that lists all three. '
               'Eksperts and Datums cells left empty -> expert and date empty (core author/created belong to the '
               'coordinator, not the review).')


def f33():
    d = new_doc('Valters Grīnbergs', dt(2026, 3, 13, 11, 45))
    P(d.sections[0].footer, T('LDDK nozaru ekspertīze  |  4.2.2.9. pasākums', size=8, color='7F7F7F'))
    P(d, B('Mehatronisko sistēmu tehniķa kvalifikācijas MIP un PKE satura ekspertīzes atzinums', size=14),
      align='center')
    P(d, B('1. Vispārīgā informācija'))
    kv(d, [('Profesionālā kvalifikācija', 'Mehatronisko sistēmu tehniķis'),
           ('LKI līmenis', '4'),
           ('Nozare', 'Mašīnbūve un metālapstrāde'),
           ('Izstrādātājs', 'Ventspils tehnikuma darba grupa'),
           ('Vērtētie dokumenti', 'MIP (redakcija 27.02.2026.), PKE saturs (redakcija 27.02.2026.)'),
           ('Eksperts', 'Dr. sc. ing. Valters Grīnbergs')])
    P(d, B('2. Ekspertīzes mērķis un metode'))
    P(d, 'Ekspertīzes mērķis ir izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, kā arī '
         'sniegt darba grupai konkrētus ieteikumus satura pilnveidei. Vērtēšanā izmantots profesijas standarts, '
         '2025. gadā pilnveidotā mašīnbūves un metālapstrādes nozares kvalifikāciju struktūra un nozares '
         'uzņēmumu aptaujas rezultāti par nepieciešamajām jaunajām prasmēm (digitalizācija, industriālā '
         'robotika, prediktīvā apkope).')
    P(d, B('3. MIP satura izvērtējums'))
    P(d, 'Programma ir veidota pēctecīgi: pirmajā mācību gadā apgūstami mehānikas, elektrotehnikas un '
         'pneimatikas pamati, otrajā un trešajā – sistēmu integrācija, programmējamie loģiskie kontrolleri un '
         'robotika. Iepriekšējā redakcijā (2025. gada decembris) MIP netika atbalstīta galvenokārt robotikas '
         'moduļa dēļ; šajā redakcijā šis trūkums ir lielā mērā novērsts – modulim pievienoti praktiskie darbi ar '
         'sadarbīgo robotu un drošības zonu konfigurēšanu.')
    P(d, 'Tomēr saglabājas vairākas nepilnības, kas jānovērš pirms programmas virzīšanas saskaņošanai:')
    table(d, [['Modulis', 'Konstatējums', 'Ieteikums'],
              ['Mehatronisko sistēmu diagnostika', 'Nav iekļauta prediktīvā apkope un stāvokļa monitorings.',
               'Papildināt ar vibrāciju un temperatūras datu analīzes pamatiem.'],
              ['PLC programmēšana', 'Norādīta tikai viena ražotāja vide.',
               'Formulēt rezultātus neatkarīgi no ražotāja (IEC 61131-3).'],
              ['Darba vidē balstītas mācības', 'Nav aprakstīta uzņēmuma un skolas atbildības sadale.',
               'Pievienot prakses uzdevumu sadalījumu pa semestriem.'],
              ['Hidraulika', 'Saturs atbilst.', '—'],
              ['Industriālā robotika', 'Būtiski uzlabots salīdzinājumā ar iepriekšējo redakciju.', '—']], head=True)
    P(d, B('4. PKE satura izvērtējums'))
    P(d, 'Eksāmena teorētiskā daļa (60 jautājumi) proporcionāli aptver visus profesijas standarta pienākumus. '
         'Praktiskā daļa – mehatroniska šķirošanas stenda defekta atrašana, PLC programmas korekcija un sistēmas '
         'nodošana – ir tuva reālam darba uzdevumam. Nozares uzņēmumi atbalsta eksāmena praktiskās daļas '
         'organizēšanu darba vidē, un PKE saturs to pieļauj. Vērtēšanas lapa ir detalizēta, kritēriji '
         'izmērāmi.')
    P(d, B('5. Slēdziens'))
    table(d, [['Dokuments', 'Slēdziens'],
              ['MIP', [(BOX(False), ' ', OPTS[0]), (BOX(True), ' ', OPTS[1]), (BOX(False), ' ', OPTS[2])]],
              ['PKE', [(BOX(True), ' ', OPTS[0]), (BOX(False), ' ', OPTS[1]), (BOX(False), ' ', OPTS[2])]]],
          head=True)
    P(d, 'Precizējumi, kas veicami pirms MIP virzīšanas: 3. sadaļas tabulas pirmajās trīs rindās minētie.')
    gap(d)
    P(d, 'Rīgā, 2026.\u00a0gada 13.\u00a0martā')
    P(d, 'Eksperts\t\t______________ V. Grīnbergs')
    build('r18b33_Atzinums_Mehatronisko_sistemu_tehnikis_Grinbergs_galigais.docx', d,
          rows=[(MEH, 'MIP', 'needs_corrections', 'Valters Grīnbergs', '2026-03-13', 4),
                (MEH, 'PKE', 'supported', 'Valters Grīnbergs', '2026-03-13', 4)],
          note='Long formal review (~2 pages). Genitive qualification in the title. Traps: purpose sentence '
               'listing "atbalstāms un virzāms", history "iepriekšējā redakcijā netika atbalstīta", "uzņēmumi '
               'atbalsta". Verdict in final ☒/☐ table. Expert title "Dr. sc. ing." dropped.')


def f34():
    d = new_doc('Ilmārs Puriņš', dt(2026, 6, 10, 10, 20))
    P(d, B('Enerģētikas nozares kvalifikāciju MIP un PKE vērtējums'))
    kv(d, [('Eksperts', 'Ilmārs Puriņš'), ('Datums', '10.06.2026.'), ('Posms', '5. posms')])
    gap(d)
    t = table(d, [['Kvalifikācija', 'Dok.', 'Atbalstāms (Jā/Nē)', 'Nepieciešami precizējumi (Jā/Nē)',
                   'Virzāms saskaņošanai (Jā/Nē)', 'Komentārs'],
                  ['Elektromontieris', 'MIP', 'Jā', 'Nē', 'Jā', ''],
                  ['', 'PKE', 'Jā', 'Jā', 'Jā, pēc precizējumiem', 'Precizēt teorijas testa 8. un 19. jautājumu.'],
                  ['VGK sistēmu tehniķis', 'MIP', 'Nē', '—', 'Nē',
                   'Joprojām nav nošķirtas tehniķa un remontatslēdznieka kompetences; jāpārstrādā.'],
                  ['', 'PKE', 'Jā', 'Nē', 'Jā', ''],
                  ['VGK iekārtu remontatslēdznieks', 'MIP', 'Jā', 'Jā', 'Pēc precizējumiem',
                   'Noplūdes pārbaudes uzdevums joprojām nav iekļauts.'],
                  ['', 'PKE', 'Jā', 'Nē', 'Jā', '']], head=True)
    for r in (1, 3, 5):
        m = t.cell(r, 0).merge(t.cell(r + 1, 0))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
    build('r18b34_Energetika_MIP_PKE_vertejumi_Purins.docx', d,
          rows=[(EM, 'MIP', 'supported', 'Ilmārs Puriņš', '2026-06-10', 3),
                (EM, 'PKE', 'needs_corrections', 'Ilmārs Puriņš', '2026-06-10', 3),
                (VGKS, 'MIP', 'not_supported', 'Ilmārs Puriņš', '2026-06-10', 4),
                (VGKS, 'PKE', 'supported', 'Ilmārs Puriņš', '2026-06-10', 4),
                (VGKR, 'MIP', 'needs_corrections', 'Ilmārs Puriņš', '2026-06-10', 3),
                (VGKR, 'PKE', 'supported', 'Ilmārs Puriņš', '2026-06-10', 3)],
          note='Three energy qualifications x two documents; verdict encoded as three Jā/Nē flag columns '
               '(atbalstāms / precizējumi / virzāms). Aliases "VGK sistēmu tehniķis", "VGK iekārtu '
               'remontatslēdznieks". LKI from register.')


# ================================================================= main
def main():
    for f in [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18,
              f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34]:
        f()
    with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
        w.writerows(ROWS)
    with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'code'])
        w.writerows(PROBLEMS)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('# r18b – blind set: forms and tables\n\n')
        fh.write('Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold labels sit next to each '
                 'file\'s code. %d files, %d gold rows, %d problem rows.\n\n' % (len(NOTES), len(ROWS), len(PROBLEMS)))
        fh.write('| file | rows | problems | design and judgement calls |\n|---|---|---|---|\n')
        for name, note in NOTES:
            n = sum(1 for r in ROWS if r[0] == name)
            pr = ', '.join(c for f, c in PROBLEMS if f == name)
            fh.write('| %s | %d | %s | %s |\n' % (name, n, pr, note.replace('|', '/')))
    print('files', len(NOTES), 'rows', len(ROWS), 'problems', len(PROBLEMS))


if __name__ == '__main__':
    main()
