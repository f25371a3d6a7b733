# -*- coding: utf-8 -*-
"""Build the r5a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run:  /work/hvenv/bin/python build.py

Paragraph mini-markup used in the bodies below:
  "= text"   centred bold title          "# text"  bold heading line
  "> text"   quoted e-mail line (indented, grey)
  "**x**" bold, "~~x~~" strike-through, "[+x+]" tracked insertion, "[-x-]" tracked deletion
  tuples:   ("table", [[...], ...])  ("header", text)  ("footer", text)
            ("comment", "paragraph markup", "anchor substring", "comment text", "comment author")
            ("caps", "text")  bold paragraph in all-caps formatting (text itself stays mixed case)
"""
import csv
import datetime as dt
import os
import random
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
REGISTER = {
    "motorzāģa operators": 3, "mežsaimniecības tehniķis": 4, "kokapstrādes iekārtu operators": 3,
    "datorizētu kokapstrādes iekārtu operators": 4, "koka izstrādājumu ražošanas tehniķis": 4,
    "mēbeļu galdnieks": 4, "būvizstrādājumu galdnieks": 4, "meža mašīnu operators": 3,
    "elektromontieris": 3, "elektrotehniķis": 4,
    "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks": 3,
    "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis": 4,
    "mehatronisko sistēmu tehniķis": 4,
}
VGK_R = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGK_T = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"

GOLD, PROBLEMS, NOTES = [], [], []
_rev_id = [100]
_rng = random.Random(5)

TOKEN = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\[\+.+?\+\]|\[-.+?-\])")


def _split(text, split):
    """Split plain text into several runs (as Word does after editing)."""
    if not split or len(text) < 12:
        return [text]
    parts, i = [], 0
    while i < len(text):
        n = _rng.randint(4, 30)
        parts.append(text[i:i + n])
        i += n
    return parts


