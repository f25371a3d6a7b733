"""Determinism: the same folder gives the same outputs, however the files were scheduled.

Two runs write into the same output path (the first run's folder is moved
away in between), so only the run time may differ: the start time and
duration rows of the About sheet.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import hostile
import openpyxl
import pytest
from conftest import narrative_review

from pipeline.config import DEFAULT_REGISTER, SAMPLES_DIR
from pipeline.messages import label
from pipeline.run import run

CSV_NAMES = ("verdicts.csv", "problems.csv")


def build_folder(folder: Path) -> None:
    """Copy the samples and add duplicates, broken and mutated files around them."""
    shutil.copytree(SAMPLES_DIR, folder)
    good = narrative_review()
    (folder / "a.docx").write_bytes(good)
    (folder / "z kopija.docx").write_bytes(good)  # duplicate of a.docx
    (folder / "sub").mkdir()
    (folder / "sub" / "a.docx").write_bytes(good)  # same name, another folder: also a duplicate
    rng = random.Random(20260301)
    for i in range(6):
        mutate = hostile.mutate_xml if i % 2 else hostile.mutate_zip
        _op, data = mutate(rng, good)
        (folder / f"mutant_{i}.docx").write_bytes(data)


def run_into(folder: Path, out: Path, keep: Path, jobs: int, start_method: str | None = None) -> Path:
    """Run over ``folder`` into ``out`` and move the outputs to ``keep``."""
    run(folder, out, DEFAULT_REGISTER, jobs=jobs, use_cache=False, progress=False, start_method=start_method)
    shutil.move(out, keep)
    return keep


def workbook_cells(path: Path) -> dict[str, list[tuple]]:
    """Return the cell values of every sheet, by sheet title."""
    wb = openpyxl.load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in wb.worksheets}


def assert_same_workbook(a: Path, b: Path, lang: str = "lv") -> None:
    """Assert equal cells in ``a`` and ``b`` except the run time rows of the About sheet."""
    cells_a, cells_b = workbook_cells(a), workbook_cells(b)
    assert list(cells_a) == list(cells_b), "same sheets in the same order"
    about = label("sheet_about", lang)
    run_time = {label("about_started", lang), label("about_seconds", lang)}
    for title in cells_a:
        rows_a, rows_b = cells_a[title], cells_b[title]
        assert len(rows_a) == len(rows_b), title
        for row_a, row_b in zip(rows_a, rows_b, strict=True):
            if title == about and row_a[0] in run_time:
                assert row_a[0] == row_b[0]
                continue
            assert row_a == row_b, (title, row_a, row_b)


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """Return a folder holding the input folder ``in`` the runs read."""
    base = tmp_path_factory.mktemp("determinism")
    build_folder(base / "in")
    return base


@pytest.fixture(scope="module")
def three_runs(base) -> tuple[Path, Path, Path]:
    """Return the output folders of two parallel runs and one in-process run over one folder."""
    folder = base / "in"
    out = base / "out"
    return (
        run_into(folder, out, base / "first", jobs=2),
        run_into(folder, out, base / "second", jobs=2),
        run_into(folder, out, base / "serial", jobs=0),
    )


@pytest.fixture(scope="module")
def started_otherwise(base, three_runs) -> dict[str, Path]:
    """Return the output folders of parallel runs whose workers came from a fork server or were spawned."""
    return {method: run_into(base / "in", base / "out", base / method, jobs=2, start_method=method)
            for method in ("forkserver", "spawn")}


@pytest.mark.slow
@pytest.mark.parametrize("name", CSV_NAMES)
def test_two_runs_give_byte_identical_csvs(three_runs, name):
    first, second, serial = three_runs
    data = (first / name).read_bytes()
    assert data.count(b"\n") > 5, "the comparison must be about real rows"
    assert (second / name).read_bytes() == data
    assert (serial / name).read_bytes() == data, "worker processes must not change the outputs"


@pytest.mark.slow
@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_workers_started_any_way_give_the_same_outputs(three_runs, started_otherwise, method):
    first, _second, _serial = three_runs
    other = started_otherwise[method]
    for name in CSV_NAMES:
        assert (other / name).read_bytes() == (first / name).read_bytes(), name
    assert_same_workbook(first / "summary.xlsx", other / "summary.xlsx")


@pytest.mark.slow
def test_two_runs_give_the_same_workbook_but_the_run_time(three_runs):
    first, second, serial = three_runs
    assert_same_workbook(first / "summary.xlsx", second / "summary.xlsx")
    assert_same_workbook(first / "summary.xlsx", serial / "summary.xlsx")


@pytest.mark.slow
def test_the_workbook_comparison_sees_a_changed_cell(three_runs, tmp_path):
    """The comparison itself must fail on a real difference outside the run time."""
    first, _second, _serial = three_runs
    wb = openpyxl.load_workbook(first / "summary.xlsx")
    ws = wb.worksheets[0]
    ws.cell(row=2, column=1).value = "changed"
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    with pytest.raises(AssertionError):
        assert_same_workbook(first / "summary.xlsx", changed)
