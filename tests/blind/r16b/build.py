# -*- coding: utf-8 -*-
"""Build the r16b blind evaluation set: Latvian expert reviews of MIP / PKE as
forms and tables (key/value tables, summary tables, criterion tables, marked
option lists, e-mails printed to Word, letterheads) plus a few non-reviews.

Each file is built by one function f01..f34 and ends in a build(...) call that
carries its gold rows, problem codes and a short design note.

Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
GOLD_ROWS = []
GOLD_PROBLEMS = []
NOTES = []

C_ = WD_ALIGN_PARAGRAPH.CENTER
R_ = WD_ALIGN_PARAGRAPH.RIGHT
NB = "\u00a0"  # non-breaking space

# canonical option wordings
O_SUP = "Saturs ir atbalstāms un virzāms saskaņošanai"
O_NC = "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"
O_NS = "Saturs nav atbalstāms"


# ---------------------------------------------------------------- helpers
def new_doc(author, created, modified_by=None, font="Calibri", size=11, modified=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    cp = d.core_properties
    cp.author = author
    cp.comments = ""
    cp.title = ""
    cp.last_modified_by = modified_by if modified_by is not None else author
    cdt = dt.datetime.fromisoformat(created)
    cp.created = cdt
    cp.modified = dt.datetime.fromisoformat(modified) if modified else cdt + dt.timedelta(minutes=47)
    cp.revision = 3
    return d


def _fmt(run, bold=None, italic=None, underline=None, strike=None, size=None,
         font=None, highlight=None, color=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline
    if strike is not None:
        run.font.strike = strike
    if size is not None:
        run.font.size = Pt(size)
    if font is not None:
        run.font.name = font
        rpr = run._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:eastAsia"), font)
    if highlight is not None:
        run.font.highlight_color = highlight
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def R(p, text, **fmt):
    return _fmt(p.add_run(text), **fmt)


def _is_cell(c):
    return hasattr(c, "_tc")


def P(container, *segs, align=None, style=None, space_after=None, **fmt):
    """Add a paragraph; segs are str or (str, dict-of-format). In a cell the
    first empty paragraph is reused."""
    if _is_cell(container):
        ps = container.paragraphs
        p0 = ps[-1]
        if len(ps) == 1 and len([e for e in p0._p if e.tag != qn("w:pPr")]) == 0:
            p = p0
        else:
            p = container.add_paragraph()
    else:
        p = container.add_paragraph()
    if style:
        p.style = style
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    for s in segs:
        if isinstance(s, tuple):
            t, f = s
            ff = dict(fmt)
            ff.update(f)
            R(p, t, **ff)
        else:
            R(p, s, **fmt)
    return p


def C(cell, text="", **kw):
    """Write text (lines split on \n into paragraphs) into a cell."""
    lines = text.split("\n") if isinstance(text, str) else [text]
    last = None
    for ln in lines:
        last = P(cell, ln, **kw) if ln != "" else P(cell, **kw)
    return last


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, data, header=True, widths=None, style="Table Grid",
          center_cols=(), size=None, shade_header=True, bold_first_col=False):
    nr, nc = len(data), max(len(r) for r in data)
    t = container.add_table(rows=nr, cols=nc)
    try:
        t.style = style
    except Exception:
        pass
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if val is None:
                continue
            b = (header and i == 0) or (bold_first_col and j == 0)
            if isinstance(val, str):
                C(cell, val, bold=b or None, size=size,
                  align=C_ if (j in center_cols and not (header and i == 0)) else None)
            if header and i == 0 and shade_header:
                shade(cell)
    if widths:
        set_widths(t, widths)
    if not _is_cell(container):
        container.add_paragraph()
    return t


def set_widths(t, widths):
    """Column widths on both the grid and every cell (Word and LibreOffice)."""
    t.autofit = False
    for j, w in enumerate(widths):
        if j < len(t.columns):
            t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = w


def vmerge(t, r0, r1, col):
    """Merge cells vertically and drop the empty paragraphs the merge brings in."""
    return merge(t.cell(r0, col), t.cell(r1, col))


def merge(a, b):
    """Merge two cells; keep only non-empty paragraphs (or a single empty one)."""
    m = a.merge(b)
    ps = m.paragraphs
    keep_first = True
    for pp in ps:
        if not pp.text.strip() and len(pp._p.xpath("./w:r")) == 0:
            if keep_first and all(not q.text.strip() for q in ps):
                keep_first = False
                continue
            if len(m.paragraphs) > 1:
                pp._p.getparent().remove(pp._p)
    return m


def kv(container, pairs, widths=(Cm(6), Cm(10.5)), shade_label=True, size=None):
    t = container.add_table(rows=len(pairs), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        C(t.cell(i, 0), k, bold=True, size=size)
        if shade_label:
            shade(t.cell(i, 0), "EDEDED")
        if isinstance(v, str):
            C(t.cell(i, 1), v, size=size)
    set_widths(t, widths)
    if not _is_cell(container):
        container.add_paragraph()
    return t


def glyph(p, ch, font="MS Gothic", **fmt):
    return R(p, ch, font=font, **fmt)


def sym(p, char, font="Wingdings"):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rf = OxmlElement("w:rFonts")
    for a in ("w:ascii", "w:hAnsi"):
        rf.set(qn(a), font)
    rpr.append(rf)
    r.append(rpr)
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), font)
    s.set(qn("w:char"), char)
    r.append(s)
    p._p.append(r)


_SDT_ID = [-1450000000]


def cc_checkbox(p, checked):
    """Word 2010+ content-control checkbox (w14:checkbox)."""
    _SDT_ID[0] += 7919
    ch = "\u2612" if checked else "\u2610"
    xml = (
        '<w:sdt %s>'
        '<w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        '<w:id w:val="%d"/>'
        '<w14:checkbox><w14:checked w14:val="%d"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        '</w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
    ) % (nsdecls("w", "w14"), _SDT_ID[0], 1 if checked else 0, ch)
    p._p.append(parse_xml(xml))


_FF = [0]


def form_checkbox(p, checked, via="checked"):
    """Legacy FORMCHECKBOX field; state via <w:checked/> or <w:default w:val=1/>."""
    _FF[0] += 1
    if via == "default":
        state = '<w:default w:val="%d"/>' % (1 if checked else 0)
    else:
        state = '<w:default w:val="0"/>' + ('<w:checked/>' if checked else '')
    runs = [
        '<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Atzime%d"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
        % (nsdecls("w"), _FF[0], state),
        '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % nsdecls("w"),
        '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w"),
    ]
    for x in runs:
        p._p.append(parse_xml(x))


_REV = [100]


def tracked(p, kind, text, author, date):
    """kind 'del' or 'ins': tracked-change run."""
    _REV[0] += 1
    if kind == "del":
        xml = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
               % (nsdecls("w"), _REV[0], author, date, text))
    else:
        xml = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
               % (nsdecls("w"), _REV[0], author, date, text))
    p._p.append(parse_xml(xml))


def header_text(doc, lines, footer=False, size=9, align=None, bold_first=False):
    sec = doc.sections[0]
    hf = sec.footer if footer else sec.header
    hf.is_linked_to_previous = False
    first = True
    for ln in lines:
        p = hf.paragraphs[0] if first and not hf.paragraphs[0].text else hf.add_paragraph()
        if align is not None:
            p.alignment = align
        R(p, ln, size=size, bold=(bold_first and first) or None)
        first = False


def build(name, doc, rows=(), problems=(), note="", expert="", date="", lki=""):
    """Save the document and record its gold labels.
    rows: (qualification, document, verdict) or full 6-tuples."""
    assert name.startswith("r16b"), name
    doc.save(os.path.join(OUT, name))
    for r in rows:
        if len(r) == 3:
            q, d, v = r
            e, da, l = expert, date, lki
        else:
            q, d, v, e, da, l = r
        assert d in ("MIP", "PKE") and v in ("supported", "needs_corrections", "not_supported", "unknown")
        GOLD_ROWS.append([name, q, d, v, e, da, str(l)])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict")
        GOLD_PROBLEMS.append([name, c])
    NOTES.append((name, note))


# ---------------------------------------------------------------- files
def f01():
    d = new_doc("Evija Rudzīte", "2026-02-16T09:12:00")
    P(d, "NOZARES EKSPERTA ATZINUMS", bold=True, size=14, align=C_)
    P(d, "par kompetencēs balstītas modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu",
      italic=True, align=C_)
    P(d, "Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2.9. pasākums „Izglītības procesa "
         "individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai”", size=9, align=C_)
    kv(d, [("Profesionālā kvalifikācija", "Motorzāģa operators"),
           ("LKI līmenis", "3"),
           ("Nozare", "Kokrūpniecība"),
           ("Ekspertīzei iesniegtā redakcija", "MIP – 2026. gada 30. janvāra redakcija; PKE – 2026. gada 2. februāra redakcija"),
           ("Eksperts (vārds, uzvārds)", "Inese Kalniņa"),
           ("Atzinuma sagatavošanas datums", "14.02.2026.")])
    P(d, "1. Eksperta vērtējums", bold=True)
    P(d, "(atbilstošajā ailē ierakstīt „X”; katram dokumentam atzīmē tikai vienu vērtējumu)", italic=True, size=9)
    table(d, [["Dokuments", O_SUP, O_NC, O_NS],
              ["MIP", "", "X", ""],
              ["PKE", "X", "", ""]], center_cols=(1, 2, 3),
          widths=(Cm(2.5), Cm(4.6), Cm(4.6), Cm(4.6)))
    P(d, "2. Precizējumi un komentāri", bold=True)
    table(d, [["Nr.", "Dokuments, sadaļa", "Eksperta komentārs"],
              ["1.", "MIP, 3. modulis „Koku gāšana un atzarošana”",
               "Papildināt sasniedzamos rezultātus ar drošu darba paņēmienu izvēli, strādājot nogāzē un vējgāzēs. "
               "Pašlaik tas minēts tikai mācību satura aprakstā, bet ne rezultātos."],
              ["2.", "MIP, 5. modulis „Motorzāģa tehniskā apkope”",
               "Precizēt ķēdes asināšanas un ķēdes bremzes pārbaudes apjomu; ieteicams pievienot praktisko darbu ar šablonu."],
              ["3.", "MIP, mācību prakse uzņēmumā",
               "Norādīt prakses stundu skaitu un to, kuru moduļu rezultātus apgūst darba vidē."],
              ["4.", "PKE",
               "Praktiskā uzdevuma vērtēšanas kritēriji ir skaidri un atbilst profesionālās kvalifikācijas prasībām. Iebildumu nav."]],
          widths=(Cm(1.2), Cm(5), Cm(10.3)))
    P(d, "Eksperts: Inese Kalniņa")
    build("r16b01_Ekspertizes atzinums_Motorzaga operators_Kalnina.docx", d,
          rows=[("motorzāģa operators", "MIP", "needs_corrections"),
                ("motorzāģa operators", "PKE", "supported")],
          expert="Inese Kalniņa", date="2026-02-14", lki=3,
          note="Coordinator template: key/value table (value right) + verdict grid with all three canonical options as "
               "column headers and 'X' in the chosen column. Comments table below; PKE comment 'Iebildumu nav' is positive.")


def f02():
    d = new_doc("Māris Ozoliņš", "2026-03-05T16:40:00")
    P(d, "Atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) MIP un PKE saturu",
      bold=True, size=13, align=C_)
    kv(d, [("Eksperts", "Māris Ozoliņš"),
           ("Darbavieta, amats", "SIA „Koka Stils”, ražošanas vadītājs"),
           ("Atzinuma datums", "2026." + NB + "gada 5." + NB + "martā")])
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    set_widths(t, (Cm(4), Cm(7.5), Cm(5)))
    for j, h in enumerate(["Dokuments", "Eksperta vērtējums (atzīmēt ☒)", "Piezīmes"]):
        C(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j))
    marks = {1: (True, False, False), 2: (False, True, False)}
    C(t.cell(1, 0), "Modulārā izglītības programma (MIP)")
    C(t.cell(2, 0), "Profesionālās kvalifikācijas eksāmens (PKE)")
    for i in (1, 2):
        for on, txt in zip(marks[i], [O_SUP, O_NC, O_NS]):
            p = P(t.cell(i, 1))
            glyph(p, "☒" if on else "☐")
            R(p, " " + txt.lower())
    C(t.cell(1, 2), "Programma ir labi strukturēta, moduļi veidoti secīgi. Ieteikums (nav obligāts): 7. modulī vairāk uzmanības "
                    "pievērst CNC apstrādes centru programmēšanas pamatiem.")
    C(t.cell(2, 2), "1) Teorētiskās daļas testā jautājumi Nr. 12, 17, 23 un 31 dublējas.\n"
                    "2) Praktiskajā uzdevumā jānorāda pieļaujamās izmēru novirzes (±0,5 mm) un virsmas apdares kvalitātes kritēriji.\n"
                    "3) Jāpārskata eksāmena ilgums – 6 stundas praktiskajai daļai ir par maz, ja jāizgatavo kumode ar atvilktni.")
    d.add_paragraph()
    P(d, "Pēc precizējumu veikšanas lūdzu PKE redakciju atsūtīt man vēlreiz zināšanai.")
    build("r16b02_RE_ atzinums Mēbeļu galdnieks MIP PKE.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", "supported"), ("mēbeļu galdnieks", "PKE", "needs_corrections")],
          expert="Māris Ozoliņš", date="2026-03-05", lki=4,
          note="All three options printed per document with typed MS Gothic ☒/☐ glyphs; qualification and LKI only in the title. "
               "MIP optional suggestion ('nav obligāts') does not make it conditional. Date with non-breaking spaces.")


def f03():
    d = new_doc("dliepina", "2026-03-18T11:05:00", font="Arial", size=10)
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, size=13, align=C_)
    P(d, "Enerģētikas nozare", align=C_)
    kv(d, [("Kvalifikācija", "Elektrotehniķis"), ("Līmenis", "LKI 4"),
           ("Eksperte", "Dace Liepiņa"), ("Datums", "2026-03-18")])
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    set_widths(t, (Cm(10), Cm(3), Cm(3)))
    for j, h in enumerate(["Vērtējums", "MIP", "PKE"]):
        C(t.cell(0, j), h, bold=True, align=C_ if j else None)
        shade(t.cell(0, j))
    # options, split over runs for the first one
    p = P(t.cell(1, 0)); R(p, "Saturs ir atbal"); R(p, "stāms un virzāms saskaņošanai")
    C(t.cell(2, 0), O_NC)
    C(t.cell(3, 0), O_NS)
    chosen = {"MIP": 3, "PKE": 2}
    for j, doc_ in ((1, "MIP"), (2, "PKE")):
        for i in (1, 2, 3):
            p = P(t.cell(i, j), align=C_)
            sym(p, "F0FE" if chosen[doc_] == i else "F0A8")
    d.add_paragraph()
    P(d, "Pamatojums", bold=True)
    P(d, ("MIP: ", {"bold": True}),
      "programmā nav ietverti sasniedzamie rezultāti par saules elektrostaciju un citu atjaunīgās enerģijas iekārtu "
      "pieslēgšanu tīklam, kas 2025. gadā iekļauti profesionālās kvalifikācijas prasībās kā jaunās prasmes. 2. un 5. moduļa "
      "rezultāti lielā mērā dublējas, savukārt elektroietaišu ekspluatācijas drošībai atvēlēts pārāk maz stundu. "
      "Programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.")
    P(d, ("PKE: ", {"bold": True}),
      "uzdevumi kopumā atbilst kvalifikācijai. Jāprecizē izolācijas pretestības mērījuma protokola forma, vērtēšanas "
      "kritēriju svērums praktiskajā daļā un jānorāda, kādu aprīkojumu nodrošina eksāmena norises vieta.")
    build("r16b03_Elektrotehnikis_atzinums_DLiepina.docx", d,
          rows=[("elektrotehniķis", "MIP", "not_supported"), ("elektrotehniķis", "PKE", "needs_corrections")],
          expert="Dace Liepiņa", date="2026-03-18", lki=4,
          note="Options as rows, documents as columns; marks are Wingdings w:sym (F0FE checked, F0A8 empty), no text. "
               "First option split across runs. Justification prose agrees with the marks.")


def f04():
    d = new_doc("Laura Ērgle", "2026-01-28T08:30:00")
    header_text(d, ["Eksperts: Artūrs Vītols" + "\t\t" + "2026. gada 27. janvārī"])
    P(d, "MIP un PKE satura ekspertīzes veidlapa", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "mežsaimniecības tehniķis (4. LKI)"),
           ("Nozare", "Kokrūpniecība"),
           ("Izvērtētie dokumenti", "MIP (2026. gada janvāra redakcija), PKE saturs")])
    P(d, "Vērtējums", bold=True)
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    set_widths(t, (Cm(2), Cm(8.5), Cm(6)))
    for j, h in enumerate(["Dokuments", "Vērtējums", "Eksperta komentāri"]):
        C(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j))
    C(t.cell(1, 0), "MIP")
    C(t.cell(2, 0), "PKE")
    for i, chosen in ((1, 1), (2, 0)):
        for k, txt in enumerate([O_SUP, O_NC, O_NS]):
            p = P(t.cell(i, 1))
            cc_checkbox(p, k == chosen)
            R(p, " " + txt)
    C(t.cell(1, 2), "Precizēt moduļa „Meža inventarizācija” sasniedzamos rezultātus – jāiekļauj darbs ar ĢIS un tālizpētes "
                    "datiem. Prakses apjoms mežsaimniecības uzņēmumā jānorāda stundās.")
    C(t.cell(2, 2), "Iebildumu nav.")
    build("r16b04_mezsaimniecibas tehnikis - ekspertize (galigais).docx", d,
          rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections"), ("mežsaimniecības tehniķis", "PKE", "supported")],
          expert="Artūrs Vītols", date="2026-01-27", lki=4,
          note="Word content-control checkboxes (w14:checkbox) before every option; expert name and date only in the page "
               "header. core author = coordinator. LKI written '4. LKI'.")


def f05():
    d = new_doc("Raimonds Zariņš", "2026-04-09T13:20:00", font="Times New Roman", size=12)
    P(d, "Atzinums par profesionālās kvalifikācijas eksāmena saturu", bold=True, size=14, align=C_)
    kv(d, [("Kvalifikācija", "Kokapstrādes iekārtu operators"), ("LKI līmenis", "3"),
           ("Eksperts", "Raimonds Zariņš"), ("Datums", "09.04.2026.")])
    P(d, "MIP saturu šai kvalifikācijai vērtē eksperte S. Kļaviņa, tāpēc šis atzinums attiecas tikai uz PKE saturu.", italic=True)
    P(d, "Eksperta vērtējums:", bold=True)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (txt, on) in enumerate([(O_SUP, False), (O_NC, False), (O_NS, True)]):
        form_checkbox(P(t.cell(i, 0), align=C_), on, via="checked")
        C(t.cell(i, 1), txt)
    set_widths(t, (Cm(1.2), Cm(15)))
    d.add_paragraph()
    P(d, "Pamatojums:", bold=True)
    P(d, "Praktiskais uzdevums ir vērsts tikai uz gatava izstrādājuma izgatavošanu pēc rasējuma, bet nav paredzēta iekārtas "
         "(formātzāģa, biezumēveles) sagatavošana un iestatīšana darbam, kas ir šīs kvalifikācijas pamatā. Teorētiskajā daļā "
         "apmēram 40 % jautājumu attiecas uz mežizstrādi, nevis uz kokapstrādi. Eksāmena saturs jāizstrādā no jauna un "
         "jāiesniedz atkārtotai ekspertīzei.")
    d.add_paragraph()
    P(d, "Eksperts ____________________ R. Zariņš")
    build("r16b05_PKE_kokapstrades iekartu operators_Zarins.docx", d,
          rows=[("kokapstrādes iekārtu operators", "PKE", "not_supported")],
          expert="Raimonds Zariņš", date="2026-04-09", lki=3,
          note="Legacy FORMCHECKBOX fields (w:ffData/w:checkBox with <w:checked/>), no visible text for the mark. "
               "MIP explicitly reviewed by someone else -> no MIP row.")


def f06():
    d = new_doc("", "2026-04-02T10:00:00")
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    kv(d, [("Profesionālās kvalifikācijas nosaukums", "Datorizētu kokapstrādes iekārtu operators"),
           ("LKI", "4"), ("Eksperte", "Gunta Siliņa"), ("Datums", "2026. gada 2. aprīlī")])
    P(d, "Vērtējums (nevajadzīgo svītrot):", bold=True)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(["MIP saturs", "PKE saturs"]):
        C(t.cell(i, 0), lab, bold=True)
        P(t.cell(i, 1), O_SUP.lower().replace("saturs ir ", "ir "), strike=True)
        P(t.cell(i, 1), "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")
        P(t.cell(i, 1), "nav atbalstāms", strike=True)
    set_widths(t, (Cm(3.5), Cm(13)))
    d.add_paragraph()
    P(d, "Nepieciešamie precizējumi", bold=True)
    table(d, [["Dokuments", "Precizējums"],
              ["MIP", "CNC programmēšanas modulī jānorāda, kuras CAM programmas izmanto mācībās; pašlaik minēta tikai "
                      "„atbilstošā programmatūra”."],
              ["MIP", "Jāpapildina darba aizsardzības rezultāti darbam ar automātisko materiāla padevi."],
              ["PKE", "Praktiskā uzdevuma aprakstam jāpievieno sagataves rasējums un pieļaujamās pielaides."],
              ["PKE", "Vērtēšanas lapā atsevišķi jānovērtē vadības programmas sagatavošana un iekārtas iestatīšana."]],
          widths=(Cm(3), Cm(13.5)))
    build("r16b06_Datorizētu kokapstrādes iekārtu operators atzinums.docx", d,
          rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
                ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
          expert="Gunta Siliņa", date="2026-04-02", lki=4,
          note="'Nevajadzīgo svītrot': the two non-chosen options carry w:strike; the surviving one is the verdict. "
               "Empty core author.")


def f07():
    d = new_doc("Evija Rudzīte", "2026-04-22T09:40:00")
    P(d, "Kokrūpniecības nozares eksperta atzinums", bold=True, size=14)
    P(d, "Izvērtēts MIP un PKE saturs divām profesionālajām kvalifikācijām. Katram dokumentam vajadzīgo pasvītrot.")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    set_widths(t, (Cm(4), Cm(2.2), Cm(10.3)))
    for j, h in enumerate(["Kvalifikācija", "Dokuments", "Vērtējums (vajadzīgo pasvītrot)"]):
        C(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j))
    opts = ["atbalstāms un virzāms saskaņošanai", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]
    plan = [("MIP", 0), ("PKE", 0), ("MIP", 1), ("PKE", 0)]
    for i, (dd, ch) in enumerate(plan, start=1):
        C(t.cell(i, 1), dd)
        p = P(t.cell(i, 2))
        for k, o in enumerate(opts):
            R(p, o, underline=(k == ch) or None)
            if k < 2:
                R(p, " / ")
    a = vmerge(t, 1, 2, 0)
    C(a, "Būvizstrādājumu galdnieks")
    b = vmerge(t, 3, 4, 0)
    C(b, "Koka izstrādājumu ražošanas tehniķis")
    d.add_paragraph()
    P(d, "Piezīmes par koka izstrādājumu ražošanas tehniķa MIP: ", bold=True)
    P(d, "4. modulī („Ražošanas procesa plānošana”) jāiekļauj ražošanas izmaksu aprēķins un materiālu izmantojuma "
         "optimizācija; 6. modulī – kvalitātes kontroles rezultātu dokumentēšana. Pārējām programmām un eksāmeniem būtisku "
         "iebildumu nav.")
    kv(d, [("Eksperts (paraksts / datums)", "V. Putniņš / 21.04.2026.")])
    build("r16b07_Buvizstradajumu galdn_KIRT_VPutnins.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "supported"), ("būvizstrādājumu galdnieks", "PKE", "supported"),
                ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections"),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
          expert="V. Putniņš", date="2026-04-21", lki=4,
          note="Two qualifications in one table (vertically merged name cells); 'vajadzīgo pasvītrot': chosen option "
               "underlined inside a ' / '-separated line. Expert only as initial + surname in a 'paraksts / datums' cell; "
               "LKI not stated -> register.")


def f08():
    d = new_doc("Līga Ābele", "2026-05-12T15:15:00")
    P(d, "ATZINUMS", bold=True, size=14, align=C_)
    P(d, "par MIP un PKE saturu profesionālajai kvalifikācijai „Meža mašīnu operators”", align=C_)
    kv(d, [("Eksperte", "Līga Ābele"), ("Kvalifikācijas līmenis", "3. līmenis (LKI)"), ("Nozare", "Kokrūpniecība")])
    P(d, "Izvēlēto vērtējumu izcelt treknrakstā.", italic=True, size=9)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (lab, ch) in enumerate([("MIP", 1), ("PKE", 2)]):
        C(t.cell(i, 0), lab)
        for k, o in enumerate([O_SUP, O_NC, O_NS]):
            P(t.cell(i, 1), o, bold=(k == ch) or None)
    set_widths(t, (Cm(2.5), Cm(14)))
    d.add_paragraph()
    P(d, "Komentāri", bold=True)
    P(d, "MIP – jāprecizē harvestera un forvardera vadības sistēmu apguves apjoms simulatorā un reālā tehnikā; jāpapildina "
         "ar mežizstrādes datu (ražošanas failu) pārsūtīšanu pasūtītājam.")
    P(d, "PKE – praktiskais uzdevums paredz darbu tikai simulatorā, lai gan profesionālās kvalifikācijas prasības nosaka, ka "
         "jāpārbauda arī mašīnas ikdienas apkope un darbs reālos apstākļos. Vērtēšanas kritēriji nav sasaistīti ar uzdevumu. "
         "Eksāmena saturs jāpārstrādā.")
    kv(d, [("Paraksts / datums", "L. Ābele, 12.05.2026")])
    build("r16b08_meza masinu operators MIP PKE atzinums.docx", d,
          rows=[("meža mašīnu operators", "MIP", "needs_corrections"), ("meža mašīnu operators", "PKE", "not_supported")],
          expert="Līga Ābele", date="2026-05-12", lki=3,
          note="All options printed in each cell; the chosen one is bold (instruction 'izcelt treknrakstā'). Full name in "
               "key table, date only in 'Paraksts / datums' cell. LKI '3. līmenis (LKI)'.")


def f09():
    d = new_doc("Kristaps", "2026-03-16T17:02:00")
    P(d, "MIP satura ekspertīze: kritēriju tabula", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "Elektromontieris"), ("LKI līmenis", "3"),
           ("Eksperts", "Kristaps Leimanis"), ("Datums", "2026. gada 16. martā")])
    P(d, "PKE saturs ekspertīzei vēl nav iesniegts – par to atzinums tiks sniegts projekta 5. posmā.", italic=True)
    data = [["Nr.", "Kritērijs", "Jā", "Nē", "Komentārs"],
            ["1.", "MIP mērķis un uzdevumi atbilst profesionālās kvalifikācijas prasībām", "X", "", ""],
            ["2.", "Moduļos ietverti visi profesionālās kvalifikācijas prasībās noteiktie sasniedzamie rezultāti", "", "X",
             "Nav ietverti rezultāti par zibensaizsardzības sistēmu montāžu un zemējuma pretestības mērīšanu."],
            ["3.", "Mācību satura apjoms (stundās) ir samērīgs", "X", "", ""],
            ["4.", "Darba vidē balstītu mācību / prakses apjoms ir pietiekams", "X", "", ""],
            ["5.", "Ievērotas darba aizsardzības un elektrodrošības prasības", "", "X",
             "3. modulī precizēt elektrodrošības grupas prasības darbam elektroietaisēs līdz 1 kV."],
            ["6.", "Ietvertas digitālās un „zaļās” prasmes", "X", "", ""],
            ["", "", "", "", ""]]
    t = table(d, data, center_cols=(0, 2, 3), widths=(Cm(1), Cm(6.5), Cm(1), Cm(1), Cm(7)))
    last = t.rows[-1].cells
    m = merge(last[0], last[4])
    P(m, ("Kopvērtējums: ", {"bold": True}),
      "MIP saturs ir atbalstāms; pēc 2. un 5. kritērijā minēto precizējumu veikšanas virzāms saskaņošanai.")
    build("r16b09_Elektromontieris_MIP_kriteriji_Leimanis.docx", d,
          rows=[("elektromontieris", "MIP", "needs_corrections")],
          expert="Kristaps Leimanis", date="2026-03-16", lki=3,
          note="Criterion table with Jā/Nē 'X' columns ending in a merged 'Kopvērtējums' row, which carries the verdict. "
               "PKE 'nav iesniegts' -> no PKE row.")


def f10():
    d = new_doc("Valdis Grīnbergs", "2026-03-30T12:10:00")
    P(d, "Eksperta atzinums par VGK kvalifikāciju MIP un PKE saturu", bold=True, size=14)
    P(d, "Enerģētikas nozare. Izvērtēts abu ventilācijas un gaisa kondicionēšanas kvalifikāciju programmu un eksāmenu saturs "
         "(darba grupas 2026. gada 9. marta redakcijas).")
    data = [["Kvalifikācija", "LKI", "Dokuments", "Slēdziens", "Piezīmes"],
            ["VGK iekārtu remontatslēdznieks", "3", "MIP", "Atbalstīts un virzāms saskaņošanai", "–"],
            ["", "", "PKE", "Atbalstāms, virzāms saskaņošanai pēc precizējumiem",
             "Jāprecizē aukstumaģenta noplūdes pārbaudes uzdevuma vērtēšana atbilstoši F-gāzu prasībām."],
            ["VGK sistēmu tehniķis", "4", "MIP", "",
             "Modulī jāiekļauj sistēmas gaisa daudzumu mērīšana un regulēšanas protokola sagatavošana."],
            ["", "", "PKE", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "Praktiskajā uzdevumā jānorāda izmantojamie mērinstrumenti un vērtēšanas kritēriju punkti."]]
    t = table(d, data, center_cols=(1, 2), widths=(Cm(3.8), Cm(1.1), Cm(2), Cm(4.6), Cm(5)))
    C(t.cell(3, 3), "Atbalstāms ar nosacījumu, ka tiek papildināts modulis „Sistēmu regulēšana un nodošana ekspluatācijā”")
    for r0 in (1, 3):
        vmerge(t, r0, r0 + 1, 0)
        vmerge(t, r0, r0 + 1, 1)
    P(d, "Eksperts: Valdis Grīnbergs")
    P(d, "Datums: 30.03.2026.")
    build("r16b10_VGK_MIP_PKE_Grinbergs.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported"),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections"),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections"),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections")],
          expert="Valdis Grīnbergs", date="2026-03-30", lki="",
          note="Summary table (qualification | LKI | document | verdict | notes) with two qualifications given only by the "
               "register aliases 'VGK ... '; merged cells. Verdicts in free wording: 'atbalstīts un virzāms', 'virzāms ... pēc "
               "precizējumiem', 'atbalstāms ar nosacījumu, ka ...'. LKI per row from the table (3 and 4).")
    # per-row LKI: patch the rows just added
    for r in GOLD_ROWS[-4:]:
        r[6] = "3" if "remontatslēdznieks" in r[1] else "4"


def f11():
    d = new_doc("Evija Rudzīte", "2026-03-11T08:20:00", font="Calibri", size=11)
    P(d, "Evija Rudzīte", bold=True, size=12)
    hdr = [("No:", "Agris Strautmanis <agris.strautmanis@kokmeistari.lv>"),
           ("Nosūtīts:", "otrdiena, 2026. gada 10. marts 14:32"),
           ("Kam:", "Evija Rudzīte <evija.rudzite@lddk-projekts.lv>"),
           ("Tēma:", "RE: Koka izstrādājumu ražošanas tehniķis – MIP un PKE ekspertīze"),
           ("Pielikumi:", "KIRT_MIP_piezimes_AS.docx")]
    for k, v in hdr:
        P(d, (k + "\t", {"bold": True}), v, space_after=0)
    d.add_paragraph()
    P(d, "Labdien, Evija!")
    P(d, "Izskatīju abus dokumentus. Īsumā mans slēdziens:")
    table(d, [["Dokuments", "Slēdziens"],
              ["MIP", "Atbalstu, var virzīt saskaņošanai."],
              ["PKE", "Atbalstu bez precizējumiem."]], widths=(Cm(3), Cm(12)))
    P(d, "Sīkas redakcionālas piezīmes (drukas kļūdas, moduļu numerācija) ieliku pielikumā – tās vērtējumu neietekmē, "
         "darba grupa var tās izlabot, kad būs laiks.")
    P(d, "Ar cieņu,")
    P(d, "Agris Strautmanis", space_after=0)
    P(d, "kokrūpniecības nozares eksperts")
    P(d, "_" * 60, color="808080")
    for k, v in [("No:", "Evija Rudzīte"), ("Nosūtīts:", "pirmdiena, 2026. gada 23. februāris 9:05"),
                 ("Kam:", "Agris Strautmanis"),
                 ("Tēma:", "Koka izstrādājumu ražošanas tehniķis – MIP un PKE ekspertīze")]:
        P(d, (k + " ", {"bold": True}), v, space_after=0, size=10)
    P(d)
    P(d, "Labdien, Agri!", size=10)
    P(d, "Pielikumā koka izstrādājumu ražošanas tehniķa (LKI 4) MIP un PKE darba grupas redakcijas. Lūdzu atzinumā katram "
         "dokumentam norādīt vienu no variantiem:", size=10)
    for o in ("1) saturs ir atbalstāms un virzāms saskaņošanai;",
              "2) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
              "3) saturs nav atbalstāms."):
        P(d, o, size=10, space_after=0)
    P(d, "Atzinumu lūdzu līdz 10. martam. Paldies!", size=10)
    P(d, "Evija", size=10)
    build("r16b11_RE_ Atzinums - Koka izstrādājumu ražošanas tehniķis.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported"),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
          expert="Agris Strautmanis", date="2026-03-10", lki=4,
          note="Outlook e-mail (Latvian headers) printed to Word by the coordinator (core author). Expert's reply has a 2-row "
               "verdict table: 'Atbalstu, var virzīt' and 'Atbalstu bez precizējumiem' (=supported). Quoted request below "
               "lists all three options and is not a verdict. Date = Sent of the reply.")


def f12():
    d = new_doc("Laura Ērgle", "2026-03-27T08:50:00", font="Arial", size=10)
    P(d, ("Gmail", {"bold": True, "color": "C5221F"}), "\t\t\tLaura Ērgle <laura.ergle.lddk@gmail.com>", space_after=0)
    P(d, "_" * 70, color="999999")
    P(d, "Fwd: Re: Mehatronisko sistēmu tehniķa MIP/PKE", bold=True, size=13)
    P(d, "1 message", size=8)
    P(d, ("Laura Ērgle ", {"bold": True}), "<laura.ergle.lddk@gmail.com>\tFri, Mar 27, 2026 at 8:47 AM", space_after=0)
    P(d, "To: Evija Rudzīte <evija.rudzite@lddk-projekts.lv>")
    P(d, "Evija, pārsūtu Normunda atzinumu kopsavilkumam. L.")
    P(d, "---------- Forwarded message ---------", space_after=0)
    for k, v in [("From: ", "Normunds Jaunzems <normunds.jaunzems@gmail.com>"),
                 ("Date: ", "Thu, Mar 26, 2026 at 9:14 AM"),
                 ("Subject: ", "Re: Mehatronisko sistēmu tehniķa MIP/PKE"),
                 ("To: ", "Laura Ērgle <laura.ergle.lddk@gmail.com>")]:
        P(d, k, (v, {"bold": k == "From: "}), space_after=0)
    P(d)
    P(d, "Sveika, Laura!")
    P(d, "Izskatīju precizēto redakciju. Mans vērtējums tabulā:")
    table(d, [["Dokuments", "Vērtējums", "Kas jāprecizē"],
              ["MIP", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
               "4. modulis – PLC programmēšana pieminēta saturā, bet nav vērtēšanas kritēriju; prakses stundas sadalīt pa moduļiem."],
              ["PKE", "arī atbalstāms ar precizējumiem",
               "3. un 5. praktiskajam uzdevumam trūkst laika normas un punktu sadalījuma pa kritērijiem."]],
          widths=(Cm(2.2), Cm(5.5), Cm(8.5)))
    P(d, "Pēc labojumiem man vēlreiz nav jāskatās, var sūtīt tālāk.")
    P(d, "Normunds")
    P(d, "On Mon, Mar 16, 2026 at 11:02 AM Laura Ērgle <laura.ergle.lddk@gmail.com> wrote:", size=9, color="555555")
    for ln in ["> Labdien, Normund!",
               "> Pielikumā mehatronisko sistēmu tehniķa (LKI 4) precizētie MIP un PKE. Atgādinu, ka iepriekšējā redakcijā",
               "> MIP netika atbalstīts, tāpēc lūdzu īpaši paskatīties 4. moduli.",
               "> Atzinumu, lūdzu, līdz 27.03.",
               "> Laura"]:
        P(d, ln, size=9, color="555555", space_after=0)
    build("r16b12_Fwd_ mehatronika MIP PKE atzinums.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
                ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections")],
          expert="Normunds Jaunzems", date="2026-03-26", lki=4,
          note="Gmail print of a forwarded message (English headers). Expert's reply has a verdict table; PKE said as 'arī "
               "atbalstāms ar precizējumiem'. Quoted history 'iepriekšējā redakcijā MIP netika atbalstīts' is not a verdict. "
               "Date = the expert's message (26 Mar), not the forward (27 Mar); LKI from quoted request (=register).")


def f13():
    d = new_doc("Zemgales Elektromontāža", "2026-05-14T10:30:00", font="Times New Roman", size=12)
    header_text(d, ["SIA „Zemgales Elektromontāža”",
                    "Rūpniecības iela 12, Jelgava, LV-3001 · birojs@zem-elektromontaza.lv"],
                align=C_, size=10, bold_first=True)
    p = P(d, "Jelgavā\t\t\t\t\t\t2026. gada 14. maijā")
    P(d, "Nr. 1.2-5/26/14")
    P(d, "Latvijas Darba devēju konfederācijai", align=R_, space_after=0)
    P(d, "projekta koordinatorei Evijai Rudzītei", align=R_)
    P(d, "Par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) MIP atkārtoto ekspertīzi", bold=True)
    P(d, "Atbilstoši 2026. gada 28. aprīļa lūgumam esmu izvērtējusi darba grupas precizēto elektrotehniķa modulārās "
         "izglītības programmas redakciju (versija 2.1).")
    table(d, [["Ekspertīzes kārta", "Datums", "Slēdziens par MIP"],
              ["1. kārta", "18.03.2026.", "saturs nav atbalstāms"],
              ["2. kārta (šis atzinums)", "14.05.2026.", "saturs ir atbalstāms un virzāms saskaņošanai"]],
          widths=(Cm(4.5), Cm(3), Cm(8.5)))
    P(d, "Darba grupa ir ņēmusi vērā visas 1. kārtā izteiktās piezīmes: programmā iekļauts jauns modulis „Atjaunīgās "
         "enerģijas iekārtu pieslēgšana”, novērsta 2. un 5. moduļa dublēšanās, palielināts elektrodrošībai atvēlētais "
         "stundu skaits. Jaunu piezīmju nav.")
    P(d, "PKE precizētā redakcija man vēl nav nosūtīta, tāpēc par to atzinumu sniegšu atsevišķi.")
    P(d)
    P(d, "Ar cieņu", space_after=0)
    P(d, "valdes locekle, enerģētikas nozares eksperte\t\t\tDace Liepiņa")
    P(d)
    P(d, "ŠIS DOKUMENTS IR ELEKTRONISKI PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU UN SATUR LAIKA ZĪMOGU", size=9, align=C_)
    build("r16b13_SIA Elektromontāža_atzinums_Elektrotehnikis_2.kārta.docx", d,
          rows=[("elektrotehniķis", "MIP", "supported")],
          expert="Dace Liepiņa", date="2026-05-14", lki=4,
          note="Company letterhead (page header) letter with a history table: round 1 'nav atbalstāms' (history), round 2 "
               "'(šis atzinums)' supported -> current verdict supported. PKE explicitly not covered -> no PKE row.")


def f14():
    d = new_doc("Egils Dreimanis", "2026-06-03T14:00:00")
    P(d, "Ekspertīzes atzinums (Mašīnbūve un metālapstrāde)", bold=True, size=14)
    pairs = [("Profesionālās kvalifikācijas nosaukums", "CNC metālapstrādes iekārtu operators"),
             ("LKI līmenis", "4"),
             ("Izvērtētie dokumenti", "Modulārā izglītības programma (MIP) un profesionālās kvalifikācijas eksāmena (PKE) "
                                      "saturs, darba grupas 2026. gada 20. maija redakcija"),
             ("Eksperts", "Egils Dreimanis"),
             ("Datums", "03.06.2026.")]
    t = d.add_table(rows=len(pairs) * 2, cols=1)
    t.style = "Table Grid"
    set_widths(t, (Cm(16.5),))
    for i, (k, v) in enumerate(pairs):
        C(t.cell(2 * i, 0), k, bold=True, size=9)
        shade(t.cell(2 * i, 0), "DEEAF6")
        C(t.cell(2 * i + 1, 0), v)
    d.add_paragraph()
    P(d, "Eksperta slēdziens (atzīmēt ar V)", bold=True)
    table(d, [["", "MIP", "PKE"],
              [O_SUP, "", "V"],
              [O_NC, "V", ""],
              [O_NS, "", ""]], center_cols=(1, 2), widths=(Cm(12), Cm(2), Cm(2)))
    P(d, "Komentāri", bold=True)
    P(d, "MIP: jāprecizē 5. moduļa („Vadības programmu izveide un korekcija”) sasniedzamie rezultāti – jāiekļauj darbs ar "
         "CAM programmatūru un programmu simulācija pirms palaišanas. Metroloģijas modulim jāpievieno mērījumu protokola "
         "aizpildīšana.")
    P(d, "PKE: uzdevumi atbilst nozares praksei, vērtēšanas kritēriji saprotami.")
    build("r16b14_CNC metalapstrades operators_atzinums_Dreimanis.docx", d,
          rows=[("CNC metālapstrādes iekārtu operators", "MIP", "needs_corrections"),
                ("CNC metālapstrādes iekārtu operators", "PKE", "supported")],
          problems=["unknown_qualification"],
          expert="Egils Dreimanis", date="2026-06-03", lki=4,
          note="Qualification not in the register (unknown_qualification); name kept as written. Key/value block with the "
               "value BELOW each label (one-column table). Grid of options x documents marked with 'V'.")


def f15():
    d = new_doc("Evija Rudzīte", "2026-04-01T09:00:00")
    d.sections[0].orientation = 1
    d.sections[0].page_width, d.sections[0].page_height = d.sections[0].page_height, d.sections[0].page_width
    P(d, "Ekspertu sadalījums un termiņi – projekta 5. posms (01.04.2026.–31.07.2026.)", bold=True, size=13)
    P(d, "Sagatavoja: E. Rudzīte, LDDK projekta koordinatore, 2026. gada 1. aprīlī", italic=True, size=9)
    table(d, [["Nr.", "Profesionālā kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Atzinuma termiņš", "Piezīmes / statuss"],
              ["1.", "Elektrotehniķis", "4", "D. Liepiņa", "M. Kronbergs", "30.04.2026.",
               "MIP 1. kārtā nav atbalstīts – gaidām precizēto redakciju"],
              ["2.", "Kokapstrādes iekārtu operators", "3", "S. Kļaviņa", "R. Zariņš", "10.04.2026.", "abi dokumenti iesniegti"],
              ["3.", "Būvizstrādājumu galdnieks", "4", "I. Krūmiņa", "I. Krūmiņa", "30.04.2026.", ""],
              ["4.", "Meža mašīnu operators", "3", "L. Ābele", "L. Ābele", "15.05.2026.", "PKE vēl nav iesniegts"],
              ["5.", "Datorizētu kokapstrādes iekārtu operators", "4", "G. Siliņa", "G. Siliņa", "03.04.2026.", ""],
              ["6.", "VGK sistēmu tehniķis", "4", "R. Eglītis", "R. Eglītis", "08.05.2026.", "atkārtota ekspertīze pēc precizējumiem"],
              ["7.", "Mēbeļu galdnieks", "4", "–", "M. Ozoliņš", "24.04.2026.", "tikai PKE (MIP atbalstīts 1. kārtā)"]],
          size=10, center_cols=(0, 2))
    P(d, "Atgādinājums ekspertiem", bold=True)
    P(d, "Atzinuma veidlapā katram dokumentam jāatzīmē viens no slēdzieniem: „saturs ir atbalstāms un virzāms "
         "saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. "
         "Ja dokuments nav atbalstāms, pēc pārstrādes nepieciešama atkārtota ekspertīze.")
    P(d, "Jautājumu gadījumā par vērtēšanas kritērijiem metodisko atbalstu sniedz VISC satura ekspertu grupa.")
    build("r16b15_Ekspertu sadalijums_5posms.docx", d, problems=["no_verdict"],
          note="NOT a review: coordinator's assignment table (who reviews what, deadlines, status). Mentions MIP/PKE, "
               "experts, an earlier 'nav atbalstīts' status and lists all verdict options; 'metodisko atbalstu' as a noun.")


def f16():
    d = new_doc("Evija Rudzīte", "2026-04-21T11:45:00")
    header_text(d, ["Māris Ozoliņš | 2026-04-20"], footer=True, align=R_)
    P(d, "PKE satura atkārtotā ekspertīze", bold=True, size=14)
    P(d, "Profesionālā kvalifikācija: Mēbeļu galdnieks (LKI 4)")
    P(d, "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmena saturu. MIP vērtējums, kas sniegts "
         "2026. gada 5. martā, paliek nemainīgs.", italic=True)
    kv(d, [("Iepriekšējais slēdziens par PKE (05.03.2026.)", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai"),
           ("Vai iepriekšējās piezīmes ņemtas vērā?", "Jā, visas trīs: dublējošie testa jautājumi aizstāti, pielaides "
                                                    "norādītas, praktiskās daļas ilgums palielināts līdz 8 stundām.")])
    P(d, "Atkārtotās ekspertīzes slēdziens (atzīmēt ✓):", bold=True)
    table(d, [["✓", O_SUP], ["", O_NC], ["", O_NS]], header=False, center_cols=(0,), widths=(Cm(1.2), Cm(15)))
    build("r16b16_Mebelu galdnieks PKE atkartota.docx", d,
          rows=[("mēbeļu galdnieks", "PKE", "supported")],
          expert="Māris Ozoliņš", date="2026-04-20", lki=4,
          note="Re-review of PKE only; expert name and date ONLY in the page footer. Key table restates the earlier verdict "
               "(history, needs_corrections) - the current ✓ row is supported. MIP explicitly out of scope -> no MIP row.")


def f17():
    au, when = "Sandra Kļaviņa", "2026-04-08T09:31:00Z"
    d = new_doc("Sandra Kļaviņa", "2026-04-01T15:10:00", modified="2026-04-08T09:40:00")
    P(d, "Eksperta atzinums – MIP", bold=True, size=14)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    set_widths(t, (Cm(5), Cm(11.5)))
    for i, (k, v) in enumerate([("Kvalifikācija", "Kokapstrādes iekārtu operators (3. LKI)"),
                                ("Izvērtētais dokuments", "Modulārā izglītības programma (MIP)"),
                                ("Eksperte", "Sandra Kļaviņa"), ("Datums", None)]):
        C(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "EDEDED")
        if v:
            C(t.cell(i, 1), v)
    p = P(t.cell(3, 1))
    tracked(p, "del", "01.04.2026.", au, when)
    tracked(p, "ins", "08.04.2026.", au, when)
    d.add_paragraph()
    P(d, "PKE saturu vērtē eksperts R. Zariņš.", italic=True)
    P(d, "Piezīmes", bold=True)
    t2 = table(d, [["Nr.", "Modulis", "Piezīme"],
                   ["1.", "2. modulis „Kokmateriālu sagatavošana”",
                    "Jāprecizē mitruma mērīšanas metodes un pieļaujamais mitrums dažādiem izstrādājumiem."],
                   ["2.", "4. modulis „Kokapstrādes iekārtu iestatīšana”", None],
                   ["3.", "Mācību prakse", "Iebildumu nav."]], widths=(Cm(1.2), Cm(5.5), Cm(9.8)))
    tracked(P(t2.cell(2, 2)), "ins", "Jāpapildina ar griezējinstrumentu maiņu un iekārtu ikdienas apkopi; pašlaik apraksts "
                                     "attiecas tikai uz formātzāģi.", au, when)
    t3 = d.add_table(rows=1, cols=2)
    t3.style = "Table Grid"
    set_widths(t3, (Cm(5), Cm(11.5)))
    C(t3.cell(0, 0), "Slēdziens", bold=True)
    shade(t3.cell(0, 0), "EDEDED")
    p = P(t3.cell(0, 1))
    tracked(p, "del", "Saturs ir atbalstāms un virzāms saskaņošanai.", au, when)
    tracked(p, "ins", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai (sk. 1. un 2. piezīmi).", au, when)
    build("r16b17_Kokapstrades iekartu operators_MIP_Klavina_labots.docx", d,
          rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections")],
          expert="Sandra Kļaviņa", date="2026-04-08", lki=3,
          note="Track changes left on: verdict cell has w:del 'atbalstāms un virzāms' and w:ins 'atbalstāms; pēc precizējumu "
               "...' -> needs_corrections; date also changed (w:del 01.04 / w:ins 08.04 -> 08.04). Remark 2 exists only as w:ins. "
               "PKE reviewed by someone else -> no row.")


def f18():
    d = new_doc("Ilze Krūmiņa", "2026-04-29T18:25:00")
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "Būvizstrādājumu galdnieks"), ("LKI", "4. līmenis"),
           ("Eksperte", "Ilze Krūmiņa"), ("Datums", "29.04.2026.")])
    table(d, [["Dokuments", "Atbalstāms un virzāms saskaņošanai", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
               "Nav atbalstāms", "Komentārs"],
              ["MIP", "", "", "",
               "Programmas apjoms ir liels; par moduļiem „Logu un durvju montāža” un „Kāpņu izgatavošana” vēl gaidu darba "
               "grupas skaidrojumu par prakses organizēšanu uzņēmumos. Vērtējumu par MIP sniegšu pēc 6. maija sanāksmes."],
              ["PKE", "", "X", "",
               "Precizēt praktiskā uzdevuma rasējumu (trūkst griezuma A–A) un vērtēšanas kritērijus montāžas precizitātei."]],
          center_cols=(1, 2, 3), widths=(Cm(2), Cm(2.8), Cm(3.2), Cm(2.2), Cm(6.5)), size=10)
    build("r16b18_Būvizstrādājumu galdnieks_IKrūmiņa.docx", d,
          rows=[("būvizstrādājumu galdnieks", "MIP", "unknown"),
                ("būvizstrādājumu galdnieks", "PKE", "needs_corrections")],
          problems=["no_verdict"],
          expert="Ilze Krūmiņa", date="2026-04-29", lki=4,
          note="Grid form where the MIP row has no mark at all and the comment says the MIP verdict will come later -> MIP "
               "unknown + no_verdict. PKE marked X in the 'pēc precizējumu' column.")


def f19():
    d = new_doc("Evija Rudzīte", "2026-05-07T08:15:00")
    P(d, "NOZARES EKSPERTA ATZINUMS", bold=True, size=14, align=C_)
    kv(d, [("Kvalifikācija", "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"), ("LKI līmenis", "4"),
           ("Eksperts", "Ritvars Eglītis"), ("Datums", "06.05.2026.")])
    P(d, "Vērtējums (atzīmēt ar X)", bold=True)
    table(d, [["Dokuments", O_SUP, O_NC, O_NS],
              ["MIP", "X", "", ""],
              ["PKE", "X", "", "X"]], center_cols=(1, 2, 3))
    P(d, "Komentāri", bold=True)
    P(d, "MIP – iepriekšējā ekspertīzē prasītie precizējumi ir veikti; programma papildināta ar siltumsūkņu un "
         "rekuperācijas iekārtu moduli.")
    P(d, "PKE – praktiskajā daļā ir divi uzdevumi: gaisa plūsmu mērīšana un regulēšana, kā arī automātikas kļūdu "
         "diagnostika. Teorētiskā daļa – 40 jautājumi.")
    build("r16b19_VGK sistemu tehnikis_atzinums.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported"),
                ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "unknown")],
          problems=["conflict"],
          expert="Ritvars Eglītis", date="2026-05-06", lki=4,
          note="X-grid where the PKE row has X under BOTH 'atbalstāms un virzāms' and 'nav atbalstāms'; the comment is "
               "descriptive only -> PKE unknown + conflict. MIP clearly supported.")


def f20():
    d = new_doc("USprogis", "2026-07-07T21:48:00", font="Arial", size=10)
    P(d, "EKSPERTA ATZINUMS par MIP un PKE saturu", bold=True)
    kv(d, [("Kvalifikacija", "Mehatronisko sistemu tehnikis"), ("LKI limenis", "4"),
           ("Nozare", "Masinbuve un metalapstrade"), ("Eksperts", "Uldis Sprogis"), ("Datums", "07.07.2026")],
       widths=(Cm(4), Cm(12)))
    table(d, [["Dokuments", "Sledziens", "Komentari"],
              ["MIP", "atbalstams, pec precizejumu veiksanas virzams saskanosanai",
               "jaizlabo 6. modula (pneimatika un hidraulika) rezultati, tie nesakrit ar PKP; prakses stundas jasadala pa moduliem"],
              ["PKE", "nav atbalstams",
               "teorijas tests neatbilst LKI 4 limenim (parsvara faktu jautajumi), prakt. uzdevums par vienkarss - tikai "
               "sensora pieslegsana. jaizstrada no jauna"]], widths=(Cm(2.2), Cm(5.5), Cm(8.5)))
    P(d, "PKE pec parstradasanas ludzu atsutit atkartoti.")
    build("r16b20_mehatronisko sist tehn_atzinums_USprogis.docx", d,
          rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
                ("mehatronisko sistēmu tehniķis", "PKE", "not_supported")],
          expert="Uldis Sprogis", date="2026-07-07", lki=4,
          note="Hasty form typed entirely without diacritics (qualification, verdicts, name). Expert name kept as written "
               "('Uldis Sprogis').")


def f21():
    d = new_doc("", "2026-06-03T07:55:00")
    kv(d, [("Kvalifikācija", "Meža mašīnu operators"),
           ("MIP", "atbalstāms un virzāms saskaņošanai"),
           ("PKE", "atbalstāms, virzāms saskaņošanai pēc 2. uzdevuma precizēšanas (jānorāda harvestera galvas "
                   "kalibrēšanas kritēriji)"),
           ("Eksperts", "Oskars Mednis"),
           ("Datums", "03.06.2026.")], widths=(Cm(3), Cm(13)), shade_label=False)
    build("r16b21_MMO atzinums_Mednis.docx", d,
          rows=[("meža mašīnu operators", "MIP", "supported"), ("meža mašīnu operators", "PKE", "needs_corrections")],
          expert="Oskars Mednis", date="2026-06-03", lki=3,
          note="Very short: a single five-row key/value table, no title. PKE condition inside the same cell "
               "('virzāms ... pēc 2. uzdevuma precizēšanas'). LKI from register.")


def f22():
    d = new_doc("Ivars Kalējs", "2026-06-15T10:00:00", modified="2026-06-17T16:20:00")
    P(d, "EKSPERTĪZES ATZINUMS", bold=True, size=15, align=C_)
    P(d, "par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks” "
         "modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu", align=C_)
    kv(d, [("Nozare", "Enerģētika"), ("LKI līmenis", "3. LKI līmenis"),
           ("Izvērtētā redakcija", "MIP versija 3 (2026. gada 2. jūnijs); PKE versija 2 (2026. gada 2. jūnijs)"),
           ("Eksperts", "Ivars Kalējs"), ("Atzinuma datums", "17.06.2026.")])
    P(d, "Iepriekšējā ekspertīze", bold=True)
    P(d, "2026. gada martā iesniegtā MIP redakcija netika atbalstīta (atzinums 2026. gada 24. martā), jo programmā nebija "
         "ietverta darbam ar fluorētajām siltumnīcefekta gāzēm nepieciešamā sagatavošana. PKE pirmajā kārtā netika vērtēts. "
         "Šis atzinums attiecas uz abām precizētajām redakcijām.")
    P(d, "A. MIP vērtēšanas kritēriji", bold=True)
    mip = [["Nr.", "Kritērijs", "Jā", "Nē", "Eksperta komentārs"],
           ["1.", "Sasniedzamie rezultāti atbilst profesionālās kvalifikācijas prasībām", "", "X",
            "2. modulis („Aukstumaģentu apstrāde”) šādā redakcijā nav atbalstāms: nav noteikta aukstumaģenta "
            "savākšanas un reģenerācijas prakse uz reālas iekārtas. Jāpapildina."],
           ["2.", "Moduļu secība ir loģiska un nodrošina pēctecību", "X", "", "Secība uzlabota salīdzinājumā ar 1. kārtu."],
           ["3.", "Ietvertas jaunās prasmes (energoefektivitāte, digitālā diagnostika)", "X", "",
            "Labi, ka iekļauta attālinātā uzraudzība un kļūdu kodu nolasīšana."],
           ["4.", "Mācību prakses un darba vidē balstītu mācību apjoms ir pietiekams", "", "X",
            "Prakses apjoms 320 stundas – par maz; nozares uzņēmumi atbalsta vismaz 480 stundas."],
           ["5.", "Darba aizsardzības prasības ir ietvertas visos praktiskajos moduļos", "X", "", ""],
           ["6.", "Vērtēšanas metodes ir aprakstītas katram modulim", "", "X",
            "5. un 7. modulim vērtēšana aprakstīta tikai vispārīgi."],
           ["7.", "Mācību resursi un aprīkojums ir reāli nodrošināmi", "X", "", ""],
           ["8.", "Programma ir īstenojama arī profesionālajā tālākizglītībā", "X", "", "Ar moduļu kopu A un B."],
           ["", "", "", "", ""]]
    t = table(d, mip, center_cols=(0, 2, 3), widths=(Cm(1), Cm(6), Cm(1), Cm(1), Cm(7.5)), size=10)
    m = merge(t.rows[-1].cells[0], t.rows[-1].cells[4])
    P(m, ("KOPVĒRTĒJUMS (MIP): ", {"bold": True}),
      "saturs ir atbalstāms; pēc precizējumu veikšanas (1., 4. un 6. kritērijs) virzāms saskaņošanai.")
    P(d, "B. PKE vērtēšanas kritēriji", bold=True)
    pke = [["Nr.", "Kritērijs", "Jā", "Nē", "Eksperta komentārs"],
           ["1.", "Eksāmena saturs aptver profesionālās kvalifikācijas prasībās noteiktos pienākumus un uzdevumus", "X", "", ""],
           ["2.", "Praktiskais uzdevums atbilst reālai darba situācijai", "X", "",
            "Kondicioniera iekšējā un ārējā bloka apkope, noplūdes pārbaude – atbilst."],
           ["3.", "Vērtēšanas kritēriji ir skaidri un izmērāmi", "X", "", ""],
           ["4.", "Teorētiskās daļas jautājumi atbilst LKI 3. līmenim", "X", "",
            "Daži jautājumi ir sarežģīti, bet nav iebildumu."],
           ["5.", "Eksāmena ilgums un organizācija ir reāli īstenojama", "X", "", ""],
           ["6.", "Ievērotas darba drošības prasības eksāmena laikā", "X", "", ""],
           ["", "", "", "", ""]]
    t2 = table(d, pke, center_cols=(0, 2, 3), widths=(Cm(1), Cm(6), Cm(1), Cm(1), Cm(7.5)), size=10)
    m2 = merge(t2.rows[-1].cells[0], t2.rows[-1].cells[4])
    P(m2, ("KOPVĒRTĒJUMS (PKE): ", {"bold": True}), "saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "Secinājumi", bold=True)
    P(d, "Salīdzinot ar 1. kārtu, programma ir būtiski uzlabota. Neskatoties uz atsevišķām nepilnībām 2. modulī, kopumā "
         "MIP ir atbalstāma – pēc 1., 4. un 6. kritērijā norādīto precizējumu veikšanas to var virzīt saskaņošanai bez "
         "atkārtotas ekspertīzes. PKE saturam iebildumu nav.")
    kv(d, [("Eksperts", "Ivars Kalējs"), ("Paraksts", "")], widths=(Cm(4), Cm(12.5)))
    build("r16b22_Ekspertizes_atzinums_VGK remontatslēdznieks_MIP_PKE_pilnais.docx", d,
          rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections"),
                ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported")],
          expert="Ivars Kalējs", date="2026-06-17", lki=3,
          note="Long (two pages) criterion form: two Jā/Nē tables each ending in a merged KOPVĒRTĒJUMS row. Body cell says "
               "'2. modulis šādā redakcijā nav atbalstāms' and history 'netika atbalstīta' - outranked by the overall rows "
               "and 'Secinājumi'. 'Neskatoties' / 'nav iebildumu' traps.")


def f23():
    d = new_doc("Evija Rudzīte", "2026-06-11T13:30:00")
    P(d, "Atzinums par PKE saturu – kokrūpniecības nozare", bold=True, size=14)
    P(d, "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu (PKE) saturu. MIP vērtē citi nozares eksperti.",
      italic=True)
    table(d, [["Kvalifikācija", "LKI", "Atbalstāms un virzāms saskaņošanai",
               "Atbalstāms; pēc precizējumu virzāms saskaņošanai", "Nav atbalstāms", "Piezīmes"],
              ["Motorzāģa operators", "3", "✓", "", "", ""],
              ["Kokapstrādes iekārtu operators", "3", "", "✓", "",
               "Pārstrādātajā redakcijā iekļauta iekārtu iestatīšana; jāprecizē vērtēšanas lapas punktu sadalījums."],
              ["Meža mašīnu operators", "3", "", "", "✓",
               "Arī pārstrādātajā variantā praktiskā daļa notiek tikai simulatorā – neatbilst prasībām."],
              ["Mežsaimniecības tehniķis", "4", "✓", "", "", "Iebildumu nav."]],
          center_cols=(1, 2, 3, 4), widths=(Cm(3.8), Cm(1), Cm(2.4), Cm(2.6), Cm(2), Cm(5)), size=10)
    kv(d, [("Eksperts", "Aivars Lūsis"), ("Datums", "2026. gada 10. jūnijā")], widths=(Cm(4), Cm(12.5)))
    build("r16b23_Kokrupnieciba_PKE_4 kvalifikacijas_Lusis.docx", d,
          rows=[("motorzāģa operators", "PKE", "supported"),
                ("kokapstrādes iekārtu operators", "PKE", "needs_corrections"),
                ("meža mašīnu operators", "PKE", "not_supported"),
                ("mežsaimniecības tehniķis", "PKE", "supported")],
          expert="Aivars Lūsis", date="2026-06-10", lki="",
          note="One table for four qualifications, PKE only (MIP explicitly out of scope -> no MIP rows); verdict columns "
               "marked with ✓; LKI per row from the table.")
    for r in GOLD_ROWS[-4:]:
        r[6] = "4" if r[1] == "mežsaimniecības tehniķis" else "3"


def f24():
    d = new_doc("Baiba", "2026-05-19T20:05:00")
    P(d, "Atzinums – Koka izstrādājumu ražošanas tehniķis", bold=True, size=14)
    kv(d, [("Eksperte", "Baiba Strode"), ("Datums", "19.05.2026"),
           ("Dokumenti", "MIP, PKE (darba grupas 2026. gada 5. maija redakcija)")])
    kv(d, [("Eksperta slēdziens par MIP",
            "Neatbalstu. Programmā nav ņemtas vērā nozares kvalifikāciju struktūrā noteiktās jaunās prasmes (ražošanas "
            "digitalizācija, materiālu plūsmas uzskaite ERP sistēmā), un moduļu sasniedzamie rezultāti formulēti kā tēmas, "
            "nevis kā kompetences. MIP jāpārstrādā; pēc pārstrādes lūdzu atkārtotu ekspertīzi."),
           ("Eksperta slēdziens par PKE", "Iebildumu nav – PKE saturs atbalstāms, var virzīt saskaņošanai."),
           ("Citi komentāri", "Koordinatores veidlapu nedaudz pārveidoju – atzīmēšanas tabula šoreiz neder, jo slēdzienam "
                              "vajadzīgs pamatojums.")])
    build("r16b24_Koka izstradajumu razosanas tehnikis_Strode_v2.docx", d,
          rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported"),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported")],
          expert="Baiba Strode", date="2026-05-19", lki=4,
          note="Expert redesigned the form: options removed, free-text verdict cells. MIP 'Neatbalstu ... jāpārstrādā'; PKE "
               "'Iebildumu nav – ... atbalstāms, var virzīt' (negation word but positive). LKI from register.")


def f25():
    d = new_doc("Evija Rudzīte", "2026-01-05T10:00:00")
    P(d, "NOZARES EKSPERTA ATZINUMS (veidlapa)", bold=True, size=14, align=C_)
    P(d, "Aizpilda nozares eksperts. Aizpildītu veidlapu lūdzam iesniegt projekta koordinatoram elektroniski (.docx) 10 "
         "darba dienu laikā pēc dokumentu saņemšanas.", italic=True, size=9)
    t = kv(d, [("Profesionālā kvalifikācija", "[kvalifikācijas nosaukums]"), ("LKI līmenis", None),
               ("Eksperts (vārds, uzvārds)", ""), ("Datums", "")])
    p = P(t.cell(1, 1))
    for lv in ("3", "4", "5"):
        glyph(p, "☐"); R(p, " " + lv + "   ")
    t2 = d.add_table(rows=3, cols=4)
    t2.style = "Table Grid"
    set_widths(t2, (Cm(2.5), Cm(4.7), Cm(4.7), Cm(4.6)))
    for j, h in enumerate(["Dokuments", O_SUP, O_NC, O_NS]):
        C(t2.cell(0, j), h, bold=True)
        shade(t2.cell(0, j))
    for i, lab in ((1, "MIP"), (2, "PKE")):
        C(t2.cell(i, 0), lab)
        for j in (1, 2, 3):
            glyph(P(t2.cell(i, j), align=C_), "☐")
    d.add_paragraph()
    P(d, "Norādījumi", bold=True)
    for s in ("Katram dokumentam atzīmē tikai vienu vērtējumu.",
              "Ja saturs ir atbalstāms, bet nepieciešami precizējumi, tos uzskaita tabulā „Precizējumi”.",
              "Ja saturs nav atbalstāms, jāsniedz pamatojums; pēc pārstrādes dokuments tiek nodots atkārtotai ekspertīzei.",
              "Ja eksperts vērtē tikai vienu dokumentu, otra dokumenta rindā ieraksta „nevērtē”."):
        P(d, s, style="List Bullet")
    P(d, "Precizējumi", bold=True)
    table(d, [["Nr.", "Dokuments, sadaļa", "Precizējums"], ["1.", "", ""], ["2.", "", ""], ["3.", "", ""]],
          widths=(Cm(1.2), Cm(5), Cm(10.3)))
    build("r16b25_Atzinuma veidlapa_MIP_PKE_2026 (tukša).docx", d, problems=["no_verdict"],
          note="NOT a review: the coordinator's blank form - placeholder qualification, all options printed with empty ☐, "
               "instructions mentioning 'atbalstāms' / 'nav atbalstāms'. No expert, no date.")


def f26():
    d = new_doc("Zane Jurēvica", "2026-04-22T12:12:00")
    P(d, "Ekspertīzes atzinums par MIP un PKE saturu", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "Elektromontieris"), ("Līmenis", "LKI 3"), ("Eksperte", "Zane Jurēvica")])
    outer = d.add_table(rows=3, cols=2)
    outer.style = "Table Grid"
    spec = [("MIP", 0, "Programma atbilst profesionālās kvalifikācijas prasībām, moduļi veidoti loģiski; 1. kārtas "
                       "piezīmes par zibensaizsardzību ņemtas vērā."),
            ("PKE", 1, "Jāprecizē darba uzdevuma (norīkojuma) noformēšana praktiskajā daļā; teorijas testā atsauces uz "
                       "spēkā neesošiem standartiem jāaizstāj ar aktuālajiem LVS standartiem.")]
    for i, (lab, ch, com) in enumerate(spec):
        C(outer.cell(i, 0), lab, bold=True)
        cell = outer.cell(i, 1)
        lead = cell.paragraphs[0]._p
        inner = cell.add_table(rows=3, cols=2)
        lead.getparent().remove(lead)  # cell now starts with the inner table
        inner.style = "Table Grid"
        for k, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                               "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]):
            C(inner.cell(k, 0), "X" if k == ch else "", align=C_)
            C(inner.cell(k, 1), o)
        set_widths(inner, (Cm(1.2), Cm(11.8)))
        P(cell, ("Komentārs: ", {"italic": True}), com)
    C(outer.cell(2, 0), "Paraksts / datums", bold=True)
    C(outer.cell(2, 1), "Z. Jurēvica / 22.04.2026.")
    set_widths(outer, (Cm(3), Cm(13.5)))
    build("r16b26_Elektromontieris_atzinums_Jurevica.docx", d,
          rows=[("elektromontieris", "MIP", "supported"), ("elektromontieris", "PKE", "needs_corrections")],
          expert="Zane Jurēvica", date="2026-04-22", lki=3,
          note="Nested tables: each document's options sit in an inner table inside the outer cell, marked 'X'. Name in key "
               "table, date only in 'Paraksts / datums' row.")


def f27():
    d = new_doc("Laura Ērgle", "2026-04-27T10:20:00", font="Calibri", size=11)
    for k, v in [("From:", "Mārtiņš Kronbergs <martins.kronbergs@energoserviss.lv>"),
                 ("Sent:", "Monday, April 27, 2026 10:05 AM"),
                 ("To:", "Laura Ērgle <laura.ergle@lddk-projekts.lv>"),
                 ("Cc:", "Evija Rudzīte <evija.rudzite@lddk-projekts.lv>"),
                 ("Subject:", "RE: Elektrotehniķa PKE – atzinums"),
                 ("Attachments:", "Elektrotehnikis_PKE_piezimes.xlsx")]:
        P(d, (k + "\t", {"bold": True}), v, space_after=0)
    P(d)
    P(d, "Labdien, Laura!")
    P(d, "PKE saturs kopumā ir atbalstāms, bet pirms virzīšanas saskaņošanai darba grupai jāveic precizējumi, ko apkopoju tabulā:")
    table(d, [["Nr.", "Uzdevums", "Precizējums"],
              ["1.", "Praktiskais uzdevums Nr. 2", "Norādīt slodzes aprēķina sākumdatus; pašlaik eksaminējamam tie jāizdomā pašam."],
              ["2.", "Teorētiskā daļa", "Jautājumi 14–18 attiecas uz 3. līmeni – aizstāt ar tehniķa līmeņa jautājumiem."],
              ["3.", "Vērtēšanas lapa", "Mērījumu precizitātei piešķirt atsevišķus punktus."]],
          widths=(Cm(1.2), Cm(4.5), Cm(10.8)))
    P(d, "MIP šoreiz neskatīju – kā norunājām, to atkārtoti vērtē D. Liepiņa.")
    P(d, "Ar cieņu,", space_after=0)
    P(d, "Mārtiņš Kronbergs", space_after=0)
    P(d, "enerģētikas nozares eksperts")
    P(d, "_" * 60, color="808080")
    for k, v in [("From:", "Laura Ērgle"), ("Sent:", "Tuesday, April 14, 2026 3:40 PM"),
                 ("To:", "Mārtiņš Kronbergs"), ("Subject:", "Elektrotehniķa PKE – atzinums")]:
        P(d, (k + " ", {"bold": True}), v, space_after=0, size=10)
    P(d)
    P(d, "Labdien, Mārtiņ!", size=10)
    P(d, "Pielikumā elektrotehniķa (LKI 4) PKE precizētā redakcija. Lūdzu izvērtēt, vai saturs ir atbalstāms un virzāms "
         "saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms, un atsūtīt atzinumu līdz 28. aprīlim.", size=10)
    P(d, "Paldies! Laura", size=10)
    build("r16b27_RE_ Elektrotehnika PKE.docx", d,
          rows=[("elektrotehniķis", "PKE", "needs_corrections")],
          expert="Mārtiņš Kronbergs", date="2026-04-27", lki=4,
          note="Outlook e-mail with English headers; verdict in prose ('kopumā ir atbalstāms, bet pirms virzīšanas ... "
               "jāveic precizējumi') + remarks table. MIP explicitly reviewed by someone else -> no row. Quoted request lists "
               "all options. Qualification only in genitive ('Elektrotehniķa').")


def f28():
    d = new_doc("Evija Rudzīte", "2026-06-25T09:05:00")
    P(d, "Eksperta atzinums", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "Metinātājs"), ("LKI līmenis", "3"),
           ("Nozare", "Mašīnbūve un metālapstrāde"), ("Eksperts", "Guntars Ķēniņš"), ("Datums", "24.06.2026.")])
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    set_widths(t, (Cm(11), Cm(2.7), Cm(2.7)))
    for j, h in enumerate(["Vērtējums", "MIP", "PKE"]):
        C(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j))
    marks = {"MIP": 2, "PKE": 1}
    for i, o in enumerate([O_SUP, O_NC, O_NS], start=1):
        C(t.cell(i, 0), o)
        cc_checkbox(P(t.cell(i, 1), align=C_), marks["MIP"] == i)
        cc_checkbox(P(t.cell(i, 2), align=C_), marks["PKE"] == i)
    d.add_paragraph()
    P(d, "Komentāri", bold=True)
    P(d, "MIP: jāsaskaņo metināšanas procesu (111, 135, 141) apguves apjoms ar profesionālās kvalifikācijas prasībām; "
         "trūkst metinājuma šuvju vizuālās kontroles un defektu novērtēšanas rezultātu.")
    P(d, "PKE: atbilst, iebildumu nav.")
    build("r16b28_Metinatajs_MIP_PKE_Kenins.docx", d,
          rows=[("Metinātājs", "MIP", "needs_corrections"), ("Metinātājs", "PKE", "supported")],
          problems=["unknown_qualification"],
          expert="Guntars Ķēniņš", date="2026-06-24", lki=3,
          note="Qualification not in the register ('Metinātājs', as written). Option rows x document columns with content-"
               "control checkboxes only (no X text).")


def f29():
    d = new_doc("Evija Rudzīte", "2026-05-07T16:00:00")
    P(d, "SANĀKSMES PROTOKOLS Nr. 3", bold=True, size=14, align=C_)
    P(d, "Rīgā, 2026. gada 6. maijā", align=C_)
    P(d, "Kokrūpniecības nozares darba grupas un nozares ekspertu tiešsaistes sanāksme (MS Teams)", italic=True, align=C_)
    P(d, "Piedalās:", bold=True)
    table(d, [["Vārds, uzvārds", "Loma"],
              ["Evija Rudzīte", "LDDK projekta koordinatore, sanāksmes vadītāja"],
              ["Ilze Krūmiņa", "nozares eksperte"],
              ["Līga Ābele", "nozares eksperte"],
              ["Jānis Priede", "darba grupas vadītājs"],
              ["Anita Sproģe", "VISC pārstāve"]], widths=(Cm(5), Cm(11.5)))
    P(d, "Darba kārtība:", bold=True)
    for s in ("1. Būvizstrādājumu galdnieka MIP – prakses organizēšana uzņēmumos.",
              "2. Meža mašīnu operatora PKE pārstrādes grafiks.",
              "3. Dažādi."):
        P(d, s, space_after=0)
    P(d)
    P(d, "Sanāksmes gaita", bold=True)
    P(d, "1. J. Priede informēja, ka prakses vietas „Logu un durvju montāžas” modulim nodrošinās trīs uzņēmumi; nozares "
         "uzņēmumi atbalsta iespēju daļu moduļa apgūt darba vidē. I. Krūmiņa norādīja, ka slēdzienu par MIP sniegs "
         "rakstiski pēc precizētās redakcijas saņemšanas.")
    P(d, "2. L. Ābele informēja, ka PKE praktiskajā daļā jāparedz darbs reālā mežizstrādes tehnikā, nevis tikai simulatorā. "
         "Darba grupa piekrita un pārstrādās uzdevumu.")
    P(d, "3. A. Sproģe informēja par VISC metodisko atbalstu eksāmenu vērtēšanas lapu izstrādē.")
    P(d, "Nolēma:", bold=True)
    table(d, [["Nr.", "Lēmums", "Atbildīgais", "Termiņš"],
              ["1.", "Iesniegt ekspertei precizēto būvizstrādājumu galdnieka MIP redakciju", "J. Priede", "13.05.2026."],
              ["2.", "Pārstrādāt meža mašīnu operatora PKE praktisko uzdevumu", "darba grupa", "29.05.2026."],
              ["3.", "Nākamā sanāksme", "E. Rudzīte", "jūnija sākumā"]],
          widths=(Cm(1.2), Cm(9), Cm(3), Cm(3)))
    P(d, "Protokolēja: E. Rudzīte")
    build("r16b29_Protokols_darba grupas sanaksme_06.05.2026.docx", d, problems=["no_verdict"],
          note="NOT a review: meeting minutes with experts present; talks about MIP/PKE, 'uzņēmumi atbalsta' (3rd person), "
               "'metodisko atbalstu' (noun), an expert promising a verdict later.")


def f30():
    d = new_doc("Elīna Vanaga", "2026-07-14T14:44:00")
    P(d, "Ekspertīzes atzinums", bold=True, size=14)
    kv(d, [("Profesionālā kvalifikācija", "Motorzāģa operators"), ("LKI", "3"),
           ("Eksperte", "Elīna Vanaga"), ("Datums", "14.07.2026.")])
    P(d, "Vērtējums (atzīmēt ar X)", bold=True)
    table(d, [["Dokuments", O_SUP, O_NC, O_NS],
              ["MIP", "X", "", ""],
              ["PKE", "X", "", ""]], center_cols=(1, 2, 3))
    kv(d, [("Vērtējums vārdiem", "MIP – saturs nav atbalstāms; PKE – saturs ir atbalstāms un virzāms saskaņošanai.")],
       widths=(Cm(4.5), Cm(12)))
    P(d, "Komentāri", bold=True)
    P(d, "MIP: izvērtēta 2026. gada jūnija redakcija; moduļu secība mainīta, mācību prakse pārcelta uz otro semestri.")
    P(d, "PKE: teorētiskās daļas jautājumu skaits samazināts līdz 30; praktiskais uzdevums nav mainīts.")
    P(d)
    P(d, "Eksperte: Elīna Vanaga")
    build("r16b30_Motorzaga operators_Vanaga_2026-07.docx", d,
          rows=[("motorzāģa operators", "MIP", "unknown"), ("motorzāģa operators", "PKE", "supported")],
          problems=["conflict"],
          expert="Elīna Vanaga", date="2026-07-14", lki=3,
          note="The form's verdict section asks for the verdict twice (X grid and 'Vērtējums vārdiem' row right below it). "
               "For MIP they disagree: X under 'atbalstāms un virzāms' vs 'MIP – saturs nav atbalstāms'; the comments are "
               "neutral -> MIP unknown + conflict. PKE agrees in both places -> supported.")


def f31():
    d = new_doc("Kārlis Ziediņš", "2026-07-20T19:30:00")
    header_text(d, ["Kokrūpniecības nozares ekspertīze · 5. posms"], align=R_)
    P(d, "Kokrūpniecības nozare – MIP un PKE satura ekspertīze", bold=True, size=14)
    kv(d, [("Eksperts", "Kārlis Ziediņš"), ("Izvērtēšanas periods", "2026. gada jūlijs")], widths=(Cm(5), Cm(11.5)))
    t = d.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Kvalifikācija (LKI)", "Dok.", "Vērtējums", "Piezīmes"]):
        C(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j))
    plan = [("Mēbeļu galdnieks (4)", "MIP", 0, "–"), ("", "PKE", 0, "–"),
            ("Būvizstrādājumu galdnieks (4)", "MIP", 1,
             "Jāpievieno logu montāžas prakse objektā; 3. modulī jāprecizē hermetizācijas materiāli."),
            ("", "PKE", 0, "Atbilst."),
            ("Koka izstrādājumu ražošanas tehniķis (4)", "MIP", 0, "Jaunās prasmes iekļautas."),
            ("", "PKE", 2, "Praktiskais uzdevums ir operatora, nevis tehniķa līmenī – nav ražošanas plānošanas un kvalitātes "
                           "kontroles daļas. Jāizstrādā no jauna.")]
    for i, (q, dd, ch, note) in enumerate(plan, start=1):
        if q:
            C(t.cell(i, 0), q)
        C(t.cell(i, 1), dd)
        for k, o in enumerate(["atbalstāms un virzāms saskaņošanai",
                               "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"]):
            p = P(t.cell(i, 2))
            glyph(p, "☑" if k == ch else "☐", font="Segoe UI Symbol")
            R(p, " " + o, size=10)
        C(t.cell(i, 3), note, size=10)
    for r0 in (1, 3, 5):
        vmerge(t, r0, r0 + 1, 0)
    set_widths(t, (Cm(3.5), Cm(1.3), Cm(6.5), Cm(5.2)))
    d.add_paragraph()
    kv(d, [("Paraksts / datums", "K. Ziediņš     20.07.2026.")], widths=(Cm(5), Cm(11.5)))
    build("r16b31_Kokrupn_3 kvalifikacijas_MIP_PKE_Ziedins.docx", d,
          rows=[("mēbeļu galdnieks", "MIP", "supported"), ("mēbeļu galdnieks", "PKE", "supported"),
                ("būvizstrādājumu galdnieks", "MIP", "needs_corrections"), ("būvizstrādājumu galdnieks", "PKE", "supported"),
                ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported"),
                ("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported")],
          expert="Kārlis Ziediņš", date="2026-07-20", lki=4,
          note="Three qualifications x two documents in one table; every cell prints all options with ☑/☐ glyphs (Segoe UI "
               "Symbol). LKI in parentheses after the name. Date only in 'Paraksts / datums' cell; header has no date.")


def f32():
    d = new_doc("Jeļena Kuzņecova", "2026-05-27T11:11:00")
    P(d, "Eksperta atzinums: Mežsaimniecības tehniķis", bold=True, size=14)
    kv(d, [("LKI līmenis", "4"), ("Eksperte", "Jeļena Kuzņecova"), ("Datums", "27.05.2026.")])
    P(d, "Vērtējumu atzīmēt, iekrāsojot atbilstošo variantu.", italic=True, size=9)
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for i, (lab, ch) in enumerate([("MIP", 0), ("PKE", 1)]):
        C(t.cell(i, 0), lab, bold=True)
        for k, o in enumerate([O_SUP, O_NC, O_NS]):
            P(t.cell(i, 1), o, highlight=WD_COLOR_INDEX.YELLOW if k == ch else None)
    set_widths(t, (Cm(2.5), Cm(14)))
    d.add_paragraph()
    P(d, "Piezīmes par PKE", bold=True)
    P(d, "Praktiskajā uzdevumā (cirsmas izvērtēšana un meža atjaunošanas plāna sagatavošana) jānorāda, kādus datus "
         "eksaminējamais saņem – meža inventarizācijas datus vai tikai kartes. Jāprecizē vērtēšanas kritēriji plāna "
         "ekonomiskajam pamatojumam.")
    P(d, "Par MIP – piezīmju nav; iepriekšējā kārtā prasītie precizējumi veikti.")
    build("r16b32_Mezsaimniecibas tehnikis_atzinums_Kuznecova.docx", d,
          rows=[("mežsaimniecības tehniķis", "MIP", "supported"), ("mežsaimniecības tehniķis", "PKE", "needs_corrections")],
          expert="Jeļena Kuzņecova", date="2026-05-27", lki=4,
          note="All options printed; the chosen one carries a yellow highlight (instruction 'iekrāsojot'). No other mark.")


def f33():
    d = new_doc("Evija Rudzīte", "2026-07-03T08:00:00")
    P(d, "Enerģētikas nozares eksperta atzinums par MIP un PKE saturu", bold=True, size=14)
    t = table(d, [["Kvalifikācija", "Dok.", "Atbalstāms un virzāms saskaņošanai",
                   "Atbalstāms; pēc precizējumu virzāms saskaņošanai", "Nav atbalstāms", "Komentārs"],
                  ["Elektromontieris (LKI 3)", "MIP", "x", "", "", ""],
                  ["", "PKE", "x", "", "", ""],
                  ["Elektrotehniķis (LKI 4)", "MIP", "", "x", "",
                   "jāprecizē atjaunīgās enerģijas moduļa prakses apjoms un vieta"],
                  ["", "PKE", "", "", "x",
                   "uzdevumi neatbilst 4. līmenim; nav ietverta elektroietaišu projektēšanas (shēmu sagatavošanas) daļa"]],
              center_cols=(1, 2, 3, 4), widths=(Cm(3.2), Cm(1.2), Cm(2.4), Cm(2.6), Cm(2), Cm(5.1)), size=10)
    for r0 in (1, 3):
        vmerge(t, r0, r0 + 1, 0)
    table(d, [["Eksperts", "Paraksts / datums"], ["Pēteris Ābols", "(paraksts)     02.07.2026."]],
          widths=(Cm(8), Cm(8.5)))
    build("r16b33_Energetika_EM_ET_MIP_PKE.docx", d,
          rows=[("elektromontieris", "MIP", "supported", "Pēteris Ābols", "2026-07-02", 3),
                ("elektromontieris", "PKE", "supported", "Pēteris Ābols", "2026-07-02", 3),
                ("elektrotehniķis", "MIP", "needs_corrections", "Pēteris Ābols", "2026-07-02", 4),
                ("elektrotehniķis", "PKE", "not_supported", "Pēteris Ābols", "2026-07-02", 4)],
          note="Two qualifications x two documents, lowercase 'x' marks; name and date only in a small signature table at "
               "the end ('Eksperts' | 'Paraksts / datums'). core author = coordinator.")


def f34():
    d = new_doc("Kristīne Blūma", "2026-04-15T12:00:00")
    P(d, "Nozaru eksperti turpina darbu pie profesionālās izglītības satura", bold=True, size=16)
    P(d, "2026. gada 15. aprīlis", italic=True, size=9)
    P(d, "Latvijas Darba devēju konfederācija (LDDK) arī 2026. gadā kā sadarbības partneris piedalās projektā, kas tiek "
         "īstenots Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa ietvaros. Projekta "
         "4. posmā 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti vērtēja profesionālās "
         "izglītības iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas "
         "eksāmenu (PKE) saturu.")
    P(d, "Līdz marta beigām ekspertīze pabeigta trim kvalifikācijām – motorzāģa operatoram, mežsaimniecības tehniķim un "
         "mehatronisko sistēmu tehniķim. Vēl deviņām kvalifikācijām darbs turpināsies līdz jūlijam.")
    P(d, "„Nozares uzņēmumi ļoti atbalsta to, ka jaunās prasmes – digitālās tehnoloģijas, energoefektivitāte – nonāk "
         "programmās jau tagad, nevis pēc pieciem gadiem,” stāsta kokrūpniecības nozares eksperts Agris Strautmanis. "
         "Viņaprāt, būtiskākais ir, lai eksāmena uzdevumi atspoguļotu reālu darbu uzņēmumā.")
    P(d, "Eksperti ne tikai izvērtē, vai dokumentu saturs ir atbalstāms un virzāms saskaņošanai, bet arī sniedz darba grupām "
         "konkrētus ieteikumus. Metodisko atbalstu darba grupām nodrošina Valsts izglītības satura centrs.")
    P(d, "Projekta 5. posmā LDDK plāno arī izzināt nozaru viedokli par mācību prakšu īstenošanu un veicināt uzņēmumu kopu "
         "un klāsteru iesaisti darba vidē balstītās mācībās.")
    table(d, [["Projekta 4. posms skaitļos", ""],
              ["Iesaistītie nozaru eksperti", "13"],
              ["Kvalifikācijas, kurās notiek ekspertīze", "21"],
              ["Pabeigta MIP un PKE ekspertīze", "3"]], widths=(Cm(10), Cm(3)))
    build("r16b34_Jaunums majaslapai_nozaru eksperti_aprilis.docx", d, problems=["no_verdict"],
          note="NOT a review: news item for the website. 'specifiskā atbalsta mērķa', 'uzņēmumi ļoti atbalsta', "
               "'Metodisko atbalstu', 'izvērtē, vai ... ir atbalstāms un virzāms' (purpose, not verdict); names an expert "
               "and qualifications but gives no per-document verdict.")


# ---------------------------------------------------------------- main
def main():
    for n in range(1, 35):
        globals()["f%02d" % n]()
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(GOLD_ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "code"])
        w.writerows(GOLD_PROBLEMS)
    lines = ["# r16b – blind set: forms and tables", "",
             "Built by `build.py` (python-docx 1.2 + raw WordprocessingML). Gold labels: `expected.csv`, "
             "`expected_problems.csv`.", "",
             "| file | rows | problems | design and judgement calls |", "|---|---|---|---|"]
    for name, note in NOTES:
        nr = sum(1 for r in GOLD_ROWS if r[0] == name)
        pr = ", ".join(c for f, c in GOLD_PROBLEMS if f == name) or "–"
        lines.append("| %s | %d | %s | %s |" % (name, nr, pr, note.replace("|", "/")))
    files = len(NOTES)
    nonrev = sum(1 for name, _ in NOTES if not any(r[0] == name for r in GOLD_ROWS))
    lines += ["", "Totals: %d files, %d gold rows, %d non-reviews." % (files, len(GOLD_ROWS), nonrev), "",
              "General conventions: `expert` as written in the review (initial + surname when that is all there is, "
              "undiacritised when typed so); for e-mails the date is the expert's message, not the forward or the quoted "
              "request; `lki_level` from the review when stated, else from the register; qualifications not in the register "
              "keep the written nominative and raise `unknown_qualification`; documents explicitly out of scope get no row."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("files", files, "rows", len(GOLD_ROWS), "problems", len(GOLD_PROBLEMS), "non-reviews", nonrev)


if __name__ == "__main__":
    main()
