"""The tools around a run: no Word file, `check` agreeing with `run`, `explain` on bad files and its page,
the end-of-run screen in the chosen language."""

from __future__ import annotations

import csv
import io
import re
import zipfile

from click.testing import CliRunner
from conftest import narrative_review

from pipeline.cli import main
from pipeline.messages import problem_label


def problems_by_file(out):
    with open(out / "problems.csv", encoding="utf-8-sig", newline="") as fh:
        return {row["file"]: row["code"] for row in csv.DictReader(fh)}


def corrupt_xml_docx() -> bytes:
    """Return a sound zip package whose document.xml is cut off mid-element."""
    good = zipfile.ZipFile(io.BytesIO(narrative_review()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for info in good.infolist():
            data = good.read(info)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            zf.writestr(info, data)
    return buf.getvalue()


# --- item 7: no Word file ----------------------------------------------------


def test_a_folder_without_word_files_exits_2_and_keeps_the_previous_outputs(tmp_path, review_folder):
    out = tmp_path / "out"
    CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "-q", "--jobs", "0"])
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()}
    assert "verdicts.csv" in before
    empty = tmp_path / "empty"
    empty.mkdir()
    notes = tmp_path / "notes"  # only a text file and a lock file: nothing a run could read
    notes.mkdir()
    (notes / "todo.txt").write_text("zvanīt", encoding="utf-8")
    (notes / "~$a.docx").write_bytes(b"\x05Ilze " + b"\x00" * 150)
    for folder in (empty, notes):
        result = CliRunner().invoke(main, ["run", str(folder), "-o", str(out), "--jobs", "0"])
        assert result.exit_code == 2, result.output
        assert "nav neviena Word faila" in result.output and "Traceback" not in result.output
        assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()} == before
    en = CliRunner().invoke(main, ["run", str(empty), "-o", str(tmp_path / "fresh"), "--lang", "en"])
    assert en.exit_code == 2 and "no Word file" in en.output
    assert not (tmp_path / "fresh").exists()  # a refused run leaves no folder of its own


# --- item 10: check gives run's codes ----------------------------------------


def test_check_gives_every_file_the_code_run_gives_it(tmp_path, review_folder):
    (review_folder / "cut.docx").write_bytes(corrupt_xml_docx())
    (review_folder / "a - Copy.docx").write_bytes((review_folder / "a.docx").read_bytes())
    (review_folder / "renamed.docx").write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    out = tmp_path / "out"
    CliRunner().invoke(main, ["run", str(review_folder), "-o", str(out), "-q", "--jobs", "0", "--lang", "en"])
    run_codes = {f: c for f, c in problems_by_file(out).items() if c not in {"no_verdict", "unknown_qualification"}}
    assert run_codes["cut.docx"] == "corrupt" and run_codes["a - Copy.docx"] == "duplicate"
    checked = CliRunner().invoke(main, ["check", str(review_folder)])
    rows = {}
    for line in checked.stdout.splitlines():
        name, action, reason = re.split(r"\s{2,}", line.strip(), maxsplit=2)
        rows[name] = (action, reason)
    assert len(rows) == 9
    for name, code in run_codes.items():
        action, reason = rows[name]
        assert reason.split(":")[0] == code, (name, reason)
        assert action == ("skip" if code == "lock_file" else "refuse")
    assert "same content as a.docx" in rows["a - Copy.docx"][1]
    assert rows["a.docx"][0] == "read" and rows["energy/b.docx"][0] == "read"
    assert "corrupt: corrupt" not in checked.output


# --- item 9: explain ---------------------------------------------------------


