"""summary.xlsx as a coordinator sees it: reopened with openpyxl and checked cell by cell."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
from test_report import REGISTER, seed_results

from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Recommendation, RunInfo, VerdictRow
from pipeline.workbook import HEADER_FILL, VERDICT_FILLS

SHEETS_LV = ["Pārskats", "Kopsavilkums", "Atzinumi", "Ieteikumi", "Nozares", "Problēmas", "Par"]
SHEETS_EN = ["Overview", "Summary", "Reviews", "Recommendations", "Sectors", "Problems", "About"]


def run_info(tmp_path: Path, started="2026-04-02T09:30:00") -> RunInfo:
    return RunInfo(started=started, input_dir=str(tmp_path / "in"), output_dir=str(tmp_path / "out"),
                   version="9.9", files=15, seconds=3.5, register="qualifications.csv")


def with_extras() -> list[FileResult]:
    res = seed_results()
    f = "kokrū/mēbeļu galdnieks MIP.docx"
    res[3 + 3].recommendations.append(Recommendation(f, "mēbeļu galdnieks", "MIP", "Laura Zariņa",
                                                     "=Precizēt moduļa apjomu", "¶ 3"))
    res.append(FileResult(file="x/formula.docx", verdicts=[VerdictRow(
        "x/formula.docx", "elektrotehniķis", "PKE", "supported", "Dace\x07 Sproģe", "2026-03-30", "4",
        "Enerģētika", "=SUM(A1:A3) saturs ir atbalstāms", "¶ 1", "rule", 0.8)]))
    return res


@pytest.fixture
def book(tmp_path):
    written = write_outputs(with_extras(), tmp_path / "out", REGISTER, run_info(tmp_path))
    assert not written.failed
    return openpyxl.load_workbook(written.paths["summary.xlsx"])


def test_sheets_are_latvian_by_default_and_english_on_request(tmp_path, book):
    assert book.sheetnames == SHEETS_LV
    written = write_outputs(with_extras(), tmp_path / "en", REGISTER, run_info(tmp_path), lang="en")
    en = openpyxl.load_workbook(written.paths["summary.xlsx"])
    assert en.sheetnames == SHEETS_EN
    assert en["Summary"]["A1"].value == "Sector"


def test_every_sheet_with_data_is_a_filtered_table_under_a_frozen_styled_header(book):
    names = []
    for ws in book:
        assert ws.freeze_panes == "A2", ws.title
        header = ws["A1"]
        assert header.font.b and header.fill.fgColor.rgb.endswith(HEADER_FILL), ws.title
        assert ws.page_setup.orientation == "landscape" and ws.print_title_rows in ("1:1", "$1:$1")
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        assert len(ws.tables) == (2 if ws.title == "Nozares" else 1), ws.title
        table = next(iter(ws.tables.values()))
        assert table.ref.startswith("A1:") and table.ref.split(":")[1][-1].isdigit()
        names.append(table.displayName)
        assert ws.column_dimensions["A"].width >= 8
    assert len(set(names)) == len(names)


def test_a_sheet_without_rows_gets_no_table(tmp_path):
    written = write_outputs([], tmp_path, REGISTER, run_info(tmp_path))
    wb = openpyxl.load_workbook(written.paths["summary.xlsx"])
    assert not wb["Atzinumi"].tables and not wb["Ieteikumi"].tables and not wb["Problēmas"].tables
    assert wb["Atzinumi"]["A1"].value == "Fails" and wb["Atzinumi"].max_row == 1
    assert len(wb["Kopsavilkums"].tables) == 1  # the register still gives one row per qualification


def test_summary_rows_show_status_verdict_colours_dates_and_notes(book):
    ws = book["Kopsavilkums"]
    header = [c.value for c in ws[1]][:9]
    assert header == ["Nozare", "Kvalifikācija", "LKI līmenis", "MIP lēmums", "PKE lēmums", "Statuss", "Eksperti",
                      "Pēdējā atzinuma datums", "Piezīmes"]
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2, max_row=14)}
    motor = rows["motorzāģa operators"]
    assert [c.value for c in motor[:6]] == ["Kokrūpniecība", "motorzāģa operators", 3, "ar precizējumiem",
                                            "atbalstāms", "pabeigta"]
    assert motor[3].fill.fgColor.rgb.endswith(VERDICT_FILLS["needs_corrections"])
    assert motor[4].fill.fgColor.rgb.endswith(VERDICT_FILLS["supported"])
    assert motor[7].value == dt.datetime(2026, 3, 10) and motor[7].number_format == "dd.mm.yyyy"
    koka = rows["koka izstrādājumu ražošanas tehniķis"]
    assert koka[3].fill.fgColor.rgb.endswith(VERDICT_FILLS["not_supported"])
    assert "nav PKE atzinuma" in koka[8].value
    assert koka[8].alignment.wrap_text
    sectors = [ws.cell(row=r, column=1).value for r in range(2, 15)]
    assert sectors == sorted(sectors, key=["Kokrūpniecība", "Enerģētika", "Mašīnbūve un metālapstrāde"].index)


def test_summary_has_a_colour_legend(book):
    ws = book["Kopsavilkums"]
    cells = {c.value: c for c in ws["B"][14:] if c.value}
    assert "Apzīmējumi" in cells
    for code, label in [("supported", "atbalstāms"), ("not_supported", "nav atbalstāms")]:
        assert cells[label].fill.fgColor.rgb.endswith(VERDICT_FILLS[code])


def test_reviews_link_to_the_source_files_and_carry_real_dates(book, tmp_path):
    ws = book["Atzinumi"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["Fails", "Kvalifikācija", "Dokuments", "Lēmums", "Eksperts", "Datums"]
    first = ws["A2"]
    assert first.hyperlink is not None
    assert first.hyperlink.target == "../in/" + first.value.replace(" ", "%20")
    target = (tmp_path / "out" / first.hyperlink.target.replace("%20", " ")).resolve()
    assert target == (tmp_path / "in" / first.value).resolve()
    assert isinstance(ws["F2"].value, dt.datetime)
    verdict_cells = [ws.cell(row=r, column=4) for r in range(2, ws.max_row + 1)]
    assert all(c.fill.fgColor.rgb[-6:] in VERDICT_FILLS.values() for c in verdict_cells)
    assert ws.cell(row=2, column=10).number_format == "0.00"


@pytest.mark.parametrize("lang, location, method, rec_location", [
    ("lv", "galvene 1, tabula 2, rinda 3, šūna 1", "izvēles rūtiņa", "komentārs 4"),
    ("en", "header 1, table 2, row 3, cell 1", "checkbox", "comment 4"),
])
def test_locations_and_methods_are_worded_in_the_workbooks_language(tmp_path, lang, location, method,
                                                                    rec_location):
    f = "forma.docx"
    row = VerdictRow(f, "elektrotehniķis", "PKE", "supported", "Dace Sproģe", "2026-03-30", "4", "Enerģētika",
                     "☒ Saturs ir atbalstāms", "header 1, table 2, row 3, cell 1", "checkbox", 0.95)
    rec = Recommendation(f, "elektrotehniķis", "PKE", "Dace Sproģe", "Papildināt uzdevumus.", "comment 4")
    written = write_outputs([FileResult(file=f, verdicts=[row], recommendations=[rec])], tmp_path / lang,
                            REGISTER, run_info(tmp_path), lang=lang)
    book = openpyxl.load_workbook(written.paths["summary.xlsx"])
    reviews, recs = book.worksheets[2], book.worksheets[3]
    assert (reviews["H2"].value, reviews["I2"].value) == (location, method)
    assert recs["F2"].value == rec_location
    with open(written.paths["verdicts.csv"], encoding="utf-8-sig") as fh:  # the CSV keeps the codes
        assert "header 1, table 2, row 3, cell 1" in fh.read()


def test_text_that_looks_like_a_formula_stays_text_and_control_characters_are_escaped(book):
    ws = book["Atzinumi"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "x/formula.docx")
    assert row[6].value == "=SUM(A1:A3) saturs ir atbalstāms" and row[6].data_type == "s"
    assert row[4].value == "Dace\\x07 Sproģe"  # shown, not dropped: pipeline.safe_text.xml_text
    rec = book["Ieteikumi"]
    assert rec["D2"].value == "=Precizēt moduļa apjomu" and rec["D2"].data_type == "s"


def test_sectors_sheet_counts_and_has_a_bar_chart(tmp_path, book):
    ws = book["Nozares"]
    assert [c.value for c in ws[1]][:5] == ["Nozare", "atbalstāms", "ar precizējumiem", "nav atbalstāms",
                                            "nav noteikts"]
    assert ws["A2"].value == "Kokrūpniecība"
    with zipfile.ZipFile(tmp_path / "out" / "summary.xlsx") as z:
        assert [n for n in z.namelist() if n.startswith("xl/charts/")] == ["xl/charts/chart1.xml"]


def test_problems_sheet_says_what_to_do(book):
    ws = book["Problēmas"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert rows["tukšs.docx"][2].value.startswith("Fails ir tukšs")


def test_about_sheet_tells_when_what_and_what_changed(tmp_path):
    out = tmp_path / "out"
    write_outputs(seed_results(), out, REGISTER, run_info(tmp_path))
    written = write_outputs(with_extras(), out, REGISTER, run_info(tmp_path, "2026-04-03T08:00:00"))
    ws = openpyxl.load_workbook(written.paths["summary.xlsx"])["Par"]
    values = {r[0].value: r[1].value for r in ws.iter_rows(min_row=2)}
    assert values["Izveidots"] == dt.datetime(2026, 4, 3, 8, 0)
    assert values["Programmas versija"] == "9.9"
    assert values["Kvalifikācijas"] == 13
    changes = [r[1].value for r in ws.iter_rows(min_row=2) if r[1].value and "Jauns atzinums" in str(r[1].value)]
    assert changes == ["Jauns atzinums: elektrotehniķis, PKE – atbalstāms (Dace\\x07 Sproģe; x/formula.docx)"]


@pytest.mark.slow
def test_same_inputs_give_the_same_cells_apart_from_the_run_time(tmp_path):
    out = tmp_path / "out"
    write_outputs(with_extras(), out, REGISTER, run_info(tmp_path))
    books = []
    for started in ("2026-04-03T08:00:00", "2026-04-04T08:00:00"):
        written = write_outputs(with_extras(), out, REGISTER, run_info(tmp_path, started))
        books.append(openpyxl.load_workbook(written.paths["summary.xlsx"]))
    for name in SHEETS_LV:
        a = [[c.value for c in row] for row in books[0][name].iter_rows()]
        b = [[c.value for c in row] for row in books[1][name].iter_rows()]
        if name == "Par":
            a, b = a[2:], b[2:]  # the run time row and what it was compared with differ
            a = [r for r in a if not str(r[1]).startswith("Kopš")]
            b = [r for r in b if not str(r[1]).startswith("Kopš")]
        assert a == b, name
    assert books[1].properties.created == dt.datetime(2026, 4, 4, 8, 0)


def test_the_package_is_well_formed_for_excel(tmp_path):
    written = write_outputs(with_extras(), tmp_path, REGISTER, run_info(tmp_path))
    with zipfile.ZipFile(written.paths["summary.xlsx"]) as z:
        tables = [n for n in z.namelist() if n.startswith("xl/tables/")]
        assert len(tables) == 8
        assert z.testzip() is None
