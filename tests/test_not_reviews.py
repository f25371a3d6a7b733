"""Word files that are not reviews give no verdict (minutes, letters, news, instructions, legal text).

Each document below is written for this test in the vocabulary of the coordinators' folder; the
sentences that fooled earlier versions are kept in them ("ES fondu atbalsts", "deputāti atbalsta",
"virzība", "noraidījums", printed verdict options).
"""

from __future__ import annotations

import pytest
from docx import Document

from pipeline.config import DEFAULT_REGISTER
from pipeline.extract import analyse
from pipeline.messages import problem_message
from pipeline.records import Block, CellRef, ReviewDocument
from pipeline.register import load_register
from pipeline.run import run

NON_REVIEWS = {
    "minutes": [
        "PROTOKOLS Nr. 3",
        "Kokrūpniecības nozares ekspertu darba sanāksme",
        "Rīgā, 2026. gada 24. martā",
        "Piedalās: I. Kalniņa (LDDK, koordinatore), nozaru eksperti – 9 personas.",
        "Darba kārtība: 1. Projekta 4. posma izpilde. 2. MIP un PKE ekspertīžu gaita.",
        "I. Kalniņa informēja, ka mēbeļu galdnieka MIP saturs nav atbalstāms un tiks pārstrādāts.",
        "Nolēma: atbalstīt ekspertu priekšlikumu virzīt jautājumu nozares ekspertu padomei.",
    ],
    "ministry letter": [
        "LATVIJAS REPUBLIKAS IZGLĪTĪBAS UN ZINĀTNES MINISTRIJA",
        "Rīgā, 12.02.2026. Nr. 4-2e/26/512",
        "Par Eiropas Savienības fondu atbalsta turpināšanu projektā",
        "Ministrija apliecina, ka ES fondu atbalsts modulāro izglītības programmu un profesionālās "
        "kvalifikācijas eksāmenu satura pilnveidei tiks nodrošināts arī 2026. gadā.",
        "Atbalstu piešķir saskaņā ar Ministru kabineta noteikumiem.",
    ],
    "news item": [
        "Darba devēju eksperti palīdz veidot mūsdienīgu profesionālo izglītību",
        "Trīspadsmit LDDK deleģēti eksperti izvērtē, vai modulāro programmu (MIP) saturs ir atbalstāms.",
        "„Ja saturs nav atbalstāms, mēs kopā ar skolu meklējam risinājumu,” stāsta mēbeļu galdniecības eksperte.",
        "Projekts tiek īstenots ar Eiropas Savienības fondu atbalstu, un tā virzība ir sekmīga.",
    ],
    "instructions": [
        "Norādījumi nozaru ekspertiem atzinuma sagatavošanai",
        "1. Ekspertīzes mērķis ir izvērtēt MIP un PKE saturu.",
        "2. Par katru dokumentu izvēlieties vienu no vērtējumiem:",
        "saturs ir atbalstāms un virzāms saskaņošanai;",
        "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai;",
        "saturs nav atbalstāms.",
    ],
    "regulation excerpt": [
        "Izvilkums no profesionālās kvalifikācijas eksāmena satura izstrādes kārtības",
        "12. Eksāmena saturu pirms apstiprināšanas izvērtē nozares eksperts.",
        "13. Eksperts sniedz vienu no šādiem vērtējumiem:",
        "13.1. saturs ir atbalstāms un virzāms saskaņošanai;",
        "13.2. saturs nav atbalstāms.",
    ],
    "parliament transcript": [
        "Saeimas sēdes stenogramma",
        "Sēdes vadītājs. Deputāti atbalsta grozījumus Profesionālās izglītības likumā.",
        "Komisija atbalsta priekšlikumu par modulāro izglītības programmu ieviešanu. Iebildumu nav?",
        "Deputātiem iebildumu nav. Pieņemts.",
    ],
    "letter to the experts": [
        "Nozaru ekspertiem",
        "2026. gada 1. aprīlī",
        "Par MIP un PKE satura ekspertīzi projekta 5. posmā",
        "Lūdzam izvērtēt elektromontiera un elektrotehniķa MIP un PKE saturu līdz 24.04.2026.",
        "Ja saturs nav atbalstāms, lūdzam pamatot, kādas izmaiņas nepieciešamas.",
        "Ar cieņu", "Baiba Zālīte", "projekta koordinatore",
    ],
    "news item with its source below the headline": [
        "Nozaru eksperti noslēguši pirmo kvalifikāciju ekspertīzes kārtu",
        "LDDK jaunumi, 2026. gada 10. aprīlis",
        "Motorzāģa operatora un mežsaimniecības tehniķa MIP saturs atzīts par atbalstāmu pēc precizējumu "
        "veikšanas, bet PKE saturs – par atbalstāmu un virzāmu saskaņošanai.",
        "„Uzņēmēji ir gatavi atbalstīt skolas,” saka mašīnbūves nozares eksperts Normunds Priede.",
    ],
    "news item about the experts' work": [
        "Nozaru eksperti turpina darbu pie profesionālās izglītības satura",
        "Līdz marta beigām ekspertīze pabeigta trim kvalifikācijām. Mehatronisko sistēmu tehniķim gan programmas, "
        "gan eksāmena saturs atzīts par atbalstāmu.",
        "„Nozares uzņēmumi atbalsta šādu pieeju,” stāsta mēbeļu ražotāja pārstāve Ilze Ozoliņa.",
    ],
    "expert assignment table": [
        "Ekspertu sadale 5. posmā",
        "Eksperti MIP un PKE saturu vērtē līdz noteiktajam termiņam un norāda, vai saturs ir atbalstāms.",
        "Elektromontieris: J. Ozols, termiņš 24.04.2026.",
        "Elektrotehniķis: A. Bērziņa, termiņš 30.04.2026.",
    ],
    "acceptance act for an expert's hours": [
        "PAKALPOJUMA PIEŅEMŠANAS–NODOŠANAS AKTS Nr. 4.2.2.9/E-07",
        "Rīgā, 2026. gada 2. aprīlī",
        "Latvijas Darba devēju konfederācija un nozares eksperte Gunta Liepiņa apliecina, ka mēbeļu galdnieka MIP "
        "satura ekspertīze un atzinuma sagatavošana (16 stundas) ir veikta.",
        "Pasūtītājam nav pretenziju par pakalpojuma kvalitāti un apjomu.",
        "Izpildītājs: ____________ G. Liepiņa",
    ],
    "assignment list with notes on earlier verdicts": [
        "Ekspertu sadalījums MIP un PKE ekspertīzei – 5. posms",
        "Precizēts 2026. gada 15. aprīlī. Lūdzu pārbaudīt savas kvalifikācijas un termiņus.",
        "Mēbeļu galdnieks – MIP eksperte D. Krūmiņa, termiņš 08.05.2026, atkārtota MIP ekspertīze pēc precizējumiem.",
        "Meža mašīnu operators – PKE eksperts N. Strazdiņš, termiņš 10.06.2026; MIP jau atbalstīts martā.",
        "I. Zariņa",
    ],
    "agency letter asking for reviews": [
        "Latvijas Darba devēju konfederācijai",
        "Par MIP un PKE ekspertīzes turpināšanu projekta 5. posmā",
        "Lūdzam līdz 2026. gada 31. jūlijam nodrošināt ekspertīzi koka izstrādājumu ražošanas tehniķa MIP un PKE.",
        "Dokumenti, kuru saturs nav atbalstāms, pēc pārstrādes tiks nodoti atkārtotai ekspertīzei.",
        "Direktore Z. Mūrniece",
    ],
    "coordinator's letter on how to write a review": [
        "Cienījamie nozaru eksperti!",
        "Paldies, ka piekritāt piedalīties modulāro izglītības programmu (MIP) un profesionālās kvalifikācijas "
        "eksāmenu (PKE) satura ekspertīzē.",
        "Par katru dokumentu (MIP un PKE) noslēgumā ierakstiet vienu no šiem vērtējumiem:",
        "„saturs ir atbalstāms un virzāms saskaņošanai”;", "„saturs nav atbalstāms”.",
        "Paldies par Jūsu ieguldījumu un atbalstu profesionālās izglītības attīstībā!",
        "Ar cieņu", "Anita Vītola", "LDDK projekta koordinatore",
    ],
    "software help": [
        "Biežāk uzdotie jautājumi par e-pakalpojumu",
        "Ja iesniegums saņēmis noraidījumu, tā statuss ir „Noraidīts”; pēc precizējumiem to var iesniegt atkārtoti.",
        "Kvalifikācijas eksāmena pieteikuma virzība redzama sadaļā „Mani pieteikumi”.",
    ],
}


