"""Who and when: the expert and the date wherever real reviews put them (issue: expert and date)."""

from __future__ import annotations

import pytest

from pipeline.config import DEFAULT_REGISTER
from pipeline.extract import analyse
from pipeline.nlp.authorship import find_date, find_expert, is_name
from pipeline.nlp.metadata import find_dates
from pipeline.records import Block, CellRef, ReviewDocument
from pipeline.register import load_register

VERDICT = "MIP saturs ir atbalstāms un virzāms saskaņošanai."


@pytest.fixture(scope="module", name="reg")
def reg_fixture():
    return load_register(DEFAULT_REGISTER)


def blocks_of(*lines: str | Block) -> list[Block]:
    return [line if isinstance(line, Block) else Block(text=line, location=f"paragraph {i + 1}", index=i)
            for i, line in enumerate(lines)]


def who_when(*lines, headers: tuple[str, ...] = (), author: str = "", reg=None) -> tuple[str, str, str, str]:
    """Return (expert, where, date, where) as a run reads them from a review with ``lines``."""
    doc = ReviewDocument(blocks=tuple(blocks_of(*lines)), author=author,
                         headers=tuple(Block(text=h, location="header", part="header") for h in headers))
    info = analyse(doc, "a.docx", reg or load_register(DEFAULT_REGISTER)).info
    return info.expert, info.expert_where, info.date, info.date_where


def cell(text: str, row: int, col: int, i: int) -> Block:
    return Block(text=text, location=f"table 1 row {row} cell {col}", index=i, cell=CellRef(1, row, col))


# --- letterheads and closing blocks --------------------------------------------------------------

def test_letterhead_name_and_role_above_the_title(reg):
    got = who_when("Jānis Ozols", "nozares eksperts, SIA „Latgales Energoserviss”", "EKSPERTĪZES ATZINUMS",
                   "Elektrotehniķa MIP", VERDICT, "Rēzeknē, 2026. gada 13. martā", author="Ilze Bērziņa", reg=reg)
    assert got[::2] == ("Jānis Ozols", "2026-03-13")


@pytest.mark.parametrize(("closing", "name"), [
    (("Ar cieņu,", "Jānis Ozols", "AS „Latgales Elektrotīkli” vecākais inženieris"), "Jānis Ozols"),
    (("Oskars Priede", "17.03.2026"), "Oskars Priede"),
    (("Marta Rozīte, nozares eksperte", "2026. gada 8. aprīlis"), "Marta Rozīte"),
    (("Eksperte ______ Zane Vanaga",), "Zane Vanaga"),
    (("P. Kalve",), "P. Kalve"),
    (("Mg.sc.ing. Ivars Grīnbergs",), "Ivars Grīnbergs"),
    (("Mg.sc.ing. Laura Zariņa\nSIA „Volts” tehniskā direktore",), "Laura Zariņa"),
    (("Ar cieņu,\nLaura Zariņa\nSIA „Volts”",), "Laura Zariņa"),
    (("Mg. sc. ing. Elīna Krūmiņa", "kokrūpniecības nozares eksperte", "Jelgavā, 2026. gada 17. martā"),
     "Elīna Krūmiņa"),
])
def test_closing_block_without_a_label(reg, closing, name):
    got = who_when("Elektrotehniķa MIP atzinums", VERDICT, *closing, author="Ilze Kalniņa", reg=reg)
    assert got[0] == name


def test_an_initial_takes_the_full_name_written_elsewhere(reg):
    got = who_when("Jānis Ozols", "nozares eksperts", "Elektrotehniķa MIP atzinums", VERDICT,
                   "__________________  /J. Ozols/", reg=reg)
    assert got[0] == "Jānis Ozols"


def test_lines_of_one_paragraph_are_read_one_by_one(reg):
    got = who_when("Dr. sc. ing. Gunta Liepa\nKokapstrādes katredra", "Elektrotehniķa MIP atzinums",
                   "I. Elektrotehniķis", VERDICT, "Ar cieņu\nG. Liepa", author="Baiba Zālīte", reg=reg)
    assert got[0] == "Gunta Liepa"


def test_a_genitive_label_gives_the_nominative(reg):
    got = who_when("Ekspertes Agneses Bērziņas vērtējums par MIP", VERDICT, author="Agnese Bērziņa", reg=reg)
    assert got[0] == "Agnese Bērziņa"


# --- e-mails printed into Word ------------------------------------------------------------------------

