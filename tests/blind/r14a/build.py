# -*- coding: utf-8 -*-
"""Build the r14a blind evaluation set: free-prose Latvian expert reviews (letters, memos,
pasted e-mails) of MIP / PKE content, plus a few non-review documents.

Run:  /work/hvenv/bin/python build.py
Each build(...) call carries the gold labels of the file it creates.
"""
import csv
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14a"

ROWS = []      # gold rows for expected.csv
PROBS = []     # gold rows for expected_problems.csv
NOTES = []     # (file, note) for README.md

_rev_id = [100]


# ----------------------------------------------------------------- helpers
def new_doc(font="Times New Roman", size=12):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    return d


def _align(p, align):
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def P(d, text="", bold=False, italic=False, align=None, size=None, indent=None,
      space_after=None, color=None):
    """One paragraph with one run ("\n" becomes a line break)."""
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor.from_string(color)
    _align(p, align)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def R(d, parts, align=None, indent=None):
    """One paragraph built from several runs: parts = [str | (str, {bold,italic,strike,underline,size})]."""
    p = d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            text, fmt = part
            r = p.add_run(text)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            r.underline = fmt.get("underline")
            if fmt.get("strike"):
                r.font.strike = True
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
    _align(p, align)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def H(d, text, level=2):
    return d.add_heading(text, level=level)


def B(d, text, style="List Bullet"):
    return d.add_paragraph(text, style=style)


def mail_header(d, pairs, size=10):
    """Outlook / Gmail style header lines: bold label, plain value."""
    for label, value in pairs:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(label + " ")
        r.bold = True
        r.font.size = Pt(size)
        r2 = p.add_run(value)
        r2.font.size = Pt(size)
    d.add_paragraph()


