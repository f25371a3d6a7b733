# -*- coding: utf-8 -*-
"""Build the r24a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run:  /work/hvenv/bin/python build.py
Each file is produced by one build(...) call that carries its own gold rows and problems.
"""
import csv
import datetime as dt
import os
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r24a"

# register levels (canonical names) -- used to fill lki_level when the review does not state it
REGISTER = {
    "motorzāģa operators": 3,
    "mežsaimniecības tehniķis": 4,
    "kokapstrādes iekārtu operators": 3,
    "datorizētu kokapstrādes iekārtu operators": 4,
    "koka izstrādājumu ražošanas tehniķis": 4,
    "mēbeļu galdnieks": 4,
    "būvizstrādājumu galdnieks": 4,
    "meža mašīnu operators": 3,
    "elektromontieris": 3,
    "elektrotehniķis": 4,
    "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks": 3,
    "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis": 4,
    "mehatronisko sistēmu tehniķis": 4,
}

ROWS, PROBLEMS, NOTES, FILES = [], [], [], []

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
NS = 'xmlns:w="%s" xmlns:w14="%s"' % (W, W14)

_state = {"id": 100, "tc_author": "", "tc_date": "2026-01-01T09:00:00Z", "font": None}

TOKEN = re.compile(r"(\*\*.+?\*\*|__.+?__|~~.+?~~|\{-.+?-\}|\{\+.+?\+\}|\[X\]|\[ \]|\{sym:[0-9A-F]{4}\}|¦|\n|[☒☐☑])")


def _next_id():
    _state["id"] += 1
    return _state["id"]


def _rpr_xml(bold=False, italic=False, strike=False, font=None, size=None):
    parts = []
    if font:
        parts.append('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>' % (font, font, font, font))
    if bold:
        parts.append("<w:b/>")
    if italic:
        parts.append("<w:i/>")
    if strike:
        parts.append("<w:strike/>")
    if size:
        parts.append('<w:sz w:val="%d"/>' % int(size * 2))
    return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""


def _add_run(p, text, bold=False, italic=False, strike=False, size=None, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if strike:
        r.font.strike = True
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return r


def add_text(p, text, bold=False, italic=False, size=None):
    """Inline markup: **bold** __italic__ ~~strike~~ {-tracked del-} {+tracked ins+}
    [X]/[ ] content-control checkbox, {sym:F0FE} Wingdings symbol, ¦ run split, \n line break,
    ☒☐☑ glyph typed as text in MS Gothic."""
    for tok in TOKEN.split(text):
        if not tok or tok == "¦":
            continue
        if tok == "\n":
            p.add_run().add_break()
        elif tok.startswith("**"):
            _add_run(p, tok[2:-2], True, italic, size=size)
        elif tok.startswith("__"):
            _add_run(p, tok[2:-2], bold, True, size=size)
        elif tok.startswith("~~"):
            _add_run(p, tok[2:-2], bold, italic, strike=True, size=size)
        elif tok.startswith("{-"):
            x = ('<w:del %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                 % (NS, _next_id(), escape(_state["tc_author"]), _state["tc_date"], _rpr_xml(bold, italic, size=size), escape(tok[2:-2])))
            p._p.append(parse_xml(x))
        elif tok.startswith("{+"):
            x = ('<w:ins %s w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
                 % (NS, _next_id(), escape(_state["tc_author"]), _state["tc_date"], _rpr_xml(bold, italic, size=size), escape(tok[2:-2])))
            p._p.append(parse_xml(x))
        elif tok in ("[X]", "[ ]"):
            checked = tok == "[X]"
            x = ('<w:sdt %s><w:sdtPr><w:id w:val="%d"/><w14:checkbox><w14:checked w14:val="%d"/>'
                 '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                 '</w14:checkbox></w:sdtPr><w:sdtContent><w:r>%s<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
                 % (NS, _next_id() * 7919, 1 if checked else 0, _rpr_xml(font="MS Gothic", size=size), "☒" if checked else "☐"))
            p._p.append(parse_xml(x))
        elif tok.startswith("{sym:"):
            x = '<w:r %s><w:sym w:font="Wingdings" w:char="%s"/></w:r>' % (NS, tok[5:9])
            p._p.append(parse_xml(x))
        elif tok in "☒☐☑":
            _add_run(p, tok, bold, italic, size=size, font="MS Gothic")
        else:
            _add_run(p, tok, bold, italic, size=size)
    return p


def _border_left(p):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml('<w:pBdr %s><w:left w:val="single" w:sz="12" w:space="8" w:color="AAAAAA"/></w:pBdr>' % NS))


def render(d, blocks):
    """blocks: str -> paragraph; tuples: ('h', t) bold heading, ('H1'|'H2', t) Word heading,
    ('c', t) centred bold, ('ct', t) centred plain, ('r', t) right aligned, ('li', t) bullet, ('ln', t) numbered,
    ('q', t) quoted e-mail text, ('i', t) italic, ('small', t), ('sp',) empty, ('tbl', rows[, widths]),
    ('ind', t) indented, callable(d)."""
    for b in blocks:
        if callable(b):
            b(d)
            continue
        if isinstance(b, str):
            add_text(d.add_paragraph(), b)
            continue
        kind = b[0]
        if kind == "sp":
            d.add_paragraph()
        elif kind == "h":
            add_text(d.add_paragraph(), b[1], bold=True)
        elif kind in ("H1", "H2", "H3"):
            p = d.add_paragraph(style="Heading %s" % kind[1])
            add_text(p, b[1])
        elif kind == "title":
            p = d.add_paragraph(style="Title")
            add_text(p, b[1])
        elif kind == "c":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, b[1], bold=True, size=b[2] if len(b) > 2 else None)
        elif kind == "ct":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_text(p, b[1])
        elif kind == "r":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            add_text(p, b[1])
        elif kind == "j":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            add_text(p, b[1])
        elif kind == "li":
            add_text(d.add_paragraph(style="List Bullet"), b[1])
        elif kind == "ln":
            add_text(d.add_paragraph(style="List Number"), b[1])
        elif kind == "ind":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            add_text(p, b[1])
        elif kind == "q":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            _border_left(p)
            add_text(p, b[1])
            for r in p.runs:
                r.font.color.rgb = RGBColor(0x50, 0x50, 0x50)
        elif kind == "i":
            add_text(d.add_paragraph(), b[1], italic=True)
        elif kind == "small":
            add_text(d.add_paragraph(), b[1], size=9)
        elif kind == "hdr":  # e-mail header block: one paragraph, line breaks, smaller
            p = d.add_paragraph()
            add_text(p, b[1], size=10)
        elif kind == "tbl":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.paragraphs[0].text = ""
                    add_text(cell.paragraphs[0], val, bold=(i == 0))
            d.add_paragraph()
        else:
            raise ValueError(kind)


def build(name, blocks, author, created, rows=(), problems=(), note="", font=("Calibri", 11),
          tc_author="", tc_date="2026-01-01T09:00:00Z", header=None, footer=None, last_modified_by=None,
          title=None, margins=None):
    assert name.startswith(PREFIX), name
    _state["tc_author"], _state["tc_date"] = tc_author, tc_date
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font[0]
    st.font.size = Pt(font[1])
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font[0])
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    m = margins or (2.5, 2, 2, 2)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = [Cm(x) for x in m]
    if header:
        p = sec.header.paragraphs[0]
        add_text(p, header, size=9)
    if footer:
        p = sec.footer.paragraphs[0]
        add_text(p, footer, size=8)
    render(d, blocks)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = last_modified_by if last_modified_by is not None else author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2, minutes=17)
    cp.title = title or ""
    cp.revision = 3
    d.save(os.path.join(OUT, name))
    FILES.append(name)
    for r in rows:
        q, doc, verdict, expert, date, lki = (list(r) + [None])[:6]
        assert doc in ("MIP", "PKE"), r
        assert verdict in ("supported", "needs_corrections", "not_supported", "unknown"), r
        if lki is None:
            lki = REGISTER.get(q, "")
        ROWS.append([name, q, doc, verdict, expert, date, lki])
    for c in problems:
        assert c in ("no_verdict", "unknown_qualification", "conflict"), c
        PROBLEMS.append([name, c])
    NOTES.append((name, note))


def T(y, mo, d, h=10, mi=0):
    return dt.datetime(y, mo, d, h, mi, 0)


# =====================================================================================
# FILES
# =====================================================================================

# ---------------------------------------------------------------- 01 letter, one qualification, both documents
build(
    "r24a01_Vitols_atzinums_mebelu galdnieks.docx",
    [
        ("r", "SIA „Vītola mēbeles”\nRīgā, 2026.\u00a0gada 17.\u00a0februārī"),
        ("sp",),
        "LDDK projekta koordinatorei\nIevai Strautiņai",
        ("sp",),
        ("h", "Par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un kvalifikācijas eksāmena satura ekspertīzi"),
        "Labdien!",
        ("j", "Esmu iepazinies ar darba grupas iesniegto mēbeļu galdnieka (LKI\u00a04.\u00a0līmenis) modulārās izglītības programmas projektu un profesionālās kvalifikācijas eksāmena saturu. Vērtēju, cik lielā mērā abi dokumenti atbilst profesionālās kvalifikācijas prasībām un tam, ko mūsu uzņēmumā sagaidām no jauna darbinieka pirmajā darba gadā."),
        ("h", "Par programmu"),
        ("j", "Kopumā programmas struktūra ir loģiska, moduļu secība atbilst tam, kā galdnieks reāli apgūst amatu – no materiālu pazīšanas līdz sarežģītu izstrādājumu montāžai. Tomēr pamanīju vairākas lietas, kas būtu jālabo:"),
        ("li", "modulī „Korpusa mēbeļu izgatavošana” nav minēts darbs ar CNC apstrādes centru, lai gan mūsdienās praktiski neviens uzņēmums bez tā neiztiek; pietiktu ar pamatprasmēm – programmas ielāde, sagataves nostiprināšana, pirmās detaļas kontrole;"),
        ("li", "virsmu apdares modulī joprojām dominē nitrolakas, bet ūdens bāzes pārklājumi pieminēti tikai garāmejot; tas neatbilst ne tirgum, ne darba aizsardzības prasībām;"),
        ("li", "praktisko mācību stundu sadalījums starp skolu un uzņēmumu nav skaidrs – 2.\u00a0pielikuma tabulā summa nesakrīt ar kopējo apjomu (trūkst 40 stundu)."),
        ("h", "Par eksāmenu"),
        ("j", "Eksāmena praktiskais uzdevums (kumodes ar atvilktnēm izgatavošana pēc rasējuma) ir labi izvēlēts, tas aptver gan darba plānošanu, gan apstrādi, gan montāžu. Vērtēšanas kritēriji ir konkrēti un izmērāmi, laika normas reālas. Teorētiskās daļas jautājumi atbilst kvalifikācijas prasībām. Būtisku iebildumu man nav."),
        ("h", "Slēdziens"),
        ("j", "Modulārās izglītības programmas saturs ir atbalstāms, taču virzīt to saskaņošanai iesaku tikai pēc tam, kad darba grupa būs ņēmusi vērā iepriekš minētos precizējumus. Profesionālās kvalifikācijas eksāmena saturu atbalstu, un to var virzīt saskaņošanai pašreizējā redakcijā."),
        ("sp",),
        "Ar cieņu,",
        "Kristaps Vītols\nSIA „Vītola mēbeles” ražošanas vadītājs",
    ],
    author="Kristaps Vītols", created=T(2026, 2, 17, 15, 40), font=("Times New Roman", 12),
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Kristaps Vītols", "2026-02-17", 4),
          ("mēbeļu galdnieks", "PKE", "supported", "Kristaps Vītols", "2026-02-17", 4)],
    note="Formal letter with place/date top right, per-document remarks, 'Slēdziens' heading; MIP conditional in the same sentence ('atbalstāms, taču virzīt ... tikai pēc tam'), PKE first person 'atbalstu'. 'Būtisku iebildumu man nav' in body.",
)

