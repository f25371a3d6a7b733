"""What is listed is what is read: no swap for a link between listing and reading, and names that stay unique.

A file swapped for a symbolic link (or a sub-folder swapped for a link to
another folder) after ``discover`` listed it is never followed out of the input
folder: it becomes ``unreadable`` with a message that says why.  File names that
cannot be decoded are escaped so that no other name can spell the same escape.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from conftest import narrative_review

import pipeline.run
from pipeline.config import DEFAULT_REGISTER
from pipeline.discover import discover, printable
from pipeline.run import run

OUTSIDE_EXPERT = "Pēteris Ārpusnieks"


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def swap_after_listing(monkeypatch, swap) -> None:
    """Make ``run`` call ``swap()`` right after it has listed the input folder (before any file is read)."""
    listed = pipeline.run.discover

    def listing_then_swap(*args, **kwargs):
        found = listed(*args, **kwargs)
        swap()
        return found

    monkeypatch.setattr(pipeline.run, "discover", listing_then_swap)


@pytest.fixture
def folders(tmp_path) -> tuple[Path, Path]:
    """Return (input folder with a.docx, b.docx and energy/c.docx, outside folder with a review by OUTSIDE_EXPERT)."""
    folder, outside = tmp_path / "in", tmp_path / "outside"
    (folder / "energy").mkdir(parents=True)
    (outside / "energy").mkdir(parents=True)
    (folder / "a.docx").write_bytes(narrative_review("Mēbeļu galdnieks"))
    (folder / "b.docx").write_bytes(narrative_review("Elektromontieris"))
    (folder / "energy" / "c.docx").write_bytes(narrative_review("Elektrotehniķis"))
    secret = narrative_review("Motorzāģa operators", expert=OUTSIDE_EXPERT)
    (outside / "secret.docx").write_bytes(secret)
    (outside / "energy" / "c.docx").write_bytes(secret)
    return folder, outside


@pytest.mark.parametrize("jobs", [0, 1])
def test_a_file_swapped_for_a_link_after_listing_is_not_followed(tmp_path, folders, monkeypatch, jobs):
    folder, outside = folders

    def swap():
        (folder / "a.docx").unlink()
        os.symlink(outside / "secret.docx", folder / "a.docx")

    swap_after_listing(monkeypatch, swap)
    out = tmp_path / "out"
    outcome = run(folder, out, DEFAULT_REGISTER, jobs=jobs, use_cache=False, progress=False)

    problems = [r for r in rows(out / "problems.csv") if r["file"] == "a.docx"]
    assert [p["code"] for p in problems] == ["unreadable"]
    assert "symbolic link" in problems[0]["detail"]
    verdicts = rows(out / "verdicts.csv")
    assert {v["file"] for v in verdicts} == {"b.docx", "energy/c.docx"}  # nothing read from outside
    assert OUTSIDE_EXPERT not in (out / "verdicts.csv").read_text(encoding="utf-8-sig")
    assert outcome.exit_code == 1


def test_a_folder_swapped_for_a_link_after_listing_is_not_followed(tmp_path, folders, monkeypatch):
    folder, outside = folders

    def swap():
        os.rename(folder / "energy", tmp_path / "moved")
        os.symlink(outside / "energy", folder / "energy")

    swap_after_listing(monkeypatch, swap)
    out = tmp_path / "out"
    run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)

    problems = [r for r in rows(out / "problems.csv") if r["file"] == "energy/c.docx"]
    assert [p["code"] for p in problems] == ["unreadable"]
    assert "no longer inside the input folder" in problems[0]["detail"]
    assert OUTSIDE_EXPERT not in (out / "verdicts.csv").read_text(encoding="utf-8-sig")


def test_a_link_inside_the_folder_is_still_read(tmp_path, folders):
    folder, _ = folders
    (folder / "b.docx").unlink()
    os.symlink(folder / "energy" / "c.docx", folder / "b.docx")
    found = {f.rel: f for f in discover(folder)}
    assert found["b.docx"].problem is None
    assert found["b.docx"].path == os.path.realpath(folder / "energy" / "c.docx")  # read where it leads
    out = tmp_path / "out"
    outcome = run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=False, progress=False)
    by_file = {r.file: [p.code for p in r.problems] for r in outcome.results}
    assert by_file == {"a.docx": [], "b.docx": [], "energy/c.docx": ["duplicate"]}  # same content, counted once


# --- names ----------------------------------------------------------------------

LITERAL = b"atzinums-\\xff.docx"  # the four characters \ x f f, as a person could type them
RAW = b"atzinums-\xff.docx"  # the byte 0xFF, which is not UTF-8


def test_escaped_names_cannot_be_typed():
    assert printable(os.fsdecode(RAW)) == "atzinums-\\xff.docx"
    assert printable(os.fsdecode(LITERAL)) == "atzinums-\\\\xff.docx"
    assert printable("Enerģētika/atzinums.docx") == "Enerģētika/atzinums.docx"  # names that decode stay as they are


@pytest.mark.parametrize("use_cache", [False, True])
def test_a_literal_escape_and_the_byte_it_spells_stay_two_files(tmp_path, use_cache):
    folder = tmp_path / "in"
    folder.mkdir()
    raw_folder = os.fsencode(folder)
    for name, qualification, verdict in ((LITERAL, "Mēbeļu galdnieks", "MIP saturs ir atbalstāms."),
                                         (RAW, "Elektromontieris", "MIP saturs nav atbalstāms.")):
        with open(os.path.join(raw_folder, name), "wb") as fh:
            fh.write(narrative_review(qualification, mip=verdict, pke="PKE saturs nav atbalstāms."))
    (folder / "notes.txt").write_text("Zvanīt Jānim.", encoding="utf-8")
    out = tmp_path / "out"
    for _ in range(2 if use_cache else 1):  # the second run answers from the cache
        outcome = run(folder, out, DEFAULT_REGISTER, jobs=0, use_cache=use_cache, progress=False)
        files = sorted(r.file for r in outcome.results)
        assert files == ["atzinums-\\\\xff.docx", "atzinums-\\xff.docx", "notes.txt"]
        by_file = {}
        for v in rows(out / "verdicts.csv"):
            by_file.setdefault(v["file"], set()).add(v["qualification"].casefold())
        assert by_file == {"atzinums-\\\\xff.docx": {"mēbeļu galdnieks"},
                           "atzinums-\\xff.docx": {"elektromontieris"}}
    if use_cache:
        assert outcome.cached == 3  # notes.txt too
