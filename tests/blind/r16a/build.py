# -*- coding: utf-8 -*-
"""Build the r16a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Run: /work/hvenv/bin/python build.py
Each build(...) call holds the file's content and its gold rows / problems next to each other.
Inline markup inside paragraph strings:
  {b}..{/b} bold, {i}..{/i} italic, {s}..{/s} strike-through, {u}..{/u} underline,
  {ins}..{/ins} tracked insertion, {del}..{/del} tracked deletion, {|} run break (splits a word/phrase into runs).
"""
import csv
import datetime
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r16a"

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

ROWS = []       # (file, qualification, document, verdict, expert, date, lki)
PROBLEMS = []   # (file, code)
NOTES = []      # (file, note)
FILES = []

NB = "\u00a0"   # non-breaking space

TOKEN = re.compile(r"\{(/?)(b|i|s|u|ins|del|\|)\}")
_rev = [1000]


def _rpr(state, size=None, color=None):
    rPr = OxmlElement("w:rPr")
    if state.get("b"):
        rPr.append(OxmlElement("w:b"))
    if state.get("i"):
        rPr.append(OxmlElement("w:i"))
    if state.get("s"):
        rPr.append(OxmlElement("w:strike"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rPr.append(c)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rPr.append(sz)
    if state.get("u"):
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rPr.append(u)
    return rPr


def _raw_run(text, state, deleted=False):
    r = OxmlElement("w:r")
    rPr = _rpr(state)
    if len(rPr):
        r.append(rPr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _track(par, text, state, ctx, kind):
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), ctx.get("track_author", "Autors"))
    el.set(qn("w:date"), ctx.get("track_date", "2026-01-01T10:00:00Z"))
    el.append(_raw_run(text, state, deleted=(kind == "del")))
    par._p.append(el)


def rich(par, text, ctx, base=None):
    state = dict(b=False, i=False, s=False, u=False, ins=False, dl=False)
    if base:
        state.update(base)
    pos = 0

    def emit(seg):
        if not seg:
            return
        if state["ins"]:
            _track(par, seg, state, ctx, "ins")
        elif state["dl"]:
            _track(par, seg, state, ctx, "del")
        else:
            run = par.add_run(seg)
            run.bold = state["b"] or None
            run.italic = state["i"] or None
            if state["s"]:
                run.font.strike = True
            if state["u"]:
                run.underline = True
            if ctx.get("color"):
                run.font.color.rgb = ctx["color"]

    for m in TOKEN.finditer(text):
        emit(text[pos:m.start()])
        close, tag = m.group(1), m.group(2)
        if tag != "|":
            key = "dl" if tag == "del" else tag
            state[key] = not close
        pos = m.end()
    emit(text[pos:])
    return par


def add_block(doc, item, ctx):
    if callable(item):
        item(doc, ctx)
        return
    if isinstance(item, str):
        rich(doc.add_paragraph(), item, ctx)
        return
    kind, text = item[0], (item[1] if len(item) > 1 else "")
    if kind == "sp":
        doc.add_paragraph()
    elif kind == "H1":
        doc.add_heading(text, level=1)
    elif kind == "H2":
        doc.add_heading(text, level=2)
    elif kind == "title":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rich(p, text, ctx, base={"b": True})
        for r in p.runs:
            r.font.size = Pt(14)
    elif kind == "c":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rich(p, text, ctx)
    elif kind == "r":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rich(p, text, ctx)
    elif kind == "h":
        rich(doc.add_paragraph(), text, ctx, base={"b": True})
    elif kind == "li":
        rich(doc.add_paragraph(style="List Bullet"), text, ctx)
    elif kind == "ln":
        rich(doc.add_paragraph(style="List Number"), text, ctx)
    elif kind == "ind":
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(24)
        rich(p, text, ctx)
    elif kind == "q":  # quoted e-mail text: indented, grey
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(18)
        c2 = dict(ctx)
        c2["color"] = RGBColor(0x55, 0x55, 0x55)
        rich(p, text, c2)
    elif kind == "small":
        p = doc.add_paragraph()
        rich(p, text, ctx)
        for r in p.runs:
            r.font.size = Pt(9)
    elif kind == "hr":
        p = doc.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bot = OxmlElement("w:bottom")
        for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "auto")):
            bot.set(qn("w:" + k), v)
        bdr.append(bot)
        pPr.append(bdr)
    else:
        raise ValueError(kind)


def build(name, body, rows=(), problems=(), note="", author="", created="2026-03-01T09:00",
          expert="", date="", header=None, footer=None, track=None, comments=(), font="Calibri",
          size=11):
    assert name.startswith(PREFIX), name
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(k), font)
    ctx = {}
    if track:
        ctx["track_author"], ctx["track_date"] = track
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header):
            p = hp if i == 0 else sec.header.add_paragraph()
            rich(p, line, ctx)
    if footer:
        fp = sec.footer.paragraphs[0]
        for i, line in enumerate(footer):
            p = fp if i == 0 else sec.footer.add_paragraph()
            rich(p, line, ctx)
            for r in p.runs:
                r.font.size = Pt(8)
    for item in body:
        add_block(doc, item, ctx)
    for snippet, ctext, cauthor, cinit in comments:
        for p in doc.paragraphs:
            if snippet in p.text and p.runs:
                doc.add_comment(p.runs, text=ctext, author=cauthor, initials=cinit)
                break
        else:
            raise ValueError("comment anchor not found: " + snippet)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime.fromisoformat(created)
    cp.modified = datetime.datetime.fromisoformat(created) + datetime.timedelta(hours=2)
    cp.title = ""
    doc.save(os.path.join(OUT, name))
    FILES.append(name)
    for r in rows:
        qual, docu, verdict = r[0], r[1], r[2]
        assert docu in ("MIP", "PKE") and verdict in ("supported", "needs_corrections", "not_supported", "unknown")
        lki = r[3] if len(r) > 3 else REGISTER.get(qual, "")
        ROWS.append((name, qual, docu, verdict, expert, date, lki))
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict")
        PROBLEMS.append((name, code))
    NOTES.append((name, note))


# =====================================================================================
# 01 formal letter, MIP only, conclusion under "Slēdziens", condition in the next sentence
# =====================================================================================
build(
    "r16a01_Atzinums_motorzaga_operators_MIP_Kalnina.docx",
    [
        ("title", "Atzinums par profesionālās kvalifikācijas „Motorzāģa operators” modulārās izglītības programmas saturu"),
        ("r", "Rīgā, 2026." + NB + "gada 17." + NB + "februārī"),
        "Esmu iepazinusies ar profesionālās izglītības iestādes darba grupas sagatavoto modulārās izglītības programmas "
        "projektu kvalifikācijai „Motorzāģa operators” (LKI 3." + NB + "līmenis), kas man tika nosūtīts 2026." + NB + "gada 6." + NB + "februārī. "
        "Vērtējot programmu, balstījos uz profesijas standartu, kvalifikācijas prasībām un savu vairāk nekā piecpadsmit gadu "
        "pieredzi mežizstrādē. Profesionālās kvalifikācijas eksāmena saturu šajā kārtā nevērtēju — tas man netika nosūtīts.",
        "Par atsevišķiem moduļiem man ir šādas piezīmes.",
        "Modulis „Motorzāģa tehniskā apkope”. Saturs kopumā labs un praktisks, tomēr pietrūkst ķēdes asināšanas ar dažādiem "
        "ķēžu tipiem; ieteiktu šim tematam paredzēt vismaz 8 stundas praktisko mācību. Tas ir ieteikums, ne prasība.",
        "Modulis „Koku gāšana un atzarošana”. Vērtēšanas kritērijos nav minēta bīstamās zonas noteikšana un darbs ar gāšanas "
        "ķīļiem un sviru. Bez tā programma neatbilst kvalifikācijas prasībām, tāpēc šis papildinājums ir obligāts.",
        "Modulis „Darba aizsardzība un pirmā palīdzība”. Iebildumu nav; labi, ka iekļauta rīcība, ja cietušais atrodas grūti "
        "pieejamā vietā mežā.",
        "Moduļu apjoms kopā sakrīt ar programmas kopējo apjomu, taču B daļas moduļu sasaiste ar praksi uzņēmumā aprakstīta "
        "ļoti vispārīgi — nav skaidrs, kuras prasmes izglītojamais apgūst darba vidē un kuras skolā.",
        ("h", "Slēdziens"),
        "MIP saturs kopumā ir atbalstāms. Saskaņošanai to ieteicams virzīt pēc tam, kad darba grupa būs papildinājusi moduli "
        "„Koku gāšana un atzarošana” ar iepriekš minētajiem vērtēšanas kritērijiem un precizējusi prakses aprakstu B daļā.",
        ("sp",),
        "Ar cieņu,",
        "Ilze Kalniņa",
        "LDDK deleģētā kokrūpniecības nozares eksperte",
    ],
    rows=[("motorzāģa operators", "MIP", "needs_corrections")],
    expert="Ilze Kalniņa", date="2026-02-17",
    author="Laura Bērziņa", created="2026-02-18T08:41",
    note="Formal letter, MIP only (PKE explicitly not sent -> no row). 'Slēdziens': 'atbalstāms' + next sentence "
         "'virzīt pēc tam, kad … papildinājusi' = needs_corrections. Optional suggestion in body flagged 'ne prasība'. "
         "Author = coordinator.",
)

# =====================================================================================
# 02 Outlook reply pasted into Word (Latvian headers), quoted coordinator request lists all options
# =====================================================================================
build(
    "r16a02_RE_ Elektrotehniķis – PKE satura ekspertīze.docx",
    [
        ("h", "No: Andris Ozols <andris.ozols@elektrika-serviss.lv>"),
        "Nosūtīts: pirmdiena, 2026. gada 9. marts 14:32",
        "Kam: Laura Bērziņa <laura.berzina@lddk.lv>",
        "Tēma: RE: Elektrotehniķis – PKE satura ekspertīze",
        ("sp",),
        "Labdien, Laura!",
        "Paldies par atsūtītajiem materiāliem. Izskatīju elektrotehniķa PKE saturu — gan teorētisko daļu, gan abus praktiskos "
        "uzdevumus.",
        "Teorētiskās daļas jautājumi aptver visas kvalifikācijas prasībās minētās zināšanas, arī jaunās prasības par "
        "atjaunīgās enerģijas pieslēgumiem. Praktiskie uzdevumi (sadales skapja montāža un releju aizsardzības pārbaude) ir "
        "reāli izpildāmi atvēlētajā laikā, vērtēšanas kritēriji skaidri, punktu sadalījums loģisks.",
        "Manā skatījumā PKE saturs ir atbalstāms, un to var virzīt saskaņošanai tādu, kāds tas ir. Sīkums — 7. jautājumā "
        "ir drukas kļūda („zemjējuma” vietā jābūt „zemējuma”), bet to var izlabot jebkurā brīdī, uz manu vērtējumu tas "
        "neietekmē.",
        "Ar cieņu,",
        "Andris Ozols",
        "SIA „Elektrika serviss”, tehniskais direktors",
        ("sp",),
        ("hr",),
        ("q", "{b}No:{/b} Laura Bērziņa <laura.berzina@lddk.lv>"),
        ("q", "{b}Nosūtīts:{/b} otrdiena, 2026. gada 24. februāris 09:10"),
        ("q", "{b}Kam:{/b} Andris Ozols <andris.ozols@elektrika-serviss.lv>"),
        ("q", "{b}Tēma:{/b} Elektrotehniķis – PKE satura ekspertīze"),
        ("q", "Labdien, Andri!"),
        ("q", "Pielikumā nosūtu elektrotehniķa (LKI 4) profesionālās kvalifikācijas eksāmena saturu. Lūdzu atzinumā norādīt, "
              "vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms un virzāms saskaņošanai pēc precizējumu "
              "veikšanas vai nav atbalstāms. MIP šai kvalifikācijai vērtē cits eksperts. Termiņš — 10. marts."),
        ("q", "Paldies!"),
        ("q", "Laura"),
    ],
    rows=[("elektrotehniķis", "PKE", "supported", 4)],
    expert="Andris Ozols", date="2026-03-09",
    author="Laura Bērziņa", created="2026-03-09T15:05",
    note="Outlook reply (LV headers) pasted into Word. Verdict 'atbalstāms, un to var virzīt saskaņošanai tādu, kāds tas ir'; "
         "typo remark explicitly does not affect verdict -> supported. Quoted request lists all three options (not a verdict) "
         "and has the earlier date 24.02; review date = reply date. LKI 4 from quoted request (= register).",
)