# ---------------------------------------------------------------- 02 Outlook LV headers, no diacritics, PKE only
build(
    "r24a02_RE elektromontieris PKE.docx",
    [
        ("hdr", "**No:** Raitis Sproģis <raitis.sprogis@elektromezgls.lv>\n**Nosūtīts:** otrdiena, 2026. gada 10. marts 14:22\n**Kam:** Ieva Strautiņa <ieva.strautina@lddk.lv>\n**Tēma:** RE: Elektromontiera PKE ekspertize"),
        ("sp",),
        "Sveika, Ieva!",
        "Izskatiju elektromontiera eksamena saturu. Praktiskais uzdevums (sadales skapja montaza, pieslegsana un parbaude ar mernieriem) ir atbilstoss, vertesanas kriteriji saprotami. Teorijas testa 14. un 22. jautajums faktiski dublejas, bet tas ir sikums, var atstat ka ir.",
        "PKE saturu atbalstu, var virzit saskanosanai.",
        "MIP sho reizi skatija Andris no Ventspils, es to neesmu vertejis, tapec par programmu neko nerakstu.",
        "Raitis",
        ("sp",),
        ("hdr", "**No:** Ieva Strautiņa <ieva.strautina@lddk.lv>\n**Nosūtīts:** piektdiena, 2026. gada 27. februāris 09:05\n**Kam:** Raitis Sproģis <raitis.sprogis@elektromezgls.lv>\n**Tēma:** Elektromontiera PKE ekspertīze"),
        "Labdien, Raiti!",
        "Pielikumā elektromontiera (LKI 3. līmenis) PKE saturs ekspertīzei. Lūdzu līdz 13. martam sniegt atzinumu, vai saturs ir atbalstāms un virzāms saskaņošanai, vai tomēr nepieciešami precizējumi, vai arī saturs nav atbalstāms.",
        "Paldies!\nIeva Strautiņa\nLDDK projekta koordinatore",
    ],
    author="Ieva Strautiņa", created=T(2026, 3, 10, 15, 2),
    rows=[("elektromontieris", "PKE", "supported", "Raitis Sproģis", "2026-03-10", 3)],
    note="Outlook reply pasted into Word, Latvian headers; reply typed without diacritics ('atbalstu, var virzit saskanosanai'). The quoted request lists all three options (not a verdict). MIP explicitly reviewed by someone else -> no MIP row. Expert = sender (signature is only the first name). Date = Nosūtīts of the reply.",
)

# ---------------------------------------------------------------- 03 numbered sections, two qualifications
build(
    "r24a03_Kalnins_ekspertize_kokapstrade_galigais.docx",
    [
        ("c", "EKSPERTA ATZINUMS", 14),
        ("ct", "par kompetencēs balstītu modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu saturu kokrūpniecības nozarē"),
        ("sp",),
        ("j", "Saskaņā ar LDDK deleģējumu esmu izvērtējis divu savstarpēji saistītu kvalifikāciju dokumentus, ko sagatavojusi profesionālās izglītības kompetences centra darba grupa. Vērtējot izmantoju kokrūpniecības nozares kvalifikāciju struktūru un 2025.\u00a0gadā aktualizētās profesionālās kvalifikācijas prasības, kā arī savu pieredzi, strādājot ar vairāku uzņēmumu jaunajiem darbiniekiem."),
        ("h", "1. Kokapstrādes iekārtu operators (LKI 3. līmenis)"),
        ("j", "**1.1. Modulārā izglītības programma.** Programma ir labi sabalansēta: pamatmoduļos pietiekami daudz laika atvēlēts koksnes īpašībām un griezējinstrumentu sagatavošanai, bet specializācijas moduļi (zāģēšana, ēvelēšana, frēzēšana) veidoti kā secīgi praktiski darbi. Darba aizsardzība iekļauta katrā modulī, nevis atsevišķi – tas ir pareizi. Programmu vērtēju pozitīvi un uzskatu, ka to var nodot saskaņošanai bez labojumiem."),
        ("j", "**1.2. Eksāmena saturs.** Praktiskais uzdevums (detaļu partijas izgatavošana pēc tehnoloģiskās kartes) ir atbilstošs līmenim. Vērtēšanas lapā tomēr nav neviena kritērija par darba drošību un iekārtas sagatavošanu pirms darba, lai gan tieši te jaunie operatori visbiežāk kļūdās. Eksāmena saturs kopumā ir atbalstāms, bet pirms saskaņošanas vērtēšanas lapa jāpapildina ar šiem kritērijiem."),
        ("h", "2. Datorizētu kokapstrādes iekārtu operators (LKI 4. līmenis)"),
        ("j", "**2.1. Modulārā izglītības programma.** Programmas kodols – CNC iekārtu vadība un programmēšana – ir aprakstīts detalizēti un kompetenti. Atbalstu programmu ar nosacījumu, ka modulis „CNC iekārtu programmēšana” tiek papildināts ar CAM programmatūras pamatiem un ka mācību rezultātos tiek iekļauta instrumentu nodiluma kontrole. Bez šiem papildinājumiem programmu saskaņošanai nevirzītu."),
        ("j", "**2.2. Eksāmena saturs.** Eksāmena uzdevums neatbilst 4.\u00a0līmenim – tas ir gandrīz tas pats, kas 3.\u00a0līmeņa operatoram (gatavas programmas ielāde un detaļas apstrāde), bez patstāvīgas programmas sagatavošanas vai korekcijas. Teorētiskajā daļā nav jautājumu par koordinātu sistēmām un instrumentu korekcijām. Šādā veidā eksāmena saturu neatbalstu; pēc pārstrādes lūdzu to iesniegt atkārtotai ekspertīzei."),
        ("sp",),
        "Jelgavā, 03.03.2026.",
        ("sp",),
        "Dr.sc.ing. Andris Kalniņš\nkoksnes apstrādes tehnoloģiju docents, kokrūpniecības nozares eksperts",
    ],
    author="Andris Kalniņš", created=T(2026, 3, 3, 11, 20),
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Andris Kalniņš", "2026-03-03", 3),
          ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Andris Kalniņš", "2026-03-03", 3),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Andris Kalniņš", "2026-03-03", 4),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported", "Andris Kalniņš", "2026-03-03", 4)],
    note="Two qualifications in numbered sections 1./2. with sub-points per document. Verdict wordings: 'vērtēju pozitīvi ... var nodot saskaņošanai bez labojumiem' (supported), 'atbalstāms, bet pirms saskaņošanas ... jāpapildina' (needs corr.), 'Atbalstu ... ar nosacījumu' (needs corr.), 'neatbalstu; ... atkārtotai ekspertīzei' (not supported). Academic title Dr.sc.ing. dropped from expert; place+date line at the end.",
)

# ---------------------------------------------------------------- 04 NOT a review: minutes
build(
    "r24a04_protokols_darba grupa 2026-02-12.docx",
    [
        ("c", "PROTOKOLS Nr. 3"),
        ("ct", "Kokrūpniecības nozares MIP un PKE darba grupas sanāksme"),
        ("ct", "Tiešsaistē (MS Teams), 2026. gada 12. februārī, plkst. 10.00–11.45"),
        ("sp",),
        "**Piedalās:** Ieva Strautiņa (LDDK, projekta koordinatore), Andris Kalniņš (nozares eksperts), Kristaps Vītols (nozares eksperts), Sandra Eglīte (VISC), Jolanta Priede, Arnis Vanags (profesionālās izglītības kompetences centra darba grupa), Marta Lapiņa (LDDK, protokolē).",
        "**Darba kārtība:**",
        ("ind", "1. Informācija par ekspertīžu gaitu projekta 4. posmā."),
        ("ind", "2. Mēbeļu galdnieka un būvizstrādājumu galdnieka MIP projektu apspriešana."),
        ("ind", "3. Dažādi."),
        ("h", "1. Informācija par ekspertīžu gaitu"),
        ("j", "I. Strautiņa informēja, ka kokrūpniecības nozarē ekspertīzes notiek atbilstoši grafikam. Atgādināja, ka eksperti atzinumā katram dokumentam norāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms, un ka atzinumi jāiesniedz koordinatorei elektroniski divu nedēļu laikā pēc dokumentu saņemšanas."),
        ("h", "2. MIP projektu apspriešana"),
        ("j", "K. Vītols norādīja, ka nozares uzņēmumi atbalsta lielāku darba vidē balstītu mācību īpatsvaru un ir gatavi uzņemt audzēkņus praksē, ja skolas laikus vienojas par prakses plāniem. A. Kalniņš aicināja darba grupu programmās vienādi formulēt mācību rezultātus par CNC iekārtām abām galdnieku kvalifikācijām. S. Eglīte informēja, ka VISC sniegs skolām metodisko atbalstu mācību rezultātu formulēšanā un martā organizēs semināru."),
        ("j", "J. Priede uzsvēra, ka darba grupai būs nepieciešams vairāk laika precizējumu veikšanai, jo vienlaikus tiek gatavoti arī PKE materiāli."),
        ("h", "3. Dažādi"),
        ("j", "Nākamā sanāksme – 2026. gada 12. martā."),
        ("h", "NOLĒMA:"),
        ("ind", "1. Informāciju par ekspertīžu gaitu pieņemt zināšanai."),
        ("ind", "2. Darba grupai precizēt mēbeļu galdnieka un būvizstrādājumu galdnieka MIP projektus līdz 2026. gada 27. februārim un iesniegt tos ekspertīzei."),
        ("ind", "3. LDDK nodrošināt PKE projektu nosūtīšanu ekspertiem līdz 2026. gada 6. martam."),
        ("sp",),
        "Sanāksmes vadītāja\t\t\tI. Strautiņa",
        "Protokolēja\t\t\t\tM. Lapiņa",
    ],
    author="Marta Lapiņa", created=T(2026, 2, 12, 13, 5),
    rows=[], problems=["no_verdict"],
    note="NOT a review: working-group minutes. Lists the three verdict options, 'uzņēmumi atbalsta', 'metodisko atbalstu', names experts and qualifications, mentions MIP/PKE deadlines. No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 05 repeated review, MIP only, history
build(
    "r24a05_elektrotehnikis_MIP_atkartota ekspertize_Ozolina.docx",
    [
        "**Mg.sc.ing. Līga Ozoliņa**\nEnerģētikas nozares eksperte",
        ("sp",),
        ("c", "Atkārtotas ekspertīzes atzinums par profesionālās kvalifikācijas „Elektrotehniķis” modulārās izglītības programmu"),
        ("r", "Datums: 2026-03-25"),
        ("j", "Šī ir otrā šīs programmas ekspertīze. Pirmo reizi programmu vērtēju 2026. gada janvārī, un toreiz to neatbalstīju – galvenokārt tāpēc, ka tajā nebija atjaunoto elektrodrošības prasību, trūka moduļa par atjaunīgās enerģijas iekārtu pieslēgšanu un praktisko darbu apraksti bija pārāk vispārīgi. Darba grupa ir atsūtījusi labotu redakciju kopā ar izmaiņu tabulu."),
        ("j", "Pārbaudīju katru no 11 iepriekšējām piezīmēm. Desmit no tām ir ņemtas vērā pilnībā. Viena (par stundu skaitu modulī „Elektriskās mašīnas”) ņemta vērā daļēji, taču darba grupas paskaidrojums par to, ka daļa tēmu pārcelta uz moduli „Elektropiedziņa”, ir pieņemams. Jaunais modulis „Saules elektrostacijas un uzkrāšanas sistēmas” ir veidots labi un atbilst tam, ko nozare šobrīd pieprasa."),
        ("j", "Eksāmena saturs šajā kārtā netika iesniegts un šajā atzinumā nav vērtēts (PKE saturu atbalstīju jau janvārī, un tajā izmaiņas nav veiktas)."),
        ("h", "Secinājums"),
        ("j", "Labotā programma ir atbalstāma, un iesaku to virzīt saskaņošanai. Papildu precizējumi nav nepieciešami."),
        ("sp",),
        "L. Ozoliņa",
    ],
    author="Līga Ozoliņa", created=T(2026, 3, 25, 9, 30),
    rows=[("elektrotehniķis", "MIP", "supported", "Līga Ozoliņa", "2026-03-25", 4)],
    note="Repeat review of MIP only. History ('toreiz to neatbalstīju') must not count; PKE explicitly not submitted/not assessed in this file (earlier PKE verdict only recalled) -> no PKE row. 'Papildu precizējumi nav nepieciešami' = no corrections. Full name in letterhead with Mg.sc.ing., initial at the bottom -> full name.",
)

# ---------------------------------------------------------------- 06 letterhead name+role, alias VGK
build(
    "r24a06_VGK remontatslēdznieks atzinums Liepiņš.docx",
    [
        ("small", "**Edgars Liepiņš**\nSIA „Klimata serviss”, tehniskais direktors\nedgars.liepins@klimataserviss.lv, +371 29 114 532"),
        ("sp",),
        ("h", "Atzinums par VGK iekārtu remontatslēdznieka MIP un PKE saturu (LKI 3. līmenis)"),
        ("r", "Rīgā, 2026. gada 2. aprīlī"),
        ("j", "Dokumentus saņēmu 20. martā. Vērtēju tos, salīdzinot ar ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka profesionālās kvalifikācijas prasībām un ar mūsu servisa ikdienas darbu – pārsvarā tās ir biroju ēku un tirdzniecības centru sistēmas."),
        ("j", "Programmā ir labi aprakstīti ventilācijas iekārtu apkopes darbi, filtru klases un gaisa daudzuma mērīšana. Vājākā vieta ir dzesēšanas daļa: modulī „Dzesēšanas iekārtu apkope” nav nekā par darbu ar fluorētajām siltumnīcefekta gāzēm, noplūžu pārbaudi un attiecīgo sertifikāciju, lai gan bez tā remontatslēdznieks pie kondicioniera faktiski nedrīkst strādāt. Vairākās vietās ir atsauces uz MK noteikumiem, kas jau zaudējuši spēku."),
        ("j", "Programma kopumā ir atbalstāma. Tomēr pirms tās virzīšanas saskaņošanai darba grupai jāpapildina dzesēšanas iekārtu modulis un jāizlabo normatīvo aktu atsauces."),
        ("j", "Ar eksāmenu ir sliktāk. Praktiskais uzdevums paredz tikai filtru nomaiņu un vizuālu apskati – tas ir par maz, lai pārliecinātos, ka cilvēks spēj patstāvīgi veikt remontu. Teorijas daļā apmēram trešdaļa jautājumu attiecas uz apkures katliem, kas nav šīs kvalifikācijas saturs. Eksāmena saturu šādā redakcijā atbalstīt nevaru: tas jāpārstrādā, un pēc tam labprāt to izskatīšu vēlreiz."),
    ],
    author="Edgars Liepiņš", created=T(2026, 4, 2, 16, 45), font=("Arial", 10),
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", "Edgars Liepiņš", "2026-04-02", 3),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", "Edgars Liepiņš", "2026-04-02", 3)],
    note="Letterhead with name and role above the title, no closing signature. Qualification by alias 'VGK iekārtu remontatslēdznieka' (genitive) in the title. MIP condition in the NEXT sentence ('Tomēr pirms tās virzīšanas ... jāpapildina'); PKE 'atbalstīt nevaru'.",
)