OUTLOOK = ("No: Māris Dzenis <maris.dzenis@klimatserviss.lv>", "Nosūtīts: otrdiena, 2026. gada 10. marts 9:41",
           "Kam: Ilze Bērziņa <ilze.berzina@lddk.lv>", "Tēma: RE: Ekspertīze – VGK sistēmu tehniķis (MIP)",
           "Labdien, Ilze!", VERDICT, "Māris",
           "-----Sākotnējais ziņojums-----", "No: Ilze Bērziņa <ilze.berzina@lddk.lv>",
           "Nosūtīts: pirmdiena, 2026. gada 2. marts 10:00",
           "Lūdzu norādīt, vai MIP saturs ir atbalstāms vai nav atbalstāms.", "Ilze Bērziņa",
           "LDDK projekta koordinatore")


def test_outlook_headers_give_the_sender_and_sent_date_never_the_quoted_request(reg):
    assert who_when(*OUTLOOK, author="Ilze Bērziņa", reg=reg) == (
        "Māris Dzenis", "e-mail sender", "2026-03-10", "e-mail sent date")


def test_headers_pasted_as_one_paragraph_and_an_earlier_message_of_the_same_sender(reg):
    lines = ("From: Oskars Mednis <oskars.mednis@kokcnc.lv>\nSent: Tuesday, May 19, 2026 4:05 PM\n"
             "To: Ieva Strautiņa <ieva.strautina@lddk.lv>\nSubject: RE: Mēbeļu galdnieks – labotais MIP",
             "Labdien, Ieva!", "Labotajā redakcijā MIP saturs ir atbalstāms un virzāms saskaņošanai.", "Oskars Mednis",
             "From: Oskars Mednis\nSent: Thursday, April 2, 2026 11:18 AM\nTo: Ieva Strautiņa\nSubject: RE: MIP",
             "Šādā redakcijā MIP nevaru atbalstīt.", "Oskars")
    assert who_when(*lines, author="Ieva Strautiņa", reg=reg) == (
        "Oskars Mednis", "e-mail sender", "2026-05-19", "e-mail sent date")
    ex = analyse(ReviewDocument(blocks=tuple(blocks_of(*lines))), "a.docx", reg).extraction
    assert [(r.document, r.verdict) for r in ex.verdicts] == [("MIP", "supported")]


def test_a_name_under_a_date_in_one_paragraph_signs_the_review(reg):
    got = who_when("Atzinums - elektromontieris", "Sveiki, nosutu savu vertejumu.", VERDICT,
                   "Ja ir jautajumi - zvaniet.", "14.04.2026\nA. Berzins", author="aivarsb", reg=reg)
    assert got == ("A. Berzins", "signature", "2026-04-14", "closing lines")


def test_a_quoted_request_is_never_a_verdict(reg):
    lines = list(OUTLOOK)
    lines[5] = "Paskatījos programmu, atbildēšu nākamnedēļ."
    doc = ReviewDocument(blocks=tuple(blocks_of(*lines)))
    rows = analyse(doc, "a.docx", reg).extraction.verdicts
    assert all(r.verdict == "unknown" for r in rows)


def test_english_and_web_mail_headers(reg):
    english = ("From: Juris Berzins <juris.berzins@inbox.lv>", "Sent: Wednesday, April 8, 2026 2:30 PM",
               "To: Ilze Berzina <ilze.berzina@lddk.lv>", "Subject: Re: VGK sistemu tehnikis", VERDICT,
               "On Wed, 1 Apr 2026 at 09:15, Ilze Berzina <ilze.berzina@lddk.lv> wrote:", "> Ludzu atbildet")
    assert who_when(*english, reg=reg)[::2] == ("Juris Berzins", "2026-04-08")
    web = ("Re: Mežsaimniecības tehniķis – ekspertīze",
           "Ojārs Bite <ojars.bite@gmail.com>        ceturtdiena, 2026. gada 2. aprīlis 21:14", VERDICT, "O. Bite")
    assert who_when(*web, reg=reg)[::2] == ("Ojārs Bite", "2026-04-02")
    one_paragraph = ("Gmail - Re: ekspertīze – motorzāģa operators",
                     "Gatis Krūmiņš <gatis.krumins@mezakopeji.lv>\t\t\tMon, Mar 16, 2026 at 9:41 AM\n"
                     "To: Ieva Strautiņa <ieva.strautina@lddk.lv>", VERDICT, "Gatis",
                     "On Thu, Mar 5, 2026 at 3:10 PM Ieva Strautiņa <ieva.strautina@lddk.lv> wrote:", "Labdien, Gati!")
    assert who_when(*one_paragraph, reg=reg) == ("Gatis Krūmiņš", "e-mail sender", "2026-03-16", "e-mail sent date")


