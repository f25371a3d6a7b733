# -*- coding: utf-8 -*-
"""Build the r20a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run: /work/hvenv/bin/python build.py
Writes every .docx, expected.csv, expected_problems.csv and README.md into this folder.
"""
import csv
import datetime as dt
import os
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r20a"
NB = "\u00a0"  # non-breaking space

REGISTER = {}
with open("/work/main/inputs/qualifications.csv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        REGISTER[r["name"]] = r["lki_level"]

ROWS, PROBLEMS, NOTES = [], [], []
_REV_ID = [100]


def _next_id():
    _REV_ID[0] += 1
    return str(_REV_ID[0])


class D:
    """Thin wrapper around a python-docx Document with a few raw-XML helpers."""

    def __init__(self, font="Times New Roman", size=12, seed=0, split_prob=0.35):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        self.rng = random.Random(seed)
        self.split_prob = split_prob

    # -- text -------------------------------------------------------------
    def _runs(self, par, text, bold=False, italic=False, strike=False, underline=False, size=None, split=True):
        """Add text as one or several runs (Word often splits words across runs)."""
        chunks = [text]
        if split and len(text) > 25 and self.rng.random() < self.split_prob:
            cuts = sorted(self.rng.sample(range(3, len(text) - 3), k=min(2, len(text) // 20)))
            chunks, prev = [], 0
            for c in cuts:
                chunks.append(text[prev:c])
                prev = c
            chunks.append(text[prev:])
            chunks = [c for c in chunks if c]
        runs = []
        for c in chunks:
            r = par.add_run(c)
            r.bold = bold or None
            r.italic = italic or None
            if strike:
                r.font.strike = True
            if underline:
                r.underline = True
            if size:
                r.font.size = Pt(size)
            runs.append(r)
        return runs

    def p(self, text="", bold=False, italic=False, align=None, size=None, style=None, split=True,
          space_after=None, indent=None):
        """Paragraph. Inline **bold** segments are supported."""
        par = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        parts = text.split("**")
        for i, part in enumerate(parts):
            if part:
                self._runs(par, part, bold=bold or (i % 2 == 1), italic=italic, size=size, split=split)
        if align == "c":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if space_after is not None:
            par.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            par.paragraph_format.left_indent = Pt(indent)
        return par

    def lines(self, block, **kw):
        for ln in block.strip("\n").split("\n"):
            self.p(ln, **kw)

    def h(self, text, level=1):
        return self.doc.add_heading(text, level=level)

    def segs(self, segments, align=None):
        """Paragraph from (text, fmt) segments; fmt is a string of flags:
        b=bold i=italic s=strike u=underline; 'ins'/'del' = tracked change (author/date given in fmt tuple)."""
        par = self.doc.add_paragraph()
        for seg in segments:
            text, fmt = seg[0], seg[1] if len(seg) > 1 else ""
            if fmt in ("ins", "del"):
                self.tracked(par, text, fmt, seg[2], seg[3])
            else:
                self._runs(par, text, bold="b" in fmt, italic="i" in fmt, strike="s" in fmt,
                           underline="u" in fmt, split=False)
        if align == "j":
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return par

    def tracked(self, par, text, kind, author, date):
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), _next_id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        par._p.append(el)
        return el

    def tracked_paragraph(self, text, author, date):
        """A whole paragraph inserted with track changes on (paragraph mark also inserted)."""
        par = self.doc.add_paragraph()
        ppr = par._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), _next_id())
        ins.set(qn("w:author"), author)
        ins.set(qn("w:date"), date)
        rpr.append(ins)
        ppr.append(rpr)
        self.tracked(par, text, "ins", author, date)
        return par

    def header(self, lines, align=None, size=None, bold_first=False):
        sec = self.doc.sections[0]
        hdr = sec.header
        first = True
        for i, ln in enumerate(lines):
            par = hdr.paragraphs[0] if first else hdr.add_paragraph()
            first = False
            r = par.add_run(ln)
            if size:
                r.font.size = Pt(size)
            if bold_first and i == 0:
                r.bold = True
            if align == "r":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif align == "c":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def footer(self, lines, align=None, size=9):
        sec = self.doc.sections[0]
        ftr = sec.footer
        first = True
        for ln in lines:
            par = ftr.paragraphs[0] if first else ftr.add_paragraph()
            first = False
            r = par.add_run(ln)
            r.font.size = Pt(size)
            if align == "r":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif align == "c":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def table(self, rows, widths=None, bold_header=True, style="Table Grid"):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        try:
            t.style = style
        except Exception:
            pass
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = ""
                r = cell.paragraphs[0].add_run(val)
                if bold_header and i == 0:
                    r.bold = True
        return t


def build(d, name, author, created, rows, problems=(), note="", last_modified_by=None):
    assert name.startswith(PREFIX), name
    cp = d.doc.core_properties
    cp.author = author
    cp.created = created
    cp.modified = created + dt.timedelta(hours=2)
    cp.last_modified_by = last_modified_by if last_modified_by is not None else author
    cp.title = ""
    d.doc.save(os.path.join(OUT, name))
    for q, doc_, verdict, expert, date, lki in rows:
        assert doc_ in ("MIP", "PKE")
        assert verdict in ("supported", "needs_corrections", "not_supported", "unknown")
        if lki == "R":
            lki = REGISTER[q]
        ROWS.append([name, q, doc_, verdict, expert, date, str(lki)])
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append([name, code])
    NOTES.append((name, note))


def T(y, m, d_, h=10, mi=0):
    return dt.datetime(y, m, d_, h, mi)


# =====================================================================================
# 01 formal letter, one qualification, MIP only (PKE explicitly reviewed by someone else)
# =====================================================================================
d = D(seed=1)
d.lines("""Latvijas Darba devēju konfederācijai
Projekta koordinatorei L. Eglītei""", align="r", split=False)
d.p("")
d.p("Ekspertīzes atzinums par modulārās izglītības programmas „Motorzāģa operators” saturu", bold=True, align="c")
d.p("")
d.p("Saskaņā ar LDDK deleģējumu esmu izvērtējusi profesionālās izglītības iestāžu darba grupas sagatavotās "
    "kompetencēs balstītās modulārās izglītības programmas (MIP) saturu kvalifikācijai „Motorzāģa operators” "
    f"(LKI 3.{NB}līmenis). Profesionālās kvalifikācijas eksāmena saturu šajā kārtā vērtē cits nozares eksperts, "
    "tāpēc par to atzinumu nesniedzu.", align="j")
d.p("Programma kopumā ir labi strukturēta, moduļu secība ir loģiska un atbilst profesijas standartā noteiktajiem "
    "darba pienākumiem. Īpaši vēlos atzīmēt moduli „Koku gāšana sarežģītos apstākļos”, kurā iestrādāta vējgāžu un "
    "vējlaužu izstrāde – tieši tā nozarē pašlaik rada visvairāk nelaimes gadījumu.", align="j")
d.p("Tomēr ir vairākas vietas, kuras būtu jālabo:", align="j")
d.p("1) modulī „Motorzāģa tehniskā apkope” nav minēta ķēdes asināšana ar elektrisko asināšanas ierīci, kas "
    "uzņēmumos ir ikdiena;", indent=18)
d.p("2) darba aizsardzības jautājumi ir izkaisīti pa visiem moduļiem, bet nekur nav paredzēta pirmās palīdzības "
    "sniegšana mežā, tālu no ceļa;", indent=18)
d.p("3) stundu sadalījums starp teoriju un praksi modulī „Kokmateriālu sagarumošana” ir 60/40 – praktiskajai daļai "
    "jābūt vismaz divreiz lielākai;", indent=18)
d.p("4) mācību rezultātu formulējumos vairākkārt lietots „pārzina”, kas nav izmērāms.", indent=18)
d.p("Vērtējot kopumā, MIP saturu atbalstu, taču saskaņošanai to var virzīt tikai tad, kad būs veikti "
    "iepriekš minētie četri precizējumi.", align="j")
d.p("")
d.lines("""Ar cieņu
Gunta Liepiņa
kokrūpniecības nozares eksperte""", split=False)
d.p(f"Jelgavā, 2026.{NB}gada 16.{NB}februārī", split=False)
build(d, "r20a01_Ekspertīzes atzinums_motorzāģa operators_MIP_Liepiņa.docx", "Gunta Liepiņa", T(2026, 2, 16),
      rows=[("motorzāģa operators", "MIP", "needs_corrections", "Gunta Liepiņa", "2026-02-16", 3)],
      note="Formal letter, MIP only; verdict 'atbalstu, taču ... var virzīt tikai tad, kad būs veikti ... "
           "precizējumi' = needs_corrections. PKE explicitly assessed by another expert -> no PKE row. "
           "LKI stated (3). Date in place/date line after signature.")

# =====================================================================================
# 02 hasty, no diacritics, both documents
# =====================================================================================
d = D(font="Calibri", size=11, seed=2)
d.p("Atzinums - meza masinu operators (LKI 3)", bold=True)
d.p("Paskatijos abus dokumentus, ko atsutijat 24.02.")
d.p("MIP - moduli ok, harvestera un forvardera dala ir laba, simulatora stundas pietiekami. Nav iebildumu. "
    "MIP atbalstu un var virzit saskanosanai.")
d.p("PKE - praktiskais uzdevums par sortimentu izstradi ir labs, bet vertesanas kriteriji ir parak visparigi "
    "(\"strada drosi\" - ka to vertes?). Ari teorijas testa jautajumi 7, 12 un 15 atkartojas. PKE atbalstams, "
    "bet saskanosanai virzams tikai pec precizejumu veiksanas - kriteriji jaizraksta konkreti.")
d.p("")
d.p("R. Zarins")
d.p("03.03.2026")
build(d, "r20a02_atzinums MIP un PKE meza masinu operators.docx", "", T(2026, 3, 3, 22, 40),
      rows=[("meža mašīnu operators", "MIP", "supported", "R. Zarins", "2026-03-03", 3),
            ("meža mašīnu operators", "PKE", "needs_corrections", "R. Zarins", "2026-03-03", 3)],
      note="Hasty memo without diacritics; 'Nav iebildumu. MIP atbalstu un var virzit saskanosanai' = supported; "
           "PKE 'atbalstams, bet ... virzams tikai pec precizejumu veiksanas' = needs_corrections. Expert as "
           "written (initial + surname, no diacritics). Empty core author. Date 24.02 in body is the sending "
           "date, not the review date.")

# =====================================================================================
# 03 Outlook e-mail (Latvian headers) pasted into Word, PKE only; quoted request lists all options
# =====================================================================================
d = D(font="Calibri", size=11, seed=3)
d.lines("""**No:** Aivars Krūmiņš <aivars.krumins@elektroservissk.lv>
**Nosūtīts:** pirmdiena, 2026. gada 9. marts 15:42
**Kam:** Linda Eglīte <linda.eglite@lddk.lv>
**Tēma:** RE: Elektromontieris - PKE saturs ekspertīzei""", split=False)
d.p("")
d.p("Labdien, Linda!")
d.p("Izskatīju elektromontiera eksāmena saturu (teorētiskā daļa un abi praktiskie uzdevumi). Salīdzinot ar "
    "iepriekšējo versiju, ko redzēju decembrī, darba grupa ir ņēmusi vērā gandrīz visus ieteikumus – zemsprieguma "
    "sadales skapja montāžas uzdevums tagad ir reāls un izpildāms 4 stundās, vērtēšanas lapa ir skaidra.")
d.p("Vienīgais, ko vēl ieteiktu (nav obligāti), – teorijas testā vienu no jautājumiem par elektrodrošības grupām "
    "aizstāt ar jautājumu par mērījumu protokola aizpildīšanu.")
d.p("Līdz ar to PKE saturu atbalstu un iesaku virzīt saskaņošanai.")
d.p("MIP atzinumu Tev nosūtīju jau 20. februārī, tur nekas nav mainījies.")
d.p("")
d.p("Paldies par atbalstu un pacietību!")
d.lines("""Aivars Krūmiņš
SIA „Elektroserviss K” valdes loceklis
tālr. 29 418 207""", split=False)
d.p("")
d.p("-----Sākotnējais ziņojums-----", split=False)
d.lines("""**No:** Linda Eglīte <linda.eglite@lddk.lv>
**Nosūtīts:** ceturtdiena, 2026. gada 26. februāris 11:05
**Kam:** Aivars Krūmiņš <aivars.krumins@elektroservissk.lv>
**Tēma:** Elektromontieris - PKE saturs ekspertīzei""", split=False)
d.p("")
d.p("Labdien, Aivar!")
d.p("Pielikumā elektromontiera (LKI 3. līmenis) PKE saturs. Lūdzu atzinumā norādīt, vai saturs ir atbalstāms un "
    "virzāms saskaņošanai, atbalstāms un virzāms saskaņošanai pēc precizējumu veikšanas vai nav atbalstāms. "
    "Atzinumu gaidīsim līdz 10. martam.")
d.lines("""Ar cieņu
Linda Eglīte
LDDK projekta koordinatore""", split=False)
build(d, "r20a03_RE_ Elektromontieris PKE atzinums.docx", "Linda Eglīte", T(2026, 3, 10, 9, 12),
      rows=[("elektromontieris", "PKE", "supported", "Aivars Krūmiņš", "2026-03-09", 3)],
      note="Outlook reply (Latvian headers) pasted into Word by the coordinator (core author = coordinator). "
           "'PKE saturu atbalstu un iesaku virzīt saskaņošanai' = supported; the optional suggestion is 'nav obligāti'. "
           "Quoted request lists all three options (not a verdict). 'Paldies par atbalstu' is a noun. MIP was sent "
           "separately earlier -> not covered, no row. Date = Nosūtīts of the expert's reply.")

# =====================================================================================
# 04 three qualifications, numbered sections, MIP only
# =====================================================================================
d = D(seed=4)
d.p(f"Rīgā, 2026.{NB}gada 20.{NB}martā", align="r", split=False)
d.p("")
d.p("LDDK projekta „Izglītības procesa individualizācija un starpnozaru sadarbība profesionālās izglītības "
    "izcilībai” koordinatorei", italic=True)
d.p("")
d.p("Par kokrūpniecības nozares modulāro izglītības programmu saturu", bold=True)
d.p("Pēc Jūsu lūguma esmu iepazinusies ar trīs kokrūpniecības kvalifikāciju modulārajām izglītības programmām. "
    "Šoreiz vērtēju tikai programmas – eksāmenu saturs man nav nosūtīts, un par to izteikšos, kad tas būs pieejams. "
    "Zemāk mani novērojumi par katru programmu atsevišķi.", align="j")
d.p("1. Kokapstrādes iekārtu operators (LKI 3)", bold=True)
d.p("Programmas pamatā ir pareizi izvēlēti moduļi, un to apjoms atbilst trešā līmeņa kvalifikācijai. Modulī "
    "„Zāģēšanas iekārtas” tomēr pilnībā trūkst lentzāģa – ražotnēs tas ir viens no biežāk lietotajiem "
    "darbgaldiem. Darba vidē balstītu mācību daļa ir aprakstīta tikai vispārīgi, bez konkrētiem uzdevumiem. "
    "Šo programmu atbalstu, bet pirms saskaņošanas lūdzu papildināt lentzāģa tēmu un konkretizēt darba vidē "
    "balstīto mācību uzdevumus.", align="j")
d.p("2. Datorizētu kokapstrādes iekārtu operators (LKI 4)", bold=True)
d.p("Ļoti kvalitatīvs darbs. CNC programmēšanas moduļi atbilst tam, ko izmantojam ražošanā, iekļauta arī CAM "
    "programmatūra un instrumentu nomaiņa. Būtisku piezīmju man nav. Programma ir atbalstāma un virzāma "
    "saskaņošanai tādā redakcijā, kāda tā ir.", align="j")
d.p("3. Koka izstrādājumu ražošanas tehniķis (LKI 4)", bold=True)
d.p("Šeit situācija ir sarežģītāka. Programma pēc būtības ir pārrakstīta no vecās kokizstrādājumu izgatavošanas "
    "programmas; tajā nav moduļa par ražošanas plānošanu un kvalitātes vadību, kas tehniķa līmenim ir centrālais. "
    "Ievērojama daļa mācību rezultātu dublē kokapstrādes iekārtu operatora programmu. Šādā veidā programmu nevaru "
    "atbalstīt – tā jāpārstrādā pēc būtības un jāiesniedz atkārtotai ekspertīzei.", align="j")
d.p("Ja rodas jautājumi, labprāt tos pārrunāšu klātienē.")
d.p("")
d.lines("""Sandra Vītola
SIA „Kurzemes Kokamatnieks” ražošanas direktore, kokrūpniecības nozares eksperte""", split=False)
build(d, "r20a04_Vitola_MIP_kokrupnieciba_3 kvalifikacijas.docx", "Sandra Vītola", T(2026, 3, 20),
      rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", "Sandra Vītola", "2026-03-20", 3),
            ("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Sandra Vītola", "2026-03-20", 4),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Sandra Vītola", "2026-03-20", 4)],
      note="Letter, three qualifications in numbered bold sections, MIP only ('eksāmenu saturs man nav nosūtīts' -> "
           "no PKE rows). Verdicts per section: 'atbalstu, bet pirms saskaņošanas lūdzu papildināt' = needs_corrections; "
           "'atbalstāma un virzāma saskaņošanai tādā redakcijā' = supported; 'nevaru atbalstīt' = not_supported. "
           "Date at the top (place + date, nbsp).")

# =====================================================================================
# 05 repeat review with history, academic title in letterhead
# =====================================================================================
d = D(seed=5)
d.p("Dr. sc. ing. Edgars Pētersons", bold=True, split=False)
d.p("asociētais profesors, kokapstrādes nozares eksperts", italic=True, split=False)
d.p("e-pasts: edgars.petersons@inbox.lv", size=10, split=False)
d.p("")
d.p("Atkārtotas ekspertīzes atzinums", bold=True, align="c", size=14)
d.p("Profesionālā kvalifikācija: mēbeļu galdnieks (LKI 4. līmenis)", align="c")
d.p("")
d.p("Programmas un eksāmena satura pirmo redakciju vērtēju 2026. gada 19. janvārī. Toreiz modulārā izglītības "
    "programma netika atbalstīta, jo tajā nebija ietverta mīksto mēbeļu izgatavošana un virsmu apdares moduļi "
    "neatbilda mūsdienu ūdens bāzes pārklājumu tehnoloģijām, savukārt eksāmena saturs tika atzīts par atbalstāmu "
    "pēc precizējumu veikšanas. Darba grupa 2026. gada 30. martā iesniedza otro redakciju, par kuru ir šis atzinums.",
    align="j")
d.p("Par programmu", bold=True)
d.p("Darba grupa ir pievienojusi moduli „Polsterēto mēbeļu izgatavošana” un pilnībā pārstrādājusi apdares moduli. "
    "Mācību rezultāti tagad ir formulēti izmērāmi, un darba vidē balstīto mācību uzdevumi ir saskaņoti ar "
    "uzņēmumiem. Nelielas redakcionālas neprecizitātes (piemēram, termins „finierējums” un „finierēšana” lietoti "
    "jaukti) darba grupa var izlabot pēc saviem ieskatiem – tās neietekmē saturu.", align="j")
d.p("Par eksāmenu", bold=True)
d.p("Teorētiskās daļas jautājumi ir atjaunoti. Praktiskajā uzdevumā (skapīša ar atvilktni izgatavošana) joprojām "
    "nav norādītas pieļaujamās izmēru novirzes, un vērtēšanas kritērijos „kvalitatīvs salaidums” nav "
    "atšifrēts. Bez šīm norādēm divi vērtētāji vienu un to pašu darbu novērtēs atšķirīgi.", align="j")
d.p("Kopsavilkums", bold=True)
d.p("MIP saturs otrajā redakcijā ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms, tomēr "
    "saskaņošanai to varēs virzīt tikai tad, kad praktiskajam uzdevumam būs noteiktas pieļaujamās novirzes un "
    "precizēti vērtēšanas kritēriji.", align="j")
d.p("")
d.p("Jelgavā, 14.04.2026.", split=False)
d.p("E. Pētersons", split=False)
build(d, "r20a05_Petersons_mebelu galdnieks_atkartota ekspertize.docx", "Edgars Pētersons", T(2026, 4, 14),
      rows=[("mēbeļu galdnieks", "MIP", "supported", "Edgars Pētersons", "2026-04-14", 4),
            ("mēbeļu galdnieks", "PKE", "needs_corrections", "Edgars Pētersons", "2026-04-14", 4)],
      note="Repeat review with history (January: MIP 'netika atbalstīta', PKE 'atbalstāms pēc precizējumiem') that "
           "must not count. Current 'Kopsavilkums': MIP supported, PKE needs_corrections. Letterhead with academic "
           "title (Dr. sc. ing. dropped from the name); closing 'E. Pētersons' - full name from the letterhead. "
           "Optional editorial remarks do not make MIP conditional.")

# =====================================================================================
# 06 letterhead in the Word header; body critical but the conclusion says remarks optional
# =====================================================================================
d = D(font="Arial", size=10, seed=6)
d.header(["Valdis Kļaviņš", "AS „Zemgales Energotīkli” galvenais inženieris | enerģētikas nozares eksperts",
          "valdis.klavins@zet.lv, +371 26 550 318"], align="r", size=8, bold_first=True)
d.p("Atzinums par profesionālās kvalifikācijas „Elektrotehniķis” MIP un PKE saturu", bold=True, size=12)
d.p("2026. gada 2. aprīlis", split=False)
d.p("")
d.p("Izvērtēšanai saņēmu elektrotehniķa (LKI 4) modulārās izglītības programmu un kvalifikācijas eksāmena "
    "saturu. Zemāk mani komentāri pa dokumentiem.")
d.p("1. Modulārā izglītības programma", bold=True)
d.p("1.1. Modulis „Releju aizsardzība un automātika” ir ļoti pārslogots – 120 stundās iecerēts apgūt gan "
    "elektromehāniskos, gan mikroprocesoru relejus. Ieteiktu daļu par elektromehāniskajiem relejiem saīsināt.")
d.p("1.2. Atjaunīgo energoresursu pieslēgšanai tīklam veltīta tikai viena tēma. Nozarē tas ir viens no "
    "straujāk augošajiem darba virzieniem, tāpēc nākotnē būtu vērts veidot atsevišķu moduli.")
d.p("1.3. Svešvalodas modulī varētu vairāk izmantot nozares tehnisko dokumentāciju angļu valodā.")
d.p("2. Profesionālās kvalifikācijas eksāmens", bold=True)
d.p("2.1. Praktiskajā uzdevumā nav norādīts, kādi mērinstrumenti eksaminējamajam tiek nodrošināti.")
d.p("2.2. Vērtēšanas kritērijos trūkst darba drošības prasību ievērošanas kā atsevišķa kritērija ar "
    "„kritisko” statusu (kļūda = uzdevums nav izpildīts).")
d.p("2.3. Teorijas daļā 40 jautājumi 60 minūtēs – tas ir par maz laika aprēķinu uzdevumiem.")
d.p("Kopvērtējums", bold=True)
d.p("MIP: atbalstāma. Manas piezīmes 1.1.–1.3. punktā ir ieteikuma rakstura, tās nav jāievēro pirms "
    "saskaņošanas, tāpēc programmu var virzīt saskaņošanai bez precizējumiem.")
d.p("PKE: atbalstāms, taču pirms virzīšanas saskaņošanai obligāti jāveic 2.1.–2.3. punktā minētie precizējumi.")
d.p("")
d.p("V. Kļaviņš", split=False)
build(d, "r20a06_Elektrotehnikis_Klavins_atzinums.docx", "Valdis Kļaviņš", T(2026, 4, 2, 16, 5),
      rows=[("elektrotehniķis", "MIP", "supported", "Valdis Kļaviņš", "2026-04-02", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Valdis Kļaviņš", "2026-04-02", 4)],
      note="Name and role only in the Word page header (letterhead); body signed 'V. Kļaviņš'. Body lists MIP "
           "remarks, but 'Kopvērtējums' says they are recommendations and MIP can go 'bez precizējumiem' = supported; "
           "PKE 'pirms virzīšanas ... obligāti jāveic ... precizējumi' = needs_corrections.")

# =====================================================================================
# 07 qualification NOT in the register (metinātājs), roman-numeral sections
# =====================================================================================
d = D(seed=7)
d.p("LDDK nozares eksperta atzinums", bold=True, align="c")
d.p("par profesionālās kvalifikācijas „Metinātājs” (LKI 3. līmenis) modulārās izglītības programmu un "
    "profesionālās kvalifikācijas eksāmena saturu", align="c")
d.p("")
d.p("Mašīnbūves un metālapstrādes nozarē kvalificētu metinātāju trūkums ir viens no lielākajiem "
    "izaicinājumiem, tāpēc uz šiem dokumentiem skatījos īpaši rūpīgi. Nozares uzņēmumi atbalsta ideju, ka "
    "audzēkņi jau mācību laikā iegūst starptautiski atzītus metināšanas sertifikātus, un to es vērtēju kā "
    "programmas lielāko vērtību.", align="j")
d.p("I. Modulārā izglītības programma", bold=True)
d.p("Programmā ir ietverti MAG, TIG un rokas lokmetināšanas moduļi, taču metināšana ar pulvera stiepli ir "
    "minēta tikai kā izvēles tēma. Trūkst arī metināto savienojumu vizuālās kontroles pamatu. Abas tēmas "
    "jāiekļauj obligātajā daļā.", align="j")
d.p("II. Profesionālās kvalifikācijas eksāmens", bold=True)
d.p("Eksāmena praktiskā daļa paredz tikai tauršuves savienojumu apakšējā stāvoklī. Tas neatbilst standartā "
    "noteiktajam – kvalificētam metinātājam jāprot metināt arī vertikālā un griestu stāvoklī. Teorijas jautājumu "
    "bankā ir daudz novecojušu jautājumu par gāzes metināšanu. Vērtēšanas kritēriji nav sasaistīti ar "
    "LVS EN ISO 5817 kvalitātes līmeņiem.", align="j")
d.p("Secinājumi", bold=True)
d.p("Modulārās izglītības programmas saturs ir atbalstāms, un pēc I sadaļā minēto precizējumu veikšanas to var "
    "virzīt saskaņošanai. Eksāmena saturs pašreizējā redakcijā nav atbalstāms; tas jāizstrādā no jauna un "
    "jāiesniedz atkārtotai ekspertīzei.", align="j")
d.p("")
d.lines("""Ar cieņu,
Normunds Celmiņš
metināšanas inženieris (IWE), SIA „Metālmeistari”
Liepājā, 2026. gada 6. maijā""", split=False)
build(d, "r20a07_Celmins_Metinatajs_MIP_PKE.docx", "Normunds Celmiņš", T(2026, 5, 6),
      rows=[("metinātājs", "MIP", "needs_corrections", "Normunds Celmiņš", "2026-05-06", 3),
            ("metinātājs", "PKE", "not_supported", "Normunds Celmiņš", "2026-05-06", 3)],
      problems=["unknown_qualification"],
      note="Qualification 'Metinātājs' is not in the register -> unknown_qualification; LKI 3 from the review. "
           "'Nozares uzņēmumi atbalsta ideju' is a third-person verb, not a verdict. 'Secinājumi': MIP atbalstāms, "
           "pēc precizējumu veikšanas virzāms = needs_corrections; PKE 'nav atbalstāms' = not_supported.")

# =====================================================================================
# 08 Gmail forward, English headers, expert's message inside
# =====================================================================================
d = D(font="Arial", size=10, seed=8)
d.p("Pārsūtu Kristīnes atzinumu par mehatroniku, lūdzu pievienot mapei pie 4. posma materiāliem.")
d.p("L.")
d.p("")
d.p("---------- Forwarded message ---------", split=False)
d.lines("""From: Kristīne Apine <kristine.apine@gmail.com>
Date: Thu, 12 Mar 2026 at 21:17
Subject: Mehatronika - atzinums
To: Linda Eglīte <linda.eglite@lddk.lv>""", split=False)
d.p("")
d.p("Sveika, Linda!")
d.p("Beidzot tiku līdz mehatronisko sistēmu tehniķa materiāliem. Īsumā:")
d.p("Programma (MIP). Pneimatikas un hidraulikas moduļi ir labi, praktiskie darbi uz stendiem – tieši tas, kas "
    "vajadzīgs. PLC programmēšanas modulī gan ir tikai viena ražotāja vide; jāpapildina vismaz ar vispārīgiem "
    "IEC 61131-3 valodu principiem, citādi audzēkņi būs piesaistīti vienam zīmolam. Otrkārt, robotikas modulī "
    "nav nekā par sadarbīgajiem robotiem (coboti), bet mūsu nozarē tie ienāk ļoti strauji. Programmu atbalstu, "
    "bet pirms virzīšanas saskaņošanai šie divi precizējumi ir jāveic.")
d.p("Eksāmens (PKE). Praktiskais uzdevums – kļūmes atrašana un novēršana šķirošanas stacijā – ir ļoti labs. "
    "Vērtēšanas lapā tomēr nav punktu par dokumentēšanu, un teorijas daļā vismaz trīs jautājumiem ir nepareizas "
    "atbildes atslēgā (18., 24., 31.). Arī eksāmena saturs ir atbalstāms ar nosacījumu, ka šīs lietas tiks "
    "izlabotas, pirms to sūta saskaņošanai.")
d.p("Ja vajag formālāku atzinumu ar parakstu, pasaki, pārrakstīšu veidlapā.")
d.p("Kristīne")
d.p("--", split=False)
d.lines("""Kristīne Apine
SIA „Mehatronika Pro” automatizācijas inženiere
12.03.2026.""", split=False)
build(d, "r20a08_Fwd_ Mehatronika - atzinums.docx", "Linda Eglīte", T(2026, 3, 13, 8, 30),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Kristīne Apine", "2026-03-12", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Kristīne Apine", "2026-03-12", 4)],
      note="Gmail forward (English headers) saved by the coordinator (author = coordinator, created 13 Mar). "
           "Expert's message dated 12 Mar (also in signature). Qualification only in genitive ('mehatronisko sistēmu "
           "tehniķa'). MIP 'atbalstu, bet pirms virzīšanas ... precizējumi ir jāveic'; PKE 'atbalstāms ar "
           "nosacījumu' -> both needs_corrections.")

# =====================================================================================
# 09 PKE only, alias VGK, not supported, initial + surname
# =====================================================================================
d = D(font="Calibri", size=11, seed=9)
d.p("27.03.2026.", align="r", split=False)
d.p("Par VGK sistēmu tehniķa kvalifikācijas eksāmena saturu", bold=True)
d.p("Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmenu; programmu vērtēja kolēģis no "
    "aukstumtehnikas uzņēmuma.")
d.p("Eksāmena struktūra formāli atbilst prasībām, taču saturiski tas vairāk piemērots remontatslēdznieka, nevis "
    "tehniķa līmenim. Praktiskajā daļā nav neviena uzdevuma par sistēmas projektēšanu, gaisa apmaiņas aprēķinu vai "
    "regulēšanu un nodošanu ekspluatācijā – tiek prasīta tikai ventilatora nomaiņa un filtru apkope. Nav iekļauti "
    "jautājumi par F-gāzu regulu, lai gan sertifikāts tehniķim ir obligāts. Vērtēšanas kritēriji ir kopēti no "
    "citas kvalifikācijas un daļēji neattiecas uz uzdevumiem.")
d.p("Darba grupai iesaku lūgt metodisko atbalstu VISC speciālistiem un pārskatīt uzdevumus kopā ar kādu no "
    "nozares uzņēmumiem.")
d.p("Eksāmena saturu šādā redakcijā nevaru atbalstīt. Pēc pārstrādes esmu gatava to izvērtēt vēlreiz.")
d.p("")
d.p("I. Zvaigzne")
build(d, "r20a09_VGK_sistemu_tehnikis_PKE_Zvaigzne.docx", "Ilze Zvaigzne", T(2026, 3, 27),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported", "I. Zvaigzne",
             "2026-03-27", 4)],
      note="Alias 'VGK sistēmu tehniķis' (genitive). 'attiecas tikai uz ... eksāmenu; programmu vērtēja kolēģis' -> "
           "no MIP row. 'metodisko atbalstu' is a noun. 'nevaru atbalstīt' = not_supported. Signature is initial + "
           "surname (metadata has the full name, but the review writes 'I. Zvaigzne'). LKI from register.")