def _tracked(p, kind, text, author, date):
    _rev_id[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def add_markup(p, text, split=False, rev_author="", rev_date="2026-01-01T00:00:00Z"):
    runs = []
    for tok in TOKEN.split(text):
        if not tok:
            continue
        if tok.startswith("**"):
            r = p.add_run(tok[2:-2]); r.bold = True; runs.append(r)
        elif tok.startswith("~~"):
            r = p.add_run(tok[2:-2]); r.font.strike = True; runs.append(r)
        elif tok.startswith("[+"):
            _tracked(p, "ins", tok[2:-2], rev_author, rev_date)
        elif tok.startswith("[-"):
            _tracked(p, "del", tok[2:-2], rev_author, rev_date)
        else:
            for part in _split(tok, split):
                runs.append(p.add_run(part))
    return runs


def build(name, body, author="", created=(2026, 3, 1), rows=(), problems=(), note="",
          expert="", date="", font="Calibri", size=11, split=False, rev_author=None):
    """Build one .docx and record its gold labels.

    rows: (qualification, document, verdict[, lki_level]) -- lki defaults to the register.
    """
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rev_author = rev_author if rev_author is not None else author
    y, m, d = created
    rev_date = "%04d-%02d-%02dT09:30:00Z" % (y, m, d)
    for item in body:
        if isinstance(item, tuple):
            kind = item[0]
            if kind == "table":
                data = item[1]
                t = doc.add_table(rows=len(data), cols=len(data[0]))
                t.style = "Table Grid"
                for i, row in enumerate(data):
                    for j, val in enumerate(row):
                        cell = t.cell(i, j)
                        cell.paragraphs[0].text = ""
                        add_markup(cell.paragraphs[0], val)
                        if i == 0:
                            for r in cell.paragraphs[0].runs:
                                r.bold = True
            elif kind in ("header", "footer"):
                sec = doc.sections[0]
                hf = sec.header if kind == "header" else sec.footer
                p = hf.paragraphs[0]
                add_markup(p, item[1])
                for r in p.runs:
                    r.font.size = Pt(8)
            elif kind == "comment":
                _, ptext, anchor, ctext, cauthor = item
                p = doc.add_paragraph()
                i = ptext.index(anchor)
                pre, post = ptext[:i], ptext[i + len(anchor):]
                if pre:
                    p.add_run(pre)
                ar = p.add_run(anchor)
                if post:
                    p.add_run(post)
                initials = "".join(w[0] for w in cauthor.replace(".", " ").split())
                doc.add_comment(ar, text=ctext, author=cauthor, initials=initials)
            elif kind == "caps":
                p = doc.add_paragraph()
                r = p.add_run(item[1]); r.bold = True; r.font.all_caps = True
            continue
        text = item
        if text.startswith("= "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in add_markup(p, text[2:], split, rev_author, rev_date):
                r.bold = True; r.font.size = Pt(size + 2)
        elif text.startswith("# "):
            p = doc.add_paragraph()
            for r in add_markup(p, text[2:], split, rev_author, rev_date):
                r.bold = True
        elif text.startswith("> "):
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            for r in add_markup(p, text[2:], split, rev_author, rev_date):
                r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif text.startswith(">"):
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1)
        else:
            p = doc.add_paragraph()
            add_markup(p, text, split, rev_author, rev_date)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(y, m, d, 10, 15, 0)
    cp.modified = dt.datetime(y, m, d, 16, 40, 0)
    cp.title = ""
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, docu, verdict = r[0], r[1], r[2]
        lki = r[3] if len(r) > 3 else REGISTER.get(q, "")
        GOLD.append([name, q, docu, verdict, expert, date, lki])
    for c in problems:
        PROBLEMS.append([name, c])
    NOTES.append((name, note))


# ---------------------------------------------------------------------------------------------
# 01 formal letter, one qualification, MIP only; conclusion with condition
build("r5a01_Atzinums_Mebelu galdnieks_MIP_Kalnina.docx", author="Ilze Kalniņa", created=(2026, 3, 12),
      expert="Ilze Kalniņa", date="2026-03-12", font="Times New Roman", size=12,
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections")],
      note="Formal letter, MIP only ('Atzinums attiecas tikai uz MIP' -> no PKE row). Slēdziens: 'atbalstāms, taču "
           "saskaņošanai virzīt tikai pēc tam, kad ... ņemtas vērā piezīmes' = needs_corrections; one remark marked optional.",
      body=[
          "= Ekspertes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas saturu",
          "Rīgā, 2026. gada 12.\u00a0martā",
          "Esmu iepazinusies ar darba grupas iesniegto modulārās izglītības programmas (turpmāk – MIP) projektu "
          "kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). Šis atzinums attiecas tikai uz MIP; profesionālās "
          "kvalifikācijas eksāmena saturu vērtēs cits nozares eksperts.",
          "Programma kopumā ir labi strukturēta, moduļu secība ir loģiska, un lielākā daļa mācīšanās rezultātu atbilst "
          "profesijas standartā noteiktajām prasmēm. Pozitīvi vērtēju to, ka programmā iekļauts atsevišķs modulis par "
          "ilgtspējīgu materiālu izvēli un ražošanas atlikumu apsaimniekošanu – nozarē tas kļūst arvien svarīgāk.",
          "Piezīmes par atsevišķiem moduļiem:",
          "Modulī „Mēbeļu konstrukciju projektēšana” mācīšanās rezultāti formulēti pārāk vispārīgi – nav skaidrs, vai "
          "izglītojamais apgūst darbu ar datorizētās projektēšanas programmatūru vai tikai rasēšanu ar roku. Jānorāda "
          "konkrēti, kādā vidē izglītojamais sagatavo detaļu rasējumus un specifikācijas.",
          "Modulī „Virsmu apdare” trūkst darba aizsardzības prasību, strādājot ar lakām un krāsu aerosoliem "
          "(individuālie aizsardzības līdzekļi, krāsošanas kameras ventilācija, atkritumu uzglabāšana).",
          "Moduļa „Mīksto mēbeļu izgatavošana” apjoms (4 kredītpunkti) man šķiet nesamērīgi mazs salīdzinājumā ar "
          "tajā ietverto saturu, taču to atstāju darba grupas ziņā.",
          "# Slēdziens",
          "MIP saturs ir atbalstāms, taču saskaņošanai to iesaku virzīt tikai pēc tam, kad darba grupa būs ņēmusi vērā "
          "piezīmes par moduļiem „Mēbeļu konstrukciju projektēšana” un „Virsmu apdare”. Piezīme par mīksto mēbeļu "
          "moduļa apjomu ir ieteikuma rakstura.",
          "",
          "Ar cieņu",
          "Ilze Kalniņa",
          "nozares eksperte, SIA „Dižkoks” konstruktore",
      ])

# 02 Outlook e-mail pasted into Word, Latvian headers, quoted coordinator message listing all options
build("r5a02_RE_ motorzaga operators PKE.docx", author="Baiba Zālīte", created=(2026, 2, 18),
      expert="Māris Ozoliņš", date="2026-02-17", font="Calibri",
      rows=[("motorzāģa operators", "PKE", "supported")],
      note="Outlook reply (LV headers No/Nosūtīts/Kam/Tēma) pasted into Word; signed only 'Māris', full name from "
           "the No: line. 'PKE saturu atbalstu, un to var virzīt saskaņošanai' = supported; the suggestion is "
           "explicitly 'ieteikums, nevis prasība'. MIP is reviewed by a colleague -> no MIP row. The quoted request lists "
           "all three options (not a verdict). File author = coordinator.",
      body=[
          "**No:** Māris Ozoliņš <maris.ozolins@mezsaimnieks.lv>",
          "**Nosūtīts:** otrdiena, 2026. gada 17. februāris 21:14",
          "**Kam:** Baiba Zālīte <baiba.zalite@lddk.lv>",
          "**Tēma:** RE: Motorzāģa operatora PKE ekspertīze",
          "",
          "Labvakar, Baiba!",
          "Paldies par atsūtītajiem materiāliem. Eksāmena saturu izskatīju – gan teorētisko daļu, gan praktiskā "
          "uzdevuma aprakstu un vērtēšanas kritērijus.",
          "Teorijas jautājumi ir atbilstoši, nekā lieka tur nav. Praktiskajā daļā labi, ka iekļauta ķēdes asināšana un "
          "zāģa tehniskā apkope pirms darba, ne tikai pati koka gāšana. Vērtēšanas lapā man gan gribētos, lai drošības "
          "prasību pārkāpums būtu kritērijs, kas eksāmenu uzreiz aptur, bet tas ir mans ieteikums, nevis prasība – "
          "skola var lemt pati.",
          "Tāpēc no manas puses: PKE saturu atbalstu, un to var virzīt saskaņošanai.",
          "Par programmu (MIP) – kā vienojāmies, to skatās kolēģis no Kurzemes, es to nevērtēju.",
          "Ar labiem vēlējumiem,",
          "Māris",
          "",
          "**No:** Baiba Zālīte <baiba.zalite@lddk.lv>",
          "**Nosūtīts:** pirmdiena, 2026. gada 9. februāris 10:02",
          "**Kam:** Māris Ozoliņš <maris.ozolins@mezsaimnieks.lv>",
          "**Tēma:** Motorzāģa operatora PKE ekspertīze",
          "",
          "Labdien, Māri!",
          "Pielikumā – motorzāģa operatora (LKI 3) profesionālās kvalifikācijas eksāmena saturs. Lūdzu atzinumā skaidri "
          "norādīt vienu no vērtējumiem: saturs ir atbalstāms un virzāms saskaņošanai; saturs ir atbalstāms, pēc "
          "precizējumu veikšanas virzāms saskaņošanai; vai saturs nav atbalstāms. Termiņš – 20. februāris.",
          "Paldies!",
          "Baiba Zālīte",
          "LDDK projekta koordinatore",
      ])

# 03 letterhead with academic title, two qualifications numbered, Slēdziens outranks body
build("r5a03_Energetika_elektromontieris_elektrotehnikis_atzinums_Berzins.docx", author="Agris Bērziņš",
      created=(2026, 4, 22), expert="Agris Bērziņš", date="2026-04-22", font="Arial", size=10,
      rows=[("elektromontieris", "MIP", "supported"), ("elektromontieris", "PKE", "needs_corrections"),
            ("elektrotehniķis", "MIP", "not_supported"), ("elektrotehniķis", "PKE", "needs_corrections")],
      note="Letterhead 'Dr. sc. ing. Agris Bērziņš' (title dropped). Two qualifications in numbered sections; "
           "opening states the purpose ('noteikt, vai ... atbalstāms un virzāms') - not a verdict. Slēdziens gives four "
           "verdicts; elektrotehniķis PKE 'atbalstāms pēc ... precizējumu veikšanas' = needs_corrections.",
      body=[
          "**Dr. sc. ing. Agris Bērziņš**",
          "Nozares eksperts (enerģētika) | agris.berzins@inbox.lv | +371 29 114 562",
          "",
          "= ATZINUMS par elektromontiera un elektrotehniķa MIP un PKE saturu",
          "Jelgavā, 22.04.2026.",
          "Saskaņā ar LDDK 2026. gada 1. aprīļa uzdevumu esmu izvērtējis divu enerģētikas nozares kvalifikāciju "
          "dokumentus. Ekspertīzes mērķis bija noteikt, vai modulārās izglītības programmu (MIP) un profesionālās "
          "kvalifikācijas eksāmenu (PKE) saturs ir atbalstāms un virzāms saskaņošanai, un norādīt nepieciešamos "
          "precizējumus.",
          "# 1. Elektromontieris (LKI 3. līmenis)",
          "1.1. Modulārā izglītības programma. Programma aptver visus profesijas standartā noteiktos pienākumus un "
          "uzdevumus, moduļu apjoms ir samērīgs. Labi izstrādāts modulis par elektrodrošību un darbu elektroietaisēs "
          "ar spriegumu līdz 1 kV. Nelielas redakcionālas kļūdas (moduļu numerācija 7.–9. lappusē) darba grupa var "
          "izlabot pašu spēkiem – tas nav šķērslis programmas virzībai.",
          "1.2. Eksāmena saturs. Praktiskajā uzdevumā nav paredzēta izolācijas pretestības mērīšana un mērījumu "
          "protokola aizpildīšana, kas ir elektromontiera ikdienas darbs. Teorijas daļā vairākos jautājumos par "
          "zemsprieguma sadalnēm ir atsauce uz spēku zaudējušu standarta redakciju. Abas lietas jāizlabo.",
          "# 2. Elektrotehniķis (LKI 4. līmenis)",
          "2.1. MIP. Diemžēl šī programma būtiski atpaliek no nozares vajadzībām. Moduļos nav aptverti atjaunīgie "
          "energoresursi (saules PV sistēmas, siltumsūkņu elektroapgāde), viedās uzskaites sistēmas un "
          "elektrotransportlīdzekļu uzlādes infrastruktūra, kas profesijas standarta 2025. gada redakcijā ir iekļauti. "
          "Modulis „Elektroietaišu ekspluatācija” gandrīz vārds vārdā dublē elektromontiera programmu, un programmas "
          "kopējais saturs neatbilst LKI 4. līmenim.",
          "2.2. PKE. Eksāmena struktūra ir laba. Praktiskais uzdevums jāpapildina ar releju aizsardzības iestatījumu "
          "pārbaudi, un vērtēšanas kritēriji jāsaskaņo ar mācīšanās rezultātiem.",
          "# Slēdziens",
          "Elektromontieris: MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs ir atbalstāms; pēc "
          "precizējumu veikšanas (sk. 1.2. punktu) virzāms saskaņošanai.",
          "Elektrotehniķis: MIP saturs nav atbalstāms – programma jāpārstrādā un jāiesniedz atkārtotai ekspertīzei. "
          "PKE saturs ir atbalstāms pēc 2.2. punktā minēto precizējumu veikšanas.",
          "",
          "A. Bērziņš",
      ])

# 04 hasty, no diacritics, initial + surname, empty author
build("r5a04_VGK sist tehn_krumins.docx", author="", created=(2026, 3, 3),
      expert="J. Krumins", date="2026-03-03", font="Calibri",
      rows=[(VGK_T, "MIP", "supported"), (VGK_T, "PKE", "needs_corrections")],
      note="Very short note typed without diacritics; qualification as abbreviation 'VGK sistemu tehnikis (4. LKI)'. "
           "'atbalstams bez precizejumiem, virzams' = supported (bez != pec); PKE canonical needs_corrections wording "
           "without diacritics. Expert written only as 'J. Krumins'. Author property empty.",
      body=[
          "VGK sistemu tehnikis (4. LKI) - MIP un PKE",
          "",
          "Sveiki,",
          "izskatiju abus dokumentus. Isuma:",
          "MIP - kopuma ok, moduli atbilst standartam, atbalstams bez precizejumiem, virzams saskanosanai.",
          "PKE - atbalstams, pec precizejumu veiksanas virzams saskanosanai. Praktiskaja uzdevuma jaieklauj aukstuma "
          "agenta nopludes parbaude ar elektronisko detektoru un F-gazu uzskaites zurnala aizpildisana, tagad tas nav. "
          "Teorijas testa 14. un 22. jautajumam nepareiza atbilzu atslega.",
          "",
          "J. Krumins",
          "03.03.2026",
      ])

# 05 second round; history of earlier rejection; Secinājumi
build("r5a05_Mežsaimniecības tehniķis_atkartota ekspertize.docx", author="Dace Liepiņa", created=(2026, 3, 5),
      expert="Dace Liepiņa", date="2026-03-05", font="Times New Roman", size=12,
      rows=[("mežsaimniecības tehniķis", "MIP", "supported"), ("mežsaimniecības tehniķis", "PKE", "supported")],
      note="Second-round review. History: 20 Jan MIP 'netika atbalstīts', PKE earlier 'tikai pēc precizējumiem' - "
           "both superseded. Secinājumi: both 'atbalstāms un virzāms saskaņošanai'. Name from header line with title "
           "'Mg. silv.' (dropped).",
      body=[
          "Mg. silv. Dace Liepiņa",
          "= Atkārtotas ekspertīzes atzinums",
          "Profesionālā kvalifikācija: mežsaimniecības tehniķis, LKI 4. līmenis",
          "Datums: 2026. gada 5. marts",
          "",
          "Šī ir otrā ekspertīzes kārta. Manā 2026. gada 20. janvāra atzinumā MIP saturs netika atbalstīts, jo "
          "programmā nebija ietverta meža inventarizācijas datu apstrāde ĢIS vidē un meža atjaunošanas plānošana, "
          "savukārt PKE saturs toreiz bija atbalstāms tikai pēc precizējumiem.",
          "Darba grupa 26. februārī iesniedza labotās versijas. Pārbaudīju, kā ņemtas vērā visas 14 manas piezīmes. "
          "Programmā izveidots jauns modulis „Meža resursu uzskaite un ĢIS”, pārstrādāts modulis „Meža atjaunošana "
          "un kopšana”, papildināts darba aizsardzības saturs. Eksāmena vērtēšanas kritēriji tagad ir sasaistīti ar "
          "mācīšanās rezultātiem, un praktiskajā uzdevumā iekļauta cirsmas novērtēšana dabā.",
          "Vienu piezīmi (par meža ceļu būves tēmu) darba grupa pamatoti noraidīja – tā ir inženiera, nevis tehniķa "
          "kompetence. Šo skaidrojumu pieņemu.",
          "# Secinājumi",
          "Ņemot vērā veiktos labojumus, mežsaimniecības tehniķa MIP saturs tagad ir atbalstāms un virzāms "
          "saskaņošanai. Arī PKE saturs ir atbalstāms un virzāms saskaņošanai – papildu precizējumi nav nepieciešami.",
          "",
          "D. Liepiņa",
      ])

# 06 NOT A REVIEW: meeting minutes restating verdicts
build("r5a06_Sanaksmes protokols_2026-03-18_eksperti.docx", author="Baiba Zālīte", created=(2026, 3, 19),
      problems=["no_verdict"],
      note="NOT a review: minutes of an experts' meeting. Restates verdicts (motorzāģa operators), lists the three "
           "formulas, uses 'atbalsta' as a verb with another subject. No rows; one no_verdict row for the file.",
      body=[
          "= Nozaru ekspertu darba sanāksmes protokols Nr. 3",
          "Rīgā, 2026. gada 18. martā (tiešsaistē, MS Teams)",
          "Piedalās: B. Zālīte (LDDK, projekta koordinatore), I. Kalniņa, M. Ozoliņš, D. Liepiņa, N. Priede, "
          "O. Vanags, G. Pētersons, I. Vītola.",
          "Darba kārtība: 1) MIP un PKE ekspertīžu statuss projekta 4. posmā; 2) atzinumu noformējums; 3) dažādi.",
          "# 1. Ekspertīžu statuss",
          "B. Zālīte informē, ka ekspertīze ir noslēgta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko "
          "sistēmu tehniķa kvalifikācijām. Motorzāģa operatora MIP atzīta par atbalstāmu pēc precizējumu veikšanas, "
          "PKE – atbalstāms un virzāms saskaņošanai. Pārējām kvalifikācijām ekspertīze turpinās.",
          "O. Vanags norāda, ka meža mašīnu operatora MIP vēl nav izvērtējis līdz galam; gala atzinumu sniegs pēc "
          "labotās versijas saņemšanas. I. Vītola informē, ka kokapstrādes iekārtu operatora atzinums tiks iesniegts "
          "līdz 27. martam.",
          "# 2. Atzinumu noformējums",
          "Vienojas, ka katrā atzinumā slēdzienu raksta atsevišķi par MIP un atsevišķi par PKE, izmantojot vienu no "
          "formulējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu "
          "veikšanas virzāms saskaņošanai” vai „saturs nav atbalstāms”. Ja eksperts saturu neatbalsta, jānorāda "
          "konkrēti iemesli un jāiesaka, kas jāpārstrādā.",
          "# 3. Dažādi",
          "N. Priede ierosina aicināt nozares uzņēmumus, kas atbalsta darba vidē balstītas mācības, piedalīties "
          "eksāmenu praktisko uzdevumu aprobācijā. Priekšlikumu atbalsta visi klātesošie.",
          "Nolemj: nākamo sanāksmi rīkot 2026. gada 15. aprīlī.",
          "",
          "Protokolēja: B. Zālīte",
      ])

# 07 qualification not in the register (metinātājs), letter to LDDK, name+role+company, date at the end
build("r5a07_Metinatajs MIP PKE - Lācis.docx", author="Rihards Lācis", created=(2026, 4, 9),
      expert="Rihards Lācis", date="2026-04-09", font="Calibri",
      rows=[("metinātājs", "MIP", "needs_corrections", 3), ("metinātājs", "PKE", "supported", 3)],
      problems=["unknown_qualification"],
      note="Qualification 'Metinātājs' is not in the register -> unknown_qualification; LKI 3 stated in the text. "
           "Body: 'saskaņošanai nevirzītu, lai gan uzbūvi atbalstu'; Kopumā: programma 'atbalstāma ar precizējumiem ... "
           "pēc to izpildes virzāma' = needs_corrections; eksāmens 'atbalstu bez iebildumiem un iesaku virzīt' = supported.",
      body=[
          "Latvijas Darba devēju konfederācijai",
          "projekta koordinatorei B. Zālītei",
          "",
          "# Par metinātāja kvalifikācijas dokumentu ekspertīzi",
          "Pēc Jūsu lūguma esmu izskatījis profesionālās kvalifikācijas „Metinātājs” (LKI 3. līmenis) modulārās "
          "izglītības programmu un profesionālās kvalifikācijas eksāmena saturu.",
          "Programmā pārāk maz laika atvēlēts MAG metināšanai, kas mūsu nozarē ir visbiežāk izmantotais process, bet "
          "samērā daudz – gāzes metināšanai, ko uzņēmumi praktiski vairs neizmanto. Trūkst moduļa par metināto šuvju "
          "vizuālo kontroli un defektu novērtēšanu atbilstoši LVS EN ISO 5817. Kamēr tas nav izdarīts, programmu "
          "saskaņošanai nevirzītu, lai gan pašu programmas uzbūvi un moduļu loģiku atbalstu.",
          "Eksāmena praktiskais uzdevums (stūra un sadursavienojuma metināšana apakšējā un vertikālā stāvoklī, "
          "šuvju vizuālā pārbaude) atbilst 3. līmenim, vērtēšanas kritēriji ir skaidri un izmērāmi.",
          "Kopumā: programma – atbalstāma ar precizējumiem, kas minēti iepriekš, un pēc to izpildes virzāma "
          "saskaņošanai; eksāmena saturu atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.",
          "",
          "Ar cieņu,",
          "Rihards Lācis",
          "SIA „RL Metāls” ražošanas vadītājs, starptautiskais metināšanas inženieris (IWE)",
          "2026. gada 9. aprīlī",
      ])

# 08 Gmail forward, English headers, PKE only, not supported in first person
build("r5a08_Fwd_ KIRT PKE atzinums.docx", author="Baiba Zālīte", created=(2026, 4, 14),
      expert="Solvita Eglīte", date="2026-04-13", font="Arial", size=10,
      rows=[("koka izstrādājumu ražošanas tehniķis", "PKE", "not_supported")],
      note="Gmail forward with English headers; subject abbreviates the qualification ('Koka izstr. ražošanas "
           "tehniķa PKE'). MIP explicitly not assigned -> no MIP row. 'eksāmena saturu nevaru atbalstīt' = "
           "not_supported. Date from the Date: header of the expert's message.",
      body=[
          "---------- Forwarded message ---------",
          "From: **Solvita Eglīte** <solvita.eglite@gmail.com>",
          "Date: Mon, Apr 13, 2026 at 4:37 PM",
          "Subject: Koka izstr. ražošanas tehniķa PKE",
          "To: <eksperti@lddk.lv>",
          "",
          "Labdien!",
          "Nosūtu savu vērtējumu par koka izstrādājumu ražošanas tehniķa kvalifikācijas eksāmenu. Programmu (MIP) man "
          "šoreiz neuzticēja, tāpēc rakstu tikai par eksāmenu.",
          "Eksāmens neatbilst LKI 4. līmenim. Praktiskais uzdevums faktiski ir galdnieka darbs – izgatavot vienu "
          "izstrādājumu pēc rasējuma. Tehniķim būtu jāpārbauda ražošanas procesa plānošana, tehnoloģiskās kartes "
          "sastādīšana, materiālu patēriņa aprēķins un kvalitātes kontrole sērijveida ražošanā. Nekas no tā eksāmenā "
          "nav iekļauts. Teorijas testā ir 40 jautājumi, no kuriem vairāk nekā puse ir par rokas instrumentiem.",
          "Ar dažiem precizējumiem to nevar izlabot, vajag pārstrādāt pēc būtības. Tāpēc pašreizējā redakcijā "
          "eksāmena saturu nevaru atbalstīt.",
          "Ja darba grupai noder, varu ar viņiem aprunāties tiešsaistē.",
          "",
          "Solvita Eglīte",
          "ražošanas tehnoloģe",
      ])

# 09 long review, module-by-module, body remark 'nav atbalstāms' outranked by Kopvērtējums
build("r5a09_DKIO_MIP_PKE_Petersons_galigais.docx", author="Guntars Pētersons", created=(2026, 5, 14),
      expert="Guntars Pētersons", date="2026-05-14", font="Cambria", size=11, split=True,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported")],
      note="Long (two pages) second-round review, runs split. A module is 'šādā redakcijā nav atbalstāms' in the body "
           "and history says PKE 'netika atbalstīts' in March; Kopvērtējums outranks: MIP 'atbalstāms, un pēc ... "
           "precizējumu veikšanas to var virzīt' = needs_corrections; PKE 'atbalstāms un virzāms ... bez izmaiņām' = supported.",
      body=[
          "= Ekspertīzes atzinums",
          "Kvalifikācija: datorizētu kokapstrādes iekārtu operators (LKI 4)",
          "Eksperts: Guntars Pētersons, SIA „Kurzemes koks” tehniskais direktors",
          "",
          "# Ievads",
          "Atzinums sagatavots par darba grupas 2026. gada 30. aprīlī iesniegto modulārās izglītības programmu un "
          "kvalifikācijas eksāmena saturu. Abi dokumenti jau reiz tika vērtēti: martā S. Zvaigznes atzinumā eksāmena "
          "saturs netika atbalstīts, bet programmai bija tikai nelielas piezīmes. Šoreiz dokumentus vērtēju no jauna "
          "pilnā apjomā, nevis tikai labojumus.",
          "Vispārīgi jāsaka, ka darba grupa ir paveikusi lielu darbu. Programma ir daudz tuvāka tam, ko mūsu "
          "uzņēmumos dara CNC operators: iekārtas sagatavošana, programmas ielāde un pielāgošana, instrumentu "
          "nomaiņa un mērīšana, pirmās detaļas kontrole, sērijas uzraudzība un iekārtas apkope.",
          "# Piezīmes par programmas moduļiem",
          "Modulis „Kokapstrādes pamati”. Saturs atbilst, dublēšanās ar citiem moduļiem nav. Iesaku (nav obligāti) "
          "pievienot praktisku darbu ar mitruma mērītāju, jo koksnes mitrums ir biežākais brāķa cēlonis.",
          "Modulis „CNC iekārtu programmēšana”. Šādā redakcijā modulis nav atbalstāms. Mācīšanās rezultāti prasa, lai "
          "izglītojamais patstāvīgi raksta G-kodu, taču operatora darbā programmas sagatavo tehnologs CAM vidē, un "
          "operators tās pielāgo – nulles punkti, instrumentu korekcijas, padeves ātrumi. Modulis jāpārstrādā, "
          "uzsvaru liekot uz programmu pārbaudi, simulāciju un korekcijām. Stundu skaits var palikt tāds pats.",
          "Modulis „Instrumenti un to sagatavošana”. Labi. Jāpapildina ar instrumentu nodiluma novērtēšanu un "
          "instrumentu datu ievadi iekārtas vadības sistēmā.",
          "Modulis „Kvalitātes kontrole”. Mācīšanās rezultātos minēts „mēra detaļas ar mērinstrumentiem” – "
          "jākonkretizē, ar kādiem (bīdmērs, mikrometrs, šablons) un kādā precizitātē.",
          "Modulis „Darba aizsardzība un ergonomika”. Atbilst. Ieteicams pievienot prasības darbam ar putekļu "
          "nosūcēm un sprādzienbīstamību koksnes putekļu vidē.",
          "Modulis „Iekārtu apkope”. Saturs labs, tomēr apjoms (2 kredītpunkti) ir par mazu, ja tajā jāapgūst gan "
          "ikdienas, gan plānotā apkope. Ieteikums – palielināt līdz 4 kredītpunktiem uz izvēles moduļu rēķina.",
          "Valodas un noformējuma piezīmes esmu atzīmējis dokumentā ar komentāriem; tās nav būtiskas.",
          "# Piezīmes par eksāmenu",
          "Eksāmena praktiskais uzdevums ir pārstrādāts un tagad ir ļoti labs: izglītojamais saņem sagatavotu "
          "programmu ar apzinātu kļūdu, to atrod simulācijā, izlabo, sagatavo iekārtu un izgatavo detaļu sēriju, "
          "kuras pirmo detaļu pārbauda. Vērtēšanas kritēriji ir skaidri, punktu sadalījums samērīgs. Teorijas testa "
          "jautājumi atbilst programmai.",
          "# Kopvērtējums",
          "Neraugoties uz piezīmēm par moduli „CNC iekārtu programmēšana”, kas jāpārstrādā, programmu kopumā vērtēju "
          "pozitīvi: MIP saturs ir atbalstāms, un pēc šajā atzinumā minēto precizējumu veikšanas to var virzīt "
          "saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai bez izmaiņām.",
          "",
          "Liepājā, 2026. gada 14. maijā",
          "G. Pētersons",
      ])

# 10 CONFLICT: two contradictory PKE verdicts inside one Slēdziens
build("r5a10_Kokapstrades iekartu operators atzinums Vitola.docx", author="Inese Vītola", created=(2026, 3, 26),
      expert="Inese Vītola", date="2026-03-26", font="Calibri",
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported"),
            ("kokapstrādes iekārtu operators", "PKE", "unknown")],
      problems=["conflict"],
      note="Slēdziens has numbered points 2 and 3 that give opposite PKE verdicts (supported vs not supported) with equal "
           "weight - looks like two drafts merged -> PKE unknown + conflict. MIP point 1 clear = supported.",
      body=[
          "= Atzinums par kvalifikācijas „Kokapstrādes iekārtu operators” MIP un PKE",
          "LKI 3. līmenis",
          "",
          "Izvērtēju darba grupas iesniegto modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena "
          "saturu.",
          "Programma. Moduļi aptver visas profesijas standarta kompetences: kokmateriālu sagatavošanu, ēvelēšanu, "
          "frēzēšanu, urbšanu, slīpēšanu, iekārtu regulēšanu un ikdienas apkopi. Apjoms ir atbilstošs 3. līmenim. "
          "Piezīmju, kas kavētu programmas virzību, man nav.",
          "Eksāmens. Teorijas daļa ir pietiekama. Praktiskā uzdevuma vērtēšanas kritērijos nav vērtēta iekārtas "
          "iestatīšana un drošas darba vietas sagatavošana, bet tikai gatavā izstrādājuma izmēri. Tāpat nav skaidrs, "
          "kā vērtēt, ja izglītojamais nepareizi lieto aizsargierīces.",
          "# Slēdziens",
          "1. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
          "2. PKE saturs ir atbalstāms un virzāms saskaņošanai.",
          "3. Ņemot vērā praktiskā uzdevuma vērtēšanas kritēriju nepilnības, PKE saturs nav atbalstāms un pēc "
          "pārstrādes iesniedzams atkārtotai ekspertīzei.",
          "",
          "Inese Vītola, 26.03.2026.",
      ])