# =====================================================================================
# 03 long two-round review with letterhead, history, 'Kopvērtējums'
# =====================================================================================
build(
    "r16a03_Mēbeļu galdnieks MIP PKE atzinums_galigais.docx",
    [
        ("r", "Dr. sc. ing. Māris Liepiņš"),
        ("r", "kokrūpniecības nozares eksperts"),
        ("r", "SIA „Kurzemes mēbele”, ražošanas vadītājs"),
        ("hr",),
        ("title", "EKSPERTĪZES ATZINUMS"),
        ("c", "par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) modulārās izglītības programmas un "
              "profesionālās kvalifikācijas eksāmena saturu"),
        ("c", "{i}Atkārtota ekspertīze (2. kārta){/i}"),
        ("sp",),
        "Šis atzinums sagatavots pēc tam, kad darba grupa 2026. gada martā iesniedza pārstrādātu MIP redakciju un pirmo reizi "
        "arī PKE saturu. Pirmajā kārtā (mans 2026. gada 28. janvāra atzinums) MIP saturu neatbalstīju, galvenokārt tāpēc, ka "
        "programmā nebija iekļautas CNC apstrādes centru pamatprasmes, bet virsmu apdares tehnoloģijas bija aprakstītas "
        "līmenī, kas neatbilst mūsdienu ražošanai. Toreiz rakstīju, ka „saturs nav atbalstāms, nepieciešama būtiska "
        "pārstrāde”. Šajā atzinumā vērtēju, cik lielā mērā iepriekšējās piezīmes ir ņemtas vērā.",
        ("H2", "1. Modulārā izglītības programma"),
        "Modulis „Mēbeļu konstruēšana” ir pārstrādāts pamatīgi: iekļauta rasējumu lasīšana, detaļu specifikāciju sagatavošana "
        "un savienojumu izvēle atbilstoši slodzei. Labi, ka izmantoti reāli ražošanas rasējumi, nevis mācību grāmatas shēmas.",
        "Modulis „Datorizētā projektēšana un CNC apstrāde” ir jauns. Tas aptver gan 3D modelēšanu, gan apstrādes programmas "
        "sagatavošanu un iekārtas iestatīšanu. Apjoms (120 stundas) ir pietiekams, ņemot vērā, ka daļu prasmju izglītojamie "
        "nostiprina praksē uzņēmumā.",
        "Modulis „Mēbeļu virsmu apdare” tagad ietver ūdens bāzes laku un eļļu sistēmas, pulverkrāsošanas pamatus un "
        "apdares kvalitātes kontroli. Iepriekšējā redakcijā minētās nitrolaku tehnoloģijas ir izņemtas — tas ir pareizi.",
        "Modulis „Mēbeļu montāža un uzstādīšana objektā” — iebildumu nav. Darba grupa pamatoti norādījusi, ka nozares "
        "uzņēmumi atbalsta darba vidē balstītas mācības tieši montāžas posmā, jo skolā objekta apstākļus atdarināt grūti.",
        "Vienīgā piezīme, kas nav būtiska: moduļu aprakstos vietām joprojām lietots termins „kokapstrādes darbgalds” tur, kur "
        "domāts apstrādes centrs. To darba grupa var saskaņot nākamajā redakcijā, un tas nav priekšnoteikums saskaņošanai.",
        "Visas pirmajā kārtā izteiktās būtiskās piezīmes ir ņemtas vērā. Programma šobrīd atbilst nozares vajadzībām, un "
        "uzskatu, ka MIP saturs ir atbalstāms un virzāms saskaņošanai.",
        ("H2", "2. Profesionālās kvalifikācijas eksāmena saturs"),
        "Teorētiskā daļa sastāv no 60 testa jautājumiem. Lielākā daļa ir korekti un atbilst kvalifikācijas prasībām, taču "
        "14., 22. un 41. jautājums attiecas uz tehnoloģijām, kuras ražošanā vairs netiek lietotas, un tie jāaizstāj ar "
        "jautājumiem par apstrādes centru drošu ekspluatāciju.",
        "Praktiskais uzdevums — skapīša ar atvilktni izgatavošana pēc rasējuma — ir atbilstošs LKI 4. līmenim. Tomēr "
        "vērtēšanas lapā rasējuma lasīšanai un materiālu izvēlei nav piešķirts atsevišķs svars, bet darba aizsardzības "
        "kritērijs nav noteikts kā izslēdzošais. Abas lietas jāizlabo. Tāpat jāprecizē, ka 16 stundu izpildes laiks ietver "
        "arī virsmu apdari un žūšanas laiku.",
        "PKE saturs kopumā ir atbalstāms, taču pirms tā virzīšanas saskaņošanai darba grupai jāveic iepriekš minētie "
        "precizējumi.",
        ("H2", "Kopvērtējums"),
        "MIP — atbalstāms un virzāms saskaņošanai.",
        "PKE — atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai. Precizēto PKE redakciju lūdzu atsūtīt man "
        "pārskatīšanai; atkārtota pilna ekspertīze nav nepieciešama.",
        ("sp",),
        "Talsos, 2026. gada 14. aprīlī",
        ("sp",),
        "________________________",
        "M. Liepiņš",
    ],
    rows=[("mēbeļu galdnieks", "MIP", "supported", 4), ("mēbeļu galdnieks", "PKE", "needs_corrections", 4)],
    expert="Māris Liepiņš", date="2026-04-14",
    author="Māris Liepiņš", created="2026-04-14T16:20",
    note="Long 2nd-round review; letterhead with academic title (stripped). History quotes the 1st-round 'nav atbalstāms' "
         "(history, not current). Body trap 'uzņēmumi atbalsta'. Minor terminology remark explicitly not a precondition -> "
         "MIP supported. PKE needs corrections (Kopvērtējums).",
)

# =====================================================================================
# 04 hasty, no diacritics, VGK alias, 'Ja to izlabo' condition
# =====================================================================================
build(
    "r16a04_sledziens VGK tehnikis.docx",
    [
        ("h", "VGK sistemu tehnikis (LKI 4) - MIP un PKE"),
        "Sveiki, ka runajam pa telefonu, suutu savas piezimes.",
        "MIP: moduli par siltumsukniem un rekuperaciju ir pavirsi, nav ne varda par automatikas regulesanu un BMS "
        "pieslegsanu. Prakses apjoms mazs. 3. un 5. modulis faktiski dublejas (abos ventilacijas sistemu montaza). "
        "Sada redakcija programmu neatbalstu, darba grupai japarstrada un jasuta atkartoti.",
        "PKE: teorijas jautajumi ok. Praktiskais uzdevums - freona sistemas hermetiskuma parbaude - labs, bet vertesanas "
        "kriterijos japieliek F-gazu sertifikacijas prasibas. Ja to izlabo, PKE atbalstams un var virzit saskanosanai.",
        ("sp",),
        "J. Berzins",
        "23.04.2026",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", 4),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", 4)],
    expert="J. Berzins", date="2026-04-23",
    author="", created="2026-04-23T21:47",
    note="Hasty, no diacritics, alias 'VGK sistemu tehnikis'. 'programmu neatbalstu' = not_supported; "
         "'Ja to izlabo, PKE atbalstams un var virzit' = needs_corrections. Initial+surname as written without diacritics. "
         "Empty author.",
)

# =====================================================================================
# 05 tracked changes: verdict changed via w:del / w:ins
# =====================================================================================
build(
    "r16a05_Elektromontieris_MIP_Ozolina_labots.docx",
    [
        ("h", "Elektromontiera MIP – eksperta piezīmes"),
        "Kvalifikācija: elektromontieris, 3. LKI līmenis. Vērtēju tikai modulāro izglītības programmu.",
        "Programmas struktūra ir pārskatāma, A daļas moduļi loģiski ved uz B daļas specializāciju. Labi, ka atsevišķs modulis "
        "veltīts darbam sprieguma tuvumā un elektrodrošības grupām — jaunajiem darbiniekiem tieši tur ir visvairāk robu.",
        "Modulī „Elektroinstalācijas izbūve” pietrūkst mērījumu daļas. {ins}Pēc sarunas ar darba grupas vadītāju papildinu: "
        "šajā modulī jāiekļauj zemējuma pretestības un izolācijas pretestības mērīšana ar protokola aizpildīšanu, pirms "
        "programmu var saskaņot.{/ins}",
        "Modulī „Kabeļlīniju montāža” ieteiktu vairāk izmantot reālus objektus uzņēmumos, bet tas ir tikai ieteikums.",
        "{b}Secinājums:{/b} MIP saturs ir atbalstāms{del} un virzāms saskaņošanai{/del}{ins}; pēc precizējumu veikšanas "
        "virzāms saskaņošanai{/ins}.",
        ("sp",),
        "Sandra Ozoliņa",
        "SIA „Latgales elektromontāža”, darbu vadītāja",
        "05.03.2026.",
    ],
    rows=[("elektromontieris", "MIP", "needs_corrections", 3)],
    expert="Sandra Ozoliņa", date="2026-03-05",
    author="Sandra Ozoliņa", created="2026-03-05T10:02", track=("Sandra Ozoliņa", "2026-03-06T08:15:00Z"),
    note="Tracked changes: 'un virzāms saskaņošanai' deleted (w:del), '; pēc precizējumu veikšanas virzāms saskaņošanai' "
         "inserted (w:ins); an inserted body sentence makes a measurement module a precondition. Current text = "
         "needs_corrections. Date as written in the review (track date is a day later).",
)