# =====================================================================================
# 10 MIP verdict given, PKE discussed but verdict postponed (no_verdict)
# =====================================================================================
d = D(seed=10)
d.p("Oskars Rudzītis", bold=True, split=False)
d.p("SIA „Klimata Serviss”, servisa daļas vadītājs", split=False)
d.p("")
d.p("Vērtējums ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka izglītības programmai un "
    "eksāmenam", bold=True)
d.p("Esmu izskatījis abus dokumentus, kurus darba grupa iesniedza 11. maijā.")
d.p("Programma ir praktiska un labi sabalansēta. Īpaši patīk, ka darba vidē balstītās mācības ir sadalītas pa "
    "sezonām – vasarā kondicionieru apkope, ziemā ventilācijas sistēmu tīrīšana. Aukstumaģentu apstrādes modulis "
    "atbilst F-gāzu prasībām. Labojumi nav nepieciešami. Programmu uzskatu par atbalstāmu un virzāmu saskaņošanai.")
d.p("Eksāmenā man ir šaubas par praktiskā uzdevuma apjomu: četrās stundās jāveic gan splita tipa kondicioniera "
    "montāža, gan vakuumēšana un uzpilde, gan noplūdes pārbaude. Mūsu pieredzē pat pieredzējis meistars to "
    "paveiktu ar grūtībām. Tajā pašā laikā teorijas daļa ir labi sagatavota. Vai uzdevums ir izpildāms, atkarīgs no "
    "tā, kāds aprīkojums būs sagatavots eksāmena vietā, un to no dokumentiem nevar saprast.")