# --- form tables, headers and footers, the author property ---------------------------------------

def test_form_table_value_right_or_below(reg):
    below = [cell("Eksperts", 1, 1, 1), cell("Mg.paed. Silvija Grīnberga", 2, 1, 2), cell("Datums", 3, 1, 3),
             cell("piektdiena, 2026. gada 3. aprīlis", 4, 1, 4)]
    assert who_when("Eksperta vērtējums par MIP", VERDICT, *below, reg=reg)[::2] == ("Silvija Grīnberga", "2026-04-03")
    right = [cell("Paraksts / datums", 1, 1, 1), cell("13.03.26", 1, 2, 2), cell("Eksperts", 2, 1, 3),
             cell("Raivis Kalnins", 2, 2, 4)]
    assert who_when("MIP ekspertīze", VERDICT, *right, reg=reg)[::2] == ("Raivis Kalnins", "2026-03-13")


def test_a_form_pasted_into_an_e_mail_dates_the_review(reg):
    mail = ("From: Edgars Liepiņš <edgars.liepins@finieris.lv>", "Sent: Monday, April 20, 2026 8:47 AM",
            "To: Anita Siliņa", "Subject: DKIO atzinums", "Anita, sveiki! Nosūtu aizpildītu veidlapu.")
    form = [cell("Eksperts", 1, 1, 5), cell("Edgars Liepiņš", 1, 2, 6), cell("Datums", 2, 1, 7),
            cell("17.04.2026", 2, 2, 8)]
    assert who_when(*mail, *form, VERDICT, reg=reg)[2:] == ("2026-04-17", "label cell: Datums")
    assert who_when(*mail, VERDICT, "Datums: 19.04.2026", reg=reg)[2:] == ("2026-04-20", "e-mail sent date")


def test_the_date_of_an_earlier_review_in_a_history_table_is_not_this_ones(reg):
    table = [cell("Ekspertīze", 1, 1, 1), cell("Datums", 1, 2, 2), cell("Rezultāts", 1, 3, 3),
             cell("1. (sākotnējā)", 2, 1, 4), cell("09.06.2026.", 2, 2, 5), cell("nav atbalstāms", 2, 3, 6),
             cell("2. (pašreizējā)", 3, 1, 7), cell("atbalstāms un virzāms saskaņošanai", 3, 3, 8)]
    got = who_when("Atkārtotas ekspertīzes rezultāts – elektromontiera MIP", *table, "Paldies darba grupai.",
                   headers=("Nozares eksperts Jānis Dreimanis", "Rīgā, 01.07.2026."), reg=reg)
    assert got[2:] == ("2026-07-01", "page header or footer")


@pytest.mark.parametrize("gap", ["        ", "\t"])
def test_two_labelled_fields_on_one_line(reg, gap):
    got = who_when("Elektromontieris, LKI 3", f"Eksperts: Valdis Pētersons{gap}Datums: 19.05.2026", VERDICT,
                   author="Anna Koordinatore", reg=reg)
    assert got == ("Valdis Pētersons", "label", "2026-05-19", "label")


def test_name_and_date_only_in_the_page_header(reg):
    got = who_when("MIP ekspertīze", VERDICT, headers=("Eksperte: Laura Zariņa, SIA „Zariņu kokapstrāde”    |    "
                                                       "2026. gada 17. marts",), reg=reg)
    assert got == ("Laura Zariņa", "page header or footer", "2026-03-17", "page header or footer")


def test_the_author_property_is_only_a_fallback(reg):
    assert who_when("MIP ekspertīze", VERDICT, author="Oskars Bite", reg=reg)[:2] == ("Oskars Bite", "author property")
    assert who_when("MIP ekspertīze", VERDICT, "Ar cieņu,", "Arnis Kļava", author="Ilze Bērziņa", reg=reg)[0] == \
        "Arnis Kļava"


@pytest.mark.parametrize("phrase", ["Eiropas Savienības", "Latgales Energoserviss", "Atzinuma Veidlapa", "On Wed"])
def test_phrases_that_are_not_names(phrase):
    assert not is_name(phrase, strong=False)


