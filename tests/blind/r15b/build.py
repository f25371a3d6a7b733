# -*- coding: utf-8 -*-
"""Builds the r15b blind evaluation set (forms and tables style).

Run:  /work/hvenv/bin/python build.py
Every build(...) call below writes one .docx and records its gold labels.
rows = [(qualification, document, verdict, expert, date, lki_level), ...]
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')

GOLD_ROWS = []
GOLD_PROBLEMS = []
NOTES = []
_ids = [100]


def nid():
    _ids[0] += 1
    return _ids[0]


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


# ---------------------------------------------------------------- raw run builders
def sym(char='F0FE', font='Wingdings'):
    """Wingdings symbol run: F0FE checked box, F0A8 empty box, F0FD boxed x."""
    return parse_xml(f'<w:r {NS}><w:sym w:font="{font}" w:char="{char}"/></w:r>')


def glyph(ch, font='MS Gothic'):
    return parse_xml(
        f'<w:r {NS}><w:rPr><w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" '
        f'w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{esc(ch)}</w:t></w:r>')


def sdt_cb(checked):
    """Word 2010+ checkbox content control."""
    ch = '\u2612' if checked else '\u2610'
    return parse_xml(
        f'<w:sdt {NS}><w:sdtPr><w:id w:val="{nid() * 7919}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def ffcb(checked, mode='default'):
    """Legacy FORMCHECKBOX field; state in w:default or in w:checked."""
    n = nid()
    if mode == 'default':
        inner = f'<w:default w:val="{1 if checked else 0}"/>'
    else:
        inner = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
    return [
        parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check{n}"/>'
                  f'<w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{inner}'
                  '</w:checkBox></w:ffData></w:fldChar></w:r>'),
        parse_xml(f'<w:r {NS}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
        parse_xml(f'<w:r {NS}><w:fldChar w:fldCharType="end"/></w:r>'),
    ]


def ins(text, author, date):
    return parse_xml(f'<w:ins {NS} w:id="{nid()}" w:author="{esc(author)}" w:date="{date}">'
                     f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:ins>')


def dele(text, author, date):
    return parse_xml(f'<w:del {NS} w:id="{nid()}" w:author="{esc(author)}" w:date="{date}">'
                     f'<w:r><w:delText xml:space="preserve">{esc(text)}</w:delText></w:r></w:del>')


def textbox(paras):
    """Text box as Word writes it: DrawingML choice + VML fallback (content twice)."""
    ps = ''.join(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
                 if i == 0 else
                 f'<w:p><w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
                 for i, t in enumerate(paras))
    n = nid()
    return parse_xml(
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5760000" cy="1260000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="1260000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="19050"><a:solidFill>'
        '<a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
        'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box {n}" o:spid="_x0000_s10{n}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:453.5pt;height:99.2pt;z-index:251659264" '
        'strokecolor="#1f3864" strokeweight="1.5pt"><v:textbox>'
        f'<w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


# ---------------------------------------------------------------- formatting helpers
class F:
    """A formatted run."""

    def __init__(self, text, b=False, i=False, u=False, s=False, font=None, size=None, color=None):
        self.text, self.b, self.i, self.u, self.s = text, b, i, u, s
        self.font, self.size, self.color = font, size, color


class NT:
    """A nested table inside a cell."""

    def __init__(self, rows, widths=None):
        self.rows, self.widths = rows, widths


class Span:
    def __init__(self, n, content, shade=None):
        self.n, self.content, self.shade = n, content, shade


class Sh:
    """Shaded cell."""

    def __init__(self, content, fill='D9E2F3'):
        self.content, self.fill = content, fill


def add_items(p, items):
    if isinstance(items, (str, F)):
        items = (items,)
    for it in items:
        if isinstance(it, str):
            p.add_run(it)
        elif isinstance(it, F):
            r = p.add_run(it.text)
            r.bold = it.b or None
            r.italic = it.i or None
            if it.u:
                r.font.underline = True
            if it.s:
                r.font.strike = True
            if it.font:
                r.font.name = it.font
            if it.size:
                r.font.size = Pt(it.size)
            if it.color:
                r.font.color.rgb = RGBColor.from_string(it.color)
        elif isinstance(it, list):
            for e in it:
                p._p.append(e)
        else:
            p._p.append(it)
    return p


def P(container, items='', align=None, style=None, space_after=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_items(p, items)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def fill_cell(cell, content):
    if isinstance(content, Sh):
        shade(cell, content.fill)
        content = content.content
    if content is None:
        content = ''
    if isinstance(content, (str, F)) or isinstance(content, tuple):
        content = [content]
    first = True
    for para in content:
        if isinstance(para, NT):
            t = cell.add_table(0, 0)
            build_table(t, para.rows, para.widths)
            first = False
            continue
        if isinstance(para, str):
            lines = para.split('\n')
        else:
            lines = [para]
        for ln in lines:
            if first:
                p = cell.paragraphs[0]
                first = False
            else:
                p = cell.add_paragraph()
            add_items(p, ln)


def build_table(t, rows, widths=None):
    ncols = max(sum(c.n if isinstance(c, Span) else 1 for c in r) for r in rows)
    tbl = t._tbl
    # ensure grid
    for _ in range(ncols - len(t.columns)):
        t.add_column(Cm(2))
    for r in rows:
        row = t.add_row()
        ci = 0
        for c in r:
            if isinstance(c, Span):
                a = row.cells[ci]
                b = row.cells[ci + c.n - 1]
                m = a.merge(b) if c.n > 1 else a
                if c.shade:
                    shade(m, c.shade)
                fill_cell(m, c.content)
                ci += c.n
            else:
                fill_cell(row.cells[ci], c)
                ci += 1
    try:
        t.style = 'Table Grid'
    except Exception:
        pass
    if not widths:
        widths = [16.0 / ncols] * ncols
    for gc, w in zip(tbl.tblGrid.findall(qn('w:gridCol')), widths):
        gc.w = Cm(w)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                if i < len(row.cells):
                    row.cells[i].width = Cm(w)
    return t


def T(doc, rows, widths=None):
    t = doc.add_table(rows=0, cols=0)
    return build_table(t, rows, widths)


def header(doc, lines, footer=False, align=None):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = hf.paragraphs[0] if first else hf.add_paragraph()
        first = False
        add_items(p, ln)
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == 'r':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def new_doc(font='Times New Roman', size=12):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is not None:
        rf.set(qn('w:hAnsi'), font)
        rf.set(qn('w:cs'), font)
    return d


def build(name, make, author, created, rows=(), problems=(), note='', font='Times New Roman', size=12,
          last_by=None, modified=None):
    d = new_doc(font, size)
    make(d)
    cp = d.core_properties
    cp.author = author
    cp.created = created
    cp.modified = modified or (created + dt.timedelta(hours=3))
    cp.last_modified_by = last_by if last_by is not None else author
    cp.title = ''
    cp.comments = ''
    d.save(os.path.join(OUT, name))
    for r in rows:
        assert len(r) == 6, r
        assert r[1] in ('MIP', 'PKE') and r[2] in ('supported', 'needs_corrections', 'not_supported', 'unknown'), r
        GOLD_ROWS.append((name,) + tuple(r))
    for c in problems:
        assert c in ('no_verdict', 'unknown_qualification', 'conflict')
        GOLD_PROBLEMS.append((name, c))
    NOTES.append((name, note))


D = dt.datetime
CHK, EMP = '\u2612', '\u2610'   # ☒ ☐
Q_MZO = 'motorzāģa operators'
Q_MST = 'mežsaimniecības tehniķis'
Q_KIO = 'kokapstrādes iekārtu operators'
Q_DKIO = 'datorizētu kokapstrādes iekārtu operators'
Q_KIRT = 'koka izstrādājumu ražošanas tehniķis'
Q_MG = 'mēbeļu galdnieks'
Q_BG = 'būvizstrādājumu galdnieks'
Q_MMO = 'meža mašīnu operators'
Q_EM = 'elektromontieris'
Q_ET = 'elektrotehniķis'
Q_VGKR = 'ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks'
Q_VGKT = 'ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'
Q_MEH = 'mehatronisko sistēmu tehniķis'

OPT_SUP = 'saturs ir atbalstāms un virzāms saskaņošanai'
OPT_COR = 'saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'
OPT_NOT = 'saturs nav atbalstāms'

FILES = []


def reg(fn):
    FILES.append(fn)
    return fn


# =====================================================================================
@reg
def f01():
    def make(d):
        P(d, F('EKSPERTĪZES ATZINUMS', b=True, size=14), align='c', space_after=0)
        P(d, F('par modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu',
               i=True), align='c')
        T(d, [
            [Sh('Profesionālā kvalifikācija'), 'Motorzāģa operators'],
            [Sh('LKI līmenis'), '3'],
            [Sh('Nozare'), 'Kokrūpniecība'],
            [Sh('Izstrādātājs'), 'Profesionālās izglītības iestādes darba grupa (vad. S. Ābele)'],
            [Sh('Nozares eksperts'), 'Jānis Kalniņš'],
            [Sh('Atzinuma datums'), '14.02.2026.'],
        ], widths=[5.5, 10.5])
        P(d, '')
        P(d, F('Vērtējuma kopsavilkums', b=True))
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Vērtējums', b=True)), Sh(F('Piezīmes / nepieciešamie precizējumi', b=True))],
            ['MIP', ('Saturs ir atbal', 'stāms; virzāms saskaņošanai pēc precizējumu veikšanas'),
             '1) Modulī „Koku gāšana sarežģītos apstākļos” precizēt darba aizsardzības prasības, '
             'saskaņojot tās ar spēkā esošajiem noteikumiem par darbu ar motorzāģi.\n'
             '2) Papildināt praktiskos darbus ar ķēdes asināšanu un zāģa ikdienas apkopi.\n'
             '3) Moduļu apjomu kopsummā jāsakrīt ar programmas kopējo apjomu (šobrīd atšķiras par 2 KP).'],
            ['PKE', 'Atbalstāms un virzāms saskaņošanai',
             'Praktiskā uzdevuma vērtēšanas kritēriji ir skaidri un atbilst kvalifikācijas prasībām. '
             'Iebildumu nav.'],
        ], widths=[2.2, 5.3, 8.5])
        P(d, '')
        P(d, 'Atzinums sagatavots, pamatojoties uz darba grupas 2026. gada 2. februārī iesniegtajām dokumentu redakcijām.')

    build('r15b01_Atzinums_motorzaga operators_Kalnins.docx', make, 'Ilze Bērziņa', D(2026, 2, 9, 10, 12),
          rows=[(Q_MZO, 'MIP', 'needs_corrections', 'Jānis Kalniņš', '2026-02-14', 3),
                (Q_MZO, 'PKE', 'supported', 'Jānis Kalniņš', '2026-02-14', 3)],
          note='Key/value table (value right) + summary table Dokuments|Vērtējums|Piezīmes. MIP verdict split '
               'across two runs ("atbal"+"stāms"), word order "virzāms saskaņošanai pēc precizējumu veikšanas". '
               'Author = coordinator.', last_by='Jānis Kalniņš')


# =====================================================================================
@reg
def f02():
    def crit_table(d, crits, overall):
        rows = [[Sh(F('Nr.', b=True)), Sh(F('Kritērijs', b=True)), Sh(F('Jā', b=True)), Sh(F('Nē', b=True)),
                 Sh(F('Komentārs', b=True))]]
        for i, (txt, yes, com) in enumerate(crits, 1):
            rows.append([f'{i}.', txt, (glyph(CHK if yes else EMP),), (glyph(EMP if yes else CHK),), com])
        rows.append([Span(2, F('Kopējais vērtējums (atzīmēt vienu):', b=True)),
                     Span(3, [(glyph(CHK if overall == 0 else EMP), ' ' + OPT_SUP),
                              (glyph(CHK if overall == 1 else EMP), ' ' + OPT_COR),
                              (glyph(CHK if overall == 2 else EMP), ' ' + OPT_NOT)])])
        T(d, rows, widths=[1, 6.5, 1.1, 1.1, 6.3])

    def make(d):
        P(d, F('Nozares eksperta atzinums', b=True, size=14), align='c')
        P(d, ['Profesionālās kvalifikācijas nosaukums: ', F('mežsaimniecības tehniķis', b=True)], space_after=0)
        P(d, 'LKI: 4. līmenis', space_after=0)
        P(d, 'Nozare: kokrūpniecība (mežsaimniecība)')
        P(d, F('1. MIP satura izvērtējums', b=True))
        crit_table(d, [
            ('Programmas mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām', True, ''),
            ('Moduļos ietvertas nozarē aktuālās jaunās prasmes (digitālās, zaļās)', False,
             'Nav iekļauta meža inventarizācijas datu apstrāde ar ĢIS rīkiem un dronu datiem.'),
            ('Mācību rezultāti ir formulēti izmērāmi', True, ''),
            ('Darba vidē balstītu mācību apjoms ir pamatots', True,
             'Ieteicams precizēt prakses vietu prasības.'),
        ], 1)
        P(d, '')
        P(d, F('2. PKE satura izvērtējums', b=True))
        crit_table(d, [
            ('Eksāmena uzdevumi aptver kvalifikācijas pamatprasības', True, ''),
            ('Vērtēšanas kritēriji ir skaidri un objektīvi', True, ''),
            ('Eksāmena norises laiks un resursi ir reāli', True, 'Mežaudzes taksācijas uzdevumam 3 h ir pietiekami.'),
        ], 0)
        P(d, '')
        T(d, [
            [Sh('Eksperts (vārds, uzvārds)'), Sh('Paraksts / datums')],
            ['Līga Ozoliņa', '/paraksts/   03.03.2026'],
        ], widths=[8, 8])

    build('r15b02_MST_mezsaimniecibas tehnikis_veidlapa_Ozolina.docx', make, 'Līga Ozoliņa', D(2026, 3, 3, 8, 40),
          rows=[(Q_MST, 'MIP', 'needs_corrections', 'Līga Ozoliņa', '2026-03-03', 4),
                (Q_MST, 'PKE', 'supported', 'Līga Ozoliņa', '2026-03-03', 4)],
          note='Criterion tables Jā/Nē with ☒/☐ typed as MS Gothic text, ending in an overall row that prints all '
               'three options with one ☒. One MIP criterion is "Nē" but the overall row says corrections. '
               'Name in its own cell, date in "Paraksts / datums" cell.')


# =====================================================================================
@reg
def f03():
    def opts(sel):
        return [((sdt_cb(sel == 0)), ' Saturs ir atbalstāms un virzāms saskaņošanai'),
                ((sdt_cb(sel == 1)), ' Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'),
                ((sdt_cb(sel == 2)), ' Saturs nav atbalstāms')]

    def make(d):
        header(d, [F('Projekts Nr. 4.2.2.9/1/24/I/001 · Nozaru ekspertu atzinumi · Enerģētika', size=9,
                     color='7F7F7F')], align='r')
        header(d, [F('Eksperts: Andris Liepiņš   |   2026-04-22', size=9)], footer=True)
        P(d, F('Elektrotehniķa kvalifikācijas MIP un PKE satura ekspertīze', b=True, size=13), align='c')
        P(d, 'Atzīmējiet vienu atbilstošo vērtējumu katram dokumentam.', space_after=6)
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Vērtējums', b=True))],
            ['Modulārā izglītības programma (MIP)', opts(2)],
            ['Profesionālās kvalifikācijas eksāmena saturs (PKE)', opts(1)],
        ], widths=[5.5, 10.5])
        P(d, '')
        P(d, F('Pamatojums', b=True))
        P(d, 'MIP: programmā nav ievērotas 2025. gadā aktualizētās profesionālās kvalifikācijas prasības – '
             'nav iekļauti mācību rezultāti par saules paneļu sistēmu pieslēgšanu un elektrotransportlīdzekļu '
             'uzlādes infrastruktūru; moduļu apjomi kredītpunktos nesakrīt ar programmas kopējo apjomu. '
             'Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.')
        P(d, 'PKE: uzdevumu struktūra kopumā laba. Jāprecizē praktiskā uzdevuma Nr. 2 vērtēšanas kritēriji '
             '(releju aizsardzības iestatījumu pārbaude) un jānorāda izmantojamās mēraparatūras saraksts. '
             'Pēc šo precizējumu veikšanas eksāmena saturu var virzīt saskaņošanai.')

    build('r15b03_Elektrotehnikis MIP PKE atzinums.docx', make, '', D(2026, 4, 22, 14, 5),
          rows=[(Q_ET, 'MIP', 'not_supported', 'Andris Liepiņš', '2026-04-22', 4),
                (Q_ET, 'PKE', 'needs_corrections', 'Andris Liepiņš', '2026-04-22', 4)],
          note='Options with Word content-control checkboxes (w14:checkbox). Qualification only in the title, '
               'in genitive ("Elektrotehniķa"); LKI not stated -> register (4). Expert and date only in the '
               'page footer. Core author empty.', font='Calibri', size=11)


# =====================================================================================
@reg
def f04():
    def make(d):
        P(d, F('ATZINUMS PAR PROFESIONĀLĀS KVALIFIKĀCIJAS EKSĀMENA SATURU', b=True), align='c')
        T(d, [
            [Sh('Kvalifikācija'), 'Elektromontieris (LKI 3. līmenis)'],
            [Sh('Vērtētais dokuments'), (ffcb(False, 'checked'), ' MIP     ', ffcb(True, 'checked'), ' PKE')],
            [Sh('Piezīme'), 'MIP saturu vērtē cits nozares eksperts, tāpēc šis atzinums attiecas tikai uz eksāmena saturu.'],
        ], widths=[4.5, 11.5])
        P(d, '')
        P(d, F('Ekspertīzes rezultāts', b=True))
        P(d, [ffcb(True, 'checked'), ' Saturs ir atbalstāms un virzāms saskaņošanai'], space_after=0)
        P(d, [ffcb(False, 'checked'), ' Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai'],
          space_after=0)
        P(d, [ffcb(False, 'checked'), ' Saturs nav atbalstāms'])
        P(d, F('Ieteikumi (nav obligāti)', b=True))
        P(d, 'Teorētiskās daļas jautājumu bankā vēlams papildināt jautājumus par zibensaizsardzības sistēmu '
             'pārbaudi. Tas neietekmē eksāmena virzīšanu saskaņošanai.')
        P(d, '')
        T(d, [
            [Sh('Eksperts'), 'Ivars Šteinbergs'],
            [Sh('Datums'), '2026. gada 5. martā'],
        ], widths=[4.5, 11.5])

    build('r15b04_PKE_elektromontieris_Steinbergs.docx', make, 'ISteinbergs', D(2026, 3, 5, 9, 30),
          rows=[(Q_EM, 'PKE', 'supported', 'Ivars Šteinbergs', '2026-03-05', 3)],
          note='Legacy FORMCHECKBOX fields (state in w:checked, no text at all) both for which document is '
               'reviewed and for the verdict. Explicitly only PKE ("MIP vērtē cits eksperts") -> no MIP row. '
               'Optional recommendations do not turn it into corrections.')


# =====================================================================================
@reg
def f05():
    on, off = sym('F0FE'), None

    def m(x):
        return (sym('F0FE') if x else sym('F0A8'),)

    def make(d):
        P(d, F('Nozares eksperta vērtējums – kokapstrāde', b=True, size=14))
        P(d, ['Vērtējums sniegts par divām kokrūpniecības nozares profesionālajām kvalifikācijām. '
               'Izvēlētais vērtējums atzīmēts ar ', sym('F0FE'), '.'], space_after=6)
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('Dok.', b=True)),
             Sh(F('Atbalstāms un virzāms saskaņošanai', b=True)),
             Sh(F('Atbalstāms, virzāms pēc precizējumiem', b=True)), Sh(F('Nav atbalstāms', b=True))],
            ['Kokapstrādes iekārtu operators (3. LKI)', 'MIP', m(1), m(0), m(0)],
            ['', 'PKE', m(0), m(1), m(0)],
            ['Datorizētu kokapstrādes iekārtu operators (4. LKI)', 'MIP', m(0), m(0), m(1)],
            ['', 'PKE', m(0), m(1), m(0)],
        ], widths=[5.4, 1.4, 3.1, 3.1, 3.0])
        P(d, '')
        P(d, F('Piezīmes', b=True))
        P(d, 'Kokapstrādes iekārtu operators. PKE – jāprecizē praktiskā uzdevuma rasējums (trūkst izmēru '
             'pielaižu) un jānorāda, kuras iekārtas eksaminējamais drīkst izmantot.')
        P(d, 'Datorizētu kokapstrādes iekārtu operators. MIP neatbilst kvalifikācijas līmenim: CNC '
             'programmēšanai atvēlēti tikai 4 KP, nav moduļa par CAD/CAM datu sagatavošanu, daļa mācību '
             'rezultātu pārkopēti no 3. līmeņa programmas. Programmu nepieciešams būtiski pārstrādāt. '
             'PKE – pēc precizējumiem (vērtēšanas lapa, laika normas) var virzīt saskaņošanai.')
        P(d, '')
        P(d, 'Eksperts: Mārtiņš Zariņš', space_after=0)
        P(d, 'Rīgā, 2026. gada 9.\u00a0aprīlī')

    build('r15b05_kokapstrade_2 kvalifikacijas_Zarins.docx', make, 'Ilze Bērziņa', D(2026, 4, 9, 17, 20),
          rows=[(Q_KIO, 'MIP', 'supported', 'Mārtiņš Zariņš', '2026-04-09', 3),
                (Q_KIO, 'PKE', 'needs_corrections', 'Mārtiņš Zariņš', '2026-04-09', 3),
                (Q_DKIO, 'MIP', 'not_supported', 'Mārtiņš Zariņš', '2026-04-09', 4),
                (Q_DKIO, 'PKE', 'needs_corrections', 'Mārtiņš Zariņš', '2026-04-09', 4)],
          note='Two qualifications in one matrix (option columns), marks are Wingdings w:sym F0FE/F0A8 with no '
               'text; qualification cell left empty on the PKE row (belongs to the row above). Date with NBSP.')


# =====================================================================================
@reg
def f06():
    def opts(sel):
        texts = ['Saturs ir atbalstāms un virzāms saskaņošanai.',
                 'Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.',
                 'Saturs nav atbalstāms.']
        return [(F(t, s=(i != sel)),) for i, t in enumerate(texts)]

    def make(d):
        P(d, F('Ekspertīzes atzinums', b=True, size=14), align='c')
        P(d, 'Profesionālā kvalifikācija: Mēbeļu galdnieks', space_after=0)
        P(d, 'Profesionālās kvalifikācijas līmenis: 3. PKL', space_after=0)
        P(d, 'Nozare: kokrūpniecība')
        P(d, F('(nevajadzīgo svītrot)', i=True, size=10))
        T(d, [
            [Sh(F('MIP', b=True)), opts(1)],
            [Sh('Komentāri par MIP'),
             'Programma kopumā labi strukturēta. Jāprecizē moduļa „Mīksto mēbeļu izgatavošana” mācību '
             'rezultāti (pašlaik dublējas ar moduli „Mēbeļu montāža”) un jāpievieno darba drošības prasības '
             'darbam ar formatzāģi.'],
            [Sh(F('PKE', b=True)), opts(2)],
            [Sh('Komentāri par PKE'),
             'Eksāmena praktiskais uzdevums (tumbas korpusa izgatavošana) ir pārāk vienkāršs kvalifikācijas '
             'līmenim, nav pārbaudīta virsmu apdare un furnitūras montāža. Teorijas daļā 12 no 30 jautājumiem '
             'nav saistīti ar profesiju. Eksāmena saturs jāizstrādā no jauna.'],
        ], widths=[4, 12])
        P(d, '')
        T(d, [
            [Sh('Eksperte'), 'Gunta Priedīte'],
            [Sh('Paraksts / datums'), 'G. Priedīte     18.03.2026'],
        ], widths=[4, 12])

    build('r15b06_Mebelu galdnieks_atzinums_Priedite_galigais.docx', make, 'Gunta', D(2026, 3, 18, 21, 2),
          rows=[(Q_MG, 'MIP', 'needs_corrections', 'Gunta Priedīte', '2026-03-18', 4),
                (Q_MG, 'PKE', 'not_supported', 'Gunta Priedīte', '2026-03-18', 4)],
          note='"nevajadzīgo svītrot": the non-chosen options carry strikethrough. Level given as old "3. PKL" '
               '(= LKI 4, same as register). Date in "Paraksts / datums" cell.')


# =====================================================================================
@reg
def f07():
    def opt_line(sel):
        texts = ['atbalstāms un virzāms saskaņošanai', 'atbalstāms, virzāms saskaņošanai pēc precizējumiem',
                 'nav atbalstāms']
        items = []
        for i, t in enumerate(texts):
            if i:
                items.append('  /  ')
            items.append(F(t, u=(i == sel)))
        return tuple(items)

    def make(d):
        P(d, F('Būvizstrādājumu galdnieka kvalifikācijas dokumentu ekspertīze', b=True, size=13))
        T(d, [
            [Sh(F('Kvalifikācija, LKI līmenis', b=True))],
            ['Būvizstrādājumu galdnieks, LKI 4'],
            [Sh(F('MIP vērtējums (vajadzīgo pasvītrot)', b=True))],
            [opt_line(0)],
            [Sh(F('PKE vērtējums (vajadzīgo pasvītrot)', b=True))],
            [opt_line(1)],
            [Sh(F('Eksperta piezīmes', b=True))],
            ['Programmā ņemti vērā visi iepriekšējā kārtā sniegtie ieteikumi, papildus iekļauts modulis par '
             'energoefektīvu logu un durvju montāžu. PKE: praktiskajā uzdevumā jānorāda pieļaujamās novirzes '
             'loga rāmja leņķu savienojumiem un jāsamazina teorijas testa apjoms līdz 40 jautājumiem.'],
            [Sh(F('Eksperts', b=True))],
            ['Aivars Lapsa'],
            [Sh(F('Datums', b=True))],
            ['12.06.2026'],
        ], widths=[16])

    build('r15b07_buvizstradajumu galdnieks - Lapsa.docx', make, 'Aivars Lapsa', D(2026, 6, 12, 11, 45),
          rows=[(Q_BG, 'MIP', 'supported', 'Aivars Lapsa', '2026-06-12', 4),
                (Q_BG, 'PKE', 'needs_corrections', 'Aivars Lapsa', '2026-06-12', 4)],
          note='"vajadzīgo pasvītrot": options on one line separated by "/", the chosen one underlined. '
               'One-column form: every label row shaded, value in the row below. Mentions earlier round only '
               'generally.')


# =====================================================================================
@reg
def f08():
    def opts(sel):
        texts = ['Atbalstāms un virzāms saskaņošanai',
                 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
                 'Nav atbalstāms']
        return [(F(t, b=(i == sel)),) for i, t in enumerate(texts)]

    def make(d):
        P(d, 'Datums: 2026. gada 23. aprīlī', align='r')
        P(d, F('Atzinums', b=True, size=14), align='c', space_after=0)
        P(d, 'par profesionālās kvalifikācijas „Datorizētu kokapstrādes iekārtu (CNC) operators” '
             'MIP un PKE saturu', align='c')
        P(d, 'Eksperte: Sintija Kārkliņa, nozares eksperte (kokrūpniecība)')
        P(d, F('Izvēlēto vērtējumu atzīmējiet treknrakstā.', i=True, size=10))
        T(d, [
            ['Dokuments', 'Vērtējums', 'Pamatojums'],
            ['MIP', opts(1), 'Jāpapildina modulis „CNC iekārtu programmēšana” ar 5 asu apstrādi, jāprecizē '
                             'vērtēšanas metodes (pašlaik visur norādīts tikai „tests”).'],
            ['PKE', opts(1), 'Praktiskajam uzdevumam jāpievieno G-koda fragments un paraugdetaļas rasējums; '
                             'jāprecizē laika norma (4 h vietā 6 h).'],
        ], widths=[2.2, 6.3, 7.5])
        P(d, '')
        P(d, 'Abus dokumentus pēc norādīto precizējumu veikšanas atkārtoti pārskatīt nav nepieciešams – '
             'pietiek ar darba grupas apliecinājumu koordinatorei.')

    build('r15b08_Datorizetu kokapstrades iekartu operators_Karklina.docx', make, 'Sintija Kārkliņa',
          D(2026, 4, 23, 9, 10),
          rows=[(Q_DKIO, 'MIP', 'needs_corrections', 'Sintija Kārkliņa', '2026-04-23', 4),
                (Q_DKIO, 'PKE', 'needs_corrections', 'Sintija Kārkliņa', '2026-04-23', 4)],
          note='Options printed in full for each document, the chosen one in bold (instruction says so). '
               'Qualification only in title, with "(CNC)" inserted. Date right-aligned at the top.',
          font='Arial', size=10)


# =====================================================================================
@reg
def f09():
    def make(d):
        for ln in ['No: Edgars Vītols <edgars.vitols@inbox.lv>',
                   'Nosūtīts: ceturtdiena, 2026. gada 19. martā 16:42',
                   'Kam: Ilze Bērziņa <ilze.berzina@lddk.lv>',
                   'Tēma: RE: MIP un PKE ekspertīze – meža mašīnu operators, mežsaimniecības tehniķis',
                   'Pielikumi: MST_MIP_komentari_EV.docx']:
            k, v = ln.split(': ', 1)
            P(d, [F(k + ': ', b=True), v], space_after=0)
        P(d, '')
        P(d, 'Labdien, Ilze!')
        P(d, 'Nosūtu savu vērtējumu abām kvalifikācijām. Īsumā – tabulā, sīkāki komentāri pie MST programmas '
             'pielikumā (ar izsekotajām izmaiņām).')
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('MIP', b=True)), Sh(F('PKE', b=True))],
            ['Meža mašīnu operators', 'atbalstu, virzāms saskaņošanai',
             'atbalstāms, bet pirms saskaņošanas jāprecizē praktiskā uzdevuma laika normas '
             '(harvestera simulators)'],
            ['Mežsaimniecības tehniķis', 'šādā redakcijā nav atbalstāms – skat. komentārus pielikumā',
             'atbalstāms un virzāms saskaņošanai'],
        ], widths=[4.5, 5.5, 6])
        P(d, '')
        P(d, 'Ja vajag, varu piedalīties darba grupas sanāksmē un paskaidrot.')
        P(d, 'Ar cieņu,', space_after=0)
        P(d, 'Edgars Vītols', space_after=0)
        P(d, 'SIA „Ziemeļu mežistrāde”, ražošanas vadītājs', space_after=0)
        P(d, 'tālr. 29 410 377')
        P(d, '________________________________')
        for ln in ['No: Ilze Bērziņa <ilze.berzina@lddk.lv>',
                   'Nosūtīts: pirmdiena, 2026. gada 9. martā 10:15',
                   'Kam: Edgars Vītols <edgars.vitols@inbox.lv>',
                   'Tēma: MIP un PKE ekspertīze – meža mašīnu operators, mežsaimniecības tehniķis']:
            k, v = ln.split(': ', 1)
            P(d, [F(k + ': ', b=True), v], space_after=0)
        P(d, '')
        P(d, 'Labdien, Edgar!')
        P(d, 'Pielikumā darba grupu iesniegtās MIP un PKE redakcijas divām kvalifikācijām. Lūdzu atzinumā katram '
             'dokumentam norādīt vienu no variantiem: 1) saturs ir atbalstāms un virzāms saskaņošanai; '
             '2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; 3) saturs nav atbalstāms.')
        P(d, 'Atzinumu lūdzu līdz 20. martam. Paldies par atbalstu!')
        P(d, 'Ilze Bērziņa', space_after=0)
        P(d, 'LDDK projektu koordinatore')

    build('r15b09_RE_ MIP un PKE ekspertize - meza nozare.docx', make, 'Ilze Bērziņa', D(2026, 3, 20, 8, 55),
          rows=[(Q_MMO, 'MIP', 'supported', 'Edgars Vītols', '2026-03-19', 3),
                (Q_MMO, 'PKE', 'needs_corrections', 'Edgars Vītols', '2026-03-19', 3),
                (Q_MST, 'MIP', 'not_supported', 'Edgars Vītols', '2026-03-19', 4),
                (Q_MST, 'PKE', 'supported', 'Edgars Vītols', '2026-03-19', 4)],
          note='Outlook e-mail printed to Word, Latvian headers (No/Nosūtīts/Kam/Tēma). Verdicts in a small '
               'table in the reply; the quoted coordinator request below lists all three options and says '
               '"Paldies par atbalstu" (must not count). Date = reply date, not the request date.',
          font='Calibri', size=11)


# =====================================================================================
@reg
def f10():
    def make(d):
        P(d, [F('Gmail', b=True, color='C5221F'), '\t\t\t\t\tKaspars Ērglis <kaspars.erglis@lddk.lv>'])
        P(d, '')
        P(d, F('RE: VGK sistēmu tehniķis – MIP/PKE', b=True, size=13))
        P(d, '1 message', space_after=6)
        P(d, [F('Rolands Sprogis', b=True), ' <rolands.sprogis@gmail.com>\t\tTue, Apr 14, 2026 at 9:17 AM'],
          space_after=0)
        P(d, 'To: Kaspars Ērglis <kaspars.erglis@lddk.lv>')
        P(d, 'Sveiki,')
        P(d, 'par VGK sistemu tehniki (4.LKI):')
        T(d, [
            ['MIP', 'atbalstu, var virzit saskanosanai. maza piezime par 4. moduli (F-gazu regula, jaunie '
                    'freoni) bet tas nav kritiski'],
            ['PKE', 'pagaidam neatbalstu. nav vertesanas kriteriju praktiskajam uzdevumam, teorijas tests '
                    '20 jautajumi ir par maz. janostrada un jasuta vel reizi'],
        ], widths=[2, 14])
        P(d, 'Rolands')
        P(d, '')
        P(d, 'On Mon, Apr 13, 2026 at 10:05 AM Kaspars Ērglis <kaspars.erglis@lddk.lv> wrote:', space_after=0)
        for ln in ['Rolands, labdien!',
                   'Vai vari līdz piektdienai atsūtīt īsu slēdzienu par VGK sistēmu tehniķa MIP un PKE? Pietiek '
                   'ar vienu teikumu katram dokumentam: atbalstāms un virzāms / atbalstāms pēc precizējumiem / '
                   'nav atbalstāms.',
                   'Paldies!',
                   'Kaspars']:
            P(d, F('> ' + ln, color='5F6368'), space_after=0)
        P(d, '')
        P(d, F('https://mail.google.com/mail/u/0/?ik=3f2a&view=pt&search=all&permthid=thread-f:1796', size=8))

    build('r15b10_Gmail - RE VGK sistemu tehnikis.docx', make, 'Kaspars Ērglis', D(2026, 4, 14, 11, 2),
          rows=[(Q_VGKT, 'MIP', 'supported', 'Rolands Sprogis', '2026-04-14', 4),
                (Q_VGKT, 'PKE', 'not_supported', 'Rolands Sprogis', '2026-04-14', 4)],
          note='Gmail print with English headers; hasty reply typed without diacritics inside a 2-column table '
               '("atbalstu, var virzit"; "pagaidam neatbalstu"). Alias "VGK sistēmu tehniķis". A minor remark '
               '"nav kritiski" keeps MIP supported. Quoted request lists all options. Expert name only in '
               'the sender line, without diacritics ("Sprogis").', font='Arial', size=10)


# =====================================================================================
@reg
def f11():
    def make(d):
        header(d, [F('SIA „LATGALES KOKS”', b=True, size=16, color='385623'),
                   F('Reģ. Nr. 42403019876 · Rūpnīcas iela 7, Rēzekne, LV-4601 · tālr. 64 622 118 · '
                     'info@latgaleskoks.lv', size=8)], align='c')
        header(d, [F('ŠIS DOKUMENTS IR ELEKTRONISKI PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA '
                     'ZĪMOGU', size=7)], footer=True, align='c')
        P(d, 'Rēzeknē, 2026. gada 2. februārī\t\t\t\tNr. 2/26-14')
        P(d, 'Latvijas Darba devēju konfederācijai', space_after=0)
        P(d, 'projekta koordinatorei Ilzei Bērziņai')
        P(d, F('Par MIP un PKE satura ekspertīzes rezultātiem', b=True))
        P(d, 'Atbildot uz Jūsu 2026. gada 15. janvāra lūgumu, SIA „Latgales koks” tehniskais direktors kā LDDK '
             'deleģētais kokrūpniecības nozares eksperts ir izvērtējis darba grupu iesniegtos dokumentus. '
             'Vērtējums apkopots tabulā.')
        T(d, [
            [Sh(F('Profesionālā kvalifikācija (LKI)', b=True)), Sh(F('MIP', b=True)), Sh(F('PKE', b=True)),
             Sh(F('Komentārs', b=True))],
            ['Koka izstrādājumu ražošanas tehniķis (LKI 4)', '✓ atbalstāms un virzāms saskaņošanai',
             'atbalstāms ar precizējumiem',
             'PKE: teorētiskās daļas jautājumi par kokmateriālu žāvēšanas režīmiem jāaktualizē; vērtēšanas '
             'lapā jānorāda minimālais punktu skaits katrai daļai.'],
            ['Kokapstrādes iekārtu operators (LKI 3)', 'nav atbalstāms', '—',
             'MIP: programma būtībā atkārto 2019. gada redakciju, nav ņemtas vērā jaunās prasības. '
             'PKE izglītības iestāde vēl nav iesniegusi; tā ekspertīze tiks veikta 5. posmā.'],
        ], widths=[4.2, 3.6, 3.4, 4.8])
        P(d, '')
        P(d, 'Uzņēmums arī turpmāk ir gatavs sniegt atbalstu darba grupām prakses vietu nodrošināšanā.')
        P(d, '')
        P(d, 'Tehniskais direktors, nozares eksperts\t\t\t\tRaimonds Pauniņš')

    build('r15b11_Latgales koks_vestule_atzinums.docx', make, 'Raimonds Pauniņš', D(2026, 2, 2, 15, 30),
          rows=[(Q_KIRT, 'MIP', 'supported', 'Raimonds Pauniņš', '2026-02-02', 4),
                (Q_KIRT, 'PKE', 'needs_corrections', 'Raimonds Pauniņš', '2026-02-02', 4),
                (Q_KIO, 'MIP', 'not_supported', 'Raimonds Pauniņš', '2026-02-02', 3)],
          note='Company letterhead in the page header, official letter with a summary table of two '
               'qualifications. PKE for kokapstrādes iekārtu operators is "—" and explicitly not yet submitted '
               '-> no row. "sniegt atbalstu" in closing is a noun, not a verdict. Addressee "Ilzei Bērziņai" is '
               'not the expert.')


# =====================================================================================
@reg
def f12():
    A, TS = 'Inta Jansone', '2026-03-27T09:14:00Z'

    def make(d):
        P(d, F('Ekspertīzes atzinums', b=True, size=14), align='c')
        T(d, [
            [Sh('Kvalifikācija'), 'Mehatronisko sistēmu tehniķis'],
            [Sh('LKI līmenis'), '4'],
            [Sh('Nozare'), 'Mašīnbūve un metālapstrāde'],
            [Sh('Eksperte'), 'Dr. sc. ing. Inta Jansone'],
            [Sh('Datums'), ('2026. gada ', dele('20.', A, TS), ins('27.', A, TS), ' martā')],
        ], widths=[4, 12])
        P(d, '')
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Slēdziens', b=True)), Sh(F('Piezīmes', b=True))],
            ['MIP', (dele('Saturs ir atbalstāms un virzāms saskaņošanai.', A, TS),
                     ins('Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.', A, TS)),
             ('Moduļa „Pneimatika un hidraulika” mācību rezultāti jāsaskaņo ar PKE praktiskā uzdevuma saturu. ',
              ins('Papildus: modulī „Industriālie roboti” jāiekļauj darba drošība robotizētās šūnās.', A, TS))],
            ['PKE', 'Atbalstāms, pēc precizējumiem virzāms saskaņošanai.',
             'Praktiskā uzdevuma variantiem jābūt līdzvērtīgas grūtības; B variantā nav PLC programmēšanas '
             'daļas.'],
        ], widths=[2, 6.5, 7.5])

    build('r15b12_mehatronika_atzinums_galigais_v2.docx', make, 'Inta Jansone', D(2026, 3, 20, 16, 0),
          rows=[(Q_MEH, 'MIP', 'needs_corrections', 'Inta Jansone', '2026-03-27', 4),
                (Q_MEH, 'PKE', 'needs_corrections', 'Inta Jansone', '2026-03-27', 4)],
          note='Tracked changes: MIP verdict deleted (w:del "atbalstāms un virzāms") and replaced (w:ins '
               '"atbalstāms; pēc precizējumu…"); the date itself is a tracked change 20.->27. martā. Title '
               '"Dr. sc. ing." must be dropped from the name.', last_by='Inta Jansone',
          modified=D(2026, 3, 27, 9, 20))


# =====================================================================================
@reg
def f13():
    def make(d):
        P(d, F('MIP satura ekspertīze', b=True, size=14))
        T(d, [
            [Sh(F('Profesionālās kvalifikācijas nosaukums', b=True))],
            ['VGK iekārtu remontatslēdznieks'],
            [Sh(F('Vērtētais dokuments', b=True))],
            ['Modulārā izglītības programma (MIP). Atzinums attiecas tikai uz MIP; PKE saturs tiks vērtēts '
             'atsevišķi, kad darba grupa to iesniegs.'],
            [Sh(F('Ekspertīzes secinājumi', b=True))],
            ['Programmas saturs kopumā ir atbalstāms.\n'
             'Tomēr pirms virzīšanas saskaņošanai darba grupai jāprecizē 3. un 5. moduļa mācību rezultāti '
             '(aukstumaģentu apriti reglamentējošās prasības, noplūžu pārbaude) un jāizlīdzina teorijas un '
             'prakses stundu attiecība 1. kursā.'],
            [Sh(F('Eksperts', b=True))],
            ['Oskars Meiers'],
            [Sh(F('Datums', b=True))],
            ['2026-05-20'],
        ], widths=[16])

    build('r15b13_VGK remontatslēdznieks_MIP_Meiers.docx', make, 'Oskars Meiers', D(2026, 5, 20, 13, 0),
          rows=[(Q_VGKR, 'MIP', 'needs_corrections', 'Oskars Meiers', '2026-05-20', 3)],
          note='Label-above-value one-column form. Alias "VGK iekārtu remontatslēdznieks". Only MIP (PKE '
               'explicitly later). Verdict is prose: "kopumā ir atbalstāms" + condition in the next sentence '
               '"Tomēr pirms virzīšanas saskaņošanai … jāprecizē" -> needs_corrections. LKI from register.')


# =====================================================================================
@reg
def f14():
    def make(d):
        P(d, F('Nozares eksperta atzinums par MIP un PKE saturu', b=True, size=13), align='c')
        P(d, 'Profesionālā kvalifikācija: Metinātājs', space_after=0)
        P(d, 'LKI līmenis: 3', space_after=0)
        P(d, 'Nozare: Mašīnbūve un metālapstrāde')
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Atbalstāms un virzāms saskaņošanai', b=True)),
             Sh(F('Atbalstāms; virzāms pēc precizējumiem', b=True)), Sh(F('Nav atbalstāms', b=True)),
             Sh(F('Piezīmes', b=True))],
            ['MIP', 'X', '', '', 'Moduļi atbilst standartam, labs prakses apjoms.'],
            ['PKE', '', 'X', '', 'Jāpapildina ar MAG metināšanu PF pozīcijā; jāprecizē šuvju vizuālās kontroles '
                                 'kritēriji atbilstoši LVS EN ISO 5817.'],
        ], widths=[2, 3, 3, 2.5, 5.5])
        P(d, '')
        T(d, [
            ['Eksperts: Viesturs Kronbergs', 'Datums: 06.05.2026.'],
        ], widths=[8, 8])

    build('r15b14_Metinatajs_MIP_PKE_Kronbergs.docx', make, 'Kaspars Ērglis', D(2026, 5, 6, 12, 0),
          rows=[('metinātājs', 'MIP', 'supported', 'Viesturs Kronbergs', '2026-05-06', 3),
                ('metinātājs', 'PKE', 'needs_corrections', 'Viesturs Kronbergs', '2026-05-06', 3)],
          problems=['unknown_qualification'],
          note='Qualification "Metinātājs" is not in the register -> unknown_qualification; LKI 3 stated in the '
               'review. Verdict matrix with a plain "X" in the option column.', last_by='Viesturs Kronbergs')


# =====================================================================================
@reg
def f15():
    def crit(rows_):
        out = [[Sh(F('Kritērijs', b=True)), Sh(F('Jā', b=True)), Sh(F('Nē', b=True)), Sh(F('Komentārs', b=True))]]
        for t, y, c in rows_:
            out.append([t, 'X' if y else '', '' if y else 'X', c])
        return out

    def overall(sel):
        return [[Span(4, F('Kopējais vērtējums (atzīmēt ar X)', b=True), shade='E2EFD9')],
                [OPT_SUP.capitalize(), 'X' if sel == 0 else '', Span(2, '')],
                [OPT_COR.capitalize(), 'X' if sel == 1 else '', Span(2, '')],
                [OPT_NOT.capitalize(), 'X' if sel == 2 else '', Span(2, '')]]

    def make(d):
        P(d, F('EKSPERTĪZES ATZINUMS', b=True, size=14), align='c')
        T(d, [
            [Sh('Kvalifikācija'), 'Elektrotehniķis'],
            [Sh('LKI'), '4. līmenis'],
            [Sh('Eksperts'), 'Aleksandrs Petrovs'],
            [Sh('Datums'), '29.04.2026.'],
        ], widths=[4, 12])
        P(d, '')
        P(d, F('A. MIP', b=True))
        T(d, crit([('Atbilst profesionālās kvalifikācijas prasībām', True, ''),
                   ('Ietver jaunās prasmes (AER, viedie tīkli)', False, 'Trūkst viedo skaitītāju tēmas.'),
                   ('Mācību rezultāti izmērāmi', True, '')]) + overall(1), widths=[7, 1.2, 1.2, 6.6])
        P(d, '')
        P(d, F('B. PKE', b=True))
        T(d, crit([('Uzdevumi atbilst kvalifikācijas prasībām', True, ''),
                   ('Vērtēšanas kritēriji skaidri', False,
                    'Praktiskā uzdevuma vērtēšanas lapa iesniegta nepilnīga (bez 3. daļas).'),
                   ('Eksāmena resursi reāli', True, '')]) + overall(None), widths=[7, 1.2, 1.2, 6.6])
        P(d, '')
        P(d, 'Kopējo PKE vērtējumu šobrīd nenorādu: darba grupa solīja atsūtīt vērtēšanas lapas pilno versiju. '
             'Pēc tās saņemšanas atzinumu papildināšu.')

    build('r15b15_Elektrotehniķis_Petrovs_atzinums.docx', make, 'Aleksandrs Petrovs', D(2026, 4, 29, 18, 20),
          rows=[(Q_ET, 'MIP', 'needs_corrections', 'Aleksandrs Petrovs', '2026-04-29', 4),
                (Q_ET, 'PKE', 'unknown', 'Aleksandrs Petrovs', '2026-04-29', 4)],
          problems=['no_verdict'],
          note='Criterion tables with X in Jā/Nē and an overall block with X next to one option. PKE criteria '
               'are filled in but its overall block has no X, and the expert writes that he does not give the '
               'PKE verdict yet -> PKE unknown + no_verdict.', font='Calibri', size=11)


# =====================================================================================
@reg
def f16():
    def ov(marks):
        t = [OPT_SUP, OPT_COR, OPT_NOT]
        return [(glyph(CHK if m else EMP), ' ' + t[i]) for i, m in enumerate(marks)]

    def make(d):
        P(d, F('Ekspertīzes atzinums par profesionālās kvalifikācijas „Motorzāģa operators” MIP un PKE saturu',
               b=True), align='c')
        T(d, [
            [Sh('Eksperte'), 'Ērika Strazda'],
            [Sh('Datums'), '2026. gada 28. janvārī'],
        ], widths=[4, 12])
        P(d, '')
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Vērtējums', b=True)), Sh(F('Komentāri', b=True))],
            ['MIP', ov([1, 0, 1]),
             'Darba aizsardzības modulis izstrādāts pamatīgi. Modulī „Krūmgriežu un motorzāģu apkope” '
             'norādīti 6 KP. Prakses apjoms – 40 % no programmas.'],
            ['PKE', ov([1, 0, 0]), 'Eksāmena uzdevumi atbilst profesijas standartam.'],
        ], widths=[2, 7, 7])

    build('r15b16_Motorzaga operators atzinums (Strazda).docx', make, 'Ērika Strazda', D(2026, 1, 28, 10, 0),
          rows=[(Q_MZO, 'MIP', 'unknown', 'Ērika Strazda', '2026-01-28', 3),
                (Q_MZO, 'PKE', 'supported', 'Ērika Strazda', '2026-01-28', 3)],
          problems=['conflict'],
          note='MIP has two ☒ marks ("atbalstāms un virzāms" and "nav atbalstāms") and neutral, factual comments '
               'that do not settle it -> unknown + conflict. PKE has a single clean ☒.')


# =====================================================================================
@reg
def f17():
    def make(d):
        P(d, F('Nozares eksperta vērtējums (enerģētika)', b=True, size=14))
        P(d, 'Apzīmējumi: A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, '
             'virzāms saskaņošanai pēc precizējumu veikšanas; NA – saturs nav atbalstāms.', space_after=8)
        T(d, [
            [Sh(F('Nr.', b=True)), Sh(F('Profesionālā kvalifikācija', b=True)), Sh(F('LKI', b=True)),
             Sh(F('MIP', b=True)), Sh(F('PKE', b=True)), Sh(F('Piezīmes', b=True))],
            ['1.', 'Elektromontieris', '3', 'AP', 'A',
             'MIP: precizēt moduļa „Kabeļu līniju montāža” apjomu un drošības tehnikas prasības darbam augstumā.'],
            ['2.', 'Elektrotehniķis', '4', 'A', 'AP',
             'PKE: eksāmena uzdevumā Nr. 3 jānorāda mērījumu protokola forma.'],
            ['3.', 'VGK sistēmu tehniķis', '4', 'NA', '–',
             'MIP neatbilst aktualizētajām prasībām (siltumsūkņi, BMS). PKE nav iesniegts vērtēšanai.'],
        ], widths=[1, 4.2, 1.1, 1.2, 1.2, 7.3])
        P(d, '')
        T(d, [
            [Sh('Vārds, uzvārds'), Sh('Paraksts / datums')],
            ['A. Bērziņš', '_____________ / 30.04.2026'],
        ], widths=[8, 8])

    build('r15b17_Energetika_kopsavilkums_Berzins.docx', make, 'Kaspars Ērglis', D(2026, 4, 30, 16, 45),
          rows=[(Q_EM, 'MIP', 'needs_corrections', 'A. Bērziņš', '2026-04-30', 3),
                (Q_EM, 'PKE', 'supported', 'A. Bērziņš', '2026-04-30', 3),
                (Q_ET, 'MIP', 'supported', 'A. Bērziņš', '2026-04-30', 4),
                (Q_ET, 'PKE', 'needs_corrections', 'A. Bērziņš', '2026-04-30', 4),
                (Q_VGKT, 'MIP', 'not_supported', 'A. Bērziņš', '2026-04-30', 4)],
          note='Expert-designed summary table for three qualifications with coded verdicts A/AP/NA and a legend. '
               'VGK sistēmu tehniķis PKE "–" with "PKE nav iesniegts" -> no row. Expert only as initial + '
               'surname in a "Vārds, uzvārds" cell; date in "Paraksts / datums".')


# =====================================================================================
@reg
def f18():
    def make(d):
        T(d, [
            ['Kvalifikacija', 'Mebelu galdnieks'],
            ['Dokuments', 'PKE'],
            ['Vertejums', 'Saturs atbalstams un virzams saskanosanai, bez precizejumiem'],
            ['Eksperte', 'Inese Krumina'],
            ['Datums', '2026.05.06'],
        ], widths=[4, 12])

    build('r15b18_PKE mebelu galdnieks Krumina.docx', make, 'user', D(2026, 5, 6, 7, 58),
          rows=[(Q_MG, 'PKE', 'supported', 'Inese Krumina', '2026-05-06', 4)],
          note='Minimal five-row table, no diacritics at all, only PKE. "bez precizejumiem" = without '
               'corrections -> supported. Name kept as written (no diacritics). Core author "user".',
          font='Calibri', size=11)


# =====================================================================================
@reg
def f19():
    def make(d):
        header(d, [F('Ekspertīzes atzinums  ·  Eksperte: Dace Kļaviņa  ·  2026. gada 16. jūnijā', size=9)])
        P(d, F('Koka izstrādājumu ražošanas tehniķis – MIP un PKE satura izvērtējums', b=True, size=13))
        T(d, [
            [Sh(F('Kritērijs', b=True)), Sh(F('MIP', b=True)), Sh(F('PKE', b=True))],
            ['Saturs atbilst profesionālās kvalifikācijas prasībām', 'Jā', 'Jā'],
            ['Iekļautas nozarē aktuālās jaunās prasmes', 'Nē', 'Jā'],
            ['Vērtēšanas metodes un kritēriji ir skaidri', 'Jā', 'Jā'],
            ['Darba vidē balstītu mācību iespējas aprakstītas', 'Jā', 'n/a'],
            [F('Saturs kopumā ir atbalstāms', b=True), F('Jā', b=True), F('Jā', b=True)],
            [F('Pirms virzīšanas saskaņošanai nepieciešami precizējumi', b=True), F('Jā', b=True),
             F('Nē', b=True)],
        ], widths=[10, 3, 3])
        P(d, '')
        P(d, F('Nepieciešamie precizējumi (MIP)', b=True))
        P(d, '– papildināt moduli „Ražošanas plānošana” ar ražošanas vadības informācijas sistēmu (ERP) '
             'izmantošanu;', space_after=0)
        P(d, '– moduļa „Kokmateriālu žāvēšana” rezultātos iekļaut energoefektivitātes aspektus.')

    build('r15b19_KIRT_MIP_PKE_Klavina.docx', make, '', D(2026, 6, 16, 12, 30),
          rows=[(Q_KIRT, 'MIP', 'needs_corrections', 'Dace Kļaviņa', '2026-06-16', 4),
                (Q_KIRT, 'PKE', 'supported', 'Dace Kļaviņa', '2026-06-16', 4)],
          note='Criterion table with Jā/Nē per document, closing with two overall rows ("kopumā atbalstāms" and '
               '"nepieciešami precizējumi") whose combination gives the verdict. Expert name and date only in '
               'the page header. File name uses the acronym KIRT. Core author empty.')


# =====================================================================================
@reg
def f20():
    def make(d):
        P(d, F('ATKĀRTOTA EKSPERTĪZE', b=True, size=14), align='c')
        T(d, [
            [Sh('Kvalifikācija'), 'Mežsaimniecības tehniķis (LKI 4)'],
            [Sh('Eksperts'), 'Edgars Vītols'],
            [Sh('Atkārtotās ekspertīzes datums'), '27.05.2026.'],
        ], widths=[6, 10])
        P(d, '')
        P(d, 'Veidlapas vērtējuma sadaļu pārveidoju, lai būtu redzams arī iepriekšējās kārtas vērtējums.')
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Iepriekšējais vērtējums (19.03.2026.)', b=True)),
             Sh(F('Atkārtotās ekspertīzes vērtējums', b=True))],
            ['MIP', 'nav atbalstāms',
             'Nav iebildumu. Visi iepriekš norādītie trūkumi novērsti, programmu var virzīt saskaņošanai.'],
            ['PKE', 'atbalstāms un virzāms saskaņošanai',
             'Darba grupa pēc savas iniciatīvas pārstrādāja arī PKE. Jaunajā redakcijā praktiskais uzdevums '
             '(cirsmas izvērtēšana un dokumentēšana) vairs neietilpst 4 stundu eksāmena laikā, un ir izņemta '
             'meža atjaunošanas daļa. Šajā redakcijā PKE neatbalstu – lūdzu atgriezties pie iepriekšējās '
             'versijas vai pārstrādāt.'],
        ], widths=[2, 5, 9])

    build('r15b20_MST atkartota ekspertize_Vitols_27-05.docx', make, 'Edgars Vītols', D(2026, 5, 27, 19, 5),
          rows=[(Q_MST, 'MIP', 'supported', 'Edgars Vītols', '2026-05-27', 4),
                (Q_MST, 'PKE', 'not_supported', 'Edgars Vītols', '2026-05-27', 4)],
          note='Re-review; the expert redesigned the form into a history table: column "Iepriekšējais '
               'vērtējums" (old verdicts, opposite to the new ones) next to the current column. Current: MIP '
               '"Nav iebildumu … var virzīt saskaņošanai" = supported; PKE "neatbalstu" = not_supported.')


# =====================================================================================
@reg
def f21():
    def make(d):
        P(d, F('Atkārtotās ekspertīzes atzinums (2. kārta)', b=True, size=13))
        T(d, [
            [Sh('Profesionālā kvalifikācija'), 'mehatronisko sistēmu tehniķis'],
            [Sh('Dokuments'), 'PKE (profesionālās kvalifikācijas eksāmena saturs)'],
            [Sh('Piezīme'), 'Šī ekspertīze attiecas tikai uz PKE. MIP precizētā redakcija tiek vērtēta atsevišķi.'],
            [Sh('Eksperte'), 'Mg. sc. ing., Dr. sc. ing. Inta Jansone'],
        ], widths=[5, 11])
        P(d, '')
        P(d, F('Ekspertīzes vēsture', b=True))
        T(d, [
            [Sh(F('Kārta', b=True)), Sh(F('Datums', b=True)), Sh(F('Vērtējums', b=True))],
            ['1.', '27.03.2026.', 'atbalstāms, pēc precizējumiem virzāms saskaņošanai'],
            ['2.', '28.04.2026.', 'skat. zemāk'],
        ], widths=[2, 4, 10])
        P(d, '')
        P(d, F('2. kārtas slēdziens', b=True))
        P(d, '✓  PKE saturs ir atbalstāms un virzāms saskaņošanai', space_after=0)
        P(d, '     PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', space_after=0)
        P(d, '     PKE saturs nav atbalstāms')
        P(d, 'Pārbaudīts: B variantā iekļauta PLC programmēšanas daļa, abi varianti tagad līdzvērtīgi.')

    build('r15b21_Mehatronika PKE 2.karta.docx', make, 'Inta Jansone', D(2026, 4, 28, 10, 20),
          rows=[(Q_MEH, 'PKE', 'supported', 'Inta Jansone', '2026-04-28', 4)],
          note='Second-round review of PKE only (MIP explicitly elsewhere -> no row). History table shows the '
               'first-round verdict with its date; the current round is a ✓ next to one of three printed '
               'options, date taken from the history table''s 2nd-round row. Two academic titles before the name.')


# =====================================================================================
@reg
def f22():
    def opts(sel):
        t = ['Atbalstāms un virzāms saskaņošanai', 'Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
             'Nav atbalstāms']
        return [(sdt_cb(i == sel), ' ' + x) for i, x in enumerate(t)]

    def make(d):
        P(d, F('NOZARES EKSPERTA ATZINUMS', b=True, size=14), align='c', space_after=0)
        P(d, 'par modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu', align='c')
        T(d, [
            [Sh('Profesionālā kvalifikācija'), 'Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis'],
            [Sh('LKI līmenis'), '4'],
            [Sh('Nozare'), 'Enerģētika'],
            [Sh('Eksperte'), 'Jeļena Kuzņecova'],
            [Sh('Ekspertīzes datums'), '2026. gada 3. jūnijā'],
            [Sh('Izvērtētās redakcijas'), 'MIP – 2026. gada 18. maija redakcija; PKE – 2026. gada 20. maija redakcija'],
        ], widths=[5, 11])
        P(d, '')
        P(d, F('1. Vispārīgs vērtējums', b=True))
        P(d, 'Darba grupa ir paveikusi apjomīgu darbu. Salīdzinot ar 2025. gada projektu, programmā ir ņemtas '
             'vērā nozares uzņēmumu norādītās jaunās prasmes – siltumsūkņu sistēmu regulēšana, ēku vadības '
             'sistēmas (BMS) un energoefektivitātes mērījumi. Nozares uzņēmumi šo virzienu noteikti atbalsta, '
             'un to apliecināja arī 12. maija darba grupas sanāksmē klātesošie darba devēju pārstāvji.')
        P(d, 'Tajā pašā laikā vairākos moduļos mācību rezultāti formulēti pārāk vispārīgi, lai tos varētu '
             'izmērīt, un daļa vērtēšanas metožu nav sasaistītas ar konkrētiem rezultātiem.')
        P(d, F('2. Komentāri par MIP', b=True))
        T(d, [
            [Sh(F('Modulis', b=True)), Sh(F('Komentārs', b=True))],
            ['1. Ventilācijas sistēmu uzbūve', 'Bez iebildumiem.'],
            ['2. Gaisa kondicionēšanas iekārtas', 'Papildināt ar invertora tipa iekārtu diagnostiku.'],
            ['3. Aukstumaģenti un F-gāzes', 'Precizēt atsauces uz spēkā esošo regulējumu (ES 2024/573).'],
            ['4. Automātika un BMS', 'Rezultāts „pārzina automātikas sistēmas” nav izmērāms – pārformulēt.'],
            ['5. Energoefektivitātes mērījumi', 'Labs modulis, ieteicams vairāk praktisko darbu.'],
            ['6. Sistēmu nodošana ekspluatācijā', 'Šajā redakcijā modulis nav atbalstāms: nav paredzēta '
                                                   'izpilddokumentācijas sagatavošana un regulēšanas '
                                                   'protokolu aizpildīšana. Jāpārstrādā.'],
            ['7. Darba vidē balstītas mācības', 'Jānorāda, kuri rezultāti apgūstami uzņēmumā.'],
        ], widths=[6, 10])
        P(d, '')
        P(d, F('3. Komentāri par PKE', b=True))
        P(d, 'Eksāmena teorētiskā daļa (50 jautājumi) ir sabalansēta. Praktiskajā daļā ir divi uzdevumi; '
             'otrajam uzdevumam (VAV sistēmas regulēšana) trūkst vērtēšanas kritēriju pieļaujamajām '
             'gaisa plūsmas novirzēm, un eksaminējamajam pieejamo mēraparātu saraksts nav pilnīgs. Nav skaidrs, '
             'vai eksāmena vietā būs pieejams BMS simulators.')
        P(d, 'Ieteicams paredzēt metodisko atbalstu eksāmena vērtētājiem – īsu skaidrojumu par kritēriju '
             'piemērošanu.')
        P(d, F('4. Slēdziens', b=True))
        T(d, [
            [Sh(F('MIP', b=True)), opts(1)],
            [Sh(F('PKE', b=True)), opts(1)],
        ], widths=[3, 13])
        P(d, '')
        P(d, 'Neskatoties uz 6. moduļa trūkumiem, programmu kopumā vērtēju pozitīvi, jo nepieciešamie '
             'labojumi ir veicami esošās struktūras ietvaros un atkārtota ekspertīze nav vajadzīga. Precizētās '
             'redakcijas lūdzu nosūtīt man pārbaudei pirms virzīšanas saskaņošanai.')
        P(d, '')
        P(d, 'Jeļena Kuzņecova', space_after=0)
        P(d, 'nozares eksperte, SIA „Klimata inženierija”')

    build('r15b22_VGK sistemu tehnikis_MIP_PKE_atzinums Kuznecova.docx', make, 'Kaspars Ērglis',
          D(2026, 6, 1, 9, 0),
          rows=[(Q_VGKT, 'MIP', 'needs_corrections', 'Jeļena Kuzņecova', '2026-06-03', 4),
                (Q_VGKT, 'PKE', 'needs_corrections', 'Jeļena Kuzņecova', '2026-06-03', 4)],
          note='Long two-page form. Body has traps: "Nozares uzņēmumi … atbalsta" (3rd person), a module '
               '"šajā redakcijā … nav atbalstāms" (about one module, not the document), "metodisko atbalstu" '
               '(noun), "Neskatoties" (not a negation). The closing "Slēdziens" with content-control '
               'checkboxes outranks the body: both needs_corrections. Core author = coordinator (template).',
          last_by='Jeļena Kuzņecova', modified=D(2026, 6, 3, 18, 40))


# =====================================================================================
@reg
def f23():
    def make(d):
        header(d, [F('Kristaps Lūsis, nozares eksperts — 2026-06-09', size=9, i=True)], align='r')
        P(d, F('Meža mašīnu operators (LKI 3) – vērtējums', b=True, size=13))
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Atbalstāms un virzāms saskaņošanai', b=True)),
             Sh(F('Atbalstāms pēc precizējumiem', b=True)), Sh(F('Nav atbalstāms', b=True))],
            ['MIP', '', '', 'V'],
            ['PKE', '', '', 'V'],
        ], widths=[3, 4.5, 4.5, 4])
        P(d, '')
        P(d, F('Pamatojums', b=True))
        P(d, 'Abi dokumenti izstrādāti, balstoties uz novecojušu kvalifikācijas aprakstu. MIP nav iekļauta '
             'darba ar forvarderu un harvesteru simulatoriem apmācība, kas šobrīd ir nozares standarts, kā arī '
             'nav moduļa par mežizstrādes datu pārsūtīšanu (StanForD). PKE praktiskais uzdevums paredz tikai '
             'motorzāģa darbus, kas neatbilst kvalifikācijas būtībai.')
        P(d, 'Iesaku darba grupai sazināties ar nozares uzņēmumiem un abus dokumentus izstrādāt no jauna, pēc tam '
             'iesniegt atkārtotai ekspertīzei.')

    build('r15b23_MMO_vertejums.docx', make, 'Ilze Bērziņa', D(2026, 6, 9, 15, 15),
          rows=[(Q_MMO, 'MIP', 'not_supported', 'Kristaps Lūsis', '2026-06-09', 3),
                (Q_MMO, 'PKE', 'not_supported', 'Kristaps Lūsis', '2026-06-09', 3)],
          note='Option-column matrix with "V" marks; both not supported. Expert name and date only in the page '
               'header (ISO date). File name only the acronym MMO.')


# =====================================================================================
@reg
def f24():
    def inner(sel):
        t = ['atbalstāms un virzāms saskaņošanai', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
             'nav atbalstāms']
        return NT([[('x' if i == sel else ''), x] for i, x in enumerate(t)], widths=[0.8, 6.2])

    def make(d):
        P(d, F('Atzinums par datorizētu kokapstrādes iekārtu operatora kvalifikācijas MIP un PKE saturu', b=True),
          align='c')
        T(d, [
            [Sh('Eksperts'), ''],
            [Sh('Datums'), '11.06.2026'],
        ], widths=[4, 12])
        P(d, '')
        T(d, [
            [Sh(F('MIP', b=True)), Sh(F('PKE', b=True))],
            [['Vērtējums:', inner(0)], ['Vērtējums:', inner(0)]],
            ['Iepriekšējā kārtā norādītie precizējumi veikti (5 asu apstrāde, vērtēšanas metodes).',
             'Laika norma un rasējums precizēti atbilstoši ieteikumiem.'],
        ], widths=[8, 8])

    build('r15b24_DKIO atzinums 2026-06-11.docx', make, 'Sintija Kārkliņa', D(2026, 6, 11, 8, 0),
          rows=[(Q_DKIO, 'MIP', 'supported', '', '2026-06-11', 4),
                (Q_DKIO, 'PKE', 'supported', '', '2026-06-11', 4)],
          note='Outer table MIP | PKE with a nested option table in each cell, lower-case "x". The "Eksperts" '
               'cell is left empty, so expert is empty even though the core author property holds a name '
               '(metadata is not the review naming its author). Qualification in genitive in the title.')


# =====================================================================================
@reg
def f25():
    def make(d):
        P(d, F('MIP satura ekspertīze', b=True, size=13))
        T(d, [
            [Sh('Kvalifikācija'), 'Elektromontieris'],
            [Sh('Dokuments'), 'MIP (PKE vērtē I. Šteinbergs)'],
        ], widths=[4, 12])
        P(d, '')
        P(d, F('Konstatētie trūkumi', b=True))
        P(d, '1. Modulī „Iekšējo elektrotīklu montāža” nav pietiekami aptverta zemējuma pretestības mērīšana.',
          space_after=0)
        P(d, '2. Moduļa „Gaisvadu līniju montāža” praktisko darbu apraksts nav saskaņots ar darba augstumā '
             'drošības prasībām.', space_after=0)
        P(d, '3. Darba vidē balstītu mācību apjoms norādīts tikai kopā, nav sadalīts pa moduļiem.')
        P(d, '')
        P(d, [textbox(['SLĒDZIENS',
                       'MIP saturs ir atbalstāms ar nosacījumu, ka pirms iesniegšanas saskaņošanai tiek novērsti '
                       'visi trīs iepriekš minētie trūkumi.'])])
        P(d, '')
        P(d, 'Ilona Kalēja, 2026. gada 12. februārī')

    build('r15b25_elektromontieris MIP - Kaleja.docx', make, 'Ilona Kalēja', D(2026, 2, 12, 20, 40),
          rows=[(Q_EM, 'MIP', 'needs_corrections', 'Ilona Kalēja', '2026-02-12', 3)],
          note='Conclusion only inside a text box (DrawingML + VML fallback, so the text is there twice): '
               '"atbalstāms ar nosacījumu, ka pirms iesniegšanas saskaņošanai …" -> needs_corrections. PKE is '
               'assigned to another expert -> no row. Name + date in a plain line at the end.')


# =====================================================================================
@reg
def f26():
    def block(d, title, lki, mip, pke, com):
        t = ['atbalstāms un virzāms saskaņošanai', 'atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai',
             'nav atbalstāms']
        T(d, [
            [Span(4, F(title, b=True), shade='D9E2F3')],
            ['LKI līmenis', Span(3, lki)],
            ['MIP'] + [(ffcb(mip == i, 'default'), ' ' + x) for i, x in enumerate(t)],
            ['PKE'] + [(ffcb(pke == i, 'default'), ' ' + x) for i, x in enumerate(t)],
            ['Komentāri', Span(3, com)],
        ], widths=[2.8, 4.4, 4.4, 4.4])
        P(d, '')

    def make(d):
        P(d, F('Nozares eksperta atzinums – enerģētika', b=True, size=14), align='c')
        P(d, 'Eksperts: Pēteris Ziemelis', space_after=0)
        P(d, 'Datums: 18.06.2026.')
        block(d, 'Elektrotehniķis', '4. LKI', 0, 0,
              'Atkārtoti iesniegtajā MIP redakcijā iekļauti moduļi par saules paneļu sistēmām un uzlādes '
              'infrastruktūru; kredītpunktu apjomi saskaņoti. PKE precizējumi veikti.')
        block(d, 'Siltumenerģētikas tehniķis', '4. LKI', 1, 2,
              'MIP: jāprecizē siltummezglu automātikas moduļa rezultāti. PKE: praktiskais uzdevums nav '
              'īstenojams eksāmena vidē (nepieciešama darbojoša katlumāja), vērtēšanas kritēriji nav izstrādāti; '
              'PKE jāizstrādā no jauna.')

    build('r15b26_Ziemelis_energetika_2 PK.docx', make, 'Pēteris Ziemelis', D(2026, 6, 18, 14, 10),
          rows=[(Q_ET, 'MIP', 'supported', 'Pēteris Ziemelis', '2026-06-18', 4),
                (Q_ET, 'PKE', 'supported', 'Pēteris Ziemelis', '2026-06-18', 4),
                ('siltumenerģētikas tehniķis', 'MIP', 'needs_corrections', 'Pēteris Ziemelis', '2026-06-18', 4),
                ('siltumenerģētikas tehniķis', 'PKE', 'not_supported', 'Pēteris Ziemelis', '2026-06-18', 4)],
          problems=['unknown_qualification'],
          note='Two qualification blocks, each option a legacy FORMCHECKBOX with the state in w:default. '
               '"Siltumenerģētikas tehniķis" is not in the register -> unknown_qualification (LKI 4 as stated). '
               'Elektrotehniķis is a later round (mentions "atkārtoti iesniegtajā").')


# =====================================================================================
@reg
def f27():
    def make(d):
        P(d, F('Profesionālās kvalifikācijas dokumentu ekspertīze', b=True, size=13))
        T(d, [
            [Sh('Kvalifikācija'), 'Kokapstrādes iekārtu operators', Sh('LKI'), '3'],
            [Sh('Eksperte'), 'Zane Avotiņa', Sh('Datums'), '21.01.2026'],
            [Sh('Vērtējums (MIP)'), Span(3, 'Atbalstīts ar nosacījumu.')],
            [Sh('Nosacījums'), Span(3, 'Līdz saskaņošanai precizēt 2. moduļa („Zāģēšanas iekārtas”) apjomu un '
                                       'papildināt to ar lentzāģu asināšanu.')],
            [Sh('Vērtējums (PKE)'), Span(3, 'Atbalstīts bez precizējumiem.')],
            [Sh('Citas piezīmes'), Span(3, 'Ieteikums nākotnē – izmantot reālus uzņēmumu pasūtījumus kā eksāmena '
                                           'uzdevumu pamatu.')],
        ], widths=[3.5, 6, 2, 4.5])

    build('r15b27_KIO ekspertize Avotina.docx', make, 'Zane Avotiņa', D(2026, 1, 21, 11, 11),
          rows=[(Q_KIO, 'MIP', 'needs_corrections', 'Zane Avotiņa', '2026-01-21', 3),
                (Q_KIO, 'PKE', 'supported', 'Zane Avotiņa', '2026-01-21', 3)],
          note='Four-column compact form (label|value|label|value). Nominal verdicts: MIP "Atbalstīts ar '
               'nosacījumu." with the condition in the next row -> needs_corrections; PKE "Atbalstīts bez '
               'precizējumiem." -> supported.')


# =====================================================================================
@reg
def f28():
    def make(d):
        for k, v in [('From:', 'Valdis Grīnbergs <valdis@grinbergs-logi.lv>'),
                     ('Sent:', 'Wednesday, May 13, 2026 8:03 PM'),
                     ('To:', 'Ilze Bērziņa <ilze.berzina@lddk.lv>'),
                     ('Subject:', 'RE: Būvizstrādājumu galdnieks – atzinums')]:
            P(d, [F(k + ' ', b=True), v], space_after=0)
        P(d, '')
        P(d, 'Ilze, sveika!')
        P(d, 'Pa īsam, lai nekavētu ar atskaiti:')
        P(d, [F('MIP', b=True), ' – neatbalstu. Programmā joprojām nav koka-alumīnija logu izgatavošanas, '
                                'moduļu apraksti lielā mērā kopēti no mēbeļu galdnieka programmas. Jāpārstrādā.'])
        P(d, [F('PKE', b=True), ' – izskatīju, komentāri tabulā zemāk. Galīgo vērtējumu došu pēc tikšanās ar '
                                'darba grupu nākamnedēļ, jo daļa jautājumu ir par to, kā uzdevumu vispār '
                                'praktiski organizēt.'])
        T(d, [
            [Sh(F('PKE daļa', b=True)), Sh(F('Komentārs', b=True))],
            ['Teorija', 'Jautājumi par ugunsdrošām durvīm novecojuši.'],
            ['Praktiskais uzdevums', 'Loga bloka izgatavošana 6 h laikā – šaubos, vai reāli.'],
            ['Vērtēšana', 'Kritēriji ir, bet nav svēruma.'],
        ], widths=[4, 12])
        P(d, '')
        P(d, 'Valdis')
        P(d, '')
        P(d, [F('From: ', b=True), 'Ilze Bērziņa <ilze.berzina@lddk.lv>'], space_after=0)
        P(d, [F('Sent: ', b=True), 'Monday, May 4, 2026 9:30 AM'], space_after=0)
        P(d, [F('To: ', b=True), 'Valdis Grīnbergs <valdis@grinbergs-logi.lv>'], space_after=0)
        P(d, [F('Subject: ', b=True), 'Būvizstrādājumu galdnieks – atzinums'])
        P(d, 'Labdien, Valdi!')
        P(d, 'Atgādinu par būvizstrādājumu galdnieka MIP un PKE atzinumu. Vērtējumu var norādīt arī e-pastā, '
             'atzīmējot vienu no variantiem:')
        P(d, f'{EMP} saturs ir atbalstāms un virzāms saskaņošanai', space_after=0)
        P(d, f'{EMP} saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai', space_after=0)
        P(d, f'{EMP} saturs nav atbalstāms')
        P(d, 'Paldies!  Ilze')

    build('r15b28_RE Buvizstradajumu galdnieks - atzinums.docx', make, 'Ilze Bērziņa', D(2026, 5, 14, 8, 20),
          rows=[(Q_BG, 'MIP', 'not_supported', 'Valdis Grīnbergs', '2026-05-13', 4),
                (Q_BG, 'PKE', 'unknown', 'Valdis Grīnbergs', '2026-05-13', 4)],
          problems=['no_verdict'],
          note='Outlook e-mail with English headers, Latvian body. MIP "neatbalstu". PKE reviewed with comments '
               'but the final verdict is explicitly postponed -> unknown + no_verdict. The quoted request prints '
               'all three options with empty ☐ (must not be read as a verdict). Expert name from the From: line '
               '(signature is only "Valdis").', font='Calibri', size=11)


# =====================================================================================
@reg
def f29():
    def mk(x):
        return '☑' if x else '☐'

    def make(d):
        P(d, F('Biedrība „Meža tehnikas klasteris”', b=True, color='375623'), space_after=0)
        P(d, F('Meža iela 4, Jelgava, LV-3001 · klasteris@mezatehnika.lv', size=9))
        P(d, '')
        P(d, F('Eksperta atzinums par MIP un PKE saturu', b=True, size=13))
        P(d, 'Eksperts Ģirts Rozenbergs vērtējis divu kokrūpniecības nozares kvalifikāciju dokumentus. '
             'Vērtējums atzīmēts tabulā (☑ – izvēlētais).')
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('Dok.', b=True)), Sh(F('Atbalstāms, virzāms', b=True)),
             Sh(F('Atbalstāms pēc precizējumiem', b=True)), Sh(F('Nav atbalstāms', b=True)),
             Sh(F('Piezīmes', b=True))],
            ['Motorzāģa operators', 'MIP', mk(1), mk(0), mk(0), 'Precizējumi pēc 1. kārtas veikti.'],
            ['Motorzāģa operators', 'PKE', mk(1), mk(0), mk(0), '—'],
            ['Meža mašīnu operators', 'MIP', mk(0), mk(1), mk(0),
             'Papildināt simulatoru apmācības moduli ar vismaz 40 stundām.'],
            ['Meža mašīnu operators', 'PKE', mk(0), mk(1), mk(0),
             'Laika normas harvestera uzdevumam jāpārskata (pārāk īsas).'],
        ], widths=[3.6, 1.3, 2.2, 2.6, 2.2, 4.1])
        P(d, '')
        P(d, 'Jelgavā, 2026. gada 15. maijā')

    build('r15b29_Rozenbergs_MZO_MMO.docx', make, 'Meža tehnikas klasteris', D(2026, 5, 15, 10, 5),
          rows=[(Q_MZO, 'MIP', 'supported', 'Ģirts Rozenbergs', '2026-05-15', 3),
                (Q_MZO, 'PKE', 'supported', 'Ģirts Rozenbergs', '2026-05-15', 3),
                (Q_MMO, 'MIP', 'needs_corrections', 'Ģirts Rozenbergs', '2026-05-15', 3),
                (Q_MMO, 'PKE', 'needs_corrections', 'Ģirts Rozenbergs', '2026-05-15', 3)],
          note='Association letterhead typed in the body; matrix of ☑/☐ (U+2611/U+2610 as plain text, not MS '
               'Gothic). Expert named in a third-person sentence; date at the end. The "1. kārta" remark is '
               'history, not a verdict.', font='Calibri', size=11)


# =====================================================================================
@reg
def f30():
    def make(d):
        header(d, [F('Sagatavoja: A. Vilks', size=8)], footer=True)
        P(d, F('VGK kvalifikāciju MIP un PKE ekspertīze', b=True, size=13))
        P(d, 'Eksperts: Artūrs Vilks (SIA „Vēdinātāji”)', space_after=0)
        P(d, 'Datums: 2026-06-25')
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('Dok.', b=True)), Sh(F('Atbalstāms un virzāms', b=True)),
             Sh(F('Atbalstāms pēc precizējumiem', b=True)), Sh(F('Neatbalstāms', b=True)),
             Sh(F('Komentāri', b=True))],
            ['Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (3. LKI)', 'MIP', '—', '—', '—',
             'MIP vērtē O. Meiers.'],
            ['', 'PKE', '', '', '✓',
             'Praktiskais uzdevums neatbilst 3. līmenim – prasa sistēmas projektēšanu. Teorijā nav jautājumu '
             'par F-gāzu drošu apriti.'],
            ['Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (4. LKI)', 'MIP', '', '✓', '',
             'Precizēt 6. moduli (nodošana ekspluatācijā).'],
            ['', 'PKE', '', '✓', '', 'VAV regulēšanas uzdevumam pievienot pieļaujamās novirzes.'],
        ], widths=[4.3, 1.2, 2, 2.4, 2, 4.1])

    build('r15b30_VGK_MIP_PKE_Vilks.docx', make, 'Artūrs Vilks', D(2026, 6, 25, 17, 0),
          rows=[(Q_VGKR, 'PKE', 'not_supported', 'Artūrs Vilks', '2026-06-25', 3),
                (Q_VGKT, 'MIP', 'needs_corrections', 'Artūrs Vilks', '2026-06-25', 4),
                (Q_VGKT, 'PKE', 'needs_corrections', 'Artūrs Vilks', '2026-06-25', 4)],
          note='Full register names, two qualifications; ✓ marks in option columns. Remontatslēdznieks MIP row '
               'has "—" everywhere and "MIP vērtē O. Meiers" -> no row. Footer "Sagatavoja: A. Vilks" repeats '
               'the author (body gives the full name).')


# =====================================================================================
# ---- non-reviews
@reg
def f31():
    def make(d):
        P(d, F('LDDK projekta 4.2.2.9 nozaru ekspertu sanāksmes', b=True), align='c', space_after=0)
        P(d, F('PROTOKOLS Nr. 3', b=True, size=14), align='c')
        P(d, 'Rīgā, 2026. gada 7. aprīlī, tiešsaistē (MS Teams)')
        P(d, 'Piedalās: I. Bērziņa (koordinatore), K. Ērglis (koordinators), nozaru eksperti J. Kalniņš, '
             'L. Ozoliņa, A. Liepiņš, M. Zariņš, E. Vītols, I. Jansone.')
        T(d, [
            [Sh(F('Nr.', b=True)), Sh(F('Jautājums', b=True)), Sh(F('Nolemts', b=True)),
             Sh(F('Atbildīgais', b=True)), Sh(F('Termiņš', b=True))],
            ['1.', 'Motorzāģa operatora MIP precizējumi',
             'J. Kalniņš informē, ka precizētā MIP redakcija vēl nav saņemta. Pēc saņemšanas pārbaudīt, vai '
             'precizējumi veikti, un apstiprināt koordinatorei, ka saturs ir virzāms saskaņošanai.',
             'J. Kalniņš', '17.04.2026'],
            ['2.', 'Elektrotehniķa MIP (1. kārtā netika atbalstīta)',
             'Izglītības iestādei nodrošināt metodisko atbalstu programmas pārstrādei; atkārtotu ekspertīzi '
             'plānot 5. posmā.', 'K. Ērglis', '30.06.2026'],
            ['3.', 'Atbalsts ekspertiem',
             'Ceļa izdevumu kompensācija par dalību darba grupu sanāksmēs – saskaņā ar līgumu.', 'I. Bērziņa',
             'pastāvīgi'],
            ['4.', 'Vienota atzinuma veidlapa',
             'Turpmāk izmantot veidlapu ar trim vērtējuma variantiem un atzīmēt vienu; e-pasta atbildes '
             'pievienot kā pielikumu.', 'I. Bērziņa', '10.04.2026'],
        ], widths=[1, 3.5, 7.5, 2.2, 1.8])
        P(d, '')
        P(d, 'Protokolēja: Ilze Bērziņa')

    build('r15b31_Protokols_ekspertu sanaksme_2026-04-07.docx', make, 'Ilze Bērziņa', D(2026, 4, 7, 15, 0),
          problems=['no_verdict'],
          note='NOT a review: meeting minutes in a decisions table; mentions MIP, "virzāms saskaņošanai", '
               '"netika atbalstīta" (history), "atbalsts ekspertiem" (noun), expert initials and dates.')


@reg
def f32():
    def make(d):
        P(d, F('Ekspertu sadalījums – projekta 5. posms (2026. gada 1. aprīlis – 31. jūlijs)', b=True, size=13))
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('LKI', b=True)), Sh(F('MIP eksperts', b=True)),
             Sh(F('PKE eksperts', b=True)), Sh(F('Termiņš', b=True)), Sh(F('Statuss', b=True))],
            ['Elektromontieris', '3', 'I. Kalēja', 'I. Šteinbergs', '15.05.2026', 'gaida precizēto MIP'],
            ['Elektrotehniķis', '4', 'A. Liepiņš / P. Ziemelis', 'A. Petrovs', '30.06.2026',
             'MIP atkārtota ekspertīze'],
            ['VGK sistēmu tehniķis', '4', 'J. Kuzņecova', 'J. Kuzņecova', '05.06.2026', 'nodots ekspertei'],
            ['VGK iekārtu remontatslēdznieks', '3', 'O. Meiers', 'A. Vilks', '30.06.2026', 'PKE vēl nav iesniegts'],
            ['Mehatronisko sistēmu tehniķis', '4', 'I. Jansone', 'I. Jansone', '30.04.2026', 'pabeigts'],
            ['Mēbeļu galdnieks', '4', 'G. Priedīte', 'I. Krūmiņa', '15.05.2026', 'PKE – jauna redakcija'],
        ], widths=[4.5, 1, 3, 3, 2.2, 3.3])
        P(d, '')
        P(d, 'Ekspertiem atzinumā katram dokumentam jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, '
             'atbalstāms pēc precizējumiem vai nav atbalstāms.')

    build('r15b32_Ekspertu sadalījums 5. posms.docx', make, 'Kaspars Ērglis', D(2026, 4, 2, 9, 0),
          problems=['no_verdict'],
          note='NOT a review: assignment table (qualification | LKI | MIP expert | PKE expert | deadline | '
               'status) plus an instruction listing the verdict options.')


@reg
def f33():
    def make(d):
        P(d, F('EKSPERTĪZES ATZINUMA VEIDLAPA (paraugs)', b=True, size=14), align='c')
        P(d, F('Norādījumi ekspertam: aizpildiet pelēkos laukus. Vērtējumu atzīmējiet, ievietojot ☒ vai „X” '
               'pie viena varianta katram dokumentam. Ja dokuments nav vērtēts, norādiet iemeslu.', i=True,
               size=10))
        T(d, [
            [Sh('Profesionālā kvalifikācija'), Sh('[kvalifikācijas nosaukums]', fill='EDEDED')],
            [Sh('LKI līmenis'), Sh('[3 / 4 / 5]', fill='EDEDED')],
            [Sh('Eksperts'), Sh('[vārds, uzvārds]', fill='EDEDED')],
            [Sh('Datums'), Sh('[dd.mm.gggg.]', fill='EDEDED')],
        ], widths=[5, 11])
        P(d, '')
        T(d, [
            [Sh(F('Dokuments', b=True)), Sh(F('Vērtējums', b=True))],
            ['MIP', [(glyph(EMP), ' ' + OPT_SUP), (glyph(EMP), ' ' + OPT_COR), (glyph(EMP), ' ' + OPT_NOT)]],
            ['PKE', [(glyph(EMP), ' ' + OPT_SUP), (glyph(EMP), ' ' + OPT_COR), (glyph(EMP), ' ' + OPT_NOT)]],
            ['Piezīmes', ''],
        ], widths=[3, 13])
        P(d, '')
        P(d, F('Piemērs: ja saturs ir atbalstāms, bet jāveic labojumi, atzīmē otro variantu un piezīmēs uzskaita '
               'nepieciešamos precizējumus.', i=True, size=10))

    build('r15b33_Atzinuma veidlapa_paraugs_2026.docx', make, 'Ilze Bērziņa', D(2026, 1, 8, 12, 0),
          problems=['no_verdict'],
          note='NOT a review: the blank template with placeholders, all options ☐, and instructions/example '
               'that name the options.')


@reg
def f34():
    def make(d):
        for k, v in [('No:', 'Kaspars Ērglis <kaspars.erglis@lddk.lv>'),
                     ('Nosūtīts:', 'otrdiena, 2026. gada 7. aprīlī 11:48'),
                     ('Kam:', 'A. Bērziņš; Rolands Sprogis; Pēteris Ziemelis; Jeļena Kuzņecova; Artūrs Vilks; '
                              'Oskars Meiers'),
                     ('Kopija:', 'Ilze Bērziņa'),
                     ('Tēma:', 'FW: Ekspertīžu pieprasījums – enerģētika (5. posms)')]:
            P(d, [F(k + ' ', b=True), v], space_after=0)
        P(d, '')
        P(d, 'Labdien, kolēģi!')
        P(d, 'Pārsūtu VISC pieprasījumu. Lūdzu līdz norādītajiem termiņiem iesūtīt atzinumus par zemāk '
             'minētajām kvalifikācijām. Katram dokumentam (MIP un PKE) norādiet, vai saturs ir atbalstāms un '
             'virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms.')
        T(d, [
            [Sh(F('Kvalifikācija', b=True)), Sh(F('Dokumenti', b=True)), Sh(F('Termiņš', b=True))],
            ['Elektrotehniķis', 'MIP (atkārtoti), PKE', '30.06.2026'],
            ['VGK sistēmu tehniķis', 'MIP, PKE', '05.06.2026'],
            ['VGK iekārtu remontatslēdznieks', 'PKE', '30.06.2026'],
        ], widths=[6, 6, 4])
        P(d, 'Paldies par atbalstu un ieguldīto darbu!')
        P(d, 'Kaspars')
        P(d, '-----Original Message-----')
        P(d, [F('From: ', b=True), 'VISC projekts 4.2.2.9'], space_after=0)
        P(d, [F('Sent: ', b=True), 'Monday, April 6, 2026 4:10 PM'])
        P(d, 'Lūdzam sadarbības partneri nodrošināt nozaru ekspertu atzinumus par darba grupu izstrādātajām '
             'MIP un PKE redakcijām līdz 2026. gada jūlijam. Eiropas Sociālā fonda Plus atbalsta ietvaros '
             'atzinumi ir priekšnoteikums dokumentu saskaņošanai.')

    build('r15b34_FW_ Ekspertizu pieprasijums - energetika.docx', make, 'Kaspars Ērglis', D(2026, 4, 7, 12, 0),
          problems=['no_verdict'],
          note='NOT a review: coordinator\'s forwarded request e-mail (Latvian Outlook headers) with a table of '
               'qualifications and deadlines, listing the verdict options, "Paldies par atbalstu", "ESF+ '
               'atbalsta ietvaros".', font='Calibri', size=11)




ABBR = {'supported': 'S', 'needs_corrections': 'C', 'not_supported': 'N', 'unknown': '?'}


def write_readme():
    lines = [
        '# r15b – blind set: forms and tables',
        '',
        'Expert reviews of MIP/PKE content written as filled-in (and sometimes redesigned) coordinator forms: '
        'key/value tables, summary tables, criterion tables with an overall row, option lists with the chosen '
        'one marked (☒ typed, Wingdings w:sym, content-control checkbox, legacy FORMCHECKBOX, X/x/V/✓/☑, bold, '
        'underline, strike-through of the others), tracked changes, nested tables, a text box, name/date in '
        'labelled cells, in "Paraksts / datums", in page headers/footers; e-mails printed to Word (Outlook LV/EN, '
        'Gmail) with the coordinator\'s request quoted below; letterheads. Four files are not reviews.',
        '',
        'Built by `build.py` (`/work/hvenv/bin/python build.py`), which also writes `expected.csv`, '
        '`expected_problems.csv` and this file. Labels: S = supported, C = needs_corrections, '
        'N = not_supported, ? = unknown.',
        '',
        '| file | gold (qualification: MIP/PKE) | problems | design and judgement calls |',
        '|---|---|---|---|',
    ]
    for name, note in NOTES:
        per = {}
        for r in GOLD_ROWS:
            if r[0] == name:
                per.setdefault(r[1], {})[r[2]] = ABBR[r[3]]
        gold = '; '.join(f"{q}: {d.get('MIP', '–')}/{d.get('PKE', '–')}" for q, d in per.items()) or '(no rows)'
        probs = ', '.join(c for f, c in GOLD_PROBLEMS if f == name)
        lines.append(f'| {name} | {gold} | {probs} | {note.replace("|", "/")} |')
    lines += ['', 'General conventions: the review date is the date the expert gave the verdict (e-mail: the '
              'reply\'s sent date, not the quoted request; re-review: the current round). Expert = name as written '
              'in the document, titles dropped; core-properties author is never used as the expert. A document '
              'marked "nav iesniegts", "vērtē cits eksperts", "attiecas tikai uz …" has no row. LKI from the '
              'review when stated (PKL converted: PKL n = LKI n+1), else from the register.', '']
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines))


def main():
    for f in os.listdir(OUT):
        if f.endswith('.docx'):
            os.remove(os.path.join(OUT, f))
    for fn in FILES:
        fn()
    with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
        for r in GOLD_ROWS:
            w.writerow(r)
    with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'code'])
        for r in GOLD_PROBLEMS:
            w.writerow(r)
    write_readme()
    print(len(NOTES), 'files,', len(GOLD_ROWS), 'gold rows,', len(GOLD_PROBLEMS), 'problem rows')


if __name__ == '__main__':
    main()