# 11 NO VERDICT: remarks only, final verdict deferred
build("r5a11_meza masinu operators MIP piezimes.docx", author="Oskars Vanags", created=(2026, 2, 10),
      expert="Oskars Vanags", date="2026-02-10", font="Calibri",
      rows=[("meža mašīnu operators", "MIP", "unknown")],
      problems=["no_verdict"],
      note="Remarks on MIP only, verdict explicitly deferred ('Gala vērtējumu ... sniegšu, kad ...') -> MIP unknown + "
           "no_verdict. PKE not yet sent -> no PKE row.",
      body=[
          "**Meža mašīnu operators (LKI 3) – piezīmes par MIP**",
          "Oskars Vanags, 10.02.2026.",
          "",
          "Pirmās piezīmes par programmu, lai darba grupa var sākt labot jau tagad, negaidot pilnu atzinumu:",
          "– harvestera un forvardera vadības simulatora mācības minētas tikai vienā modulī un bez stundu apjoma; "
          "jānorāda, cik stundas simulatorā ir minimālais apjoms pirms darba mežā;",
          "– modulī „Kokmateriālu sagatavošana” nav iekļauta sortimentu uzmērīšana un datu pārsūtīšana uz "
          "uzņēmuma uzskaites sistēmu (StanForD faili), kas šobrīd ir ikdiena;",
          "– apkopes modulī jāpapildina hidraulikas sistēmas diagnostika un eļļas noplūžu novēršana vidi saudzējošā "
          "veidā;",
          "– prakses apjoms uzņēmumā (darba vidē balstītas mācības) nav skaidri nodalīts no skolas praktiskajām "
          "mācībām.",
          "Gala vērtējumu par programmu sniegšu, kad būšu saņēmis labotos moduļus un precizēto stundu sadalījumu. "
          "Eksāmena saturs man vēl nav atsūtīts.",
          "",
          "O. Vanags",
      ])

