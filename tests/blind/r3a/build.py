# Builds the r3a blind set: free-prose expert reviews (Latvian .docx) + gold labels.
# Each add(...) call holds the file's text and, right next to it, its labels.
import csv, datetime, os
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
FILES = []

def add(fname, author, created, blocks, rows=(), problems=(), header=None, expert='', date=''):
    """rows: (qualification, document, verdict, lki) using file-level expert/date,
    or 6-tuples (qualification, document, verdict, expert, date, lki)."""
    full = []
    for r in rows:
        if len(r) == 4:
            q, d, v, l = r
            full.append((q, d, v, expert, date, l))
        else:
            full.append(tuple(r))
    FILES.append(dict(fname=fname, author=author, created=created, blocks=blocks,
                      rows=full, problems=list(problems), header=header))

def build(f):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
    if f['header']:
        for i, line in enumerate(f['header']):
            p = f['header'] and (doc.sections[0].header.paragraphs[0] if i == 0
                                  else doc.sections[0].header.add_paragraph())
            p.text = line
    for b in f['blocks']:
        if b.startswith('# '):
            p = doc.add_paragraph(); r = p.add_run(b[2:]); r.bold = True; r.font.size = Pt(14)
        elif b.startswith('## '):
            p = doc.add_paragraph(); r = p.add_run(b[3:]); r.bold = True
        elif b.startswith('_ '):
            p = doc.add_paragraph(); r = p.add_run(b[2:]); r.italic = True
        else:
            doc.add_paragraph(b)
    cp = doc.core_properties
    cp.author = f['author']; cp.last_modified_by = f['author']
    cp.created = f['created']; cp.modified = f['created']
    doc.save(os.path.join(OUT, f['fname']))

D = lambda s: datetime.datetime.fromisoformat(s)

