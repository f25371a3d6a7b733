"""Hostile file names reach the terminal, the HTML page, report.docx and summary.xlsx escaped, never acting."""

from __future__ import annotations

import docx
import openpyxl
from click.testing import CliRunner
from conftest import narrative_review

from pipeline.cli import main
from pipeline.safe_text import html_text, visible, xml_text

BEL = "zinojums\x07.docx"
TITLE = "virsraksts\x1b]0;pwned\x07.docx"  # an ESC sequence that retitles a terminal
NEWLINE = "divas\nrindas.docx"
BIDI = "atzinums\u202excod.docx"  # shows as "atzinumsdocx.docx" reversed


def test_the_shared_functions():
    assert visible("a\x1b[2Jb\n\u202e") == "a\\x1b[2Jb\\x0a\\u202e"
    assert xml_text("a\x07b\tc\nd\u202e\ud800") == "a\\x07b\tc\nd\\u202e\\ud800"
    assert html_text('<img src=x onerror="alert(1)">') == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"


def test_names_printed_by_run_and_check_are_escaped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.docx").write_bytes(narrative_review())
    for name in (TITLE, NEWLINE, BIDI):
        (folder / name).write_bytes(b"")
    ran = CliRunner().invoke(main, ["run", str(folder), "-o", str(tmp_path / "out"), "--jobs", "0", "-v"])
    checked = CliRunner().invoke(main, ["check", str(folder)])
    for output in (ran.output, checked.output):
        assert "\x1b" not in output and "\x07" not in output and "\u202e" not in output
        assert "virsraksts\\x1b]0;pwned\\x07.docx" in output
        assert "divas\\x0arindas.docx" in output and "atzinums\\u202excod.docx" in output
    assert len(checked.stdout.splitlines()) == 4  # one line a file: the newline does not break one in two


def test_a_control_character_in_a_name_still_gives_report_and_workbook(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.docx").write_bytes(narrative_review())
    (folder / BEL).write_bytes(narrative_review()[:600])  # unreadable: named in the report and the workbook
    (folder / BIDI).write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "--jobs", "0"])
    assert result.exit_code == 1, result.output
    assert (out / "report.docx").is_file() and "could not be written" not in result.output
    report = "\n".join(p.text for p in docx.Document(out / "report.docx").paragraphs)
    workbook = openpyxl.load_workbook(out / "summary.xlsx")
    cells = [str(c.value) for ws in workbook.worksheets for row in ws.iter_rows() for c in row if c.value]
    assert any("zinojums\\x07.docx" in c for c in cells)
    assert any("atzinums\\u202excod.docx" in c for c in cells)
    assert not any("\x07" in c or "\u202e" in c for c in cells)
    assert "\x07" not in report and "\u202e" not in report


def test_the_file_name_on_the_explain_page_does_not_run(tmp_path):
    path = tmp_path / "<img src=x onerror=alert(1)>.docx"
    path.write_bytes(narrative_review())
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["explain", str(path), "--html", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html
    assert "<title>&lt;img src=x onerror=alert(1)&gt;.docx</title>" in html
