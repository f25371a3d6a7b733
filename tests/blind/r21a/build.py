# -*- coding: utf-8 -*-
"""Builds the r21a blind evaluation set (free-prose expert reviews, letters, pasted e-mails).

Run: /work/hvenv/bin/python build.py
Each build(...) call keeps the gold labels of its file next to the text that produces it.
Inline markup inside a block:  **bold**  ~~strike~~  {+tracked insertion+}  {-tracked deletion-}  __underline__
Special characters: '¤' -> non-breaking space.
Block prefixes: '' empty paragraph, '# ' bold line, '#c ' bold centred, 'c: ' centred, 'r: ' right aligned,
'> ' quoted line (grey, indented), '- ' bullet (List Bullet), 'i: ' italic line, 'H1: '/'H2: ' Word headings,
'sm: ' small grey line (e-mail headers), '---' horizontal separator line (Outlook style).
"""
import csv
import datetime
import os
import random
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r21a"

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
# short keys used in the row lists below
Q = {
    "MZO": "motorzāģa operators",
    "MST": "mežsaimniecības tehniķis",
    "KIO": "kokapstrādes iekārtu operators",
    "DKIO": "datorizētu kokapstrādes iekārtu operators",
    "KIRT": "koka izstrādājumu ražošanas tehniķis",
    "MG": "mēbeļu galdnieks",
    "BG": "būvizstrādājumu galdnieks",
    "MMO": "meža mašīnu operators",
    "EM": "elektromontieris",
    "ET": "elektrotehniķis",
    "VGKR": "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks",
    "VGKT": "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis",
    "MEH": "mehatronisko sistēmu tehniķis",
}
VERDICTS = {"supported", "needs_corrections", "not_supported", "unknown"}
CODES = {"no_verdict", "unknown_qualification", "conflict"}

ROWS, PROBS, NOTES = [], [], []
_rev_id = [100]