def test_an_organisation_under_the_signers_name_is_not_the_signer(reg):
    got = who_when("VGK programmu vērtējums", VERDICT, "Egils Rozenbergs",
                   "Latvijas Siltuma, gāzes un ūdens tehnoloģijas inženieru savienības biedrs, nozares eksperts",
                   author="Anna Koordinatore", reg=reg)
    assert got[0] == "Egils Rozenbergs"


def test_coordinator_lines_are_never_the_expert():
    blocks = blocks_of("MIP ekspertīze", VERDICT, "Ilze Bērziņa", "LDDK projekta koordinatore")
    assert find_expert(blocks, [], "").value == ""


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "iso"), [
    ("Rīgā, 2026. gada 6. martā", "2026-03-06"),
    ("2026. gada 13. marts", "2026-03-13"),
    ("13.03.2026.", "2026-03-13"),
    ("13.03.26", "2026-03-13"),
    ("2026-03-13", "2026-03-13"),
    ("13 marts 2026", "2026-03-13"),
    ("pirmdiena, 2026. gada 23. marts 18:12", "2026-03-23"),
    ("Datums: 2026. g. marta 27.", "2026-03-27"),
    ("tresdiena, 2026. gada 8. aprilis 14:30", "2026-04-08"),
    ("Sent: Monday, March 23, 2026 6:12 PM", "2026-03-23"),
])
def test_date_forms(text, iso):
    if text.startswith("Datums: 2026. g. marta"):
        assert find_date(blocks_of("MIP", text), []).value == iso
    else:
        assert [d for _, d in find_dates(text)] == [iso]


def test_a_date_without_a_year_takes_the_reviews_year():
    blocks = blocks_of("Programmas 2026. gada 2. februāra versija", VERDICT, "Cēsīs, 2. aprīlī", "Zane Vanaga")
    assert find_date(blocks, []).value == "2026-04-02"


def test_versions_periods_and_deadlines_are_not_the_review_date():
    blocks = blocks_of("Projekta 4. posmā (2026.gada 1.janvāris – 2026.gada 31.marts) ekspertīze turpinās.",
                       "Izskatīju darba grupas 2026. gada 16. februāra versiju.", VERDICT)
    assert find_date(blocks, []).value == ""


def test_a_numbered_heading_is_not_an_initial_and_a_surname(reg):
    got = who_when("Armands Vītols", "Kokapstrādes nozares eksperts", "2026. gada 20. marts",
                   "Atzinums", "I. Kokapstrādes iekārtu operators", VERDICT, "II. Mēbeļu galdnieks", VERDICT, reg=reg)
    assert got[0] == "Armands Vītols"


def test_an_initial_is_not_expanded_from_the_author_property(reg):
    got = who_when("Elektrotehniķa MIP atzinums", VERDICT, "O. Jansons", author="Oskars Jansons", reg=reg)
    assert got[0] == "O. Jansons"


def test_an_author_the_text_addresses_as_coordinator_is_not_the_expert(reg):
    got = who_when("LDDK projekta koordinatorei Ilzei Bērziņai", "Elektrotehniķa MIP atzinums", VERDICT,
                   author="Ilze Bērziņa", reg=reg)
    assert got[0] == ""


def test_a_blank_expert_field_keeps_the_author_property_out(reg):
    got = who_when("Ekspertīzes atzinums", VERDICT, "Eksperts: ______________________", author="Laura Ozoliņa", reg=reg)
    assert got[0] == ""


def test_a_gmail_print_names_its_account_before_the_sender(reg):
    got = who_when("Gmail", "Baiba Krūze <baiba.kruze@lddk.lv>", "Elektrotehniķis – mans vērtējums", "1 message",
                   "Inese Balode <inese.balode@ventprojekts.lv>\t\tThu, Apr 30, 2026 at 3:27 PM",
                   "To: Baiba Krūze <baiba.kruze@lddk.lv>", VERDICT, "Inese", reg=reg)
    assert got[::2] == ("Inese Balode", "2026-04-30")


@pytest.mark.parametrize(("text", "iso"), [("2026.04.08.", "2026-04-08"), ("22/06/2026", "2026-06-22")])
def test_more_date_forms(text, iso):
    from pipeline.nlp.metadata import find_dates
    assert [d for _, d in find_dates(f"Datums: {text}")] == [iso]


