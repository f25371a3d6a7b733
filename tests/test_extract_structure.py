"""extract(): document structure the verdict depends on: table labels, matrices, line scoping,
coordination, part-level sentences, review rounds, sections and qualification tables."""

from __future__ import annotations

from review_docs import cell, doc_of, para

from pipeline.extract import extract
from pipeline.records import Block, CellRef, Mark

HEAD = (
    "Profesionālā kvalifikācija: Elektrotehniķis",
    "Eksperte: Laura Ozoliņa",
    "Datums: 09.02.2026.",
)
Q = "elektrotehniķis"


def rows(ex):
    return {(r.qualification, r.document): r.verdict for r in ex.verdicts}


def run(register, *blocks, **kw):
    return extract(doc_of(*blocks, **kw), "t.docx", register)


# --- tables: row labels and column headers give the document ------------------

def test_row_label_names_the_document(register):
    blocks = [*HEAD, cell("Izvērtētais dokuments", 1, 0, 0, 3), cell("Vērtējums", 1, 0, 1, 4),
              cell("PKE", 1, 1, 0, 5), cell("atbalstāma, virzāma saskaņošanai", 1, 1, 1, 6),
              cell("MIP", 1, 2, 0, 7), cell("nav atbalstāma", 1, 2, 1, 8)]
    assert rows(run(register, *blocks)) == {(Q, "PKE"): "supported", (Q, "MIP"): "not_supported"}


def test_column_header_names_the_document_and_history_rows_do_not_count(register):
    blocks = [*HEAD, cell("", 1, 0, 0, 3), cell("MIP", 1, 0, 1, 4), cell("PKE", 1, 0, 2, 5),
              cell("Sākotnējais vērtējums", 1, 1, 0, 6), cell("nav atbalstāms", 1, 1, 1, 7),
              cell("nav atbalstāms", 1, 1, 2, 8),
              cell("Pašreizējais vērtējums", 1, 2, 0, 9), cell("atbalstāms un virzāms saskaņošanai", 1, 2, 1, 10),
              cell("nav atbalstāms", 1, 2, 2, 11)]
    assert rows(run(register, *blocks)) == {(Q, "MIP"): "supported", (Q, "PKE"): "not_supported"}


def test_nested_table_labels(register):
    def nested(text, row, col, i):
        return Block(text, f"nested {i}", index=i, cell=CellRef(4, row, col, (2,)))

    blocks = [*HEAD, nested("PKE", 0, 0, 3), nested("Atbalstāms; pēc precizējumiem virzāms saskaņošanai", 0, 1, 4),
              nested("MIP", 1, 0, 5), nested("Atbalstāms un virzāms saskaņošanai", 1, 1, 6)]
    assert rows(run(register, *blocks)) == {(Q, "PKE"): "needs_corrections", (Q, "MIP"): "supported"}


def test_matrix_marks_are_credited_to_their_column(register):
    checked = (Mark("sdt", True, 0),)
    empty = (Mark("sdt", False, 0),)
    blocks = [*HEAD, cell("Vērtējums", 1, 0, 0, 3), cell("PKE", 1, 0, 1, 4), cell("MIP", 1, 0, 2, 5),
              cell("Atbalstāms un virzāms saskaņošanai", 1, 1, 0, 6), cell("☒", 1, 1, 1, 7, checked),
              cell("☐", 1, 1, 2, 8, empty),
              cell("Nav atbalstāms", 1, 2, 0, 9), cell("☐", 1, 2, 1, 10, empty), cell("☒", 1, 2, 2, 11, checked)]
    assert rows(run(register, *blocks)) == {(Q, "PKE"): "supported", (Q, "MIP"): "not_supported"}


def test_letter_matrix_with_an_unmarked_row(register):
    v = (Mark("letter", True, 0),)
    blocks = [*HEAD, cell("", 1, 0, 0, 3), cell("MIP", 1, 0, 1, 4), cell("PKE", 1, 0, 2, 5),
              cell("atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai", 1, 1, 0, 6), cell("V", 1, 1, 2, 7, v),
              cell("nav atbalstāms", 1, 2, 0, 8), cell("V", 1, 2, 1, 9, v)]
    assert rows(run(register, *blocks)) == {(Q, "PKE"): "needs_corrections", (Q, "MIP"): "not_supported"}