# =====================================================================================
# 06 PKE only, critical body, conclusion outranks; no date
# =====================================================================================
build(
    "r16a06 Kokapstrades iekartu operators PKE.docx",
    [
        ("h", "Par kvalifikācijas „Kokapstrādes iekārtu operators” profesionālās kvalifikācijas eksāmena saturu"),
        "Man nosūtītajā materiālu komplektā bija tikai PKE saturs (teorētiskās daļas tests, praktiskais uzdevums un "
        "vērtēšanas lapa), tāpēc izsakos tikai par to.",
        "Teorētiskajā daļā ir pārāk daudz jautājumu par vēsturiskām tehnoloģijām un pārāk maz par iekārtu iestatīšanu un "
        "griezējinstrumentu maiņu. Man kā ražotājam svarīgāk, lai operators zina, kā droši nomainīt frēzi, nevis kā sauc "
        "ēvelmašīnas daļas pagājušā gadsimta terminoloģijā.",
        "Praktiskajā uzdevumā nav paredzēts darbs ar biezuma ēvelmašīnu, lai gan kvalifikācijas prasībās tā ir minēta. "
        "Vērtēšanas lapā kritērijs „darba vietas uzkopšana” saņem tikpat punktu kā „izmēru precizitāte” — tas nav līdzsvarots.",
        "Šīs piezīmes uzskatāmas par ieteikumiem nākamajai redakcijai, nevis par šķērsli.",
        ("h", "Noslēgumā"),
        "Neskatoties uz minēto, eksāmena saturs atbilst kvalifikācijas prasībām 3. LKI līmenī, un atbalstu tā virzīšanu "
        "saskaņošanai bez precizējumiem.",
        ("sp",),
        "Gunta Vītola",
        "SIA „Vītolu koks” tehnoloģe",
    ],
    rows=[("kokapstrādes iekārtu operators", "PKE", "supported", 3)],
    expert="Gunta Vītola", date="",
    author="Elīna Sausiņa", created="2026-03-02T11:30",
    note="PKE only. Critical body remarks explicitly declared optional; 'Noslēgumā': 'Neskatoties uz minēto … atbalstu tā "
         "virzīšanu saskaņošanai bez precizējumiem' = supported ('neskatoties' not a negation, 'bez precizējumiem'). "
         "No date anywhere in the text -> empty (file metadata date must not be used).",
)

# =====================================================================================
# 07 numbered sections, three forestry qualifications, both documents each
# =====================================================================================
build(
    "r16a07_Zarins_meza kvalifikacijas_MIP_PKE.docx",
    [
        ("h", "Mg. silv. Raimonds Zariņš | meža nozares eksperts"),
        ("sp",),
        ("title", "Atzinums par trīs meža nozares kvalifikāciju MIP un PKE saturu"),
        ("r", "Jēkabpilī, 19.03.2026."),
        "Saskaņā ar LDDK uzdevumu izvērtēju modulārās izglītības programmas un kvalifikācijas eksāmenu saturu trim "
        "kvalifikācijām, kuras sagatavojusi viena darba grupa. Tā kā programmām ir kopīgi A daļas moduļi, piezīmes par tiem "
        "izsaku pirmajā sadaļā un neatkārtoju.",
        ("H2", "1. Mežsaimniecības tehniķis (LKI 4)"),
        "Programma ir plaša un kopumā laba. Kopīgajos moduļos „Meža ekoloģija” un „Meža inventarizācija” jāatjauno "
        "normatīvo aktu atsauces (vairākas norāda uz spēku zaudējušiem MK noteikumiem), un modulī „Mežsaimniecisko darbu "
        "plānošana” jāiekļauj darbs ar Meža valsts reģistra datiem. MIP ir atbalstāma, bet saskaņošanai virzāma tikai pēc "
        "šo precizējumu veikšanas.",
        "Eksāmena saturam iebildumu nav: praktiskais uzdevums (cirsmas novērtēšana gan dabā, gan datos) ir tieši tas, ko "
        "sagaidām no tehniķa. PKE atbalstāms un virzāms saskaņošanai.",
        ("H2", "2. Meža mašīnu operators (LKI 3)"),
        "Programmu atbalstu. Prakses apjoms uzņēmumā ir pietiekams, simulatora mācības saprātīgi sadalītas pa kursiem. "
        "Varam virzīt saskaņošanai.",
        "Ar eksāmenu ir sliktāk. Praktiskā daļa paredz tikai uzdevumu harvestera simulatorā; reālas mašīnas vadīšana "
        "nav paredzēta vispār. Operators, kurš nav strādājis ar mašīnu cirsmā, nav kvalificēts operators. PKE nav "
        "atbalstāms — nepieciešama praktiskās daļas pārstrāde un atkārtota ekspertīze.",
        ("H2", "3. Motorzāģa operators (LKI 3)"),
        "Programma ir pārstrādāta pēc kolēģes I. Kalniņas 17. februāra atzinuma, kurā MIP tika atbalstīta ar precizējumiem. "
        "Pārbaudīju — precizējumi veikti, koku gāšanas modulis papildināts. MIP atbalstāma un virzāma saskaņošanai.",
        "Eksāmena saturu atbalstu pilnībā, un tas ir virzāms saskaņošanai.",
        ("sp",),
        "Ar cieņu,",
        "Raimonds Zariņš",
    ],
    rows=[("mežsaimniecības tehniķis", "MIP", "needs_corrections", 4),
          ("mežsaimniecības tehniķis", "PKE", "supported", 4),
          ("meža mašīnu operators", "MIP", "supported", 3),
          ("meža mašīnu operators", "PKE", "not_supported", 3),
          ("motorzāģa operators", "MIP", "supported", 3),
          ("motorzāģa operators", "PKE", "supported", 3)],
    expert="Raimonds Zariņš", date="2026-03-19",
    author="Raimonds Zariņš", created="2026-03-19T13:05",
    note="Three qualifications in numbered headings, 6 rows. Verdict forms: 'atbalstāma, bet … tikai pēc šo precizējumu "
         "veikšanas', 'Programmu atbalstu … Varam virzīt', 'PKE nav atbalstāms', 'atbalstu pilnībā'. Section 3 mentions "
         "another expert and her earlier verdict (history; not the author).",
)