# ----------------------------------------------------------------------------- low-level XML helpers
def _run(text, bold=False, italic=False, strike=False, underline=False, deleted=False, color=None, size=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if strike:
        rpr.append(OxmlElement("w:strike"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        s = OxmlElement("w:sz")
        s.set(qn("w:val"), str(int(size * 2)))
        rpr.append(s)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    if len(rpr):
        r.append(rpr)
    for i, part in enumerate(text.split("\t")):
        if i:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = part
            r.append(t)
    return r


def _track(kind, runs, author, date):
    el = OxmlElement("w:" + kind)
    _rev_id[0] += 1
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    for r in runs:
        el.append(r)
    return el


TOKEN = re.compile(r"(\*\*.+?\*\*|~~.+?~~|\{\+.+?\+\}|\{-.+?-\}|__.+?__)")


def _fill(par, text, rng, split, base=None, track=None):
    """Add inline-marked text to a python-docx paragraph as raw runs."""
    base = dict(base or {})
    text = text.replace("¤", "\u00a0")
    for tok in TOKEN.split(text):
        if not tok:
            continue
        fmt = dict(base)
        kind = None
        if tok.startswith("**"):
            tok, fmt["bold"] = tok[2:-2], True
        elif tok.startswith("~~"):
            tok, fmt["strike"] = tok[2:-2], True
        elif tok.startswith("__"):
            tok, fmt["underline"] = tok[2:-2], True
        elif tok.startswith("{+"):
            tok, kind = tok[2:-2], "ins"
        elif tok.startswith("{-"):
            tok, kind = tok[2:-2], "del"
        pieces = [tok]
        if split and len(tok) > 12 and kind is None:
            # Word often splits a sentence over several runs (spell-check, rsid); imitate that
            cuts = sorted(rng.sample(range(1, len(tok) - 1), k=min(3, len(tok) // 12)))
            pieces, last = [], 0
            for c in cuts:
                pieces.append(tok[last:c])
                last = c
            pieces.append(tok[last:])
        runs = [_run(p, deleted=(kind == "del"), **fmt) for p in pieces if p]
        if kind:
            par._p.append(_track(kind, runs, track[0], track[1]))
        else:
            for r in runs:
                par._p.append(r)


def _hr(par):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "B5C4DF")
    bdr.append(b)
    ppr.append(bdr)


# ----------------------------------------------------------------------------- build one file
def build(name, blocks, rows=(), problems=(), note="", author="", created=(2026, 3, 1, 9, 0),
          expert="", date="", header=None, footer=None, font="Calibri", size=11, split=False,
          track=None, modified_by=None, title=None):
    assert name.startswith(PREFIX), name
    rng = random.Random(name)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is not None:
        rfonts.set(qn("w:eastAsia"), font)
        rfonts.set(qn("w:cs"), font)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2)
    if header:
        hp = sec.header.paragraphs[0]
        for i, h in enumerate(header):
            p = hp if i == 0 else sec.header.add_paragraph()
            _fill(p, h, rng, False, {"size": 9, "color": "595959"})
    if footer:
        fp = sec.footer.paragraphs[0]
        for i, h in enumerate(footer):
            p = fp if i == 0 else sec.footer.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _fill(p, h, rng, False, {"size": 8, "color": "7F7F7F"})

    for b in blocks:
        base, style, align, indent = {}, None, None, None
        if b == "---":
            p = doc.add_paragraph()
            _hr(p)
            continue
        for pre, kw in (("#c ", {"bold": True}), ("# ", {"bold": True}), ("c: ", {}), ("r: ", {}),
                        ("> ", {"color": "1F497D"}), ("- ", {}), ("i: ", {"italic": True}),
                        ("H1: ", {}), ("H2: ", {}), ("sm: ", {"size": 9.5, "color": "404040"})):
            if b.startswith(pre):
                text = b[len(pre):] if pre != "> " else b
                base = kw
                if pre == "#c " or pre == "c: ":
                    align = WD_ALIGN_PARAGRAPH.CENTER
                if pre == "r: ":
                    align = WD_ALIGN_PARAGRAPH.RIGHT
                if pre == "- ":
                    style = "List Bullet"
                if pre == "H1: ":
                    style = "Heading 1"
                if pre == "H2: ":
                    style = "Heading 2"
                if pre == "> ":
                    indent = Cm(0.6)
                break
        else:
            text = b
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent is not None:
            p.paragraph_format.left_indent = indent
        if text:
            _fill(p, text, rng, split, base, track)

    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = modified_by if modified_by is not None else author
    cp.created = datetime.datetime(*created)
    cp.modified = datetime.datetime(*created) + datetime.timedelta(hours=2)
    if title:
        cp.title = title
    doc.save(os.path.join(OUT, name))

    for r in rows:
        qual, docu, verdict = r[0], r[1], r[2]
        qual = Q.get(qual, qual)
        assert docu in ("MIP", "PKE") and verdict in VERDICTS, r
        lki = r[3] if len(r) > 3 else REGISTER.get(qual, "")
        ROWS.append([name, qual, docu, verdict, expert, date, lki])
    for c in problems:
        assert c in CODES
        PROBS.append([name, c])
    NOTES.append((name, note))


# ============================================================================= FILES
# --------------------------------------------------------------------------- 01 letterhead letter, one qualification
build(
    "r21a01_Atzinums_Mebelu galdnieks_MIP_PKE_Ozolins.docx",
    [
        "r: **Raimonds Ozoliņš**",
        "r: SIA „Ozolmēbeles” valdes loceklis",
        "r: kokrūpniecības nozares eksperts",
        "r: tālr. 26¤418¤903, raimonds@ozolmebeles.lv",
        "",
        "#c ATZINUMS",
        "c: par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu",
        "",
        "Esmu iepazinies ar izglītības iestādes darba grupas izstrādāto mēbeļu galdnieka (LKI 4.¤līmenis) modulārās izglītības programmas projektu un profesionālās kvalifikācijas eksāmena saturu, kas man nosūtīti 2026.¤gada 26.¤janvārī. Vērtēju, vai abi dokumenti atbilst 2025.¤gadā aktualizētajām profesionālās kvalifikācijas prasībām un vai pēc šādas programmas beidzējs būs tāds darbinieks, kādu mūsu nozares uzņēmumi šobrīd reāli meklē.",
        "# Par programmu",
        "Programma kopumā ir labi strukturēta, moduļu secība ir loģiska, un ir patīkami redzēt, ka vispārizglītojošie moduļi sasaistīti ar profesionālajiem. Tomēr modulī „Korpusa mēbeļu izgatavošana” joprojām pārāk maz vietas atvēlēts darbam ar CNC apstrādes centru — pie mums praktiski visas detaļas tiek sagatavotas tieši tā, un ar rokas instrumentiem strādājam galvenokārt montāžā. Lūdzu papildināt sasniedzamos rezultātus ar vadības programmas ielādi, sagataves nostiprināšanu un pirmās detaļas izmēru pārbaudi.",
        "Modulī „Apdares darbi” jāaktualizē darba aizsardzības prasības, strādājot ar ūdens bāzes un UV cietējošām lakām, — šobrīd minēti tikai šķīdinātājus saturoši materiāli, kurus lielākā daļa ražotāju vairs neizmanto. Sīkākas redakcionālas piezīmes esmu atzīmējis pašā failā ar komentāriem, tās var ņemt vērā pēc darba grupas ieskatiem.",
        "# Par eksāmenu",
        "Eksāmena praktiskais uzdevums (skapīša ar atvilktni izgatavošana pēc rasējuma) ir labi izvēlēts un atbilst tam, ko jaunais darbinieks pie mums dara pirmajos mēnešos. Vērtēšanas kritēriji ir skaidri, 16¤stundas uzdevuma izpildei ir pietiekami. Teorētiskās daļas jautājumi atbilst programmai. Piezīmju man nav.",
        "# Slēdziens",
        "MIP saturs ir atbalstāms, taču virzāms saskaņošanai tikai pēc tam, kad būs ņemti vērā iepriekš minētie precizējumi par moduļiem „Korpusa mēbeļu izgatavošana” un „Apdares darbi”.",
        "PKE saturs ir atbalstāms un virzāms saskaņošanai bez izmaiņām.",
        "",
        "Cēsīs, 2026.¤gada 9.¤februārī",
    ],
    rows=[("MG", "MIP", "needs_corrections"), ("MG", "PKE", "supported")],
    expert="Raimonds Ozoliņš", date="2026-02-09",
    author="Raimonds Ozoliņš", created=(2026, 2, 5, 18, 20),
    note="Letterhead (name, role, company) above the title, place+date line at the end, no signature. "
         "Slēdziens: MIP supported only after listed corrections -> needs_corrections; PKE 'atbalstāms un virzāms ... bez izmaiņām' -> supported. "
         "Optional editorial comments in MIP body do not change the conclusion.",
)

# --------------------------------------------------------------------------- 02 Outlook e-mail (LV headers), no diacritics, PKE only
build(
    "r21a02_RE motorzaga operators PKE.docx",
    [
        "sm: **No:** Janis Liepins <liepins.janis@inbox.lv>",
        "sm: **Nosūtīts:** otrdiena, 2026. gada 3. marts 10:42",
        "sm: **Kam:** Ilze Bērziņa <i.berzina@lddk.lv>",
        "sm: **Tēma:** RE: motorzāģa operatora MIP un PKE",
        "",
        "Labdien, Ilze!",
        "Paskatijos PKE materialus motorzaga operatoram (3.LKI). Teorijas testa jautajumi ir normali, praktiskais uzdevums ar koka gazsanu, atzarosanu un sagarumosanu atbilst tam, ko puisi dara mezaa, ari drosibas prasibas ir ieklautas (aizsargaprikojums, bistama zona, kritiena virziens). Vertesanas lapa saprotama, punkti sadaliti loģiski. Piezimju man nav.",
        "PKE saturu atbalstu, var virzit saskanosanai.",
        "MIP skatija Normunds, vins tev atsutis atseviski.",
        "",
        "Ar cienu",
        "Janis Liepins",
        "",
        "---",
        "sm: **No:** Ilze Bērziņa <i.berzina@lddk.lv>",
        "sm: **Nosūtīts:** piektdiena, 2026. gada 20. februāris 14:05",
        "sm: **Kam:** Janis Liepins <liepins.janis@inbox.lv>; Normunds Krastiņš <n.krastins@mezs-konsultacijas.lv>",
        "sm: **Tēma:** motorzāģa operatora MIP un PKE",
        "",
        "Labdien!",
        "Pielikumā motorzāģa operatora MIP un PKE projekti. Jāni, lūdzu, izvērtē PKE, Normund — MIP. Atzinumā lūdzu skaidri norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms un virzāms saskaņošanai pēc precizējumu veikšanas vai nav atbalstāms.",
        "Termiņš – 6. marts.",
        "Ar cieņu",
        "Ilze Bērziņa",
        "LDDK projekta koordinatore",
    ],
    rows=[("MZO", "PKE", "supported")],
    expert="Janis Liepins", date="2026-03-03",
    author="Ilze Bērziņa", created=(2026, 3, 3, 11, 5),
    note="Outlook reply pasted into Word, Latvian headers, expert writes without diacritics. PKE only; MIP explicitly done by a colleague -> no MIP row. "
         "Quoted coordinator message lists all three options (instruction, not a verdict). Expert name as written ('Janis Liepins'); date = Nosūtīts of the reply.",
)

# --------------------------------------------------------------------------- 03 memo, numbered sections, three qualifications
build(
    "r21a03_Krumina_kokapstrade_atzinumi_galigais.docx",
    [
        "#c Ekspertes atzinums par kokapstrādes kvalifikāciju MIP un PKE saturu",
        "c: (projekta 4. posms)",
        "",
        "Saskaņā ar LDDK 2026. gada 2. februāra uzdevumu esmu izvērtējusi trīs kokrūpniecības nozares kvalifikāciju dokumentus. Vērtējot ņēmu vērā nozares kvalifikāciju struktūru, aktualizētās profesionālās kvalifikācijas prasības un savu pieredzi, vadot ražošanu mēbeļu detaļu rūpnīcā. Zemāk piezīmes pa kvalifikācijām, bet gala vērtējums — dokumenta beigās.",
        "# 1. Kokapstrādes iekārtu operators (LKI 3)",
        "1.1. Programmā ir pārāk daudz teorijas par koksnes uzbūvi un pārāk maz par iekārtu iestatīšanu; moduļa „Zāģēšana un ēvelēšana” rezultātos jāiekļauj instrumenta maiņa un asuma kontrole.",
        "1.2. Nav paredzēts darbs ar sūkšanas un aspirācijas sistēmām, lai gan tas ir ikdienas darbs katrā cehā.",
        "1.3. Darba vidē balstīto mācību apjoms norādīts, bet nav skaidrs, kuri moduļi tiek apgūti uzņēmumā.",
        "Sākotnēji domāju programmu neatbalstīt, jo 1.1. punkta trūkums ir diezgan nopietns, taču pēc sarunas ar darba grupas vadītāju ir skaidrs, ka to var izlabot, nemainot programmas struktūru.",
        "Eksāmena saturs atbilst 3. līmenim, uzdevumi ir praktiski un izmērāmi.",
        "# 2. Datorizētu kokapstrādes iekārtu operators (LKI 4)",
        "2.1. Programma ir mūsdienīga, CNC programmēšana un CAM rīki iekļauti pietiekamā apjomā, tāpat iekārtu apkope.",
        "2.2. Eksāmena praktiskais uzdevums faktiski ir tas pats, kas 3. līmeņa operatoram (detaļas apstrāde pēc gatavas programmas). 4. līmenī operatoram pašam jāsagatavo vai jākoriģē vadības programma un jāizvēlas apstrādes režīmi — tas eksāmenā nav pārbaudīts vispār.",
        "2.3. Vērtēšanas kritērijos nav paredzēta kvalitātes kontrole ar mērinstrumentiem.",
        "# 3. Koka izstrādājumu ražošanas tehniķis (LKI 4)",
        "Šai kvalifikācijai MIP vēl nav izstrādāta, tāpēc vērtēju tikai eksāmena saturu.",
        "3.1. Teorētiskā daļa laba.",
        "3.2. Vērtēšanas kritēriji ražošanas plānošanas uzdevumam ir pārāk vispārīgi („izpildīts/neizpildīts”); jāizstrādā punktu skala pa darbībām.",
        "# Kopvērtējums",
        "Kokapstrādes iekārtu operatora MIP – atbalstāma, virzāma saskaņošanai pēc 1.1.–1.3. punktā minēto precizējumu veikšanas; PKE – atbalstāms un virzāms saskaņošanai.",
        "Datorizētu kokapstrādes iekārtu operatora MIP – atbalstāma un virzāma saskaņošanai; PKE saturs nav atbalstāms, jo praktiskais uzdevums neatbilst LKI 4. līmenim (sk. 2.2. un 2.3. p.) – nepieciešama pārstrāde un atkārtota ekspertīze.",
        "Koka izstrādājumu ražošanas tehniķa PKE – atbalstāms ar nosacījumu, ka tiek precizēti vērtēšanas kritēriji (3.2. p.); pēc tam virzāms saskaņošanai.",
        "",
        "Mg. sc. ing. Elīna Krūmiņa",
        "kokrūpniecības nozares eksperte",
        "Jelgavā, 2026. gada 17. martā",
    ],
    rows=[("KIO", "MIP", "needs_corrections"), ("KIO", "PKE", "supported"),
          ("DKIO", "MIP", "supported"), ("DKIO", "PKE", "not_supported"),
          ("KIRT", "PKE", "needs_corrections")],
    expert="Elīna Krūmiņa", date="2026-03-17",
    author="Elina", created=(2026, 3, 10, 8, 47),
    note="Numbered sections per qualification, verdicts only in the final Kopvērtējums. Body says she 'initially meant not to support' KIO MIP (history, outranked). "
         "KIRT: MIP explicitly not yet developed -> no MIP row. Academic title 'Mg. sc. ing.' stripped from expert.",
)
# --------------------------------------------------------------------------- 04 repeated review, history of the first round
build(
    "r21a04_Elektrotehniķis_atkārtota ekspertīze.docx",
    [
        "#c Atkārtotas ekspertīzes atzinums",
        "c: Elektrotehniķis, LKI 4. līmenis",
        "c: 2026. gada 14. aprīlis",
        "",
        "Šis ir atkārtots atzinums. Pirmo reizi elektrotehniķa modulāro izglītības programmu un kvalifikācijas eksāmena saturu vērtēju šā gada janvārī. Toreiz programma netika atbalstīta, jo moduļos par releju aizsardzību un automātiku bija novecojis saturs (elektromehāniskie releji kā vienīgais risinājums, nekas par mikroprocesoru aizsardzības termināļiem), bet eksāmenu atzinu par atbalstāmu pēc precizējumiem — bija jāprecizē vērtēšanas kritēriji mērījumu uzdevumam. Izglītības iestāde 7. aprīlī atsūtīja labotās redakcijas kopā ar izmaiņu tabulu.",
        "**Programma.** Visi izmaiņu tabulā norādītie labojumi ir veikti. Modulis „Elektroietaišu aizsardzība un automātika” tagad ietver mikroprocesoru termināļu parametrēšanu, notikumu žurnālu nolasīšanu un selektivitātes pārbaudi, pievienots arī darbs ar SCADA sistēmas operatora ekrānu. Darba aizsardzības modulī iekļauti darbi elektroietaisēs ar spriegumu virs 1 kV un darba atļauju sistēma. Ieteikums (nav obligāts): nākamajā pārskatīšanā varētu vairāk vietas atvēlēt saules elektrostaciju pieslēgumiem, jo to pieprasījums aug.",
        "**Eksāmens.** Mērījumu uzdevuma kritēriji ir precizēti tieši tā, kā ieteicu: atsevišķi vērtēta mērīšanas metodes izvēle, drošības pasākumi, rezultātu interpretācija un protokola aizpildīšana.",
        "# Secinājumi",
        "Labotajā redakcijā MIP saturs ir atbalstāms un virzāms saskaņošanai. Arī PKE saturs ir atbalstāms; papildu precizējumi vairs nav nepieciešami, un to var virzīt saskaņošanai.",
        "",
        "Guntars Balodis",
        "enerģētikas nozares eksperts",
    ],
    rows=[("ET", "MIP", "supported"), ("ET", "PKE", "supported")],
    expert="Guntars Balodis", date="2026-04-14",
    author="Guntars", created=(2026, 4, 13, 20, 10),
    note="Second-round review. The January round ('netika atbalstīta', 'atbalstāmu pēc precizējumiem') is history; the current Secinājumi support both. "
         "'papildu precizējumi vairs nav nepieciešami' is not a correction demand. Optional suggestion in body ignored. Date under the title.",
)

# --------------------------------------------------------------------------- 05 long critical review, MIP only
build(
    "r21a05_VGK sist tehn MIP atzinums D.Vitola.docx",
    [
        "# Vērtējums: ventilācijas un gaisa kondicionēšanas sistēmu tehniķa modulārā izglītības programma",
        "",
        "Labdien!",
        "Nosūtu savu vērtējumu par VGK sistēmu tehniķa (LKI 4) modulārās izglītības programmas projektu. Profesionālās kvalifikācijas eksāmena saturs man ekspertīzei netika iesniegts, tāpēc šis atzinums attiecas tikai uz MIP.",
        "Vērtēju programmu, ņemot vērā profesijas standartu, 2025. gadā aktualizētās kvalifikācijas prasības un to, ko mūsu nozares uzņēmumi sagaida no jauna tehniķa, kurš pirmajā darba gadā parasti strādā kopā ar pieredzējušu projektu vadītāju objektos — birojos, ražošanas ēkās, slimnīcās.",
        "# Vispārīgi",
        "Programmas struktūra (ievadmodulis, pamatmoduļi, specializācijas moduļi, kvalifikācijas prakse) ir saprotama, un apjoms stundās atbilst normatīvajiem aktiem. Pozitīvi vērtēju to, ka programmā ir atsevišķs modulis par energoefektivitāti un ka sasniedzamie rezultāti lielākoties formulēti kā darbības, nevis kā zināšanu uzskaitījums.",
        "Tomēr, iedziļinoties moduļu saturā, redzams, ka liela daļa tekstu pārņemta no vecās (2016. gada) programmas un papildināta tikai ar jauniem moduļu nosaukumiem. Rezultātā programma neatbilst tam, kas šodien ir VGK sistēmu tehniķa darbs.",
        "# Piezīmes pa moduļiem",
        "**Modulis „Ventilācijas sistēmu montāža”.** Joprojām dominē gaisa vadu izgatavošana uz vietas no skārda, kas mūsdienās tiek darīts ļoti reti. Nav nekā par rūpnieciski ražotu elementu montāžu, stiprinājumu sistēmām, akustisko izolāciju un hermētiskuma pārbaudi (noplūdes tests pēc EN 12237). Ugunsdrošības vārsti minēti tikai vienā teikumā, bet to uzstādīšana un pārbaude ir viena no biežākajām kļūdām objektos.",
        "**Modulis „Gaisa apstrādes iekārtas”.** Rekuperācija aprakstīta vispārīgi; trūkst rotējošo un plākšņu siltummaiņu salīdzinājuma, apledošanas novēršanas, filtru klašu (ISO 16890) un spiediena kritumu kontroles. Nav prasmes nolasīt un saprast iekārtas ražotāja tehniskās lapas.",
        "**Modulis „Dzesēšanas un gaisa kondicionēšanas sistēmas”.** Nav pieminēta F-gāzu regula un ar to saistītā sertifikācija, kas ir obligāta, lai tehniķis vispār drīkstētu strādāt ar aukstuma aģentiem. Siltumsūkņi gaiss–ūdens un VRF sistēmas netiek apskatīti, lai gan tās ir lielākā tirgus daļa.",
        "**Modulis „Automātika un vadība”.** Tikai termostati un vienkārši laika releji. Ēku vadības sistēmas (BMS), sensori (CO₂, mitrums), frekvenču pārveidotāji un datu nolasīšana attālināti nav iekļauti. 4. līmeņa tehniķim tas ir pamats.",
        "**Modulis „Sistēmu regulēšana un nodošana ekspluatācijā”.** Šis modulis ir vislabākais — gaisa plūsmu mērīšana un balansēšana, mērījumu protokoli. Nepieciešami tikai nelieli papildinājumi par izpilddokumentāciju.",
        "**Kvalifikācijas prakse.** Prakses uzdevumi nav sasaistīti ar moduļiem, nav skaidrs, ko audzēknis uzņēmumā dara. Mūsu nozares uzņēmumi atbalsta darba vidē balstītas mācības un ir gatavi uzņemt praktikantus, bet tad vajag skaidru uzdevumu sarakstu.",
        "# Kopvērtējums",
        "Neskatoties uz vairākiem labiem risinājumiem (energoefektivitātes modulis, regulēšanas modulis), pašreizējā redakcijā programmas saturs nav atbalstāms. Programma ir būtiski jāpārstrādā atbilstoši iepriekš minētajam, īpaši attiecībā uz dzesēšanas sistēmām un automātiku, un pēc tam jāiesniedz atkārtotai ekspertīzei.",
        "Esmu gatava tikties ar darba grupu un palīdzēt ar piemēriem no mūsu objektiem.",
        "",
        "Dace Vītola",
        "SIA „Klimata inženierija”, projektu vadītāja",
        "Rīgā, 23.04.2026.",
    ],
    rows=[("VGKT", "MIP", "not_supported")],
    expert="Dace Vītola", date="2026-04-23",
    author="Ilze Bērziņa", created=(2026, 4, 23, 16, 2),
    note="Long (about 2 pages) module-by-module review. Explicitly MIP only, PKE not submitted -> no PKE row. "
         "Traps: 'Neskatoties uz' and 'nepieciešami' start with ne- but do not negate; 'uzņēmumi atbalsta darba vidē balstītas mācības' is not a verdict. "
         "Conclusion 'nav atbalstāms ... jāiesniedz atkārtotai ekspertīzei' -> not_supported. Author = coordinator.",
)

# --------------------------------------------------------------------------- 06 NOT A REVIEW: minutes of a coordination meeting
build(
    "r21a06_Sanaksmes protokols 2026-04-16.docx",
    [
        "#c PROTOKOLS Nr. 3",
        "c: LDDK nozaru ekspertu koordinācijas sanāksme",
        "c: Tiešsaistē (MS Teams), 2026. gada 16. aprīlī, plkst. 10.00–11.30",
        "",
        "**Piedalās:** I. Bērziņa (LDDK, projekta koordinatore), B. Zemīte (LDDK), eksperti G. Balodis, D. Vītola, A. Lapiņš, E. Krūmiņa, N. Krastiņš, R. Ozoliņš, K. Eglītis.",
        "**Protokolē:** B. Zemīte.",
        "**Darba kārtība:**",
        "1. Projekta 4. posma ekspertīžu rezultāti.",
        "2. Ekspertīžu plāns 5. posmam (2026. gada aprīlis–jūlijs).",
        "3. Dažādi.",
        "# 1. Par 4. posma rezultātiem",
        "I. Bērziņa informē, ka līdz 31. martam pilnībā pabeigta MIP un PKE satura ekspertīze trim kvalifikācijām: motorzāģa operatoram, mežsaimniecības tehniķim un mehatronisko sistēmu tehniķim. Motorzāģa operatora MIP atzīta par atbalstāmu, pēc precizējumu veikšanas virzāmu saskaņošanai, PKE — par atbalstāmu un virzāmu saskaņošanai. Pārējām kvalifikācijām ekspertīze uzsākta.",
        "G. Balodis ziņo, ka elektrotehniķa MIP pēc skolas labojumiem atkārtotajā ekspertīzē ir atbalstāma; atzinums tiks nosūtīts līdz 14. aprīlim.",
        "D. Vītola norāda, ka VGK sistēmu tehniķa programmai nepieciešama būtiska pārstrāde un viņa, visticamāk, to neatbalstīs; rakstisku atzinumu sniegs līdz mēneša beigām.",
        "E. Krūmiņa aicina izglītības iestādes savlaicīgi sūtīt PKE kopā ar MIP, jo atsevišķa vērtēšana rada nesaskaņotību.",
        "**Nolēma:** pieņemt informāciju zināšanai; koordinatorei apkopot ekspertu atzinumus kopējā tabulā līdz 30. aprīlim.",
        "# 2. Par 5. posma plānu",
        "B. Zemīte iepazīstina ar kvalifikāciju sadalījumu starp ekspertiem. Eksperti atbalsta priekšlikumu atzinumus sagatavot brīvā formā, bet beigās obligāti norādīt vērtējumu katram dokumentam atsevišķi.",
        "**Nolēma:** apstiprināt sadalījumu; nākamā sanāksme — 2026. gada 14. maijā.",
        "# 3. Dažādi",
        "Diskusija par ekspertu atlīdzības dokumentu iesniegšanu; jautājumi netika izskatīti pēc būtības.",
        "",
        "Sanāksmi vadīja: I. Bērziņa",
        "Protokolēja: B. Zemīte",
    ],
    problems=["no_verdict"],
    author="Baiba Zemīte", created=(2026, 4, 16, 12, 15),
    note="NOT A REVIEW: meeting minutes that restate verdicts ('atzīta par atbalstāmu', 'visticamāk, to neatbalstīs') and name experts. No rows; one no_verdict.",
)
# --------------------------------------------------------------------------- 07 Gmail print (English headers), thread of 2
build(
    "r21a07_Re_ MIP ekspertize - mezsaimniecibas tehnikis.docx",
    [
        "sm: Gmail - Re: MIP ekspertize - mezsaimniecibas tehnikis",
        "---",
        "# Re: MIP ekspertize - mezsaimniecibas tehnikis",
        "sm: 2 messages",
        "---",
        "sm: **Baiba Zemīte** <baiba.zemite@lddk.lv>\tMon, Mar 2, 2026 at 11:02 AM",
        "sm: To: Artūrs Kalniņš <a.kalnins.mezs@gmail.com>",
        "Labdien, Artūr!",
        "Pielikumā mežsaimniecības tehniķa MIP un PKE projekts. Lūgums līdz 11. martam sniegt vērtējumu, katram dokumentam norādot, vai saturs ir atbalstāms un virzāms saskaņošanai, virzāms pēc precizējumiem, vai nav atbalstāms.",
        "Paldies!",
        "Baiba",
        "---",
        "sm: **Artūrs Kalniņš** <a.kalnins.mezs@gmail.com>\tThu, Mar 12, 2026 at 9:15 AM",
        "sm: To: Baiba Zemīte <baiba.zemite@lddk.lv>",
        "Sveika, Baiba!",
        "Atvaino par kavēšanos, bija cirsmu pieņemšana Alūksnes pusē.",
        "Mezsaimniecibas tehnika MIP izskatīju. Kopumā labi, moduļi atbilst kvalifikācijas prasībām, bet ir divas lietas, kas jāsakārto, pirms to sūta tālāk:",
        "1) modulī \"Meža inventarizācija\" vēl aizvien mērdakša un relaskops ir vienīgās metodes – jāpieliek digitālie mērinstrumenti, lāzerskenēšanas dati un darbs ar MVR datiem;",
        "2) \"Meža atjaunošana\" – nav nekā par stādmateriāla kvalitātes pārbaudi un stādījumu uzmērīšanu.",
        "Tātad MIP – atbalstāms, bet virzīt saskaņošanai tikai pēc šo divu punktu izlabošanas.",
        "PKE arī paskatījos, tur viss kārtībā, var laist tālāk saskaņošanai.",
        "Artūrs",
        "",
        "> On Mon, Mar 2, 2026 at 11:02 AM Baiba Zemīte <baiba.zemite@lddk.lv> wrote:",
        "> Labdien, Artūr!",
        "> Pielikumā mežsaimniecības tehniķa MIP un PKE projekts. Lūgums līdz 11. martam sniegt vērtējumu ...",
    ],
    rows=[("MST", "MIP", "needs_corrections"), ("MST", "PKE", "supported")],
    expert="Artūrs Kalniņš", date="2026-03-12",
    author="Baiba Zemīte", created=(2026, 3, 12, 9, 40),
    note="Gmail thread printed to Word: coordinator request (with all options listed) then the expert's reply. Full name only in the From line. "
         "'atbalstāms, bet virzīt ... tikai pēc ... izlabošanas' -> needs_corrections; 'var laist tālāk saskaņošanai' -> supported. Date = expert's message, not the request.",
)

# --------------------------------------------------------------------------- 08 very short note, PKE only
build(
    "r21a08_elektromontieris PKE.docx",
    [
        "**Elektromontiera PKE (LKI 3) – mans vērtējums**",
        "Eksāmena teorētiskā daļa ir kārtībā. Praktiskajā uzdevumā (apgaismes tīkla montāža un pārbaude) nav aprakstīts, kā vērtē izolācijas pretestības mērījumu un aizsargierīču pārbaudi – tas jāpapildina.",
        "PKE atbalstāms ar nosacījumu, ka tiek papildināti praktiskā uzdevuma vērtēšanas kritēriji; pēc tam var virzīt saskaņošanai.",
        "MIP vērtējumu sūtīšu atsevišķi, kad būšu izgājis cauri visiem moduļiem.",
        "",
        "Kaspars Zvirbulis",
        "12.05.2026",
    ],
    rows=[("EM", "PKE", "needs_corrections")],
    expert="Kaspars Zvirbulis", date="2026-05-12",
    author="", created=(2026, 5, 12, 7, 55),
    note="Very short note, PKE only; 'atbalstāms ar nosacījumu, ka ...; pēc tam var virzīt' -> needs_corrections. MIP explicitly deferred to a separate review -> no MIP row. Empty author.",
)

# --------------------------------------------------------------------------- 09 letter with lettered sections, initial + surname
build(
    "r21a09_Jansone_energetika_A_B.docx",
    [
        "r: Valmierā, 2026. gada 28. aprīlī",
        "",
        "LDDK projekta koordinatorei",
        "I. Bērziņai",
        "",
        "**Par elektromontiera un VGK iekārtu remontatslēdznieka MIP un PKE**",
        "",
        "Nosūtu vērtējumus par abām man uzticētajām 3. līmeņa kvalifikācijām. Abos gadījumos skatīju gan programmu, gan eksāmena materiālus (teorijas testu, praktiskos uzdevumus un vērtēšanas lapas).",
        "# A. Elektromontieris",
        "Programma. Moduļi aptver visu, kas elektromontierim vajadzīgs: kabeļu līniju izbūvi, sadales iekārtu montāžu, zemēšanu, apgaismojumu, darba drošību elektroietaisēs. Labi, ka iekļauta arī viedo skaitītāju un uzlādes staciju pieslēgšana. Programmas saturs atbalstāms un virzāms saskaņošanai.",
        "Eksāmens. Teorijas testā ir 40 jautājumi, no kuriem četri faktiski atkārtojas ar citu formulējumu, un atbilžu atslēgā 17. un 31. jautājumam norādīta nepareiza atbilde. Praktiskie uzdevumi labi. PKE atbalstāms, virzāms saskaņošanai pēc minēto labojumu veikšanas.",
        "# B. VGK iekārtu remontatslēdznieks",
        "Programma. Šeit situācija sliktāka. Nav nekā par F-gāzu regulu un aukstuma aģentu apriti, lai gan bez sertifikāta remontatslēdznieks pie dzesēšanas iekārtām nemaz netiks pielaists; lodēšana un spiediena pārbaude aprakstītas vienā teikumā. Šādā veidā programmu nevaru atbalstīt – tā jāpārstrādā un jāiesniedz atkārtoti.",
        "Eksāmens. Praktiskais uzdevums (split-sistēmas iekšējā bloka apkope un bojājuma meklēšana) ir labi izvēlēts, kritēriji skaidri. Eksāmena saturam iebildumu nav, atbalstu un iesaku virzīt saskaņošanai.",
        "",
        "Ar cieņu",
        "I. Jansone",
    ],
    rows=[("EM", "MIP", "supported"), ("EM", "PKE", "needs_corrections"),
          ("VGKR", "MIP", "not_supported"), ("VGKR", "PKE", "supported")],
    expert="I. Jansone", date="2026-04-28",
    author="Inga Jansone", created=(2026, 4, 27, 21, 30),
    note="Letter with lettered sections A/B, qualification B named by the alias 'VGK iekārtu remontatslēdznieks'. Addressee 'I. Bērziņai' (coordinator) is not the expert. "
         "Signed only 'I. Jansone' -> expert as written (the full name exists only in file metadata). Date in the top-right place/date line.",
)

# --------------------------------------------------------------------------- 10 qualification not in the register
build(
    "r21a10_Metinātājs_atzinums.docx",
    [
        "**Oskars Bērziņš**",
        "SIA „Metālapstrāde Kurzeme”, ražošanas direktors",
        "Mašīnbūves un metālapstrādes nozares eksperts",
        "---",
        "",
        "#c Atzinums par kvalifikācijas „Metinātājs” (LKI 3. līmenis) MIP un PKE saturu",
        "",
        "Metinātāju trūkums mūsu nozarē ir viena no lielākajām problēmām, tāpēc programmu vērtēju ar īpašu interesi. Skatīju modulārās izglītības programmas projektu un eksāmena saturu, ko darba grupa iesniedza 2026. gada februāra sākumā.",
        "Programma ir izdevusies. Tajā ir visi galvenie metināšanas procesi (MAG, TIG, rokas loka metināšana ar segtiem elektrodiem), metināšanas instrukciju (WPS) lasīšana, šuvju vizuālā kontrole un sagatavošana, kā arī darba aizsardzība un ugunsdrošība. Prakses apjoms uzņēmumā ir pietiekams. Programmu atbalstu pilnā apmērā un iesaku to virzīt saskaņošanai.",
        "Ar eksāmenu ir nedaudz savādāk. Pats uzdevums (stūra un saduršuves metināšana apakšējā un vertikālā stāvoklī, vizuālā kontrole) ir labs, taču dokumentos metināšanas procesi apzīmēti ar novecojušiem nosaukumiem; tie jāaizstāj ar numuriem atbilstoši LVS EN ISO 4063 (135, 141, 111), kā to dara visās metināšanas instrukcijās. Tāpat vērtēšanas lapā jānorāda pieļaujamo defektu līmenis (ISO 5817, C līmenis). Eksāmena saturu atbalstu, bet pirms virzīšanas saskaņošanai šīs divas lietas jāizlabo.",
        "",
        "Liepājā, 20.02.2026.",
    ],
    rows=[("metinātājs", "MIP", "supported", 3), ("metinātājs", "PKE", "needs_corrections", 3)],
    problems=["unknown_qualification"],
    expert="Oskars Bērziņš", date="2026-02-20",
    author="Oskars Bērziņš", created=(2026, 2, 19, 15, 0),
    note="Qualification 'Metinātājs' is not in the register -> unknown_qualification, LKI 3 taken from the review. "
         "MIP 'atbalstu pilnā apmērā un iesaku virzīt' -> supported; PKE 'atbalstu, bet pirms virzīšanas ... jāizlabo' -> needs_corrections. Letterhead block without a title line for the name.",
)
# --------------------------------------------------------------------------- 11 group review, split opinion on MIP (conflict)
build(
    "r21a11_buvizstradajumu galdnieks_nozares grupas atzinums.docx",
    [
        "# KOKRŪPNIECĪBAS NOZARES EKSPERTU DARBA GRUPAS ATZINUMS",
        "**Kvalifikācija:** būvizstrādājumu galdnieks (LKI 4)",
        "**Atzinumu apkopoja:** Edgars Siliņš, darba grupas vadītājs",
        "",
        "2026. gada 5. maijā darba grupas sanāksmē, kurā piedalījās četri eksperti, tika izskatīta būvizstrādājumu galdnieka modulārās izglītības programma un profesionālās kvalifikācijas eksāmena saturs. Zemāk apkopots darba grupas viedoklis.",
        "# Par programmu",
        "Visi eksperti vienisprātis, ka programmā labi aprakstīta logu, durvju un kāpņu izgatavošana un ka moduļu rezultāti ir mērāmi. Strīdīgs izrādījās jautājums par montāžas darbiem objektā: programmā tiem atvēlētas tikai 40 stundas.",
        "Viedokļi sadalījās līdzīgi. Divi darba grupas eksperti uzskata, ka ar to pietiek, jo montāžu apgūst uzņēmumā, un programma ir atbalstāma un virzāma saskaņošanai. Pārējie divi uzskata, ka programma pašreizējā redakcijā nav atbalstāma, jo bez siltās montāžas principiem un hermetizācijas beidzējs neatbildīs kvalifikācijas prasībām, un programma jāpārstrādā.",
        "Vienošanos panākt neizdevās, tāpēc jautājumu par MIP nododam izlemšanai LDDK projekta koordinatorei.",
        "# Par eksāmenu",
        "Par eksāmena saturu viedoklis ir vienots: tas ir atbalstāms, bet saskaņošanai virzāms pēc tam, kad vērtēšanas lapā būs atdalīti kritēriji izstrādājuma izgatavošanai un virsmas apdarei (šobrīd tie apvienoti vienā punktā).",
        "",
        "E. Siliņš",
        "2026. gada 5. maijā",
    ],
    rows=[("BG", "MIP", "unknown"), ("BG", "PKE", "needs_corrections")],
    problems=["conflict"],
    expert="Edgars Siliņš", date="2026-05-05",
    author="Edgars Siliņš", created=(2026, 5, 5, 14, 30),
    note="Group review compiled by one signer. MIP: two experts 'atbalstāma un virzāma', two 'nav atbalstāma', no agreement, handed to the coordinator -> unknown + conflict (equal weight, 2 vs 2). "
         "PKE: unanimous, supported after a listed correction -> needs_corrections. Expert = full name from the header line (signature has only the initial).",
)

# --------------------------------------------------------------------------- 12 remarks without a verdict
build(
    "r21a12_Meza masinu operators MIP piezimes.docx",
    [
        "**Piezīmes par meža mašīnu operatora MIP projektu**",
        "(V. Ābele, 25.03.2026.)",
        "",
        "Izskatīju programmu līdz galam, PKE skatīs cits eksperts. Pierakstu galvenās lietas, ko pamanīju.",
        "Moduļi 1–4 (ievads, meža mašīnu uzbūve, tehniskā apkope, darba drošība) ir kārtībā, tikai apkopē vajadzētu vairāk par hidrauliku un eļļu analīzi, jo tur rodas dārgākie bojājumi.",
        "Modulis „Harvestera vadība” ir uzrakstīts tā, it kā skolai būtu pieejams pilna izmēra simulators un reāla mašīna mācību cirsmā. Cik zinu, šobrīd tā nav. Ja simulatora nebūs, daļa rezultātu (stumbra apstrāde, optimizācijas iestatījumi, sortimentu izvēle pēc pasūtījuma) nav sasniedzami skolā, un tie jāpārnes uz darba vidē balstītām mācībām.",
        "Modulis „Forvardera vadība” – līdzīgi, bet mazākā mērā.",
        "Modulis „Darbs ar meža mašīnu datu sistēmām” ir ļoti labs, to es pat paplašinātu (StanForD faili, ražošanas atskaites).",
        "Vides prasības – vēlams pieminēt darbu uz mitrām augsnēm un risu kaitējumu novēršanu.",
        "",
        "Pagaidām gala vērtējumu nesniedzu. Vispirms gribu pārrunāt ar darba grupu simulatora jautājumu, jo no tā ir atkarīgs, vai programma vispār ir īstenojama šādā veidā. Vērtējumu atsūtīšu pēc tikšanās.",
        "V. Ābele",
    ],
    rows=[("MMO", "MIP", "unknown")],
    problems=["no_verdict"],
    expert="V. Ābele", date="2026-03-25",
    author="Valdis Ābele", created=(2026, 3, 25, 19, 12),
    note="Remarks on MIP with an explicit refusal to give a final verdict yet -> unknown + no_verdict. PKE explicitly left to another expert -> no row. "
         "Name and date only in the parenthesis under the title; signed as initial + surname.",
)

# --------------------------------------------------------------------------- 13 academic letterhead, numbered sections, optional recommendations
build(
    "r21a13_Mehatronika_Klavins_2026-03-06.docx",
    [
        "**Dr. sc. ing. Māris Kļaviņš**",
        "asociētais profesors, mehatronikas jomas eksperts",
        "",
        "#c EKSPERTA ATZINUMS",
        "c: par profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4) modulārās izglītības programmu un kvalifikācijas eksāmena saturu",
        "",
        "r: Rīgā, 2026. gada 6. martā",
        "",
        "Atzinums sagatavots pēc LDDK lūguma, izvērtējot izglītības iestādes darba grupas 2026. gada 16. februārī iesniegtos dokumentus.",
        "# 1. Vispārīgs vērtējums",
        "Abi dokumenti ir rūpīgi sagatavoti un savstarpēji saskaņoti. Programma aptver visas mehatronisko sistēmu tehniķa kompetenču jomas: mehāniskās sistēmas, pneimatiku un hidrauliku, elektrotehniku un elektroniku, programmējamos loģiskos kontrolierus, sensoriku un robotiku.",
        "# 2. Piezīmes par MIP",
        "2.1. Modulī „Programmējamie kontrolieri” jāpievieno programmēšana atbilstoši IEC 61131-3 (vismaz LD un ST valodas), nevis tikai viena ražotāja vide.",
        "2.2. Robotikas modulī jāiekļauj drošības prasības kopīgai robota un cilvēka darba zonai (kolaboratīvie roboti).",
        "2.3. Modulis „Tehniskā apkope un diagnostika” jāpapildina ar prediktīvās apkopes pamatiem (vibrodiagnostika, datu ievākšana).",
        "2.4. Jāizlabo stundu sadalījuma kļūda 3. tabulā (kopsumma nesakrīt ar programmas apjomu).",
        "# 3. Piezīmes par PKE",
        "Eksāmena uzdevumi (kļūmes atrašana un novēršana ražošanas līnijas modelī, PLK programmas papildināšana) labi atspoguļo reālu darbu. Vērtēšanas kritēriji skaidri un objektīvi.",
        "# 4. Ieteikumi",
        "Nākotnē ieteiktu eksāmenā paredzēt arī īsu tehniskās dokumentācijas sagatavošanu angļu valodā un vienu uzdevuma variantu ar industriālo tīklu (PROFINET) diagnostiku.",
        "# 5. Slēdziens",
        "MIP saturs ir atbalstāms; pēc 2.1.–2.4. punktā minēto precizējumu veikšanas programma virzāma saskaņošanai.",
        "PKE saturu atbalstu un iesaku virzīt saskaņošanai. 4. sadaļā minētie ieteikumi ir rekomendējoši un nav priekšnoteikums eksāmena satura virzīšanai.",
        "",
        "M. Kļaviņš",
    ],
    rows=[("MEH", "MIP", "needs_corrections"), ("MEH", "PKE", "supported")],
    expert="Māris Kļaviņš", date="2026-03-06",
    author="Maris Klavins", created=(2026, 3, 4, 10, 0),
    note="Academic title in the letterhead (stripped). Numbered sections; Slēdziens gives MIP needs_corrections and PKE supported, "
         "explicitly saying the section-4 recommendations are optional and not a precondition -> PKE stays supported.",
)

# --------------------------------------------------------------------------- 14 NOT A REVIEW: LDDK letter to experts with instructions
build(
    "r21a14_Vestule ekspertiem 5.posms.docx",
    [
        "#c LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA",
        "",
        "Rīgā, 2026. gada 1. aprīlī\tNr. 2-6/112",
        "",
        "Nozaru ekspertiem (pēc saraksta)",
        "",
        "**Par MIP un PKE satura ekspertīzes turpināšanu projekta 5. posmā**",
        "",
        "Cienījamie eksperti!",
        "Pateicamies par līdzšinējo darbu projekta 4. posmā. Līdz 31. martam pabeigta MIP un PKE satura ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām; visām trim programmām atzinumos norādīti precizējumi, bet eksāmenu saturs lielākoties atzīts par atbalstāmu un virzāmu saskaņošanai.",
        "Projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) ekspertīze turpināma deviņām kvalifikācijām. Elektromontiera dokumentus vērtēs K. Zvirbulis un I. Jansone, elektrotehniķa — G. Balodis un A. Rudzītis, ventilācijas un gaisa kondicionēšanas sistēmu tehniķa — D. Vītola un S. Kārkliņa, meža mašīnu operatora — V. Ābele un E. Kronbergs. Pārējo kvalifikāciju sadalījums tiks precizēts pēc izglītības iestāžu dokumentu saņemšanas.",
        "Atgādinām, ka atzinums sagatavojams brīvā formā, bet tā noslēgumā katram izvērtētajam dokumentam (MIP un PKE atsevišķi) jānorāda viens no šiem vērtējumiem:",
        "- saturs ir atbalstāms un virzāms saskaņošanai;",
        "- saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
        "- saturs nav atbalstāms.",
        "Ja vērtējums ir „nav atbalstāms”, lūdzam norādīt būtiskākos iemeslus, lai izglītības iestāde varētu dokumentu pārstrādāt un iesniegt atkārtotai ekspertīzei. Atzinumā norādiet savu vārdu, uzvārdu un datumu.",
        "Atzinumus lūdzam sūtīt projekta koordinatorei ne vēlāk kā 10 darba dienu laikā pēc dokumentu saņemšanas. Ekspertu metodiskais atbalsts tiek nodrošināts katru otro ceturtdienu tiešsaistē.",
        "",
        "Ar cieņu",
        "projekta koordinatore\t\tIlze Bērziņa",
    ],
    problems=["no_verdict"],
    author="Ilze Bērziņa", created=(2026, 4, 1, 9, 30),
    note="NOT A REVIEW: coordinator's letter to experts: restates stage-4 results, assigns experts, and lists all three verdict options as instructions. No rows; one no_verdict.",
)
# --------------------------------------------------------------------------- 15 reviewer edited her own text with track changes on
build(
    "r21a15_KIRT atzinums labots.docx",
    [
        "**Koka izstrādājumu ražošanas tehniķis — MIP un PKE ekspertīze**",
        "Līga Puriņa, SIA „Kokrade”, ražošanas tehnoloģe",
        "2026. gada 19. maijā",
        "",
        "Šajā dokumentā apvienoju abus vērtējumus. PKE daļu pārrakstīju pēc tam, kad izglītības iestāde 15. maijā atsūtīja laboto eksāmena redakciju; {+izmaiņas redzamas ar izsekošanu.+}",
        "**Programma (MIP).** Programmas kodolu veido moduļi par koksnes materiāliem, tehnoloģisko procesu plānošanu, iekārtu vadību un kvalitātes nodrošināšanu. Tas ir pareizi. Taču modulī „Ražošanas plānošana un uzskaite” nav ne vārda par ERP sistēmām un ražošanas datu uzskaiti digitāli, lai gan tehniķis ikdienā strādā tieši tā. Tāpat jāprecizē moduļa „Kvalitātes vadība” rezultāti — jāiekļauj neatbilstību uzskaite un cēloņu analīze. MIP saturs ir atbalstāms, taču pirms virzīšanas saskaņošanai šie divi moduļi jāprecizē.",
        "**Eksāmens (PKE).** {-Eksāmena uzdevumi ir operatora līmenī: audzēknim jāapstrādā detaļa pēc dotas tehnoloģiskās kartes, bet tehniķim tā jāsastāda pašam. -}{+Labotajā redakcijā praktiskais uzdevums ir pārstrādāts: audzēknis pats sastāda tehnoloģisko karti un aprēķina materiālu patēriņu, pēc tam vada izstrādājuma izgatavošanu. Vērtēšanas kritēriji atbilst LKI 4. līmenim. +}",
        "PKE saturs {-nav atbalstāms, jo uzdevumi neatbilst LKI 4. līmenim-}{+ir atbalstāms un virzāms saskaņošanai+}.",
        "",
        "L. Puriņa",
    ],
    rows=[("KIRT", "MIP", "needs_corrections"), ("KIRT", "PKE", "supported")],
    expert="Līga Puriņa", date="2026-05-19",
    author="Līga Puriņa", created=(2026, 5, 8, 13, 0),
    track=("Līga Puriņa", "2026-05-19T10:14:00Z"),
    note="Tracked changes: the earlier PKE verdict 'nav atbalstāms' sits in w:del, the current 'ir atbalstāms un virzāms saskaņošanai' in w:ins -> supported. "
         "MIP: 'atbalstāms, taču pirms virzīšanas ... jāprecizē' -> needs_corrections.",
)

# --------------------------------------------------------------------------- 16 hasty, no diacritics, abbreviation, MIP only
build(
    "r21a16_datorizeto operatoru MIP.docx",
    [
        "Datorizetu kokapstrades iekartu operators (DKIO) – MIP piezimes",
        "Rihards Mednis, 5.06.2026",
        "",
        "Programmu izskatiju. Galvenas problemas:",
        "- modulis par CNC programmesanu ir tikai 2D un tikai viena razotaja vadibas sistema, bet pie mums visi jau strada ar 5 asu centriem un CAM (Alphacam, woodWOP u.c.) – tas jamaina butiski",
        "- nav nekas par iekartu apkopi un kludu diagnostiku, operators pats maina instrumentus un tira sensorus",
        "- prakses apjoms darba vide par mazu, 4. limenim vajag vismaz tikpat, cik 3. limenim",
        "Sakara ar to MIP sobrid neatbalstu, jataisa otrs variants un jasuta atkartoti.",
        "PKE vel nav sanemts, to skatisos velak.",
        "R.",
    ],
    rows=[("DKIO", "MIP", "not_supported")],
    expert="Rihards Mednis", date="2026-06-05",
    author="rmednis", created=(2026, 6, 5, 22, 41), split=True,
    note="Hasty note typed without diacritics; abbreviation DKIO with the full name in the title line. 'MIP sobrid neatbalstu ... jasuta atkartoti' -> not_supported. "
         "PKE not yet received -> no row. Name and date on the second line. Runs split randomly inside words.",
)

# --------------------------------------------------------------------------- 17 name and date only in header/footer, PKE only
build(
    "r21a17_Atzinums PKE VGK tehnikis.docx",
    [
        "#c Atzinums par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa profesionālās kvalifikācijas eksāmena saturu",
        "",
        "Izvērtēšanai saņemti: PKE teorētiskās daļas testa jautājumi (60), praktiskās daļas uzdevumi (trīs varianti) un vērtēšanas kritēriji. Programmu šajā kārtā vērtē cits eksperts, tāpēc par MIP atzinumu nesniedzu.",
        "Teorētiskās daļas jautājumi aptver visu kvalifikācijas prasībās minēto: gaisa apmaiņas aprēķinus, iekārtu izvēli, dzesēšanas ciklu, automātiku, energoefektivitāti un darba drošību. Jautājumi formulēti skaidri, atbilžu varianti nav divdomīgi.",
        "Praktiskās daļas trīs varianti (gaisa apstrādes iekārtas palaišana un regulēšana; ventilācijas sistēmas gaisa plūsmu mērīšana un balansēšana; siltumsūkņa darbības parametru pārbaude) ir līdzvērtīgi pēc grūtības pakāpes un atbilst 4. līmeņa tehniķa darbam objektā. Vērtēšanas kritērijos atsevišķi izdalīta mērījumu protokola aizpildīšana — tas ir ļoti vērtīgi.",
        "Vienīgais, ko varētu uzlabot nākotnē, ir eksāmena laika sadalījums, bet tas ir izglītības iestādes ziņā.",
        "Vērtējums: eksāmena saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai.",
    ],
    header=["Sandra Kārkliņa | VGK nozares eksperte"],
    footer=["Atzinums sagatavots 02.06.2026."],
    rows=[("VGKT", "PKE", "supported")],
    expert="Sandra Kārkliņa", date="2026-06-02",
    author="Baiba Zemīte", created=(2026, 6, 2, 15, 20),
    note="Expert name only in the page header, date only in the footer. PKE only; MIP explicitly reviewed by another expert -> no row. "
         "'atbalstu un uzskatu, ka to var virzīt saskaņošanai' -> supported; the improvement remark is optional ('izglītības iestādes ziņā').",
)

# --------------------------------------------------------------------------- 18 three qualifications inside running text, MIP only
build(
    "r21a18_Krastins mezs MIP.docx",
    [
        "Labdien!",
        "Kā norunāts, sūtu savu viedokli par trim mežsaimniecības kvalifikāciju modulārajām programmām, kuras saņēmu 2. februārī. Eksāmenu saturu visām trim vērtē kolēģi, tāpēc par PKE šeit neko nerakstu.",
        "Motorzāģa operatora programma ir sakārtota un reāla: darba drošība, motorzāģa apkope, koku gāšana dažādos apstākļos, vējgāžu izstrāde, pirmā palīdzība. Stundu sadalījums starp skolu un mežu ir saprātīgs. Man nav ko piebilst – uzskatu, ka to var atbalstīt un virzīt saskaņošanai tādu, kāda tā ir.",
        "Ar meža mašīnu operatora programmu ir nedaudz sarežģītāk. Pamatā viss ir, bet modulī par forvardera vadību nav kravas izvietošanas un ceļu saudzēšanas prasību, un darba vidē balstīto mācību daļā nav norādīts, kā tiks nodrošināts darbs ar reālu tehniku. Tāpēc šo programmu atbalstu, bet saskaņošanai to vajadzētu sūtīt tikai tad, kad skola būs papildinājusi abas minētās vietas.",
        "Visbeidzot, mežsaimniecības tehniķa MIP. Tehniķim jāprot plānot mežsaimnieciskā darbība, organizēt ciršanu un atjaunošanu, strādāt ar meža reģistra datiem un ĢIS. Programmā tas ir tikai uzskaitīts, bet sasniedzamie rezultāti ir strādnieka līmenī — mērīt, stādīt, kopt. Diemžēl šajā variantā to atbalstīt nevaru; nepieciešama būtiska pārstrāde un jauna ekspertīze.",
        "",
        "Ar labiem vēlējumiem,",
        "Normunds Krastiņš",
        "Meža nozares eksperts",
        "Madonā, 11.02.2026.",
    ],
    rows=[("MZO", "MIP", "supported"), ("MMO", "MIP", "needs_corrections"), ("MST", "MIP", "not_supported")],
    expert="Normunds Krastiņš", date="2026-02-11",
    author="Normunds", created=(2026, 2, 11, 17, 3),
    note="Three qualifications named inside running text (genitive forms), no headings, no conclusion section. PKE explicitly reviewed by colleagues -> no PKE rows. "
         "'var atbalstīt un virzīt ... tādu, kāda tā ir' -> supported; 'atbalstu, bet ... sūtīt tikai tad, kad ... papildinājusi' -> needs_corrections; 'atbalstīt nevaru' -> not_supported.",
)
# --------------------------------------------------------------------------- 19 all-capital section headings, three energy qualifications
build(
    "r21a19_Energetika_PKE_MIP_Lapins galigais.docx",
    [
        "Ainārs Lapiņš",
        "SIA „Elektrotīkli Vidzeme”, galvenais inženieris",
        "2026-05-07",
        "",
        "# Eksperta atzinums par enerģētikas nozares kvalifikāciju MIP un PKE saturu",
        "",
        "Šajā kārtā saņēmu vērtēšanai elektrotehniķa un elektromontiera programmas un eksāmenus, kā arī VGK sistēmu tehniķa eksāmenu. Vērtējumu sniedzu katram dokumentam atsevišķi.",
        "",
        "**ELEKTROTEHNIĶIS (LKI 4)**",
        "MIP. Programma pēc janvāra labojumiem ir krietni uzlabojusies, relejaizsardzības un automātikas modulis tagad atbilst mūsdienu praksei. Pret programmu iebildumu nav — tā ir atbalstāma un virzāma saskaņošanai.",
        "PKE. Eksāmens atbalstāms. Virzīt to gan var tikai pēc tam, kad praktiskā uzdevuma aprakstā būs norādīts, kādi mērinstrumenti tiek nodrošināti eksāmena vietā, jo no tā atkarīga uzdevuma izpilde.",
        "",
        "**ELEKTROMONTIERIS (LKI 3)**",
        "MIP. Laba, praktiska programma. Jāpapildina modulis par kabeļu līniju izbūvi ar kabeļu uzmavu montāžu vidsprieguma tīklos, un jāizlabo terminoloģija (vairākās vietās „strāvas vads” vietā, kur domāts „kabelis”). Atbalstāma pēc šiem precizējumiem, tad virzāma saskaņošanai.",
        "PKE. Praktiskais uzdevums paredz darbu zem sprieguma bez jebkādas darba atļaujas vai uzraudzības apraksta. Tā nevar būt pat mācību situācijā. Turklāt vērtēšanas kritēriji nesakrīt ar uzdevumu. PKE saturs nav atbalstāms; uzdevums jāizstrādā no jauna.",
        "",
        "**VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS SISTĒMU TEHNIĶIS (LKI 4)**",
        "Programmu šajā reizē neskatīju, to vērtē D. Vītola. Eksāmena saturs ir pārdomāts, bet teorijas testā ir vairāki jautājumi par iekārtām, kuras programmā nav apskatītas (absorbcijas dzesētāji). Eksāmens virzāms saskaņošanai, kad šie jautājumi būs aizstāti; pārējam piekrītu.",
        "",
        "Paldies par iespēju piedalīties. Ja ir jautājumi, rakstiet.",
        "A. Lapiņš",
    ],
    rows=[("ET", "MIP", "supported"), ("ET", "PKE", "needs_corrections"),
          ("EM", "MIP", "needs_corrections"), ("EM", "PKE", "not_supported"),
          ("VGKT", "PKE", "needs_corrections")],
    expert="Ainārs Lapiņš", date="2026-05-07",
    author="Ainārs Lapiņš", created=(2026, 5, 6, 11, 45),
    note="Sections headed in ALL CAPS. ET PKE: 'atbalstāms' then the condition in the next sentence ('Virzīt ... tikai pēc tam, kad') -> needs_corrections. "
         "VGKT PKE: 'virzāms saskaņošanai, kad ... būs aizstāti' -> needs_corrections; VGKT MIP explicitly not reviewed -> no row. 'Pret programmu iebildumu nav' is positive. ISO date under the name.",
)

# --------------------------------------------------------------------------- 20 Gmail reply changing an earlier verdict, quoted earlier message
build(
    "r21a20_Re Re buvizstradajumu galdnieks.docx",
    [
        "sm: **Gatis Ceriņš** <gatis.cerins@logi-durvis.lv>\tThu, Mar 19, 2026 at 4:37 PM",
        "sm: To: Ilze Bērziņa <i.berzina@lddk.lv>",
        "sm: Subject: Re: Re: būvizstrādājumu galdnieka MIP/PKE",
        "---",
        "Labdien, Ilze,",
        "izskatīju tehnikuma atsūtītās labotās versijas. Logu un durvju montāžas modulis tagad ir pārstrādāts tā, kā ieteicu (siltās montāžas principi, trīs slāņu blīvēšana, montāžas vadlīnijas), un pievienots arī darbs ar CNC apstrādes centru profilēšanai. Līdz ar to savu iepriekšējo vērtējumu mainu – MIP tagad atbalstu un iesaku virzīt saskaņošanai.",
        "Par PKE – paliek spēkā tas, ko rakstīju februārī: atbalstāms un virzāms saskaņošanai, izmaiņas nebija vajadzīgas.",
        "Gatis",
        "",
        "> On Mon, Feb 2, 2026 at 10:14 AM Gatis Ceriņš <gatis.cerins@logi-durvis.lv> wrote:",
        "> Labdien!",
        "> Būvizstrādājumu galdnieka MIP pašreizējā redakcijā nav atbalstāms – logu un durvju montāža aprakstīta pēc 90. gadu prakses, nav ne siltās montāžas, ne hermetizācijas, ne CNC. Programma jāpārstrādā.",
        "> PKE – atbalstāms un virzāms saskaņošanai.",
        "> Gatis Ceriņš",
        "> SIA „Logi un durvis”, ražošanas vadītājs",
    ],
    rows=[("BG", "MIP", "supported"), ("BG", "PKE", "supported")],
    expert="Gatis Ceriņš", date="2026-03-19",
    author="Ilze Bērziņa", created=(2026, 3, 20, 8, 30),
    note="Gmail reply with the expert's own earlier message quoted. Quoted Feb verdict for MIP ('nav atbalstāms') is superseded by the current 'MIP tagad atbalstu un iesaku virzīt' -> supported. "
         "PKE: current message explicitly restates 'atbalstāms un virzāms saskaņošanai' -> supported. Date = current message.",
)

# --------------------------------------------------------------------------- 21 qualification not in the register, PKE only
build(
    "r21a21_saules paneli PKE.docx",
    [
        "Elvis Roze",
        "atjaunojamās enerģētikas uzņēmuma „Saules Vats” tehniskais vadītājs",
        "",
        "**Atzinums par kvalifikācijas „Saules paneļu sistēmu montētājs” eksāmena saturu**",
        "",
        "Šis atzinums attiecas tikai uz saules paneļu sistēmu montētāja (LKI 3. līmenis) profesionālās kvalifikācijas eksāmenu; programma vēl tiek izstrādāta, un to vērtēšu vēlāk.",
        "Kopumā eksāmens ir labi piezemēts: praktiskajā daļā jāuzmontē paneļu stiprinājumu sistēma uz slīpa jumta modeļa, jāsavieno paneļu virtenes un jāpieslēdz invertors, pēc tam jāveic pārbaudes mērījumi. Tas ir tieši tas, ko montētājs dara.",
        "Redzu divus trūkumus. Pirmkārt, uzdevumā nav darba augstumā drošības prasību (kritiena aizsardzības sistēmas, enkurpunkti), lai gan uz jumta tas ir galvenais risks. Otrkārt, mērījumu daļā prasīts tikai tukšgaitas spriegums, bet jāmēra arī īsslēguma strāva un izolācijas pretestība.",
        "Eksāmena saturu varu atbalstīt, ja tiek novērsti abi trūkumi. Pēc to novēršanas PKE virzāms saskaņošanai.",
        "",
        "Ogrē, 2026. gada 10. jūnijā",
    ],
    rows=[("saules paneļu sistēmu montētājs", "PKE", "needs_corrections", 3)],
    problems=["unknown_qualification"],
    expert="Elvis Roze", date="2026-06-10",
    author="", created=(2026, 6, 10, 9, 5),
    note="Qualification not in the register -> unknown_qualification, LKI 3 from the review. PKE only, MIP explicitly still being developed -> no MIP row. "
         "'varu atbalstīt, ja tiek novērsti ... Pēc to novēršanas ... virzāms' (condition across two sentences) -> needs_corrections.",
)

# --------------------------------------------------------------------------- 22 NOT A REVIEW: news item
build(
    "r21a22_Jaunumi LDDK eksperti.docx",
    [
        "# Nozaru eksperti turpina vērtēt jaunās profesionālās izglītības programmas",
        "i: 2026. gada 20. aprīlis",
        "",
        "Latvijas Darba devēju konfederācijas (LDDK) deleģētie enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru eksperti projekta 4. posmā izvērtējuši profesionālās izglītības iestāžu darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu. Projekts tiek īstenots Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa ietvaros.",
        "Kā informē projekta koordinatore Ilze Bērziņa, motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa eksāmenu saturs ekspertu vērtējumā lielākoties atzīts par atbalstāmu un virzāmu saskaņošanai, savukārt programmām eksperti norādījuši precizējumus, kas skolām jāveic pirms saskaņošanas.",
        "„Nozares uzņēmumi atbalsta šo darbu, jo tieši programmā tiek noteikts, ko jaunais speciālists pratīs pirmajā darba dienā,” uzsver kokrūpniecības nozares eksperts Raimonds Ozoliņš. „Mūsu uzdevums nav tikai pateikt „atbalstu” vai „neatbalstu”, bet palīdzēt skolām saprast, kas mainījies ražošanā.”",
        "Projekta 5. posmā, kas ilgs līdz 2026. gada jūlijam, paredzēts pabeigt vēl deviņu kvalifikāciju, tostarp elektromontiera, elektrotehniķa un ventilācijas un gaisa kondicionēšanas sistēmu tehniķa, MIP un PKE ekspertīzi.",
        "Vairāk informācijas: www.lddk.lv",
    ],
    problems=["no_verdict"],
    author="LDDK Komunikācija", created=(2026, 4, 20, 10, 0),
    note="NOT A REVIEW: website news item restating aggregate results and quoting an expert ('atbalstu' / 'neatbalstu' as quoted words, 'uzņēmumi atbalsta'). No rows; one no_verdict.",
)
# --------------------------------------------------------------------------- 23 letter, body criticism outranked by 'Noslēgumā'
build(
    "r21a23_Strautina_mezsaimniecibas tehnikis.docx",
    [
        "Cienījamā koordinatore!",
        "",
        "Pēc Jūsu lūguma esmu izvērtējusi mežsaimniecības tehniķa (LKI 4) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena labotās redakcijas, kuras saņēmu 2026. gada 13. martā.",
        "**Par programmu.** Labā ziņa ir tā, ka darba grupa ņēmusi vērā iepriekšējās ekspertīzes piezīmes: meža inventarizācijā iekļauti digitālie mērinstrumenti un tālizpētes dati, pievienots stādmateriāla kvalitātes vērtējums, un sasniedzamie rezultāti tagad atbilst tehniķa, nevis strādnieka līmenim. Programmas saturam man nav būtisku iebildumu, atbalstu to un iesaku virzīt saskaņošanai bez precizējumiem.",
        "**Par eksāmenu.** Šeit piezīmju ir vairāk.",
        "1. Teorētiskās daļas jautājumi ir labi, tikai daži pārāk vienkārši 4. līmenim.",
        "2. Praktiskais uzdevums (cirsmas novērtēšana un ciršanas plāna sastādīšana) ir aprakstīts tik īsi, ka divi vērtētāji to var saprast pilnīgi atšķirīgi. Ja tas tā paliktu, šādā redakcijā eksāmena uzdevumus nevarētu atbalstīt, jo vērtējums nebūtu salīdzināms starp skolām.",
        "3. Eksāmena ilgums ir pietiekams.",
        "4. Vērtēšanas lapā nav paredzēts vērtēt darba drošības un vides prasību ievērošanu cirsmā.",
        "# Noslēgumā",
        "Apsverot visu kopā, PKE saturs tomēr ir atbalstāms, jo trūkumi ir labojami bez eksāmena struktūras maiņas; saskaņošanai to var virzīt pēc 2. un 4. punktā minēto precizējumu veikšanas.",
        "",
        "Ar cieņu",
        "Inese Strautiņa",
        "Dr. silv., meža nozares eksperte",
        "2026. gada 20. martā",
    ],
    rows=[("MST", "MIP", "supported"), ("MST", "PKE", "needs_corrections")],
    expert="Inese Strautiņa", date="2026-03-20",
    author="Inese Strautiņa", created=(2026, 3, 19, 16, 0),
    note="Letter with a 'Noslēgumā' heading. Body remark 'šādā redakcijā ... nevarētu atbalstīt' (hypothetical) is outranked by the conclusion -> PKE needs_corrections. "
         "MIP 'atbalstu ... virzīt saskaņošanai bez precizējumiem' -> supported (the 'bez precizējumiem' trap). Title after the name, not before.",
)

# --------------------------------------------------------------------------- 24 short memo, 'Rezumējot', MIP only, mentions another expert
build(
    "r21a24_mehatronika MIP_Strazdins.docx",
    [
        "**Mehatronisko sistēmu tehniķa MIP (LKI 4) – atkārtotā redakcija**",
        "",
        "Salīdzināju jauno programmas redakciju ar martā vērtēto versiju. Dr. Kļaviņa atzinumā norādītie precizējumi 2.1. un 2.3. punktā ir ieviesti, bet 2.2. (kolaboratīvo robotu drošība) un 2.4. (stundu tabula) — nē. Turklāt jaunajā redakcijā bez paskaidrojuma izņemts viss modulis par pneimatiku un hidrauliku, kas mehatroniķim ir pamatprasme; iepriekšējā versijā tas bija labs.",
        "Rezumējot: šajā redakcijā MIP nevaru atbalstīt. Programma jāpapildina ar izņemto moduli un neieviestajiem precizējumiem un jāiesniedz atkārtoti.",
        "PKE izvērtēšu, kad būs saņemta MIP jaunā redakcija, jo eksāmena uzdevumi ir tieši saistīti ar izņemto moduli.",
        "",
        "T. Strazdiņš",
        "30.04.2026.",
    ],
    rows=[("MEH", "MIP", "not_supported")],
    expert="T. Strazdiņš", date="2026-04-30",
    author="Ilze Bērziņa", created=(2026, 4, 30, 14, 0),
    note="Short memo on a revised MIP; 'Rezumējot: ... MIP nevaru atbalstīt' -> not_supported. Mentions another expert (Dr. Kļaviņš, genitive) who is not the author. "
         "PKE explicitly deferred -> no row. Signed initial + surname.",
)

# --------------------------------------------------------------------------- 25 old PKL level, PKE only, two qualifications
build(
    "r21a25_galdnieki PKE atzinums.docx",
    [
        "**Par galdnieku kvalifikāciju eksāmenu saturu**",
        "",
        "Saņēmu vērtēšanai divu kvalifikāciju – mēbeļu galdnieka un būvizstrādājumu galdnieka (abas 3. PKL) – profesionālās kvalifikācijas eksāmenu materiālus. Programmas (MIP) man netika sūtītas, tās vērtē citi.",
        "__Mēbeļu galdnieks.__ Eksāmens sastāv no teorijas testa un praktiskā darba — neliela plaukta ar bīdāmām durvīm izgatavošanas. Darbs prasa gan rasējuma lasīšanu, gan savienojumu izgatavošanu, gan apdari, tāpēc labi parāda audzēkņa prasmes. Laika norma reāla. Eksāmenam nav iebildumu; iesaku virzīt saskaņošanai.",
        "__Būvizstrādājumu galdnieks.__ Šeit praktiskais uzdevums ir pārāk vienkāršs: vienkāršas paneļdurvju vērtnes izgatavošana bez kārbas, bez furnitūras iestrādes un bez montāžas. Tas neatbilst ne kvalifikācijas prasībām, ne tam, ko šis galdnieks dara uzņēmumā. Arī teorijas tests lielā mērā sakrīt ar mēbeļu galdnieka testu. Šādā veidā eksāmens nav atbalstāms, tas jāveido no jauna.",
        "",
        "Ruta Kalēja",
        "galdniecības meistare, SIA „Kalēju darbnīca”",
        "Tukumā, 26.02.2026.",
    ],
    rows=[("MG", "PKE", "supported"), ("BG", "PKE", "not_supported")],
    expert="Ruta Kalēja", date="2026-02-26",
    author="Ruta", created=(2026, 2, 26, 12, 10),
    note="Level given in the old scale '3. PKL' (= LKI 4), consistent with the register -> lki 4. PKE only for two qualifications, MIP explicitly reviewed by others -> no MIP rows. "
         "Underlined inline labels as section heads. 'nav iebildumu; iesaku virzīt' -> supported; 'nav atbalstāms, ... no jauna' -> not_supported.",
)

# --------------------------------------------------------------------------- 26 Outlook forward (English headers) of the expert's e-mail
build(
    "r21a26_FW ekspertizes atzinums koka izstradajumi.docx",
    [
        "sm: **From:** Ilze Bērziņa <i.berzina@lddk.lv>",
        "sm: **Sent:** Thursday, April 9, 2026 8:51 AM",
        "sm: **To:** Baiba Zemīte <baiba.zemite@lddk.lv>",
        "sm: **Subject:** FW: ekspertīzes atzinums – koka izstrādājumu ražošanas tehniķis",
        "",
        "Baiba, pārsūtu Kristapa atzinumu ievietošanai kopējā tabulā. Pēc manām domām, tas sakrīt ar E. Krūmiņas vērtējumu par PKE tikai daļēji, bet skaitām jaunāko.",
        "Ilze",
        "",
        "---",
        "sm: **From:** Kristaps Eglītis <kristaps.eglitis@zemgaleskoks.lv>",
        "sm: **Sent:** Wednesday, April 8, 2026 5:12 PM",
        "sm: **To:** Ilze Bērziņa <i.berzina@lddk.lv>",
        "sm: **Subject:** ekspertīzes atzinums – koka izstrādājumu ražošanas tehniķis",
        "",
        "Labvakar!",
        "Zemāk mans atzinums par koka izstrādājumu ražošanas tehniķa (LKI 4) programmu un eksāmenu, kuru versijas datētas ar 30. martu.",
        "Programma: struktūra laba, moduļi par ražošanas plānošanu un kvalitātes vadību ir spēcīgi. Tomēr (a) nav iekļauta ražošanas izmaksu aprēķināšana — tehniķim jāprot aprēķināt izstrādājuma pašizmaksu; (b) modulī par iekārtām trūkst iekārtu efektivitātes rādītāju (OEE) un dīkstāvju analīzes. Programma ir atbalstāma, bet šie precizējumi jāveic pirms tās virzīšanas saskaņošanai.",
        "Eksāmens: darba grupa izmantojusi iepriekšējā ekspertīzē norādīto un izstrādājusi punktu skalu ražošanas plānošanas uzdevumam. Iebildumu nav – atbalstāms un virzāms saskaņošanai.",
        "",
        "Kristaps Eglītis",
        "kokapstrādes tehnologs, SIA „Zemgales koks”",
        "tel. 29¤204¤577",
    ],
    rows=[("KIRT", "MIP", "needs_corrections"), ("KIRT", "PKE", "supported")],
    expert="Kristaps Eglītis", date="2026-04-08",
    author="Ilze Bērziņa", created=(2026, 4, 9, 8, 55),
    note="Coordinator's Outlook forward (English headers) of the expert's e-mail. Coordinator's line mentions another expert (E. Krūmiņa) and is not a verdict. "
         "Date = expert's Sent (2026-04-08), not the forward. MIP 'atbalstāma, bet ... precizējumi jāveic pirms ... virzīšanas' -> needs_corrections; PKE supported.",
)
# --------------------------------------------------------------------------- 27 long module-by-module review
build(
    "r21a27_Dūmiņš kokapstrādes iekārtu operators atzinums (1).docx",
    [
        "#c Kokapstrādes iekārtu operatora (LKI 3) MIP un PKE ekspertīze",
        "",
        "Vērtējumu sagatavoju, balstoties uz 25 gadu pieredzi kokzāģētavā un pēdējos gados arī darbā ar praktikantiem no divām profesionālās izglītības iestādēm. Pirms dažiem gadiem nozares uzņēmumi atbalstīja duālo mācību ieviešanu, un daudz kas no tā, ko toreiz redzējām praksē, palīdzēja man saprast, kur ir vājās vietas arī šajā programmā.",
        "Vispirms par programmu kopumā. Tā ir sadalīta astoņos moduļos, un kopējais apjoms, prakses īpatsvars un moduļu secība ir saprātīgi. Patīk, ka sasniedzamie rezultāti formulēti konkrēti. Zemāk piezīmes pa moduļiem — dažas svarīgas, dažas vairāk kā ieteikumi.",
        "**1. modulis „Ievads kokapstrādē”.** Bez piezīmēm.",
        "**2. modulis „Kokmateriālu šķirošana un uzglabāšana”.** Šķirošana aprakstīta tikai vizuāli pēc vecā standarta. Mūsdienās kokzāģētavās šķirošanu veic skeneri, un operatoram jāprot nolasīt skenera datus, pārbaudīt kalibrāciju un rīkoties, ja sistēma kļūdās. Šis ir jāpapildina obligāti. Arī mitruma mērīšana ir jāizdala kā atsevišķs rezultāts.",
        "**3. modulis „Zāģēšanas iekārtu apkalpošana”.** Šis modulis ir programmas sirds, bet tajā pilnībā trūkst lentzāģu un ripzāģu asmeņu sagatavošanas — zobu asināšanas, izliekšanas, spriegošanas. Operatoram ne vienmēr tas jādara pašam, bet jāsaprot, kad asmens jāmaina un kāpēc. Tāpat trūkst darba ar optimizācijas programmām baļķu sazāģēšanai. Jāpapildina.",
        "**4. modulis „Ēvelēšanas un frēzēšanas iekārtas”.** Labi. Ieteiktu pievienot vairāk par instrumentu uzstādīšanu ar hidro-skavām, bet tas nav kritiski.",
        "**5. modulis „Darba aizsardzība un ugunsdrošība”.** Kopumā labi, tikai jāpievieno koksnes putekļu sprādzienbīstamība un aspirācijas sistēmu tīrīšana — tas ir ļoti aktuāli pēc pēdējo gadu ugunsgrēkiem nozarē. To uzskatu par ieteikumu, jo daļēji tas ir 6. modulī.",
        "**6. modulis „Iekārtu tehniskā apkope”.** Apkope aprakstīta vispārīgi (eļļošana, tīrīšana). Trūkst apkopes plānošanas pēc iekārtas ražotāja grafika, apkopes žurnāla aizpildīšanas un vienkāršu bojājumu diagnostikas. Jāpapildina.",
        "**7. modulis „Kvalitātes kontrole”.** Labi, izmēru kontrole un defektu atpazīšana ir iekļauta.",
        "**8. modulis „Kvalifikācijas prakse”.** Prakses uzdevumi sasaistīti ar moduļiem, tas ir paraugs citām programmām.",
        "Vēl vispārīga piezīme: vairākos moduļos lietots termins „kokmateriālu apstrādes darbgalds”, citur „iekārta”, citur „mašīna”. Vajadzētu vienādot, bet tas ir redakcionāli.",
        "Par eksāmenu. Teorijas tests (30 jautājumi) un praktiskais darbs (zāģēšanas iekārtas sagatavošana darbam, partijas apstrāde pēc pasūtījuma un kvalitātes pārbaude) ir piemēroti 3. līmenim. Vērtēšanas lapa skaidra, kritēriji atbilst uzdevumam. Šeit man piezīmju nav.",
        "Jāatzīmē, ka skolai būs vajadzīgs metodiskais atbalsts no uzņēmumu puses, lai praktisko darbu varētu organizēt uz reālām iekārtām; mūsu uzņēmums ir gatavs to nodrošināt.",
        "# Secinājumi",
        "1. Kokapstrādes iekārtu operatora MIP saturs ir atbalstāms; pēc precizējumu veikšanas (sk. piezīmes par 2., 3. un 6. moduli) virzāms saskaņošanai. Pārējās piezīmes ir ieteikumi.",
        "2. PKE saturs ir atbalstāms un virzāms saskaņošanai.",
        "",
        "Mārtiņš Dūmiņš",
        "SIA „Dūmiņu kokzāģētava”, ražošanas vadītājs",
        "kokrūpniecības nozares eksperts",
        "2026. gada 29. janvārī",
    ],
    rows=[("KIO", "MIP", "needs_corrections"), ("KIO", "PKE", "supported")],
    expert="Mārtiņš Dūmiņš", date="2026-01-29",
    author="Baiba Zemīte", created=(2026, 1, 29, 15, 33), modified_by="Ilze Bērziņa",
    note="Long (2 pages) module-by-module review with mandatory corrections and optional suggestions mixed; Secinājumi decide: MIP needs_corrections, PKE supported. "
         "Traps: 'uzņēmumi atbalstīja duālo mācību ieviešanu', 'metodiskais atbalsts'. File name with a copy suffix '(1)'.",
)

# --------------------------------------------------------------------------- 28 review full of noun/verb 'atbalsts' traps
build(
    "r21a28_MMO_Kronbergs.docx",
    [
        "Egils Kronbergs",
        "meža mašīnu operators-instruktors, mežizstrādes uzņēmuma tehnikas nodaļas vadītājs",
        "",
        "**Par meža mašīnu operatora kvalifikācijas MIP un PKE**",
        "",
        "Nozares uzņēmumi jau vairākus gadus atbalsta jauno operatoru sagatavošanu, jo pieredzējušu operatoru trūkst un tehnikas cenas aug. Daļa uzņēmumu tehniku iegādājusies ar valsts atbalstu, tāpēc ir ieinteresēti, lai uz tās strādātu labi sagatavoti cilvēki. Skolām šajā jomā vajadzīgs arī metodiskais atbalsts — īpaši simulatoru apmācībā.",
        "**Programma.** Programmu kopumā vērtēju pozitīvi. Moduļi secīgi, apjoms reāls, pietiekami daudz laika atvēlēts simulatoram un darbam mežā. Labi, ka iekļauta darba plānošana ar meža mašīnu datu sistēmām un vides prasības (risu veidošanās, ūdensteču aizsargjoslas). MIP saturs ir atbalstāms un virzāms saskaņošanai.",
        "**Eksāmens.** Teorijas tests labs. Praktiskajā daļā paredzēts, ka katrs eksaminējamais vienas dienas laikā izstrādā 0,5 ha cirsmu ar harvesteru un pēc tam izved kokmateriālus ar forvarderi. Tas nav izpildāms ne laika, ne izmaksu ziņā, un neviena skola šādu eksāmenu nevarēs noorganizēt. Vērtēšanas kritēriji turklāt balstīti tikai uz rezultātu (izstrādātais apjoms), nevis uz darba paņēmieniem un drošību. Tāpēc PKE saturs nav atbalstāms — tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
        "Par to, kā praktisko daļu organizēt daļēji uz simulatora un daļēji mežā, labprāt sniegšu atbalstu darba grupai.",
        "",
        "2026. gada 15. aprīlī",
    ],
    rows=[("MMO", "MIP", "supported"), ("MMO", "PKE", "not_supported")],
    expert="Egils Kronbergs", date="2026-04-15",
    author="Egils", created=(2026, 4, 15, 7, 20),
    note="Many non-verdict uses of the word family: 'uzņēmumi atbalsta', 'ar valsts atbalstu', 'metodiskais atbalsts', 'sniegšu atbalstu darba grupai' (noun). "
         "Actual verdicts: MIP supported, PKE not_supported. Name and role at the top, date alone at the end.",
)

# --------------------------------------------------------------------------- 29 unregistered + registered qualification, numbered with ')'
build(
    "r21a29_CNC un mehatronika Petrovs.docx",
    [
        "Jevgēnijs Petrovs",
        "SIA „Precīzijas mehānika”, CNC iecirkņa vadītājs",
        "Daugavpilī, 2026. gada 18. jūnijā",
        "",
        "Labdien!",
        "Nosūtu savu vērtējumu par man nodotajiem mašīnbūves un metālapstrādes nozares dokumentiem.",
        "**1) Metālapstrādes darbgaldu operators (LKI 3)**",
        "MIP — programmā labi aprakstīta virpošana un frēzēšana uz universālajiem darbgaldiem, bet CNC darbgaldu daļa ir pārāk šaura: nav nulles punktu iestatīšanas, instrumentu korekciju ievades un pirmās detaļas mērīšanas. Programmu iesaku atbalstīt, bet saskaņošanai sūtīt tikai pēc tam, kad šīs tēmas būs pievienotas CNC modulim.",
        "PKE — praktiskais uzdevums (detaļas izgatavošana pēc rasējuma ar tolerancēm, mērīšana ar mikrometru un bīdmēru) ir atbilstošs. Atbalstāms, virzāms saskaņošanai.",
        "**2) Mehatronisko sistēmu tehniķis — tikai PKE**",
        "Programmu vērtēja citi eksperti. Eksāmena jaunajā redakcijā atjaunoti uzdevumi ar pneimatiku un hidrauliku, vērtēšanas kritēriji skaidri. Eksāmena saturs atbalstāms un virzāms saskaņošanai; piezīmju nav.",
        "",
        "Ar cieņu",
        "J. Petrovs",
    ],
    rows=[("metālapstrādes darbgaldu operators", "MIP", "needs_corrections", 3),
          ("metālapstrādes darbgaldu operators", "PKE", "supported", 3),
          ("MEH", "PKE", "supported")],
    problems=["unknown_qualification"],
    expert="Jevgēnijs Petrovs", date="2026-06-18",
    author="Jevgenijs Petrovs", created=(2026, 6, 18, 10, 10),
    note="Two qualifications, sections '1)' '2)'. 'Metālapstrādes darbgaldu operators' is not in the register -> unknown_qualification, LKI 3 from the review. "
         "'iesaku atbalstīt, bet saskaņošanai sūtīt tikai pēc tam' -> needs_corrections. Mehatronika: PKE only, MIP explicitly by others -> no row.",
)

# --------------------------------------------------------------------------- 30 MIP decision left to the coordinator (no verdict), PKE clear
build(
    "r21a30_Kruze elektromontieris.docx",
    [
        "**Par elektromontiera (LKI 3) MIP un PKE**",
        "",
        "Lauma Krūze, elektroietaišu būvdarbu vadītāja",
        "",
        "Programmā pamanīju šādas lietas:",
        "- modulī „Elektroinstalācijas izbūve” nav iekļauta elektroinstalācijas pārbaude pirms nodošanas (mērījumu protokoli), lai gan to prasa būvnormatīvi;",
        "- nav nekā par darbu ar zemsprieguma kabeļu līnijām zemē (tranšejas, aizsardzība, marķēšana);",
        "- programmā vairākkārt atkārtojas vieni un tie paši rezultāti dažādos moduļos;",
        "- prakses apjoms atbilstošs.",
        "Man nav pārliecības, vai ar šiem trūkumiem programmu var virzīt tālāk, — to lai izlemj koordinatore kopā ar darba grupu, es savu viedokli esmu pateikusi.",
        "Eksāmens ir sakārtots: divi praktiskie uzdevumi (sadalnes montāža un apgaismes tīkla izbūve), skaidri kritēriji, reāls laiks. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
        "",
        "27.05.2026.",
    ],
    rows=[("EM", "MIP", "unknown"), ("EM", "PKE", "supported")],
    problems=["no_verdict"],
    expert="Lauma Krūze", date="2026-05-27",
    author="Lauma Krūze", created=(2026, 5, 27, 18, 0),
    note="MIP remarks end with the expert explicitly leaving the decision to the coordinator -> MIP unknown + no_verdict. PKE clearly supported. Name under the title, date alone at the end.",
)
# --------------------------------------------------------------------------- 31 NOT A REVIEW: school's request for a repeated review
build(
    "r21a31_Ludzums_tehnikums_atkartota ekspertize.docx",
    [
        "#c DAUGAVAS TEHNIKUMS",
        "c: Reģ. Nr. 4334801234, Skolas iela 5, Jēkabpils",
        "",
        "2026. gada 12. maijā\tNr. 1-12/48",
        "",
        "Latvijas Darba devēju konfederācijai",
        "projekta koordinatorei Ilzei Bērziņai",
        "",
        "**Par atkārtotu ekspertīzi**",
        "",
        "Daugavas tehnikuma darba grupa ir pārstrādājusi profesionālās kvalifikācijas „Mehatronisko sistēmu tehniķis” (LKI 4) modulārās izglītības programmu atbilstoši 2026. gada 30. aprīļa ekspertīzes atzinumam, kurā programma netika atbalstīta. Programmā atjaunots modulis „Pneimatiskās un hidrauliskās sistēmas”, ieviesti precizējumi par kolaboratīvo robotu drošību un izlabota stundu sadalījuma tabula.",
        "Lūdzam nodrošināt MIP atkārtotu ekspertīzi un vienlaikus arī profesionālās kvalifikācijas eksāmena satura ekspertīzi, kura iepriekš tika atlikta. Pateicamies ekspertiem par konstruktīvajām piezīmēm un nozares atbalstu.",
        "Pielikumā:",
        "- MIP „Mehatronisko sistēmu tehniķis”, 2. redakcija, uz 64 lp.;",
        "- PKE saturs, uz 18 lp.;",
        "- izmaiņu tabula, uz 3 lp.",
        "",
        "Direktora vietniece mācību darbā\t\tA. Siliņa",
        "",
        "sm: Sagatavoja: M. Upīte, 65231847, metodiķe@daugavastehnikums.lv",
    ],
    problems=["no_verdict"],
    author="Metodiķe", created=(2026, 5, 12, 11, 0),
    note="NOT A REVIEW: a school's cover letter asking for a repeated review; mentions an earlier non-supporting verdict ('netika atbalstīta'), 'nozares atbalstu', names. No rows; one no_verdict.",
)

# --------------------------------------------------------------------------- 32 Outlook reply (LV headers), 'Ar cieņu,' + role + company, PKE only
build(
    "r21a32_RE_ VGK remontatslēdznieks PKE.docx",
    [
        "sm: **No:** Andris Vilks <andris.vilks@vesmaserviss.lv>",
        "sm: **Nosūtīts:** ceturtdiena, 2026. gada 21. maijs 09:03",
        "sm: **Kam:** Baiba Zemīte <baiba.zemite@lddk.lv>",
        "sm: **Tēma:** RE: VGK iekārtu remontatslēdznieka PKE – atkārtoti",
        "",
        "Labdien, Baiba!",
        "Paldies par labotajiem materiāliem. Esmu izskatījis VGK remontatslēdznieka eksāmena jauno redakciju. Praktiskais uzdevums ar split-sistēmas bojājuma meklēšanu tagad ir aprakstīts soli pa solim, pievienota hermētiskuma pārbaude ar slāpekli un aukstuma aģenta uzpildes svēršana, vērtēšanas lapā ir atsevišķi kritēriji drošībai un F-gāzu uzskaites žurnāla aizpildīšanai. Tieši to es martā prasīju.",
        "Manuprāt, eksāmena saturs tagad ir atbalstāms, un to var virzīt saskaņošanai.",
        "Programmai (MIP) savu vērtējumu sniedzu jau martā, un šeit to neatkārtoju.",
        "",
        "Ar cieņu,",
        "Andris Vilks",
        "Servisa inženieris",
        "SIA „Vēsma Serviss”",
        "",
        "---",
        "sm: **No:** Baiba Zemīte <baiba.zemite@lddk.lv>",
        "sm: **Nosūtīts:** pirmdiena, 2026. gada 11. maijs 15:20",
        "sm: **Kam:** Andris Vilks <andris.vilks@vesmaserviss.lv>",
        "sm: **Tēma:** VGK iekārtu remontatslēdznieka PKE – atkārtoti",
        "",
        "Labdien, Andri!",
        "Jūsu marta atzinumā PKE netika atbalstīts. Skola ir veikusi labojumus (pielikumā). Lūdzu, izvērtē un norādi, vai PKE saturs tagad ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai joprojām nav atbalstāms.",
        "Baiba",
    ],
    rows=[("VGKR", "PKE", "supported")],
    expert="Andris Vilks", date="2026-05-21",
    author="Baiba Zemīte", created=(2026, 5, 21, 9, 30),
    note="Outlook reply with Latvian headers and the coordinator's quoted request (history 'netika atbalstīts' + all options listed). "
         "Current 'eksāmena saturs tagad ir atbalstāms, un to var virzīt saskaņošanai' -> supported. MIP: earlier verdict not repeated here -> no MIP row.",
)

# --------------------------------------------------------------------------- 33 prose letter ending with struck-out options and checkbox glyphs
build(
    "r21a33_Rudzitis_elektro_galigais.docx",
    [
        "**Aivars Rudzītis**",
        "elektroinženieris, enerģētikas nozares eksperts",
        "",
        "#c Ekspertīzes atzinums: elektrotehniķis un elektromontieris (MIP, PKE)",
        "",
        "Izvērtēju abu kvalifikāciju modulārās izglītības programmas un kvalifikācijas eksāmenu saturu, kas saņemts 2026. gada 18. martā. Vērtējuma formu koordinatore lūdza aizpildīt, nevajadzīgo svītrojot; elektromontierim, kur man bija ērtāk, atzīmēju ar krustiņu.",
        "Elektrotehniķa programma ir izcila — labākā, ko šajā projektā esmu redzējis. Eksāmenā gan jāsaskaņo praktiskā uzdevuma apraksts ar vērtēšanas lapu: aprakstā ir trīs daļas, vērtēšanas lapā — divas.",
        "Elektromontiera programmā trūkst veselu tēmu (zemēšana un potenciālu izlīdzināšana, mērījumi pēc izbūves), un vairāki moduļi ir pārrakstīti no elektrotehniķa programmas bez pielāgošanas 3. līmenim. Šādu programmu nevar virzīt. Eksāmens turpretī ir labs un praktisks.",
        "",
        "**Elektrotehniķis, MIP:** atbalstāms un virzāms saskaņošanai / ~~atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai~~ / ~~nav atbalstāms~~",
        "**Elektrotehniķis, PKE:** ~~atbalstāms un virzāms saskaņošanai~~ / atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / ~~nav atbalstāms~~",
        "**Elektromontieris, MIP:** ☐ atbalstāms un virzāms saskaņošanai   ☐ atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai   ☒ nav atbalstāms",
        "**Elektromontieris, PKE:** ☒ atbalstāms un virzāms saskaņošanai   ☐ atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai   ☐ nav atbalstāms",
        "",
        "A. Rudzītis",
        "31.03.2026",
    ],
    rows=[("ET", "MIP", "supported"), ("ET", "PKE", "needs_corrections"),
          ("EM", "MIP", "not_supported"), ("EM", "PKE", "supported")],
    expert="Aivars Rudzītis", date="2026-03-31",
    author="Ilze Bērziņa", created=(2026, 3, 18, 9, 0), modified_by="Aivars Rudzītis",
    note="Prose letter that ends with the coordinator's option lines: for elektrotehniķis the non-chosen options are struck through ('nevajadzīgo svītrot'), "
         "for elektromontieris ☒/☐ glyphs typed as text. Body remarks agree with the marks. Full name from the letterhead.",
)

# --------------------------------------------------------------------------- 34 labelled sections, condition in the next sentence
build(
    "r21a34_VGK atzinums Ozola_v2.docx",
    [
        "#c Atzinums par ventilācijas un gaisa kondicionēšanas kvalifikāciju programmām un eksāmeniem",
        "",
        "Šajā atzinumā vērtēju divas enerģētikas nozares kvalifikācijas — VGK sistēmu tehniķi un VGK iekārtu remontatslēdznieku. Abām saņēmu gan programmu, gan eksāmena saturu. Pirmā versija šim atzinumam tika nosūtīta 30. jūnijā, taču tajā nejauši bija sajauktas abu kvalifikāciju eksāmenu piezīmes; šī ir labotā versija, kas aizstāj iepriekšējo.",
        "# Kvalifikācija Nr. 1 – ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)",
        "Programmas otrā redakcija ir būtiski uzlabota: pievienota F-gāzu regula, siltumsūkņi un VRF sistēmas, ēku vadības sistēmas. MIP kopumā atbalstu. Tomēr virzīt saskaņošanai to var tikai pēc tam, kad modulī „Gaisa apstrādes iekārtas” būs iekļautas filtru klases pēc ISO 16890 un rekuperatoru apledošanas novēršana — abas tēmas joprojām trūkst.",
        "Eksāmena saturs — atbalstāms, virzāms. Uzdevumi reāli, kritēriji skaidri.",
        "# Kvalifikācija Nr. 2 – VGK iekārtu remontatslēdznieks (LKI 3)",
        "Programma ir laba un praktiska, remontatslēdznieka darbs aprakstīts precīzi. Programma atbalstāma un virzāma saskaņošanai.",
        "Eksāmenu neatbalstu. Teorijas tests ir gandrīz vārds vārdā nokopēts no sistēmu tehniķa eksāmena un neatbilst 3. līmenim, praktiskais uzdevums nav saistīts ar remontu. Eksāmens jāizstrādā no jauna.",
        "",
        "Zane Ozola",
        "ventilācijas sistēmu projektētāja, SIA „Gaisa plūsma”",
        "2026. gada 2. jūlijā",
    ],
    rows=[("VGKT", "MIP", "needs_corrections"), ("VGKT", "PKE", "supported"),
          ("VGKR", "MIP", "supported"), ("VGKR", "PKE", "not_supported")],
    expert="Zane Ozola", date="2026-07-02",
    author="Zane Ozola", created=(2026, 6, 30, 12, 0),
    note="'Kvalifikācija Nr. 1/2' labelled sections, both documents each. Corrected version (v2) that replaces an earlier one -> only current text counts. "
         "VGKT MIP 'kopumā atbalstu. Tomēr virzīt ... tikai pēc tam' (condition in next sentence) -> needs_corrections; terse 'atbalstāms, virzāms' -> supported; 'Eksāmenu neatbalstu' -> not_supported.",
)


# ============================================================================= outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r21a blind set: free-prose expert reviews, letters and pasted e-mails\n\n")
    f.write("Built by `build.py` (python-docx). Gold labels: `expected.csv`, `expected_problems.csv`.\n\n")
    f.write(f"{len(NOTES)} files, {len(ROWS)} gold rows, {len(PROBS)} problem rows.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write(f"| {n} | {note.replace('|', '/')} |\n")
print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBS), "problems")