# --- a mark or a strike belongs to the document named on its line -------------

def test_checkbox_line_belongs_to_the_document_it_names(register):
    text = "MIP vērtējums: ☒ atbalstāms un virzāms saskaņošanai ☐ nav atbalstāms"
    blocks = [*HEAD, "Kopsavilkums", "Eksāmena saturs nav atbalstāms, jo trūkst praktiskās daļas.",
              para(text, 5, marks=(Mark("glyph", True, 15), Mark("glyph", False, 52)))]
    assert rows(run(register, *blocks)) == {(Q, "MIP"): "supported", (Q, "PKE"): "not_supported"}


def test_struck_options_on_one_line_per_document(register):
    line = "{}: atbalstāms un virzāms saskaņošanai / atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai / nav atbalstāms"
    pke, mip = line.format("PKE"), line.format("MIP")
    a, b = pke.index("atbalstāms; pēc"), pke.index(" / nav")
    blocks = [*HEAD, "Atzinums par MIP un PKE (nevajadzīgo svītrot)",
              para(pke, 4, struck=((5, a - 3), (b + 3, len(pke)))),
              para(mip, 5, struck=((a, b),  (b + 3, len(mip))))]
    assert rows(run(register, *blocks)) == {(Q, "PKE"): "needs_corrections", (Q, "MIP"): "supported"}


# --- coordination -------------------------------------------------------------

def test_gan_gan_covers_both_documents(register):
    ex = run(register, *HEAD, "Saturs ir atbalstāms ar precizējumiem gan programmai, gan MIP, gan PKE.")
    assert rows(ex) == {(Q, "MIP"): "needs_corrections", (Q, "PKE"): "needs_corrections"}


def test_ne_ne_covers_both_documents(register):
    ex = run(register, *HEAD, "Šobrīd neatbalstu ne PKE, ne MIP.")
    assert rows(ex) == {(Q, "MIP"): "not_supported", (Q, "PKE"): "not_supported"}


# --- sections and qualification tables ----------------------------------------

def test_numbered_section_headings_registered_and_not(register):
    ex = run(register, "Eksperts: Laura Ozoliņa", "Datums: 09.02.2026.",
             "1) Motorzāģa operators (LKI 3. līmenis)",
             "Programma ir pārdomāta. MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "2) Parketa ieklājējs (4. LKI)",
             "PKE saturs nav atbalstāms.")
    assert rows(ex) == {("motorzāģa operators", "MIP"): "supported", ("Parketa ieklājējs", "PKE"): "not_supported"}
    levels = {r.qualification: r.lki_level for r in ex.verdicts}
    assert levels == {"motorzāģa operators": "3", "Parketa ieklājējs": "4"}
    assert [p.code for p in ex.problems] == ["unknown_qualification"]