def test_explain_on_a_file_it_cannot_read_gives_the_code_and_message(tmp_path):
    cases = {
        "broken.docx": (narrative_review()[:700], "corrupt", "Fails ir bojāts"),
        "cut.docx": (corrupt_xml_docx(), "corrupt", "Fails ir bojāts"),
        "empty.docx": (b"", "empty", "Fails ir tukšs"),
        "notes.docx": ("Zvanīt Jānim".encode(), "not_docx", "Fails nav Word dokuments"),
    }
    for name, (data, code, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = CliRunner().invoke(main, ["explain", str(path)])
        assert result.exit_code == 1, (name, result.output)
        assert f"{code}: {message}" in result.output
        assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    en = CliRunner().invoke(main, ["explain", str(tmp_path / "empty.docx"), "--lang", "en"])
    assert en.exit_code == 1 and "empty: The file is empty" in en.output


def form_review(tmp_path):
    from docxfixtures import make_docx, p, tbl

    body = p("Ekspertīzes atzinums par profesionālās kvalifikācijas „Mēbeļu galdnieks” MIP saturu") + tbl(
        ["MIP"],
        ["☒ Saturs ir atbalstāms un virzāms saskaņošanai"],
        ["☐ Saturs nav atbalstāms"],
    ) + p("Eksperts: Ilze Kalniņa") + p("Datums: 12.03.2026.")
    path = tmp_path / "forma.docx"
    path.write_bytes(make_docx(body))
    return path


def marked_words(html: str) -> str:
    """Return the text of the marked words in page order (what displaCy puts in each mark)."""
    return "".join(re.findall(r'white-space: pre; height: \d+px;">([^<]*)<', html))


def test_the_page_marks_the_ticked_option_as_chosen_in_latvian(tmp_path):
    path = form_review(tmp_path)
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["explain", str(path), "--html", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    labels = re.findall(r'border-radius: 3px">([^<]*)</span>', html)
    chosen = [x for x in labels if x.startswith("atbalstāms MIP [izvēles rūtiņa]")]
    unchosen = [x for x in labels if x.startswith("nav atbalstāms")]
    assert chosen and all("nav izvēlēts" not in x for x in chosen)
    assert unchosen and all("nav izvēlēts" in x for x in unchosen)
    assert "DOC_MIP" not in html and "SUPPORT" not in html and "not chosen" not in html
    assert "atbalsts" in labels and "virzīšana" in labels
    # the marked words keep the spaces between them
    assert "atbalstāms un virzāms saskaņošanai" in marked_words(html)
    # the header: which file, who, when, what
    assert "<title>forma.docx</title>" in html
    assert "Ilze Kalniņa" in html and "2026-03-12" in html
    assert "mēbeļu galdnieks / MIP: <b>atbalstāms un virzāms saskaņošanai</b>" in html


def test_the_page_speaks_english_when_asked(tmp_path):
    path = form_review(tmp_path)
    out = tmp_path / "page.html"
    CliRunner().invoke(main, ["explain", str(path), "--html", str(out), "--lang", "en"])
    html = out.read_text(encoding="utf-8")
    assert "(not chosen)" in html and "supported MIP [checkbox]" in html and "Expert: Ilze Kalniņa" in html
    assert '<html lang="en">' in html


# --- item 11: the end-of-run screen -------------------------------------------


def test_the_end_of_run_screen_speaks_the_chosen_language(tmp_path, review_folder):
    lv = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(tmp_path / "o"), "--jobs", "0", "-v"])
    assert "Faili: 6 (nolasīti 3, nenolasāmi 3" in lv.output
    assert "Lēmumi: atbalstāms 2, ar precizējumiem 1, nav atbalstāms 1" in lv.output
    assert f"{problem_label('corrupt', 'lv')} 1" in lv.output and "Rezultāti:" in lv.output
    # -v: each problem with what to do about it
    assert "broken.docx  [corrupt] Fails ir bojāts vai nepilnīgs" in lv.output
    assert "supported" not in lv.output and "Files:" not in lv.output
    en = CliRunner().invoke(main, ["run", str(review_folder), "-o", str(tmp_path / "o"), "--jobs", "0", "-v",
                                   "--lang", "en"])
    assert "Files: 6 (3 read, 3 not readable" in en.output
    assert "Verdicts: supported 2, after corrections 1, not supported 1" in en.output
    assert "broken.docx  [corrupt] The file is damaged" in en.output