# =====================================================================================
# 08 lettered sections, MIP only (PKE by a colleague), four energy qualifications
# =====================================================================================
build(
    "r16a08_Energetika_MIP_atzinums_Krumina.docx",
    [
        ("h", "Enerģētikas nozares MIP ekspertīze — 5. posms"),
        "Šis atzinums attiecas tikai uz modulārajām izglītības programmām. PKE saturu enerģētikas nozarē vērtē kolēģis "
        "R. Kārkliņš, tāpēc par eksāmeniem šeit neizsakos.",
        ("h", "A) Elektromontieris (3. LKI)"),
        "Programma ir sabalansēta, teorijas un prakses attiecība atbilst nozares vajadzībām. Uzskatu, ka tā ir atbalstāma un "
        "virzāma saskaņošanai.",
        ("h", "B) Elektrotehniķis (4. LKI)"),
        "Saturs atbilst kvalifikācijas prasībām, tomēr moduļu aprakstos nav pietiekami atspoguļota viedo skaitītāju un "
        "attālinātās uzskaites sistēmu apkalpošana. Programmu atbalstu, bet saskaņošanai to virzīt tikai pēc tam, kad "
        "šīs tēmas būs iekļautas modulī „Elektroenerģijas uzskaite”.",
        ("h", "C) Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (3. LKI)"),
        "Kopumā vērtēju pozitīvi. Nepieciešams precizēt moduļa „Dzesēšanas iekārtu apkope” mācību rezultātus (tagad tie "
        "formulēti kā tēmas, nevis kā prasmes) un saskaņot stundu skaitu ar programmas kopapjomu. Pēc tam — virzāma "
        "saskaņošanai.",
        ("h", "D) Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (4. LKI)"),
        "Šī programma vēl nav gatava. Trūkst moduļa par sistēmu projektēšanas pamatiem, automātikas un vadības sistēmas "
        "apskatītas tikai vienā tematā, prakses apraksts ir kopēts no remontatslēdznieka programmas. MIP neatbalstu; "
        "pēc pārstrādes esmu gatava to izvērtēt atkārtoti.",
        ("sp",),
        "E. Krūmiņa",
        "enerģētikas nozares eksperte",
        "2026. gada 28. aprīlī",
    ],
    rows=[("elektromontieris", "MIP", "supported", 3),
          ("elektrotehniķis", "MIP", "needs_corrections", 4),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", 3),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "not_supported", 4)],
    expert="E. Krūmiņa", date="2026-04-28",
    author="Laura Bērziņa", created="2026-04-29T09:12",
    note="Lettered sections A)–D); explicitly MIP only, PKE 'vērtē kolēģis' -> no PKE rows. C) condition first, verdict "
         "'Pēc tam — virzāma' = needs_corrections. Expert only as initial+surname.",
)

# =====================================================================================
# 09 NOT A REVIEW: meeting minutes that restate verdicts and list the verdict formulas
# =====================================================================================
build(
    "r16a09_Sanaksmes protokols_2026-03-31.docx",
    [
        ("title", "LDDK nozaru ekspertu darba sanāksmes protokols Nr. 3"),
        ("c", "Rīgā (attālināti, MS Teams), 2026. gada 31. martā"),
        "{b}Piedalās:{/b} Laura Bērziņa (LDDK, projekta koordinatore), Elīna Sausiņa (LDDK), Raimonds Zariņš, Ilze Kalniņa, "
        "Andris Ozols, Evija Krūmiņa, Aivars Bite.",
        "{b}Darba kārtība:{/b}",
        ("ln", "Projekta 4. posma ekspertīžu rezultātu apkopojums."),
        ("ln", "5. posma ekspertīžu grafiks."),
        ("ln", "Dažādi."),
        ("h", "1. Par 4. posma ekspertīzēm"),
        "L. Bērziņa informēja, ka līdz 31. martam pabeigta MIP un PKE satura ekspertīze motorzāģa operatora, "
        "mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām; pārējām kvalifikācijām ekspertīze uzsākta. "
        "Ekspertu atzinumi apkopoti koplietošanas mapē. R. Zariņš norādīja, ka meža mašīnu operatora PKE praktiskā daļa "
        "būtu jāpārstrādā un par to sniegts atsevišķs atzinums. A. Bite jautāja, vai atzinumā obligāti jālieto viens no trim "
        "standarta formulējumiem („atbalstāms un virzāms saskaņošanai”, „atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai”, „nav atbalstāms”). L. Bērziņa paskaidroja, ka standarta formulējums ir vēlams, bet eksperts var "
        "brīvi pamatot savu viedokli.",
        "{b}Nolēma:{/b} koordinatorei līdz 10. aprīlim sagatavot kopsavilkumu par 4. posmu; ekspertiem, kuru atzinumi vēl nav "
        "iesniegti, tos iesniegt līdz 15. aprīlim.",
        ("h", "2. Par 5. posma grafiku"),
        "E. Sausiņa iepazīstināja ar 5. posma grafiku (2026. gada 1. aprīlis – 31. jūlijs). Enerģētikas nozarē atlikušas "
        "četras kvalifikācijas, kokrūpniecībā — sešas. I. Kalniņa ierosināja rīkot kopīgu tikšanos ar darba grupām, lai "
        "precizējumus saskaņotu ātrāk.",
        "{b}Nolēma:{/b} ierosinājumu atbalstīt; tikšanos organizēt aprīļa otrajā pusē.",
        ("h", "3. Dažādi"),
        "E. Sausiņa atgādināja par laika uzskaites tabulu iesniegšanu līdz katra mēneša 5. datumam.",
        ("sp",),
        "Sanāksmes vadītāja: L. Bērziņa",
        "Protokolēja: E. Sausiņa",
    ],
    rows=[], problems=["no_verdict"],
    author="Elīna Sausiņa", created="2026-04-01T10:00",
    note="NOT A REVIEW: meeting minutes. Restates verdicts in passing, quotes the three verdict formulas, 'ierosinājumu "
         "atbalstīt'. No rows; one no_verdict row for the file.",
)

# =====================================================================================
# 10 qualification NOT in register, 'Secinājumi' with bullets
# =====================================================================================
build(
    "r16a10_CNC metālapstrāde_Sprogis.docx",
    [
        ("h", "Eksperta viedoklis par kvalifikācijas „Metālapstrādes CNC iekārtu operators” MIP un PKE saturu"),
        "Kvalifikācijas līmenis: LKI 4. līmenis. Nozare: mašīnbūve un metālapstrāde.",
        "Darba grupa man iesniedza gan programmu, gan eksāmena saturu vienā failā. Esmu izskatījis abus, vērtējot no "
        "darba devēja skatupunkta — ko jaunais operators spēj izdarīt pirmajā darba nedēļā mūsu cehā.",
        "Programmā ļoti labi izstrādāta CNC virpošana un frēzēšana, arī CAM programmatūras lietošana. Vājākā vieta ir "
        "mērīšana un kvalitātes kontrole: koordinātu mērmašīna minēta tikai vienā teikumā, bet statistiskā procesa kontrole "
        "vispār nav. Tāpat jāpārskata 9. modulis — tajā izmantota metināšanas terminoloģija, kas šai kvalifikācijai neattiecas.",
        "Eksāmena praktiskais uzdevums (detaļas izgatavošana pēc rasējuma ar programmas sagatavošanu) ir labi pārdomāts, "
        "vērtēšanas kritēriji precīzi. Teorijas tests atbilst programmai.",
        ("h", "Secinājumi"),
        ("li", "MIP saturs ir atbalstāms, pēc precizējumu veikšanas (mērīšanas un kvalitātes kontroles daļa, 9. modulis) "
               "virzāms saskaņošanai."),
        ("li", "PKE saturs ir atbalstāms un virzāms saskaņošanai."),
        ("sp",),
        "Liepājā, 2026. gada 6. maijā",
        "Valdis Sproģis",
        "SIA „Metalforma”, ražošanas inženieris",
    ],
    rows=[("metālapstrādes CNC iekārtu operators", "MIP", "needs_corrections", 4),
          ("metālapstrādes CNC iekārtu operators", "PKE", "supported", 4)],
    problems=["unknown_qualification"],
    expert="Valdis Sproģis", date="2026-05-06",
    author="Valdis Sproģis", created="2026-05-06T14:44",
    note="Qualification not in the register (kept as written, nominative) -> unknown_qualification; LKI 4 stated in the "
         "review. Bulleted 'Secinājumi' with the precision list inside the MIP sentence.",
)

# =====================================================================================
# 11 Gmail print (English UI), 'Nav iebildumu — var virzīt saskaņošanai'
# =====================================================================================
build(
    "r16a11_Gmail - Re Datorizētu kokapstrādes iekārtu operators (PKE).docx",
    [
        ("small", "Gmail\tLaura Bērziņa <laura.berzina@lddk.lv>"),
        ("h", "Re: Datorizētu kokapstrādes iekārtu operators (PKE)"),
        ("small", "1 message"),
        ("hr",),
        "{b}Kaspars Dūmiņš{/b} <kaspars.dumins@gmail.com>\tTue, Mar 24, 2026 at 10:14 AM",
        "To: Laura Bērziņa <laura.berzina@lddk.lv>",
        ("sp",),
        "Sveika, Laura!",
        "Paskatījos PKE materiālus datorizēto kokapstrādes iekārtu operatoriem. Praktiskais uzdevums uz CNC frēzes ir "
        "tieši tas, ko mēs ražošanā sagaidām no jauna operatora — programmas ielāde, nulles punkta iestatīšana, "
        "instrumenta kompensācija, pirmās detaļas kontrole. Teorijas tests arī ok.",
        "Nav iebildumu — var virzīt saskaņošanai.",
        "Ja gribas kaut ko uzlabot, tad varbūt nākotnē pievienot kādu jautājumu par instrumentu nodilumu, bet tas nav "
        "obligāti.",
        "Kaspars",
        ("sp",),
        ("q", "On Mon, Mar 16, 2026 at 3:02 PM Laura Bērziņa <laura.berzina@lddk.lv> wrote:"),
        ("q", "> Sveiks, Kaspar!"),
        ("q", "> Nosūtu datorizētu kokapstrādes iekārtu operatora (LKI 4) PKE saturu ekspertīzei. Lūdzu atbildi, vai saturs "
              "ir atbalstāms un virzāms saskaņošanai vai nepieciešami precizējumi. MIP paralēli skata Edgars."),
        ("q", "> Paldies, Laura"),
    ],
    rows=[("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", 4)],
    expert="Kaspars Dūmiņš", date="2026-03-24",
    author="Laura Bērziņa", created="2026-03-24T11:02",
    note="Gmail printout (English UI). 'Nav iebildumu — var virzīt saskaņošanai' + optional suggestion = supported. "
         "Signed with first name only; full name from the From line. MIP reviewed by someone else -> no MIP row.",
)

# =====================================================================================
# 12 CONFLICT: summary at the top and conclusion at the bottom disagree for PKE
# =====================================================================================
build(
    "r16a12_Mehatronika_atzinums_Bite_v2.docx",
    [
        ("title", "Eksperta atzinums: Mehatronisko sistēmu tehniķis (MIP, PKE)"),
        "Eksperts: Aivars Bite, mašīnbūves un metālapstrādes nozare",
        "Datums: 05.02.2026",
        ("h", "Kopsavilkums"),
        "MIP — atbalstāms un virzāms saskaņošanai.",
        "PKE — atbalstāms un virzāms saskaņošanai.",
        ("h", "Piezīmes par MIP"),
        "Programmā ietverta pneimatika, hidraulika, elektropiedziņa, PLC programmēšana un robotu apkalpošana; moduļu secība "
        "ir loģiska. Prakses uzdevumi saistīti ar reālām ražošanas līnijām. Nopietnu piezīmju nav.",
        ("h", "Piezīmes par PKE"),
        "Teorētiskajā daļā jautājumi par sensoriem un izpildmehānismiem ir labi. Praktiskais uzdevums — mehatroniskas "
        "šķirošanas stacijas kļūmes atrašana un novēršana — ir atbilstošs, taču vērtēšanas kritēriji formulēti vispārīgi, "
        "un PLC programmas korekcija vērtēta tikai ar vienu kritēriju. Eksāmena ilgums (6 stundas) ir pieņemamās robežās.",
        ("h", "Secinājumi"),
        "MIP saturu atbalstu, to var virzīt saskaņošanai.",
        "PKE saturs šajā redakcijā nav atbalstāms; praktiskā daļa jāpārstrādā, un pēc tam nepieciešama atkārtota ekspertīze.",
        ("sp",),
        "A. Bite",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "unknown", 4)],
    problems=["conflict"],
    expert="Aivars Bite", date="2026-02-05",
    author="Aivars Bite", created="2026-02-05T17:30",
    note="'v2' file: the top 'Kopsavilkums' says PKE 'atbalstāms un virzāms', the bottom 'Secinājumi' says 'nav "
         "atbalstāms … atkārtota ekspertīze'. Both are summary-level statements, body remarks are moderate and fit either; "
         "a coordinator must ask -> PKE unknown + conflict. MIP consistent = supported.",
)

# =====================================================================================
# 13 MIP verdict deferred (no_verdict), PKE supported
# =====================================================================================
build(
    "r16a13_Grinberga_buvizstradajumu galdnieks.docx",
    [
        "Labdien!",
        "Nosūtu savas piezīmes par būvizstrādājumu galdnieka (LKI 4) modulāro programmu un eksāmena saturu.",
        ("h", "Programma"),
        "Logu un durvju izgatavošanas moduļi ir izstrādāti rūpīgi, ar labiem piemēriem par energoefektīviem logiem. "
        "Kāpņu izgatavošanai paredzēts pārāk maz laika — 40 stundas nav pietiekami, lai izglītojamais patstāvīgi izgatavotu "
        "kaut vai vienkāršas kāpnes. Modulis par montāžu objektā ir ļoti teorētisks.",
        "Lielākais jautājums ir prakses sadalījums: darba grupa pati vēl nav izlēmusi, vai uzņēmumā notiekošo praksi sadalīt "
        "starp 2. un 3. kursu vai koncentrēt 3. kursā. No tā atkarīgs, kā būs jāpārkārto moduļi. Galīgo viedokli par "
        "programmu sniegšu pēc tikšanās ar darba grupu 15. aprīlī.",
        ("h", "Eksāmens"),
        "Praktiskais uzdevums (loga vērtnes izgatavošana un iestiklošana) atbilst līmenim, vērtēšanas lapa skaidra, teorijas "
        "jautājumi korekti. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
        ("sp",),
        "Inese Grīnberga",
        "2026. gada 8. aprīlī",
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "unknown", 4),
          ("būvizstrādājumu galdnieks", "PKE", "supported", 4)],
    problems=["no_verdict"],
    expert="Inese Grīnberga", date="2026-04-08",
    author="Inese", created="2026-04-08T19:55",
    note="MIP discussed at length but verdict explicitly deferred ('Galīgo viedokli … sniegšu pēc tikšanās') -> MIP unknown "
         "+ no_verdict. PKE supported.",
)

# =====================================================================================
# 14 very short note, two qualifications, abbreviation in file name
# =====================================================================================
build(
    "r16a14 Liepa KIRT BG.docx",
    [
        "{b}Koka izstrādājumu ražošanas tehniķis{/b}, 4. LKI",
        "MIP – atbalstu, var virzīt saskaņošanai.",
        "PKE – atbalstu, bet 3. praktiskajā uzdevumā jāizlabo vērtēšanas kritēriji (punkti nesummējas līdz 100). Pēc tam "
        "virzīt.",
        ("sp",),
        "{b}Būvizstrādājumu galdnieks{/b}",
        "MIP – neatbalstu; moduļi par apdari un montāžu nav pārstrādāti kopš iepriekšējās versijas.",
        "PKE – atbalstāms, virzāms saskaņošanai.",
        ("sp",),
        "A. Liepa, 12.05.2026",
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", 4),
          ("koka izstrādājumu ražošanas tehniķis", "PKE", "needs_corrections", 4),
          ("būvizstrādājumu galdnieks", "MIP", "not_supported", 4),
          ("būvizstrādājumu galdnieks", "PKE", "supported", 4)],
    expert="A. Liepa", date="2026-05-12",
    author="", created="2026-05-12T07:58",
    note="Very short note, two qualifications, dash lines; 'Pēc tam virzīt' in the next sentence = needs_corrections; "
         "'neatbalstu' = not_supported. Initial+surname.",
)

# =====================================================================================
# 15 NOT A REVIEW: coordinator's assignment letter with verdict formulas
# =====================================================================================
build(
    "r16a15_Vestule ekspertiem_5posms_sadale.docx",
    [
        ("c", "{b}LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA{/b}"),
        ("hr",),
        "Rīgā, 2026. gada 2. aprīlī\t\tNr. 2-7/118",
        "Nozaru ekspertiem (pēc saraksta)",
        ("h", "Par MIP un PKE satura ekspertīzēm projekta 5. posmā"),
        "Godātie eksperti!",
        "Paldies par paveikto projekta 4. posmā. Projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) lūdzam veikt "
        "ekspertīzes atbilstoši šādam sadalījumam:",
        ("li", "elektrotehniķis (LKI 4) — MIP: E. Krūmiņa; PKE: R. Kārkliņš;"),
        ("li", "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4) — MIP un PKE: M. Eglītis;"),
        ("li", "mēbeļu galdnieks (LKI 4) — MIP un PKE: M. Liepiņš (atkārtota ekspertīze);"),
        ("li", "būvizstrādājumu galdnieks (LKI 4) — MIP: K. Lapiņa; PKE: I. Grīnberga;"),
        ("li", "meža mašīnu operators (LKI 3) — atkārtota MIP ekspertīze: A. Vilks."),
        "Atzinumā lūdzam katram dokumentam skaidri norādīt vienu no vērtējumiem: „saturs ir atbalstāms un virzāms "
        "saskaņošanai”; „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”; „saturs nav atbalstāms”. "
        "Ja saturs nav atbalstāms, lūdzam pamatot, kādi uzlabojumi nepieciešami.",
        "Atzinumus lūdzam iesniegt elektroniski ne vēlāk kā 10 darba dienu laikā pēc materiālu saņemšanas. Jautājumu "
        "gadījumā sazinieties ar projekta koordinatori.",
        ("sp",),
        "Ar cieņu,",
        "Laura Bērziņa",
        "Projekta koordinatore",
    ],
    rows=[], problems=["no_verdict"],
    author="Laura Bērziņa", created="2026-04-02T09:30",
    note="NOT A REVIEW: assignment letter listing qualifications, documents and experts plus all three verdict formulas. "
         "No rows; one no_verdict row for the file.",
)