def quoted(d, text, prefix="> "):
    """Gmail-like quoted lines."""
    for line in text.split("\n"):
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Cm(0.6)
        r = p.add_run((prefix + line) if prefix else line)
        r.font.size = Pt(10)
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def _text_run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, kind, text, author, date):
    """Append a tracked insertion ('ins') or deletion ('del') to paragraph p."""
    _rev_id[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_rev_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_text_run(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def footer_text(d, text, align="c", size=9):
    ft = d.sections[0].footer
    p = ft.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    _align(p, align)


def header_text(d, lines, align="l", size=9, bold_first=True):
    hd = d.sections[0].header
    p = hd.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hd.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        if i == 0 and bold_first:
            r.bold = True
        _align(p, align)


def build(name, fn, author, created, expert="", date="", rows=(), problems=(), note=""):
    """Create one .docx with fn(doc) and record its gold labels.
    rows: (qualification, document, verdict, lki_level)."""
    assert name.startswith(PREFIX)
    d = new_doc(*fn.font) if hasattr(fn, "font") else new_doc()
    fn(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    y, m, dd = (int(x) for x in created.split("-"))
    cp.created = datetime.datetime(y, m, dd, 9, 30, 0)
    mod = datetime.datetime(y, m, dd, 11, 5, 0)
    if date:
        dy, dm, ddd = (int(x) for x in date.split("-"))
        mod = max(mod, datetime.datetime(dy, dm, ddd, 11, 5, 0))
    cp.modified = mod
    d.save(os.path.join(OUT, name))
    for q, doc, verdict, lki in rows:
        assert doc in ("MIP", "PKE")
        assert verdict in ("supported", "needs_corrections", "not_supported", "unknown")
        ROWS.append([name, q, doc, verdict, expert, date, str(lki) if lki else ""])
    for code in problems:
        assert code in ("no_verdict", "unknown_qualification", "conflict")
        PROBS.append([name, code])
    NOTES.append((name, note))


def font(name, size):
    def deco(f):
        f.font = (name, size)
        return f
    return deco


# ======================================================================
# 01  letterhead letter, one qualification, both documents
# ======================================================================
@font("Cambria", 11)
def f01(d):
    P(d, "Ilze Kalniņa", bold=True, space_after=0)
    P(d, "SIA „Kurzemes mēbele” ražošanas tehnoloģe\nLDDK deleģētā kokrūpniecības nozares eksperte",
      italic=True, size=10)
    P(d, "")
    P(d, "Atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” (LKI 4. līmenis) modulārās "
         "izglītības programmas un profesionālās kvalifikācijas eksāmena saturu", bold=True, align="c")
    P(d, "Iepazinos ar darba grupas 2026. gada 2. aprīlī iesniegto modulārās izglītības programmas "
         "(turpmāk – programma) projektu un kvalifikācijas eksāmena satura aprakstu. Abus dokumentus "
         "vērtēju, salīdzinot tos ar 2025. gadā aktualizētajām profesionālās kvalifikācijas prasībām un "
         "ar to, ko šobrīd sagaidām no jauna darbinieka mūsu ražotnē.", align="j")
    P(d, "Par programmu", bold=True)
    P(d, "Programmas struktūra ir pārskatāma, moduļu secība loģiska. Īpaši vēlos izcelt moduli "
         "„Mēbeļu izgatavošana ar CNC iekārtām”, kurā beidzot parādās arī darba sagatavošana CAM vidē – "
         "tieši to uzņēmumi sagaida visvairāk. Tajā pašā laikā man ir vairākas piezīmes:", align="j")
    B(d, "modulī „Virsmu apdare” nav pieminētas ūdens bāzes apdares sistēmas un UV žāvēšana, lai gan "
         "nozarē tās jau ir ikdiena;")
    B(d, "moduļa „Mēbeļu montāža un uzstādīšana” mācību rezultātos jāiekļauj darbs pie klienta – "
         "uzstādīšana objektā un saziņa ar pasūtītāju;")
    B(d, "darba aizsardzības prasības aprakstītas pārāk vispārīgi, trūkst atsauces uz putekļu "
         "nosūkšanu un sprādzienbīstamību kokapstrādes cehos;")
    B(d, "praktisko mācību sadalījumā starp skolu un uzņēmumu būtu vēlama lielāka elastība (šis gan "
         "ir tikai ieteikums).")
    P(d, "Programmu atbalstu, taču pirms tās virzīšanas saskaņošanai darba grupai jāveic pirmajos trijos "
         "punktos minētie precizējumi.", align="j")
    P(d, "Par kvalifikācijas eksāmenu", bold=True)
    P(d, "Eksāmena praktiskā daļa – skapīša ar viramām durvīm izgatavošana pēc rasējuma – ir reāla un "
         "samērīga ar 4. līmeņa kvalifikāciju. Vērtēšanas kritēriji ir skaidri, punktu sadalījums "
         "pamatots, teorētiskās daļas jautājumu kopa aptver visas galvenās prasību jomas. Būtiskus "
         "trūkumus nekonstatēju.", align="j")
    P(d, "Secinājumi", bold=True)
    P(d, "1. Programmas saturs ir atbalstāms ar nosacījumu, ka tiek ņemtas vērā manas 1.–3. piezīme; "
         "pēc to izpildes programmu var virzīt saskaņošanai.")
    P(d, "2. Kvalifikācijas eksāmena saturs ir atbalstāms un bez izmaiņām virzāms saskaņošanai.")
    P(d, "")
    P(d, "Ar cieņu,", space_after=0)
    P(d, "Ilze Kalniņa", space_after=0)
    P(d, "Liepājā, 2026. gada 14. aprīlī")


build("r14a01_Atzinums_Mebelu galdnieks_I.Kalnina.docx", f01,
      author="Ilze Kalniņa", created="2026-04-14",
      expert="Ilze Kalniņa", date="2026-04-14",
      rows=[("mēbeļu galdnieks", "MIP", "needs_corrections", 4),
            ("mēbeļu galdnieks", "PKE", "supported", 4)],
      note="Letterhead (name+role above title), metadata in title. MIP: 'atbalstu, taču pirms virzīšanas "
           "jāveic precizējumi' + conclusion 'ar nosacījumu' -> needs_corrections; 4th bullet is an optional "
           "suggestion. PKE supported 'bez izmaiņām'. Date from place/date line at the end.")


# ======================================================================
# 02  Outlook e-mail (Latvian headers) pasted into Word, PKE only
# ======================================================================
@font("Calibri", 11)
def f02(d):
    mail_header(d, [("No:", "Jānis Ozols <janis.ozols@mezaserviss.lv>"),
                    ("Nosūtīts:", "otrdiena, 2026. gada 21. aprīlis 16:42"),
                    ("Kam:", "Zane Krūmiņa <zane.krumina@lddk.lv>"),
                    ("Tēma:", "RE: Motorzāģa operators – PKE ekspertīze")])
    P(d, "Labdien, Zane!")
    P(d, "Izskatīju motorzāģa operatora eksāmena materiālus. Praktiskais uzdevums (koka gāšana ar "
         "virziena noteikšanu, atzarošana un sagarumošana) ir tieši tāds, kādam jābūt, un vērtēšanas lapa "
         "ir saprotama arī vērtētājam no uzņēmuma, ne tikai skolotājam. Teorijas testā 14. jautājumā "
         "ir drukas kļūda ķēdes zoba asināšanas leņķī, bet to skola izlabos pati, uz manu vērtējumu tas "
         "neietekmē.")
    P(d, "Kopumā pret PKE saturu man iebildumu nav – var virzīt saskaņošanai.")
    P(d, "Programmu (MIP), kā runājām telefoniski, skatās Aivars, tāpēc par to šeit neko nerakstu.")
    P(d, "Jānis Ozols\nSIA „Meža serviss” darbu vadītājs\nt. 26 418 552", size=10)
    P(d, "")
    mail_header(d, [("No:", "Zane Krūmiņa <zane.krumina@lddk.lv>"),
                    ("Nosūtīts:", "ceturtdiena, 2026. gada 16. aprīlis 10:03"),
                    ("Kam:", "Jānis Ozols <janis.ozols@mezaserviss.lv>"),
                    ("Tēma:", "Motorzāģa operators – PKE ekspertīze")])
    P(d, "Labdien, Jāni!")
    P(d, "Pielikumā nosūtu darba grupas sagatavoto motorzāģa operatora PKE saturu. Lūdzu to izvērtēt un "
         "atzinumā norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms tikai pēc "
         "precizējumu veikšanas vai nav atbalstāms. Atzinumu, lūdzu, līdz 24. aprīlim.")
    P(d, "Paldies!\nZane Krūmiņa\nLDDK projekta koordinatore", size=10)


build("r14a02_RE Motorzāģa operators – PKE ekspertīze.docx", f02,
      author="Zane Krūmiņa", created="2026-04-22",
      expert="Jānis Ozols", date="2026-04-21",
      rows=[("motorzāģa operators", "PKE", "supported", 3)],
      note="Outlook reply (LV headers) pasted by coordinator (docx author = coordinator). 'iebildumu nav – "
           "var virzīt saskaņošanai' = supported; typo fix 'neietekmē' vērtējumu. MIP explicitly reviewed by "
           "someone else -> no MIP row. Quoted request lists all three options (not a verdict). Date = Nosūtīts "
           "of the expert's message.")


# ======================================================================
# 03  memo, three energy qualifications, numbered sections, Kopvērtējums in prose
# ======================================================================
def f03(d):
    P(d, "EKSPERTU ATZINUMS", bold=True, align="c", size=14)
    P(d, "par enerģētikas nozares profesionālo kvalifikāciju izglītības programmu un eksāmenu saturu",
      align="c")
    P(d, "Eksperts: Dr.sc.ing. Valdis Grīnbergs, SIA „Elektro Montāža Latgale” tehniskais direktors\n"
         "Atzinuma datums: 2026. gada 28. aprīlis")
    P(d, "Atzinums sagatavots pēc LDDK lūguma par profesionālās izglītības kompetences centra darba "
         "grupas izstrādātajiem dokumentiem. Vērtējot ņēmu vērā 2025. gadā aktualizētās profesionālās "
         "kvalifikācijas prasības un savu pieredzi, pieņemot darbā tehnikumu absolventus. Katrai "
         "kvalifikācijai vispirms sniedzu piezīmes, bet apkopots vērtējums dots atzinuma beigās.",
      align="j")
    P(d, "1. Elektromontieris (LKI 3. līmenis)", bold=True)
    P(d, "1.1. Modulārā izglītības programma. Programmā iekļauti visi kvalifikācijas prasībās paredzētie "
         "darba pienākumi. Pieeja, ka zemsprieguma sadalņu montāža tiek apgūta galvenokārt simulācijā, "
         "gan nav atbalstāma – audzēknim jāstrādā ar reālām iekārtām vismaz mācību darbnīcā. Jāprecizē arī "
         "moduļa „Kabeļlīniju izbūve” mācību rezultāti, jo tajos nav minēta kabeļu trases marķēšana un "
         "izpilddokumentācija. Pārējie moduļi ir labi sabalansēti.", align="j")
    P(d, "1.2. Kvalifikācijas eksāmens. Praktiskais uzdevums (apgaismojuma un spēka ķēdes montāža ar "
         "izolācijas pretestības mērījumu) atbilst 3. līmenim, vērtēšanas kritēriji ir izmērāmi. "
         "Piezīmju nav.", align="j")
    P(d, "2. Elektrotehniķis (LKI 4. līmenis)", bold=True)
    P(d, "2.1. Programma ir mūsdienīga: iekļauta viedo skaitītāju un saules paneļu sistēmu pieslēgšana, "
         "kā arī elektroenerģijas kvalitātes mērījumi. Moduļu apjomi kredītpunktos atbilst kopējam "
         "programmas apjomam. Būtisku iebildumu man nav.", align="j")
    P(d, "2.2. Eksāmens gan rada bažas. Praktiskais uzdevums faktiski dublē elektromontiera eksāmenu – "
         "tajā nav ne releju aizsardzības iestatījumu pārbaudes, ne bojājumu meklēšanas pēc shēmas, kas ir "
         "4. līmeņa tehniķa pamatkompetence. Teorētiskās daļas jautājumi ir pārāk vienkārši. Eksāmena "
         "saturs jāpārstrādā pēc būtības.", align="j")
    P(d, "3. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4. līmenis)", bold=True)
    P(d, "Vērtēju tikai eksāmena saturu, jo programmu izskata cits eksperts. Eksāmena uzdevumi izvēlēti "
         "labi, taču vērtēšanas kritēriju 3.2. un 3.4. punktā nav norādīts, cik punktu piešķir par daļēji "
         "izpildītu darbību. Tas jāprecizē.", align="j")
    P(d, "Kopvērtējums", bold=True)
    P(d, "Elektromontiera programma ir atbalstāma, taču saskaņošanai virzāma tikai pēc 1.1. punktā minēto "
         "precizējumu veikšanas, savukārt elektromontiera eksāmena saturs ir atbalstāms un virzāms "
         "saskaņošanai bez izmaiņām. Elektrotehniķa programmu atbalstu un iesaku virzīt saskaņošanai. "
         "Elektrotehniķa eksāmena saturs pašreizējā redakcijā nav atbalstāms – pēc pārstrādes tas "
         "jāiesniedz atkārtotai ekspertīzei. VGK sistēmu tehniķa eksāmena saturs ir atbalstāms, "
         "saskaņošanai virzāms pēc vērtēšanas kritēriju precizēšanas.", align="j")
    P(d, "")
    P(d, "______________________  V. Grīnbergs", align="r")


build("r14a03 Energetika MIP PKE atzinums_galigais.docx", f03,
      author="Valdis Grinbergs", created="2026-04-28",
      expert="Valdis Grīnbergs", date="2026-04-28",
      rows=[("elektromontieris", "MIP", "needs_corrections", 3),
            ("elektromontieris", "PKE", "supported", 3),
            ("elektrotehniķis", "MIP", "supported", 4),
            ("elektrotehniķis", "PKE", "not_supported", 4),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections", 4)],
      note="Three qualifications in numbered sections; verdicts only in a prose 'Kopvērtējums' using genitive "
           "forms (elektromontiera, elektrotehniķa, 'VGK sistēmu tehniķa'). Body trap: 'Pieeja ... nav "
           "atbalstāma' about one approach in an MIP that is in the end supported with corrections. VGK MIP "
           "reviewed by another expert -> no row. Title Dr.sc.ing. dropped from expert name.")


# ======================================================================
# 04  hasty, no diacritics, initial + surname
# ======================================================================
@font("Arial", 10)
def f04(d):
    P(d, "Datorizeto kokapstrades iekartu operators - MIP un PKE", bold=True)
    P(d, "Paskatijos abus dokumentus, ko atsutija 28.04.")
    P(d, "Programma: CNC programmesanas modulis ir parak visparigs, nav ne vardu par CAM, G-kodu "
         "labosanu uz vietas pie iekartas, instrumentu datubazi. 4. modulis (kokmateriali) ir burtiski "
         "nokopets no galdnieka programmas. 6. moduli (iekartu apkope) nav nekas par 5 asu iekartam, "
         "lai gan tieshi tadas tagad pert visi. Stundu sadalijums ari dīvains - teorijai vairak neka praksei.")
    P(d, "MIP saja redakcija neatbalstu. Japarstrada 4. un 6. modulis un japapildina CNC dala, tad var "
         "skatities velreiz.")
    P(d, "PKE kopuma ok, bet praktiskaja uzdevuma jaieklauj instrumenta nomainas un nulles punkta "
         "iestatisana, vertesanas lapa jasalabo punkti (kopa sanak 95 nevis 100). Kad tas bus izdarits, "
         "var virzit saskanosanai.")
    P(d, "")
    P(d, "A. Berzins\n5.05.2026")


build("r14a04_datorizeto kokapstr operators_berzins.docx", f04,
      author="", created="2026-05-05",
      expert="A. Berzins", date="2026-05-05",
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "not_supported", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "needs_corrections", 4)],
      note="Hasty note typed without diacritics (one stray 'dīvains'); empty docx author. MIP 'saja redakcija "
           "neatbalstu ... tad var skatities velreiz' = not_supported. PKE 'kopuma ok, bet ... Kad tas bus "
           "izdarits, var virzit' = condition in next sentence -> needs_corrections. Expert as written: initial "
           "+ surname without diacritics.")


# ======================================================================
# 05  long second-round review, MIP only, module by module
# ======================================================================
def f05(d):
    P(d, "Ventilācijas un gaisa kondicionēšanas sistēmu tehniķa modulārās izglītības programmas "
         "atkārtota ekspertīze", bold=True, align="c", size=13)
    P(d, "Kvalifikācijas līmenis: LKI 4. līmenis. Nozare: enerģētika.", italic=True, align="c")
    P(d, "Šis ir mans otrais atzinums par šo programmu. Pirmajā ekspertīzē 2026. gada 17. februārī programmu "
         "neatbalstīju, galvenokārt tāpēc, ka tajā praktiski nebija aptverta aukstumaģentu (F-gāzu) "
         "apstrāde, automātikas daļa bija aprakstīta virspusēji un kvalifikācijas prakses saturs neatbilda "
         "tam, ko tehniķis reāli dara objektā. Darba grupa 2026. gada 22. aprīlī iesniedza pārstrādātu "
         "redakciju, kopā ar tabulu, kurā norādīts, kā ņemta vērā katra mana piezīme. Par to paldies – tas "
         "ievērojami atvieglo darbu.", align="j")
    P(d, "Tālāk sniedzu komentārus par katru moduli.", align="j")
    P(d, "Ievadmodulis „Nozare un profesija”", bold=True)
    P(d, "Modulis ir īss un lietišķs. Labi, ka iekļauts ēku energoefektivitātes normatīvā regulējuma "
         "pārskats un digitālās būvniecības (BIM) pamatjēdzieni. Komentāru nav.", align="j")
    P(d, "Ventilācijas sistēmu montāža", bold=True)
    P(d, "Salīdzinot ar iepriekšējo redakciju, mācību rezultāti ir konkrēti un izmērāmi. Iekļauta gaisa "
         "vadu hermētiskuma pārbaude un ugunsdrošības vārstu uzstādīšana, kas iepriekš trūka. Varbūt būtu "
         "vērts pieminēt arī skaņas slāpētāju izvēli, bet tas nav būtiski.", align="j")
    P(d, "Dzesēšanas un siltumsūkņu iekārtas", bold=True)
    P(d, "Šis bija galvenais iebildums pirmajā kārtā. Tagad modulī ir atsevišķs mācību rezultātu bloks par "
         "darbu ar fluorētajām siltumnīcefekta gāzēm, noplūžu pārbaudi un uzskaiti, un tas ir sasaistīts ar "
         "sertifikācijas prasībām. Apjoms (6 kredītpunkti) ir pietiekams. Vienīgi terminoloģijā vienā vietā "
         "lietots „freons”, ko vajadzētu aizstāt ar „aukstumaģents”.", align="j")
    P(d, "Automātikas un vadības sistēmas", bold=True)
    P(d, "Modulis ir pārrakstīts gandrīz pilnībā. Tajā ir gan sensoru un izpildmehānismu pieslēgšana, gan "
         "darbs ar ēkas vadības sistēmas saskarni, gan parametru nolasīšana attālināti. Tas atbilst "
         "mūsdienu objektiem. Ieteiktu vienu praktisko darbu veidot kopā ar uzņēmumu, jo skolas darbnīcā "
         "šādas sistēmas reti ir pieejamas, taču tas ir ieteikums, nevis prasība.", align="j")
    P(d, "Energoefektivitāte un sistēmu regulēšana", bold=True)
    P(d, "Labs modulis. Gaisa plūsmu mērīšana un sistēmas balansēšana aprakstīta ar konkrētiem "
         "instrumentiem un protokola paraugu. Komentāru nav.", align="j")
    P(d, "Apkope un bojājumu diagnostika", bold=True)
    P(d, "Iekļauti gan plānveida apkopes grafiki, gan bojājumu meklēšanas algoritms. Iepriekšējā redakcijā "
         "šis modulis netika atbalstīts, jo tas pārklājās ar montāžas moduli; tagad pārklāšanās ir novērsta.",
      align="j")
    P(d, "Kvalifikācijas prakse", bold=True)
    P(d, "Prakses uzdevumi ir sasaistīti ar moduļiem, un ir paredzēts prakses vadītāja vērtējums pēc "
         "vienotiem kritērijiem. Tas ir būtisks uzlabojums.", align="j")
    P(d, "Par eksāmenu", bold=True)
    P(d, "Kvalifikācijas eksāmena saturu darba grupa šoreiz neiesniedza – to vērtēšu atsevišķi, kad tas būs "
         "pabeigts, tāpēc šis atzinums uz PKE neattiecas.", align="j")
    P(d, "Noslēgumā", bold=True)
    P(d, "Darba grupa ir ņēmusi vērā visas pirmās ekspertīzes piezīmes, un programma tagad atbilst gan "
         "profesionālās kvalifikācijas prasībām, gan nozares vajadzībām. Uzskatu, ka programmas pašreizējā "
         "redakcija ir atbalstāma un virzāma saskaņošanai. Augstāk minētie ieteikumi (skaņas slāpētāji, "
         "termins „aukstumaģents”, prakses darbs uzņēmumā) ir rekomendējoši – to ņemšana vērā nav "
         "priekšnoteikums programmas virzīšanai.", align="j")
    P(d, "")
    P(d, "Mārtiņš Siliņš\nSIA „Klimata inženierija” projektu vadītājs, nozares eksperts", space_after=0)
    P(d, "Jelgavā, 2026. gada 6. maijā")


build("r14a05_VGK sistēmu tehniķis MIP atkārtota ekspertīze Siliņš.docx", f05,
      author="Mārtiņš Siliņš", created="2026-05-06",
      expert="Mārtiņš Siliņš", date="2026-05-06",
      rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", "supported", 4)],
      note="Long (~2 pages) second-round review, module by module. History: first round 'neatbalstīju', a "
           "module that 'netika atbalstīts' earlier. Optional suggestions explicitly 'nav priekšnoteikums' -> "
           "supported, not needs_corrections. PKE explicitly not covered -> no row.")


# ======================================================================
# 06  NOT a review: school working-group minutes
# ======================================================================
def f06(d):
    P(d, "Zemgales Meža tehnikums", bold=True, align="c")
    P(d, "MIP un PKE izstrādes darba grupas sanāksmes", align="c")
    P(d, "PROTOKOLS Nr. 7", bold=True, align="c")
    P(d, "Jelgavā, 2026. gada 30. aprīlī")
    P(d, "Piedalās: darba grupas vadītāja Anita Sproģe, skolotāji Valters Eglītis, Sandra Laizāne, "
         "Ivars Kronbergs; LDDK pārstāve Zane Krūmiņa (attālināti).\nProtokolē: Sandra Laizāne.")
    P(d, "Darba kārtība:", bold=True)
    P(d, "1. Nozares eksperta piezīmju par motorzāģa operatora MIP izskatīšana.\n"
         "2. Motorzāģa operatora PKE praktiskā uzdevuma varianti.\n"
         "3. Dažādi.")
    P(d, "1. A. Sproģe informē, ka eksperta atzinums saņemts 24. aprīlī. Eksperta piezīmes galvenokārt "
         "attiecas uz 3. moduli (darba drošība un individuālie aizsardzības līdzekļi) un 5. moduli "
         "(vējgāžu apstrāde). V. Eglītis norāda, ka vējgāžu apstrādes praktiskajām nodarbībām "
         "nepieciešams uzņēmuma atbalsts, jo skolas mācību mežā piemērotu objektu nav.", align="j")
    P(d, "NOLĒMA: precizēt MIP 3. un 5. moduli atbilstoši eksperta piezīmēm un līdz 2026. gada "
         "15. maijam iesniegt precizēto redakciju LDDK atkārtotai izvērtēšanai.", bold=True, align="j")
    P(d, "2. I. Kronbergs piedāvā trīs praktiskā uzdevuma variantus. Z. Krūmiņa atgādina, ka PKE saturu "
         "ekspertam jāvērtē atsevišķi un ka eksperta slēdziens var būt „atbalstāms”, „atbalstāms pēc "
         "precizējumiem” vai „nav atbalstāms”. Nozares uzņēmumi atbalsta variantu ar koku gāšanu reālos "
         "apstākļos.", align="j")
    P(d, "NOLĒMA: PKE iesniegt ekspertīzei ar otro variantu; lūgt LDDK metodisko atbalstu vērtētāju "
         "instruktāžai.", bold=True, align="j")
    P(d, "3. Nākamā sanāksme – 2026. gada 14. maijā.", align="j")
    P(d, "")
    P(d, "Sanāksmes vadītāja                A. Sproģe\nProtokolētāja                         S. Laizāne")


build("r14a06_Protokols_Nr7_darba grupa 30.04.docx", f06,
      author="Sandra Laizāne", created="2026-04-30",
      rows=[], problems=["no_verdict"],
      note="NOT a review: school working-group minutes. Mentions eksperta atzinums, MIP/PKE, all verdict "
           "options, 'uzņēmuma atbalsts', 'uzņēmumi atbalsta', 'metodisko atbalstu'. No rows; one no_verdict.")


# ======================================================================
# 07  qualification not in register (metinātājs), both supported
# ======================================================================
@font("Calibri", 11)
def f07(d):
    P(d, "Oskars Rubenis", bold=True, align="r", space_after=0)
    P(d, "metināšanas inženieris (IWE), SIA „Metālkonstrukciju rūpnīca”\nnozares eksperts", align="r",
      size=10)
    P(d, "")
    P(d, "Atzinums par kvalifikācijas „Metinātājs” (LKI 3. līmenis) modulārās izglītības programmu un "
         "kvalifikācijas eksāmena saturu", bold=True)
    P(d, "Darba grupa sagatavojusi programmu, kas aptver loka metināšanu ar pārklātiem elektrodiem (111), "
         "MAG (135) un TIG (141) procesus, kā arī plākšņu un cauruļu savienojumus dažādos telpiskos "
         "stāvokļos. Programma veidota, ņemot vērā LVS EN ISO 9606-1 prasības, tāpēc absolvents pēc tās "
         "apguves varēs bez liekas kavēšanās kārtot metinātāja sertifikācijas pārbaudi.", align="j")
    P(d, "Atsevišķi gribu atzīmēt vizuālās kontroles un defektu atpazīšanas moduli – tas līdz šim "
         "skolu programmās bija vājākā vieta. Labi, ka ir arī metināšanas procedūras specifikācijas (WPS) "
         "lasīšana.", align="j")
    P(d, "Programmu vērtēju pozitīvi: tā ir atbalstāma un var tikt virzīta saskaņošanai bez precizējumiem.",
      align="j")
    P(d, "Eksāmena praktiskajā daļā paredzēts metināt kontrolparaugu divos stāvokļos ar sekojošu vizuālo "
         "kontroli un lieces pārbaudi. Vērtēšanas kritēriji ir objektīvi un atbilst standartam. Arī "
         "eksāmena saturu atbalstu – virzāms saskaņošanai.", align="j")
    P(d, "")
    P(d, "12.05.2026.")


build("r14a07_Metinatajs_MIP_PKE_Rubenis.docx", f07,
      author="Oskars Rubenis", created="2026-05-12",
      expert="Oskars Rubenis", date="2026-05-12",
      rows=[("metinātājs", "MIP", "supported", 3),
            ("metinātājs", "PKE", "supported", 3)],
      problems=["unknown_qualification"],
      note="Qualification not in the register (metinātājs, LKI 3 stated). Letterhead right-aligned; name only in "
           "letterhead, date alone at the end. MIP 'atbalstāma ... bez precizējumiem' -> supported; PKE "
           "'Arī eksāmena saturu atbalstu – virzāms saskaņošanai'.")


# ======================================================================
# 08  MIP with corrections, PKE discussed but verdict postponed
# ======================================================================
def f08(d):
    P(d, "Koka izstrādājumu ražošanas tehniķis – MIP un PKE", bold=True, size=13)
    P(d, "Eksperte: Santa Vītola, SIA „Baltic Timber Products” kvalitātes vadītāja")
    P(d, "Programma", bold=True, italic=True)
    P(d, "Programma kopumā ir veidota pārdomāti, un redzams, ka darba grupā piedalījušies cilvēki no "
         "ražošanas. Tomēr 2. moduļa „Ražošanas plānošana” mācību rezultāti ir formulēti tā, it kā tehniķis "
         "tikai izpildītu meistara norādījumus – 4. līmenī viņam pašam jāprot sastādīt maiņas darba plānu "
         "un aprēķināt materiālu patēriņu. 4. modulī „Kvalitātes kontrole” trūkst mitruma mērījumu un "
         "līmēto izstrādājumu stiprības pārbaužu.", align="j")
    P(d, "Programma ir atbalstāma, ja tiek precizēti 2. un 4. moduļa mācību rezultāti; pēc tam to var "
         "virzīt saskaņošanai.", align="j")
    P(d, "Eksāmens", bold=True, italic=True)
    P(d, "Eksāmena praktiskais uzdevums paredz tehnoloģiskās kartes sastādīšanu konkrētam izstrādājumam, "
         "kas ir pareizi. Neskaidrs gan ir, vai vērtēšanas kritēriji ir sasaistīti ar mācību rezultātiem – "
         "pielikumā tie doti bez atsaucēm. Nav arī skaidrs, vai teorētiskā daļa notiks elektroniski un "
         "kā tiks nodrošināta jautājumu rotācija.", align="j")
    P(d, "Šos jautājumus esmu nosūtījusi darba grupas vadītājam. PKE vērtējumu sniegšu, kad būšu saņēmusi "
         "atbildes.", align="j")
    P(d, "")
    P(d, "2026. gada 19. maijā")


build("r14a08_Koka izstradajumu razosanas tehnikis_Vitola.docx", f08,
      author="Santa", created="2026-05-19",
      expert="Santa Vītola", date="2026-05-19",
      rows=[("koka izstrādājumu ražošanas tehniķis", "MIP", "needs_corrections", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "unknown", 4)],
      problems=["no_verdict"],
      note="MIP: 'atbalstāma, ja tiek precizēti ...; pēc tam var virzīt' -> needs_corrections. PKE is discussed "
           "(remarks, questions) but the verdict is explicitly postponed -> unknown + no_verdict. Expert only "
           "in a top 'Eksperte:' line; date alone at the bottom.")


# ======================================================================
# 09  Gmail forward, English headers, both supported
# ======================================================================
@font("Arial", 10)
def f09(d):
    P(d, "---------- Forwarded message ---------")
    mail_header(d, [("From:", "Raimonds Liepiņš <raimonds.liepins@gmail.com>"),
                    ("Date:", "Tue, May 12, 2026 at 9:14 AM"),
                    ("Subject:", "meža mašīnu operators"),
                    ("To:", "<ekspertize@lddk.lv>")])
    P(d, "Sveiki!")
    P(d, "Meža mašīnu operatora programmu un eksāmenu izskatīju. Abi dokumenti sagatavoti labi, redzams, "
         "ka darba grupā bijuši cilvēki no mežizstrādes uzņēmumiem. Simulatora stundu apjoms ir adekvāts, "
         "prakse uz īstas tehnikas paredzēta pietiekamā apjomā, un beidzot ir iekļauta arī harvestera "
         "datu (stm/hpr failu) nolasīšana un pārsūtīšana. Eksāmenā ir gan simulatora, gan reāla "
         "uzdevuma daļa, kritēriji saprotami.")
    P(d, "Abus dokumentus atbalstu, no manas puses var virzīt tālāk uz saskaņošanu.")
    P(d, "Raimonds Liepiņš\nSIA „Forest Machines Baltic”, servisa vadītājs")


build("r14a09_Fwd meža mašīnu operators.docx", f09,
      author="zkrumina", created="2026-05-12",
      expert="Raimonds Liepiņš", date="2026-05-12",
      rows=[("meža mašīnu operators", "MIP", "supported", 3),
            ("meža mašīnu operators", "PKE", "supported", 3)],
      note="Gmail forward with English headers, date only in 'Date: Tue, May 12, 2026'. One verdict for both "
           "documents: 'Abus dokumentus atbalstu ... var virzīt tālāk uz saskaņošanu'. Docx author = coordinator "
           "login.")


# ======================================================================
# 10  conflict: two template options left under Slēdziens for MIP
# ======================================================================
def f10(d):
    P(d, "Atzinums", bold=True, align="c", size=14)
    P(d, "par profesionālās kvalifikācijas „Kokapstrādes iekārtu operators” (LKI 3) modulārās izglītības "
         "programmas un kvalifikācijas eksāmena saturu", align="c")
    P(d, "Vērtēšanai saņēmu programmas 2026. gada 8. maija redakciju un eksāmena satura aprakstu. Abi "
         "dokumenti kopumā atbilst kvalifikācijas prasībām.", align="j")
    P(d, "Piezīmes par programmu:", bold=True)
    P(d, "– moduļa „Zāģēšanas iekārtas” nosaukumu būtu vēlams papildināt ar „un frēzēšanas”, jo saturā ir "
         "abas iekārtu grupas;\n"
         "– 3. modulī varētu precīzāk aprakstīt griezējinstrumentu nomaiņu un to drošu uzglabāšanu;\n"
         "– vispārizglītojošo moduļu stundu skaits ir nedaudz pārspīlēts, bet tas ir skolas ziņā.")
    P(d, "Piezīmes par eksāmenu:", bold=True)
    P(d, "Uzdevums (detaļu partijas sagatavošana pēc specifikācijas ar iekārtas iestatīšanu) ir reāls, "
         "vērtēšanas lapa skaidra. Piezīmju nav.", align="j")
    P(d, "Slēdziens", bold=True)
    P(d, "Modulārās izglītības programmas saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "Modulārās izglītības programmas saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
         "saskaņošanai.")
    P(d, "Profesionālās kvalifikācijas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.")
    P(d, "")
    P(d, "Kaspars Dreimanis, SIA „Vidzemes kokapstrāde” ražošanas meistars\n2026. gada 22. maijā")


build("r14a10_Kokapstrādes iekārtu operators_atzinums_Dreimanis.docx", f10,
      author="Kaspars Dreimanis", created="2026-05-22",
      expert="Kaspars Dreimanis", date="2026-05-22",
      rows=[("kokapstrādes iekārtu operators", "MIP", "unknown", 3),
            ("kokapstrādes iekārtu operators", "PKE", "supported", 3)],
      problems=["conflict"],
      note="Under 'Slēdziens' the expert left two template sentences for MIP (supported AND supported after "
           "corrections), neither struck; the body remarks are soft ('būtu vēlams', 'varētu'), so nothing "
           "decides between them -> MIP unknown + conflict. PKE single clear sentence -> supported.")


# ======================================================================
# 11  strike-through: 'nevajadzīgo svītrot' in a prose letter
# ======================================================================
def f11(d):
    P(d, "Valmierā, 2026. gada 25. maijā", align="r")
    P(d, "LDDK projekta koordinatorei\nZanei Krūmiņai")
    P(d, "Par būvizstrādājumu galdnieka MIP un PKE", bold=True)
    P(d, "Labdien!", space_after=6)
    P(d, "Nosūtu savu vērtējumu par būvizstrādājumu galdnieka (LKI 4. līmenis) programmu un eksāmenu. "
         "Slēdzienu aizpildīju jūsu atsūtītajā veidnē, nevajadzīgo izsvītrojot.", align="j")
    P(d, "Programmā labi aprakstīta logu un durvju izgatavošana, taču gandrīz nekas nav par kāpņu "
         "izgatavošanu un montāžu, lai gan kvalifikācijas prasībās tā ir minēta kā atsevišķs darba "
         "pienākums. Jāpapildina arī būvizstrādājumu uzstādīšanas modulis ar hermetizācijas risinājumiem "
         "(lentes, putas, tvaika izolācija) – tieši tur jaunie darbinieki pieļauj visvairāk kļūdu. "
         "Eksāmena uzdevums – loga rāmja fragmenta izgatavošana – ir piemērots, kritēriji skaidri.",
      align="j")
    P(d, "Slēdziens (nevajadzīgo svītrot)", bold=True)
    R(d, [("MIP saturs: ", {"bold": True}),
          ("ir atbalstāms un virzāms saskaņošanai", {"strike": True}), " / ",
          "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", " / ",
          ("nav atbalstāms", {"strike": True})])
    R(d, [("PKE saturs: ", {"bold": True}),
          "ir atbalstāms un virzāms saskaņošanai", " / ",
          ("ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", {"strike": True}), " / ",
          ("nav atbalstāms", {"strike": True})])
    P(d, "")
    P(d, "Ar cieņu\nGatis Kalējs\nSIA „Koka logi un durvis” tehnologs")


build("r14a11_Buvizstradajumu galdnieks - Kalejs (2).docx", f11,
      author="Gatis", created="2026-05-25",
      expert="Gatis Kalējs", date="2026-05-25",
      rows=[("būvizstrādājumu galdnieks", "MIP", "needs_corrections", 4),
            ("būvizstrādājumu galdnieks", "PKE", "supported", 4)],
      note="Prose letter with a 'nevajadzīgo svītrot' line per document: the non-chosen options carry "
           "strike-through. Unstruck option = verdict; consistent with the body (MIP lacks stairs/sealing).")


# ======================================================================
# 12  tracked changes, PKE only
# ======================================================================
def f12(d):
    P(d, "Atzinums par profesionālās kvalifikācijas „Mežsaimniecības tehniķis” eksāmena saturu",
      bold=True)
    P(d, "Šis atzinums attiecas tikai uz profesionālās kvalifikācijas eksāmena saturu; modulāro izglītības "
         "programmu vērtē cits eksperts.", italic=True)
    P(d, "Eksāmens sastāv no teorētiskās daļas (40 jautājumi) un praktiskās daļas – meža nogabala "
         "taksācijas un cirsmas projekta sagatavošanas ar ĢIS rīkiem. Praktiskā daļa ir laba un atbilst "
         "4. līmenim. Teorētiskajā daļā vairāki jautājumi attiecas uz normatīvajiem aktiem, kas vairs nav "
         "spēkā (Meža apsaimniekošanas noteikumu 2016. gada redakcija), un tie jāaizstāj.", align="j")
    P(d, "Sākotnēji biju paredzējusi eksāmenu neatbalstīt, taču pēc sarunas ar darba grupu 23. martā "
         "daļa jautājumu jau ir nomainīti.", align="j")
    P(d, "Slēdziens", bold=True)
    p = d.add_paragraph()
    p.add_run("Eksāmena saturs ")
    tracked(p, "del", "nav atbalstāms", "Elīna Krastiņa", "2026-03-24T10:12:00Z")
    tracked(p, "ins", "ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
            "Elīna Krastiņa", "2026-03-24T10:12:00Z")
    p.add_run(". ")
    tracked(p, "del", "Nepieciešama atkārtota ekspertīze.", "Elīna Krastiņa", "2026-03-24T10:13:00Z")
    tracked(p, "ins", "Jāaizstāj teorētiskās daļas 7., 12. un 31. jautājums.",
            "Elīna Krastiņa", "2026-03-24T10:13:00Z")
    P(d, "")
    P(d, "Elīna Krastiņa\n2026. gada 24. martā")


build("r14a12_mezsaimniecibas tehnikis PKE_labots_EK.docx", f12,
      author="Elīna Krastiņa", created="2026-03-20",
      expert="Elīna Krastiņa", date="2026-03-24",
      rows=[("mežsaimniecības tehniķis", "PKE", "needs_corrections", 4)],
      note="Track changes: 'nav atbalstāms' inside w:del, 'ir atbalstāms; pēc precizējumu veikšanas virzāms "
           "saskaņošanai' inside w:ins -> current verdict needs_corrections. Body history 'biju paredzējusi "
           "neatbalstīt'. 'attiecas tikai uz' PKE -> no MIP row. Date from the signature line (created earlier).")


# ======================================================================
# 13  NOT a review: coordinator's instructions to experts
# ======================================================================
@font("Calibri", 11)
def f13(d):
    P(d, "LATVIJAS DARBA DEVĒJU KONFEDERĀCIJA", bold=True, align="c")
    P(d, "Rīgā, 2026. gada 1. aprīlī                                    Nr. 2-7/118", size=10)
    P(d, "LDDK deleģētajiem nozaru ekspertiem")
    P(d, "Par MIP un PKE satura ekspertīzes kārtību projekta 5. posmā", bold=True)
    P(d, "Godātie eksperti!", space_after=6)
    P(d, "Projekta 5. posmā (2026. gada 1. aprīlis – 31. jūlijs) turpināsim profesionālās izglītības iestāžu "
         "darba grupu izstrādāto modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas "
         "eksāmenu (PKE) satura ekspertīzi. Lai atzinumus varētu apkopot vienoti, lūdzam ievērot šo kārtību.",
      align="j")
    P(d, "1. Katram dokumentam (MIP un PKE) atzinumā skaidri norādiet vienu no vērtējumiem: „saturs ir "
         "atbalstāms un virzāms saskaņošanai”, „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
         "saskaņošanai” vai „saturs nav atbalstāms”.", align="j")
    P(d, "2. Ja saturs nav atbalstāms vai nepieciešami precizējumi, uzskaitiet tos konkrēti, norādot moduli "
         "vai eksāmena daļu.", align="j")
    P(d, "3. Atzinumā norādiet savu vārdu, uzvārdu un datumu; atzinumu nosūtiet e-pastā koordinatorei "
         "piecu darbdienu laikā pēc materiālu saņemšanas.", align="j")
    P(d, "4. Atkārtotas ekspertīzes gadījumā norādiet, vai iepriekšējās piezīmes ir ņemtas vērā.", align="j")
    P(d, "5. posmā ekspertīze plānota šādām kvalifikācijām: kokapstrādes iekārtu operators, datorizētu "
         "kokapstrādes iekārtu operators, koka izstrādājumu ražošanas tehniķis, mēbeļu galdnieks, "
         "būvizstrādājumu galdnieks, meža mašīnu operators, elektromontieris, elektrotehniķis, ventilācijas "
         "un gaisa kondicionēšanas iekārtu remontatslēdznieks un ventilācijas un gaisa kondicionēšanas "
         "sistēmu tehniķis.", align="j")
    P(d, "Pateicamies par līdzšinējo atbalstu un ieguldīto darbu!", align="j")
    P(d, "")
    P(d, "Ar cieņu\nZane Krūmiņa\nprojekta koordinatore")


build("r14a13_Par ekspertizes kartibu 5.posms.docx", f13,
      author="Zane Krūmiņa", created="2026-04-01",
      rows=[], problems=["no_verdict"],
      note="NOT a review: coordinator's instruction letter; lists all three verdict formulas, ten "
           "qualifications, 'atbalstu' as a noun ('līdzšinējo atbalstu'). No rows; one no_verdict.")


# ======================================================================
# 14  very short
# ======================================================================
@font("Calibri", 11)
def f14(d):
    P(d, "Mehatronisko sistēmu tehniķis (LKI 4) – MIP un PKE", bold=True)
    P(d, "Izskatīju abus precizētos dokumentus, iepriekšējās piezīmes ņemtas vērā, jaunu iebildumu nav. "
         "Atbalstu abus un iesaku virzīt saskaņošanai.")
    P(d, "E. Kļaviņš, 03.06.2026")


build("r14a14_mehatronika.docx", f14,
      author="Edgars Kļaviņš", created="2026-06-03",
      expert="E. Kļaviņš", date="2026-06-03",
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "supported", 4),
            ("mehatronisko sistēmu tehniķis", "PKE", "supported", 4)],
      note="Three-line note: 'Atbalstu abus un iesaku virzīt saskaņošanai' covers both documents. Expert as "
           "written in the note (initial + surname) although docx author has the full name.")


