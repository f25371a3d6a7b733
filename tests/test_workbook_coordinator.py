"""summary.xlsx read by a coordinator: worded codes, a legend that explains, printed pages (issue 18, item 12)."""

from __future__ import annotations

import openpyxl
from test_report import REGISTER
from test_workbook import run_info, with_extras

from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Problem, Recommendation, VerdictRow


def book_of(tmp_path, results, lang="lv"):
    written = write_outputs(results, tmp_path / "out", REGISTER, run_info(tmp_path), lang=lang)
    assert not written.failed
    return openpyxl.load_workbook(written.paths["summary.xlsx"])


def extras() -> list[FileResult]:
    res = with_extras()
    f = "kokrū/mēbeļu galdnieks MIP.docx"
    res.append(FileResult(file="bojāts.docx", problems=[Problem("bojāts.docx", "corrupt", "bad zip")]))
    res.append(FileResult(file="r.docx", verdicts=[VerdictRow("r.docx", "mēbeļu galdnieks", "PKE", "supported")],
                          recommendations=[Recommendation(f, "mēbeļu galdnieks", "MIP/PKE", "Laura Zariņa",
                                                          "Papildināt abus dokumentus.", "¶ 4"),
                                           Recommendation(f, "mēbeļu galdnieks", "", "Laura Zariņa",
                                                          "Aktualizēt literatūru.", "¶ 5")]))
    return res


