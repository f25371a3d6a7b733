# -*- coding: utf-8 -*-
"""Builds the r4a blind set: free-prose expert reviews (Latvian .docx) plus gold labels.
Each build(...) call carries its own labels (rows, problems, README note) next to the text."""
import csv, datetime, os
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
ROWS, PROBS, NOTES = [], [], []

def build(name, author, created, body, rows, problems=(), note="", header=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    if header:
        for i, line in enumerate(header):
            p = doc.sections[0].header.paragraphs[0] if i == 0 else doc.sections[0].header.add_paragraph()
            p.text = line
    for item in body:
        if isinstance(item, tuple):
            kind, text = item
            p = doc.add_paragraph()
            r = p.add_run(text)
            if kind == "h":
                r.bold = True
            elif kind == "t":
                r.bold = True; r.font.size = Pt(14)
            elif kind == "i":
                r.italic = True
        else:
            doc.add_paragraph(item)
    doc.core_properties.author = author
    doc.core_properties.last_modified_by = author
    doc.core_properties.created = datetime.datetime(*created)
    doc.save(os.path.join(OUT, name))
    for r in rows:
        ROWS.append((name,) + tuple(r))
    for c in problems:
        PROBS.append((name, c))
    NOTES.append((name, note))

MIP, PKE = "MIP", "PKE"
S, NC, NS, U = "supported", "needs_corrections", "not_supported", "unknown"

# ---------------------------------------------------------------- 01
build("r4a01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx", "Ilze Bērziņa", (2026, 3, 6, 9, 0), [
    ("t", "Ekspertīzes atzinums"),
    "Profesionālā kvalifikācija: elektrotehniķis (LKI 4. līmenis)",
    "Nozare: enerģētika",
    "Atzinumu sagatavoju pēc LDDK deleģējuma projekta 4.2.2.9. pasākuma ietvaros. Projekts tiek īstenots ar ES fondu atbalstu, un darba grupa man nosūtīja gan modulāro izglītības programmu, gan kvalifikācijas eksāmena saturu.",
    ("h", "Par modulāro programmu"),
    "Programmas struktūra kopumā ir loģiska: pamatmoduļi sedz elektrodrošību, mērījumus un elektroietaišu montāžu, bet specializācijas moduļos parādās arī saules paneļu sistēmas un uzlādes stacijas, kas nozarei šobrīd ir ļoti vajadzīgas. Tomēr modulī „Elektroietaišu ekspluatācija” joprojām ir atsauces uz vecajiem Energostandartiem (LEK 025 redakcija, kas vairs nav spēkā), un sasniedzamajos rezultātos nav minēta darba ar sprieguma zem slodzes aizliegumu prakse.",
    "Moduļa „Relejaizsardzības pamati” apjoms (4 kredītpunkti) ir par mazu, ņemot vērā, ka tur jāapgūst arī selektivitātes aprēķini.",
    ("h", "Par eksāmena saturu"),
    "Eksāmena teorētiskā daļa un praktiskie uzdevumi atbilst profesijas standartam. Vērtēšanas kritēriji ir skaidri, praktiskā uzdevuma laiks (4 stundas) ir reāls. Man nav būtisku iebildumu.",
    ("h", "Slēdziens"),
    "Modulāro programmu var atbalstīt, taču pirms saskaņošanas jāizlabo atsauces uz standartiem un jāpārskata relejaizsardzības moduļa apjoms.",
    "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai tādā redakcijā, kādā tas iesniegts.",
    "Rīgā, 2026. gada 6. martā",
    "Mg.sc.ing. Jānis Ozols",
    "AS „Latgales tīkli”, elektroapgādes inženieris",
], rows=[("elektrotehniķis", MIP, NC, "Jānis Ozols", "2026-03-06", 4),
         ("elektrotehniķis", PKE, S, "Jānis Ozols", "2026-03-06", 4)],
   note="Prose with Slēdziens; 'var atbalstīt, taču pirms saskaņošanas jāizlabo' = needs_corrections; 'ES fondu atbalstu' noun; author is the coordinator (trap), expert from signature, title Mg.sc.ing. dropped.")

# ---------------------------------------------------------------- 02
build("r4a02_ekspertize PKE meza masinu operators.docx", "Lietotājs", (2026, 3, 13, 14, 0), [
    "Ekspertizes atzinums par PKE saturu",
    "Kvalifikacija: meza masinu operators",
    "Modulara izglitibas programma ekspertizei netika iesniegta, tapec vertejums attiecas tikai uz kvalifikacijas eksamena saturu.",
    "Praktiskaja dala paredzets, ka eksaminejamais 3 stundu laika ar harvesteru sagatavo 15 m3 kokmaterialu. Realos apstaklos ar macibu tehniku un iesacejam tas nav iespejams, turklat nav noteikts, kur skola nodrosinas cirsmu. Forvardera uzdevums vispar nav aprakstits, ir tikai virsraksts.",
    "Teorijas testa jautajumos ir vairakas kludas (piem., 7. un 19. jautajuma pareizas atbildes ir nepareizi atzimetas), un darba drosibas jautajumi ir novecojusi.",
    "Vertesanas kriteriji nav sasaistiti ar profesijas standarta kompetencem.",
    "Secinajums: sada redakcija eksamena saturu neatbalstu un nevaru ieteikt virzit saskanosanai. Darba grupai saturs butiski japarstrada un jaiesniedz atkartoti.",
    "13.03.26",
    "Edgars Kalnins, SIA \"Mezi un tehnika\"",
], rows=[("meža mašīnu operators", PKE, NS, "Edgars Kalnins", "2026-03-13", 3)],
   note="No diacritics; PKE only, MIP 'netika iesniegta' (no row); date 13.03.26; expert as written without diacritics; level from register (3).")

# ---------------------------------------------------------------- 03
build("r4a03_Mebelu_galdnieks_atzinums_Liepa.docx", "Rūta Liepa", (2026, 4, 14, 11, 0), [
    ("t", "Atkārtotas ekspertīzes atzinums"),
    "Kvalifikācija: mēbeļu galdnieks, LKI 4. līmenis",
    "Datums: 2026-04-14",
    "Pirmajā redakcijā (februārī) modulārā programma netika atbalstīta, jo trūka moduļa par CNC iekārtu programmēšanu un mīksto mēbeļu izgatavošana bija aprakstīta tikai virspusēji. Arī eksāmena saturam toreiz prasīju precizējumus vērtēšanas kritērijos.",
    "Darba grupa ir strādājusi ļoti rūpīgi. Iepriekšējā atzinumā norādītie labojumi ir veikti: pievienots modulis „Datorvadāmo iekārtu lietošana mēbeļu ražošanā”, pārstrādāti apdares moduļa rezultāti, eksāmena praktiskajam uzdevumam tagad ir punktu skala ar skaidriem kritērijiem.",
    "Mūsu uzņēmumā, tāpat kā daudzos citos, mācekļi strādā jau no otrā kursa, un nozares uzņēmumi atbalsta darba vidē balstītas mācības. Prieks, ka programmā tas tagad ir atspoguļots ar konkrētiem mācību rezultātiem, nevis tikai vispārīgi.",
    "Vienīgais, ko vēl varētu papildināt pēc saviem ieskatiem, ir piemēri ar ilgtspējīgiem materiāliem, bet tas nav obligāti.",
    ("h", "Kopvērtējums"),
    "Gan programma, gan eksāmena saturs tagad ir atbalstāmi un virzāmi saskaņošanai bez papildu precizējumiem.",
    "Rūta Liepa",
    "SIA „Liepas mēbeles”, valdes locekle",
], rows=[("mēbeļu galdnieks", MIP, S, "Rūta Liepa", "2026-04-14", 4),
         ("mēbeļu galdnieks", PKE, S, "Rūta Liepa", "2026-04-14", 4)],
   note="History of first review (not supported / corrections) then current Kopvērtējums supported for both; 'uzņēmumi atbalsta' third person; optional suggestion not a condition.")

# ---------------------------------------------------------------- 04
build("r4a04_Atzinums_kokapstrade_2_kvalifikacijas_Vitols.docx", "Armands Vītols", (2026, 3, 20, 8, 30), [
    "Armands Vītols",
    "Kokapstrādes nozares eksperts, SIA „Vītola zāģētava”",
    "2026. gada 20. marts",
    ("t", "Atzinums par divu kvalifikāciju MIP un PKE saturu"),
    ("h", "I. Kokapstrādes iekārtu operators"),
    "Modulārā programma ir labi sabalansēta, moduļi par zāģēšanas un ēvelēšanas iekārtām atbilst tam, ko ražotnēs reāli dara operators. Darba drošības prasības iestrādātas katrā modulī, kas ir ļoti pareizi. Programmu atbalstu un iesaku virzīt saskaņošanai.",
    "Eksāmena saturā praktiskajā daļā jānorāda konkrēti tehnoloģiskie parametri (materiāla mitrums, pielaides), pašlaik uzdevums ir pārāk vispārīgs. Eksāmens ir atbalstāms, bet virzīt saskaņošanai to var tikai pēc šo precizējumu izdarīšanas.",
    ("h", "II. Datorizētu kokapstrādes iekārtu operators"),
    "Šeit situācija ir sliktāka. Programmā gandrīz pilnībā pārkopēti moduļi no kokapstrādes iekārtu operatora programmas, tāpat kā kokapstrādes iekārtu operators programmā arī šeit nav neviena moduļa par CAD/CAM programmatūru un CNC apstrādes centru programmēšanu, kas ir šīs kvalifikācijas būtība. LKI 4. līmenim atbilstoši rezultāti nav sasniegti.",
    "Tāpēc šādu modulāro programmu neatbalstu; tā jāpārstrādā un jāiesniedz atkārtotai ekspertīzei.",
    "Eksāmena saturs, atšķirībā no programmas, ir veidots pareizi — uzdevums paredz izstrādājuma programmēšanu un izgatavošanu CNC centrā. Jāizlabo vērtēšanas lapa (kopsumma nesakrīt ar daļu summu) un jānorāda izmantojamā programmatūra. Pēc šiem labojumiem to var virzīt saskaņošanai.",
], rows=[("kokapstrādes iekārtu operators", MIP, S, "Armands Vītols", "2026-03-20", 3),
         ("kokapstrādes iekārtu operators", PKE, NC, "Armands Vītols", "2026-03-20", 3),
         ("datorizētu kokapstrādes iekārtu operators", MIP, NS, "Armands Vītols", "2026-03-20", 4),
         ("datorizētu kokapstrādes iekārtu operators", PKE, NC, "Armands Vītols", "2026-03-20", 4)],
   note="Letterhead name+role+date as first lines; two sections I./II.; mention of the other qualification inside section II is not a new section; PKE of II 'pēc šiem labojumiem var virzīt' = needs_corrections (supportable implied by 'veidots pareizi').")

# ---------------------------------------------------------------- 05
build("r4a05_RE VGK sistemu tehnikis atzinums.docx", "Dace Kļaviņa", (2026, 3, 3, 10, 14), [
    "No: Dace Kļaviņa <dace.klavina@klimatserviss.lv>",
    "Nosūtīts: otrdiena, 2026. gada 3. marts 10:14",
    "Kam: LDDK projekta koordinatore",
    "Tēma: VGK sistēmu tehniķis – atzinums",
    "Labdien!",
    "Izskatīju abus dokumentus par VGK sistēmu tehniķa kvalifikāciju. Programma ir sagatavota kvalitatīvi, aukstumaģentu un F-gāzu regulējums ir ņemts vērā, siltumsūkņu tēma ir iekļauta. Programmai iebildumu nav, iesaku to virzīt saskaņošanai tādu, kāda tā ir.",
    "Ar eksāmenu gan sliktāk – praktiskais uzdevums ir par vienas telpas nosūces ventilatora nomaiņu, tas ir atslēdznieka, ne tehniķa līmenis, un sistēmas regulēšana netiek pārbaudīta vispār. Tādu eksāmena saturu nevaru atbalstīt, tas jāpārtaisa.",
    "Paldies darba grupai!",
    "Dace Kļaviņa",
], rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", MIP, S, "Dace Kļaviņa", "2026-03-03", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", PKE, NS, "Dace Kļaviņa", "2026-03-03", 4)],
   note="Short e-mail; alias 'VGK sistēmu tehniķa' (genitive); 'abus dokumentus' only says both were read; MIP 'iebildumu nav, iesaku virzīt' = supported; PKE 'nevaru atbalstīt' = not_supported; date = sent date.")

