"""extract(): whole reviews built as records, narrative and form layouts, metadata, problems."""

from __future__ import annotations

import pytest
from review_docs import HEADER, cell, doc_of, para

from pipeline.extract import extract
from pipeline.records import Block, Comment, Mark, ReviewDocument


def rows(ex):
    return {(r.qualification, r.document): r.verdict for r in ex.verdicts}


def codes(ex):
    return sorted(p.code for p in ex.problems)


def run(register, *texts, **kw):
    return extract(doc_of(*texts, **kw), "a.docx", register)


# --- narrative ----------------------------------------------------------------

def test_narrative_review(register):
    ex = run(register, *HEADER, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "PKE saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")
    assert rows(ex) == {("mēbeļu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "PKE"): "needs_corrections"}
    row = ex.verdicts[0]
    assert (row.expert, row.date, row.lki_level, row.sector) == ("Ilze Kalniņa", "2026-03-12", "4", "Kokrūpniecība")
    assert row.method == "rule" and 0 < row.confidence <= 1 and row.location == "paragraph 5"
    assert "atbalstāms" in row.evidence
    assert ex.problems == ()


def test_word_comments_give_no_verdict(register):
    comment = Comment("1", "Ilze", "", "MIP saturs nav atbalstāms?")
    ex = run(register, *HEADER, "MIP saturs ir atbalstāms un virzāms saskaņošanai.", comments=(comment,))
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "supported"
    assert any(r.text == "MIP saturs nav atbalstāms?" for r in ex.recommendations)


def test_comment_part_blocks_are_ignored(register):
    ex = run(register, *HEADER, Block("PKE saturs nav atbalstāms.", "comment 1", part="comment"),
             "PKE saturs ir atbalstāms un virzāms saskaņošanai.")
    assert rows(ex)[("mēbeļu galdnieks", "PKE")] == "supported"


def test_bare_support_refined_by_corrections_is_no_conflict(register):
    ex = run(register, *HEADER, "Kopumā MIP saturs ir atbalstāms.",
             "Secinājums: MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai.")
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "needs_corrections"
    assert "conflict" not in codes(ex)


def test_contradiction_is_a_conflict_and_unknown(register):
    ex = run(register, *HEADER, "MIP saturs ir atbalstāms un virzāms saskaņošanai.", "MIP saturs nav atbalstāms.")
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "unknown"
    conflict = next(p for p in ex.problems if p.code == "conflict")
    assert dict(conflict.params) == {"qualification": "mēbeļu galdnieks", "document": "MIP",
                                     "verdicts": "not_supported, supported"}


def test_no_verdict_gives_unknown_rows(register):
    ex = run(register, *HEADER, "Galīgais vērtējums tiks sniegts pēc precizētās redakcijas saņemšanas.")
    assert rows(ex) == {("mēbeļu galdnieks", "MIP"): "unknown", ("mēbeļu galdnieks", "PKE"): "unknown"}
    assert codes(ex) == ["no_verdict", "no_verdict"]
    assert dict(ex.problems[0].params) == {"qualification": "mēbeļu galdnieks", "document": "MIP"}


def test_document_from_heading(register):
    ex = run(register, *HEADER, Block("PKE satura vērtējums", "p5", heading_level=2),
             "Saturs nav atbalstāms.")
    assert rows(ex)[("mēbeļu galdnieks", "PKE")] == "not_supported"


def test_single_document_review_from_title(register):
    ex = run(register, "Ekspertīzes atzinums par profesionālās kvalifikācijas „Elektromontieris” MIP saturu",
             "Saturs ir atbalstāms un virzāms saskaņošanai.")
    assert rows(ex) == {("elektromontieris", "MIP"): "supported"}


# --- qualifications -------------------------------------------------------------

def test_qualification_only_in_title_in_genitive(register):
    ex = run(register, "Ekspertīzes atzinums par mēbeļu galdnieka profesionālās kvalifikācijas MIP saturu",
             "MIP saturs nav atbalstāms.")
    assert rows(ex) == {("mēbeļu galdnieks", "MIP"): "not_supported"}


def test_qualification_without_diacritics_and_quotes(register):
    ex = run(register, "Profesionālā kvalifikācija: «MEBELU GALDNIEKS»", "MIP saturs nav atbalstāms.")
    assert ("mēbeļu galdnieks", "MIP") in rows(ex)


def test_unknown_qualification_is_reported_not_dropped(register):
    ex = run(register, "Profesionālā kvalifikācija: Metinātājs", "MIP saturs nav atbalstāms.")
    row = ex.verdicts[0]
    assert (row.qualification, row.in_register, row.verdict) == ("Metinātājs", False, "not_supported")
    problem = next(p for p in ex.problems if p.code == "unknown_qualification")
    assert dict(problem.params) == {"qualification": "Metinātājs"}


def test_multi_qualification_sections(register):
    ex = run(register, "Eksperts: Jānis Bērziņš",
             Block("1. Elektromontieris (LKI 3. līmenis)", "p2", heading_level=1),
             "Profesionālā kvalifikācija: Elektromontieris",
             "MIP saturs ir atbalstāms un virzāms saskaņošanai.", "PKE saturs nav atbalstāms.",
             Block("2. Elektrotehniķis (LKI 4. līmenis)", "p6", heading_level=1),
             "Profesionālā kvalifikācija: Elektrotehniķis",
             "MIP saturs nav atbalstāms.", "PKE saturs ir atbalstāms ar precizējumiem.")
    assert rows(ex) == {
        ("elektromontieris", "MIP"): "supported", ("elektromontieris", "PKE"): "not_supported",
        ("elektrotehniķis", "MIP"): "not_supported", ("elektrotehniķis", "PKE"): "needs_corrections"}
    levels = {r.qualification: r.lki_level for r in ex.verdicts}
    assert levels == {"elektromontieris": "3", "elektrotehniķis": "4"}


def test_coordinator_summary(register):
    ex = run(register, "Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:",
             "· motorzāģa operators (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai; "
             "PKE saturs ir atbalstāms un virzāms saskaņošanai);",
             "· mehatronisko sistēmu tehniķis (MIP saturs nav atbalstāms; PKE saturs ir atbalstāms un virzāms "
             "saskaņošanai).",
             "Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:",
             "· mēbeļu galdnieks,", "· elektromontieris.", author="Zane Ābola")
    assert rows(ex) == {
        ("motorzāģa operators", "MIP"): "needs_corrections", ("motorzāģa operators", "PKE"): "supported",
        ("mehatronisko sistēmu tehniķis", "MIP"): "not_supported",
        ("mehatronisko sistēmu tehniķis", "PKE"): "supported"}
    assert {r.method for r in ex.verdicts} == {"summary"}
    assert {r.expert for r in ex.verdicts} == {""}  # the author is a coordinator, not the expert
    assert ex.problems == ()


# --- forms --------------------------------------------------------------------

OPTIONS = ("Saturs ir atbalstāms un virzāms saskaņošanai",
           "Saturs ir atbalstāms; pēc precizējumu veikšanas virzāms saskaņošanai",
           "Saturs nav atbalstāms")


def paragraph_form(register, kind, chosen):
    blocks = [*HEADER, Block("MIP satura vērtējums", "p5", heading_level=2)]
    for n, text in enumerate(OPTIONS):
        box = "☒" if n == chosen else "☐"
        shown = f"{box} {text}" if kind in ("glyph", "sdt", "formfield") else f" {text}"
        blocks.append(para(shown, 5 + n, marks=(Mark(kind, n == chosen, 0),)))
    return extract(doc_of(*blocks, title=""), "f.docx", register)


@pytest.mark.parametrize("kind", ["glyph", "sym", "sdt", "formfield"])
@pytest.mark.parametrize("chosen", [0, 1, 2])
def test_checkbox_forms_yield_only_the_checked_option(register, kind, chosen):
    ex = paragraph_form(register, kind, chosen)
    expected = ("supported", "needs_corrections", "not_supported")[chosen]
    mip = next(r for r in ex.verdicts if r.document == "MIP")
    assert (mip.verdict, mip.method) == (expected, "checkbox")


def test_unmarked_form_gives_no_verdict(register):
    blocks = [*HEADER[:3], Block("MIP satura vērtējums", "p4", heading_level=2)]
    blocks += [para(f"☐ {t}", 4 + n, marks=(Mark("glyph", False, 0),)) for n, t in enumerate(OPTIONS)]
    ex = extract(doc_of(*blocks), "f.docx", register)
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "unknown"
    assert "no_verdict" in codes(ex)


def test_printed_options_without_any_marks_give_no_verdict(register):
    ex = run(register, *HEADER[:3], "Vērtējums:", *OPTIONS)
    assert set(rows(ex).values()) == {"unknown"}


def test_inline_options_with_checkboxes(register):
    text = "☐ atbalstāms un virzāms saskaņošanai ☒ nav atbalstāms"
    ex = run(register, *HEADER[:3], "PKE vērtējums:", para(text, 3, marks=(Mark("glyph", False, 0), Mark("glyph", True, 37))))
    assert rows(ex)[("mēbeļu galdnieks", "PKE")] == "not_supported"


def letter_table(register, mark_col, chosen, letter="X"):
    blocks = [*HEADER, Block("PKE satura vērtējums", "p5", heading_level=2), cell("Vērtējums", 2, 0, 1 - mark_col, 5),
              cell("Atzīme", 2, 0, mark_col, 6)]
    i = 7
    for n, text in enumerate(OPTIONS, start=1):
        mark = (Mark("letter", True, 0),) if n - 1 == chosen else ()
        row = [(text, 1 - mark_col, ()), (letter if mark else "", mark_col, mark)]
        for t, col, m in sorted(row, key=lambda x: x[1]):
            blocks.append(cell(t, 2, n, col, i, m))
            i += 1
    return extract(doc_of(*blocks), "f.docx", register)


@pytest.mark.parametrize("mark_col", [0, 1])
@pytest.mark.parametrize("letter", ["X", "x", "V", "✓"])
def test_letter_mark_in_the_neighbouring_cell(register, mark_col, letter):
    ex = letter_table(register, mark_col, 1, letter)
    pke = next(r for r in ex.verdicts if r.document == "PKE")
    assert (pke.verdict, pke.method) == ("needs_corrections", "mark")


def test_column_layout_mark_below_the_option(register):
    blocks = [*HEADER[:3], Block("MIP vērtējums", "p4", heading_level=2)]
    blocks += [cell(t, 3, 0, n, 4 + n) for n, t in enumerate(OPTIONS)]
    blocks += [cell("X" if n == 2 else "", 3, 1, n, 7 + n, (Mark("letter", True, 0),) if n == 2 else ())
               for n in range(3)]
    ex = extract(doc_of(*blocks), "f.docx", register)
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "not_supported"


def test_strike_out_what_does_not_apply_paragraphs(register):
    blocks = [*HEADER, "MIP vērtējums (nevajadzīgo svītrot):"]
    for n, text in enumerate(OPTIONS):
        struck = () if n == 1 else ((0, len(text)),)
        blocks.append(para(text, 5 + n, struck=struck))
    ex = extract(doc_of(*blocks), "f.docx", register)
    mip = next(r for r in ex.verdicts if r.document == "MIP")
    assert (mip.verdict, mip.method) == ("needs_corrections", "strike")


def test_strike_out_in_one_paragraph(register):
    text = " / ".join(OPTIONS)
    keep = text.index(OPTIONS[2])
    ex = run(register, *HEADER, "PKE vērtējums (nevajadzīgo svītrot):", para(text, 5, struck=((0, keep - 3),)))
    pke = next(r for r in ex.verdicts if r.document == "PKE")
    assert (pke.verdict, pke.method) == ("not_supported", "strike")


def test_two_checked_boxes_are_a_conflict(register):
    blocks = [*HEADER, Block("MIP satura vērtējums", "p5", heading_level=2)]
    blocks += [para(f"☒ {t}", 5 + n, marks=(Mark("glyph", n < 2, 0),)) for n, t in enumerate(OPTIONS)]
    ex = extract(doc_of(*blocks), "f.docx", register)
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "unknown"
    assert "conflict" in codes(ex)


# --- metadata -----------------------------------------------------------------

@pytest.mark.parametrize("written,iso", [("2026. gada 12. martā", "2026-03-12"), ("12.03.2026.", "2026-03-12"),
                                         ("2026-03-12", "2026-03-12"), ("12.03.2026", "2026-03-12"),
                                         ("2026.gada 5.februārī", "2026-02-05")])
def test_dates(register, written, iso):
    ex = run(register, HEADER[1], f"Datums: {written}", "MIP saturs nav atbalstāms.")
    assert ex.verdicts[0].date == iso


@pytest.mark.parametrize("written,level", [("LKI 4. līmenis", "4"), ("4. LKI", "4"), ("LKI līmenis: 5", "5"),
                                           ("PKL 2", "3"), ("2. PKL", "3")])
def test_lki_levels(register, written, level):
    ex = run(register, "Profesionālā kvalifikācija: Metinātājs", f"Līmenis: {written}", "MIP saturs nav atbalstāms.")
    assert ex.verdicts[0].lki_level == level


@pytest.mark.parametrize("label,value,level", [("LKI līmenis", "3", "3"), ("2. LKI līmenis", "3", "3"),
                                               ("LKI", "4", "4"), ("Līmenis", "2. PKL", "3")])
def test_lki_level_in_a_label_cell(register, label, value, level):
    blocks = (para("Atzinums par MIP saturu", 0), cell("Kvalifikācija", 1, 1, 1, 1),
              cell("Metālapstrādes darbgaldu operators", 1, 1, 2, 2), cell(label, 1, 2, 1, 3), cell(value, 1, 2, 2, 4),
              para("MIP saturs ir atbalstāms un virzāms saskaņošanai.", 5))
    ex = extract(ReviewDocument(blocks=blocks), "a.docx", register)
    assert [r.lki_level for r in ex.verdicts] == [level]


def test_each_qualification_keeps_its_own_level(register):
    ex = run(register, "Izskatīju elektromontiera (PKL 2) un elektrotehniķa dokumentus.",
             "1. Elektromontieris", "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "2. Elektrotehniķis", "MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    assert {r.qualification: r.lki_level for r in ex.verdicts} == {"elektromontieris": "3", "elektrotehniķis": "4"}


def test_lki_level_from_register(register):
    ex = run(register, "Profesionālā kvalifikācija: elektromontieris", "MIP saturs nav atbalstāms.")
    assert ex.verdicts[0].lki_level == "3" and ex.verdicts[0].sector == "Enerģētika"


@pytest.mark.parametrize("line", ["Eksperts: Jānis Bērziņš", "Eksperte: Jānis Bērziņš",
                                  "Ekspertīzi veica nozares eksperts Jānis Bērziņš",
                                  "Jānis Bērziņš ________________", "Paraksts: ____________ /Jānis Bērziņš/"])
def test_expert_name(register, line):
    ex = run(register, HEADER[1], "MIP saturs nav atbalstāms.", line)
    assert ex.verdicts[0].expert == "Jānis Bērziņš"


def test_expert_from_metadata_table(register):
    ex = run(register, HEADER[1], cell("Eksperta vārds, uzvārds", 1, 0, 0, 1), cell("Dace Krūmiņa", 1, 0, 1, 2),
             "MIP saturs nav atbalstāms.")
    assert ex.verdicts[0].expert == "Dace Krūmiņa"


def test_expert_falls_back_to_a_person_like_author(register):
    assert run(register, HEADER[1], "MIP saturs nav atbalstāms.", author="Inese Vītola").verdicts[0].expert == "Inese Vītola"
    assert run(register, HEADER[1], "MIP saturs nav atbalstāms.", author="LDDK").verdicts[0].expert == ""


# --- recommendations ----------------------------------------------------------

def test_recommendations_from_a_section(register):
    ex = run(register, *HEADER, Block("2. Ieteikumi", "p5", heading_level=2),
             para("1. MIP: Precizēt moduļa „Drošība” rezultātus.", 5, list_label="1."),
             para("2. PKE: Papildināt praktisko daļu.", 6, list_label="2."),
             Block("3. Secinājumi", "p8", heading_level=2), "MIP saturs nav atbalstāms.")
    texts = {(r.document, r.text) for r in ex.recommendations}
    assert ("MIP", "MIP: Precizēt moduļa „Drošība” rezultātus.") in texts
    assert ("PKE", "PKE: Papildināt praktisko daļu.") in texts
    assert all(r.qualification == "mēbeļu galdnieks" and r.expert == "Ilze Kalniņa" for r in ex.recommendations)


@pytest.mark.parametrize("closing", [
    ("Eksperts: Ilze Kalniņa    Paraksts: ____________",),
    ("Ilze Kalniņa ________________", "Datums: 2026. gada 12. martā"),
    ("Paraksts: ____________", "Ilze Kalniņa"),
])
def test_recommendations_end_at_the_signature(register, closing):
    ex = run(register, *HEADER, "MIP saturs nav atbalstāms.", Block("Ieteikumi:", "p6"),
             para("1. MIP: Precizēt moduļa „Drošība” rezultātus.", 6, list_label="1."),
             para("Paraksts ir jāpievieno arī pielikumam.", 7), *closing)
    assert [r.text for r in ex.recommendations] == ["MIP: Precizēt moduļa „Drošība” rezultātus.",
                                                    "Paraksts ir jāpievieno arī pielikumam."]
    assert ex.verdicts[0].expert == "Ilze Kalniņa"


def test_the_verdict_under_the_recommendations_is_no_recommendation(register):
    ex = run(register, *HEADER, Block("Ieteikumi:", "p5"),
             para("1. MIP: Precizēt moduļa „Drošība” rezultātus.", 5, list_label="1."),
             "MIP saturs ir atbalstāms ar precizējumiem; pirms virzīšanas saskaņošanai jāveic ieteikumos minētie "
             "labojumi.")
    assert rows(ex)[("mēbeļu galdnieks", "MIP")] == "needs_corrections"
    assert [r.text for r in ex.recommendations] == ["MIP: Precizēt moduļa „Drošība” rezultātus."]


def test_a_recommendation_on_a_labelled_line(register):
    ex = run(register, *HEADER, "MIP saturs ir atbalstāms un virzāms saskaņošanai.",
             "Piezīmes: MIP jāpapildina ar pirmās palīdzības sniegšanu mežā.",
             Block("Ieteikumi:", "p7"), para("Precizējumi: PKE uzdevumos norādīt materiālus.", 7))
    assert [(r.document, r.text) for r in ex.recommendations] == [
        ("MIP", "MIP jāpapildina ar pirmās palīdzības sniegšanu mežā."),
        ("PKE", "Precizējumi: PKE uzdevumos norādīt materiālus."),  # in a list: listed once, as it stands
    ]


def test_recommendations_from_a_comment_table(register):
    ex = run(register, *HEADER, cell("Nr.", 4, 0, 0, 4), cell("Komentārs", 4, 0, 1, 5),
             cell("1", 4, 1, 0, 6), cell("Jāpapildina eksāmena uzdevumi.", 4, 1, 1, 7))
    assert [r.text for r in ex.recommendations] == ["Jāpapildina eksāmena uzdevumi."]
    assert ex.recommendations[0].document == "PKE"


def test_matrix_form_options_in_columns_documents_in_rows(register):
    heads = ["Dokuments", *OPTIONS]
    blocks = [*HEADER]
    blocks += [cell(t, 5, 0, n, 4 + n) for n, t in enumerate(heads)]
    i = 8
    for r, (doc, chosen) in enumerate((("MIP", 1), ("PKE", 3)), start=1):
        for c in range(4):
            text = doc if c == 0 else ("X" if c == chosen else "")
            marks = (Mark("letter", True, 0),) if c == chosen else ()
            blocks.append(cell(text, 5, r, c, i, marks))
            i += 1
    ex = extract(doc_of(*blocks), "f.docx", register)
    assert rows(ex) == {("mēbeļu galdnieks", "MIP"): "supported", ("mēbeļu galdnieks", "PKE"): "not_supported"}