# =====================================================================================
# 16 letterhead in the Word header, body letter; MIP supported, PKE not supported
# =====================================================================================
build(
    "r16a16_Krastins_elektrotehnikis_2026-04-02.docx",
    [
        "Rīgā, 2026. gada 2. aprīlī\tNr. 2026/04-1",
        ("sp",),
        "LDDK projekta koordinatorei",
        "L. Bērziņai",
        ("sp",),
        ("h", "Par elektrotehniķa MIP un PKE ekspertīzi"),
        "Atbildot uz Jūsu 20. marta lūgumu, sniedzu savu vērtējumu par kvalifikācijas „Elektrotehniķis” (LKI 4) "
        "modulārās izglītības programmu un profesionālās kvalifikācijas eksāmena saturu.",
        "Programma ir mūsdienīga: tajā iekļauta releju aizsardzība, elektroietaišu tehniskā apkope, energoefektivitātes "
        "pasākumi un darbs ar SCADA sistēmām. Prakses uzdevumi ir konkrēti un izpildāmi. Programmu (MIP) atbalstu bez "
        "iebildumiem un iesaku to virzīt saskaņošanai.",
        "Turpretī eksāmena saturs ir vājš. Teorētiskās daļas 40 jautājumos nav neviena par releju aizsardzību, lai gan tā ir "
        "viena no galvenajām tehniķa kompetencēm. Praktiskais uzdevums būtībā dublē elektromontiera eksāmenu (apgaismojuma "
        "instalācijas montāža) un neļauj pārbaudīt 4. līmeņa prasmes — bojājumu diagnosticēšanu un ietaises darba režīma "
        "analīzi.",
        "Tāpēc PKE saturu šajā redakcijā neatbalstu. Pēc pārstrādes lūdzu to iesniegt atkārtotai ekspertīzei.",
        ("sp",),
        "Ar cieņu,",
        "(paraksts)",
        "T. Krastiņš",
    ],
    header=["{b}SIA „Enerģijas risinājumi”{/b}",
            "Tālis Krastiņš, valdes loceklis · LDDK enerģētikas nozares eksperts"],
    footer=["SIA „Enerģijas risinājumi” · Ganību dambis 17, Rīga, LV-1045 · info@energijas-risinajumi.lv"],
    rows=[("elektrotehniķis", "MIP", "supported", 4), ("elektrotehniķis", "PKE", "not_supported", 4)],
    expert="Tālis Krastiņš", date="2026-04-02",
    author="Tālis Krastiņš", created="2026-04-02T12:10",
    note="Business letter; full name only in the Word header (letterhead), closing has 'T. Krastiņš'. MIP 'atbalstu bez "
         "iebildumiem un iesaku to virzīt' = supported; PKE 'šajā redakcijā neatbalstu' = not_supported. '20. marta lūgumu' "
         "is not the review date.",
)

# =====================================================================================
# 17 second round: MIP now supported after earlier rejection; PKE re-checked
# =====================================================================================
build(
    "r16a17_MMO_MIP_atkartots atzinums.docx",
    [
        ("title", "Atkārtots atzinums"),
        ("c", "Meža mašīnu operators, LKI 3. līmenis"),
        "Savā 2026. gada 20. februāra atzinumā MIP saturu neatbalstīju, jo programmā nebija paredzētas mācības ar "
        "pievedējtraktoru un meža mašīnu tehniskā apkope bija aprakstīta tikai teorētiski.",
        "Darba grupa ir iesniegusi jaunu redakciju (saņemta 2026. gada 27. martā). Pievedējtraktora modulis ir pievienots, "
        "tehniskās apkopes modulis papildināts ar praktiskiem darbiem servisa uzņēmumā, un simulatora mācību apjoms "
        "samērots ar darbu cirsmā. Visas manas piezīmes ir ņemtas vērā, tāpēc šobrīd MIP atbalstu un iesaku virzīt "
        "saskaņošanai.",
        "Darba grupa vienlaikus bija nedaudz papildinājusi arī PKE (2. praktiskajā uzdevumā pievienota pievedējtraktora "
        "iekraušanas operācija). Pārskatīju izmaiņas — tās ir loģiskas, un eksāmena saturs joprojām ir atbalstāms un "
        "virzāms saskaņošanai.",
        ("sp",),
        "Ainārs Vilks",
        "Madonā, 03.04.2026.",
    ],
    rows=[("meža mašīnu operators", "MIP", "supported", 3), ("meža mašīnu operators", "PKE", "supported", 3)],
    expert="Ainārs Vilks", date="2026-04-03",
    author="Ainārs Vilks", created="2026-04-03T15:20",
    note="Second round. History 'MIP saturu neatbalstīju' (20.02) is outranked by current 'šobrīd MIP atbalstu un iesaku "
         "virzīt' = supported. PKE re-checked in this review: 'joprojām ir atbalstāms un virzāms' = supported. "
         "Place + date line at the end; two earlier dates in the body are not the review date.",
)

# =====================================================================================
# 18 Outlook (English headers) reply, condition 'ar nosacījumu, ka'
# =====================================================================================
build(
    "r16a18_RE VGK remontatslēdznieks PKE.docx",
    [
        "{b}From:{/b} Oskars Lūsis <oskars.lusis@klimatserviss.lv>",
        "{b}Sent:{/b} Thursday, May 14, 2026 3:12 PM",
        "{b}To:{/b} Elīna Sausiņa <elina.sausina@lddk.lv>",
        "{b}Cc:{/b} Laura Bērziņa <laura.berzina@lddk.lv>",
        "{b}Subject:{/b} RE: VGK remontatslēdznieks – PKE saturs ekspertīzei",
        ("sp",),
        "Labdien, Elīna,",
        "atsevišķu atzinumu nesūtu, rakstu uzreiz šeit — ceru, ka derēs.",
        "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka PKE saturu izskatīju. Teorētiskā daļa ir "
        "atbilstoša 3. līmenim, jautājumi praktiski orientēti. Praktiskajā daļā trūkst aukstumaģenta noplūdes meklēšanas — "
        "tā ir ikdienas darbs, un bez tās eksāmens nepārbauda būtisku prasmi. Vērtēšanas lapā nav neviena kritērija par darba "
        "aizsardzību, strādājot augstumā.",
        "Varu piekrist PKE virzīšanai saskaņošanai ar nosacījumu, ka praktiskais uzdevums tiek papildināts ar noplūdes "
        "meklēšanu un vērtēšanas lapā ieviests kritērijs par darba aizsardzību. Pārējais ir kārtībā.",
        ("sp",),
        "Ar cieņu",
        "Oskars Lūsis, Mg. sc. ing.",
        "SIA „Klimatserviss”, servisa vadītājs",
        ("sp",),
        ("hr",),
        ("q", "{b}From:{/b} Elīna Sausiņa <elina.sausina@lddk.lv>"),
        ("q", "{b}Sent:{/b} Monday, May 4, 2026 11:05 AM"),
        ("q", "{b}To:{/b} Oskars Lūsis <oskars.lusis@klimatserviss.lv>"),
        ("q", "{b}Subject:{/b} VGK remontatslēdznieks – PKE saturs ekspertīzei"),
        ("q", "Labdien! Pielikumā ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka PKE saturs. Iepriekšējā "
              "redakcija ekspertīzē netika atbalstīta, darba grupa to ir pārstrādājusi. Lūdzu Jūsu atzinumu līdz 15. maijam. "
              "Ar cieņu, Elīna Sausiņa, LDDK"),
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", 3)],
    expert="Oskars Lūsis", date="2026-05-14",
    author="Elīna Sausiņa", created="2026-05-14T15:40",
    note="Outlook reply with English headers pasted into Word. 'Varu piekrist PKE virzīšanai saskaņošanai ar nosacījumu, "
         "ka …' = needs_corrections. Quoted coordinator mail mentions an earlier rejection (history) and the deadline.",
)

# =====================================================================================
# 19 no diacritics, MIP only, words split across runs
# =====================================================================================
build(
    "r16a19_datorizetu kokapstr MIP komentari.docx",
    [
        ("h", "Datorizetu kokapstrades iekartu operatora MIP - komentari"),
        "Izskatiju programmu (versija no 18.03.). PKE skata Kaspars, tapec par eksamenu neko nerakstu.",
        "1) Modulis \"CNC iekartu programmesana\" - ir tikai CAM programmas lietosana, nav G-koda pamatu. Operatoram "
        "jaspej izlabot programmu pie iekartas, citadi katru reizi jazvana tehnologam.",
        "2) 2. kursa prakses stundu skaits tabula (320) nesakrit ar moduli aprakstu (280). Japarbauda.",
        "3) Materialu moduli viss ok, labi ka ieklauta plaksnu materialu optimizacija.",
        "Kopuma programmu {|}atbal{|}stu, bet pirms to virza saska{|}nosanai, jaizlabo 1. un 2. punkts. Parejais ir ok.",
        ("sp",),
        "Edgars Kalejs",
        "2026.g. 30.marts",
    ],
    rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "needs_corrections", 4)],
    expert="Edgars Kalejs", date="2026-03-30",
    author="Edgars", created="2026-03-30T22:10",
    note="No diacritics throughout; genitive 'Datorizetu kokapstrades iekartu operatora'; verdict sentence split across "
         "runs ('atbal|stu', 'saska|nosanai'). 'programmu atbalstu, bet pirms to virza saskanosanai, jaizlabo' = "
         "needs_corrections. PKE explicitly by someone else -> no row. Version date 18.03 is not the review date.",
)