# 12 TRACKED CHANGES: verdict changed from supported to needs_corrections via w:del/w:ins
build("r5a12_Buvizstradajumu galdnieks_atzinums (labots).docx", author="Lauma Grīnberga", created=(2026, 5, 6),
      expert="Lauma Grīnberga", date="2026-05-06", font="Calibri",
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections"),
            ("būvizstrādājumu galdnieks", "PKE", "supported")],
      note="Track changes on: in the MIP conclusion 'un virzāms saskaņošanai' is deleted (w:del) and '; pēc "
           "precizējumu veikšanas virzāms saskaņošanai...' inserted (w:ins) -> current text = needs_corrections. PKE "
           "unchanged = supported. The date line was also inserted as a tracked change.",
      body=[
          "= Ekspertes viedoklis par būvizstrādājumu galdnieka MIP un PKE",
          "Lauma Grīnberga, SIA „Logu darbnīca Vecumnieki” ražošanas vadītāja",
          "",
          "Vērtēju kvalifikācijas „Būvizstrādājumu galdnieks” (LKI 4. līmenis) modulāro izglītības programmu un "
          "kvalifikācijas eksāmenu.",
          "Programma ir mūsdienīga: iekļauta logu un durvju izgatavošana no līmētās koksnes, stiklojuma paketes "
          "iestiklošana, furnitūras montāža un regulēšana. Ļoti labi, ka ir modulis par kāpņu izgatavošanu, jo to "
          "skolas bieži aizmirst. Atkārtoti pārlasot, pamanīju, ka montāžas modulī nav ne vārda par logu iebūvi "
          "atbilstoši ēku energoefektivitātes prasībām – to nedrīkst atstāt.",
          "Eksāmena praktiskais uzdevums (loga vērtnes izgatavošana un furnitūras uzstādīšana) ir labi izvēlēts, "
          "kritēriji saprotami, laiks pietiekams.",
          "# Rezumējot",
          "Modulārās izglītības programmas saturs ir atbalstāms[- un virzāms saskaņošanai-][+; pēc precizējumu "
          "veikšanas virzāms saskaņošanai. Jāpapildina modulis „Logu un durvju montāža” ar siltumizolācijas un "
          "hermetizācijas lentu iestrādi (tā saucamā RAL montāža)+].",
          "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
          "",
          "[+Rīgā, 06.05.2026.+]",
          "L. Grīnberga",
      ])

# 13 NOT A REVIEW: coordinator's assignment letter with table and instructions
build("r5a13_LDDK vestule ekspertiem_uzdevums 5.posms.docx", author="Baiba Zālīte", created=(2026, 4, 1),
      problems=["no_verdict"],
      note="NOT a review: coordinator's letter assigning experts for stage 5 (table of qualifications, MIP/PKE experts, "
           "deadlines) with the three verdict formulas quoted as instructions, and 'specifiskā atbalsta mērķis'. No rows.",
      body=[
          "Nozaru ekspertiem",
          "2026. gada 1. aprīlī Nr. 2-7/114",
          "",
          "# Par MIP un PKE satura ekspertīzi projekta 5. posmā",
          "Latvijas Darba devēju konfederācija turpina dalību Eiropas Savienības Kohēzijas politikas programmas "
          "2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma īstenošanā. Projekta 5. posmā "
          "(2026. gada 1. aprīlis – 31. jūlijs) lūdzam veikt šādu kvalifikāciju dokumentu ekspertīzi:",
          ("table", [
              ["Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš"],
              ["Elektromontieris", "3", "A. Bērziņš", "A. Bērziņš", "24.04.2026."],
              ["Elektrotehniķis", "4", "A. Bērziņš", "A. Bērziņš", "24.04.2026."],
              ["VGK iekārtu remontatslēdznieks", "3", "—", "Z. Muižniece", "30.04.2026."],
              ["VGK sistēmu tehniķis", "4", "—", "Z. Muižniece", "30.04.2026."],
              ["Būvizstrādājumu galdnieks", "4", "L. Grīnberga", "L. Grīnberga", "08.05.2026."],
              ["Datorizētu kokapstrādes iekārtu operators", "4", "G. Pētersons", "G. Pētersons", "15.05.2026."],
          ]),
          "",
          "Atzinuma noslēgumā lūdzam par katru dokumentu norādīt vienu no vērtējumiem: „saturs ir atbalstāms un "
          "virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai "
          "„saturs nav atbalstāms”. Ja saturs nav atbalstāms, lūdzam pamatot, kādas izmaiņas nepieciešamas.",
          "Atzinumus lūdzam iesūtīt Word formātā uz e-pastu eksperti@lddk.lv. Par metodisko atbalstu un "
          "jautājumiem sazinieties ar projekta koordinatori.",
          "",
          "Ar cieņu",
          "Baiba Zālīte",
          "projekta koordinatore",
      ])

# 14 STRIKE-THROUGH: 'nevajadzīgo svītrot' inside a prose memo
build("r5a14_Mehatronika MIP PKE Priede.docx", author="Normunds Priede", created=(2026, 2, 27),
      expert="Normunds Priede", date="2026-02-27", font="Times New Roman", size=12,
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections"),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported")],
      note="Prose memo ending with the three options per document and 'nevajadzīgo svītrot'; the non-chosen options "
           "carry strike-through: MIP keeps 'atbalstāms; pēc precizējumu veikšanas virzāms' (needs_corrections), PKE "
           "keeps 'atbalstāms un virzāms' (supported).",
      body=[
          "= Mehatronisko sistēmu tehniķis (LKI 4) – MIP un PKE ekspertīze",
          "",
          "Programmu un eksāmenu skatīju kopā ar mūsu uzņēmuma automatizācijas nodaļas kolēģiem, lai vērtējums "
          "atspoguļotu reālo darbu ražošanā.",
          "Programmā labi sabalansēta mehānika, pneimatika, hidraulika un elektrotehnika. Vājākā vieta ir "
          "programmējamo loģisko kontrolieru (PLC) modulis: tajā mācās tikai vienas ražotāja vides pamatus, bet "
          "nav kļūdu diagnostikas un darbības atjaunošanas pēc avārijas apstāšanās. Tāpat jāpapildina rūpniecisko "
          "robotu drošas apkalpošanas tēma un sensoru datu nolasīšana (Industrija 4.0 elementi). Šie papildinājumi "
          "ir nepieciešami pirms saskaņošanas.",
          "Eksāmens ir labi izstrādāts – praktiskais uzdevums (kļūdas atrašana un novēršana mehatroniskā stendā ar "
          "pneimatisko manipulatoru) precīzi atbilst tehniķa darbam. Piezīmju nav.",
          "",
          "Vērtējums (nevajadzīgo svītrot):",
          "MIP saturs: ~~ir atbalstāms un virzāms saskaņošanai~~ / ir atbalstāms; pēc precizējumu veikšanas virzāms "
          "saskaņošanai / ~~nav atbalstāms~~",
          "PKE saturs: ir atbalstāms un virzāms saskaņošanai / ~~ir atbalstāms; pēc precizējumu veikšanas virzāms "
          "saskaņošanai~~ / ~~nav atbalstāms~~",
          "",
          "Normunds Priede",
          "SIA „Autoprecīzs” automatizācijas inženieris",
          "27.02.2026.",
      ])