# ---------------------------------------------------------------- 07 Gmail, English headers, quoted request
build(
    "r24a07_Re_ ekspertize motorzaga operators (Krumins).docx",
    [
        ("hdr", "**Gmail** - Re: ekspertīze – motorzāģa operators"),
        ("hdr", "**Gatis Krūmiņš** <gatis.krumins@mezakopeji.lv>\t\t\tMon, Mar 16, 2026 at 9:41 AM\nTo: Ieva Strautiņa <ieva.strautina@lddk.lv>"),
        "Sveiki!",
        "Paskatījos abus dokumentus. Programmai iebildumu nav, moduļi sakārtoti loģiski, motorzāģa apkopes un koku gāšanas tehnikas sadaļas ir pat labākas nekā iepriekšējā standartā. Var virzīt tālāk uz saskaņošanu.",
        "Ar eksāmenu ir sliktāk — praktiskajā daļā ir tikai zāģēšana krautuvē (sortimentu sagarumošana), bet nav koka gāšanas ar virziena iegriezumu, kas taču ir šīs profesijas pamats. Tas jāpapildina. Kad tas būs izdarīts, eksāmenu var saskaņot, pārējais saturs ir ok.",
        "Gatis",
        ("sp",),
        "On Thu, Mar 5, 2026 at 3:10 PM Ieva Strautiņa <ieva.strautina@lddk.lv> wrote:",
        ("q", "Labdien, Gati!\nPielikumā motorzāģa operatora MIP un PKE projekti. Lūdzu atzinumā katram dokumentam norādīt vienu no variantiem: „atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „nav atbalstāms”.\nPaldies!\nIeva"),
    ],
    author="Ieva Strautiņa", created=T(2026, 3, 16, 10, 2), font=("Arial", 10),
    rows=[("motorzāģa operators", "MIP", "supported", "Gatis Krūmiņš", "2026-03-16", 3),
          ("motorzāģa operators", "PKE", "needs_corrections", "Gatis Krūmiņš", "2026-03-16", 3)],
    note="Gmail print pasted into Word, English header line; quoted coordinator request lists all three canonical options (must not count). MIP: 'iebildumu nav ... Var virzīt tālāk uz saskaņošanu' (supported). PKE: missing task 'jāpapildina. Kad tas būs izdarīts, eksāmenu var saskaņot' (needs corrections). Author = coordinator.",
)

# ---------------------------------------------------------------- 08 very short
build(
    "r24a08_Kalejs MMO PKE.docx",
    [
        "**Par meža mašīnu operatora PKE**",
        "Izskatīju. Saturs atbilst kvalifikācijas prasībām, uzdevumi reāli (harvestera un forvardera darbs cirsmā, ikdienas apkope). Saturs ir atbalstāms un virzāms saskaņošanai.",
        "J. Kalējs, 12.02.2026.",
    ],
    author="", created=T(2026, 2, 12, 18, 10),
    rows=[("meža mašīnu operators", "PKE", "supported", "J. Kalējs", "2026-02-12", 3)],
    note="Three-line note, PKE only, canonical wording. Only initial + surname -> 'J. Kalējs'. Empty author property. File name uses abbreviation MMO.",
)

# ---------------------------------------------------------------- 09 unknown qualification, both docs
build(
    "r24a09_Purina_plātņu operators_atzinums.docx",
    [
        ("h", "Ekspertīzes atzinums: Kokskaidu plātņu ražošanas operators (LKI 3. līmenis)"),
        ("j", "Darba grupa iesniedza vērtēšanai kvalifikācijas „Kokskaidu plātņu ražošanas operators” modulārās izglītības programmu un kvalifikācijas eksāmena saturu. Jāatzīmē, ka šāda kvalifikācija nozarē ir jauna un līdz šim plātņu ražotāji operatorus apmācīja paši, uz vietas. Tāpēc vērtēju ne tikai dokumentu atbilstību formālajām prasībām, bet arī to, vai pēc šīs programmas sagatavots jaunietis spētu strādāt reālā ražotnē bez papildu apmācības."),
        ("j", "Par programmu. Labi aprakstīta šķeldas un skaidu sagatavošana, žāvēšana un šķirošana. Piezīmes:"),
        ("ln", "presēšanas modulī jāiekļauj nepārtrauktās preses vadība, jo daudzstāvu preses Latvijā vairs praktiski netiek izmantotas;"),
        ("ln", "jāpapildina ar līmvielu (sveķu) dozēšanu un formaldehīda emisiju kontroli;"),
        ("ln", "modulī „Kvalitātes kontrole” jāmin plātņu fizikāli mehānisko īpašību testēšana laboratorijā;"),
        ("ln", "stundu skaits darba vidē balstītām mācībām jāsaskaņo ar uzņēmumiem – 640 stundas divos uzņēmumos, kas Latvijā ražo plātnes, nav reāli nodrošināmas visiem audzēkņiem."),
        ("j", "Par eksāmenu. Uzdevuma ideja (līnijas iestatīšana noteikta biezuma plātnei un kvalitātes rādītāju pārbaude) ir laba. Piezīmes:"),
        ("ln", "vērtēšanas kritērijos jānorāda pieļaujamās novirzes skaitliski, nevis „atbilstoši prasībām”;"),
        ("ln", "jāparedz alternatīva, ja eksāmenu nevar kārtot ražotnē (piemēram, simulators vai laboratorijas prese)."),
        ("h", "Noslēgumā"),
        ("j", "Abi dokumenti ir atbalstāmi, bet saskaņošanai virzāmi tikai pēc tam, kad būs veikti šajā atzinumā minētie precizējumi (programmā – 1.–4. piezīme, eksāmenā – 5. un 6. piezīme)."),
        ("sp",),
        "Ināra Puriņa, kokrūpniecības nozares eksperte\n11.05.2026",
    ],
    author="Ināra Puriņa", created=T(2026, 5, 11, 14, 0),
    rows=[("kokskaidu plātņu ražošanas operators", "MIP", "needs_corrections", "Ināra Puriņa", "2026-05-11", 3),
          ("kokskaidu plātņu ražošanas operators", "PKE", "needs_corrections", "Ināra Puriņa", "2026-05-11", 3)],
    problems=["unknown_qualification"],
    note="Qualification not in the register (a plausible new wood-sector one) -> name as written, nominative lower case; LKI 3 stated in the title. One sentence covers both documents ('Abi dokumenti ir atbalstāmi, bet ... virzāmi tikai pēc ... precizējumi'). Numbered remarks continue across sections (Word list numbering).",
)

# ---------------------------------------------------------------- 10 long memo, module remarks, MIP only
build(
    "r24a10_MIP mehatronika_Silis_komentari_v2.docx",
    [
        ("H1", "Komentāri un atzinums par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” modulārās izglītības programmas projektu (2. redakcija)"),
        ("H2", "Ievads"),
        ("j", "Darba grupa programmas projektu man nosūtīja 2026. gada 23. februārī. Šis ir otrais vērtētais variants – pirmo redakciju decembrī skatīju neformāli, sniedzot tikai ieteikumus, oficiāla atzinuma tai nebija. Vērtēju programmas atbilstību profesionālās kvalifikācijas prasībām (LKI 4. līmenis), mašīnbūves un metālapstrādes nozares kvalifikāciju struktūrai un tam, ko nozares uzņēmumi šobrīd sagaida no mehatronikas speciālista. Eksāmena saturu šoreiz vērtē cits eksperts, tāpēc par PKE šeit neizsakos."),
        ("H2", "Vispārīgās piezīmes"),
        ("j", "Programmas kopējā uzbūve – pamatmoduļi, specializācijas moduļi un izvēles moduļi – ir saprotama, un salīdzinājumā ar iepriekšējo variantu tā ir kļuvusi daudz pārskatāmāka. Pozitīvi vērtēju, ka mācību rezultāti lielākoties formulēti kā darbības, ko izglītojamais spēj veikt, nevis kā tēmas, kas jāizņem. Tomēr vietām (īpaši 3. un 7. modulī) rezultāti joprojām sākas ar „zina” un „pārzina”, un tādus praksē nav iespējams pārbaudīt."),
        ("j", "Programmā daudzviet lietots termins „iekārta”, kur būtu jābūt „sistēma” vai „mezgls”. Tas nav būtiski, bet terminoloģiju vajadzētu vienādot."),
        ("H2", "Piezīmes par moduļiem"),
        ("j", "**Modulis „Tehniskā dokumentācija un rasēšana”.** Labi, ka iekļauts darbs ar 3D modelēšanas programmatūru. Ieteiktu pievienot arī elektrisko un pneimatisko shēmu lasīšanu vienotā projektā, jo praksē tehniķis strādā tieši ar šādu dokumentāciju."),
        ("j", "**Modulis „Elektrotehnika un elektronika”.** Saturs atbilstošs, stundu skaits (120) pietiekams."),
        ("j", "**Modulis „Pneimatika un hidraulika”.** Šis modulis pašreizējā redakcijā nav atbalstāms: tajā nav ne elektropneimatikas, ne proporcionālās hidraulikas, un laboratorijas darbi aprakstīti tikai vispārīgi („veic praktiskos darbus”). Modulis jāpapildina ar konkrētiem darbiem – shēmas montāža pēc dokumentācijas, regulēšana, bojājumu meklēšana."),
        ("j", "**Modulis „Programmējamie loģiskie kontrolleri”.** Būtiskākais modulis visā programmā, un te darba grupa ir paveikusi labu darbu. Vienīgi programmēšanas valodu uzskaitījumā būtu jāmin IEC 61131-3 standarta valodas, nevis konkrēta ražotāja programmatūra."),
        ("j", "**Modulis „Rūpnieciskā robotika”.** Mācību rezultātos trūkst drošības aspektu darbam ar kolaboratīvajiem robotiem. Iesaku papildināt."),
        ("j", "**Modulis „Mehatronisko sistēmu apkope un diagnostika”.** Vajadzētu skaidri nodalīt plānoto (profilaktisko) apkopi un bojājumu novēršanu; šobrīd abas ir sajauktas vienā mācību rezultātā."),
        ("j", "**Modulis „Darba vidē balstītas mācības”.** Nav norādīts, kā tiek vērtēti uzņēmumā sasniegtie mācību rezultāti. Tas jāprecizē, citādi uzņēmumiem nebūs skaidrs, kas no tiem tiek sagaidīts."),
        ("j", "**Izvēles moduļi.** Piedāvājums (aditīvā ražošana, mašīnredze, energoefektivitāte) ir mūsdienīgs. Iebildumu nav."),
        ("H2", "Kopvērtējums"),
        ("j", "Kopumā programma ir kvalitatīva un atbilst nozares vajadzībām. Mehatronisko sistēmu tehniķa MIP ir atbalstāma; saskaņošanai to virzīt iesaku pēc tam, kad būs veikti precizējumi moduļos „Pneimatika un hidraulika” un „Darba vidē balstītas mācības”. Pārējās piezīmes ir ieteikumi, kuru ņemšanu vērā atstāju darba grupas ziņā."),
        ("sp",),
        "Rīgā, 2026. gada 9. martā",
        ("sp",),
        "Dr.sc.ing. Normunds Sīlis\nMašīnbūves tehnoloģiju institūta asociētais profesors",
    ],
    author="Normunds Sīlis", created=T(2026, 3, 9, 20, 15), font=("Cambria", 11),
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Normunds Sīlis", "2026-03-09", 4)],
    note="Long memo (~2 pages) with Word headings and remarks per module. One module 'pašreizējā redakcijā nav atbalstāms' in the body; the 'Kopvērtējums' outranks it: MIP atbalstāma, virzīt pēc precizējumiem. PKE explicitly reviewed by another expert -> no row. Earlier informal round mentioned.",
)