d.p("Par PKE gala vērtējumu vēlos vēl konsultēties ar kolēģiem, kuri pieņem eksāmenus, un to paziņošu atsevišķi.")
d.p("")
d.p(f"2026.{NB}gada 19.{NB}maijā", split=False)
build(d, "r20a10_Rudzitis_VGK remontatslēdznieks_MIP_PKE.docx", "Oskars Rudzītis", T(2026, 5, 19),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported",
             "Oskars Rudzītis", "2026-05-19", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "unknown",
             "Oskars Rudzītis", "2026-05-19", 3)],
      problems=["no_verdict"],
      note="Name and role above the title. MIP 'Labojumi nav nepieciešami ... atbalstāmu un virzāmu saskaņošanai' = "
           "supported ('nav nepieciešami' is not a negated verdict). PKE is discussed at length but the verdict is "
           "explicitly postponed -> PKE unknown + no_verdict.")

# =====================================================================================
# 11 NOT A REVIEW: minutes of the sector experts' meeting
# =====================================================================================
d = D(seed=11)
d.p("LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", bold=True, align="c", split=False)
d.p("Nozaru ekspertu sanāksmes PROTOKOLS Nr. 3", bold=True, align="c")
d.p("Rīgā, Raiņa bulvārī 4 (un tiešsaistē MS Teams)                                2026. gada 7. aprīlī",
    split=False)
d.p("")
d.p("Sanāksmi vada: Linda Eglīte, LDDK projekta koordinatore")
d.p("Protokolē: Anna Sproģe")
d.p("Piedalās: E. Pētersons, S. Vītola, V. Kļaviņš, I. Zvaigzne, R. Zariņš, A. Krūmiņš, K. Apine, "
    "G. Liepiņa, M. Ozoliņš")
d.p("")
d.p("Darba kārtība:", bold=True)
d.p("1. Informācija par projekta 4. posma rezultātiem.")
d.p("2. Ekspertīžu plāns 5. posmam.")
d.p("3. Dažādi.")
d.p("")
d.p("1. Informācija par 4. posma rezultātiem", bold=True)
d.p("L. Eglīte informēja, ka līdz 31. martam pabeigta MIP un PKE ekspertīze motorzāģa operatora, mežsaimniecības "
    "tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām. Vairumā gadījumu MIP saturs atzīts par atbalstāmu pēc "
    "precizējumu veikšanas. Izglītības iestādes pauž atbalstu ekspertu darbam, taču lūdz atzinumus sagatavot "
    "vienveidīgāk.")
d.p("E. Pētersons informēja, ka mēbeļu galdnieka otrā redakcija ir saņemta un viņš to izvērtēs līdz aprīļa vidum. "
    "Pirmajā redakcijā programma netika atbalstīta.")
d.p("S. Vītola norādīja, ka koka izstrādājumu ražošanas tehniķa programma ir būtiski jāpārstrādā, un aicināja "
    "VISC sniegt darba grupai metodisko atbalstu.")
d.p("NOLĒMA: pieņemt informāciju zināšanai.", bold=True)
d.p("2. Ekspertīžu plāns 5. posmam", bold=True)
d.p("Diskusijā tika panākta vienošanās, ka atzinuma noslēgumā eksperts vienmēr skaidri norāda vienu no trim "
    "vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas "
    "virzāms saskaņošanai” vai „saturs nav atbalstāms”.")
d.p("NOLĒMA: koordinatorei līdz 14. aprīlim izsūtīt ekspertiem 5. posma sadalījumu pa kvalifikācijām.", bold=True)
d.p("3. Dažādi", bold=True)
d.p("Nākamā sanāksme – 2026. gada jūnija sākumā.")
d.p("")
d.p("Sanāksmes vadītāja                                    L. Eglīte", split=False)
d.p("Protokolētāja                                           A. Sproģe", split=False)
build(d, "r20a11_Protokols_nozaru_ekspertu_sanaksme_2026-04-07.docx", "Anna Sproģe", T(2026, 4, 8, 11, 0),
      rows=[], problems=["no_verdict"],
      note="NOT a review: meeting minutes. Mentions experts, qualifications, 'atbalstāmu pēc precizējumu veikšanas', "
           "'netika atbalstīta', 'pauž atbalstu', 'metodisko atbalstu' and all three canonical verdict sentences. "
           "No rows; one no_verdict row for the file.")

# =====================================================================================
# 12 conflict inside the conclusion (MIP), PKE supported
# =====================================================================================
d = D(seed=12)
d.p("Ekspertīzes atzinums", bold=True, align="c", size=14)
d.p("Kvalifikācija: Būvizstrādājumu galdnieks, LKI 4", align="c")
d.p("")
d.p("1. Vispārīgi", bold=True)
d.p("Dokumentus saņēmu 2026. gada 15. aprīlī. Vērtēju modulārās izglītības programmu un profesionālās "
    "kvalifikācijas eksāmena saturu, salīdzinot tos ar profesijas standartu un mūsu uzņēmuma praksi logu un durvju "
    "ražošanā.", align="j")