def test_problem_codes_are_worded_in_latvian_and_wrapped(tmp_path):
    ws = book_of(tmp_path, extras())["Problēmas"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    code = rows["bojāts.docx"][1]
    assert code.value == "bojāts fails"
    assert code.alignment.wrap_text and rows["bojāts.docx"][2].alignment.wrap_text


def test_recommendations_name_the_document_mip_pke_or_both(tmp_path):
    ws = book_of(tmp_path, extras())["Ieteikumi"]
    docs = {r[3]: r[1] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert docs["Papildināt abus dokumentus."] == "abi"
    assert docs["Aktualizēt literatūru."] == "abi"
    assert docs["=Precizēt moduļa apjomu"] == "MIP"
    assert all(d in ("MIP", "PKE", "abi") for d in docs.values())


def test_the_legend_explains_each_status(tmp_path):
    ws = book_of(tmp_path, extras())["Kopsavilkums"]
    cells = {r[1]: r[2] for r in ws.iter_rows(values_only=True) if len(r) > 2 and r[1]}
    assert "abi dokumenti" in cells["pabeigta"]
    assert "vismaz viens atzinums" in cells["procesā"]
    assert cells["nav uzsākta"] == "nav neviena atzinuma"


def test_printed_pages_have_a_header_and_page_numbers(tmp_path):
    for ws in book_of(tmp_path, extras()):
        assert ws.oddFooter.center.text == "&P. lapa no &N", ws.title
        assert ws.oddHeader.right.text == ws.title
        assert ws.oddHeader.left.text == "Par šo kopsavilkumu"
    en = book_of(tmp_path / "en", extras(), lang="en")
    assert en["Problems"].oddFooter.center.text == "Page &P of &N"


def review(file: str, qualification: str, document: str, verdict: str, sector: str, level: str = "4") -> VerdictRow:
    return VerdictRow(file, qualification, document, verdict, "Anna Ozola", "2026-03-02", level, sector,
                      "Saturs ir atbalstāms.", "¶ 2", "rule", 0.9)


def small_folder() -> list[FileResult]:
    """Kokrūpniecība: 1 done, 1 in progress, 6 not started; Enerģētika: 1 in progress, 3 not started;
    Mašīnbūve: 1 not started."""
    rows = [
        review("a.docx", "motorzāģa operators", "MIP", "supported", "Kokrūpniecība", "3"),
        review("a.docx", "motorzāģa operators", "PKE", "needs_corrections", "Kokrūpniecība", "3"),
        review("b.docx", "mēbeļu galdnieks", "MIP", "not_supported", "Kokrūpniecība"),
        review("c.docx", "elektrotehniķis", "PKE", "supported", "Enerģētika"),
    ]
    return [FileResult(file=f, verdicts=[r for r in rows if r.file == f]) for f in ("a.docx", "b.docx", "c.docx")]


def test_the_first_sheet_counts_qualifications_by_status_per_sector_and_in_total(tmp_path):
    book = book_of(tmp_path, small_folder())
    assert book.sheetnames[0] == "Pārskats"
    ws = book["Pārskats"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["Nozare", "pabeigta", "procesā", "nav uzsākta", "Kopā"]
    assert rows[1:5] == [
        ["Kokrūpniecība", 1, 1, 6, 8],
        ["Enerģētika", 0, 1, 3, 4],
        ["Mašīnbūve un metālapstrāde", 0, 0, 1, 1],
        ["Visas nozares kopā", 1, 2, 10, 13],
    ]
    assert all(c.font.b for c in ws[5])  # the total row stands out, below the table (not sorted into it)
    assert next(iter(ws.tables.values())).ref == "A1:E4"
    assert rows[6][0] == "Pabeigtas 1 no 13 kvalifikācijām; procesā 2; nav uzsāktas 10."
    assert ws["B1"].fill.fgColor.rgb.endswith("C6EFCE")  # "done" in the status colour the legend explains
    legend = {r[1]: r[2] for r in rows[8:] if len(r) > 2 and r[1]}
    assert legend["nav uzsākta"] == "nav neviena atzinuma"


def test_the_overview_speaks_english_on_request(tmp_path):
    book = book_of(tmp_path, small_folder(), lang="en")
    assert book.sheetnames[0] == "Overview"
    rows = [[c.value for c in row] for row in book["Overview"].iter_rows()]
    assert rows[0] == ["Sector", "done", "in progress", "not started", "Total"]
    assert rows[4] == ["All sectors", 1, 2, 10, 13]
    assert rows[6][0] == "1 of 13 qualifications done; 2 in progress; 10 not started."


def test_sectors_show_document_verdicts_and_qualification_statuses_in_two_tables(tmp_path):
    ws = book_of(tmp_path, small_folder())["Nozares"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    assert rows[0] == ["Nozare", "atbalstāms", "ar precizējumiem", "nav atbalstāms", "nav noteikts",
                       "Dokumenti kopā"]
    assert rows[1] == ["Kokrūpniecība", 1, 1, 1, 0, 3]  # documents: each row adds up to its total
    assert rows[2] == ["Enerģētika", 1, 0, 0, 0, 1]
    assert not any(rows[4])  # an empty row between the tables
    assert rows[5][:5] == ["Nozare", "pabeigta", "procesā", "nav uzsākta", "Kvalifikācijas kopā"]
    assert all(c.font.b for c in ws[6][:5])  # a header row of its own
    assert rows[6][:5] == ["Kokrūpniecība", 1, 1, 6, 8]  # qualifications: each row adds up to its total
    assert rows[8][:5] == ["Mašīnbūve un metālapstrāde", 0, 0, 1, 1]
    assert sorted(t.ref for t in ws.tables.values()) == ["A1:F4", "A6:E9"]


def test_a_note_says_where_the_documents_lki_level_differs_from_the_registers(tmp_path):
    results = small_folder()  # mēbeļu galdnieks: register LKI 4, the review says 4
    results.append(FileResult(file="d.docx", verdicts=[
        review("d.docx", "meža mašīnu operators", "MIP", "supported", "Kokrūpniecība", "4")]))  # register: 3
    for lang, note in [("lv", "dokumentos LKI 4, reģistrā LKI 3"), ("en", "documents give LKI 4, the register LKI 3")]:
        book = book_of(tmp_path / lang, results, lang=lang)
        rows = {r[1]: r for r in book.worksheets[1].iter_rows(min_row=2, values_only=True) if r[1]}
        assert note in rows["meža mašīnu operators"][8]
        assert rows["meža mašīnu operators"][2] == 3  # the LKI column keeps the register's level
        assert "LKI" not in (rows["mēbeļu galdnieks"][8] or "")
        assert "LKI" not in (rows["motorzāģa operators"][8] or "")
