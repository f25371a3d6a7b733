"""The register as Excel saves it in Latvia: separators, encodings, Latvian headings, and what is refused."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import narrative_review

from pipeline.cli import main
from pipeline.errors import UsageError
from pipeline.register import load_register

ROWS = [
    ("mēbeļu galdnieks", "Kokrūpniecība", "4", "mebelu galdnieks"),
    ("elektromontieris", "Enerģētika", "3", ""),
    ("mehatronisko sistēmu tehniķis", "Mašīnbūve un metālapstrāde", "4", "mehatronikas tehniķis; mehatroniķis"),
]


def register_text(header: list[str], sep: str, rows=ROWS) -> str:
    lines = [sep.join(header)]
    for name, sector, level, aliases in rows:
        if sep in aliases:  # quoted, as Excel does
            aliases = f'"{aliases}"'
        lines.append(sep.join((name, sector, level, aliases)))
    return "\r\n".join(lines) + "\r\n"


LATVIAN = ["nosaukums", "nozare", "LKI līmenis", "sinonīmi"]
ENGLISH = ["name", "sector", "lki_level", "aliases"]


@pytest.mark.parametrize("header", [LATVIAN, ENGLISH], ids=["latvian", "english"])
@pytest.mark.parametrize("sep", [";", ","], ids=["semicolon", "comma"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1257"])
def test_register_reads_what_excel_writes(tmp_path, header, sep, encoding):
    path = tmp_path / "reg.csv"
    path.write_bytes(register_text(header, sep).encode(encoding))
    register = load_register(path)
    assert [q.name for q in register] == [r[0] for r in ROWS]
    assert register.lookup("mēbeļu galdnieka").sector == "Kokrūpniecība"
    assert register.lookup("elektromontieris").lki_level == "3"
    assert register.lookup("mehatroniķim").name == "mehatronisko sistēmu tehniķis"
    assert register.qualifications[2].aliases == ("mehatronikas tehniķis", "mehatroniķis")


def test_aliases_of_a_semicolon_file_may_be_separated_by_commas(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_text("nosaukums;nozare;LKI līmenis;sinonīmi\nelektromontieris;Enerģētika;3;elektriķis, montieris\n",
                    encoding="utf-8")
    assert load_register(path).qualifications[0].aliases == ("elektriķis", "montieris")


def test_a_level_outside_one_to_eight_is_refused_naming_the_row(tmp_path):
    path = tmp_path / "reg.csv"
    rows = [*ROWS, ("motorzāģa operators", "Kokrūpniecība", "9", "")]
    path.write_text(register_text(LATVIAN, ";", rows), encoding="utf-8")
    with pytest.raises(UsageError) as lv:
        load_register(path)
    assert "5. rinda" in str(lv.value) and "motorzāģa operators" in str(lv.value) and "„9”" in str(lv.value)
    with pytest.raises(UsageError) as en:
        load_register(path, lang="en")
    assert "row 5" in str(en.value) and "not a number 1-8" in str(en.value)


def test_a_name_given_twice_is_refused_naming_both_rows(tmp_path):
    path = tmp_path / "reg.csv"
    rows = [*ROWS, ("Mēbeļu galdnieks", "Kokrūpniecība", "4", "")]  # the same name in another case
    path.write_text(register_text(ENGLISH, ",", rows), encoding="utf-8")
    with pytest.raises(UsageError) as en:
        load_register(path, lang="en")
    assert "row 2" in str(en.value) and "row 5" in str(en.value)
    # an alias that is another row's name is a duplicate too
    rows = [*ROWS, ("elektriķis", "Enerģētika", "3", "elektromontieris")]
    path.write_text(register_text(LATVIAN, ";", rows), encoding="utf-8")
    with pytest.raises(UsageError) as lv:
        load_register(path)
    assert "3. rindā" in str(lv.value) and "5. rindā" in str(lv.value)


def test_a_refused_register_stops_the_run_in_the_chosen_language_and_leaves_no_folder(tmp_path):
    reviews = tmp_path / "in"
    reviews.mkdir()
    (reviews / "a.docx").write_bytes(narrative_review())
    path = tmp_path / "reg.csv"
    path.write_text(register_text(LATVIAN, ";", [*ROWS, ("motorzāģa operators", "Kokrūpniecība", "11", "")]),
                    encoding="utf-8")
    out = tmp_path / "new" / "out"
    lv = CliRunner().invoke(main, ["run", str(reviews), "-o", str(out), "--register", str(path), "-q"])
    assert lv.exit_code == 2
    assert "Kļūda:" in lv.output and "5. rinda" in lv.output and "Traceback" not in lv.output
    assert not (tmp_path / "new").exists()
    en = CliRunner().invoke(main, ["run", str(reviews), "-o", str(out), "--register", str(path), "-q", "--lang", "en"])
    assert en.exit_code == 2 and "Error:" in en.output and "row 5" in en.output
    assert not (tmp_path / "new").exists()


def test_a_register_in_another_encoding_is_one_clear_error(tmp_path):
    path = tmp_path / "reg.csv"
    path.write_bytes(b"\x81\x83\x88" * 10)  # bytes Windows-1257 does not define, and not UTF-8
    with pytest.raises(UsageError, match="UTF-8 or Windows-1257"):
        load_register(path, lang="en")