d.p("2. Programma", bold=True)
d.p("Modulī „Logu izgatavošana” aprakstīta tikai tradicionālā koka loga konstrukcija ar vienkāršu stiklojumu; "
    "nav ne vārda par energoefektīviem logiem, trīskāršo stikla paketi vai hermetizācijas lentām. Modulī "
    "„Durvju montāža” trūkst ugunsdrošo durvju un to sertifikācijas prasību.",
    align="j")
d.p("3. Eksāmens", bold=True)
d.p("Eksāmena uzdevums (loga vērtnes izgatavošana pēc rasējuma) ir reāls un atbilst kvalifikācijas līmenim. "
    "Vērtēšanas kritēriji ir skaidri. Piezīmju nav.", align="j")
d.p("4. Secinājumi", bold=True)
d.p("1. MIP saturs ir atbalstāms un virzāms saskaņošanai.")
d.p("2. PKE saturs ir atbalstāms un virzāms saskaņošanai.")
d.p("MIP saturu pašreizējā redakcijā nevaru atbalstīt.", align="j")
d.p("")
d.p("Inese Kalniņa, SIA „Vidzemes Logi” tehnoloģe", split=False)
d.p("24.04.2026", split=False)
build(d, "r20a12_Buvizstradajumu galdnieks MIP PKE_Kalnina.docx", "Inese Kalniņa", T(2026, 4, 24),
      rows=[("būvizstrādājumu galdnieks", "MIP", "unknown", "Inese Kalniņa", "2026-04-24", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Inese Kalniņa", "2026-04-24", 4)],
      problems=["conflict"],
      note="Conflict inside the conclusion itself: numbered item 1 says MIP 'atbalstāms un virzāms saskaņošanai', "
           "the very next sentence of the same 'Secinājumi' says 'MIP saturu ... nevaru atbalstīt' (probably a leftover "
           "line from a draft). Body remarks are neutral (missing topics). Equal weight -> MIP unknown + conflict. PKE is consistent -> supported.")

# =====================================================================================
# 13 very short
# =====================================================================================
d = D(font="Calibri", size=11, seed=13, split_prob=0)
d.p("Mežsaimniecības tehniķis – PKE", bold=True)
d.p("Eksāmena saturs atbilst standartam, uzdevumi reāli un izpildāmi. Atbalstu, var virzīt saskaņošanai.")
d.p("Motorzāģa operators – PKE", bold=True)
d.p("Praktiskajā daļā tikai sagarumošana, koku gāšanas nav. Šādu neatbalstu.")
d.p("Meža mašīnu operatora PKE vēl neesmu paspējis izskatīt, nosūtīšu nākamnedēļ.")
d.p("M. Ozoliņš")
d.p("10.02.2026")
build(d, "r20a13_Ozolins PKE mezsaimn tehn.docx", "Māris Ozoliņš", T(2026, 2, 10, 19, 20),
      rows=[("mežsaimniecības tehniķis", "PKE", "supported", "M. Ozoliņš", "2026-02-10", 4),
            ("motorzāģa operators", "PKE", "not_supported", "M. Ozoliņš", "2026-02-10", 3)],
      note="Very short note, PKE only, two qualifications as bold one-line headings. 'Atbalstu, var virzīt "
           "saskaņošanai' = supported; 'Šādu neatbalstu' = not_supported. Meža mašīnu operators PKE explicitly "
           "not yet reviewed -> no row. Expert as written (initial). LKI from register.")

# =====================================================================================
# 14 NOT A REVIEW: assignment letter with table for stage 5
# =====================================================================================
d = D(font="Arial", size=10, seed=14)
d.header(["Latvijas Darba devēju konfederācija | Raiņa bulvāris 4, Rīga, LV-1050 | www.lddk.lv"], align="c", size=8)
d.p("Rīgā, 2026. gada 14. aprīlī                                                              Nr. 2-7/118",
    split=False)
d.p("")
d.p("Nozaru ekspertiem", bold=True)
d.p("Par ekspertīžu sadalījumu projekta 5. posmā", bold=True)
d.p("")
d.p("Godātie eksperti!")
d.p("Atbilstoši 7. aprīļa sanāksmē nolemtajam nosūtām MIP un PKE satura ekspertīžu sadalījumu projekta "
    "5. posmam (2026. gada 1. aprīlis – 31. jūlijs). Lūdzam atzinumus iesniegt līdz tabulā norādītajam termiņam "
    "elektroniski, parakstītus ar drošu elektronisko parakstu vai skenētus.")
d.table([
    ["Nr.", "Profesionālā kvalifikācija", "LKI", "Dokuments", "Eksperts", "Termiņš"],
    ["1.", "Mēbeļu galdnieks (atkārtoti)", "4", "MIP, PKE", "E. Pētersons", "17.04.2026."],
    ["2.", "Būvizstrādājumu galdnieks", "4", "MIP, PKE", "I. Kalniņa", "30.04.2026."],
    ["3.", "Būvizstrādājumu galdnieks", "4", "PKE", "D. Strautiņa", "05.06.2026."],
    ["4.", "Elektrotehniķis", "4", "MIP, PKE", "V. Kļaviņš; A. Grīnbergs", "29.05.2026."],
    ["5.", "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "3", "MIP, PKE", "O. Rudzītis",
     "22.05.2026."],
    ["6.", "Koka izstrādājumu ražošanas tehniķis (atkārtoti)", "4", "MIP, PKE", "E. Saulīte", "15.05.2026."],
    ["7.", "Meža mašīnu operators", "3", "MIP", "R. Krastiņš", "30.04.2026."],
])
d.p("")
d.p("Atgādinām, ka atzinuma noslēgumā katram dokumentam jānorāda viens no vērtējumiem: saturs ir atbalstāms un "
    "virzāms saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav "
    "atbalstāms. Ja saturs nav atbalstāms vai nepieciešami precizējumi, lūdzam tos uzskaitīt konkrēti.")
d.p("Pateicamies par atbalstu un sadarbību!")
d.p("")
d.lines("""Ar cieņu
Linda Eglīte
projekta koordinatore""", split=False)
build(d, "r20a14_5 posma ekspertizu sadalijums_vestule.docx", "Linda Eglīte", T(2026, 4, 14, 9, 0),
      rows=[], problems=["no_verdict"],
      note="NOT a review: coordinator's assignment letter with a table of qualifications, documents, experts and "
           "deadlines; repeats the three verdict options and 'Pateicamies par atbalstu'. No rows; one no_verdict.")

# =====================================================================================
# 15 tracked changes: PKE verdict changed with track changes on; date changed too
# =====================================================================================
AUTH, WHEN = "Laila Dambe", "2026-04-22T08:41:00Z"
d = D(seed=15)
d.p("Atzinums par kvalifikācijas „Kokapstrādes iekārtu operators” MIP un PKE", bold=True)
d.segs([("Izstrādāts 2026. gada ", ""), ("15.", "del", AUTH, WHEN), ("22.", "ins", AUTH, WHEN),
        (" aprīlī", "")])
d.p("")
d.p("Izvērtēju kokapstrādes iekārtu operatora (3. LKI līmenis) modulāro izglītības programmu un kvalifikācijas "
    "eksāmena saturu, kas saņemts 2026. gada 8. aprīlī.", align="j")
d.p("Programma. Moduļi aptver visas galvenās iekārtu grupas – zāģēšanas, ēvelēšanas, frēzēšanas un urbšanas "
    "darbgaldus. Darba drošības tēmas integrētas katrā modulī, kas ir pareizi. Neskatoties uz to, ka daži "
    "mācību rezultāti ir formulēti pārāk plaši, tie neietekmē programmas būtību. MIP saturs ir atbalstāms un "
    "virzāms saskaņošanai.", align="j")
d.p("Eksāmens. Praktiskais uzdevums ir labi izvēlēts. Pirmajā lasījumā vērtēšanas kritēriji šķita pietiekami, "
    "taču, salīdzinot tos ar profesijas standartu, konstatēju, ka nav vērtēta darbgalda sagatavošana darbam un "
    "griezējinstrumenta nomaiņa.", align="j")
d.segs([("PKE saturs ir atbalstāms", ""), (" un virzāms saskaņošanai.", "del", AUTH, WHEN),
        ("; pēc precizējumu veikšanas virzāms saskaņošanai.", "ins", AUTH, WHEN)], align="j")
d.tracked_paragraph("Precizējumi: vērtēšanas kritērijos papildus iekļaut darbgalda sagatavošanu darbam un "
                    "griezējinstrumenta nomaiņu.", AUTH, WHEN)
d.p("")
d.p("Laila Dambe", split=False)
d.p("SIA „Latgales Koks” tehnoloģe", split=False)
build(d, "r20a15_Dambe_kokapstrades iekartu operators_labots.docx", "Laila Dambe", T(2026, 4, 15),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Laila Dambe", "2026-04-22", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Laila Dambe", "2026-04-22", 3)],
      last_modified_by="Laila Dambe",
      note="Track changes: PKE ' un virzāms saskaņošanai' deleted (w:del) and '; pēc precizējumu veikšanas virzāms "
           "saskaņošanai' inserted (w:ins) + an inserted paragraph with the correction -> needs_corrections. The "
           "date '15.' is deleted and '22.' inserted -> 2026-04-22 (core created is 15 Apr). 'Neskatoties' is not a "
           "negation; MIP supported. LKI written '3. LKI līmenis'.")

# =====================================================================================
# 16 two qualifications under ALL-CAPS headings, both documents each
# =====================================================================================
d = D(font="Calibri", size=11, seed=16)
d.p("Nozares eksperta vērtējums – enerģētika", bold=True, size=13)
d.p("Eksperts: Artūrs Grīnbergs, SIA „Volts un Partneri” tehniskais direktors")
d.p("Datums: 2026-05-28")
d.p("")
d.p("Šajā dokumentā apkopoju vērtējumu abām man nodotajām elektroenerģētikas kvalifikācijām. Abos gadījumos "
    "izskatīju gan programmu, gan eksāmenu.")
d.p("")
d.p("ELEKTROMONTIERIS (LKI 3)", bold=True)
d.p("Programma: apjoms atbilst līmenim, bet gandrīz pilnībā iztrūkst viedo mēraparātu un uzskaites sistēmu "
    "montāža, ko mūsu montieri dara katru dienu. Modulī par kabeļu līnijām jāpapildina kabeļu uzmavu "
    "montāža. Kad šīs divas tēmas būs papildinātas, programmu var sūtīt saskaņošanai – pēc būtības to atbalstu.")
d.p("Eksāmens: labi sagatavots, uzdevumi atbilst reālajam darbam, kritēriji skaidri. Atbalstu bez "
    "precizējumiem, var virzīt saskaņošanai.")
d.p("")
d.p("ELEKTROTEHNIĶIS (LKI 4)", bold=True)
d.p("Programma: strukturēta un pārdomāta, ar labu līdzsvaru starp teoriju un praksi. Atbalstāma un virzāma "
    "saskaņošanai.")
d.p("Eksāmens: teorētiskajā daļā ir vairāki jautājumi ar divām pareizām atbildēm, bet praktiskajā uzdevumā "
    "nav noteikts laiks. Eksāmena saturs ir atbalstāms, bet pirms saskaņošanas šīs kļūdas jāizlabo.")
