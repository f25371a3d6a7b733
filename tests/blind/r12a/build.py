# -*- coding: utf-8 -*-
"""Builds the r12a blind set: free-prose Latvian expert reviews (.docx) + gold labels."""
import csv, datetime, os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []
_rev = [0]

def _run_el(text, tag="w:t", strike=False):
    r = OxmlElement("w:r")
    if strike:
        rpr = OxmlElement("w:rPr"); s = OxmlElement("w:strike"); rpr.append(s); r.append(rpr)
    t = OxmlElement(tag); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r

def _track(par, kind, text, author, date):
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0])); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    el.append(_run_el(text, "w:delText" if kind == "del" else "w:t"))
    par._p.append(el)

def render(doc, item):
    if isinstance(item, str):
        return doc.add_paragraph(item)
    k = item[0]
    if k == "blank":
        return doc.add_paragraph("")
    if k in ("h", "b"):
        p = doc.add_paragraph(); r = p.add_run(item[1]); r.bold = True
        if k == "h": r.font.size = Pt(13)
        return p
    if k == "c":  # centered bold title
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(item[1]); r.bold = True; r.font.size = Pt(14); return p
    if k == "r":  # right aligned
        p = doc.add_paragraph(item[1]); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; return p
    if k == "i":
        p = doc.add_paragraph(); p.add_run(item[1]).italic = True; return p
    if k == "q":  # quoted e-mail text, indented grey
        p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(1)
        r = p.add_run(item[1]); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55); return p
    if k == "bullet":
        try:
            return doc.add_paragraph(item[1], style="List Bullet")
        except KeyError:
            return doc.add_paragraph("• " + item[1])
    if k == "num":
        try:
            return doc.add_paragraph(item[1], style="List Number")
        except KeyError:
            return doc.add_paragraph(item[1])
    if k == "runs":  # list of (text, fmt) ; fmt chars: b i s
        p = doc.add_paragraph()
        for t, f in item[1]:
            r = p.add_run(t); r.bold = "b" in f; r.italic = "i" in f
            if "s" in f: r.font.strike = True
        return p
    if k == "track":  # ("track", [("t"|"ins"|"del", text), ...], author, date)
        p = doc.add_paragraph()
        for kind, t in item[1]:
            if kind == "t": p.add_run(t)
            else: _track(p, kind, t, item[2], item[3])
        return p
    if k == "table":
        rows = item[1]; tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
        try: tb.style = "Table Grid"
        except Exception: pass
        for i, row in enumerate(rows):
            for j, v in enumerate(row): tb.cell(i, j).text = v
        return tb
    if k == "header":
        doc.sections[0].header.paragraphs[0].text = item[1]; return None
    if k == "footer":
        doc.sections[0].footer.paragraphs[0].text = item[1]; return None
    raise ValueError(k)

