# -*- coding: utf-8 -*-
"""Build the r18a blind evaluation set: free-prose Latvian expert reviews (letters, memos,
e-mails pasted into Word) with gold labels kept next to each build() call.

Run: /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import os
import random

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r18a"

# register levels (from qualifications.csv) so that lki_level defaults correctly
REG = {
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

ROWS = []   # expected.csv rows
PROBS = []  # expected_problems.csv rows
NOTES = []  # README lines
FILES = []

_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


# ---------------------------------------------------------------- low-level run helpers

def _rpr(bold=False, italic=False, strike=False, underline=False, size=None, font=None):
    rpr = OxmlElement("w:rPr")
    if font:
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
        rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if strike:
        rpr.append(OxmlElement("w:strike"))
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    return rpr


def _raw_run(text, deleted=False, **fmt):
    r = OxmlElement("w:r")
    r.append(_rpr(**fmt))
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def add_ins(par, text, author, date, **fmt):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(_raw_run(text, **fmt))
    par._p.append(ins)


def add_del(par, text, author, date, **fmt):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    d.append(_raw_run(text, deleted=True, **fmt))
    par._p.append(d)


def add_sym(par, char, font="Wingdings"):
    r = OxmlElement("w:r")
    s = OxmlElement("w:sym")
    s.set(qn("w:font"), font)
    s.set(qn("w:char"), char)
    r.append(s)
    par._p.append(r)


def add_runs(par, parts, track_author="", track_date="2026-01-01T00:00:00Z"):
    """parts: list of (text, fmt) where fmt letters: b i u s (strike), + (ins), - (del)."""
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, ""
        else:
            text, fmt = part
        kw = dict(bold="b" in fmt, italic="i" in fmt, strike="s" in fmt, underline="u" in fmt)
        if "+" in fmt:
            add_ins(par, text, track_author, track_date, **kw)
        elif "-" in fmt:
            add_del(par, text, track_author, track_date, **kw)
        else:
            r = par.add_run(text)
            r.bold = kw["bold"] or None
            r.italic = kw["italic"] or None
            r.font.strike = kw["strike"] or None
            r.underline = kw["underline"] or None


def split_runs(par, text, seed=0, bold=False):
    """Write text as several Word runs cut at arbitrary points (as Word does after edits)."""
    rnd = random.Random(seed + len(text))
    i = 0
    while i < len(text):
        step = rnd.randint(3, 17)
        r = par.add_run(text[i:i + step])
        if bold:
            r.bold = True
        i += step


# ---------------------------------------------------------------- block renderer

def render(doc, blocks, track_author="", track_date="2026-01-01T00:00:00Z", seed=0):
    for k, b in enumerate(blocks):
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        kind = b[0]
        if kind == "blank":
            doc.add_paragraph("")
        elif kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(b[2] if len(b) > 2 else 14)
        elif kind == "c":  # centered plain
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":  # right aligned
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "h":  # bold paragraph heading
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif kind == "hu":  # underlined heading
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.underline = True
        elif kind == "H1":
            doc.add_heading(b[1], level=1)
        elif kind == "H2":
            doc.add_heading(b[1], level=2)
        elif kind == "i":
            p = doc.add_paragraph()
            p.add_run(b[1]).italic = True
        elif kind == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "num":
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "ind":  # indented (quoted e-mail)
            p = doc.add_paragraph(b[1])
            p.paragraph_format.left_indent = Cm(1)
        elif kind == "kv":  # bold label + value (e-mail header lines)
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(b[1]).bold = True
            p.add_run(b[2])
            if len(b) > 3 and b[3]:
                p.paragraph_format.left_indent = Cm(1)
        elif kind == "tight":  # line without spacing after (signature blocks)
            p = doc.add_paragraph(b[1])
            p.paragraph_format.space_after = Pt(0)
        elif kind == "runs":
            p = doc.add_paragraph()
            add_runs(p, b[1], track_author, track_date)
            if len(b) > 2 and b[2] == "ind":
                p.paragraph_format.left_indent = Cm(1)
        elif kind == "split":
            p = doc.add_paragraph()
            split_runs(p, b[1], seed=seed + k, bold=(len(b) > 2 and b[2] == "b"))
        elif kind == "sym":  # ("sym", [("text"),("F0FE"),...]) : items starting with 'F0' are glyphs
            p = doc.add_paragraph()
            for item in b[1]:
                if isinstance(item, tuple) and item[0] == "sym":
                    add_sym(p, item[1])
                else:
                    p.add_run(item)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.cell(ri, ci)
                    cell.text = ""
                    r = cell.paragraphs[0].add_run(val)
                    if ri == 0 and (len(b) < 3 or b[2]):
                        r.bold = True
        elif kind == "comment":  # ("comment", text, comment_text, author, initials)
            p = doc.add_paragraph()
            run = p.add_run(b[1])
            doc.add_comment([run], text=b[2], author=b[3], initials=b[4])
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)


def _set_hf(section, header=None, footer=None):
    if header:
        hp = section.header.paragraphs[0]
        for n, line in enumerate(header):
            p = hp if n == 0 else section.header.add_paragraph()
            p.text = line
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = section.footer.paragraphs[0]
        for n, line in enumerate(footer):
            p = fp if n == 0 else section.footer.add_paragraph()
            p.text = line
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build(name, blocks, rows=(), problems=(), note="", expert="", date="", author="",
          created=None, header=None, footer=None, font="Times New Roman", size=12,
          track_author="", track_date="2026-01-01T00:00:00Z"):
    """rows: (qualification, document, verdict[, lki]) ; lki defaults to the register level."""
    assert name.startswith(PREFIX), name
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    render(doc, blocks, track_author=track_author, track_date=track_date, seed=len(FILES) * 31)
    _set_hf(doc.sections[0], header, footer)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    if created:
        cp.created = dt.datetime.fromisoformat(created)
        cp.modified = dt.datetime.fromisoformat(created)
    path = os.path.join(OUT, name)
    doc.save(path)
    FILES.append(name)
    for r in rows:
        qual, docu, verdict = r[0], r[1], r[2]
        assert docu in ("MIP", "PKE") and verdict in (
            "supported", "needs_corrections", "not_supported", "unknown"), r
        lki = r[3] if len(r) > 3 else REG.get(qual, "")
        ROWS.append([name, qual, docu, verdict, expert, date, lki])
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict"), code
        PROBS.append([name, code])
    NOTES.append((name, note))


def finish():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBS)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# r18a blind set: free-prose expert reviews (letters, memos, e-mails in Word)\n\n")
        f.write("Built by `build.py` (python-docx 1.2). Gold labels: `expected.csv`, "
                "`expected_problems.csv`.\n\n")
        f.write(f"{len(FILES)} files, {len(ROWS)} gold rows, {len(PROBS)} problem rows.\n\n")
        f.write("Conventions: the newest current wording counts (tracked insertions, later self-corrections, "
                "the newest message of a thread); a conclusion outranks remarks in the body; history, "
                "purpose sentences, quoted requests and Word comments are not verdicts; a document the "
                "review says it does not cover gets no row; lki_level comes from the review when stated, "
                "else from the register. Four files are not reviews (06, 20, 27, 30).\n\n")
        f.write("| file | design and judgement calls |\n|---|---|\n")
        for n, note in NOTES:
            f.write(f"| {n} | {note.replace('|', '/')} |\n")
    print(len(FILES), "files;", len(ROWS), "rows;", len(PROBS), "problems")


# ======================================================================== FILES

# ---------------------------------------------------------------- 01
build(
    "r18a01_Atzinums_mebelu_galdnieks_MIP_Kalnina.docx",
    [
        ("title", "Ekspertīzes atzinums"),
        ("c", "par profesionālās kvalifikācijas „Mēbeļu galdnieks” modulārās izglītības programmas saturu"),
        ("blank",),
        "Saskaņā ar LDDK 2026. gada 2. februāra uzdevumu esmu izvērtējusi profesionālās izglītības "
        "iestādes darba grupas sagatavoto kompetencēs balstītās modulārās izglītības programmas "
        "(turpmāk – programma) projektu kvalifikācijai „Mēbeļu galdnieks” (LKI 4. līmenis). "
        "Profesionālās kvalifikācijas eksāmena saturs šoreiz vērtēšanai netika iesniegts, tāpēc šis "
        "atzinums attiecas tikai uz programmu.",
        "Vērtējot programmu, salīdzināju moduļu sasniedzamos rezultātus ar profesijas standartu un ar to, "
        "ko šobrīd no jauna darbinieka sagaida mēbeļu ražotāji Latvijā. Zemāk piezīmes pa moduļiem.",
        ("runs", [("Modulis „Mēbeļu konstrukciju projektēšana”. ", "b"),
                  ("Sasniedzamie rezultāti kopumā atbilst standartam, taču trūkst prasmes izmantot CAD "
                   "programmatūru mēbeļu rasējumu sagatavošanā – uzņēmumos tā šobrīd ir pamatprasme. "
                   "Ierosinu to papildināt.", "")]),
        ("runs", [("Modulis „Korpusa mēbeļu izgatavošana”. ", "b"),
                  ("Iebildumu nav. Labi, ka iekļauta malu līmēšana un furnitūras montāža pēc ražotāja "
                   "shēmām.", "")]),
        ("runs", [("Modulis „Mīksto mēbeļu izgatavošana”. ", "b"),
                  ("Stundu apjoms (120 st.) ir nesamērīgi mazs attiecībā pret sasniedzamo rezultātu "
                   "skaitu. Jāpārskata apjoms vai jāsamazina rezultātu skaits.", "")]),
        ("runs", [("Modulis „Virsmu apdare”. ", "b"),
                  ("Jāprecizē darba drošības prasības, strādājot ar šķīdinātāju bāzes lakām, un jāpievieno "
                   "atsauce uz spēkā esošajiem noteikumiem par ķīmisko vielu lietošanu darba vietā.", "")]),
        ("runs", [("Modulis „Darba vidē balstītas mācības”. ", "b"),
                  ("Apraksts ir vispārīgs; vēlams konkretizēt, kuri rezultāti tiek sasniegti uzņēmumā.", "")]),
        ("h", "Slēdziens"),
        ("split", "Programmas saturs ir atbalstāms. Pirms tās virzīšanas saskaņošanai darba grupai jāveic "
                  "precizējumi atbilstoši piezīmēm par moduļiem „Mīksto mēbeļu izgatavošana” un „Virsmu "
                  "apdare”; pārējās piezīmes ir ieteikuma rakstura."),
        ("blank",),
        ("tight", "Ar cieņu,"),
        ("tight", "Ilze Kalniņa"),
        ("tight", "SIA „Mēbeļu nams Avots” galvenā tehnoloģe"),
        ("blank",),
        "Rīgā, 2026. gada 17. februārī",
    ],
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections")],
    expert="Ilze Kalniņa", date="2026-02-17", author="Ilze Kalniņa", created="2026-02-17T15:20:00",
    note="Formal letter, one document (MIP) only; PKE explicitly not submitted -> no PKE row. Per-module "
         "remarks; Slēdziens: supported, corrections required before forwarding (verdict sentence split "
         "across many runs). LKI 4 stated.",
)

# ---------------------------------------------------------------- 02
build(
    "r18a02_RE_Elektromontieris PKE.docx",
    [
        ("kv", "No: ", "Māris Ozoliņš <maris.ozolins@energoserviss.lv>"),
        ("kv", "Nosūtīts: ", "otrdiena, 2026. gada 10. marts 14:32"),
        ("kv", "Kam: ", "Zane Dreimane <zane.dreimane@lddk.lv>"),
        ("kv", "Tēma: ", "RE: Elektromontieris - PKE saturs ekspertīzei"),
        ("blank",),
        "Labdien, Zane!",
        "Paldies par atsūtītajiem materiāliem. Izskatīju elektromontiera kvalifikācijas eksāmena saturu – "
        "gan teorētiskās daļas testa jautājumus, gan praktiskās daļas uzdevumus un vērtēšanas kritērijus.",
        "Dažas piezīmes, ko darba grupa var ņemt vērā, ja uzskata par vajadzīgu:",
        ("li", "praktiskajā uzdevumā Nr. 2 varētu precīzāk aprakstīt, kādus mērinstrumentus eksaminējamais "
               "drīkst izmantot;"),
        ("li", "testā ir divi gandrīz identiski jautājumi par zemējuma pretestības mērīšanu (Nr. 14 un Nr. 37)."),
        "Tās nav būtiskas un kopējo vērtējumu neietekmē. Manā skatījumā PKE saturs ir atbalstāms un to "
        "var virzīt saskaņošanai tādu, kāds tas ir.",
        "Ja vajag, varu atzinumu noformēt arī veidlapā.",
        ("blank",),
        ("tight", "Ar cieņu"),
        ("tight", "Māris Ozoliņš"),
        ("tight", "AS „Energoserviss” elektroietaišu būvdarbu vadītājs"),
        ("tight", "tālr. 29 414 208"),
        ("blank",),
        ("tight", "-----Sākotnējais ziņojums-----"),
        ("kv", "No: ", "Zane Dreimane <zane.dreimane@lddk.lv>"),
        ("kv", "Nosūtīts: ", "pirmdiena, 2026. gada 2. marts 09:05"),
        ("kv", "Kam: ", "Māris Ozoliņš <maris.ozolins@energoserviss.lv>"),
        ("kv", "Tēma: ", "Elektromontieris - PKE saturs ekspertīzei"),
        ("blank",),
        "Labdien, Māri!",
        "Pielikumā elektromontiera (LKI 3) PKE saturs. MIP pagaidām vēl nav gatava, to atsūtīšu atsevišķi. "
        "Lūdzu atzinumā norādīt vienu no variantiem: „saturs ir atbalstāms un virzāms saskaņošanai”, "
        "„saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai” vai „saturs nav "
        "atbalstāms”. Termiņš – 13. marts.",
        "Paldies!",
        "Zane",
    ],
    rows=[("elektromontieris", "PKE", "supported")],
    expert="Māris Ozoliņš", date="2026-03-10", author="Zane Dreimane", created="2026-03-10T15:02:00",
    font="Calibri", size=11,
    note="Outlook reply pasted into Word (Latvian headers). Verdict in own words ('atbalstāms un to var "
         "virzīt saskaņošanai tādu, kāds tas ir'); remarks explicitly optional -> supported. Quoted "
         "coordinator message lists all three options (trap) and says MIP not ready -> no MIP row. Date = "
         "date of the expert's message; author = coordinator.",
)

# ---------------------------------------------------------------- 03
build(
    "r18a03_Ekspertu atzinums VGK 3 un 4 limenis.docx",
    [
        ("title", "Nozares eksperta atzinums"),
        ("c", "par ventilācijas un gaisa kondicionēšanas kvalifikāciju MIP un PKE saturu"),
        ("blank",),
        "Vērtēju darba grupas iesniegtos dokumentus divām savstarpēji saistītām kvalifikācijām. Tā kā abām "
        "kvalifikācijām daļa moduļu ir kopīgi, piezīmes par kopīgajiem moduļiem attiecas uz abām "
        "programmām. Dokumenti saņemti 2026. gada 9. martā.",
        ("h", "A. Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)"),
        ("runs", [("Programma. ", "i"),
                  ("Programma veidota pārdomāti, moduļu secība ir loģiska, praktisko mācību īpatsvars "
                   "pietiekams. Sīkas neprecizitātes terminoloģijā (piem., „kondicionieris” vietā „gaisa "
                   "kondicionēšanas iekārta”) var labot redakcionāli. Programmas saturu atbalstu un iesaku "
                   "virzīt saskaņošanai.", "")]),
        ("runs", [("Eksāmens. ", "i"),
                  ("Praktiskajā daļā nav paredzēta aukstumaģenta noplūdes pārbaude, kas ir viena no "
                   "biežākajām remontatslēdznieka ikdienas darbībām. Vērtēšanas kritērijos jānodala "
                   "kritiskās kļūdas (darba drošība, rīcība ar fluorētajām siltumnīcefekta gāzēm) no "
                   "pārējām. Eksāmena saturs ir atbalstāms, bet saskaņošanai to var virzīt tikai tad, kad "
                   "šie divi punkti būs papildināti.", "")]),
        ("h", "B. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)"),
        ("runs", [("Programma. ", "i"),
                  ("Modulī „Sistēmu regulēšana un nodošana ekspluatācijā” trūkst ēku vadības sistēmu (BMS) "
                   "pamatu, bez kuriem tehniķis mūsdienu objektā nevar strādāt. Jāpapildina arī "
                   "energoefektivitātes aprēķinu daļa. Programmas saturs ir atbalstāms, ja tiek veikti šie "
                   "precizējumi; pēc to veikšanas programmu var virzīt saskaņošanai.", "")]),
        ("runs", [("Eksāmens. ", "i"),
                  ("Iesniegtais eksāmena saturs faktiski atkārto remontatslēdznieka eksāmenu un neatspoguļo "
                   "tehniķa līmeņa kompetences – projekta dokumentācijas lasīšanu, sistēmu diagnostiku, "
                   "darbu organizēšanu. Vērtēšanas kritēriji nav piesaistīti sasniedzamajiem rezultātiem. "
                   "Šādā veidā PKE saturu neatbalstu; tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
                   "")]),
        ("h", "Kopvērtējums"),
        "Remontatslēdznieks: MIP – atbalstāma, virzāma saskaņošanai; PKE – atbalstāms, virzāms pēc "
        "precizējumiem.",
        "Sistēmu tehniķis: MIP – atbalstāma pēc precizējumiem; PKE – nav atbalstāms.",
        ("blank",),
        ("tight", "Raimonds Zariņš"),
        ("tight", "SIA „Klimata Serviss” tehniskais direktors, sertificēts aukstuma iekārtu speciālists"),
        ("tight", "2026-03-24"),
    ],
    rows=[
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported"),
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "needs_corrections"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported"),
    ],
    expert="Raimonds Zariņš", date="2026-03-24", author="Baiba Rozentāle", created="2026-03-25T09:10:00",
    note="Two qualifications in lettered sections (A./B.), each with italic 'Programma.'/'Eksāmens.' "
         "run-in labels; three verdict types (supported, needs_corrections, not_supported); Kopvērtējums restates the same verdicts "
         "in short nominal form. Receipt date 9 March in body is not the review date (ISO date under "
         "signature). Forwarded by coordinator (author).",
)

# ---------------------------------------------------------------- 04
build(
    "r18a04_motorzaga operators_galigais.docx",
    [
        ("h", "Motorzaga operators - MIP un PKE"),
        "Izskatiju abus dokumentus ko atsutija 28.01.",
        "MIP:",
        "- modulis par kokaugu atpazisanu ir par plasu, 3. limenim pietiktu ar pamatsugam",
        "- trukst apmacibas par kedes asinasanu ar elektrisko asinataju, ieklaut",
        "- darba drosibas dala ok",
        "- japrecize prakt. macibu stundu skaits meza (tagad 80, vajag vismaz 160)",
        "PKE:",
        "- praktiskais uzdevums (koka gazsana ar kili) labs",
        "- testa jautajumi atbilst, 2 jautajumos kludaini atbilzu varianti bet to jau izlaboja",
        "MIP atbalstu ar nosacijumu ka tiks izlabotas augsminetas lietas (it sevisi stundu skaits). "
        "PKE saturs atbalstams un virzams saskanosanai bez precizejumiem.",
        ("blank",),
        "A. Lapsa",
        "05.02.2026",
    ],
    rows=[("motorzāģa operators", "MIP", "needs_corrections"),
          ("motorzāģa operators", "PKE", "supported")],
    expert="A. Lapsa", date="2026-02-05", author="Lietotajs", created="2026-02-05T21:47:00",
    font="Calibri", size=11,
    note="Hasty notes without diacritics. 'MIP atbalstu ar nosacijumu ka...' -> needs_corrections; "
         "'atbalstams un virzams saskanosanai bez precizejumiem' -> supported ('bez' trap). Expert only "
         "as initial + surname. 28.01 in body = receipt date. Author is a generic account.",
)

# ---------------------------------------------------------------- 05
build(
    "r18a05_Bērziņš_mehatronika_2.kārta.docx",
    [
        ("title", "Atkārtotas ekspertīzes atzinums", 13),
        ("c", "Profesionālā kvalifikācija: mehatronisko sistēmu tehniķis (LKI 4. līmenis)"),
        ("blank",),
        "2026. gada janvārī sniedzu atzinumu par šīs kvalifikācijas MIP un PKE pirmo redakciju. Toreiz "
        "programmas saturs netika atbalstīts, galvenokārt tāpēc, ka pneimatikas un hidraulikas moduļi "
        "savstarpēji dublējās un nebija iekļauta industriālo robotu programmēšana. Eksāmena saturam bija "
        "tikai redakcionālas piezīmes.",
        "Darba grupa 20. februārī iesniedza pārstrādātu redakciju kopā ar izmaiņu tabulu. Izvērtēju, kā "
        "ņemtas vērā manas iepriekšējās piezīmes, un pārskatīju arī jauno redakciju kopumā.",
        ("hu", "Par programmu"),
        "Pneimatikas un hidraulikas moduļi apvienoti vienā modulī „Fluīdu piedziņas sistēmas”, dublēšanās "
        "novērsta. Pievienots modulis „Industriālo robotu programmēšana un apkope” (80 stundas) ar "
        "atbilstošiem rezultātiem. Pārējās piezīmes ņemtas vērā pilnībā. Līdz ar to programmas saturu tagad "
        "atbalstu un uzskatu, ka to var virzīt saskaņošanai.",
        ("hu", "Par eksāmenu"),
        "Praktiskā uzdevuma variantos joprojām nav norādīts laiks katram uzdevuma posmam, un 3. variantā "
        "kļūdaini minēts programmējamā loģiskā kontrollera modelis, kas skolās netiek izmantots. Eksāmena "
        "saturs pēc būtības ir atbalstāms, tomēr šie divi labojumi jāizdara, pirms eksāmenu nodod "
        "saskaņošanai.",
        ("h", "Secinājumi"),
        ("li", "MIP – atbalstāma un virzāma saskaņošanai;"),
        ("li", "PKE – atbalstāms, virzāms saskaņošanai pēc diviem iepriekš minētajiem precizējumiem."),
        ("blank",),
        ("tight", "Dr.sc.ing. Gatis Bērziņš"),
        ("tight", "Mašīnbūves un metālapstrādes nozares eksperts"),
        ("tight", "Rīgā, 2026. gada 9. martā"),
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported"),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections")],
    expert="Gatis Bērziņš", date="2026-03-09", author="Gatis Bērziņš", created="2026-03-09T11:30:00",
    note="Second-round review with history: January MIP 'netika atbalstīts' is history, not the verdict. "
         "Current: MIP supported (first person 'atbalstu ... var virzīt'), PKE needs_corrections. "
         "Academic title Dr.sc.ing. dropped from expert name.",
)

# ---------------------------------------------------------------- 06 (not a review)
build(
    "r18a06_Sanāksmes protokols 2026-02-12.docx",
    [
        ("title", "LDDK nozaru ekspertu darba sanāksmes"),
        ("title", "PROTOKOLS Nr. 3"),
        "Rīgā, tiešsaistē (MS Teams)                                                   2026. gada 12. februārī",
        ("runs", [("Piedalās: ", "b"),
                  ("B. Rozentāle, Z. Dreimane (LDDK), nozaru eksperti G. Bērziņš, I. Kalniņa, A. Lapsa, "
                   "R. Zariņš, S. Pētersone, O. Bite.", "")]),
        ("runs", [("Sanāksmi vada: ", "b"), ("Baiba Rozentāle", "")]),
        ("h", "Darba kārtība"),
        ("num", "Informācija par projekta 4. posma ekspertīžu gaitu."),
        ("num", "Atzinumu noformēšanas prasības."),
        ("num", "Dažādi."),
        ("h", "1. Informācija par ekspertīžu gaitu"),
        "B. Rozentāle informēja, ka līdz 10. februārim saņemti atzinumi par motorzāģa operatora un "
        "mežsaimniecības tehniķa MIP un PKE saturu; mehatronisko sistēmu tehniķa dokumentiem notiek "
        "atkārtota ekspertīze. Enerģētikas nozares kvalifikāciju (elektromontieris, elektrotehniķis, "
        "ventilācijas un gaisa kondicionēšanas kvalifikācijas) dokumenti ekspertiem tiks nosūtīti līdz "
        "februāra beigām.",
        "G. Bērziņš norādīja, ka mehatronisko sistēmu tehniķa MIP pirmā redakcija netika atbalstīta un "
        "darba grupa pašlaik strādā pie labojumiem; otrā redakcija gaidāma februāra otrajā pusē.",
        ("h", "2. Atzinumu noformēšanas prasības"),
        "Z. Dreimane atgādināja, ka atzinumā par katru dokumentu skaidri jānorāda viens no vērtējumiem: "
        "saturs ir atbalstāms un virzāms saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas "
        "virzāms saskaņošanai; saturs nav atbalstāms. Ja atzinums attiecas tikai uz vienu dokumentu, tas "
        "jānorāda atzinuma sākumā.",
        "I. Kalniņa ierosināja atzinumus iesniegt .docx formātā, nevis kā skenētus PDF, lai koordinatoriem "
        "būtu vieglāk tos apkopot. Eksperti ierosinājumu atbalsta.",
        ("h", "3. Dažādi"),
        "Tika pārrunāts metodiskais atbalsts izglītības iestāžu darba grupām un iespēja rīkot kopīgu "
        "semināru martā.",
        ("h", "NOLĒMA:"),
        ("num", "Ekspertiem atzinumus par enerģētikas nozares kvalifikācijām iesniegt līdz 2026. gada 27. martam."),
        ("num", "Nākamo sanāksmi rīkot 2026. gada 12. martā."),
        ("blank",),
        "Protokolēja: Zane Dreimane",
    ],
    problems=["no_verdict"],
    author="Zane Dreimane", created="2026-02-13T10:05:00",
    note="NOT a review: meeting minutes. Mentions qualifications, MIP/PKE, the list of verdict options, "
         "an earlier 'netika atbalstīta', 'metodiskais atbalsts' and 'eksperti ierosinājumu atbalsta' "
         "(verb with its own subject). No gold rows; one no_verdict row.",
)

# ---------------------------------------------------------------- 07
build(
    "r18a07_Datorizētu kokapstr. iek. operators_PKE_Liepina.docx",
    [
        ("r", "Inese Liepiņa"),
        ("r", "SIA „Kurzemes Koks” ražošanas vadītāja"),
        ("r", "LDDK deleģētā kokrūpniecības nozares eksperte"),
        ("blank",),
        ("h", "Par datorizētu kokapstrādes iekārtu operatora profesionālās kvalifikācijas eksāmena saturu"),
        "Izvērtēšanai saņēmu PKE saturu: teorētiskās daļas specifikāciju, trīs praktisko uzdevumu variantus "
        "un vērtēšanas lapu. Modulāro programmu šai kvalifikācijai vērtē cits eksperts, tāpēc par to "
        "viedokli nesniedzu.",
        "Manas piezīmes:",
        ("num", "Teorētiskās daļas specifikācijā jautājumu sadalījums pa tēmām nav līdzsvarots – CNC "
                "programmēšanai atvēlēti tikai 10 % jautājumu, lai gan tā ir kvalifikācijas pamatā. "
                "Ieteicams vismaz 25 %."),
        ("num", "Praktiskā uzdevuma 1. variantā (paneļa formatēšana un urbšana) nav norādīts materiāls un "
                "sagataves izmēri."),
        ("num", "Praktiskā uzdevuma 3. variants (piecu asu apstrāde) šādā redakcijā nav atbalstāms, jo "
                "piecu asu programmēšana 4. LKI līmeņa operatoram profesijas standartā nav prasīta; to "
                "vajadzētu aizstāt ar trīs asu frēzēšanu ar instrumentu maiņu."),
        ("num", "Vērtēšanas lapā trūkst kritērija par iekārtas sagatavošanu darbam un darba vietas "
                "sakārtošanu pēc darba."),
        ("h", "Secinājumi"),
        "Neskatoties uz minētajām nepilnībām, eksāmena struktūra kopumā ir laba un atbilst kvalifikācijas "
        "prasībām. PKE saturs ir atbalstāms un virzāms saskaņošanai pēc 1.–4. punktā minēto precizējumu "
        "veikšanas.",
        ("blank",),
        "Ventspilī, 2026. gada 2. martā",
        ("r", "Inese Liepiņa"),
    ],
    rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", 4)],
    expert="Inese Liepiņa", date="2026-03-02", author="Inese", created="2026-03-02T17:40:00",
    header=["SIA „Kurzemes Koks” · Rūpnīcas iela 8, Ventspils · info@kurzemeskoks.lv"],
    note="Letterhead (name, role) above the title; company letterhead in page header. PKE only; MIP "
         "'vērtē cits eksperts' -> no MIP row. Body remark 'šādā redakcijā nav atbalstāms' is about one "
         "task variant and is outranked by Secinājumi (needs_corrections). 'Neskatoties' trap. LKI 4 stated "
         "inside a remark only (same as register).",
)

# ---------------------------------------------------------------- 08
build(
    "r18a08_Atzinums_elektrotehnikis_MIP_PKE.docx",
    [
        ("title", "EKSPERTA ATZINUMS"),
        ("c", "Kvalifikācija: Elektrotehniķis, LKI 4. līmenis"),
        ("c", "Dokumenti: modulārā izglītības programma (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs"),
        ("blank",),
        ("h", "1. Vispārīgs vērtējums"),
        "Darba grupa ir paveikusi apjomīgu darbu, un vairāki moduļi (īpaši „Elektriskie mērījumi” un "
        "„Elektroietaišu ekspluatācija”) ir sagatavoti ļoti rūpīgi. Tomēr, salīdzinot programmu ar "
        "2025. gadā pilnveidoto profesionālās kvalifikācijas prasību aprakstu, jāsecina, ka programmā nav "
        "pietiekami atspoguļotas nozarē aktuālās jaunās prasmes – atjaunīgo energoresursu pieslēgšana "
        "sadales tīklam, viedo skaitītāju sistēmas un elektroenerģijas uzkrāšanas iekārtas. Tas ir "
        "būtiski, jo tieši šīs prasmes darba devēji šobrīd min kā visvairāk trūkstošās.",
        "Eksāmena saturs ir sagatavots pēc vienotas struktūras, un tā saikne ar programmas moduļiem ir "
        "skaidri parādīta. Piezīmes par eksāmenu ir lielākoties tehniskas.",
        ("h", "2. Piezīmes par MIP"),
        ("runs", [("2.1. ", "b"),
                  ("Programmā nav neviena moduļa vai moduļa daļas par saules elektrostaciju un "
                   "elektroenerģijas uzkrāšanas sistēmu uzstādīšanu un pieslēgšanu. Ņemot vērā nozares "
                   "attīstību, tas jāiekļauj kā atsevišķs modulis (vismaz 80 stundas) vai kā izvēles modulis.",
                   "")]),
        ("runs", [("2.2. ", "b"),
                  ("Modulī „Elektroapgādes sistēmas” sasniedzamie rezultāti formulēti kā zināšanas "
                   "(„zina”, „izprot”), nevis kā darbības. Ieteicams pārformulēt, lai tos varētu "
                   "novērtēt praktiski.", "")]),
        ("runs", [("2.3. ", "b"),
                  ("Nav ievērota moduļu pēctecība: modulis „Releju aizsardzība un automātika” paredzēts "
                   "pirms moduļa „Elektrisko ķēžu pamati”, kas ir nepieciešams priekšnosacījums. "
                   "Programmas karte jāpārstrādā.", "")]),
        ("runs", [("2.4. ", "b"),
                  ("Darba drošības jautājumi izkaisīti pa visiem moduļiem, bet nekur nav prasīta "
                   "elektrodrošības grupas iegūšanai nepieciešamo zināšanu pārbaude. Vēlams to precizēt.",
                   "")]),
        ("runs", [("2.5. ", "b"),
                  ("Darba vidē balstīto mācību apjoms (20 %) neatbilst darba devēju ieteikumam; "
                   "uzņēmumu pārstāvji darba grupā, cik zināms, ierosināja vismaz trešdaļu. Turklāt nav "
                   "aprakstīts, kā tiek vērtēti uzņēmumā sasniegtie rezultāti.", "")]),
        ("runs", [("2.6. ", "b"),
                  ("Literatūras sarakstā vairāki avoti ir novecojuši (standarti, kas aizstāti pirms "
                   "vairākiem gadiem).", "")]),
        ("h", "3. Piezīmes par PKE"),
        ("runs", [("3.1. ", "b"),
                  ("Teorētiskās daļas jautājumu skaits (60) ir atbilstošs, jautājumi aptver visas "
                   "kompetenču jomas.", "")]),
        ("runs", [("3.2. ", "b"),
                  ("Praktiskās daļas 2. uzdevumā nav norādīts, kāda dokumentācija (principiālā shēma, "
                   "montāžas shēma) tiek izsniegta eksaminējamajam. Jāprecizē.", "")]),
        ("runs", [("3.3. ", "b"),
                  ("Vērtēšanas kritēriji ir skaidri un izmērāmi.", "")]),
        ("runs", [("3.4. ", "b"),
                  ("Nav noteikts, kā rīkoties, ja eksaminējamais pieļauj darba drošības pārkāpumu, kas "
                   "rada tiešus draudus (eksāmena pārtraukšana). Šāds noteikums jāiekļauj.", "")]),
        ("h", "4. Slēdziens"),
        "Programmas (MIP) saturu pašreizējā redakcijā nevaru atbalstīt. Būtiskās nepilnības (2.1., 2.3. un "
        "2.5. punkts) skar programmas struktūru, nevis tikai formulējumus, tāpēc pēc pārstrādes programmai "
        "nepieciešama atkārtota ekspertīze.",
        "PKE saturs ir atbalstāms; saskaņošanai to var virzīt pēc 3.2. un 3.4. punktā norādīto precizējumu "
        "veikšanas. Vēršu uzmanību, ka pēc programmas pārstrādes var būt nepieciešams attiecīgi pielāgot "
        "arī eksāmena saturu.",
        ("blank",),
        ("tight", "Mg.sc.ing. Sandra Pētersone"),
        ("tight", "enerģētikas nozares eksperte"),
        ("tight", "2026. gada 20. martā"),
    ],
    rows=[("elektrotehniķis", "MIP", "not_supported"),
          ("elektrotehniķis", "PKE", "needs_corrections")],
    expert="Sandra Pētersone", date="2026-03-20", author="Baiba Rozentāle", created="2026-03-23T08:55:00",
    note="Long formal review (~1.5 pages) with numbered remarks. Slēdziens: MIP 'nevaru atbalstīt' -> "
         "not_supported; PKE atbalstāms, forward after 3.2/3.4 -> needs_corrections (remark that PKE may "
         "need adapting after MIP rework is advisory). Title Mg.sc.ing. dropped. 'nepieciešams' traps.",
)

# ---------------------------------------------------------------- 09
build(
    "r18a09_meza masinu operators.docx",
    [
        ("h", "Meža mašīnu operators (LKI 3)"),
        "Meža mašīnu operatora MIP un PKE izskatīju. Abi dokumenti ir labi sagatavoti, atbilst profesijas "
        "standartam un nozares vajadzībām. Atbalstu abus, var virzīt saskaņošanai.",
        "J. Eglītis, 14.04.2026",
    ],
    rows=[("meža mašīnu operators", "MIP", "supported"),
          ("meža mašīnu operators", "PKE", "supported")],
    expert="J. Eglītis", date="2026-04-14", author="Jānis", created="2026-04-14T19:12:00",
    note="Very short (three lines). 'Atbalstu abus, var virzīt saskaņošanai' covers both documents "
         "referred to as 'abi dokumenti'. Initial + surname.",
)

# ---------------------------------------------------------------- 10
build(
    "r18a10_Fwd_ atzinums koka izstradajumu razosanas tehnikis.docx",
    [
        "Pārsūtu Kristapa atzinumu par koka izstrādājumu ražošanas tehniķi, lūdzu iekļaut kopsavilkuma "
        "tabulā. Ar darba grupu vēl sazināšos par termiņiem.",
        "B.",
        ("blank",),
        "---------- Forwarded message ---------",
        "From: Kristaps Jurševskis <kristaps.jursevskis@gmail.com>",
        "Date: Mon, Apr 20, 2026 at 9:15 AM",
        "Subject: atzinums - koka izstrādājumu ražošanas tehniķis",
        "To: Baiba Rozentāle <baiba.rozentale@lddk.lv>",
        ("blank",),
        "Sveiki, Baiba!",
        "Sūtu savu vērtējumu par koka izstrādājumu ražošanas tehniķa dokumentiem (LKI 4).",
        ("h", "Programma"),
        "Programma ir strukturēta labi, un beidzot tajā ir normāls ražošanas plānošanas modulis – "
        "iepriekšējās programmās tas bija tikai formāli. Patīk, ka iekļauta arī kokmateriālu kvalitātes "
        "kontrole ar mitruma mērītājiem un vizuālā šķirošana. Programmu atbalstu bez iebildumiem, var "
        "sūtīt saskaņošanai.",
        ("h", "Eksāmens"),
        "Kvalitātes kontroles uzdevumā jāprecizē mērījumu pielaides (tagad ±2 mm visiem izmēriem, bet "
        "savienojumiem tas ir par daudz), un teorijas testā jāizņem jautājums par ISO 9001 sertifikācijas "
        "procedūru, kas nav tehniķa kompetence. Eksāmena saturu atbalstu, ja darba grupa izlabos šīs divas "
        "lietas; pēc tam to var virzīt saskaņošanai, atkārtoti man sūtīt nevajag.",
        "Kristaps",
        ("blank",),
        "--",
        "Kristaps Jurševskis",
        "kokapstrādes inženieris",
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", 4),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", 4)],
    expert="Kristaps Jurševskis", date="2026-04-20", author="Baiba Rozentāle", created="2026-04-21T08:30:00",
    font="Arial", size=10,
    note="Gmail forward with English headers; coordinator's note on top. Review date = date of the "
         "forwarded expert message (20 Apr), not the forward. MIP 'atbalstu bez iebildumiem, var sūtīt "
         "saskaņošanai' -> supported; PKE supported if two fixes are made, then forward -> needs_corrections.",
)

# ---------------------------------------------------------------- 11 (tracked changes)
build(
    "r18a11_Kokapstrādes iekārtu operators — recenzija (labota).docx",
    [
        ("h", "Atzinums par kokapstrādes iekārtu operatora (LKI 3) MIP un PKE saturu"),
        "Eksperts: Edgars Circenis, SIA „Zaļā Skaida” galvenais inženieris",
        "Dokumentus saņēmu 2026. gada 16. februārī. Vērtēju, vai programma un eksāmens atbilst "
        "profesijas standartam un tam, ko kokzāģētavās un mēbeļu ražotnēs dara iekārtu operators.",
        ("h", "Piezīmes"),
        ("num", "Programmā labi aprakstīta iekārtu ikdienas apkope un griezējinstrumentu maiņa."),
        ("num", "Modulī „Kokmateriālu zāģēšana” jāprecizē, ka operators strādā ar lentzāģiem un "
                "daudzripu zāģiem, nevis tikai ar ripzāģi."),
        ("num", "Trūkst rezultāta par ražošanas uzskaites datu ievadi (terminālis, svītrkodi). Jāpapildina."),
        ("num", "Eksāmena praktiskajā uzdevumā iepriekš bija prasīta CNC programmas sastādīšana, kas "
                "3. līmenim nav paredzēta."),
        ("h", "Vērtējums"),
        ("runs", [("MIP: saturs ir atbalstāms", ""),
                  (" un virzāms saskaņošanai", "-"),
                  ("; pēc precizējumu veikšanas virzāms saskaņošanai (skat. 2. un 3. piezīmi)", "+"),
                  (".", "")]),
        ("runs", [("PKE: saturs ", ""),
                  ("nav atbalstāms, jo praktiskais uzdevums neatbilst 3. līmenim", "-"),
                  ("ir atbalstāms un virzāms saskaņošanai – darba grupa 4. martā atsūtīja izlaboto "
                   "praktisko uzdevumu, CNC programmēšana no tā izņemta", "+"),
                  (".", "")]),
        ("blank",),
        ("runs", [("Valmierā, 2026. gada ", ""), ("26. februārī", "-"), ("5. martā", "+")]),
        "E. Circenis",
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "needs_corrections", 3),
          ("kokapstrādes iekārtu operators", "PKE", "supported", 3)],
    expert="Edgars Circenis", date="2026-03-05", author="Edgars Circenis", created="2026-02-26T16:00:00",
    track_author="Edgars Circenis", track_date="2026-03-05T10:20:00Z",
    note="Tracked changes (w:del/w:ins) in the verdict lines and in the date: current text is MIP "
         "'atbalstāms; pēc precizējumu veikšanas virzāms' -> needs_corrections, PKE deleted 'nav "
         "atbalstāms' replaced by 'ir atbalstāms un virzāms' -> supported; date 26.02 deleted, 5 March "
         "inserted. Remark 4 keeps the history of the earlier task. Created date is the first version.",
)

# ---------------------------------------------------------------- 12
build(
    "r18a12_Buvizstradajumu galdnieks - Vitola.docx",
    [
        ("h", "Būvizstrādājumu galdnieks – eksperta viedoklis par MIP un PKE"),
        "Godātie darba grupas kolēģi!",
        "Paldies par iespēju iepazīties ar programmas un eksāmena projektu. Kopumā redzams, ka darba grupā "
        "ir strādājuši cilvēki, kas labi pazīst logu, durvju un kāpņu ražošanu, un tas ir jūtams gan "
        "moduļu saturā, gan praktiskajos uzdevumos.",
        "Par programmu man ir divas būtiskas piezīmes. Pirmkārt, modulī „Logu un durvju montāža” aprakstīta "
        "tikai tradicionālā montāža ar montāžas putām; mūsdienās pasūtītāji arvien biežāk prasa tā saukto "
        "silto (trīs slāņu) montāžu ar tvaika izolācijas un difūzijas lentām, tāpēc tā jāiekļauj "
        "sasniedzamajos rezultātos. Otrkārt, 2. pielikumā moduļu stundu kopsumma (1 520) nesakrīt ar "
        "programmas kopējo apjomu (1 480). Sīkākas redakcionālas piezīmes esmu atzīmējusi pašā dokumentā.",
        "Eksāmena saturs ir pārdomāts: praktiskais uzdevums (loga rāmja izgatavošana pēc rasējuma) ir "
        "reālistisks un izpildāms atvēlētajā laikā, vērtēšanas kritēriji ir skaidri.",
        ("h", "Rezumējot"),
        "Programmas saturu atbalstu. Tomēr, pirms to nodot saskaņošanai, jāprecizē logu un durvju montāžas "
        "moduļa rezultāti un jāizlabo stundu kopsummas neatbilstība 2. pielikumā.",
        "Eksāmena saturs kopumā ir atbalstāms un virzāms saskaņošanai, labojumi tajā nav nepieciešami.",
        ("blank",),
        ("tight", "Ar labākajiem vēlējumiem"),
        ("tight", "Dace Vītola"),
        ("tight", "kokrūpniecības nozares eksperte"),
        ("tight", "Cēsīs, 2026. g. 27. februārī"),
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections"),
          ("būvizstrādājumu galdnieks", "PKE", "supported")],
    expert="Dace Vītola", date="2026-02-27", author="Dace", created="2026-02-27T12:00:00",
    note="Letter addressed to the working group, remarks in running prose, 'Rezumējot'. MIP: 'atbalstu. "
         "Tomēr, pirms to nodot saskaņošanai, jāprecizē' -> condition in the next sentence -> "
         "needs_corrections. PKE supported ('labojumi nav nepieciešami'). Documents called 'programma' "
         "and 'eksāmens'.",
)

# ---------------------------------------------------------------- 13 (unknown qualification)
build(
    "r18a13_Metinatajs_MIP_PKE_atzinums.docx",
    [
        ("title", "ATZINUMS", 13),
        ("c", "par profesionālās kvalifikācijas „Metinātājs” (3. LKI līmenis) modulārās izglītības "
              "programmu un profesionālās kvalifikācijas eksāmena saturu"),
        ("blank",),
        "Esmu iepazinies ar darba grupas sagatavoto programmu un eksāmena saturu. Vērtējumā izmantoju "
        "profesijas standartu, LVS EN ISO 9606-1 prasības metinātāju kvalifikācijas pārbaudei un savu "
        "pieredzi metināšanas darbu vadīšanā kuģu remonta uzņēmumā.",
        ("hu", "Programma"),
        "Programmā iekļauti visi nepieciešamie metināšanas procesi – rokas lokmetināšana ar pārklātiem "
        "elektrodiem (111), MAG metināšana (135) un TIG metināšana (141) –, un praktisko mācību apjoms ir "
        "pietiekams. Pozitīvi vērtēju, ka modulī „Metināto savienojumu kvalitātes kontrole” iekļauta "
        "vizuālā kontrole un šuvju defektu atpazīšana. Būtisku iebildumu nav. Programma atbalstāma un "
        "virzāma saskaņošanai.",
        ("hu", "Eksāmens"),
        "Praktiskajā daļā paredzēts metināt tikai apakšējā pozīcijā (PA). Lai eksāmens atbilstu "
        "kvalifikācijai, vismaz vienam paraugam jābūt vertikālā pozīcijā (PF). Tāpat jānorāda, kā tiek "
        "novērtēti paraugi – tikai vizuāli vai arī ar lieces testu. Eksāmena saturs atbalstāms ar "
        "precizējumiem; pēc šo precizējumu veikšanas virzāms saskaņošanai.",
        ("blank",),
        ("tight", "Andris Krūmiņš"),
        ("tight", "metināšanas inženieris (IWE)"),
        ("tight", "Liepājā, 11.05.2026."),
    ],
    rows=[("metinātājs", "MIP", "supported", 3),
          ("metinātājs", "PKE", "needs_corrections", 3)],
    problems=["unknown_qualification"],
    expert="Andris Krūmiņš", date="2026-05-11", author="Andris Krūmiņš", created="2026-05-11T14:25:00",
    note="Qualification 'metinātājs' is not in the register -> unknown_qualification; LKI 3 taken from "
         "the review. MIP supported, PKE 'atbalstāms ar precizējumiem; pēc ... virzāms' -> "
         "needs_corrections. Professional credential IWE not part of the name.",
)

# ---------------------------------------------------------------- 14 (three qualifications, caps headings)
build(
    "r18a14_Ekspertize_kokrupnieciba_3 kvalifikacijas.docx",
    [
        ("title", "Kokrūpniecības nozares eksperta atzinums", 13),
        "Šajā dokumentā apkopoju savu vērtējumu par trim kvalifikācijām, kuru dokumentus saņēmu 2026. gada "
        "janvārī. Katrai kvalifikācijai norādu vērtējumu atsevišķi.",
        ("h", "MEŽSAIMNIECĪBAS TEHNIĶIS"),
        "Programma aptver meža inventarizāciju, mežkopību, meža aizsardzību un mežizstrādes plānošanu. "
        "Trūkst darba ar ģeogrāfiskās informācijas sistēmām (meža valsts reģistra dati, kartes mobilajās "
        "ierīcēs) – tas noteikti jāpapildina, jo bez tā tehniķis mūsdienās nevar strādāt. Tāpat jāprecizē "
        "moduļa „Meža atjaunošana” rezultāti attiecībā uz meža reproduktīvo materiālu. Programma ir "
        "atbalstāma, bet virzīt saskaņošanai to var tikai pēc šo precizējumu veikšanas.",
        "Eksāmena saturs ir labs, praktiskais uzdevums (cirsmas novērtēšana dabā) ir tieši tas, ko "
        "tehniķis dara ikdienā. Eksāmenu atbalstu un iesaku virzīt saskaņošanai.",
        ("h", "MEŽA MAŠĪNU OPERATORS"),
        "Programmā ir viss nepieciešamais, simulatoru izmantošana ir aprakstīta labi. Programmu atbalstu, "
        "tā ir virzāma saskaņošanai.",
        "Eksāmenā (praktiskā daļa simulatorā) jānosaka minimālais sortimentu iznākums, jo pašlaik "
        "vērtēšanas kritērijos nav nekā par koksnes izmantošanas efektivitāti. Eksāmena saturs atbalstāms; "
        "pēc precizējumu veikšanas virzāms saskaņošanai.",
        ("h", "KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Iesniegta tikai programma, eksāmena saturs vēl nav izstrādāts.",
        "Programmā sajaukti divu dažādu līmeņu rezultāti – daļa formulēta kā tehniķim (ražošanas plānošana, "
        "darbinieku vadīšana), daļa kā palīgstrādniekam. Nav skaidrs, kāda ir kvalifikācijas robeža. Ar "
        "atsevišķiem labojumiem te nepietiks – programmas saturs šajā redakcijā nav atbalstāms, tā "
        "jāpārstrādā un jāiesniedz atkārtoti.",
        ("blank",),
        ("tight", "Mg.silv. Ojārs Bite"),
        ("tight", "Jelgavā, 2026. gada 30. janvārī"),
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections"),
          ("mežsaimniecības tehniķis", "PKE", "supported"),
          ("meža mašīnu operators", "MIP", "supported"),
          ("meža mašīnu operators", "PKE", "needs_corrections"),
          ("kokapstrādes iekārtu operators", "MIP", "not_supported")],
    expert="Ojārs Bite", date="2026-01-30", author="Zane Dreimane", created="2026-02-02T09:00:00",
    note="Three qualifications under ALL-CAPS headings, no LKI stated (levels from register). "
         "Kokapstrādes iekārtu operators: PKE not yet written -> no PKE row; MIP 'šajā redakcijā nav "
         "atbalstāms' -> not_supported. Verdicts phrased differently in each section. Academic title "
         "Mg.silv. dropped.",
)


# ---------------------------------------------------------------- 15 (two qualifications in running text)
build(
    "r18a15_Kronbergs_elektro MIP 2 programmas.docx",
    [
        "Labdien!",
        "Pēc Jūsu lūguma izskatīju divus enerģētikas nozares programmu projektus – elektromontiera "
        "(LKI 3) un elektrotehniķa (LKI 4) modulārās izglītības programmas. Eksāmenu saturu šajā reizē "
        "neskatīju, jo, kā paskaidroja darba grupa, tie vēl nav pabeigti.",
        "Par elektromontiera programmu man būtisku iebildumu nav. Moduļi „Elektroinstalācijas ierīkošana "
        "ēkās” un „Kabeļu līniju montāža” ir aprakstīti detalizēti un atbilst tam, ko mēs uzņēmumā sagaidām "
        "no jauna montiera. Ieteiktu vienīgi modulī par gaisvadu līnijām vairāk uzsvērt darbu augstumā un "
        "pacēlāju izmantošanu, taču tas ir ieteikums, nevis prasība. Programma ir atbalstāma un virzāma "
        "saskaņošanai.",
        "Savukārt elektrotehniķa programmā nav līdz galam izstrādāts modulis „Elektroietaišu projektēšanas "
        "pamati” – sasniedzamie rezultāti ir, bet nav aprakstīts, kā tie tiks vērtēti, un nav norādīta "
        "izmantojamā programmatūra. Nav ievērota arī prasība par elektrodrošības instruktāžu pirms "
        "praktiskajām mācībām uzņēmumā. Elektrotehniķa programmu var atbalstīt, taču ne pašreizējā veidā: "
        "vispirms jāpapildina minētais modulis un jāiekļauj instruktāžas prasība. Kad tas būs izdarīts, "
        "programmu var virzīt saskaņošanai bez atkārtotas ekspertīzes.",
        "Ja rodas jautājumi, labprāt pārrunāšu tos ar darba grupu klātienē.",
        ("blank",),
        ("tight", "Valdis Kronbergs"),
        ("tight", "Jūrmalā, 16.03.2026"),
    ],
    rows=[("elektromontieris", "MIP", "supported", 3),
          ("elektrotehniķis", "MIP", "needs_corrections", 4)],
    expert="Valdis Kronbergs", date="2026-03-16", author="Valdis", created="2026-03-16T20:05:00",
    note="Two qualifications inside running text, no headings; genitive forms (elektromontiera, "
         "elektrotehniķa). MIP only ('eksāmenu saturu neskatīju, nav pabeigti' -> no PKE rows). "
         "Elektromontieris supported (optional suggestion does not count); elektrotehniķis 'var atbalstīt, "
         "taču ne pašreizējā veidā: vispirms jāpapildina ... tad var virzīt bez atkārtotas ekspertīzes' "
         "-> needs_corrections (not a rejection: no new review required).",
)

# ---------------------------------------------------------------- 16 (e-mail thread, history)
build(
    "r18a16_RE RE PKE mehatronika.docx",
    [
        ("kv", "No: ", "Līga Strautiņa <liga.strautina@precizs.lv>"),
        ("kv", "Nosūtīts: ", "ceturtdiena, 2026. gada 23. aprīlis 16:47"),
        ("kv", "Kam: ", "Baiba Rozentāle <baiba.rozentale@lddk.lv>"),
        ("kv", "Tēma: ", "RE: RE: Mehatronisko sistēmu tehniķis - PKE precizētā versija"),
        ("blank",),
        "Labdien, Baiba!",
        "Precizēto PKE versiju izskatīju. Visas manas iepriekšējās piezīmes ir ņemtas vērā: praktiskajā "
        "daļā tagad ir kļūmes meklēšanas uzdevums ar sensoru, vērtēšanas kritērijos atdalīta darba drošība, "
        "un testā izlaboti abi kļūdainie jautājumi par pneimatiskajiem vārstiem. Tagad eksāmena saturu "
        "atbalstu un iesaku to virzīt saskaņošanai.",
        "Paldies darba grupai par operatīvo darbu!",
        ("tight", "Līga Strautiņa"),
        ("tight", "SIA „Precīzs” apmācību vadītāja"),
        ("blank",),
        ("kv", "No: ", "Baiba Rozentāle <baiba.rozentale@lddk.lv>"),
        ("kv", "Nosūtīts: ", "otrdiena, 2026. gada 21. aprīlis 10:12"),
        ("kv", "Kam: ", "Līga Strautiņa <liga.strautina@precizs.lv>"),
        ("kv", "Tēma: ", "RE: Mehatronisko sistēmu tehniķis - PKE precizētā versija"),
        ("blank",),
        "Līga, pielikumā darba grupas precizētā versija. Lūgums apskatīt, vai var virzīt tālāk.",
        "Baiba",
        ("blank",),
        ("kv", "No: ", "Līga Strautiņa <liga.strautina@precizs.lv>"),
        ("kv", "Nosūtīts: ", "piektdiena, 2026. gada 27. marts 11:30"),
        ("kv", "Kam: ", "Baiba Rozentāle <baiba.rozentale@lddk.lv>"),
        ("kv", "Tēma: ", "Mehatronisko sistēmu tehniķis - PKE"),
        ("blank",),
        ("ind", "Labdien! Izskatīju mehatronisko sistēmu tehniķa PKE saturu. Šobrīd tas nav atbalstāms: "
                "praktiskajā daļā nav neviena kļūmes meklēšanas uzdevuma, darba drošība nav izdalīta kā "
                "atsevišķs kritērijs, un testā divi jautājumi ir ar kļūdainām atbildēm (Nr. 8 un Nr. 22). "
                "Lūdzu nodot darba grupai."),
        ("ind", "Līga"),
    ],
    rows=[("mehatronisko sistēmu tehniķis", "PKE", "supported")],
    expert="Līga Strautiņa", date="2026-04-23", author="Baiba Rozentāle", created="2026-04-24T09:15:00",
    font="Calibri", size=11,
    note="Outlook thread, newest on top. The quoted first message (27 March) rejects the PKE; the newest "
         "message (23 April) supports it -> supported, date of the newest review. PKE only; MIP never "
         "mentioned -> no MIP row.",
)

# ---------------------------------------------------------------- 17 (Word comment)
build(
    "r18a17_elektromontieris_MIP_Orlova.docx",
    [
        ("h", "Elektromontiera kvalifikācijas (3. LKI) modulārās izglītības programma – ekspertes vērtējums"),
        "Vērtējumā skatīju programmas atbilstību profesijas standartam, moduļu savstarpējo saistību un "
        "darba vidē balstīto mācību organizāciju. Eksāmena saturs man vērtēšanai netika nodots.",
        ("h", "Piezīmes"),
        ("comment",
         "1. Modulis „Elektrisko mašīnu pieslēgšana” pašreizējā veidā nav īstenojams, jo tam nav paredzēts "
         "neviens praktisko mācību uzdevums – visi rezultāti sasniedzami tikai teorētiski.",
         "Vai tas nozīmē, ka programma nav atbalstāma? Lūdzu precizēt slēdzienā.",
         "Zane Dreimane", "ZD"),
        "2. Moduļu aprakstos vienādi termini lietoti dažādi („sadalne”, „sadales skapis”, „sadalnis”). "
        "Ieteicams vienādot.",
        "3. Labi, ka iekļauts modulis par zibensaizsardzības sistēmām.",
        "4. Nav norādīts, kuri moduļi apgūstami darba vidē, lai gan programma paredzēta arī darba vidē "
        "balstītām mācībām.",
        ("h", "Noslēgumā"),
        "Programmas saturs atbalstāms ar nosacījumu, ka tiek novērstas 1. un 4. piezīmē minētās "
        "nepilnības; pēc tam programmu var virzīt saskaņošanai. 2. piezīme – pēc darba grupas ieskatiem.",
        ("blank",),
        ("tight", "Valentīna Orlova"),
        ("tight", "elektroietaišu ekspluatācijas inženiere"),
        ("tight", "2026. gada 8. aprīlī"),
    ],
    rows=[("elektromontieris", "MIP", "needs_corrections")],
    expert="Valentīna Orlova", date="2026-04-08", author="Zane Dreimane", created="2026-04-08T13:40:00",
    note="MIP only (PKE 'netika nodots' -> no row). Coordinator's Word comment asks 'Vai tas nozīmē, ka "
         "programma nav atbalstāma?' - a comment, not a verdict. Remark 1 'nav īstenojams' is outranked by "
         "'Noslēgumā': 'atbalstāms ar nosacījumu ... pēc tam virzīt' -> needs_corrections.",
)

# ---------------------------------------------------------------- 18 (strike-through options)
build(
    "r18a18_Atzinums par VGK sistemu tehnika PKE.docx",
    [
        ("title", "Atzinums par eksāmena saturu", 13),
        ("c", "Kvalifikācija: VGK sistēmu tehniķis (ventilācijas un gaisa kondicionēšanas sistēmu tehniķis), LKI 4"),
        ("blank",),
        "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmena saturu. Šīs kvalifikācijas "
        "programmas ekspertīzi veic cits nozares eksperts.",
        "Eksāmena teorētiskā daļa sastāv no 50 testa jautājumiem un viena situācijas uzdevuma. Jautājumi "
        "aptver ventilācijas sistēmu uzbūvi, aerodinamikas pamatus, aukstuma tehniku, automātiku un darba "
        "drošību. Situācijas uzdevums (sistēmas pārbūves plānošana biroja ēkā) ir labs, jo prasa kombinēt "
        "zināšanas no vairākām jomām.",
        "Praktiskajā daļā eksaminējamajam jāveic ventilācijas iekārtas ieregulēšana un gaisa plūsmas "
        "mērījumi. Piezīmes:",
        ("li", "jānorāda mērinstrumentu saraksts un to precizitātes prasības;"),
        ("li", "jāpievieno protokola veidlapa, kurā eksaminējamais ieraksta mērījumu rezultātus;"),
        ("li", "uzdevuma izpildes laiks (2 h) ir par īsu, ja iekārta jāsagatavo no nulles – ieteiktu 3 h."),
        "Šīs piezīmes nav sarežģīti ņemt vērā, un eksāmena pamatstruktūra ir laba.",
        ("h", "Slēdziens (nevajadzīgo svītrot):"),
        ("runs", [("saturs ir atbalstāms un virzāms saskaņošanai", "s")]),
        ("runs", [("saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "")]),
        ("runs", [("saturs nav atbalstāms", "s")]),
        ("blank",),
        ("tight", "Olga Kuzņecova"),
        ("tight", "SIA „Vents Pro” servisa inženiere"),
        ("tight", "Daugavpilī, 2026. gada 14. maijā"),
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", 4)],
    expert="Olga Kuzņecova", date="2026-05-14", author="Olga Kuzņecova", created="2026-05-14T10:10:00",
    note="Prose memo ending in a 'nevajadzīgo svītrot' conclusion: first and third options carry "
         "strikethrough, the second remains -> needs_corrections. Alias 'VGK sistēmu tehniķis' with the "
         "full name in brackets. PKE only; MIP reviewed by someone else -> no MIP row.",
)

# ---------------------------------------------------------------- 19
build(
    "r18a19_Kalnina_mebelu galdnieks_PKE_2026-04.docx",
    [
        ("title", "Ekspertes atzinums par profesionālās kvalifikācijas eksāmena saturu", 13),
        ("c", "„Mēbeļu galdnieks”, LKI 4"),
        ("blank",),
        "Atzinumu par šīs kvalifikācijas modulāro programmu sniedzu jau 2026. gada 17. februārī; šoreiz "
        "vērtēju darba grupas 8. aprīlī iesniegto eksāmena saturu.",
        "Teorētiskās daļas jautājumi kopumā ir atbalstāmi – tie aptver materiālzinību, konstrukcijas un "
        "tehnoloģiskos procesus, un to formulējumi ir skaidri.",
        "Praktiskā daļa gan rada nopietnas bažas. Eksaminējamajam 6 stundās jāizgatavo kumode ar diviem "
        "atvilktņiem no masīvkoka, ieskaitot virsmu apdari. Mūsu ražotnē pieredzējis galdnieks šādu darbu "
        "ar lakas žūšanu veiktu ne ātrāk kā divās dienās, tātad uzdevums nav izpildāms. Turklāt vērtēšanas "
        "kritēriji ir tikai „izpildīts/neizpildīts”, bez kvalitātes rādītājiem, un nav paredzēta darba "
        "drošības novērtēšana. Uzdevums jāveido no jauna, piemēram, kā viena mēbeles mezgla izgatavošana "
        "un montāža.",
        ("h", "Kopvērtējums"),
        "Eksāmena saturu šajā redakcijā neatbalstu. Praktiskā daļa jāpārstrādā, un pēc tam eksāmena saturs "
        "jāiesniedz atkārtotai ekspertīzei.",
        ("blank",),
        ("tight", "Ilze Kalniņa"),
        ("tight", "2026. gada 22. aprīlī"),
    ],
    rows=[("mēbeļu galdnieks", "PKE", "not_supported", 4)],
    expert="Ilze Kalniņa", date="2026-04-22", author="Ilze Kalniņa", created="2026-04-22T18:30:00",
    note="PKE only; MIP opinion given earlier (17 Feb, another file) -> no MIP row. Body sentence "
         "'Teorētiskās daļas jautājumi kopumā ir atbalstāmi' concerns one part and is outranked by the "
         "Kopvērtējums 'neatbalstu ... atkārtotai ekspertīzei' -> not_supported. Three dates in text; the "
         "signature date counts.",
)

# ---------------------------------------------------------------- 20 (not a review: instructions)
build(
    "r18a20_Norādījumi ekspertiem_atzinuma sagatavošanai.docx",
    [
        ("title", "Metodiskie norādījumi nozaru ekspertiem"),
        ("c", "MIP un PKE satura ekspertīzes atzinuma sagatavošanai (projekta 4. un 5. posms)"),
        ("blank",),
        ("h", "1. Vispārīgi"),
        "Nozaru eksperti, kurus projektā deleģējusi LDDK, vērtē profesionālās izglītības iestāžu darba "
        "grupu izstrādāto kompetencēs balstīto modulāro izglītības programmu (MIP) saturu un profesionālās "
        "kvalifikācijas eksāmena (PKE) saturu. Ekspertīzes mērķis ir izvērtēt, vai saturs atbilst "
        "profesionālās kvalifikācijas prasībām un nozares vajadzībām un vai tas ir atbalstāms.",
        ("h", "2. Atzinuma saturs"),
        "Atzinumā norāda kvalifikācijas nosaukumu un LKI līmeni, eksperta vārdu, uzvārdu un datumu. Par "
        "katru vērtēto dokumentu atsevišķi norāda vienu no šiem slēdzieniem:",
        ("li", "saturs ir atbalstāms un virzāms saskaņošanai;"),
        ("li", "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;"),
        ("li", "saturs nav atbalstāms."),
        "Ja izvēlēts otrais vai trešais slēdziens, atzinumā konkrēti uzskaita nepieciešamos precizējumus "
        "vai iemeslus, kāpēc saturs nav atbalstāms. Ja eksperts vērtē tikai vienu dokumentu, to norāda "
        "atzinuma sākumā.",
        ("h", "3. Piemēri"),
        ("i", "Piemērs: „Profesionālās kvalifikācijas „Elektromontieris” MIP saturs ir atbalstāms; pēc "
              "precizējumu veikšanas virzāms saskaņošanai. Precizējumi: …”"),
        ("i", "Piemērs: „PKE saturs nav atbalstāms, jo praktiskie uzdevumi neatbilst LKI 3. līmenim.”"),
        ("h", "4. Iesniegšana"),
        "Atzinumu iesniedz .docx formātā projekta koordinatoram ne vēlāk kā 10 darba dienu laikā pēc "
        "dokumentu saņemšanas. Atkārtotas ekspertīzes gadījumā atzinumā norāda, kuras iepriekšējās "
        "piezīmes ņemtas vērā. Koordinators nodrošina ekspertiem metodisko atbalstu.",
        ("blank",),
        ("tight", "Sagatavoja: B. Rozentāle, LDDK projekta koordinatore"),
        ("tight", "2026. gada 12. janvārī"),
    ],
    problems=["no_verdict"],
    author="Baiba Rozentāle", created="2026-01-12T11:00:00",
    note="NOT a review: instructions to experts. Lists all three verdict options and two example "
         "verdict sentences naming a real qualification (elektromontieris); purpose statement 'vai tas ir "
         "atbalstāms'; 'metodisko atbalstu' as a noun. No gold rows; one no_verdict row.",
)

# ---------------------------------------------------------------- 21 (unknown qual + no verdict for PKE)
build(
    "r18a21_CNC_atzinums_Smirnovs.docx",
    [
        ("h", "Eksperta piezīmes: CNC metālapstrādes iekārtu operators (4. LKI līmenis)"),
        "Izskatīju darba grupas sagatavoto modulāro programmu un kvalifikācijas eksāmena saturu.",
        ("hu", "MIP"),
        "Programma ir sabalansēta: pietiekami daudz laika atvēlēts rasējumu lasīšanai, G-koda "
        "programmēšanai un mērīšanai ar mikrometriem un koordinātu mērmašīnu. Pozitīvi, ka ir iekļauta "
        "CAM programmatūras izmantošana. Mazas neprecizitātes moduļu nosaukumos (virpošana / virpošanas "
        "darbi) nav būtiskas. Programmu atbalstu, tā var tikt virzīta saskaņošanai.",
        ("hu", "PKE"),
        "Piezīmes par eksāmenu:",
        ("li", "praktiskā uzdevuma rasējumā nav norādītas virsmas raupjuma prasības;"),
        ("li", "uzdevuma izpildes laikā nav iekļauts laiks iekārtas iestatīšanai un instrumentu "
               "nulles punktu noteikšanai;"),
        ("li", "teorijas testā vairāki jautājumi attiecas uz manuālajām iekārtām, nevis CNC;"),
        ("li", "nav skaidrs, vai eksaminējamais drīkst izmantot savu mērinstrumentu komplektu."),
        "Lūdzu nodot šīs piezīmes darba grupai.",
        ("blank",),
        ("tight", "Ar cieņu,"),
        ("tight", "Aleksejs Smirnovs"),
        ("tight", "2026. gada 7. maijā"),
    ],
    rows=[("CNC metālapstrādes iekārtu operators", "MIP", "supported", 4),
          ("CNC metālapstrādes iekārtu operators", "PKE", "unknown", 4)],
    problems=["unknown_qualification", "no_verdict"],
    expert="Aleksejs Smirnovs", date="2026-05-07", author="Aleksejs", created="2026-05-07T15:50:00",
    note="Qualification not in the register (CNC metal-working operator) -> unknown_qualification, LKI 4 "
         "from the review. MIP supported. PKE is reviewed (list of remarks) but no verdict is given -> "
         "unknown + no_verdict.",
)

# ---------------------------------------------------------------- 22 (conflict)
build(
    "r18a22_atzinums_elektrotehnikis_Zvirbule.docx",
    [
        ("title", "Atzinums", 13),
        ("c", "par profesionālās kvalifikācijas „Elektrotehniķis” MIP un PKE saturu"),
        ("blank",),
        "Izvērtēšanai saņemtas programmas un eksāmena satura otrās redakcijas, kurās darba grupa ņēmusi "
        "vērā martā izteiktās ekspertu piezīmes.",
        ("h", "Programma"),
        "Programma ir papildināta ar moduli „Atjaunīgo energoresursu iekārtu pieslēgšana”, izlabota moduļu "
        "secība, darba vidē balstīto mācību apjoms palielināts līdz 35 %. Manā vērtējumā iebildumu pret "
        "programmu vairs nav.",
        ("h", "Eksāmens"),
        "Eksāmena praktiskajā daļā ir divi uzdevumi: sadales skapja montāža pēc shēmas un kļūmes meklēšana "
        "motora vadības ķēdē. Vērtēšanas kritēriji ir pārstrādāti. Kļūmes meklēšanas uzdevumam "
        "norādītas tikai divas iespējamās kļūmes, un eksaminējamie tās var viegli iemācīties no galvas; "
        "ieteicams sagatavot vairāk variantu.",
        ("h", "Slēdziens"),
        "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
        "PKE saturs ir atbalstāms un virzāms saskaņošanai.",
        "PKE saturs nav atbalstāms, kamēr kļūmes meklēšanas uzdevums netiks pārstrādāts; pēc pārstrādes "
        "nepieciešama atkārtota ekspertīze.",
        ("blank",),
        ("tight", "Ērika Zvirbule"),
        ("tight", "enerģētikas nozares eksperte"),
        ("tight", "27.05.2026."),
    ],
    rows=[("elektrotehniķis", "MIP", "supported"),
          ("elektrotehniķis", "PKE", "unknown")],
    problems=["conflict"],
    expert="Ērika Zvirbule", date="2026-05-27", author="Ērika Zvirbule", created="2026-05-27T11:45:00",
    note="Second-round review. MIP clearly supported. The Slēdziens contains two contradictory PKE "
         "sentences one after the other (supported / not supported until rework) with equal weight - "
         "probably an edit left half done -> PKE unknown + conflict. The body only 'recommends' more "
         "variants, so it does not settle which sentence is current.",
)


# ---------------------------------------------------------------- 23 (letterhead, nominal phrases)
build(
    "r18a23_Ziemele_elektromontieris_elektrotehnikis.docx",
    [
        ("tight", "Ieva Ziemele"),
        ("tight", "Elektroenerģētikas inženiere, SIA „Elektro Rīga”"),
        ("tight", "Enerģētikas nozares eksperte (LDDK deleģējums)"),
        ("tight", "26.03.2026."),
        ("blank",),
        ("title", "Atzinums par elektromontiera un elektrotehniķa kvalifikāciju dokumentiem", 13),
        ("blank",),
        "Saņēmu elektromontiera programmu un eksāmena saturu, kā arī elektrotehniķa eksāmena saturu. "
        "Elektrotehniķa programmu vērtē kolēģe S. Pētersone, tāpēc par to neizsakos.",
        ("h", "I. Elektromontieris (3. LKI)"),
        "Programma ir pilnīga un mūsdienīga, moduļi saistīti ar reāliem darba procesiem. Piezīmju nav.",
        "Eksāmena saturā:",
        ("num", "jāprecizē, vai praktiskajā uzdevumā eksaminējamais pats izvēlas kabeļa šķērsgriezumu vai "
                "tas ir dots;"),
        ("num", "jānorāda pieļaujamais izolācijas pretestības minimums mērījumu uzdevumā;"),
        ("num", "vērtēšanas lapā jāparedz punkti par darba vietas sakopšanu;"),
        ("num", "teorijas testā jāaizstāj divi jautājumi par jau atceltiem noteikumiem."),
        ("h", "II. Elektrotehniķis (4. LKI)"),
        "Eksāmena praktiskais uzdevums pēc satura ir elektromontiera līmenī – vienkāršas apgaismojuma ķēdes "
        "montāža. Tehniķim jāpārbauda projektēšanas, mērījumu analīzes un darba organizēšanas prasmes, "
        "kuru šeit nav vispār. Teorijas tests ir labs.",
        ("h", "Vērtējums"),
        ("table", [
            ["Kvalifikācija / dokuments", "Vērtējums"],
            ["Elektromontieris – programma", "pozitīvs, bez iebildumiem; iesaku virzīt saskaņošanai"],
            ["Elektromontieris – eksāmens", "atbalsts ar precizējumiem (1.–4. punkts), pēc to ieviešanas – "
                                           "virzīšana saskaņošanai"],
            ["Elektrotehniķis – eksāmens", "neatbalstu; praktiskā daļa jāizstrādā no jauna"],
        ]),
        ("blank",),
        "I. Ziemele",
    ],
    rows=[("elektromontieris", "MIP", "supported", 3),
          ("elektromontieris", "PKE", "needs_corrections", 3),
          ("elektrotehniķis", "PKE", "not_supported", 4)],
    expert="Ieva Ziemele", date="2026-03-26", author="Ieva Ziemele", created="2026-03-26T16:20:00",
    note="Letterhead with name, role and date above the title; Roman-numbered sections; conclusion in a "
         "small two-column table with nominal phrases ('pozitīvs, bez iebildumiem', 'atbalsts ar "
         "precizējumiem', 'neatbalstu'). Elektrotehniķis MIP is reviewed by a colleague -> no row.",
)

# ---------------------------------------------------------------- 24 (history + deferred PKE verdict)
build(
    "r18a24_Mezsaimniecibas tehnikis_atkartota ekspertize.docx",
    [
        ("h", "Mežsaimniecības tehniķis (LKI 4) – atkārtota ekspertīze"),
        "2026. gada martā sniedzu atzinumu, ka MIP saturs ir atbalstāms, bet virzāms saskaņošanai tikai "
        "pēc precizējumu veikšanas (ĢIS moduļa papildināšana, meža atjaunošanas rezultāti). Darba grupa "
        "maija beigās iesniedza precizēto redakciju.",
        "Programma: pārbaudīju, vai precizējumi veikti. ĢIS izmantošana tagad ir iekļauta modulī „Meža "
        "inventarizācija” ar konkrētiem rezultātiem, meža atjaunošanas modulī precizētas prasības "
        "reproduktīvajam materiālam. Citu iebildumu nav. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
        "Eksāmens: izskatīju arī precizēto eksāmena saturu. Cirsmas novērtēšanas uzdevums ir saglabāts, "
        "taču darba grupa pievienojusi otru uzdevumu – meža ugunsdrošības plāna sagatavošanu –, par kura "
        "apjomu un vērtēšanu man ir šaubas. Nav skaidrs, vai abi uzdevumi izpildāmi vienā dienā, un "
        "vērtēšanas kritēriji otrajam uzdevumam ir ļoti vispārīgi. Par eksāmena satura gala vērtējumu "
        "vienosimies pēc tikšanās ar darba grupu 10. jūnijā, tad sniegšu papildu atzinumu.",
        ("blank",),
        ("tight", "Kristīne Sproģe"),
        ("tight", "AS „Meža Ritms” mežsaimniecības speciāliste"),
        ("tight", "2026. gada 4. jūnijā"),
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "supported", 4),
          ("mežsaimniecības tehniķis", "PKE", "unknown", 4)],
    problems=["no_verdict"],
    expert="Kristīne Sproģe", date="2026-06-04", author="Baiba Rozentāle", created="2026-06-05T10:00:00",
    note="Repeat review. First paragraph restates the March verdict (history, needs_corrections) - not "
         "current. Current MIP: supported. PKE is reviewed (doubts described) but the verdict is "
         "explicitly postponed to after a meeting -> PKE unknown + no_verdict.",
)

# ---------------------------------------------------------------- 25 (negation with words between, traps)
build(
    "r18a25_Ekspertu atzinums - Dzenis - mehatronika MIP.docx",
    [
        ("title", "Atzinums par mehatronisko sistēmu tehniķa MIP", 13),
        "Atzinums attiecas uz modulārās izglītības programmas pirmo redakciju. Eksāmena saturu vērtē "
        "cits eksperts.",
        "Programmā nepieciešami būtiski papildinājumi. Neskatoties uz to, ka moduļu skaits ir liels, tajos "
        "praktiski nav industriālās automatizācijas: nav programmējamo loģisko kontrolleru programmēšanas, "
        "nav industriālo tīklu (Profinet, Modbus), nav robotu. Pneimatikas un hidraulikas moduļi dublē "
        "viens otru gandrīz par 60 %. Nozares uzņēmumi, ar kuriem runāju, atbalsta programmas ideju, bet "
        "uzsver, ka šāds saturs neatbilst tam, ko dara mehatronikas tehniķis ražotnē.",
        "Tāpēc MIP saturs šajā redakcijā diemžēl vēl nav atbalstāms. Lūdzu darba grupu pārstrādāt "
        "programmu un iesniegt to atkārtotai ekspertīzei; esmu gatavs konsultēt.",
        ("blank",),
        ("tight", "Rolands Dzenis, SIA „Baltic Automation” automatizācijas inženieris"),
        ("tight", "2026-01-28"),
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "not_supported")],
    expert="Rolands Dzenis", date="2026-01-28", author="Rolands Dzenis", created="2026-01-28T17:05:00",
    note="MIP only (PKE 'vērtē cits eksperts'). Negation with words between ('šajā redakcijā diemžēl vēl "
         "nav atbalstāms') -> not_supported. Traps: 'nepieciešami', 'Neskatoties', 'uzņēmumi ... atbalsta "
         "programmas ideju' (third person with its own subject). Name and role on one line.",
)

# ---------------------------------------------------------------- 26 (alias, PKL, Wingdings marks)
build(
    "r18a26_atzinums_VGK remontatslēdznieks (2).docx",
    [
        ("h", "VGK iekārtu remontatslēdznieka kvalifikācija – MIP un PKE"),
        "Kvalifikācijas līmenis: vecajā klasifikācijā 2. PKL, tagad LKI 3.",
        "Sveicināti! Nosūtu savu vērtējumu. Programmu izlasīju divas reizes – iebildumu nav, apjoms "
        "atbilstošs, aukstumaģentu apiešanās prasības iekļautas pareizi, arī F-gāzu sertifikācijas "
        "prasības minētas. Programmu var virzīt saskaņošanai.",
        "Eksāmenā jāsalabo divas lietas: testa 12. jautājumā pareizā atbilde atzīmēta nepareizi, un "
        "praktiskajā uzdevumā nav norādīts, kurš nodrošina aukstumaģentu un instrumentus. Citādi eksāmens ir "
        "labs, un pēc šo labojumu veikšanas to var virzīt saskaņošanai.",
        ("h", "Vērtējums MIP"),
        ("sym", [("sym", "F0FE"), " atbalstāms un virzāms saskaņošanai   ",
                 ("sym", "F0A8"), " atbalstāms, virzāms pēc precizējumiem   ",
                 ("sym", "F0A8"), " nav atbalstāms"]),
        ("h", "Vērtējums PKE"),
        ("sym", [("sym", "F0A8"), " atbalstāms un virzāms saskaņošanai   ",
                 ("sym", "F0FE"), " atbalstāms, virzāms pēc precizējumiem   ",
                 ("sym", "F0A8"), " nav atbalstāms"]),
        ("blank",),
        "Normunds Vanags, 19.05.2026",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", 3),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", 3)],
    expert="Normunds Vanags", date="2026-05-19", author="", created="2026-05-19T08:45:00",
    note="Alias 'VGK iekārtu remontatslēdznieka' (genitive). Old level '2. PKL' and 'LKI 3' both stated "
         "(3 agrees). Prose ('iebildumu nav', 'var virzīt') agrees with Wingdings w:sym marks (F0FE checked, "
         "F0A8 empty): MIP supported, PKE needs_corrections. Name and date on one line. Empty author.",
)

# ---------------------------------------------------------------- 27 (not a review: news / call)
build(
    "r18a27_Aicinajums_nozares_ekspertiem_jaunums.docx",
    [
        ("title", "LDDK aicina nozaru profesionāļus iesaistīties profesionālās izglītības satura ekspertīzē"),
        ("i", "Ziņa LDDK mājaslapai un sociālajiem tīkliem, publicēšanai 2026. gada 20. aprīlī"),
        "Latvijas Darba devēju konfederācija (LDDK) turpina dalību Eiropas Savienības Kohēzijas politikas "
        "programmas 4.2.2. specifiskā atbalsta mērķa 4.2.2.9. pasākuma īstenošanā un aicina enerģētikas, "
        "kokrūpniecības, mašīnbūves un metālapstrādes nozaru profesionāļus pieteikties nozaru ekspertu "
        "darbam projekta 5. posmā (2026. gada aprīlis – jūlijs).",
        "Eksperti vērtē profesionālās izglītības iestāžu darba grupu izstrādātās modulārās izglītības "
        "programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu un sniedz atzinumu, vai tas "
        "ir atbalstāms un virzāms saskaņošanai. Šobrīd īpaši nepieciešami eksperti tādās kvalifikācijās kā "
        "elektrotehniķis, mēbeļu galdnieks un ventilācijas un gaisa kondicionēšanas sistēmu tehniķis.",
        "„Darba devēju balss izglītības saturā ir būtiska – tikai tā varam panākt, ka skolu absolventi ir "
        "gatavi darbam uzņēmumā jau no pirmās dienas,” uzsver LDDK projekta koordinatore Baiba Rozentāle. "
        "„Esam pateicīgi katram ekspertam, kas atbalsta šo darbu ar savu laiku un pieredzi.”",
        "Ekspertiem tiek nodrošināts metodiskais atbalsts un atlīdzība atbilstoši projekta nosacījumiem. "
        "Pieteikumus (CV un motivācijas vēstuli) lūdzam sūtīt līdz 2026. gada 5. maijam uz e-pastu "
        "projekti@lddk.lv.",
    ],
    problems=["no_verdict"],
    author="Zane Dreimane", created="2026-04-17T14:00:00",
    note="NOT a review: news item / call for experts. Contains 'specifiskā atbalsta mērķa', 'vai tas ir "
         "atbalstāms un virzāms saskaņošanai' (purpose), 'ekspertam, kas atbalsta šo darbu', 'metodiskais "
         "atbalsts' and qualification names. No gold rows; one no_verdict row.",
)

# ---------------------------------------------------------------- 28 (two quals, optional suggestions)
build(
    "r18a28_Koka izstradajumu razosanas tehn + datorizeto_MIP_PKE_Circenis.docx",
    [
        ("h", "Ekspertīzes atzinums (5. posms)"),
        "Eksperts: Edgars Circenis",
        "Datums: 2026. gada 12. maijā",
        "Šoreiz vērtēju divu kokrūpniecības kvalifikāciju programmas un eksāmenus. Dažviet pievienoju "
        "arī ieteikumus; ja nav rakstīts „jāprecizē”, tie nav obligāti.",
        ("runs", [("Pirmā kvalifikācija: ", "b"), ("koka izstrādājumu ražošanas tehniķis", "b")]),
        "Programma: moduļi sakārtoti loģiski, ražošanas plānošana un kvalitātes vadība aprakstītas labi. "
        "Ieteikums – modulī „Ražošanas procesu digitalizācija” varētu minēt ražošanas vadības sistēmas "
        "(ERP/MES) konkrētus piemērus. Programmas saturs ir atbalstāms un virzāms saskaņošanai; ieteikumu "
        "darba grupa var ņemt vērā pēc saviem ieskatiem.",
        "Eksāmens: tehniķa līmenim atbilstošs, ar reālistisku ražošanas plānošanas uzdevumu. Ieteikums – "
        "pievienot vienu jautājumu par koksnes atlikumu izmantošanu. Eksāmena saturu atbalstu bez "
        "precizējumiem, var virzīt saskaņošanai.",
        ("runs", [("Otrā kvalifikācija: ", "b"), ("datorizētu kokapstrādes iekārtu operators", "b")]),
        "Programma: modulī „CNC iekārtu programmēšana” jāprecizē, kuras vadības sistēmas tiek apgūtas, un "
        "jāpapildina darba drošības rezultāti, strādājot ar automātiskajām padevēm. Ar šiem precizējumiem "
        "programma ir atbalstāma; pēc to veikšanas virzāma saskaņošanai.",
        "Eksāmens: pēc darba grupas 4. maija labojumiem (skat. I. Liepiņas martā sniegto atzinumu) visas "
        "piezīmes ir ņemtas vērā. Eksāmena saturs atbalstāms un virzāms saskaņošanai.",
        ("blank",),
        "E. Circenis",
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported"),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported"),
          ("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections"),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported")],
    expert="Edgars Circenis", date="2026-05-12", author="Edgars", created="2026-05-12T09:30:00",
    note="Two qualifications under bold run-in labels 'Pirmā/Otrā kvalifikācija:'. Name and date in "
         "label lines at the top. Optional 'Ieteikums' explicitly non-binding -> supported; 'bez "
         "precizējumiem' -> supported; datorizētu MIP 'ar šiem precizējumiem atbalstāma; pēc to veikšanas "
         "virzāma' -> needs_corrections. Reference to another expert's March review is history.",
)

# ---------------------------------------------------------------- 29 (numbered, 3 quals incl. unknown)
build(
    "r18a29_Atzinums_energetika_kopa_Klavins.docx",
    [
        ("title", "Enerģētikas nozares eksperta atzinums", 13),
        ("c", "par MIP un PKE saturu (projekta 5. posms)"),
        ("blank",),
        "Šajā atzinumā apkopots mans vērtējums par trim kvalifikācijām. Visas piezīmes darba grupām "
        "nosūtītas arī atsevišķi.",
        ("h", "1. Elektromontieris"),
        "Programmas un eksāmena galīgās redakcijas atbilst profesijas standartam; iepriekšējo kārtu "
        "piezīmes ir ņemtas vērā. Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.",
        ("h", "2. Elektrotehniķis"),
        "Vērtēju tikai programmu – eksāmena saturs man šoreiz netika iesniegts. Programmā jāprecizē "
        "moduļa „Elektroenerģijas uzkrāšanas sistēmas” sasniedzamie rezultāti (tagad tie formulēti "
        "pārāk vispārīgi) un jāsaskaņo stundu skaits ar programmas karti. MIP saturs atbalstāms, pēc "
        "precizējumu veikšanas – virzāms saskaņošanai.",
        ("h", "3. Atjaunīgās enerģijas sistēmu tehniķis (LKI 4)"),
        "Šī ir jauna kvalifikācija, un abi dokumenti vēl ir neizstrādāti: programmā nav siltumsūkņu un "
        "vēja enerģētikas, eksāmena praktiskais uzdevums attiecas tikai uz saules paneļu montāžu, "
        "vērtēšanas kritēriju nav. Ne programmu, ne eksāmenu šādā veidā neatbalstu; tie jāpārstrādā un "
        "jāiesniedz atkārtotai ekspertīzei.",
        ("h", "Noslēgumā"),
        "Paldies darba grupām par sadarbību. Esmu gatavs piedalīties atkārtotā ekspertīzē.",
        ("blank",),
        ("tight", "Ivars Kļaviņš"),
        ("tight", "SIA „Energo Projekts” valdes loceklis"),
        ("tight", "Ogrē, 2026. gada 2. jūlijā"),
    ],
    rows=[("elektromontieris", "MIP", "supported"),
          ("elektromontieris", "PKE", "supported"),
          ("elektrotehniķis", "MIP", "needs_corrections"),
          ("atjaunīgās enerģijas sistēmu tehniķis", "MIP", "not_supported", 4),
          ("atjaunīgās enerģijas sistēmu tehniķis", "PKE", "not_supported", 4)],
    problems=["unknown_qualification"],
    expert="Ivars Kļaviņš", date="2026-07-02", author="Baiba Rozentāle", created="2026-07-03T08:20:00",
    note="Three numbered sections. Elektromontieris: 'Abus dokumentus atbalstu ... virzīt' -> both "
         "supported. Elektrotehniķis: PKE not submitted -> no row; MIP needs_corrections. Third "
         "qualification not in register -> unknown_qualification, LKI 4 from text; 'Ne programmu, ne "
         "eksāmenu ... neatbalstu' -> both not_supported. 'Noslēgumā' heading carries no verdict.",
)

# ---------------------------------------------------------------- 30 (not a review: assignment table)
build(
    "r18a30_Ekspertu sadalijums_5.posms.docx",
    [
        ("title", "Ekspertu sadalījums MIP un PKE satura ekspertīzei projekta 5. posmā"),
        "Sagatavots 2026. gada 3. aprīlī. Tabulā norādīts, kurš eksperts vērtē katru dokumentu, un "
        "ekspertīzes statuss 4. posma beigās. Lūdzam ekspertus pārbaudīt termiņus un ziņot par "
        "neatbilstībām.",
        ("table", [
            ["Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Statuss / termiņš"],
            ["Mēbeļu galdnieks", "4", "I. Kalniņa", "I. Kalniņa", "MIP vērtēts; PKE līdz 24.04."],
            ["Elektromontieris", "3", "V. Orlova", "M. Ozoliņš", "PKE vērtēts; MIP līdz 10.04."],
            ["Elektrotehniķis", "4", "S. Pētersone", "Ē. Zvirbule", "atkārtota ekspertīze, līdz 29.05."],
            ["Mehatronisko sistēmu tehniķis", "4", "G. Bērziņš", "L. Strautiņa", "PKE precizētā versija gaidāma"],
            ["VGK sistēmu tehniķis", "4", "R. Zariņš", "O. Kuzņecova", "līdz 15.05."],
            ["Metinātājs", "3", "A. Krūmiņš", "A. Krūmiņš", "jauna kvalifikācija, līdz 15.05."],
        ]),
        "Piezīme: ja eksperts uzskata, ka dokumenta saturs nav atbalstāms, atzinumā jānorāda, kas "
        "jāpārstrādā, lai darba grupa varētu sagatavot jaunu redakciju.",
        ("blank",),
        "Zane Dreimane, LDDK",
    ],
    problems=["no_verdict"],
    author="Zane Dreimane", created="2026-04-03T12:00:00",
    note="NOT a review: assignment table of experts per qualification and document with status column "
         "('vērtēts', 'atkārtota ekspertīze'), and an instruction sentence with 'nav atbalstāms'. No gold "
         "rows; one no_verdict row.",
)


# ---------------------------------------------------------------- 31 (Gmail, Latvian interface, mixed diacritics)
build(
    "r18a31_galdnieki - atzinums (Mednis).docx",
    [
        ("tight", "Gmail\tZane Dreimane <zane.dreimane@lddk.lv>"),
        ("blank",),
        ("h", "galdnieki - atzinums"),
        ("tight", "Uldis Mednis <uldis.mednis@inbox.lv>\t2026. gada 15. jūnijs 21:40"),
        ("tight", "Kam: Zane Dreimane <zane.dreimane@lddk.lv>"),
        ("blank",),
        "Labvakar, Zane,",
        "sorry ka velu, bija komandejums. Zemak mans vertejums par abiem galdniekiem.",
        ("h", "MEBELU GALDNIEKS (4. LKI)"),
        "Skatiju precizeto MIP (pec I. Kalninas februara piezimem) un parstradato PKE. Programma ir "
        "daudz labaka nekā pirmā versija, mīksto mēbeļu modulis salabots. Bet virsmu apdares modulī joprojām "
        "nav nekā par ūdens bāzes lakām un UV žāvēšanu – tas jāieliek. MIP atbalstu, bet saskaņošanai var "
        "sūtīt tikai pēc šī papildinājuma.",
        "PKE praktiskais uzdevums tagad ir reāls (atvilktnes mezgla izgatavošana un montāža), ļoti labi. "
        "Vērtēšanas lapā gan punktu summa nesakrīt (98 nevis 100) un trūkst kritērija par savienojumu "
        "precizitāti. PKE saturs atbalstams, pec sīkajiem labojumiem var virzit saskanosanai.",
        ("h", "BUVIZSTRADAJUMU GALDNIEKS"),
        "Programmai iebildumu nav, silta montaza ieklauta, stundas sakrit. Atbalstu un var virzit "
        "saskanosanai kaa ir.",
        "Buvizstradajumu galdnieka PKE vērtē Vītolas kundze, tapec to neskatiju.",
        "Uldis",
        ("blank",),
        ("tight", "--"),
        ("tight", "Uldis Mednis"),
        ("tight", "galdniecības darbnīcas „Ozolkalns” vadītājs"),
    ],
    rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", 4),
          ("mēbeļu galdnieks", "PKE", "needs_corrections", 4),
          ("būvizstrādājumu galdnieks", "MIP", "supported")],
    expert="Uldis Mednis", date="2026-06-15", author="Zane Dreimane", created="2026-06-16T08:05:00",
    font="Arial", size=10,
    note="Gmail print pasted into Word (Latvian date format), text partly without diacritics, ALL-CAPS "
         "unaccented section titles. Mēbeļu galdnieks: both documents supported but forward only after "
         "fixes -> needs_corrections twice. Būvizstrādājumu galdnieks MIP 'Atbalstu un var virzit "
         "saskanosanai kaa ir' -> supported; PKE reviewed by someone else -> no row. History of an earlier "
         "expert's remarks mentioned.",
)

# ---------------------------------------------------------------- 32 (follow-up, header/footer)
build(
    "r18a32_Sproge_mezsaimniecibas tehnikis_PKE_papildu atzinums.docx",
    [
        ("title", "Papildu atzinums", 13),
        ("c", "Mežsaimniecības tehniķis – profesionālās kvalifikācijas eksāmena saturs"),
        ("blank",),
        "Šis papildu atzinums attiecas tikai uz PKE; programmas vērtējums sniegts 2026. gada 4. jūnija "
        "atzinumā un netiek mainīts.",
        "2026. gada 10. jūnijā tikāmies ar darba grupu un pārrunājām eksāmena otro uzdevumu (meža "
        "ugunsdrošības plāna sagatavošana). Darba grupa apstiprināja, ka abi uzdevumi paredzēti vienā "
        "dienā, kopā 7 stundās, un otrā uzdevuma vērtēšanas kritērijus pārstrādāt neplāno.",
        "Uzskatu, ka šādā veidā eksāmens nav izpildāms un objektīvi novērtējams. Cirsmas novērtēšana dabā "
        "vien prasa vismaz 4–5 stundas, un ugunsdrošības plāns bez konkrētiem kritērijiem tiks vērtēts "
        "subjektīvi. Tāpēc eksāmena saturs netiek atbalstīts. Iesaku otro uzdevumu izņemt vai pārveidot "
        "par teorētiskās daļas situācijas uzdevumu un iesniegt PKE atkārtotai ekspertīzei.",
        ("blank",),
        ("tight", "Kristīne Sproģe"),
    ],
    rows=[("mežsaimniecības tehniķis", "PKE", "not_supported")],
    expert="Kristīne Sproģe", date="2026-06-12", author="Kristīne Sproģe", created="2026-06-12T14:10:00",
    header=["Papildu atzinums pie 04.06.2026. atzinuma · LDDK / projekts 4.2.2.9."],
    footer=["K. Sproģe · 2026-06-12 · 1. lpp."],
    note="Follow-up to r18a24 (which deferred the PKE verdict). Covers only PKE; MIP verdict 'sniegts 4. "
         "jūnija atzinumā un netiek mainīts' -> no MIP row. Date only in the footer (and the header refers "
         "to the earlier review's date 04.06 - not this review). 'netiek atbalstīts' -> not_supported.",
)

# ---------------------------------------------------------------- 33 (no name, no date)
build(
    "r18a33_Atzinums kokapstrades iek operators PKE.docx",
    [
        ("h", "Atzinums par kokapstrādes iekārtu operatora PKE"),
        "Eksāmena saturs atbilst profesijas standartam un 3. LKI līmenim. Teorētiskās daļas tests ir "
        "saprotams, praktiskais uzdevums (detaļu sagatavošana uz formātzāģa un četrpusējās ēvelmašīnas) "
        "atbilst tam, ko operators dara ražotnē. Vērtēšanas kritēriji ir skaidri, darba drošība iekļauta "
        "kā atsevišķs kritērijs.",
        "Uzskatu, ka eksāmena saturu var atbalstīt un virzīt saskaņošanai.",
    ],
    rows=[("kokapstrādes iekārtu operators", "PKE", "supported", 3)],
    expert="", date="", author="", created="2026-03-18T10:00:00",
    note="Anonymous short review: no name, no date anywhere, empty author. PKE only. 'var atbalstīt un "
         "virzīt saskaņošanai' -> supported. LKI 3 stated (same as register).",
)

# ---------------------------------------------------------------- 34 (purpose trap, bez/ar precizējumiem)
build(
    "r18a34_Atzinums_mehatronika_talakizglitiba_galīgais_v3.docx",
    [
        ("tight", "Aleksandrs Petrovs"),
        ("tight", "Mg.sc.ing., SIA „Robo Tehnika” inženieris–konsultants"),
        ("blank",),
        ("title", "Atzinums par profesionālās tālākizglītības programmas un kvalifikācijas eksāmena saturu", 13),
        ("c", "Mehatronisko sistēmu tehniķis, LKI 4"),
        ("blank",),
        "Ekspertīzes mērķis bija izvērtēt, vai profesionālās tālākizglītības programmas (MIP versija "
        "pieaugušajiem, 960 stundas) un eksāmena saturs ir atbalstāms un virzāms saskaņošanai, ņemot "
        "vērā, ka izglītojamie jau strādā nozarē un daļu rezultātu apliecina ar iepriekšējo pieredzi.",
        ("h", "Vērtējums par programmu"),
        "Programma ir veiksmīgi saīsināta, nezaudējot būtiskos rezultātus: saglabāti PLC programmēšanas, "
        "sensoru un izpildmehānismu, robotu apkopes moduļi. Iepriekšējās pieredzes atzīšanas kārtība "
        "aprakstīta skaidri. Piezīmju, kas prasītu labojumus, nav.",
        ("h", "Vērtējums par eksāmenu"),
        "Eksāmens ir kopīgs ar profesionālās vidējās izglītības programmu, kas ir pareizi. Tomēr praktiskā "
        "uzdevuma aprakstā jānorāda, ka pieaugušajiem izglītojamajiem drīkst izmantot ražotāja "
        "dokumentāciju elektroniskā formā, un jāizlabo vērtēšanas lapas 4. kritērija punktu skaits.",
        ("h", "Secinājumi"),
        ("split", "MIP – atbalstāma bez precizējumiem un virzāma saskaņošanai."),
        ("split", "PKE – atbalstāms ar precizējumiem, kas minēti iepriekš; pēc to veikšanas virzāms "
                  "saskaņošanai."),
        ("blank",),
        "Rīgā, 18.06.2026.",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "needs_corrections", 4)],
    expert="Aleksandrs Petrovs", date="2026-06-18", author="Baiba Rozentāle", created="2026-06-19T09:40:00",
    note="Letterhead (name, academic title, role) above the title; continuing-education version of the "
         "programme. Purpose sentence 'vai ... ir atbalstāms un virzāms saskaņošanai' is not a verdict. "
         "Secinājumi: MIP 'bez precizējumiem' -> supported; PKE 'ar precizējumiem ... pēc to veikšanas "
         "virzāms' -> needs_corrections (split runs). Title Mg.sc.ing. on its own line.",
)

# ---------------------------------------------------------------- 35 (Gmail English headers, self-correction)
build(
    "r18a35_Re_ atzinumi - kokapstrade un motorzagis.docx",
    [
        "From: Jānis Eglītis <janis.eglitis@mezi.lv>",
        "Date: Fri, Jul 10, 2026 at 7:52 AM",
        "Subject: Re: atzinumi - kokapstrāde un motorzāģis",
        "To: Zane Dreimane <zane.dreimane@lddk.lv>",
        ("blank",),
        "Zane, sveika!",
        "Ātri par abiem:",
        "Kokapstrādes iekārtu operators (3. līm.) – programmu atbalstu, var virzīt saskaņošanai. Eksāmenu "
        "arī atbalstu, bet vērtēšanas lapa jāizlabo (punktu summa 95, nevis 100), tad var virzīt.",
        "Motorzāģa operators – PKE 3. redakcija: atbalstu, virziet saskaņošanai.",
        "P.S. Kamēr rakstīju, vēlreiz pārskatīju motorzāģa PKE pielikumu un redzu, ka drošības uzdevumā "
        "(koka gāšana ar ķīli slīpumā) joprojām nav paredzēta bīstamās zonas norobežošana. Tāpēc atsaucu "
        "iepriekš rakstīto – šajā redakcijā PKE vēl nav atbalstāms, drošības uzdevums jāpārstrādā un "
        "jāatsūta man vēlreiz.",
        "Jānis",
        ("blank",),
        "On Wed, Jul 8, 2026 at 3:10 PM Zane Dreimane <zane.dreimane@lddk.lv> wrote:",
        ("ind", "> Labdien, Jāni! Pielikumā kokapstrādes iekārtu operatora MIP un PKE un motorzāģa "
                "operatora PKE 3. redakcija."),
        ("ind", "> Lūdzu īsu atzinumu: atbalstāms un virzāms / atbalstāms pēc precizējumiem / nav "
                "atbalstāms."),
        ("ind", "> Paldies, Zane"),
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported", 3),
          ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", 3),
          ("motorzāģa operators", "PKE", "not_supported")],
    expert="Jānis Eglītis", date="2026-07-10", author="Zane Dreimane", created="2026-07-10T09:00:00",
    font="Arial", size=10,
    note="Gmail reply with English headers and '>'-quoted request listing all options. Short verdicts per "
         "qualification in one message. Motorzāģa PKE: first 'atbalstu, virziet', then a P.S. explicitly "
         "withdraws it ('atsaucu iepriekš rakstīto – ... nav atbalstāms') -> the later self-correction "
         "counts: not_supported (not a conflict). Kokapstrādes PKE 'atbalstu, bet ... jāizlabo, tad var "
         "virzīt' -> needs_corrections.",
)

# ---------------------------------------------------------------- 36 (remarks only, no verdict)
build(
    "r18a36_piezimes motorzaga operators MIP_Lapsa.docx",
    [
        ("h", "Piezīmes par motorzāģa operatora MIP (3. redakcija)"),
        "Agris Lapsa, 22.06.2026.",
        ("num", "Praktisko mācību stundu skaits mežā palielināts līdz 160 – labi."),
        ("num", "Ķēdes asināšana ar elektrisko asinātāju iekļauta, bet nav rezultāta par ķēdes stāvokļa "
                "novērtēšanu pirms darba."),
        ("num", "Modulī „Koku ciršana sarežģītos apstākļos” nav minēta vējgāžu izstrāde, kas pēc pēdējo "
                "gadu vētrām ir ļoti aktuāla."),
        ("num", "Kokaugu atpazīšanas modulis joprojām par plašu – sugu saraksts jāsaīsina."),
        ("num", "Darba drošības modulī jāpapildina pirmās palīdzības sniegšana mežā (asins apturēšana, "
                "izsaukšana, koordinātu noteikšana)."),
    ],
    rows=[("motorzāģa operators", "MIP", "unknown")],
    problems=["no_verdict"],
    expert="Agris Lapsa", date="2026-06-22", author="Agris", created="2026-06-22T22:10:00",
    note="Remarks only: the expert lists five remarks on the MIP and gives no verdict (some remarks say "
         "'labi', others 'jāpapildina') -> MIP unknown + no_verdict. Name and date on one line under the "
         "title. PKE not mentioned -> no row.",
)


finish()
