"""Verdicts as statements about the document: predicate, document reference, condition, time, salience.

Each test builds a review in code and checks what a coordinator would see in verdicts.csv:
the verdict per (qualification, document), and which rows exist at all.
"""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULT_REGISTER
from pipeline.extract import analyse, extract
from pipeline.records import Block, CellRef, Mark, ReviewDocument
from pipeline.register import load_register

TITLE = "Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP un PKE saturu"
HEAD = (TITLE, "Profesionālā kvalifikācija: Mēbeļu galdnieks", "Eksperte: Ilze Kalniņa", "Datums: 12.03.2026.")
Q = "mēbeļu galdnieks"


@pytest.fixture(scope="module", name="reg")
def reg_fixture():
    return load_register(DEFAULT_REGISTER)


def review(*lines: str | Block, title: str = "") -> ReviewDocument:
    """Return a review whose body is one paragraph per line; '# ' opens a heading."""
    blocks = []
    for i, line in enumerate(lines):
        if isinstance(line, Block):
            blocks.append(line)
        elif line.startswith("# "):
            blocks.append(Block(text=line[2:], location=f"paragraph {i + 1}", index=i, heading_level=1))
        else:
            blocks.append(Block(text=line, location=f"paragraph {i + 1}", index=i))
    return ReviewDocument(blocks=tuple(blocks), title=title)


def cell(text: str, row: int, col: int, i: int, table: int = 1) -> Block:
    return Block(text=text, location=f"table {table} row {row} cell {col}", index=i, cell=CellRef(table, row, col))


def verdicts(reg, *lines, title: str = "") -> dict[tuple[str, str], str]:
    ex = extract(review(*lines, title=title), "a.docx", reg)
    return {(r.qualification, r.document): r.verdict for r in ex.verdicts}


def problems(reg, *lines, title: str = "") -> list[str]:
    return sorted(p.code for p in extract(review(*lines, title=title), "a.docx", reg).problems)


# --- 1. the predicate: a statement about the document, not any word of the family ----------------

NOT_VERDICTS = [
    "Projekts tiek īstenots ar ES fondu atbalstu, un metodiskais atbalsts skolām ir būtisks.",
    "Nozares uzņēmumi atbalsta darba vidē balstītas mācības.",
    "Atbalsta pasākumi",
    "ESF atbalstītās programmas ir devušas labu pieredzi.",
    "Specifiskā atbalsta mērķis ir uzlabot izglītības kvalitāti.",
    "Atbalstu piešķir pašvaldība.",
    "Nav iebildumu pret moduļu secību un apjomu.",
    "Vai MIP saturs ir atbalstāms?",
    "Bez F-gāzu apliecības darba devējs nevar viņus laist pie iekārtām.",
]


