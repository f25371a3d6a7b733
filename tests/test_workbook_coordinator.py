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
