"""The progress report reads like the Q1 2026 report the coordinators send."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from pipeline.config import DEFAULT_STAGES
from pipeline.outputs import report_from_folder, write_outputs
from pipeline.records import FileResult, Problem, RunInfo, VerdictRow
from pipeline.register import load_register
from pipeline.report import genitive, lv_date, plural_lv, quarter_bounds, report_period
from pipeline.stages import load_calendar

REPO = Path(__file__).resolve().parents[1]
REGISTER = load_register(REPO / "inputs" / "qualifications.csv")
SEED = REPO.parent / "shared" / "seeds" / "000_023530c4bb4b1c2f.txt"

EXPERTS = [
    "Ilze Kalniņa", "Jānis Bērziņš", "Anna Ozola", "Pēteris Liepa", "Māra Vītola", "Andris Kalns",
    "Laura Zariņa", "Edgars Krūmiņš", "Inese Priede", "Valdis Egle", "Dace Sproģe", "Guntis Ābele",
    "Zane Lāce",
]
#: The three qualifications the seed report lists as done, with its verdicts.
SEED_DONE = {
    "motorzāģa operators": ("needs_corrections", "supported"),
    "mežsaimniecības tehniķis": ("needs_corrections", "supported"),
    "mehatronisko sistēmu tehniķis": ("needs_corrections", "needs_corrections"),
}
#: The qualifications the seed report lists as started, by sector.
SEED_STARTED = {
    "Kokrūpniecība": [
        "kokapstrādes iekārtu operators", "datorizētu kokapstrādes iekārtu operators",
        "koka izstrādājumu ražošanas tehniķis", "mēbeļu galdnieks", "būvizstrādājumu galdnieks",
        "meža mašīnu operators",
    ],
    "Enerģētika": [
        "elektromontieris", "elektrotehniķis", "ventilācijas un gaisa kondicionēšanas iekārtu remontatslēdznieks",
        "ventilācijas un gaisa kondicionēšanas sistēmu tehniķis",
    ],
}
RUN = RunInfo(started="2026-04-02T09:30:00", input_dir="", output_dir="", version="test", files=0)


def verdict(file: str, qualification: str, document: str, code: str, expert: str, date: str) -> VerdictRow:
    """Return a verdict row as extraction would produce it for a register qualification."""
    q = REGISTER.lookup(qualification)
    return VerdictRow(
        file=file, qualification=q.name, document=document, verdict=code, expert=expert, date=date,
        lki_level=q.lki_level, sector=q.sector, evidence=f"{document} saturs ...", location="¶ 12",
        method="rule", confidence=0.93,
    )


def seed_results() -> list[FileResult]:
    """Return per-file results that reproduce the seed report: 13 experts, 3 done, 10 started."""
    results: list[FileResult] = []
    experts = iter(EXPERTS)
    for n, (name, (mip, pke)) in enumerate(SEED_DONE.items()):
        expert = next(experts)
        sector = REGISTER.lookup(name).sector.lower()[:5]
        f = f"{sector}/{name}.docx"
        results.append(FileResult(file=f, size=1000, mtime=1_770_000_000.0 + n, verdicts=[
            verdict(f, name, "MIP", mip, expert, f"2026-03-{10 + n:02d}"),
            verdict(f, name, "PKE", pke, expert, f"2026-03-{10 + n:02d}"),
        ]))
    mip_codes = ["supported", "needs_corrections", "not_supported", "unknown"]
    for sector, names in SEED_STARTED.items():
        for n, name in enumerate(names):
            f = f"{sector.lower()[:5]}/{name} MIP.docx"
            results.append(FileResult(file=f, size=900, mtime=1_770_000_100.0 + n, verdicts=[
                verdict(f, name, "MIP", mip_codes[n % 4], next(experts, EXPERTS[n]), f"2026-02-{10 + n:02d}"),
            ]))
    results.append(FileResult(file="~$mēbeļu.docx", problems=[Problem("~$mēbeļu.docx", "lock_file")]))
    results.append(FileResult(file="tukšs.docx", problems=[Problem("tukšs.docx", "empty", "0 bytes")]))
    return results


def paragraphs(path: Path) -> list[str]:
    """Return the non-empty paragraph texts of a .docx."""
    return [p.text for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def seed_lines() -> list[str]:
    """Return the seed report's lines."""
    return [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def seed_report(tmp_path: Path) -> list[str]:
    written = write_outputs(seed_results(), tmp_path / "out", REGISTER, RUN)
    return paragraphs(written.paths["report.docx"])


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is not in shared/seeds")
def test_done_qualifications_are_phrased_exactly_as_in_the_seed(seed_report):
    seed = seed_lines()
    start = seed.index("Līdz 2026.gada 31.martam pabeigta MIP un PKE satura ekspertīze šādām kvalifikācijām:")
    expected = [line.lstrip("· ") for line in seed[start + 1 : start + 4]]
    at = seed_report.index(seed[start])
    assert seed_report[at + 1 : at + 4] == expected


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is not in shared/seeds")
def test_started_qualifications_are_listed_by_sector_as_in_the_seed(seed_report):
    seed = seed_lines()
    start = seed.index("Līdz 2026.gada 31.martam uzsākta ekspertīžu veikšana šādām PKP:")
    end = next(i for i, line in enumerate(seed) if line.startswith("MIP un PKE satura ekspertēšanu plānots"))
    expected = [line.lstrip("· ") for line in seed[start:end]]
    at = seed_report.index(seed[start])
    assert seed_report[at : at + len(expected)] == expected


def test_intro_names_the_stage_experts_sectors_and_qualifications(seed_report):
    intro = next(p for p in seed_report if p.startswith("Projekta 4. posmā"))
    assert "(2026.gada 1.janvāris – 2026.gada 31.marts)" in intro
    assert "enerģētikas, kokrūpniecības, mašīnbūves un metālapstrādes nozaru 13 eksperti" in intro
    assert "13 profesionālajās kvalifikācijās" in intro


def test_open_work_is_counted_and_internal_material_stays_out(seed_report):
    plan = seed_report[-1]
    assert plan.startswith("MIP un PKE satura ekspertēšanu plānots pabeigt 2026.gada jūlijā (projekta 5.posms) "
                           "(aktuāla vēl 10 MIP un PKE ekspertīze), tādējādi noslēdzot")
    text = "\n".join(seed_report)
    for internal in ("tukšs.docx", "~$mēbeļu", "Koordinatoram", "Faili, kas", "nav noteikts", "vienisprātis",
                     "Sagatavots automātiski", ".docx"):
        assert internal not in text


def test_report_in_english(tmp_path):
    written = write_outputs(seed_results(), tmp_path / "out", REGISTER, RUN, lang="en")
    text = paragraphs(written.paths["report.docx"])
    assert "By 31 March 2026 the review of MIP and PKE content was completed for these qualifications:" in text
    assert ("motorzāģa operators (MIP content supported; forward for approval after corrections; "
            "PKE content supported and forwarded for approval);") in text
    assert "1) Kokrūpniecība sector:" in text


def test_report_from_folder_rewrites_the_report_from_the_csvs(tmp_path):
    out = tmp_path / "out"
    first = write_outputs(seed_results(), out, REGISTER, RUN)
    before = paragraphs(first.paths["report.docx"])
    (out / "reviews.sqlite").unlink()  # only the contract CSVs are left
    (out / "report.docx").unlink()
    dest = report_from_folder(out, REGISTER, "lv", tmp_path / "again.docx")
    after = paragraphs(dest)
    assert after == before


def test_report_from_folder_uses_the_store_when_the_csvs_are_gone(tmp_path):
    out = tmp_path / "out"
    write_outputs(seed_results(), out, REGISTER, RUN)
    (out / "verdicts.csv").unlink()
    dest = report_from_folder(out, REGISTER, "lv", None)
    assert dest == out / "report.docx"
    assert "mežsaimniecības tehniķis (MIP saturs ir atbalstāms; pēc precizējumu veikšanas virzāms " \
           "saskaņošanai; PKE saturs ir atbalstāms un virzāms saskaņošanai);" in paragraphs(dest)


def test_report_from_an_empty_folder_says_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="verdicts.csv"):
        report_from_folder(tmp_path, REGISTER, "lv", None)