@pytest.fixture(scope="module", name="reg")
def reg_fixture():
    return load_register(DEFAULT_REGISTER)


def doc_of(lines: list[str]) -> ReviewDocument:
    return ReviewDocument(blocks=tuple(Block(text=t, location=f"paragraph {i + 1}", index=i)
                                       for i, t in enumerate(lines)))


@pytest.mark.parametrize("kind", sorted(NON_REVIEWS))
def test_a_file_that_is_not_a_review_gives_no_verdict_and_one_problem(reg, kind):
    a = analyse(doc_of(NON_REVIEWS[kind]), "x.docx", reg)
    assert a.kind.kind == "other", a.kind
    assert a.extraction.verdicts == ()
    assert [(p.code, dict(p.params).get("document", "")) for p in a.extraction.problems] == [("no_verdict", "")]
    message = problem_message(a.extraction.problems[0], "lv")
    assert "neizskatās pēc" in message and "izņemt no atzinumu mapes" in message
    assert "manuāli" not in message  # never "enter the verdict by hand"


def test_a_review_without_a_verdict_still_asks_for_it_per_document(reg):
    a = analyse(doc_of(["Ekspertīzes atzinums par mēbeļu galdnieka MIP un PKE", "Eksperte: Ilze Kalniņa",
                        "Programmai ir potenciāls, bet pirms galīgā vērtējuma gribu tikties ar darba grupu.",
                        "Ilze Kalniņa"]), "x.docx", reg)
    assert a.kind.kind == "review"
    assert sorted((p.code, dict(p.params).get("document")) for p in a.extraction.problems) == [
        ("no_verdict", "MIP"), ("no_verdict", "PKE")]