def build(name, author, created, body, rows=(), problems=(), note="", font="Times New Roman"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(12)
    for item in body: render(doc, item)
    cp = doc.core_properties; cp.author = author; cp.last_modified_by = author
    cp.created = datetime.datetime(*created); cp.title = ""
    doc.save(os.path.join(OUT, name))
    for r in rows:
        q, d, v, e, dt, l = r
        ROWS.append([name, q, d, v, e, dt, l])
    for c in problems: PROBS.append([name, c])
    NOTES.append((name, note))

# ---------------------------------------------------------------- files
MZO, MST, KIO, DKIO = "motorzāģa operators", "mežsaimniecības tehniķis", "kokapstrādes iekārtu operators", "datorizētu kokapstrādes iekārtu operators"
KIRT, MG, BG, MMO = "koka izstrādājumu ražošanas tehniķis", "mēbeļu galdnieks", "būvizstrādājumu galdnieks", "meža mašīnu operators"
EM, ET = "elektromontieris", "elektrotehniķis"
VGKR = "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
VGKT = "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"
MEH = "mehatronisko sistēmu tehniķis"
S, N, X, U = "supported", "needs_corrections", "not_supported", "unknown"

# 01 ---------------------------------------------------------------------------
build("r12a01_Atzinums_Kalnina_motorzaga operators.docx", "Ilze Kalniņa", (2026, 2, 14, 9, 12),
 [("r", "Rīgā, 2026. gada 14. februārī"),
  ("blank",),
  ("b", "LDDK projekta koordinatorei"),
  ("c", "Atzinums par kvalifikācijas „Motorzāģa operators” modulārās izglītības programmu un kvalifikācijas eksāmena saturu"),
  "Esmu iepazinusies ar Ogres tehnikuma darba grupas sagatavotajiem materiāliem – modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu kvalifikācijai motorzāģa operators (LKI 3. līmenis). Abi dokumenti saņemti e-pastā 3. februārī.",
  ("b", "Par programmu"),
  "Moduļu struktūra kopumā loģiska, mācību rezultāti lielākoties formulēti izmērāmi. Tomēr modulī „Koku gāšana sarežģītos apstākļos” nav nekā par darbu vējgāzēs un vējlauzēs, kas mūsdienu mežizstrādē ir ikdiena. Tāpat jāsakārto darba aizsardzības prasību atsauces – tur vēl palikuši 2019. gadā atceltie noteikumi. Praktisko mācību stundu sadalījums starp 2. un 3. moduli nesakrīt ar kopsavilkuma tabulu.",
  "Programmu atbalstu, taču pirms tās virzīšanas saskaņošanai iepriekš minētās lietas ir jāizlabo.",
  ("b", "Par eksāmenu"),
  "Eksāmena praktiskā daļa veidota pārdomāti, vērtēšanas kritēriji skaidri, uzdevumu variantu pietiek. Iebildumu man nav – eksāmena saturs ir atbalstāms un var tikt virzīts saskaņošanai tādā redakcijā, kā iesniegts.",
  ("blank",),
  "Ar cieņu,",
  "Ilze Kalniņa",
  "nozares eksperte, kokrūpniecība"],
 rows=[(MZO, "MIP", N, "Ilze Kalniņa", "2026-02-14", 3), (MZO, "PKE", S, "Ilze Kalniņa", "2026-02-14", 3)],
 note="Letter; verdict for MIP in first person 'atbalstu, taču pirms virzīšanas ... jāizlabo'; PKE 'atbalstāms un var tikt virzīts'. Date in place/date line at top.")

# 02 ---------------------------------------------------------------------------
build("r12a02_RE_elektromontieris MIP.docx", "Baiba Krastiņa", (2026, 3, 3, 16, 40),
 [("b", "No: Jānis Ozoliņš <janis.ozolins@energoserviss.lv>"),
  "Nosūtīts: otrdiena, 2026. gada 3. marts 15:58",
  "Kam: Baiba Krastiņa",
  "Tēma: RE: Elektromontieris – MIP ekspertīze",
  ("blank",),
  "Labdien, Baiba!",
  "Pievienoju savas piezīmes par elektromontiera programmu. Izskatīju visus 11 moduļus. Elektrodrošības sadaļa ir uzrakstīta ļoti labi, redzams, ka strādājuši praktiķi. Modulī par zemējuma ierīkošanu varētu pieminēt arī potenciālu izlīdzināšanu, bet tas ir ieteikums, ne prasība.",
  "Mans viedoklis – programmu var virzīt saskaņošanai, labojumi nav nepieciešami.",
  "Par eksāmenu – kā jau runājām telefoniski, to vērtēs Oskars, es PKE neesmu skatījis.",
  ("blank",),
  "Ar labiem vēlējumiem",
  "Jānis",
  ("blank",),
  ("q", "From: Baiba Krastiņa"),
  ("q", "Sent: Monday, February 23, 2026 10:14 AM"),
  ("q", "To: Jānis Ozoliņš"),
  ("q", "Subject: Elektromontieris – MIP ekspertīze"),
  ("q", "Labdien! Lūdzu līdz 6. martam sniegt atzinumu par elektromontiera (LKI 3) MIP – vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumiem vai nav atbalstāms. Paldies! Baiba Krastiņa, LDDK")],
 rows=[(EM, "MIP", S, "Jānis Ozoliņš", "2026-03-03", 3)],
 note="Outlook e-mail pasted into Word, Latvian headers; the quoted coordinator request lists all options (not a verdict). Expert full name only in From line. PKE explicitly reviewed by someone else -> no row.")

# 03 ---------------------------------------------------------------------------
build("r12a03_mebelu galdnieks galigais.docx", "Aivars Bērziņš", (2026, 4, 22, 11, 0),
 [("b", "Dr. sc. ing. Aivars Bērziņš"),
  "Latvijas Biozinātņu un tehnoloģiju universitāte, Kokapstrādes katedra",
  ("blank",),
  ("c", "Atkārtots ekspertīzes atzinums"),
  ("c", "Mēbeļu galdnieks (LKI 4)"),
  "Šis ir mans otrais atzinums par minēto kvalifikāciju. Pirmajā kārtā (2026. gada 5. februāra atzinums) ne programmu, ne eksāmenu neatbalstīju, jo trūka veselas tēmu grupas par apdares materiāliem un CNC apstrādi, bet eksāmena uzdevumi neatbilda profesijas standarta prasībām.",
  "Darba grupa ir pamatīgi pārstrādājusi abus dokumentus. Salīdzināju jauno redakciju ar savām iepriekšējām piezīmēm punktu pa punktam.",
  ("h", "1. Modulārā izglītības programma"),
  "Visas 14 piezīmes ir ņemtas vērā. Pievienots modulis par virsmu apdari ar ūdens bāzes materiāliem, CNC tēma integrēta 6. un 7. modulī. Jaunu iebildumu nav. Programma tagad ir atbalstāma un virzāma saskaņošanai.",
  ("h", "2. Kvalifikācijas eksāmena saturs"),
  "Teorētiskā daļa uzlabota. Praktiskajā daļā savukārt joprojām nav precīzi norādīts, kādu izstrādājumu izgatavo eksāmenā – „korpusa mēbele pēc izvēles” ir par plašu, vērtētāji nespēs salīdzināt rezultātus. Arī laika norma (16 h) jāpamato.",
  "Eksāmena saturu kopumā atbalstu; saskaņošanai to varētu virzīt tad, kad praktiskā uzdevuma apraksts būs konkretizēts un laika norma pamatota.",
  ("blank",),
  ("r", "Jelgavā, 22.04.2026."),
  ("r", "A. Bērziņš")],
 rows=[(MG, "MIP", S, "Aivars Bērziņš", "2026-04-22", 4), (MG, "PKE", N, "Aivars Bērziņš", "2026-04-22", 4)],
 note="Letterhead with academic title (stripped). History: earlier round not supported (must not count). Current MIP supported; PKE supported with conditions -> needs_corrections.")

# 04 (not a review) ---------------------------------------------------------------
build("r12a04_Norādījumi ekspertiem 4.posms.docx", "Baiba Krastiņa", (2026, 1, 9, 8, 30),
 [("c", "Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai"),
  ("i", "Projekta 4. posms, 2026. gada janvāris–marts"),
  "1. Eksperts saņem no koordinatora modulāro izglītības programmu (MIP) un/vai profesionālās kvalifikācijas eksāmena (PKE) saturu un izvērtē, vai tas atbilst profesijas standartam un nozares vajadzībām.",
  "2. Atzinumā par katru dokumentu norāda vienu no vērtējumiem: „saturs ir atbalstāms un virzāms saskaņošanai”; „saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai”; „saturs nav atbalstāms”.",
  "3. Ja saturs nav atbalstāms, eksperts pamato savu viedokli un pēc dokumenta pārstrādes sniedz atkārtotu atzinumu.",
  "4. Atzinumu paraksta un nosūta koordinatoram ne vēlāk kā 10 darba dienu laikā. Atzinumā norāda vārdu, uzvārdu un datumu.",
  "5. Jautājumu gadījumā eksperti var saņemt metodisko atbalstu no VISC speciālistiem.",
  ("blank",),
  "Koordinatore Baiba Krastiņa, LDDK"],
 problems=["no_verdict"],
 note="Not a review: instructions listing every verdict option and 'metodisko atbalstu'.")

# 05 ---------------------------------------------------------------------------
build("r12a05_VGK tehnikis PKE_Liepina.docx", "", (2026, 5, 12, 14, 5),
 [("b", "Par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa kvalifikācijas eksāmena saturu"),
  "Vērtēju tikai eksāmena materiālus (programmu man nesūtīja, saprotu, ka to izskata citā kārtā).",
  "Diemžēl iesniegtais variants neatbilst 4. LKI līmenim. Praktiskais uzdevums būtībā ir filtru nomaiņa un gaisa vadu montāža – tas ir remontatslēdznieka līmenis, nevis tehniķa. Nav nevienas sistēmas regulēšanas, balansēšanas vai automātikas diagnostikas uzdevuma. Teorijas testā vairāki jautājumi ar kļūdainām atbildēm (piem., 17. un 23. jautājums par aukstumaģentiem).",
  "Secinājums: šādā redakcijā PKE saturu neatbalstu, tas jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
  ("blank",),
  "Marta Liepiņa, SIA „Klimata risinājumi”, projektu vadītāja",
  "12.05.2026"],
 rows=[(VGKT, "PKE", X, "Marta Liepiņa", "2026-05-12", 4)],
 note="PKE only; MIP explicitly not sent -> no row. 'neatbalstu' under 'Secinājums'. Author metadata empty.")

# 06 ---------------------------------------------------------------------------
build("r12a06_Eglitis_kokrupnieciba 3 kvalifikacijas.docx", "Raimonds Eglītis", (2026, 3, 27, 17, 20),
 [("c", "EKSPERTA ATZINUMS"),
  "Kokrūpniecības nozare. Izvērtēti trīs kvalifikāciju MIP un PKE materiāli, kas saņemti no Rīgas Valsts tehnikuma un Kuldīgas tehnoloģiju un tūrisma tehnikuma.",
  ("h", "1. Kokapstrādes iekārtu operators (LKI 3)"),
  "Programma un eksāmens savstarpēji saskaņoti, iekārtu saraksts atbilst tam, kas ir uzņēmumos. Nekas nav jālabo. Gan MIP, gan PKE atbalstu un iesaku virzīt saskaņošanai.",
  ("h", "2. Datorizētu kokapstrādes iekārtu operators (LKI 4)"),
  "MIP: trūkst CAM programmatūras apguves – tikai vadības pults lietošana nav pietiekami. Jāpapildina 4. modulis, jāsakārto stundu skaits. Pēc šiem precizējumiem programma virzāma saskaņošanai, pašreizējā redakcijā – vēl ne.",
  "PKE: labi izveidots, praktiskais uzdevums ar programmēšanu un iestatīšanu. Atbalstāms, virzāms saskaņošanai.",
  ("h", "3. Koka izstrādājumu ražošanas tehniķis (LKI 4)"),
  "Programmas saturs drīzāk atbilst operatora, ne tehniķa līmenim: nav ražošanas plānošanas, kvalitātes vadības, izmaksu aprēķina. Faktiski jāraksta no jauna vismaz trīs moduļi. MIP nav atbalstāma.",
  "Eksāmena saturs labāks – tur šīs tēmas ir iekļautas (kas gan rada jautājumu, kā audzēknis tās apgūs). PKE atbalstu ar nosacījumu, ka vērtēšanas lapā tiks sadalīti punkti starp plānošanas un izpildes daļu.",
  ("blank",),
  "Raimonds Eglītis",
  "2026. gada 27. martā"],
 rows=[(KIO, "MIP", S, "Raimonds Eglītis", "2026-03-27", 3), (KIO, "PKE", S, "Raimonds Eglītis", "2026-03-27", 3),
       (DKIO, "MIP", N, "Raimonds Eglītis", "2026-03-27", 4), (DKIO, "PKE", S, "Raimonds Eglītis", "2026-03-27", 4),
       (KIRT, "MIP", X, "Raimonds Eglītis", "2026-03-27", 4), (KIRT, "PKE", N, "Raimonds Eglītis", "2026-03-27", 4)],
 note="Three qualifications, numbered sections. DKIO MIP 'pēc šiem precizējumiem virzāma ... pašreizējā redakcijā vēl ne' = needs_corrections; KIRT MIP 'nav atbalstāma'; KIRT PKE 'atbalstu ar nosacījumu' = needs_corrections.")

# 07 ---------------------------------------------------------------------------
build("r12a07_elektrotehnikis atzinums Vitols.docx", "Edgars", (2026, 4, 9, 22, 47),
 [("b", "Elektrotehnikis - MIP un PKE"),
  "Sveiki, rakstu no telefona/datora bez garumzimem, atvainojos.",
  "Izskatiju elektrotehnika (LKI 4) programmu un eksamena saturu, ko atsutija Liepajas Valsts tehnikums.",
  "Programma - kopuma laba, bet 7. modulis (releju aizsardziba) uzrakstits parak virspusigi, nav praktisko darbu ar testeriem. Ari atjaunojamo energoresursu tema (saules PV) butu jaizvers plasak, sobrid tikai 8 stundas. Programma atbalstama, pec precizejumu veiksanas virzama saskanosanai.",
  "Eksamens - teorijas dala OK. Praktiskaja dala nav noradits, kadas iekartas un merinstrumenti bus pieejami, tas jaieraksta. Ari vertesanas kriteriji 3. uzdevumam jasaskano ar punktiem. Tapat ka programma - atbalstams, bet virzit saskanosanai tikai pec so labojumu.",
  ("blank",),
  "Edgars Vitols",
  "09.04.2026"],
 rows=[(ET, "MIP", N, "Edgars Vitols", "2026-04-09", 4), (ET, "PKE", N, "Edgars Vitols", "2026-04-09", 4)],
 note="No diacritics throughout; name written without diacritics is kept as written. PKE verdict refers back ('Tapat ka programma').")

# 08 (not a review) ---------------------------------------------------------------
build("r12a08_Sanāksmes protokols 2026-03-18.docx", "Baiba Krastiņa", (2026, 3, 18, 15, 30),
 [("c", "Ekspertu darba grupas sanāksmes protokols Nr. 3"),
  "Rīgā, 2026. gada 18. martā, tiešsaistē (MS Teams)",
  "Piedalās: B. Krastiņa (LDDK, koordinatore), R. Eglītis, I. Kalniņa, J. Ozoliņš, M. Liepiņa, K. Grava, VISC pārstāve L. Bērziņa.",
  ("b", "Darba kārtība"),
  "1. Ekspertīžu gaita 4. posmā. 2. Atkārtoto ekspertīžu kārtība. 3. Dažādi.",
  ("b", "1. Ekspertīžu gaita"),
  "B. Krastiņa informē, ka līdz šim saņemti atzinumi par 9 kvalifikācijām. Motorzāģa operatora MIP un PKE atzinumi saņemti, mehatronisko sistēmu tehniķa dokumentiem atzinums arī ir. Kokrūpniecībā vēl gaidām vairākus atzinumus.",
  "R. Eglītis norāda, ka nozares uzņēmumi atbalsta ideju eksāmenā iekļaut vairāk darba vidē balstītu uzdevumu.",
  ("b", "2. Atkārtotās ekspertīzes"),
  "Nolemj: ja eksperts dokumentu nav atbalstījis, izglītības iestāde iesniedz pārstrādāto redakciju un izmaiņu tabulu; eksperts sniedz jaunu atzinumu 10 darba dienu laikā. Pēdējais atzinums aizstāj iepriekšējo.",
  ("b", "3. Dažādi"),
  "Nākamā sanāksme – 2026. gada 15. aprīlī.",
  ("blank",),
  "Protokolēja: B. Krastiņa"],
 problems=["no_verdict"],
 note="Not a review: minutes mentioning received reviews, 'uzņēmumi atbalsta' (3rd person), 'nav atbalstījis' (procedure).")

# 09 ---------------------------------------------------------------------------
build("r12a09_Mehatronika MIP PKE - Grava.docx", "Kristaps Grava", (2026, 2, 26, 10, 10),
 [("runs", [("Mg. sc. ing. Kristaps Grava", "b"), (" | tehniskais direktors, AS „Latvijas Mašīnbūves grupa”", "")]),
  ("blank",),
  ("c", "Recenzija: mehatronisko sistēmu tehniķis"),
  "Ievadam – recenziju veicu kā nozares eksperts, deleģēts no LDDK. Vērtēju izglītības programmu un kvalifikācijas eksāmenu LKI 4. līmenī.",
  ("b", "Piezīmes par programmu"),
  "Moduļos A3 un A4 pneimatika un hidraulika ir apvienotas tik saspiesti, ka, godīgi sakot, pirmajā lasījumā likās – šādā formā to nevarētu atbalstīt. Tomēr pārējie moduļi to daļēji kompensē, un, ja A3/A4 stundu skaitu palielina vismaz par 40 stundām, problēma atrisināta.",
  "Rūpniecisko robotu programmēšana (modulis B2) ir ļoti labi izstrādāta, te apsveicu autorus.",
  ("b", "Piezīmes par eksāmenu"),
  "Praktiskais uzdevums (ražošanas līnijas kļūmes atrašana) ir tuvu reālajai dzīvei. Trūkst drošības instruktāžas punkta vērtēšanas lapā; arī teorijas testā 40 jautājumi 60 minūtēs – par maz laika.",
  ("h", "Slēdziens"),
  "Programma: atbalstāma; pēc precizējumu veikšanas (A3/A4 stundu skaits) virzāma saskaņošanai.",
  "Eksāmens: atbalstāms; virzāms saskaņošanai pēc tam, kad papildināta vērtēšanas lapa un pārskatīts testa laiks.",
  ("blank",),
  "K. Grava",
  "26.02.2026."],
 rows=[(MEH, "MIP", N, "Kristaps Grava", "2026-02-26", 4), (MEH, "PKE", N, "Kristaps Grava", "2026-02-26", 4)],
 note="Body has hypothetical 'nevarētu atbalstīt'; Slēdziens outranks it. Full name in letterhead, initial at the end.")

# 10 ---------------------------------------------------------------------------
build("r12a10_RE_ RE_ meza masinu operators.docx", "Baiba Krastiņa", (2026, 3, 12, 19, 2),
 [("b", "Laura Strautiņa <laura.strautina@gmail.com>"),
  "Thu, Mar 12, 2026 at 6:47 PM",
  "To: Baiba Krastiņa <baiba.krastina@lddk.lv>",
  "Subject: Re: Re: meža mašīnu operators",
  ("blank",),
  "Baiba, sveika!",
  "Tātad par meža mašīnu operatoru – pagājušajā nedēļā rakstīju, ka vajadzēs vairāk laika, tagad esmu izskatījusi abus.",
  "PKE – nav iebildumu. Simulatora uzdevums + praktiskais darbs cirsmā, viss atbilst standartam. Var virzīt tālāk saskaņošanai.",
  "Ar programmu gan ir sliktāk. Harvestera un forvardera apkopei veltīts viens modulis, un tas ir rakstīts tā, it kā tehnika būtu no 2005. gada – nav ne datorizētās diagnostikas, ne sliedes ķēžu eļļošanas sistēmu. Mežizstrādes plānošanas un GPS/kartēšanas tēmas vispār nav. Šādu MIP es nevaru atbalstīt, lai tehnikums pārstrādā un atsūta vēlreiz.",
  ("blank",),
  "Laura",
  ("blank",),
  ("q", "On Thu, Mar 5, 2026 at 9:31 AM Baiba Krastiņa <baiba.krastina@lddk.lv> wrote:"),
  ("q", "> Laura, vai vari līdz nākamajai nedēļai atsūtīt savu vērtējumu par meža mašīnu operatora MIP un PKE?"),
  ("q", "> Ja kaut kas nav skaidrs, zvani."),
  ("q", ">"),
  ("q", "> On Wed, Mar 4, 2026 Laura Strautiņa wrote:"),
  ("q", ">> Sveika, man vajadzēs vēl kādu nedēļu, esmu komandējumā.")],
 rows=[(MMO, "MIP", X, "Laura Strautiņa", "2026-03-12", 3), (MMO, "PKE", S, "Laura Strautiņa", "2026-03-12", 3)],
 note="Gmail thread, English headers; date from the message header. PKE 'nav iebildumu ... var virzīt saskaņošanai' = supported; MIP 'nevaru atbalstīt'. Quoted messages carry no verdicts.")

# 11 ---------------------------------------------------------------------------
build("r12a11_Rozenbergs BG PKE labots.docx", "Gatis Rozenbergs", (2026, 5, 5, 8, 55),
 [("c", "Ekspertīzes atzinums par profesionālās kvalifikācijas „Būvizstrādājumu galdnieks” eksāmena saturu"),
  "Atzinums attiecas tikai uz PKE; programmu (MIP) izvērtēja cits eksperts.",
  "Eksāmena struktūra (teorija 30 %, praktiskā daļa 70 %) ir pamatota. Praktiskajā daļā audzēknis izgatavo loga vai durvju bloka fragmentu, kas labi atspoguļo kvalifikāciju. Tomēr vērtēšanas kritērijos nav iekļauta blīvējumu un furnitūras uzstādīšana, kas ir būtiska gala produkta kvalitātei, un teorijas jautājumu bankā ir tikai 60 jautājumi – jābūt vismaz 120.",
  ("b", "Kopvērtējums"),
  ("track", [("t", "Eksāmena saturs ir atbalstāms "), ("del", "un virzāms saskaņošanai."),
             ("ins", "; pēc precizējumu veikšanas (vērtēšanas kritēriji, jautājumu banka) virzāms saskaņošanai.")],
   "Gatis Rozenbergs", "2026-05-05T08:40:00Z"),
  ("blank",),
  "Gatis Rozenbergs, būvgaldniecības uzņēmuma „Koka logi” ražošanas vadītājs",
  "Cēsīs, 2026. gada 5. maijā"],
 rows=[(BG, "PKE", N, "Gatis Rozenbergs", "2026-05-05", 4)],
 note="Tracked change: deleted 'un virzāms saskaņošanai', inserted 'pēc precizējumu veikšanas ... virzāms' -> current text needs_corrections. MIP reviewed by another expert -> no row.")

# 12 ---------------------------------------------------------------------------
build("r12a12_Atzinums metinatajs Krumins.docx", "Vilnis Krūmiņš", (2026, 6, 2, 13, 0),
 [("b", "Vilnis Krūmiņš"),
  "Metināšanas inženieris (IWE), SIA „Metālkonstrukciju rūpnīca”",
  ("blank",),
  ("h", "Par kvalifikācijas „Metinātājs” (LKI 3) MIP un PKE"),
  "Mašīnbūves un metālapstrādes nozares vārdā izvērtēju Daugavpils tehnikuma darba grupas izstrādāto programmu un eksāmena saturu.",
  "Programmā iekļauti visi metināšanas procesi, kas mūsu nozarē tiek izmantoti (111, 135, 136, 141), kā arī metināto savienojumu kontrole. Stundu sadalījums loģisks. Programmu uzskatu par atbalstāmu, un to var virzīt saskaņošanai bez papildu labojumiem.",
  "Eksāmenā paredzēta tikai viena metināšanas pozīcija (PA). Darba devējam tas ir par maz – jāiekļauj vismaz PF vai PC pozīcija. Šī prasība jāizpilda, pirms eksāmena saturs tiek virzīts saskaņošanai; pārējais kārtībā, tātad kopumā atbalstāms.",
  ("blank",),
  "2026. gada 2. jūnijā"],
 rows=[("metinātājs", "MIP", S, "Vilnis Krūmiņš", "2026-06-02", 3), ("metinātājs", "PKE", N, "Vilnis Krūmiņš", "2026-06-02", 3)],
 problems=["unknown_qualification"],
 note="Qualification not in the register (metinātājs); LKI 3 stated. PKE condition comes before 'atbalstāms' in the same paragraph.")

# 13 ---------------------------------------------------------------------------
build("r12a13_VGK remontatslēdznieks_Jansone.docx", "Sandra Jansone", (2026, 4, 15, 12, 30),
 [("c", "VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS"),
  ("c", "eksperta viedoklis"),
  "Izskatīju Rīgas Tehniskās koledžas iesniegto MIP un PKE saturu (LKI 3).",
  ("b", "Programma"),
  "Ļoti praktiski orientēta, atbilst tam, ko mēs sagaidām no jauna remontatslēdznieka: montāža, apkope, vienkārša diagnostika, F-gāzu drošība. Stundu apjoms atbilstošs. Programma atbalstāma un virzāma saskaņošanai.",
  ("b", "Eksāmens"),
  "Šeit man ir vairāki jautājumi, uz kuriem atbildes iesniegtajos materiālos nav: kā tiks nodrošināts aukstumaģenta apstrādes uzdevums, ja skolai nav sertificētas iekārtas? Vai praktiskais uzdevums notiek skolā vai uzņēmumā? Vērtēšanas lapā dažiem kritērijiem nav punktu.",
  "Par eksāmenu savu galīgo vērtējumu sniegšu pēc tikšanās ar darba grupu, kas ieplānota aprīļa beigās.",
  ("blank",),
  "Sandra Jansone",
  "15.04.2026."],
 rows=[(VGKR, "MIP", S, "Sandra Jansone", "2026-04-15", 3), (VGKR, "PKE", U, "Sandra Jansone", "2026-04-15", 3)],
 problems=["no_verdict"],
 note="PKE covered (questions) but verdict explicitly deferred -> unknown + no_verdict. MIP supported.")

# 14 ---------------------------------------------------------------------------
build("r12a14_Mezsaimniecibas tehnikis_Zarina.docx", "Dace Zariņa", (2026, 3, 10, 9, 45),
 [("b", "Kam: LDDK projekta koordinatorei"),
  ("b", "No: Dace Zariņa, meža nozares eksperte"),
  ("b", "Datums: 2026-03-10"),
  ("h", "Atzinums – mežsaimniecības tehniķis (4. LKI)"),
  "Saņemtie materiāli: MIP (redakcija 02.2026.) un PKE saturs.",
  "MIP: meža inventarizācija, mežkopība un meža atjaunošana izklāstīta plaši; digitālo rīku (MVR, LVM GEO) apguve ir iekļauta. Mazāk par meža ugunsdrošību, bet tas nav kritiski. Darba aizsardzība – pietiekami.",
  "PKE: teorijas un prakses daļa līdzsvarotas, dabā veicamie uzdevumi reāli izpildāmi. Nekādu iebildumu.",
  ("h", "Kopvērtējums"),
  "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
  "PKE saturs ir atbalstāms un virzāms saskaņošanai.",
  "Ņemot vērā iepriekš minēto, MIP saturs šajā redakcijā nav atbalstāms.",
  ("blank",),
  "D. Zariņa"],
 rows=[(MST, "MIP", U, "Dace Zariņa", "2026-03-10", 4), (MST, "PKE", S, "Dace Zariņa", "2026-03-10", 4)],
 problems=["conflict"],
 note="Kopvērtējums contains both 'MIP atbalstāms un virzāms' and 'MIP ... nav atbalstāms' with equal weight -> unknown + conflict. PKE supported. Full name in the 'No:' line.")

# 15 ---------------------------------------------------------------------------
build("r12a15_MG_MIP_Petersons.docx", "A. Pētersons", (2026, 2, 20, 7, 58),
 [("b", "Mēbeļu galdnieks – MIP"),
  "Programmu izskatīju. Atbalstu, var virzīt saskaņošanai. Labojumi nav vajadzīgi.",
  "A. Pētersons, 20.02.2026."],
 rows=[(MG, "MIP", S, "A. Pētersons", "2026-02-20", 4)],
 note="Very short, MIP only, initial + surname.")

# 16 (not a review) ---------------------------------------------------------------
build("r12a16_Jaunums majaslapai LDDK eksperti.docx", "Komunikācijas nodaļa", (2026, 4, 2, 11, 11),
 [("c", "Nozaru eksperti palīdz veidot mūsdienīgas profesionālās izglītības programmas"),
  "LDDK deleģētie nozaru eksperti šogad turpina vērtēt profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmenu (PKE) saturu. Darbs notiek Eiropas Savienības Kohēzijas politikas programmas 4.2.2. specifiskā atbalsta mērķa ietvaros.",
  "„Mūsu uzdevums ir panākt, lai jaunieši skolā apgūst to, kas viņiem reāli būs vajadzīgs darbā,” saka elektroenerģētikas eksperts Jānis Ozoliņš. Viņš atzīst, ka ne visas programmas ir uzreiz atbalstāmas – bieži nepieciešami precizējumi, un skolas tos veic ātri.",
  "Līdz marta beigām pabeigta ekspertīze trīs kvalifikācijām, tostarp motorzāģa operatoram un mehatronisko sistēmu tehniķim. Vēl deviņu kvalifikāciju ekspertīze turpināsies līdz jūlijam.",
  "Projekts saņem valsts atbalstu un ES fondu finansējumu."],
 problems=["no_verdict"],
 note="Not a review: news item with 'specifiskā atbalsta', 'atbalstāmas' in general, 'valsts atbalstu'.")

# 17 ---------------------------------------------------------------------------
build("r12a17_Lacis PKE elektromontieris un VGK.docx", "Oskars Lācis", (2026, 3, 19, 18, 0),
 [("b", "Oskars Lācis, AS „Sadales tīkls” apmācību centra vadītājs"),
  ("blank",),
  "Godātā koordinatore!",
  "Pēc Jūsu lūguma izvērtēju divu enerģētikas nozares kvalifikāciju eksāmenu saturu. Programmas nevērtēju.",
  ("b", "a) Elektromontieris"),
  "Eksāmens kopumā atbilst kvalifikācijai. Jāpapildina praktiskais uzdevums ar darbu zem sprieguma esošu iekārtu tuvumā (drošības attālumi, darba atļaujas noformēšana) un jāpārbauda teorijas atbilžu atslēga – 9. jautājumā pareizā atbilde norādīta kļūdaini. Kad tas būs izdarīts, eksāmena saturu var virzīt saskaņošanai; ar šiem precizējumiem to atbalstu.",
  ("b", "b) VGK iekārtu remontatslēdznieks"),
  "Eksāmenu vērtēju kā labu. Uzdevumi praktiski, vērtēšanas kritēriji saprotami. Atbalstu bez precizējumiem un iesaku virzīt saskaņošanai.",
  ("blank",),
  "Ar cieņu,",
  "O. Lācis",
  "Rīgā, 19.03.2026."],
 rows=[(EM, "PKE", N, "Oskars Lācis", "2026-03-19", 3), (VGKR, "PKE", S, "Oskars Lācis", "2026-03-19", 3)],
 note="PKE only for two qualifications, lettered sections; alias 'VGK iekārtu remontatslēdznieks'. 'bez precizējumiem' = supported.")

# 18 ---------------------------------------------------------------------------
build("r12a18_DKIO_otra karta_Klavina.docx", "Inese Kļaviņa", (2026, 5, 20, 10, 0),
 [("header", "Inese Kļaviņa | Kokrūpniecības nozares eksperte | SIA „Latvijas Finieris”"),
  ("c", "Datorizētu kokapstrādes iekārtu operators (LKI 4): atzinums pēc precizējumiem"),
  "Martā eksperts R. Eglītis norādīja, ka programmu varēs virzīt saskaņošanai tikai pēc precizējumiem (CAM programmatūra, 4. modulis). Man tika lūgts pārbaudīt, vai labojumi veikti, un vienlaikus vēlreiz izskatīt arī eksāmena saturu.",
  "Pārbaudīju. 4. modulis papildināts ar CAM apguvi (40 stundas), stundu tabula sakārtota. Programmā vairs nav nekā, ko es prasītu labot – uzskatu, ka tā ir gatava saskaņošanai, atbalstu.",
  "Eksāmens nav mainīts un arī nebija jāmaina; pievienojos iepriekšējam vērtējumam – PKE saturs atbalstāms un virzāms saskaņošanai.",
  ("blank",),
  "2026. gada 20. maijā",
  "Inese Kļaviņa"],
 rows=[(DKIO, "MIP", S, "Inese Kļaviņa", "2026-05-20", 4), (DKIO, "PKE", S, "Inese Kļaviņa", "2026-05-20", 4)],
 note="Second round; history of another expert's conditional verdict must not count. Name in Word header and at the end.")

# 19 ---------------------------------------------------------------------------
build("r12a19_Kalejs energetika MIP (3 kval).docx", "Baiba Krastiņa", (2026, 6, 11, 16, 25),
 [("c", "Eksperta Pētera Kalēja atzinums par enerģētikas nozares modulārajām izglītības programmām"),
  "Šajā kārtā man tika nosūtītas trīs programmas. Kvalifikāciju eksāmeni vēl nav iesniegti, tāpēc par tiem šeit neizsakos.",
  ("b", "A. Ventilācijas un gaisa kondicionēšanas sistēmu tehniķis"),
  "Programmā labi aptverta sistēmu projektēšanas pamati un energoefektivitāte. Vāja vieta – automātikas un BMS sistēmu modulis, kas ir tikai 36 stundas. Jāpalielina un jāpapildina ar praktiskiem darbiem. Programma atbalstāma, virzāma saskaņošanai pēc šī precizējuma.",
  ("b", "B. Elektrotehniķis"),
  "Programma ir izcila, nekas nav jāmaina. Atbalstu un virzu saskaņošanai.",
  ("b", "C. VGK iekārtu remontatslēdznieks"),
  "Korekta, atbilst LKI 3. līmenim, saskaņā ar standartu. Iebildumu nav, programma virzāma saskaņošanai tādā veidā, kā ir.",
  ("blank",),
  "Pēteris Kalējs",
  "11.06.2026."],
 rows=[(VGKT, "MIP", N, "Pēteris Kalējs", "2026-06-11", 4), (ET, "MIP", S, "Pēteris Kalējs", "2026-06-11", 4),
       (VGKR, "MIP", S, "Pēteris Kalējs", "2026-06-11", 3)],
 note="MIP only (PKE not submitted -> no rows). Name in the title (genitive) and at the end. Coordinator as docx author.")

# 20 ---------------------------------------------------------------------------
build("r12a20_mehatronika PKE Abola.docx", "Mārīte Ābola", (2026, 1, 29, 14, 44),
 [("b", "Mārīte Ābola"),
  "Kvalitātes vadītāja, SIA „Precīzijas mehānika”",
  ("blank",),
  "Par mehatronisko sistēmu tehniķa profesionālās kvalifikācijas eksāmena saturu",
  "Eksāmena materiāls, kas man iesniegts, ir acīmredzami nepabeigts. Praktiskajai daļai ir tikai viens uzdevums bez variantiem, vērtēšanas kritēriji vispārīgi („strādā kvalitatīvi”, „ievēro drošību”), nav norādīts aprīkojums. Teorijas daļā puse jautājumu attiecas uz vispārējo elektrotehniku, nevis mehatroniku.",
  "Ar šādu saturu kvalifikācijas eksāmenu nevaru atbalstīt. Iesaku darba grupai eksāmenu izstrādāt no jauna, ņemot par pamatu profesijas standarta kompetences, un iesniegt atkārtotai ekspertīzei.",
  "Programmu man nesūtīja.",
  ("blank",),
  ("r", "2026. gada 29. janvārī")],
 rows=[(MEH, "PKE", X, "Mārīte Ābola", "2026-01-29", 4)],
 note="PKE only, 'nevaru atbalstīt' = not_supported. MIP not sent -> no row.")

# 21 ---------------------------------------------------------------------------
build("r12a21_atzinums KIRT un MG (bez paraksta).docx", "Baiba Krastiņa", (2026, 6, 30, 9, 0),
 [("h", "Ekspertīzes atzinums"),
  "Izvērtēti divu kokrūpniecības nozares kvalifikāciju dokumenti, kas iesniegti pēc pirmās ekspertīzes kārtas.",
  ("b", "KOKA IZSTRĀDĀJUMU RAŽOŠANAS TEHNIĶIS"),
  "Programma pārstrādāta pilnībā: pievienoti moduļi par ražošanas plānošanu, kvalitātes vadību un izmaksām. Tagad atbilst tehniķa līmenim. Eksāmena vērtēšanas lapa sadalīta, kā bija prasīts. Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai.",
  ("b", "MĒBEĻU GALDNIEKS"),
  "Praktiskā uzdevuma apraksts konkretizēts (virtuves augšējais skapis ar durtiņām), laika norma pamatota. Eksāmenu atbalstu, virzāms saskaņošanai. Programma jau iepriekš bija atbalstīta, atkārtoti to pārskatot jaunu iebildumu nav – arī to var virzīt saskaņošanai."],
 rows=[(KIRT, "MIP", S, "", "", 4), (KIRT, "PKE", S, "", "", 4), (MG, "MIP", S, "", "", 4), (MG, "PKE", S, "", "", 4)],
 note="No name, no date in the text (author metadata is the coordinator - not the expert). All-caps section headings. 'Abi dokumenti' covers both.")

# 22 ---------------------------------------------------------------------------
build("r12a22_FW_Buvizstradajumu galdnieks programma.docx", "Rihards Dzenis", (2026, 5, 7, 21, 15),
 [("b", "From: Rihards Dzenis <r.dzenis@kokamajas.lv>"),
  "Sent: Thursday, May 7, 2026 9:03 PM",
  "To: Baiba Krastiņa <baiba.krastina@lddk.lv>",
  "Cc: Gatis Rozenbergs",
  "Subject: FW: Būvizstrādājumu galdnieks - programma",
  ("blank",),
  "Labvakar!",
  "Būvizstrādājumu galdnieka programmai (LKI 4) mans vērtējums negatīvs. Programma vairāk līdzinās mēbeļu galdnieka programmai – trepju, logu un durvju izgatavošanai atvēlēts mazāk laika nekā korpusmēbelēm. Nav nekā par koka ēku elementiem, kas šobrīd ir lielākais darba devēju pieprasījums. Nav arī ēku energoefektivitātes prasību saistībā ar logiem un durvīm.",
  "Rezumējot: programmas saturs nav atbalstāms, nepieciešama būtiska pārstrāde.",
  "Eksāmena vērtējumu sniedza Gatis, viņu ieliku kopijā.",
  ("blank",),
  "Rihards Dzenis",
  "SIA „Koka mājas” valdes loceklis"],
 rows=[(BG, "MIP", X, "Rihards Dzenis", "2026-05-07", 4)],
 note="Outlook English headers; 'Rezumējot: ... nav atbalstāms'. PKE by another expert -> no row. 'nepieciešama' does not negate.")

# 23 ---------------------------------------------------------------------------
build("r12a23_Silins_mezsaimnieciba_3 kvalifikacijas.docx", "Valdis Siliņš", (2026, 6, 18, 12, 0),
 [("footer", "V. Siliņš, AS „Meža īpašnieku kooperatīvs”, 18.06.2026."),
  ("c", "Eksperta vērtējums: mežsaimniecības kvalifikāciju MIP un PKE"),
  "Šajā dokumentā apkopoju vērtējumu par trim kvalifikācijām, kuru materiālus saņēmu jūnija sākumā no Ogres tehnikuma un Saulaines tehnikuma. Dažas piezīmes ir kopīgas visām trim – piemēram, darba aizsardzības moduļi visās programmās ir identiski nokopēti un nav pielāgoti specifikai. To gan uzskatu par ieteikumu, ne par šķērsli.",
  ("h", "MOTORZĀĢA OPERATORS"),
  "Šī ir jau atkārtota redakcija pēc kolēģes I. Kalniņas februāra piezīmēm. Vējgāžu tēma iekļauta, atsauces uz normatīviem aktiem atjaunotas. Programmu atbalstu un iesaku virzīt saskaņošanai. Eksāmens nemainīts; piekrītu, ka tas ir atbalstāms un virzāms saskaņošanai.",
  ("h", "MEŽA MAŠĪNU OPERATORS"),
  "Programma pārstrādāta pēc L. Strautiņas atzinuma. Diagnostikas un GPS tēmas pievienotas, bet plānošanas modulis ir tikai 12 stundas, kas ir par maz. Atbalstāma, bet pirms virzīšanas saskaņošanai plānošanas modulis jāpaplašina līdz vismaz 24 stundām.",
  "Eksāmens: atbalstāms un virzāms saskaņošanai.",
  ("h", "MEŽSAIMNIECĪBAS TEHNIĶIS"),
  "Programmā nekonsekventi izmantoti jēdzieni („mežaudze”, „nogabals”, „audze” vienā nozīmē), tas ir jāsakārto. Pēc šī precizējuma – virzāma saskaņošanai. Eksāmena saturs labs, virzīt saskaņošanai var jau tagad."],
 rows=[(MZO, "MIP", S, "V. Siliņš", "2026-06-18", 3), (MZO, "PKE", S, "V. Siliņš", "2026-06-18", 3),
       (MMO, "MIP", N, "V. Siliņš", "2026-06-18", 3), (MMO, "PKE", S, "V. Siliņš", "2026-06-18", 3),
       (MST, "MIP", N, "V. Siliņš", "2026-06-18", 4), (MST, "PKE", S, "V. Siliņš", "2026-06-18", 4)],
 note="Name and date only in the footer (initial + surname). All-caps headings. Other experts mentioned in history. MST MIP condition in the next sentence; MST PKE 'virzīt saskaņošanai var jau tagad' = supported.")

# 24 (not a review) ---------------------------------------------------------------
build("r12a24_Ekspertu sadalijums 5_posms.docx", "Baiba Krastiņa", (2026, 4, 1, 9, 20),
 [("c", "Ekspertu sadalījums pa kvalifikācijām – projekta 5. posms"),
  "Lūdzu pārbaudīt, vai piešķirtās kvalifikācijas un dokumenti atbilst sarunātajam. Termiņš atzinumam – 10 darba dienas no dokumentu saņemšanas. Atzinumā norādīt: saturs atbalstāms un virzāms saskaņošanai / atbalstāms pēc precizējumiem / nav atbalstāms.",
  ("table", [["Kvalifikācija", "LKI", "Dokuments", "Eksperts", "Statuss"],
             ["Mēbeļu galdnieks", "4", "PKE (atkārtoti)", "A. Bērziņš", "gaida"],
             ["Būvizstrādājumu galdnieks", "4", "MIP", "R. Dzenis", "gaida"],
             ["Būvizstrādājumu galdnieks", "4", "PKE", "G. Rozenbergs", "gaida"],
             ["VGK sistēmu tehniķis", "4", "PKE", "M. Liepiņa", "gaida"],
             ["Elektrotehniķis", "4", "MIP, PKE", "A. Kociņš", "gaida"],
             ["Datorizētu kokapstrādes iekārtu operators", "4", "MIP (pēc precizējumiem)", "I. Kļaviņa", "gaida"]]),
  ("blank",),
  "B. Krastiņa"],
 problems=["no_verdict"],
 note="Not a review: assignment table; option list in instructions.")

# 25 ---------------------------------------------------------------------------
build("r12a25_Upite galdnieki MIP PKE.docx", "Zane Upīte", (2026, 7, 8, 15, 50),
 [("b", "Zane Upīte, galdniecības meistare, IK „Upītes darbnīca”"),
  ("blank",),
  "Labdien, cienījamā koordinatore!",
  "Jūlija sākumā saņēmu vērtēšanai Smiltenes tehnikuma izstrādātos dokumentus divām galdnieku kvalifikācijām, un šeit izklāstu savu viedokli.",
  "Sākšu ar mēbeļu galdnieku. Gan programma, gan eksāmens ir izstrādāti ļoti rūpīgi, un labi redzams, ka darba grupā piedalījušies uzņēmumu pārstāvji. Man nav neviena labojuma – abus dokumentus atbalstu un uzskatu par virzāmiem saskaņošanai.",
  "Ar būvizstrādājumu galdnieka materiāliem situācija cita. Programma kopumā laba, tomēr trepju izgatavošanas modulī jāiekļauj aprēķini (kāpiena augstums, platums, drošības prasības) – pēc tam to var virzīt saskaņošanai, tātad atbalstu ar precizējumiem. Eksāmena saturs gan neatbilst programmai: praktiskais uzdevums ir skapja izgatavošana, kas ir mēbeļu galdnieka kompetence. Eksāmenu šādā veidā atbalstīt nevar, tas jāizstrādā no jauna.",
  "Ja vajadzīgs, varu piedalīties darba grupas sanāksmē un paskaidrot savas piezīmes.",
  ("blank",),
  "Ar cieņu",
  "Zane Upīte",
  "Smiltenē, 08.07.2026."],
 rows=[(MG, "MIP", S, "Zane Upīte", "2026-07-08", 4), (MG, "PKE", S, "Zane Upīte", "2026-07-08", 4),
       (BG, "MIP", N, "Zane Upīte", "2026-07-08", 4), (BG, "PKE", X, "Zane Upīte", "2026-07-08", 4)],
 note="Two qualifications inside running text, no headings. 'abus dokumentus atbalstu' covers both; BG PKE 'atbalstīt nevar' = not_supported.")

# 26 ---------------------------------------------------------------------------
build("r12a26_Kocins_Elektrotehniķis MIP PKE.docx", "Armands Kociņš", (2026, 4, 28, 8, 5),
 [("c", "Ekspertīzes atzinums"),
  ("table", [["Kvalifikācija", "Elektrotehniķis"], ["LKI līmenis", "4"], ["Eksperts", "Armands Kociņš"], ["Datums", "2026. gada 28. aprīlis"]]),
  ("blank",),
  "Vērtēju Rīgas Valsts tehnikuma otro, pārstrādāto redakciju (pirmo redakciju 9. aprīlī vērtēja E. Vītols, norādot precizējumus abos dokumentos).",
  ("b", "Programma"),
  "Releju aizsardzības modulī pievienoti praktiskie darbi, saules PV tēma paplašināta līdz 24 stundām. Prasītie labojumi veikti. Atbalstāma un virzāma saskaņošanai.",
  ("b", "Eksāmens"),
  "Iekārtu un mēraparātu saraksts pievienots, 3. uzdevuma kritēriji saskaņoti ar punktiem. Eksāmena saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem.",
  "Neobligāti ieteikumi (var ņemt vērā nākamajā pārskatīšanā, saskaņošanu tie neietekmē): teorijas testā varētu vairāk jautājumu par elektroenerģijas uzskaiti; eksāmena instrukcijā norādīt, ka audzēknis drīkst lietot savu instrumentu.",
  ("blank",),
  "A. Kociņš"],
 rows=[(ET, "MIP", S, "Armands Kociņš", "2026-04-28", 4), (ET, "PKE", S, "Armands Kociņš", "2026-04-28", 4)],
 note="Two-column metadata table inside prose; optional suggestions do not make corrections; history of earlier verdicts.")

# 27 ---------------------------------------------------------------------------
build("r12a27_Vilks_siltumenergetikas tehnikis.docx", "Normunds Vilks", (2026, 3, 30, 11, 40),
 [("r", "Normunds Vilks"),
  ("r", "AS „Rīgas siltums”, tehniskās attīstības daļa"),
  ("blank",),
  ("h", "Siltumenerģētikas tehniķis, LKI 4 – programmas un eksāmena satura izvērtējums"),
  "Šī kvalifikācija ir jauna, tāpēc vērtēju rūpīgi, salīdzinot ar profesijas standartu un uzņēmuma praksi.",
  "Modulārajā programmā trūkst siltummezglu automātikas un attālinātās uzraudzības (SCADA) – bez tā tehniķis mūsdienās nevar strādāt. Jāpapildina arī siltumtīklu hidrauliskie aprēķini. Šīs lietas jāieliek, tad programmu var virzīt uz saskaņošanu; kopumā to vērtēju pozitīvi, t.i., atbalstāma pēc precizējumiem.",
  "Eksāmena saturs ir labi sabalansēts, un es to atbalstu – virzāms saskaņošanai.",
  ("blank",),
  "Rīgā, 2026. gada 30. martā"],
 rows=[("siltumenerģētikas tehniķis", "MIP", N, "Normunds Vilks", "2026-03-30", 4), ("siltumenerģētikas tehniķis", "PKE", S, "Normunds Vilks", "2026-03-30", 4)],
 problems=["unknown_qualification"],
 note="Qualification not in the register. Name right-aligned letterhead, date at the end.")

# 28 ---------------------------------------------------------------------------
build("r12a28_Freimane_mehatronika piezimes.docx", "Agnese Freimane", (2026, 5, 27, 13, 13),
 [("b", "Agnese Freimane"),
  "Mašīnbūves un metālapstrādes nozares eksperte",
  "27.05.2026.",
  ("blank",),
  ("h", "Mehatronisko sistēmu tehniķis – piezīmes par MIP un PKE (pārstrādātā redakcija)"),
  "Programma:",
  ("bullet", "A3/A4 moduļos stundu skaits palielināts, kā prasīja K. Grava; tomēr hidraulikas praktiskie darbi joprojām ir tikai uz papīra."),
  ("bullet", "B2 modulī jāprecizē, kuri robotu zīmoli un programmēšanas vides tiek izmantotas."),
  ("bullet", "Nav skaidrs, kā tiek organizēta darba vidē balstītā mācīšanās; vai uzņēmumi ir piekrituši?"),
  "Uz šiem jautājumiem sagaidu darba grupas atbildes.",
  "Eksāmens:",
  "Vērtēšanas lapa papildināta ar drošības instruktāžu, testa laiks pagarināts līdz 90 minūtēm. Eksāmena saturs tagad ir atbalstāms un virzāms saskaņošanai."],
 rows=[(MEH, "MIP", U, "Agnese Freimane", "2026-05-27", 4), (MEH, "PKE", S, "Agnese Freimane", "2026-05-27", 4)],
 problems=["no_verdict"],
 note="MIP: only remarks and open questions, no verdict -> unknown + no_verdict. PKE supported.")

# 29 ---------------------------------------------------------------------------
build("r12a29_Strautina MMO MIP atkartoti.docx", "Laura Strautiņa", (2026, 4, 3, 20, 30),
 [("b", "Atkārtotā ekspertīze – meža mašīnu operators, modulārā izglītības programma"),
  "12. martā programmu neatbalstīju (novecojusi tehnikas apkope, nav plānošanas un GPS). Tehnikums ātri sagatavoja jaunu versiju, par ko liels paldies.",
  "Ko redzu tagad: apkopes modulis pārrakstīts, iekļauta datorizētā diagnostika; GPS un kartēšana ir atsevišķā modulī. Plānošana joprojām ir īsa, taču tas ir mans personīgais ieteikums, nevis prasība.",
  "Šoreiz programmu atbalstu, un to var virzīt saskaņošanai.",
  "Eksāmens šajā kārtā netika vērtēts, jo iepriekš tam iebildumu nebija.",
  ("blank",),
  "Laura Strautiņa, 03.04.2026."],
 rows=[(MMO, "MIP", S, "Laura Strautiņa", "2026-04-03", 3)],
 note="Repeat review, MIP only; history 'neatbalstīju' must not count. PKE explicitly not evaluated in this round -> no row.")

# 30 ---------------------------------------------------------------------------
build("r12a30_KIO eksamens - Puce.docx", "Ēriks Pūce", (2026, 2, 5, 10, 30),
 [("runs", [("SIA „Kokpārstrāde Vidzeme”", "b")]),
  "Ražošanas direktors Ēriks Pūce",
  ("blank",),
  "2026-02-05",
  ("blank",),
  ("b", "Vērtējums par kokapstrādes iekārtu operatora kvalifikācijas eksāmenu"),
  "Eksāmena praktiskajā daļā audzēknis apstrādā sagatavi uz formātzāģa, ēvelmašīnas un frēzmašīnas – tas atbilst darbam mūsu ražotnē. Teorijas tests labi sagatavots.",
  "Saturs kopumā atbalstāms.",
  "Tomēr pirms virzīšanas saskaņošanai jāveic šādi precizējumi: jānorāda instrumentu maiņas un iestatīšanas uzdevums kā obligāts, nevis izvēles; jāpapildina vērtēšanas kritēriji ar mērījumu precizitāti (±0,5 mm).",
  "Programmu šoreiz neredzēju.",
  ("blank",),
  "Ē. Pūce"],
 rows=[(KIO, "PKE", N, "Ēriks Pūce", "2026-02-05", 3)],
 note="PKE only; condition in the next paragraph after 'Saturs kopumā atbalstāms.' -> needs_corrections. ISO date line.")

# 31 ---------------------------------------------------------------------------
build("r12a31_Rudzitis_elektro_atzinums_galigais.docx", "Kaspars Rudzītis", (2026, 6, 24, 17, 0),
 [("c", "Atzinums par enerģētikas nozares kvalifikāciju dokumentiem"),
  ("i", "Eksperts: Kaspars Rudzītis, elektroinženieris, SIA „Elektro būve”"),
  "Skatīti Jēkabpils agrobiznesa koledžas iesniegtie materiāli. Dokumentos vietām vēl lietots vecais līmeņa apzīmējums (elektromontierim „2. PKL”, elektrotehniķim „3. PKL”), lūdzu to nomainīt uz LKI – tas gan ir tikai redakcionāls sīkums.",
  ("h", "I. Elektromontieris"),
  "Neskatoties uz nelielām stila nepilnībām, programma ir atbalstāma un virzāma saskaņošanai. Eksāmenā nav ņemtas vērā jaunās elektroietaišu ekspluatācijas noteikumu prasības; pēc tam, kad uzdevumi tiks pielāgoti, eksāmenu var virzīt saskaņošanai – ar šo nosacījumu atbalstu.",
  ("h", "II. Elektrotehniķis"),
  "Programma: nepieciešams vairāk stundu elektroapgādes projektēšanai (šobrīd 24 h), citādi labi. Atbalstu, kad stundu skaits būs palielināts.",
  "Eksāmens: pilnībā atbilstošs, neko nemainīt. Atbalstāms un virzāms saskaņošanai.",
  ("blank",),
  ("r", "24.06.2026."),
  ("r", "K. Rudzītis")],
 rows=[(EM, "MIP", S, "Kaspars Rudzītis", "2026-06-24", 3), (EM, "PKE", N, "Kaspars Rudzītis", "2026-06-24", 3),
       (ET, "MIP", N, "Kaspars Rudzītis", "2026-06-24", 4), (ET, "PKE", S, "Kaspars Rudzītis", "2026-06-24", 4)],
 note="Old PKL levels mentioned (PKL 2 -> LKI 3, PKL 3 -> LKI 4). 'Neskatoties uz' does not negate; 'nepieciešams' does not negate. Roman-numeral sections.")

# 32 ---------------------------------------------------------------------------
build("r12a32_Jansone VGK PKE papildinajums.docx", "Sandra Jansone", (2026, 5, 14, 9, 30),
 [("b", "Papildinājums 15.04.2026. atzinumam – VGK iekārtu remontatslēdznieks, eksāmena saturs"),
  "Kā solīju, pēc tikšanās ar Rīgas Tehniskās koledžas darba grupu (28.04.) sniedzu vērtējumu arī par eksāmenu.",
  "Darba grupa paskaidroja, ka aukstumaģenta uzdevums notiks partneruzņēmumā ar sertificētu aprīkojumu – tas ir pieņemami, bet jāieraksta eksāmena aprakstā. Vērtēšanas lapā punkti jāpieliek visiem kritērijiem.",
  "Līdz ar to eksāmens ir atbalstāms, saskaņošanai to var virzīt, kad šie divi papildinājumi būs iestrādāti.",
  ("blank",),
  "Sandra Jansone",
  "Rīga, 2026. gada 14. maijs"],
 rows=[(VGKR, "PKE", N, "Sandra Jansone", "2026-05-14", 3)],
 note="Follow-up to file 13 (PKE only). Alias 'VGK iekārtu remontatslēdznieks'. MIP not re-reviewed -> no row.")

# 33 ---------------------------------------------------------------------------
build("r12a33_Mehatronika_Mezule - kopija.docx", "Gunta Mežule", (2026, 7, 15, 10, 45),
 [("b", "Gunta Mežule"),
  "Mg. paed., profesionālās izglītības kompetences centra „Liepājas Valsts tehnikums” metodiķe, mašīnbūves nozares eksperte",
  ("blank",),
  ("h", "Noslēguma ekspertīze: mehatronisko sistēmu tehniķis (LKI 4)"),
  "Šī ir trešā programmas redakcija. Darba grupa ir saņēmusi metodisko atbalstu no VISC, un tas ir redzams – mācību rezultāti formulēti vienoti, moduļu apraksti strukturēti.",
  "Hidraulikas praktiskie darbi tagad ir iekļauti, robotu programmēšanas vide norādīta (ABB RobotStudio, FANUC ROBOGUIDE), darba vidē balstītās mācības aprakstītas ar konkrētiem partneruzņēmumiem, kuri šo pieeju atbalsta.",
  "Viens precizējums vēl nepieciešams: 12. modulī ir pretruna starp kopējo stundu skaitu (120) un sadalījumu pa tēmām (132). Programmu atbalstu ar nosacījumu, ka šī kļūda tiek izlabota pirms virzīšanas saskaņošanai.",
  "Eksāmena saturs pēc A. Freimanes atzinuma nav mainīts; arī es to vērtēju kā atbalstāmu un virzāmu saskaņošanai.",
  ("h", "Noslēgumā"),
  "MIP – atbalstāma, pēc precizējuma virzāma saskaņošanai; PKE – atbalstāms un virzāms saskaņošanai.",
  ("blank",),
  "Liepājā, 15.07.2026."],
 rows=[(MEH, "MIP", N, "Gunta Mežule", "2026-07-15", 4), (MEH, "PKE", S, "Gunta Mežule", "2026-07-15", 4)],
 note="'metodisko atbalstu' and 'uzņēmumiem, kuri ... atbalsta' are noun/3rd-person traps. File name 'kopija'. Academic title stripped.")

# 34 ---------------------------------------------------------------------------
build("r12a34_RE motorzaga operators MIP precizets.docx", "Baiba Krastiņa", (2026, 4, 20, 9, 5),
 [("header", "Ilze Kalniņa, kokrūpniecības nozares eksperte | 2026. gada 20. aprīlis"),
  "Labdien!",
  "Paldies par atsūtīto precizēto motorzāģa operatora programmu. Februāra atzinumā prasīju papildināt vējgāžu tēmu, nomainīt atsauces uz spēkā neesošiem noteikumiem un sakārtot stundu tabulu.",
  "Viss izdarīts. Vējgāžu un vējlauzu darbiem izveidota atsevišķa tēma ar 16 praktisko mācību stundām, atsauces atjaunotas, tabula sakrīt.",
  "Tātad programma tagad ir atbalstāma un virzāma saskaņošanai bez tālākiem labojumiem.",
  ("blank",),
  "Ilze"],
 rows=[(MZO, "MIP", S, "Ilze Kalniņa", "2026-04-20", 3)],
 note="Follow-up to file 01, MIP only; name and date only in the Word header; signed with first name only. PKE not part of this round.")

# ---------------------------------------------------------------- outputs
with open(os.path.join(OUT, "expected.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["file", "code"]); w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r12a blind set: free-prose expert reviews\n\nBuilt by `build.py`. Gold in `expected.csv` and `expected_problems.csv`.\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write("| %s | %s |\n" % (n, note.replace("|", "/")))
print(len(NOTES), "files,", len(ROWS), "rows,", len(PROBS), "problems")