# ======================================================================
# 15  lettered sections, PKE only, four qualifications, one unknown
# ======================================================================
def f15(d):
    P(d, "Enerģētikas nozares kvalifikācijas eksāmenu satura vērtējums", bold=True, size=13)
    P(d, "Datums: 2026-05-27\nVērtētāja: Rūta Ziemele, SIA „Enerģijas risinājumu centrs” apmācību vadītāja")
    P(d, "Šoreiz man tika nosūtīti tikai eksāmenu materiāli, tāpēc vērtēju PKE saturu. Programmas nav "
         "iekļautas šajā atzinumā.", align="j")
    P(d, "A) Elektromontieris", bold=True)
    P(d, "Eksāmena uzdevumi atbilst kvalifikācijas prasībām. Praktiskajā daļā gan jāpapildina darba "
         "vietas sagatavošana – sprieguma neesamības pārbaude un iezemēšana – un vērtēšanas kritērijos "
         "jāparedz, ka drošības prasību neievērošana nozīmē uzdevuma neieskaitīšanu. Eksāmena saturu "
         "atbalstu; kad šie divi punkti būs precizēti, to var virzīt saskaņošanai.", align="j")
    P(d, "B) Elektrotehniķis", bold=True)
    P(d, "Labi sabalansēts eksāmens ar bojājumu meklēšanu un mērījumu protokola aizpildīšanu. Iebildumu nav, "
         "saturs ir atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "C) Siltumenerģētikas tehniķis (LKI 4. līmenis)", bold=True)
    P(d, "Eksāmenā nav aptverta siltummezglu automātika un siltumsūkņu sistēmas, kas ir kvalifikācijas "
         "kodols; teorētiskā daļa lielākoties atkārto 3. līmeņa saturu. Eksāmena saturu šajā redakcijā "
         "nevaru atbalstīt, tas jāpārstrādā.", align="j")
    P(d, "D) VGK iekārtu remontatslēdznieks", bold=True)
    P(d, "Uzdevums – kondicioniera iekšējā bloka apkope un bojājuma novēršana – ir atbilstošs un "
         "samērīgs. Atbalstu bez piezīmēm; virzāms saskaņošanai.", align="j")
    P(d, "")
    P(d, "R. Ziemele")