# 15 two qualifications in lettered sections, PKE only; 'nav iebildumu' positive; condition 'ar nosacījumu'
build("r5a15_VGK_PKE_abi_Muizniece.docx", author="Zane Muižniece", created=(2026, 4, 28),
      expert="Zane Muižniece", date="2026-04-28", font="Calibri",
      rows=[(VGK_R, "PKE", "supported"), (VGK_T, "PKE", "needs_corrections")],
      note="Two VGK qualifications in sections A./B., PKE only (MIP explicitly reviewed by another expert -> no MIP rows). "
           "A: 'nav iebildumu; var virzīt saskaņošanai' = supported. B: 'atbalstu ar nosacījumu, ka ... pirms virzīšanas' "
           "= needs_corrections. LKI levels stated match the register.",
      body=[
          "**Zane Muižniece**",
          "SIA „Klimata serviss” servisa inženiere",
          "",
          "= Atzinums par ventilācijas un gaisa kondicionēšanas kvalifikāciju eksāmenu saturu",
          "",
          "Šajā kārtā vērtēju tikai abu kvalifikāciju profesionālās kvalifikācijas eksāmenus; modulārās programmas "
          "izvērtēja cits eksperts marta sākumā.",
          "# A. Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)",
          "Eksāmena teorijas daļa aptver ventilācijas iekārtu uzbūvi, filtru klases, siltuma atguves iekārtas un "
          "darba drošību augstumā. Praktiskajā uzdevumā izglītojamais veic gaisa apstrādes iekārtas apkopi, filtru "
          "nomaiņu un ventilatora piedziņas siksnas nomaiņu un regulēšanu – tas ir tieši tas, ko remontatslēdznieks "
          "dara ikdienā. Pret eksāmena saturu man nav iebildumu; var virzīt saskaņošanai.",
          "# B. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)",
          "Tehniķa eksāmens pārāk līdzinās remontatslēdznieka eksāmenam. Praktiskais uzdevums jāpapildina ar sistēmas "
          "ieregulēšanu (gaisa plūsmu mērījumi, balansēšana, mērījumu protokols) un automātikas iestatījumu pārbaudi. "
          "PKE saturu atbalstu ar nosacījumu, ka šie papildinājumi tiks izdarīti pirms tā virzīšanas saskaņošanai.",
          "",
          "2026. gada 28. aprīlī",
          "Z. Muižniece",
      ])

# 16 very short; name and date only in the footer; one sentence for both documents
build("r5a16_elektrotehnikis.docx", author="Valdis Zariņš", created=(2026, 4, 30),
      expert="Valdis Zariņš", date="2026-04-30", font="Calibri",
      rows=[("elektrotehniķis", "MIP", "supported"), ("elektrotehniķis", "PKE", "supported")],
      note="Three-line note; body signed only 'Valdis', full name, place and date in the page footer. 'Programmu "
           "atbalstu, eksāmenu arī – abus var virzīt saskaņošanai' = both supported.",
      body=[
          "Elektrotehniķa MIP un PKE – izskatīju labotās versijas.",
          "Visas manas iepriekšējās piezīmes ir ņemtas vērā. Programmu atbalstu, eksāmenu arī – abus var virzīt "
          "saskaņošanai.",
          "Valdis",
          ("footer", "Valdis Zariņš | AS „Vidzemes tīkli” elektroapgādes inženieris | Ogre, 30.04.2026."),
      ])

# 17 noun/verb 'atbalsts' traps; Rezumējot: first-person rejection
build("r5a17_KIRT MIP viedoklis_Ceplitis.docx", author="Andris Ceplītis", created=(2026, 6, 3),
      expert="Andris Ceplītis", date="2026-06-03", font="Calibri",
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "not_supported")],
      note="Traps: 'nozares uzņēmumi atbalsta' (3rd person, other subject), 'metodiskais atbalsts', 'valsts atbalstu' "
           "(nouns). Verdict under Rezumējot: 'šādā redakcijā programmu neatbalstu' = not_supported. PKE not mentioned "
           "as reviewed ('eksāmenu vērtēs cits') -> no row.",
      body=[
          "# Par koka izstrādājumu ražošanas tehniķa modulāro izglītības programmu",
          "Andris Ceplītis, 2026. gada 3. jūnijs",
          "",
          "Vispirms gribu teikt, ka nozares uzņēmumi atbalsta šīs kvalifikācijas atjaunošanu – tehniķu trūkums "
          "ražotnēs ir akūts. Arī skolām sniegtais metodiskais atbalsts šajā projektā ir vērtējams atzinīgi, un "
          "darba grupas centība ir redzama.",
          "Programma tomēr ir uzrakstīta tā, it kā ražošana nebūtu mainījusies pēdējos divdesmit gadus. Nav ražošanas "
          "plānošanas un resursu vadības sistēmu (ERP), nav līnijas ražošanas organizēšanas, nav kvalitātes vadības "
          "sistēmu un izsekojamības. Modulī „Ražošanas tehnoloģijas” lielākā daļa laika veltīta rokas darbam, kas "
          "tehniķa līmenim nav raksturīgi. Programmā nav pat pieminēta energoefektivitāte un ražošanas atlikumu "
          "izmantošana, lai gan tieši tam uzņēmumi šobrīd saņem valsts atbalstu.",
          "Eksāmenu vērtēs cits eksperts, tāpēc par to neizsakos.",
          "# Rezumējot",
          "Šādā redakcijā programmu neatbalstu. Tā ir jāpārstrādā pēc būtības, un pēc tam labprāt to izvērtēšu "
          "atkārtoti.",
          "",
          "A. Ceplītis",
      ])

# 18 NOT A REVIEW: news item restating verdicts, quoting an expert
build("r5a18_LDDK_jaunumi_ekspertize_aprilis.docx", author="", created=(2026, 4, 10),
      problems=["no_verdict"],
      note="NOT a review: newsletter article. Restates the Q1 verdicts (seed style), quotes an expert ('esam gatavi "
           "atbalstīt'), names qualifications. No rows.",
      body=[
          "= Nozaru eksperti noslēguši pirmo kvalifikāciju ekspertīzes kārtu",
          "LDDK jaunumi, 2026. gada 10. aprīlis",
          "",
          "Projekta 4. posmā 13 enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti vērtēja "
          "profesionālās izglītības iestāžu darba grupu izstrādātās modulārās izglītības programmas (MIP) un "
          "profesionālās kvalifikācijas eksāmenu (PKE) saturu.",
          "Līdz 31. martam ekspertīze pabeigta trim kvalifikācijām. Motorzāģa operatora un mežsaimniecības tehniķa "
          "MIP saturs atzīts par atbalstāmu pēc precizējumu veikšanas, bet PKE saturs – par atbalstāmu un virzāmu "
          "saskaņošanai. Mehatronisko sistēmu tehniķa abi dokumenti virzāmi saskaņošanai pēc precizējumiem.",
          "„Uzņēmēji ir gatavi atbalstīt skolas ne tikai ar atzinumiem, bet arī ar prakses vietām un iekārtām,” "
          "saka mašīnbūves nozares eksperts Normunds Priede.",
          "Ekspertīze turpinās vēl deviņām kvalifikācijām, tostarp elektromontierim, elektrotehniķim un mēbeļu "
          "galdniekam, un to plānots pabeigt 2026. gada jūlijā.",
      ])

# 19 condition in the next sentence; numbered points referenced; author = coordinator
build("r5a19_Meza masinu operators_MIP_PKE_Upenieks.docx", author="Baiba Zālīte", created=(2026, 5, 19),
      expert="Raimonds Upenieks", date="2026-05-19", font="Calibri",
      rows=[("meža mašīnu operators", "MIP", "supported"), ("meža mašīnu operators", "PKE", "needs_corrections")],
      note="MIP: 'Programmu atbalstu un iesaku virzīt saskaņošanai' = supported. PKE: 'kopumā atbalstu.' then next "
           "sentence 'virzīt var tikai tad, kad būs novērstas 2. un 4. punktā...' = needs_corrections. History of "
           "O. Vanags' February remarks is not a verdict. Author property = coordinator.",
      body=[
          "= Meža mašīnu operators (LKI 3. līmenis)",
          "Atzinums par labotajām MIP un PKE versijām",
          "",
          "Februārī kolēģis O. Vanags sniedza pirmās piezīmes par programmu, bet gala vērtējumu tā arī nepaspēja "
          "sniegt, tāpēc LDDK lūdza mani izvērtēt labotās versijas.",
          "# Programma",
          "Programma tagad ir krietni labāka. Simulatora mācībām paredzētas 80 stundas, sortimentu uzmērīšana un "
          "datu apmaiņa ir iekļauta, darba vidē balstītās mācības skaidri nodalītas. Programmu atbalstu un iesaku "
          "virzīt saskaņošanai.",
          "# Eksāmens",
          "Pārskatot eksāmena saturu, atradu četras neprecizitātes:",
          "1) teorijas testa 7. jautājumā divas pareizas atbildes;",
          "2) praktiskajā uzdevumā nav noteikts, kāda tehnika (harvesters vai forvarders) tiek izmantota un kā "
          "nodrošina vienādus apstākļus visiem eksaminējamiem;",
          "3) vērtēšanas lapā drukas kļūdas;",
          "4) nav noteikts, kā vērtē, ja eksaminējamais pārkāpj drošības zonu ap strādājošu mašīnu.",
          "Eksāmena saturu kopumā atbalstu. Tomēr saskaņošanai to virzīt var tikai tad, kad būs novērstas 2. un "
          "4. punktā minētās neprecizitātes.",
          "",
          "Smiltenē, 2026. gada 19. maijā",
          "Raimonds Upenieks",
          "meža mašīnu operators, apmācību instruktors",
      ])

# 20 letterhead in all-caps formatting, MIP only, PKE explicitly by another expert, Noslēgumā
build("r5a20_Jaunzems_motorzagis_MIP.docx", author="Kaspars Jaunzems", created=(2026, 3, 2),
      expert="Kaspars Jaunzems", date="2026-03-02", font="Calibri",
      rows=[("motorzāģa operators", "MIP", "needs_corrections")],
      note="Letterhead: name (all-caps formatting) + role + company above the title; no signature at the end. "
           "'Noslēgumā: ... atbalstāms; pēc precizējumu veikšanas virzāms' = needs_corrections. PKE done by M. Ozoliņš "
           "-> no PKE row.",
      body=[
          ("caps", "Kaspars Jaunzems"),
          "SIA „Mežrīts” valdes loceklis | tālr. +371 26 407 318 | kaspars@mezrits.lv",
          "",
          "= Atzinums par motorzāģa operatora modulārās izglītības programmu",
          "02.03.2026.",
          "",
          "Motorzāģa operators (LKI 3) ir viena no pieprasītākajām kvalifikācijām mūsu nozarē, un ir labi, ka "
          "programma beidzot tiek atjaunota. Programmas struktūra atbilst profesijas standartam.",
          "Modulī „Koku gāšana” jāprecizē, ka bīstamo koku (vējgāzes, sausokņi) gāšana tiek mācīta tikai pēc "
          "pamatprasmju apguves un pieredzējuša instruktora uzraudzībā. Jāpievieno pirmās palīdzības sniegšana "
          "mežā, tostarp rīcība ar motorzāģi gūtu traumu gadījumā – šobrīd tā ir tikai vispārīgajā darba "
          "aizsardzības modulī. Degvielas un ķēdes eļļas izvēlē jāmin bioloģiski noārdāmās eļļas.",
          "PKE ekspertīzi veic M. Ozoliņš, tāpēc par eksāmenu šeit neizsakos.",
          "Noslēgumā: programmas saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
      ])