# ---------------------------------------------------------------- 06
build("r4a06_Mehatronika_MIP_PKE_ekspertize_Priede.docx", "User", (2026, 3, 12, 16, 0), [
    ("t", "Mehatronisko sistēmu tehniķa MIP un PKE satura ekspertīze"),
    "Programmas titullapā norādīts PKL 3. līmenis; saskaņā ar jauno ietvarstruktūru tas atbilst LKI 4. līmenim.",
    "Esmu metālapstrādes un mehatronikas skolotājs ar 20 gadu stāžu, un šo programmu vērtēju gan no mācību, gan no uzņēmumu viedokļa.",
    ("h", "Moduļi"),
    "Modulis „Pneimatika un hidraulika” ir izcils, ar labi izvēlētiem praktiskajiem darbiem. Modulī „Programmējamie loģiskie kontrolieri” minēta tikai viena ražotāja vide; jāiekļauj vismaz IEC 61131-3 valodas vispārīgi. Modulī „Robotu tehnika” nav paredzēts darbs ar kolaboratīvajiem robotiem un drošības zonām. Kredītpunktu summa 1. kursā nesakrīt ar kopsavilkuma tabulu (62 pret 60).",
    ("h", "Eksāmens"),
    "Eksāmena praktiskais uzdevums ir tikai elektropneimatiskas shēmas salikšana – tas ir LKI 3. līmeņa uzdevums, nevis tehniķa. Nav ne kontroliera programmēšanas, ne kļūmju diagnostikas. Teorijas daļa sastāv no 20 jautājumiem, no kuriem puse ir par darba aizsardzību. Vērtēšanas kritēriji neļauj atšķirt 6 no 9 ballēm.",
    ("h", "Secinājumi"),
    "Programmai jāveic šādi labojumi: 1) jāpapildina PLC modulis; 2) robotu modulī jāiekļauj kolaboratīvie roboti; 3) jāizlabo kredītpunktu aprēķins. Pēc tam programmas saturs ir atbalstāms un virzāms saskaņošanai.",
    "Eksāmena saturs pašreizējā veidā nav atbalstāms – tas jāizstrādā no jauna, atbilstoši kvalifikācijas līmenim.",
    "12.03.2026.",
    "Gunārs Priede",
], rows=[("mehatronisko sistēmu tehniķis", MIP, NC, "Gunārs Priede", "2026-03-12", 4),
         ("mehatronisko sistēmu tehniķis", PKE, NS, "Gunārs Priede", "2026-03-12", 4)],
   note="PKL 3 stated -> LKI 4; list of required fixes then 'Pēc tam ... atbalstāms' = needs_corrections; PKE not supported; neutral author.")

# ---------------------------------------------------------------- 07
build("r4a07_Elektromontieris_atzinums_galigais.docx", "Lietotājs", (2026, 3, 27, 12, 0), [
    ("t", "ATZINUMS"),
    "par profesionālās kvalifikācijas „Elektromontieris” modulārās izglītības programmas un kvalifikācijas eksāmena saturu",
    "Datums: 27.03.2026.",
    "Programma iesniegta otrajā redakcijā. Pirmo redakciju vērtēju janvārī.",
    "Modulārajā programmā ir uzlabota elektromontāžas darbu secība, iekļauti zemējuma mērījumi. Tomēr paliek jautājums par kabeļu līniju montāžas moduli, kur nav paredzēta prakse ar vidsprieguma kabeļu uzmavām. Eksāmena saturs ir samērīgs un praktiski izpildāms.",
    ("h", "Slēdziens"),
    "1. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
    "2. PKE saturs ir atbalstāms un virzāms saskaņošanai.",
    "3. MIP saturs šajā redakcijā nav atbalstāms, kabeļu līniju modulis jāpārstrādā.",
    "Eksperts Pēteris Sils",
], rows=[("elektromontieris", MIP, U, "Pēteris Sils", "2026-03-27", 3),
         ("elektromontieris", PKE, S, "Pēteris Sils", "2026-03-27", 3)],
   problems=["conflict"],
   note="Conclusion itself contains two contradictory MIP verdicts (items 1 and 3, same section, same weight) -> MIP unknown + conflict; PKE supported. Level from register (title names no level).")