def test_numbered_remarks_are_not_sections(register):
    ex = run(register, *HEAD, "1. Modulis „Apgaismojums” (3 kredītpunkti)", "2. Vērtēšanas kritēriji.",
             "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert rows(ex) == {(Q, "MIP"): "supported"}


def test_qualification_by_document_table(register):
    blocks = ["Eksperts: Laura Ozoliņa", "Datums: 09.02.2026.",
              cell("Profesionālā kvalifikācija", 1, 0, 0, 2), cell("PKL", 1, 0, 1, 3),
              cell("PKE", 1, 0, 2, 4), cell("MIP", 1, 0, 3, 5),
              cell("Elektromontieris", 1, 1, 0, 6), cell("2", 1, 1, 1, 7),
              cell("neatbalstīts", 1, 1, 2, 8), cell("atbalstīts", 1, 1, 3, 9),
              cell("Elektrotehniķis", 1, 2, 0, 10), cell("3", 1, 2, 1, 11),
              cell("atbalstīts ar precizējumiem", 1, 2, 2, 12), cell("neatbalstīts", 1, 2, 3, 13)]
    ex = run(register, *blocks)
    assert rows(ex) == {("elektromontieris", "PKE"): "not_supported", ("elektromontieris", "MIP"): "supported",
                        (Q, "PKE"): "needs_corrections", (Q, "MIP"): "not_supported"}
    assert {r.qualification: r.lki_level for r in ex.verdicts} == {"elektromontieris": "3", Q: "4"}


def test_metadata_table_labels_are_not_qualifications(register):
    blocks = [cell("Kvalifikācija", 1, 0, 0, 0), cell("Elektrotehniķis", 1, 0, 1, 1),
              cell("Aizpildīšanas datums", 1, 1, 0, 2), cell("09.02.2026.", 1, 1, 1, 3),
              "MIP saturs ir atbalstāms un virzāms saskaņošanai."]
    assert rows(run(register, *blocks)) == {(Q, "MIP"): "supported"}


# --- part-level sentences, review rounds, deferred documents -------------------

def test_a_module_judgement_is_not_the_document_verdict(register):
    ex = run(register, *HEAD, "PKE vērtējums",
             "3. uzdevums nav atbalstāms, to jāaizstāj. Kopumā PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert rows(ex) == {(Q, "PKE"): "supported"}
    assert not [p for p in ex.problems if p.code == "conflict"]


def test_the_newest_dated_review_round_counts(register):
    ex = run(register, "Profesionālā kvalifikācija: Elektrotehniķis", "Eksperte: Laura Ozoliņa",
             "Atkārtots vērtējums, 04.03.2026.", "Tagad PKE saturs ir atbalstāms un virzāms saskaņošanai.",
             "Pirmais vērtējums, 12.01.2026.", "PKE saturs nav atbalstāms.")
    assert rows(ex) == {(Q, "PKE"): "supported"}
    assert ex.verdicts[0].date == "2026-03-04"


def test_a_deferred_document_gets_no_row(register):
    ex = run(register, *HEAD, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "Eksāmena materiāli netiek vērtēti šajā atzinumā, PKE izvērtēšu vēlāk.")
    assert rows(ex) == {(Q, "MIP"): "supported"}


# --- metadata -----------------------------------------------------------------

def test_signature_table_gives_expert_and_date_not_the_submission_date(register):
    blocks = ["Profesionālā kvalifikācija: Elektrotehniķis", "Dokumenti saņemti 02.02.2026.",
              "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
              cell("Datums", 1, 0, 0, 3), cell("Eksperte", 1, 0, 1, 4),
              cell("14.02.2026.", 1, 1, 0, 5), cell("Laura Ozoliņa", 1, 1, 1, 6)]
    row = run(register, *blocks).verdicts[0]
    assert (row.expert, row.date) == ("Laura Ozoliņa", "2026-02-14")


def test_no_date_of_its_own_is_not_invented(register):
    ex = run(register, "Profesionālā kvalifikācija: Elektrotehniķis", "Darba grupa MIP iesniedza 02.02.2026.",
             "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert ex.verdicts[0].date == ""


def test_qualification_in_running_text_and_sign_off(register):
    ex = run(register, "Sveiki!", "Nosūtu vērtējumu par motorzāģa operatora PKE.",
             "PKE ir atbalstāms un virzāms saskaņošanai.", "Laura Ozoliņa, 2026. gada 3. martā")
    row = ex.verdicts[0]
    assert (row.qualification, row.expert, row.date, row.lki_level) == (
        "motorzāģa operators", "Laura Ozoliņa", "2026-03-03", "3")


def test_unregistered_genitive_title_and_level_in_words(register):
    ex = run(register, "PKE saturs nav atbalstāms.",
             title="Atzinums par profesionālās kvalifikācijas „Siltumtīklu inženiera” PKE",
             )
    assert ex.verdicts[0].qualification == "Siltumtīklu inženieris"
    ex = run(register, "Profesionālā kvalifikācija: Parketa ieklājējs",
             "Līmenis: Latvijas kvalifikāciju ietvarstruktūras 4. līmenis", "PKE saturs nav atbalstāms.")
    assert ex.verdicts[0].lki_level == "4"