# 21 qualification not in the register, LKI stated, both supported, place+date
build("r5a21_Darbgaldu operators atzinums_Kalejs.docx", author="Ģirts Kalējs", created=(2026, 6, 11),
      expert="Ģirts Kalējs", date="2026-06-11", font="Times New Roman", size=12,
      rows=[("metālapstrādes darbgaldu operators", "MIP", "supported", 3),
            ("metālapstrādes darbgaldu operators", "PKE", "supported", 3)],
      problems=["unknown_qualification"],
      note="'Metālapstrādes darbgaldu operators' is not in the register -> unknown_qualification, LKI 3 from the text. "
           "Secinājumi in nominal style 'MIP – atbalstāma, virzāma saskaņošanai', 'Precizējumi nav nepieciešami'.",
      body=[
          "= Ekspertīzes atzinums",
          "Profesionālā kvalifikācija – Metālapstrādes darbgaldu operators, LKI 3. līmenis",
          "Nozare: mašīnbūve un metālapstrāde",
          "",
          "Izvērtēju modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena saturu. Abi dokumenti "
          "ir savstarpēji saskanīgi: katram mācīšanās rezultātam eksāmenā ir atbilstošs vērtēšanas kritērijs.",
          "Programmā ietverta virpošana, frēzēšana, urbšana un slīpēšana gan universālajos, gan CNC darbgaldos, "
          "tehniskās dokumentācijas lasīšana un detaļu mērīšana. Eksāmena praktiskajā uzdevumā izglītojamais "
          "izgatavo detaļu pēc rasējuma un pats pārbauda tās atbilstību pielaidēm – tas ir pareizs pieejas veids.",
          "Iesaku nākotnē papildināt programmu ar aditīvās ražošanas pamatiem, taču tas nav priekšnoteikums šai "
          "redakcijai.",
          "# Secinājumi",
          "MIP – atbalstāma, virzāma saskaņošanai.",
          "PKE – atbalstāms, virzāms saskaņošanai.",
          "Precizējumi nav nepieciešami.",
          "",
          "Ģirts Kalējs",
          "Ventspils, 11.06.2026.",
      ])

# 22 three qualifications headed "Kvalifikācija Nr. n –", verdicts for both documents together
build("r5a22_Kokrupnieciba_3 kvalifikacijas_Rudzite.docx", author="Baiba Zālīte", created=(2026, 5, 30),
      expert="Kristīne Rudzīte", date="2026-05-29", font="Calibri",
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported"),
            ("kokapstrādes iekārtu operators", "PKE", "supported"),
            ("mēbeļu galdnieks", "MIP", "needs_corrections"), ("mēbeļu galdnieks", "PKE", "needs_corrections"),
            ("būvizstrādājumu galdnieks", "MIP", "supported"), ("būvizstrādājumu galdnieks", "PKE", "not_supported")],
      note="Three qualifications in one file. 'Abus dokumentus atbalstu un iesaku virzīt' = both supported; "
           "'Gan programma, gan eksāmens ir atbalstāmi, bet pirms virzīšanas ... abos jāizlabo' = both needs_corrections; "
           "'Programma – atbalstāma un virzāma ... Eksāmens – nav atbalstāms' split verdict.",
      body=[
          "= Kokrūpniecības nozares eksperta atzinums (5. posms)",
          "Sagatavoja: Kristīne Rudzīte, 29.05.2026.",
          "",
          "Šajā dokumentā apkopoju vērtējumu par trim kvalifikācijām, kuru labotās versijas saņēmu maijā.",
          "# Kvalifikācija Nr. 1 – kokapstrādes iekārtu operators",
          "Pēc marta ekspertīzes darba grupa pārstrādāja eksāmena vērtēšanas kritērijus: tagad vērtē arī iekārtas "
          "iestatīšanu un darba vietas sagatavošanu. Programmā izmaiņas minimālas. Abus dokumentus atbalstu un "
          "iesaku virzīt saskaņošanai.",
          "# Kvalifikācija Nr. 2 – mēbeļu galdnieks",
          "Gan programma, gan eksāmens ir atbalstāmi, bet pirms virzīšanas saskaņošanai abos jāizlabo terminoloģija: "
          "vienā vietā „finierēšana”, citā „venierēšana”, „MDF” un „vidēja blīvuma šķiedru plātne” lietoti jaukti. "
          "Eksāmena vērtēšanas lapā jāizlabo kopējā punktu summa.",
          "# Kvalifikācija Nr. 3 – būvizstrādājumu galdnieks",
          "Programma – atbalstāma un virzāma saskaņošanai, visas L. Grīnbergas ieteiktās izmaiņas ir iestrādātas. "
          "Eksāmens – nav atbalstāms: jaunajā redakcijā praktiskais uzdevums aizstāts ar testu datorā, un praktiskās "
          "prasmes vairs netiek pārbaudītas vispār.",
          "",
          "K. Rudzīte",
      ])

# 23 Outlook (English headers) reply with quoted earlier rejection by the same expert
build("r5a23_RE_ Elektrotehnika MIP - labota versija.docx", author="Baiba Zālīte", created=(2026, 5, 28),
      expert="Laila Avotiņa", date="2026-05-27", font="Calibri",
      rows=[("elektrotehniķis", "MIP", "supported")],
      note="Outlook thread, English headers. Newest message: 'Tagad programmu varu atbalstīt un iesaku to virzīt', "
           "'Papildu precizējumi ... nav vajadzīgi' = supported. The quoted April message 'MIP saturs nav atbalstāms' is "
           "history, superseded. Date from the newest Sent: line.",
      body=[
          "**From:** Laila Avotiņa <laila.avotina@energoserviss.lv>",
          "**Sent:** Wednesday, May 27, 2026 9:41 AM",
          "**To:** Baiba Zālīte <baiba.zalite@lddk.lv>",
          "**Subject:** RE: Elektrotehniķa MIP - labotā versija",
          "",
          "Labdien, Baiba,",
          "labotā MIP versija ir apskatīta. Darba grupa ir papildinājusi programmu ar atjaunīgās enerģētikas un "
          "e-mobilitātes moduļiem un novērsusi dublēšanos ar elektromontiera programmu. Tagad programmu varu "
          "atbalstīt un iesaku to virzīt saskaņošanai. Papildu precizējumi no manas puses nav vajadzīgi.",
          "Laila",
          "",
          "**From:** Baiba Zālīte <baiba.zalite@lddk.lv>",
          "**Sent:** Monday, May 18, 2026 2:05 PM",
          "**To:** Laila Avotiņa <laila.avotina@energoserviss.lv>",
          "**Subject:** Elektrotehniķa MIP - labotā versija",
          "",
          "Laila, sveiki! Pielikumā labotā elektrotehniķa MIP. Lūdzu, paskaties, vai Tavas piezīmes ir ņemtas vērā.",
          "Baiba",
          "",
          "**From:** Laila Avotiņa",
          "**Sent:** Friday, April 24, 2026 3:15 PM",
          "**To:** Baiba Zālīte",
          "**Subject:** Elektrotehniķa MIP",
          "",
          "> Baiba, nosūtu savu vērtējumu. Programmā nav atjaunīgās enerģētikas, uzlādes infrastruktūras, un liela daļa "
          "moduļu dublē elektromontiera programmu.",
          "> Mans vērtējums: MIP saturs nav atbalstāms; programma jāpārstrādā (sīkāk pielikumā).",
          "> Laila Avotiņa",
      ])

# 24 academic titles, PKE only (MIP closed in stage 4), not supported, Secinājumi
build("r5a24_Mehatronisko sist tehnikis PKE atzinums Rudzitis.docx", author="Artūrs Rudzītis",
      created=(2026, 6, 18), expert="Artūrs Rudzītis", date="2026-06-18", font="Times New Roman", size=12,
      rows=[("mehatronisko sistēmu tehniķis", "PKE", "not_supported")],
      note="Title block 'Asoc. prof., Dr. sc. ing. Artūrs Rudzītis' (titles dropped). PKE only; MIP explicitly closed in "
           "stage 4 by another expert -> no row. Secinājumi: 'eksāmena saturs nav atbalstāms'. 'Nepieciešams' and "
           "'neskatoties' appear without negating.",
      body=[
          "Asoc. prof., Dr. sc. ing. Artūrs Rudzītis",
          "augstskolas Mehatronikas katedras vadītājs",
          "",
          "= Recenzija par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” eksāmena saturu",
          "2026. gada 18. jūnijā",
          "",
          "Darba grupa šoreiz iesniedza tikai profesionālās kvalifikācijas eksāmena jauno redakciju. Modulārās "
          "izglītības programmas ekspertīze tika noslēgta projekta 4. posmā, un šī recenzija uz to neattiecas.",
          "Neskatoties uz to, ka eksāmena struktūra formāli atbilst paraugam, saturiski tā ir problemātiska. Jaunajā "
          "redakcijā praktiskais uzdevums sadalīts trīs atsevišķos uzdevumos (mehānika, pneimatika, PLC), kurus "
          "izglītojamais veic dažādos stendos. Tādējādi pazūd tieši tas, kas raksturo mehatronisko sistēmu tehniķi – "
          "spēja saskatīt sistēmu kopumā un atrast kļūdu starp apakšsistēmām.",
          "Vērtēšanas kritēriji ir formulēti kā darbību saraksts („pievieno”, „ieslēdz”, „pārbauda”) bez kvalitātes "
          "rādītājiem. Teorijas testā 30 % jautājumu pārbauda definīciju atcerēšanos. Nepieciešams atgriezties pie "
          "iepriekšējās, integrētās uzdevuma koncepcijas.",
          "# Secinājumi",
          "Pašreizējā redakcijā eksāmena saturs nav atbalstāms. Iesaku darba grupai atgriezties pie 4. posmā "
          "saskaņotās pieejas un iesniegt eksāmenu atkārtotai ekspertīzei.",
          "",
          "A. Rudzītis",
      ])