d.p("")
d.p("Ja darba grupām rodas jautājumi, esmu pieejams pa tālruni 26 771 045.")
d.p("A. Grīnbergs", split=False)
build(d, "r20a16_Grinbergs_energetika_MIP_PKE_kopā.docx", "Artūrs Grīnbergs", T(2026, 5, 28),
      rows=[("elektromontieris", "MIP", "needs_corrections", "Artūrs Grīnbergs", "2026-05-28", 3),
            ("elektromontieris", "PKE", "supported", "Artūrs Grīnbergs", "2026-05-28", 3),
            ("elektrotehniķis", "MIP", "supported", "Artūrs Grīnbergs", "2026-05-28", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", "Artūrs Grīnbergs", "2026-05-28", 4)],
      note="Two qualifications under ALL-CAPS headings, documents called 'Programma'/'Eksāmens'. Elektromontieris "
           "MIP: condition first ('Kad ... būs papildinātas, ... var sūtīt saskaņošanai'), support after -> "
           "needs_corrections; PKE 'Atbalstu bez precizējumiem' = supported. Elektrotehniķis MIP supported; PKE "
           "'atbalstāms, bet pirms saskaņošanas ... jāizlabo' = needs_corrections. ISO date in a label line.")

# =====================================================================================
# 17 lettered sections inside one memo, PKE only for two qualifications
# =====================================================================================
d = D(seed=17)
d.p("Dace Strautiņa", split=False)
d.p("kokrūpniecības nozares eksperte", split=False)
d.p("")
d.p("ATZINUMS", bold=True, align="c")
d.p("par divu galdnieku kvalifikāciju eksāmenu saturu", align="c")
d.p("")
d.p("Atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmeniem. Modulārās programmas vērtēja citi "
    "eksperti, un to saturu šeit nekomentēju.", align="j")
d.p("a) Mēbeļu galdnieks", bold=True)
d.p("Eksāmena praktiskais uzdevums – kumodes izgatavošana pēc rasējuma – ir piemērots 4. līmenim. Darba grupa "
    "ir ņēmusi vērā iepriekšējā ekspertīzē izteiktās piezīmes par pieļaujamām novirzēm un vērtēšanas "
    "kritērijiem; tagad tie ir skaidri un izmērāmi. Šo eksāmenu var virzīt saskaņošanai, tas ir atbalstāms "
    "pilnībā.", align="j")
d.p("b) Būvizstrādājumu galdnieks", bold=True)
d.p("Šeit ainava ir pretēja. Uzdevums (kāpņu posma izgatavošana) nav izpildāms eksāmenam atvēlētajās sešās "
    "stundās, teorijas daļā 15 no 40 jautājumiem attiecas uz mēbeļu, nevis būvizstrādājumu ražošanu, un "
    "vērtēšanas lapā nav kritēriju montāžai. Uzskatu, ka eksāmena saturs nav atbalstāms, – to vajag veidot "
    "no jauna, iesaistot kādu būvgaldniecības uzņēmumu.", align="j")
d.p("")
d.p(f"Cēsīs, 2026.{NB}gada 3.{NB}jūnijā", split=False)
build(d, "r20a17 PKE galdnieki Strautina.docx", "Linda Eglīte", T(2026, 6, 4, 10, 15),
      rows=[("mēbeļu galdnieks", "PKE", "supported", "Dace Strautiņa", "2026-06-03", 4),
            ("būvizstrādājumu galdnieks", "PKE", "not_supported", "Dace Strautiņa", "2026-06-03", 4)],
      last_modified_by="Dace Strautiņa",
      note="Name above the title, lettered sections a)/b), PKE only ('attiecas tikai uz ... eksāmeniem'; MIP by "
           "others -> no MIP rows). Mēbeļu galdnieks: 'var virzīt saskaņošanai, tas ir atbalstāms pilnībā' = "
           "supported (history mentioned). Būvizstrādājumu galdnieks 'nav atbalstāms' = not_supported. Core author "
           "is the coordinator.")

# =====================================================================================
# 18 Gmail thread (Latvian Gmail quoting): newest message supersedes the quoted older rejection
# =====================================================================================
d = D(font="Arial", size=10, seed=18)
d.p("Raitis Kalniņš <raitis.kalnins@mezaserviss.lv>", bold=True, split=False)
d.p("trešd., 2026. g. 18. marts 08:52", split=False)
d.p("Kam: Linda Eglīte <linda.eglite@lddk.lv>", split=False)
d.p("Tēma: Re: Motorzāģa operators PKE - labota versija", split=False)
d.p("")
d.p("Labrīt!")
d.p("Paskatījos laboto versiju. Praktiskajā uzdevumā tagad ir gan koku gāšana, gan atzarošana un "
    "sagarumošana, drošības distances ir norādītas, vērtēšanas lapā kritiskās kļūdas atdalītas no pārējām. "
    "Tagad viss kārtībā – PKE saturs ir atbalstāms un virzāms saskaņošanai.")
d.p("Raitis")
d.p("")
d.p("pirmd., 2026. g. 16. marts 14:03, lietotājs Linda Eglīte (<linda.eglite@lddk.lv>) rakstīja:", split=False)
d.p("> Labdien, Raiti! Darba grupa ir izlabojusi eksāmena saturu atbilstoši Jūsu piezīmēm, labotā versija "
    "pielikumā. Lūdzu, apskatiet un dodiet ziņu, vai tagad varam virzīt saskaņošanai.", italic=True)
d.p("> ", italic=True)
d.p("> trešd., 2026. g. 4. marts 09:12, lietotājs Raitis Kalniņš (<raitis.kalnins@mezaserviss.lv>) rakstīja:",
    italic=True, split=False)
d.p(">> Sveiki! Izskatīju motorzāģa operatora kvalifikācijas eksāmenu. Praktiskais uzdevums ietver tikai "
    "sagarumošanu, koku gāšanas nav vispār, nav norādītas drošības distances. PKE saturs šādā redakcijā nav "
    "atbalstāms.", italic=True)
build(d, "r20a18_Re_ Motorzaga operators PKE - labota versija.docx", "Linda Eglīte", T(2026, 3, 18, 9, 30),
      rows=[("motorzāģa operators", "PKE", "supported", "Raitis Kalniņš", "2026-03-18", 3)],
      note="Gmail thread pasted into Word (Latvian Gmail quote lines). The newest message (18 Mar) says PKE 'ir "
           "atbalstāms un virzāms saskaņošanai'; the quoted 4 Mar message 'nav atbalstāms' is history, superseded. "
           "Expert from the From line (signature only 'Raitis').")

# =====================================================================================
# 19 NOT A REVIEW: news item on the website
# =====================================================================================
d = D(font="Georgia", size=11, seed=19)
d.p("Nozaru eksperti turpina vērtēt profesionālās izglītības programmas un eksāmenus", bold=True, size=15)
d.p("Publicēts: 2026. gada 22. maijā | Kategorija: Izglītība", italic=True, size=9, split=False)
d.p("")
d.p("Latvijas Darba devēju konfederācija (LDDK) Eiropas Savienības Kohēzijas politikas programmas 4.2.2. "
    "specifiskā atbalsta mērķa projektā turpina nodrošināt nozaru ekspertu iesaisti modulāro izglītības "
    "programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) satura ekspertīzē.", align="j")
d.p("„Eksperta atzinums nav formalitāte. Ja saturs nav atbalstāms, darba grupa to pārstrādā un iesniedz "
    "atkārtoti, un tas notiek arī praksē,” stāsta kokrūpniecības nozares eksperte Sandra Vītola. Viņasprāt, "
    "vislielākā vērtība ir tā, ka uzņēmumi var ietekmēt, ko jaunieši mācās.", align="j")
d.p("Pavasarī atkārtoti izvērtēts mēbeļu galdnieka programmas un eksāmena saturs, bet enerģētikas nozarē "
    "eksperti Valdis Kļaviņš un Artūrs Grīnbergs izskatījuši elektrotehniķa kvalifikācijas dokumentus. Lielākā "
    "daļa programmu ir atbalstītas, tomēr virzāmas saskaņošanai tikai pēc precizējumu veikšanas.", align="j")
d.p("Darbs turpināsies līdz 2026. gada jūlijam, kad noslēgsies projekta 5. posms. Nozares uzņēmumi, kas vēlas "
    "iesaistīties, aicināti sazināties ar LDDK.", align="j")
build(d, "r20a19_LDDK_zina_eksperti turpina vertet.docx", "LDDK Komunikācija", T(2026, 5, 21, 15, 0),
      rows=[], problems=["no_verdict"],
      note="NOT a review: website news item. Names experts and qualifications, quotes an expert, says 'atbalstītas, "
           "tomēr virzāmas ... pēc precizējumu veikšanas' in aggregate, 'specifiskā atbalsta mērķa'. No rows.")

# =====================================================================================
# 20 qualification not in the register, no LKI stated, MIP only
# =====================================================================================
d = D(font="Calibri", size=11, seed=20)
d.p("Atzinums par saules energosistēmu montētāja modulārās izglītības programmu", bold=True)
d.p("")
d.p("Labdien!")
d.p("Pēc projekta koordinatores lūguma izskatīju jaunās kvalifikācijas „Saules energosistēmu montētājs” "
    "programmas projektu. Eksāmena saturs vēl tiek izstrādāts, tāpēc šis vērtējums ir tikai par programmu.")
d.p("Programmas ideja ir ļoti apsveicama – saules paneļu uzstādītāju tirgū trūkst, un daudzi strādā bez jebkādas "
    "sagatavotības. Moduļi par fotoelementu sistēmu uzbūvi, invertoriem un montāžu uz jumta ir labi. Trūkst "
    "darba augstumā un kritiena aizsardzības moduļa (pašlaik tas minēts tikai vienā teikumā), kā arī nav "
    "nekā par akumulatoru sistēmām, kas tagad tiek uzstādītas gandrīz katrā otrajā objektā.")
d.p("Rezumējot – programmu atbalstu ar nosacījumu, ka pirms saskaņošanas tiks papildināts darba augstumā "
    "modulis un pievienota tēma par enerģijas uzkrāšanas sistēmām.")
d.p("")
d.p("Ar cieņu,")
d.p("Ilze Bērziņa")
d.p(f"2026.{NB}gada 30.{NB}aprīlī")
build(d, "r20a20_Atzinums - Saules energosistemu montetajs MIP.docx", "Ilze Bērziņa", T(2026, 4, 30),
      rows=[("saules energosistēmu montētājs", "MIP", "needs_corrections", "Ilze Bērziņa", "2026-04-30", "")],
      problems=["unknown_qualification"],
      note="Qualification not in the register, no level stated -> lki empty; unknown_qualification. MIP only "
           "(PKE 'vēl tiek izstrādāts' -> no row). 'Rezumējot – programmu atbalstu ar nosacījumu' = needs_corrections.")

# =====================================================================================
# 21 long review per module, MIP only, academic title; body has negative remarks, conclusion conditional
# =====================================================================================
d = D(seed=21)
d.p("Mg. sc. ing. Ainārs Vilks", align="r", split=False)
d.p("SIA „Baltic Automation Systems” projektu vadītājs", align="r", split=False)
d.p("mašīnbūves un metālapstrādes nozares eksperts", align="r", split=False)
d.p("")
d.p("EKSPERTA VĒRTĒJUMS", bold=True, align="c", size=14)
d.p("Kvalifikācija „Mehatronisko sistēmu tehniķis”, 4. LKI līmenis – modulārā izglītības programma", align="c")
d.p("")
d.p("Ievads", bold=True)
d.p("Vērtējums sagatavots pēc LDDK projekta koordinatores 2026. gada 5. februāra lūguma. Izskatīta darba grupas "
    "iesniegtā modulārās izglītības programmas redakcija (versija 0.9, datēta 2026. gada 2. februārī). "
    "Profesionālās kvalifikācijas eksāmena saturs uz šo brīdi vēl nav iesniegts, un to vērtēšu atsevišķi, kad "
    "tas būs pieejams. Vērtējot programmu, izmantoju profesijas standartu, nozares kvalifikāciju struktūru un "
    "pieredzi, kas gūta, pieņemot darbā jaunos tehniķus mūsu uzņēmumā pēdējo piecu gadu laikā.", align="j")
d.p("Vispārējs vērtējums", bold=True)
d.p("Programma ir veidota pārdomāti: pamatmoduļi (elektrotehnika, mehānika, tehniskā grafika) sniedz stabilu "
    "bāzi, bet specializācijas moduļi sedz galvenos mehatronikas virzienus – pneimatiku, hidrauliku, sensoriku, "
    "programmējamos loģiskos kontrolierus un robotiku. Mācību rezultāti lielākoties ir formulēti kā darbības, "
    "ko var novērot un novērtēt. Pozitīvi vērtēju to, ka darba vidē balstītās mācības ir paredzētas katrā "
    "specializācijas modulī, nevis tikai programmas beigās.", align="j")
d.p("Piezīmes par moduļiem", bold=True)
d.p("A modulis „Elektrotehnikas pamati”. Saturs atbilst. Ieteiktu vairāk uzsvērt mērījumu nenoteiktību un "
    "mērinstrumentu kalibrēšanu, taču tas nav obligāti.", align="j")
d.p("B modulis „Mehānisko sistēmu montāža un apkope”. Nav iekļauta vibrodiagnostika un gultņu stāvokļa "
    "novērtēšana, kas mūsdienu prediktīvajā apkopē ir pamatprasme. Šādā veidā modulis nav pietiekams tehniķa "
    "līmenim, un tas jāpapildina (1. precizējums).", align="j")
d.p("C modulis „Pneimatiskās un hidrauliskās sistēmas”. Labi sagatavots. Praktiskie darbi uz mācību stendiem "
    "atbilst industrijā lietotajām komponentēm. Piezīmju nav.", align="j")
d.p("D modulis „Sensori un mērījumi”. Aprakstīti tikai diskrētie sensori; analogie signāli (4–20 mA, 0–10 V) "
    "un to mērogošana nav minēti. Jāpapildina (2. precizējums).", align="j")
d.p("E modulis „Programmējamie loģiskie kontrolieri”. Modulis balstīts vienā ražotāja vidē un vienā "
    "programmēšanas valodā (kāpņu diagrammas). Tehniķim jāprot lasīt un labot arī funkciju bloku diagrammas un "
    "strukturēto tekstu. Jāpapildina (3. precizējums).", align="j")
d.p("F modulis „Industriālie roboti”. Saturs labs, tomēr drošības sadaļā nav atsauces uz LVS EN ISO 10218. "
    "Tas jāiekļauj (4. precizējums).", align="j")
d.p("G modulis „Rūpnieciskie tīkli un digitalizācija”. Ļoti vērtīgs, atbilst Industrijas 4.0 virzienam. Vēlams, "
    "bet ne obligāti, pievienot tēmu par OPC UA.", align="j")
d.p("H modulis „Kvalifikācijas prakse”. Prakses uzdevumi ir formulēti vispārīgi („iepazīties ar uzņēmuma "
    "iekārtām”). Tie būtu jākonkretizē, taču to var izdarīt kopā ar prakses vietām, tāpēc to neuzskatu par "
    "šķērsli saskaņošanai.", align="j")
d.p("Par stundu sadalījumu", bold=True)
d.p("Kopējais apjoms atbilst normatīvajam regulējumam. Praktisko mācību īpatsvars (58 %) ir pietiekams. "
    "Iesaku pārdalīt 20 stundas no A moduļa uz E moduli, jo PLC programmēšanai paredzētais laiks ir nepietiekams; "
    "tas gan ir ieteikums, nevis prasība.", align="j")
d.p("Rezumējot", bold=True)
d.p("Neraugoties uz iepriekš minētajām nepilnībām B, D, E un F modulī, programmas struktūra un pieeja ir "
    "pareiza, un nav nepieciešams to pārstrādāt pēc būtības. Modulārās izglītības programmas saturs ir "
    "atbalstāms ar nosacījumu, ka pirms tās virzīšanas saskaņošanai tiek veikti 1.–4. precizējums. Pārējie "
    "ieteikumi ir brīvprātīgi.", align="j")
d.p("")
d.p("Valmierā, 25.02.2026.", split=False)
d.p("A. Vilks", split=False)
d.footer(["Eksperta vērtējums – Mehatronisko sistēmu tehniķis – MIP v0.9"], align="c")
build(d, "r20a21_Vilks_mehatronika_MIP_vertejums_v2.docx", "Ainārs Vilks", T(2026, 2, 25, 17, 45),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", "Ainārs Vilks", "2026-02-25", 4)],
      note="Long (about two pages) per-module review with letterhead (Mg. sc. ing. dropped). Body remarks such as "
           "'modulis nav pietiekams' concern modules, not the verdict. 'Rezumējot': 'atbalstāms ar nosacījumu, ka "
           "pirms ... virzīšanas saskaņošanai tiek veikti 1.–4. precizējums' = needs_corrections. PKE not yet "
           "submitted -> no row. Version date 2 Feb in body is not the review date.")

# =====================================================================================
# 22 no diacritics, 'bez precizejumiem' trap
# =====================================================================================
d = D(font="Calibri", size=11, seed=22)
d.p("Uldis Jansons, SIA Kokmasinu Centrs", split=False)
d.p("9.04.2026", split=False)
d.p("")
d.p("Par datorizetu kokapstrades iekartu operatora programmu un eksamenu", bold=True)
d.p("Sveiki,")
d.p("rakstu bez garumzimem, jo esmu komandejuma un sis dators citadi neprot. Izskatiju abus dokumentus.")
d.p("Programma - CNC apstrades centru un programmesanas moduli ir loti labi, atbilst tam ko dara razosana. "
    "Iepriekseja redakcija man bija piezimes par CAD/CAM dalu, tas ir izlabotas. Uzskatu, ka MIP saturs ir "
    "atbalstams bez precizejumiem un virzams saskanosanai.")
d.p("Eksamens - praktiskais uzdevums labs, bet nav noradits, kadu programmaturu eksaminejamais drikst izmantot, "
    "un vertesanas lapa nav paredzeti punkti par instrumentu izveli un rezimu aprekinu. PKE saturs ir "
    "atbalstams, pec precizejumu veiksanas virzams saskanosanai.")
d.p("Ja kas nav skaidrs, zvaniet.")
d.p("Uldis")
build(d, "r20a22_datorizetu kokapstr_Jansons_bez garumzimem.docx", "Uldis Jansons", T(2026, 4, 9, 21, 5),
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", "Uldis Jansons", "2026-04-09", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", "Uldis Jansons",
             "2026-04-09", 4)],
      note="Whole text without diacritics. MIP 'atbalstams bez precizejumiem un virzams saskanosanai' = supported "
           "('bez precizējumiem' is the opposite of 'pēc'); earlier-round remarks fixed. PKE canonical "
           "needs_corrections without diacritics. Name and short date (9.04.2026) at the top.")