@pytest.mark.parametrize("sentence", NOT_VERDICTS)
def test_words_of_the_family_that_state_nothing_give_no_verdict(reg, sentence):
    got = verdicts(reg, *HEAD, sentence, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got[(Q, "MIP")] == "unknown", sentence
    assert got[(Q, "PKE")] == "supported"


STATEMENTS = [
    ("MIP saturs ir atbalstāms un virzāms saskaņošanai.", "supported"),
    ("Atbalstu MIP saturu un iesaku to virzīt saskaņošanai.", "supported"),
    ("MIP saturu neatbalstu.", "not_supported"),
    ("Iesaku MIP virzīt saskaņošanai.", "supported"),
    ("MIP saturu nevaru ieteikt virzīt saskaņošanai.", "not_supported"),
    ("Par MIP man iebildumu nav.", "supported"),
    ("Pret MIP satura virzīšanu saskaņošanai neiebilstu.", "supported"),
    ("MIP saturu vērtēju pozitīvi.", "supported"),
    ("Slēdziens par MIP: negatīvs.", "not_supported"),
    ("MIP saturu var atbalstīt.", "supported"),
    ("Nevaru piekrist, ka MIP saturs šādā redakcijā būtu atbalstāms.", "not_supported"),
    ("MIP varat sūtīt tālāk saskaņošanai.", "supported"),
    ("Šādu MIP saturu diemžēl nevaru ieteikt saskaņošanai.", "not_supported"),
    ("MIP šādā veidā atbalstīt nevaru.", "not_supported"),
    ("MIP vēl ir robi, kas jāaizlāpa pirms saskaņošanas.", "needs_corrections"),
    ("Abus šīs kvalifikācijas dokumentus neatbalstu.", "not_supported"),
    ("MIP arī paskatījos, tur viss kārtībā, var laist tālāk saskaņošanai.", "supported"),
    ("MIP var nodot saskaņošanai.", "supported"),
    ("Sakarā ar to MIP šobrīd neatbalstu, jātaisa otrs variants un jāsūta atkārtoti.", "not_supported"),
    ("Diemžēl šajā variantā MIP atbalstīt nevaru; nepieciešama būtiska pārstrāde.", "not_supported"),
    ("MIP man ir ok, iebildumu nav - atbalstams un virzams saskanosanai.", "supported"),
    ("Pēc labojumiem MIP iekļauta koku gāšana; saturs ir atbalstāms un virzāms saskaņošanai.", "supported"),
    ("MIP saturs ir atbalstāms; pēc precizējumu veikšanas (pārstrādāts modulis „Kvalitāte”) virzāms saskaņošanai.",
     "needs_corrections"),
    ("MIP saturs atbalstāms, pēc veidlapas pievienošanas – virzāms saskaņošanai.", "needs_corrections"),
    ("Pēc šo tēmu iekļaušanas MIP būs virzāma saskaņošanai; kopumā to atbalstu.", "needs_corrections"),
    ("Labojumi MIP veikti. Iebildumu vairs nav, programmu var saskaņot.", "supported"),
    ("MIP pašreizējā redakcijā nevar saskaņot.", "not_supported"),
    ("MIP saturs nav, manuprāt, atbalstāms – programma jāpārstrādā.", "not_supported"),
    ("MIP nevajadzētu virzīt saskaņošanai, pirms nav novērsti 1.2. punktā minētie trūkumi.", "needs_corrections"),
    ("MIP nevar virzīt saskaņošanai, kamēr nav izlabots 3. modulis.", "needs_corrections"),
    ("MIP: atbalstāms un virzāms saskaņošanai (iepriekšējā redakcijā netika atbalstīts; modulis pārstrādāts).",
     "supported"),
    ("MIP saturs nav, pēc manām domām, atbalstāms.", "not_supported"),
    ("MIP saturs nav ideāls, manuprāt, atbalstāms tomēr ir.", "supported"),
    ("MIP atbalstāms un virzāms saskaņošanai – visi precizējumi no 15.05. atzinuma izpildīti.", "supported"),
    ("MIP atbalstāms, bet precizējumi no 15.05. atzinuma vēl nav izpildīti.", "needs_corrections"),
    ("Neskatoties uz to, ka vēl nepieciešami daži redakcionāli labojumi (skola tos var veikt pēc saviem ieskatiem), "
     "pret MIP man iebildumu nav – tā ir atbalstāma un virzāma saskaņošanai.", "supported"),
    ("Lai gan MIP kopumā atbalstu, pirms saskaņošanas jāizlabo 3. modulis.", "needs_corrections"),
    ("Šādā redakcijā MIP neatbalstītu.", "not_supported"),
    ("Līdz tam MIP saskaņošanai nevirzītu, lai gan kopumā to atbalstu.", "needs_corrections"),
    ("Bez šiem papildinājumiem MIP saskaņošanai nevirzītu.", "needs_corrections"),
    ("Bez labojumiem MIP nevar virzīt saskaņošanai.", "needs_corrections"),
]


@pytest.mark.parametrize(("sentence", "verdict"), STATEMENTS)
def test_predicates_about_the_document_give_its_verdict(reg, sentence, verdict):
    assert verdicts(reg, *HEAD, sentence)[(Q, "MIP")] == verdict, sentence


# --- 2. which document a sentence is about ------------------------------------------------------

@pytest.mark.parametrize(("lines", "expected"), [
    (("Programma ir atbalstāma un virzāma saskaņošanai.",), {"MIP": "supported", "PKE": "unknown"}),
    (("Eksāmena saturs nav atbalstāms.",), {"MIP": "unknown", "PKE": "not_supported"}),
    (("Kvalifikācijas pārbaudījums ir atbalstāms un virzāms saskaņošanai.",), {"MIP": "unknown", "PKE": "supported"}),
    (("Abi dokumenti ir atbalstāmi un virzāmi saskaņošanai.",), {"MIP": "supported", "PKE": "supported"}),
    (("Programma ir labi strukturēta. Kopumā to atbalstu un iesaku virzīt saskaņošanai.",),
     {"MIP": "supported", "PKE": "unknown"}),
    (("# PKE", "Uzdevumi atbilst standartam. Saturs ir atbalstāms un virzāms saskaņošanai."),
     {"MIP": "unknown", "PKE": "supported"}),
])
def test_a_sentence_is_about_the_document_its_words_or_topic_name(reg, lines, expected):
    got = verdicts(reg, *HEAD, *lines)
    assert {d: got[(Q, d)] for d in ("MIP", "PKE")} == expected


def test_no_false_conflict_from_a_sentence_about_one_document(reg):
    got = problems(reg, *HEAD, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "Eksāmena saturs nav atbalstāms: praktiskais uzdevums jāpārstrādā.")
    assert "conflict" not in got


# --- 3. reviews of one document ---------------------------------------------------------------

@pytest.mark.parametrize("scope", [
    "MIP netika iesniegts ekspertīzei.",
    "MIP saturu izvērtēs cits eksperts.",
    "Šis atzinums attiecas tikai uz eksāmenu.",
    "Vērtēju tikai eksāmenu – programma man šoreiz netika iesniegta.",
])
def test_a_review_of_one_document_gives_its_row_only(reg, scope):
    ex = extract(review(*HEAD, scope, "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai."), "a.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("PKE", "supported")}
    assert ex.problems == ()


def test_a_document_said_in_brackets_to_be_reviewed_elsewhere_is_not_the_subject(reg):
    cells = [cell("MIP", 1, 1, 10), cell("atbalstāms un virzāms saskaņošanai (PKE vērtē cits eksperts)", 1, 2, 11)]
    assert verdicts(reg, *HEAD, *cells) == {(Q, "MIP"): "supported"}


def test_only_about_something_else_than_a_document_excludes_nothing(reg):
    got = verdicts(reg, *HEAD, "Programmā nav CNC moduļa, eksāmena praktiskais uzdevums attiecas tikai uz montāžu. "
                   "Ne programmu, ne eksāmenu šādā veidā neatbalstu.")
    assert got == {(Q, "MIP"): "not_supported", (Q, "PKE"): "not_supported"}


def test_what_the_opening_says_is_not_reviewed_holds_for_every_qualification(reg):
    ex = extract(review(
        "Atzinumi par kokapstrādes programmām",
        "Vērtēju divas modulārās programmas. Eksāmenu saturs šīm kvalifikācijām vēl netika iesniegts.",
        "1. Kokapstrādes iekārtu operators",
        "Programma ir atbalstāma un virzāma saskaņošanai.",
        "2. Būvizstrādājumu galdnieks",
        "Iebildumu nav. Moduļi aptver logu un durvju izgatavošanu.",
    ), "a.docx", reg)
    assert {(r.qualification, r.document, r.verdict) for r in ex.verdicts} == {
        ("kokapstrādes iekārtu operators", "MIP", "supported"), ("būvizstrādājumu galdnieks", "MIP", "supported")}
    assert ex.problems == ()


def test_qualifications_named_as_a_group_are_known_by_the_ends_of_their_names(reg):
    ex = extract(review(
        "Par abu ventilācijas un gaisa kondicionēšanas kvalifikāciju eksāmeniem",
        "Remontatslēdznieka eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
        "Sistēmu tehniķa eksāmenā jāpievieno mērījumi; pēc tam saturs būs virzāms saskaņošanai.",
    ), "a.docx", reg)
    assert {(r.qualification, r.document, r.verdict) for r in ex.verdicts} == {
        ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE", "supported"),
        ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE", "needs_corrections")}


# --- 4. conditions ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lines", "verdict"), [
    (("MIP saturs ir atbalstāms; virzāms, kad būs novērstas nepilnības 2.–5. punktā.",), "needs_corrections"),
    (("MIP saturu var atbalstīt. Taču pirms saskaņošanas jāizlabo moduļu numerācija.",), "needs_corrections"),
    (("MIP jāpapildina ar prakses aprakstu. Pēc tam MIP saturs ir atbalstāms.",), "needs_corrections"),
    (("MIP saturs ir atbalstāms, bet saskaņošanai to var virzīt tikai pēc tam, kad būs izlabots 3. modulis.",),
     "needs_corrections"),
    (("Moduļu proporcijas jāmaina; pēc tam MIP var saskaņot.",), "needs_corrections"),
    (("MIP — atbalstu, bet vispirms jāpielabo vērtēšanas kritēriji.",), "needs_corrections"),
    (("Trūkst drošības instruktāžas – lūdzu to pievienot, tad MIP var virzīt.",), "needs_corrections"),
    (("MIP ir atbalstāms un virzāms saskaņošanai. Ja iespējams, lūdzu precizēt 2. moduļa nosaukumu.",), "supported"),
    (("MIP saturs ir atbalstāms un bez precizējumiem virzāms saskaņošanai.",), "supported"),
    (("MIP saturs ir atbalstāms un virzāms saskaņošanai. Minētie ieteikumi nav priekšnoteikums saskaņošanai.",),
     "supported"),
    (("MIP saturs ir atbalstāms un virzāms saskaņošanai. Stilu darba grupa var uzlabot pēc saviem ieskatiem.",),
     "supported"),
    (("Iepriekš norādītie labojumi jau ir iestrādāti, tāpēc MIP saturs ir atbalstāms un virzāms saskaņošanai.",),
     "supported"),
])
def test_a_condition_in_the_sentence_or_next_to_it_means_corrections(reg, lines, verdict):
    assert verdicts(reg, *HEAD, *lines)[(Q, "MIP")] == verdict


def test_a_condition_in_the_next_paragraph_opening_with_but(reg):
    got = verdicts(reg, *HEAD, "PKE vēl nav iesniegts.", "Programmas saturs kopumā ir atbalstāms.",
                   "Tomēr pirms virzīšanas saskaņošanai darba grupai jāprecizē 3. moduļa mācību rezultāti.")
    assert got == {(Q, "MIP"): "needs_corrections"}


def test_a_bracketed_list_of_options_is_no_verdict(reg):
    ex = extract(review(*HEAD, "PKE vēl nav iesniegts.", "MIP piezīmes: moduļos trūkst mērījumu.",
                        "Gala vērtējumu (atbalstāms/nav atbalstāms) sniegšu, kad darba grupa būs atsūtījusi precizēto versiju."),
                 "a.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "unknown")}


def test_labojumi_with_a_number_range_does_not_end_the_sentence(reg):
    ex = extract(review(*HEAD, "MIP saturs ir atbalstāms, ja tiks veikti labojumi 2.–5. punktā. Paldies."), "a.docx", reg)
    row = next(r for r in ex.verdicts if r.document == "MIP")
    assert row.verdict == "needs_corrections" and "2.–5. punktā" in row.evidence


# --- 5. time: history is never the current verdict -------------------------------------------------

@pytest.mark.parametrize("history", [
    "Toreiz MIP atbalstīju ar nosacījumu, ka tiks papildināts drošības modulis.",
    "Pirmajā redakcijā MIP netika atbalstīts.",
    "Sākotnēji MIP bija atbalstāms tikai ar precizējumiem.",
    "Savā 24. marta atzinumā MIP saturu atzinu par atbalstāmu pēc vērtēšanas lapas kļūdas izlabošanas.",
    "Februāra atzinumā rakstīju: „MIP saturs nav atbalstāms, jo trūkst prakses moduļa.” Modulis ir pievienots.",
])
def test_history_is_not_the_current_verdict(reg, history):
    assert verdicts(reg, *HEAD, history, "Labotajā redakcijā MIP saturs ir atbalstāms un virzāms saskaņošanai.")[
        (Q, "MIP")] == "supported"


def test_a_present_verdict_next_to_a_past_word_counts(reg):
    got = verdicts(reg, *HEAD, "Pirmais modulis ir labs, un MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got[(Q, "MIP")] == "supported"


# --- 6. salience instead of conflict ----------------------------------------------------------------

def test_the_conclusion_outranks_a_remark_in_the_body(reg):
    got = verdicts(reg, *HEAD, "Saturs kopumā būtu atbalstāms.", "# Slēdziens", "MIP saturs nav atbalstāms.")
    assert got[(Q, "MIP")] == "not_supported"


@pytest.mark.parametrize(("closing", "verdict"), [("Kopumā arī MIP atbalstu.", "needs_corrections"),
                                                  ("MIP atbalstu un iesaku virzīt saskaņošanai.", "supported")])
def test_a_closing_support_keeps_the_corrections_asked_unless_it_forwards(reg, closing, verdict):
    got = verdicts(reg, *HEAD, "MIP 6. modulī jāieraksta attālinātā nolasīšana; kad tas izdarīts, MIP var saskaņot.",
                   "# Kopvērtējums", closing)
    assert got[(Q, "MIP")] == verdict


def test_a_statement_that_takes_back_the_earlier_one_replaces_it(reg):
    got = verdicts(reg, *HEAD, "MIP 3. redakcija: atbalstu, virziet saskaņošanai.",
                   "Tikko pamanīju, ka drošības uzdevums izņemts. Tāpēc atsaucu iepriekš rakstīto – šajā redakcijā "
                   "MIP vēl nav atbalstāms, uzdevums jāatjauno.")
    assert got[(Q, "MIP")] == "not_supported"


def test_two_conclusions_that_disagree_are_a_conflict(reg):
    lines = (*HEAD, "# Kopsavilkums", "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "# Gala vērtējums", "MIP saturs nav atbalstāms.")
    assert verdicts(reg, *lines)[(Q, "MIP")] == "unknown"
    assert "conflict" in problems(reg, *lines)


# --- 7. qualification names in headings --------------------------------------------------------------

def test_headings_of_any_form_open_sections(reg):
    got = verdicts(reg, "Nozares eksperta atzinums", "Eksperte: Ilona Skudra",
                   "PKP „Kokapstrādes iekārtu operators” (LKI 3)", "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "II. MOTORZĀĢA OPERATORS", "MIP saturs nav atbalstāms.",
                   "B daļa. Meža mašīnu operators",
                   "Tāpat kā motorzāģa operatora programmā, drošība ir vāja. MIP saturs ir atbalstāms; "
                   "pēc precizējumu veikšanas virzāms saskaņošanai.")
    assert got[("kokapstrādes iekārtu operators", "MIP")] == "supported"
    assert got[("motorzāģa operators", "MIP")] == "not_supported"
    assert got[("meža mašīnu operators", "MIP")] == "needs_corrections"


def test_an_unregistered_name_in_a_heading_is_reported(reg):
    ex = extract(review("Atzinums", "Kvalifikācija — Metinātājs (LKI 3. līmenis)",
                        "MIP saturs ir atbalstāms un virzāms saskaņošanai."), "a.docx", reg)
    assert [r.qualification.lower() for r in ex.verdicts] == ["metinātājs"]
    assert "unknown_qualification" in {p.code for p in ex.problems}


# --- 8. tables that ask the verdict's questions ------------------------------------------------------

def test_a_question_table_with_a_column_per_document(reg):
    rows = [("Jautājums", "MIP", "PKE"), ("Atbalstāms", "Jā", "Nē"), ("Nepieciešami precizējumi", "Jā", "–"),
            ("Virzāms saskaņošanai", "Pēc precizējumiem", "Nē")]
    cells = [cell(t, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    got = verdicts(reg, *HEAD, *cells)
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "not_supported"}


@pytest.mark.parametrize(("answers", "verdict"), [(("Jā", "Nē", "Jā"), "supported"),
                                                  (("Jā", "Jā", "Nē"), "needs_corrections")])
def test_a_question_table_answered_by_an_x_under_ja_or_ne(reg, answers, verdict):
    cells = [cell(t, 1, c, c) for c, t in enumerate(("MIP", "Jā", "Nē"), start=1)]
    for row, (asked, said) in enumerate(zip(("Saturs ir atbalstāms", "Nepieciešami precizējumi",
                                              "Virzāms saskaņošanai"), answers, strict=True), start=2):
        col = 2 if said == "Jā" else 3
        cells += [cell(asked, row, 1, 3 * row),
                  Block(text="X", location=f"table 1 row {row} cell {col}", index=3 * row + 1,
                        cell=CellRef(1, row, col), marks=(Mark("letter", True, 0),))]
    assert verdicts(reg, *HEAD, *cells)[(Q, "MIP")] == verdict


def test_criterion_rows_ending_in_the_verdict_questions(reg):
    rows = [("Kritērijs", "MIP", "PKE"), ("Saturs atbilst kvalifikācijas prasībām", "Jā", "Jā"),
            ("Iekļautas nozarē aktuālās prasmes", "Nē", "Jā"), ("Saturs kopumā ir atbalstāms", "Jā", "Jā"),
            ("Pirms virzīšanas saskaņošanai nepieciešami precizējumi", "Jā", "Nē")]
    cells = [cell(t, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    got = verdicts(reg, *HEAD, *cells)
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_a_one_column_question_table_answers_below(reg):
    texts = ["Izvērtētais dokuments", "PKE (MIP ekspertīzei netika iesniegts)", "Atbalstāms", "Jā",
             "Nepieciešami precizējumi", "Nē", "Virzāms saskaņošanai", "Jā"]
    cells = [cell(t, r + 1, 1, 10 + r) for r, t in enumerate(texts)]
    assert verdicts(reg, *HEAD, *cells) == {(Q, "PKE"): "supported"}


# --- the seed: a progress report gives its completed qualifications only -----------------------------

def test_a_progress_report_gives_its_completed_qualifications_only(reg):
    lines = [
        "Latvijas darba devēju konfederācija turpina dalību 4.2.2. specifiskā atbalsta mērķa pasākumā.",
        "Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:",
        "· motorzāģa operators (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; "
        "PKE saturs ir atbalstāms un virzāms saskaņošanai);",
        "· mehatronisko sistēmu tehniķis (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms "
        "saskaņošanai; PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai).",
        "Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:",
        "· mēbeļu galdnieks,",
    ]
    a = analyse(review(*lines), "report.docx", reg)
    assert a.kind.kind == "report"
    got = {(r.qualification, r.document): r.verdict for r in a.extraction.verdicts}
    assert got == {("motorzāģa operators", "MIP"): "needs_corrections", ("motorzāģa operators", "PKE"): "supported",
                   ("mehatronisko sistēmu tehniķis", "MIP"): "needs_corrections",
                   ("mehatronisko sistēmu tehniķis", "PKE"): "needs_corrections"}


def test_a_form_with_a_column_per_qualification(reg):
    rows = [("Vērtējums", "Mēbeļu galdnieks (PKE)", "Koka izstrādājumu ražošanas tehniķis (PKE)"),
            ("Saturs ir atbalstāms un virzāms saskaņošanai", "V", ""),
            ("Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "", ""),
            ("Saturs nav atbalstāms", "", "✓")]
    cells = [cell(t, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    got = verdicts(reg, "PKE satura ekspertīze – kokrūpniecība", "Eksperts: Uldis Krastiņš", *cells)
    assert got == {("mēbeļu galdnieks", "PKE"): "supported",
                   ("koka izstrādājumu ražošanas tehniķis", "PKE"): "not_supported"}


# --- round 5: wording from the round-4 sets --------------------------------------------------------

def test_software_is_not_the_programme(reg):
    got = verdicts(reg, *HEAD, "Programmu atbalstu un iesaku virzīt saskaņošanai.",
                   "Eksāmena saturs, atšķirībā no programmas, ir veidots pareizi. Jāizlabo vērtēšanas lapa un "
                   "jānorāda izmantojamā programmatūra. Pēc šiem labojumiem to var virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_part_headings_name_the_documents(reg):
    got = verdicts(reg, *HEAD, "A daļa. Modulārā programma", "Vērtēju pozitīvi, programmu iesaku virzīt saskaņošanai.",
                   "B daļa. Pārbaudījums", "Praktiskajā daļā jāprecizē rasējuma formāts.",
                   "Saturu var atbalstīt ar precizējumiem – pēc tam, kad tas būs izlabots, to var virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_an_instruction_word_in_a_relative_clause_does_not_void_the_verdict(reg):
    got = verdicts(reg, *HEAD, "MIP – atbalstu un iesaku virzīt saskaņošanai.",
                   "PKE – arī atbalstu ar nosacījumu, ka tiek precizēts uzdevuma laiks un uzrakstīts, kuras "
                   "iekārtas eksaminējamais drīkst izvēlēties.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_a_document_not_sent_gets_no_row(reg):
    got = verdicts(reg, *HEAD, "Eksāmenu neatbalstu, tas jāpārtaisa.", "MIP man netika sūtīta, tāpēc par programmu neko nesaku.")
    assert got == {(Q, "PKE"): "not_supported"}


def test_what_was_said_then_is_history(reg):
    got = verdicts(reg, *HEAD, "Janvārī abus dokumentus atbalstīju ar nosacījumu. Toreiz arī norādīju, ka bez šiem "
                   "labojumiem dokumentus saskaņošanai virzīt nevajadzētu.",
                   "Vairāk iebildumu man nav. Programmu un eksāmena saturu atbalstu; abus dokumentus var virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}


def test_a_document_named_in_the_explanation_after_a_colon_is_not_the_subject(reg):
    got = verdicts(reg, *HEAD, "Programmu vērtēju februārī un toreiz to atbalstīju, tāpēc šoreiz skatīju tikai eksāmena "
                   "saturu. Tas diemžēl nav atbalstāms: uzdevumi nesakrīt ar programmā apgūstamo.")
    assert got == {(Q, "PKE"): "not_supported"}


def test_a_note_below_a_summary_table_belongs_to_the_qualification_it_names(reg):
    rows = [("Kvalifikācija", "MIP", "PKE"), ("Mežsaimniecības tehniķis", "saturs nav atbalstāms", "saturs nav atbalstāms"),
            ("Motorzāģa operators", "saturs ir atbalstāms un virzāms saskaņošanai", "saturs ir atbalstāms un virzāms saskaņošanai")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    got = verdicts(reg, "Vija Liepa, nozares eksperte", "Kopsavilkums par manis veiktajām ekspertīzēm", *cells,
                   "Piezīme: mežsaimniecības tehniķa MIP janvāra redakcija tika atbalstīta ar precizējumiem, taču "
                   "pašreizējo redakciju neatbalstu.", "V. Liepa")
    assert got[("motorzāģa operators", "MIP")] == "supported"
    assert got[("mežsaimniecības tehniķis", "MIP")] == "not_supported"


@pytest.mark.parametrize(("title", "name"), [
    ("Tēma: Siltumapgādes sistēmu tehniķis", "siltumapgādes sistēmu tehniķis"),
    ("Subject: MIP - Metālapstrādes iekārtu operators", "metālapstrādes iekārtu operators"),
    ("Metinātāja kvalifikācijas eksāmena satura izvērtējums", "metinātājs"),
    ("Izvērtējums: CNC metālapstrādes darbgaldu operators", "cnc metālapstrādes darbgaldu operators"),
])
def test_an_unregistered_name_in_a_title_or_subject_is_reported(reg, title, name):
    ex = extract(review(title, "Programmu izskatīju. MIP nevaru atbalstīt, tā jāpārraksta.", "Roberts Leja"), "a.docx", reg)
    assert {r.qualification.lower() for r in ex.verdicts} == {name}
    assert "unknown_qualification" in {p.code for p in ex.problems}


def test_support_for_the_rest_after_required_additions_is_conditional(reg):
    got = verdicts(reg, *HEAD, "MIP: nav moduļa par furnitūras montāžu. Abi temati ir jāpievieno. "
                   "Pārējā daļā programma ir atbalstāma.", "Eksāmenu atbalstu un iesaku virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_a_cell_saying_the_document_was_not_submitted_gives_no_row(reg):
    rows = [("Kvalifikācija", "MIP", "PKE"),
            ("Elektromontieris", "atbalstāms, virzāms saskaņošanai", "nav atbalstāms"),
            ("Elektrotehniķis", "atbalstāms un virzāms", "— (skola vēl nav iesniegusi)")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    got = verdicts(reg, "Gints Mednis", "nozares eksperts", "MIP un PKE ekspertīžu rezultāti",
                   "Zemāk apkopoju savus vērtējumus.", *cells, "Liepājā, 2026. gada 31. martā")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "not_supported",
                   ("elektrotehniķis", "MIP"): "supported"}


def test_conclusion_lines_opening_with_a_qualification_and_a_colon(reg):
    got = verdicts(reg, "Agris Bērziņš, nozares eksperts", "Atzinums", "1. Elektromontieris", "Programma laba.",
                   "2. Elektrotehniķis", "Programmā trūkst releju aizsardzības.", "# Slēdziens",
                   "Elektromontieris: MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "Elektrotehniķis: MIP saturs nav atbalstāms – programma jāpārstrādā.")
    assert got[("elektromontieris", "MIP")] == "supported"
    assert got[("elektrotehniķis", "MIP")] == "not_supported"


def test_options_with_typed_bracket_boxes(reg):
    rows = [("MIP", "PKE"),
            ("[X] Atbalstāms un virzāms saskaņošanai\n[  ] Atbalstāms, pēc precizējumu virzāms saskaņošanai\n[  ] Nav atbalstāms",
             "[  ] Atbalstāms un virzāms saskaņošanai\n[X] Atbalstāms, pēc precizējumu virzāms saskaņošanai\n[  ] Nav atbalstāms")]
    cells, i = [], 10
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            for line in text.split("\n"):
                cells.append(cell(line, r + 1, c + 1, i))
                i += 1
    assert verdicts(reg, *HEAD, *cells) == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_a_table_with_a_document_column_per_row(reg):
    rows = [("Kvalifikācija", "Dokuments", "Vērtējums"), ("Elektromontieris (LKI 3)", "MIP", "Atbalstāms, virzāms saskaņošanai"),
            ("", "PKE", "Atbalstāms pēc precizējumiem"), ("Elektrotehniķis (LKI 4)", "MIP", "Nav atbalstāms"),
            ("", "PKE", "Atbalstāms un virzāms saskaņošanai")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row) if text]
    got = verdicts(reg, "Atzinumi par MIP un PKE saturu", "Zemāk kopsavilkums par abām kvalifikācijām.", *cells,
                   "Eksperts Raimonds Vītols")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "needs_corrections",
                   ("elektrotehniķis", "MIP"): "not_supported", ("elektrotehniķis", "PKE"): "supported"}


@pytest.mark.parametrize("aside", [
    "Par programmu (MIP) – kā vienojāmies, to skatās kolēģis no Kurzemes, es to nevērtēju.",
    "MIP ekspertīzi veic M. Ozoliņš, tāpēc par programmu šeit neizsakos.",
    "Modulārās izglītības programmas ekspertīze tika noslēgta projekta 4. posmā, un šī recenzija uz to neattiecas.",
])
def test_a_document_left_to_someone_else_gets_no_row(reg, aside):
    got = verdicts(reg, *HEAD, "Eksāmena saturu izskatīju. PKE saturu atbalstu, un to var virzīt saskaņošanai.", aside)
    assert got == {(Q, "PKE"): "supported"}


def test_a_blank_forms_placeholder_is_no_qualification(reg):
    ex = extract(review("Atzinuma veidlapa", "Profesionālā kvalifikācija: [kvalifikācijas nosaukums]",
                        "MIP saturs ir atbalstāms un virzāms saskaņošanai."), "a.docx", reg)
    assert all(r.qualification == "" for r in ex.verdicts)
    assert "unknown_qualification" not in {p.code for p in ex.problems}


def test_a_name_with_a_slip_of_the_keys_is_the_registered_one(reg):
    assert reg.lookup("VGK iekartu remontatslezdnieks").name == \
        "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks"
    assert reg.lookup("Metālapstrādes iekārtu operators") is None


def test_a_table_of_rows_marked_under_option_columns(reg):
    rows = [("Kvalifikācija", "Dok.", "Atbalstāms, virzāms", "Atbalstāms pēc precizējumiem", "Nav atbalstāms"),
            ("Elektrotehniķis", "MIP", "✓", "", ""), ("Elektrotehniķis", "PKE", "", "✓", ""),
            ("Elektromontieris", "MIP", "", "", "✓"), ("Elektromontieris", "PKE", "✓", "", "")]
    cells = [cell(text, r + 1, c + 1, 10 + 5 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row) if text]
    got = verdicts(reg, "Enerģētikas nozare – ekspertīžu rezultāti (E. Pūce)", "Datums: 02.07.2026.", *cells)
    assert got == {("elektrotehniķis", "MIP"): "supported", ("elektrotehniķis", "PKE"): "needs_corrections",
                   ("elektromontieris", "MIP"): "not_supported", ("elektromontieris", "PKE"): "supported"}


def test_corrections_said_to_be_made_are_no_condition(reg):
    got = verdicts(reg, *HEAD, "MIP: atbalstāms un virzāms saskaņošanai (precizējumi veikti).",
                   "PKE: atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_paragraphs_opening_with_a_qualifications_programme(reg):
    got = verdicts(reg, "Labdien,", "izskatīju gan mēbeļu galdnieka, gan būvizstrādājumu galdnieka modulārās programmas. "
                   "Eksāmenu materiāli man netika atsūtīti.",
                   "Mēbeļu galdnieka programmu varu atbalstīt bez iebildumiem, to var sūtīt saskaņošanai.",
                   "Ar būvizstrādājumu galdnieka programmu ir citādi. Tā ir atbalstāma, taču pirms saskaņošanas "
                   "jāpapildina ar logu montāžu.", "Pēteris Grīnbergs", "05.06.2026")
    assert got == {("mēbeļu galdnieks", "MIP"): "supported", ("būvizstrādājumu galdnieks", "MIP"): "needs_corrections"}


def test_an_unregistered_name_alone_with_its_level_is_a_section(reg):
    ex = extract(review("Eksperts: Jānis Zvaigzne", "Atzinums attiecas tikai uz modulārajām izglītības programmām.",
                        "Mehatronisko sistēmu tehniķis", "Programma ir atbalstāma un virzāma "
                        "saskaņošanai.", "CNC metālapstrādes operators (LKI 3)", "Programma nav atbalstāma."), "a.docx", reg)
    got = {(r.qualification, r.document): r.verdict for r in ex.verdicts}
    assert got[("mehatronisko sistēmu tehniķis", "MIP")] == "supported"
    assert got[("CNC metālapstrādes operators", "MIP")] == "not_supported"


def test_the_opening_names_the_qualification_though_another_is_named_later(reg):
    got = verdicts(reg, "Labdien, kolēģi!", "Izvērtēju elektromontiera (LKI 3) modulāro programmu un eksāmena saturu.",
                   "Eksāmens prasa projektēt sadales shēmu, kas ir elektrotehniķa, nevis elektromontiera darbs.",
                   "MIP saturs ir atbalstāms un virzāms saskaņošanai. PKE saturs nav atbalstāms.", "Ojārs Roze")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "not_supported"}


def test_numbered_labels_and_paragraphs_about_a_qualifications_documents(reg):
    got = verdicts(reg, "Juris Kļaviņš", "enerģētikas nozares eksperts", "2026. gada 9. jūnijs",
                   "Kvalifikācija Nr. 1 – elektrotehniķis", "Abus dokumentus atbalstu un iesaku virzīt saskaņošanai.",
                   "Par mēbeļu galdnieka dokumentiem: programma un eksāmens ir atbalstāmi, bet pirms virzīšanas "
                   "saskaņošanai jāizlabo terminoloģija.",
                   "Savukārt elektromontiera programma ir atbalstāma un virzāma saskaņošanai.", "J. Kļaviņš")
    assert got[("elektrotehniķis", "MIP")] == "supported"
    assert got[("mēbeļu galdnieks", "PKE")] == "needs_corrections"
    assert got[("elektromontieris", "MIP")] == "supported"


def test_codes_explained_in_a_legend(reg):
    rows = [("Profesionālā kvalifikācija", "MIP", "PKE"), ("Mēbeļu galdnieks", "AP", "A"), ("Elektromontieris", "N", "A")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    got = verdicts(reg, "Eksperta atzinumu kopsavilkums", "Eksperts: Ojārs Cīrulis",
                   "Apzīmējumi: A – saturs ir atbalstāms un virzāms saskaņošanai; AP – saturs ir atbalstāms, pēc "
                   "precizējumu veikšanas virzāms saskaņošanai; N – saturs nav atbalstāms.", *cells)
    assert got == {("mēbeļu galdnieks", "MIP"): "needs_corrections", ("mēbeļu galdnieks", "PKE"): "supported",
                   ("elektromontieris", "MIP"): "not_supported", ("elektromontieris", "PKE"): "supported"}


def test_a_grid_of_ticks_under_codes_a_sentence_explains(reg):
    def tick(row: int, col: int, i: int) -> Block:
        return Block(text="✓", location=f"table 1 row {row} cell {col}", index=i, cell=CellRef(1, row, col),
                     marks=(Mark("letter", True, 0),))

    blocks = [cell(t, 1, c, c) for c, t in enumerate(("Kvalifikācija", "Dok.", "A", "P", "N"), start=1)]
    for row, (name, document, col) in enumerate([("Mēbeļu galdnieks", "MIP", 3), ("", "PKE", 4),
                                                 ("Elektromontieris", "MIP", 5), ("", "PKE", 3)], start=2):
        if name:
            blocks.append(cell(name, row, 1, len(blocks)))
        blocks += [cell(document, row, 2, len(blocks)), tick(row, col, len(blocks) + 1)]
    got = verdicts(reg, "Nozares eksperta vērtējums", "Eksperts: Ojārs Cīrulis",
                   "Atzīme ✓ kolonnā nozīmē izvēlēto vērtējumu. A – atbalstāms un virzāms saskaņošanai; P – "
                   "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; N – nav atbalstāms.", *blocks)
    assert got == {("mēbeļu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "PKE"): "needs_corrections",
                   ("elektromontieris", "MIP"): "not_supported", ("elektromontieris", "PKE"): "supported"}


@pytest.mark.parametrize("line", ["Kopvērtējums. MIP – atbalstāms un virzāms saskaņošanai; PKE – nav atbalstāms.",
                                  "Secinājumi. 1 – MIP atbalstāms un virzāms saskaņošanai; 2 – PKE nav atbalstāms."])
def test_documents_named_with_a_dash_are_verdicts_not_a_legend(reg, line):
    assert verdicts(reg, *HEAD, line) == {(Q, "MIP"): "supported", (Q, "PKE"): "not_supported"}


def test_a_forwarded_e_mail_is_the_experts_review(reg):
    ex = extract(review("No: Evija Rudzīte <evija.rudzite@lddk.lv>", "Nosūtīts: pirmdiena, 2026. gada 25. maijs 9:03",
                        "Tēma: FW: PKE mehatronisko sistēmu tehniķis", "Pārsūtu M. Ozola atzinumu. MIP atzinums tika "
                        "nosūtīts agrāk.", "---------- Forwarded message ---------",
                        "From: Māris Ozols <maris.ozols@serviss.lv>", "Date: Fri, 22 May 2026 at 17:48",
                        "Subject: PKE mehatronisko sistēmu tehniķis", "Apskatīju laboto PKE. PKE saturs ir atbalstāms "
                        "un virzāms saskaņošanai.", "Māris"), "a.docx", reg)
    assert [(r.qualification, r.document, r.verdict, r.expert, r.date) for r in ex.verdicts] == [
        ("mehatronisko sistēmu tehniķis", "PKE", "supported", "Māris Ozols", "2026-05-22")]


@pytest.mark.parametrize("aside", [
    "Programmas (MIP) atzinumu sniegs kolēģe no Cēsīm.",
    "MIP jau bija atbalstīts februārī, to neskatīju.",
    "MIP es neskatiju, par to atzinumu sniegs Sandra Berzina.",
])
def test_a_document_another_expert_covers_gets_no_row(reg, aside):
    got = verdicts(reg, *HEAD, "PKE saturu atbalstu un iesaku virzīt saskaņošanai.", aside)
    assert got == {(Q, "PKE"): "supported"}


def test_the_programme_not_submitted_before_the_exam_reviewed(reg):
    got = verdicts(reg, *HEAD, "Programma šajā kārtā netika iesniegta, vērtēju tikai eksāmena saturu. "
                   "Eksāmena saturs atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "PKE"): "supported"}


def test_a_row_saying_its_document_is_not_reviewed_gives_no_verdict(reg):
    cells = [cell("Vērtētā redakcija", 1, 1, 10), cell("MIP, 2026. gada maijs", 1, 2, 11),
             cell("PKE", 2, 1, 12), cell("netiek vērtēts (atbalstīts martā, izmaiņu nav)", 2, 2, 13)]
    got = verdicts(reg, *HEAD, *cells, "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported"}


def test_the_expert_who_cannot_tell_gives_no_verdict(reg):
    ex = extract(review(*HEAD, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                        "Par eksāmenu: vērtēšanas lapas man netika atsūtītas. Uzdevumi izskatās saprātīgi, bet bez "
                        "kritērijiem nevaru pateikt ne to, ka saturs ir atbalstāms, ne to, ka nav."), "a.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "supported"), ("PKE", "unknown")}
    assert "no_verdict" in {p.code for p in ex.problems}


def test_support_after_a_required_addition_then_forward_after_that(reg):
    got = verdicts(reg, *HEAD, "MIP – atbalstu, var virzīt.", "PKE – atbalstu ar vienu piebildi: simulatora uzdevumam "
                   "jānorāda minimālais rezultāts. Pēc tam var virzīt.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_corrections_of_an_earlier_month_are_made(reg):
    got = verdicts(reg, *HEAD, "Programma pēc aprīļa labojumiem ir atbalstāma un virzāma saskaņošanai.",
                   "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}


def test_a_criterion_tables_remarks_are_no_verdict_but_its_overall_row_is(reg):
    rows = [("Kritērijs", "Jā/Nē", "Piezīme"), ("Eksāmena ilgums un organizācija", "Jā", "Pieņemami."),
            ("Mācīšanās rezultāti izmērāmi", "Nē", "Jāprecizē 3 moduļos."),
            ("Kopumā", "Atbalstāms", "Pēc norādīto precizējumu veikšanas var virzīt saskaņošanai.")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    got = verdicts(reg, "Mēbeļu galdnieks – MIP (2. redakcija)", "Eksperte: Dace Zariņa", *cells,
                   "PKE šajā kārtā netika iesniegts.")
    assert got == {(Q, "MIP"): "needs_corrections"}


def test_optional_corrections_are_no_condition(reg):
    got = verdicts(reg, *HEAD, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "PKE saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai bez izmaiņām; pielikumā minētie "
                   "redakcionālie labojumi nav obligāti.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}


def test_a_forward_marked_in_the_subject_only(reg):
    ex = extract(review("No: Evija Muceniece <evija@lddk.lv>", "Nosūtīts: trešdiena, 2026. gada 13. maijs 09:05",
                        "Tēma: PĀRS: VGK atzinums", "Baiba, pārsūtu Jura Medņa atzinumu.", "Evija",
                        "-----Sākotnējais ziņojums-----", "No: Juris Mednis <juris@serviss.lv>",
                        "Nosūtīts: otrdiena, 2026. gada 12. maijs 17:40", "Tēma: Elektromontieris",
                        "Elektromontiera PKE: uzdevumi reāli. Atbalstu, var virzīt saskaņošanai.", "Juris Mednis"),
                 "a.docx", reg)
    assert [(r.qualification, r.document, r.verdict, r.expert, r.date) for r in ex.verdicts] == [
        ("elektromontieris", "PKE", "supported", "Juris Mednis", "2026-05-12")]


def test_qualifications_named_together_share_the_statement(reg):
    got = verdicts(reg, "Datorizētu kokapstrādes iekārtu operators un kokapstrādes iekārtu operators – MIP un PKE",
                   "Visus četrus dokumentus izskatīju. Būtisku iebildumu nav, atbalstu un iesaku virzīt saskaņošanai.",
                   "R. Krūmiņš, 22.04.2026")
    assert got == {(q, d): "supported" for q in ("datorizētu kokapstrādes iekārtu operators",
                                                 "kokapstrādes iekārtu operators") for d in ("MIP", "PKE")}


def test_one_column_forms_and_rows_naming_qualification_and_document(reg):
    one = [cell("Profesionālā kvalifikācija", 1, 1, 10), cell("Mehatronisko sistēmu tehniķis", 2, 1, 11),
           cell("MIP – eksperta slēdziens", 3, 1, 12), cell("Atbalstu un iesaku virzīt saskaņošanai.", 4, 1, 13)]
    assert verdicts(reg, "Atzinums", *one, "Eksperts: Ojārs Freimanis") == {
        ("mehatronisko sistēmu tehniķis", "MIP"): "supported"}
    rows = [("Vērtējuma objekts", "Ieteikums"), ("Būvizstrādājumu galdnieks – PKE (2. kārta)",
                                                 "Virzīt saskaņošanai pēc precizējumu veikšanas"),
            ("Koka izstrādājumu ražošanas tehniķis – PKE", "Atbalstīt un virzīt saskaņošanai")]
    cells = [cell(text, r + 1, c + 1, 20 + 2 * r + c, table=2) for r, row in enumerate(rows) for c, text in enumerate(row)]
    assert verdicts(reg, "Eksperta vērtējuma lapa – PKE", *cells, "Vērtētājs: Normunds Kalējs") == {
        ("būvizstrādājumu galdnieks", "PKE"): "needs_corrections",
        ("koka izstrādājumu ražošanas tehniķis", "PKE"): "supported"}


def test_support_but_not_forwarded_until_something_is_done(reg):
    got = verdicts(reg, *HEAD, "Programma ir atbalstāma, un to var nodot saskaņošanai.",
                   "Eksāmenu arī atbalstu, bet saskaņošanai to nevirzīt, kamēr praktiskajā uzdevumā nav norādīti "
                   "paraugu izmēri.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_a_document_you_did_not_send_me(reg):
    got = verdicts(reg, *HEAD, "Eksāmena saturs ir atbalstāms un to var virzīt saskaņošanai.",
                   "Programmu (MIP) man neatsūtīji, tā ka par to neko neteikšu.")
    assert got == {(Q, "PKE"): "supported"}


def test_a_summary_table_row_names_its_qualification_below_numbered_sections(reg):
    rows = [("Kvalifikācija", "MIP", "PKE"),
            ("Elektrotehniķis", "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
             "Saturs ir atbalstāms un virzāms saskaņošanai"),
            ("Elektromontieris", "Saturs ir atbalstāms un virzāms saskaņošanai",
             "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai")]
    cells = [cell(text, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    got = verdicts(reg, "Sandra Mūrniece, nozares eksperte", "1. Elektrotehniķis",
                   "MIP kopumā ir labi strukturēta. Tomēr modulis „Dzesēšana” šādā apjomā nav atbalstāms – "
                   "jāpalielina apjoms.", "2. Elektromontieris", "MIP atbilst prasībām, iebildumu nav. PKE praktiskā "
                   "uzdevuma aprakstā jānorāda mērinstrumenti.", "Secinājumi", *cells)
    assert got == {("elektrotehniķis", "MIP"): "needs_corrections", ("elektrotehniķis", "PKE"): "supported",
                   ("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "needs_corrections"}


def test_a_document_another_person_reviews_by_initial_and_surname(reg):
    got = verdicts(reg, *HEAD, "Vērtētais dokuments: MIP (PKE vērtē R. Vītols)",
                   "MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "needs_corrections"}


def test_lettered_conclusions_name_their_qualification(reg):
    got = verdicts(reg, "Viktors Ivanovs, nozares eksperts", "Atzinums par elektrotehniķa un elektromontiera MIP un PKE",
                   "# Secinājumi", "a) elektrotehniķa programmas un eksāmena saturs nav atbalstāms; abi dokumenti "
                   "jāpārstrādā.", "b) elektromontiera programma ir atbalstāma un virzāma saskaņošanai.")
    assert got[("elektrotehniķis", "MIP")] == "not_supported"
    assert got[("elektromontieris", "MIP")] == "supported"


def test_a_layout_tables_full_width_rows_head_each_qualification(reg):
    cells = [cell("1. Elektromontieris (LKI 3)", 1, 1, 10), cell("MIP", 2, 1, 11),
             cell("saturs ir atbalstāms un virzāms saskaņošanai", 2, 2, 12),
             cell("2. Elektrotehniķis (LKI 4)", 3, 1, 13), cell("MIP", 4, 1, 14), cell("saturs nav atbalstāms", 4, 2, 15)]
    got = verdicts(reg, "Enerģētikas nozares eksperta atzinums", "Eksperte: Svetlana Markova", *cells)
    assert got == {("elektromontieris", "MIP"): "supported", ("elektrotehniķis", "MIP"): "not_supported"}


def test_a_history_sentence_opening_in_the_past_and_dash_framed_sections(reg):
    got = verdicts(reg, "Dr. phys. Baiba Eglīte", "nozares eksperte", "2026-03-19",
                   "Atkārtotā ekspertīze: elektromontieris un elektrotehniķis",
                   "Pirmajā kārtā abām kvalifikācijām programmas bija atbalstītas ar precizējumiem, bet eksāmeni – "
                   "elektromontierim nebija atbalstīts, elektrotehniķim atbalstīts pēc precizējumiem.",
                   "— elektromontierim —", "Programma atbalstāma; saskaņošanai virzāma pēc šo punktu izlabošanas.",
                   "— elektrotehniķim —", "Gan programma, gan eksāmens ir atbalstāmi un virzāmi saskaņošanai.",
                   "B. Eglīte")
    assert got[("elektromontieris", "MIP")] == "needs_corrections"
    assert got[("elektrotehniķis", "MIP")] == got[("elektrotehniķis", "PKE")] == "supported"


@pytest.mark.parametrize("aside", [
    "Eksāmenu, kā runājām, skata Uldis, tāpēc par PKE te neko nerakstu.",
    "Eksāmenu saturu vērtēs vēlāk, kad skolas tos pabeigs.",
])
def test_the_exam_left_for_later_or_to_someone(reg, aside):
    got = verdicts(reg, *HEAD, "Programmu atbalstu un iesaku virzīt saskaņošanai.", aside)
    assert got == {(Q, "MIP"): "supported"}


def test_one_conclusion_paragraph_for_several_qualifications(reg):
    got = verdicts(reg, "ATZINUMS", "Eksperts: Jānis Eglītis", "1. Elektromontieris (LKI 3. līmenis)", "Programma laba.",
                   "2. Elektrotehniķis (LKI 4. līmenis)", "Programma rada bažas.", "Kopvērtējums",
                   "Elektromontiera MIP – atbalstāms un virzāms saskaņošanai; elektromontiera PKE – atbalstāms, virzāms "
                   "saskaņošanai pēc precizējumiem; elektrotehniķa MIP – nav atbalstāms; elektrotehniķa PKE – "
                   "atbalstāms un virzāms saskaņošanai.")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "needs_corrections",
                   ("elektrotehniķis", "MIP"): "not_supported", ("elektrotehniķis", "PKE"): "supported"}


def test_an_unregistered_numbered_heading_with_a_bare_level(reg):
    ex = extract(review("From: Valdis Grīnbergs <v@energoaudits.lv>", "Sent: Tuesday, February 24, 2026 4:47 PM",
                        "1) Siltumenerģētikas tehniķis, 4. līmenis", "Programmu atbalstu, saskaņošanai to var virzīt uzreiz.",
                        "2) Elektromontieris, 3. līmenis", "PKE neatbalstu – jāizstrādā jauns uzdevums.",
                        "V. Grīnbergs"), "a.docx", reg)
    got = {(r.qualification.lower(), r.document): r.verdict for r in ex.verdicts}
    assert got[("siltumenerģētikas tehniķis", "MIP")] == "supported"
    assert got[("elektromontieris", "PKE")] == "not_supported"


def test_a_document_set_aside_by_neskatoties_is_not_judged(reg):
    got = verdicts(reg, *HEAD, "Šobrīd programmas saturu nevaru atbalstīt.",
                   "Neskatoties uz iepriekš teikto par programmu, PKE uzskatu par atbalstāmu – pēc minēto precizējumu "
                   "veikšanas to var virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "not_supported", (Q, "PKE"): "needs_corrections"}


def test_numbered_paragraphs_opening_with_a_qualification(reg):
    got = verdicts(reg, "Mārtiņš Dzenis <martins.dzenis@inbox.lv>", "piektd., 2026. gada 20. febr. 14:03",
                   "Sūtu savu vērtējumu abām kvalifikācijām.",
                   "1) Mežsaimniecības tehniķis. Programma ir par daudz teorētiska, to nevaru atbalstīt.",
                   "2) Motorzāģa operators - te viss ir kārtībā. Programma un eksāmens atbalstāmi un virzāmi "
                   "saskaņošanai.", "Mārtiņš")
    assert got[("mežsaimniecības tehniķis", "MIP")] == "not_supported"
    assert got[("motorzāģa operators", "MIP")] == got[("motorzāģa operators", "PKE")] == "supported"


def test_a_summary_clause_after_a_label_and_part_headings_with_a_level(reg):
    got = verdicts(reg, "Inese Rudzīte", "Par elektromontiera (LKI 3) un elektrotehniķa dokumentiem.",
                   "Rezumējot: elektromontiera MIP un PKE ir atbalstāmi, bet virzāmi saskaņošanai tikai pēc "
                   "precizējumiem; elektrotehniķa MIP ir atbalstāma un virzāma saskaņošanai.", "Valmierā, 02.06.2026.")
    assert got[("elektromontieris", "MIP")] == "needs_corrections"
    assert got[("elektrotehniķis", "MIP")] == "supported"
    got = verdicts(reg, "PKE satura ekspertīze", "Eksperte: Agnese Roze, 16.06.2026.", "Mēbeļu galdnieks (LKI 4) – PKE",
                   "[X] atbalstāms un virzāms saskaņošanai", "[ ] nav atbalstāms", "Elektromontieris (LKI 3) – PKE",
                   "[ ] atbalstāms un virzāms saskaņošanai", "[X] nav atbalstāms")
    assert got == {("mēbeļu galdnieks", "PKE"): "supported", ("elektromontieris", "PKE"): "not_supported"}


def test_bold_options_under_document_lines_and_lettered_paragraphs(reg, tmp_path):
    from docx import Document

    from pipeline.reader import read_path
    doc = Document()
    for line in ("Kokapstrādes iekārtu operators", "Ekspertīzes atzinums (3. LKI līmenis)", "Eksperte: Laura Dzene"):
        doc.add_paragraph(line)
    for document, chosen in (("MIP:", 0), ("PKE:", 2)):
        doc.add_paragraph(document)
        for n, option in enumerate(("atbalstāms un virzāms saskaņošanai",
                                    "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms")):
            doc.add_paragraph().add_run(option).bold = n == chosen
    doc.save(tmp_path / "a.docx")
    ex = extract(read_path(tmp_path / "a.docx"), "a.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "supported"), ("PKE", "not_supported")}
    got = verdicts(reg, "Atzinums par enerģētikas nozares MIP", "Normunds Lapiņš, nozares eksperts",
                   "A) Elektromontieris. Programma laba. Atbalstāma ar nosacījumu, ka tiek iekļauta kabeļu montāža.",
                   "B) Elektrotehniķis. Ļoti laba programma. Atbalstu, virzāma saskaņošanai.")
    assert got == {("elektromontieris", "MIP"): "needs_corrections", ("elektrotehniķis", "MIP"): "supported"}


def test_a_verdict_deferred_with_its_options_in_brackets(reg):
    ex = extract(review(*HEAD, "Programmā rezultāti atkārtojas.", "Atzinumu (atbalstāms vai nē) sniegšu, kad būšu "
                        "saņēmis trūkstošos pielikumus."), "a.docx", reg)
    assert {r.verdict for r in ex.verdicts} == {"unknown"}


def test_what_another_expert_said_earlier_is_history(reg):
    got = verdicts(reg, *HEAD, "Martā eksperts R. Eglītis norādīja, ka programmu varēs virzīt saskaņošanai tikai pēc "
                   "precizējumiem.", "Tagad labojumi ir veikti. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}


@pytest.mark.parametrize("nothing", ["Programmā vairs nav nekā, ko es prasītu labot – uzskatu, ka tā ir gatava "
                                     "saskaņošanai, atbalstu.",
                                     "Neredzu neko, ko vajadzētu papildināt; MIP atbalstu un iesaku virzīt "
                                     "saskaņošanai.",
                                     "Nekādus labojumus neprasu – MIP var virzīt saskaņošanai kā ir.",
                                     "MIP ir atbalstāms un virzāms saskaņošanai, labojumu nav."])
def test_nothing_left_to_correct_is_no_condition(reg, nothing):
    got = verdicts(reg, *HEAD, nothing, "PKE saturs atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}


def test_paragraphs_that_open_on_their_qualification_in_a_letter(reg):
    got = verdicts(reg, "Labdien!", "Saņēmu dokumentus divām galdnieku kvalifikācijām.",
                   "Sākšu ar mēbeļu galdnieku. Gan programma, gan eksāmens izstrādāti rūpīgi. Man nav neviena "
                   "labojuma – abus dokumentus atbalstu un uzskatu par virzāmiem saskaņošanai.",
                   "Ar būvizstrādājumu galdnieka materiāliem situācija cita. Programmā jāiekļauj trepju aprēķini – "
                   "pēc tam to var virzīt saskaņošanai, tātad atbalstu ar precizējumiem. Eksāmena saturs gan "
                   "neatbilst programmai, jo uzdevums ir mēbeļu galdnieka kompetence. Eksāmenu šādā veidā "
                   "atbalstīt nevar.", "Ar cieņu", "Zane Upīte")
    assert got == {("mēbeļu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "PKE"): "supported",
                   ("būvizstrādājumu galdnieks", "MIP"): "needs_corrections",
                   ("būvizstrādājumu galdnieks", "PKE"): "not_supported"}


def test_a_conclusion_takes_the_one_qualification_the_letter_opened_with(reg):
    got = verdicts(reg, "From: Rihards Dzenis <r.dzenis@example.lv>", "Sent: Thursday, May 7, 2026 9:03 PM",
                   "Subject: FW: programma", "Labvakar!",
                   "Būvizstrādājumu galdnieka programmai mans vērtējums negatīvs. Tā vairāk līdzinās mēbeļu "
                   "galdnieka programmai.", "Rezumējot: programmas saturs nav atbalstāms.",
                   "Eksāmena vērtējumu sniedza Gatis, viņu ieliku kopijā.", "Rihards Dzenis")
    assert got == {("būvizstrādājumu galdnieks", "MIP"): "not_supported"}


def test_an_if_clause_states_no_verdict(reg):
    got = verdicts(reg, *HEAD, "Ja MIP saturs netiks atbalstīts, skolai tas būs jāpārstrādā līdz maijam.",
                   "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "Ja tiks precizēti vērtēšanas kritēriji, PKE saturs būs virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_corrections_not_made_are_still_pending(reg):
    got = verdicts(reg, *HEAD, "Labojumi nav veikti, tāpēc MIP atbalstāms pēc precizējumiem.",
                   "PKE saturs atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_documents_already_corrected_or_yet_to_be_sent(reg):
    got = verdicts(reg, *HEAD, "Izskatīju abus precizētos dokumentus, iepriekšējās piezīmes ņemtas vērā, jaunu "
                   "iebildumu nav.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}
    got = verdicts(reg, *HEAD, "Lūdzu iesniegt precizētos dokumentus, tad tos varēs atbalstīt.")
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "needs_corrections"}


def test_a_conclusion_paragraph_names_each_qualification_per_sentence(reg):
    got = verdicts(reg, "EKSPERTU ATZINUMS", "Eksperts: Valdis Grīnbergs", "1. Elektromontieris",
                   "Programmā jāprecizē kabeļlīniju modulis.", "2. Elektrotehniķis", "Eksāmens rada bažas.",
                   "# Kopvērtējums",
                   "Elektromontiera programma ir atbalstāma, taču virzāma tikai pēc 1.1. punktā minēto precizējumu "
                   "veikšanas, savukārt elektromontiera eksāmena saturs ir atbalstāms un virzāms saskaņošanai. "
                   "Elektrotehniķa programmu atbalstu un iesaku virzīt saskaņošanai. Elektrotehniķa eksāmena saturs "
                   "nav atbalstāms.")
    assert got == {("elektromontieris", "MIP"): "needs_corrections", ("elektromontieris", "PKE"): "supported",
                   ("elektrotehniķis", "MIP"): "supported", ("elektrotehniķis", "PKE"): "not_supported"}


def test_a_table_per_qualification_titled_by_its_first_row(reg):
    def box(text: str, checked: bool, row: int, col: int, i: int, table: int) -> Block:
        return Block(text=f"{'☒' if checked else '☐'} {text}", location=f"table {table} row {row} cell {col}",
                     index=i, cell=CellRef(table, row, col), marks=(Mark("glyph", checked, 0),))

    rows = []
    for t, name, mip in ((1, "Elektrotehniķis", True), (2, "Siltumenerģētikas tehniķis", False)):
        base = len(rows) + 3
        rows += [cell(name, 1, 1, base, t), cell("MIP", 2, 1, base + 1, t),
                 box("atbalstāms un virzāms saskaņošanai", mip, 2, 2, base + 2, t),
                 box("nav atbalstāms", not mip, 2, 3, base + 3, t), cell("PKE", 3, 1, base + 4, t),
                 box("atbalstāms un virzāms saskaņošanai", True, 3, 2, base + 5, t),
                 box("nav atbalstāms", False, 3, 3, base + 6, t)]
    ex = extract(review("Nozares eksperta atzinums – enerģētika", "Eksperts: Pēteris Ziemelis", "Datums: 18.06.2026.",
                        *rows), "a.docx", reg)
    got = {(r.qualification.lower(), r.document): r.verdict for r in ex.verdicts}
    assert got == {("elektrotehniķis", "MIP"): "supported", ("elektrotehniķis", "PKE"): "supported",
                   ("siltumenerģētikas tehniķis", "MIP"): "not_supported",
                   ("siltumenerģētikas tehniķis", "PKE"): "supported"}
    assert [p.code for p in ex.problems] == ["unknown_qualification"]


def test_a_qualification_cell_merged_down_over_its_pke_row(reg):
    def box(text: str, checked: bool, row: int, i: int) -> Block:
        return Block(text=f"{'☑' if checked else '☐'} {text}", location=f"table 1 row {row} cell 3", index=i,
                     cell=CellRef(1, row, 3), marks=(Mark("glyph", checked, 0),))

    blocks = [cell("Kvalifikācija (LKI)", 1, 1, 3), cell("Dok.", 1, 2, 4), cell("Vērtējums", 1, 3, 5)]
    for row, (name, doc, chosen) in enumerate([("Mēbeļu galdnieks (4)", "MIP", 0), ("", "PKE", 0),
                                               ("Būvizstrādājumu galdnieks (4)", "MIP", 1), ("", "PKE", 2)], start=2):
        i = len(blocks) + 3
        if name:
            blocks.append(cell(name, row, 1, i))
        blocks.append(cell(doc, row, 2, len(blocks) + 3))
        for n, option in enumerate(("atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas "
                                    "virzāms saskaņošanai", "nav atbalstāms")):
            blocks.append(box(option, n == chosen, row, len(blocks) + 3))
    got = verdicts(reg, "Kokrūpniecības nozare – MIP un PKE satura ekspertīze", "Eksperts: Kārlis Ziediņš",
                   "Datums: 20.07.2026.", *blocks)
    assert got == {("mēbeļu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "PKE"): "supported",
                   ("būvizstrādājumu galdnieks", "MIP"): "needs_corrections",
                   ("būvizstrādājumu galdnieks", "PKE"): "not_supported"}


def test_a_necessary_correction_before_after_that(reg):
    got = verdicts(reg, *HEAD, "MIP: kopumā vērtēju pozitīvi. Nepieciešams precizēt moduļa mācību rezultātus. Pēc tam "
                   "— virzāma saskaņošanai.", "PKE saturs atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_a_paragraph_about_the_exam_of_a_qualification(reg):
    got = verdicts(reg, "Par enerģētikas nozares kvalifikāciju eksāmenu saturu",
                   "Programmas vērtē citi kolēģi, tāpēc rakstu tikai par eksāmeniem.",
                   "Sākšu ar elektromontiera eksāmenu. Tas ir atbalstāms un virzāms saskaņošanai.",
                   "Savukārt elektrotehniķa PKE jāprecizē. Ar šiem precizējumiem eksāmena saturu atbalstu.",
                   "Visvairāk jautājumu man radās par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka "
                   "eksāmenu. Praktiskais uzdevums ir tikai filtru nomaiņa. Šo eksāmena saturu nevaru atbalstīt.",
                   "Rihards Kārkliņš")
    assert got == {("elektromontieris", "PKE"): "supported", ("elektrotehniķis", "PKE"): "needs_corrections",
                   ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE"): "not_supported"}


def test_a_table_of_review_rounds_counts_the_newest_row(reg):
    ex = extract(review("Par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP atkārtoto ekspertīzi",
                        cell("Ekspertīzes kārta", 1, 1, 1), cell("Datums", 1, 2, 2), cell("Slēdziens par MIP", 1, 3, 3),
                        cell("1. kārta", 2, 1, 4), cell("18.03.2026.", 2, 2, 5), cell("saturs nav atbalstāms", 2, 3, 6),
                        cell("2. kārta (šis atzinums)", 3, 1, 7), cell("14.05.2026.", 3, 2, 8),
                        cell("saturs ir atbalstāms un virzāms saskaņošanai", 3, 3, 9), "Ar cieņu", "Dace Liepiņa"),
                 "a.docx", reg)
    assert [(r.qualification, r.document, r.verdict, r.date) for r in ex.verdicts] == [
        (Q, "MIP", "supported", "2026-05-14")]


def test_paragraphs_opening_with_the_name_as_a_title(reg):
    got = verdicts(reg, "Valdis Siliņš, meža nozares eksperts", "Atzinums",
                   "Izskatīju meža mašīnu operatora MIP un PKE, kā arī motorzāģa operatora MIP precizēto redakciju.",
                   "Meža mašīnu operators. Abi dokumenti sakārtoti. Abus dokumentus atbalstu bez precizējumiem un "
                   "iesaku virzīt saskaņošanai.",
                   "Motorzāģa operators. Programmā izlaboti visi punkti. Programma atbalstāma un virzāma saskaņošanai.",
                   "Ogrē, 06.05.2026.")
    assert got == {("meža mašīnu operators", "MIP"): "supported", ("meža mašīnu operators", "PKE"): "supported",
                   ("motorzāģa operators", "MIP"): "supported"}


def test_a_qualification_named_in_full_then_by_the_end_of_its_name(reg):
    got = verdicts(reg, "Atzinums", "par ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka un ventilācijas "
                   "un gaisa kondicionēšanas sistēmu tehniķa modulārajām izglītības programmām",
                   "Sākšu ar remontatslēdznieka programmu. Tā ir praktiska un konkrēta.",
                   "Pavisam citādi ir ar sistēmu tehniķa programmu. Tā ir remontatslēdznieka programma ar pievienotu "
                   "moduli.", "Slēdziens. Remontatslēdznieka MIP – atbalstīt un virzīt saskaņošanai. Sistēmu tehniķa "
                   "MIP – neatbalstīt; jāpārstrādā un jāiesniedz atkārtoti.",
                   "Eksāmenu saturs man šoreiz netika iesūtīts.", "Kristaps Eglītis")
    assert got == {("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP"): "supported",
                   ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP"): "not_supported"}


def test_a_bulleted_heading_with_an_alias_and_a_document(reg):
    got = verdicts(reg, "Enerģētika – atzinumi, jūnijs", "Kristaps Eglītis | enerģētika | 02.06.2026",
                   "► VGK iekārtu remontatslēdznieks — PKE (atkārtoti)", "Atbalstu; virzāms saskaņošanai.",
                   "► Elektromontieris — MIP", "Programma nav atbalstāma.")
    assert got == {("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE"): "supported",
                   ("elektromontieris", "MIP"): "not_supported"}


def test_questions_as_column_headers_answered_row_by_row(reg):
    table = [["Kvalifikācija", "Dok.", "Atbalstāms (Jā/Nē)", "Nepieciešami precizējumi (Jā/Nē)",
              "Virzāms saskaņošanai (Jā/Nē)"],
             ["Elektromontieris", "MIP", "Jā", "Nē", "Jā"], ["", "PKE", "Jā", "Jā", "Jā, pēc precizējumiem"],
             ["VGK sistēmu tehniķis", "MIP", "Nē", "—", "Nē"], ["", "PKE", "Jā", "Nē", "Jā"]]
    blocks = [cell(text, r, c, 3 + 5 * (r - 1) + c) for r, row in enumerate(table, start=1)
              for c, text in enumerate(row, start=1) if text]
    got = verdicts(reg, "Enerģētikas nozares kvalifikāciju MIP un PKE vērtējums", "Eksperts: Ilmārs Puriņš",
                   "Datums: 10.06.2026.", *blocks)
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "needs_corrections",
                   ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP"): "not_supported",
                   ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE"): "supported"}


def test_a_round_column_with_two_documents_per_round(reg):
    table = [["Dokuments", "Kārta", "Datums", "Slēdziens"],
             ["MIP", "1. kārta", "10.02.2026.", "Nav atbalstāms"],
             ["MIP", "2. kārta", "15.04.2026.", "Atbalstāms un virzāms saskaņošanai"],
             ["PKE", "1. kārta", "10.02.2026.", "Atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai"],
             ["PKE", "2. kārta", "15.04.2026.", "Atbalstāms un virzāms saskaņošanai"]]
    blocks = [cell(text, r, c, 2 + 4 * (r - 1) + c) for r, row in enumerate(table, start=1)
              for c, text in enumerate(row, start=1)]
    ex = extract(review("Ekspertīzes atzinums (atkārtota ekspertīze)", "Kvalifikācija: Mēbeļu galdnieks", *blocks,
                        "Eksperte: Baiba Kalnēja"), "a.docx", reg)
    assert {(r.document, r.verdict, r.date) for r in ex.verdicts} == {("MIP", "supported", "2026-04-15"),
                                                                      ("PKE", "supported", "2026-04-15")}


def test_ordinal_labels_and_a_summary_table_of_qualification_and_document(reg):
    got = verdicts(reg, "Ekspertīzes atzinums (5. posms)", "Eksperts: Edgars Circenis", "Datums: 2026. gada 12. maijā",
                   "Pirmā kvalifikācija: koka izstrādājumu ražošanas tehniķis",
                   "Eksāmena saturu atbalstu bez precizējumiem, var virzīt saskaņošanai.",
                   "Otrā kvalifikācija: datorizētu kokapstrādes iekārtu operators",
                   "Eksāmena saturs atbalstāms un virzāms saskaņošanai.")
    assert got == {("koka izstrādājumu ražošanas tehniķis", "PKE"): "supported",
                   ("datorizētu kokapstrādes iekārtu operators", "PKE"): "supported"}
    table = [["Kvalifikācija / dokuments", "Vērtējums"],
             ["Elektromontieris – programma", "pozitīvs, bez iebildumiem; iesaku virzīt saskaņošanai"],
             ["Elektromontieris – eksāmens", "atbalsts ar precizējumiem, pēc to ieviešanas – virzīšana saskaņošanai"],
             ["Elektrotehniķis – eksāmens", "neatbalstu; praktiskā daļa jāizstrādā no jauna"]]
    blocks = [cell(text, r, c, 2 + 2 * (r - 1) + c) for r, row in enumerate(table, start=1)
              for c, text in enumerate(row, start=1)]
    got = verdicts(reg, "Atzinums par elektromontiera un elektrotehniķa kvalifikāciju dokumentiem", "Vērtējums", *blocks,
                   "I. Ziemele")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "needs_corrections",
                   ("elektrotehniķis", "PKE"): "not_supported"}


def test_numbered_headings_that_name_the_documents_and_the_round(reg):
    got = verdicts(reg, "Kokrūpniecības nozares eksperta atzinums", "Eksperts: Valdis Priedītis",
                   "1. Motorzāģa operators (LKI 3) – PKE, 2. kārta", "Precizējumi veikti. PKE atbalstu un iesaku "
                   "virzīt saskaņošanai.", "2. Kokapstrādes iekārtu operators (LKI 3) – MIP un PKE, 1. kārta",
                   "MIP atbalstāms ar nosacījumu, ka tiek apvienoti divi moduļi.", "PKE saturs nav atbalstāms.",
                   "3. Meža mašīnu operators (LKI 3) – tikai PKE (MIP vērtē D. Kalnača)",
                   "Pašreizējā redakcijā PKE saturs nav atbalstāms.")
    assert got == {("motorzāģa operators", "PKE"): "supported",
                   ("kokapstrādes iekārtu operators", "MIP"): "needs_corrections",
                   ("kokapstrādes iekārtu operators", "PKE"): "not_supported",
                   ("meža mašīnu operators", "PKE"): "not_supported"}


@pytest.mark.parametrize("aside", ["Profesionālās kvalifikācijas eksāmena saturu šajā kārtā vērtē cits nozares "
                                   "eksperts, tāpēc par to atzinumu nesniedzu.",
                                   "PKE atzinumu Tev nosūtīju jau 20. februārī, tur nekas nav mainījies."])
def test_the_other_document_reviewed_by_another_or_earlier(reg, aside):
    got = verdicts(reg, "Ekspertīzes atzinums par mēbeļu galdnieka saturu", "Eksperte: Ilze Kalniņa", aside,
                   "Vērtējot kopumā, MIP saturu atbalstu un iesaku virzīt saskaņošanai.")
    assert got == {(Q, "MIP"): "supported"}


def test_a_paragraph_whose_second_sentence_announces_its_qualification(reg):
    got = verdicts(reg, "Zane Muižniece", "enerģētikas nozares eksperte", "Labdien!",
                   "Pēc LDDK lūguma esmu izskatījusi divu kvalifikāciju dokumentus. Sākšu ar elektrotehniķa programmu, "
                   "kas kopumā ir laba. Prakses apjoms jāizlabo, pirms programmu virza saskaņošanai; pēc tā izlabošanas "
                   "programma ir atbalstāma. Eksāmena saturu atbalstu un uzskatu, ka to var virzīt saskaņošanai.",
                   "Savukārt elektromontiera kvalifikācijai vērtēju tikai eksāmenu. Eksāmena saturs ir atbalstāms ar "
                   "nosacījumu, ka tiek precizēti kritēriji.", "Ar cieņu,", "Zane Muižniece")
    assert got == {("elektrotehniķis", "MIP"): "needs_corrections", ("elektrotehniķis", "PKE"): "supported",
                   ("elektromontieris", "PKE"): "needs_corrections"}


def test_a_numbered_heading_with_the_level_and_more_after_the_name(reg):
    got = verdicts(reg, "Atzinums par divām kvalifikācijām", "I. Elektromontieris (LKI 3)",
                   "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
                   "II. Elektrotehniķis (LKI 4), tālākizglītības programma (640 h)",
                   "Programmas saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.", "O. Petrova")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektrotehniķis", "MIP"): "needs_corrections"}


def test_a_document_not_sent_but_reviewed_all_the_same_keeps_its_row(reg):
    got = verdicts(reg, "PROFESIONĀLĀS KVALIFIKĀCIJAS EKSĀMENU SATURA EKSPERTĪZE", "KOKAPSTRĀDES IEKĀRTU OPERATORS",
                   "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
                   "Pēc darba grupas lūguma paskatījos arī šīs kvalifikācijas programmu (MIP), kaut gan tā man "
                   "sākotnēji netika nodota. Programma ir atbalstāma, taču saskaņošanai virzāma tikai pēc labojumiem.",
                   "Sandra Vīksna")
    assert got == {("kokapstrādes iekārtu operators", "PKE"): "supported",
                   ("kokapstrādes iekārtu operators", "MIP"): "needs_corrections"}


def test_a_conclusion_line_per_document_after_a_colon_is_no_option_list(reg):
    got = verdicts(reg, *HEAD, "Rezumējot:", "MIP – nav iebildumu, atbalstu virzīt saskaņošanai bez precizējumiem.",
                   "PKE – atbalstāms; virzīt saskaņošanai pēc 3. punktā minēto lietu izlabošanas.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_after_that_in_one_clause_does_not_condition_the_next(reg):
    got = verdicts(reg, *HEAD, "1. Modulī jāpievieno darbs ar CNC iekārtām.",
                   "Programma atbalstāma pēc tam, kad būs papildināts modulis „Ražošanas plānošana”; eksāmena saturs "
                   "atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


@pytest.mark.parametrize("lines", [
    ("PKE – atbalstu ar nosacījumu, ka uzdevumā tiks norādīts ražības normatīvs. Pēc tam var virzīt saskaņošanai.",),
    ("PKE - atbalstu ar nosacijumu, ka uzdevuma tiks noradits razibas normativs. Pec tam var virzit saskanosanai.",),
])
def test_forwarding_after_that_follows_a_condition_in_the_sentence_before(reg, lines):
    got = verdicts(reg, *HEAD, "MIP – šādā redakcijā neatbalstu.", *lines)
    assert got == {(Q, "MIP"): "not_supported", (Q, "PKE"): "needs_corrections"}


def test_a_document_not_submitted_in_an_earlier_round_is_reviewed_now(reg):
    rows = [cell("Profesionālās kvalifikācijas nosaukums", 1, 1, 0), cell("Mēbeļu galdnieks", 2, 1, 1),
            cell("Ekspertīzes kārta", 3, 1, 2),
            cell("Atkārtota (pirmā – 09.03.2026., MIP netika atbalstīts; PKE toreiz nebija iesniegts)", 4, 1, 3),
            cell("Eksperta slēdziens par MIP", 5, 1, 4), cell("Atbalstāms un virzāms saskaņošanai.", 6, 1, 5),
            cell("Eksperta slēdziens par PKE", 7, 1, 6), cell("Atbalstāms, virzāms saskaņošanai.", 8, 1, 7)]
    assert verdicts(reg, *rows) == {(Q, "MIP"): "supported", (Q, "PKE"): "supported"}
    assert verdicts(reg, *HEAD, "MIP ir atbalstāms un virzāms saskaņošanai.", "Eksāmena saturs jau pirmajā kārtā tika "
                    "atbalstīts un atkārtoti netika iesniegts, tāpēc šoreiz to nevērtēju.") == {(Q, "MIP"): "supported"}


def test_options_in_bold_under_a_label_with_a_bracketed_instruction(reg):
    def option(text: str, i: int, bold: bool = False) -> Block:
        return Block(text=text, location=f"paragraph {i + 1}", index=i, emphasized=((0, len(text)),) if bold else ())

    lines = [*HEAD]
    for doc, pick in (("MIP", 0), ("PKE", 1)):
        lines.append(f"Atzinums par {doc} (atbilstošo izcelt treknrakstā)")
        for n, text in enumerate(("Saturs ir atbalstāms un virzāms saskaņošanai",
                                  "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
                                  "Saturs nav atbalstāms")):
            lines.append(option(text, len(lines), bold=n == pick))
    assert verdicts(reg, *lines) == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_a_column_of_the_first_rounds_verdicts_is_history(reg):
    head = ["Dokuments", "1. kārtas atzinums (12.03.2026.)", "Atzinums pēc precizējumiem", "Komentārs"]
    mip = ["MIP", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
           "Visi komentāri ievēroti."]
    pke = ["PKE", "nav atbalstāms", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Jāprecizē lapa."]
    cells = [cell(text, r + 1, c + 1, len(HEAD) + 4 * r + c) for r, row in enumerate((head, mip, pke))
             for c, text in enumerate(row)]
    assert verdicts(reg, *HEAD, *cells) == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_options_answered_yes_or_no_in_a_column_beside_them(reg):
    rows = [("Vērtējuma variants", "Jā / Nē"), ("PKE saturs ir atbalstāms un virzāms saskaņošanai", "Nē"),
            ("PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "Jā"),
            ("PKE saturs nav atbalstāms", "Nē")]
    cells = [cell(text, r + 1, c + 1, len(HEAD) + 2 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    assert verdicts(reg, *HEAD[:1], "Šis atzinums – tikai par eksāmenu.", *cells) == {(Q, "PKE"): "needs_corrections"}


@pytest.mark.parametrize(("line", "verdict"), [("Vērtējums: neatbalstīt; programma jāpārstrādā.", "not_supported"),
                                               ("Slēdziens: atbalstīt, virzīt saskaņošanai.", "supported")])
def test_an_infinitive_after_a_verdict_label(reg, line, verdict):
    assert verdicts(reg, *HEAD, "# MIP", "Programmā trūkst prakses.", line)[(Q, "MIP")] == verdict


def test_numbered_headings_with_the_round_after_the_name_split_a_table_review(reg):
    def table(t: int, first: int, mip: str, pke: str) -> list[Block]:
        rows = [("Dokuments", "Atzinums"), ("MIP", mip), ("PKE", pke)]
        return [cell(text, r + 1, c + 1, first + 2 * r + c, table=t) for r, row in enumerate(rows)
                for c, text in enumerate(row)]

    got = verdicts(reg, "Ekspertīzes atzinumi", "1. Mehatronisko sistēmu tehniķis (LKI 4) – atkārtota ekspertīze",
                   *table(1, 2, "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai"),
                   "2. Elektromontieris (LKI 3)", *table(2, 9, "atbalstāms un virzāms saskaņošanai", "nav atbalstāms"),
                   "Ilze Bite")
    assert got == {("mehatronisko sistēmu tehniķis", "MIP"): "supported",
                   ("mehatronisko sistēmu tehniķis", "PKE"): "supported",
                   ("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "not_supported"}


def test_options_separated_by_bars_with_one_underlined(reg):
    options = ["atbalstāms un virzāms saskaņošanai", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
               "nav atbalstāms"]
    text = "  |  ".join(options)

    def picked(n: int, row: int, i: int) -> Block:
        start = text.index(options[n])
        return Block(text=text, location=f"table 1 row {row} cell 2", index=i, cell=CellRef(1, row, 2),
                     emphasized=((start, start + len(options[n])),))

    got = verdicts(reg, *HEAD, "Vērtējums (vajadzīgo pasvītrot)", cell("MIP", 1, 1, 5), picked(1, 1, 6),
                   cell("PKE", 2, 1, 7), picked(0, 2, 8))
    assert got == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_a_table_of_rounds_numbered_under_a_round_column(reg):
    rows = [("Kārta", "Datums", "MIP", "PKE"),
            ("1.", "21.01.2026.", "atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "nav atbalstāms"),
            ("2.", "02.03.2026.", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai")]
    cells = [cell(text, r + 1, c + 1, 1 + 4 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    ex = extract(review("Mēbeļu galdnieks (4. LKI) – MIP un PKE ekspertīzes gaita", *cells, "Viktors Šteins"),
                 "a.docx", reg)
    assert [(r.document, r.verdict, r.date) for r in ex.verdicts] == [
        ("MIP", "supported", "2026-03-02"), ("PKE", "supported", "2026-03-02")]


def test_a_summary_table_with_a_qualification_column_labelled_with_its_level(reg):
    rows = [("Nr.", "Kvalifikācija (LKI)", "MIP atzinums", "PKE atzinums", "Piezīmes"),
            ("1.", "Mēbeļu galdnieks (4)", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
             "—"),
            ("2.", "Namdaris (3)", "neatbalstu", "nav iesniegts",
             "PKE izglītības iestāde vēl nav iesniegusi; tā ekspertīze tiks veikta vēlāk.")]
    cells = [cell(text, r + 1, c + 1, 1 + 5 * r + c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    ex = extract(review("Kokrūpniecības nozares MIP un PKE ekspertīžu kopsavilkums", *cells,
                        "Aizpildīja: Guntis Apinis, 2026. gada 4. martā"), "a.docx", reg)
    assert {(r.qualification, r.document): r.verdict for r in ex.verdicts} == {
        (Q, "MIP"): "supported", (Q, "PKE"): "supported", ("Namdaris", "MIP"): "not_supported"}
    assert {r.expert for r in ex.verdicts} == {"Guntis Apinis"}


def test_missing_annexes_of_a_document_do_not_leave_it_out(reg):
    got = verdicts(reg, *HEAD, "Konstatēju, ka darba grupa nav iesniegusi visus PKE pielikumus (vērtēšanas lapas).",
                   "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert got == {(Q, "MIP"): "supported", (Q, "PKE"): "unknown"}


def test_a_sentence_about_both_qualifications_gives_each_its_row(reg):
    got = verdicts(reg, "Labdien, kolēģi!", "Izskatīju dokumentus motorzāģa operatora un meža mašīnu operatora "
                   "kvalifikācijai. Motorzāģa operatora programmu var atbalstīt un virzīt saskaņošanai. Savukārt meža "
                   "mašīnu operatora programmu atbalstu un iesaku virzīt saskaņošanai.",
                   "Abu kvalifikāciju eksāmenu saturs ir labi sagatavots. Tos atbalstu un iesaku virzīt saskaņošanai.",
                   "Ivars Dzenis, 2026. gada 18. februārī")
    assert got == {(q, d): "supported" for q in ("motorzāģa operators", "meža mašīnu operators") for d in ("MIP", "PKE")}


def test_a_sentence_opening_with_also_and_a_qualification_is_about_that_one(reg):
    got = verdicts(reg, "Sveiki!", "Izskatīju motorzāģa operatora un mežsaimniecības tehniķa MIP. Motorzāģa "
                   "operatora programmu atbalstu, var virzīt saskaņošanai. Arī mežsaimniecības tehniķa programma ir "
                   "labā līmenī, nav atbalstāma tikai viena moduļa dēļ – jāpārstrādā 4. modulis.", "Inga")
    assert got == {("motorzāģa operators", "MIP"): "supported", ("mežsaimniecības tehniķis", "MIP"): "not_supported"}


def test_an_unregistered_name_written_twice_in_other_letters_is_one_qualification(reg):
    ex = extract(review(
        "Eksperta atzinums par divām kvalifikācijām",
        "I  METĀLA VIRPOTĀJS (3. LKI)",
        "Programmā trūkst darba ar CNC virpām, eksāmenā nav noteiktas pielaides.",
        "II  MEHATRONISKO SISTĒMU TEHNIĶIS",
        "Martā izteiktās piezīmes ir novērstas.",
        cell("Kvalifikācija", 1, 1, 5), cell("MIP", 1, 2, 6), cell("PKE", 1, 3, 7),
        cell("Metāla virpotājs", 2, 1, 8), cell("atbalstāms pēc precizējumiem", 2, 2, 9),
        cell("atbalstāms pēc precizējumiem", 2, 3, 10),
        cell("Mehatronisko sistēmu tehniķis", 3, 1, 11), cell("netika vērtēts", 3, 2, 12),
        cell("atbalstāms un virzāms saskaņošanai", 3, 3, 13),
        "Kaspars Ozols",
    ), "a.docx", reg)
    assert {(r.qualification, r.document, r.verdict) for r in ex.verdicts} == {
        ("metāla virpotājs", "MIP", "needs_corrections"), ("metāla virpotājs", "PKE", "needs_corrections"),
        ("mehatronisko sistēmu tehniķis", "PKE", "supported")}
    assert [p.code for p in ex.problems] == ["unknown_qualification"]


def test_an_x_under_the_no_column_answers_no(reg):
    def x(row: int, col: int, i: int) -> Block:
        return Block(text="X", location=f"table 1 row {row} cell {col}", index=i, cell=CellRef(1, row, col),
                     marks=(Mark("letter", True, 0),))
    got = verdicts(reg, *HEAD, "PKE saturu vērtē cits eksperts.",
                   cell("Kritērijs", 1, 1, 3), cell("Jā", 1, 2, 4), cell("Nē", 1, 3, 5),
                   cell("Moduļu secība ir loģiska", 2, 1, 6), x(2, 2, 7),
                   cell("MIP saturs ir atbalstāms un virzāms saskaņošanai", 3, 1, 8), x(3, 3, 9),
                   cell("MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", 4, 1, 10),
                   x(4, 2, 11),
                   cell("MIP saturs nav atbalstāms", 5, 1, 12), x(5, 3, 13))
    assert got == {(Q, "MIP"): "needs_corrections"}


def test_a_history_label_above_its_value_in_a_one_column_form(reg):
    got = verdicts(reg, "MIP atkārtotās ekspertīzes atzinums",
                   cell("Kvalifikācija", 1, 1, 1), cell("Elektromontieris", 2, 1, 2),
                   cell("Iepriekšējā ekspertīze", 3, 1, 3),
                   cell("1. kārta: MIP tika atbalstīts, pēc precizējumu veikšanas virzāms saskaņošanai.", 4, 1, 4),
                   cell("Atzinums par MIP (2. kārta)", 5, 1, 5),
                   cell("Tādā redakcijā MIP nevaru atbalstīt. Programma jāpārstrādā.", 6, 1, 6))
    assert got == {("elektromontieris", "MIP"): "not_supported"}


def test_a_tick_inside_a_verdict_cell_chooses_only_that_cell(reg):
    ticked = Block(text="✓ atbalstāms un virzāms saskaņošanai", location="table 1 row 2 cell 2", index=5,
                   cell=CellRef(1, 2, 2), marks=(Mark("glyph", True, 0),))
    got = verdicts(reg, "Par MIP un PKE satura ekspertīzes rezultātiem",
                   cell("Profesionālā kvalifikācija", 1, 1, 1), cell("MIP", 1, 2, 2), cell("PKE", 1, 3, 3),
                   cell("Koka izstrādājumu ražošanas tehniķis (LKI 4)", 2, 1, 4), ticked,
                   cell("atbalstāms ar precizējumiem", 2, 3, 6),
                   cell("Kokapstrādes iekārtu operators (LKI 3)", 3, 1, 7), cell("nav atbalstāms", 3, 2, 8),
                   cell("— (vēl nav iesniegts)", 3, 3, 9), "Raimonds Pauniņš")
    assert got == {("koka izstrādājumu ražošanas tehniķis", "MIP"): "supported",
                   ("koka izstrādājumu ražošanas tehniķis", "PKE"): "needs_corrections",
                   ("kokapstrādes iekārtu operators", "MIP"): "not_supported"}


def test_a_row_naming_a_document_heads_the_options_below_it(reg):
    def box(text: str, checked: bool, row: int, i: int) -> Block:
        return Block(text=f"{'☒' if checked else '☐'} {text}", location=f"table 1 row {row} cell 1", index=i,
                     cell=CellRef(1, row, 1), marks=(Mark("glyph", checked, 0),))

    options = ("saturs ir atbalstāms un virzāms saskaņošanai",
               "saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", "saturs nav atbalstāms")
    blocks, row = [], 1
    for document, chosen in (("MIP", 0), ("PKE", 1)):
        blocks.append(cell(document, row, 1, 10 + row))
        for n, option in enumerate(options):
            row += 1
            blocks.append(box(option, n == chosen, row, 10 + row))
        row += 1
    assert verdicts(reg, *HEAD, *blocks) == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def _criterion_table(table: int, rows: list[tuple[str, str]], first: int) -> list[Block]:
    """Return a "Kritērijs | Jā | Nē" table whose rows carry an X in the column named ("Jā" or "Nē")."""
    blocks = [cell(t, 1, c, first + c, table) for c, t in enumerate(("Kritērijs", "Jā", "Nē"), start=1)]
    for row, (text, answer) in enumerate(rows, start=2):
        col = 2 if answer == "Jā" else 3
        blocks += [cell(text, row, 1, first + 3 * row, table),
                   Block(text="X", location=f"table {table} row {row} cell {col}", index=first + 3 * row + 1,
                         cell=CellRef(table, row, col), marks=(Mark("letter", True, 0),))]
    return blocks


@pytest.mark.parametrize(("rows", "verdict"), [
    ([("Vērtēšanas kritēriji skaidri", "Nē"), ("Eksāmena ilgums pamatots", "Jā"), ("Saturs atbalstāms", "Nē")],
     "not_supported"),
    ([("Vērtēšanas kritēriji skaidri", "Jā"), ("Saturs atbalstāms", "Jā")], "supported"),
    ([("Saturs atbalstāms", "Nē"), ("Saturs atbalstāms pēc precizējumu veikšanas", "Jā")], "needs_corrections"),
])
def test_the_verdict_row_of_a_criterion_table_answered_no(reg, rows, verdict):
    blocks = [Block(text="B. Profesionālās kvalifikācijas eksāmens", location="paragraph 5", index=5),
              *_criterion_table(1, rows, 6)]
    assert verdicts(reg, *HEAD, *blocks)[(Q, "PKE")] == verdict


@pytest.mark.parametrize("start", ["Sākšu", "Sāku", "Sākot"])
def test_a_paragraph_that_starts_with_its_qualification_after_a_subject_naming_both(reg, start):
    got = verdicts(reg, "Tēma: MIP atzinumi – būvizstrādājumu galdnieks, mēbeļu galdnieks", "Labdien!",
                   f"{start} ar būvizstrādājumu galdnieku. Programma ir pārdomāta. Šo programmu atbalstu bez "
                   "iebildumiem, to var sūtīt saskaņošanai.",
                   "Ar mēbeļu galdnieka programmu ir citādi. Manuprāt, šādā veidā programma nav atbalstāma.",
                   "Uldis Rozentāls")
    assert got == {("būvizstrādājumu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "MIP"): "not_supported"}


def test_paragraphs_that_enumerate_their_qualifications(reg):
    got = verdicts(reg, "Par motorzāģa operatora un kokapstrādes iekārtu operatora programmām un eksāmeniem",
                   "Labdien! Izskatīju četrus dokumentus.",
                   "Pirmkārt, motorzāģa operators. Programmu atbalstu, taču drošības prasības jāpapildina ar atsevišķu "
                   "mācību rezultātu. Eksāmenam iebildumu nav – tas ir atbalstāms un virzāms saskaņošanai.",
                   "Otrkārt, kokapstrādes iekārtu operators. Programmu atbalstu, var virzīt saskaņošanai. "
                   "Eksāmens ir atbalstāms un virzāms saskaņošanai.", "Ilze Bērziņa")
    assert got == {("motorzāģa operators", "PKE"): "supported", ("kokapstrādes iekārtu operators", "MIP"): "supported",
                   ("kokapstrādes iekārtu operators", "PKE"): "supported",
                   ("motorzāģa operators", "MIP"): "needs_corrections"}


def test_the_header_beside_a_qualification_column_is_no_qualification(reg):
    rows = [("Kvalifikācija", "Konstatētais", "Slēdziens"),
            ("Elektrotehniķis", "Praktiskā daļa saīsināta.", "Saturs nav atbalstāms."),
            ("Elektromontieris", "Trūkst kritērija.", "Atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")]
    cells = [cell(t, r + 1, c + 1, 10 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    lines = ("Par profesionālo kvalifikāciju eksāmenu satura ekspertīzi", *cells, "Rūta Avotiņa")
    assert verdicts(reg, *lines) == {("elektrotehniķis", "PKE"): "not_supported",
                                     ("elektromontieris", "PKE"): "needs_corrections"}
    assert "unknown_qualification" not in problems(reg, *lines)


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Neatbalstīt MIP nav neviena iemesla: saturs ir pārdomāts.", "supported"),
    ("Nav pamata neatbalstīt šo programmu.", "supported"),
    ("Nav pamata atbalstīt šo programmu.", "not_supported"),
    ("Neredzu iemesla šo programmu neatbalstīt.", "supported"),
])
def test_a_double_negative_supports_the_document(reg, sentence, verdict):
    assert verdicts(reg, "Elektromontieris – MIP", sentence, "Jānis Kalniņš") == {("elektromontieris", "MIP"): verdict}


def test_a_verdict_reported_from_a_month_earlier_is_history(reg):
    got = verdicts(reg, "Elektromontieris – PKE, atkārtota ekspertīze",
                   "2026. gada martā sniedzu atzinumu, ka eksāmena saturs nav atbalstāms: nebija mērījumu uzdevuma.",
                   "Jaunajā redakcijā mērījums ir iekļauts. PKE saturs ir atbalstāms un virzāms saskaņošanai.",
                   "Normunds Kārkliņš")
    assert got == {("elektromontieris", "PKE"): "supported"}


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Pēc 1. kārtā norādīto trūkumu novēršanas eksāmena saturs ir atbalstāms un virzāms saskaņošanai.", "supported"),
    ("Pēc iepriekšējā atzinumā norādīto trūkumu novēršanas eksāmena saturs ir atbalstāms.", "supported"),
    ("Pēc norādīto trūkumu novēršanas eksāmena saturs ir atbalstāms.", "needs_corrections"),
    ("Eksāmens ir atbalstāms. Pēc iepriekš minēto trūkumu novēršanas to var virzīt.", "needs_corrections"),
])
def test_remarks_of_an_earlier_round_were_fixed_and_are_no_condition(reg, sentence, verdict):
    assert verdicts(reg, "Elektromontieris – PKE, 2. kārta", sentence, "Jānis Kalniņš") == \
        {("elektromontieris", "PKE"): verdict}


def test_a_change_to_put_in_before_forwarding_is_a_condition(reg):
    got = verdicts(reg, "Elektromontieris – MIP",
                   "Programmā trūkst plazmas griešanas. Šīs lietas jāieliek, un tad programmu varēs virzīt "
                   "saskaņošanai – pašu saturu es atbalstu.", "Raimonds Dzenis")
    assert got == {("elektromontieris", "MIP"): "needs_corrections"}


def test_a_paragraph_that_opens_with_ar_and_its_qualification_is_its_section(reg):
    got = verdicts(reg, "Par elektromontiera un elektrotehniķa dokumentiem",
                   "Sūtu savu redzējumu par abām kvalifikācijām – elektromontieri un elektrotehniķi.",
                   "Elektromontiera programmā viss būtiskais ir. Programma ir atbalstāma, un es to ieteiktu virzīt "
                   "saskaņošanai. Arī eksāmenu atbalstu bez iebildumiem.",
                   "Ar elektrotehniķi ir sarežģītāk. Programmā trūkst releju aizsardzības, to vajag papildināt, "
                   "pēc tam saturs ir atbalstāms. Eksāmenu arī atbalstu, tomēr pirms virzīšanas saskaņošanai "
                   "jāpapildina vērtēšanas kritēriji.", "Aivars Grīnbergs")
    assert got == {("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "supported",
                   ("elektrotehniķis", "MIP"): "needs_corrections", ("elektrotehniķis", "PKE"): "needs_corrections"}


def test_an_unregistered_name_before_a_level_in_the_title_is_reported(reg):
    lines = ("Metinātājs (LKI 3. līmenis) – MIP un PKE saturs. Eksperta vērtējums",
             "Programmā trūkst MAG metināšanas. MIP saturs ir atbalstāms, pēc precizējumu veikšanas virzāms.",
             "Eksāmena saturs (PKE) ir labs, atbalstu un iesaku virzīt saskaņošanai.", "R. Dzenis")
    assert verdicts(reg, *lines) == {("metinātājs", "MIP"): "needs_corrections", ("metinātājs", "PKE"): "supported"}
    assert "unknown_qualification" in problems(reg, *lines)


def test_a_document_not_received_after_a_phrase_about_its_materials_gets_no_row(reg):
    got = verdicts(reg, "From: Jānis Bērziņš <janis.berzins@elektrotikls.lv>", "Sent: Tuesday, February 17, 2026 4:52 PM",
                   "To: Liene Auziņa <liene.auzina@lddk.lv>", "Subject: RE: Elektromontieris - MIP ekspertīze",
                   "Labdien, Liene!", "Izskatīju elektromontiera programmu (MIP). Programmu atbalstu, manā skatījumā to "
                   "var virzīt saskaņošanai tādu, kāda tā ir.",
                   "Eksāmena materiālus neesmu saņēmis, tāpēc par PKE neko neteikšu – ja tie būs gatavi, atsūti.",
                   "Jānis")
    assert got == {("elektromontieris", "MIP"): "supported"}


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("Šādu MIP saturu atbalstīt nav iespējams.", "not_supported"),
    ("Bez tiem MIP virzīt saskaņošanai nebūtu pareizi.", "not_supported"),
    ("Neatbalstīt MIP nebūtu pareizi: saturs ir pārdomāts.", "supported"),
])
def test_a_verdict_word_followed_by_impossible_or_wrong(reg, sentence, verdict):
    assert verdicts(reg, "Elektromontieris – MIP", sentence, "Jānis Kalniņš") == {("elektromontieris", "MIP"): verdict}


def test_paragraphs_opened_by_talak_and_visbeidzot(reg):
    got = verdicts(reg, "Enerģētikas kvalifikāciju programmas – mans viedoklis",
                   "Šoreiz man uzticēja apskatīt divas programmas. Eksāmenus neskatīju.",
                   "Sākšu ar elektromontieri. Ja kabeļu moduli papildinās, programmu var virzīt saskaņošanai – pēc "
                   "būtības es to atbalstu.",
                   "Tālāk – elektrotehniķis. Programma atbilst, bet jāsakārto terminoloģija. Atbalstāma pēc šiem "
                   "precizējumiem.",
                   "Visbeidzot ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieka programma – lieliska. "
                   "Atbalstu virzīšanu saskaņošanai.", "Rita Eglīte")
    assert got == {("elektromontieris", "MIP"): "needs_corrections", ("elektrotehniķis", "MIP"): "needs_corrections",
                   ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "MIP"): "supported"}


def test_a_short_sentence_at_the_top_leaves_its_document_out_of_every_section(reg):
    got = verdicts(reg, "Atzinums par eksāmenu saturu",
                   "Izskatīju divu kvalifikāciju eksāmenu saturu. Programmas nevērtēju.", "ELEKTROMONTIERIS",
                   "Uzdevumi sabalansēti. Šo eksāmenu uzskatu par atbalstāmu un virzāmu saskaņošanai.",
                   "VGK IEKĀRTU REMONTATSLĒDZNIEKS",
                   "Precizētā versija ir kārtībā. Atbalstāms un virzāms saskaņošanai.", "Normunds Kalējs")
    assert got == {("elektromontieris", "PKE"): "supported",
                   ("ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks", "PKE"): "supported"}


def test_a_verdict_put_off_until_the_programme_is_sent_keeps_its_row(reg):
    got = verdicts(reg, "Elektromontieris – MIP un PKE (melnraksts)",
                   "Slēdziens par programmu: [jāpapildina pēc tam, kad darba grupa atsūtīs precizēto stundu tabulu]",
                   "Slēdziens par eksāmenu: eksāmena saturs nav atbalstāms; jāpārstrādā praktiskais uzdevums.",
                   "Sandra Liepa")
    assert got == {("elektromontieris", "MIP"): "unknown", ("elektromontieris", "PKE"): "not_supported"}


def test_rows_of_a_table_that_name_a_qualification_and_its_verdicts(reg):
    rows = [("Mehatronisko sistēmu tehniķis, 4.LKI", "MIP – atbalstu", "PKE – atbalstu ar precizējumiem (pielikumā)"),
            ("Metālapstrādes iekārtu operators, 3.LKI", "MIP – atbalstu", "PKE – atbalstu")]
    cells = [cell(t, r + 1, c + 1, 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    got = {(q.lower(), d): v for (q, d), v in verdicts(reg, *cells).items()}
    assert got == {("mehatronisko sistēmu tehniķis", "MIP"): "supported",
                   ("mehatronisko sistēmu tehniķis", "PKE"): "needs_corrections",
                   ("metālapstrādes iekārtu operators", "MIP"): "supported",
                   ("metālapstrādes iekārtu operators", "PKE"): "supported"}
    assert "unknown_qualification" in problems(reg, *cells)


def test_a_table_row_listing_documents_without_verdicts_names_no_qualification(reg):
    rows = [("Kvalifikācija", "LKI", "Dokumenti", "Iesniegšana ekspertiem"),
            ("Elektromontieris", "3", "MIP, PKE", "līdz 15.04.2026."),
            ("Siltumtīklu montētājs, 3.LKI", "3", "MIP, PKE", "līdz 30.04.2026.")]
    cells = [cell(t, r + 1, c + 1, 2 + 4 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    lines = ("Elektromontieris – MIP", "MIP saturs ir atbalstāms un virzāms saskaņošanai.", *cells,
             "Dokumenti, kuru saturs nav atbalstāms, pēc pārstrādes tiks nodoti atkārtotai ekspertīzei.", "Jānis Kalniņš")
    assert verdicts(reg, *lines) == {("elektromontieris", "MIP"): "supported"}
    assert "unknown_qualification" not in problems(reg, *lines)


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("PKE: neskatoties uz redakcionālajām nepilnībām, kuras skola var labot pati, saturs kopumā ir atbalstāms un "
     "virzāms saskaņošanai.", "supported"),
    ("PKE saturu var atbalstīt ar nosacījumu, ka tiek iekļauts CAM uzdevums.", "needs_corrections"),
])
def test_a_correction_the_school_makes_itself_is_no_condition(reg, sentence, verdict):
    assert verdicts(reg, "Mēbeļu galdnieks – PKE", sentence, "Ilze Strautiņa") == {("mēbeļu galdnieks", "PKE"): verdict}


def test_which_document_was_not_supported_earlier_is_no_scope(reg):
    rows = [("", "Pašreizējais slēdziens", "Komentārs"),
            ("Programma", "Atbalstāma un virzāma saskaņošanai", "Februāra kārtā netika atbalstīts tikai PKE; MIP "
             "slēdziens nemainās."),
            ("Eksāmens", "Atbalstāms; jāprecizē drošības instruktāžas daļa, pēc tam var virzīt saskaņošanai", "")]
    cells = [cell(t, r + 1, c + 1, 1 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    got = verdicts(reg, "Motorzāģa operators – atkārtota ekspertīze pēc skolas labojumiem", *cells, "Laura Celmiņa")
    assert got == {("motorzāģa operators", "MIP"): "supported", ("motorzāģa operators", "PKE"): "needs_corrections"}


def test_not_ready_and_to_be_sent_for_a_new_review_is_not_supported(reg):
    got = verdicts(reg, "Mehatronisko sistēmu tehniķis – MIP",
                   "Veidlapas variantus izdzēsu, rakstu pats: programma vēl nav gatava saskaņošanai, jāpārstrādā "
                   "4. un 7. modulis, pēc tam jāatsūta atkārtotai ekspertīzei.", "Jānis Kalniņš")
    assert got == {("mehatronisko sistēmu tehniķis", "MIP"): "not_supported"}


def test_a_document_named_as_the_yardstick_of_another_gets_no_verdict(reg):
    got = verdicts(reg, "VGK sistēmu tehniķis – MIP un PKE",
                   "Uzskatu, ka MIP var virzīt saskaņošanai tādu, kāda tā ir; precizējumi nav nepieciešami.",
                   "Eksāmena saturu šajā redakcijā atbalstīt nevaru — tas jāpārstrādā atbilstoši jaunajai programmai "
                   "un jāiesniedz atkārtotai ekspertīzei.",
                   "PKE saturs nav atbalstāms – tas jāizstrādā no jauna, saskaņojot ar programmu, un jāiesniedz "
                   "atkārtotai ekspertīzei.", "Mārtiņš Eglītis")
    assert got == {("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "MIP"): "supported",
                   ("ventilācijas un gaisa kondicionēšanas sistēmu tehniķis", "PKE"): "not_supported"}


@pytest.mark.parametrize(("aside", "reviewed"), [
    ("Par eksāmenu – kā jau runājām telefoniski, to vērtēs Oskars, es PKE neesmu skatījis.", "MIP"),
    ("MIP, kā runājām, skatās Harijs, es to neesmu vērtējis.", "PKE"),
    ("Atkārtota MIP ekspertīze nav veikta – MIP vērtēta 12.03.2026. atzinumā.", "PKE"),
    ("Baiba, pārsūtu Kaspara atzinumu par eksāmenu. MIP jau nosūtīju iepriekš. Liene", "PKE"),
])
def test_a_document_someone_else_reviews_or_was_sent_before_gets_no_row(reg, aside, reviewed):
    verdict = {"MIP": "Programmu atbalstu, to var virzīt saskaņošanai.",
               "PKE": "Eksāmena saturu atbalstu un iesaku to virzīt saskaņošanai."}[reviewed]
    got = verdicts(reg, "Elektromontieris – atzinums", "Labdien!", verdict, aside, "Jānis Bērziņš")
    assert got == {("elektromontieris", reviewed): "supported"}


def test_a_missing_module_is_no_document_left_out(reg):
    got = verdicts(reg, "Mehatronisko sistēmu tehniķis – MIP un PKE",
                   "Pamatojums: MIP nav iekļauti pneimatikas moduļi. Programma jāpārstrādā. MIP saturs nav atbalstāms.",
                   "PKE saturs ir atbalstāms un virzāms saskaņošanai.", "Jānis Bērziņš")
    assert got == {("mehatronisko sistēmu tehniķis", "MIP"): "not_supported",
                   ("mehatronisko sistēmu tehniķis", "PKE"): "supported"}


@pytest.mark.parametrize(("sentences", "verdict"), [
    (("Otrajā redakcijā abi papildinājumi ir izdarīti kvalitatīvi, tāpēc tagad MIP atbalstu un iesaku virzīt "
      "saskaņošanai.",), "supported"),
    (("Tādējādi mans aprīļa atzinums ar nosacījumiem vairs nav aktuāls – MIP saturs tagad ir atbalstāms un virzāms "
      "saskaņošanai.",), "supported"),
    (("2026. gada martā sniedzu atzinumu, ka MIP saturs ir atbalstāms, bet virzāms saskaņošanai tikai pēc "
      "precizējumu veikšanas.", "Precizējumi ir veikti. Tagad MIP ir atbalstāms un virzāms saskaņošanai."), "supported"),
    (("MIP saturs ir atbalstāms, bet virzāms saskaņošanai tikai pēc precizējumu veikšanas.",), "needs_corrections"),
])
def test_conditions_of_an_earlier_review_that_are_met_now(reg, sentences, verdict):
    assert verdicts(reg, "Elektromontieris – MIP, 2. kārta", *sentences, "Jānis Kalniņš") == \
        {("elektromontieris", "MIP"): verdict}


def test_the_overall_row_under_ticked_criteria_states_the_verdict(reg):
    table = _criterion_table(1, [("MIP mērķis atbilst kvalifikācijas prasībām", "Jā"),
                                 ("Moduļu rezultāti formulēti izmērāmi", "Nē")], 6)
    overall = cell("Kopējais vērtējums: atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", 9, 1, 40)
    got = verdicts(reg, *HEAD, Block(text="A. Modulārā izglītības programma", location="paragraph 5", index=5),
                   *table, overall)
    assert got[(Q, "MIP")] == "needs_corrections"


def test_the_verdicts_questions_asked_with_a_column_per_document(reg):
    rows = [("Jautājums", "MIP", "PKE"), ("Vai saturs ir atbalstāms?", "Jā", "Jā"),
            ("Vai pirms saskaņošanas nepieciešami precizējumi?", "Jā", "Nē"),
            ("Vai saturs ir virzāms saskaņošanai?", "Jā, pēc precizējumu veikšanas", "Jā")]
    cells = [cell(t, r + 1, c + 1, 6 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    assert verdicts(reg, *HEAD, *cells) == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "supported"}


def test_options_answered_yes_or_no_in_a_column_per_document(reg):
    rows = [("Apgalvojums", "MIP", "PKE"),
            ("Saturs ir atbalstāms un virzāms saskaņošanai bez precizējumiem", "Jā", "Nē"),
            ("Saturs ir atbalstāms, bet pirms virzīšanas saskaņošanai jāveic precizējumi", "Nē", "Jā"),
            ("Saturs nav atbalstāms", "Nē", "Nē")]
    cells = [cell(t, r + 1, c + 1, 6 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    assert verdicts(reg, *HEAD, *cells) == {(Q, "MIP"): "supported", (Q, "PKE"): "needs_corrections"}


def test_the_current_round_row_of_a_table_of_rounds_stands(reg):
    rows = [("Kārta", "Datums", "MIP", "PKE", "Komentārs"),
            ("1.", "10.02.2026", "nav atbalstāms", "atbalstāms, pēc precizējumiem virzāms", "bez prakses plāna"),
            ("2. (aktuālā)", "30.04.2026", "atbalstāms un virzāms saskaņošanai", "atbalstāms un virzāms saskaņošanai",
             "visi labojumi veikti")]
    cells = [cell(t, r + 1, c + 1, 6 + 5 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    ex = extract(review(*HEAD, *cells), "a.docx", reg)
    assert {(r.qualification, r.document): r.verdict for r in ex.verdicts} == {(Q, "MIP"): "supported",
                                                                                (Q, "PKE"): "supported"}
    assert {r.date for r in ex.verdicts} == {"2026-04-30"}


def test_an_option_column_named_by_its_condition_alone(reg):
    head = ("Kvalifikācija", "Atbalstāms, virzāms saskaņošanai", "Pēc precizējumiem", "Nav atbalstāms")
    rows = [head, ("Kokapstrādes iekārtu operators", "X", "", ""),
            ("Datorizētu kokapstrādes iekārtu operators", "", "X", "")]
    blocks = []
    for r, row in enumerate(rows, start=1):
        for c, t in enumerate(row, start=1):
            if t:
                marks = (Mark("letter", True, 0),) if t == "X" else ()
                blocks.append(Block(text=t, location=f"table 1 row {r} cell {c}", index=len(blocks) + 2,
                                    cell=CellRef(1, r, c), marks=marks))
    got = verdicts(reg, "MIP ekspertīze – kokapstrāde", "Eksperts: Oskars Meiers.", *blocks)
    assert got == {("kokapstrādes iekārtu operators", "MIP"): "supported",
                   ("datorizētu kokapstrādes iekārtu operators", "MIP"): "needs_corrections"}


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("MIP saturs kopumā ir atbalstāms; pēc 4. moduļa un prakses uzdevumu precizēšanas to var virzīt saskaņošanai.",
     "needs_corrections"),
    ("Jā, MIP atbalstu; programma var tikt virzīta saskaņošanai.", "supported"),
    ("Ja MIP papildinās ar prakses plānu, to atbalstu.", "needs_corrections"),
    ("Marta atzinumā norādītie precizējumi (bīstamo koku gāšana, pirmā palīdzība, bioloģiski noārdāmās eļļas) ir "
     "veikti, tāpēc MIP atbalstu.", "supported"),
    ("Slēdziens par MIP: saturs ir atbalstāms un virzāms saskaņošanai – darba grupa prakses moduli jau papildināja.",
     "supported"),
    ("MIP ir atbalstāms, bet jāpapildina ar prakses moduli.", "needs_corrections"),
])
def test_yes_tasks_and_corrections_already_made(reg, sentence, verdict):
    assert verdicts(reg, "Elektromontieris – MIP", sentence, "Jānis Kalniņš") == {("elektromontieris", "MIP"): verdict}


def test_only_the_document_after_tikai_is_reviewed_when_the_other_is_named_first(reg):
    got = verdicts(reg, "A) Meža mašīnu operators", "Eksāmena saturs ir atbalstāms un virzāms saskaņošanai.",
                   "B) Kokapstrādes iekārtu operators",
                   "Eksāmena materiāli vēl nav iesniegti, tāpēc vērtēju tikai programmu. Programma nav atbalstāma, "
                   "tā jāizstrādā no jauna.", "Edgars Ozols")
    assert got[("kokapstrādes iekārtu operators", "MIP")] == "not_supported"
    assert ("kokapstrādes iekārtu operators", "PKE") not in got


@pytest.mark.parametrize("title", [
    "par atjaunojamās enerģijas sistēmu tehniķa (LKI 4. līmenis) modulārās izglītības programmas un profesionālās "
    "kvalifikācijas eksāmena saturu",
    "Atzinums par modulāro izglītības programmu „Atjaunojamās enerģijas sistēmu tehniķis”",
])
def test_an_unregistered_name_in_a_long_title_is_reported(reg, title):
    lines = ("Atzinums", title, "Programma. MIP saturs ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai.",
             "A. Kuzņecovs")
    assert "unknown_qualification" in problems(reg, *lines)
    assert {q.lower() for q, _ in verdicts(reg, *lines)} == {"atjaunojamās enerģijas sistēmu tehniķis"}


def test_a_form_label_row_over_its_value_row_names_the_qualification(reg):
    rows = [("Nozare", "Profesionālā kvalifikācija"), ("Mašīnbūve un metālapstrāde", "Metinātājs"),
            ("LKI līmenis", "Izglītības programmas veids"), ("LKI 3", "profesionālā vidējā izglītība")]
    cells = [cell(t, r + 1, c + 1, 1 + 2 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    lines = ("LDDK NOZARES EKSPERTA ATZINUMS", *cells, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "Jolanta Misiņa")
    assert "unknown_qualification" in problems(reg, *lines)
    assert {(q.lower(), d): v for (q, d), v in verdicts(reg, *lines).items()} == {("metinātājs", "MIP"): "supported"}


def test_a_key_value_table_keeps_its_keys_out_of_the_qualifications(reg):
    rows = [("Kvalifikācija", "Mēbeļu galdnieks (LKI 4)"), ("Vērtētājs", "Kristīne Laizāne"), ("Datums", "29.04.2026.")]
    cells = [cell(t, r + 1, c + 1, 1 + 2 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    lines = ("Eksāmena satura izvērtējums", *cells, "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert verdicts(reg, *lines) == {("mēbeļu galdnieks", "PKE"): "supported"}
    assert "unknown_qualification" not in problems(reg, *lines)


@pytest.mark.parametrize(("lines", "expected"), [
    (("Eksāmena teorijas daļā jāatjauno atsauces uz būvnormatīviem.", "Rezumējot",
      "Programma – atbalstāma un virzāma saskaņošanai; eksāmena saturs atbalstāms, virzāms saskaņošanai pēc tam, kad "
      "būs veikti minētie precizējumi."), {"MIP": "supported", "PKE": "needs_corrections"}),
    (("Programma atbalstāma un virzāma saskaņošanai.", "Eksāmena saturs arī ir atbalstāms, tomēr uzdevuma variantos B "
      "un C nav norādīti mēraparāti, tas jāpapildina pirms eksāmena virzīšanas saskaņošanai."),
     {"MIP": "supported", "PKE": "needs_corrections"}),
    (("Programma ir atbalstāma un virzāma saskaņošanai.",
      "Ja darba grupa nebūtu ņēmusi vērā piezīmes par logu montāžas uzdevumu, eksāmens nebūtu atbalstāms. Tā kā "
      "piezīmes ir ņemtas vērā un uzdevums pārstrādāts, eksāmena saturu atbalstu un virzu saskaņošanai."),
     {"MIP": "supported", "PKE": "supported"}),
    (("Programmas saturs atbilst standartam, to atbalstu un iesaku virzīt saskaņošanai. Eksāmenu man nesūtīja.",),
     {"MIP": "supported"}),
    (("Secinājums: programmas saturs ir atbalstāms un virzāms saskaņošanai.", "Eksāmena saturu man vērtēt nelūdza."),
     {"MIP": "supported"}),
    (("Abi dokumenti kopumā atbalstāmi, tomēr pirms virzīšanas saskaņošanai jāveic labojumi: eksāmenā jāpievieno "
      "instrumentu izvēles uzdevums.",), {"MIP": "needs_corrections", "PKE": "needs_corrections"}),
    (("Lūdzu šos divus sīkumus izlabot pirms virzīšanas saskaņošanai; ar šiem labojumiem abus atbalstu.",),
     {"MIP": "needs_corrections", "PKE": "needs_corrections"}),
])
def test_round_28_wordings(reg, lines, expected):
    got = verdicts(reg, "Elektrotehniķis – MIP un PKE", *lines, "Dace Ozola")
    assert got == {("elektrotehniķis", d): v for d, v in expected.items()}


def test_paragraphs_opened_by_an_abbreviation_with_the_name_in_brackets_or_by_vel(reg):
    got = verdicts(reg, "Komentāri par kokapstrādes un meža dokumentiem",
                   "DKIO (datorizētu kokapstrādes iekārtu operators, 4. līmenis). Abi dokumenti – gan programma, gan "
                   "eksāmens – kopumā atbalstāmi, tomēr pirms virzīšanas saskaņošanai jāveic labojumi.",
                   "vel - meza masinu operatoru MIP ari paskatijos, tur ari viss kartiba, atbalstu, virzams "
                   "saskanosanai. PKE tam vel nav atsutits.", "R. Ozols")
    assert got == {("datorizētu kokapstrādes iekārtu operators", "MIP"): "needs_corrections",
                   ("datorizētu kokapstrādes iekārtu operators", "PKE"): "needs_corrections",
                   ("meža mašīnu operators", "MIP"): "supported"}


def test_a_filled_in_example_in_instructions_chooses_nothing(reg):
    rows = [("Kvalifikācija", "Dokuments", "Slēdziens"), ("(piem.) Mēbeļu galdnieks", "MIP", "")]
    cells = [cell(t, r + 1, c + 1, 6 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    cells.append(Block(text="☒ atbalstāms un virzāms saskaņošanai", location="table 1 row 2 cell 3", index=20,
                       cell=CellRef(1, 2, 3), marks=(Mark("glyph", True, 0),)))
    lines = ("Norādījumi nozaru ekspertiem MIP un PKE satura ekspertīzes veikšanai",
             "1. Eksperts izvērtē, vai iesniegtais saturs atbilst kvalifikācijas prasībām.",
             "2. Atzinuma veidlapā eksperts atzīmē vienu no slēdzieniem.", "Piemērs aizpildītai tabulai:", *cells)
    assert verdicts(reg, *lines) == {}


@pytest.mark.parametrize(("sentence", "mip", "pke"), [
    ("Tagad programma ir atbalstāma un virzāma saskaņošanai, eksāmena saturs arī — papildu precizējumi nav vajadzīgi.",
     "supported", "supported"),
    ("MIP ir atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai; PKE – tāpat.",
     "needs_corrections", "needs_corrections"),
    ("MIP saturs nav atbalstāms; PKE arī.", "not_supported", "not_supported"),
])
def test_the_second_document_likewise(reg, sentence, mip, pke):
    got = verdicts(reg, "Elektrotehniķis – MIP un PKE", sentence, "Gunta Bērziņa")
    assert got == {("elektrotehniķis", "MIP"): mip, ("elektrotehniķis", "PKE"): pke}


def test_a_title_row_across_the_table_over_its_document_columns(reg):
    rows = [("Mēbeļu galdnieks (LKI 4) — atkārtota ekspertīze",), ("MIP", "PKE", "Paraksts / datums"),
            ("atbalstāms, virzāms saskaņošanai", "atbalstāms ar precizējumiem (sk. komentārus failā)",
             "D. Zariņa 27.05.2026")]
    cells = [cell(t, r + 1, c + 1, 1 + 3 * r + c) for r, row in enumerate(rows) for c, t in enumerate(row)]
    assert verdicts(reg, *cells) == {("mēbeļu galdnieks", "MIP"): "supported",
                                     ("mēbeļu galdnieks", "PKE"): "needs_corrections"}