# =====================================================================================
# 20 ALL CAPS sections, four wood qualifications; one MIP not submitted
# =====================================================================================
build(
    "r16a20_Rozenberga_kokapstrade_mebeles_buvizstradajumi.docx",
    [
        ("title", "Kokrūpniecības nozares eksperta atzinums"),
        ("c", "Dace Rozenberga, SIA „Baltijas finieris”, kvalitātes vadītāja"),
        "Šajā dokumentā apkopoju savu vērtējumu par četru kvalifikāciju materiāliem, kurus saņēmu 5. posma sākumā. "
        "Vērtējums par katru kvalifikāciju ir patstāvīgs.",
        ("h", "KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Programma ir skaidri strukturēta, iekārtu klāsts atbilst tam, kas ir vidējā kokapstrādes uzņēmumā. Programma ir "
        "atbalstāma un virzāma saskaņošanai. Arī eksāmena saturs ir atbalstāms un virzāms saskaņošanai bez labojumiem.",
        ("h", "MĒBEĻU GALDNIEKS"),
        "Programma kopumā laba. 4. modulī („Finierēšana un līmēšana”) jāprecizē mācību rezultāti, 6. modulī jānorāda, "
        "kuras darba vietas iekārtas izglītojamais apgūst patstāvīgi. MIP atbalstāma; virzāma saskaņošanai pēc 4. un 6. "
        "moduļa precizēšanas.",
        "Eksāmena saturu neatbalstu. Praktiskais uzdevums (taburetes izgatavošana) ir pārāk vienkāršs LKI 4. līmenim un "
        "nepārbauda ne korpusa mēbeļu izgatavošanu, ne apdari. Nepieciešams jauns uzdevums un atkārtota ekspertīze.",
        ("h", "BŪVIZSTRĀDĀJUMU GALDNIEKS"),
        "MIP šai kvalifikācijai līdz šim nav iesniegta, tāpēc to nevērtēju.",
        "PKE atbalstu ar nosacījumu, ka teorētiskās daļas jautājumi tiek papildināti ar logu un durvju siltumtehnisko "
        "rādītāju tēmu; pēc tam var virzīt saskaņošanai.",
        ("h", "DATORIZĒTU KOKAPSTRĀDES IEKĀRTU OPERATORS"),
        "Saņēmu tikai PKE saturu. Eksāmens ir labs, bet vērtēšanas lapā jāsaskaņo punktu skala ar teorētiskās daļas "
        "apjomu (tagad kopā sanāk 110 punkti). Pēc šī labojuma — atbalstāms un virzāms saskaņošanai.",
        ("sp",),
        "Rezumējot: četrās kvalifikācijās vērtēti seši dokumenti; saskaņošanai bez labojumiem gatavi divi.",
        ("sp",),
        "D. Rozenberga",
        "2026-05-20",
    ],
    rows=[("kokapstrādes iekārtu operators", "MIP", "supported", 3),
          ("kokapstrādes iekārtu operators", "PKE", "supported", 3),
          ("mēbeļu galdnieks", "MIP", "needs_corrections", 4),
          ("mēbeļu galdnieks", "PKE", "not_supported", 4),
          ("būvizstrādājumu galdnieks", "PKE", "needs_corrections", 4),
          ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", 4)],
    expert="Dace Rozenberga", date="2026-05-20",
    author="Dace Rozenberga", created="2026-05-20T10:33",
    note="ALL CAPS section headings, four qualifications, 6 rows. BG MIP explicitly not submitted -> no row. 'atbalstu ar "
         "nosacījumu, ka … pēc tam var virzīt' and 'Pēc šī labojuma — atbalstāms' = needs_corrections. Name in the subtitle, "
         "initial at the end; ISO date.",
)

# =====================================================================================
# 21 running text, qualifications named inside sentences (genitive), PKE only
# =====================================================================================
build(
    "r16a21_Karklins PKE energetika.docx",
    [
        ("h", "Par enerģētikas nozares kvalifikāciju eksāmenu saturu"),
        "Šoreiz man tika nosūtīti trīs profesionālās kvalifikācijas eksāmenu satura projekti; programmas vērtē citi kolēģi, "
        "tāpēc rakstu tikai par eksāmeniem.",
        "Sākšu ar elektromontiera eksāmenu. Tas ir sagatavots rūpīgi: teorētiskā daļa pārbauda elektrodrošības noteikumu "
        "zināšanas, praktiskajā daļā izglītojamais montē un pārbauda dzīvokļa sadalni, aizpildot mērījumu protokolu. Šādu "
        "eksāmenu es labprāt redzētu saskaņotu jau tagad — tas ir atbalstāms un virzāms saskaņošanai.",
        "Savukārt elektrotehniķa PKE pamatā ir labs, bet tajā ir divas nepilnības, kas jānovērš pirms virzīšanas "
        "saskaņošanai: praktiskajam uzdevumam nav pievienota shēma, pēc kuras izglītojamais strādā, un teorijas testā "
        "vairākiem jautājumiem ir divas pareizas atbildes (15., 27.). Ar šiem precizējumiem eksāmena saturu atbalstu.",
        "Visvairāk jautājumu man radās par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka eksāmenu. "
        "Praktiskais uzdevums ir tikai filtru nomaiņa un ventilatora tīrīšana — tas ir apkopes darbinieka, ne "
        "remontatslēdznieka līmenis. Nav pārbaudīta ne bojājumu diagnostika, ne darbs ar aukstumaģentiem. Šo eksāmena "
        "saturu nevaru atbalstīt; tas jāizstrādā no jauna.",
        ("sp",),
        "Rihards Kārkliņš",
        "enerģētikas nozares eksperts, 12.03.2026.",
    ],
    rows=[("elektromontieris", "PKE", "supported", 3),
          ("elektrotehniķis", "PKE", "needs_corrections", 4),
          ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "not_supported", 3)],
    expert="Rihards Kārkliņš", date="2026-03-12",
    author="Rihards Kārkliņš", created="2026-03-12T18:25",
    note="Qualifications only inside running text, in the genitive ('elektromontiera eksāmenu', 'elektrotehniķa PKE', "
         "'… remontatslēdznieka eksāmenu'). 'Ar šiem precizējumiem … atbalstu' = needs_corrections; 'nevaru atbalstīt' = "
         "not_supported. MIP explicitly by others -> no rows.",
)

# =====================================================================================
# 22 'nevajadzīgo svītrot' inside a prose memo (strike-through marks the choice)
# =====================================================================================
build(
    "r16a22_Mehatronisko sist tehn_Celmins.docx",
    [
        ("h", "Mehatronisko sistēmu tehniķis (4. LKI) — MIP un PKE ekspertīze"),
        "Koordinatore lūdza atzinuma beigās izmantot standarta formulējumus, tāpēc slēdzienu noformēju tā, kā bija "
        "veidnē, bet piezīmes rakstu brīvā formā.",
        "Programmā labi sabalansētas mehānikas, elektronikas un programmēšanas daļas. Pietrūkst industriālo tīklu "
        "(Profinet, Modbus) pamatu un prediktīvās apkopes jēdziena — mūsu uzņēmumā tehniķis bez tā nevar strādāt. Šīs "
        "tēmas jāiekļauj modulī „Automatizētu sistēmu apkope” pirms programmas saskaņošanas.",
        "Eksāmena saturam būtisku iebildumu nav. Praktiskais uzdevums ar kļūmes meklēšanu ražošanas līnijas modelī ir "
        "labs, vērtēšanas kritēriji konkrēti.",
        ("h", "Slēdziens (nevajadzīgo svītrot)"),
        "MIP: {s}saturs ir atbalstāms un virzāms saskaņošanai{/s} / saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai / {s}saturs nav atbalstāms{/s}",
        "PKE: saturs ir atbalstāms un virzāms saskaņošanai / {s}saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai{/s} / {s}saturs nav atbalstāms{/s}",
        ("sp",),
        "Normunds Celmiņš, SIA „Automatika Pro”, automatizācijas inženieris",
        "Valmierā, 2026. gada 29. janvārī",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "supported", 4)],
    expert="Normunds Celmiņš", date="2026-01-29",
    author="Laura Bērziņa", created="2026-01-30T08:05",
    note="Prose memo ending with a 'nevajadzīgo svītrot' conclusion: non-chosen options carry w:strike. MIP keeps option 2 "
         "(needs_corrections, consistent with body 'pirms programmas saskaņošanas'); PKE keeps option 1 (supported).",
)

# =====================================================================================
# 23 NOT A REVIEW: news item
# =====================================================================================
build(
    "r16a23_LDDK jaunumi_eksperti vērtē programmas.docx",
    [
        ("title", "Nozaru eksperti vērtē jaunās modulārās izglītības programmas"),
        ("small", "2026. gada 20. aprīlis · Jaunumi"),
        "Latvijas Darba devēju konfederācija (LDDK) turpina dalību projektā „Izglītības procesa individualizācija un "
        "starpnozaru sadarbība profesionālās izglītības izcilībai”. Projekta 4. posmā 13 nozaru eksperti no enerģētikas, "
        "kokrūpniecības un mašīnbūves un metālapstrādes nozarēm vērtējuši modulāro izglītības programmu (MIP) un "
        "profesionālās kvalifikācijas eksāmenu (PKE) saturu.",
        "„Mūsu uzdevums ir pateikt skolām, vai programma atbilst tam, ko uzņēmumi sagaida no jaunā darbinieka,” stāsta "
        "kokrūpniecības nozares eksperte Ilze Kalniņa. „Ja kaut kas neatbilst, mēs to norādām, un darba grupa programmu "
        "precizē. Neviens atzinums nav tikai formalitāte.”",
        "Ekspertīzes rezultātā katrs dokuments tiek atzīts par atbalstāmu un virzāmu saskaņošanai, atbalstāmu pēc "
        "precizējumu veikšanas vai neatbalstāmu. Pirmās trīs kvalifikācijas — motorzāģa operators, mežsaimniecības "
        "tehniķis un mehatronisko sistēmu tehniķis — ekspertīzi jau izgājušas, un to MIP un PKE saturs virzīts tālākai "
        "saskaņošanai.",
        "Enerģētikas nozares eksperts Andris Ozols uzsver, ka nozares uzņēmumi atbalsta darba vidē balstītas mācības, taču "
        "skolām nepieciešams lielāks metodiskais atbalsts, lai prakses vietās apgūtās prasmes būtu salīdzināmas.",
        "Ekspertīzes turpināsies projekta 5. posmā līdz 2026. gada jūlijam.",
        ("small", "Projekts tiek īstenots ar Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam atbalstu."),
    ],
    rows=[], problems=["no_verdict"],
    author="LDDK Komunikācija", created="2026-04-20T12:00",
    note="NOT A REVIEW: news item quoting experts, summarising earlier outcomes ('virzīts tālākai saskaņošanai'), "
         "'uzņēmumi atbalsta', 'metodiskais atbalsts', 'ar … atbalstu'. No rows; one no_verdict row.",
)

# =====================================================================================
# 24 qualification NOT in register, PKE only, no LKI level stated
# =====================================================================================
build(
    "r16a24_Saules sistemas PKE Dzene.docx",
    [
        "Labdien, cienījamā koordinatore!",
        "Pēc Jūsu lūguma izskatīju jaunās kvalifikācijas „Saules enerģijas sistēmu montētājs” profesionālās kvalifikācijas "
        "eksāmena saturu. Programmu man nenosūtīja, tāpēc par to neizsakos.",
        "Eksāmena teorētiskā daļa aptver fotoelementu darbības principus, invertoru veidus, stiprinājumu sistēmas un "
        "darbu augstumā. Praktiskajā daļā izglītojamais montē paneļu rindu uz jumta modeļa, pieslēdz invertoru un veic "
        "nodošanas mērījumus. Ļoti labi, ka vērtēšanas lapā darbs augstumā ir izslēdzošais kritērijs.",
        "Uzskatu, ka eksāmena saturs ir atbalstāms un to var virzīt saskaņošanai.",
        ("sp",),
        "Ar cieņu —",
        "Linda Dzene",
        "SIA „Saules jumti”, projektu vadītāja",
        "Cēsīs, 2. jūnijā, 2026",
    ],
    rows=[("saules enerģijas sistēmu montētājs", "PKE", "supported", "")],
    problems=["unknown_qualification"],
    expert="Linda Dzene", date="2026-06-02",
    author="Linda Dzene", created="2026-06-02T09:15",
    note="Qualification not in the register -> unknown_qualification; no LKI level stated anywhere -> empty lki_level. "
         "PKE only (MIP not sent). Unusual date order 'Cēsīs, 2. jūnijā, 2026'.",
)