# ---------------------------------------------------------------- 08
build("r4a08_Buvizstradajumu galdnieks - piezimes.docx", "Oskars Jansons", (2026, 3, 18, 9, 0), [
    "Būvizstrādājumu galdnieks – piezīmes par MIP un PKE",
    "18.03.2026",
    "Pārskatīju programmu un eksāmena saturu. Daži novērojumi pirms tikšanās ar darba grupu:",
    "– logu un durvju izgatavošanas modulī trūkst energoefektīvu bloku (trīskāršu stikla pakešu) montāžas;",
    "– kāpņu izgatavošanai paredzēti tikai 2 kredītpunkti, tas ir maz;",
    "– eksāmena praktiskajā daļā nav skaidrs, vai izstrādājumu drīkst izgatavot no iepriekš sagatavotām detaļām;",
    "– teorijas jautājumos jāatjauno atsauces uz LBN.",
    "Lai izvērtētu, vai saturs ir atbalstāms kopumā, man jāsaprot, kā skola plāno organizēt praktiskās mācības uzņēmumos. Galīgo slēdzienu sniegšu pēc 25. marta tikšanās.",
    "O. Jansons",
], rows=[("būvizstrādājumu galdnieks", MIP, U, "O. Jansons", "2026-03-18", 4),
         ("būvizstrādājumu galdnieks", PKE, U, "O. Jansons", "2026-03-18", 4)],
   problems=["no_verdict"],
   note="Observations only, verdict deferred; purpose sentence 'izvērtētu, vai ... atbalstāms' is no verdict -> both unknown; one no_verdict problem row for the file; expert initial+surname as written.")

# ---------------------------------------------------------------- 09
build("r4a09_Atzinums_Kokmaterialu_zavesanas_operators.docx", "Lietotājs", (2026, 2, 24, 15, 0), [
    ("t", "Ekspertīzes atzinums"),
    "Kvalifikācija: kokmateriālu žāvēšanas operators (LKI 3. līmenis)",
    "Šī ir jauna kvalifikācija, kuru darba grupa izstrādājusi pēc vairāku zāģētavu pieprasījuma. Pati ideja ir ļoti atbalstāma, žāvēšanas kameru operatoru trūkst visā Latgalē un Vidzemē.",
    "Programmā jāprecizē mitruma mērīšanas metodes (pašlaik minēta tikai svēršanas metode) un jāpievieno modulis par žāvēšanas režīmu izvēli dažādām koku sugām. Eksāmena uzdevumā jānorāda, kāda kamera (konvekcijas vai vakuuma) tiks izmantota, un jāsalāgo vērtēšanas punkti.",
    ("h", "Rezumējot"),
    "Abi dokumenti ir atbalstāmi, taču saskaņošanai tos var virzīt tikai tad, kad būs izdarīti augstāk minētie precizējumi.",
    "Rēzeknē, 24.02.2026.",
    "Ar cieņu,",
    "Valērija Stepanova",
], rows=[("kokmateriālu žāvēšanas operators", MIP, NC, "Valērija Stepanova", "2026-02-24", 3),
         ("kokmateriālu žāvēšanas operators", PKE, NC, "Valērija Stepanova", "2026-02-24", 3)],
   problems=["unknown_qualification"],
   note="Qualification not in register, level stated 3; 'ideja ir ļoti atbalstāma' about the idea, not the documents; 'abi dokumenti ... tikai tad, kad būs izdarīti precizējumi' = needs_corrections.")

# ---------------------------------------------------------------- 10
build("r4a10_motorzaga operators MIP vertejums.docx", "User", (2026, 3, 13, 18, 0), [
    "MOTORZAGA OPERATORS - MIP vertejums",
    "13 marts 2026",
    "Sis atzinums attiecas tikai uz programmu, eksamena saturu vertes kolegis no Meza nozares biedribas.",
    "Programma ir praktiska un tuvu realajam darbam mezaa. Moduli par kokusugu atpazisanu, motorzaga apkopi un kocu gasanu ir izstraadati loti labi, ir ari individualie aizsardzibas lidzekli un pirma palidziba. Mazliet pietrukst par krumgriezi, bet tas ir cits standarts.",
    "Kopuma vertejums pozitivs - programmu atbalstu, labojumi nav vajadzigi, var virzit saskanosanai.",
    "Valdis Zarins",
], rows=[("motorzāģa operators", MIP, S, "Valdis Zarins", "2026-03-13", 3)],
   note="No diacritics, all-caps title; MIP only ('attiecas tikai uz programmu'), PKE evaluated by colleague -> no row; date '13 marts 2026'.")

# ---------------------------------------------------------------- 11
build("r4a11_Mezsaimniecibas tehnikis_ekspertize_Kalnina.docx", "Inese Kalniņa", (2026, 4, 2, 13, 0), [
    ("t", "Mežsaimniecības tehniķa kvalifikācijas MIP un PKE ekspertīze"),
    "Ceturtdien, 2. aprīlī",
    "Projekta 5. posma sākumā saņēmu atkārtoti abus dokumentus. Jāatzīst, ka no tiem desmit punktiem, ko norādīju iepriekš, izpildīti tikai divi.",
    "Programmā joprojām nav meža inventarizācijas ar tālizpētes datiem, ĢIS moduļa rezultāti ir formulēti kā zināšanas, nevis prasmes, un meža atjaunošanas modulis neatbilst spēkā esošajiem Meža likuma grozījumiem. Metodiskais atbalsts skolotājiem, ko darba grupa solīja, arī nav redzams.",
    "Eksāmena saturā mežaudžu taksācijas uzdevums balstīts uz 2015. gada instrukciju. Vērtēšanas kritēriji nav saistīti ar kvalifikācijas prasībām.",
    ("h", "Kopsavilkums"),
    "Modulārā programma šādā izskatā nav man pieņemama un nav šobrīd pilnībā atbalstāma. Arī eksāmena saturu neatbalstu. Abi dokumenti jāpārstrādā un jāiesniedz atkārtoti.",
    "Inese Kalniņa, nozares eksperte",
    "Valsts meža dienesta pensionēta virsmežziņe, 2026. gads",
], rows=[("mežsaimniecības tehniķis", MIP, NS, "Inese Kalniņa", "2026-04-02", 4),
         ("mežsaimniecības tehniķis", PKE, NS, "Inese Kalniņa", "2026-04-02", 4)],
   note="Date as weekday + day + month, year from closing line/context (2026); 'nav šobrīd pilnībā atbalstāma' negation with words between; 'Metodiskais atbalsts' noun.")

# ---------------------------------------------------------------- 12
build("r4a12_KIRT_MIP_PKE.docx", "Roberts Kalējs", (2026, 3, 25, 10, 0), [
    ("t", "Koka izstrādājumu ražošanas tehniķis"),
    "Datums: 2026-03-25",
    "Izskatīti: modulārā izglītības programma un profesionālās kvalifikācijas eksāmena saturs.",
    "Programmā ražošanas plānošanas un kvalitātes vadības moduļi ir stipri, bet modulim „Ražošanas izmaksu aprēķins” nav praktisko darbu, tikai teorija. Tāpat jāpapildina sadaļa par ražošanas digitalizāciju (ERP sistēmas), kas tehniķim ir ikdiena.",
    "Tādēļ programmu varu atbalstīt tikai ar nosacījumu, ka pirms virzīšanas saskaņošanai minētie papildinājumi tiks iestrādāti.",
    "Eksāmena saturs atbilst kvalifikācijai. Saturu atbalstu, to var virzīt saskaņošanai.",
], rows=[("koka izstrādājumu ražošanas tehniķis", MIP, NC, "Roberts Kalējs", "2026-03-25", 4),
         ("koka izstrādājumu ražošanas tehniķis", PKE, S, "Roberts Kalējs", "2026-03-25", 4)],
   note="No signature in text; author property is the expert's own name -> expert label from author; no conclusion heading.")