# ---------------------------------------------------------------- 11 hasty, no diacritics, two qualifications
build(
    "r24a11_berzins_energetika.docx",
    [
        "Atzinums - elektromontieris un elektrotehnikis (Aivars Berzins)",
        "Sveiki, nosutu savu vertejumu, atvainojos par kavesanos.",
        "**Elektromontieris** (3.LKI) - MIP atbalstu, programma laba, prakses apjoms pietiekams, drosibas jautajumi ieklauti visos modulos. PKE atbalstu ar precizejumiem: jaizlabo vertesanas lapa (punktu summa nesanak 100), jaizmet jautajums par 0,4 kV gaisvadu liniju montazu ar kailvadiem, jo tadas vairs nebuve, un tad var virzit saskanosanai.",
        "**Elektrotehnikis** (4.LKI) - diemzel abi dokumenti pagaidam neatbalstami. MIP faktiski nokopeta no elektromontiera programmas, tikai palielinats stundu skaits, nav ne automatizacijas, ne releju aizsardzibas, ne projektesanas pamatu. PKE uzdevums atbilst 3. limenim, ne 4. Abiem vajag parstradi un atkartotu ekspertizi.",
        "Ja ir jautajumi - zvaniet.",
        "14.04.2026\nA. Berzins",
    ],
    author="aivarsb", created=T(2026, 4, 14, 22, 48),
    rows=[("elektromontieris", "MIP", "supported", "Aivars Berzins", "2026-04-14", 3),
          ("elektromontieris", "PKE", "needs_corrections", "Aivars Berzins", "2026-04-14", 3),
          ("elektrotehniķis", "MIP", "not_supported", "Aivars Berzins", "2026-04-14", 4),
          ("elektrotehniķis", "PKE", "not_supported", "Aivars Berzins", "2026-04-14", 4)],
    note="Hasty note without diacritics; qualifications as bold run-in labels inside the paragraphs. 'atbalstu ar precizejumiem ... un tad var virzit' (needs corr.); 'abi dokumenti pagaidam neatbalstami' covers MIP and PKE of elektrotehnikis. Full name (without diacritics) in the first line, initial at the end -> 'Aivars Berzins' as written.",
)

# ---------------------------------------------------------------- 12 NOT a review: instructions + assignment table
build(
    "r24a12_Instrukcija ekspertiem_sadalijums_5posms.docx",
    [
        ("hdr", "**From:** Ieva Strautiņa <ieva.strautina@lddk.lv>\n**Sent:** Wednesday, April 1, 2026 8:52 AM\n**To:** nozaru eksperti\n**Subject:** 5. posma ekspertīzes – sadalījums un norādījumi"),
        ("sp",),
        "Labdien, godātie eksperti!",
        ("j", "Sākas projekta 5. posms (2026. gada 1. aprīlis – 31. jūlijs). Zemāk – ekspertīžu sadalījums un termiņi. Dokumentus (MIP un/vai PKE projektus) darba grupas nosūtīs tieši jums, kopiju – man."),
        ("tbl", [["Kvalifikācija", "Eksperts", "Dokumenti", "Termiņš"],
                 ["Mēbeļu galdnieks", "U. Rozentāls", "MIP", "17.04.2026."],
                 ["Būvizstrādājumu galdnieks", "U. Rozentāls", "MIP", "17.04.2026."],
                 ["Koka izstrādājumu ražošanas tehniķis", "L. Pētersone", "MIP, PKE", "30.04.2026."],
                 ["Elektrotehniķis", "M. Grīnbergs", "MIP, PKE", "15.05.2026."],
                 ["VGK sistēmu tehniķis", "J. Zariņš", "MIP, PKE", "24.04.2026."],
                 ["Motorzāģa operators, meža mašīnu operators", "I. Dzenis", "PKE", "08.05.2026."]]),
        ("j", "Atgādinu, ka atzinuma brīvā forma ir pieļaujama, taču noslēgumā katram dokumentam lūdzu skaidri norādīt vienu no trim vērtējumiem:"),
        ("ln", "saturs ir atbalstāms un virzāms saskaņošanai;"),
        ("ln", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;"),
        ("ln", "saturs nav atbalstāms."),
        ("j", "Ja dokuments iepriekšējā kārtā netika atbalstīts, lūdzu atzinumā īsi norādīt, vai iepriekšējās piezīmes ir ņemtas vērā. Atzinumā lūdzu norādīt savu vārdu, uzvārdu un datumu – pagājušajā posmā vairāki atzinumi bija bez datuma."),
        "Paldies par atbalstu un sadarbību!",
        "Ieva Strautiņa\nLDDK projekta koordinatore",
    ],
    author="Ieva Strautiņa", created=T(2026, 4, 1, 9, 0),
    rows=[], problems=["no_verdict"],
    note="NOT a review: coordinator's instruction e-mail with assignment table (qualifications, experts, documents, deadlines) and the three verdict options as a numbered list; 'Paldies par atbalstu'. No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 13 conflict: summary vs conclusions
build(
    "r24a13_Abele_KIRT_atzinums.docx",
    [
        "Valdis Ābele, kokrūpniecības nozares eksperts\n2026-02-27",
        ("sp",),
        ("h", "Koka izstrādājumu ražošanas tehniķis – MIP un PKE ekspertīze"),
        ("i", "Īsumā: programma atbalstāma pēc precizējumiem; eksāmena saturs atbalstāms un virzāms saskaņošanai bez precizējumiem."),
        ("j", "Programma. Tehniķa līmenim atbilstoši ir aprakstīta ražošanas plānošana, tehnoloģiskās dokumentācijas sagatavošana un kvalitātes vadība. Trūkst ražošanas izmaksu aprēķina pamatu un darba ar ražošanas vadības sistēmām (ERP/MES) – bez tiem tehniķis uzņēmumā nevar pilnvērtīgi strādāt. Tas jāpapildina, pirms programmu sūta saskaņošanai."),
        ("j", "Eksāmens. Praktiskā uzdevuma ideja – izstrādāt tehnoloģisko procesu konkrētam izstrādājumam un aprēķināt materiālu patēriņu – ir laba. Vērtēšanas kritēriji ir aprakstīti visai vispārīgi, un teorētiskās daļas jautājumi lielā mērā atkārto galdnieka eksāmenu."),
        ("h", "Secinājumi"),
        ("ln", "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai."),
        ("ln", "PKE saturs nav atbalstāms – eksāmena uzdevumi jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."),
        ("sp",),
        "V. Ābele",
    ],
    author="Valdis Ābele", created=T(2026, 2, 27, 12, 30),
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Valdis Ābele", "2026-02-27", 4),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "unknown", "Valdis Ābele", "2026-02-27", 4)],
    problems=["conflict"],
    note="Two summary statements of equal standing disagree for PKE: the italic 'Īsumā' summary at the top says supported without corrections, the 'Secinājumi' say not supported; body remarks on PKE are mixed and do not settle it -> PKE unknown + conflict. MIP is consistent in both places (needs corrections).",
)

# ---------------------------------------------------------------- 14 MIP remarks without verdict, PKE supported
build(
    "r24a14_buvizstradajumu galdnieks - piezimes.docx",
    [
        ("h", "Būvizstrādājumu galdnieks (LKI 4)"),
        ("i", "Eksperta piezīmes"),
        ("j", "**Par eksāmenu.** Uzdevums – koka loga bloka ar vienu veramu vērtni izgatavošana pēc rasējuma, ieskaitot furnitūras iestrādi – ir tieši tas, ko šīs kvalifikācijas galdniekam jāprot. Laika norma (16 stundas divās dienās) ir reāla. Vērtēšanas kritēriji aptver precizitāti, salaidumu kvalitāti un darba drošību. Eksāmena saturs ir atbalstāms, un to var virzīt saskaņošanai."),
        ("j", "**Par programmu.** Programmu līdz šim izlasīju tikai daļēji – moduļus A1–A6. Piezīmes par tiem:"),
        ("li", "A2 „Koksnes materiāli” – jāpievieno līmētā koka (CLT, LVL) materiāli, kas būvniecībā kļūst arvien izplatītāki;"),
        ("li", "A4 – mācību rezultāts „pārzina logu un durvju konstrukcijas” nav pārbaudāms, jāformulē kā darbība;"),
        ("li", "A5 – ieteiktu kāpņu izgatavošanu izdalīt atsevišķā modulī."),
        ("j", "Pārējos moduļus (B1–B5 un izvēles moduļus) izskatīšu nākamnedēļ, un tad sniegšu vērtējumu par programmu kopumā."),
        ("sp",),
        "Pēteris Sniķers\n19.03.2026.",
    ],
    author="Pēteris Sniķers", created=T(2026, 3, 19, 17, 55),
    rows=[("būvizstrādājumu galdnieks", "MIP", "unknown", "Pēteris Sniķers", "2026-03-19", 4),
          ("būvizstrādājumu galdnieks", "PKE", "supported", "Pēteris Sniķers", "2026-03-19", 4)],
    problems=["no_verdict"],
    note="PKE: clear 'atbalstāms, un to var virzīt saskaņošanai'. MIP: partial remarks only, verdict explicitly postponed ('tad sniegšu vērtējumu par programmu kopumā') -> MIP unknown + no_verdict.",
)

# ---------------------------------------------------------------- 15 tracked changes in the conclusion
build(
    "r24a15_Klavina_mezsaimniecibas tehnikis_labots.docx",
    [
        ("c", "Atzinums par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” MIP un PKE saturu"),
        ("j", "Vērtēšanai saņēmu mežsaimniecības tehniķa modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena projektus (darba grupas 2026. gada 14. janvāra redakcija). Abi dokumenti sagatavoti rūpīgi, un redzams, ka darba grupā piedalījušies cilvēki ar praktisku pieredzi mežsaimniecībā."),
        ("j", "Programmā labi sabalansēti meža audzēšanas, meža aizsardzības un mežizstrādes organizēšanas moduļi. Ieteiktu vairāk uzmanības pievērst meža sertifikācijas prasībām un bioloģiskās daudzveidības saglabāšanai cirsmās, jo tas ikdienā ir viens no biežākajiem pārbaužu iemesliem.{+ Papildus modulī „Meža inventarizācija” jāiekļauj darbs ar ĢIS mobilajām lietotnēm un attālās izpētes datiem – bez tā programma neatbilst mūsdienu praksei.+}"),
        ("j", "Eksāmenā iekļautais uzdevums – meža nogabala taksācija un saimnieciskās darbības plāna sagatavošana – ir atbilstošs un pārbauda tieši tās prasmes, kas tehniķim nepieciešamas. Vērtēšanas kritēriji ir skaidri."),
        ("h", "Slēdziens"),
        ("j", "MIP saturs ir atbalstāms{- un virzāms saskaņošanai-}{+; pēc precizējumu veikšanas virzāms saskaņošanai+}."),
        ("j", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("sp",),
        "Dace Kļaviņa\nSIA „Meža konsultanti”, mežsaimniecības speciāliste\n2026. gada 29. janvārī",
    ],
    author="Dace Kļaviņa", created=T(2026, 1, 29, 11, 10), tc_author="Dace Kļaviņa", tc_date="2026-01-29T16:40:00Z",
    rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Dace Kļaviņa", "2026-01-29", 4),
          ("mežsaimniecības tehniķis", "PKE", "supported", "Dace Kļaviņa", "2026-01-29", 4)],
    note="Tracked changes: the MIP conclusion had 'un virzāms saskaņošanai' deleted (w:del) and '; pēc precizējumu veikšanas virzāms saskaņošanai' inserted (w:ins); an added mandatory remark is also w:ins. Current text -> MIP needs corrections. PKE supported.",
)

# ---------------------------------------------------------------- 16 formal, roman sections, SECINĀJUMI
build(
    "r24a16_VGK sistēmu tehniķis_Zariņš_20042026.docx",
    [
        ("small", "Jānis Zariņš, sertificēts inženieris siltumapgādes, ventilācijas un gaisa kondicionēšanas jomā\nEnerģētikas nozares eksperts (LDDK deleģējums)"),
        ("sp",),
        ("c", "ATZINUMS"),
        ("ct", "par profesionālās kvalifikācijas „Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis” (LKI 4. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu"),
        ("h", "I. Vispārīgā daļa"),
        ("j", "Atzinums sagatavots, pamatojoties uz LDDK 2026. gada 1. aprīļa uzdevumu. Vērtēšanai saņemta programmas 3. redakcija un eksāmena satura 2. redakcija. Iepriekšējās redakcijas nav vērtētas manā atzinumā, tāpēc par izmaiņām nespriežu."),
        ("h", "II. Modulārā izglītības programma"),
        ("j", "Programmas saturs pilnībā aptver profesionālās kvalifikācijas prasībās noteiktos pienākumus un uzdevumus: sistēmu montāžas organizēšanu, ieregulēšanu, energoefektivitātes novērtēšanu un ekspluatācijas dokumentācijas sagatavošanu. Sevišķi vērtīgs ir modulis par ēku automatizācijas sistēmām. Turpmākai pilnveidei iesaku:"),
        ("ind", "1. papildināt ieregulēšanas moduli ar gaisa plūsmu balansēšanas protokolu paraugiem;"),
        ("ind", "2. iekļaut siltumsūkņu darbības principus ventilācijas siltuma atgūšanā."),
        ("h", "III. Profesionālās kvalifikācijas eksāmens"),
        ("j", "Eksāmens sastāv no teorētiskās daļas (tests, 60 jautājumi) un praktiskās daļas (sistēmas ieregulēšana un nodošanas dokumentācijas sagatavošana). Konstatētas šādas nepilnības:"),
        ("ind", "1. teorētiskās daļas jautājumi nav sadalīti pa kompetencēm, tāpēc nav iespējams pārliecināties, ka tiek aptverts viss saturs;"),
        ("ind", "2. praktiskās daļas vērtēšanas lapā nav noteikts minimālais punktu skaits katrā kritērijā;"),
        ("ind", "3. laika norma praktiskajai daļai (4 stundas) kopumā ir pietiekama, taču nav norādīts, vai tajā ietilpst dokumentācijas sagatavošana;"),
        ("ind", "4. nav paredzēts, kurš nodrošina mērinstrumentus (anemometru, diferenciālā spiediena mērītāju) eksāmena vietā."),
        ("h", "IV. SECINĀJUMI"),
        ("j", "1. Modulārās izglītības programmas saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem; II daļā minētie ieteikumi izmantojami programmas turpmākajā pilnveidē, bet nav priekšnoteikums saskaņošanai."),
        ("j", "2. Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms ar nosacījumu, ka tiek novērstas III daļas 2. un 4. punktā norādītās nepilnības; pēc to novēršanas eksāmena saturu var virzīt saskaņošanai."),
        ("sp",),
        "Rīgā, 2026. gada 20. aprīlī\t\t\t\tJ. Zariņš",
    ],
    author="J.Zariņš", created=T(2026, 4, 20, 8, 45), font=("Times New Roman", 12),
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Jānis Zariņš", "2026-04-20", 4),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Jānis Zariņš", "2026-04-20", 4)],
    note="Formal memo with roman-numbered parts and 'IV. SECINĀJUMI'. MIP 'atbalstāms un virzāms saskaņošanai bez precizējumiem' (the phrase 'bez precizējumiem' is positive; suggestions declared optional). PKE 'atbalstāms ar nosacījumu, ka ...' -> needs corrections. Full name in the letterhead, initial in the closing -> 'Jānis Zariņš'.",
)