build("r14a15_Energetikas PKE vertejums_Ziemele.docx", f15,
      author="Rūta Ziemele", created="2026-05-27",
      expert="Rūta Ziemele", date="2026-05-27",
      rows=[("elektromontieris", "PKE", "needs_corrections", 3),
            ("elektrotehniķis", "PKE", "supported", 4),
            ("siltumenerģētikas tehniķis", "PKE", "not_supported", 4),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", 3)],
      problems=["unknown_qualification"],
      note="Lettered sections A)-D), PKE only (MIP explicitly not included -> no MIP rows). C) "
           "'siltumenerģētikas tehniķis' is not in the register (LKI 4 stated). D) alias 'VGK iekārtu "
           "remontatslēdznieks'. A) 'atbalstu; kad ... precizēti, var virzīt' -> needs_corrections.")


# ======================================================================
# 16  company letterhead, ALL-CAPS sections, MIP only
# ======================================================================
def f16(d):
    P(d, "SIA „LATGALES MEŽIZSTRĀDE”", bold=True, align="c", size=14, space_after=0)
    P(d, "Rēzekne, Atbrīvošanas aleja 155, LV-4601 · reģ. Nr. 42403019933", align="c", size=9)
    P(d, "Rēzeknē, 08.05.2026.")
    P(d, "Nozares eksperta atzinums par modulārajām izglītības programmām", bold=True)
    P(d, "Pēc LDDK uzaicinājuma izvērtēju trīs kokrūpniecības nozares programmas. Eksāmenu saturs man "
         "netika nosūtīts, tādēļ par tiem šajā atzinumā neizsakos.", align="j")
    P(d, "MOTORZĀĢA OPERATORS", bold=True)
    P(d, "Programma kopumā atbalstāma. Tomēr pirms tās nosūtīšanas saskaņošanai 3. modulis jāpapildina ar "
         "darbu vējgāzēs un sausokņu gāšanu – tie ir bīstamākie darbi mežā, un tiem jābūt atsevišķiem "
         "mācību rezultātiem. Tāpat jāprecizē motorzāģa tehniskās apkopes apjoms.", align="j")
    P(d, "MEŽSAIMNIECĪBAS TEHNIĶIS", bold=True)
    P(d, "Programma vairāk atgādina 2010. gadu mācību plānu, nevis kompetencēs balstītu programmu: mācību "
         "rezultāti ir uzskaitīti kā tēmas, nav ne digitālās meža inventarizācijas, ne darba ar "
         "meža valsts reģistra datiem, ne meža atjaunošanas plānošanas. Šādā redakcijā programmu atbalstīt "
         "nevaru; tā jāpārstrādā un jāiesniedz atkārtoti.", align="j")
    P(d, "KOKAPSTRĀDES IEKĀRTU OPERATORS", bold=True)
    P(d, "Programma ir skaidra un praktiska, labi sasaistīta ar darba vidē balstītām mācībām. Nav iebildumu "
         "– atbalstu, var virzīt saskaņošanai.", align="j")
    P(d, "")
    P(d, "Normunds Krieviņš\nvaldes loceklis")


build("r14a16_Krievins_MIP atzinums mezs.docx", f16,
      author="Normunds", created="2026-05-08",
      expert="Normunds Krieviņš", date="2026-05-08",
      rows=[("motorzāģa operators", "MIP", "needs_corrections", 3),
            ("mežsaimniecības tehniķis", "MIP", "not_supported", 4),
            ("kokapstrādes iekārtu operators", "MIP", "supported", 3)],
      note="Company letterhead (address, reg. no.), ALL-CAPS section headings, MIP only (PKE explicitly not "
           "received -> no PKE rows). Condition in the next sentence ('kopumā atbalstāma. Tomēr pirms ... "
           "jāpapildina') -> needs_corrections; 'atbalstīt nevaru' -> not_supported.")


# ======================================================================
# 17  NOT a review: news item for the website
# ======================================================================
def f17(d):
    P(d, "Jaunumi | 2026. gada 3. jūnijs", italic=True, size=10)
    P(d, "LDDK nozaru eksperti turpina darbu pie profesionālās izglītības satura", bold=True, size=15)
    P(d, "Latvijas Darba devēju konfederācija kā sadarbības partneris turpina dalību Eiropas Savienības "
         "Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa projektā, kurā nozaru eksperti "
         "vērtē profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas (MIP) un "
         "profesionālās kvalifikācijas eksāmenu (PKE) saturu.", align="j")
    P(d, "Projekta 5. posmā darbs rit enerģētikas, kokrūpniecības, kā arī mašīnbūves un metālapstrādes "
         "nozarē. Līdz šim ekspertu atbalstu saņēmušas vairākas kvalifikācijas, tostarp motorzāģa operators "
         "un mežsaimniecības tehniķis, savukārt mēbeļu galdnieka un elektrotehniķa dokumenti pēc ekspertu "
         "ieteikumiem tiek precizēti.", align="j")
    P(d, "„Uzņēmumi šo darbu atbalsta, jo tā ir iespēja ietekmēt, ko jaunie speciālisti mācās jau šodien,” "
         "stāsta projekta koordinatore Zane Krūmiņa. „Eksperti ir ļoti atsaucīgi – atzinumus saņemam laikā, "
         "un tie ir konkrēti.”", align="j")
    P(d, "MIP un PKE satura ekspertīzi plānots pabeigt 2026. gada jūlijā.", align="j")


build("r14a17_jaunums majaslapai.docx", f17,
      author="LDDK Komunikācija", created="2026-06-03",
      rows=[], problems=["no_verdict"],
      note="NOT a review: website news item; 'specifiskā atbalsta mērķa', 'ekspertu atbalstu saņēmušas', "
           "'Uzņēmumi šo darbu atbalsta', names qualifications. No rows; one no_verdict.")


# ======================================================================
# 18  Gmail reply with quoted earlier round
# ======================================================================
@font("Arial", 10)
def f18(d):
    mail_header(d, [("From:", "Artūrs Bērziņš <arturs.berzins@cnc-koks.lv>"),
                    ("Date:", "Tue, Jun 2, 2026 at 8:47 AM"),
                    ("Subject:", "Re: Datorizētu kokapstrādes iekārtu operators MIP"),
                    ("To:", "Zane Krūmiņa <zane.krumina@lddk.lv>")])
    P(d, "Labdien!")
    P(d, "Paskatījos precizēto programmu. 4. un 6. modulis tagad ir kārtībā, CNC daļa aprakstīta ar "
         "konkrētiem rezultātiem, ir arī 5 asu iekārtas un CAM. Šoreiz programmu atbalstu, var virzīt "
         "saskaņošanai.")
    P(d, "Artūrs Bērziņš")
    P(d, "")
    P(d, "On Tue, May 5, 2026 at 2:02 PM Artūrs Bērziņš <arturs.berzins@cnc-koks.lv> wrote:", size=10)
    quoted(d, "Zane, sveiki,\n"
              "MIP saja redakcija neatbalstu. Japarstrada 4. un 6. modulis un japapildina CNC dala, "
              "tad var skatities velreiz. Sikak pielikuma.\n"
              "Arturs")


build("r14a18_Re_ Datorizētu kokapstrādes iekārtu operators MIP.docx", f18,
      author="Zane Krūmiņa", created="2026-06-02",
      expert="Artūrs Bērziņš", date="2026-06-02",
      rows=[("datorizētu kokapstrādes iekārtu operators", "MIP", "supported", 4)],
      note="Gmail reply (English headers): current message 'Šoreiz programmu atbalstu, var virzīt' -> "
           "supported; the quoted 5 May message ('neatbalstu') is history and does not count. PKE not covered.")


# ======================================================================
# 19  place/date on top, academic title at the end, nav iebildumu / bez precizējumiem
# ======================================================================
def f19(d):
    P(d, "Rīgā, 2026. gada 20. maijā", align="r")
    P(d, "Eksperta atzinums", bold=True, align="c", size=13)
    P(d, "Elektromontieris (LKI 3) un elektrotehniķis (LKI 4)", align="c")
    P(d, "Pēc LDDK lūguma izvērtēju elektromontiera programmu un eksāmenu, kā arī elektrotehniķa "
         "programmu. Elektrotehniķa eksāmens man netika nodots vērtēšanai.", align="j")
    P(d, "I. Elektromontieris", bold=True)
    P(d, "Programma atbilst kvalifikācijas prasībām, taču 4. modulī „Elektroinstalācijas ēkās” mācību "
         "rezultāti ir formulēti pārāk plaši („pārzina elektroinstalāciju”) – tiem jābūt izmērāmiem. "
         "MIP atbalstāma ar nosacījumu, ka 4. moduļa mācību rezultāti tiek precizēti; pēc tam tā virzāma "
         "saskaņošanai.", align="j")
    P(d, "Pret PKE saturu man nav iebildumu; to var virzīt saskaņošanai bez precizējumiem.", align="j")
    P(d, "II. Elektrotehniķis", bold=True)
    P(d, "Programma ir pārslogota ar teoriju, praktiskajām mācībām atvēlēti tikai 35 % apjoma. Nav "
         "iekļauta viedo tīklu un atjaunīgo energoresursu pieslēgšana, nav elektroenerģijas kvalitātes "
         "mērījumu. Neskatoties uz labi uzrakstīto ievadu, MIP pašreizējā veidā netiek atbalstīta – "
         "nepieciešama būtiska pārstrāde un atkārtota ekspertīze.", align="j")
    P(d, "")
    P(d, "Mg.sc.ing. Laura Zariņa\nRīgas elektroapgādes uzņēmuma SIA „Volts” tehniskā direktore")


build("r14a19_Zarina_elektro_MIP_PKE_galigais.docx", f19,
      author="Laura Zarina", created="2026-05-20",
      expert="Laura Zariņa", date="2026-05-20",
      rows=[("elektromontieris", "MIP", "needs_corrections", 3),
            ("elektromontieris", "PKE", "supported", 3),
            ("elektrotehniķis", "MIP", "not_supported", 4)],
      note="Place/date on top, academic title before the name at the end (dropped). Roman-numeral sections. "
           "'nav iebildumu ... bez precizējumiem' -> supported; 'atbalstāma ar nosacījumu' -> needs_corrections; "
           "'Neskatoties uz ..., netiek atbalstīta – nepieciešama' -> not_supported. Elektrotehniķis PKE "
           "explicitly not given -> no row.")


# ======================================================================
# 20  PKE only, not supported; noun/3rd-person 'atbalsts' traps
# ======================================================================
def f20(d):
    P(d, "Meža mašīnu operators – kvalifikācijas eksāmena satura ekspertīze", bold=True)
    P(d, "Šoreiz vērtēju tikai PKE saturu (MIP šīs ekspertīzes ietvaros netika vērtēta).", italic=True)
    P(d, "Nozares uzņēmumi atbalsta ideju, ka daļu eksāmena var kārtot uz simulatora, un arī es to "
         "uzskatu par pareizu virzienu. Tomēr iesniegtajā redakcijā simulatora uzdevums ir vienīgais "
         "praktiskais uzdevums – eksāmenā vispār nav darba ar reālu mašīnu, nav ikdienas apkopes un nav "
         "darba drošības pārbaudes pirms darba uzsākšanas. Vērtēšanas kritēriji ir balstīti tikai uz "
         "simulatora automātisko vērtējumu, kas neļauj novērtēt, kā operators pieņem lēmumus cirsmā.",
      align="j")
    P(d, "Skolai būtu vajadzīgs arī metodiskais atbalsts, lai organizētu eksāmena praktisko daļu uzņēmumā; "
         "to varētu palīdzēt nodrošināt LDDK.", align="j")
    P(d, "Slēdziens", bold=True)
    P(d, "Eksāmena saturu šobrīd neatbalstu – praktiskā daļa jāpārstrādā, un eksāmens jāiesniedz atkārtotai "
         "ekspertīzei.", align="j")
    P(d, "")
    P(d, "Dainis Pūce, meža mašīnu operators-instruktors\n2026. g. 16. jūnijā")


build("r14a20_Meza masinu operators PKE_Puce.docx", f20,
      author="Dainis Pūce", created="2026-06-16",
      expert="Dainis Pūce", date="2026-06-16",
      rows=[("meža mašīnu operators", "PKE", "not_supported", 3)],
      note="PKE only (MIP explicitly not evaluated). Traps: 'uzņēmumi atbalsta ideju' (3rd person), "
           "'metodiskais atbalsts' (noun). Slēdziens 'šobrīd neatbalstu – jāiesniedz atkārtotai ekspertīzei'.")


# ======================================================================
# 21  NOT a review: expert assignment table
# ======================================================================
def f21(d):
    P(d, "Ekspertu sadalījums MIP un PKE satura ekspertīzei (projekta 5. posms)", bold=True, size=13)
    P(d, "Sagatavots 2026. gada 10. aprīlī. Statuss atjaunots 5. jūnijā.", italic=True, size=10)
    rows = [("Kvalifikācija", "LKI", "MIP eksperts", "PKE eksperts", "Termiņš", "Piezīmes"),
            ("Mēbeļu galdnieks", "4", "I. Kalniņa", "I. Kalniņa", "15.06.", "MIP atkārtota ekspertīze pēc precizējumiem"),
            ("Datorizētu kokapstrādes iekārtu operators", "4", "A. Bērziņš", "A. Bērziņš", "05.06.",
             "MIP iepriekš neatbalstīta, gaida precizēto versiju"),
            ("Meža mašīnu operators", "3", "R. Liepiņš", "D. Pūce", "20.06.", "atbalsts no nozares uzņēmumiem simulatoram"),
            ("Elektrotehniķis", "4", "L. Zariņa", "R. Ziemele", "30.06.", "—"),
            ("VGK sistēmu tehniķis", "4", "M. Siliņš", "M. Siliņš", "30.06.", "PKE vēl nav iesniegts"),
            ("Mehatronisko sistēmu tehniķis", "4", "E. Kļaviņš", "E. Kļaviņš", "10.06.", "atkārtota ekspertīze")]
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    P(d, "")
    P(d, "Atzinumus sūtīt koordinatorei Z. Krūmiņai; ja eksperts nevar ievērot termiņu, lūgums par to "
         "paziņot laikus.", size=10)


build("r14a21_Ekspertu sadalijums_5posms.docx", f21,
      author="Zane Krūmiņa", created="2026-04-10",
      rows=[], problems=["no_verdict"],
      note="NOT a review: expert assignment table (qualification, LKI, experts, deadlines, remarks such as "
           "'MIP iepriekš neatbalstīta', 'atbalsts no nozares uzņēmumiem'). No rows; one no_verdict.")


# ======================================================================
# 22  no diacritics, qualifications inside running text
# ======================================================================
@font("Calibri", 11)
def f22(d):
    P(d, "Piezimes par mezsaimniecibas programmam un eksamenu", bold=True)
    P(d, "Labdien, nosutu savas piezimes, atvainojos par kavesanos.")
    P(d, "Par motorzaga operatora PKE - uzdevums labs, vertesanas lapa skaidra, atbalstu, var virzit "
         "saskanosanai. Motorzaga operatora programmu soreiz neatbalstu: lidz galam nav novērsti "
         "pirmaja karta aizradijumi par darba drosibu (nav IAL parbaudes pirms darba, nav rīcības "
         "negadijuma gadijuma), tapec ta jaiesniedz velreiz.")
    P(d, "Mezsaimniecibas tehnika programma kopuma laba un atbalstama, tacu pirms saskanosanas japapildina "
         "meza inventarizacijas modulis ar GNSS un dronu datu izmantosanu, jo uznemumos tas jau ir ikdiena. "
         "Ta pasa tehnika PKE atbalstu, iebildumu nav.")
    P(d, "Ar cienu,\nGuntis Vitols\n09.06.2026")


build("r14a22_vitols piezimes.docx", f22,
      author="Guntis Vitols", created="2026-06-09",
      expert="Guntis Vitols", date="2026-06-09",
      rows=[("motorzāģa operators", "PKE", "supported", 3),
            ("motorzāģa operators", "MIP", "not_supported", 3),
            ("mežsaimniecības tehniķis", "MIP", "needs_corrections", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", 4)],
      note="No diacritics (a few slip in), qualifications named inside running text in genitive "
           "(motorzaga operatora, mezsaimniecibas tehnika, 'Ta pasa tehnika PKE'). 'soreiz neatbalstu ... "
           "jaiesniedz velreiz' -> not_supported; 'atbalstama, tacu pirms saskanosanas japapildina' -> "
           "needs_corrections. Expert name written without diacritics.")


# ======================================================================
# 23  header + footer; expert and date only in the footer
# ======================================================================
def f23(d):
    header_text(d, ["LDDK nozaru ekspertu atzinums", "Projekts Nr. 4.2.2.9"], align="r")
    footer_text(d, "Eksperte: Dace Pētersone  |  28.04.2026  |  1. lpp.")
    P(d, "Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdzniekam paredzēto programmu un "
         "eksāmenu", bold=True, size=13)
    P(d, "Remontatslēdznieka (LKI 3. līmenis) programma ir uzrakstīta saprotamā valodā un ar skaidru "
         "moduļu struktūru. Moduļi „Ventilācijas iekārtu apkope” un „Kondicionēšanas iekārtu montāža” "
         "atbilst tam, ko šī līmeņa darbinieks reāli dara. Vērtīgi, ka programmā ir arī saziņa ar klientu "
         "un darba izpildes akta aizpildīšana. Programmai iebildumu nav – atbalstu to, var virzīt "
         "saskaņošanai.", align="j")
    P(d, "Ar eksāmenu ir sarežģītāk. Praktiskais uzdevums ir piemērots, bet teorētiskajā daļā ir "
         "jautājumi par sistēmu projektēšanu un gaisa apmaiņas aprēķiniem, kas ir tehniķa, nevis "
         "remontatslēdznieka kompetence. Šie jautājumi jāizņem vai jāaizstāj.", align="j")
    P(d, "Tātad eksāmena saturs ir atbalstāms, bet saskaņošanai to var virzīt tikai pēc teorētiskās "
         "daļas precizēšanas.", align="j")


build("r14a23_VGK remontatslēdznieks atzinums.docx", f23,
      author="Zane Krūmiņa", created="2026-04-29",
      expert="Dace Pētersone", date="2026-04-28",
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "supported", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "needs_corrections", 3)],
      note="Expert name and date only in the Word footer; header has a project label. Qualification in dative "
           "in the title, later just 'remontatslēdznieka'. Documents called 'programma' / 'eksāmens'. PKE "
           "verdict in a 'Tātad ...' sentence: atbalstāms, virzāms tikai pēc precizēšanas.")


# ======================================================================
# 24  no author named; nominal verdict
# ======================================================================
def f24(d):
    P(d, "Atzinums par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” eksāmena saturu",
      bold=True, align="c")
    P(d, "2026. gada 2. jūnijs", align="c")
    P(d, "Eksāmena saturs ir salīdzinoši labi sagatavots. Praktiskais uzdevums – iekšdurvju bloka "
         "izgatavošana un montāža ailē – ļauj pārbaudīt gan izgatavošanas, gan uzstādīšanas prasmes. "
         "Vērtēšanas kritērijos trūkst pielaižu: nav norādīts, kāda novirze no izmēra ir pieļaujama, "
         "tāpēc vērtētāji var vērtēt dažādi. Tāpat teorētiskajā daļā ir tikai divi jautājumi par "
         "būvizstrādājumu energoefektivitāti.", align="j")
    P(d, "Eksperta vērtējums – atbalstīts; virzīšana saskaņošanai pēc pielaižu un teorētiskās daļas "
         "precizēšanas.", bold=True, align="j")
    P(d, "")
    P(d, "Kokrūpniecības nozares eksperts")


build("r14a24_Atzinums_buvizstradajumu galdnieks PKE.docx", f24,
      author="Zane Krūmiņa", created="2026-06-03",
      expert="", date="2026-06-02",
      rows=[("būvizstrādājumu galdnieks", "PKE", "needs_corrections", 4)],
      note="The review does not name its author (signed only 'Kokrūpniecības nozares eksperts'; docx author is "
           "the coordinator, not the expert) -> expert empty. Nominal verdict 'atbalstīts; virzīšana "
           "saskaņošanai pēc ... precizēšanas'. Only PKE; date under the title.")


# ======================================================================
# 25  harsh body, conclusion outranks; academic title
# ======================================================================
def f25(d):
    P(d, "Dr. paed. Inese Vanaga", bold=True, space_after=0)
    P(d, "Rīgas Tehniskās universitātes docente, mašīnbūves nozares eksperte", italic=True, size=10)
    P(d, "")
    P(d, "Mehatronisko sistēmu tehniķa (LKI 4. līmenis) modulārās izglītības programmas izvērtējums",
      bold=True)
    P(d, "2026-04-09", size=10)
    P(d, "Vērtēju tikai programmu; kvalifikācijas eksāmena saturs šajā posmā netika iesniegts.", italic=True)
    P(d, "Moduļa „Pneimatiskās un hidrauliskās sistēmas” saturs pašreizējā veidā nav atbalstāms: tas "
         "aprobežojas ar shēmu lasīšanu, bet praktiski nav sistēmu montāžas un regulēšanas. Tāpat 5. "
         "modulī „Programmējamie loģiskie kontrolieri” nav ne vārda par drošības kontrolieriem un "
         "funkcionālo drošību, lai gan uzņēmumos bez tā neviens tehniķis netiek pielaists pie iekārtas.",
      align="j")
    P(d, "Mācību rezultātu formulējumi kopumā ir labi, vērtēšanas metodes daudzveidīgas, un ir paredzēta "
         "sadarbība ar uzņēmumiem darba vidē balstītu mācību formā. Moduļu secība ir loģiska.", align="j")
    P(d, "Rezumējot", bold=True)
    P(d, "Neskatoties uz iepriekš minēto, programma kopumā ir atbalstāma, un pēc 2. un 5. moduļa "
         "precizēšanas to var virzīt saskaņošanai.", align="j")


build("r14a25_Mehatronisko sistemu tehnikis_MIP_Vanaga.docx", f25,
      author="Inese Vanaga", created="2026-04-09",
      expert="Inese Vanaga", date="2026-04-09",
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", 4)],
      note="Body says one module 'pašreizējā veidā nav atbalstāms'; the 'Rezumējot' conclusion ('Neskatoties "
           "uz ..., kopumā atbalstāma, pēc ... precizēšanas var virzīt') outranks it -> needs_corrections. "
           "PKE not submitted -> no row. Academic title in letterhead dropped.")


# ======================================================================
# 26  old PKL levels; two energy qualifications
# ======================================================================
@font("Calibri", 11)
def f26(d):
    P(d, "Jurijs Petrovs, SIA „Energo Risinājumi” galvenais inženieris", size=10, align="r")
    P(d, "Atzinums par elektrotehniķa (3. PKL) un elektromontiera (2. PKL) programmām", bold=True)
    P(d, "Dokumentos vēl vietām lietoti vecie profesionālās kvalifikācijas līmeņi (PKL), tāpēc arī es tos "
         "saglabāju virsrakstā; pēc būtības runa ir par attiecīgi LKI 4. un LKI 3. līmeni.", align="j")
    P(d, "Elektrotehniķis", bold=True, italic=True)
    P(d, "Programmu vērtēju kā atbilstošu nozares prasībām – tajā ir gan releju aizsardzība, gan "
         "automatizācija, gan mērījumi. Iesaku to virzīt saskaņošanai tādu, kāda tā ir.", align="j")
    P(d, "Eksāmenu atbalstu, bet jāprecizē darba drošības instruktāžas daļa – pašlaik tā nav vērtēta "
         "vispār. Pēc tam eksāmenu var virzīt saskaņošanai.", align="j")
    P(d, "Elektromontieris", bold=True, italic=True)
    P(d, "Programma ir praktiska un samērīga. Labi, ka iekļauta arī zibensaizsardzības sistēmu montāža. "
         "Atbalstu, virzāma saskaņošanai. Eksāmens šim līmenim man netika nosūtīts.", align="j")
    P(d, "")
    P(d, "J. Petrovs\n10.06.2026.")


build("r14a26_Petrovs elektro.docx", f26,
      author="Jurijs Petrovs", created="2026-06-10",
      expert="Jurijs Petrovs", date="2026-06-10",
      rows=[("elektrotehniķis", "MIP", "supported", 4),
            ("elektrotehniķis", "PKE", "needs_corrections", 4),
            ("elektromontieris", "MIP", "supported", 3)],
      note="Levels written in old PKL (3. PKL = LKI 4, 2. PKL = LKI 3); the text also maps them explicitly. "
           "'Iesaku virzīt saskaņošanai tādu, kāda tā ir' -> supported; PKE condition in the next sentence -> "
           "needs_corrections. Elektromontieris PKE not sent -> no row. Full name in letterhead, initial at end.")


# ======================================================================
# 27  second round, split runs, nbsp, Latvian quotes
# ======================================================================
def f27(d):
    P(d, "RE: Mēbeļu galdnieks – MIP otrā kārta", bold=True)
    P(d, "Zane, labdien!")
    R(d, ["Salīdzinot ar 2026.\u00a0gada aprīļa redakciju, kurā programmu atbalstīju tikai ar nosacījumu, "
          "ka tiek veikti precizējumi, darba grupa ir papildinājusi moduli „Virsmu apdare” ar ūdens bāzes "
          "un UV sistēmām, moduļa „Mēbeļu montāža un uzstādīšana” mācību rezultātos iekļāvusi darbu pie "
          "klienta, kā arī konkretizējusi darba aizsardzības prasības (putekļu nosūkšana, sprādzienbīstamās "
          "zonas)."], align="j")
    R(d, ["Līdz ar to mēbeļu galdnieka (LKI\u00a04) programma tagad ir ", ("at", {}), ("balst", {}),
          ("āma", {}), " un ", ("virz", {}), ("āma saskaņ", {}), ("ošanai", {}), "."], align="j")
    P(d, "Eksāmena saturu vērtēju jau aprīlī, un tas nav mainīts, tāpēc šoreiz to nekomentēju.", align="j")
    P(d, "Ilze Kalniņa\n15.06.2026")


build("r14a27_RE_ Mēbeļu galdnieks MIP_otrā kārta_Kalniņa.docx", f27,
      author="Ilze Kalniņa", created="2026-06-15",
      expert="Ilze Kalniņa", date="2026-06-15",
      rows=[("mēbeļu galdnieks", "MIP", "supported", 4)],
      note="Second round of r14a01's MIP: history sentence 'atbalstīju tikai ar nosacījumu, ka ... precizējumi' "
           "must not count; verdict words split across several runs, non-breaking spaces. PKE explicitly not "
           "re-reviewed -> no row.")


# ======================================================================
# 28  labelled sections 'Kvalifikācija:' three qualifications
# ======================================================================
def f28(d):
    P(d, "Kokrūpniecības nozares eksperta atzinums", bold=True, size=14)
    P(d, "Datums: 2026-06-15\nEksperts: Kristaps Ābele (SIA „Ābeles kokapstrāde”, valdes priekšsēdētājs)")
    P(d, "Atzinumā apkopoju vērtējumu par trim kvalifikācijām, kuru dokumenti man tika nosūtīti jūnija "
         "sākumā. Daļa no tiem ir atkārtoti iesniegti pēc iepriekšējās ekspertīzes.", align="j")
    R(d, [("Kvalifikācija: ", {"bold": True}), "kokapstrādes iekārtu operators (LKI 3)"])
    P(d, "Programma – bez iebildumiem, atbalstu un iesaku virzīt saskaņošanai. Eksāmena praktiskajā "
         "uzdevumā trūkst iekārtas iestatīšanas pārbaudes pirms detaļu partijas apstrādes; eksāmena saturs "
         "atbalstāms, taču šis punkts jāpapildina, pirms eksāmenu virza saskaņošanai.", align="j")
    R(d, [("Kvalifikācija: ", {"bold": True}), "koka izstrādājumu ražošanas tehniķis (LKI 4)"])
    P(d, "Iepriekšējā kārtā (maijā) programma bija atbalstāma tikai pēc precizējumiem; tagad 2. un 4. "
         "modulis ir papildināts, tāpēc programmu atbalstu pilnībā – virzāma saskaņošanai. Arī eksāmena "
         "saturs ir atbalstāms un virzāms saskaņošanai; darba grupa atbildējusi uz visiem kolēģes "
         "jautājumiem par vērtēšanas kritērijiem.", align="j")
    R(d, [("Kvalifikācija: ", {"bold": True}), "datorizētu kokapstrādes iekārtu operators (LKI 4)"])
    P(d, "Vērtēju tikai eksāmenu, jo programmu izskata A. Bērziņš. Precizētajā eksāmenā ir instrumenta "
         "nomaiņa un nulles punkta iestatīšana, punktu summa sakārtota. Eksāmena saturu atbalstu, var "
         "virzīt saskaņošanai.", align="j")
    P(d, "")
    P(d, "K. Ābele")


build("r14a28_Kokrupnieciba_3 kvalifikacijas_Abele_final.docx", f28,
      author="Kristaps Ābele", created="2026-06-15",
      expert="Kristaps Ābele", date="2026-06-15",
      rows=[("kokapstrādes iekārtu operators", "MIP", "supported", 3),
            ("kokapstrādes iekārtu operators", "PKE", "needs_corrections", 3),
            ("koka izstrādājumu ražošanas tehniķis", "MIP", "supported", 4),
            ("koka izstrādājumu ražošanas tehniķis", "PKE", "supported", 4),
            ("datorizētu kokapstrādes iekārtu operators", "PKE", "supported", 4)],
      note="Sections labelled 'Kvalifikācija: ...'. History sentence 'bija atbalstāma tikai pēc precizējumiem' "
           "vs current 'atbalstu pilnībā'. Kokapstrādes PKE: 'atbalstāms, taču ... jāpapildina, pirms virza' -> "
           "needs_corrections. Datorizētu ... MIP reviewed by someone else -> no row.")


# ======================================================================
# 29  Outlook English headers, informal, abbreviated qualification
# ======================================================================
@font("Calibri", 11)
def f29(d):
    mail_header(d, [("From:", "Edgars Kļaviņš <edgars.klavins@balt-automation.lv>"),
                    ("Sent:", "Thursday, April 16, 2026 11:05 AM"),
                    ("To:", "Zane Krūmiņa <zane.krumina@lddk.lv>"),
                    ("Subject:", "RE: Mehatronika MIP")])
    P(d, "Sveika, Zane!")
    P(d, "Izskatīju mehatronikas programmu. Kopumā laba, atbalstu, bet pirms saskaņošanas jāsakārto "
         "moduļu apjomi kredītpunktos (kopā sanāk 62, nevis 60) un pneimatikas/hidraulikas modulī "
         "jāpievieno drošības prasības darbam ar spiediena sistēmām.")
    P(d, "PKE vēl neesmu saņēmis, par to rakstīšu atsevišķi.")
    P(d, "Edgars Kļaviņš\nSIA „Baltijas Automatizācija”, automatizācijas inženieris")
    P(d, "")
    mail_header(d, [("From:", "Zane Krūmiņa <zane.krumina@lddk.lv>"),
                    ("Sent:", "Monday, April 13, 2026 2:30 PM"),
                    ("To:", "Edgars Kļaviņš <edgars.klavins@balt-automation.lv>"),
                    ("Subject:", "Mehatronika MIP")])
    P(d, "Edgar, pielikumā mehatronisko sistēmu tehniķa MIP. Lūdzu atzinumu līdz piektdienai. Paldies!")


build("r14a29_RE Mehatronika MIP.docx", f29,
      author="Zane Krūmiņa", created="2026-04-16",
      expert="Edgars Kļaviņš", date="2026-04-16",
      rows=[("mehatronisko sistēmu tehniķis", "MIP", "needs_corrections", 4)],
      note="Outlook reply with English headers (From/Sent/To/Subject) and the quoted request below. Qualification "
           "only as 'mehatronikas programmu' (the quoted request names it fully). 'atbalstu, bet pirms "
           "saskaņošanas jāsakārto' -> needs_corrections. PKE not received -> no row.")


# ======================================================================
# 30  two VGK qualifications, 'Rezumējot' list
# ======================================================================
def f30(d):
    P(d, "Atzinums par VGK kvalifikāciju dokumentiem (jūnija kārta)", bold=True, size=13)
    P(d, "Šajā kārtā saņēmu remontatslēdznieka programmu un eksāmenu, kā arī VGK sistēmu tehniķa eksāmenu "
         "(šī tehniķa programmu atbalstīju jau maijā, tāpēc to vairs neskatu).", align="j")
    P(d, "Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks (LKI 3)", bold=True, italic=True)
    P(d, "Programmā atkārtojas vairāki mācību rezultāti starp 2. un 3. moduli, un nav skaidri nodalīts, kas "
         "ir apkope un kas ir remonts. Jāpārskata moduļu robežas un jāizņem dublējumi. Eksāmens ir "
         "kodolīgs un praktisks, vērtēšanas lapa laba.", align="j")
    P(d, "VGK sistēmu tehniķis (LKI 4)", bold=True, italic=True)
    P(d, "Eksāmens pilnībā sasaistīts ar programmu: ir gan sistēmas regulēšana, gan F-gāzu noplūdes "
         "pārbaude, gan energoefektivitātes novērtējums. Iebildumu nav.", align="j")
    P(d, "Rezumējot:", bold=True)
    B(d, "remontatslēdznieka MIP – atbalstāma, saskaņošanai virzāma pēc moduļu robežu precizēšanas;")
    B(d, "remontatslēdznieka PKE – atbalstāms un virzāms saskaņošanai;")
    B(d, "sistēmu tehniķa PKE – atbalstāms un virzāms saskaņošanai.")
    P(d, "")
    P(d, "Mārtiņš Siliņš\n2026. gada 30. jūnijā")


build("r14a30_VGK atzinumi jūnijs.docx", f30,
      author="Mārtiņš Siliņš", created="2026-06-30",
      expert="Mārtiņš Siliņš", date="2026-06-30",
      rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", "needs_corrections", 3),
            ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported", 3),
            ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "supported", 4)],
      note="Two VGK qualifications; the 'Rezumējot' bullets name them only by short forms ('remontatslēdznieka', "
           "'sistēmu tehniķa'). The sistēmu tehniķis MIP is only mentioned as supported in May (history, not "
           "reviewed now) -> no MIP row for it.")