# ---------------------------------------------------------------- 13
build("r4a13_Energetika_elektromontieris_elektrotehnikis_Berzins.docx", "Lietotājs", (2026, 2, 18, 17, 0), [
    ("t", "Nozares eksperta atzinums"),
    "Valmierā, 2026. gada 18. februārī",
    "Atzinumā vērtētas divas enerģētikas nozares kvalifikācijas. Darba grupām ir sniegts metodiskais atbalsts no VISC puses, un tas dokumentos ir jūtams.",
    ("h", "Profesionālā kvalifikācija: Elektromontieris"),
    "Modulārā programma diemžēl nav izstrādāta atbilstoši kvalifikācijas prasībām: trūkst gaisvadu līniju montāžas moduļa, darbs augstumā minēts tikai vienā teikumā, bet elektroietaišu pārbaudes ir aprakstītas tā, it kā tās veiktu tehniķis. Tādu programmu atbalstīt nevaru.",
    "Eksāmena saturs turpretī ir labs, praktiskais uzdevums (sadales skapja montāža un pārbaude) ir tieši tāds, kāds vajadzīgs. Eksāmena saturs ir atbalstāms un var tikt virzīts saskaņošanai.",
    ("h", "Profesionālā kvalifikācija: Elektrotehniķis"),
    "Programma ir pārdomāta, iekļauti atjaunīgie energoresursi un viedie skaitītāji. Atbalstāma un virzāma saskaņošanai bez precizējumiem.",
    "Eksāmenā jāpārskata teorijas jautājumu proporcija (pārāk daudz par elektromontiera līmeņa tēmām) un jāizlabo 3. praktiskā uzdevuma shēma, kur sajaukti aizsargvadītāja apzīmējumi. Pēc šo precizējumu izdarīšanas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
    "Mg.sc.ing. Kristaps Bērziņš",
    "AS „Vidzemes elektrotīkli”",
], rows=[("elektromontieris", MIP, NS, "Kristaps Bērziņš", "2026-02-18", 3),
         ("elektromontieris", PKE, S, "Kristaps Bērziņš", "2026-02-18", 3),
         ("elektrotehniķis", MIP, S, "Kristaps Bērziņš", "2026-02-18", 4),
         ("elektrotehniķis", PKE, NC, "Kristaps Bērziņš", "2026-02-18", 4)],
   note="Two sections 'Profesionālā kvalifikācija: X'; place-and-date line at top; 'metodiskais atbalsts' noun; 'elektromontiera līmeņa tēmām' inside elektrotehniķis section is not a new section; 'bez precizējumiem' = supported.")

