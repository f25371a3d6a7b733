#!/usr/bin/env python3
"""Build the r1a blind evaluation set: free-prose Latvian expert reviews (.docx) + gold labels.

Every file is built by one add(...) call; its gold rows (rows=...) and problem codes (problems=...)
sit right next to its text so a reader can check them.
Run:  /work/hvenv/bin/python build.py
"""
import csv
import datetime as dt
import random
import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).resolve().parent
PREFIX = "r1a"
FILES = []   # (fname, rows, problems, note)

S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"


def R(qual, doc, verdict, expert, date, lki):
    """One gold row: (qualification, document, verdict, expert, date, lki_level)."""
    return (qual, doc, verdict, expert, date, "" if lki is None else str(lki))


_rev_id = [100]


def _tracked_paragraph(doc, line, author, date_iso):
    p = doc.add_paragraph()
    for part in re.split(r"(\[-.*?-\]|\[\+.*?\+\])", line):
        if not part:
            continue
        _rev_id[0] += 1
        attrs = f'w:id="{_rev_id[0]}" w:author={quoteattr(author)} w:date="{date_iso}T10:00:00Z"'
        if part.startswith("[-"):
            xml = (f'<w:del {nsdecls("w")} {attrs}><w:r><w:delText xml:space="preserve">'
                   f'{escape(part[2:-2])}</w:delText></w:r></w:del>')
            p._p.append(parse_xml(xml))
        elif part.startswith("[+"):
            xml = (f'<w:ins {nsdecls("w")} {attrs}><w:r><w:t xml:space="preserve">'
                   f'{escape(part[2:-2])}</w:t></w:r></w:ins>')
            p._p.append(parse_xml(xml))
        else:
            p.add_run(part)
    return p