# 25 nominal verdict phrases 'Ekspertes vērtējums – MIP: atbalstāma ar precizējumiem'; alias VGK
build("r5a25_VGK remontatslēdznieks_MIP_PKE_Strautiņa.docx", author="Ērika Strautiņa", created=(2026, 3, 20),
      expert="Ērika Strautiņa", date="2026-03-20", font="Calibri",
      rows=[(VGK_R, "MIP", "needs_corrections"), (VGK_R, "PKE", "supported")],
      note="Alias 'VGK iekārtu remontatslēdznieks' in the title. Verdicts as nominal phrases: 'MIP: atbalstāma ar "
           "precizējumiem (sk. 1.–5. piezīmi)' = needs_corrections; 'PKE: atbalstāms bez precizējumiem, virzāms "
           "saskaņošanai' = supported.",
      body=[
          "= VGK iekārtu remontatslēdznieks – MIP un PKE",
          "Ekspertes piezīmes un vērtējums, 20.03.2026.",
          "",
          "Piezīmes par programmu:",
          "1. Modulī „Ventilācijas iekārtu apkope” jāiekļauj rekuperatoru siltummaiņu tīrīšana un dezinfekcija.",
          "2. Nav minēta darbu veikšana augstumā un uz jumta (drošības sistēmas), lai gan lielākā daļa iekārtu "
          "atrodas uz jumtiem.",
          "3. Aukstuma tehnikas modulī jāprecizē, ka darbus ar fluorētajām siltumnīcefekta gāzēm drīkst veikt tikai "
          "sertificēts personāls; remontatslēdznieks veic palīgdarbus.",
          "4. Mācīšanās rezultātos „pārzina” aizstāt ar izmērāmiem darbības vārdiem.",
          "5. Jāsaskaņo moduļu nosaukumi satura rādītājā un tekstā.",
          "Eksāmens ir skaidrs, praktiskais uzdevums atbilst 3. līmenim, piezīmju nav.",
          "",
          "Ekspertes vērtējums – MIP: atbalstāma ar precizējumiem (sk. 1.–5. piezīmi); PKE: atbalstāms bez "
          "precizējumiem, virzāms saskaņošanai.",
          "",
          "Ērika Strautiņa",
          "SIA „Gaisa tehnika” tehniskā direktore",
      ])