def test_run_accounts_for_a_non_review_without_inventing_rows(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for kind in ("minutes", "news item"):
        d = Document()
        for line in NON_REVIEWS[kind]:
            d.add_paragraph(line)
        d.save(folder / f"{kind}.docx")
    outcome = run(folder, tmp_path / "out", DEFAULT_REGISTER, progress=False, jobs=1)
    assert not [r for r in outcome.results for _ in r.verdicts]
    assert sorted(p.file for r in outcome.results for p in r.problems) == ["minutes.docx", "news item.docx"]


def test_a_blank_form_template_gives_no_verdict(reg):
    doc = doc_of(["EKSPERTĪZES ATZINUMA VEIDLAPA (paraugs)", "Profesionālā kvalifikācija: [nosaukums]",
                  "Eksperts: [vārds, uzvārds]", "MIP: ☐ atbalstāms un virzāms saskaņošanai ☐ nav atbalstāms",
                  "Norādījumi: atzīmējiet tikai vienu variantu katram dokumentam. Ja saturs nav atbalstāms, "
                  "pamatojumā norādiet būtiskās nepilnības."])
    ex = analyse(doc, "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]


def test_a_schools_cover_letter_is_not_a_review(reg):
    doc = doc_of(["Profesionālās izglītības kompetences centrs „Zemgales Tehnoloģiju tehnikums”",
                  "Jelgavā, 2026. gada 19. maijā  Nr. 1-12/184", "Latvijas Darba devēju konfederācijai",
                  "Par precizētā PKE satura iesniegšanu",
                  "Nosūtām koka izstrādājumu ražošanas tehniķa PKE satura precizēto redakciju.",
                  "MIP saturs netika mainīts, jo eksperts to atbalstīja bez precizējumiem.",
                  "Lūdzam precizēto PKE saturu nodot atkārtotai ekspertīzei un, ja iebildumu nav, virzīt saskaņošanai.",
                  "Direktora vietniece\t\tL. Ziemele"])
    ex = analyse(doc, "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]


def test_a_blank_form_explaining_its_options_in_english_quotes(reg):
    doc = doc_of(["VEIDLAPA", "Nozares eksperta atzinums par MIP un PKE saturu",
                  "Profesionālā kvalifikācija", "[ierakstīt]", "Datums", "__.__.2026.",
                  "MIP", "☐ saturs ir atbalstāms un virzāms saskaņošanai", "☐ saturs nav atbalstāms",
                  "Vērtējuma skaidrojums",
                  "“Saturs ir atbalstāms un virzāms saskaņošanai” – dokuments atbilst prasībām, labojumi nav nepieciešami.",
                  "“Saturs nav atbalstāms” – dokuments jāpārstrādā un jāiesniedz atkārtotai ekspertīzei."])
    ex = analyse(doc, "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]


def test_a_paragraph_opening_with_par_is_no_letter_subject(reg):
    doc = doc_of(["Elektrotehniķa programmas 2. redakcija un eksāmena saturs",
                  "Programmu atbalstu bez precizējumiem, var virzīt saskaņošanai.",
                  "Par eksāmenu. Skatījos abas daļas. Praktiskais uzdevums – shēmas salikšana, pārbaude un nodošana "
                  "ekspluatācijā ar mērījumu protokolu – ir tieši tas, kas tehniķim jāprot.",
                  "Pret PKE saturu man nav iebildumu, to var virzīt saskaņošanai.", "Ilze"])
    ex = analyse(doc, "a.docx", reg).extraction
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "supported"), ("PKE", "supported")}


def test_an_empty_form_in_tables_gives_no_verdict(reg):
    blocks = [Block(text="NOZARES EKSPERTA ATZINUMS", location="paragraph 1", index=0),
              Block(text="par MIP un/vai PKE saturu", location="paragraph 2", index=1)]
    cells = [(1, 1, 1, "Profesionālā kvalifikācija"), (1, 2, 1, "LKI līmenis"), (2, 1, 1, "Slēdziens"),
             (2, 1, 2, "MIP"), (2, 1, 3, "PKE"), (2, 2, 1, "Saturs ir atbalstāms un virzāms saskaņošanai"),
             (2, 3, 1, "Saturs nav atbalstāms"), (3, 1, 1, "Eksperts (vārds, uzvārds)"), (3, 2, 1, "Datums")]
    for n, (table, row, col, text) in enumerate(cells, start=2):
        blocks.append(Block(text=text, location=f"table {table}, row {row}, cell {col}", index=n,
                            cell=CellRef(table, row, col)))
    ex = analyse(ReviewDocument(blocks=tuple(blocks), author="Ilze Kalniņa"), "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]


def test_an_expert_assignment_table_is_not_a_review(reg):
    blocks = [Block(text="Ekspertu sarakstā iekļautie – projekta 5. posms", location="paragraph 1", index=0),
              Block(text="Tabulā norādīts, kurš eksperts vērtē katras kvalifikācijas MIP un PKE saturu.",
                    location="paragraph 2", index=1)]
    table = [["Nr.", "Kvalifikācija", "MIP eksperts", "PKE eksperts", "Piezīmes"],
             ["1.", "Elektromontieris", "H. Ozols", "A. Dzenis", "PKE 1. kārtā nav atbalstīts"],
             ["2.", "Elektrotehniķis", "I. Vanaga", "Ē. Siliņš", ""],
             ["3.", "Mēbeļu galdnieks", "D. Krūmiņa", "–", "MIP jāvērtē atkārtoti"]]
    for r, row in enumerate(table, start=1):
        for c, text in enumerate(row, start=1):
            if text:
                blocks.append(Block(text=text, location=f"table 1, row {r}, cell {c}", index=len(blocks),
                                    cell=CellRef(1, r, c)))
    blocks.append(Block(text="I. Zariņa, koordinatore", location="paragraph 3", index=len(blocks)))
    ex = analyse(ReviewDocument(blocks=tuple(blocks)), "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]


def test_a_forwarded_request_with_a_table_of_deadlines(reg):
    lines = ["No: Kaspars Ērglis <kaspars.erglis@lddk.lv>", "Nosūtīts: otrdiena, 2026. gada 7. aprīlī 11:48",
             "Kam: A. Bērziņš; Rolands Sprogis; Pēteris Ziemelis", "Tēma: FW: Ekspertīžu pieprasījums – enerģētika",
             "Labdien, kolēģi!", "Lūdzu līdz norādītajiem termiņiem iesūtīt atzinumus. Katram dokumentam (MIP un "
             "PKE) norādiet, vai saturs ir atbalstāms un virzāms saskaņošanai vai nav atbalstāms."]
    blocks = [Block(text=t, location=f"paragraph {i + 1}", index=i) for i, t in enumerate(lines)]
    for r, row in enumerate([["Kvalifikācija", "Dokumenti", "Termiņš"], ["Elektrotehniķis", "MIP, PKE", "30.06.2026"],
                             ["Elektromontieris", "PKE", "05.06.2026"]], start=1):
        for c, text in enumerate(row, start=1):
            blocks.append(Block(text=text, location=f"table 1, row {r}, cell {c}", index=len(blocks),
                                cell=CellRef(1, r, c)))
    blocks.append(Block(text="Kaspars", location="paragraph 7", index=len(blocks)))
    ex = analyse(ReviewDocument(blocks=tuple(blocks)), "a.docx", reg).extraction
    assert ex.verdicts == () and [p.code for p in ex.problems] == ["no_verdict"]
