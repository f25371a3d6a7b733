"""explain_text and write_html on a review written with python-docx."""

from __future__ import annotations

import click
from conftest import narrative_review

from pipeline.explain import explain_text, write_html


def test_explain_text_shows_each_verdict_with_highlighted_evidence(tmp_path, register):
    path = tmp_path / "a.docx"
    path.write_bytes(narrative_review())
    text = explain_text(path, register, "lv")
    assert "mēbeļu galdnieks / MIP: supported" in text
    assert "mēbeļu galdnieks / PKE: needs_corrections" in text
    assert "\x1b[" in text and "atbalstāms" in text  # click.style highlighting
    assert "Ilze Kalniņa" in text and "2026-03-12" in text


def test_explain_text_lists_problems_in_english(tmp_path, register):
    path = tmp_path / "b.docx"
    path.write_bytes(narrative_review(mip="MIP saturs tiks vērtēts vēlāk.", pke="PKE nav vērtēts."))
    assert "No verdict was found for MIP" in explain_text(path, register, "en")


def test_write_html_marks_every_span(tmp_path, register):
    path = tmp_path / "a.docx"
    path.write_bytes(narrative_review())
    out = write_html(path, register, tmp_path / "a.html", lang="en")
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    for label in ("supported MIP [rule]", "after corrections PKE [rule]", ">support<", ">condition<", "document: MIP"):
        assert label in html


def test_explain_text_lists_only_the_options_left_unchosen(tmp_path, register):
    from docxfixtures import make_docx, p, tbl

    body = p("Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP saturu") + tbl(
        ["MIP"],
        ["☐ Saturs ir atbalstāms un virzāms saskaņošanai"],
        ["☒ Saturs nav atbalstāms"],
    ) + p("Eksperts: Ilze Kalniņa")
    path = tmp_path / "form.docx"
    path.write_bytes(make_docx(body))
    text = click.unstyle(explain_text(path, register, "en"))
    head, _, unchosen = text.partition("options not chosen or printed without a mark:")
    assert "mēbeļu galdnieks / MIP: not_supported" in head and "Saturs nav atbalstāms" in head
    assert "Saturs ir atbalstāms un virzāms" in unchosen and "Saturs nav atbalstāms" not in unchosen


def test_explain_text_names_the_option_a_column_tick_chose(tmp_path, register):
    from docxfixtures import make_docx, p, tbl

    body = p("Nozares eksperta vērtējums — Mēbeļu galdnieks") + tbl(
        ["Dok.", "atbalstāms un virzāms saskaņošanai", "nav atbalstāms"],
        ["MIP", "", "X"],
        ["PKE", "X", ""],
    ) + p("Eksperts: Ilze Kalniņa")
    path = tmp_path / "grid.docx"
    path.write_bytes(make_docx(body))
    text = click.unstyle(explain_text(path, register, "en"))
    mip = text.split("mēbeļu galdnieks / MIP: not_supported")[1].split("mēbeļu galdnieks / PKE")[0]
    assert "row 2, cell 3] X" in mip and "marked under «nav atbalstāms»" in mip
