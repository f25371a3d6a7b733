"""A form whose chosen option is set apart by its format: "vajadzīgo pasvītrot", "treknrakstā".

Built as real .docx files with python-docx, so the reader's run formats are exercised.
"""

from __future__ import annotations

import pytest
from docx import Document

from pipeline.config import DEFAULT_REGISTER
from pipeline.extract import extract
from pipeline.reader import read_path
from pipeline.register import load_register

OPTIONS = ("atbalstāms un virzāms saskaņošanai", "atbalstāms, pēc precizējumu veikšanas virzāms saskaņošanai",
           "nav atbalstāms")


@pytest.fixture(scope="module", name="reg")
def reg_fixture():
    return load_register(DEFAULT_REGISTER)


def form(path, chosen: dict[str, int], how: str) -> None:
    doc = Document()
    doc.add_paragraph("Ekspertīzes atzinums")
    doc.add_paragraph("Profesionālā kvalifikācija: Elektromontieris")
    doc.add_paragraph("Eksperts: Andris Bērziņš")
    doc.add_paragraph("Datums: 2026. gada 10. jūnijs")
    doc.add_paragraph(f"Slēdziens (vajadzīgo {'pasvītrot' if how == 'underline' else 'iezīmēt treknrakstā'}):")
    table = doc.add_table(rows=2, cols=2)
    for row, document in enumerate(("MIP", "PKE")):
        table.cell(row, 0).text = document
        cell = table.cell(row, 1)
        for n, option in enumerate(OPTIONS):
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            run = p.add_run(option)
            if n == chosen[document]:
                setattr(run, "underline" if how == "underline" else "bold", True)
    doc.save(path)


@pytest.mark.parametrize("how", ["underline", "bold"])
def test_the_option_set_apart_is_the_verdict(tmp_path, reg, how):
    path = tmp_path / "forma.docx"
    form(path, {"MIP": 0, "PKE": 2}, how)
    ex = extract(read_path(path), "forma.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "supported"), ("PKE", "not_supported")}


def test_all_options_in_bold_choose_nothing(tmp_path, reg):
    path = tmp_path / "forma.docx"
    doc = Document()
    doc.add_paragraph("Ekspertīzes atzinums")
    doc.add_paragraph("Profesionālā kvalifikācija: Elektromontieris")
    doc.add_paragraph("MIP:")
    for option in OPTIONS:
        doc.add_paragraph().add_run(option).bold = True
    doc.save(path)
    ex = extract(read_path(path), "forma.docx", reg)
    assert {r.verdict for r in ex.verdicts if r.document == "MIP"} == {"unknown"}


def test_the_reader_records_emphasis_only_where_it_is(tmp_path):
    path = tmp_path / "a.docx"
    doc = Document()
    p = doc.add_paragraph("plain ")
    p.add_run("underlined").underline = True
    p.add_run(" tail")
    doc.save(path)
    block = read_path(path).blocks[0]
    assert [block.text[s:e] for s, e in block.emphasized] == ["underlined"]


@pytest.mark.parametrize("chosen", [0, 1, 2])
def test_the_option_in_bold_in_a_table_of_one_column_is_the_verdict(tmp_path, reg, chosen):
    path = tmp_path / "forma.docx"
    doc = Document()
    doc.add_paragraph("Atzinums par PKE saturu")
    doc.add_paragraph("Profesionālā kvalifikācija: Elektromontieris")
    doc.add_paragraph("Eksperts: Andris Bērziņš")
    doc.add_paragraph("Slēdziens (vajadzīgo izcelt treknrakstā):")
    table = doc.add_table(rows=3, cols=1)
    for n, option in enumerate(OPTIONS):
        table.cell(n, 0).paragraphs[0].add_run(f"PKE saturs ir {option}".replace("ir nav", "nav")).bold = n == chosen
    doc.save(path)
    ex = extract(read_path(path), "forma.docx", reg)
    verdict = ("supported", "needs_corrections", "not_supported")[chosen]
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("PKE", verdict)}


def test_the_option_in_bold_in_a_column_per_document_is_its_verdict(tmp_path, reg):
    path = tmp_path / "forma.docx"
    doc = Document()
    doc.add_paragraph("Elektromontieris — eksperta vērtējums")
    doc.add_paragraph("Izvēlēto variantu iezīmējiet treknrakstā.")
    table = doc.add_table(rows=4, cols=3)
    table.cell(0, 1).text, table.cell(0, 2).text = "MIP", "PKE"
    for n, option in enumerate(OPTIONS, start=1):
        table.cell(n, 0).text = str(n)
        for col, chosen in ((1, 2), (2, 1)):
            table.cell(n, col).paragraphs[0].add_run(f"Saturs ir {option}".replace("ir nav", "nav")).bold = n == chosen
    doc.add_paragraph("Eksperts: Andris Bērziņš")
    doc.save(path)
    ex = extract(read_path(path), "forma.docx", reg)
    assert {(r.document, r.verdict) for r in ex.verdicts} == {("MIP", "needs_corrections"), ("PKE", "supported")}