# ======================================================================
# 31  qualification not in register, genitive, MIP + PKE
# ======================================================================
def f31(d):
    P(d, "Atzinums", bold=True, align="c", size=14)
    P(d, "par atjaunojamās enerģijas sistēmu tehniķa (LKI 4. līmenis) modulārās izglītības programmas un "
         "profesionālās kvalifikācijas eksāmena saturu", align="c")
    P(d, "Kvalifikācija ir jauna, un šī ir pirmā programmas un eksāmena redakcija. Darba grupa ir veikusi "
         "lielu darbu, apkopojot saules fotoelementu, siltumsūkņu un mazo vēja elektrostaciju tehnoloģijas "
         "vienā programmā.", align="j")
    P(d, "Programma. Moduļu saturs ir aktuāls, bet nesabalansēts: saules enerģijai atvēlēts trīs reizes "
         "vairāk stundu nekā siltumsūkņiem, lai gan tirgū pieprasījums ir līdzvērtīgs. Trūkst elektroenerģijas "
         "uzkrāšanas (akumulatoru) sistēmu. Programma ir atbalstāma pēc šo precizējumu veikšanas, tad virzāma "
         "saskaņošanai.", align="j")
    P(d, "Eksāmens. Praktiskais uzdevums ir tikai saules paneļu sistēmas montāža, teorētiskā daļa nepārbauda "
         "ne siltumsūkņus, ne sistēmu integrāciju. Vērtēšanas kritēriji nav sasaistīti ar programmas "
         "mācību rezultātiem. Eksāmena saturs nav atbalstāms, tas jāizstrādā no jauna.", align="j")
    P(d, "")
    P(d, "Aleksandrs Kuzņecovs, SIA „Zaļā jauda” tehniskais vadītājs")
    P(d, "Daugavpilī, 02.07.2026.")