# ---------------------------------------------------------------- 17 NOT a review: news item
build(
    "r24a17_jaunums_majaslapai_eksperti.docx",
    [
        ("title", "Nozaru eksperti vērtē jaunās profesionālās izglītības programmas"),
        ("i", "Ziņa LDDK tīmekļvietnei, melnraksts"),
        ("j", "Latvijas Darba devēju konfederācija arī 2026. gadā turpina darbu Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa projektā, kurā enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozaru eksperti izvērtē profesionālās izglītības iestāžu darba grupu izstrādātās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu."),
        ("j", "Projekta 4. posmā līdz 31. martam ekspertīze pilnībā pabeigta trīs kvalifikācijām – motorzāģa operatoram, mežsaimniecības tehniķim un mehatronisko sistēmu tehniķim, bet vēl desmit kvalifikācijām tā ir uzsākta. Eksperti katram dokumentam sniedz atzinumu, vai saturs ir atbalstāms un virzāms saskaņošanai, vai arī pirms tam nepieciešami precizējumi."),
        ("j", "„Mēs kā nozare ļoti atbalstām to, ka darba devēji tiek iesaistīti jau programmu veidošanas stadijā, nevis tikai tad, kad absolventi atnāk pie mums strādāt,” uzsver viens no ekspertiem, kokapstrādes uzņēmuma ražošanas vadītājs Kristaps Vītols. Viņš atzīst, ka ne visas programmas pirmajā reizē ir izdevušās – dažas pēc ekspertu piezīmēm tiek pārstrādātas un vērtētas atkārtoti."),
        ("j", "Darbu plānots pabeigt 2026. gada jūlijā. Vairāk informācijas – LDDK mājaslapas sadaļā „Projekti”."),
    ],
    author="Marta Lapiņa", created=T(2026, 4, 7, 10, 30),
    rows=[], problems=["no_verdict"],
    note="NOT a review: draft news item for the website. 'specifiskā atbalsta mērķa', 'atbalstām, ka darba devēji ...', generic description of verdict options, names of qualifications and of an expert. No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 18 lettered sections, PKE only, three qualifications
build(
    "r24a18_PKE_mezs_3 kvalifikacijas_Dzenis.docx",
    [
        ("h", "Par profesionālās kvalifikācijas eksāmenu saturu (kokrūpniecības nozare, 5. posms)"),
        ("j", "Šajā posmā man uzticēta tikai eksāmenu satura ekspertīze – programmas vērtē citi kolēģi, tāpēc par MIP šeit neizsakos. Izskatīju trīs kvalifikāciju eksāmenu projektus, kas saņemti 2026. gada 22. aprīlī."),
        ("h", "A) Motorzāģa operators (LKI 3. līmenis)"),
        ("j", "Eksāmens veidots ļoti praktiski: koku gāšana ar virziena iegriezumu, atzarošana, sagarumošana, motorzāģa ķēdes asināšana un ikdienas apkope. Vērtēšanas kritēriji skaidri, darba drošības kritēriji ir izslēdzoši – tas ir pareizi. Eksāmenu atbalstu pilnībā, to var nodot saskaņošanai."),
        ("h", "B) Meža mašīnu operators"),
        ("j", "Uzdevums ar harvesteru simulatorā un pēc tam reālā cirsmā ir labs risinājums. Pirms saskaņošanas nepieciešams precizēt, kā tiek vērtēta sortimentu uzmērīšanas precizitāte (šobrīd nav noteikta pieļaujamā novirze), un papildināt teorētisko daļu ar jautājumiem par augsnes aizsardzību mežizstrādē. Pēc šo labojumu veikšanas eksāmenu var virzīt saskaņošanai; pats saturs ir atbalstāms."),
        ("h", "C) Kokapstrādes iekārtu operators"),
        ("j", "Eksāmena saturs nav atbalstāms. Praktiskā daļa paredz darbu tikai ar vienu iekārtu (formātzāģi), lai gan kvalifikācijas prasības aptver vismaz zāģēšanu, ēvelēšanu un frēzēšanu. Teorētiskās daļas jautājumi lielā mērā atbilst 2019. gada standartam. Eksāmens jāpārstrāda pēc būtības."),
        ("sp",),
        "Ar cieņu,",
        "Mg.silv. Ilgvars Dzenis\nValmierā, 2026. gada 6. maijā",
    ],
    author="Ilgvars Dzenis", created=T(2026, 5, 6, 13, 15),
    rows=[("motorzāģa operators", "PKE", "supported", "Ilgvars Dzenis", "2026-05-06", 3),
          ("meža mašīnu operators", "PKE", "needs_corrections", "Ilgvars Dzenis", "2026-05-06", 3),
          ("kokapstrādes iekārtu operators", "PKE", "not_supported", "Ilgvars Dzenis", "2026-05-06", 3)],
    note="Three qualifications in lettered sections A)/B)/C), exams only (MIP explicitly out of scope -> no MIP rows). B: condition before the verdict ('Pirms saskaņošanas nepieciešams precizēt ... pats saturs ir atbalstāms'). LKI from the register for B and C. Title Mg.silv. dropped.",
)

# ---------------------------------------------------------------- 19 Outlook EN headers, newer reply over earlier rejection
build(
    "r24a19_FW RE CNC kokapstrade atkartoti.docx",
    [
        ("hdr", "**From:** Oskars Mednis <oskars.mednis@kokcnc.lv>\n**Sent:** Tuesday, May 19, 2026 4:05 PM\n**To:** Ieva Strautiņa <ieva.strautina@lddk.lv>\n**Subject:** RE: Datorizētu kokapstrādes iekārtu operators – labotie dokumenti"),
        ("sp",),
        "Labdien, Ieva!",
        "Paldies par labotajām versijām. Salīdzināju tās ar savām aprīļa piezīmēm: programmā ir pievienots CAM modulis un kvalitātes kontroles daļa, eksāmenā tagad ir reāls uzdevums ar programmas sagatavošanu un detaļas apstrādi piecu asu centrā, vērtēšana ir saprotama.",
        "Pēc labojumiem abus dokumentus – gan MIP, gan PKE – atbalstu un iesaku virzīt saskaņošanai. Papildu piezīmju man nav.",
        "Ar labiem vēlējumiem\nOskars Mednis\nSIA „KokCNC” ražošanas inženieris",
        ("sp",),
        ("hdr", "**From:** Oskars Mednis\n**Sent:** Thursday, April 2, 2026 11:18 AM\n**To:** Ieva Strautiņa\n**Subject:** RE: Datorizētu kokapstrādes iekārtu operators"),
        ("sp",),
        "Ieva, sveika!",
        "Šādā redakcijā nevaru atbalstīt ne programmu, ne eksāmenu. Galvenais: programmā nav nekā par CAM, eksāmenā operators tikai ielādē gatavu programmu – tas ir 3., nevis 4. līmenis. Sīkāk – komentāros pielikumā.",
        "Oskars",
    ],
    author="Ieva Strautiņa", created=T(2026, 5, 20, 8, 10), font=("Calibri", 11),
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Oskars Mednis", "2026-05-19", 4),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Oskars Mednis", "2026-05-19", 4)],
    note="Outlook thread (English headers) pasted into Word: the newest reply (19 May) supports both documents after corrections; the quoted earlier message from the same expert (2 April) rejected both. The newest message counts; date = its Sent date. 'abus dokumentus – gan MIP, gan PKE – atbalstu un iesaku virzīt saskaņošanai'.",
)