def test_a_gmail_print_laid_out_in_a_table_with_the_date_below(reg):
    got = who_when(cell("Gmail", 1, 1, 0), cell("Ieva Saulite <ieva.saulite@lddk.lv>", 1, 2, 1), "Re: VGK MIP/PKE",
                   "1 message", cell("Guntis Lazdans <g.lazdans@klimatserviss.lv>", 1, 1, 4),
                   cell("Thu, Mar 12, 2026 at 9:14 AM", 1, 2, 5), "To: Ieva Saulite <ieva.saulite@lddk.lv>",
                   VERDICT, "Guntis", reg=reg)
    assert got[::2] == ("Guntis Lazdans", "2026-03-12")


def test_a_gmail_thread_print_reads_the_experts_answer_not_the_request(reg):
    lines = ("Gmail - Re: Elektrotehniķa MIP", "3 messages",
             "Baiba Zemīte <baiba.zemite@lddk.lv>\tMon, Mar 2, 2026 at 11:02 AM", "To: Artūrs Kalniņš <a.k@gmail.com>",
             "Lūgums norādīt, vai MIP saturs ir atbalstāms un virzāms saskaņošanai vai nav atbalstāms.",
             "Artūrs Kalniņš <a.k@gmail.com>\tThu, Mar 12, 2026 at 9:15 AM", "To: Baiba Zemīte <baiba.zemite@lddk.lv>",
             "Elektrotehniķa MIP nav atbalstāms, jāpārstrādā.", "Artūrs",
             "Baiba Zemīte <baiba.zemite@lddk.lv>\tThu, Mar 12, 2026 at 10:01 AM", "Paldies, Artūr!")
    assert who_when(*lines, reg=reg)[::2] == ("Artūrs Kalniņš", "2026-03-12")
    doc = ReviewDocument(blocks=tuple(blocks_of(*lines)))
    rows = analyse(doc, "a.docx", reg).extraction.verdicts
    assert [(r.document, r.verdict) for r in rows] == [("MIP", "not_supported")]


def test_another_expert_named_in_the_form_is_not_the_reviews_expert(reg):
    got = who_when(cell("Vērtētais dokuments", 1, 1, 0),
                   cell("MIP (PKE saturu vērtē cita eksperte – G. Rozenberga)", 1, 2, 1),
                   cell("Eksperts", 2, 1, 2), cell("Raivis Sproģis", 2, 2, 3), VERDICT, reg=reg)
    assert got[0] == "Raivis Sproģis"


def test_vertētājs_with_a_colon_labels_the_expert_in_the_text_or_the_page_header(reg):
    got = who_when("Nozares eksperta vērtējums", "Vērtētājs: Mārtiņš Ozols, SIA „Latvijas finieris”", VERDICT,
                   author="LDDK koordinators", reg=reg)
    assert got[0] == "Mārtiņš Ozols"
    got = who_when("Kokapstrādes kvalifikāciju dokumentu vērtējums", VERDICT,
                   headers=("Vērtētāja: Laura Zariņa (kokrūpniecība)",), author="Kokrūpniecības koordinators", reg=reg)
    assert got[0] == "Laura Zariņa"


def test_the_form_filled_in_by_the_expert(reg):
    got = who_when("MIP un PKE ekspertīžu kopsavilkums (aizpilda eksperts)", VERDICT,
                   "Aizpildīja: Guntis Apinis, 2026. gada 4. martā", author="Ilze Grīnberga", reg=reg)
    assert got[::2] == ("Guntis Apinis", "2026-03-04")


def test_vertēja_with_a_colon_labels_the_expert_and_in_prose_does_not(reg):
    got = who_when("Kokapstrādes iekārtu operators – MIP un PKE", "Vērtēja: Baiba Sīle, SIA „Latgales finieris”",
                   VERDICT, author="Ilze Grīnberga", reg=reg)
    assert got[0] == "Baiba Sīle"
    got = who_when("Kokapstrādes iekārtu operators – MIP", "PKE vērtēja Guntis Apinis.", VERDICT,
                   "Ar cieņu,", "Raivis Sproģis", reg=reg)
    assert got[0] == "Raivis Sproģis"


def _review_file(path, qualification: str, signer: str, author: str) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(f"Atzinums par profesionālās kvalifikācijas „{qualification}” MIP saturu")
    d.add_paragraph("Programma ir pārdomāta. MIP saturs ir atbalstāms un virzāms saskaņošanai.")
    d.add_paragraph("Rīgā, 2026. gada 12. martā")
    if signer:
        d.add_paragraph("Ar cieņu,")
        d.add_paragraph(signer)
    d.core_properties.author = author
    d.save(path)