build("r14a31_Atjaunojamas energijas sist tehnikis_Kuznecovs.docx", f31,
      author="A.Kuznecovs", created="2026-07-02",
      expert="Aleksandrs Kuzņecovs", date="2026-07-02",
      rows=[("atjaunojamās enerģijas sistēmu tehniķis", "MIP", "needs_corrections", 4),
            ("atjaunojamās enerģijas sistēmu tehniķis", "PKE", "not_supported", 4)],
      problems=["unknown_qualification"],
      note="Qualification not in the register, named only in genitive in the title (nominative: "
           "atjaunojamās enerģijas sistēmu tehniķis), LKI 4 stated. Inline labels 'Programma.' / 'Eksāmens.'.")


# ======================================================================
# 32  stage-4 memo, forestry, two programmes rejected
# ======================================================================
def f32(d):
    P(d, "Līga Straume", bold=True, space_after=0)
    P(d, "meža nozares eksperte, AS „Meža konsultanti”", size=10)
    P(d, "18.03.2026.", size=10)
    P(d, "")
    P(d, "Par motorzāģa operatora un meža mašīnu operatora dokumentiem", bold=True)
    P(d, "Izskatīju abu kvalifikāciju programmas un eksāmenus. Diemžēl programmas ir sagatavotas steigā: "
         "abās ir vienādi, no vispārīga parauga pārkopēti moduļi, mācību rezultāti nav sasaistīti ar "
         "2025. gadā aktualizētajām kvalifikācijas prasībām, un darba vidē balstītas mācības nav "
         "aprakstītas vispār. Nepieciešami būtiski papildinājumi, tāpēc abas programmas šobrīd netiek "
         "atbalstītas.", align="j")
    P(d, "Motorzāģa operatora eksāmens ir labi izstrādāts, un pret to man nav iebildumu – eksāmena saturs "
         "atbalstāms un virzāms saskaņošanai.", align="j")
    P(d, "Meža mašīnu operatora eksāmens paredz tikai teorētisko testu, praktiskās daļas nav. Šāds "
         "eksāmens nav atbalstāms.", align="j")
    P(d, "Ar cieņu\nL. Straume")