# =====================================================================================
# 23 'nav iebildumu' positive for PKE; MIP not supported
# =====================================================================================
d = D(seed=23)
d.p("Koka izstrādājumu ražošanas tehniķis – atkārtota ekspertīze", bold=True)
d.p("")
d.p("Ievērojot 5. posma sadalījumu, esmu izvērtējusi koka izstrādājumu ražošanas tehniķa (LKI 4) programmu un "
    "eksāmenu pēc tam, kad darba grupa tos pārstrādāja, ņemot vērā marta ekspertīzē izteiktās piezīmes.",
    align="j")
d.p("Programmā ir pievienots modulis „Ražošanas plānošana”, tomēr tas ir tikai 40 stundas garš un aprobežojas ar "
    "darba laika uzskaiti. Kvalitātes vadības moduļa joprojām nav, tehnoloģisko procesu projektēšana ir "
    "aprakstīta virspusēji, un vairāki mācību rezultāti joprojām pārklājas ar operatora kvalifikāciju. Man "
    "jāsecina, ka MIP pašreizējā redakcijā nav atbalstāma; nepieciešama būtiska pārstrāde un atkārtota ekspertīze.",
    align="j")
d.p("Eksāmena saturs ir uzlabots ievērojami: praktiskais uzdevums tagad ietver ražošanas procesa plānošanu "
    "konkrētam izstrādājumam, materiālu patēriņa aprēķinu un kvalitātes kontroles plānu. Pret PKE saturu man nav "
    "iebildumu, to var virzīt saskaņošanai.", align="j")
d.p("")
d.p("Evita Saulīte", split=False)
d.p("kokapstrādes uzņēmuma „Saulkoks” kvalitātes vadītāja", italic=True, split=False)
d.p("2026. gada 12. maijā", split=False)
build(d, "r20a23_Saulite_KIRT_atkartoti_2026-05.docx", "Evita Saulīte", T(2026, 5, 12),
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported", "Evita Saulīte", "2026-05-12", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", "Evita Saulīte", "2026-05-12", 4)],
      note="Repeat review. MIP 'pašreizējā redakcijā nav atbalstāma' = not_supported ('nepieciešama' is not a "
           "negation). PKE 'Pret PKE saturu man nav iebildumu, to var virzīt saskaņošanai' = supported. File name "
           "uses an ad-hoc abbreviation (KIRT); text has the full name.")

# =====================================================================================
# 24 NOT A REVIEW: methodological instructions for experts
# =====================================================================================
d = D(font="Arial", size=10, seed=24)
d.p("METODISKIE NORĀDĪJUMI", bold=True, align="c", size=13)
d.p("nozaru ekspertiem MIP un PKE satura ekspertīzes atzinuma sagatavošanai", align="c")
d.p("Redakcija 2026. gada 20. janvāris", italic=True, align="c", split=False)
d.p("")
d.p("1. Ekspertīzes mērķis", bold=True)
d.p("Ekspertīzes mērķis ir izvērtēt, vai modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas "
    "eksāmena (PKE) saturs atbilst profesijas standartam un darba tirgus prasībām un vai saturs ir atbalstāms un "
    "virzāms saskaņošanai.")
d.p("2. Atzinuma struktūra", bold=True)
d.p("Atzinumā norāda kvalifikācijas nosaukumu (piemēram, „Mēbeļu galdnieks”, „Elektromontieris”), LKI līmeni, "
    "eksperta vārdu, uzvārdu un datumu. Piezīmes grupē pa dokumentiem vai moduļiem.")
d.p("3. Vērtējums", bold=True)
d.p("Atzinuma noslēgumā katram dokumentam norāda vienu no šiem vērtējumiem:")
d.p("a) saturs ir atbalstāms un virzāms saskaņošanai;", indent=18)
d.p("b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;", indent=18)
d.p("c) saturs nav atbalstāms.", indent=18)
d.p("Ja izvēlēts b) vai c) vērtējums, precizējumus vai iemeslus uzskaita konkrēti. Vērtējumu „nav atbalstāms” "
    "iesaka lietot, ja dokuments jāpārstrādā pēc būtības.")
d.p("4. Iesniegšana", bold=True)
d.p("Atzinumu iesniedz projekta koordinatorei elektroniski. Ja nepieciešams metodiskais atbalsts, eksperts var "
    "sazināties ar VISC satura ekspertiem.")
d.p("")
d.p("Piemērs (fragments): „Profesionālā kvalifikācija: Motorzāģa operators, LKI 3. Eksperts: Vārds Uzvārds. "
    "MIP saturs ir atbalstāms un virzāms saskaņošanai.”", italic=True)
build(d, "r20a24_Metodiskie noradijumi ekspertiem_2026.docx", "Linda Eglīte", T(2026, 1, 20),
      rows=[], problems=["no_verdict"],
      note="NOT a review: methodological instructions listing every verdict option, the purpose sentence "
           "('izvērtēt ... vai saturs ir atbalstāms') and an example fragment with a canonical verdict for "
           "'Motorzāģa operators' and a placeholder expert. No rows; one no_verdict.")

# =====================================================================================
# 25 two qualifications MIP only, history, place/date only in the footer
# =====================================================================================
d = D(seed=25)
d.p("Rūdolfs Krastiņš", bold=True, split=False)
d.p("AS „Vidzemes Meži” mežizstrādes meistars", split=False)
d.p("")
d.p("Par meža mašīnu operatora un motorzāģa operatora programmām", bold=True)
d.p("Šajā kārtā vērtēju tikai modulārās izglītības programmas. Abu kvalifikāciju eksāmenu saturu izvērtēja "
    "kolēģis Māris Ozoliņš, un viņa atzinumi ir iesniegti atsevišķi.", align="j")
d.p("Meža mašīnu operatora programmu janvārī atbalstīju pēc precizējumu veikšanas – lūdzu papildināt "
    "forvardera kravas izvietošanu un mašīnas ikdienas apkopi. Otrajā redakcijā abi papildinājumi ir izdarīti "
    "kvalitatīvi, tāpēc tagad programmu atbalstu un iesaku virzīt saskaņošanai.", align="j")
d.p("Motorzāģa operatora programmu vērtēju pirmo reizi. Tā ir kopumā laba, taču darba aizsardzības "
    "moduli vajag papildināt ar darbu bīstamu koku tuvumā un individuālo aizsardzības līdzekļu "
    "pārbaudi pirms darba. Kad tas būs izdarīts, programmu var sūtīt saskaņošanai – pašreizējā redakcijā "
    "tā ir atbalstāma ar šiem precizējumiem.", align="j")
d.p("")
d.p("R. Krastiņš", split=False)
d.footer(["Madona, 28.04.2026."], align="r")
build(d, "r20a25_Krastins MIP meza masinu op + motorzaga op.docx", "", T(2026, 4, 28),
      rows=[("meža mašīnu operators", "MIP", "supported", "Rūdolfs Krastiņš", "2026-04-28", 3),
            ("motorzāģa operators", "MIP", "needs_corrections", "Rūdolfs Krastiņš", "2026-04-28", 3)],
      last_modified_by="Linda Eglīte",
      note="Two qualifications in running paragraphs, MIP only (PKE by a colleague -> no PKE rows). Meža mašīnu "
           "operators: January 'atbalstīju pēc precizējumu veikšanas' is history; now 'atbalstu un iesaku virzīt' "
           "= supported. Motorzāģa operators: 'atbalstāma ar šiem precizējumiem' = needs_corrections. Date only in "
           "the page footer. Empty core author. The colleague's name (Māris Ozoliņš) is not the author.")

# =====================================================================================
# 26 Outlook e-mail with English headers, two qualifications MIP
# =====================================================================================
d = D(font="Calibri", size=11, seed=26)
d.lines("""**From:** Liene Ābola <liene.abola@mezi.lv>
**Sent:** Monday, March 2, 2026 10:14 AM
**To:** Linda Eglīte <linda.eglite@lddk.lv>
**Cc:** Māris Ozoliņš <maris.ozolins@gmail.com>
**Subject:** MIP - mežsaimniecības tehniķis, motorzāģa operators""", split=False)
d.p("")
d.p("Labdien, Linda,")
d.p("nosūtu īsu vērtējumu par abām programmām (eksāmenus skatīja Māris, viņš arī ir kopijā).")
d.p("Mežsaimniecības tehniķis. Programma ir apjomīga un kopumā laba, bet mežaudžu inventarizācijas modulī "
    "nav ĢIS un tālizpētes datu izmantošanas, un meža atjaunošanas modulī nav minēta augsnes sagatavošana. "
    "Atbalstu ar precizējumiem – pēc tam, kad šīs tēmas būs iekļautas, var virzīt saskaņošanai.")