# ---------------------------------------------------------------- 14
build("r4a14_VGK_iekartu_remontatslednieks_atzinums.docx", "Lietotājs", (2026, 2, 27, 11, 0), [
    ("t", "EKSPERTĪZES ATZINUMS"),
    "VENTILĀCIJAS UN GAISA KONDICIONĒŠANAS IEKĀRTU REMONTATSLĒDZNIEKS",
    "LKI 3. līmenis",
    "Programmā un eksāmena saturā kopumā ir ietvertas tās prasmes, kas nepieciešamas remontatslēdzniekam: gaisa vadu montāža, ventilatoru un filtru apkope, vienkāršu automātikas bloku nomaiņa. Tomēr ir vairākas neprecizitātes.",
    "Programmā ir dublēti mācību rezultāti moduļos „Gaisa apstrādes iekārtas” un „Ventilācijas sistēmu apkope”, bet darbs ar aukstumaģentiem vispār nav pieminēts, lai gan remontatslēdzniekam ir jāzina vismaz drošības prasības. Programma ir atbalstāma; virzāma saskaņošanai, kad būs novērstas minētās neprecizitātes.",
    "Eksāmena saturu var atbalstīt, taču pirms saskaņošanas jāizlabo praktiskā uzdevuma apraksts (nav norādīts iekārtas tips) un jāpapildina darba aizsardzības vērtēšanas kritēriji.",
    "27.02.2026.",
    "Eksperte ______________ Laura Sproģe",
], rows=[("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", MIP, NC, "Laura Sproģe", "2026-02-27", 3),
         ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", PKE, NC, "Laura Sproģe", "2026-02-27", 3)],
   note="Qualification in all caps; conditions in the same sentence for both; 'Eksperte ____ Name' signature.")

# ---------------------------------------------------------------- 15
build("r4a15_Meza_masinu_operators_atzinums_Bite.docx", "Raimonds Bite", (2026, 3, 9, 8, 0), [
    ("t", "Atzinums par meža mašīnu operatora MIP un PKE"),
    "2026. gada 9. marts",
    "Saskaņā ar LDDK uzdevumu ekspertam jānorāda, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Zemāk mans vērtējums.",
    "Programmā ļoti labi aprakstīta harvestera un forvardera vadība, simulatoru izmantošana un mašīnu tehniskā apkope. Moduļu secība ir loģiska. Pēc saviem ieskatiem darba grupa vēl varētu pievienot dažus piemērus par darbu kopšanas cirtēs, bet tas ir tikai ieteikums.",
    "Eksāmens veidots reāli izpildāms, ar simulatora daļu un praktisko daļu cirsmā. Ieteikums, nav obligāti: vērtēšanas lapā varētu izcelt degvielas patēriņu kā efektivitātes rādītāju.",
    ("h", "Slēdziens"),
    "Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.",
    "Raimonds Bite",
    "AS „Ziemeļu mežizstrāde”, tehnikas daļas vadītājs",
], rows=[("meža mašīnu operators", MIP, S, "Raimonds Bite", "2026-03-09", 3),
         ("meža mašīnu operators", PKE, S, "Raimonds Bite", "2026-03-09", 3)],
   note="Instruction listing all options is not a verdict; optional suggestions ('pēc saviem ieskatiem', 'ieteikums, nav obligāti') are not conditions -> supported.")

# ---------------------------------------------------------------- 16
build("r4a16_PKE_Mebelu_galdnieks_Krumins.docx", "Lietotājs", (2026, 3, 23, 14, 0), [
    "Atzinums par kvalifikācijas eksāmena saturu",
    "Kvalifikācija: Mēbeļu galdnieks",
    "MIP vērtēja kolēģe no Mēbeļu ražotāju asociācijas, tāpēc par programmu neizsakos.",
    "Eksāmena praktiskais uzdevums – skapīša izgatavošana ar vienu atvilktni – ir pārāk vienkāršs LKI 4. līmenim un neietver ne apdari, ne furnitūras montāžu. Teorijas daļā nav neviena jautājuma par materiālu patēriņa aprēķinu, rasējumu lasīšana pārbaudīta tikai ar vienu jautājumu. Eksāmena norises laiks (12 stundas divās dienās) nav pamatots.",
    "Šajā redakcijā pārbaudījuma saturs nav atbalstāms. To nepieciešams būtiski pārstrādāt un iesniegt atkārtoti.",
    "Ar cieņu",
    "Māris Krūmiņš",
    "23.03.2026",
], rows=[("mēbeļu galdnieks", PKE, NS, "Māris Krūmiņš", "2026-03-23", 4)],
   note="PKE only ('pārbaudījums'); MIP mentioned in passing as reviewed by a colleague -> no row; capitalised qualification.")

# ---------------------------------------------------------------- 17
build("r4a17_Mezs_3_kvalifikacijas_atzinums.docx", "Ilze Bērziņa", (2026, 3, 31, 16, 0), [
    ("t", "Ekspertu atzinums par meža nozares kvalifikāciju saturu"),
    "Eksperts: Ilgvars Sniedze",
    "Datums: 2026. gada 31. martā",
    ("h", "1. Motorzāģa operators"),
    "Programma un eksāmena saturs ir savstarpēji saskanīgi un atbilst profesijas standartam. Programma ir atbalstāma un virzāma saskaņošanai. Arī eksāmena saturs ir atbalstāms, tikai pirms saskaņošanas jāizlabo teorijas testa 12. jautājums (divas pareizas atbildes) un jānorāda motorzāģa jauda praktiskajam uzdevumam.",
    ("h", "2. Meža mašīnu operators"),
    "Programmā jāpapildina modulis par mašīnu hidrauliskās sistēmas apkopi un jāizlabo kredītpunktu tabula. Kad tas būs izdarīts, programmu var virzīt saskaņošanai; kopumā tā ir atbalstāma.",
    "Eksāmena saturu neatbalstu: praktiskā daļa paredz darbu ar tehniku, kuras skolai nav, un nav alternatīvas ar simulatoru. Atšķirībā no motorzāģa operatora eksāmena, šeit arī teorijas tests ir nepilnīgs.",
    ("h", "3. Mežsaimniecības tehniķis"),
    "Programma šajā kārtā netika iesniegta, vērtēju tikai eksāmena saturu. Eksāmens ir labi strukturēts, uzdevumi atbilst tehniķa līmenim. Eksāmena saturs atbalstāms un virzāms saskaņošanai.",
], rows=[("motorzāģa operators", MIP, S, "Ilgvars Sniedze", "2026-03-31", 3),
         ("motorzāģa operators", PKE, NC, "Ilgvars Sniedze", "2026-03-31", 3),
         ("meža mašīnu operators", MIP, NC, "Ilgvars Sniedze", "2026-03-31", 3),
         ("meža mašīnu operators", PKE, NS, "Ilgvars Sniedze", "2026-03-31", 3),
         ("mežsaimniecības tehniķis", PKE, S, "Ilgvars Sniedze", "2026-03-31", 4)],
   note="Three numbered sections; author is the coordinator, expert from 'Eksperts:' line; section 1 PKE 'atbalstāms, tikai pirms saskaņošanas jāizlabo' = needs_corrections; section 3 MIP not submitted (no row); 'motorzāģa operatora eksāmena' mention inside section 2 is not a new section.")

# ---------------------------------------------------------------- 18
build("r4a18_DKIO_ekspertize_Ozolina.docx", "Lietotājs", (2026, 4, 16, 10, 0), [
    ("t", "Datorizētu kokapstrādes iekārtu operators (LKI 4. līmenis)"),
    "Ekspertīzes atzinums",
    ("h", "A daļa. Modulārā programma"),
    "Programma ir mūsdienīga: CNC apstrādes centru programmēšana, 3D modelēšana, instrumentu izvēle un apkope. Praktisko mācību uzņēmumā apjoms ir pietiekams. Vērtēju pozitīvi, programmu iesaku virzīt saskaņošanai bez izmaiņām.",
    ("h", "B daļa. Pārbaudījums"),
    "Pārbaudījuma praktiskajā daļā jāprecizē, kādā formātā eksaminējamais saņem rasējumu un vai drīkst izmantot gatavas CAM sagataves. Vērtēšanas lapā pietrūkst kritērija par materiāla izmantošanas efektivitāti.",
    "Saturu var atbalstīt ar precizējumiem – pēc tam, kad augstāk minētais būs izlabots, to var virzīt saskaņošanai.",
    "16.04.2026",
    "Agnese Ozoliņa",
    "SIA „Baltic Panels”, ražošanas tehnoloģe",
], rows=[("datorizētu kokapstrādes iekārtu operators", MIP, S, "Agnese Ozoliņa", "2026-04-16", 4),
         ("datorizētu kokapstrādes iekārtu operators", PKE, NC, "Agnese Ozoliņa", "2026-04-16", 4)],
   note="Documents only by section headings 'A daļa. Modulārā programma' / 'B daļa. Pārbaudījums'; 'vērtēju pozitīvi' = supported; PKE with precizējumi.")

# ---------------------------------------------------------------- 19
build("r4a19_Re_Elektrotehnikis_atkartoti.docx", "P. Kalniņš", (2026, 4, 20, 9, 45), [
    "Nosūtīts: 2026-04-20 09:45",
    "Tēma: Re: Elektrotehniķis – labotā redakcija",
    "Sveiki,",
    "paldies par labotajiem failiem. Toreiz, martā, MIP atbalstīju ar nosacījumu, ka tiks papildināts relejaizsardzības modulis, un eksāmenā prasīju precizēt vērtēšanu. Abas lietas ir izdarītas.",
    "Tagad gan programmu, gan eksāmena saturu atbalstu bez precizējumiem, var virzīt saskaņošanai.",
    "P. Kalniņš",
], rows=[("elektrotehniķis", MIP, S, "P. Kalniņš", "2026-04-20", 4),
         ("elektrotehniķis", PKE, S, "P. Kalniņš", "2026-04-20", 4)],
   note="Short e-mail; history 'Toreiz ... atbalstīju ar nosacījumu' then current supported 'bez precizējumiem'; expert as initial + surname; date = sent date.")

# ---------------------------------------------------------------- 20
build("r4a20_Mehatronisko sistemu tehnikis_MIP_PKE_Liepina.docx", "User", (2026, 3, 6, 15, 30), [
    "Sandra Liepiņa",
    "SIA „Metālu serviss”, automatizācijas inženiere",
    "2026",
    ("t", "Mehatronisko sistēmu tehniķis: MIP un PKE"),
    "Piektdien, 6. martā, kopā ar kolēģiem izskatījām iesniegtos materiālus.",
    "Modulārā programma ir veidota pēc vecā parauga: tajā ir daudz vispārizglītojošu tēmu, bet mehatronikas moduļi (sensori, izpildmehānismi, PLC) aizņem mazāk par trešdaļu. Uzņēmumiem šādi sagatavoti tehniķi nav vajadzīgi. Programmu neatbalstu.",
    "Kvalifikācijas eksāmens pēc būtības pārbauda tikai teorētiskās zināšanas, praktiskā daļa ir 45 minūtes gara. Eksāmena saturs pašreizējā redakcijā diemžēl nav ne atbalstāms, ne virzāms saskaņošanai.",
    "Iesaku darba grupai sazināties ar nozares uzņēmumiem; daudzi no tiem ir gatavi sniegt atbalstu, piemēram, nodrošināt prakses vietas un iekārtas eksāmenam.",
], rows=[("mehatronisko sistēmu tehniķis", MIP, NS, "Sandra Liepiņa", "2026-03-06", 4),
         ("mehatronisko sistēmu tehniķis", PKE, NS, "Sandra Liepiņa", "2026-03-06", 4)],
   note="Letterhead name at top (no signature at end); date weekday+day+month, year from letterhead line '2026'; 'nav ne atbalstāms' negation; 'sniegt atbalstu' noun.")

# ---------------------------------------------------------------- 21
build("r4a21_Buvizstradajumu_galdnieks_Jansons_galigais.docx", "User", (2026, 3, 26, 12, 0), [
    ("t", "Būvizstrādājumu galdnieka kvalifikācijas MIP un PKE satura ekspertīzes atzinums"),
    "Pēc tikšanās ar darba grupu 25. martā skola precizēja praktisko mācību organizāciju, un tagad varu sniegt galīgo vērtējumu.",
    "Par programmu: logu un durvju modulis papildināts ar energoefektīvu bloku izgatavošanu, kāpņu modulim palielināts apjoms. Pret programmas virzīšanu saskaņošanai neiebilstu.",
    "Par eksāmenu: saturs kopumā ir atbalstāms. Tomēr pirms virzīšanas saskaņošanai obligāti jāprecizē, ka izstrādājums tiek izgatavots no neapstrādātiem kokmateriāliem, un jāatjauno teorijas jautājumi atbilstoši LBN.",
    "2026. gada 26. martā",
    "Oskars Jansons",
], rows=[("būvizstrādājumu galdnieks", MIP, S, "Oskars Jansons", "2026-03-26", 4),
         ("būvizstrādājumu galdnieks", PKE, NC, "Oskars Jansons", "2026-03-26", 4)],
   note="Follow-up to r4a08; 'neiebilstu' = supported; PKE condition in the next sentence -> needs_corrections; earlier meeting date is not the review date.")

# ---------------------------------------------------------------- 22
build("r4a22_Kokapstrades iekartu operators - ekspertize (Vanaga).docx", "Elīna Vanaga", (2026, 3, 24, 17, 0), [
    ("t", "Kokapstrādes iekārtu operatora MIP un PKE ekspertīze"),
    "Jelgavā, 2026. gada 24. martā",
    "Ievads",
    "Ekspertīzei saņēmu modulāro izglītības programmu (versija 2026-02-10) un kvalifikācijas eksāmena saturu. Programmu vērtēju, ņemot vērā gan profesijas standartu, gan to, ko mūsu ražotnē ikdienā dara operatori pie zāģēšanas līnijām, ēveļmašīnām un šķēldošanas iekārtām.",
    ("h", "Programmas moduļi"),
    "Atsevišķi moduļi, piemēram, „Darba drošība kokapstrādē” un „Materiālu mācība”, paši par sevi ir atbalstāmi un labi uzrakstīti. Taču programmā kopumā nav moduļa par iekārtu iestatīšanu un instrumentu maiņu, kas ir operatora galvenais darbs. Mācību rezultāti daudzviet formulēti kā „iepazīstas ar…”, kas neatbilst LKI 3. līmeņa prasībām par patstāvīgu darbu. Praktisko mācību apjoms uzņēmumā ir tikai 240 stundas.",
    "Moduļu aprakstos ir kopēti teksta fragmenti no mēbeļu galdnieka programmas, tostarp par finierēšanu, kas operatoram nav raksturīgs darbs.",
    ("h", "Eksāmena saturs"),
    "Eksāmena praktiskajā uzdevumā operatoram jāizgatavo gatavs izstrādājums, t. i., pārbauda galdnieka, nevis operatora prasmes. Nav paredzēta iekārtas sagatavošana darbam, nav kvalitātes kontroles. Teorijas daļas 40 jautājumi daļēji atkārtojas.",
    ("h", "Rezumējot"),
    "Neskatoties uz dažiem labiem moduļiem, abus dokumentus pašreizējā redakcijā neatbalstu. Tie jāpārstrādā pēc būtības, nevis jāpielabo, un pēc tam jāiesniedz atkārtotai ekspertīzei.",
    "Elīna Vanaga",
    "SIA „Zemgales koks”, ražošanas vadītāja",
], rows=[("kokapstrādes iekārtu operators", MIP, NS, "Elīna Vanaga", "2026-03-24", 3),
         ("kokapstrādes iekārtu operators", PKE, NS, "Elīna Vanaga", "2026-03-24", 3)],
   note="Longer prose; passing remark 'atsevišķi moduļi ... atbalstāmi' outranked by 'Rezumējot' (not a conflict); 'Neskatoties' not a negation; programme version date is not the review date; mēbeļu galdnieka mention not a section.")

# ---------------------------------------------------------------- 23
build("r4a23_Atzinums_ventilacijas_sistemu_tehnikis_Dreimanis.docx", "Lietotājs", (2026, 3, 30, 13, 0), [
    ("t", "Atzinums"),
    "par ventilācijas un gaisa kondicionēšanas sistēmu tehniķa kvalifikācijas modulārās izglītības programmas un eksāmena saturu",
    "Datums: 2026-03-30",
    "Programmā ir iekļautas visas būtiskās tēmas — sistēmu projektēšanas pamati, regulēšana, energoefektivitāte, ēku automatizācijas sistēmas. Tomēr modulī „Sistēmu nodošana ekspluatācijā” nav iekļauta gaisa plūsmu mērīšana un protokolēšana, bet 3. modulī mācību rezultāti neatbilst vērtēšanas kritērijiem. Šīs lietas jāizlabo obligāti.",
    "Tāpēc programmu atbalstu ar nosacījumu, ka saskaņošanai tā tiks virzīta tikai pēc šo labojumu veikšanas.",
    "Eksāmena saturs ir līdzsvarots un labi sasaistīts ar programmu. Šo dokumentu vērtēju kā atbalstāmu un virzāmu saskaņošanai.",
    "Ģirts Dreimanis",
    "Sertificēts ēku inženiersistēmu būvinženieris",
], rows=[("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", MIP, NC, "Ģirts Dreimanis", "2026-03-30", 4),
         ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", PKE, S, "Ģirts Dreimanis", "2026-03-30", 4)],
   note="Full qualification name in genitive; conditional support in the next sentence; ISO date; role line below name not part of expert.")

# ---------------------------------------------------------------- 24
build("r4a24_Metalapstrades darbgaldu operators MIP atzinums.docx", "Lietotājs", (2026, 3, 5, 10, 0), [
    ("t", "Atzinums par modulāro izglītības programmu"),
    "Profesionālā kvalifikācija: metālapstrādes darbgaldu operators",
    "Nozare: mašīnbūve un metālapstrāde",
    "Eksāmena saturs man netika nosūtīts, tāpēc šis atzinums ir tikai par programmu.",
    "Programmā virpošanas un frēzēšanas moduļi balstīti uz universālajiem darbgaldiem; CNC darbgaldi minēti tikai vienā izvēles modulī. Mūsu nozarē universālās iekārtas ražošanā gandrīz vairs neizmanto. Mērinstrumentu un pielaižu sadaļa ir nepilnīga, nav neviena vārda par kvalitātes kontroli ar koordinātu mērmašīnām.",
    "Ņemot vērā iepriekš minēto, programma nav virzāma saskaņošanai un šobrīd nav atbalstāma. Tai nepieciešama pamatīga pārstrāde.",
    "05.03.2026.",
    "Normunds Pētersons, metālapstrādes skolotājs",
], rows=[("metālapstrādes darbgaldu operators", MIP, NS, "Normunds Pētersons", "2026-03-05", "")],
   problems=["unknown_qualification"],
   note="Qualification not in register and no level stated -> lki empty + unknown_qualification; MIP only (PKE not sent).")

# ---------------------------------------------------------------- 25
build("r4a25_Kurzemes_Energija_atzinums_Celms.docx", "Aivars Celms", (2026, 2, 26, 9, 0), [
    ("t", "EKSPERTĪZES ATZINUMS"),
    "Liepājā, 26.02.2026.",
    ("h", "PKP „Elektromontieris”"),
    "Programma ir atbalstāma, bet moduļos par kabeļu līnijām un apgaismojuma tīkliem jāizlabo drošības prasību atsauces un jāsaskaņo kredītpunkti ar kopējo plānu. Virzāma saskaņošanai pēc šiem labojumiem.",
    "Eksāmena saturs atbalstāms ar precizējumiem: jāprecizē praktiskā uzdevuma izpildes laiks un vērtēšanas lapa, kur daži kritēriji dublējas.",
    ("h", "PKP „VGK iekārtu remontatslēdznieks”"),
    "Modulārajai programmai iebildumu nav — atbalstu, virzāma saskaņošanai.",
    "Eksāmena saturs neatbilst programmai: eksāmenā prasīta aukstumaģentu uzpildīšana, ko programma neparedz un kam vajadzīgs F-gāzu sertifikāts. Šādā redakcijā eksāmena saturu neatbalstu.",
    "Ar cieņu,",
    "Aivars Celms",
    "SIA „Kurzemes Enerģija”, galvenais inženieris",
], rows=[("elektromontieris", MIP, NC, "Aivars Celms", "2026-02-26", 3),
         ("elektromontieris", PKE, NC, "Aivars Celms", "2026-02-26", 3),
         ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", MIP, S, "Aivars Celms", "2026-02-26", 3),
         ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", PKE, NS, "Aivars Celms", "2026-02-26", 3)],
   note="Headings 'PKP „X”' incl. the alias 'VGK iekārtu remontatslēdznieks'; place+date line 'Liepājā, 26.02.2026.'; 'iebildumu nav — atbalstu' = supported.")

# ---------------------------------------------------------------- 26
build("r4a26_meza masinu operators_Auzina.docx", "Lietotājs", (2026, 3, 4, 12, 0), [
    "Meža mašīnu operators — MIP un PKE",
    "Zane Auziņa, meža nozares eksperte",
    "2026. gada 4. martā",
    "Modulārā programma: pārdomāta, ar labu līdzsvaru starp simulatoru un reālu tehniku, iekļauta arī vides prasību ievērošana cirsmās. Programmu atbalstu un uzskatu, ka to var virzīt saskaņošanai.",
    "Eksāmena saturs: šeit man ir vairāki jautājumi, ko gribētu vispirms pārrunāt ar darba grupu – kā tiks nodrošināta eksāmena cirsma, vai harvestera uzdevumu var kārtot uz simulatora un kā vērtēs degvielas patēriņu. Pēc sarunas nosūtīšu papildinājumu.",
], rows=[("meža mašīnu operators", MIP, S, "Zane Auziņa", "2026-03-04", 3),
         ("meža mašīnu operators", PKE, U, "Zane Auziņa", "2026-03-04", 3)],
   problems=["no_verdict"],
   note="MIP supported; PKE reviewed but verdict deferred -> unknown + no_verdict.")

# ---------------------------------------------------------------- 27
build("r4a27_Mehatronika_atzinums_Lapins.docx", "Lietotājs", (2026, 3, 17, 11, 0), [
    ("t", "Mehatronisko sistēmu tehniķa MIP un PKE atzinums"),
    "Datums: 17. marts 2026",
    "Pārbaudot programmu, salīdzināju to ar mūsu uzņēmuma tehniķu amata aprakstiem. Programma sedz visas galvenās jomas: mehānika, elektronika, pneimatika, PLC programmēšana, robotika, tehniskā diagnostika. Praktiskie darbi ir reāli.",
    "Eksāmena saturs ir kompleksa uzdevuma veidā: stenda montāža, programmēšana un kļūmju novēršana. Tas labi atspoguļo tehniķa darbu.",
    "Iepriekšējā atzinumā norādītie labojumi (mērvienības, kļūdas formulās) ir veikti.",
    "Slēdziens: pozitīvs. Abi dokumenti virzāmi saskaņošanai.",
    "Dr.sc.ing. Viktors Lapiņš",
], rows=[("mehatronisko sistēmu tehniķis", MIP, S, "Viktors Lapiņš", "2026-03-17", 4),
         ("mehatronisko sistēmu tehniķis", PKE, S, "Viktors Lapiņš", "2026-03-17", 4)],
   note="'Slēdziens: pozitīvs'; corrections already made are no condition; title Dr.sc.ing. dropped; date '17. marts 2026'.")

# ---------------------------------------------------------------- 28
build("r4a28_KIRT_atzinums.docx", "Ilze Bērziņa", (2026, 3, 19, 14, 0), [
    "LDDK projekta koordinatorei Ilzei Bērziņai",
    ("t", "Atzinums par koka izstrādājumu ražošanas tehniķa kvalifikācijas dokumentiem"),
    "Datums: 19.03.2026",
    "Izskatīju modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu.",
    "Programmā nav pietiekami atspoguļota ražošanas procesu vadība un darbs ar ražošanas datiem, moduļi vairāk atgādina galdnieka, nevis tehniķa sagatavošanu. Eksāmenā tehniķim jāizgatavo taburete, kas neko nepasaka par viņa spēju plānot un organizēt ražošanu.",
    "Līdz ar to ne programma, ne eksāmena saturs šobrīd nav atbalstāmi. Ieteiktu darba grupai iepazīties ar kāda lielāka kokapstrādes uzņēmuma ražošanas plānošanas praksi un dokumentus pārstrādāt.",
], rows=[("koka izstrādājumu ražošanas tehniķis", MIP, NS, "", "2026-03-19", 4),
         ("koka izstrādājumu ražošanas tehniķis", PKE, NS, "", "2026-03-19", 4)],
   note="No signature; author property is the coordinator, named in the text as addressee -> expert empty; 'ne ... ne ... nav atbalstāmi' = not_supported for both.")

# ---------------------------------------------------------------- 29
build("r4a29_RE RE Mebelu galdnieks PKE labojumi.docx", "Kārlis Dzenis", (2026, 4, 8, 16, 20), [
    "No: Kārlis Dzenis",
    "Nosūtīts: trešdiena, 2026. gada 8. aprīlis 16:20",
    "Tēma: RE: RE: Mēbeļu galdnieks – labotā redakcija",
    "Labdien,",
    "paskatījos jauno redakciju. Programma tagad ir kārtībā, atbalstu to un piekrītu virzīšanai saskaņošanai.",
    "Eksāmena saturā lielākā daļa manu iebildumu ir ņemta vērā, bet vērtēšanas lapā joprojām 2. un 5. kritērijs dublējas. Kopumā eksāmenu var atbalstīt, tomēr pirms saskaņošanas šī dublēšanās jānovērš.",
    "Kārlis",
    "-----Original Message-----",
    "No: Kārlis Dzenis",
    "Nosūtīts: 2026. gada 12. martā 11:02",
    "Tēma: RE: Mēbeļu galdnieks",
    "Labdien! Diemžēl šajā redakcijā ne MIP, ne PKE saturu neatbalstu – trūkst CNC moduļa, eksāmenā nav apdares. Lūdzu pārstrādāt.",
    "Kārlis Dzenis, SIA „Dzeņa darbnīca”",
], rows=[("mēbeļu galdnieks", MIP, S, "Kārlis Dzenis", "2026-04-08", 4),
         ("mēbeļu galdnieks", PKE, NC, "Kārlis Dzenis", "2026-04-08", 4)],
   note="E-mail reply over a quoted earlier e-mail (2026-03-12, 'neatbalstu') which is history; current verdicts from the top e-mail; date = top e-mail sent date; full name from header/quoted signature.")

# ---------------------------------------------------------------- 30
build("r4a30_Elektrotehnikis PKE atzinums Krastina.docx", "Lietotājs", (2026, 3, 12, 8, 0), [
    "Atzinums par elektrotehnika kvalifikacijas eksamena saturu",
    "Atzinums attiecas tikai uz eksamena saturu; modulara programma man netika iesniegta.",
    "Eksamena teorijas dala ir laba. Prakse: 2. uzdevuma shema ir kluda (nav noradits nulles vads), un vertesanas kriterijos nav punktu par drosibas pasakumiem pirms darba uzsaksanas. Ja sis lietas izlabos, tad saturs ir atbalstams un virzams saskanosanai – tatad atbalstams ar precizejumiem.",
    "12.03.26",
    "Līga Krastiņa",
], rows=[("elektrotehniķis", PKE, NC, "Līga Krastiņa", "2026-03-12", 4)],
   note="Body without diacritics (name with); PKE only; conditional 'Ja ... izlabos, tad ... atbalstams' = needs_corrections; date 12.03.26.")

# ---------------------------------------------------------------- 31
build("r4a31_Galdnieki_MIP_PKE_Kalnins.docx", "Lietotājs", (2026, 4, 7, 10, 0), [
    ("t", "Nozares eksperta atzinums par divām galdnieku kvalifikācijām"),
    "2026. gada 7. aprīlis",
    ("h", "Kvalifikācija — Mēbeļu galdnieks (LKI 4. līmenis)"),
    "Šī bija cita skolas darba grupa nekā iepriekšējā reizē. Programmā moduļi ir ļoti vispārīgi, bez konkrētiem mācību rezultātiem, un nav nekā par mūsdienīgām apdares tehnoloģijām. Eksāmena praktiskais darbs ir pārāk vienkāršs.",
    "Neviens no abiem dokumentiem šādā veidā nav atbalstāms.",
    ("h", "Kvalifikācija — Būvizstrādājumu galdnieks (LKI 4. līmenis)"),
    "Programma ir krietni labāka nekā mēbeļu galdnieka programma. Jāizlabo tikai moduļa „Kāpņu izgatavošana” kredītpunktu skaits un jāpievieno atsauce uz LBN 201. Pēc tam virzāma saskaņošanai.",
    "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai, piezīmju nav.",
    "Edgars Kalniņš",
    "SIA „Kalniņa koks”",
], rows=[("mēbeļu galdnieks", MIP, NS, "Edgars Kalniņš", "2026-04-07", 4),
         ("mēbeļu galdnieks", PKE, NS, "Edgars Kalniņš", "2026-04-07", 4),
         ("būvizstrādājumu galdnieks", MIP, NC, "Edgars Kalniņš", "2026-04-07", 4),
         ("būvizstrādājumu galdnieks", PKE, S, "Edgars Kalniņš", "2026-04-07", 4)],
   note="Headings 'Kvalifikācija — X (LKI n. līmenis)'; 'Neviens no abiem dokumentiem ... nav atbalstāms' = both not supported; 'mēbeļu galdnieka programma' mention inside second section not a section; MIP of būvizstrādājumu: required fix then 'Pēc tam virzāma' = needs_corrections.")

# ---------------------------------------------------------------- 32
build("r4a32_Mezsaimniecibas_tehnikis_Rozitis.docx", "Toms Rozītis", (2026, 4, 10, 15, 0), [
    ("t", "Mežsaimniecības tehniķis — MIP un PKE ekspertīze"),
    "Atzinums sagatavots 2026. gada 10. aprīlī.",
    "Programma ir būtiski uzlabota salīdzinājumā ar iepriekšējo redakciju: iekļauta tālizpēte, ĢIS, meža atjaunošana atbilstoši jaunajiem noteikumiem. Eksāmenā atjaunota taksācijas instrukcija.",
    ("h", "Kopsavilkums"),
    "Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai.",
    "PKE saturs šajā redakcijā nav atbalstāms, jo vērtēšanas kritēriji joprojām nav saistīti ar kvalifikācijas prasībām.",
    "Toms Rozītis",
], rows=[("mežsaimniecības tehniķis", MIP, S, "Toms Rozītis", "2026-04-10", 4),
         ("mežsaimniecības tehniķis", PKE, U, "Toms Rozītis", "2026-04-10", 4)],
   problems=["conflict"],
   note="Kopsavilkums: 'Abi dokumenti atbalstāmi' then next sentence 'PKE ... nav atbalstāms' — two current contradictory PKE verdicts of equal weight -> PKE unknown + conflict; MIP supported (only the first statement covers it).")

# ================================================================ non-reviews
build("r4a33_Protokols_Kokrupniecibas_NEP_sede_2026-03-19.docx", "Lietotājs", (2026, 3, 19, 17, 0), [
    ("t", "Kokrūpniecības nozares ekspertu padomes sēdes PROTOKOLS Nr. 2/2026"),
    "Rīgā, 2026. gada 19. martā",
    "Piedalās: padomes locekļi (7), LDDK projekta koordinatore, VISC pārstāvis.",
    "Darba kārtība: 1) Informācija par MIP un PKE satura ekspertīzes gaitu projekta 4. posmā; 2) Prakses vietu nodrošināšana; 3) Dažādi.",
    "1. LDDK koordinatore informēja, ka kokrūpniecības nozarē ekspertīze uzsākta sešām kvalifikācijām, daļai dokumentu eksperti pieprasījuši precizējumus. Padome diskutēja, kā nodrošināt, lai darba grupas labojumus iestrādātu līdz aprīļa beigām. Nolēma: informāciju pieņemt zināšanai.",
    "2. Padomes locekļi norādīja, ka nozares uzņēmumi atbalsta darba vidē balstītas mācības, bet trūkst atbalsta pasākumu mazajiem uzņēmumiem prakses vadītāju apmācībai. Nolēma: sagatavot priekšlikumu ministrijai.",
    "3. Nākamā sēde – 2026. gada maijā.",
    "Sēdi vadīja: padomes priekšsēdētājs Jānis Bērzs",
    "Protokolēja: Marta Ozola",
], rows=[], problems=["no_verdict"],
   note="NOT a review: sector-council minutes discussing progress; 'atbalsta' third person, 'atbalsta pasākumu' noun -> no rows, no_verdict.")

build("r4a34_IZM_vestule_LDDK_finansejums.docx", "Lietotājs", (2026, 2, 12, 10, 0), [
    "LATVIJAS REPUBLIKAS IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA",
    "Rīgā, 12.02.2026. Nr. 4-12e/2026/318",
    "Latvijas Darba devēju konfederācijai",
    "Par projekta 4.2.2.9. pasākuma īstenošanu 2026. gadā",
    "Ministrija informē, ka Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa ietvaros LDDK kā sadarbības partnerim 2026. gadam paredzētais finansējums nozaru ekspertu iesaistei ir apstiprināts. ES fondu atbalsts tiek piešķirts MIP un PKE satura ekspertīzes nodrošināšanai 21 profesionālajā kvalifikācijā.",
    "Lūdzam līdz 2026. gada 15. aprīlim iesniegt 4. posma pārskatu, norādot, kuru kvalifikāciju saturs ir atbalstāms un virzāms saskaņošanai, kuram nepieciešami precizējumi un kurš nav atbalstāms.",
    "Ministrija pateicas LDDK par sniegto atbalstu un sadarbību.",
    "Valsts sekretāra vietniece Anna Krūze",
], rows=[], problems=["no_verdict"],
   note="NOT a review: ministry letter about funding; 'atbalsts' as noun and a list of all verdict options -> no rows, no_verdict.")

build("r4a35_Jaunumi_LDDK_eksperti.docx", "Lietotājs", (2026, 4, 3, 9, 0), [
    ("t", "LDDK eksperti vērtē profesionālās izglītības programmas trīs nozarēs"),
    "2026. gada 3. aprīlis",
    "Latvijas Darba devēju konfederācija arī šogad turpina dalību projektā, kura mērķis ir pilnveidot profesionālās izglītības saturu atbilstoši darba tirgus vajadzībām. Projekta 4. posmā iesaistīti 13 nozaru eksperti no enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozarēm.",
    "„Eksperti vērtē, vai modulārās programmas un kvalifikācijas eksāmenu saturs ir atbalstāms, un sniedz konkrētus ieteikumus darba grupām,” stāsta projekta koordinatore. Līdz marta beigām pabeigta ekspertīze motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām.",
    "Uzņēmēji atzīst, ka šāds darbs ir nozīmīgs atbalsts skolām, un aicina kolēģus iesaistīties.",
], rows=[], problems=["no_verdict"],
   note="NOT a review: news item; purpose sentence and 'atbalsts' noun -> no rows, no_verdict.")

build("r4a36_Noradijumi_ekspertiem_MIP_PKE.docx", "Ilze Bērziņa", (2026, 1, 15, 10, 0), [
    ("t", "Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai"),
    "1. Eksperts izvērtē modulārās izglītības programmas (MIP) un profesionālās kvalifikācijas eksāmena (PKE) saturu atbilstoši profesijas standartam un LKI līmenim.",
    "2. Atzinuma noslēgumā katram dokumentam norāda vienu no vērtējumiem:",
    "   a) saturs ir atbalstāms un virzāms saskaņošanai;",
    "   b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
    "   c) saturs nav atbalstāms.",
    "3. Ja vērtējums ir b) vai c), atzinumā konkrēti uzskaita nepieciešamos precizējumus.",
    "4. Atzinumu paraksta un datē, un nosūta koordinatorei elektroniski .docx formātā.",
    "Koordinatore Ilze Bērziņa, 2026. gada 15. janvārī",
], rows=[], problems=["no_verdict"],
   note="NOT a review: instructions listing all verdict options -> no rows, no_verdict.")

# ================================================================ outputs
with open(os.path.join(OUT, "expected.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "qualification", "document", "verdict", "expert", "date", "lki_level"])
    w.writerows(ROWS)
with open(os.path.join(OUT, "expected_problems.csv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["file", "code"])
    w.writerows(PROBS)
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write("# r4a: free-prose expert reviews (blind set)\n\n")
    f.write("Built by `build.py`; labels sit next to each file's text there. Problem rows: one per (file, code).\n\n")
    f.write("| file | design and judgement calls |\n|---|---|\n")
    for n, note in NOTES:
        f.write(f"| {n} | {note} |\n")
print(len(NOTES), "files;", len(ROWS), "rows;", len(PROBS), "problems")