def test_a_coordinators_author_property_is_never_the_expert(tmp_path):
    from pipeline.config import DEFAULT_REGISTER
    from pipeline.run import run

    folder = tmp_path / "in"
    folder.mkdir()
    _review_file(folder / "a.docx", "Mēbeļu galdnieks", "Jānis Ozoliņš", "Baiba Krastiņa")
    _review_file(folder / "b.docx", "Elektromontieris", "Laura Strautiņa", "Baiba Krastiņa")
    _review_file(folder / "c.docx", "Motorzāģa operators", "", "Baiba Krastiņa")  # unsigned, forwarded by her
    _review_file(folder / "d.docx", "Elektrotehniķis", "", "Pēteris Kalējs")  # unsigned, his own file
    outcome = run(folder, tmp_path / "out", DEFAULT_REGISTER, progress=False, jobs=1, write=False)
    experts = {r.file: {v.expert for v in r.verdicts} for r in outcome.results}
    assert experts == {"a.docx": {"Jānis Ozoliņš"}, "b.docx": {"Laura Strautiņa"}, "c.docx": {""},
                       "d.docx": {"Pēteris Kalējs"}}


def test_an_expert_label_opening_a_sentence_in_the_third_person(reg):
    got = who_when("Eksperta atzinums par MIP un PKE saturu",
                   "Eksperts Ģirts Rozenbergs vērtējis divu kvalifikāciju dokumentus.", VERDICT,
                   "Martā eksperts R. Eglītis norādīja, ka programma jāprecizē.", author="Meža klasteris", reg=reg)
    assert got[0] == "Ģirts Rozenbergs"


def test_an_empty_expert_cell_keeps_the_author_out(reg):
    got = who_when(cell("Eksperts", 1, 1, 0), cell("Datums", 2, 1, 1), cell("11.06.2026", 2, 2, 2),
                   "Elektrotehniķa MIP atzinums", VERDICT, author="Sintija Kārkliņa", reg=reg)
    assert got[0] == "" and got[2] == "2026-06-11"


def test_a_label_line_followed_by_another_line_in_one_paragraph(reg):
    got = who_when("Ekspertīzes atzinums", "Eksperts: Inese Liepiņa\nVērtētie dokumenti: MIP un PKE", VERDICT, reg=reg)
    assert got[0] == "Inese Liepiņa"


def test_roman_numbered_headings_are_no_initials(reg):
    got = who_when("Dace Ozoliņa, SIA „Mēbeļu nams” ražošanas tehnoloģe, nozares eksperte", "ATZINUMS",
                   "par mēbeļu galdnieka MIP un PKE saturu", "I. Programma", VERDICT, "II. Eksāmens",
                   "PKE saturs nav atbalstāms.", "Kuldīgā, 16.02.2026.", reg=reg)
    assert got[0] == "Dace Ozoliņa"


def test_an_evaluator_label_cell_without_a_colon(reg):
    got = who_when(cell("Vērtētājs", 1, 1, 0), cell("Edgars Liepiņš", 1, 2, 1), cell("Vērtēšanas datums", 2, 1, 2),
                   cell("09.04.2026.", 2, 2, 3), "Elektrotehniķa MIP", VERDICT, "Komentāri",
                   "Teorijas testā 4 jautājumi ar nepareizām atbildēm – labot.", reg=reg)
    assert got == ("Edgars Liepiņš", "label cell: Vērtētājs", "2026-04-09", "label cell: Vērtēšanas datums")


@pytest.mark.parametrize(("line", "expert"), [
    ("Eksperts: Oskars Meiers. PKE šīm kvalifikācijām vērtē cits eksperts.", "Oskars Meiers"),
    ("Eksperte: Mg. sc. ing. Baiba Zvaigzne", "Baiba Zvaigzne"),
])
def test_an_expert_label_in_a_sentence_before_another_expert_is_named(reg, line, expert):
    got = who_when("MIP ekspertīze – kokapstrāde", line, VERDICT, "Komentāri", "Bez piezīmēm.", reg=reg)
    assert got[0] == expert


def test_a_company_training_coordinator_signing_is_the_expert(reg):
    got = who_when("2026. gada 2. aprīlī", "Par meža mašīnu operatora kvalifikācijas MIP", VERDICT, "Anita Kļaviņa",
                   "AS “Latvijas valsts meži”, mācību koordinatore", author="Baiba Krastiņa", reg=reg)
    assert got[0] == "Anita Kļaviņa"