d.p("Motorzāģa operators. Iebildumu nav, programma atbalstāma un virzāma saskaņošanai.")
d.p("")
d.p("Ar labiem vēlējumiem")
d.lines("""Liene Ābola
Meža resursu plānošanas vadītāja""", split=False)
build(d, "r20a26_MIP mezsaimn tehnikis motorzaga op (Abola).docx", "Linda Eglīte", T(2026, 3, 2, 11, 0),
      rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Liene Ābola", "2026-03-02", 4),
            ("motorzāģa operators", "MIP", "supported", "Liene Ābola", "2026-03-02", 3)],
      note="Outlook e-mail with English headers (From/Sent/To/Cc/Subject) pasted into Word by the coordinator. "
           "Two qualifications as paragraph lead-ins, MIP only ('eksāmenus skatīja Māris' -> no PKE rows; Cc name "
           "is not the author). 'Atbalstu ar precizējumiem – pēc tam ... var virzīt' = needs_corrections; "
           "'Iebildumu nav, programma atbalstāma un virzāma' = supported. Date from 'Sent:'.")

# =====================================================================================
# 27 condition in the next sentence
# =====================================================================================
d = D(seed=27)
d.p("Toms Leja", split=False)
d.p("ventilācijas un gaisa kondicionēšanas nozares eksperts", split=False)
d.p("")
d.p("Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4): MIP un PKE", bold=True, align="c")
d.p("")
d.p("Izglītības programma ir izstrādāta rūpīgi. Ļoti vērtīgi, ka iekļauta ēku energoefektivitātes tēma un "
    "sistēmu regulēšana, balansēšana un nodošana ekspluatācijā. Moduļu apjomi atbilst 4. līmeņa kvalifikācijai. "
    "MIP saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
d.p("Eksāmena uzdevumi kopumā raksturo tehniķa darbu, un teorijas daļa ir līdzsvarota. PKE saturs ir "
    "atbalstāms. Tomēr, pirms to virza saskaņošanai, praktiskajā daļā jāpievieno uzdevums par gaisa plūsmas "
    "mērīšanu un protokola sagatavošanu, un vērtēšanas kritērijos jāiekļauj F-gāzu drošas apiešanās prasības.",
    align="j")
d.p("")
d.p(f"11.06.2026.", split=False)
build(d, "r20a27_VGK sistemu tehnikis_Leja_MIP_PKE.docx", "Toms Leja", T(2026, 6, 11),
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", "Toms Leja",
             "2026-06-11", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", "Toms Leja",
             "2026-06-11", 4)],
      note="PKE: 'PKE saturs ir atbalstāms.' then the condition in the NEXT sentence ('Tomēr, pirms to virza "
           "saskaņošanai, ... jāpievieno') = needs_corrections. MIP canonical supported. Name above the title.")

# =====================================================================================
# 28 unsigned review (no expert name); coordinator is core author
# =====================================================================================
d = D(seed=28)
d.p("ATZINUMS", bold=True, align="c")
d.p("Profesionālā kvalifikācija: Elektrotehniķis", split=False)
d.p("Datums: 04.05.2026.", split=False)
d.p("")
d.p("Modulārā izglītības programma", bold=True)
d.p("Programma salīdzinājumā ar iepriekšējo redakciju ir uzlabota. Joprojām nav iekļauta elektroiekārtu "
    "tehniskās dokumentācijas sagatavošana un shēmu zīmēšana ar CAD rīkiem. Pēc šo tēmu iekļaušanas programma "
    "ir virzāma saskaņošanai; saturs kopumā ir atbalstāms.", align="j")
d.p("Profesionālās kvalifikācijas eksāmens", bold=True)
d.p("Eksāmena saturs neatbilst 4. līmeņa kvalifikācijai: praktiskais uzdevums ir elementāra apgaismojuma "
    "shēmas montāža, kas atbilst montiera, nevis tehniķa darbam; nav ne bojājumu meklēšanas, ne "
    "relejaizsardzības iestatīšanas, ne mērījumu protokola. Eksāmena saturs netiek atbalstīts – tas jāizstrādā "
    "no jauna.", align="j")
build(d, "r20a28_Atzinums_elektrotehnikis_galigais.docx", "Linda Eglīte", T(2026, 5, 5, 8, 0),
      rows=[("elektrotehniķis", "MIP", "needs_corrections", "", "2026-05-04", 4),
            ("elektrotehniķis", "PKE", "not_supported", "", "2026-05-04", 4)],
      note="Unsigned review: no expert name anywhere in the text -> expert empty (core author is the coordinator, "
           "not the expert). MIP 'Pēc šo tēmu iekļaušanas ... virzāma; saturs kopumā ir atbalstāms' = "
           "needs_corrections. PKE 'netiek atbalstīts' (ne- prefix) = not_supported.")

# =====================================================================================
# 29 two qualifications inside running text, PKE only
# =====================================================================================
d = D(seed=29)
d.p("Dr. silv. Kārlis Avotiņš", split=False)
d.p("Meža nozares eksperts", split=False)
d.p("")
d.p("Par mežsaimniecības kvalifikāciju eksāmenu saturu", bold=True)
d.p("")
d.p("Godātā projekta koordinatore!", split=False)
d.p("Nosūtu savu vērtējumu par diviem profesionālās kvalifikācijas eksāmeniem, kas man tika nodoti februāra "
    "beigās. Programmas šoreiz netika nosūtītas, tāpēc par tām neizsakos.", align="j")
d.p("Attiecībā uz meža mašīnu operatora eksāmenu jāsaka, ka tā struktūra ir laba, bet simulatora uzdevuma "
    "vērtēšanas kritēriji ir ņemti no ražotāja apmācību programmas un nav pielāgoti kvalifikācijas prasībām "
    "(piemēram, vērtēta tiek degvielas patēriņa optimizācija, bet ne darba drošība). Eksāmenu atbalstu, taču "
    "saskaņošanai to var virzīt tikai pēc kritēriju pārstrādes. Savukārt mežsaimniecības tehniķa eksāmens, "
    "manuprāt, ir viens no labākajiem, ko esmu redzējis: uzdevumi balstās reālos meža nogabalu datos, un "
    "vērtēšanas kritēriji ir skaidri. To atbalstu pilnībā un iesaku virzīt saskaņošanai bez izmaiņām.", align="j")
d.p("")
d.lines("""Ar cieņu
K. Avotiņš
Salaspilī, 2026. gada 5. martā""", split=False)
build(d, "r20a29_Avotins_PKE_MMO un MST.docx", "Kārlis Avotiņš", T(2026, 3, 5),
      rows=[("meža mašīnu operators", "PKE", "needs_corrections", "Kārlis Avotiņš", "2026-03-05", 3),
            ("mežsaimniecības tehniķis", "PKE", "supported", "Kārlis Avotiņš", "2026-03-05", 4)],
      note="Two qualifications inside one running paragraph ('Attiecībā uz ... Savukārt ...'), PKE only (MIP not "
           "sent -> no rows). Meža mašīnu operators: 'atbalstu, taču ... var virzīt tikai pēc kritēriju pārstrādes' "
           "= needs_corrections; mežsaimniecības tehniķis 'atbalstu pilnībā ... bez izmaiņām' = supported. "
           "Academic title in letterhead dropped. File name uses abbreviations.")

# =====================================================================================
# 30 old PKL level, 'abus dokumentus' referred to jointly
# =====================================================================================
d = D(font="Calibri", size=11, seed=30)
d.p("Labdien!")
d.p("Esmu izskatījis kokapstrādes iekārtu operatora (2. PKL) programmu un kvalifikācijas eksāmena materiālus, "
    "kas saņemti 10. jūnijā.")
d.p("Salīdzinot ar to, ko redzēju iepriekšējās ekspertīzes laikā aprīlī, darba grupa ir izlabojusi visu, "
    "par ko bija runa, – vērtēšanas kritērijos tagad ir darbgalda sagatavošana un griezējinstrumenta nomaiņa, "
    "bet programmā pievienots lentzāģis. Jaunu piezīmju man nav.")
d.p("Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.")
d.p("")
d.p("Jānis Vanags")
d.p("SIA „Vanagu galdniecība” īpašnieks")
d.p("17.06.2026.")
build(d, "r20a30_RE kokapstrades iekartu operators - Vanags.docx", "Jānis Vanags", T(2026, 6, 17),
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", "Jānis Vanags", "2026-06-17", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", "Jānis Vanags", "2026-06-17", 3)],
      note="Old level notation '2. PKL' (= LKI 3, consistent with the register). One sentence covers both documents "
           "('Abus dokumentus atbalstu un iesaku virzīt saskaņošanai') -> two supported rows. History mentioned.")

# =====================================================================================
# 31 two qualifications, one not in the register (CNC metal), mixed documents
# =====================================================================================
d = D(seed=31)
d.p("Ģirts Roze", bold=True, split=False)
d.p("SIA „Precīzā Mehānika” ražošanas vadītājs, mašīnbūves un metālapstrādes nozares eksperts", split=False)
d.p("")
d.p("Eksperta viedoklis par iesniegtajiem dokumentiem", bold=True, align="c")
d.p("")
d.p("Koordinatore man nodeva vērtēšanai CNC metālapstrādes iekārtu operatora programmu un eksāmenu, kā arī "
    "mehatronisko sistēmu tehniķa eksāmenu. Mehatronikas programmu vērtēja A. Vilks februārī, tāpēc to neskatīju.",
    align="j")
d.p("Kvalifikācija Nr. 1 – CNC metālapstrādes iekārtu operators (LKI 4. līmenis)", bold=True)
d.p("Programma. Programma ir sastādīta tā, it kā audzēknis strādās tikai pie viena veida virpas. Nav "
    "frēzēšanas apstrādes centru, nav piecu asu apstrādes pamatu, nav mērīšanas ar koordinātu mērmašīnu. "
    "Programmēšana ar CAM sistēmām minēta tikai nosaukumā. Tas ir pārāk šauri, un programmu pašreizējā "
    "veidā nevaru atbalstīt. Tā būtu jāpārstrādā kopā ar nozares uzņēmumiem un jāiesniedz vēlreiz.", align="j")
d.p("Eksāmens. Pats uzdevums (detaļas izgatavošana pēc rasējuma uz CNC virpas) ir labs. Jāpievieno "
    "programmas sagatavošana un simulācija pirms apstrādes, un vērtēšanas lapā jānorāda pielaides. Ja šie "
    "precizējumi tiks veikti, eksāmena saturu var virzīt saskaņošanai; to atbalstu.", align="j")