build("r14a32_Straume_mezs programmas_marts.docx", f32,
      author="Līga Straume", created="2026-03-18",
      expert="Līga Straume", date="2026-03-18",
      rows=[("motorzāģa operators", "MIP", "not_supported", 3),
            ("meža mašīnu operators", "MIP", "not_supported", 3),
            ("motorzāģa operators", "PKE", "supported", 3),
            ("meža mašīnu operators", "PKE", "not_supported", 3)],
      note="Stage-4 memo. One sentence rejects both programmes ('abas programmas šobrīd netiek atbalstītas'; "
           "'Nepieciešami' starts with ne- but does not negate). 'nav iebildumu – atbalstāms un virzāms' "
           "-> supported. Name+date block at the top, initial at the end.")


# ======================================================================
# 33  optional suggestions, PKE only, MIP history
# ======================================================================
@font("Georgia", 11)
def f33(d):
    P(d, "Elektrotehniķa kvalifikācijas eksāmena saturs – eksperta viedoklis", bold=True)
    P(d, "Programmas atzinumu sniedzu jau 2026. gada aprīlī (toreiz to atbalstīju ar precizējumiem), tāpēc "
         "šeit runa ir tikai par eksāmenu.", align="j")
    P(d, "Pārstrādātais eksāmens ir būtiski labāks par pirmo versiju. Praktiskajā daļā ir releju aizsardzības "
         "iestatījumu pārbaude un bojājumu meklēšana pēc shēmas, teorētiskā daļa atbilst 4. līmenim.",
      align="j")
    P(d, "Ieteikumi (nav obligāti):", bold=True)
    B(d, "bojājumu meklēšanas uzdevumam varētu sagatavot vairākus variantus, lai eksāmenu nevarētu "
         "„iemācīties”;")
    B(d, "vērtēšanas lapā būtu ērti pievienot aili vērtētāja komentāriem.")
    P(d, "Secinājumi", bold=True)
    P(d, "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai. Iepriekš minētie ieteikumi ir "
         "rekomendējoši un saskaņošanu neietekmē.", align="j")
    P(d, "")
    P(d, "Pēteris Lapsa\nSIA „Latgales elektrotīkli” vecākais inženieris\n2026. gada 7. jūlijā")