# 26 ALL CAPS headings, three LKI 3 qualifications, both documents, varied wording
build("r5a26_LKI3 kokrupnieciba MIP PKE Krastins.docx", author="Ivars Krastiņš", created=(2026, 5, 20),
      expert="Ivars Krastiņš", date="2026-05-20", font="Arial", size=10,
      rows=[("motorzāģa operators", "MIP", "supported"), ("motorzāģa operators", "PKE", "supported"),
            ("meža mašīnu operators", "MIP", "needs_corrections"), ("meža mašīnu operators", "PKE", "supported"),
            ("kokapstrādes iekārtu operators", "MIP", "not_supported"),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
      note="Sections in ALL CAPS. Motorzāģa: 'precizējumi veikti ... virzāma saskaņošanai', exam 'nav iebildumu' = both "
           "supported. Meža mašīnu: MIP 'atbalstāma, ja tiks ... precizēts ... tikai tad virzāma' = needs_corrections, PKE "
           "'atbalstu bez piezīmēm' = supported. Kokapstrādes: MIP 'nevar atbalstīt' = not_supported; PKE 'jāprecizē, "
           "pēc tam var virzīt' + 'kopumā atbalstāms' = needs_corrections.",
      body=[
          "Ivars Krastiņš, nozares eksperts (kokrūpniecība)",
          "Rīgā, 2026. gada 20. maijā",
          "",
          "Atzinums par trīs LKI 3. līmeņa kvalifikāciju modulārajām izglītības programmām un eksāmenu saturu.",
          "",
          "# MOTORZĀĢA OPERATORS",
          "Marta atzinumā norādītie precizējumi (bīstamo koku gāšana, pirmā palīdzība, bioloģiski noārdāmās eļļas) ir "
          "veikti, tāpēc programma tagad ir atbalstāma un virzāma saskaņošanai. Pret eksāmenu iebildumu nav, tas "
          "virzāms saskaņošanai tādā pašā redakcijā.",
          "# MEŽA MAŠĪNU OPERATORS",
          "Programma ir atbalstāma, ja tiks precizēts darba vidē balstīto mācību apjoms (tagad tabulā 320 stundas, "
          "tekstā 360) – tikai tad virzāma saskaņošanai. Eksāmena saturu atbalstu bez piezīmēm, virzāms "
          "saskaņošanai.",
          "# KOKAPSTRĀDES IEKĀRTU OPERATORS",
          "Programmu pašreizējā redakcijā nevar atbalstīt: tajā izņemts viss iekārtu regulēšanas saturs, un "
          "apkopes modulis saīsināts līdz vienam kredītpunktam. Tas ir solis atpakaļ salīdzinājumā ar iepriekšējo "
          "versiju. Eksāmenā jāprecizē praktiskā uzdevuma laika limits un jāpievieno drošības kritērijs, pēc tam to "
          "var virzīt saskaņošanai; kopumā eksāmena saturs ir atbalstāms.",
          "",
          "I. Krastiņš",
      ])

# 27 NOT A REVIEW: methodological instructions with sample conclusions
build("r5a27_Metodiskie noradijumi ekspertiem_v2.docx", author="Baiba Zālīte", created=(2026, 1, 14),
      problems=["no_verdict"],
      note="NOT a review: instructions for experts with sample conclusion sentences for all three verdicts and an "
           "example qualification. No rows.",
      body=[
          "= Metodiskie norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzei",
          "Versija 2, 2026. gada janvāris",
          "",
          "# 1. Ekspertīzes mērķis",
          "Eksperts izvērtē, vai modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturs "
          "atbilst profesijas standartam un nozares vajadzībām, un sniedz slēdzienu par katru dokumentu atsevišķi.",
          "# 2. Atzinuma struktūra",
          "Atzinumā ieteicams iekļaut: kvalifikācijas nosaukumu un LKI līmeni; eksperta vārdu, uzvārdu un datumu; "
          "piezīmes par moduļiem un eksāmena daļām; slēdzienu.",
          "# 3. Slēdziena formulējumi",
          "Slēdzienā izmanto vienu no šiem formulējumiem:",
          "a) „MIP/PKE saturs ir atbalstāms un virzāms saskaņošanai” – ja precizējumi nav nepieciešami;",
          "b) „MIP/PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” – ja nepieciešami "
          "precizējumi, kas nemaina dokumenta būtību;",
          "c) „MIP/PKE saturs nav atbalstāms” – ja dokuments jāpārstrādā un nepieciešama atkārtota ekspertīze.",
          "Piemērs: „Kvalifikācijas „Elektromontieris” MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
          "saskaņošanai. PKE saturs ir atbalstāms un virzāms saskaņošanai.”",
          "# 4. Iesniegšana",
          "Atzinumu iesniedz projekta koordinatorei Word formātā. Ja ekspertam nepieciešams metodiskais atbalsts, "
          "viņš sazinās ar koordinatori.",
      ])

# 28 initial + surname only, optional suggestions, 'iebildumu nav'
build("r5a28_elektromontieris_atzinums_RB.docx", author="Baiba Zālīte", created=(2026, 4, 8),
      expert="R. Balode", date="2026-04-08", font="Calibri",
      rows=[("elektromontieris", "MIP", "supported"), ("elektromontieris", "PKE", "supported")],
      note="Signed only 'R. Balode' (expert = as written). MIP: 'Pret programmas saturu iebildumu nav, to var virzīt' = "
           "supported; PKE 'arī atbalstāms un virzāms'; 'Ieteikumi (nav obligāti)' do not make it conditional. LKI '3. LKI "
           "līmenis' in the title.",
      body=[
          "= Atzinums par kvalifikācijas „Elektromontieris” (3. LKI līmenis) dokumentiem",
          "",
          "Modulārā programma ir pārskatāma, moduļi aptver iekšējo elektroinstalāciju montāžu, sadalņu "
          "komplektēšanu, zemējumu un zibensaizsardzību, kā arī mērījumus. Pret programmas saturu iebildumu nav, to "
          "var virzīt saskaņošanai.",
          "Eksāmens – arī atbalstāms un virzāms saskaņošanai. Praktiskais uzdevums (dzīvokļa sadalnes montāža un "
          "pieslēgšana ar mērījumiem) ir reāls un labi vērtējams.",
          "Ieteikumi (nav obligāti): teorijas testā varētu būt vairāk situāciju uzdevumu; programmā varētu pieminēt "
          "viedās mājas sistēmu pamatus.",
          "",
          "R. Balode",
          "2026. gada 8. aprīlī",
      ])

# 29 no name, no date; condition after comma
build("r5a29_Elektrotehnikis PKE piezimes un vertejums.docx", author="Baiba Zālīte", created=(2026, 5, 5),
      expert="", date="", font="Calibri",
      rows=[("elektrotehniķis", "PKE", "needs_corrections")],
      note="Unsigned, undated note (expert and date empty; file author is the coordinator, not the expert). "
           "'Vērtējums: atbalstāms, virzāms saskaņošanai pēc tam, kad būs izlabots ...' = needs_corrections.",
      body=[
          "Elektrotehniķa PKE – piezīmes un vērtējums",
          "",
          "Teorijas daļa: jautājumi atbilst programmai, bet 5 jautājumos atsauces uz veco Elektroenerģijas tirgus "
          "likuma redakciju.",
          "Praktiskā daļa: uzdevums par frekvences pārveidotāja parametrēšanu ir labs. Nav skaidrs, vai "
          "eksaminējamais drīkst izmantot ražotāja rokasgrāmatu – jānorāda.",
          "Vērtējums: atbalstāms, virzāms saskaņošanai pēc tam, kad būs izlabotas atsauces un norādīts par "
          "rokasgrāmatas lietošanu.",
      ])

# 30 unknown qualification without LKI level; MIP only, not supported
build("r5a30_Loksnu metala izstradajumu izgatavotajs_MIP.docx", author="Edgars Puriņš", created=(2026, 7, 2),
      expert="Edgars Puriņš", date="2026-07-02", font="Calibri",
      rows=[("lokšņu metāla izstrādājumu izgatavotājs", "MIP", "not_supported", "")],
      problems=["unknown_qualification"],
      note="Qualification not in the register and no LKI level stated -> lki_level empty, unknown_qualification. "
           "'Programmas saturu atbalstīt nevaru' = not_supported. PKE 'vēl izstrādes stadijā' -> no row.",
      body=[
          "Labdien!",
          "Nosūtu atzinumu par kvalifikācijas „Lokšņu metāla izstrādājumu izgatavotājs” modulāro izglītības "
          "programmu. Eksāmena saturs vēl ir izstrādes stadijā, to vērtēšu, kad darba grupa to iesniegs.",
          "Programmā lokšņu metāla liekšana aprakstīta tikai manuālajos locīšanas darbgaldos. Mūsdienu ražošanā "
          "pamatā izmanto CNC preses un lāzergriešanu, un izgatavotājam jāprot nolasīt izklājumus no rasējuma un "
          "sagatavot locīšanas secību. Metināšanas un kniedēšanas apjoms nesamērīgi liels, bet virsmu apstrāde un "
          "pulverkrāsošana nav iekļauta vispār. Moduļu apraksti ir kopēti no citas programmas – vairākās vietās "
          "palicis vārds „virpotājs”.",
          "Tāpēc programmas saturu atbalstīt nevaru; tā jāpārstrādā un jāiesniedz vēlreiz.",
          "",
          "Edgars Puriņš",
          "SIA „Metāla forma”, ražošanas meistars",
          "02.07.2026.",
      ])

# 31 'galigais' second round by same expert as 01; history; MIP supported, PKE needs corrections
build("r5a31_Mebelu galdnieks MIP+PKE galigais.docx", author="Ilze Kalniņa", created=(2026, 4, 20),
      expert="Ilze Kalniņa", date="2026-04-20", font="Times New Roman", size=12,
      rows=[("mēbeļu galdnieks", "MIP", "supported"), ("mēbeļu galdnieks", "PKE", "needs_corrections")],
      note="Final version of a second round. History: 12 March MIP 'atbalstāma pēc precizējumiem' (superseded). "
           "MIP now 'atbalstāms un virzāms' = supported; PKE 'atbalstāms; pirms virzīšanas ... jāizlabo' = "
           "needs_corrections. Qualification in genitive ('mēbeļu galdnieka').",
      body=[
          "= Atkārtots atzinums par mēbeļu galdnieka MIP un PKE",
          "",
          "2026. gada 12. martā sniedzu atzinumu par mēbeļu galdnieka MIP – toreiz programma bija atbalstāma pēc "
          "precizējumiem. Tagad vērtēju laboto MIP un arī PKE, ko man uzdeva izvērtēt, jo iepriekš nozīmētais "
          "eksperts no darba atteicās.",
          "MIP. Darba grupa ir precizējusi projektēšanas moduli (darbs ar CAD programmatūru un detaļu specifikācijas) "
          "un papildinājusi virsmu apdares moduli ar darba aizsardzības prasībām. Precizējumi ir veikti; saturs ir "
          "atbalstāms un virzāms saskaņošanai.",
          "PKE. Eksāmena saturs ir atbalstāms; tomēr pirms virzīšanas saskaņošanai jāizlabo vērtēšanas lapa – kopējā "
          "punktu summa ir 95, nevis 100, un kritērijam „savienojumu precizitāte” nav norādīts maksimālais punktu "
          "skaits.",
          "",
          "Ilze Kalniņa",
          "Rīgā, 20.04.2026.",
      ])

# 32 running-text sections, one document with no verdict (no_verdict)
build("r5a32_Energetika_atzinums_Klavins.docx", author="Juris Kļaviņš", created=(2026, 6, 9),
      expert="Juris Kļaviņš", date="2026-06-09", font="Calibri",
      rows=[(VGK_R, "MIP", "needs_corrections"), (VGK_R, "PKE", "needs_corrections"),
            ("elektromontieris", "MIP", "supported"), ("elektromontieris", "PKE", "unknown")],
      problems=["no_verdict"],
      note="Qualifications introduced inside running text ('Par ... remontatslēdznieka dokumentiem', 'Savukārt "
           "elektromontiera...'). VGK: 'Abiem dokumentiem jāveic ... precizējumi, pēc tam tos var virzīt; kopumā atbalstu' "
           "= both needs_corrections. Elektromontieris MIP 'atbalstāma un virzāma' = supported; PKE reviewed ('piezīmes "
           "tabulā') with no verdict -> unknown + no_verdict.",
      body=[
          "Juris Kļaviņš",
          "enerģētikas nozares eksperts",
          "2026. gada 9. jūnijs",
          "",
          "Labdien, godātie kolēģi!",
          "Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka dokumentiem: programma un eksāmens "
          "ir savstarpēji saskaņoti, bet abos vēl palikušas kļūdas. Programmā moduļa „Gaisa apstrādes iekārtas” "
          "mācīšanās rezultāti nesakrīt ar eksāmena vērtēšanas kritērijiem, eksāmenā nav norādīts praktiskā "
          "uzdevuma izpildes laiks. Abiem dokumentiem jāveic šie precizējumi, pēc tam tos var virzīt saskaņošanai; "
          "kopumā abus atbalstu.",
          "Savukārt elektromontiera programma pēc aprīļa labojumiem ir atbalstāma un virzāma saskaņošanai. "
          "Elektromontiera eksāmenu arī izskatīju – piezīmes iekļautas pievienotajā tabulā, kuru lūdzu nodot "
          "darba grupai.",
          "",
          "Ar cieņu,",
          "J. Kļaviņš",
      ])

# 33 first round: 'neskatoties', 'nepieciešami', 'bez precizējumiem'; PKE rejected
build("r5a33_Datorizetu kokapstrades iekartu operators_1.karta_Zvaigzne.docx", author="Sandra Zvaigzne",
      created=(2026, 3, 10), expert="Sandra Zvaigzne", date="2026-03-10", font="Calibri", split=True,
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported"),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "not_supported")],
      note="Traps: 'Neskatoties uz ... nepilnībām' and 'nav nepieciešami' before a positive verdict; MIP 'atbalstāma un "
           "virzāma saskaņošanai bez precizējumiem' = supported. PKE: 'Eksāmena saturu šobrīd neatbalstu' = not_supported. "
           "Runs split.",
      body=[
          "# Datorizētu kokapstrādes iekārtu operators – ekspertīzes 1. kārta",
          "Sandra Zvaigzne | 10.03.2026.",
          "",
          "Programma: neskatoties uz dažām redakcionālām nepilnībām (moduļu numerācija, vienā vietā nepareizs "
          "kredītpunktu skaits), saturiski tā ir laba. CNC iekārtu sagatavošana, instrumentu maiņa un kvalitātes "
          "kontrole ir aptverta. Būtiski labojumi nav nepieciešami, redakcionālās kļūdas skola izlabos pati. "
          "Programma ir atbalstāma un virzāma saskaņošanai bez precizējumiem.",
          "Eksāmens: praktiskais uzdevums ir tikai detaļas izgatavošana pēc gatavas programmas – izglītojamais "
          "faktiski tikai nospiež pogu. Netiek pārbaudīta ne iekārtas sagatavošana, ne programmas pārbaude un "
          "korekcija, ne pirmās detaļas kontrole. Teorijas jautājumi neatbilst LKI 4. līmenim. Eksāmena saturu "
          "šobrīd neatbalstu; tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
      ])

# 34 Word comments (coordinator's question) on a re-review that resolves the conflict of 10
build("r5a34_KIO_PKE_atkartoti_ar komentariem.docx", author="Inese Vītola", created=(2026, 4, 3),
      expert="Inese Vītola", date="2026-04-03", font="Calibri",
      rows=[("kokapstrādes iekārtu operators", "PKE", "needs_corrections")],
      note="Clarification of the contradictory 26 March conclusion. Reviewer's Word comments (coordinator asks 'Vai "
           "tas nozīmē, ka PKE ir atbalstāms un virzāms saskaņošanai?') are not verdicts. Current text: 'PKE saturs ir "
           "atbalstāms; pēc precizējumu veikšanas virzāms' = needs_corrections. MIP not re-reviewed ('MIP vērtējums "
           "paliek spēkā', no new verdict) -> no MIP row.",
      body=[
          "= Precizēts atzinums par kokapstrādes iekārtu operatora PKE",
          "Inese Vītola, 2026. gada 3. aprīlis",
          "",
          ("comment", "Mana 26. marta atzinuma slēdzienā par PKE palika divi savstarpēji pretrunīgi punkti – "
                      "atvainojos, tā bija kļūda, apvienojot divas melnraksta versijas.",
           "divi savstarpēji pretrunīgi punkti",
           "Paldies, tieši tāpēc lūdzām precizēt. B.Z.", "Baiba Zālīte"),
          "Pēc sarunas ar darba grupu precizēju: eksāmena struktūra un teorijas daļa ir pieņemamas, pārstrādāt "
          "eksāmenu nav nepieciešams. Vērtēšanas kritērijos jāiekļauj iekārtas iestatīšana, drošas darba vietas "
          "sagatavošana un aizsargierīču lietošana.",
          ("comment", "Tātad PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.",
           "PKE saturs ir atbalstāms",
           "Vai tas nozīmē, ka PKE ir atbalstāms un virzāms saskaņošanai bez izmaiņām?", "Baiba Zālīte"),
          "MIP vērtējums, kas sniegts 26. martā, paliek spēkā, un šis dokuments uz to neattiecas.",
      ])

# 35 roman-numbered sections, ISO date, two qualifications
build("r5a35_Atzinums_VGK tehnikis_elektrotehnikis_Ozola.docx", author="Marta Ozola", created=(2026, 7, 8),
      expert="Marta Ozola", date="2026-07-08", font="Calibri",
      rows=[(VGK_T, "MIP", "supported"), (VGK_T, "PKE", "supported"),
            ("elektrotehniķis", "MIP", "supported"), ("elektrotehniķis", "PKE", "supported")],
      note="Roman-numbered sections with full qualification names; ISO date '2026-07-08' in a header line. VGK: "
           "'abu dokumentu saturs ir atbalstāms un virzāms' = both supported (earlier corrections mentioned as history). "
           "Elektrotehniķis: 'atbalstu abus' + 'iesaku virzīt saskaņošanai' = both supported; an optional suggestion only.",
      body=[
          "Eksperte: Marta Ozola (enerģētika)",
          "Datums: 2026-07-08",
          "",
          "= Atzinums par divu enerģētikas kvalifikāciju MIP un PKE",
          "",
          "# I. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis",
          "Šo kvalifikāciju vērtēju kā pēdējo kārtu: martā J. Krūmiņš un aprīlī Z. Muižniece norādīja uz eksāmena "
          "praktiskā uzdevuma nepilnībām (aukstuma aģenta noplūdes pārbaude, sistēmas ieregulēšana). Labotajā "
          "versijā tās ir novērstas. Programma arī pārbaudīta vēlreiz. Abu dokumentu saturs ir atbalstāms un "
          "virzāms saskaņošanai.",
          "# II. Elektrotehniķis",
          "Programma un eksāmens ir saskaņoti ar 2025. gada profesijas standartu, iekļauta atjaunīgā enerģētika un "
          "uzlādes infrastruktūra. Atbalstu abus dokumentus un iesaku tos virzīt saskaņošanai. Kā ieteikumu nākamajai "
          "redakcijai minu energoauditu pamatus, bet tas nav obligāts.",
          "",
          "M. Ozola",
      ])

# ---------------------------------------------------------------------------------------------
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(GOLD)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBLEMS)

by_file = {}
for g in GOLD:
    by_file.setdefault(g[0], []).append("%s/%s=%s" % (g[1], g[2], g[3]))
probs = {}
for p in PROBLEMS:
    probs.setdefault(p[0], []).append(p[1])
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r5a blind set: free-prose expert reviews (style A)\n\n")
    f.write("Built by `build.py` (python-docx 1.2). %d files, %d gold rows, %d problem rows.\n\n"
            % (len(NOTES), len(GOLD), len(PROBLEMS)))
    f.write("| file | gold | problems | design and judgement calls |\n|---|---|---|---|\n")
    for name, note in NOTES:
        f.write("| %s | %s | %s | %s |\n" % (name, "; ".join(by_file.get(name, [])) or "—",
                                            ", ".join(probs.get(name, [])) or "—", note.replace("|", "/")))
print("files:", len(NOTES), "gold rows:", len(GOLD), "problem rows:", len(PROBLEMS))