# =====================================================================================
# 25 'atbalsts' noun / 'uzņēmumi atbalsta' traps; modal verdict; 'atbalstīt nevaru'
# =====================================================================================
build(
    "r16a25_VGK sistēmu tehniķis_Eglītis_galīgais.docx",
    [
        ("h", "Atzinums par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa programmu un eksāmenu"),
        "Ievadam: šī ir programmas trešā redakcija. Pirmās divas redakcijas vērtēja kolēģi, un abas reizes MIP netika "
        "atbalstīta. Darba grupa šoreiz saņēmusi arī metodisko atbalstu no VISC, un tas ir jūtams.",
        ("h", "Programma"),
        "Iepriekšējās redakcijās trūka sistēmu projektēšanas pamatu un automātikas; tagad abas tēmas ir atsevišķos moduļos "
        "ar skaidriem mācību rezultātiem. Prakses apraksts ir pārrakstīts un vairs nav kopija no remontatslēdznieka "
        "programmas. Nozares uzņēmumi atbalsta to, ka 3. kursā paredzēts ilgāks prakses periods, un es tam pievienojos.",
        "Uzskatu, ka MIP var virzīt saskaņošanai tādu, kāda tā ir; precizējumi nav nepieciešami.",
        ("h", "Eksāmens"),
        "PKE saturs, diemžēl, nav sekojis programmas attīstībai. Praktiskais uzdevums joprojām ir filtru un ventilatora "
        "apkope, kas neatbilst 4. līmenim; automātikas un regulēšanas prasmes eksāmenā netiek pārbaudītas vispār. Eksāmena "
        "saturu šajā redakcijā atbalstīt nevaru — tas jāpārstrādā atbilstoši jaunajai programmai un jāiesniedz atkārtotai "
        "ekspertīzei.",
        ("sp",),
        "Mārtiņš Eglītis",
        "2026. gada 11. jūnijā",
    ],
    rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", 4),
          ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "not_supported", 4)],
    expert="Mārtiņš Eglītis", date="2026-06-11",
    author="Mārtiņš Eglītis", created="2026-06-11T13:45",
    note="Traps: 'metodisko atbalstu' (noun), 'uzņēmumi atbalsta' (3rd person), history 'MIP netika atbalstīta'. Verdicts "
         "'MIP var virzīt saskaņošanai tādu, kāda tā ir; precizējumi nav nepieciešami' = supported; 'atbalstīt nevaru' = "
         "not_supported. Qualification in the genitive in the title.",
)

# =====================================================================================
# 26 Gmail forward chain (Latvian UI): newest message supersedes the quoted earlier verdict
# =====================================================================================
build(
    "r16a26_Fwd_ Mežsaimniecības tehniķis PKE.docx",
    [
        ("small", "Gmail\tElīna Sausiņa <elina.sausina@lddk.lv>"),
        ("h", "Re: Mežsaimniecības tehniķis – PKE precizētā versija"),
        ("hr",),
        "{b}Agnese Kļaviņa{/b} <agnese.klavina@inbox.lv>\totrdiena, 2026. gada 7. aprīlis, 11:48",
        "Kam: Elīna Sausiņa <elina.sausina@lddk.lv>",
        ("sp",),
        "Labdien, Elīna!",
        "Papildinot manu 10. marta vēstuli: darba grupa ir atsūtījusi precizēto PKE versiju. 3. praktiskajā uzdevumā tagad "
        "ir pievienots cirsmas dabā novērtēšanas protokols, un vērtēšanas lapā punkti sadalīti pa darba posmiem, kā biju "
        "lūgusi. Līdz ar to mežsaimniecības tehniķa PKE saturs tagad ir atbalstāms un virzāms saskaņošanai, papildu "
        "precizējumi nav vajadzīgi.",
        "Jauku dienu!",
        "Agnese",
        ("sp",),
        ("q", "2026. gada 10. martā 09:20 Agnese Kļaviņa <agnese.klavina@inbox.lv> rakstīja:"),
        ("q", "> Labdien!"),
        ("q", "> Izskatīju mežsaimniecības tehniķa (LKI 4) PKE saturu. Kopumā labi, bet 3. praktiskajam uzdevumam "
              "jāpievieno novērtēšanas protokols un vērtēšanas lapā punkti jāsadala pa darba posmiem."),
        ("q", "> Slēdziens: PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai."),
        ("q", "> Agnese Kļaviņa, meža nozares eksperte"),
    ],
    rows=[("mežsaimniecības tehniķis", "PKE", "supported", 4)],
    expert="Agnese Kļaviņa", date="2026-04-07",
    author="Elīna Sausiņa", created="2026-04-07T12:30",
    note="Gmail thread (Latvian UI). Quoted 10 March message gives needs_corrections; the newest message (7 April) states "
         "corrections done, 'tagad ir atbalstāms un virzāms saskaņošanai' -> supported, date = newest message. Full name "
         "from From line / quoted signature.",
)

# =====================================================================================
# 27 MIP only, 'Rezumējot' + condition in the next sentence
# =====================================================================================
build(
    "r16a27_Lapina_BG_MIP.docx",
    [
        ("h", "Būvizstrādājumu galdnieka modulārā izglītības programma — eksperta komentāri"),
        "LKI līmenis: 4",
        "Vērtēju tikai programmu; eksāmena saturu šai kvalifikācijai skata I. Grīnberga.",
        "Salīdzinot ar iepriekšējo versiju, darba grupa ir paveikusi lielu darbu. Kāpņu izgatavošanai tagad paredzētas 80 "
        "stundas, montāžas modulis papildināts ar praktiskiem darbiem objektā, prakse sadalīta starp 2. un 3. kursu.",
        "Tomēr moduļu apjomu summa (1 480 stundas) nesakrīt ar programmas kopapjomu (1 520 stundas), un modulī "
        "„Logu izgatavošana” mācību rezultātos divreiz atkārtots viens un tas pats punkts. Var šķist sīkums, bet "
        "saskaņošanā šādas neatbilstības tiek atgrieztas.",
        ("h", "Rezumējot"),
        "MIP saturu atbalstu. Tomēr saskaņošanai to virzīt var tikai tad, kad būs novērsta moduļu apjoma neatbilstība un "
        "izlabots dublētais mācību rezultāts.",
        ("sp",),
        "Kristīne Lapiņa",
        "kokrūpniecības nozares eksperte",
        "27.05.2026",
    ],
    rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", 4)],
    expert="Kristīne Lapiņa", date="2026-05-27",
    author="Laura Bērziņa", created="2026-05-28T08:20",
    note="MIP only (PKE by a named colleague -> no row). 'Rezumējot': 'MIP saturu atbalstu.' + next sentence 'virzīt var "
         "tikai tad, kad …' = needs_corrections. LKI 4 stated.",
)

# =====================================================================================
# 28 NOT A REVIEW: instructions to experts, including an example verdict
# =====================================================================================
build(
    "r16a28_Norādījumi ekspertiem_atzinuma sagatavošana.docx",
    [
        ("title", "Metodiskie norādījumi nozares ekspertam MIP un PKE satura ekspertīzes atzinuma sagatavošanai"),
        ("c", "Apstiprināti LDDK projekta darba grupā 2026. gada 12. janvārī"),
        ("h", "1. Vispārīgie jautājumi"),
        "Eksperts izvērtē, vai profesionālās izglītības iestādes darba grupas izstrādātā modulārās izglītības programmas "
        "(MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs atbilst profesijas standartam, kvalifikācijas prasībām "
        "un nozares vajadzībām, un vai saturs ir atbalstāms.",
        ("h", "2. Atzinuma struktūra"),
        "Atzinumā norāda kvalifikācijas nosaukumu un LKI līmeni, izvērtētā dokumenta nosaukumu (MIP vai PKE), eksperta "
        "vārdu, uzvārdu un atzinuma datumu. Atzinumu var sagatavot brīvā formā vai izmantojot veidni.",
        ("h", "3. Vērtējums"),
        "Eksperts katram dokumentam izvēlas vienu no vērtējumiem:",
        ("ind", "a) saturs ir atbalstāms un virzāms saskaņošanai — ja būtisku iebildumu nav;"),
        ("ind", "b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai — ja nepieciešami labojumi, kurus "
                "darba grupa var veikt bez atkārtotas ekspertīzes;"),
        ("ind", "c) saturs nav atbalstāms — ja nepieciešama būtiska pārstrāde un atkārtota ekspertīze."),
        "Piemērs: „Kvalifikācija: Elektromontieris (LKI 3). MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai. Precizējumi: …”",
        ("h", "4. Iesniegšana"),
        "Atzinumu iesniedz projekta koordinatoram elektroniski .docx formātā. Faila nosaukumā ieteicams norādīt "
        "kvalifikāciju, dokumentu un eksperta uzvārdu.",
    ],
    rows=[], problems=["no_verdict"],
    author="Elīna Sausiņa", created="2026-01-12T14:00",
    note="NOT A REVIEW: instructions; lists every option and contains an example verdict sentence for 'Elektromontieris'. "
         "No rows; one no_verdict row.",
)

# =====================================================================================
# 29 coordinator's forwarding note + pasted expert review
# =====================================================================================
build(
    "r16a29_parsutits_Jansons_motorzags.docx",
    [
        "{i}Elīna, pārsūtu Viestura atzinumu par motorzāģa operatoru (saņemts 20.02. pa e-pastu). Ielīmēju tekstu šeit, "
        "jo viņa pielikums neatvērās. Mans viedoklis — var likt atskaitē. L. B.{/i}",
        ("hr",),
        ("h", "Motorzāģa operators (LKI 3) — MIP un PKE"),
        "Izvērtēju programmu un eksāmenu pēc savas pieredzes, vadot mežizstrādes brigādes. Programma saturiski pareiza, "
        "bet modulī par koku gāšanu nav paredzēts darbs ar vējgāžu kokiem un nokaltušiem kokiem — tieši tur notiek "
        "visvairāk nelaimes gadījumu. Tas jāpapildina. Tāpat jāpārskata apkopes moduļa stundu skaits — 16 stundas ķēdes un dzinēja apkopei ir par maz.",
        "Slēdziens par MIP: atbalstāma, pēc šiem nelielajiem precizējumiem virzāma saskaņošanai.",
        "Eksāmens ir labi sagatavots; praktiskais uzdevums mežā ar reālu koku gāšanu un vērtētāja novērojumu lapu ir "
        "pareizais ceļš. Slēdziens par PKE: pilnībā atbalstāms un virzāms saskaņošanai.",
        ("sp",),
        "Viesturs Jansons",
        "SIA „Zemgales cirsmas”",
        "2026. gada 20. februārī",
    ],
    rows=[("motorzāģa operators", "MIP", "needs_corrections", 3), ("motorzāģa operators", "PKE", "supported", 3)],
    expert="Viesturs Jansons", date="2026-02-20",
    author="Laura Bērziņa", created="2026-02-23T09:40",
    note="Coordinator's italic forwarding note at top ('var likt atskaitē', initials L. B.) then the pasted expert text. "
         "Expert = Viesturs Jansons, not the coordinator. MIP 'atbalstāma, pēc … precizējumiem virzāma' = needs_corrections; "
         "PKE supported.",
)