# ---------------------------------------------------------------- 20 unknown qualification, MIP only, rejected
build(
    "r24a20_Karklins saules sistemu montetajs MIP.docx",
    [
        ("h", "Atzinums par modulāro izglītības programmu „Saules fotoelektrisko sistēmu montētājs”"),
        ("j", "Enerģētikas nozares darba grupa kā pilotprojektu izstrādājusi programmu jaunai kvalifikācijai – saules fotoelektrisko sistēmu montētājam. Eksāmena saturs vēl nav izstrādāts, tāpēc šis atzinums attiecas tikai uz programmu."),
        ("j", "Ideja ir apsveicama – montētāju trūkums ir viena no lielākajām nozares problēmām, un daudzi uzņēmumi šobrīd apmāca cilvēkus paši. Tomēr pašreizējā programma vairāk atgādina vispārīgu elektromontiera programmu ar pievienotu nodaļu par saules paneļiem. Trūkst darba augstumā un uz jumtiem (drošības sistēmas, jumta segumu veidi, stiprinājumu aprēķins), nav nekā par invertoru konfigurēšanu un akumulatoru sistēmām, nav paskaidrots, kā audzēknis apgūs līdzstrāvas puses drošības prasības. Stundu sadalījums pa moduļiem nesakrīt ar kopējo apjomu."),
        ("j", "Noslēgumā: programmas saturs šobrīd nav atbalstāms. Programma jāpārstrādā kopā ar nozares uzņēmumu pārstāvjiem un jāiesniedz atkārtoti. Esmu gatavs darba grupai palīdzēt un ieteikt uzņēmumus, kas varētu piedalīties."),
        ("sp",),
        "Rūdolfs Kārkliņš\nSIA „Saules enerģija LV” projektu vadītājs\n03.06.2026",
    ],
    author="Rūdolfs Kārkliņš", created=T(2026, 6, 3, 10, 0),
    rows=[("saules fotoelektrisko sistēmu montētājs", "MIP", "not_supported", "Rūdolfs Kārkliņš", "2026-06-03", "")],
    problems=["unknown_qualification"],
    note="Qualification not in the register, no level stated -> lki_level empty. PKE not yet developed ('attiecas tikai uz programmu') -> no PKE row. 'Noslēgumā: ... nav atbalstāms'.",
)

# ---------------------------------------------------------------- 21 PKE only, optional suggestions
build(
    "r24a21_Jaunzeme_PKE mēbeļu galdnieks.docx",
    [
        "Santa Jaunzeme\ngaldniecības meistare, mēbeļu darbnīcas „Skaidas” vadītāja",
        ("sp",),
        ("h", "Par mēbeļu galdnieka kvalifikācijas eksāmena saturu"),
        ("j", "Labdien! Pēc LDDK lūguma izskatīju profesionālās kvalifikācijas eksāmena saturu mēbeļu galdniekiem. Programmas ekspertīzi veic K. Vītols, tāpēc to neskatīju."),
        ("j", "Eksāmena uzbūve man patīk: vispirms kandidāts pats sagatavo darba plānu un materiālu sarakstu, tad izgatavo izstrādājumu, beigās to prezentē komisijai. Tieši tā notiek arī reālā darbā ar klientu. Teorētiskā daļa ir īsa un praktiska, bez liekas iegaumēšanas."),
        ("j", "Daži ieteikumi, kurus darba grupa var ņemt vērā pēc saviem ieskatiem (tie nav obligāti un neietekmē manu vērtējumu):"),
        ("li", "prezentācijas daļā varētu vērtēt arī izmaksu aprēķinu;"),
        ("li", "materiālu sarakstā atļaut arī plātņu materiālus ar dabīgā finiera pārklājumu;"),
        ("li", "vērtēšanas lapai pievienot fotofiksācijas prasību, lai vēlāk var izskatīt apelācijas."),
        ("j", "Rezumējot – eksāmena saturs ir atbalstāms, un to var virzīt saskaņošanai tādu, kāds tas ir."),
        ("sp",),
        "Cēsīs, 2026. gada 4. martā",
    ],
    author="Santa Jaunzeme", created=T(2026, 3, 4, 19, 20),
    rows=[("mēbeļu galdnieks", "PKE", "supported", "Santa Jaunzeme", "2026-03-04", 4)],
    note="Name and role at the top, place+date at the bottom, no signature line. Qualification in genitive ('mēbeļu galdnieka', 'mēbeļu galdniekiem'). Optional suggestions explicitly do not affect the verdict -> supported. MIP reviewed by another expert -> no row.",
)

# ---------------------------------------------------------------- 22 nominal verdicts, passing 'atbalsta'
build(
    "r24a22_Petersone_koka izstradajumu razosanas tehnikis_galigais.docx",
    [
        ("h", "Koka izstrādājumu ražošanas tehniķa MIP un PKE – eksperta vērtējums"),
        ("j", "Dokumentus izskatīju kopā ar diviem mūsu uzņēmuma tehnologiem, jo tieši viņi ikdienā strādā ar jaunajiem tehniķiem. Nozares uzņēmumi noteikti atbalsta ideju, ka tehniķis jāsagatavo ne tikai tehnoloģijās, bet arī ražošanas organizēšanā, un programmā tas ir redzams."),
        ("j", "Programmai mums ir piecas piezīmes:"),
        ("ln", "nav ražošanas plānošanas programmatūras (pat ne vispārīgi);"),
        ("ln", "modulī „Kvalitātes vadība” jāiekļauj ISO 9001 pamatprincipi un iekšējais audits;"),
        ("ln", "koksnes žāvēšanas režīmi aprakstīti tikai teorētiski;"),
        ("ln", "nav skaidrs, kur audzēkņi apgūs darbu ar CNC apstrādes centriem, ja skolai tāda nav;"),
        ("ln", "mācību rezultātos nav nekā par ražošanas atlikumu izmantošanu un aprites ekonomiku."),
        ("j", "Ar eksāmenu situācija ir cita. Tas būtībā pārbauda galdnieka prasmes – izgatavot izstrādājumu –, nevis tehniķa darbu: tehnoloģiskā procesa izstrādi, normēšanu, kvalitātes kontroli. Praktiskās daļas uzdevums būtu jāveido no jauna."),
        ("j", "Mans vērtējums ir šāds: programmai – atbalsts ar precizējumiem (pēc 1.–5. piezīmes izpildes to var virzīt saskaņošanai), eksāmenam – neatbalstu, tas jāizstrādā no jauna un jāiesniedz atkārtoti."),
        ("sp",),
        "Laura Pētersone\nkokrūpniecības nozares eksperte\n28.04.2026.",
    ],
    author="Laura Pētersone", created=T(2026, 4, 28, 15, 35),
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Laura Pētersone", "2026-04-28", 4),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported", "Laura Pētersone", "2026-04-28", 4)],
    note="Passing 'Nozares uzņēmumi noteikti atbalsta ideju' (third person, not a verdict). Verdicts as nominal phrases in one sentence: 'programmai – atbalsts ar precizējumiem (...var virzīt saskaņošanai), eksāmenam – neatbalstu'.",
)

# ---------------------------------------------------------------- 23 short, name alone, no date
build(
    "r24a23_elektrotehnikis_Grinbergs.docx",
    [
        ("h", "Elektrotehniķis – MIP un PKE"),
        "Programmu izskatīju, saturs ir mūsdienīgs, labi, ka iekļauta viedo skaitītāju un saules elektrostaciju tēma. MIP — atbalstāma, virzāma saskaņošanai.",
        "Eksāmens būs atbalstāms un virzāms saskaņošanai tad, kad tiks precizēti praktiskā uzdevuma vērtēšanas kritēriji (šobrīd nav skaidrs, kā vērtē releju aizsardzības iestatījumu pārbaudi un cik punktu par to var saņemt).",
        ("sp",),
        "Mārtiņš Grīnbergs",
    ],
    author="Mārtiņš Grīnbergs", created=T(2026, 5, 14, 7, 55),
    rows=[("elektrotehniķis", "MIP", "supported", "Mārtiņš Grīnbergs", "", 4),
          ("elektrotehniķis", "PKE", "needs_corrections", "Mārtiņš Grīnbergs", "", 4)],
    note="Very short; name alone at the end, no date anywhere in the text (file metadata has one, label date empty). PKE verdict in the future tense with a condition: 'būs atbalstāms un virzāms ... tad, kad tiks precizēti' -> needs corrections.",
)

# ---------------------------------------------------------------- 24 NOT a review: call for experts
build(
    "r24a24_Uzaicinajums ekspertiem_LDDK.docx",
    [
        ("c", "UZAICINĀJUMS", 14),
        ("ct", "pieteikties nozaru ekspertiem MIP un PKE satura ekspertīzei"),
        ("j", "Latvijas Darba devēju konfederācija (LDDK) aicina enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozaru profesionāļus pieteikties darbam par nozaru ekspertiem projektā „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības izcilībai”."),
        ("h", "Eksperta pienākumi"),
        ("li", "izvērtēt profesionālās izglītības iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu;"),
        ("li", "sniegt rakstisku atzinumu, norādot, vai dokumenta saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms;"),
        ("li", "nepieciešamības gadījumā veikt atkārtotu ekspertīzi pēc darba grupas veiktajiem labojumiem."),
        ("h", "Kvalifikācijas, kurām nepieciešami eksperti"),
        ("j", "Elektromontieris, elektrotehniķis, VGK iekārtu remontatslēdznieks, VGK sistēmu tehniķis, mēbeļu galdnieks, būvizstrādājumu galdnieks, meža mašīnu operators, mehatronisko sistēmu tehniķis."),
        ("h", "Prasības"),
        ("li", "vismaz piecu gadu darba pieredze nozarē;"),
        ("li", "nozares uzņēmuma vai nozares asociācijas atbalsts (ieteikuma vēstule)."),
        ("j", "Pieteikumus (CV un ieteikuma vēstuli) lūdzam sūtīt līdz 2026. gada 20. janvārim uz e-pastu projekti@lddk.lv ar norādi „Nozares eksperts”. Ekspertu darbs tiek apmaksāts atbilstoši projekta budžetam."),
    ],
    author="LDDK", created=T(2026, 1, 8, 12, 0),
    rows=[], problems=["no_verdict"],
    note="NOT a review: call for experts. Lists verdict options, qualifications (incl. VGK aliases), 'atbalsts (ieteikuma vēstule)'. No rows; one no_verdict.",
)

# ---------------------------------------------------------------- 25 unsigned review
build(
    "r24a25_Mehatronisko sist tehn_atzinums.docx",
    [
        ("r", "2026. gada 30. janvāris"),
        ("h", "Atzinums par mehatronisko sistēmu tehniķa MIP un PKE"),
        ("j", "Programma atbilst profesionālās kvalifikācijas prasībām, mācību rezultāti formulēti pārbaudāmi, darba vidē balstīto mācību daļa labi sasaistīta ar moduļiem. MIP saturs ir atbalstāms un virzāms saskaņošanai."),
        ("j", "Eksāmena praktiskais uzdevums – mehatroniskas šķirošanas stacijas bojājuma atrašana un novēršana, PLC programmas korekcija – ir ļoti labs. Eksāmena saturs kopumā ir atbalstāms. Saskaņošanai to virzīt varēs tad, kad teorētiskās daļas jautājumu banka būs papildināta ar jautājumiem par robotiku un mašīnu drošības standartiem; šobrīd šīs tēmas nav iekļautas vispār."),
    ],
    author="Ieva Strautiņa", created=T(2026, 1, 30, 14, 50),
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "", "2026-01-30", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "", "2026-01-30", 4)],
    note="Unsigned review: no name anywhere in the text (author property is the coordinator, not the reviewer) -> expert empty. PKE condition in the next sentence ('Saskaņošanai to virzīt varēs tad, kad ...').",
)