def test_period_is_the_stage_of_the_latest_review():
    calendar = load_calendar(DEFAULT_STAGES)
    period = report_period(["2026-02-01", "2026-03-30", ""], dt.date(2026, 4, 2), calendar)
    assert (period.start, period.end, period.as_of, period.stage.number) == (
        dt.date(2026, 1, 1), dt.date(2026, 3, 31), dt.date(2026, 3, 31), 4)
    mid = report_period(["2026-05-04"], dt.date(2026, 5, 20), calendar)
    assert (mid.stage.number, mid.as_of) == (5, dt.date(2026, 5, 20))
    july = report_period(["2026-07-14"], dt.date(2026, 8, 2), calendar)
    assert (july.stage.number, july.end) == (5, dt.date(2026, 7, 31))
    assert report_period([], dt.date(2026, 12, 31), calendar).stage is None
    assert quarter_bounds(dt.date(2026, 11, 5)) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31))


def test_latvian_wording_helpers():
    assert lv_date(dt.date(2026, 3, 31), "dat") == "2026.gada 31.martam"
    assert lv_date(dt.date(2026, 1, 1)) == "2026.gada 1.janvāris"
    assert genitive("Mašīnbūve un metālapstrāde") == "mašīnbūves un metālapstrādes"
    assert genitive("Kokrūpniecība") == "kokrūpniecības"
    assert (plural_lv(21, "eksperts", "eksperti"), plural_lv(11, "eksperts", "eksperti")) == ("eksperts", "eksperti")