# =====================================================================================
# 30 academic title, MIP supported; PKE not submitted
# =====================================================================================
build(
    "r16a30_Strautina_KIRT_MIP.docx",
    [
        ("r", "Dr. oec. Baiba Strautiņa"),
        ("r", "Latvijas Biozinātņu un tehnoloģiju universitātes asociētā profesore, kokrūpniecības nozares eksperte"),
        ("sp",),
        ("title", "Recenzija"),
        ("c", "kvalifikācijas „Koka izstrādājumu ražošanas tehniķis” (LKI 4) modulārajai izglītības programmai"),
        ("sp",),
        "Recenzijas objekts ir darba grupas 2026. gada 26. janvārī iesniegtā programmas redakcija. Profesionālās "
        "kvalifikācijas eksāmena saturs recenzijai nav iesniegts; to vērtēšu atsevišķi, kad tas būs pieejams.",
        "Programma veidota atbilstoši kompetencēs balstītas izglītības principiem: mācību rezultāti formulēti kā "
        "novērtējamas prasmes, vērtēšanas kritēriji sasaistīti ar tiem, un moduļu secība atspoguļo ražošanas procesa "
        "loģiku — no izejmateriāla līdz gatavam izstrādājumam un tā kvalitātes kontrolei.",
        "Īpaši vērtīgs ir modulis „Ražošanas plānošana un izmaksu aprēķins”, kas tehniķa līmenim bieži tiek atstāts "
        "novārtā. Tāpat pozitīvi vērtējama aprites ekonomikas tēmu iekļaušana (koksnes atlikumu izmantošana, "
        "energoefektivitāte ražotnē).",
        "Atsevišķos moduļu aprakstos literatūras sarakstā varētu pievienot jaunākus avotus, taču tas ir ieteikums, kas "
        "neietekmē programmas kvalitāti.",
        ("h", "Kopvērtējums"),
        "Programma kopumā atbilst kvalifikācijas prasībām un nozares vajadzībām; atbalstāma un virzāma saskaņošanai. "
        "Precizējumi nav nepieciešami.",
        ("sp",),
        "Jelgavā, 11.02.2026.",
        "B. Strautiņa",
    ],
    rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", 4)],
    expert="Baiba Strautiņa", date="2026-02-11",
    author="Baiba Strautiņa", created="2026-02-11T20:05",
    note="'Recenzija' with academic letterhead (title stripped). PKE explicitly not submitted -> no row. 'atbalstāma un "
         "virzāma saskaņošanai. Precizējumi nav nepieciešami.' = supported; 'nav nepieciešami' is not a negated verdict.",
)

# =====================================================================================
# 31 no author name; Word comment by the coordinator questions the verdict
# =====================================================================================
build(
    "r16a31_elektromontieris atzinums (1).docx",
    [
        ("h", "Elektromontieris (LKI 3) — atzinums par MIP un PKE"),
        "Datums: 2026. gada 16. marts",
        "Programma: moduļu struktūra ir loģiska, taču modulī „Apgaismojuma tīkli” aprakstītas halogēnlampu un "
        "luminiscences spuldžu shēmas, bet LED apgaismojuma vadība (DALI) nav minēta. Tāpat modulī „Elektromontāžas "
        "darbi ēkās” jāprecizē, ka izglītojamais patstāvīgi veic mērījumus pēc montāžas. MIP ir atbalstāma ar šiem "
        "precizējumiem; pēc to ieviešanas virzāma saskaņošanai.",
        "Eksāmens: saturs atbilst kvalifikācijas prasībām, uzdevumi reāli izpildāmi, vērtēšanas lapa skaidra. PKE saturs "
        "ir atbalstāms un virzāms saskaņošanai.",
    ],
    comments=[("PKE saturs ir atbalstāms", "Vai tiešām bez precizējumiem? Pēc R. K. vēstules šķita, ka būs labojumi. "
               "Noskaidrot ar ekspertu.", "Laura Bērziņa", "LB")],
    rows=[("elektromontieris", "MIP", "needs_corrections", 3), ("elektromontieris", "PKE", "supported", 3)],
    expert="", date="2026-03-16",
    author="", created="2026-03-16T16:00",
    note="Unsigned review (no name anywhere in text, empty author) -> expert empty. A Word comment by the coordinator "
         "questions the PKE verdict — comments are not verdicts; PKE supported. MIP 'atbalstāma ar šiem precizējumiem; pēc to "
         "ieviešanas virzāma' = needs_corrections.",
)

# =====================================================================================
# 32 labelled sections; one PKE commented on without verdict
# =====================================================================================
build(
    "r16a32_Priede_MZO_MMO_5posms.docx",
    [
        ("h", "Eksperta atzinums (projekta 5. posms)"),
        "Eksperts: Guntars Priede, meža nozare",
        "Datums: 18.06.2026.",
        ("sp",),
        "{b}Kvalifikācija:{/b} Motorzāģa operators (LKI 3)",
        "{b}Dokuments:{/b} MIP (precizētā redakcija)",
        "Februārī izteiktās piezīmes par koku gāšanas moduli un prakses aprakstu ir ņemtas vērā. Jaunu iebildumu man nav. "
        "Precizētā programma ir atbalstāma un virzāma saskaņošanai.",
        ("sp",),
        "{b}Kvalifikācija:{/b} Meža mašīnu operators (LKI 3)",
        "{b}Dokumenti:{/b} MIP un PKE",
        "MIP: programma kopumā laba, taču modulī „Meža mašīnu tehniskā apkope” jāiekļauj hidraulikas sistēmas diagnostika, "
        "un prakses dienasgrāmatas paraugs jāpielāgo darbam maiņās. Programma atbalstāma, tomēr saskaņošanai virzāma tikai "
        "pēc šo precizējumu veikšanas.",
        "PKE: eksāmena saturā pievērsu uzmanību tam, ka simulatora uzdevums un uzdevums cirsmā vērtēti ar vienādu punktu "
        "skaitu, lai gan sarežģītība ir atšķirīga. Vērtēšanas lapā nav skaidrs, kurš kritērijs ir izslēdzošais. Teorijas "
        "testā ir 50 jautājumi, no kuriem vairāki atkārtojas. Šīs piezīmes esmu nosūtījis arī tieši darba grupas "
        "vadītājam.",
    ],
    rows=[("motorzāģa operators", "MIP", "supported", 3),
          ("meža mašīnu operators", "MIP", "needs_corrections", 3),
          ("meža mašīnu operators", "PKE", "unknown", 3)],
    problems=["no_verdict"],
    expert="Guntars Priede", date="2026-06-18",
    author="Guntars Priede", created="2026-06-18T11:11",
    note="Labelled blocks 'Kvalifikācija:' / 'Dokuments:'. MMO PKE gets remarks but no verdict at all -> unknown + "
         "no_verdict. MZO MIP supported (precised version), MMO MIP needs_corrections ('tikai pēc šo precizējumu').",
)

# =====================================================================================
# 33 negation traps: 'nepieciešami', 'neskatoties', 'bez precizējumiem', 'neatbalstu'
# =====================================================================================
build(
    "r16a33_Muiznieks_mehatronika_MIP_PKE.docx",
    [
        ("h", "Mehatronisko sistēmu tehniķa MIP un PKE — ekspertīzes piezīmes"),
        "Iepazinos ar darba grupas sagatavoto programmu un eksāmena saturu (LKI 4. līmenis). Nozares uzņēmumiem "
        "nepieciešami tehniķi, kas spēj strādāt gan ar mehāniku, gan ar vadības sistēmām, un programma šo vajadzību "
        "atspoguļo labi.",
        "Programmā nepieciešami tikai daži redakcionāli uzlabojumi (terminu vienādošana, atsauces uz standartiem), kurus "
        "darba grupa var veikt pēc saviem ieskatiem — tie nav obligāti. Neskatoties uz to, ka robotikas modulis ir "
        "salīdzinoši īss, tas aptver būtiskāko. Programmu atbalstu un iesaku virzīt saskaņošanai bez precizējumiem.",
        "Eksāmenam ir nopietnas problēmas. Praktiskajā daļā nav neviena uzdevuma ar PLC programmēšanu, teorijā nav "
        "jautājumu par industriālajiem tīkliem, un vērtēšanas lapa ir tikai vispārīgs saraksts bez punktiem. Šādā veidā "
        "PKE saturu neatbalstu, tas jāizstrādā no jauna.",
        ("sp",),
        "Ivars Muižnieks",
        "Daugavpilī, 21.04.2026.",
    ],
    rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", 4),
          ("mehatronisko sistēmu tehniķis", "PKE", "not_supported", 4)],
    expert="Ivars Muižnieks", date="2026-04-21",
    author="Ivars Muižnieks", created="2026-04-21T18:00",
    note="Negation traps: 'nepieciešami' (twice), 'Neskatoties', optional editorial changes 'nav obligāti', 'bez "
         "precizējumiem' -> MIP supported. 'PKE saturu neatbalstu' -> not_supported.",
)

# =====================================================================================
# 34 old PKL levels (PKL n = LKI n+1), two energy qualifications
# =====================================================================================
build(
    "r16a34_Abele_elektro_PKL.docx",
    [
        ("h", "Eksperta vērtējums"),
        "Enerģētikas nozare. Vērtēšanai saņemti divu kvalifikāciju materiāli: elektrotehniķis (3. profesionālās "
        "kvalifikācijas līmenis) un elektromontieris (2. PKL). Darba grupa materiālos vēl lieto veco līmeņu apzīmējumu.",
        ("H2", "I. Elektrotehniķis"),
        "Modulārās programmas saturs ir atbalstāms, taču modulī „Elektroietaišu ekspluatācija” jāaktualizē atsauces uz "
        "Energostandartiem un jānorāda līmeņi atbilstoši LKI, nevis PKL. Pēc šo precizējumu veikšanas programmu var virzīt "
        "saskaņošanai.",
        "Eksāmena saturs: iebildumu nav, atbalstāms un virzāms saskaņošanai.",
        ("H2", "II. Elektromontieris"),
        "Programma: atbalstāma un virzāma saskaņošanai.",
        "Eksāmens: atbalstāms; pirms virzīšanas saskaņošanai jāaizstāj 2. praktiskā uzdevuma shēma, kurā ir kļūda "
        "(nepareizi norādīts aizsardzības vads).",
        ("sp",),
        "Zane Ābele",
        "22.01.2026.",
    ],
    rows=[("elektrotehniķis", "MIP", "needs_corrections", 4), ("elektrotehniķis", "PKE", "supported", 4),
          ("elektromontieris", "MIP", "supported", 3), ("elektromontieris", "PKE", "needs_corrections", 3)],
    expert="Zane Ābele", date="2026-01-22",
    author="", created="2026-01-22T12:00",
    note="Old PKL levels: '3. profesionālās kvalifikācijas līmenis' and '2. PKL' -> LKI 4 and 3 (PKL n = LKI n+1; equals "
         "register). Roman-numeral sections. 'pirms virzīšanas … jāaizstāj' = needs_corrections. Empty author.",
)


# =====================================================================================
# outputs
# =====================================================================================
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for r in ROWS:
            w.writerow(r)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for r in PROBLEMS:
            w.writerow(r)
    lines = [
        "# r16a — free-prose expert reviews (blind set)",
        "",
        "Built by `build.py` (python-docx 1.2). Style: letters and memos in free prose, several qualifications per file "
        "with varied section headings, single-document reviews, history of earlier rounds, conditions, optional "
        "suggestions, e-mails pasted into Word (Outlook/Gmail, LV/EN headers, quoted earlier messages).",
        "",
        f"Files: {len(FILES)}; gold rows: {len(ROWS)}; problem rows: {len(PROBLEMS)}.",
        "",
        "| file | design and judgement calls |",
        "|---|---|",
    ]
    for name, note in NOTES:
        lines.append(f"| {name} | {note.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


write_outputs()
print(len(FILES), "files,", len(ROWS), "rows,", len(PROBLEMS), "problems")