# ---------------------------------------------------------------- r3a01
# Energy engineer; conclusion "Slēdziens"; author = coordinator (trap); "ES fondu atbalsts",
# "metodiskais atbalsts" in the intro are nouns, not verdicts.
add('r3a01_Atzinums_MIP_PKE_Elektrotehnikis_Ozols.docx', 'Ilze Bērziņa', D('2026-03-06T10:12:00'), [
 '# Ekspertīzes atzinums',
 'par profesionālās kvalifikācijas „Elektrotehniķis” (LKI 4. līmenis) modulārās izglītības programmas un profesionālās kvalifikācijas eksāmena saturu',
 '',
 'Atzinums sagatavots pēc LDDK deleģējuma projektā, kas tiek īstenots ar ES fondu atbalstu. Uzreiz gribu atzīmēt, ka darba grupa ir ieguldījusi lielu darbu un ka skolai acīmredzami bija pieejams arī VISC metodiskais atbalsts – dokumentu struktūra ir skaidra, terminoloģija lielākoties vienota.',
 '## Par modulāro programmu',
 'Moduļos „Elektroietaišu montāža” un „Releju aizsardzība un automātika” mācību rezultāti ir formulēti pārāk vispārīgi (“pārzina”, “izprot”), no tiem nevar saprast, ko audzēknis prot izdarīt ar savām rokām. Tie jāpārraksta darbības vārdos, kā tas jau izdarīts pārējos moduļos.',
 'Modulī „Atjaunīgo energoresursu sistēmas” pilnībā iztrūkst saules paneļu sistēmu pieslēgšana sadales tīklam un mikroģeneratoru uzskaite. Šobrīd tā ir viena no pieprasītākajām prasmēm, ko no jaunajiem speciālistiem sagaida visi mūsu nozares uzņēmumi, tāpēc šis modulis ir obligāti jāpapildina.',
 'Elektrodrošības prasības minētas tikai ievadmodulī; tās jāpiesaista arī praktiskajiem moduļiem, norādot elektrodrošības grupu, kas audzēknim nepieciešama konkrēto darbu veikšanai.',
 '## Par eksāmena saturu',
 'Kvalifikācijas eksāmena praktiskās daļas uzdevumi ir tuvi reālām darba situācijām – sadalnes montāža, aizsardzības iestatījumu pārbaude, bojājuma meklēšana. Vērtēšanas kritēriji ir konkrēti un izmērāmi, teorijas jautājumu banka aptver visas profesijas standarta jomas. Būtisku iebildumu man nav.',
 '## Slēdziens',
 'MIP saturs kopumā ir atbalstāms, taču virzīt to saskaņošanai var tikai tad, kad būs papildināts atjaunīgo energoresursu modulis un pārrakstīti minētie mācību rezultāti.',
 'PKE saturu atbalstu bez precizējumiem un iesaku to virzīt saskaņošanai.',
 '',
 'Rīgā, 2026. gada 6. martā',
 '',
 'Jānis Ozols, Mg.sc.ing.',
 'AS „Baltijas Tīklu serviss”, vecākais inženieris',
], expert='Jānis Ozols', date='2026-03-06', rows=[
 ('elektrotehniķis', 'MIP', 'needs_corrections', 4),
 ('elektrotehniķis', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a02
# Typed without diacritics; only the PKE; MIP explicitly not submitted (no row).
add('r3a02_ekspertize PKE meza masinu operators.docx', 'User', D('2026-03-13T15:40:00'), [
 'Ekspertize: PKE saturs, kvalifikacija meza masinu operators (LKI 3)',
 '',
 'Izvertets tikai profesionalas kvalifikacijas eksamena saturs. MIP netika iesniegts ekspertizei, tapec par programmu sobrid neko nevaru pateikt.',
 'Piezimes:',
 '1) teorijas dala parak daudz jautajumu par visparigam lietam, gandriz nekas par harvestera un forvardera datorsistemam, sortimentu uzmerisanu un datu parraidi uz mezizstradataja sistemu.',
 '2) prakt. dala paredz 20 min darbu ar simulatoru, bet nav noteikts kas tiek vertets - tikai laiks? kvalitate? ka tiek vertets celmu augstums, bojajumi atlikusajai audzei?',
 '3) nav ieklauta masinas ikdienas apkope pirms darba, kas ir pamatprasme jebkuram operatoram',
 '4) vertesanas kriteriji punktos nesakrit ar kopejo summu (kopa sanak 110 punkti no 100)',
 '',
 'Secinajums: eksamena saturs sobrid nav atbalstams, tas japarstrada un jaiesniedz atkartoti.',
 '',
 '13.03.26',
 'Raitis Kalns',
], expert='Raitis Kalns', date='2026-03-13', rows=[
 ('meža mašīnu operators', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a03
# Furniture-company owner; letterhead with name+role first; history (first edition rejected
# in February, earlier review date is a trap) then current verdict: both supported.
add('r3a03_Mebelu galdnieks_atkartots atzinums.docx', 'Dace Liepiņa', D('2026-04-14T08:05:00'), [
 'Dace Liepiņa',
 'SIA „Ozolkalna mēbeles” valdes locekle, kokrūpniecības nozares eksperte',
 '',
 'Datums: 2026-04-14',
 '',
 '# Atkārtota ekspertīze: mēbeļu galdnieks (MIP un PKE)',
 'Šī ir jau otrā reize, kad skatos šīs kvalifikācijas dokumentus. Pirmajā redakcijā programma netika atbalstīta – manā 2026. gada 12. februāra atzinumā norādīju, ka tajā praktiski nav CNC apstrādes centru, nav runas par virsmu apdari ar ūdens bāzes lakām un mācību prakse uzņēmumā bija ieplānota tikai pēdējā semestrī. Arī eksāmenam toreiz prasīju pārstrādāt praktisko uzdevumu.',
 'Iepriekšējā atzinumā norādītie labojumi ir veikti. Programmā ir jauns modulis par datorizētu apstrādi, apdares modulis pārrakstīts, darba vidē balstītas mācības sadalītas pa visiem kursiem. Eksāmena praktiskajā daļā tagad jāizgatavo neliels korpusa mēbeles elements pēc rasējuma, un vērtēšana notiek pēc skaidriem kritērijiem (izmēru precizitāte, savienojumu kvalitāte, apdare, darba drošība).',
 'Sīkumos vēl varētu piekasīties – piemēram, materiālu sarakstā joprojām minēts skaidu plātņu marķējums, kas tirgū vairs nav sastopams –, bet tas ir skolas ziņā, un labot to var pēc saviem ieskatiem.',
 'Atkārtoti izvērtējot abus dokumentus, secinu, ka tie ir atbalstāmi un virzāmi saskaņošanai.',
 '',
 'D. Liepiņa',
], expert='Dace Liepiņa', date='2026-04-14', rows=[
 ('mēbeļu galdnieks', 'MIP', 'supported', 4),
 ('mēbeļu galdnieks', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a04
# Three qualifications, numbered headings; in-section mentions of other qualifications
# ("tāpat kā elektrotehniķa programmā", "VGK sistēmu tehniķa PKE") are not new sections.
add('r3a04_Vitols_atzinumi_energetika_marts.docx', 'Andris Vītols', D('2026-03-20T17:30:00'), [
 '# Enerģētikas nozares eksperta atzinums',
 'Eksperts: Andris Vītols',
 'Datums: 2026. gada 20. marts',
 '',
 'Šajā dokumentā apkopoju vērtējumu par trim kvalifikācijām, kuru materiālus saņēmu no koordinatores 9. martā. Katrai kvalifikācijai vērtēta gan modulārā programma, gan kvalifikācijas eksāmena saturs.',
 '## 1. Elektromontieris',
 'Programma ir sakārtota un loģiska. Patīk, ka kabeļu līniju montāža un zemējuma mērījumi ir izdalīti atsevišķos moduļos, tāpat kā elektrotehniķa programmā. Mācību rezultāti atbilst profesijas standartam; programmu atbalstu un uzskatu, ka to var virzīt saskaņošanai.',
 'Eksāmenā trūkst uzdevuma par darbu augstumā (pacēlājs, kāpnes, drošības josta), lai gan tas ir ikdiena elektromontiera darbā. Tas jāpapildina, un vērtēšanas lapā jānorāda, ka rupja darba drošības pārkāpuma gadījumā praktiskā daļa netiek ieskaitīta. Kad šie divi labojumi būs izdarīti, eksāmena saturu var virzīt saskaņošanai.',
 '## 2. Elektrotehniķis',
 'Ar šo programmu ir sliktāk. Tā pēc būtības ir vecā 3. līmeņa programma ar dažiem pievienotiem moduļiem; nav ne automatizācijas, ne energoefektivitātes, ne digitālo mērinstrumentu. Moduļu apjomi kredītpunktos nesakrīt ar kopējo stundu skaitu. Šādā veidā programmu neatbalstu – tā jāpārstrādā un jāiesniedz atkārtoti.',
 'Eksāmena saturs ir krietni labāks par programmu. Jāprecizē gan teorijas daļas jautājumi par relejaizsardzību (divi jautājumi dublējas) un jānorāda, kādi mērinstrumenti eksāmenā pieejami. Pēc šo precizējumu veikšanas eksāmena saturs ir virzāms saskaņošanai.',
 '## 3. VGK iekārtu remontatslēdznieks',
 'Programma kopumā atbilst nozares vajadzībām, bet modulī par aukstumaģentiem jāiekļauj F-gāzu regulas prasības un sertifikācija – bez tā absolventu nevarēs laist pie iekārtām. Pirms saskaņošanas tas noteikti jāizlabo, pārējais ir kārtībā.',
 'Eksāmena saturs gan ir pārkopēts no VGK sistēmu tehniķa PKE, un uzdevumi (sistēmas projektēšana, gaisa apmaiņas aprēķins) neatbilst 3. līmeņa kvalifikācijai. Šo eksāmena saturu nevaru atbalstīt; tas jāizstrādā no jauna, balstoties uz remontatslēdznieka pienākumiem.',
 '',
 'Andris Vītols',
 'SIA „Energo Montāža”, projektu vadītājs',
], expert='Andris Vītols', date='2026-03-20', rows=[
 ('elektromontieris', 'MIP', 'supported', 3),
 ('elektromontieris', 'PKE', 'needs_corrections', 3),
 ('elektrotehniķis', 'MIP', 'not_supported', 4),
 ('elektrotehniķis', 'PKE', 'needs_corrections', 4),
 ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'needs_corrections', 3),
 ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a05
# Metalworking teacher; both conditional ("var atbalstīt; pirms virzīšanas gan jāizlabo" in the
# next sentence). No conclusion heading. Signature "Eksperte ______ Inese Kalniņa".
add('r3a05_MST_atzinums_Kalnina.docx', 'Lietotājs', D('2026-02-27T13:00:00'), [
 'Mehatronisko sistēmu tehniķa kvalifikācijas dokumentu izvērtējums',
 '',
 'Esmu strādājusi par metālapstrādes un mehatronikas skolotāju vairāk nekā piecpadsmit gadus, tāpēc materiālus lasīju ar skolotājas acīm – vai pēc šīs programmas var reāli mācīt un vai eksāmenā var godīgi novērtēt.',
 'Programmā ir labi pārdomāta moduļu secība: no mehānikas pamatiem un pneimatikas caur elektroniku līdz PLC programmēšanai un robotizētām šūnām. Tomēr vairākiem moduļiem apjoms stundās ir nereāls – piemēram, „Rūpniecisko robotu programmēšanai” atvēlētas 40 stundas, bet šajā laikā audzēknis robotu paspēj tikai ieslēgt. Hidraulikas modulis un pneimatikas modulis daļēji dublējas.',
 'Programmu var atbalstīt. Pirms virzīšanas saskaņošanai gan jāizlabo moduļu apjomi (robotika vismaz 80 st.) un jānovērš hidraulikas un pneimatikas dublēšanās.',
 'Eksāmena saturs kopumā ir labs, uzdevums ar kļūmes meklēšanu mehatroniskā stendā ir tieši tas, kas vajadzīgs. Taču vērtēšanas lapā punkti par darba drošību ir tikai 2 no 100, un vairāki kritēriji ir vienādi formulēti teorētiskajai un praktiskajai daļai. Eksāmena saturu var atbalstīt, taču pirms saskaņošanas jāizlabo vērtēšanas lapa.',
 '',
 '27.02.2026.',
 '',
 'Eksperte ______________ Inese Kalniņa',
], expert='Inese Kalniņa', date='2026-02-27', rows=[
 ('mehatronisko sistēmu tehniķis', 'MIP', 'needs_corrections', 4),
 ('mehatronisko sistēmu tehniķis', 'PKE', 'needs_corrections', 4),
])

# ---------------------------------------------------------------- r3a06
# Short e-mail pasted into Word. Sent date of the expert's own mail counts (10 March); the quoted
# coordinator mail (2 March, lists every verdict option) is not a review. Optional suggestion only.
add('r3a06_RE motorzaga operators MIP PKE.docx', 'Kristīne Zariņa', D('2026-03-10T09:20:00'), [
 'No: Guntis Bērziņš <guntis.berzins@mezsaimnieks-demo.lv>',
 'Nosūtīts: otrdiena, 2026. gada 10. marts 09:14',
 'Kam: Kristīne Zariņa',
 'Tēma: RE: Motorzāģa operators – MIP un PKE ekspertīzei',
 '',
 'Labdien, Kristīne!',
 'Izskatīju motorzāģa operatora programmu un eksāmena saturu. Abiem dokumentiem iebildumu nav – tos atbalstu, un var virzīt saskaņošanai. Vienīgais ieteikums (nav obligāti): programmā pie koku gāšanas sarežģītos apstākļos varētu pieminēt arī vējgāžu izstrādi, bet tas ir skolas ziņā.',
 'Ar cieņu,',
 'Guntis Bērziņš',
 '',
 '-----Sākotnējais ziņojums-----',
 'No: Kristīne Zariņa',
 'Nosūtīts: pirmdiena, 2026. gada 2. marts 14:51',
 'Tēma: Motorzāģa operators – MIP un PKE ekspertīzei',
 'Labdien, Gunti! Pielikumā motorzāģa operatora MIP un PKE. Lūdzu līdz 13. martam atsūtīt atzinumu un norādīt, vai saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Paldies!',
], expert='Guntis Bērziņš', date='2026-03-10', rows=[
 ('motorzāģa operators', 'MIP', 'supported', 3),
 ('motorzāģa operators', 'PKE', 'supported', 3),
])

# ---------------------------------------------------------------- r3a07
# Only the MIP reviewed; the PKE is mentioned in passing (will be reviewed later) -> no row.
# Conclusion titled "Kopvērtējums". Signature "Vārds Uzvārds, nozares eksperts".
add('r3a07_DKIO_programma_Sprogis.docx', 'Mārtiņš Sproģis', D('2026-03-18T11:45:00'), [
 '# Datorizētu kokapstrādes iekārtu operators – modulārās programmas vērtējums',
 '',
 'Saņēmu tikai programmu; eksāmena saturu, kā vienojāmies, vērtēšu vēlāk, kad darba grupa to pabeigs.',
 'Mūsu uzņēmumā strādā astoņi CNC operatori, un man ir diezgan skaidrs priekšstats, ko jaunam darbiniekam vajag prast pirmajā dienā. Programma diemžēl ir uzrakstīta tā, it kā datorizētās iekārtas būtu tikai papildinājums parastajām ēvelēm un frēzēm. Vadības programmatūrai (CAM), instrumentu datu bāzei, nulles punkta piesaistei un sagatavju nostiprināšanai ar vakuumu kopā paredzētas nepilnas 60 stundas, kamēr rokas instrumentu asināšanai – gandrīz tikpat.',
 'Nav iekļauta ražošanas datu nolasīšana no ERP sistēmas un darba uzdevuma pieņemšana elektroniski, kas jau ir ikdiena arī vidējos uzņēmumos. Trūkst arī profilaktiskās apkopes plānošanas.',
 '## Kopvērtējums',
 'Pašreizējā redakcijā programma nav atbalstāma. Tā pēc būtības ir jāpārstrādā, pārdalot stundas par labu datorizētajai apstrādei, un tad jāiesniedz atkārtotai ekspertīzei.',
 '',
 '18.03.2026.',
 'Mārtiņš Sproģis, nozares eksperts',
], expert='Mārtiņš Sproģis', date='2026-03-18', rows=[
 ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'not_supported', 4),
])

# ---------------------------------------------------------------- r3a08
# No signature in the text: the author property (the expert's own name) is the only source.
# Optional suggestions ("pēc saviem ieskatiem") and "bez precizējumiem" -> supported.
add('r3a08_Koka izstradajumu razosanas tehnikis_vertejums.docx', 'Ēriks Kļaviņš', D('2026-03-13T19:02:00'), [
 'Koka izstrādājumu ražošanas tehniķis (LKI 4)',
 'Vērtējums sagatavots 13 marts 2026',
 '',
 'Izskatīju modulāro izglītības programmu un profesionālās kvalifikācijas eksāmena saturu. Abi dokumenti ir rūpīgi sagatavoti, redzams, ka darba grupā bijuši cilvēki no ražošanas.',
 'Programmā labi atspoguļota ražošanas plānošana, kvalitātes kontrole un darbs ar tehnoloģiskajām kartēm. Ieteikumi, ko skola var ņemt vērā pēc saviem ieskatiem: moduli par koksnes žāvēšanu varētu papildināt ar mitruma mērīšanas praktisko darbu; lean ražošanas pamatus varētu dot nedaudz agrāk, jau otrajā kursā.',
 'Eksāmena saturs ir samērīgs, uzdevumi aptver gan tehnoloģiskā procesa sagatavošanu, gan kvalitātes novērtēšanu. Vērtēšanas kritēriji ir saprotami.',
 'Rezumējot – programmu un eksāmena saturu atbalstu bez precizējumiem, abus var virzīt saskaņošanai.',
], expert='Ēriks Kļaviņš', date='2026-03-13', rows=[
 ('koka izstrādājumu ražošanas tehniķis', 'MIP', 'supported', 4),
 ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a09
# MIP: remarks and open questions, verdict explicitly postponed -> unknown / no_verdict.
# PKE: "atbalstāms ar precizējumiem" + list -> needs_corrections.
add('r3a09_Buvizstradajumu galdnieks_piezimes_Strazdina.docx', 'Lietotājs', D('2026-03-24T16:10:00'), [
 '# Būvizstrādājumu galdnieks',
 'Nozares eksperte: Laura Strazdiņa',
 '2026. gada 24. marts',
 '',
 '## Programma',
 'Lasot programmu, radās vairāki jautājumi, uz kuriem gribētu dzirdēt darba grupas atbildi, pirms rakstu galīgo vērtējumu:',
 '– kāpēc logu un durvju montāža ēkā ir tikai izvēles modulis, ja profesijas standartā tā ir obligāta kompetence?',
 '– vai skolai ir iekārtas, lai reāli mācītu eirologu profilu frēzēšanu, vai tas notiks tikai uzņēmumā?',
 '– modulī par kāpnēm nav minēti būvnormatīvi (LBN) – vai tas ir apzināti?',
 'Gala vērtējumu programmai sniegšu, kad būšu saņēmusi atbildes; šobrīd to ne atbalstīt, ne noraidīt negribu.',
 '## Eksāmens',
 'Kvalifikācijas eksāmena saturs ir atbalstāms ar precizējumiem. Jāizlabo:',
 '1) praktiskā uzdevuma rasējumā nav norādītas pielaides;',
 '2) teorijas daļā jautājumi Nr. 14 un Nr. 27 ir vienādi;',
 '3) vērtēšanas kritērijos jāiekļauj montāžas kvalitāte, ne tikai izgatavošana.',
 'Kad tas būs izdarīts, eksāmena saturu var sūtīt saskaņošanai.',
 '',
 'L. Strazdiņa',
], expert='Laura Strazdiņa', date='2026-03-24', rows=[
 ('būvizstrādājumu galdnieks', 'MIP', 'unknown', 4),
 ('būvizstrādājumu galdnieks', 'PKE', 'needs_corrections', 4),
], problems=['no_verdict'])

# ---------------------------------------------------------------- r3a10
# "Secinājumi" contains two contradictory statements of equal weight about the MIP (points 1
# and 3; a copy-paste slip) -> unknown / conflict. PKE clearly not supported.
add('r3a10_VGK sistemu tehnikis_atzinums_Lusis.docx', 'Edgars Lūsis', D('2026-04-09T12:00:00'), [
 '# Atzinums',
 'Profesionālā kvalifikācija: ventilācijas un gaisa kondicionēšanas sistēmu tehniķis',
 'Vērtētie dokumenti: modulārā izglītības programma, kvalifikācijas eksāmena saturs',
 '',
 'Programmā izdevies labi sasaistīt ventilācijas sistēmu projektēšanas pamatus ar montāžu un nodošanu ekspluatācijā. Labi, ka iekļauta arī sistēmu regulēšana un gaisa plūsmu mērījumi. Nepilnīgi atspoguļota automātika – vadības sistēmām un ēku pārvaldības sistēmām (BMS) veltīts tikai viens neliels modulis.',
 'Eksāmens ir visai vājš: praktiskajā daļā nav nevienas ar mērījumiem saistītas darbības, teorijā vairāk nekā puse jautājumu attiecas uz apkuri, nevis ventilāciju. Nav arī aprakstīts, kā eksāmena komisija vērtē sistēmas ieregulēšanas protokolu.',
 '## Secinājumi',
 '1. MIP saturs ir atbalstāms un virzāms saskaņošanai.',
 '2. PKE saturs nav atbalstāms, tas jāpārstrādā un jāiesniedz atkārtoti.',
 '3. Modulārā programma nav atbalstāma, jo tajā trūkst automātikas un BMS satura.',
 '',
 'Valmierā, 2026. gada 9. aprīlī',
 'Edgars Lūsis',
], expert='Edgars Lūsis', date='2026-04-09', rows=[
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'unknown', 4),
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'not_supported', 4),
], problems=['conflict'])

# ---------------------------------------------------------------- r3a11
# All-caps heading; "nozares uzņēmumi atbalsta ..." is a third person, not a verdict;
# "nevaru ieteikt virzīt" + "Slēdziens: negatīvs" for both documents.
add('r3a11_KOKAPSTRADES IEKARTU OPERATORS_Rozitis.docx', 'Valdis Rozītis', D('2026-04-03T09:30:00'), [
 '# KOKAPSTRĀDES IEKĀRTU OPERATORS',
 'MIP un PKE satura ekspertīze',
 '',
 'Nozares uzņēmumi atbalsta darba vidē balstītas mācības un ir gatavi pieņemt praktikantus, bet tam vajadzīga programma, kas sagatavo cilvēku darbam pie mūsdienīgas līnijas. Šī programma to nedara. Zāģēšanas un ēvelēšanas iekārtas aprakstītas kā pirms divdesmit gadiem, nav ne optimizācijas zāģu, ne automātisko padevēju. Apmēram trešdaļa mācību rezultātu nokopēti no galdnieka programmas.',
 'Eksāmenā praktiskais uzdevums ir „izgatavot taburetes detaļas”. Operatora darbs nav taburešu taisīšana – tas ir iekārtas iestatīšana, ražošanas uzdevuma izpilde noteiktā laikā un kvalitātes kontrole. Tāpēc arī eksāmena saturu šādā veidā nevaru ieteikt virzīt saskaņošanai.',
 '## Slēdziens: negatīvs',
 'Ne programma, ne eksāmena saturs nav atbalstāmi. Abi dokumenti jāpārstrādā kopā ar uzņēmumu pārstāvjiem un jāiesniedz atkārtotai ekspertīzei.',
 '',
 '03.04.2026',
 'Valdis Rozītis',
 'SIA „Vidzemes kokzāģētava”, ražošanas vadītājs',
], expert='Valdis Rozītis', date='2026-04-03', rows=[
 ('kokapstrādes iekārtu operators', 'MIP', 'not_supported', 3),
 ('kokapstrādes iekārtu operators', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a12
# Only the PKE ("atzinums attiecas tikai uz eksāmena saturu"); list of required fixes, then
# "Pēc tam saturs ir atbalstāms un virzāms" -> needs_corrections.
add('r3a12_Mezsaimniecibas tehnikis_PKE_Abele.docx', 'Sandra Ābele', D('2026-03-30T14:22:00'), [
 'Labdien!',
 '',
 'Nosūtu savu vērtējumu par mežsaimniecības tehniķa kvalifikācijas eksāmenu. Atzinums attiecas tikai uz eksāmena saturu – programmu vērtēja kolēģis no Meža pētīšanas stacijas.',
 'Eksāmena saturs ir pārdomāts, un man patīk, ka praktiskajā daļā ir meža inventarizācija reālā nogabalā, nevis tikai uz papīra. Tomēr ir lietas, kas jāizlabo obligāti:',
 '• jautājumos par meža atjaunošanu jāizmanto spēkā esošie Meža atjaunošanas noteikumi, nevis 2012. gada redakcija;',
 '• nogabala inventarizācijas uzdevumā jānorāda pieļaujamā kļūda krājas noteikšanā;',
 '• vērtēšanas kritērijos jāiekļauj darbs ar ĢIS (kartes sagatavošana), jo tas ir standarta prasība.',
 'Pēc tam saturs ir atbalstāms un virzāms saskaņošanai.',
 '',
 'Ar cieņu,',
 'Sandra Ābele',
 'Mežsaimniecības nozares eksperte',
 '2026-03-30',
], expert='Sandra Ābele', date='2026-03-30', rows=[
 ('mežsaimniecības tehniķis', 'PKE', 'needs_corrections', 4),
])

# ---------------------------------------------------------------- r3a13
# Qualification not in the register, level stated (LKI 3). Signature "P. Kalniņš" (as written).
add('r3a13_Metalapstrades iekartu operators_MIP_PKE.docx', 'Lietotājs', D('2026-04-16T10:00:00'), [
 'Kvalifikācija — Metālapstrādes iekārtu operators (LKI 3. līmenis)',
 'Nozare: mašīnbūve un metālapstrāde',
 '',
 'Vērtēju abus iesniegtos dokumentus – modulāro programmu un kvalifikācijas eksāmena saturu.',
 'Programma ir laba. Moduļi par virpošanu, frēzēšanu un CNC iekārtu apkalpošanu veido saprotamu ceļu no vienkāršākā uz sarežģītāko, mērinstrumentu lietošana iet cauri visiem moduļiem. Programmu vērtēju pozitīvi un iesaku virzīt saskaņošanai tādu, kāda tā ir.',
 'Eksāmena saturā praktiskā uzdevuma detaļas rasējumā ir pielaides, kuras ar 3. līmeņa operatora iemaņām un skolas iekārtām nav sasniedzamas (IT6). Pielaides jāpārskata, un jāpievieno kritērijs par mērījumu protokola aizpildīšanu. Ar šiem labojumiem eksāmena saturu var atbalstīt; pirms tam to saskaņošanai nevirzīt.',
 '',
 'Liepājā, 16.04.2026.',
 'P. Kalniņš',
], expert='P. Kalniņš', date='2026-04-16', rows=[
 ('metālapstrādes iekārtu operators', 'MIP', 'supported', 3),
 ('metālapstrādes iekārtu operators', 'PKE', 'needs_corrections', 3),
], problems=['unknown_qualification'])

# ---------------------------------------------------------------- r3a14
# Qualification not in the register, no level stated -> lki empty. Only the PKE; the MIP is
# "still being written" (passing mention, no row).
add('r3a14_Metinatajs PKE ekspertize.docx', 'Oskars Zvirbulis', D('2026-04-22T18:45:00'), [
 '# Metinātāja kvalifikācijas eksāmena satura izvērtējums',
 '',
 'Programma, cik zinu, vēl tiek izstrādāta, tāpēc šoreiz skatīju tikai eksāmenu.',
 'Eksāmena praktiskā daļa paredz tikai MAG metināšanu apakšējā stāvoklī. Metinātājam, kurš iznāks darba tirgū, jāprot metināt arī vertikālā un griestu stāvoklī, un vismaz viens uzdevums jāveic ar TIG procesu. Nav paredzēta vizuālā kontrole un šuvju lūzuma pārbaude atbilstoši LVS EN ISO 9606-1, kas ir pats elementārākais kvalitātes novērtējums. Teorijas jautājumi lielā daļā ir par vispārīgo darba aizsardzību, nevis par metināšanas tehnoloģiju.',
 'Esmu pārliecināts, ka eksāmenu šādā formā saskaņošanai virzīt nedrīkst. Saturs nav atbalstāms, kamēr tas netiks pārstrādāts pēc būtības.',
 '',
 '2026. gada 22. aprīlis',
 'Oskars Zvirbulis, IWS, metināšanas speciālists',
], expert='Oskars Zvirbulis', date='2026-04-22', rows=[
 ('metinātājs', 'PKE', 'not_supported', ''),
], problems=['unknown_qualification'])

# ---------------------------------------------------------------- r3a15
# Old level notation: "2. profesionālās kvalifikācijas līmenis" (PKL 2 = LKI 3).
add('r3a15_Elektromontieris_atzinums_Krumins (2).docx', 'Aivars Krūmiņš', D('2026-03-05T08:15:00'), [
 'ATZINUMS',
 'Kvalifikācija: elektromontieris',
 'Līmenis: 2. profesionālās kvalifikācijas līmenis',
 '',
 'Par modulāro programmu. Saturs atbilst tam, ko sagaidām no elektromontiera: iekšējo tīklu izbūve, apgaismojuma un spēka ķēžu montāža, mērījumi, darba drošība. Moduļu apjomi ir samērīgi. Atbalstu programmu un iesaku to virzīt saskaņošanai.',
 'Par eksāmenu. Šeit gan ir problēma – eksāmena praktiskajā daļā audzēknim jāsamontē sadalne pēc jau gatavas shēmas, bet nav pārbaudīta ne mērīšana, ne ķēdes nodošana ekspluatācijā, un eksāmena ilgums (8 stundas) ir nesamērīgs uzdevuma apjomam. Teorijā 40 jautājumi no 60 ir par elektrotehnikas pamatiem. Uzskatu, ka tādā veidā eksāmena saturs nav atbalstāms; tas jāveido no jauna, ņemot par pamatu reālus darba uzdevumus.',
 '',
 'Eksperts: Aivars Krūmiņš',
 'Datums: 05.03.2026.',
], expert='Aivars Krūmiņš', date='2026-03-05', rows=[
 ('elektromontieris', 'MIP', 'supported', 3),
 ('elektromontieris', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a16
# Two qualifications, headings "PKP „X”"; "abi dokumenti" refers to the MIP and PKE of that section.
add('r3a16_PKP motorzaga un meza masinu operators_Lapins.docx', 'Kristīne Zariņa', D('2026-02-11T15:00:00'), [
 '# Ekspertīzes atzinums par divām kokrūpniecības nozares kvalifikācijām',
 'Eksperts Kaspars Lapiņš, 11.02.2026',
 '',
 '## PKP „Motorzāģa operators”',
 'Programma un eksāmens ir savstarpēji saskaņoti, un to saturs atbilst tam, ko motorzāģa operatoram mežā reāli vajag. Abi dokumenti tomēr jāpapildina ar pirmās palīdzības sniegšanu meža apstākļos (šobrīd tās nav ne programmā, ne eksāmenā) un ar darba aizsardzības līdzekļu pārbaudi pirms darba. Ar šiem papildinājumiem abi dokumenti ir atbalstāmi; saskaņošanai tos var sūtīt, tiklīdz papildinājumi būs iestrādāti.',
 '## PKP „Meža mašīnu operators”',
 'Programma ir ļoti nepilnīga. Tajā nav simulatoru apmācības, kas šodien ir pamats, pirms cilvēku sēdina pie dārgas tehnikas; mežizstrādes plānošanai un sortimentu izvēlei atvēlēts vien pāris stundu. Programmu šādā redakcijā neatbalstu.',
 'Eksāmena saturs, pretēji programmai, ir izstrādāts labi: praktiskā daļa simulatorā ar skaidriem kritērijiem, teorija atbilst standartam. To atbalstu un iesaku virzīt saskaņošanai.',
 '',
 'Kaspars Lapiņš',
], expert='Kaspars Lapiņš', date='2026-02-11', rows=[
 ('motorzāģa operators', 'MIP', 'needs_corrections', 3),
 ('motorzāģa operators', 'PKE', 'needs_corrections', 3),
 ('meža mašīnu operators', 'MIP', 'not_supported', 3),
 ('meža mašīnu operators', 'PKE', 'supported', 3),
])

# ---------------------------------------------------------------- r3a17
# Roman-numbered sections; signature "Vārds Uzvārds, nozares eksperte".
add('r3a17_Galdnieki_atzinums_Karklina_maijs.docx', 'Ilona Kārkliņa', D('2026-05-12T10:30:00'), [
 'Atzinums par galdnieku kvalifikāciju dokumentiem',
 '',
 'Vērtēšanai saņēmu divu kvalifikāciju materiālus. Katru skatīju atsevišķi, jo darba grupas bija dažādas.',
 '## I. Būvizstrādājumu galdnieks',
 'Modulārā programma ir viena no labākajām, ko šajā projektā esmu redzējusi: logu, durvju un kāpņu izgatavošana un montāža ir līdzsvarotas, darba vidē balstītās mācības plānotas pamatīgi. Eksāmens tai lieliski atbilst. Abus dokumentus atbalstu un iesaku virzīt saskaņošanai bez labojumiem.',
 '## II. Mēbeļu galdnieks',
 'Programmā jāprecizē apdares moduļa saturs (nav ūdens bāzes materiālu, nav ventilācijas prasību krāsošanas kamerā) un jāsakārto kredītpunktu summa. Ja darba grupa to izdarīs, programmu var atbalstīt un virzīt tālāk.',
 'Eksāmens gan nav izdevies. Praktiskais darbs – krēsla izgatavošana 6 stundās – nav izpildāms, vērtēšanas kritēriji ir subjektīvi („estētiski pievilcīgs”), bet par darba drošību punkti netiek piešķirti vispār. Eksāmena saturu neatbalstu, tas jāizstrādā no jauna.',
 '',
 '12.05.2026.',
 'Ilona Kārkliņa, nozares eksperte',
], expert='Ilona Kārkliņa', date='2026-05-12', rows=[
 ('būvizstrādājumu galdnieks', 'MIP', 'supported', 4),
 ('būvizstrādājumu galdnieks', 'PKE', 'supported', 4),
 ('mēbeļu galdnieks', 'MIP', 'needs_corrections', 4),
 ('mēbeļu galdnieks', 'PKE', 'not_supported', 4),
])

# ---------------------------------------------------------------- r3a18
# "A daļa. / B daļa." sections; weekday in the date; in part B "līdzīgi kā elektrotehniķim" is
# a mention, not a new section.
add('r3a18_Priede_elektrotehnikis_elektromontieris.docx', 'Lietotājs', D('2026-04-28T20:10:00'), [
 'Rolands Priede',
 'Enerģētikas nozares eksperts',
 'Rīgā, otrdien, 2026. gada 28. aprīlī',
 '',
 '# Vērtējums: elektrotehniķis un elektromontieris',
 '## A daļa. Elektrotehniķis',
 'Jāsaka atklāti – dokumenti nav gatavi. Programmā trūkst automatizācijas un programmējamo kontrolleru, nav elektroenerģijas uzskaites un viedo skaitītāju, neviens modulis nerunā par atjaunīgo enerģiju. Eksāmens savukārt pārbauda gandrīz tikai teoriju; praktiskajā daļā ir viens mērījumu uzdevums uz 45 minūtēm. Tāpēc ne programmu, ne eksāmena saturu pašreiz nevaru atbalstīt. Iesaku darba grupai pieaicināt kādu no sadales tīklu uzņēmumiem un abus dokumentus pārstrādāt.',
 '## B daļa. Elektromontieris',
 'Šeit situācija ir daudz labāka. Programmā jāpapildina tikai modulis par zemējuma ierīcēm (trūkst pretestības mērījumu), līdzīgi kā es to ieteicu arī elektrotehniķim. Programma ir atbalstāma, bet saskaņošanai virzāma tikai pēc šī papildinājuma.',
 'Eksāmena saturs ir kārtībā, iebildumu nav; to var virzīt saskaņošanai.',
 '',
 'R. Priede',
], expert='Rolands Priede', date='2026-04-28', rows=[
 ('elektrotehniķis', 'MIP', 'not_supported', 4),
 ('elektrotehniķis', 'PKE', 'not_supported', 4),
 ('elektromontieris', 'MIP', 'needs_corrections', 3),
 ('elektromontieris', 'PKE', 'supported', 3),
])

# ---------------------------------------------------------------- r3a19
# History: in January supported with a condition; the condition has been met; current verdict
# supported for both. Title "Dr.sc.ing." is not part of the name.
add('r3a19_MST_atkartota ekspertize_Briedis.docx', 'Gatis Briedis', D('2026-05-07T11:11:00'), [
 'Kvalifikācija — Mehatronisko sistēmu tehniķis (LKI 4. līmenis)',
 'Atkārtota ekspertīze',
 '',
 'Janvārī, vērtējot pirmo redakciju, abus dokumentus atbalstīju ar nosacījumu, ka programmā tiks iekļauta industriālo tīklu (Profinet, Modbus) tēma un eksāmenā parādīsies uzdevums ar robota programmēšanu. Toreiz arī norādīju, ka bez šiem labojumiem dokumentus saskaņošanai virzīt nevajadzētu.',
 'Tagad saņemtajā redakcijā abi labojumi ir veikti, turklāt darba grupa pēc savas iniciatīvas pārstrādājusi arī vērtēšanas lapu. Paldies viņiem par to!',
 'Vairāk iebildumu man nav. Programmu un eksāmena saturu atbalstu; abus dokumentus var virzīt saskaņošanai.',
 '',
 'Dr.sc.ing. Gatis Briedis',
 'RTU, asociētais profesors',
 '2026. gada 7. maijs',
], expert='Gatis Briedis', date='2026-05-07', rows=[
 ('mehatronisko sistēmu tehniķis', 'MIP', 'supported', 4),
 ('mehatronisko sistēmu tehniķis', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a20
# Qualification named in genitive in the title; "neiebilstu" (MIP) = supported;
# "vērtēju pozitīvi, tomēr ... jāprecizē, un tikai tad" (PKE) = needs_corrections.
add('r3a20_VGK remontatslednieks_Krievina.docx', 'Lāsma Krieviņa', D('2026-05-20T09:00:00'), [
 '# Par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka kvalifikācijas dokumentiem',
 '',
 'Labdien, cienījamie kolēģi!',
 'Strādāju ar VGK iekārtu servisu jau divpadsmit gadus, un mums pastāvīgi trūkst tieši remontatslēdznieku, tāpēc šie dokumenti man ir svarīgi.',
 'Programma aptver visu būtisko – filtru maiņu, ventilatoru un siltummaiņu apkopi, aukstuma kontūra noplūdes pārbaudi, vienkāršus elektriskos mērījumus. Pret programmas virzīšanu saskaņošanai neiebilstu.',
 'Eksāmenu vērtēju pozitīvi, tomēr uzdevumu aprakstos jāprecizē, kādas iekārtas būs eksāmenā pieejamas (pašlaik rakstīts tikai „ventilācijas iekārta”), un jānorāda aukstumaģentu apstrādes drošības prasības. Tikai pēc tam eksāmena saturu vajadzētu sūtīt saskaņošanai.',
 '',
 'Lāsma Krieviņa',
 'SIA „Klimata serviss”',
 '20.05.2026',
], expert='Lāsma Krieviņa', date='2026-05-20', rows=[
 ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'MIP', 'supported', 3),
 ('ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks', 'PKE', 'needs_corrections', 3),
])

# ---------------------------------------------------------------- r3a21
# Informal e-mail without diacritics; expert name written "Normunds Silins" (as written).
add('r3a21_datorizetu kokapstr operators atbilde.docx', 'Kristīne Zariņa', D('2026-03-23T08:10:00'), [
 'No: Normunds Silins',
 'Nosutits: 23.03.2026 08:02',
 'Temats: DKIO programma un eksamens',
 '',
 'Sveika!',
 'paskatijos abus dokumentus datorizetu kokapstrades iekartu operatoram.',
 'programmu var atbalstit, bet saskanosanai sutit tikai tad kad salabos 3. moduli (CNC programmesana) - tur jabut G-kodam un darbam ar CAM, tagad ir tikai "iepazisanas ar vadibas paneli". ari nosaukumi moduliem jasaliek vienadi ar standartu.',
 'eksamens ok, atbalstu, var virzit talak bez labojumiem.',
 'ja kas neskaidrs - zvani',
 'Normunds',
 '',
 'Normunds Silins',
 'SIA "Koka Tehnika"',
], expert='Normunds Silins', date='2026-03-23', rows=[
 ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 4),
 ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a22
# Purpose sentence listing all options, then the real verdicts: neither supported.
# Author = coordinator (trap).
add('r3a22_Elektrotehnikis_Dzenis_aprilis.docx', 'Ilze Bērziņa', D('2026-04-15T13:35:00'), [
 '# Ekspertīzes atzinums',
 'Profesionālā kvalifikācija: Elektrotehniķis',
 'LKI līmenis: 4',
 '',
 'Ekspertīzes uzdevums ir izvērtēt, vai MIP un PKE saturs ir atbalstāms un virzāms saskaņošanai, atbalstāms pēc precizējumu veikšanas vai nav atbalstāms. Vērtēju atbilstību profesijas standartam, nozares vajadzībām un iekārtu bāzei, kas pieejama skolām.',
 'Programmā nav sasaistes starp moduļiem – vieni un tie paši mācību rezultāti atkārtojas trīs moduļos, bet tādas tēmas kā elektrisko mašīnu vadība ar frekvenču pārveidotājiem nav vispār. Prakses apjoms uzņēmumā ir mazāks par obligāto minimumu.',
 'Eksāmena teorijas daļā ir kļūdas formulās (jaudas koeficienta aprēķins), praktiskie uzdevumi neatbilst 4. līmenim.',
 'Abos dokumentos trūkumi ir pārāk būtiski, lai tos varētu novērst ar dažiem labojumiem. Tāpēc ne programmu, ne eksāmena saturu neatbalstu. Pēc pārstrādes labprāt paskatīšos vēlreiz.',
 '',
 'Eksperts: Māris Dzenis',
 '2026. gada 15. aprīlī',
], expert='Māris Dzenis', date='2026-04-15', rows=[
 ('elektrotehniķis', 'MIP', 'not_supported', 4),
 ('elektrotehniķis', 'PKE', 'not_supported', 4),
])

# ---------------------------------------------------------------- r3a23
# "nav diemžēl atbalstāma" (words between) for the MIP; "neskatoties uz", "nepieciešami" are not
# negations; PKE supported after required fixes -> needs_corrections.
add('r3a23_KIRT_atzinums_Putnina.docx', 'Agnese Putniņa', D('2026-04-08T17:00:00'), [
 'Koka izstrādājumu ražošanas tehniķa MIP un PKE vērtējums',
 'Agnese Putniņa, kokrūpniecības nozares eksperte',
 '',
 'Neskatoties uz to, ka programmas ievadā ir labi aprakstīts, kāds speciālists nozarei vajadzīgs, pats saturs šim aprakstam neatbilst. Ražošanas tehniķis ir cilvēks, kurš plāno, organizē un kontrolē, bet programma gandrīz pilnībā veltīta galdniecības rokdarbiem. Nav izmaksu aprēķinu, nav ražošanas plānošanas programmatūras, nav kvalitātes vadības sistēmu. Programma pašreizējā redakcijā nav diemžēl atbalstāma – tā jāpārstrādā pēc būtības un jāiesniedz atkārtotai ekspertīzei.',
 'Eksāmena saturs ir daudz tuvāk mērķim. Nepieciešami gan daži labojumi: gadījuma analīzes uzdevumā jādod reāli ražošanas dati, nevis abstrakti skaitļi, un jāpievieno vērtēšanas kritērijs par tehnoloģiskās kartes sagatavošanu. Eksāmena saturs ir atbalstāms, un pēc šo labojumu veikšanas to var virzīt saskaņošanai.',
 '',
 '08.04.2026',
], expert='Agnese Putniņa', date='2026-04-08', rows=[
 ('koka izstrādājumu ražošanas tehniķis', 'MIP', 'not_supported', 4),
 ('koka izstrādājumu ražošanas tehniķis', 'PKE', 'needs_corrections', 4),
])

# ---------------------------------------------------------------- r3a24
# "Kopsavilkums" outranks the body's passing "eksāmens principā pieņemams" remark.
add('r3a24_Motorzaga operators_Ceplis.docx', 'Jurģis Ceplis', D('2026-03-19T12:40:00'), [
 '# Motorzāģa operators: programmas un eksāmena izvērtējums',
 '',
 'Programma ir vienkārša un praktiska, tieši tāda, kādai tai jābūt 3. līmeņa kvalifikācijai. Motorzāģa uzbūve, apkope, ķēdes asināšana, koku gāšana un atzarošana, darba drošība – viss ir savās vietās, un stundu sadalījums ir loģisks.',
 'Eksāmenu pirmajā brīdī likās, ka tas principā ir pieņemams, bet, izlasot vērtēšanas kārtību rūpīgāk, redzu, ka koku gāšanas uzdevumu paredzēts vērtēt „mācību laukumā ar imitētiem kokiem”. Tas nav motorzāģa operatora eksāmens. Nav arī paredzēts, ka komisijā piedalās sertificēts meža darbu speciālists.',
 '## Kopsavilkums',
 'Modulārā programma – atbalstāma un virzāma saskaņošanai.',
 'Eksāmena saturs – nav atbalstāms; praktiskā daļa jāorganizē mežā vai mežizstrādes vietā, un dokuments jāiesniedz atkārtoti.',
 '',
 'Cēsīs, 2026. gada 19. martā',
 'Jurģis Ceplis',
], expert='Jurģis Ceplis', date='2026-03-19', rows=[
 ('motorzāģa operators', 'MIP', 'supported', 3),
 ('motorzāģa operators', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a25
# Expert name and date only in the page header; both documents need corrections.
add('r3a25_VGK sistemu tehnikis_atzinums.docx', 'Lietotājs', D('2026-05-26T15:15:00'),
 header=['Eksperts: Uldis Rubenis | Atzinums sagatavots 2026-05-26'], blocks=[
 '# VGK sistēmu tehniķis (LKI 4)',
 'Modulārās programmas un kvalifikācijas eksāmena satura ekspertīze',
 '',
 'Izvērtēju abus dokumentus, salīdzinot tos ar profesijas standartu un ar to, ko mūsu uzņēmumā sagaidām no jauna VGK sistēmu tehniķa.',
 '## Programma',
 'Moduļi par sistēmu montāžu un nodošanu ekspluatācijā ir labi. Trūkst satura par siltuma atgūšanas iekārtām un par ēku energoefektivitātes prasībām ventilācijas sistēmām; tas ir jāpapildina. Jāsakārto arī moduļu nosaukumi, kas dažviet atšķiras satura rādītājā un tekstā.',
 '## Eksāmens',
 'Eksāmena praktiskais uzdevums (sistēmas ieregulēšana pēc projekta datiem) ir ļoti labs. Teorijas daļā gan jānomaina jautājumi, kas atsaucas uz spēkā neesošiem būvnormatīviem.',
 '## Kopvērtējums',
 'Abi dokumenti ir atbalstāmi. Saskaņošanai tos virzīt var pēc tam, kad darba grupa būs veikusi augstāk minētos precizējumus.',
], expert='Uldis Rubenis', date='2026-05-26', rows=[
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'needs_corrections', 4),
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'needs_corrections', 4),
])

# ---------------------------------------------------------------- r3a26
# Three sections "Profesionālā kvalifikācija: X"; not every document is reviewed in each:
# meža mašīnu operators PKE not yet submitted; motorzāģa operators MIP was reviewed in February
# (history, no row).
add('r3a26_Meiere_trim kvalifikacijam_junijs.docx', 'Zane Meiere', D('2026-06-02T10:05:00'), [
 'Zane Meiere',
 'Meža nozares eksperte, AS „Zaļais masīvs” mācību centra vadītāja',
 '',
 '# Ekspertīzes atzinums',
 '2026. gada 2. jūnijs',
 '',
 '## Profesionālā kvalifikācija: Mežsaimniecības tehniķis',
 'Programma un eksāmens ir labi saskaņoti, aptver meža apsaimniekošanas plānošanu, meža inventarizāciju, ĢIS un darbu organizēšanu. Iebildumu nav. Abus dokumentus atbalstu un iesaku tos virzīt saskaņošanai.',
 '## Profesionālā kvalifikācija: Meža mašīnu operators',
 'Eksāmena saturs vēl nav iesniegts, tāpēc vērtēju tikai modulāro programmu. Tā ir atbalstāma, taču pirms saskaņošanas jāizlabo prakses apjoms – pašlaik tas neatbilst noteikumu prasībām – un jāpievieno simulatora apmācības stundas, kā tas jau ir izdarīts motorzāģa operatora programmā.',
 '## Profesionālā kvalifikācija: Motorzāģa operators',
 'Programmu vērtēju februārī un toreiz to atbalstīju, tāpēc šoreiz skatīju tikai eksāmena saturu. Tas diemžēl nav atbalstāms: uzdevumi nesakrīt ar programmā apgūstamo, nav definēti drošības prasību pārkāpumi, kuru dēļ eksāmens tiek pārtraukts, un teorijas daļa ir pārāk plaša 3. līmenim.',
 '',
 'Z. Meiere',
], expert='Zane Meiere', date='2026-06-02', rows=[
 ('mežsaimniecības tehniķis', 'MIP', 'supported', 4),
 ('mežsaimniecības tehniķis', 'PKE', 'supported', 4),
 ('meža mašīnu operators', 'MIP', 'needs_corrections', 3),
 ('motorzāģa operators', 'PKE', 'not_supported', 3),
])

# ---------------------------------------------------------------- r3a27
# No reviewer named anywhere and a neutral author -> expert empty.
add('r3a27_KIO_MIP_PKE_vertejums.docx', 'Lietotājs', D('2026-03-25T14:00:00'), [
 '# Kokapstrādes iekārtu operators',
 'MIP un PKE satura ekspertīze, 2026. gada 25. martā',
 '',
 'Programma dod labu pamatu darbam kokzāģētavā vai mēbeļu ražotnē: iekārtu iestatīšana, instrumentu nomaiņa, ražošanas uzdevuma izpilde, kvalitātes kontrole, darba drošība. Stundu sadalījums ir samērīgs, prakse uzņēmumā pietiekama.',
 'Eksāmens labi atspoguļo programmu, un vērtēšanas kritēriji ir izmērāmi.',
 'Slēdziens: pozitīvs. Gan modulārā programma, gan eksāmena saturs ir virzāmi saskaņošanai tādi, kādi tie ir.',
], rows=[
 ('kokapstrādes iekārtu operators', 'MIP', 'supported', '', '2026-03-25', 3),
 ('kokapstrādes iekārtu operators', 'PKE', 'supported', '', '2026-03-25', 3),
])

# ---------------------------------------------------------------- r3a28
# Weekday date; "nozares uzņēmumi ... atbalsta" and "atbalsta pasākumi" are not verdicts.
# Both documents: supportable after required corrections.
add('r3a28_Mebelu galdnieks_Bite.docx', 'Ritvars Bite', D('2026-04-17T16:30:00'), [
 '# Mēbeļu galdnieks – ekspertīzes atzinums',
 '',
 'Latgales mēbeļu ražotāji aktīvi atbalsta profesionālo izglītību: uzņem praktikantus, dāvina skolām materiālus, piedalās eksāmenu komisijās. Tāpēc ir svarīgi, lai programma un eksāmens atbilstu tam, kas notiek darbnīcās. Par valsts atbalsta pasākumiem uzņēmumiem, kas uzņem audzēkņus, šeit nerunāšu – tas ir cits jautājums.',
 'Programmā labi izstrādāti moduļi par korpusa mēbelēm un masīvkoka savienojumiem. Jāpapildina modulis par furnitūras montāžu (bīdāmās sistēmas, pacēlāji), un jāizlabo atsauces uz vecajiem darba aizsardzības noteikumiem.',
 'Eksāmenā jānorāda, kādas iekārtas audzēknis drīkst izmantot, un jāpārskata laiks – 4 stundas skapīša izgatavošanai ir par maz.',
 'Rezumējot: programma un eksāmena saturs ir atbalstāmi ar nosacījumu, ka minētie labojumi tiek izdarīti pirms dokumentu virzīšanas saskaņošanai.',
 '',
 'Daugavpilī, piektdien, 2026. gada 17. aprīlī',
 'Ritvars Bite',
 'SIA „Bites mēbeles”, īpašnieks',
], expert='Ritvars Bite', date='2026-04-17', rows=[
 ('mēbeļu galdnieks', 'MIP', 'needs_corrections', 4),
 ('mēbeļu galdnieks', 'PKE', 'needs_corrections', 4),
])

# ---------------------------------------------------------------- r3a29
# Only the PKE; the MIP "netika iesniegta". Date "5. martā" without year; year 2026 from the
# context sentence (stage 4, 2026). "Rezumējot".
add('r3a29_Elektrotehnikis_PKE_Grinberga.docx', 'Lietotājs', D('2026-03-05T11:00:00'), [
 'Elektrotehniķa kvalifikācijas eksāmena satura ekspertīze',
 '',
 'Atzinums sagatavots projekta 4. posmā (2026. gada janvāris–marts). Modulārā programma ekspertīzei netika iesniegta, tāpēc šis vērtējums attiecas tikai uz eksāmenu.',
 'Eksāmena struktūra ir skaidra: teorijas tests (50 jautājumi), praktiskais uzdevums ar elektroietaises montāžu un mērījumiem, kā arī mutiska aizstāvēšana. Uzdevumi atbilst 4. līmenim, vērtēšanas kritēriji ir objektīvi. Labi, ka ir paredzēta arī bojājuma meklēšana automatizētā ķēdē.',
 'Rezumējot – PKE saturs ir atbalstāms un virzāms saskaņošanai.',
 '',
 'Jelgavā, 5. martā',
 'Elīna Grīnberga, elektroenerģētikas inženiere',
], expert='Elīna Grīnberga', date='2026-03-05', rows=[
 ('elektrotehniķis', 'PKE', 'supported', 4),
])

# ---------------------------------------------------------------- r3a30
# Comments only; the expert explicitly postpones the verdict for both documents -> unknown x2,
# one no_verdict problem row for the file.
add('r3a30_Mehatronika_komentari_Vilks.docx', 'Armands Vilks', D('2026-04-14T18:20:00'), [
 'Mehatronisko sistēmu tehniķis – komentāri darba grupai',
 'Armands Vilks, 14.04.2026',
 '',
 'Pirms sniedzu vērtējumu, gribu apspriest ar darba grupu dažus jautājumus.',
 '1. Programmā modulis „Mehatronisko sistēmu apkope” un modulis „Iekārtu tehniskā apkalpošana” lielā mērā pārklājas. Kura ir paredzētā atšķirība?',
 '2. Vai skolām ir pieejami industriālie roboti, vai robotikas modulis plānots tikai simulācijā?',
 '3. Eksāmena praktiskajā daļā nav skaidrs, vai audzēknis pats programmē PLC, vai tikai ielādē gatavu programmu.',
 '4. Eksāmena teorijas jautājumu bankā ir tikai 30 jautājumi; vai tas ir gala variants?',
 'Gala slēdzienu par programmu un eksāmenu sniegšu pēc tikšanās ar darba grupu, kas plānota aprīļa beigās.',
], expert='Armands Vilks', date='2026-04-14', rows=[
 ('mehatronisko sistēmu tehniķis', 'MIP', 'unknown', 4),
 ('mehatronisko sistēmu tehniķis', 'PKE', 'unknown', 4),
], problems=['no_verdict'])

# ---------------------------------------------------------------- r3a31
# No diacritics throughout (qualification name too); "nevaru ieteikt virzit" -> not_supported x2.
add('r3a31_ventilacijas sistemu tehnikis_ekspertize_Kalnins.docx', 'Ivars Kalnins', D('2026-06-03T07:50:00'), [
 'EKSPERTIZES ATZINUMS',
 'Kvalifikacija: ventilacijas un gaisa kondicionesanas sistemu tehnikis',
 'Datums: 2026-06-03',
 '',
 'Sis ir jau otrais variants, bet butiski uzlabojumi nav redzami. Programma joprojam ir pasu pamatizglitibas lidzeklis - daudz visparizglitojosu modulu, maz specialo zinasanu. Gaisa kondicionesanas sistemam (split, VRF) veltits viens modulis ar 36 stundam. Automatika un vadiba ir tikai pieminetas.',
 'Eksamena praktiskais uzdevums ir ventilatora nomaina, kas atbilst drizak remontatslednieka limenim, nevis tehnikim.',
 'Sada redakcija nevaru ieteikt virzit saskanosanai ne programmu, ne eksamenu. Abi japarstrada.',
 '',
 'Ivars Kalnins',
], expert='Ivars Kalnins', date='2026-06-03', rows=[
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'MIP', 'not_supported', 4),
 ('ventilācijas un gaisa kondicionēšanas sistēmu tehniķis', 'PKE', 'not_supported', 4),
])

# ---------------------------------------------------------------- r3a32
# Two qualifications in plain prose paragraphs (no headings), "tos" for the two documents.
add('r3a32_Zeltins_atzinums_BIG_DKIO.docx', 'Kristīne Zariņa', D('2026-06-16T12:25:00'), [
 'Labdien!',
 '',
 'Pielikumā mans vērtējums par divām kvalifikācijām, kuru dokumentus saņēmu jūnija sākumā.',
 'Būvizstrādājumu galdnieka programmu un eksāmenu izlasīju ar prieku. Darba grupa ir ņēmusi vērā visus iepriekš izteiktos komentārus, un abos dokumentos tagad ir gan logu un durvju montāža, gan kāpņu izgatavošana, gan darbs ar CNC. Tos atbalstu un uzskatu, ka tos var virzīt saskaņošanai.',
 'Datorizētu kokapstrādes iekārtu operatora eksāmens ir sakārtots, un pret tā virzīšanu saskaņošanai man iebildumu nav. Programmā gan vēl jāizlabo moduļu numerācija (tā nesakrīt ar mācību plānu) un jāpievieno CAM programmatūras apguve, kas pagaidām ir tikai izvēles modulī. Ar šiem labojumiem programma ir atbalstāma; bez tiem to saskaņošanai sūtīt nevajadzētu.',
 '',
 'Ar cieņu,',
 'Kristaps Zeltiņš',
 'SIA „Zeltiņa logi”, tehniskais direktors',
 'Ogrē, 2026. gada 16. jūnijs',
], expert='Kristaps Zeltiņš', date='2026-06-16', rows=[
 ('būvizstrādājumu galdnieks', 'MIP', 'supported', 4),
 ('būvizstrādājumu galdnieks', 'PKE', 'supported', 4),
 ('datorizētu kokapstrādes iekārtu operators', 'MIP', 'needs_corrections', 4),
 ('datorizētu kokapstrādes iekārtu operators', 'PKE', 'supported', 4),
])

# ================================================================ NOT reviews (no rows; one no_verdict each)

# ---------------------------------------------------------------- r3a33 sector council minutes
add('r3a33_Kokrupniecibas nozares ekspertu padomes sedes protokols_2026-03.docx', 'Kristīne Zariņa', D('2026-03-26T16:00:00'), [
 '# Kokrūpniecības nozares ekspertu padomes sēdes protokols Nr. 3/2026',
 'Rīgā, 2026. gada 26. martā',
 'Piedalās: padomes locekļi (saskaņā ar reģistrācijas lapu), LDDK projekta koordinatore K. Zariņa, VISC pārstāve.',
 '## Darba kārtība',
 '1. Informācija par MIP un PKE satura ekspertīžu gaitu projekta 4. posmā.',
 '2. Ekspertu darba grafiks 5. posmam.',
 '## 1. Ekspertīžu gaita',
 'K. Zariņa informē, ka kokrūpniecības nozarē ekspertīze uzsākta sešām kvalifikācijām, tostarp mēbeļu galdniekam, būvizstrādājumu galdniekam un meža mašīnu operatoram. Daļai dokumentu eksperti pieprasījuši precizējumus, daļa vēl nav saņemta no skolām. Galīgie rezultāti tiks apkopoti ceturkšņa pārskatā.',
 'Padomes locekļi diskutē par to, vai eksperti var vērtēt programmu, ja eksāmena saturs vēl nav izstrādāts. Vairākums uzskata, ka var, taču atzinumā tas jānorāda.',
 '## 2. Darba grafiks',
 'Padome atbalsta koordinatores priekšlikumu ekspertīzes pabeigt līdz 2026. gada jūlijam (projekta 5. posms).',
 '## Nolemj',
 '1. Pieņemt zināšanai informāciju par ekspertīžu gaitu.',
 '2. Atbalstīt ekspertu darba grafiku 5. posmam.',
 '',
 'Sēdi vada: padomes priekšsēdētājs',
 'Protokolē: K. Zariņa',
], problems=['no_verdict'])

# ---------------------------------------------------------------- r3a34 ministry letter (funding)
add('r3a34_IZM vestule par projekta finansejumu.docx', 'Lietotājs', D('2026-02-18T09:00:00'), [
 'LATVIJAS REPUBLIKAS IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA',
 '',
 'Rīgā, 18.02.2026. Nr. 4-12e/2026/314',
 'Latvijas Darba devēju konfederācijai',
 '',
 'Par ES fondu atbalsta izmantošanu 4.2.2.9. pasākuma projektā',
 '',
 'Izglītības un zinātnes ministrija apliecina, ka Eiropas Savienības Kohēzijas politikas programmas 2021.–2027. gadam 4.2.2. specifiskā atbalsta mērķa ietvaros piešķirtais finansējums nodrošina arī nozaru ekspertu iesaisti modulāro izglītības programmu un profesionālās kvalifikācijas eksāmenu satura ekspertīzē.',
 'Ministrija atbalsta LDDK iniciatīvu palielināt ekspertu skaitu enerģētikas un kokrūpniecības nozarēs un aicina līdz 2026. gada 31. martam iesniegt aktualizētu ekspertīžu plānu. Atgādinām, ka atbalsta intensitāte un attiecināmās izmaksas noteiktas projekta līgumā, un ekspertu atlīdzība ir attiecināma tikai par iesniegtiem un reģistrētiem atzinumiem.',
 'Jautājumu gadījumā lūdzam sazināties ar departamenta vecāko ekspertu.',
 '',
 'Ar cieņu',
 'Departamenta direktors',
 'ŠIS DOKUMENTS IR PARAKSTĪTS AR DROŠU ELEKTRONISKO PARAKSTU',
], problems=['no_verdict'])

# ---------------------------------------------------------------- r3a35 news item
add('r3a35_Jaunumi_LDDK eksperti vertē programmas.docx', 'Lietotājs', D('2026-04-02T12:00:00'), [
 '# Nozaru eksperti palīdz veidot mūsdienīgas profesionālās izglītības programmas',
 '',
 'Latvijas Darba devēju konfederācija (LDDK) šogad projektā deleģējusi 13 enerģētikas, kokrūpniecības un mašīnbūves un metālapstrādes nozaru ekspertus, kuri vērtē profesionālās izglītības iestāžu izstrādātās modulārās izglītības programmas un kvalifikācijas eksāmenu saturu 21 kvalifikācijā.',
 '„Eksperta darbs nav tikai pateikt, vai programma ir atbalstāma. Mēs skolām sniedzam konkrētus ieteikumus, kā saturu tuvināt uzņēmumu ikdienai,” stāsta viens no ekspertiem, energoinženieris ar divdesmit gadu pieredzi.',
 'Līdz marta beigām ekspertīze pabeigta motorzāģa operatora, mežsaimniecības tehniķa un mehatronisko sistēmu tehniķa kvalifikācijām, bet pārējām darbs turpinās un tiks pabeigts līdz jūlijam. Nozares uzņēmumi atbalsta šo pieeju, jo tā ļauj ātrāk sagatavot darbiniekus, kuriem ir tieši tās prasmes, ko tirgus pieprasa.',
 'Projekts tiek īstenots ar Eiropas Savienības fondu atbalstu.',
], problems=['no_verdict'])

# ---------------------------------------------------------------- r3a36 instructions to experts
add('r3a36_Noradijumi ekspertiem_atzinuma sagatavosana.docx', 'Ilze Bērziņa', D('2026-01-15T10:00:00'), [
 '# Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes atzinuma sagatavošanai',
 '',
 '1. Atzinumu sagatavo par katru profesionālo kvalifikāciju atsevišķi vai apvienotā dokumentā, skaidri nodalot katru kvalifikāciju.',
 '2. Atzinumā norāda kvalifikācijas nosaukumu, LKI līmeni, eksperta vārdu, uzvārdu un atzinuma datumu.',
 '3. Par katru vērtēto dokumentu (MIP un PKE) eksperts izvēlas vienu no šiem vērtējumiem:',
 '   a) saturs ir atbalstāms un virzāms saskaņošanai;',
 '   b) saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;',
 '   c) saturs nav atbalstāms.',
 '4. Ja izvēlēts b) vai c) vērtējums, atzinumā konkrēti uzskaita nepieciešamos precizējumus vai trūkumus.',
 '5. Ieteikumus, kuru izpilde nav obligāta, atzinumā atdala no obligātajiem precizējumiem.',
 '6. Atzinumu nosūta projekta koordinatoram .docx formātā piecu darba dienu laikā pēc dokumentu saņemšanas.',
 '',
 'Jautājumu gadījumā sazinieties ar LDDK projekta koordinatoru. Paldies par jūsu atbalstu projekta īstenošanā!',
], problems=['no_verdict'])


if __name__ == '__main__':
    for f in FILES:
        build(f)
    with open(os.path.join(OUT, 'expected.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'qualification', 'document', 'verdict', 'expert', 'date', 'lki_level'])
        for f in FILES:
            for r in f['rows']:
                w.writerow([f['fname'], *r])
    with open(os.path.join(OUT, 'expected_problems.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'code'])
        for f in FILES:
            for p in f['problems']:
                w.writerow([f['fname'], p])
    print(len(FILES), 'files,', sum(len(f['rows']) for f in FILES), 'rows')