build("r14a33_Elektrotehnikis PKE Lapsa.docx", f33,
      author="Pēteris Lapsa", created="2026-07-07",
      expert="Pēteris Lapsa", date="2026-07-07",
      rows=[("elektrotehniķis", "PKE", "supported", 4)],
      note="PKE only; MIP mentioned only as an April verdict (history) -> no MIP row. Optional suggestions "
           "('nav obligāti', 'saskaņošanu neietekmē') do not turn 'atbalstāms un virzāms' into corrections.")


# ======================================================================
# 34  letterhead in the Word header, both supported
# ======================================================================
def f34(d):
    header_text(d, ["Andris Zvaigzne", "mežsaimniecības inženieris, LDDK deleģētais nozares eksperts",
                    "andris.zvaigzne@mezaprojekti.lv · +371 29 114 870"], align="l")
    P(d, "Rīga, 08.07.2026", align="r")
    P(d, "MEŽSAIMNIECĪBAS TEHNIĶIS (LKI 4): programmas un eksāmena atkārtots vērtējums", bold=True)
    P(d, "Darba grupa ir iesniegusi abus dokumentus pēc pavasarī veiktajām ekspertīzēm. Salīdzināju tos "
         "ar iepriekšējo ekspertu piezīmēm: programmā papildināts meža inventarizācijas modulis ar GNSS un "
         "tālizpētes datu izmantošanu, precizēta meža atjaunošanas plānošana; eksāmena teorētiskajā daļā "
         "aizstāti jautājumi par spēku zaudējušiem normatīvajiem aktiem.", align="j")
    P(d, "Nozares uzņēmumu pārstāvji, ar kuriem pārrunāju programmu, atbalsta arī ideju par meža ugunsdrošības "
         "tēmas paplašināšanu, taču tas ir jautājums nākamajai programmas pārskatīšanai.", align="j")
    P(d, "Noslēgumā – abi dokumenti ir sagatavoti kvalitatīvi un atbilst kvalifikācijas prasībām. Tos "
         "atbalstu bez iebildumiem un uzskatu, ka gan programma, gan eksāmens ir virzāmi saskaņošanai.",
      align="j")
    P(d, "")
    P(d, "A. Zvaigzne")


build("r14a34_Zvaigzne_mezsaimniecibas tehnikis.docx", f34,
      author="Andris Zvaigzne", created="2026-07-08",
      expert="Andris Zvaigzne", date="2026-07-08",
      rows=[("mežsaimniecības tehniķis", "MIP", "supported", 4),
            ("mežsaimniecības tehniķis", "PKE", "supported", 4)],
      note="Letterhead (name, role, contacts) in the Word header, not the body; body signed only 'A. Zvaigzne'. "
           "Trap 'uzņēmumu pārstāvji ... atbalsta arī ideju' (3rd person). 'Noslēgumā – ... atbalstu bez "
           "iebildumiem ... gan programma, gan eksāmens ir virzāmi saskaņošanai'.")


# ----------------------------------------------------------------- outputs
def write_outputs():
    with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        w.writerows(ROWS)
    with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        w.writerows(PROBS)
    lines = ["# r14a — blind set: free-prose expert reviews (letters, memos, pasted e-mails)", "",
             "Built by `build.py` (python-docx 1.2). Gold labels in `expected.csv` and `expected_problems.csv`.",
             "", f"Files: {len(NOTES)}; gold rows: {len(ROWS)}; problem rows: {len(PROBS)}.", "",
             "| file | rows | problems | design and judgement calls |", "|---|---|---|---|"]
    for name, note in NOTES:
        n = sum(1 for r in ROWS if r[0] == name)
        pr = ", ".join(c for fn, c in PROBS if fn == name) or "—"
        lines.append(f"| {name} | {n} | {pr} | {note.replace('|', '/')} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


write_outputs()
print(f"files={len(NOTES)} rows={len(ROWS)} problems={len(PROBS)}")