d.p("Kvalifikācija Nr. 2 – mehatronisko sistēmu tehniķis", bold=True)
d.p("Eksāmens. Labi sagatavots, kritēriji izmērāmi, uzdevums atbilst tam, ko tehniķis dara ražotnē. "
    "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
d.p("")
d.p("Ogrē, 21.05.2026.", split=False)
build(d, "r20a31_Roze_CNC metalapstrade + mehatronika PKE.docx", "Ģirts Roze", T(2026, 5, 21),
      rows=[("CNC metālapstrādes iekārtu operators", "MIP", "not_supported", "Ģirts Roze", "2026-05-21", 4),
            ("CNC metālapstrādes iekārtu operators", "PKE", "needs_corrections", "Ģirts Roze", "2026-05-21", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Ģirts Roze", "2026-05-21", 4)],
      problems=["unknown_qualification"],
      note="'CNC metālapstrādes iekārtu operators' is not in the register (do not confuse with the wood-working "
           "'datorizētu kokapstrādes iekārtu operators') -> unknown_qualification, LKI 4 from the text. MIP "
           "'nevaru atbalstīt' = not_supported; PKE condition first, 'to atbalstu' after = needs_corrections. "
           "Mehatronika: PKE only (MIP by A. Vilks -> no row), supported.")

# =====================================================================================
# 32 Word comment from the coordinator; two qualifications MIP, alias VGK
# =====================================================================================
d = D(font="Cambria", size=11, seed=32)
d.p("Agnese Kalna", split=False)
d.p("elektroenerģētikas nozares eksperte", split=False)
d.p(f"Rīga, 2026.{NB}gada 16.{NB}aprīlis", split=False)
d.p("")
d.p("Par elektromontiera un VGK iekārtu remontatslēdznieka modulārajām izglītības programmām", bold=True)
d.p("")
d.p("Elektromontieris (3. LKI)", bold=True)
d.p("Programma ir labi strukturēta, mācību rezultāti saprotami. Modulī „Elektroinstalācijas montāža” trūkst "
    "zibensaizsardzības un zemējuma ierīkošanas, bet modulī „Elektriskie mērījumi” – izolācijas pretestības "
    "mērījumu protokolēšanas. Kopumā programmu atbalstu, tomēr saskaņošanai to var virzīt tikai pēc šo divu "
    "precizējumu veikšanas.", align="j")
par = d.p("VGK iekārtu remontatslēdznieks (3. LKI)", bold=True)
d.p("Būtisku iebildumu nav. Programma atbilst profesijas standartam, un darba vidē balstīto mācību uzdevumi "
    "ir reāli. Programma ir atbalstāma un virzāma saskaņošanai.", align="j")
last = d.doc.paragraphs[-1]
d.doc.add_comment(last.runs, text="Agnese, vai par šo programmu atbalstāms bez precizējumiem? Lūdzu apstiprināt, "
                  "lai varu ierakstīt kopsavilkumā. L.E.", author="Linda Eglīte", initials="LE")
d.p("")
d.p("A. Kalna", split=False)
build(d, "r20a32_Kalna_MIP_elektromontieris_VGK.docx", "Agnese Kalna", T(2026, 4, 16),
      rows=[("elektromontieris", "MIP", "needs_corrections", "Agnese Kalna", "2026-04-16", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", "Agnese Kalna",
             "2026-04-16", 3)],
      last_modified_by="Linda Eglīte",
      note="Two qualifications, MIP only. Elektromontieris: 'atbalstu, tomēr ... tikai pēc ... precizējumu veikšanas' "
           "= needs_corrections. Alias 'VGK iekārtu remontatslēdznieks': supported. A coordinator's Word comment on "
           "the VGK paragraph contains verdict words ('atbalstāms bez precizējumiem?') and is not a verdict.")

# =====================================================================================
# 33 'nevajadzīgo svītrot' inside a prose review; date only in the footer; 'uzņēmumi atbalsta'
# =====================================================================================
d = D(seed=33)
d.p("Santa Meiere", bold=True, align="c", split=False)
d.p("mašīnbūves un metālapstrādes nozares eksperte, SIA „Ostas Tehnika” apkopes inženiere", align="c",
    split=False)
d.p("")
d.p("Mehatronisko sistēmu tehniķa MIP un PKE otrās redakcijas izvērtējums", bold=True, align="c")
d.p("")
d.p("Pirmo redakciju martā vērtēja kolēģe K. Apine; viņas atzinumā abi dokumenti tika atbalstīti ar "
    "precizējumiem. Pēc koordinatores lūguma pārbaudīju, vai precizējumi veikti.", align="j")
d.p("Programmā PLC modulis papildināts ar IEC 61131-3 valodām un robotikas modulī iekļauti sadarbīgie roboti. "
    "Mūsu nozares uzņēmumi atbalsta arī to, ka darba vidē balstītās mācības sākas jau otrajā mācību gadā. "
    "Iebildumu man nav.", align="j")
d.p("Eksāmena vērtēšanas lapā ir pievienoti punkti par dokumentēšanu, bet atbilžu atslēgā 24. jautājumam "
    "joprojām norādīta nepareiza atbilde, un 31. jautājums ir formulēts tā, ka der divas atbildes. Šie divi "
    "sīkumi jāizlabo pirms saskaņošanas.", align="j")
d.p("Noslēgumā (nevajadzīgo svītrot):", bold=True)
d.segs([("MIP saturs ", ""), ("ir atbalstāms un virzāms saskaņošanai", ""), (" / ", ""),
        ("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "s"), (" / ", ""),
        ("nav atbalstāms", "s")])
d.segs([("PKE saturs ", ""), ("ir atbalstāms un virzāms saskaņošanai", "s"), (" / ", ""),
        ("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", ""), (" / ", ""),
        ("nav atbalstāms", "s")])
d.p("")
d.p("S. Meiere", split=False)
d.footer(["Ventspilī, 08.07.2026.", "Mehatronisko sistēmu tehniķis – 2. redakcija"], align="c")
build(d, "r20a33_Meiere_mehatronika_2red_MIP_PKE.docx", "Santa Meiere", T(2026, 7, 8),
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", "Santa Meiere", "2026-07-08", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", "Santa Meiere", "2026-07-08", 4)],
      note="Prose review ending with a 'nevajadzīgo svītrot' line per document: all three options printed, the "
           "non-chosen ones struck through (w:strike). MIP supported, PKE needs_corrections (consistent with the "
           "body). History: earlier review by K. Apine 'atbalstīti ar precizējumiem'. 'uzņēmumi atbalsta' is a "
           "third-person verb. Date only in the footer; name in centred letterhead.")

# =====================================================================================
# 34 second expert takes over the PKE whose verdict was postponed (cf. file 10)
# =====================================================================================
d = D(font="Calibri", size=11, seed=34)
d.p("Atzinums – VGK iekārtu remontatslēdznieka kvalifikācijas eksāmens", bold=True)
d.p("Inta Siliņa, SIA „Aukstuma Sistēmas” vecākā servisa inženiere", split=False)
d.p("")
d.p("Maijā kolēģis O. Rudzītis izvērtēja šīs kvalifikācijas programmu (to atbalstīja) un eksāmenu, bet "
    "eksāmena gala vērtējumu atlika, jo šaubījās par praktiskā uzdevuma apjomu. Koordinatore lūdza, lai "
    "eksāmenu izvērtēju es. Programmu atkārtoti nevērtēju.")
d.p("Darba grupa pa to laiku ir sadalījusi praktisko uzdevumu divās daļās: pirmajā – splita tipa "
    "kondicioniera montāža, otrajā – vakuumēšana, uzpilde un noplūdes pārbaude, kopā sešas stundas. Eksāmena "
    "vietai ir pievienots obligātā aprīkojuma saraksts. Ar šīm izmaiņām uzdevums ir izpildāms un atbilst 3. "
    "līmenim. Teorijas daļai piezīmju nav.")
d.p("Secinājums: eksāmena saturs ir atbalstāms, to var virzīt saskaņošanai.", bold=True)
d.p("")
d.p("02.07.2026", split=False)
build(d, "r20a34_Silina_VGK_remontatsl_PKE_jul.docx", "Inta Siliņa", T(2026, 7, 2),
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", "Inta Siliņa",
             "2026-07-02", 3)],
      note="Follow-up to file 10: a second expert gives the postponed PKE verdict. History sentence about the MIP "
           "('to atbalstīja') is about another review -> no MIP row ('Programmu atkārtoti nevērtēju'). "
           "'Secinājums: ... atbalstāms, to var virzīt saskaņošanai' = supported. Alias VGK in the title.")

# =====================================================================================
# 35 three qualifications, labelled headings; one document explicitly not reviewed
# =====================================================================================
d = D(seed=35)
d.p("Gatis Lapsa", split=False)
d.p("Kokrūpniecības nozares eksperts; SIA „Lapsas Mēbeles” valdes priekšsēdētājs", split=False)
d.p("")
d.p("Vērtējums par galdnieku un kokizstrādājumu tehniķa dokumentu jaunākajām redakcijām", bold=True)
d.p("")
d.p("Vērtējumu sagatavoju pēc 5. posma sadalījuma. Katrai kvalifikācijai zemāk norādu, ko esmu skatījis un kāds "
    "ir mans slēdziens.", align="j")
d.p("Kvalifikācija: Mēbeļu galdnieks", bold=True)
d.p("Programma: lielākā daļa iepriekšējo piezīmju ir ņemtas vērā, bet CNC apstrādes modulī joprojām nav "
    "iekļauta mēbeļu detaļu programmēšana, un mīksto mēbeļu modulī trūkst darba drošības prasību darbam ar "
    "skavotājiem un līmēm. Programma ir atbalstāma; pēc šo divu precizējumu veikšanas to var virzīt "
    "saskaņošanai.", align="j")
d.p("Eksāmens: atbalstāms un virzāms saskaņošanai. Pieļaujamās novirzes un kritēriji tagad ir norādīti.",
    align="j")
d.p("Kvalifikācija: Būvizstrādājumu galdnieks", bold=True)
d.p("Programma: moduļi par energoefektīviem logiem un ugunsdrošām durvīm ir pievienoti, apraksti ir kvalitatīvi. "
    "Programmu atbalstu, un to var virzīt saskaņošanai.", align="j")
d.p("Eksāmens: jaunais uzdevums (loga rāmja ar vērtni izgatavošana un montāža) ir reāls un izpildāms. Kritēriji "
    "skaidri. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
d.p("Kvalifikācija: Koka izstrādājumu ražošanas tehniķis", bold=True)
d.p("Programma: pēc maija ekspertīzes, kurā programma netika atbalstīta, darba grupa to ir pārstrādājusi "
    "pēc būtības – ir pilnvērtīgs ražošanas plānošanas un kvalitātes vadības modulis, novērsta dublēšanās ar "
    "operatora kvalifikāciju. Atlikuši daži neprecīzi mācību rezultātu formulējumi (sk. pielikumu). Programmu "
    "atbalstu ar nosacījumu, ka pirms saskaņošanas tie tiks precizēti.", align="j")
d.p("Eksāmens: šīs kvalifikācijas eksāmenu neskatīju – to jau maijā atbalstīja E. Saulīte.", align="j")
d.p("")
d.p("Tukumā, 2026. gada 25. jūnijā", split=False)
d.p("G. Lapsa", split=False)
build(d, "r20a35_Lapsa_galdnieki_KIRT_jun.docx", "Gatis Lapsa", T(2026, 6, 25),
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", "Gatis Lapsa", "2026-06-25", 4),
            ("mēbeļu galdnieks", "PKE", "supported", "Gatis Lapsa", "2026-06-25", 4),
            ("būvizstrādājumu galdnieks", "MIP", "supported", "Gatis Lapsa", "2026-06-25", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", "Gatis Lapsa", "2026-06-25", 4),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", "Gatis Lapsa", "2026-06-25", 4)],
      note="Three qualifications under labelled headings ('Kvalifikācija: ...'), documents as 'Programma:'/"
           "'Eksāmens:'. History ('netika atbalstīta' in May) ignored. KIRT exam explicitly not reviewed ('neskatīju "
           "– to jau maijā atbalstīja E. Saulīte') -> no row. Verdicts: needs_corrections / supported / supported / "
           "supported / needs_corrections ('atbalstu ar nosacījumu').")

# =====================================================================================
# 36 e-mail: re-check of corrections for three documents of other experts' reviews
# =====================================================================================
d = D(font="Calibri", size=11, seed=36)
d.lines("""**No:** Mārtiņš Puriņš <martins.purins@kokinzenieri.lv>
**Nosūtīts:** otrdiena, 2026. gada 30. jūnijs 17:26
**Kam:** Linda Eglīte <linda.eglite@lddk.lv>
**Tēma:** precizējumu pārbaude - 3 dokumenti""", split=False)
d.p("")
d.p("Labvakar, Linda!")
d.p("Kā norunājām, pārbaudīju, vai darba grupas ir izpildījušas kolēģu atzinumos prasītos precizējumus. "
    "Skatījos tikai tos dokumentus, kurus man atsūtīji.")
d.p("1) datorizētu kokapstrādes iekārtu operatora PKE – programmatūra ir norādīta, vērtēšanas lapā ir punkti par "
    "instrumentu izvēli un režīmu aprēķinu. Precizējumi veikti, PKE atbalstu un to var virzīt saskaņošanai;")
d.p("2) meža mašīnu operatora PKE – simulatora uzdevuma kritēriji pārstrādāti, darba drošība tagad ir "
    "atsevišķs kritiskais kritērijs. Arī šis ir atbalstāms un virzāms saskaņošanai;")
d.p("3) mežsaimniecības tehniķa MIP – ĢIS un tālizpētes tēma ir iekļauta, bet augsnes sagatavošana meža "
    "atjaunošanas modulī joprojām nav. Šo pagaidām var virzīt tikai pēc tam, kad trūkstošā tēma būs "
    "iekļauta; pārējā daļā programmu atbalstu.")
d.p("")
d.p("Mārtiņš")
build(d, "r20a36_precizejumu parbaude_Purins.docx", "Linda Eglīte", T(2026, 7, 1, 8, 50),
      rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", "Mārtiņš Puriņš", "2026-06-30", 4),
            ("meža mašīnu operators", "PKE", "supported", "Mārtiņš Puriņš", "2026-06-30", 3),
            ("mežsaimniecības tehniķis", "MIP", "needs_corrections", "Mārtiņš Puriņš", "2026-06-30", 4)],
      note="Outlook e-mail (Latvian headers) checking whether corrections were made: three items in a numbered "
           "list, each a different qualification (genitive) and document. 'Precizējumi veikti, PKE atbalstu ... var "
           "virzīt' = supported (the word 'precizējumi' here is about the past); 'Arī šis ir atbalstāms un "
           "virzāms' = supported; MIP 'var virzīt tikai pēc tam, kad ... būs iekļauta; ... atbalstu' = "
           "needs_corrections. Expert from the 'No:' line (signature only the first name).")


# =====================================================================================
# write gold files and README
# =====================================================================================
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["file", "code"])
    w.writerows(PROBLEMS)

with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
    fh.write("# r20a – blind set: free-prose Latvian expert reviews\n\n")
    fh.write("Built by `build.py` (python-docx 1.2 + raw WordprocessingML for track changes, strike-through, "
             "headers/footers, comments). Gold labels: `expected.csv`, `expected_problems.csv`.\n\n")
    fh.write(f"Files: {len(NOTES)}; gold rows: {len(ROWS)}; problem rows: {len(PROBLEMS)}.\n\n")
    fh.write("| file | design and judgement calls |\n|---|---|\n")
    for name, note in NOTES:
        fh.write(f"| {name} | {note.replace('|', '/')} |\n")

print(f"files={len(NOTES)} rows={len(ROWS)} problems={len(PROBLEMS)}")