# ---------------------------------------------------------------- 26 long, PKL level, suggestions, Rezumējot
build(
    "r24a26_Zalite_motorzaga operators_MIP_PKE.docx",
    [
        ("h", "Motorzāģa operators – eksperta viedoklis par programmu un eksāmenu"),
        ("j", "Kvalifikācija agrāk atbilda 2. profesionālās kvalifikācijas līmenim; tagad tā ir noteikta LKI 3. līmenī. Vērtēju darba grupas janvāra sākumā iesūtīto programmas projektu un eksāmena saturu."),
        ("h", "Programma"),
        ("j", "Programma sadalīta deviņos moduļos. Pirmie trīs (ievads profesijā, darba drošība mežizstrādē, motorzāģa uzbūve un apkope) ir ļoti labi izstrādāti – ar konkrētiem praktiskajiem darbiem un skaidriem vērtēšanas kritērijiem. Modulī „Koku gāšana” pietiekami daudz laika veltīts bīstamajiem kokiem (vējgāzēm, sausokņiem), kas ir retums."),
        ("j", "Modulī „Darba drošība mežizstrādē” pirmās palīdzības apmācība paredzēta tikai teorētiski – to nevarētu uzskatīt par labu praksi; ieteiktu vismaz vienu praktisko nodarbību ar manekenu. Modulī „Mežizstrādes organizācija” varētu pieminēt arī darbu ar mobilajām lietotnēm (cirsmu kartes, uzmērīšana). Tāpat iesaku izvēles modulī pievienot krūmgriežu un sekatoru lietošanu, jo daudzi motorzāģa operatori strādā arī jaunaudžu kopšanā."),
        ("j", "Stundu skaits moduļos ir samērīgs, un darba vidē balstīto mācību daļa (720 stundas) ir reāla, ja uzņēmumi nodrošina prakses vietas. Tas gan vairāk ir jautājums skolai, nevis programmai."),
        ("h", "Eksāmens"),
        ("j", "Eksāmens sastāv no teorētiskās daļas un praktiskās daļas cirsmā. Praktiskajā daļā kandidāts veic koku gāšanu, atzarošanu un sagarumošanu, kā arī motorzāģa apkopi. Pret eksāmena saturu man nav iebildumu; to var virzīt saskaņošanai."),
        ("h", "Rezumējot"),
        ("j", "Programmai minētie ieteikumi ir vēlami, bet nav obligāti. Programma ir atbalstāma un virzāma saskaņošanai."),
        ("sp",),
        "Ar cieņu,\nEdīte Zālīte\nmeža īpašnieku konsultante, sertificēta mežizstrādes instruktore\nTukumā, 22.01.2026.",
    ],
    author="Edīte Zālīte", created=T(2026, 1, 22, 9, 5),
    rows=[("motorzāģa operators", "MIP", "supported", "Edīte Zālīte", "2026-01-22", 3),
          ("motorzāģa operators", "PKE", "supported", "Edīte Zālīte", "2026-01-22", 3)],
    note="Old level named ('2. profesionālās kvalifikācijas līmenis') next to 'LKI 3. līmenī' -> 3. Body suggestions ('nevarētu uzskatīt par labu praksi', 'iesaku') declared optional in 'Rezumējot' -> MIP supported. PKE 'nav iebildumu; to var virzīt saskaņošanai'.",
)

# ---------------------------------------------------------------- 27 ALL CAPS sections, three energy qualifications
build(
    "r24a27_Udris_energetika_3 PK_atzinums.docx",
    [
        ("h", "Eksperta atzinums par trīs enerģētikas nozares kvalifikāciju MIP un PKE saturu"),
        ("j", "Izskatīju elektromontiera, elektrotehniķa un ventilācijas un gaisa kondicionēšanas sistēmu tehniķa programmu un eksāmenu projektus, kas man nosūtīti 2026. gada 21. aprīlī. Vērtējumu sniedzu katrai kvalifikācijai atsevišķi."),
        ("h", "ELEKTROMONTIERIS"),
        ("j", "Programma. Labi strukturēta, ar lielu praktisko darbu īpatsvaru. Jāizlabo darba drošības modulis: tajā joprojām minētas elektrodrošības grupas pēc vecās kārtības, un nav nekā par darbu elektroietaišu tuvumā bez sprieguma atslēgšanas. Ja šīs lietas tiek izlabotas, programmu var virzīt saskaņošanai; saturiski tā ir atbalstāma."),
        ("j", "Eksāmens. Uzdevumi reāli un līmenim atbilstoši. Atbalstu, virzāms saskaņošanai."),
        ("h", "ELEKTROTEHNIĶIS"),
        ("j", "Programma. Pēc iepriekšējās kārtas būtiski uzlabota – ir automatizācijas, releju aizsardzības un projektēšanas pamatu moduļi. Programmas saturs ir atbalstāms un virzāms saskaņošanai."),
        ("j", "Eksāmens. Tagad atbilst 4. līmenim: kandidāts izstrādā shēmu, veic montāžu un pārbaudi, aizpilda nodošanas dokumentāciju. Arī eksāmena saturs ir atbalstāms un virzāms saskaņošanai."),
        ("h", "VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS"),
        ("j", "Programma. Kopumā laba, bet elektroapgādes daļa ir pārāk plaša (tā ir elektrotehniķa kompetence), savukārt automātikas un vadības daļa – pārāk šaura. Proporcijas jāpārskata pirms saskaņošanas. Saturs ir atbalstāms."),
        ("j", "Eksāmens. Jāprecizē vērtēšanas kritēriji praktiskajai daļai (nav noteikts, kāda novirze no projektētā gaisa daudzuma ir pieļaujama) un jāizņem divi jautājumi par apkures katliem. Pēc tam virzāms saskaņošanai."),
        ("h", "NOSLĒGUMĀ"),
        ("j", "Elektrotehniķa programmu un eksāmenu var saskaņot uzreiz, elektromontierim – eksāmenu uzreiz, programmu pēc labojumiem, ventilācijas sistēmu tehniķim abus dokumentus pēc precizējumu veikšanas."),
        ("sp",),
        "Ģirts Ūdris\nSIA „Elektrotīklu serviss” galvenais energētiķis\n2026. gada 11. maijā",
    ],
    author="Ģirts Ūdris", created=T(2026, 5, 11, 16, 30), font=("Arial", 10),
    rows=[("elektromontieris", "MIP", "needs_corrections", "Ģirts Ūdris", "2026-05-11", 3),
          ("elektromontieris", "PKE", "supported", "Ģirts Ūdris", "2026-05-11", 3),
          ("elektrotehniķis", "MIP", "supported", "Ģirts Ūdris", "2026-05-11", 4),
          ("elektrotehniķis", "PKE", "supported", "Ģirts Ūdris", "2026-05-11", 4),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections", "Ģirts Ūdris", "2026-05-11", 4),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Ģirts Ūdris", "2026-05-11", 4)],
    note="Three qualifications under ALL-CAPS headings, 'Programma.'/'Eksāmens.' run-in labels. Conditions precede or follow the verdict ('Ja šīs lietas tiek izlabotas, ... var virzīt; saturiski tā ir atbalstāma'; 'Proporcijas jāpārskata pirms saskaņošanas. Saturs ir atbalstāms.'; 'Pēc tam virzāms'). 'NOSLĒGUMĀ' restates all six consistently. No levels stated -> register.",
)

# ---------------------------------------------------------------- 28 Gmail, Latvian headers, two qualifications in running text, MIP only
build(
    "r24a28_Rozentals galdnieki MIP e-pasts.docx",
    [
        ("hdr", "**Uldis Rozentāls** <uldis.rozentals@ozolkalns.lv>\nDatums: 2026. gada 8. aprīlis 10:15\nKam: Ieva Strautiņa <ieva.strautina@lddk.lv>\nTemats: MIP atzinumi – būvizstrādājumu galdnieks, mēbeļu galdnieks"),
        ("sp",),
        "Labdien, Ieva!",
        "Sūtu atzinumu par abām programmām. Eksāmenus, kā vienojāmies, vērtē Aija Siliņa, tāpēc par tiem neko nerakstu.",
        "Sāku ar būvizstrādājumu galdnieku. Programma ir pārdomāta: logi, durvis, kāpnes, grīdas, arī koka fasāžu elementi – viss, ko mūsu darbnīcā jaunais galdnieks dara pirmajos gados. Patīk, ka katrā modulī ir paredzēts izstrādājums, ko audzēknis izgatavo no sākuma līdz beigām. Šo programmu atbalstu bez iebildumiem, to var sūtīt saskaņošanai.",
        "Ar mēbeļu galdnieka programmu ir citādi. Tā ir sastādīta tā, it kā mēbeles vēl joprojām tiktu taisītas tikai ar rokas darbarīkiem un universālajām iekārtām: nav ne CNC, ne plātņu materiālu apstrādes līnijas, ne mēbeļu furnitūras mūsdienu sistēmu. Vairāki moduļi (piemēram, „Galdniecības pamati” un „Koka izstrādājumu izgatavošana”) lielā mērā dublējas. Manuprāt, šādā veidā programma nav atbalstāma – darba grupai tā jāpārstrādā, un tad es labprāt to paskatīšos vēlreiz.",
        "Ja vajag, varu atbraukt uz darba grupas sanāksmi.",
        "Uldis Rozentāls\ngaldnieku darbnīca „Ozolkalns”",
    ],
    author="Ieva Strautiņa", created=T(2026, 4, 8, 11, 0),
    rows=[("būvizstrādājumu galdnieks", "MIP", "supported", "Uldis Rozentāls", "2026-04-08", 4),
          ("mēbeļu galdnieks", "MIP", "not_supported", "Uldis Rozentāls", "2026-04-08", 4)],
    note="Gmail-style message with Latvian headers. Two qualifications inside running text (accusative 'būvizstrādājumu galdnieku', genitive 'mēbeļu galdnieka'). PKE explicitly reviewed by another expert -> no PKE rows. 'atbalstu bez iebildumiem, to var sūtīt saskaņošanai' vs 'šādā veidā programma nav atbalstāma'.",
)

# ---------------------------------------------------------------- 29 traps: neskatoties, nepieciešama, atbalstu (noun)
build(
    "r24a29_Zvirbulis_MMO atzinums 18.02.docx",
    [
        ("h", "Meža mašīnu operators (LKI 3) – atzinums par MIP un PKE"),
        ("j", "Paldies darba grupai par atsaucību un atbalstu, ko saņēmu, precizējot neskaidros jautājumus par prakses organizēšanu. Programmu un eksāmenu vērtēju, balstoties uz savu 15 gadu pieredzi darbā ar harvesteru un forvarderu un kā operatoru instruktors."),
        ("j", "Programma ir apjomīga – 1920 stundas –, bet tā tas arī ir vajadzīgs, jo mašīnu vadība, apkope un mežsaimnieciskās prasības cirsmā ir trīs dažādas jomas. Simulatoru izmantošana pirms darba reālā mašīnā ir pareizi plānota. Neskatoties uz to, ka programmas apjoms ir liels, MIP saturs ir atbalstāms un virzāms saskaņošanai."),
        ("j", "Savukārt PKE saturs pašreizējā redakcijā nav atbalstāms. Praktiskais uzdevums paredz tikai forvardera darbu, bet harvestera daļa ir aizstāta ar testu simulatorā, kas nepārbauda darbu reālos apstākļos; vērtēšanas kritēriji ir vispārīgi („kvalitatīvi”, „atbilstoši”). Nepieciešama eksāmena uzdevumu pārstrāde un atkārtota ekspertīze."),
        ("sp",),
        "Kaspars Zvirbulis\nharvestera operators-instruktors\nMadonā, 2026. gada 18. februārī",
    ],
    author="Kaspars Zvirbulis", created=T(2026, 2, 18, 21, 10),
    rows=[("meža mašīnu operators", "MIP", "supported", "Kaspars Zvirbulis", "2026-02-18", 3),
          ("meža mašīnu operators", "PKE", "not_supported", "Kaspars Zvirbulis", "2026-02-18", 3)],
    note="Lexical traps: 'atsaucību un atbalstu' (accusative noun), 'Neskatoties uz to ...' before a positive verdict, 'Nepieciešama ... pārstrāde' after the negative one. MIP supported, PKE not supported.",
)

# ---------------------------------------------------------------- 30 strike-through of non-chosen options
build(
    "r24a30_Bite_kokapstrades iekartu operators.docx",
    [
        ("h", "Kokapstrādes iekārtu operators – atzinums"),
        ("j", "Skatīju programmas un eksāmena labotās redakcijas, kas saņemtas 2026. gada 1. jūnijā. Eksāmenā tagad ir iekļauta zāģēšana, ēvelēšana un frēzēšana, vērtēšanas lapa papildināta ar darba drošības un iekārtas sagatavošanas kritērijiem – iebildumu vairs nav."),
        ("j", "Programmā joprojām trūkst griezējinstrumentu asināšanas un nomaiņas prakses (ir tikai teorija), un nav paredzēts darbs ar skaidu nosūcēm un to apkopi. Tas ir jāpapildina, pirms programma tiek nosūtīta saskaņošanai."),
        ("h", "Slēdziens (nevajadzīgo svītrot)"),
        "MIP saturs: ~~ir atbalstāms un virzāms saskaņošanai~~ / ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / ~~nav atbalstāms~~",
        "PKE saturs: ir atbalstāms un virzāms saskaņošanai / ~~ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai~~ / ~~nav atbalstāms~~",
        ("sp",),
        "Agnese Bite\n12.06.2026.",
    ],
    author="Agnese Bite", created=T(2026, 6, 12, 12, 12),
    rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Agnese Bite", "2026-06-12", 3),
          ("kokapstrādes iekārtu operators", "PKE", "supported", "Agnese Bite", "2026-06-12", 3)],
    note="Prose review ending in a 'nevajadzīgo svītrot' conclusion: the non-chosen options carry strike-through; the remaining (non-struck) option is the verdict. Prose agrees (MIP needs additions; PKE 'iebildumu vairs nav').",
)

