"""Hyperlinks in summary.xlsx stay inside the input folder (issue 19, item 5)."""

from __future__ import annotations

import posixpath
from urllib.parse import unquote, urlsplit

import openpyxl
from test_report import REGISTER

from pipeline import outputs
from pipeline.outputs import write_outputs
from pipeline.records import FileResult, Problem, RunInfo, VerdictRow


def resolved(out_dir, link: str) -> str:
    """Return where a relative link from ``out_dir`` leads, as a file system path."""
    return posixpath.normpath(posixpath.join(str(out_dir), unquote(link)))


def test_a_folder_named_like_a_url_scheme_stays_a_folder(tmp_path):
    link = outputs.hyperlink_target(tmp_path / "out", str(tmp_path / "in"))
    target = link("https:/evil.example/x.docx")
    assert urlsplit(target).scheme == "" and ":" not in target
    assert target == "../in/https%3A/evil.example/x.docx"
    assert resolved(tmp_path / "out", target) == str(tmp_path / "in" / "https:" / "evil.example" / "x.docx")


def test_the_output_folder_inside_the_input_folder_links_without_a_scheme(tmp_path):
    link = outputs.hyperlink_target(tmp_path / "in", str(tmp_path / "in"))
    assert link("javascript:alert(1).docx") == "javascript%3Aalert(1).docx"
    assert link("C:\\Windows\\x.docx") == "C%3A%5CWindows%5Cx.docx"


def test_names_that_would_leave_the_folder_get_no_link(tmp_path):
    link = outputs.hyperlink_target(tmp_path / "out", str(tmp_path / "in"), {"link.docx"})
    assert link("../../etc/passwd") is None
    assert link("a/../../x.docx") is None
    assert link("//host/share/x.docx") is None
    assert link("link.docx") is None
    assert link("sub/Mēbeļu galdnieks #2.docx") == "../in/sub/Mēbeļu%20galdnieks%20%232.docx"


def test_the_workbook_links_no_unreadable_file_and_every_link_resolves_inside(tmp_path):
    inp = tmp_path / "in"
    files = ["https:/evil.example/a.docx", "b\\c.docx", "ok.docx"]
    results = [FileResult(file=f, verdicts=[VerdictRow(f, "mēbeļu galdnieks", "MIP", "supported")]) for f in files]
    results.append(FileResult(file="outside.docx", problems=[
        Problem("outside.docx", "unreadable", "link outside the folder or broken")]))
    run = RunInfo(started="2026-04-02T09:30:00", input_dir=str(inp), output_dir=str(tmp_path / "out"),
                  version="t", files=4)
    written = write_outputs(results, tmp_path / "out", REGISTER, run)
    wb = openpyxl.load_workbook(written.paths["summary.xlsx"])
    links = {}
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if cell.hyperlink is not None:
                    links[cell.value] = cell.hyperlink.target
    assert "outside.docx" not in links
    assert set(links) == set(files)
    for name, target in links.items():
        assert urlsplit(target).scheme == "" and "\\" not in target and ":" not in target
        where = resolved(tmp_path / "out", target)
        assert where.startswith(str(inp) + "/")
        assert where == str(inp / name)