def _add_runs(p, text, rng, split):
    """Add text, optionally split into several runs at arbitrary points (as Word does)."""
    if split and len(text) > 12:
        cuts = sorted(rng.sample(range(1, len(text) - 1), k=min(3, len(text) // 10)))
        pieces, last = [], 0
        for c in cuts:
            pieces.append(text[last:c]); last = c
        pieces.append(text[last:])
        runs = [p.add_run(x) for x in pieces if x]
    else:
        runs = [p.add_run(text)]
    return runs


def add(num, name, *, author, created, text, rows, problems=(), note="", header=None,
        split=False, font="Times New Roman", size=12, blank=False, tracked_author=None,
        tracked_date="2026-04-22"):
    """Build one .docx. Markup per line: '# ' title, '## ' bold heading, '- ' bullet,
    '> ' quoted (italic, indented), '^ ' right aligned, '[-x-]' / '[+x+]' tracked del/ins."""
    fname = f"{PREFIX}{num:02d}_{name}"
    rng = random.Random(num)
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(*created, 9, 30)
    cp.modified = dt.datetime(*created, 16, 5)
    cp.title = ""
    if header:
        hp = doc.sections[0].header.paragraphs[0]
        hp.text = header[0]
        for h in header[1:]:
            doc.sections[0].header.add_paragraph(h)
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            if blank:
                doc.add_paragraph()
            continue
        if "[-" in line or "[+" in line:
            _tracked_paragraph(doc, line, tracked_author or author, tracked_date)
            continue
        style, bold, italic, align, sz = None, False, False, None, None
        if line.startswith("# "):
            line, bold, align, sz = line[2:], True, WD_ALIGN_PARAGRAPH.CENTER, Pt(size + 2)
        elif line.startswith("## "):
            line, bold = line[3:], True
        elif line.startswith("- "):
            line, style = line[2:], "List Bullet"
        elif line.startswith("> "):
            line, italic = line[2:], True
        elif line.startswith("^ "):
            line, align = line[2:], WD_ALIGN_PARAGRAPH.RIGHT
        p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if italic:
            p.paragraph_format.left_indent = Cm(1)
        for r in _add_runs(p, line, rng, split):
            r.bold = bold or None
            r.italic = italic or None
            if sz:
                r.font.size = sz
    doc.save(OUT / fname)
    FILES.append((fname, list(rows), list(problems), note))


# =====================================================================================
# Reviews
# =====================================================================================

# r1a01: classic 1-page review, "Slēdziens"; author property = coordinator (trap);
# programme-version date 16 Feb is not the review date; "metodiskais atbalsts" is a noun.
add(1, "Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx",
    author="Ilze Kalniņa", created=(2026, 3, 9),
    rows=[R("elektrotehniķis", "MIP", NC, "Jānis Ozols", "2026-03-06", 4),
          R("elektrotehniķis", "PKE", S, "Jānis Ozols", "2026-03-06", 4)],
    note="Slēdziens: MIP supported only after three fixes -> needs_corrections; PKE 'bez precizējumiem' -> supported. "
         "Author = coordinator, expert from signature. Version date 16 Feb ignored; 'metodiskais atbalsts' is a noun.",
    text="""
# EKSPERTA ATZINUMS
Par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu
Rīgā, 2026. gada 6. martā
Atzinums sagatavots pēc LDDK lūguma projekta 4.2.2.9. pasākuma ietvaros. Izskatīju darba grupas 2026. gada 16. februārī iesūtīto programmas versiju (v3) un eksāmena satura projektu. Vērtējot balstījos uz profesijas standartu un savu pieredzi sadales tīklu ekspluatācijā.
## Par modulāro programmu
Programmas uzbūve kopumā ir loģiska – moduļi pakāpeniski ved no elektrodrošības pamatiem līdz releju aizsardzībai un automātikai. Pozitīvi vērtēju, ka ir atsevišķs modulis par atjaunīgo energoresursu pieslēgšanu tīklam, tas nozarē šobrīd ir ļoti pieprasīts.
Tomēr ir vairākas lietas, kas jāsakārto:
- modulī „Elektroietaišu ekspluatācija” nav minētas norīkojumu un darba atļauju sistēmas prasības, bez kurām mūsu uzņēmumā neviens netiek pielaists pie darba;
- mācību rezultātu formulējumi 5. un 6. modulī atkārtojas gandrīz vārds vārdā;
- praktisko darbu apjoms nesakrīt ar kopsavilkuma tabulu (tabulā 320 st., moduļos kopā 296 st.).
Skolotājiem noderētu arī metodiskais atbalsts digitālo mērinstrumentu lietošanā, bet tas ir cits jautājums un šo atzinumu neietekmē.
## Par kvalifikācijas eksāmenu
Eksāmena teorētiskā daļa un praktiskais uzdevums atbilst standartā noteiktajiem pienākumiem. Vērtēšanas kritēriji ir skaidri, punktu sadalījums pamatots, praktiskajam uzdevumam atvēlētās 4 stundas ir reālas.
## Slēdziens
MIP saturs ir atbalstāms, taču saskaņošanai to var virzīt tikai tad, kad būs izlaboti trīs iepriekš minētie punkti.
PKE saturs ir atbalstāms un bez precizējumiem virzāms saskaņošanai.
Ar cieņu,
Jānis Ozols
AS „Latgales Elektrotīkli” vecākais inženieris, nozares eksperts
""")

# r1a02: PKE only, whole text without diacritics; MIP "netika iesniegta" -> no row.
add(2, "ekspertize PKE meza masinu operators.docx",
    author="User", created=(2026, 3, 13), font="Calibri", size=11,
    rows=[R("meža mašīnu operators", "PKE", NS, "Raitis Berzins", "2026-03-13", 3)],
    note="No diacritics anywhere; only PKE reviewed (MIP not submitted: no row). 'es neatbalstu' -> not_supported. "
         "Expert name kept as written (Berzins). No level stated -> register 3.",
    text="""
Ekspertizes atzinums
Kvalifikacija: meza masinu operators
Vertetais dokuments: profesionalas kvalifikacijas eksamena saturs
Datums: 13.03.2026.
Modulu programma man netika iesniegta ekspertizei, tapec rakstu tikai par eksamenu.
Praktiskaja dala paredzets darbs tikai ar simulatoru (40 min). Musu nozarei ar to nepietiek – operatoram japarada, ka vins prot stradat ar istu masinu meza, vismaz pievedeja iekrausana un sortimentu skirosana.
Teorijas jautajumos nav neviena jautajuma par darba drosibu masinas apkopes laika, ka ari par degvielas un ellas nopluzu likvidesanu, kas ir obligati.
Vertesanas kriteriji uzrakstiti loti visparigi („izpilda uzdevumu kvalitativi”), nav saprotams, ka eksaminetajs pieskirs punktus.
Sadu eksamena saturu es neatbalstu. Darba grupai japarstrada praktiska dala un kriteriji un tad jaiesniedz atkartotai ekspertizei.
Raitis Berzins
SIA "Ziemelu mezizstrade", meza tehnikas parvaldnieks
""")

# r1a03: re-review; history of the first version ("netika atbalstīta") is not the verdict;
# corrections already made; "uzņēmumi atbalsta" is a third person; "Kopvērtējums" -> both supported.
add(3, "Mebelu_galdnieks_atzinums_Liepa.docx",
    author="Dace Liepa", created=(2026, 3, 20),
    rows=[R("mēbeļu galdnieks", "MIP", S, "Dace Liepa", "2026-03-20", 4),
          R("mēbeļu galdnieks", "PKE", S, "Dace Liepa", "2026-03-20", 4)],
    note="Re-review. 'Pirmajā redakcijā ... netika atbalstīta' is history; earlier corrections done. "
         "'uzņēmumi atbalsta' is 3rd person. Kopvērtējums: 'Abus dokumentus ... atbalstu un iesaku virzīt' -> both supported.",
    text="""
SIA „Liepas mēbeles”
Dace Liepa, valdes locekle
# Atkārtots atzinums par kvalifikāciju „Mēbeļu galdnieks”
2026-03-20
Šī ir mana otrā ekspertīze par mēbeļu galdnieka dokumentiem. Pirmajā redakcijā (janvāra beigās) modulārā programma netika atbalstīta, jo tajā gandrīz nebija CNC apstrādes un virsmu apdares, bet eksāmena saturā trūka vērtēšanas kritēriju praktiskajam darbam.
Darba grupa ir pastrādājusi godam. Iepriekšējā atzinumā norādītie labojumi ir veikti: pievienots modulis „Mēbeļu detaļu apstrāde ar CNC iekārtām” (120 st.), pārstrādāts apdares modulis, un eksāmena praktiskajam darbam tagad ir tabula ar 12 kritērijiem un punktu skalu.
Mūsu cehā katru gadu praksē ir 4–6 audzēkņi, un redzu, ka jaunā programma daudz labāk atbilst tam, ko mēs reāli darām. Priecē, ka programmā ieplānota sadarbība ar uzņēmumiem – vairāki nozares uzņēmumi atbalsta darba vidē balstītas mācības un ir gatavi audzēkņus uzņemt.
Varbūt vēl vajadzētu vairāk uzmanības pievērst klientu pasūtījumu pieņemšanai un tāmēšanai, bet to skola var risināt pēc saviem ieskatiem.
## Kopvērtējums
Abus dokumentus – gan programmu, gan eksāmena saturu – atbalstu un iesaku virzīt saskaņošanai. Papildu precizējumi nav vajadzīgi.
Dace Liepa
""")

# r1a04: two qualifications, numbered headings; alias "VGK iekārtu remontatslēdznieks";
# "tāpat kā elektromontiera programmā" inside section 2 is not a new section.
add(4, "Energetika_atzinums_Kalejs.docx",
    author="Lietotājs", created=(2026, 3, 12), split=True,
    rows=[R("elektromontieris", "MIP", S, "Andris Kalējs", "2026-03-12", 3),
          R("elektromontieris", "PKE", NC, "Andris Kalējs", "2026-03-12", 3),
          R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NS, "Andris Kalējs", "2026-03-12", 3),
          R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", NC, "Andris Kalējs", "2026-03-12", 3)],
    note="Two sections '1. X (LKI 3.)', '2. VGK iekārtu remontatslēdznieks' (alias). 'nav būtisku iebildumu – var virzīt tādu, kāda ir' -> supported; "
         "'atbalstāms, bet ... jāprecizē ... Kad būs izdarīts, var virzīt' -> needs_corrections; 'neatbalstu' -> not_supported. "
         "Date '12.03.26'. Runs split.",
    text="""
Nozares eksperta atzinums (enerģētikas nozare)
Sagatavoja: Andris Kalējs
12.03.26
Man lūgts izvērtēt divu kvalifikāciju programmas un eksāmenu saturu, tāpēc atzinumu sadalīju pa kvalifikācijām.
## 1. Elektromontieris (LKI 3. līmenis)
Modulārā programma ir labi sastrukturēta. Moduļi par kabeļu līniju montāžu un gaisvadu līnijām ir praktiski, stundu sadalījums samērīgs. Būtisku iebildumu man nav – programmu var virzīt saskaņošanai tādu, kāda tā ir.
Eksāmena saturs kopumā atbalstāms, bet praktiskajā uzdevumā jāprecizē, kādus individuālos aizsardzības līdzekļus eksaminējamais lieto, un no teorijas testa jāizņem divi jautājumi par jau atceltiem standartiem (7. un 19.). Kad tas būs izdarīts, PKE var virzīt saskaņošanai.
## 2. VGK iekārtu remontatslēdznieks
Šīs kvalifikācijas programma ir vājākā no abām. Tāpat kā elektromontiera programmā, arī šeit darba drošība apskatīta tikai vispārīgi, bet galvenā problēma ir cita: nav neviena moduļa par aukstumaģentiem un F-gāzu regulējumu, lai gan remontatslēdznieks ar tiem strādā katru dienu. Trūkst arī prakses apraksta. Programmu šādā veidā neatbalstu – tā jāpārstrādā un jāiesniedz vēlreiz.
Ar eksāmenu ir labāk. Atbalstāms, tomēr pirms saskaņošanas jāpapildina ar praktisko uzdevumu par sistēmas hermētiskuma pārbaudi un jāizlabo drukas kļūdas vērtēšanas lapā.
Eksperts ______ Andris Kalējs
""")

# r1a05: 5-line e-mail saved to Word by the coordinator; date = sent date of the expert's own mail.
add(5, "RE_ motorzaga operatora PKE.docx",
    author="Ilze Kalniņa", created=(2026, 3, 11), font="Calibri", size=11,
    rows=[R("motorzāģa operators", "PKE", S, "Māris Zariņš", "2026-03-10", 3)],
    note="Short e-mail: 'Iebildumu nav, var virzīt saskaņošanai' -> PKE supported. Programme not yet read: no row. "
         "Expert full name from From: line (signed only 'Māris'); date = Sent line.",
    text="""
From: Māris Zariņš <maris.zarins@mezaforma.lv>
Sent: otrdiena, 2026. gada 10. marts 14:22
To: Ilze Kalniņa <ilze.kalnina@lddk.lv>
Subject: RE: motorzāģa operatora PKE
Labdien, Ilze!
Paskatījos motorzāģa operatora eksāmena saturu. Iebildumu nav, var virzīt saskaņošanai tāds, kāds ir.
Programmu vēl neesmu paspējis izlasīt, par to atrakstīšu nākamnedēļ.
Māris
""")

# r1a06: two-page teacher review; purpose sentence "jāizvērtē, vai saturs ir atbalstāms";
# "uzņēmumi atbalsta" 3rd person; optional suggestion; required fix list then "Pēc tam ... atbalstāms".
add(6, "Mehatronika_MIP_PKE_ekspertize_Vitols.docx",
    author="Guntis Vītols", created=(2026, 2, 27), blank=True,
    rows=[R("mehatronisko sistēmu tehniķis", "MIP", NC, "Guntis Vītols", "2026-02-27", 4),
          R("mehatronisko sistēmu tehniķis", "PKE", NC, "Guntis Vītols", "2026-02-27", 4)],
    note="Long prose per module. Purpose sentence is no verdict. MIP: 'var atbalstīt, taču pirms saskaņošanas jāizlabo' -> needs_corrections "
         "(A3 hours only optional). PKE: fixes 1-3 'jāizlabo. Pēc tam ... atbalstāms un virzāms' + conclusion 'precizējumi nepieciešami' -> needs_corrections. "
         "Title Mg.sc.ing. dropped.",
    text="""
# Ekspertīzes atzinums
Profesionālā kvalifikācija: Mehatronisko sistēmu tehniķis
LKI līmenis: 4
Eksperts: Mg.sc.ing. Guntis Vītols, Valmieras tehnikuma mehatronikas skolotājs, SIA „Vidzemes automātika” konsultants
Datums: 2026. gada 27. februāris

## Ievads
Vērtēšanai saņēmu modulāro izglītības programmu (82 lpp.) un kvalifikācijas eksāmena satura aprakstu ar pielikumiem. Uzdevums bija izvērtēt, vai saturs ir atbalstāms, t.i., vai tas atbilst profesijas standartam un nozares vajadzībām. Ar mehatronikas audzēkņiem strādāju jau 14 gadus, tāpēc skatījos arī to, vai programmu var reāli īstenot ar skolās pieejamo aprīkojumu.

## Vispārīgi par programmu
Programma ir apjomīga un ambicioza. Labi, ka industriālā robotika, PLC programmēšana un pneimatikas/hidraulikas sistēmas savienotas vienotā loģikā. Nozares uzņēmumi atbalsta darba vidē balstītas mācības, un programmā tām atvēlēta pietiekama vieta (B daļas moduļi).

## Piezīmes par moduļiem
A1 „Tehniskā dokumentācija un rasējumi” – labi, bez piezīmēm.
A3 „Elektrotehnikas pamati” – 60 stundas ir par maz, audzēkņi nāk ar ļoti atšķirīgām zināšanām fizikā. Ieteiktu vismaz 80, bet to skola var izlemt pati.
B2 „Programmējamie loģiskie kontrolieri” – mācību rezultātos minēta tikai viena ražotāja vide (Siemens TIA Portal). Jāformulē neitrāli, citādi skolas ar citu aprīkojumu programmu nevarēs īstenot.
B4 „Industriālie roboti” – nav drošības prasību robota darba zonā (ISO 10218), tās obligāti jāpievieno.
B5 „Mehatronisko sistēmu diagnostika” – ļoti labs modulis, viens no spēcīgākajiem.
C daļa (izvēles moduļi) – saraksts nesakrīt ar kopējo stundu tabulu.

## Par eksāmenu
Eksāmenā ir teorētiskā daļa (tests) un praktiskais darbs – mehatroniskas sistēmas montāža, programmēšana un bojājuma atrašana. Uzbūve laba. Tomēr:
1) praktiskajam darbam nav noteikts, kāds aprīkojums jānodrošina eksāmena vietā, bez tā skolas eksāmenu organizēs ļoti dažādi;
2) vērtēšanas veidlapā punkti kopā dod 95, nevis 100;
3) testa jautājumu bankā vairākiem jautājumiem ir divas pareizas atbildes (12., 27., 31.).
Šīs trīs lietas jāizlabo. Pēc tam eksāmena saturs ir atbalstāms un virzāms saskaņošanai.

## Secinājumi
Modulāro programmu var atbalstīt, taču pirms saskaņošanas jāizlabo B2 un B4 moduļa trūkumi un C daļas stundu tabula. A3 stundu palielināšana ir tikai mans ieteikums, nav obligāti.
Eksāmena saturam precizējumi ir nepieciešami, kā norādīts iepriekš (1.–3. punkts).

Guntis Vītols
""")

# r1a07: letterhead in the page header; all-caps title; "abus dokumentus nevaru ieteikt virzīt";
# "ES fondu atbalsts" is a noun.
add(7, "DATORIZETU KOKAPSTRADES IEKARTU OPERATORS_atzinums.docx",
    author="User", created=(2026, 3, 5), font="Arial", size=11,
    header=["SIA „Kokmeistars” | Edgars Krūmiņš, ražošanas direktors | Rēzekne, Atbrīvošanas aleja 1"],
    rows=[R("datorizētu kokapstrādes iekārtu operators", "MIP", NS, "Edgars Krūmiņš", "2026-03-05", 4),
          R("datorizētu kokapstrādes iekārtu operators", "PKE", NS, "Edgars Krūmiņš", "2026-03-05", 4)],
    note="All-caps qualification; 'Rezumējot: abus dokumentus nevaru ieteikt virzīt ... nav atbalstāmi' -> both not_supported. "
         "'ES fondu atbalsts' noun. Date '5 marts 2026'. Letterhead in page header.",
    text="""
# ATZINUMS
# DATORIZĒTU KOKAPSTRĀDES IEKĀRTU OPERATORS
(LKI 4. līmenis)
Rēzeknē, 5 marts 2026
Esmu iepazinies ar iesūtītajiem materiāliem – modulāro programmu un eksāmena saturu.
Godīgi sakot, biju gaidījis vairāk. Abos dokumentos dominē vecā tipa apstrāde – ripzāģi, frēzes ar rokas padevi –, bet datorizētas iekārtas (CNC apstrādes centri, optimizācijas zāģi, malu līmēšanas līnijas ar programmvadību) parādās tikai vienā modulī un ļoti virspusēji. Audzēknis pēc šīs programmas nespēs patstāvīgi sagatavot apstrādes programmu CAM vidē, kas mūsu ražotnē ir pamatprasme.
Eksāmenā praktiskais uzdevums ir „izgatavot detaļu pēc rasējuma”, bet nekur nav prasīts izveidot vai koriģēt vadības programmu. Tātad eksāmens pārbauda nevis datorizētu iekārtu operatoru, bet parastu kokapstrādes iekārtu operatoru.
Saprotu, ka skolām trūkst aprīkojuma un ES fondu atbalsts iekārtu iegādei vēl tikai gaidāms, taču saturam jābūt tādam, kāds vajadzīgs nozarei, nevis tādam, kāds ir skolas darbnīcā.
Rezumējot: abus dokumentus nevaru ieteikt virzīt saskaņošanai. Tie nav atbalstāmi, kamēr netiks pārstrādāti pēc būtības.
Ar cieņu,
Edgars Krūmiņš
""")

# r1a08: programme only ("atzinums attiecas tikai uz programmu"); optional suggestions;
# "vērtēju pozitīvi", "bez precizējumiem virzāma"; date with weekday under the signature.
add(8, "Koka izstradajumu razosanas tehnikis_MIP_Ozolina.docx",
    author="Lietotājs", created=(2026, 3, 3),
    rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", S, "Laura Ozoliņa", "2026-03-03", 4)],
    note="MIP only, PKE 'vērtē cits eksperts' (no row). Suggestions 'pēc saviem ieskatiem' optional; 'bez precizējumiem virzāma' -> supported. "
         "Date 'otrdien, 2026. gada 3. martā'.",
    text="""
# Atzinums par modulāro izglītības programmu
Kvalifikācija: koka izstrādājumu ražošanas tehniķis
Šis atzinums attiecas tikai uz programmu. Eksāmena saturu vērtē cits eksperts.
Programmu izlasīju divas reizes un salīdzināju ar to, ko no jaunajiem tehniķiem sagaidām savā uzņēmumā (granulu un līmētās koksnes ražošana). Programmā ir viss būtiskais: ražošanas procesu plānošana, kvalitātes kontrole, iekārtu apkope, darba aizsardzība, kā arī jauns modulis par koksnes resursu efektīvu izmantošanu un atlikumu pārstrādi.
Mācību rezultāti formulēti saprotami, vērtēšanas uzdevumi atbilst tiem. Prakse uzņēmumā – 640 stundas – ir tieši tik, cik vajag.
Dažas idejas, ko darba grupa var ņemt vērā pēc saviem ieskatiem: varētu pieminēt ražošanas datu uzskaites sistēmas (MES), un moduļa „Komandas vadīšana” nosaukums skan nedaudz pārspīlēti tehniķa līmenim.
Kopumā programmu vērtēju pozitīvi. Tā ir atbalstāma un bez precizējumiem virzāma saskaņošanai.
Laura Ozoliņa, nozares eksperte
otrdien, 2026. gada 3. martā
""")

# r1a09: MIP only remarks, expert postpones the verdict -> unknown/no_verdict; PKE "neatbalstu".
add(9, "buvizstradajumu galdnieks - piezimes.docx",
    author="Sandra Mežule", created=(2026, 3, 17),
    rows=[R("būvizstrādājumu galdnieks", "MIP", U, "Oskars Priede", "2026-03-17", 4),
          R("būvizstrādājumu galdnieks", "PKE", NS, "Oskars Priede", "2026-03-17", 4)],
    problems=["no_verdict"],
    note="MIP reviewed but verdict explicitly postponed until a meeting -> unknown + no_verdict. PKE 'šādā redakcijā neatbalstu' -> not_supported. "
         "Author = coordinator; expert from signature.",
    text="""
Būvizstrādājumu galdnieks – piezīmes par MIP un PKE
## Programma
Lasot programmu, radās vairāk jautājumu nekā atbilžu. Nav skaidrs, kāpēc logu un durvju izgatavošana apvienota vienā modulī ar kāpņu izgatavošanu – tās ir pilnīgi atšķirīgas tehnoloģijas. Koksnes žāvēšana un mitruma kontrole pieminēta tikai ievadā, lai gan būvizstrādājumiem tas ir izšķiroši.
Programmai ir potenciāls, bet pirms izsaku galīgo vērtējumu, gribētu tikties ar darba grupu un saprast, kā viņi iedomājas praksi uzņēmumā. Savu viedokli par programmu sniegšu pēc šīs tikšanās.
## Eksāmens
Eksāmena saturs neatbilst kvalifikācijai: praktiskais darbs – taburetes izgatavošana – ir mēbeļu galdnieka, nevis būvizstrādājumu galdnieka uzdevums. Netiek pārbaudīta ne logu bloka montāža, ne durvju furnitūras uzstādīšana. Eksāmena saturu šādā redakcijā neatbalstu.
Oskars Priede
17.03.2026
""")

# r1a10: two conclusion blocks of equal weight contradict on the exam -> PKE unknown/conflict.
add(10, "VGK sistemu tehnikis atzinums (galigais).docx",
    author="Windows User", created=(2026, 3, 25),
    rows=[R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", NC, "Roberts Kalniņš", "2026-03-25", 4),
          R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", U, "Roberts Kalniņš", "2026-03-25", 4)],
    problems=["conflict"],
    note="'Kopsavilkums' says PKE atbalstāms un virzāms; closing 'Gala vērtējums' says PKE neatbalstāms; both are conclusions -> PKE unknown + conflict. "
         "MIP consistent in both: needs_corrections.",
    text="""
# Eksperta atzinums
Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis (LKI 4)
Datums: 2026. gada 25. marts
Eksperts: Roberts Kalniņš, SIA „Klimata inženierija” projektu vadītājs
Izskatīju modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu.
Programma aptver sistēmu projektēšanas pamatus, montāžu, regulēšanu un apkopi. Labi izstrādāts modulis par energoefektivitāti un siltuma atgūšanu. Toties 4. moduļa mācību rezultāti ir pārāk vispārīgi („pārzina automātikas sistēmas”), tie jāpārraksta kā pārbaudāmas prasmes, un prakses aprakstā jāieraksta, kādus darbus audzēknis veic objektā.
Eksāmenā ir teorētiskais tests un praktiskais uzdevums – gaisa apmaiņas mērījumi un sistēmas ieregulēšana. Uzdevums ir tuvu reālajam darbam, kritēriji saprotami.
## Kopsavilkums
Modulārā programma kopumā ir atbalstāma. Kad būs precizēti 4. moduļa mācību rezultāti un papildināts prakses apraksts, to var virzīt saskaņošanai.
Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.
## Gala vērtējums
MIP – atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.
PKE – neatbalstāms.
Roberts Kalniņš
""")

# r1a11: qualification outside the register ("Metinātājs", LKI 3 stated) -> unknown_qualification.
add(11, "Metinatajs_MIP_PKE_Sprogis.docx",
    author="Lietotājs", created=(2026, 3, 26),
    rows=[R("metinātājs", "MIP", S, "Valdis Sproģis", "2026-03-26", 3),
          R("metinātājs", "PKE", NC, "Valdis Sproģis", "2026-03-26", 3)],
    problems=["unknown_qualification"],
    note="'Metinātājs' not in register -> nominative lowercase + unknown_qualification; level stated LKI 3. "
         "MIP 'atbalstāma un virzāma' -> supported; PKE 'atbalstāms, bet virzīt ... tikai pēc tam, kad' -> needs_corrections. Place-and-date line.",
    text="""
Kvalifikācija — Metinātājs (LKI 3. līmenis)
Mašīnbūves un metālapstrādes nozares eksperta atzinums
Liepājā, 2026. gada 26. martā
Strādāju metālkonstrukciju ražošanā 20 gadus, no tiem 8 kā metināšanas meistars, tāpēc uz šiem dokumentiem skatījos ar praktiķa acīm.
Programma ir laba. Beidzot metināšanas procesi (MMA, MIG/MAG, TIG) ir sadalīti atsevišķos moduļos ar skaidriem mācību rezultātiem, un ir iekļauta metināto šuvju vizuālā kontrole pēc LVS EN ISO 5817. Prakse uzņēmumā saplānota pietiekamā apjomā. Man nav ko piebilst – programma ir atbalstāma un virzāma saskaņošanai.
Eksāmenam ir viena nopietna nepilnība: praktiskajā daļā nav noteikts, kurā pozīcijā metina kontrolparaugu (PA, PF vai PC), un arī materiāla biezums nav norādīts. Bez tā eksāmens dažādās skolās nebūs salīdzināms. Eksāmena saturs ir atbalstāms, bet virzīt saskaņošanai to var tikai pēc tam, kad šie parametri būs ierakstīti uzdevumā un vērtēšanas lapā.
Valdis Sproģis
metināšanas meistars, SIA „Kurzemes metālkonstrukcijas”
""")

# r1a12: history both ways: "Toreiz ... atbalstīju ar nosacījumu" (old) -> MIP now supported;
# "Janvārī ... atbalstīju bez iebildumiem" (old) -> PKE now not supported. Earlier review date is a trap.
add(12, "Mezsaimniecibas tehnikis_atkartota ekspertize.docx",
    author="Ilze Kalniņa", created=(2026, 3, 19),
    rows=[R("mežsaimniecības tehniķis", "MIP", S, "Gatis Roze", "2026-03-18", 4),
          R("mežsaimniecības tehniķis", "PKE", NS, "Gatis Roze", "2026-03-18", 4)],
    note="History lines (15 Jan review, conditional/unconditional support) are not the verdict; current: MIP 'atbalstāma un virzāma' -> supported, "
         "PKE 'Šo redakciju neatbalstu' -> not_supported. Date = this review (18 Mar), not the earlier one. Author = coordinator.",
    text="""
# Atkārtotas ekspertīzes atzinums
Mežsaimniecības tehniķis – modulārā izglītības programma un kvalifikācijas eksāmens
Iepriekšējā ekspertīze: 2026. gada 15. janvārī
Šī atzinuma datums: 2026. gada 18. martā
Eksperts: Gatis Roze
Toreiz programmu atbalstīju ar nosacījumu, ka tiks papildināts meža inventarizācijas modulis ar ĢIS rīku lietošanu un precizēts prakses apjoms mežniecībā. Abi nosacījumi ir izpildīti, turklāt darba grupa pati pārstrādāja arī meža atjaunošanas moduli, kas tagad ir krietni saprotamāks. Programma ir atbalstāma un virzāma saskaņošanai.
Ar eksāmenu diemžēl ir otrādi. Janvārī eksāmena saturu atbalstīju bez iebildumiem, bet jaunajā redakcijā darba grupa ir izņēmusi praktisko uzdevumu mežaudzes taksācijā un aizstājusi to ar rakstisku testu. Tehniķim, kurš nevar uz vietas mežā novērtēt audzi, šo kvalifikāciju piešķirt nedrīkst. Šo redakciju neatbalstu – praktiskais uzdevums jāatgriež, un pēc tam ceru to redzēt vēlreiz.
Gatis Roze
mežsaimniecības konsultants, SIA „Meža konsultanti”
""")

# r1a13: three qualifications with PKP „X” headings; "tāpat kā motorzāģa operatora programmā"
# inside the third section is not a new section; name alone on the last line.
add(13, "Kokrupnieciba_3 kvalifikacijas_atzinums.docx",
    author="Lietotājs", created=(2026, 4, 14), blank=True,
    rows=[R("kokapstrādes iekārtu operators", "MIP", NC, "Ilona Skudra", "2026-04-14", 3),
          R("kokapstrādes iekārtu operators", "PKE", S, "Ilona Skudra", "2026-04-14", 3),
          R("motorzāģa operators", "MIP", NS, "Ilona Skudra", "2026-04-14", 3),
          R("motorzāģa operators", "PKE", NS, "Ilona Skudra", "2026-04-14", 3),
          R("meža mašīnu operators", "MIP", NC, "Ilona Skudra", "2026-04-14", 3),
          R("meža mašīnu operators", "PKE", S, "Ilona Skudra", "2026-04-14", 3)],
    note="Three PKP sections. Kokapstrāde: MIP 'atbalstāma ar precizējumiem' -> NC, PKE 'var virzīt ... nekas nav jālabo' -> S. "
         "Motorzāģis: 'Abi dokumenti šobrīd nav atbalstāmi' -> both NS. Meža mašīnas: mention of motorzāģa programma is no section; "
         "MIP 'iesaku virzīt, kad būs novērsts' -> NC; PKE 'neiebilstu' -> S. Date in header line 2026-04-14; name alone last line.",
    text="""
# Nozares eksperta atzinums – kokrūpniecība
Datums: 2026-04-14
Atzinumā apkopots mans vērtējums par trim kvalifikācijām, kuru dokumentus saņēmu aprīļa sākumā.

## PKP „Kokapstrādes iekārtu operators” (LKI 3)
Programma ir praktiska un saprotama, moduļi atbilst standarta pienākumiem. Trūkst skaidras prasības par iekārtu ikdienas apkopi un asmeņu nomaiņu – to operators dara katru maiņu, tam jābūt atsevišķā mācību rezultātā. Tāpat jāsalabo moduļu numerācija satura rādītājā (pēc 4. moduļa seko 6.). Programma ir atbalstāma ar precizējumiem; pēc šo divu lietu izlabošanas to var virzīt saskaņošanai.
Eksāmena saturs ir labs, praktiskais uzdevums (detaļu partijas izgatavošana uz formātzāģa un rejmusa) ir tieši tas, kas vajadzīgs. Var virzīt saskaņošanai, nekas nav jālabo.

## PKP „Motorzāģa operators”
Šeit situācija ir sliktāka. Programmā koku gāšanas tehnikas aprakstītas tikai teorētiski, nav prakses mežizstrādes objektā, bet darba drošībai veltītas tikai 16 stundas. Eksāmena praktiskajā daļā netiek pārbaudīta bīstamu koku gāšana un vējgāžu sagarumošana, lai gan standartā tie ir galvenie riski. Abi dokumenti šobrīd nav atbalstāmi; tie jāpārstrādā un jāiesniedz atkārtoti.

## PKP „Meža mašīnu operators”
Tāpat kā motorzāģa operatora programmā, arī šeit drošības jautājumi ir vāji, taču pārējais saturs ir krietni labāks: harvestera un forvardera vadība, apkope, darbs ar mežizstrādes informācijas sistēmām. Iesaku programmu virzīt saskaņošanai, kad būs novērsts drošības moduļa trūkums (vismaz 40 stundas un prakse ar reālu tehniku).
Par eksāmena saturu neiebilstu, to var saskaņot.

Ilona Skudra
""")

# r1a14: no signature, expert only in the author property; level "3. PKL" -> LKI 4; MIP assessed by another expert.
add(14, "Elektrotehnikis PKE (3.PKL) atzinums.docx",
    author="Kristaps Dzenis", created=(2026, 4, 14),
    rows=[R("elektrotehniķis", "PKE", NS, "Kristaps Dzenis", "2026-04-14", 4)],
    note="No name in text -> expert from author property. Level '3. PKL' -> LKI 4. MIP explicitly not reviewed (no row). "
         "'nav ... atbalstāms' with words between -> not_supported. Date '14.04.2026'.",
    text="""
Profesionālās kvalifikācijas eksāmena satura ekspertīze
Kvalifikācija: elektrotehniķis (3. PKL)
14.04.2026
Modulāro programmu saskaņā ar vienošanos ar koordinatori vērtē cits eksperts, tāpēc šeit tā netiek aplūkota.
Eksāmena saturs veidots pēc vecā parauga: teorijas tests ar 60 jautājumiem un praktiskais darbs – apgaismojuma shēmas montāža. Tas drīzāk atbilst elektromontiera, nevis elektrotehniķa kvalifikācijai. Elektrotehniķim jāpārbauda spēja sastādīt shēmu, izvēlēties aizsardzības aparātus, veikt mērījumus un noformēt pieņemšanas dokumentāciju; nekas no tā eksāmenā nav iekļauts.
Vērtēšanas kritēriji ir tikai „ieskaitīts/neieskaitīts”, bez aprakstiem.
Šādā veidā eksāmena saturs, manuprāt, nav atbalstāms. Iesaku darba grupai to pārstrādāt pēc būtības un iesniegt atkārtoti.
""")

# r1a15: condition in the next sentence ("Tomēr saskaņošanai ... tikai tad, kad būs novērsti"); no conclusion heading.
add(15, "Atzinums_mebelu_galdnieks_Strautina.docx",
    author="Sandra Mežule", created=(2026, 3, 24), split=True,
    rows=[R("mēbeļu galdnieks", "MIP", NC, "Inese Strautiņa", "2026-03-23", 4),
          R("mēbeļu galdnieks", "PKE", S, "Inese Strautiņa", "2026-03-23", 4)],
    note="MIP 'kopumā ir atbalstāma. Tomēr ... tikai tad, kad būs novērsti' (next sentence) -> needs_corrections. "
         "PKE 'iebildumu nav, var virzīt' -> supported. Author = coordinator. Date '2026. gada 23. marts'.",
    text="""
Mēbeļu galdnieka kvalifikācijas MIP un PKE ekspertīze
Eksperte: Inese Strautiņa
2026. gada 23. marts
Paldies darba grupai par rūpīgi sagatavotiem materiāliem. Zemāk manas piezīmes.
1. Programmā ir labs līdzsvars starp roku darbu un iekārtām, un ļoti patīk, ka iekļauta restaurācijas pamatu tēma.
2. Modulī „Mēbeļu montāža” nav minēta furnitūras regulēšana un iepakošana transportēšanai – tas ikdienā aizņem lielu daļu laika.
3. Mācību rezultātos vairākkārt lietots vārds „iepazīstas”, kas nav pārbaudāms; jāpārformulē darbības vārdos.
4. Prakses stundu skaits moduļu tabulā un programmas kopsavilkumā atšķiras (480 un 520).
Programma kopumā ir atbalstāma. Tomēr saskaņošanai to var virzīt tikai tad, kad būs novērsti 2.–4. punktā minētie trūkumi.
Eksāmena saturam man iebildumu nav, to var virzīt saskaņošanai. Praktiskais darbs – skapīša izgatavošana ar atvilktni – pārbauda visu būtisko.
Inese Strautiņa
""")

# r1a16: negation with words in between; "Neskatoties uz", "nepieciešami" are no negations.
add(16, "VGK iekartu remontatslednieks_ekspertize.docx",
    author="Aleksandrs Vilks", created=(2026, 3, 16),
    rows=[R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", NS, "Aleksandrs Vilks", "2026-03-16", 3),
          R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", NS, "Aleksandrs Vilks", "2026-03-16", 3)],
    note="Qualification in genitive in the title. 'saturs šādā veidā, manuprāt, nav atbalstāms' and 'eksāmens ... arī nav ... atbalstāms' -> both not_supported. "
         "'Neskatoties', 'nepieciešami' are not negations. Title Dr.sc.ing. dropped. Date '16.03.2026.'.",
    text="""
# Atzinums
par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka modulāro izglītības programmu un kvalifikācijas eksāmena saturu
Dr.sc.ing. Aleksandrs Vilks, RTU asociētais profesors, nozares eksperts
16.03.2026.
Neskatoties uz to, ka programmā ir daudz labu ideju (piemēram, modulis par siltumsūkņiem un dzesēšanas iekārtu diagnostiku), tās pamatā ir nopietnas problēmas. Remontatslēdznieka darbā galvenais ir drošs darbs ar aukstumaģentiem, lodēšana un spiediena pārbaudes, bet programmā šīm tēmām atvēlētas kopā 48 stundas no 1600. Nav paredzēta F-gāzu apliecības iegūšanai nepieciešamā sagatavošana. Moduļu mācību rezultāti lielā daļā kopēti no ventilācijas sistēmu tehniķa programmas, un līmenis tiem ir augstāks, nekā nepieciešams LKI 3. līmenim.
Tāpēc programmas saturs šādā veidā, manuprāt, nav atbalstāms. Nepieciešami būtiski pārstrādājumi, nevis atsevišķi labojumi.
Eksāmens balstīts uz šo pašu programmu un pārņēmis tās trūkumus: praktiskajā uzdevumā nav noplūdes meklēšanas un aukstumaģenta uzpildes. Arī eksāmena saturs pašreizējā redakcijā nav diemžēl atbalstāms.
Aleksandrs Vilks
""")

# r1a17: short; "Slēdziens ... pozitīvs"; optional suggestion; no date anywhere; initial + surname signature.
add(17, "Meza masinu operators - sledziens.docx",
    author="User", created=(2026, 4, 1), font="Calibri", size=11,
    rows=[R("meža mašīnu operators", "MIP", S, "P. Kalve", "", 3),
          R("meža mašīnu operators", "PKE", S, "P. Kalve", "", 3)],
    note="'Slēdziens par MIP/PKE: pozitīvs' -> supported; suggestion 'pēc saviem ieskatiem ... nav obligāti'. No review date (version 'marta' is not a date) -> empty. "
         "Signature initial + surname.",
    text="""
Meža mašīnu operators (LKI 3)
Izskatīti: MIP un PKE (darba grupas marta versija)
MIP: moduļi atbilst standartam, harvestera un forvardera vadības moduļi ir labi izstrādāti, prakses apjoms pietiekams. Pēc saviem ieskatiem darba grupa varētu pievienot vairāk par darbu ar elektroniskajām cirsmu kartēm, bet tas nav obligāti.
PKE: praktiskais uzdevums tiek veikts ar reālu tehniku, kritēriji skaidri, laiks reāls.
Slēdziens par MIP: pozitīvs.
Slēdziens par PKE: pozitīvs.
P. Kalve
""")

# r1a18: passing remark in the body ("šādu moduli es neatbalstītu") vs "Rezumējot" conclusion -> conclusion wins.
add(18, "KIRT_MIP_PKE_atzinums_Berzina.docx",
    author="Agnese Bērziņa", created=(2026, 3, 30),
    rows=[R("koka izstrādājumu ražošanas tehniķis", "MIP", NC, "Agnese Bērziņa", "2026-03-30", 4),
          R("koka izstrādājumu ražošanas tehniķis", "PKE", S, "Agnese Bērziņa", "2026-03-30", 4)],
    note="Body remark on one module ('7. moduli ... neatbalstītu') is not a document verdict / not a conflict; 'Rezumējot': MIP "
         "'atbalstāma; virzāma saskaņošanai, kad būs pārstrādāts 7. modulis' -> needs_corrections; PKE 'atbalstāms ... virzāms' -> supported.",
    text="""
Koka izstrādājumu ražošanas tehniķis
Ekspertes Agneses Bērziņas vērtējums par MIP un PKE saturu
30.03.2026.
Programmu kopumā vērtēju labi. Moduļi par ražošanas plānošanu, kvalitātes vadību un koksnes materiālu zinātni ir mūsdienīgi un atbilst tam, ko nozare sagaida no tehniķa.
Ja godīgi, 7. moduli „Ražošanas ekonomika” šādā veidā es neatbalstītu vispār – tas ir grāmatvedības kurss, nevis ražošanas izmaksu aprēķins, ko tehniķis reāli dara. Tas jāpārraksta, pievienojot pašizmaksas aprēķinu un materiālu patēriņa normēšanu.
Eksāmenā ir ražošanas procesa plānošanas uzdevums ar reāliem datiem un kvalitātes kontroles daļa. Laba doma, ka eksaminējamais aizstāv savu risinājumu komisijas priekšā.
## Rezumējot
Programma ir atbalstāma; virzāma saskaņošanai, kad būs pārstrādāts 7. modulis.
Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.
""")

# r1a19: alias "VGK sistēmu tehniķis"; "iesaku virzīt" vs "nevaru ieteikt"; "Dr.sc.ing." title before the name.
add(19, "VGK_sistemu_tehnikis_Ezerins.docx",
    author="Normunds Ezeriņš", created=(2026, 3, 19),
    rows=[R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", S, "Normunds Ezeriņš", "2026-03-19", 4),
          R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", NS, "Normunds Ezeriņš", "2026-03-19", 4)],
    note="Alias 'VGK sistēmu tehniķis'. MIP 'iebildumu nav ... iesaku virzīt saskaņošanai' -> supported; PKE 'nevaru ieteikt ... nav atbalstāms' -> not_supported. "
         "Date '2026. g. 19. martā'.",
    text="""
Atzinums: VGK sistēmu tehniķis (MIP, PKE)
Rīgā, 2026. g. 19. martā
Programmu izskatīju, salīdzinot ar profesijas standartu un mūsu uzņēmuma (apkalpojam ap 300 objektu) ikdienas prasībām. Programma ir pārdomāta: labi sabalansēti moduļi par projektēšanu, automātikas sistēmām, ieregulēšanu un dokumentāciju, pietiekami daudz prakses. Iebildumu nav, iesaku programmu virzīt saskaņošanai.
Ar eksāmenu ir citādi. Praktiskais uzdevums – filtru nomaiņa un ventilatora siksnas spriegojuma pārbaude – ir remontatslēdznieka, ne tehniķa līmenis. Tehniķim jāspēj ieregulēt sistēmu pēc projekta datiem un sagatavot nodošanas protokolu. Teorijas daļā nav jautājumu par energoefektivitātes prasībām ēkās. Šādu eksāmena saturu nevaru ieteikt saskaņošanai – tas nav atbalstāms un jāizstrādā no jauna.
Dr.sc.ing. Normunds Ezeriņš
SIA „Baltijas ventilācija”, tehniskais direktors
""")

# r1a20: "neiebilstu" -> supported; "neatbalstu" -> not_supported; deadline date is not the review date; weekday date.
add(20, "Elektromontieris_atzinums_Klavina.docx",
    author="Lietotājs", created=(2026, 3, 16),
    rows=[R("elektromontieris", "MIP", S, "Sarmīte Kļaviņa", "2026-03-16", 3),
          R("elektromontieris", "PKE", NS, "Sarmīte Kļaviņa", "2026-03-16", 3)],
    note="MIP 'Programmas virzīšanai saskaņošanai neiebilstu' -> supported; PKE 'eksāmena saturu neatbalstu' -> not_supported. "
         "Deadline 31 March ignored; date 'pirmdien, 2026. gada 16. martā'.",
    text="""
Elektromontiera kvalifikācijas dokumentu ekspertīze
pirmdien, 2026. gada 16. martā
Labdien!
Esmu izskatījusi elektromontiera modulāro programmu un eksāmena saturu. Strādāju elektroietaišu montāžā jau divdesmit gadus, pēdējos septiņus vadu montāžas brigādi.
Programmā viss būtiskais ir: elektroinstalācijas montāža, kabeļu līnijas, sadalnes, zemēšana un zibensaizsardzība, mērījumi. Patīk, ka prakse ir sadalīta divos posmos. Programmas virzīšanai saskaņošanai neiebilstu.
Ar eksāmenu ir sliktāk. Praktiskajā uzdevumā audzēknis saslēdz shēmu uz stenda, bet nav ne izolācijas pretestības mērījumu, ne aizsardzības pārbaudes pirms sprieguma pieslēgšanas. Tas ir bīstami – tieši šādus ieradumus mēs pēc tam atradinām jaunajiem darbiniekiem. Tādēļ eksāmena saturu neatbalstu.
Jauno eksāmena redakciju lūdzu iesniegt līdz 2026. gada 31. martam, lai paspēju to izskatīt pirms aprīļa sanāksmes.
Sarmīte Kļaviņa, nozares eksperte
""")

# r1a21: "A daļa. / B daļa." sections; the documents are named only by the section topic; letterhead first lines.
add(21, "Mehatronika_atzinums_A_B_dala.docx",
    author="Sandra Mežule", created=(2026, 3, 13),
    rows=[R("mehatronisko sistēmu tehniķis", "MIP", NS, "Ēriks Lūsis", "2026-03-13", 4),
          R("mehatronisko sistēmu tehniķis", "PKE", NC, "Ēriks Lūsis", "2026-03-13", 4)],
    note="Letterhead name/role as first lines. A daļa (programme): 'Šajā daļā vērtēto saturu neatbalstu' -> not_supported; "
         "B daļa (exam): 'atbalstāms, kad tiks novērstas ...; tikai tad virzāms' -> needs_corrections. Author = coordinator.",
    text="""
Ēriks Lūsis
Mašīnbūves un metālapstrādes nozares eksperts
SIA „MetalTech Baltic”, Jelgava
# Ekspertīzes atzinums – Mehatronisko sistēmu tehniķis
2026. gada 13. martā
## A daļa. Modulārā izglītības programma
Programma būtībā ir iepriekšējās mehānikas programmas pārsaukums: no 18 moduļiem tikai trīs saistīti ar automatizāciju, sensoriem un vadības sistēmām. Nav neviena moduļa par industriālajiem tīkliem un attālināto diagnostiku, kas mūsu ražotnē ir ikdiena. Mācību rezultāti ir zināšanu līmenī („zina”, „pārzina”), nevis prasmju.
Šajā daļā vērtēto saturu neatbalstu. Programma jāveido no jauna kopā ar nozares uzņēmumiem.
## B daļa. Kvalifikācijas eksāmens
Eksāmens, pretēji programmai, ir labs un mūsdienīgs – praktiskajā daļā jāatrod un jānovērš bojājums automatizētā šķirošanas stacijā. Piezīmes:
1. teorijas daļai nav norādīts jautājumu skaits katrā tēmā;
2. praktiskā uzdevuma vērtēšanas kritērijos nav punktu par darba drošību;
3. laiku ieteicams palielināt līdz 5 stundām (ieteikums, nav obligāti);
4. nav norādīts, kā rīkoties, ja iekārta eksāmena laikā sabojājas.
Vērtētais saturs atbalstāms, kad tiks novērstas 1., 2. un 4. punktā minētās nepilnības; tikai tad virzāms saskaņošanai.
""")

# r1a22: Roman-numeral ALL-CAPS sections, partly typed without diacritics, no name anywhere, neutral author -> expert empty.
add(22, "MOTORZAGA_MEZSAIMNIECIBAS_atzinums.docx",
    author="Lietotājs", created=(2026, 4, 9), font="Calibri", size=11,
    rows=[R("motorzāģa operators", "MIP", NC, "", "2026-04-09", 3),
          R("motorzāģa operators", "PKE", NC, "", "2026-04-09", 3),
          R("mežsaimniecības tehniķis", "MIP", NS, "", "2026-04-09", 4),
          R("mežsaimniecības tehniķis", "PKE", NC, "", "2026-04-09", 4)],
    note="I./II. all-caps headings. No reviewer named and author neutral -> expert empty. Partly no diacritics. "
         "Motorzāģis: 'abi dokumenti atbalstami, bet pirms virzisanas ... japrecize' -> both NC. "
         "Mežsaimniecība: MIP 'nav atbalstama' -> NS; PKE 'atbalstams ar nosacijumu, ka' -> NC.",
    text="""
Atzinums par MIP un PKE saturu (kokrupnieciba)
09.04.2026
## I. MOTORZĀĢA OPERATORS
Programma ir praktiska, daudz darba meza. Neskaidrs ir 5. modulis - kokmateriālu uzmerisana: nav noradits, vai izmanto elektroniskos uzmerisanas rikus. Eksamena praktiskaja dala jaieklauj kede asinasana un motorzaga ikdienas apkope, tagad tas ir tikai teorija.
Abi dokumenti ir atbalstami, bet pirms virzisanas saskanosanai japrecize augstak minetais.
## II. MEŽSAIMNIECĪBAS TEHNIĶIS
Programmai ir liela problema ar apjomu - 11 moduli, no kuriem 4 atkartojas ar motorzaga operatora programmu (ta ka butu vienkarsi nokopeti). Tehnikim trukst meza apsaimniekosanas planosanas, meza ekonomikas un vadibas prasmju. Sada veida programma nav atbalstama.
Eksamens ir labaks. Eksamena saturs atbalstams ar nosacijumu, ka praktiskaja uzdevuma tiks pievienota cirsmas novertesana dabā un izlabots kriteriju punktu kopskaits.
""")

# r1a23: the expert quotes the instruction that lists all three options, then picks the middle one for both.
add(23, "Buvizstradajumu galdnieks_ekspertu atzinums.docx",
    author="Ilze Kalniņa", created=(2026, 4, 21),
    rows=[R("būvizstrādājumu galdnieks", "MIP", NC, "Kaspars Irbe", "2026-04-20", 4),
          R("būvizstrādājumu galdnieks", "PKE", NC, "Kaspars Irbe", "2026-04-20", 4)],
    note="Quoted instruction lists all options (no verdict). 'abiem dokumentiem ... vidējais variants: atbalstāms, bet virzāms tikai pēc precizējumiem' "
         "-> both needs_corrections. Author = coordinator.",
    text="""
Būvizstrādājumu galdnieks – eksperta atzinums par MIP un PKE
Rīgā, 20.04.2026
Koordinatores vēstulē bija teikts: „Atzinumā par katru dokumentu lūdzam norādīt vienu no variantiem: saturs ir atbalstāms un virzāms saskaņošanai; saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; saturs nav atbalstāms.”
Mans vērtējums abiem dokumentiem ir vidējais variants: saturs ir atbalstāms, bet virzāms saskaņošanai tikai pēc tam, kad būs veikti zemāk uzskaitītie precizējumi.
## Programmai
- modulī „Logu izgatavošana” jāiekļauj stiklojuma pakešu iestiklošana un blīvējumu montāža;
- jāpapildina energoefektivitātes prasības (siltumcaurlaidība, gaisa necaurlaidība) – bez tām šodien logu vairs nepārdod;
- prakses aprakstā jānorāda, ka daļu prakses var iziet montāžas objektā, ne tikai ražotnē.
## Eksāmenam
- praktiskajā darbā jānorāda izstrādājuma izmēri un pieļaujamās novirzes;
- vērtēšanas lapā jāpievieno kritērijs par virsmas apdari.
Pārējais saturs ir labs un atbilst nozares vajadzībām. Darba grupai paldies par atsaucību, īpaši par tikšanos mūsu ražotnē.
Ar cieņu,
Kaspars Irbe
SIA „Irbes logi”, ražošanas vadītājs
""")

# r1a24: "atbalstu" as an accusative noun and "ES fondu atbalsts" next to real verdicts "neatbalstu"/"atbalstu".
add(24, "Datorizetu kokapstrades iekartu operators_Sils.docx",
    author="Ainārs Sils", created=(2026, 4, 2), split=True,
    rows=[R("datorizētu kokapstrādes iekārtu operators", "MIP", NS, "Ainārs Sils", "2026-04-02", 4),
          R("datorizētu kokapstrādes iekārtu operators", "PKE", S, "Ainārs Sils", "2026-04-02", 4)],
    note="'paldies par atbalstu' (noun), 'ES fondu atbalsts', 'atbalsta pasākumi' are no verdicts. MIP 'Programmu ... neatbalstu' -> not_supported; "
         "PKE 'atbalstu bez iebildumiem un iesaku virzīt' -> supported.",
    text="""
Datorizētu kokapstrādes iekārtu operators – MIP un PKE
Atzinumu sagatavoja Ainārs Sils, SIA „Silvas koks” CNC iecirkņa vadītājs
2026. gada 2. aprīlī
Vispirms paldies koledžas darba grupai par atbalstu, kad februārī aicināju viņus apskatīt mūsu ražotni – tas bija noderīgi abām pusēm. Zinu, ka ES fondu atbalsts jaunu CNC iekārtu iegādei skolām plānots nākamgad, un tas daudz ko mainīs.
Tomēr programmu vērtēju pēc tā, kas tajā ir uzrakstīts. Divi moduļi – „CNC iekārtu programmēšana” un „Apstrādes procesu optimizācija” – ir aprakstīti tik vispārīgi, ka tos var īstenot, audzēknim ne reizi nesēžot pie iekārtas. Nav mācību rezultātu par CAD/CAM datu sagatavošanu un instrumentu bibliotēkām. Programmu pašreizējā redakcijā neatbalstu.
Ar eksāmenu ir pavisam cita aina: praktiskajā uzdevumā jāsagatavo apstrādes programma, jāiestata iekārta un jāizgatavo detaļu sērija ar mērījumu protokolu. Tieši tā tas notiek ražotnē. Eksāmena saturu atbalstu bez iebildumiem un iesaku virzīt saskaņošanai.
Vēl pieminēšu, ka jauno skolotāju atbalsta pasākumi CNC jomā būtu vajadzīgi jau tagad, bet to vajadzētu risināt atsevišķi.
""")

# r1a25: qualification outside the register without a level -> lki empty + unknown_qualification; PKE only.
add(25, "Siltumenergetikas tehnikis PKE.docx",
    author="Lietotājs", created=(2026, 4, 21),
    rows=[R("siltumenerģētikas tehniķis", "PKE", NC, "Mārtiņš Kronbergs", "2026-04-21", None)],
    problems=["unknown_qualification"],
    note="'Siltumenerģētikas tehniķis' not in register, no level stated -> lki empty + unknown_qualification. Programme still being written: no row. "
         "'var atbalstīt, ja ... tikai pēc tam virzīt' -> needs_corrections.",
    text="""
Atzinums par profesionālās kvalifikācijas „Siltumenerģētikas tehniķis” eksāmena saturu
21.04.2026.
Modulārā programma vēl tiek izstrādāta, tāpēc šis atzinums ir tikai par eksāmenu.
Eksāmenā ir trīs daļas: tests, siltummezgla shēmas analīze un praktiskais darbs siltummezgla ieregulēšanā. Struktūra man patīk, tā atspoguļo reālo darbu siltumapgādes uzņēmumā.
Jālabo sekojošais: tests satur jautājumus par tvaika katliem, kas šai kvalifikācijai nav aktuāli; shēmas analīzes uzdevumā nav dots siltumslodzes aprēķins, bez kura uzdevumu nevar atrisināt; praktiskajam darbam jānorāda drošības instruktāža pirms darba uzsākšanas.
Eksāmena saturu var atbalstīt, ja šie trīs punkti tiks izlaboti, un tikai pēc tam virzīt saskaņošanai.
Mārtiņš Kronbergs
AS „Pilsētas siltums”, siltumtīklu iecirkņa vadītājs
""")

# r1a26: expert only asks questions before giving an opinion -> PKE unknown/no_verdict; purpose sentence.
add(26, "jautajumi par motorzaga PKE.docx",
    author="Arnis Kļava", created=(2026, 3, 24), font="Calibri", size=11,
    rows=[R("motorzāģa operators", "PKE", U, "Arnis Kļava", "2026-03-24", 3)],
    problems=["no_verdict"],
    note="PKE read and discussed, but the expert asks questions first and gives no verdict -> unknown + no_verdict. "
         "Purpose sentence 'jāizvērtē, vai ... atbalstāms' is not a verdict. MIP 'saņemšu vēlāk': no row.",
    text="""
Motorzāģa operatora PKE – jautājumi darba grupai
24.03.2026
Man jāizvērtē, vai eksāmena saturs ir atbalstāms, bet pirms to izdaru, man ir daži jautājumi. Programmu saņemšu vēlāk, tāpēc pagaidām runa tikai par eksāmenu.
1. Vai praktiskā daļa notiek reālā cirsmā vai mācību poligonā? No tā atkarīgs, vai var pārbaudīt koku gāšanu virzienā.
2. Kas nodrošina motorzāģus un aizsargaprīkojumu – skola vai eksaminējamais?
3. Kāpēc vērtēšanā darba drošība ir tikai 10 punkti no 100? Manuprāt, drošības pārkāpumam vajadzētu nozīmēt eksāmena pārtraukšanu.
4. Vai teorijas testa jautājumi ir saskaņoti ar VMD instruktāžas materiāliem?
Kad saņemšu atbildes, uzrakstīšu savu atzinumu.
Arnis Kļava
""")

# r1a27: two-page prose; "Kvalifikācija — X (LKI 3. līmenis)"; "Abi dokumenti ir atbalstāmi un virzāmi".
add(27, "Kokapstrades iekartu operators_ekspertize_Rozite.docx",
    author="Marta Rozīte", created=(2026, 4, 8), blank=True,
    rows=[R("kokapstrādes iekārtu operators", "MIP", S, "Marta Rozīte", "2026-04-08", 3),
          R("kokapstrādes iekārtu operators", "PKE", S, "Marta Rozīte", "2026-04-08", 3)],
    note="Long prose. 'Kopsavilkums: Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai' -> both supported; "
         "suggestions explicitly 'nav obligāti'; 'atbalsta pasākumi' noun. Date '2026. gada 8. aprīlis' under signature.",
    text="""
# Ekspertīzes atzinums
Kvalifikācija — Kokapstrādes iekārtu operators (LKI 3. līmenis)

Atzinumu rakstu kā nozares eksperte, kas vairāk nekā desmit gadus vada zāģētavas un kokapstrādes cehu Vidzemē. Mūsu uzņēmumā strādā 60 cilvēki, no tiem puse ir iekārtu operatori, un liela daļa jauno darbinieku nāk tieši no profesionālajām skolām. Tāpēc šīs kvalifikācijas saturs man nav vienaldzīgs.

Saņēmu modulāro programmu un kvalifikācijas eksāmena saturu. Abus izlasīju un apspriedu arī ar mūsu cehu meistariem.

## Programma
Programmas uzbūve ir skaidra: pamatmoduļi (materiālmācība, rasējumu lasīšana, darba drošība), tad specializācijas moduļi par zāģēšanas, ēvelēšanas, frēzēšanas un urbšanas iekārtām, un visbeidzot ražošanas prakse. Patīk, ka katrā iekārtu modulī ir atsevišķs mācību rezultāts par iekārtas iestatīšanu un par ikdienas apkopi – tieši tas pietrūkst daudziem jaunajiem operatoriem.

Ļoti vērtīgs ir jaunais modulis par kokmateriālu kvalitātes novērtēšanu un šķirošanu. Agrāk to mācījām paši, uzņēmumā.

Darba drošības modulis ir detalizēts, iekļauti arī putekļu un trokšņa riski, kas kokapstrādē bieži tiek aizmirsti.

Prakses apjoms (600 stundas) ir pietiekams, ja prakse notiek uzņēmumā, nevis skolas darbnīcā. Programmā tas ir pareizi uzsvērts.

## Eksāmens
Eksāmens sastāv no teorijas testa un praktiskā darba – detaļu partijas izgatavošanas pēc rasējuma, ietverot iekārtu iestatīšanu un kvalitātes kontroli. Praktiskā darba ilgums 6 stundas. Vērtēšanas kritēriji ir sadalīti pa darba posmiem un ir saprotami arī eksaminētājiem no uzņēmumiem.

## Ieteikumi (nav obligāti)
Varētu pievienot īsu tēmu par iekārtu enerģijas patēriņu un tā samazināšanu, jo nozarē par to arvien vairāk runā.
Teorijas testā divi jautājumi ir formulēti neveikli (14. un 22.), tos var pārfrāzēt.
Skolām noderētu arī atbalsta pasākumi prakses vadītāju apmācībai uzņēmumos, bet tas ir ārpus šo dokumentu tvēruma.

## Kopsavilkums
Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai. Iepriekš minētie ieteikumi ir tikai ieteikumi un saskaņošanu neaiztur.

Marta Rozīte, nozares eksperte
2026. gada 8. aprīlis
""")

# r1a28: tracked changes. Deleted "nav " makes MIP supported; PKE wording replaced -> needs corrections;
# old date deleted and new date inserted.
add(28, "Mezsaimniecibas tehnikis_labots.docx",
    author="Sandra Mežule", created=(2026, 4, 22), tracked_author="Juris Ābele", tracked_date="2026-04-22",
    rows=[R("mežsaimniecības tehniķis", "MIP", S, "Juris Ābele", "2026-04-22", 4),
          R("mežsaimniecības tehniķis", "PKE", NC, "Juris Ābele", "2026-04-22", 4)],
    note="Track changes (w:del/w:ins). Current text: 'MIP saturs ir atbalstāms un virzāms' -> supported; "
         "PKE '... atbalstāms; pēc precizējumu veikšanas virzāms' -> needs_corrections. Date: deleted 15.04 -> inserted 22.04.2026.",
    text="""
# Eksperta atzinums
Profesionālā kvalifikācija: Mežsaimniecības tehniķis
Datums: [-15.04.2026-][+22.04.2026+]
Eksperts: Juris Ābele
Pēc sarunas ar darba grupu [+21. aprīlī +]pārskatīju savu sākotnējo vērtējumu.
Programmā ir iekļauti visi iepriekš pieprasītie moduļi: meža apsaimniekošanas plānošana, meža ekonomika un darbs ar valsts meža reģistru. [+Labots arī stundu kopsavilkums.+]
MIP saturs [-nav -]ir atbalstāms un virzāms saskaņošanai.
Eksāmenā joprojām trūkst praktiskā uzdevuma par cirsmas sagatavošanu un atzīmēšanu dabā, un vērtēšanas kritēriji jāsaskaņo ar jauno programmu.
PKE saturs ir atbalstāms[- un virzāms saskaņošanai-][+; pēc precizējumu veikšanas virzāms saskaņošanai+].
Juris Ābele
""")

# r1a29: "atbalstu ar nosacījumu, ka" -> needs corrections; "Eksperte ______ Zane Vanaga"; date "2. aprīlī" (year from context).
add(29, "Meza masinu operators_Vanaga.docx",
    author="Lietotājs", created=(2026, 4, 2),
    rows=[R("meža mašīnu operators", "MIP", NC, "Zane Vanaga", "2026-04-02", 3),
          R("meža mašīnu operators", "PKE", NS, "Zane Vanaga", "2026-04-02", 3)],
    note="MIP 'atbalstu ar nosacījumu, ka ...' -> needs_corrections; PKE 'nav ... atbalstāms' -> not_supported. "
         "Date 'Cēsīs, 2. aprīlī' with year from context (2026 programme version); version month is not the date.",
    text="""
Meža mašīnu operatora MIP un PKE (2026. gada marta redakcija) – ekspertes piezīmes
Programmu atbalstu ar nosacījumu, ka tiks papildināts drošības modulis – pašlaik tajā nav nekā par darbu nogāzēs un pie elektrolīnijām, kā arī par rīcību, ja mašīna apgāžas. Pārējā programmas daļa ir laba, īpaši modulis par mežizstrādes datu pārsūtīšanu un kvalitātes kontroli.
Ar eksāmenu ir sarežģītāk. Praktiskais uzdevums ilgst tikai stundu, un vērtē vienīgi izstrādāto kubikmetru daudzumu, nevis darba kvalitāti, augsnes bojājumus vai paliekošo koku bojājumus. Šādā izskatā eksāmena saturs, diemžēl, nav atbalstāms.
Cēsīs, 2. aprīlī
Eksperte ______ Zane Vanaga
""")

# r1a30: letterhead first lines; "bez precizējumiem"; optional suggestion explicitly "ieteikums, nav obligāti".
add(30, "Elektrotehnikis_MIP_PKE_Grinbergs.docx",
    author="User", created=(2026, 4, 20),
    rows=[R("elektrotehniķis", "MIP", S, "Ivars Grīnbergs", "2026-04-20", 4),
          R("elektrotehniķis", "PKE", S, "Ivars Grīnbergs", "2026-04-20", 4)],
    note="Letterhead (name + role first lines). 'Abus dokumentus vērtēju pozitīvi ... bez precizējumiem var virzīt' -> both supported; "
         "'Ieteikums, nav obligāti' is optional. Date '20.04.2026'.",
    text="""
Ivars Grīnbergs
elektroinženieris, SIA „Energo Serviss” valdes priekšsēdētājs
LDDK deleģēts enerģētikas nozares eksperts
Rīga, 20.04.2026
Par elektrotehniķa kvalifikācijas programmu un eksāmenu
Abi dokumenti ir sagatavoti profesionāli. Programma aptver visu, ko sagaidu no elektrotehniķa: projektēšanas pamatus, automātikas un vadības sistēmas, mērījumus, ekspluatācijas organizēšanu. Sevišķi labs ir modulis par elektroietaišu pieņemšanu ekspluatācijā un dokumentāciju.
Eksāmena uzdevums – maza objekta elektroapgādes shēmas izstrāde, montāžas kontrole un mērījumu protokola sastādīšana – atbilst reālajai darba situācijai.
Ieteikums, nav obligāti: programmā varētu pieminēt elektroauto uzlādes infrastruktūru.
Abus dokumentus vērtēju pozitīvi; tos bez precizējumiem var virzīt saskaņošanai.
""")

# r1a31: corrections already made during the review -> no condition; the exam still needs a required fix.
add(31, "VGK sistemu tehnikis_MIP PKE_Liepina.docx",
    author="Elīna Liepiņa", created=(2026, 4, 9),
    rows=[R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP", S, "Elīna Liepiņa", "2026-04-09", 4),
          R("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", NC, "Elīna Liepiņa", "2026-04-09", 4)],
    note="MIP: 'precizējumi jau ir veikti, tāpēc programma ir atbalstāma un virzāma' -> supported (done corrections are no condition). "
         "PKE 'atbalstāms; virzāms pēc tam, kad ... būs aizstāts' -> needs_corrections. Meeting date 8 Apr is not the review date.",
    text="""
PK: Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis
Ekspertīzes atzinums par MIP un PKE
2026. gada 9. aprīlī
Sākotnēji programmā biju atradusi vairākas neprecizitātes – nesakritības stundu tabulā un novecojušus normatīvo aktu nosaukumus. Pēc sarunas ar darba grupu 8. aprīlī šie precizējumi jau ir veikti, un man tika atsūtīta labotā versija. Tāpēc programma ir atbalstāma un virzāma saskaņošanai.
Eksāmena saturs ir atbalstāms; saskaņošanai virzāms pēc tam, kad praktiskajā uzdevumā novecojušais gaisa apstrādes iekārtas modelis būs aizstāts ar tādu, kāds šobrīd ir pieejams skolās.
Elīna Liepiņa
""")

# r1a32: expert's reply e-mail with a quoted coordinator e-mail (its date and deadline are traps); PKE only.
add(32, "RE_ Mebelu galdnieka PKE.docx",
    author="Ilze Kalniņa", created=(2026, 3, 27), font="Calibri", size=11,
    rows=[R("mēbeļu galdnieks", "PKE", NS, "Armands Lejnieks", "2026-03-27", 4)],
    note="Reply mail: date = its Sent date (27 Mar), not the quoted 2 Mar mail or the 20 Mar deadline. Quoted purpose sentence is no verdict. "
         "'Eksāmena saturs ... nav atbalstāms' -> not_supported. Programme 'apskatīšu nākamnedēļ': no row.",
    text="""
No: Armands Lejnieks <armands@lejnieki-mebeles.lv>
Nosūtīts: piektdiena, 2026. gada 27. marts 09:41
Kam: Ilze Kalniņa
Tēma: RE: Mēbeļu galdnieka PKE
Sveika, Ilze,
atvaino par kavēšanos, bija daudz pasūtījumu.
Mēbeļu galdnieka eksāmenu izskatīju. Praktiskais darbs ir par vienkāršu (plaukts bez savienojumiem ar tapām un bez apdares), un vērtēšanas lapā nav neviena kritērija par precizitāti. Eksāmena saturs šādā veidā nav atbalstāms – jāveido jauns uzdevums.
Programmu apskatīšu nākamnedēļ.
Armands
> 2026. gada 2. martā Ilze Kalniņa rakstīja:
> Labdien, Armand! Pielikumā mēbeļu galdnieka PKE. Lūdzu izvērtēt, vai saturs ir atbalstāms, un atbildēt līdz 20. martam.
""")

# r1a33: three qualifications, "Profesionālā kvalifikācija: X" headings, MIP only ("PKE šajā kārtā netika vērtēti").
add(33, "Energetika_MIP_3 kvalifikacijas.docx",
    author="Vilnis Dreimanis", created=(2026, 3, 30),
    rows=[R("elektromontieris", "MIP", NC, "Vilnis Dreimanis", "2026-03-30", 3),
          R("elektrotehniķis", "MIP", NS, "Vilnis Dreimanis", "2026-03-30", 4),
          R("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP", S, "Vilnis Dreimanis", "2026-03-30", 3)],
    note="Three sections, programmes only; PKE not assessed -> no PKE rows. Elektromontieris 'atbalstu; saskaņot var pēc tam, kad' -> NC; "
         "elektrotehniķis 'nav atbalstāma' -> NS; VGK remontatslēdznieks 'bez iebildumiem atbalstāma un virzāma' -> S. "
         "'līdzīgi kā elektromontierim' mention is no section.",
    text="""
Enerģētikas nozares modulāro izglītības programmu ekspertīze
30.03.2026
Šajā kārtā vērtēju tikai programmas; PKE šajā kārtā netika vērtēti.
## Profesionālā kvalifikācija: Elektromontieris
Programma kopumā laba. Jāpapildina modulis par elektroinstalāciju pārbaudēm (izolācijas pretestība, cilpas pilnā pretestība) un jāizlabo atsauces uz spēku zaudējušiem MK noteikumiem. Programmu atbalstu; saskaņot var pēc tam, kad šie labojumi būs izdarīti.
## Profesionālā kvalifikācija: Elektrotehniķis
Programmas saturs daudzviet sakrīt ar elektromontiera programmu, līdzīgi kā elektromontierim arī šeit pārsvarā ir montāžas darbi, bet trūkst plānošanas, aprēķinu un darbu vadīšanas. LKI 4. līmeņa tehniķim tas nav pietiekami. Šādā veidā programma nav atbalstāma.
## Profesionālā kvalifikācija: Ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks
Programma ir kompakta un praktiska, labi izstrādāti moduļi par aukstumaģentiem un hermētiskuma pārbaudēm. Bez iebildumiem atbalstāma un virzāma saskaņošanai.
Vilnis Dreimanis
""")

# r1a34: no signature, expert only in the author property; qualification inflected in the title; MIP not submitted.
add(34, "Mehatronika_PKE.docx",
    author="Aivars Lapsa", created=(2026, 5, 5),
    rows=[R("mehatronisko sistēmu tehniķis", "PKE", NS, "Aivars Lapsa", "2026-05-05", 4)],
    note="No signature -> expert from author property. Qualification only in genitive ('mehatronisko sistēmu tehniķa'). "
         "MIP 'netika iesniegta' -> no row. 'nevaru atbalstīt' -> not_supported. Date '2026-05-05'.",
    text="""
# Atzinums par mehatronisko sistēmu tehniķa kvalifikācijas eksāmena saturu
2026-05-05
Modulārā programma man ekspertīzei netika iesniegta.
Eksāmena teorētiskā daļa ir plaša un atbilst standartam. Problēma ir praktiskajā daļā: tā paredz tikai gatavas PLC programmas ielādi un sistēmas palaišanu. Netiek pārbaudīta ne bojājumu meklēšana, ne mehānisko mezglu regulēšana, ne sensoru nomaiņa un kalibrēšana, kas ir šīs profesijas kodols. Vērtēšanas kritēriji nav sasaistīti ar mācību rezultātiem.
Šādu eksāmena saturu nevaru atbalstīt. Praktiskā daļa jāveido no jauna, iesaistot nozares uzņēmumus.
""")

# =====================================================================================
# Not reviews (same vocabulary, found in a coordinator's folder): no rows, one no_verdict each
# =====================================================================================

# r1a35: minutes of a sector council meeting discussing progress and experts' earlier verdicts.
add(35, "Protokols_nozaru ekspertu sanaksme_24.03.2026.docx",
    author="Sandra Mežule", created=(2026, 3, 24),
    rows=[], problems=["no_verdict"],
    note="Meeting minutes, not a review: reports of progress and of earlier verdicts, decisions about deadlines. No rows.",
    text="""
# PROTOKOLS Nr. 3
Kokrūpniecības un enerģētikas nozaru ekspertu darba sanāksme
Rīgā, LDDK telpās, 2026. gada 24. martā, plkst. 10.00
Piedalās: I. Kalniņa (LDDK, koordinatore), S. Mežule (LDDK), nozaru eksperti – 9 personas (saraksts pielikumā), VISC pārstāve L. Birzniece.
Darba kārtība:
1. Informācija par projekta 4. posma izpildi.
2. MIP un PKE ekspertīžu gaita pa kvalifikācijām.
3. Dažādi.
## 1. Par projekta 4. posma izpildi
I. Kalniņa informē, ka līdz 31. martam jāpabeidz ekspertīzes trim kvalifikācijām, pārējām – līdz jūlijam (5. posms). Projekta finansējums 2026. gadam apstiprināts; specifiskā atbalsta mērķa rādītāji tiek izpildīti.
## 2. Par ekspertīžu gaitu
Eksperti ziņo, ka motorzāģa operatora PKE saturs iepriekšējā atzinumā bija atbalstāms un virzāms saskaņošanai, bet MIP vēl gaida labojumus. Mehatronisko sistēmu tehniķa dokumentiem atzinumi sniegti februārī, abos nepieciešami precizējumi.
Diskusijā par būvizstrādājumu galdnieka eksāmenu vairāki eksperti pauž viedokli, ka praktiskais darbs jāpārstrādā; galīgais vērtējums tiks sniegts rakstiski.
L. Birzniece atgādina, ka atzinumā jānorāda viens no trim vērtējumiem un, ja saturs nav atbalstāms, jāpamato, kas jāmaina.
## Nolemj
1. Ekspertiem atzinumus par kokrūpniecības kvalifikācijām iesniegt līdz 2026. gada 10. aprīlim.
2. Nākamo sanāksmi sasaukt 2026. gada aprīļa beigās.
Protokolēja S. Mežule
""")

# r1a36: ministry letter about the project and funding ("atbalsts" as a noun everywhere).
add(36, "IZM vestule_projekta finansejums.docx",
    author="Lietotājs", created=(2026, 2, 12),
    rows=[], problems=["no_verdict"],
    note="Ministry letter about funding; 'atbalsts/atbalstīt' used for funding and support measures, no review. No rows.",
    text="""
LATVIJAS REPUBLIKAS IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA
Rīgā, 12.02.2026. Nr. 4-2e/26/512
Latvijas Darba devēju konfederācijai
Par Eiropas Savienības fondu atbalsta turpināšanu projektā Nr. 4.2.2.9/1/24/I/001
Izglītības un zinātnes ministrija apliecina, ka Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa ietvaros projektam paredzētais finansējums 2026. gadam ir apstiprināts pilnā apmērā.
Ministrija augstu vērtē LDDK ieguldījumu nozaru ekspertu piesaistē modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu satura ekspertīzei un turpinās atbalstīt sadarbību ar darba devējiem. Lūdzam arī turpmāk nodrošināt, lai ekspertīzes tiktu veiktas projekta laika grafikā noteiktajos termiņos un to rezultāti tiktu iekļauti ceturkšņa pārskatos.
Informējam, ka atbalsta saņēmējam līdz 2026. gada 15. aprīlim jāiesniedz precizēts izmaksu plāns 5. posmam.
Ar cieņu
valsts sekretāra vietniece izglītības jautājumos
Laila Krastiņa
""")

# r1a37: news item about LDDK sector experts.
add(37, "Jaunums_LDDK eksperti_izglitibas saturs.docx",
    author="LDDK Komunikācija", created=(2026, 4, 3),
    rows=[], problems=["no_verdict"],
    note="News item for the website; mentions reviews and verdict words in general terms only. No rows.",
    text="""
# Darba devēju eksperti palīdz veidot mūsdienīgu profesionālo izglītību
Šopavasar trīspadsmit LDDK deleģēti nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves izvērtē, vai profesionālo skolu darba grupu sagatavotās modulārās izglītības programmas un kvalifikācijas eksāmenu saturs atbilst tam, ko darba devēji sagaida no jaunajiem speciālistiem.
„Mēs neesam tikai vērtētāji. Ja saturs nav atbalstāms, mēs kopā ar skolu meklējam, kā to uzlabot,” stāsta mēbeļu ražotāja un nozares eksperte Dace Liepa.
Līdz marta beigām ekspertīze pabeigta trim kvalifikācijām – motorzāģa operatoram, mežsaimniecības tehniķim un mehatronisko sistēmu tehniķim. Vairākos gadījumos dokumenti atzīti par atbalstāmiem ar precizējumiem, un skolas jau tos veic.
Projekts tiek īstenots ar Eiropas Savienības fondu atbalstu, un to vada Valsts izglītības satura centrs. Darbu plānots pabeigt 2026. gada jūlijā.
""")

# r1a38: instructions to experts listing every verdict option.
add(38, "Noradijumi ekspertiem_atzinuma sagatavosana.docx",
    author="Ilze Kalniņa", created=(2026, 1, 20),
    rows=[], problems=["no_verdict"],
    note="Instructions to experts listing all three verdict options and the required metadata. No rows.",
    text="""
# Norādījumi nozaru ekspertiem atzinuma sagatavošanai
Aktualizēts 2026. gada 20. janvārī
1. Ekspertīzes mērķis ir izvērtēt, vai modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturs ir atbalstāms.
2. Atzinumā norādiet profesionālās kvalifikācijas nosaukumu, LKI līmeni, savu vārdu, uzvārdu un atzinuma datumu.
3. Par katru dokumentu atsevišķi izvēlieties vienu no vērtējumiem:
- saturs ir atbalstāms un virzāms saskaņošanai;
- saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;
- saturs nav atbalstāms.
4. Ja izvēlaties otro vai trešo vērtējumu, uzskaitiet konkrētus precizējumus vai iemeslus.
5. Ieteikumus, kas nav obligāti, lūdzam skaidri nodalīt no nepieciešamajiem precizējumiem.
6. Atzinumu nosūtiet koordinatorei Word formātā. Jautājumu gadījumā sazinieties ar LDDK projekta komandu, kas nodrošina metodisko atbalstu ekspertiem.
""")


# =====================================================================================
# Labels
# =====================================================================================

def write_outputs():
    with open(OUT / "expected.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
        for fname, rows, _, _ in FILES:
            for r in rows:
                w.writerow([fname, *r])
    with open(OUT / "expected_problems.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "code"])
        for fname, _, probs, _ in FILES:
            for p in probs:
                w.writerow([fname, p])
    lines = ["# Blind set r1a: free-prose expert reviews (Latvian .docx)", "",
             "Built by `build.py` (labels sit next to each file's text). Verdict codes: S supported, "
             "NC needs_corrections, NS not_supported, U unknown.", "",
             "| file | rows | design and judgement calls |", "|---|---|---|"]
    for fname, rows, probs, note in FILES:
        summary = "; ".join(f"{r[0]} {r[1]}={r[2]}" for r in rows) or "no rows"
        if probs:
            summary += " / problems: " + ", ".join(probs)
        lines.append(f"| {fname} | {summary} | {note.replace('|', '/')} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_outputs()
    print(f"{len(FILES)} files, {sum(len(r) for _, r, _, _ in FILES)} rows")