# ---------------------------------------------------------------- 31 content-control checkboxes + Wingdings symbols, history
build(
    "r24a31_Krastina_VGK remontatslēdznieks_atkārtoti.docx",
    [
        ("h", "Atkārtota ekspertīze: ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"),
        ("j", "Aprīļa sākumā šīs kvalifikācijas dokumentus vērtēja E. Liepiņš: programmu viņš atbalstīja ar precizējumiem, bet eksāmena saturu neatbalstīja. Tā kā E. Liepiņš šobrīd nav pieejams, LDDK lūdza man izvērtēt darba grupas labotās redakcijas."),
        ("j", "Programmā dzesēšanas iekārtu modulis ir papildināts ar darbu ar fluorētajām gāzēm, noplūžu pārbaudi un sertifikācijas prasībām, normatīvo aktu atsauces izlabotas. Visas E. Liepiņa piezīmes ir ņemtas vērā."),
        ("j", "Eksāmenā praktiskais uzdevums pārveidots: tagad kandidāts atrod un novērš bojājumu kondicionēšanas iekārtā, veic noplūdes pārbaudi un aizpilda apkopes žurnālu. Tas ir daudz labāk. Joprojām gan teorijas daļā palikuši trīs jautājumi par apkures katliem (Nr. 12, 31, 40) – tie jāaizstāj ar jautājumiem par siltumsūkņiem."),
        ("h", "Vērtējums"),
        "MIP:   [X] atbalstāms un virzāms saskaņošanai   [ ] atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai   [ ] nav atbalstāms",
        "PKE:   {sym:F0A8} atbalstāms un virzāms saskaņošanai   {sym:F0FE} atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai   {sym:F0A8} nav atbalstāms",
        ("sp",),
        "Linda Krastiņa, enerģētikas nozares eksperte\n2026. gada 7. maijā",
    ],
    author="Linda Krastiņa", created=T(2026, 5, 7, 10, 40),
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Linda Krastiņa", "2026-05-07", 3),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", "Linda Krastiņa", "2026-05-07", 3)],
    note="Repeat review by a different expert; history of the earlier expert's verdicts (must not count). Marks: MIP via Word content-control checkboxes (w14:checkbox, first one checked); PKE via Wingdings w:sym (F0FE checked on the 2nd option, F0A8 empty). Prose agrees.",
)

# ---------------------------------------------------------------- 32 labelled sections, one unknown qualification
build(
    "r24a32_Kenins_masinbuve_atzinums.docx",
    [
        ("h", "Mašīnbūves un metālapstrādes nozares eksperta atzinums"),
        "Viesturs Ķēniņš, SIA „Metālapstrādes tehnoloģijas” tehniskais vadītājs",
        "Datums: 09.04.2026.",
        ("sp",),
        "**Kvalifikācija:** CNC metālapstrādes iekārtu operators (LKI 4. līmenis)",
        ("j", "Programma sagatavota kvalitatīvi. Iekļauta gan virpošana, gan frēzēšana CNC iekārtās, programmēšana ar G kodiem un CAM, mērīšana ar koordinātu mērmašīnu. Mācību rezultāti atbilst nozares vajadzībām. Programmu atbalstu, un to var virzīt saskaņošanai."),
        ("j", "Eksāmenā praktiskais uzdevums ir atbilstošs (detaļas izgatavošana pēc rasējuma, ieskaitot programmas sagatavošanu), bet teorētiskajā daļā ir vairākas faktu kļūdas (piemēram, par griešanas režīmu aprēķinu), un trūkst jautājumu par iekārtu apkopi. Eksāmena saturs atbalstāms pēc šo kļūdu izlabošanas, tad to var saskaņot."),
        ("sp",),
        "**Kvalifikācija:** mehatronisko sistēmu tehniķis",
        ("j", "Šīs kvalifikācijas MIP tika izvērtēta jau projekta 4. posmā, tāpēc šoreiz skatīju tikai eksāmenu. Eksāmena saturs ir atbilstošs, uzdevumi aptver mehāniku, elektroniku un vadības sistēmas. PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("sp",),
        "V. Ķēniņš",
    ],
    author="Viesturs Ķēniņš", created=T(2026, 4, 9, 14, 25),
    rows=[("CNC metālapstrādes iekārtu operators", "MIP", "supported", "Viesturs Ķēniņš", "2026-04-09", 4),
          ("CNC metālapstrādes iekārtu operators", "PKE", "needs_corrections", "Viesturs Ķēniņš", "2026-04-09", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Viesturs Ķēniņš", "2026-04-09", 4)],
    problems=["unknown_qualification"],
    note="Sections labelled 'Kvalifikācija: ...'. First qualification is not in the register (CNC metālapstrādes iekārtu operators, LKI 4 stated) -> unknown_qualification, name as written (acronym CNC kept in capitals). Second: MIP assessed earlier, only PKE now -> no MIP row. 'atbalstāms pēc šo kļūdu izlabošanas, tad to var saskaņot' -> needs corrections.",
)

# ---------------------------------------------------------------- 33 name and date only in the page header
build(
    "r24a33_datorizetu kokapstrades MIP_ZK.docx",
    [
        ("h", "Datorizētu kokapstrādes iekārtu operatora modulārās izglītības programma – vērtējums"),
        ("j", "Programmā labi aprakstīta CNC apstrādes centru uzbūve, darba sagatavošana un detaļu kvalitātes kontrole. Pozitīvi, ka iekļauti arī digitālās ražošanas pamati – ražošanas dati, iekārtu noslodzes uzskaite."),
        ("j", "Nepieciešams izlabot: modulī „CNC iekārtu programmēšana” stundu skaits (40) ir nepietiekams, lai apgūtu programmēšanu no nulles – jābūt vismaz 120; mācību rezultātā „Sagatavo vadības programmu” jāpievieno CAM programmatūras izmantošana; nav minēti instrumentu nodiluma kontroles paņēmieni."),
        ("j", "Programmu var virzīt saskaņošanai, kad šie trīs punkti būs izlaboti. Pati koncepcija ir laba, un es to atbalstu."),
        ("j", "Eksāmena saturu vērtē cits eksperts."),
    ],
    header="Eksperte: Zane Kalniņa\t\tEkspertīzes datums: 05.02.2026.",
    footer="LDDK | projekts 4.2.2.9 | kokrūpniecības nozare",
    author="Zane Kalniņa", created=T(2026, 2, 5, 9, 50),
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Zane Kalniņa", "2026-02-05", 4)],
    note="Expert name and review date only in the page header (w:hdr), not in the body. MIP: condition first ('var virzīt saskaņošanai, kad ... būs izlaboti'), then 'es to atbalstu' -> needs corrections. PKE by another expert -> no row.",
)

# ---------------------------------------------------------------- 34 third round, PKE only, history
build(
    "r24a34_Klavina_MT_PKE_3.karta.docx",
    [
        ("h", "Mežsaimniecības tehniķis: PKE (3. kārta)"),
        ("j", "Īsi par vēsturi. Pirmajā kārtā (janvāra beigās) eksāmena saturu atbalstīju un ieteicu virzīt saskaņošanai bez labojumiem. Pēc tam darba grupa pēc VISC ieteikuma eksāmenu būtiski pārveidoja (pievienota meža atjaunošanas plānošanas daļa), tāpēc februārī veicu otro ekspertīzi, kurā saturu atbalstīju tikai ar precizējumiem – nebija noteikts vērtēšanas slieksnis jaunajai daļai un trūka darba ar ĢIS."),
        ("j", "Šajā kārtā saņemtajā redakcijā abi precizējumi ir veikti: vērtēšanas lapā noteikts minimālais punktu skaits katrai daļai, un taksācijas uzdevums paredz datu ievadi mobilajā ĢIS lietotnē. Citas izmaiņas nav veiktas."),
        ("j", "Tātad šobrīd eksāmena saturs ir atbalstāms un virzāms saskaņošanai. Programma šajā kārtā netika iesniegta, par to šeit neko nesaku."),
        ("sp",),
        "Dace Kļaviņa\n16.04.2026.",
    ],
    author="Dace Kļaviņa", created=T(2026, 4, 16, 15, 0),
    rows=[("mežsaimniecības tehniķis", "PKE", "supported", "Dace Kļaviņa", "2026-04-16", 4)],
    note="Third round of one document: two earlier verdicts in the history paragraph (supported, then needs corrections) do not count; current 'šobrīd eksāmena saturs ir atbalstāms un virzāms saskaņošanai'. MIP not submitted -> no row. Abbreviation 'MT' in the file name only.",
)

# ---------------------------------------------------------------- 35 'Pirmkārt/Otrkārt' inside running text, one verdict deferred
build(
    "r24a35_atzinums_Berzina Ilze_2 PK.docx",
    [
        ("r", "Ilze Bērziņa\nmežizstrādes uzņēmuma „Zaļā cirsma” darba aizsardzības speciāliste"),
        ("sp",),
        ("h", "Par motorzāģa operatora un kokapstrādes iekārtu operatora programmām un eksāmeniem"),
        ("j", "Labdien! Izskatīju jūnija sākumā saņemtos četrus dokumentus. Manā skatījumā galvenais ir darba drošība, jo abās profesijās nelaimes gadījumu skaits joprojām ir liels, tāpēc uz to skatījos īpaši rūpīgi."),
        ("j", "Pirmkārt, motorzāģa operators. Programma ir laba, taču darba drošības prasības koku gāšanā bīstamos apstākļos (vējgāzes, stāvas nogāzes) aprakstītas tikai vienā teikumā; tas jāizvērš par atsevišķu mācību rezultātu. Līdz tam programmu saskaņošanai nevirzītu, lai gan kopumā to atbalstu. Eksāmenam iebildumu nav – tas ir atbalstāms un virzāms saskaņošanai."),
        ("j", "Otrkārt, kokapstrādes iekārtu operators. Programmā darba drošība ir integrēta katrā modulī, ir arī nodarbības par aizsarglīdzekļiem un troksni – to atbalstu, var virzīt saskaņošanai. Par eksāmenu vēl jākonsultējas ar kolēģiem no ražošanas, jo man nav skaidrs, vai ēvelēšanas uzdevumu var droši izpildīt noteiktajā laikā; vērtējumu par eksāmenu nosūtīšu atsevišķi."),
        ("sp",),
        "2026. gada 18. jūnijā",
    ],
    author="Ilze Bērziņa", created=T(2026, 6, 18, 11, 30),
    rows=[("motorzāģa operators", "MIP", "needs_corrections", "Ilze Bērziņa", "2026-06-18", 3),
          ("motorzāģa operators", "PKE", "supported", "Ilze Bērziņa", "2026-06-18", 3),
          ("kokapstrādes iekārtu operators", "MIP", "supported", "Ilze Bērziņa", "2026-06-18", 3),
          ("kokapstrādes iekārtu operators", "PKE", "unknown", "Ilze Bērziņa", "2026-06-18", 3)],
    problems=["no_verdict"],
    note="Name and role right-aligned at the top, date alone at the bottom. Qualifications introduced inside running text ('Pirmkārt, ...', 'Otrkārt, ...'). Motorzāģa MIP: 'Līdz tam ... nevirzītu, lai gan kopumā to atbalstu' -> needs corrections. Kokapstrādes PKE was sent for review but the verdict is explicitly deferred -> unknown + no_verdict.",
)



# =====================================================================================
# OUTPUT: gold CSVs and README
# =====================================================================================
def finish():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBLEMS)
    lines = ["# r24a — free-prose expert reviews (letters, memos, pasted e-mails)", "",
             "Built by `build.py` (python-docx). Gold labels: `expected.csv`, `expected_problems.csv`.", "",
             "| file | rows | problems | design and judgement calls |", "|---|---|---|---|"]
    for name, note in NOTES:
        n = sum(1 for r in ROWS if r[0] == name)
        pr = ", ".join(c for f_, c in PROBLEMS if f_ == name)
        lines.append("| %s | %d | %s | %s |" % (name, n, pr, note.replace("|", "/")))
    lines += ["", "Totals: %d files, %d gold rows, %d problem rows." % (len(FILES), len(ROWS), len(PROBLEMS))]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("files:", len(FILES), "rows:", len(ROWS), "problems:", len(PROBLEMS))


finish()
